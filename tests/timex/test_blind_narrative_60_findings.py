"""Rules added after the sixtieth blind narrative set (`data/gold/timex/blind_narrative_60.jsonl`,
histories of social and political movements) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "a protest meant to last a single day went on": "single" makes a length into a modifier of the next
  word only with a hyphen ("a single-day pass"); with a space the article belongs to the length, whatever
  word follows it.
- "leaflets that called for a one-day boycott on Monday, December 5. Ministers announced it on Sunday":
  the day an event is called for is a day looked to, not the story's next step, so weekdays told after
  it are counted from where the story was; "that day" after it still points to the day just named
  ("leaflets calling for a boycott on Monday, December 5 ... stayed off the buses that day").
- "Jaruzelski, prime minister since February, became party leader in October", told in the autumn: a
  month after "since" has begun by the story's time, so it is never put in the next year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
DCT = date(2015, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ceasefire that was meant to hold a single day lasted a week.",
            [("a single day", "DURATION", "P1D"), ("a week", "DURATION", "P1W")],
        ),
        ("The festival of a single day ended with fireworks.", [("a single day", "DURATION", "P1D")]),
        ("He bought a single-day pass for the fair.", [("single-day", "DURATION", "P1D")]),
    ],
)
def test_single_joins_a_noun_only_with_a_hyphen(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers met on Wednesday, 28 April 1926, and called for a general strike on Monday, 3 May."
            " The newspapers printed the appeal on Friday, and on the Monday the docks stood idle.",
            [
                ("Wednesday, 28 April 1926", "DATE", "1926-04-28"),
                ("Monday, 3 May", "DATE", "1926-05-03"),
                ("Friday", "DATE", "1926-04-30"),
                ("Monday", "DATE", "1926-05-03"),
            ],
        ),
        (
            "On Thursday, 7 March 1912, the federation appealed for a national stoppage on Monday, 18 March."
            " Its leaders toured the coalfields on Saturday.",
            [
                ("Thursday, 7 March 1912", "DATE", "1912-03-07"),
                ("Monday, 18 March", "DATE", "1912-03-18"),
                ("Saturday", "DATE", "1912-03-09"),
            ],
        ),
        (
            "On Friday, 30 April 1926, the union called for a general strike on Monday, 3 May. Almost every"
            " docker stayed at home that day, and that evening the ports were silent.",
            [
                ("Friday, 30 April 1926", "DATE", "1926-04-30"),
                ("Monday, 3 May", "DATE", "1926-05-03"),
                ("that day", "DATE", "1926-05-03"),
                ("that evening", "TIME", "1926-05-03TEV"),
            ],
        ),
    ],
)
def test_a_day_called_for_does_not_move_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assembly sat through November 1848. Its president, in office since March, resigned on"
            " 20 December.",
            [
                ("November 1848", "DATE", "1848-11"),
                ("March", "DATE", "1848-03"),
                ("20 December", "DATE", "1848-12-20"),
            ],
        ),
        (
            "The strike reached its tenth month in December 1984. The pits, idle since March, began to reopen"
            " in January.",
            [
                ("December 1984", "DATE", "1984-12"),
                ("March", "DATE", "1984-03"),
                ("January", "DATE", "1985-01"),
            ],
        ),
    ],
)
def test_a_month_after_since_is_not_the_next_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, kind=NARRATIVE) == expected
