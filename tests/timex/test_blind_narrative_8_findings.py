"""Rules added after the eighth blind narrative set (`data/gold/timex/blind_narrative_8.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- Centuries coordinated over one plural head noun ("the 3rd and 4th centuries", "the 16th, 17th and 18th
  centuries", "the late 19th and early 20th centuries") name one century per ordinal; the first conjunct
  ("the 3rd") is a century too, and an era after the head noun is every conjunct's.
- An era closing a range of years is the first year's too: "(r. 478-467 BC)", "between 402 and 397 BC"
  (years before Christ count down to the one closing the range).
- A day and month followed by a three-digit number is a date of that year where the phrase closes with a
  preposition or conjunction ("fell on 21 May 878 after a siege"), not only with punctuation; "On 4 May
  300 soldiers" still counts soldiers.
- Lengths counted in thousands grouped by commas ("more than 2,700 years", "about 8,000 years",
  "1,500 days later") are lengths like "2700 years".
- "c." and "about" approximate a year with an era as they do a plain year ("c. 733 BC", "in about 270
  BC"), and "about" after "between" approximates the year ("between about 1150 and 1350").
- Counted centuries are lengths in centuries ("almost three centuries" is P3CE), as TimeML writes a
  number of centuries; "a century" alone stays P100Y, as in the earlier sets.
- A season without a year in a present-tense clause of what recurs is that season of every year ("In
  summer the ferries bring a million visitors a year"); a rate ("a year", "per day") says the clause is
  a habit, as "daily" or "every" does, while a length ("for a year") does not.
- In a history that closes in the writer's present, the writer's own week opening a sentence ("This week
  the council said work would begin in July") is where the text has come to: a month after it is counted
  from the DCT, not from the last year of the story.
- "In the decades since" is a stretch after a time just told, tagged as "decades", as "the decades that
  followed" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

THURSDAY = date(2026, 3, 5)
SUMMER_DAY = date(2018, 7, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frescoes in the crypt were painted in the 11th and 12th centuries.",
            [("the 11th", "DATE", "10"), ("12th centuries", "DATE", "11")],
        ),
        (
            "Merchants from the south settled in the valley during the 14th, 15th and 16th centuries.",
            [("the 14th", "DATE", "13"), ("15th", "DATE", "14"), ("16th centuries", "DATE", "15")],
        ),
        (
            "Bronze mirrors of the 2nd and 1st centuries BC were found in the tomb.",
            [("the 2nd", "DATE", "BC01"), ("1st centuries BC", "DATE", "BC00")],
        ),
        ("The mill was busiest in the 9th century.", [("the 9th century", "DATE", "08")]),
        ("The 3rd centuries of the abbey are a puzzle.", []),
    ],
)
def test_coordinated_centuries_are_one_expression_each(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


def test_coordinated_centuries_keep_their_own_modifiers() -> None:
    text = "The harbour was dredged in the late 17th and early 18th centuries."
    assert only(text, None) == [("the late 17th", "16", "END"), ("early 18th centuries", "17", "START")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The temple was built under Amasis (r. 570-526 BC), the last great pharaoh.",
            [("570", "DATE", "BC0570"), ("526 BC", "DATE", "BC0526")],
        ),
        (
            "Between 431 and 404 BC the two leagues fought a long war.",
            [("431", "DATE", "BC0431"), ("404 BC", "DATE", "BC0404")],
        ),
        (
            "The canal was cut between 120 and 135 AD by the legion.",
            [("120", "DATE", "0120"), ("135 AD", "DATE", "0135")],
        ),
    ],
)
def test_the_era_closing_a_range_is_the_first_years_too(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The citadel surrendered on 14 June 912 after the water ran out.",
            [("14 June 912", "DATE", "0912-06-14")],
        ),
        (
            "The bishop was consecrated on 2 March 745 and died within a year.",
            [("2 March 745", "DATE", "0745-03-02"), ("a year", "DURATION", "P1Y")],
        ),
        ("On 4 May 300 soldiers marched into the town.", [("4 May", "DATE", "2026-05-04")]),
    ],
)
def test_a_three_digit_year_closes_a_date_before_a_preposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "People have farmed these terraces for more than 3,500 years.",
            [("more than 3,500 years", "P3500Y", "MORE_THAN")],
        ),
        ("The cave was used for about 6,000 years.", [("about 6,000 years", "P6L", "APPROX")]),
        ("The probe reached the comet 1,200 days later.", [("1,200 days later", "2029-06-17", None)]),
        ("The town has 12,000 people and two mills.", []),
    ],
)
def test_lengths_in_thousands_grouped_by_commas(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first wall dates from c. 650 BC.", [("c. 650 BC", "BC0650", "APPROX")]),
        ("The colony was lost in about 340 BC.", [("about 340 BC", "BC0340", "APPROX")]),
        (
            "Most of the chapels were built between about 1280 and 1330.",
            [("about 1280", "1280", "APPROX"), ("1330", "1330", None)],
        ),
        ("She wrote a long book about 300 BC sculpture.", [("300 BC", "BC0300", None)]),
    ],
)
def test_approximated_years_with_an_era(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The family held the manor for almost three centuries.",
            [("almost three centuries", "P3CE", "LESS_THAN")],
        ),
        ("Over the next two centuries the river silted up.", [("the next two centuries", "P2CE", None)]),
        ("The bridge stood for a century.", [("a century", "P100Y", None)]),
    ],
)
def test_counted_centuries_are_lengths_in_centuries(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour was rebuilt in 1987. In winter the boats carry two thousand passengers a week.",
            [("1987", "DATE", "1987"), ("winter", "DATE", "XXXX-WI"), ("a week", "SET", "P1W")],
        ),
        (
            "The lighthouse was automated in 1991. In autumn the keepers usually paint the tower.",
            [("1991", "DATE", "1991"), ("autumn", "DATE", "XXXX-FA")],
        ),
        (
            "The lighthouse was automated in 1991. In autumn the tower closed for a year.",
            [("1991", "DATE", "1991"), ("autumn", "DATE", "1991-FA"), ("a year", "DURATION", "P1Y")],
        ),
    ],
)
def test_a_season_in_a_present_habit_is_every_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUMMER_DAY) == expected


def test_the_writers_week_opening_a_sentence_brings_a_history_to_its_present() -> None:
    text = (
        "The old customs house was listed in 2009. This week the city said that repairs to its roof "
        "would begin in October."
    )
    assert typed(text, THURSDAY) == [
        ("2009", "DATE", "2009"),
        ("This week", "DATE", "2026-W10"),
        ("October", "DATE", "2026-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mine closed in 1968. In the decades since, the village has shrunk by half.",
            [("1968", "DATE", "1968"), ("decades", "DURATION", "PXDE")],
        ),
        (
            "The mine closed in 1968. In the years since the closure, the village has shrunk by half.",
            [("1968", "DATE", "1968"), ("years", "DURATION", "PXY")],
        ),
    ],
)
def test_the_decades_since(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
