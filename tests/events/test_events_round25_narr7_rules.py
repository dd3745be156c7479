"""Rules of English found on the seventh narrative event gold set, one table per rule: a sentence of
our own, its time expressions with their values, the triggers that must get a time (with the value
each gets) and triggers that must stay without one. Every row of a rule's table fails without the
rule; the guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A fronted "as" clause with a subject of its own tells the moment its sentence happens at: in a
#: story its verb goes on at the story's time, as a "when" clause's does.
FRONTED_AS_CLAUSES: list[Case] = [
    (
        "The ferry sailed on 4 June 1920. As the ferry rounded the point, a passenger fell overboard.",
        {"4 June 1920": "1920-06-04"},
        {"sailed": "1920-06-04", "rounded": "1920-06-04", "fell": "1920-06-04"},
        set(),
    ),
    (
        "The march set off in April 1936. As the column crossed the moor, snow began to fall.",
        {"April 1936": "1936-04"},
        {"crossed": "1936-04", "began": "1936-04"},
        set(),
    ),
]

#: A past perfect dated by a time counted back from the story's ("the night before", "two years
#: earlier") is a flashback from where the story stands, even a sentence later: the next plain past
#: goes on from the story's time, not from the flashback's.
COUNTED_BACK_FLASHBACKS: list[Case] = [
    (
        "The band left Leeds on 3 March 1962. The drummer had packed the van the night before. "
        "The van broke down at Doncaster.",
        {"3 March 1962": "1962-03-03", "the night before": "1962-03-02TNI"},
        {"packed": "1962-03-02TNI", "broke": "1962-03-03"},
        set(),
    ),
    (
        "The climbers reached the col on 9 July 1931. A Swiss pair had crossed it two years earlier. "
        "The climbers pitched their tents on the snow.",
        {"9 July 1931": "1931-07-09", "two years earlier": "1929"},
        {"crossed": "1929", "pitched": "1931-07-09"},
        set(),
    ),
]

#: A predicate with a "when" clause of its own ("left the rock when the light was automated in 1988")
#: happens at that clause's date, not at one it would share across a conjunction before it.
OWN_WHEN_CLAUSE_DATES: list[Case] = [
    (
        "The mill opened on 2 May 1850, and its last weavers went home when the looms stopped in June 1931.",
        {"2 May 1850": "1850-05-02", "June 1931": "1931-06"},
        {"opened": "1850-05-02", "went": "1931-06", "stopped": "1931-06"},
        set(),
    ),
    (
        "The pier was built on 6 August 1869, and the ferrymen sold their boats when the bridge opened in 1902.",
        {"6 August 1869": "1869-08-06", "1902": "1902"},
        {"built": "1869-08-06", "sold": "1902", "opened": "1902"},
        set(),
    ),
]

#: A base form after a singular determiner and its modifiers is a noun even when the verb table knows
#: no noun of that spelling: "their wooden barrack" takes no date from the verb's sentence.
BASE_FORMS_AFTER_A_SINGULAR_PHRASE: list[Case] = [
    (
        "A storm wrecked their wooden barrack in October 1846.",
        {"October 1846": "1846-10"},
        {"wrecked": "1846-10"},
        {"barrack"},
    ),
]

#: A past form that is often a preposition ("compared", "provided") is a noun subject's verb before a
#: pronoun object as before a noun one: "The inspectors compared them with the plans".
PRONOUN_OBJECTS: list[Case] = [
    (
        "The inspectors compared them with the old plans in March 1921.",
        {"March 1921": "1921-03"},
        {"compared": "1921-03"},
        set(),
    ),
    (
        "The parish provided them with blankets in the winter of 1947.",
        {"the winter of 1947": "1947-WI"},
        {"provided": "1947-WI"},
        set(),
    ),
]

GUARDS: list[Case] = [
    # after a clause's verb it is a preposition
    (
        "Sales rose by a third in 1921 compared with the year before.",
        {"1921": "1921"},
        {"rose": "1921"},
        {"compared"},
    ),
    # "As" opening a sentence with no subject of its own, or of a speech verb, tells no happening
    (
        "The ferry sailed on 4 June 1920. As she said, the sea was calm.",
        {"4 June 1920": "1920-06-04"},
        {"sailed": "1920-06-04"},
        {"said"},
    ),
    # a fronted "as" clause in the past perfect steps back from the story
    (
        "The ferry sailed on 4 June 1920. As it had done before, the ferry rolled in the swell.",
        {"4 June 1920": "1920-06-04"},
        {"rolled": "1920-06-04"},
        {"done"},
    ),
    # "as" inside a sentence is left to the clause it is attached to
    (
        "The ferry sailed on 4 June 1920. The captain was ill, so the mate steered as the captain slept.",
        {"4 June 1920": "1920-06-04"},
        {"sailed": "1920-06-04"},
        set(),
    ),
    # a time counted back in a plain past is the story's new time
    (
        "The band left Leeds on 3 March 1962. The drummer packed the van the night before. "
        "The van broke down at Doncaster.",
        {"3 March 1962": "1962-03-03", "the night before": "1962-03-02TNI"},
        {"packed": "1962-03-02TNI", "broke": "1962-03-02TNI"},
        set(),
    ),
    # a past perfect with a date of its own that counts nothing back moves the story
    (
        "The band left Leeds on 3 March 1962. The drummer had bought the van in January 1960. "
        "He painted it red.",
        {"3 March 1962": "1962-03-03", "January 1960": "1960-01"},
        {"bought": "1960-01", "painted": "1960-01"},
        set(),
    ),
    # a "when" clause with no date of its own lends the predicate none
    (
        "The bridge opened on 3 May 1901, and the ferrymen lost their trade when the tolls ended.",
        {"3 May 1901": "1901-05-03"},
        {"opened": "1901-05-03", "lost": "1901-05-03"},
        set(),
    ),
    # a base form after an object is a bare infinitive of a verb of causing
    (
        "On 6 May 1950 the crowd helped the old man cross the road.",
        {"6 May 1950": "1950-05-06"},
        {"helped": "1950-05-06"},
        set(),
    ),
]

CASES = (
    FRONTED_AS_CLAUSES
    + COUNTED_BACK_FLASHBACKS
    + OWN_WHEN_CLAUSE_DATES
    + BASE_FORMS_AFTER_A_SINGULAR_PHRASE
    + PRONOUN_OBJECTS
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:50] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind="narrative")
