"""Slovene: Punkt's Slovene model, no stemmer (neither NLTK nor Snowball has one), stopwords-iso's
stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("pribl", "oz", "t.i", "mio", "mrd", "tj", "ipd")

NEWS = news_patterns(
    month=(
        r"januar(?:ja)?|februar(?:ja)?|marec|marca|april(?:a)?|maj(?:a)?|junij(?:a)?|"
        r"julij(?:a)?|avgust(?:a)?|september|septembra|oktober|oktobra|november|novembra|"
        r"december|decembra"
    ),
    date_labels=r"objavljeno|posodobljeno",
    updated=r"posodobljeno",
    at=r"ob",
    byline_roles=r"avtor(?:ica)?|uredništvo|besedilo|foto",
    capitals=r"A-ZČŠŽ",
)


# Wikipedia's section names and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(r"sklici|viri|opombe|glej\s+tudi|zunanje\s+povezave|literatura"),
    own_summary=re.compile(r"povzetek|izvleček|abstract"),
)


def profile() -> Language:
    return punkt_language(
        "slovene", "sl", NEWS, stemming="none", abbreviations=ABBREVIATIONS, document=DOCUMENT
    )
