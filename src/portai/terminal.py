"""Text on its way to a terminal: no control characters, and error lines that stay one line.

Article text, ids and paths come from outside; an escape sequence in them (``ESC ] 0 ; … BEL``
sets a window title, CSI sequences move the cursor or recolour the screen) must not reach the
terminal, and a newline in a file name must not forge a second ``portai: error: …`` line.
JSON needs neither: ``json.dumps`` escapes every control character.
"""

from __future__ import annotations

import re

# An escape sequence as a whole, so that its parameters go with it (not just the ESC):
# OSC/DCS/SOS/PM/APC strings up to BEL or ST, CSI sequences, and two-character escapes.
# The 8-bit forms (C1 introducers U+009B CSI, U+009D OSC, ...) are matched as well.
_SEQUENCE = re.compile(
    r"""
    (?: \x1b[\]PX^_] | [\x90\x98\x9d\x9e\x9f] )   # OSC, DCS, SOS, PM, APC
        [^\x07\x1b\x9c]* (?: \x07 | \x1b\\ | \x9c )?  #   ... up to BEL or ST (or the end)
    | (?: \x1b\[ | \x9b ) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?   # CSI
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                 # other escapes (ESC c, ESC ( B, ...)
    """,
    re.VERBOSE,
)
# What is left: C0 controls but tab and newline, DEL, C1 controls; and, for one-line text,
# every line or paragraph break Python's str.splitlines knows.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1e\x85\u2028\u2029]+")


def printable(text: str) -> str:
    """``text`` without escape sequences and control characters; newlines and tabs are kept.

    Carriage returns go too (a lone CR rewrites the line on a terminal); CRLF becomes LF.
    """
    if text.isprintable():  # the common case: nothing to do
        return text
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


def one_line(text: str) -> str:
    """``text`` for an error or warning line: printable, every line break a space."""
    if text.isprintable():
        return text
    return printable(_BREAKS.sub(" ", text))
