"""PortAI's rankers against sumy's classes: whole-process time, peak memory, same selections.

Usage (from the repository root, in an environment with PortAI installed)::

    python benchmarks/bench.py                 # everything below, ~4 minutes on 2 cores
    python benchmarks/bench.py --quick         # 500/200 sentences and a 2,000-sentence "book"

What it runs, all in one go so both tools see the same machine state:

1. **Long document.** A document of real news paragraphs (the dev sets in ``../shared/eval``)
   cut at 2,000 sentences; KL-Sum gets 400 (sumy's KL-Sum is cubic). For every method, sumy's
   summarizer class runs in its own process the way ``sumy <method> --file=…`` runs it
   (``PlaintextParser``, sumy's ``Tokenizer``, ``Stemmer``, stop words, ``build_summarizer``
   from ``sumy.__main__``; Reduction has no CLI command but is built the same way), and
   ``portai summarize FILE --method M --sentences 10 --points 0 --keywords 0`` runs in
   another: the same job as sumy's CLI, printing the sentences. Both times are the whole
   process: start-up, imports, reading, summarizing, printing. PortAI's default output (with
   key points and keywords, as JSON) is timed too.
2. **Same selection.** On the very document sumy parsed (its sentences and words), PortAI's
   array ranker rates every sentence; its top 10 must be the 10 sentences sumy printed.
3. **Book.** 10,000 sentences (~250k words), every method, PortAI only (sumy would take hours
   on KL-Sum): whole-process seconds and peak memory, then where the time goes (profile).
4. **Cold start.** ``portai summarize`` on the seed sample against ``sumy lex-rank`` on the same
   file, best of 5. NLTK imports scipy when it is installed, and PortAI installs scipy, which
   makes ``import nltk`` (and so sumy's CLI) slower; sumy is therefore timed both in this
   environment and with scipy hidden, as in an environment with sumy alone.

sumy's ``Tokenizer`` loads Punkt from NLTK's data path; the script writes PortAI's own Punkt
parameters there first (``scripts/export_punkt_tab.py``), so both tools split sentences alike
and nothing is downloaded. Prints Markdown tables on stdout, progress on stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "samples" / "seed_taobao_wechat_pay.txt"
METHODS = ("lexrank", "textrank", "reduction", "lsa", "luhn", "sumbasic", "edmundson", "kl")
SUMY_CLASSES = {
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"),
    "luhn": ("luhn", "LuhnSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"),
    "kl": ("kl", "KLSummarizer"),
}
# Targets from the issue: PortAI's time as a share of sumy's.
TARGETS = {"lexrank": 0.1, "textrank": 0.1, "reduction": 0.1, "lsa": 0.2}
TARGETS |= {"luhn": 0.5, "sumbasic": 0.5, "edmundson": 0.5, "kl": 0.05}
SELECTED = 10
# PortAI runs are repeated and the fastest kept; sumy's long runs are timed once.
PORTAI_RUNS = 3
BOOK_RUNS = 2

# sumy's summarizer class, run as sumy.__main__.handle_arguments runs it; prints the selection.
SUMY_RUN = """
import json, sys
if sys.argv[4] == "no-scipy":
    sys.modules["scipy"] = None  # as if scipy were not installed
from importlib import import_module
from sumy.__main__ import build_summarizer
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.utils import get_stop_words
path, module, name = sys.argv[1:4]
with open(path, "rb") as file:
    content = file.read()
parser = PlaintextParser(content, Tokenizer("english"))
summarizer_class = getattr(import_module("sumy.summarizers." + module), name)
summarizer = build_summarizer(
    summarizer_class, get_stop_words("english"), Stemmer("english"), parser
)
import time
start = time.perf_counter()
selection = summarizer(parser.document, int(sys.argv[5]))
seconds = time.perf_counter() - start
print(json.dumps({"selection": [str(s) for s in selection], "seconds": seconds}))
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# Runs a command and writes its wall time and peak memory to a file. A bare launcher, because a
# child forked from this (large) process would carry this process's memory in its peak.
LAUNCHER = """
import json, os, sys, time
report, command = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(command[0], command)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
with open(report, "w") as out:
    json.dump([os.waitstatus_to_exitcode(status), elapsed, usage.ru_maxrss / 1024], out)
"""


def run_process(command: Sequence[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; return wall seconds, peak resident memory in MB, and its stdout."""
    with tempfile.TemporaryDirectory() as directory:
        report = Path(directory) / "report.json"
        done = subprocess.run(
            [sys.executable, "-c", LAUNCHER, str(report), *command],
            capture_output=True,
            env=env,
            check=False,
        )
        code, elapsed, peak = json.loads(report.read_text())
    if code != 0 or done.returncode != 0:
        errors = done.stderr.decode("utf-8", "replace").strip()[-500:]
        raise RuntimeError(f"{' '.join(command[:3])} … failed: {errors}")
    return float(elapsed), float(peak), done.stdout.decode("utf-8")


def best_of(runs: int, command: Sequence[str], env: dict[str, str]) -> tuple[float, float, str]:
    """The fastest of ``runs`` runs (the machine's noise only ever adds time)."""
    return min((run_process(command, env) for _ in range(runs)), key=lambda run: run[0])


def news_document(sentences: int) -> str:
    """Paragraphs of the dev sets' articles, in file order, up to ``sentences`` sentences."""
    from portai.languages import get_language

    tools = get_language("english")
    paragraphs: list[str] = []
    count = 0
    for name in ("cnndm", "bbc", "xsum"):
        for line in (EVAL / f"{name}-dev.jsonl").open(encoding="utf-8"):
            for paragraph in json.loads(line)["text"].split("\n"):
                if count >= sentences:
                    return "\n\n".join(paragraphs) + "\n"
                if paragraph.strip():
                    paragraphs.append(paragraph.strip())
                    count += len(tools.split_sentences(paragraph))
    raise SystemExit(f"the dev sets hold fewer than {sentences} sentences")


def portai_ranker_on_sumy_parse(path: Path, method: str) -> tuple[list[str], float]:
    """Rate sumy's own parse of ``path`` with PortAI's ranker: its top ``SELECTED`` sentences
    (in document order) and the seconds the ranker took, stemming included."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    from portai.methods import rankers
    from portai.selection import rank_order

    parser = PlaintextParser(path.read_bytes(), Tokenizer("english"))
    document = parser.document
    sentence_words = [s.words for s in document.sentences]  # sumy tokenizes here, untimed
    heading_words = [h.words for h in document.headings]
    start = time.perf_counter()
    stemmer = Stemmer("english")
    ranker_input = rankers.RankerInput(
        sentence_words=sentence_words,
        heading_words=heading_words,
        paragraph_sizes=[len(p.sentences) for p in document.paragraphs],
        texts=[str(s) for s in document.sentences],
        # sumy's stem_word: lower-case, then stem; each distinct word once, as PortAI's profile.
        stem=lru_cache(maxsize=None)(lambda word: stemmer(word.lower())),
        stop_words=get_stop_words("english"),
    )
    if method == "edmundson":
        ratings = rankers.edmundson(ranker_input, parser.significant_words, parser.stigma_words)
    else:
        ratings = getattr(rankers, method)(ranker_input)
    top = sorted(rank_order(ratings)[:SELECTED])
    seconds = time.perf_counter() - start
    return [ranker_input.texts[i] for i in top], seconds


def compare_with_sumy(sizes: dict[str, int], env: dict[str, str], work: Path) -> list[str]:
    rows = [
        "| method | sentences | sumy s | portai s, sentences only | portai / sumy | target "
        "| portai s, default output | same top 10 | sumy ranking s | portai ranking s "
        "| ranking speed-up | sumy peak MB | portai peak MB |",
        "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    documents: dict[int, Path] = {}
    for method in METHODS:
        size = sizes[method]
        if size not in documents:
            documents[size] = work / f"news_{size}.txt"
            documents[size].write_text(news_document(size), encoding="utf-8")
        path = documents[size]
        module, name = SUMY_CLASSES[method]
        log(f"{method}: sumy on {size} sentences ...")
        sumy_command = [sys.executable, "-c", SUMY_RUN, str(path), module, name, "no-scipy"]
        sumy_seconds, sumy_peak, printed = run_process([*sumy_command, str(SELECTED)], env)
        sumy_run = json.loads(printed)
        log(f"{method}: portai ...")
        # What sumy's CLI does (print the sentences), then PortAI's default output.
        only = [*portai_command(path, method), "--points", "0", "--keywords", "0"]
        portai_seconds, portai_peak, _ = best_of(PORTAI_RUNS, only, env)
        default_seconds, _, _ = best_of(PORTAI_RUNS, portai_command(path, method), env)
        selection, ranker_seconds = portai_ranker_on_sumy_parse(path, method)
        same = selection == sumy_run["selection"]
        rows.append(
            f"| {method} | {size:,} | {sumy_seconds:.2f} | {portai_seconds:.2f} "
            f"| {portai_seconds / sumy_seconds:.3f} | ≤ {TARGETS[method]} | {default_seconds:.2f} "
            f"| {'yes' if same else 'NO'} | {sumy_run['seconds']:.2f} | {ranker_seconds:.3f} "
            f"| {sumy_run['seconds'] / ranker_seconds:.0f}× | {sumy_peak:.0f} | {portai_peak:.0f} |"
        )
    return rows


def portai_command(path: Path, method: str) -> list[str]:
    return [
        sys.executable, "-m", "portai", "summarize", str(path), "--method", method,
        "--sentences", str(SELECTED), "--format", "json",
    ]  # fmt: skip


def book(sentences: int, env: dict[str, str], work: Path) -> list[str]:
    path = work / f"book_{sentences}.txt"
    text = news_document(sentences)
    path.write_text(text, encoding="utf-8")
    rows = [
        f"Book: {sentences:,} sentences, {len(text.split()):,} words; "
        f"whole process, best of {BOOK_RUNS}.",
        "",
        "| method | portai s | peak MB |",
        "|---|---:|---:|",
    ]
    for method in ("lead", *METHODS):
        log(f"book: {method} ...")
        seconds, peak, _ = best_of(BOOK_RUNS, portai_command(path, method), env)
        rows.append(f"| {method} | {seconds:.2f} | {peak:.0f} |")
    rows += ["", *profile(text)]
    return rows


# The stages of one run, by the function that does each (cumulative seconds in the profile).
STAGES = (
    ("reading (all)", "readers/text.py", "parse_article"),
    ("  Punkt sentence splitting", "languages/base.py", "split_sentences"),
    ("analysis (Document)", "document.py", "analyse"),
    ("  word tokenization (Treebank)", "destructive.py", "tokenize"),
    ("ranking", "methods/__init__.py", "rate_sentences"),
    ("key points", "keypoints.py", "pick_key_points"),
    ("keywords", "keywords.py", "extract_keywords"),
)


def profile(text: str) -> list[str]:
    """Where the time of ``summarize`` goes on the book, for a fast and a slow method."""
    from portai import summarize

    rows = ["| stage | " + " | ".join(("lexrank", "kl")) + " |", "|---|---:|---:|"]
    cells: dict[str, list[str]] = {label: [] for label, _, _ in STAGES}
    totals = []
    for method in ("lexrank", "kl"):
        log(f"profile: {method} ...")
        from portai.languages import forget_profiles

        forget_profiles()  # tokenize afresh: no cache from an earlier run
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.runcall(summarize, text, method=method, sentences=SELECTED)
        totals.append(time.perf_counter() - start)
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        for label, file_name, function in STAGES:
            seconds = sum(
                row[3]
                for (path, _, name), row in stats.items()
                if name == function and path.endswith(file_name)
            )
            cells[label].append(f"{seconds:.2f}")
    rows += [f"| {label} | {' | '.join(values)} |" for label, values in cells.items()]
    rows.append(f"| total (in process, under the profiler) | {totals[0]:.2f} | {totals[1]:.2f} |")
    return rows


def cold_start(env: dict[str, str], runs: int) -> list[str]:
    module, name = SUMY_CLASSES["lexrank"]
    commands = {
        "portai summarize (lexrank, 5 sentences, text)": [
            sys.executable, "-m", "portai", "summarize", str(SEED), "--sentences", "5",
            "--format", "text",
        ],
        "sumy lex-rank (its CLI), this environment": [
            str(Path(sys.executable).with_name("sumy")), "lex-rank", "--length=5",
            f"--file={SEED}",
        ],
        "sumy's LexRank as its CLI runs it, scipy hidden": [
            sys.executable, "-c", SUMY_RUN, str(SEED), module, name, "no-scipy", "5",
        ],
    }  # fmt: skip
    best: dict[str, float] = {}
    for label, command in commands.items():
        log(f"cold start: {label} ...")
        best[label] = best_of(runs, command, env)[0]
    portai = next(iter(best.values()))  # the first command
    rows = [
        f"Seed sample ({SEED.name}, {SEED.stat().st_size:,} bytes), best of {runs}, whole process.",
        "",
        "| command | seconds | portai / this |",
        "|---|---:|---:|",
    ]
    rows += [f"| {label} | {s:.3f} | {portai / s:.2f} |" for label, s in best.items()]
    return rows


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    options.add_argument("--skip-sumy", action="store_true", help="only the book and cold start")
    arguments = options.parse_args()

    sizes = dict.fromkeys(METHODS, 500 if arguments.quick else 2000)
    sizes["kl"] = 200 if arguments.quick else 400
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        nltk_data = work / "nltk_data"
        export = ROOT / "scripts" / "export_punkt_tab.py"
        subprocess.run(
            [sys.executable, str(export), "english", str(nltk_data)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        os.environ["NLTK_DATA"] = str(nltk_data)  # for sumy's Tokenizer in this process
        env = {**os.environ, "NLTK_DATA": str(nltk_data), "NO_COLOR": "1"}

        import numpy
        import scipy

        print(
            f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"numpy {numpy.__version__}, scipy {scipy.__version__}, {platform.platform()}\n"
        )
        if not arguments.skip_sumy:
            print("\n".join(compare_with_sumy(sizes, env, work)) + "\n")
        print("\n".join(book(2000 if arguments.quick else 10_000, env, work)) + "\n")
        print("\n".join(cold_start(env, 2 if arguments.quick else 5)))


if __name__ == "__main__":
    main()
