"""Stop words and stemmers from well-kept packages: stopwords-iso's lists and PyStemmer.

NLTK's Snowball (see ``nltk_tools``) stems the twelve languages it has, as sumy does; PyStemmer
(Snowball's own C implementation) stems the ones NLTK's lacks: Estonian, Greek, Polish and
Turkish. stopwords-iso's lists complete sumy's, which miss the commonest function words of
several languages (Spanish "de", "que", "del"). Both packages are read without importing
their Python front ends: ``stopwordsiso`` reads its JSON through ``importlib.resources`` at
import, which costs 60 ms; the file itself parses in 3 ms.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

from portai.languages.nltk_tools import package_directory


@cache
def iso_lists() -> dict[str, list[str]]:
    """Every stopwords-iso list, by ISO 639-1 code."""
    path = package_directory("stopwordsiso") / "stopwords-iso.json"
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def iso_stop_words(code: str) -> frozenset[str]:
    """stopwords-iso's list for an ISO 639-1 code (empty when it has none), lower-cased."""
    return frozenset(word.lower() for word in iso_lists().get(code, ()))


def pystemmer(language: str) -> Callable[[str], str]:
    """Snowball's stemmer for ``language`` ("turkish") from PyStemmer."""
    import Stemmer

    return Stemmer.Stemmer(language).stemWord  # type: ignore[no-any-return]
