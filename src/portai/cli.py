"""The `portai` command: options -> SummaryConfig, PortaiError -> one stderr line + exit code.

Only this module imports Typer. Results go to stdout, complete or not at all; errors go to
stderr as a single line.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import AbstractContextManager, nullcontext
from typing import Annotated, NoReturn

import typer

from portai import __version__
from portai.config import DEFAULT_LANGUAGE, DEFAULT_METHOD, Length, SummaryConfig
from portai.errors import ExitCode, PortaiError, UsageError
from portai.models import Summary
from portai.nlp import SUPPORTED_LANGUAGES
from portai.ranking import METHODS
from portai.render import RENDERERS, OutputFormat

PROG = "portai"
_TRAILING_BLANKS = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)

SUMMARIZE_EXAMPLES = """\
Examples:

  portai summarize article.txt

  cat article.txt | portai summarize

  portai summarize article.txt --method textrank --sentences 3

  portai summarize report.txt --ratio 0.1 --format markdown > summary.md

  portai summarize article.txt --format json | jq -r '.summary[].text'

  portai summarize article.txt --points 5 --keywords 0

  portai summarize article.txt -f json | jq -r '.keywords[].text'
"""

app = typer.Typer(
    name=PROG,
    help="PortAI summarizes articles offline: a short summary and the key points.",
    epilog="Run 'portai summarize --help' for options and examples.",
    add_completion=False,
    invoke_without_command=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def portai(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """PortAI summarizes articles offline: a short summary and the key points."""
    if ctx.invoked_subcommand is None:  # `portai` alone asks for help; it is not a mistake
        typer.echo(ctx.get_help())
        raise typer.Exit()


@app.command(epilog=SUMMARIZE_EXAMPLES)
def summarize(
    file: Annotated[
        str | None,
        typer.Argument(
            help="Article to summarize (plain text or Markdown). '-' or nothing reads stdin.",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    method: Annotated[
        str,
        typer.Option(
            "--method",
            "-m",
            metavar="METHOD",
            help=f"Ranking method: {', '.join(METHODS)}.",
            show_default=True,
        ),
    ] = DEFAULT_METHOD,
    sentences: Annotated[
        int | None,
        typer.Option(
            "--sentences",
            "-n",
            min=1,
            metavar="N",
            show_default=False,
            help="Summary length in sentences [default: 3-7, growing with the article].",
        ),
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option(
            "--ratio",
            "-r",
            show_default=False,
            metavar="SHARE",
            help="Summary length as a share of the article's sentences, e.g. 0.2.",
        ),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option(
            "--words",
            "-w",
            min=1,
            metavar="N",
            show_default=False,
            help="Word budget: the best sentences that fit (at least one).",
        ),
    ] = None,
    points: Annotated[
        int | None,
        typer.Option(
            "--points",
            "-p",
            min=0,
            metavar="N",
            show_default=False,
            help="Number of key points (0 hides them). [default: 3-5, by article length]",
        ),
    ] = None,
    keywords: Annotated[
        int | None,
        typer.Option(
            "--keywords",
            "-k",
            min=0,
            metavar="N",
            show_default=False,
            help="Number of keywords (0 hides them). [default: 5-10, by article length]",
        ),
    ] = None,
    language: Annotated[
        str,
        typer.Option(
            "--language",
            "-l",
            metavar="LANG",
            help=f"Language of the article: {', '.join(SUPPORTED_LANGUAGES)} (or en, fr, ...).",
        ),
    ] = DEFAULT_LANGUAGE,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            show_default=False,
            help="Output format [default: styled on a terminal, text otherwise].",
        ),
    ] = None,
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            show_default=False,
            help="Force or disable styled output [default: styled on a terminal unless NO_COLOR].",
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="NAME",
            help="Input encoding [default: detected].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Summarize an article from a file or stdin."""
    from portai.reading import read_text
    from portai.summarizer import check_config
    from portai.summarizer import summarize as summarize_text

    config = SummaryConfig(
        method=method,
        length=Length.from_options(sentences=sentences, ratio=ratio, words=words),
        language=language,
        points=points,
        keywords=keywords,
    )
    check_config(config)
    source = None if file in (None, "-") else file
    if source is None and sys.stdin.isatty():
        raise UsageError(
            "no input: give a file, or pipe text in (e.g. 'portai summarize article.txt')"
        )
    text = read_text(source, encoding)
    with _progress("Summarizing…"):
        result = summarize_text(text, config, source=source or "-")
    if output_format is None and _wants_style(color):
        _print_styled(result, forced=color is True)
    else:
        _write(RENDERERS[output_format or OutputFormat.TEXT](result))


def _progress(message: str) -> AbstractContextManager[object]:
    """A transient spinner on stderr for long documents, only when a person is watching."""
    if not sys.stderr.isatty() or os.environ.get("NO_COLOR"):
        return nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(message)


def _wants_style(color: bool | None) -> bool:
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _print_styled(result: Summary, *, forced: bool) -> None:
    from rich.console import Console

    from portai.render.styled import styled_summary

    console = Console(force_terminal=True, highlight=False)
    if console.color_system is None and forced:  # TERM=dumb, yet --color asked for styles
        console = Console(force_terminal=True, highlight=False, color_system="standard")
    # Render fully before writing, so a failure never leaves half a summary on stdout.
    with console.capture() as capture:
        console.print(styled_summary(result))
    # Rich pads wrapped lines to the full width; trailing blanks only get in the way of copying.
    _write(_TRAILING_BLANKS.sub(r"\1", capture.get()))


def _write(output: str) -> None:
    sys.stdout.write(output)
    sys.stdout.flush()


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> NoReturn:
    """Console-script entry point: run the app and turn every failure into one line."""
    try:
        command = typer.main.get_command(app)
        returned = command.main(args=argv, prog_name=PROG, standalone_mode=False)
    except PortaiError as error:
        _fail(f"error: {error}", error.exit_code)
    except typer.TyperException as error:
        # Typer's (vendored Click) usage errors: bad option values, unknown options.
        ctx = getattr(error, "ctx", None)
        where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        message = error.format_message() if hasattr(error, "format_message") else str(error)
        _fail(f"error: {message}{where}", getattr(error, "exit_code", ExitCode.USAGE))
    except (typer.Abort, KeyboardInterrupt):
        _fail("interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stay quiet, as other Unix tools do.
        _silence_stdout()
        raise SystemExit(ExitCode.OK) from None
    except Exception as error:  # a bug: still one line, never a traceback
        _fail(
            f"internal error: {type(error).__name__}: {error} (please report this)",
            ExitCode.INTERNAL_ERROR,
        )
    if returned == ExitCode.INTERRUPTED:
        _fail("interrupted", ExitCode.INTERRUPTED)
    raise SystemExit(returned if isinstance(returned, int) else ExitCode.OK)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
