"""Renderers: one per output format; each turns a Summary into what is written to stdout."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from portai.models import Summary
from portai.render.jsonout import render_json
from portai.render.markdown import render_markdown
from portai.render.plain import render_text


class OutputFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


RENDERERS: dict[OutputFormat, Callable[[Summary], str]] = {
    OutputFormat.TEXT: render_text,
    OutputFormat.MARKDOWN: render_markdown,
    OutputFormat.JSON: render_json,
}

__all__ = ["RENDERERS", "OutputFormat", "render_json", "render_markdown", "render_text"]
