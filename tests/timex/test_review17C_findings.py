"""Mends from a second reading of the minute-by-minute and clinical rules of round 17: each row is a
sentence of our own that the round's rules read wrongly.

- A module-level `_DAYTIME_CLOCK` defined a second time in the resolver overrode the first one (six in the
  morning to the end of the afternoon) for every rule that read it: "at 4 p.m., and ... at 12.40am" put the
  small hours before the afternoon.
- A day inside a zone's restatement is no restatement when it lies more than a day off the clock time told:
  it is then the only day the text gives.
- A state's length written in figures ("had been trapped for 30 hours") lets minutes count on from the clock
  time before it, as one written in words does.
- "her last fall collection", "our last fall in Vermont": a season, not a tumble.
- "one unit at night" is no dose; "12 units at night" is.
- "Time: 2:09:15", "Time: 1:52.4": a race's time after the bare label, no clock time.
- "went back for seconds after": a second helping, no length.
- "In 2019 or 2 times a year": a year opens no range of counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)
MONDAY = date(2012, 10, 15)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The mine flooded on 9 March 1971. Pumps were started at 4 p.m., and a diver reached the "
            "chamber at 12.40am.",
            THURSDAY,
            [
                ("9 March 1971", "DATE", "1971-03-09"),
                ("4 p.m.", "TIME", "1971-03-09T16:00"),
                ("12.40am", "TIME", "1971-03-10T00:40"),
            ],
        ),
        (
            "He was admitted at 9 p.m. EST (02:00 GMT on 5 May 2020) and left the next day.",
            THURSDAY,
            [
                ("9 p.m. EST", "TIME", "2022-02-03T21:00"),
                ("02:00 GMT", "TIME", "2020-05-05T02:00"),
                ("5 May 2020", "DATE", "2020-05-05"),
                ("the next day", "DATE", "2020-05-06"),
            ],
        ),
        (
            "The mine flooded on 9 March 1971. At 4.10 a.m. divers reached the first man. He had been "
            "trapped for 30 hours. Twenty minutes later they found his partner.",
            THURSDAY,
            [
                ("9 March 1971", "DATE", "1971-03-09"),
                ("4.10 a.m.", "TIME", "1971-03-09T04:10"),
                ("30 hours", "DURATION", "PT30H"),
                ("Twenty minutes later", "TIME", "1971-03-09T04:30"),
            ],
        ),
        (
            "The designer showed her last fall collection in Paris.",
            MONDAY,
            [("last fall", "DATE", "2011-FA")],
        ),
        ("Our last fall in Vermont was the most beautiful.", MONDAY, [("last fall", "DATE", "2011-FA")]),
        ("The army moved one unit at night.", MONDAY, []),
        ("He injects insulin 12 units at night.", MONDAY, [("night", "SET", "XXXX-XX-XXTNI")]),
        ("Time: 2:09:15\nPosition: fourth.", MONDAY, []),
        ("Time: 1:52.4\nPosition: fourth.", MONDAY, []),
        ("Time: 14:32\nSeen by the registrar.", MONDAY, [("14:32", "TIME", "2012-10-15T14:32")]),
        ("He went back for seconds after the main course.", MONDAY, []),
        ("The kids asked for seconds before dessert.", MONDAY, []),
        (
            "In 2019 or 2 times a year, the river floods.",
            MONDAY,
            [("2019", "DATE", "2019"), ("2 times a year", "SET", "P1Y")],
        ),
    ],
)
def test_review17c_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
