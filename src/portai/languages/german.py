"""German: Punkt's German model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

from portai.languages.base import Language, news_patterns
from portai.languages.build import punkt_language

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
    return punkt_language("german", "de", NEWS)
