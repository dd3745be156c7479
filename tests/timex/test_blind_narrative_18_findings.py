"""Rules added after the eighteenth blind narrative set (`data/gold/timex/blind_narrative_18.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A history written a year or two after its story dates the story's days with their weekdays ("on
  Monday, 19 August"); the bare weekdays after them ("by Wednesday", "through Tuesday") are days of the
  story's week, not of the week the article was published in, so they do not make it news.
- One "overnight" does not turn into news a history told by a dozen dates without a year, as one
  "Sunday evening" does not.
- "By 1902 the locks the company had built twelve years earlier had begun to leak": a count back of the
  story's own unit in a past-perfect clause describing the subject glances behind the story's year; the
  months that follow are still that year's. A count back that is the sentence's own verb ("had gone
  bankrupt eight months earlier, but ...") opens a flashback the text goes on from.
- "another quarter" of the seats, "a quarter of the town": a fraction, not a quarter of the year, so a
  "year later" after it is a year, not the same quarter a year on.
- "had been six million barrels a day in the summer": an "-s" form after a number ("million barrels",
  "three reports") is a counted plural noun, not a present-tense verb, so the clause stays in the past
  and its months are the story's, not a present habit's.
- In a story, "overnight" after the afternoon or evening just told is that day's night (news keeps the
  night before the DCT; after a story's dawn it is still the night before).
- A range of clock times that closes at an earlier hour than it opens ("a curfew from 6 p.m. to 7
  a.m.") runs past midnight: its end is on the next day.
- An eve ("Christmas Eve", "New Year's Eve") is the evening before a feast: a small-hours clock time
  told after it ("Shortly after 2 a.m.") falls on the next day, as it does after a told evening.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

STRIKE = (
    "The dock strike of 1987 began on 3 August 1987 and ended nine days later. The union had voted to "
    "strike on Friday, 31 July, and the first ships were turned away on Monday, 3 August. By Wednesday "
    "the port was closed. On 12 August the two sides signed an agreement, and on 1 December the members "
    "accepted it."
)
FLOOD = (
    "The flood of 2016 began on 2 March 2016 after a week of rain. The river rose on 3 March, broke its "
    "banks on 4 March and reached the market on 5 March. Crews worked overnight to save the bridge. Water "
    "stood in the streets until 9 March, the schools reopened on 14 March and the last family went home on "
    "30 March. Repairs began on 2 May, the bridge reopened on 1 July, an inquiry sat on 5 September and "
    "reported on 12 October. The council approved new walls on 3 November."
)
REOPENED = (
    "The port reopened on Tuesday, ending a strike that began on Monday, 3 August 1987. By Wednesday ships "
    "were loading."
)


@pytest.mark.parametrize(
    ("text", "dct", "kind"),
    [
        (STRIKE, date(1989, 2, 10), DocumentKind.NARRATIVE),
        (FLOOD, date(2017, 9, 12), DocumentKind.NARRATIVE),
        # a lead dated by a weekday of the publication's week is news, whatever it recalls
        (REOPENED, date(1987, 8, 12), DocumentKind.NEWS),
    ],
)
def test_a_history_written_soon_after_its_story_is_told_in_the_story_time(
    text: str, dct: date, kind: DocumentKind
) -> None:
    assert detect_document_kind(text, dct) == kind


def test_weekdays_after_dated_weekdays_are_the_story_days() -> None:
    found = typed(STRIKE, date(1989, 2, 10))
    assert ("Wednesday", "DATE", "1987-08-05") in found
    assert ("12 August", "DATE", "1987-08-12") in found
    assert ("1 December", "DATE", "1987-12-01") in found


def test_dates_without_a_year_follow_the_story_past_a_stray_overnight() -> None:
    found = typed(FLOOD, date(2017, 9, 12))
    assert ("9 March", "DATE", "2016-03-09") in found
    assert ("2 May", "DATE", "2016-05-02") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The canal opened in 1890 and was sold in 1895. By 1902 the locks the company had built twelve "
            "years earlier had begun to leak. In March the engineers closed the canal, and in June it reopened.",
            [("twelve years earlier", "1890"), ("March", "1902-03"), ("June", "1902-06")],
        ),
        (
            "The canal was sold in 1890 and reopened in November 1902. Its first owners had gone bankrupt "
            "eight months earlier, but the work went on. In April the engineers had flooded the lower reach.",
            [("eight months earlier", "1902-03"), ("April", "1902-04")],
        ),
    ],
)
def test_a_count_back_in_a_clause_on_the_subject_leaves_the_story_in_its_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    values = {surface: value for surface, _, value in typed(text, date(2020, 5, 1))}
    for surface, value in expected:
        assert values[surface] == value


@pytest.mark.parametrize(
    "text",
    [
        "In the election of May 2014 the Liberals took nearly half of the seats and the Greens another "
        "quarter. A year later the coalition collapsed.",
        "Almost a quarter of the town was flooded in March 2014. A year later the dikes were raised.",
        "Three quarters of the staff left the headquarters in March 2014. A year later it was sold.",
    ],
)
def test_a_fraction_called_a_quarter_is_no_quarter_of_the_year(text: str) -> None:
    assert ("A year later", "DATE", "2015") in typed(text, date(2019, 6, 3))


def test_a_year_later_in_a_quarterly_report_is_still_the_quarter() -> None:
    found = typed("Profit rose 4% in the first quarter, against a loss a year earlier.", date(2019, 5, 2))
    assert ("a year earlier", "DATE", "2018-Q1") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strikes began in September 1978. Oil output, which had been nearly six million barrels a day "
            "in the summer, fell to a fraction of that by December.",
            [("the summer", "1978-SU"), ("December", "1978-12")],
        ),
        (
            "The mill reopened in March 1921. It had turned out two thousand bales a week in the spring and "
            "closed again in October.",
            [("the spring", "1921-SP"), ("October", "1921-10")],
        ),
    ],
)
def test_a_counted_plural_noun_is_no_present_tense_verb(text: str, expected: list[tuple[str, str]]) -> None:
    values = {surface: value for surface, _, value in typed(text, date(2001, 2, 11), DocumentKind.NARRATIVE)}
    for surface, value in expected:
        assert values[surface] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege began on 3 May 1871. The rebels reached the bridge in the afternoon and held it "
            "overnight. Shortly after midnight the guns opened fire.",
            [("overnight", "1871-05-03TNI"), ("midnight", "1871-05-03T24:00")],
        ),
        (
            "The siege began on 3 May 1871. On 4 May the rebels attacked at dawn, having rested overnight.",
            [("overnight", "1871-05-03TNI")],
        ),
    ],
)
def test_overnight_in_a_story_is_the_night_after_its_afternoon(
    text: str, expected: list[tuple[str, str]]
) -> None:
    values = {surface: value for surface, _, value in typed(text, date(1990, 1, 1), DocumentKind.NARRATIVE)}
    for surface, value in expected:
        assert values[surface] == value


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The army declared a curfew on 28 January 2011 from 6 p.m. to 7 a.m., and the streets emptied.",
            date(2013, 3, 4),
            DocumentKind.NARRATIVE,
            [("6 p.m.", "2011-01-28T18:00"), ("7 a.m.", "2011-01-29T07:00")],
        ),
        (
            "Police closed the bridge on Friday from 10 p.m. to 6 a.m.",
            date(2020, 3, 2),
            None,
            [("10 p.m.", "2020-02-28T22:00"), ("6 a.m.", "2020-02-29T06:00")],
        ),
        (
            "The shop was open on 3 May 1999 from 9 a.m. to 5 p.m.",
            date(2020, 3, 2),
            None,
            [("9 a.m.", "1999-05-03T09:00"), ("5 p.m.", "1999-05-03T17:00")],
        ),
    ],
)
def test_a_clock_range_closing_earlier_than_it_opens_ends_the_next_day(
    text: str, dct: date, kind: DocumentKind | None, expected: list[tuple[str, str]]
) -> None:
    values = {surface: value for surface, _, value in typed(text, dct, kind)}
    for surface, value in expected:
        assert values[surface] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guests arrived on Christmas Eve 1914. Shortly after 1 a.m. the singing began. That morning "
            "they left.",
            [("1 a.m.", "1914-12-25T01:00"), ("That morning", "1914-12-25TMO")],
        ),
        ("On New Year's Eve 1999 the lights went out at 3 a.m.", [("3 a.m.", "2000-01-01T03:00")]),
        # a date that is no eve keeps its own small hours
        (
            "The fleet sailed on 24 December 1914. Shortly after 1 a.m. the guns fired.",
            [("1 a.m.", "1914-12-24T01:00")],
        ),
    ],
)
def test_small_hours_after_an_eve_fall_on_the_next_day(text: str, expected: list[tuple[str, str]]) -> None:
    values = {surface: value for surface, _, value in typed(text, date(1990, 1, 1), DocumentKind.NARRATIVE)}
    for surface, value in expected:
        assert values[surface] == value
