"""PortAI: an offline, extractive article summarizer.

>>> from portai import summarize
>>> summary = summarize(text, method="lexrank", sentences=3)
>>> summary.text, [p.text for p in summary.key_points], summary.to_dict()
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
    "METHODS": "portai.ranking",
    "summarize": "portai.summarizer",
}

if TYPE_CHECKING:
    from portai.config import Length, SummaryConfig
    from portai.errors import ExitCode, PortaiError
    from portai.models import Article, KeyPoint, Keyword, ScoredSentence, Summary
    from portai.ranking import METHODS
    from portai.summarizer import summarize


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'portai' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "METHODS",
    "Article",
    "ExitCode",
    "KeyPoint",
    "Keyword",
    "Length",
    "PortaiError",
    "ScoredSentence",
    "Summary",
    "SummaryConfig",
    "__version__",
    "summarize",
]
