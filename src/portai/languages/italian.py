"""Italian: Punkt's Italian model, NLTK's Snowball, sumy's and stopwords-iso's stop words; keywords
see the noun behind an elided article ("l'Italia")."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, KeywordCues, Language, Openers, news_patterns
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


# Wikipedia's section names ("Altri progetti" links its sister projects) and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"note|voci\s+correlate|collegamenti\s+esterni|bibliografia|altri\s+progetti|fonti|"
        r"riferimenti(?:\s+bibliografici)?|ringraziamenti|articoli\s+correlati"
    ),
    closing_matter=re.compile(r"contatti(?:\s+stampa)?|ufficio\s+stampa"),
    # Not "Sommario": it names a table of contents as often as an abstract.
    own_summary=re.compile(r"riassunto|abstract|sintesi"),
    chrome=re.compile(r"condividi(?:\s+(?:questo\s+)?articolo)?|stampa|pubblicità"),
    chrome_inside=re.compile(
        r"\butilizziamo\s+(?:i\s+)?cookie\b|\bquesto\s+sito(?:\s+web)?\s+utilizza\s+(?:i\s+)?cookie\b|"
        r"\btutti\s+i\s+diritti\s+riservati\b"
    ),
    comments=re.compile(r"commenti(?:\s*\(?\d+\)?)?|\d+\s+commenti|lascia\s+un\s+commento"),
    memo_subject=re.compile(r"^oggetto\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
)


def profile() -> Language:
    return punkt_language(
        "italian",
        "it",
        NEWS,
        keywords=KEYWORDS,
        openers=OPENERS,
        abbreviations=ABBREVIATIONS,
        document=DOCUMENT,
    )
