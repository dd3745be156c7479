"""Rules added after the thirty-sixth blind narrative set (`data/gold/timex/blind_narrative_36.jsonl`,
plot summaries of novels, a play and an opera) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- A plot summary tells its story in the present ("In 1888 Ellen arrives"), and steps into the past tense
  for what came before the story's time ("Her husband was killed in May 1940", "He had been seen at
  about midnight"): that backstory is a glance back, and what follows goes on from the story's own time.
- With no DCT, a weekday after a date written with its weekday ("Friday 13 November 1998 ... on Monday")
  is one of the story's days, so a text told by such days is a narrative, not news of an unknown week.
- A story told in the present has its own future: "the ship is due to sail on Monday", "will contest the
  will in the new year" look ahead from the story's day, not from the day of writing; and the time a plan
  looks to ("is to be moved before dawn on Monday") does not move the story there.
- A present-tense plan ("plans to marry in the autumn", "hopes to leave in May") looks ahead, as "planned
  to" does: the story stays at its day.
- "next Thursday" in a story that stands on a year has no week of the story to fall in: it is the
  writer's week, as a bare weekday looking ahead is.
- A date written after "the evening of" is tagged alone, but the story is in its evening: an hour told
  without a.m. or p.m. after it ("arrives at seven o'clock") is the evening's.
- A meal named for a feast ("the Christmas dinner", "Easter lunch") is a kind of meal, not the feast's
  day; "Christmas Day" before one still dates it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2023, 10, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The book opens in March 1951, when Clara starts work at the library. Her father was"
            " killed in June 1944. In early summer she meets a student, and in August they travel"
            " to the coast.",
            [
                ("March 1951", "DATE", "1951-03"),
                ("June 1944", "DATE", "1944-06"),
                ("early summer", "DATE", "1951-SU"),
                ("August", "DATE", "1951-08"),
            ],
        ),
        (
            "On Saturday 4 May 1996 a fisherman finds a car in the canal. At noon a crane lifts it"
            " out. Its driver had left the town on 28 April. That afternoon the inspector visits the"
            " garage.",
            [
                ("Saturday 4 May 1996", "DATE", "1996-05-04"),
                ("noon", "TIME", "1996-05-04T12:00"),
                ("28 April", "DATE", "1996-04-28"),
                ("That afternoon", "TIME", "1996-05-04TAF"),
            ],
        ),
    ],
)
def test_backstory_in_the_past_leaves_a_present_story_where_it_was(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, DocumentKind.NARRATIVE) == expected


def test_a_story_told_by_dated_weekdays_is_a_narrative_without_a_dct() -> None:
    text = (
        "The film begins on the evening of Friday 2 October 1987, when a courier vanishes at the"
        " station. At 7:15 the next morning his bag is found. The bank is due to open on Monday,"
        " and by Sunday the detectives have a name. The sequel came out in 1991 and a remake in 2004."
    )
    assert typed(text, None) == [
        ("Friday 2 October 1987", "DATE", "1987-10-02"),
        ("7:15", "TIME", "1987-10-03T07:15"),
        ("the next morning", "TIME", "1987-10-03TMO"),
        ("Monday", "DATE", "1987-10-05"),
        ("Sunday", "DATE", "1987-10-04"),
        ("1991", "DATE", "1991"),
        ("2004", "DATE", "2004"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On Christmas Eve 1921 the brothers quarrel at the farm. At 6 p.m. their mother serves"
            " supper. Tom says he will sell the land in March. At midnight he walks out into the snow.",
            THURSDAY,
            [
                ("Christmas Eve 1921", "DATE", "1921-12-24"),
                ("6 p.m.", "TIME", "1921-12-24T18:00"),
                ("March", "DATE", "1922-03"),
                ("midnight", "TIME", "1921-12-24T24:00"),
            ],
        ),
        (
            "At 9 a.m. on 3 June 1950 the inspector arrives at the port. She learns that the cargo"
            " is to be moved before dawn on Thursday. That evening she searches the warehouse.",
            None,
            [
                ("9 a.m.", "TIME", "1950-06-03T09:00"),
                ("3 June 1950", "DATE", "1950-06-03"),
                ("dawn", "TIME", "1950-06-08TMO"),
                ("Thursday", "DATE", "1950-06-08"),
                ("That evening", "TIME", "1950-06-03TEV"),
            ],
        ),
    ],
)
def test_a_present_story_has_its_own_future(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, DocumentKind.NARRATIVE) == expected


def test_a_present_tense_plan_does_not_move_the_story() -> None:
    text = (
        "The first act takes place on 21 March 1910. At noon the family sits down to eat. Anna plans"
        " to marry in the autumn. Her uncle arrives at five o'clock in the afternoon."
    )
    assert typed(text, None, DocumentKind.NARRATIVE) == [
        ("21 March 1910", "DATE", "1910-03-21"),
        ("noon", "TIME", "1910-03-21T12:00"),
        ("the autumn", "DATE", "1910-FA"),
        ("five o'clock in the afternoon", "TIME", "1910-03-21T17:00"),
    ]


def test_next_weekday_in_a_story_on_a_year_is_the_writers_week() -> None:
    text = (
        "The opera is set in Seville between 1820 and 1821. A new production opens at the city"
        " theatre next Thursday."
    )
    assert typed(text, THURSDAY) == [
        ("1820", "DATE", "1820"),
        ("1821", "DATE", "1821"),
        ("next Thursday", "DATE", "2023-10-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second act turns on the preparations for the Christmas dinner.", []),
        ("The family meets for Easter lunch at the farm.", []),
        (
            "On Christmas Day lunch was served in the barn.",
            [("Christmas Day", "DATE", "2022-12-25")],
        ),
    ],
)
def test_a_meal_named_for_a_feast_is_not_its_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first act takes place on the evening of 21 June 1912. The solicitor arrives at seven"
            " o'clock to read the will.",
            [("21 June 1912", "DATE", "1912-06-21"), ("seven o'clock", "TIME", "1912-06-21T19:00")],
        ),
        (
            "The battle began on the morning of 2 July 1644. By seven o'clock the guns were firing.",
            [("2 July 1644", "DATE", "1644-07-02"), ("seven o'clock", "TIME", "1644-07-02T07:00")],
        ),
    ],
)
def test_an_hour_after_the_evening_of_a_date_is_the_evenings(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, DocumentKind.NARRATIVE) == expected
