"""The characters a regular pattern's match can begin with, so hopeless rules are skipped cheaply.

Computed once per rule from the parsed pattern (the standard library's own parser); None means
"any character" (a pattern we cannot bound). The starts go two characters further: the strings of
up to three characters a match can begin with ("the", "thi", "two", "2"), which tell "the" from "this"
and "two" (a prefix word opens most expressions, and rules opening with "the" are many). The long
starts go to eight, with blanks and digits each written as one character ("month l", "the 0th"): they
tell "this year" from "thirty" and "month ago" from "month long", and halve the rules tried; a rule
with too many of them is bounded at a shorter length that keeps them few ("4 per c" against "4 year").
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from chronology.pattern_cache import compile_parsed

# The standard library's regular-expression constants (re._constants since Python 3.11); no type stubs.
sre_constants: Any = importlib.import_module("re._constants")


def compile_with_first_chars(
    pattern: str,
) -> tuple[re.Pattern[str], frozenset[str] | None, frozenset[str] | None]:
    """The compiled pattern, every character a non-empty match may start with, and every string of up
    to three characters a match may start with (None: unbounded; a shorter entry: a match that may end
    after it, or go on with any character)."""
    compiled, first, starts, _ = compile_with_starts(pattern)
    return compiled, first, starts


def compile_with_starts(
    pattern: str,
) -> tuple[re.Pattern[str], frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]:
    """`compile_with_first_chars`, and the strings of up to eight characters a match may start with
    (`_LONG_START_LENGTH`; None: unbounded, or too many to be worth keeping), which tell "this" from
    "thirty" and "month long" from "month ago" where three characters cannot. They are written in
    canonical characters (`canonical_char`): a match's first characters, so written, are one of them.

    The pattern is parsed once for all of them (start-up time matters: the grammar has many large
    patterns), and not at all when a previous run's compiled form is cached (`chronology.pattern_cache`).
    """
    found = compile_parsed(pattern, _first_chars_and_starts)
    if found is None:
        return re.compile(pattern), None, None, None
    compiled, first, (starts, long_starts) = found
    return compiled, first, starts, long_starts


def _first_chars_and_starts(
    parsed: Any,
) -> tuple[frozenset[str] | None, tuple[frozenset[str] | None, frozenset[str] | None]]:
    try:
        chars, _ = _sequence(parsed.data)
        starts = _starts(parsed.data)
    except (AttributeError, TypeError, ValueError):  # a parse tree of another shape: any start is possible
        return None, (None, None)
    return (
        None if chars is None else frozenset(chars),
        (None if starts is None or "" in starts else _fewer_starts(starts), _long_starts(parsed)),
    )


def canonical_char(char: str) -> str:
    """The character as the long starts write it: any blank as " ", any decimal digit as "0" (what "\\s"
    and "\\d" match, in full), so that a class of either is one character, not a product of many."""
    if char.isspace():
        return " "
    if char.isdecimal():
        return "0"
    return char


#: `canonical_char` of each ASCII character, as a `str.translate` table.
_ASCII_CANONICAL = {code: canonical_char(chr(code)) for code in range(128)}


def canonical_text(text: str) -> str:
    """`text` with each character written as `canonical_char` writes it."""
    if text.isascii():  # the same characters, from a table made by `canonical_char` itself
        return text.translate(_ASCII_CANONICAL)
    return "".join(map(canonical_char, text))


def _long_starts(parsed: Any) -> frozenset[str] | None:
    """The strings of up to `_LONG_START_LENGTH` characters a match may begin with, or, where those are
    more than `_MOST_LONG_STARTS`, of up to the longest length below it that keeps them fewer (None:
    unbounded, or too many even at `_SHORTEST_LONG_START`). The finder compares them with every beginning
    of the text's next eight characters, so strings of any of these lengths rule a rule out as well."""
    if parsed.state.flags & re.IGNORECASE:
        return None  # the starts are read as the pattern writes them; the finder matches lower-cased text
    for length in range(_LONG_START_LENGTH, _SHORTEST_LONG_START - 1, -1):
        most = _MOST_LONG_STARTS if length == _LONG_START_LENGTH else _MOST_SHORTER_LONG_STARTS
        try:
            starts = _starts(parsed.data, length, most)
        except (AttributeError, TypeError, ValueError):
            return None
        if starts is not None:
            return None if "" in starts else frozenset(_without_longer(starts))
    return None


def _without_longer(starts: set[str]) -> set[str]:
    """`starts` less each one that a shorter one of them begins ("month" and "month a": "month"): the finder
    keeps a rule when one of them begins the text's next characters, as the shorter one then does too. The
    sets are loaded at every start-up (a fifth of their strings go)."""
    return {start for start in starts if not any(start[:size] in starts for size in range(1, len(start)))}


_START_LENGTH = 3
# The cap bounds the work on a pattern with a very wide opening. The "span" rule (an optional modifier,
# determiner and adjectives before its count: "the past three years") passes some 7,200 on the way; left
# unbounded, it would be tried at every word before a unit.
_MOST_STARTS = 10000
# More third characters than this after one pair ("19" and any digit): the pair alone is kept, which lets
# any third character through. The sets stay small to load at start-up, and still tell "the" from "this".
_MOST_THIRD_CHARACTERS = 4
# The long starts (`_long_starts`): eight characters reach past a short word and the blank after it
# ("month l"); a rule with more of them than this is left to the three-character starts (the sets are
# loaded at every start-up, and the products that make them must stay small).
_LONG_START_LENGTH = 8
_MOST_LONG_STARTS = 4096
_MOST_LONG_PRODUCT = 16  # times `_MOST_LONG_STARTS`: the most strings one step may build
# A rule with too many long starts at eight characters ("the year-earlier third quarter": an optional
# determiner and adjectives before a count) is bounded at the longest length, down to four, that keeps
# them fewer than this: five or six characters still tell "4 per c" from "4 year" and leave the rule out
# of most places it was tried at (a fifth fewer rules tried). The cap is lower than at eight characters:
# every start is loaded at start-up, and larger sets cost more to load than they save on a 2 MB run.
_SHORTEST_LONG_START = 4
_MOST_SHORTER_LONG_STARTS = 1024


def _fewer_starts(starts: set[str]) -> frozenset[str]:
    thirds: dict[str, list[str]] = {}
    for start in starts:
        if len(start) == _START_LENGTH:
            thirds.setdefault(start[:-1], []).append(start)
    kept = {start for start in starts if len(start) < _START_LENGTH}
    for pair, longer in thirds.items():
        if len(longer) > _MOST_THIRD_CHARACTERS:
            kept.add(pair)
        else:
            kept.update(longer)
    return frozenset(kept)


def _starts(
    items: list[tuple[Any, Any]], length: int = _START_LENGTH, most: int | None = None
) -> set[str] | None:
    """The strings of up to `length` characters a sequence's match may begin with (None: unbounded).

    With `most` (the long starts), more than `most` strings at any step is unbounded too, and so is a
    scoped flag (a case-insensitive group matches more than it writes)."""
    done: set[str] = set()  # starts already `length` characters long
    growing = {""}
    for op, arg in items:
        if not growing:
            break
        options = _item_starts(op, arg, length, most)
        if options is None:
            return None
        if len(growing) == 1 and "" in growing:
            extended = set(options)  # every option is at most `length` characters long already
        else:
            if most is not None and len(growing) * len(options) > most * _MOST_LONG_PRODUCT:
                return None
            extended = {(start + option)[:length] for start in growing for option in options}
        growing = {start for start in extended if len(start) < length}
        done |= extended - growing
        if len(done) > (_MOST_STARTS if most is None else most):
            return None
        if most is not None and len(growing) > most:
            return None
    return done | growing


def _item_starts(op: Any, arg: Any, length: int = _START_LENGTH, most: int | None = None) -> set[str] | None:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(arg)} if most is None else {canonical_char(chr(arg))}
    if op is c.IN:
        chars, _ = _item(op, arg)
        if chars is None or most is None:
            return chars
        return {canonical_char(char) for char in chars}
    if op is c.SUBPATTERN:
        if most is not None and (arg[1] or arg[2]):
            return None  # a scoped flag ("(?i:...)")
        return _starts(arg[-1].data, length, most)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            branch_starts = _starts(branch.data, length, most)
            if branch_starts is None:
                return None
            union |= branch_starts
            if most is not None and len(union) > most:
                return None
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = arg
        once = _starts(sub.data, length, most)
        if once is None:
            return None
        repeated: set[str] = {""} if low == 0 else set()
        current = {""}
        for count in range(1, min(high, length) + 1):
            if most is not None and len(current) * len(once) > most * _MOST_LONG_PRODUCT:
                return None
            current = {(start + option)[:length] for start in current for option in once}
            if count >= low or count == length:
                repeated |= current
            if most is not None and len(repeated) > most:
                return None
        return repeated
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero-width
    return None


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """First characters of a sequence, and whether the whole sequence may match empty."""
    result: set[str] = set()
    for op, arg in items:
        chars, nullable = _item(op, arg)
        if chars is None:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def _item(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_arg in arg:
            if sub_op is c.LITERAL:
                chars.add(chr(sub_arg))
            elif sub_op is c.RANGE:
                low, high = sub_arg
                if high - low > 400:
                    return None, False
                chars.update(chr(code) for code in range(low, high + 1))
            elif sub_op is c.CATEGORY:
                if sub_arg is c.CATEGORY_DIGIT:
                    chars.update("0123456789")
                elif sub_arg is c.CATEGORY_SPACE:
                    chars.update(" \t\n\r\f\v")
                else:
                    return None, False
            else:  # NEGATE and others
                return None, False
        return chars, False
    if op is c.SUBPATTERN:
        return _sequence(arg[-1].data)
    if op is c.BRANCH:
        union: set[str] = set()
        nullable = False
        for branch in arg[1]:
            chars_branch, branch_nullable = _sequence(branch.data)
            if chars_branch is None:
                return None, False
            union |= chars_branch
            nullable = nullable or branch_nullable
        return union, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = arg
        chars_sub, sub_nullable = _sequence(sub.data)
        if chars_sub is None:
            return None, False
        return chars_sub, low == 0 or sub_nullable
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width
    return None, False
