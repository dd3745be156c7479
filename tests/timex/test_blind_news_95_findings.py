"""Rules added after the ninety-fifth blind news set (`data/gold/timex/blind_news_95.jsonl`, travel and
tourism news and features) was scored once: each row is a sentence of our own showing the general English
usage behind one finding, with rows where the rule must not apply.

- "ski under the midnight sun", "kept out of the midday sun": a named hour before "sun" in lower case is
  the sun of that hour, no time and no Sunday ("at noon Sun. 19 June" stays a day's noon).
- "a party for Hogmanay": the Scots' name for New Year's Eve is 31 December, as New Year's Eve is.
- "The museum drew 40,000 people last year, most of them in July": "last" before a single unit of time
  leads that unit, it is no verb "to last" giving the clause a present tense ("the vines last year after
  year" is the verb).
- "A curfew between 10pm and 5am has been in force since Sunday", "... remains in place": an order that
  stands over days keeps the same hours on each of them; one imposed for Saturday keeps that night's.
- "The night sleeper left Euston two hours late on Friday", "landed at Stansted 50 minutes early": a verb
  of leaving or arriving and the place it left or reached, in capitals, before the margin make "late" the
  margin, not the end of the day; "on" before the day stays outside it ("fought the blaze 12 hours late
  Monday" keeps late Monday).
- "The strike ends at 6am on Thursday. By noon, 90 trains had been cancelled": an hour a past perfect after
  it says something had happened by lies on the writer's day, not on a day still ahead of it.
- "The night ferry sails every night at 2200, docking at 0700": four digits from 1000 up after "at" are a
  24-hour clock when their own sentence goes on to one written with its leading zero ("set at 2100 after
  talks" stays a number).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2011, 6, 14)
THURSDAY = date(2011, 2, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Tromsø you can ski under the midnight sun in June.", [("June", "DATE", "2011-06")]),
        ("We kept out of the midday sun.", []),
        ("The low 6pm sun lit the harbour.", [("6pm", "TIME", "2011-06-14T18:00")]),
        (
            "The pool closes at noon Sun. 19 June.",
            [("noon Sun", "TIME", "2011-06-19T12:00"), ("19 June", "DATE", "2011-06-19")],
        ),
    ],
)
def test_sun_of_an_hour_is_no_sunday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They gave a party for Hogmanay.", [("Hogmanay", "DATE", "2010-12-31")]),
        (
            "Hogmanay 1999 brought 300,000 people to Princes Street.",
            [("Hogmanay 1999", "DATE", "1999-12-31")],
        ),
    ],
)
def test_hogmanay_is_new_years_eve(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum drew 40,000 people last year, most of them in July.",
            [("last year", "DATE", "2010"), ("July", "DATE", "2010-07")],
        ),
        (
            "The castle had 86,000 visitors last year, a third of them in July and August.",
            [("last year", "DATE", "2010"), ("July", "DATE", "2010-07"), ("August", "DATE", "2010-08")],
        ),
    ],
)
def test_last_before_a_unit_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A curfew between 10pm and 5am has been in force since Sunday.",
            [
                ("10pm", "TIME", "XXXX-XX-XXT22:00"),
                ("5am", "TIME", "XXXX-XX-XXT05:00"),
                ("Sunday", "DATE", "2011-06-12"),
            ],
        ),
        (
            "A curfew from 9pm to 6am remains in place across the province.",
            [("9pm", "TIME", "XXXX-XX-XXT21:00"), ("6am", "TIME", "XXXX-XX-XXT06:00")],
        ),
        (
            "Police imposed a curfew from 9pm to 6am on Saturday.",
            [
                ("9pm", "TIME", "2011-06-11T21:00"),
                ("6am", "TIME", "2011-06-11T06:00"),
                ("Saturday", "DATE", "2011-06-11"),
            ],
        ),
    ],
)
def test_standing_curfew_keeps_hours_of_every_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The night sleeper left Euston two hours late on Friday.",
            [("two hours", "DURATION", "PT2H"), ("Friday", "DATE", "2011-06-10")],
        ),
        (
            "The plane landed at Stansted 50 minutes early yesterday.",
            [("50 minutes", "DURATION", "PT50M"), ("yesterday", "DATE", "2011-06-13")],
        ),
        (
            "Crews fought the blaze 12 hours late Monday.",
            [("12 hours", "DURATION", "PT12H"), ("late Monday", "DATE", "2011-06-13")],
        ),
    ],
)
def test_margin_after_a_verb_and_its_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike ends at 6am on Thursday. By noon, 90 trains had been cancelled.",
            [
                ("6am", "TIME", "2011-06-16T06:00"),
                ("Thursday", "DATE", "2011-06-16"),
                ("noon", "TIME", "2011-06-14T12:00"),
            ],
        ),
        (
            "The strike ends at 6am on Thursday. At noon, a rally will start.",
            [
                ("6am", "TIME", "2011-06-16T06:00"),
                ("Thursday", "DATE", "2011-06-16"),
                ("noon", "TIME", "2011-06-16T12:00"),
            ],
        ),
    ],
)
def test_past_perfect_by_an_hour_is_on_the_writers_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The night ferry sails every night at 2200, docking at 0700.",
            [
                ("every night", "SET", "XXXX-XX-XXTNI"),
                ("2200", "TIME", "XXXX-XX-XXT22:00"),
                ("0700", "TIME", "XXXX-XX-XXT07:00"),
            ],
        ),
        ("The price was set at 2100 after talks.", []),
        (
            "The bid was raised at 2300. At 0800 the board met.",
            [("0800", "TIME", "2011-06-14T08:00")],
        ),
    ],
)
def test_four_digit_clock_before_a_zero_led_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
