"""The ``html`` reader: a web page -> Article, with the page's boilerplate left out.

trafilatura finds the article in the page (it scores among the best in published main-text
extraction benchmarks) and drops navigation, cookie banners, promos, related links, comments
and footers; its metadata (title, author, date through htmldate, site name) fills the front
matter. The article comes back as Markdown, so headings and lists keep their structure and the
``text`` reader's rules (sections, bylines, datelines) apply as to any Markdown.

trafilatura is the ``portai[web]`` extra: 0.3 s to import, with lxml and htmldate; it is
imported only when a page is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from portai.errors import InputNotUsableError, MissingExtraError
from portai.languages import Language
from portai.models import Article
from portai.readers.cleaning import remove_enclosed
from portai.readers.text import parse_article
from portai.reading import check_text, decode_bytes

# trafilatura refuses trees beyond this many elements: a hostile page cannot run away.
MAX_TREE_SIZE = 200_000
MIN_ARTICLE_WORDS = 5  # fewer, and the page has no article
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|\||\band\b|&)\s*")


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page: the article as Markdown, and its metadata."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    site: str | None = None
    language: str | None = None


def read_html_article(
    data: bytes | str,
    language: Language,
    *,
    title: str | None = None,
    encoding: str | None = None,
) -> Article:
    """The Article in a web page: the main text's sentences, the page's title, author and
    date. InputNotUsableError when the page holds no article text."""
    page = extract_page(data, encoding)
    # The page's own <h1> heads the Markdown when it has one: it is the title then, not a
    # section heading; the metadata's title serves a page without.
    opens_with_heading = page.text.startswith("# ")
    article = parse_article(
        page.text, language, title=title or (None if opens_with_heading else page.title)
    )
    bylines = article.bylines or tuple(f"By {author}" for author in page.authors)
    return replace(article, bylines=bylines, date=article.date or page.date)


def html_text(data: bytes | str, encoding: str | None = None) -> str:
    """The article text of a page, for language detection (the extraction is kept for the
    reader that follows)."""
    return extract_page(data, encoding).text


def extract_page(data: bytes | str, encoding: str | None = None) -> Page:
    """trafilatura's reading of a page (the last few are kept: detection and reading ask for
    the same page)."""
    return _extract(data, encoding)


@lru_cache(maxsize=4)
def _extract(data: bytes | str, encoding: str | None) -> Page:
    trafilatura = _trafilatura()
    markup = _markup(data, encoding)
    document: Any = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        config=_settings(),
    )
    from trafilatura.xml import xmltotxt

    text = _readable(xmltotxt(document.body, True)) if document is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS and not _has_cjk(text):
        # Nothing, or what trafilatura's fallback kept of a menu ("Home"): not an article.
        raise InputNotUsableError("no article text found in the page")
    site = _clean(document.sitename) or _clean(document.hostname)
    return Page(
        text=text,
        title=_without_site(_clean(document.title), site),
        authors=_authors(document.author),
        date=_clean(document.date),
        site=site,
        language=_clean(document.language),
    )


def _markup(data: bytes | str, encoding: str | None) -> str:
    """The page as text: the user's ``--encoding``, else the page's own declaration or a
    detected one (see ``reading.decode_bytes``)."""
    if isinstance(data, str):
        return check_text(data)
    declared = encoding or _declared_charset(data[:4096])
    try:
        return decode_bytes(data, declared)
    except InputNotUsableError:
        if declared is None or encoding is not None:
            raise
        return decode_bytes(data)  # a wrong <meta charset>: detect instead


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# trafilatura's Markdown keeps <sup>/<sub> as HTML and escapes Markdown's own characters
# ("optional\_permission", "\[40\]"): a reader sees neither.
_SUPERSCRIPT = re.compile(r"<sup>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def _readable(markdown: str) -> str:
    """The Markdown as a reader sees it: footnote and citation markers (<sup>[40]</sup>) gone,
    other inline tags and backslash escapes removed."""
    # In linear time: "<sup>.*?</sup>" is quadratic on a page of unclosed <sup> tags.
    text = remove_enclosed(
        markdown, _SUPERSCRIPT, lambda _: "</sup>", replacement="", flags=re.IGNORECASE
    )
    text = _TAG.sub("", text)
    return _ESCAPE.sub(r"\1", text).strip()


_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ")


def _without_site(title: str | None, site: str | None) -> str | None:
    """'These Weeks in Firefox – Firefox Nightly News' -> 'These Weeks in Firefox' when the
    site is Firefox Nightly News; a title is kept whole otherwise."""
    if not title or not site:
        return title
    for separator in _TITLE_SEPARATORS:
        suffix = separator + site
        if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    return title


def _has_cjk(text: str) -> bool:
    """Chinese or Japanese text has no spaces to count words by."""
    return any("\u3040" <= ch <= "\u9fff" for ch in text[:200])


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name for name in _AUTHOR_SEPARATORS.split(value.strip()) if name)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


@lru_cache(maxsize=1)
def _settings() -> Any:
    """trafilatura's settings with a bound on the page's size in elements."""
    from trafilatura.settings import use_config

    settings = use_config()
    settings.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return settings


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("web pages need trafilatura", "web") from None
    return trafilatura
