"""Rules added after the sixth blind narrative set (`data/gold/timex/blind_narrative_6.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "that evening", "that morning" point back to a day the text has told: a year named in passing since,
  years away from that day ("a finding confirmed by a second autopsy in 2011"), has no evening of its own.
- "the day before" followed by a word that cannot be the object of "before" ("had sailed the day before
  for the islands", "left the day before and travelled") is a day counted back from the day just told.
- A bare hour told right before a part of a day the story has told or counts to ("at seven that evening",
  "shortly before nine the next morning", "by noon the following day") falls on that day, in that part's
  half of the clock; the part or day after it is the clock time's day, not one more.
- An hour told by the clock face without a.m. or p.m. after an evening or a night of the story ("fought
  on through the night; the flagship blew up at about ten o'clock") is that evening's hour once past the
  evening's start; an earlier hour is the next morning's.
- "seven weeks later, on 8 June": a count of weeks with a date set beside it is the week holding the date.
- "is to be held", "are to be chosen" announce an arrangement ahead, as "is to resume" does; in a story
  told in the past, such a plan in the writer's present tense is counted on from the time of writing.
- "9 a.m. Washington time": a place's name in capitals before "time" after a clock time is its zone, in
  the extent, and the date after "on" still dates the clock time.
- A date told with its year far ahead of the story ("an insult he repaid when he captured the king in
  December 1192") is a glance forward: a date without a year after it that would carry the story over a
  year's end falls shortly after the time the story was at before the glance.
- A day named for a plan ("a note naming 11 September as the day", "set 4 July as the date") is chosen,
  not told: "that afternoon" after it is still the afternoon of the day the story is at.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was held on 3 May 1921. At four in the afternoon the result was read out, a count"
            " later confirmed by historians in 1990. The deputies met again that evening.",
            [
                ("3 May 1921", "DATE", "1921-05-03"),
                ("four in the afternoon", "TIME", "1921-05-03T16:00"),
                ("1990", "DATE", "1990"),
                ("that evening", "TIME", "1921-05-03TEV"),
            ],
        ),
        (
            "In early September 1941 the regiment crossed the river. That evening it camped in a wood.",
            [("early September 1941", "DATE", "1941-09"), ("That evening", "TIME", "1941-09-XXTEV")],
        ),
    ],
)
def test_that_evening_points_back_past_a_year_named_in_passing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet sailed on 3 June 1805. The supply ships, which had left port the day before for"
            " the islands, were already at sea.",
            [("3 June 1805", "DATE", "1805-06-03"), ("the day before", "DATE", "1805-06-02")],
        ),
        (
            "The envoy reached Vienna on 12 March 1850, having left Prague the day before and ridden"
            " hard all the way.",
            [("12 March 1850", "DATE", "1850-03-12"), ("the day before", "DATE", "1850-03-11")],
        ),
        (
            "The envoy reached Vienna on 12 March 1850. The day before the treaty he had fallen ill.",
            [("12 March 1850", "DATE", "1850-03-12")],
        ),
    ],
)
def test_the_day_before_with_no_object_counts_back_from_the_day_told(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed on 3 March 1801, and the ships sailed at seven that evening.",
            [
                ("3 March 1801", "DATE", "1801-03-03"),
                ("seven", "TIME", "1801-03-03T19:00"),
                ("that evening", "TIME", "1801-03-03TEV"),
            ],
        ),
        (
            "The envoy reached the fort on 9 April 1760 and was received shortly before ten the next"
            " morning.",
            [
                ("9 April 1760", "DATE", "1760-04-09"),
                ("ten", "TIME", "1760-04-10T10:00"),
                ("the next morning", "TIME", "1760-04-10TMO"),
            ],
        ),
        (
            "On 4 August 1880 a fire broke out in the mill. By noon the following day it was out.",
            [
                ("4 August 1880", "DATE", "1880-08-04"),
                ("noon", "TIME", "1880-08-05T12:00"),
                ("the following day", "DATE", "1880-08-05"),
            ],
        ),
        (
            "The order was signed on 2 May 1915 and the guns opened fire at six o'clock that morning.",
            [
                ("2 May 1915", "DATE", "1915-05-02"),
                ("six o'clock", "TIME", "1915-05-02T06:00"),
                ("that morning", "TIME", "1915-05-02TMO"),
            ],
        ),
    ],
)
def test_an_hour_before_a_part_of_a_told_day_falls_on_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The squadrons met on 14 June 1805 and fought on through the night. The flagship struck"
            " her colours at about eleven o'clock.",
            [
                ("14 June 1805", "DATE", "1805-06-14"),
                ("the night", "TIME", "1805-06-14TNI"),
                ("about eleven o'clock", "TIME", "1805-06-14T23:00"),
            ],
        ),
        (
            "The council met on 9 May 1848. That evening a crowd gathered, and at nine o'clock the doors"
            " were forced.",
            [
                ("9 May 1848", "DATE", "1848-05-09"),
                ("That evening", "TIME", "1848-05-09TEV"),
                ("nine o'clock", "TIME", "1848-05-09T21:00"),
            ],
        ),
        (
            "The squadrons met on 14 June 1805 and fought on through the night. At six o'clock the"
            " flagship struck.",
            [
                ("14 June 1805", "DATE", "1805-06-14"),
                ("the night", "TIME", "1805-06-14TNI"),
                ("six o'clock", "TIME", "1805-06-15T06:00"),
            ],
        ),
    ],
)
def test_a_clock_face_hour_after_an_evening_is_that_evenings(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


def test_weeks_counted_with_a_date_beside_them_are_the_week_of_that_date() -> None:
    text = (
        "The first convoy reached the port on 2 March 1804. Storms in March held back the second,"
        " which came in five weeks later, on 6 April."
    )
    assert typed(text, None, NARRATIVE) == [
        ("2 March 1804", "DATE", "1804-03-02"),
        ("March", "DATE", "1804-03"),
        ("five weeks later", "DATE", "1804-W14"),
        ("6 April", "DATE", "1804-04-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In October 2020 the assembly approved a new charter, whose drafters are to be chosen in April.",
            [("October 2020", "DATE", "2020-10"), ("April", "DATE", "2021-04")],
        ),
        (
            "In October 1920 the assembly approved a new charter. Its drafters were chosen in April.",
            [("October 1920", "DATE", "1920-10"), ("April", "DATE", "1921-04")],
        ),
        (
            "In May 1942 an attack on the island was planned for early June.",
            [("May 1942", "DATE", "1942-05"), ("early June", "DATE", "1942-06")],
        ),
    ],
)
def test_a_plan_in_the_writers_present_counts_from_the_time_of_writing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2021, 3, 9), NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reply was read on the radio at 4 p.m. Cairo time on 12 May 1956.",
            [("4 p.m. Cairo time", "TIME", "1956-05-12T16:00"), ("12 May 1956", "DATE", "1956-05-12")],
        ),
        (
            "The gates shut on 12 May 1956 at 7 p.m. The time for talks had passed.",
            [("12 May 1956", "DATE", "1956-05-12"), ("7 p.m.", "TIME", "1956-05-12T19:00")],
        ),
    ],
)
def test_a_place_name_before_time_is_the_clock_times_zone(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The garrison surrendered on 12 July 1191. The duke never forgave the slight, which he repaid"
            " when he seized the king in December 1192. The French king sailed home on 31 July, and the"
            " army marched south on 22 August.",
            [
                ("12 July 1191", "DATE", "1191-07-12"),
                ("December 1192", "DATE", "1192-12"),
                ("31 July", "DATE", "1191-07-31"),
                ("22 August", "DATE", "1191-08-22"),
            ],
        ),
        (
            "The garrison surrendered on 12 July 1191. The duke seized the king in December 1192. The"
            " king was set free on 4 August, after a ransom had been paid.",
            [
                ("12 July 1191", "DATE", "1191-07-12"),
                ("December 1192", "DATE", "1192-12"),
                ("4 August", "DATE", "1193-08-04"),
            ],
        ),
    ],
)
def test_a_date_after_a_glance_ahead_goes_on_from_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The admiral sent his note on Sunday, 9 September 1973, naming 11 September as the day; one"
            " general signed it at once and the other only that afternoon.",
            [
                ("Sunday, 9 September 1973", "DATE", "1973-09-09"),
                ("11 September", "DATE", "1973-09-11"),
                ("that afternoon", "TIME", "1973-09-09TAF"),
            ],
        ),
        (
            "The board met on 2 June 1890 and chose 4 July as the date of the opening. That evening the"
            " mayor gave a dinner.",
            [
                ("2 June 1890", "DATE", "1890-06-02"),
                ("4 July", "DATE", "1890-07-04"),
                ("That evening", "TIME", "1890-06-02TEV"),
            ],
        ),
        (
            "The board met on 2 June 1890 and opened the bridge on 4 July. That evening the mayor gave a"
            " dinner.",
            [
                ("2 June 1890", "DATE", "1890-06-02"),
                ("4 July", "DATE", "1890-07-04"),
                ("That evening", "TIME", "1890-07-04TEV"),
            ],
        ),
    ],
)
def test_a_day_named_for_a_plan_does_not_move_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected
