"""Portuguese: Punkt's Portuguese model, NLTK's Snowball, sumy's and stopwords-iso's stop words."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
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


# Wikipedia's section names (Portugal's "Ligações externas", Brazil's "Links externos").
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"referências|notas(?:\s+e\s+referências)?|ver\s+também|liga[çc][õo]es\s+externas|"
        r"links\s+externos|bibliografia|fontes|leitura\s+adicional|agradecimentos|"
        r"(?:artigos|notícias)\s+relacionad[oa]s"
    ),
    closing_matter=re.compile(r"conta(?:c)?tos?|assessoria\s+de\s+imprensa"),
    # Not "Sumário": in Brazil it names a table of contents.
    own_summary=re.compile(r"resumo|abstract"),
    chrome=re.compile(r"compartilh(?:ar|e)|partilhar|imprimir|publicidade"),
    chrome_inside=re.compile(
        r"\b(?:utilizamos|usamos)\s+cookies\b|\btodos\s+os\s+direitos\s+reservados\b"
    ),
    comments=re.compile(
        r"comentários(?:\s*\(?\d+\)?)?|\d+\s+comentários?|deixe\s+(?:um|seu)\s+comentário"
    ),
    memo_subject=re.compile(r"^assunto\s*:\s*(?P<subject>.*)$", re.IGNORECASE),
)


def profile() -> Language:
    return punkt_language(
        "portuguese", "pt", NEWS, openers=OPENERS, abbreviations=ABBREVIATIONS, document=DOCUMENT
    )
