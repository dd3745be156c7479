"""Rules added after the ninety-first blind narrative set (`data/gold/timex/blind_narrative_91.jsonl`,
encyclopedia histories of famous trials and legal affairs) was scored once: each row is a sentence of our
own showing the general English usage behind one finding.

- "The assembly usually sat from 9 a.m. to 4 p.m. with a break at noon": a past verb made a habit by an
  adverb of what is usual ("usually", "normally", "generally") tells the hours of every such day
  (XXXX-XX-XXT09:00), as a present habit does; a clock time of a past verb of its own after it ("which
  usually closed at 6 p.m., stayed open until midnight") and a plain past ("opened the doors at 8 a.m.")
  stay the day's.
- "On Friday, 14 June ... in mid-June ... the following Monday": the middle of the month, told in passing
  while the story is on a day in that middle (`MID_MONTH_DAYS`), leaves the story on its day.
- "the province kept a day of fasting", "observed a day of mourning", "appointed a day of thanksgiving": a
  day kept, observed or appointed is an observance, not a length; "spent a day of rest" and "held a day of
  talks" stay lengths.
- "Dates that fall in the overlap", "holidays that fall on a Sunday": after a plural noun of calendar days
  and before a preposition, "that fall" is where they land, not the season; "spent a few days that fall in
  Vermont" stays the season.
- "pardoned those condemned in 1692, and their heirs were paid the following year": a year naming a group
  by what befell it ("those condemned in", "everyone born in") is told in passing; the story stays in the
  year it was in.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2019, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assembly met in June 1921. It usually sat from 9 a.m. to 4 p.m. with a break at noon.",
            [
                ("June 1921", "DATE", "1921-06"),
                ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
                ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ],
        ),
        (
            "The council met on 3 May 1921. The clerk normally opened the doors at 8 a.m.",
            [("3 May 1921", "DATE", "1921-05-03"), ("8 a.m.", "TIME", "XXXX-XX-XXT08:00")],
        ),
        (
            "The inquiry sat on 12 March 1990. Witnesses were generally heard from 10 a.m.",
            [("12 March 1990", "DATE", "1990-03-12"), ("10 a.m.", "TIME", "XXXX-XX-XXT10:00")],
        ),
        (
            "On 3 May 1921 the mill, which usually closed at 6 p.m., stayed open until midnight.",
            [
                ("3 May 1921", "DATE", "1921-05-03"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
                ("midnight", "TIME", "1921-05-03T24:00"),
            ],
        ),
        (
            "The council met on 3 May 1921. The clerk opened the doors at 8 a.m.",
            [("3 May 1921", "DATE", "1921-05-03"), ("8 a.m.", "TIME", "1921-05-03T08:00")],
        ),
    ],
)
def test_clock_of_a_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hearing began on Friday, 14 June 1957. Spectators queued in the rain, which fell on most"
            " days in mid-June. When the court sat again the following Monday, the defence opened. The judge"
            " ruled the next morning.",
            [
                ("Friday, 14 June 1957", "DATE", "1957-06-14"),
                ("mid-June", "DATE", "1957-06"),
                ("the following Monday", "DATE", "1957-06-17"),
                ("the next morning", "TIME", "1957-06-18TMO"),
            ],
        ),
        (
            "The talks resumed on Thursday, 12 March 1998. Snow fell heavily over the weekend and in"
            " mid-March, and the delegates met again the following Tuesday.",
            [
                ("Thursday, 12 March 1998", "DATE", "1998-03-12"),
                ("the weekend", "DATE", "1998-W11-WE"),
                ("mid-March", "DATE", "1998-03"),
                ("the following Tuesday", "DATE", "1998-03-17"),
            ],
        ),
    ],
)
def test_middle_of_the_month_told_in_passing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The colony kept a day of fasting on 14 January 1697.",
            [("14 January 1697", "DATE", "1697-01-14")],
        ),
        ("The nation observed a day of mourning for the miners.", []),
        ("Parliament appointed a day of thanksgiving for the victory.", []),
        ("The team spent a day of rest in Lyon.", [("a day", "DURATION", "P1D")]),
        ("They held a day of talks in Geneva.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_day_kept_as_an_observance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dates that fall in the overlap are written with both years.", []),
        ("Feasts that fall within Lent are moved.", []),
        (
            "We spent a few days that fall in Vermont.",
            [("a few days", "DURATION", "PXD"), ("that fall", "DATE", "2019-FA")],
        ),
        ("We moved to Ohio that fall and bought a farm.", [("that fall", "DATE", "2019-FA")]),
    ],
)
def test_calendar_days_that_fall(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1711 the court pardoned those condemned in 1692, and their heirs were paid the following year.",
            [("1711", "DATE", "1711"), ("1692", "DATE", "1692"), ("the following year", "DATE", "1712")],
        ),
        (
            "In 1970 the army called up everyone born in 1950. The next year the war ended.",
            [("1970", "DATE", "1970"), ("1950", "DATE", "1950"), ("The next year", "DATE", "1971")],
        ),
        (
            "Those born in 1950 were called up in 1970, and the following year they were sent abroad.",
            [("1950", "DATE", "1950"), ("1970", "DATE", "1970"), ("the following year", "DATE", "1971")],
        ),
    ],
)
def test_year_naming_a_group_in_passing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
