"""In the body of a news story a plain present just before its weekday reads a timetable: "a full round
follows on Tuesday", "the minister gives evidence to the committee on Thursday", "the House does not sit
on Friday" are days still to come, not the nearest such day on either side of the DCT. A headline's
present tells what happened ("Minister quits Thursday"), a modal's present ("could not be located
Wednesday") and a present after a past verb in the sentence ("MPs had signed a motion on Monday") say
nothing of the week, and a clipped name ("Thurs") is a post's, which its own date line anchors.

A change a present clause says starts "from" a weekday ("From Tuesday all requests go through the
portal", "the rule applies from Monday") starts on the coming one, in any kind of text; a past clause
("was off from Tuesday to Friday") keeps its own direction."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SUNDAY = date(2026, 1, 11)
NEWS = DocumentKind.NEWS

CASES = [
    (
        "Ministers face a crowded week\nThe Chancellor gives evidence to the Treasury committee on Thursday.",
        [("Thursday", "DATE", "2026-01-15")],
    ),
    (
        "League round-up\nThe leaders have little time to recover. A full round follows on Thursday and Friday.",
        [("Thursday", "DATE", "2026-01-15"), ("Friday", "DATE", "2026-01-16")],
    ),
    ("The week in Parliament\nThe Commons does not sit on Friday.", [("Friday", "DATE", "2026-01-16")]),
    ("Minister quits Thursday", [("Thursday", "DATE", "2026-01-08")]),
    ("Missing hiker\nHis family could not be located Thursday.", [("Thursday", "DATE", "2026-01-08")]),
    (
        "Farm levy\nSome 40 MPs had signed a motion on Thursday calling for changes.",
        [("Thursday", "DATE", "2026-01-08")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_timetable_present_puts_the_weekday_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


THURSDAY = date(2026, 1, 15)

FROM_CASES = [
    ("From Tuesday all requests go through the new portal.", [("Tuesday", "DATE", "2026-01-20")]),
    ("The rule applies from Monday.", [("Monday", "DATE", "2026-01-19")]),
    ("He was off work from Tuesday.", [("Tuesday", "DATE", "2026-01-13")]),
]


@pytest.mark.parametrize(("text", "expected"), FROM_CASES)
def test_a_change_from_a_weekday_starts_on_the_coming_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected
