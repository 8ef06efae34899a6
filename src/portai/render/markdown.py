"""Markdown: a document to paste into notes, issues or a wiki."""

from __future__ import annotations

import re

from portai.models import Summary
from portai.render.facts import fact_line
from portai.terminal import printable

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Escape characters Markdown would read as markup, so the article's words stay words.
    Control characters go first: a backslash after ESC would end an escape sequence early."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", printable(text))


def render_markdown(summary: Summary) -> str:
    article = summary.article
    parts: list[str] = []
    if article.title:
        parts.append(f"# {escape(article.title)}")
    if article.deck:
        parts.append(f"*{escape(article.deck)}*")
    parts.append(escape(fact_line(summary)))
    parts.append("## Summary")
    parts.append(escape(summary.text))
    if summary.key_points:
        parts.append("## Key points")
        parts.append("\n".join(f"- {escape(point.text)}" for point in summary.key_points))
    if summary.keywords:
        parts.append("**Keywords:** " + ", ".join(escape(k.text) for k in summary.keywords))
    return printable("\n\n".join(parts) + "\n")  # no escape sequence from the article
