"""Rules added after the blind profiles set (`data/gold/timex/blind_profiles.jsonl`, résumés, CVs,
professional profiles and bios) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "June 2017 – present", "Apr 2019 - Present ·", "Oct 2022 – Current", "1998–present   Member of the
  board": the open end of a span is the writer's now (PRESENT_REF) after a month and year as after a bare
  year, "current" closes a span as "present" does, and the next column of a CV may follow the gap;
  "prices from 2012 to present evidence" is still no span.
- "Trustee, 2012 to date": a year opening a span left open with "to date" is a year, though "to date"
  itself is not tagged (blind_narrative_7); "used in 2012 to date the bones" has no span.
- "2011   Philip Leverhulme Prize": a year in a CV's or a table's column, before a gap of two blanks or a
  tab, labels its line as "2011 – " does; "2000   3,500" is a row of amounts and "2000  people signed"
  a count.
- "First Aid at Work, 2019" closing a line: a list entry's year after a comma.
- "03/2011 – 12/2015": a month and year written with a slash, as CVs and forms do (a one-digit month
  only as the end of a span); "Law 12/2015" and a shutter's "1/2000" are no dates.
- "with over 15 years' experience", "has over 20 years experience": "over" after "with", "has" or
  "brings" is "more than" (MORE_THAN), while "rose over 15 years" keeps "over" as the span's preposition.
- "Geoffrey is available from 1 September": "available" after a present "be", or opening a label line,
  puts the date ahead of the time of writing, even in a story told in the past; "became available in
  March" and "was available from 1 September" follow the story.
- "I'm currently fully booked until the end of March and taking on new commissions from April", with no
  DCT: a present tense that says it is the writer's own now ("currently", "at the moment") is no story
  told in the present, so a yearless month there is of the unknown time of writing (XXXX-04).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

MONDAY = date(2020, 5, 4)
SUNDAY = date(2021, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Experience\nJune 2017 – present\nHead of Sales, Acme Foods",
            [("June 2017", "DATE", "2017-06"), ("present", "DATE", "PRESENT_REF")],
        ),
        (
            "Sales Director · Apr 2019 - Present · 1 yr 2 mos",
            [
                ("Apr 2019", "DATE", "2019-04"),
                ("Present", "DATE", "PRESENT_REF"),
                ("1 yr 2 mos", "DURATION", "P1Y2M"),
            ],
        ),
        (
            "Shop volunteer, Oxfam, 2015 – current\nTreasurer, Rotary Club",
            [("2015", "DATE", "2015"), ("current", "DATE", "PRESENT_REF")],
        ),
        (
            "Appointments\n1998–present   Member of the board, Kent Water",
            [("1998", "DATE", "1998"), ("present", "DATE", "PRESENT_REF")],
        ),
        ("The report used data from 2012 to present evidence of decline.", [("2012", "DATE", "2012")]),
    ],
)
def test_a_span_left_open_to_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Other roles\nChair, Parish Council, 2012 to date\nGovernor, Hill School",
            [("2012", "DATE", "2012")],
        ),
        ("Chair, Parish Council, 2012 to date", [("2012", "DATE", "2012")]),
    ],
)
def test_a_year_opening_a_span_to_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Awards\n2018   Teacher of the Year, Kent\n2016\tBest Newcomer, Kent Drama",
            [("2018", "DATE", "2018"), ("2016", "DATE", "2016")],
        ),
        ("Costs\n2000   3,500", []),
        ("Notes\n2000  people signed the petition.", []),
        (
            "Certificates\nFirst Aid at Work, 2019\nBSc Physics, University of Hull, 2009",
            [("2019", "DATE", "2019"), ("2009", "DATE", "2009")],
        ),
    ],
)
def test_a_year_labelling_a_list_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff Nurse, 03/2011 – 12/2015, Leeds General Infirmary",
            [("03/2011", "DATE", "2011-03"), ("12/2015", "DATE", "2015-12")],
        ),
        ("Barista 3/2016 - 11/2018", [("3/2016", "DATE", "2016-03"), ("11/2018", "DATE", "2018-11")]),
        ("Card expires 08/2024.", [("08/2024", "DATE", "2024-08")]),
        ("The permit was issued under Law 12/2015 of the region.", []),
        ("Use a shutter speed of 1/2000 for birds in flight.", []),
    ],
)
def test_a_month_and_year_with_a_slash(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A site manager with over 15 years' experience in logistics.",
            [("over 15 years", "P15Y", "MORE_THAN")],
        ),
        ("She has over 20 years experience as a paralegal.", [("over 20 years", "P20Y", "MORE_THAN")]),
        (
            "He brings over three decades of experience to the board.",
            [("over three decades", "P30Y", "MORE_THAN")],
        ),
        ("Prices rose over 15 years.", [("15 years", "P15Y", None)]),
    ],
)
def test_over_as_more_than_after_with_and_has(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(e.text, e.value, e.mod) for e in resolve_expressions(text, MONDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About Ruth\nRuth Okafor retired in 2019. She began as a junior engineer in 1978.\n\n"
            "Ruth is available from 1 September for advisory roles.",
            [("2019", "DATE", "2019"), ("1978", "DATE", "1978"), ("1 September", "DATE", "2021-09-01")],
        ),
        (
            "He retired in 2019. He was available from 1 September.",
            [("2019", "DATE", "2019"), ("1 September", "DATE", "2019-09-01")],
        ),
        (
            "In 1925 cheap radios became available in March.",
            [("1925", "DATE", "1925"), ("March", "DATE", "1925-03")],
        ),
    ],
)
def test_available_from_after_a_present_be(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "I have drawn since 2014, first in Porto, Jul 2014 – Mar 2016.\n\nHow I work\n\n"
            "Most projects take about six weeks. I send sketches within five working days.\n\n"
            "I'm currently fully booked and taking on new commissions from April.",
            "April",
            "XXXX-04",
        ),
    ],
)
def test_a_month_of_the_writers_now_in_an_undated_page(text: str, surface: str, expected: str) -> None:
    found = {e.text: e.value for e in resolve_expressions(text, None, kind=DocumentKind.NARRATIVE)}
    assert found[surface] == expected
