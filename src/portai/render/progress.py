"""Progress on stderr for a person watching: a spinner for one input, a bar for many.

Only ``portai.run`` calls these, and only when the stream is a terminal; it says so, along
with the width and NO_COLOR, so nothing here looks at the process's own streams.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TextIO

from rich.console import Console
from rich.file_proxy import FileProxy
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from portai.terminal import one_line


def _console(stream: TextIO, width: int, no_color: bool) -> Console:
    return Console(file=stream, force_terminal=True, width=width, no_color=no_color)


def spinner(
    message: str, stream: TextIO, *, width: int, no_color: bool
) -> AbstractContextManager[object]:
    """A transient spinner with ``message`` on ``stream`` while the block runs."""
    return _console(stream, width, no_color).status(message)


@contextmanager
def progress_bar(
    stream: TextIO, total: int | None, *, width: int, no_color: bool
) -> Iterator[tuple[Callable[[bool], None], Callable[[str], object]]]:
    """A transient bar counting inputs done (and failed) on ``stream``.

    Yields ``advance(ok)``, called once per input, and ``write(line)``, which prints the line
    (made one line, without control characters) above the bar instead of through it.
    """
    console = _console(stream, width, no_color)
    progress = Progress(
        TextColumn("Summarizing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        console=console,
        redirect_stdout=False,
        transient=True,
    )
    bar = progress.add_task("summarize", total=total, failed=0)
    failed = 0

    def advance(ok: bool) -> None:
        nonlocal failed
        failed += not ok
        progress.update(bar, advance=1, failed=failed)

    above = FileProxy(console, stream)

    def write(line: str) -> object:
        try:
            written = above.write(one_line(line) + "\n")
            above.flush()
        except (OSError, ValueError):  # stderr's terminal is gone: nowhere to say it
            return 0
        return written

    with progress:
        yield advance, write
