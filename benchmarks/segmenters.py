#!/usr/bin/env python3
"""Benchmark Chinese and Japanese word segmenters for PortAI.

Standalone: every candidate is imported only if installed and skipped otherwise.

Candidates
    zh: jieba, rjieba, jieba_fast_dat
    ja: janome, sudachipy (+ sudachidict_core / sudachidict_small), fugashi (+ unidic_lite),
        tinysegmenter

Measurements
    size        bytes of the files listed in the distribution's RECORD (incl. dictionary pkgs)
    cold        median over N fresh interpreter processes of (import + build + first cut),
                timed inside the child; the child runs with TMPDIR/HOME/XDG_CACHE_HOME pointed
                at an empty directory, and any file left there is reported ("writes").
    throughput  chars/s over the whole corpus after warm-up (best of 3 passes)
    agreement   zh: word-span F1 and boundary F1 of each segmenter vs jieba (same HMM setting)
                ja: word-span F1 and boundary F1 vs UD Japanese-GSD gold tokens (if the data
                file is present), and vs fugashi+unidic-lite.

Usage
    python benchmarks/segmenters.py                     # both languages, 5 cold runs
    python benchmarks/segmenters.py --lang ja --runs 3
    python benchmarks/segmenters.py --json results.json
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_LCSTS = Path("/work/shared/eval/lcsts-dev.jsonl")
DEFAULT_JA = HERE / "data" / "ja_gsd_test_sample.jsonl"

Segment = Callable[[str], list[str]]

MIXED_SAMPLES = [
    "2024年3月GDP增长5.2%",
    "iPhone 15 Pro售价为7999元，比去年上涨10％。",
    "“人工智能”（AI）是２０２４年的热词！你知道吗？",
    "OpenAI发布了GPT-4o模型，支持128k上下文。",
]

# Code run in a fresh interpreter: prepare the segmenter, then cut one sentence.
# Each snippet must define `seg` (a callable); the harness times import+build+first cut.
ZH_SNIPPETS: dict[str, tuple[str, str]] = {
    # name: (module that must be importable, code)
    "jieba": (
        "jieba",
        "import jieba\njieba.setLogLevel(60)\nseg = lambda s: jieba.lcut(s, HMM=True)",
    ),
    "jieba(no-cache)": (
        "jieba",
        "import jieba\njieba.setLogLevel(60)\n"
        "jieba.dt.FREQ, jieba.dt.total = jieba.dt.gen_pfdict(jieba.dt.get_dict_file())\n"
        "jieba.dt.initialized = True\n"
        "seg = lambda s: jieba.lcut(s, HMM=True)",
    ),
    "rjieba": ("rjieba", "import rjieba\nseg = lambda s: rjieba.cut(s, hmm=True)"),
    "jieba_fast_dat": (
        "jieba_fast_dat",
        "import logging\nlogging.getLogger('jieba_fast_dat').setLevel(60)\n"
        # 0.59: lcut() does not auto-initialise; without initialize() the dictionary is empty
        "import jieba_fast_dat as j\nj.initialize()\nseg = lambda s: j.lcut(s, HMM=True)",
    ),
}

JA_SNIPPETS: dict[str, tuple[str, str]] = {
    "janome": (
        "janome",
        "from janome.tokenizer import Tokenizer\nt = Tokenizer()\n"
        "seg = lambda s: list(t.tokenize(s, wakati=True))",
    ),
    "sudachi-core(A)": (
        "sudachidict_core",
        "from sudachipy import Dictionary, SplitMode\n"
        "d = Dictionary(dict='core')\n"
        "t = getattr(d, 'tokenizer', d.create)(mode=SplitMode.A)\n"
        "seg = lambda s: [m.surface() for m in t.tokenize(s)]",
    ),
    "sudachi-small(A)": (
        "sudachidict_small",
        "from sudachipy import Dictionary, SplitMode\n"
        "d = Dictionary(dict='small')\n"
        "t = getattr(d, 'tokenizer', d.create)(mode=SplitMode.A)\n"
        "seg = lambda s: [m.surface() for m in t.tokenize(s)]",
    ),
    "fugashi+unidic-lite": (
        "unidic_lite",
        "import fugashi, unidic_lite\n"
        "t = fugashi.Tagger('-d ' + unidic_lite.DICDIR)\n"
        "seg = lambda s: [w.surface for w in t(s)]",
    ),
    "tinysegmenter": (
        "tinysegmenter",
        "import tinysegmenter\nt = tinysegmenter.TinySegmenter()\nseg = t.tokenize",
    ),
}

# Distributions whose RECORD sizes are summed for each candidate.
DISTS: dict[str, list[str]] = {
    "jieba": ["jieba"],
    "jieba(no-cache)": ["jieba"],
    "rjieba": ["rjieba"],
    "jieba_fast_dat": ["jieba_fast_dat"],
    "janome": ["janome"],
    "sudachi-core(A)": ["sudachipy", "sudachidict_core"],
    "sudachi-small(A)": ["sudachipy", "sudachidict_small"],
    "fugashi+unidic-lite": ["fugashi", "unidic_lite"],
    "tinysegmenter": ["tinysegmenter"],
}

CHILD = """
import time, sys
t0 = time.perf_counter()
{code}
out = seg({sample!r})
t1 = time.perf_counter()
print(repr(t1 - t0))
"""


@dataclass
class Result:
    name: str
    size_mb: float | None = None
    cold_s: float | None = None
    cold_first_s: float | None = None
    cold_runs: list[float] = field(default_factory=list)
    writes: list[str] = field(default_factory=list)
    chars_per_s: float | None = None
    f1: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def dist_size_mb(dists: Iterable[str]) -> float | None:
    total = 0
    for name in dists:
        try:
            files = md.distribution(name).files or []
        except md.PackageNotFoundError:
            return None
        for f in files:
            p = Path(str(f.locate()))
            if p.is_file():
                total += p.stat().st_size
    return total / 1e6


def cold_time(code: str, sample: str, runs: int) -> tuple[float, list[float], list[str]]:
    """Run `code` in runs+1 fresh interpreters sharing one empty TMPDIR/HOME sandbox.

    Returns the first run's time (empty temp dir, i.e. first run on a machine), the times of
    the `runs` later runs (any cache written by the first run is present) and the files left
    in the sandbox.
    """
    times: list[float] = []
    written: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="segbench-") as sandbox:
        env = dict(os.environ)
        env.update(TMPDIR=sandbox, HOME=sandbox, XDG_CACHE_HOME=sandbox, TEMP=sandbox)
        for _ in range(runs + 1):
            proc = subprocess.run(
                [sys.executable, "-c", CHILD.format(code=code, sample=sample)],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr.strip().splitlines()[-1])
            times.append(float(proc.stdout.strip().splitlines()[-1]))
        for path in Path(sandbox).rglob("*"):
            if path.is_file():
                rel = path.relative_to(sandbox)
                written.add(f"{rel} ({path.stat().st_size // 1024} KB)")
    return times[0], times[1:], sorted(written)


def build(code: str) -> Segment:
    ns: dict[str, object] = {}
    exec(code, ns)
    seg = ns["seg"]
    assert callable(seg)
    return seg  # type: ignore[no-any-return,unused-ignore]


def throughput(seg: Segment, texts: Sequence[str], passes: int = 3) -> float:
    n_chars = sum(len(t) for t in texts)
    seg(texts[0])
    best = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        for t in texts:
            seg(t)
        best = min(best, time.perf_counter() - t0)
    return n_chars / best


def spans(tokens: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of tokens, ignoring whitespace (whitespace-only tokens are dropped)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        t = "".join(tok.split())
        if not t:
            continue
        out.append((pos, pos + len(t)))
        pos += len(t)
    return out


def prf(gold: AbstractSet[object], pred: AbstractSet[object]) -> tuple[int, int, int]:
    return len(gold & pred), len(gold), len(pred)


def f1(tp: int, n_gold: int, n_pred: int) -> float:
    if not n_gold or not n_pred:
        return 0.0
    p, r = tp / n_pred, tp / n_gold
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def agreement(gold_seqs: Sequence[list[str]], pred_seqs: Sequence[list[str]]) -> dict[str, float]:
    """Word-span F1 and internal-boundary F1, micro-averaged over sentences."""
    w = [0, 0, 0]
    b = [0, 0, 0]
    for g, p in zip(gold_seqs, pred_seqs, strict=True):
        gs, ps = spans(g), spans(p)
        if gs and ps and gs[-1][1] != ps[-1][1]:
            raise ValueError(f"segmentation changed the text: {''.join(g)!r} vs {''.join(p)!r}")
        tp, ng, npred = prf(set(gs), set(ps))
        w = [w[0] + tp, w[1] + ng, w[2] + npred]
        gb = {e for _, e in gs[:-1]}
        pb = {e for _, e in ps[:-1]}
        tp, ng, npred = prf(gb, pb)
        b = [b[0] + tp, b[1] + ng, b[2] + npred]
    return {"word_f1": f1(*w), "boundary_f1": f1(*b)}


def load_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_lang(
    snippets: dict[str, tuple[str, str]],
    texts: list[str],
    runs: int,
    sample: str,
) -> tuple[dict[str, Result], dict[str, Segment]]:
    results: dict[str, Result] = {}
    segs: dict[str, Segment] = {}
    for name, (module, code) in snippets.items():
        if not available(module):
            print(f"  skip {name}: {module} not installed", file=sys.stderr)
            continue
        r = Result(name, size_mb=dist_size_mb(DISTS.get(name, [])))
        try:
            r.cold_first_s, r.cold_runs, r.writes = cold_time(code, sample, runs)
            r.cold_s = statistics.median(r.cold_runs)
            seg = build(code)
            r.chars_per_s = throughput(seg, texts)
        except Exception as exc:
            r.notes.append(f"error: {exc}")
            results[name] = r
            continue
        segs[name] = seg
        results[name] = r
        print(f"  {name}: cold {r.cold_s:.3f}s, {r.chars_per_s:,.0f} chars/s", file=sys.stderr)
    return results, segs


def _bind(fn: Callable[..., list[str]], kw: str, value: bool) -> Segment:
    def seg(text: str) -> list[str]:
        return list(fn(text, **{kw: value}))

    return seg


def zh_benchmark(path: Path, runs: int) -> tuple[dict[str, Result], dict[str, object]]:
    texts = [str(d["text"]) for d in load_jsonl(path)]
    print(f"zh: {len(texts)} texts, {sum(map(len, texts))} chars from {path}", file=sys.stderr)
    results, segs = run_lang(ZH_SNIPPETS, texts, runs, texts[0][:60])
    extra: dict[str, object] = {"n_texts": len(texts), "n_chars": sum(map(len, texts))}
    # Agreement with jieba, HMM on and off.
    hmm_variants: dict[str, dict[bool, Segment]] = {}
    if "jieba" in segs:
        import jieba

        hmm_variants["jieba"] = {h: _bind(jieba.lcut, "HMM", h) for h in (True, False)}
    if "rjieba" in segs:
        import rjieba

        hmm_variants["rjieba"] = {h: _bind(rjieba.cut, "hmm", h) for h in (True, False)}
    if "jieba_fast_dat" in segs:
        import jieba_fast_dat

        hmm_variants["jieba_fast_dat"] = {
            h: _bind(jieba_fast_dat.lcut, "HMM", h) for h in (True, False)
        }
    if "jieba" in hmm_variants:
        for hmm in (True, False):
            ref = [hmm_variants["jieba"][hmm](t) for t in texts]
            for name, fns in hmm_variants.items():
                pred = [fns[hmm](t) for t in texts]
                scores = agreement(ref, pred)
                same = sum(a == b for a, b in zip(ref, pred, strict=True))
                results[name].f1[f"vs_jieba_hmm={'on' if hmm else 'off'}"] = scores["word_f1"]
                results[name].f1[f"bnd_vs_jieba_hmm={'on' if hmm else 'off'}"] = scores[
                    "boundary_f1"
                ]
                results[name].notes.append(
                    f"identical texts (HMM {'on' if hmm else 'off'}): {same}/{len(texts)}"
                )
    extra["mixed"] = {
        name: {s: fns[True](s) for s in MIXED_SAMPLES} for name, fns in hmm_variants.items()
    }
    return results, extra


def ja_pos_support() -> dict[str, str]:
    return {
        "janome": "yes (IPADIC POS, e.g. 名詞,固有名詞; token.part_of_speech)",
        "sudachi-core(A)": "yes (UniDic-like POS tuple; m.part_of_speech())",
        "sudachi-small(A)": "yes (UniDic-like POS tuple; m.part_of_speech())",
        "fugashi+unidic-lite": "yes (UniDic POS; w.feature.pos1..pos4)",
        "tinysegmenter": "no (boundaries only)",
    }


def ja_benchmark(path: Path, runs: int) -> tuple[dict[str, Result], dict[str, object]]:
    docs = load_jsonl(path)
    texts = [str(d["text"]) for d in docs]
    gold = [list(map(str, d["tokens"])) for d in docs if "tokens" in d]  # type: ignore[call-overload]
    print(f"ja: {len(texts)} sentences, {sum(map(len, texts))} chars from {path}", file=sys.stderr)
    results, segs = run_lang(JA_SNIPPETS, texts, runs, texts[0])
    preds = {name: [seg(t) for t in texts] for name, seg in segs.items()}
    for name, pred in preds.items():
        if len(gold) == len(texts):
            results[name].f1.update({f"gold_{k}": v for k, v in agreement(gold, pred).items()})
        if "fugashi+unidic-lite" in preds:
            results[name].f1.update(
                {f"unidic_{k}": v for k, v in agreement(preds["fugashi+unidic-lite"], pred).items()}
            )
    for name, r in results.items():
        r.notes.append("POS: " + ja_pos_support().get(name, "?"))
    extra: dict[str, object] = {"n_sentences": len(texts), "n_chars": sum(map(len, texts))}
    return results, extra


def print_table(title: str, results: dict[str, Result]) -> None:
    keys = sorted({k for r in results.values() for k in r.f1})
    head = ["segmenter", "size MB", "cold 1st s", "cold s", "chars/s", *keys, "writes"]
    print(f"\n## {title}\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in results.values():
        row = [
            r.name,
            f"{r.size_mb:.1f}" if r.size_mb is not None else "?",
            f"{r.cold_first_s:.3f}" if r.cold_first_s is not None else "?",
            f"{r.cold_s:.3f}" if r.cold_s is not None else "?",
            f"{r.chars_per_s:,.0f}" if r.chars_per_s is not None else "?",
            *(f"{r.f1[k]:.4f}" if k in r.f1 else "" for k in keys),
            ", ".join(r.writes) or "-",
        ]
        print("| " + " | ".join(row) + " |")
    for r in results.values():
        for note in r.notes:
            print(f"- {r.name}: {note}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lang", choices=["zh", "ja", "all"], default="all")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes for cold timing")
    ap.add_argument("--zh-data", type=Path, default=DEFAULT_LCSTS)
    ap.add_argument("--ja-data", type=Path, default=DEFAULT_JA)
    ap.add_argument("--json", type=Path, help="also write all numbers to this file")
    args = ap.parse_args(argv)

    print(f"python {sys.version.split()[0]} on {sys.platform}")
    dump: dict[str, object] = {"python": sys.version, "platform": sys.platform}
    if args.lang in ("zh", "all"):
        if args.zh_data.exists():
            res, extra = zh_benchmark(args.zh_data, args.runs)
            print_table(f"Chinese ({extra['n_texts']} texts, {extra['n_chars']} chars)", res)
            print("\nMixed Latin/digit/full-width samples (HMM on):")
            for name, outs in extra["mixed"].items():  # type: ignore[attr-defined]
                for s, toks in outs.items():
                    print(f"  {name:15} {s!r}: {' | '.join(toks)}")
            dump["zh"] = {"results": {k: vars(v) for k, v in res.items()}, **extra}
        else:
            print(f"skip zh: {args.zh_data} not found", file=sys.stderr)
    if args.lang in ("ja", "all"):
        if args.ja_data.exists():
            res, extra = ja_benchmark(args.ja_data, args.runs)
            print_table(f"Japanese ({extra['n_sentences']} sent., {extra['n_chars']} chars)", res)
            dump["ja"] = {"results": {k: vars(v) for k, v in res.items()}, **extra}
        else:
            print(f"skip ja: {args.ja_data} not found", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
