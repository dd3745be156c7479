"""The faster ways `chronology tag` does its work give the same answers as the plain ways they replace.

The finder's split trigger scan against one scan of the grammar's trigger pattern, the JSON written
piece by piece against `json.dumps` of the record, and the first characters read from a pattern.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.cli.tag import _timex_json, timex_record
from chronology.tense.reader import _Tokens
from chronology.timex import analyze_text, grammar_for
from chronology.timex.finder import _has_top_level_bar, _tables, _trigger_spans
from chronology.timex.first_chars import compile_with_first_chars
from chronology.timex.grammar import lower_same_length


def _one_scan(low: str) -> list[tuple[int, int]]:
    return [match.span() for match in grammar_for("en").trigger_pattern.finditer(low)]


TRIGGER_TEXTS = [
    "the talks ended on monday, two weeks after the vote",
    "may 3 and june 4, 2022",
    "sales in q1 rose 2,000 units; fy24 and 1q results",
    "h2 2023 guidance; 3.5 percent; $40 a share",
    "in the '90s and '98",
    "h2٣1q",  # a word holding a digit, then non-ASCII digits: the careful merge
    "٣1q",
    "year-end 2022-23 season",
    "1999",
    "week",
    "",
]


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
def test_split_scan_finds_what_one_scan_finds(text: str) -> None:
    assert _tables(grammar_for("en")).scan is not None
    low = lower_same_length(text)
    assert _trigger_spans(low, grammar_for("en")) == _one_scan(low)


@pytest.mark.parametrize(
    ("pattern", "alternation"),
    [("a|b", True), ("(a)|b", True), ("a[b|c]|d", True), ("(?:a|b)", False), ("[|]", False), (r"\|", False),
     ("[]|]x", False), ("[^]|]", False), (r"[\]|]", False), ("(?:x)(?![a-z0-9])", False)],
)  # fmt: skip
def test_top_level_alternation(pattern: str, alternation: bool) -> None:
    # the split scan is only used when the trigger pattern's word part is not an alternation itself
    assert _has_top_level_bar(pattern) is alternation


PIECES = st.sampled_from(
    [
        "q1", "1q", "h2", "4q", "year", "may", "monday", "'90s", "fy24", "3.5", "$4", "2,000", "٣", "٤1",
        "2022", "7", "a", "the", "x", " ", "-", "'", ".", ",", "\n", "days", "mid-morning", "week",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_split_scan_matches_one_scan_on_any_mix(text: str) -> None:
    assert _trigger_spans(text, grammar_for("en")) == _one_scan(text)


JSON_TEXTS = [
    'The "board" met on Monday\\Tuesday, and again on March 3, 2022 at 3 p.m.',
    "Der Vorstand tagte am Montag; the report came out last year — in June — with café prices.",
    "Control\x01characters\ttabs and a line break\non Friday, two weeks ago.",
]


@pytest.mark.parametrize("text", JSON_TEXTS)
def test_timex_json_is_json_dumps_of_the_record(text: str) -> None:
    expressions = analyze_text(text, date(2022, 2, 3)).expressions
    assert expressions
    for expression in expressions:
        assert _timex_json(expression) == json.dumps(timex_record(expression), ensure_ascii=False)


DIGITS = set("0123456789")
FIRST_CHARS = [
    # (pattern, characters a match may begin with, strings of up to two characters it may begin with)
    (r"(?:the|this)\s+week", {"t"}, {"th"}),
    (r"a?b", {"a", "b"}, {"b", "ab"}),
    (r"(?<![a-z])may(?![a-z])", {"m"}, {"ma"}),
    # a one-character entry: a match that may end after it
    (r"[0-3]?\d", DIGITS, DIGITS | {first + digit for first in "0123" for digit in DIGITS}),
    (r".x", None, None),
]


@pytest.mark.parametrize(("pattern", "first", "pairs"), FIRST_CHARS)
def test_first_characters_of_a_pattern(pattern: str, first: set[str] | None, pairs: set[str] | None) -> None:
    compiled, found_first, found_pairs = compile_with_first_chars(pattern)
    for sample in ("the week", "this  week", "ab", "b", "may", "31", "7", "xx", "ax"):
        assert (compiled.match(sample) is None) == (re.match(pattern, sample) is None)
    assert found_first == (None if first is None else frozenset(first))
    assert found_pairs == (None if pairs is None else frozenset(pairs))


TOKEN_GAPS = [
    # (text, words, whether each word follows the one before with only blanks between)
    ("we need to, said the mayor", ["we", "need", "to", "said", "the", "mayor"], [False, True, True, False, True, True]),
    ("Acme Inc. plans  to\tgrow", ["acme", "inc", "plans", "to", "grow"], [False, True, True, True, True]),
    ("It ended. Then it rained", ["it", "ended", "then", "it", "rained"], [False, True, False, True, True]),
    ("They didn't go", ["they", "did", "n't", "go"], [False, True, True, True]),
    ("It rose\n\nsharply", ["it", "rose", "sharply"], [False, True, True]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "joined"), TOKEN_GAPS)
def test_tokens_and_the_gaps_between_them(text: str, words: list[str], joined: list[bool]) -> None:
    tokens = _Tokens(text, 0, len(text), True)
    assert tokens.words == words
    assert tokens.joined == joined
    assert [text[start:end].lower().replace("'", "") for start, end in tokens.spans] == [
        word.replace("'", "") for word in words
    ]
