"""Rules added after the thirty-second blind news set (`data/gold/timex/blind_news_32.jsonl`, education and
schools news) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "a year later" after a month moves the story on by a year; only a look back ("a year earlier") is the
  base of a comparison of figures, which keeps the month.
- "every weekday morning" is one set, the part of every (working) day.
- A morning clock time in the paragraph after "overnight", the night before the DCT, falls on the DCT: the
  story's paragraphs go on into the morning after that night.
- A holiday weekend told in the past on its own Sunday ("over the Memorial Day weekend") is the weekend
  that has begun, though its Monday is still to come.
- A month or weekday name between "the" and a noun ("the June holidays") is part of the noun phrase, not
  the subject of a present-tense verb.
- A sentence about last year's people told in the past ("Last year's graduates got a ceremony in
  August") keeps its past side for a month without a year, however far back that lies.
- A day told after a day ahead with "followed by" ("on Monday, March 20, followed by the west on Tuesday
  and the south on Wednesday") continues the sequence; the participle gives no tense. A sentence that
  then opens on a later weekday ("On Thursday all members will stop work") goes on in the week reached.
- "last academic year", "next school year" and "the end of the school year" are school years, named by
  the year they end in, as a written academic year is.
- A participle after "with" and a noun ("with decisions posted in late March") is an absolute phrase;
  the main clause's verb gives the tense.
- Two years joined by a dash in a sentence of a school's figures ("attendance ... from 91 per cent in
  2013-14", "Enrolment rose to 1,240 in 2012-13") are one academic year, as they are one year of account
  in a sentence of a budget's figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

WEDNESDAY = date(2017, 3, 1)
SUNDAY_OF_MEMORIAL_DAY = date(2019, 5, 26)
TUESDAY = date(2018, 11, 13)
OCTOBER = date(2019, 10, 9)
JUNE = date(2018, 6, 14)
NOVEMBER = date(2019, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She became head of the college in April 2013, and it merged with its neighbour a year later.",
            [("April 2013", "DATE", "2013-04"), ("a year later", "DATE", "2014")],
        ),
        (
            "Enrolment reached 900 in March, up from 820 a year earlier.",
            [("March", "DATE", "2017-03"), ("a year earlier", "DATE", "2016-03")],
        ),
    ],
)
def test_a_year_later_moves_on_by_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The library opens a homework room every weekday afternoon.",
            [("every weekday afternoon", "SET", "XXXX-XX-XXTAF")],
        ),
        (
            "A bus takes the children to school each weekday morning.",
            [("each weekday morning", "SET", "XXXX-XX-XXTMO")],
        ),
        ("The crossing is staffed every weekday.", [("every weekday", "SET", "P1D")]),
        ("It happened on a weekday morning.", []),
    ],
)
def test_every_weekday_and_a_part_of_the_day_is_one_set(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_a_morning_clock_time_after_overnight_in_the_next_paragraph_is_on_the_dct() -> None:
    text = (
        "Dozens of roads were shut today after freezing rain fell overnight.\n\n"
        "Gritters were sent out at 4am, and the first buses ran late."
    )
    assert typed(text, WEDNESDAY) == [
        ("today", "DATE", "2017-03-01"),
        ("overnight", "TIME", "2017-02-28TNI"),
        ("4am", "TIME", "2017-03-01T04:00"),
    ]


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        (SUNDAY_OF_MEMORIAL_DAY, "2019-W21-WE"),
        (date(2019, 5, 29), "2019-W21-WE"),
        (date(2019, 5, 23), "2018-W21-WE"),
    ],
)
def test_a_holiday_weekend_begun_by_the_dct_is_this_years(dct: date, expected: str) -> None:
    text = "Lifeguards pulled 14 swimmers from the lake over the Memorial Day weekend."
    assert typed(text, dct) == [("Memorial Day weekend", "DATE", expected)]


def test_a_month_before_a_noun_after_the_is_no_subject() -> None:
    text = "The council said it would run a play scheme in the July holidays and a book fair in November."
    assert typed(text, date(2019, 3, 2)) == [
        ("July", "DATE", "2019-07"),
        ("November", "DATE", "2019-11"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year's leavers had their prom in a marquee in September.",
            [("Last year", "DATE", "2018"), ("September", "DATE", "2018-09")],
        ),
        (
            "Last year's winners were knocked out in April.",
            [("Last year", "DATE", "2018"), ("April", "DATE", "2019-04")],
        ),
    ],
)
def test_a_past_about_last_years_people_keeps_its_side(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2019, 6, 1)) == expected


def test_days_followed_by_after_a_day_ahead_continue_the_sequence() -> None:
    text = (
        "Nurses in the north will walk out on Monday, November 19, followed by those in the west on "
        "Tuesday and the south on Wednesday."
    )
    assert typed(text, TUESDAY) == [
        ("Monday, November 19", "DATE", "2018-11-19"),
        ("Tuesday", "DATE", "2018-11-20"),
        ("Wednesday", "DATE", "2018-11-21"),
    ]


def test_followed_by_after_a_past_day_stays_in_the_past() -> None:
    text = "The walkout began on Monday, November 5, followed by a march on Tuesday."
    assert typed(text, TUESDAY) == [
        ("Monday, November 5", "DATE", "2018-11-05"),
        ("Tuesday", "DATE", "2018-11-06"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The college turned away 400 applicants last academic year.",
            OCTOBER,
            [("last academic year", "DATE", "2019")],
        ),
        ("The new timetable will start next school year.", OCTOBER, [("next school year", "DATE", "2021")]),
        ("The new timetable will start next school year.", JUNE, [("next school year", "DATE", "2019")]),
        (
            "The building should be finished by the end of the school year.",
            JUNE,
            [("the end of the school year", "DATE", "2018")],
        ),
        ("Three weeks into the school year, the roof leaked.", OCTOBER, [("Three weeks", "DURATION", "P3W")]),
    ],
)
def test_a_school_year_is_named_by_the_year_it_ends_in(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_the_end_of_the_school_year_is_its_end() -> None:
    assert only("Repairs will be done by the end of the school year.", JUNE) == [
        ("the end of the school year", "2018", "END")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The exam timetable is fixed, with results published in late March.",
            [("late March", "DATE", "2020-03")],
        ),
        ("The season ended badly, with two players sent off in March.", [("March", "DATE", "2019-03")]),
    ],
)
def test_a_participle_after_with_and_a_noun_has_no_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, NOVEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enrolment rose to 1,240 in 2012-13.", [("2012-13", "DATE", "2013")]),
        (
            "Attendance reached 96 per cent last year, up from 93 per cent in 2014-15.",
            [("last year", "DATE", "2016"), ("2014-15", "DATE", "2015")],
        ),
        ("In 1912-13 he taught in a village school.", [("1912", "DATE", "1912"), ("13", "DATE", "1913")]),
    ],
)
def test_two_years_in_a_sentence_of_school_figures_are_one_academic_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2017, 5, 4)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews will resurface the bridge on Monday, November 19, and the ramps on Tuesday. "
            "On Thursday the road will reopen.",
            [
                ("Monday, November 19", "DATE", "2018-11-19"),
                ("Tuesday", "DATE", "2018-11-20"),
                ("Thursday", "DATE", "2018-11-22"),
            ],
        ),
        (
            "Crews will resurface the bridge on Monday, November 19. Before that, on Thursday, they will close a lane.",
            [("Monday, November 19", "DATE", "2018-11-19"), ("Thursday", "DATE", "2018-11-15")],
        ),
    ],
)
def test_a_sentence_opening_on_a_later_weekday_goes_on_in_the_week_reached(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected
