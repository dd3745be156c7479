"""A second reading of the rules added for the people-and-milestones and 1884-1954 newspaper sets
(`test_blind_news_75_findings.py`, `test_blind_news_76_findings.py`): each row is a sentence of our own
that one of those rules read wrongly.

- "since July last", "in June next": a postposed "last" or "next" is the month's only where it
  determines no noun after it ("March last quarter" is March and the last quarter) and is not "next
  to" ("April next to her sister" is a name), as for "on Tuesday last".
- a programme listing's entry opens after a full stop, a line break or a dash, not after the hyphen of a
  range of figures ("set at 5.25-5.50, Reuters reported").
- a month of delivery is the trade's "for May delivery"; "its May deliveries fell" counts what was
  delivered in a month gone by.
- "until 4 a.m." after "early on Tuesday morning" is that morning's small hours, not the next day's.
- "Christmas is never going to be the same" foretells the coming Christmas; only "is never quiet", "is
  always busy" say what every Christmas is like.
- `detect_document_kind` reads "to-day" as `analyze_text` does, so both tell the same kind.
- "turns" is a milestone only before an age, not before a number counting a noun ("the road turns 90
  degrees on Sunday").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import analyze_text, detect_document_kind
from tests.timex.timex_support import typed

WEDNESDAY = date(2022, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures for March last quarter were poor.",
         [("March", "DATE", "2022-03"), ("last quarter", "DATE", "2022-Q1")]),
        ("April next to her sister smiled.", [("April", "DATE", "2022-04")]),
        ("In March last, the mill closed.", [("March last", "DATE", "2022-03")]),
    ],
)  # fmt: skip
def test_a_postposed_last_or_next_determines_no_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_a_range_of_figures_is_no_listing_entry() -> None:
    text = "Trading opened at 10 a.m. The overnight rate was set at 5.25-5.50, Reuters reported."
    assert typed(text, WEDNESDAY) == [("10 a.m.", "TIME", "2022-06-15T10:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airbus reported that its May deliveries fell to 40 aircraft.", [("May", "DATE", "2022-05")]),
        ("Wheat for May delivery was quoted at 98 cents.", [("May", "DATE", "2023-05")]),
    ],
)
def test_a_month_of_delivery_is_the_trades(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road turns 90 degrees on Sunday near the bridge.", [("Sunday", "DATE", "2022-06-12")]),
        ("She turns twenty-one on Sunday, her mother said.", [("Sunday", "DATE", "2022-06-19")]),
    ],
)
def test_turns_before_an_age_only(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early on Tuesday morning, firefighters battled the blaze until 4 a.m.",
         [("Early on Tuesday morning", "TIME", "2022-06-14TMO"), ("4 a.m.", "TIME", "2022-06-14T04:00")]),
        ("On Tuesday morning, police stayed until 3 a.m.",
         [("Tuesday morning", "TIME", "2022-06-14TMO"), ("3 a.m.", "TIME", "2022-06-15T03:00")]),
    ],
)  # fmt: skip
def test_until_the_small_hours_of_an_early_morning(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Christmas is never going to be the same without her, her son said.",
         [("Christmas", "DATE", "2022-12-25")]),
        ("Boxing Day is usually busy at the garden centre.", []),
    ],
)  # fmt: skip
def test_a_feast_foretold_is_the_coming_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 12, 10)) == expected


def test_the_kind_detected_reads_old_spellings() -> None:
    text = "In 1840 the regiment marched. To-day the town is quiet."
    assert detect_document_kind(text, None).value == analyze_text(text, None).kind == "news"
