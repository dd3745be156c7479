"""Mends from a second reading of the rules added after the ninety-second blind narrative set: each row is
a sentence of our own that one of those rules read wrongly.

- "the fall" after "before", "after", "until" or "since" is the event of a "fall of <Name>" named earlier
  only after a length of years ("half a century before the fall"); American prose that named "the fall of
  Saigon" keeps its autumn ("arrived in 1977, just before the fall", "from spring until the fall").
- "the 14th century and the 15th was a time of decline": a verb, a pronoun or a preposition that only ends
  like a noun ("was", "its", "under", "after", "for") gives the elided century no noun of its own.
- "Stokes (120 – 135)", "Sales (300 – 15 March 2021)": a bracket after a capitalised word is a life only
  when its span is a lifetime's and it is dated to a day, hedged, or in a story of the first millennium.
- "crowned at Rome on Christmas Day 800." in a text that has named no year of the first millennium: the
  feast is still read, without the number after it (the rule had dropped the feast as well); "After
  Christmas 500 and more left" counts people.
- "It is winter now, and the children wait for Christmas" in a story of 1890: "now" in a present clause is
  a story's own now as often as the writer's; only "today" (or "nowadays") moves the feast to the writer's year.
- "The treaty, signed at Worms two years earlier, was read aloud": the aside told in passing also when its
  noun opens the sentence or takes another determiner; "the city, besieged a year later, was stormed on 17
  July" is the story's next step (an aside looking forward moves the story as before).
- "On the 29th Giustiniani was wounded", "Early on the 29th ...": "on" opening the sentence before an
  ordinal day, a name and a past auxiliary, as after a part of the day.
- "twice yearly, in the spring", "every year, in the spring", "four times a year: in March, June ...": the
  times told right after any set of years are those of every year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2014, 12, 15)
THURSDAY = date(2025, 12, 25)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the fall of Saigon in 1975 the family moved to Ohio. They arrived in 1977, just before the"
            " fall.",
            [("1975", "DATE", "1975"), ("1977", "DATE", "1977"), ("the fall", "DATE", "1977-FA")],
        ),
        (
            "After the fall of Saigon in 1975 the family moved to Ohio. In 1980 he worked at the plant from"
            " spring until the fall.",
            [("1975", "DATE", "1975"), ("1980", "DATE", "1980"), ("the fall", "DATE", "1980-FA")],
        ),
    ],
)
def test_the_fall_stays_autumn_without_a_length_of_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town grew in the 14th century and the 15th was a time of decline.",
            [("the 14th century", "DATE", "13"), ("the 15th", "DATE", "14")],
        ),
        (
            "Its trade flourished in the 14th century and the early 15th under the Medici.",
            [("the 14th century", "DATE", "13"), ("the early 15th", "DATE", "14")],
        ),
    ],
)
def test_elided_century_before_a_function_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stokes (120 – 135) batted well.", []),
        ("Chapter Nine (300 – 450) covers the rest.", []),
        ("Sales (300 – 15 March 2021) grew.", [("15 March 2021", "DATE", "2021-03-15")]),
    ],
)
def test_bracketed_numbers_that_are_no_life(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Charlemagne was crowned at Rome on Christmas Day 800.", [("Christmas Day", "DATE", "2013-12-25")]),
        (
            "Alfred fled to the marshes in 878. After Christmas 500 and more left the city.",
            [("878", "DATE", "0878"), ("Christmas", "DATE", "0878-12-25")],
        ),
    ],
)
def test_feast_kept_before_an_unread_early_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1890 the family moved to Ohio. It is winter now, and the children wait for Christmas.",
            [("1890", "DATE", "1890"), ("now", "DATE", "PRESENT_REF"), ("Christmas", "DATE", "1890-12-25")],
        ),
    ],
)
def test_feast_after_now_in_a_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys arrived in 1521. The treaty, signed at Worms two years earlier, was read aloud in the"
            " square. In late June the envoys left.",
            [
                ("1521", "DATE", "1521"),
                ("two years earlier", "DATE", "1519"),
                ("late June", "DATE", "1521-06"),
            ],
        ),
        (
            "The envoys arrived in 1521. Their treaty, signed at Worms two years earlier, was read aloud. In"
            " late June the envoys left.",
            [
                ("1521", "DATE", "1521"),
                ("two years earlier", "DATE", "1519"),
                ("late June", "DATE", "1521-06"),
            ],
        ),
        (
            "In 1202 the fleet sailed. In the end the city, besieged a year later, was stormed on 17 July.",
            [("1202", "DATE", "1202"), ("a year later", "DATE", "1203"), ("17 July", "DATE", "1203-07-17")],
        ),
    ],
)
def test_participle_aside_looking_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege began on 2 April 1453. On the 29th Giustiniani was wounded.",
            [("2 April 1453", "DATE", "1453-04-02"), ("the 29th", "DATE", "1453-04-29")],
        ),
        (
            "The siege began on 2 April 1453. Early on the 29th Giustiniani was wounded.",
            [("2 April 1453", "DATE", "1453-04-02"), ("the 29th", "DATE", "1453-04-29")],
        ),
    ],
)
def test_ordinal_day_opening_a_sentence_before_a_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1150 convoys left twice yearly, in the spring and in September.",
            [
                ("1150", "DATE", "1150"),
                ("twice yearly", "SET", "P1Y"),
                ("the spring", "DATE", "XXXX-SP"),
                ("September", "DATE", "XXXX-09"),
            ],
        ),
        (
            "By 1150 convoys left four times a year: in March and in June.",
            [
                ("1150", "DATE", "1150"),
                ("four times a year", "SET", "P1Y"),
                ("March", "DATE", "XXXX-03"),
                ("June", "DATE", "XXXX-06"),
            ],
        ),
    ],
)
def test_times_right_after_a_set_of_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected
