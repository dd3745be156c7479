"""Rules added after the fourteenth blind narrative set (`data/gold/timex/blind_narrative_14.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A history of the years before Christ drops the era once it is plain: "In 209 he took the port" after
  years written "212 BC" is 209 BC, and so is "the spring of 203"; a year far from the story keeps AD.
- A season of a year before Christ ("the spring of 219 BC") is where the story is: "that winter" and
  "the following spring" count from its year.
- A part of the day told after a day before Christ ("on 2 August 216 BC ... By evening") is on that day.
- A later time of a source or witness told in an aside on the sentence's subject ("Polybius, who walked
  the route some seventy years later, says"; "Orderic, writing sixty years later, said") does not move
  the story: the next month without a year is still the story's.
- "a quarter of a century" is a length of 25 years, as "half a century" is of 50.
- "by morning" after "the night of 2-3 June" is the morning that night ends in, and a count of days
  goes on from it.
- A season joined to a season before a gerund and its object ("spent the spring and summer building a
  fleet") is a season too, as "through the autumn and winter." is.
- "a whole day" and "an entire month" are lengths, as "a full week" is.
- A length after its article keeps the article when a function word follows it ("in a single day by
  storm", "in a single day until then"); only a noun after it makes it an adjective ("a two day course").
- "years afterwards" is a length of no count with "afterwards" outside, as "years later" is.
- In a narrative, the writer's "today" in a clause whose verb is in the present perfect ("remains
  contested today, and its anniversaries have drawn protest") is the time of writing, not the story's.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2014, 3, 11)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town fell in 212 BC after a long siege. In 209 the general took the port by surprise.",
            [("212 BC", "DATE", "BC0212"), ("209", "DATE", "BC0209")],
        ),
        (
            "The consul landed in 204 BC. In the spring of 203 he burned the enemy camps.",
            [("204 BC", "DATE", "BC0204"), ("the spring of 203", "DATE", "BC0203-SP")],
        ),
        (
            "The city was taken by Rome in 212 BC. The Arabs took it in 878, after a long siege.",
            [("212 BC", "DATE", "BC0212"), ("878", "DATE", "0878")],
        ),
        (
            "In the spring of 219 BC the general besieged the town, and when it fell that winter the envoys "
            "sailed home. The following spring he marched north.",
            [
                ("the spring of 219 BC", "DATE", "BC0219-SP"),
                ("that winter", "DATE", "BC0219-WI"),
                ("The following spring", "DATE", "BC0218-SP"),
            ],
        ),
        (
            "The two armies met on 2 August 216 BC near the river. By evening the legions had broken.",
            [("2 August 216 BC", "DATE", "BC0216-08-02"), ("evening", "TIME", "BC0216-08-02TEV")],
        ),
        (
            "The army crossed the mountains in the autumn of 218 BC. Strabo, who walked the same road some "
            "seventy years later, says the pass was narrow. In November the army reached the plain.",
            [
                ("the autumn of 218 BC", "DATE", "BC0218-FA"),
                ("some seventy years later", "DATE", "BC0148"),
                ("November", "DATE", "BC0218-11"),
            ],
        ),
        (
            "The rebels were crushed in 1070. The monk Aldred, writing sixty years later, blamed the king. "
            "Three years later the last rebels gave up.",
            [
                ("1070", "DATE", "1070"),
                ("sixty years later", "DATE", "1130"),
                ("Three years later", "DATE", "1073"),
            ],
        ),
        (
            "The prince had spent a quarter of a century abroad, and a quarter of an hour was enough to win.",
            [("a quarter of a century", "DURATION", "P25Y"), ("a quarter of an hour", "DURATION", "PT15M")],
        ),
        (
            "The army reached the city in 1097. On the night of 2-3 June 1098 a guard opened a gate, and by "
            "morning the town was taken. Two days later a relief army arrived.",
            [
                ("1097", "DATE", "1097"),
                ("2", "DATE", "1098-06-02"),
                ("3 June 1098", "DATE", "1098-06-03"),
                ("morning", "TIME", "1098-06-03TMO"),
                ("Two days later", "DATE", "1098-06-05"),
            ],
        ),
        (
            "In 1066 the duke spent the spring and summer building a fleet.",
            [("1066", "DATE", "1066"), ("the spring", "DATE", "1066-SP"), ("summer", "DATE", "1066-SU")],
        ),
        (
            "In 1066 the shop sold the spring and winter clothing cheaply.",
            [("1066", "DATE", "1066"), ("the spring", "DATE", "1066-SP")],
        ),
        (
            "The battle lasted a whole day, and the town held out for an entire month.",
            [("a whole day", "DURATION", "P1D"), ("an entire month", "DURATION", "P1M")],
        ),
        (
            "The fort fell in a single day by storm; no town had cost so many lives in a single day until then.",
            [("a single day", "DURATION", "P1D"), ("a single day", "DURATION", "P1D")],
        ),
        (
            "The abbey burned in 1140. Its chronicle was written years afterwards.",
            [("1140", "DATE", "1140"), ("years", "DURATION", "PXY")],
        ),
        (
            "The last fortress fell in 1291.\n\nThe war's memory remains contested today, and its "
            "anniversaries have drawn protest.",
            [("1291", "DATE", "1291"), ("today", "DATE", "2014-03-11")],
        ),
    ],
)
def test_blind_narrative_14_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected
