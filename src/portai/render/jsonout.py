"""JSON: one object per article (schema in the README); JSONL: the same object on one line."""

from __future__ import annotations

import json
import re
from typing import Any

from portai.models import Summary

# json.dumps escapes C0 controls (ESC included) but, with ensure_ascii=False, writes DEL and the
# C1 controls (U+0080-U+009F; U+009B is an 8-bit CSI) as they are. They can only stand inside
# strings, so escaping them keeps the JSON valid and its data the same.
_UNESCAPED_CONTROLS = re.compile("[\x7f-\x9f]")


def _dumps(record: Any, **options: Any) -> str:
    text = json.dumps(record, ensure_ascii=False, **options)
    return _UNESCAPED_CONTROLS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def render_json(summary: Summary) -> str:
    return _dumps(summary.to_dict(), indent=2) + "\n"


def render_json_line(summary: Summary) -> str:
    return json_line(summary.to_dict())


def json_line(record: dict[str, Any]) -> str:
    """One JSON object on one line: what `--format jsonl` writes per input."""
    return _dumps(record, separators=(",", ":")) + "\n"
