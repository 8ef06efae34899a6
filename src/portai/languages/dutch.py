"""Dutch: Punkt's Dutch model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

from portai.languages.base import Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("bijv", "o.a", "d.w.z", "ca", "mln", "mld")

OPENERS = Openers(
    references=(
        "hij", "zij", "ze", "het", "hem", "haar", "hun", "zijn", "dit", "deze", "dat", "die",
        "daar", "daarom", "daarmee", "daarbij",
    ),
    connectives=(
        "maar", "en", "ook", "echter", "toch", "bovendien", "daarnaast", "dus", "wel",
        "tegelijk", "verder",
    ),
    self_contained=("dit jaar", "deze week", "deze maand", "het is", "er is", "er zijn"),
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"januari|jan|februari|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|"
        r"september|sept?|oktober|okt|november|nov|december|dec"
    ),
    weekday=r"ma|di|wo|do|vr|za|zo",
    date_labels=r"gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|datum",
    updated=r"bijgewerkt",
    at=r"om",
    byline_roles=r"auteur|redactie|tekst|foto'?s?|fotografie",
    by=r"door",
    byline_joiners=("en", "van", "de", "der", "den", "ter", "te"),
    capitals=r"A-Z",
)


def profile() -> Language:
    return punkt_language("dutch", "nl", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS)
