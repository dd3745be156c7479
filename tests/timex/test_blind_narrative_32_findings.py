"""Rules added after the thirty-second blind narrative set (`data/gold/timex/blind_narrative_32.jsonl`,
histories of economic and social crises) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "2 February 1719/20", "January 1720/21": before 1752 English writers gave a date of January to March
  both years, the one that began at Lady Day and the one that began on 1 January; the date is in the
  later, and the story goes on in it ("fled on 21 January" is 1721).
- "the following Monday", "the Friday after": a weekday counted from the story's own day is a step of
  the story, like "the next day", not a day of the week the text was published in, so a history told
  day by day with a few such weekdays is still a narrative.
- "The act stayed in force for more than a century, until its repeal in 1825": how long a law or a
  practice outlived the story ("stayed in force", "remained in use") is told in passing; the dates
  after it are still the story's.
- "after the fall of 19 October 1987": a number after "the fall of" that a month name follows is the
  day of a date, not a year of two digits after the season.
- "by the middle of the decade the producers could no longer hold the price": "could no longer" and
  "could never" tell a lost ability in the past, as "could not" does.
- "In the first quarter of 1974 the bills ran at twice the level of a year earlier": in a history, "a
  year earlier" compares with the quarter the sentence has named, not the one before the time of
  writing.
- "matched in less than a second.", "stood still for a second or two": "a second" closing a measure of
  time after "than", "for" or "within" is a length; "a second wave", "a second time" are ordinals.
- "comparisons with 1929 were drawn", "compared with 2019": a number after "with" that follows a word
  of comparing is the year compared; after a bare "with" it stays a count ("won with 1929 votes").
- "Midsummer Day", "Midsummer Eve": the English quarter day of 24 June and its eve are feasts of a
  fixed day, as Lady Day and Michaelmas are.
- "on 6 October 1973, the day of Yom Kippur", "29 September, the feast of Michaelmas": a feast in
  apposition after a date restates the date and is not a second expression.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2019, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill was read on 2 February 1719/20 and passed on 7 April 1720.",
            [("2 February 1719/20", "DATE", "1720-02-02"), ("7 April 1720", "DATE", "1720-04-07")],
        ),
        (
            "The inquiry opened in January 1720/21, and the cashier fled on 21 January.",
            [("January 1720/21", "DATE", "1721-01"), ("21 January", "DATE", "1721-01-21")],
        ),
        (
            "The lease was signed on March 3, 1688/9.",
            [("March 3, 1688/9", "DATE", "1689-03-03")],
        ),
    ],
)
def test_a_double_year_is_the_year_begun_on_1_january(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


HISTORY_BY_DAYS = (
    "The Grain Panic of 1847 was a run on the corn exchanges of Liverpool and London in the autumn of "
    "1847. It began on Monday 18 October 1847 and was over by 2 November.\n\n"
    "Prices had risen through August and September. On Wednesday 20 October the first merchant house "
    "failed, and by the end of the week four more had closed. Trading on Friday was thin, and on "
    "Saturday the banks refused all bills. The selling resumed on the following Monday, and two days "
    "later the Bank of England was allowed to lend beyond its limit.\n\n"
    "Today the exchange building is a library."
)


def test_weekdays_counted_from_the_story_leave_a_history_a_narrative() -> None:
    assert detect_document_kind(HISTORY_BY_DAYS, date(2017, 3, 6)) == NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guild was chartered on 11 June 1720. Its rule stayed in force for more than a century, "
            "until its repeal in 1825.\n\nThe first meeting, on 17 June, chose a master.",
            [
                ("11 June 1720", "DATE", "1720-06-11"),
                ("more than a century", "DURATION", "P100Y"),
                ("1825", "DATE", "1825"),
                ("17 June", "DATE", "1720-06-17"),
            ],
        ),
        (
            "The canal opened on 2 May 1794. Its locks remained in use until 1911. On 9 May a barge sank.",
            [
                ("2 May 1794", "DATE", "1794-05-02"),
                ("1911", "DATE", "1911"),
                ("9 May", "DATE", "1794-05-09"),
            ],
        ),
    ],
)
def test_how_long_a_rule_outlived_the_story_is_told_in_passing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


def test_a_number_before_a_month_after_the_fall_of_is_a_day() -> None:
    text = "Comparisons were drawn after the fall of 19 October 1987 and in the autumn of 2008."
    assert typed(text, WRITTEN, NARRATIVE) == [
        ("19 October 1987", "DATE", "1987-10-19"),
        ("the autumn of 2008", "DATE", "2008-FA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output fell in 1981 and 1982, and by the middle of the decade the mills could no longer "
            "pay their debts.",
            [("1981", "DATE", "1981"), ("1982", "DATE", "1982"), ("the middle of the decade", "DATE", "198")],
        ),
        (
            "Output fell in 1981 and 1982, and by the end of the year the mills could never pay.",
            [("1981", "DATE", "1981"), ("1982", "DATE", "1982"), ("the end of the year", "DATE", "1982")],
        ),
    ],
)
def test_could_no_longer_and_could_never_are_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


def test_a_year_earlier_compares_with_the_history_s_quarter() -> None:
    text = "In the second quarter of 1975 the steel orders were half the level of a year earlier."
    assert typed(text, WRITTEN, NARRATIVE) == [
        ("the second quarter of 1975", "DATE", "1975-Q2"),
        ("a year earlier", "DATE", "1974-Q2"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most trades are settled in less than a second.", [("less than a second", "DURATION", "PT1S")]),
        ("The needle stood still for a second or two.", [("a second", "DURATION", "PT1S")]),
        ("A second wave followed, and for a second time the mill closed.", []),
    ],
)
def test_a_second_closing_a_measure_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comparisons with 1929 were drawn at once.", [("1929", "DATE", "1929")]),
        (
            "Exports were a tenth lower compared with 1913, the last year of peace.",
            [("1913", "DATE", "1913")],
        ),
        ("The motion was carried with 1929 votes to spare.", []),
    ],
)
def test_a_year_after_compared_with_is_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


def test_midsummer_day_and_eve_are_fixed_feasts() -> None:
    text = "The rents of 1714 fell due at Midsummer Day, and the fair opened on Midsummer Eve 1715."
    assert typed(text, WRITTEN, NARRATIVE) == [
        ("1714", "DATE", "1714"),
        ("Midsummer Day", "DATE", "1714-06-24"),
        ("Midsummer Eve 1715", "DATE", "1715-06-23"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army crossed the canal on 6 October 1973, the day of Yom Kippur.",
            [("6 October 1973", "DATE", "1973-10-06")],
        ),
        (
            "The tenants paid on 29 September 1766, the feast of Michaelmas, and again on Christmas Day.",
            [("29 September 1766", "DATE", "1766-09-29"), ("Christmas Day", "DATE", "1766-12-25")],
        ),
    ],
)
def test_a_feast_in_apposition_after_a_date_restates_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected
