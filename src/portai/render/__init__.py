"""Renderers: one per output format; each turns a Summary into what is written to stdout."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from portai.models import Summary
from portai.render.jsonout import render_json, render_json_line
from portai.render.markdown import render_markdown
from portai.render.plain import render_text


class OutputFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"  # one compact JSON object per line, per input


RENDERERS: dict[OutputFormat, Callable[[Summary], str]] = {
    OutputFormat.TEXT: render_text,
    OutputFormat.MARKDOWN: render_markdown,
    OutputFormat.JSON: render_json,
    OutputFormat.JSONL: render_json_line,
}
# File name extensions for --output-dir.
EXTENSIONS: dict[OutputFormat, str] = {
    OutputFormat.TEXT: ".txt",
    OutputFormat.MARKDOWN: ".md",
    OutputFormat.JSON: ".json",
    OutputFormat.JSONL: ".json",
}

__all__ = [
    "EXTENSIONS",
    "RENDERERS",
    "OutputFormat",
    "render_json",
    "render_json_line",
    "render_markdown",
    "render_text",
]
