"""Rules of English found on the fourth narrative event gold set, one table per rule: a sentence of
our own, its time expressions with their values, the triggers the expressions must date (with the
value each gets) and triggers that must stay without a date. Every row of a rule's table fails
without the rule; the guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.model.event import TimeBasis
from tests.events.test_events_extract import analyzed, dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: A time after "than" and a preposition is the time of an elided clause of comparison ("rose higher
#: than in 1954"): it dates the occasion compared with, not the sentence's predicate.
COMPARED_TIMES: list[Case] = [
    (
        "The sea wall broke in 1978, when the tide rose higher than in 1953.",
        {"1978": "1978", "1953": "1953"},
        {"broke": "1978", "rose": "1978"},
        set(),
    ),
    (
        "The town flooded in 1968, when the river rose faster than in 1954.",
        {"1968": "1968", "1954": "1954"},
        {"flooded": "1968", "rose": "1968"},
        set(),
    ),
]

#: A ", where" clause after a conjunct that shares a date happened then too ("married in 1862, and
#: the couple moved to Lund, where Lind opened a workshop").
PLACE_CLAUSES_OF_CONJUNCTS: list[Case] = [
    (
        "In 1905 she sold the farm and moved to Leeds, where she opened a school.",
        {"1905": "1905"},
        {"sold": "1905", "moved": "1905", "opened": "1905"},
        set(),
    ),
    (
        "The regiment left Malta in May, and the men sailed to Alexandria, where they joined the fleet.",
        {"May": "1882-05"},
        {"left": "1882-05", "sailed": "1882-05", "joined": "1882-05"},
        set(),
    ),
]

#: A past form listed as no event for its use as a preposition ("compared with last year", "based
#: in Paris") is a clause's verb right after a personal subject ("she compared her figures").
PREPOSITIONAL_FORMS_AFTER_SUBJECTS: list[Case] = [
    (
        "In March 1890 she compared her figures with those of the Paris observatory.",
        {"March 1890": "1890-03"},
        {"compared": "1890-03"},
        set(),
    ),
    (
        "In May they provided the garrison with flour and salt.",
        {"May": "1851-05"},
        {"provided": "1851-05"},
        set(),
    ),
]

CASES = COMPARED_TIMES + PLACE_CLAUSES_OF_CONJUNCTS + PREPOSITIONAL_FORMS_AFTER_SUBJECTS


#: A sentence that opens on "By <date>" with a perfect predicate bounds that predicate on one side
#: only, though a participle of its subject took the date ("By 1962 every family made homeless by
#: the flood had received a house"): it inherits no time from the bound.
BOUNDS_PAST_A_PARTICIPLE: list[tuple[str, dict[str, str], str]] = [
    (
        "By 1962 every family made homeless by the flood had received a new house.",
        {"1962": "1962"},
        "received",
    ),
    (
        "By 1900 most of the men driven from the valley had returned to their farms.",
        {"1900": "1900"},
        "returned",
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "trigger"),
    BOUNDS_PAST_A_PARTICIPLE,
    ids=[c[0][:40] for c in BOUNDS_PAST_A_PARTICIPLE],
)
def test_a_bound_the_sentence_opens_on_leaves_its_perfect_undated(
    text: str, expressions: dict[str, str], trigger: str
) -> None:
    events = {e.trigger: e for e in extract_events(analyzed(text, expressions, kind="narrative"))}
    assert events[trigger].time.basis is TimeBasis.UNDATED, events[trigger].time


#: What the rules above leave alone.
GUARDS: list[Case] = [
    # "than" with no preposition: "no later than Friday" still dates the verb
    (
        "The report was delivered no later than 3 March.",
        {"3 March": "1950-03-03"},
        {"delivered": "1950-03-03"},
        set(),
    ),
    # a conjunct with a date of its own keeps its ", where" clause
    (
        "The party reached the camp in December, and in January it passed Ewa, where Lyle buried a porter.",
        {"December": "1864-12", "January": "1865-01"},
        {"reached": "1864-12", "passed": "1865-01", "buried": "1865-01"},
        set(),
    ),
    # a prepositional form after a noun or a number is still a preposition
    (
        "Sales rose 5% in 2010 compared with 2009.",
        {"2010": "2010", "2009": "2009"},
        {"rose": "2010"},
        {"compared"},
    ),
    (
        "The firm, based in Paris, opened a shop in 1990.",
        {"1990": "1990"},
        {"opened": "1990"},
        {"based"},
    ),
    # "later" moves a ", where" clause after the conjunct's date
    (
        "Labourers cleared the rubble in May and dumped it in the bay, where it later formed a quay.",
        {"May": "1867-05"},
        {"cleared": "1867-05", "dumped": "1867-05"},
        {"formed"},
    ),
    # a ", where" clause in the past perfect steps back before the move
    (
        "In 1905 she sold the farm and moved to Leeds, where she had taught as a girl.",
        {"1905": "1905"},
        {"sold": "1905", "moved": "1905"},
        {"taught"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES + GUARDS, ids=[c[0][:40] for c in CASES + GUARDS]
)
def test_rule_and_guard(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    found = dated(extract_events(analyzed(text, expressions)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found


def test_a_plain_past_after_a_bound_is_dated() -> None:
    """ "By Friday they agreed" reads as the day it happened: only a perfect is bounded."""
    events = {
        e.trigger: e
        for e in extract_events(
            analyzed(
                "By 1962 every family made homeless by the flood received a house.",
                {"1962": "1962"},
                "narrative",
            )
        )
    }
    assert events["received"].time.basis is not TimeBasis.UNDATED
