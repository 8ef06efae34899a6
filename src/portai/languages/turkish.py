"""Turkish: Punkt's Turkish model, Snowball's Turkish stemmer (PyStemmer), stopwords-iso's stop
words (sumy has none)."""

from __future__ import annotations

import re

from portai.languages.base import DocumentCues, Language, Openers, news_patterns
from portai.languages.build import punkt_language

# Abbreviations Punkt's bundled model lacks, seen before a number or a lower-case word.
ABBREVIATIONS = ("vb", "vs", "bkz", "örn", "yy", "doç", "av", "op")

OPENERS = Openers(
    references=("o", "onlar", "bu", "bunlar", "şu", "onun", "onların", "bunun", "bunlar"),
    connectives=("ancak", "ama", "fakat", "ayrıca", "bu nedenle", "yine de"),
    self_contained=("bu yıl", "bu hafta"),
)

NEWS = news_patterns(
    month=r"Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık",
    weekday=r"Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar",
    date_labels=r"yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|güncelleme(?:\s+tarihi)?|güncellenme",
    updated=r"güncelleme|güncellenme",
    at=r"saat",
    byline_roles=r"yazar|muhabir|editör|haber|fotoğraf",
    capitals=r"A-ZÇĞİÖŞÜ",
)


# Wikipedia's section names and a paper's. "I" lower-cases to "i", not "ı": both are accepted.
DOCUMENT = DocumentCues(
    back_matter=re.compile(
        r"kaynakça|kaynaklar|d[ıi]ş\s+bağlant[ıi]lar|ayr[ıi]ca\s+bak[ıi]n[ıi]z|notlar|dipnotlar"
    ),
    own_summary=re.compile(r"özet|öz|abstract"),
    chrome_inside=re.compile(r"\btüm\s+haklar[ıi]\s+sakl[ıi]d[ıi]r\b"),
    comments=re.compile(r"yorumlar(?:\s*\(?\d+\)?)?"),
)


def profile() -> Language:
    return punkt_language(
        "turkish",
        "tr",
        NEWS,
        stemming="pystemmer",
        abbreviations=ABBREVIATIONS,
        openers=OPENERS,
        document=DOCUMENT,
    )
