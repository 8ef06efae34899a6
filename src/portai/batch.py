"""Many inputs: expand paths, summarize each (in worker processes), keep order, count failures.

The core of ``portai summarize a.txt b.txt docs/ --format jsonl``. Nothing here prints: the CLI
renders each ``Outcome`` and the ``Report`` decides the exit code. One bad input never stops
the rest; it becomes an outcome with an error.

Records stream through: inputs are expanded lazily, at most a few tasks per worker are in
flight, and results come back in input order, so memory stays flat on a huge JSONL feed.

Walking is safe on any tree: FIFOs, sockets and devices are skipped without being opened (by
``stat``), a symbolic link to a directory is followed but each real directory is read once, and
a file reached by two paths (links, a ``**`` through a link) is one input, so neither a
directory nor a glob can loop or yield a file twice.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import stat
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

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
# Characters of record text queued for the workers at a time (a task in flight holds its text).
_IN_FLIGHT_CHARACTERS = 256 * 1024 * 1024
# At most this many worker processes per core, whatever --workers asks for.
MAX_WORKERS_PER_CORE = 4
# A summary's file name (before its extension) is cut to this many UTF-8 bytes.
MAX_NAME_BYTES = 100
# A line of a URL list: far beyond any URL.
MAX_URL_LINE_BYTES = 64 * 1024


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
        its host); valid Unicode, at most ``MAX_NAME_BYTES`` bytes of UTF-8."""
        return _short_name(self._full_name())

    def _full_name(self) -> str:
        if self.id is not None:
            return self.id
        from portai.reading import is_url

        if is_url(self.source):
            from urllib.parse import urlsplit

            parts = urlsplit(self.source)
            segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
            return Path(segment).stem or parts.hostname or "page"
        return Path(self.source).stem


def _short_name(name: str) -> str:
    from portai.readers.jsonl import valid_unicode

    encoded = valid_unicode(name).encode("utf-8")
    return encoded[:MAX_NAME_BYTES].decode("utf-8", "ignore")


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


# Input formats that list inputs (records, URLs) rather than being one document.
LIST_FORMATS = ("jsonl", "urls")


def iter_tasks(
    inputs: Sequence[str],
    input_format: str = "auto",
    stdin: BinaryIO | Iterable[str] | None = None,
) -> Iterator[Task]:
    """The tasks for the given inputs, lazily, in order.

    Documents (``auto``, ``text``, ``markdown``, ``html``, ``pdf``): files; http(s) URLs;
    directories, recursed in sorted order over files that are text, a web page or a PDF; glob
    patterns (``**`` included) when the path does not exist as written; ``-`` for stdin.
    ``jsonl``: each line of each file (or stdin) is a record ``{"id", "text"[, "title"]}``
    (see ``portai.readers.jsonl`` for its limits); a file without one is an error.
    ``urls``: each line of each file (or stdin) is a URL (blank lines and ``#`` comments are
    skipped). ``stdin`` is what JSONL and URL lists read for ``-``: a binary stream, read in
    bounded pieces, or lines of text; by default this process's stdin.
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
        for file, problem in _walk_text_files(path):
            found = True
            yield Task(source=str(file), format=input_format, error=problem)
        if not found:
            yield Task(source=name, error=f"no text files in directory {name}")
    elif _GLOB_CHARACTERS & set(name):
        files = expand_glob(name)
        for match in files:
            yield Task(source=match, format=input_format)
        if not files:
            yield Task(source=name, error=f"no file matches {name}")
    else:
        # Reading it reports what is wrong (missing, no permission, an ftp:// URL).
        yield Task(source=name, format=input_format)


def _url_list_tasks(name: str, stdin: BinaryIO | Iterable[str] | None = None) -> Iterator[Task]:
    """One task per URL listed in a file (or stdin), a line each."""
    from portai.readers.jsonl import read_lines
    from portai.reading import is_url

    found = False
    with _opened(name, stdin, "a list of URLs") as (lines, unreadable):
        if unreadable is not None:
            yield Task(source=name, error=unreadable)
            return
        try:
            for number, line in read_lines(lines, MAX_URL_LINE_BYTES, name=name):
                url = (
                    line.strip()
                    if line is not None
                    else f"a line longer than {MAX_URL_LINE_BYTES} bytes"
                )
                if not url or url.startswith("#"):
                    continue
                found = True
                if is_url(url):
                    yield Task(source=url)
                else:
                    problem = f"{name}:{number}: not an http(s) URL: {url[:200]}"
                    yield Task(source=f"{name}:{number}", error=problem, error_code=ExitCode.USAGE)
        except PortaiError as error:
            yield Task(source=name, error=str(error), error_code=error.exit_code)
            return
        except OSError as error:
            yield Task(source=name, error=f"cannot read {name}: {error.strerror or error}")
            return
    if not found:
        yield Task(source=name, error=f"no URLs in {name}", error_code=ExitCode.INPUT_NOT_USABLE)


def _walk_text_files(root: Path) -> Iterator[tuple[Path, str | None]]:
    """(path, None) for each file under ``root`` that is text, a web page or a PDF by its start;
    (directory, problem) for a directory that cannot be read. Hidden files and directories are
    skipped, and so are FIFOs, sockets and devices (never opened); each real file comes once.
    A path that cannot be examined (a dangling link) is yielded: reading it reports why."""
    seen: set[tuple[int, int]] = set()
    for directory, files, problem in _tree(root, set()):
        if problem is not None:
            yield directory, problem
        for name, status in files:
            path = directory / name
            if status is None or (
                stat.S_ISREG(status.st_mode)
                and _first_time(status, seen)
                and _looks_like_text(path)
            ):
                yield path, None


def _first_time(status: os.stat_result, seen: set[tuple[int, int]]) -> bool:
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


Listing = list[tuple[str, os.stat_result | None]]


def _tree(root: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, Listing, str | None]]:
    """(directory, its entries other than directories with their ``stat`` (None when it
    fails), a problem reading it) for ``root`` and every directory below it, depth first in
    sorted order, skipping hidden names. Links to directories are followed; a directory whose
    device and inode are in ``seen`` (which this fills) is not read again, so links cannot
    loop. Nothing is opened but directories."""
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            if not _first_time(directory.stat(), seen):
                continue
            with os.scandir(directory) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as error:
            yield directory, [], f"cannot read directory {directory}: {_reason(error)}"
            continue
        files: Listing = []
        subdirectories = []
        for name in names:
            if name.startswith("."):
                continue
            try:
                status: os.stat_result | None = (directory / name).stat()
            except OSError:
                status = None
            if status is not None and stat.S_ISDIR(status.st_mode):
                subdirectories.append(directory / name)
            else:
                files.append((name, status))
        yield directory, files, None
        stack.extend(reversed(subdirectories))


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def expand_glob(pattern: str) -> list[str]:
    """The regular files a glob pattern names, sorted, each real file once (the first of its
    paths). ``*``, ``?`` and ``[...]`` match within a name, and not a hidden one unless the
    pattern's part starts with ``.``; ``**`` as a whole part matches any number of directories,
    following links to directories but reading each real directory once, so links cannot loop.
    """
    parts = [part for part in pattern.split("/") if part]
    paths = ["/" if pattern.startswith("/") else ""]
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            seen: set[tuple[int, int]] = set()
            found = []
            for base in paths:
                root = _directory(base)
                for directory, files, problem in _tree(root, seen):
                    if problem is None:
                        below = _joined(base, _relative(directory, root))
                        found.append(below)
                        if last:  # "dir/**" names the files below too
                            found += [_joined(below, name) for name, _ in files]
            paths = found
        elif _GLOB_CHARACTERS & set(part):
            paths = [
                _joined(base, name)
                for base in paths
                for name in _names(base, part)
                if last or Path(_joined(base, name)).is_dir()
            ]
        else:
            paths = [_joined(base, part) for base in paths]
            paths = [path for path in paths if os.path.lexists(path)]
    seen_files: set[tuple[int, int]] = set()
    matches = []
    for path in sorted(set(paths)):
        try:
            status = Path(path).stat()
        except OSError:
            continue
        if stat.S_ISREG(status.st_mode) and _first_time(status, seen_files):
            matches.append(path)
    return matches


def _directory(base: str) -> Path:
    return Path(base or ".")


def _relative(directory: Path, base: Path) -> str:
    """A directory's path below ``base``; ``""`` for ``base`` itself."""
    return "" if directory == base else str(directory.relative_to(base))


def _joined(base: str, name: str) -> str:
    """``base/name`` as written (``./a`` stays ``./a``); ``base`` itself for ``""``."""
    if not name:
        return base
    return os.path.join(base, name) if base else name  # noqa: PTH118 (as written: "./a" stays)


def _names(base: str, part: str) -> list[str]:
    """The names in directory ``base`` that match one part of a pattern."""
    try:
        with os.scandir(_directory(base)) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        return []
    hidden = part.startswith(".")
    return sorted(
        name
        for name in names
        if fnmatch.fnmatchcase(name, part) and (hidden or not name.startswith("."))
    )


def _looks_like_text(path: Path) -> bool:
    """Text, a web page or a PDF, by the file's start."""
    from portai.readers import detect_format
    from portai.reading import SNIFF_LENGTH, sniff_binary

    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_LENGTH)
    except OSError:
        return True  # unreadable: let reading it report why
    return detect_format(head) == "pdf" or sniff_binary(head) is None


def _jsonl_tasks(name: str, stdin: BinaryIO | Iterable[str] | None = None) -> Iterator[Task]:
    """One task per record of a JSONL file (or stdin); an input without one is an error."""
    from portai.readers.jsonl import iter_records

    found = False
    with _opened(name, stdin, "a JSONL file") as (lines, problem):
        if problem is not None:
            yield Task(source=name, error=problem)
            return
        try:
            for where, record in iter_records(lines, name):
                found = True
                yield _record_task(record, where)
        except OSError as error:  # a read error part-way (EIO, a vanished network file)
            yield Task(source=name, error=f"cannot read {name}: {error.strerror or error}")
            return
        except PortaiError as error:  # stdin closed
            yield Task(source=name, error=str(error), error_code=error.exit_code)
            return
    if not found:
        yield Task(source=name, error=f"no records in {name}", error_code=ExitCode.INPUT_NOT_USABLE)


@contextmanager
def _opened(
    name: str, stdin: BinaryIO | Iterable[str] | None, what: str
) -> Iterator[tuple[BinaryIO | Iterable[str], str | None]]:
    """A list's lines: stdin for ``-``, else the file opened in binary (closed after); or the
    problem opening it."""
    if name == "-":
        import sys

        yield (stdin if stdin is not None else sys.stdin.buffer), None
        return
    try:
        handle = Path(name).open("rb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        yield iter(()), f"no such file: {name}"
        return
    except IsADirectoryError:
        yield iter(()), f"{name} is a directory, not {what}"
        return
    except OSError as error:
        yield iter(()), f"cannot read {name}: {error.strerror or error}"
        return
    with handle:
        yield handle, None


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
    error, whatever it is (a bug an odd input triggers included), so one input never stops the
    rest. ``timeout`` limits fetching a URL."""
    from portai.readers.jsonl import valid_unicode
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
            source=valid_unicode(task.source),  # a file name's undecodable bytes: U+FFFD
            content_type=loaded.content_type,
            url=loaded.url,
        )
    except PortaiError as error:
        return Outcome(task, error=str(error), exit_code=error.exit_code)
    except Exception as error:  # a bug that one odd input triggers must not stop the rest
        return _internal_error(task, error)
    return Outcome(task, summary=summary)


def _internal_error(task: Task, error: BaseException) -> Outcome:
    try:
        detail = f"{type(error).__name__}: {error}"
    except Exception:  # an exception whose message cannot be made
        detail = type(error).__name__
    problem = f"internal error: {detail} (please report this)"
    return Outcome(task, error=problem, exit_code=ExitCode.INTERNAL_ERROR)


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
    """Outcomes in task order. ``workers > 1`` runs tasks in worker processes: never more than
    there are tasks, nor than ``max_workers()`` (``MAX_WORKERS_PER_CORE`` per core); one task
    runs in this process.

    Output order and content do not depend on ``workers``. At most
    ``workers * _IN_FLIGHT_PER_WORKER`` tasks, and about ``_IN_FLIGHT_CHARACTERS`` of record
    text, are queued at a time. A task whose result cannot come back from its worker is that
    task's error. On KeyboardInterrupt the workers are terminated before the exception
    propagates.
    """
    workers = min(workers, max_workers())
    queue = iter(tasks)
    first = list(islice(queue, max(workers, 1)))
    workers = min(workers, len(first))  # fewer: every task is known, one worker each
    if workers <= 1:
        for task in chain(first, queue):
            yield summarize_task(task, config, encoding, timeout)
        return
    import multiprocessing

    pool = multiprocessing.get_context().Pool(workers, initializer=_start_worker)
    try:
        pending: deque[tuple[Task, Any]] = deque()
        limit = workers * _IN_FLIGHT_PER_WORKER
        queued = 0  # characters of record text in flight
        for task in chain(first, queue):
            arguments = (task, config, encoding, timeout)
            pending.append((task, pool.apply_async(summarize_task, arguments)))
            queued += len(task.text or "")
            while pending and (len(pending) >= limit or queued > _IN_FLIGHT_CHARACTERS):
                done, result = pending.popleft()
                queued -= len(done.text or "")
                yield _collected(done, result)
        while pending:
            yield _collected(*pending.popleft())
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _collected(task: Task, result: Any) -> Outcome:
    """A worker's outcome; an outcome that could not be sent back (pickled) is the task's
    error."""
    try:
        outcome: Outcome = result.get()
    except Exception as error:
        return _internal_error(task, error)
    return outcome


def max_workers() -> int:
    """The most worker processes a run starts: ``MAX_WORKERS_PER_CORE`` per usable core."""
    return MAX_WORKERS_PER_CORE * default_workers()


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
