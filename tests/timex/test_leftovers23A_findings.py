"""Rules added in the twenty-third leftovers pass (A): each row is a sentence of our own showing the general
English usage behind one finding.

- "Last orders are at 10.30.", "Last entry is at 4.45.": the last call a place takes before it closes, said
  in the present with no day, is a clock time late in the place's day (22:30, 16:45) and of every day it
  keeps (XXXX-XX-XX), as its opening hours are; a day after it ("at 10pm on Friday") makes it that day's,
  "Last orders for breakfast are at 10.30" keeps the morning, and "Last orders were at 10.30" and "The last
  bus is at 11.30" are left as they were.
- "Doors open at 7.30, and the show starts at 8.15": a venue opens its doors for a performance, named near
  the hour, in the evening; "The bakery's doors open at 7.30." stays in the morning. Both are one day's.
- "The party's on Friday", "The match's on Saturday": the contracted "is" after a thing held at a set time
  points ahead as "The party is on Friday" does; "Anna's on Monday" (no such noun) keeps the nearest day.
- "since about 950", "From around 870 the monks", "by c. 640", "built c. 950": a hedged three-digit number
  after "since" or "until", after "circa" abbreviated, or opening its clause after "from" or "by" before
  the clause's subject, is an early year with mod APPROX; "about 950 men", "rose by about 300 the next
  year", "grew from about 870 to 900" and "Since about 950 men have served" stay counts.
- "At 11am the army announced a ceasefire from midnight local time": a measure a past verb announces or
  imposes "from" midnight starts after the announcing, at the midnight that ends the day (T24:00 of that
  day); "At 11am police said the fire broke out at midnight" and "the ceasefire took effect from midnight"
  keep the midnight that opened it.
- "First broadcast 12 March 2019. Repeated Sunday at 9pm": a listing's sentence opening on the participle
  of a repeat, with no subject or "was", announces the coming Sunday; "It was repeated on Sunday" and "He
  repeated Sunday that ..." stay past.
- "SYDNEY - ... last winter", said in January: a text whose dateline or lead names a country or city of the
  southern hemisphere has the seasons of the opposite months, so "last winter" is June-August of the year
  before (2023-WI said in January 2024, where the north's is 2022-WI), "this summer" in January the one
  running since December (2023-SU), "last spring" in September the southern spring a year back; the season
  code is kept, and "this autumn" in April is 2023-FA in either hemisphere. "Perth, Scotland" is no sign.
- "I remember that June 1944": "that" before a month with its year no longer makes the month this year's
  (2024-06); the month is the year's (1944-06), as "that June of 1944" already was ("That June 1500
  soldiers died" keeps the count out).
- "1968 changed everything", "Then 1989 changed the map of Europe": a year opening its sentence before
  "changed" and "everything", "history" or a determiner is its subject; "1500 changed their votes" and "200
  changed sides" are counts.
- Already working, checked: "that June of 1944" (1944-06, "that" left out of the extent as blind_letters
  records), "That winter of 1812 was cruel" (1812-WI), "At 9am officials said the curfew would begin at
  midnight" (the coming midnight), "The curfew began at midnight" (the one that opened the day).
- Left: "1914 was the price of empire" (a bare number before "was the price of" is read as an amount by an
  earlier rule, and "the price of" an abstract noun cannot be told from "the price of gold").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

FRIDAY = date(2024, 5, 10)
WEDNESDAY = date(2024, 5, 8)
JANUARY = date(2024, 1, 15)
APRIL = date(2023, 4, 12)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last orders are at 10.30.", [("10.30", "TIME", "XXXX-XX-XXT22:30")]),
        (
            "The museum opens at 10am. Last entry is at 4.45.",
            [("10am", "TIME", "2024-05-10T10:00"), ("4.45", "TIME", "XXXX-XX-XXT16:45")],
        ),
        ("Last admission is at 5.15, and the cafe shuts soon after.", [("5.15", "TIME", "XXXX-XX-XXT17:15")]),
        ("Last orders are at 11pm.", [("11pm", "TIME", "XXXX-XX-XXT23:00")]),
        (
            "Last orders are at 10.30 on Sundays.",
            [("10.30", "TIME", "XXXX-XX-XXT22:30"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        # a day after it makes it that day's; a morning meal keeps the morning; the past is left as it was
        (
            "Last orders are at 10pm on Friday.",
            [("10pm", "TIME", "2024-05-10T22:00"), ("Friday", "DATE", "2024-05-10")],
        ),
        ("Last orders for breakfast are at 10.30.", [("10.30", "TIME", "2024-05-10T10:30")]),
        ("Last orders were at 10.30.", []),
        ("The last bus is at 11.30.", []),
    ],
)
def test_last_call_of_a_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doors open at 7.30, and the show starts at 8.15.",
            [("7.30", "TIME", "2024-05-10T19:30"), ("8.15", "TIME", "2024-05-10T20:15")],
        ),
        (
            "The concert starts at 8. Doors open at 7.15.",
            [("8", "TIME", "2024-05-10T20:00"), ("7.15", "TIME", "2024-05-10T19:15")],
        ),
        ("The bakery's doors open at 7.30.", [("7.30", "TIME", "2024-05-10T07:30")]),
    ],
)
def test_doors_of_a_performance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The party's on Monday.", NEWS, [("Monday", "DATE", "2024-05-13")]),
        ("The match\u2019s on Saturday.", NEWS, [("Saturday", "DATE", "2024-05-11")]),
        (
            "the party's on Monday, so bring a cake",
            DocumentKind.COLLOQUIAL,
            [("Monday", "DATE", "2024-05-13")],
        ),
        # as "The party is on Wednesday": a speaker's own weekday is a week on, news copy's its own day
        ("The party's on Wednesday.", DocumentKind.COLLOQUIAL, [("Wednesday", "DATE", "2024-05-15")]),
        ("The party's on Wednesday.", NEWS, [("Wednesday", "DATE", "2024-05-08")]),
        # no noun of a thing held: the nearest day
        ("Anna's on Monday.", NEWS, [("Monday", "DATE", "2024-05-06")]),
    ],
)
def test_contracted_is_of_a_scheduled_thing(
    text: str, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The abbey had stood on the hill since about 950.", [("about 950", "0950", "APPROX")]),
        ("From around 870 the monks held the island.", [("around 870", "0870", "APPROX")]),
        ("By c. 640 a church had been built there.", [("c. 640", "0640", "APPROX")]),
        ("until around 720 the river ran west of the town", [("around 720", "0720", "APPROX")]),
        ("The chapel was built c. 950.", [("c. 950", "0950", "APPROX")]),
        # counts
        ("There were about 950 men in the fort.", []),
        ("Since about 950 men have served there.", []),
        ("The crowd grew from about 870 to 900.", []),
        ("a manuscript of c. 850 pages", []),
    ],
)
def test_hedged_early_year(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At 11am the army announced a ceasefire from midnight local time.",
            [("11am", "TIME", "2024-05-10T11:00"), ("midnight local time", "TIME", "2024-05-10T24:00")],
        ),
        (
            "At 11am the government imposed an overnight curfew from midnight.",
            [("11am", "TIME", "2024-05-10T11:00"), ("midnight", "TIME", "2024-05-10T24:00")],
        ),
        (
            "The army announced a ceasefire from midnight.",
            [("midnight", "TIME", "2024-05-10T24:00")],
        ),
        # what is told as done at midnight, or taking effect from it, was at the one gone
        (
            "At 11am police said the fire broke out at midnight.",
            [("11am", "TIME", "2024-05-10T11:00"), ("midnight", "TIME", "2024-05-09T24:00")],
        ),
        (
            "At 8am the ministry announced that the ceasefire took effect from midnight.",
            [("8am", "TIME", "2024-05-10T08:00"), ("midnight", "TIME", "2024-05-09T24:00")],
        ),
        ("The curfew began at midnight.", [("midnight", "TIME", "2024-05-09T24:00")]),
    ],
)
def test_midnight_a_measure_starts_from(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Repeated Sunday at 9pm.",
            [("Sunday", "DATE", "2024-05-12"), ("9pm", "TIME", "2024-05-12T21:00")],
        ),
        (
            "First broadcast 12 March 2019. Repeated on Sunday at 9pm on Radio 4.",
            [
                ("12 March 2019", "DATE", "2019-03-12"),
                ("Sunday", "DATE", "2024-05-12"),
                ("9pm", "TIME", "2024-05-12T21:00"),
            ],
        ),
        (
            "It was repeated on Sunday at 9pm.",
            [("Sunday", "DATE", "2024-05-05"), ("9pm", "TIME", "2024-05-05T21:00")],
        ),
        ("He repeated Sunday that he would stay.", [("Sunday", "DATE", "2024-05-05")]),
    ],
)
def test_listing_repeat(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "SYDNEY - Farmers in New South Wales said last winter was the driest on record.",
            JANUARY,
            [("last winter", "DATE", "2023-WI")],
        ),
        ("Farmers said last winter was the driest on record.", JANUARY, [("last winter", "DATE", "2022-WI")]),
        ("SYDNEY - The heat this summer has broken records.", JANUARY, [("this summer", "DATE", "2023-SU")]),
        ("The heat this summer has broken records.", JANUARY, [("this summer", "DATE", "2024-SU")]),
        ("AUCKLAND - Next summer will be hotter.", date(2023, 10, 2), [("Next summer", "DATE", "2023-SU")]),
        ("MELBOURNE - Growers said this autumn was dry.", APRIL, [("this autumn", "DATE", "2023-FA")]),
        ("CAPE TOWN - This winter will be wet.", JANUARY, [("This winter", "DATE", "2024-WI")]),
        # a northern Perth is no sign
        ("PERTH, Scotland - Last winter was wet.", JANUARY, [("Last winter", "DATE", "2022-WI")]),
    ],
)
def test_southern_seasons(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I remember that June 1944.", [("June 1944", "DATE", "1944-06")]),
        ("I remember that June of 1944.", [("June of 1944", "DATE", "1944-06")]),
        ("That winter of 1812 was cruel.", [("That winter of 1812", "DATE", "1812-WI")]),
        ("I remember that June.", [("that June", "DATE", "2024-06")]),
        ("Last June 2000 people came.", [("Last June", "DATE", "2023-06")]),
    ],
)
def test_that_month_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1968 changed everything.", [("1968", "DATE", "1968")]),
        ("Then 1989 changed the map of Europe.", [("1989", "DATE", "1989")]),
        ("1500 changed their votes.", []),
        ("200 changed sides.", []),
    ],
)
def test_year_subject_that_changed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected
