"""Malayalam: Punkt's Malayalam model, no stemmer and no stop words (neither sumy nor stopwords-iso
has a list, and PortAI types none in), numeric dates only."""

from __future__ import annotations

from portai.languages.base import Language, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("ഡോ", "കി.മീ")

NEWS = news_patterns()


def profile() -> Language:
    return punkt_language("malayalam", "ml", NEWS, stemming="none", abbreviations=ABBREVIATIONS)
