"""Rules added after the twenty-ninth blind narrative set (`data/gold/timex/blind_narrative_29.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- Days and months counted from a day before Christ ("On 14 June 207 BC ... Nine days later", "a month
  later", "the next day") fall in the story's own years; the calendar has no year zero, so 1 BC is
  followed by AD 1. A month named without its year after a later month of such a story turns the year
  as it does after AD 1 ("in December 49 BC ... on 1 January" is 48 BC).
- A story before Christ drops the era from two-digit years as it does from longer ones: "through the
  winter of 48 BC ... in the spring of 47" and "... 44 BC ... returned to the city in 38;" are BC years.
- A history of the first millennium names its years bare once it has named one plainly ("died in 372,
  ... In 380 the council met"): a three-digit number after "in" opening a clause is a year there, and
  so after "by" and in "between 228 and 234".
- A season of a year before 1000 is a year also before a preposition or a verb ("in the summer of 412
  during a siege", "the late summer of 325 led"), and a season across a year's end may be written with
  both years ("the winter of 219–218 BC", "the winter of 311-312"); it is named by the year it starts in.
- Decades of the first millennium are written with three digits ("the 430s BC", "by the 170s" in a
  history of the second century).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2021, 5, 4)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet left the harbour on 14 June 207 BC. Nine days later it reached the straits.",
            [("14 June 207 BC", "DATE", "BC0207-06-14"), ("Nine days later", "DATE", "BC0207-06-23")],
        ),
        (
            "The siege began on 28 December 2 BC, and the town fell five days later.",
            [("28 December 2 BC", "DATE", "BC0002-12-28"), ("five days later", "DATE", "BC0001-01-02")],
        ),
        (
            "The envoys were received on 30 December 1 BC. The treaty was sealed three days later.",
            [("30 December 1 BC", "DATE", "BC0001-12-30"), ("three days later", "DATE", "0001-01-02")],
        ),
        (
            "The king was crowned on 5 November 90 BC. His brother rebelled a month later.",
            [("5 November 90 BC", "DATE", "BC0090-11-05"), ("a month later", "DATE", "BC0090-12")],
        ),
        (
            "The assembly met on 12 December 60 BC. Two months later it voted again.",
            [("12 December 60 BC", "DATE", "BC0060-12-12"), ("Two months later", "DATE", "BC0059-02")],
        ),
    ],
)
def test_days_and_months_counted_from_a_day_before_christ(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The legions wintered in Gaul in 52 BC and marched south in the spring of 51.",
            [("52 BC", "DATE", "BC0052"), ("the spring of 51", "DATE", "BC0051-SP")],
        ),
        (
            "The general was exiled in 44 BC and returned to the city in 38; he died soon after.",
            [("44 BC", "DATE", "BC0044"), ("38", "DATE", "BC0038")],
        ),
    ],
)
def test_a_two_digit_year_in_a_story_before_christ(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The old bishop died in 372, and his rivals fought bitterly over the see, over its bishop's palace and "
            "over the rich lands that went with it. In 380 the council met at the capital.",
            [("372", "DATE", "0372"), ("380", "DATE", "0380")],
        ),
        (
            "The emperor moved the court east in AD 330. In 337 the emperor was baptised on his deathbed.",
            [("AD 330", "DATE", "0330"), ("337", "DATE", "0337")],
        ),
        # a count is not a year, however early the story
        ("The bishop died in 372. In 380 cases the records are lost.", [("372", "DATE", "0372")]),
    ],
)
def test_bare_years_in_a_story_of_the_first_millennium(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army camped below the pass through the winter of 219–218 BC.",
            [("the winter of 219–218 BC", "DATE", "BC0219-WI")],
        ),
        (
            "The envoys came home in the spring of 358 BC. In the winter of 357–356 the city fell.",
            [("the spring of 358 BC", "DATE", "BC0358-SP"), ("the winter of 357–356", "DATE", "BC0357-WI")],
        ),
        ("The court moved north in the winter of 311-312.", [("the winter of 311-312", "DATE", "0311-WI")]),
        (
            "The king died in the summer of 412 during a siege of the port.",
            [("the summer of 412", "DATE", "0412-SU")],
        ),
        (
            "In the autumn of 386 crossed the mountains with his whole household.",
            [("the autumn of 386", "DATE", "0386-FA")],
        ),
        # "fall" is also a noun of amount: a number after it is a count
        ("The index showed a fall of 120 in the number of new claims.", []),
    ],
)
def test_a_season_of_an_early_year_or_of_two(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the 350s BC the league had become an empire in all but name.",
            [("the 350s BC", "DATE", "BC035")],
        ),
        (
            "The dynasty was founded in AD 265 and reunited the country in 280. By the 290s the princes were "
            "at war with one another.",
            [("AD 265", "DATE", "0265"), ("280", "DATE", "0280"), ("the 290s", "DATE", "029")],
        ),
        # three digits with an "s" in a story of no early years are readings, not decades
        (
            "Wind speeds were in the 120s for most of the afternoon.",
            [("the afternoon", "TIME", "2021-05-04TAF")],
        ),
    ],
)
def test_a_decade_of_the_first_millennium(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels took the western city in 452, and by 455 they held the whole valley.",
            [("452", "DATE", "0452"), ("455", "DATE", "0455")],
        ),
        (
            "The abbey was founded in 612. Its abbots led six missions to the north between 640 and 668.",
            [("612", "DATE", "0612"), ("640", "DATE", "0640"), ("668", "DATE", "0668")],
        ),
        # counts stay counts in an early story
        (
            "The abbey was founded in 612. It housed between 200 and 300 monks, and its lands grew by 150 acres.",
            [("612", "DATE", "0612")],
        ),
    ],
)
def test_by_and_between_with_bare_early_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribune was elected in December 62 BC. He took office on 10 January and was driven from the "
            "city in March.",
            [
                ("December 62 BC", "DATE", "BC0062-12"),
                ("10 January", "DATE", "BC0061-01-10"),
                ("March", "DATE", "BC0061-03"),
            ],
        ),
        (
            "The fleet sailed in March 62 BC and reached Crete in May.",
            [("March 62 BC", "DATE", "BC0062-03"), ("May", "DATE", "BC0062-05")],
        ),
    ],
)
def test_a_story_before_christ_turns_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected
