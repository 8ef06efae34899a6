"""The pipeline: Article -> Document -> ratings -> Summary. Returns data, never prints.

input -> reader -> Article -> Language -> Document -> method -> selection
      -> key points, keywords -> Summary (renderers turn it into text, Markdown, JSON)
"""

from __future__ import annotations

from portai.config import Length, SummaryConfig
from portai.document import analyse
from portai.errors import InputNotUsableError
from portai.keypoints import pick_key_points
from portai.keywords import extract_keywords
from portai.languages import get_language, normalize_language
from portai.methods import get_method, rate_sentences
from portai.methods.rankers import scale
from portai.models import Article, ScoredSentence, Stats, Summary
from portai.readers import DEFAULT_FORMAT, read_article
from portai.selection import select_sentences, summary_size


def summarize(
    text: str | bytes,
    config: SummaryConfig | None = None,
    *,
    method: str | None = None,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    language: str | None = None,
    points: int | None = None,
    keywords: int | None = None,
    engine: str | None = None,
    title: str | None = None,
    format: str = DEFAULT_FORMAT,
    encoding: str | None = None,
    source: str | None = None,
) -> Summary:
    """Summarize an article given as text (plain text or Markdown), or as the bytes of a file.

    Pass a ``SummaryConfig`` or the options one by one (they override the config)::

        >>> from portai import summarize
        >>> result = summarize(open("article.txt").read(), method="lexrank", sentences=3)
        >>> print(result.text)

    At most one of ``sentences``, ``ratio`` and ``words`` may be given. ``title`` is the
    article's title when it is known apart from the text. ``format`` names the reader (see
    ``portai.readers``); bytes are decoded as it says (``encoding`` overrides detection).
    Raises a ``PortaiError`` subclass for a bad request or an input without sentences.
    """
    config = config or SummaryConfig()
    length = config.length
    if sentences is not None or ratio is not None or words is not None:
        length = Length.from_options(sentences=sentences, ratio=ratio, words=words)
    config = SummaryConfig(
        method=method or config.method,
        length=length,
        language=language or config.language,
        points=config.points if points is None else points,
        keywords=config.keywords if keywords is None else keywords,
        engine=engine or config.engine,
    )
    check_config(config)
    article = read_article(
        text, get_language(config.language), format=format, title=title, encoding=encoding
    )
    return summarize_article(article, config, source=source)


def summarize_article(
    article: Article, config: SummaryConfig | None = None, *, source: str | None = None
) -> Summary:
    """Summarize an Article that a reader made (see ``portai.readers``)."""
    config = config or SummaryConfig()
    chosen_method = get_method(config.method)  # both raise UsageError for unknown names
    language = get_language(config.language)
    document = analyse(article, language)
    if not document.sentences:  # a reader may hand over an article with no body
        raise InputNotUsableError("no sentences found in the input")
    size = summary_size(config.length, document.word_counts)
    ratings = rate_sentences(chosen_method, document, size, engine=config.engine)
    scores = scale(ratings)
    picked = select_sentences(ratings, config.length, document.sentences)
    body = document.sentences
    summary_sentences = tuple(ScoredSentence(body[i].text, i, scores[i]) for i in picked)
    key_points = pick_key_points(document, scores, config.point_count(len(body)))
    keywords_found = extract_keywords(
        document,
        config.keyword_count(len(body)),
        keep_weak=config.keywords is not None,  # asked for N: give N
    )
    stats = Stats(
        article_sentences=len(body),
        article_words=sum(s.word_count for s in body),
        summary_sentences=len(picked),
        summary_words=sum(body[i].word_count for i in picked),
    )
    return Summary(
        article=article,
        language=language.name,
        method=chosen_method.name,
        sentences=summary_sentences,
        key_points=key_points,
        stats=stats,
        source=source,
        keywords=keywords_found,
    )


def check_config(config: SummaryConfig) -> None:
    """Raise UsageError for an unknown method or language, before any input is read."""
    get_method(config.method)
    normalize_language(config.language)
