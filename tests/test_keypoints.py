"""Key points: 3-5 short, distinct bullets, each cut from one sentence, none dangling."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portai import PortaiError, Summary, summarize
from portai.coherence import opens_with_dangling_reference
from portai.languages import Language, get_language
from portai.shortening import MAX_CHARS
from tests.bullets import words_in_order
from tests.conftest import SAMPLE_FILES

_POINTING_BACK = ("he ", "she ", "it ", "they ", "this ", "these ", "its ", "but ", "also ")


def assert_trustworthy(summary: Summary, english: Language) -> None:
    body = summary.article.body_sentences
    stems = []
    for point in summary.key_points:
        assert 0 < len(point.text) <= MAX_CHARS
        assert words_in_order(point.text, body[point.sentence_index])
        assert not opens_with_dangling_reference(point.text, get_language(summary.language))
        assert not point.text.lower().startswith(_POINTING_BACK)
        stems.append(set(english.content_stems(english.words(point.text))))
    for i, first in enumerate(stems):
        for second in stems[i + 1 :]:  # no two bullets with most content words in common
            assert len(first & second) <= 0.5 * min(len(first), len(second))
    scores = [p.score for p in summary.key_points]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_samples_get_trustworthy_key_points(sample: Path, english: Language) -> None:
    summary = summarize(sample.read_text(encoding="utf-8"))
    body = summary.article.body_sentences
    assert min(3, len(body) - 1) <= len(summary.key_points) <= 5
    assert_trustworthy(summary, english)


def test_seed_key_points(seed_text: str, english: Language) -> None:
    summary = summarize(seed_text)
    assert len(summary.key_points) == 4  # 3 for a short story, one more per 30 sentences
    assert all(len(p.text) <= MAX_CHARS for p in summary.key_points)
    assert any(
        p.text.startswith("After half a year of planning, Taobao") for p in summary.key_points
    )


@pytest.mark.parametrize("count", [0, 1, 5, 8])
def test_points_option(seed_text: str, english: Language, count: int) -> None:
    summary = summarize(seed_text, points=count)
    assert len(summary.key_points) == count
    assert_trustworthy(summary, english)


def test_bullets_spread_over_sections() -> None:
    text = (SAMPLE_FILES[0].parent / "long_report.txt").read_text(encoding="utf-8")
    # "lead" rates by position: its four best sentences all sit in the first section.
    summary = summarize(text, method="lead", points=4)
    heading_of = {}
    for paragraph in summary.article.paragraphs:
        for sentence in paragraph.sentences:
            heading_of.setdefault(sentence, paragraph.heading)
    body = summary.article.body_sentences
    assert len({heading_of[s] for s in body[:4]}) == 1
    covered = {heading_of[body[p.sentence_index]] for p in summary.key_points}
    assert len(covered) == 4


def test_a_sentence_that_only_points_back_is_not_a_bullet() -> None:
    text = (
        "The city council approved a new budget for the public library on Monday evening. "
        "It includes money for longer opening hours and a new reading room for children. "
        "The vote was unanimous after a short debate about the cost of heating."
    )
    points = summarize(text, points=3).key_points
    assert all(not p.text.startswith("It ") for p in points)
    assert {p.sentence_index for p in points} <= {0, 2}


_OPENERS = ["He", "It", "This", "However,", "But", "The council", "Shares", "In May,", "Police"]
_CLAIMS = [
    "said the plan would cost more than expected",
    "rose by five percent after the report was published",
    "will reopen the bridge on Friday (weather permitting)",
    "approved the budget; critics called it too small",
    "expects profits to fall, according to analysts",
    "warned that prices could rise again before the end of the year, hitting families hard",
]
article_sentence = st.builds(
    lambda opener, claim, tail: f"{opener} {claim}{tail}.",
    st.sampled_from(_OPENERS),
    st.sampled_from(_CLAIMS),
    st.sampled_from(["", ", while exports fell sharply across the region", " in March"]),
)
paragraph = st.lists(article_sentence, min_size=1, max_size=5).map(" ".join)
heading = st.sampled_from(["", "## Markets\n\n", "## The Budget\n\n"])
article = st.lists(st.tuples(heading, paragraph), min_size=1, max_size=6).map(
    lambda parts: "# Council Budget\n\n" + "\n\n".join(h + p for h, p in parts)
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article, points=st.one_of(st.none(), st.integers(0, 6)))
def test_generated_articles_get_trustworthy_key_points(
    text: str, points: int | None, english: Language
) -> None:
    try:
        summary = summarize(text, points=points)
    except PortaiError:
        return
    assert len(summary.key_points) <= (5 if points is None else points)
    assert_trustworthy(summary, english)
