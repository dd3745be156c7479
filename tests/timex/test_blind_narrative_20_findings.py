"""Rules added after the twentieth blind narrative set (`data/gold/timex/blind_narrative_20.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A past-tense act cannot lie after the time of writing: after a glance ahead to a date beyond the DCT
  ("will leave on 29 March 2019"), a date without a year in a past-tense clause ("called an election for
  8 June") is the last such day before the DCT, not one after the glance; a past form that is also
  the present ("tickets cost £40 until 30 June") says nothing of tense.
- After a night told past midnight ("at about 1:10 a.m., and by 3:30 a.m."), "the following morning" is
  the morning of the date the small hours already reached, as it is after the night itself.
- An encyclopedia article on a recent event names the event by its year ("The 2014 ... flood") and dates
  it in its lead ("on Saturday, 11 January 2014"): how long ago the story lies is counted from that date,
  not from the end of the year in its name.
- A past perfect looks back from a Monday to the weekend that ended in it ("filed on Monday, 15
  September ... Over the same weekend a rival had agreed"), and the story stays on the Monday: "The next
  day" after that glance back is the Tuesday.
- "the last day for registering", "the last day to apply" name a deadline's day, as "the last day of the
  session" names a final one: neither is the day before the reference time.
- After a section that looks back before the story ("Background ... in 1966 ... in 2009"), a new section
  takes up the story of the lead's date again: its dates without a year are counted from that date.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The council was dissolved on 3 February 2019, and under the new charter its successor will "
            "sit from 1 September 2021. Elections were held on 14 April, and the new members met for the "
            "first time on 2 May.",
            date(2019, 9, 1),
            [
                ("3 February 2019", "DATE", "2019-02-03"),
                ("1 September 2021", "DATE", "2021-09-01"),
                ("14 April", "DATE", "2019-04-14"),
                ("2 May", "DATE", "2019-05-02"),
            ],
        ),
        (
            # "cost" is present as well as past: the plan stays after the glance ahead
            "The new stadium will open on 1 August 2026. Season tickets cost £40 until 30 June.",
            date(2025, 5, 1),
            [("1 August 2026", "DATE", "2026-08-01"), ("30 June", "DATE", "2026-06-30")],
        ),
    ],
)
def test_a_past_tense_date_after_a_glance_ahead_stays_before_the_time_of_writing(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected_morning"),
    [
        (
            "The vote was held on Thursday, 5 May 2011. Counting went on through the night. The first "
            "result came at about 1:10 a.m., and by 3:30 a.m. the outcome was clear. The following "
            "morning the mayor conceded.",
            "2011-05-06TMO",
        ),
        (
            "The fire started at 9 p.m. on Thursday, 5 May 2011. The next morning the roof fell in.",
            "2011-05-06TMO",
        ),
    ],
)
def test_the_following_morning_after_the_small_hours_is_that_date_s_morning(
    text: str, expected_morning: str
) -> None:
    values = [value for _, type_, value in typed(text, date(2012, 3, 1), NARRATIVE) if value.endswith("TMO")]
    assert values == [expected_morning]


LEAD_AND_SECTIONS = (
    "The 2014 Castelmoro flood struck the hill town of Castelmoro on Saturday, 11 January 2014, after a "
    "week of rain.\n\nBackground\n\nThe river had last burst its banks in 1966, and work on a new levee "
    "was begun in 2009.\n\nThe flood\n\nThe water kept rising, and by 14 January most of the old town lay "
    "under a metre of water. The army arrived on 16 January, and the last families went home on 3 March."
)


@pytest.mark.parametrize(
    ("dct", "kind"),
    [
        (date(2015, 5, 1), None),  # the lead's January lies more than a year back, the year's end not
        (date(2016, 3, 1), NARRATIVE),
    ],
)
def test_a_new_section_after_the_background_goes_on_from_the_lead_date(
    dct: date, kind: DocumentKind | None
) -> None:
    dated = {text: value for text, _, value in typed(LEAD_AND_SECTIONS, dct, kind)}
    assert dated["14 January"] == "2014-01-14"
    assert dated["16 January"] == "2014-01-16"
    assert dated["3 March"] == "2014-03-03"
    assert dated["2009"] == "2009"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 March, the last day for registering, the office stayed open until that evening.",
            [("2 March", "DATE", "2021-03-02"), ("that evening", "TIME", "2021-03-02TEV")],
        ),
        ("The last day to apply is 3 May.", [("3 May", "DATE", "2021-05-03")]),
    ],
)
def test_the_last_day_for_something_is_no_yesterday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2021, 3, 20)) == expected


def test_a_weekend_looked_back_to_from_a_monday_is_the_one_before_it() -> None:
    text = (
        "The crisis began on Friday, 12 September 2008, and talks went on through that weekend. The bank "
        "filed for bankruptcy in the early hours of Monday, 15 September 2008. Over the same weekend a rival "
        "had agreed to buy another bank. The next day the central bank lent money to an insurer."
    )
    assert typed(text, date(2010, 1, 18), NARRATIVE) == [
        ("Friday, 12 September 2008", "DATE", "2008-09-12"),
        ("that weekend", "DATE", "2008-W37-WE"),
        ("Monday, 15 September 2008", "DATE", "2008-09-15"),
        ("the same weekend", "DATE", "2008-W37-WE"),
        ("The next day", "DATE", "2008-09-16"),
    ]
