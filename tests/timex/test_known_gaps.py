"""Known gaps in finding and anchoring time expressions, one row per construction, each our own sentence.

Each table states what an expression must be (extent, type, value, mod) and, beside it, what the fix
must leave alone. Decisions worth stating:

- A plural unit with no count ("Days later", "Hours earlier") is a duration of unknown length, as
  "several days later" is: "later"/"earlier" are its signal and stay outside; "months ago" keeps its
  "ago", as TimeML annotators tag it.
- A span of years with no preposition before it ("2022 through 2024") opens with a year: both ends are
  tagged, as TimeML tags the two ends of any span.
- "mid-to-late 2022" covers the second half of the period: mod END ("early-to-mid": START).
- "the quarter ended Sept. 30" is the calendar quarter holding most of the three months to that day;
  a quarter named by its fiscal ordinal ("fiscal first quarter ended Dec. 31") keeps that ordinal, as
  TimeML annotators write it and as the rest of our news conventions do.
- A day naming an event nobody schedules ("the Jan. 6 riot", "the 9/11 attacks") names one that has
  happened: the last such day on or before the DCT, whatever the clause's tense.
- "the '20s" is the last decade with that digit at or before the DCT: the 1920s in a 1998 text; in a
  story, the one nearest the story's time (the 1840s in a story of 1835).
- A length in two units is one expression ("two hours and forty minutes": PT2H40M); a year and a half
  is P1Y6M, splitting the fraction into the next unit as annotators write "a minute and a half" (PT1M30S).
  Before "ago"/"later" it counts a date in its finer unit ("two years and three months ago": 27 months
  back), as "three months ago" does; counted in hours it stays a length, as "three hours ago" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import resolve_expressions

NEWS = date(2022, 2, 3)  # a Thursday
SPRING = date(2022, 5, 10)
NINETIES = date(1998, 5, 1)
NOUGHTIES = date(2005, 2, 3)

# (sentence, DCT, extent, type, value, mod)
Row = tuple[str, date, str, str, str, str | None]

UNCOUNTED_OFFSETS: list[Row] = [
    ("The storm hit on Monday. Days later, the river flooded.", NEWS, "Days", "DURATION", "PXD", None),
    ("Hours earlier, the police had sealed the road.", NEWS, "Hours", "DURATION", "PTXH", None),
    ("They met in 1990. Weeks later they married.", NEWS, "Weeks", "DURATION", "PXW", None),
    ("Months earlier the two partners had quarreled.", NEWS, "Months", "DURATION", "PXM", None),
    ("Years later he came back to the village.", NEWS, "Years", "DURATION", "PXY", None),
    ("Minutes later the roof gave way.", NEWS, "Minutes", "DURATION", "PTXM", None),
    ("Only months ago the shop was busy.", NEWS, "months ago", "DURATION", "PXM", None),
    # unchanged: a counted or vague amount is read by its own rules
    ("Several days later the river flooded.", NEWS, "Several days", "DURATION", "PXD", None),
    ("A few hours later the road opened.", NEWS, "A few hours", "DURATION", "PTXH", None),
    ("Three days later they married.", NEWS, "Three days later", "DATE", "2022-02-06", None),
    ("The police came 48 hours later.", NEWS, "48 hours", "DURATION", "PT48H", None),
]

YEAR_SPANS: list[Row] = [
    ("Prices rose 2022 through 2024, the report said.", NEWS, "2022", "DATE", "2022", None),
    ("Prices rose 2022 through 2024, the report said.", NEWS, "2024", "DATE", "2024", None),
    ("He served 1998 until 2001 as mayor.", NEWS, "1998", "DATE", "1998", None),
    ("The dynasty ruled 1820 to 1860.", NEWS, "1820", "DATE", "1820", None),
    ("Between 1998 and 2001 he lived abroad.", NEWS, "1998", "DATE", "1998", None),
]

RANGES_AND_MODIFIERS: list[Row] = [
    ("Sales rose 8% Jan.-March, the company said.", SPRING, "Jan.", "DATE", "2022-01", None),
    ("Sales rose 8% Jan.-March, the company said.", SPRING, "March", "DATE", "2022-03", None),
    ("The March-May period was wet.", SPRING, "March", "DATE", "2022-03", None),
    ("Sales rose 8% in Jan-Mar, the company said.", SPRING, "Jan", "DATE", "2022-01", None),
    ("Sales rose 8% in Jan-Mar, the company said.", SPRING, "Mar", "DATE", "2022-03", None),
    ("Sales rose in January-March 2023.", NEWS, "January", "DATE", "2023-01", None),
    ("Sales rose in January-March 2023.", NEWS, "March 2023", "DATE", "2023-03", None),
    ("The launch is planned for mid-to-late 2022.", NEWS, "mid-to-late 2022", "DATE", "2022", "END"),
    ("Prices peaked in the mid-to-late 1990s.", NEWS, "the mid-to-late 1990s", "DATE", "199", "END"),
    ("The plant opens in early-to-mid 2023.", NEWS, "early-to-mid 2023", "DATE", "2023", "START"),
    ("The plant opens in early to mid 2023.", NEWS, "early to mid 2023", "DATE", "2023", "START"),
    ("Prices peaked in the late 1990s to early 2000s.", NEWS, "the late 1990s", "DATE", "199", "END"),
    ("Prices peaked in the late 1990s to early 2000s.", NEWS, "early 2000s", "DATE", "200", "START"),
    # unchanged: a single modifier
    ("The launch is planned for late 2022.", NEWS, "late 2022", "DATE", "2022", "END"),
]

QUARTERS_BY_END_DAY: list[Row] = [
    ("Revenue rose 5% in the quarter ended Sept. 30.", NEWS, "the quarter", "DATE", "2021-Q3", None),
    ("Sales rose in the quarter that ended Dec. 31.", NEWS, "the quarter", "DATE", "2021-Q4", None),
    # a quarter to July 31 is May, June and July: mostly the second calendar quarter
    ("Sales rose in the quarter ended July 31.", NEWS, "the quarter", "DATE", "2021-Q2", None),
    ("Sales rose in the quarter ended Jan. 31, 2022.", SPRING, "the quarter", "DATE", "2021-Q4", None),
    ("Sales will rise in the quarter ending March 31.", NEWS, "the quarter", "DATE", "2022-Q1", None),
    # unchanged: the end day itself, a count of months, a quarter named by its fiscal ordinal
    ("Revenue rose 5% in the quarter ended Sept. 30.", NEWS, "Sept. 30", "DATE", "2021-09-30", None),
    ("Revenue rose 5% in the three months ended June 30.", NEWS, "the three months", "DURATION", "P3M", None),
    ("Profit fell in the fiscal first quarter ended Dec. 31.", NEWS, "the fiscal first quarter", "DATE",
     "2022-Q1", None),
    ("Net income rose in the third quarter.", date(2021, 10, 28), "the third quarter", "DATE", "2021-Q3", None),
]  # fmt: skip

EVENT_DAYS: list[Row] = [
    ("Security is tight since the Sept. 11 attacks.", NEWS, "Sept. 11", "DATE", "2021-09-11", None),
    ("The Sept. 11 attacks will be remembered on Sunday.", NEWS, "Sept. 11", "DATE", "2021-09-11", None),
    ("The panel will study the Jan. 6 riot.", NEWS, "Jan. 6", "DATE", "2022-01-06", None),
    ("Crowds recalled the Jan. 6 riot.", date(2022, 1, 6), "Jan. 6", "DATE", "2022-01-06", None),
    ("After the 9/11 attacks, airports changed.", NEWS, "9/11", "DATE", "2021-09-11", None),
    # unchanged: a day before a noun of an event that is planned follows the clause's tense
    ("Officials will prepare for the Nov. 8 election.", NEWS, "Nov. 8", "DATE", "2022-11-08", None),
    ("The Nov. 8 election drew record crowds.", NEWS, "Nov. 8", "DATE", "2021-11-08", None),
]

APPROXIMATE_YEARS: list[Row] = [
    ("The chapel was built c. 1412.", NEWS, "c. 1412", "DATE", "1412", "APPROX"),
    ("The chapel was built ca. 1412 by monks.", NEWS, "ca. 1412", "DATE", "1412", "APPROX"),
    ("The chapel was built circa 1412.", NEWS, "circa 1412", "DATE", "1412", "APPROX"),
    ("The chapel was built in about 1412.", NEWS, "about 1412", "DATE", "1412", "APPROX"),
    ("The mill worked from about 1850 until 1910.", NEWS, "about 1850", "DATE", "1850", "APPROX"),
    # unchanged: "about" as a preposition
    ("She wrote a book about 1968.", NEWS, "1968", "DATE", "1968", None),
]

LENGTHS_IN_TWO_UNITS: list[Row] = [
    ("He arrived two hours and forty minutes later.", NEWS, "two hours and forty minutes", "DURATION",
     "PT2H40M", None),
    ("The hearing lasted two hours and forty minutes.", NEWS, "two hours and forty minutes", "DURATION",
     "PT2H40M", None),
    ("He served a year and six months in prison.", NEWS, "a year and six months", "DURATION", "P1Y6M", None),
    ("The climb took 3 hours, 40 minutes.", NEWS, "3 hours, 40 minutes", "DURATION", "PT3H40M", None),
    ("They stayed two weeks and three days.", NEWS, "two weeks and three days", "DURATION", "P17D", None),
    ("The mission lasted four days and six hours.", NEWS, "four days and six hours", "DURATION", "P4DT6H",
     None),
    ("He waited twenty-two years and 5 months.", NEWS, "twenty-two years and 5 months", "DURATION",
     "P22Y5M", None),
    ("He left two years and three months ago.", NEWS, "two years and three months ago", "DATE", "2019-11", None),
    ("They wed two weeks and three days later.", NEWS, "two weeks and three days later", "DATE", "2022-02-20",
     None),
    ("He left three hours and ten minutes ago.", NEWS, "three hours and ten minutes", "DURATION", "PT3H10M",
     None),
    # unchanged: a fraction of a unit
    ("The talks lasted a year and a half.", NEWS, "a year and a half", "DURATION", "P1Y6M", None),
]  # fmt: skip

IDES: list[Row] = [
    ("Caesar was killed on the Ides of March.", NEWS, "the Ides of March", "DATE", "2021-03-15", None),
    ("The Ides of May fell on a Sunday.", NEWS, "The Ides of May", "DATE", "2021-05-15", None),
    ("The debt falls due on the Ides of January.", NEWS, "the Ides of January", "DATE", "2023-01-13", None),
    ("The rent was paid on the Ides of October.", NEWS, "the Ides of October", "DATE", "2021-10-15", None),
    # unchanged: another holiday named with "the"
    ("Fireworks lit the sky on the Fourth of July.", NEWS, "the Fourth of July", "DATE", "2021-07-04", None),
]

DECADES_BY_DCT: list[Row] = [
    ("Jazz boomed in the '20s.", NINETIES, "the '20s", "DATE", "192", None),
    ("Jazz boomed in the 20s.", NINETIES, "the 20s", "DATE", "192", None),
    ("Jazz boomed in the '20s.", NOUGHTIES, "the '20s", "DATE", "192", None),
    ("Rents soared in the '20s.", NEWS, "the '20s", "DATE", "202", None),
    ("Rates were high in the '30s.", NEWS, "the '30s", "DATE", "193", None),
    ("Phones got smart in the '00s.", NEWS, "the '00s", "DATE", "200", None),
    ("Prices fell in the early '90s.", NINETIES, "the early '90s", "DATE", "199", "START"),
]


def test_story_decade_is_the_one_nearest_its_time() -> None:
    story = "In 1835 the town grew fast. Trade had boomed in the '20s, and in the '40s it slowed."
    found = {
        e.text: e.value for e in resolve_expressions(story, date(2020, 1, 1), kind=DocumentKind.NARRATIVE)
    }
    assert (found["the '20s"], found["the '40s"]) == ("182", "184")


ALL_ROWS = (
    UNCOUNTED_OFFSETS
    + YEAR_SPANS
    + RANGES_AND_MODIFIERS
    + QUARTERS_BY_END_DAY
    + EVENT_DAYS
    + APPROXIMATE_YEARS
    + LENGTHS_IN_TWO_UNITS
    + IDES
    + DECADES_BY_DCT
)


@pytest.mark.parametrize(
    ("sentence", "dct", "extent", "kind", "value", "mod"),
    ALL_ROWS,
    ids=[f"{row[0]}|{row[2]}" for row in ALL_ROWS],
)
def test_expression(sentence: str, dct: date, extent: str, kind: str, value: str, mod: str | None) -> None:
    found = {e.text: e for e in resolve_expressions(sentence, dct)}
    assert extent in found, f"{extent!r} not found in {list(found)}"
    expression = found[extent]
    assert (expression.type.value, expression.value, expression.mod) == (kind, value, mod), (
        expression.explanation
    )


# Sentences whose every expression is listed (surface texts): nothing else may be tagged.
EXACTLY: list[tuple[str, date, list[str]]] = [
    # dates inside web and e-mail addresses are part of the address
    ("See example.com/2021/03/05/story for details.", NEWS, []),
    ("Posted at https://news.example.org/a/2021-03-05.html today.", NEWS, ["today"]),
    ("Write to jane.2021-03-05@example.com now.", NEWS, ["now"]),
    ("The file report-2022-01.pdf was published.", NEWS, []),
    ("The vote was held 2021-03-05, officials said.", NEWS, ["2021-03-05"]),
    ("It fell on 3/5/2021.", NEWS, ["3/5/2021"]),
    # frequency adjectives naming a kind of thing
    ("The app has 5 million monthly active users.", NEWS, []),
    ("He works for a daily newspaper.", NEWS, []),
    ("She edits the weekly magazine.", NEWS, []),
    ("He publishes a weekly newsletter.", NEWS, []),
    ("The annual report came out.", NEWS, []),
    ("Prices are checked daily.", NEWS, ["daily"]),
    ("The council meets weekly.", NEWS, ["weekly"]),
    # counts, not years or spans
    ("They raised 1500 to 2000 dollars.", NEWS, []),
    ("The index rose 1200 to 1500.", NEWS, []),
    ("The count rose 1998 to 2001 troops.", NEWS, []),
    ("Approx. 1900 people came.", NEWS, []),
    ("He scored 9/11 shots.", NEWS, []),
    # a list of lengths, and lengths of one unit
    ("They stayed three days and two nights.", NEWS, ["three days", "two nights"]),
    ("It took two days, three weeks, then a month.", NEWS, ["two days", "three weeks", "a month"]),
    ("He left two years and five days ago.", NEWS, ["two years", "five days ago"]),
    ("Troops march to the border.", NEWS, []),
    ("They flew to Mar-a-Lago.", NEWS, []),
    ("The job took 40 man-hours later on.", NEWS, []),
]


@pytest.mark.parametrize(("sentence", "dct", "surfaces"), EXACTLY, ids=[row[0] for row in EXACTLY])
def test_only_these_expressions(sentence: str, dct: date, surfaces: list[str]) -> None:
    assert [e.text for e in resolve_expressions(sentence, dct)] == surfaces


def test_quarter_by_end_day_explains_itself() -> None:
    [quarter, _day] = resolve_expressions("Sales rose in the quarter ended Oct. 1, 1989.", NEWS)
    assert quarter.value == "1989-Q3"
    assert "calendar Q3" in quarter.explanation


def test_event_day_says_why() -> None:
    [day] = resolve_expressions("The panel will study the Jan. 6 riot.", NEWS)
    assert "event that has happened" in day.explanation
