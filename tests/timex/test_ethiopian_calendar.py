"""Days of the Ethiopian calendar as Gregorian dates, each checked by hand against a well-known date."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex.calendar import ethiopian_calendar_day


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2017, 1, 1, date(2024, 9, 11)),  # the new year falls on 11 September in most years
        (2016, 1, 1, date(2023, 9, 12)),  # ... and on the 12th after a year with a sixth Pagume
        (2015, 13, 6, date(2023, 9, 11)),  # that sixth Pagume, the day before
        (1888, 6, 23, date(1896, 3, 1)),  # 23 Yekatit 1888: the battle of Adwa
        (1929, 6, 12, date(1937, 2, 19)),  # 12 Yekatit 1929: the Addis Ababa massacre
    ],
)
def test_ethiopian_calendar_day(year: int, month: int, day: int, expected: date) -> None:
    assert ethiopian_calendar_day(year, month, day) == expected
