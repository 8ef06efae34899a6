"""The PDF reader: PDFs made here with fpdf2, read back with pypdfium2 (the ``pdf`` extra)."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("fpdf")

from fpdf import FPDF

from portai.errors import InputNotUsableError, MissingExtraError
from portai.languages import get_language
from portai.readers import pdf as pdf_reader
from portai.readers.pdf import NO_TEXT_LAYER, clean_pages, pdf_text, read_pdf_article

ENGLISH = get_language("english")

# Each page is a list of lines as they are set, broken where a typesetter would break them.
PAGE_ONE = [
    "Reservoir Levels",
    "The main reservoir held more water this quarter than in any quarter since the",
    "district began keeping records. Engineers measured the level every morning and",
    "found a steady rise through the spring. The new intake screens worked as planned",
    "and the treatment plant ran without a single unplanned stop.",
    "",
    "Heavy rain in April filled the upper basin quickly. The district shared infor-",
    "mation about the rising water with farmers downstream every day, and no field",
    "was flooded during the whole season. Crews cleared the spillway twice so that the",
]
PAGE_TWO = [
    "water could pass freely, and the dam showed no sign of strain at any point.",
    "",
    "Water Quality",
    "Laboratory tests found the water clean and safe in every sample taken this",
    "quarter. The district replaced old lead pipes on four streets near the school,",
    "and households there now receive water that meets the strictest standard.",
    "",
    "Customers reported fewer problems than last year. Most calls were about billing",
    "rather than the water itself, and the office answered them within two days.",
]


class _Report(FPDF):
    """A report with a running header and footer and a page number on every page."""

    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, f"Quarterly Water Report - Page {self.page_no()}")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-20)
        self.set_font("Helvetica", size=9)
        self.cell(0, 5, "Riverside Utility District · Public edition", align="C")
        self.ln(5)
        self.cell(0, 5, str(self.page_no()), align="C")


def _report_pdf() -> bytes:
    document = _Report()
    document.set_title("Quarterly Water Report")
    document.set_auto_page_break(False)
    for lines in (PAGE_ONE, PAGE_TWO):
        document.add_page()
        for line in lines:
            document.set_font(
                "Helvetica", "B" if line in {"Reservoir Levels", "Water Quality"} else "", 11
            )
            document.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


@pytest.fixture(scope="module")
def report() -> bytes:
    return _report_pdf()


def test_report_reads_as_an_article(report: bytes) -> None:
    article = read_pdf_article(report, ENGLISH)
    assert article.title == "Quarterly Water Report"
    assert "Water Quality" in article.headings
    sentences = article.body_sentences
    text = " ".join(sentences)
    for furniture in ("Page", "Riverside", "Public edition"):
        assert furniture not in text
    assert not any(sentence.strip().isdigit() for sentence in sentences)
    # Hard line breaks are undone: sentences run across lines and across the page break.
    assert (
        "Engineers measured the level every morning and found a steady rise through the spring."
        in sentences
    )
    assert any(
        s.startswith("Crews cleared the spillway twice so that the water could pass")
        for s in sentences
    )
    # The word hyphenated at the line end is whole again.
    assert "information" in text
    assert "infor-" not in text and "infor " not in text


def test_given_title_wins_over_metadata(report: bytes) -> None:
    assert read_pdf_article(report, ENGLISH, title="Water in 2024").title == "Water in 2024"


def test_pdf_text_is_the_cleaned_text(report: bytes) -> None:
    text = pdf_text(report)
    assert "shared information about" in text
    assert "## Water Quality" in text
    assert "Page 2" not in text


def test_page_limit(report: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    assert "Laboratory" not in pdf_text(report)


def test_image_only_pdf_has_no_text_layer() -> None:
    document = FPDF()
    document.add_page()
    document.set_fill_color(90, 90, 90)
    document.rect(20, 20, 120, 160, style="F")
    with pytest.raises(InputNotUsableError) as raised:
        read_pdf_article(bytes(document.output()), ENGLISH)
    assert str(raised.value) == NO_TEXT_LAYER
    assert raised.value.exit_code == 4


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", b"%PDF-1.7\n\x00\xff garbage"])
def test_garbage_is_not_a_pdf(data: bytes) -> None:
    with pytest.raises(InputNotUsableError, match="not a readable PDF"):
        read_pdf_article(data, ENGLISH)


def test_text_input_is_refused(report: bytes) -> None:
    with pytest.raises(InputNotUsableError, match="bytes"):
        read_pdf_article(report.decode("latin-1"), ENGLISH)


def test_encrypted_pdf_is_one_clear_error() -> None:
    document = FPDF()
    document.set_encryption(owner_password="owner", user_password="secret")
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.cell(0, 6, "A secret sentence about the budget.")
    with pytest.raises(InputNotUsableError, match="encrypted"):
        read_pdf_article(bytes(document.output()), ENGLISH)


def test_missing_extra(report: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(MissingExtraError) as raised:
        read_pdf_article(report, ENGLISH)
    assert raised.value.extra == "pdf"
    assert "pypdfium2" in str(raised.value)


@pytest.mark.parametrize("number", ["3", "- 3 -", "Page 3", "page 3 of 10", "3/10", "— 12 —"])
def test_page_number_lines_are_dropped(number: str) -> None:
    pages = [f"First line of text here.\n{number}", f"Second page text here.\n{number}"]
    assert number not in clean_pages(pages)


def test_hyphens_kept_for_words_the_text_hyphenates() -> None:
    page = (
        "It is a well-known fact that the pipes are old, and this well-\n"
        "known fact was the reason for the new budget. The engineers have inspec-\n"
        "ted every pipe."
    )
    text = clean_pages([page])
    assert "this well-known fact" in text
    assert "inspected every pipe" in text


def test_running_lines_need_half_the_pages() -> None:
    pages = [f"Annual review {n}\nBody text of page {n} is here." for n in range(1, 5)]
    text = clean_pages(pages)
    assert "Annual review" not in text
    one_off = clean_pages(["Annual review 1\nBody one.", "Other top\nBody two.", "Third\nBody."])
    assert "Annual review" in one_off


def test_a_review_draft_s_line_numbers_are_dropped() -> None:
    page_one = "\n".join(
        f"{number} {line}"
        for number, line in enumerate(
            [
                "Summary",
                "In recent years, multimodal machine learning has seen significant growth,",
                "especially in representation learning and data generation. Multimodal",
                "autoencoders have been attracting growing interest for both tasks, thanks",
                "to their versatility and scalability as latent variable models.",
                "We introduce a library that offers unified implementations of these models.",
            ],
            start=5,
        )
    )
    page_two = "Table 1\nModel Year Score\nA 2019 0.8\nB 2020 0.9\n12 We list models here.\n"
    text = clean_pages([page_one, page_two])
    assert "In recent years, multimodal machine learning" in text
    assert not any(line[:1].isdigit() for line in text.splitlines() if "recent" in line)
    assert " 7 " not in text and "5 Summary" not in text
    assert "2019 0.8" in text  # a table's numbers are not line numbers
