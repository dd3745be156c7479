"""Rules added after the eleventh blind news set (`data/gold/timex/blind_news_11.jsonl`, arts and
entertainment copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A time word English writes in lower case (a unit, a part of the day, a number, an ordinal) that is
  capitalised where no sentence opens belongs to a name or a title ("the documentary 48 Hours in Leeds",
  "CBS's 60 Minutes", "the comedy Third Saturday"), as does a one-word time opening a
  sentence that a name's next capitalised word follows ("Midnight Express played ..."); a holiday's own
  capitals ("Christmas Day", "New Year's Day", "the Fourth of July"), a part of the day capitalised for
  emphasis beside a day ("Midnight Friday") and a headline's are no sign. A
  quoted title is read by its words, the digits of "13th" no word of their own ("Friday the 13th:
  Homecoming").
- A holiday followed by "weekend" ("Labor Day weekend", "Easter weekend", "Thanksgiving weekend") is the
  weekend beside the holiday: the one a Monday holiday closes, the one after a Thursday or a Sunday.
- A day named with "'s" before "holiday" ("Monday's holiday") is a day on the calendar, whose direction
  the governing verb gives ("would earn ... including Monday's holiday" looks ahead).
- A season before a noun of programming ("its fall lineup", "the fall season", "the summer schedule") is
  the calendar season, the article left to the noun; so is "the fall" closing a ranking ("the best
  reviews of the fall"), as "the hottest day of the year" names the year.
- A decade qualifying a noun that a quoted title follows ("the 1970s sitcom "Harbor Lights"") is the
  decade alone, the article left to the noun.
- A modern year after a preposition and before a plural noun of measure ("at 2019 levels", "back to 2015
  prices") is a year; so is a year that a verb opens or closes as a stretch of business ("ended 2024
  with", "began 2021 at"), and "a year earlier" in its sentence is the year before it.
- A plural weekday given its hour with "at" ("moves to Thursdays at 8 p.m.") is a schedule.
- "most days", "most weeks" closing a phrase or before a subject are a habit (SET), while "the most
  weeks at No. 1" is a superlative and "on most days last April" a share of a period.
- Adjectives of one unit's length written as one word or without a number ("an hourlong special", "a
  weeklong festival", "its hour-long finale") are lengths.
- A broadcast hour given in two zones ("8 p.m. ET/PT") keeps both zones in the extent.
- "the year" followed by a relative clause without "that" ("named for the year he moved to Dublin")
  names a year by an event, not the year of the DCT; a sentence opened by "During the week I ..." keeps
  its time.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2021, 5, 30)
WEDNESDAY = date(2011, 5, 18)
FRIDAY = date(2017, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prize went to the documentary 48 Hours in Leeds, a portrait of a hospital.", []),
        ("The news show will face CBS's 60 Minutes in the autumn.", [("the autumn", "DATE", "2021-FA")]),
        ("She stars in the comedy Third Saturday with her brother.", []),
        ("Their debut album, Sunset Over Tyne, sold a million copies.", []),
        ("Midnight Express played to packed houses.", []),
        ('The horror film "Friday the 13th: Homecoming" took third place.', []),
        ("Crowds filled the square on Christmas Day.", [("Christmas Day", "DATE", "2020-12-25")]),
        ("Entries close at Midnight Friday.", [("Midnight Friday", "TIME", "2021-06-04T24:00")]),
        ("The bar was packed on New Year's Day.", [("New Year's Day", "DATE", "2021-01-01")]),
        ("Fireworks lit the harbour on the Fourth of July.", [("the Fourth of July", "DATE", "2020-07-04")]),
        (
            "Theatre Reopens After Two Years\nThe doors opened at noon.",
            [("Two Years", "DURATION", "P2Y"), ("noon", "TIME", "2021-05-30T12:00")],
        ),
        ("Two days later the ship sailed.", [("Two days later", "DATE", "2021-06-01")]),
    ],
)
def test_a_capitalised_time_word_inside_a_sentence_is_a_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Theaters expect big crowds over the Memorial Day weekend.",
            SUNDAY,
            [("Memorial Day weekend", "DATE", "2021-W21-WE")],
        ),
        (
            "Traffic was light over Labor Day weekend.",
            date(2022, 9, 8),
            [("Labor Day weekend", "DATE", "2022-W35-WE")],
        ),
        (
            "Stores count on Thanksgiving weekend.",
            date(2023, 11, 1),
            [("Thanksgiving weekend", "DATE", "2023-W47-WE")],
        ),
        (
            "The family went away for the Easter weekend.",
            date(2023, 4, 12),
            [("Easter weekend", "DATE", "2023-W14-WE")],
        ),
    ],
)
def test_a_holiday_weekend_is_the_weekend_beside_the_holiday(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts said the film would earn $30 million, including Monday's holiday.",
            [("Monday", "DATE", "2021-05-31")],
        ),
        ("Traffic was light during Monday's holiday.", [("Monday", "DATE", "2021-05-24")]),
    ],
)
def test_a_holiday_named_by_its_day_takes_the_verbs_direction(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network will show its fall lineup to advertisers.", [("fall", "DATE", "2011-FA")]),
        ("The fall season opens with two dramas.", [("fall", "DATE", "2011-FA")]),
        ("The station cut its summer schedule.", [("summer", "DATE", "2011-SU")]),
        ("The play drew the best reviews of the fall.", [("the fall", "DATE", "2010-FA")]),
        ("He broke his fall with his arm.", []),
        ("The fall of the city came quickly.", []),
    ],
)
def test_a_season_before_a_noun_of_programming_is_the_season(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('It is a remake of the 1970s sitcom "Harbor Lights," set in Maine.', [("1970s", "DATE", "197")]),
        ("Divorce rates rose in the 1970s.", [("the 1970s", "DATE", "197")]),
        ('In the 1990s "grunge" was everywhere.', [("the 1990s", "DATE", "199")]),
    ],
)
def test_a_decade_before_a_noun_and_a_title_leaves_the_article(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares will stay at 2019 levels.", [("2019", "DATE", "2019")]),
        ("Rents fell back to 2015 prices.", [("2015", "DATE", "2015")]),
        ("The chain ended 2016 with 900 stores.", [("2016", "DATE", "2016")]),
        ("The index began 2010 at a record.", [("2010", "DATE", "2010")]),
        (
            "The chain ended 2016 with 900 stores, up from 850 a year earlier.",
            [("2016", "DATE", "2016"), ("a year earlier", "DATE", "2015")],
        ),
        ("Members tabled 2018 amendments to the bill.", []),
        ("The team scored 1999 goals in its history.", []),
    ],
)
def test_a_year_qualifying_a_measure_or_a_stretch_of_business(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quiz show moves to Thursdays at 8 p.m. next month.",
            [
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
                ("next month", "DATE", "2017-10"),
            ],
        ),
        (
            "He trains Saturdays at 7am.",
            [("Saturdays", "SET", "XXXX-WXX-6"), ("7am", "TIME", "XXXX-XX-XXT07:00")],
        ),
    ],
)
def test_a_plural_weekday_with_its_hour_is_a_schedule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We still argue, most days," the singer said.', [("most days", "SET", "P1D")]),
        ("Most weeks they play two shows.", [("Most weeks", "SET", "P1W")]),
        ("She runs most days", [("most days", "SET", "P1D")]),
        ("The song spent the most weeks at No. 1.", []),
        ("It rained on most days last April.", [("last April", "DATE", "2017-04")]),
    ],
)
def test_most_days_is_a_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network ordered an hourlong special.", [("hourlong", "DURATION", "PT1H")]),
        ("The town hosts a weeklong festival.", [("weeklong", "DURATION", "P1W")]),
        ("Its hour-long finale drew a big audience.", [("hour-long", "DURATION", "PT1H")]),
        ("They held a two-hour-long debate.", [("two-hour-long", "DURATION", "PT2H")]),
        ("It was a lifelong dream.", []),
    ],
)
def test_one_units_length_as_an_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


def test_an_hour_in_two_zones_keeps_both() -> None:
    assert typed("The special airs Sunday at 8 p.m. ET/PT on the main channel.", FRIDAY) == [
        ("Sunday", "DATE", "2017-09-17"),
        ("8 p.m. ET/PT", "TIME", "2017-09-17T20:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The record is named for the year he moved to Dublin.", []),
        ("The shop opened in the month they married.", []),
        ("During the week I work at a bakery.", [("the week", "DATE", "2017-W37")]),
        ("Sales rose in the year to March.", [("the year", "DURATION", "P1Y"), ("March", "DATE", "2017-03")]),
    ],
)
def test_the_year_a_clause_defines_is_not_the_current_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected
