"""Leftovers the reviewers of this session reported, mended with general rules: each row is a sentence of our
own showing the English usage behind one mend, and the look-alikes that keep their reading.

- "ran the ad 300 times": a lowercase "ad" before a number is an advertisement, so it names no year before
  1000 to let a later bare three-digit number or decade ("the 190s") be read as one; "AD 300" and "A.D. 300"
  in capitals still do.
- "Sales rose 4 per cent in the year to March", said on 10 March: a past report of a period a month closes is
  of the last such month that has ended, so last year's March; "the year to February" stays this year's, and
  so does "the twelve months to June" said on 28 June, when a survey of this June may already be out.
- "(1483 – 26 June 1483)", "(12 March 1483 – 1483)": a bracketed life begun and ended in one year keeps its
  bare year, as one across years does.
- "the Easter bank holiday weekend" is the Easter weekend, the whole phrase one expression; "the Easter bank
  holiday" keeps its feast alone. The month-named ones ("the August bank holiday weekend") are left as they
  were: which weekend differs between jurisdictions (Ireland's August bank holiday is the first Monday,
  England's the last).
- "Another week of the trial remains": one more week of what "of" names is a length, whatever determiner
  follows; "another day of the week", "another day of your choosing" are different days, no length.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2022, 3, 10)

ROWS = [
    # 1. a lowercase "ad" is no era; "AD 300" in capitals still is
    (
        "She ran the ad 300 times. Scores in the 190s were common. The fort was built in AD 300. Troops"
        " were paid in the 310s.",
        [("AD 300", "DATE", "0300"), ("the 310s", "DATE", "031")],
    ),
    # 2. a period a month closes, reported in that month; an earlier month and a plain month stay this year's
    (
        "Sales rose 4 per cent in the year to March, after 3 per cent in the year to February. Sales also"
        " rose in March.",
        [
            ("the year", "DURATION", "P1Y"),
            ("March", "DATE", "2021-03"),
            ("the year", "DURATION", "P1Y"),
            ("February", "DATE", "2022-02"),
            ("March", "DATE", "2022-03"),
        ],
    ),
    (
        "Output fell in the twelve months to March.",
        [("the twelve months", "DURATION", "P12M"), ("March", "DATE", "2021-03")],
    ),
    # 3. a bracketed life within one year; a count after the dash is no date
    (
        "Prince Edmund (1483 \u2013 26 June 1483) was the youngest son. The ledger (1483 \u2013 26 pages) is"
        " lost.",
        [("1483", "DATE", "1483"), ("26 June 1483", "DATE", "1483-06-26")],
    ),
    (
        "Lady Agnes (12 March 1483 \u2013 1483) died young; her sister (2 May 1480 \u2013 1532) lived on.",
        [
            ("12 March 1483", "DATE", "1483-03-12"),
            ("1483", "DATE", "1483"),
            ("2 May 1480", "DATE", "1480-05-02"),
            ("1532", "DATE", "1532"),
        ],
    ),
    # 4. a feast's bank holiday weekend; the feast's bank holiday and the bare weekend as before
    (
        "Traffic was heavy over the Easter bank holiday weekend, lighter over the Easter bank holiday itself"
        " and light over the bank holiday weekend.",
        [
            ("Easter bank holiday weekend", "DATE", "2021-W13-WE"),
            ("Easter", "DATE", "2021-04-04"),
            ("bank holiday weekend", "DATE", "2022-W09-WE"),
        ],
    ),
    # 5. one more unit of what "of" names; a unit of a larger one, a day of one's choosing, a predicate
    (
        "Another week of the trial remains; meet me another day of the week, or another day of your choosing.",
        [("Another week", "DURATION", "P1W"), ("the week", "DATE", "2022-W10")],
    ),
    (
        "Another week of that weather would ruin us. It was another day of the trial.",
        [("Another week", "DURATION", "P1W")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_leftovers18b(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


def test_period_closed_by_month_late_in_that_month() -> None:
    """Said late in the month, a survey of the period to that month may already be out: this year's."""
    assert typed("Output fell 2 per cent in the twelve months to June.", date(2022, 6, 28)) == [
        ("the twelve months", "DURATION", "P12M"),
        ("June", "DATE", "2022-06"),
    ]
