"""Rules added after the fifth blind mixed set (`data/gold/timex/blind_mixed_5.jsonl`, live blogs and
rolling news pages) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A live page stamps each entry with the time it was posted, on a line of its own or opening the line of
  the entry's headline ("21:45", "10.42am", "09:15 BST", "Updated 4:05 p.m. ET"): the stamp is a time
  of the page's own day, whatever day the entry above it talked about; a 24-hour stamp needs no "at".
- A page written oldest first that runs past midnight (an election count) moves to the next day each
  time a stamp comes before the one above it; a page written newest first stays on its day. A
  programme's clock times under a day heading ("SATURDAY 14 JUNE") are that day's, not a page's stamps.
- "an hour ago", "about 20 minutes ago" in a stamped entry count back from the entry's stamp, the time
  the words were written; with no stamp above, "three hours ago" stays a length.
- A rate ("used by 60,000 passengers a day") counts things in each day: it does not make a clock time in
  its sentence the time of every day.
- "overnight" before "over", "above" or "below" ("strengthened overnight over warm water") is the adverb
  closing its verb phrase: those prepositions are never the noun an adjective "overnight" would take.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2021, 5, 6)
TUESDAY = date(2018, 11, 20)
SATURDAY = date(2025, 6, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flood warnings: live\n\n16:20\n\nThe river peaked on Sunday at Millbrook.\n\n"
            "15:55\n\nRoads near the bridge will stay shut until Friday.\n\n14:10\n\nGood afternoon.",
            [
                ("16:20", "TIME", "2021-05-06T16:20"),
                ("Sunday", "DATE", "2021-05-02"),
                ("15:55", "TIME", "2021-05-06T15:55"),
                ("Friday", "DATE", "2021-05-07"),
                ("14:10", "TIME", "2021-05-06T14:10"),
            ],
        ),
        (
            "Market live\n\n2.40pm\n\nThe index closed at its highest since Monday.\n\n"
            "1.15pm\n\nShares in the bank slipped this afternoon.",
            [
                ("2.40pm", "TIME", "2021-05-06T14:40"),
                ("Monday", "DATE", "2021-05-03"),
                ("1.15pm", "TIME", "2021-05-06T13:15"),
                ("this afternoon", "TIME", "2021-05-06TAF"),
            ],
        ),
        (
            "Updated 6:12 p.m. ET\n\n6:12 p.m. Ferry service resumes\n\nBoats ran again after the storm on Tuesday.",
            [
                ("6:12 p.m. ET", "TIME", "2021-05-06T18:12"),
                ("6:12 p.m.", "TIME", "2021-05-06T18:12"),
                ("Tuesday", "DATE", "2021-05-04"),
            ],
        ),
    ],
)
def test_a_live_page_entry_stamp_is_a_time_of_the_page_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Count live\n\n22:30\n\nBallot boxes are arriving.\n\n23:50\n\nVerification has begun.\n\n"
            "01:15\n\nThe first ward has declared.\n\n03:40\n\nThe last seat is in.",
            [
                ("22:30", "TIME", "2018-11-20T22:30"),
                ("23:50", "TIME", "2018-11-20T23:50"),
                ("01:15", "TIME", "2018-11-21T01:15"),
                ("03:40", "TIME", "2018-11-21T03:40"),
            ],
        ),
        (
            "Results live\n\n02:10\n\nThe count is over.\n\n00:40\n\nA recount is under way.\n\n"
            "23:20\n\nThe boxes are in.",
            [
                ("02:10", "TIME", "2018-11-20T02:10"),
                ("00:40", "TIME", "2018-11-20T00:40"),
                ("23:20", "TIME", "2018-11-20T23:20"),
            ],
        ),
    ],
)
def test_an_oldest_first_page_passes_midnight_into_the_next_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


def test_a_programme_under_a_day_heading_keeps_the_heading_day() -> None:
    text = "Festival programme\n\nSunday 15 June\n\n11:30 Brass band on the green\n\n14:00 Dog show"
    assert typed(text, SATURDAY) == [
        ("Sunday 15 June", "DATE", "2025-06-15"),
        ("11:30", "TIME", "2025-06-15T11:30"),
        ("14:00", "TIME", "2025-06-15T14:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Live\n\n11.20am\n\nThe council leader resigned an hour ago, her office said.",
            [("11.20am", "TIME", "2025-06-14T11:20"), ("an hour ago", "TIME", "2025-06-14T10:20")],
        ),
        (
            "Live\n\n00:15\n\nThe fire alarm went off about 40 minutes ago.",
            [("00:15", "TIME", "2025-06-14T00:15"), ("about 40 minutes ago", "TIME", "2025-06-13T23:35")],
        ),
        (
            "The plane landed three hours ago, officials said.",
            [("three hours", "DURATION", "PT3H")],
        ),
    ],
)
def test_hours_ago_in_a_stamped_entry_count_back_from_its_stamp(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge, crossed by about 40,000 cars a day, was closed at 07:45 after the crash.",
            [("a day", "SET", "P1D"), ("07:45", "TIME", "2025-06-14T07:45")],
        ),
        (
            "The terminal, which handles 200 flights a day, reopened at 14:30.",
            [("a day", "SET", "P1D"), ("14:30", "TIME", "2025-06-14T14:30")],
        ),
        (
            "The pool opens every day at 06:30.",
            [("every day", "SET", "P1D"), ("06:30", "TIME", "XXXX-XX-XXT06:30")],
        ),
    ],
)
def test_a_rate_does_not_make_a_clock_time_habitual(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm strengthened overnight over the warm sea, from 90 mph at 11 p.m. to 110 mph by 5 a.m.",
            [
                ("overnight", "TIME", "2025-06-13TNI"),
                ("11 p.m.", "TIME", "2025-06-13T23:00"),
                ("5 a.m.", "TIME", "2025-06-14T05:00"),
            ],
        ),
        ("Helicopters circled overnight above the harbour.", [("overnight", "TIME", "2025-06-13TNI")]),
        ("They booked an overnight stay in the city.", []),
    ],
)
def test_overnight_before_a_preposition_of_place_is_the_night(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected
