"""Every method on real and odd articles: counts, lengths, and only body sentences chosen."""

from __future__ import annotations

import pytest

from portai import summarize
from portai.coherence import opens_with_dangling_reference
from portai.config import Length
from portai.document import Sentence, analyse
from portai.errors import UsageError
from portai.languages import Language
from portai.methods import METHODS, edmundson_bonus_words, get_method, rate_sentences
from portai.models import Article, Paragraph
from portai.selection import rank_order, select_sentences

from .conftest import SAMPLE_FILES

ALL_METHODS = list(METHODS)
FRONT_MATTER = (
    "2024.09.04",
    "I'm PortAI",
    "Author",
    "Editor",
    "Hand in Hand",
    "Turning Point",
    "Taobao and Tencent join forces",
    "Taobao can finally use WeChat Pay",
)


@pytest.mark.parametrize("method", ALL_METHODS)
@pytest.mark.parametrize("count", [1, 3, 5])
def test_each_method_returns_the_requested_count(seed_text: str, method: str, count: int) -> None:
    result = summarize(seed_text, method=method, sentences=count)
    assert len(result.sentences) == count
    indexes = [s.index for s in result.sentences]
    assert indexes == sorted(indexes), "summary sentences come in article order"


@pytest.mark.parametrize("method", ALL_METHODS)
def test_no_method_picks_front_matter_or_headings(seed_text: str, method: str) -> None:
    result = summarize(seed_text, method=method, sentences=10)
    body = result.article.body_sentences
    for sentence in result.sentences:
        assert body[sentence.index] == sentence.text
        assert not sentence.text.startswith(FRONT_MATTER), sentence.text


@pytest.mark.parametrize("method", ALL_METHODS)
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_method_on_every_sample(method: str, sample: object) -> None:
    text = sample.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    result = summarize(text, method=method)
    assert 1 <= len(result.sentences) <= 7
    assert all(0.0 <= s.score <= 1.0 for s in result.sentences)


def test_default_length_grows_with_the_article(seed_text: str) -> None:
    short = summarize("One fact. Two facts. Three facts. Four facts. Five facts.")
    long = summarize(seed_text)
    assert len(short.sentences) == 3
    assert 3 < len(long.sentences) <= 7


def test_ratio(seed_text: str) -> None:
    result = summarize(seed_text, ratio=0.2)
    assert len(result.sentences) == -(-result.stats.article_sentences * 2 // 10)


@pytest.mark.parametrize("budget", [1, 40, 80, 200])
def test_word_budget_is_respected_with_at_least_one_sentence(seed_text: str, budget: int) -> None:
    result = summarize(seed_text, words=budget)
    assert len(result.sentences) >= 1
    if len(result.sentences) > 1:
        assert result.stats.summary_words <= budget


@pytest.mark.parametrize("method", ALL_METHODS)
def test_article_shorter_than_request_returns_all_sentences(method: str) -> None:
    text = "The plant closed on Friday. Two hundred workers lost their jobs."
    result = summarize(text, method=method, sentences=5)
    assert [s.text for s in result.sentences] == [
        "The plant closed on Friday.",
        "Two hundred workers lost their jobs.",
    ]


@pytest.mark.parametrize("method", ALL_METHODS)
@pytest.mark.parametrize(
    "text",
    [
        "Hello.",
        "It is what it is. It was. It will be. It is.",  # only stop words
        "Same sentence here. Same sentence here. Same sentence here. Other one.",
        "Rain. Rain. Rain. Rain.",
        "A b c. D e f. G h i. J k l. M n o.",
    ],
)
def test_degenerate_documents_never_crash(method: str, text: str) -> None:
    result = summarize(text, method=method, sentences=2)
    assert 1 <= len(result.sentences) <= 2


def test_edmundson_without_title_or_headings(english: Language) -> None:
    article = Article(paragraphs=(Paragraph(("Water prices rose.", "Water use fell.", "Ok.")),))
    document = analyse(article, english)
    assert edmundson_bonus_words(document)[0] == "water"
    ratings = rate_sentences(get_method("edmundson"), document)
    assert len(ratings) == 3


def test_edmundson_takes_bonus_words_from_title_and_headings(english: Language) -> None:
    article = Article(title="Taobao adds WeChat Pay", headings=("Turning Point",))
    assert set(edmundson_bonus_words(analyse(article, english))) == {
        "Taobao", "adds", "WeChat", "Pay", "Turning", "Point",
    }  # fmt: skip


def test_lead_takes_the_opening(seed_text: str) -> None:
    result = summarize(seed_text, method="lead", sentences=3)
    assert [s.index for s in result.sentences] == [0, 1, 2]


def test_unknown_method() -> None:
    with pytest.raises(UsageError, match="unknown method: magic"):
        summarize("Some text here.", method="magic")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sentences": 2, "ratio": 0.5}, "sentences and ratio cannot be used together"),
        ({"ratio": 1.5}, "ratio must be"),
        ({"ratio": 0}, "ratio must be"),
        ({"sentences": 0}, "sentences must be"),
        ({"words": 0}, "words must be"),
    ],
)
def test_bad_lengths(options: dict[str, float], message: str) -> None:
    # The library names the parameter a Python caller passed, not the CLI's flag.
    with pytest.raises(UsageError, match=f"^{message}") as raised:
        Length.from_options(**options)  # type: ignore[arg-type]
    assert "--" not in str(raised.value)
    assert raised.value.cli_message().startswith("--")


def test_repeated_sentences_appear_once(seed_text: str) -> None:
    result = summarize("\n\n".join([seed_text] * 3), sentences=5)
    texts = [s.text for s in result.sentences]
    assert len(texts) == len(set(texts)) == 5


# Five sentences; ratings put sentence 2 ("He ...") first. Word counts are all 10.
_SENTENCES = ["A s.", "B s.", "He s.", "C s.", "However s."]
_RATINGS = [0.5, 0.4, 0.9, 0.3, 0.8]
_DANGLING = [False, False, True, False, True]


def _sentences(texts: list[str], dangling: list[bool], word_count: int = 10) -> list[Sentence]:
    """Body sentences built in the test: selection reads only text, word count and dangling."""
    return [
        Sentence(text, i, 0, None, 0, i, (), (), word_count, flag)
        for i, (text, flag) in enumerate(zip(texts, dangling, strict=True))
    ]


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        # "He" brings in its predecessor 1; "However" (4) brings in 3: four sentences.
        (Length("sentences", 4), [1, 2, 3, 4]),
        # Two slots: the pair (1, 2) fits; "However" and its predecessor no longer do.
        (Length("sentences", 2), [1, 2]),
        # One slot: no pair fits, so the best sentence that stands alone is taken.
        (Length("sentences", 1), [0]),
        (Length("words", 25), [1, 2]),
    ],
)
def test_a_dangling_sentence_brings_its_predecessor_or_gives_way(
    length: Length, expected: list[int]
) -> None:
    picked = select_sentences(_RATINGS, length, _sentences(_SENTENCES, _DANGLING))
    assert picked == expected


def test_a_dangling_sentence_is_fine_after_its_chosen_predecessor() -> None:
    ratings = [0.9, 0.8, 0.1]
    picked = select_sentences(
        ratings, Length("sentences", 2), _sentences(["A.", "It.", "B."], [False, True, False], 5)
    )
    assert picked == [0, 1]


def test_at_least_one_sentence_even_when_all_dangle() -> None:
    picked = select_sentences(
        [0.2, 0.9], Length("sentences", 1), _sentences(["It.", "He."], [True, True], 5)
    )
    assert picked == [1]


def test_summaries_of_the_samples_have_no_unresolved_dangling_sentence(english: Language) -> None:
    for sample in SAMPLE_FILES:
        for method in ALL_METHODS:
            result = summarize(sample.read_text(encoding="utf-8"), method=method)
            chosen = {s.index for s in result.sentences}
            for sentence in result.sentences:
                if opens_with_dangling_reference(sentence.text, english):
                    assert sentence.index - 1 in chosen, (sample.name, method, sentence.text)


def test_ratings_equal_to_nine_digits_are_ties_won_by_the_earlier_sentence() -> None:
    # Sums taken in another order differ in the last bits; that noise must not pick sentences.
    assert rank_order([0.5, 0.7 + 1e-16, 0.7, 0.7 - 1e-12]) == [1, 2, 3, 0]
    assert rank_order([3.0, 3.0 + 1e-6, -2.0]) == [1, 0, 2]
    assert rank_order([-1.0, -1.0 + 1e-17, 0.0]) == [2, 0, 1]
    assert rank_order([0.0, 0.0]) == [0, 1]


@pytest.mark.parametrize("budget", [20, 60, 150])
def test_a_word_budget_counts_words_as_wc_does(seed_text: str, budget: int) -> None:
    # `portai summarize --words 60 | wc -w` must not say 61: numbers and "—" are words too.
    result = summarize(seed_text, words=budget, points=0, keywords=0)
    printed = sum(len(s.text.split()) for s in result.sentences)
    assert printed == result.stats.summary_words
    assert printed <= budget or len(result.sentences) == 1


def test_a_backchannel_is_never_brought_in_as_context() -> None:
    """In a transcript, "That is why …" after "OK." leans on nothing the reader can use: the
    sentence gives way rather than bring "OK." into the summary."""
    from portai import summarize

    turns = [
        "Project Manager: The remote control needs a docking station that charges it overnight.",
        "Marketing: OK.",
        "Project Manager: That is why the docking station matters more than any other feature"
        " of the remote control, since the docking station charges the remote control.",
        "Industrial Designer: The docking station can also beep when the remote control is lost.",
        "Marketing: Users often lose the remote control under the sofa cushions at home.",
        "Industrial Designer: Yeah.",
    ]
    summary = summarize("\n\n".join(turns), sentences=2)
    assert all(len(s.text.split()) > 3 for s in summary.sentences)
