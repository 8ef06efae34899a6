"""Spanish: Punkt's Spanish model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

from portai.languages.base import Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("aprox", "sr", "sra", "srta", "dra", "núm", "pág", "ud", "uds", "ej")

OPENERS = Openers(
    references=(
        "él", "ella", "ellos", "ellas", "su", "sus", "este", "esta", "estos", "estas", "esto",
        "ese", "esa", "esos", "esas", "eso", "dicho", "dicha", "allí", "ahí",
    ),
    connectives=(
        "pero", "y", "también", "sin embargo", "además", "por eso", "por tanto", "así",
        "aun así", "no obstante", "en cambio", "por otra parte", "asimismo", "incluso",
    ),
    self_contained=("este año", "esta semana", "este mes", "esta mañana", "este lunes"),
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"enero|ene|febrero|feb|marzo|mar|abril|abr|mayo|may|junio|jun|julio|jul|agosto|ago|"
        r"septiembre|setiembre|sept?|set|octubre|oct|noviembre|nov|diciembre|dic"
    ),
    weekday=r"lun|mar|mié|mie|jue|vie|sáb|sab|dom",
    date_joiner=r"de|del",
    date_labels=r"publicado(?:\s+el)?|actualizado(?:\s+el)?|fecha",
    updated=r"actualizado(?:\s+a\s+las)?",
    at=r"a\s+las",
    byline_roles=r"autora?|redacción|texto|fotos?|editora?",
    by=r"por",
    byline_joiners=("y", "de", "del", "la", "las", "los"),
    capitals=r"A-ZÁÉÍÓÚÑ",
)


def profile() -> Language:
    return punkt_language("spanish", "es", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS)
