"""Rules added after the ninetieth blind narrative set (`data/gold/timex/blind_narrative_90.jsonl`,
encyclopedia histories of the American West of 1840-1890 in American-style dates) was scored once: each row
is a sentence of our own showing the general English usage behind one finding.

- "fought on June 25-26, 1876", "May 3 through 5, 1945": an American range of days written once, its
  month before the first day and its year after the last (after a comma), gives both days that year, the
  year inside the last day's extent; "from March 3 to 5, 2,000 workers" has no year.
- "proclaimed Thursday, November 29, a day of thanksgiving", "declared 15 February a day of mourning":
  the kind given to a date is no length, as "declared Friday a day of mourning" is not.
- "reenactors leave Missouri every May, and a company of them plans to reach Oregon City in September": a
  plan's verb in the month's own clause, after the clause of what recurs, makes the month one occasion.
- "the centre, which closed for repairs in January, reopens next month": in a story with a DCT, a month
  in a sentence that goes on to the writer's "next month" or "this year" in a present or future clause
  is in the writer's time, not the story's.
- "decided to attack at once rather than rest his men and strike the next morning": the time of an
  alternative not taken is never reached; the story stays on its day.
- "is known only from the bodies found two days later": the later time of the evidence the writer knows
  the story from is told in passing; the story stays on its day.
- "could wash out an ounce of gold a day", "about a foot a day": one unit of an amount before "a day" is
  a rate (SET), as "two ounces a day" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
MONDAY = date(2019, 4, 22)
WEDNESDAY = date(1990, 1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battle was fought on June 25-26, 1876, near the river.",
            [("June 25", "DATE", "1876-06-25"), ("26, 1876", "DATE", "1876-06-26")],
        ),
        (
            "The Battle of Gettysburg, fought on July 1\u20133, 1863, ended the invasion.",
            [("July 1", "DATE", "1863-07-01"), ("3, 1863", "DATE", "1863-07-03")],
        ),
        (
            "The talks ran from May 3 through 5, 1945, at the palace.",
            [("May 3", "DATE", "1945-05-03"), ("5, 1945", "DATE", "1945-05-05")],
        ),
        (
            "The fair is open Aug. 12-14, 2005.",
            [("Aug. 12", "DATE", "2005-08-12"), ("14, 2005", "DATE", "2005-08-14")],
        ),
        (
            "The strike lasted from March 3 to 5, 2,000 workers joining.",
            [("March 3", "DATE", "1990-03-03"), ("5", "DATE", "1990-03-05")],
        ),
    ],
)
def test_american_range_of_days_with_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor proclaimed Thursday, November 29, a day of thanksgiving.",
            [("Thursday, November 29", "DATE", "1990-11-29")],
        ),
        ("The king declared 15 February a day of mourning.", [("15 February", "DATE", "1989-02-15")]),
        ("He spent a day of rest at the camp.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_date_given_a_kind_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The road was finished in 1869. Wagon trains of reenactors leave Missouri every May, and a "
            "company of them plans to reach Oregon City in September.",
            "September",
            "2019-09",
        ),
        (
            "The road was finished in 1869. The lake freezes every winter and the ferry is due to return "
            "in April.",
            "April",
            "2019-04",
        ),
        # the plan is itself what recurs
        (
            "The road was finished in 1869. Each year the society plans to hold its meeting in May.",
            "May",
            "XXXX-05",
        ),
    ],
)
def test_plan_after_what_recurs(text: str, surface: str, value: str) -> None:
    found = {s: v for s, _, v in typed(text, MONDAY, kind=NARRATIVE)}
    assert found[surface] == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The road was finished in 1869. The trail is now marked by signs, and the center, which closed "
            "for repairs in January, reopens next month.",
            "January",
            "2019-01",
        ),
        ("The mill burned in 1902. The museum, closed since March, reopens this month.", "March", "2019-03"),
        (
            "The mill burned in 1902. The new owners will restore it in June, and the museum opens next year.",
            "June",
            "2019-06",
        ),
        # the story's own next year, or its future in the past: the story's month
        ("The mill burned in 1902. It was rebuilt in May, and next year it was sold.", "May", "1902-05"),
        (
            "The mill burned in 1902. It was rebuilt in May, and the company would open a second mill next year.",
            "May",
            "1902-05",
        ),
    ],
)
def test_month_before_the_writers_own_time(text: str, surface: str, value: str) -> None:
    found = {s: v for s, _, v in typed(text, MONDAY, kind=NARRATIVE)}
    assert found[surface] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On June 25, 1876, Custer decided to attack at once rather than rest his men and strike the next "
            "morning as planned. Reno attacked at about 3 p.m., and Benteen joined him an hour later.",
            {
                "June 25, 1876": "1876-06-25",
                "the next morning": "1876-06-26TMO",
                "about 3 p.m.": "1876-06-25T15:00",
                "an hour later": "1876-06-25T16:00",
            },
        ),
        (
            "On 4 May 1805 the general chose to march at once instead of waiting until the next day. By "
            "evening his men had crossed the river.",
            {"4 May 1805": "1805-05-04", "the next day": "1805-05-05", "evening": "1805-05-04TEV"},
        ),
        # a comma and "and" close the alternative: the story moves on to the next clause's year
        (
            "In 1979 the mill closed. I found work on the railway instead of at the mill, and in the spring "
            "of 1981 we moved into a house that had stood empty since a fire four years earlier.",
            {"1979": "1979", "the spring of 1981": "1981-SP", "four years earlier": "1977"},
        ),
        # "rather" as an adverb opens no alternative: the story moves on
        (
            "On 4 May 1805 the general rested his men, and the next day he marched rather quickly. By evening "
            "they had crossed the river.",
            {"4 May 1805": "1805-05-04", "the next day": "1805-05-05", "evening": "1805-05-05TEV"},
        ),
    ],
)
def test_alternative_not_taken(text: str, expected: dict[str, str]) -> None:
    assert {s: v for s, _, v in typed(text, None, kind=NARRATIVE)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 25 June 1876 the column was destroyed. What happened is known only from the bodies found two "
            "days later. The survivors held the hill through that night.",
            {"25 June 1876": "1876-06-25", "two days later": "1876-06-27", "that night": "1876-06-25TNI"},
        ),
        # the thing found is the subject of the story's next event: the story moves on
        (
            "On 3 March 1915 the ship sank. The wreck found two days later was empty. That night the storm "
            "returned.",
            {"3 March 1915": "1915-03-03", "two days later": "1915-03-05", "That night": "1915-03-05TNI"},
        ),
    ],
)
def test_evidence_found_later(text: str, expected: dict[str, str]) -> None:
    assert {s: v for s, _, v in typed(text, None, kind=NARRATIVE)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man could wash out an ounce of gold a day, worth about sixteen dollars.",
            [("a day", "SET", "P1D")],
        ),
        (
            "The tunnel was cut at a rate of about a foot a day, with crews at both ends.",
            [("a day", "SET", "P1D")],
        ),
        ("The tunnel advanced a foot a day.", [("a day", "SET", "P1D")]),
        ("He waited a day before he left.", [("a day", "DURATION", "P1D")]),
        ("The river rose a foot a week after the storm.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_one_unit_of_an_amount_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
