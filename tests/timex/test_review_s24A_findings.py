"""Second reading of the rules that came with the hundred-and-fifth and hundred-and-sixth blind news sets and
the s24B finding pass: each row is a sentence of our own where a rule's trigger appears.

- "The festival will return in July, which was when it began in 1970": a past relative clause after a date
  that names the date as the time of another event ("which was when") identifies the month, and says
  nothing of whether this one has gone by; the clause around it decides, as before the rule. So does one
  that tells of a plan seen from the past ("the figure for November, which was expected to be 2%"). "the
  figure for September, which was 1.7%" keeps the past the rule gave it.
- "I was born in 1931 ... My mother said today is the day you start school": a lead's "said today" makes a
  text news only when "today" closes the report (a stop, a comma, or "that" opening what was said), as
  the resolver's reading of "said today" already asked; "said today is the day" makes "today" the subject
  of the words reported, a day of the story. The test of that close is now one pattern shared by both
  (`grammar.REPORTED_TODAY_CLOSE`).
- "The fee? It was 2000 before tax and 1600 after.", "the rent was low; it was 1200 before the rise": the
  cleft rule read a referring "it" and an amount as the year of "It was 1999 before the flat sold"; a
  cleft's conjunction opens a clause with a verb ("before the bridge reopened", "when we sold it"), a
  noun phrase after it leaves the number an amount.
- "The loan had been due on 20 December and was repaid in full in January", said in November: a plan in the
  past perfect that a later time of the sentence, told in the simple past, shows carried out had its day
  behind the writer; the "plan given up" rule took the nearest (2024-12-20). A later past of giving it up
  ("but was cancelled on Monday", "and was adjourned") and one ahead ("but will now leave in the new
  year") leave the nearest.
- Code: the comment of `_STATUS_AFTER_LABEL` in `chronology/tense/reader.py` had been left above the new
  `_PAST_RELATIVE_AFTER`; each now stands over its own pattern. In `grammar.py` the comment of
  `_CLAUSE_CLOSE_AFTER` ("What closes a clause right after a word"), which the cleft rule's neighbours sit
  beside, stood over `_COMPARED_REACH`; it is back over its pattern.

Left as found (a mend would be a guess):
- "The rent had been due on 2 December but he paid late": with no later time in the sentence, the plan
  carried out is not seen, and the nearest day stands; "The hearing had been set for 9 December" is not
  read as a plan at all ("set" is left out of the schedule words, as "the record had been set on 2
  December" is a past act).
- "Lunch is served until 2.30.", "Breakfast is served until 9.30.": a dotted clock after "served until"
  is no time at all when a daytime meal is named (before the rules and after).
- "Bakers est. 1921 Ltd.": the year after "est." is missed when a name's next word follows it.
- "The village was first recorded in 1086. Its church, as the vicar said today, dates from 1150. ...": a
  history whose lead has an aside "as X said today" closed by a comma is now news, as the rule means a
  report of the day to be; telling such an aside from a report needs more than the words around "today".
- "The pier closed in 2019; 2020 saw it reopen in May": a clause after a semicolon opening on a bare year
  as its subject does not frame the month (May -> 2024-05), where a sentence opening so does ("The pier
  closed in 2019. 2020 saw it reopen in May": 2020-05); the semicolon rule takes only the opening
  "in 1987" form.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

THURSDAY = date(2024, 11, 7)
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date named as another event's time: the clause around it decides
        (
            "The festival will return in July, which was when it began in 1970.",
            [("July", "DATE", "2025-07"), ("1970", "DATE", "1970")],
        ),
        # a plan seen from the past
        (
            "The rate will be set using the figure for December, which was expected to be 2%.",
            [("December", "DATE", "2024-12")],
        ),
        # the month's own figure told in the past: the rule's reading stands
        (
            "The regulator will use the figure for October, which was the highest since 2008.",
            [("October", "DATE", "2024-10"), ("2008", "DATE", "2008")],
        ),
    ],
)
def test_past_relative_clause_after_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


_MEMOIR = (
    "I was born in 1931 in a mill town. My mother {said} is the day you start school, and I cried. In 1939 "
    "the war came; in 1945 my father came home. We moved in 1952 to Leeds, and in 1960 to York."
)
_REPORT = (
    "Councils sold 320 homes in the first quarter, the housing society {said}. That was the most since 2008, "
    "when 500 were sold. Sales fell every year from 2009 to 2013 and rose again in 2014. The peak, in 1989, "
    "was 900."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" the subject of the words reported: a day of the memoir
        (_MEMOIR.format(said="said today"), DocumentKind.NARRATIVE),
        # a report closed by "said today": the writer's news of the day
        (_REPORT.format(said="said today"), DocumentKind.NEWS),
        (_REPORT.format(said="said today, citing land registry figures"), DocumentKind.NEWS),
    ],
)
def test_said_today_in_a_lead(text: str, expected: DocumentKind) -> None:
    assert detect_document_kind(text, THURSDAY) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase after the conjunction: "it" points back to an amount
        ("The fee? It was 2000 before tax.", []),
        ("Back then the rent was low; it was 1200 before the rise.", []),
        # a clause with its verb: the year a cleft puts first
        ("It was 1986 before the mill reopened.", [("1986", "DATE", "1986")]),
        ("It was 1961 when we moved to the coast.", [("1961", "DATE", "1961")]),
        ("It was 2003 until the mine was sold.", [("2003", "DATE", "2003")]),
    ],
)
def test_cleft_year_needs_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2024, 11, 5), NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # carried out, told by a later past: the last one gone by
        (
            "The loan had been due on 20 December and was repaid in full in January.",
            [("20 December", "DATE", "2023-12-20"), ("January", "DATE", "2024-01")],
        ),
        # given up by a later past, or moved ahead: the nearest, as the rule has it
        (
            "The gig had been due on 20 December but was cancelled on Monday.",
            [("20 December", "DATE", "2024-12-20"), ("Monday", "DATE", "2024-11-04")],
        ),
        (
            "The ferry had been due to sail on 20 December but will now leave in the spring.",
            [
                ("20 December", "DATE", "2024-12-20"),
                ("now", "DATE", "PRESENT_REF"),
                ("the spring", "DATE", "2025-SP"),
            ],
        ),
    ],
)
def test_plan_in_the_past_perfect_carried_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


def test_past_plan_in_a_relative_clause_after_a_date() -> None:
    # said in June: the November figure was looked for ahead, and none of it has come yet
    text = "The rate will be set using the figure for November, which was expected to be 2%."
    assert typed(text, date(2024, 6, 1), NEWS) == [("November", "DATE", "2024-11")]
