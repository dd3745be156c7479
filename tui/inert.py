"""Document text made inert for the screen, keeping every character offset.

Rich `Text` never parses markup, but it keeps ESC and most other control characters; each control
character becomes one visible stand-in (its Unicode control picture, or U+FFFD for C1), so the highlight
offsets computed on the document text still line up.
"""

from __future__ import annotations

_STAND_INS: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_STAND_INS[0x7F] = "\u2421"
_STAND_INS.update(dict.fromkeys(range(128, 160), "�"))

_ONE_LINE = dict(_STAND_INS)
_ONE_LINE[0x09] = " "
_ONE_LINE[0x0A] = " "


def inert(text: str) -> str:
    """Same length as `text`; tabs and newlines kept, every other control character shown as a symbol."""
    return text.translate(_STAND_INS)


def inert_line(text: str) -> str:
    """Same length as `text`, on one line: for headlines and list cells."""
    return text.translate(_ONE_LINE)
