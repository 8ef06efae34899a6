"""Article -> Document: the body sentences analysed once, through the language profile.

A document is refused beyond ``MAX_SENTENCES`` body sentences or a sentence of more than
``MAX_SENTENCE_CHARS`` characters; readers refuse text beyond ``MAX_TEXT_CHARS``.

Every stage after reading (methods, selection, key points, keywords, stats) takes the one
``Document``: each body sentence's tokens, words, word count, section and whether it opens
with a word that points back are computed here, once. Stems of content words, which only key
points need, are computed on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from portai.coherence import opens_with_dangling_reference
from portai.errors import InputNotUsableError
from portai.languages import Language
from portai.models import Article

# Limits on what one document may hold (README, "Limits"). Up to them every method finishes
# in under 60 s and 2 GB on two cores (benchmarks/limits.py); beyond them the input is refused
# (InputNotUsableError, exit 4). A whole book fits: War and Peace is 3.2 million characters
# and about 30,000 sentences.
MAX_TEXT_CHARS = 5_000_000  # characters of text a reader splits into sentences
MAX_SENTENCES = 50_000  # body sentences
MAX_SENTENCE_CHARS = 20_000  # characters in one sentence


def check_text_size(characters: int) -> None:
    """Refuse a text longer than ``MAX_TEXT_CHARS`` before it is split."""
    if characters > MAX_TEXT_CHARS:
        raise InputNotUsableError(
            f"the text is too long: {characters:,} characters, more than the"
            f" {MAX_TEXT_CHARS:,} PortAI summarizes (split it into parts)"
        )


def check_sentence_count(sentences: int) -> None:
    """Refuse a document with more than ``MAX_SENTENCES`` body sentences."""
    if sentences > MAX_SENTENCES:
        raise InputNotUsableError(
            f"the text has too many sentences: more than the {MAX_SENTENCES:,} PortAI"
            " summarizes (split it into parts)"
        )


def check_sentence_length(sentence: str) -> None:
    """Refuse a sentence longer than ``MAX_SENTENCE_CHARS`` (a table or a list run together,
    or text without punctuation)."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        raise InputNotUsableError(
            f"a sentence is too long: {len(sentence):,} characters, more than the"
            f" {MAX_SENTENCE_CHARS:,} PortAI reads in one sentence (is the text punctuated?)"
        )


def check_limits(article: Article) -> None:
    """Refuse an article beyond ``MAX_SENTENCES`` or ``MAX_SENTENCE_CHARS``."""
    check_sentence_count(sum(len(paragraph.sentences) for paragraph in article.paragraphs))
    for paragraph in article.paragraphs:
        for sentence in paragraph.sentences:
            check_sentence_length(sentence)


if TYPE_CHECKING:
    from portai.methods.rankers import RankerInput


@dataclass(frozen=True)
class Sentence:
    """One body sentence. ``index`` is its position among the body sentences; ``section``
    numbers the stretches under one heading, and ``position_in_section`` counts from the
    section's first sentence (an article without headings is one section)."""

    text: str
    index: int
    paragraph: int
    heading: str | None
    section: int
    position_in_section: int
    tokens: tuple[str, ...]  # every token, punctuation included
    words: tuple[str, ...]  # word tokens, as sumy counts them (ranking)
    word_count: int  # words as a reader counts them (``Language.count_words``)
    dangling: bool  # opens with "He", "This", "However", …: leans on the sentence before


class Document:
    """An article's body sentences, analysed with one language profile."""

    def __init__(self, article: Article, language: Language) -> None:
        check_limits(article)
        self.article = article
        self.language = language
        # What a reader should know about how the summary was made (a method that could not
        # rank this text, …): the Summary's ``warnings``.
        self.warnings: list[str] = []
        sentences: list[Sentence] = []
        # Headings that open each paragraph: the title before the first, then a section
        # heading wherever it changes (how sumy's document holds them).
        self.paragraph_headings: list[list[str]] = []
        previous_heading: str | None = None
        section, position = -1, 0
        for number, paragraph in enumerate(article.paragraphs):
            opens = [article.title] if number == 0 and article.title else []
            if paragraph.heading != previous_heading or number == 0:
                section, position = section + 1, 0
                if paragraph.heading and paragraph.heading != previous_heading:
                    opens.append(paragraph.heading)
            previous_heading = paragraph.heading
            self.paragraph_headings.append(opens)
            for text in paragraph.sentences:
                tokens = language.tokens(text)
                sentences.append(
                    Sentence(
                        text=text,
                        index=len(sentences),
                        paragraph=number,
                        heading=paragraph.heading,
                        section=section,
                        position_in_section=position,
                        tokens=tokens,
                        words=language.words(text),
                        word_count=language.count_words(text),
                        dangling=opens_with_dangling_reference(text, language),
                    )
                )
                position += 1
        self.sentences: tuple[Sentence, ...] = tuple(sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.sentences)

    @property
    def word_counts(self) -> list[int]:
        return [s.word_count for s in self.sentences]

    @property
    def headings(self) -> list[str]:
        """The title, then each section heading where it changes, in order."""
        return [heading for opens in self.paragraph_headings for heading in opens]

    @cached_property
    def content_stems(self) -> list[list[str]]:
        """Each sentence's stems of non-stop words (key points compare sentences by them)."""
        return self.ranker_input.sentence_stems  # the same stems the algorithms compare

    @cached_property
    def ranker_input(self) -> RankerInput:
        """The document as sumy's algorithms see it."""
        from portai.methods.rankers import RankerInput

        language = self.language
        return RankerInput(
            sentence_words=[s.words for s in self.sentences],
            heading_words=[language.words(h) for h in self.headings],
            paragraph_sizes=[len(p.sentences) for p in self.article.paragraphs],
            texts=self.texts,
            stem=language.stem,
            stop_words=language.stop_words,
        )


def analyse(article: Article, language: Language) -> Document:
    """The article's body sentences analysed with ``language``."""
    return Document(article, language)
