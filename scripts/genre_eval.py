"""ROUGE per genre on ``../shared/eval/genres-dev.jsonl`` (issue 15): ``auto``, Lead and every
sumy method, 5 sentences, on the documents that have a human reference.

Usage: ``python scripts/genre_eval.py [-n 5] [-m auto -m lead …] [--json]``. Prints a Markdown
table: one row per method, ROUGE-1 F1 for each genre and overall (mean over documents), and the
best single sumy method per column. Each document is read as a user pastes it (no title given:
the reader must find it), in the language detected.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from portai.evaluation import EvalRecord, evaluate

GENRES_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "genres-dev.jsonl"
METHODS = ["auto", "lead", "luhn", "lsa", "lexrank", "textrank", "edmundson", "kl", "sumbasic",
           "reduction"]  # fmt: skip
SUMY = [m for m in METHODS if m not in ("auto", "lead")]


def load(path: Path = GENRES_DEV) -> list[EvalRecord]:
    """The genres-dev records that have a human reference, each tagged with its genre (the
    part ``evaluate`` reports on) and without its title: the reader must find it."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        EvalRecord(id=row["id"], text=row["text"], summary=row["summary"], source=row["genre"])
        for row in rows
        if row.get("summary")
    ]


def score(
    records: list[EvalRecord], methods: list[str], sentences: int
) -> dict[str, dict[str, list[float]]]:
    """method -> genre -> ROUGE-1/2/Lsum F1 means (0-100), and the 'all' column."""
    results: dict[str, dict[str, list[float]]] = {method: {} for method in methods}
    for row in evaluate(records, methods, sentences=sentences):
        figures = [row.rouge1, row.rouge2, row.rougeLsum]
        results[row.method][row.part or "all"] = figures
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--sentences", type=int, default=5)
    parser.add_argument("-m", "--method", action="append")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    if not GENRES_DEV.is_file():
        print(f"genre_eval: no {GENRES_DEV}", file=sys.stderr)
        return 0
    start = time.perf_counter()
    results = score(load(), options.method or METHODS, options.sentences)
    if options.json:
        print(json.dumps(results, indent=1))
        return 0
    genres = [*sorted(g for g in next(iter(results.values())) if g != "all"), "all"]
    print("| method | " + " | ".join(genres) + " |")
    print("|---|" + "---:|" * len(genres))
    for method, row in results.items():
        print(f"| {method} | " + " | ".join(f"{row[g][0]:.1f}" for g in genres) + " |")
    sumy = [m for m in results if m in SUMY]
    if sumy:
        best = []
        for genre in genres:
            top = max(sumy, key=lambda m: results[m][genre][0])
            best.append(f"{top} {results[top][genre][0]:.1f}")
        print("| best sumy | " + " | ".join(best) + " |")
    print(f"\n{time.perf_counter() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
