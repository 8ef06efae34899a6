"""Where results go: stdout, one file written atomically, or a directory with a manifest.

An interrupted or failed run never leaves a partial file behind: everything is written to a
temporary file in the target's directory and renamed over the target only when complete.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from portai.errors import UsageError

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
        if name != "-" and Path(name).resolve() == target:
            raise UsageError(f"{output} is also an input; choose another output path")


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
