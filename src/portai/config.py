"""What one summarization run asks for, validated once, before any work."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from portai.errors import UsageError
from portai.languages import DEFAULT_LANGUAGE

LengthUnit = Literal["auto", "sentences", "ratio", "words"]

DEFAULT_METHOD = "auto"
# "fast": PortAI's array versions of sumy's algorithms; "sumy": sumy's own classes, run as sumy
# runs them (same selections, slower).
ENGINES = ("fast", "sumy")
DEFAULT_ENGINE = "fast"


@dataclass(frozen=True)
class Length:
    """How long the summary should be: one unit at a time.

    ``auto`` grows with the article (3 sentences for a short story, up to 7 for a long one).
    """

    unit: LengthUnit = "auto"
    value: float = 0.0

    def __post_init__(self) -> None:
        if self.unit not in ("auto", "sentences", "ratio", "words"):
            raise UsageError(f"unknown length unit: {self.unit!r}")
        if self.unit != "auto":
            _check_number(self.value, self.unit, whole=False)  # 3.0 sentences is 3
            if not math.isfinite(self.value):
                raise UsageError("{" + self.unit + "} must be a finite number", self.unit)
            if self.unit != "ratio":
                _check_count(self.value, self.unit)
        if self.unit == "sentences" and (self.value < 1 or self.value != int(self.value)):
            raise UsageError("{sentences} must be a whole number of at least 1", "sentences")
        if self.unit == "ratio" and not 0 < self.value <= 1:
            raise UsageError(RATIO_RANGE, "ratio")
        if self.unit == "words" and (self.value < 1 or self.value != int(self.value)):
            raise UsageError("{words} must be a whole number of at least 1", "words")

    @classmethod
    def from_options(
        cls, sentences: int | None = None, ratio: float | None = None, words: int | None = None
    ) -> Length:
        """Build from the CLI's three mutually exclusive options."""
        given = {
            name: value
            for name, value in (("sentences", sentences), ("ratio", ratio), ("words", words))
            if value is not None
        }
        if len(given) > 1:
            names = " and ".join("{" + name + "}" for name in given)
            raise UsageError(f"{names} cannot be used together; choose one length option", *given)
        if not given:
            return cls()
        ((unit, value),) = given.items()
        _check_number(value, unit, whole=False)
        if unit != "ratio":
            _check_count(value, unit)
        elif not 0 < value <= 1:  # before float(): 10**400 has none
            raise UsageError(RATIO_RANGE, "ratio")
        return cls(unit, float(value))  # type: ignore[arg-type]

    def sentence_count(self, available: int) -> int:
        """Number of sentences to pick from ``available`` (``words`` is resolved by ranking)."""
        if self.unit == "sentences":
            wanted = int(self.value)
        elif self.unit == "ratio":
            wanted = math.ceil(self.value * available)
        else:
            wanted = default_sentence_count(available)
        return max(1, min(wanted, available))


# The largest count of sentences, words, key points or keywords one may ask for: far more than
# any input holds, and far from where a float stops holding whole numbers.
MAX_COUNT = 1_000_000_000
RATIO_RANGE = "{ratio} must be above 0 and at most 1 (e.g. 0.2)"


def _check_number(value: object, name: str, *, whole: bool) -> None:
    """Refuse what is not a number (True, "3"), or for ``whole`` not an int (2.5, 2.0)."""
    kinds = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        wanted = "a whole number" if whole else "a number"
        raise UsageError("{" + name + "} must be " + f"{wanted}, not {type(value).__name__}", name)


def _check_count(value: float, name: str) -> None:
    if value > MAX_COUNT:
        raise UsageError("{" + name + "} must be at most " + f"{MAX_COUNT:,}", name)


def _check_text(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise UsageError("{" + name + "} must be a string, not " + type(value).__name__, name)


def default_sentence_count(available: int) -> int:
    """3 sentences for a short story, one more per 20 sentences, at most 7."""
    return max(3, min(7, 2 + available // 20))


def default_point_count(available: int) -> int:
    """3 key points for a short story, one more per 30 sentences, at most 5."""
    return max(3, min(5, 3 + available // 30))


def default_keyword_count(available: int) -> int:
    """5 keywords for a short story, one more per 10 sentences, at most 10 (weak ones beyond
    the fifth are dropped, see ``keywords.extract_keywords``)."""
    return max(5, min(10, 5 + available // 10))


@dataclass(frozen=True)
class SummaryConfig:
    """Everything a summarize() call needs to know besides the text.

    ``points`` and ``keywords`` of None grow with the article; 0 leaves them out.
    """

    method: str = DEFAULT_METHOD
    length: Length = Length()
    language: str = DEFAULT_LANGUAGE
    points: int | None = None
    keywords: int | None = None
    engine: str = DEFAULT_ENGINE

    def __post_init__(self) -> None:
        for name in ("method", "language", "engine"):
            _check_text(getattr(self, name), name)
        if not isinstance(self.length, Length):
            raise UsageError(
                "{length} must be a Length, not " + type(self.length).__name__, "length"
            )
        for name in ("points", "keywords"):
            count = getattr(self, name)
            if count is not None:
                _check_number(count, name, whole=True)
                _check_count(count, name)
        if self.engine not in ENGINES:
            raise UsageError(
                "unknown {engine}: " + f"{self.engine} (choose from {', '.join(ENGINES)})", "engine"
            )
        if self.points is not None and self.points < 0:
            raise UsageError("{points} must be 0 or more", "points")
        if self.keywords is not None and self.keywords < 0:
            raise UsageError("{keywords} must be 0 or more", "keywords")

    def point_count(self, available: int) -> int:
        return default_point_count(available) if self.points is None else self.points

    def keyword_count(self, available: int) -> int:
        return default_keyword_count(available) if self.keywords is None else self.keywords
