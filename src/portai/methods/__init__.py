"""Summarization methods: a registry of scorers that rate every body sentence of a Document.

    >>> from portai.methods import METHODS, register_method, Method
    >>> sorted(METHODS)

A method is a name, a label for the facts line, a description for ``--help`` and a scorer:
``scorer(document, summary_size) -> one rating per body sentence`` (higher is better).
``register_method`` adds one. sumy's algorithms run as PortAI's array versions
(``rankers``, the ``fast`` engine) or as sumy's own classes (``sumy_engine``,
``--engine sumy``); ``auto``, ``lead`` and registered methods are PortAI's own, and the
engine does not change them.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from portai.config import DEFAULT_ENGINE
from portai.document import Document
from portai.errors import InputNotUsableError, UsageError
from portai.methods import rankers
from portai.methods.auto import DEFAULT_WEIGHTS, AutoWeights, auto_ratings
from portai.methods.rankers import RankerInput
from portai.methods.sumy_engine import SUMY_CLASSES

Ratings = list[float]
# A scorer gets the analysed document and the number of sentences the summary will have (only
# ``auto`` uses it).
Scorer = Callable[[Document, int], Ratings]


@dataclass(frozen=True)
class Method:
    name: str
    label: str
    description: str
    scorer: Scorer


def lead_ratings(document: Document, summary_size: int = 0) -> Ratings:
    """The first sentences first: the news baseline."""
    count = len(document)
    return [float(count - position) for position in range(count)]


def auto_scorer(weights: AutoWeights = DEFAULT_WEIGHTS) -> Scorer:
    """``auto`` with these weights (the ablation varies them)."""

    def scorer(document: Document, summary_size: int) -> Ratings:
        return auto_ratings(document, summary_size, weights)

    return scorer


def _edmundson(document: Document, summary_size: int) -> Ratings:
    return rankers.edmundson(
        document.ranker_input, edmundson_bonus_words(document), document.language.stigma_words
    )


def _array(algorithm: Callable[[RankerInput], Ratings]) -> Scorer:
    def scorer(document: Document, summary_size: int) -> Ratings:
        return algorithm(document.ranker_input)

    return scorer


def edmundson_bonus_words(document: Document, limit: int = 10) -> list[str]:
    """Content words of the title and headings; without those, the article's most frequent ones."""
    article, language = document.article, document.language
    stop_words = language.stop_words
    heading_text = " ".join(filter(None, (article.title, article.deck, *article.headings)))
    words = [w for w in language.words(heading_text) if w.lower() not in stop_words]
    if words:
        return words
    counts = Counter(
        w.lower() for s in document.sentences for w in s.words if w.lower() not in stop_words
    )
    return [word for word, _ in counts.most_common(limit)] or ["the"]


METHODS: dict[str, Method] = {}


def register_method(method: Method) -> Method:
    """Make ``method`` available by its name everywhere a method is asked for."""
    METHODS[method.name.lower()] = method
    return method


for _method in (
    Method(
        "auto", "Auto", "position, centrality and title, minus boilerplate (the default)",
        auto_scorer(),
    ),
    Method("lead", "Lead", "the first sentences of the body (the news baseline)", lead_ratings),
    Method(
        "luhn", "Luhn", "sentences dense in the article's frequent words",
        _array(rankers.luhn),
    ),
    Method(
        "lsa", "LSA", "latent semantic analysis (SVD of the word-sentence matrix)",
        _array(rankers.lsa),
    ),
    Method(
        "lexrank", "LexRank", "graph centrality over TF-IDF cosine similarity",
        _array(rankers.lexrank),
    ),
    Method(
        "textrank", "TextRank", "PageRank over word-overlap similarity",
        _array(rankers.textrank),
    ),
    Method("edmundson", "Edmundson", "cue, title and location words", _edmundson),
    Method(
        "kl", "KL-Sum", "greedy KL-divergence to the article's word distribution",
        _array(rankers.kl),
    ),
    Method(
        "sumbasic", "SumBasic", "word probability with redundancy updates",
        _array(rankers.sumbasic),
    ),
    Method(
        "reduction", "Reduction", "graph-based sentence reduction",
        _array(rankers.reduction),
    ),
):  # fmt: skip
    register_method(_method)

# What an algorithm raises on small or odd documents (one sentence, only stop words, ...).
# numpy's FloatingPointError is an ArithmeticError, like ZeroDivisionError and
# rankers.DegenerateDocument; LinAlgError is a ValueError; SumBasic's KeyError a LookupError.
_RANKING_FAILURES: tuple[type[Exception], ...] = (ArithmeticError, LookupError, ValueError)


def get_method(name: str) -> Method:
    try:
        return METHODS[name.lower()]
    except KeyError:
        raise UsageError(f"unknown method: {name} (choose from {', '.join(METHODS)})") from None


def rate_sentences(
    method: Method, document: Document, summary_size: int = 3, *, engine: str = DEFAULT_ENGINE
) -> Ratings:
    """One rating per body sentence (higher is better), in article order.

    ``summary_size`` is the number of sentences the summary will have (see
    ``selection.summary_size``); ``auto`` weighs position by it. ``engine="sumy"`` runs sumy's
    own class for the methods that have one. When an algorithm cannot rate a degenerate
    document (e.g. every word a stop word) or rates every sentence alike, the article order
    is used, and ``document.warnings`` says so: a method never falls back to lead silently.
    A text too long for the method (LexRank beyond ``rankers.LEXRANK_MAX_SENTENCES``) raises
    InputNotUsableError naming a method that suits long texts.
    """
    import numpy

    try:
        # Make numpy raise on 0/0 rather than return NaN, as sumy's arithmetic would in Python.
        # Underflow is fine (SumBasic squares probabilities towards 0). sumy's warnings (e.g.
        # LSA's "fewer words than sentences") are handled here, not shown.
        with numpy.errstate(all="raise", under="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if engine == "sumy" and method.name in SUMY_CLASSES:
                ratings = _sumy_ratings(method, document)
            else:
                ratings = method.scorer(document, summary_size)
    except rankers.TooLongForMethod as error:
        raise InputNotUsableError(str(error)) from None
    except _RANKING_FAILURES:
        ratings = []
    if len(ratings) != len(document) or not all(map(math.isfinite, ratings)):
        document.warnings.append(
            f"{method.name} cannot rank the sentences of this text (too few words it counts);"
            " the summary is its opening sentences"
        )
        return lead_ratings(document)
    if len(ratings) > 1 and method.name != "lead" and max(ratings) == min(ratings):
        document.warnings.append(
            f"{method.name} rates every sentence of this text alike; the summary is its"
            " opening sentences"
        )
    return ratings


def _sumy_ratings(method: Method, document: Document) -> Ratings:
    from portai.methods.sumy_engine import sumy_ratings

    if method.name == "edmundson":
        return sumy_ratings(
            method.name,
            document,
            bonus_words=edmundson_bonus_words(document),
            stigma_words=document.language.stigma_words,
        )
    return sumy_ratings(method.name, document)


__all__ = [
    "METHODS",
    "Method",
    "Scorer",
    "auto_scorer",
    "edmundson_bonus_words",
    "get_method",
    "lead_ratings",
    "rate_sentences",
    "register_method",
]
