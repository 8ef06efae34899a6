"""The default ``auto`` method: what it skips, where it looks, and that it is the default."""

from __future__ import annotations

import json

import pytest

from portai import summarize
from portai.config import Length
from portai.languages import get_language
from portai.methods.auto import is_boilerplate
from portai.selection import summary_size

from .conftest import SAMPLES, Cli

STORY_SENTENCES = [
    "The city council approved a plan on Monday to rebuild the old harbour bridge by 2027.",
    "The bridge, which carries 40,000 cars a day, was closed in March after engineers found "
    "cracks in two of its steel supports.",
    "Council members voted nine to two for the plan, which will cost about 180 million euros.",
    "Drivers have faced long detours since the closure, and shops near the harbour say their "
    "sales have fallen by a third.",
    "The mayor said the new bridge would also carry a tram line and a wide cycle path.",
    "Work on the bridge is due to start in the autumn, once the council has chosen a builder.",
    "Opponents of the plan argued that a tunnel would have been cheaper to maintain.",
    "The council will publish the full design of the bridge in June.",
]


def story(*opening: str) -> str:
    return "\n\n".join([*opening, *STORY_SENTENCES])


@pytest.mark.parametrize(
    "sentence",
    [
        "Haul: The cherry picker collecting drugs from the roof of the prison",
        "Scroll down for video",
        "Click here to read the full transcript of today's programme.",
        "Follow us on Twitter for the latest updates from the match.",
        "Copyright 2024 The Example Times. All rights reserved.",
        "By . Daily Mail Reporter .",
        "Rosberg will start second.",
        "Is the police chief to blame for what went wrong in the city?",
        ": First lady Michelle Obama walks under an umbrella on return to the White House",
    ],
)
def test_boilerplate_is_recognised(sentence: str) -> None:
    assert is_boilerplate(sentence, len(sentence.split()), get_language("english"))


@pytest.mark.parametrize(
    "sentence",
    [
        STORY_SENTENCES[0],
        "The company made $5.4bn in 2004, up 12% from 2003, and paid 1.90 shares each.",
        'Alonso commented on Twitter: "It will be tough not to be in Australia this year."',
        "Scroll down for video The Prime Minister, delivering a major speech on the economy in "
        "Bedford today, said Labour had left millions worse off.",
    ],
)
def test_story_sentences_are_not_boilerplate(sentence: str) -> None:
    assert not is_boilerplate(sentence, len(sentence.split()), get_language("english"))


def test_auto_skips_captions_and_page_furniture_that_lead_takes() -> None:
    text = story(
        "Closed: The harbour bridge seen from the water",
        "Scroll down for video",
    )
    lead = summarize(text, method="lead", sentences=3, points=0, keywords=0)
    auto = summarize(text, sentences=3, points=0, keywords=0)
    assert lead.sentences[0].text.startswith("Closed:")
    picked = [s.text for s in auto.sentences]
    assert len(picked) == 3 and set(picked) <= set(STORY_SENTENCES)
    assert picked[0] == STORY_SENTENCES[0]


def test_auto_reads_a_sectioned_report_section_by_section() -> None:
    summary = summarize((SAMPLES / "long_report.txt").read_text(encoding="utf-8"), points=0)
    sections = summary.article.paragraphs
    section_of = {}
    for paragraph in sections:
        for sentence in paragraph.sentences:
            section_of.setdefault(sentence, paragraph.heading)
    covered = {section_of[s.text] for s in summary.sentences}
    assert len(covered) >= len(summary.sentences) - 1  # nearly one sentence per section


def test_auto_is_the_default_everywhere(cli: Cli) -> None:
    assert summarize(story()).method == "auto"
    result = cli("summarize", "-", "--format", "json", input=story())
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["method"] == "auto"


def test_a_word_budget_sets_the_summary_size_auto_plans_for() -> None:
    word_counts = [20] * 30
    assert summary_size(Length("words", 60), word_counts) == 3
    assert summary_size(Length("sentences", 5), word_counts) == 5
    assert summary_size(Length("words", 5), word_counts) == 1
