"""Article -> Document: the body sentences analysed once, through the language profile.

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
from portai.languages import Language
from portai.models import Article

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
        self.article = article
        self.language = language
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
        return [self.language.content_stems(s.words) for s in self.sentences]

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
