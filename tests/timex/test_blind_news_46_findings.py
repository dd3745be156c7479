"""Rules added after the forty-sixth blind news set (`data/gold/timex/blind_news_46.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "about" before "the last/past/next" and a length is a preposition ("told us something about the
  last four years", "a book about the past ten years"), as "over" is in "over the past 20 years": the
  length is not approximated and "about" stays outside it; "about four years" still approximates.
- A bare morning ("by dawn", "by daybreak", "by morning") still to come in a future clause, told after
  an afternoon or evening time of the same day, is the next day's morning: the snow "started at two
  this afternoon" and "will stop by morning" means tomorrow morning. In the past ("had started as
  drizzle at dawn") or before an afternoon the morning stays that day's.
- A participle after the object of "keep" ("will keep the market supplied through the winter", "will
  keep the doors locked until Friday") names the state kept, as after "want" and "need": it is no
  past verb, and the clause's tense is that of "keep".
- Seasons are counted back with "ago" as years are ("two summers ago", "three winters ago"): "last
  summer" is one back, so in October 1997 "two summers ago" is the summer of 1996, in July 1997 (with
  that summer not yet over) the summer of 1995.
- In a morning paper whose news happened "yesterday", a quoted "today" told in the past ("'Today we
  were finally heard,' her daughter said") is the day the words were said, as a quoted "tonight" is;
  one told in the future stays the paper's day.
- A date right after ", but" or ", and" opens the next clause and takes its verb: in "It is hard, but
  today somebody said it was wrong" the tense of "today" is that of "said", not of "is".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2001, 2, 7)
MONDAY = date(1998, 9, 21)
SUNDAY = date(2000, 9, 10)
FRIDAY = date(1997, 10, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters told us something about the last four years, and we heard it.",
            [("the last four years", "DURATION", "P4Y")],
        ),
        (
            "Her new book is about the past ten years of the party.",
            [("the past ten years", "DURATION", "P10Y")],
        ),
        (
            "We will talk about the next two weeks at the meeting.",
            [("the next two weeks", "DURATION", "P2W")],
        ),
        (
            "The count took about four years to finish.",
            [("about four years", "DURATION", "P4Y")],
        ),
    ],
)
def test_about_before_a_determined_length_is_a_preposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rain began at about three this afternoon, and forecasters say it could total two inches by dawn.",
            [("about three this afternoon", "TIME", "2001-02-07T15:00"), ("dawn", "TIME", "2001-02-08TMO")],
        ),
        (
            "The snow started at 2 p.m. and will stop by morning.",
            [("2 p.m.", "TIME", "2001-02-07T14:00"), ("morning", "TIME", "2001-02-08TMO")],
        ),
        (
            "Snow began falling at noon today; up to a foot is expected by daybreak.",
            [("noon today", "TIME", "2001-02-07T12:00"), ("daybreak", "TIME", "2001-02-08TMO")],
        ),
        (
            "The rain began at 3 p.m. It had started as drizzle at dawn.",
            [("3 p.m.", "TIME", "2001-02-07T15:00"), ("dawn", "TIME", "2001-02-07TMO")],
        ),
        (
            "The crews arrived at 8 a.m. and will finish by noon.",
            [("8 a.m.", "TIME", "2001-02-07T08:00"), ("noon", "TIME", "2001-02-07T12:00")],
        ),
    ],
)
def test_a_morning_to_come_after_an_afternoon_is_the_next_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The kingdom will keep the market supplied through the winter.",
            [("the winter", "DATE", "2000-WI")],
        ),
        (
            "The owners will keep the doors locked until Friday.",
            [("Friday", "DATE", "2000-09-15")],
        ),
        (
            "The kingdom kept the market supplied through the winter.",
            [("the winter", "DATE", "1999-WI")],
        ),
    ],
)
def test_a_participle_after_the_object_of_keep_is_no_finite_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The pond dried up two summers ago.", date(1997, 10, 31), [("two summers ago", "DATE", "1996-SU")]),
        ("The pond dried up two summers ago.", date(1997, 7, 10), [("two summers ago", "DATE", "1995-SU")]),
        (
            "Three winters ago the harbour froze.",
            date(2001, 2, 7),
            [("Three winters ago", "DATE", "1997-WI")],
        ),
        ("The harbour froze last winter.", date(2001, 2, 7), [("last winter", "DATE", "1999-WI")]),
    ],
)
def test_seasons_counted_back_with_ago(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A jury yesterday convicted the landlord. "It is hard, but today somebody said it was wrong," '
            "her son said.",
            [("yesterday", "DATE", "1997-10-30"), ("today", "DATE", "1997-10-30")],
        ),
        (
            'The jury returned its verdict yesterday. "Today we were finally heard," her daughter said.',
            [("yesterday", "DATE", "1997-10-30"), ("Today", "DATE", "1997-10-30")],
        ),
        (
            'The jury returned its verdict yesterday. "Today we will rest," her daughter said.',
            [("yesterday", "DATE", "1997-10-30"), ("Today", "DATE", "1997-10-31")],
        ),
    ],
)
def test_a_quoted_today_told_in_the_past_is_the_day_the_words_were_said(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected
