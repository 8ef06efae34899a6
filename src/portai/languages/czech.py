"""Czech: Punkt's Czech model, sumy's own stemmer (as sumy stems Czech), sumy's and stopwords-iso's
stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("např", "tzv", "mil", "mld", "apod", "tj", "resp", "př", "ing", "mgr")

OPENERS = Openers(
    references=(
        "on",
        "ona",
        "ono",
        "oni",
        "ony",
        "jeho",
        "její",
        "jejich",
        "ten",
        "ta",
        "to",
        "ti",
        "ty",
        "tam",
    ),
    connectives=("ale", "a", "také", "však", "proto", "navíc", "přesto", "tedy"),
    self_contained=("letos", "tento týden"),
)

NEWS = news_patterns(
    month=(
        r"ledna|leden|února|únor|března|březen|dubna|duben|května|květen|června|červen|"
        r"července|červenec|srpna|srpen|září|října|říjen|listopadu|listopad|prosince|prosinec"
    ),
    weekday=r"po|út|st|čt|pá|so|ne",
    date_labels=r"publikováno|aktualizováno|datum|vydáno",
    updated=r"aktualizováno",
    at=r"v",
    byline_roles=r"autor(?:ka)?|redakce|text|foto",
    capitals=r"A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ",
)


# Wikipedia's section names ("Odkazy" groups references, literature and links) and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"odkazy|reference|poznámky|související\s+články|externí\s+odkazy|literatura|"
        r"seznam\s+literatury|prameny|zdroje|bibliografie|poděkování"
    ),
    own_summary=re.compile(r"abstrakt|abstract|shrnutí|souhrn"),
    chrome_inside=re.compile(r"\bvšechna\s+práva\s+vyhrazena\b"),
)


def profile() -> Language:
    return punkt_language(
        "czech",
        "cs",
        NEWS,
        stemming="sumy",
        abbreviations=ABBREVIATIONS,
        openers=OPENERS,
        document=DOCUMENT,
    )
