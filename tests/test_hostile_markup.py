"""Markup-shaped hostile input (issue 15's readers, issue 16's promise): a text made of one
markup opener repeated, with nothing to close it, is read or refused with one clear error.

Each of these took 7 s to minutes before its pattern was bounded or its spans were found in
one pass (``cleaning.enclosed_spans``): "<!--" unclosed 25,000 times made every match scan to
the end of the text. No test times anything: a regression makes
the suite slow, which CI's limit catches.
"""

from __future__ import annotations

import pytest

from portai import summarize
from portai.errors import InputNotUsableError

N = 100_000
HOSTILE = {
    "unclosed brackets": "[" * N + "x",
    "link openers": "](" * (N // 2),
    "template braces": "{{" * (N // 2) + " text.",
    "unclosed comments": "<!--" * (N // 4) + " text.",
    "unclosed pre": "<pre>" * (N // 5) + " text.",
    "unclosed sup": "<sup>" * (N // 5) + " text.",
    "emphasis marks": "*a " * (N // 3) + "text.",
    "underscores": "_a " * (N // 3),
    "speaker labels": "A: " * (N // 3),
    "wiki headings": "== H ==\n" * (N // 8),
    "WikiText tokens": " @-@ " * (N // 5),
    "citation markers": "Word [1] " * (N // 9),
    "LaTeX": "\\mathbf {x} _{1} \\frac{a}{b} " * (N // 30),
    "front matter": "---\n" + "key: value\n" * (N // 11) + "---\n\nThe body is one sentence.",
    "wire datelines": "/PRNewswire/ -- " * (N // 16),
    "numbered lines": "".join(f"{i}. H\n" for i in range(N // 8)),
    "fences nothing closes": "```\n" + "~~~ x\n" * (N // 6) + "Text.",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_markup_shaped_input_is_read_or_refused_cleanly(text: str) -> None:
    try:
        summary = summarize(text)
    except InputNotUsableError as error:
        assert str(error)  # one clear line, exit 4 in the CLI
    else:
        assert summary.sentences


def test_a_page_of_unclosed_superscripts_is_read_or_refused_cleanly() -> None:
    page = "<html><body><p>" + "<sup>1" * 20_000 + " text.</p></body></html>"
    with pytest.raises(InputNotUsableError):
        summarize(page.encode(), format="html")
