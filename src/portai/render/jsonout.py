"""JSON: one object per article (schema in the README); JSONL: the same object on one line."""

from __future__ import annotations

import json
from typing import Any

from portai.models import Summary


def render_json(summary: Summary) -> str:
    return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_json_line(summary: Summary) -> str:
    return json_line(summary.to_dict())


def json_line(record: dict[str, Any]) -> str:
    """One JSON object on one line: what `--format jsonl` writes per input."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
