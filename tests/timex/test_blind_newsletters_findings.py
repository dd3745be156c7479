"""Rules added after the blind newsletters set (`data/gold/timex/blind_newsletters.jsonl`, a parish
newsletter, a school's Friday newsletter, a running club's bulletin, a staff bulletin, a residents'
association's newsletter, a charity's supporters' update, a library's events bulletin and a choir's term
letter) was scored once: each row is a sentence of our own showing the general English usage behind one
finding.

- "Rent for the flat is due on the 5th of next month", "the boiler was serviced on the 28th of last
  month": a day of the month named from the writer's now ("this", "next" or "last month") is one date,
  as "the 5th prox." and "the 2d ult." are; "the 3rd of that month" and a bare "next month" stay as they
  were.
- "Evening surgery runs from 4.30pm to 6.30pm, with a pause at 5.15": a dotted hour after "at" that falls
  inside a range of clock times given just before it, in the same sentence, is a time of that range's
  half of the day; outside the range, or after the sentence has closed, it is left to the other rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2025, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rent for the flat is due on the 5th of next month.",
            [("the 5th of next month", "DATE", "2025-12-05")],
        ),
        (
            "The boiler was serviced on the 28th of last month.",
            [("the 28th of last month", "DATE", "2025-10-28")],
        ),
        (
            "Nominations close on the 30th of this month.",
            [("the 30th of this month", "DATE", "2025-11-30")],
        ),
        # a bare "next month" is the month, and a day of "that month" is left to its own rule
        ("The new rota starts next month.", [("next month", "DATE", "2025-12")]),
    ],
)
def test_day_of_a_month_named_from_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Evening surgery runs from 4.30pm to 6.30pm, with a pause at 5.15 for calls.",
            [
                ("4.30pm", "TIME", "2025-11-18T16:30"),
                ("6.30pm", "TIME", "2025-11-18T18:30"),
                ("5.15", "TIME", "2025-11-18T17:15"),
            ],
        ),
        (
            "The crèche is open from 9.15am to 11.45am, and snacks are handed out at 10.30.",
            [
                ("9.15am", "TIME", "2025-11-18T09:15"),
                ("11.45am", "TIME", "2025-11-18T11:45"),
                ("10.30", "TIME", "2025-11-18T10:30"),
            ],
        ),
        # outside the range the half of the day is not told: a price or a count stays a figure
        (
            "The stall is open from 4.30pm to 6.30pm, with bags at 2.50 each.",
            [("4.30pm", "TIME", "2025-11-18T16:30"), ("6.30pm", "TIME", "2025-11-18T18:30")],
        ),
        # inside the range, a figure priced "each" is still an amount
        (
            "The cake stall runs from 2.30pm to 4.30pm, with slices at 3.50 each.",
            [("2.30pm", "TIME", "2025-11-18T14:30"), ("4.30pm", "TIME", "2025-11-18T16:30")],
        ),
        # a new sentence starts its own clause: the range does not reach into it
        (
            "The stall is open from 4.30pm to 6.30pm. Shares closed at 5.15.",
            [("4.30pm", "TIME", "2025-11-18T16:30"), ("6.30pm", "TIME", "2025-11-18T18:30")],
        ),
    ],
)
def test_dotted_hour_inside_a_clock_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
