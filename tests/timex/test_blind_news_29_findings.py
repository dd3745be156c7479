"""Rules added after the twenty-ninth blind news set (`data/gold/timex/blind_news_29.jsonl`, court and
legal news) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- A clock time joined to a date by a part of the day that the date names ("at about 11.45pm on the night
  of 3 March", "at 7am on the morning of 9 June", "at 2.10am in the early hours of 5 May") falls on that
  date, as "at 6am on 11 August" does; a morning hour "on the night of" a date is already the next day,
  so it is left to the rules for the small hours.
- A past act of a court or a meeting putting its business off to a weekday ("was remanded in custody until
  Friday", "adjourned the hearing until Monday", "remanded him to appear by video link on Friday") names
  a day after the act: the first such weekday on or after the DCT, not the last one before it, as the
  past tense alone would say.
- "the previous evening" (or "the night before") glances back one day from the day told; a "that morning"
  or "that afternoon" after it is a part of the day it was counted back from, since that morning comes
  before the evening of the glance's own day.
- News that has turned to a story years back ("punched outside a bar on May 3, 2015, and died two days
  later") hands a bare month back to the news once a whole paragraph reporting the news ("Giving the
  ruling, the judge said ...") stands between them: "The appeal was heard in November" is the last
  November before the DCT; a paragraph that goes on with the story keeps the story's year.
- A message quoted word for word after "saying:" or "wrote:" ("had sent him a text the previous evening
  saying: "I want it back by the end of the week"") speaks from the day its sentence dates it to, when
  that day lies over a week before the DCT: its "the end of the week" and "next week" are counted from
  that day, not from the time of writing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2019, 11, 12)
SATURDAY = date(2016, 5, 14)
WEDNESDAY = date(2008, 10, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury heard that at about 11.45pm on the night of 3 March a van was seen near the lock.",
            [("about 11.45pm", "TIME", "2019-03-03T23:45"), ("3 March", "DATE", "2019-03-03")],
        ),
        (
            "The fire started at 7am on the morning of 9 June, the inquest was told.",
            [("7am", "TIME", "2019-06-09T07:00"), ("9 June", "DATE", "2019-06-09")],
        ),
        (
            "Officers were called at 2.10am in the early hours of 5 May to a house in Hill Street.",
            [("2.10am", "TIME", "2019-05-05T02:10"), ("5 May", "DATE", "2019-05-05")],
        ),
        (
            "She left the pub at 10.30pm on the evening of August 17, the court heard.",
            [("10.30pm", "TIME", "2019-08-17T22:30"), ("August 17", "DATE", "2019-08-17")],
        ),
    ],
)
def test_a_clock_time_takes_the_date_of_the_part_of_the_day_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


def test_a_morning_hour_on_the_night_of_a_date_is_not_put_on_that_date() -> None:
    found = typed("He was attacked at 3am on the night of 3 March, the court heard.", TUESDAY)
    assert ("3 March", "DATE", "2019-03-03") in found
    assert ("3am", "TIME", "2019-03-03T03:00") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man accused of the raid was remanded in custody until Friday when he appeared in court yesterday.",
            [("Friday", "DATE", "2016-05-20"), ("yesterday", "DATE", "2016-05-13")],
        ),
        (
            "The magistrate adjourned the hearing until Monday.",
            [("Monday", "DATE", "2016-05-16")],
        ),
        (
            "The judge remanded him in custody to appear by video link on Thursday.",
            [("Thursday", "DATE", "2016-05-19")],
        ),
        (
            "The bail application was adjourned to Tuesday after the defence asked for more time.",
            [("Tuesday", "DATE", "2016-05-17")],
        ),
    ],
)
def test_a_day_a_court_put_its_business_off_to_lies_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


def test_a_past_weekday_without_a_put_off_verb_keeps_the_past() -> None:
    assert typed("The accused appeared in court on Friday.", SATURDAY) == [("Friday", "DATE", "2016-05-13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He arrived at the clinic at 3pm on October 2. He had felt unwell the previous evening and had "
            "called his doctor that morning.",
            [
                ("3pm", "TIME", "2008-10-02T15:00"),
                ("October 2", "DATE", "2008-10-02"),
                ("the previous evening", "TIME", "2008-10-01TEV"),
                ("that morning", "TIME", "2008-10-02TMO"),
            ],
        ),
        (
            "The boat sank on October 2. Its owner had been warned the night before, and the crew had "
            "complained again that afternoon.",
            [
                ("October 2", "DATE", "2008-10-02"),
                ("the night before", "TIME", "2008-10-01TNI"),
                ("that afternoon", "TIME", "2008-10-02TAF"),
            ],
        ),
    ],
)
def test_a_part_of_the_day_after_a_glance_back_to_the_evening_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_that_evening_after_the_previous_evening_stays_on_its_day() -> None:
    found = typed(
        "The match was played on October 2. The team had flown in the previous evening and trained that evening.",
        WEDNESDAY,
    )
    assert ("that evening", "TIME", "2008-10-01TEV") in found


STORY_LEAD = "A roofer was punched outside a bar on May 3, 2015, and died in hospital two days later.\n\n"


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Giving the ruling, the judge said the jury had been misdirected on self-defence.\n\n", "2017-11"),
        ("The bar closed soon after, and its owner sold it to a brewery.\n\n", "2015-11"),
        ("", "2015-11"),
    ],
)
def test_a_news_paragraph_hands_a_bare_month_back_to_the_news(between: str, expected: str) -> None:
    found = typed(STORY_LEAD + between + "The case was heard in November.", date(2018, 6, 13))
    assert found[-1] == ("November", "DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The owner had received a letter on 20 February saying: "I will come for the money by the end of '
            'the week."',
            [("20 February", "DATE", "2019-02-20"), ("the end of the week", "DATE", "2019-W08")],
        ),
        (
            'He wrote to the council on 4 June 2019 saying: "The bridge will be unsafe by next week."',
            [("4 June 2019", "DATE", "2019-06-04"), ("next week", "DATE", "2019-W24")],
        ),
        (
            'The manager said on Monday: "We will reopen by the end of the week."',
            [("Monday", "DATE", "2019-11-11"), ("the end of the week", "DATE", "2019-W46")],
        ),
    ],
)
def test_a_message_quoted_after_saying_speaks_from_the_day_it_was_sent(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected
