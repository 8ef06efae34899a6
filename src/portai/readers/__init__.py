"""Document readers: a registry of formats, each turning input into an ``Article``.

    >>> from portai.readers import read_article
    >>> from portai.languages import get_language
    >>> article = read_article("# Title\\n\\nFirst sentence. Second one.", get_language("en"))

A reader is ``read(data, language, *, title=None, encoding=None) -> Article``: ``data`` is
bytes (as read from a file) or text (a feed record's), ``title`` a title known from elsewhere
(never pasted above the text), ``encoding`` the user's ``--encoding``. Add a format with
``register_reader(name, read)``. Containers that hold many documents (JSONL feeds, see
``readers.jsonl``) are not formats: they yield records, each in one of these formats.
"""

from __future__ import annotations

import re
from typing import Protocol

from portai.errors import UsageError
from portai.languages import Language
from portai.models import Article
from portai.readers.html import html_text, read_html_article
from portai.readers.text import read_text_article
from portai.reading import decode_bytes

AUTO_FORMAT = "auto"  # tell the format from the content, then the name, then the Content-Type
DEFAULT_FORMAT = AUTO_FORMAT


class Reader(Protocol):
    def __call__(
        self,
        data: bytes | str,
        language: Language,
        *,
        title: str | None = None,
        encoding: str | None = None,
    ) -> Article: ...


READERS: dict[str, Reader] = {}


def register_reader(name: str, read: Reader) -> Reader:
    """Make format ``name`` readable everywhere a format is given (records' ``"format"``)."""
    READERS[name.lower()] = read
    return read


def get_reader(name: str) -> Reader:
    try:
        return READERS[name.lower()]
    except KeyError:
        raise UsageError(
            f"unknown input format: {name} (choose from {AUTO_FORMAT}, {', '.join(READERS)})"
        ) from None


_SUFFIXES = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".md": "markdown",
    ".markdown": "markdown", ".txt": "text",
}  # fmt: skip
_MEDIA_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf",
    "text/markdown": "markdown", "text/x-markdown": "markdown", "text/plain": "text",
}  # fmt: skip
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)


def detect_format(
    data: bytes | str, *, name: str | None = None, content_type: str | None = None
) -> str:
    """The format of an input: from its content first (``%PDF-``, ``<!doctype html``,
    ``<html``), then its name's extension, then a server's Content-Type; else ``text``."""
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "replace")
    head = head.removeprefix(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"%PDF-"):
        return "pdf"
    if _HTML_START.match(head):
        return "html"
    if name:
        path = name.split("?", 1)[0].split("#", 1)[0].lower()
        for suffix, found in _SUFFIXES.items():
            if path.endswith(suffix):
                return found
    if content_type and content_type.lower() in _MEDIA_TYPES:
        return _MEDIA_TYPES[content_type.lower()]
    return "text"


def resolve_format(
    format: str, data: bytes | str, *, name: str | None = None, content_type: str | None = None
) -> str:
    """``format`` itself, or the detected one for ``auto``; UsageError for an unknown one."""
    if format.lower() == AUTO_FORMAT:
        return detect_format(data, name=name, content_type=content_type)
    get_reader(format)
    return format.lower()


def read_article(
    data: bytes | str,
    language: Language,
    *,
    format: str = DEFAULT_FORMAT,
    title: str | None = None,
    encoding: str | None = None,
) -> Article:
    """The Article in ``data``, read as ``format`` (``auto``: see ``detect_format``)."""
    format = resolve_format(format, data)
    return get_reader(format)(data, language, title=title, encoding=encoding)


def is_text_format(format: str) -> bool:
    """Whether ``format`` is read by the text reader (text, Markdown), which takes the text that
    ``detection_text`` decoded as it is."""
    return get_reader(format) is read_text_article


def detection_text(data: bytes | str, *, format: str, encoding: str | None = None) -> str:
    """The text ``--language auto`` looks at. For the text formats it is the input decoded (and
    checked) once, which the reader then takes as it is; for a page, the article trafilatura
    finds; for a PDF, its text layer; other formats' bytes are read leniently."""
    reader = get_reader(format)
    if reader is read_html_article:
        return html_text(data, encoding)
    if isinstance(data, str):
        return data
    if is_text_format(format):
        return decode_bytes(data, encoding)
    if reader is _read_pdf:
        from portai.readers.pdf import pdf_text

        return pdf_text(data)
    return data[:65_536].decode(encoding or "utf-8", errors="replace")


def _read_pdf(
    data: bytes | str, language: Language, *, title: str | None = None, encoding: str | None = None
) -> Article:
    from portai.readers.pdf import read_pdf_article  # pypdfium2 is loaded only for a PDF

    return read_pdf_article(data, language, title=title, encoding=encoding)


# Plain text and Markdown are one reader: Markdown-ish structure is read from plain text.
register_reader("text", read_text_article)
register_reader("markdown", read_text_article)
register_reader("html", read_html_article)
register_reader("pdf", _read_pdf)

__all__ = [
    "AUTO_FORMAT",
    "READERS",
    "Reader",
    "detect_format",
    "detection_text",
    "get_reader",
    "is_text_format",
    "read_article",
    "register_reader",
    "resolve_format",
]
