"""Rules added after the thirty-seventh blind narrative set (`data/gold/timex/blind_narrative_37.jsonl`,
histories of reigns and dynasties) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- The Sundays and feasts of the church year that histories date by ("Trinity Sunday 1405", "Whit
  Monday", "Passion Sunday", "Shrove Tuesday") are days counted from Easter, as "Palm Sunday" is; their
  weekday is part of the name, never a weekday of its own.
- A feast set off by commas right after a day it can fall on ("crowned on 9 April 1413, Passion Sunday,",
  "due on 25 March, Lady Day,") restates that day and is no second date, as "the feast of ..." is not.
- "years before" closing its clause looks back as "years earlier" does: a length of unknown years.
- "by weeks of rain", like "after months of talks", is a length of what it names.
- A bare year offered by a verb of dating beside a year just named ("born in 1386, though some writers
  prefer 1387") is another year for the same event.
- A new year set beside a Western day ("at the lunar new year, on 2 February 1421", "the new year (8
  February 1644)") is the first day of another calendar's year, that day.
- "the future" before a name or a role ("a son, the future Henry VI", "married the future king") is an
  adjective, not a time.
- A passive infinitive right before a date ("the second to be collected at Michaelmas", "a fine to be
  paid on 29 September") names an act still to come at the story's time, so the day falls after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

PUBLISHED = date(2016, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bishop was consecrated at Lincoln on Trinity Sunday 1405.",
            [("Trinity Sunday 1405", "DATE", "1405-06-14")],
        ),
        (
            "The abbey church was dedicated on Whit Monday 1290 before a great crowd.",
            [("Whit Monday 1290", "DATE", "1290-05-22")],
        ),
        (
            "The guild's feast was moved to Shrove Tuesday 1520.",
            [("Shrove Tuesday 1520", "DATE", "1520-02-21")],
        ),
    ],
)
def test_feasts_counted_from_easter_are_their_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The young king was crowned on 9 April 1413, Passion Sunday, in a snowstorm.",
            [("9 April 1413", "DATE", "1413-04-09")],
        ),
        (
            "The rent of the mill fell due on 25 March 1721, Lady Day, and was never paid.",
            [("25 March 1721", "DATE", "1721-03-25")],
        ),
        (
            "The old queen died on 24 December 1870, Christmas Eve.",
            [("24 December 1870", "DATE", "1870-12-24")],
        ),
        # a feast that cannot fall on the day just named is a date of its own
        (
            "The fair opened on 1 May 1510, Whit Monday, and another day.",
            [("1 May 1510", "DATE", "1510-05-01"), ("Whit Monday", "DATE", "1510-05-20")],
        ),
    ],
)
def test_a_feast_in_apposition_restates_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1870 she had left the company she had founded years before.",
            [("1870", "DATE", "1870"), ("years", "DURATION", "PXY")],
        ),
        (
            "In 1901 he sold the farm his father had bought decades before, in 1850.",
            [("1901", "DATE", "1901"), ("decades", "DURATION", "PXDE"), ("1850", "DATE", "1850")],
        ),
        (
            "In 1904 the roads were turned to mud by weeks of rain.",
            [("1904", "DATE", "1904"), ("weeks", "DURATION", "PXW")],
        ),
        # a margin is no length of what follows
        ("The treaty predates the war by decades.", []),
    ],
)
def test_bare_plural_units_before_a_clause_end_or_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The painter was born in Delft in 1632, although some biographers prefer 1631; the register is lost.",
            [("1632", "DATE", "1632"), ("1631", "DATE", "1631")],
        ),
        (
            "The chapel was finished in 1480, though most historians give 1482.",
            [("1480", "DATE", "1480"), ("1482", "DATE", "1482")],
        ),
        # a count given by the same verb is no year
        ("In 1632 the guild gave 1631 florins to the poor.", [("1632", "DATE", "1632")]),
    ],
)
def test_another_year_offered_for_the_same_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parliament met in November 1414 and granted two subsidies, the second to be collected at Michaelmas.",
            [("November 1414", "DATE", "1414-11"), ("Michaelmas", "DATE", "1415-09-29")],
        ),
        (
            "The court sat in November 1702 and imposed a fine to be paid on 29 September.",
            [("November 1702", "DATE", "1702-11"), ("29 September", "DATE", "1703-09-29")],
        ),
        # an act done, not still to come, stays in the story's year
        (
            "The court sat in November 1702. The fine had been paid at Michaelmas.",
            [("November 1702", "DATE", "1702-11"), ("Michaelmas", "DATE", "1702-09-29")],
        ),
    ],
)
def test_a_passive_infinitive_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court moved into the new palace at the lunar new year, on 2 February 1421.",
            [("the lunar new year", "DATE", "1421-02-02"), ("2 February 1421", "DATE", "1421-02-02")],
        ),
        (
            "The rebel proclaimed his own dynasty at the new year, on 8 February 1644.",
            [("the new year", "DATE", "1644-02-08"), ("8 February 1644", "DATE", "1644-02-08")],
        ),
        # with no day beside it, the new year is still the year after
        ("The shop will reopen in the new year.", [("the new year", "DATE", "2017")]),
    ],
)
def test_another_calendars_new_year_is_the_day_given_beside_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1421 the queen bore a son, the future Henry VI.", [("1421", "DATE", "1421")]),
        ("In 1840 she married the future king.", [("1840", "DATE", "1840")]),
        ("In the future Britain will need more power.", [("the future", "DATE", "FUTURE_REF")]),
        ("Nobody knows what the future holds.", [("the future", "DATE", "FUTURE_REF")]),
    ],
)
def test_the_future_before_a_name_or_a_role_is_an_adjective(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1850 he met again the friend he had lost touch with decades before.",
            [("1850", "DATE", "1850"), ("decades", "DURATION", "PXDE")],
        ),
        # a period named by its place ("the months before") is no length counted back
        ("In 1850 prices had risen sharply in the months before.", [("1850", "DATE", "1850")]),
    ],
)
def test_units_before_closing_a_clause_need_no_determiner(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, PUBLISHED) == expected
