"""Seven languages with Punkt's model, a stemmer and sumy's stop words, and no word lists yet.

German, Italian, Portuguese, Spanish, Swedish, Czech and Polish summarize with their own
sentence splitting, stemming (none for Polish, see below) and stop words. Openers, shortening
cues and keyword filters are not written for them yet: key points use only the cuts that need
no word list. Front-matter
patterns, page furniture and Edmundson's stigma words are English's, as for French. Italian
knows its elided articles ("l'Italia"), so keywords see the noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from portai.languages import english
from portai.languages.base import KeywordCues, Language, identity_stemmer
from portai.languages.nltk_tools import (
    punkt_splitter,
    snowball_stemmer,
    sumy_stemmer,
    sumy_stop_words,
    treebank_words,
)

NO_KEYWORD_CUES = KeywordCues()
ITALIAN_KEYWORDS = KeywordCues(
    elision=re.compile(r"^(?:[dl]|all|dall|dell|nell|sull|un)['’]", re.IGNORECASE)
)


def _profile(
    name: str,
    code: str,
    stemmer: Callable[[str], Callable[[str], str]] = snowball_stemmer,
    keywords: KeywordCues = NO_KEYWORD_CUES,
) -> Callable[[], Language]:
    def build() -> Language:
        return Language(
            name=name,
            code=code,
            sentence_splitter=punkt_splitter(name),
            word_tokenizer=treebank_words(),
            stemmer=stemmer(name),
            stop_words=sumy_stop_words(name),
            keywords=keywords,
            news=english.NEWS,
            page_furniture=english.FURNITURE,
            furniture_opener=english.FURNITURE_OPENER,
            stigma_words=english.STIGMA_WORDS,
        )

    return build


german = _profile("german", "de")
italian = _profile("italian", "it", keywords=ITALIAN_KEYWORDS)
portuguese = _profile("portuguese", "pt")
spanish = _profile("spanish", "es")
swedish = _profile("swedish", "sv")
# sumy's own stemmer for Czech: NLTK's Snowball has none.
czech = _profile("czech", "cs", stemmer=sumy_stemmer)
# sumy's Polish stemmer needs pystempel, which sumy does not install and which loads an 11 MB
# table for ~8 s, with a progress bar on stderr, in every process: Polish words are matched
# whole instead (before, every Polish article was an internal error).
polish = _profile("polish", "pl", stemmer=lambda name: identity_stemmer)
