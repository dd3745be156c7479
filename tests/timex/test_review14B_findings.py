"""Second reader's findings on the round-13 rules (review B).

- "may not arrive until 6pm", "may not be known before 10 p.m.": a modal before "until" or "before"
  foretells one day's time; only a bound a rule sets ("after", "past", "between") after a modal gives the
  hours of a rule, on any day ("may not drive between 11 p.m. and 5 a.m.").
- "this coming weekend" on a weekday is the first weekend still ahead, as "the coming weekend" is.
- "During February, the boat sank", "Back in February, the boat sank": a month opening its sentence after
  a preposition of time (not "In" alone) before a simple past dates that act.
- "The coach criticises Saturday's final": a scheduled event that a simple present takes as its own
  object may be one already held; only after a preposition ("for a place in Saturday's final") is it
  still ahead.
- "Minutes of Fed meeting held on June 14 show split": a news headline about a meeting's minutes, its
  verb after the day, is no meeting's record heading the text; its day does not date the story below.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 11, 10)
TUESDAY = date(2024, 4, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister may not arrive until 6pm, officials said.", [("6pm", "TIME", "2022-11-10T18:00")]),
        (
            "Results may not be known until after 10 p.m., the commission said.",
            [("10 p.m.", "TIME", "2022-11-10T22:00")],
        ),
        (
            "Learner drivers may not drive between 11 p.m. and 5 a.m.",
            [("11 p.m.", "TIME", "XXXX-XX-XXT23:00"), ("5 a.m.", "TIME", "XXXX-XX-XXT05:00")],
        ),
    ],
)
def test_a_modal_before_until_foretells_one_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_this_coming_weekend_is_the_first_still_ahead() -> None:
    assert typed("Fixtures for this coming weekend are below.", THURSDAY) == [
        ("this coming weekend", "DATE", "2022-W45-WE")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During February, the boat sank off the coast.", [("February", "DATE", "2022-02")]),
        ("Back in February, the boat sank off the coast.", [("February", "DATE", "2022-02")]),
        ("In February, the boat sank off the coast.", [("February", "DATE", "2022-02")]),
    ],
)
def test_a_month_opening_a_past_sentence_after_any_preposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach criticises Saturday's final.", [("Saturday", "DATE", "2024-04-13")]),
        ("She plays for a place in Saturday's final.", [("Saturday", "DATE", "2024-04-20")]),
    ],
)
def test_a_scheduled_event_as_object_of_a_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


def test_a_headline_on_minutes_is_no_record_heading() -> None:
    text = (
        "Minutes of Fed meeting held on June 14 show split\n"
        "Officials said on Wednesday that rates would rise in July."
    )
    assert typed(text, THURSDAY)[1] == ("Wednesday", "DATE", "2022-11-09")


def test_a_record_heading_with_its_hours_still_dates_the_record() -> None:
    text = (
        "Minutes of the Board meeting held at 14 Carver Street on Thursday, 29 September 2011, 10.00am to"
        " 12.45pm\nThe chair opened the meeting at 10.05am."
    )
    assert typed(text, THURSDAY)[-1] == ("10.05am", "TIME", "2011-09-29T10:05")
