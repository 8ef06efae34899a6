"""ROUGE with and without the dangling-opener rule in summary selection (needs rouge-score).

"before" selects summary sentences as if no sentence pointed back; "after" is PortAI as is.
ROUGE-1/2/Lsum F1, stemmed, averaged over each dev set; lengths as in issue 4's targets.

    pip install rouge-score && python scripts/ablate_dangling.py
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

from rouge_score import rouge_scorer

import portai.summarizer
from portai import summarize
from portai.document import Sentence

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = (("cnndm", 3, "english"), ("bbc", 7, "english"), ("xsum", 1, "english"))
SETS += (("orangesum", 2, "french"),)
METHODS = ("lead", "lexrank", "textrank")
KINDS = ("rouge1", "rouge2", "rougeLsum")

select = portai.summarizer.select_sentences


def select_ignoring_openers(
    ratings: Sequence[float], length: object, sentences: Sequence[Sentence]
) -> list[int]:
    """Selection as if no sentence opened with a word pointing back."""
    standalone = [dataclasses.replace(s, dangling=False) for s in sentences]
    return select(ratings, length, standalone)  # type: ignore[arg-type]


def main() -> None:
    scorer = rouge_scorer.RougeScorer(list(KINDS), use_stemmer=True)
    print("| set | method | before R1/R2/RLsum | after R1/R2/RLsum |")
    print("|---|---|---|---|")
    for name, count, language in SETS:
        lines = (EVAL_DIR / f"{name}-dev.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        for method in METHODS:
            cells = []
            for patched in (True, False):
                totals = dict.fromkeys(KINDS, 0.0)
                for record in records:
                    with mock.patch.object(
                        portai.summarizer,
                        "select_sentences",
                        select_ignoring_openers if patched else select,
                    ):
                        summary = summarize(
                            record["text"], method=method, sentences=count, language=language
                        )
                    candidate = "\n".join(s.text for s in summary.sentences)
                    scores = scorer.score(record["summary"], candidate)
                    for kind in KINDS:
                        totals[kind] += scores[kind].fmeasure
                cells.append("/".join(f"{100 * totals[k] / len(records):.1f}" for k in KINDS))
            print(f"| {name} | {method} | {cells[0]} | {cells[1]} |", flush=True)


if __name__ == "__main__":
    main()
