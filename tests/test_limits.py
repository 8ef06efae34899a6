"""Bounded resources (issue 16): documented limits, linear memory on long texts, Punkt's
regex guard, key-point shortening on huge sentences, and no silent fallback to lead order."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from portai import summarize
from portai.document import (
    MAX_SENTENCE_CHARS,
    MAX_SENTENCES,
    MAX_TEXT_CHARS,
    analyse,
)
from portai.errors import ExitCode, InputNotUsableError
from portai.languages import get_language
from portai.languages.nltk_tools import PUNKT_CHUNK_CHARS, chunks
from portai.methods import METHODS, rankers, rate_sentences
from portai.models import Article, Paragraph
from portai.shortening import shorten


def _article(sentences: list[str]) -> Article:
    return Article(title="A test", paragraphs=(Paragraph(tuple(sentences), None),))


def test_cat_sat_on_the_mat_stays_small(tmp_path: Path) -> None:
    """10,000 copies of one sentence took 5.5 GB (an n x n product); the child's peak RSS."""
    path = tmp_path / "r.txt"
    path.write_text("The cat sat on the mat today. " * 10_000 + "\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    completed = subprocess.run(
        [sys.executable, "-m", "portai", "summarize", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert completed.returncode == 0, completed.stderr
    assert '"summary"' in completed.stdout
    assert max(peak_kib, before) < 1_500_000  # KiB: under 1.5 GB


def test_too_many_sentences_is_an_input_error() -> None:
    with pytest.raises(InputNotUsableError, match="too many sentences") as caught:
        analyse(_article(["Cats sit."] * (MAX_SENTENCES + 1)), get_language("en"))
    assert caught.value.exit_code == ExitCode.INPUT_NOT_USABLE


def test_too_long_a_sentence_is_an_input_error() -> None:
    with pytest.raises(InputNotUsableError, match="sentence is too long") as caught:
        summarize("A headline\n\n" + "word " * (MAX_SENTENCE_CHARS // 5 + 10) + ".", language="en")
    assert caught.value.exit_code == ExitCode.INPUT_NOT_USABLE


def test_too_long_a_text_is_an_input_error() -> None:
    with pytest.raises(InputNotUsableError, match="text is too long") as caught:
        summarize("x" * (MAX_TEXT_CHARS + 1), language="en")
    assert caught.value.exit_code == ExitCode.INPUT_NOT_USABLE


def test_limits_reach_the_cli_as_exit_4(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("A headline\n\n" + "word " * (MAX_SENTENCE_CHARS // 5 + 10) + ".\n")
    completed = subprocess.run(
        [sys.executable, "-m", "portai", "summarize", str(path), "--language", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 4
    assert completed.stderr.count("\n") == 1
    assert "sentence is too long" in completed.stderr


def test_lexrank_beyond_its_cap_names_a_method_for_long_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rankers, "LEXRANK_MAX_SENTENCES", 50)
    monkeypatch.setattr(rankers, "PAIR_LIMIT", 0)
    document = analyse(_article(["The cat sat on the mat today."] * 60), get_language("en"))
    with pytest.raises(InputNotUsableError, match="textrank or auto"):
        rate_sentences(METHODS["lexrank"], document)


@pytest.mark.parametrize("name", ["lexrank", "textrank", "reduction", "kl", "sumbasic"])
def test_the_long_text_paths_pick_what_the_exact_ones_pick(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = Path("samples/long_report.txt").read_text(encoding="utf-8")
    exact = summarize(text, method=name, language="en", points=0, keywords=0)
    monkeypatch.setattr(rankers, "PAIR_LIMIT", 0)  # blocks and length groups
    if name in ("kl", "sumbasic"):
        monkeypatch.setattr(rankers, "GREEDY_WORK", 0)
        monkeypatch.setattr(rankers, "GREEDY_MIN_PICKS", 10**6)
    long_path = summarize(text, method=name, language="en", points=0, keywords=0)
    assert [s.index for s in long_path.sentences] == [s.index for s in exact.sentences]


def test_greedy_methods_stop_picking_on_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rankers, "GREEDY_WORK", 0)
    monkeypatch.setattr(rankers, "GREEDY_MIN_PICKS", 3)
    sentences = [f"Sentence {i} talks about topic {i % 7} and more words." for i in range(40)]
    document = analyse(_article(sentences), get_language("en"))
    for name in ("kl", "sumbasic"):
        ratings = rate_sentences(METHODS[name], document)
        assert len(ratings) == 40 and sorted(set(ratings)) == sorted(ratings)


@pytest.mark.parametrize(
    "sentence",
    [
        "The board met (which was " + "(nested " * 2_000 + "x" + ")" * 2_000 + ") and agreed.",
        "It said" + ", which was odd" * 1_200 + ".",
        "He said, " + "and the cat sat, " * 1_100 + "on the mat.",
    ],
)
def test_shortening_a_huge_sentence_cuts_it(sentence: str) -> None:
    assert len(sentence) <= MAX_SENTENCE_CHARS
    bullet = shorten(sentence, get_language("en"))
    assert bullet.cut_mid_sentence
    assert bullet.text.endswith("…")
    assert len(bullet.text) <= get_language("en").bullet_max_chars


def test_punkt_gets_bounded_chunks_and_the_guard_case_ends_cleanly() -> None:
    text = "Mr. Dr. U.S. e.g. i.e. " * 40_000
    pieces = chunks(text)
    assert "".join(pieces) == text
    assert max(map(len, pieces)) <= PUNKT_CHUNK_CHARS
    try:
        result = summarize(text, language="en", points=0, keywords=0)
    except InputNotUsableError as error:
        assert error.exit_code == ExitCode.INPUT_NOT_USABLE
    else:
        assert result.sentences


def test_a_short_paragraph_is_one_chunk() -> None:
    assert chunks("One. Two.") == ["One. Two."]


def test_a_method_never_falls_back_to_lead_silently() -> None:
    english = get_language("en")
    # Only stop words: LexRank has no similarity to compute.
    document = analyse(_article(["The and of.", "It is the.", "Of the and it."]), english)
    for name in ("lexrank", "luhn"):
        document.warnings.clear()
        rate_sentences(METHODS[name], document)
        assert len(document.warnings) == 1 and document.warnings[0].startswith(name)
    document.warnings.clear()
    rate_sentences(METHODS["auto"], document)  # position ranks them: nothing to report
    assert document.warnings == []


def test_polish_works_with_every_method() -> None:
    text = Path("tests/data/multilingual/pl.txt").read_text(encoding="utf-8")
    for name in METHODS:
        result = summarize(text, method=name, language="pl", points=0, keywords=0)
        assert result.sentences, name
