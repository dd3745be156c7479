"""Leftovers of earlier rounds mended with general rules: each row is a sentence of our own showing the general
English usage behind one mend, and the look-alikes that keep their reading.

- "from ten to eleven in the morning", "open from ten to eleven": after a range's lead, a face "<hour> to
  <hour>" is the range's two hours, as "from ten to midnight" already was (one predicate for both);
  "between ten to six and six", "at ten to eleven", "from a quarter to six" stay minutes to the hour.
- "a curfew from 7pm to 7am for 12 weeks": an order's hours with its length told after them recur every day
  of it, as "a 12-week curfew from 7pm to 7am" does; "a curfew from 7pm tonight" and "for one night" keep
  their night. "a night-time curfew", "a day-time nap": a kind of hours, no length of a night or a day.
- "It is 1 July 1916. This morning the guns fall silent": a text told in the present about a day it dates
  in full, with its year, in the sentence before or the same one, far from the writer's day, tells that day
  as now; "This morning the council meets" and a date told in the past keep the writer's morning.
- "In 1815 the army marched north. On Sunday the troops rested": a story year opening its sentence as the
  scene of what follows keeps the weekday after it in its paragraph in the story, in a week it never told
  (XXXX-WXX-7); a year closing its clause ("moved to Leeds in 1958. On Friday its last director retired")
  still leaves the weekday to the writer's week.
- "Tickets at 12.50", "Seats at 10.50 and 12.50", in a text that writes its clock dotted ("7.30 p.m."): a
  dotted figure after "at" and a thing sold (`PRICED_AT_NOUNS`) is its price; "A matinee begins at 12.50
  on Saturday" and "Tickets at 10.30 on Saturday" (a day after the figure) stay clock times.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2026, 2, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic takes calls from ten to eleven in the morning.",
            [("ten", "TIME", "2026-02-27T10:00"), ("eleven in the morning", "TIME", "2026-02-27T11:00")],
        ),
        (
            "The bar serves food from ten to eleven at night.",
            [("ten", "TIME", "2026-02-27T22:00"), ("eleven at night", "TIME", "2026-02-27T23:00")],
        ),
        ("The surgery is open from ten to eleven.", []),
        ("The shop is shut between ten to six and six.", [("ten to six", "TIME", "2026-02-27T05:50")]),
        ("We met at ten to eleven.", [("ten to eleven", "TIME", "2026-02-27T10:50")]),
        ("It was ten to eleven when she rang.", [("ten to eleven", "TIME", "2026-02-27T10:50")]),
        ("The bar opens from a quarter to six.", [("a quarter to six", "TIME", "2026-02-27T05:45")]),
        (
            "The shop is open from ten to midnight.",
            [("ten", "TIME", "2026-02-27T22:00"), ("midnight", "TIME", "2026-02-27T24:00")],
        ),
        (
            "He was out between ten to midnight and one.",
            [("ten to midnight", "TIME", "2026-02-27T23:50")],
        ),
    ],
)
def test_two_hours_of_a_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court imposed a curfew from 7pm to 7am for 12 weeks.",
            [
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
                ("12 weeks", "DURATION", "P12W"),
            ],
        ),
        (
            "He was given a night-time curfew from 10 p.m. to 5 a.m. for a month.",
            [
                ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
                ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
                ("a month", "DURATION", "P1M"),
            ],
        ),
        (
            "She must keep a curfew between 8pm and 6am for the next six months.",
            [
                ("8pm", "TIME", "XXXX-XX-XXT20:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
                ("the next six months", "DURATION", "P6M"),
            ],
        ),
        ("Police set a curfew from 7pm tonight.", [("7pm tonight", "TIME", "2026-02-27T19:00")]),
        (
            "He was put under a curfew from 9pm to 6am for one night.",
            [
                ("9pm", "TIME", "2026-02-27T21:00"),
                ("6am", "TIME", "2026-02-28T06:00"),
                ("one night", "DURATION", "P1D"),
            ],
        ),
        ("Troops staged a night-time raid.", []),
        ("The toddler has a day-time nap.", []),
        ("They held a day-long meeting.", [("day-long", "DURATION", "P1D")]),
    ],
)
def test_order_hours_with_a_length_after_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is 1 July 1916. This morning the guns fall silent along the Somme.",
            [("1 July 1916", "DATE", "1916-07-01"), ("This morning", "TIME", "1916-07-01TMO")],
        ),
        (
            "It is 14 October 1066, and the two armies face each other. This afternoon the English line "
            "gives way.",
            [("14 October 1066", "DATE", "1066-10-14"), ("This afternoon", "TIME", "1066-10-14TAF")],
        ),
        (
            "The council has a busy week. This morning the council meets to vote.",
            [("This morning", "TIME", "2026-02-27TMO")],
        ),
        (
            "The treaty was signed on 1 July 1916. This morning the museum opens its doors.",
            [("1 July 1916", "DATE", "1916-07-01"), ("This morning", "TIME", "2026-02-27TMO")],
        ),
    ],
)
def test_this_morning_in_a_historic_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
    assert typed(text, FRIDAY, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1815 the army marched north. On Sunday the troops rested.",
            [("1815", "DATE", "1815"), ("Sunday", "DATE", "XXXX-WXX-7")],
        ),
        (
            "During 1793 the town was besieged. The rains came early, and on Tuesday the gates were opened.",
            [("1793", "DATE", "1793"), ("Tuesday", "DATE", "XXXX-WXX-2")],
        ),
        (
            "The company was founded in 1921 and moved to Leeds in 1958. On Friday its last director retired.",
            [("1921", "DATE", "1921"), ("1958", "DATE", "1958"), ("Friday", "DATE", "2026-02-27")],
        ),
        (
            "In 1815 the army marched north.\nThe regiment's museum reopened on Sunday.",
            [("1815", "DATE", "1815"), ("Sunday", "DATE", "2026-02-22")],
        ),
    ],
)
def test_weekday_in_a_story_year_told_as_its_scene(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The play starts at 7.30 p.m. Tickets at 12.50 are on sale.",
            [("7.30 p.m.", "TIME", "2026-02-27T19:30")],
        ),
        (
            "Curtain up is at 7.45 p.m. Seats at 10.50 and 12.50 remain in the circle.",
            [("7.45 p.m.", "TIME", "2026-02-27T19:45")],
        ),
        (
            "The fair opens at 9.30 a.m. Admission at 12.50 for adults.",
            [("9.30 a.m.", "TIME", "2026-02-27T09:30")],
        ),
        (
            "The play starts at 7.30 p.m. A matinee begins at 12.50 on Saturday.",
            [
                ("7.30 p.m.", "TIME", "2026-02-27T19:30"),
                ("12.50", "TIME", "2026-02-28T12:50"),
                ("Saturday", "DATE", "2026-02-28"),
            ],
        ),
        (
            "The box office opens at 9.30 a.m. Tickets at 10.30 on Saturday.",
            [
                ("9.30 a.m.", "TIME", "2026-02-27T09:30"),
                ("10.30", "TIME", "2026-02-28T10:30"),
                ("Saturday", "DATE", "2026-02-28"),
            ],
        ),
    ],
)
def test_dotted_price_of_a_thing_sold(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
