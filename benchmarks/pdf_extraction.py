#!/usr/bin/env python3
"""Compare PDF text extraction libraries for PortAI's ``pdf`` reader.

Standalone: each library is measured only if installed.

Candidates
    pypdfium2     PDFium's text page (``PdfTextPage.get_text_bounded``)
    pdfminer.six  layout analysis, text of each page's text containers (what ``extract_text`` gives)
    pypdf         ``PageObject.extract_text()`` (plain mode)

Data
    benchmarks/data/pdf/*.pdf (see SOURCES.md): two JOSS papers (pandoc/LaTeX; one a draft with
    line numbers), a LaTeX preprint, a Word letter-report with running headers, and a 22-page
    InDesign booklet. ``<name>.md`` next to a PDF is its source text, used as a reference.

Measurements
    size      bytes of the files in the distribution's RECORD, and of its installed dependencies
    cold      median of 3 fresh interpreters: import the library, open a PDF, read page 1
    s/page    extraction time per page over all PDFs (best of 3 passes, warm)
    quality   on the text after PortAI's own clean-up (``portai.readers.pdf.clean_pages``), so every
              library gets the same header/footer, page-number and hyphenation treatment:
              glued     words run together ("modelsin"): tokens that are not in the document's
                        consensus vocabulary but split into two words that are
              split     words broken apart ("infor mation"): adjacent tokens whose join is in the
                        vocabulary while one part is not
              (the consensus vocabulary of a document: words at least two of the three libraries
              produce; so one library's private errors count against it)
              hyph      line-end hyphens the clean-up could not undo ("repre- sentation"), per 1,000
                        words
              run       running header/footer/page-number lines removed (as detected by clean_pages)
              recall    share of the reference text's words found in the same order (difflib
                        matching blocks; measures lost text and reading order), for PDFs with a
                        ``.md`` source

Usage
    python benchmarks/pdf_extraction.py
    python benchmarks/pdf_extraction.py --json results.json
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata as md
import importlib.util
import itertools
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from portai.readers.pdf import _page_lines, _running_lines, clean_pages

DATA = Path(__file__).parent / "data" / "pdf"


def _pypdfium2(path: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    pages = []
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        pages.append(textpage.get_text_bounded())
        textpage.close()
        page.close()
    document.close()
    return pages


def _pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        "".join(item.get_text() for item in layout if isinstance(item, LTTextContainer))
        for layout in extract_pages(path)
    ]


def _pypdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


LIBRARIES: dict[str, tuple[str, str, Callable[[Path], list[str]]]] = {
    # name: (distribution, module, extractor)
    "pypdfium2": ("pypdfium2", "pypdfium2", _pypdfium2),
    "pdfminer.six": ("pdfminer.six", "pdfminer", _pdfminer),
    "pypdf": ("pypdf", "pypdf", _pypdf),
}

COLD = {
    "pypdfium2": (
        "import pypdfium2 as m; d = m.PdfDocument(P); d[0].get_textpage().get_text_bounded()"
    ),
    "pdfminer.six": (
        "from pdfminer.high_level import extract_text; extract_text(P, page_numbers=[0])"
    ),
    "pypdf": "import pypdf; pypdf.PdfReader(P).pages[0].extract_text()",
}


# --- size --------------------------------------------------------------------------------------


def _dist_size(name: str) -> int:
    files = md.distribution(name).files or []
    paths = (Path(f.locate()) for f in files)
    return sum(path.stat().st_size for path in paths if path.is_file())


def _requirements(name: str, seen: set[str]) -> set[str]:
    for requirement in md.requires(name) or []:
        if "extra ==" in requirement:
            continue
        dependency = re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0]
        key = dependency.lower()
        if key in seen:
            continue
        try:
            md.distribution(dependency)
        except md.PackageNotFoundError:
            continue
        seen.add(key)
        _requirements(dependency, seen)
    return seen


def sizes(distribution: str) -> dict[str, Any]:
    dependencies = sorted(_requirements(distribution, set()))
    return {
        "own_bytes": _dist_size(distribution),
        "dependencies": {d: _dist_size(d) for d in dependencies},
        "version": md.version(distribution),
    }


# --- timing ------------------------------------------------------------------------------------


def cold_seconds(library: str, pdf: Path, runs: int = 3) -> float:
    code = (
        f"import time; t = time.perf_counter(); P = {str(pdf)!r}; {COLD[library]}; "
        "print(time.perf_counter() - t)"
    )
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


# --- quality -----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def glued_and_split(words: list[str], vocabulary: set[str]) -> tuple[int, int]:
    glued = 0
    for word in words:
        if word in vocabulary or len(word) < 6:
            continue
        if any(
            word[:cut] in vocabulary and word[cut:] in vocabulary for cut in range(2, len(word) - 1)
        ):
            glued += 1
    split = sum(
        1
        for a, b in itertools.pairwise(words)
        if (a + b) in vocabulary and (a not in vocabulary or b not in vocabulary)
    )
    return glued, split


def reference_words(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)  # YAML front matter
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[@[^\]]*\]|@\w+|\[\^\d+\]", "", text)  # citations, footnote marks
    text = re.sub(r"\\\w+|\$[^$]*\$", " ", text)  # LaTeX commands and math
    return _words(text)


def recall(reference: list[str], words: list[str]) -> float:
    matcher = difflib.SequenceMatcher(None, reference, words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(reference) if reference else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file too")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()

    available = {
        name: spec
        for name, spec in LIBRARIES.items()
        if importlib.util.find_spec(spec[1]) is not None
    }
    pdfs = sorted(DATA.glob("*.pdf"))
    results: dict[str, Any] = {"pdfs": {}, "libraries": {}}

    pages: dict[str, dict[str, list[str]]] = {}
    for name, (distribution, _module, extract) in available.items():
        best: dict[str, float] = {}
        for pdf in pdfs:
            runs = []
            for _ in range(args.passes):
                start = time.perf_counter()
                texts = extract(pdf)
                runs.append(time.perf_counter() - start)
            best[pdf.name] = min(runs)
            pages.setdefault(pdf.name, {})[name] = texts
        total_pages = sum(len(pages[pdf.name][name]) for pdf in pdfs)
        results["libraries"][name] = {
            **sizes(distribution),
            "cold_seconds": cold_seconds(name, pdfs[0]),
            "seconds_per_page": sum(best.values()) / total_pages,
            "seconds_per_page_by_pdf": {
                pdf: seconds / len(pages[pdf][name]) for pdf, seconds in best.items()
            },
        }

    for pdf in pdfs:
        by_library = pages[pdf.name]
        cleaned = {name: clean_pages(texts) for name, texts in by_library.items()}
        words = {name: _words(text) for name, text in cleaned.items()}
        counts = Counter(w for ws in words.values() for w in set(ws))
        vocabulary = {w for w, n in counts.items() if n >= min(2, len(words))}
        reference_path = pdf.with_suffix(".md")
        reference = reference_words(reference_path) if reference_path.exists() else None
        row: dict[str, Any] = {"pages": len(next(iter(by_library.values())))}
        for name, text in cleaned.items():
            glued, split = glued_and_split(words[name], vocabulary)
            page_lines = [_page_lines(t) for t in by_library[name]]
            running = _running_lines(page_lines)
            unresolved = len(re.findall(r"[^\W\d_]{2,}- [a-z]{2,}", text))
            row[name] = {
                "words": len(words[name]),
                "glued": glued,
                "split": split,
                "unresolved_hyphens_per_1000": 1000 * unresolved / max(1, len(words[name])),
                "running_line_kinds": len(running),
                "recall": recall(reference, words[name]) if reference else None,
            }
        results["pdfs"][pdf.name] = row

    _print(results, list(available))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


def _print(results: dict[str, Any], names: list[str]) -> None:
    print("| library | version | own size | with deps | cold import+open | ms/page |")
    print("|---|---|---:|---:|---:|---:|")
    for name in names:
        lib = results["libraries"][name]
        deps = sum(lib["dependencies"].values())
        print(
            f"| {name} | {lib['version']} | {lib['own_bytes'] / 1e6:.1f} MB"
            f" | {(lib['own_bytes'] + deps) / 1e6:.1f} MB ({', '.join(lib['dependencies']) or '-'})"
            f" | {lib['cold_seconds'] * 1000:.0f} ms | {lib['seconds_per_page'] * 1000:.1f} |"
        )
    print()
    print("| pdf | pages | library | words | glued | split | hyph/1k | running kinds | recall |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    for pdf, row in results["pdfs"].items():
        for name in names:
            q = row[name]
            rec = f"{q['recall']:.3f}" if q["recall"] is not None else "-"
            print(
                f"| {pdf} | {row['pages']} | {name} | {q['words']} | {q['glued']} | {q['split']}"
                f" | {q['unresolved_hyphens_per_1000']:.2f} | {q['running_line_kinds']} | {rec} |"
            )
    print()
    for name in names:
        ms = results["libraries"][name]["seconds_per_page_by_pdf"]
        print(name, "ms/page by pdf:", ", ".join(f"{p}: {s * 1000:.1f}" for p, s in ms.items()))


if __name__ == "__main__":
    main()
