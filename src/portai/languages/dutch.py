"""Dutch: Punkt's Dutch model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
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


# Wikipedia's section names ("Bronnen, noten en/of referenties") and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"(?:bronnen|noten|referenties)(?:\s*,?\s*(?:en/of|en|of)?\s*(?:bronnen|noten|referenties))*|"
        r"bronvermelding|voetnoten|zie\s+ook|externe\s+links?|literatuur(?:lijst)?|bibliografie|"
        r"dankwoord"
    ),
    # A press release's boilerplate: "Over Acme B.V.", and its note for editors. Only a
    # company's name: "Over twee weken begint het." is a sentence.
    closing_matter=re.compile(
        r"over\s+(?:ons|[\w&.,' -]{1,40}?\s(?:b\.?v|n\.?v))|noot\s+voor\s+(?:de\s+)?redacties?|"
        r"(?:pers)?contact"
    ),
    own_summary=re.compile(r"samenvatting|abstract|in\s+het\s+kort"),
    chrome=re.compile(r"delen|deel\s+dit\s+artikel|afdrukken|advertentie"),
    chrome_inside=re.compile(
        r"\b(?:wij|we)\s+gebruiken\s+cookies\b|\bdeze\s+(?:web)?site\s+gebruikt\s+cookies\b|"
        r"\balle\s+rechten\s+voorbehouden\b"
    ),
    comments=re.compile(r"reacties(?:\s*\(?\d+\)?)?|\d+\s+reacties?|plaats\s+een\s+reactie"),
    memo_subject=re.compile(r"^onderwerp\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
)


def profile() -> Language:
    return punkt_language(
        "dutch", "nl", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS, document=DOCUMENT
    )
