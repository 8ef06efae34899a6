"""Whether a sentence can stand alone: openers that point back at text the reader has not seen.

An extractive summary shows sentences out of context. One that opens with "He", "This" or
"However" leans on its predecessor; shown alone it reads as a non sequitur or, worse, pins a
claim on the wrong subject (Zhang et al. 2022, "Extractive is not Faithful"). The word lists
are per language; a language without one is never flagged, so more languages slot in by
adding a ``Lexicon`` here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_LEADING_JUNK = r"[\s\"'“”‘’«»„(\[–—-]*"


@dataclass(frozen=True)
class Lexicon:
    """Openers for one language.

    ``references`` are pronouns and demonstratives that need an antecedent; ``connectives``
    link to the previous sentence and can be dropped from a bullet without changing its claim;
    ``self_contained`` are demonstrative phrases that resolve on their own ("This year").
    """

    references: tuple[str, ...]
    connectives: tuple[str, ...]
    self_contained: tuple[str, ...] = ()
    # Pronouns that, closing a short opening phrase ("Behind this, …"), point back too.
    phrase_final_references: tuple[str, ...] = ()


# First- and second-person pronouns are left out on purpose: in news they are mostly the
# author or a quoted speaker, and flagging them would drop most quotes.
_ENGLISH = Lexicon(
    references=(
        "he", "she", "it", "its", "it's", "they", "their", "theirs", "them", "him", "his",
        "her", "this", "these", "those", "that", "such", "the latter", "the former",
    ),
    connectives=(
        "however", "but", "also", "and", "yet", "so", "or", "nor", "still", "moreover",
        "furthermore", "meanwhile", "nevertheless", "nonetheless", "instead", "thus",
        "therefore", "hence", "consequently", "additionally", "besides", "otherwise",
        "likewise", "similarly", "then", "accordingly", "indeed", "in addition",
        "at the same time", "on the other hand", "as a result", "for example",
        "for instance", "in contrast", "by contrast", "even so", "in turn", "in fact",
        "after that", "as such", "because of this", "despite this", "even then",
    ),
    self_contained=(
        "this year", "this week", "this month", "this morning", "this afternoon",
        "this evening", "this weekend", "this summer", "this winter", "this spring",
        "this autumn", "this fall", "this season", "this past", "these days",
        "that night", "that day", "that year", "it is not clear", "it is unclear",
        "so far", "so-called", "still to come", "then-",
    ),
    phrase_final_references=("this", "that", "these", "those", "it", "them", "him", "her"),
)  # fmt: skip

_FRENCH = Lexicon(
    references=(
        "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses",
        "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "cela", "ceci", "ça", "ce", "cet",
        "cette", "ces", "ce dernier", "cette dernière", "ces derniers", "ces dernières",
    ),
    connectives=(
        "mais", "et", "aussi", "donc", "pourtant", "cependant", "toutefois", "néanmoins",
        "or", "ainsi", "puis", "ensuite", "en outre", "par ailleurs", "de plus",
        "en revanche", "par conséquent", "d'ailleurs", "en effet", "de son côté",
        "de leur côté", "pour sa part", "pour leur part", "en même temps", "par exemple",
        "alors",
    ),
    self_contained=(
        "cette année", "cette semaine", "ce mois", "ce matin", "ce soir", "ce week-end",
        "cet été", "cet hiver", "cet automne", "ce printemps", "ce lundi", "ce mardi",
        "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche", "ce jour",
        "ces derniers jours", "ces dernières années", "ces dernières semaines",
        "ces derniers mois", "c'est", "ce qui", "ce que", "ce sont", "ainsi que",
    ),
    phrase_final_references=("cela", "ceci", "ça", "celui-ci", "celle-ci", "lui", "eux"),
)  # fmt: skip

LEXICONS: dict[str, Lexicon] = {"english": _ENGLISH, "french": _FRENCH}


@dataclass(frozen=True)
class _Patterns:
    dangling: re.Pattern[str] | None
    self_contained: re.Pattern[str] | None
    connective: re.Pattern[str] | None


def _alternation(phrases: tuple[str, ...]) -> str:
    # Longest first, so "in addition" wins over "in" and "the latter" over "the".
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@cache
def _patterns(language: str) -> _Patterns:
    lexicon = LEXICONS.get(language)
    if lexicon is None:
        return _Patterns(None, None, None)
    end = r"(?![\w'’-])"
    opener = _alternation(lexicon.references + lexicon.connectives)
    if lexicon.phrase_final_references:
        final = _alternation(lexicon.phrase_final_references)
        opener += rf"|(?:[\w'’-]+\s+){{1,3}}(?:{final})\s*,"
    self_contained = _alternation(lexicon.self_contained)
    connective = _alternation(lexicon.connectives)
    return _Patterns(
        dangling=re.compile(rf"{_LEADING_JUNK}(?:{opener}){end}", re.IGNORECASE),
        self_contained=re.compile(rf"{_LEADING_JUNK}(?:{self_contained})", re.IGNORECASE),
        # A connective is only dropped where a comma, or a coordinating word, marks its end.
        connective=re.compile(rf"{_LEADING_JUNK}(?:{connective}){end}\s*,?\s*", re.IGNORECASE),
    )


def opens_with_dangling_reference(sentence: str, language: str) -> bool:
    """True when the sentence opens with a word that points back ("He", "This", "But" ...)."""
    patterns = _patterns(language)
    if patterns.dangling is None or not patterns.dangling.match(sentence):
        return False
    return not (patterns.self_contained and patterns.self_contained.match(sentence))


def leading_connective_length(sentence: str, language: str) -> int:
    """Characters taken by a leading connective ("However, ", "In addition, "), else 0."""
    patterns = _patterns(language)
    if patterns.connective is None or (
        patterns.self_contained and patterns.self_contained.match(sentence)
    ):
        return 0
    match = patterns.connective.match(sentence)
    return match.end() if match else 0
