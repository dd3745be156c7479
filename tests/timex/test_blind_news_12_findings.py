"""Rules added after the twelfth blind news set (`data/gold/timex/blind_news_12.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A past participle right after a verb and before a noun modifies that noun ("will put written
  questions", "handed out printed leaflets"): it is no reduced passive, and the verb before it governs
  the date.
- A participle coordinated with a passive ("must be sent by registered post and received by Friday", "will
  be inspected and repaired") shares its auxiliaries: the second verb of the pair is not a past tense.
- "as early as" before a day in a clause that is not past puts the day ahead: the earliest time of an
  act still to come ("could vote as early as Tuesday").
- A day's market "close" and a day's "deadline" are fixed in advance, like a day's game: "by Friday's
  close" in a clause looking ahead is still to come, "missed Tuesday's deadline" already past.
- A clause of time or condition tells a future act in the present tense ("could crash when their clocks
  roll over at midnight on Dec. 31", "once the new owners take over on Monday"); "when" and "once" take
  the act as certain, so its date lies ahead however far, as after "will".
- After a relative clause set off by commas on the subject ("Relatives, who have been briefed ..., plan
  a memorial service on Sunday"), the verb right after the closing comma is the clause's own.
- A holiday in a clause looking ahead that is not "will" ("must be postmarked by Election Day") is the
  one just past when that is under three months back and the next over six months ahead, as for a day
  of a month; a past tense keeps its side.
- A superlative's bound named by its event and date ("the strongest storm since Hurricane Fran in
  September 1996", "its worst day since the crash of October 1987") is no time the report moves to, as
  "since December 2003" is not: a day of that month told after it is the news's own.
- A date in a relative clause set off by commas on a sentence's subject ("The Finn, who was fastest in
  practice on Friday, took pole") is background: the news's day stays where it was for a part of the day
  told after it.
- A clock time told without a.m. or p.m. right after an evening one goes on in that evening ("left at
  6:12 p.m. ... reported smoke at 6:20").
- In a morning paper's copy ("said yesterday"), a clock time told in the simple past after a clause
  looking ahead to today or tonight ("will stay closed today", "would bring rain tonight") is of the day
  before, the day the paper reports; wire copy without "yesterday" keeps it on the day of writing.
- "the millennium" as a point in time ("until the millennium arrives", "before the millennium") is the
  turn of the millennium nearest the time in context, without the "turn of" approximation; "the
  millennium celebrations" and "the millennium bug" name things.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2005, 3, 11)
WEDNESDAY = date(2004, 11, 17)
TUESDAY = date(2009, 9, 1)
THURSDAY = date(1998, 6, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel will put written questions to the minister on Monday.",
            [("Monday", "DATE", "2005-03-14")],
        ),
        (
            "Volunteers will hand out printed leaflets at the station on Saturday.",
            [("Saturday", "DATE", "2005-03-12")],
        ),
        (
            "Volunteers handed out printed leaflets at the station on Tuesday.",
            [("Tuesday", "DATE", "2005-03-08")],
        ),
        (
            "The man taken to hospital on Tuesday has been released.",
            [("Tuesday", "DATE", "2005-03-08")],
        ),
    ],
)
def test_a_participle_before_a_noun_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Entries must be sent by registered post and received by Friday.",
            [("Friday", "DATE", "2004-11-19")],
        ),
        (
            "The bridge will be inspected and reopened on Saturday.",
            [("Saturday", "DATE", "2004-11-20")],
        ),
        (
            "The suspect was arrested on Sunday and charged on Monday.",
            [("Sunday", "DATE", "2004-11-14"), ("Monday", "DATE", "2004-11-15")],
        ),
    ],
)
def test_a_participle_coordinated_with_a_passive_shares_its_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee could vote as early as Monday on the proposal.",
            [("Monday", "DATE", "2004-11-22")],
        ),
        (
            "The store may reopen as early as Tuesday, its owner says.",
            [("Tuesday", "DATE", "2004-11-23")],
        ),
        (
            "The first warnings came as early as Monday, officials admitted.",
            [("Monday", "DATE", "2004-11-15")],
        ),
    ],
)
def test_as_early_as_looks_ahead_outside_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders said funds would have to sell more shares by Friday's close.",
            [("Friday", "DATE", "2009-09-04")],
        ),
        (
            "The shares ended well above Friday's close.",
            [("Friday", "DATE", "2009-08-28")],
        ),
        (
            "The county will try to meet Thursday's deadline.",
            [("Thursday", "DATE", "2009-09-03")],
        ),
        (
            "Two counties missed Monday's deadline.",
            [("Monday", "DATE", "2009-08-31")],
        ),
    ],
)
def test_a_days_close_or_deadline_is_fixed_in_advance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry left the harbour at 6:12 p.m. on Monday and the crew radioed for help at 6:40.",
            [
                ("6:12 p.m.", "TIME", "1998-06-01T18:12"),
                ("Monday", "DATE", "1998-06-01"),
                ("6:40", "TIME", "1998-06-01T18:40"),
            ],
        ),
        (
            "The meeting began at 7:30 p.m. on Tuesday and the vote was taken at 9:15.",
            [
                ("7:30 p.m.", "TIME", "1998-06-02T19:30"),
                ("Tuesday", "DATE", "1998-06-02"),
                ("9:15", "TIME", "1998-06-02T21:15"),
            ],
        ),
        (
            "The shop opened at 8 a.m. on Tuesday and the first customer came in at 8:05.",
            [
                ("8 a.m.", "TIME", "1998-06-02T08:00"),
                ("Tuesday", "DATE", "1998-06-02"),
                ("8:05", "TIME", "1998-06-02T08:05"),
            ],
        ),
    ],
)
def test_a_clock_time_without_am_or_pm_goes_on_in_the_evening_told(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Some firms will not know they have a problem until the millennium arrives.",
            date(1999, 5, 4),
            [("the millennium", "DATE", "2000")],
        ),
        (
            "Prices have doubled since the millennium.",
            date(2011, 5, 4),
            [("the millennium", "DATE", "2000")],
        ),
        ("Tickets for the millennium celebrations sold out.", date(1999, 5, 4), []),
        ("Banks spent billions fixing the millennium bug.", date(1999, 5, 4), []),
    ],
)
def test_the_millennium_as_a_point_in_time(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices will fall once the new owners take over on Monday.",
            [("Monday", "DATE", "2004-11-22")],
        ),
        (
            "Schools will close if the strike goes ahead on Monday.",
            [("Monday", "DATE", "2004-11-22")],
        ),
        (
            "Fans can see the trophy when the team brings it home on Monday.",
            [("Monday", "DATE", "2004-11-22")],
        ),
        (
            "Trains were held when the signals failed on Monday.",
            [("Monday", "DATE", "2004-11-15")],
        ),
    ],
)
def test_a_present_in_a_clause_of_time_or_condition_looks_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_a_clause_of_time_is_as_definite_as_will() -> None:
    text = "Old machines could fail when their clocks roll over at midnight on Dec. 31."
    assert typed(text, date(2009, 3, 10)) == [
        ("midnight", "TIME", "2009-12-31T24:00"),
        ("Dec. 31", "DATE", "2009-12-31"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The families, who have met the minister twice since the crash, plan a vigil on Sunday.",
            [("Sunday", "DATE", "2004-11-21")],
        ),
        (
            "The players, who were booed off the pitch, will train again on Monday.",
            [("Monday", "DATE", "2004-11-22")],
        ),
        (
            "The council, which owns the site, sold it on Monday.",
            [("Monday", "DATE", "2004-11-15")],
        ),
    ],
)
def test_the_verb_after_a_relative_clause_on_the_subject_governs(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Absentee ballots must be postmarked by Election Day.",
            date(2008, 11, 12),
            [("Election Day", "DATE", "2008-11-04")],
        ),
        (
            "Staff were laid off before Christmas Eve.",
            date(2008, 10, 10),
            [("Christmas Eve", "DATE", "2007-12-24")],
        ),
        (
            "The store will close on Christmas Eve.",
            date(2008, 1, 10),
            [("Christmas Eve", "DATE", "2008-12-24")],
        ),
        (
            "The shop burned down on Christmas Eve.",
            date(2008, 11, 10),
            [("Christmas Eve", "DATE", "2007-12-24")],
        ),
    ],
)
def test_a_holidays_far_future_yields_to_one_just_past(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferries were cancelled yesterday and will stay in port today. The last boat left at 2 p.m.",
            [
                ("yesterday", "DATE", "2006-01-11"),
                ("today", "DATE", "2006-01-12"),
                ("2 p.m.", "TIME", "2006-01-11T14:00"),
            ],
        ),
        (
            "The river rose yesterday and forecasters said it would crest tonight. It burst its banks at 4 p.m.",
            [
                ("yesterday", "DATE", "2006-01-11"),
                ("tonight", "TIME", "2006-01-12TNI"),
                ("4 p.m.", "TIME", "2006-01-11T16:00"),
            ],
        ),
        (
            "Ferries were cancelled on Wednesday and will stay in port today. The last boat left at 2 p.m.",
            [
                ("Wednesday", "DATE", "2006-01-11"),
                ("today", "DATE", "2006-01-12"),
                ("2 p.m.", "TIME", "2006-01-12T14:00"),
            ],
        ),
    ],
)
def test_a_morning_papers_past_clock_time_after_a_forecast_is_yesterdays(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2006, 1, 12)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was the wettest month since the floods of September 1998, and rain has fallen every day"
            " since Sept. 4.",
            [
                ("September 1998", "DATE", "1998-09"),
                ("every day", "SET", "P1D"),
                ("Sept. 4", "DATE", "2013-09-04"),
            ],
        ),
        (
            "The firm was founded in September 1998 and opened its first shop on Sept. 4.",
            [("September 1998", "DATE", "1998-09"), ("Sept. 4", "DATE", "1998-09-04")],
        ),
    ],
)
def test_a_bound_named_by_its_event_is_no_time_the_report_moves_to(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2013, 9, 20), kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor won the vote on the library on Saturday. The mayor, who had lost a vote on the budget"
            " on Friday, has not won a vote for two years. Protesters gathered outside the hall during the"
            " morning session.",
            [
                ("Saturday", "DATE", "2013-09-21"),
                ("Friday", "DATE", "2013-09-20"),
                ("two years", "DURATION", "P2Y"),
                ("morning", "TIME", "2013-09-21TMO"),
            ],
        ),
        (
            "The mayor lost a vote on the budget on Friday, and protesters gathered outside the hall during"
            " the morning session.",
            [("Friday", "DATE", "2013-09-20"), ("morning", "TIME", "2013-09-20TMO")],
        ),
    ],
)
def test_a_date_in_an_aside_on_the_subject_leaves_the_news_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2013, 9, 21), kind=DocumentKind.NEWS) == expected
