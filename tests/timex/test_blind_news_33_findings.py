"""Rules added after the thirty-third blind news set (`data/gold/timex/blind_news_33.jsonl`, police,
fire and court logs and briefs) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "kept under 24-hour guard", "worked over 12-hour shifts": "under" and "over" before a hyphenated
  length are prepositions governing the noun the length qualifies, not bounds on the length.
- "began at 11:52 p.m. and ended 20 minutes later": a counted length after a clock time that runs past
  midnight reaches a clock time of the next day (and one counted back before midnight, of the day before).
- "was last seen at 3.30pm on Tuesday ... CCTV shows him at 4.02pm on Tuesday": a present tense that
  gives no direction names again the weekday the text has already put on a day, not the nearest one.
- A log of dated items ("Jan. 24: ... went into a ditch shortly before midnight Friday") counts a past
  weekday in an item back from the item's own date, as a letter does from its heading.
- A log printed on a Thursday "from Thursday, March 7, through Wednesday, March 13" heads its first items
  "Thursday, 8:12 a.m.:": a line opening on the DCT's weekday is the Thursday the log dated, and the
  item's "overnight" is the night before it.
- A clock time after a frequency adverb ("called there most often after 1 a.m.") or naming a standing
  rule's hour ("bring back the 10 p.m. curfew") is that time of any day, not of the day in context.
- "winched to safety at 12.40am. They had set out that afternoon": a past perfect looks back from the
  small hours to the afternoon or evening of the day before.
- "arrested 23 people over the weekend after a series of fights": "after" an indefinite event gives a
  cause, not a weekend counted from it, so "over the weekend" is the idiom's weekend.
- "Fourth of July" without its article ("at a Fourth of July parade") is the holiday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

SATURDAY = date(2021, 10, 16)
WEDNESDAY = date(2009, 3, 18)
THURSDAY = date(2018, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The witness has been kept under 24-hour police guard since the trial opened.",
            [("24-hour", "PT24H", None)],
        ),
        (
            "Paramedics said they had worked over 12-hour shifts at the height of the outbreak.",
            [("12-hour", "PT12H", None)],
        ),
        # a bound on a length that is not an adjective keeps its mod
        ("The repairs should take under 24 hours.", [("under 24 hours", "PT24H", "LESS_THAN")]),
    ],
)
def test_preposition_before_a_hyphenated_length(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pursuit started at 11:48 p.m. Friday and ended 25 minutes later on the ring road.",
            [
                ("11:48 p.m. Friday", "TIME", "2021-10-15T23:48"),
                ("25 minutes later", "TIME", "2021-10-16T00:13"),
            ],
        ),
        (
            "The alarm sounded at 12:20 a.m. Friday, and neighbours had called 40 minutes earlier.",
            [
                ("12:20 a.m. Friday", "TIME", "2021-10-15T00:20"),
                ("40 minutes earlier", "TIME", "2021-10-14T23:40"),
            ],
        ),
    ],
)
def test_clock_time_counted_across_midnight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_present_tense_names_again_the_weekday_told() -> None:
    text = (
        "The woman was last seen at about 5pm on Monday near the station. "
        "Camera footage shows her boarding a tram at 5.20pm on Monday."
    )
    assert typed(text, THURSDAY) == [
        ("about 5pm", "TIME", "2018-11-12T17:00"),
        ("Monday", "DATE", "2018-11-12"),
        ("5.20pm", "TIME", "2018-11-12T17:20"),
        ("Monday", "DATE", "2018-11-12"),
    ]


def test_past_weekday_in_a_dated_log_item_counts_from_the_item() -> None:
    text = (
        "Arrest log\n\n"
        "Feb. 27: A man was arrested after a fight outside a bar at about 1 a.m. Saturday.\n\n"
        "March 12: A woman was cited for shoplifting."
    )
    assert typed(text, WEDNESDAY) == [
        ("Feb. 27", "DATE", "2009-02-27"),
        ("about 1 a.m. Saturday", "TIME", "2009-02-21T01:00"),
        ("March 12", "DATE", "2009-03-12"),
    ]


def test_log_heading_on_the_dct_weekday_is_the_day_the_log_dated() -> None:
    text = (
        "Calls logged from Thursday, Nov. 8, through Wednesday, Nov. 14.\n\n"
        "Thursday, 6:40 a.m.: A van was broken into overnight on Mill Lane.\n\n"
        "Friday, 2:15 p.m.: A wallet was handed in at the station."
    )
    assert typed(text, THURSDAY) == [
        ("Thursday, Nov. 8", "DATE", "2018-11-08"),
        ("Wednesday, Nov. 14", "DATE", "2018-11-14"),
        ("Thursday", "DATE", "2018-11-08"),
        ("6:40 a.m.", "TIME", "2018-11-08T06:40"),
        ("overnight", "TIME", "2018-11-07TNI"),
        ("Friday", "DATE", "2018-11-09"),
        ("2:15 p.m.", "TIME", "2018-11-09T14:15"),
    ]


def test_weekday_told_on_the_dct_itself_stays_the_dct() -> None:
    # a story that has dated no day a week back keeps "said Thursday" on a Thursday DCT as the DCT
    assert typed("Thursday, the council said it would appeal.", THURSDAY) == [
        ("Thursday", "DATE", "2018-11-15")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambulances were sent to the square 40 times last month, usually after 11 p.m.",
            [("last month", "DATE", "2021-09"), ("11 p.m.", "TIME", "XXXX-XX-XXT23:00")],
        ),
        (
            "The council voted to keep the 9 p.m. curfew for under-16s.",
            [("9 p.m.", "TIME", "XXXX-XX-XXT21:00")],
        ),
        # one night's curfew told with "a" keeps its day
        (
            "A 9 p.m. curfew was imposed on Friday.",
            [("9 p.m.", "TIME", "2021-10-16T21:00"), ("Friday", "DATE", "2021-10-15")],
        ),
    ],
)
def test_standing_clock_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_past_perfect_afternoon_before_the_small_hours() -> None:
    text = "Crews reached the stranded climbers at 1.10am on Saturday. They had set off that afternoon."
    assert typed(text, SATURDAY)[-1] == ("that afternoon", "TIME", "2021-10-15TAF")
    # a story moving on from the small hours stays on their day
    onward = "The fire broke out at 2:30 a.m. Friday. That afternoon, investigators arrived."
    assert typed(onward, SATURDAY)[-1] == ("That afternoon", "TIME", "2021-10-15TAF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police made 14 arrests over the weekend after a string of fights downtown.",
            [("the weekend", "DATE", "2021-W40-WE")],
        ),
        (
            "Two people were hurt at a Fourth of July parade in Dayton.",
            [("Fourth of July", "DATE", "2021-07-04")],
        ),
    ],
)
def test_weekend_idiom_and_holiday_without_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2021, 10, 11)) == expected
