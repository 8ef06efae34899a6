"""ROUGE of every method on a JSONL set of articles with human reference summaries.

The core of ``portai evaluate``. Returns data; the CLI renders it. ROUGE comes from Google's
``rouge-score`` package (F1, Porter-stemmed, ROUGE-Lsum over newline-separated sentences),
an optional dependency: ``pip install 'portai[eval]'``. A reference written in Chinese or
Japanese is scored by characters (``CharacterTokenizer``), as LCSTS results are reported.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portai.config import Length, SummaryConfig
from portai.errors import InputNotReadableError, InputNotUsableError, PortaiError, UsageError
from portai.languages import DEFAULT_LANGUAGE

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
# An evaluation set is read whole: at most this many bytes (the shipped sets are 1-2 MB).
MAX_SET_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class EvalRecord:
    """One article of an evaluation set, with its human reference (one sentence per line)."""

    id: str
    text: str
    summary: str
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class MethodScore:
    """Mean ROUGE F1 (0-100) of one method over a set of articles (or one part of it)."""

    method: str
    part: str | None  # the records' "source", when a set mixes several
    articles: int
    errors: int
    seconds: float
    rouge1: float
    rouge2: float
    rougeLsum: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "part": self.part,
            "articles": self.articles,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
            "rouge1": round(self.rouge1, 2),
            "rouge2": round(self.rouge2, 2),
            "rougeLsum": round(self.rougeLsum, 2),
        }


def load_records(path: Path) -> list[EvalRecord]:
    """Records ``{"id", "text", "summary"[, "title", "source"]}``, one JSON object per line, from
    a UTF-8 file (a byte-order mark is dropped) of at most ``MAX_SET_BYTES``. A line that is
    not such a record, is nested too deep or holds a number too long to convert (see
    ``portai.readers.jsonl``) is ``InputNotUsableError``, as is a set that is too large, binary
    or empty. Lone surrogates in strings become U+FFFD."""
    from portai.readers.jsonl import RecordError, load_json, valid_unicode

    text = _read_set(path)
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = load_json(line)
        except RecordError as error:
            raise InputNotUsableError(f"{path}:{number}: {error}") from None
        if not (isinstance(row, dict) and isinstance(row.get("text"), str)
                and isinstance(row.get("summary"), str)):  # fmt: skip
            raise InputNotUsableError(f'{path}:{number}: a record needs "text" and "summary"')
        identifier = row.get("id", number)
        records.append(
            EvalRecord(
                id=valid_unicode(str(identifier)),
                text=valid_unicode(row["text"]),
                summary=valid_unicode(row["summary"]),
                title=_string(row.get("title")),
                source=_string(row.get("source")),
            )
        )
    if not records:
        raise InputNotUsableError(f"{path} holds no records")
    return records


def _read_set(path: Path) -> str:
    """The set's text: at most ``MAX_SET_BYTES`` read (``/dev/zero`` stops there), UTF-8."""
    from portai.reading import SNIFF_LENGTH, sniff_binary

    try:
        with path.open("rb") as handle:
            data = handle.read(SNIFF_LENGTH)
            kind = sniff_binary(data)
            if kind is not None:
                raise InputNotUsableError(f"{path} {kind}, not JSONL")
            data += handle.read(max(0, MAX_SET_BYTES + 1 - len(data)))
    except FileNotFoundError:
        raise InputNotReadableError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputNotReadableError(f"{path} is a directory, not a JSONL file") from None
    except OSError as error:
        raise InputNotReadableError(f"cannot read {path}: {error.strerror or error}") from None
    if len(data) > MAX_SET_BYTES:
        raise InputNotUsableError(
            f"{path} is larger than {MAX_SET_BYTES // (1024 * 1024)} MiB; split it first"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputNotReadableError(f"cannot read {path}: not UTF-8 (byte {error.start})") from None


def _string(value: object) -> str | None:
    from portai.readers.jsonl import valid_unicode

    return valid_unicode(value) if isinstance(value, str) else None


def rouge_scorer(*, characters: bool = False) -> Any:
    """rouge-score's scorer, or a UsageError that says how to install it. With ``characters``
    every CJK character is a token (rouge-score's own tokenizer drops all non-Latin text)."""
    try:
        from rouge_score.rouge_scorer import RougeScorer
    except ImportError:
        raise UsageError(
            "portai evaluate needs the rouge-score package: pip install 'portai[eval]'"
        ) from None
    if characters:
        return RougeScorer(list(ROUGE_TYPES), tokenizer=CharacterTokenizer())
    return RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


# Han, kana, Hangul and CJK punctuation-free letters: scored one character at a time.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CHARACTER_TOKENS = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_HAS_CJK = re.compile(f"[{_CJK}]")


class CharacterTokenizer:
    """The tokens ROUGE counts in Chinese and Japanese: each CJK character, and each run of
    other letters and digits (lower-cased), as is usual for LCSTS."""

    def tokenize(self, text: str) -> list[str]:
        return _CHARACTER_TOKENS.findall(text.lower())


def scores_by_characters(reference: str) -> bool:
    """Whether a reference is scored by characters: it is written in CJK (at least half its
    letters are), not English that names "杜甫" in passing."""
    cjk = len(_HAS_CJK.findall(reference))
    return cjk > 0 and 2 * cjk >= sum(character.isalpha() for character in reference)


def evaluate(
    records: Sequence[EvalRecord],
    methods: Sequence[str],
    *,
    sentences: int,
    language: str = DEFAULT_LANGUAGE,
    engine: str = "fast",
    progress: Callable[[], None] | None = None,
) -> list[MethodScore]:
    """Each method's mean ROUGE over ``records``, then per part when the records mix sources.

    Every article is summarized as a user gets it (``sentences`` sentences, no key points or
    keywords). An article a method fails on counts as an error and scores 0.
    """
    from portai.summarizer import summarize

    scorer, character_scorer = rouge_scorer(), rouge_scorer(characters=True)
    results = []
    for method in methods:
        config = SummaryConfig(
            method=method,
            length=Length("sentences", sentences),
            language=language,
            points=0,
            keywords=0,
            engine=engine,
        )
        rows: list[tuple[str | None, dict[str, float] | None, float]] = []
        for record in records:
            start = time.perf_counter()
            try:
                summary = summarize(record.text, config, title=record.title)
            except PortaiError:
                rows.append((record.source, None, time.perf_counter() - start))
            else:
                seconds = time.perf_counter() - start
                prediction = "\n".join(s.text for s in summary.sentences)
                by_characters = scores_by_characters(record.summary)
                scores = (character_scorer if by_characters else scorer).score(
                    record.summary, prediction
                )
                rows.append((record.source, {k: v.fmeasure for k, v in scores.items()}, seconds))
            if progress is not None:
                progress()
        results.append(_mean(method, None, rows))
        parts = sorted({source for source, _, _ in rows if source is not None})
        if len(parts) > 1:
            results += [
                _mean(method, part, [row for row in rows if row[0] == part]) for part in parts
            ]
    return results


def _mean(
    method: str,
    part: str | None,
    rows: Iterable[tuple[str | None, dict[str, float] | None, float]],
) -> MethodScore:
    rows = list(rows)
    count = len(rows) or 1

    def average(kind: str) -> float:
        return 100 * sum(scores[kind] for _, scores, _ in rows if scores is not None) / count

    return MethodScore(
        method=method,
        part=part,
        articles=len(rows),
        errors=sum(scores is None for _, scores, _ in rows),
        seconds=sum(seconds for _, _, seconds in rows),
        rouge1=average("rouge1"),
        rouge2=average("rouge2"),
        rougeLsum=average("rougeLsum"),
    )
