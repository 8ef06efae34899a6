"""The summary within the length asked for: ratings -> the chosen sentences, in article order."""

from __future__ import annotations

import math
from collections.abc import Sequence

from portai.config import Length
from portai.document import Sentence

Ratings = list[float]

# Ratings that agree to this many significant digits are ties (the earlier sentence wins):
# sums taken in another order differ in the last bits, and that noise should not pick sentences.
TIE_DIGITS = 9


def summary_size(length: Length, word_counts: Sequence[int]) -> int:
    """How many sentences a summary of this length will have, for ``auto``'s position prior.

    A word budget is divided by the article's mean sentence length.
    """
    available = len(word_counts)
    if length.unit != "words" or not available:
        return length.sentence_count(available)
    mean_words = max(1.0, sum(word_counts) / available)
    return max(1, min(available, round(length.value / mean_words)))


def rank_order(ratings: Sequence[float]) -> list[int]:
    """Sentence positions, best first; ties go to the earlier sentence (as in sumy).

    Ratings equal to ``TIE_DIGITS`` significant digits (of the largest rating) are ties.
    """
    largest = max((abs(r) for r in ratings), default=0.0) or 1.0
    digits = TIE_DIGITS - 1 - math.floor(math.log10(largest))
    rounded = [round(r, digits) for r in ratings]
    return sorted(range(len(ratings)), key=lambda position: (-rounded[position], position))


# A predecessor this short ("OK.", "True.", a transcript's backchannel) explains nothing: the
# sentence that leans on it gives way instead of bringing it in.
MIN_CONTEXT_WORDS = 4


def select_sentences(
    ratings: Sequence[float], length: Length, sentences: Sequence[Sentence]
) -> list[int]:
    """Positions of the summary sentences in article order, best-rated first within the budget.

    A repeated sentence is shown once. A sentence that opens with a word pointing back ("He",
    "However", see ``coherence``) brings in its predecessor when both fit the budget and the
    predecessor has ``MIN_CONTEXT_WORDS`` words or more, and otherwise gives way to the next best
    sentence. At least one sentence is always returned.
    A ``words`` budget counts words as the language profile counts them.
    """
    order = _first_occurrences(rank_order(ratings), [s.text for s in sentences])
    needs_context = [s.dangling for s in sentences]
    if length.unit == "words":
        budget, cost = int(length.value), [s.word_count for s in sentences]
    else:
        budget, cost = length.sentence_count(len(order)), [1] * len(sentences)
    unique = set(order)
    chosen: set[int] = set()
    used = 0
    for position in order:
        if position in chosen:
            continue
        group = [position]
        if needs_context[position] and position - 1 not in chosen:
            previous = position - 1
            if (
                previous not in unique
                or (needs_context[previous] and previous - 1 not in chosen)
                or sentences[previous].word_count < MIN_CONTEXT_WORDS
            ):
                continue
            group.append(previous)
        group_cost = sum(cost[p] for p in group)
        if used + group_cost <= budget:
            chosen.update(group)
            used += group_cost
        if length.unit != "words" and used >= budget:
            break
    return sorted(chosen or order[:1])


def _first_occurrences(order: list[int], sentences: Sequence[str]) -> list[int]:
    seen: set[str] = set()
    unique = []
    for position in order:
        key = " ".join(sentences[position].split()).casefold()  # spacing and case aside
        if key not in seen:
            seen.add(key)
            unique.append(position)
    return unique
