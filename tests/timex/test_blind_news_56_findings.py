"""Rules added after the fifty-sixth blind news set (`data/gold/timex/blind_news_56.jsonl`, stories on
royal, state and ceremonial occasions) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "begins a four-day weekend of celebrations on Saturday", "a three-day long weekend": the weekend a
  hyphenated length measures is a weekend of its own after "a" as after "the".
- "on Mondays, Wednesdays, Fridays and Sundays": a list of standing days goes on after its commas as
  after its "and".
- "on bank holiday Monday", "the bank holiday Monday": the holiday's name belongs to the weekday's
  expression.
- "within the next month", "within the next year": a bound on how soon, a length as "within the next
  two weeks" is.
- "ending weeks of speculation", "follows months of talks": a bare plural unit before "of" as the object
  of a verb of ending or following is a length, as after a past verb.
- "officials expect the longest queues over the weekend": a present verb of expecting or forecasting
  looks ahead, so its weekend is the coming one even on a Monday.
- "the Gunpowder Plot of 1605, which was uncovered on 5 November": a past "which" clause on an event
  named by its year tells of that year.
- "the 2021 lists", "the 2016 honours": plural nouns a year names without being a count of them.
- "the spring bank holiday", "the summer half term": a season qualifying a compound noun is tagged alone,
  as in "the summer recess".
- "at 5am that day ... six hours later": a clock time counted on from a clock time told with "that day".
- "On Tuesday, the first full day, they will ..." and a new paragraph "On Wednesday they fly to ...": an
  itinerary told a day to a paragraph goes on from the day ahead the paragraph before opened on.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2012, 5, 31)
MONDAY = date(1987, 3, 16)
TUESDAY = date(2022, 10, 11)
WEDNESDAY = date(1985, 11, 6)
SATURDAY = date(2019, 12, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town begins a four-day weekend of festivities on Saturday.",
            [
                ("four-day", "DURATION", "P4D"),
                ("weekend", "DATE", "2012-W22-WE"),
                ("Saturday", "DATE", "2012-06-02"),
            ],
        ),
        (
            "Campsites are full for a three-day long weekend that starts tomorrow.",
            [
                ("three-day", "DURATION", "P3D"),
                ("long weekend", "DATE", "2012-W22-WE"),
                ("tomorrow", "DATE", "2012-06-01"),
            ],
        ),
    ],
)
def test_a_weekend_measured_by_a_hyphenated_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The market opens on Tuesdays, Thursdays and Saturdays.",
            [
                ("Tuesdays", "SET", "XXXX-WXX-2"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
            ],
        ),
        (
            "Tours run on Mondays, Wednesdays, Fridays and Sundays.",
            [
                ("Mondays", "SET", "XXXX-WXX-1"),
                ("Wednesdays", "SET", "XXXX-WXX-3"),
                ("Fridays", "SET", "XXXX-WXX-5"),
                ("Sundays", "SET", "XXXX-WXX-7"),
            ],
        ),
    ],
)
def test_a_comma_list_of_standing_weekdays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank holiday Monday will end with fireworks.",
            [("The bank holiday Monday", "DATE", "2012-06-04")],
        ),
        (
            "The museum will stay shut on bank holiday Monday.",
            [("bank holiday Monday", "DATE", "2012-06-04")],
        ),
    ],
)
def test_bank_holiday_monday_is_one_expression(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister will publish her plan within the next month.",
            [("the next month", "DURATION", "P1M")],
        ),
        ("A decision is expected within the next year.", [("the next year", "DURATION", "P1Y")]),
        ("Within the next week the road will reopen.", [("the next week", "DURATION", "P1W")]),
    ],
)
def test_within_the_next_unit_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club named its new manager, ending weeks of speculation.", [("weeks", "DURATION", "PXW")]),
        ("The ruling ends years of uncertainty for tenants.", [("years", "DURATION", "PXY")]),
        ("The deal, following months of talks, was signed in Oslo.", [("months", "DURATION", "PXM")]),
    ],
)
def test_a_bare_unit_object_of_ending_or_following(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police expect the biggest crowds over the weekend.", [("the weekend", "DATE", "1987-W12-WE")]),
        ("Forecasters predict heavy snow at the weekend.", [("the weekend", "DATE", "1987-W12-WE")]),
        ("Shops were busy at the weekend.", [("the weekend", "DATE", "1987-W11-WE")]),
    ],
)
def test_a_present_verb_of_expecting_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guards searched the cellars yesterday, a custom that recalls the plot of 1605, which was uncovered"
            " on the night of 5 November.",
            [
                ("yesterday", "DATE", "1985-11-05"),
                ("1605", "DATE", "1605"),
                ("5 November", "DATE", "1605-11-05"),
            ],
        ),
        (
            "The town held a service on Sunday to remember the great flood of 1953, which struck on 31 January.",
            [
                ("Sunday", "DATE", "1985-11-03"),
                ("1953", "DATE", "1953"),
                ("31 January", "DATE", "1953-01-31"),
            ],
        ),
        (
            "The town held a service on Sunday for the budget of 1986, which will be debated on 5 December.",
            [
                ("Sunday", "DATE", "1985-11-03"),
                ("1986", "DATE", "1986"),
                ("5 December", "DATE", "1985-12-05"),
            ],
        ),
    ],
)
def test_a_which_clause_on_an_event_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nominations for the 2021 lists are already under way.", [("2021", "DATE", "2021")]),
        ("She was made a dame in the 2016 honours.", [("2016", "DATE", "2016")]),
        ("The firm printed 2021 lists of names.", []),
    ],
)
def test_plural_nouns_a_year_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair moves to the spring bank holiday.", [("spring", "DATE", "2012-SP")]),
        ("Families travel during the summer half term.", [("summer", "DATE", "2012-SU")]),
    ],
)
def test_a_season_qualifying_a_compound_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed at 5am that day and took effect six hours later.",
            [
                ("5am", "TIME", "1985-11-06T05:00"),
                ("that day", "DATE", "1985-11-06"),
                ("six hours later", "TIME", "1985-11-06T11:00"),
            ],
        ),
        (
            "The ship left shortly after 9pm that day and sank two hours later.",
            [
                ("9pm", "TIME", "1985-11-06T21:00"),
                ("that day", "DATE", "1985-11-06"),
                ("two hours later", "TIME", "1985-11-06T23:00"),
            ],
        ),
    ],
)
def test_hours_later_after_a_clock_time_that_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


FRIDAY = date(2026, 2, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team will land in Perth on Monday 2 March. On Tuesday, the first full day, it will train at the"
            " WACA."
            "\n\nOn Wednesday the squad flies to Adelaide.",
            [
                ("Monday 2 March", "DATE", "2026-03-02"),
                ("Tuesday", "DATE", "2026-03-03"),
                ("Wednesday", "DATE", "2026-03-04"),
            ],
        ),
        (
            "The strike will last until Tuesday 10 March.\n\nOn Wednesday the union's executive meets.",
            [("Tuesday 10 March", "DATE", "2026-03-10"), ("Wednesday", "DATE", "2026-02-18")],
        ),
    ],
)
def test_an_itinerary_a_day_to_a_paragraph(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
