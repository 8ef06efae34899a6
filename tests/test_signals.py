"""Signals and pipes through a real process: SIGTERM and SIGHUP unwind like Ctrl-C, and a reader
that goes away ends the run quietly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from portai.errors import ExitCode

from .conftest import ROOT, SAMPLE_FILES

PREVIOUS = "the previous run's results\n"

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds processes and their state in /proc"
)


def _feed(path: Path, count: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES if p.suffix == ".txt"]
    lines = (json.dumps({"id": f"r{i}", "text": texts[i % len(texts)]}) for i in range(count))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _group(pgid: int) -> list[int]:
    """The processes (not zombies) in process group ``pgid``, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # gone meanwhile
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after its ")".
        state, _ppid, pgrp = text.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == pgid and state != "Z":
            found.append(int(stat.parent.name))
    return found


def _wait_for(condition: Callable[[], object], process: subprocess.Popen[bytes], what: str) -> None:
    """Poll until ``condition()`` holds (a wait, not a timing assertion)."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"never {what}"
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)


def _start(
    args: list[str], offline_env: dict[str, str], stdin: int = subprocess.DEVNULL
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "portai", *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=offline_env,
        cwd=ROOT,
        start_new_session=True,  # its own process group: its workers are found by the group
    )


@pytest.mark.parametrize(
    ("signal_number", "code"),
    [(signal.SIGTERM, ExitCode.TERMINATED), (signal.SIGHUP, ExitCode.HANGUP)],
    ids=["SIGTERM", "SIGHUP"],
)
def test_a_signal_mid_batch_stops_the_workers_and_keeps_the_previous_output(
    offline_env: dict[str, str], tmp_path: Path, signal_number: int, code: int
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    feed = _feed(work / "feed.jsonl", 2000)
    target = work / "out.jsonl"
    target.write_text(PREVIOUS)
    args = ["summarize", "--input-format", "jsonl", "-f", "jsonl", "-j2", "-o", str(target)]
    process = _start([*args, str(feed)], offline_env)
    # Mid-run: the temporary file is open and both workers are up.
    _wait_for(
        lambda: list(work.glob(".out.jsonl.*.part")) and len(_group(process.pid)) >= 3,
        process,
        "started two workers and the temporary file",
    )
    process.send_signal(signal_number)  # to the parent alone, as `kill PID` does
    out, err = process.communicate(timeout=60)

    assert process.returncode == code == 128 + signal_number
    name = signal.Signals(signal_number).name
    assert err.decode().splitlines() == [f"portai: interrupted by {name}"]
    assert out == b""
    assert target.read_text() == PREVIOUS
    assert sorted(p.name for p in work.iterdir()) == ["feed.jsonl", "out.jsonl"]
    assert _group(process.pid) == [], "worker processes outlived the run"


def test_a_reader_that_closes_at_once_gets_exit_0_and_no_message(
    offline_env: dict[str, str],
) -> None:
    # `portai summarize FILE -f json | true`
    process = _start(["summarize", str(SAMPLE_FILES[0]), "-f", "json"], offline_env)
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.OK
    assert err == b""


def test_a_reader_that_goes_away_mid_batch_stops_the_workers_quietly(
    offline_env: dict[str, str], tmp_path: Path
) -> None:
    # `portai summarize --input-format jsonl feed.jsonl -f jsonl -j2 | head -c 1`
    feed = _feed(tmp_path / "feed.jsonl", 2000)
    args = ["summarize", "--input-format", "jsonl", str(feed), "-f", "jsonl", "-j2"]
    process = _start(args, offline_env)
    assert process.stdout is not None
    assert process.stdout.read(1) == b"{"
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.OK
    assert err == b""
    assert _group(process.pid) == [], "worker processes outlived the run"


def test_terminated_at_once_reading_stdin(offline_env: dict[str, str]) -> None:
    # Blocked reading a pipe that never ends: SIGTERM still ends it, with 143 and one line.
    process = _start(["summarize"], offline_env, stdin=subprocess.PIPE)
    wchan = Path(f"/proc/{process.pid}/wchan")

    def reading() -> bool:
        try:
            return "pipe" in wchan.read_text()
        except OSError:  # between two states
            return False

    _wait_for(reading, process, "read stdin")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.TERMINATED
    assert out == b""
    assert err.decode().splitlines() == ["portai: interrupted by SIGTERM"]
