"""Norwegian (Bokmål): Punkt's Norwegian model, NLTK's Snowball, sumy's and stopwords-iso's stop
words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("bl.a", "f.eks", "ca", "mrd", "mill", "kr", "kl", "nr")

OPENERS = Openers(
    references=(
        "han",
        "hun",
        "den",
        "det",
        "de",
        "dem",
        "hans",
        "hennes",
        "deres",
        "dens",
        "dets",
        "denne",
        "dette",
        "disse",
    ),
    connectives=("men", "og", "også", "likevel", "derfor", "samtidig", "dessuten"),
    self_contained=("den som", "de som", "det er", "det blir", "det skal", "i år"),
)

NEWS = news_patterns(
    month=(
        r"januar|jan|februar|feb|mars|mar|april|apr|mai|juni|jun|juli|jul|august|aug|"
        r"september|sept?|oktober|okt|november|nov|desember|des"
    ),
    weekday=r"man|tir|ons|tor|fre|lør|søn",
    date_labels=r"publisert|oppdatert|dato",
    updated=r"oppdatert",
    at=r"kl\.?",
    byline_roles=r"forfatter|journalist|redaksjonen|tekst|foto",
    by=r"av",
    byline_joiners=("og", "av", "von", "van", "de"),
    capitals=r"A-ZÆØÅ",
)


# Wikipedia's section names (Bokmål) and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"referanser|noter|fotnoter|kilder|se\s+også|eksterne\s+lenker|litteratur|bibliografi"
    ),
    own_summary=re.compile(r"sammendrag|abstract"),
    chrome_inside=re.compile(
        r"\bvi\s+bruker\s+(?:informasjonskapsler|cookies)\b|\balle\s+rettigheter\s+reservert\b"
    ),
    comments=re.compile(r"kommentarer(?:\s*\(?\d+\)?)?|\d+\s+kommentarer"),
)


def profile() -> Language:
    return punkt_language(
        "norwegian", "no", NEWS, abbreviations=ABBREVIATIONS, openers=OPENERS, document=DOCUMENT
    )
