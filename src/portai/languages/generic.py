"""The generic profile: for text in a language PortAI has no profile for.

Punkt with no trained model (no known abbreviations: a full stop, question or exclamation mark
before a space ends a sentence), NLTK's Treebank words, no stemming and no stop words; numeric
dates and wire datelines only, and no word lists.
"""

from __future__ import annotations

import re

from portai.languages.base import Language, identity_stemmer
from portai.languages.nltk_tools import punkt_splitter, treebank_words


def profile() -> Language:
    return Language(
        name="generic",
        code="und",  # ISO 639-2 "undetermined"
        sentence_splitter=punkt_splitter(""),
        word_tokenizer=treebank_words(),
        stemmer=identity_stemmer,
        page_furniture=re.compile("©"),
    )
