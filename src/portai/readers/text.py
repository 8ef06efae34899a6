"""The ``text`` reader: plain text or Markdown-ish text -> Article (front matter, headings, body).

Real input is not a bag of sentences. It opens with date lines, banners, a title, a deck and
bylines, and has section headings; none of these may become a summary sentence. The rules here
are deliberately conservative: when a line is not clearly front matter or a heading, it is body.
How dates, bylines, datelines and captions are written comes from the language profile
(``Language.news``); sentences and words are split by it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from portai.document import check_sentence_count, check_sentence_length, check_text_size
from portai.errors import InputNotUsableError
from portai.languages import Language
from portai.models import Article, Paragraph
from portai.reading import check_text, decode_bytes

UnitKind = Literal["plain", "heading", "item"]

_MD_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_LEADING_BULLET = re.compile(r"^[•▪◦]\s+")
# "… en automne.Examinés par …": a full stop with no space after it, as some scraped text has.
# Only after a lower-case word or a closing bracket or quote, so "LeanIn.Org" stays whole.
_GLUED_SENTENCES = re.compile(r"(\b[^\W\d_]{3,}|[)\]»\"”])([.!?])([^\W\d_](?:[^\W\d_]|['’]))")
_LIST_ITEM = re.compile(r"^(?:[-*+•▪◦]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_RULE = re.compile(r"^(?:[-*_=~]\s*){3,}$")
_SETEXT = re.compile(r"^(?P<char>[=-])(?P=char){2,}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~).*?^\s*\1\s*$", re.MULTILINE | re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=\S)(?P<text>.+?)(?<=\S)\1(?![\w*_])")
_CODE = re.compile(r"`([^`]+)`")

_TERMINAL = ".!?…。！？"
_MAX_HEADING_WORDS = 12
_MAX_TITLE_WORDS = 18
_MAX_DECK_WORDS = 40
_MAX_BANNER_WORDS = 15


@dataclass
class _Unit:
    """One line-level piece of the input: a paragraph, a heading or a list item."""

    text: str
    kind: UnitKind = "plain"
    level: int = 0


def read_text_article(
    data: bytes | str,
    language: Language,
    *,
    title: str | None = None,
    encoding: str | None = None,
) -> Article:
    """The Article in ``data`` (bytes are decoded, see ``reading.decode_bytes``)."""
    text = decode_bytes(data, encoding) if isinstance(data, bytes) else check_text(data)
    return parse_article(text, language, title=title)


def parse_article(text: str, language: Language, *, title: str | None = None) -> Article:
    """Split ``text`` into an Article; raise InputNotUsableError when no body sentence is left.

    A ``title`` known from elsewhere (a feed record's) is the title, and the text's front
    matter is read below it, unless the text opens with the title itself. It is never taken
    for a photo caption ("Liban: Macron appelle ..."), as a first line might be.
    """
    check_text_size(len(text))
    units = _units(text, language)
    preset = _title_text(title) if title and not text.lstrip().startswith(title) else None
    front, body_start = _front_matter(units, language, preset)
    article = _build(units[body_start:], front, language)
    if not article.paragraphs and (front.title or front.deck):
        # A text that is only a headline: summarize the headline rather than refuse.
        lines = [u for u in (front.title, front.deck) if u]
        article = _build(
            [_Unit(line) for line in lines],
            _FrontMatter(bylines=front.bylines, date=front.date),
            language,
        )
    if not article.paragraphs:
        raise InputNotUsableError("no sentences found in the input")
    return article


# --- units -----------------------------------------------------------------------------------


def _title_text(title: str) -> str | None:
    """A given title, cleaned as a Markdown heading line would be; None when it has no word."""
    units = _units("# " + re.sub(r"\s+", " ", title).strip())
    return units[0].text if units and units[0].kind == "heading" else None


def _units(text: str, language: Language | None = None) -> list[_Unit]:
    text = text.replace("\ufeff", "").replace("\u200b", "")
    text = _HTML_COMMENT.sub("", _FENCE.sub("", text))
    units: list[_Unit] = []
    for block in re.split(r"\n[ \t]*\n", text):
        units.extend(_block_units(block, language))
    return [u for u in units if re.search(r"\w", u.text)]


def _block_units(block: str, language: Language | None) -> list[_Unit]:
    lines = [line.strip() for line in block.split("\n")]
    lines = [re.sub(r"^(?:>\s?)+", "", line) for line in lines if line]
    wrapped = _is_hard_wrapped(lines)
    units: list[_Unit] = []
    for line in lines:
        setext = _SETEXT.match(line)
        if setext and units and units[-1].kind == "plain":
            units[-1] = _Unit(units[-1].text, "heading", 1 if setext["char"] == "=" else 2)
            continue
        if _RULE.match(line):
            continue
        if heading := _MD_HEADING.match(line):
            units.append(_Unit(_clean_inline(heading["text"]), "heading", len(heading["marks"])))
        elif language is not None and language.news.date_only.match(line):
            units.append(_Unit(line))  # "12. März 2024" is a date, not item 12
        elif item := _LIST_ITEM.match(line):
            units.append(_Unit(_clean_inline(item["text"]), "item"))
        elif wrapped and units and units[-1].kind in ("plain", "item"):
            units[-1].text = f"{units[-1].text} {_clean_inline(line)}"
        else:
            units.append(_Unit(_clean_inline(line)))
    return units


def _unglue(match: re.Match[str]) -> str:
    before, stop, after = match.groups()
    if (before[0].isalpha() and not before.islower()) or not after[0].isupper():
        return match.group(0)
    return f"{before}{stop} {after}"


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when a block is one paragraph broken at a fixed width (every line but the last long)."""
    if len(lines) < 2:
        return False
    return all(40 <= len(line) <= 100 for line in lines[:-1]) and not any(
        _MD_HEADING.match(line) for line in lines
    )


def _clean_inline(text: str) -> str:
    """Strip Markdown inline markup, keeping the words a reader sees."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m["text"], text)
    text = _CODE.sub(lambda m: m[1], text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(lambda m: m["text"], text)
    return re.sub(r"\s+", " ", text).strip()


# --- front matter ----------------------------------------------------------------------------


@dataclass
class _FrontMatter:
    title: str | None = None
    deck: str | None = None
    bylines: tuple[str, ...] = ()
    date: str | None = None


def _front_matter(
    units: list[_Unit], language: Language, title: str | None = None
) -> tuple[_FrontMatter, int]:
    """Read title, deck, bylines and date from the top; return them and where the body starts.

    With a ``title`` given, the units below it are read as the text under a title.
    """
    front = _FrontMatter(title=title)
    bylines: list[str] = []
    banners: list[int] = []  # short lines before the title: dropped only if a title follows
    above_banners = _FrontMatter()  # what was read before the first banner
    position = 0
    meta_after_title = False  # a deck comes right under the title, before bylines and dates
    while position < len(units):
        unit = units[position]
        date = _date_of(unit.text, language)
        byline = _byline_of(unit.text, language)
        if date is not None and front.date is None:
            front.date = date
            meta_after_title = front.title is not None
        elif byline is not None:
            bylines.append(byline)
            meta_after_title = front.title is not None
        elif front.title is None and _is_title(unit, language):
            front.title = unit.text
        elif (
            front.title is None
            and unit.kind == "plain"
            and language.count_words(unit.text) <= _MAX_BANNER_WORDS
        ):
            if not banners:
                above_banners = _FrontMatter(bylines=tuple(bylines), date=front.date)
            banners.append(position)
        elif (
            front.title is not None
            and front.deck is None
            and not meta_after_title
            and _is_deck(units, position, language)
        ):
            front.deck = unit.text
        else:
            break
        position += 1
    if banners and (front.title is None or not (bylines or front.date)):
        # Short lines are a banner only above a real masthead (title plus byline or date);
        # otherwise they, and any "title" after them, are the story's opening. Bylines and dates
        # below the first banner are read again with the body, so keep only those above it.
        return above_banners, banners[0]
    front.bylines = tuple(bylines)
    return front, position


def _is_title(unit: _Unit, language: Language) -> bool:
    """A headline: short, no closing full stop, capitalized; not a caption or wire opener."""
    if unit.kind == "heading":
        return True
    text = unit.text
    return (
        unit.kind == "plain"
        and language.count_words(text) <= _MAX_TITLE_WORDS
        and len(text) <= 200
        and _last_mark(text) not in ".,;:…。"
        and _starts_capitalized(text)
        and not text.startswith("(")  # "(CNN) ..." opens a story
        and not language.news.caption.search(text)
    )


def _is_deck(units: list[_Unit], position: int, language: Language) -> bool:
    """A standfirst under the title: short; headline-like or followed by a byline or date."""
    unit = units[position]
    if unit.kind != "plain" or language.count_words(unit.text) > _MAX_DECK_WORDS:
        return False
    if unit.text[-1] not in _TERMINAL + ",;:":
        return True
    upcoming = units[position + 1 : position + 3]
    return any(_byline_of(u.text, language) or _date_of(u.text, language) for u in upcoming)


def _date_of(line: str, language: Language) -> str | None:
    """The date a line announces, if the line is only a date (or 'Published: <date>')."""
    if len(line) > 80:
        return None
    if language.news.date_only.match(line):
        return line
    labelled = language.news.date_labelled.match(line)
    if labelled and language.news.date_inside.search(labelled["rest"]):
        return labelled["rest"].strip()
    return None


def _byline_of(line: str, language: Language) -> str | None:
    """'Author | Liu Baodan' -> 'Author: Liu Baodan'; 'By Jane Doe' -> 'By Jane Doe'."""
    if language.count_words(line) > 12 or line[-1] in "!?":
        return None
    labelled = language.news.byline_labelled.match(line)
    if labelled and labelled["name"][0].isalpha() and _starts_capitalized(labelled["name"]):
        role = labelled["role"]
        return f"{role[0].upper()}{role[1:]}: {labelled['name'].strip()}"
    by = language.news.byline_by.match(line)
    if by:
        names = language.split_words(by["name"])
        joiners = language.news.byline_joiners
        capitalized = sum(1 for w in names if w[0].isupper() or w.lower() in joiners)
        if capitalized >= max(1, len(names) - 2):
            return f"{by['by'].capitalize()} {by['name'].strip()}"  # "By …", "Von …"
    return None


# --- body ------------------------------------------------------------------------------------


def _build(units: list[_Unit], front: _FrontMatter, language: Language) -> Article:
    paragraphs: list[Paragraph] = []
    headings: list[str] = []
    bylines = list(front.bylines)
    date = front.date
    dateline: str | None = None
    heading: str | None = None
    count = 0  # body sentences so far
    for position, unit in enumerate(units):
        if unit.kind == "heading" or _is_section_heading(units, position, language):
            heading = unit.text
            headings.append(heading)
            continue
        byline = _byline_of(unit.text, language) if unit.kind == "plain" else None
        if byline is not None:
            bylines.append(byline)
            continue
        found_date = _date_of(unit.text, language)
        if found_date is not None and date is None:
            date = found_date
            continue
        text = unit.text
        if not paragraphs and dateline is None and (match := language.news.dateline.match(text)):
            dateline = match["dateline"].strip()
            text = text[match.end() :]
        # A list flattened into a paragraph ("… to appeal. • Robel Phillipos: …") leaves its
        # bullet characters at the start of sentences.
        text = _GLUED_SENTENCES.sub(_unglue, text)
        split = [_LEADING_BULLET.sub("", s) for s in language.split_sentences(text)]
        for sentence in split:
            check_sentence_length(sentence)
        sentences = tuple(s for s in split if language.words(s))
        if sentences:
            paragraphs.append(Paragraph(sentences, heading))
            count += len(sentences)
            check_sentence_count(count)
    if date is None and dateline and (inside := language.news.dateline_date.search(dateline)):
        date = inside.group(0)
    return Article(
        title=front.title,
        deck=front.deck,
        bylines=tuple(bylines),
        date=date,
        dateline=dateline,
        headings=tuple(headings),
        paragraphs=tuple(paragraphs),
    )


def _is_section_heading(units: list[_Unit], position: int, language: Language) -> bool:
    """A short, unpunctuated, Title Case line followed by body text that starts a sentence."""
    unit = units[position]
    if unit.kind != "plain" or position + 1 >= len(units):
        return False
    text = unit.text
    words = language.split_words(text)
    if len(words) > _MAX_HEADING_WORDS or text[-1] in _TERMINAL + ",;:\"'”’)" or len(text) > 90:
        return False
    if not _starts_capitalized(text) or language.news.caption.search(text):
        return False
    following = units[position + 1]
    if following.kind == "plain" and _is_section_heading_candidate(following.text, language):
        return False  # two short lines in a row: more likely a list of phrases
    if not _starts_capitalized(following.text):
        return False  # the next line continues this one: a broken line, not a heading
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = all(w[0].isupper() for w in long_words)
    return title_case or len(words) <= 2


def _is_section_heading_candidate(text: str, language: Language) -> bool:
    return language.count_words(text) <= _MAX_HEADING_WORDS and text[-1] not in _TERMINAL + ",;:"


def _starts_capitalized(text: str) -> bool:
    """The first letter or digit is a capital or a digit ("3 Ways…", "“Free” trade…"), or a
    letter of a script without case (Chinese, Japanese)."""
    first = next((ch for ch in text if ch.isalnum()), "")
    return (
        first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper())
    )


def _last_mark(text: str) -> str:
    """The last character, looking through closing quotes and brackets."""
    stripped = text.rstrip("\"'”’»)]")
    return stripped[-1] if stripped else ""
