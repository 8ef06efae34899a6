"""JSON: one object per article (schema in the README)."""

from __future__ import annotations

import json

from portai.models import Summary


def render_json(summary: Summary) -> str:
    return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
