"""Web pages: the article's sentences, title, author and date; none of the page's chrome.

tests/data/html/council_water_plan.html is a page written for these tests with the boilerplate
real news pages carry: a cookie banner, navigation, a subscription promo, share links, a
newsletter box, related stories, reader comments and a footer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from portai import summarize
from portai.errors import InputNotUsableError, MissingExtraError
from portai.readers import detect_format

from .conftest import ROOT, Cli

PAGE = ROOT / "tests" / "data" / "html" / "council_water_plan.html"
ARTICLE = (
    "The Riverton city council voted on Tuesday",
    "Lead pipes were laid in much of the old town before 1950.",
    "Households will not pay for the part of the pipe",
)
CHROME = (
    "cookie", "Subscribe now", "Home", "Share this article", "newsletter", "Related stories",
    "budget row", "brown water", "Who is going to pay", "All rights reserved", "Privacy policy",
    "Advertise",
)  # fmt: skip


def _everything(summary_json: dict[str, object]) -> str:
    return json.dumps(summary_json, ensure_ascii=False)


def test_a_page_summarizes_to_its_article_only(cli: Cli) -> None:
    result = cli("summarize", PAGE, "-f", "json", "-n", "20", "-p", "8", "-k", "20")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "html" and data["url"] is None
    assert data["title"] == "City council approves plan to replace lead water pipes"
    assert data["bylines"] == ["By Jane Okafor"]
    assert data["date"] == "2024-03-12"
    assert data["headings"] == ["Why the pipes matter", "What happens next"]
    sentences = [s["text"] for s in data["summary"]]
    assert all(any(part in s for s in sentences) for part in ARTICLE)
    everything = _everything(data)
    for chrome in CHROME:
        assert chrome not in everything, chrome


def test_the_facts_line_says_it_was_a_web_page(cli: Cli) -> None:
    result = cli("summarize", PAGE, "-f", "text")
    facts = next(line for line in result.stdout.splitlines() if " · " in line)
    assert facts.startswith("By Jane Okafor · 2024-03-12 · ")
    assert " · web page · English · " in facts


def test_html_on_stdin_is_told_from_its_content(cli: Cli) -> None:
    result = cli("summarize", "-f", "json", input=PAGE.read_bytes())
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "html"


def test_a_page_can_be_read_as_text_when_asked(cli: Cli) -> None:
    result = cli("summarize", PAGE, "--input-format", "text", "-f", "json")
    assert result.code == 0
    assert json.loads(result.stdout)["format"] == "text"


def test_a_feed_record_may_carry_html(cli: Cli, tmp_path: Path) -> None:
    feed = tmp_path / "crawl.jsonl"
    page = PAGE.read_text(encoding="utf-8")
    records = [
        {"id": "page", "html": page},
        {"id": "tagged", "text": page, "format": "html"},
        {"id": "plain", "text": "The council met on Tuesday. It approved the plan."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = cli("summarize", "--input-format", "jsonl", feed, "-f", "jsonl", "-j", "1")
    assert result.code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["format"]) for r in out] == [
        ("page", "html"),
        ("tagged", "html"),
        ("plain", "text"),
    ]
    assert out[0]["title"] == "City council approves plan to replace lead water pipes"


def test_a_page_without_article_text_is_refused(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text(
        "<!doctype html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
        "</nav></body></html>",
        encoding="utf-8",
    )
    result = cli("summarize", empty)
    assert result.code == 4 and result.stdout == ""
    assert result.stderr == "portai: error: no article text found in the page\n"


def test_without_the_web_extra_the_error_names_the_install(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portai.readers import html

    html._extract.cache_clear()
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    result = cli("summarize", PAGE)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        "portai: error: web pages need trafilatura: pip install 'portai[web]'\n"
    )
    with pytest.raises(MissingExtraError):
        summarize(PAGE.read_bytes())


def test_the_page_declares_its_own_charset(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    body = (
        "<html><head><meta charset='iso-8859-1'><title>Café news</title></head><body><article>"
        "<h1>Café opens in the old town</h1>"
        + "<p>The new café on the market square opened on Monday with a queue of customers. "
        "Its owner, Zoë Martin, said the première had gone better than she had hoped.</p>"
        * 3
        + "</article></body></html>"
    )
    page.write_bytes(body.encode("iso-8859-1"))
    result = summarize(page.read_bytes(), source=str(page))
    assert result.title == "Café opens in the old town"
    assert "Zoë Martin" in result.text


@pytest.mark.parametrize(
    ("data", "name", "content_type", "expected"),
    [
        (b"%PDF-1.7\n...", None, None, "pdf"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", None, None, "html"),
        (b"  \n<html lang='en'><body>", None, None, "html"),
        (b"<!-- saved --><!doctype html>", None, None, "html"),
        (b"Plain words.", "story.html", None, "html"),
        (b"Plain words.", "notes.md", None, "markdown"),
        (b"Plain words.", "https://example.com/a/report.pdf?x=1", None, "pdf"),
        (b"Plain words.", "https://example.com/story", "text/html", "html"),
        (b"Plain words.", None, "text/plain", "text"),
        (b"Plain words.", None, None, "text"),
        ("<!DOCTYPE html><p>x</p>", None, None, "html"),
    ],
)
def test_formats_are_told_by_content_then_name_then_content_type(
    data: bytes | str, name: str | None, content_type: str | None, expected: str
) -> None:
    assert detect_format(data, name=name, content_type=content_type) == expected


def test_a_forced_unknown_format_is_a_usage_error(cli: Cli) -> None:
    result = cli("summarize", PAGE, "--input-format", "docx")
    assert result.code == 2


def test_library_callers_get_the_page_reader_too() -> None:
    summary = summarize(PAGE.read_text(encoding="utf-8"))
    assert summary.format == "html" and summary.title is not None
    with pytest.raises(InputNotUsableError):
        summarize("<!doctype html><html><body></body></html>")


PAGES = ROOT / "tests" / "data" / "pages"
REAL_PAGES = [
    (
        "wikipedia-mozilla.html",
        "Mozilla",
        (
            "One day later, Jamie Zawinski from Netscape registered mozilla.org.",
            'Jamie Zawinski says he came up with the name "Mozilla" at a Netscape staff meeting.',
        ),
        ("Navigation menu", "Random article", "Privacy policy", "Permanent link"),
    ),
    (
        "mozilla-nightly-blog.html",
        "These Weeks in Firefox: Issue 85",
        ("DevTools and Marionette are now fully Fission compatible!",),
        ("Get the Mozilla newsletter", "Recent Comments", "Leave a Reply", "wrote on"),
    ),
    (
        "v8-blog-standalone-wasm.html",
        "Outside the web: standalone WebAssembly binaries using Emscripten",
        ("Disassembling it, it's very minimal - just 87 bytes!",),
        ("Show navigation", "Retweet this article!", "Except as otherwise noted"),
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "body", "chrome"), REAL_PAGES, ids=[page[0] for page in REAL_PAGES]
)
def test_real_saved_pages_keep_their_article_and_drop_their_chrome(
    name: str, title: str, body: tuple[str, ...], chrome: tuple[str, ...]
) -> None:
    from portai.languages import get_language
    from portai.readers import read_article

    article = read_article((PAGES / name).read_bytes(), get_language("english"), format="html")
    assert article.title == title
    text = " ".join(" ".join(s.split()) for s in article.body_sentences)
    for sentence in body:
        assert sentence in text
    for piece in chrome:
        assert piece not in text, piece
    # What trafilatura's Markdown carries that a reader does not see: citation markers in
    # <sup>, other tags, backslash escapes ("optional\_permission").
    assert "<sup>" not in text and "\\[" not in text and "\\_" not in text


def test_citation_markers_and_escapes_do_not_reach_sentences() -> None:
    from portai.languages import get_language
    from portai.readers import read_article

    page = (
        "<!doctype html><html><body><article><h1>Manifesto</h1><p>According to the manifesto,"
        "<sup><a href='#cite-40'>[40]</a></sup> the project_name field and the *stars* stay as "
        "written in every one of the documents that the community has published.</p>"
        "<p>The community has published the manifesto in twelve languages since it began.</p>"
        "</article></body></html>"
    )
    article = read_article(page, get_language("english"), format="html")
    first = article.body_sentences[0]
    assert "[40]" not in first and "<" not in first and "\\" not in first
    assert "project_name" in first
