"""Estonian: Punkt's Estonian model, Snowball's Estonian stemmer (PyStemmer), stopwords-iso's short
list (sumy has none)."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("nt", "jm", "mln", "mld", "vt", "nn", "lk", "u")

NEWS = news_patterns(
    month=(
        r"jaanuar|jaan|veebruar|veebr|märts|aprill|mai|juuni|juuli|august|aug|september|sept|"
        r"oktoober|okt|november|nov|detsember|dets"
    ),
    date_labels=r"avaldatud|uuendatud|muudetud",
    updated=r"uuendatud",
    at=r"kell",
    byline_roles=r"autor|toimetaja|tekst|foto",
    capitals=r"A-ZÄÖÕÜŠŽ",
)


# Wikipedia's section names and a paper's.
DOCUMENT = DocumentCues(
    back_matter=re.compile(r"viited|märkused|kirjandus|välislingid|vaata\s+ka|allikad"),
    own_summary=re.compile(r"kokkuvõte|abstract"),
)


def profile() -> Language:
    return punkt_language(
        "estonian", "et", NEWS, stemming="pystemmer", abbreviations=ABBREVIATIONS, document=DOCUMENT
    )
