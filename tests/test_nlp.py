"""The NLP adapter: NLTK's Punkt fed with bundled parameters, no downloaded data."""

from __future__ import annotations

from collections import defaultdict

import nltk
import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from portai.errors import UsageError
from portai.nlp import LanguageTools, language_tools, normalize_language, punkt_parameters


def test_parameters_are_nltks_own_with_a_defaulting_ortho_context() -> None:
    params = punkt_parameters("english")
    assert isinstance(params, PunktParameters)
    assert isinstance(params.ortho_context, defaultdict)
    assert params.ortho_context["a-word-the-model-never-saw"] == 0
    assert "dr" in params.abbrev_types


def test_sentence_splitting_is_done_by_nltk(tools: LanguageTools) -> None:
    assert isinstance(tools.sentence_tokenizer, PunktSentenceTokenizer)


def test_abbreviations_do_not_end_sentences(tools: LanguageTools) -> None:
    text = (
        "Dr. Smith moved to the U.S. in 1998. Prices rose 3.5 percent, e.g. in food. "
        "Mr. Jones disagreed."
    )
    assert tools.split_sentences(text) == [
        "Dr. Smith moved to the U.S. in 1998.",
        "Prices rose 3.5 percent, e.g. in food.",
        "Mr. Jones disagreed.",
    ]


def test_words_unseen_by_the_model_do_not_break_splitting(tools: LanguageTools) -> None:
    text = "Zxqvbn Corp. reported Qwertyuiop gains. Blorfs rose."
    assert len(tools.split_sentences(text)) >= 2


def test_words_drop_punctuation_and_numbers(tools: LanguageTools) -> None:
    assert tools.words('Alibaba\'s GMV reached RMB 8 trillion, "record" high.') == (
        "Alibaba", "GMV", "reached", "RMB", "trillion", "record", "high",
    )  # fmt: skip


def test_no_download_is_attempted(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    language_tools.cache_clear()
    assert language_tools("english").split_sentences("One. Two.") == ["One.", "Two."]


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
    tools = language_tools("fr")
    text = (
        "Le gouvernement a présenté son budget mardi. Les syndicats ont protesté. "
        "M. Dupont a réagi."
    )
    assert tools.split_sentences(text) == [
        "Le gouvernement a présenté son budget mardi.",
        "Les syndicats ont protesté.",
        "M. Dupont a réagi.",
    ]
    assert "le" in tools.stop_words
    assert tools.stem("présentées") == tools.stem("présenté")
