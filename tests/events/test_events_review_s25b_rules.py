"""Second reading of round two's event rules, one table per mend: a sentence of our own, its time
expressions with their values, the triggers that must get a time (with the value each gets) and triggers
that must stay without one. Every row of a mend's table fails without the mend; the guards after them
hold what the mend must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from tests.events.test_events_extract import analyzed
from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A noun that is a verb base too ("couple", "band") right after a determiner and before a base form
#: modifies it only inside the object of a preposition ("in his back yard"): opening a clause, it is a
#: collective subject and the base form its verb ("The couple marry on Saturday").
COLLECTIVE_SUBJECTS: list[Case] = [
    (
        "The couple marry in Leeds on Saturday.",
        {"Saturday": "2022-02-05"},
        {"marry": "2022-02-05"},
        set(),
    ),
    (
        "The band play the Albert Hall on Saturday.",
        {"Saturday": "2022-02-05"},
        {"play": "2022-02-05"},
        set(),
    ),
]

#: A deadline after an infinitive is the plan's only after a verb of intending or committing: a verb of
#: managing, failing, trying or hurrying is done as its act is, and shares the act's date.
DEADLINES_OF_ACTS_DONE: list[Case] = [
    (
        "The prisoners managed to escape before noon on Friday.",
        {"noon on Friday": "2022-01-28T12:00"},
        {"managed": "2022-01-28T12:00", "escape": "2022-01-28T12:00"},
        set(),
    ),
    (
        "The crew rushed to finish the roof before Friday.",
        {"Friday": "2022-01-28"},
        {"rushed": "2022-01-28", "finish": "2022-01-28"},
        set(),
    ),
    (
        "She tried to reach the summit before noon on Friday.",
        {"noon on Friday": "2022-01-28T12:00"},
        {"tried": "2022-01-28T12:00", "reach": "2022-01-28T12:00"},
        set(),
    ),
]

#: An event noun in the phrases between a verb and its "after" phrase may be what the occasion dates
#: ("pointed to the riots in the city after the match"): the verb's own time is not told.
EVENTS_AMONG_PLACES: list[Case] = [
    (
        "The minister pointed to the riots in the city after the match on Saturday.",
        {"Saturday": "2022-01-29"},
        {"match": "2022-01-29"},
        {"pointed"},
    ),
    (
        "The minister referred to a meeting in the hall after the election on Saturday.",
        {"Saturday": "2022-01-29"},
        {"election": "2022-01-29"},
        {"referred"},
    ),
]

#: A verb of taking time shares its complement's date only when the length it takes fits inside that
#: date: "took six years to finish the bridge in 1890" tells when the finishing was, and the taking ran
#: through the years before it.
LENGTHS_LONGER_THAN_THE_DATE: list[Case] = [
    (
        "Builders took six years to finish the bridge in 1890.",
        {"1890": "1890"},
        {"finish": "1890"},
        {"took"},
    ),
    (
        "The jury took two days to reach its verdict on Thursday.",
        {"Thursday": "2022-02-03"},
        {"reach": "2022-02-03"},
        {"took"},
    ),
]

GUARDS: list[Case] = [
    # a length inside the date still shares it
    (
        "The crew spent three months repairing the ship in 1950.",
        {"1950": "1950"},
        {"spent": "1950", "repairing": "1950"},
        set(),
    ),
    (
        "The crew spent a week repairing the ship in May 1950.",
        {"May 1950": "1950-05"},
        {"spent": "1950-05", "repairing": "1950-05"},
        set(),
    ),
    # a verb of committing still leaves the deadline to the plan
    (
        "The council pledged on Monday to hire teachers before September.",
        {"Monday": "2022-01-31", "September": "2022-09"},
        {"pledged": "2022-01-31", "hire": "2022-09"},
        set(),
    ),
    # "within" bounds a plan whatever verb takes the infinitive
    (
        "The engineers rushed to open the road within a week.",
        {"a week": "P1W"},
        {},
        {"rushed"},
    ),
    # places and addressees with no event noun among them still leave the occasion to the verb
    (
        "The coach spoke to reporters outside the ground after the match on Saturday.",
        {"Saturday": "2022-01-29"},
        {"spoke": "2022-01-29", "match": "2022-01-29"},
        set(),
    ),
]

CASES = (
    COLLECTIVE_SUBJECTS + DEADLINES_OF_ACTS_DONE + EVENTS_AMONG_PLACES + LENGTHS_LONGER_THAN_THE_DATE + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_review_s25b_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


def test_back_yard_after_a_preposition_stays_a_noun() -> None:
    """The mend leaves the noun phrase after a preposition alone: "in his back yard"."""
    text = "A neighbour found the dog in his back yard the following year."
    triggers = {
        e.trigger for e in extract_events(analyzed(text, {"the following year": "1953"}, "narrative"))
    }
    assert "found" in triggers and "yard" not in triggers, triggers


def test_object_of_a_verb_stays_a_noun() -> None:
    """Nor the object of a verb: "cracked the glass roof" (a verb base after "glass") is a noun phrase."""
    text = "Hail cracked the glass roof of the station on Friday."
    triggers = {e.trigger for e in extract_events(analyzed(text, {"Friday": "2022-01-28"}))}
    assert "cracked" in triggers and "roof" not in triggers, triggers
