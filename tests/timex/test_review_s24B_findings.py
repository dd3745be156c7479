"""Second reader's review of the rules that came with the museum-history and forecast blind sets and the
anchoring leftovers pass: each row is a sentence of our own showing the general English usage behind one
finding; rows where a rule must not apply are kept beside it.

- "She lived a hundred and four years and six months": a length told in two units may open on a hundred and
  its tens and ones, which are one count (not "four years and six months"); "a hundred and sixty-odd years"
  hedges the whole number and "a hundred and fifty-year lease" joins it to its unit by a hyphen (neither is
  the last word's count alone). "a hundred" is never the article and a bare "hundred".
- "On 3 May the Courier said today that the line would open": a day the story names in the sentence is the
  day of the report it tells; "said today" is the writer's day only when the sentence names none.
- "Sales up 9 per cent in the first quarter", said in February: a headline's verbless change over a quarter
  with a month or more to run is last year's, as a verb's ("Sales rose 9 per cent in the first quarter") is;
  "Analysts see sales up 4 per cent in the first quarter" foresees it.
- "The treaty was to be signed on Monday": the passive of a plan seen from the past, as "was to sign" is, puts
  its weekday on either side of the DCT; "was signed on Monday" is an act done.
- "on 14 May 1921 (Saturday)", "on 14 May 1921, which fell on a Saturday": a weekday alone in brackets or in
  a relative clause after a date restates the date; "(Tuesday to Friday)" is a range of its own, and "4:17
  a.m. Wednesday (2117 GMT Tuesday)" a clock time restated in another zone, whose day may differ.
- "Dilute the concentrate with water 1:10": "water" and "tide" are a tide table's labels only after their
  level ("High water 06:42", "Low tide 13:05"); otherwise the figures are a ratio, no clock time.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

WEDNESDAY = date(2024, 2, 14)
FRIDAY = date(2024, 2, 16)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The old keeper lived a hundred and four years and six months.",
            [("a hundred and four years and six months", "DURATION", "P104Y6M")],
        ),
        (
            "The chapel served the parish for a hundred and sixty-odd years.",
            [("a hundred and sixty-odd years", "DURATION", "P160Y")],
        ),
        (
            "The town granted the club a hundred and fifty-year lease.",
            [("a hundred and fifty-year", "DURATION", "P150Y")],
        ),
        # two numbers, and a noun that counts no time after the tens, keep their readings
        (
            "Repairs took between a hundred and two hundred days.",
            [("two hundred days", "DURATION", "P200D")],
        ),
        (
            "The mill ground a hundred and twenty sacks in two days.",
            [("two days", "DURATION", "P2D")],
        ),
    ],
)
def test_hundred_and_a_count_in_longer_lengths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The railway reached the valley in 1852. On 3 May the Courier said today that the line would open.",
            [("1852", "1852", None), ("3 May", "1852-05-03", None), ("today", "1852-05-03", None)],
        ),
        # no day named in the sentence: the writer's day, as before
        (
            "The railway reached the valley in 1852. The trust's chairman said today that the engine would run.",
            [("1852", "1852", None), ("today", "2024-02-14", None)],
        ),
    ],
)
def test_said_today_after_a_day_of_the_story(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ticket sales up 9 per cent in the first quarter.", [("the first quarter", "2023-Q1", None)]),
        ("Freight volumes down 2% in the first quarter.", [("the first quarter", "2023-Q1", None)]),
        ("Analysts see sales up 4 per cent in the first quarter.", [("the first quarter", "2024-Q1", None)]),
    ],
)
def test_verbless_change_over_a_quarter(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new charter was to be sealed on Monday.", [("Monday", "2024-02-19", None)]),
        ("The new charter was sealed on Monday.", [("Monday", "2024-02-12", None)]),
        (
            "The new charter was to be sealed on Monday, but the council fell out.",
            [("Monday", "2024-02-12", None)],
        ),
    ],
)
def test_passive_plan_seen_from_the_past(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regatta was first rowed on 14 May 1921 (Saturday).",
            [("14 May 1921", "1921-05-14", None), ("Saturday", "1921-05-14", None)],
        ),
        (
            "The regatta was first rowed on 14 May 1921, which fell on a Saturday.",
            [("14 May 1921", "1921-05-14", None), ("Saturday", "1921-05-14", None)],
        ),
        # a clock time restated in another zone keeps that zone's day
        (
            "The tremor struck at 4:17 a.m. Wednesday (2117 GMT Tuesday).",
            [
                ("4:17 a.m. Wednesday", "2024-02-14T04:17", None),
                ("2117 GMT Tuesday", "2024-02-13T21:17", None),
            ],
        ),
        # a range in the brackets is no restatement of the date
        (
            "The stalls open on 14 May (Tuesday to Friday).",
            [("14 May", "2024-05-14", None), ("Tuesday", "2024-02-20", None), ("Friday", "2024-02-16", None)],
        ),
    ],
)
def test_weekday_restating_a_date(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dilute the cordial with water 1:10 before serving.", []),
        (
            "High water 05:48, low water 11:57.",
            [("05:48", "2024-02-14T05:48", None), ("11:57", "2024-02-14T11:57", None)],
        ),
        ("Low tide 14:20.", [("14:20", "2024-02-14T14:20", None)]),
        ("Moon rises 21:05.", [("21:05", "2024-02-14T21:05", None)]),
    ],
)
def test_tide_labels_need_their_level(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected
