"""Rules added after the fifty-first blind narrative set (`data/gold/timex/blind_narrative_51.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A history's title names the period it covers with a span of years after a comma or a colon, closing
  its line ("The Ashworths of Low Hollins: a farming family, 1790-1958", "England, 1066-1485",
  "Shipbuilding on the Clyde: 1740-1914"): both years are dates, whether the span starts before 1800
  or passes a century. A sum written in a sentence ("cut to 1790-1958, he said"), a range of amounts
  with its unit ("1200-1500 tons") and a one-word field label before a colon ("Attendance:
  1200-1500") stay numbers.

Found while trying the genre's other habits on sentences of our own after the set was scored (not
errors of the set itself):

- Family and local histories write "c.1790" and "ca.1650" without a space as often as "c. 1790": the
  year is given roughly (mod APPROX), the approximator in its extent, while a decimal ("3.1790") stays a
  number.
- Registration indexes and statistics name a quarter by its last month and give its year after "of"
  ("registered in the June quarter of 1851"): one expression, that year's quarter, as "the first quarter
  of 1851" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

WRITTEN = date(2011, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Hartleys of Brook End: a dairy family, 1790-1958\n\nThe family kept cows at Brook End.",
            [("1790", "DATE", "1790"), ("1958", "DATE", "1958")],
        ),
        ("England, 1066-1485\n\nThe Normans came.", [("1066", "DATE", "1066"), ("1485", "DATE", "1485")]),
        (
            "Shipbuilding on the Clyde: 1740-1914\n\nThe yards grew.",
            [("1740", "DATE", "1740"), ("1914", "DATE", "1914")],
        ),
        ("Parish registers of Easterby, 1780-1840", [("1780", "DATE", "1780"), ("1840", "DATE", "1840")]),
        ("The rent was cut to 1790-1958, he said.", []),
        ("Prices rose to 1200-1500 tons a week.", [("a week", "SET", "P1W")]),
        ("Attendance: 1200-1500\n\nThe hall was full.", []),
    ],
)
def test_a_title_names_its_period_with_a_span_of_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was born c.1790 in Sedley.", [("c.1790", "1790", "APPROX")]),
        (
            "Thomas Hartley (c.1790-1862) farmed there.",
            [("c.1790", "1790", "APPROX"), ("1862", "1862", None)],
        ),
        ("A vase, ca.1650, from Delft.", [("ca.1650", "1650", "APPROX")]),
        ("He was born c. 1790.", [("c. 1790", "1790", "APPROX")]),
        ("The exchange rate was 3.1790 in 2004.", [("2004", "2004", None)]),
    ],
)
def test_a_year_given_roughly_with_c_and_no_space(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her birth was registered in the June quarter of 1851.", [("the June quarter of 1851", "1851-Q2")]),
        (
            "Deaths rose in the March quarter of 1871, the board said.",
            [("the March quarter of 1871", "1871-Q1")],
        ),
        (
            "Sales fell in the October-December quarter of 2009.",
            [("the October-December quarter of 2009", "2009-Q4")],
        ),
        ("Sales fell in the September quarter.", [("the September quarter", "2010-Q3")]),
    ],
)
def test_a_quarter_named_by_its_month_with_its_year_after_of(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(surface, value) for surface, value, _ in only(text, WRITTEN)] == expected
