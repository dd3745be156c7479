"""Second reader's mends to round eighteen's rules (the blind narrative 87 set and the leftovers pass): each
row is a sentence of our own that went wrong before the mend.

- A first-century story is one whose year was written with its era in capitals ("AD 43", "44 BC"): "ran
  the ad 20 times" is an advertisement, and a place "in 12," after it no year.
- "from ten to two and then slept": "and" goes on to a range's second end only after "between"; after
  "from" the face is the range's two hours.
- "a curfew from 10pm to 6am for the night after the riot": "for the night", "for the day of" name one
  night or day, no length, so the hours are that night's, not every day's.
- "a day-trip", "a night-bus", "a day-return": a unit joined by a hyphen to any word but "long", "old",
  "and", "or" is a compound, no length (not only "-time", "-shift", "-care", "-club", "-watchman").
- "The law of 3 March 1990 still applies. This morning the court hears the appeal": a historic present's
  day is one its sentence sets as now ("It is 1 July 1916", "On 1 July 1916 the whistles blow"), not a
  date named inside a clause.
- "Entry at 10.15 is for members only": a way in or a slot ("entry", "places", "rooms", "tables") takes a
  time in a timed listing, not a price.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The agency placed the ad 30 days before the vote. The team finished in 12, behind the leaders.",
            THURSDAY,
            [("30 days", "DURATION", "P30D")],
        ),
        (
            "The brand ran the ad 20 times during the final. The founder left school in 63.",
            None,
            [],
        ),
        (
            "The legion came to the river in AD 43. The tribes had risen once before, in 39, when the tax "
            "was raised.",
            None,
            [("AD 43", "DATE", "0043"), ("39", "DATE", "0039")],
        ),
    ],
)
def test_first_century_story_needs_an_era_in_capitals(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I worked from ten to two and then slept.", []),
        ("The shop is shut between ten to six and six.", [("ten to six", "TIME", "2022-02-03T05:50")]),
        ("He waited from five to six until seven.", [("five to six", "TIME", "2022-02-03T05:55")]),
    ],
)
def test_and_goes_on_a_range_only_after_between(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police imposed a curfew from 10pm to 6am for the night after the riot.",
            [("10pm", "TIME", "2022-02-03T22:00"), ("6am", "TIME", "2022-02-04T06:00")],
        ),
        (
            "The court ordered a curfew from 7pm to 7am for twelve weeks.",
            [
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
                ("twelve weeks", "DURATION", "P12W"),
            ],
        ),
    ],
)
def test_order_for_the_night_is_one_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They took a day-trip to Brighton and caught a night-bus home.", []),
        ("She bought a day-return ticket.", []),
        ("They held a night-long vigil.", [("night-long", "DURATION", "P1D")]),
        ("They waited a day-and-a-half.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_unit_in_a_hyphened_compound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The law of 3 March 1990 still applies. This morning the court hears the appeal.",
            [("3 March 1990", "DATE", "1990-03-03"), ("This morning", "TIME", "2022-02-03TMO")],
        ),
        (
            "Today is the anniversary of 3 March 1990. This morning the veterans gather at the memorial.",
            [
                ("Today", "DATE", "2022-02-03"),
                ("3 March 1990", "DATE", "1990-03-03"),
                ("This morning", "TIME", "2022-02-03TMO"),
            ],
        ),
        (
            "It is the morning of 1 July 1916. This morning the guns fall silent.",
            [("1 July 1916", "DATE", "1916-07-01"), ("This morning", "TIME", "1916-07-01TMO")],
        ),
        (
            "On 1 July 1916 the whistles blow. This morning the men climb out.",
            [("1 July 1916", "DATE", "1916-07-01"), ("This morning", "TIME", "1916-07-01TMO")],
        ),
    ],
)
def test_historic_present_day_is_the_one_set_as_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_entry_at_a_dotted_figure_is_a_time() -> None:
    assert typed("The museum opens at 9.30 a.m. Entry at 10.15 is for members only.", THURSDAY) == [
        ("9.30 a.m.", "TIME", "2022-02-03T09:30"),
        ("10.15", "TIME", "2022-02-03T10:15"),
    ]
