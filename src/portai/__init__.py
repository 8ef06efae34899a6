"""PortAI: an offline, extractive article summarizer.

>>> from portai import summarize
>>> summary = summarize(text, method="lexrank", sentences=3)
>>> summary.text, [p.text for p in summary.key_points], summary.to_dict()

Or read first, then summarize the Article (``read_article``, ``summarize_article``); languages,
readers and methods each have a registry (see docs/architecture.md).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the single source: pyproject.toml reads it from here

# Public names and the modules that define them. They load on first use, so `portai --help`
# and `portai --version` do not pay for the summarizer's modules.
_EXPORTS = {
    "Length": "portai.config",
    "SummaryConfig": "portai.config",
    "ExitCode": "portai.errors",
    "PortaiError": "portai.errors",
    "Article": "portai.models",
    "KeyPoint": "portai.models",
    "Keyword": "portai.models",
    "ScoredSentence": "portai.models",
    "Summary": "portai.models",
    "METHODS": "portai.methods",
    "Method": "portai.methods",
    "register_method": "portai.methods",
    "Document": "portai.document",
    "Sentence": "portai.document",
    "Language": "portai.languages",
    "get_language": "portai.languages",
    "register_language": "portai.languages",
    "Detection": "portai.languages.detection",
    "detect_language": "portai.languages.detection",
    "read_article": "portai.readers",
    "register_reader": "portai.readers",
    "summarize": "portai.summarizer",
    "summarize_article": "portai.summarizer",
}

if TYPE_CHECKING:
    from portai.config import Length, SummaryConfig
    from portai.document import Document, Sentence
    from portai.errors import ExitCode, PortaiError
    from portai.languages import Language, get_language, register_language
    from portai.languages.detection import Detection, detect_language
    from portai.methods import METHODS, Method, register_method
    from portai.models import Article, KeyPoint, Keyword, ScoredSentence, Summary
    from portai.readers import read_article, register_reader
    from portai.summarizer import summarize, summarize_article


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'portai' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "METHODS",
    "Article",
    "Detection",
    "Document",
    "ExitCode",
    "KeyPoint",
    "Keyword",
    "Language",
    "Length",
    "Method",
    "PortaiError",
    "ScoredSentence",
    "Sentence",
    "Summary",
    "SummaryConfig",
    "__version__",
    "detect_language",
    "get_language",
    "read_article",
    "register_language",
    "register_method",
    "register_reader",
    "summarize",
    "summarize_article",
]
