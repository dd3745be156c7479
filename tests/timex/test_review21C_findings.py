"""Second reader's findings on the festivals and leftovers round: each row is a sentence of our own that
failed before its mend.

- A surname "Eid" ("striker Mohammed Eid", "Eid, 34,") is no feast; after a preposition of time a
  capitalised word opens the clause ("During Eid Muslims visit"), no name built on the feast's.
- "Eid special trains", "the Tet offensive": a kind of service, a campaign, not the feast's day.
- A past clause "for <feast>" that tells a state at the feast ("was packed for Easter") or a habit of its
  years ("we always went ... for Christmas") is no act in its run-up.
- An Islamic feast may fall twice in one Gregorian year (Eid al-Adha on 10 January and 31 December 2006):
  both are candidates, not only the first.
- "Eid-ul-Azha", "Eid ul Zuha": the spellings of South Asia's press are Eid al-Adha.
- "notified Eid-ul-Adha holidays from August 11": a day told after the feast in its clause, near the coming
  one, puts a past act of announcing in its run-up.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The striker Mohammed Eid scored twice.", date(2019, 8, 1), []),
        (
            "Police said Eid, 34, was arrested on Monday.",
            date(2019, 8, 1),
            [("Monday", "DATE", "2019-07-29")],
        ),
        ("During Eid Muslims visit their relatives.", date(2019, 8, 1), [("Eid", "DATE", "2019-06-04")]),
        ("On Diwali Hindus light lamps.", date(2019, 8, 1), [("Diwali", "DATE", "2019-10-27")]),
        ("Pakistan Railways will run five Eid special trains.", date(2019, 8, 1), []),
        ("The Tet offensive began in 1968.", date(2019, 8, 1), [("1968", "DATE", "1968")]),
        ("They wished everyone Happy Diwali.", date(2019, 10, 1), [("Diwali", "DATE", "2018-11-07")]),
        # a state at the feast or a habit of its years, told a few weeks before the next one (the habit's
        # feast is that of every year, as "usually at the Epiphany" is XXXX-01-06 in the gold sets)
        ("The church was packed for Easter.", date(2023, 4, 1), [("Easter", "DATE", "2022-04-17")]),
        (
            "When I was a child we always went to my grandmother's for Christmas.",
            date(2022, 12, 20),
            [("Christmas", "DATE", "XXXX-12-25")],
        ),
        # the run-up stays
        (
            "Families made last-minute purchases for Diwali.",
            date(2023, 10, 30),
            [("Diwali", "DATE", "2023-11-12")],
        ),
        # a day told after the feast in its clause
        (
            "The government notified Eid-ul-Adha holidays from August 11 to 14.",
            date(2019, 8, 9),
            [
                ("Eid-ul-Adha", "DATE", "2019-08-11"),
                ("August 11", "DATE", "2019-08-11"),
                ("14", "DATE", "2019-08-14"),
            ],
        ),
        (
            "The school announced Christmas holidays from December 20.",
            date(2022, 12, 1),
            [("Christmas", "DATE", "2022-12-25"), ("December 20", "DATE", "2022-12-20")],
        ),
    ],
)
def test_review21c_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Eid al-Adha will be celebrated next week.",
            date(2006, 12, 20),
            [("Eid al-Adha", "DATE", "2006-12-31"), ("next week", "DATE", "2006-W52")],
        ),
        # South Asia's spellings of Eid al-Adha
        (
            "Eid-ul-Azha will be celebrated next week.",
            date(2019, 8, 1),
            [("Eid-ul-Azha", "DATE", "2019-08-11"), ("next week", "DATE", "2019-W32")],
        ),
        (
            "Eid al-Fitr falls next week.",
            date(2000, 12, 20),
            [("Eid al-Fitr", "DATE", "2000-12-27"), ("next week", "DATE", "2000-W52")],
        ),
    ],
)
def test_second_feast_in_one_gregorian_year(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
