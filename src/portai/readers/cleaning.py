"""What in a document's body is not prose: markup, citation markers, back matter, page chrome.

The text reader (``readers/text.py``) asks this module three kinds of question:

- whole text: undo a corpus's tokenization (WikiText-2's " @-@ ", " , "), turn wiki headings
  ("== H ==", " = = H = = ") into Markdown ones, drop transcript tags ("{disfmarker}") and
  display maths;
- one line: is it body at all (a table row, a link list, a badge, a footnote, a line of code),
  and what are its words once citation markers, LaTeX and stray URLs are gone;
- the units of the body together: which are page chrome (menus, repeated lines, the furniture
  after the last paragraph), which are transcript turns, which headings close the body.

Shapes are format knowledge and live here; what a language calls its back matter or its page
furniture comes from ``Language.document``.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Sequence

from portai.languages.base import DocumentCues

# --- whole text ------------------------------------------------------------------------------

# "== See also ==", WikiText-2's " = = Early years = = ": the number of marks is the level.
_WIKI_HEADING = re.compile(
    r"^[ \t]*(?P<marks>(?:=[ \t]?){2,6})[ \t]*(?P<text>[^=\n]+?)[ \t]*(?:=[ \t]?){2,6}[ \t]*$",
    re.MULTILINE,
)
# QMSum's and the AMI corpus's transcription tags: sounds and disfluency marks, not words.
_TRANSCRIPT_TAG = re.compile(
    r"[ \t]*\{(?:disfmarker|vocalsound|nonvocalsound|gap|pause|comment|laugh\w*|cough\w*|"
    r"breath\w*|[a-z]*sound|[a-z]*noise)\}",
)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_WIKITEXT_TOKEN = re.compile(r" @([-,.])@ ")
_DISPLAY_MATHS = "{\\displaystyle"
_HTML_BLOCK_OPENING = re.compile(r"<(pre|script|style|table|svg|sup)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|div|p|br|hr|code|sup|sub|img|small|kbd|details|summary|"
    r"center|font|abbr|cite|mark|del|ins|s|figure|figcaption|picture|source|video|iframe|"
    r"h[1-6]|ol|ul|li|dl|dt|dd|tr|td|th|thead|tbody|section|article|header|footer|nav)"
    r"\b[^<>]*>",
    re.IGNORECASE,
)


# A line break written as HTML ("## M-16-21<br/>MEMORANDUM FOR …") parts two lines.
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# TeX's quotes, as US bills are written (``Fund''): an opening pair of backticks, a closing pair
# of apostrophes. A single backtick (Markdown's code) or three (a fence) are left alone.
_TEX_OPEN = re.compile(r"(?<!`)``(?!`)")
_TEX_CLOSE = re.compile(r"(?<=[^\s'])''(?!')")
_TEX_SINGLE = re.compile(r"(?<![`\w])`(?=\w)([^`'\n]{1,80}?)'(?![\w'])")  # `Plan' in such a text


# Markdown's reference links: "[Members]" in the text, "[Members]: https://…" on a line of its own.
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\[\]\n]{1,100})\]:[ \t]*\S", re.MULTILINE)
_SHORTCUT_LINK = re.compile(r"\[(?P<label>[^\[\]\n]{1,100})\](?![(:\[])")


def resolve_shortcut_links(text: str) -> str:
    """ "[Members] may meet" -> "Members may meet" where the text defines "[Members]: <url>";
    brackets nothing defines (a citation "[12]", "[sic]") stay for the other rules."""
    labels = {match["label"].casefold() for match in _REFERENCE_DEFINITION.finditer(text)}
    if not labels:
        return text
    # A text written with reference links brackets its terms: "[Member]" whose definition is
    # only "[Members]" is meant as a link too. Citations ("[12]", "[@key]") do not start with a
    # capital letter.
    # A footnote's "[^2]" stays a marker, for clean_inline to drop, not the word "^2".
    return _SHORTCUT_LINK.sub(
        lambda m: (
            m["label"]
            if not m["label"].startswith("^")
            and (m["label"].casefold() in labels or m["label"][0].isupper())
            else m[0]
        ),
        text,
    )


def normalize_markup(text: str) -> str:
    """The text with corpus tokenization undone, wiki headings as Markdown and tags removed."""
    text = remove_enclosed(
        text, _HTML_BLOCK_OPENING, lambda opening: rf"</{opening[1]}\s*>", flags=re.IGNORECASE
    )
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    text = resolve_shortcut_links(text)
    if _TEX_OPEN.search(text) and _TEX_CLOSE.search(text):
        text = _TEX_CLOSE.sub("”", _TEX_OPEN.sub("“", text))
        text = _TEX_SINGLE.sub(r"‘\1’", text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    text = _drop_display_maths(text)
    text = _WIKI_HEADING.sub(_markdown_heading, text)
    text = _TRANSCRIPT_TAG.sub("", text)
    if _is_tokenized(text):
        text = "\n".join(_detokenize(line) for line in text.split("\n"))
    return text


def opens_with_wiki_heading(text: str) -> bool:
    """Whether a text's first line is a wiki section heading ("== Etymology ==", " = = Life = = "):
    an excerpt that starts at a section, whose heading is never the document's title."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return bool(_WIKI_HEADING.fullmatch(first))


def is_citation(text: str) -> bool:
    """Whether a bracketed text is a citation marker ("[166]", "[a]", "[citation needed]")."""
    return bool(_CITATION.fullmatch(text))


def _markdown_heading(match: re.Match[str]) -> str:
    level = match["marks"].count("=")
    return f"{'#' * level} {match['text'].strip()}"


def _drop_display_maths(text: str) -> str:
    """Remove Wikipedia's "{\\displaystyle …}" formulas (braces balanced), which read as noise."""
    while (start := text.find(_DISPLAY_MATHS)) >= 0:
        depth, end = 0, start
        for end in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        text = (
            text[:start] + _short_formula(text[start + len(_DISPLAY_MATHS) : end]) + text[end + 1 :]
        )
    return text


def _short_formula(body: str) -> str:
    """A short formula's plain text ("A^{\\mathsf {H}}" -> "A^H"), which the sentence needs
    ("is denoted as A^H"); "" for a longer one or one that stays LaTeX."""
    plain = re.sub(r"[{}]", "", _inline_latex(body)).strip()
    short = len(plain) <= _SHORT_MATHS and "\\" not in plain and not holds_latex(plain)
    return f" {plain} " if short and plain else ""


def _is_tokenized(text: str) -> bool:
    """Whether punctuation stands apart from words, as in WikiText-2 and QMSum (" , " " 's")."""
    if _WIKITEXT_TOKEN.search(text):
        return True
    commas, stops = text.count(","), text.count(".")
    spaced = text.count(" , ") + text.count(" . ")
    return commas + stops >= 10 and spaced / (commas + stops) > 0.5


_CLITIC = re.compile(r" (n't|'(?:s|re|ve|ll|d|m)|’(?:s|re|ve|ll|d|m))\b", re.IGNORECASE)
_SPACE_BEFORE = re.compile(r"(?<=\S) +([,.;:!?%)\]}]+)(?= |$)")
_SPACE_AFTER = re.compile(r"(?<![^ ])([(\[{$£€]) +(?=\S)")
_SPACED_QUOTES = re.compile(r'(^|[ (])" +([^"]*?) +"(?=[ ,.;:!?)]|$)')


# Inside words, the tokenizer's spaces are not the writer's: "fifty - four", "belief - net";
# "km / h", "and / or" (short words either side).
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_SPACED_SLASH = re.compile(r"\b([^\W\d]{1,3}) / ([^\W\d]{1,3})\b")
# "Poets ' Club": a possessive after a plural or a name ending in s, unless the mark closes or
# opens a quotation ("a ' perfect ' ironclad", "was ' … '").
# Not after a short word ("was ' … '", "as ' … '") nor "this": no plural or name.
_SPACED_APOSTROPHE = re.compile(r"\w{3}(?<!i)s ' \w")
_QUOTE_REACH = 80  # characters within which a spaced mark pairs with another (a quotation)


def _possessives(line: str) -> str:
    """Join each possessive mark to its word, reading the line's marks in order: a mark opens
    a quotation, closes one, or (after a word in "s", with no closing mark ahead) is a
    possessive."""
    parts, last, quoting = [], 0, False
    for mark in re.finditer(r" ' ", line):
        if " . " in line[last : mark.start()]:
            quoting = False  # a quotation ends with its sentence
        if quoting:
            quoting = False
            continue
        ahead = line[mark.end() : mark.end() + _QUOTE_REACH].split(" . ", 1)[0]
        if _SPACED_APOSTROPHE.fullmatch(line, mark.start() - 4, mark.end() + 1) and not (
            re.search(r"(?<!s) ' ", ahead)
        ):
            parts.append(line[last : mark.start()] + "' ")
            last = mark.end()
        else:
            quoting = True
    return "".join(parts) + line[last:]


def _detokenize(line: str) -> str:
    line = _WIKITEXT_TOKEN.sub(r"\1", line)
    line = _CLITIC.sub(r"\1", line)
    line = _possessives(line) if " ' " in line else line
    line = _SPACED_HYPHEN.sub("-", line)
    line = _SPACED_SLASH.sub(r"\1/\2", line)
    line = _SPACE_BEFORE.sub(r"\1", line)
    line = _SPACE_AFTER.sub(r"\1", line)
    return _SPACED_QUOTES.sub(lambda m: f'{m[1]}"{m[2]}"', line)


# --- blocks and lines ------------------------------------------------------------------------

_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")


_CODE_MARKS = re.compile(r"[{}=<>|\\]|\w\(\)|::|->|=>|^\s*(?:\$|#|//)")


def is_code_block(block: str) -> bool:
    """A block every line of which is indented four spaces (Markdown's code), not a list, and
    that reads as code: indented prose (a bill's subsections) stays."""
    lines = [line for line in block.split("\n") if line.strip()]
    if not lines or not all(_INDENTED.match(line) and not _LIST_MARK.match(line) for line in lines):
        return False
    marked = sum(1 for line in lines if _CODE_MARKS.search(line))
    return marked * 10 >= len(lines) * 3 or not any(_looks_like_prose(line) for line in lines)


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
_LINK_ITEM = (
    r"(?:!?\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)]*\)"  # [text](url), ![alt](src)
    r"|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)"  # a badge: [![alt](src)](link)
    r"|<https?://[^>]+>|https?://\S+|\[[^\]]+\]\[[^\]]*\])"
)
_LINKS_ONLY = re.compile(rf"^(?:{_LINK_ITEM}[\s,;|·•/-]*)+$")
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s+\S+")  # "[1]: https://…", "[^2]: note"
# Footnotes: "^ Smith 2003", "1. ^ …", "[2] Italian words for …", "↑ …".
_FOOTNOTE = re.compile(r"^(?:\d{1,3}\.\s*)?[\^↑]\s|^\[\d{1,3}\]\s|^\d{1,3}\.\s*\^")
# Code written as text: a shell prompt, a statement or block opener, a closing brace.
_CODE_LINE = re.compile(
    r"^(?:\$\s+[\w./-]+(?:\s|$)|[}\])];?,?$|(?:fn|def|class|import|from|use|let|const|var|"
    r"pub|impl|struct|enum|function|return|#include|package)\s+\S.*(?:[{:;(]|=>)\s*$|"
    r"(?=.*[=(){}\[\]<>]).*(?:\{|;)\s*$)"
)


def is_body_line(line: str) -> bool:
    """False for a line that is not prose: a table row, a link list, a badge or image, a
    footnote or link definition, a line of code or of formulas."""
    stripped = line.strip()
    content = _LIST_MARK.sub("", stripped)
    if (stripped.startswith("|") and stripped.count("|") >= 2) or _TABLE_RULE.match(stripped):
        return False
    if stripped.count("|") >= 2 and all(len(cell.split()) <= 6 for cell in stripped.split("|")):
        return False  # "Privacy | Terms | Ad policy": a menu written as a row
    if _LINKS_ONLY.match(content) or _LINK_DEFINITION.match(content):
        return False
    if _FOOTNOTE.match(stripped):
        return False
    if _CODE_LINE.match(content) and not _looks_like_prose(content):
        return False
    return not _is_formula(content)


def _looks_like_prose(line: str) -> bool:
    """Several plain words in a row: "we could do this {" is rare; code has few such runs."""
    return len(re.findall(r"\b[a-z]{2,}\b(?=\s+[a-z]{2,}\b)", line)) >= 5


def _is_formula(line: str) -> bool:
    """A line of LaTeX maths: several commands and hardly any plain words."""
    commands = len(re.findall(r"\\[a-zA-Z]+", line))
    words = len(re.findall(r"(?<![\\\w])[a-zA-Z]{3,}\b", line))
    return commands >= 3 and words <= commands


# --- inline ----------------------------------------------------------------------------------

# "[11]", "[2,3]", "[4–6]", "[citation needed]", "[a]", "[note 3]", Markdown's "[^1]".
_CITATION = re.compile(
    r"\[(?:\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*|(?-i:[a-z])|\^\w+|(?:note|nb|n)\s*\d{1,3}|"
    r"citation needed|clarification needed|who\?|when\?|by whom\?|according to whom\?|"
    r"dubious(?:\s*[–—-]\s*discuss)?|verification needed|page needed|better source needed)\]",
    re.IGNORECASE,
)
# Pandoc's "[@Berger84; see @Colella, p. 3]"; a changelog's "see #1958 (@tmchow)", "(#12)".
_PANDOC_CITATION = re.compile(r"\s*\[[^\[\]]*?-?@[\w:.-]+[^\[\]]*\]")
_ISSUES = r"#\d+(?:\s*(?:,|and|&)\s*#\d+)*"
_ISSUE_SENTENCE = re.compile(rf"(?<=[.!?])\s+See\s+{_ISSUES}\s*\.")
_ISSUE_REFERENCE = re.compile(
    rf"(?:[,;]?\s+\b[Ss]ee\s+{_ISSUES}|\s*\((?:see\s+)?{_ISSUES}\))(?:\s*\(@[\w-]+[^()]*\))?"
    r"|\s*\(@[\w-]+[^()]*\)"  # "(@tavianator, original implementation by @alexmaco)"
)
_LATEX_REFERENCE = re.compile(
    r"~?\\(?:cite[tp]?|ref|eqref|autoref|label|footnote)\*?(?:\[[^\]]*\])?\{[^{}]*\}"
)
_LATEX_STYLE = re.compile(
    r"\\(?:emph|textit|textbf|texttt|textsc|textrm|underline|mbox|text)\{([^{}]*)\}"
)
_LATEX_SYMBOL = {"\\sim": "~", "\\approx": "≈", "\\times": "×", "\\pm": "±", "\\%": "%", "\\&": "&"}
_LATEX_SYMBOLS = re.compile(r"\\(?:sim|approx|times|pm)(?![a-zA-Z])\s*|\\[%&]")
_MATHS = re.compile(r"\$(?=\S)([^$\n]{1,200}?)(?<=\S)\$")
_SHORT_MATHS = 12
# "<https://…>": dropped after the words it names, kept (as its address) where the sentence
# states it: "point your browser to <http://127.0.0.1:1111>, you will see …".
_AUTOLINK = re.compile(r"(?P<before>[\w:]*)(?P<space>\s*)<(?P<url>https?://[^>\s]+)>")
_STATES_A_URL = frozenset({"to", "at", "is", "as", "by", "from", "via", "see", "visit", "on"})
_PARENTHESIZED_URL = re.compile(
    r"\s*\((?:see|at|from|via|available at|source:?)?\s*(?:https?://|www\.)[^\s)]+\s*\)", re.I
)
# A URL closing a line after the words it names ("… Neighbor Embedding https://…"); after "is",
# "at" or a colon the URL is what the sentence says, and stays.
_TRAILING_URL = re.compile(
    r"(?<![:=])(?<!\bis)(?<!\bat)(?<!\bas)(?<!\bto)(?<!\bby)(?<!\bfrom)(?<!\bURI)(?<!\bURL)"
    r"(?<!\bvia)(?<!\bsee)\s+(?:https?://|www\.)\S+\s*$"
)
# A URL the sentence states ("discoverable at https://www.code.gov") reads as its address
# without the scheme: "code.gov", "localhost:4000".
_URL_SCHEME = re.compile(r"\b(?:https?://(?:www\.)?|www\.)(?=[\w-]+[.:/]|localhost)", re.IGNORECASE)
# What removed citations leave: "(e.g., –)", "(see also )"; a range's dash before a mark
# ("uncertainty –.").
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*(?:(?:e\.g\.|see(?:\s+also)?|cf\.|i\.e\.),?\s*)?[,;\s–—]*\)")
_DASH_HOLE = re.compile(r"\s+[–—](?=[.,;:)])")
# A run of markers ("[13]–[16]", "[43],[44]") goes as one, with the space before it: no
# "concepts , for" or "(e.g., –)" is left.
_CITATION_RUN = re.compile(
    rf"\s*{_CITATION.pattern}(?:\s*[,–—-]\s*{_CITATION.pattern})+", re.IGNORECASE
)
_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:!?])(?=\s|$)")


# Inline maths as Wikipedia's plain text leaves it ("objects \mathbf {x} _{1},\dots ,\mathbf {x}
# _{N}"): a styled letter, a short sub- or superscript, an ellipsis and Greek letters read as
# text ("x_1,…,x_N"); whatever LaTeX is left (a fraction) makes the sentence not body.
_LATEX_LETTER = re.compile(
    r"\\(?:mathbf|mathrm|mathit|mathcal|mathsf|boldsymbol|vec)\s*\{([^{}]*)\}"
)
_LATEX_SCRIPT = re.compile(r"\s*([_^])\{([^{}\\]{1,6})\}")
_LATEX_WORDS = {
    "dots": "…", "ldots": "…", "cdots": "⋯", "lVert": "‖", "rVert": "‖", "mid": "|",
    "neq": "≠", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥", "in": "∈", "infty": "∞",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "theta": "θ",
    "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω",
}  # fmt: skip
_LATEX_WORD = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])\s?")
# A command with an argument, or one of maths' own; not "C:\Users", a Windows path.
_LATEX_LEFT = re.compile(
    r"\\[A-Za-z]+\s*[{_^]|[_^]\{|\\(?:frac|sqrt|sum|prod|int|exp|log|left|right|cdot|times|"
    r"partial|nabla|over|displaystyle|operatorname|math[a-z]*)(?![A-Za-z])"
)
_REPEATED_COMMA = re.compile(r",(?:\s*,)+")


def _inline_latex(text: str) -> str:
    if "\\" not in text and "_{" not in text and "^{" not in text:
        return text
    text = _LATEX_LETTER.sub(r"\1", text)
    text = _LATEX_SCRIPT.sub(r"\1\2", text)
    return _LATEX_WORD.sub(lambda m: _LATEX_WORDS.get(m[1], m[0]), text)


def holds_latex(sentence: str) -> bool:
    """Whether LaTeX is left in a sentence (a command, a braced sub- or superscript)."""
    return bool(_LATEX_LEFT.search(sentence))


def clean_inline(text: str) -> str:
    """The words of a line without citation markers, LaTeX commands and stray URLs."""
    text = _CITATION_RUN.sub("", text)
    text = _CITATION.sub("", text)
    text = _PANDOC_CITATION.sub("", text)
    text = _ISSUE_SENTENCE.sub("", text)
    text = _ISSUE_REFERENCE.sub("", text)
    text = _LATEX_REFERENCE.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, _LATEX_STYLE.sub(r"\1", text)
    text = _MATHS.sub(_maths, text)
    text = _latex_symbols(text)
    text = _inline_latex(text)
    text = _AUTOLINK.sub(_autolink, text)
    text = _PARENTHESIZED_URL.sub("", text)
    text = _TRAILING_URL.sub("", text)
    text = _URL_SCHEME.sub("", text)
    text = _EMPTY_BRACKETS.sub("", text).replace("↩", "")  # a footnote's "back to text" arrow
    text = _DASH_HOLE.sub("", text)
    # A formula taken out between two commas ("probability, {\\displaystyle …}, that") leaves both.
    return _REPEATED_COMMA.sub(",", _SPACE_BEFORE_MARK.sub(r"\1", text))


def _maths(match: re.Match[str]) -> str:
    """Inline maths: a short formula ("$x_i$") is kept as text, a long one dropped."""
    body = match[1]
    if not re.search(r"[\\^_{}=<>]", body) and not re.fullmatch(r"[A-Za-z]", body):
        return match[0]  # "$5 … $6": two amounts of money, not maths
    return re.sub(r"[\\{}]", "", _latex_symbols(body)) if len(body) <= _SHORT_MATHS else ""


def _latex_symbols(text: str) -> str:
    return _LATEX_SYMBOLS.sub(lambda m: _LATEX_SYMBOL.get(m[0].strip(), ""), text)


# --- the body's units together ---------------------------------------------------------------

_SENTENCE_END = ".!?…。！？"
_SHORT_LINE_WORDS = 8
_LONE_LINE_WORDS = 6
_MENU_RUN = 3
_LONG_PARAGRAPH_WORDS = 15


def heading_key(text: str) -> str:
    """A heading as the cue patterns see it: lower case, no numbering, marks or spaces around."""
    text = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text.strip(" \t:.#=*_-—–|")).lower()


def is_back_matter(text: str, cues: DocumentCues, *, near_end: bool) -> bool:
    """Whether a heading opens back matter (closing matter counts only near the end)."""
    key = heading_key(text)
    if cues.back_matter.fullmatch(key):
        return True
    # "About 500 people came." near the end is a sentence, not an "About Acme" heading.
    ends_a_sentence = text.rstrip().endswith((".", "!", "?", "…"))
    return near_end and not ends_a_sentence and bool(cues.closing_matter.fullmatch(key))


def is_comments(text: str, cues: DocumentCues) -> bool:
    """Whether a heading or line opens a page's comments ("View comments (27)", "Leave a reply")."""
    return bool(cues.comments.fullmatch(heading_key(text)))


def is_own_summary(text: str, cues: DocumentCues) -> bool:
    return bool(cues.own_summary.fullmatch(heading_key(text)))


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’»)]").rstrip()[-1:] in _SENTENCE_END if text else False


def _is_short_line(text: str, words: int = _SHORT_LINE_WORDS) -> bool:
    return bool(text) and len(text.split()) <= words and not _ends_sentence(text)


def is_long_paragraph(text: str) -> bool:
    """A paragraph of prose: a few sentences' worth of words, ending as a sentence does."""
    return len(text.split()) >= _LONG_PARAGRAPH_WORDS and _ends_sentence(text)


def chrome(texts: Sequence[str], kinds: Sequence[str], cues: DocumentCues) -> set[int]:
    """Positions of the lines that are page chrome rather than body.

    Shapes first, so pages never seen before are covered: a run of ``_MENU_RUN`` or more short
    lines without a sentence's end is a menu or a list of links; a short line that comes back
    is furniture; short lines after the last long paragraph are the page's footer; a lone line
    of a few words is a caption, a byline or a tag line. A short line above a paragraph is a
    subhead (or a heading a table of contents repeats) and stays. The shapes apply to plain
    lines of a document that has a paragraph at all (a headline alone is not a menu), never to
    headings or the author's own list items. Then the language's furniture lines ("Share this
    article") wherever they are.
    """
    prose = any(is_long_paragraph(text) for text in texts)
    short = [
        prose and kind == "plain" and _is_short_line(text)
        for text, kind in zip(texts, kinds, strict=True)
    ]
    dropped: set[int] = set()
    run: list[int] = []
    for position in [*range(len(texts)), len(texts)]:
        if position < len(texts) and short[position]:
            run.append(position)
            continue
        if len(run) >= _MENU_RUN:
            dropped.update(run)
        run = []
    seen = Counter(
        text.strip().lower() for text, is_short in zip(texts, short, strict=True) if is_short
    )
    for position, text in enumerate(texts):
        if not short[position] or (
            position + 1 < len(texts) and is_long_paragraph(texts[position + 1])
        ):
            continue
        if seen[text.strip().lower()] > 1 or _is_short_line(text, _LONE_LINE_WORDS):
            dropped.add(position)
    long_positions = [i for i, text in enumerate(texts) if is_long_paragraph(text)]
    if long_positions:
        tail = [i for i in range(long_positions[-1] + 1, len(texts)) if kinds[i] != "heading"]
        if tail and sum(short[i] for i in tail) * 5 >= len(tail) * 3:
            dropped.update(tail)
    for position, text in enumerate(texts):
        key = heading_key(text) if kinds[position] != "heading" else ""
        if key and (cues.chrome.fullmatch(key) or cues.chrome_inside.search(key)):
            dropped.add(position)
    return dropped


# "Project Manager: …", "Professor C: …", "PhD B: …", "Q: …": a capitalized label of up to four
# words before a colon.
_SPEAKER = re.compile(
    r"^(?P<speaker>[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,3})\s?:\s+(?P<text>\S.*)$"
)
_TRANSCRIPT_SHARE = 0.6
_MIN_TURNS = 4


def speaker_turn(text: str) -> tuple[str, str] | None:
    """("Project Manager", "So let's start.") for "Project Manager: So let's start."."""
    match = _SPEAKER.match(text)
    return (match["speaker"], match["text"]) if match else None


def is_transcript(texts: Sequence[str]) -> bool:
    """Whether most paragraphs are speaker turns, so their labels are speakers, not captions."""
    turns = sum(1 for text in texts if speaker_turn(text))
    return turns >= _MIN_TURNS and turns >= _TRANSCRIPT_SHARE * len(texts)


_TLDR = re.compile(r"^(?:\*\*)?tl\s*;?\s*dr(?:\*\*)?\s*[:.—–-]+\s*(?:\*\*)?\s*", re.IGNORECASE)


def inline_summary(text: str) -> str | None:
    """The text of a "TL;DR: …" paragraph, which is the document's own summary."""
    match = _TLDR.match(text)
    return text[match.end() :] if match else None


def enclosed_spans(
    text: str,
    opening: re.Pattern[str],
    closing: Callable[[re.Match[str]], str],
    *,
    flags: int = 0,
) -> list[tuple[int, int]]:
    """(start, end) of each span from an ``opening`` match to the first ``closing(match)``
    pattern after it ("<pre …>" … "</pre>"); an opening nothing closes starts no span.

    In linear time, unlike ``<pre>.*?</pre>``, which on a text of unclosed "<pre>" scans to the
    end from each of them: a pattern already known to close nowhere further on is not sought
    again.
    """
    spans: list[tuple[int, int]] = []
    search_from = 0
    unclosed: set[str] = set()
    while (start := opening.search(text, search_from)) is not None:
        pattern = closing(start)
        end = None if pattern in unclosed else re.compile(pattern, flags).search(text, start.end())
        if end is None:
            unclosed.add(pattern)
            search_from = start.end()
            continue
        spans.append((start.start(), end.end()))
        search_from = end.end()
    return spans


def remove_enclosed(
    text: str,
    opening: re.Pattern[str],
    closing: Callable[[re.Match[str]], str],
    *,
    replacement: str = " ",
    flags: int = 0,
) -> str:
    """``text`` with each of its ``enclosed_spans`` replaced by ``replacement``."""
    return _replace_spans(text, enclosed_spans(text, opening, closing, flags=flags), replacement)


# A fenced code block: a line opening with ``` or ~~~, to the next line that is only that fence.
_FENCE_OPENING = re.compile(r"^\s*(```|~~~)", re.MULTILINE)


def split_fences(text: str, replacement: str = "") -> tuple[str, list[str]]:
    """``text`` with each fenced code block replaced by ``replacement``, and the blocks."""
    spans = enclosed_spans(
        text,
        _FENCE_OPENING,
        lambda opening: rf"^\s*{re.escape(opening[1])}\s*$",
        flags=re.MULTILINE,
    )
    return _replace_spans(text, spans, replacement), [text[a:b] for a, b in spans]


def _replace_spans(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts += [text[position:start], replacement]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _autolink(match: re.Match[str]) -> str:
    before = match["before"]
    if before.endswith(":") or before.lower() in _STATES_A_URL:
        return f"{before}{match['space'] or ' '}{match['url']}"
    return before
