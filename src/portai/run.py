"""One request, run against a terminal environment: what `portai summarize` and `portai
evaluate` do once the CLI has parsed their options.

Whether output is styled, whether a spinner or a progress bar shows, where results go: all of
it is decided here, from an ``Environment`` (the streams, whether each is a terminal, NO_COLOR,
the width) and never from ``sys`` or ``os`` directly, so tests run a request in-process with
``io`` buffers (httpie's ``context.Environment``). Results go to stdout, complete or not at
all; progress, notes and per-input errors to stderr. A request returns its exit code, or
raises a ``PortaiError`` that the CLI reports as one line.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO, cast

from portai.config import DEFAULT_ENGINE, SummaryConfig
from portai.errors import (
    ExitCode,
    InputNotReadableError,
    OutputError,
    UsageError,
)
from portai.languages import DEFAULT_LANGUAGE
from portai.render import RENDERERS, OutputFormat
from portai.terminal import one_line

if TYPE_CHECKING:
    from portai.batch import Outcome, Report, Task
    from portai.models import Summary

PROG = "portai"


@dataclass(frozen=True)
class Environment:
    """The terminal a request runs in: its streams, and what a person would see of them."""

    stdin: BinaryIO
    stdout: TextIO
    stderr: TextIO
    stdin_isatty: bool = False
    stdout_isatty: bool = False
    stderr_isatty: bool = False
    no_color: bool = False  # the NO_COLOR environment variable is set (and not empty)
    width: int = 80  # columns for styled output and progress

    @classmethod
    def from_system(cls) -> Environment:
        """This process's standard streams, terminal and environment variables.

        A stream the shell closed (``<&-``, ``>&-``, ``2>&-``; Python then has None) reads as
        an error, refuses writes with an error, or swallows notes (stderr).
        """
        stdin = getattr(sys.stdin, "buffer", None) or cast(BinaryIO, _ClosedInput())
        return cls(
            stdin=stdin,
            stdout=sys.stdout if sys.stdout is not None else cast(TextIO, _ClosedOutput()),
            stderr=sys.stderr if sys.stderr is not None else cast(TextIO, _Discard()),
            stdin_isatty=_isatty(sys.stdin),
            stdout_isatty=_isatty(sys.stdout),
            stderr_isatty=_isatty(sys.stderr),
            no_color=bool(os.environ.get("NO_COLOR")),
            width=_terminal_width(),
        )

    def write(self, text: str) -> None:
        """Write a result to stdout, at once.

        A full disk or an I/O error is an ``OutputError``; a reader that went away
        (BrokenPipeError) is left to the CLI, which ends the run quietly.
        """
        try:
            self.stdout.write(text)
            self.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            silence(self.stdout)  # what is left in its buffer must not fail again at exit
            raise OutputError(f"cannot write to stdout: {error.strerror or error}") from None

    def note(self, message: str) -> None:
        """One line on stderr: ``portai: MESSAGE``, control characters and line breaks from
        names and ids taken out. A stderr that cannot be written to is given up on."""
        self.write_error(f"{PROG}: {message}")

    def write_error(self, line: str) -> None:
        """``line`` on stderr as one line (see ``note``)."""
        try:
            self.stderr.write(one_line(line) + "\n")
            self.stderr.flush()
        except (OSError, ValueError):  # stderr closed, or its terminal gone: nowhere to say it
            pass


def silence(stream: IO[Any]) -> None:
    """Point a stream's file descriptor at /dev/null, so flushing it at exit cannot fail."""
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a buffer, not a file: nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


class _ClosedInput(io.RawIOBase):
    """Standard input the shell closed (``<&-``): reading it is an input error."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise InputNotReadableError("cannot read stdin: it is closed")


class _ClosedOutput(io.TextIOBase):
    """Standard output the shell closed (``>&-``): writing a result to it is an error."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OutputError("cannot write to stdout: it is closed")


class _Discard(io.TextIOBase):
    """Standard error the shell closed (``2>&-``): notes go nowhere, the exit code remains."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def _isatty(stream: IO[Any] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed, or not a real stream
        return False


def _terminal_width() -> int:
    """The width Rich would measure: the first standard stream that is a terminal, COLUMNS
    over it, 80 when neither says."""
    width = 0
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS", "")
    return (int(columns) if columns.isdigit() else width) or 80


@dataclass(frozen=True)
class SummarizeOptions:
    """What `portai summarize` was asked to do."""

    inputs: Sequence[str]  # files, directories, glob patterns, "-"; none means stdin
    config: SummaryConfig
    input_format: str = "auto"  # a document format, or "jsonl" (records) or "urls" (a list)
    output_format: OutputFormat | None = None  # None: styled on a terminal, text otherwise
    color: bool | None = None  # --color / --no-color
    encoding: str | None = None
    output: Path | None = None
    output_dir: Path | None = None
    workers: int | None = None  # None: one per core
    quiet: bool = False
    timeout: float | None = None  # seconds for fetching a URL (None: fetching's default)


@dataclass(frozen=True)
class EvaluateOptions:
    """What `portai evaluate` was asked to do."""

    data: Path
    methods: Sequence[str] = ("all",)
    sentences: int = 3
    language: str = DEFAULT_LANGUAGE
    engine: str = DEFAULT_ENGINE
    output_format: OutputFormat | None = None  # json or jsonl: a JSON array; else a table


def summarize(options: SummarizeOptions, env: Environment) -> int:
    """Summarize one input (its own exit code) or many (5 when some failed); 0 when all done."""
    from portai.reading import check_encoding
    from portai.summarizer import check_config

    if options.output == Path("-"):  # "-o -": stdout
        options = replace(options, output=None)
    check_config(options.config)
    if options.encoding is not None:
        check_encoding(options.encoding)
    names = list(options.inputs)
    if (not names or names == ["-"]) and env.stdin_isatty:
        raise UsageError(
            "no input: give a file, or pipe text in (e.g. 'portai summarize article.txt')"
        )
    if options.output is not None and options.output_dir is not None:
        raise UsageError("give {output} or {output_dir}, not both", "output", "output_dir")
    if options.output is not None:
        from portai.output import check_not_an_input

        check_not_an_input(options.output, names)
    if _is_single(names, options.input_format) and options.output_dir is None:
        _summarize_one(names[0] if names else "-", options, env)
        return ExitCode.OK
    report = _summarize_many(names, options, env)
    if report.exit_code != ExitCode.OK and report.total > 1:
        env.note(f"{report.failed} of {report.total} inputs failed")
    return report.exit_code


def _is_single(names: list[str], input_format: str) -> bool:
    """One file or stdin, read as one article: errors keep their own exit codes (3, 4)."""
    from portai.batch import LIST_FORMATS, stands_for_many

    if input_format in LIST_FORMATS or len(names) > 1:
        return False
    return not names or not stands_for_many(names[0])


def _summarize_one(name: str, options: SummarizeOptions, env: Environment) -> None:
    from portai.reading import read_input
    from portai.summarizer import summarize as summarize_data

    source = None if name == "-" else name
    with _spinner(env, "Summarizing…", quiet=options.quiet):
        loaded = read_input(source, stdin=env.stdin, timeout=options.timeout)
        result = summarize_data(
            loaded.data,
            options.config,
            format=options.input_format,
            encoding=options.encoding or loaded.charset,
            source=source or "-",
            content_type=loaded.content_type,
            url=loaded.url,
        )
    if not options.quiet:
        for warning in result.warnings:
            env.note(f"warning: {warning}")
    if options.output is None and options.output_format is None and _wants_style(options, env):
        env.write(_styled(result, None, env, forced=options.color is True))
        return
    rendered = RENDERERS[options.output_format or OutputFormat.TEXT](result)
    if options.output is not None:
        from portai.output import write_atomically

        with _writing(options.output):
            write_atomically(options.output, rendered)
    else:
        env.write(rendered)


def _summarize_many(names: list[str], options: SummarizeOptions, env: Environment) -> Report:
    """Summarize every input in order; results go to stdout, ``--output`` or ``--output-dir``."""
    from portai.batch import LIST_FORMATS, Report, default_workers, iter_tasks, run_tasks
    from portai.output import atomic_file, refuse_output_as_input, stream_outcomes, write_directory

    lists = options.input_format in LIST_FORMATS
    stdin = env.stdin if lists else None  # read as bytes, a bounded line at a time
    tasks: Iterable[Task] = iter_tasks(names, options.input_format, stdin)
    total = None
    if not lists:  # paths only: cheap to list, and the bar knows the total
        tasks = list(tasks)
        total = len(tasks)
    if options.output is not None:
        tasks = refuse_output_as_input(tasks, options.output)
    to_file = options.output_dir is not None or options.output is not None
    output_format = options.output_format or (OutputFormat.TEXT if to_file else None)
    styled = output_format is None and _wants_style(options, env)
    output_format = output_format or OutputFormat.TEXT
    report = Report()
    quiet = options.quiet or (not to_file and env.stdout_isatty)
    with _batch_progress(env, total, quiet=quiet) as (advance, write_error):

        def handle(outcome: Outcome) -> None:
            report.add(outcome)
            advance(outcome.ok)
            if not outcome.ok:
                write_error(f"{PROG}: error: {outcome.message()}")
            elif outcome.summary is not None and not options.quiet:
                for warning in outcome.summary.warnings:
                    write_error(f"{PROG}: warning: {outcome.task.label}: {warning}")

        workers = options.workers or default_workers()
        outcomes = run_tasks(
            tasks,
            options.config,
            workers=workers,
            encoding=options.encoding,
            timeout=options.timeout,
        )
        if options.output_dir is not None:
            with _writing(options.output_dir):
                write_directory(outcomes, options.output_dir, output_format, handle)
        elif options.output is not None:
            with _writing(options.output), atomic_file(options.output) as file:
                stream_outcomes(outcomes, output_format, file.write, handle)
        else:

            def labelled(summary: Summary, label: str) -> str:
                return _styled(summary, label, env, forced=False)

            stream_outcomes(
                outcomes, output_format, env.write, handle, labelled if styled else None
            )
    return report


@contextmanager
def _writing(target: Path) -> Iterator[None]:
    """Writing results to ``target`` (a file or a directory): an OSError is one line that
    names it, a ``UsageError`` for a path that cannot be written to, else an ``OutputError``."""
    from portai.output import PATH_ERRNOS

    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        if error.errno in PATH_ERRNOS:
            raise UsageError(f"cannot write to {target}: {reason}") from None
        raise OutputError(f"cannot write to {target}: {reason}") from None


def evaluate(options: EvaluateOptions, env: Environment) -> int:
    """Score methods with ROUGE; writes a table, or a JSON array for ``json``/``jsonl``."""
    from portai.evaluation import evaluate as score_methods
    from portai.evaluation import load_records, rouge_scorer
    from portai.languages import normalize_language
    from portai.methods import METHODS, get_method

    names = list(options.methods) or ["all"]
    chosen = list(METHODS) if "all" in names else [get_method(m).name for m in names]
    normalize_language(options.language)
    rouge_scorer()  # fails early, with the install command, when rouge-score is missing
    records = load_records(options.data)
    with _spinner(env, f"Scoring {len(chosen)} methods on {len(records)} articles…"):
        scores = score_methods(
            records,
            chosen,
            sentences=options.sentences,
            language=options.language,
            engine=options.engine,
        )
    if options.output_format in (OutputFormat.JSON, OutputFormat.JSONL):
        env.write(json.dumps([s.to_dict() for s in scores], indent=2) + "\n")
        return ExitCode.OK
    width = max(len(score.part or "all") for score in scores)
    header = f"{'method':<10} {'part':<{width}} {'n':>5} {'errors':>6} {'R1':>6} {'R2':>6}"
    lines = [header + f" {'RLsum':>6} {'seconds':>8}"]
    for score in scores:
        lines.append(
            f"{score.method:<10} {score.part or 'all':<{width}} {score.articles:>5} "
            f"{score.errors:>6} {score.rouge1:>6.2f} {score.rouge2:>6.2f} "
            f"{score.rougeLsum:>6.2f} {score.seconds:>8.2f}"
        )
    env.write("\n".join(lines) + "\n")
    return ExitCode.OK


def _wants_style(options: SummarizeOptions, env: Environment) -> bool:
    if options.color is not None:
        return options.color
    return not env.no_color and env.stdout_isatty


def _styled(summary: Summary, label: str | None, env: Environment, *, forced: bool) -> str:
    from portai.render.styled import styled_text

    return styled_text(summary, label, width=env.width, no_color=env.no_color, forced=forced)


def _spinner(
    env: Environment, message: str, *, quiet: bool = False
) -> AbstractContextManager[object]:
    """A transient spinner on stderr for long documents, only when a person is watching."""
    if quiet or not env.stderr_isatty or env.no_color:
        return nullcontext()
    from portai.render.progress import spinner

    return spinner(message, env.stderr, width=env.width, no_color=env.no_color)


@contextmanager
def _batch_progress(
    env: Environment, total: int | None, *, quiet: bool
) -> Iterator[tuple[Callable[[bool], None], Callable[[str], object]]]:
    """A progress bar on stderr while several inputs run, when a person watches stderr.

    Yields ``advance(ok)`` and ``write_error(line)``: error lines (one line each, without
    control characters) appear above the bar."""
    if quiet or not env.stderr_isatty or (total is not None and total <= 1):
        yield (lambda ok: None), env.write_error
        return
    from portai.render.progress import progress_bar

    with progress_bar(env.stderr, total, width=env.width, no_color=env.no_color) as bar:
        yield bar
