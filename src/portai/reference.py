"""sumy's own summarizer classes, run the way sumy runs them: the reference for ``rankers``.

PortAI ranks with the array versions in ``rankers``. These run sumy's classes on the same
document, with a "count" callable that keeps the rating of every sentence, so tests and the
benchmark can check that both give the same ratings and the same selections.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from portai.models import Article
from portai.nlp import LanguageTools, build_document

Ratings = list[float]


def sumy_ratings(name: str, article: Article, tools: LanguageTools, **options: Any) -> Ratings:
    """Ratings of every body sentence by sumy's class for method ``name``, in article order.

    ``options`` are the Edmundson word lists (``bonus_words``, ``stigma_words``).
    """
    summarizer = _SUMMARIZERS[name](tools.stemmer)
    if name == "edmundson":
        summarizer.bonus_words = options["bonus_words"]
        summarizer.stigma_words = options["stigma_words"]
        summarizer.null_words = tools.stop_words
    else:
        summarizer.stop_words = tools.stop_words
    document = build_document(tools, article)
    captured: list[Any] = []

    def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
        captured.extend(infos)
        return infos

    summarizer(document, keep_all)
    by_order = {info.order: float(info.rating) for info in captured}
    return [by_order.get(position, 0.0) for position in range(len(document.sentences))]


def _summarizer_class(module: str, name: str) -> Callable[[Any], Any]:
    def build(stemmer: Any) -> Any:
        from importlib import import_module

        return getattr(import_module(f"sumy.summarizers.{module}"), name)(stemmer)

    return build


_SUMMARIZERS: dict[str, Callable[[Any], Any]] = {
    "luhn": _summarizer_class("luhn", "LuhnSummarizer"),
    "lsa": _summarizer_class("lsa", "LsaSummarizer"),
    "lexrank": _summarizer_class("lex_rank", "LexRankSummarizer"),
    "textrank": _summarizer_class("text_rank", "TextRankSummarizer"),
    "edmundson": _summarizer_class("edmundson", "EdmundsonSummarizer"),
    "kl": _summarizer_class("kl", "KLSummarizer"),
    "sumbasic": _summarizer_class("sum_basic", "SumBasicSummarizer"),
    "reduction": _summarizer_class("reduction", "ReductionSummarizer"),
}
SUMY_METHODS: tuple[str, ...] = tuple(_SUMMARIZERS)
