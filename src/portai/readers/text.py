"""The ``text`` reader: plain text or Markdown-ish text -> Article (front matter, headings, body).

Real input is not a bag of sentences. It opens with date lines, banners, a title, a deck and
bylines, and has section headings; none of these may become a summary sentence. The rules here
are deliberately conservative: when a line is not clearly front matter or a heading, it is body.
How dates, bylines, datelines and captions are written comes from the language profile
(``Language.news``); sentences and words are split by it too.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Literal

from portai.document import check_sentence_count, check_sentence_length, check_text_size
from portai.errors import InputNotUsableError
from portai.languages import Language
from portai.languages.base import DocumentCues
from portai.models import Article, Paragraph
from portai.readers import cleaning
from portai.readers.frontmatter import split_front_matter
from portai.readers.kinds import with_kind
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
_HTML_COMMENT = re.compile(r"<!--")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# Link texts and their nested brackets are bounded and hold no "[": a run of "[[[[…" must not
# make each match scan to the end of the text (quadratic time on hostile input).
_LINK = re.compile(r"\[(?P<text>[^\[\]]{1,2000})\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
# Emphasis spans a few hundred characters at most: unbounded, "*a *a *a …" is quadratic.
_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=\S)(?P<text>[^\n]{1,300}?)(?<=\S)\1(?![\w*_])")
_EMPHASIS_PASSES = 3  # "***a***" nests at most this deep in practice
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
    alone: int | None = None  # the number of a numbered line that is a block of its own


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
    for a photo caption ("Liban: Macron appelle ..."), as a first line might be. A post's
    TOML or YAML front matter is never body: its title, authors and date are the Article's.
    """
    check_text_size(len(text))
    meta, text = split_front_matter(text)
    if meta is not None and title is None:
        title = meta.title
    units = _units(text, language)
    # An excerpt that opens at a wiki section ("== Etymology ==") has no title in its text.
    untitled = cleaning.opens_with_wiki_heading(text)
    preset = _title_text(title) if title and not text.lstrip().startswith(title) else None
    repeated = units and units[0].kind == "heading" and _same_line(units[0].text, preset or "")
    if meta is not None and repeated:
        units = units[1:]  # the post repeats its front-matter title as its first heading
    if untitled and preset is None:
        front, body_start = _FrontMatter(), 0
    else:
        front, body_start = _front_matter(units, language, preset, decks=meta is None)
    if (
        front.title != preset
        and front.title is not None
        and cleaning.speaker_turn(front.title)
        and cleaning.is_transcript([u.text for u in units if u.kind == "plain"])
    ):
        # A transcript opens with a turn ("Grad C: Now can you give me …"), said, not a title.
        front, body_start = _FrontMatter(title=preset), 0
    if front.title is None and preset is None:
        front.title = _short_title(units, text, language)
    if meta is not None and front.deck is None and _is_post_deck(units, body_start, language):
        # A post's standfirst: a short headline-like line right under its front matter.
        front.deck = units[body_start].text
        body_start += 1
    if meta is not None:
        names = ", ".join(meta.authors)
        by = f"{language.news.by_word} {names}".strip() if names else None
        front.bylines = ((by,) if by else ()) + front.bylines
        front.date = meta.date or front.date
    while _wraps_on(units, body_start):
        # A hard-wrapped opening line is not a title or deck but the body's first sentence.
        merged = _Unit(f"{units[body_start].text} {units[body_start + 1].text}")
        units = [*units[:body_start], merged, *units[body_start + 2 :]]
    units, body_start, wire = _wire_dateline(units, body_start, front, language)
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
    if wire is not None:
        article = replace(article, dateline=wire, kind=article.kind or "press_release")
    if meta is not None and article.kind is None:
        # A post that opens "SAN FRANCISCO, Sept. 14, 2015 – …" is a press release; otherwise a
        # post, unless the body tells a closer kind (a paper).
        article = replace(article, kind="press_release" if article.dateline else "post")
    if terms := _code_terms(text):
        article = replace(article, code_terms=terms)
    return with_kind(text, article, language)


# --- units -----------------------------------------------------------------------------------

_CODE_WORD = re.compile(r"[^\W\d]\w*")
# Bounded and without nested openers, so "{{{{…" or "](](…" cannot make it quadratic.
_PROSE_NOISE = re.compile(
    r"`[^`\n]+`|\]\([^()\n]{0,2000}\)|https?://\S+|\{\{[^{}]{0,500}\}\}|\{%[^{}%]{0,500}%\}"
)


def _code_terms(text: str) -> frozenset[str]:
    """The words (lower case) a Markdown text writes more often as code, in `code` spans and
    fenced blocks, than in its prose: "const", "relative_url". The reader strips the
    backticks, so keywords learn here that such a word is an identifier, not a topic."""
    rest, fences = cleaning.split_fences(text, " ")
    spans = _CODE.findall(rest)
    if not spans:
        return frozenset()
    code: dict[str, int] = {}
    for part in (*fences, *spans):
        for word in _CODE_WORD.findall(part):
            code[word.lower()] = code.get(word.lower(), 0) + 1
    prose: dict[str, int] = {}
    for word in _CODE_WORD.findall(_PROSE_NOISE.sub(" ", rest)):
        prose[word.lower()] = prose.get(word.lower(), 0) + 1
    return frozenset(word for word, count in code.items() if count > prose.get(word, 0))


def _title_text(title: str) -> str | None:
    """A given title, cleaned as a Markdown heading line would be; None when it has no word."""
    units = _units("# " + re.sub(r"\s+", " ", title).strip())
    return units[0].text if units and units[0].kind == "heading" else None


def _units(text: str, language: Language | None = None) -> list[_Unit]:
    text = text.replace("\ufeff", "").replace("\u200b", "")
    text, _ = cleaning.split_fences(text)
    text = cleaning.remove_enclosed(text, _HTML_COMMENT, lambda _: "-->", replacement="")
    text = cleaning.normalize_markup(text)
    units: list[_Unit] = []
    for block in re.split(r"\n[ \t]*\n", text):
        if not cleaning.is_code_block(block):
            found = _block_units(block, language)
            number = _NUMBERED.match(block.strip())
            if len(found) == 1 and found[0].kind == "item" and number and "\n" not in block.strip():
                found[0].alone = int(number[1])
            units.extend(found)
    kept = [u for u in units if re.search(r"\w", u.text) and not _LABELS_ONLY.fullmatch(u.text)]
    return _numbered_headings(kept)


# A line of bracketed link labels only ("[中文]", "[English] [Deutsch]"): a README's language
# switch, left when the links are taken out; neither deck nor body.
_LABELS_ONLY = re.compile(r"(?:\[[^\[\]\n]{1,40}\]\s*)+")


_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s")


def _numbered_headings(units: list[_Unit]) -> list[_Unit]:
    """A pasted page's numbered section headings ("1. AI shines a light on cumbersome
    toolchains"): numbered lines that each stand alone in their block, end no sentence, head a
    long paragraph, and count up (1., 2., 3.). A list's items do not all do that."""
    heads = [
        i
        for i, unit in enumerate(units)
        if unit.alone is not None
        and i + 1 < len(units)
        and len(unit.text.split()) <= _MAX_HEADING_WORDS + 4
        and _last_mark(unit.text) not in _TERMINAL + ",;:"
        and units[i + 1].kind == "plain"
        and cleaning.is_long_paragraph(units[i + 1].text)
    ]
    numbers = [units[i].alone or 0 for i in heads]
    counting = len(heads) >= 2 and all(b == a + 1 for a, b in itertools.pairwise(numbers))
    if not counting:
        return units
    for i in heads:
        units[i] = _Unit(units[i].text, "heading", 2)
    return units


def _block_units(block: str, language: Language | None) -> list[_Unit]:
    raw = [line.rstrip() for line in block.split("\n") if line.strip()]
    lines = [re.sub(r"^(?:>\s?)+", "", line.strip()) for line in raw]
    wrapped = _is_hard_wrapped(lines)
    # Indentation tells a bill's clauses apart only while lines stay as they were written, in a
    # block broken at a page's width.
    width = max((len(line) for line in raw), default=0)
    indented = not wrapped and width <= _MAX_WRAP_WIDTH and any(_indent(ln) >= 2 for ln in raw)
    if wrapped:
        lines = _join_wrapped(lines)
    units: list[_Unit] = []
    for index, line in enumerate(lines):
        if not cleaning.is_body_line(line):
            continue
        hangs = indented and index > 0 and _hangs_on(raw[index - 1], raw[index], line, width)
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
        elif (
            units
            and units[-1].kind in ("plain", "item")
            and (wrapped or hangs or _runs_on(units[-1].text, line))
        ):
            units[-1].text = f"{units[-1].text} {_clean_inline(line)}"
        else:
            units.append(_Unit(_clean_inline(line)))
    return units


def _runs_on(previous: str, line: str) -> bool:
    """A line that goes on with the sentence above it, in a block broken at no fixed width (a
    bill's indented clauses): the line above stops mid-phrase and this one starts lower case."""
    if len(previous.split()) < 4 or previous[-1] in _TERMINAL + ":;":
        return False
    return line[0].islower() or previous[-1] in ",-–"


# "(2)", "“(B)", "(1.1)", "- ", "3. ", "68 For …", "SEC. 4": a line that opens a clause.
_CLAUSE_MARK = re.compile(
    r"^[“\"'`]*(?:\([\w.]{1,6}\)|[-*+•]\s|\d[\d.]*(?:[.)]?\s|$)|[A-Z]{2,}\.?\s+\d)"
)


_MAX_WRAP_WIDTH = 100
_WRAP_SHARE = 0.75  # a line broken at the width reaches this share of the block's widest


def _hangs_on(previous: str, current: str, line: str, width: int) -> bool:
    """A line of an indented block (a bill's clause) that goes on with the line above it: that
    line, as written, was broken at the block's width mid-phrase ("… Guam, American" /
    "Samoa, …"); this one is no deeper (a continuation hangs back or stays flush, a new clause
    is indented further) and opens no clause ("(2)", "(B)", "SEC. 4")."""
    previous = previous.rstrip()
    return (
        len(previous) >= max(_MIN_WRAPPED_CHARS, width * _WRAP_SHARE)
        and _last_mark(previous) not in _TERMINAL + ":;"
        and not previous.endswith("--")
        and _indent(current) <= _indent(previous)
        and not _CLAUSE_MARK.match(line)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join_wrapped(lines: list[str]) -> list[str]:
    """A hard-wrapped block's lines joined into its paragraphs and list items, so a link or a
    citation broken across two lines is cleaned whole."""
    joined: list[str] = []
    for line in lines:
        starts_unit = _LIST_ITEM.match(line) or _MD_HEADING.match(line) or _SETEXT.match(line)
        if joined and not starts_unit and not _RULE.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


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


# "[[T]::is_sorted](…)", "[docs]({{ "/docs/" | relative_url }})": brackets in a link's text, a
# template in its target; "[text][ref]": a reference-style link.
_LINK_WITH_BRACKETS = re.compile(
    r"\[(?P<text>(?:[^\[\]]|\[[^\[\]]{0,200}\]){1,2000})\]\((?:\{\{[^{}]{0,500}\}\}|[^)\s]+(?:\s+\"[^\"]*\")?)\)"
)
_REFERENCE_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\[[^\[\]]*\]")


def _clean_inline(text: str) -> str:
    """Strip Markdown inline markup, keeping the words a reader sees."""
    text = _IMAGE.sub("", text)
    text = _LINK_WITH_BRACKETS.sub(lambda m: m["text"], text)
    text = _LINK.sub(lambda m: m["text"], text)
    # "[166][167]" is two citation markers, not a reference-style link: cleaned below.
    text = _REFERENCE_LINK.sub(
        lambda m: m[0] if cleaning.is_citation(f"[{m['text']}]") else m["text"], text
    )
    text = cleaning.clean_inline(text)
    text = _CODE.sub(lambda m: m[1], text)
    for _ in range(_EMPHASIS_PASSES):
        previous, text = text, _EMPHASIS.sub(lambda m: m["text"], text)
        if text == previous:
            break
    return re.sub(r"\s+", " ", text).strip()


# --- front matter ----------------------------------------------------------------------------

_MAX_CHROME_UNITS = 250  # how far down a pasted page's menus may push its headline
_CHROME_SHARE = 0.75  # of the lines above a page's headline, how many are short menu lines
_MIN_WRAPPED_CHARS = 40  # a line broken at a fixed width (as _is_hard_wrapped)
_MAX_WIRE_SEARCH = 12  # units below the title where a press release's dateline may stand
_MAX_AUTHORS_WORDS = 40
_MAX_PAGE_DECK_WORDS = 60  # a page's standfirst between its headline and its byline
_PAGE_BYLINE = 25  # words in a page's byline with the author's job


@dataclass
class _FrontMatter:
    title: str | None = None
    deck: str | None = None
    bylines: tuple[str, ...] = ()
    date: str | None = None


def _front_matter(
    units: list[_Unit], language: Language, title: str | None = None, *, decks: bool = True
) -> tuple[_FrontMatter, int]:
    """Read title, deck, bylines and date from the top; return them and where the body starts.

    With a ``title`` given, the units below it are read as the text under a title. ``decks``
    False (a post whose front matter gave its title) reads no deck: its first line is body.
    """
    front, position = _read_top(units, language, title, decks=decks)
    if title is None and front.title is not None:
        position = _bill_title(units, front, position, language)
    if title is None and (subject := _memo_subject(units, language)) is not None:
        front.title, below = subject
        if front.deck is not None and any(u.text == front.deck for u in units[position:below]):
            front.deck = None
        return front, max(position, below)
    confirmed = front.title and (front.bylines or front.date)
    if title is None and not confirmed and units and units[0].kind != "heading":
        # No masthead at the top: perhaps a pasted web page, menus above its headline.
        masthead = _page_masthead(units, language)
        if masthead is not None:
            return _read_top(units, language, None, decks=decks, masthead=masthead)
    return front, position


_MEMO_SEARCH = 12  # units from the top where a memo's header block may stand


def _memo_subject(units: list[_Unit], language: Language) -> tuple[str, int] | None:
    """A memo's subject ("SUBJECT: Federal Source Code Policy", or the line under a bare
    "SUBJECT:") in its header block, above any paragraph of prose, and where its body starts."""
    for position, unit in enumerate(units[:_MEMO_SEARCH]):
        if cleaning.is_long_paragraph(unit.text):
            return None
        match = language.document.memo_subject.match(unit.text) if unit.kind == "plain" else None
        if match is None:
            continue
        subject = match["subject"].strip()
        if subject:
            return subject, position + 1
        below = units[position + 1] if position + 1 < len(units) else None
        if below is None or below.kind != "plain" or cleaning.is_long_paragraph(below.text):
            return None
        return below.text, position + 2
    return None


_SHORT_TITLE_SEARCH = 12  # units from the top where a bill's short-title section stands


def _short_title(units: list[_Unit], text: str, language: Language) -> str | None:
    """A bill's short title ("This Act may be cited as the “Battle of Midway National Memorial
    Act”") in its first sections, when its top gives no title."""
    cues = language.document
    if not cues.legal.search(text):
        return None
    for unit in units[:_SHORT_TITLE_SEARCH]:
        if match := cues.short_title.search(unit.text):
            return re.sub(r"\s+", " ", match["title"]).strip()
    return None


_BILL_LABEL_WORDS = 3
_BILL_TITLE_SEARCH = 2


def _bill_title(units: list[_Unit], front: _FrontMatter, position: int, language: Language) -> int:
    """A bill opens with its number ("BILL S-4"), then its session, then its title ("An Act to
    amend …"): the number is a label, and the title is the longest line of the next two that
    ends no sentence. Returns where the body starts."""
    label = front.title or ""
    if len(label.split()) > _BILL_LABEL_WORDS or not language.document.legal.search(label):
        return position
    at = next((i for i, unit in enumerate(units[:position]) if unit.text == label), None)
    if at is None:
        return position
    below = [
        (i, unit)
        for i, unit in enumerate(units[at + 1 : at + 1 + _BILL_TITLE_SEARCH], at + 1)
        if unit.kind == "plain" and _last_mark(unit.text) not in _TERMINAL + ":;,"
    ]
    if not below:
        return position
    chosen, unit = max(below, key=lambda item: len(item[1].text.split()))
    front.title = unit.text
    if front.deck is not None and any(u.text == front.deck for _, u in below):
        front.deck = None
    return max(position, chosen + 1)


def _is_subtitle(units: list[_Unit], position: int) -> bool:
    """A heading right under the title heading, one level deeper, with no text of its own
    before the next heading: "# OASIS Best Current Practices / ## Running a Meeting /
    ### Version: 2023.01". A heading that has text under it opens the first section."""
    if position < 1 or position + 1 >= len(units):
        return False
    above, unit, below = units[position - 1], units[position], units[position + 1]
    return (
        above.kind == unit.kind == below.kind == "heading"
        and unit.level == above.level + 1
        and below.level >= unit.level
    )


def _is_post_deck(units: list[_Unit], position: int, language: Language) -> bool:
    """A short, capitalized line with no sentence in it, and text after it."""
    if position + 1 >= len(units):
        return False
    unit = units[position]
    return (
        unit.kind == "plain"
        and language.count_words(unit.text) <= _MAX_DECK_WORDS
        and _last_mark(unit.text) not in _TERMINAL + ",;:"
        and not re.search(r"[.!?…]\s", unit.text)  # "Hi! I bring good news! 🎉" is body
        and _starts_capitalized(unit.text)
        and units[position + 1].kind != "heading"
    )


def _read_top(
    units: list[_Unit],
    language: Language,
    title: str | None,
    *,
    decks: bool = True,
    masthead: int | None = None,
) -> tuple[_FrontMatter, int]:
    front = _FrontMatter(title=title)
    bylines: list[str] = []
    banners: list[int] = []  # short lines before the title: dropped only if a title follows
    above_banners = _FrontMatter()  # what was read before the first banner
    position = 0
    meta_after_title = False  # a deck comes right under the title, before bylines and dates
    page = masthead is not None
    repeated = False  # the headline came again: what follows it is the page's deck
    if masthead is not None:
        # A pasted web page: menus above a headline that a byline or a date confirms.
        front.title = units[masthead].text
        position = masthead + 1
    while position < len(units):
        unit = units[position]
        date = _date_of(unit.text, language)
        byline = _byline_of(unit.text, language)
        if front.title is not None and (dated := _dated_byline(unit.text, language)):
            front.date = front.date or dated[0]
            bylines.append(dated[1])
            meta_after_title = True
            position += 1
            continue
        if byline is None and front.title is not None and unit.kind == "plain":
            byline = _author_list_of(unit.text, language)
            long_byline = page and language.news.byline_by.match(unit.text)
            if byline is None and long_byline and _words(unit.text, language) <= _PAGE_BYLINE:
                byline = unit.text  # "By Jane Doe, Senior Staff Technologist, ACLU …"
        if date is not None and front.date is None:
            front.date = date
            meta_after_title = front.title is not None
        elif byline is not None:
            bylines.append(byline)
            meta_after_title = front.title is not None
        elif front.title is not None and language.news.reading_time.match(unit.text):
            pass  # "5 min read"
        elif front.title is not None and _same_line(unit.text, front.title):
            meta_after_title = False  # a page repeats its headline above the deck
            repeated = True
        elif front.title is None and _is_title(unit, language) and not _wraps_on(units, position):
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
            decks
            and front.title is not None
            and front.deck is None
            and not meta_after_title
            and (
                _is_deck(units, position, language)
                or (repeated and _is_short(unit, language))
                or (page and _is_page_deck(units, position, language))
                or _is_subtitle(units, position)
            )
            and not _wraps_on(units, position)
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


def _page_masthead(units: list[_Unit], language: Language) -> int | None:
    """Where a pasted web page's headline stands below its menus, or None.

    The headline is title-like and followed by its byline, date or reading time (past a
    repeat of itself), and most lines above it are short menu lines. A news story's top never
    qualifies: its title is the first line, and a body's lines are sentences.
    """
    for position in range(2, min(len(units), _MAX_CHROME_UNITS)):
        unit = units[position]
        text = unit.text
        if (
            unit.kind not in ("plain", "heading")
            or not 3 <= language.count_words(text) <= _MAX_TITLE_WORDS
            or _last_mark(text) in ".,;:…。"
            or not _starts_capitalized(text)
            or not _masthead_follows(units, position, language)
        ):
            continue
        above = units[:position]
        short = sum(1 for u in above if language.count_words(u.text) <= _MAX_BANNER_WORDS)
        return position if short >= _CHROME_SHARE * len(above) else None
    return None


def _masthead_follows(units: list[_Unit], position: int, language: Language) -> bool:
    """Whether a headline's byline or date follows it, past a repeat of the headline, a reading
    time, or a deck (one short paragraph) under it."""
    title = units[position].text
    for at in range(position + 1, min(len(units), position + 4)):
        text = units[at].text
        if _same_line(text, title) or language.news.reading_time.match(text):
            continue
        if _is_meta(text, language) or language.news.byline_by.match(text):
            return True
        if not _is_page_deck(units, at, language):
            return False
    return False


def _is_page_deck(units: list[_Unit], position: int, language: Language) -> bool:
    """A page's standfirst: a short paragraph of sentences (not another headline) right above
    its byline or date."""
    unit = units[position]
    return (
        unit.kind == "plain"
        and language.count_words(unit.text) <= _MAX_PAGE_DECK_WORDS
        and _last_mark(unit.text) in _TERMINAL
        and position + 1 < len(units)
        and _is_meta(units[position + 1].text, language)
    )


def _is_short(unit: _Unit, language: Language) -> bool:
    return unit.kind == "plain" and language.count_words(unit.text) <= _MAX_DECK_WORDS


def _words(text: str, language: Language) -> int:
    return language.count_words(text)


def _same_line(text: str, other: str) -> bool:
    return re.sub(r"\W+", " ", text).strip().lower() == re.sub(r"\W+", " ", other).strip().lower()


def _wraps_on(units: list[_Unit], position: int) -> bool:
    """A line that runs on into the next unit ("… searches the current" / "directory for …"):
    a hard-wrapped paragraph's first line, body rather than a title or deck."""
    if position + 1 >= len(units) or len(units[position].text) < _MIN_WRAPPED_CHARS:
        return False
    if not (units[position].text[-1].isalnum() or units[position].text[-1] in ",-–"):
        return False
    unit, following = units[position], units[position + 1]
    first = next((ch for ch in following.text if ch.isalpha()), "")
    return unit.kind == following.kind == "plain" and first.islower()


def _is_title(unit: _Unit, language: Language) -> bool:
    """A headline: short, no closing full stop, capitalized; not a caption or wire opener,
    nor a generic section heading ("Introduction", "Unreleased")."""
    if language.document.generic_headings.fullmatch(cleaning.heading_key(unit.text)):
        return False
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
    return any(_is_meta(u.text, language) for u in upcoming)


def _is_meta(text: str, language: Language) -> bool:
    """A line that is a date, a byline, or both ("On 6/13/2018 by @lazharichir")."""
    return bool(
        _date_of(text, language) or _byline_of(text, language) or _dated_byline(text, language)
    )


def _date_of(line: str, language: Language) -> str | None:
    """The date a line announces, if the line is only a date (or 'Published: <date>'), or only
    a month and year ("February 2021")."""
    if len(line) > 80:
        return None
    if language.news.date_only.match(line) or language.news.month_year.match(line):
        return line
    labelled = language.news.date_labelled.match(line)
    if labelled and language.news.date_inside.search(labelled["rest"]):
        return labelled["rest"].strip()
    return None


def _dated_byline(line: str, language: Language) -> tuple[str, str] | None:
    """("6/13/2018", "By @lazharichir") for "On 6/13/2018 by @lazharichir"."""
    match = language.document.dated_byline.match(line)
    if match is None or not language.news.date_inside.fullmatch(match["date"]):
        return None
    return match["date"], f"{language.news.by_word or 'By'} {match['name']}".strip()


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


_AFFILIATION = re.compile(r"(?<=[^\W\d_])(?:\d{1,2}(?:,\d{1,2})*|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=[\s,;]|$)")
_INITIAL = re.compile(r"^[A-Z]\.(?:-?[A-Z]\.)*$")


def _author_list_of(line: str, language: Language) -> str | None:
    """A paper's author line, two names or more: "Jane Doe, John Smith and Ann Lee" or
    "Jane Doe1, John Smith2" (affiliation marks are dropped)."""
    if language.count_words(line) > _MAX_AUTHORS_WORDS or _last_mark(line) in _TERMINAL:
        return None
    text = _AFFILIATION.sub("", line).strip()
    joiners = language.news.byline_joiners
    names: list[list[str]] = [[]]
    for word in text.replace(",", " , ").replace(";", " ; ").split():
        # "," ";" and a joiner after a whole name ("… Smith and Ann …") part the names; a
        # joiner inside one is a particle ("John van Dam").
        if word in (",", ";") or (word in joiners and len(names[-1]) >= 2):
            names.append([])
        else:
            names[-1].append(word)
    people = [[w for w in name if w.lower() not in joiners] for name in names if name]
    if len(people) < 2 or not all(2 <= len(name) <= 4 for name in people):
        return None
    if not all(_is_name_word(word) for name in people for word in name):
        return None
    return re.sub(r"\s+,", ",", text)


def _is_name_word(word: str) -> bool:
    """ "Jane", "O'Neil", "Smith-Jones", "J." — not "NASA", "the" or "2021"."""
    if _INITIAL.match(word):
        return True
    rest = word[1:].replace("-", "").replace("'", "").replace("’", "")
    return word[0].isupper() and rest.isalpha() and not rest.isupper()


def _wire_dateline(
    units: list[_Unit], body_start: int, front: _FrontMatter, language: Language
) -> tuple[list[_Unit], int, str | None]:
    """A press release's wire dateline ("DALLAS, July 31, 2017 /PRNewswire/ --"), taken out of
    its first sentence; the release's date is the dateline's (not a related link's further down).
    Short lines between the title and the dateline are page chrome ("News provided by")."""
    for position in range(body_start, min(len(units), body_start + _MAX_WIRE_SEARCH)):
        unit = units[position]
        match = language.news.wire_dateline.match(unit.text) if unit.kind == "plain" else None
        if match is None:
            continue
        dateline = re.sub(r"\s*(?:--|—|–)\s*", " ", match["dateline"]).strip()
        if front.date is None:
            found = language.news.date_inside.search(dateline) or (
                language.news.dateline_date.search(dateline)
            )
            front.date = found.group(0) if found else None
        above = units[body_start:position]
        kept = [u for u in above if _words(u.text, language) > _MAX_BANNER_WORDS]
        rest = unit.text[match.end() :]
        opening = [_Unit(rest, unit.kind, unit.level)] if re.search(r"\w", rest) else []
        return units[:body_start] + kept + opening + units[position + 1 :], body_start, dateline
    return units, body_start, None


# --- body ------------------------------------------------------------------------------------


def _build(units: list[_Unit], front: _FrontMatter, language: Language) -> Article:
    paragraphs: list[Paragraph] = []
    headings: list[str] = []
    bylines = list(front.bylines)
    date = front.date
    dateline: str | None = None
    heading: str | None = None
    count = 0  # body sentences so far
    cues = language.document
    transcript = cleaning.is_transcript([u.text for u in units if u.kind == "plain"])
    # A transcript's short turns ("Grad C: Beat poetry") are words said, not page chrome.
    kinds = [u.kind for u in units]
    chrome = set() if transcript else cleaning.chrome([u.text for u in units], kinds, cues)
    comments = {i for i in range(len(units)) if _opens_comments(units, i, cues)}
    sections = _Sections(cues, len(units), comments)
    for position, unit in enumerate(units):
        turn = cleaning.speaker_turn(unit.text) if transcript else None
        if turn is None and (
            unit.kind == "heading" or _is_section_heading(units, position, language)
        ):
            heading = unit.text
            sections.enter(unit, position, has_body=bool(paragraphs))
            if not sections.skipping and not cues.chrome.fullmatch(cleaning.heading_key(heading)):
                headings.append(heading)
            continue
        if sections.skipping:
            continue
        byline = _byline_of(unit.text, language) if unit.kind == "plain" else None
        if byline is not None:
            bylines.append(byline)
            continue
        found_date = _date_of(unit.text, language)
        if found_date is not None and date is None:
            date = found_date
            continue
        if position in chrome:
            continue
        text = turn[1] if turn else unit.text
        role = sections.role
        if (summary := cleaning.inline_summary(text)) is not None:
            text, role = summary, "summary"
        if not paragraphs and dateline is None and (match := _dateline_match(text, language)):
            dateline = match["dateline"].strip()
            text = text[match.end() :]
        # A list flattened into a paragraph ("… to appeal. • Robel Phillipos: …") leaves its
        # bullet characters at the start of sentences; a link's "Opens a new window" is chrome.
        text = _GLUED_SENTENCES.sub(_unglue, cues.link_chrome.sub("", text))
        split = [_LEADING_BULLET.sub("", s) for s in language.split_sentences(text)]
        for sentence in split:
            check_sentence_length(sentence)
        # A sentence still holding LaTeX (a fraction) is a formula, not something to read out.
        sentences = tuple(
            s
            for s in split
            if language.words(s) and not cleaning.holds_latex(s) and not cues.formula_hole.search(s)
        )
        if sentences:
            speaker = turn[0] if turn else None
            paragraphs.append(Paragraph(sentences, heading, role=role, speaker=speaker))
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


_DATE_DASH = re.compile(r"\s*(?:--|—|–)\s*(?=\S)")


def _dateline_match(text: str, language: Language) -> re.Match[str] | None:
    """A news dateline ("GENEVA, June 12 —"), or a page's date before a dash ("April 17, 2015
    -- Imagine …"): the date is the dateline, not the first sentence's words."""
    if match := language.news.dateline.match(text):
        return match
    date = language.news.date_inside.match(text)
    if date is None or not (dash := _DATE_DASH.match(text, date.end())):
        return None
    return re.match(rf"(?P<dateline>{re.escape(text[: date.end()])}){dash.re.pattern}", text)


class _Sections:
    """Which section the body is in: back matter (skipped) or the document's own summary.

    A back-matter heading (References, See also, "About Acme" near the end) closes the body
    until a heading that is not back matter; one of a deeper level stays inside it. A heading
    such as Abstract or TL;DR among the first ones opens the document's own summary.
    """

    def __init__(self, cues: DocumentCues, length: int, comments: set[int]) -> None:
        self.cues = cues
        self.length = length
        self.comments = comments  # where a page's comments section opens
        self.skipping = False
        self.sticky = False
        self.skip_level = 0
        self.summary = False
        self.headings_seen = 0

    def enter(self, unit: _Unit, position: int, *, has_body: bool) -> None:
        near_end = _near_end(position, self.length)
        # Back matter follows a body: "# Notes" over a text's first line is its title.
        back = has_body and (
            cleaning.is_back_matter(unit.text, self.cues, near_end=near_end)
            or position in self.comments
        )
        if self.skipping and not back and unit.level > self.skip_level > 0:
            return  # a subsection of the back matter ("=== Books ===" under References)
        if self.skipping and self.cues.chrome.fullmatch(cleaning.heading_key(unit.text)):
            return  # "Subscribe" in a page's footer does not reopen the body
        if self.skipping and self.sticky and not back and unit.kind != "heading":
            return  # "Scott Cunningham" under "About the author": a name, not a new section
        # Back matter near the end, or named by a plain line (a pasted page has no heading
        # levels), is left only at a real heading, not at a line shaped like one.
        self.sticky = back and (near_end or unit.kind != "heading" or position in self.comments)
        self.skipping = back
        self.skip_level = unit.level if back else 0
        self.summary = (
            not back
            and self.headings_seen < _SUMMARY_HEADINGS
            and position < self.length * _SUMMARY_SHARE
            and cleaning.is_own_summary(unit.text, self.cues)
        )
        self.headings_seen += 1

    @property
    def role(self) -> str:
        return "summary" if self.summary else "body"


_CLOSING_MATTER_SHARE = 0.6  # "About Acme" closes a press release only in its last part
_CLOSING_MATTER_UNITS = 6  # (or among its last few paragraphs)


def _near_end(position: int, length: int) -> bool:
    return position >= length * _CLOSING_MATTER_SHARE or length - position <= _CLOSING_MATTER_UNITS


_COMMENTS_SHARE = 0.3  # a page's comments may outrun its article, so they close it earlier
_PROSE_WORDS = 15  # a line this long under a "Comments" line is prose, not a comment form


def _opens_comments(units: list[_Unit], position: int, cues: DocumentCues) -> bool:
    """A comments heading past the page's opening, over the form and names of a comments
    section rather than over prose: a bill's margin note "Comments" heads its clause."""
    return (
        position >= len(units) * _COMMENTS_SHARE
        and cleaning.is_comments(units[position].text, cues)
        and not (
            position + 1 < len(units) and len(units[position + 1].text.split()) >= _PROSE_WORDS
        )
    )


_SUMMARY_HEADINGS = 3  # an abstract is among the first headings …
_SUMMARY_SHARE = 0.3  # … and in the first part of the document


def _is_section_heading(units: list[_Unit], position: int, language: Language) -> bool:
    """A short, unpunctuated, Title Case line followed by body text that starts a sentence;
    or a line that is only the name of back matter or of a summary ("References", "Abstract")."""
    unit = units[position]
    if unit.kind != "plain" or position + 1 >= len(units):
        return False
    text = unit.text
    # "About the author" or "About us" on a line of its own near the end heads closing matter.
    near_end = _near_end(position, len(units))
    if len(text) <= 40 and (
        cleaning.is_back_matter(text, language.document, near_end=near_end)
        or cleaning.is_own_summary(text, language.document)
        or _opens_comments(units, position, language.document)
    ):
        return True
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
