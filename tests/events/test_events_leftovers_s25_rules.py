"""Rules of English for event-dating errors earlier rounds left, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from tests.events.test_events_extract import analyzed
from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A series of predicates closed by a comma and "and" (the serial comma: "trained, married, and
#: opened") shares the date of its last member, as the series without that comma does.
SERIAL_COMMA_SERIES: list[Case] = [
    (
        "He enlisted, fought at Ypres, and returned home in 1919.",
        {"1919": "1919"},
        {"enlisted": "1919", "fought": "1919", "returned": "1919"},
        set(),
    ),
    (
        "She sold the farm, bought a boat, and sailed to Norway in 1931.",
        {"1931": "1931"},
        {"sold": "1931", "bought": "1931", "sailed": "1931"},
        set(),
    ),
]

#: A "when" clause or a relative clause set off by commas between a subject and its verb interrupts
#: the main clause: the verb after the closing comma is the main clause's ("The crew, when they
#: reached the shore, lit a fire") and carries the story on.
INTERRUPTING_CLAUSES: list[Case] = [
    (
        "The trawler sank on Monday. The crew, when they reached the beach, lit a fire.",
        {"Monday": "2022-01-31"},
        {"sank": "2022-01-31", "lit": "2022-01-31"},
        set(),
    ),
    (
        "The village was evacuated on Tuesday. Mary, who was eight, and her sister Ann went to an aunt.",
        {"Tuesday": "2022-02-01"},
        {"evacuated": "2022-02-01", "went": "2022-02-01"},
        set(),
    ),
]

#: "took four hours to reach", "spent two days repairing": a verb of taking time whose object is a
#: length takes the act it measures as its complement, one occasion with it, so the act's date is its.
LENGTHS_TAKEN: list[Case] = [
    (
        "The jury took less than four hours to reach its verdict on Thursday.",
        {"Thursday": "2022-02-03"},
        {"took": "2022-02-03", "reach": "2022-02-03"},
        set(),
    ),
    (
        "The engineers spent two days repairing the pier in January.",
        {"January": "2022-01"},
        {"spent": "2022-01", "repairing": "2022-01"},
        set(),
    ),
]

#: A past verb followed by phrases of place or address ("to reporters outside the court") and then an
#: "after" phrase whose occasion a near date dates happened on that occasion too.
OCCASIONS_AFTER_PLACES: list[Case] = [
    (
        "The detective spoke to reporters outside the court after the verdict on Thursday.",
        {"Thursday": "2022-02-03"},
        {"spoke": "2022-02-03", "verdict": "2022-02-03"},
        set(),
    ),
    (
        "The fans gathered in the square near the station after the match on Saturday.",
        {"Saturday": "2022-01-29"},
        {"gathered": "2022-01-29", "match": "2022-01-29"},
        set(),
    ),
]

#: A passive of moving with a time of its own before the time it moves to ("was postponed on Monday
#: until May"): the moving is at the first, the event noun its subject is at the second.
TIMED_MOVES: list[Case] = [
    (
        "The match was postponed on Friday until March.",
        {"Friday": "2022-01-28", "March": "2022-03"},
        {"postponed": "2022-01-28", "match": "2022-03"},
        set(),
    ),
    (
        "The hearing was delayed at the last minute until April.",
        {"April": "2022-04"},
        {"hearing": "2022-04"},
        {"delayed"},
    ),
]

GUARDS: list[Case] = [
    # a time of the moving alone moves no subject: the noun is at no time the text gives
    (
        "The concert was postponed on Monday.",
        {"Monday": "2022-01-31"},
        {"postponed": "2022-01-31"},
        {"concert"},
    ),
    # a comma before "and" with no series before it still keeps two clauses apart
    (
        "He was seen near the house in October, and was found in December.",
        {"October": "2021-10", "December": "2021-12"},
        {"seen": "2021-10", "found": "2021-12"},
        set(),
    ),
    # a relative clause with a verb of its own is no member of the series
    (
        "The gunman, who escaped, fled, and hid in a barn in 1921.",
        {"1921": "1921"},
        {"hid": "1921"},
        {"fled"},
    ),
    # a "when" clause that opens the sentence is still subordinate to the clause after its comma
    (
        "When the river rose, the farmers moved their sheep in March.",
        {"March": "2021-03"},
        {"moved": "2021-03"},
        set(),
    ),
    # an object that is no length: the infinitive is a purpose of its own
    (
        "The jury took the papers home to study them on Thursday.",
        {"Thursday": "2022-02-03"},
        {"study": "2022-02-03"},
        {"took"},
    ),
    # an object after the verb may take the "after" phrase: the verb's time is not told
    (
        "He questioned the two men after the verdict on Thursday.",
        {"Thursday": "2022-02-03"},
        {"verdict": "2022-02-03"},
        {"questioned"},
    ),
]

CASES = (
    SERIAL_COMMA_SERIES + INTERRUPTING_CLAUSES + LENGTHS_TAKEN + OCCASIONS_AFTER_PLACES + TIMED_MOVES + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_leftover_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


#: A base form after a determiner and a word that is a noun as well as a verb base ("his back yard",
#: "the work crew") is the phrase's noun, no verb: (text, its expressions, the word, a verb before it
#: that stays an event).
NOUN_MODIFIERS_OF_BASE_FORMS: list[tuple[str, dict[str, str], str, str]] = [
    (
        "A neighbour found the dog in his back yard the following year.",
        {"the following year": "1953"},
        "yard",
        "found",
    ),
    ("He built a shed in their back yard the next spring.", {"the next spring": "1951-SP"}, "yard", "built"),
    # guard: after a verb of causing, the base form is a bare infinitive ("helped the man fight")
    ("He helped the man fight the fire the next day.", {"the next day": "1951-03-02"}, "fight", "helped"),
]


@pytest.mark.parametrize(
    ("text", "expressions", "word", "verb"),
    NOUN_MODIFIERS_OF_BASE_FORMS,
    ids=[c[0][:40] for c in NOUN_MODIFIERS_OF_BASE_FORMS],
)
def test_noun_modifiers_of_base_forms(text: str, expressions: dict[str, str], word: str, verb: str) -> None:
    triggers = {e.trigger for e in extract_events(analyzed(text, expressions))}
    assert verb in triggers, triggers
    assert (word in triggers) is (word == "fight"), triggers
