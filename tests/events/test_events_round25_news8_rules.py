"""Rules of English found on the eighth news event gold set, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: An untold number of minutes or seconds before "later" is too short to run past midnight: after an
#: evening or a night it stays in it, after a clock time it stays on the clock's day.
MINUTES_LATER: list[Case] = [
    (
        "The guard was attacked on Monday evening. A neighbour phoned the police minutes later.",
        {"Monday evening": "2022-01-31TEV", "minutes": "PTXM"},
        {"phoned": "2022-01-31TEV"},
        set(),
    ),
    (
        "The driver stepped down from the cab at 1.55pm. Minutes later the lorry began to roll.",
        {"1.55pm": "2022-02-02T13:55", "Minutes": "PTXM"},
        {"began": "2022-02-02"},
        set(),
    ),
    (
        "The alarm sounded at 10.40pm on Tuesday. Seconds later the roof fell in.",
        {"10.40pm": "2022-02-01T22:40", "Tuesday": "2022-02-01", "Seconds": "PTXS"},
        {"fell": "2022-02-01"},
        set(),
    ),
]

#: "since" opens a span that runs up to the time of telling: what happened in it ("has trained 300
#: volunteers since the spring", "Since January the council has repaired 40 bridges") is at no time of
#: its own.
SINCE_SPANS: list[Case] = [
    (
        "The charity has trained 300 volunteers since the spring.",
        {"the spring": "2021-SP"},
        {},
        {"trained"},
    ),
    (
        "Since January the council has repaired 40 bridges.",
        {"January": "2022-01"},
        {},
        {"repaired"},
    ),
]

#: A referendum is an occasion, and the verb whose adjunct a dated occasion is may stand past its
#: object and one prepositional phrase: "rejected a plan for a road bridge to the mainland in
#: Thursday's referendum" happened on Thursday.
DISTANT_OCCASION_VERBS: list[Case] = [
    (
        "Voters rejected a plan for a new bridge to the island in Sunday's referendum.",
        {"Sunday": "2022-01-30"},
        {"rejected": "2022-01-30"},
        set(),
    ),
    (
        "The mayor unveiled a statue of the town's first doctor at Saturday's ceremony.",
        {"Saturday": "2022-01-29"},
        {"unveiled": "2022-01-29"},
        set(),
    ),
]

GUARDS: list[Case] = [
    # hours after a night may run past midnight: no date
    (
        "The bar closed on Friday night. Hours later a fire broke out in the kitchen.",
        {"Friday night": "2022-01-28TNI", "Hours": "PTXH"},
        {"closed": "2022-01-28TNI"},
        {"broke"},
    ),
    # the time's own "when" clause is at the time, not in the span after it
    (
        "It was the worst flood since 1998, when the river burst its banks.",
        {"1998": "1998"},
        {"burst": "1998"},
        set(),
    ),
    # a numbered length after a clock time keeps its own reading
    (
        "Polls closed at 10pm on Thursday. The first boxes arrived at the hall twenty minutes later.",
        {"10pm": "2022-01-27T22:00", "Thursday": "2022-01-27", "twenty minutes": "PT20M"},
        {"closed": "2022-01-27T22:00"},
        {"arrived"},
    ),
]


CASES = MINUTES_LATER + SINCE_SPANS + DISTANT_OCCASION_VERBS + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)
