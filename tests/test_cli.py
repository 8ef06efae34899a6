"""The real CLI in a subprocess: inputs, formats, colour, exit codes, and the offline promise."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from portai import ExitCode, __version__

from .conftest import ROOT, SAMPLE_FILES, SEED, RunCli, read_terminal

ANSI = re.compile(rb"\x1b\[")
SCHEMA = json.loads((ROOT / "docs" / "summary.schema.json").read_text())


def test_summarizes_a_file_offline(run_cli: RunCli, offline_env: dict[str, str]) -> None:
    # offline_env points NLTK_DATA at an empty directory and HOME at a fresh one.
    assert not list(Path(offline_env["NLTK_DATA"]).iterdir())
    result = run_cli("summarize", SEED)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = result.stdout.decode()
    assert out.startswith('Taobao and Tencent join forces to "break down walls"\n')
    assert "\nSummary\n" in out and "\nKey points\n- " in out
    assert "Author: Liu Baodan · Editor: Zhou Zhiyu · 2024.09.04 15:36" in out


def test_console_script_is_installed(offline_env: dict[str, str]) -> None:
    script = Path(sys.executable).parent / "portai"
    result = subprocess.run(
        [script, "summarize", SEED], capture_output=True, env=offline_env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert b"Summary" in result.stdout


@pytest.mark.parametrize("args", [("summarize",), ("summarize", "-")])
def test_reads_stdin(run_cli: RunCli, args: tuple[str, ...]) -> None:
    from_stdin = run_cli(*args, input=SEED.read_bytes())
    from_file = run_cli("summarize", SEED)
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout


def test_version(run_cli: RunCli) -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode() == f"portai {__version__}\n"


def test_help_shows_examples(run_cli: RunCli) -> None:
    result = run_cli("summarize", "--help")
    assert result.returncode == 0
    help_text = result.stdout.decode()
    assert "Examples:" in help_text and "cat article.txt | portai summarize" in help_text
    for method in ("lead", "lexrank", "edmundson", "reduction"):
        assert method in help_text


def test_no_arguments_shows_help(run_cli: RunCli) -> None:
    result = run_cli()
    assert result.returncode == 0
    assert b"summarize" in result.stdout


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_json_matches_the_documented_schema(run_cli: RunCli, sample: Path) -> None:
    result = run_cli("summarize", sample, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["source"] == str(sample)
    assert data["stats"]["summary_sentences"] == len(data["summary"])


def test_json_content_for_the_seed(run_cli: RunCli) -> None:
    result = run_cli("summarize", SEED, "-f", "json", "-m", "textrank", "-n", "3", "-p", "2")
    data = json.loads(result.stdout)
    assert data["title"] == 'Taobao and Tencent join forces to "break down walls"'
    assert data["method"] == "textrank" and data["language"] == "english"
    assert len(data["summary"]) == 3 and len(data["key_points"]) == 2
    assert data["headings"] == ["Hand in Hand", "Turning Point"]
    assert data["keywords"][0] == {"text": "Taobao", "score": 1.0}


def test_markdown(run_cli: RunCli) -> None:
    result = run_cli("summarize", SEED, "--format", "markdown")
    out = result.stdout.decode()
    assert out.startswith('# Taobao and Tencent join forces to "break down walls"\n\n')
    assert "\n## Summary\n\n" in out and "\n## Key points\n\n- " in out
    assert "\n**Keywords:** Taobao, WeChat Pay, Tencent, Alibaba" in out


def test_points_zero_hides_key_points(run_cli: RunCli) -> None:
    assert b"Key points" not in run_cli("summarize", SEED, "--points", "0").stdout


def test_keywords_line_and_option(run_cli: RunCli) -> None:
    assert b"\nKeywords: Taobao, WeChat Pay," in run_cli("summarize", SEED).stdout
    assert b"Keywords" not in run_cli("summarize", SEED, "--keywords", "0").stdout
    data = json.loads(run_cli("summarize", SEED, "-f", "json", "-k", "7", "-p", "5").stdout)
    assert len(data["keywords"]) == 7 and len(data["key_points"]) == 5


def test_negative_keywords_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("summarize", SEED, "--keywords", "-1")
    assert result.returncode == 2 and not result.stdout


def test_piped_output_has_no_ansi(run_cli: RunCli) -> None:
    assert not ANSI.search(run_cli("summarize", SEED).stdout)


def test_color_can_be_forced_and_no_color_wins(run_cli: RunCli) -> None:
    assert ANSI.search(run_cli("summarize", SEED, "--color").stdout)
    assert not ANSI.search(run_cli("summarize", SEED, "--no-color").stdout)


def _run_on_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    """Run the CLI with stdout (and stdin) on a pseudo-terminal, as in an interactive shell."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "portai", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        cwd=ROOT,
    )
    os.close(terminal)
    output = read_terminal(controller)
    return process.wait(timeout=60), output


def test_terminal_gets_styled_output(offline_env: dict[str, str]) -> None:
    code, output = _run_on_terminal(["summarize", str(SEED)], offline_env)
    assert code == 0
    assert ANSI.search(output)
    assert b"Key points" in output
    assert re.search(rb"Keywords.*Taobao.*WeChat Pay", output)


def test_no_color_on_a_terminal(offline_env: dict[str, str]) -> None:
    code, output = _run_on_terminal(["summarize", str(SEED)], {**offline_env, "NO_COLOR": "1"})
    assert code == 0
    assert not ANSI.search(output)
    assert b"Summary" in output


def test_no_input_on_a_terminal_gives_a_usage_hint(offline_env: dict[str, str]) -> None:
    code, output = _run_on_terminal(["summarize"], offline_env)
    assert code == ExitCode.USAGE
    lines = output.decode().strip().splitlines()
    assert len(lines) == 1
    assert "no input" in lines[0] and "portai summarize article.txt" in lines[0]


def _binary_file(tmp_path: Path) -> Path:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return path


@pytest.mark.parametrize(
    ("make_args", "stdin", "code", "message"),
    [
        (
            lambda t: ["summarize", t / "missing.txt"],
            None,
            ExitCode.INPUT_NOT_READABLE,
            "no such file",
        ),
        (
            lambda t: ["summarize", t],  # an empty directory: no text file to summarize
            None,
            ExitCode.INPUT_NOT_READABLE,
            "no text files in directory",
        ),
        (lambda t: ["summarize", "-"], b"", ExitCode.INPUT_NOT_USABLE, "input is empty"),
        (lambda t: ["summarize"], b"  \n\n\t \n", ExitCode.INPUT_NOT_USABLE, "input is empty"),
        (lambda t: ["summarize"], b"---- 1234 ----\n", ExitCode.INPUT_NOT_USABLE, "no sentences"),
        (lambda t: ["summarize", sys.executable], None, ExitCode.INPUT_NOT_USABLE, "not text"),
        (lambda t: ["summarize", _binary_file(t)], None, ExitCode.INPUT_NOT_USABLE, "PNG image"),
        (
            lambda t: ["summarize", "--encoding", "utf-8", "-"],
            "Olá".encode("latin-1"),
            ExitCode.INPUT_NOT_USABLE,
            "not valid utf-8",
        ),
        (
            lambda t: ["summarize", SEED, "--method", "magic"],
            None,
            ExitCode.USAGE,
            "unknown method",
        ),
        (lambda t: ["summarize", SEED, "--sentences", "0"], None, ExitCode.USAGE, "--sentences"),
        (lambda t: ["summarize", SEED, "--ratio", "1.5"], None, ExitCode.USAGE, "--ratio"),
        (
            lambda t: ["summarize", SEED, "-n", "3", "--words", "50"],
            None,
            ExitCode.USAGE,
            "cannot be used together",
        ),
        (lambda t: ["summarize", SEED, "--format", "xml"], None, ExitCode.USAGE, "--format"),
        (
            lambda t: ["summarize", SEED, "--language", "klingon"],
            None,
            ExitCode.USAGE,
            "unsupported language",
        ),
        (lambda t: ["summarize", SEED, "--bogus"], None, ExitCode.USAGE, "No such option"),
    ],
    ids=[
        "missing",
        "directory",
        "empty",
        "whitespace",
        "no-sentence",
        "executable",
        "image",
        "wrong-encoding",
        "unknown-method",
        "sentences-0",
        "ratio-1.5",
        "two-lengths",
        "unknown-format",
        "unknown-language",
        "unknown-option",
    ],
)
def test_bad_input_gets_one_line_and_an_exit_code(
    run_cli: RunCli,
    tmp_path: Path,
    make_args: object,
    stdin: bytes | None,
    code: int,
    message: str,
) -> None:
    result = run_cli(*make_args(tmp_path), input=stdin)  # type: ignore[operator]
    assert result.returncode == code
    assert result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("portai: error: ")
    assert message in lines[0]


def test_ctrl_c_exits_130_without_traceback(offline_env: dict[str, str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "portai", "summarize"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=offline_env,
        cwd=ROOT,
    )
    time.sleep(3)  # let it start and block reading stdin (a wait, not a timing assertion)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED
    assert out == b""
    assert err.decode().splitlines() == ["portai: interrupted"]


@pytest.mark.parametrize(
    "data",
    [
        SEED.read_bytes().replace(b"\n", b"\r\n"),
        SEED.read_text().encode("utf-16"),
        b"\xef\xbb\xbf" + SEED.read_bytes(),
    ],
    ids=["crlf", "utf-16", "utf-8-bom"],
)
def test_encodings_and_line_endings_give_the_same_summary(run_cli: RunCli, data: bytes) -> None:
    assert run_cli("summarize", input=data).stdout == run_cli("summarize", SEED).stdout


def test_python_dash_m_in_a_fresh_home_needs_no_nltk_data(
    run_cli: RunCli, offline_env: dict[str, str]
) -> None:
    result = run_cli("summarize", SEED, "--method", "lsa", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert not list(Path(offline_env["HOME"]).iterdir()), "nothing written to HOME"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see test_reading for the path")
def test_unreadable_file(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("A secret sentence.")
    path.chmod(0)
    result = run_cli("summarize", path)
    assert result.returncode == ExitCode.INPUT_NOT_READABLE
    assert result.stderr.decode() == f"portai: error: permission denied: {path}\n"
