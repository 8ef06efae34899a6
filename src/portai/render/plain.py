"""Plain text: what scripts and pipes get by default. No ANSI codes (not even the article's own:
control characters are taken out), no wrapping."""

from __future__ import annotations

from portai.models import Summary
from portai.render.facts import fact_line
from portai.terminal import printable


def render_text(summary: Summary) -> str:
    article = summary.article
    lines = [line for line in (article.title, article.deck) if line]
    lines += [fact_line(summary), "", "Summary", summary.text]
    if summary.key_points:
        lines += ["", "Key points"]
        lines += [f"- {point.text}" for point in summary.key_points]
    if summary.keywords:
        lines += ["", "Keywords: " + ", ".join(k.text for k in summary.keywords)]
    return printable("\n".join(lines) + "\n")
