"""Rate every body sentence with one method, then pick the summary within the length asked for.

The sumy methods run on PortAI's array versions (``rankers``), which give the ratings sumy's
own classes give (``reference``, checked by the tests) in a fraction of the time.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from portai import rankers
from portai.auto import DEFAULT_WEIGHTS, AutoWeights, auto_ratings, section_positions
from portai.config import Length
from portai.errors import UsageError
from portai.models import Article
from portai.nlp import LanguageTools, document_headings
from portai.rankers import RankerInput

Ratings = list[float]
# A scorer gets the article as the algorithms see it, the article itself, the language tools and
# the number of sentences the summary will have (only ``auto`` uses it).
Scorer = Callable[[RankerInput, Article, LanguageTools, int], Ratings]

# Edmundson's stigma words mark sentences a reader does not want in a summary:
# page furniture and hedging. Kept short on purpose; sumy ships none. English only for now:
# in other languages they simply never match.
ENGLISH_STIGMA_WORDS: tuple[str, ...] = (
    "click", "subscribe", "newsletter", "advertisement", "sponsored", "copyright", "cookie",
    "cookies", "pictured", "caption", "photo", "follow", "share", "comment", "hardly", "perhaps",
    "maybe", "reportedly", "allegedly",
)  # fmt: skip

# Ratings that agree to this many significant digits are ties (the earlier sentence wins):
# sums taken in another order differ in the last bits, and that noise should not pick sentences.
TIE_DIGITS = 9


@dataclass(frozen=True)
class Method:
    name: str
    label: str
    description: str
    scorer: Scorer


def _lead_ratings(
    document: RankerInput, article: Article, tools: LanguageTools, summary_size: int = 0
) -> Ratings:
    count = document.count
    return [float(count - position) for position in range(count)]


def auto_scorer(weights: AutoWeights = DEFAULT_WEIGHTS) -> Scorer:
    """``auto`` with these weights, positions counted within sections (the ablation varies them)."""

    def scorer(
        document: RankerInput, article: Article, tools: LanguageTools, summary_size: int
    ) -> Ratings:
        return auto_ratings(document, summary_size, weights, section_positions(article))

    return scorer


def _edmundson(
    document: RankerInput, article: Article, tools: LanguageTools, summary_size: int
) -> Ratings:
    bonus_words = edmundson_bonus_words(article, tools, document.sentence_words)
    return rankers.edmundson(document, bonus_words, ENGLISH_STIGMA_WORDS)


def _plain(algorithm: Callable[[RankerInput], Ratings]) -> Scorer:
    def scorer(
        document: RankerInput, article: Article, tools: LanguageTools, summary_size: int
    ) -> Ratings:
        return algorithm(document)

    return scorer


def edmundson_bonus_words(
    article: Article,
    tools: LanguageTools,
    sentence_words: Sequence[Sequence[str]] | None = None,
    limit: int = 10,
) -> list[str]:
    """Content words of the title and headings; without those, the article's most frequent ones."""
    heading_text = " ".join(filter(None, (article.title, article.deck, *article.headings)))
    words = [w for w in tools.words(heading_text) if w.lower() not in tools.stop_words]
    if words:
        return words
    if sentence_words is None:
        sentence_words = [tools.words(sentence) for sentence in article.body_sentences]
    counts = Counter(
        w.lower() for ws in sentence_words for w in ws if w.lower() not in tools.stop_words
    )
    return [word for word, _ in counts.most_common(limit)] or ["the"]


METHODS: dict[str, Method] = {
    method.name: method
    for method in (
        Method(
            "auto", "Auto",
            "position, centrality and title, minus boilerplate (the default)", auto_scorer(),
        ),
        Method(
            "lead", "Lead", "the first sentences of the body (the news baseline)", _lead_ratings
        ),
        Method(
            "luhn", "Luhn", "sentences dense in the article's frequent words",
            _plain(rankers.luhn),
        ),
        Method(
            "lsa", "LSA", "latent semantic analysis (SVD of the word-sentence matrix)",
            _plain(rankers.lsa),
        ),
        Method(
            "lexrank", "LexRank", "graph centrality over TF-IDF cosine similarity",
            _plain(rankers.lexrank),
        ),
        Method(
            "textrank", "TextRank", "PageRank over word-overlap similarity",
            _plain(rankers.textrank),
        ),
        Method("edmundson", "Edmundson", "cue, title and location words", _edmundson),
        Method(
            "kl", "KL-Sum", "greedy KL-divergence to the article's word distribution",
            _plain(rankers.kl),
        ),
        Method(
            "sumbasic", "SumBasic", "word probability with redundancy updates",
            _plain(rankers.sumbasic),
        ),
        Method(
            "reduction", "Reduction", "graph-based sentence reduction", _plain(rankers.reduction)
        ),
    )
}  # fmt: skip

# What an algorithm raises on small or odd documents (one sentence, only stop words, ...).
# numpy's FloatingPointError is an ArithmeticError, like ZeroDivisionError and
# rankers.DegenerateDocument; LinAlgError is a ValueError; SumBasic's KeyError a LookupError.
_RANKING_FAILURES: tuple[type[Exception], ...] = (ArithmeticError, LookupError, ValueError)


def get_method(name: str) -> Method:
    try:
        return METHODS[name.lower()]
    except KeyError:
        raise UsageError(f"unknown method: {name} (choose from {', '.join(METHODS)})") from None


def ranker_input(
    article: Article, tools: LanguageTools, sentence_words: Sequence[Sequence[str]] | None = None
) -> RankerInput:
    """The article as the algorithms see it; pass ``sentence_words`` if already tokenized."""
    body = article.body_sentences
    return RankerInput(
        sentence_words=sentence_words or [tools.words(s) for s in body],
        heading_words=[tools.words(h) for h in document_headings(article)],
        paragraph_sizes=[len(p.sentences) for p in article.paragraphs],
        texts=body,
        stem=tools.stem,
        stop_words=tools.stop_words,
    )


def rate_sentences(
    method: Method,
    article: Article,
    tools: LanguageTools,
    sentence_words: Sequence[Sequence[str]] | None = None,
    *,
    summary_size: int = 3,
    reference: bool = False,
) -> Ratings:
    """One rating per body sentence (higher is better), in article order.

    ``summary_size`` is the number of sentences the summary will have (see ``summary_size``);
    ``auto`` weighs position by it.

    ``reference=True`` runs sumy's own class instead of PortAI's array version (tests and
    benchmarks compare the two). When an algorithm cannot rate a degenerate document (e.g.
    every word a stop word), the article order is used instead: a summary of such a text is its
    opening anyway.
    """
    import numpy

    document = ranker_input(article, tools, sentence_words)
    try:
        # Make numpy raise on 0/0 rather than return NaN, as sumy's arithmetic would in Python.
        # Underflow is fine (SumBasic squares probabilities towards 0). sumy's warnings (e.g.
        # LSA's "fewer words than sentences") are handled here, not shown.
        with numpy.errstate(all="raise", under="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if reference and method.name not in ("auto", "lead"):
                ratings = _reference_ratings(method, article, tools, sentence_words)
            else:
                ratings = method.scorer(document, article, tools, summary_size)
    except _RANKING_FAILURES:
        ratings = []
    if len(ratings) != document.count or not all(map(math.isfinite, ratings)):
        ratings = _lead_ratings(document, article, tools)
    return ratings


def summary_size(length: Length, word_counts: Sequence[int]) -> int:
    """How many sentences a summary of this length will have, for ``auto``'s position prior.

    A word budget is divided by the article's mean sentence length.
    """
    available = len(word_counts)
    if length.unit != "words" or not available:
        return length.sentence_count(available)
    mean_words = max(1.0, sum(word_counts) / available)
    return max(1, min(available, round(length.value / mean_words)))


def _reference_ratings(
    method: Method,
    article: Article,
    tools: LanguageTools,
    sentence_words: Sequence[Sequence[str]] | None,
) -> Ratings:
    from portai.reference import sumy_ratings

    if method.name == "edmundson":
        return sumy_ratings(
            method.name,
            article,
            tools,
            bonus_words=edmundson_bonus_words(article, tools, sentence_words),
            stigma_words=ENGLISH_STIGMA_WORDS,
        )
    return sumy_ratings(method.name, article, tools)


def rank_order(ratings: Ratings) -> list[int]:
    """Sentence positions, best first; ties go to the earlier sentence (as in sumy).

    Ratings equal to ``TIE_DIGITS`` significant digits (of the largest rating) are ties.
    """
    largest = max((abs(r) for r in ratings), default=0.0) or 1.0
    digits = TIE_DIGITS - 1 - math.floor(math.log10(largest))
    rounded = [round(r, digits) for r in ratings]
    return sorted(range(len(ratings)), key=lambda position: (-rounded[position], position))


def select_sentences(
    ratings: Ratings,
    length: Length,
    word_counts: Sequence[int],
    sentences: Sequence[str],
    dangling: Sequence[bool] | None = None,
) -> list[int]:
    """Positions of the summary sentences in article order, best-rated first within the budget.

    A repeated sentence is shown once. A sentence that opens with a word pointing back ("He",
    "However", see ``coherence``) brings in its predecessor when both fit the budget, and
    otherwise gives way to the next best sentence. At least one sentence is always returned.
    """
    order = _first_occurrences(rank_order(ratings), sentences)
    needs_context = dangling or [False] * len(sentences)
    if length.unit == "words":
        budget, cost = int(length.value), list(word_counts)
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
            if previous not in unique or (needs_context[previous] and previous - 1 not in chosen):
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
        key = " ".join(sentences[position].split()).casefold()
        if key not in seen:
            seen.add(key)
            unique.append(position)
    return unique
