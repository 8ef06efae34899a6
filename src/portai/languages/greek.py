"""Greek: Punkt's Greek model, Snowball's Greek stemmer (PyStemmer), sumy's and stopwords-iso's
stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("π.μ", "μ.μ", "π.χ", "κ", "κα", "δηλ", "κλπ", "χλμ", "εκατ", "δισ")

OPENERS = Openers(
    references=(
        "αυτός",
        "αυτή",
        "αυτό",
        "αυτοί",
        "αυτές",
        "αυτά",
        "αυτού",
        "αυτής",
        "αυτόν",
        "αυτούς",
    ),
    connectives=("όμως", "αλλά", "επίσης", "ωστόσο", "επομένως", "ακόμη"),
    self_contained=(),
)

NEWS = news_patterns(
    month=(
        r"Ιανουαρίου|Ιανουάριος|Φεβρουαρίου|Φεβρουάριος|Μαρτίου|Μάρτιος|Απριλίου|Απρίλιος|"
        r"Μαΐου|Μάιος|Ιουνίου|Ιούνιος|Ιουλίου|Ιούλιος|Αυγούστου|Αύγουστος|Σεπτεμβρίου|"
        r"Σεπτέμβριος|Οκτωβρίου|Οκτώβριος|Νοεμβρίου|Νοέμβριος|Δεκεμβρίου|Δεκέμβριος"
    ),
    date_labels=r"δημοσίευση|δημοσιεύθηκε|ενημέρωση|ενημερώθηκε",
    updated=r"ενημέρωση|ενημερώθηκε",
    at=r"στις",
    byline_roles=r"συντάκτης|συντάκτρια|κείμενο|φωτογραφίες",
    capitals=r"Α-ΩΆΈΉΊΌΎΏ",
    caption=r"^[Α-ΩA-Z][\w'’-]*:\s",
)


# Wikipedia's section names and a paper's; capitals are often written without accents.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"παραπομπ[έε]ς|σημει[ώω]σεις|βιβλιογραφ[ίι]α|π[ήη]γ[έε]ς|δε[ίι]τε\s+επ[ίι]σης|"
        r"εξωτερικο[ίι]\s+σ[ύυ]νδεσμοι"
    ),
    own_summary=re.compile(r"περ[ίι]ληψη|abstract"),
    chrome_inside=re.compile(r"\bμε\s+επιφ[ύυ]λαξη\s+παντ[όο]ς\s+δικαι[ώω]ματος\b"),
)


def profile() -> Language:
    return punkt_language(
        "greek",
        "el",
        NEWS,
        stemming="pystemmer",
        abbreviations=ABBREVIATIONS,
        openers=OPENERS,
        document=DOCUMENT,
    )
