"""Italian: Punkt's Italian model, NLTK's Snowball, sumy's and stopwords-iso's stop words; keywords
see the noun behind an elided article ("l'Italia")."""

from __future__ import annotations

import re

from portai.languages.base import KeywordCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("dott", "sig", "ca", "pag", "es")

KEYWORDS = KeywordCues(
    elision=re.compile(r"^(?:[dl]|all|dall|dell|nell|sull|un)['’]", re.IGNORECASE)
)
OPENERS = Openers(
    references=(
        "lui", "lei", "loro", "egli", "essa", "essi", "questo", "questa", "questi", "queste",
        "quello", "quella", "quelli", "quelle", "ciò", "suo", "sua", "suoi", "sue",
    ),
    connectives=(
        "ma", "e", "anche", "però", "tuttavia", "inoltre", "quindi", "dunque", "invece",
        "comunque", "infatti", "pertanto",
    ),
    self_contained=("quest'anno", "questa settimana", "questo mese", "questa mattina"),
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"gennaio|genn?|febbraio|febb?|marzo|mar|aprile|apr|maggio|magg?|giugno|giu|luglio|"
        r"lug|agosto|ago|settembre|sett?|ottobre|ott|novembre|nov|dicembre|dic"
    ),
    weekday=r"lun|mar|mer|gio|ven|sab|dom",
    date_labels=r"pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|data",
    updated=r"aggiornato(?:\s+alle)?",
    at=r"alle",
    byline_roles=r"autore|autrice|redazione|testo|foto",
    by=r"di",
    byline_joiners=("e", "di", "de", "del", "della", "da"),
    capitals=r"A-ZÀÈÉÌÒÙ",
)


def profile() -> Language:
    return punkt_language(
        "italian", "it", NEWS, keywords=KEYWORDS, openers=OPENERS, abbreviations=ABBREVIATIONS
    )
