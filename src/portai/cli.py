"""The `portai` command: options -> a request for ``portai.run``, errors -> one stderr line.

Only this module imports Typer. Running a request (output choice, colour, progress) is
``portai.run``'s job, against an ``Environment``; every failure here becomes one line,
``portai: error: …``, and its exit code.
"""

from __future__ import annotations

import os
from contextlib import redirect_stderr, redirect_stdout
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from portai import __version__
from portai.config import DEFAULT_METHOD, Length, SummaryConfig
from portai.errors import ExitCode, PortaiError, UsageError
from portai.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from portai.methods import METHODS
from portai.render import OutputFormat
from portai.run import PROG, Environment, EvaluateOptions, SummarizeOptions
from portai.run import evaluate as run_evaluate
from portai.run import summarize as run_summarize


class InputFormat(str, Enum):  # readers' formats, and the two lists of inputs
    AUTO = "auto"
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    JSONL = "jsonl"
    URLS = "urls"


class Engine(str, Enum):  # config.ENGINES, as Typer's choices
    FAST = "fast"
    SUMY = "sumy"


def _examples(*commands: str) -> str:
    return "Examples:\n\n" + "\n\n".join(f"  {command}" for command in commands) + "\n"


SUMMARIZE_EXAMPLES = _examples(
    "portai summarize article.txt",
    "cat article.txt | portai summarize",
    "portai summarize article.txt --method textrank --sentences 3",
    "portai summarize report.txt --ratio 0.1 --format markdown > summary.md",
    "portai summarize article.txt --format json | jq -r '.summary[].text'",
    "portai summarize article.txt --points 5 --keywords 0",
    "portai summarize nachrichten.txt --language de",
    "portai summarize article.txt -f json | jq -r '.keywords[].text'",
    "portai summarize news/ 'archive/**/*.txt' --format jsonl --output summaries.jsonl",
    "portai summarize --input-format jsonl feed.jsonl --format jsonl --workers 4",
    "portai summarize https://example.com/story --format json",
    "portai summarize report.pdf page.html --format markdown",
    "portai summarize --input-format urls reading-list.txt --format jsonl",
    "portai summarize news/ --output-dir out/ --format markdown",
)
EVALUATE_EXAMPLES = _examples(
    "portai evaluate ../shared/eval/cnndm-dev.jsonl --sentences 3",
    "portai evaluate bbc-dev.jsonl -n 7 --method lead --method textrank",
    "portai evaluate orangesum-dev.jsonl -n 2 --language fr --format json",
    "portai evaluate lcsts-dev.jsonl -n 1 --method auto --method lead",
)


def _option(*flags: str, help: str, show_default: bool = False, **more: Any) -> Any:
    """A Typer option; the help text says the default when a fixed one would mislead."""
    return typer.Option(*flags, help=help, show_default=show_default, **more)


# Options both commands take, declared once: flags, metavar and checks. Each command gives its
# own help (and default) where the two differ.
def method_option(help: str, *, show_default: bool) -> Any:
    return _option("--method", "-m", metavar="METHOD", help=help, show_default=show_default)


def sentences_option(help: str, *, show_default: bool) -> Any:
    return _option("--sentences", "-n", min=1, metavar="N", help=help, show_default=show_default)


def language_option(help: str) -> Any:
    return _option("--language", "-l", metavar="LANG", help=help, show_default=True)


def format_option(help: str) -> Any:
    return _option("--format", "-f", case_sensitive=False, help=help)


HELP = {
    "version": "Show the version and exit.",
    "engine": "How sumy's algorithms run: fast (PortAI's array versions) or sumy (sumy's own "
    "classes: the same selections, slower).",
    "inputs": "Articles to summarize (text, Markdown, web pages, PDFs): files, http(s) URLs, "
    "directories (searched for text files, pages and PDFs), glob patterns such as "
    "'news/**/*.txt'. '-' or nothing reads stdin.",
    "method": f"Ranking method: {', '.join(METHODS)}.",
    "sentences": "Summary length in sentences [default: 3-7, growing with the article].",
    "ratio": "Summary length as a share of the article's sentences, e.g. 0.2.",
    "words": "Word budget: the best sentences that fit (at least one).",
    "points": "Number of key points (0 hides them). [default: 3-5, by article length]",
    "keywords": "Number of keywords (0 hides them). [default: 5-10, by article length]",
    "language": "Language of the article: auto (detected from the text), or one of "
    f"{', '.join(SUPPORTED_LANGUAGES)}; ISO codes work too (de, zh, ...).",
    "format": "Output format [default: styled on a terminal, text otherwise].",
    "color": "Force or disable styled output [default: styled on a terminal unless NO_COLOR].",
    "input_format": "Input format: auto (a PDF or web page is told from its content, name or "
    "Content-Type; else text), text, markdown, html, pdf; or jsonl (one "
    '{"id", "text" or "html"[, "title", "format"]} per line), or urls (a file of URLs, one per '
    "line).",
    "timeout": "Seconds to wait for a URL before giving up.",
    "output": "Write to FILE instead of stdout, atomically (no partial file on failure).",
    "output_dir": "Write one summary per input into DIR, with manifest.jsonl listing them.",
    "workers": "Worker processes for several inputs [default: the number of cores].",
    "quiet": "No progress or notes on stderr; errors only.",
    "data": 'JSONL set: one {"id", "text", "summary"[, "title", "source"]} per line; the '
    "summary's sentences are separated by newlines.",
    "methods": "A method to score (repeat it); 'all' for every method [default: all].",
}

EngineOption = Annotated[
    Engine, _option("--engine", case_sensitive=False, show_default=True, help=HELP["engine"])
]

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
        _option("--version", "-V", help=HELP["version"], callback=_show_version, is_eager=True),
    ] = False,
) -> None:
    """PortAI summarizes articles offline: a short summary and the key points."""
    if ctx.invoked_subcommand is None:  # `portai` alone asks for help; it is not a mistake
        typer.echo(ctx.get_help())
        raise typer.Exit()


@app.command(epilog=SUMMARIZE_EXAMPLES)
def summarize(
    ctx: typer.Context,
    inputs: Annotated[
        list[str] | None, typer.Argument(help=HELP["inputs"], show_default=False, metavar="FILE")
    ] = None,
    method: Annotated[str, method_option(HELP["method"], show_default=True)] = DEFAULT_METHOD,
    engine: EngineOption = Engine.FAST,
    sentences: Annotated[
        int | None, sentences_option(HELP["sentences"], show_default=False)
    ] = None,
    ratio: Annotated[
        float | None, _option("--ratio", "-r", metavar="SHARE", help=HELP["ratio"])
    ] = None,
    words: Annotated[
        int | None, _option("--words", "-w", min=1, metavar="N", help=HELP["words"])
    ] = None,
    points: Annotated[
        int | None, _option("--points", "-p", min=0, metavar="N", help=HELP["points"])
    ] = None,
    keywords: Annotated[
        int | None, _option("--keywords", "-k", min=0, metavar="N", help=HELP["keywords"])
    ] = None,
    language: Annotated[str, language_option(HELP["language"])] = DEFAULT_LANGUAGE,
    output_format: Annotated[OutputFormat | None, format_option(HELP["format"])] = None,
    color: Annotated[bool | None, _option("--color/--no-color", help=HELP["color"])] = None,
    encoding: Annotated[
        str | None,
        _option("--encoding", metavar="NAME", help="Input encoding [default: detected]."),
    ] = None,
    input_format: Annotated[
        InputFormat,
        _option(
            "--input-format", case_sensitive=False, help=HELP["input_format"], show_default=True
        ),
    ] = InputFormat.AUTO,
    timeout: Annotated[
        float,
        _option("--timeout", min=0.1, metavar="SECONDS", help=HELP["timeout"], show_default=True),
    ] = 20.0,
    output: Annotated[
        str | None, _option("--output", "-o", metavar="FILE", help=HELP["output"])
    ] = None,
    output_dir: Annotated[
        str | None, _option("--output-dir", metavar="DIR", help=HELP["output_dir"])
    ] = None,
    workers: Annotated[
        int | None, _option("--workers", "-j", min=1, metavar="N", help=HELP["workers"])
    ] = None,
    quiet: Annotated[bool, _option("--quiet", "-q", help=HELP["quiet"], show_default=True)] = False,
) -> int:
    """Summarize articles from files, directories, JSONL records or stdin."""
    config = SummaryConfig(
        method=method,
        length=Length.from_options(sentences=sentences, ratio=ratio, words=words),
        language=language,
        points=points,
        keywords=keywords,
        engine=engine.value,
    )
    options = SummarizeOptions(
        inputs=inputs or [],
        config=config,
        input_format=input_format.value,
        timeout=timeout,
        output_format=output_format,
        color=color,
        encoding=encoding,
        output=Path(output) if output is not None else None,
        output_dir=Path(output_dir) if output_dir is not None else None,
        workers=workers,
        quiet=quiet,
    )
    return run_summarize(options, _env(ctx))


@app.command(epilog=EVALUATE_EXAMPLES)
def evaluate(
    ctx: typer.Context,
    data: Annotated[str, typer.Argument(help=HELP["data"], metavar="DATA", show_default=False)],
    methods: Annotated[list[str] | None, method_option(HELP["methods"], show_default=False)] = None,
    engine: EngineOption = Engine.FAST,
    sentences: Annotated[int, sentences_option("Summary length.", show_default=True)] = 3,
    language: Annotated[
        str, language_option("Language of the articles: auto (each detected), or a name or code.")
    ] = DEFAULT_LANGUAGE,
    output_format: Annotated[
        OutputFormat | None, format_option("json for a JSON array [default: a table].")
    ] = None,
) -> int:
    """Score methods with ROUGE against human summaries (needs 'portai[eval]')."""
    options = EvaluateOptions(
        data=Path(data),
        methods=methods or ["all"],
        sentences=sentences,
        language=language,
        engine=engine.value,
        output_format=output_format,
    )
    return run_evaluate(options, _env(ctx))


def _env(ctx: typer.Context) -> Environment:
    """The Environment ``main`` runs in (this process's when the app is called another way)."""
    return ctx.obj if isinstance(ctx.obj, Environment) else Environment.from_system()


def main(argv: list[str] | None = None, env: Environment | None = None) -> NoReturn:
    """Console-script entry point: run the app and turn every failure into one line.

    ``env`` is the terminal to run in (default: this process's streams); tests pass buffers.
    """
    env = env if env is not None else Environment.from_system()
    try:
        command = typer.main.get_command(app)
        # Typer writes --help and --version to sys.stdout: point it at the environment's.
        with redirect_stdout(env.stdout), redirect_stderr(env.stderr):
            returned = command.main(args=argv, prog_name=PROG, standalone_mode=False, obj=env)
    except UsageError as error:
        _fail(env, f"error: {error.cli_message()}", error.exit_code)
    except PortaiError as error:
        _fail(env, f"error: {error}", error.exit_code)
    except typer.TyperException as error:
        # Typer's (vendored Click) usage errors: bad option values, unknown options.
        ctx = getattr(error, "ctx", None)
        where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        message = error.format_message() if hasattr(error, "format_message") else str(error)
        _fail(env, f"error: {message}{where}", getattr(error, "exit_code", ExitCode.USAGE))
    except (typer.Abort, KeyboardInterrupt):
        _fail(env, "interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stay quiet, as other Unix tools do.
        _silence(env.stdout)
        raise SystemExit(ExitCode.OK) from None
    except Exception as error:  # a bug: still one line, never a traceback
        _fail(
            env,
            f"internal error: {type(error).__name__}: {error} (please report this)",
            ExitCode.INTERNAL_ERROR,
        )
    if returned == ExitCode.INTERRUPTED:
        _fail(env, "interrupted", ExitCode.INTERRUPTED)
    raise SystemExit(returned if isinstance(returned, int) else ExitCode.OK)


def _fail(env: Environment, message: str, code: int) -> NoReturn:
    env.note(message)
    raise SystemExit(code)


def _silence(stream: Any) -> None:
    """Point a stream's file descriptor at /dev/null, so flushing it at exit cannot fail."""
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a buffer, not a file: nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
