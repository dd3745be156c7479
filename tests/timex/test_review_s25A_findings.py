"""Second reader's review of the rules that came with the blind adverts and the blind news 109 sets
(`test_blind_adverts_findings.py`, `test_blind_news_109_findings.py`): each row is a sentence of our own.

- "The bank has lent 5000, purchased 1800, and sold the rest": the comma-set list item opened by a
  participle took any participle of a catalogue's entry, so a giving, buying or finishing participle
  before a count ("given 2000", "purchased 1800") made a year of it. Only making or mending dates a thing
  so, and those participles now have their own table (`LISTED_ITEM_MAKING_PARTICIPLES`), which also
  takes the close variants the rule missed ("a cottage, built 1850, enlarged 1901,").
- "He walked the coast path, 1987, 268 miles. In June he walked it again": any mileage after a year set
  off by commas was taken for a car's, so the year of a walk or a race no longer set the story's time and
  June went to the DCT's year. A car's mileage is a clock's reading in thousands ("71,000 miles", "38k
  miles") and now only that, or a registration, marks a model year.
- "Analysts compared the 2019 with the 2020 figures", "from the 2001 until the 2011 census": "the" and a
  year before "with" or "until" was taken for a model's name, but when "the" and a second year with its
  noun follow, that noun is the first year's too (the first left out) and both are years. "Peugeot has
  sold the 2008 since 2013" keeps its name.
- "Floods hit the north. By Friday, 300 dead.": the verbless "by" deadline sent a fronted "By Friday,"
  ahead, but a "by" opening its clause with its day set off by a comma tells the time a tally is told
  at, not a deadline; "Offers by Friday." and "Deadline: by Friday." stay ahead.
- Code: the quarter-closing rule tested `CLOSING_VERBS` and a bare "closes" beside it; "closes" now stands
  in the table, so "Voting closes on the last Friday of the month" also counts that month's Friday, as
  "Voting ends on" did. A misplaced comment (`_WEEKDAY_JOINED_BEFORE`'s, above `_WEEKDAY_RUN_AFTER`) is
  moved back and `_GROUPED_FIGURE_COMMA_BEFORE` has its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SATURDAY = date(2005, 3, 12)
WEDNESDAY = date(2021, 9, 8)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank has lent 5000, purchased 1800, and sold the rest.", []),
        ("Each of the schools, given 2000, spent it on books.", []),
        # making or mending still dates the thing, the close variants too
        ("A walnut bureau, restored 1992, on bracket feet.", [("1992", "DATE", "1992")]),
        (
            "A stone cottage, built 1850, enlarged 1901, with a walled garden.",
            [("1850", "DATE", "1850"), ("1901", "DATE", "1901")],
        ),
        ("Oak dresser, refurbished 2004, some wear.", [("2004", "DATE", "2004")]),
    ],
)
def test_only_making_or_mending_dates_a_listed_item(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "He walked the coast path, 1987, 268 miles. In June he walked it again.",
            NARRATIVE,
            [("1987", "DATE", "1987"), ("June", "DATE", "1987-06")],
        ),
        # a car's mileage in thousands still leaves the advert's own time alone
        (
            "Cars.\nVauxhall Corsa, 2006, 84,000 miles, taxed till March.",
            None,
            [("2006", "DATE", "2006"), ("March", "DATE", "2022-03")],
        ),
    ],
)
def test_only_a_cars_mileage_marks_a_model_year(
    text: str, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts compared the 2019 with the 2020 figures.",
            [("2019", "DATE", "2019"), ("2020", "DATE", "2020")],
        ),
        (
            "The count rose from the 2001 until the 2011 census.",
            [("2001", "DATE", "2001"), ("2011", "DATE", "2011")],
        ),
        # no second year with its noun: the name stands
        ("Peugeot has sold the 2008 since 2013.", [("2013", "DATE", "2013")]),
    ],
)
def test_a_year_sharing_the_noun_of_a_second_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods hit the north. By Friday, 300 dead.", [("Friday", "DATE", "2005-03-11")]),
        ("Storm damage: by Thursday, 40 homes flooded.", [("Thursday", "DATE", "2005-03-10")]),
        # a deadline is still ahead
        ("Sofa, good condition. Offers by Friday.", [("Friday", "DATE", "2005-03-18")]),
        ("Deadline: by Friday.", [("Friday", "DATE", "2005-03-18")]),
    ],
)
def test_a_fronted_by_tells_a_tally_not_a_deadline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealers are pushing sales before the quarter closes.", [("the quarter", "DATE", "2021-Q3")]),
        (
            "Voting closes on the last Friday of the month.",
            [("the last Friday of the month", "DATE", "2021-09-24")],
        ),
    ],
)
def test_closes_is_a_closing_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
