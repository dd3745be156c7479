"""Compiled regular expressions kept from one run to the next, as Python keeps compiled bytecode.

The grammar, the resolver and the readers compile a few hundred patterns, some with thousands of
alternatives; compiling them took about a third of `chronology tag`'s start-up. The standard library
compiles a pattern in two steps: a parse and code generation in Python, then `_sre.compile`, which
builds the pattern object from the generated code in C. This module stores what the first step made
(the code, flags and group names) in a file beside the package's bytecode and, in the next process,
hands it straight to `_sre.compile`: the same pattern object (patterns compare equal on their code),
without the Python-side work.

The file is named after the interpreter's cache tag and the regex engine's version and holds the exact
interpreter version it was written by (another one's code generation may differ); it is read like a `.pyc`
(same folder, same trust) and written, like bytecode, unless `sys.dont_write_bytecode` is set. A pattern
whose code cannot be captured, or whose cached code the engine rejects, is compiled the ordinary way.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterable
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

# The engine's own modules (re._parser, re._compiler since Python 3.11; _sre in C); no type stubs.
_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

_CODE_TYPE = "I" if array("I").itemsize == _sre.CODESIZE else "L"
_FORMAT = 8  # bump when an entry's layout or a derived value (or how it is derived) changes

# An entry: (flags, code as bytes, groups, group index, index group[, first chars, first starts]),
# (text,) for a text kept by `kept_text`, or (table,) for a table kept by `kept_table`.
_Entry = tuple[Any, ...]
# A key: ("re", a pattern's text (str or bytes), its flags), ("tree", text, 0) or (kind, key, 0) of a kept text.
_Key = tuple[str, str | bytes, int]


def default_path() -> Path | None:
    """The cache file beside this module's bytecode (honours `sys.pycache_prefix`)."""
    try:
        bytecode = Path(cache_from_source(__file__))
    except (NotImplementedError, ValueError):  # no cache tag: bytecode is not cached either
        return None
    return bytecode.with_name(f"patterns.{sys.implementation.cache_tag}.sre{_sre.MAGIC}.marshal")


class PatternStore:
    """The entries read from one cache file, those this process used or added, and the patterns built."""

    def __init__(self, path: Path | None, *, save_at_exit: bool = False) -> None:
        self.path = path
        self.save_at_exit = save_at_exit
        self.loaded: dict[_Key, _Entry] | None = None
        self.used: dict[_Key, _Entry] = {}
        self.added = False
        self.patterns: dict[tuple[str | bytes, int], re.Pattern[Any]] = {}

    def entries(self) -> dict[_Key, _Entry]:
        if self.loaded is None:
            self.loaded = {}
            if self.path is not None:
                with contextlib.suppress(Exception):  # unreadable or of another layout: start afresh
                    stored = marshal.loads(self.path.read_bytes())
                    if stored[:2] == (_FORMAT, sys.version) and isinstance(stored[2], dict):
                        self.loaded = stored[2]
        return self.loaded

    @property
    def saves(self) -> bool:
        """Whether new entries can be kept: the file is written as bytecode is (not when it is not)."""
        return self.path is not None and not sys.dont_write_bytecode

    def get(self, key: _Key) -> _Entry | None:
        entry = self.entries().get(key)
        if entry is not None:
            self.used[key] = entry
        return entry

    def add(self, key: _Key, entry: _Entry) -> None:
        self.used[key] = entry
        if not self.added and self.saves:
            self.added = True
            if self.save_at_exit:
                # Saved when the process ends, by the process that compiled: forked workers leave
                # through os._exit and do not run exit handlers.
                atexit.register(self.save, os.getpid())

    def save(self, pid: int | None = None) -> None:
        if self.path is None or (pid is not None and pid != os.getpid()):
            return
        kept = dict(self.used)
        loaded = self.entries()
        if len(loaded.keys() - kept.keys()) <= len(kept):
            # another command's patterns stay; stale ones (from edited rules) go once they outnumber these
            kept = {**loaded, **kept}
        # a folder not ours to write is left alone, as bytecode is not written there either
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps((_FORMAT, sys.version, kept)))
            os.replace(temporary, self.path)


_STORE = PatternStore(default_path(), save_at_exit=True)


def _build(pattern: str | bytes | None, entry: _Entry) -> re.Pattern[Any] | None:
    try:
        flags, code, groups, groupindex, indexgroup = entry[:5]
        compiled: re.Pattern[Any] = _sre.compile(
            pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
        )
    except Exception:  # an entry of another layout, or code the engine rejects: compile afresh
        return None
    return compiled


def _capture(parsed: Any, pattern: str | bytes | None, flags: int) -> tuple[re.Pattern[Any], _Entry]:
    """`re._compiler.compile(parsed)`, step by step, keeping what it hands to `_sre.compile`."""
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (
        int(flags | parsed.state.flags),
        array(_CODE_TYPE, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    compiled: re.Pattern[Any] = _sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])
    return compiled, entry


def longest_first(phrases: Iterable[str]) -> list[str]:
    """Phrases longest first (for an alternation), those of one length in alphabetical order.

    A set's own order changes from one process to the next (strings hash differently), and a pattern's
    text must not: the cache would miss it at every start and compile it afresh. Phrases of one length
    never match at the same place, so their order does not change what a pattern matches.
    """
    return sorted(phrases, key=lambda phrase: (-len(phrase), phrase))


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` for a str pattern, from the cache when it holds the pattern."""
    compiled: re.Pattern[str] = _compile(pattern, int(flags))
    return compiled


def compile_bytes_pattern(pattern: bytes) -> re.Pattern[bytes]:
    """`re.compile(pattern)` for a bytes pattern, from the cache when it holds the pattern."""
    compiled: re.Pattern[bytes] = _compile(pattern, 0)
    return compiled


def _compile(pattern: str | bytes, flags: int) -> Any:
    compiled = _STORE.patterns.get((pattern, flags))
    if compiled is not None:
        return compiled
    key = ("re", pattern, flags)
    stored = _STORE.get(key)
    compiled = _build(pattern, stored) if stored is not None else None
    if compiled is None:
        compiled = re.compile(pattern, flags)
        if _STORE.saves:
            with contextlib.suppress(Exception):  # a pattern the steps cannot reproduce is not cached
                captured, entry = _capture(_parser.parse(pattern, flags), pattern, flags)
                if captured == compiled:  # equal patterns have equal code: the capture is sound
                    _STORE.add(key, entry)
    _STORE.patterns[(pattern, flags)] = compiled
    return compiled


def kept_text(kind: str, key: str, make: Callable[[], str]) -> str:
    """`make()`, a text that depends on `key` alone, kept from one run to the next as the patterns are:
    for a text that is slow to derive and is derived at every start (a pattern's source, for one)."""
    stored = _STORE.get((kind, key, 0))
    if stored is not None and len(stored) == 1 and isinstance(stored[0], str):
        return stored[0]
    text = make()
    if _STORE.saves:
        _STORE.add((kind, key, 0), (text,))
    return text


def kept_table(kind: str, key: str, make: Callable[[], dict[str, int]]) -> dict[str, int]:
    """`make()`, a table of words that depends on `key` alone (a digest of what it is made from), kept from
    one run to the next as the patterns are: reading a large table back costs about half of making it
    afresh from word lists at every start. The caller owns the table returned: it must not change it."""
    stored = _STORE.get((kind, key, 0))
    if stored is not None and len(stored) == 1 and isinstance(stored[0], dict):
        table: dict[str, int] = stored[0]
        return table
    table = make()
    if _STORE.saves:
        _STORE.add((kind, key, 0), (table,))
    return table


def compile_parsed(
    pattern: str, derive: Callable[[Any], tuple[Any, Any]]
) -> tuple[re.Pattern[str], Any, Any] | None:
    """The pattern compiled from its parse tree (its `.pattern` is None, as `re._compiler.compile` of
    a tree makes it) and the two values `derive(tree)` computes from the tree (marshallable values:
    they are cached with the pattern); None when the pattern cannot be compiled so."""
    key = ("tree", pattern, 0)
    stored = _STORE.get(key)
    if stored is not None and len(stored) == 7:
        built = _build(None, stored)
        if built is not None:
            return built, stored[5], stored[6]
    try:
        parsed = _parser.parse(pattern)
        compiled: re.Pattern[str] = _compiler.compile(parsed)
    except Exception:
        return None
    first, second = derive(parsed)
    if _STORE.saves:
        with contextlib.suppress(Exception):  # a pattern the steps cannot reproduce is not cached
            captured, entry = _capture(parsed, None, 0)
            marshal.dumps((first, second))
            if captured == compiled:
                _STORE.add(key, (*entry, first, second))
    return compiled, first, second
