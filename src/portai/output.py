"""Where results go: a stream (stdout or one file written atomically), or a directory with a
manifest.

An interrupted or failed run never leaves a partial file behind: everything is written to a
temporary file in the target's directory and renamed over the target only when complete.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from portai.batch import Outcome, Task
from portai.errors import ExitCode, UsageError
from portai.models import Summary
from portai.render import EXTENSIONS, RENDERERS, OutputFormat
from portai.render.jsonout import json_line

MANIFEST_NAME = "manifest.jsonl"
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


@contextmanager
def atomic_file(path: Path) -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` only when the block ends without error."""
    directory = path.parent
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=directory, prefix=f".{path.name}.", suffix=".part"
        )
    except OSError as error:
        raise UsageError(f"cannot write to {directory}: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    with atomic_file(path) as handle:
        handle.write(text)


def check_not_an_input(output: Path, inputs: list[str]) -> None:
    """Refuse an output path that is one of the inputs: inputs are never overwritten."""
    target = output.resolve()
    for name in inputs:
        if _is_file_at(name, target):
            raise UsageError(f"{output} is also an input; choose another output path")


def refuse_output_as_input(tasks: Iterable[Task], output: Path) -> Iterator[Task]:
    """The tasks, checked as they stream by: one whose file is ``output`` stops the run (an
    input found by a directory walk or a glob, not named on the command line)."""
    target = output.resolve()
    for task in tasks:
        if task.text is None and _is_file_at(task.source, target):
            raise UsageError(f"{output} is also an input; choose another output path")
        yield task


def _is_file_at(name: str, target: Path) -> bool:
    return name != "-" and Path(name).resolve() == target


class SummaryDirectory:
    """One summary file per input in a directory, and ``manifest.jsonl`` listing them all."""

    def __init__(self, directory: Path, extension: str) -> None:
        self.directory = directory
        self.extension = extension
        self.entries: list[dict[str, Any]] = []
        self._taken: set[str] = set()
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot create {directory}: {error.strerror or error}") from None
        if not directory.is_dir():
            raise UsageError(f"{directory} is not a directory")

    def add(
        self, key: dict[str, Any], name: str, text: str | None, error: str | None
    ) -> str | None:
        """Write one summary (``text``) named after ``name`` (a file's stem, a record's id), or
        record the input's ``error``. Returns the error when the summary could not be written."""
        if text is None:
            self.entries.append({**key, "error": error})
            return error
        file_name = self._free_name(name)
        path = self.directory / file_name
        if key.get("source") and Path(key["source"]).resolve() == path.resolve():
            refused = "the summary would overwrite its input"
            self.entries.append({**key, "error": refused})
            return refused
        write_atomically(path, text)
        self.entries.append({**key, "output": file_name})
        return None

    def write_manifest(self) -> Path:
        path = self.directory / MANIFEST_NAME
        lines = (json.dumps(entry, ensure_ascii=False) + "\n" for entry in self.entries)
        write_atomically(path, "".join(lines))
        return path

    def _free_name(self, name: str) -> str:
        stem = _UNSAFE_NAME.sub("_", name).strip("._") or "summary"
        candidate, number = f"{stem}{self.extension}", 1
        while candidate in self._taken or candidate == MANIFEST_NAME:
            number += 1
            candidate = f"{stem}-{number}{self.extension}"
        self._taken.add(candidate)
        return candidate


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
    return f"==> {label} <==\n" + RENDERERS[OutputFormat.TEXT](summary)


def write_directory(
    outcomes: Iterable[Outcome],
    directory: Path,
    output_format: OutputFormat,
    on_outcome: Callable[[Outcome], None],
) -> None:
    """One summary file per outcome and the manifest; ``on_outcome`` sees each outcome, a
    summary the directory refused (it would overwrite its input) as a failure."""
    summaries = SummaryDirectory(directory, EXTENSIONS[output_format])
    for outcome in outcomes:
        on_outcome(_write_one(summaries, outcome, output_format))
    summaries.write_manifest()


def _write_one(
    summaries: SummaryDirectory, outcome: Outcome, output_format: OutputFormat
) -> Outcome:
    if outcome.summary is None:
        summaries.add(outcome.key(), "", None, outcome.error)
        return outcome
    task = outcome.task
    name = task.name
    text = RENDERERS[output_format](outcome.summary)
    refused = summaries.add(outcome.key(), name or "stdin", text, None)
    if refused is None:
        return outcome
    return replace(outcome, summary=None, error=refused, exit_code=ExitCode.USAGE)
