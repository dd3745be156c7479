"""Rules added after the fourth blind mixed set (`data/gold/timex/blind_mixed_4.jsonl`, travel writing:
features, a guidebook entry, an itinerary, a rail diary, a festival guide, a walk and a news roundup) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "open until 7pm in summer", "the ferry sails five times a day in summer": a season right after "in"
  with no article or other determiner, in a sentence not in the past that says how often something
  happens, is that season of every year, in a dated text as in an undated one ("this summer", "the
  summer" and "in summer 2019" name one season).
- "This spring there is another reason to visit": a month or season counted from the date of writing
  ("this spring", "last October", "next April") ties the text to its own time as "last week" does, so a
  present-day piece that recalls a few old years is still read from its date, not from the last year
  it recalled.
- An undated guide that says how often things happen far more than it dates a past ("open daily from
  9am", "closed Mondays", "every Sunday at 6pm" after "founded in 1132 ... restored from 1958") tells how
  things are now: it is not a story, and a month or day without a year in it, outside the past and the
  future ("on 14 July there is a concert"), is that of every year, not of the last year its history
  named.
- "open weekends", "closed weekends", "Weekends 10am-4pm": plural weekends after the word of a standing
  rule, or given their hours, are every weekend, as "closed Mondays" is every Monday.
- "will be phased in over six months": after a phrasal verb's particle "in", "over" is the preposition
  of the span the change takes, not "more than" as in "the first rise in over six months".
- "in the last quarter of 2026": "last" before a quarter of a named year is its fourth quarter, not the
  reporting quarter before the one the text is in.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import only, typed

SATURDAY = date(2019, 5, 11)
THURSDAY = date(2023, 3, 16)
WEDNESDAY = date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gallery is open daily from 10am to 5pm (until 7pm in summer).",
            [
                ("daily", "SET", "P1D"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("5pm", "TIME", "XXXX-XX-XXT17:00"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("summer", "DATE", "XXXX-SU"),
            ],
        ),
        (
            "The small car ferry sails four times a day in summer and takes half an hour.",
            [
                ("four times a day", "SET", "P1D"),
                ("summer", "DATE", "XXXX-SU"),
                ("half an hour", "DURATION", "PT30M"),
            ],
        ),
        ("In winter the mountain pass is usually closed to cars.", [("winter", "DATE", "XXXX-WI")]),
        # one season: a past clause, a determiner, a year
        ("We walked the coast path in summer.", [("summer", "DATE", "2018-SU")]),
        ("The road reopens this summer.", [("this summer", "DATE", "2019-SU")]),
        ("The road reopens in summer 2020.", [("summer 2020", "DATE", "2020-SU")]),
    ],
)
def test_bare_season_of_a_present_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_month_counted_from_the_dct_keeps_a_present_day_piece_on_its_date() -> None:
    text = (
        "The bridge was built in 1840, widened in 1911 and listed in 1987. This spring there is "
        "another reason to visit: the towpath, closed for repairs since October, reopens on 1 April."
    )
    assert typed(text, THURSDAY)[3:] == [
        ("This spring", "DATE", "2023-SP"),
        ("October", "DATE", "2022-10"),
        ("1 April", "DATE", "2023-04-01"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chapel is open weekends only.", [("weekends", "SET", "XXXX-WXX-WE")]),
        ("The ticket office is closed weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
        (
            "Guided walks: Weekends 10am-4pm.",
            [
                ("Weekends", "SET", "XXXX-WXX-WE"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        # a count of weekends is not a set: it is a length of them (P2WE, as the gold sets tag "[three weekends]")
        ("We spent two weekends in the hills.", [("two weekends", "DURATION", "P2WE")]),
    ],
)
def test_plural_weekends_of_a_standing_rule(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new permit scheme starts in the last quarter of 2026.",
            [("the last quarter of 2026", "DATE", "2026-Q4")],
        ),
        (
            "Bookings rose in the last quarter of last year.",
            [("the last quarter of last year", "DATE", "2024-Q4")],
        ),
        # with no year, "the last quarter" is the reporting quarter before the current one
        ("Bookings rose in the last quarter.", [("the last quarter", "DATE", "2025-Q3")]),
    ],
)
def test_last_quarter_of_a_named_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new checks will be phased in over six months.", [("six months", "P6M", None)]),
        ("Fares rose for the first time in over six months.", [("over six months", "P6M", "MORE_THAN")]),
        ("The crossing was made in over three hours.", [("over three hours", "PT3H", "MORE_THAN")]),
    ],
)
def test_over_after_a_particle_in(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY) == expected


UNDATED_GUIDE = (
    "Priory of St Aldhelm. The priory was founded in 1132 and restored from 1958. The "
    "church is open daily from 9am; guided tours run every hour from 10am and every half hour in August. "
    "The gardens open at weekends from April to October, and the tea room is closed Mondays. Evensong is "
    "sung every Sunday at 6pm, and on 14 July there is a concert in the nave."
)


def test_an_undated_guide_of_habits_is_read_as_present() -> None:
    assert detect_document_kind(UNDATED_GUIDE, None) == DocumentKind.NEWS
    found = {text: value for text, _, value in typed(UNDATED_GUIDE, None)}
    assert [found[name] for name in ("August", "April", "October", "14 July", "6pm")] == [
        "XXXX-08",
        "XXXX-04",
        "XXXX-10",
        "XXXX-07-14",
        "XXXX-XX-XXT18:00",
    ]


def test_an_undated_story_stays_a_story() -> None:
    text = (
        "The priory was founded in 1132. In 1536 the king's commissioners arrived, and on 14 July the "
        "monks were turned out. The church was sold in 1539 and the roof stripped that winter."
    )
    assert detect_document_kind(text, None) == DocumentKind.NARRATIVE
    assert ("14 July", "DATE", "1536-07-14") in typed(text, None)
