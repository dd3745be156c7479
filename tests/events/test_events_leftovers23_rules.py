"""Rules of English from a leftovers pass on event dating, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.events.mentions import find_mentions
from chronology.events.text import split_sentences, tokenize
from chronology.model.event import TimeBasis
from tests.events.test_events_extract import analyzed
from tests.events.test_events_round22_news4_rules import assert_dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: "until <time>" bounds a predicate at its end only: it ran up to then from a start the text does not
#: give, so it has no value of its own (the README's one-sided bound).
UNTIL_BOUNDS: list[Case] = [
    ("The pharmacy stayed open until late on Friday.", {"late on Friday": "2022-01-28"}, {}, {"stayed"}),
    ("Ferry crossings were suspended until Tuesday.", {"Tuesday": "2022-02-01"}, {}, {"suspended"}),
    (
        "Engineers had expected a delay of an hour till 6pm on Monday.",
        {"6pm on Monday": "2022-01-31T18:00"},
        {},
        {"expected"},
    ),
]

#: "<hours or minutes> later" is a time after the story's last one, as "Two days later" is: it dates
#: its clause on that time's day (or month, or year), not at a clock time it may have run past.
HOURS_LATER: list[Case] = [
    (
        "The ferry ran aground on Monday. Hours later, the coastguard said the crew were safe.",
        {"Monday": "2022-01-31", "Hours": "PTXH"},
        {"ran": "2022-01-31", "said": "2022-01-31"},
        set(),
    ),
    (
        "The levee broke early on Saturday morning. Three hours later the mayor ordered an evacuation.",
        {"early on Saturday morning": "2022-01-29TMO", "Three hours": "PT3H"},
        {"ordered": "2022-01-29"},
        set(),
    ),
    (
        "The lift failed in March 2019. Minutes later an engineer said it was safe.",
        {"March 2019": "2019-03", "Minutes": "PTXM"},
        {"said": "2019-03"},
        set(),
    ),
]

#: A time a figure is compared with ("compared with a year earlier", "Compared with last year") is
#: the compared occasion's, not the sentence's, as the time after "than in" is.
COMPARED_WITH: list[Case] = [
    (
        "Compared with last year, ticket sales fell by a third.",
        {"last year": "2021"},
        {},
        {"fell"},
    ),
    (
        "Exports rose 6 per cent compared to a year earlier.",
        {"a year earlier": "2021"},
        {},
        {"rose"},
    ),
]

#: "compared", "provided", "based" are verbs after a noun subject too, when they are the first verb of
#: their sentence and an object follows ("The inspectors compared the figures").
NOUN_SUBJECT_VERBS: list[Case] = [
    (
        "The auditors compared the two ledgers on Monday.",
        {"Monday": "2022-01-31"},
        {"compared": "2022-01-31"},
        set(),
    ),
    (
        "Volunteers provided 300 blankets on Saturday.",
        {"Saturday": "2022-01-29"},
        {"provided": "2022-01-29"},
        set(),
    ),
]

#: A "when" clause after a compared occasion ("than in 1954, when the dam broke") tells that
#: occasion's happening: it takes the compared time, which still dates nothing else.
COMPARED_WHEN_CLAUSES: list[Case] = [
    (
        "More houses flooded than in 1968, when the sea wall failed.",
        {"1968": "1968"},
        {"failed": "1968"},
        {"flooded"},
    ),
    (
        "The queue was longer than on Friday when the shop reopened.",
        {"Friday": "2022-01-28"},
        {"reopened": "2022-01-28"},
        set(),
    ),
]

#: An infinitive completing a noun of the charge a case verb names ("charged with arson with intent
#: to endanger life", "accused of conspiracy to defraud") names the offence: the date after it is
#: the charging's.
CHARGE_INFINITIVES: list[Case] = [
    (
        "She was charged with conspiracy to defraud on Monday.",
        {"Monday": "2022-01-31"},
        {"charged": "2022-01-31"},
        {"defraud"},
    ),
    (
        "The driver was stopped at the scene and charged with assault with intent to rob on 14 January.",
        {"14 January": "2022-01-14"},
        {"charged": "2022-01-14"},
        set(),
    ),
]

#: What the rules above leave alone.
GUARDS: list[Case] = [
    # a negated act "until" a time happened then
    ("The museum did not reopen until Monday.", {"Monday": "2022-01-31"}, {"reopen": "2022-01-31"}, set()),
    ("It was not until 1990 that the tunnel opened.", {"1990": "1990"}, {"opened": "1990"}, set()),
    # a noun moved to a time keeps it
    ("The board postponed the vote until May.", {"May": "2022-05"}, {"vote": "2022-05"}, {"postponed"}),
    # a range's start dates the act
    (
        "Crews worked from Friday until Sunday.",
        {"Friday": "2022-01-28", "Sunday": "2022-01-30"},
        {"worked": "2022-01-28"},
        set(),
    ),
    # hours later than a clock time may be the next day: no date
    (
        "The storm hit at 10pm on Monday. Hours later officials said the pier had gone.",
        {"10pm": "2022-01-31T22:00", "Monday": "2022-01-31", "Hours": "PTXH"},
        {"hit": "2022-01-31T22:00"},
        {"said"},
    ),
    # a length of hours with no "later" is a length
    (
        "The ferry ran aground on Monday. The rescue took hours, the coastguard said.",
        {"Monday": "2022-01-31", "hours": "PTXH"},
        {"ran": "2022-01-31"},
        {"said"},
    ),
    # "compared"/"provided" after a clause's verb are no verbs
    (
        "The club will open on Friday provided the pitch is dry.",
        {"Friday": "2022-02-04"},
        {"open": "2022-02-04"},
        {"provided"},
    ),
    # a time after "than in" with no "when" clause dates nothing
    (
        "The river rose higher than in 1968, and the town flooded.",
        {"1968": "1968"},
        {},
        {"rose", "flooded"},
    ),
    # a gerund of the charge keeps the date ("charged with gunning down a ranger last fall")
    (
        "He was charged with attacking a guard on 3 January.",
        {"3 January": "2022-01-03"},
        {"attacking": "2022-01-03"},
        set(),
    ),
    # an infinitive after a noun not in a charge keeps it
    (
        "He made an attempt to escape on Monday.",
        {"Monday": "2022-01-31"},
        {"escape": "2022-01-31"},
        set(),
    ),
]


CASES = UNTIL_BOUNDS + HOURS_LATER + COMPARED_WITH + NOUN_SUBJECT_VERBS + COMPARED_WHEN_CLAUSES
CASES += CHARGE_INFINITIVES + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_leftover_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


@pytest.mark.parametrize(
    ("text", "expression", "value", "trigger"),
    [
        ("The pharmacy stayed open until late on Friday.", "late on Friday", "2022-01-28", "stayed"),
        # an opening "Until" bounds the main clause it dates
        (
            "Until last year, the firm had been telling its staff that sales would grow.",
            "last year",
            "2021",
            "telling",
        ),
    ],
)
def test_until_bound_keeps_its_link(text: str, expression: str, value: str, trigger: str) -> None:
    """An event bounded by a time keeps that expression (TimeML links it ENDED_BY the time) though it
    has no value of its own."""
    events = {e.trigger: e for e in extract_events(analyzed(text, {expression: value}))}
    time = events[trigger].time
    assert time.basis is TimeBasis.UNDATED and time.value is None
    assert time.expression is not None and time.expression.text == expression


@pytest.mark.parametrize(
    ("text", "word", "verbal"),
    [
        ("The auditors compared the two ledgers.", "compared", True),
        ("Rain provided some relief.", "provided", True),
        ("Sales compared with a year earlier.", "compared", False),
        ("Prices, compared with March, fell.", "compared", False),
        ("The club will open provided the pitch is dry.", "provided", False),
    ],
)
def test_noun_subject_verbs(text: str, word: str, verbal: bool) -> None:
    tokens = tokenize(text)
    mentions = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert (word in mentions and mentions[word].verbal) == verbal, mentions
