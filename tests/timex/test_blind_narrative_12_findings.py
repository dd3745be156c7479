"""Rules added after the twelfth blind narrative set (`data/gold/timex/blind_narrative_12.jsonl`,
encyclopedia biographies) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- A present-tense "Today" whose subject is a list of nouns, the last with a relative clause without
  "that" ("Today his maps, letters and the sledge he built are on show"), is the writer's now: the verb
  of the relative clause does not govern it, as it does not after a single noun; nor does a participle
  with "by" after the subject's noun ("Today the sledge built by his men is on show").
- A year before "won" and an object opened by "a" or "an" is a year before the verb ("in 1914 won a
  scholarship"), as before "won it"; "1500 won a night" is money at a rate.
- A year before a word in -s that can only be a verb ("a chronicle of about 1200 praises her", "a
  report from 2019 says that") or that takes an object pronoun ("a letter of 1850 thanks them") is a
  year before a verb, not a count of a plural noun; "1500 shows a year" and "in 1800 flats that the
  firm owns" are counts.
- "about" after "born" or "died" approximates the year ("born about 1122"), as after "in".
- "the 23rd of that month", "the 9th of the same month": a day of the month just told, as "the 23rd".
- Easter and the feasts counted from it, in a year before the Gregorian reform (1583), fall on their
  Julian date, the calendar such a date is written in (Easter 1141 is 30 March).
- A fixed feast of the church named in full ("on the feast of St Michael", "the feast of the
  Assumption"), as a saint's day ("St Stephen's Day") or by its English name ("Michaelmas", "Candlemas",
  "Lady Day", "Whitsun") is that day; a feast after a date and a comma restates the date and is left
  to it; "the Michaelmas term" is a term of a school or court, as "the autumn term" is.
- "the" and a plural season after a verb of spending and a place or "-ing" ("spent the winters at
  Olite", "spent the summers sailing") is each of those seasons, as "in the summers" is; "the summers
  of 1846 and 1847" are not.
- A month the act of a past permission or agreement is set for ("a contract that allowed him to leave
  in January", "agreed in June to surrender in May") lies after the story's time, in the next year when
  the month has passed; being a plan, it does not move the story there.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SPRING_2013 = date(2013, 4, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hut was rebuilt in 2009.\n\nToday his maps, letters and the sledge he built in Tromsø are on"
            " show in the town museum.",
            [("2009", "DATE", "2009"), ("Today", "DATE", "2013-04-16")],
        ),
        (
            "A plaque was put up in 2010.\n\nToday the boat and the tent they carried north are kept in the"
            " town hall.",
            [("2010", "DATE", "2010"), ("Today", "DATE", "2013-04-16")],
        ),
        (
            "The expedition ended in 1912.\n\nToday the sledge built by his men is on show in Oslo.",
            [("1912", "DATE", "1912"), ("Today", "DATE", "2013-04-16")],
        ),
    ],
)
def test_today_before_a_listed_subject_with_a_relative_clause_is_the_writers_now(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SPRING_2013, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She trained as a nurse and in 1931 won a place at the royal college.", [("1931", "DATE", "1931")]),
        ("The team lost the final and in 1988 won an appeal against the ban.", [("1988", "DATE", "1988")]),
        ("A bed in the hostel cost 1500 won a night.", [("a night", "DURATION", "P1D")]),
    ],
)
def test_a_year_before_won_and_its_object_is_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A chronicle written in about 1200 praises her courage.", [("about 1200", "DATE", "1200")]),
        ("A report released in 2019 says that the bridge is unsafe.", [("2019", "DATE", "2019")]),
        ("A letter written in 1850 thanks them for the loan.", [("1850", "DATE", "1850")]),
        ("The touring company staged 1500 shows a year.", [("a year", "SET", "P1Y")]),
        ("Rents rose in 1800 flats that the firm owns.", []),
        ("In 2000 stores the chain sells its own bread.", []),
    ],
)
def test_a_year_before_a_verb_in_s_with_an_object_is_a_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


def test_about_after_born_or_died_approximates_the_year() -> None:
    found = typed("The abbot was born about 1090 and died about 1157 at Cluny.", None)
    assert found == [("about 1090", "DATE", "1090"), ("about 1157", "DATE", "1157")]
    assert typed("She wrote about 1968 in her second book.", None) == [("1968", "DATE", "1968")]


def test_the_day_of_that_month_is_a_day_of_the_month_just_told() -> None:
    text = (
        "The boats reached the lake in early June 1862. On the 19th of that month the ice broke, and on"
        " the 27th of the same month they sailed north."
    )
    assert typed(text, None) == [
        ("early June 1862", "DATE", "1862-06"),
        ("the 19th of that month", "DATE", "1862-06-19"),
        ("the 27th of the same month", "DATE", "1862-06-27"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The old count died on Christmas Day 1140, and his daughter was crowned at Easter.",
            [("Christmas Day 1140", "DATE", "1140-12-25"), ("Easter", "DATE", "1141-03-30")],
        ),
        ("The abbey church was consecrated at Easter 1280.", [("Easter 1280", "DATE", "1280-04-21")]),
        ("The bridge was opened at Easter 1900.", [("Easter 1900", "DATE", "1900-04-15")]),
    ],
)
def test_easter_before_the_gregorian_reform_is_the_julian_easter(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege lasted through the summer of 1215. The castle fell on the feast of St Michael, and"
            " the king arrived two days later.",
            [
                ("the summer of 1215", "DATE", "1215-SU"),
                ("the feast of St Michael", "DATE", "1215-09-29"),
                ("two days later", "DATE", "1215-10-01"),
            ],
        ),
        (
            "The treaty was sealed on the feast of the Assumption 1356.",
            [("the feast of the Assumption 1356", "DATE", "1356-08-15")],
        ),
        (
            "The rents of 1402 fell due at Michaelmas and at Lady Day.",
            [
                ("1402", "DATE", "1402"),
                ("Michaelmas", "DATE", "1402-09-29"),
                ("Lady Day", "DATE", "1403-03-25"),
            ],
        ),
        (
            "They were married on 2 February 1371, the feast of the Purification, at Ghent.",
            [("2 February 1371", "DATE", "1371-02-02")],
        ),
        ("The brothers held a feast of roast swan for the bishop in 1390.", [("1390", "DATE", "1390")]),
        (
            "The old king died on St Stephen's Day 1135, and the parade on St. Andrew's Day 1136 was banned.",
            [
                ("St Stephen's Day 1135", "DATE", "1135-12-26"),
                ("St. Andrew's Day 1136", "DATE", "1136-11-30"),
            ],
        ),
        (
            "He lectured on law in the Michaelmas term of 1885 and in the Easter term.",
            [("1885", "DATE", "1885")],
        ),
    ],
)
def test_a_feast_of_the_church_is_its_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After 1881 she spent the winters at Menton, where the air was mild.",
            [("1881", "DATE", "1881"), ("the winters", "SET", "XXXX-WI")],
        ),
        (
            "In old age he spent the summers sailing off Skye.",
            [("the summers", "SET", "XXXX-SU")],
        ),
        (
            "The summers of 1846 and 1847 were wet.",
            [("1846", "DATE", "1846"), ("1847", "DATE", "1847")],
        ),
    ],
)
def test_the_plural_season_spent_somewhere_is_each_of_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She joined the orchestra on 4 August 2019 on a contract that allowed her to leave in February."
            " She played in forty concerts in the autumn.",
            [
                ("4 August 2019", "DATE", "2019-08-04"),
                ("February", "DATE", "2020-02"),
                ("the autumn", "DATE", "2019-FA"),
            ],
        ),
        (
            "In June 1450 the garrison agreed to surrender in May if no army came to relieve it.",
            [("June 1450", "DATE", "1450-06"), ("May", "DATE", "1451-05")],
        ),
    ],
)
def test_the_month_a_past_agreement_looks_to_lies_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected
