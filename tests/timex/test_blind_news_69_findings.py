"""Rules added after the sixty-ninth blind news set (`data/gold/timex/blind_news_69.jsonl`, short news
briefs) was scored once: each row is a sentence of our own showing the general English usage behind one
finding.

- "will take her seat at Wednesday's meeting": a future act done at, in or during an occasion named by
  its day puts the occasion ahead, whatever the occasion's noun ("will review Tuesday's vote" still
  judges one held).
- "has issued a yellow warning of snow for Friday": a weather warning, watch or alert is issued for a
  time still to come, so a weekday it is "for" lies ahead of a present perfect or present that reports it.
- "opens on Saturday and closes with a big fireworks show on Sunday": a day ahead told after "and" in
  a clause coordinated with one naming a day ahead follows that day, across a longer verb phrase (up
  to six words) than before when "and" joins a second verb of the same subject ("and ends with a
  lantern procession at dusk on Sunday"; not "and the retained list will be published on Friday").
- "the season typically peaks in February": in dated news as in a story, a present-tense verb made a habit
  by an adverb of what is usual names the month of every year (XXXX-02); a schedule's months without such
  an adverb ("is collected fortnightly from March to November") stay the year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2024, 3, 3)
TUESDAY = date(2021, 9, 14)
MONDAY = date(2018, 1, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new mayor will take the oath at Tuesday's meeting of the council.",
            [("Tuesday", "DATE", "2024-03-05")],
        ),
        ("Both candidates will speak during Wednesday's debate.", [("Wednesday", "DATE", "2024-03-06")]),
        ("She will give evidence at Thursday's hearing.", [("Thursday", "DATE", "2024-03-07")]),
        ("The board will review Tuesday's vote.", [("Tuesday", "DATE", "2024-02-27")]),
    ],
)
def test_a_future_act_at_an_occasion_named_by_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Met Office has issued a yellow warning of snow for Friday.",
            [("Friday", "DATE", "2021-09-17")],
        ),
        (
            "Forecasters have put out a flood alert for Saturday and Sunday.",
            [("Saturday", "DATE", "2021-09-18"), ("Sunday", "DATE", "2021-09-19")],
        ),
        ("The weather service has posted a storm watch for Thursday.", [("Thursday", "DATE", "2021-09-16")]),
    ],
)
def test_a_warning_for_a_weekday_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doctors said the flu season typically peaks in February.",
            [("February", "DATE", "XXXX-02")],
        ),
        ("The river usually freezes in December.", [("December", "DATE", "XXXX-12")]),
        ("Garden waste is collected fortnightly from March to November.", None),
    ],
)
def test_a_present_habit_names_every_years_month(
    text: str, expected: list[tuple[str, str, str]] | None
) -> None:
    found = typed(text, MONDAY)
    if expected is None:
        assert all(not value.startswith("XXXX") for _, _, value in found)
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair opens on Saturday and closes with a big fireworks show on Sunday.",
            [("Saturday", "DATE", "2024-03-09"), ("Sunday", "DATE", "2024-03-10")],
        ),
        (
            "The festival opens on Saturday and ends with a lantern procession at dusk on Sunday.",
            [
                ("Saturday", "DATE", "2024-03-09"),
                ("dusk", "TIME", "2024-03-10TEV"),
                ("Sunday", "DATE", "2024-03-10"),
            ],
        ),
        (
            "The shop reopens on Saturday, and the new bakery counter will be opened on Friday.",
            [("Saturday", "DATE", "2024-03-09"), ("Friday", "DATE", "2024-03-08")],
        ),
    ],
)
def test_a_day_told_after_and_follows_the_day_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
