"""Shared fixtures: the samples, and the CLI run in this process (``cli``) or in a subprocess
like a user runs it (``run_cli``)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from portai.languages import Language, get_language

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "seed_taobao_wechat_pay.txt"
# Every sample article (SOURCES.md says where each came from).
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.name != "SOURCES.md")

RunCli = Callable[..., subprocess.CompletedProcess[bytes]]


@pytest.fixture(scope="session")
def english() -> Language:
    return get_language("english")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def offline_env(tmp_path: Path) -> dict[str, str]:
    """An environment with no NLTK data anywhere PortAI could find it, and a fresh HOME."""
    empty = tmp_path / "empty_nltk_data"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(NLTK_DATA=str(empty), HOME=str(home), COLUMNS="100", PYTHONWARNINGS="error")
    return env


@pytest.fixture
def run_cli(offline_env: dict[str, str]) -> RunCli:
    """Run `python -m portai ARGS` with stdin from ``input`` (bytes/str) or /dev/null."""

    def run(
        *args: str | Path,
        input: bytes | str | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        data = input.encode() if isinstance(input, str) else input
        return subprocess.run(
            [sys.executable, "-m", "portai", *map(str, args)],
            input=data if data is not None else b"",
            capture_output=True,
            env={**offline_env, **(env or {})},
            cwd=ROOT,
            timeout=120,
            check=False,
        )

    return run


class CliResult(NamedTuple):
    """What `portai ARGS` did in this process: its exit code and what it wrote."""

    code: int
    stdout: str
    stderr: str


Cli = Callable[..., CliResult]


@pytest.fixture
def cli() -> Cli:
    """Run `portai ARGS` in this process (``portai.cli.main``) on io buffers: stdin holds
    ``input``; ``stdin_isatty``, ``stdout_isatty``, ``stderr_isatty`` and ``no_color`` set the
    terminal a person would see (see ``portai.run.Environment``)."""
    from portai.cli import main
    from portai.run import Environment

    def run(
        *args: str | Path, input: bytes | str = b"", width: int = 100, **terminal: bool
    ) -> CliResult:
        data = input.encode() if isinstance(input, str) else input
        stdout, stderr = io.StringIO(), io.StringIO()
        env = Environment(io.BytesIO(data), stdout, stderr, width=width, **terminal)
        with pytest.raises(SystemExit) as exit_info:
            main([str(arg) for arg in args], env=env)
        code = exit_info.value.code
        assert isinstance(code, int), code
        return CliResult(code, stdout.getvalue(), stderr.getvalue())

    return run


def read_terminal(controller: int) -> bytes:
    """Everything a process writes to a pseudo-terminal, until it closes; closes ``controller``."""
    output = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process is done writing
            break
        if not chunk:
            break
        output += chunk
    os.close(controller)
    return output
