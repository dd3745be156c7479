"""Rules added after the thirteenth blind news set (`data/gold/timex/blind_news_13.jsonl`, crime, police
and court copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A past verb before "the evening of 11 February" or "on the night of Nov. 18" dates that day itself, so
  its tense decides the year however far back that puts it, as it does for "on 11 February".
- A yearless date told a few days from a day the story has just told stays in that day's year, even when
  the tense's side of the DCT is far and the other side near ("had spent the evening of 11 February ...
  was last seen at 12.47am on 12 February" in a November story).
- "set for", "fixed for" and "booked for" right before a date name the day arranged, which lies ahead
  of the arranging ("a trial date was set for Sept. 13" in May); "had been set for Tuesday but was held
  up" tells an arrangement overtaken, and "fixed the car for $180 Sat." dates the act.
- A past perfect looks back from a time already past: in news, "the following year" in "had planned to
  retire the following year" is not counted from a date still ahead named just before it ("eligible
  for parole in October 2037"), but from the last past day told.
- "a night out" is an outing, not a length of one night.
- "the previous afternoon", "the preceding evening", "the previous night" are the day before the day
  just told, as "the next morning" is the day after.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WEDNESDAY = date(2012, 11, 21)
MONDAY = date(2006, 5, 1)
FRIDAY = date(2021, 8, 13)
SATURDAY = date(2005, 10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The climber had spent the night of 9 February in a hut below the summit.",
            [("9 February", "DATE", "2012-02-09")],
        ),
        (
            "The warehouse was broken into on the evening of 2 January, the court heard yesterday.",
            [("2 January", "DATE", "2012-01-02"), ("yesterday", "DATE", "2012-11-20")],
        ),
        # a verb that reports, with its own clause between it and the date, leaves the year to the DCT
        (
            "Officials said talks on the merger would resume on the morning of Jan. 5.",
            [("Jan. 5", "DATE", "2013-01-05")],
        ),
    ],
)
def test_a_past_verb_dates_the_day_of_the_night_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She had spent the evening of 10 February at a concert. She was last seen leaving a taxi"
            " rank near the station at 1.15am on 11 February.",
            [
                ("10 February", "DATE", "2012-02-10"),
                ("1.15am", "TIME", "2012-02-11T01:15"),
                ("11 February", "DATE", "2012-02-11"),
            ],
        ),
        (
            "The ferry sailed from port on the night of 28 December. It was sighted drifting without power"
            " off the headland on 2 January.",
            [("28 December", "DATE", "2011-12-28"), ("2 January", "DATE", "2012-01-02")],
        ),
    ],
)
def test_a_date_near_the_day_just_told_keeps_its_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trial date was set for Sept. 20.", [("Sept. 20", "DATE", "2006-09-20")]),
        ("The judge set the retrial for Sept. 20.", [("Sept. 20", "DATE", "2006-09-20")]),
        ("The funeral was fixed for Friday.", [("Friday", "DATE", "2006-05-05")]),
        # an arrangement a past perfect tells as overtaken, and an act done on the day
        (
            "The launch had been set for Thursday but was held up by storms.",
            [("Thursday", "DATE", "2006-04-27")],
        ),
        ("A garage fixed the brakes for $90 Saturday.", [("Saturday", "DATE", "2006-04-29")]),
    ],
)
def test_set_for_a_date_names_the_day_arranged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was arrested on 3 March 2019 and will be eligible for release in June 2031. She had"
            " planned to emigrate the following year.",
            [
                ("3 March 2019", "DATE", "2019-03-03"),
                ("June 2031", "DATE", "2031-06"),
                ("the following year", "DATE", "2020"),
            ],
        ),
        # a future clause still counts on from the date ahead
        (
            "She was arrested on 3 March 2019 and will be eligible for release in June 2031. She will"
            " be deported the following year.",
            [
                ("3 March 2019", "DATE", "2019-03-03"),
                ("June 2031", "DATE", "2031-06"),
                ("the following year", "DATE", "2032"),
            ],
        ),
    ],
)
def test_a_past_perfect_does_not_count_from_a_date_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He had been on a night out with colleagues when he was attacked.", []),
        (
            "The storm kept them in the hut for a night and a day.",
            [("a night", "DURATION", "P1D"), ("a day", "DURATION", "P1D")],
        ),
    ],
)
def test_a_night_out_is_no_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said he was arrested on Tuesday. He had bought the knife the previous afternoon.",
            [("Tuesday", "DATE", "2005-10-11"), ("the previous afternoon", "TIME", "2005-10-10TAF")],
        ),
        (
            "The fire started on Thursday. Neighbours had smelled smoke the preceding evening.",
            [("Thursday", "DATE", "2005-10-13"), ("the preceding evening", "TIME", "2005-10-12TEV")],
        ),
        (
            "The ferry sank on Wednesday. The crew had reported a leak the previous night.",
            [("Wednesday", "DATE", "2005-10-12"), ("the previous night", "TIME", "2005-10-11TNI")],
        ),
    ],
)
def test_the_previous_part_of_the_day_is_the_day_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY, kind=DocumentKind.NEWS) == expected
