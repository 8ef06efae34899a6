"""Portuguese: Punkt's Portuguese model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

from portai.languages.base import Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("p", "ex", "sr", "sra", "dra", "d", "av")

OPENERS = Openers(
    references=(
        "ele", "ela", "eles", "elas", "seu", "sua", "seus", "suas", "este", "esta", "estes",
        "estas", "isto", "esse", "essa", "esses", "essas", "isso", "lá", "aí",
    ),
    connectives=(
        "mas", "e", "também", "porém", "contudo", "no entanto", "além disso", "por isso",
        "assim", "ainda assim", "entretanto", "todavia",
    ),
    self_contained=("este ano", "esta semana", "este mês", "esta manhã"),
)  # fmt: skip

NEWS = news_patterns(
    month=(
        r"janeiro|jan|fevereiro|fev|março|mar|abril|abr|maio|mai|junho|jun|julho|jul|agosto|"
        r"ago|setembro|set|outubro|out|novembro|nov|dezembro|dez"
    ),
    weekday=r"seg|ter|qua|qui|sex|sáb|dom",
    date_joiner=r"de",
    date_labels=r"publicado(?:\s+em)?|atualizado(?:\s+em)?|data",
    updated=r"atualizado(?:\s+às)?",
    at=r"às",
    byline_roles=r"autora?|redação|texto|fotos?",
    by=r"por",
    byline_joiners=("e", "de", "da", "do", "dos", "das"),
    capitals=r"A-ZÀ-ÚÇ",
)


def profile() -> Language:
    return punkt_language("portuguese", "pt", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS)
