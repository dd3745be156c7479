"""The faster ways `chronology tag` does its work give the same answers as the plain ways they replace.

The finder's split trigger scan against one scan of the grammar's trigger pattern, the JSON written
piece by piece against `json.dumps` of the record, the first characters read from a pattern, and the
cheap checks made before some searches against the searches.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from calendar import IllegalMonthError, monthrange
from datetime import date
from itertools import product
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.cli.tag import _timex_json, timex_record
from chronology.tense.reader import _STATUS_AFTER_LABEL, _status_may_follow, _Tokens
from chronology.timex import analyze_text, grammar_for
from chronology.timex.calendar import FAR_DAYS, NEAR_DAYS, _month_length, year_for
from chronology.timex.finder import (
    _WORD_BEFORE,
    _has_top_level_bar,
    _quote_before,
    _tables,
    _trigger_spans,
    _word_and_start_before,
)
from chronology.timex.first_chars import canonical_text, compile_with_first_chars, compile_with_starts
from chronology.timex.grammar import (
    _ESCAPED,
    _NAME_GIVEN_BEFORE,
    _SENTENCE_BOUNDARY,
    _ZERO_LED_CLOCK,
    NON_ASCII_BLANKS,
    Grammar,
    _last_sentence_boundary_end,
    _name_given_before,
    _zero_led_clock_before,
    lower_same_length,
    words_regex,
)
from chronology.timex.lexicon import load_lexicon
from chronology.timex.resolver import (
    _BOUND_WORD_BEFORE,
    _BOUND_WORDS,
    _CLOSE_BEFORE_DAY,
    _CLOSE_BEFORE_ENDS,
    _COMPARISON_BASE_BEFORE,
    _EVERY_YEAR_LATER_IN_CLAUSE,
    _NIGHT_SPAN_BEFORE,
    _PLANNED_FOR_BEFORE,
    _POSSESSIVE_BEFORE,
    _POSSESSIVES,
    _PROSPECT_FOR_DAY,
    _PROSPECT_NOUNS,
    _PUT_OFF_TO_DAY,
    _PUT_OFF_VERBS,
    _REVISED_FOR_BEFORE,
    _YEARLY_WORDS,
    _among_last_words,
    _may_end_with,
    _may_hold,
    _to_among_last_words,
)

# The standard library's regular-expression modules (no type stubs).
sre_constants: Any = importlib.import_module("re._constants")
re_parser: Any = importlib.import_module("re._parser")


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


def test_the_written_out_blanks_are_every_non_ascii_blank() -> None:
    # the grammar folds these to ASCII blanks; written out, the list must still be Python's own
    assert "".join(filter(str.isspace, map(chr, range(0x80, sys.maxunicode + 1)))) == NON_ASCII_BLANKS
    assert lower_same_length("last\u2009week\u2028") == "last week\n"


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
        # trigger words with a blank, a hyphen or a slash, and others the blanked ASCII scan reads alike
        "first", "light", "mid", "w", "/", "c", "forty", "five", "day", "after", "tomorrow", "w/c", "mid,week",
        "first\nlight", "the day after tomorrow", "0", "c.", "ca.", "$",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_split_scan_matches_one_scan_on_any_mix(text: str) -> None:
    assert _trigger_spans(text, grammar_for("en")) == _one_scan(text)


def test_ascii_text_is_scanned_as_blanked_bytes() -> None:
    scan = _tables(grammar_for("en")).scan
    assert scan is not None and scan.blank_then_word is not None
    for text in ("at mid-morning on monday", "at mid,morning on monday", "the w/c date", "first\nlight"):
        assert scan._ascii_word_spans(text.encode("ascii")) is None  # a match holds a blank: read as written
        assert _trigger_spans(text, grammar_for("en")) == _one_scan(text)
    text = "the new cars on monday, two weeks after"
    assert (
        scan._ascii_word_spans(text.encode("ascii"))
        == scan._word_spans(text)
        == [(16, 22), (24, 27), (28, 33)]
    )


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
TENS_A_OR_P = [digit + letter for digit in DIGITS for letter in "ap"]
FIRST_CHARS = [
    # (pattern, characters a match may begin with, strings of up to three characters it may begin with)
    (r"(?:the|this)\s+week", {"t"}, {"the", "thi"}),
    (r"a?b", {"a", "b"}, {"b", "ab"}),
    (r"(?<![a-z])may(?![a-z])", {"m"}, {"may"}),
    # a shorter entry: a match that may end after it
    (r"[0-3]?\d", DIGITS, DIGITS | {first + digit for first in "0123" for digit in DIGITS}),
    (
        r"\d{1,2}(?:am|pm)",
        DIGITS,
        {f"{digit}{after}" for digit in DIGITS for after in ["am", "pm", *TENS_A_OR_P]},
    ),
    (r"mid-?(?:day|week)", {"m"}, {"mid"}),
    # many third characters after one pair: the pair alone, which lets any third character through
    (r"19\d\d", {"1"}, {"19"}),
    (r".x", None, None),
]


@pytest.mark.parametrize(("pattern", "first", "starts"), FIRST_CHARS)
def test_first_characters_of_a_pattern(pattern: str, first: set[str] | None, starts: set[str] | None) -> None:
    compiled, found_first, found_starts = compile_with_first_chars(pattern)
    for sample in ("the week", "this  week", "ab", "b", "may", "31", "7", "xx", "ax", "12pm", "midday"):
        assert (compiled.match(sample) is None) == (re.match(pattern, sample) is None)
    assert found_first == (None if first is None else frozenset(first))
    assert found_starts == (None if starts is None else frozenset(starts))


RULE_TEXTS = [
    "The talks ended on Monday, two weeks after the vote, and resume this week or next.",
    "Sales rose 3% in the third quarter of 2021; the year-earlier period was weaker. FY24 guidance came 2 May.",
    "At 9:30 a.m. on March 3, 2022 and again at 12pm, about 40 minutes later, the board met for two hours.",
    "Last year, every Tuesday and twice a month since the mid-1990s; the 1990s and '98; mid-morning",
    "in 886, until 476, after his death in 81. the day after tomorrow, a decade-long war, 5 years ago",
    "The third of the three trials opened the following Thursday; later that night, early this morning.",
]


def _assert_rules_left_out_cannot_match(text: str, *, by_long_starts: bool) -> None:
    """No rule left out at a position may match there: left out by the next three characters
    (`rules_for`, against every rule), or by the next eight (`rules_at`, against those three kept)."""
    grammar = grammar_for("en")
    low = lower_same_length(text)
    for category, rules in grammar.rules_by_category.items():
        for position in range(len(low)):
            by_three = grammar.rules_for((category,), low[position : position + 3])
            if by_long_starts:
                kept = {rule.name for rule in grammar.rules_at((category,), low[position : position + 8])}
                candidates = list(by_three)
            else:
                kept = {rule.name for rule in by_three}
                candidates = list(rules)
            for rule in candidates:
                if rule.name not in kept:
                    assert rule.pattern.match(low, position) is None, (rule.name, low[position:])


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_rules_skipped_by_their_starts_cannot_match(text: str) -> None:
    _assert_rules_left_out_cannot_match(text, by_long_starts=False)


LONG_STARTS = [
    # (pattern, strings of up to eight characters a match may begin with, blanks and digits written " "
    # and "0"; None: unbounded or too many)
    (
        r"(?:the|this)\s+week",
        {(word + " " * blanks + "week")[:8] for word in ("the", "this") for blanks in range(1, 6)},
    ),
    (r"a?b", {"b", "ab"}),
    (r"\d{1,2}(?:am|pm)", {"0am", "0pm", "00am", "00pm"}),
    (r"month\s+long", {"month lo", "month  l", "month   "}),
    (r"[0-3]?\d\s", {"00 ", "0 "}),
    (r"(?i:may)", None),  # a scoped flag: the case-insensitive group matches more than it writes
    (r"(?:a|b)\w", None),  # a class the starts do not spell out
    # too many at eight characters (and at seven and six): bounded at the longest length that keeps few
    (r"[a-d]{5}[a-z]{3}", {"".join(letters) for letters in product("abcd", repeat=5)}),
]


@pytest.mark.parametrize(("pattern", "starts"), LONG_STARTS)
def test_long_starts_of_a_pattern(pattern: str, starts: set[str] | None) -> None:
    _, _, _, long_starts = compile_with_starts(pattern)
    assert long_starts == (None if starts is None else frozenset(starts))


LONG_START_TEXTS = [
    *RULE_TEXTS,
    "a month-long strike, the month\u00a0long fast, 12\u00a0pm, \u0663\u0660 minutes, thirty years, this year",
    "Earth Day and earlier; the two days later, a million years ago, the 1990s, a month ago, 3 months long",
    "Years\tago,\nnext\r\nweek; Thursday 4 July 2019 at 0615; every other Monday; mid\u2013June 2020",
]


@pytest.mark.parametrize("text", LONG_START_TEXTS)
def test_rules_skipped_by_their_long_starts_cannot_match(text: str) -> None:
    # blanks and digits beyond ASCII among them
    _assert_rules_left_out_cannot_match(text, by_long_starts=True)


def test_most_rules_have_long_starts() -> None:
    # the filter does work: most rules are bounded at eight characters (a cap too low keeps none)
    rules = {rule.name: rule for rules in grammar_for("en").rules_by_category.values() for rule in rules}
    assert sum(rule.long_starts is not None for rule in rules.values()) > len(rules) // 2


@given(st.text(alphabet=" \t\n\u00a0\u20030123456789\u0663a\u00e9.-", max_size=12))
def test_canonical_text_keeps_what_blanks_and_digits_match(text: str) -> None:
    canonical = canonical_text(text)
    assert len(canonical) == len(text)
    for char, written in zip(text, canonical, strict=True):
        assert (written == " ") == bool(re.fullmatch(r"\s", char))
        assert (written == "0") == bool(re.fullmatch(r"\d", char))


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


def _plain_words_regex(words: list[str]) -> str:
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(tree) + r")(?![a-z0-9])"


WORD_LISTS = [
    ["may", "march", "mar.", "mid-march", "st. patrick's day", "a.m.", "o'clock"],
    ["taishō", "shōwa", "1q", "2nite", "(ahead)", "[x]", "$5", "a|b", "c+", "tab\there", "x~y#z", "&", "^$"],
    ["week", "weeks", "weekend", "week", "weekday"],  # a repeated word
    [],
]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_words_regex_is_the_plain_prefix_tree(words: list[str]) -> None:
    assert words_regex(words) == _plain_words_regex(words)
    assert words_regex(reversed(words)) == _plain_words_regex(words)  # the order of the list does not count


def test_one_character_escapes_are_re_escape() -> None:
    assert all(_ESCAPED.get(char, char) == re.escape(char) for char in map(chr, range(0x3000)))


def test_month_length_is_monthrange() -> None:
    for year in (*range(-5, 2101), 9999, 10000):
        for month in range(1, 13):
            assert _month_length(year, month) == monthrange(year, month)[1]
    for month in (0, 13):
        with pytest.raises(IllegalMonthError):
            _month_length(2024, month)


def _plain_year_for(anchor: date, month: int, day: int | None, direction: int | None, strict: bool) -> int:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            first = date(year, month, min(day or 1, monthrange(year, month)[1]))
        except ValueError:
            continue
        last = first if day else date(year, month, monthrange(year, month)[1])
        candidates.append((year, first, last))
    before = max((c for c in candidates if c[1] <= anchor), key=lambda c: c[0], default=None)
    after = min((c for c in candidates if c[2] >= anchor), key=lambda c: c[0], default=None)
    if strict and direction is not None:
        chosen = before if direction < 0 else after
        return chosen[0] if chosen is not None else anchor.year
    if direction is not None and before is not None and after is not None:
        back = (anchor - before[2]).days if before[2] < anchor else 0
        ahead = (after[1] - anchor).days if after[1] > anchor else 0
        if direction < 0:
            return after[0] if back > FAR_DAYS and ahead < NEAR_DAYS else before[0]
        return before[0] if ahead > FAR_DAYS and back < NEAR_DAYS else after[0]

    def distance(item: tuple[int, date, date]) -> int:
        _, first, last = item
        if first <= anchor <= last:
            return 0
        return min(abs((first - anchor).days), abs((last - anchor).days))

    return min(candidates, key=distance)[0]


@settings(max_examples=500, deadline=None)
@given(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.integers(1, 12),
    st.sampled_from([None, 1, 15, 28, 29, 30, 31]),
    st.sampled_from([None, -1, 1]),
    st.booleans(),
)
def test_year_for_is_the_plain_choice(
    anchor: date, month: int, day: int | None, direction: int | None, strict: bool
) -> None:
    assert year_for(anchor, month, day, direction, strict=strict) == _plain_year_for(
        anchor, month, day, direction, strict
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["about", "around", "x", " ", "\t", "\n", "9", "-", "approximately", "é"]),
        max_size=12,
    ).map("".join),
    st.integers(0, 40),
)
def test_the_word_before_read_backwards_is_the_one_searched(text: str, start: int) -> None:
    start = min(start, len(text))
    searched = _WORD_BEFORE.search(text, max(0, start - 20), start)
    expected = (searched.group(1), searched.start(1)) if searched else ("", -1)
    assert _word_and_start_before(text, text[::-1], start) == expected


# What the cheap checks before some case-blind searches let through: every text the search would match.
GATE_PIECES = st.sampled_from(
    [
        "close", "Closing", "price", "prices", "Level", "value", "on", "On", " ", "  ", "\t", "\n", "x", ".",
        "before", "UNTIL", "till", "remanded", "Adjourned", "to", "appear", "until", "the", "next", "chance",
        "70%", "is", "for", ":", ",", " and ", "Closed", "shut", "cancelled", "postponed", "\u017f", "K", "\u212a",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(GATE_PIECES, max_size=14).map("".join))
def test_cheap_checks_pass_every_match(text: str) -> None:
    for start in range(len(text) + 1):
        if _CLOSE_BEFORE_DAY.search(text, start):
            assert _may_end_with(text, start, len(text), _CLOSE_BEFORE_ENDS)
        if _BOUND_WORD_BEFORE.search(text, start):
            assert _may_end_with(text, start, len(text), _BOUND_WORDS)
        if _PUT_OFF_TO_DAY.search(text, start):
            assert _may_hold(text, start, len(text), _PUT_OFF_VERBS)
        if _PROSPECT_FOR_DAY.search(text, start):
            assert _may_hold(text, start, len(text), _PROSPECT_NOUNS)
        if _STATUS_AFTER_LABEL.match(text, start):
            assert _status_may_follow(text, start)


def test_cheap_checks_tell_texts_apart() -> None:
    assert not _may_end_with("the closing price was up ", 0, 25, _CLOSE_BEFORE_ENDS)
    assert _may_end_with("Friday's CLOSING PRICE on \n", 0, 27, _CLOSE_BEFORE_ENDS)
    assert _may_end_with("the clo\u017fe ", 0, 9, _CLOSE_BEFORE_ENDS)  # beyond ASCII: left to the pattern
    assert not _may_hold("he was held until", 0, 17, _PUT_OFF_VERBS)
    assert _may_hold("he was Remanded until", 0, 21, _PUT_OFF_VERBS)
    assert _status_may_follow("Boxing Day: \t Closed", 10) and not _status_may_follow("Boxing Day: open", 10)
    assert not _status_may_follow("Boxing Day and Monday", 10)


BOUNDARY_PIECES = st.sampled_from(
    [
        "a", "It", ".", "!", "?", " ", "\n", "\t", "\u00a0", "3.5", "U.S.", "0", " 0", "\n0", "at ", "0430",
        "from", "about ", "gmt", '"', "\u201c", "\u2018", "K", "to", " to ", "meant", "due", "on", "night",
        "Nights of", "midnight", "revised", "every", "Each", "year", "annually", ",",
        "FROM", "since", "in", "his", "Her", "(as", "called", "Black", "Monday", "x", "\u2028",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(BOUNDARY_PIECES, max_size=16).map("".join))
def test_read_back_and_cheap_checks_agree_with_the_patterns(text: str) -> None:
    quote = re.compile('["\u201c\u2018]')
    for begin in range(len(text) + 1):
        for end in range(begin, len(text) + 1):
            ends = [match.end() for match in _SENTENCE_BOUNDARY.finditer(text, begin, end)]
            assert _last_sentence_boundary_end(text, begin, end) == (ends[-1] if ends else -1)
            low = text.lower()
            assert _zero_led_clock_before(low, begin, end) == (
                _ZERO_LED_CLOCK.search(low, begin, end) is not None
            )
            assert _quote_before(text, begin, end) == (quote.search(text, begin, end) is not None)
            if _PLANNED_FOR_BEFORE.search(text, begin, end):
                assert _to_among_last_words(text, begin, end)
            if _NIGHT_SPAN_BEFORE.search(text, begin, end):
                assert _may_hold(text, begin, end, ("night",))
            if _REVISED_FOR_BEFORE.search(text, begin, end):
                assert _may_hold(text, begin, end, ("revis",))
            if _COMPARISON_BASE_BEFORE.search(text, begin, end):
                assert _among_last_words(text, begin, end, ("from", "since"), 5)
            if _POSSESSIVE_BEFORE.search(text, begin, end):
                assert _may_end_with(text, begin, end, _POSSESSIVES)
            assert _name_given_before(text, begin, end) == (
                _NAME_GIVEN_BEFORE.search(text, begin, end) is not None
            )
        if _EVERY_YEAR_LATER_IN_CLAUSE.match(text, begin):
            assert _may_hold(text, begin, begin + 68, _YEARLY_WORDS)


def _literal(items: list[Any]) -> str | None:
    literal = sre_constants.LITERAL
    return "".join(chr(arg) for op, arg in items) if all(op is literal for op, _ in items) else None


def _alternations_every_match_holds(items: list[Any]) -> list[set[str]]:
    """The alternations of plain words of a parsed pattern that no match goes without."""
    c = sre_constants
    found: list[set[str]] = []
    for op, arg in items:
        if op is c.SUBPATTERN:
            found += _alternations_every_match_holds(arg[-1].data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            found += _alternations_every_match_holds(arg[2].data)
        elif op is c.BRANCH:
            words = [_literal(branch.data) for branch in arg[1]]
            if all(word is not None for word in words):
                found.append({word for word in words if word is not None})
    return found


def test_the_words_a_rule_needs_are_held_by_every_match(monkeypatch: pytest.MonkeyPatch) -> None:
    texts: dict[str, tuple[str, tuple[str, ...]]] = {}
    add = Grammar._add

    def recording(
        self: Grammar, name: str, categories: str, pattern: str, handler: Any, needs: tuple[str, ...] = ()
    ) -> None:
        texts[name] = (pattern, needs)
        add(self, name, categories, pattern, handler, needs)

    monkeypatch.setattr(Grammar, "_add", recording)
    Grammar(load_lexicon("en"))
    needing = {name: needs for name, (_, needs) in texts.items() if needs}
    assert needing == {"quarter": ("quarter", "half", "period")}
    for name, needs in needing.items():
        parsed = re_parser.parse(texts[name][0])
        assert any(set(needs) >= words for words in _alternations_every_match_holds(parsed.data)), name


def test_a_rule_that_needs_words_is_not_tried_after_the_last() -> None:
    tables = _tables(grammar_for("en"))
    rule = next(rule for rule in grammar_for("en").rules_by_category["quarter"] if rule.name == "quarter")
    match = tables.matcher(rule)
    low = "sales in the second quarter rose; in the second half, the third"
    for position in range(len(low) + 1):
        expected = rule.pattern.match(low, position)
        found = match(low, position)
        assert (found and found.span()) == (expected and expected.span())
    assert match(low, low.index("the third")) is None
