"""Where sentences end, judged locally: sentence punctuation followed by a capital, or a blank line.

A period after an abbreviation ("U.S.", "Jan.", "Gen.") does not end a sentence.
"""

from __future__ import annotations

import re

from chronology.pattern_cache import compile_pattern
from chronology.tense.lexicon import ABBREVIATIONS

#: The end of one sentence and the start of the next: match.end() is where the next one begins.
#: (Both open with one character class, the first character of either alternative, which the lookbehind
#: then tells apart: the engine skips to it in C rather than trying the alternatives at every position.)
SENTENCE_BREAK = compile_pattern(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|(?<=\n)[ \t]*\n)")
#: The punctuation that ends a sentence: match.start() is where it ends.
SENTENCE_END = compile_pattern(r"[.!?\n](?:(?<=[.!?])(?=[\"'”’)\]]*(?:\s|$))|(?<=\n)[ \t]*\n)")
#: (The word starts after no letter or figure: the "s" of "in the 1880s." is no initial.)
_WORD_BEFORE_PERIOD = compile_pattern(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)$")


def is_abbreviation(text: str, period: int) -> bool:
    """Whether the period at `period` closes an abbreviation rather than a sentence."""
    match = _WORD_BEFORE_PERIOD.search(text, max(0, period - 12), period)
    if match is None:
        return False
    word = match.group(1)
    # An initial ("J. Smith"), a word with inner periods ("U.S.", "a.m."), or a known abbreviation.
    return len(word) == 1 or "." in word or word.lower() in ABBREVIATIONS


def is_break(text: str, match: re.Match[str]) -> bool:
    return match.group().startswith("\n") or not is_abbreviation(text, match.start())


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends somewhere in text[start:end]."""
    return any(is_break(text, match) for match in SENTENCE_BREAK.finditer(text, start, end))
