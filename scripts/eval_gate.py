"""Quality gate: ROUGE of the default method and Lead on a fixed slice of the dev sets.

Like trafilatura's ``tests/eval_gate.py``: CI fails when a change makes summaries worse.
It summarizes the first ``ARTICLES`` articles of each dev set in ``../shared/eval`` (which
CI has) with ``lexrank`` (the default) and ``lead``, and compares ROUGE-1/2/Lsum F1 with
floors pinned just under the figures measured when the gate was set up. A floor is lowered
only on purpose, with a note saying why.

Usage: ``python scripts/eval_gate.py`` (exit 0: at or above every floor; 1: below one).
Needs ``rouge-score`` (``pip install -e '.[test]'`` or ``'.[eval]'``). Without the eval data
(a checkout without ``../shared``) it says so and exits 0: there is nothing to measure.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from portai.evaluation import EvalRecord, evaluate, load_records

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
ARTICLES = 40
# Dev set -> (language, summary sentences): the lengths the issue measures at.
SETS = {
    "cnndm": ("english", 3),
    "bbc": ("english", 7),
    "xsum": ("english", 1),
    "orangesum": ("french", 2),
}
# (set, method) -> floors for ROUGE-1, ROUGE-2, ROUGE-Lsum: measured when the gate was set up
# (2026-11-25), minus 0.5 for numerical noise across platforms.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("cnndm", "lead"): (39.6, 16.3, 35.6),
    ("cnndm", "lexrank"): (32.8, 12.1, 29.8),
    ("bbc", "lead"): (64.2, 53.5, 63.2),
    ("bbc", "lexrank"): (65.5, 54.7, 64.4),
    ("xsum", "lead"): (16.1, 1.3, 11.4),
    ("xsum", "lexrank"): (16.7, 1.7, 11.9),
    ("orangesum", "lead"): (31.1, 11.5, 23.8),
    ("orangesum", "lexrank"): (30.0, 10.8, 23.0),
}


def main() -> int:
    if not EVAL.is_dir():
        print(f"eval_gate: no eval data at {EVAL}; nothing to measure", file=sys.stderr)
        return 0
    start = time.perf_counter()
    failures = []
    print("| set | method | R1 | R2 | RLsum | floors | |")
    print("|---|---|---:|---:|---:|---|---|")
    for name, (language, sentences) in SETS.items():
        records: list[EvalRecord] = load_records(EVAL / f"{name}-dev.jsonl")[:ARTICLES]
        methods = sorted({method for (set_name, method) in FLOORS if set_name == name})
        for score in evaluate(records, methods, sentences=sentences, language=language):
            if score.part is not None:
                continue
            got = (score.rouge1, score.rouge2, score.rougeLsum)
            floors = FLOORS[(name, score.method)]
            ok = score.errors == 0 and all(g >= f for g, f in zip(got, floors, strict=True))
            if not ok:
                failures.append(f"{name} {score.method}")
            print(
                f"| {name} | {score.method} | {got[0]:.2f} | {got[1]:.2f} | {got[2]:.2f} "
                f"| {' / '.join(f'{f:.1f}' for f in floors)} | {'ok' if ok else 'BELOW'} |"
            )
    seconds = time.perf_counter() - start
    if failures:
        print(
            f"eval_gate: below the floors: {', '.join(failures)} ({seconds:.0f} s)", file=sys.stderr
        )
        return 1
    print(f"eval_gate: every figure at or above its floor ({seconds:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
