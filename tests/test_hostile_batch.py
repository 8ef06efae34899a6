"""Hostile batches (issue 16): JSONL and evaluation sets that never end, nest without end or hold
what is not Unicode; trees with FIFOs and symbolic-link loops; absurd worker counts. Each bad
record is that record's error, each walk ends, and memory stays bounded."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portai import batch
from portai.batch import Outcome, Task, expand_glob, iter_tasks, max_workers, run_tasks
from portai.config import SummaryConfig
from portai.errors import ExitCode
from portai.readers import jsonl as jsonl_reader
from portai.readers.jsonl import MAX_NESTING, iter_records, read_lines
from portai.reading import sniff_binary

from .conftest import SAMPLES, Cli, RunCli

STORY = "The market rose today. Traders were happy about it. Prices went up a lot."
BRIEF = ("--sentences", "1", "--points", "0", "--keywords", "0")
FEED = ("summarize", "--input-format", "jsonl", "-f", "jsonl", "-j", "1", *BRIEF)


def lines_of(stdout: str) -> list[dict[str, Any]]:
    stdout.encode("utf-8")  # a lone surrogate would make this (and the real stdout) fail
    return [json.loads(line) for line in stdout.splitlines()]


def record(**fields: object) -> str:
    return json.dumps(fields) + "\n"


# -- item 4: reading without a limit -----------------------------------------------------------


def test_jsonl_from_dev_zero_is_refused_at_once(cli: Cli) -> None:
    result = cli("summarize", "--input-format", "jsonl", "/dev/zero")
    assert result.code == ExitCode.INPUT_NOT_USABLE
    assert result.stderr == "portai: error: /dev/zero looks binary, not JSONL\n"


def test_evaluate_dev_zero_is_refused_at_once(cli: Cli) -> None:
    pytest.importorskip("rouge_score")
    result = cli("evaluate", "/dev/zero")
    assert result.code == ExitCode.INPUT_NOT_USABLE
    assert result.stderr == "portai: error: /dev/zero looks binary, not JSONL\n"


def test_evaluate_refuses_a_set_over_its_size_limit(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("rouge_score")
    from portai import evaluation

    monkeypatch.setattr(evaluation, "MAX_SET_BYTES", 1000)
    data = tmp_path / "set.jsonl"
    data.write_text(record(text=STORY, summary="x" * 2000))
    result = cli("evaluate", data, "-m", "lead")
    assert result.code == ExitCode.INPUT_NOT_USABLE
    [line] = result.stderr.splitlines()
    assert line.startswith(f"portai: error: {data} is larger than ")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, f"nested deeper than {MAX_NESTING} levels"),
        ('{"id": ' + "9" * 5000 + "}", "a number longer than 4300 digits"),
    ],
    ids=["deep", "number"],
)
def test_evaluate_names_a_hostile_line(cli: Cli, tmp_path: Path, line: str, message: str) -> None:
    pytest.importorskip("rouge_score")
    data = tmp_path / "set.jsonl"
    data.write_text(record(text=STORY, summary=STORY) + line + "\n")
    result = cli("evaluate", data, "-m", "lead")
    assert result.code == ExitCode.INPUT_NOT_USABLE
    assert result.stderr == f"portai: error: {data}:2: {message}\n"


def test_evaluate_takes_a_bom_and_lone_surrogates(cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("rouge_score")
    data = tmp_path / "set.jsonl"
    line = '{"id": "\\udc80", "text": "' + STORY + '", "summary": "The \\ud800 market rose today."}'
    data.write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\n")
    result = cli("evaluate", data, "-m", "lead", "-n", "1", "-f", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)[0]["errors"] == 0


def test_a_line_over_the_limit_is_its_records_error_and_the_feed_goes_on(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonl_reader, "MAX_LINE_BYTES", 1024)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(record(id="long", text=STORY * 100) + record(id="short", text=STORY))
    result = cli(*FEED, feed)
    assert result.code == ExitCode.SOME_FAILED
    rows = lines_of(result.stdout)
    assert rows[0]["source"] == f"{feed}:1"
    assert rows[0]["error"].startswith(f"{feed}:1: a line longer than ")
    assert rows[1]["id"] == "short" and "summary" in rows[1]


class Endless(io.RawIOBase):
    """A stream of ``size`` bytes of ``fill`` and then one good line, counting what was read:
    the reader must skip the long line a piece at a time."""

    def __init__(self, size: int, fill: bytes = b"a") -> None:
        self.left = size
        self.fill = fill
        self.tail = b'\n{"id": "after"}\n'
        self.largest = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        self.largest = max(self.largest, size)
        if self.left > 0:
            count = min(size, self.left)
            buffer[:count] = self.fill * count
            self.left -= count
            return count
        count = min(size, len(self.tail))
        buffer[:count] = self.tail[:count]
        self.tail = self.tail[count:]
        return count


def test_a_long_line_is_skipped_in_pieces_never_held_whole() -> None:
    stream = Endless(20 * 1024 * 1024)
    lines = list(read_lines(stream, 1024, name="feed"))  # type: ignore[arg-type]
    assert lines == [(1, None), (2, '{"id": "after"}')]
    assert stream.largest <= 64 * 1024


def test_a_long_line_of_nul_bytes_ends_the_input(monkeypatch: pytest.MonkeyPatch) -> None:
    # Text first (more than the piece sniffed at the start), then /dev/zero's kind of line.
    good = record(id="a", text=STORY) * 1000
    monkeypatch.setattr(jsonl_reader, "MAX_LINE_BYTES", 1024)
    results = list(iter_records(io.BytesIO(good.encode() + b"\x00" * 5000), "feed"))
    assert len(results) == 1001
    assert all(result.id == "a" for _, result in results[:1000])
    where, last = results[-1]
    assert where == "feed" and last.error is not None
    assert last.error.startswith("feed:1001: binary data (NUL bytes) in a line longer than")


def test_binary_stdin_is_read_in_bounded_pieces_too() -> None:
    # What run.py hands over for "-": the byte stream itself, not lines already read whole.
    zeros = [t.error for t in iter_tasks(["-"], "jsonl", stdin=io.BytesIO(b"\x00" * 200_000))]
    assert zeros == ["- looks binary, not JSONL"]
    feed = io.BytesIO(b"\xef\xbb\xbf" + record(id="a", text="caf\xe9").encode() + b"\xff\n")
    tasks = list(iter_tasks(["-"], "jsonl", stdin=feed))
    assert [(t.source, t.id, t.error is None) for t in tasks] == [
        ("-:1", "a", True),
        ("-:2", None, False),
    ]


# -- item 7: FIFOs and symbolic-link loops -----------------------------------------------------


def test_a_fifo_in_a_walked_directory_is_skipped_not_opened(
    run_cli: RunCli, tmp_path: Path
) -> None:
    # A subprocess: opening the FIFO would block for ever, and the timeout turns that into a
    # failure instead of a hung test run.
    folder = tmp_path / "fd"
    folder.mkdir()
    (folder / "a.txt").write_text((SAMPLES / "short_note.txt").read_text())
    os.mkfifo(folder / "b.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "c.txt"))
        result = run_cli("summarize", folder, "-f", "jsonl", *BRIEF)
    assert result.returncode == 0, result.stderr
    assert [row["source"] for row in lines_of(result.stdout.decode())] == [str(folder / "a.txt")]


def loop_tree(root: Path) -> Path:
    """L/x/a.txt, with L/x/l1 and L/x/l2 both links to L (``ln -s ..``)."""
    top = root / "L"
    (top / "x").mkdir(parents=True)
    (top / "x" / "a.txt").write_text((SAMPLES / "short_note.txt").read_text())
    (top / "x" / "l1").symlink_to("..")
    (top / "x" / "l2").symlink_to("..")
    return top


def test_symlink_loops_under_a_glob_give_each_file_once(cli: Cli, tmp_path: Path) -> None:
    top = loop_tree(tmp_path)
    assert expand_glob(f"{top}/**/*.txt") == [str(top / "x" / "a.txt")]
    assert expand_glob(f"{top}/**") == [str(top / "x" / "a.txt")]
    (top / "x" / "l2").unlink()  # one loop: Python's glob gives this file 41 times
    result = cli("summarize", f"{top}/**/*.txt", "-f", "jsonl", *BRIEF)
    assert result.code == 0, result.stderr
    assert [row["source"] for row in lines_of(result.stdout)] == [str(top / "x" / "a.txt")]


def test_symlink_loops_in_a_walked_directory_end(tmp_path: Path) -> None:
    top = loop_tree(tmp_path)
    (top / "x" / "same.txt").symlink_to("a.txt")  # the same file by a second name
    assert [task.source for task in iter_tasks([str(top)])] == [str(top / "x" / "a.txt")]


def test_glob_keeps_the_path_as_written_and_hidden_names_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news/.old").mkdir(parents=True)
    Path("news/a.txt").write_text(STORY)
    Path("news/.b.txt").write_text(STORY)
    Path("news/.old/c.txt").write_text(STORY)
    assert expand_glob("./news/*.txt") == ["./news/a.txt"]
    assert expand_glob("news/**/*.txt") == ["news/a.txt"]
    assert expand_glob("news/.*.txt") == ["news/.b.txt"]
    assert expand_glob("news/.old/*.txt") == ["news/.old/c.txt"]
    assert expand_glob("**/a.txt") == ["news/a.txt"]


# -- items 10 and 11: one bad record ------------------------------------------------------------

HOSTILE = [
    ("deep", "[" * 100_000 + "]" * 100_000 + "\n", f"nested deeper than {MAX_NESTING} levels"),
    ("number", '{"id": ' + "9" * 5000 + ', "text": "x"}\n', "a number longer than 4300 digits"),
    ("not-json", "{oops\n", "not JSON"),
    ("id-type", '{"id": [1], "text": "x"}\n', '"id" must be a string or a number'),
]


@pytest.mark.parametrize(("line", "message"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_a_hostile_line_is_its_records_error_and_the_run_goes_on(
    cli: Cli, tmp_path: Path, line: str, message: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(record(id="first", text=STORY) + line + record(id="last", text=STORY))
    result = cli(*FEED, feed)
    assert result.code == ExitCode.SOME_FAILED
    rows = lines_of(result.stdout)
    assert [row.get("id") for row in rows] == ["first", None, "last"]
    assert rows[1]["source"] == f"{feed}:2" and message in rows[1]["error"]
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and message in errors[0]


def test_lone_surrogates_become_replacement_characters(cli: Cli, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a\\udc80", "title": "Title \\ud800", "text": "The \\udfff' + STORY[3:] + '"}\n'
        '{"id": "b", "text": "' + STORY + '"}\n'
    )
    result = cli(*FEED, feed)
    assert result.code == 0, result.stderr
    rows = lines_of(result.stdout)
    assert [row["id"] for row in rows] == ["a\ufffd", "b"]
    assert rows[0]["title"] == "Title \ufffd"


def test_invalid_utf8_on_stdin_reads_as_the_same_file_does(cli: Cli, tmp_path: Path) -> None:
    data = record(id="a", text=STORY).encode().replace(b"rose", b"ro\xffse")
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    by_path = cli(*FEED, feed)
    by_stdin = cli(*FEED, "-", input=data)
    assert by_path.code == by_stdin.code == 0, by_stdin.stderr
    [from_file], [from_stdin] = lines_of(by_path.stdout), lines_of(by_stdin.stdout)
    assert from_file["summary"] == from_stdin["summary"]
    assert "\ufffd" in from_file["summary"][0]["text"]


@pytest.mark.parametrize(
    "content", [b"", b"\n\n  \n", b"\xef\xbb\xbf\n"], ids=["empty", "blank", "bom"]
)
def test_a_feed_without_records_is_exit_4(cli: Cli, tmp_path: Path, content: bytes) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(content)
    result = cli(*FEED, feed)
    assert result.code == ExitCode.INPUT_NOT_USABLE
    assert result.stderr == f"portai: error: no records in {feed}\n"
    on_stdin = cli(*FEED, input=content)
    assert on_stdin.code == ExitCode.INPUT_NOT_USABLE
    assert on_stdin.stderr == "portai: error: no records in -\n"


def test_a_byte_order_mark_before_the_first_record_is_dropped(cli: Cli, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf" + record(id="a", text=STORY).encode())
    result = cli(*FEED, feed)
    assert result.code == 0, result.stderr
    assert lines_of(result.stdout)[0]["id"] == "a"


def test_a_long_id_gives_a_bounded_file_name() -> None:
    name = Task("feed.jsonl:1", id="é" * 400).name
    assert len(name.encode()) <= batch.MAX_NAME_BYTES and name == "é" * 50
    assert Task("dir/caf\udce9.txt").name == "caf\ufffd"


# -- item 14 and batch isolation: workers -------------------------------------------------------


class PoolSize(Exception):
    pass


def pool_size(monkeypatch: pytest.MonkeyPatch, tasks: int, workers: int) -> int | None:
    """How many processes run_tasks asks for (None: none, the tasks ran in this process)."""

    def spy(processes: int, *args: object, **kwargs: object) -> None:
        raise PoolSize(processes)

    monkeypatch.setattr(multiprocessing.get_context(), "Pool", spy)
    queue = (Task(f"{n}.txt", error="skipped") for n in range(tasks))
    try:
        outcomes = list(run_tasks(queue, SummaryConfig(), workers=workers))
    except PoolSize as size:
        return int(size.args[0])
    assert len(outcomes) == tasks
    return None


def test_never_more_workers_than_tasks_nor_than_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pool_size(monkeypatch, tasks=2, workers=1000) == 2
    assert pool_size(monkeypatch, tasks=1, workers=1000) is None
    assert pool_size(monkeypatch, tasks=0, workers=1000) is None
    assert pool_size(monkeypatch, tasks=10_000, workers=1000) == max_workers()
    assert max_workers() == batch.MAX_WORKERS_PER_CORE * batch.default_workers()


def test_a_result_that_cannot_come_back_is_that_tasks_error() -> None:
    class Lost:
        def get(self) -> Outcome:
            raise multiprocessing.pool.MaybeEncodingError("unpicklable", "result")

    outcome = batch._collected(Task("a.txt"), Lost())
    assert outcome.exit_code == ExitCode.INTERNAL_ERROR
    assert outcome.error is not None and outcome.error.startswith("internal error: ")


def test_any_failure_inside_summarizing_is_that_tasks_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import portai.summarizer

    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("deep")

    monkeypatch.setattr(portai.summarizer, "summarize", explode)
    outcome = batch.summarize_task(Task("-", id="x", text=STORY), SummaryConfig())
    assert outcome.error == "internal error: RecursionError: deep (please report this)"


# -- property tests -----------------------------------------------------------------------------

_valid = st.builds(
    lambda i, t: record(id=i, text=t),
    st.one_of(st.text(max_size=20), st.integers()),
    st.text(min_size=1, max_size=50),
)
_hostile = st.one_of(
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.integers(4200, 6000).map(lambda n: '{"id": ' + "7" * n + ', "text": "x"}'),
    st.sampled_from(["\\ud800", "\\udc80", "\\udfff", "a\\ud83d", "\\ude00b"]).map(
        lambda s: '{"id": "' + s + '", "title": "' + s + '", "text": "' + s + ' words"}'
    ),
    st.integers(200, 5000).map(lambda n: '{"id": "long", "text": "' + "w " * n + '"}'),
    st.sampled_from(["", "   ", "\t", "\r"]),
    st.text(max_size=40).filter(lambda s: "\n" not in s),
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"").decode("latin-1")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(_valid.map(str.rstrip), _hostile), max_size=8), bom=st.booleans())
def test_the_jsonl_reader_survives_any_line(lines: list[str], bom: bool) -> None:
    data = ("\ufeff" if bom else "") + "\n".join(lines) + "\n"
    raw = data.encode("utf-8", "surrogatepass")
    with mock.patch.object(jsonl_reader, "MAX_LINE_BYTES", 2000):
        results = list(iter_records(io.BytesIO(raw), "feed"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if sniff_binary(raw[:8192]) is not None:  # binary: one error for the whole input
        assert [where for where, _ in results] == ["feed"]
        return
    # A line of Unicode white space only ("\x85", NEL) is blank to the reader, as to str.strip.
    lines_read = raw.split(b"\n")[:-1]
    expected = [
        n for n, line in enumerate(lines_read, 1) if line.decode("utf-8", "replace").strip()
    ]
    assert [where for where, _ in results] == [f"feed:{n}" for n in expected]
    for _, result in results:
        assert (result.error is None) == (result.text is not None)
        for value in (result.id, result.text, result.title, result.error):
            if value is not None:
                value.encode("utf-8")  # valid Unicode, no lone surrogate
        if result.error is not None:
            assert "\n" not in result.error


@st.composite
def trees(draw: st.DrawFn) -> list[tuple[str, str, str]]:
    """(kind, path, target) entries of a small tree: dirs, files, FIFOs, links to dirs/files."""
    dirs = ["d0"]
    entries = [("dir", "d0", "")]
    for _ in range(draw(st.integers(0, 4))):
        name = f"{draw(st.sampled_from(dirs))}/d{len(dirs)}"
        dirs.append(name)
        entries.append(("dir", name, ""))
    for number in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["file", "file", "fifo", "dirlink", "filelink", "hidden"]))
        where = draw(st.sampled_from(dirs))
        target = draw(st.sampled_from(dirs))
        entries.append((kind, f"{where}/e{number}.txt", target))
    return entries


def build(root: Path, entries: list[tuple[str, str, str]]) -> set[tuple[int, int]]:
    """Makes the tree; returns the (device, inode) of every file a walk should find."""
    files = set()
    for kind, path, target in entries:
        full = root / path
        if kind == "dir":
            full.mkdir()
        elif kind in ("file", "hidden"):
            if kind == "hidden":
                full = full.with_name("." + full.name)
            full.write_text(STORY)
            if kind == "file":
                files.add((full.stat().st_dev, full.stat().st_ino))
        elif kind == "fifo":
            os.mkfifo(full)
        elif kind == "dirlink":
            full.symlink_to(root / target, target_is_directory=True)
    for kind, path, _ in entries:  # links to files, once the files exist
        if kind == "filelink":
            real = [root / p for k, p, _ in entries if k == "file"]
            (root / path).symlink_to(real[0] if real else root / "nowhere.txt")
    return files


def identities(paths: Iterator[str]) -> list[tuple[int, int]]:
    found = []
    for path in paths:
        status = Path(path).stat()
        assert stat.S_ISREG(status.st_mode)
        found.append((status.st_dev, status.st_ino))
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=trees())
def test_walks_and_globs_end_skip_fifos_and_give_each_file_once(
    entries: list[tuple[str, str, str]],
) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        files = build(root, entries)
        walked = [t for t in iter_tasks([str(root / "d0")]) if t.error is None]
        dangling = [t for t in walked if not Path(t.source).exists()]
        found = identities(t.source for t in walked if t not in dangling)
        assert len(found) == len(set(found)) and set(found) == files
        globbed = identities(iter(expand_glob(f"{root}/d0/**/*.txt")))
        assert len(globbed) == len(set(globbed)) and set(globbed) == files
