"""PortAI's array rankers against sumy's own classes: the same ratings, the same selections.

sumy is the reference: ``rate_sentences(..., engine="sumy")`` runs its classes on the same
document, the path ``--engine sumy`` takes. Selections must match for every summary length.
The one documented difference: at a tie that only floating-point rounding breaks, sumy's pick
depends on the last bit of a sum, and PortAI gives it to the earlier sentence
(``selection.TIE_DIGITS``, ``rankers.KL_TIE_TOLERANCE``).
"""

from __future__ import annotations

import math
import random
import subprocess
import sys

import pytest

from portai import summarize
from portai.document import analyse
from portai.languages import Language
from portai.methods import METHODS, rankers, rate_sentences
from portai.methods.sumy_engine import SUMY_CLASSES
from portai.models import Article, Paragraph
from portai.readers.text import parse_article
from portai.selection import rank_order

from .conftest import SAMPLE_FILES

SUMY_METHODS = list(SUMY_CLASSES)  # the methods sumy has its own class for


def assert_same_selections(article: Article, english: Language, method: str) -> None:
    document = analyse(article, english)
    fast = rate_sentences(METHODS[method], document)
    reference = rate_sentences(METHODS[method], document, engine="sumy")
    assert len(fast) == len(reference)
    # Every summary length picks the same sentences.
    fast_order, reference_order = rank_order(fast), rank_order(reference)
    for count in range(1, len(fast) + 1):
        assert set(fast_order[:count]) == set(reference_order[:count]), f"{count} sentences"
    assert all(
        math.isclose(f, r, rel_tol=1e-9, abs_tol=1e-12)
        for f, r in zip(fast, reference, strict=True)
    )


@pytest.mark.parametrize("method", SUMY_METHODS)
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda path: path.name)
def test_samples_rate_as_sumy_rates_them(method: str, sample: object, english: Language) -> None:
    article = parse_article(sample.read_text(encoding="utf-8"), english)  # type: ignore[attr-defined]
    if method == "kl" and "markdown_post" in str(sample):
        # Sentences 23 and 37 tie at ranks 38-39 of 51: sumy's two divergences differ by one
        # ulp, so its order there is rounding noise (see docs/benchmarks.md).
        document = analyse(article, english)
        fast = rank_order(rate_sentences(METHODS["kl"], document))
        reference = rank_order(rate_sentences(METHODS["kl"], document, engine="sumy"))
        assert fast[:37] == reference[:37]
        assert fast[39:] == reference[39:]
        return
    assert_same_selections(article, english, method)


VOCABULARY = (
    "market", "bank", "rate", "rates", "growth", "price", "prices", "company", "companies",
    "government", "minister", "election", "vote", "voters", "team", "match", "goal", "season",
    "player", "players", "city", "council", "water", "pipe", "pipes", "school", "students",
    "teacher", "health", "hospital", "doctor", "patients", "energy", "oil", "gas", "power",
    "climate", "storm", "river", "police", "court", "judge", "trial", "report", "data", "study",
    "research", "scientists", "budget", "tax", "taxes", "trade", "deal",
)  # fmt: skip
STOP_WORDS = (
    "the", "a", "of", "and", "to", "in", "is", "was", "it", "that", "he", "she", "they", "this",
    "with", "for", "on", "The", "It", "He", "They",
)  # fmt: skip


def generated_article(rng: random.Random, sentences: int) -> Article:
    """A document with the shapes that trip algorithms up: repeated words and sentences,
    one-word and stop-word-only sentences, capitalized stop words, headings and paragraphs."""
    weights = [1 / (rank + 1) for rank in range(len(VOCABULARY))]  # Zipf-like
    body: list[str] = []
    for _ in range(sentences):
        shape = rng.random()
        if shape < 0.04 and body:
            body.append(rng.choice(body))  # a repeated sentence
            continue
        if shape < 0.07:
            words = rng.choices(STOP_WORDS, k=rng.randint(1, 4))  # no content word
        elif shape < 0.10:
            words = [rng.choices(VOCABULARY, weights)[0]]  # one word
        else:
            length = rng.randint(2, 25)
            words = [
                rng.choice(STOP_WORDS)
                if rng.random() < 0.4
                else rng.choices(VOCABULARY, weights)[0]
                for _ in range(length)
            ]
        text = " ".join(words)
        body.append(text[0].upper() + text[1:] + ".")
    paragraphs: list[Paragraph] = []
    position = 0
    while position < len(body):
        size = rng.randint(1, 6)
        heading = f"{rng.choice(VOCABULARY).title()} news" if rng.random() < 0.3 else None
        paragraphs.append(Paragraph(tuple(body[position : position + size]), heading))
        position += size
    title = " ".join(rng.choices(VOCABULARY, k=4)).title() if rng.random() < 0.8 else None
    return Article(title=title, paragraphs=tuple(paragraphs))


@pytest.mark.parametrize("method", SUMY_METHODS)
@pytest.mark.parametrize("seed", range(6))
def test_generated_documents_rate_as_sumy_rates_them(
    method: str, seed: int, english: Language
) -> None:
    rng = random.Random(seed)
    article = generated_article(rng, (1, 2, 7, 30, 90, 200)[seed])
    assert_same_selections(article, english, method)


@pytest.mark.parametrize("method", ["lexrank", "textrank", "reduction"])
def test_sparse_and_dense_pair_products_agree(
    method: str, english: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long documents multiply sentence pairs with scipy.sparse; short ones with numpy."""
    article = generated_article(random.Random(42), 150)
    dense = rate_sentences(METHODS[method], analyse(article, english))
    monkeypatch.setattr(rankers, "DENSE_CELLS_LIMIT", 0)
    sparse = rate_sentences(METHODS[method], analyse(article, english))
    assert sparse == pytest.approx(dense, rel=1e-12)


@pytest.mark.parametrize("method", SUMY_METHODS)
@pytest.mark.parametrize(
    "body",
    [
        ("Only one sentence here.",),
        ("The of and.", "It is the.", "They were with it."),  # stop words only
        ("Same words again.", "Same words again.", "Other words here."),
        ("Water.", "Water.", "Water."),
    ],
    ids=["one", "stop-words", "repeated", "one-word"],
)
def test_degenerate_documents_rate_as_sumy_rates_them(
    method: str, body: tuple[str, ...], english: Language
) -> None:
    article = Article(paragraphs=(Paragraph(body),))
    assert_same_selections(article, english, method)


def test_lsa_rating_is_the_column_norm_sumy_gets_from_its_svd(english: Language) -> None:
    article = Article(
        title="Water pipes",
        paragraphs=(
            Paragraph(("Water pipes leak.", "Rusty water pipes leak water.", "Rates rise.")),
        ),
    )
    # Dictionary {water, pipe, leak, rusti, rate, rise}; each cell is 0.4 + 0.6 * count / max.
    ratings = rate_sentences(METHODS["lsa"], analyse(article, english))
    assert ratings[0] == pytest.approx(math.sqrt(3 * 1.0 + 3 * 0.16))
    assert ratings[1] == pytest.approx(math.sqrt(1.0 + 3 * 0.7**2 + 2 * 0.16))


def test_nltk_loads_whole_after_portai_took_its_three_modules() -> None:
    """PortAI loads NLTK's tokenizers without NLTK's package init; a later `import nltk` in the
    same process must still see all of NLTK."""
    code = (
        "import sys; from portai import summarize; "
        "summarize('Water pipes leak. Old pipes leak more. Rates rise.'); "
        "assert 'nltk' not in sys.modules; "
        "import nltk; from nltk.tokenize import word_tokenize; "
        "from nltk.stem import PorterStemmer; "
        "assert nltk.tokenize.punkt.PunktSentenceTokenizer; print(nltk.__version__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_the_sumy_engine_gives_the_same_summary(method: str, seed_text: str) -> None:
    # `--engine sumy` is for checking PortAI against sumy itself: what a user sees is the same.
    fast = summarize(seed_text, method=method, engine="fast").to_dict()
    slow = summarize(seed_text, method=method, engine="sumy").to_dict()
    assert [s["index"] for s in slow["summary"]] == [s["index"] for s in fast["summary"]]
    assert slow["key_points"] == fast["key_points"]
