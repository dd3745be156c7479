"""Review of the civil-war and statesmen's-lives rules (blind narrative sets 77 and 78): each row is a
sentence of our own showing the general English usage behind one mend.

- A plural season after "and" shares the verb of the last plural season or part of the day before it, not
  of the last plural of any noun ("spent the winters in the mountains and the summers at the coast"); a
  plural that a verb follows opens a clause of its own ("worked in the mornings and the evenings were
  free").
- Comparing words compare amounts as well as years ("small in contrast to 1500 on the other side"): a
  number before 1800 after them is a year only near a year named; "in the run up to 2010" is "the run-up".
- "the last hours of the siege" are a stretch, as "the final hours" are; "the final hours of 5 October",
  as "the last hours of 5 October", are told by the date.
- "was called up for the winter of 1915": a phrasal verb's particle before "for" fixes nothing for a time,
  so the story moves on to it as it would after any told time.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2012, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She spent the winters in the mountains and the summers at the coast.",
            [("the winters", "SET", "XXXX-WI"), ("the summers", "SET", "XXXX-SU")],
        ),
        (
            "He worked in the mornings and the evenings were free.",
            [("the mornings", "SET", "XXXX-XX-XXTMO")],
        ),
        (
            "They walked in the hills during the summers and the winters were spent indoors.",
            [("the summers", "SET", "XXXX-SU")],
        ),
    ],
)
def test_plural_after_and(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their losses were small in contrast to 1500 on the other side.", []),
        ("The crowd was comparable to 1200 at the last rally.", []),
        ("The ratio was 3.5 relative to 1100 in the control group.", []),
        ("Trade in 1520 was brisk compared with 1500.", [("1520", "DATE", "1520"), ("1500", "DATE", "1500")]),
        ("Exports were up 5 percent compared to 2019.", [("2019", "DATE", "2019")]),
        ("In the run up to 2010 the party split.", [("2010", "DATE", "2010")]),
    ],
)
def test_year_compared_or_led_up_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last hours of the siege were the worst.", [("The last hours", "DURATION", "PTXH")]),
        ("The final hours of the siege were the worst.", [("The final hours", "DURATION", "PTXH")]),
        ("In the final hours of 5 October the guns fell silent.", [("5 October", "DATE", "2011-10-05")]),
    ],
)
def test_last_or_final_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


def test_a_phrasal_verb_fixes_nothing_for_a_time() -> None:
    text = (
        "The war began in 1914. The regiment was called up for the winter of 1915. "
        "In the spring the men went to France."
    )
    assert typed(text, None, DocumentKind.NARRATIVE) == [
        ("1914", "DATE", "1914"),
        ("the winter of 1915", "DATE", "1915-WI"),
        ("the spring", "DATE", "1916-SP"),
    ]
