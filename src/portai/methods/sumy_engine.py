"""The ``sumy`` engine: sumy's own summarizer classes, run the way sumy runs them.

PortAI ranks with its array versions (``rankers``, the ``fast`` engine). ``--engine sumy``
runs sumy's classes instead, on the same sentences, words, stemmer and stop words: the same
selections, far slower on long documents. The parity tests compare the two engines through
this path. A "count" callable keeps the rating of every sentence, not just the chosen ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import Any

from portai.document import Document

Ratings = list[float]

# Method name -> sumy's module and class.
SUMY_CLASSES: dict[str, tuple[str, str]] = {
    "luhn": ("luhn", "LuhnSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"),
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"),
    "kl": ("kl", "KLSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
}


def sumy_ratings(name: str, document: Document, **options: Any) -> Ratings:
    """Ratings of every body sentence by sumy's class for method ``name``, in article order.

    ``options`` are the Edmundson word lists (``bonus_words``, ``stigma_words``).
    """
    module, class_name = SUMY_CLASSES[name]
    language = document.language
    summarizer = getattr(import_module(f"sumy.summarizers.{module}"), class_name)(language.stemmer)
    if name == "edmundson":
        summarizer.bonus_words = options["bonus_words"]
        summarizer.stigma_words = options["stigma_words"]
        summarizer.null_words = language.stop_words
    else:
        summarizer.stop_words = language.stop_words
    sumy_document = build_document(document)
    captured: list[Any] = []

    def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
        captured.extend(infos)
        return infos

    summarizer(sumy_document, keep_all)
    by_order = {info.order: float(info.rating) for info in captured}
    return [by_order.get(position, 0.0) for position in range(len(sumy_document.sentences))]


def build_document(document: Document) -> Any:
    """A sumy document whose sentences are exactly the article's body sentences, in order.

    The title and section headings go in as sumy headings, each at the top of the paragraph it
    introduces: rankers skip headings, Edmundson reads them. The language profile is sumy's
    tokenizer (``to_words``), so both engines see the same words.
    """
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    language = document.language
    paragraphs = []
    for paragraph, headings in zip(
        document.article.paragraphs, document.paragraph_headings, strict=True
    ):
        sentences = [SumySentence(h, language, is_heading=True) for h in headings]
        sentences += [SumySentence(s, language) for s in paragraph.sentences]
        paragraphs.append(SumyParagraph(sentences))
    return ObjectDocumentModel(paragraphs)
