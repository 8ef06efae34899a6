"""Danish: Punkt's Danish model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("bl.a", "f.eks", "mia", "pct", "kl")

OPENERS = Openers(
    references=(
        "han",
        "hun",
        "den",
        "det",
        "de",
        "dem",
        "hans",
        "hendes",
        "deres",
        "dens",
        "dets",
        "denne",
        "dette",
        "disse",
    ),
    connectives=("men", "og", "også", "dog", "derfor", "samtidig", "desuden", "alligevel"),
    self_contained=("den, der", "de, der", "det er", "det bliver", "i år"),
)

NEWS = news_patterns(
    month=(
        r"januar|jan|februar|feb|marts|mar|april|apr|maj|juni|jun|juli|jul|august|aug|"
        r"september|sept?|oktober|okt|november|nov|december|dec"
    ),
    weekday=r"man|tir|ons|tor|fre|lør|søn",
    date_labels=r"publiceret|opdateret|dato",
    updated=r"opdateret",
    at=r"kl\.?",
    byline_roles=r"forfatter|journalist|redaktion|tekst|foto",
    by=r"af",
    byline_joiners=("og", "af", "von", "van", "de"),
    capitals=r"A-ZÆØÅ",
)


# Wikipedia's section names and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"referencer|noter|fodnoter|kilder|se\s+også|eksterne\s+(?:henvisninger|links)|"
        r"litteratur|bibliografi"
    ),
    own_summary=re.compile(r"resumé|sammenfatning|abstract"),
    chrome_inside=re.compile(r"\bvi\s+bruger\s+cookies\b|\balle\s+rettigheder\s+forbeholdes\b"),
    comments=re.compile(r"kommentarer(?:\s*\(?\d+\)?)?|\d+\s+kommentarer"),
)


def profile() -> Language:
    return punkt_language(
        "danish", "da", NEWS, abbreviations=ABBREVIATIONS, openers=OPENERS, document=DOCUMENT
    )
