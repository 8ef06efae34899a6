"""How well ``--language auto`` names the language: PortAI's ``detect_language`` on
``benchmarks/data/detection.jsonl`` (real sentences and passages in the 21 languages and five
without a profile, see ``data/DETECTION_SOURCES.md``) and on the dev sets' articles.

    python benchmarks/detection_accuracy.py

Prints, for short (one sentence) and long (1,500-3,000 characters) items: accuracy (a language
without a profile must come back as the generic profile), which stage answered (script,
function-word vote, py3langid), and the time a call takes.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from portai.languages import detection

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "detection.jsonl"
EVAL = ROOT.parent / "shared" / "eval"
SAME = {"nb": "no", "nn": "no"}


def main() -> None:
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    article = (ROOT / "samples" / "long_report.txt").read_text(encoding="utf-8")
    start = time.perf_counter()
    detection.detect_language(article)
    print(f"first article (stop-word lists loaded): {1000 * (time.perf_counter() - start):.1f} ms")
    start = time.perf_counter()
    detection.detect_language(article)
    print(f"next article: {1000 * (time.perf_counter() - start):.1f} ms")
    start = time.perf_counter()
    detection.detect_language("Kort mening utan tydliga ord.")
    print(f"first py3langid call (its model loaded): {1000 * (time.perf_counter() - start):.0f} ms")
    for kind in ("short", "long"):
        chosen = [item for item in items if item["kind"] == kind]
        right, stages, wrong = 0, Counter[str](), []
        start = time.perf_counter()
        for item in chosen:
            expected = SAME.get(item["lang"], item["lang"])
            if expected not in detection.PROFILES:
                expected = "und"
            found = detection.detect_language(item["text"])
            got = found.code if found.language != "generic" else "und"
            right += got == expected
            if got != expected:
                wrong.append(f"{item['lang']}->{got}")
            stages[_stage(item["text"])] += 1
        seconds = time.perf_counter() - start
        print(
            f"{kind}: {right}/{len(chosen)} right ({100 * right / len(chosen):.1f}%), "
            f"stages {dict(stages)}, {1000 * seconds / len(chosen):.2f} ms a call; "
            f"wrong: {', '.join(wrong) or 'none'}"
        )
    for name in ("cnndm", "bbc", "xsum", "orangesum", "genres", "lcsts"):
        path = EVAL / f"{name}-dev.jsonl"
        if not path.exists():
            continue
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        found = Counter(detection.detect_language(r["text"]).code for r in records)
        print(f"{name}: {dict(found)}")


def _stage(text: str) -> str:
    sample = detection._sample(text)
    scripts = detection._script_counts(sample)
    letters = sum(scripts.values())
    if letters and (scripts["kana"] or scripts["han"] >= 0.3 * letters):
        return "script"
    if letters and scripts.most_common(1)[0][0] in detection._SCRIPT_LANGUAGES:
        return "script"
    return "vote" if detection._by_function_words(sample) else "py3langid"


if __name__ == "__main__":
    main()
