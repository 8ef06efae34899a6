"""A behaviour snapshot for refactors: every method's full JSON output on the samples and dev sets.

Run it before and after a change that should not alter what users see, then compare::

    PYTHONPATH=/path/to/old/src python scripts/snapshot.py /tmp/before
    python scripts/snapshot.py /tmp/after
    python scripts/snapshot.py --compare /tmp/before /tmp/after

Each case is one ``portai summarize … --format jsonl`` run (summary, key points, keywords and
stats of every article), written to ``DIR/<case>.jsonl``. ``--compare`` lists the cases and
fields that differ. The dev sets come from ``../shared/eval``; non-default methods and lengths
run on the first ``--limit`` records of each set to keep the run to a few minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SAMPLES = ROOT / "samples"
METHODS = ("auto", "lead", "luhn", "lsa", "lexrank", "textrank", "edmundson", "kl", "sumbasic",
           "reduction")  # fmt: skip
SETS = {"cnndm": "english", "bbc": "english", "xsum": "english", "orangesum": "french",
        "lcsts": "chinese", "genres": "english"}  # fmt: skip
OTHER_LANGUAGES = ("german", "italian", "portuguese", "spanish", "swedish", "czech", "polish")
LENGTHS = (("-n", "1"), ("-n", "5"), ("--ratio", "0.3"), ("--points", "5"), ("--keywords", "10"))


def cases(limit: int, work: Path) -> Iterator[tuple[str, list[str]]]:
    """(name, portai arguments) for every case."""
    for name, language in SETS.items():
        full = EVAL / f"{name}-dev.jsonl"
        head = work / f"{name}-head.jsonl"
        head.write_text(
            "".join(full.read_text(encoding="utf-8").splitlines(keepends=True)[:limit]),
            encoding="utf-8",
        )
        base = ["--input-format", "jsonl", "--language", language]
        for method in METHODS:
            data = full if method in ("auto", "lead") else head
            yield f"{name}-{method}", [str(data), *base, "--method", method]
        for option, value in LENGTHS:
            yield f"{name}-auto{option}{value}", [str(head), *base, option, value]
    samples = sorted(str(p) for p in SAMPLES.iterdir())
    for method in METHODS:
        yield f"samples-{method}", [*samples, "--method", method]
    for language in OTHER_LANGUAGES:
        yield f"samples-{language}", [*samples, "--language", language]


def take(directory: Path, limit: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NO_COLOR": "1"}
    with tempfile.TemporaryDirectory() as work:
        for name, arguments in cases(limit, Path(work)):
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "portai",
                    "summarize",
                    *arguments,
                    "--format",
                    "jsonl",
                    "-j2",
                ],
                capture_output=True,
                env=env,
                check=False,
            )
            (directory / f"{name}.jsonl").write_bytes(result.stdout)
            (directory / f"{name}.stderr").write_bytes(result.stderr)
            print(f"{name}: exit {result.returncode}", file=sys.stderr)


def _differences(before: object, after: object, path: str = "") -> Iterator[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            yield from _differences(before.get(key), after.get(key), f"{path}.{key}")
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for number, (old, new) in enumerate(zip(before, after, strict=True)):
            yield from _differences(old, new, f"{path}[{number}]")
    elif before != after:
        yield path


def compare(before: Path, after: Path, ignore: set[str]) -> int:
    changed = 0
    for old in sorted(before.glob("*.jsonl")):
        new = after / old.name
        old_lines = old.read_text(encoding="utf-8").splitlines()
        new_lines = new.read_text(encoding="utf-8").splitlines() if new.exists() else []
        if len(old_lines) != len(new_lines):
            print(f"{old.stem}: {len(old_lines)} records before, {len(new_lines)} after")
            changed += 1
            continue
        fields: dict[str, int] = {}
        for old_line, new_line in zip(old_lines, new_lines, strict=True):
            for field in _differences(json.loads(old_line), json.loads(new_line)):
                generic = "".join(c for c in field if not c.isdigit())
                if not any(generic.startswith(prefix) for prefix in ignore):
                    fields[generic] = fields.get(generic, 0) + 1
        if fields:
            changed += 1
            print(f"{old.stem}: " + ", ".join(f"{k} ×{v}" for k, v in sorted(fields.items())))
    print(f"{changed} of {len(list(before.glob('*.jsonl')))} cases differ")
    return 1 if changed else 0


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("directories", nargs="+", type=Path)
    options.add_argument("--compare", action="store_true")
    options.add_argument("--limit", type=int, default=60)
    options.add_argument("--ignore", default="", help="comma-separated field prefixes, e.g. .stats")
    arguments = options.parse_args()
    if arguments.compare:
        ignore = {p for p in arguments.ignore.split(",") if p}
        raise SystemExit(compare(*arguments.directories[:2], ignore))
    take(arguments.directories[0], arguments.limit)


if __name__ == "__main__":
    main()
