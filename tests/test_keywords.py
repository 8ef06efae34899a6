"""Keywords: 5-10 distinct keyphrases, as the article writes them, best first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from portai import summarize
from portai.document import analyse
from portai.keywords import extract_keywords
from portai.languages import Language
from portai.readers.text import parse_article
from tests.conftest import SAMPLE_FILES


def test_seed_keywords_name_the_story(seed_text: str) -> None:
    keywords = [k.text for k in summarize(seed_text).keywords]
    assert keywords[:4] == ["Taobao", "WeChat Pay", "Tencent", "Alibaba"]  # names, as written
    assert "WeChat" not in keywords and "Pay" not in keywords  # the phrase, not its parts


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_keywords_are_distinct_phrases_from_the_article(
    sample: Path, english: Language
) -> None:
    text = sample.read_text(encoding="utf-8")
    summary = summarize(text)
    keywords = summary.keywords
    if len(summary.article.body_sentences) >= 10:
        assert 5 <= len(keywords) <= 10
    assert [k.score for k in keywords] == sorted((k.score for k in keywords), reverse=True)
    assert not keywords or keywords[0].score == 1.0
    stems = [set(english.content_stems(english.words(k.text))) for k in keywords]
    for i, first in enumerate(stems):
        assert first, keywords[i]
        assert all(not first & second for second in stems[i + 1 :])  # each names another thing
    lowered = " ".join(text.split()).lower()
    assert all(k.text.lower() in lowered for k in keywords)


def test_keywords_option(seed_text: str) -> None:
    assert summarize(seed_text, keywords=0).keywords == ()
    assert len(summarize(seed_text, keywords=10).keywords) == 10  # asked for: weak ones too


def test_multi_word_phrases_win_over_their_parts(english: Language) -> None:
    text = (
        "# Water Utilities Face a Bill\n\n"
        + "Water utilities are raising rates. " * 3
        + "Customers of water utilities pay more. Pipes are old."
    )
    keywords = [k.text for k in extract_keywords(analyse(parse_article(text, english), english), 5)]
    assert keywords[0] == "Water utilities"


def test_a_common_word_capitalized_only_by_position_is_shown_in_lower_case(
    english: Language,
) -> None:
    text = "Pipes break often. Old pipes leak. Engineers replace pipes. Pipes cost money."
    keywords = [k.text for k in extract_keywords(analyse(parse_article(text, english), english), 5)]
    assert "pipes" in keywords


def test_a_word_used_mostly_inside_a_phrase_gives_way_to_it(seed_text: str) -> None:
    # Repeated, the seed holds "WeChat" 400 times, 248 of them in "WeChat Pay".
    body = seed_text.split("\n", 8)[-1]
    keywords = [k.text for k in summarize(seed_text + f"\n\n{body}" * 18, keywords=10).keywords]
    assert "WeChat Pay" in keywords[:2]
    assert "WeChat" not in keywords and "Pay" not in keywords


def test_a_short_note_gets_its_names_as_keywords() -> None:
    text = (SAMPLE_FILES[0].parent / "short_note.txt").read_text(encoding="utf-8")
    assert [k.text for k in summarize(text).keywords] == ["Elm Street", "Thursday morning"]
    assert summarize("The plant closed on Friday. Two hundred workers lost their jobs.").keywords


def test_code_and_url_parts_are_never_keywords(english: Language) -> None:
    text = (
        '+++\ntitle = "Site 3.3 is here"\n+++\n\n'
        + "Use the `absolute_url` and `relative_url` filters in your site templates. " * 3
        + "A `const` item is evaluated at compile time, and `const` blocks help templates. " * 3
        + "```\nconst X: u32 = 1;\nconst Y: u32 = 2;\n```\n\n"
        + "Visit https://example.org or www.example.org for the site templates and filters. " * 3
    )
    article = parse_article(text, english)
    assert {"const", "absolute_url", "relative_url"} <= article.code_terms
    keywords = [k.text.lower() for k in extract_keywords(analyse(article, english), 10)]
    assert keywords
    assert not any(re.search(r"_|::|\(\)", k) for k in keywords)
    assert "const" not in keywords  # a phrase may hold it ("const item"), alone it is code
    assert not {"http", "https", "www"} & {w for k in keywords for w in k.split()}


def test_words_of_prose_are_not_code_terms(english: Language) -> None:
    text = "# Rates\n\nWater rates rise. Use `rates` to list them. Water rates fall in winter."
    assert "rates" not in parse_article(text, english).code_terms
    assert "water" not in parse_article(text, english).code_terms


def test_a_transcripts_keywords_are_neither_fillers_nor_its_speakers() -> None:
    from portai import summarize

    turns = [
        ("Project Manager", "Uh, so we're gonna talk about the remote control today, um, okay."),
        ("Industrial Designer", "Yeah, the remote control needs a docking station, mm-hmm."),
        ("Marketing", "Um, users lose the remote control, so a docking station helps, yeah."),
        ("Project Manager", "Okay, so the docking station and a locator, uh, for the remote."),
        ("Industrial Designer", "Mm-hmm, the locator beeps, kind of, when you whistle, yeah."),
        ("Marketing", "Yeah, and the docking station charges the battery, sort of, um."),
        ("Project Manager", "Okay, the industrial designer draws the docking station, uh."),
    ]
    text = "\n\n".join(f"{speaker}: {words}" for speaker, words in turns)
    summary = summarize(text, keywords=10)
    assert summary.article.kind == "transcript"
    found = {keyword.text.lower() for keyword in summary.keywords}
    assert "docking station" in found
    fillers = {"uh", "um", "yeah", "mm-hmm", "okay", "gon na", "gon", "sort", "kind"}
    assert not found & fillers
    assert not found & {"project manager", "industrial designer", "marketing", "designer"}


def _keywords(text: str, english: Language, count: int = 10) -> list[str]:
    return [k.text for k in extract_keywords(analyse(parse_article(text, english), english), count)]


def test_a_name_keeps_its_capitalized_stop_word_and_its_dash(english: Language) -> None:
    text = (
        "Sheep farming shaped the economy of New Zealand. "
        "Tourists from New Zealand visit the South Island. "
        "The Kullback–Leibler divergence compares two distributions. "
        "Models minimise the Kullback–Leibler divergence between distributions. "
        "The Open Source Initiative approved the licence. "
        "Members of the Open Source Initiative voted on the licence."
    )
    keywords = _keywords(text, english)
    assert {"New Zealand", "Kullback–Leibler divergence", "Open Source Initiative"} <= set(keywords)
    assert not {"Zealand", "Leibler divergence", "Source Initiative", "Initiative"} & set(keywords)


def test_an_article_does_not_join_a_name(english: Language) -> None:
    text = "Judges met at The Hague court. Diplomats flew to The Hague court again."
    assert not any(k.lower().startswith("the ") for k in _keywords(text, english))


def test_document_structure_is_never_a_keyword(english: Language) -> None:
    text = (
        "SEC. 2. Grants for watershed restoration.\n\n"
        "(ii) Grants fund watershed restoration, e.g. wetlands, as Figure 3 shows. "
        "(III) Watershed restoration grants, e.g. for wetlands, are listed in Figure 4. "
        "(ii) Note that wetlands need restoration grants, e.g. in Section III. "
        '"Wetlands matter," says Jane Doe, MD, who studies watershed restoration. '
        '"Grants help," says John Roe, MD, a Note writer on wetlands.'
    )
    keywords = {k.lower() for k in _keywords(text, english)}
    assert keywords
    structure = {"ii", "iii", "sec", "e.g.", "e.g", "figure", "note", "section", "md"}
    assert not keywords & structure
    assert not any(k.startswith("e.g") for k in keywords)
