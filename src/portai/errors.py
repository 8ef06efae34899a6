"""Errors the core raises and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Every exit status `portai` can return (documented in the README)."""

    OK = 0
    INTERNAL_ERROR = 1  # a bug in PortAI: please report it
    USAGE = 2  # bad option value, conflicting options, no input given
    INPUT_NOT_READABLE = 3  # missing file, a directory, no permission
    INPUT_NOT_USABLE = 4  # empty, binary, undecodable, or no sentence in it
    SOME_FAILED = 5  # several inputs, and at least one of them failed (the rest are done)
    INTERRUPTED = 130  # Ctrl-C


class PortaiError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code: ExitCode = ExitCode.INTERNAL_ERROR


class UsageError(PortaiError):
    """The request itself is wrong (options, missing input)."""

    exit_code = ExitCode.USAGE


class InputNotReadableError(PortaiError):
    """The input cannot be opened or read."""

    exit_code = ExitCode.INPUT_NOT_READABLE


class InputNotUsableError(PortaiError):
    """The input was read but holds no text PortAI can summarize."""

    exit_code = ExitCode.INPUT_NOT_USABLE
