"""The library API: `from portai import summarize` returns data the CLI renders."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portai import PortaiError, Summary, SummaryConfig, summarize
from portai.config import Length
from portai.methods import METHODS
from portai.render import render_json, render_markdown, render_text
from portai.shortening import MAX_CHARS
from tests.bullets import words_in_order


def test_summarize_returns_a_summary_object(seed_text: str) -> None:
    result = summarize(seed_text, method="lexrank", sentences=3, points=2)
    assert isinstance(result, Summary)
    assert result.title == 'Taobao and Tencent join forces to "break down walls"'
    assert result.text == " ".join(s.text for s in result.sentences)
    assert len(result.key_points) == 2
    assert result.stats.article_sentences == len(result.article.body_sentences)
    assert json.loads(render_json(result)) == result.to_dict()


def test_config_object_and_keyword_overrides(seed_text: str) -> None:
    config = SummaryConfig(method="luhn", length=Length("sentences", 4))
    assert len(summarize(seed_text, config).sentences) == 4
    overridden = summarize(seed_text, config, sentences=2, method="lead")
    assert overridden.method == "lead"
    assert [s.index for s in overridden.sentences] == [0, 1]


def test_key_points_are_ordered_by_importance_and_distinct(seed_text: str) -> None:
    points = summarize(seed_text, points=5).key_points
    assert [p.score for p in points] == sorted((p.score for p in points), reverse=True)
    assert len({p.sentence_index for p in points}) == len(points)


def test_reading_time_and_time_saved(seed_text: str) -> None:
    stats = summarize(seed_text, sentences=3).stats
    assert stats.reading_seconds == round(stats.article_words * 60 / 230)
    assert stats.seconds_saved == stats.reading_seconds - stats.summary_reading_seconds > 0


def test_untitled_article_renders_without_a_title_line() -> None:
    result = summarize("The plant closed on Friday. Two hundred workers lost their jobs.")
    assert render_text(result).startswith("11 words")
    assert not render_markdown(result).startswith("#")


def test_markdown_escapes_article_text() -> None:
    result = summarize("# Cost of *everything*\n\nPrices [rose] 5% for A_B users. Then fell.")
    out = render_markdown(result)
    assert out.startswith("# Cost of everything\n")
    assert r"Prices \[rose\] 5% for A\_B users." in out


sentence = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=80
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=st.lists(st.lists(sentence, min_size=1, max_size=4), min_size=1, max_size=6),
    method=st.sampled_from(list(METHODS)),
    count=st.integers(min_value=1, max_value=5),
)
def test_any_text_gives_a_summary_of_its_own_body_sentences_or_a_clear_error(
    paragraphs: list[list[str]], method: str, count: int
) -> None:
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    try:
        result = summarize(text, method=method, sentences=count)
    except PortaiError as error:
        assert "no sentences" in str(error)
        return
    body = result.article.body_sentences
    assert 1 <= len(result.sentences) <= count
    has_markup = bool(set(text) & set("*_`[]#>!"))  # Markdown markup is removed on purpose
    squeezed = "".join(text.split())
    for chosen in result.sentences:
        assert body[chosen.index] == chosen.text
        if not has_markup:  # extractive: the sentence's characters appear in the text, in order
            assert "".join(chosen.text.split()) in squeezed
    for point in result.key_points:
        assert 0 < len(point.text) <= MAX_CHARS
        assert words_in_order(point.text, body[point.sentence_index])
    assert all(keyword.text.strip() for keyword in result.keywords)


@pytest.mark.parametrize("words", [1, 25])
def test_word_budget_through_the_api(seed_text: str, words: int) -> None:
    result = summarize(seed_text, words=words)
    assert len(result.sentences) >= 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"points": -1}, "points must be 0 or more"),
        ({"keywords": -2}, "keywords must be 0 or more"),
        ({"sentences": 0}, "sentences must be a whole number of at least 1"),
        ({"words": 3, "ratio": 0.5}, "ratio and words cannot be used together"),
        ({"engine": "turbo"}, "unknown engine: turbo"),
    ],
)
def test_library_errors_name_the_parameter_not_the_flag(
    seed_text: str, options: dict[str, object], message: str
) -> None:
    # A Python caller passed points=-1; "--points" would send them looking for a flag.
    with pytest.raises(PortaiError, match=f"^{message}") as raised:
        summarize(seed_text, **options)  # type: ignore[arg-type]
    assert "--" not in str(raised.value)


def test_bytes_are_read_as_a_file_would_be(seed_text: str) -> None:
    # summarize() takes a file's bytes too: the reader decodes them (BOM, code pages, --encoding).
    from_text = summarize(seed_text, points=0, keywords=0)
    from_bytes = summarize(("\ufeff" + seed_text).encode("utf-8"), points=0, keywords=0)
    assert from_bytes.to_dict() == from_text.to_dict()
    legacy = "Café prices rose sharply this week in Paris. Owners blame the rents.".encode("cp1252")
    assert "Café" in summarize(legacy, encoding="cp1252").text
