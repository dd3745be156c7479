"""Rules added after the fifteenth blind narrative set (`data/gold/timex/blind_narrative_15.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A weekday written with a month and day but no year ("on Monday, August 5") names the year, near the
  one the story is in, where that day is that weekday: a story told over several years names its days
  this way and leaves the year to the weekday.
- A clock time read to the second ("at 01:23:40") keeps its seconds, and is still a small-hours time for
  the night told after it.
- A span told on past the story's days "and into" a later year ("over the following months and into
  1969") says how far an outcome ran; the story stays in its days, and the dates after it are in its year.
- A section heading starts a new thread of an article: a date without a year after it takes the year
  nearest the story's time instead of carrying the story forward into the next year.
- After a determiner and a capitalised modifier, a noun-or-verb "-s" form followed by a phrase and a
  finite verb is the subject's head noun ("the Soviet attacks on the line had failed"), so the clause is
  past, not a present schedule.
- "within seconds", "over in seconds": a bare plural of seconds after a preposition of length is a length,
  as "within minutes" is; "went back for seconds" is a second helping.
- A bare part of the day after "before" or "till" ("two men died before morning") bounds the night's events,
  as after "by" and "until".
- A day and month set off by commas in a present-tense clause that recurs every year ("the anniversary
  of the armistice, 13 March, is marked every year") is that day of every year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The inquiry opened on July 3, 1952. Its report was published on Tuesday, March 1, and the "
            "minister resigned that Friday.",
            date(2014, 6, 2),
            [
                ("July 3, 1952", "DATE", "1952-07-03"),
                ("Tuesday, March 1", "DATE", "1955-03-01"),
                ("that Friday", "DATE", "1955-03-04"),
            ],
        ),
        (
            "The pumps stopped on 9 May 1961. At 03:14:05 the alarm sounded, and the crew worked through "
            "the night.",
            None,
            [
                ("9 May 1961", "DATE", "1961-05-09"),
                ("03:14:05", "TIME", "1961-05-09T03:14:05"),
                ("the night", "TIME", "1961-05-08TNI"),
            ],
        ),
        (
            "The dam broke on 2 March 1957. Bodies were recovered over the following months and into 1958. "
            "A new levee was finished on 30 June.",
            None,
            [
                ("2 March 1957", "DATE", "1957-03-02"),
                ("the following months", "DURATION", "PXM"),
                ("1958", "DATE", "1958"),
                ("30 June", "DATE", "1957-06-30"),
            ],
        ),
        (
            "The blockade began on 4 January 1949. The port was closed three months later.\n\nReaction "
            "abroad\n\nOn 20 February the ambassadors met in Paris.",
            None,
            [
                ("4 January 1949", "DATE", "1949-01-04"),
                ("three months later", "DATE", "1949-04"),
                ("20 February", "DATE", "1949-02-20"),
            ],
        ),
        (
            "The campaign opened on 2 November 1917.\n\nStalemate in the mud\n\nBy mid-December the British attacks "
            "on the ridge had stalled in the mud.",
            None,
            [("2 November 1917", "DATE", "1917-11-02"), ("mid-December", "DATE", "1917-12")],
        ),
        (
            "The mill caught fire in May 1903. Within seconds the loft was alight, and it was over in "
            "seconds. The workers later went back for seconds at the canteen.",
            None,
            [
                ("May 1903", "DATE", "1903-05"),
                ("seconds", "DURATION", "PTXS"),
                ("seconds", "DURATION", "PTXS"),
            ],
        ),
        (
            "The storm broke on 3 May 1921. Two men died before morning, and the rest held out till evening.",
            None,
            [
                ("3 May 1921", "DATE", "1921-05-03"),
                ("morning", "TIME", "1921-05-03TMO"),
                ("evening", "TIME", "1921-05-03TEV"),
            ],
        ),
        (
            "The siege was lifted on 13 August 1711. The anniversary of the relief, 13 August, is marked "
            "every year with a procession.",
            date(2019, 4, 2),
            [
                ("13 August 1711", "DATE", "1711-08-13"),
                ("13 August", "DATE", "XXXX-08-13"),
                ("every year", "SET", "P1Y"),
            ],
        ),
    ],
)
def test_blind_narrative_15_findings(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, DocumentKind.NARRATIVE) == expected
