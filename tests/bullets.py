"""Checks a reader would make of a key point, shared by the shortening and key point tests."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def words_in_order(bullet: str, sentence: str) -> bool:
    """Every word of the bullet is a word of the sentence, in the same order."""
    remaining = iter(words(sentence))
    return all(word in remaining for word in words(bullet))


def share_most_words(first: str, second: str) -> bool:
    a, b = set(words(first)), set(words(second))
    return len(a & b) > 0.5 * min(len(a), len(b))
