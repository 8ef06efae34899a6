"""Bullets are cut from one sentence by deletion only, and keep its claim."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portai.languages import get_language
from portai.shortening import ELLIPSIS, MAX_CHARS, TARGET_CHARS, shorten
from tests.bullets import words_in_order


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a leading connective always goes
        ("However, prices rose again in May.", "Prices rose again in May."),
        # a bare-pronoun attribution always goes: "He" would dangle
        (
            "He said that the bank would raise interest rates at its next meeting in June.",
            "The bank would raise interest rates at its next meeting in June.",
        ),
        # parentheticals go first when the sentence is too long
        (
            "The road, which was closed on Monday after a landslide (the third landslide "
            "on that stretch this year), will reopen on Friday morning.",
            "The road, which was closed on Monday after a landslide, will reopen on Friday "
            "morning.",
        ),
        # an introductory phrase of time
        (
            "Now, after more than half a year of testing and exploration, Taobao has finally "
            "put the introduction of WeChat Pay on the agenda.",
            "Taobao has finally put the introduction of WeChat Pay on the agenda.",
        ),
        # a trailing attribution
        (
            "A man found dead in his flat in east London on Tuesday morning had been stabbed "
            "several times, detectives said.",
            "A man found dead in his flat in east London on Tuesday morning had been stabbed "
            "several times.",
        ),
        # a trailing clause after a semicolon
        (
            "The plant in Ohio will close at the end of the year after four decades of "
            "production; about 400 workers will be offered jobs elsewhere.",
            "The plant in Ohio will close at the end of the year after four decades of production.",
        ),
        # a participle tail, but only one that ends the sentence
        (
            "Rates remain the backbone of the system, accounting for about 71 percent of "
            "capital funding in our sample.",
            "Rates remain the backbone of the system.",
        ),
        # who said it stays when a clean cut elsewhere is enough
        (
            "Critics said the sum was far too small, noting that a single automated monitoring "
            "station can cost several hundred thousand dollars.",
            "Critics said the sum was far too small.",
        ),
        # a relative clause between commas
        (
            "The road, which was closed on Monday after a landslide and flooding in the valley "
            "below it, will reopen on Friday morning to all traffic.",
            "The road will reopen on Friday morning to all traffic.",
        ),
        # a participle phrase right after a short subject
        (
            "The agreement, reached after an overnight session, commits the governments to "
            "publish measurements of glacier mass and meltwater flow every year.",
            "The agreement commits the governments to publish measurements of glacier mass and "
            "meltwater flow every year.",
        ),
        # a short sentence is left alone
        ("The plant closed on Friday.", "The plant closed on Friday."),
    ],
)
def test_clean_cuts(sentence: str, bullet: str) -> None:
    result = shorten(sentence, get_language("english"))
    assert result.text == bullet
    assert not result.cut_mid_sentence


def test_an_embedded_phrase_is_not_taken_for_a_tail() -> None:
    sentence = (
        "Utilities that maintained a digital asset register, linking each pipe segment to its "
        "age, material and soil conditions, were able to target replacement far more effectively."
    )
    bullet = shorten(sentence, get_language("english")).text
    assert bullet != "Utilities that maintained a digital asset register."
    assert bullet.startswith("Utilities that maintained")


@pytest.mark.parametrize(
    "sentence",
    [
        # the words after "said" are the claim, not a bare attribution
        "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said the suspect "
        "did not appear to be motivated by money at any point in the months before the arrest.",
        "Boente's Facebook status two days later, boasting that he sent his 'soldiers' to the "
        "property, indicated he was behind the burglary at the house in Birmingham.",
    ],
)
def test_a_claim_after_a_reporting_verb_is_not_an_attribution_to_drop(sentence: str) -> None:
    bullet = shorten(sentence, get_language("english")).text
    assert len(bullet.split()) >= 8
    assert not bullet.endswith(("Dean Boyd.", "two days later."))


def test_french_trailing_attribution() -> None:
    sentence = (
        "Le projet de loi sera présenté au Parlement avant la fin de l'année prochaine, au plus "
        "tard en décembre, selon le gouvernement."
    )
    assert shorten(sentence, get_language("french")).text.endswith("en décembre.")


def test_a_french_claim_after_a_reporting_verb_is_kept() -> None:
    sentence = (
        "Le gouvernement a présenté son projet de loi aux syndicats mardi soir à Paris, estime "
        "que tout ira bien."
    )
    assert len(sentence) > 100  # long enough for the cuts to be tried
    assert "estime que tout ira bien" in shorten(sentence, get_language("french")).text


def test_a_list_between_commas_is_not_taken_for_an_inserted_clause() -> None:
    sentence = (
        "Mr Kennedy believes his new manifesto will offer sensible, costed and achievable "
        "policies on things like the council tax, crime and asylum that will underpin his claim."
    )
    assert "sensible crime" not in shorten(sentence, get_language("english")).text


def test_a_removed_parenthetical_keeps_words_apart() -> None:
    sentence = "Kano (CNN)Boko Haram posted a graphic video online on Monday showing two men."
    assert (
        shorten(sentence, get_language("english")).text == sentence
    )  # short enough: nothing is cut
    long = sentence[:-1] + ", according to officials in the north of the country who saw it."
    assert "Kano Boko Haram" in shorten(long, get_language("english")).text


def test_the_ellipsis_does_not_split_a_name() -> None:
    sentence = (
        "The theatre and studios form part of a larger east wing restoration project to "
        "transform Alexandra Palace into a new cultural destination."
    )
    assert "Alexandra" not in shorten(sentence, get_language("english")).text


def test_a_quotation_left_open_may_still_be_cut() -> None:
    sentence = (
        'Prof Sinclair said: "We focused on three co-morbidities: cardiovascular disease, '
        "diabetes and osteoarthritis - the three co-morbidities most associated with aging."
    )
    assert shorten(sentence, get_language("english")).text.endswith("diabetes and osteoarthritis.")


def test_an_attribution_is_kept_when_dropping_it_would_leave_a_dangling_pronoun() -> None:
    sentence = (
        "The company announced on Monday that it would close 40 stores across the country by "
        "the end of the year, cutting 2,000 jobs in total."
    )
    assert shorten(sentence, get_language("english")).text.startswith("The company announced")


def test_no_clean_cut_means_an_ellipsis() -> None:
    sentence = (
        "The agreement commits participating governments to publish standardised measurements "
        "of glacier mass and meltwater flow at least once a year."
    )
    result = shorten(sentence, get_language("english"))
    assert result.cut_mid_sentence
    assert result.text.endswith(ELLIPSIS) and len(result.text) <= TARGET_CHARS
    assert not result.text.removesuffix(ELLIPSIS).endswith((" of", " and", " the"))


def test_french_connective_tail_and_attribution() -> None:
    sentence = (
        "Mais le gouvernement a indiqué que la réforme des retraites serait présentée au "
        "Parlement avant la fin de l'année, malgré la forte opposition des syndicats."
    )
    # Without "Mais" and the "malgré" tail it is still 107 characters: the attribution goes too.
    assert shorten(sentence, get_language("french")).text == (
        "La réforme des retraites serait présentée au Parlement avant la fin de l'année."
    )


_PROSE_TOKENS = [
    "the",
    "bank",
    "said",
    "that",
    "rates",
    "will",
    "rise",
    "However,",
    "He",
    "(in",
    "May)",
    "which",
    "fell;",
    "and",
    "—",
    "according",
    "to",
    "police,",
    "up",
    "sharply",
    "Bank",
    '"we',
    'agree,"',
    "accounting",
    "for",
    "In",
    "March,",
    "it",
    "costs",
    "5%",
    "while",
]
prose = st.lists(st.sampled_from(_PROSE_TOKENS), min_size=1, max_size=60).map(
    lambda tokens: " ".join(tokens) + "."
)


@given(prose)
def test_any_sentence_gives_a_short_bullet_made_of_its_own_words(sentence: str) -> None:
    bullet = shorten(sentence, get_language("english")).text
    assert 0 < len(bullet) <= MAX_CHARS
    assert words_in_order(bullet, sentence)


def test_an_opening_phrase_is_not_taken_for_a_subject() -> None:
    sentence = (
        "Behind this, the Alibaba Group and Tencent Group have experienced expansion followed "
        "by contraction, with new giants like ByteDance and Pinduoduo coming to the forefront."
    )
    assert not shorten(sentence, get_language("english")).text.startswith("Behind this with")
