"""Rules of English found on the seventh news event gold set, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: "re" before a verb form the verb table lacks makes the same form of doing it again: "refloated" is a
#: past participle as "floated" is.
AGAIN_PREFIXED_VERBS: list[Case] = [
    (
        "The trawler was refloated on Monday.",
        {"Monday": "2022-01-31"},
        {"refloated": "2022-01-31"},
        set(),
    ),
    (
        "The flooded families were rehoused in January.",
        {"January": "2022-01"},
        {"rehoused": "2022-01"},
        set(),
    ),
]

#: A sporting result names the match it ended: what happened "during Saturday's defeat" or "in
#: Tuesday's victory" happened on that day.
RESULT_OCCASIONS: list[Case] = [
    (
        "The home fans booed the referee during Saturday's defeat.",
        {"Saturday": "2022-01-29"},
        {"booed": "2022-01-29"},
        set(),
    ),
    (
        "Their captain was injured in Tuesday's victory over Leeds.",
        {"Tuesday": "2022-02-01"},
        {"injured": "2022-02-01"},
        set(),
    ),
]

#: What a noun comes "from" is already there, so a "from" time after the time of writing is no
#: noun's source: it starts the act of the verb ("will begin free repairs from next month").
FUTURE_FROM_STARTS: list[Case] = [
    (
        "Garages will begin free repairs from next month.",
        {"next month": "2022-03"},
        {"begin": "2022-03"},
        set(),
    ),
    (
        "The operator will run extra buses from Monday.",
        {"Monday": "2022-02-07"},
        {"run": "2022-02-07"},
        set(),
    ),
]

#: A verb that takes its date from the occasion of its "in/at/during" phrase shares it with the
#: predicates joined to it, as a verb the date governs does ("thanked the staff in a speech at 4.40am
#: and promised ...").
OCCASION_HOST_CONJUNCTS: list[Case] = [
    (
        "The mayor thanked the volunteers in a speech on Tuesday and left the hall.",
        {"Tuesday": "2022-02-01"},
        {"thanked": "2022-02-01", "left": "2022-02-01"},
        set(),
    ),
]

#: A deadline after an infinitive is the complement's, not the time of the verb that takes it:
#: "promised to cut fares within a year" leaves the promising at the time it was made.
DEADLINE_COMPLEMENTS: list[Case] = [
    (
        "She opened the new depot at a ceremony on Friday and pledged to hire 200 drivers within a year.",
        {"Friday": "2022-01-28", "a year": "P1Y"},
        {"opened": "2022-01-28", "pledged": "2022-01-28"},
        {"hire"},
    ),
]

#: A passive speech verb whose subject is the one spoken to is an act of the story: its date moves
#: the story ("was told of the decision the following morning. He left").
TOLD_SUBJECTS: list[Case] = [
    (
        "The board met on Monday evening. The coach was told of the decision the following morning. "
        "He left without a word.",
        {"Monday evening": "2022-01-31TEV", "the following morning": "2022-02-01TMO"},
        {"told": "2022-02-01TMO", "left": "2022-02-01TMO"},
        set(),
    ),
    (
        "The river rose on Sunday. Residents were warned on Monday. They packed their cars.",
        {"Sunday": "2022-01-30", "Monday": "2022-01-31"},
        {"warned": "2022-01-31", "packed": "2022-01-31"},
        set(),
    ),
]

#: A request is an act of the story, and a clock time past the scene being told moves the story to
#: the clock's day: the clauses after it go on on that day ("At 2.10am the agent asked for a recount.
#: The returning officer agreed").
CLOCK_DAY_SCENES: list[Case] = [
    (
        "Counting began at 11pm on Thursday.\n\nAt 2.10am the agent asked for a recount. The officer agreed.",
        {"11pm": "2022-01-27T23:00", "Thursday": "2022-01-27", "2.10am": "2022-01-28T02:10"},
        {"asked": "2022-01-28T02:10", "agreed": "2022-01-28"},
        set(),
    ),
    (
        "The fire started on Saturday evening. At 1.30am the roof collapsed. Firemen pulled back.",
        {"Saturday evening": "2022-01-29TEV", "1.30am": "2022-01-30T01:30"},
        {"collapsed": "2022-01-30T01:30", "pulled": "2022-01-30"},
        set(),
    ),
]

GUARDS: list[Case] = [
    # "resin" is "re" + the base "sin": no inflected form, no verb
    (
        "The resin set hard on Monday.",
        {"Monday": "2022-01-31"},
        {"set": "2022-01-31"},
        {"resin"},
    ),
    # a "from" time before the time of writing is the noun's source
    (
        "Analysts studied figures from March.",
        {"March": "2021-03"},
        {},
        {"studied"},
    ),
    # a speaker's dated saying attributes the news; it does not move the story
    (
        "The board met on Monday evening. Police said on Tuesday that he was known to them. "
        "He left the ground.",
        {"Monday evening": "2022-01-31TEV", "Tuesday": "2022-02-01"},
        {"met": "2022-01-31TEV", "left": "2022-01-31TEV"},
        set(),
    ),
    # an active "told" is the speaker's attribution
    (
        "The board met on Monday evening. The chairman told reporters on Tuesday that it was over. "
        "The coach left the ground.",
        {"Monday evening": "2022-01-31TEV", "Tuesday": "2022-02-01"},
        {"left": "2022-01-31TEV"},
        set(),
    ),
    # a clock time inside the scene keeps the scene
    (
        "Thieves broke in on Tuesday night. The alarm sounded at 11.52pm. Officers found the case empty.",
        {"Tuesday night": "2022-02-01TNI", "11.52pm": "2022-02-01T23:52"},
        {"sounded": "2022-02-01T23:52", "found": "2022-02-01TNI"},
        set(),
    ),
    # a future conjunct keeps no share of the occasion's date
    (
        "The mayor thanked the volunteers in a speech on Tuesday and will leave office in May.",
        {"Tuesday": "2022-02-01", "May": "2022-05"},
        {"thanked": "2022-02-01", "leave": "2022-05"},
        set(),
    ),
]


CASES = (
    AGAIN_PREFIXED_VERBS
    + RESULT_OCCASIONS
    + FUTURE_FROM_STARTS
    + OCCASION_HOST_CONJUNCTS
    + DEADLINE_COMPLEMENTS
    + TOLD_SUBJECTS
    + CLOCK_DAY_SCENES
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)
