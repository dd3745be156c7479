"""Festivals that move with the moon: each row is a sentence of our own showing the general English usage.

- Islamic feasts ("Eid al-Fitr", "Eid-ul-Adha", "Hari Raya Aidilfitri", "Bakrid", "the Day of Arafah",
  "Ashura", "the Islamic New Year", "the first day of Ramadan") are dated by the Umm al-Qura calendar, from
  a generated table (`chronology/timex/islamic_festivals.py`); a bare "Eid" is the Eid the text named in
  full, else Eid al-Fitr; "Eid Mubarak Foods Ltd" is a name, not the day; "Eid-el-Kabir" (West Africa's
  name for Eid al-Adha) is Eid al-Adha.
- Hindu feasts (Dhanteras, Diwali, Govardhan Puja, Bhai Dooj, Holi) are computed from the tithi (the moon's
  elongation from the sun) and the sidereal sun (Lahiri), in Indian time; "the Lathmar Holi" is a rite's
  name, "Holiday" and "Holinshed" are other words.
- "Tết", "Tet", "the Tet holiday" are the lunar new year in Vietnam's time (UTC+7 from 1976, China's
  before); "the Tet Offensive" and "Mini-Tet" are names.
- A past act done "for" a feast a few weeks off lies in its run-up; "with Diwali falling on Sunday" opens
  a clause of the feast's own with no tense, so the feast is the one nearest now.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import calendar as cal
from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # Islamic feasts, by the Umm al-Qura calendar
        (
            "Muslims will celebrate Eid al-Fitr next week.",
            date(2023, 4, 14),
            [("Eid al-Fitr", "DATE", "2023-04-21"), ("next week", "DATE", "2023-W16")],
        ),
        (
            "Banks were shut for Eid-ul-Adha.",
            date(2019, 9, 20),
            [("Eid-ul-Adha", "DATE", "2019-08-11")],
        ),
        (
            "Hari Raya Aidilfitri will be a public holiday this year.",
            date(2023, 3, 1),
            [("Hari Raya Aidilfitri", "DATE", "2023-04-21"), ("this year", "DATE", "2023")],
        ),
        (
            "Pilgrims will pray on the Day of Arafah.",
            date(2023, 6, 20),
            [("the Day of Arafah", "DATE", "2023-06-27")],
        ),
        (
            "Ashura fell on a Friday.",
            date(2023, 8, 10),
            [("Ashura", "DATE", "2023-07-28"), ("Friday", "DATE", "2023-07-28")],
        ),
        (
            "The Islamic New Year will be marked quietly.",
            date(2024, 6, 20),
            [("The Islamic New Year", "DATE", "2024-07-07")],
        ),
        (
            "The first day of Ramadan will be a holiday.",
            date(2025, 2, 10),
            [("The first day of Ramadan", "DATE", "2025-03-01")],
        ),
        # a bare "Eid": the feast named in full before it, else Eid al-Fitr
        (
            "Eid al-Adha is near, and the Eid holiday will last four days.",
            date(2024, 6, 1),
            [
                ("Eid al-Adha", "DATE", "2024-06-16"),
                ("Eid", "DATE", "2024-06-16"),
                ("four days", "DURATION", "P4D"),
            ],
        ),
        ("Eid Mubarak Foods Ltd said profits rose.", date(2024, 6, 1), []),
        # West Africa's name for Eid al-Adha, "the great feast": the same day
        (
            "Eid-el-Kabir, the feast of sacrifice, is near.",
            date(2023, 6, 1),
            [("Eid-el-Kabir", "DATE", "2023-06-28")],
        ),
        ("The TET enzymes oxidise DNA, EID said.", date(2023, 6, 1), []),
        # Hindu feasts, from the tithi and the sidereal sun
        (
            "Diwali falls on Sunday this year.",
            date(2023, 11, 10),
            [
                ("Diwali", "DATE", "2023-11-12"),
                ("Sunday", "DATE", "2023-11-12"),
                ("this year", "DATE", "2023"),
            ],
        ),
        (
            "Last year Diwali was quiet.",
            date(2023, 11, 10),
            [("Last year", "DATE", "2022"), ("Diwali", "DATE", "2022-10-24")],
        ),
        (
            "Dhanteras, Govardhan Puja and Bhai Dooj will follow.",
            date(2023, 11, 1),
            [
                ("Dhanteras", "DATE", "2023-11-10"),
                ("Govardhan Puja", "DATE", "2023-11-14"),
                ("Bhai Dooj", "DATE", "2023-11-15"),
            ],
        ),
        ("Diwali 2019 was quiet.", date(2023, 1, 5), [("Diwali 2019", "DATE", "2019-10-27")]),
        (
            "Holi will be celebrated with water balloons.",
            date(2024, 3, 1),
            [("Holi", "DATE", "2024-03-25")],
        ),
        ("Women beat men with sticks in the Lathmar Holi, and the crowds cheered.", date(2016, 3, 20), []),
        ("The Holiday Inn was full, as Holinshed says.", date(2016, 3, 20), []),
        ("The council's Diwali lights were switched on.", date(2023, 11, 10), []),
        # a past act "for" a feast a few weeks off: its run-up
        (
            "Families made last-minute purchases for Diwali.",
            date(2019, 10, 26),
            [("Diwali", "DATE", "2019-10-27")],
        ),
        # "with <feast> falling on": the feast's own participle has no tense, so the nearest one
        (
            "With Diwali falling on Sunday, the markets were packed.",
            date(2023, 11, 11),
            [("Diwali", "DATE", "2023-11-12"), ("Sunday", "DATE", "2023-11-12")],
        ),
        # Tết, in Vietnam's time
        (
            "Both sides announced a truce for the Tet holiday.",
            date(2007, 2, 1),
            [("the Tet holiday", "DATE", "2007-02-17")],
        ),
        ("The Tet Offensive began at night, and Mini-Tet followed.", date(2019, 1, 30), []),
    ],
)
def test_festival_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


def test_tet_is_reckoned_in_vietnams_time_from_1976_and_chinas_before() -> None:
    # the new moon of 17 February 2007 fell after 11 p.m. in Hanoi, after midnight in Beijing
    assert cal.lunar_new_year(2007, cal.VIETNAM_OFFSET) == date(2007, 2, 17)
    assert cal.lunar_new_year(2007) == date(2007, 2, 18)
    # Vietnam kept Tết 1985 a month before China's new year
    assert cal.lunar_new_year(1985, cal.VIETNAM_OFFSET) == date(1985, 1, 21)
    assert typed("Tết was quiet.", date(1968, 3, 1)) == [("Tết", "DATE", "1968-01-30")]


def test_islamic_days_outside_the_table_follow_the_tabular_calendar() -> None:
    # a Gregorian year may hold the same feast twice
    assert cal.islamic_calendar_days(2000, 10, 1) == (date(2000, 1, 8), date(2000, 12, 27))
    assert cal.islamic_calendar_days(1900, 10, 1) == (date(1900, 2, 2),)
