"""Rules added after the thirtieth blind news set (`data/gold/timex/blind_news_30.jsonl`, transport and
travel news) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- A verb form that is both base and participle ("run", "come", "become") after "and" in a modal or
  future group is that group's bare infinitive ("could start next month and run over Christmas"), not a
  reduced passive telling the past.
- A clock time in a sentence that names a set of days is the time of each of them even when the clock
  times written between them carry their own stops ("from 6:30 a.m. to 9 a.m. and from 3 p.m. to 6 p.m.
  on weekdays"); a clock time's stop that ends its sentence still ends the search.
- "overnight" with a day right after it ("overnight on Tuesday") is the night of that day.
- A weekday listed with a day still ahead ("Saturday or Sunday", "on Friday or Monday") is ahead too in
  a present clause that gives no direction, as it already was in a past one.
- A past passive of expecting with its date right after it ("another peak was expected on Thursday")
  dates what was looked forward to, which may lie on either side of now: the nearest such day.
- "push ... back to" a time moves an arranged time, as "move ... to" does: the new time lies ahead.
- "the weekend" after a day ahead its sentence has named ("by 6am on Saturday 12 June, in time for the
  weekend's traffic") is the weekend on or after that day.
- In news as in stories, "overnight" after an afternoon or evening its sentence has named is that day's
  night ("on Saturday evening ... stay in the city overnight").
- A clock time followed by "on either day" or "on both days" is the time of each of the days told.
- Two parts of the day joined by "and" before the noun they qualify ("the morning and evening rush
  hours") are both expressions, the article belonging to the noun.
- A headline drops the article of "in the new year" ("Rail fares to rise in new year").
- What is warned of ("warned of a storm surge in the early hours of Sunday") comes after the warning and
  may lie on either side of now; "warned on Sunday that" still dates the warning.
- A clock time with no day before it in its sentence, right after a sentence naming a set of days or
  nights ("will close overnight for five nights from Monday. It will shut between 10pm and 5am"), is the
  time of each of them, unless its clause is past.
- A clock time put on a day ahead orders the days told after it with "and" as a day does ("before 11
  a.m. on Wednesday or after 7 p.m., and ... between noon and 6 p.m. on Sunday").
- A present perfect takes no definite past time, so a holiday in one is the one nearest now ("Airlines
  have added flights over Easter weekend"), unless "since" looks back.
- A feast set beside a day by "the day before" or "the day after" ("Thursday, the day before Good
  Friday") is the one next to that day.
- What a feast is like every year ("Easter is a busy time for families") names no date.
- "single day" ranked by a superlative ("the busiest single day on record") is no length.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2019, 11, 13)
THURSDAY = date(1997, 11, 6)
FRIDAY = date(2010, 6, 4)
MONDAY = date(2025, 4, 14)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The union is balloting members on a ban that could start next month and run over Christmas.",
            WEDNESDAY,
            [("next month", "DATE", "2019-12"), ("Christmas", "DATE", "2019-12-25")],
        ),
        (
            "The fair will open next month and run until Christmas.",
            WEDNESDAY,
            [("next month", "DATE", "2019-12"), ("Christmas", "DATE", "2019-12-25")],
        ),
        (
            "The market opened in May and ran until Christmas.",
            WEDNESDAY,
            [("May", "DATE", "2019-05"), ("Christmas", "DATE", "2018-12-25")],
        ),
    ],
)
def test_a_base_form_after_and_shares_the_modal_before_it(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers will direct traffic from 6:30 a.m. to 9 a.m. and from 3 p.m. to 6 p.m. on weekdays.",
            [
                ("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30"),
                ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
                ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
                ("weekdays", "SET", "P1D"),
            ],
        ),
        (
            "The shop opened at 9 a.m. Buses run every day.",
            [("9 a.m.", "TIME", "1997-11-06T09:00"), ("every day", "SET", "P1D")],
        ),
    ],
)
def test_stops_inside_clock_times_do_not_end_a_sentence_of_set_days(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The eastbound lanes will close overnight on Tuesday while the gantry is replaced.",
            [("overnight", "TIME", "2010-06-08TNI"), ("Tuesday", "DATE", "2010-06-08")],
        ),
        (
            "Crews will work overnight on Sunday to repair the rails.",
            [("overnight", "TIME", "2010-06-06TNI"), ("Sunday", "DATE", "2010-06-06")],
        ),
        ("Heavy rain fell overnight.", [("overnight", "TIME", "2010-06-03TNI")]),
    ],
)
def test_overnight_on_a_day_is_that_days_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


def test_a_weekday_listed_with_one_ahead_is_ahead_in_a_present_clause() -> None:
    assert typed("Tickets for Saturday or Sunday can be used on Friday or Monday instead.", WEDNESDAY) == [
        ("Saturday", "DATE", "2019-11-16"),
        ("Sunday", "DATE", "2019-11-17"),
        ("Friday", "DATE", "2019-11-15"),
        ("Monday", "DATE", "2019-11-18"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The spokeswoman warned that another peak was expected on Thursday.",
            [("Thursday", "DATE", "2025-04-17")],
        ),
        ("A ruling was expected Friday.", [("Friday", "DATE", "2025-04-11")]),
        ("The results had been expected on Thursday.", [("Thursday", "DATE", "2025-04-10")]),
    ],
)
def test_a_day_expected_in_the_past_is_the_nearest(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Engineers hope to finish by April 1, but a wet winter could push that back to May.",
            [("April 1", "DATE", "1998-04-01"), ("May", "DATE", "1998-05")],
        ),
        ("The final was pushed back to Sunday because of rain.", [("Sunday", "DATE", "1997-11-09")]),
    ],
)
def test_pushing_back_to_a_time_moves_it_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_the_weekend_after_a_day_ahead_in_its_sentence() -> None:
    assert typed(
        "The work should be finished by 6am on Saturday 12 June, in time for the weekend's holiday traffic.",
        FRIDAY,
    ) == [
        ("6am", "TIME", "2010-06-12T06:00"),
        ("Saturday 12 June", "DATE", "2010-06-12"),
        ("the weekend", "DATE", "2010-W23-WE"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trains will be packed on Saturday evening, and fans were told to stay in the city overnight.",
            [("Saturday evening", "TIME", "2019-11-16TEV"), ("overnight", "TIME", "2019-11-16TNI")],
        ),
        (
            "Hundreds of fans arrived on Saturday afternoon and many camped overnight.",
            [("Saturday afternoon", "TIME", "2019-11-09TAF"), ("overnight", "TIME", "2019-11-09TNI")],
        ),
    ],
)
def test_overnight_after_an_evening_in_its_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There will be no trains anywhere on the network after 8pm on either day.",
            [("8pm", "TIME", "XXXX-XX-XXT20:00")],
        ),
        ("Gates open at 10am on both days of the festival.", [("10am", "TIME", "XXXX-XX-XXT10:00")]),
        (
            "The shop closed at 8pm on Friday.",
            [("8pm", "TIME", "2019-11-08T20:00"), ("Friday", "DATE", "2019-11-08")],
        ),
    ],
)
def test_a_clock_time_on_either_day_is_each_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The detour adds ten minutes during the morning and evening rush hours.",
            [
                ("ten minutes", "DURATION", "PT10M"),
                ("morning", "TIME", "1997-11-06TMO"),
                ("evening", "TIME", "1997-11-06TEV"),
            ],
        ),
        ("We met in the morning and evening came slowly.", [("the morning", "TIME", "1997-11-06TMO")]),
    ],
)
def test_two_parts_of_the_day_share_the_article_of_their_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bus fares to rise in new year", [("new year", "DATE", "1998")]),
        ("Happy new year to all our readers.", []),
        ("It felt like a new year.", []),
    ],
)
def test_a_headline_drops_the_article_of_the_new_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Forecasters warned of a storm surge along the coast in the early hours of Sunday.",
            date(2004, 1, 10),
            [("Sunday", "DATE", "2004-01-11")],
        ),
        (
            "Police warned on Sunday that the roads were icy.",
            date(2004, 1, 10),
            [("Sunday", "DATE", "2004-01-04")],
        ),
    ],
)
def test_what_was_warned_of_may_lie_ahead(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ring road will close overnight for four nights from Monday. It will shut between 9pm and 6am.",
            [
                ("overnight", "SET", "XXXX-XX-XXTNI"),
                ("four nights", "DURATION", "P4D"),
                ("Monday", "DATE", "2010-06-07"),
                ("9pm", "TIME", "XXXX-XX-XXT21:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ],
        ),
        (
            "The pool is open every day. On Monday it will close at 4pm.",
            [
                ("every day", "SET", "P1D"),
                ("Monday", "DATE", "2010-06-07"),
                ("4pm", "TIME", "2010-06-07T16:00"),
            ],
        ),
        (
            "The bakery opens daily. The owner arrived at 7am.",
            [("daily", "SET", "P1D"), ("7am", "TIME", "2010-06-04T07:00")],
        ),
    ],
)
def test_a_clock_time_after_a_sentence_of_set_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


def test_a_clock_time_on_a_day_ahead_orders_the_days_told_after_it() -> None:
    assert typed(
        "Drivers should set off before 10 a.m. on Wednesday or after 8 p.m., and avoid the roads between"
        " noon and 5 p.m. on Sunday.",
        date(2026, 11, 21),
    ) == [
        ("10 a.m.", "TIME", "2026-11-25T10:00"),
        ("Wednesday", "DATE", "2026-11-25"),
        ("8 p.m.", "TIME", "2026-11-25T20:00"),
        ("noon", "TIME", "2026-11-29T12:00"),
        ("5 p.m.", "TIME", "2026-11-29T17:00"),
        ("Sunday", "DATE", "2026-11-29"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Airlines have added 140 extra flights over Easter weekend.",
            MONDAY,
            [("Easter weekend", "DATE", "2025-W16-WE")],
        ),
        ("Sales have risen since Christmas.", date(2025, 10, 24), [("Christmas", "DATE", "2024-12-25")]),
        ("Airlines added extra flights over Easter.", MONDAY, [("Easter", "DATE", "2024-03-31")]),
    ],
)
def test_a_holiday_in_a_present_perfect_is_the_nearest(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Another peak was expected on Thursday, the day before Good Friday.",
            MONDAY,
            [("Thursday", "DATE", "2025-04-17"), ("Good Friday", "DATE", "2025-04-18")],
        ),
        (
            "The store reopened on Friday, the day after Christmas.",
            date(2025, 12, 29),
            [("Friday", "DATE", "2025-12-26"), ("Christmas", "DATE", "2025-12-25")],
        ),
    ],
)
def test_a_feast_set_beside_a_day_by_the_day_before_or_after(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We know Easter is a busy time for families," he said.', []),
        ("Christmas is always a quiet time on the railways.", []),
        ("Easter is late this year.", [("Easter", "DATE", "2016-03-27"), ("late this year", "DATE", "2016")]),
    ],
)
def test_what_a_feast_is_like_every_year_is_not_dated(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2016, 3, 15)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The busiest single day on record was 20 December 2019.",
            [("20 December 2019", "DATE", "2019-12-20")],
        ),
        ("It was the wettest single day since records began.", []),
        ("She spent a single day in Paris.", [("a single day", "DURATION", "P1D")]),
    ],
)
def test_a_single_day_ranked_by_a_superlative_is_no_length(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected
