"""Rules added after the seventy-fifth blind narrative set (`data/gold/timex/blind_narrative_75.jsonl`,
encyclopedia lives of sportspeople told by seasons, tournaments and fixtures) was scored once: each row is
a sentence of our own showing the general English usage behind one finding.

- "Her best year was 2011", "The club's worst year was 1958.": a bare number after "year" and a copula
  is the year the noun names, as "The worst year, 1847," is in apposition.
- "The 2015-16 campaign ended with relegation": in sport, "campaign" after a span of years names a
  season, as "the 2015-16 season" does, and a season is not tagged; a war's "1914-15 campaign" keeps
  its two years.
- "He scored a century on his Test debut", "4,200 runs, including eleven centuries": in cricket a
  century is a hundred runs, not a hundred years.
- "went through halfway in 1:03:10 and ran the second half faster": a half of a race, as of a match, is
  no half-year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2019, 5, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her best year was 2011, when she won three titles.", [("2011", "DATE", "2011")]),
        ("The club's worst year was 1958.", [("1958", "DATE", "1958")]),
        ("The 2015-16 campaign ended with relegation, and he scored only twice.", []),
        ("He scored a century on his Test debut.", []),
        ("She made 4,200 runs in Tests, including eleven centuries.", []),
        (
            "He went through halfway in 1:03:10 and ran the second half faster.",
            [("1:03:10", "DURATION", "PT1H3M10S")],
        ),
    ],
)
def test_blind_narrative_75_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the rules above leave as it was: a count in a year, a war's campaign, a century of years
        ("Attendance that year was 1800.", [("that year", "DATE", "2019")]),
        (
            "The 1914-15 campaign in Flanders cost the army dearly.",
            [("1914", "DATE", "1914"), ("15", "DATE", "1915")],
        ),
        ("The cathedral took a century to build.", [("a century", "DURATION", "P100Y")]),
        ("The abbey made a century of progress in farming.", [("a century", "DURATION", "P100Y")]),
        ("Sales rose in the second half.", [("the second half", "DATE", "2018-H2")]),
    ],
)
def test_blind_narrative_75_findings_keep(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
