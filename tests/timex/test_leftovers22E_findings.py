"""Rules for errors left by earlier rounds (a leftovers pass): each row is a sentence of our own showing the
general English usage behind one finding.

- "The evening ferry at seven was full", "the morning lecture at ten ran long": a spelled hour after "at"
  and a thing of a named part of the day ("the evening ferry") is that hour of that part of the day, on the
  day in context, as "that evening at seven" is; a plural noun after the hour makes it a count ("the
  evening crowds at nine gates"), and "the night bus at two" is left (night runs past midnight).
- "Let us not forget the blizzard in February", "Let's recall the fire in June": a proposal to call
  something to mind looks back, so a yearless month in it is the last one gone by; "Let's not forget to pay
  in March", "let us remember that the vote is in March" and "Let us meet in March" look ahead.
- "In 1612 the mill burned; the 1610 workers were paid off": a number before a noun of people ("visitors",
  "workers", "guests", "men", "soldiers") is a head count, even near a story year; "the 1761 timings",
  "the 1549 order" stay years.
- "trains go at 6am so we need to leave by five" (chat): what the speakers must do about a departure makes
  it that day's trip, not a timetable's every day; "flights leave at 6am" alone, or "every day", stays a
  time of every day.
- "Vendor Will Ship Patch Tuesday" (a headline in title case): a headline capitalises every word, so the
  capital of "Patch" is no sign of the name; the name holds where it opens the line or is someone's
  ("Microsoft's Patch Tuesday Fixes Forty Flaws"), and in running text ("on Patch Tuesday").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SATURDAY = date(2026, 1, 10)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE
CHAT = DocumentKind.COLLOQUIAL


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The evening ferry at seven was full.",
            SATURDAY,
            [("The evening", "TIME", "2026-01-10TEV"), ("seven", "TIME", "2026-01-10T19:00")],
        ),
        (
            "The morning lecture at ten ran long.",
            None,
            [("The morning", "TIME", "XXXX-XX-XXTMO"), ("ten", "TIME", "XXXX-XX-XXT10:00")],
        ),
        (
            "The afternoon match at three drew a crowd.",
            None,
            [("The afternoon", "TIME", "XXXX-XX-XXTAF"), ("three", "TIME", "XXXX-XX-XXT15:00")],
        ),
        # a plural noun after the number: a count of things, no hour
        ("The evening crowds at nine gates pushed in.", None, [("The evening", "TIME", "XXXX-XX-XXTEV")]),
        # "the night bus at two" runs past midnight: left alone
        ("The night bus at two was empty.", None, []),
    ],
)
def test_hour_after_a_thing_of_a_part_of_the_day(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let us not forget the blizzard in February.", [("February", "DATE", "2025-02")]),
        ("Let's remember the storm in March.", [("March", "DATE", "2025-03")]),
        ("Let\u2019s not forget the flood in March.", [("March", "DATE", "2025-03")]),
        ("Let us recall the fire in June.", [("June", "DATE", "2025-06")]),
        # looking ahead: an infinitive or a "that" clause after the verb, or no verb of remembering
        ("Let's not forget to pay in March.", [("March", "DATE", "2026-03")]),
        ("Let us remember that the vote is in March.", [("March", "DATE", "2026-03")]),
        ("Let us meet in March.", [("March", "DATE", "2026-03")]),
        ("Let us talk again in the spring.", [("the spring", "DATE", "2026-SP")]),
    ],
)
def test_proposal_to_call_to_mind_looks_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1612 the mill burned; the 1610 workers were paid off.", [("1612", "DATE", "1612")]),
        ("In 1790 the spa opened; the 1788 visitors had come by coach.", [("1790", "DATE", "1790")]),
        ("In 1700 the inn was rebuilt; the 1702 guests paid double.", [("1700", "DATE", "1700")]),
        ("In 1700 the fort was rebuilt; the 1702 soldiers left.", [("1700", "DATE", "1700")]),
        # a thing of the story's years: still the year it belongs to
        (
            "In 1769 the astronomers compared the 1761 timings.",
            [("1769", "DATE", "1769"), ("1761", "DATE", "1761")],
        ),
        (
            "In 1550 the council met; the 1549 order stood.",
            [("1550", "DATE", "1550"), ("1549", "DATE", "1549")],
        ),
    ],
)
def test_number_before_people_is_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trains go at 6am so we need to leave by five", [("6am", "TIME", "2026-01-10T06:00")]),
        ("flights leave at 7am so I have to pack tonight", None),
        # a timetable: every day
        ("flights leave at 6am", [("6am", "TIME", "XXXX-XX-XXT06:00")]),
        (
            "flights leave at 6am every day so we need to be quick",
            [("6am", "TIME", "XXXX-XX-XXT06:00"), ("every day", "SET", "P1D")],
        ),
        ("tours leave at 11am so visitors come early", [("11am", "TIME", "XXXX-XX-XXT11:00")]),
        ("flights leave at 6am so we have lots of time", [("6am", "TIME", "XXXX-XX-XXT06:00")]),
    ],
)
def test_departure_with_what_we_must_do_is_one_trip(
    text: str, expected: list[tuple[str, str, str]] | None
) -> None:
    found = typed(text, SATURDAY, CHAT)
    if expected is None:
        assert found[0] == ("7am", "TIME", "2026-01-10T07:00")
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vendor Will Ship Patch Tuesday", [("Tuesday", "DATE", "2026-01-13")]),
        # the name: opening the line, someone's, or capitalised in running text
        ("Patch Tuesday Brings Forty Fixes", []),
        ("Microsoft's Patch Tuesday Fixes Forty Flaws", []),
        ("The vendor will ship the fix on Patch Tuesday.", []),
        # in lower case, a patch issued on a Tuesday
        ("The vendor shipped a patch Tuesday.", [("Tuesday", "DATE", "2026-01-06")]),
    ],
)
def test_capital_in_a_title_case_headline_is_no_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY, NEWS) == expected
