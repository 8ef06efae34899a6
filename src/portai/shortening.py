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

Only a sentence still over ``MAX_CHARS`` is cut mid-way with "…".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portai.coherence import leading_connective_length, opens_with_dangling_reference

TARGET_CHARS = 100
MAX_CHARS = 120
ELLIPSIS = "…"
_MIN_CLAUSE_WORDS = 6  # what is left after cutting a tail must still read as a clause

# "said" may drop its "that" ("Police said the road…"); other reporting verbs need it, or
# "Utilities reported an average of…" would lose its verb and "A man found dead…" read as an
# attribution.
_THAT_OPTIONAL_VERBS = {
    "english": r"said|says|added|told\s+(?:reporters|journalists|the\s+\w+|\w+)",
    "french": "",
}
_REPORTING_VERBS = {
    "english": r"believes|believed|thinks|thought|found|finds|estimated|estimates|predicted|"
    r"predicts|suggested|suggests|expects|expected|announced|noted|stated|explained|reported|"
    r"warned|argued|claimed|insisted|confirmed|revealed|wrote|writes|mentioned|pointed\s+out|"
    r"stressed|emphasi[sz]ed|disclosed|indicated|acknowledged|admitted|said|says|added",
    "french": (
        r"a\s+(?:déclaré|indiqué|affirmé|expliqué|annoncé|précisé|estimé|souligné|ajouté)|"
        r"déclare|indique|affirme|explique|annonce|précise|estime|souligne|ajoute"
    ),
}
_COMPLEMENTIZER = {"english": r"that", "french": r"qu'|que"}
_ACCORDING_TO = {"english": r"according\s+to", "french": r"selon|d'après"}
_SUBORDINATE_TAIL = {
    # Participles only where they follow a full clause: in "X's status, boasting that …,
    # indicated …" a participle opens a phrase inside the subject.
    "english": r"which|while|whereas|but|although|though|as|after|before|with|including|"
    r"amid|despite|because|since|when|where|who|up|down|accounting|making|leaving|bringing|"
    r"raising|adding|citing|prompting|sparking|forcing|causing|taking|giving|saying|marking|"
    r"noting|arguing|warning|claiming|calling|urging|describing|insisting|suggesting|pointing",
    "french": r"qui|mais|alors\s+que|tandis\s+que|car|avec|après|avant|dont|notamment|"
    r"lorsque|puisque|malgré|selon|soit|contre|sans",
}
# Words that open an introductory phrase of time, place or circumstance.
_INTRODUCTIONS = {
    "english": r"now|after|before|in|on|at|during|since|following|amid|despite|with|by|for|"
    r"over|under|last|earlier|later|today|yesterday|this|meanwhile|as\s+of|as\s+part\s+of|"
    r"back\s+in|until|within|across|from|according\s+to",
    "french": r"après|avant|en|dans|depuis|lors|pendant|malgré|pour|selon|face\s+à|à|au|aux|"
    r"cette|ce|cet|aujourd'hui|hier",
}
_CLAUSE_OPENERS = {
    "english": r"[A-Z]|the\s|a\s|an\s",
    "french": r"[A-ZÀ-Ý]|le\s|la\s|les\s|l'|un\s|une\s|des\s",
}
_PRONOUN_SOURCES = {
    "english": r"he|she|it|they|we|i",
    "french": r"il|elle|ils|elles|on|nous",
}


@dataclass(frozen=True)
class Bullet:
    text: str
    cut_mid_sentence: bool


def shorten(sentence: str, language: str) -> Bullet:
    """The shortest faithful bullet for ``sentence`` (see the module docstring for the cuts)."""
    text = _finish(" ".join(sentence.split()))
    text = _capitalize(text[leading_connective_length(text, language) :])
    if _pronoun_attribution(text, language):
        text = _drop_leading_attribution(text, language) or text
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
        while len(text) > TARGET_CHARS:
            shorter = cut(text, language)
            if shorter is None or shorter == text:
                break
            text = shorter
    if len(text) > MAX_CHARS:
        return Bullet(_cut_with_ellipsis(text, language), cut_mid_sentence=True)
    return Bullet(text, cut_mid_sentence=False)


def stands_alone(bullet: Bullet, language: str) -> bool:
    return not opens_with_dangling_reference(bullet.text, language)


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
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _any_reporting_verb(language: str) -> str:
    """One alternation of every reporting verb, with or without "that"."""
    return "|".join(v for v in (_THAT_OPTIONAL_VERBS[language], _REPORTING_VERBS[language]) if v)


def _pronoun_attribution(text: str, language: str) -> bool:
    if language not in _REPORTING_VERBS:
        return False
    verbs = _any_reporting_verb(language)
    pattern = rf"(?:{_PRONOUN_SOURCES[language]})\s+(?:{verbs})\b"
    return re.match(pattern, text, re.IGNORECASE) is not None


def _drop_leading_attribution(text: str, language: str) -> str | None:
    """'Police said that the road will reopen' -> 'The road will reopen'."""
    if language not in _REPORTING_VERBS:
        return None
    that = _COMPLEMENTIZER[language]
    source = r"[^,;:\"“”()]{1,60}?"
    when = r"(?:\s+on\s+\w+|\s+in\s+a\s+statement)?"
    speech = _THAT_OPTIONAL_VERBS[language]
    said = rf"(?:{speech}){when}[,:]?\s+(?:(?:{that})\s*)?"
    reported = rf"(?:{_REPORTING_VERBS[language]}){when}\s+(?:{that})\s*"
    verb = f"{said}|{reported}" if speech else reported
    match = re.match(rf"({source})\s(?:{verb})", text, re.IGNORECASE)
    if match is None or _RELATIVE_WORDS.search(match.group(1)):
        return None
    claim = text[match.end() :]
    if (
        len(claim.split()) < _MIN_CLAUSE_WORDS
        or not _quotes_balanced(claim)
        or opens_with_dangling_reference(claim, language)  # "…said that it would" -> "It would"
    ):
        return None
    return _capitalize(claim)


# A source holding a relative clause ("The man who was found…") is not an attribution.
_RELATIVE_WORDS = re.compile(r"\b(?:who|which|that|whose|qui|que|dont)\b", re.IGNORECASE)


def _drop_trailing_attribution(text: str, language: str) -> str | None:
    """'The road will reopen, police said.' -> 'The road will reopen.'

    Only a bare attribution goes: after the verb at most a time or an addressee (", he told
    the BBC on Monday."), so ", police said the man had fled." keeps its claim.
    """
    if language not in _REPORTING_VERBS:
        return None
    verbs = _any_reporting_verb(language)
    according = _ACCORDING_TO[language]
    source = r"[^,;\"“”]{1,60}?"
    after = r"(?:\s+(?:on|last|this|in|at|to|earlier|later)(?:\s+[\w'’-]+){1,3})?"
    # ", said John Smith." A capital even where the rest ignores case: in French, ", estime que
    # tout ira bien." is a claim, not a name.
    name = r"(?:\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*){1,4}"
    match = re.search(
        rf",\s+(?:(?:{according})\s[^,;\"“”]+|{source}\s(?:{verbs}){after}|(?:{verbs}){name})[.!]?$",
        text,
        re.IGNORECASE if language != "english" else 0,
    )
    if match is None or len(text[: match.start()].split()) < _MIN_CLAUSE_WORDS:
        return None
    return _finish(text[: match.start()])


def _drop_parentheticals(text: str, language: str) -> str | None:
    # "Kano, Nigeria (CNN)Boko Haram" must not become "NigeriaBoko Haram".
    shorter = re.sub(
        r"\s*\([^()]*\)(\w?)", lambda m: f" {m[1]}" if m[1] else "", text, count=1
    ).strip()
    return _capitalize(_finish(shorter)) if shorter != text else None


def _drop_introductory_phrase(text: str, language: str) -> str | None:
    """'In September last year, Ali Mama and Tencent …' -> 'Ali Mama and Tencent …'."""
    introductions = _INTRODUCTIONS.get(language)
    if introductions is None or not re.match(rf"(?:{introductions})\b", text, re.IGNORECASE):
        return None
    for match in re.finditer(r",\s+", text):
        rest = text[match.end() :]
        if len(rest.split()) < _MIN_CLAUSE_WORDS or not _quotes_balanced(rest):
            return None
        if '"' in text[: match.start()] or "“" in text[: match.start()]:
            return None
        if re.match(_CLAUSE_OPENERS[language], rest) and not opens_with_dangling_reference(
            rest, language
        ):
            return _capitalize(rest)
    return None


_NOT_A_PREDICATE = {
    "english": frozenset((
        "with", "and", "or", "but", "as", "while", "which", "who", "in", "on", "at", "for",
        "from", "by", "to", "of", "after", "before", "including", "than", "like", "into",
    )),
    "french": frozenset((
        "avec", "et", "ou", "mais", "comme", "qui", "dans", "sur", "pour", "par", "de", "du",
        "des", "à", "au", "aux", "après", "avant", "dont", "que",
    )),
}  # fmt: skip
_RELATIVE = {"english": r"which|who|whose", "french": r"qui|dont|lequel|laquelle"}
# After a short subject, a participle phrase: "The agreement, reached after talks, …". Not an
# appositive (", the …,"): on the eval sets that cut as often garbled a sentence as helped.
_AFTER_SUBJECT = {"english": r"\w+ing\b|\w+ed\b|\w+en\b"}


def _drop_inserted_clause(text: str, language: str) -> str | None:
    """'The road, which was closed on Monday, will reopen' -> 'The road will reopen'.

    The clause holds no comma and what follows goes on in lower case. A participle phrase
    (", reached after talks,") is only taken right after a short opening subject: elsewhere
    ", costed and achievable policies, …" may be a list, and cutting it changes the claim.
    """
    relative = _RELATIVE.get(language)
    if relative is None:
        return None
    after_subject = _AFTER_SUBJECT.get(language)
    for match in re.finditer(r",\s([^,]+),\s", text):
        rest = text[match.end() :]
        if len(rest.split()) < 3 or not rest[:1].islower():
            continue
        head = text[: match.start()]
        clause = match.group(1)
        if not _quotes_balanced(clause) or len(head.split()) < 2:
            continue
        if re.match(rf"(?:{relative})\b", clause, re.IGNORECASE) or (
            after_subject
            and len(head.split()) <= 4
            and re.match(rf"(?:{after_subject})", clause)
            and re.match(r"(?:the|a|an|[A-Z])", head)
            # "Behind this, the groups grew, with …": no subject, and no verb after it.
            and not opens_with_dangling_reference(f"{head},", language)
            and rest.split()[0].lower() not in _NOT_A_PREDICATE.get(language, ())
        ):
            return f"{head} {rest}"
    return None


def _drop_tail_after_separator(text: str, language: str) -> str | None:
    """Cut after the last ';' or dash that leaves a full clause before it."""
    return _cut_at_last(text, r";\s|\s[–—-]{1,2}\s")


def _drop_subordinate_tail(text: str, language: str) -> str | None:
    """Cut a trailing ", which …", ", accounting for …" or " while …" (a contrast, not a
    condition: " if …" or " after …" without a comma stays, cutting it would change the claim)."""
    tails = _SUBORDINATE_TAIL.get(language)
    if tails is None:
        return None
    contrasts = _CONTRAST.get(language)
    separator = rf",\s(?:{tails})\b" + (rf"|\s(?:{contrasts})\s" if contrasts else "")
    return _cut_at_last(text, separator, re.IGNORECASE, whole_tail=True)


_CONTRAST = {"english": r"while|whereas|although", "french": r"alors\s+que|tandis\s+que"}


def _drop_coordinate_tail(text: str, language: str) -> str | None:
    """'X rose, and Y fell' -> 'X rose.' Last resort before "…": a list ("A, B, and C") would
    lose an item, so what is cut must itself be a clause of four words or more."""
    conjunction = {"english": "and", "french": "et"}.get(language)
    if conjunction is None:
        return None
    for match in reversed(list(re.finditer(rf",\s{conjunction}\s", text))):
        if len(text[match.end() :].split()) >= 4:
            return _cut_at_last(text[: match.end()], rf",\s{conjunction}\s")
    return None


def _cut_at_last(
    text: str, separator: str, flags: int = 0, *, whole_tail: bool = False
) -> str | None:
    """Cut at the last separator that leaves a full clause. With ``whole_tail`` the part cut
    must hold no comma: in "Utilities that kept a register, linking each pipe to its age,
    were able to …" the phrase is inside the clause, not at its end."""
    for match in reversed(list(re.finditer(separator, text, flags))):
        if whole_tail and "," in text[match.end() :]:
            continue
        head = text[: match.start()]
        if len(head.split()) >= _MIN_CLAUSE_WORDS and not _inside_quotation(text, match.start()):
            return _finish(head)
    return None


def _inside_quotation(text: str, position: int) -> bool:
    """True when ``position`` falls inside a quotation that closes later in the sentence. A
    quotation left open (it goes on in the next sentence) may be cut."""
    before, after = text[:position], text[position:]
    if before.count('"') % 2 and '"' in after:
        return True
    return before.count("“") > before.count("”") and "”" in after


def _cut_with_ellipsis(text: str, language: str) -> str:
    """Cut at a word boundary so the bullet, with its "…", fits ``TARGET_CHARS``."""
    words = text[: TARGET_CHARS - len(ELLIPSIS) + 1].split(" ")[:-1] or [text[: TARGET_CHARS - 1]]
    # Do not end on a word that leaves the cut visibly unfinished ("of", "the", "and").
    weak = _WEAK_ENDINGS.get(language, frozenset())
    following = text[len(" ".join(words)) :].split()
    # Nor inside a name ("Alexandra… Palace"), nor on a weak word ("of", "the", "and").
    while len(words) > 1 and following and words[-1][:1].isupper() and following[0][:1].isupper():
        following.insert(0, words.pop())
    while len(words) > 1 and re.sub(r"\W", "", words[-1]).lower() in weak:
        words.pop()
    cut = " ".join(words).rstrip(" ,;:–—-")
    if not _quotes_balanced(cut) and cut[:1] in '"“':
        cut = cut[1:]  # the closing quote was cut away: the opening one would mislead
    return cut + ELLIPSIS


_WEAK_ENDINGS: dict[str, frozenset[str]] = {
    "english": frozenset((
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
        "but", "as", "that", "which", "who", "whose", "its", "their", "his", "her", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "will", "would",
    )),
    "french": frozenset((
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "aux", "et", "ou",
        "mais", "que", "qui", "dont", "en", "sur", "par", "pour", "avec", "dans", "est", "sont",
        "a", "ont", "sa", "son", "ses", "leur", "leurs",
    )),
}  # fmt: skip
