"""Real documents of each kind (issue 15), summarized with the defaults: what a reader of the
summary would notice — markup, citation markers, front matter, back matter, page chrome,
wrong titles, URL or code keywords — must not be there.

The documents are in ``tests/data/kinds/`` (``SOURCES.md`` says where each came from and which
trouble case it carries); each is kept exactly as its source has it. The properties are checked
against the raw file, never against a golden summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import portai
from portai.models import Summary

KINDS = Path(__file__).resolve().parent / "data" / "kinds"


@dataclass(frozen=True)
class Kind:
    file: str
    title: str | None  # the document's real title; None where it has none (a bare transcript)
    back_matter: tuple[str, ...] = ()  # headings whose sections are never summary material
    chrome: tuple[str, ...] = ()  # regexes for page furniture that is never a sentence


DOCUMENTS = (
    Kind(
        "kind_paper.md",  # JOSS paper.md: YAML front matter, [@key] citations
        "AMReX: a framework for block-structured adaptive mesh refinement",
        back_matter=("Acknowledgements", "References"),
    ),
    Kind(
        "kind_readme.md",  # badges, a hard-wrapped opening, install and code sections
        "fd",
        back_matter=("Maintainers", "License"),
        chrome=(r"\[!\[", r"Quick links", r"\[\[中文\]"),
    ),
    Kind(
        "kind_release_notes.md",  # a CHANGELOG: version headings, issue refs, @handles
        None,  # its first heading, "Unreleased", names a section, not the document
        chrome=(r"#\d{3,}", r"\(@[\w-]+\)"),
    ),
    Kind(
        "kind_transcript.md",  # "**Speaker:** text" turns, \[03:55\] stamps, \[laughter\]
        None,
        chrome=(r"\\\[\d{1,2}:\d\d(:\d\d)?\\\]", r"\\\[laughter\\\]", r"\*\*[^*]+:\*\*"),
    ),
    Kind(
        "kind_post_yaml.md",  # Kubernetes blog: YAML title/date/folded author, image, <iframe>
        "4 Years of K8s",
        chrome=(r"<iframe", r"<center>", r"k8s_first_commit"),
    ),
    Kind(
        "kind_post_toml.md",  # Zola docs page: TOML +++ front matter, @/ internal links, code
        "Overview",
        chrome=(r"@/", r"\$ zola"),
    ),
    Kind(
        "kind_encyclopedia.txt",  # Wikipedia plain-text extract: "== Heading ==", no title line
        None,
        back_matter=("See also", "Notes", "References", "Bibliography"),
        chrome=(r"\(PDF\)", r"\bISBN\b", r"Retrieved \d{4}", r"=="),
    ),
    Kind(
        "kind_report.md",  # OASIS OBCP: "# 2 Types…"/"## 2.1 …" headings, [Term] link labels
        "Running a Meeting",
        back_matter=("Appendix A. References", "Appendix B. Revision History"),
        chrome=(r"\[[A-Z][\w ]*\]+", r"\|", r"OASIS-Logo", r"Changes Made"),
    ),
    Kind(
        "kind_encyclopedia_citations.txt",  # Wikipedia as pasted: [n] markers, bare headings
        None,
        back_matter=("See also", "References", "External links"),
        chrome=(r"Category:", r"archive\.is", r"Digital freedom", r"approved licenses"),
    ),
    Kind(
        "kind_press_release.md",  # "SAN FRANCISCO, Sept. 14, 2015 –" dateline, About, contact
        "Node.js Foundation Combines Node.js and io.js Into Single Codebase in New Release",
        chrome=(
            r"pr@nodejs\.org",
            r"978-578-5300",
            r"Media Contact",
            r"licensed mark",
            r"Additional Resources",
            r"building and supporting the Node\.js platform",  # the "About" boilerplate
            r"independently funded software projects",
        ),
    ),
)

CITATION = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]|\[@[\w:.-]+")
URL = re.compile(r"https?://|www\.", re.IGNORECASE)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$|^(={2,})\s*(.+?)\s*={2,}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
FRONT_MATTER = re.compile(r"\A(---|\+\+\+)\s*\n(.*?)\n\1\s*\n", re.DOTALL)
WORD = re.compile(r"[\w'’-]+")


@cache
def summary_of(name: str) -> Summary:
    path = KINDS / name
    return portai.summarize(path.read_bytes(), source=path.name)


def raw(name: str) -> str:
    return (KINDS / name).read_text(encoding="utf-8")


def shown(summary: Summary) -> list[tuple[str, str]]:
    """Every piece of text the user reads: summary sentences and key points."""
    return [("summary sentence", s.text) for s in summary.sentences] + [
        ("key point", p.text) for p in summary.key_points
    ]


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _lines_outside_code(text: str) -> list[str]:
    lines, in_code = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code:
            lines.append(line)
    return lines


def section_text(text: str, names: tuple[str, ...]) -> str:
    """The text under the named headings (Markdown or wikitext), up to the next heading of the
    same or a higher level; fenced code is skipped so a shell comment is not a heading."""
    wanted = {name.lower() for name in names}
    taken: list[str] = []
    level_taken: int | None = None
    for line in _lines_outside_code(text):
        match = HEADING.match(line)
        if match:
            level = len(match.group(1) or match.group(3))
            name = (match.group(2) or match.group(4)).strip().lower()
            if level_taken is not None and level <= level_taken:
                level_taken = None
            if level_taken is None and name in wanted:
                level_taken = level
            continue
        if level_taken is not None:
            taken.append(line)
    return "\n".join(taken)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return [part for part in parts if len(WORD.findall(part)) >= 6]


def from_section(item: str, section: str) -> bool:
    """Whether a summary item was taken from the section: one shares a run of six words with
    the other."""
    squashed_section = _squash(re.sub(r"[*_`\[\]()]", "", section))
    words = WORD.findall(_squash(re.sub(r"[*_`\[\]()]", "", item)))
    return any(
        " ".join(words[i : i + 6]) in squashed_section for i in range(max(0, len(words) - 5))
    )


def code_only_tokens(text: str) -> set[str]:
    """Words that appear only inside code (fenced blocks or `spans`), never in the prose."""
    code, prose, in_code = [], [], False
    for line in text.splitlines():
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            code.append(line)
        else:
            code.extend(re.findall(r"`([^`]+)`", line))
            prose.append(re.sub(r"`[^`]+`", " ", line))
    prose_words = {w.lower() for w in WORD.findall("\n".join(prose))}
    return {w.lower() for w in re.findall(r"\S+", "\n".join(code))} - prose_words


IDS = [kind.file for kind in DOCUMENTS]


@pytest.mark.parametrize("kind", DOCUMENTS, ids=IDS)
def test_title_is_the_documents_own(kind: Kind) -> None:
    title = summary_of(kind.file).title
    if kind.title is None:  # no title in the text: at least not a speaker's line
        assert title is None or ("**" not in title and not title.endswith(":")), title
    else:
        # Or the deck: "# OASIS Best Current Practices Document / ## Running a Meeting" reads as
        # a series name over the document's own title, shown as title and deck.
        assert kind.title in (title, summary_of(kind.file).article.deck), title


@pytest.mark.parametrize("kind", DOCUMENTS, ids=IDS)
def test_no_citation_marker(kind: Kind) -> None:
    found = [(where, text) for where, text in shown(summary_of(kind.file)) if CITATION.search(text)]
    assert not found


@pytest.mark.parametrize("kind", DOCUMENTS, ids=IDS)
def test_no_url_or_markdown_link(kind: Kind) -> None:
    found = [
        (where, text)
        for where, text in shown(summary_of(kind.file))
        if URL.search(text) or "](" in text or "![" in text
    ]
    assert not found


@pytest.mark.parametrize("kind", DOCUMENTS, ids=IDS)
def test_no_front_matter_line(kind: Kind) -> None:
    match = FRONT_MATTER.match(raw(kind.file))
    lines = [line.strip() for line in match.group(2).splitlines()] if match else []
    lines = [line for line in lines if len(line) > 3]
    found = [
        (where, text)
        for where, text in shown(summary_of(kind.file))
        for line in lines
        if line in text
    ]
    assert not found


@pytest.mark.parametrize("kind", [k for k in DOCUMENTS if k.back_matter], ids=lambda k: k.file)
def test_no_sentence_from_back_matter(kind: Kind) -> None:
    section = section_text(raw(kind.file), kind.back_matter)
    found = [
        (where, text) for where, text in shown(summary_of(kind.file)) if from_section(text, section)
    ]
    assert not found


@pytest.mark.parametrize("kind", [k for k in DOCUMENTS if k.chrome], ids=lambda k: k.file)
def test_no_chrome(kind: Kind) -> None:
    found = [
        (where, text, pattern)
        for where, text in shown(summary_of(kind.file))
        for pattern in kind.chrome
        if re.search(pattern, text)
    ]
    assert not found


def starts_mid_sentence(item: str, text: str) -> bool:
    """Whether an item that opens in lower case ("directory for a regex pattern.") begins where
    no sentence or paragraph of the raw text begins (a name like "fd" may open a sentence)."""
    if not item[:1].islower():
        return False
    plain = re.sub(r"[`*_]", "", text)
    opening = r"\s+".join(re.escape(word) for word in item.split()[:3])
    start = r"(?:\A|\n\s*\n|^[-*]\s+|[.!?:]\s+)"
    return re.search(start + opening, plain, re.MULTILINE) is None


@pytest.mark.parametrize("kind", DOCUMENTS, ids=IDS)
def test_sentences_are_whole(kind: Kind) -> None:
    """A hard-wrapped paragraph is read as one paragraph: no sentence starts mid-sentence or
    keeps a line break, and no code fence leaks in."""
    text = raw(kind.file)
    found = [
        (where, item)
        for where, item in shown(summary_of(kind.file))
        if starts_mid_sentence(item, text) or "\n" in item or "```" in item
    ]
    assert not found


@pytest.mark.parametrize("kind", DOCUMENTS, ids=IDS)
def test_keywords_hold_no_url_part_or_code(kind: Kind) -> None:
    code = code_only_tokens(raw(kind.file))
    found = [
        keyword.text
        for keyword in summary_of(kind.file).keywords
        if re.search(r"https?|www|\.com\b|[`{}<>/\\=]|::|^-", keyword.text, re.IGNORECASE)
        or any(word.lower() in code for word in keyword.text.split())
    ]
    assert not found


def test_every_document_is_covered() -> None:
    on_disk = {path.name for path in KINDS.glob("kind_*")}
    assert on_disk == {kind.file for kind in DOCUMENTS}
