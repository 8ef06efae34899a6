"""Measure how faithful and how short PortAI's summaries and key points are on the eval sets.

For each dev set in ../shared/eval (or the files given) it summarizes every article with the
default options and reports:

- summaries whose first sentence opens with a dangling word ("He", "This", "However" ...), and
  summaries holding any such sentence whose predecessor is not in the summary (unresolved);
- key points opening with a dangling word, their mean and longest length in characters, the
  share over 100 characters and the share cut mid-sentence with "…"; and the share of their
  content words that occur in the human summary (a precision proxy: did we pick what the editor
  picked?);
- keywords per article, and the share of keywords whose words all occur in the human summary
  (a rough precision: a keyword the editor also wrote down is one a reader needed).

    python scripts/eval_keypoints.py                   # all dev sets, Markdown table on stdout
    python scripts/eval_keypoints.py --method lead --limit 50 ../shared/eval/bbc-dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

from portai import PortaiError, summarize
from portai.coherence import opens_with_dangling_reference
from portai.languages import get_language

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DEV_SETS = ("cnndm", "bbc", "xsum", "orangesum")
LANGUAGES = {"orangesum": "french"}  # everything else is English; lcsts (Chinese) is skipped


@dataclass
class Tally:
    articles: int = 0
    errors: int = 0
    summary_first_dangling: int = 0
    summary_unresolved: int = 0
    points: list[int] = field(default_factory=list)  # lengths in characters
    points_dangling: int = 0
    points_cut: int = 0  # cut mid-sentence with "…"
    point_words: int = 0  # content words in key points
    point_words_in_reference: int = 0
    keywords: int = 0
    keywords_in_reference: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def measure(args: tuple[str, str, str, str | None]) -> Tally:
    text, reference, language, method = args
    tally = Tally(articles=1)
    try:
        summary = summarize(text, language=language, method=method)
    except PortaiError:
        tally.errors = 1
        return tally
    chosen = {s.index for s in summary.sentences}
    profile = get_language(language)
    dangling = [opens_with_dangling_reference(s.text, profile) for s in summary.sentences]
    tally.summary_first_dangling = int(bool(dangling) and dangling[0])
    tally.summary_unresolved = int(
        any(
            d and s.index - 1 not in chosen
            for s, d in zip(summary.sentences, dangling, strict=True)
        )
    )
    for point in summary.key_points:
        tally.points.append(len(point.text))
        tally.points_dangling += opens_with_dangling_reference(point.text, profile)
        tally.points_cut += point.text.endswith("…")
    tools = get_language(language)
    reference_stems = set(tools.content_stems(tools.words(reference)))
    for point in summary.key_points:
        stems = tools.content_stems(tools.words(point.text))
        tally.point_words += len(stems)
        tally.point_words_in_reference += sum(stem in reference_stems for stem in stems)
    for keyword in getattr(summary, "keywords", ()):
        stems = tools.content_stems(tools.words(keyword.text))
        tally.keywords += 1
        tally.keywords_in_reference += bool(stems) and set(stems) <= reference_stems
    return tally


def records(path: Path, language: str, method: str | None, limit: int | None) -> Iterator[tuple]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            yield record["text"], record["summary"], language, method


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--method", default=None, help="summary method (default: PortAI's)")
    parser.add_argument("--limit", type=int, default=None, help="articles per file")
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    files = options.files or [EVAL_DIR / f"{name}-dev.jsonl" for name in DEV_SETS]

    print(
        "| set | articles | summary opens dangling | summary unresolved | key points | "
        "points dangling | mean chars | over 100 | longest | cut with … | "
        "point words in reference | keywords/article | keywords in reference |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    total = Tally()
    with ProcessPoolExecutor(options.workers) as pool:
        for path in files:
            name = path.name.split("-")[0]
            language = LANGUAGES.get(name, "english")
            tally = Tally()
            work = records(path, language, options.method, options.limit)
            for result in pool.map(measure, work, chunksize=8):
                tally.add(result)
            total.add(tally)
            print(row(name, tally))
    print(row("**all**", total))
    return 1 if total.errors else 0


def row(name: str, tally: Tally) -> str:
    points = tally.points
    ok = tally.articles - tally.errors
    return (
        f"| {name} | {tally.articles} | {percent(tally.summary_first_dangling, ok)} | "
        f"{percent(tally.summary_unresolved, ok)} | {len(points)} | "
        f"{percent(tally.points_dangling, len(points))} | "
        f"{mean(points) if points else 0:.0f} | "
        f"{percent(sum(p > 100 for p in points), len(points))} | {max(points, default=0)} | "
        f"{percent(tally.points_cut, len(points))} | "
        f"{percent(tally.point_words_in_reference, tally.point_words)} | "
        f"{tally.keywords / ok if ok else 0:.1f} | "
        f"{percent(tally.keywords_in_reference, tally.keywords)} |"
    )


if __name__ == "__main__":
    sys.exit(main())
