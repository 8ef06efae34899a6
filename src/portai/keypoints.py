"""Key points: the few sentences a busy reader takes away, best first.

A first version: the top-ranked body sentences, skipping near-duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence

from portai.models import KeyPoint
from portai.nlp import LanguageTools
from portai.ranking import rank_order

_MAX_OVERLAP = 0.6  # share of content words two points may have in common


def pick_key_points(
    sentences: Sequence[str],
    ratings: Sequence[float],
    scores: Sequence[float],
    tools: LanguageTools,
    count: int,
) -> tuple[KeyPoint, ...]:
    """Up to ``count`` top-ranked sentences, ordered by importance, no two saying the same.

    Near-duplicates (most content words shared) are skipped, so repeated sentences appear once.
    """
    points: list[KeyPoint] = []
    chosen_words: list[set[str]] = []
    for position in rank_order(list(ratings)):
        if len(points) >= count:
            break
        words = set(tools.content_stems(tools.words(sentences[position])))
        if any(_overlap(words, other) > _MAX_OVERLAP for other in chosen_words):
            continue
        chosen_words.append(words)
        points.append(KeyPoint(sentences[position], position, scores[position]))
    return tuple(points)


def _overlap(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
