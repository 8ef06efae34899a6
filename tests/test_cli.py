"""The CLI: inputs, formats, colour, exit codes, and the offline promise.

Most tests run `portai` in this process with io buffers for its streams (the ``cli`` fixture);
a real process is started only where one is needed: the installed console script, `python -m
portai` offline in a fresh HOME, Ctrl-C, and a reader that goes away.
"""

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
from portai.cli import Engine
from portai.config import ENGINES
from portai.run import Environment

from .conftest import ROOT, SAMPLE_FILES, SAMPLES, SEED, Cli, RunCli

ANSI = re.compile(r"\x1b\[")
SCHEMA = json.loads((ROOT / "docs" / "summary.schema.json").read_text())


# -- a real process: the offline promise, the console script, signals, pipes -------------------


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


@pytest.mark.parametrize("engine", ["fast", "sumy"])
def test_python_dash_m_in_a_fresh_home_needs_no_nltk_data(
    run_cli: RunCli, offline_env: dict[str, str], engine: str
) -> None:
    # sumy's own classes (--engine sumy) import all of NLTK: still nothing to download.
    result = run_cli("summarize", SEED, "--method", "lsa", "--format", "json", "--engine", engine)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert not list(Path(offline_env["HOME"]).iterdir()), "nothing written to HOME"


def test_console_script_is_installed(offline_env: dict[str, str]) -> None:
    script = Path(sys.executable).parent / "portai"
    result = subprocess.run(
        [script, "summarize", SEED], capture_output=True, env=offline_env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert b"Summary" in result.stdout


def _wait_until_reading_stdin(process: subprocess.Popen[bytes], fallback: float = 3.0) -> None:
    """Wait until the process blocks reading its stdin pipe (Linux tells, in /proc), or for
    ``fallback`` seconds where it cannot be told (a wait, not a timing assertion)."""
    wchan = Path(f"/proc/{process.pid}/wchan")
    deadline = time.monotonic() + fallback
    while time.monotonic() < deadline:
        try:
            if "pipe" in wchan.read_text():
                return
        except OSError:
            pass
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)


def test_ctrl_c_exits_130_without_traceback(offline_env: dict[str, str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "portai", "summarize"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=offline_env,
        cwd=ROOT,
    )
    _wait_until_reading_stdin(process)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED
    assert out == b""
    assert err.decode().splitlines() == ["portai: interrupted"]


def test_a_reader_that_goes_away_gets_no_traceback(offline_env: dict[str, str]) -> None:
    # `portai summarize news/ --format jsonl | head -c 10`: the pipe closes under the writer.
    process = subprocess.Popen(
        [sys.executable, "-m", "portai", "summarize", *[str(SAMPLES)] * 4, "-f", "jsonl",
         "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=offline_env,
        cwd=ROOT,
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.read(10)
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    # Typer's own EPIPE handling exits 1; what matters is that it is quiet.
    assert process.returncode in (ExitCode.OK, 1)
    assert err == b""


# -- the terminal: Environment.from_system reads this process's streams ------------------------


def test_environment_from_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    controller, terminal = pty.openpty()
    with os.fdopen(terminal, "w") as tty, monkeypatch.context() as patch:
        patch.setattr(sys, "stdout", tty)
        patch.setenv("NO_COLOR", "1")
        patch.setenv("COLUMNS", "123")
        env = Environment.from_system()
        assert env.stdout is tty and env.stdout_isatty
        patch.setenv("NO_COLOR", "")
        patch.delenv("COLUMNS")
        plain = Environment.from_system()
    os.close(controller)
    assert env.no_color and env.width == 123
    assert not plain.no_color and plain.width > 0


# -- in this process ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("summarize",), ("summarize", "-")])
def test_reads_stdin(cli: Cli, args: tuple[str, ...]) -> None:
    from_stdin = cli(*args, input=SEED.read_bytes())
    from_file = cli("summarize", SEED)
    assert from_stdin.code == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.stdout == f"portai {__version__}\n"


def test_help_shows_examples(cli: Cli) -> None:
    result = cli("summarize", "--help")
    assert result.code == 0
    help_text = result.stdout
    assert "Examples:" in help_text and "cat article.txt | portai summarize" in help_text
    for method in ("lead", "lexrank", "edmundson", "reduction"):
        assert method in help_text
    assert "--engine" in help_text and "fast|sumy" in help_text


def test_no_arguments_shows_help(cli: Cli) -> None:
    result = cli()
    assert result.code == 0
    assert "summarize" in result.stdout


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_json_matches_the_documented_schema(cli: Cli, sample: Path) -> None:
    result = cli("summarize", sample, "--format", "json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["source"] == str(sample)
    assert data["stats"]["summary_sentences"] == len(data["summary"])


def test_json_content_for_the_seed(cli: Cli) -> None:
    result = cli("summarize", SEED, "-f", "json", "-m", "textrank", "-n", "3", "-p", "2")
    data = json.loads(result.stdout)
    assert data["title"] == 'Taobao and Tencent join forces to "break down walls"'
    assert data["method"] == "textrank" and data["language"] == {
        "code": "en",
        "name": "english",
        "detected": True,
    }
    assert len(data["summary"]) == 3 and len(data["key_points"]) == 2
    assert data["headings"] == ["Hand in Hand", "Turning Point"]
    assert data["keywords"][0] == {"text": "Taobao", "score": 1.0}


def test_text_output(cli: Cli) -> None:
    result = cli("summarize", SEED)
    assert result.code == 0 and result.stderr == ""
    assert result.stdout.startswith('Taobao and Tencent join forces to "break down walls"\n')
    assert "\nSummary\n" in result.stdout and "\nKey points\n- " in result.stdout
    assert "Author: Liu Baodan · Editor: Zhou Zhiyu · 2024.09.04 15:36" in result.stdout


def test_markdown(cli: Cli) -> None:
    out = cli("summarize", SEED, "--format", "markdown").stdout
    assert out.startswith('# Taobao and Tencent join forces to "break down walls"\n\n')
    assert "\n## Summary\n\n" in out and "\n## Key points\n\n- " in out
    assert "\n**Keywords:** Taobao, WeChat Pay, Tencent, Alibaba" in out


def test_points_zero_hides_key_points(cli: Cli) -> None:
    assert "Key points" not in cli("summarize", SEED, "--points", "0").stdout


def test_keywords_line_and_option(cli: Cli) -> None:
    assert "\nKeywords: Taobao, WeChat Pay," in cli("summarize", SEED).stdout
    assert "Keywords" not in cli("summarize", SEED, "--keywords", "0").stdout
    data = json.loads(cli("summarize", SEED, "-f", "json", "-k", "7", "-p", "5").stdout)
    assert len(data["keywords"]) == 7 and len(data["key_points"]) == 5


def test_negative_keywords_is_a_usage_error(cli: Cli) -> None:
    result = cli("summarize", SEED, "--keywords", "-1")
    assert result.code == 2 and not result.stdout


@pytest.mark.parametrize("engine", ["fast", "sumy", "SUMY"])
def test_engine_is_accepted(cli: Cli, engine: str) -> None:
    result = cli("summarize", SEED, "--engine", engine, "-f", "json", "-m", "lexrank")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["method"] == "lexrank"


def test_engine_choices_are_the_configs() -> None:
    assert tuple(engine.value for engine in Engine) == ENGINES


def test_the_cli_names_its_flags_where_the_library_names_parameters(cli: Cli) -> None:
    result = cli("summarize", SEED, "--sentences", "2", "--ratio", "0.5")
    assert result.code == ExitCode.USAGE and result.stdout == ""
    assert result.stderr == (
        "portai: error: --sentences and --ratio cannot be used together; choose one length option\n"
    )


def test_piped_output_has_no_ansi(cli: Cli) -> None:
    assert not ANSI.search(cli("summarize", SEED).stdout)


def test_color_can_be_forced_and_no_color_wins(cli: Cli) -> None:
    assert ANSI.search(cli("summarize", SEED, "--color").stdout)
    assert not ANSI.search(cli("summarize", SEED, "--no-color").stdout)
    on_terminal = {"stdout_isatty": True, "no_color": True}
    assert not ANSI.search(cli("summarize", SEED, "--no-color", stdout_isatty=True).stdout)
    assert ANSI.search(cli("summarize", SEED, "--color", **on_terminal).stdout)


def test_terminal_gets_styled_output(cli: Cli) -> None:
    result = cli("summarize", SEED, stdin_isatty=True, stdout_isatty=True, stderr_isatty=True)
    assert result.code == 0
    assert ANSI.search(result.stdout)
    assert "Key points" in result.stdout
    assert re.search(r"Keywords.*Taobao.*WeChat Pay", result.stdout)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert max(len(line) for line in plain.splitlines()) <= 100  # the Environment's width


def test_no_color_on_a_terminal(cli: Cli) -> None:
    result = cli("summarize", SEED, stdout_isatty=True, stderr_isatty=True, no_color=True)
    assert result.code == 0
    assert not ANSI.search(result.stdout + result.stderr)
    assert "Summary" in result.stdout


def test_no_input_on_a_terminal_gives_a_usage_hint(cli: Cli) -> None:
    result = cli("summarize", stdin_isatty=True, stdout_isatty=True, stderr_isatty=True)
    assert result.code == ExitCode.USAGE
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
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
            b"",
            ExitCode.INPUT_NOT_READABLE,
            "no such file",
        ),
        (
            lambda t: ["summarize", t],  # an empty directory: no text file to summarize
            b"",
            ExitCode.INPUT_NOT_READABLE,
            "no text files in directory",
        ),
        (lambda t: ["summarize", "-"], b"", ExitCode.INPUT_NOT_USABLE, "input is empty"),
        (lambda t: ["summarize"], b"  \n\n\t \n", ExitCode.INPUT_NOT_USABLE, "input is empty"),
        (lambda t: ["summarize"], b"---- 1234 ----\n", ExitCode.INPUT_NOT_USABLE, "no sentences"),
        (lambda t: ["summarize", sys.executable], b"", ExitCode.INPUT_NOT_USABLE, "not text"),
        (lambda t: ["summarize", _binary_file(t)], b"", ExitCode.INPUT_NOT_USABLE, "PNG image"),
        (
            lambda t: ["summarize", "--encoding", "utf-8", "-"],
            "Olá".encode("latin-1"),
            ExitCode.INPUT_NOT_USABLE,
            "not valid utf-8",
        ),
        (
            lambda t: ["summarize", SEED, "--method", "magic"],
            b"",
            ExitCode.USAGE,
            "unknown method",
        ),
        (lambda t: ["summarize", SEED, "--sentences", "0"], b"", ExitCode.USAGE, "--sentences"),
        (lambda t: ["summarize", SEED, "--ratio", "1.5"], b"", ExitCode.USAGE, "--ratio"),
        (
            lambda t: ["summarize", SEED, "-n", "3", "--words", "50"],
            b"",
            ExitCode.USAGE,
            "cannot be used together",
        ),
        (lambda t: ["summarize", SEED, "--format", "xml"], b"", ExitCode.USAGE, "--format"),
        (
            lambda t: ["summarize", SEED, "--language", "klingon"],
            b"",
            ExitCode.USAGE,
            "unsupported language",
        ),
        (lambda t: ["summarize", SEED, "--engine", "magic"], b"", ExitCode.USAGE, "--engine"),
        (lambda t: ["summarize", SEED, "--bogus"], b"", ExitCode.USAGE, "No such option"),
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
        "unknown-engine",
        "unknown-option",
    ],
)
def test_bad_input_gets_one_line_and_an_exit_code(
    cli: Cli,
    tmp_path: Path,
    make_args: object,
    stdin: bytes,
    code: int,
    message: str,
) -> None:
    result = cli(*make_args(tmp_path), input=stdin)  # type: ignore[operator]
    assert result.code == code
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("portai: error: ")
    assert message in lines[0]


@pytest.mark.parametrize(
    "data",
    [
        SEED.read_bytes().replace(b"\n", b"\r\n"),
        SEED.read_text().encode("utf-16"),
        b"\xef\xbb\xbf" + SEED.read_bytes(),
    ],
    ids=["crlf", "utf-16", "utf-8-bom"],
)
def test_encodings_and_line_endings_give_the_same_summary(cli: Cli, data: bytes) -> None:
    assert cli("summarize", input=data).stdout == cli("summarize", SEED).stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see test_reading for the path")
def test_unreadable_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("A secret sentence.")
    path.chmod(0)
    result = cli("summarize", path)
    assert result.code == ExitCode.INPUT_NOT_READABLE
    assert result.stderr == f"portai: error: permission denied: {path}\n"
