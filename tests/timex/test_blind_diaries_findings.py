"""Rules added after the blind diaries set (`data/gold/timex/blind_diaries.jsonl`, diaries, journals and
logbooks kept day by day) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "Working journal, 2025", "From a soldier's diary, 1916, as printed": a year closing a document's title
  after a comma is the year the whole text is in, and its yearless headings ("January", "Sept. 7th") are
  that year's; a year after a comma inside a sentence, or on a line further down, is left to the other
  rules.
- "Day 7 - Tues 13th" on a line of its own: a journey's count of its days before the entry's date leads a
  diary's heading as a place does ("Calais, 3rd March 1916"), so the entry below is told on that day.
- "Wed 14 Feb. Cold, bright.", "14.iv. Warm at last": a date opening a paragraph and closed by a full stop
  (its own or an abbreviation's) with the entry after it on the same line is a diary's run-in heading;
  a date that only opens a sentence in the middle of a paragraph is not.
- "Sept. 11th ... Sunday.": a weekday heading a diary's next entry is the first such day after the entry
  before it, since entries follow one another.
- "April / Easter Monday.": a movable feast in the section a month heads in a year's journal falls in the
  heading's year, when it falls in that month.
- "0400 Jenny relieved me.", "1130 Lizard abeam": four digits opening a log's line before its entry are a
  watch's 24-hour time; from 1000 up only where the log has already opened a line with a zero-led time
  (a year opening a line is not read as a clock).
- "Sept. 20th / ... Tonight I shall sleep in a bed": in an undated diary, "tonight" and "today" in an
  entry are the heading's day, not the writer's present.
- "14.iv.", "on 3.iii.": a day and its month in Roman numerals, closed by dots, opening a line or after a
  preposition of time; "clause 2.iii." is a paragraph's number.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2019, 6, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kitchen diary, 2016\n\nFebruary\nTried the new oven on Monday 8th.",
            [("2016", "DATE", "2016"), ("February", "DATE", "2016-02"), ("Monday 8th", "DATE", "2016-02-08")],
        ),
        (
            "From a soldier's diary, 1916, as printed\n\nJuly 1st\nWe went over at dawn.",
            [("1916", "DATE", "1916"), ("July 1st", "DATE", "1916-07-01"), ("dawn", "TIME", "1916-07-01TMO")],
        ),
        # a number after a comma further down, or in the first line's sentence, is not a title's year
        ("Notes\n\nseed count, 1850\n\nMore to come.", []),
        ("we counted them, 1850 in all", []),
    ],
)
def test_year_closing_a_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coast path journal\n\nDay 3 - Mon 3 June\nRain this morning. Padstow tomorrow.",
            [
                ("Mon 3 June", "DATE", "2019-06-03"),
                ("this morning", "TIME", "2019-06-03TMO"),
                ("tomorrow", "DATE", "2019-06-04"),
            ],
        ),
        # a day's count that is not a heading's lead leaves the entry to the DCT
        (
            "We rested on day 3 and walked on. This morning it rained.",
            [("This morning", "TIME", "2019-06-06TMO")],
        ),
    ],
)
def test_day_count_leading_a_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bee notes\n\nFri 3 May. Hives opened at 11am. Swarm expected tomorrow.\n\nSat 18 May. Quiet "
            "since yesterday.",
            [
                ("Fri 3 May", "DATE", "2019-05-03"),
                ("11am", "TIME", "2019-05-03T11:00"),
                ("tomorrow", "DATE", "2019-05-04"),
                ("Sat 18 May", "DATE", "2019-05-18"),
                ("yesterday", "DATE", "2019-05-17"),
            ],
        ),
        # a date opening a sentence in mid-paragraph heads nothing: "tomorrow" is the writer's
        (
            "The hives were quiet. Fri 31 May. That was the day. The swarm comes tomorrow.",
            [("Fri 31 May", "DATE", "2019-05-31"), ("tomorrow", "DATE", "2019-06-07")],
        ),
    ],
)
def test_run_in_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lambing diary\n\nTuesday 7 May\nTwins at dawn.\n\nSaturday.\nThe ewes are out.",
            [
                ("Tuesday 7 May", "DATE", "2019-05-07"),
                ("dawn", "TIME", "2019-05-07TMO"),
                ("Saturday", "DATE", "2019-05-11"),
            ],
        ),
        # a weekday in the entry's text is not a heading: told in the past, it lies before the entry
        (
            "Lambing diary\n\nTuesday 7 May\nThe first twins came on Saturday.",
            [("Tuesday 7 May", "DATE", "2019-05-07"), ("Saturday", "DATE", "2019-05-04")],
        ),
    ],
)
def test_weekday_heading_after_an_entry(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Garden book, 2019\n\nApril\n\nEaster Monday. Sowed the peas.",
            [("2019", "DATE", "2019"), ("April", "DATE", "2019-04"), ("Easter Monday", "DATE", "2019-04-22")],
        ),
        # a feast that cannot fall in the heading's month is not held to its year
        (
            "Garden book, 2019\n\nAugust\n\nThe peas will go in by Easter Monday.",
            [
                ("2019", "DATE", "2019"),
                ("August", "DATE", "2019-08"),
                ("Easter Monday", "DATE", "2020-04-13"),
            ],
        ),
    ],
)
def test_feast_under_a_month_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2019, 12, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Log of the Tern\n\nMonday 3 June\n0630 Weighed anchor.\n1145 Off the Needles.",
            [
                ("Monday 3 June", "DATE", "2019-06-03"),
                ("0630", "TIME", "2019-06-03T06:30"),
                ("1145", "TIME", "2019-06-03T11:45"),
            ],
        ),
        # a year opening a line, with no zero-led time before it, is not a clock
        ("Club history\n\n1845 Founded by three farmers.", []),
    ],
)
def test_watch_time_opening_a_log_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A nurse's diary, 1918\n\nNov. 11th\nThe guns stopped at 11am. Tonight there is singing.",
            [
                ("1918", "DATE", "1918"),
                ("Nov. 11th", "DATE", "1918-11-11"),
                ("11am", "TIME", "1918-11-11T11:00"),
                ("Tonight", "TIME", "1918-11-11TNI"),
            ],
        ),
    ],
)
def test_undated_diary_entry_speaks_from_its_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bird notes\n\n14.iv. Swallows back.", [("14.iv.", "DATE", "2019-04-14")]),
        ("The pond froze on 3.iii. and thawed.", [("3.iii.", "DATE", "2019-03-03")]),
        # a paragraph's number is not a date
        ("See clause 2.iii. of the lease and section 4.ii. below.", []),
    ],
)
def test_roman_numeral_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
