"""Polish: Punkt's Polish model, Snowball's Polish stemmer (PyStemmer), sumy's and stopwords-iso's
stop words.

sumy's own Polish stemmer needs pystempel, which loads an 11 MB table for ~8 s in every process."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("m.in", "ok", "tys", "mln", "mld", "ul", "tzw", "np", "godz", "r")

OPENERS = Openers(
    references=(
        "on",
        "ona",
        "ono",
        "oni",
        "one",
        "jego",
        "jej",
        "ich",
        "ten",
        "ta",
        "to",
        "te",
        "ci",
        "tam",
    ),
    connectives=("ale", "i", "także", "jednak", "dlatego", "ponadto", "natomiast", "zatem"),
    self_contained=("w tym roku", "w tym tygodniu"),
)

NEWS = news_patterns(
    month=(
        r"stycznia|styczeń|lutego|luty|marca|marzec|kwietnia|kwiecień|maja|maj|czerwca|"
        r"czerwiec|lipca|lipiec|sierpnia|sierpień|września|wrzesień|października|październik|"
        r"listopada|listopad|grudnia|grudzień"
    ),
    weekday=r"pon|wt|śr|czw|pt|sob|niedz?",
    date_labels=r"opublikowano|aktualizacja|zaktualizowano|data",
    updated=r"aktualizacja|zaktualizowano",
    at=r"o|godz\.?",
    byline_roles=r"autor(?:ka)?|redakcja|tekst|fot\.?|zdjęcia",
    capitals=r"A-ZĄĆĘŁŃÓŚŹŻ",
)


# Wikipedia's section names and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"przypisy|uwagi|bibliografia|zobacz\s+też|linki\s+zewnętrzne|literatura|źródła|"
        r"podziękowania"
    ),
    own_summary=re.compile(r"streszczenie|abstrakt|abstract"),
    chrome_inside=re.compile(r"\bwszelkie\s+prawa\s+zastrzeżone\b"),
    comments=re.compile(r"komentarze(?:\s*\(?\d+\)?)?|dodaj\s+komentarz"),
)


def profile() -> Language:
    return punkt_language(
        "polish",
        "pl",
        NEWS,
        stemming="pystemmer",
        abbreviations=ABBREVIATIONS,
        openers=OPENERS,
        document=DOCUMENT,
    )
