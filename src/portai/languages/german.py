"""German: Punkt's German model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

from portai.languages.base import Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = (
    "z",
    "bzw",
    "ca",
    "mrd",
    "nr",
    "u.a",
    "evtl",
    "ggf",
    "inkl",
    "vgl",
    "bspw",
    "sog",
    "d.h",
)

OPENERS = Openers(
    references=(
        "er", "sie", "es", "ihm", "ihn", "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein",
        "seine", "seinen", "seinem", "seiner", "dies", "diese", "dieser", "dieses", "diesen",
        "das", "dort", "damit", "dabei", "dazu", "davon", "darauf", "deshalb", "deswegen",
    ),
    connectives=(
        "aber", "und", "auch", "doch", "jedoch", "allerdings", "außerdem", "zudem",
        "dennoch", "trotzdem", "daher", "also", "denn", "sondern", "ebenso", "gleichzeitig",
    ),
    self_contained=("dieses jahr", "diese woche", "diesen monat", "das ist", "es gibt"),
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"Januar|Jänner|Jan|Februar|Feb|März|Mär|April|Apr|Mai|Juni?|Juli?|August|Aug|"
        r"September|Sept?|Oktober|Okt|November|Nov|Dezember|Dez"
    ),
    weekday=r"Mo|Di|Mi|Do|Fr|Sa|So",
    date_labels=(
        r"veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|zuletzt\s+aktualisiert|stand|datum|"
        r"erschienen(?:\s+am)?"
    ),
    updated=r"(?:zuletzt\s+)?aktualisiert",
    at=r"um",
    byline_roles=r"autor(?:in)?|autoren|redakteur(?:in)?|redaktion|text|fotos?|bilder|übersetzung",
    by=r"von",
    byline_joiners=("und", "von", "van", "de", "der", "zu"),
    capitals=r"A-ZÄÖÜ",
)


def profile() -> Language:
    return punkt_language("german", "de", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS)
