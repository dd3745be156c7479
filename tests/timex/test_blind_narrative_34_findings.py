"""Rules added after the thirty-fourth blind narrative set (`data/gold/timex/blind_narrative_34.jsonl`: two
long war histories with section headings, a war of the early eighteenth century and a civil war of the
1930s) was scored once: each row is a sentence of our own showing the general English usage behind one
finding.

- "made peace at Rastatt on 6 March 1714 and at Baden on 7 September": a day joined by "and" to a date
  written with its year, as the next of a list of acts, goes on in that year, even when the text dated the same day of
  the month in an earlier year; named again more than half a year from the story's time in a sentence
  of its own, it is still that earlier day recalled.
- "signed on 25 July 1936 ... [1938] reached the sea on 15 April ... crossed the river on 25 July": a
  day of the month dated two or more years before the story's time is no longer the one a bare date
  up to half a year on recalls; the story steps on to it.
- "For the next month he burned the villages", "governed it for the next decade": "for" before "the
  next" month, decade or century makes it how long the act went on (a duration), while "set for the
  next month" stays the date planned ("for the next year" keeps the year, as decided before).
- "went in at six in the evening, after a march that had begun at three in the morning": a past perfect
  at a small-hours clock time looks back to that day, not on past midnight into the next.
- "as armies of the age did every year from November until April": a month right after "every year
  from" (or "in", "between") is that month of every year, and so are the months its range goes on to.
- "the winter wheat died in the ground": a season before a noun it makes a kind of ("winter wheat",
  "summer camps") is no time even with the noun's article before it.
- "had agreed to help him on 25 July", told in October: an agreement in the past perfect lies behind the
  story's time, and the act it looked to is not pushed into the next year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


def _found(text: str, dct: date | None = None) -> list[tuple[str, str, str]]:
    return typed(text, dct, NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet beat the rebels on 14 June 1811. In 1818 the revolt flared again. The regent signed a "
            "truce at Lund on 2 February 1820 and a peace at Ystad on 14 June.",
            [
                ("14 June 1811", "DATE", "1811-06-14"),
                ("1818", "DATE", "1818"),
                ("2 February 1820", "DATE", "1820-02-02"),
                ("14 June", "DATE", "1820-06-14"),
            ],
        ),
        (
            "The fleet beat the rebels on 14 November 1811. In 1818 the revolt flared again. The regent signed "
            "a truce at Lund on 2 February 1820. The old victory had thus fallen on 14 November.",
            [
                ("14 November 1811", "DATE", "1811-11-14"),
                ("1818", "DATE", "1818"),
                ("2 February 1820", "DATE", "1820-02-02"),
                ("14 November", "DATE", "1811-11-14"),
            ],
        ),
    ],
)
def test_a_day_later_in_the_sentence_of_a_full_date_goes_on_in_its_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The earl lost the harbour in 1642. For the next month his men raided the coast.",
            [("1642", "DATE", "1642"), ("the next month", "DURATION", "P1M")],
        ),
        (
            "In 1870 she moved to Lyon, where she taught music for the next decade.",
            [("1870", "DATE", "1870"), ("the next decade", "DURATION", "P10Y")],
        ),
        (
            "The vote was held in May 1990. A second one was set for the next month.",
            [("May 1990", "DATE", "1990-05"), ("the next month", "DATE", "1990-06")],
        ),
        (
            "The mill burned in 1905. Plans for the next decade were dropped.",
            [("1905", "DATE", "1905"), ("the next decade", "DATE", "191")],
        ),
    ],
)
def test_for_the_next_unit_is_how_long_an_act_went_on(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 May 1760 the relief column reached the fort. It attacked at seven in the evening, after a "
            "march that had started at four in the morning.",
            [
                ("9 May 1760", "DATE", "1760-05-09"),
                ("seven in the evening", "TIME", "1760-05-09T19:00"),
                ("four in the morning", "TIME", "1760-05-09T04:00"),
            ],
        ),
        (
            "On 9 May 1760 the guns opened at eleven in the evening and fired until two in the morning.",
            [
                ("9 May 1760", "DATE", "1760-05-09"),
                ("eleven in the evening", "TIME", "1760-05-09T23:00"),
                ("two in the morning", "TIME", "1760-05-10T02:00"),
            ],
        ),
    ],
)
def test_a_past_perfect_at_a_small_hours_clock_looks_back_to_that_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels took the port on 3 November 1847.\n\nAllies\n\nThe sultan had agreed to help them on "
            "12 August, after a long talk.",
            [("3 November 1847", "DATE", "1847-11-03"), ("12 August", "DATE", "1847-08-12")],
        ),
        (
            "The rebels took the port on 3 November 1847. The sultan had agreed to help them on 12 August.",
            [("3 November 1847", "DATE", "1847-11-03"), ("12 August", "DATE", "1847-08-12")],
        ),
        (
            "The rebels took the port on 3 November 1847. In the spring the sultan agreed to send ships on "
            "12 August.",
            [
                ("3 November 1847", "DATE", "1847-11-03"),
                ("the spring", "DATE", "1848-SP"),
                ("12 August", "DATE", "1848-08-12"),
            ],
        ),
    ],
)
def test_an_agreement_in_the_past_perfect_lies_behind_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet came home in October 1780. As navies did every year from November until March, it "
            "lay in harbour.",
            [
                ("October 1780", "DATE", "1780-10"),
                ("every year", "SET", "P1Y"),
                ("November", "DATE", "XXXX-11"),
                ("March", "DATE", "XXXX-03"),
            ],
        ),
        (
            "The fleet came home in October 1780. In November it sailed again and stayed out until March.",
            [
                ("October 1780", "DATE", "1780-10"),
                ("November", "DATE", "1780-11"),
                ("March", "DATE", "1781-03"),
            ],
        ),
    ],
)
def test_months_right_after_every_year_are_those_of_each_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frost of 1740 was long. The winter wheat rotted in the fields.",
            [("1740", "DATE", "1740")],
        ),
        (
            "The frost of 1740 was long. The winter was the coldest anyone could recall.",
            [("1740", "DATE", "1740"), ("The winter", "DATE", "1740-WI")],
        ),
    ],
)
def test_a_season_that_makes_a_kind_of_noun_is_no_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pact was signed on 3 August 1911. The strikes went on. On 20 April 1913 the miners marched "
            "again, and on 3 August they took the pits.",
            [
                ("3 August 1911", "DATE", "1911-08-03"),
                ("20 April 1913", "DATE", "1913-04-20"),
                ("3 August", "DATE", "1913-08-03"),
            ],
        ),
        (
            "The pact was signed on 3 August 1912. On 20 November 1912 the miners marched again. The pact "
            "had been signed on 3 August.",
            [
                ("3 August 1912", "DATE", "1912-08-03"),
                ("20 November 1912", "DATE", "1912-11-20"),
                ("3 August", "DATE", "1912-08-03"),
            ],
        ),
    ],
)
def test_a_day_dated_years_before_is_not_recalled_by_a_date_a_few_months_on(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected
