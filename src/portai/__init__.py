"""PortAI: an offline, extractive article summarizer.

>>> from portai import summarize
>>> summary = summarize(text, method="lexrank", sentences=3)
>>> summary.text, [p.text for p in summary.key_points], summary.to_dict()
"""

from importlib.metadata import PackageNotFoundError, version

from portai.config import Length, SummaryConfig
from portai.errors import ExitCode, PortaiError
from portai.models import Article, KeyPoint, ScoredSentence, Summary
from portai.ranking import METHODS
from portai.summarizer import summarize

try:
    __version__ = version("portai")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = [
    "METHODS",
    "Article",
    "ExitCode",
    "KeyPoint",
    "Length",
    "PortaiError",
    "ScoredSentence",
    "Summary",
    "SummaryConfig",
    "__version__",
    "summarize",
]
