"""Batch throughput: `portai summarize --workers N` against a plain sumy LexRank loop.

Usage (from the repository root, with PortAI installed)::

    python benchmarks/batch_throughput.py                    # CNN/DailyMail dev set
    python benchmarks/batch_throughput.py --data FILE.jsonl --runs 3

Everything is measured in the same run, one after the other, each as a whole process
(start-up included) reading the same JSONL file of ``{"id", "text"}`` records:

- **sumy**: one Python process that loops over the records with sumy's ``PlaintextParser``,
  ``Tokenizer``, ``Stemmer``, stop words and ``LexRankSummarizer``, 3 sentences each: the
  plain loop a script would write. scipy is hidden from it, as where sumy is installed alone
  (NLTK imports scipy when it is there, which only slows sumy's start).
- **portai**: ``portai summarize --method lexrank --input-format jsonl --format jsonl
  --sentences 3``, with ``--workers 1`` and ``--workers 2`` (LexRank, sumy's job, not the
  default ``auto``; ``--method auto`` costs the same within noise). Once with PortAI's
  default output (key points and keywords), and once with ``--points 0 --keywords 0``, which
  is the job sumy's loop does.

Reported: seconds, articles per second, speed-up over sumy, and peak memory (the largest
resident set of any one process, through a bare launcher; with workers, the parent and each
worker are separate processes, and the figure is the largest of them). Markdown on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "cnndm-dev.jsonl"

SUMY_LOOP = """
import json, sys
sys.modules["scipy"] = None  # as where sumy is installed alone
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
tokenizer = Tokenizer("english")
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        record = json.loads(line)
        document = PlaintextParser.from_string(record["text"], tokenizer).document
        sentences = [str(s) for s in summarizer(document, 3)]
        print(json.dumps({"id": record["id"], "summary": sentences}))
"""

# Runs a command, and reports its wall time and the peak RSS of it and all its descendants'
# largest process (RUSAGE_CHILDREN after it ends), from a process small enough not to count.
LAUNCHER = """
import json, os, resource, sys, time
report, command = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.execvp(command[0], command)
_, status = os.waitpid(pid, 0)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
with open(report, "w") as out:
    json.dump([os.waitstatus_to_exitcode(status), elapsed, peak], out)
"""


def measure(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Best wall seconds over ``runs`` and the peak resident memory (MB) seen."""
    best, peak = float("inf"), 0.0
    with tempfile.TemporaryDirectory() as directory:
        report = Path(directory) / "report.json"
        for _ in range(runs):
            subprocess.run(
                [sys.executable, "-c", LAUNCHER, str(report), *command], env=env, check=True
            )
            code, elapsed, memory = json.loads(report.read_text())
            if code != 0:
                raise SystemExit(f"{' '.join(command[:4])} … exited with {code}")
            best, peak = min(best, elapsed), max(peak, memory)
    return best, peak


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL records")
    options.add_argument("--runs", type=int, default=3, help="runs per command (best kept)")
    arguments = options.parse_args()
    articles = sum(1 for line in arguments.data.open(encoding="utf-8") if line.strip())

    with tempfile.TemporaryDirectory() as directory:
        nltk_data = Path(directory) / "nltk_data"
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "export_punkt_tab.py"), "english",
             str(nltk_data)],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        env = {**os.environ, "NLTK_DATA": str(nltk_data)}
        portai = [sys.executable, "-m", "portai", "summarize", "--method", "lexrank",
                  "--input-format", "jsonl", "--format", "jsonl", "--sentences", "3",
                  str(arguments.data)]  # fmt: skip
        commands = {
            "sumy LexRank loop, 1 process": [sys.executable, "-c", SUMY_LOOP, str(arguments.data)],
            "portai --workers 1, default output": [*portai, "--workers", "1"],
            "portai --workers 2, default output": [*portai, "--workers", "2"],
            "portai --workers 1, sentences only": [
                *portai, "--workers", "1", "--points", "0", "--keywords", "0",
            ],
            "portai --workers 2, sentences only": [
                *portai, "--workers", "2", "--points", "0", "--keywords", "0",
            ],
        }  # fmt: skip
        results = {}
        for label, command in commands.items():
            print(f"{label} ...", file=sys.stderr, flush=True)
            results[label] = measure(command, env, arguments.runs)

    sumy_seconds = next(iter(results.values()))[0]
    print(
        f"{articles} articles from {arguments.data.name}; {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; whole process, best of {arguments.runs}.\n"
    )
    print("| run | seconds | articles/s | vs sumy | peak MB |")
    print("|---|---:|---:|---:|---:|")
    for label, (seconds, peak) in results.items():
        print(
            f"| {label} | {seconds:.2f} | {articles / seconds:.1f} "
            f"| {sumy_seconds / seconds:.2f}× | {peak:.0f} |"
        )


if __name__ == "__main__":
    main()
