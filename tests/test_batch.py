"""Many inputs through the CLI: order, labels, JSONL in and out, workers, failures, files."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from portai.batch import Outcome, Report, Task, iter_tasks, run_tasks, summarize_partition
from portai.config import SummaryConfig
from portai.errors import ExitCode, UsageError
from portai.models import Article

from .conftest import ROOT, SAMPLE_FILES, SAMPLES, SEED, Cli, read_terminal

EVAL = ROOT.parent / "shared" / "eval" / "cnndm-dev.jsonl"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
BRIEF = ("--sentences", "1", "--points", "0", "--keywords", "0")


def records(count: int) -> list[dict[str, str]]:
    """Real news records when the eval set is there, else the samples as records."""
    if EVAL.exists():
        with EVAL.open(encoding="utf-8") as lines:
            found = [json.loads(line) for _, line in zip(range(count), lines, strict=False)]
        return [{"id": r["id"], "text": r["text"]} for r in found]
    texts = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES]
    return [{"id": f"sample-{i}", "text": texts[i % len(texts)]} for i in range(count)]


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def jsonl(output: bytes | str) -> list[dict[str, object]]:
    text = output.decode() if isinstance(output, bytes) else output
    return [json.loads(line) for line in text.splitlines()]


def test_good_and_bad_inputs_the_bad_ones_named_the_rest_done(cli: Cli, tmp_path: Path) -> None:
    image = tmp_path / "photo.txt"
    image.write_bytes(PNG)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    missing = tmp_path / "missing.txt"
    inputs = [SEED, missing, SAMPLES / "no_title.txt", image, empty]
    result = cli("summarize", *inputs, "--format", "jsonl", *BRIEF)

    assert result.code == ExitCode.SOME_FAILED
    rows = jsonl(result.stdout)
    assert [row["source"] for row in rows] == [str(p) for p in inputs]  # input order
    assert [("error" in row) for row in rows] == [False, True, False, True, True]
    errors = result.stderr.splitlines()
    assert errors[:3] == [
        f"portai: error: no such file: {missing}",
        f"portai: error: {image}: input is a PNG image, not text",
        f"portai: error: {empty}: input is empty",
    ]
    assert errors[3:] == ["portai: 3 of 5 inputs failed"]


def test_all_good_inputs_exit_0_with_nothing_on_stderr(cli: Cli) -> None:
    result = cli("summarize", SEED, SAMPLES / "long_report.txt", *BRIEF)
    assert result.code == ExitCode.OK
    assert result.stderr == ""
    text = result.stdout
    assert text.startswith(f"==> {SEED.relative_to(ROOT)} <==\n") or f"==> {SEED} <==" in text
    assert text.count("==> ") == 2


def test_jsonl_round_trip_keeps_ids_and_order(cli: Cli, tmp_path: Path) -> None:
    rows = records(6)
    lines = [json.dumps(r) for r in rows]
    lines.insert(3, '{"id": "broken", "txt": "no text field"}')
    lines.insert(5, "not json at all")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = cli("summarize", "--input-format", "jsonl", "--format", "jsonl", feed, *BRIEF)

    out = jsonl(result.stdout)
    assert result.code == ExitCode.SOME_FAILED
    assert [row.get("id") for row in out][:3] == [r["id"] for r in rows[:3]]
    assert out[3] == {
        "id": "broken",
        "error": f'{feed}:4: a record needs a "text" (or "html") string',
    }
    assert out[5]["source"] == f"{feed}:6" and "not JSON" in str(out[5]["error"])
    good = [row for row in out if "error" not in row]
    assert [row["id"] for row in good] == [r["id"] for r in rows]
    assert all(row["summary"] for row in good)


def test_jsonl_from_stdin(cli: Cli) -> None:
    rows = records(3)
    feed = "".join(json.dumps(r) + "\n" for r in rows)
    result = cli("summarize", "--input-format", "jsonl", "-f", "jsonl", *BRIEF, input=feed)
    assert result.code == 0
    assert [row["id"] for row in jsonl(result.stdout)] == [r["id"] for r in rows]


def test_workers_give_the_same_output_in_the_same_order(cli: Cli, tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", records(10))
    one = cli("summarize", "--input-format", "jsonl", "-f", "jsonl", "--workers", "1", feed)
    two = cli("summarize", "--input-format", "jsonl", "-f", "jsonl", "--workers", "2", feed)
    assert one.code == two.code == 0
    assert one.stdout == two.stdout
    assert len(jsonl(one.stdout)) == 10


def test_a_directory_recurses_over_text_files_only(cli: Cli, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / ".git").mkdir()
    (docs / "b.txt").write_text(SEED.read_text())
    (docs / "a.md").write_text((SAMPLES / "markdown_post.md").read_text())
    (docs / "sub" / "c.txt").write_text((SAMPLES / "no_title.txt").read_text())
    (docs / ".hidden.txt").write_text(SEED.read_text())
    (docs / ".git" / "HEAD.txt").write_text(SEED.read_text())
    (docs / "image.png").write_bytes(PNG)
    (docs / "program").write_bytes(b"\x7fELF" + bytes(100))

    result = cli("summarize", docs, "-f", "jsonl", *BRIEF)

    assert result.code == 0, result.stderr
    sources = [row["source"] for row in jsonl(result.stdout)]
    assert sources == [str(docs / "a.md"), str(docs / "b.txt"), str(docs / "sub" / "c.txt")]


def test_glob_patterns_expand_and_a_pattern_without_match_is_an_error(
    cli: Cli, tmp_path: Path
) -> None:
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "2024" / "one.txt").write_text(SEED.read_text())
    (tmp_path / "news" / "two.txt").write_text((SAMPLES / "no_title.txt").read_text())
    pattern = str(tmp_path / "news" / "**" / "*.txt")
    nothing = str(tmp_path / "none" / "*.txt")

    result = cli("summarize", pattern, nothing, "-f", "jsonl", *BRIEF)

    rows = jsonl(result.stdout)
    assert [Path(str(row["source"])).name for row in rows[:2]] == ["one.txt", "two.txt"]
    assert rows[2] == {"source": nothing, "error": f"no file matches {nothing}"}
    assert result.code == ExitCode.SOME_FAILED


def test_json_format_with_several_inputs_is_one_array(cli: Cli, tmp_path: Path) -> None:
    result = cli("summarize", SEED, tmp_path / "missing.txt", "-f", "json", *BRIEF)
    array = json.loads(result.stdout)
    assert [("error" in item) for item in array] == [False, True]
    assert array[0]["source"] == str(SEED)


def test_output_file_is_written_whole_and_never_an_input(cli: Cli, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    target = work / "summaries.jsonl"
    result = cli("summarize", SEED, SAMPLES / "no_title.txt", "-f", "jsonl", "-o", target)
    assert result.code == 0 and result.stdout == ""
    assert len(jsonl(target.read_bytes())) == 2
    assert [p.name for p in work.iterdir()] == ["summaries.jsonl"]  # no temporary left

    copy = tmp_path / "article.txt"
    copy.write_text(SEED.read_text())
    refused = cli("summarize", copy, "-o", copy)
    assert refused.code == ExitCode.USAGE
    assert copy.read_text() == SEED.read_text()
    assert "is also an input" in refused.stderr


def test_output_dir_holds_one_summary_per_input_and_a_manifest(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    result = cli(
        "summarize", SEED, SAMPLES / "no_title.txt", missing, "--output-dir", out, "-f", "json"
    )
    assert result.code == ExitCode.SOME_FAILED
    manifest = jsonl((out / "manifest.jsonl").read_bytes())
    assert manifest == [
        {"source": str(SEED), "output": f"{SEED.stem}.json"},
        {"source": str(SAMPLES / "no_title.txt"), "output": "no_title.json"},
        {"source": str(missing), "error": f"no such file: {missing}"},
    ]
    assert json.loads((out / f"{SEED.stem}.json").read_text())["source"] == str(SEED)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["manifest.jsonl", f"{SEED.stem}.json", "no_title.json"]
    )


def test_output_dir_never_overwrites_an_input(cli: Cli, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SEED.read_text())
    other = tmp_path / "other.md"
    other.write_text((SAMPLES / "no_title.txt").read_text())
    result = cli("summarize", article, other, "--output-dir", tmp_path, "-f", "text")
    assert article.read_text() == SEED.read_text()
    manifest = jsonl((tmp_path / "manifest.jsonl").read_bytes())
    # The summary takes the next free name (issue 16): the input's file name plus the extension.
    assert manifest[0] == {"source": str(article), "output": "article.txt.txt"}
    assert manifest[1] == {"source": str(other), "output": "other.txt"}
    assert result.code == ExitCode.OK


def test_quiet_keeps_errors_only(cli: Cli, tmp_path: Path) -> None:
    result = cli("summarize", SEED, tmp_path / "missing.txt", "--quiet", *BRIEF)
    lines = result.stderr.splitlines()
    assert lines[0].startswith("portai: error: no such file")


def test_ctrl_c_stops_the_workers_and_leaves_no_partial_file(
    offline_env: dict[str, str], tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    feed = write_jsonl(work / "feed.jsonl", records(60) * 20)
    target = work / "out.jsonl"
    target.write_text("the previous run's results\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "portai", "summarize", "--input-format", "jsonl", "-f", "jsonl",
         "--workers", "2", "-o", str(target), str(feed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=offline_env,
        cwd=ROOT,
        start_new_session=True,  # Ctrl-C reaches the whole group, as from a terminal
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(work.glob(".out.jsonl.*.part")):  # wait until it is writing
        assert time.monotonic() < deadline, "the run never started writing"
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    time.sleep(0.5)  # well into the run (a wait, not a timing assertion)
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)

    assert process.returncode == ExitCode.INTERRUPTED
    assert err.decode().splitlines() == ["portai: interrupted"]
    assert out == b""
    assert target.read_text() == "the previous run's results\n"  # untouched
    assert sorted(p.name for p in work.iterdir()) == ["feed.jsonl", "out.jsonl"]


def test_report_owns_the_exit_code() -> None:
    good = Outcome(Task("a.txt"), summary=None, error=None)
    report = Report()
    assert report.exit_code == ExitCode.OK
    report.add(Outcome(Task("a.txt"), error="no such file: a.txt", exit_code=3))
    assert report.exit_code == 3  # one input: its own code
    report.add(Outcome(Task("b.txt"), error="input is empty", exit_code=4))
    assert report.exit_code == ExitCode.SOME_FAILED
    assert (report.done, report.failed) == (0, 2)
    assert not good.ok


def test_tasks_stream_lazily(tmp_path: Path) -> None:
    """A huge feed is read a record at a time, not loaded whole."""
    feed = write_jsonl(tmp_path / "feed.jsonl", records(3))
    tasks = iter_tasks([str(feed)], "jsonl")
    first = next(tasks)
    assert first.id == records(1)[0]["id"]
    assert first.source == f"{feed}:1"


def test_partition_function_gives_records_with_ids_and_errors() -> None:
    rows = [*records(2), {"id": "x"}]
    out = summarize_partition(rows, method="textrank", sentences=2, points=0)
    assert [r["id"] for r in out] == [rows[0]["id"], rows[1]["id"], "x"]
    assert len(out[0]["summary"]) == 2 and out[0]["method"] == "textrank"
    assert out[2] == {"id": "x", "error": 'a record needs a "text" (or "html") string'}
    assert {r.get("source") for r in out[:2]} == {"record"}


def test_partition_function_takes_any_record_and_checks_options_first() -> None:
    out = summarize_partition([None, "text", {"text": "  "}])
    assert out == [
        {"source": "record", "error": "a record must be a JSON object"},
        {"source": "record", "error": "a record must be a JSON object"},
        {"source": "record", "error": "input is empty"},
    ]
    with pytest.raises(UsageError):
        summarize_partition(records(1), method="nope")


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_workers_must_be_positive(cli: Cli, workers: str) -> None:
    result = cli("summarize", SEED, "--workers", workers)
    assert result.code == ExitCode.USAGE


def test_jsonl_records_follow_the_schema(cli: Cli, tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads((ROOT / "docs" / "summary.schema.json").read_text())
    feed = write_jsonl(tmp_path / "feed.jsonl", records(3))
    result = cli("summarize", "--input-format", "jsonl", "-f", "jsonl", feed)
    for row in jsonl(result.stdout):
        jsonschema.validate(row, schema)
        assert next(iter(row)) == "id"


def test_progress_bar_on_a_terminal_stderr_only(offline_env: dict[str, str]) -> None:
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "portai", "summarize", str(SEED), str(SAMPLES / "no_title.txt"),
         "-f", "jsonl", *BRIEF],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={**offline_env, "COLUMNS": "80"},
        cwd=ROOT,
    )  # fmt: skip
    os.close(terminal)
    shown = read_terminal(controller)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Summarizing" in shown  # the bar, on the terminal
    assert [row["source"] for row in jsonl(out)] == [str(SEED), str(SAMPLES / "no_title.txt")]
    assert b"Summarizing" not in out


def test_progress_bar_when_a_person_watches_stderr(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm")  # a terminal that can redraw a line
    inputs = [SEED, tmp_path / "missing.txt", SAMPLES / "no_title.txt"]
    args = ["summarize", *inputs, "-f", "jsonl", "--workers", "1", *BRIEF]
    watched = cli(*args, stderr_isatty=True, width=200)  # the error line fits unwrapped
    assert watched.code == ExitCode.SOME_FAILED
    assert "Summarizing" in watched.stderr and "3/3" in watched.stderr  # the bar
    assert f"portai: error: no such file: {inputs[1]}\n" in watched.stderr  # above the bar
    assert watched.stderr.endswith("portai: 1 of 3 inputs failed\n")
    assert "Summarizing" not in watched.stdout
    assert len(jsonl(watched.stdout)) == 3
    for quiet in (
        cli(*args, "--quiet", stderr_isatty=True),  # asked for
        cli(*args, stdout_isatty=True, stderr_isatty=True),  # the results are on the terminal
        cli(*args),  # nobody watches
    ):
        assert quiet.stderr.splitlines() == [
            f"portai: error: no such file: {inputs[1]}",
            "portai: 1 of 3 inputs failed",
        ]


def test_one_input_with_output_file(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "summary.jsonl"
    result = cli("summarize", SEED, "-f", "jsonl", "-o", target)
    assert result.code == 0 and result.stdout == "" and result.stderr == ""
    [row] = jsonl(target.read_bytes())
    assert row["source"] == str(SEED)


def test_output_and_output_dir_together_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("summarize", SEED, "-o", tmp_path / "a", "--output-dir", tmp_path / "b")
    assert result.code == ExitCode.USAGE
    assert "not both" in result.stderr
    assert result.stderr == "portai: error: give --output or --output-dir, not both\n"


def test_a_bug_on_one_input_is_that_input_s_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import portai.summarizer

    real = portai.summarizer._summarize

    def fails_on_the_note(article: Article, *args: object, **kwargs: object) -> object:
        if any("Elm Street" in sentence for sentence in article.body_sentences):
            raise ZeroDivisionError("division by zero")
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(portai.summarizer, "_summarize", fails_on_the_note)
    tasks = [Task(str(SEED)), Task(str(SAMPLES / "short_note.txt")), Task(str(SEED))]
    outcomes = list(run_tasks(tasks, SummaryConfig()))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error == (
        "internal error: ZeroDivisionError: division by zero (please report this)"
    )
    assert outcomes[1].exit_code == ExitCode.INTERNAL_ERROR
