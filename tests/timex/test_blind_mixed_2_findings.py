"""Rules added after the second blind mixed set (`data/gold/timex/blind_mixed_2.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding. The set is of
long news features that open on the day's news, turn to a story decades back and come back.

- A time expression that opens its sentence ("... walking by. This weekend, the town will mark") is
  governed by its own sentence's verb, not by the last verb of the sentence before; nor by the verb of a
  free relative in its subject ("Today, much of what the soldiers built is a ruin"); a day word in the
  present of speech quoted from a story's day ('"Today the line is finished," he wrote') is that day.
- "Fifty years ago tomorrow" is the day after the DCT's, that many years back, as "ago today" is the
  DCT's own day.
- A weekday in apposition after a date ("sworn in on June 9, 1994, a Thursday,") restates that date.
- News that has gone back to a story years before its DCT tells that story's days by their weekdays:
  once the story has gone on from one of its days to the next, or has dated a day with its weekday
  ("It began on Saturday, April 12, 1975"), a weekday, a date without a year, a feast or "the end of the
  year" told in the past is the story's; a sentence that reports ("who testified Wednesday, told
  jurors") or a clause in the present or future is still the writer's, and so is a weekday in a new
  paragraph when the story has told its days by their dates alone.
- "that Saturday" in news at its own days points back at the day the text has dated on that weekday.
- A weekday written with a yearless date that does not fit the years near the DCT fits the year of the
  story the text has just named ("the flood of 1913 ... on Tuesday, March 25").
- "It was 1917, and the country was at war": a year as the complement of an impersonal "it was".
- In a story years back, a past perfect's count back ("had approved two years earlier") looks back from
  the story's day without moving it; the day a witness spoke ("he said last week") is an aside; a count
  on or "that night" after a coarser time of the story goes on from the story's last day.
- A present plan ("plans to teach a course in the fall", said in January) names the coming season,
  however far; US Thanksgiving was the last Thursday of November until 1939.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2013, 3, 22)
MONDAY = date(1998, 11, 16)
SATURDAY = date(2014, 9, 13)
WEDNESDAY = date(2005, 6, 22)
THURSDAY = date(2023, 3, 9)
SUNDAY = date(2026, 1, 18)


def test_an_expression_opening_its_sentence_takes_that_sentences_verb() -> None:
    text = "The plaque is still there, a strip of brass set into the wall. This weekend, the village will unveil another."
    assert typed(text, FRIDAY) == [("This weekend", "DATE", "2013-W12-WE")]


def test_the_verb_of_a_free_relative_in_the_subject_does_not_govern_the_date() -> None:
    text = "On 4 May 1801 the fort fell to the rebels. Today, much of what the soldiers built is a ruin."
    assert typed(text, date(2024, 9, 10), DocumentKind.NARRATIVE) == [
        ("4 May 1801", "DATE", "1801-05-04"),
        ("Today", "DATE", "2024-09-10"),
    ]


def test_a_day_word_quoted_from_the_storys_day_is_that_day() -> None:
    text = 'On 9 June 1896 the railway reached the coast. "Today the line is finished," the engineer wrote.'
    assert typed(text, date(2024, 9, 10), DocumentKind.NARRATIVE) == [
        ("9 June 1896", "DATE", "1896-06-09"),
        ("Today", "DATE", "1896-06-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fifty years ago tomorrow, the dam gave way.", [("Fifty years ago tomorrow", "DATE", "1948-11-17")]),
        ("Ten years ago yesterday the plant closed.", [("Ten years ago yesterday", "DATE", "1988-11-15")]),
    ],
)
def test_ago_tomorrow_and_yesterday_name_the_day_next_to_the_dcts(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


def test_a_weekday_in_apposition_restates_the_date() -> None:
    text = "She took office on March 7, 1991, a Thursday, and chaired her first meeting the next morning."
    assert typed(text, SUNDAY) == [
        ("March 7, 1991", "DATE", "1991-03-07"),
        ("Thursday", "DATE", "1991-03-07"),
        ("the next morning", "TIME", "1991-03-08TMO"),
    ]


def test_weekdays_after_a_story_day_years_back_are_the_storys() -> None:
    text = (
        "Divers said on Wednesday that they had found the trawler. She left port at 6 a.m. on "
        "Monday, Oct. 8, 1956. By nightfall the wind had risen. A coaster sighted her on Tuesday. "
        "When the gale eased on Thursday, she was overdue."
    )
    assert typed(text, SATURDAY) == [
        ("Wednesday", "DATE", "2014-09-10"),
        ("6 a.m.", "TIME", "1956-10-08T06:00"),
        ("Monday, Oct. 8, 1956", "DATE", "1956-10-08"),
        ("nightfall", "TIME", "1956-10-08TEV"),
        ("Tuesday", "DATE", "1956-10-09"),
        ("Thursday", "DATE", "1956-10-11"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a date named in passing in the lead: the news goes on in its own week
            "Police on Monday charged a man with a killing on Aug. 2, 1986. He was flown to Ohio late Tuesday.",
            [
                ("Monday", "DATE", "2023-03-06"),
                ("Aug. 2, 1986", "DATE", "1986-08-02"),
                ("late Tuesday", "DATE", "2023-03-07"),
            ],
        ),
        (
            # a date written with its weekday is not yet a story told by its days
            "Walter Hines died on Tuesday. Hines was born on Friday, Feb. 11, 1938, in Clay County. Friends "
            "gathered at his farm on Wednesday.",
            [
                ("Tuesday", "DATE", "2023-03-07"),
                ("Friday, Feb. 11, 1938", "DATE", "1938-02-11"),
                ("Wednesday", "DATE", "2023-03-08"),
            ],
        ),
        (
            # a sentence that reports is the news' own
            "The fire started at 2 a.m. on July 4, 1999. An hour later the roof fell. Kerr, who testified "
            "Tuesday, told jurors he was asleep.",
            [
                ("2 a.m.", "TIME", "1999-07-04T02:00"),
                ("July 4, 1999", "DATE", "1999-07-04"),
                ("An hour later", "TIME", "1999-07-04T03:00"),
                ("Tuesday", "DATE", "2023-03-07"),
            ],
        ),
        (
            # a new paragraph after a story told by its dates alone comes back to the news' own week
            "The plant exploded on March 3, 1998, killing 12 workers. Two days later, its owner fled the "
            "country.\n\nA court in Lyon convicted him in absentia on Tuesday.",
            [
                ("March 3, 1998", "DATE", "1998-03-03"),
                ("Two days later", "DATE", "1998-03-05"),
                ("Tuesday", "DATE", "2023-03-07"),
            ],
        ),
    ],
)
def test_the_news_own_weekdays_stay_the_writers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_yearless_dates_and_feasts_after_a_dated_story_day_are_in_the_storys_year() -> None:
    text = (
        "The court ruled on Tuesday. It began on Saturday, May 3, 1980, when surveyors came up the "
        "road. The owners were told to leave by the end of the year. In December deputies came, and "
        "the family ate its last meal there on Christmas Eve."
    )
    assert typed(text, WEDNESDAY) == [
        ("Tuesday", "DATE", "2005-06-21"),
        ("Saturday, May 3, 1980", "DATE", "1980-05-03"),
        ("the end of the year", "DATE", "1980"),
        ("December", "DATE", "1980-12"),
        ("Christmas Eve", "DATE", "1980-12-24"),
    ]


def test_that_weekday_points_back_at_the_day_the_text_dated() -> None:
    text = (
        "On Tuesday, police charged him with the killing on the night of Oct. 6, 1984. She said on "
        "Wednesday she was relieved. Her brother left the bar at midnight that Saturday."
    )
    assert typed(text, THURSDAY) == [
        ("Tuesday", "DATE", "2023-03-07"),
        ("Oct. 6, 1984", "DATE", "1984-10-06"),
        ("Wednesday", "DATE", "2023-03-08"),
        ("midnight", "TIME", "1984-10-06T24:00"),
        ("that Saturday", "DATE", "1984-10-06"),
    ]


def test_a_written_weekday_finds_the_year_of_the_story_named_before() -> None:
    text = (
        "The ice storm of 1921 is still talked about here. On Sunday the town will hold a service. "
        "On Wednesday, Jan. 26, the rain began to freeze."
    )
    assert typed(text, FRIDAY) == [
        ("1921", "DATE", "1921"),
        ("Sunday", "DATE", "2013-03-24"),
        ("Wednesday, Jan. 26", "DATE", "1921-01-26"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 1929, and the banks were failing.", [("1929", "DATE", "1929")]),
        ("By then it was 1946.", [("1946", "DATE", "1946")]),
        ("It was 1500 metres deep.", []),
    ],
)
def test_a_year_after_it_was(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_a_story_years_back_keeps_its_time_past_a_flashback_and_a_witness() -> None:
    text = (
        'The men were found at 4 a.m. on Friday, Jan. 9, 1959, a day after the collapse. "It was '
        'cold," Hale said last week. The last body was brought up on Jan. 14. The shaft reopened '
        "three months later."
    )
    assert typed(text, MONDAY) == [
        ("4 a.m.", "TIME", "1959-01-09T04:00"),
        ("Friday, Jan. 9, 1959", "DATE", "1959-01-09"),
        ("a day", "DURATION", "P1D"),
        ("last week", "DATE", "1998-W46"),
        ("Jan. 14", "DATE", "1959-01-14"),
        ("three months later", "DATE", "1959-04"),
    ]


def test_a_plan_names_the_coming_season_however_far() -> None:
    text = "After she retires, the judge plans to teach a course on trial practice in the fall."
    assert typed(text, SUNDAY) == [("the fall", "DATE", "2026-FA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill burned on Thanksgiving Day 1923.", [("Thanksgiving Day 1923", "DATE", "1923-11-29")]),
        ("The mill burned on Thanksgiving Day 1950.", [("Thanksgiving Day 1950", "DATE", "1950-11-23")]),
    ],
)
def test_us_thanksgiving_was_the_last_thursday_of_november_before_1939(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


def test_a_clock_time_likened_to_a_habit_is_that_days() -> None:
    text = (
        "The morning of Jan. 9, 1959, was clear. The crew had clocked in at 6 a.m., as it did every weekday."
    )
    assert typed(text, MONDAY) == [
        ("Jan. 9, 1959", "DATE", "1959-01-09"),
        ("6 a.m.", "TIME", "1959-01-09T06:00"),
        ("every weekday", "SET", "P1D"),
    ]


def test_a_movable_feast_beside_its_date_falls_in_a_year_where_it_has_that_date() -> None:
    text = (
        "The great storm of 1913 is still remembered. On Sunday the town will hold a service. The "
        "rain began on Easter Sunday, March 23, and by Monday night the river was over its banks."
    )
    assert typed(text, FRIDAY) == [
        ("1913", "DATE", "1913"),
        ("Sunday", "DATE", "2013-03-24"),
        ("Easter Sunday", "DATE", "1913-03-23"),
        ("March 23", "DATE", "1913-03-23"),
        ("Monday night", "TIME", "1913-03-24TNI"),
    ]
