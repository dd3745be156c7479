"""Rules added after the blind sports set (`data/gold/timex/blind_sports.jsonl`) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- A time written as minutes and seconds to a fraction ("bronze in 3:54.70", "a lap of 1:33.840") is kept
  by a watch, never by a clock: a DURATION, whose value keeps the written decimals (a timing's last
  digit tells its precision), as "1 minute 33.840 seconds" does.
- "a further year", "a further two years", "two further weeks" are lengths, as "another year" is.
- "the past" or "the future" before a count ("for the past two seasons", "the past few games") is an
  adjective of the counted noun, not a reference to the past; "the past three summers" stays a time.
- "a night like this", "a day like today": an occasion of that kind, not a length.
- A weekday's possessive before a capitalised event ("Sunday's Malaysian Grand Prix", "Tuesday's
  Champions League tie") is a date, not part of a name.
- A day's event that an act looks ahead to ("with an eye on Saturday's game", "in preparation for
  Friday's final") or is done for ("took pole for Sunday's race") is still to come, whatever the tense;
  after a verb of judging, "for" gives a reason ("praised them for Sunday's performance"), already past.
- "of the year" after an award's noun ("named player of the year") is a title; after a ranked noun
  ("her second title of the year after the Australian Open", "the hottest day of the year in London")
  it is the year, though words follow that could start a relative time.
- A bare "the winter" is named by the year of its December: told in April in the past tense it is the
  winter just ended, not the one whose January falls in the DCT's year.
- A present perfect joined to a clause about a year long past ("cost 45 million in August 2023 and has
  started four games since October") counts its month back from the time of writing.
- A part of the day needs a day: after a month recalled from years back it falls on the news day, as a
  clock time does; before a sport's session noun ("the morning practice session") it is tagged alone.
- "the following summer" counted on from a whole year ("missed the 2019 World Cup, but returned the
  following summer") lies in the next year, in news as in narrative.
- A story whose lead is dated by a day of the publication's week is news, however long the career it
  then recounts: "He last played for England in July" is the last July before the DCT.
- In a text that reports a game (several words of play, none of business), an ordinal quarter or half
  is a period of play even where its own sentence has no word of play (a game's notes).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2006, 4, 8)
TUESDAY = date(2019, 11, 26)
SUNDAY = date(1998, 7, 5)
THURSDAY = date(2026, 1, 29)
WEDNESDAY = date(2024, 10, 9)
MONDAY = date(2021, 12, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okoro took the bronze medal in 3:54.70.", [("3:54.70", "DURATION", "PT3M54.70S")]),
        ("Her teammate was third in 1:34.112 on a drying track.", [("1:34.112", "DURATION", "PT1M34.112S")]),
        ("He won the marathon in 2:08:31.4.", [("2:08:31.4", "DURATION", "PT2H8M31.4S")]),
        (
            "She set a lap of 1 minute 21.060 seconds.",
            [("1 minute 21.060 seconds", "DURATION", "PT1M21.060S")],
        ),
        ("The vote was 12:40 at the first count.", []),
    ],
)
def test_minutes_and_seconds_to_a_fraction_are_a_race_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal includes the option of a further year.", [("a further year", "DURATION", "P1Y")]),
        ("The ban was extended by a further two years.", [("a further two years", "DURATION", "P2Y")]),
        ("The ship stayed in port for two further weeks.", [("two further weeks", "DURATION", "P2W")]),
    ],
)
def test_a_further_year_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She captained the side for the past two seasons.", []),
        ("He has scored in the past 3 matches.", []),
        ("The league will be restructured in the future four divisions.", []),
        ("We have learned from mistakes made in the past.", [("the past", "DATE", "PAST_REF")]),
    ],
)
def test_the_past_before_a_count_is_an_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fans had waited 20 years for a night like this.", [("20 years", "DURATION", "P20Y")]),
        ("You never forget a day like that.", []),
        ("The repairs took a day.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_a_night_like_this_is_an_occasion(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Moretti was fastest in practice for Sunday's Malaysian Grand Prix.",
            SATURDAY,
            [("Sunday", "DATE", "2006-04-09")],
        ),
        (
            "The coach rested three players with an eye on Saturday's home game against Leeds.",
            TUESDAY,
            [("Saturday", "DATE", "2019-11-30")],
        ),
        (
            "The squad flew to Madrid in preparation for Friday's semi-final.",
            TUESDAY,
            [("Friday", "DATE", "2019-11-29")],
        ),
        (
            "The coach praised his players for Sunday's performance in Leeds.",
            TUESDAY,
            [("Sunday", "DATE", "2019-11-24")],
        ),
        (
            "Two fans were hurt in Sunday's Malaysian Grand Prix.",
            SATURDAY,
            [("Sunday", "DATE", "2006-04-02")],
        ),
    ],
)
def test_a_days_event_looked_ahead_to_is_still_to_come(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reyes was named player of the year on April 22.", [("April 22", "DATE", "1998-04-22")]),
        (
            "It was her third title of the year after wins in Doha and Rome.",
            [("the year", "DATE", "1998")],
        ),
        (
            "Monday was the hottest day of the year in Madrid.",
            [("Monday", "DATE", "1998-06-29"), ("the year", "DATE", "1998")],
        ),
        ("It was the best-selling car of the year in Britain.", [("the year", "DATE", "1998")]),
        ("It was his 20th goal of the year when he scored again.", [("the year", "DATE", "1998")]),
        ("The book tells of the year in which the mill closed.", []),
    ],
)
def test_of_the_year_after_an_award_or_a_ranking(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The team said the new car had been built over the winter.",
            SATURDAY,
            [("the winter", "DATE", "2005-WI")],
        ),
        ("The river froze twice during the winter.", SATURDAY, [("the winter", "DATE", "2005-WI")]),
        ("The stadium roof will be replaced in the winter.", SATURDAY, [("the winter", "DATE", "2006-WI")]),
    ],
)
def test_the_winter_is_named_by_the_year_of_its_december(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_a_present_perfect_after_a_year_long_past_counts_from_now() -> None:
    text = (
        "Rovers agreed to sell Dane Moss on Thursday. "
        "The striker cost 30 million pounds in August 2022 and has scored only twice since October."
    )
    assert typed(text, THURSDAY)[1:] == [("August 2022", "DATE", "2022-08"), ("October", "DATE", "2025-10")]


def test_a_part_of_the_day_after_a_month_long_past_is_the_news_days() -> None:
    text = (
        "Ferreira was quickest on Saturday, his best showing since the Belgian race in August 2003. "
        "His engine had failed during the morning practice session."
    )
    assert typed(text, SATURDAY) == [
        ("Saturday", "DATE", "2006-04-08"),
        ("August 2003", "DATE", "2003-08"),
        ("morning", "TIME", "2006-04-08TMO"),
    ]


def test_the_following_summer_after_a_whole_year_is_in_the_next_year() -> None:
    text = "A knee injury ruled him out of the 2019 World Cup, and he came back the following summer."
    assert typed(text, WEDNESDAY) == [("2019", "DATE", "2019"), ("the following summer", "DATE", "2020-SU")]


def test_a_lead_dated_by_a_weekday_makes_a_career_story_news() -> None:
    text = (
        "Maria Costa, who won three world titles, said on Wednesday that she would retire. "
        "Costa made her debut in March 2006 and won her first title in 2009. "
        "She won again in 2012 and in 2015, and she set her best time in 2017. "
        "She last raced in July, when she finished fifth."
    )
    assert typed(text, WEDNESDAY)[-1] == ("July", "DATE", "2024-07")


def test_a_quarter_in_a_games_notes_is_a_period_of_play() -> None:
    text = (
        "Okafor scored 31 points and the Hawks won the game 104-99 after trailing at halftime.\n\n"
        "NOTES\n\nHawks: G Lee Park left in the first quarter with a sore knee and did not return."
    )
    assert typed(text, MONDAY) == []
