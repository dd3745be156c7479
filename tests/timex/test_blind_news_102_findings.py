"""Rules added after the hundred-and-second blind news set (`data/gold/timex/blind_news_102.jsonl`,
universities and higher-education news: results day, a lecturers' strike, fees, graduation, rankings, a
research grant, a college's bicentenary, student housing, a campus closure) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "The spring term's marks were posted": a season before a school's term names the term, whose dates are
  the school's own, with the possessive after it as without ("the autumn term" was already left alone).
- "Old boys of the 1948 Society dined in hall", "crews from the 1900 Club": a year between "the" and a
  capitalised noun of a body of people (club, society, association, committee) is part of its name; a name
  that runs on ("the 2025 Club World Cup") names an event of that year, and "the 1990 club season" is one.
- "more rain than in the ten years before": the article makes "the ten years" a stretch of time, told with
  "before" or "after" closing the clause; "returned ten years after" without it stays an offset.
- "Enrolment rose in the 2021-22 session", "fees for 2027-28 will rise": a double year before "session",
  or in a sentence about fees or tuition, is one academic year named by the year it ends in, as "the
  2021-22 academic year" is; a season of play ("won the league in 2019-20") and a work's two years ("built
  in 1921-22") stay two years.
- "the college's strategy to 2035", "a roadmap to 2050": a plan runs up to the year after "to", while "rose
  to 2035" is an amount; "the Global Rankings 2026" names a league table by its year, as "Census 2021"
  does, and a lowercase "the rankings 2025 entries" does not.
- "Prizes go to Ann Lee, who taught here from 1961 to 1989, on Thursday": a relative clause set off by
  commas tells its own time even when the stretch of text read opens on its "who"; the date follows the
  sentence's own verb.
- "Studentships will be advertised this autumn" in an undated text: "this" points at the writer's season,
  whose year is unknown, not at the last year the text named; "that summer" follows the story, and in a
  story quoted speech keeps its speaker's year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2025, 3, 11)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spring term's marks will be posted in April.", [("April", "DATE", "2025-04")]),
        ("Most of the autumn term's lectures were cancelled.", []),
        # the season itself, and a season before a noun that is no term, are left as they were
        (
            "The spring's first lambs were born in March.",
            [
                ("The spring", "DATE", "2025-SP"),
                ("March", "DATE", "2025-03"),
            ],
        ),
        ("Exams were held in the summer.", [("the summer", "DATE", "2024-SU")]),
    ],
)
def test_season_before_a_possessive_term(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Old boys of the 1948 Society dined in hall.", []),
        ("Crews from the 1900 Club rowed past the boathouse.", []),
        ("She chaired the 1922 Committee for a decade.", [("a decade", "DURATION", "P10Y")]),
        # a name that runs on names an event of its year; a lowercase noun is no name
        ("They lost in the 2025 Club World Cup.", [("2025", "DATE", "2025")]),
        ("The 1990 club season was a poor one.", [("1990", "DATE", "1990")]),
        ("The society was founded in 1948.", [("1948", "DATE", "1948")]),
    ],
)
def test_year_in_the_name_of_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The valley had more rain last year than in the ten years before.",
            [
                ("last year", "DATE", "2024"),
                ("the ten years", "DURATION", "P10Y"),
            ],
        ),
        (
            "The mill closed in 1990, and in the two years after, the town shrank.",
            [
                ("1990", "DATE", "1990"),
                ("the two years", "DURATION", "P2Y"),
            ],
        ),
        # without the article the count is how far the story moves on
        (
            "He left in 1990 and returned ten years after.",
            [
                ("1990", "DATE", "1990"),
                ("ten years after", "DATE", "2000"),
            ],
        ),
        (
            "He left in 1990; the year before, he had married.",
            [
                ("1990", "DATE", "1990"),
                ("the year before", "DATE", "1989"),
            ],
        ),
    ],
)
def test_the_count_of_units_before_or_after(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enrolment rose by 6% in the 2021-22 session.", [("2021-22", "DATE", "2022")]),
        ("Tuition fees will rise again from 2027-28.", [("2027-28", "DATE", "2028")]),
        (
            "Colleges must publish their fees for 2026-27 by June.",
            [
                ("2026-27", "DATE", "2027"),
                ("June", "DATE", "2025-06"),
            ],
        ),
        # a season of play and a work's two years stay two years
        (
            "The club won the league in 2019-20 with a late goal.",
            [
                ("2019", "DATE", "2019"),
                ("20", "DATE", "2020"),
            ],
        ),
        ("The bridge was built in 1921-22.", [("1921", "DATE", "1921"), ("22", "DATE", "1922")]),
    ],
)
def test_double_year_of_a_university(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board approved the college's strategy to 2035.", [("2035", "DATE", "2035")]),
        (
            "Ministers set out a roadmap to 2050 last year.",
            [
                ("2050", "DATE", "2050"),
                ("last year", "DATE", "2024"),
            ],
        ),
        ("The Global Rankings 2026 put the college tenth.", [("2026", "DATE", "2026")]),
        # an amount after "to", and a lowercase noun before a number, are no years
        ("Membership rose to 2035 by the spring.", [("the spring", "DATE", "2025-SP")]),
        ("The rankings 2025 entries were late.", []),
    ],
)
def test_plan_up_to_a_year_and_a_table_by_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prizes go to the astronomer Ann Lee, who taught here from 1961 to 1989, on Thursday.",
            [("1961", "DATE", "1961"), ("1989", "DATE", "1989"), ("Thursday", "DATE", "2025-03-13")],
        ),
        # the clause's own verb still rules when no relative clause stands between
        ("The astronomer who taught here retired on Thursday.", [("Thursday", "DATE", "2025-03-06")]),
    ],
)
def test_relative_clause_opening_the_stretch_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "We could lose 200 homes by 2050. Studentships will be advertised this autumn.",
            None,
            [("2050", "DATE", "2050"), ("this autumn", "DATE", "XXXX-FA")],
        ),
        (
            "The hall opened in 1998. This summer it will host the fair again.",
            None,
            [("1998", "DATE", "1998"), ("This summer", "DATE", "XXXX-SU")],
        ),
        # "that" follows the story, and quoted speech in a story keeps its speaker's year
        (
            "In 1998 the hall opened. That summer it hosted a fair.",
            None,
            [("1998", "DATE", "1998"), ("That summer", "DATE", "1998-SU")],
        ),
        (
            'In March 1768 Cook wrote to the Admiralty: "We shall sail this autumn."',
            NARRATIVE,
            [("March 1768", "DATE", "1768-03"), ("this autumn", "DATE", "1768-FA")],
        ),
    ],
)
def test_this_season_in_an_undated_text(
    text: str, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, kind) == expected
