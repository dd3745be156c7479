"""Rules added after the sixth blind news set (`data/gold/timex/blind_news_6.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A day's scheduled event taken as the object of a verb that looks ahead ("will start Sunday's game",
  "is expected to miss Saturday's final") is still to come; a happening named by its day ("will review
  Sunday's incident") is over, as any "<day>'s <noun>" is by default.
- A weekday listed with a day still ahead ("warned of sleet tonight and Wednesday", "tomorrow or
  Friday") is ahead too, whatever the tense of the verb reporting them; one listed with a day gone by
  keeps the verb's direction ("stayed shut yesterday and Monday").
- A date in the infinitive after "approved" ("approved a plan for every school to hold a drill at 10 a.m.
  Thursday") belongs to the act approved, which may lie on either side of the DCT, as after "agreed";
  "approved the budget on Thursday" dates the approval.
- "the 40s" a few words after "temperatures" ("Temperatures are expected to climb into the 40s") is a
  band of degrees, as "highs in the 40s" is, not a decade.
- A part of the day or "weekend" qualifying a noun after "the" ("the evening rush", "the morning
  commute", "The weekend storm") is the time without the article, which belongs to the noun, as
  "morning" is in "morning trading"; "the morning was cold" keeps it.
- A clock time after a season or month named later in the same sentence ("voted Monday night to put it
  off until next spring, after a meeting that ran until shortly before midnight") falls on the day the
  sentence named: the season gives no day, and the news day is not the one told.
- "as of" a bare clock time ("led by 212 votes as of 6 a.m.") dates a count still going on: the news
  day's clock, not a day recalled in an earlier sentence.
- "overnight" told right after a small-hours or morning clock time of a day before the DCT ("reported at
  3:40 a.m. ... after the temperature had dropped overnight") is the night that ended that morning;
  after a day named alone ("closed higher on Tuesday. Asian markets fell overnight") it stays the night
  before the DCT.
- What a recommendation or proposal asks for is told while it is pending: a date in its subjunctive
  ("recommended that the school close in June") or infinitive ("proposed to hold the vote in March")
  lies ahead, even after a past verb.
- A relative clause set off by commas ("the school, which opened in 1954, close in June") tells its own
  time: its verb does not govern a date after the closing comma.
- A day told in passing in such a clause about a sentence's subject ("Pruitt, who testified Wednesday,
  told jurors he learned of the fire at 6 a.m.") does not move the report to that day: the clock time
  after it stays on the day the report had come to.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2023, 3, 6)
TUESDAY = date(2019, 10, 15)
FRIDAY = date(2016, 4, 8)
SATURDAY = date(2005, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The backup will start Sunday's divisional game at Denver.",
            [("Sunday", "DATE", "2023-03-12")],
        ),
        (
            "The striker is expected to miss Saturday's final with a knee injury.",
            [("Saturday", "DATE", "2023-03-11")],
        ),
        (
            "The league will review Sunday's incident before deciding on a ban.",
            [("Sunday", "DATE", "2023-03-05")],
        ),
        (
            "The backup started Sunday's game at Denver.",
            [("Sunday", "DATE", "2023-03-05")],
        ),
    ],
)
def test_a_scheduled_event_as_object_of_a_verb_ahead_is_to_come(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters warned of heavy rain tonight and Thursday along the coast.",
            [("tonight", "TIME", "2023-03-06TNI"), ("Thursday", "DATE", "2023-03-09")],
        ),
        (
            "The union said its members would not walk out tomorrow or Friday.",
            [("tomorrow", "DATE", "2023-03-07"), ("Friday", "DATE", "2023-03-10")],
        ),
        (
            "The library stayed shut yesterday and Friday because of the flooding.",
            [("yesterday", "DATE", "2023-03-05"), ("Friday", "DATE", "2023-03-03")],
        ),
        (
            "Crews worked through the night and Saturday to clear the line.",
            [("the night", "TIME", "2023-03-05TNI"), ("Saturday", "DATE", "2023-03-04")],
        ),
    ],
)
def test_a_day_listed_with_one_ahead_is_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board approved a plan for every school to hold a fire drill at 10 a.m. Thursday.",
            [("10 a.m. Thursday", "TIME", "2019-10-17T10:00")],
        ),
        (
            "The council approved plans to close the bridge on Wednesday for repairs.",
            [("Wednesday", "DATE", "2019-10-16")],
        ),
        ("The council approved the budget on Thursday.", [("Thursday", "DATE", "2019-10-10")]),
    ],
)
def test_a_date_in_the_act_approved_belongs_to_the_act(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Temperatures are expected to climb into the 40s by Friday.",
            [("Friday", "DATE", "2019-10-18")],
        ),
        (
            "The temperature should slowly rise back into the 60s this weekend.",
            [("this weekend", "DATE", "2019-W42-WE")],
        ),
        ("The band had its biggest hits in the 70s.", [("the 70s", "DATE", "197")]),
    ],
)
def test_the_forties_after_temperatures_are_degrees(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lights failed on Thursday at 5 p.m., at the height of the evening rush.",
            [
                ("Thursday", "DATE", "2019-10-10"),
                ("5 p.m.", "TIME", "2019-10-10T17:00"),
                ("evening", "TIME", "2019-10-10TEV"),
            ],
        ),
        (
            "The weekend storm knocked out power to 9,000 homes.",
            [("weekend", "DATE", "2019-W41-WE")],
        ),
        (
            "Snow fell all day on Monday. The morning was cold and grey.",
            [("Monday", "DATE", "2019-10-14"), ("The morning", "TIME", "2019-10-14TMO")],
        ),
    ],
)
def test_a_part_of_the_day_qualifying_a_noun_leaves_the_article_out(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council voted Tuesday night to delay the plan until next spring, after a meeting that ran "
            "until shortly before midnight.",
            [
                ("Tuesday night", "TIME", "2016-04-05TNI"),
                ("next spring", "DATE", "2017-SP"),
                ("midnight", "TIME", "2016-04-05T24:00"),
            ],
        ),
        (
            "The council voted Tuesday night to rebuild the school in the spring of 2018, after a meeting "
            "that ended at 11:40 p.m.",
            [
                ("Tuesday night", "TIME", "2016-04-05TNI"),
                ("the spring of 2018", "DATE", "2018-SP"),
                ("11:40 p.m.", "TIME", "2016-04-05T23:40"),
            ],
        ),
    ],
)
def test_a_clock_time_after_a_season_falls_on_the_day_its_sentence_named(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supporters held a final rally on Sunday. The mayor led by 212 votes as of 6 a.m., with "
            "absentee ballots still to be counted.",
            [("Sunday", "DATE", "2019-10-13"), ("6 a.m.", "TIME", "2019-10-15T06:00")],
        ),
        (
            "Supporters held a final rally on Sunday. The crowd had reached 3,000 by 6 p.m.",
            [("Sunday", "DATE", "2019-10-13"), ("6 p.m.", "TIME", "2019-10-13T18:00")],
        ),
    ],
)
def test_as_of_a_bare_clock_time_is_the_news_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire was reported at about 4:10 a.m. Wednesday. Firefighters struggled because the "
            "hydrants had frozen overnight, and it was out by 8 a.m.",
            [
                ("about 4:10 a.m. Wednesday", "TIME", "2016-04-06T04:10"),
                ("overnight", "TIME", "2016-04-05TNI"),
                ("8 a.m.", "TIME", "2016-04-06T08:00"),
            ],
        ),
        (
            "Stocks closed higher on Wednesday. Asian markets fell overnight.",
            [("Wednesday", "DATE", "2016-04-06"), ("overnight", "TIME", "2016-04-07TNI")],
        ),
        ("Heavy rain fell overnight across the region.", [("overnight", "TIME", "2016-04-07TNI")]),
    ],
)
def test_overnight_after_a_morning_told_is_the_night_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The superintendent recommended last week that the library close in June.",
            [("last week", "DATE", "2019-W41"), ("June", "DATE", "2020-06")],
        ),
        (
            "The committee proposed to hold the vote in March.",
            [("March", "DATE", "2020-03")],
        ),
        (
            "The superintendent recommended the library for an award in June.",
            [("June", "DATE", "2019-06")],
        ),
    ],
)
def test_what_a_recommendation_asks_for_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The superintendent recommended that the library, which opened in 1962, close in June.",
            [("1962", "DATE", "1962"), ("June", "DATE", "2020-06")],
        ),
        (
            "The mayor, who took office in 2017, will step down in June.",
            [("2017", "DATE", "2017"), ("June", "DATE", "2020-06")],
        ),
        (
            "The library, which reopens in May, closed in June.",
            [("May", "DATE", "2020-05"), ("June", "DATE", "2019-06")],
        ),
    ],
)
def test_a_relative_clause_between_commas_keeps_its_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire started on July 19, 2003. The owner, who testified Wednesday, told jurors he "
            "learned of it at 6 a.m. A clerk said he had bought gasoline the night before.",
            [
                ("July 19, 2003", "DATE", "2003-07-19"),
                ("Wednesday", "DATE", "2005-03-09"),
                ("6 a.m.", "TIME", "2003-07-19T06:00"),
                ("the night before", "TIME", "2003-07-18TNI"),
            ],
        ),
        (
            "The fire started on July 19, 2003. The owner testified Wednesday. He told jurors he woke at 6 a.m.",
            [
                ("July 19, 2003", "DATE", "2003-07-19"),
                ("Wednesday", "DATE", "2005-03-09"),
                ("6 a.m.", "TIME", "2005-03-09T06:00"),
            ],
        ),
    ],
)
def test_a_day_told_in_passing_about_the_subject_does_not_move_the_report(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY, DocumentKind.NEWS) == expected
