"""Finnish: Punkt's Finnish model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

from portai.languages.base import Language, Openers, news_patterns
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


def profile() -> Language:
    return punkt_language("finnish", "fi", NEWS, abbreviations=ABBREVIATIONS, openers=OPENERS)
