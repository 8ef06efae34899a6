"""Which sentence openers point back at text the reader of a summary has not seen."""

from __future__ import annotations

import pytest

from portai.coherence import leading_connective_length, opens_with_dangling_reference
from portai.languages import get_language


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the plan would fail.",
        "It was the third attempt this year.",
        "This means that Alibaba intends to open up.",
        "These numbers are not final.",
        '"They will pay," the minister said.',
        "However, the plan failed.",
        "But the company disagreed.",
        "Also on Tuesday, shares fell.",
        "In addition, prices rose.",
        "At the same time, exports fell.",
        "Its shares fell 5%.",
        "The latter was rejected.",
        "Behind this, the two groups grew apart.",  # a short phrase ending in a pronoun
        "Because of that, prices rose.",
    ],
)
def test_dangling_openers_are_flagged(sentence: str) -> None:
    assert opens_with_dangling_reference(sentence, get_language("english"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Taobao will accept WeChat Pay.",
        "This year, sales rose by 5%.",
        "So far, nobody has been charged.",
        "Itself a small town, Rye has one school.",  # "It" only as a whole word
        "Thesis defences were postponed.",
        "Theyre is not a word, but it is not a reference either.",
        "We will not stop, the union said.",  # first person: the speaker, not a reference
        "Taobao, Tencent and Alibaba, the giants, grew.",
    ],
)
def test_self_contained_openers_are_not_flagged(sentence: str) -> None:
    assert not opens_with_dangling_reference(sentence, get_language("english"))


def test_french_openers() -> None:
    assert opens_with_dangling_reference("Il a démissionné lundi.", get_language("french"))
    assert opens_with_dangling_reference("Cependant, le projet a échoué.", get_language("french"))
    assert not opens_with_dangling_reference(
        "Cette année, les ventes ont augmenté.", get_language("french")
    )
    assert not opens_with_dangling_reference("Le projet a échoué.", get_language("french"))


def test_language_without_a_lexicon_flags_nothing() -> None:
    slovene = get_language("slovene")
    assert not opens_with_dangling_reference("On ni rekel ničesar.", slovene)
    assert leading_connective_length("Toda on ni rekel ničesar.", slovene) == 0


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("german", "Sie leitet das Unternehmen in dritter Generation."),
        ("russian", "Об этом сообщил директор предприятия."),
        ("chinese", "他表示，公司将继续扩大生产。"),
        ("japanese", "これは地域にとって大きな一歩だ。"),
    ],
)
def test_a_pronoun_opening_points_back_in_other_languages(language: str, sentence: str) -> None:
    assert opens_with_dangling_reference(sentence, get_language(language))


def test_a_connective_is_dropped_before_a_chinese_comma() -> None:
    chinese = get_language("chinese")
    assert leading_connective_length("此外，公司还宣布了新的计划。", chinese) == len("此外，")


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("However, the plan failed.", "the plan failed."),
        ("In addition, prices rose.", "prices rose."),
        ("But the company disagreed.", "the company disagreed."),
        ("So far, nobody has been charged.", "So far, nobody has been charged."),
        ("The plan failed.", "The plan failed."),
    ],
)
def test_leading_connective_length(sentence: str, rest: str) -> None:
    assert sentence[leading_connective_length(sentence, get_language("english")) :] == rest
