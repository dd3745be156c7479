"""Rules added after the ninety-sixth blind news set (`data/gold/timex/blind_news_96.jsonl`, advice,
consumer and personal-finance columns: readers' letters telling their own past, answered in the present
and future) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "Most of the fixed deals end this year": "end" after a noun is the verb, and "this year" its time, as
  "the sale will end today" already was; "by end this year" keeps the modifier (END).
- "Dear Mr Ellis, Two weeks is not long enough": the body of a letter after its salutation's comma opens
  a sentence, so its capitalised first word is no name or title.
- "In 2014 we took a ten-year lease. The lease expires in September": a present or future clause after a
  paragraph told in a past year has come back to the writer's time; "said they would shut it in May" (a
  future seen from that year) and a past clause stay in the year told.
- "booked a crossing for 9 August. Gales closed the port that week, and the company cancelled our sailing
  the night before": the week that holds the day just told names no other day, so a part of a day counted
  from it ("the night before", "the evening before") is counted from that day, as a clock time was.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

NEWS = DocumentKind.NEWS
WEDNESDAY = date(2023, 5, 10)
TUESDAY = date(2021, 3, 2)
FRIDAY = date(2012, 10, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the fixed deals end this year.", [("this year", "2023", None)]),
        ("The offers end next month, the shop says.", [("next month", "2023-06", None)]),
        # the modifier after a preposition, as "by end today"
        ("Prices should peak by end this year.", [("end this year", "2023", "END")]),
        ("The figures will be known at end next month.", [("end next month", "2023-06", "END")]),
    ],
)
def test_end_as_a_verb_before_this_or_next_unit(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Mr Ellis, Two weeks is not long enough to decide.", [("Two weeks", "DURATION", "P2W")]),
        ("Dear Aunt Jo, Three years ago I moved abroad.", [("Three years ago", "DATE", "2018")]),
        # no salutation: a capitalised count after a comma inside a sentence is part of a title
        ("We watched Broken, Nine Years On at the festival.", []),
    ],
)
def test_letter_body_after_salutation_opens_a_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2014 we bought the lease on a ten-year term. The lease expires in September, and the agent "
            "has written.",
            [("2014", "DATE", "2014"), ("ten-year", "DURATION", "P10Y"), ("September", "DATE", "2021-09")],
        ),
        (
            "In 2015 the mill was sold. The shop will shut in May.",
            [("2015", "DATE", "2015"), ("May", "DATE", "2021-05")],
        ),
        # a past clause stays in the year told
        (
            "Then 2015 happened. The shop closed in May.",
            [("2015", "DATE", "2015"), ("May", "DATE", "2015-05")],
        ),
        # "would": a future seen from the year told
        (
            "In 2015 the mill was sold. The buyers said they would shut it in May.",
            [("2015", "DATE", "2015"), ("May", "DATE", "2015-05")],
        ),
    ],
)
def test_present_clause_leaves_a_past_year_held(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In June we booked a crossing for 9 August. Gales closed the port that week, and the ferry "
            "company cancelled our sailing the night before.",
            [
                ("June", "DATE", "2012-06"),
                ("9 August", "DATE", "2012-08-09"),
                ("that week", "DATE", "2012-W32"),
                ("the night before", "TIME", "2012-08-08TNI"),
            ],
        ),
        (
            "Our concert was on 14 September. Storms hit the town that week and the promoter called it off "
            "the evening before.",
            [
                ("14 September", "DATE", "2012-09-14"),
                ("that week", "DATE", "2012-W37"),
                ("the evening before", "TIME", "2012-09-13TEV"),
            ],
        ),
        # no day told: the night before the day of writing, as before
        (
            "The ferry company cancelled the crossing the night before.",
            [("the night before", "TIME", "2012-10-04TNI")],
        ),
    ],
)
def test_part_of_day_counted_from_the_day_its_week_holds(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY, NEWS) == expected
