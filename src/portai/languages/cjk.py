"""What Chinese and Japanese share: sentences that end at full-width marks, not at spaces.

Punkt needs a space after a sentence's full stop; Chinese and Japanese put none. A sentence
ends at 。！？ (and ； in Chinese, and …… ), or a full stop before a space, with any closing
quotes or brackets after it. A
mark inside quotes or brackets does not end the sentence, except that a quotation closing on
its own full stop (“……。”) ends one, unless a particle quoting it follows (「……。」と述べた).
"""

from __future__ import annotations

from collections.abc import Callable

from portai.languages import english
from portai.languages.base import (
    ClauseCuts,
    DocumentCues,
    KeywordCues,
    Language,
    NewsPatterns,
    Openers,
    identity_stemmer,
)
from portai.languages.nltk_tools import sumy_stop_words
from portai.languages.resources import iso_stop_words

# A CJK key point: what a cut aims for, and the most kept (a word is one or two characters).
BULLET_TARGET_CHARS = 50
BULLET_MAX_CHARS = 60

OPENING = "「『“‘（(《【〈"
CLOSING = "」』”’）)》】〉"
_MATCHING = dict(zip(CLOSING, OPENING, strict=True))
# An unclosed bracket stops counting after this many characters: a stray 「 must not turn the
# rest of the article into one sentence.
_MAX_QUOTED = 300


def sentence_splitter(terminals: str, quote_continuations: str = "") -> Callable[[str], list[str]]:
    """A splitter ending sentences at ``terminals``; ``quote_continuations`` are the characters
    that, right after a quotation's closing mark, carry the sentence on (Japanese と, って)."""

    def split(paragraph: str) -> list[str]:
        sentences: list[str] = []
        start, depth, opened_at = 0, 0, 0
        position, length = 0, len(paragraph)
        while position < length:
            char = paragraph[position]
            if char in OPENING and char not in CLOSING:
                if depth == 0:
                    opened_at = position
                depth += 1
            elif char in _MATCHING and depth and char not in OPENING:
                depth -= 1
            elif depth and position - opened_at > _MAX_QUOTED:
                depth = 0
            # A Latin full stop ends a sentence only before a space ("5.2%" goes on).
            if char in terminals or (char == "." and paragraph[position + 1 : position + 2] == " "):
                end = position + 1
                while end < length and paragraph[end] in terminals:
                    end += 1
                closing = end
                while closing < length and paragraph[closing] in CLOSING:
                    closing += 1
                after_closing = depth - (closing - end)
                if depth == 0 or (
                    closing > end
                    and after_closing <= 0
                    and paragraph[closing : closing + 1] not in quote_continuations
                ):
                    sentences.append(paragraph[start:closing])
                    start, depth = closing, 0
                    position = closing
                    continue
            position += 1
        sentences.append(paragraph[start:])
        return [s.strip() for s in sentences if s.strip()]

    return split


def cjk_language(
    name: str,
    code: str,
    *,
    splitter: Callable[[str], list[str]],
    segmenter: tuple[Callable[[str], list[str]], Callable[[str], bool]],
    openers: Openers,
    news: NewsPatterns,
    clause_cuts: ClauseCuts,
    characters_per_minute: int,
    document: DocumentCues,
) -> Language:
    """The profile of a language written without spaces: words and their "is a noun" test from
    a segmenter, no stemming, sumy's and stopwords-iso's stop words, key points of at most
    ``BULLET_MAX_CHARS`` characters, reading time in characters; ``document`` names its back
    matter, own summary and page chrome."""
    words, is_noun = segmenter
    return Language(
        name=name,
        code=code,
        sentence_splitter=splitter,
        word_tokenizer=words,
        stemmer=identity_stemmer,
        stop_words=sumy_stop_words(name) | iso_stop_words(code),
        openers=openers,
        keywords=KeywordCues(accepts=is_noun),
        news=news,
        page_furniture=english.FURNITURE,
        spaced=False,
        characters_per_minute=characters_per_minute,
        bullet_target_chars=BULLET_TARGET_CHARS,
        bullet_max_chars=BULLET_MAX_CHARS,
        clause_cuts=clause_cuts,
        document=document,
    )
