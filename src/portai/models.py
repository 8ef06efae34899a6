"""The data PortAI passes around: a parsed article and the summary made of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WORDS_PER_MINUTE = 230  # a common average for adult silent reading of prose


@dataclass(frozen=True)
class Paragraph:
    """Body sentences that belong together, under the nearest heading above them."""

    sentences: tuple[str, ...]
    heading: str | None = None
    # "summary" for the document's own summary (an abstract, a TL;DR, an encyclopedia page's
    # lead section), which ``auto`` takes as the strongest evidence of what matters.
    role: str = "body"
    speaker: str | None = None  # a transcript turn's speaker ("Project Manager"), not in the text


@dataclass(frozen=True)
class Article:
    """Text split into what a reader sees: front matter, headings and body."""

    title: str | None = None
    deck: str | None = None
    bylines: tuple[str, ...] = ()
    date: str | None = None
    dateline: str | None = None
    headings: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    # What kind of document the reader found (see ``readers.kinds``): "paper", "encyclopedia",
    # "transcript", "post", "readme", "press_release", "release_notes", "legal", "web_page";
    # None for an article (news, or nothing more specific).
    kind: str | None = None
    # Words (lower case) the text writes mostly as code, in `code` spans and fences: the reader
    # strips the backticks, and keywords must not take "const" or "relative_url" for topics.
    code_terms: frozenset[str] = frozenset()

    @property
    def body_sentences(self) -> tuple[str, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


@dataclass(frozen=True)
class ScoredSentence:
    """A body sentence chosen by a method, with its score scaled to 0-1 (1 = best)."""

    text: str
    index: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "index": self.index, "score": round(self.score, 4)}


@dataclass(frozen=True)
class KeyPoint:
    """A short bullet cut from one body sentence (``sentence_index``); score as the sentence's."""

    text: str
    sentence_index: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentence_index": self.sentence_index,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Keyword:
    """A keyphrase as the article writes it; score 0-1 within the article (1 = best)."""

    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Stats:
    article_sentences: int
    article_words: int
    summary_sentences: int
    summary_words: int
    # For a language read by characters (Chinese, Japanese; ``Language.characters_per_minute``)
    # reading time counts letters and digits, not words.
    article_characters: int | None = None
    summary_characters: int | None = None
    characters_per_minute: int = 450

    @property
    def reading_seconds(self) -> int:
        if self.article_characters is not None:
            return round(self.article_characters * 60 / self.characters_per_minute)
        return round(self.article_words * 60 / WORDS_PER_MINUTE)

    @property
    def summary_reading_seconds(self) -> int:
        if self.summary_characters is not None:
            return round(self.summary_characters * 60 / self.characters_per_minute)
        return round(self.summary_words * 60 / WORDS_PER_MINUTE)

    @property
    def seconds_saved(self) -> int:
        return max(0, self.reading_seconds - self.summary_reading_seconds)

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, Any] = {
            "article_sentences": self.article_sentences,
            "article_words": self.article_words,
            "summary_sentences": self.summary_sentences,
            "summary_words": self.summary_words,
        }
        if self.article_characters is not None:
            counts["article_characters"] = self.article_characters
            counts["summary_characters"] = self.summary_characters
        return counts | {
            "reading_seconds": self.reading_seconds,
            "summary_reading_seconds": self.summary_reading_seconds,
            "seconds_saved": self.seconds_saved,
        }


@dataclass(frozen=True)
class Summary:
    """What summarize() returns; renderers turn it into text, Markdown, JSON or Rich."""

    article: Article
    language: str
    method: str
    sentences: tuple[ScoredSentence, ...]
    key_points: tuple[KeyPoint, ...]
    stats: Stats
    source: str | None = None
    keywords: tuple[Keyword, ...] = ()
    language_code: str = ""  # ISO 639-1 ("de"); "und" when no language could be told
    language_detected: bool = False  # found by ``--language auto`` rather than given
    warnings: tuple[str, ...] = ()  # what the caller should know (a generic profile was used)
    spaced: bool = True  # False for Chinese and Japanese: sentences follow without a space
    format: str = "text"  # the reader that read it: text, markdown, html, pdf
    url: str | None = None  # where a web page or PDF was fetched from (after redirects)

    @property
    def title(self) -> str | None:
        return self.article.title

    @property
    def text(self) -> str:
        """The summary as one paragraph, sentences in article order."""
        return (" " if self.spaced else "").join(s.text for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        article = self.article
        return {
            "title": article.title,
            "deck": article.deck,
            "bylines": list(article.bylines),
            "date": article.date,
            "dateline": article.dateline,
            "headings": list(article.headings),
            "source": self.source,
            "url": self.url,
            "format": self.format,
            "kind": article.kind,
            "language": {
                "code": self.language_code,
                "name": self.language,
                "detected": self.language_detected,
            },
            "method": self.method,
            "summary": [s.to_dict() for s in self.sentences],
            "key_points": [p.to_dict() for p in self.key_points],
            "keywords": [k.to_dict() for k in self.keywords],
            "stats": self.stats.to_dict(),
        }
