"""Which side of the DCT an underspecified date lies on, from the verb that governs it."""

from __future__ import annotations

from datetime import date

import pytest
from timex_support import find

WEDNESDAY = date(2022, 2, 2)
MONDAY = date(2022, 1, 31)
LATE_OCTOBER = date(2022, 10, 27)

ROWS: list[tuple[str, date, str, str]] = [
    # "will" puts a date ahead however far it is
    ("The court will rule in November on the appeal.", WEDNESDAY, "November", "2022-11"),
    ("The bridge will stay shut until September.", WEDNESDAY, "September", "2022-09"),
    # a far side still yields to a near one for looser cues
    ("The offer was extended to Nov. 16, the company said.", LATE_OCTOBER, "Nov. 16", "2022-11-16"),
    # ... but not against a verb right before the date: it dates its own event
    ("Shares fell on Jan. 5 after the report.", LATE_OCTOBER, "Jan. 5", "2022-01-05"),
    ("The fiscal year ended Dec. 31, the company said.", LATE_OCTOBER, "Dec. 31", "2021-12-31"),
    # a deadline set in the present perfect lies ahead; a running total does not
    (
        "The agency has given the family until 9 a.m. Tuesday to respond.",
        MONDAY,
        "9 a.m. Tuesday",
        "2022-02-01T09:00",
    ),
    ("Through Oct. 19, the funds have lost 4%.", LATE_OCTOBER, "Oct. 19", "2022-10-19"),
    # deferring verbs date the act unless a deadline word introduces the date
    ("The buyers extended their offer to acquire the mill Friday.", WEDNESDAY, "Friday", "2022-01-28"),
    ("The council postponed the vote until Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    # "is to" + verb is an arrangement ahead
    ("The stock is to resume trading Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    # a weekday with a day of the month names the month in which that day is that weekday: the next
    # such month in a clause pointing ahead, the last one in a clause looking back
    ("The next sitting opens on Friday the 13th.", LATE_OCTOBER, "Friday the 13th", "2023-01-13"),
    ("The last sitting closed on Friday the 13th.", LATE_OCTOBER, "Friday the 13th", "2022-05-13"),
    ("The board met on Tuesday the 4th.", LATE_OCTOBER, "Tuesday the 4th", "2022-10-04"),
]


@pytest.mark.parametrize(("sentence", "dct", "surface", "value"), ROWS, ids=[row[0] for row in ROWS])
def test_direction(sentence: str, dct: date, surface: str, value: str) -> None:
    expression = find(sentence, dct, surface)
    assert expression.value == value, expression.explanation
