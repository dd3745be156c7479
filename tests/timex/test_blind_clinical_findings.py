"""Rules added after the blind clinical set (`data/gold/timex/blind_clinical.jsonl`, case reports, discharge
summaries and clinic letters) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "q4h", "q12h", "q3w": a prescriber's "every N hours" (or days, weeks) written as q, the count and the unit's
  letter, is that SET; "Q4" alone (a quarter) and "q4h2" are not.
- "two or three times a day", "2-3 times a day", "three to four times a day": a frequency given as a range of
  counts is one SET with the whole range in its extent.
- "once a week (Mondays)": a plural weekday in brackets after a weekly frequency names the day it recurs on.
- "since 03:30": a 24-hour colon clock after "since" is a clock time, as after "at" or "from".
- "Time seen: 01:15", "Time of death: 14:32", "Addendum 08:40:": a colon clock after a note's time label
  opening its line is the time of that day.
- "atorvastatin 80 mg at night", "10 units at bedtime": after a counted dose, "at night" and "at bedtime"
  are the time of each day's dose (SET); "quiet at night" and "drove 80 km at night" are not.
- "born at 34 weeks' gestation", "20 weeks pregnant": a pregnancy's age is an age, not a length.
- "her previous fall", "since his last fall": "fall" with "previous" or "last" after a possessive determiner
  is a tumble, not autumn; "its fall lineup" stays the season.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2026, 1, 9)
MONDAY = date(2012, 10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Give morphine 2 mg IV q4h as needed for pain.", [("q4h", "SET", "PT4H")]),
        ("Vancomycin 1 g IV q12h was started on the ward.", [("q12h", "SET", "PT12H")]),
        ("She receives pembrolizumab 200 mg q3w.", [("q3w", "SET", "P3W")]),
        ("The firm's Q4 sales rose.", [("Q4", "DATE", "2012-Q4")]),
        ("Order part q4h2 from the catalogue.", []),
    ],
)
def test_prescribers_interval_abbreviation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use the spray two or three times a day.", [("two or three times a day", "SET", "P1D")]),
        ("Apply the cream 2-3 times a day to the rash.", [("2-3 times a day", "SET", "P1D")]),
        ("Feed the puppy three to four times a day.", [("three to four times a day", "SET", "P1D")]),
        ("He swims four times a week.", [("four times a week", "SET", "P1W")]),
    ],
)
def test_frequency_over_a_range_of_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Methotrexate 15 mg once a week (Mondays) with folic acid.",
            [("once a week", "SET", "P1W"), ("Mondays", "SET", "XXXX-WXX-1")],
        ),
        (
            "Alendronic acid 70 mg weekly (Sundays), taken before breakfast.",
            [("weekly", "SET", "P1W"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
    ],
)
def test_weekday_of_a_weekly_dose(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He has been pain free since 03:30.", [("03:30", "TIME", "2026-01-09T03:30")]),
        ("The ward has been closed to visitors since 14:00.", [("14:00", "TIME", "2026-01-09T14:00")]),
    ],
)
def test_colon_clock_after_since(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Time seen: 01:15\nComplaint: headache.", [("01:15", "TIME", "2026-01-09T01:15")]),
        ("Time of death: 14:32\nCertified by the registrar.", [("14:32", "TIME", "2026-01-09T14:32")]),
        ("Addendum 08:40: reviewed by the surgeons.", [("08:40", "TIME", "2026-01-09T08:40")]),
    ],
)
def test_clock_after_a_notes_time_label(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Simvastatin 40 mg at night was continued.", [("night", "SET", "XXXX-XX-XXTNI")]),
        ("He injects insulin 12 units at bedtime.", [("bedtime", "SET", "XXXX-XX-XXTNI")]),
        ("The ward was quiet at night.", []),
        ("He drove 80 km at night.", []),
    ],
)
def test_part_of_day_of_a_dose(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twins born at 32 weeks' gestation often need oxygen.", []),
        ("She was 20 weeks pregnant when the scan was done.", []),
        ("She spent 32 weeks in hospital.", [("32 weeks", "DURATION", "P32W")]),
    ],
)
def test_age_of_a_pregnancy(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since her last fall she has walked with a frame.", []),
        ("His previous fall was in the garden.", []),
        ("We planted the bulbs last fall.", [("last fall", "DATE", "2011-FA")]),
        ("The network showed advertisers its fall lineup.", [("fall", "DATE", "2012-FA")]),
    ],
)
def test_fall_after_a_possessive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
