"""Language profiles: NLTK's Punkt fed with bundled parameters (no downloaded data), stemmers,
stop words, word counts, and the registry that names them."""

from __future__ import annotations

from collections import defaultdict

import nltk
import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from portai.errors import UsageError
from portai.languages import (
    SUPPORTED_LANGUAGES,
    Language,
    get_language,
    known_languages,
    normalize_language,
)
from portai.languages import english as english_module
from portai.languages.nltk_tools import punkt_parameters


def test_parameters_are_nltks_own_with_a_defaulting_ortho_context() -> None:
    params = punkt_parameters("english")
    assert isinstance(params, PunktParameters)
    assert isinstance(params.ortho_context, defaultdict)
    assert params.ortho_context["a-word-the-model-never-saw"] == 0
    assert "dr" in params.abbrev_types


def test_sentence_splitting_is_done_by_nltk(english: Language) -> None:
    splitter = english.sentence_splitter
    assert isinstance(getattr(splitter, "__self__", None), PunktSentenceTokenizer)


def test_abbreviations_do_not_end_sentences(english: Language) -> None:
    text = (
        "Dr. Smith moved to the U.S. in 1998. Prices rose 3.5 percent, e.g. in food. "
        "Mr. Jones disagreed."
    )
    assert english.split_sentences(text) == [
        "Dr. Smith moved to the U.S. in 1998.",
        "Prices rose 3.5 percent, e.g. in food.",
        "Mr. Jones disagreed.",
    ]


def test_words_unseen_by_the_model_do_not_break_splitting(english: Language) -> None:
    text = "Zxqvbn Corp. reported Qwertyuiop gains. Blorfs rose."
    assert len(english.split_sentences(text)) >= 2


def test_words_drop_punctuation_and_numbers(english: Language) -> None:
    assert english.words('Alibaba\'s GMV reached RMB 8 trillion, "record" high.') == (
        "Alibaba", "GMV", "reached", "RMB", "trillion", "record", "high",
    )  # fmt: skip


def test_no_download_is_attempted(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    fresh = english_module.profile()  # built anew, not the cached one
    assert fresh.split_sentences("One. Two.") == ["One.", "Two."]


@pytest.mark.parametrize("name", ["english", "English", "en"])
def test_language_names(name: str) -> None:
    assert normalize_language(name) == "english"


def test_unsupported_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unsupported language"):
        normalize_language("klingon")


@pytest.mark.parametrize(("code", "name"), [("fr", "french"), ("de", "german"), ("es", "spanish")])
def test_other_languages_by_code(code: str, name: str) -> None:
    assert normalize_language(code) == name


def test_french_article() -> None:
    french = get_language("fr")
    text = (
        "Le gouvernement a présenté son budget mardi. Les syndicats ont protesté. "
        "M. Dupont a réagi."
    )
    assert french.split_sentences(text) == [
        "Le gouvernement a présenté son budget mardi.",
        "Les syndicats ont protesté.",
        "M. Dupont a réagi.",
    ]
    assert "le" in french.stop_words
    assert french.stem("présentées") == french.stem("présenté")


@pytest.mark.parametrize("name", known_languages())
def test_every_built_in_profile_builds_offline_and_splits(name: str) -> None:
    language = get_language(name)
    assert language.name == name
    assert normalize_language(language.code) == name
    sentences = language.split_sentences("Prima frase qui. Second sentence here.")
    assert len(sentences) == 2
    assert language.stem("Water") == language.stem("water")


@pytest.mark.parametrize(
    "text",
    [
        'Alibaba\'s GMV reached RMB 8 trillion, a "record" high.',
        "Prices rose 3.5 % — again — in 2024 (see p. 12).",
        "  spaced   out\ttext \n here ",
        "",
    ],
)
def test_word_count_is_what_wc_counts(english: Language, text: str) -> None:
    # The --words budget, the stats and the reading time count words as `wc -w` does.
    assert english.count_words(text) == len(text.split())


def test_the_generic_profile_has_no_word_lists() -> None:
    generic = get_language("generic")
    assert "generic" not in SUPPORTED_LANGUAGES
    assert generic.stop_words == frozenset()
    assert generic.openers is None and generic.shortening is None
    assert generic.stem("Running") == "running"
    assert generic.split_sentences("Dr. Who came. He left.") == ["Dr.", "Who came.", "He left."]


@pytest.mark.parametrize(
    "text",
    [
        "The package (c.f. the astropy core) is used widely.",
        "This is in the Complete Works, Vol. 3 of the edition.",
        "He introduced Hilda Doolittle (H.D.) and Richard Aldington to the group.",
        "See Fig. 2 for the plot of the results.",
        "The abbey was built ca. 1850 by the monks of the valley.",
    ],
)
def test_papers_and_encyclopedias_abbreviations_do_not_end_a_sentence(text: str) -> None:
    from portai.languages import get_language

    assert get_language("en").split_sentences(text + " It ends here.") == [text, "It ends here."]
