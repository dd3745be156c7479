"""Rules added after the mixed-genre blind set (`data/gold/timex/blind_mixed.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "the other day" is a recent past day left unnamed (PAST_REF).
- "each calendar quarter" is "every quarter"; "every night" is a part of each day, as "every morning"
  is; "every Saturday morning" is a part of each of those days.
- A spoken hedge between the preposition and a spelled clock time ("at like two in the morning")
  leaves it a time.
- "no later than 30 days after ...": the bound is on the point the length leads to; the length alone
  is the expression.
- In a story, a season named by a bare "this", "last" or "next" is the writer's (counted from the DCT,
  as "last year" is); "the next summer" and a past-tense "Next summer he married" follow the story.
- A sentence that opens with its year ("In 2011 the oven broke in December") gives that year to the
  months and holidays it names without one.
- In a story or an undated text, a month in a present-tense sentence of what recurs ("open daily from
  June to September") is that month of every year.
- A news "a year earlier" after a month named in the sentence is that month of the year before.
- "the turn of the century" is the hundredth year nearest the time in context, approximately.
- "Some days we sold ten loaves": a vague count of days opening a clause before its subject says how
  often (on some days), not how long.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

MONDAY = date(2016, 5, 9)
TUESDAY = date(2024, 8, 20)


def _with_mods(text: str, dct: date | None) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type.value, e.value, e.mod) for e in resolve_expressions(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I ran into her at the market the other day.", [("the other day", "DATE", "PAST_REF")]),
        ("The other day a man from the bank phoned.", [("The other day", "DATE", "PAST_REF")]),
        ("She takes the tablets every other day.", [("every other day", "SET", "P2D")]),
    ],
)
def test_the_other_day_is_a_recent_past_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lenders must file a return each calendar quarter.", [("each calendar quarter", "SET", "P1Q")]),
        ("The index is rebalanced every calendar year.", [("every calendar year", "SET", "P1Y")]),
        ("The guard walked the fence every night.", [("every night", "SET", "XXXX-XX-XXTNI")]),
        ("He phoned his mother every other night.", [("every other night", "SET", "P2D")]),
        ("Rooms cost ninety dollars a night.", [("a night", "SET", "P1D")]),
        (
            "A ranger leads a bird walk every Sunday morning.",
            [("every Sunday morning", "SET", "XXXX-WXX-7TMO")],
        ),
        ("The choir rehearses every Wednesday.", [("every Wednesday", "SET", "XXXX-WXX-3")]),
    ],
)
def test_recurring_calendar_periods_and_parts_of_days(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last Tuesday the alarm went off at like two in the morning.",
            [("Last Tuesday", "DATE", "2016-05-03"), ("two in the morning", "TIME", "2016-05-03T02:00")],
        ),
        (
            "Yesterday we closed at exactly four thirty.",
            [("Yesterday", "DATE", "2016-05-08"), ("four thirty", "TIME", "2016-05-08T04:30")],
        ),
        ("It looks like two tonight.", [("tonight", "TIME", "2016-05-09TNI")]),
    ],
)
def test_a_spoken_hedge_before_a_spelled_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Applicants shall register no later than 60 days after the rule takes effect.",
            [("60 days", "DURATION", "P60D", None)],
        ),
        (
            "Claims filed no earlier than ten days before the hearing will be heard.",
            [("ten days", "DURATION", "P10D", None)],
        ),
        ("The repairs took more than 30 days.", [("more than 30 days", "DURATION", "P30D", "MORE_THAN")]),
        ("Pay the fee no later than March 1.", [("March 1", "DATE", "2016-03-01", None)]),
    ],
)
def test_a_bound_on_a_point_leaves_the_length_alone(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _with_mods(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She joined the club in 2019, and she captained the side at the European finals this summer.",
            [("2019", "DATE", "2019"), ("this summer", "DATE", "2024-SU")],
        ),
        (
            "The council approved the bridge in 2021, and next spring, after a long delay, the first cars "
            "will cross it.",
            [("2021", "DATE", "2021"), ("next spring", "DATE", "2025-SP")],
        ),
        (
            "He was appointed in 2003. Last winter he retired.",
            [("2003", "DATE", "2003"), ("Last winter", "DATE", "2023-WI")],
        ),
        (
            "He moved to Leeds in 1921. The next summer he married.",
            [("1921", "DATE", "1921"), ("The next summer", "DATE", "1922-SU")],
        ),
        (
            "He moved to Leeds in 1921. Next summer he married.",
            [("1921", "DATE", "1921"), ("Next summer", "DATE", "1922-SU")],
        ),
    ],
)
def test_a_deictic_season_in_a_story_is_the_writers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oh, it was awful. In 2012 the boiler failed in the middle of January, right after New Year's Day.",
            [
                ("2012", "DATE", "2012"),
                ("the middle of January", "DATE", "2012-01"),
                ("New Year's Day", "DATE", "2012-01-01"),
            ],
        ),
        ("In 2013 the shop flooded in March.", [("2013", "DATE", "2013"), ("March", "DATE", "2013-03")]),
    ],
)
def test_a_sentence_opening_with_its_year_dates_its_months(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The lighthouse was built in 1856. Today it is a museum, open daily from May to October.",
            None,
            DocumentKind.NARRATIVE,
            [
                ("1856", "DATE", "1856"),
                ("Today", "DATE", "PRESENT_REF"),
                ("daily", "SET", "P1D"),
                ("May", "DATE", "XXXX-05"),
                ("October", "DATE", "XXXX-10"),
            ],
        ),
        (
            "The mill closed in 1931. Each year the village still holds its fair in July.",
            date(2020, 3, 2),
            DocumentKind.NARRATIVE,
            [("1931", "DATE", "1931"), ("Each year", "SET", "P1Y"), ("July", "DATE", "XXXX-07")],
        ),
        (
            "The mill closed in 1931. In July the village held its last fair.",
            date(2020, 3, 2),
            DocumentKind.NARRATIVE,
            [("1931", "DATE", "1931"), ("July", "DATE", "1931-07")],
        ),
        (
            "Garden waste is collected fortnightly from April to October.",
            date(2020, 3, 2),
            DocumentKind.NEWS,
            [("fortnightly", "SET", "P2W"), ("April", "DATE", "2020-04"), ("October", "DATE", "2020-10")],
        ),
    ],
)
def test_a_month_of_what_recurs_in_a_story_is_every_years(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind=kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The carrier had 3.4 million customers at the end of September, up from 2.9 million a year earlier.",
            [("the end of September", "DATE", "2015-09"), ("a year earlier", "DATE", "2014-09")],
        ),
        (
            "Exports in February rose 6 percent from a year earlier.",
            [("February", "DATE", "2016-02"), ("a year earlier", "DATE", "2015-02")],
        ),
    ],
)
def test_a_year_earlier_after_a_month_is_that_month_a_year_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("At the turn of the century the firm moved online.", MONDAY, ("2000", "APPROX")),
        (
            "The mill opened in 1894. At the turn of the century it employed 300 people.",
            None,
            ("1900", "APPROX"),
        ),
    ],
)
def test_the_turn_of_the_century_is_the_nearest_hundredth_year(
    text: str, dct: date | None, expected: tuple[str, str]
) -> None:
    turns = [(e.value, e.mod) for e in resolve_expressions(text, dct) if "turn" in e.text]
    assert turns == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some days we sold ten loaves.", []),
        ("It was a hard winter. Many weeks they had no heating at all.", []),
        ("The repair took some days.", [("some days", "DURATION", "PXD")]),
        ("For some weeks they waited for news.", [("some weeks", "DURATION", "PXW")]),
    ],
)
def test_a_vague_count_of_days_before_the_subject_says_how_often(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected
