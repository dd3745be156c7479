"""Rules added after the sixty-fourth blind narrative set (`data/gold/timex/blind_narrative_64.jsonl`,
encyclopedia histories of Asian dynasties and states) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "In 1499 merchants from Venice reached the port": a sentence opening on "In" and a year, then a plural
  subject with its origin ("from/of" and a name) and its past verb, is set in that year; the number is
  no count of the merchants.
- "the sultan, who reigned 1520-1566": a verb of a reign or a life takes its span of years with no
  preposition, and both numbers are years.
- "In 1689, the second year of Genroku", "the tenth year of Wanli (1582)", "the first year of Kanbun is
  1661": a year of an era named by a proper noun is the Western year the text gives beside it (without
  one only a table of eras could give it, and it is left untagged).
- "died in March 1598, in the 31st year of his reign": a regnal year set beside a date just given is
  that date's year.
- "on 2 March 1610, the seventh day of the second month of Keichō 15," and "the ninth day of the third
  month, 4 May 1597": a day of the lunar calendar in apposition to the Western day is that day.
- "A festival this year recalls the reign, and a parade today marks the day on which the king was
  crowned": a past verb read after the day word and past a relative word belongs to the relative clause,
  so a present-tense "today" in a story standing on a year is the writer's day.
- "In 1812 ... The following winter": the first winter after a whole year begins in that year's
  December, and a winter is named by the year of its December.
- "ships were driven by the trade winds, which blow from the east in winter": a present-tense relative
  clause inside a past sentence tells how every year goes, so its bare season is every year's.
- "the assembly declared 9 October a national Hangul Day": a date a verb of declaring makes a named day
  is that day of every year, whatever the tense of the declaring.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

STORY = DocumentKind.NARRATIVE
THURSDAY = date(2016, 6, 9)
SATURDAY = date(2022, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour was rebuilt. In 1499 merchants from Venice reached the port with glass.",
            [("1499", "DATE", "1499")],
        ),
        (
            "The road was finished. In 1710 pilgrims of Castile had begun to use it.",
            [("1710", "DATE", "1710")],
        ),
    ],
)
def test_a_year_before_a_subject_with_its_origin(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sultan, who reigned 1520-1566, enlarged the fleet.",
            [("1520", "DATE", "1520"), ("1566", "DATE", "1566")],
        ),
        (
            "The poet, who lived 1313–1375, wrote in the vernacular.",
            [("1313", "DATE", "1313"), ("1375", "DATE", "1375")],
        ),
    ],
)
def test_a_span_of_years_after_a_verb_of_reign_or_life(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY, kind=STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1689, the second year of Genroku, the poet set out on his journey north.",
            [("1689", "DATE", "1689"), ("the second year of Genroku", "DATE", "1689")],
        ),
        (
            "In the tenth year of Wanli (1582) the grand secretary died.",
            [("the tenth year of Wanli", "DATE", "1582"), ("1582", "DATE", "1582")],
        ),
        (
            "By that count the first year of Kanbun is 1661.",
            [("the first year of Kanbun", "DATE", "1661"), ("1661", "DATE", "1661")],
        ),
        # without the Western year beside it, only a table of eras could give the year
        ("The edict is dated the fourth year of Kanbun.", []),
    ],
)
def test_a_year_of_a_named_era_beside_its_western_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY, kind=STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The king died at his summer palace in March 1598, in the 31st year of his reign.",
            [("March 1598", "DATE", "1598-03"), ("the 31st year", "DATE", "1598")],
        ),
        (
            "When the queen died in 1714, in the 13th year of her rule, the crown passed abroad.",
            [("1714", "DATE", "1714"), ("the 13th year", "DATE", "1714")],
        ),
    ],
)
def test_a_regnal_year_beside_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The castle was finished on 2 March 1610, the seventh day of the second month of Keichō 15, "
            "after two years of work.",
            [
                ("2 March 1610", "DATE", "1610-03-02"),
                ("the seventh day of the second month of Keichō 15", "DATE", "1610-03-02"),
                ("two years", "DURATION", "P2Y"),
            ],
        ),
        (
            "The fleet sailed on the ninth day of the third month, 4 May 1597, from the southern coast.",
            [
                ("the ninth day of the third month", "DATE", "1597-05-04"),
                ("4 May 1597", "DATE", "1597-05-04"),
            ],
        ),
    ],
)
def test_a_lunar_day_in_apposition_to_its_western_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY, kind=STORY) == expected


def test_today_before_a_past_relative_clause_is_the_writers_day() -> None:
    text = (
        "The town held its fair in 1604. This year is the fair's anniversary, and events have run "
        "throughout 2016; a parade today marks the day in 1604 on which the charter was sealed."
    )
    assert ("today", "DATE", "2016-06-09") in typed(text, THURSDAY, kind=STORY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1812 the army reached the river. The following winter the survivors straggled home.",
            [("1812", "DATE", "1812"), ("The following winter", "DATE", "1812-WI")],
        ),
        (
            "In 1812 the army reached the river. The following spring the survivors straggled home.",
            [("1812", "DATE", "1812"), ("The following spring", "DATE", "1813-SP")],
        ),
    ],
)
def test_the_following_winter_after_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=STORY) == expected


def test_a_season_in_a_present_relative_clause_is_every_years() -> None:
    text = (
        "In 1521 the fleet left the islands. The ships were driven by the trade winds, which blow "
        "from the east in winter."
    )
    assert typed(text, THURSDAY, kind=STORY) == [("1521", "DATE", "1521"), ("winter", "DATE", "XXXX-WI")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1946 the assembly declared 9 October a national Hangul Day, and schools closed.",
            [("1946", "DATE", "1946"), ("9 October", "DATE", "XXXX-10-09")],
        ),
        # a one-off day of mourning is not a named day of every year (and the kind given to the date is
        # no length: "declared a day of national mourning" untagged in blind_news_56)
        (
            "In 1946 the assembly declared 9 October a day of mourning.",
            [("1946", "DATE", "1946"), ("9 October", "DATE", "1946-10-09")],
        ),
    ],
)
def test_a_date_declared_a_named_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY, kind=STORY) == expected
