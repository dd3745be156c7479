"""Rules added after the twenty-second blind narrative set (`data/gold/timex/blind_narrative_22.jsonl`)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A holiday whose name opens with a month ("April Fool's Day") is one date, the holiday's day, not the
  month followed by other words; the two-word "May Day" is left to its own trigger, "may" being mostly
  the verb.
- "a day" after "by" is a margin ("put it off by a day", "missed it by a year"), not a rate, so it does
  not make a past-tense sentence tell what recurs every year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The ferry service reopened on April Fool's Day in 1998, and few believed it.",
            None,
            [("April Fool's Day", "DATE", "1998-04-01"), ("1998", "DATE", "1998")],
        ),
        (
            "The prank ran on the radio on April Fools' Day.",
            date(2016, 6, 2),
            [("April Fools' Day", "DATE", "2016-04-01")],
        ),
        (
            "The mill opened on 1 April 1911, and the town joked that it was April Fools Day.",
            None,
            [("1 April 1911", "DATE", "1911-04-01"), ("April Fools Day", "DATE", "1911-04-01")],
        ),
        (
            "In April the rains came early.",
            date(2016, 6, 2),
            [("April", "DATE", "2016-04")],
        ),
    ],
)
def test_a_holiday_named_from_its_month_is_the_holiday(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ships sailed in May 1588. The sailing was set for 12 July, but on the evening of 10 July"
            " the pilots warned of storms, and the admiral put it off by a day.",
            [
                ("May 1588", "DATE", "1588-05"),
                ("12 July", "DATE", "1588-07-12"),
                ("10 July", "DATE", "1588-07-10"),
                ("a day", "DURATION", "P1D"),
            ],
        ),
        (
            "The show opened in March 1927. The premiere was fixed for 9 April, and the tour was cut short"
            " by a week.",
            [
                ("March 1927", "DATE", "1927-03"),
                ("9 April", "DATE", "1927-04-09"),
                ("a week", "DURATION", "P1W"),
            ],
        ),
        (
            "The ferry sails twice a day from June to September.",
            [("twice a day", "SET", "P1D"), ("June", "DATE", "XXXX-06"), ("September", "DATE", "XXXX-09")],
        ),
    ],
)
def test_a_margin_after_by_is_not_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By early 1821 the rebels held the coast. The port was to serve as a base for the march"
            " planned for the autumn.",
            [("early 1821", "DATE", "1821"), ("the autumn", "DATE", "1821-FA")],
        ),
        (
            "The mill closed in 1902. Its owners had a sale planned for June.",
            [("1902", "DATE", "1902"), ("June", "DATE", "1902-06")],
        ),
        (
            "Abara died in 1984. His work is shown in an exhibition scheduled for March.",
            [("1984", "DATE", "1984"), ("March", "DATE", "XXXX-03")],
        ),
    ],
)
def test_a_plan_told_in_the_past_of_an_undated_story_is_the_storys(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began in 1702. On the night of 6-7 August the garrison slipped away. It was caught"
            " the next day, and three days later the town fell.",
            [
                ("1702", "DATE", "1702"),
                ("6", "DATE", "1702-08-06"),
                ("7 August", "DATE", "1702-08-07"),
                ("the next day", "DATE", "1702-08-08"),
                ("three days later", "DATE", "1702-08-11"),
            ],
        ),
        (
            "The siege began in May 1810. On the night of 19-20 June the sappers blew the mine, and"
            " the fort surrendered two days later.",
            [
                ("May 1810", "DATE", "1810-05"),
                ("19", "DATE", "1810-06-19"),
                ("20 June", "DATE", "1810-06-20"),
                ("two days later", "DATE", "1810-06-22"),
            ],
        ),
    ],
)
def test_days_after_a_night_of_two_dates_count_from_its_morning(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected
