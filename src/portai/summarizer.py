"""The pipeline: text -> Article -> ratings -> Summary. Returns data, never prints."""

from __future__ import annotations

from portai.coherence import opens_with_dangling_reference
from portai.config import Length, SummaryConfig
from portai.keypoints import pick_key_points
from portai.keywords import extract_keywords
from portai.models import ScoredSentence, Stats, Summary
from portai.nlp import language_tools, normalize_language
from portai.parsing import parse_article
from portai.rankers import scale
from portai.ranking import get_method, rate_sentences, select_sentences, summary_size


def summarize(
    text: str,
    config: SummaryConfig | None = None,
    *,
    method: str | None = None,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    language: str | None = None,
    points: int | None = None,
    keywords: int | None = None,
    source: str | None = None,
) -> Summary:
    """Summarize an article given as text.

    Pass a ``SummaryConfig`` or the options one by one (they override the config)::

        >>> from portai import summarize
        >>> result = summarize(open("article.txt").read(), method="lexrank", sentences=3)
        >>> print(result.text)

    At most one of ``sentences``, ``ratio`` and ``words`` may be given. Raises a
    ``PortaiError`` subclass for a bad request or an input without sentences.
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
    )
    chosen_method = get_method(config.method)  # both raise UsageError for unknown names
    tools = language_tools(config.language)
    article = parse_article(text, tools)
    body = article.body_sentences
    tokens = [tools.tokens(s) for s in body]
    sentence_words = [tools.words(s) for s in body]
    word_counts = [len(w) for w in sentence_words]
    dangling = [opens_with_dangling_reference(s, tools.language) for s in body]

    size = summary_size(config.length, word_counts)
    ratings = rate_sentences(chosen_method, article, tools, sentence_words, summary_size=size)
    scores = scale(ratings)
    picked = select_sentences(ratings, config.length, word_counts, body, dangling)
    summary_sentences = tuple(ScoredSentence(body[i], i, scores[i]) for i in picked)
    point_count = config.point_count(len(body))
    stems = [tools.content_stems(w) for w in sentence_words] if point_count > 0 else []
    key_points = pick_key_points(article, scores, stems, tools, point_count)
    keywords_found = extract_keywords(
        article,
        tools,
        config.keyword_count(len(body)),
        tokens,
        keep_weak=config.keywords is not None,  # asked for N: give N
    )
    stats = Stats(
        article_sentences=len(body),
        article_words=sum(word_counts),
        summary_sentences=len(picked),
        summary_words=sum(word_counts[i] for i in picked),
    )
    return Summary(
        article=article,
        language=tools.language,
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
