"""Time and peak memory of every method on inputs at and near PortAI's limits (issue 16).

Each case runs ``portai summarize FILE --method M`` in a child process and reports wall time,
peak RSS (the child's ``ru_maxrss``) and the exit code. Inputs are made on the fly:

- ``cat-sat-10k``: "The cat sat on the mat today. " x 10,000 (was 25 s and 5.5 GB);
- ``same-50k``: one sentence repeated to ``MAX_SENTENCES``: every pair shares every word;
- ``same-lexrank-cap``: the same, up to ``rankers.LEXRANK_MAX_SENTENCES`` (LexRank's cap);
- ``news-max``: news text (../shared/eval/cnndm-dev.jsonl, repeated) up to ``MAX_TEXT_CHARS``;
- ``long-sentences``: sentences just under ``MAX_SENTENCE_CHARS``, up to ``MAX_TEXT_CHARS``;
- ``punkt-guard``: "Mr. Dr. U.S. e.g. i.e. " x 40,000 (NLTK's 5-second regex guard fired).

    python benchmarks/limits.py [--methods auto,lexrank] [--cases cat-sat-10k,news-max]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from portai.document import MAX_SENTENCE_CHARS, MAX_SENTENCES, MAX_TEXT_CHARS
from portai.methods import METHODS
from portai.methods.rankers import LEXRANK_MAX_SENTENCES

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "cnndm-dev.jsonl"


def _news(limit: int) -> str:
    articles = [json.loads(line)["text"] for line in EVAL.open(encoding="utf-8")]
    parts: list[str] = ["A long collection of news"]
    size = 0
    while size < limit:
        for text in articles:
            if size + len(text) + 2 > limit:
                return "\n\n".join(parts)
            parts.append(text)
            size += len(text) + 2
    return "\n\n".join(parts)


def _cases() -> dict[str, str]:
    sentence = "The cat sat on the mat today. "
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = " ".join(
        letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26] + "o"
        for i in range(MAX_SENTENCE_CHARS // 4)
    )
    long_sentence = words[: MAX_SENTENCE_CHARS - 10].rsplit(" ", 1)[0] + ".\n\n"
    return {
        "cat-sat-10k": sentence * 10_000 + "\n",
        "same-50k": sentence * (MAX_SENTENCES - 10) + "\n",
        "same-lexrank-cap": sentence * (LEXRANK_MAX_SENTENCES - 10) + "\n",
        "news-max": _news(MAX_TEXT_CHARS - 1_000),
        "long-sentences": "Long sentences\n\n"
        + "".join(
            f"Part {letters[n % 26]}{letters[n // 26 % 26]} {long_sentence}"
            for n in range(MAX_TEXT_CHARS // (len(long_sentence) + 8) - 1)
        ),
        "punkt-guard": "Mr. Dr. U.S. e.g. i.e. " * 40_000 + "\n",
    }


def _run(path: Path, method: str) -> tuple[float, float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "portai",
            "summarize",
            str(path),
            "-m",
            method,
            "-f",
            "json",
            "-l",
            "en",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os_wait(process)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, status


def os_wait(process: subprocess.Popen[bytes]) -> tuple[int, int, resource.struct_rusage]:
    import os

    assert process.stderr is not None
    process.stderr.read()
    pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return pid, process.returncode, usage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--cases", default=",".join(_cases()))
    args = parser.parse_args()
    cases = _cases()
    print("| case | chars | method | seconds | peak MB | exit |")
    print("|---|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as directory:
        for name in args.cases.split(","):
            path = Path(directory) / f"{name}.txt"
            path.write_text(cases[name], encoding="utf-8")
            for method in args.methods.split(","):
                seconds, peak, status = _run(path, method)
                print(
                    f"| {name} | {len(cases[name]):,} | {method} | {seconds:.1f} | {peak:.0f}"
                    f" | {status} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
