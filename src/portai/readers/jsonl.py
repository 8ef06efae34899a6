"""JSONL feeds: a container of records, one JSON object per line, each a document to read.

A record is ``{"id", "text"[, "title", "format"]}``: the shape of a news feed dump. Its
``format`` (default ``auto``: a web page or PDF is told from its content) names the reader for
its ``text``; a crawl dump's ``{"id", "html"}`` is read as a web page. Its ``title`` becomes
the Article's title. A line that is not such a record becomes a ``Record`` with an ``error``, so
one bad line never stops a feed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from portai.readers import DEFAULT_FORMAT


@dataclass(frozen=True)
class Record:
    """One document of a feed, or the reason its line is not one (``error``)."""

    id: str | None = None
    text: str | None = None
    title: str | None = None
    format: str = DEFAULT_FORMAT
    error: str | None = None


def iter_records(lines: Iterable[str], name: str) -> Iterator[tuple[str, Record]]:
    """(``"NAME:LINE"``, record) for every non-blank line of a JSONL stream called ``name``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield where, Record(error=f"{where}: not JSON ({error.msg}, column {error.colno})")
            continue
        yield where, parse_record(value, where)


def parse_record(value: object, where: str | None = None) -> Record:
    """The record in a decoded JSON value; a bad one carries an error starting with ``where``
    (e.g. ``feed.jsonl:4``) when given."""
    if not isinstance(value, dict):
        return _bad(None, "a record must be a JSON object", where)
    record_id, text, title = value.get("id"), value.get("text"), value.get("title")
    document_format = value.get("format", DEFAULT_FORMAT)
    if text is None and "html" in value:  # a crawl dump: {"id", "html"[, "format": "html"]}
        text = value["html"]
        document_format = value.get("format", "html")
    identifier = str(record_id) if record_id is not None else None
    if not isinstance(text, str):
        return _bad(identifier, 'a record needs a "text" (or "html") string', where)
    if not isinstance(document_format, str):
        return _bad(identifier, 'a record\'s "format" must be a string', where)
    return Record(
        id=identifier,
        text=text,
        title=title if isinstance(title, str) else None,
        format=document_format,
    )


def _bad(identifier: str | None, problem: str, where: str | None) -> Record:
    return Record(id=identifier, error=f"{where}: {problem}" if where else problem)
