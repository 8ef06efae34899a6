"""The top of documents that are not news: post front matter, READMEs, papers, press releases
and pasted web pages give their title, authors and date, and none of it is read as body."""

from __future__ import annotations

from pathlib import Path

import pytest

from portai.languages import Language, get_language
from portai.readers.frontmatter import split_front_matter
from portai.readers.text import parse_article

KINDS = Path(__file__).parent / "data" / "kinds"


@pytest.fixture(scope="module")
def en() -> Language:
    return get_language("en")


TOML_POST = """+++
path = "2024/10/17/Rust-1.82.0"
title = "Announcing Rust 1.82.0"
authors = ["The Rust Release Team"]
aliases = [
    "2024/10/17/Rust-1.82.0.html",
    "releases/1.82.0",
]

[extra]
release = true
+++

The Rust team is happy to announce a new version of Rust, 1.82.0. Rust is a programming
language empowering everyone to build reliable and efficient software.

If you have a previous version of Rust installed via `rustup`, you can get 1.82.0 with a
single command.
"""

YAML_POST = """---
title: 'Jekyll 4.0.0 Released'
date: 2019-08-20 10:00:00 -0500
author: mattr-
version: 4.0.0
category: release
---

Hi! I bring some good news! Jekyll 4.0.0 is finally here!

There's quite a bit in this release to unpack, so let me hit the high points quickly.
Jekyll builds should be much faster, and Sass processing should be faster too.
"""


def _leaks(article_sentences: tuple[str, ...]) -> list[str]:
    marks = ("title", "path =", "authors", "aliases", "[extra]", "+++", "---", "category:")
    return [s for s in article_sentences if any(mark in s for mark in marks)]


def test_toml_front_matter_gives_title_author_and_date(en: Language) -> None:
    article = parse_article(TOML_POST, en)
    assert article.title == "Announcing Rust 1.82.0"
    assert article.bylines == ("By The Rust Release Team",)
    assert article.date == "2024-10-17"  # from the post's dated path
    assert article.kind == "post"
    assert article.body_sentences[0].startswith("The Rust team is happy to announce")
    assert not _leaks(article.body_sentences)


def test_yaml_front_matter_gives_title_author_and_date(en: Language) -> None:
    article = parse_article(YAML_POST, en)
    assert article.title == "Jekyll 4.0.0 Released"
    assert article.bylines == ("By mattr-",)
    assert article.date == "2019-08-20 10:00:00 -0500"
    assert article.kind == "post"
    # Front matter gave the title: the first paragraph is body, not a deck.
    assert article.deck is None
    assert article.body_sentences[0] == "Hi!"
    assert not _leaks(article.body_sentences)


def test_a_given_title_wins_over_the_front_matter_title(en: Language) -> None:
    article = parse_article(YAML_POST, en, title="Release notes")
    assert article.title == "Release notes"
    assert not _leaks(article.body_sentences)


@pytest.mark.parametrize(
    "text",
    [
        '+++\ntitle = "Broken\nauthors = [\n+++\n\nThe body is here. It has two sentences.\n',
        "---\ntitle: [unclosed\n  - : :\nauthor:\n---\n\nThe body is here. It has two sentences.\n",
    ],
)
def test_malformed_front_matter_is_dropped_without_error(en: Language, text: str) -> None:
    article = parse_article(text, en)
    assert article.body_sentences == ("The body is here.", "It has two sentences.")


def test_a_rule_is_not_front_matter(en: Language) -> None:
    opening = "---\n\nThe body is here.\n\n---\n\nAnother paragraph follows the rule.\n"
    assert split_front_matter(opening)[0] is None
    middle = "The body is here.\n\n---\ntitle: not front matter\n---\n\nMore body text.\n"
    assert split_front_matter(middle) == (None, middle)
    article = parse_article(middle, en)
    assert article.kind is None
    assert article.title is None
    assert article.body_sentences[0] == "The body is here."


def test_hard_wrapped_readme_opening_is_body_not_a_deck(en: Language) -> None:
    readme = (
        "# dupfind\n\n"
        "Dupfind is a small command that looks for duplicate files\n"
        "in a directory tree and removes them when asked.\n"
        "It is written in Go.\n\n"
        "## Installation\n\n"
        "Download the binary for your system from the releases page.\n"
    )
    article = parse_article(readme, en)
    assert article.title == "dupfind"
    assert article.deck is None
    first = article.body_sentences[0]
    assert first == (
        "Dupfind is a small command that looks for duplicate files in a directory tree and "
        "removes them when asked."
    )


def test_a_month_and_year_line_is_the_date(en: Language) -> None:
    text = "Notes on Pipe Replacement\n\nFebruary 2021\n\nUtilities replace too few pipes. "
    article = parse_article(text + "This review says why.", en)
    assert article.title == "Notes on Pipe Replacement"
    assert article.date == "February 2021"
    assert article.deck is None
    assert article.body_sentences[0] == "Utilities replace too few pipes."


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Jane Doe, John Smith and Ann Lee", "Jane Doe, John Smith and Ann Lee"),
        ("Jane Doe1, John Smith2", "Jane Doe, John Smith"),
        ("J. R. Doe*, Maria van Dam† and Li Wei", "J. R. Doe, Maria van Dam and Li Wei"),
    ],
)
def test_an_author_list_is_the_bylines(en: Language, line: str, byline: str) -> None:
    text = f"Wood Density of Classical Violins\n\n{line}\n\nWe measured the density of wood. "
    article = parse_article(text + "Old violins differ little from new ones.", en)
    assert article.title == "Wood Density of Classical Violins"
    assert article.bylines == (byline,)
    assert article.deck is None
    assert article.body_sentences[0] == "We measured the density of wood."


def test_a_short_list_of_topics_is_not_an_author_list(en: Language) -> None:
    text = "Annual Review\n\nFunding, Staff and Pipes\n\nWe surveyed 212 utilities this year."
    article = parse_article(text, en)
    assert article.bylines == ()


def test_press_release_dateline_and_date(en: Language) -> None:
    release = (KINDS / "front_press_release.txt").read_text(encoding="utf-8")
    article = parse_article(release, en)
    assert article.kind == "press_release"
    assert article.title == "Acme Robotics Opens New Assembly Plant in Texas"
    assert article.dateline == "DALLAS, July 31, 2017 /PRNewswire/"
    assert article.date == "July 31, 2017"  # not the related link's "June 3, 2017"
    first = article.body_sentences[0]
    assert first.startswith("Acme Robotics, Inc. today opened")
    assert not any("PRNewswire" in s or "News provided by" in s for s in article.body_sentences)


@pytest.mark.parametrize(
    ("opening", "dateline", "date"),
    [
        ("SEATTLE--(BUSINESS WIRE)--", "SEATTLE (BUSINESS WIRE)", None),
        ("TORONTO, June 1, 2020 /CNW/ - ", "TORONTO, June 1, 2020 /CNW/", "June 1, 2020"),
        (
            "NEW YORK, Jan. 10, 2020 (GLOBE NEWSWIRE) -- ",
            "NEW YORK, Jan. 10, 2020 (GLOBE NEWSWIRE)",
            "Jan. 10, 2020",
        ),
        (
            "WASHINGTON, March 5, 2019 /PRNewswire-USNewswire/ -- ",
            "WASHINGTON, March 5, 2019 /PRNewswire-USNewswire/",
            "March 5, 2019",
        ),
    ],
)
def test_wire_dateline_variants(en: Language, opening: str, dateline: str, date: str) -> None:
    article = parse_article(f"{opening}Acme today opened a plant. It employs 400 people.", en)
    assert article.dateline == dateline
    assert article.date == date
    assert article.body_sentences[0] == "Acme today opened a plant."


def test_news_dateline_is_not_a_press_release(en: Language) -> None:
    article = parse_article("GENEVA, June 12 (Reuters) - Talks resumed today. More later.", en)
    assert article.kind is None
    assert article.body_sentences[0] == "Talks resumed today."


WEB_PAGE = """Blog

Insights

3 surprising findings from our 2024 Global DevSecOps Survey
Published on: June 25, 2024
5 min read

3 surprising findings from our 2024 Global DevSecOps Survey

This year, our survey revealed changes in organizations' investment priorities in the wake of AI.

This year's survey of more than 5,000 DevSecOps professionals worldwide suggests that \
organizations are reevaluating investment priorities. Here's a look at three of the more \
surprising results.

Nearly three-quarters of respondents whose organizations use AI said they wanted to \
consolidate their toolchain.
"""


def test_pasted_web_page_top(en: Language) -> None:
    article = parse_article(WEB_PAGE, en)
    assert article.title == "3 surprising findings from our 2024 Global DevSecOps Survey"
    assert article.date == "June 25, 2024"
    assert article.deck is not None and article.deck.startswith("This year, our survey revealed")
    body = article.body_sentences
    assert body[0].startswith("This year's survey of more than 5,000")
    assert not any(s in ("Blog", "Insights", "5 min read") for s in body)
    assert not any(s.startswith("3 surprising findings") for s in body)


def test_web_page_with_menus_above_its_byline(en: Language) -> None:
    menu = "\n\n".join(["Home", "News", "Sign In", "Events", "Membership", "About Us", "Search"])
    page = (
        f"{menu}\n\nGetting Lean with Digital Ad UX\n\n10.15.15\n\nBy Scott Cunningham\n\n"
        "We messed up. As technologists, we lost track of the user experience.\n"
    )
    article = parse_article(page, en)
    assert article.title == "Getting Lean with Digital Ad UX"
    assert article.bylines == ("By Scott Cunningham",)
    assert article.body_sentences[0] == "We messed up."


def test_news_masthead_below_a_banner_reads_as_before(en: Language) -> None:
    story = (
        "2024.09.04 15:36\n\nI'm PortAI, I can summarize articles.\n\n"
        "Taobao and Tencent join forces\n\nTaobao can finally use WeChat Pay\n\n"
        "Author | Liu Baodan\n\nThe wall in the payment field has finally come down.\n"
    )
    article = parse_article(story, en)
    assert article.title == "Taobao and Tencent join forces"
    assert article.deck == "Taobao can finally use WeChat Pay"


@pytest.mark.parametrize(
    "header",
    [
        "FROM:\nJane Doe\nChief Officer\nSUBJECT:\nFederal Source Code Policy: Reusable Software",
        "FROM: Jane Doe\nRE: Federal Source Code Policy: Reusable Software",
        "Subject: Federal Source Code Policy: Reusable Software",
    ],
)
def test_a_memos_subject_line_is_its_title(en: Language, header: str) -> None:
    memo = (
        f"## M-16-21\nMEMORANDUM FOR THE HEADS OF DEPARTMENTS AND AGENCIES\n{header}\n\n"
        "The Government is committed to improving the way agencies buy and build software. "
        "Each year it spends more than $6 billion on software.\n"
    )
    article = parse_article(memo, en)
    assert article.title == "Federal Source Code Policy: Reusable Software"
    assert article.body_sentences[0].startswith("The Government is committed")
    assert not any("SUBJECT" in s.upper() for s in article.body_sentences)


def test_a_page_headline_with_a_deck_above_its_dated_byline(en: Language) -> None:
    menu = "\n\n".join(["topicseed", "Features", "Pricing", "Free SEO Tools", "Blog"])
    deck = (
        "Content writers and marketers find it hard to write a lot of content about a very "
        "specific topic. They lose points on content depth because they would rather focus on "
        "pushing thin content about plenty of topics."
    )
    page = (
        f"{menu}\n\nContent Depth — Write Comprehensively About Your Core Topics\n\n{deck}\n\n"
        "On 6/13/2018 by @lazharichir\n\n"
        "Content depth is a rating of how comprehensive the coverage of a topic is. It is not "
        "the same as length, and a long post can still be thin.\n"
    )
    article = parse_article(page, en)
    assert article.title == "Content Depth — Write Comprehensively About Your Core Topics"
    assert article.date == "6/13/2018"
    assert article.bylines == ("By @lazharichir",)
    assert not any("lazharichir" in s for s in article.body_sentences)


def test_a_menu_line_over_a_headline_is_not_the_title(en: Language) -> None:
    menu = "\n\n".join(["Home", "News", "Events", "Membership", "About Us", "Search"])
    page = (
        f"{menu}\n\nSign In| Join Us\n\nGetting Lean with Digital Ad UX\n\n10.15.15\n\n"
        "By Scott Cunningham\n\nWe messed up. As technologists, we lost track of the user.\n"
    )
    assert parse_article(page, en).title == "Getting Lean with Digital Ad UX"


# --- titles that are not the document's, a bill's short title, a page's date (issue 15) --------


@pytest.mark.parametrize("heading", ["Introduction", "Unreleased", "Table of contents"])
def test_a_generic_section_heading_is_never_the_title(en: Language, heading: str) -> None:
    text = f"## {heading}\n\nThe study measured wood density in old violins with scans.\n"
    assert parse_article(text, en).title is None


def test_a_bill_takes_its_short_title(en: Language) -> None:
    text = (
        "SECTION 1. SHORT TITLE.\n\n    This Act may be cited as the ``Battle of Midway "
        "National \nMemorial Act''.\n\nSEC. 2. FINDINGS.\n\n    Congress finds that the "
        "battle was a turning point of the war.\n"
    )
    assert parse_article(text, en).title == "Battle of Midway National Memorial Act"


def test_a_line_of_bracketed_labels_is_no_deck(en: Language) -> None:
    text = (
        "# fd\n\n[[中文](https://example.org/zh)]\n[[한국어](https://example.org/ko)]\n\n"
        "fd is a program to find entries in your filesystem. It is simple and fast.\n"
    )
    article = parse_article(text, en)
    assert article.deck is None
    assert not any("[" in s for s in article.body_sentences)


def test_a_date_before_a_dash_is_a_dateline(en: Language) -> None:
    text = (
        "Superbugs: What They Are\n\nBy Kelli Miller\n\n"
        "April 17, 2015 -- Imagine being sick in the hospital with an infection. "
        "Doctors can do nothing.\n"
    )
    article = parse_article(text, en)
    assert article.body_sentences[0].startswith("Imagine being sick")
    assert article.date == "April 17, 2015"


def test_a_post_with_a_standfirst_and_a_dateline_is_a_press_release() -> None:
    from portai import summarize

    text = (
        "---\ntitle: Acme Opens a Plant in Texas\nauthor: Acme Robotics\ndate: 2017-07-31\n---\n\n"
        "Company Expects to Hire 400 Workers by the End of 2018\n\n"
        "DALLAS, Sept. 14, 2017 – Acme Robotics today opened an assembly plant in Dallas, its"
        " first outside California. The plant will build warehouse robots for customers in"
        " Texas and Mexico. Hiring starts next month.\n\n"
        "Hi! We are thrilled. The plant is open to visitors on Fridays."
    )
    summary = summarize(text, sentences=1)
    article = summary.article
    assert article.deck == "Company Expects to Hire 400 Workers by the End of 2018"
    assert article.kind == "press_release"
    assert article.dateline is not None and article.dateline.startswith("DALLAS")
    assert summary.sentences[0].text.startswith("Acme Robotics today opened")


def test_a_posts_opening_sentences_are_never_its_deck() -> None:
    from portai.languages import get_language
    from portai.readers import read_article

    text = "---\ntitle: Jekyll 4\n---\n\nHi! I bring some good news! Jekyll 4 is here 🎉\n\nMore."
    article = read_article(text, get_language("en"))
    assert article.deck is None
    assert article.body_sentences[0].startswith("Hi!")
