"""Errors the core raises and the exit codes the CLI maps them to."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum


class ExitCode(IntEnum):
    """Every exit status `portai` can return (documented in the README)."""

    OK = 0
    INTERNAL_ERROR = 1  # a bug in PortAI: please report it
    USAGE = 2  # bad option value, conflicting options, no input given
    INPUT_NOT_READABLE = 3  # missing file, a directory, no permission
    INPUT_NOT_USABLE = 4  # empty, binary, undecodable, or no sentence in it
    SOME_FAILED = 5  # several inputs, and at least one of them failed (the rest are done)
    NETWORK = 6  # a URL could not be fetched: DNS, refused, TLS, timeout, HTTP error, redirects
    OUTPUT_FAILED = 7  # the result could not be written: disk full, I/O error, stdout closed
    HANGUP = 129  # SIGHUP (128 + 1): the terminal went away; cleaned up as for Ctrl-C
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143  # SIGTERM (128 + 15): `kill`, a service manager; cleaned up as for Ctrl-C


class PortaiError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code: ExitCode = ExitCode.INTERNAL_ERROR


class UsageError(PortaiError):
    """The request itself is wrong (options, missing input).

    A message about a parameter writes it as ``{points}``: the library names the parameter
    (``points must be 0 or more``), the CLI the flag (``--points must be 0 or more``, see
    ``cli_message``).
    """

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, *parameters: str) -> None:
        self.template = message
        self.parameters = parameters
        super().__init__(self._fill(lambda name: name))

    def cli_message(self) -> str:
        """The message with each parameter written as its command-line flag."""
        return self._fill(lambda name: "--" + name.replace("_", "-"))

    def _fill(self, spell: Callable[[str], str]) -> str:
        # Replaced one by one, not with str.format: the rest of the message may quote user text.
        message = self.template
        for name in self.parameters:
            message = message.replace(f"{{{name}}}", spell(name))
        return message


class MissingExtraError(UsageError):
    """A language or format needs a package that is an optional extra, not installed."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(f"{what}: pip install 'portai[{extra}]'")
        self.extra = extra


class InputNotReadableError(PortaiError):
    """The input cannot be opened or read."""

    exit_code = ExitCode.INPUT_NOT_READABLE


class NetworkError(PortaiError):
    """A URL could not be fetched (the network, the server, or its answer)."""

    exit_code = ExitCode.NETWORK


class OutputError(PortaiError):
    """The result could not be written where it was asked to go (disk full, stdout closed)."""

    exit_code = ExitCode.OUTPUT_FAILED


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C (workers stopped, temporary files
    removed), and the CLI exits 128 + the signal's number."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


class InputNotUsableError(PortaiError):
    """The input was read but holds no text PortAI can summarize."""

    exit_code = ExitCode.INPUT_NOT_USABLE
