"""Mends from a second reading of the narrative rules of round 21 (Hijri years, lives in brackets,
three-digit years in a first-millennium story): each row is a sentence of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Western year and then an initialism ("AH" for a company), no Hijri year 2019
        ("In 2019 AH opened fifty new stores.", [("2019", "DATE", "2019")]),
        # no Hijri year past 1500 AH (9999 AH would be the Western year 10323)
        ("The colophon gives 9999 AH as its date.", []),
        # a model after a preposition, counted by its plural
        ("Pilots trained in AH 64 gunships at the base.", []),
        # a battery's rating before the figure
        ("The battery is rated 100 AH and weighs 30 kg.", []),
        ("Capacity: 280 AH", []),
        # "dated AH 1300", as "dated 1300 AH"
        ("The coin is dated AH 1300.", [("AH 1300", "DATE", "1883")]),
    ],
)
def test_hijri_year_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single capital before the bracket is a label, no name
        ("Appendix B (d. 120) shows the sample sizes.", []),
        ("Marwan II (r. 744-750) was the last caliph.", [("744", "DATE", "0744"), ("750", "DATE", "0750")]),
    ],
)
def test_life_in_brackets_after_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what "May 250" counts need not end in -s
        (
            "The town was founded in 410. In May 250 staff walked out over pay.",
            [("410", "DATE", "0410"), ("May", "DATE", "0410-05")],
        ),
        (
            "The town was founded in 410. In March 450 police were deployed.",
            [("410", "DATE", "0410"), ("March", "DATE", "0410-03")],
        ),
        (
            "The town was founded in 410. In June 300 more arrived.",
            [("410", "DATE", "0410"), ("June", "DATE", "0410-06")],
        ),
        (
            "The abbey was founded in 703. In June 793 Offa died.",
            [("703", "DATE", "0703"), ("June 793", "DATE", "0793-06")],
        ),
        # "from" after a verb of change or motion is no clause's opening
        (
            "The town was founded in 410. Its population fell from 800 the next century.",
            [("410", "DATE", "0410"), ("the next century", "DATE", "05")],
        ),
        ("The town was founded in 410. The bus goes from 143 to Main Street.", [("410", "DATE", "0410")]),
        (
            "The abbey was founded in 703. From 810 the abbots were bishops.",
            [("703", "DATE", "0703"), ("810", "DATE", "0810")],
        ),
    ],
)
def test_three_digit_years_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after the comma of an American range of days is no year
        (
            "The race is on June 5-6, 2000 runners are expected.",
            [("June 5", "DATE", "2022-06-05"), ("6", "DATE", "2022-06-06")],
        ),
        (
            "The fair runs Aug. 12-14, 1500 tickets have been sold.",
            [("Aug. 12", "DATE", "2022-08-12"), ("14", "DATE", "2022-08-14")],
        ),
    ],
)
def test_count_after_a_range_of_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
