"""Rules added after the forty-second blind news set (`data/gold/timex/blind_news_42.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- After a verb of saying, showing or knowing, "that" before a month opens a clause whose subject is the
  month ("the figures showed that March was the wettest"): the month alone is the expression, while
  "the harvest failed that March" points back at one March.
- A bare plural unit still to pass ("the inquiry has months left to run", "with days left before the
  vote") is a length of unknown count, as "for months" is; after "wait" too ("patients wait weeks").
- A year can be the subject of a clause opened by "whether", "if" or "that" ("whether 2025 turns out
  warmer", "found that 2019 was"), as it is at the start of a sentence.
- A word between "every" and a unit that picks out which units recur ("every single day", "every clear
  night", "every waking hour") keeps the set whole.
- In a text with no DCT whose reference time is only a year, a bare weekday in a sentence with a verb of
  reporting ("In a statement on Tuesday, she said") is the unknown writer's week, not a day of that year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2024, 7, 8)
THURSDAY = date(2019, 5, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The weather service's figures showed that March was the wettest in a decade.",
            [("March", "DATE", "2024-03"), ("a decade", "DURATION", "P10Y")],
        ),
        (
            "Farmers said that June had brought almost no rain.",
            [("June", "DATE", "2024-06")],
        ),
        (
            "The harvest failed in 1816. Frost returned that September.",
            [("1816", "DATE", "1816"), ("that September", "DATE", "1816-09")],
        ),
    ],
)
def test_that_opening_a_clause_leaves_the_month_alone(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inquiry has months left to run, its chair said.", [("months", "DURATION", "PXM")]),
        ("With days left before the vote, both parties are spending heavily.", [("days", "DURATION", "PXD")]),
        ("Patients in the region wait weeks for a scan.", [("weeks", "DURATION", "PXW")]),
        ("The days left until the vote are precious.", []),
        ("He has two hours left to finish.", [("two hours", "DURATION", "PT2H")]),
    ],
)
def test_a_bare_unit_still_to_pass_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whether 2025 turns out warmer depends on the Pacific.", [("2025", "DATE", "2025")]),
        ("The panel found that 2019 was the driest on its books.", [("2019", "DATE", "2019")]),
        ("If 2026 is as dry, the reservoirs will empty.", [("2026", "DATE", "2026")]),
        ("If 1500 people come, the hall will be full.", []),
    ],
)
def test_a_year_can_open_a_subordinate_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The camera will photograph the sky every clear night.",
            [("every clear night", "SET", "XXXX-XX-XXTNI")],
        ),
        ("She practised the violin every single day.", [("every single day", "SET", "P1D")]),
        ("He thought about the exam every waking hour.", [("every waking hour", "SET", "PT1H")]),
        ("It was a clear night over the hills.", []),
    ],
)
def test_a_word_picking_out_the_recurring_units_keeps_the_set(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The grant was awarded in 2016. In a statement on Tuesday, the university said it would repay it.",
            [("2016", "DATE", "2016"), ("Tuesday", "DATE", "XXXX-WXX-2")],
        ),
        (
            "The lab closed in 2019. Its former director told reporters on Friday that the data were sound.",
            [("2019", "DATE", "2019"), ("Friday", "DATE", "XXXX-WXX-5")],
        ),
    ],
)
def test_a_reported_weekday_in_an_undated_text_is_the_writers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


def test_a_reported_weekday_after_a_day_still_follows_the_story() -> None:
    found = typed(
        "The lab closed on March 3, 2019. Its former director told reporters on Friday it was over.", None
    )
    assert [text for text, _, _ in found] == ["March 3, 2019", "Friday"]
    assert found[1][2].startswith("2019-03-")
