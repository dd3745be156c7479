"""Rules added after the eighty-ninth blind news set (`data/gold/timex/blind_news_89.jsonl`, wire and
newspaper copy of 1962-1978 under US, British and Commonwealth datelines) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "at 9.30 a.m. B.S.T.", "10 p.m. G.M.T.", "11 a.m. E.D.T.": the older papers wrote the zone's
  abbreviation with dots; it belongs to the clock time as "BST" does ("the E.S.T. course" is no zone).
- "set a deadline of 4 a.m. Thursday", "fixed a time limit of Friday": the limit set lies ahead of the
  setting, as "set for Friday" does; "missed the deadline of Friday" stays behind.
- "at the present rate", "at the present pace of building": "present" is the adjective of a measure, no
  time; "for the present" and "until the present" still are.
- An undated programme that writes a weekday beside a day ("Monday, October 12") fixes that month's
  weekdays: "on the 12th", "on the Friday", "the Tuesday morning ... that evening" are days of that month
  (a past weekday, "turned out on Sunday morning", may lie before the day or in the writer's week: left).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(1970, 9, 9)
FRIDAY = date(1964, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polling stations close at 9 p.m. B.S.T. tonight.",
            [("9 p.m. B.S.T. tonight", "TIME", "1964-10-16T21:00")],
        ),
        (
            "The ship sailed at 6 a.m. G.M.T. on Thursday.",
            [("6 a.m. G.M.T.", "TIME", "1964-10-15T06:00"), ("Thursday", "DATE", "1964-10-15")],
        ),
        (
            "Lift-off is set for 11 a.m. E.D.T., officials said.",
            [("11 a.m. E.D.T.", "TIME", "1964-10-16T11:00")],
        ),
        ("At 8 a.m. the E.S.T. course began.", [("8 a.m.", "TIME", "1964-10-16T08:00")]),
    ],
)
def test_dotted_time_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The kidnappers set a deadline of noon Friday for the ransom.",
            [("noon Friday", "TIME", "1970-09-11T12:00")],
        ),
        ("The union fixed a deadline of Monday for a reply.", [("Monday", "DATE", "1970-09-14")]),
        ("The company missed the deadline of Friday.", [("Friday", "DATE", "1970-09-04")]),
        ("They set the date for the ballot on Tuesday.", [("Tuesday", "DATE", "1970-09-08")]),
    ],
)
def test_deadline_set_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the present rate the reservoir will be empty by June.", [("June", "DATE", "1971-06")]),
        ("At the present pace of building, the road will take years.", [("years", "DURATION", "PXY")]),
        ("For the present, the old bridge stays open.", [("the present", "DATE", "PRESENT_REF")]),
    ],
)
def test_present_before_a_measure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The festival opens on Thursday, June 4. The first concert is on the 5th, and on the Sunday "
            "there is a parade.",
            [
                ("Thursday, June 4", "DATE", "XXXX-06-04"),
                ("the 5th", "DATE", "XXXX-06-05"),
                ("Sunday", "DATE", "XXXX-06-07"),
            ],
        ),
        (
            "The minister arrives on Tuesday, March 3. On the Wednesday morning she visits the docks, and "
            "that evening she dines with the mayor.",
            [
                ("Tuesday, March 3", "DATE", "XXXX-03-03"),
                ("Wednesday morning", "TIME", "XXXX-03-04TMO"),
                ("that evening", "TIME", "XXXX-03-04TEV"),
            ],
        ),
        (
            "The greens reopened on Saturday 12 April. Members turned out on Sunday morning to help.",
            [("Saturday 12 April", "DATE", "XXXX-04-12"), ("Sunday morning", "TIME", "XXXX-WXX-7TMO")],
        ),
        (
            "The fair opens on 30 May. On the 2nd there is a parade.",
            [("30 May", "DATE", "XXXX-05-30"), ("the 2nd", "DATE", "XXXX-XX-02")],
        ),
    ],
)
def test_undated_programme_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
