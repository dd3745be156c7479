"""Rules added in a pass over leftover findings of earlier rounds (leftovers_s25B): each row is a sentence
of our own showing the general English usage behind one finding.

- "March is usually the windiest month here": a habit's adverb right after "is" or "was", before the noun
  phrase the copula takes, makes the clause one of what recurs, as it does inside a verb group ("April is
  usually wet"); a month with no adverb ("March is the windiest month this year") stays the year's one.
- "Brunch is served until 2.30": brunch is a meal of the day as lunch is, so its last serving hour is the
  afternoon's (of every day: leftovers_s25C); "Brunch was served until 2.30" tells of one day and is left as the meal rule leaves it
  (leftovers_s24C), and "Easter brunch" is a kind of meal, not the feast's day, as "Easter lunch" is.
- "Be there by 8.45.", "We stayed until 2.30.": a dotted hour closing its clause after "by", "until" or
  "till" is a deadline's or an end's clock time (one to five the afternoon's, as bare hours are), widened
  from the kitchen's last call; a change by a figure ("fell by 2.30.", "was cut by 4.15.") and a clause of
  levels stay amounts, and what is served until an hour is left to the meal rule.
- "She left at four.", "The shop opens at nine.": a spelled hour closing its clause after "at" and a verb of
  leaving, arriving, meeting, opening or closing is a clock time, read as the same hour in digits is; an
  age ("started school at four"), a level ("stood at four"), a count ("at four of the sites") and a
  multiple ("at four times the rate") are not.
- "The meeting is at 10 EST.", "The interview airs at 8 ET/PT": a bare hour with a time zone written after it
  in capitals is a clock time, the zone part of its extent as in "10 a.m. EST"; lower case ("at 3 et al.")
  is no zone.
- "March's storms flooded the valley.": a capitalised "March's" opening a sentence before a lower-case noun
  is the month's possessive, as "March was" there is the month; "the march's route" keeps its article.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2025, 6, 12)
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March is usually the windiest month on this coast.", [("March", "DATE", "XXXX-03")]),
        ("November is generally the busiest month for the ferry.", [("November", "DATE", "XXXX-11")]),
        ("The harvest fair is usually the first event in September.", [("September", "DATE", "XXXX-09")]),
        ("August is normally a quiet month at the port.", [("August", "DATE", "XXXX-08")]),
        # no adverb of what is usual: the month nearest the DCT
        (
            "March is the windiest month this year.",
            [("March", "DATE", "2025-03"), ("this year", "DATE", "2025")],
        ),
        ("October is the month the new line opens.", [("October", "DATE", "2025-10")]),
    ],
)
def test_habit_adverb_after_a_copula(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brunch is served until 2.30.", [("2.30", "TIME", "XXXX-XX-XXT14:30")]),
        ("Brunch is served until 11.30.", [("11.30", "TIME", "XXXX-XX-XXT11:30")]),
        ("Lunch is served until 2.30.", [("2.30", "TIME", "XXXX-XX-XXT14:30")]),
        # one day's serving in the past, a figure that is no clock, a meal named for a feast
        ("Brunch was served until 2.30.", []),
        ("The index rose by 2.30 points.", []),
        ("We had Easter brunch at the hotel.", []),
    ],
)
def test_brunch_served_until_a_dotted_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Be there by 8.45.", [("8.45", "TIME", "2025-06-12T08:45")]),
        ("The essay is due by 4.30.", [("4.30", "TIME", "2025-06-12T16:30")]),
        ("We stayed at the fair until 2.30.", [("2.30", "TIME", "2025-06-12T14:30")]),
        # the size of a change, a percentage, a level
        ("Shares fell by 2.30.", []),
        ("Output was cut by 4.15.", []),
        ("Profits rose by 8.45 per cent.", []),
        ("Sterling traded at 1.25 by 4.30.", []),
    ],
)
def test_dotted_hour_after_by_or_until(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She left at four.", [("four", "TIME", "2025-06-12T16:00")]),
        ("The shop opens at nine.", [("nine", "TIME", "2025-06-12T09:00")]),
        ("The bar closes at eleven.", [("eleven", "TIME", "2025-06-12T23:00")]),
        ("They met at about three, and walked on.", [("about three", "TIME", "2025-06-12T15:00")]),
        (
            "She left at four on Tuesday.",
            [("four", "TIME", "2025-06-10T16:00"), ("Tuesday", "DATE", "2025-06-10")],
        ),
        # an age, a level, a count, a multiple, a percentage
        ("She started school at four.", []),
        ("Growth stood at four.", []),
        ("The virus was found at four of the sites.", []),
        ("Prices rose at four times the rate.", []),
        ("The club opened at nine points clear.", []),
    ],
)
def test_spelled_hour_after_a_verb_of_leaving(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting is at 10 EST.", [("10 EST", "TIME", "2025-06-12T10:00")]),
        ("The call is at 3 ET.", [("3 ET", "TIME", "2025-06-12T15:00")]),
        ("Trading resumes at 9 GMT tomorrow.", [("9 GMT tomorrow", "TIME", "2025-06-13T09:00")]),
        ("The interview airs at 8 ET/PT.", [("8 ET/PT", "TIME", "2025-06-12T08:00")]),
        # lower case is no zone
        ("He cited Jones at 3 et al.", []),
    ],
)
def test_bare_hour_before_a_time_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March's storms flooded the valley.", [("March", "DATE", "2025-03")]),
        (
            "March\u2019s rainfall was the highest since 1990.",
            [("March", "DATE", "2025-03"), ("1990", "DATE", "1990")],
        ),
        # a march has its article; a surname after a first name; a title
        ("The march's route was changed.", []),
        ("Jo March's sisters were there.", []),
        ("March's Ghost is a novel.", []),
    ],
)
def test_march_possessive_opening_a_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NEWS) == expected
