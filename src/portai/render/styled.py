"""Rich output for a terminal: title, facts, the summary, key-point bullets and keywords."""

from __future__ import annotations

import re

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from portai.models import Summary
from portai.render.facts import fact_line
from portai.terminal import one_line, printable

# Rich pads wrapped lines to the full width; trailing blanks only get in the way of copying.
_TRAILING_BLANKS = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def styled_summary(summary: Summary) -> RenderableType:
    """Rich renderables for a summary; article text is passed as Text, never parsed as markup,
    and without control characters (Rich itself only drops a few, not ESC)."""
    article = summary.article
    parts: list[RenderableType] = []
    if article.title:
        parts.append(Text(printable(article.title), style="bold"))
    if article.deck:
        parts.append(Text(printable(article.deck), style="italic"))
    parts.append(Text(printable(fact_line(summary)), style="dim"))
    parts.append(Text())
    parts.append(Text("Summary", style="bold cyan"))
    parts.append(Padding(Text(printable(summary.text)), (0, 0, 0, 2), expand=False))
    if summary.key_points:
        parts.append(Text())
        parts.append(Text("Key points", style="bold cyan"))
        bullets = Table.grid(padding=(0, 1))
        bullets.add_column(style="cyan", no_wrap=True)
        bullets.add_column()
        for point in summary.key_points:
            bullets.add_row("•", Text(printable(point.text)))
        parts.append(Padding(bullets, (0, 0, 0, 2), expand=False))
    if summary.keywords:
        parts.append(Text())
        parts.append(
            Text.assemble(
                ("Keywords ", "bold cyan"), printable(" · ".join(k.text for k in summary.keywords))
            )
        )
    return Group(*parts)


def styled_text(
    summary: Summary,
    label: str | None = None,
    *,
    width: int,
    no_color: bool = False,
    forced: bool = False,
) -> str:
    """The styled summary as text with ANSI codes, ``width`` columns wide, under a rule naming
    ``label`` if given. ``forced`` (``--color``) keeps styles even where Rich would find no
    colour system (TERM=dumb)."""
    console = Console(force_terminal=True, highlight=False, width=width, no_color=no_color)
    if console.color_system is None and forced:
        console = Console(
            force_terminal=True,
            highlight=False,
            width=width,
            no_color=no_color,
            color_system="standard",
        )
    # Rendered whole before anything is written, so a failure never leaves half a summary.
    with console.capture() as capture:
        if label is not None:
            console.print(Rule(Text(one_line(label)), style="dim"))
        console.print(styled_summary(summary))
    return _TRAILING_BLANKS.sub(r"\1", capture.get())
