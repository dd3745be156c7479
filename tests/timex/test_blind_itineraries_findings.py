"""Rules added after the blind itineraries set (`data/gold/timex/blind_itineraries.jsonl`, a tour's
day-by-day itinerary, a conference programme, a wedding weekend, a project plan, a school trip letter, a
rambling club's season, a launch countdown and a house move checklist) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "The walking holiday runs from Saturday 6 July to Friday 12 July. Day 3 (Monday): a ferry": a programme
  that has just dated its own run of days (up to a fortnight, beginning more than a fortnight after it was
  written, one of its days written with its weekday) names those days by their weekdays; a bare weekday
  after it, while the last day told is still one of them, is the day of that run, not of the writer's
  week. It does not hold for a clause that looks back ("went on sale on Tuesday"), for a run that begins
  within a fortnight of the writer's day ("until Wednesday" is as likely this week's), nor once the text
  has told a day outside the run ("named on Monday 6 May, and tickets go on sale on Saturday").
- "in time for the 15:25 train", "the 10:20 crossing": a timetabled service named by its 24-hour
  departure time between "the" and the service's noun is a clock time, as "the 1815 sailing" is; a ratio
  or a scale before any other noun ("a 1:50 scale model") is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The walking holiday runs from Saturday 6 July to Friday 12 July. Day 3 (Monday): a ferry to the "
            "island.",
            [
                ("Saturday 6 July", "DATE", "2024-07-06"),
                ("Friday 12 July", "DATE", "2024-07-12"),
                ("Monday", "DATE", "2024-07-08"),
            ],
        ),
        (
            "Field course, 9-13 September. Students arrive on Monday 9 September. On Wednesday we sample the "
            "river.",
            [
                ("9", "DATE", "2024-09-09"),
                ("13 September", "DATE", "2024-09-13"),
                ("Monday 9 September", "DATE", "2024-09-09"),
                ("Wednesday", "DATE", "2024-09-11"),
            ],
        ),
        # not: a clause that looks back
        (
            "The festival runs from Friday 19 July to Sunday 21 July. Tickets went on sale on Tuesday.",
            [
                ("Friday 19 July", "DATE", "2024-07-19"),
                ("Sunday 21 July", "DATE", "2024-07-21"),
                ("Tuesday", "DATE", "2024-05-07"),
            ],
        ),
        # not: a run beginning within a fortnight of the writer's day
        (
            "The fair runs from Monday 20 May to Friday 24 May. The market is open until Wednesday.",
            [
                ("Monday 20 May", "DATE", "2024-05-20"),
                ("Friday 24 May", "DATE", "2024-05-24"),
                ("Wednesday", "DATE", "2024-05-15"),
            ],
        ),
        # not: the text has gone on to a day outside the run
        (
            "The festival runs from Friday 19 July to Sunday 21 July. Headliners were named on Monday 6 May, "
            "and tickets go on sale on Saturday.",
            [
                ("Friday 19 July", "DATE", "2024-07-19"),
                ("Sunday 21 July", "DATE", "2024-07-21"),
                ("Monday 6 May", "DATE", "2024-05-06"),
                ("Saturday", "DATE", "2024-05-11"),
            ],
        ),
    ],
)
def test_weekday_of_a_coming_dated_run(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We reach York in time for the 15:25 train to Leeds.", [("15:25", "TIME", "2024-05-10T15:25")]),
        ("Book a seat on the 10:20 crossing from Dover.", [("10:20", "TIME", "2024-05-10T10:20")]),
        # not: a scale or a ratio before any other noun
        ("He bought a 1:50 scale model of the station.", []),
        ("The 1:50 scale train set was sold.", []),
    ],
)
def test_service_named_by_its_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
