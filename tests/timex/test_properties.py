"""Properties that hold for any input: no exception, offsets slice to the text, values are TIMEX3."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.timex import analyze_text
from chronology.timex.values import is_valid_timex3_value

WORDS = st.sampled_from(
    [
        "on", "Friday", "May", "3", "2022", "the", "last", "year", "ago", "two", "days", "later", "in", "1998",
        "March", "p.m.", "10:30", "about", "early", "every", "Monday", "-", ",", ".", "'90s", "BC", "quarter",
        "third", "since", "next", "week", "morning", "noon", "1/2/2020", "Q3", "fiscal", "decade", "the past",
        "yesterday", "\n", "Easter", "44", "AD", "mid-", "century", "20th", "half", "first", "nine", "months",
    ]
)  # fmt: skip
SENTENCES = st.lists(WORDS, max_size=40).map(" ".join)
DCTS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check(text: str, dct: date | None) -> None:
    analysis = analyze_text(text, dct)
    previous_end = 0
    for expression in analysis.expressions:
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end
        previous_end = expression.end
        assert is_valid_timex3_value(expression.value), expression.value
        assert expression.explanation


@settings(max_examples=150, deadline=None)
@given(SENTENCES, DCTS)
def test_word_soup_tags_cleanly(text: str, dct: date | None) -> None:
    _check(text, dct)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), DCTS)
def test_any_text_tags_cleanly(text: str, dct: date | None) -> None:
    _check(text, dct)
