"""Rules added after the seventy-fourth blind narrative set (`data/gold/timex/blind_narrative_74.jsonl`,
encyclopedia lives of scholars, scientists and teachers told by academic calendars) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "taught in the spring quarter of 1969", "the winter and spring quarters": a college's quarters named by
  a season are its own calendar, as "the autumn term" and "the spring semester" are, and an army's
  "winter quarters" are its lodging; only the year is tagged.
- "each morning except Saturday", "daily excluding Sunday": the day a habit leaves out recurs with it,
  as "except Sundays" does.
- "went to the library in 1997 and have been open to readers since January": a yearless month or
  season after "since" in the present perfect reaches up to the writer's now ("had been open since
  January" stays in the story).
- "for the academic year 1931-32. He sailed in mid-September": an academic year opens in the autumn of
  its first year, so its autumn months, its autumn and its winter told next are that year's; its spring
  months are the year it ends in.
- "spent a sabbatical year in 1947-48": leave taken for one academic year, so the double year is one
  year, the one it ends in, as "the 2024-25 academic year" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2019, 6, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She taught statistics in the autumn quarter and economics in the winter and spring quarters.",
            [],
        ),
        (
            "He came back for the winter quarter of 1946 and retired after the spring quarter of 1969.",
            [("1946", "DATE", "1946"), ("1969", "DATE", "1969")],
        ),
        (
            "In November 1777 the army went into winter quarters near the river.",
            [("November 1777", "DATE", "1777-11")],
        ),
    ],
)
def test_season_named_quarters_of_a_college(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reading room was open each morning except Saturday.",
            [("each morning", "SET", "XXXX-XX-XXTMO"), ("Saturday", "SET", "XXXX-WXX-6")],
        ),
        (
            "Ferries to the island sail daily excluding Sunday.",
            [("daily", "SET", "P1D"), ("Sunday", "SET", "XXXX-WXX-7")],
        ),
    ],
)
def test_weekday_left_out_of_a_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill was founded in 1888. It has been run as a museum since March.",
            [("1888", "DATE", "1888"), ("March", "DATE", "2019-03")],
        ),
        (
            "The chapel was built in 1905. It has been closed to visitors since the autumn.",
            [("1905", "DATE", "1905"), ("the autumn", "DATE", "2018-FA")],
        ),
        (
            "The mill was founded in 1888. It had been run at a loss since March.",
            [("1888", "DATE", "1888"), ("March", "DATE", "1888-03")],
        ),
    ],
)
def test_since_a_month_in_the_present_perfect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She spent the academic year 1952-53 in Leiden. She arrived there in late September.",
            [("the academic year 1952-53", "DATE", "1953"), ("late September", "DATE", "1952-09")],
        ),
        (
            "She spent the academic year 1952-53 in Leiden. In May she gave a lecture on comets.",
            [("the academic year 1952-53", "DATE", "1953"), ("May", "DATE", "1953-05")],
        ),
        (
            "She spent the academic year 1952-53 in Leiden. In the autumn she taught, and in the spring she travelled.",
            [
                ("the academic year 1952-53", "DATE", "1953"),
                ("the autumn", "DATE", "1952-FA"),
                ("the spring", "DATE", "1953-SP"),
            ],
        ),
        (
            "He enrolled at Jena in the winter semester of 1899/1900. In November he fell ill.",
            [("1899/1900", "DATE", "1900"), ("November", "DATE", "1899-11")],
        ),
    ],
)
def test_months_told_after_an_academic_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the war she spent a sabbatical year in 1956-57 at an observatory in Chile.",
            [("1956-57", "DATE", "1957")],
        ),
        (
            "He took a sabbatical year in 1961-62 and spent the winter at a station in the Alps.",
            [("1961-62", "DATE", "1962"), ("the winter", "DATE", "1961-WI")],
        ),
    ],
)
def test_sabbatical_double_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
