"""Input to text: read a path, "-" or stdin as bytes; decode bytes (encodings, line endings) or
check a string; refuse what is not text."""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from portai.errors import InputNotReadableError, InputNotUsableError, UsageError

MAX_INPUT_BYTES = 200 * 1024 * 1024  # far beyond any book; guards against /dev/zero and the like
# How much of the start shows an input is binary (a NUL byte in it).
SNIFF_LENGTH = 8192

# Formats people pipe in by mistake; named so the error says what the file is.
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document: read it with --input-format pdf (or auto)"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
)

_PREFERRED_CODE_PAGE = "cp1252"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(name: str) -> bool:
    """True for an http:// or https:// URL (any case); a path or another scheme is not one."""
    return name[:8].lower().startswith(("http://", "https://"))


def looks_like_url(name: str) -> bool:
    """True for anything written ``scheme://…`` (``ftp://``, ``file://`` too): such a name is
    handed to ``fetching.fetch`` (which refuses the other schemes), not to the file reader.
    Here, not in ``fetching``, so that reading a file never imports urllib and ssl."""
    return _SCHEME.match(name) is not None


@dataclass(frozen=True)
class Input:
    """An input's bytes, and for a URL what the server said about them."""

    data: bytes
    url: str | None = None  # the URL after redirects
    content_type: str | None = None  # "text/html", "application/pdf", ...
    charset: str | None = None  # from the Content-Type header


def read_input(
    source: str | None, stdin: BinaryIO | None = None, *, timeout: float | None = None
) -> Input:
    """A path's, stdin's (``"-"`` or None) or an http(s) URL's bytes. Only a URL touches the
    network (see ``fetching``); ``timeout`` is its limit in seconds (default 20)."""
    if source is not None and looks_like_url(source):  # "ftp://…" is refused there
        from portai import fetching

        limit = fetching.DEFAULT_TIMEOUT if timeout is None else timeout
        fetched = fetching.fetch(source, timeout=limit)
        return Input(fetched.data, fetched.url, fetched.content_type, fetched.charset)
    return Input(read_bytes(source, stdin))


def read_bytes(source: str | None, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of ``source`` (a path, ``"-"`` or ``None`` for stdin), at most
    ``MAX_INPUT_BYTES``: a reader decodes them as its format says."""
    if source is None or source == "-":
        return _read_stream(stdin if stdin is not None else sys.stdin.buffer)
    return _read_file(Path(source))


def _read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return _read_stream(handle)
    except FileNotFoundError:
        raise InputNotReadableError(f"no such file: {path}") from None
    except PermissionError:
        raise InputNotReadableError(f"permission denied: {path}") from None
    except IsADirectoryError:
        raise InputNotReadableError(f"{path} is a directory, not a file") from None
    except OSError as error:
        raise InputNotReadableError(f"cannot read {path}: {error.strerror or error}") from None


def _read_stream(stream: BinaryIO) -> bytes:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputNotUsableError(
            f"input is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; split it first"
        )
    return data


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode bytes to text with ``\\n`` line endings, or explain why they are not text."""
    if not data.strip():
        raise InputNotUsableError("input is empty")
    text = _decode_with(data, encoding) if encoding is not None else _decode_detected(data)
    return _usable_text(text)


def check_text(text: str) -> str:
    """Text that arrived as a string (a feed record's): the checks ``decode_bytes`` makes after
    decoding. A leading byte-order mark goes; lone surrogates (no character) are refused."""
    if not text.strip():
        raise InputNotUsableError("input is empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputNotUsableError(
            f"input is not valid Unicode (a lone surrogate at character {error.start})"
        ) from None
    if "\x00" in text[:SNIFF_LENGTH]:  # what sniff_binary catches in bytes
        raise InputNotUsableError("input looks binary, not text")
    return _usable_text(text.removeprefix("\ufeff"))


def _usable_text(text: str) -> str:
    """Decoded text with ``\\n`` line endings; empty or binary-looking text is refused."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputNotUsableError("input is empty")
    if _looks_binary(text):
        raise InputNotUsableError("input looks binary, not text")
    return text


# Codecs Python calls text encodings that no article is written in: domain-name encodings, and
# one that refuses everything.
_NOT_ARTICLE_ENCODINGS = frozenset({"punycode", "idna", "undefined"})


def check_encoding(encoding: str) -> None:
    """Raise UsageError for an encoding name Python does not know, and for a codec that is not
    a text encoding (rot13, base64, uu, zlib: bytes to bytes or text to text; punycode and
    idna: domain names)."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        raise UsageError(f"unknown encoding: {encoding}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_ARTICLE_ENCODINGS:
        what = "domain names" if info.name in ("punycode", "idna") else "data"
        raise UsageError(
            f"encoding {encoding} is a codec for {what}, not a text encoding; "
            "give one such as utf-8, cp1252 or latin-1"
        )


def _decode_with(data: bytes, encoding: str) -> str:
    check_encoding(encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputNotUsableError(
            f"input is not valid {encoding} (byte {error.start}); try another --encoding"
        ) from None
    except UnicodeError:  # a codec that fails without saying where
        raise InputNotUsableError(
            f"input is not valid {encoding}; try another --encoding"
        ) from None


def _decode_detected(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputNotUsableError(
                    f"input has a {codec} byte-order mark but is not valid {codec}"
                ) from None
    kind = sniff_binary(data)
    if kind is not None:
        raise InputNotUsableError(f"input {kind}, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Only legacy 8-bit text gets here: let a maintained detector pick the code page.
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputNotUsableError("cannot tell the text encoding of the input; give --encoding")
    # On mostly-ASCII text several code pages decode equally well (cp1250 and cp1252 tie on
    # "café"); then prefer Windows-1252, by far the most common legacy encoding for such text.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any(_PREFERRED_CODE_PAGE in m.could_be_from_charset for m in tied):
        return data.decode(_PREFERRED_CODE_PAGE)
    return str(best)


def sniff_binary(data: bytes) -> str | None:
    """What the bytes are when their start shows they are not text ("is a PNG image", "looks
    binary"); None when they may be text. A byte-order mark counts as text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            return f"is {kind}"
    if b"\x00" in data[:SNIFF_LENGTH]:
        return "looks binary"
    return None


# Control characters other than the whitespace ones (\t \n \v \f); \r is gone by then.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0d-\x1f]")


def _looks_binary(text: str) -> bool:
    """True when control characters (other than whitespace) make up a noticeable share."""
    sample = text[:65536]
    controls = len(_CONTROL_CHARACTERS.findall(sample))
    return controls > max(8, len(sample) // 100)
