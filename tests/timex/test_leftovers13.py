"""Mends of known leftovers: each row a sentence of our own showing the general usage a rule now reads."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2023, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rite named by its weekday is a name, not a time (blind_news_48), Sunday mass as Friday prayers
        ("She attends Sunday mass with her mother.", []),
        ("The mosque's hall is busiest after Friday prayers.", []),
        # a one-off act in the simple past is a date, though the sentence names a month of every year
        (
            "Every February he flew to Rome for the carnival, and he was arrested there on 14 February.",
            [("Every February", "SET", "XXXX-02"), ("14 February", "DATE", "2023-02-14")],
        ),
        (
            "Every March she went back to the village, and she died there on 3 March.",
            [("Every March", "SET", "XXXX-03"), ("3 March", "DATE", "2023-03-03")],
        ),
        # ... while a habit of that month keeps its day yearly
        (
            "Each February the family laid flowers at the junction on 12 February.",
            [("Each February", "SET", "XXXX-02"), ("12 February", "DATE", "XXXX-02-12")],
        ),
        # a half or a quarter after "by" and a word of change is the size of the change, no clock face
        ("Sales fell by a quarter to 9 million.", []),
        ("Exports were up by a quarter to nine million.", []),
        ("Be ready by a quarter to 9.", [("a quarter to 9", "TIME", "2023-03-14T08:45")]),
        # "spring tides" with no comma is the tide (a writer meaning the season sets it off); with a comma
        # or an article between them "spring" is the season
        ("In spring tides are higher than at neap.", []),
        ("In spring, the tides are higher.", [("spring", "DATE", "2023-SP")]),
        ("In spring the tides are higher.", [("spring", "DATE", "2023-SP")]),
        # an instruction's step has no day: its night is one of no known day, its routine every day's
        ("Cover and leave in the fridge overnight.", [("overnight", "TIME", "XXXX-XX-XXTNI")]),
        (
            "3. Put the dough in the fridge overnight. A long prove of 12 hours helps.\n\n4. In the morning, "
            "shape the loaf.",
            [
                ("overnight", "TIME", "XXXX-XX-XXTNI"),
                ("12 hours", "DURATION", "PT12H"),
                ("the morning", "TIME", "XXXX-XX-XXTMO"),
            ],
        ),
        ("Take one tablet at bedtime.", [("bedtime", "SET", "XXXX-XX-XXTNI")]),
        ("Daycare (yellow tablets): take 2 tablets at bedtime.", [("bedtime", "SET", "XXXX-XX-XXTNI")]),
        # ... while news tells the night before, and a routine outside an instruction is no time
        ("The bill passed overnight.", [("overnight", "TIME", "2023-03-13TNI")]),
        ("He read to them at bedtime.", []),
        # a chat's plan: a bare hour after "by" with its day, or after "for" and a place booked, is a clock
        # time; "a table for 8" counts people and "rose by 6" a change
        (
            "[19:33] Mum: Dad wants the whole family round by 6 on Sat, he's booked the pub for 7",
            [
                ("19:33", "TIME", "2023-03-14T19:33"),
                ("6", "TIME", "2023-03-18T18:00"),
                ("Sat", "DATE", "2023-03-18"),
                ("7", "TIME", "2023-03-18T19:00"),
            ],
        ),
        (
            "[19:40] Tom: shall we do the restaurant for 8?",
            [("19:40", "TIME", "2023-03-14T19:40"), ("8", "TIME", "2023-03-14T20:00")],
        ),
        ("[19:40] Tom: got a table for 8 at the pub", [("19:40", "TIME", "2023-03-14T19:40")]),
        ("[19:41] Amy: the bill rose by 6.", [("19:41", "TIME", "2023-03-14T19:41")]),
    ],
)
def test_leftover_readings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
