"""The pipeline: Article -> Document -> ratings -> Summary. Returns data, never prints.

input -> reader -> Article -> Language -> Document -> method -> selection
      -> key points, keywords -> Summary (renderers turn it into text, Markdown, JSON)
"""

from __future__ import annotations

from dataclasses import replace

from portai.config import Length, SummaryConfig
from portai.document import analyse
from portai.errors import InputNotUsableError, UsageError
from portai.keypoints import pick_key_points
from portai.keywords import extract_keywords
from portai.languages import AUTO, Language, get_language, normalize_language
from portai.languages.detection import Detection, detect_language
from portai.methods import get_method, rate_sentences
from portai.methods.rankers import scale
from portai.models import Article, ScoredSentence, Stats, Summary
from portai.readers import (
    DEFAULT_FORMAT,
    detection_text,
    is_text_format,
    read_article,
    resolve_format,
)
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
    content_type: str | None = None,
    url: str | None = None,
) -> Summary:
    """Summarize an article given as text (plain text or Markdown), or as the bytes of a file.

    Pass a ``SummaryConfig`` or the options one by one (they override the config)::

        >>> from portai import summarize
        >>> result = summarize(open("article.txt").read(), method="lexrank", sentences=3)
        >>> print(result.text)

    At most one of ``sentences``, ``ratio`` and ``words`` may be given. ``title`` is the
    article's title when it is known apart from the text. ``format`` names the reader (see
    ``portai.readers``): ``auto`` tells a PDF or web page from its content, else from the
    ``source`` name's extension or a server's ``content_type``. Bytes are decoded as the format
    says (``encoding`` overrides detection). ``url`` is where a page was fetched from.
    Raises a ``PortaiError`` subclass for a bad request (``UsageError``, naming the parameter:
    ``text`` that is not str or bytes, ``sentences=True``, ``points="3"``) or an input
    without sentences.
    """
    _check_arguments(
        text,
        config,
        format=format,
        method=method,
        language=language,
        engine=engine,
        title=title,
        encoding=encoding,
        source=source,
        content_type=content_type,
        url=url,
    )
    if isinstance(text, (bytearray, memoryview)):
        text = bytes(text)
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
    format = resolve_format(format, text, name=url or source, content_type=content_type)
    detection = None
    if normalize_language(config.language) == AUTO:
        sample = detection_text(text, format=format, encoding=encoding)
        if is_text_format(format):
            text = sample  # decoded and checked once: the text reader takes it as it is
        detection = detect_language(sample)
    profile = get_language(detection.language if detection else config.language)
    article = read_article(text, profile, format=format, title=title, encoding=encoding)
    summary = _summarize(article, profile, config, source=source, detection=detection)
    return replace(summary, format=format, url=url)


def _check_arguments(text: object, config: object, *, format: object, **optional: object) -> None:
    """``summarize``'s arguments of the wrong type, as a UsageError naming the parameter (the
    numbers are checked by ``Length`` and ``SummaryConfig``); ``optional`` ones may be None."""
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise UsageError(
            "{text} must be a str (text) or bytes (a file's content), not " + _kind(text), "text"
        )
    if config is not None and not isinstance(config, SummaryConfig):
        raise UsageError(
            "{config} must be a SummaryConfig (or None), not "
            + _kind(config)
            + "; give a method with method=…",
            "config",
        )
    for name, value in {"format": format, **optional}.items():
        if not isinstance(value, str) and (value is not None or name == "format"):
            raise UsageError("{" + name + "} must be a string, not " + _kind(value), name)


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def summarize_article(
    article: Article, config: SummaryConfig | None = None, *, source: str | None = None
) -> Summary:
    """Summarize an Article that a reader made (see ``portai.readers``). With ``auto`` the
    language is detected from the article's title and body."""
    config = config or SummaryConfig()
    detection = None
    if normalize_language(config.language) == AUTO:
        parts = (article.title or "", *article.body_sentences)
        detection = detect_language("\n".join(parts))
    language = get_language(detection.language if detection else config.language)
    return _summarize(article, language, config, source=source, detection=detection)


def _summarize(
    article: Article,
    language: Language,
    config: SummaryConfig,
    *,
    source: str | None,
    detection: Detection | None,
) -> Summary:
    chosen_method = get_method(config.method)  # raises UsageError for an unknown name
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
    if language.characters_per_minute is not None:
        count = language.count_characters
        stats = replace(
            stats,
            article_characters=sum(count(s.text) for s in body),
            summary_characters=sum(count(body[i].text) for i in picked),
            characters_per_minute=language.characters_per_minute,
        )
    return Summary(
        article=article,
        language=language.name,
        language_code=detection.code if detection else language.code,
        language_detected=detection is not None,
        warnings=((detection.warning,) if detection and detection.warning else ())
        + tuple(document.warnings),
        spaced=language.spaced,
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
    language = normalize_language(config.language)
    if language != AUTO:
        get_language(language)  # a missing segmenter (Chinese, Japanese) is a usage error too
