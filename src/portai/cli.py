"""The `portai` command: options -> SummaryConfig, PortaiError -> one stderr line + exit code.

Only this module imports Typer. Results go to stdout, complete or not at all; errors go to
stderr as a single line.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from portai import __version__
from portai.config import DEFAULT_LANGUAGE, DEFAULT_METHOD, Length, SummaryConfig
from portai.errors import ExitCode, PortaiError, UsageError
from portai.models import Summary
from portai.nlp import SUPPORTED_LANGUAGES
from portai.ranking import METHODS
from portai.render import RENDERERS, OutputFormat

if TYPE_CHECKING:
    from portai.batch import Outcome, Report, Task

PROG = "portai"


class InputFormat(str, Enum):
    TEXT = "text"
    JSONL = "jsonl"


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

  portai summarize news/ 'archive/**/*.txt' --format jsonl --output summaries.jsonl

  portai summarize --input-format jsonl feed.jsonl --format jsonl --workers 4

  portai summarize news/ --output-dir out/ --format markdown
"""

EVALUATE_EXAMPLES = """\
Examples:

  portai evaluate ../shared/eval/cnndm-dev.jsonl --sentences 3

  portai evaluate bbc-dev.jsonl -n 7 --method lead --method textrank

  portai evaluate orangesum-dev.jsonl -n 2 --language french --format json
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
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help=(
                "Articles to summarize (plain text or Markdown): files, directories (searched "
                "for text files), glob patterns such as 'news/**/*.txt'. '-' or nothing reads "
                "stdin."
            ),
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
    input_format: Annotated[
        InputFormat,
        typer.Option(
            "--input-format",
            case_sensitive=False,
            help='Input format: text, or jsonl (one {"id", "text"[, "title"]} per line).',
        ),
    ] = InputFormat.TEXT,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            show_default=False,
            help="Write to FILE instead of stdout, atomically (no partial file on failure).",
        ),
    ] = None,
    output_dir: Annotated[
        str | None,
        typer.Option(
            "--output-dir",
            metavar="DIR",
            show_default=False,
            help="Write one summary per input into DIR, with manifest.jsonl listing them.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            metavar="N",
            show_default=False,
            help="Worker processes for several inputs [default: the number of cores].",
        ),
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No progress or notes on stderr; errors only."),
    ] = False,
) -> None:
    """Summarize articles from files, directories, JSONL records or stdin."""
    from portai.reading import check_encoding
    from portai.summarizer import check_config

    config = SummaryConfig(
        method=method,
        length=Length.from_options(sentences=sentences, ratio=ratio, words=words),
        language=language,
        points=points,
        keywords=keywords,
    )
    check_config(config)
    if encoding is not None:
        check_encoding(encoding)
    names = list(inputs or [])
    if (not names or names == ["-"]) and sys.stdin.isatty():
        raise UsageError(
            "no input: give a file, or pipe text in (e.g. 'portai summarize article.txt')"
        )
    if output is not None and output_dir is not None:
        raise UsageError("give --output or --output-dir, not both")
    if output is not None:
        from portai.output import check_not_an_input

        check_not_an_input(Path(output), names)
    options = _RunOptions(
        output_format=output_format,
        color=color,
        encoding=encoding,
        output=Path(output) if output is not None else None,
        quiet=quiet,
    )
    if _is_single(names, input_format) and output_dir is None:
        _summarize_one(names[0] if names else "-", config, options)
        return
    from portai.batch import default_workers, iter_tasks

    tasks: Iterable[Task] = iter_tasks(names, input_format.value)
    total = None
    if input_format == InputFormat.TEXT:  # paths only: cheap to list, and the bar knows the total
        tasks = list(tasks)
        total = len(tasks)
    if output is not None:
        from portai.output import refuse_output_as_input

        tasks = refuse_output_as_input(tasks, Path(output))
    report = _summarize_many(
        tasks, total, config, options, workers or default_workers(), output_dir
    )
    if report.exit_code != ExitCode.OK:
        if report.total > 1:
            _note(f"{report.failed} of {report.total} inputs failed")
        raise typer.Exit(report.exit_code)


@app.command(epilog=EVALUATE_EXAMPLES)
def evaluate(
    data: Annotated[
        str,
        typer.Argument(
            help='JSONL set: one {"id", "text", "summary"[, "title", "source"]} per line; '
            "the summary's sentences are separated by newlines.",
            metavar="DATA",
            show_default=False,
        ),
    ],
    methods: Annotated[
        list[str] | None,
        typer.Option(
            "--method",
            "-m",
            metavar="METHOD",
            show_default=False,
            help="A method to score (repeat it); 'all' for every method [default: all].",
        ),
    ] = None,
    sentences: Annotated[
        int,
        typer.Option("--sentences", "-n", min=1, metavar="N", help="Summary length."),
    ] = 3,
    language: Annotated[
        str,
        typer.Option("--language", "-l", metavar="LANG", help="Language of the articles."),
    ] = DEFAULT_LANGUAGE,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            show_default=False,
            help="json for a JSON array [default: a table].",
        ),
    ] = None,
) -> None:
    """Score methods with ROUGE against human summaries (needs 'portai[eval]')."""
    from portai.evaluation import evaluate as score_methods
    from portai.evaluation import load_records, rouge_scorer
    from portai.nlp import normalize_language
    from portai.ranking import get_method

    names = methods or ["all"]
    chosen = list(METHODS) if "all" in names else [get_method(m).name for m in names]
    normalize_language(language)
    rouge_scorer()  # fails early, with the install command, when rouge-score is missing
    records = load_records(Path(data))
    with _progress(f"Scoring {len(chosen)} methods on {len(records)} articles…"):
        scores = score_methods(records, chosen, sentences=sentences, language=language)
    if output_format in (OutputFormat.JSON, OutputFormat.JSONL):
        _write(json.dumps([s.to_dict() for s in scores], indent=2) + "\n")
        return
    width = max(len(score.part or "all") for score in scores)
    header = f"{'method':<10} {'part':<{width}} {'n':>5} {'errors':>6} {'R1':>6} {'R2':>6}"
    lines = [header + f" {'RLsum':>6} {'seconds':>8}"]
    for score in scores:
        lines.append(
            f"{score.method:<10} {score.part or 'all':<{width}} {score.articles:>5} "
            f"{score.errors:>6} {score.rouge1:>6.2f} {score.rouge2:>6.2f} "
            f"{score.rougeLsum:>6.2f} {score.seconds:>8.2f}"
        )
    _write("\n".join(lines) + "\n")


@dataclass(frozen=True)
class _RunOptions:
    output_format: OutputFormat | None
    color: bool | None
    encoding: str | None
    output: Path | None
    quiet: bool


def _is_single(names: list[str], input_format: InputFormat) -> bool:
    """One file or stdin, read as one article: errors keep their own exit codes (3, 4)."""
    from portai.batch import stands_for_many

    if input_format != InputFormat.TEXT or len(names) > 1:
        return False
    return not names or not stands_for_many(names[0])


def _summarize_one(name: str, config: SummaryConfig, options: _RunOptions) -> None:
    from portai.reading import read_text
    from portai.summarizer import summarize as summarize_text

    source = None if name == "-" else name
    text = read_text(source, options.encoding)
    with _progress("Summarizing…", quiet=options.quiet):
        result = summarize_text(text, config, source=source or "-")
    if options.output is None and options.output_format is None and _wants_style(options.color):
        _print_styled(result, forced=options.color is True)
        return
    rendered = RENDERERS[options.output_format or OutputFormat.TEXT](result)
    if options.output is not None:
        from portai.output import write_atomically

        write_atomically(options.output, rendered)
    else:
        _write(rendered)


def _summarize_many(
    tasks: Iterable[Task],
    total: int | None,
    config: SummaryConfig,
    options: _RunOptions,
    workers: int,
    output_dir: str | None,
) -> Report:
    """Summarize every task in order; results go to stdout, ``--output`` or ``--output-dir``."""
    from portai.batch import Report, run_tasks
    from portai.output import atomic_file, stream_outcomes, write_directory

    report = Report()
    output_format = options.output_format or (
        OutputFormat.TEXT if output_dir is not None or options.output is not None else None
    )
    styled = output_format is None and _wants_style(options.color)
    output_format = output_format or OutputFormat.TEXT
    to_terminal = output_dir is None and options.output is None and sys.stdout.isatty()
    with _batch_progress(total, quiet=options.quiet or to_terminal) as advance:

        def handle(outcome: Outcome) -> None:
            report.add(outcome)
            advance(outcome)
            if not outcome.ok:
                _error_line(outcome.message())

        outcomes = run_tasks(tasks, config, workers=workers, encoding=options.encoding)
        if output_dir is not None:
            write_directory(outcomes, Path(output_dir), output_format, handle)
        elif options.output is not None:
            with atomic_file(options.output) as file:
                stream_outcomes(outcomes, output_format, file.write, handle)
        else:
            styler = _styled_with_label if styled else None
            stream_outcomes(outcomes, output_format, _write, handle, styler)
    return report


def _styled_with_label(summary: Summary, label: str) -> str:
    return _styled_text(summary, label, forced=False)


def _progress(message: str, *, quiet: bool = False) -> AbstractContextManager[object]:
    """A transient spinner on stderr for long documents, only when a person is watching."""
    if quiet or not sys.stderr.isatty() or os.environ.get("NO_COLOR"):
        return nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(message)


@contextmanager
def _batch_progress(total: int | None, *, quiet: bool) -> Iterator[Callable[[Outcome], None]]:
    """A progress bar on stderr while several inputs run, when a person watches stderr.

    Results still go to stdout; error lines written to stderr appear above the bar.
    """
    if quiet or not sys.stderr.isatty() or (total is not None and total <= 1):
        yield lambda outcome: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(
        TextColumn("Summarizing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        console=Console(stderr=True),
        redirect_stdout=False,
        transient=True,
    )
    bar = progress.add_task("summarize", total=total, failed=0)
    failed = 0

    def advance(outcome: Outcome) -> None:
        nonlocal failed
        failed += not outcome.ok
        progress.update(bar, advance=1, failed=failed)

    with progress:
        yield advance


def _error_line(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    sys.stderr.flush()


def _note(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def _wants_style(color: bool | None) -> bool:
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _print_styled(result: Summary, *, forced: bool) -> None:
    _write(_styled_text(result, None, forced=forced))


def _styled_text(result: Summary, label: str | None, *, forced: bool) -> str:
    """The styled summary as text with ANSI codes, under a rule naming ``label`` if given."""
    from rich.console import Console
    from rich.rule import Rule

    from portai.render.styled import styled_summary

    console = Console(force_terminal=True, highlight=False)
    if console.color_system is None and forced:  # TERM=dumb, yet --color asked for styles
        console = Console(force_terminal=True, highlight=False, color_system="standard")
    # Render fully before writing, so a failure never leaves half a summary on stdout.
    with console.capture() as capture:
        if label is not None:
            console.print(Rule(label, style="dim"))
        console.print(styled_summary(result))
    # Rich pads wrapped lines to the full width; trailing blanks only get in the way of copying.
    return _TRAILING_BLANKS.sub(r"\1", capture.get())


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
    except UsageError as error:
        _fail(f"error: {error.cli_message()}", error.exit_code)
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
