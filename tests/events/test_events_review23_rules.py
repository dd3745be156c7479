"""A second reader's review of the leftovers pass on event dating (`test_events_leftovers23_rules.py`):
sentences of our own where a rule's trigger stands but its reading was wrong, one table per finding. A
row gives the text, its time expressions with their values, the triggers that must get a time (with
the value each gets) and the triggers that must stay without one. Every row of a finding's table
failed before its mend; the guards after them hold what the mends must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.model.event import TimeBasis
from tests.events.test_events_extract import analyzed
from tests.events.test_events_round22_news4_rules import assert_dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: "until" inside a clause bounds the verb before it; what comes after the time is told at it: an
#: infinitive ("waited until Friday to announce") or a "when" clause ("until Monday, when ...").
AFTER_AN_UNTIL: list[Case] = [
    (
        "The company waited until Friday to announce the closure.",
        {"Friday": "2022-01-28"},
        {"announce": "2022-01-28"},
        {"waited"},
    ),
    (
        "Police kept the bridge shut until Monday, when engineers declared it safe.",
        {"Monday": "2022-01-31"},
        {"declared": "2022-01-31"},
        {"shut"},
    ),
    (
        "The road stayed shut until Monday, when the inquiry opened.",
        {"Monday": "2022-01-31"},
        {"opened": "2022-01-31"},
        {"stayed"},
    ),
]

#: An event noun that ran up to an "until" time is bounded as its verb is ("The siege continued until
#: 1453"); only a noun a verb plans or moves keeps the time ("postponed the vote until May").
UNTIL_NOUNS: list[Case] = [
    ("The siege continued until 1453.", {"1453": "1453"}, {}, {"siege", "continued"}),
    ("The dock strike continued until January.", {"January": "2022-01"}, {}, {"strike", "continued"}),
]

#: Hours after an evening or a night may run past midnight: "Hours later" gives no day there, as
#: after a clock time; and "hours later than planned" is a comparison, no time after the story's last.
HOURS_LATER_LEFT: list[Case] = [
    (
        "The ferry ran aground on Monday night. Hours later the owners sold it.",
        {"Monday night": "2022-01-31TNI", "Hours": "PTXH"},
        {"ran": "2022-01-31TNI"},
        {"sold"},
    ),
    (
        "The lorry overturned on Monday. Hours later than planned, the drivers reached the depot.",
        {"Monday": "2022-01-31", "Hours": "PTXH"},
        {"overturned": "2022-01-31"},
        {"planned", "reached"},
    ),
]

#: "Days later", "Weeks later": the story moves on by a length it does not date, so the clause (and
#: a narrative's clauses after it) no longer carry the last day on.
LENGTHS_LATER: list[Case] = [
    (
        "The ferry ran aground on Monday. Weeks later the owners sold it.",
        {"Monday": "2022-01-31", "Weeks": "PXW"},
        {"ran": "2022-01-31"},
        {"sold"},
    ),
    (
        "The ferry ran aground on Monday. The owners sold it days later.",
        {"Monday": "2022-01-31", "days": "PXD"},
        {"ran": "2022-01-31"},
        {"sold"},
    ),
]

NARRATIVE_LENGTHS_LATER: list[Case] = [
    (
        "The schooner foundered on 3 March 1881. Days later, the survivors reached Halifax. "
        "They were taken to the hospital.",
        {"3 March 1881": "1881-03-03", "Days": "PXD"},
        {"foundered": "1881-03-03"},
        {"reached", "taken"},
    ),
    (
        "The schooner foundered on the night of 3 March 1881. Hours later, a brig found the boats.",
        {"3 March 1881": "1881-03-03", "Hours": "PTXH"},
        {"foundered": "1881-03-03TNI"},
        {"found"},
    ),
]

#: A time after a noun and "from" is that noun's ("figures from March", "letters from 1920"), not the
#: time of the verb before: the regression the leftovers pass noticed in "based".
NOUN_FROM_TIMES: list[Case] = [
    (
        "Officials based their estimate on figures from January.",
        {"January": "2022-01"},
        {},
        {"based"},
    ),
    ("Historians studied letters from 1920.", {"1920": "1920"}, {}, {"studied"}),
]

#: "by <time>" after its verb is a deadline met, at no day of its own, whatever the tense ("approved
#: the plan by Friday"); opening the sentence it still reads as the day ("By Friday they agreed").
DEADLINES_AFTER_THE_VERB: list[Case] = [
    ("The council approved the plan by Friday.", {"Friday": "2022-01-28"}, {}, {"approved"}),
    ("The rebels were driven from the town by Monday.", {"Monday": "2022-01-31"}, {}, {"driven"}),
]

#: What the mends must leave alone.
GUARDS: list[Case] = [
    # an "until" that opens the sentence bounds the clause after it
    ("But until 1990 the mill employed 300 people.", {"1990": "1990"}, {}, {"employed"}),
    # a coordinated verb after the bound is no infinitive or "when" clause of it, and has no time
    (
        "He worked at the mill until 1990 and then retired to the coast.",
        {"1990": "1990"},
        {},
        {"worked", "retired"},
    ),
    # hours after a morning stay on its day
    (
        "The levee broke on Saturday morning. Hours later the mayor ordered an evacuation.",
        {"Saturday morning": "2022-01-29TMO", "Hours": "PTXH"},
        {"ordered": "2022-01-29"},
        set(),
    ),
    # a dated length after "later" dates its clause
    (
        "The ferry ran aground on Monday. Two days later the owners sold it.",
        {"Monday": "2022-01-31", "Two days later": "2022-02-02"},
        {"sold": "2022-02-02"},
        set(),
    ),
    # after a verb "from" opens a range or a start, after a range's end too
    (
        "Crews worked from Friday until Sunday.",
        {"Friday": "2022-01-28", "Sunday": "2022-01-30"},
        {"worked": "2022-01-28"},
        set(),
    ),
    (
        "Volunteers staffed the shelter from Monday to Thursday.",
        {"Monday": "2022-01-31", "Thursday": "2022-02-03"},
        {"staffed": "2022-01-31"},
        set(),
    ),
    # a time after "from" with another time of the verb leaves that one
    (
        "The firm recalled cars from 2019 on Monday.",
        {"2019": "2019", "Monday": "2022-01-31"},
        {"recalled": "2022-01-31"},
        set(),
    ),
    # "By <time>" opening the sentence with a simple past
    (
        "By Friday the council approved the plan.",
        {"Friday": "2022-01-28"},
        {"approved": "2022-01-28"},
        set(),
    ),
    # "by" with an agent, the date after it
    (
        "The plan was approved by the council on Friday.",
        {"Friday": "2022-01-28"},
        {"approved": "2022-01-28"},
        set(),
    ),
]

NEWS = (
    AFTER_AN_UNTIL
    + UNTIL_NOUNS
    + HOURS_LATER_LEFT
    + LENGTHS_LATER
    + NOUN_FROM_TIMES
    + DEADLINES_AFTER_THE_VERB
    + GUARDS
)
CASES = [("news", *case) for case in NEWS] + [("narrative", *case) for case in NARRATIVE_LENGTHS_LATER]


@pytest.mark.parametrize(
    ("kind", "text", "expressions", "expected", "undated"), CASES, ids=[c[1][:40] for c in CASES]
)
def test_review_rule(
    kind: str, text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind)


def test_deadline_after_the_verb_keeps_its_link() -> None:
    """A deadline met keeps its expression linked, as every one-sided bound does."""
    text = "The council approved the plan by Friday."
    events = {e.trigger: e for e in extract_events(analyzed(text, {"Friday": "2022-01-28"}))}
    time = events["approved"].time
    assert time.basis is TimeBasis.UNDATED and time.value is None
    assert time.expression is not None and time.expression.text == "Friday"
