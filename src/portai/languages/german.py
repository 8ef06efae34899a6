"""German: Punkt's German model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
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


# Wikipedia's section names and a paper's, matched as whole headings (``readers.cleaning``).
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"einzelnachweise|weblinks|siehe\s+auch|anmerkungen|fu(?:ß|ss)noten|quellen(?:angaben)?|"
        r"(?:weiterführende\s+)?literatur(?:\s+und\s+quellen)?|literaturverzeichnis|"
        r"quellenverzeichnis|danksagung(?:en)?|das\s+könnte\s+sie\s+auch\s+interessieren|impressum"
    ),
    # A press release's boilerplate: "Über die Acme GmbH", then its press contact. Only a
    # company's name: "Über 500 Menschen kamen." is a sentence.
    closing_matter=re.compile(
        r"über\s+(?:uns|(?:die\s+|den\s+|das\s+)?[\w&.,' -]{1,40}?\s(?:gmbh|ag|se|kg|e\.\s?v))|"
        r"(?:presse)?kontakt(?:e)?"
    ),
    own_summary=re.compile(
        r"zusammenfassung|kurzfassung|abstract|überblick|das\s+wichtigste\s+in\s+kürze"
    ),
    chrome=re.compile(r"(?:artikel\s+)?teilen|drucken|anzeige|werbung|weiterlesen"),
    chrome_inside=re.compile(
        r"\bwir\s+verwenden\s+cookies\b|\bdiese\s+(?:web)?seite\s+verwendet\s+cookies\b|"
        r"\balle\s+rechte\s+vorbehalten\b"
    ),
    comments=re.compile(
        r"kommentare(?:\s*\(?\d+\)?)?|\d+\s+kommentare?|kommentar\s+schreiben|kommentieren"
    ),
    memo_subject=re.compile(r"^(?:betreff|betr)\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
)


def profile() -> Language:
    return punkt_language(
        "german", "de", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS, document=DOCUMENT
    )
