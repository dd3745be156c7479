"""Rules added after the twenty-third blind news set (`data/gold/timex/blind_news_23.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A life's two years in brackets after a name ("MACLEOD, Donald Angus (1924-2026)") may span more than
  a century, as a centenarian's do; so may a war's or a reign's ("(1337-1453)"). A bare range of more
  than a century ("rose 1200-1500") is still read as amounts.
- A date written with its weekday and no year ("on Tuesday, February 3") that does not fit the year of
  the story told before it, but fits the date nearest the DCT, is a day of the time of writing: a death
  notice tells a life up to years ago, then the visiting hours of next week.
- A paper dated the morning after prints the story as filed: under a dateline naming the day before
  the DCT ("MADRAS, June 12." in the paper of June 13), "this morning", "today" and "tomorrow" are
  counted from the dateline's day.
- "most Sundays" keeps "most" in its extent, as "most summers" and "most mornings" do.
- "the last years of his life" and "the final months of her life" are stages of a life, not lengths,
  as "in his final years" is; "years of his life" without "the last" is still a length.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2026, 1, 30)
THURSDAY = date(1991, 6, 13)
MONDAY = date(2008, 7, 7)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "HOLLIS, Margaret Jean (1921-2025)\n\nPeacefully at home in Kingston.",
            date(2025, 3, 4),
            [("1921", "DATE", "1921"), ("2025", "DATE", "2025")],
        ),
        (
            "The Hundred Years' War (1337-1453) was fought in France.",
            FRIDAY,
            [("1337", "DATE", "1337"), ("1453", "DATE", "1453")],
        ),
        (
            "The painter Ada Wolfe (1899-2004) lived in Leeds.",
            FRIDAY,
            [("1899", "DATE", "1899"), ("2004", "DATE", "2004")],
        ),
        ("Crowds of 1400-1550 gathered outside.", FRIDAY, []),
    ],
)
def test_a_bracketed_span_after_a_name_may_pass_a_century(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_a_weekday_date_that_fits_only_the_time_of_writing() -> None:
    text = (
        "She worked at the mill until it closed in 2011 and moved to Ottawa in 2013.\n\n"
        "Friends may call at the funeral home on Tuesday, February 3, from 2 to 4 p.m."
    )
    assert typed(text, FRIDAY) == [
        ("2011", "DATE", "2011"),
        ("2013", "DATE", "2013"),
        ("Tuesday, February 3", "DATE", "2026-02-03"),
        ("2", "TIME", "2026-02-03T14:00"),
        ("4 p.m.", "TIME", "2026-02-03T16:00"),
    ]


def test_a_weekday_date_that_fits_the_story_stays_in_it() -> None:
    text = "The flood reached the town in 1913. At dawn on Tuesday, March 25, the levee broke."
    assert ("Tuesday, March 25", "DATE", "1913-03-25") in typed(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PUNE, June 12. The poet Anil Deshpande died at a hospital here this morning. "
            "His funeral will be held tomorrow.",
            [
                ("June 12", "DATE", "1991-06-12"),
                ("this morning", "TIME", "1991-06-12TMO"),
                ("tomorrow", "DATE", "1991-06-13"),
            ],
        ),
        (
            "NEW DELHI, June 11. The minister said today that the talks would resume next week.",
            [
                ("June 11", "DATE", "1991-06-11"),
                ("today", "DATE", "1991-06-11"),
                ("next week", "DATE", "1991-W25"),
            ],
        ),
        (
            "LAHORE, June 13. The court adjourned the hearing today.",
            [("June 13", "DATE", "1991-06-13"), ("today", "DATE", "1991-06-13")],
        ),
    ],
)
def test_a_dateline_a_day_before_the_paper_is_the_writers_today(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In retirement he preached in village churches most Sundays.",
            [("most Sundays", "SET", "XXXX-WXX-7")],
        ),
        ("Most Fridays she drove to the coast.", [("Most Fridays", "SET", "XXXX-WXX-5")]),
        ("The club met on Tuesdays.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
    ],
)
def test_most_and_a_plural_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spent the last years of his life in a cottage by the sea.", []),
        ("She spent the final months of her life in Rome.", []),
        ("The early years of their lives were spent on a farm.", []),
        ("He spent years of his life in prison.", [("years", "DURATION", "PXY")]),
        ("She spent the final months of the campaign in Ohio.", [("the final months", "DURATION", "PXM")]),
    ],
)
def test_a_stage_of_a_life_is_no_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
