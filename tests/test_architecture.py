"""The three recipes of docs/architecture.md, each done inside a test through the public API:
a new language, a new reader and a new method, with no other module changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import portai.languages
from portai import (
    METHODS,
    Article,
    Document,
    Language,
    Method,
    get_language,
    read_article,
    register_language,
    register_method,
    register_reader,
    summarize,
    summarize_article,
)
from portai.batch import summarize_partition
from portai.models import Paragraph
from portai.readers import READERS


@pytest.fixture
def clean_registries(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """What a test registers is gone after it (the registries are process-wide)."""
    for name in ("_builders", "_codes", "_profiles"):
        monkeypatch.setattr(portai.languages, name, dict(getattr(portai.languages, name)))
    methods, readers = dict(METHODS), dict(READERS)
    yield
    METHODS.clear()
    METHODS.update(methods)
    READERS.clear()
    READERS.update(readers)


# A toy language: sentences end with " | ", words are what lies between spaces, a word's stem
# is its first four letters, "li" and "la" are stop words.
TOY_TEXT = (
    "jan pona li moku e kili | soweli li lape lon tomo | jan pona li lukin e soweli lape | "
    "kili li pona tawa jan | tomo li suli"
)


def toy_language() -> Language:
    return Language(
        name="toki",
        code="tk",
        sentence_splitter=lambda paragraph: paragraph.split(" | "),
        word_tokenizer=str.split,
        stemmer=lambda word: word[:4],
        stop_words=frozenset({"li", "la", "e"}),
    )


@pytest.mark.usefixtures("clean_registries")
def test_recipe_add_a_language() -> None:
    register_language("toki", "tk", toy_language)
    result = summarize(TOY_TEXT, language="tk", method="lexrank", sentences=2, keywords=3)
    sentences = TOY_TEXT.split(" | ")
    assert result.language == "toki"
    assert len(result.sentences) == 2
    assert all(s.text in sentences for s in result.sentences)
    assert result.stats.article_sentences == 5
    assert result.stats.article_words == len(TOY_TEXT.replace(" | ", " ").split())
    assert "jan pona" in [k.text for k in result.keywords]  # a phrase that repeats
    assert get_language("toki").stem("soweli") == "sowe"


def read_letter(
    data: bytes | str, language: Language, *, title: str | None = None, encoding: str | None = None
) -> Article:
    """A toy format: 'Subject: …' on the first line, then one paragraph per line."""
    text = data.decode(encoding or "utf-8") if isinstance(data, bytes) else data
    first, *lines = text.strip().splitlines()
    paragraphs = tuple(
        Paragraph(tuple(language.split_sentences(line))) for line in lines if line.strip()
    )
    return Article(title=title or first.removeprefix("Subject: "), paragraphs=paragraphs)


LETTER = (
    "Subject: The roof repair\n"
    "The roof over the east wing leaks again. Water reached the archive on Monday.\n"
    "A contractor will replace the flashing next week. The archive stays closed until then.\n"
)


@pytest.mark.usefixtures("clean_registries")
def test_recipe_add_a_reader() -> None:
    register_reader("letter", read_letter)
    article = read_article(LETTER, get_language("english"), format="letter")
    assert article.title == "The roof repair"
    result = summarize_article(article)
    assert result.title == "The roof repair"
    assert all("Subject" not in s.text for s in result.sentences)
    # Feed records name their format; the container hands each to its reader.
    (record,) = summarize_partition([{"id": "m1", "text": LETTER, "format": "letter"}])
    assert record["id"] == "m1" and record["title"] == "The roof repair"


def longest_first(document: Document, summary_size: int) -> list[float]:
    """A toy method: the more words, the better."""
    return [float(sentence.word_count) for sentence in document.sentences]


@pytest.mark.usefixtures("clean_registries")
def test_recipe_add_a_method(seed_text: str) -> None:
    register_method(Method("longest", "Longest", "the longest sentences", longest_first))
    result = summarize(seed_text, method="longest", sentences=1, points=0, keywords=0)
    everything = summarize(seed_text, method="lead", ratio=1.0, points=0, keywords=0)
    longest = max(everything.sentences, key=lambda s: len(s.text.split()))
    assert result.method == "longest"
    assert [s.text for s in result.sentences] == [longest.text]
