"""Rate every body sentence with one method, then pick the summary within the length asked for.

Each sumy summarizer is run as sumy runs it, but with a "count" callable that keeps the rating
of every sentence, so PortAI gets full per-sentence scores rather than only the top N.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from portai.config import Length
from portai.errors import UsageError
from portai.models import Article
from portai.nlp import LanguageTools, build_document

Ratings = list[float]
Scorer = Callable[[Any, Article, LanguageTools], Ratings]

# Edmundson's stigma words mark sentences a reader does not want in a summary:
# page furniture and hedging. Kept short on purpose; sumy ships none. English only for now:
# in other languages they simply never match.
ENGLISH_STIGMA_WORDS: tuple[str, ...] = (
    "click", "subscribe", "newsletter", "advertisement", "sponsored", "copyright", "cookie",
    "cookies", "pictured", "caption", "photo", "follow", "share", "comment", "hardly", "perhaps",
    "maybe", "reportedly", "allegedly",
)  # fmt: skip


@dataclass(frozen=True)
class Method:
    name: str
    label: str
    description: str
    scorer: Scorer


def _lead_ratings(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    count = len(document.sentences)
    return [float(count - position) for position in range(count)]


def _sumy_ratings(summarizer: Any, document: Any) -> Ratings:
    """Run a sumy summarizer and keep the rating it gave every sentence, in document order."""
    captured: list[Any] = []

    def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
        captured.extend(infos)
        return infos

    summarizer(document, keep_all)
    by_order = {info.order: float(info.rating) for info in captured}
    return [by_order.get(position, 0.0) for position in range(len(document.sentences))]


def _with_stop_words(summarizer: Any, tools: LanguageTools) -> Any:
    summarizer.stop_words = tools.stop_words
    return summarizer


def _luhn(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.luhn import LuhnSummarizer

    return _sumy_ratings(_with_stop_words(LuhnSummarizer(tools.stemmer), tools), document)


def _lsa(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.lsa import LsaSummarizer

    return _sumy_ratings(_with_stop_words(LsaSummarizer(tools.stemmer), tools), document)


def _lexrank(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy_ratings(_with_stop_words(LexRankSummarizer(tools.stemmer), tools), document)


def _textrank(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy_ratings(_with_stop_words(TextRankSummarizer(tools.stemmer), tools), document)


def _kl(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.kl import KLSummarizer

    return _sumy_ratings(_with_stop_words(KLSummarizer(tools.stemmer), tools), document)


def _sumbasic(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    return _sumy_ratings(_with_stop_words(SumBasicSummarizer(tools.stemmer), tools), document)


def _reduction(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.reduction import ReductionSummarizer

    return _sumy_ratings(_with_stop_words(ReductionSummarizer(tools.stemmer), tools), document)


def _edmundson(document: Any, article: Article, tools: LanguageTools) -> Ratings:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(tools.stemmer)
    summarizer.bonus_words = edmundson_bonus_words(article, tools)
    summarizer.stigma_words = ENGLISH_STIGMA_WORDS
    summarizer.null_words = tools.stop_words
    return _sumy_ratings(summarizer, document)


def edmundson_bonus_words(article: Article, tools: LanguageTools, limit: int = 10) -> list[str]:
    """Content words of the title and headings; without those, the article's most frequent ones."""
    heading_text = " ".join(filter(None, (article.title, article.deck, *article.headings)))
    words = [w for w in tools.words(heading_text) if w.lower() not in tools.stop_words]
    if words:
        return words
    counts = Counter(
        w.lower()
        for sentence in article.body_sentences
        for w in tools.words(sentence)
        if w.lower() not in tools.stop_words
    )
    return [word for word, _ in counts.most_common(limit)] or ["the"]


METHODS: dict[str, Method] = {
    method.name: method
    for method in (
        Method(
            "lead", "Lead", "the first sentences of the body (the news baseline)", _lead_ratings
        ),
        Method("luhn", "Luhn", "sentences dense in the article's frequent words", _luhn),
        Method("lsa", "LSA", "latent semantic analysis (SVD of the word-sentence matrix)", _lsa),
        Method("lexrank", "LexRank", "graph centrality over TF-IDF cosine similarity", _lexrank),
        Method("textrank", "TextRank", "PageRank over word-overlap similarity", _textrank),
        Method("edmundson", "Edmundson", "cue, title and location words", _edmundson),
        Method("kl", "KL-Sum", "greedy KL-divergence to the article's word distribution", _kl),
        Method("sumbasic", "SumBasic", "word probability with redundancy updates", _sumbasic),
        Method("reduction", "Reduction", "graph-based sentence reduction", _reduction),
    )
}

# What sumy raises on small or odd documents (one sentence, only stop words, ...).
# numpy's LinAlgError is a ValueError; ZeroDivisionError an ArithmeticError; KeyError a LookupError.
_SUMY_FAILURES: tuple[type[Exception], ...] = (ArithmeticError, LookupError, ValueError)


def get_method(name: str) -> Method:
    try:
        return METHODS[name.lower()]
    except KeyError:
        raise UsageError(f"unknown method: {name} (choose from {', '.join(METHODS)})") from None


def rate_sentences(method: Method, article: Article, tools: LanguageTools) -> Ratings:
    """One rating per body sentence (higher is better), in article order.

    When a sumy algorithm cannot rate a degenerate document (e.g. every word a stop word), the
    article order is used instead: a summary of such a text is its opening anyway.
    """
    import numpy

    document = build_document(tools, article)
    try:
        # sumy divides by zero on degenerate documents: make numpy raise instead of returning NaN.
        # Its warnings (e.g. LSA's "fewer words than sentences") are handled here, not shown.
        with numpy.errstate(all="raise"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ratings = method.scorer(document, article, tools)
    except _SUMY_FAILURES:
        ratings = []
    if len(ratings) != len(document.sentences) or not all(map(math.isfinite, ratings)):
        ratings = _lead_ratings(document, article, tools)
    return ratings


def scale(ratings: Ratings) -> list[float]:
    """Ratings mapped to 0-1 within the article (1 = best); equal ratings all become 1."""
    low, high = min(ratings), max(ratings)
    if high == low:
        return [1.0] * len(ratings)
    return [(r - low) / (high - low) for r in ratings]


def rank_order(ratings: Ratings) -> list[int]:
    """Sentence positions, best first; ties go to the earlier sentence (as in sumy)."""
    return sorted(range(len(ratings)), key=lambda position: (-ratings[position], position))


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
