"""Rules added after the thirty-third blind narrative set (`data/gold/timex/blind_narrative_33.jsonl`,
histories of buildings, bridges and cities) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- A relative clause between a past main verb and "today" has a verb of its own ("was founded in 1370 on
  the hill where the castle stands today"): its present tense makes "today" the writer's day.
- "today" in a section heading ("The bridge today") has no verb and no story day of its own: it is the
  writer's day, whatever day the section before it ended on.
- "the night of 2 July 1976" runs into the small hours of the next day: "by 4 a.m." told after it, with
  no day of its own, is on 3 July.
- A period followed by a lower-case word ends an abbreviation ("from 9 a.m. to 5 p.m., and"), not a
  sentence, so the habit the sentence names ("daily") still governs its months.
- A month told after a recurring month or season in its sentence ("came each June and stayed until
  September") recurs with it, in a past habit as in a present one.
- A hedge between "in" and a year before 1000 ("died in about 560, and", "in c. 614") keeps the number a
  year, as "in 560," is, and makes it approximate; "about 300 boats" stays a count.
- A bare "end" before "today" or "tonight" is the verb ("the sale will end today", "the towers still end
  today in flat roofs"); it modifies the day only after a preposition of a bound ("by end today").
- A season before a noun of a place used in it ("the summer residence of the kings", "their winter
  quarters") names a kind of place, even after an article, as a bare "winter fuel" does.
- A year followed by a word in -s that takes a counted object ("a roll of 1391 lists 46 masons") is a
  year before a verb, not a count of things.
- A count of things, a verb of their passing and "a day" ("20,000 vehicles crossed a day", "38,000 cars
  cross it a day") is a rate (SET), as "20,000 vehicles a day" is; "rested a day" stays a length.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

WRITTEN = date(2021, 3, 9)
STORY = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The abbey was founded in 1370 on the hill where the castle stands today.",
            [("1370", "DATE", "1370"), ("today", "DATE", "2021-03-09")],
        ),
        (
            "The town was rebuilt in 1693, around the square that is today its market.",
            [("1693", "DATE", "1693"), ("today", "DATE", "2021-03-09")],
        ),
        (
            "On 3 May 1921 the mayor opened the bridge, which was crowded from dawn.",
            [("3 May 1921", "DATE", "1921-05-03"), ("dawn", "TIME", "1921-05-03TMO")],
        ),
        (
            "On 3 May 1921 the mayor opened the bridge, which crowds crossed all day. Today it was theirs.",
            [("3 May 1921", "DATE", "1921-05-03"), ("Today", "DATE", "1921-05-03")],
        ),
    ],
)
def test_a_present_relative_clause_makes_today_the_writers_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, STORY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The mill burned on 4 June 1911 and was never rebuilt.\n\nThe bridge today\n\n"
            "Some 9,000 cars cross it.",
            WRITTEN,
            [("4 June 1911", "DATE", "1911-06-04"), ("today", "DATE", "2021-03-09")],
        ),
        (
            "The mill burned on 4 June 1911 and was never rebuilt.\n\nThe bridge today\n\n"
            "Some 9,000 cars cross it.",
            None,
            [("4 June 1911", "DATE", "1911-06-04"), ("today", "DATE", "PRESENT_REF")],
        ),
    ],
)
def test_today_in_a_heading_is_the_writers_day(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the night of 2 July 1976 a fire broke out in the roof. It burned for six hours, and by "
            "4 a.m. it was out.",
            [
                ("2 July 1976", "DATE", "1976-07-02"),
                ("six hours", "DURATION", "PT6H"),
                ("4 a.m.", "TIME", "1976-07-03T04:00"),
            ],
        ),
        (
            "On 2 July 1976 a fire broke out in the roof at 4 a.m.",
            [("2 July 1976", "DATE", "1976-07-02"), ("4 a.m.", "TIME", "1976-07-02T04:00")],
        ),
        (
            "On the night of 2 July 1976 a fire broke out in the roof. By 11 p.m. it was out.",
            [("2 July 1976", "DATE", "1976-07-02"), ("11 p.m.", "TIME", "1976-07-02T23:00")],
        ),
    ],
)
def test_the_small_hours_after_a_dated_night_are_the_next_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The work ended in 2019. The castle is open daily from 9 a.m. to 5 p.m., and the keep can be "
            "visited from May to September.",
            [
                ("2019", "DATE", "2019"),
                ("daily", "SET", "P1D"),
                ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
                ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
                ("May", "DATE", "XXXX-05"),
                ("September", "DATE", "XXXX-09"),
            ],
        ),
        (
            "The work ended in 2019. The keep reopened at 9 a.m. The last rooms opened in May.",
            [("2019", "DATE", "2019"), ("9 a.m.", "TIME", "2019-XX-XXT09:00"), ("May", "DATE", "2019-05")],
        ),
    ],
)
def test_an_abbreviations_period_does_not_end_the_sentence_of_a_habit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From 1862 the family came each June and stayed until September.",
            [("1862", "DATE", "1862"), ("each June", "SET", "XXXX-06"), ("September", "DATE", "XXXX-09")],
        ),
        (
            "In the 1890s the fleet sailed every spring and came home in October.",
            [
                ("the 1890s", "DATE", "189"),
                ("every spring", "SET", "XXXX-SP"),
                ("October", "DATE", "XXXX-10"),
            ],
        ),
        (
            "In 1862 the family came every summer. In September it sold the house.",
            [("1862", "DATE", "1862"), ("every summer", "SET", "XXXX-SU"), ("September", "DATE", "1862-09")],
        ),
    ],
)
def test_a_month_after_a_recurring_month_recurs_with_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The saint died at the well in about 560, and pilgrims came to his grave.",
            [("about 560", "DATE", "0560", "APPROX")],
        ),
        (
            "The saint died at the well in around 560. His shrine burned in 892.",
            [("around 560", "DATE", "0560", "APPROX"), ("892", "DATE", "0892", None)],
        ),
        (
            "The town was rebuilt in AD 173. It was sacked in c. 614 and lay empty.",
            [("AD 173", "DATE", "0173", None), ("c. 614", "DATE", "0614", "APPROX")],
        ),
        ("The raiders came in about 300 boats.", []),
        ("The fair sold about 560 horses in a week.", [("a week", "DURATION", "P1W", None)]),
    ],
)
def test_a_hedged_early_year_is_an_approximate_year(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    found = [(e.text, e.type.value, e.value, e.mod) for e in resolve_expressions(text, WRITTEN, kind=STORY)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sale will end today, the shop said.", [("today", "DATE", "2021-03-09", None)]),
        ("The two towers still end today in flat roofs.", [("today", "DATE", "2021-03-09", None)]),
        ("Bids are due by end today.", [("end today", "DATE", "2021-03-09", "END")]),
    ],
)
def test_end_before_today_is_a_verb_unless_a_bound_leads_it(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    found = [(e.text, e.type.value, e.value, e.mod) for e in resolve_expressions(text, WRITTEN)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Built in 1702, it was the summer residence of the kings.", [("1702", "DATE", "1702")]),
        ("In 1777 the army went into its winter quarters at the ford.", [("1777", "DATE", "1777")]),
        (
            "In 1777 the army spent the winter at the ford.",
            [("1777", "DATE", "1777"), ("the winter", "DATE", "1777-WI")],
        ),
    ],
)
def test_a_season_before_a_place_used_in_it_is_no_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An account roll of 1391 lists 46 masons on the site.", [("1391", "DATE", "1391")]),
        ("A charter of 1188 names 12 burgesses.", [("1188", "DATE", "1188")]),
        ("In 2000 stores the chain sells its own bread.", []),
        ("The garrison kept 1500 horses in the outer ward.", []),
    ],
)
def test_a_year_before_a_verb_in_s_is_not_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 1958 some 20,000 vehicles crossed a day.", [("1958", "DATE", "1958"), ("a day", "SET", "P1D")]),
        ("Some 38,000 cars cross it a day.", [("a day", "SET", "P1D")]),
        ("About 40 ships called a year at the old quay.", [("a year", "SET", "P1Y")]),
        ("The 300 soldiers rested a day at the ford.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_a_count_passing_by_a_unit_is_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, STORY) == expected
