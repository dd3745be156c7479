"""Rules added after the seventy-sixth blind narrative set (`data/gold/timex/blind_narrative_76.jsonl`,
encyclopedia accounts of a ferry sinking, a bank robbery and chase, a mountain rescue and a blackout told
hour by hour) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "At 3:58 p.m. ... At 4:30 the car was seen again. Nine minutes later": minutes counted from a bare clock
  time the story reads as the afternoon's go on from that afternoon reading, not from the morning's.
- "The forecast issued the previous evening had rated the danger as high": a participle on the subject of
  a past perfect looks back in passing; the clock times told next stay on the story's day.
- "At 2.20 a.m. a dog found her. She had been buried for thirteen hours. Forty minutes later": how long a
  state had lasted up to then is no clock time; the minutes count from the clock time before it.
- "At 11:55 p.m. EDT (03:55 UTC on 19 July) ... the next day": the day a clock time falls on in the zone
  it is restated in is part of the restatement; the story goes on from its own day.
- "broadcast the crash seconds after it happened": a bare count of seconds before or after an event is a
  length, as "hours before" and "minutes after" are.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2025, 11, 22)
MONDAY = date(2019, 5, 6)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On 2 June 2017 the convoy was stopped at 3:40 p.m. At 4:15 it moved off again. Twenty minutes "
            "later it reached the border.",
            MONDAY,
            [
                ("2 June 2017", "DATE", "2017-06-02"),
                ("3:40 p.m.", "TIME", "2017-06-02T15:40"),
                ("4:15", "TIME", "2017-06-02T16:15"),
                ("Twenty minutes later", "TIME", "2017-06-02T16:35"),
            ],
        ),
        (
            "The climbers set off at 6 a.m. on 14 January 1987. The weather report sent the previous "
            "evening had promised a calm day. At 2 p.m. the wind rose.",
            SATURDAY,
            [
                ("6 a.m.", "TIME", "1987-01-14T06:00"),
                ("14 January 1987", "DATE", "1987-01-14"),
                ("the previous evening", "TIME", "1987-01-13TEV"),
                ("2 p.m.", "TIME", "1987-01-14T14:00"),
            ],
        ),
        (
            "The mine flooded on 9 March 1971. At 4.10 a.m. divers reached the first man. He had been "
            "trapped for nearly thirty hours. Twenty minutes later they found his partner.",
            SATURDAY,
            [
                ("9 March 1971", "DATE", "1971-03-09"),
                ("4.10 a.m.", "TIME", "1971-03-09T04:10"),
                ("nearly thirty hours", "DURATION", "PT30H"),
                ("Twenty minutes later", "TIME", "1971-03-09T04:30"),
            ],
        ),
        (
            "The storm reached the coast on 3 October 2016. At 10:40 p.m. EDT (02:40 UTC on 4 October) "
            "the river broke its banks, and the water went down the next day.",
            SATURDAY,
            [
                ("3 October 2016", "DATE", "2016-10-03"),
                ("10:40 p.m. EDT", "TIME", "2016-10-03T22:40"),
                ("02:40 UTC", "TIME", "2016-10-04T02:40"),
                ("4 October", "DATE", "2016-10-04"),
                ("the next day", "DATE", "2016-10-04"),
            ],
        ),
        (
            "The referee blew the whistle seconds after the goal.",
            SATURDAY,
            [("seconds", "DURATION", "PTXS")],
        ),
    ],
)
def test_blind_narrative_76_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
