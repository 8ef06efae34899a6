"""Many inputs: expand paths, summarize each (in worker processes), keep order, count failures.

The core of ``portai summarize a.txt b.txt docs/ --format jsonl``. Nothing here prints: the CLI
renders each ``Outcome`` and the ``Report`` decides the exit code. One bad input never stops
the rest; it becomes an outcome with an error.

Records stream through: inputs are expanded lazily, at most a few tasks per worker are in
flight, and results come back in input order, so memory stays flat on a huge JSONL feed.
"""

from __future__ import annotations

import glob
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from portai.config import SummaryConfig
from portai.errors import ExitCode, PortaiError
from portai.models import Summary

if TYPE_CHECKING:
    from portai.readers.jsonl import Record

_GLOB_CHARACTERS = frozenset("*?[")
# The source of a record given to summarize_partition: partitions have no file to point at.
PARTITION_SOURCE = "record"
# Tasks queued per worker: enough to keep every worker busy, few enough to keep memory flat.
_IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class Task:
    """One input to summarize: a file (read by the worker) or a record that carries its text."""

    source: str  # the path, "-" for stdin, or "FILE:LINE" for a JSONL record
    id: str | None = None
    text: str | None = None
    title: str | None = None
    format: str = "auto"  # the reader for this input (see ``portai.readers``)
    error: str | None = None  # an input that failed before reading (e.g. a glob with no match)
    error_code: int = ExitCode.INPUT_NOT_READABLE

    @property
    def label(self) -> str:
        """How messages and records name this input: its id, else its source."""
        return self.id if self.id is not None else self.source

    @property
    def name(self) -> str:
        """A file name for its summary: the id, a file's stem, a URL's last path segment (or
        its host)."""
        if self.id is not None:
            return self.id
        from portai.reading import is_url

        if is_url(self.source):
            from urllib.parse import urlsplit

            parts = urlsplit(self.source)
            segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
            return Path(segment).stem or parts.hostname or "page"
        return Path(self.source).stem


@dataclass(frozen=True)
class Outcome:
    """What became of one task: its summary, or the error that stopped it."""

    task: Task
    summary: Summary | None = None
    error: str | None = None
    exit_code: int = ExitCode.OK

    @property
    def ok(self) -> bool:
        return self.summary is not None

    def key(self) -> dict[str, str]:
        """What names the input in records: ``{"id": …}`` for a JSONL record, else
        ``{"source": …}``."""
        return {"id": self.task.id} if self.task.id is not None else {"source": self.task.source}

    def record(self) -> dict[str, Any]:
        """The JSON record: the summary (``id`` first for a JSONL record), or an error record
        ``{"id" or "source", "error"}``."""
        key = self.key()
        if self.summary is None:
            return {**key, "error": self.error}
        return {**key, **self.summary.to_dict()}

    def message(self) -> str:
        """The error as one line that names the input."""
        error = self.error or ""
        return error if self.task.label in error else f"{self.task.label}: {error}"


@dataclass
class Report:
    """Counts what was done and what failed, and owns the exit code of the run."""

    done: int = 0
    failed: int = 0
    failures: list[tuple[str, int]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.done += 1
        else:
            self.failed += 1
            self.failures.append((outcome.task.label, outcome.exit_code))

    @property
    def total(self) -> int:
        return self.done + self.failed

    @property
    def exit_code(self) -> int:
        """0 when every input was summarized. One input that failed keeps its own code (3 not
        readable, 4 not usable); with several inputs, any failure is ``SOME_FAILED``."""
        if not self.failed:
            return ExitCode.OK
        if self.total == 1:
            return self.failures[0][1]
        return ExitCode.SOME_FAILED


# -- inputs -------------------------------------------------------------------------------------


def iter_tasks(
    inputs: Sequence[str], input_format: str = "auto", stdin: Iterable[str] | None = None
) -> Iterator[Task]:
    """The tasks for the given inputs, lazily, in order.

    Documents (``auto``, ``text``, ``markdown``, ``html``, ``pdf``): files; http(s) URLs;
    directories, recursed in sorted order over files that are text, a web page or a PDF; glob
    patterns (``**`` included) when the path does not exist as written; ``-`` for stdin.
    ``jsonl``: each line of each file (or stdin) is a record ``{"id", "text"[, "title"]}``.
    ``urls``: each line of each file (or stdin) is a URL (blank lines and ``#`` comments are
    skipped). ``stdin`` gives the lines JSONL and URL lists read for ``-``.
    """
    for name in inputs or ["-"]:
        if input_format == "jsonl":
            yield from _jsonl_tasks(name, stdin)
        elif input_format == "urls":
            yield from _url_list_tasks(name, stdin)
        else:
            yield from _document_tasks(name, input_format)


def stands_for_many(name: str) -> bool:
    """True when an input name stands for several files: a directory, or a glob pattern that
    is not itself the name of a file (a URL's "?" is not a pattern)."""
    from portai.reading import looks_like_url

    path = Path(name)
    if name == "-" or looks_like_url(name) or path.is_file():
        return False
    return path.is_dir() or bool(_GLOB_CHARACTERS & set(name))


def _document_tasks(name: str, input_format: str = "auto") -> Iterator[Task]:
    from portai.reading import looks_like_url

    path = Path(name)
    if name == "-" or looks_like_url(name) or path.is_file():
        yield Task(source=name, format=input_format)
    elif path.is_dir():
        found = False
        for file in _walk_text_files(path):
            found = True
            yield Task(source=str(file), format=input_format)
        if not found:
            yield Task(source=name, error=f"no text files in directory {name}")
    elif _GLOB_CHARACTERS & set(name):
        matches = sorted(glob.glob(name, recursive=True))  # noqa: PTH207 (absolute patterns too)
        files = [m for m in matches if Path(m).is_file()]
        for match in files:
            yield Task(source=match, format=input_format)
        if not files:
            yield Task(source=name, error=f"no file matches {name}")
    else:
        # Reading it reports what is wrong (missing, no permission, an ftp:// URL).
        yield Task(source=name, format=input_format)


def _url_list_tasks(name: str, stdin: Iterable[str] | None = None) -> Iterator[Task]:
    """One task per URL listed in a file (or stdin), a line each."""
    from portai.reading import is_url

    if name == "-":
        import sys

        lines: Iterable[str] = stdin if stdin is not None else sys.stdin
    else:
        try:
            lines = Path(name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as error:
            yield Task(source=name, error=f"cannot read {name}: {error.strerror or error}")
            return
    found = False
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        found = True
        if is_url(url):
            yield Task(source=url)
        else:
            problem = f"{name}:{number}: not an http(s) URL: {url[:200]}"
            yield Task(source=f"{name}:{number}", error=problem, error_code=ExitCode.USAGE)
    if not found:
        yield Task(source=name, error=f"no URLs in {name}", error_code=ExitCode.INPUT_NOT_USABLE)


def _walk_text_files(root: Path) -> Iterator[Path]:
    # Skips files that are not text by their start (NUL bytes, known binary formats), and
    # hidden files and directories.
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for file in sorted(files):
            path = Path(directory) / file
            if not file.startswith(".") and _looks_like_text(path):
                yield path


def _looks_like_text(path: Path) -> bool:
    """Text, a web page or a PDF, by the file's start."""
    from portai.reading import SNIFF_LENGTH, sniff_binary

    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_LENGTH)
    except OSError:
        return True  # unreadable: let reading it report why
    return head.startswith(b"%PDF-") or sniff_binary(head) is None


def _jsonl_tasks(name: str, stdin: Iterable[str] | None = None) -> Iterator[Task]:
    if name == "-":
        import sys

        yield from _records(stdin if stdin is not None else sys.stdin, "-")
        return
    try:
        handle = Path(name).open(encoding="utf-8", errors="replace")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        yield Task(source=name, error=f"no such file: {name}")
        return
    except IsADirectoryError:
        yield Task(source=name, error=f"{name} is a directory, not a JSONL file")
        return
    except OSError as error:
        yield Task(source=name, error=f"cannot read {name}: {error.strerror or error}")
        return
    with handle:
        yield from _records(handle, name)


def _records(lines: Iterable[str] | TextIO, name: str) -> Iterator[Task]:
    from portai.readers.jsonl import iter_records

    for where, record in iter_records(lines, name):
        yield _record_task(record, where)


def _record_task(record: Record, source: str) -> Task:
    """The task for one feed record; a bad record becomes an error task."""
    return Task(
        source=source,
        id=record.id,
        text=record.text,
        title=record.title,
        format=record.format,
        error=record.error,
        error_code=ExitCode.INPUT_NOT_USABLE,
    )


# -- one task -----------------------------------------------------------------------------------


def summarize_task(
    task: Task, config: SummaryConfig, encoding: str | None = None, timeout: float | None = None
) -> Outcome:
    """Read (or fetch) and summarize one task; a problem with this input becomes the outcome's
    error. ``timeout`` limits fetching a URL."""
    from portai.reading import Input, read_input
    from portai.summarizer import summarize

    if task.error is not None:
        return Outcome(task, error=task.error, exit_code=task.error_code)
    try:
        # A file's bytes go to its reader, which decodes them as its format says.
        loaded = Input(b"") if task.text is not None else read_input(task.source, timeout=timeout)
        summary = summarize(
            task.text if task.text is not None else loaded.data,
            config,
            title=task.title,
            format=task.format,
            encoding=encoding or loaded.charset,
            source=task.source,
            content_type=loaded.content_type,
            url=loaded.url,
        )
    except PortaiError as error:
        return Outcome(task, error=str(error), exit_code=error.exit_code)
    except Exception as error:  # a bug that one odd input triggers must not stop the rest
        problem = f"internal error: {type(error).__name__}: {error} (please report this)"
        return Outcome(task, error=problem, exit_code=ExitCode.INTERNAL_ERROR)
    return Outcome(task, summary=summary)


def summarize_partition(records: Iterable[Any], **options: Any) -> list[dict[str, Any]]:
    """Summarize a partition of records ``{"id", "text"[, "title"]}``: one result dict each.

    For distributed engines, e.g. ``dask.bag``'s ``map_partitions`` (see ``docs/dask.md``).
    ``options`` are ``summarize``'s (``method``, ``sentences``, ``language``, ...); a bad
    option raises ``UsageError`` at once. A result is the summary's JSON record with the
    record's ``id`` first, or ``{"id", "error"}`` for a record that cannot be summarized. The
    results do not depend on how records are split into partitions: every record's
    ``source`` is ``"record"``, and ``id`` names it.
    """
    from portai.summarizer import check_config

    config = _config_from(options)
    check_config(config)
    from portai.readers.jsonl import parse_record

    return [
        summarize_task(_record_task(parse_record(record), PARTITION_SOURCE), config).record()
        for record in records
    ]


def _config_from(options: dict[str, Any]) -> SummaryConfig:
    from portai.config import Length

    length_options = {k: options.pop(k) for k in ("sentences", "ratio", "words") if k in options}
    config = SummaryConfig(**options)
    if length_options:
        config = SummaryConfig(
            method=config.method,
            length=Length.from_options(**length_options),
            language=config.language,
            points=config.points,
            keywords=config.keywords,
            engine=config.engine,
        )
    return config


# -- many tasks ---------------------------------------------------------------------------------


def run_tasks(
    tasks: Iterable[Task],
    config: SummaryConfig,
    *,
    workers: int = 1,
    encoding: str | None = None,
    timeout: float | None = None,
) -> Iterator[Outcome]:
    """Outcomes in task order. ``workers > 1`` runs tasks in that many processes.

    Output order and content do not depend on ``workers``. At most
    ``workers * _IN_FLIGHT_PER_WORKER`` tasks are queued at a time. On KeyboardInterrupt the
    workers are terminated before the exception propagates.
    """
    if workers <= 1:
        for task in tasks:
            yield summarize_task(task, config, encoding, timeout)
        return
    import multiprocessing

    pool = multiprocessing.get_context().Pool(workers, initializer=_start_worker)
    try:
        pending: deque[Any] = deque()
        limit = workers * _IN_FLIGHT_PER_WORKER
        for task in tasks:
            pending.append(pool.apply_async(summarize_task, (task, config, encoding, timeout)))
            if len(pending) >= limit:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _start_worker() -> None:
    # Ctrl-C goes to the whole process group; the parent alone decides, and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One process per core already: BLAS threads would only compete with the other workers.
    # Set before numpy is first imported in this worker.
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
