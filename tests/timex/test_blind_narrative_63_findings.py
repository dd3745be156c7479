"""Rules added after the sixty-third blind narrative set (`data/gold/timex/blind_narrative_63.jsonl`,
encyclopedia histories of sieges and campaigns of 1500-1700) was scored once: each row is a sentence of
our own showing the general English usage behind one finding.

- "on 12 March (Old Style; 23 March New Style) ... that night": a parenthesis that names the calendars
  before restating a date is an aside, as "(23 March, New Style)" is; the story stays on the date written
  first, and "that night", "the next day" are counted from it.
- "in the century and a half since then", "the year and a half that followed": "the" with a unit and a
  half is a length, as "the past year and a half" is, not the calendar century or year.
- "better terms than they had hoped for a year earlier": after a verb that takes its object through
  "for" ("hope for", "ask for"), the "for" is the verb's and the count with "earlier" is a date; "stalled
  for two weeks afterwards" is still a length.
- "The next day, the feast of St Barnabas, ...": a feast set off by commas after a day counted from the
  story restates that day, as it does after a written date, and is not a second expression.
- "for a yearly rent of one rose", "a monthly salary": a frequency word before a sum owed at that
  interval names a kind of payment, as "a monthly fee" does; "paid monthly" is still a time that recurs.
"""

from __future__ import annotations

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet left port in March 1702. It was sighted off the Lizard on 12 March (Old Style; 23 March"
            " New Style), and the admiral sailed that night; at dawn the next day the fleets met.",
            [
                ("March 1702", "DATE", "1702-03"),
                ("12 March", "DATE", "1702-03-12"),
                ("23 March", "DATE", "1702-03-23"),
                ("that night", "TIME", "1702-03-12TNI"),
                ("dawn", "TIME", "1702-03-13TMO"),
                ("the next day", "DATE", "1702-03-13"),
            ],
        ),
        (
            "The army crossed the river on 14 May 1702 (Julian calendar: 3 May) and camped that evening.",
            [
                ("14 May 1702", "DATE", "1702-05-14"),
                ("3 May", "DATE", "1702-05-03"),
                ("that evening", "TIME", "1702-05-14TEV"),
            ],
        ),
    ],
)
def test_calendar_restatement_is_an_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town fell to the Turks in 1529. In the century and a half since then the border had moved little.",
            [("1529", "DATE", "1529"), ("the century and a half", "DURATION", "P150Y")],
        ),
        (
            "The port was blockaded in 1702, and the year and a half that followed ruined its merchants.",
            [("1702", "DATE", "1702"), ("the year and a half", "DURATION", "P1Y6M")],
        ),
    ],
)
def test_the_unit_and_a_half_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed in 1702, on better terms than anyone had hoped for a year earlier.",
            [("1702", "DATE", "1702"), ("a year earlier", "DATE", "1701")],
        ),
        (
            "In 1702 the regiment at last received the muskets its colonel had asked for two years before.",
            [("1702", "DATE", "1702"), ("two years before", "DATE", "1700")],
        ),
        (
            "Work on the bridge began in 1702 and stalled for about two weeks afterwards.",
            [("1702", "DATE", "1702"), ("about two weeks", "DURATION", "P2W")],
        ),
    ],
)
def test_for_of_a_verb_leaves_the_offset(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The castle surrendered on 10 June 1190. The next day, the feast of St Barnabas, the king rode in.",
            [("10 June 1190", "DATE", "1190-06-10"), ("The next day", "DATE", "1190-06-11")],
        ),
        (
            "In 1190 the castle surrendered on the feast of St Michael.",
            [("1190", "DATE", "1190"), ("the feast of St Michael", "DATE", "1190-09-29")],
        ),
    ],
)
def test_feast_after_a_counted_day_restates_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The abbey held the mill for a yearly rent of one red rose.", []),
        ("A curate's monthly salary was then a few shillings.", []),
        ("The rent was paid monthly.", [("monthly", "SET", "P1M")]),
    ],
)
def test_frequency_word_before_a_sum_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
