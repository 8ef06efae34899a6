"""User and environment failures get their own code and one clean line; library arguments are
checked at the boundary; nothing from an article, a file name or an id can drive the terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from portai import summarize
from portai.errors import ExitCode, UsageError
from portai.run import Environment
from portai.terminal import one_line, printable

from .conftest import ROOT, SAMPLES, Cli

NOTE = SAMPLES / "short_note.txt"
STORY = (
    "Market report\n\nThe market rose today after a long week of losses. Traders said they were "
    "glad to see prices climb again. The index closed at a record high on Friday. Analysts "
    "expect the gains to hold through the next quarter.\n"
)
OSC_TITLE = "\x1b]0;PWNED\x07"  # sets the terminal's window title
HOSTILE = STORY.replace("The market", f"The {OSC_TITLE}market\x1b[2J\x9b31m", 1)
FULL = "cannot write to stdout: No space left on device"
CONTROLS = ("\x1b", "\x07", "\x9b", "\x9d", "\x00")


# -- the terminal module ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text, 2024مرحبا\n\tindented", "plain text, 2024مرحبا\n\tindented"),
        (f"The {OSC_TITLE}market", "The market"),
        ("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 hyperlink, ST-ended
        ("\x1b[1;31mred\x1b[0m \x1b[2J\x1b[H", "red "),  # CSI: colours, clear, cursor
        ("\x9b31mC1\x9d0;t\x9c", "C1"),  # 8-bit CSI and OSC
        ("bell\x07 nul\x00 del\x7f bs\x08", "bell nul del bs"),
        ("windows\r\nline\rover", "windows\nlineover"),
        ("\x1bc reset", " reset"),
    ],
)
def test_printable_drops_escape_sequences_and_controls(text: str, expected: str) -> None:
    assert printable(text) == expected


def test_one_line_keeps_an_error_on_one_line() -> None:
    forged = "feed\nportai: error: forged\r\x1b[31m"
    assert one_line(forged) == "feed portai: error: forged "
    assert one_line("a\u2028b\x85c\x0bd") == "a b c d"
    assert one_line("nothing to do") == "nothing to do"


# -- article text -------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_escape_sequences_in_the_article_never_reach_the_output(
    cli: Cli, output_format: str
) -> None:
    result = cli("summarize", "-f", output_format, "-n", "2", input=HOSTILE)
    assert result.code == 0, result.stderr
    assert "The market rose today" in result.stdout
    assert not any(control in result.stdout for control in CONTROLS)


def test_styled_output_keeps_its_own_styles_and_drops_the_articles(cli: Cli) -> None:
    result = cli("summarize", "--color", "-n", "2", input=HOSTILE)
    assert result.code == 0, result.stderr
    assert "\x1b[1m" in result.stdout  # PortAI's bold title
    assert "PWNED" not in result.stdout and "\x07" not in result.stdout
    assert "\x9b" not in result.stdout and "\x1b[2J" not in result.stdout


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
def test_json_escapes_every_control_and_keeps_the_data(cli: Cli, output_format: str) -> None:
    result = cli("summarize", "-f", output_format, "-n", "2", input=HOSTILE)
    assert result.code == 0, result.stderr
    assert not any(control in result.stdout for control in CONTROLS)
    record = json.loads(result.stdout)
    assert OSC_TITLE in record["summary"][0]["text"]  # the data, written as \u escapes


# -- error and warning lines --------------------------------------------------------------------


def test_a_file_name_with_a_newline_gives_one_error_line(cli: Cli, tmp_path: Path) -> None:
    name = tmp_path / f"no such\nportai: error: forged {OSC_TITLE}.txt"
    result = cli("summarize", name)
    assert result.code == ExitCode.INPUT_NOT_READABLE
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("portai: error: no such file: ")
    assert "\x1b" not in result.stderr


def test_an_id_cannot_forge_error_lines(cli: Cli) -> None:
    records = [
        {"id": "good", "text": STORY},
        {"id": "bad\nportai: error: everything is fine\x1b[2K", "txt": "no text field"},
    ]
    feed = "".join(json.dumps(record) + "\n" for record in records)
    result = cli("summarize", "--input-format", "jsonl", "-f", "jsonl", "-j1", input=feed)
    assert result.code == ExitCode.SOME_FAILED
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("portai: error: bad portai: error: everything is fine")
    assert lines[1] == "portai: 1 of 2 inputs failed"
    assert "\x1b" not in result.stderr


def test_mixed_case_words_in_czech_raise_no_python_warning(cli: Cli) -> None:
    # sumy's Czech stemmer warns ("skipping word with mixed case") on words like this one.
    czech = (
        "Trh dnes vzrostl po dlouhém týdnu ztrát 2024مرحبا. Obchodníci byli rádi, že ceny opět "
        "rostou. Index se v pátek uzavřel na rekordní hodnotě. Analytici čekají, že zisky vydrží."
    )
    result = cli("summarize", "--language", "cs", input=czech)
    assert result.code == 0
    assert result.stderr == ""


# -- the user's mistakes: exit 2 ----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["rot13", "base64", "uu", "punycode", "zlib"])
def test_a_codec_that_is_not_a_text_encoding_is_a_usage_error(cli: Cli, encoding: str) -> None:
    result = cli("summarize", NOTE, "--encoding", encoding)
    assert result.code == ExitCode.USAGE
    assert result.stderr == (
        f"portai: error: encoding {encoding} is a codec for "
        f"{'domain names' if encoding == 'punycode' else 'data'}, not a text encoding; "
        "give one such as utf-8, cp1252 or latin-1\n"
    )


@pytest.mark.parametrize("option", ["--sentences", "--words", "--points", "--keywords"])
def test_a_count_beyond_any_text_is_a_usage_error(cli: Cli, option: str) -> None:
    result = cli("summarize", NOTE, option, "1" + "0" * 400)
    assert result.code == ExitCode.USAGE
    assert result.stderr == f"portai: error: {option} must be at most 1,000,000,000\n"


def test_output_to_a_directory_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("summarize", NOTE, "-o", tmp_path)
    assert result.code == ExitCode.USAGE
    assert len(result.stderr.splitlines()) == 1
    assert "internal error" not in result.stderr


def test_output_dash_is_stdout(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("summarize", NOTE, "-o", "-", "-f", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == str(NOTE)
    assert list(tmp_path.iterdir()) == []


# -- the environment's: closed streams, a full disk ---------------------------------------------


def test_a_full_disk_on_stdout_is_an_output_error() -> None:
    from portai.cli import main

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    stderr = io.StringIO()
    with Path("/dev/full").open("w") as full, pytest.raises(SystemExit) as exit_info:
        main(["summarize", str(NOTE)], env=Environment(io.BytesIO(), full, stderr))
    assert exit_info.value.code == ExitCode.OUTPUT_FAILED
    assert stderr.getvalue() == f"portai: error: {FULL}\n"


def _closing(descriptor: int) -> Callable[[], None]:
    return lambda: os.close(descriptor)


STDIN_CLOSED = b"portai: error: cannot read stdin: it is closed\n"
STDOUT_CLOSED = b"portai: error: cannot write to stdout: it is closed\n"


@pytest.mark.parametrize(
    ("args", "closed", "code", "stderr"),
    [
        ([NOTE], 1, ExitCode.OUTPUT_FAILED, STDOUT_CLOSED),
        ([], 0, ExitCode.INPUT_NOT_READABLE, STDIN_CLOSED),
        # A feed is a batch: its error lines name the input ("-" for stdin).
        (
            ["--input-format", "jsonl"],
            0,
            ExitCode.INPUT_NOT_READABLE,
            b"portai: error: -: cannot read stdin: it is closed\n",
        ),
        ([SAMPLES / "no_such_file.txt"], 2, ExitCode.INPUT_NOT_READABLE, b""),
    ],
    ids=["stdout", "stdin", "stdin-jsonl", "stderr"],
)  # fmt: skip
def test_a_closed_standard_stream(
    offline_env: dict[str, str], args: list[Any], closed: int, code: int, stderr: bytes
) -> None:
    # `portai summarize … >&-`, `<&-`, `2>&-`: Python starts with that stream set to None.
    result = subprocess.run(
        [sys.executable, "-m", "portai", "summarize", *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=offline_env,
        cwd=ROOT,
        preexec_fn=_closing(closed),
        timeout=120,
        check=False,
    )
    assert result.returncode == code
    assert result.stderr == stderr


def test_a_full_disk_on_stdout_in_a_real_process(offline_env: dict[str, str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with Path("/dev/full").open("wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "portai", "summarize", str(NOTE)],
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            env=offline_env,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    assert result.returncode == ExitCode.OUTPUT_FAILED
    # One line, and no "Exception ignored" when Python flushes stdout at exit.
    assert result.stderr == f"portai: error: {FULL}\n".encode()


# -- the library: arguments checked at the boundary ---------------------------------------------


def test_bytes_are_summarized_like_text() -> None:
    data = STORY.encode("utf-8")
    assert summarize(data).text == summarize(STORY).text
    assert summarize(bytearray(data)).text == summarize(STORY).text


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        ({"text": None}, "text"),
        ({"text": 5}, "text"),
        ({"text": ["a list"]}, "text"),
        ({"method": 5}, "method"),
        ({"points": "3"}, "points"),
        ({"points": 2.5}, "points"),
        ({"points": True}, "points"),
        ({"keywords": False}, "keywords"),
        ({"config": "lexrank"}, "config"),
        ({"sentences": True}, "sentences"),
        ({"sentences": "3"}, "sentences"),
        ({"sentences": float("nan")}, "sentences"),
        ({"sentences": 10**400}, "sentences"),
        ({"ratio": "0.5"}, "ratio"),
        ({"ratio": 10**400}, "ratio"),
        ({"words": True}, "words"),
        ({"language": 7}, "language"),
        ({"engine": 3}, "engine"),
        ({"title": 3}, "title"),
        ({"format": None}, "format"),
    ],
)
def test_a_bad_argument_is_a_usage_error_that_names_it(
    arguments: dict[str, Any], parameter: str
) -> None:
    arguments = {"text": STORY, **arguments}
    with pytest.raises(UsageError) as error:
        summarize(**arguments)
    assert str(error.value).startswith(f"{parameter} must be"), error.value
    assert error.value.parameters == (parameter,)


def test_whole_floats_still_count_as_sentences() -> None:
    assert len(summarize(STORY, sentences=2.0).sentences) == 2  # type: ignore[arg-type]


def test_the_new_exit_codes() -> None:
    assert (ExitCode.OUTPUT_FAILED, ExitCode.HANGUP, ExitCode.TERMINATED) == (7, 129, 143)
