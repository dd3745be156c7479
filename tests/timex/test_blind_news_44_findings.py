"""Rules added after the forty-fourth blind news set (`data/gold/timex/blind_news_44.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "as planned", "as scheduled", "as expected" are reduced clauses of comparison with no subject and no
  tense: "would premiere as planned in January" looks ahead with "would", not back with "planned".
- A bare clock time later in the sentence of one read as every day's time ("doors open at 6:30 p.m. and
  the support act goes on at 7:30") is every day's too, and a bare hour after an afternoon one is p.m.
- A clock time joined by "at" to the day written just before it ("arrive Friday at 3 a.m.") is that
  day's time, even when the sentence goes on to a habit ("with new episodes every Wednesday").
- Nouns in -s that are singular as well ("series", "news", "species") agree with a singular verb:
  "the series premieres Friday" is a timetable, so Friday is ahead.
- "drops" of a release ("the album drops Friday") names a scheduled event as "opens" does; so does a
  scheduling verb after a phrase set off by commas ("The film, a thriller, drops Friday") and after a
  relative "that" ("a run that kicks off in April").
- "rain forecast for Monday could push ...": an expecting participle on a noun with "for" after it is a
  reduced relative; it gives the date no side of now, so the nearest Monday is read.
- "over the three-day weekend": the hyphenated length and the weekend are two expressions.
- A plain present naming a weekday the story has already put on a day of the past week ("opened Friday
  ... estimates combine receipts for Friday and Saturday") names that day again, not a timetable's next.
- "the Sunday" after the story moved to a year ("licence until 2006. Day tickets for the Sunday") is the
  Sunday the text told; a bare weekday listed after days of a week far from now ("on the Saturday, ...
  on the Friday and ... on Sunday") is of that week.
- A season ahead told after the story has reached next year ("a tour opening in March ..., then a leg
  that runs through the summer", said in September) does not turn back to a season just gone.
- A clock time naming a place in a broadcast schedule ("the 9 p.m. slot", "fill the 9 p.m. hour with
  reruns") is that time of every day it airs.
- An evening's clock time told in the past ("The broadcast began at 7 p.m.") in the paper of the day
  after an evening or night the story told ("won best picture on Sunday night") is on that evening; so
  is "the evening" ("Audiences climbed through the evening"), after a year has come between.
- In an undated text, "next month" in a present or future clause ("a memorial service will be held next
  month") is a month of the writer's unknown now (XXXX-XX), even after the story has told past years.
- "according to Nielsen figures released Friday" dates a report, as "said Friday" does: a clock time in
  the next sentence goes on the day of the event named beside it ("Thursday night's finale"), not on the
  report's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2017, 9, 16)
WEDNESDAY = date(2011, 11, 16)
TUESDAY = date(2024, 1, 9)
SUNDAY = date(2006, 5, 28)
THURSDAY = date(2003, 3, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The broadcaster said the third series would air as planned in January.",
            [("January", "DATE", "2018-01")],
        ),
        (
            "The museum said the new wing would reopen as scheduled in March.",
            [("March", "DATE", "2018-03")],
        ),
        (
            # the main verb is past: the month gone
            "The parade went ahead as planned in March.",
            [("March", "DATE", "2017-03")],
        ),
    ],
)
def test_as_planned_gives_no_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each concert will last three hours, with gates opening at 5:30 p.m. and the headliners on stage at 8:45.",
            [
                ("three hours", "DURATION", "PT3H"),
                ("5:30 p.m.", "TIME", "XXXX-XX-XXT17:30"),
                ("8:45", "TIME", "XXXX-XX-XXT20:45"),
            ],
        ),
        (
            # a day named between them gives the later clock time a day of its own
            "Each concert will last three hours, with gates opening at 5:30 p.m., though on Saturday the "
            "headliners will go on at 9.",
            [
                ("three hours", "DURATION", "PT3H"),
                ("5:30 p.m.", "TIME", "XXXX-XX-XXT17:30"),
                ("Saturday", "DATE", "2011-11-19"),
                ("9", "TIME", "2011-11-19T21:00"),
            ],
        ),
    ],
)
def test_clock_after_a_habitual_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The whole season arrives Thursday at 8 a.m. GMT, with a bonus episode every Monday after that.",
            [
                ("Thursday", "DATE", "2024-01-11"),
                ("8 a.m. GMT", "TIME", "2024-01-11T08:00"),
                ("every Monday", "SET", "XXXX-WXX-1"),
            ],
        ),
    ],
)
def test_clock_joined_to_its_day_is_no_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new series premieres Monday.", [("Monday", "DATE", "2024-01-15")]),
        (
            "Her debut album drops Friday, the label said Tuesday.",
            [("Friday", "DATE", "2024-01-12"), ("Tuesday", "DATE", "2024-01-09")],
        ),
        (
            '"Harbour Lights," a comedy about two ferry captains, drops Friday, the broadcaster said.',
            [("Friday", "DATE", "2024-01-12")],
        ),
    ],
)
def test_release_verbs_look_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


def test_schedule_verb_after_relative_that() -> None:
    assert typed("The band announced a 30-date run that kicks off in March.", WEDNESDAY) == [
        ("March", "DATE", "2012-03")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organisers said snow forecast for the hills on Monday could delay the start.",
            [("Monday", "DATE", "2006-05-29")],
        ),
        (
            # the finite verb with its object keeps its past
            "The agency forecast showers on Monday.",
            [("Monday", "DATE", "2006-05-22")],
        ),
    ],
)
def test_expecting_participle_on_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


def test_length_of_the_weekend_is_apart() -> None:
    assert typed("The comedy took $40 million over the three-day weekend.", SUNDAY) == [
        ("three-day", "DURATION", "P3D"),
        ("weekend", "DATE", "2006-W21-WE"),
    ]


def test_weekday_told_again_in_a_present() -> None:
    text = (
        "The musical opened on Friday and sold out on Saturday.\n\n"
        "The figures include ticket sales for Friday and Saturday."
    )
    assert typed(text, SUNDAY) == [
        ("Friday", "DATE", "2006-05-26"),
        ("Saturday", "DATE", "2006-05-27"),
        ("Friday", "DATE", "2006-05-26"),
        ("Saturday", "DATE", "2006-05-27"),
    ]


def test_weekdays_of_a_festival_week() -> None:
    text = (
        "The fair runs from Friday, August 8 to Sunday, August 10. The brass bands play on the Saturday, "
        "with the choirs on the Friday and the dancers on Sunday. The site is leased until 2005. "
        "Tickets for the Sunday go on sale in April."
    )
    assert typed(text, THURSDAY) == [
        ("Friday, August 8", "DATE", "2003-08-08"),
        ("Sunday, August 10", "DATE", "2003-08-10"),
        ("Saturday", "DATE", "2003-08-09"),
        ("Friday", "DATE", "2003-08-08"),
        ("Sunday", "DATE", "2003-08-10"),
        ("2005", "DATE", "2005"),
        ("Sunday", "DATE", "2003-08-10"),
        ("April", "DATE", "2003-04"),
    ]


def test_future_season_after_a_date_ahead() -> None:
    text = "The tour opens in Dublin on May 2, and an Asian leg is planned for the fall."
    assert typed(text, WEDNESDAY) == [("May 2", "DATE", "2012-05-02"), ("the fall", "DATE", "2012-FA")]


def test_clock_naming_a_slot() -> None:
    assert typed(
        "Repeats of the quiz show will fill the 8 p.m. slot until the autumn.", date(2020, 5, 22)
    ) == [
        ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
        ("the autumn", "DATE", "2020-FA"),
    ]
    # a day written right after it makes it one day's hour, not every day's
    hour = typed("Traffic was heaviest in the 5 p.m. hour Thursday.", date(2020, 5, 22))[0]
    assert hour[:2] == ("5 p.m.", "TIME")
    assert not hour[2].startswith("XXXX")


def test_clock_after_a_report_released_on_a_day() -> None:
    text = (
        "Wednesday night's debate drew 9 million viewers, according to ratings released Thursday. "
        "The debate began at 9 p.m. ET."
    )
    assert typed(text, date(2020, 5, 21)) == [
        ("Wednesday night", "TIME", "2020-05-20TNI"),
        ("Thursday", "DATE", "2020-05-21"),
        ("9 p.m. ET", "TIME", "2020-05-20T21:00"),
    ]


def test_evening_clock_after_the_night_before() -> None:
    text = (
        "The drama won best picture at the guild awards on Sunday night. The ceremony had been planned "
        "for Jan. 7 but was pushed back a week after a strike ended in November. The broadcast began at "
        "7 p.m. PT and ran long."
    )
    assert typed(text, date(2024, 1, 15)) == [
        ("Sunday night", "TIME", "2024-01-14TNI"),
        ("Jan. 7", "DATE", "2024-01-07"),
        ("a week", "DURATION", "P1W"),
        ("November", "DATE", "2023-11"),
        ("7 p.m. PT", "TIME", "2024-01-14T19:00"),
    ]
    # a clock time of the morning is the DCT's
    assert typed("The gala ended on Sunday night. Tickets went on sale at 9 a.m.", date(2024, 1, 15))[1] == (
        "9 a.m.",
        "TIME",
        "2024-01-15T09:00",
    )


def test_month_of_an_unknown_now() -> None:
    text = "She married in 1958 and retired in 2016. A memorial service will be held next month in Leeds."
    assert typed(text, None) == [
        ("1958", "DATE", "1958"),
        ("2016", "DATE", "2016"),
        ("next month", "DATE", "XXXX-XX"),
    ]
    # told in the story's past, the month counts on from the story's time
    assert typed("He left for Paris in June 1940; next month he joined the army.", None)[1] == (
        "next month",
        "DATE",
        "1940-07",
    )


def test_the_evening_after_the_night_before() -> None:
    text = (
        "Wednesday night's final drew 8 million viewers, according to figures released Thursday. The final, "
        "which began at 8 p.m., was the most watched since 2009, when a rival contest ended its run. "
        "Viewers joined through the evening."
    )
    assert typed(text, date(2020, 5, 21)) == [
        ("Wednesday night", "TIME", "2020-05-20TNI"),
        ("Thursday", "DATE", "2020-05-21"),
        ("8 p.m.", "TIME", "2020-05-20T20:00"),
        ("2009", "DATE", "2009"),
        ("the evening", "TIME", "2020-05-20TEV"),
    ]
