"""Outputs never destroy a file (issue 16, items 1 and 2): `--output` and `--output-dir` write
only regular files, never an input (links resolved, stdin included), keep modes, follow the
umask, and fail on a write error with one line and the previous content intact."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from portai.errors import ExitCode
from tests.conftest import ROOT, SAMPLES, Cli

NOTE = SAMPLES / "short_note.txt"
MARKDOWN = SAMPLES / "markdown_post.md"
REPORT = SAMPLES / "long_report.txt"
BRIEF = ("--sentences", "1", "--points", "0", "--keywords", "0")


def one_error_line(stderr: str) -> str:
    """The single `portai: error: …` line a refused or failed output gives."""
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("portai: error: "), stderr
    return lines[0]


def copy(source: Path, target: Path, mode: int = 0o644) -> Path:
    target.write_bytes(source.read_bytes())
    target.chmod(mode)
    return target


def snapshot(directory: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every entry's bytes (regular files) and full mode: what must not change."""
    return {
        p.name: (p.read_bytes() if p.is_file() and not p.is_symlink() else None, p.lstat().st_mode)
        for p in directory.iterdir()
    }


def no_temporary_files(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if p.name.endswith(".part")]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    """Restores the process's umask after a test that sets it."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


# -- item 1: only regular files -----------------------------------------------------------------


def test_a_device_as_output_is_refused_and_left_a_device(cli: Cli, tmp_path: Path) -> None:
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs CAP_MKNOD")
    result = cli("summarize", NOTE, "-o", null, *BRIEF)
    assert result.code == ExitCode.USAGE and result.stdout == ""
    line = one_error_line(result.stderr)
    assert str(null) in line and "character device" in line
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


@pytest.mark.parametrize("kind", ["directory", "FIFO", "socket"])
def test_a_directory_fifo_or_socket_as_output_is_refused(
    cli: Cli, tmp_path: Path, kind: str
) -> None:
    # Before: a directory was an internal error (exit 1); a FIFO blocked the run.
    target = tmp_path / "target"
    server = None
    if kind == "directory":
        target.mkdir()
    elif kind == "FIFO":
        os.mkfifo(target)
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
    try:
        before = target.lstat().st_mode
        result = cli("summarize", NOTE, REPORT, "-o", target, *BRIEF)  # several inputs too
        assert result.code == ExitCode.USAGE
        assert kind in one_error_line(result.stderr)
        assert target.lstat().st_mode == before
        assert no_temporary_files(tmp_path)
    finally:
        if server is not None:
            server.close()


def test_a_symlink_to_a_file_writes_its_target_and_stays_a_link(cli: Cli, tmp_path: Path) -> None:
    target = copy(NOTE, tmp_path / "previous.txt", 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    result = cli("summarize", NOTE, "-o", link, *BRIEF)
    assert result.code == 0 and result.stderr == ""
    assert link.is_symlink() and link.readlink() == Path(target.name)
    assert "Elm Street" in target.read_text()
    assert mode_of(target) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "previous.txt"]


def test_a_symlink_or_hard_link_to_an_input_is_refused(cli: Cli, tmp_path: Path) -> None:
    article = copy(NOTE, tmp_path / "article.txt")
    (tmp_path / "soft.txt").symlink_to(article)
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "sub").mkdir()
    before = snapshot(tmp_path)
    for output in ("soft.txt", "hard.txt", "sub/../article.txt"):
        result = cli("summarize", article, "-o", tmp_path / output, *BRIEF)
        assert result.code == ExitCode.USAGE
        assert "is also an input" in one_error_line(result.stderr)
    walked = cli("summarize", tmp_path / "sub", article, "-o", tmp_path / "soft.txt", *BRIEF)
    assert walked.code == ExitCode.USAGE
    assert snapshot(tmp_path) == before


def test_stdin_redirected_from_the_output_is_refused(
    offline_env: dict[str, str], tmp_path: Path
) -> None:
    # `portai summarize - -o a.txt < a.txt` replaced its own input.
    work = tmp_path / "work"
    work.mkdir()
    article = copy(NOTE, work / "a.txt", 0o640)
    with article.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-m", "portai", "summarize", "-", "-o", str(article), *BRIEF],
            stdin=stdin,
            capture_output=True,
            env=offline_env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    assert result.returncode == ExitCode.USAGE, result.stderr
    assert "is also an input" in one_error_line(result.stderr.decode())
    assert article.read_bytes() == NOTE.read_bytes() and mode_of(article) == 0o640
    assert sorted(p.name for p in work.iterdir()) == ["a.txt"]


# -- modes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_an_existing_output_keeps_its_mode(cli: Cli, tmp_path: Path, mode: int) -> None:
    # Before: every output became 0600.
    target = copy(REPORT, tmp_path / "out.txt", mode)
    assert cli("summarize", NOTE, "-o", target, *BRIEF).code == 0
    assert "Elm Street" in target.read_text() and mode_of(target) == mode


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.usefixtures("umask")
def test_new_outputs_follow_the_umask(cli: Cli, tmp_path: Path, mask: int, expected: int) -> None:
    os.umask(mask)
    single = cli("summarize", NOTE, "-o", tmp_path / "one.txt", *BRIEF)
    many = cli("summarize", NOTE, REPORT, "-o", tmp_path / "many.jsonl", "-f", "jsonl", *BRIEF)
    folder = cli("summarize", NOTE, REPORT, "--output-dir", tmp_path / "out", *BRIEF)
    assert (single.code, many.code, folder.code) == (0, 0, 0)
    written = [tmp_path / "one.txt", tmp_path / "many.jsonl", *(tmp_path / "out").iterdir()]
    assert len(written) == 5
    assert {path.name: mode_of(path) for path in written} == dict.fromkeys(
        (p.name for p in written), expected
    )


# -- write errors -------------------------------------------------------------------------------


def test_a_full_device_is_one_line_and_keeps_the_previous_output(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = copy(REPORT, tmp_path / "out.txt", 0o644)

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)  # the last moment a write can fail
    for args in ((NOTE,), (NOTE, REPORT), (NOTE, REPORT, "-f", "jsonl")):
        result = cli("summarize", *args, "-o", previous, *BRIEF)
        assert result.code == ExitCode.OUTPUT_FAILED  # the result could not be written
        expected = f"portai: error: cannot write {previous}: No space left on device"
        assert one_error_line(result.stderr) == expected
        assert previous.read_bytes() == REPORT.read_bytes() and mode_of(previous) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_write_error_in_a_real_process_is_one_line(
    offline_env: dict[str, str], tmp_path: Path
) -> None:
    # A file size limit makes write() fail with EFBIG, as a full disk fails with ENOSPC.
    import resource

    work = tmp_path / "work"
    work.mkdir()
    previous = copy(NOTE, work / "out.txt", 0o644)

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, resource.RLIM_INFINITY))

    result = subprocess.run(
        [sys.executable, "-m", "portai", "summarize", str(REPORT), "-o", str(previous)],
        capture_output=True,
        env={**offline_env, "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=ROOT,
        timeout=60,
        check=False,
        preexec_fn=limit_file_size,
    )
    assert result.returncode == ExitCode.OUTPUT_FAILED, result.stderr
    line = one_error_line(result.stderr.decode())
    assert line == f"portai: error: cannot write {previous}: File too large"
    assert previous.read_bytes() == NOTE.read_bytes()
    assert sorted(p.name for p in work.iterdir()) == ["out.txt"]


# -- item 2: --output-dir never overwrites an input ---------------------------------------------


def manifest(directory: Path) -> list[dict[str, str]]:
    text = (directory / "manifest.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_output_dir_inside_the_input_dir_overwrites_no_input(cli: Cli, tmp_path: Path) -> None:
    # `portai summarize d --output-dir d` replaced d/story.txt with story.md's summary.
    d = tmp_path / "d"
    d.mkdir()
    copy(MARKDOWN, d / "story.md", 0o644)
    copy(REPORT, d / "story.txt", 0o600)
    inputs = snapshot(d)
    result = cli("summarize", d, "--output-dir", d, "-j1", *BRIEF)
    assert result.code == 0, result.stderr
    after = snapshot(d)
    assert {name: after[name] for name in inputs} == inputs
    assert manifest(d) == [
        {"source": str(d / "story.md"), "output": "story.md.txt"},
        {"source": str(d / "story.txt"), "output": "story.txt.txt"},
    ]
    assert (d / "story.md.txt").read_text() != (d / "story.txt.txt").read_text()
    assert no_temporary_files(d)


def test_output_dir_gives_inputs_with_one_stem_distinct_names(cli: Cli, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    copy(NOTE, tmp_path / "a" / "story.txt")
    copy(REPORT, tmp_path / "b" / "story.txt")
    out = tmp_path / "out"
    args = ("summarize", tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt", "-j1")
    assert cli(*args, "--output-dir", out, *BRIEF).code == 0
    first = [entry["output"] for entry in manifest(out)]
    assert first == ["story.txt", "story.txt.txt"]
    # A second run replaces its own earlier outputs (the manifest lists them), nothing else.
    (out / "notes.txt").write_text("mine\n")
    assert cli(*args, "--output-dir", out, *BRIEF).code == 0
    assert [entry["output"] for entry in manifest(out)] == first
    assert (out / "notes.txt").read_text() == "mine\n"
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.jsonl",
        "notes.txt",
        "story.txt",
        "story.txt.txt",
    ]


def test_output_dir_never_replaces_a_file_it_did_not_write(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "short_note.txt").write_text("the user's own notes\n")
    (out / "short_note.txt.txt").mkdir()  # not a regular file either
    result = cli("summarize", NOTE, REPORT, "--output-dir", out, *BRIEF)
    assert result.code == 0
    assert (out / "short_note.txt").read_text() == "the user's own notes\n"
    assert [entry["output"] for entry in manifest(out)] == ["short_note-2.txt", "long_report.txt"]


def test_a_jsonl_id_naming_the_feed_leaves_the_feed_alone(cli: Cli, tmp_path: Path) -> None:
    # A record with id `feed` destroyed `od/feed.txt`.
    od = tmp_path / "od"
    od.mkdir()
    feed = od / "feed.txt"
    feed.write_text(json.dumps({"id": "feed", "text": NOTE.read_text()}) + "\n")
    before = feed.read_bytes()
    result = cli("summarize", "--input-format", "jsonl", feed, "--output-dir", od, *BRIEF)
    assert result.code == 0, result.stderr
    assert feed.read_bytes() == before
    assert manifest(od) == [{"id": "feed", "output": "feed-2.txt"}]


def test_hostile_ids_become_safe_bounded_unique_names(cli: Cli, tmp_path: Path) -> None:
    # A 400-character id stopped the batch ("File name too long") and no manifest was written.
    ids = [
        "a" * 400,
        "a" * 399 + "b",
        "é" * 300,
        "../../escape",
        "a/b\\c",
        "nul\x00byte",
        "bell\x07\x1b]0;title\x07\nnext",
        "",
        ".",
        "..",
        "-rf",
        "Report",
        "report",
    ]
    feed = tmp_path / "feed.jsonl"
    text = NOTE.read_text()
    feed.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in ids))
    out = tmp_path / "out"
    result = cli("summarize", "--input-format", "jsonl", feed, "--output-dir", out, *BRIEF)
    assert result.code == 0, result.stderr
    entries = manifest(out)
    assert [entry["id"] for entry in entries] == ids
    names = [entry["output"] for entry in entries]
    assert len({name.casefold() for name in names}) == len(ids)  # unique, in any case
    for name in names:
        assert len(name.encode()) <= 200
        assert name == Path(name).name and not name.startswith((".", "-"))
        assert name.isprintable()
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, "manifest.jsonl"])
    assert not (tmp_path / "escape.txt").exists()
