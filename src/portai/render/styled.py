"""Rich output for a terminal: title, facts, the summary, key-point bullets and keywords."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from portai.models import Summary
from portai.render.facts import fact_line


def styled_summary(summary: Summary) -> RenderableType:
    """Rich renderables for a summary; article text is passed as Text, never parsed as markup."""
    article = summary.article
    parts: list[RenderableType] = []
    if article.title:
        parts.append(Text(article.title, style="bold"))
    if article.deck:
        parts.append(Text(article.deck, style="italic"))
    parts.append(Text(fact_line(summary), style="dim"))
    parts.append(Text())
    parts.append(Text("Summary", style="bold cyan"))
    parts.append(Padding(Text(summary.text), (0, 0, 0, 2), expand=False))
    if summary.key_points:
        parts.append(Text())
        parts.append(Text("Key points", style="bold cyan"))
        bullets = Table.grid(padding=(0, 1))
        bullets.add_column(style="cyan", no_wrap=True)
        bullets.add_column()
        for point in summary.key_points:
            bullets.add_row("•", Text(point.text))
        parts.append(Padding(bullets, (0, 0, 0, 2), expand=False))
    if summary.keywords:
        parts.append(Text())
        parts.append(
            Text.assemble(("Keywords ", "bold cyan"), " · ".join(k.text for k in summary.keywords))
        )
    return Group(*parts)
