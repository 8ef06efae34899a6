"""Turkish: Punkt's Turkish model, Snowball's Turkish stemmer (PyStemmer), stopwords-iso's stop
words (sumy has none)."""

from __future__ import annotations

from portai.languages.base import Language, Openers, news_patterns
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


def profile() -> Language:
    return punkt_language(
        "turkish", "tr", NEWS, stemming="pystemmer", abbreviations=ABBREVIATIONS, openers=OPENERS
    )
