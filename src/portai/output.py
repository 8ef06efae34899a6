"""Where results go: a stream (stdout or one file written atomically), or a directory with a
manifest.

Every file PortAI writes goes through ``atomic_file``, so these hold for ``--output``,
``--output-dir`` and its manifest alike:

- Only regular files are written (or created). A directory, FIFO, socket or device as the
  target is refused with a ``UsageError`` (exit 2) before anything is summarized: never
  replaced by a regular file, never opened (a FIFO would block).
- A symbolic link to a regular file (or to a path not there yet) is followed: the target is
  written and the link stays a link. Links are resolved before inputs and outputs are
  compared, and files are compared by identity (device and inode), so neither a link, a
  hard link, ``./a.txt`` for ``a.txt``, nor stdin redirected from the file (``- < a.txt``)
  lets a summary replace its own input.
- The content is written to a temporary file in the target's directory and renamed over the
  target only when complete: an interrupted or failed run never leaves a half-written target,
  and the previous content stays. No temporary file is left behind.
- An existing target keeps its permission mode; a new file gets ``0o666`` less the umask
  (what ``>`` in a shell gives).
- An error while writing (a full device, a quota, a read-only file system, no permission) is
  a ``UsageError`` (exit 2, "cannot write PATH: REASON"): the output the user asked for
  cannot be made. Exit 3 stays for inputs that cannot be read.

In ``--output-dir``, a summary's file name is derived from the record's id or the file's stem,
made safe (no path separators, NUL or control characters; at most ``_NAME_BYTES`` bytes, a
hash of the full name keeping long names apart) and then unique. A summary never replaces an
input, a file of this run, or a file PortAI did not write: an existing file is replaced only
when the directory's manifest from an earlier run lists it as an output (and it is not an
input now). Otherwise the next free name is taken, deterministically: ``story.txt``, then the
input's file name with the extension (``story.md.txt``), then ``story-2.txt``,
``story-3.txt``, … The manifest maps each input to its file, and is written even when the run
stops early.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, TextIO

from portai import errors
from portai.batch import Outcome, Task
from portai.errors import ExitCode, UsageError
from portai.models import Summary
from portai.render import EXTENSIONS, RENDERERS, OutputFormat
from portai.render.jsonout import json_line
from portai.terminal import one_line

MANIFEST_NAME = "manifest.jsonl"
_UNSAFE_NAME = re.compile(r"[^\w.-]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_GLOB_CHARACTERS = frozenset("*?[")
# A file name's stem at most (UTF-8 bytes): with a suffix and an extension well under the
# 255 bytes most file systems allow.
_NAME_BYTES = 120
# An earlier manifest larger than this is not read (nothing is replaced then).
_MANIFEST_BYTES = 64 * 1024 * 1024
# Names tried for one summary before it is reported as not written.
_MAX_TRIES = 10_000
# Errors tied to one summary's name: that input's error, and the run goes on. Any other error
# while writing (a full disk, no permission) stops the run.
_NAME_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL})
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)

Identity = tuple[int, int]  # (st_dev, st_ino): the same file, whatever the path


# -- one file -----------------------------------------------------------------------------------


def regular_target(path: Path) -> Path:
    """Where writing ``path`` puts the content: the path itself, or the file a symbolic link
    leads to (the link stays). Raises ``UsageError`` when that is a directory, FIFO, socket or
    device, or cannot be looked up (a link loop, a parent that is a file)."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target  # created
    except OSError as error:
        raise OutputError(path, error) from None
    if not stat.S_ISREG(mode):
        raise UsageError(f"{shown(path)} is {_kind(mode)}: the output must be a regular file")
    return target


@contextmanager
def atomic_file(path: Path) -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` only when the block ends without error.

    See the module's docstring: regular files only, links followed, mode kept, nothing
    half-written; a failure to write raises ``UsageError``."""
    target = regular_target(path)
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as error:
        raise OutputError(path, error) from None
    handle = _Target(descriptor, path)
    try:
        yield handle
        try:
            handle.commit(_mode_for(target))
            Path(temporary).replace(target)
        except OSError as error:
            raise OutputError(path, error) from None
    finally:
        handle.abandon()
        Path(temporary).unlink(missing_ok=True)


# An output path that is wrong (no such directory, a directory, no permission, a name too
# long): the user's request, exit 2. Anything else (a full disk, an I/O error) is exit 7.
PATH_ERRNOS = frozenset({
    errno.EISDIR, errno.ENOTDIR, errno.ENOENT, errno.EACCES, errno.EPERM, errno.ELOOP,
    errno.ENAMETOOLONG, errno.EROFS, errno.EINVAL, errno.EEXIST,
})  # fmt: skip


class OutputError(errors.OutputError):
    """An output that could not be written: "cannot write PATH: REASON"; exit 2 when the path
    is wrong (``PATH_ERRNOS``), else 7 (the result could not be written)."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(f"cannot write {shown(path)}: {_reason(error)}")
        self.errno = error.errno
        if error.errno in PATH_ERRNOS:
            self.exit_code = ExitCode.USAGE


def write_atomically(path: Path, text: str) -> None:
    with atomic_file(path) as handle:
        handle.write(text)


class _Target(io.TextIOWrapper):
    """The temporary file's text handle: an ``OSError`` while writing is a ``UsageError`` that
    names the output, not a traceback."""

    def __init__(self, descriptor: int, path: Path) -> None:
        # Buffered: a raw file's short write (a full disk) would lose the rest without an error.
        raw = io.BufferedWriter(io.FileIO(descriptor, "w"))
        super().__init__(raw, encoding="utf-8", newline="\n")
        self._path = path

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except OSError as error:
            raise OutputError(self._path, error) from None

    def commit(self, mode: int) -> None:
        """Everything on disk, with the target's mode; then it may be renamed."""
        self.flush()
        os.fchmod(self.fileno(), mode)
        os.fsync(self.fileno())
        self.close()

    def abandon(self) -> None:
        with suppress(OSError, ValueError):
            self.close()


def _mode_for(target: Path) -> int:
    """An existing file's permission bits; for a new file, what the umask leaves of 0o666."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the only portable way to read it: set it and put it back
    os.umask(mask)
    return mask


# -- outputs and inputs -------------------------------------------------------------------------


def check_not_an_input(output: Path, inputs: Sequence[str], stdin: IO[bytes] | None = None) -> None:
    """Refuse an output that cannot be written as a regular file, or that is one of the
    inputs: inputs are never overwritten. Files are compared by identity after following
    links; ``stdin`` (default: this process's) counts when it is read (no input, or ``-``)
    and is a regular file."""
    regular_target(output)
    target = _identity(output)
    if target is None:
        return
    for name in inputs:
        if name != "-" and _identity(Path(name)) == target:
            raise _is_an_input(output)
    if (not inputs or "-" in inputs) and _stdin_identity(stdin) == target:
        raise _is_an_input(output)


def refuse_output_as_input(tasks: Iterable[Task], output: Path) -> Iterator[Task]:
    """The tasks, checked as they stream by: one whose file is ``output`` stops the run (an
    input found by a directory walk or a glob, not named on the command line)."""
    target = _identity(output)
    for task in tasks:
        if (
            target is not None
            and task.text is None
            and task.source != "-"
            and _identity(Path(task.source)) == target
        ):
            raise _is_an_input(output)
        yield task


def _is_an_input(output: Path) -> UsageError:
    return UsageError(f"{shown(output)} is also an input; choose another output path")


def _identity(path: Path) -> Identity | None:
    """The file at ``path`` (links followed), or None when there is none."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _stdin_identity(stdin: IO[bytes] | None) -> Identity | None:
    stream: Any = stdin if stdin is not None else sys.stdin
    try:
        info = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):  # closed, or a buffer with no file
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def shown(path: Path | str) -> str:
    """A path as one line of a message: control characters (a newline, ESC) become ``?``."""
    return _CONTROL.sub("?", str(path))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _kind(mode: int) -> str:
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


# -- a directory of summaries -------------------------------------------------------------------


class _Inputs:
    """What this run reads, to keep summaries off it: files named on the command line (by
    identity), the directories walked and the fixed start of glob patterns (everything under
    them), and each input's file as its outcome arrives."""

    def __init__(self, names: Iterable[str]) -> None:
        self.files: set[Identity] = set()
        self.trees: list[str] = []
        for name in names:
            if name == "-" or "://" in name:
                continue
            path = Path(name)
            if path.is_dir():
                self.trees.append(os.path.realpath(path))
            elif not path.exists() and _GLOB_CHARACTERS & set(name):
                self.trees.append(os.path.realpath(_fixed_start(name)))
            else:
                self.add(name)

    def add(self, source: str) -> None:
        identity = _identity(Path(source)) if source != "-" else None
        if identity is not None:
            self.files.add(identity)

    def __contains__(self, path: Path) -> bool:
        if _identity(path) in self.files:
            return True
        where = os.path.realpath(path)
        return any(os.path.commonpath([tree, where]) == tree for tree in self.trees)


def _fixed_start(pattern: str) -> Path:
    """The directory a glob pattern starts from: its parts before the first wildcard."""
    fixed: list[str] = []
    for part in Path(pattern).parts:
        if _GLOB_CHARACTERS & set(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path()


class SummaryDirectory:
    """One summary file per input in a directory, and ``manifest.jsonl`` listing them all.

    ``inputs`` are the names given on the command line: nothing under them is replaced (see
    the module's docstring for the naming rules)."""

    def __init__(self, directory: Path, extension: str, inputs: Iterable[str] = ()) -> None:
        self.directory = directory
        self.extension = extension
        self.entries: list[dict[str, Any]] = []
        self._taken: set[str] = {MANIFEST_NAME.casefold()}
        if directory.exists() and not directory.is_dir():
            raise UsageError(f"{shown(directory)} is not a directory")
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot create {shown(directory)}: {_reason(error)}") from None
        self.manifest = directory / MANIFEST_NAME
        regular_target(self.manifest)
        self._ours = _earlier_outputs(self.manifest)
        self._inputs = _Inputs(inputs)

    def add(
        self,
        key: dict[str, Any],
        name: str,
        text: str | None,
        error: str | None,
        source: str | None = None,
    ) -> str | None:
        """Write one summary (``text``) named after ``name`` (a file's stem, a record's id), or
        record the input's ``error``. ``source`` is the input's file, never replaced. Returns
        the error when the summary could not be written."""
        if source is not None:
            self._inputs.add(source)
        if text is None:
            self.entries.append({**key, "error": error})
            return error
        try:
            file_name = self._free_name(name, source)
            write_atomically(self.directory / file_name, text)
        except _NameError as problem:
            self.entries.append({**key, "error": str(problem)})
            return str(problem)
        except OutputError as problem:
            if problem.errno not in _NAME_ERRNOS:
                raise
            self.entries.append({**key, "error": str(problem)})
            return str(problem)
        self.entries.append({**key, "output": file_name})
        return None

    def write_manifest(self) -> Path:
        lines = (_manifest_line(entry) for entry in self.entries)
        write_atomically(self.manifest, "".join(lines))
        return self.manifest

    def _free_name(self, name: str, source: str | None) -> str:
        stem = safe_stem(name)
        stems = [stem]
        if source is not None and source != "-" and "://" not in source:
            stems.append(safe_stem(Path(source).name))  # story.md -> story.md.txt
        candidates = (f"{s}{self.extension}" for s in stems)
        numbered = (f"{stem}-{n}{self.extension}" for n in range(2, _MAX_TRIES))
        for candidate in (*candidates, *numbered):
            if candidate.casefold() not in self._taken and self._may_write(candidate):
                self._taken.add(candidate.casefold())
                return candidate
        raise _NameError(f"no free file name for {stem} in {shown(self.directory)}")

    def _may_write(self, file_name: str) -> bool:
        """A name is free when nothing is there, or PortAI wrote the regular file there in an
        earlier run and it is not an input now."""
        path = self.directory / file_name
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return stat.S_ISREG(mode) and file_name in self._ours and path not in self._inputs


class _NameError(Exception):
    """A summary for which no file name could be found."""


def safe_stem(name: str) -> str:
    """A file name's stem for ``name``: word characters, ``.``, ``-`` and ``_`` only (no path
    separator, NUL, control character or lone surrogate), no leading dot, and at most
    ``_NAME_BYTES`` bytes; a cut name ends with a hash of the whole one, so long names that
    start alike stay apart."""
    stem = _UNSAFE_NAME.sub("_", name).lstrip("._-").rstrip("._") or "summary"
    if len(stem.encode("utf-8")) <= _NAME_BYTES:
        return stem
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    cut = stem.encode("utf-8")[: _NAME_BYTES - len(digest) - 1].decode("utf-8", "ignore")
    return f"{cut.rstrip('._-')}-{digest}"


def _earlier_outputs(manifest: Path) -> frozenset[str]:
    """The file names an earlier run's manifest lists as outputs: files PortAI may replace."""
    names: set[str] = set()
    try:
        if manifest.stat().st_size > _MANIFEST_BYTES:
            return frozenset()  # not one of ours: nothing in the directory is replaced
        with manifest.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                with suppress(ValueError, RecursionError):
                    entry = json.loads(line)
                    output = entry.get("output") if isinstance(entry, dict) else None
                    if isinstance(output, str) and output == Path(output).name:
                        names.add(output)
    except OSError:
        pass
    return frozenset(names)


def _manifest_line(entry: dict[str, Any]) -> str:
    """One manifest record; escaped where the text cannot be UTF-8 (a lone surrogate in an
    id), so the manifest is always valid UTF-8 JSON Lines."""
    line = json.dumps(entry, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(entry)
    return line + "\n"


def stream_outcomes(
    outcomes: Iterable[Outcome],
    output_format: OutputFormat,
    write: Callable[[str], object],
    on_outcome: Callable[[Outcome], None],
    styled: Callable[[Summary, str], str] | None = None,
) -> None:
    """Write each result as it arrives, in input order, after ``on_outcome`` has seen it.

    In JSON (one array) and JSONL, a failed input's error record takes its place; text and
    Markdown show each summary under a line naming its input (``styled`` renders them for a
    terminal instead).
    """
    first = True
    if output_format == OutputFormat.JSON:
        write("[\n")
    for outcome in outcomes:
        on_outcome(outcome)
        if output_format == OutputFormat.JSONL:
            write(json_line(outcome.record()))
        elif output_format == OutputFormat.JSON:
            write(("" if first else ",\n") + _array_item(outcome.record()))
        elif outcome.summary is not None:
            separator = "" if first else "\n"
            write(separator + _labelled(outcome.summary, outcome.task.label, output_format, styled))
        else:
            continue
        first = False
    if output_format == OutputFormat.JSON:
        write("]\n" if first else "\n]\n")


def _array_item(record: dict[str, Any]) -> str:
    """A record as an element of the JSON array `--format json` writes for several inputs."""
    lines = json.dumps(record, ensure_ascii=False, indent=2).splitlines()
    return "\n".join("  " + line for line in lines)


def _labelled(
    summary: Summary,
    label: str,
    output_format: OutputFormat,
    styled: Callable[[Summary, str], str] | None,
) -> str:
    if output_format == OutputFormat.MARKDOWN:
        return f"<!-- {label} -->\n" + RENDERERS[OutputFormat.MARKDOWN](summary)
    if styled is not None:
        return styled(summary, label)
    return f"==> {one_line(label)} <==\n" + RENDERERS[OutputFormat.TEXT](summary)


def write_directory(
    outcomes: Iterable[Outcome],
    directory: Path,
    output_format: OutputFormat,
    on_outcome: Callable[[Outcome], None],
    inputs: Iterable[str] = (),
) -> None:
    """One summary file per outcome and the manifest; ``on_outcome`` sees each outcome, a
    summary that could not be written as a failure. ``inputs`` (the names given on the command
    line) are never replaced. The manifest is written even when the run stops early."""
    summaries = SummaryDirectory(directory, EXTENSIONS[output_format], inputs)
    try:
        for outcome in outcomes:
            on_outcome(_write_one(summaries, outcome, output_format))
    except BaseException:
        with suppress(Exception):
            summaries.write_manifest()
        raise
    summaries.write_manifest()


def _write_one(
    summaries: SummaryDirectory, outcome: Outcome, output_format: OutputFormat
) -> Outcome:
    task = outcome.task
    source = task.source if task.text is None and task.id is None else None
    if outcome.summary is None:
        summaries.add(outcome.key(), "", None, outcome.error, source)
        return outcome
    text = RENDERERS[output_format](outcome.summary)
    name = "stdin" if source == "-" else task.name
    refused = summaries.add(outcome.key(), name, text, None, source)
    if refused is None:
        return outcome
    return replace(outcome, summary=None, error=refused, exit_code=ExitCode.USAGE)
