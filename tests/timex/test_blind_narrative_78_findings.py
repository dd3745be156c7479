"""Rules added after the seventy-eighth blind narrative set (`data/gold/timex/blind_narrative_78.jsonl`,
encyclopedia lives of invented statesmen, generals and reformers of the nineteenth century) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "spent the winters in Bermuda and the summers at Windsor", "in the mornings and the evenings": a plural
  season or part of the day after "and" shares the verb or preposition that made the first one a set.
- "in the last months of the war", "the last weeks of the campaign": "the last" and a plural unit before
  "of" is a stage of an event, tagged whole as "the first months" and "the final days" are; "the last years
  of his life" stays untagged and "in the last hours of 5 October" is told by its date.
- "wrote to each one a month after she left": "one" after "each", "every" or "any" is a pronoun, not the
  count of a rate ("sold one a month"), so the length before "after" stands.
- "matchboxes for a few pence a day", "500 yen a day": "pence" and "yen" are plurals without "-s", so a sum
  in them before "a day" makes a rate (SET), as "a few dollars a day" does.
- "a barrister twelve years her senior", "five years his junior", "ten years younger than his wife": a
  count of years comparing two ages is no length, as "two years older" is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2012, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She spent the winters in Naples and the summers at her brother's farm.",
            [("the winters", "SET", "XXXX-WI"), ("the summers", "SET", "XXXX-SU")],
        ),
        (
            "He spent the mornings writing letters and the afternoons riding.",
            [("the mornings", "SET", "XXXX-XX-XXTMO"), ("the afternoons", "SET", "XXXX-XX-XXTAF")],
        ),
        (
            "The old judge read in the mornings and the evenings.",
            [("the mornings", "SET", "XXXX-XX-XXTMO"), ("the evenings", "SET", "XXXX-XX-XXTEV")],
        ),
        ("They disliked the winters and the summers were too hot.", []),
    ],
)
def test_plural_season_after_and_shares_the_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regiment saw little fighting in the last months of the war.",
            [("the last months", "DURATION", "PXM")],
        ),
        ("Desertions rose during the last weeks of the siege.", [("the last weeks", "DURATION", "PXW")]),
        ("The last days of the campaign were wet.", [("The last days", "DURATION", "PXD")]),
        ("She spent the last years of her life at Bath.", []),
    ],
)
def test_the_last_units_of_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1851 she married a surgeon fifteen years her senior.", [("1851", "DATE", "1851")]),
        ("His second wife was nine years his junior.", []),
        ("The duke was eleven years younger than his brother.", []),
        ("He was a decade her senior and a widower.", []),
        ("For five years senior clerks ran the office.", [("five years", "DURATION", "P5Y")]),
        ("For three years younger members kept the club alive.", [("three years", "DURATION", "P3Y")]),
    ],
)
def test_years_comparing_ages(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor answered each one a week after it arrived.",
            [("a week", "DURATION", "P1W")],
        ),
        ("He thanked every one a month after the ball.", [("a month", "DURATION", "P1M")]),
        ("The yard launched one a year.", [("a year", "SET", "P1Y")]),
    ],
)
def test_pronoun_one_before_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The children picked oakum for a few pence a day.", [("a day", "SET", "P1D")]),
        ("A bed in the hostel cost 800 yen a night.", [("a night", "SET", "P1D")]),
    ],
)
def test_sums_in_plurals_without_s_before_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
