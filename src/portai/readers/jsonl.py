"""JSONL feeds: a container of records, one JSON object per line, each a document to read.

A record is ``{"id", "text"[, "title", "format"]}``: the shape of a news feed dump. Its
``format`` (default ``auto``: a web page or PDF is told from its content) names the reader for
its ``text``; a crawl dump's ``{"id", "html"}`` is read as a web page. Its ``title`` becomes
the Article's title. A line that is not such a record becomes a ``Record`` with an ``error``, so
one bad line never stops a feed.

Hostile feeds stay bounded: a line is read at most ``MAX_LINE_BYTES`` at a time (a longer one
is that record's error and the rest of it is skipped, never held in memory), a value nested
deeper than ``MAX_NESTING`` or a number too long for Python to convert is that record's error,
and an input that starts like a binary file (``/dev/zero``, an image) is refused as a whole.
Lines are UTF-8: an invalid byte becomes U+FFFD, as does a lone surrogate escape (``"\\udc80"``)
in a record's strings, so every id, title and text is valid Unicode and prints as valid UTF-8.
A byte-order mark before the first record is dropped.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, cast

from portai.errors import InputNotUsableError
from portai.readers import DEFAULT_FORMAT

MAX_LINE_BYTES = 50 * 1024 * 1024  # one record: far beyond any article, a whole book included
MAX_NESTING = 100  # arrays and objects inside each other; a feed record needs two or three
MAX_ID_LENGTH = 1024  # characters of a record's "id": it names files and error lines
_CHUNK = 64 * 1024  # bytes read at a time
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Record:
    """One document of a feed, or the reason its line is not one (``error``)."""

    id: str | None = None
    text: str | None = None
    title: str | None = None
    format: str = DEFAULT_FORMAT
    error: str | None = None


class RecordError(ValueError):
    """A line that is not a usable JSON value (the message says why, without a location)."""


def iter_records(lines: BinaryIO | Iterable[str], name: str) -> Iterator[tuple[str, Record]]:
    """(``"NAME:LINE"``, record) for every non-blank line of a JSONL stream called ``name``:
    a binary stream (read in bounded pieces) or, for callers that already have them, lines of
    text. An input that looks binary gives one record with an error, named ``name``, and ends
    the stream."""
    try:
        for number, line in read_lines(lines, MAX_LINE_BYTES, name=name):
            where = f"{name}:{number}"
            if line is None:
                yield where, _bad(None, f"a line longer than {_mib(MAX_LINE_BYTES)}", where)
                continue
            if not line.strip():
                continue
            try:
                value = load_json(line)
            except RecordError as error:
                yield where, Record(error=f"{where}: {error}")
                continue
            yield where, parse_record(value, where)
    except InputNotUsableError as error:
        yield name, Record(error=str(error))


def read_lines(
    source: BinaryIO | Iterable[str], limit: int, *, name: str = "input"
) -> Iterator[tuple[int, str | None]]:
    """(number, line) for each line of ``source``, without its line ending; ``None`` for a line
    longer than ``limit`` bytes, whose rest is skipped unread. A binary stream (a text stream's
    ``buffer`` is used) is decoded as UTF-8, an invalid byte becoming U+FFFD, and split on
    ``\\n`` only; it is read a piece at a time (``read1``), so a line is yielded as soon as it is
    complete, as a pipe delivers it. Other iterables of ``str`` are taken line by line as they
    come. A leading byte-order mark is dropped. Raises ``InputNotUsableError`` when the stream
    starts like a binary file, or when an over-long line holds NUL bytes (``/dev/zero``)."""
    if isinstance(source, io.TextIOBase) and hasattr(source, "buffer"):
        source = source.buffer
    if hasattr(source, "read") and not isinstance(source, io.TextIOBase):
        yield from _byte_lines(cast(BinaryIO, source), limit, name)
    else:
        yield from _text_lines(source, limit)


def _text_lines(lines: Iterable[str], limit: int) -> Iterator[tuple[int, str | None]]:
    for number, line in enumerate(lines, start=1):
        text = line.removeprefix("\ufeff") if number == 1 else line
        yield number, (None if len(text) > limit else text.rstrip("\r\n"))


def _byte_lines(stream: BinaryIO, limit: int, name: str) -> Iterator[tuple[int, str | None]]:
    from portai.reading import SNIFF_LENGTH, sniff_binary

    read = getattr(stream, "read1", stream.read)
    line = bytearray()  # the current line, so far
    number, too_long, first = 0, False, True
    while True:
        chunk: bytes = read(_CHUNK)
        if first:
            chunk = chunk.removeprefix(codecs.BOM_UTF8)
            kind = sniff_binary(chunk[:SNIFF_LENGTH]) if chunk else None
            if kind is not None:
                raise InputNotUsableError(f"{name} {kind}, not JSONL")
            first = False
        if not chunk:
            break
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if not too_long:
                line += chunk[start:] if end < 0 else chunk[start:end]
                if len(line) > limit:
                    if b"\x00" in line[:SNIFF_LENGTH]:
                        raise InputNotUsableError(
                            f"{name}:{number + 1}: binary data (NUL bytes) in a line longer "
                            f"than {_mib(limit)}; the rest is not read"
                        )
                    too_long = True
                    line.clear()
            if end < 0:
                break
            number += 1
            yield number, None if too_long else _decoded(line, number)
            line.clear()
            too_long = False
            start = end + 1
    if too_long or line:
        yield number + 1, None if too_long else _decoded(line, number + 1)


def _decoded(line: bytearray, number: int) -> str:
    text = line.decode("utf-8", "replace")
    return text.removeprefix("\ufeff") if number == 1 else text  # a BOM in a later piece


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB"


def load_json(line: str) -> object:
    """The JSON value of one line; ``RecordError`` when it is not JSON, is nested deeper than
    ``MAX_NESTING`` or holds a number too long to convert (Python's ``int`` limit)."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError(f"not JSON ({error.msg}, column {error.colno})") from None
    except RecursionError:
        raise RecordError(f"nested deeper than {MAX_NESTING} levels") from None
    except ValueError:  # an integer over sys.get_int_max_str_digits() digits
        digits = sys.get_int_max_str_digits()
        raise RecordError(f"a number longer than {digits} digits") from None
    if line.count("[") + line.count("{") > MAX_NESTING and _depth_over(value, MAX_NESTING):
        raise RecordError(f"nested deeper than {MAX_NESTING} levels")
    return value


def _depth_over(value: object, limit: int) -> bool:
    """Whether arrays and objects nest more than ``limit`` deep (without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, (dict, list)):
            continue
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def valid_unicode(text: str) -> str:
    """``text`` with each lone surrogate (a JSON ``"\\ud800"`` escape, an undecodable byte of a
    file name) replaced by U+FFFD, so that it encodes as UTF-8."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def parse_record(value: object, where: str | None = None) -> Record:
    """The record in a decoded JSON value; a bad one carries an error starting with ``where``
    (e.g. ``feed.jsonl:4``) when given. Strings are made valid Unicode (``valid_unicode``)."""
    if not isinstance(value, dict):
        return _bad(None, "a record must be a JSON object", where)
    record_id, text, title = value.get("id"), value.get("text"), value.get("title")
    document_format = value.get("format", DEFAULT_FORMAT)
    if text is None and "html" in value:  # a crawl dump: {"id", "html"[, "format": "html"]}
        text = value["html"]
        document_format = value.get("format", "html")
    identifier, problem = _identifier(record_id)
    if problem is not None:
        return _bad(None, problem, where)
    if not isinstance(text, str):
        return _bad(identifier, 'a record needs a "text" (or "html") string', where)
    if not isinstance(document_format, str):
        return _bad(identifier, 'a record\'s "format" must be a string', where)
    return Record(
        id=identifier,
        text=valid_unicode(text),
        title=valid_unicode(title) if isinstance(title, str) else None,
        format=valid_unicode(document_format),
    )


def _identifier(value: object) -> tuple[str | None, str | None]:
    """(the record's id as a string, or the problem with it)."""
    if value is None:
        return None, None
    if isinstance(value, str):
        identifier = valid_unicode(value)
    elif isinstance(value, (int, float)):  # bool too, as before: "True"
        try:
            identifier = str(value)
        except ValueError:  # an int over Python's digit limit (a record built in Python)
            digits = sys.get_int_max_str_digits()
            return None, f'a record\'s "id" is a number longer than {digits} digits'
    else:
        return None, 'a record\'s "id" must be a string or a number'
    if len(identifier) > MAX_ID_LENGTH:
        return None, f'a record\'s "id" is longer than {MAX_ID_LENGTH} characters'
    return identifier, None


def _bad(identifier: str | None, problem: str, where: str | None) -> Record:
    return Record(id=identifier, error=f"{where}: {problem}" if where else problem)
