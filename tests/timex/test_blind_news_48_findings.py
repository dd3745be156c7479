"""Rules added after the forty-eighth blind news set (`data/gold/timex/blind_news_48.jsonl`, religion and
faith-community news) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "the evening before", "the afternoon before" and "the morning before" count a part of the day back from
  the day just named, as "the night before" does.
- A clock time a "will" foretells, in the sentence after a habit begun in the past ("began a Mass every
  Sunday at 1 p.m. ... will begin at 2 p.m."), is a one-off, not the habit's time of every day.
- "the morning" told after a night ("a supper tonight ... at Mass in the morning") is the morning after
  that night.
- "last" after a plural subject and an aside set off by commas ("The fireworks, paid for by the council,
  last 20 minutes") is the verb, as it is right after the subject.
- Remembrance Sunday is the second Sunday of November.
- With no DCT, a year, month, week or season named by "last" outside quotation is of the writer's
  unknown now whatever the tense ("last year they were gone" PAST_REF), as one named by "this" or "next"
  outside a past clause is ("this fall" XXXX-FA), not counted from a year the text has told; a month in
  the same sentence as such a year is of no known year.
- Hours in a list closed by one with "a.m." or "p.m." ("at 7, 9 and 11 a.m.") are each clock times with
  that half of the day.
- "due to reopen by Christmas" looks ahead however far the holiday is, as "will reopen by" does.
- A holiday in a when-clause right after a year ("last year, when it coincided with April Fool's Day")
  is that year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2025, 5, 25)
SATURDAY = date(2016, 6, 25)
WEDNESDAY = date(2019, 4, 17)
MONDAY = date(2022, 3, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new mayor will be sworn in on Saturday, June 14. A reception will be held the evening before.",
            [("Saturday, June 14", "DATE", "2025-06-14"), ("the evening before", "TIME", "2025-06-13TEV")],
        ),
        (
            "The festival opens on Friday, June 6. The stalls will be set up the afternoon before.",
            [("Friday, June 6", "DATE", "2025-06-06"), ("the afternoon before", "TIME", "2025-06-05TAF")],
        ),
        (
            "The race starts on June 21. The evening before, riders will parade through the town.",
            [("June 21", "DATE", "2025-06-21"), ("The evening before", "TIME", "2025-06-20TEV")],
        ),
        ("The parade passed the evening before the vote.", []),
    ],
)
def test_a_part_of_the_day_before_the_day_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He began a Spanish Mass every Sunday at 1 p.m. for farm workers. "
            "The ordination will begin at 2 p.m. at the cathedral.",
            [
                ("every Sunday", "SET", "XXXX-WXX-7"),
                ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
                ("2 p.m.", "TIME", "2025-05-25T14:00"),
            ],
        ),
        (
            "The motorway will close overnight for five nights from Monday. Both lanes will shut at 10pm.",
            [
                ("overnight", "SET", "XXXX-XX-XXTNI"),
                ("five nights", "DURATION", "P5D"),
                ("Monday", "DATE", "2025-05-26"),
                ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ],
        ),
    ],
)
def test_a_clock_time_foretold_after_a_past_habit_is_a_one_off(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A farewell supper will be held in the hall tonight. She said she would be there, and at the "
            "service in the morning.",
            [("tonight", "TIME", "2016-06-25TNI"), ("the morning", "TIME", "2016-06-26TMO")],
        ),
        (
            "The storm hit last night. Crews were out in the morning clearing the roads.",
            [("last night", "TIME", "2016-06-24TNI"), ("the morning", "TIME", "2016-06-25TMO")],
        ),
    ],
)
def test_the_morning_after_a_night_is_the_next_morning(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fireworks, paid for by the city council, last 20 minutes.",
            [("20 minutes", "DURATION", "PT20M")],
        ),
        (
            "The guided tours, which start at the gate, last 45 minutes.",
            [("45 minutes", "DURATION", "PT45M")],
        ),
        ("Profits fell in each region, last 12 months included.", [("last 12 months", "DURATION", "P12M")]),
    ],
)
def test_last_after_a_subject_and_its_aside_is_the_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Wreaths were laid at the memorial on Remembrance Sunday.", date(2021, 11, 20), "2021-11-14"),
        ("The service on Remembrance Sunday will start in the square.", date(2019, 10, 1), "2019-11-10"),
    ],
)
def test_remembrance_sunday_is_the_second_sunday_of_november(text: str, dct: date, expected: str) -> None:
    assert typed(text, dct) == [("Remembrance Sunday", "DATE", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The route was first walked in 1932 by miners. Places fill quickly; last year they were gone "
            "by March. A shorter walk will be held this fall, and details will follow next month.",
            [
                ("1932", "DATE", "1932"),
                ("last year", "DATE", "PAST_REF"),
                ("March", "DATE", "XXXX-03"),
                ("this fall", "DATE", "XXXX-FA"),
                ("next month", "DATE", "XXXX-XX"),
            ],
        ),
        (
            "The chapel was rebuilt in 1874. It will be repainted next year.",
            [("1874", "DATE", "1874"), ("next year", "DATE", "FUTURE_REF")],
        ),
        (
            "The chapel was rebuilt in 1874, and the following year it was repainted.",
            [("1874", "DATE", "1874"), ("the following year", "DATE", "1875")],
        ),
    ],
)
def test_with_no_dct_last_this_and_next_are_the_writers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Sunday, services begin at 7, 9 and 11 a.m.",
            [
                ("Sunday", "DATE", "2019-04-21"),
                ("7", "TIME", "2019-04-21T07:00"),
                ("9", "TIME", "2019-04-21T09:00"),
                ("11 a.m.", "TIME", "2019-04-21T11:00"),
            ],
        ),
        (
            "Buses leave at 6, 7, 8 or 9 a.m.",
            [
                ("6", "TIME", "2019-04-17T06:00"),
                ("7", "TIME", "2019-04-17T07:00"),
                ("8", "TIME", "2019-04-17T08:00"),
                ("9 a.m.", "TIME", "2019-04-17T09:00"),
            ],
        ),
    ],
)
def test_hours_in_a_list_share_the_last_ones_half_of_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [row for row in typed(text, WEDNESDAY) if row[1] == "TIME" or row[0] == "Sunday"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dean said the scaffolding would come down in the summer, with the nave due to reopen by Christmas.",
            [("the summer", "DATE", "2022-SU"), ("Christmas", "DATE", "2022-12-25")],
        ),
        (
            "The trial had been due to open on Christmas Eve.",
            [("Christmas Eve", "DATE", "2021-12-24")],
        ),
    ],
)
def test_due_to_before_a_holiday_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The feast comes three weeks later than it did last year, when it coincided with April Fool's Day.",
            [
                ("three weeks", "DURATION", "P3W"),
                ("last year", "DATE", "2018"),
                ("April Fool's Day", "DATE", "2018-04-01"),
            ],
        ),
        (
            "Sales were strong in 2016, when Easter fell in March.",
            [("2016", "DATE", "2016"), ("Easter", "DATE", "2016-03-27"), ("March", "DATE", "2016-03")],
        ),
    ],
)
def test_a_holiday_in_a_when_clause_after_a_year_is_that_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected
