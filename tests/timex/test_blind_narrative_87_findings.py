"""Rules added after the eighty-seventh blind narrative set (`data/gold/timex/blind_narrative_87.jsonl`,
encyclopedia histories of wars of classical antiquity with BC and AD dates) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "the 60s AD", "the 20s BC", "the late 50s AD", "in the 70s and 80s AD": a decade of two digits with its
  era in capitals is a decade of the first century on that side of the era, and the era closing a pair is
  the first decade's too; "the 80s ad campaign" keeps the 1980s and leaves the noun out.
- "In 416 Athens besieged Melos": in a story of early years a capitalised name after a bare year is no
  counted plural ("in 300 ships" stays a count).
- "rebelled in 47, when" and "in AD 60 or 61": a two-digit year closing its phrase in a story whose
  first-century year was written with its era not long before, whatever expression came between; two
  digits after "or" go on a first-century year just named.
- "through the summer and autumn without giving battle": a season joined to the season just named is one
  when a clause's adjunct ("without", "while", "until", "before", "after") follows it.
- "kept the army in the field through the winter ... had not sown their fields that spring": "that spring"
  in a past perfect after a winter is the spring before it, not the one that ends it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2025, 10, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greek was spoken in the cities of Asia by the 20s BC, and by the 60s AD in Rome as well.",
            [("the 20s BC", "DATE", "BC002"), ("the 60s AD", "DATE", "006")],
        ),
        ("The aqueduct was finished in the late 90s AD.", [("the late 90s AD", "DATE", "009")]),
        (
            "In the 30s and 40s AD the frontier moved north.",
            [("the 30s", "DATE", "003"), ("40s AD", "DATE", "004")],
        ),
        ("The 80s ad campaign is still remembered.", [("The 80s", "DATE", "198")]),
        ("The band was big in the 80s.", [("the 80s", "DATE", "198")]),
    ],
)
def test_decade_of_the_first_century_with_its_era(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sparta won at Mantinea in 418 BC. In 416 Athens attacked the island of Melos.",
            [("418 BC", "DATE", "BC0418"), ("416", "DATE", "BC0416")],
        ),
        (
            "Philip became king in 359 BC. In 338 Thebes and Athens were beaten at Chaeronea.",
            [("359 BC", "DATE", "BC0359"), ("338", "DATE", "BC0338")],
        ),
        (
            "The fleet sailed in 241 BC and arrived in 300 ships.",
            [("241 BC", "DATE", "BC0241")],
        ),
    ],
)
def test_bare_year_before_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The legion came to the river in AD 43. The tribes in what is now Kent had risen once before, "
            "in 39, when the tax was raised.",
            [("AD 43", "DATE", "0043"), ("now", "DATE", "PRESENT_REF"), ("39", "DATE", "0039")],
        ),
        (
            "The town was burned in AD 64 or 65, by most accounts.",
            [("AD 64", "DATE", "0064"), ("65", "DATE", "0065")],
        ),
        ("Sales rose in 47 stores, when prices fell.", []),
        ("He scored 60 or 61 points in 2011.", [("2011", "DATE", "2011")]),
    ],
)
def test_two_digit_year_of_a_first_century_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1709 the two armies watched each other through the spring and summer without fighting.",
            [("1709", "DATE", "1709"), ("the spring", "DATE", "1709-SP"), ("summer", "DATE", "1709-SU")],
        ),
        (
            "In 1916 the garrison held the ridge through the autumn and winter until it was relieved.",
            [("1916", "DATE", "1916"), ("the autumn", "DATE", "1916-FA"), ("winter", "DATE", "1916-WI")],
        ),
        ("In 2015 she spent a winter without gloves.", [("2015", "DATE", "2015")]),
    ],
)
def test_season_joined_before_an_adjunct(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The valley was snowed in through the winter of 1783. Food ran short, because the farmers had "
            "planted little that spring.",
            [("the winter of 1783", "DATE", "1783-WI"), ("that spring", "DATE", "1783-SP")],
        ),
        (
            "The winter of 1777-78 was spent at Valley Forge. That spring the army drilled.",
            [("The winter of 1777-78", "DATE", "1777-WI"), ("That spring", "DATE", "1778-SP")],
        ),
    ],
)
def test_that_spring_in_a_past_perfect_after_a_winter(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected
