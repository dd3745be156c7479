"""Second reading of the rules that came with the two narrative sets of the last round (blind_narrative_101,
fires and earthquakes; blind_narrative_102, famines and droughts): each row is a sentence of our own where a
rule's trigger appears but its reading was wrong, or a close variant it missed.

- A making participle after a description joined by "and" ("The lighthouse, 40 metres high and built in
  1822, went dark") took any three words before "and": "The siege ended on 8 June 1571. Long before, it was
  sacked and burned in 1540, at six in the evening" put the clock on the siege's day, though "it was sacked
  and burned" is the sentence's own clause after an opening adverbial. A description opens no clause: no
  subject pronoun, relative word or auxiliary in it.
- "N years on" restating the year before it needed a comma right after it: "In 1990, forty years on from the
  strike, the mine closed" counted forty years on from 1990 (2030). The event it is counted from, up to the
  aside's comma, keeps the restating.
- "that autumn" in a past perfect told from a January is the autumn before ("The talks opened on 9 January
  1919. The king had fallen ill that autumn"), but a past perfect of a plan before its infinitive looks
  ahead: "The ships came on 16 January 1923. They had planned to sail again that summer" is the summer to
  come (1923), not the one gone (1922).
- "a day" in apposition to a dated day ("on 9 June 1889, a day remembered as") asked for a day of the
  month, so "on Friday, a day that also brings the expiry of options" and "on Christmas Day, a day when
  nobody worked" kept "a day" as a length; a day named by a weekday or a feast is as dated. "a day on
  which" opens the same clause as "a day when"; more than one adverb may stand before the participle
  ("a day still widely remembered"). A set of days ("on Saturdays, a day when") is no date, and "a day" stays.
- A bare season opening a span took only "and/to/until/till" as the closing link, whatever the lead: "The
  mill ran from autumn through spring" lost its autumn. The links are the range's own by its lead ("from
  ... through", "between ... and"), the table the clock ranges already read.
- A past perfect relative clause looking back in passing was opened by "who", "which" or "whose": "the
  owner, whom the miners had sued in 1880," and "Eskdale, where the mine had closed in 1880," moved the
  story to 1880, so "A decade later" was 1890, not 1911.

Code: the inline tuples of `_day_in_apposition` ("still/now/long", "when/that/which", "is/are") are
lexicon tables (ADVERBS_BEFORE_NAMING_PARTICIPLES, DAY_RESTATING_RELATIVES) and the grammar's copulas; the
span rule's ("from", "between") and its own link regex duplicated CLOCK_RANGE_LEADS and
CLOCK_RANGE_SECOND_LINKS, now RANGE_LEADS and RANGE_SECOND_LINKS for both; the check for a past verb of a
plan before its infinitive is one helper; comments that quoted the gold sets' own sentences use sentences
of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's own clause after an opening adverbial: its year is where the story goes
        (
            "The siege ended on Friday 8 June 1571. Long before, it was sacked and burned in 1540, at six in "
            "the evening, by raiders.",
            [
                ("Friday 8 June 1571", "DATE", "1571-06-08"),
                ("1540", "DATE", "1540"),
                ("six in the evening", "TIME", "1540-XX-XXT18:00"),
            ],
        ),
        # a description joined by "and" is still an aside
        (
            "The storm broke on Monday 3 March 1890. The lighthouse, old and rebuilt in 1822, went dark at 9 "
            "p.m.",
            [
                ("Monday 3 March 1890", "DATE", "1890-03-03"),
                ("1822", "DATE", "1822"),
                ("9 p.m.", "TIME", "1890-03-03T21:00"),
            ],
        ),
    ],
)
def test_description_before_a_making_participle_opens_no_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pits struck in 1950. In 1990, forty years on from the strike, the mine closed.",
            [("1950", "DATE", "1950"), ("1990", "DATE", "1990"), ("forty years on", "DATE", "1990")],
        ),
        (
            "The pits struck in 1950. In 1990, forty years on, the mine closed.",
            [("1950", "DATE", "1950"), ("1990", "DATE", "1990"), ("forty years on", "DATE", "1990")],
        ),
    ],
)
def test_years_on_from_an_event_restates_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ships came on 16 January 1923. They had planned to sail again that summer.",
            [("16 January 1923", "DATE", "1923-01-16"), ("that summer", "DATE", "1923-SU")],
        ),
        (
            "The ships came on 16 January 1923. The crews had hoped to rest that autumn.",
            [("16 January 1923", "DATE", "1923-01-16"), ("that autumn", "DATE", "1923-FA")],
        ),
        # a past perfect of what was done still looks back
        (
            "The talks opened on 9 January 1919. The king had fallen ill that autumn.",
            [("9 January 1919", "DATE", "1919-01-09"), ("that autumn", "DATE", "1918-FA")],
        ),
    ],
)
def test_past_perfect_plan_looks_ahead_to_that_season(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The banks meet on Thursday and the Fed on Friday, a day that also brings the expiry of options.",
            date(2024, 3, 11),
            NEWS,
            [("Thursday", "DATE", "2024-03-14"), ("Friday", "DATE", "2024-03-15")],
        ),
        (
            "The strike began on Christmas Day 1910, a day when nobody worked.",
            None,
            NARRATIVE,
            [("Christmas Day 1910", "DATE", "1910-12-25")],
        ),
        (
            "The ship sailed on 4 May 1850, a day on which the sea was calm.",
            None,
            NARRATIVE,
            [("4 May 1850", "DATE", "1850-05-04")],
        ),
        (
            "The ship sailed on 4 May 1850, a day still widely remembered in the port.",
            None,
            NARRATIVE,
            [("4 May 1850", "DATE", "1850-05-04")],
        ),
        # a length: counted from the date, the subject of a copula, or after a set of days
        (
            "The ship sailed on 4 May 1850, a day still later than planned.",
            None,
            NARRATIVE,
            [("4 May 1850", "DATE", "1850-05-04"), ("a day", "DURATION", "P1D")],
        ),
        (
            "The ship sailed on 4 May 1850, a day was all it took to load her.",
            None,
            NARRATIVE,
            [("4 May 1850", "DATE", "1850-05-04"), ("a day", "DURATION", "P1D")],
        ),
        (
            "The ferry ran on Saturdays, a day when the market was shut.",
            None,
            NARRATIVE,
            [("Saturdays", "SET", "XXXX-WXX-6"), ("a day", "DURATION", "P1D")],
        ),
    ],
)
def test_a_day_in_apposition_to_any_dated_day(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill ran from autumn through spring.",
            [("autumn", "DATE", "XXXX-FA"), ("spring", "DATE", "XXXX-SP")],
        ),
        (
            "The ferry crossed between spring and autumn.",
            [("spring", "DATE", "XXXX-SP"), ("autumn", "DATE", "XXXX-FA")],
        ),
        # kinds of grain, whatever the link
        ("Bread was made from spring and winter wheat.", []),
    ],
)
def test_bare_season_span_takes_the_range_links_of_its_lead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1901 the valley had emptied, and its owner, whom the miners had sued in 1880, died. A decade "
            "later the school closed.",
            [("1901", "DATE", "1901"), ("1880", "DATE", "1880"), ("A decade later", "DATE", "1911")],
        ),
        (
            "By 1901 the valley had emptied, and so had Eskdale, where the mine had closed in 1880. A decade "
            "later the school closed.",
            [("1901", "DATE", "1901"), ("1880", "DATE", "1880"), ("A decade later", "DATE", "1911")],
        ),
        # told in a sentence of its own, the year is where the story goes
        (
            "By 1901 the valley had emptied. The mine had closed in 1880. A decade later the school closed.",
            [("1901", "DATE", "1901"), ("1880", "DATE", "1880"), ("A decade later", "DATE", "1890")],
        ),
    ],
)
def test_past_perfect_whom_and_where_clauses_in_passing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, NARRATIVE) == expected
