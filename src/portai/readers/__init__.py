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

from typing import Protocol

from portai.errors import UsageError
from portai.languages import Language
from portai.models import Article
from portai.readers.text import read_text_article
from portai.reading import decode_bytes

DEFAULT_FORMAT = "text"


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
            f"unknown input format: {name} (choose from {', '.join(READERS)})"
        ) from None


def read_article(
    data: bytes | str,
    language: Language,
    *,
    format: str = DEFAULT_FORMAT,
    title: str | None = None,
    encoding: str | None = None,
) -> Article:
    """The Article in ``data``, read as ``format``."""
    return get_reader(format)(data, language, title=title, encoding=encoding)


def detection_text(data: bytes | str, *, format: str, encoding: str | None = None) -> str:
    """The text ``--language auto`` looks at. For the text formats it is the input decoded (and
    checked) once, which the reader then takes as it is; other formats' bytes are read
    leniently, for detection only."""
    if isinstance(data, str):
        return data
    if get_reader(format) is read_text_article:
        return decode_bytes(data, encoding)
    return data[:65_536].decode(encoding or "utf-8", errors="replace")


# Plain text and Markdown are one reader: Markdown-ish structure is read from plain text.
register_reader("text", read_text_article)
register_reader("markdown", read_text_article)

__all__ = ["READERS", "Reader", "detection_text", "get_reader", "read_article", "register_reader"]
