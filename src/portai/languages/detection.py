"""``--language auto``: which profile fits a text, found offline from the text itself.

Scripts decide first, because they are certain and cost nothing: kana means Japanese, Han
characters without kana Chinese, Greek letters Greek, Malayalam letters Malayalam. Then a vote
of function words (stopwords-iso's lists) names the language of most articles at once; when it
is not clear, py3langid (langid.py's model of 97 languages, shipped inside its wheel) decides.
A language PortAI has no profile for, or a text whose letters are split between scripts, gets
the generic profile and a warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from portai.languages import SUPPORTED_CODES
from portai.languages.resources import iso_lists

# The detector reads this much of a text: enough for a sure answer, bounded in time.
SAMPLE_CHARACTERS = 4000
# A text whose letters are less than this share one script is mixed: no profile fits it.
MIXED_SCRIPTS = 0.6
# Too few letters to tell a language by: the detector's answer is taken, but a text this short
# in a language without a profile is not worth a warning.
_FEW_LETTERS = 20

# The detector's codes -> PortAI's profile names: every built-in language but the generic one.
PROFILES = SUPPORTED_CODES


_SCRIPT_LANGUAGES = {"greek": "el", "malayalam": "ml"}


@dataclass(frozen=True)
class Detection:
    """What ``detect_language`` found: ``code`` is the text's language (ISO 639-1, or "und"),
    ``language`` the profile to use ("generic" when none fits), ``warning`` why it is generic."""

    code: str
    language: str
    warning: str | None = None


def detect_language(text: str) -> Detection:
    """The profile for ``text``: see the module docstring."""
    sample = _sample(text)
    scripts = _script_counts(sample)
    letters = sum(scripts.values())
    if not letters:
        return Detection("und", "generic")
    if scripts["kana"] >= 0.05 * letters:
        return Detection("ja", "japanese")
    top_script, top_count = scripts.most_common(1)[0]
    if top_script == "han" and scripts["han"] >= 0.3 * letters:
        return Detection("zh", "chinese")
    if top_count < MIXED_SCRIPTS * letters:
        shares = ", ".join(
            f"{name} {count / letters:.0%}" for name, count in scripts.most_common(2)
        )
        return Detection("und", "generic", f"the text mixes scripts ({shares}): generic rules used")
    # Scripts written for one language PortAI has.
    if top_script in _SCRIPT_LANGUAGES:
        code = _SCRIPT_LANGUAGES[top_script]
        return Detection(code, PROFILES[code])
    code = _by_function_words(sample) or _classify(sample)
    profile = PROFILES.get(code)
    if profile is not None:
        return Detection(code, profile)
    if letters < _FEW_LETTERS:
        return Detection(code, "generic")
    return Detection(
        code,
        "generic",
        f"the text looks like language '{code}', which PortAI has no profile for:"
        " generic rules used (--language sets one)",
    )


def _sample(text: str) -> str:
    """The start of the text, and some of its middle: a title or a quote alone can mislead."""
    if len(text) <= SAMPLE_CHARACTERS:
        return text
    half = SAMPLE_CHARACTERS // 2
    middle = len(text) // 2
    return text[:half] + "\n" + text[middle : middle + half]


def _script_counts(text: str) -> Counter[str]:
    """Letters per script: latin, cyrillic, greek, han, kana, hangul, or another's name."""
    counts: Counter[str] = Counter()
    for char in text:
        if not char.isalpha():
            continue
        if char < "\u0250":
            counts["latin"] += 1
            continue
        name = unicodedata.name(char, "")
        script = name.split(" ", 1)[0]
        if script == "CJK":
            counts["han"] += 1
        elif script in ("HIRAGANA", "KATAKANA") or char == "\u30fc":
            counts["kana"] += 1
        else:
            counts[script.lower() or "other"] += 1
    return counts


# The function-word vote: the leading language must have this share of the words in its list,
# and against each of the next three, this many more words of its own than they have of theirs.
_FUNCTION_WORD_SHARE = 0.2
_OWN_WORDS_RATIO = 3.0
_OWN_WORDS_SHARE = 0.05
_FUNCTION_WORDS_READ = 500  # words: a sure vote, in about a millisecond
_MIN_WORDS = 20  # below, py3langid decides (at 20 the vote was right on all 56 sentences it took)
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _by_function_words(text: str) -> str | None:
    """The language whose stop words (stopwords-iso's lists, 58 languages) clearly fit the
    text best, or None when the vote is not clear or the text is short: py3langid decides then.

    Related languages share most function words (Danish and Norwegian, Spanish and Galician),
    so the leader must also have words of its own: against each runner-up, three times more
    words in its list and not theirs than the other way round. On
    ``benchmarks/data/detection.jsonl`` this answers 83 of the 88 passages that no script
    decides and 60 of 440 sentences, all correctly, and every article of the English and French
    dev sets (``benchmarks/detection_accuracy.py``); py3langid's model takes 0.6 s to load.
    """
    words = [w.lower() for w in _LETTERS.findall(text[: _FUNCTION_WORDS_READ * 12])]
    words = words[:_FUNCTION_WORDS_READ]
    if len(words) < _MIN_WORDS:
        return None
    lists = _function_word_lists()
    distinct = set(words)
    listing = {word: tuple(code for code, stop in lists if word in stop) for word in distinct}
    listed = [listing[word] for word in words]
    votes = Counter(code for codes in listed for code in codes)
    ranked = votes.most_common(4)
    if not ranked or ranked[0][1] < _FUNCTION_WORD_SHARE * len(words):
        return None
    best = ranked[0][0]
    for other, _ in ranked[1:]:
        own = sum(1 for codes in listed if best in codes and other not in codes)
        theirs = sum(1 for codes in listed if other in codes and best not in codes)
        if own < _OWN_WORDS_SHARE * len(words) or own < _OWN_WORDS_RATIO * theirs:
            return None
    return best


@cache
def _function_word_lists() -> tuple[tuple[str, frozenset[str]], ...]:
    """(code, stop words) for the 58 languages of stopwords-iso: the lists are looked up for the
    words of the text only, which is faster than indexing all 25,000 words in advance."""
    # stopwords-iso's lists are all lower case already.
    return tuple((code, frozenset(words)) for code, words in iso_lists().items())


# py3langid's labels for what PortAI's profiles call one language.
_SAME_LANGUAGE = {"nb": "no", "nn": "no", "wuu": "zh", "yue": "zh"}


def _classify(text: str) -> str:
    code, _ = _identifier().classify(text)
    return _SAME_LANGUAGE.get(str(code), str(code))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)
