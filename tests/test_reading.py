"""Reading input: encodings, line endings, and input that is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from portai.errors import InputNotReadableError, InputNotUsableError, UsageError
from portai.reading import check_text, decode_bytes, read_bytes

TEXT = "Café owners in Zürich said “prices” rose — again.\nNaïve buyers paid €5.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
        TEXT.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be", "utf-32"],
)
def test_unicode_encodings(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_newlines(newline: str) -> None:
    assert decode_bytes(TEXT.replace("\n", newline).encode()) == TEXT


def test_legacy_code_page_is_detected_not_mangled() -> None:
    text = (
        "The café’s owner said the “crème brûlée” was the best in town – and the naïve "
        "critics agreed. Prices rose to €12, which regulars called “outrageous”.\n"
    ) * 3
    assert decode_bytes(text.encode("cp1252")) == text


def test_explicit_encoding_wins() -> None:
    assert decode_bytes("Olá, João.".encode("latin-1"), "latin-1") == "Olá, João."


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding"):
        decode_bytes(b"text", "no-such-codec")


def test_wrong_explicit_encoding_is_reported() -> None:
    with pytest.raises(InputNotUsableError, match="not valid utf-8"):
        decode_bytes("Olá".encode("latin-1"), "utf-8")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", codecs.BOM_UTF8 + b"  \n"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(InputNotUsableError, match="empty"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), "executable"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7\n", "PDF"),
        (b"hello\x00world\x00\x01\x02", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_binary_input_is_refused(data: bytes, kind: str) -> None:
    with pytest.raises(InputNotUsableError, match=kind):
        decode_bytes(data)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotReadableError, match="no such file"):
        read_bytes(str(tmp_path / "nope.txt"))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputNotReadableError, match="is a directory"):
        read_bytes(str(tmp_path))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root (as in CI) can read a chmod-000 file, so simulate the refusal the OS would give.
    path = tmp_path / "secret.txt"
    path.write_text("Some text.")

    def deny(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(InputNotReadableError, match="permission denied"):
        read_bytes(str(path))


def test_a_record_s_text_is_checked_as_text() -> None:
    # Feed records arrive as strings: no decoding, the same checks after it.
    assert check_text("\ufeffMZ is a town.\r\nIt is small.") == "MZ is a town.\nIt is small."
    with pytest.raises(InputNotUsableError, match="not valid Unicode"):
        check_text("A lone \ud800 surrogate.")
    with pytest.raises(InputNotUsableError, match="binary"):
        check_text("text\x00with a NUL")
    with pytest.raises(InputNotUsableError, match="empty"):
        check_text("\ufeff \r\n")
