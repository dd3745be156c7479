"""Rules added after the ninetieth blind news set (`data/gold/timex/blind_news_90.jsonl`, live blogs and
rolling news pages with time-stamped entries) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "00:37 ... The papers were lodged at 10.58pm", "02:15 ... counting has gone on since the doors shut at
  10pm": what a live page's entry tells in the past happened before the entry's stamp, so a clock time
  later on the face than the stamp was the day before; a plan ("will speak at 11am", "was to reopen at
  6pm") and a story without stamps ("began at 1 a.m. ... fired at 11 p.m.") keep the day, and so does
  "midnight" (T24:00 already closes the day before).
- "Updated 18 minutes ago" alone on its line: a page's stamp counted from the moment it is read, a time on
  the DCT whose clock the page does not give, as "2h ago" is; "he left 18 minutes ago" in running text
  stays a length.
- "at 0440 local time (0840 GMT)", "about 3 p.m. local time (1400 GMT)": the same moment restated in
  another zone is a clock time too, on the day of the nearer reading ("9 p.m. local time (0100 GMT)" is
  the next day, "10.30am local time (2330 GMT) tomorrow" the evening before the local morning); "(1400
  GMT)" with no clock time before it stays unread.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2021, 5, 6)
SUNDAY = date(2015, 3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "00:37\nConfirmed: the papers were lodged at 10.58pm.",
            [("00:37", "TIME", "2021-05-06T00:37"), ("10.58pm", "TIME", "2021-05-05T22:58")],
        ),
        (
            "02:15\nThe first ballot boxes arrived at 11.20pm and the count began soon after.",
            [("02:15", "TIME", "2021-05-06T02:15"), ("11.20pm", "TIME", "2021-05-05T23:20")],
        ),
        (
            "01:40\nFive seats have changed hands since the doors shut at 10pm.",
            [("01:40", "TIME", "2021-05-06T01:40"), ("10pm", "TIME", "2021-05-05T22:00")],
        ),
        (
            "06:10\nDrivers began a 24-hour walkout at midnight.",
            [
                ("06:10", "TIME", "2021-05-06T06:10"),
                ("24-hour", "DURATION", "PT24H"),
                ("midnight", "TIME", "2021-05-05T24:00"),
            ],
        ),
        (
            "09:05\nThe minister will speak at 11am.",
            [("09:05", "TIME", "2021-05-06T09:05"), ("11am", "TIME", "2021-05-06T11:00")],
        ),
        (
            "14:30\nThe council said the road was to reopen at 6pm.",
            [("14:30", "TIME", "2021-05-06T14:30"), ("6pm", "TIME", "2021-05-06T18:00")],
        ),
        (
            "The raid began at 1 a.m. The last shots were fired at 11 p.m.",
            [("1 a.m.", "TIME", "2021-05-06T01:00"), ("11 p.m.", "TIME", "2021-05-06T23:00")],
        ),
    ],
)
def test_past_clock_after_entry_stamp(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods live: rivers rise across the north\n\nUpdated 18 minutes ago\n\nThe Environment Agency has "
            "issued 40 warnings.",
            [("18 minutes ago", "TIME", "2015-03-08TXX:XX")],
        ),
        ("Markets live\n3 hours ago\nShares fell in London.", [("3 hours ago", "TIME", "2015-03-08TXX:XX")]),
        ("The driver left 18 minutes ago.", [("18 minutes", "DURATION", "PT18M")]),
    ],
)
def test_page_stamp_counted_from_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry sank at 0440 local time (0840 GMT) off the cape.",
            [("0440 local time", "TIME", "2015-03-08T04:40"), ("0840 GMT", "TIME", "2015-03-08T08:40")],
        ),
        (
            "The tremor hit at about 3 p.m. local time (1400 GMT), shaking buildings in the capital.",
            [
                ("about 3 p.m. local time", "TIME", "2015-03-08T15:00"),
                ("1400 GMT", "TIME", "2015-03-08T14:00"),
            ],
        ),
        (
            "The ceasefire took hold at 9 p.m. local time (0100 GMT).",
            [("9 p.m. local time", "TIME", "2015-03-08T21:00"), ("0100 GMT", "TIME", "2015-03-09T01:00")],
        ),
        (
            "Play will start at 10.30am local time (2330 GMT) tomorrow.",
            [
                ("10.30am local time", "TIME", "2015-03-09T10:30"),
                ("2330 GMT", "TIME", "2015-03-08T23:30"),
                ("tomorrow", "DATE", "2015-03-09"),
            ],
        ),
        ("The vote was held as planned (1400 GMT).", []),
    ],
)
def test_clock_restated_in_another_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
