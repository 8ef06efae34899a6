"""Golden files: each sample's expected text and Markdown output, side by side in tests/golden/.

Regenerate after an intended change, then review the diff:  python -m tests.golden
"""

from __future__ import annotations

from pathlib import Path

from portai import summarize
from portai.render import render_markdown, render_text

from .conftest import SAMPLE_FILES

GOLDEN = Path(__file__).resolve().parent / "golden"
RENDERERS = {"txt": render_text, "md": render_markdown}


def expected_path(sample: Path, extension: str) -> Path:
    return GOLDEN / f"{sample.stem}.{extension}"


def render_sample(sample: Path, extension: str) -> str:
    result = summarize(sample.read_text(encoding="utf-8"), source=f"samples/{sample.name}")
    return RENDERERS[extension](result)


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for sample in SAMPLE_FILES:
        for extension in RENDERERS:
            path = expected_path(sample, extension)
            path.write_text(render_sample(sample, extension), encoding="utf-8")
            print(f"wrote {path.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    main()
