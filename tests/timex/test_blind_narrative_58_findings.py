"""Rules added after the fifty-eighth blind narrative set (`data/gold/timex/blind_narrative_58.jsonl`)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "lifted off at 9:32 a.m. EDT (13:32 UTC) on 12 September": a clock time restated in another zone in
  parentheses, the restatement written as a clock time of its own, still falls on the date after both;
  so does the restatement.
- "over more than 13 billion years", "less than 400 million years after": a bound before a length of
  millions or billions of years belongs to the length with its mod; before "ago" the bound puts the time
  before (more than) or after (less than) that point.
- "readings from a test a year before and advised the crew": a counted "before" followed by "and" and
  the next verb closes its clause, so it is the date it reaches, as at a comma or a stop; "a week before
  and after the vote" joins two prepositions and is not.
- "Horizon 6 had been planned for November, but ... brought it forward": the time an earlier plan was
  made for lies near the story's time, on either side (brought forward or put off), not a year back
  because the clause is in the past perfect.
- "lifted off on 12 September ... a test a year before ... entered orbit on 15 September": a count of
  whole years back from the story's day is a glance back; a day told without a year in a later sentence
  not in the past perfect goes on from the story's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2014, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The station opened in May 1998. The first crew arrived at 7:15 a.m. EST (12:15 UTC) on 4 November.",
            [
                ("May 1998", "DATE", "1998-05"),
                ("7:15 a.m. EST", "TIME", "1998-11-04T07:15"),
                ("12:15 UTC", "TIME", "1998-11-04T12:15"),
                ("4 November", "DATE", "1998-11-04"),
            ],
        ),
        (
            "The survey began in June 1985. The ship sailed at 18:40 GMT (14:40 EDT) on 9 August.",
            [
                ("June 1985", "DATE", "1985-06"),
                ("18:40 GMT", "TIME", "1985-08-09T18:40"),
                ("14:40 EDT", "TIME", "1985-08-09T14:40"),
                ("9 August", "DATE", "1985-08-09"),
            ],
        ),
    ],
)
def test_a_clock_restated_in_another_zone_takes_the_date_after_both(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The light of those galaxies has travelled for more than 13 billion years.",
            [("more than 13 billion years", "P13000000L", "MORE_THAN")],
        ),
        (
            "The first stars lit up less than 400 million years after the Big Bang.",
            [("less than 400 million years", "P400000L", "LESS_THAN")],
        ),
        (
            "The oldest crystals in the rock formed almost 4 billion years ago.",
            [("almost 4 billion years ago", "PAST_REF", "AFTER")],
        ),
        ("Rivers carved the canyon over millions of years.", [("millions of years", "PXL", None)]),
    ],
)
def test_a_bound_before_millions_of_years_is_kept_with_its_mod(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam failed in 1957. An engineer remembered a flood a year before and warned the town.",
            [("1957", "DATE", "1957"), ("a year before", "DATE", "1956")],
        ),
        (
            "The mine closed in 1984. Its owners had sold the land two years before but kept the name.",
            [("1984", "DATE", "1984"), ("two years before", "DATE", "1982")],
        ),
        (
            "The strike ended in 1984. Polls taken two weeks before the vote showed a close race.",
            [("1984", "DATE", "1984"), ("two weeks", "DURATION", "P2W")],
        ),
    ],
)
def test_a_counted_before_followed_by_the_next_verb_closes_its_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first flight came in July 1969. The second had been planned for November, but the"
            " engineers brought it forward.",
            [("July 1969", "DATE", "1969-07"), ("November", "DATE", "1969-11")],
        ),
        (
            "The bridge opened in February 1932. It had been scheduled for November, but a strike held up"
            " the steel.",
            [("February 1932", "DATE", "1932-02"), ("November", "DATE", "1931-11")],
        ),
        (
            "The opera opened in July 1901. The composer had agreed to conduct it in November.",
            [("July 1901", "DATE", "1901-07"), ("November", "DATE", "1900-11")],
        ),
    ],
)
def test_the_time_an_earlier_plan_was_made_for_lies_near_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ship left port on 3 March 1911. The captain knew the route from a voyage a year before and"
            " chose it again. She reached the cape on 20 March.",
            [
                ("3 March 1911", "DATE", "1911-03-03"),
                ("a year before", "DATE", "1910"),
                ("20 March", "DATE", "1911-03-20"),
            ],
        ),
        (
            "The trial opened on 8 October 1923. A witness recalled a quarrel two years earlier and wept."
            " The jury retired on 2 November.",
            [
                ("8 October 1923", "DATE", "1923-10-08"),
                ("two years earlier", "DATE", "1921"),
                ("2 November", "DATE", "1923-11-02"),
            ],
        ),
    ],
)
def test_a_day_after_a_count_of_years_back_goes_on_from_the_story_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected
