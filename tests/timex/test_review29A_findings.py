"""A second reader's review of the rules that came with the religion-news set, the readers'-letters set, the
astronomy-history set and the second leftovers pass: each row is a sentence of our own where a new rule's
trigger appears but its reading was wrong, or a close variant it missed, with the rule's own case kept.

- Standing time of a run of events: "Strikes begin at 3am, the union said" names the one run of
  disruptions being announced, and "Sailings resume at noon after the storm" a run taken up again: both
  start on one day (the DCT's), not at a standing time; "Walks start at 9.30am" and "All strikes begin at
  3am" (every one of them) stay standing.
  The comment there said "only in the simple present" of a test that also takes a one-word future (the
  timetable present the tense reader reads as looking ahead): it now says so.
- A month with its year in the sentence before: "The firm was founded in March 1984. On 12 March it will
  mark 40 years" looks ahead from the writer's now, so the day is the coming one, not 1984's; "The plant
  opened in May 1990. On 3 May the lights went on" keeps 1990.
- A weekday after a preposition of dating before a service noun: "on" and "from" also place a thing or
  say where it comes from ("came home from Sunday school", "walked out from Friday prayers"), so they date
  the weekday only when they open their clause ("From Monday trains will run hourly"); "By Sunday buses
  were running again" dates it wherever it stands.
- Weekday tariffs: WEEKDAY_TARIFF_NOUNS and its own check repeated the weekday-service rule (a bare
  weekday before a noun of what every such day has) with a looser exception; its nouns now join
  WEEKDAY_SERVICE_NOUNS ("dropped its Saturday charges", "On Saturday charges were laid" as before).
- A capitalised "May" heading a list of months: "May, April and June went to the fair" and "May, June and
  August are my sisters" can be three women, as every one of them is a first name; a list holding a month
  that is no name ("May, June and September") or headed by one ("March, April and May") stays months.
- A feast before a rite noun: the plural "Easter vigils were held" is the rite as "the Easter Vigil" is.
- "one part in" before a number: a ratio's whole of four digits is a round figure ("one part in 1500");
  "Each actor played one part in 1996 and another in 1998" is a role in each year.

Left, as a mend would be a guess:
- "The prosecutor said Friday charges were being considered": in American news "said Friday" dates the
  saying, in British usage "Friday charges" may be a tariff; the weekday-service rule (older than this
  round) reads both alike.
- "Let us not forget the floods in February" (and "Let's ..."): a proposal to remember looks back, but the
  hortative is read as the writer's present, so the month is the nearest (the coming February).
- "my rota is four days on" at a message's end, "three days on" before a blank line inside a sentence:
  the heading's pause reads "on" as counting forward; a shift pattern ("four days on, three off") is
  another sense of "on" that the offset rule does not know.
- "The river floods in April, the fire in June." in a story: a verbless list of noun phrases reads
  "floods" as the verb and both months as every year's.
- "The magazine comes out four times a year in March, June, September and December": the present simple
  leaves the months to the nearest year each (mixed years), by the rule's own choice for a school's page.
- "The 1500 Acts of Parliament were bound in one volume": a plural title after a number below 1800 is
  read as the year of an act; plural titles ("the 1571 Articles of Religion") can be years too.
- "flights leave at 6am so we need to be up early" in a chat: the bare plural reads as a timetable's
  standing time though it is one trip's.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SUNDAY = date(2024, 3, 10)
WEDNESDAY = date(2024, 10, 16)
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strikes begin at 3am, the union said.", [("3am", "TIME", "2024-03-10T03:00")]),
        ("Sailings resume at noon after the storm.", [("noon", "TIME", "2024-03-10T12:00")]),
        ("Classes reopen at 9am.", [("9am", "TIME", "2024-03-10T09:00")]),
        # a run's standing time: a programme's events, or every one of the strikes
        ("Rides leave the green at 10am.", [("10am", "TIME", "XXXX-XX-XXT10:00")]),
        ("All strikes begin at 3am.", [("3am", "TIME", "XXXX-XX-XXT03:00")]),
    ],
)
def test_a_run_announced_or_resumed_starts_on_one_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm was founded in March 1984. On 12 March it will mark 40 years in the town.",
            [
                ("March 1984", "DATE", "1984-03"),
                ("12 March", "DATE", "2025-03-12"),
                ("40 years", "DURATION", "P40Y"),
            ],
        ),
        (
            "The plant opened in May 1990. On 3 May we will hold a party to mark it.",
            [("May 1990", "DATE", "1990-05"), ("3 May", "DATE", "2025-05-03")],
        ),
        # a past clause goes on with the month told
        (
            "The plant opened in May 1990. On 3 May the lights went on.",
            [("May 1990", "DATE", "1990-05"), ("3 May", "DATE", "1990-05-03")],
        ),
    ],
)
def test_a_future_day_after_a_month_with_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The children came home from Sunday school in the rain.", []),
        ("Worshippers streamed out from Friday prayers.", []),
        (
            "From Monday trains will run every hour.",
            [("Monday", "DATE", "2024-03-11"), ("every hour", "SET", "PT1H")],
        ),
        ("By Sunday buses were running again.", [("Sunday", "DATE", "2024-03-10")]),
        ("The strike ended, and by Sunday buses were running again.", [("Sunday", "DATE", "2024-03-10")]),
        # tariffs, read by the weekday-service rule
        ("The zoo scrapped its Sunday charges in the winter.", [("the winter", "DATE", "2023-WI")]),
        ("Saturday parking by the station is free.", []),
        ("On Saturday charges were laid against two men.", [("Saturday", "DATE", "2024-03-09")]),
    ],
)
def test_on_and_from_date_a_weekday_only_opening_their_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "May, April and June went to the fair together.",
            [("April", "DATE", "2024-04"), ("June", "DATE", "2024-06")],
        ),
        (
            "May, June and August are my sisters.",
            [("June", "DATE", "2024-06"), ("August", "DATE", "2024-08")],
        ),
        # a month that is no first name in the list, or heading it
        (
            "May, June and October were the wettest months.",
            [("May", "DATE", "2024-05"), ("June", "DATE", "2024-06"), ("October", "DATE", "2024-10")],
        ),
        (
            "March, June and August saw the most rain.",
            [("March", "DATE", "2024-03"), ("June", "DATE", "2024-06"), ("August", "DATE", "2024-08")],
        ),
    ],
)
def test_a_list_of_first_names_that_are_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Easter vigils were held across the country.", []),
        ("The Easter vigils drew large crowds.", []),
    ],
)
def test_a_feasts_rite_in_the_plural(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each actor played one part in 1996 and another in 1998.",
            [("1996", "DATE", "1996"), ("1998", "DATE", "1998")],
        ),
        (
            "She sang one part in 2003, the lead in 2005.",
            [("2003", "DATE", "2003"), ("2005", "DATE", "2005")],
        ),
        # a round whole stays a ratio's
        ("The scales were true to one part in 2000.", []),
        ("The error was one part in 300.", []),
    ],
)
def test_a_ratios_whole_is_round(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected
