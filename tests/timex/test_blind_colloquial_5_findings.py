"""Rules added after the fifth blind colloquial set (`data/gold/timex/blind_colloquial_5.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A review's or a forum post's date line heads the post below it, and the post's "yesterday", weekdays
  and "last Sunday" count from it, whatever opens the line: a verb of posting ("Posted 12 November
  2011", "Reviewed in the United Kingdom on 14 February 2021", "Responded 28 June 2017"), a handle and
  a middle dot however long the handle ("allotment_annie · Mar 9, 2014"), a lower-case handle and a
  comma ("pete_l, 04/27/2024"); a comment's clock time after its date ("December 1, 2018 at 9:42 am")
  leaves the line a date line.
- A post's own stamp counted from the moment the page is read ("u/sam · 2 days ago") counts from the
  DCT, not from the stamp of the post above it.
- Weeks, months and years counted back in a dated post ("potted on three weeks ago", "the boiler was
  replaced last week") count from the post's date line, as its "yesterday" does.
- A sentence whose "on Monday" merely sits near a line start is no date line: news paragraphs keep
  their weekdays counted from the DCT.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2011, 11, 24)
SATURDAY = date(2019, 12, 28)
MONDAY = date(2014, 9, 22)
FRIDAY = date(2026, 1, 30)
WEDNESDAY = date(2021, 3, 3)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Gearbox noise\n\nkev_r · Posted 12 November 2011\nIt went in at the garage yesterday and "
            "it's booked in again for Thursday.\n\nmo · Posted 24 November 2011\nSame here.\n",
            THURSDAY,
            [
                ("12 November 2011", "DATE", "2011-11-12"),
                ("yesterday", "DATE", "2011-11-11"),
                ("Thursday", "DATE", "2011-11-17"),
                ("24 November 2011", "DATE", "2011-11-24"),
            ],
        ),
        (
            "Sturdy kettle\nReviewed in the United Kingdom on 14 February 2021\nI emailed the shop on "
            "Monday and was told to wait.\n\nFine\nReviewed in the United Kingdom on 3 March 2021\nWorks.\n",
            WEDNESDAY,
            [
                ("14 February 2021", "DATE", "2021-02-14"),
                ("Monday", "DATE", "2021-02-08"),
                ("3 March 2021", "DATE", "2021-03-03"),
            ],
        ),
        (
            "Pond thread\n\nbramble_and_beech · Mar 9, 2014\nFrogspawn turned up today.\n\n"
            "newt_fan · Sep 22, 2014\nLovely.\n",
            MONDAY,
            [
                ("Mar 9, 2014", "DATE", "2014-03-09"),
                ("today", "DATE", "2014-03-09"),
                ("Sep 22, 2014", "DATE", "2014-09-22"),
            ],
        ),
        (
            "Comments\n\nJo · December 1, 2018 at 9:42 am\nBaked the loaf last Sunday and it rose.\n\n"
            "Al · December 28, 2019 at 7:45 am\nGreat.\n",
            SATURDAY,
            [
                ("December 1, 2018", "DATE", "2018-12-01"),
                ("9:42 am", "TIME", "2018-12-01T09:42"),
                ("last Sunday", "DATE", "2018-11-25"),
                ("December 28, 2019", "DATE", "2019-12-28"),
                ("7:45 am", "TIME", "2019-12-28T07:45"),
            ],
        ),
    ],
)
def test_a_post_date_line_anchors_the_post_below_it(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_a_post_stamp_counted_from_the_reading_is_not_counted_from_the_post_above() -> None:
    text = (
        "r/fixit\n\nPosted by u/lena · 3 days ago\nThe screen went dark Monday night.\n\n"
        "u/ravi_kumar_1987 · 2 days ago\nSame here.\n\nu/lena_fixes_phones · 1 day ago\nSorted it this "
        "morning.\n"
    )
    assert typed(text, FRIDAY) == [
        ("3 days ago", "DATE", "2026-01-27"),
        ("Monday night", "TIME", "2026-01-26TNI"),
        ("2 days ago", "DATE", "2026-01-28"),
        ("1 day ago", "DATE", "2026-01-29"),
        ("this morning", "TIME", "2026-01-29TMO"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Seedlings\n\nfern_grower · May 4, 2014\nPricked them out three weeks ago.\n\n"
            "ash · Sep 22, 2014\nNice.\n",
            MONDAY,
            [
                ("May 4, 2014", "DATE", "2014-05-04"),
                ("three weeks ago", "DATE", "2014-W15"),
                ("Sep 22, 2014", "DATE", "2014-09-22"),
            ],
        ),
        (
            "Response from the owner\nResponded 28 June 2017\nThe heating was fixed last week.\n\n"
            "Great stay\nReviewed 9 July 2017\nLovely.\n",
            date(2017, 7, 9),
            [
                ("28 June 2017", "DATE", "2017-06-28"),
                ("last week", "DATE", "2017-W25"),
                ("9 July 2017", "DATE", "2017-07-09"),
            ],
        ),
    ],
)
def test_weeks_and_years_back_in_a_dated_post_count_from_its_date_line(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_a_weekday_after_on_near_a_line_start_in_news_keeps_the_dct() -> None:
    text = "The council met on Monday and agreed the budget.\nIt will vote again on Thursday.\n"
    assert typed(text, WEDNESDAY) == [("Monday", "DATE", "2021-03-01"), ("Thursday", "DATE", "2021-03-04")]
