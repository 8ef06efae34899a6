"""Article structure: front matter, headings and body sentences."""

from __future__ import annotations

import pytest

from portai.errors import InputNotUsableError
from portai.languages import Language, get_language
from portai.readers.text import parse_article

from .conftest import SAMPLES


def test_seed_front_matter(seed_text: str, english: Language) -> None:
    article = parse_article(seed_text, english)
    assert article.title == 'Taobao and Tencent join forces to "break down walls"'
    assert article.deck == "Taobao can finally use WeChat Pay"
    assert article.bylines == ("Author: Liu Baodan", "Editor: Zhou Zhiyu")
    assert article.date == "2024.09.04 15:36"
    assert article.headings == ("Hand in Hand", "Turning Point")


def test_seed_body_has_no_front_matter_banner_or_headings(
    seed_text: str, english: Language
) -> None:
    body = parse_article(seed_text, english).body_sentences
    assert body[0].startswith('The "wall" in the payment field')
    for line in ("2024.09.04", "I'm PortAI", "Author", "Editor", "Hand in Hand", "Turning Point"):
        assert not any(sentence.startswith(line) for sentence in body), line


def test_paragraph_without_full_stop_ends_its_sentence(seed_text: str, english: Language) -> None:
    body = parse_article(seed_text, english).body_sentences
    # "... the younger generation"" has no full stop and is the last paragraph.
    assert body[-1].endswith('"heroes emerging from the younger generation"')
    assert all("\n" not in sentence for sentence in body)


def test_sentences_know_their_section(seed_text: str, english: Language) -> None:
    article = parse_article(seed_text, english)
    sections = [p.heading for p in article.paragraphs]
    assert sections[0] is None
    assert sections[-1] == "Turning Point"
    first_of_section = next(p for p in article.paragraphs if p.heading == "Hand in Hand")
    assert first_of_section.sentences == (
        "This time, Alibaba extended an olive branch to Tencent.",
    )


def test_markdown_post(english: Language) -> None:
    article = parse_article((SAMPLES / "markdown_post.md").read_text(), english)
    assert article.title == "Why Our Team Switched to Four-Day Sprints"
    assert article.deck is not None and "*" not in article.deck
    assert article.bylines == ("By Sam Rivera",)
    assert "What We Changed" in article.headings
    body = " ".join(article.body_sentences)
    assert "**" not in body and "](" not in body and "#" not in body


def test_report_with_byline_and_published_date(english: Language) -> None:
    article = parse_article((SAMPLES / "long_report.txt").read_text(), english)
    assert article.title is not None and article.title.startswith("Municipal Water Utilities")
    assert article.bylines == ("By Jane Okafor and Tomas Lindqvist",)
    assert article.date == "3 March 2024"
    assert article.deck is None
    assert article.headings[0] == "Background"
    assert len(article.headings) == 8


def test_text_without_title_keeps_its_first_sentence(english: Language) -> None:
    article = parse_article((SAMPLES / "no_title.txt").read_text(), english)
    assert article.title is None
    assert article.dateline == "GENEVA, June 12"
    assert article.body_sentences[0].startswith("Delegates from more than 40 countries")


@pytest.mark.parametrize(
    ("text", "title", "bylines", "date"),
    [
        (
            "# A Title\n\nBy Jane Doe\n\nBody sentence one is here. Body two.",
            "A Title",
            ("By Jane Doe",),
            None,
        ),
        ("A Title\n=======\n\nBody sentence one is here. Body two.", "A Title", (), None),
        (
            "Big News Today\n\nPublished: March 3, 2024\n\nBody sentence one. Body two.",
            "Big News Today",
            (),
            "March 3, 2024",
        ),
        (
            "Big News Today\nBy Jane Doe and John Roe\nUpdated 2024-03-03 10:15\n\nThe body. More.",
            "Big News Today",
            ("By Jane Doe and John Roe",),
            "2024-03-03 10:15",
        ),
        ("Reporter: Ann Lee\n\nThe body starts here. More.", None, ("Reporter: Ann Lee",), None),
    ],
)
def test_common_plain_text_shapes(
    english: Language, text: str, title: str | None, bylines: tuple[str, ...], date: str | None
) -> None:
    article = parse_article(text, english)
    assert (article.title, article.bylines, article.date) == (title, bylines, date)
    assert article.body_sentences[-1] in ("Body two.", "More.")


def test_short_first_line_is_body_when_no_title_follows(english: Language) -> None:
    article = parse_article(
        "Stocks fell on Monday.\n\nInvestors sold banks. Bonds rallied.", english
    )
    assert article.title is None
    assert article.body_sentences == (
        "Stocks fell on Monday.",
        "Investors sold banks.",
        "Bonds rallied.",
    )


def test_byline_and_date_under_an_opening_line_are_read_once(english: Language) -> None:
    text = "Breaking news today.\n\nBy Jane Doe\n\nPublished: March 3, 2024\n\nThe body. More."
    article = parse_article(text, english)
    assert (article.title, article.bylines, article.date) == (
        None,
        ("By Jane Doe",),
        "March 3, 2024",
    )
    assert article.body_sentences == ("Breaking news today.", "The body.", "More.")


def test_list_items_are_sentences_of_their_own(english: Language) -> None:
    text = (
        "# Notes\n\nWe changed three things:\n\n- shorter sprints\n- daily demos\n1. fewer meetings"
    )
    body = parse_article(text, english).body_sentences
    assert body == ("We changed three things:", "shorter sprints", "daily demos", "fewer meetings")


def test_hard_wrapped_paragraph_is_joined(english: Language) -> None:
    text = (
        "The council approved the new budget on Tuesday after a long\n"
        "debate about road repairs. The vote was seven to two, and the\n"
        "mayor said work would start in May.\n"
    )
    assert parse_article(text, english).body_sentences == (
        "The council approved the new budget on Tuesday after a long debate about road repairs.",
        "The vote was seven to two, and the mayor said work would start in May.",
    )


@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        ("LONDON (Reuters) - Shares rose on Friday. Bonds fell.", "LONDON (Reuters)", "Shares"),
        ("(CNN) -- A storm hit the coast. Many lost power.", "(CNN)", "A storm"),
        ("WASHINGTON — Congress passed the bill. It now goes on.", "WASHINGTON", "Congress"),
    ],
)
def test_dateline_openers(english: Language, text: str, dateline: str, first: str) -> None:
    article = parse_article(text, english)
    assert article.dateline == dateline
    assert article.body_sentences[0].startswith(first)


def test_headline_only_input_is_summarized_not_refused(english: Language) -> None:
    assert parse_article("Markets rally as rates fall", english).body_sentences == (
        "Markets rally as rates fall",
    )


@pytest.mark.parametrize("text", ["----\n\n====", "12345 67.89", "* * *"])
def test_text_without_sentences_is_refused(english: Language, text: str) -> None:
    with pytest.raises(InputNotUsableError, match="no sentences"):
        parse_article(text, english)


def test_a_full_stop_with_no_space_after_it_still_ends_a_sentence() -> None:
    french = get_language("french")
    text = (
        "Le texte sera examiné en automne.Examinés par les députés, les amendements ont été "
        "rejetés (CNSA).L'opposition a protesté."
    )
    assert parse_article(text, french).body_sentences == (
        "Le texte sera examiné en automne.",
        "Examinés par les députés, les amendements ont été rejetés (CNSA).",
        "L'opposition a protesté.",
    )


def test_names_with_a_dot_inside_stay_whole(english: Language) -> None:
    text = "LeanIn.Org and One.Tel were named on Gov.UK by a Ph.D student."
    assert parse_article(text, english).body_sentences == (text,)
