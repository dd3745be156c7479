"""Rules added after the hundred-and-seventh blind narrative set (`data/gold/timex/blind_narrative_107.jsonl`,
histories of universities and colleges: a medieval college from its charter of 1379, a civic university
from a mechanics' institute of 1824, a women's college and its degrees of 1948, a new university of the
1960s and its student occupation told by days) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "On the Friday the pickets found the minutes of a board meeting of 1969 and printed them the same night":
  "the same night" (morning, evening) repeats the day last told; a year named since in passing has no
  night to repeat, as "the same day" already read.
- "The strike began on 3 March 1971, a Wednesday. ... On Saturday the mood changed": a date given its
  weekday in apposition dates the story's week as "Wednesday, 3 March 1971" does, so bare weekdays after
  it are the story's days, not the writer's week, when telling news from narrative.
- "The museum had 40 rooms by 1900 and has 160 today", "grew to 6,000 by 1985 and to 15,500 today": a
  "today" right after a figure sets it against an earlier one; the story standing on a year has no day to
  call "today", so it is the writer's, whatever tense the sentence began in.
- "This year's lecture is on Thursday 21 November. Students arrived on Sunday": a past tense tells a day
  already gone; a weekday the story would move forward to past the DCT is the last one on or before it.
- "The school took 112 day students and 40 day boys": a count before "day" and a noun of people counts
  those who come by day, not a length of days ("a 3 day course" and "a 2-day students' conference" stay).
- "A new history is due in the autumn": a present "is due" (or "are due") before the date is the writer's
  schedule, as "is due to be published in" is; "was due" stays the story's.
- "in its first session, 1921-22": two running years set after "session", "budget" or another word of a
  year of study or account with a comma between are that one year, named by the year it ends in; after
  other nouns ("the hall, 1921-22") they stay two years.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SUNDAY = date(2023, 5, 14)
FRIDAY = date(2019, 10, 11)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike began on 3 March 1971, a Wednesday. On the Friday the pickets found the minutes of a "
            "board meeting of 1969 and printed them the same night.",
            [
                ("3 March 1971", "DATE", "1971-03-03"),
                ("Wednesday", "DATE", "1971-03-03"),
                ("Friday", "DATE", "1971-03-05"),
                ("1969", "DATE", "1969"),
                ("the same night", "TIME", "1971-03-05TNI"),
            ],
        ),
        # with no day told before the year, there is no day to repeat
        (
            "The abbey was sacked in 1539, and the same night the monks fled.",
            [("1539", "DATE", "1539"), ("the same night", "TIME", "1539-XX-XXTNI")],
        ),
    ],
)
def test_same_part_of_day_repeats_the_day_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harland Works was founded in 1902 and closed in 1984. The strike began on 3 March 1971, a "
            "Wednesday, when 900 men walked out. The owners had refused a rise in 1969 and again in 1970. "
            "On Friday the pickets stopped the lorries, on Saturday the police came, and on Sunday afternoon "
            "a crowd of 3,000 marched to the gates. The works reopened in 1972, and a plaque went up in 1996.",
            [
                ("1902", "DATE", "1902"),
                ("1984", "DATE", "1984"),
                ("3 March 1971", "DATE", "1971-03-03"),
                ("Wednesday", "DATE", "1971-03-03"),
                ("1969", "DATE", "1969"),
                ("1970", "DATE", "1970"),
                ("Friday", "DATE", "1971-03-05"),
                ("Saturday", "DATE", "1971-03-06"),
                ("Sunday afternoon", "TIME", "1971-03-07TAF"),
                ("1972", "DATE", "1972"),
                ("1996", "DATE", "1996"),
            ],
        ),
    ],
)
def test_weekday_in_apposition_dates_the_story_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    # the kind is left to the tagger: the weekday in apposition is what tells it a story
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum opened in 1880. It had 40 rooms by 1900 and has 160 today.",
            [("1880", "DATE", "1880"), ("1900", "DATE", "1900"), ("today", "DATE", "2023-05-14")],
        ),
        (
            "The college was founded in 1950 and grew to 900 students by 1975 and to 4,200 today.",
            [("1950", "DATE", "1950"), ("1975", "DATE", "1975"), ("today", "DATE", "2023-05-14")],
        ),
    ],
)
def test_today_after_a_figure_is_the_writers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The society was founded in 1869. This year's lecture is on Thursday, 21 November. The new "
            "students arrived on Sunday.",
            [
                ("1869", "DATE", "1869"),
                ("This year", "DATE", "2019"),
                ("Thursday, 21 November", "DATE", "2019-11-21"),
                ("Sunday", "DATE", "2019-10-06"),
            ],
        ),
        # the story's own days move forward as before while they stay behind the DCT
        (
            "The fire began on Monday, 3 June 1889. On Thursday the mill was rebuilt.",
            [("Monday, 3 June 1889", "DATE", "1889-06-03"), ("Thursday", "DATE", "1889-06-06")],
        ),
    ],
)
def test_past_weekday_never_after_the_dct(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school took 112 day students and 40 day boys in 1874.", [("1874", "DATE", "1874")]),
        ("The clinic sees 30 day patients.", []),
        ("He ran a 3 day course for teachers.", [("3 day", "DURATION", "P3D")]),
        ("They held a 2-day students' conference.", [("2-day", "DURATION", "P2D")]),
    ],
)
def test_day_before_people_is_a_head_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was opened in 1890, and a survey is due in June.",
            [("1890", "DATE", "1890"), ("June", "DATE", "2020-06")],
        ),
        (
            "The abbey was founded in 1132, and its new guidebook is due in the spring.",
            [("1132", "DATE", "1132"), ("the spring", "DATE", "2020-SP")],
        ),
        # "was due" and "fell due" stay in the story's year
        (
            "The bridge was opened in 1890. Repairs were due by March, and the rent fell due in June.",
            [("1890", "DATE", "1890"), ("March", "DATE", "1890-03"), ("June", "DATE", "1890-06")],
        ),
    ],
)
def test_present_is_due_is_the_writers_schedule(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The school opened with 200 pupils in its first session, 1921-22, and grew.",
            [("1921-22", "DATE", "1922")],
        ),
        ("The council set its budget, 1998-99, at a loss.", [("1998-99", "DATE", "1999")]),
        ("Fire damaged the hall, 1921-22.", [("1921", "DATE", "1921"), ("22", "DATE", "1922")]),
        ("He studied in Berlin, 1921-22, and in Vienna.", [("1921", "DATE", "1921"), ("22", "DATE", "1922")]),
    ],
)
def test_double_year_in_apposition_to_a_session(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
