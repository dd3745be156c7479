"""Rules added after the blind biography set (`data/gold/timex/blind_biography.jsonl`: a
seventeenth-century orientalist, a railway engineer, a swimmer of the 1920s, a biochemist, a living
fiddler) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "The mill closed in 1931, and today it houses a museum": a "today" that opens a clause after "and",
  "but" or a comma is governed by the verb after it, as one opening a sentence is; in the present tense
  it is the writer's now, not the story's day.
- "Today the bridge they built carries a cycle path": after a date, a subject whose noun is followed
  by a pronoun and a verb ("the bridge they built") holds a relative clause without "that"; the clause's
  own verb is the one after it.
- "in his early twenties", "by her late thirties": a decade named in words after a possessive
  determiner is an age, not the 1920s or 1930s ("the early twenties" stays the decade).
- "She arrived in May 1850. That winter she fell ill": an anaphoric "that winter" after a day of spring
  or summer is the winter of the year just told (named by its December), not the winter just over; a
  "this winter" said in March is still the one just ended.
- "4 minutes 58.8 seconds", "2 hours 8 minutes": two counts of descending units side by side are one
  length, and the finer unit of a clock length may carry a decimal fraction; "five years two weeks ago"
  (a length, then a date) stays two expressions.
- "worked twelve hours a day", "trained six days a week": a length spent in every longer period is that
  period recurring (SET), as "24 hours a day" is.
- "studied in the evenings", "during the nights", "most mornings": a part of the day in the plural after
  "in the", "during the" or "most" is each of them (a SET), as "most summers" is; "the evenings were
  long" and "the evenings of 3 and 4 May" are not.
- "By mid-century the field had grown": "mid-century" is the middle of the century in context, as "the
  middle of the century" is; "mid-century modern" names a style of design.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2023, 9, 18)


def _found(text: str, dct: date | None = WRITTEN) -> list[tuple[str, str, str]]:
    return typed(text, dct, NARRATIVE)


@pytest.mark.parametrize(
    ("text", "dct", "today"),
    [
        ("The mill closed in 1931, and today it houses a museum of weaving.", WRITTEN, "2023-09-18"),
        ("The mill closed in 1931, and today it houses a museum of weaving.", None, "PRESENT_REF"),
        ("The harbour silted up in 1790, but today ferries call there twice a day.", WRITTEN, "2023-09-18"),
        ("The chapel burned in 1844, and today nothing remains of it.", WRITTEN, "2023-09-18"),
        ("In 1926 she swam the strait, and today she was met by a crowd at the pier.", WRITTEN, "1926-01-01"),
    ],
)
def test_a_today_opening_a_clause_takes_the_tense_of_the_verb_after_it(
    text: str, dct: date | None, today: str
) -> None:
    assert ("today", "DATE", today) in _found(text, dct)


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("The mill closed in 1931. Today the looms they saved are on show in Leeds.", "2023-09-18"),
        ("She swam the strait in 1926, and today the stroke she used is taught to beginners.", "2023-09-18"),
        ("The mill closed in 1931. Today the old bridge it built is a footpath.", "2023-09-18"),
        ("The mill closed in 1931. Today the men it employed were told to leave.", "1931-01-01"),
    ],
)
def test_the_verb_after_a_relative_clause_on_the_subject_governs_today(text: str, today: str) -> None:
    assert _found(text)[-1][1:] == ("DATE", today)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In his early twenties he moved to Lyon, in 1846.", [("1846", "DATE", "1846")]),
        ("By her late thirties she had published four novels.", []),
        ("Their mid-forties brought them a second career.", []),
        ("In the early twenties the town doubled in size.", [("the early twenties", "DATE", "192")]),
        ("Prices fell in the late thirties.", [("the late thirties", "DATE", "193")]),
    ],
)
def test_a_decade_word_after_a_possessive_is_an_age(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "winter"),
    [
        ("She arrived in Vienna in May 1850. That winter she fell ill.", "1850-WI"),
        ("The bridge opened in August 1859. That winter the river froze.", "1859-WI"),
        ("The company was founded in April 1902. That winter it nearly failed.", "1902-WI"),
        ("The army reached the coast in January 1813. That winter was the coldest in memory.", "1812-WI"),
    ],
)
def test_that_winter_after_a_day_of_the_year_is_that_years_winter(text: str, winter: str) -> None:
    assert _found(text)[-1] == ("That winter", "DATE", winter)


def test_this_winter_said_in_march_is_still_the_winter_just_ended() -> None:
    assert only("This winter the lake froze for fifty days.", date(2021, 3, 15))[0] == (
        "This winter",
        "2020-WI",
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relay team set a world record of 4 minutes 58.8 seconds.",
            [("4 minutes 58.8 seconds", "DURATION", "PT4M58.8S")],
        ),
        ("She won the marathon in 2 hours 8 minutes.", [("2 hours 8 minutes", "DURATION", "PT2H8M")]),
        ("The flight took two hours forty minutes.", [("two hours forty minutes", "DURATION", "PT2H40M")]),
        (
            "He was sentenced to five years two weeks ago.",
            [("five years", "DURATION", "P5Y"), ("two weeks ago", "DATE", "2023-W36")],
        ),
        ("For 12 years 30 men worked the mine.", [("12 years", "DURATION", "P12Y")]),
    ],
)
def test_counts_of_descending_units_side_by_side_are_one_length(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As an apprentice he worked twelve hours a day.", [("twelve hours a day", "SET", "P1D")]),
        ("The team trained six days a week.", [("six days a week", "SET", "P1W")]),
        ("The furnace ran 20 hours per day.", [("20 hours per day", "SET", "P1D")]),
        ("She earned $40 a week.", [("a week", "SET", "P1W")]),
        ("The mill worked for six days.", [("six days", "DURATION", "P6D")]),
    ],
)
def test_a_length_spent_in_every_longer_period_is_a_set(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He studied drawing in the evenings.", [("the evenings", "SET", "XXXX-XX-XXTEV")]),
        (
            "She wrote in the mornings and walked in the afternoons.",
            [("the mornings", "SET", "XXXX-XX-XXTMO"), ("the afternoons", "SET", "XXXX-XX-XXTAF")],
        ),
        ("During the nights the guns kept firing.", [("the nights", "SET", "XXXX-XX-XXTNI")]),
        ("He was at the pool most mornings.", [("most mornings", "SET", "XXXX-XX-XXTMO")]),
        ("The evenings were long and cold.", []),
        ("He stayed two nights in Lyon.", [("two nights", "DURATION", "P2D")]),
    ],
)
def test_a_part_of_the_day_in_the_plural_is_each_of_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic opened in 1931. By mid-century it treated ten thousand patients.",
            [("1931", "DATE", "1931"), ("mid-century", "DATE", "19")],
        ),
        (
            "The port was rebuilt in 1652. At mid-century it was the busiest on the coast.",
            [("1652", "DATE", "1652"), ("mid-century", "DATE", "16")],
        ),
        ("The country aims to reach net zero by mid-century.", [("mid-century", "DATE", "20")]),
        ("Mid-century modern chairs fill the lobby.", []),
    ],
)
def test_mid_century_is_the_middle_of_the_century_in_context(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


def test_mid_century_carries_mod_mid() -> None:
    assert only("The clinic opened in 1931. By mid-century it had grown.", WRITTEN, NARRATIVE)[-1] == (
        "mid-century",
        "19",
        "MID",
    )
