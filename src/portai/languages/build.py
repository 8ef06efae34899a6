"""How a profile for a language written with spaces is put together from packages.

Sentences: NLTK's Punkt with the language's bundled parameters. Words: NLTK's Treebank
tokenizer. Stems: NLTK's Snowball where NLTK has the language (what sumy uses), PyStemmer's
Snowball where only Snowball itself has it, sumy's own for Czech, none otherwise. Stop words:
sumy's list joined with stopwords-iso's. Dates and bylines: the language module's
``news_patterns``. Page furniture and Edmundson's stigma words are English's: web pages in every
language carry "©", "Click here" and "cookies". The names of a document's parts (References,
Abstract, "Share this article"): the language module's ``DocumentCues``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

from portai.languages import english
from portai.languages.base import (
    DocumentCues,
    KeywordCues,
    Language,
    NewsPatterns,
    Openers,
    identity_stemmer,
)
from portai.languages.nltk_tools import (
    punkt_splitter,
    snowball_stemmer,
    sumy_stemmer,
    sumy_stop_words,
    treebank_words,
)
from portai.languages.resources import iso_stop_words, pystemmer

Stemming = Literal["nltk", "pystemmer", "sumy", "none"]


def punkt_language(
    name: str,
    code: str,
    news: NewsPatterns,
    *,
    stemming: Stemming = "nltk",
    keywords: KeywordCues | None = None,
    openers: Openers | None = None,
    abbreviations: Iterable[str] = (),
    document: DocumentCues | None = None,
) -> Language:
    """The profile of a language with a bundled Punkt model (``name`` is its model's name)."""
    return Language(
        name=name,
        code=code,
        sentence_splitter=punkt_splitter(name, abbreviations),
        word_tokenizer=treebank_words(),
        stemmer=_stemmer(name, stemming),
        stop_words=sumy_stop_words(name) | iso_stop_words(code),
        openers=openers,
        keywords=keywords or KeywordCues(),
        news=news,
        page_furniture=english.FURNITURE,
        furniture_opener=english.FURNITURE_OPENER,
        stigma_words=english.STIGMA_WORDS,
        document=document or DocumentCues(),
    )


def _stemmer(name: str, stemming: Stemming) -> Callable[[str], str]:
    if stemming == "nltk":
        return snowball_stemmer(name)
    if stemming == "pystemmer":
        return pystemmer(name)
    if stemming == "sumy":
        return sumy_stemmer(name)
    return identity_stemmer
