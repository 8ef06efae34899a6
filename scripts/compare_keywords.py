"""Compare PortAI's keywords with YAKE's on the samples and the eval sets.

YAKE (``pip install yake``) is not a PortAI dependency; this script is how we decided.
For each article both extractors give the same number of keywords; a keyword counts as "in the
reference" when all its content words occur in the human summary (stems compared).

    python scripts/compare_keywords.py --limit 100
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import yake

from portai.document import analyse
from portai.keywords import extract_keywords
from portai.languages import get_language
from portai.models import Article
from portai.readers.text import parse_article

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
SETS = {"cnndm": "english", "bbc": "english", "xsum": "english", "orangesum": "french"}
YAKE_LANGUAGE = {"english": "en", "french": "fr"}
COUNT = 8


def plain_article(article: Article) -> str:
    """What PortAI reads of the article (title and body), so both see the same text."""
    return "\n\n".join([article.title or "", *(" ".join(p.sentences) for p in article.paragraphs)])


def yake_keywords(text: str, language: str, count: int) -> list[str]:
    extractor = yake.KeywordExtractor(lan=YAKE_LANGUAGE[language], n=3, top=count)
    return [phrase for phrase, _ in extractor.extract_keywords(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=100, help="articles per eval set")
    options = parser.parse_args()

    tools = get_language("english")
    for sample in ("seed_taobao_wechat_pay.txt", "long_report.txt", "markdown_post.md"):
        article = parse_article((ROOT / "samples" / sample).read_text(encoding="utf-8"), tools)
        body = plain_article(article)
        print(f"## {sample}")
        print(
            "portai:", ", ".join(k.text for k in extract_keywords(analyse(article, tools), COUNT))
        )
        print("yake:  ", ", ".join(yake_keywords(body, "english", COUNT)))

    print("\n| set | articles | portai in reference | yake in reference | portai s | yake s |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, language in SETS.items():
        tools = get_language(language)
        hits = {"portai": 0, "yake": 0}
        totals = {"portai": 0, "yake": 0}
        seconds = {"portai": 0.0, "yake": 0.0}
        lines = (EVAL_DIR / f"{name}-dev.jsonl").read_text(encoding="utf-8").splitlines()
        for line in lines[: options.limit]:
            record = json.loads(line)
            reference = set(tools.content_stems(tools.words(record["summary"])))
            article = parse_article(record["text"], tools)
            start = time.perf_counter()
            ours = [k.text for k in extract_keywords(analyse(article, tools), COUNT)]
            seconds["portai"] += time.perf_counter() - start
            start = time.perf_counter()
            theirs = yake_keywords(plain_article(article), language, COUNT)
            seconds["yake"] += time.perf_counter() - start
            for who, phrases in (("portai", ours), ("yake", theirs)):
                for phrase in phrases:
                    stems = set(tools.content_stems(tools.words(phrase)))
                    totals[who] += 1
                    hits[who] += bool(stems) and stems <= reference
        count = min(options.limit, len(lines))
        print(
            f"| {name} | {count} | {100 * hits['portai'] / max(totals['portai'], 1):.1f}% | "
            f"{100 * hits['yake'] / max(totals['yake'], 1):.1f}% | {seconds['portai']:.1f} | "
            f"{seconds['yake']:.1f} |"
        )


if __name__ == "__main__":
    main()
