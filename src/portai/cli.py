"""The `portai` command: options -> a request for ``portai.run``, errors -> one stderr line.

Only this module imports Typer. Running a request (output choice, colour, progress) is
``portai.run``'s job, against an ``Environment``; every failure here becomes one line,
``portai: error: …``, and its exit code.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import Annotated, Any, NoReturn

import typer

from portai import __version__
from portai.config import DEFAULT_METHOD, Length, SummaryConfig
from portai.errors import ExitCode, PortaiError, Terminated, UsageError
from portai.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from portai.methods import METHODS
from portai.render import OutputFormat
from portai.run import PROG, Environment, EvaluateOptions, SummarizeOptions, silence
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
    "output": "Write to FILE instead of stdout, atomically (no partial file on failure); "
    "'-' is stdout.",
    "output_dir": "Write one summary per input into DIR, with manifest.jsonl listing them.",
    "workers": "Worker processes for several inputs [default: the number of cores; at most "
    "the number of inputs and 4 × the cores].",
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
        output=Path(output) if output is not None and output != "-" else None,  # "-": stdout
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
    SIGTERM and SIGHUP unwind like Ctrl-C (workers stopped, no partial file) and exit 143 and
    129; a reader that goes away (``| head``) ends the run quietly with 0.
    """
    env = env if env is not None else Environment.from_system()
    with _signals_unwind():
        code, message = _run(argv, env)
    if message is not None:
        env.note(message)
    raise SystemExit(code)


def _run(argv: list[str] | None, env: Environment) -> tuple[int, str | None]:
    """The exit code, and the line to write on stderr (None: nothing to say)."""
    try:
        command = typer.main.get_command(app)
        # Typer writes --help and --version to sys.stdout: point it at the environment's.
        with redirect_stdout(env.stdout), redirect_stderr(env.stderr):
            # Not command.main(): it turns EPIPE into exit 1 and SIGTERM into Ctrl-C's 130.
            try:
                arguments = list(argv) if argv is not None else sys.argv[1:]
                with command.make_context(PROG, arguments, obj=env) as context:
                    returned = command.invoke(context)
            except typer.Exit as exit:  # --help, --version
                returned = exit.exit_code
    except UsageError as error:
        return error.exit_code, f"error: {error.cli_message()}"
    except PortaiError as error:
        return error.exit_code, f"error: {error}"
    except typer.TyperException as error:
        # Typer's (vendored Click) usage errors: bad option values, unknown options.
        ctx = getattr(error, "ctx", None)
        where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        message = error.format_message() if hasattr(error, "format_message") else str(error)
        return getattr(error, "exit_code", ExitCode.USAGE), f"error: {message}{where}"
    except Terminated as stop:
        return 128 + stop.signal_number, f"interrupted by {signal.Signals(stop.signal_number).name}"
    except (typer.Abort, KeyboardInterrupt, EOFError):
        return ExitCode.INTERRUPTED, "interrupted"
    except BrokenPipeError:
        # The reader went away (`| head`): it has what it wanted. Stay quiet, exit 0 as other
        # Unix tools do, and keep Python from failing to flush stdout at exit.
        silence(env.stdout)
        return ExitCode.OK, None
    except Exception as error:  # a bug: still one line, never a traceback
        problem = f"{type(error).__name__}: {error}"
        return ExitCode.INTERNAL_ERROR, f"internal error: {problem} (please report this)"
    if returned == ExitCode.INTERRUPTED:
        return ExitCode.INTERRUPTED, "interrupted"
    return (returned if isinstance(returned, int) else ExitCode.OK), None


def _starting_a_pool(frame: FrameType | None) -> bool:
    """True while ``multiprocessing.Pool()`` runs: an exception there leaves workers running
    that nothing stops (the pool learns to stop them at the end of its ``__init__``)."""
    pool = sys.modules.get("multiprocessing.pool")
    setup = getattr(getattr(pool, "Pool", None), "__init__", None)
    code = getattr(setup, "__code__", None)
    while frame is not None and code is not None:
        if frame.f_code is code:
            return True
        frame = frame.f_back
    return False


_UNWINDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class _Unwinding:
    active = False  # the handlers of _signals_unwind are installed in this process


_forking = threading.local()  # .blocked: this thread blocked the signals for a fork


@contextmanager
def _signals_unwind() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise ``Terminated`` (a KeyboardInterrupt), so
    they take Ctrl-C's way out: the worker pool is terminated, a temporary output file removed.

    Only the first one counts: a second one arriving during that cleanup is ignored. One that
    comes while a worker pool is being set up waits until it is (the pool can only be stopped
    once it exists). A process forked meanwhile (a pool's worker) starts with both signals at
    their defaults (see ``_before_fork``): the pool stops its workers with SIGTERM. Outside the
    main thread (the app called from a thread) signals cannot be handled and nothing changes.
    """
    if threading.current_thread() is not threading.main_thread() or _Unwinding.active:
        yield
        return
    parent = os.getpid()
    stopping = False

    def unwind(number: int, frame: FrameType | None) -> None:
        nonlocal stopping
        if os.getpid() != parent:  # a forked process that kept the handler: die of it
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        if stopping:
            return
        if _starting_a_pool(frame):  # come back in a moment
            later = threading.Timer(0.05, os.kill, (parent, number))
            later.daemon = True
            later.start()
            return
        stopping = True
        raise Terminated(number)

    previous = {number: signal.signal(number, unwind) for number in _UNWINDING_SIGNALS}
    _Unwinding.active = True
    try:
        yield
    finally:
        _Unwinding.active = False
        for number, handler in previous.items():
            signal.signal(number, handler)


def _before_fork() -> None:
    # Between fork() and the child resetting the handlers, a SIGTERM sent to the child (a pool
    # terminating a worker it just started) would reach Python's handler and be dropped by
    # CPython's after-fork cleanup: the worker would never stop. Blocked, it waits for the reset.
    if _Unwinding.active:
        signal.pthread_sigmask(signal.SIG_BLOCK, _UNWINDING_SIGNALS)
        _forking.blocked = True


def _after_fork_in_parent() -> None:
    if getattr(_forking, "blocked", False):
        _forking.blocked = False
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _UNWINDING_SIGNALS)


def _after_fork_in_child() -> None:
    if getattr(_forking, "blocked", False):
        _forking.blocked = False
        _Unwinding.active = False
        for number in _UNWINDING_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _UNWINDING_SIGNALS)


if hasattr(os, "register_at_fork") and hasattr(signal, "pthread_sigmask"):
    os.register_at_fork(
        before=_before_fork,
        after_in_parent=_after_fork_in_parent,
        after_in_child=_after_fork_in_child,
    )
