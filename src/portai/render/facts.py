"""The one-line facts about an article that every human-readable format shows."""

from __future__ import annotations

from portai.methods import METHODS
from portai.models import Summary

# How the facts line names a kind of document (``readers.kinds``); an article says nothing.
KIND_LABELS = {
    "paper": "paper", "encyclopedia": "encyclopedia page", "transcript": "transcript",
    "legal": "legal text", "report": "report", "post": "post", "readme": "README",
    "press_release": "press release", "release_notes": "release notes",
}  # fmt: skip


def duration(seconds: int) -> str:
    """'<1 min', '1 min', '12 min', '1 h 5 min'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "<1 min"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def language_label(summary: Summary) -> str:
    """'German', or the detected code when no profile fits ('Korean' is not known: 'ko?')."""
    if summary.language == "generic":
        code = summary.language_code
        return f"language {code}, generic rules" if code and code != "und" else "generic rules"
    return summary.language.capitalize()


def _where(summary: Summary) -> str | None:
    """The site a page came from ('example.com'), or the kind of file ('PDF', 'web page')."""
    if summary.url:
        from urllib.parse import urlsplit

        host = urlsplit(summary.url).hostname or ""
        return host.removeprefix("www.") or None
    return {"html": "web page", "pdf": "PDF"}.get(summary.format)


def fact_items(summary: Summary) -> list[str]:
    """Byline(s), date, length, reading time, time saved, site or file type, language,
    method."""
    article, stats = summary.article, summary.stats
    items = list(article.bylines)
    if article.dateline and (not article.date or article.date in article.dateline):
        items.append(article.dateline)
    elif article.date:
        items.append(article.date)
    if stats.article_characters is not None:  # Chinese, Japanese: read by characters
        items.append(f"{stats.article_characters:,} characters")
    else:
        items.append(f"{stats.article_words:,} words")
    items.append(f"{duration(stats.reading_seconds)} read")
    if stats.seconds_saved >= 30:
        items.append(f"summary saves {duration(stats.seconds_saved)}")
    where = _where(summary)
    if where:
        items.append(where)
    if article.kind in KIND_LABELS:
        items.append(KIND_LABELS[article.kind])
    items.append(language_label(summary))
    method = METHODS.get(summary.method)
    items.append(method.label if method else summary.method)
    return items


def fact_line(summary: Summary) -> str:
    return " · ".join(fact_items(summary))
