"""Turn one article sentence into a short bullet without changing its claim.

Every cut only deletes text, so a bullet's words are always the source sentence's words, in
order (only the first letter may be capitalized and a final "." or "…" added). The cuts, from
least to most loss, stop as soon as the bullet fits ``TARGET_CHARS``:

1. a leading connective ("However,", "In addition,") always goes: it points at a sentence the
   reader does not see;
2. parentheticals "( … )";
3. an introductory phrase of time or place ("In September last year, ", "Now, after … , ")
   when a clause opening with a capital or an article follows;
4. a trailing attribution (", he said.", ", according to police.");
5. a relative clause between commas (", which was closed on Monday,"), or a participle phrase
   right after a short subject ("The agreement, reached after talks, …");
6. a trailing clause after a semicolon or dash, then after ", which/while/but/…", then after
   ", and", when a full clause is left;
7. a leading attribution ("Police said that …"), last, because who said it matters ("Critics
   said the sum was too small" is not a fact); it goes first, though, when its subject is a
   bare pronoun ("He said …"), which would dangle.

Markup goes first (a Markdown link keeps its words; citation markers and parenthetical URLs
go). Every cut must then pass ``keeps_claim`` (issue 15): quotes stay balanced, a clause keeps
a verb (a parenthetical, an appositive or a list tail is no bullet), and the bullet does not end
on a word that wants its object. Each cut is list-aware: none removes the separator between a
name and its own clause ("Barry Hughes, who is …; Kwame Biney, who is …"), nor drops a list's
last item. Where no safe cut fits, the sentence stays whole.

Only a sentence still over ``MAX_CHARS`` is cut mid-way with "…". A sentence over
``LONG_SENTENCE_CHARS`` is cut so at once: no cut by deletion would bring it near a bullet's
length, and each cut scans the whole sentence again (quadratic in its length).

Chinese and Japanese (``Language.clause_cuts``) have no spaces and no word lists here: after the
parentheticals go, a long sentence is cut after its last "，"/"；" (Chinese) or "、" (Japanese)
that leaves a whole clause within the language's ``bullet_max_chars`` (60), see
``ClauseCuts``; failing that it is cut at a clause mark, or mid-way, with "…".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from portai.coherence import leading_connective_length, opens_with_dangling_reference
from portai.languages import Language, ShorteningCues
from portai.languages.base import ClauseCuts

# A bullet's lengths in a language written with spaces (each profile may set its own).
TARGET_CHARS = Language.bullet_target_chars
MAX_CHARS = Language.bullet_max_chars
ELLIPSIS = "…"
_MIN_CLAUSE_WORDS = 6  # what is left after cutting a tail must still read as a clause
LONG_SENTENCE_CHARS = 1_000


@dataclass(frozen=True)
class Bullet:
    text: str
    cut_mid_sentence: bool


def shorten(sentence: str, language: Language) -> Bullet:
    """The shortest faithful bullet for ``sentence`` (see the module docstring for the cuts).

    The cues (reporting verbs, introductions, …) are the language profile's ``shortening``;
    without them only the cuts that need no word list apply.
    """
    if len(sentence) > LONG_SENTENCE_CHARS:
        sentence = sentence[: 2 * LONG_SENTENCE_CHARS]  # more than any cut below looks at
        if language.clause_cuts is None:
            text = _capitalize(_single_spaced(sentence))
            return Bullet(_cut_with_ellipsis(text, language), cut_mid_sentence=True)
    if language.clause_cuts is not None:
        return _shorten_unspaced(sentence, language, language.clause_cuts)
    text = _finish(_drop_markup(_single_spaced(sentence)))
    # A provision's enumerator ("(2) Paragraph 94(5)(b) is replaced …") numbers a list the
    # reader does not see: it goes, as a list item's bullet character does.
    text = _capitalize(_ENUMERATOR.sub("", text, count=1)) or text
    text = _drop_leading_connective(text, language)
    if _pronoun_attribution(text, language):
        claim = _drop_leading_attribution(text, language)
        if claim is not None and keeps_claim(text, claim, language):
            text = claim
    for cut in (
        _drop_parentheticals,
        _drop_introductory_phrase,
        _drop_trailing_attribution,
        _drop_inserted_clause,
        _drop_tail_after_separator,
        _drop_subordinate_tail,
        _drop_coordinate_tail,
        _drop_leading_attribution,
    ):
        while len(text) > language.bullet_target_chars:
            shorter = cut(text, language)
            if shorter is None or shorter == text or not keeps_claim(text, shorter, language):
                break
            text = shorter
    if not quotes_balanced(text):
        text = _close_off_quotation(text, language)
    if len(text) > language.bullet_max_chars:
        return Bullet(_cut_with_ellipsis(text, language), cut_mid_sentence=True)
    return Bullet(text, cut_mid_sentence=False)


_OPENING_QUOTES = '"“‘«„'


def _drop_leading_connective(text: str, language: Language) -> str:
    """'"But in fairness, …"' -> '"In fairness, …"': the connective goes, an opening quote
    before it stays, or the bullet would end on a closing quote that never opened."""
    length = leading_connective_length(text, language)
    if not length:
        return text
    quotes = "".join(c for c in text[:length] if c in _OPENING_QUOTES)
    return quotes + _capitalize(text[length:])


def _close_off_quotation(text: str, language: Language) -> str:
    """A sentence the splitter ended inside a quotation ('…, and I went "oh, man.') loses the
    clause that opens it, when a tail cut can take it; else it stays as it is (and no key
    point takes it)."""
    for cut in (_drop_tail_after_separator, _drop_subordinate_tail, _drop_coordinate_tail):
        shorter = text
        while not quotes_balanced(shorter):
            cut_again = cut(shorter, language)
            if cut_again is None or cut_again == shorter:
                break
            if not keeps_claim(shorter, cut_again, language):
                break
            shorter = cut_again
        if quotes_balanced(shorter):
            return shorter
    return text


def quotes_balanced(text: str, *, cut: bool = False) -> bool:
    """Whether every quotation in ``text`` opens and closes: ASCII double quotes pair up,
    typographic ones (German „ … “ too) and guillemets open as often as they close, and no
    "‘" is left open ("’" alone is an apostrophe: "it’s"). With ``cut`` (a bullet cut with
    "…") a typographic quotation may stay open, as the cut shows, but none may close that did
    not open; ASCII quotes, which look the same both ways, are not judged then."""
    if "„" in text:
        opened, closed = text.count("„"), text.count("“") + text.count("”")
    else:
        opened, closed = text.count("“"), text.count("”")
    guillemets = text.count("«") - text.count("»")
    singles = text.count("‘") - text.count("’")
    if cut:
        return opened >= closed and guillemets >= 0
    return text.count('"') % 2 == 0 and opened == closed and guillemets == 0 and singles <= 0


def closes_earlier_quotation(text: str) -> bool:
    """Whether ``text`` closes a quotation that opened in an earlier sentence (its first
    quote mark closes: 'In fairness, there is no real definition," he said.'): its words are
    someone's, and without the opening a bullet would state them as fact."""
    first = re.search(r'[“”„"]', text)
    if first is None:
        return False
    if first[0] == "”":  # Swedish opens with "”" too: then they pair up
        return (text.count("”") - text.count("“")) % 2 == 1
    return (
        first[0] == '"'
        and text.count('"') % 2 == 1
        and _CLOSING_STRAIGHT_QUOTE.match(text, first.start()) is not None
    )


# An ASCII quote glued to the word before it and followed by a space, a mark or the end.
_CLOSING_STRAIGHT_QUOTE = re.compile(r'(?<=\S)"(?=[\s,.;:!?)]|$)')


def _shorten_unspaced(sentence: str, language: Language, cuts: ClauseCuts) -> Bullet:
    """A Chinese or Japanese bullet: see the module docstring."""
    text = sentence.strip()
    text = text[leading_connective_length(text, language) :].lstrip("，、,: ")
    target, most = language.bullet_target_chars, language.bullet_max_chars
    if len(text) > target:
        text = _UNSPACED_PARENTHETICAL.sub("", text) or text
    if len(text) <= most:
        return Bullet(text, cut_mid_sentence=False)
    marks = re.escape(cuts.marks)
    # The head and its ending ("。" or "…") must fit in ``most`` characters.
    for match in reversed(list(re.finditer(f"[{marks}]", text[:most]))):
        head = text[: match.start()]
        if len(head) < cuts.min_head:
            break
        if cuts.incomplete_head and cuts.incomplete_head.search(head):
            continue
        if not _brackets_balanced(head):
            continue
        if cuts.finished:
            return Bullet(head + cuts.ending, cut_mid_sentence=False)
        return Bullet(head + ELLIPSIS, cut_mid_sentence=True)
    # No clause to end on: cut at the last clause mark, else mid-way, and say so.
    head = text[: most - len(ELLIPSIS)]
    mark = max(head.rfind(m) for m in "，、；,")
    if mark >= cuts.min_head:
        head = head[:mark]
    return Bullet(head + ELLIPSIS, cut_mid_sentence=True)


_UNSPACED_PARENTHETICAL = re.compile(r"[（(][^（）()]*[）)]")


def _brackets_balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("「」", "『』", "“”", "（）", "()"))


def stands_alone(bullet: Bullet, language: Language) -> bool:
    return not opens_with_dangling_reference(bullet.text, language)


_ENUMERATOR = re.compile(r"^\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)\s+(?=\S)")


def _capitalize(text: str) -> str:
    text = text.lstrip(" ,;:–—-")
    return text[:1].upper() + text[1:]


def _finish(text: str, ending: str = ".") -> str:
    """Tidy the end of a cut bullet: no dangling comma, and a full stop if none is left."""
    text = text.rstrip(" ,;:–—-«“")
    if not _quotes_balanced(text) and text.endswith(("'", '"')):
        text = text[:-1].rstrip()  # a stray closing quote the sentence splitter left behind
    if text and text[-1] not in ".!?\"'”’…)":
        text += ending
    return text


def _quotes_balanced(text: str) -> bool:
    # "’" is also an apostrophe ("it’s"), so only an opening "‘" left without one counts.
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("‘") <= text.count("’")
    )


# Markup that is never part of a claim: a Markdown link keeps its words, a citation marker
# ("[11]", "[2]–[4]", "[^2]") and a URL in parentheses go. Only deletions: words stay in order.
_MARKDOWN_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_CITATION = re.compile(r"\s?\[(?:\d+(?:\s?[-–,]\s?\d+)*|\^\w+)\](?:\s?[-–]\s?\[\d+\])?")
_URL_PARENTHETICAL = re.compile(r"\s?\((?:see\s+)?(?:https?://|www\.)[^()\s]*\)")


def _drop_markup(text: str) -> str:
    text = _MARKDOWN_LINK.sub(lambda m: m[1], text)
    text = _URL_PARENTHETICAL.sub("", text)
    return _CITATION.sub("", text).strip()


@dataclass(frozen=True)
class _VerbPatterns:
    finite: re.Pattern[str]
    ending: re.Pattern[str] | None
    subject: re.Pattern[str] | None


@cache
def _verb_patterns(cues: ShorteningCues) -> _VerbPatterns | None:
    if cues.finite_verbs is None:
        return None
    return _VerbPatterns(
        finite=re.compile(cues.finite_verbs),
        ending=re.compile(cues.verb_ending) if cues.verb_ending else None,
        subject=re.compile(cues.subjects) if cues.subjects else None,
    )


def has_verb(text: str, language: Language, *, loose: bool = False) -> bool:
    """Whether ``text`` holds a finite verb, as far as the profile's cues can tell: True when
    the language has none (nothing is refused for lack of one). ``loose`` takes any word in
    "-s" after a noun for a verb ("The figure concerns replacement rates"), where a missed
    verb would cost a good sentence."""
    cues = language.shortening
    patterns = _verb_patterns(cues) if cues is not None else None
    if cues is None or patterns is None:
        return True
    tokens = re.findall(r"[\w'-]+|[,;:()]", text.replace("’", "'"))
    previous = ","  # the first word has nothing before it that makes it a verb
    for token, following in zip(tokens, [*tokens[1:], ""], strict=False):
        lower = token.lower()
        if patterns.finite.fullmatch(lower):
            return True
        if token == lower and lower not in cues.not_before_verb and token[0].isalpha():
            if patterns.subject and patterns.subject.fullmatch(previous.lower()):
                return True  # "we go", "I think"
            if (
                patterns.ending
                and patterns.ending.fullmatch(token)
                and previous not in ",;:("
                and previous.lower() not in cues.not_before_verb
                # "contains a …" is a verb, "materials," and "components in" are nouns.
                and (loose or not token.endswith("s") or _object_follows(following, cues))
            ):
                return True
        previous = token
    return False


def _object_follows(word: str, cues: ShorteningCues) -> bool:
    return word.lower() in cues.verb_objects or (len(word) > 4 and word.endswith("ly"))


def _verb_word(word: str, language: Language) -> bool:
    """Whether ``word`` alone is a finite verb ("will", "is", "reopened")."""
    cues = language.shortening
    patterns = _verb_patterns(cues) if cues is not None else None
    if patterns is None:
        return True
    word = word.replace("’", "'")
    return bool(
        patterns.finite.fullmatch(word.lower())
        or (patterns.ending and word.islower() and patterns.ending.fullmatch(word))
    )


def keeps_claim(before: str, after: str, language: Language) -> bool:
    """Whether a cut from ``before`` to ``after`` is safe: the quotes stay balanced, a clause
    keeps a verb (a parenthetical, an appositive or a list tail is no bullet) and the bullet
    does not end on a word that wants its cut object ("…, often improving.")."""
    if _quotes_balanced(before) and not _quotes_balanced(after):
        return False
    if has_verb(before, language) and not has_verb(after, language):
        return False
    if is_subordinate_fragment(after, language) and not is_subordinate_fragment(before, language):
        return False  # "To have been crucified …": the main clause went
    if _colon_tail_changed(before, after):
        return False
    return not ends_unfinished(after, language) or ends_unfinished(before, language)


def _colon_tail_changed(before: str, after: str) -> bool:
    """Whether a cut kept a colon but changed what follows it: "two other poets: his former
    fiancée Hilda Doolittle" lost the second poet. A colon's tail (a list, as often as not)
    stays whole or goes whole."""
    colon = r":\s"
    if not re.search(colon, after) or len(re.findall(colon, before)) != len(
        re.findall(colon, after)
    ):
        return False
    ending = " .!?…"
    whole, kept = (
        re.split(colon, before)[-1].rstrip(ending),
        re.split(colon, after)[-1].rstrip(ending),
    )
    # A dash's or a semicolon's tail after the list may go ("…, diabetes and osteoarthritis -
    # the three most associated with aging"); an item or an aside inside it may not.
    return not (whole.startswith(kept) and re.match(r"\s[–—-]{1,2}\s|;", whole[len(kept) :]))


def is_subordinate_fragment(text: str, language: Language) -> bool:
    """Whether ``text`` is a subordinate or absolute phrase with no main clause after it ("To
    have been crucified …", "As far as X are concerned.", "The last ones having been built
    after the war."): no bullet (issue 15). The main clause follows a comma, does not open
    with a conjunction ("…, or using …") and has a verb."""
    cues = language.shortening
    if cues is None:
        return False
    opening = None
    if cues.subordinate_openers:
        opening = re.match(rf"(?:{cues.subordinate_openers})\b", text, re.IGNORECASE)
    if opening is None and cues.absolute_participles:
        absolute = re.match(rf"([^,;:]*?)\b(?:{cues.absolute_participles})\s", text)
        if absolute and absolute[1].strip() and not has_verb(absolute[1], language):
            opening = absolute
    if opening is None:
        return False
    conjunction = cues.list_conjunctions or "and|or"
    for part in re.split(r"\s*[,;:]\s+", text[opening.end() :])[1:]:
        if not re.match(rf"(?:{conjunction}|but)\b", part, re.IGNORECASE) and has_verb(
            part, language
        ):
            return False
    return True


def ends_unfinished(text: str, language: Language) -> bool:
    body = text.rstrip(" .!?…\"'”’)")
    words = language.split_words(body)
    if not words:
        return False
    if words[-1].lower() in language.weak_endings:
        return True
    # "… the throne but, unlike Prince George.": the clause opened before the comma is missing.
    opened = re.search(r"(\w+),\s[^,]*$", body)
    if opened and opened[1].lower() in language.weak_endings:
        return True
    return language.shortening is not None and bool(re.search(r",\s(?:\w+\s)?\w+ing$", body))


def _list_item(segment: str, language: Language) -> bool:
    """A comma-separated segment without a verb of its own: an item of a list."""
    return not has_verb(segment, language)


def is_list_fragment(text: str, language: Language) -> bool:
    """'Research, development, and technology transfer to improve …': a list's items with no
    finite verb anywhere (issue 15), a bill's list item or the tail of a cut list, not a claim.
    The list must show it is one: a short first item and ", and"/", or" ("The charity, Fresh
    Start Housing, finds …" is a subject with its appositive, and its verb the cues miss)."""
    cues = language.shortening
    if cues is None or not cues.list_conjunctions or has_verb(text, language):
        return False
    first = re.split(r"\s*,\s+", text, maxsplit=1)[0]
    return (
        language.count_words(first) <= _MAX_FIRST_ITEM_WORDS
        and re.search(rf",\s(?:{cues.list_conjunctions})\s", text, re.IGNORECASE) is not None
        and _opens_with_list(text, language)
    )


_MAX_FIRST_ITEM_WORDS = 5


def _opens_with_list(text: str, language: Language) -> bool:
    """'Network, Calibrator, Trainer…', 'PayPal account, or other methods…': a list, not a
    clause, opens ``text``."""
    cues = language.shortening
    segments = re.split(r"\s*,\s+", text, maxsplit=2)
    if len(segments) < 2 or not _list_item(segments[0], language):
        return False
    second = segments[1]
    if re.fullmatch(r"[\d\s.-]+", second):
        return False  # "Khanal, 27, had …": an age, not a list
    conjunction = cues.list_conjunctions if cues else None
    return (language.count_words(second) <= 3 and _list_item(second, language)) or bool(
        conjunction and re.match(rf"(?:{conjunction})\b", second, re.IGNORECASE)
    )


def _names_own_clause(text: str) -> bool:
    """'Kwame Biney, who is …': a name with its own clause, an item of a list of people."""
    return (
        re.match(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,?\s+(?:who|whose|which)\b", text)
        is not None
    )


def _single_spaced(text: str) -> str:
    return " ".join(text.split())


def _any_reporting_verb(cues: ShorteningCues) -> str:
    """One alternation of every reporting verb, with or without "that"."""
    return "|".join(v for v in (cues.that_optional_verbs, cues.reporting_verbs) if v)


def _pronoun_attribution(text: str, language: Language) -> bool:
    cues = language.shortening
    if cues is None:
        return False
    verbs = _any_reporting_verb(cues)
    pattern = rf"(?:{cues.pronoun_sources})\s+(?:{verbs})\b"
    return re.match(pattern, text, re.IGNORECASE) is not None


def _drop_leading_attribution(text: str, language: Language) -> str | None:
    """'Police said that the road will reopen' -> 'The road will reopen'."""
    cues = language.shortening
    if cues is None:
        return None
    that = cues.complementizer
    source = r"[^,;:\"“”()]{1,60}?"
    when = rf"(?:{cues.attribution_when})?"
    speech = cues.that_optional_verbs
    said = rf"(?:{speech}){when}[,:]?\s+(?:(?:{that})\s*)?"
    reported = rf"(?:{cues.reporting_verbs}){when}\s+(?:{that})\s*"
    verb = f"{said}|{reported}" if speech else reported
    match = re.match(rf"({source})\s(?:{verb})", text, re.IGNORECASE)
    # A source holding a relative clause ("The man who was found…") is not an attribution.
    if match is None or re.search(
        rf"\b(?:{cues.source_relatives})\b", match.group(1), re.IGNORECASE
    ):
        return None
    claim = text[match.end() :]
    if (
        language.count_words(claim) < _MIN_CLAUSE_WORDS
        # "told that A or that B": the second "that" still hangs on the verb that went.
        or re.search(rf"\b(?:{cues.list_conjunctions or 'and|or'})\s+(?:{that})\b", claim)
        or not _quotes_balanced(claim)
        or opens_with_dangling_reference(claim, language)  # "…said that it would" -> "It would"
    ):
        return None
    return _capitalize(claim)


def _drop_trailing_attribution(text: str, language: Language) -> str | None:
    """'The road will reopen, police said.' -> 'The road will reopen.'

    Only a bare attribution goes: after the verb at most a time or an addressee (", he told
    the BBC on Monday."), so ", police said the man had fled." keeps its claim.
    """
    cues = language.shortening
    if cues is None:
        return None
    verbs = _any_reporting_verb(cues)
    according = cues.according_to
    source = r"[^,;\"“”]{1,60}?"
    after = rf"(?:\s+(?:{cues.attribution_followers})(?:\s+[\w'’-]+){{1,3}})?"
    # ", said John Smith." A capital even where the rest of the pattern ignores case: after a
    # reporting verb, a lower-case word starts a claim ("…, estime que tout ira bien."), not a
    # name.
    name = r"(?:\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*){1,4}"
    match = re.search(
        rf",\s+(?:(?:{according})\s[^,;\"“”]+|{source}\s(?:{verbs}){after}|(?:{verbs}){name})[.!]?$",
        text,
        re.IGNORECASE if cues.attribution_ignores_case else 0,
    )
    if match is None or language.count_words(text[: match.start()]) < _MIN_CLAUSE_WORDS:
        return None
    return _finish(text[: match.start()])


def _drop_parentheticals(text: str, language: Language) -> str | None:
    """The first parenthetical that is an aside. Not one glued to its word ("117.04(1)"), nor
    an enumerator inside the sentence ("subsections (2) to (7) apply"): those are the claim."""
    for match in re.finditer(r"(\s*)\(([^()]*)\)(\w?)", text):
        at_start = match.start() == 0
        if not at_start and (
            not match[1] or re.fullmatch(r"\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4}", match[2].strip())
        ):
            continue
        cues = language.shortening
        if cues and cues.contrast_turns and re.match(rf"(?:{cues.contrast_turns})\b", match[2]):
            continue  # "during Nero's reign (but not by Nero)": a qualifier, not an aside
        # "Kano, Nigeria (CNN)Boko Haram" must not become "NigeriaBoko Haram".
        glued = f" {match[3]}" if match[3] else ""
        shorter = (text[: match.start()] + glued + text[match.end() :]).strip()
        return _capitalize(_finish(shorter))
    return None


def _drop_introductory_phrase(text: str, language: Language) -> str | None:
    """'In September last year, Ali Mama and Tencent …' -> 'Ali Mama and Tencent …'."""
    cues = language.shortening
    if cues is None or not re.match(rf"(?:{cues.introductions})\b", text, re.IGNORECASE):
        return None
    for match in re.finditer(r",\s+", text):
        rest = text[match.end() :]
        if language.count_words(rest) < _MIN_CLAUSE_WORDS or not _quotes_balanced(rest):
            return None
        if '"' in text[: match.start()] or "“" in text[: match.start()]:
            return None
        # Past the first comma, each part must open a phrase of its own ("…, after talks,"):
        # in "participant means any person, other than an accused, a juror, …" the rest is
        # a list's tail.
        parts = re.split(r",\s+", text[: match.start()])
        further = parts[1:]
        # A phrase that bounds the claim stays ("For weakening systems,", "Until 1900,"), and
        # "This was the first …," is a clause, not an introduction.
        if cues.restrictive_introductions and any(
            re.match(rf"(?:{cues.restrictive_introductions})\b", part, re.IGNORECASE)
            for part in parts
        ):
            return None
        patterns = _verb_patterns(cues)
        if patterns and any(patterns.finite.fullmatch(w.lower()) for w in parts[0].split()[1:]):
            return None
        if cues.finite_verbs and any(
            not re.match(rf"(?:{cues.introductions}|to|and|or)\b", part, re.IGNORECASE)
            for part in further
        ):
            return None
        if (
            re.match(cues.clause_openers, rest)
            and not opens_with_dangling_reference(rest, language)
            and not _opens_with_list(rest, language)
        ):
            return _capitalize(rest)
    return None


def _drop_inserted_clause(text: str, language: Language) -> str | None:
    """'The road, which was closed on Monday, will reopen' -> 'The road will reopen'.

    The clause holds no comma and what follows goes on in lower case. A participle phrase
    (", reached after talks,") is only taken right after a short opening subject: elsewhere
    ", costed and achievable policies, …" may be a list, and cutting it changes the claim.
    """
    cues = language.shortening
    if cues is None:
        return None
    after_subject = cues.after_subject
    # The clause holds no ";", ":", dash or bracket: in "welcome Barry Hughes, who is Chief
    # Crown Prosecutor for Wales; Kwame Biney, who is senior policy advisor", the text between
    # the commas spans two items of a list, and cutting it gives Barry Kwame's job.
    for match in re.finditer(r",\s([^,;:()\[\]–—\"“”]+),\s", text):
        rest = text[match.end() :]
        if language.count_words(rest) < 3 or not rest[:1].islower():
            continue
        if re.match(rf"(?:{cues.relative})\b", rest, re.IGNORECASE):
            continue  # "Barry Hughes who is …": the clause that follows is someone else's
        # What follows a relative clause must be the predicate it interrupted ("will reopen",
        # "and is stewarded by"): else the clause held the main verb, or joins "A, who is X,
        # and B" so that A stands by B's words.
        predicate = [w for w in language.split_words(rest)[:4] if w.lower() not in cues.not_a_verb]
        relative_clause = re.match(rf"(?:{cues.relative})\b", match.group(1), re.IGNORECASE)
        if (
            relative_clause
            and cues.finite_verbs
            and (not predicate or not _verb_word(predicate[0], language))
        ):
            continue
        head = text[: match.start()]
        clause = match.group(1)
        head_words = language.count_words(head)
        if not _quotes_balanced(clause) or head_words < 2:
            continue
        if re.match(rf"(?:{cues.relative})\b", clause, re.IGNORECASE) or (
            after_subject
            and head_words <= 4
            and re.match(rf"(?:{after_subject})", clause)
            and re.match(r"(?:the|a|an|[A-Z])", head)
            # "Behind this, the groups grew, with …": no subject, and no verb after it.
            and not opens_with_dangling_reference(f"{head},", language)
            and language.split_words(rest)[0].lower() not in cues.not_a_predicate
        ):
            return f"{head} {rest}"
    return None


def _drop_tail_after_separator(text: str, language: Language) -> str | None:
    """Cut after the last ';' or dash that leaves a full clause before it. Not a list's next
    item ("…; Kwame Biney, who is …", "…; and …"), nor after a dash that pairs with another
    ("X - more than a decade behind schedule - still haven't …")."""
    dash = _DASH
    cues = language.shortening
    conjunction = cues.list_conjunctions if cues else None

    def accept(head: str, tail: str) -> bool:
        semicolon = tail.startswith(";")
        if not semicolon and len(_dashes(head, language)) % 2:
            return False  # the dash closing an aside: the head would end inside it
        if not semicolon and _compound_hyphen(head, tail, language):
            return False  # "belief - net", "fifty - four": a tokenized compound, no dash
        tail = tail.lstrip(";–—- ")
        if cues and cues.contrast_turns and re.match(rf"(?:{cues.contrast_turns})\b", tail, re.I):
            return False  # "…; but the plan has not …": the contrast is the point
        found = _dashes(tail, language) if not semicolon else []
        closing = found[0] if found else None
        # At a dash opening an aside, what follows the aside must be a clause of its own
        # ("-- some 3,862 died -- and plans grew"), not the rest of this one ("estimated in
        # March – three months after … - that about 6,500 …").
        if (
            closing
            and conjunction
            and not re.match(rf"(?:{conjunction})\s", tail[closing.end() :], re.IGNORECASE)
        ):
            return False
        if conjunction and re.match(rf"(?:{conjunction})\s", tail, re.IGNORECASE):
            following = language.split_words(tail)[1:2]
            if not following or not _verb_word(following[0], language):
                return False  # "…; and Jane Rhodes, who is …": a list's last item
        # After a dash a phrase without a verb is an aside; after ";" it is a list's item.
        return (has_verb(tail, language) or not semicolon) and not _names_own_clause(tail)

    return _cut_at_last(text, rf";\s|{dash}", language, accept=accept)


# A spaced dash: an aside's or a tail's, unless it joins a tokenized compound (``_dashes``).
_DASH = r"\s[–—-]{1,2}\s"


def _compound_hyphen(head: str, tail: str, language: Language) -> bool:
    """Whether the " - " between ``head`` and ``tail`` joins a compound in tokenized text
    ("fifty - four", "belief - net", "TI - digits"): a single hyphen between two word tokens,
    the second no function word ("photon - it is common …" is a dash)."""
    if not re.search(r"\w$", head):
        return False
    # "Iran – Iraq War", "1914 – 1918": an en dash between two names or numbers.
    spaced_en = re.match(r"\s–\s(\w+)", tail)
    if spaced_en:
        before_word = re.findall(r"\w+", head)[-1]
        return all(w[:1].isupper() or w.isdigit() for w in (before_word, spaced_en[1]))
    following = re.match(r"\s-\s([\w'’]+)", tail)
    if following is None:
        return False
    after, before = following[1].lower(), re.findall(r"\w+", head)[-1].lower()
    cues = language.shortening
    numbers = cues.number_words if cues and cues.number_words else r"\d+"
    # "fifty - four", "1 - 0": a number both sides, whatever the stop list holds.
    return after not in language.stop_words or all(
        re.fullmatch(rf"\d+|{numbers}", word) for word in (before, after)
    )


def _dashes(text: str, language: Language) -> list[re.Match[str]]:
    """The spaced dashes of ``text`` that open or close an aside, compounds left out."""
    return [
        m
        for m in re.finditer(_DASH, text)
        if not _compound_hyphen(text[: m.start()], text[m.start() :], language)
    ]


def _drop_subordinate_tail(text: str, language: Language) -> str | None:
    """Cut a trailing ", which …", ", accounting for …" or " while …" (a contrast, not a
    condition: " if …" or " after …" without a comma stays, cutting it would change the claim)."""
    cues = language.shortening
    if cues is None:
        return None
    separator = rf",\s(?:{cues.subordinate_tail})\b" + (
        rf"|\s(?:{cues.contrast})\s" if cues.contrast else ""
    )
    return _cut_at_last(text, separator, language, re.IGNORECASE, whole_tail=True)


def _drop_coordinate_tail(text: str, language: Language) -> str | None:
    """'X rose, and Y fell' -> 'X rose.' Last resort before "…": a list ("A, B, and C") would
    lose an item, so what is cut must itself be a clause of four words or more."""
    cues = language.shortening
    if cues is None:
        return None
    conjunction = cues.coordinating_and

    def accept(head: str, tail: str) -> bool:
        """A clause is cut, not a list's last item: the tail has a verb of its own ("courts,
        legislatures, and communities to defend …" is a list) and is no object ("…, and what
        they could mean"); the head does not end in a relative clause the "and" skips, and
        its verb is not only in one ("Patients who had consulted …, and were continuing …").
        A head left without a verb ("Development of the software, all supporting
        materials") is refused by ``keeps_claim``."""
        tail = tail[tail.index(conjunction) + len(conjunction) :].strip()
        # The tail's own verb, not one in a relative clause ("presentation factors that tend").
        own = re.split(r"\b(?:that|which|who|whom|whose)\b", tail, maxsplit=1)[0]
        if language.count_words(tail) < 4 or not has_verb(own, language):
            return False
        inserted = re.split(r"\s*,\s+", tail, maxsplit=1)
        if len(inserted) > 1 and language.count_words(inserted[0]) <= 3:
            return False  # "felt compelled, and even empowered, to produce …"
        if cues.object_clause and re.match(rf"(?:{cues.object_clause})\b", tail, re.I):
            return False
        last_item = re.split(r"\s*[,;:]\s+", head)[-1]
        # "seven frigates, four smaller ironclads, and the Affondatore": a series' last item.
        if "," in head and language.count_words(last_item) <= 6 and _list_item(last_item, language):
            return False
        # "if two proposals, which was X, and us both had": the "and" goes with the noun.
        if "," in head and re.match(rf"(?:{cues.relative})\b", last_item, re.IGNORECASE):
            return False
        relative = re.search(rf"\b(?:{cues.relative})\b", head, re.IGNORECASE)
        return relative is None or has_verb(head[: relative.start()], language)

    return _cut_at_last(text, rf",\s{conjunction}\s", language, accept=accept)


def _cut_at_last(
    text: str,
    separator: str,
    language: Language,
    flags: int = 0,
    *,
    whole_tail: bool = False,
    accept: Callable[[str, str], bool] | None = None,
) -> str | None:
    """Cut at the last separator that leaves a full clause. With ``whole_tail`` the part cut
    must hold no comma: in "Utilities that kept a register, linking each pipe to its age,
    were able to …" the phrase is inside the clause, not at its end. ``accept(head, tail)``
    may refuse a cut (the tail starts with the separator)."""
    for match in reversed(list(re.finditer(separator, text, flags))):
        if whole_tail and "," in text[match.end() :]:
            continue
        head = text[: match.start()]
        if accept is not None and not accept(head, text[match.start() :]):
            continue
        # Inside a dash aside that closes later ("browsers — for example, with … — so that"):
        # the cut takes the whole aside or none of it.
        opened = _dashes(head, language)
        if len(opened) % 2 and _dashes(text[opened[-1].end() :], language):
            continue
        if language.count_words(head) >= _MIN_CLAUSE_WORDS and not _inside_quotation(
            text, match.start()
        ):
            return _finish(head)
    return None


def _inside_quotation(text: str, position: int) -> bool:
    """True when ``position`` falls inside a quotation that closes later in the sentence. A
    quotation left open (it goes on in the next sentence) may be cut."""
    before, after = text[:position], text[position:]
    if before.count('"') % 2 and '"' in after:
        return True
    return before.count("“") > before.count("”") and "”" in after


def _cut_with_ellipsis(text: str, language: Language) -> str:
    """Cut at a word boundary so the bullet, with its "…", fits ``TARGET_CHARS``."""
    target = language.bullet_target_chars
    words = text[: target - len(ELLIPSIS) + 1].split(" ")[:-1] or [text[: target - 1]]
    # Do not end on a word that leaves the cut visibly unfinished ("of", "the", "and").
    weak = language.weak_endings
    following = language.split_words(text[len(" ".join(words)) :])
    # Nor inside a name ("Alexandra… Palace"), nor on a weak word ("of", "the", "and").
    while len(words) > 1 and following and words[-1][:1].isupper() and following[0][:1].isupper():
        following.insert(0, words.pop())
    while len(words) > 1 and re.sub(r"\W", "", words[-1]).lower() in weak:
        words.pop()
    # A quotation the cut leaves open keeps its opening quote: the "…" shows it goes on, and
    # without the quote the speaker's words would read as the article's.
    return " ".join(words).rstrip(" ,;:–—-") + ELLIPSIS
