"""The ``pdf`` reader: a PDF's text layer -> Article, with the page furniture taken out.

    >>> from portai.languages import get_language
    >>> article = read_pdf_article(open("report.pdf", "rb").read(), get_language("en"))

The text layer is read with PDFium (``pypdfium2``, the ``pdf`` extra), chosen for its speed and
extraction quality on real papers and reports (``benchmarks/pdf_extraction.py``). What a PDF
viewer shows is not running prose, so the page texts are cleaned before ``parse_article`` sees
them (``clean_pages``, which takes any library's page texts):

- running headers and footers are dropped: a line that, with its digits read as ``#``, recurs
  among the top or bottom lines of at least half the pages (of two or more);
- page-number lines ("3", "- 3 -", "Page 3", "Page 3 of 10", "3/10") are dropped;
- a word hyphenated at a line end is joined ("infor-" + "mation" -> "information"), keeping the
  hyphen when the document itself writes the word with one elsewhere ("well-known");
- hard-wrapped lines are joined into paragraphs, one a line, separated by blank lines; a short
  line without closing punctuation that opens a paragraph becomes a Markdown heading, so
  ``parse_article`` reads it as a section heading rather than a sentence.

The PDF's title metadata is the title when none is given (and the title lines at the top of the
first page are not repeated in the body). At most ``MAX_PAGES`` (2,000) pages are read; the rest
of a longer PDF is ignored. A PDF with no text at all (a scan) is refused with one line.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from portai.errors import InputNotUsableError, MissingExtraError
from portai.languages import Language
from portai.models import Article
from portai.readers.text import parse_article

MAX_PAGES = 2_000
NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?): PortAI reads text, not images"

_RUNNING_ZONE = 3  # lines at the top and at the bottom of a page that may be headers/footers
_DASHES = "-–—"
_PAGE_NUMBER = re.compile(
    rf"""^(?:
        [{_DASHES}]?\s*\d{{1,4}}\s*[{_DASHES}]?            # 3, - 3 -
        | (?:page|p\.)\s*\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?  # Page 3, Page 3 of 10
        | \d{{1,4}}\s*(?:/|of)\s*\d{{1,4}}                  # 3/10, 3 of 10
        | [ivxlc]{{1,6}}                                    # roman: iv
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A running line that carries the page number ("Office of the Clerk · May 2, 2022 · Page 2 of 3").
_ENDS_WITH_PAGE = re.compile(r"\bpage\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_HYPHENATED_END = re.compile(r"(?P<word>[^\W\d_]+)[-\u2010\u00ad]$")
_WORD_AT_START = re.compile(r"^(?P<word>[^\W\d_][\w'’]*)")
_BULLET_ONLY = re.compile(r"^[•▪◦●○■□‣⁃∙·*-]$")
_BULLET_START = re.compile(r"^(?:[•▪◦●○■□‣⁃∙]|[-*]\s|\d{1,2}[.)]\s)")
_TERMINAL = ".!?…:;。！？"
_CLOSERS = "\"'”’»)]"
_HEADING_MAX_WORDS = 12
_FILE_NAME_TITLE = re.compile(r"\.(?:docx?|odt|rtf|pdf|tex|dvi|indd|pptx?|xlsx?)$", re.IGNORECASE)


def read_pdf_article(
    data: bytes | str,
    language: Language,
    *,
    title: str | None = None,
    encoding: str | None = None,  # a PDF declares its own encodings; kept for the Reader protocol
) -> Article:
    """The Article in the PDF ``data`` (its bytes), titled ``title`` or the PDF's own title."""
    text, pdf_title = _read(data)
    return parse_article(text, language, title=title or pdf_title)


def pdf_text(data: bytes) -> str:
    """The cleaned text of the PDF ``data``, as ``read_pdf_article`` parses it (for detection)."""
    return _read(data)[0]


def clean_pages(pages: Sequence[str], title: str | None = None) -> str:
    """Page texts (one string a page, lines split by newlines) -> paragraphs split by blank lines.

    ``title``, when given, is dropped from the top of the first page if it is written there.
    """
    page_lines = _drop_line_numbers([_page_lines(page) for page in pages])
    running = _running_lines(page_lines)
    lines: list[str] = []
    for number, page in enumerate(page_lines):
        kept = _drop_furniture(page, running)
        if number == 0 and title:
            kept = _drop_title(kept, title)
        if lines and lines[-1] and kept and not kept[0]:
            kept = kept[1:]
        lines.extend(kept)
    return "\n\n".join(_paragraphs(_join_hyphenated(lines)))


# --- reading the PDF -------------------------------------------------------------------------


def _read(data: bytes | str) -> tuple[str, str | None]:
    if isinstance(data, str):
        raise InputNotUsableError("a PDF is read from its bytes, not from text: give the file")
    pdfium = _pdfium()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputNotUsableError(_open_error(pdfium, error)) from None
    except Exception:  # PDFium refuses some inputs before parsing them (e.g. empty bytes)
        raise InputNotUsableError(
            "the input is not a readable PDF (damaged, or not a PDF)"
        ) from None
    try:
        pages = _page_texts(pdfium, document)
        title = _metadata_title(document)
    finally:
        document.close()
    text = clean_pages(pages, title)
    if not re.search(r"\w", text):
        raise InputNotUsableError(NO_TEXT_LAYER)
    return text, title


def _pdfium() -> Any:
    try:
        import pypdfium2
    except ImportError:
        raise MissingExtraError("PDF input needs pypdfium2", "pdf") from None
    return pypdfium2


def _open_error(pdfium: Any, error: Exception) -> str:
    code = getattr(error, "err_code", None)
    if code in (pdfium.raw.FPDF_ERR_PASSWORD, pdfium.raw.FPDF_ERR_SECURITY):
        return "the PDF is encrypted: PortAI cannot open password-protected PDFs"
    return "the input is not a readable PDF (damaged, or not a PDF)"


def _page_texts(pdfium: Any, document: Any) -> list[str]:
    """The text of each of the first MAX_PAGES pages; a page PDFium cannot load is empty."""
    texts: list[str] = []
    for index in range(min(len(document), MAX_PAGES)):
        try:
            page = document[index]
        except pdfium.PdfiumError:
            texts.append("")
            continue
        try:
            textpage = page.get_textpage()
            try:
                texts.append(str(textpage.get_text_bounded()))
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            texts.append("")
        finally:
            page.close()
    return texts


def _metadata_title(document: Any) -> str | None:
    """The Title entry of the document information, unless it is empty or a file name."""
    try:
        raw = document.get_metadata_value("Title")
    except Exception:  # a damaged info dictionary: there is no title to use
        return None
    title = re.sub(r"\s+", " ", str(raw or "")).strip()
    if not re.search(r"[^\W\d_]{2}", title) or len(title) > 300:
        return None
    if _FILE_NAME_TITLE.search(title) or title.lower() in {"untitled", "title", "document"}:
        return None
    return re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title)


# --- page furniture ----------------------------------------------------------------------------


def _page_lines(page: str) -> list[str]:
    """A page's lines, stripped; "" marks a blank line. PDFium marks a hyphen it took out of a
    line end with U+0002 (or U+FFFE) and joins the lines: the line break is put back."""
    page = re.sub(r"[\x02\ufffe]", "-\n", page.replace("\r\n", "\n").replace("\r", "\n"))
    page = page.replace("\x0c", "\n").replace("\x00", "")
    lines: list[str] = []
    for raw in page.split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


_LINE_NUMBER = re.compile(r"^(\d{1,4}) (?=\S)")
_MIN_NUMBERED = 5  # lines on a page before numbers at line starts can be a margin's


def _drop_line_numbers(pages: list[list[str]]) -> list[list[str]]:
    """Review drafts number their lines in the margin ("6 In recent years …", "7 tation …").
    A document is numbered when on some page most lines open with a number and the numbers
    count up in small steps; then every page's counting numbers go (a page with a table has
    fewer of them). A table's first column rarely counts up line by line."""
    found = [_counting_numbers(lines) for lines in pages]
    if not any(
        len(numbers) >= 0.5 * sum(1 for line in lines if line)
        for numbers, lines in zip(found, pages, strict=True)
        if numbers
    ):
        return pages
    cleaned = []
    for numbers, lines in zip(found, pages, strict=True):
        kept = list(lines)
        for index in numbers:
            kept[index] = _LINE_NUMBER.sub("", kept[index])
        cleaned.append(kept)
    return cleaned


def _counting_numbers(lines: list[str]) -> list[int]:
    """Indexes of the lines that open with a number, when at least five do and the numbers
    count up in steps of 1 to 5; else none."""
    numbered = [
        (index, int(match.group(1)))
        for index, line in enumerate(lines)
        if (match := _LINE_NUMBER.match(line))
    ]
    if len(numbered) < _MIN_NUMBERED:
        return []
    steps = [after - before for (_, before), (_, after) in pairwise(numbered)]
    if sum(1 for step in steps if 0 < step <= 5) < 0.8 * len(steps):
        return []
    return [index for index, _ in numbered]


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _zones(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the top and bottom non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line]
    return filled[:_RUNNING_ZONE], filled[-_RUNNING_ZONE:]


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines repeated at the top or bottom of at least half the pages (2 pages or more)."""
    with_text = [lines for lines in pages if any(lines)]
    if len(with_text) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in with_text:
        top, bottom = _zones(lines)
        counts.update({_running_key(lines[i]) for i in top + bottom})
    needed = max(2, math.ceil(len(with_text) / 2))
    return {key for key, count in counts.items() if count >= needed}


def _drop_furniture(lines: list[str], running: set[str]) -> list[str]:
    top, bottom = _zones(lines)
    zone = set(top + bottom)
    kept = [
        line
        for i, line in enumerate(lines)
        if not (
            _PAGE_NUMBER.match(line)
            or (i in zone and (_running_key(line) in running or _ENDS_WITH_PAGE.search(line)))
        )
    ]
    while kept and not kept[0]:
        kept.pop(0)
    return kept


def _drop_title(lines: list[str], title: str) -> list[str]:
    """Drop the first lines when together they are ``title`` (the title a page opens with)."""
    wanted = _comparable(title)
    filled = [i for i, line in enumerate(lines) if line][:4]
    for count in range(1, len(filled) + 1):
        if _comparable(" ".join(lines[i] for i in filled[:count])) == wanted:
            rest = lines[filled[count - 1] + 1 :]
            while rest and not rest[0]:
                rest.pop(0)
            return rest
    return lines


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


# --- lines -> paragraphs -----------------------------------------------------------------------


def _join_hyphenated(lines: list[str]) -> list[str]:
    """Join a word broken at a line end with a hyphen to its rest on the next line.

    The hyphen goes ("infor-" + "mation") unless the document writes the hyphenated word
    elsewhere and never the joined one ("well-" + "known", with "well-known" further on).
    """
    words = Counter(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", " ".join(lines).lower()))
    joined: list[str] = []
    for line in lines:
        end = _HYPHENATED_END.search(joined[-1]) if joined and joined[-1] else None
        start = _WORD_AT_START.match(line)
        if end and start and line[0].islower():
            head, tail = end["word"].lower(), start["word"].lower()
            keep = words[f"{head}-{tail}"] > 0 and not words[head + tail]
            joined[-1] = joined[-1][: end.end("word")] + ("-" if keep else "") + line
            continue
        joined.append(line)
    return joined


def _paragraphs(lines: list[str]) -> list[str]:
    """Hard-wrapped lines -> paragraphs (one string each); headings as Markdown headings."""
    filled = [len(line) for line in lines if len(line) >= 20]
    width = _typical_width(filled)
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    pending_bullet = False
    for index, line in enumerate(lines):
        if not line:
            close()
            continue
        if _BULLET_ONLY.match(line):
            close()
            pending_bullet = True
            continue
        text = f"• {line}" if pending_bullet else line
        pending_bullet = False
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # A heading opens a paragraph; after a full line that ends a sentence it does too.
        opens = not current or _last_mark(current[-1]) in _TERMINAL
        if opens and _is_heading(text, _next_filled(lines, index), width):
            close()
            paragraphs.append(f"## {text}")
            continue
        if current and _BULLET_START.match(text):
            close()
        current.append(text)
        if _ends_paragraph(text, following, width):
            close()
    close()
    return paragraphs


def _typical_width(lengths: list[int]) -> float:
    """The length of a full line: the upper quartile of line lengths (0 when there are none)."""
    if len(lengths) < 4:
        return float(max(lengths, default=0))
    return statistics.quantiles(lengths, n=4)[2]


def _next_filled(lines: list[str], index: int) -> str:
    """The next non-blank line after ``index`` ("" at the end)."""
    for position in range(index + 1, len(lines)):
        if lines[position]:
            return lines[position]
    return ""


def _last_mark(line: str) -> str:
    stripped = line.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def _starts_upper(line: str) -> bool:
    first = next((ch for ch in line if ch.isalnum()), "")
    return (
        first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper())
    )


def _is_short(line: str, width: float) -> bool:
    return len(line) < 0.75 * width


def _is_heading(line: str, following: str, width: float) -> bool:
    """A short line without closing punctuation, opening a paragraph that follows it."""
    return (
        bool(following)
        and len(line.split()) <= _HEADING_MAX_WORDS
        and _is_short(line, width)
        and _last_mark(line) not in _TERMINAL + ","
        and line[-1] not in _DASHES
        and _starts_upper(line)
        and not _BULLET_START.match(line)
        and _starts_upper(following)
        and not _BULLET_START.match(following)
        and len(following.split()) > _HEADING_MAX_WORDS // 2
    )


def _ends_paragraph(line: str, following: str, width: float) -> bool:
    """The line is short (a wrapped line fills the width) and the next one starts anew: with a
    capital, a digit or a bullet. A lower-case start continues the sentence whatever the length.
    """
    if not following:
        return True
    return _is_short(line, width) and (
        _starts_upper(following) or bool(_BULLET_START.match(following))
    )


__all__ = ["MAX_PAGES", "NO_TEXT_LAYER", "clean_pages", "pdf_text", "read_pdf_article"]
