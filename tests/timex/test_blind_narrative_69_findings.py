"""Rules added after the sixty-ninth blind narrative set (`data/gold/timex/blind_narrative_69.jsonl`,
histories of medieval and early modern England and the Low Countries dated by feasts, regnal years and
law terms) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "the morrow of All Souls", "the vigil of St Andrew", "the octave of Easter": medieval records date by
  the day after a feast, the day before it and the eighth day counting it, each one expression.
- "the Monday after Michaelmas", "the Sunday after Trinity", "the Thursday before Palm Sunday": the
  first such weekday after or before the feast (in the Julian calendar where the text's dates are).
- "on the feast of St Luke in 1402", "the octave of Easter in 1390": a feast with "in" and a year right
  after it is that year's, though the year is its own expression.
- "the Nativity of St John the Baptist" (24 June) and "the first Sunday of Lent" (42 days before
  Easter): feasts named without "the feast of" or "day".
- "the quarter days", "the quarter sessions": the four days rents fell due and the court held each
  quarter, no quarter of a year.
- "in Easter and Trinity terms", "the Easter law term": the law terms are a court's own sittings, not
  the feasts they are named after.
- "3 Edward I", "the tenth year of Henry VIII", "the fourth year of the reign of Edward III": a regnal
  year of an English sovereign is the Gregorian year most of it falls in, counted from the accession day;
  "[the tenth year] of his reign" takes the sovereign named before it in the sentence ("King John" only
  with the title).
- "the year of our Lord 1361", "the year of grace 1216": one expression; "a century ago this year" is the
  year that far back.
- "on 11 June, the Sunday after Trinity", "the next day, the feast of the Nativity of St John the
  Baptist": a feast set off after a day restates it and is no expression of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2016, 3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parliament met on the morrow of St Hilary, 1401.",
            [("the morrow of St Hilary, 1401", "DATE", "1401-01-14")],
        ),
        (
            "The rent fell due on the vigil of Christmas 1420.",
            [("the vigil of Christmas 1420", "DATE", "1420-12-24")],
        ),
        (
            "The old abbot died on the octave of Easter 1390.",
            [("the octave of Easter 1390", "DATE", "1390-04-10")],
        ),
        (
            "The jury was sworn on the morrow of the Purification 1366.",
            [("the morrow of the Purification 1366", "DATE", "1366-02-03")],
        ),
        (
            "The king's letters were sealed on the morrow of the Ascension 1410.",
            [("the morrow of the Ascension 1410", "DATE", "1410-05-02")],
        ),
    ],
)
def test_days_counted_from_a_feast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The wool fair opened on the Monday after Michaelmas 1406.",
            [("the Monday after Michaelmas 1406", "DATE", "1406-10-04")],
        ),
        (
            "The new prior was installed on the Sunday after Trinity 1398.",
            [("the Sunday after Trinity 1398", "DATE", "1398-06-09")],
        ),
        (
            "The town was taken on the Thursday before Palm Sunday 1460.",
            [("the Thursday before Palm Sunday 1460", "DATE", "1460-04-03")],
        ),
    ],
)
def test_a_weekday_after_or_before_a_feast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was opened on the feast of St Luke in 1402.",
            [("the feast of St Luke", "DATE", "1402-10-18"), ("1402", "DATE", "1402")],
        ),
        (
            "The chapter met on the octave of Easter in 1390 to elect him.",
            [("the octave of Easter", "DATE", "1390-04-10"), ("1390", "DATE", "1390")],
        ),
    ],
)
def test_a_feast_with_in_and_a_year_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair began on the Nativity of St John the Baptist 1410.",
            [("the Nativity of St John the Baptist 1410", "DATE", "1410-06-24")],
        ),
        (
            "The bishop preached at the cross on the first Sunday of Lent 1520.",
            [("the first Sunday of Lent 1520", "DATE", "1520-02-26")],
        ),
    ],
)
def test_feasts_named_without_feast_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tenants paid their rents on the quarter days.",
        "The case was sent on to the quarter sessions at Maidstone.",
        "The case was argued twice, in Easter and Trinity terms.",
        "The Easter law term was cut short by the plague.",
    ],
)
def test_quarter_days_and_law_terms_are_not_dates(text: str) -> None:
    assert typed(text, TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The statute of 13 Edward I set out the form of the gift.",
            [("13 Edward I", "DATE", "1285")],
        ),
        (
            "In the tenth year of Henry VIII the abbey was visited by the bishop.",
            [("the tenth year of Henry VIII", "DATE", "1518")],
        ),
        (
            "The charter was renewed in the fourth year of the reign of Edward III.",
            [("the fourth year", "DATE", "1330")],
        ),
        ("The scene comes from 1 Henry IV, where Falstaff boasts of the robbery.", []),
    ],
)
def test_english_regnal_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charter was sealed by Henry VIII in the tenth year of his reign.",
            [("the tenth year", "DATE", "1518")],
        ),
        (
            "King John granted the market in the third year of his reign.",
            [("the third year", "DATE", "1201")],
        ),
        ("John Carter paid the fine in the third year of his tenancy.", []),
    ],
)
def test_a_regnal_year_of_a_sovereign_named_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The annal for the year of our Lord 1361 tells of a second pestilence.",
            [("the year of our Lord 1361", "DATE", "1361")],
        ),
        ("The town was burned in the year of grace 1216.", [("the year of grace 1216", "DATE", "1216")]),
        (
            "The chapel was consecrated a century ago this year.",
            [("a century ago this year", "DATE", "1916")],
        ),
        (
            "It was rebuilt on 11 June, the Sunday after Trinity.",
            [("11 June", "DATE", "2015-06-11")],
        ),
        (
            "The garrison sailed on 23 June 1410 and landed the next day, the feast of the Nativity of St John "
            "the Baptist.",
            [("23 June 1410", "DATE", "1410-06-23"), ("the next day", "DATE", "1410-06-24")],
        ),
    ],
)
def test_years_named_in_full_and_feasts_in_apposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected
