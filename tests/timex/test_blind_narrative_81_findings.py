"""Rules added after the eighty-first blind narrative set (`data/gold/timex/blind_narrative_81.jsonl`,
encyclopedia histories of Cold War crises and proxy wars of 1948-1991) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "at one minute after midnight", "ten minutes past noon", "at five minutes to midnight": minutes counted
  from an hour named by a word are a clock time (midnight opens its day, so "one minute after midnight on
  12 May" is 00:01 of 12 May).
- "The talks had begun in March, and on 2 June the three governments agreed": after ", and" and a date, a
  subject of several words opened by a determiner still leaves the date to the new clause's verb, not to
  the past perfect before it.
- "shortly after midnight on the night of 9-10 March": the midnight inside the night named closes its
  first day (T24:00 of the 9th), not the one that opened it.
- "the daily tonnage rose", "a weekly ration": a frequency word before a noun of an amount carried, made or
  used per period is a rate, not a time that recurs.
- "often in the middle of the night", "usually at dawn": an adverb of how often right before a part of the
  day makes it that of every such day.
- "undertook to bring its troops home within nine months, starting on 15 May": "home" is a verb only in
  "home in on"; the clause keeps its past tense.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2018, 6, 24)
UNDATED = None


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On 3 August 1914 the orders came, and at one minute after midnight on 4 August the war began.",
            SUNDAY,
            [
                ("3 August 1914", "DATE", "1914-08-03"),
                ("one minute after midnight", "TIME", "1914-08-04T00:01"),
                ("4 August", "DATE", "1914-08-04"),
            ],
        ),
        (
            "The ferry left Dover on 9 May 1921 and docked at twenty minutes past noon.",
            SUNDAY,
            [("9 May 1921", "DATE", "1921-05-09"), ("twenty minutes past noon", "TIME", "1921-05-09T12:20")],
        ),
        (
            "On 30 June 1997 the flag came down at five minutes to midnight.",
            SUNDAY,
            [
                ("30 June 1997", "DATE", "1997-06-30"),
                ("five minutes to midnight", "TIME", "1997-06-30T23:55"),
            ],
        ),
        (
            "By August 1920 the front was quiet. Talks had opened in March, and on 2 June the three"
            " governments signed a truce.",
            SUNDAY,
            [
                ("August 1920", "DATE", "1920-08"),
                ("March", "DATE", "1920-03"),
                ("2 June", "DATE", "1920-06-02"),
            ],
        ),
        (
            "The strike began in 1926. Shortly after midnight on the night of 9-10 March the mills closed.",
            SUNDAY,
            [
                ("1926", "DATE", "1926"),
                ("midnight", "TIME", "1926-03-09T24:00"),
                ("9", "DATE", "1926-03-09"),
                ("10 March", "DATE", "1926-03-10"),
            ],
        ),
        (
            "In March 1951 the daily tonnage through the port doubled, and the weekly ration of meat fell.",
            SUNDAY,
            [("March 1951", "DATE", "1951-03")],
        ),
        (
            "In 1932 the family had power for two hours a day, often in the middle of the night.",
            SUNDAY,
            [
                ("1932", "DATE", "1932"),
                ("two hours a day", "SET", "P1D"),
                ("the middle of the night", "TIME", "XXXX-XX-XXTNI"),
            ],
        ),
        (
            "In 1916 the raiders struck the camps, usually at dawn.",
            SUNDAY,
            [("1916", "DATE", "1916"), ("dawn", "TIME", "XXXX-XX-XXTMO")],
        ),
        (
            "The treaty was signed in March 1973. Both sides promised to respect each other's borders, and"
            " Paris undertook to bring its troops home, starting on 1 May.",
            UNDATED,
            [("March 1973", "DATE", "1973-03"), ("1 May", "DATE", "1973-05-01")],
        ),
    ],
)
def test_blind_narrative_81_findings(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
