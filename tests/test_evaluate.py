"""`portai evaluate`: ROUGE of each method against human summaries, through the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from portai.errors import ExitCode, UsageError
from portai.evaluation import rouge_scorer

from .conftest import SAMPLES, Cli

pytest.importorskip("rouge_score")

STORY = (
    "The city council approved a new budget for the water utility on Monday. "
    "The plan raises rates by four percent to pay for pipe repairs. "
    "Council members argued for hours before the vote. "
    "Residents will see the change on their bills in March. "
    "The utility says most of its pipes are older than sixty years."
)
LEAD_TWO = (
    "The city council approved a new budget for the water utility on Monday.\n"
    "The plan raises rates by four percent to pay for pipe repairs."
)


def write_set(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_lead_scores_100_when_the_reference_is_the_lead(cli: Cli, tmp_path: Path) -> None:
    data = write_set(
        tmp_path / "set.jsonl",
        [
            {"id": "a", "source": "north", "text": STORY, "summary": LEAD_TWO},
            {"id": "b", "source": "south", "text": STORY, "summary": LEAD_TWO},
        ],
    )
    result = cli("evaluate", data, "-n", "2", "-m", "lead", "-m", "lexrank", "-f", "json")
    assert result.code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["method"], r["part"]) for r in rows] == [
        ("lead", None), ("lead", "north"), ("lead", "south"),
        ("lexrank", None), ("lexrank", "north"), ("lexrank", "south"),
    ]  # fmt: skip
    lead = rows[0]
    assert (lead["rouge1"], lead["rouge2"], lead["rougeLsum"]) == (100.0, 100.0, 100.0)
    assert all(r["errors"] == 0 and r["articles"] in (1, 2) for r in rows)
    assert 0 < rows[3]["rouge1"] <= 100


def test_every_method_on_the_samples_without_errors(cli: Cli, tmp_path: Path) -> None:
    rows = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "summary": "A summary.\nOf two."}
        for p in sorted(SAMPLES.iterdir())
    ]
    result = cli("evaluate", write_set(tmp_path / "set.jsonl", rows), "-n", "3")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["method", "part", "n", "errors"]
    assert len(lines) == 1 + 10  # every method, auto included, one line each
    assert lines[1].split()[0] == "auto"
    assert all(line.split()[3] == "0" for line in lines[1:])


def test_engine_is_accepted(cli: Cli, tmp_path: Path) -> None:
    data = write_set(tmp_path / "set.jsonl", [{"text": STORY, "summary": LEAD_TWO}])
    result = cli("evaluate", data, "-n", "2", "-m", "lead", "--engine", "sumy", "-f", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)[0]["rouge1"] == 100.0
    bad = cli("evaluate", data, "--engine", "magic")
    assert bad.code == ExitCode.USAGE and bad.stdout == ""
    [line] = bad.stderr.splitlines()
    assert line.startswith("portai: error: ") and "--engine" in line


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (None, ExitCode.INPUT_NOT_READABLE, "no such file"),
        ('{"id": 1, "text": "Only text."}\n', ExitCode.INPUT_NOT_USABLE, '"text" and "summary"'),
        ("not json\n", ExitCode.INPUT_NOT_USABLE, "not JSON"),
    ],
    ids=["missing", "no-summary", "not-json"],
)
def test_bad_sets_get_one_line_and_an_exit_code(
    cli: Cli, tmp_path: Path, content: str | None, code: int, message: str
) -> None:
    data = tmp_path / "set.jsonl"
    if content is not None:
        data.write_text(content)
    result = cli("evaluate", data)
    assert result.code == code
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("portai: error: ") and message in line


def test_unknown_method_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    data = write_set(tmp_path / "set.jsonl", [{"text": STORY, "summary": LEAD_TWO}])
    result = cli("evaluate", data, "--method", "magic")
    assert result.code == ExitCode.USAGE
    assert "unknown method: magic" in result.stderr


def test_without_rouge_score_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "rouge_score", None)
    monkeypatch.setitem(sys.modules, "rouge_score.rouge_scorer", None)
    with pytest.raises(UsageError, match=r"pip install 'portai\[eval\]'"):
        rouge_scorer()
