"""Anchoring: which events a time expression dates, by the syntax of English around it.

Each case gives a sentence of our own, its time expressions with their values, the triggers the
expressions must date (with the value each gets) and triggers that must stay without a date of
their own (they have nothing to do with the time).
"""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from tests.events.test_events_extract import analyzed, dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: A possessive or premodifying expression dates the head noun of its noun phrase, and nothing
#: outside it however close ("said last month's discovery").
PREMODIFIERS: list[Case] = [
    (
        "Officials said last month's discovery of the wreck changed the search.",
        {"last month": "2022-01"},
        {"discovery": "2022-01"},
        {"said", "changed"},
    ),
    (
        "The union welcomed Tuesday's ruling by the appeals court.",
        {"Tuesday": "2022-02-01"},
        {"ruling": "2022-02-01"},
        {"welcomed"},
    ),
    (
        "Police linked the man to last year's deadly harbour blasts.",
        {"last year": "2021"},
        {"blasts": "2021"},
        {"linked"},
    ),
    (
        "He was charged in the October 2019 shooting death of a guard.",
        {"October 2019": "2019-10"},
        {"shooting": "2019-10", "death": "2019-10"},
        set(),
    ),
    (
        "The brewer posted a third-quarter net loss of $2 million.",
        {"third-quarter": "2021-Q3"},
        {"loss": "2021-Q3"},
        {"posted"},
    ),
    (
        # a phrase naming no event dates the change in amount it is the subject of
        "The brewer said third-quarter net income fell 5% to $3 million.",
        {"third-quarter": "2021-Q3"},
        {"fell": "2021-Q3"},
        {"said"},
    ),
    (
        # ... but not any predicate: a plan for next year is not made next year
        "The council said next year's budget would please nobody.",
        {"next year": "2023"},
        {},
        {"said", "please"},
    ),
]

#: A support verb and its event noun name one happening and share its date, whichever the date
#: governs: "held talks", "issued its ruling", "took place", "was held", "occurred".
SUPPORT_VERBS: list[Case] = [
    (
        "The explosion took place near the station on Friday morning.",
        {"Friday morning": "2022-01-28TMO"},
        {"explosion": "2022-01-28TMO", "took": "2022-01-28TMO"},
        set(),
    ),
    (
        "The recapitalization that took place in 1988 left the firm with heavy debt.",
        {"1988": "1988"},
        {"recapitalization": "1988", "took": "1988"},
        {"left"},
    ),
    (
        "The ceremony was held in the old town hall on Sunday.",
        {"Sunday": "2022-01-30"},
        {"ceremony": "2022-01-30", "held": "2022-01-30"},
        set(),
    ),
    (
        "A second quake occurred shortly after midnight on Monday.",
        {"Monday": "2022-01-31"},
        {"quake": "2022-01-31", "occurred": "2022-01-31"},
        set(),
    ),
    (
        "The court issued Thursday's ruling after a long hearing.",
        {"Thursday": "2022-01-27"},
        {"ruling": "2022-01-27", "issued": "2022-01-27"},
        {"hearing"},
    ),
    (
        "Ministers held peace talks in Geneva on Monday.",
        {"Monday": "2022-01-31"},
        {"held": "2022-01-31", "talks": "2022-01-31"},
        set(),
    ),
]

#: A time inside a relative clause dates that clause's predicate, not the main clause's.
RELATIVE_CLAUSES: list[Case] = [
    (
        "The mayor, who resigned in 2019, said the plan would fail.",
        {"2019": "2019"},
        {"resigned": "2019"},
        {"said", "fail"},
    ),
    (
        "The lender, which just two months ago was losing money, thinks it will recover.",
        {"two months ago": "2021-12"},
        {"losing": "2021-12"},
        {"thinks", "recover"},
    ),
]

#: Predicates coordinated under one subject share the date that follows the second; a comma before
#: "and" or a date of the first's own keeps them apart.
COORDINATION: list[Case] = [
    (
        "The suspect was arrested and charged Monday with arson.",
        {"Monday": "2022-01-31"},
        {"arrested": "2022-01-31", "charged": "2022-01-31"},
        set(),
    ),
    (
        "Rebels attacked the convoy and burned three trucks on Sunday.",
        {"Sunday": "2022-01-30"},
        {"attacked": "2022-01-30", "burned": "2022-01-30"},
        set(),
    ),
    (
        "The governor on Tuesday condemned the raids on Lima and Quito and offered aid.",
        {"Tuesday": "2022-02-01"},
        {"condemned": "2022-02-01", "offered": "2022-02-01"},
        set(),
    ),
    (
        "The car was seen near the house, and was found at the airport in December.",
        {"December": "2021-12"},
        {"found": "2021-12"},
        {"seen"},
    ),
    (
        # a participle complement ("was found abandoned") shares the date with the verb it completes
        "The stolen car was found abandoned at the airport in December.",
        {"December": "2021-12"},
        {"found": "2021-12", "abandoned": "2021-12"},
        set(),
    ),
    (
        "The firm was founded in 1950 and moved to Ohio in 1990.",
        {"1950": "1950", "1990": "1990"},
        {"founded": "1950", "moved": "1990"},
        set(),
    ),
]

#: A period with its end is one time: "the quarter ended Sept. 30" dates the clause around it, and a
#: bare length ("the six months ended Oct. 1") leaves that to its end.
PERIODS: list[Case] = [
    (
        "For the quarter ended Sept. 30, the airline posted a profit of $3 million.",
        {"the quarter": "2021-Q3", "Sept. 30": "2021-09-30"},
        {"posted": "2021-Q3", "ended": "2021-09-30"},
        set(),
    ),
    (
        "The bank reported net income of $5 million for the six months ended Oct. 1.",
        {"the six months": "P6M", "Oct. 1": "2021-10-01"},
        {"reported": "2021-10-01", "ended": "2021-10-01"},
        set(),
    ),
]

#: A participle clause that opens a sentence happens at the time of the main clause after it.
OPENING_PARTICIPLES: list[Case] = [
    (
        "Speaking in Paris on Monday, the minister announced new talks.",
        {"Monday": "2022-01-31"},
        {"Speaking": "2022-01-31", "announced": "2022-01-31"},
        set(),
    ),
    (
        "Retaliating after the ambush, troops on Thursday launched strikes on the camps.",
        {"Thursday": "2022-01-27"},
        {"Retaliating": "2022-01-27", "launched": "2022-01-27"},
        {"ambush"},
    ),
]

#: An expression that opens a sentence dates the main clause, past asides between its subject and
#: its verb (a participle aside goes on while the main clause happens, so it shares the date; the
#: clauses inside it do not); an occasion ("in composite trading Friday") shares its date with the
#: verb it is the adjunct of; an expected event takes the date its expectation gives.
OPENERS_AND_OCCASIONS: list[Case] = [
    (
        "But on April 8, investigators, wondering where the rifle was, searched the woods again.",
        {"April 8": "2021-04-08"},
        {"searched": "2021-04-08", "wondering": "2021-04-08"},
        {"was"},
    ),
    (
        "On May 2, the divers, wondering how the wreck had sunk, searched the bay and found a hull.",
        {"May 2": "2021-05-02"},
        {"searched": "2021-05-02", "found": "2021-05-02", "wondering": "2021-05-02"},
        {"sunk"},
    ),
    (
        "Last week, the director, on an official visit to Lima, asked them to join the hunt, officials said.",
        {"Last week": "2022-W04"},
        {"asked": "2022-W04"},
        {"visit", "said"},
    ),
    (
        "Also Friday, the two mayors, accompanied by a lawyer, flew to the capital.",
        {"Friday": "2022-01-28"},
        {"flew": "2022-01-28", "accompanied": "2022-01-28"},
        set(),
    ),
    (
        # a participle that is the subject's own clause, not an aside, is no part of it
        "On Monday, speaking to reporters, the minister said the talks had failed.",
        {"Monday": "2022-01-31"},
        {"said": "2022-01-31"},
        {"failed"},
    ),
    (
        # ("Until last year" bounds it on one side only: tests/events/test_events_leftovers23_rules.py)
        "Throughout last year, the firm had been telling its staff that sales would grow.",
        {"last year": "2021"},
        {"telling": "2021"},
        {"grow"},
    ),
    (
        "The March 4, 2011, explosions killed more than 30 miners near the depot.",
        {"March 4, 2011": "2011-03-04"},
        {"explosions": "2011-03-04", "killed": "2011-03-04"},
        set(),
    ),
    (
        "The stock rose 50 cents to close at $23 in New York Stock Exchange composite trading yesterday.",
        {"yesterday": "2022-02-02"},
        {"trading": "2022-02-02", "close": "2022-02-02"},
        set(),
    ),
    (
        "Holders will be paid at closing, which is expected in December.",
        {"December": "2022-12"},
        {"closing": "2022-12", "expected": "2022-12"},
        {"paid"},
    ),
    (
        "The offer has wide support, and it is scheduled for completion by Dec. 10.",
        {"Dec. 10": "2022-12-10"},
        {"completion": "2022-12-10", "scheduled": "2022-12-10"},
        {"offer"},
    ),
]

#: A closing attribution (", police said.") takes no date from the clause it attributes; a
#: reduced relative on an occasion ("a ceremony held in the city") is the occasion's support verb; a
#: forecast's object holds the date forecast for it.
ATTRIBUTION_AND_SUPPORT: list[Case] = [
    (
        "The grocer was robbed in his small, busy shop in the old town at 10 p.m. Wednesday, police said.",
        {"10 p.m. Wednesday": "2022-02-02T22:00"},
        {"robbed": "2022-02-02T22:00"},
        {"said"},
    ),
    (
        "The three states Friday formally joined the alliance at a ceremony held in the city hall.",
        {"Friday": "2022-01-28"},
        {"joined": "2022-01-28", "ceremony": "2022-01-28", "held": "2022-01-28"},
        set(),
    ),
    (
        "The chairman forecast an earnings increase for the full year.",
        {"the full year": "2022"},
        {"increase": "2022"},
        {"forecast"},
    ),
    (
        "The merger was approved at a special shareholders' meeting yesterday.",
        {"yesterday": "2022-02-02"},
        {"meeting": "2022-02-02", "approved": "2022-02-02"},
        set(),
    ),
]

#: Results are for a period: an event noun measured by an amount takes the period after it, and its
#: support verb shares it ("had a loss of ... for the quarter").
MEASURED_RESULTS: list[Case] = [
    (
        "The maker reported a net loss of $8 million, or $2 a share, for the third quarter.",
        {"the third quarter": "2021-Q3"},
        {"loss": "2021-Q3"},
        set(),
    ),
    (
        "The lender said it had a loss of $9 million for the quarter.",
        {"the quarter": "2021-Q3"},
        {"loss": "2021-Q3", "had": "2021-Q3"},
        {"said"},
    ),
    (
        # a noun that is a verb's close object, with no amount, leaves the date to the verb
        "The city cut its spending in 2019.",
        {"2019": "2019"},
        {"cut": "2019"},
        {"spending"},
    ),
]

CASES = (
    PREMODIFIERS
    + SUPPORT_VERBS
    + RELATIVE_CLAUSES
    + COORDINATION
    + PERIODS
    + OPENING_PARTICIPLES
    + OPENERS_AND_OCCASIONS
    + ATTRIBUTION_AND_SUPPORT
    + MEASURED_RESULTS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_time_expressions_date_the_events_english_syntax_ties_them_to(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    events = extract_events(analyzed(text, expressions))
    found = dated(events)
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found
