"""What each part of the ``auto`` method contributes: ROUGE with one part switched off at a time.

Runs ``portai.evaluation.evaluate`` (the harness of ``portai evaluate``) on every dev set in
``../shared/eval`` at the lengths the quality targets use, for ``auto``, ``auto`` minus one
part, Lead and Reduction (the centrality ``auto`` builds on). Prints a Markdown table.

Usage: ``python scripts/ablate_auto.py [ARTICLES]`` (default: every article; ~2 minutes).
Needs ``rouge-score`` (``pip install -e '.[eval]'``).
"""

from __future__ import annotations

import dataclasses
import sys

from eval_gate import EVAL, SETS  # the dev sets and the lengths the targets use

from portai.evaluation import evaluate, load_records
from portai.methods import Method, auto_scorer, register_method
from portai.methods.auto import DEFAULT_WEIGHTS, AutoWeights

# Variant name -> the weights with one part switched off.
VARIANTS: dict[str, AutoWeights] = {
    "auto": DEFAULT_WEIGHTS,
    "- position prior": dataclasses.replace(DEFAULT_WEIGHTS, position_scale=0.0),
    "- lead weight": dataclasses.replace(DEFAULT_WEIGHTS, lead_weight=0.0),
    "- lead fade": dataclasses.replace(DEFAULT_WEIGHTS, lead_fade=0.0),
    "- centrality": dataclasses.replace(DEFAULT_WEIGHTS, centrality=0.0),
    "- title": dataclasses.replace(DEFAULT_WEIGHTS, title=0.0),
    "- boilerplate": dataclasses.replace(DEFAULT_WEIGHTS, boilerplate_factor=1.0),
}


def register(name: str, weights: AutoWeights) -> None:
    """Add ``name`` as a method to this process's method table."""
    register_method(Method(name, name, name, auto_scorer(weights)))


def main() -> int:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    for name, weights in VARIANTS.items():
        if name != "auto":
            register(name, weights)
    methods = [*VARIANTS, "lead", "reduction"]
    table: dict[str, dict[str, str]] = {m: {} for m in methods}
    for set_name, (language, sentences) in SETS.items():
        records = load_records(EVAL / f"{set_name}-dev.jsonl")[:limit]
        for score in evaluate(records, methods, sentences=sentences, language=language):
            if score.part is None:
                table[score.method][set_name] = (
                    f"{score.rouge1:.1f} / {score.rouge2:.1f} / {score.rougeLsum:.1f}"
                )
        print(f"{set_name} done", file=sys.stderr)
    print("| variant | " + " | ".join(f"{s} ({n})" for s, (_, n) in SETS.items()) + " |")
    print("|---|" + "---:|" * len(SETS))
    for method in methods:
        print(f"| {method} | " + " | ".join(table[method][s] for s in SETS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
