"""Whether a sentence can stand alone: openers that point back at text the reader has not seen.

An extractive summary shows sentences out of context. One that opens with "He", "This" or
"However" leans on its predecessor; shown alone it reads as a non sequitur or, worse, pins a
claim on the wrong subject (Zhang et al. 2022, "Extractive is not Faithful"). The word lists
are the language profile's ``Openers``; a language without them is never flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from portai.languages import Language

_LEADING_JUNK = r"[\s\"'“”‘’«»„「『（(\[–—-]*"


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
def _patterns(language: Language) -> _Patterns:
    lexicon = language.openers
    if lexicon is None:
        return _Patterns(None, None, None)
    # Chinese and Japanese words have no spaces around them: an opener is a prefix there.
    end = r"(?![\w'’-])" if language.spaced else ""
    opener = _alternation(lexicon.references + lexicon.connectives)
    if lexicon.phrase_final_references:
        final = _alternation(lexicon.phrase_final_references)
        opener += rf"|(?:[\w'’-]+\s+){{1,3}}(?:{final})\s*,"
    self_contained = _alternation(lexicon.self_contained)
    # A filler is dropped like a connective but never makes a sentence dangle.
    connective = _alternation(lexicon.connectives + lexicon.fillers)
    return _Patterns(
        dangling=re.compile(rf"{_LEADING_JUNK}(?:{opener}){end}", re.IGNORECASE),
        self_contained=re.compile(rf"{_LEADING_JUNK}(?:{self_contained})", re.IGNORECASE),
        # A connective is only dropped where a comma, or a coordinating word, marks its end.
        connective=re.compile(
            rf"{_LEADING_JUNK}(?:{connective}){end}\s*[,，、]?\s*", re.IGNORECASE
        ),
    )


def _plain_quotes(text: str) -> str:
    """Typographic apostrophes and single quotes as ASCII ones, so "It’s" is "It's" to the
    word lists. One character for one: positions stay valid."""
    return text.translate(_TYPOGRAPHIC)


_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def opens_with_dangling_reference(sentence: str, language: Language) -> bool:
    """True when the sentence opens with a word that points back ("He", "This", "But" ...)."""
    sentence = _plain_quotes(sentence)
    patterns = _patterns(language)
    if patterns.dangling is None or not patterns.dangling.match(sentence):
        return False
    return not (patterns.self_contained and patterns.self_contained.match(sentence))


def leading_connective_length(sentence: str, language: Language) -> int:
    """Characters taken by the leading connectives and fillers ("However, ", "Uh, but uh,
    Yeah, "), else 0. One after another: a transcript's turn may open with several."""
    sentence = _plain_quotes(sentence)
    patterns = _patterns(language)
    if patterns.connective is None:
        return 0
    length = 0
    for _ in range(_MAX_LEADING_CONNECTIVES):
        rest = sentence[length:]
        if patterns.self_contained and patterns.self_contained.match(rest):
            break
        match = patterns.connective.match(rest)
        if match is None or not match.end():
            break
        length += match.end()
    return length


_MAX_LEADING_CONNECTIVES = 4


_REPEATED_RUN = re.compile(r"\b(\w+(?:\s+\w+){0,2})\s+\1\b", re.IGNORECASE)


def stumbles(text: str, language: Language, speech: bool) -> bool:
    """A speaker's stumble: a run of words said twice ("the only the only", "The The"), or in
    a transcript a sentence that starts again ("I've The only …", "so So, I got")."""
    cues = language.shortening
    fluent = cues.grammatical_repeats if cues is not None else frozenset()
    for match in _REPEATED_RUN.finditer(text):
        run = match[1]
        # "6-7 7-6": a score, not a stumble.
        if run.lower() in fluent or run.isdigit():
            continue
        # "La La Land", "Fadi Fadi": a name; "The The point", "I I know" are stumbles.
        if run[:1].isupper() and run.lower() not in language.stop_words:
            continue
        return True
    if not speech:
        return False
    tokens = re.findall(r"[\w'’]+|[^\w\s]", text)
    for before, word in pairwise(tokens):
        if (
            word[:1].isupper()
            and word.lower() in language.stop_words
            and not re.match(r"I(?:$|['’])", word)
            and (before[:1].islower() or re.fullmatch(r"I['’]\w+", before))
        ):
            return True
    return False
