"""The pattern cache gives the very patterns `re` compiles, whether it compiles them or reads them back."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chronology.pattern_cache as pattern_cache
from chronology.pattern_cache import (
    PatternStore,
    compile_bytes_pattern,
    compile_parsed,
    compile_pattern,
    kept_table,
    kept_text,
)
from chronology.timex.first_chars import compile_with_first_chars
from tests.conftest import ROOT, python_env

PATTERNS: list[tuple[str, int]] = [
    (r"(?<![a-z0-9'])(?:jan(?:uary)?|feb(?:ruary)?)\.?", 0),
    (r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<month>[a-z]+)", 0),
    (r"\b(?:by|until|till)\s+(?:the\s+)?$", re.IGNORECASE),
    (r"^[ \t]*(?-i:[A-Z][A-Za-z]+),?[ \t]+\w+", re.MULTILINE | re.IGNORECASE),
    (r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|\n[ \t]*\n", 0),
    (r"(a)|(b)(?(2)c|d)", 0),
]

TEXTS = [
    "On January 3 and Feb. 4 the 21st of March passed.",
    'Due by the\nLONDON, Monday markets. Then (A) "Quoted." Next',
    "abc bd 3rd of may",
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PatternStore:
    fresh = PatternStore(tmp_path / "patterns.marshal")
    monkeypatch.setattr(pattern_cache, "_STORE", fresh)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return fresh


def _reload(store: PatternStore, monkeypatch: pytest.MonkeyPatch) -> PatternStore:
    """A new process's view: the saved file, nothing built yet."""
    store.save()
    again = PatternStore(store.path)
    monkeypatch.setattr(pattern_cache, "_STORE", again)
    return again


def _same(compiled: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert compiled == expected
    assert compiled.flags == expected.flags
    assert compiled.groupindex == expected.groupindex
    for text in TEXTS:
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in expected.finditer(text)]
        assert [m.groups() for m in compiled.finditer(text)] == [m.groups() for m in expected.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_read_back_is_the_one_re_compiles(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    first = compile_pattern(pattern, flags)
    _same(first, re.compile(pattern, flags))
    assert store.added
    again = _reload(store, monkeypatch)
    second = compile_pattern(pattern, flags)
    _same(second, re.compile(pattern, flags))
    assert second.pattern == pattern
    assert ("re", pattern, flags) in again.used
    assert not again.added  # read back, not compiled again


def test_a_bytes_pattern_read_back_is_the_one_re_compiles(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = rb"0(?:(?<![0-9.,$][0-9])|(?<=(?<![a-z])c\.[0-9]))[0-9]*| (?:mid\-week|w/c)(?![a-z0-9])"
    text = b"in 2022 c.3 and 1,000 mid-week w/c 05"
    first = compile_bytes_pattern(pattern)
    assert first == re.compile(pattern) and store.added
    _reload(store, monkeypatch)
    again = compile_bytes_pattern(pattern)
    assert again == re.compile(pattern) and again.pattern == pattern
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in re.compile(pattern).finditer(text)]
    assert not pattern_cache._STORE.added  # read back, not compiled again


def test_a_parse_tree_pattern_keeps_its_derived_values(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?:the\s+)?(?:next|last)\s+(?:week|month)"
    compiled, chars, starts = compile_with_first_chars(pattern)
    assert compiled.pattern is None  # as re._compiler.compile of a tree makes it
    assert chars == frozenset("tnl") and starts == frozenset({"the", "nex", "las"})
    _reload(store, monkeypatch)
    again, chars_again, starts_again = compile_with_first_chars(pattern)
    assert (again, chars_again, starts_again) == (compiled, chars, starts)
    assert again.pattern is None
    assert [m.span() for m in again.finditer("the next week, last month")] == [(0, 13), (15, 25)]


def test_a_damaged_file_or_entry_is_compiled_afresh(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert store.path is not None
    store.path.write_bytes(b"not marshal data")
    pattern = r"\d+ (?:days?|weeks?)"
    _same(compile_pattern(pattern), re.compile(pattern))
    again = _reload(store, monkeypatch)
    key = ("re", pattern, 0)
    assert key in again.entries()
    flags, code, groups, groupindex, indexgroup = again.entries()[key]
    again.entries()[key] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)  # cut code
    _same(compile_pattern(pattern), re.compile(pattern))
    assert again.added


def test_nothing_is_written_when_bytecode_is_not(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    pattern = r"(?:mon|tues)day"
    _same(compile_pattern(pattern), re.compile(pattern))
    assert not store.added
    assert compile_parsed(pattern, lambda tree: (None, None)) is not None
    assert store.path is not None and not store.path.exists()


def test_stale_entries_are_dropped_once_they_outnumber_the_used_ones(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(5):
        compile_pattern(f"old{number}")
    again = _reload(store, monkeypatch)
    compile_pattern("new")
    again.save()
    assert store.path is not None
    kept = marshal.loads(store.path.read_bytes())[2]
    assert set(kept) == {("re", "new", 0)}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "b", "[a-c]", r"\d", "(?:ab|a)", "(x)", "(?P<n>y)", "z*", "b+?", r"\b", "$", "."]
        ),
        min_size=1,
        max_size=8,
        unique=True,  # a group name once
    ),
    st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL]),
)
def test_any_pattern_round_trips(parts: list[str], flags: int) -> None:
    pattern = "".join(parts)
    compiled, entry = pattern_cache._capture(pattern_cache._parser.parse(pattern, flags), pattern, flags)
    assert compiled == re.compile(pattern, flags)
    rebuilt = pattern_cache._build(pattern, marshal.loads(marshal.dumps(entry)))
    assert rebuilt == re.compile(pattern, flags)


def test_a_second_process_tags_the_same_from_the_cache(tmp_path: Path) -> None:
    """The whole engine's patterns, written by one process and read by the next, tag as compiling does."""
    text = tmp_path / "story.txt"
    text.write_text("The plant closed on Monday, two weeks after the March 3 vote.\n", encoding="utf-8")
    command = [sys.executable, "-m", "chronology", "tag", str(text), "--dct", "2022-02-03"]
    env = {key: value for key, value in python_env().items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    uncached = subprocess.run(
        command, cwd=ROOT, env={**env, "PYTHONDONTWRITEBYTECODE": "1"}, capture_output=True, check=True
    ).stdout
    assert not list((tmp_path / "pycache").rglob("patterns.*.marshal"))
    writing, reading = (
        subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True).stdout for _ in range(2)
    )
    assert list((tmp_path / "pycache").rglob("patterns.*.marshal"))
    assert writing == reading == uncached
    assert b'"value": "2022-01-31"' in uncached


def test_a_file_from_another_interpreter_is_not_read(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?:early|late)\s+(?:spring|autumn)"
    compile_pattern(pattern)
    store.save()
    assert store.path is not None
    layout, _version, entries = marshal.loads(store.path.read_bytes())
    store.path.write_bytes(marshal.dumps((layout, "2.7.18 (another build)", entries)))
    again = PatternStore(store.path)
    monkeypatch.setattr(pattern_cache, "_STORE", again)
    assert again.entries() == {}
    _same(compile_pattern(pattern), re.compile(pattern))
    assert again.added


def test_a_kept_text_is_made_once_and_read_back(store: PatternStore, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []

    def make(text: str) -> Callable[[], str]:
        def made_now() -> str:
            made.append(text)
            return text

        return made_now

    assert kept_text("words", "['may', 'june']", make("(?:june|may)")) == "(?:june|may)"
    assert made == ["(?:june|may)"]
    _reload(store, monkeypatch)
    # read back: nothing is made again, and another key is made afresh
    assert kept_text("words", "['may', 'june']", make("unused")) == "(?:june|may)"
    assert kept_text("words", "['july']", make("(?:july)")) == "(?:july)"
    assert made == ["(?:june|may)", "(?:july)"]


def test_a_kept_table_is_made_once_and_read_back(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[dict[str, int]] = []

    def make(table: dict[str, int]) -> Callable[[], dict[str, int]]:
        def made_now() -> dict[str, int]:
            made.append(table)
            return table

        return made_now

    assert kept_table("forms", "digest 1", make({"went": 1, "goes": 8})) == {"went": 1, "goes": 8}
    _reload(store, monkeypatch)
    # read back in its order: nothing is made again, and another key (edited sources) is made afresh
    again = kept_table("forms", "digest 1", make({}))
    assert again == {"went": 1, "goes": 8} and list(again) == ["went", "goes"]
    assert kept_table("forms", "digest 2", make({"gone": 4})) == {"gone": 4}
    assert made == [{"went": 1, "goes": 8}, {"gone": 4}]


def test_the_verb_form_table_read_back_is_the_one_made(
    store: PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chronology.tense import reader

    made = reader._make_forms()
    assert kept_table("verb forms", reader._forms_digest(), reader._make_forms) == made
    _reload(store, monkeypatch)
    again = kept_table("verb forms", reader._forms_digest(), dict)  # `dict`: an empty table, were it made
    assert again == made and list(again) == list(made)
    assert not pattern_cache._STORE.added  # read back, not made again
