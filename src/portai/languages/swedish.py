"""Swedish: Punkt's Swedish model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("bl.a", "t.ex", "ca", "kl", "s.k", "milj", "mdr")

OPENERS = Openers(
    references=(
        "han",
        "hon",
        "den",
        "det",
        "de",
        "dem",
        "hans",
        "hennes",
        "deras",
        "dess",
        "denna",
        "detta",
        "dessa",
        "där",
    ),
    connectives=(
        "men",
        "och",
        "också",
        "dock",
        "därför",
        "samtidigt",
        "dessutom",
        "alltså",
        "ändå",
    ),
    self_contained=("den som", "de som", "det är", "det finns", "det blir", "i år"),
)

NEWS = news_patterns(
    month=(
        r"januari|jan|februari|feb|mars|mar|april|apr|maj|juni|jun|juli|jul|augusti|aug|"
        r"september|sept?|oktober|okt|november|nov|december|dec"
    ),
    weekday=r"mån|tis|ons|tor|fre|lör|sön",
    date_labels=r"publicerad|uppdaterad|datum",
    updated=r"uppdaterad",
    at=r"kl\.?",
    byline_roles=r"författare|reporter|redaktion|text|foto",
    by=r"av",
    byline_joiners=("och", "af", "von", "van", "de"),
    capitals=r"A-ZÅÄÖ",
)


# Wikipedia's section names and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"referenser|noter|fotnoter|källor|se\s+även|externa\s+länkar|vidare\s+läsning|"
        r"litteratur|bibliografi"
    ),
    own_summary=re.compile(r"sammanfattning|sammandrag|abstract"),
    chrome_inside=re.compile(r"\bvi\s+använder\s+cookies\b|\balla\s+rättigheter\s+förbehållna\b"),
    comments=re.compile(r"kommentarer(?:\s*\(?\d+\)?)?|\d+\s+kommentarer|lämna\s+en\s+kommentar"),
)


def profile() -> Language:
    return punkt_language(
        "swedish", "sv", NEWS, abbreviations=ABBREVIATIONS, openers=OPENERS, document=DOCUMENT
    )
