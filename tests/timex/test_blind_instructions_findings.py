"""Rules added after the blind instructions set (`data/gold/timex/blind_instructions.jsonl`: recipes,
guides, leaflets, warranty and returns texts) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "allow 3-5 working days", "one to two business days": a range of counts before a kind of day is still
  a length whose count is unknown (PXD), as "two to three weeks" is.
- "water in the evening or before 9am": "or before" with its own object is a second time, not the mod
  of the first ("1990 or before" keeps its mod).
- "children aged 16 years and over", "not suitable for children under 3 years": a count after "aged"
  or "under" that follows a noun of people is their age, not a length ("whisky aged 12 years", "served
  under 5 years" and "infected 9,000 people over nine months" stay lengths).
- "It is the first Sunday of the year": an nth weekday "of the year" is that weekday of January, as "the
  first Sunday in May" is of May.
- "use the spray in the morning and evening.": a bare part of the day joined by "and" or "or" to one
  just named, closing the phrase, is a part of the day too.
- "Spring is finally here", "Winter has arrived": a bare season as the subject of its arrival is that
  season ("Winter is coming" and "Winter is a hard time" are left).
- "allow 3-5 working days" does not make "the 1999-2000 school year" a range of years.
- "since New Year", "between Christmas and New Year": a capitalised "New Year" without "the" after a
  preposition is the holiday, 1 January, as "since Christmas" is the feast's day.
- "Winter" alone on a line over what to do then, and "Late spring and summer" closing a heading: a
  season heading names the season, and a season joined to one just named ends its phrase at a line
  break.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 10)
FRIDAY = date(2018, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Refunds can take 3-5 working days to appear.", [("3-5 working days", "DURATION", "PXD")]),
        (
            "Our staff reply within one to two business days.",
            [("one to two business days", "DURATION", "PXD")],
        ),
        ("The panel meets for 10 working days.", [("10 working days", "DURATION", "P10D")]),
        ("Fees rose in the 2011-2012 school year.", [("2011-2012", "DATE", "2012")]),
    ],
)
def test_range_of_counts_before_a_kind_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Feed the seedlings in the evening or before 8am.",
            [("the evening", "TIME", "2022-02-10TEV"), ("8am", "TIME", "2022-02-10T08:00")],
        ),
        ("Cars built in 1990 or before are exempt.", [("1990 or before", "DATE", "1990")]),
    ],
)
def test_or_before_with_its_own_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adults and children aged 12 years and over: take one tablet.", []),
        ("This toy is not suitable for children under 3 years.", []),
        ("A man aged 52 years was later released.", []),
        ("The whisky is aged 12 years in sherry casks.", [("12 years", "DURATION", "P12Y")]),
        ("He served under 5 years of the sentence.", [("under 5 years", "DURATION", "P5Y")]),
        ("The virus infected 9,000 people over nine months.", [("nine months", "DURATION", "P9M")]),
    ],
)
def test_ages_of_people(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales have been slow since New Year.", [("New Year", "DATE", "2022-01-01")]),
        (
            "The office is closed between Christmas and New Year.",
            [("Christmas", "DATE", "2018-12-25"), ("New Year", "DATE", "2019-01-01")],
        ),
        ("We wish all our readers a Happy New Year.", []),
    ],
)
def test_new_year_as_the_holiday(text: str, expected: list[tuple[str, str, str]]) -> None:
    dct = FRIDAY if "Christmas" in text else THURSDAY
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pruning guide\n\nWinter\nCut back the old canes to a bud.", [("Winter", "DATE", "XXXX-WI")]),
        (
            "Early spring and autumn\nDivide the clumps and replant them.",
            [("Early spring", "DATE", "XXXX-SP"), ("autumn", "DATE", "XXXX-FA")],
        ),
        ("Summer Street\nThe road is closed.", []),
    ],
)
def test_season_headings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first Sunday of the year is the club's open day.",
            [("The first Sunday of the year", "DATE", "2023-01-01")],
        ),
        (
            "The race was held on the first Saturday of the year.",
            [("the first Saturday of the year", "DATE", "2023-01-07")],
        ),
        ("The fair is on the first Sunday in May.", [("the first Sunday in May", "DATE", "2023-05-07")]),
    ],
)
def test_nth_weekday_of_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2023, 3, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fog lingered in the morning and afternoon, then cleared.",
            [("the morning", "TIME", "2023-03-14TMO"), ("afternoon", "TIME", "2023-03-14TAF")],
        ),
        (
            "The gates were locked in the morning or evening.",
            [("the morning", "TIME", "2023-03-14TMO"), ("evening", "TIME", "2023-03-14TEV")],
        ),
        ("She delivered evening papers.", []),
    ],
)
def test_part_of_day_joined_to_one_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2023, 3, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spring is finally here, and the lambs are out.", [("Spring", "DATE", "2023-SP")]),
        ("Winter has arrived in the glens.", [("Winter", "DATE", "2022-WI")]),
        ("Winter is a hard time for hill farmers.", []),
    ],
)
def test_season_as_the_subject_of_its_arrival(text: str, expected: list[tuple[str, str, str]]) -> None:
    dct = date(2023, 4, 20) if "Spring" in text else date(2023, 1, 9)
    assert typed(text, dct) == expected
