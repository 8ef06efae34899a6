"""Each sample summarizes to exactly its golden file (see tests/golden.py to regenerate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import SAMPLE_FILES
from .golden import RENDERERS, expected_path, render_sample


@pytest.mark.parametrize("extension", list(RENDERERS))
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_matches_golden_file(sample: Path, extension: str) -> None:
    expected = expected_path(sample, extension).read_text(encoding="utf-8")
    assert render_sample(sample, extension) == expected
