"""Rules added after the ninety-eighth blind news set (`data/gold/timex/blind_news_98.jsonl`, religion and
faith news) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "will hold midnight mass at 9pm", "the midnight masses drew 600 people": "midnight" before "mass" is the
  name of the Christmas rite, which keeps it when held earlier in the evening, not a clock time; "leaves at
  midnight" and "at midnight and mass begins" keep the hour.
- "The Easter Vigil starts at 8pm", "attended Eid prayers in the park": a feast's name before "vigil" or
  "prayers" names a rite, as "Friday prayers" does a weekday's (blind_news_48, blind_news_61); "over
  Easter" and "After the Eid holiday" keep the feast's day.
- "Holy Week began with a procession", said on its Monday, or "Christmas week opened with a carol
  service", said in it: a week named by a feast has begun by the DCT though the feast is still to come,
  so a past tense tells of this year's week, not last year's; said before the week, the last one stays.
- "May, June and September are the best months", "March, April and May bring the rain": a capitalised
  "May" or "March" heading a list of month names is a month when two more follow or one that is nothing
  but a month; "May and June came to tea" and "May, June and the children" can be people.
- "the 1662 Book of Common Prayer", "the 1707 Act of Union": after "the", a number before 1800 before a
  capitalised noun that a phrase of "of" goes on to name is the year of that edition or act, as "the 1998
  elections" is one of a modern year; "The 1500 Men of Kent marched" and "The 1500 of them" stay counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2022, 12, 21)
MONDAY = date(2022, 4, 11)
FRIDAY = date(2022, 4, 8)
TUESDAY = date(2022, 12, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "St Anne's will hold midnight mass at 9pm on Saturday for families with young children.",
            [("9pm", "TIME", "2022-12-24T21:00"), ("Saturday", "DATE", "2022-12-24")],
        ),
        ("The vicar said the midnight masses drew 600 people.", []),
        # not the rite: the hour itself, or "mass" in a clause of its own
        (
            "The last bus leaves at midnight, after the pubs close.",
            [("midnight", "TIME", "2022-12-21T24:00")],
        ),
        ("Doors open at midnight and mass begins soon after.", [("midnight", "TIME", "2022-12-21T24:00")]),
    ],
)
def test_midnight_mass_is_the_rite(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Easter Vigil starts at 8pm on Saturday.",
            [("8pm", "TIME", "2022-04-16T20:00"), ("Saturday", "DATE", "2022-04-16")],
        ),
        ("Thousands attended Eid prayers in the park.", []),
        # the feast itself, before another noun or none
        ("Hotels were full over Easter.", [("Easter", "DATE", "2021-04-04")]),
        (
            "After the Eid holiday, schools reopen on Monday.",
            [("Eid", "DATE", "2022-05-02"), ("Monday", "DATE", "2022-04-11")],
        ),
    ],
)
def test_feast_before_a_rite_noun_is_the_rites_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Holy Week began with a procession through the town.", MONDAY, [("Holy Week", "DATE", "2022-W15")]),
        ("Christmas week opened with a carol service.", TUESDAY, [("Christmas week", "DATE", "2022-W51")]),
        # said on the Friday before it, the week has not begun: the last one
        ("Holy Week began with a procession through the town.", FRIDAY, [("Holy Week", "DATE", "2021-W13")]),
    ],
)
def test_a_feasts_week_begun_by_the_dct(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "May, June and September are the best months for walking.",
            [("May", "DATE", "2022-05"), ("June", "DATE", "2022-06"), ("September", "DATE", "2022-09")],
        ),
        (
            "March, April and May bring the rain.",
            [("March", "DATE", "2022-03"), ("April", "DATE", "2022-04"), ("May", "DATE", "2022-05")],
        ),
        # people's names: no month but a name after "May"
        ("May, Anne and John came to tea.", []),
        ("May, June and the children went to the fair.", [("June", "DATE", "2022-06")]),
    ],
)
def test_may_heading_a_list_of_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parish still uses the 1662 Book of Common Prayer.", [("1662", "DATE", "1662")]),
        ("The 1707 Act of Union joined the two parliaments.", [("1707", "DATE", "1707")]),
        # counts of people before a name, or no noun at all
        ("The 1500 Men of Kent marched to London.", []),
        ("The 1500 of them left by bus.", []),
    ],
)
def test_early_year_before_a_titled_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
