"""Rules added after the blind notices set (`data/gold/timex/blind_notices.jsonl`, notices, announcements
and small advertisements: a births, marriages and deaths column, a pew sheet, a road closure, a classified
page, a sale notice, a golden wedding, licensing and planning notices, a club's fixture card) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "engaged the following Easter", "the previous Christmas": a feast counted on or back from the story's
  time is one expression with its determiner, and counts from that time however coarse (a season, a year),
  as "the following spring" does; "the following: Easter cards" and "the following Christmas cards" are not.
- "Chartered Surveyors, established 1898", "Founded 1906 - Reg. charity no. 2210": a body's founding year
  after its participle, set off after the name or opening a line of a letterhead; "had established 1500
  outlets" is a count.
- "Monday: Choir. Wednesday: no meeting; resumes on 9 October. Thursday: Flower rota": a week's days heading
  the lines of a notice go on from the line before, whatever the lines tell between them; a weekday heading
  a line after a line with no weekday is left to the other rules.
- "The next is on 6 October. The Rector is on leave until Thursday 26th", written on 15 September: a weekday
  and a day still to come in the writer's own month name that month, not the later month just told; without
  the weekday fitting ("until Friday 26th") the later month keeps its say.
- "Catalogues will be ready next Monday" under a notice's heading dated ahead of the DCT ("Thursday 6
  November 2008"): "next" and "last" count from the writer's now; under a letter's or diary's heading (on or
  before the DCT) they count from the heading.
- "on Monday, the 12th inst.", "Friday, the 9th ult.": the letter's month word after a weekday and its day
  is part of the expression and names the month, as after "the 12th" alone.
- "Tel. 41920 after 6pm", "ring 01632 960718 between 9am and 5pm": the hours to telephone in are of any day;
  "she rang 01632 960718 after 6pm" is one call.
- "Viewing: Monday 3 and Tuesday 4 March, 10am-4pm": a clock time after two days listed together is the time
  of each of them; after one day it is that day's.
- "the fall front", "the fall guy": the noun "fall" (a drop) in a compound, no season; "the fall line-up"
  and "next fall" stay the season.
- "Fixture card, season 2024 ... The AGM will be held on Friday 8 March": in an undated text, a date whose
  weekday fits the year the text is in takes that year even in a future clause; "on 31 March", with no
  weekday to confirm it, is still left without a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2019, 9, 15)
MONDAY = date(2008, 10, 27)
FRIDAY = date(1987, 8, 21)
WEDNESDAY = date(1962, 3, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They met at a dance in the winter of 1958 and were engaged the following Easter.",
            [("the winter of 1958", "DATE", "1958-WI"), ("the following Easter", "DATE", "1959-03-29")],
        ),
        (
            "The mill closed in the summer of 1931; the previous Christmas had brought no orders.",
            [("the summer of 1931", "DATE", "1931-SU"), ("the previous Christmas", "DATE", "1930-12-25")],
        ),
        (
            "He moved to Hull in March 1990, and the following Christmas Day he proposed.",
            [("March 1990", "DATE", "1990-03"), ("the following Christmas Day", "DATE", "1990-12-25")],
        ),
        # "the following" as a pronoun before a list, and before things named for the feast
        ("The shop stocks the following: Easter cards, calendars and diaries.", []),
        ("We printed the following Christmas cards last year.", [("last year", "DATE", "2018")]),
    ],
)
def test_feast_counted_from_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pryce & Lowe, Chartered Surveyors, established 1898, of Ludlow.", [("1898", "DATE", "1898")]),
        ("KIRKBY ROVERS FC\nFounded 1906 - Reg. charity no. 2210", [("1906", "DATE", "1906")]),
        (
            "Tanner's Bakery, est. 1921\nFresh bread baked daily.",
            [("1921", "DATE", "1921"), ("daily", "SET", "P1D")],
        ),
        # a count after the verb, and a count of members after the participle
        ("The chain had established 1500 outlets.", []),
        ("The guild, founded 1906 members strong, met.", []),
    ],
)
def test_founding_year_in_a_letterhead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This week\n\nMonday: Choir practice, 7pm.\n\nWednesday: No house group; it resumes on 9 October."
            "\n\nThursday: Flower rota from 10am.\n\nSaturday: Jumble sale.",
            [
                ("This week", "DATE", "2019-W37"),
                ("Monday", "DATE", "2019-09-16"),
                ("7pm", "TIME", "2019-09-16T19:00"),
                ("Wednesday", "DATE", "2019-09-18"),
                ("9 October", "DATE", "2019-10-09"),
                ("Thursday", "DATE", "2019-09-19"),
                ("10am", "TIME", "2019-09-19T10:00"),
                ("Saturday", "DATE", "2019-09-21"),
            ],
        ),
        # no weekday heading the line before: the nearest Thursday, as before
        (
            "Notices\n\nThe house group resumes on 9 October.\n\nThursday: Flower rota.",
            [("9 October", "DATE", "2019-10-09"), ("Thursday", "DATE", "2019-09-12")],
        ),
    ],
)
def test_week_of_days_heading_lines(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The next family service is on 6 October. The Rector is on leave until Thursday 26th.",
            [("6 October", "DATE", "2019-10-06"), ("Thursday 26th", "DATE", "2019-09-26")],
        ),
        # 26 September 2019 is no Friday: the first month after the one just told that has one
        (
            "The next family service is on 6 October. The Rector is on leave until Friday 26th.",
            [("6 October", "DATE", "2019-10-06"), ("Friday 26th", "DATE", "2020-06-26")],
        ),
    ],
)
def test_weekday_and_day_in_the_writers_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SALE OF BOOKS AND MAPS\nThursday 6 November 2008\n\nCatalogues will be ready next Monday.",
            [("Thursday 6 November 2008", "DATE", "2008-11-06"), ("next Monday", "DATE", "2008-11-03")],
        ),
    ],
)
def test_next_weekday_under_a_heading_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interment at Morton Cemetery on Monday, the 12th inst., at 11 a.m.",
            [("Monday, the 12th inst.", "DATE", "1962-03-12"), ("11 a.m.", "TIME", "1962-03-12T11:00")],
        ),
        ("The boiler failed on Friday, the 9th ult.", [("Friday, the 9th ult.", "DATE", "1962-02-09")]),
        ("The ship sails on Tuesday the 3rd prox.", [("Tuesday the 3rd prox.", "DATE", "1962-04-03")]),
        # no month word: the extent ends at the day
        (
            "Choir on Monday, the 12th, at noon.",
            [("Monday, the 12th", "DATE", "1962-03-12"), ("noon", "TIME", "1962-03-12T12:00")],
        ),
    ],
)
def test_weekday_day_and_letter_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LOST on Tuesday evening, a brown wallet. Tel. Ashby 41920 after 6pm.",
            [("Tuesday evening", "TIME", "1987-08-18TEV"), ("6pm", "TIME", "XXXX-XX-XXT18:00")],
        ),
        (
            "For details ring 01632 960718 between 9am and 5pm.",
            [("9am", "TIME", "XXXX-XX-XXT09:00"), ("5pm", "TIME", "XXXX-XX-XXT17:00")],
        ),
        # a call made once, and a number too short to be a telephone's
        ("She rang 01632 960718 after 6pm.", [("6pm", "TIME", "1987-08-21T18:00")]),
        ("He rang 999 after 6pm.", [("6pm", "TIME", "1987-08-21T18:00")]),
    ],
)
def test_hours_to_telephone_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Viewing: Monday 24 and Tuesday 25 August, 10am-4pm.",
            [
                ("Monday 24", "DATE", "1987-08-24"),
                ("Tuesday 25 August", "DATE", "1987-08-25"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        # one day: its own hours
        (
            "Viewing: Tuesday 25 August, 10am-4pm.",
            [
                ("Tuesday 25 August", "DATE", "1987-08-25"),
                ("10am", "TIME", "1987-08-25T10:00"),
                ("4pm", "TIME", "1987-08-25T16:00"),
            ],
        ),
    ],
)
def test_hours_after_two_listed_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An oak bureau, the fall front enclosing pigeonholes.", []),
        ("He was only ever the fall guy.", []),
        (
            "The fall line-up starts in the fall.",
            [("The fall", "DATE", "2008-FA"), ("the fall", "DATE", "2008-FA")],
        ),
        ("Next fall line managers will change.", [("Next fall", "DATE", "2009-FA")]),
    ],
)
def test_fall_in_a_compound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fixture card, season 2024\nThe AGM will be held on Friday 8 March at 7.30pm. Fees are due by 31 March.",
            [
                ("2024", "DATE", "2024"),
                ("Friday 8 March", "DATE", "2024-03-08"),
                ("7.30pm", "TIME", "2024-03-08T19:30"),
                ("31 March", "DATE", "XXXX-03-31"),
            ],
        ),
        # 8 March 2024 is no Saturday: no year to take
        (
            "Fixture card, season 2024\nThe AGM will be held on Saturday 8 March.",
            [("2024", "DATE", "2024"), ("Saturday 8 March", "DATE", "XXXX-03-08")],
        ),
    ],
)
def test_weekday_fits_the_texts_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
