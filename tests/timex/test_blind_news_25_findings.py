"""Rules added after the twenty-fifth blind news set (`data/gold/timex/blind_news_25.jsonl`, arts and
entertainment copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A weekday told as part of the weekend just named ("over the holiday weekend, including Monday's
  holiday", "the weekend and Monday") is a day of that weekend (a long weekend takes in the Friday or the
  Monday beside it), whatever the tense of the clause.
- A month or a weekday inside a quoted title after its first word ("the drama "Snow in April,"") names no
  time, as one opening a title does not; quoted speech, not capitalised word by word, keeps its dates.
- A year after a verb of seeming and "like" ("it sounded like 1991 again") is a year likened to the
  present; an amount after it ("looked like 1500 people") stays a count.
- A year after a plural possessive ("the Marlowes' 1991 album") is a year, as after "the band's".
- A plural weekday after a verb that moves a show or a service ("after moving to Fridays") is a standing
  day, a SET.
- A season before a kind noun and "season" ("the fall auction season", "the summer movie season") is
  the calendar season, tagged alone, as "the fall lineup" is.
- A part of the day before a plural noun that is no verb ("tickets for the evening galas") names a kind
  of event on any day, not one evening; a clock time after it in a sentence of "each day" stays the time
  of every day.
- A sentence about each event of a run ("Each show will run two hours, with the support act on at 7:30
  p.m.") tells a clock time of every one of them, unless a day is named before it.
- In news dated the day after the night it reports, a quoted "tonight" told in the past ("'Tonight we
  turned works away,' he said") is the night the words were said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2021, 5, 29)  # the Saturday of the Memorial Day weekend (Monday May 31)
TUESDAY = date(2024, 3, 12)
WEDNESDAY = date(2022, 11, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The comedy is on course for $40 million over the Memorial Day weekend, including Monday's holiday.",
            [("Memorial Day weekend", "DATE", "2021-W21-WE"), ("Monday", "DATE", "2021-05-31")],
        ),
        (
            "Beaches stay busy through the weekend and Monday.",
            [("the weekend", "DATE", "2021-W21-WE"), ("Monday", "DATE", "2021-05-31")],
        ),
        (
            "The fair fills the long weekend, including Friday night.",
            [("the long weekend", "DATE", "2021-W21-WE"), ("Friday night", "TIME", "2021-05-28TNI")],
        ),
        ("Sales rose on Monday.", [("Monday", "DATE", "2021-05-24")]),
    ],
)
def test_a_weekday_told_with_a_weekend_is_a_day_of_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The Polish drama "Snow in April," won the prize in January.', [("January", "DATE", "2024-01")]),
        (
            'Her new album, "Live at the Ryman, Sunday Night," is out on Friday.',
            [("Friday", "DATE", "2024-03-15")],
        ),
        ('"We Met on a Tuesday" opens in May.', [("May", "DATE", "2024-05")]),
        ('She said, "It was cold in February." Then it rained.', [("February", "DATE", "2024-02")]),
    ],
)
def test_a_month_inside_a_quoted_title_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the band played the old songs, it sounded like 1991 again.", [("1991", "DATE", "1991")]),
        ("It felt like 1968 all over again, one marcher said.", [("1968", "DATE", "1968")]),
        ("The square looked like 1500 people had turned up.", []),
        ("The Pretenders' 1980 album sold two million copies.", [("1980", "DATE", "1980")]),
        ("The players' 2000 goals came over four decades.", [("four decades", "DURATION", "P40Y")]),
    ],
)
def test_a_year_likened_or_possessed_is_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quiz show lost a third of its viewers after moving to Fridays.",
            [("Fridays", "SET", "XXXX-WXX-5")],
        ),
        (
            "The market switched to Sundays last year.",
            [("Sundays", "SET", "XXXX-WXX-7"), ("last year", "DATE", "2023")],
        ),
        ("The staff raised a glass to Fridays.", []),
    ],
)
def test_a_plural_weekday_a_show_moves_to_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Monet sold for $30 million on Tuesday night as the fall auction season opened.",
            [("Tuesday night", "TIME", "2022-11-15TNI"), ("fall", "DATE", "2022-FA")],
        ),
        ("Analysts said the summer movie season had been a weak one.", [("summer", "DATE", "2022-SU")]),
        ("Historians date the fall of the city to AD 74.", [("AD 74", "DATE", "0074")]),
    ],
)
def test_a_season_before_an_activity_season_is_the_season(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Press screenings start at 9 a.m. each day, and the public can buy tickets for the evening galas "
            "from noon.",
            [
                ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
                ("each day", "SET", "P1D"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ],
        ),
        ("Crowds thinned as the evening wore on.", [("the evening", "TIME", "2022-11-16TEV")]),
        ("Traffic was slow in the morning hours.", [("the morning", "TIME", "2022-11-16TMO")]),
    ],
)
def test_a_part_of_the_day_qualifying_a_plural_noun_names_a_kind(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tour opens on June 4. Each show will run two hours, with the support act on at 7:30 p.m.",
            [
                ("June 4", "DATE", "2023-06-04"),
                ("two hours", "DURATION", "PT2H"),
                ("7:30 p.m.", "TIME", "XXXX-XX-XXT19:30"),
            ],
        ),
        ("Every performance begins at 8 p.m.", [("8 p.m.", "TIME", "XXXX-XX-XXT20:00")]),
        (
            "Each side said on Friday at 3 p.m. that it would talk.",
            [("Friday", "DATE", "2022-11-11"), ("3 p.m.", "TIME", "2022-11-11T15:00")],
        ),
    ],
)
def test_a_clock_time_of_each_event_of_a_run_is_a_standing_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The collection sold for $90 million on Tuesday night. "Tonight we turned buyers away," the '
            "auctioneer said.",
            [("Tuesday night", "TIME", "2022-11-15TNI"), ("Tonight", "TIME", "2022-11-15TNI")],
        ),
        (
            'The collection sold for $90 million on Tuesday night. "Tonight we sell the rest," the '
            "auctioneer said.",
            [("Tuesday night", "TIME", "2022-11-15TNI"), ("Tonight", "TIME", "2022-11-16TNI")],
        ),
        ("The second sale is tonight.", [("tonight", "TIME", "2022-11-16TNI")]),
    ],
)
def test_a_quoted_tonight_in_the_past_is_the_night_reported(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected
