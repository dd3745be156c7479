"""Rules added after the forty-eighth blind narrative set (`data/gold/timex/blind_narrative_48.jsonl`)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A count of parts of the day in each week ("three evenings a week", "two mornings a week") is one set,
  as "five nights a week" is: the count and the part of the day belong to its extent.
- "current" before a modal or an auxiliary ("a current must carry the ice", "the current had swept the
  boat") is the noun, a flow of water, and no time; before a noun ("the current rules") it is the
  adjective, the present.
- A clock face told in words from one to five ("at about half past two", "at twenty past three") on a day
  the story names without its part is the afternoon's, as "two o'clock" is; waking, the night or the
  morning in the sentence, before the time or after it ("at half past five every morning"), keep it in
  the small hours, and after "That night" it is the small hours of the next day, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WRITTEN = date(2014, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the winter there were lectures three evenings a week in the mess.",
            [("the winter", "DATE", "2013-WI"), ("three evenings a week", "SET", "P1W")],
        ),
        ("The choir rehearsed two mornings a week.", [("two mornings a week", "SET", "P1W")]),
        ("She worked four nights a week at the hotel.", [("four nights a week", "SET", "P1W")]),
        ("The bakery opens in the evenings.", [("the evenings", "SET", "XXXX-XX-XXTEV")]),
    ],
)
def test_parts_of_the_day_counted_in_a_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The engineers argued that a current must carry the wreck east.", []),
        ("A current had swept the raft far from the shore.", []),
        ("The current would take the boat north by morning.", [("morning", "TIME", "2014-03-05TMO")]),
        ("The current rules do not allow it.", [("current", "DATE", "PRESENT_REF")]),
    ],
)
def test_current_before_a_modal_is_the_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The climbers set up their camp on 28 May 1953. The porters left them at about half past two.",
            [("28 May 1953", "DATE", "1953-05-28"), ("about half past two", "TIME", "1953-05-28T14:30")],
        ),
        (
            "The council met on 4 June 1960 and the vote was taken at twenty past three.",
            [("4 June 1960", "DATE", "1960-06-04"), ("twenty past three", "TIME", "1960-06-04T15:20")],
        ),
        (
            "The column halted on 9 April 1917. The men woke at half past four and moved off.",
            [("9 April 1917", "DATE", "1917-04-09"), ("half past four", "TIME", "1917-04-09T04:30")],
        ),
        (
            "The mill opened on 2 May 1881, and its hooter sounded at half past five every morning.",
            [
                ("2 May 1881", "DATE", "1881-05-02"),
                ("half past five", "TIME", "XXXX-XX-XXT05:30"),
                ("every morning", "SET", "XXXX-XX-XXTMO"),
            ],
        ),
        (
            "On 4 May 1920 the company camped on the ridge. That night the wind rose. At half past two the"
            " tent collapsed.",
            [
                ("4 May 1920", "DATE", "1920-05-04"),
                ("That night", "TIME", "1920-05-04TNI"),
                ("half past two", "TIME", "1920-05-05T02:30"),
            ],
        ),
        (
            "On 7 July 1952 the train left at a quarter to seven.",
            [("7 July 1952", "DATE", "1952-07-07"), ("a quarter to seven", "TIME", "1952-07-07T06:45")],
        ),
    ],
)
def test_clock_face_from_one_to_five_is_the_afternoons(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected
