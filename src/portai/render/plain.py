"""Plain text: what scripts and pipes get by default. No ANSI codes, no wrapping."""

from __future__ import annotations

from portai.models import Summary
from portai.render.facts import fact_line


def render_text(summary: Summary) -> str:
    article = summary.article
    lines = [line for line in (article.title, article.deck) if line]
    lines += [fact_line(summary), "", "Summary", summary.text]
    if summary.key_points:
        lines += ["", "Key points"]
        lines += [f"- {point.text}" for point in summary.key_points]
    if summary.keywords:
        lines += ["", "Keywords: " + ", ".join(k.text for k in summary.keywords)]
    return "\n".join(lines) + "\n"
