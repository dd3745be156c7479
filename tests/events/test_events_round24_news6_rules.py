"""Rules of English found on the sixth news event gold set, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A "when", "as" or "after" clause hangs on the clause it times: where that clause carries on the
#: story's happening, the subordinate clause happens in the same scene ("shook his head as the
#: foreman read it out").
OCCASION_CLAUSES: list[Case] = [
    (
        "The ferry sank off the point on Tuesday. The crew shouted as the water rose.",
        {"Tuesday": "2022-02-01"},
        {"sank": "2022-02-01", "shouted": "2022-02-01", "rose": "2022-02-01"},
        set(),
    ),
    (
        "The gallery was robbed on Monday. After the thieves left, a guard raised the alarm.",
        {"Monday": "2022-01-31"},
        {"robbed": "2022-01-31", "left": "2022-01-31", "raised": "2022-01-31"},
        set(),
    ),
    (
        "The old bridge collapsed on Tuesday. Drivers braked hard when the deck cracked.",
        {"Tuesday": "2022-02-01"},
        {"braked": "2022-02-01", "cracked": "2022-02-01"},
        set(),
    ),
]

#: A predicate joined by "and" to the predicate of a dated "when" or "as" clause, with no subject of
#: its own, is in that clause and shares its time ("as a wildfire jumped a highway and spread").
JOINED_OCCASION_PREDICATES: list[Case] = [
    (
        "The village was evacuated on Sunday as the fire jumped the road and spread to the farms.",
        {"Sunday": "2022-01-30"},
        {"evacuated": "2022-01-30", "jumped": "2022-01-30", "spread": "2022-01-30"},
        set(),
    ),
    (
        "The coach resigned on Monday when the board met and cut his budget.",
        {"Monday": "2022-01-31"},
        {"resigned": "2022-01-31", "met": "2022-01-31", "cut": "2022-01-31"},
        set(),
    ),
]

#: "per cent" after a number is the number's unit, inside the noun phrase it opens: the date after
#: the phrase is the verb's ("rejected a 2 per cent offer in October").
PER_CENT_OBJECTS: list[Case] = [
    (
        "The drivers rejected a 3 per cent offer in January.",
        {"January": "2022-01"},
        {"rejected": "2022-01"},
        set(),
    ),
    (
        "The board approved a 5 per cent rise on Monday.",
        {"Monday": "2022-01-31"},
        {"approved": "2022-01-31"},
        set(),
    ),
]

#: A short description opened by "a" or "an" between commas says what the noun before it is: it is no
#: clause between the predicate and its date ("lost its biggest customer, a supermarket chain, in 2008").
APPOSED_KINDS: list[Case] = [
    (
        "The firm lost its largest client, a steel maker, in 2019 and returned to profit two years later.",
        {"2019": "2019", "two years later": "2021"},
        {"lost": "2019", "returned": "2021"},
        set(),
    ),
    (
        "The team lost its captain, a local boy, in May and won the league.",
        {"May": "2021-05"},
        {"lost": "2021-05", "won": "2021-05"},
        set(),
    ),
]

#: A participle clause between commas after a subject noun describes it: the noun is still the
#: subject of the verb after the clause ("A second walkout, lasting 48 hours, is planned for 8 December").
PARTICIPLE_ASIDE_SUBJECTS: list[Case] = [
    (
        "A second strike, lasting two days, is planned for 14 March.",
        {"14 March": "2022-03-14"},
        {"strike": "2022-03-14"},
        set(),
    ),
    (
        "The march, starting at the cathedral, is planned for Sunday.",
        {"Sunday": "2022-02-06"},
        {"march": "2022-02-06"},
        set(),
    ),
]

GUARDS: list[Case] = [
    # a length before the subordinator moves its clause off the story's time
    (
        "The shop was robbed on Monday. Police arrived two hours after the alarm sounded.",
        {"Monday": "2022-01-31", "two hours": "PT2H"},
        {"robbed": "2022-01-31"},
        {"sounded"},
    ),
    # "until" bounds the clause it hangs on; its own clause is no scene of the story
    (
        "The ferry sank on Tuesday. The crew waited until the tug arrived.",
        {"Tuesday": "2022-02-01"},
        {"waited": "2022-02-01"},
        {"arrived"},
    ),
    # "while" opens a span around the happening, not a scene of it
    (
        "The bridge was tested on Saturday. While the bridge was shut, drivers faced a detour.",
        {"Saturday": "2022-01-29"},
        {"tested": "2022-01-29"},
        {"shut"},
    ),
    # a conjunct after a comma is the main clause's, not the "when" clause's
    (
        "The depot closed in March, when its owner went bust, and had stood empty since.",
        {"March": "2021-03"},
        {"closed": "2021-03", "went": "2021-03"},
        {"stood"},
    ),
    # a conjunct with a future verb group is no part of the dated "when" clause
    (
        "The coach resigned on Monday when the board met and will leave in June.",
        {"Monday": "2022-01-31", "June": "2022-06"},
        {"met": "2022-01-31", "leave": "2022-06"},
        set(),
    ),
    # "per cent" with no number before it is no unit of the noun phrase
    (
        "Prices rose by 2 per cent in January.",
        {"January": "2022-01"},
        {"rose": "2022-01"},
        set(),
    ),
    # a series of nouns is no description of the first
    (
        "The club signed a striker, a winger and a goalkeeper in January.",
        {"January": "2022-01"},
        {"signed": "2022-01"},
        set(),
    ),
]


CASES = (
    OCCASION_CLAUSES
    + JOINED_OCCASION_PREDICATES
    + PER_CENT_OBJECTS
    + APPOSED_KINDS
    + PARTICIPLE_ASIDE_SUBJECTS
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)
