"""How sure is ``auto``'s lead over Lead? Paired per-article ROUGE differences, bootstrapped.

For each dev set in ``../shared/eval`` (at the lengths the quality targets use) it summarizes
every article with ``auto`` and ``lead``, scores both as ``portai evaluate`` does, and prints
the mean difference (auto − lead) of ROUGE-1/2/Lsum F1 with a 95% bootstrap interval (2,000
resamples of the articles, fixed seed), and how many articles each method wins.

Usage: ``python scripts/auto_vs_lead.py`` (~1 minute). Needs ``rouge-score``.
"""

from __future__ import annotations

import sys

import numpy as np
from eval_gate import EVAL, SETS  # the dev sets and the lengths the targets use

from portai import summarize
from portai.evaluation import load_records, rouge_scorer

KINDS = ("rouge1", "rouge2", "rougeLsum")


def main() -> int:
    scorer = rouge_scorer()
    rng = np.random.default_rng(0)
    print("| set | auto − lead R1 | R2 | RLsum | auto better / worse / same (R1) |")
    print("|---|---:|---:|---:|---|")
    for name, (language, sentences) in SETS.items():
        differences = []
        for record in load_records(EVAL / f"{name}-dev.jsonl"):
            figures = []
            for method in ("auto", "lead"):
                summary = summarize(
                    record.text, method=method, sentences=sentences, language=language,
                    points=0, keywords=0, title=record.title,
                )  # fmt: skip
                scores = scorer.score(record.summary, "\n".join(s.text for s in summary.sentences))
                figures.append([100 * scores[kind].fmeasure for kind in KINDS])
            differences.append(np.subtract(*figures))
        table = np.array(differences)
        means = np.array(
            [table[rng.integers(0, len(table), len(table))].mean(0) for _ in range(2000)]
        )
        low, high = np.percentile(means, 2.5, axis=0), np.percentile(means, 97.5, axis=0)
        cells = [
            f"{m:+.2f} [{lo:+.2f}, {hi:+.2f}]"
            for m, lo, hi in zip(table.mean(0), low, high, strict=True)
        ]
        wins = (table[:, 0] > 0).sum(), (table[:, 0] < 0).sum(), (table[:, 0] == 0).sum()
        print(f"| {name} | {' | '.join(cells)} | {' / '.join(map(str, wins))} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
