"""Key points: the few facts a busy reader takes away, as short bullets, best first.

Sentences are picked by maximal marginal relevance (Carbonell & Goldstein 1998): each next
bullet maximizes ``0.7 * score - 0.3 * similarity`` to the bullets already chosen, where score
is the method's rating scaled to 0-1 and similarity the cosine of TF-IDF vectors over content
stems. On top of that:

- a sentence from a section that already has a bullet loses 0.3, so bullets spread over the
  article's sections;
- a sentence that can only be shortened by cutting it mid-way ("…") loses 0.4 (on the eval
  sets, with ``auto``'s scores, this takes bullets cut with "…" from 27% to 13% for 1.6 points
  less reference overlap);
- a speaker's stumble loses 0.4: a repeated run of words ("the only the only", "I I") or, in a
  transcript, a sentence that starts again ("I've The only …");
- a bullet that shares most of its content words with a chosen one, asks a question, is shorter
  than four words, opens with a dangling reference ("He", "This", see ``coherence``) or leaves
  a quotation unbalanced (``shortening.quotes_balanced``) is never taken; nor is a sentence
  that is not whole: one that ends on ":" or without a full stop (a caption, a heading, a cut
  line), unless a safe cut ended it; a verbless one that is short or in Title Case (a table's
  caption); a list's items without a verb.

Each sentence is shortened by ``shortening.shorten``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from portai import coherence
from portai.document import Document
from portai.languages import Language
from portai.models import KeyPoint
from portai.selection import rank_order
from portai.shortening import (
    Bullet,
    closes_earlier_quotation,
    ends_unfinished,
    has_verb,
    is_list_fragment,
    is_subordinate_fragment,
    quotes_balanced,
    shorten,
    stands_alone,
)

RELEVANCE_WEIGHT = 0.7
SECTION_PENALTY = 0.3
CUT_PENALTY = 0.4
STUMBLE_PENALTY = 0.4
MAX_SHARED_WORDS = 0.5  # share of the shorter bullet's content words two bullets may share
MIN_WORDS = 4
MAX_VERBLESS_WORDS = 10  # a bullet this short needs a verb the cues can see
_CANDIDATES = 60  # the best-rated sentences considered; enough for 5 bullets on any article

_MARKUP = re.compile(r"https?://|www\.|\]\(|\[\d+\]|\[\^\w+\]|</?[a-z]+[\s>]")
_STARTS_LIKE_A_SENTENCE = re.compile(r"^[\"'“‘«„「『（(\[]?\s?\w")
# A sentence's end: a full stop, "!", "?" or "…", then perhaps closing quotes or brackets.
_WHOLE_ENDING = re.compile(r"[.!?…。！？][\s\"'”’»)\]]*$")
_ANNOUNCES = re.compile(r":[\s\"'”’)\]]*[.…]?$")  # "… includes:" ("includes:." once finished)
_TITLE_CASE_SHARE = 0.8  # of the words of four letters or more; a caption, a heading

Vector = dict[str, float]


def pick_key_points(
    document: Document, scores: Sequence[float], count: int
) -> tuple[KeyPoint, ...]:
    """Up to ``count`` bullets ordered by score; ``scores`` are the 0-1 sentence scores."""
    if count <= 0:
        return ()
    body = document.texts
    language = document.language
    sections = [sentence.section for sentence in document.sentences]
    spread = len(set(sections)) > 1
    vectors = _tfidf_vectors(document.content_stems)
    speech = document.article.kind == "transcript"
    ranked = [
        position
        for position in rank_order(list(scores))[:_CANDIDATES]
        if not body[position][:1].islower()  # "won the women's 800m, …": a split-off fragment
    ]
    prepared: dict[int, _Candidate | None] = {}

    chosen: list[_Candidate] = []
    while len(chosen) < count:
        best, best_value = None, -math.inf
        for position in ranked:
            # No later candidate can do better: similarity and penalties only lower the value.
            # So only the sentences a choice depends on are shortened.
            if RELEVANCE_WEIGHT * scores[position] <= best_value:
                break
            if position not in prepared:
                prepared[position] = _candidate(body[position], position, language, speech)
            candidate = prepared[position]
            if candidate is None:
                continue
            _, bullet, stems, stumbles = candidate
            if any(position == other[0] or _shared(stems, other[2]) for other in chosen):
                continue
            similarity = max((_cosine(vectors[position], vectors[o[0]]) for o in chosen), default=0)
            value = RELEVANCE_WEIGHT * scores[position] - (1 - RELEVANCE_WEIGHT) * similarity
            if spread and any(sections[position] == sections[o[0]] for o in chosen):
                value -= SECTION_PENALTY
            if bullet.cut_mid_sentence:
                value -= CUT_PENALTY
            if stumbles:
                value -= STUMBLE_PENALTY
            if value > best_value:
                best, best_value = candidate, value
        if best is None:
            break
        chosen.append(best)
    chosen.sort(key=lambda c: (-scores[c[0]], c[0]))
    return tuple(KeyPoint(bullet.text, index, scores[index]) for index, bullet, *_ in chosen)


# Position, bullet, content stems, and whether the speaker stumbles in it.
_Candidate = tuple[int, Bullet, set[str], bool]


def _candidate(
    sentence: str, position: int, language: Language, speech: bool = False
) -> _Candidate | None:
    """The sentence as a bullet, with its content stems; None when it cannot be one."""
    if _ANNOUNCES.search(sentence):
        return None  # it announces what follows ("… the following new section:")
    bullet = shorten(sentence, language)
    if not _ends_whole(sentence, bullet, language):
        return None
    words = language.words(bullet.text)
    if len(words) < MIN_WORDS or bullet.text.rstrip("\"'”’)").endswith("?"):
        return None
    if not _STARTS_LIKE_A_SENTENCE.match(bullet.text):  # ", s'est exclamé …": a fragment
        return None
    if not stands_alone(bullet, language):
        return None
    # Quotes stay balanced (issue 15): a sentence that closes a quotation opened earlier is
    # someone's words without their opening, and one the cuts could not close off is skipped.
    if closes_earlier_quotation(sentence) or not quotes_balanced(
        bullet.text, cut=bullet.cut_mid_sentence
    ):
        return None
    # A bullet is a full clause that reads as prose: no URL, link or citation marker left,
    # no verbless heading or list, no fragment ending on "if" or "the".
    if _MARKUP.search(bullet.text):
        return None
    # Only a short one, or one in Title Case (a table's caption), is judged by its verb: a long
    # sentence may hold one the cues miss ("Real Madrid travel to …").
    if (len(words) <= MAX_VERBLESS_WORDS or _title_case(words)) and not has_verb(
        bullet.text, language, loose=True
    ):
        return None
    if is_list_fragment(bullet.text, language) or is_subordinate_fragment(bullet.text, language):
        return None  # a list's tail, or "To have been …" without its main clause
    if re.match(r"\(\w{1,4}\)\s", bullet.text) and not has_verb(bullet.text, language):
        return None  # "(3) Tips on how to …": a bill's enumerated item, no claim
    if not bullet.cut_mid_sentence and ends_unfinished(bullet.text, language):
        return None
    stumbles = coherence.stumbles(bullet.text, language, speech)
    return position, bullet, set(language.content_stems(words)), stumbles


def _ends_whole(sentence: str, bullet: Bullet, language: Language) -> bool:
    """Whether the bullet ends where a sentence ends. A sentence without a full stop (a
    caption, a heading, a line the splitter cut) makes a bullet only when a safe cut ended it
    earlier; shortening adds a "." either way, so its last words tell which."""
    if _WHOLE_ENDING.search(sentence.rstrip()) or language.clause_cuts is not None:
        return True
    if bullet.cut_mid_sentence:
        return False
    kept = re.findall(r"\w+", bullet.text)[-3:]
    return bool(kept) and re.findall(r"\w+", sentence)[-len(kept) :] != kept


def _title_case(words: Sequence[str]) -> bool:
    """'PPV of Research Findings for Various Combinations of Power': most long words capitalized."""
    long_words = [word for word in words if len(word) >= 4 and word[:1].isalpha()]
    capitals = sum(word[:1].isupper() for word in long_words)
    return len(long_words) >= 4 and capitals >= _TITLE_CASE_SHARE * len(long_words)


def _shared(first: set[str], second: set[str]) -> bool:
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) > MAX_SHARED_WORDS


def _tfidf_vectors(sentence_stems: Sequence[Sequence[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors, with each sentence as a document of the article."""
    documents = len(sentence_stems)
    frequency = Counter(stem for stems in sentence_stems for stem in set(stems))
    vectors = []
    for stems in sentence_stems:
        weights = {
            stem: count * math.log(1 + documents / frequency[stem])
            for stem, count in Counter(stems).items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({stem: w / norm for stem, w in weights.items()})
    return vectors


def _cosine(first: Vector, second: Vector) -> float:
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(stem, 0.0) for stem, weight in first.items())
