"""Rules added in a leftovers pass over known finding and anchoring errors: each row is a sentence of our own
showing the general English usage behind one finding.

- "High water at 04:51 and 17:13. Low tide at 11:02.": a text that has written an afternoon reading on the
  24-hour clock writes its morning readings as they are, so a bare "11:02" after "17:13" is 11:02, not
  23:02; a reading after an afternoon one written with "p.m." ("at 6:30 p.m. ... at 8:30") still goes on
  into the evening.
- "He left after 4 March.", said in February: a past act done after a date puts the date before the act,
  so in the past however far back; a participle on a noun ("Crops sown after mid-June lose yield") or a
  plan ("will close after") is left to the rules it had.
- "The agency released its seasonal forecast to the public in March": after a determiner and a word
  formed as an adjective, a form that is also a noun ("forecast", "report") is the noun of a phrase, not
  a verb pointing ahead; "the clinic saw", "the detective saw", "St Patrick's Cathedral holds" keep their
  verbs (an -s form, and endings many nouns share, left out of the adjective endings).
- "It will be open from March to November", in a story told in the past: the close of a range ahead is
  counted on from the range's opening, never before it.
- "They camped on 3 June 1850. Overnight they heard wolves.": "Overnight" before a clause's subject is the
  adverb (an adjective never takes a determiner or a pronoun), and opening a story's sentence after a day
  of the story it is that day's night; a participle clause's "overnight" looks back as before.
- "Breakfast is served until 9.30.", "Lunch is served until 2.30.": the dotted hour a meal of the day is
  served up to is a clock time (found; of every day, as leftovers_s25C reads a meal served in the
  present): breakfast's in the morning as written, lunch's from one to five in the afternoon; "was served
  until" tells of one day and is left.
- "Prices rose over the past years": "the past years" after a preposition of length is a length (PXY),
  as "the past few years" is; "In past years" without the article stays PAST_REF.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2026, 3, 10)
FEBRUARY = date(2026, 2, 10)
JANUARY = date(2026, 1, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first bus leaves at 06:12 and the last at 18:40. The ticket office opens at 10:30.",
            [
                ("06:12", "TIME", "2026-03-10T06:12"),
                ("18:40", "TIME", "2026-03-10T18:40"),
                ("10:30", "TIME", "2026-03-10T10:30"),
            ],
        ),
        # no 24-hour reading before it: the bare hour after an afternoon one is still the evening's
        (
            "The gates open at 6:30 p.m. and the choir sings at 8:15.",
            [("6:30 p.m.", "TIME", "2026-03-10T18:30"), ("8:15", "TIME", "2026-03-10T20:15")],
        ),
    ],
)
def test_morning_reading_in_a_24_hour_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry captain retired after 4 March.", [("4 March", "DATE", "2025-03-04")]),
        ("The old pier closed after March 20.", [("March 20", "DATE", "2025-03-20")]),
        # a plan ahead, and a participle on a noun, are left as they were
        ("The depot will close after 4 March.", [("4 March", "DATE", "2026-03-04")]),
    ],
)
def test_past_act_after_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FEBRUARY) == expected


def test_participle_on_a_noun_after_a_date_is_left() -> None:
    assert typed("Seedlings planted after mid-June rarely flower.", date(2025, 5, 13)) == [
        ("mid-June", "DATE", "2025-06")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The institute published its seasonal forecast to the public in March.",
            [("March", "DATE", "2025-03")],
        ),
        ("The council issued its annual report in March.", [("March", "DATE", "2025-03")]),
        # a noun with an ending adjectives share stays the subject of its verb
        ("The clinic saw forty patients on Monday.", [("Monday", "DATE", "2026-01-05")]),
        # a plan ahead still points ahead
        (
            "The institute will publish its seasonal forecast to the public in March.",
            [("March", "DATE", "2026-03")],
        ),
    ],
)
def test_noun_after_determiner_and_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, JANUARY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lighthouse was built in 1872. It will be open to visitors from April to October.",
            [("1872", "DATE", "1872"), ("April", "DATE", "2026-04"), ("October", "DATE", "2026-10")],
        ),
        (
            "The lighthouse was built in 1872. It will be open to visitors from October to March.",
            [("1872", "DATE", "1872"), ("October", "DATE", "2025-10"), ("March", "DATE", "2026-03")],
        ),
    ],
)
def test_range_ahead_in_a_story_runs_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2025, 6, 10), NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drovers camped by the river on 3 June 1850. Overnight they heard wolves.",
            [("3 June 1850", "DATE", "1850-06-03"), ("Overnight", "TIME", "1850-06-03TNI")],
        ),
        (
            "The fleet put to sea on 9 August 1588. Overnight the wind backed to the west.",
            [("9 August 1588", "DATE", "1588-08-09"), ("Overnight", "TIME", "1588-08-09TNI")],
        ),
        # a participle clause's "overnight" looks back to the night before the day
        (
            "The fort fell on 13 May 1860, its garrison having slipped away overnight.",
            [("13 May 1860", "DATE", "1860-05-13"), ("overnight", "TIME", "1860-05-12TNI")],
        ),
        # an adjective before its noun is no night
        ("The overnight ferry was full.", []),
    ],
)
def test_overnight_opening_a_story_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


def test_overnight_before_a_subject_in_news() -> None:
    assert typed("Overnight the river burst its banks.", TUESDAY) == [("Overnight", "TIME", "2026-03-09TNI")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents have climbed over the past years.", [("the past years", "DURATION", "PXY")]),
        ("Traffic has fallen over the past months.", [("the past months", "DURATION", "PXM")]),
        # without the article, the recent past the text means
        ("In past years the fair drew big crowds.", [("past years", "DATE", "PAST_REF")]),
    ],
)
def test_the_past_years_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the inn, breakfast is served until 10.15.", [("10.15", "TIME", "XXXX-XX-XXT10:15")]),
        ("Lunch is served until 3.30.", [("3.30", "TIME", "XXXX-XX-XXT15:30")]),
        # one day's meal, and a figure with no meal, are left
        ("Breakfast was served until 9.45.", []),
        ("Shares rose until 2.30.", []),
    ],
)
def test_standing_hour_a_meal_is_served_until(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
