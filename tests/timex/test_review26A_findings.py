"""A second reader's review (review26A) of the rules of the last round: the blind narrative set 99 (histories of
plagues), the blind itineraries set and the three reviews 25A-25C. Each row is a sentence of our own where a new
rule's trigger appears but its reading was wrong, or a close variant, with rows the mend must leave alone.

Mended here:

- "The strike will run from Monday 3 June to Friday 7 June. Union leaders meet on Wednesday to confirm it",
  "Rail workers will walk out from Saturday 1 June to Tuesday 4 June. Talks resume on Monday": the weekday of a
  programme's coming dated days took any bare weekday right after news dated a coming strike, summit or
  festival, even across a paragraph ("... to Thursday 13 June. / In other news, the council will vote on Tuesday").
  The run's weekday now needs the text to have gone on into those days (told one of them after dating the
  run: "We arrive on Monday 14 October. On Thursday we visit the archive") or the weekday to head a
  programme's day ("Day 3 (Monday):", "Day 2 - Sunday:", a weekday opening its line).
- "In 1850 the abbey was rebuilt. Its founder died 12 March 987.", "(born 4 May 912)": the three digits after a
  day and a month in a story past the first millennium were read as a count whenever "on" was not before the
  day, so a death or a birth dated without "on" lost its year. The count is now read only after a day a figure
  is given for ("the return for 14 June 215", "the month to 31 July 389").
- "The fire gutted the abbey in 1204. The accounts usually put it in late January": writers dating an event
  were tested after the past-habit rule, which read "usually put" as a habit of every year; the writers' dating
  is now tested first ("Millers usually put the stones in order in late March" stays every year's).
- "The ship brought 3000 settlers. 1200 remained the following spring.": "remained the" took the count for a
  year; "the following", "the next", "the whole" after it is how long the count stayed ("1932 remained the
  hardest year" stays a year).
- Code: the new four-digit-year regex of quoted dates (grammar) repeated the resolver's `_YEAR_DIGITS`; one
  `YEAR_DIGITS` serves both, and the set-lookup test of the quoted words runs before it. The new
  `_AGO_UNITS_OF_THE_WRITERS_NOW` repeated `_YEAR_OR_LONGER_UNITS` word for word; the older one serves, its
  comment telling both uses. The adverbs between writers and their verb of dating were written into a resolver
  regex (`_WORD_BEFORE_VERB`, a name saying nothing of dating); they are now the lexicon table
  ADVERBS_BEFORE_DATING_VERBS and the regex `_SUBJECT_BEFORE_DATING_VERB`. Two comments had been split from
  what they describe: EVES_NAMED_ALONE had been inserted between FIXED_HOLIDAYS and its comment, and the
  "ago" units between `_UNNAMED_DAY_VALUE` and its comment.

Left (a mend would be a guess): "The subsidies the farmers asked for end this year" and "The curbs the union
warned of end this month" read "end" as a modifier after the widened prepositions, where a preposition stranded
at the end of a relative clause leaves "end" the main verb; "See you there on Saturday!" after a colloquial post
dates a festival's coming days is now the writer's week (the clause points at the event only by "there"); a
document that opens on its "Background" heading is not seen as having a subheading (no blank line before it).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
NEWS = DocumentKind.NEWS
FRIDAY = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike will run from Monday 3 June to Friday 7 June. Union leaders meet on Wednesday to "
            "confirm it.",
            [
                ("Monday 3 June", "DATE", "2024-06-03"),
                ("Friday 7 June", "DATE", "2024-06-07"),
                ("Wednesday", "DATE", "2024-05-15"),
            ],
        ),
        (
            "Rail workers will walk out from Saturday 1 June to Tuesday 4 June. Talks resume on Monday, and if "
            "they fail the strike goes ahead.",
            [
                ("Saturday 1 June", "DATE", "2024-06-01"),
                ("Tuesday 4 June", "DATE", "2024-06-04"),
                ("Monday", "DATE", "2024-05-13"),
            ],
        ),
        (
            "The conference runs from Monday 10 June to Thursday 13 June.\n\nIn other news, the council will vote "
            "on Tuesday on the new budget.",
            [
                ("Monday 10 June", "DATE", "2024-06-10"),
                ("Thursday 13 June", "DATE", "2024-06-13"),
                ("Tuesday", "DATE", "2024-05-14"),
            ],
        ),
        # kept: a programme's day heading its line or counted, and a text gone on into the run's days
        (
            "Our tour runs from Saturday 8 June to Friday 14 June.\nDay 2 \u2013 Sunday: the ferry to Lewis.\n"
            "Day 3 \u2013 Monday: Harris.",
            [
                ("Saturday 8 June", "DATE", "2024-06-08"),
                ("Friday 14 June", "DATE", "2024-06-14"),
                ("Sunday", "DATE", "2024-06-09"),
                ("Monday", "DATE", "2024-06-10"),
            ],
        ),
        (
            "Study week, 14-18 October. We arrive on Monday 14 October. On Thursday we visit the archive.",
            [
                ("14", "DATE", "2024-10-14"),
                ("18 October", "DATE", "2024-10-18"),
                ("Monday 14 October", "DATE", "2024-10-14"),
                ("Thursday", "DATE", "2024-10-17"),
            ],
        ),
    ],
)
def test_weekday_of_coming_dated_days_needs_the_programme_at_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1850 the abbey was rebuilt. Its founder died 12 March 987.",
            [("1850", "DATE", "1850"), ("12 March 987", "DATE", "0987-03-12")],
        ),
        (
            "In 1850 the abbey was rebuilt. Its founder (born 4 May 912) was a monk.",
            [("1850", "DATE", "1850"), ("4 May 912", "DATE", "0912-05-04")],
        ),
        # kept: the figure given for a day or for a period ending on it
        (
            "In 1863 the pits were busy. The month to 30 June gave 412 tons and the month to 31 July 389.",
            [
                ("1863", "DATE", "1863"),
                ("The month", "DURATION", "P1M"),
                ("30 June", "DATE", "1863-06-30"),
                ("the month", "DURATION", "P1M"),
                ("31 July", "DATE", "1863-07-31"),
            ],
        ),
        (
            "In 1453 the city fell. Rome had been sacked on 24 August 410.",
            [("1453", "DATE", "1453"), ("24 August 410", "DATE", "0410-08-24")],
        ),
    ],
)
def test_three_digits_after_a_day_are_a_count_only_after_a_figure_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire gutted the abbey in 1204. The accounts usually put it in late January.",
            [("1204", "DATE", "1204"), ("late January", "DATE", "1204-01")],
        ),
        (
            "The fire gutted the abbey in 1204. Most chroniclers place it in late January.",
            [("1204", "DATE", "1204"), ("late January", "DATE", "1204-01")],
        ),
        # kept: a habit, its doers no writers
        (
            "The mill opened in 1820. Millers usually put the stones in order in late March.",
            [("1820", "DATE", "1820"), ("late March", "DATE", "XXXX-03")],
        ),
        (
            "The abbey burned in 1204. Its monks usually sowed barley in April.",
            [("1204", "DATE", "1204"), ("April", "DATE", "XXXX-04")],
        ),
    ],
)
def test_writers_dating_an_event_before_a_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ship brought 3000 settlers. 1200 remained the following spring.",
            [("the following spring", "DATE", "XXXX-SP")],
        ),
        # kept: a year remains what a noun phrase says
        (
            "The war ended in 1918. 1919 remained the hardest year.",
            [("1918", "DATE", "1918"), ("1919", "DATE", "1919")],
        ),
        ("1816 became known as the year without a summer.", [("1816", "DATE", "1816")]),
    ],
)
def test_a_count_remaining_for_a_time_is_no_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
