"""Finnish: Punkt's Finnish model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = (
    "mm",
    "n",
    "milj",
    "mrd",
    "ns",
    "ym",
    "yms",
    "klo",
    "ks",
    "vrt",
    "nk",
    "ts",
    "esim",
)

OPENERS = Openers(
    references=(
        "hän",
        "he",
        "se",
        "ne",
        "hänen",
        "heidän",
        "sen",
        "niiden",
        "tämä",
        "nämä",
        "tuo",
        "nuo",
    ),
    connectives=("mutta", "ja", "myös", "kuitenkin", "siksi", "lisäksi"),
    self_contained=("tänä vuonna",),
)

NEWS = news_patterns(
    month=r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu(?:ta)?",
    weekday=r"ma|ti|ke|to|pe|la|su",
    date_labels=r"julkaistu|päivitetty",
    updated=r"päivitetty",
    at=r"klo",
    byline_roles=r"kirjoittaja|toimittaja|teksti|kuva|kuvat",
    capitals=r"A-ZÄÖÅ",
)


# Wikipedia's section names and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"lähteet|viitteet|huomautukset|alaviitteet|aiheesta\s+muualla|katso\s+myös|"
        r"kirjallisuutta|kirjallisuus"
    ),
    own_summary=re.compile(r"tiivistelmä|abstract"),
    chrome_inside=re.compile(r"\bkäytämme\s+evästeitä\b|\bkaikki\s+oikeudet\s+pidätetään\b"),
    comments=re.compile(r"kommentit(?:\s*\(?\d+\)?)?|\d+\s+kommenttia"),
)


def profile() -> Language:
    return punkt_language(
        "finnish", "fi", NEWS, abbreviations=ABBREVIATIONS, openers=OPENERS, document=DOCUMENT
    )
