"""Rules added after the seventy-seventh blind narrative set (`data/gold/timex/blind_narrative_77.jsonl`,
encyclopedia histories of invented civil wars, revolutions and coups of 1905-1960) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "the Revolution of 1905-07", "the crisis of 2007-09": after a noun of a historical event and "of", a
  span of years whose short second part could be a month is two years; "the data of 2008-10" is not read.
- "a prelude to 1917", "the run-up to 2020", "compared to 2019": a year led up to or compared with after
  "to"; "rose to 1917 dollars" stays an amount.
- A heading's "The summer of 1905" and the next paragraph's "Through the spring" are no range: a blank
  line ends what "through" could join.
- "promised elections for the following spring. Over the winter ...": the time a thing was promised,
  called or fixed for is looked to; the story stays where it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2019, 9, 26)
SATURDAY = date(2025, 2, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Revolution of 1905-07 ended in a new constitution.",
            [("1905", "DATE", "1905"), ("07", "DATE", "1907")],
        ),
        (
            "Many small banks failed in the crisis of 2007-09.",
            [("2007", "DATE", "2007"), ("09", "DATE", "2009")],
        ),
        (
            "The land reforms of 1921-04 were never carried out.",
            [],
        ),
        ("The data of 2008-10 was lost in the fire.", []),
    ],
)
def test_event_span_of_years_with_a_short_end(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports were up 5 percent compared to 2019.", [("2019", "DATE", "2019")]),
        ("The strikes were seen as a prelude to 1848 in Vienna.", [("1848", "DATE", "1848")]),
        ("In the run-up to 2010 the party split twice.", [("2010", "DATE", "2010")]),
        ("Prices rose to 1917 dollars a ton.", []),
    ],
)
def test_year_led_up_to_after_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_no_range_across_a_blank_line() -> None:
    text = (
        "The first strikes broke out in 1905.\n\nThe summer of 1905\n\n"
        "Through the spring the unrest spread from the ports to the farms."
    )
    assert typed(text, None, DocumentKind.NARRATIVE) == [
        ("1905", "DATE", "1905"),
        ("The summer of 1905", "DATE", "1905-SU"),
        ("the spring", "DATE", "1905-SP"),
    ]
    joined = "The unrest lasted from the summer of 1905 through the spring."
    assert typed(joined, None, DocumentKind.NARRATIVE) == [
        ("the summer of 1905", "DATE", "1905-SU"),
        ("the spring", "DATE", "1906-SP"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The king came home on 4 October 1920 and promised elections for the following spring. "
            "Over the winter the army was purged, and by February the new parties had been founded.",
            [
                ("4 October 1920", "DATE", "1920-10-04"),
                ("the following spring", "DATE", "1921-SP"),
                ("the winter", "DATE", "1920-WI"),
                ("February", "DATE", "1921-02"),
            ],
        ),
        (
            "The council sat on 12 May 1848 and called a new election for November. "
            "In June the barricades went up again.",
            [
                ("12 May 1848", "DATE", "1848-05-12"),
                ("November", "DATE", "1848-11"),
                ("June", "DATE", "1848-06"),
            ],
        ),
    ],
)
def test_time_a_thing_was_fixed_for_is_looked_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, DocumentKind.NARRATIVE) == expected
