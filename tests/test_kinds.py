"""Kinds of document (issue 15): what ``readers.kinds`` calls a text, and how ``auto`` rates one
that is not news. Each document here is short and written like the real ones in
``../shared/eval/genres-dev.jsonl``; the assertions are what a reader of the summary notices."""

from __future__ import annotations

import json

import pytest

from portai import summarize
from portai.document import analyse
from portai.languages import get_language
from portai.methods.auto import document_ratings
from portai.models import Article, Paragraph
from portai.readers import read_article
from portai.readers.kinds import classify

TRANSCRIPT = "\n\n".join(
    [
        "Project Manager: Okay, so today we decide what the new remote control should cost.",
        "Marketing: Yeah.",
        "Industrial Designer: I think twenty five Euros is too much for a remote that only"
        " changes channels and volume.",
        "Project Manager: Right, so the remote needs features people will pay twenty five Euros"
        " for, like a locator that beeps when you lose it.",
        "Marketing: Mm-hmm.",
        "User Interface: Most remote controls are grey or black, so a bright colour would make"
        " ours stand out in the shop.",
        "Project Manager: Good, so the remote will be bright, it will beep when it is lost, and"
        " it will sell for twenty five Euros.",
        "Industrial Designer: Okay.",
    ]
)


def _kind(text: str) -> str | None:
    # The profile is built in the test, not at collection: building it loads NLTK's Punkt in
    # its own way, before tests/test_languages.py imports it (see nltk_tools).
    english = get_language("en")
    return classify(text, read_article(text, english, format="text"), english)


def test_a_meeting_is_a_transcript_and_its_filler_turns_are_not_the_summary() -> None:
    summary = summarize(TRANSCRIPT, sentences=2)
    assert summary.article.kind == "transcript"
    assert all(len(s.text.split()) > 5 for s in summary.sentences)
    assert json.loads(json.dumps(summary.to_dict()))["kind"] == "transcript"


def test_a_page_of_labelled_teasers_is_not_a_transcript() -> None:
    teasers = "\n\n".join(
        f"{label}: {text}"
        for label, text in [
            ("Quiz", "Weird, crazy dreams and what they mean for your sleep at night."),
            ("Second Opinion", "Read expert perspectives on popular health topics this week."),
            ("Physician Directory", "Find a doctor in your area who takes your insurance."),
            ("BMI Calculator", "Get personalized results for your height and your weight."),
            ("Insurance Guide", "Get ready for changes to your health care coverage in 2025."),
            ("Communities", "Connect with people like you and get guidance from experts."),
        ]
    )
    assert _kind(teasers) != "transcript"


def test_wiki_headings_make_an_encyclopedia_page() -> None:
    page = (
        "== History ==\n\nThe town was founded in 1820 by settlers from the coast. It grew"
        " quickly after the railway reached it in 1871.\n\n== Economy ==\n\nFarming and"
        " tourism are the main industries. The town hosts a large wool fair every spring."
    )
    assert _kind(page) == "encyclopedia"


def test_a_bill_is_a_legal_text() -> None:
    bill = (
        "SECTION 1. SHORT TITLE.\n\n    This Act may be cited as the ``Clean Harbors Act''.\n\n"
        "SEC. 2. FINDINGS.\n\n    Congress finds that harbors are polluted by runoff from"
        " farms and cities, and that cleaning them protects fisheries."
    )
    assert _kind(bill) == "legal"


def test_citations_throughout_make_a_paper() -> None:
    sentences = [
        f"Study {n} measured the density of wood in old and new violins [{n}]."
        for n in range(1, 25)
    ]
    paper = "## Introduction\n\n" + " ".join(sentences)
    assert _kind(paper) == "paper"


def test_front_matter_makes_a_post() -> None:
    post = '+++\ntitle = "Faster builds"\n+++\n\nBuilds are faster now. Linking takes half as long.'
    assert _kind(post) == "post"


@pytest.mark.parametrize(
    "news",
    [
        "The council voted on Tuesday to replace 40 kilometres of lead pipes. The plan passed"
        " by seven votes to two. Work starts in June.",
        "(CNN) A storm hit the coast overnight, cutting power to 20,000 homes. Crews worked"
        ' through the night. "We are doing all we can," a spokesman said.',
    ],
)
def test_a_news_story_has_no_kind_and_keeps_the_news_rating(news: str) -> None:
    summary = summarize(news, sentences=1)
    assert summary.article.kind is None
    assert summary.sentences[0].index == 0  # the lead, as news puts its point first


def test_a_paper_summary_is_not_a_table_of_contents() -> None:
    """With headings, news ``auto`` takes each section's opener; a paper's summary is what the
    whole paper keeps coming back to, whatever section it is in."""
    filler = "This section describes the setting in which the work took place over the years."
    sections = []
    for number, name in enumerate(["Introduction", "Setting", "Methods", "Results"], start=1):
        body = [filler.replace("This section", f"Section {number}")] + [
            f"Wood density of violins differs between Cremonese and modern makers [{n}]."
            if name == "Results" and n % 2
            else f"Part {number}.{n} lists the tools and rooms used on day {n} [{n}]."
            for n in range(1, 8)
        ]
        sections.append(f"## {name}\n\n" + " ".join(body))
    summary = summarize("\n\n".join(sections), sentences=3)
    assert summary.article.kind == "paper"
    openers = [s for s in summary.sentences if s.text.startswith("Section ")]
    assert len(openers) < 3
    assert any("density" in s.text for s in summary.sentences)


def test_the_documents_own_summary_is_the_strongest_evidence() -> None:
    paragraphs = (
        Paragraph(
            ("Thresher sharks slap fish with their tails to stun them before eating them.",),
            heading="Abstract",
            role="summary",
        ),
        Paragraph(
            (
                *tuple(
                    f"Divers recorded the weather and the water on day {n} of the long survey trip."
                    for n in range(1, 12)
                ),
                "The tail slaps of thresher sharks stunned several fish at once in most hunts.",
            ),
            heading="Results",
        ),
    )
    article = Article(title="Thresher sharks", paragraphs=paragraphs, kind="paper")
    document = analyse(article, get_language("en"))
    ratings = document_ratings(document)
    best = max(range(len(ratings)), key=ratings.__getitem__)
    assert best == 0  # the abstract's sentence
    second = sorted(range(len(ratings)), key=ratings.__getitem__)[-2]
    assert "tail slaps" in document.sentences[second].text


def test_a_kind_shows_on_the_facts_line() -> None:
    from portai.render.facts import fact_line

    assert "transcript" in fact_line(summarize(TRANSCRIPT, sentences=1))


def test_an_encyclopedia_pages_lead_is_its_own_summary() -> None:
    page = (
        "Kiwi Harbour is a small port town in the south of New Zealand, known for its wool fair"
        " and its lighthouse.\n\n== History ==\n\nThe town was founded in 1820 by settlers from"
        " the coast. It grew quickly after the railway reached it in 1871. Ships carried wool to"
        " London for a century.\n\n== Economy ==\n\nFarming and tourism are the main industries."
        " The lighthouse draws visitors in summer. The port handles timber and fish."
    )
    summary = summarize(page, sentences=1)
    assert summary.article.kind == "encyclopedia"
    assert summary.article.paragraphs[0].role == "summary"
    assert summary.sentences[0].text.startswith("Kiwi Harbour is a small port town")


def test_a_transcript_has_no_title_taken_from_its_first_turn() -> None:
    text = "Marketing: Now can you give me the remote?\n\n" + TRANSCRIPT
    summary = summarize(text, sentences=1)
    assert summary.article.kind == "transcript"
    assert summary.title is None


def test_a_standard_reads_its_reference_links_subtitle_abstract_and_appendices() -> None:
    """An OASIS-style document: a series heading over its own title, an abstract that opens
    "This document …", "[Term]" reference links, and appendices of references and history."""
    body = " ".join(
        f"Each [Committee] SHOULD record decision {n} about [Members] and meeting rooms in its"
        f" minutes, as rule {n} of the process says."
        for n in range(1, 9)
    )
    text = (
        "# Best Current Practices Document\n\n## Running a Meeting\n\n### Version: 2023.01\n\n"
        "### Abstract:\n\nThis document defines guidelines for running a committee meeting.\n\n"
        "### Notices:\n\nCopyright © Example Open 2023. All Rights Reserved.\n\n"
        f"# 1 Introduction\n\n{body}\n\n# 2 Meetings\n\n{body}\n\n## 2.1 Quorum\n\n{body}\n\n"
        "[Committee]: https://example.org/committee\n\n[Members]: https://example.org/members\n\n"
        "# Appendix A. References\n\n[RFC2119] Bradner, S., Key words for use in RFCs to"
        " Indicate Requirement Levels, March 1997.\n\n# Appendix B. Revision History\n\n"
        "| Revision | Date | Changes Made |\n|---|---|---|\n| 01 | 2023 | Outline |\n"
    )
    summary = summarize(text, sentences=3)
    assert (summary.title, summary.article.deck) == (
        "Best Current Practices Document",
        "Running a Meeting",
    )
    assert summary.article.kind == "report"
    shown = [s.text for s in summary.sentences] + [p.text for p in summary.key_points]
    assert any(s.startswith("This document defines guidelines") for s in shown[:3])  # abstract
    assert not any("[" in text or "Bradner" in text or "Copyright" in text for text in shown)
    assert all(keyword.text != "ok" for keyword in summary.keywords)


def test_a_transcript_summary_prefers_fluent_turns_to_stumbles() -> None:
    from portai.coherence import stumbles

    turns = [
        "Project Manager: So the the the remote control needs a docking station that charges it"
        " overnight.",
        "Industrial Designer: The remote control needs a docking station that charges the"
        " battery overnight.",
        "Marketing: Users lose the remote control, so a locator in the docking station helps.",
        "Project Manager: I I think the the docking station should beep beep when the remote is"
        " lost.",
        "Industrial Designer: The docking station can beep when the remote control is lost.",
        "Marketing: Okay.",
        "Project Manager: Yeah.",
        "Industrial Designer: Mm-hmm.",
    ]
    summary = summarize("\n\n".join(turns), sentences=2)
    assert summary.article.kind == "transcript"
    english = get_language("en")
    assert not any(stumbles(s.text, english, True) for s in summary.sentences)


KINDS_OF_REAL_DOCUMENTS = {
    "front_press_release.txt": "press_release",
    "kind_encyclopedia.txt": "encyclopedia",
    "kind_encyclopedia_citations.txt": "encyclopedia",  # pasted: "[1]" markers, "See also"
    "kind_paper.md": "paper",  # a JOSS paper: YAML front matter, yet a paper
    "kind_press_release.md": "press_release",  # YAML front matter, then a dateline
    "kind_post_toml.md": "post",
    "kind_post_yaml.md": "post",
    "kind_readme.md": "readme",  # "[0-9]" in its code is not a citation
    "kind_release_notes.md": "release_notes",
    "kind_report.md": "report",  # "## 2.1 Committee Meetings" is a section, not a version
    "kind_transcript.md": "transcript",
}


@pytest.mark.parametrize("name", sorted(KINDS_OF_REAL_DOCUMENTS))
def test_each_real_document_is_told_for_what_it_is(name: str) -> None:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "kinds" / name
    summary = summarize(path.read_bytes(), source=name)
    assert summary.article.kind == KINDS_OF_REAL_DOCUMENTS[name]


def test_a_short_closing_sentence_that_opens_about_is_not_an_about_section() -> None:
    """ "About Acme" closes a press release; "About 500 people came." is the story's own line,
    and nothing after it may be lost."""
    story = "\n\n".join(
        [
            "The council met on Tuesday to vote on the new water plan for the town.",
            "The plan will replace forty kilometres of old lead pipes over five years.",
            "Residents asked many questions about the cost of the work and the water rates.",
            "About 500 people came.",
            "The mayor said the work would start in June in the oldest district of the town.",
        ]
    )
    assert len(summarize(story).article.body_sentences) == 5
