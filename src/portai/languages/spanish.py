"""Spanish: Punkt's Spanish model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
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


# Wikipedia's section names and a paper's; accents are often left off.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"referencias|notas(?:\s+y\s+referencias)?|v[ée]ase\s+tambi[ée]n|enlaces\s+externos|"
        r"bibliograf[íi]a|fuentes|agradecimientos|(?:art[íi]culos|noticias)\s+relacionad[ao]s"
    ),
    # A press release's boilerplate: "Acerca de Acme", then its press contact.
    closing_matter=re.compile(
        r"acerca\s+de\s+[\w&.,' -]{2,40}|contactos?(?:\s+de\s+prensa|\s+para\s+medios)?"
    ),
    own_summary=re.compile(r"resumen|abstract"),
    chrome=re.compile(r"compartir(?:\s+este\s+art[íi]culo)?|imprimir|publicidad|leer\s+m[áa]s"),
    chrome_inside=re.compile(
        r"\b(?:utilizamos|usamos)\s+cookies\b|\beste\s+sitio(?:\s+web)?\s+utiliza\s+cookies\b|"
        r"\btodos\s+los\s+derechos\s+reservados\b"
    ),
    comments=re.compile(
        r"comentarios(?:\s*\(?\d+\)?)?|\d+\s+comentarios?|dej(?:a|ar)\s+(?:un|tu)\s+comentario"
    ),
    memo_subject=re.compile(r"^asunto\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
)


def profile() -> Language:
    return punkt_language(
        "spanish", "es", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS, document=DOCUMENT
    )
