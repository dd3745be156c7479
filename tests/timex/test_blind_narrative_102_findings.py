"""Rules added after the hundred-and-second blind narrative set (`data/gold/timex/blind_narrative_102.jsonl`,
histories of famines and droughts: a medieval famine, a Highland potato famine, a failed monsoon in India
and a Dust Bowl county) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "the people called that year Black '40": a year clipped to two digits after a capitalised word that makes
  a day's name ("Black", "Bloody") is part of a name, as "Black Friday" is; "a black '57 Chevrolet" and "in
  '62" stay years.
- "struck on 8 September 1900, a day still remembered as the worst": "a day" after a comma right behind a
  dated day, before a word of naming or a relative word, names that date again and is no length; "on 2 May,
  a day after the talks" stays a length.
- "The campaign of 1862 / ... By December the roads were mud, and by the spring": a section headed by its
  year whose story has reached that year's December goes on into the next year's seasons; a season told
  before the December ("reached the river in October. In the spring the men had drilled") stays the
  heading's year.
- "The mill ran only from autumn to spring", "between summer and winter": a bare season opening a span
  closed by another bare season is a time, as "in winter" is; "between summer and winter grazing" names
  kinds of grazing.
- "and so had Eskdale, whose last miners had left in 1880. A decade later": a relative clause opened by
  "whose" and its noun, in the past perfect, looks back in passing as one opened by "who" does; the story
  stays where it was.
"""

from __future__ import annotations

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frost of 1740 ruined the crop, and the people called the next year Bloody '41 for its riots.",
            [("1740", "DATE", "1740"), ("the next year", "DATE", "1741")],
        ),
        # a clipped year after a lower-case word or a preposition is still a year
        ("They drove a black '57 Chevrolet to the coast.", [("'57", "DATE", "1957")]),
        ("He left school in '62 and joined the navy.", [("'62", "DATE", "1962")]),
    ],
)
def test_clipped_year_inside_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hurricane struck on 8 September 1900, a day still remembered as the worst in the city's history.",
            [("8 September 1900", "DATE", "1900-09-08")],
        ),
        (
            "The ferry sank on 3 March 1921, a day when the sea was calm.",
            [("3 March 1921", "DATE", "1921-03-03")],
        ),
        # "a day" counting how far one event lay from another stays a length, and so does a subject
        (
            "The strike began on 2 May 1926, a day after the talks broke down.",
            [("2 May 1926", "DATE", "1926-05-02"), ("a day", "DURATION", "P1D")],
        ),
        (
            "The mill shut in March 1926, a day that nobody in the valley forgot.",
            [("March 1926", "DATE", "1926-03"), ("a day", "DURATION", "P1D")],
        ),
    ],
)
def test_a_day_in_apposition_to_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Origins\n\nThe regiment was raised in 1861.\n\nThe campaign of 1862\n\nThe army reached the river in "
            "November. By December the roads were mud, and by the spring the men were sick.",
            [
                ("1861", "DATE", "1861"),
                ("1862", "DATE", "1862"),
                ("November", "DATE", "1862-11"),
                ("December", "DATE", "1862-12"),
                ("the spring", "DATE", "1863-SP"),
            ],
        ),
        # before the story reaches the December, a season is the heading year's
        (
            "Origins\n\nThe regiment was raised in 1861.\n\nThe campaign of 1862\n\nThe army reached the river in "
            "October. In the spring the men had drilled at the camp.",
            [
                ("1861", "DATE", "1861"),
                ("1862", "DATE", "1862"),
                ("October", "DATE", "1862-10"),
                ("the spring", "DATE", "1862-SP"),
            ],
        ),
    ],
)
def test_season_after_the_december_of_a_headed_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill ran only from autumn to spring.",
            [("autumn", "DATE", "XXXX-FA"), ("spring", "DATE", "XXXX-SP")],
        ),
        (
            "In 1850 the crofters fished between spring and autumn.",
            [("1850", "DATE", "1850"), ("spring", "DATE", "1850-SP"), ("autumn", "DATE", "1850-FA")],
        ),
        # a season naming a kind of thing is no time
        ("Shepherds moved the flocks between summer and winter grazing.", []),
        ("Bread was made from spring wheat and winter barley.", []),
    ],
)
def test_bare_seasons_opening_a_span(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1901 the valley had emptied, and so had Eskdale, whose last miners had left in 1880. "
            "A decade later the school closed.",
            [("1901", "DATE", "1901"), ("1880", "DATE", "1880"), ("A decade later", "DATE", "1911")],
        ),
        # the same year told in a sentence of its own is where the story goes
        (
            "By 1901 the valley had emptied. Its last miners had left in 1880. A decade later the school closed.",
            [("1901", "DATE", "1901"), ("1880", "DATE", "1880"), ("A decade later", "DATE", "1890")],
        ),
    ],
)
def test_past_perfect_whose_clause_in_passing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
