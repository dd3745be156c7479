"""Leftovers of this session's earlier rounds, each fixed by a general rule: each row is a sentence of our
own showing the English usage behind one finding, with rows where the rule must not apply.

- "The pier closed in 2019; 2020 saw it reopen in May": a year as the subject of a clause after a
  semicolon opens it as it would open a sentence, and holds the yearless month told after it; "; by 2030
  it will reopen in May" only looks ahead to its year.
- "The rent had been due on 2 December but he paid late": a plan in the past perfect, with no time after
  it, followed by a clause in the simple past that does the planned act late, has its day gone by; "but
  was postponed", "but was cancelled late" and "but he will pay late" leave the nearest day.
- "The guide, published today, tells the story": a verb of publishing before a "today" closing its clause
  dates it to the day of writing in the resolver as in the kind check (one table of verbs for both).
- "It will reopen in March and close in November", in a story: a second verb joined by "and" to a future
  of the writer's shares it; a clause with its own subject in the past ("and the old hall closed in
  November") stays in the story.
- "Bakers est 1921": the abbreviation of "established" is no verb, with or without its stop.
- "Last orders are at 10.", "Last orders at 10.": a pub's last call, with or without "are", is late in
  its day; "Her last entry is at 9." is one person's.
- "Food is served until 8.30 on Sundays": a dotted hour followed by the days it is kept on is a clock
  time as one closing its clause is; "Shares closed at 7.30 on Friday" stays a price.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2024, 6, 10)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier closed in 2019; 2020 saw it reopen in May.",
            [("2019", "DATE", "2019"), ("2020", "DATE", "2020"), ("May", "DATE", "2020-05")],
        ),
        (
            "The mill shut in 1996; 1998 brought a buyer, who restarted it in October.",
            [("1996", "DATE", "1996"), ("1998", "DATE", "1998"), ("October", "DATE", "1998-10")],
        ),
        # a year only looked ahead to does not hold the month
        (
            "The pier closed in 2019; by 2030 it will reopen in May.",
            [("2019", "DATE", "2019"), ("2030", "DATE", "2030"), ("May", "DATE", "2025-05")],
        ),
    ],
)
def test_year_as_subject_after_a_semicolon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rent had been due on 2 December but he paid late.", "2023-12-02"),
        ("The rent had been due on 2 December but was paid late.", "2023-12-02"),
        ("The ship had been due in Hull on 2 December, but it docked late.", "2023-12-02"),
        # the plan given up, or the act still to come: the nearest day
        ("The album had been due on 26 November but was postponed.", "2024-11-26"),
        ("The album had been due on 26 November but was cancelled late.", "2024-11-26"),
        ("The rent had been due on 2 December but he will pay late.", "2024-12-02"),
        ("The ferry had been due on 2 December but it is running late.", "2024-12-02"),
    ],
)
def test_plan_carried_out_late(text: str, expected: str) -> None:
    assert typed(text, MONDAY, NEWS)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The abbey was founded in 1132. Its new guide, published today, tells the story.", "2024-06-10"),
        ("In 1851 the company moved to Leeds. The firm's history, released today, says so.", "2024-06-10"),
        ("The abbey was founded in 1132. The trust said today.", "2024-06-10"),
    ],
)
def test_published_today_in_a_story(text: str, expected: str) -> None:
    assert typed(text, MONDAY, NARRATIVE)[-1] == ("today", "DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pearl was launched in 1890. It will reopen in March and close in November.",
            [("1890", "DATE", "1890"), ("March", "DATE", "2025-03"), ("November", "DATE", "2024-11")],
        ),
        (
            "The Pearl was launched in 1890. The museum is to reopen in March and will shut again in November.",
            [("1890", "DATE", "1890"), ("March", "DATE", "2025-03"), ("November", "DATE", "2024-11")],
        ),
        # a clause of its own in the past, and a future seen from the story, stay in the story
        (
            "The Pearl was launched in 1890. It will reopen in March, and the old hall closed in November.",
            [("1890", "DATE", "1890"), ("March", "DATE", "2025-03"), ("November", "DATE", "1890-11")],
        ),
        (
            "The Pearl was launched in 1890. She would sail in March and return in November.",
            [("1890", "DATE", "1890"), ("March", "DATE", "1890-03"), ("November", "DATE", "1890-11")],
        ),
    ],
)
def test_second_verb_shares_the_writers_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakers est 1921", [("1921", "DATE", "1921")]),
        ("Bakers est. 1921", [("1921", "DATE", "1921")]),
        ("Bakers estd 1921.", [("1921", "DATE", "1921")]),
        ("Crowds est 1921 people.", []),
        # a bare "est" is also "estimated": a founding year only where it ends its line
        ("Crowd est 1500.", []),
        ("Crowd est. 1500 at the gates", []),
        ("J. Marsh & Sons est 1921\nFamily butchers", [("1921", "DATE", "1921")]),
        ("They established 1921 as the base.", []),
    ],
)
def test_founding_abbreviation_without_its_stop(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last orders are at 10.", [("10", "TIME", "XXXX-XX-XXT22:00")]),
        ("Last orders at 10.", [("10", "TIME", "XXXX-XX-XXT22:00")]),
        ("Last entry at 4.", [("4", "TIME", "XXXX-XX-XXT16:00")]),
        ("Her last entry is at 9.", []),
        ("Shares are at 10.", []),
    ],
)
def test_last_call_at_a_bare_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Food is served until 8.30 on Sundays.",
            [("8.30", "TIME", "XXXX-XX-XXT20:30"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        ("Hot food until 8.30 daily.", [("8.30", "TIME", "XXXX-XX-XXT20:30"), ("daily", "SET", "P1D")]),
        # a price on a day is no clock time
        ("The pound was at 1.25 on Monday.", [("Monday", "DATE", "2024-06-10")]),
        ("Shares closed at 7.30 on Friday.", [("Friday", "DATE", "2024-06-07")]),
    ],
)
def test_dotted_hour_before_its_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, NEWS) == expected
