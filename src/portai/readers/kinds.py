"""What kind of document a text is: a paper, an encyclopedia page, a transcript, a bill, a post.

``auto`` rates news by position (the point comes first) and everything else by what the
whole document keeps coming back to (``methods/auto.py``), so telling them apart matters more
than naming every kind exactly. The rules look at the shape of the raw text and of the Article
the reader made from it, and say nothing (None: an article, rated as news) unless a shape is
clear:

- ``post``: TOML (``+++``) or YAML (``---``) front matter at the top, unless the text is
  also a paper, a transcript or an encyclopedia page;
- ``transcript``: most paragraphs are speaker turns ("Project Manager: …", ``Paragraph.speaker``);
- ``encyclopedia``: wiki headings ("== History ==", WikiText's " = = History = = ");
- ``paper``: citation markers ("[4]", "[2]–[4]", "\\cite{…}") throughout, with sections;
- ``legal``: numbered provisions the language profile knows ("SECTION 1.", "SEC. 2.",
  "enacts as follows"), ``DocumentCues.legal``;
- ``report``: numbered section headings ("1.2 Scope", "3. Results") in a long text;
- ``readme``: code blocks and headings the profile knows as a project's ("Installation",
  "Usage"), ``DocumentCues.readme_sections``;
- ``release_notes``: three or more headings that are version numbers ("10.4.2", "v2.0").

An encyclopedia page pasted without wiki markup is told by its citation markers and its own
closing sections ("See also", "External links"). Citation markers and headings are counted
outside code, where "[0-9]" is a character class.

A reader that knows better (front matter, a wire dateline: ``press_release``) sets
``Article.kind`` itself, and that stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from portai.languages import Language
from portai.models import Article
from portai.readers.cleaning import heading_key, split_fences

_FRONT_MATTER = re.compile(r"\A\ufeff?\s*(?:\+\+\+\s*\n|---\s*\n(?:[\w-]+\s*:))")
_WIKI_HEADING = re.compile(r"^[ \t]*(={2,6})[ \t]*[^=\n]+?[ \t]*\1[ \t]*$|^ = = ", re.MULTILINE)
# "[4]", "[2,3]", "[4–6]", LaTeX's "\cite{…}", Pandoc's "[@key; @other]".
_CITATION = re.compile(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\\cite[tp]?\{|\[-?@[\w:.-]+")
_SPEAKER_TURN = re.compile(r"^[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,3}: \S")
_INLINE_CODE = re.compile(r"`[^`\n]{1,500}`")
# "# 10.4.2", "## [1.2.0] - 2020-01-01", "## v2.0 (2021-03-01)": a version and nothing but a
# date after it ("## 2.1 Committee Meetings" is a numbered section).
_VERSION_HEADING = re.compile(
    r"^#{1,4}[ \t]+\[?v?\d+\.\d+(?:\.\d+)*\]?[ \t]*(?:[-–—(:][^\n]*)?$", re.MULTILINE
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_LINE = re.compile(r"^[ \t]*([^\n]{1,60}?)[ \t]*$", re.MULTILINE)
MIN_VERSION_HEADINGS = 3
MIN_README_SECTIONS = 2
# "1 Introduction", "2.1 Scope", "3. Results", "A.1 Normative References".
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2}){0,3}\.?\s+[^\W\d_]")

MIN_TURNS = 6  # a transcript has at least this many speaker turns …
TURN_SHARE = 0.5  # … making up at least this share of its paragraphs
MIN_CITATIONS = 5
MIN_NUMBERED_HEADINGS = 3
MIN_REPORT_SENTENCES = 20
_LOOK_AT = 200_000  # characters: a document's kind shows well before this


def classify(text: str, article: Article, language: Language) -> str | None:
    """The kind of document ``text`` is (see the module docstring); None for an article."""
    if article.kind is not None and article.kind != "post":
        return article.kind
    head = text[:_LOOK_AT]
    post = article.kind == "post" or _FRONT_MATTER.match(text[:4096]) is not None
    if _is_transcript(head, article):
        return "transcript"
    paragraphs = article.paragraphs
    if len(_WIKI_HEADING.findall(head)) >= 2:
        return "encyclopedia"
    cues = language.document
    if cues.legal.search(text[:20_000]):
        return "legal"
    sentences = sum(len(p.sentences) for p in paragraphs)
    prose = _INLINE_CODE.sub(" ", split_fences(head, " ")[0])
    if len(_CITATION.findall(prose)) >= MIN_CITATIONS and sentences >= 20:
        lines = (heading_key(m[1]) for m in _LINE.finditer(prose))
        if any(cues.encyclopedia_sections.fullmatch(line) for line in lines):
            return "encyclopedia"  # Wikipedia pasted as plain text: "See also", no "=="
        return "paper"
    if len(_VERSION_HEADING.findall(prose)) >= MIN_VERSION_HEADINGS:
        return "release_notes"
    headings = [heading_key(m[1]) for m in _MARKDOWN_HEADING.finditer(prose)]
    project = sum(1 for h in headings if cues.readme_sections.fullmatch(h))
    if project >= MIN_README_SECTIONS and prose != head:  # and it shows code
        return "readme"
    if post:  # a paper may have front matter too (a JOSS paper.md): citations said paper first
        return "post"
    numbered = sum(1 for h in article.headings if _NUMBERED_HEADING.match(h))
    if numbered >= MIN_NUMBERED_HEADINGS and sentences >= MIN_REPORT_SENTENCES:
        return "report"
    return None


def _is_transcript(text: str, article: Article) -> bool:
    """Most paragraphs are turns, and speakers come back: a page of "Quiz: …" teasers has as
    many labels as lines."""
    speakers = [p.speaker for p in article.paragraphs if p.speaker]
    blocks = len(article.paragraphs)
    if not speakers:
        lines = [b.strip() for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
        speakers = [m[0].split(":")[0] for b in lines if (m := _SPEAKER_TURN.match(b))]
        blocks = len(lines)
    return (
        len(speakers) >= MIN_TURNS
        and len(speakers) >= TURN_SHARE * max(1, blocks)
        and len(set(speakers)) <= len(speakers) / 2
    )


def with_kind(text: str, article: Article, language: Language) -> Article:
    """``article`` with its ``kind`` set by ``classify``. An encyclopedia page's lead (the
    paragraphs above its first heading) is its own summary, as an abstract is a paper's."""
    kind = classify(text, article, language)
    opens_with_heading = re.match(r"\s*(?:=|#)", text) is not None  # no lead: it was cut off
    if (
        kind == "encyclopedia"
        and not opens_with_heading
        and not any(p.role == "summary" for p in article.paragraphs)
    ):
        paragraphs = list(article.paragraphs)
        for number, paragraph in enumerate(paragraphs):
            if paragraph.heading is not None:
                break
            paragraphs[number] = replace(paragraph, role="summary")
        if any(p.heading is not None for p in paragraphs):  # a lead, not the whole page
            article = replace(article, paragraphs=tuple(paragraphs))
    return article if kind == article.kind else replace(article, kind=kind)
