"""PortAI: an offline, extractive article summarizer.

>>> from portai import summarize
>>> summary = summarize(text, method="lexrank", sentences=3)
>>> summary.text, [p.text for p in summary.key_points], summary.to_dict()
"""

from portai.config import Length, SummaryConfig
from portai.errors import ExitCode, PortaiError
from portai.models import Article, KeyPoint, Keyword, ScoredSentence, Summary
from portai.ranking import METHODS
from portai.summarizer import summarize

__version__ = "0.1.0"  # the single source: pyproject.toml reads it from here

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
