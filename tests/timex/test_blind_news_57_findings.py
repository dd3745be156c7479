"""Rules added after the fifty-seventh blind news set (`data/gold/timex/blind_news_57.jsonl`, news that
looks back on its own anniversaries) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- A day and month heading a column and a year opening the paragraph after a blank line ("ON THIS DAY:
  3 June / (blank line) / 1944: ...") are two expressions: a blank line ends the date, as it ends a
  weekday before one.
- "forty years ago tonight": the night of the day that many years (or weeks) back, one TIME, as "fifty
  years ago today" is one DATE.
- "On this day in 1945": the writer's day and month in the year named, one expression.
- In an "On this day" column, a clock time, "the next day" or "the following month" in an entry under a
  year label counts from the writer's day and month in that year.
- "Now, at 81, she lives ...": "Now" set off by a comma before an age is the present of the person
  told of, not a turn in the talk ("Now, in other news" stays untagged).
- "Thirty years on, the site has become a park": a count on from the story told in the present
  perfect reaches the writer's now, as one told in the present does.
- "has marked it every year on 4 August": the day after "every year on" is that day of every year,
  whatever the tense and however often the text has dated that day before.
- "Police expect Saturday's march to pass off peacefully": a possessive day that a present verb of
  expecting or wanting takes as object, with an infinitive after it, lies ahead.
- "will be marked with a ceremony this evening, attended by the president, and with a concert on
  Saturday": a participle of attendance set off by a comma before "by" has no tense of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2004, 6, 3)
SUNDAY = date(2021, 12, 19)
FRIDAY = date(2015, 5, 8)
MONDAY = date(2025, 3, 3)
WEDNESDAY = date(2019, 8, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ANNIVERSARIES: 3 June\n\n1944: Allied troops wait for the weather to clear.",
            [("3 June", "DATE", "2004-06-03"), ("1944", "DATE", "1944")],
        ),
        (
            "ON THIS DATE: June 3\n\n1965: Ed White walks in space.",
            [("June 3", "DATE", "2004-06-03"), ("1965", "DATE", "1965")],
        ),
        ("The treaty was signed on 3 June\n1944 in London.", [("3 June\n1944", "DATE", "1944-06-03")]),
    ],
)
def test_a_blank_line_ends_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lifeboat was lost with all hands forty years ago tonight.",
            [("forty years ago tonight", "TIME", "1981-12-19TNI")],
        ),
        ("The fire started a week ago tonight.", [("a week ago tonight", "TIME", "2021-12-12TNI")]),
        ("Fifty years ago today the pit closed.", [("Fifty years ago today", "DATE", "1971-12-19")]),
    ],
)
def test_years_ago_tonight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On this day in 1945, the war in Europe ended.", [("this day in 1945", "DATE", "1945-05-08")]),
        (
            "It was on this day in 1912 that the liner left Southampton.",
            [("this day in 1912", "DATE", "1912-05-08")],
        ),
        ("On this day we remember them.", [("this day", "DATE", "2015-05-08")]),
    ],
)
def test_this_day_in_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


def test_a_clock_time_under_a_year_in_an_on_this_day_column() -> None:
    text = (
        "ON THIS DAY: 8 May\n\n"
        "1945: Churchill broadcasts to the nation at 3pm. Crowds fill Whitehall the next day.\n\n"
        "1970: The Beatles release Let It Be. It reaches the shops the following month."
    )
    assert typed(text, FRIDAY) == [
        ("8 May", "DATE", "2015-05-08"),
        ("1945", "DATE", "1945"),
        ("3pm", "TIME", "1945-05-08T15:00"),
        ("the next day", "DATE", "1945-05-09"),
        ("1970", "DATE", "1970"),
        ("the following month", "DATE", "1970-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now, at 81, she lives in a cottage by the harbour.", [("Now", "DATE", "PRESENT_REF")]),
        ("Now, aged 64, he coaches the under-12s.", [("Now", "DATE", "PRESENT_REF")]),
        ("Now, in other news, the council met.", []),
    ],
)
def test_now_before_an_age(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The factory closed in 1995 after a strike that began in 1993. Thirty years on, the site has become a park.",
            [("1995", "DATE", "1995"), ("1993", "DATE", "1993"), ("Thirty years on", "DATE", "2025")],
        ),
        (
            "The factory closed in 1995 after a strike that began in 1993. Thirty years on, the site had become a park.",
            [("1995", "DATE", "1995"), ("1993", "DATE", "1993"), ("Thirty years on", "DATE", "2023")],
        ),
    ],
)
def test_years_on_in_the_present_perfect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flood came on 4 August 1974. The town has marked it every year on 4 August since 1975.",
            [
                ("4 August 1974", "DATE", "1974-08-04"),
                ("every year", "SET", "P1Y"),
                ("4 August", "DATE", "XXXX-08-04"),
                ("1975", "DATE", "1975"),
            ],
        ),
        (
            "The war ended on 8 May 1945. Veterans met each year on 8 May until 1990.",
            [
                ("8 May 1945", "DATE", "1945-05-08"),
                ("each year", "SET", "P1Y"),
                ("8 May", "DATE", "XXXX-05-08"),
                ("1990", "DATE", "1990"),
            ],
        ),
    ],
)
def test_the_day_of_every_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police expect Saturday's march to pass off peacefully.", [("Saturday", "DATE", "2019-08-17")]),
        (
            "Organisers want Sunday's race to go ahead despite the rain.",
            [("Sunday", "DATE", "2019-08-18")],
        ),
        ("Police investigated Saturday's march.", [("Saturday", "DATE", "2019-08-10")]),
    ],
)
def test_an_expected_event_of_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reopening will be marked with a reception this evening, attended by the mayor, and with a fair on Saturday.",
            [("this evening", "TIME", "2019-08-14TEV"), ("Saturday", "DATE", "2019-08-17")],
        ),
        (
            "The final will be played at Hampden, hosted by the league, and shown live on Sunday.",
            [("Sunday", "DATE", "2019-08-18")],
        ),
        ("The service was held on Sunday, attended by hundreds.", [("Sunday", "DATE", "2019-08-11")]),
    ],
)
def test_a_participle_of_attendance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
