"""How well PortAI reads web pages: for saved pages, which of their article sentences reach the
Article and which pieces of page chrome are kept out, and how long a page takes.

    python benchmarks/html_extraction.py

Pages: ``tests/data/pages/`` (three real saved pages, see their SOURCES.md) and
``tests/data/html/council_water_plan.html`` (written for the tests, with every kind of news-page
boilerplate). Needs ``pip install 'portai[web]'``.
"""

from __future__ import annotations

import time
from pathlib import Path

from portai.languages import get_language
from portai.readers import read_article

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "tests/data/pages/wikipedia-mozilla.html": (
        (
            "Mozilla produces many products such as the Firefox web browser",
            "One day later, Jamie Zawinski from Netscape registered mozilla.org.",
            'Jamie Zawinski says he came up with the name "Mozilla" at a Netscape staff meeting.',
        ),
        ("Navigation menu", "Random article", "Privacy policy", "Permanent link", "last modified"),
    ),
    "tests/data/pages/mozilla-nightly-blog.html": (
        (
            "Firefox now supports printing non-contiguous page ranges",
            "DevTools and Marionette are now fully Fission compatible!",
            "Fixed a bug where search engines were being re-added on startup",
        ),
        ("Mozilla newsletter", "Recent Comments", "Bleeding edge browsing", "Leave a Reply"),
    ),
    "tests/data/pages/v8-blog-standalone-wasm.html": (
        (
            "Emscripten has always focused first and foremost on compiling to the Web",
            "Disassembling it, it's very minimal - just 87 bytes!",
            "Please file bugs, and as always help is welcome!",
        ),
        ("Show navigation", "JS/Wasm features", "Retweet this article!", "Except as otherwise"),
    ),
    "tests/data/html/council_water_plan.html": (
        (
            "The Riverton city council voted on Tuesday",
            "Lead pipes were laid in much of the old town before 1950.",
            "Households will not pay for the part of the pipe",
        ),
        (
            "Accept all cookies", "Subscribe now", "Share this article", "morning newsletter",
            "Related stories", "budget row", "brown water", "All rights reserved", "Privacy policy",
        ),
    ),
}  # fmt: skip


def main() -> None:
    english = get_language("english")
    start = time.perf_counter()
    import trafilatura  # noqa: F401 (its import is a one-off cost)

    print(f"import trafilatura: {1000 * (time.perf_counter() - start):.0f} ms")
    print("| page | KB | sentences | article sentences found | chrome kept out | ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (body, chrome) in PAGES.items():
        data = (ROOT / name).read_bytes()
        start = time.perf_counter()
        article = read_article(data, english, format="html")
        seconds = time.perf_counter() - start
        text = " ".join(" ".join(s.split()) for s in article.body_sentences)
        everything = " ".join([text, *(h for h in article.headings), article.title or ""])
        found = sum(sentence in text for sentence in body)
        out = sum(piece not in everything for piece in chrome)
        print(
            f"| {Path(name).name} | {len(data) // 1024} | {len(article.body_sentences)} "
            f"| {found}/{len(body)} | {out}/{len(chrome)} | {1000 * seconds:.0f} |"
        )


if __name__ == "__main__":
    main()
