"""Rules of English found on the eighth narrative event gold set, one table per rule: a sentence of
our own, its time expressions with their values, the triggers that must get a time (with the value
each gets) and triggers that must stay without one. Every row of a rule's table fails without the
rule; the guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A perfect clause that ends on "before" or "ever since" reaches back to some earlier time the text
#: does not give ("The river had flooded the town twice before."): it is not at the story's time.
INDEFINITE_EARLIER_PERFECTS: list[Case] = [
    (
        "The mill reopened in 1921. The river had flooded it twice before.",
        {"1921": "1921"},
        {"reopened": "1921"},
        {"flooded"},
    ),
    (
        "The choir sang at the abbey in June 1950. The organist had played there ever since.",
        {"June 1950": "1950-06"},
        {"sang": "1950-06"},
        {"played"},
    ),
    (
        "The schooner sailed for Oporto in May 1880. Her mate had been shipwrecked before.",
        {"May 1880": "1880-05"},
        {"sailed": "1880-05"},
        {"shipwrecked"},
    ),
]

#: A fronted "Before" or "Until" clause with a time of its own bounds the main clause on one side:
#: "Before the factory closed in 1965, the workers had built a chapel" is at no time TIMEX3 can give.
BOUNDING_FRONTED_CLAUSES: list[Case] = [
    (
        "The factory opened in 1890. Before the factory closed in 1965, the workers had built a chapel.",
        {"1890": "1890", "1965": "1965"},
        {"opened": "1890", "closed": "1965"},
        {"built"},
    ),
    (
        "Until the railway came in 1848, carters carried the wool to Leeds.",
        {"1848": "1848"},
        {"came": "1848"},
        {"carried"},
    ),
]

#: A time opened by "later" or "earlier" ("later that month") is an adverb of its clause: after an
#: object noun and a place it dates the verb, not the noun.
LATER_TIMES_OF_THE_CLAUSE: list[Case] = [
    (
        "The Osprey sank on 3 March 1871. Her captain made a full report of the loss of his ship to an "
        "inquiry at Plymouth later that week.",
        {"3 March 1871": "1871-03-03", "later that week": "1871-W09"},
        {"sank": "1871-03-03", "made": "1871-W09"},
        {"inquiry"},
    ),
    (
        "The gale struck on 9 October 1881. The coxswain gave a long account of the rescue of the crew "
        "to a hearing at Whitby later that month.",
        {"9 October 1881": "1881-10-09", "later that month": "1881-10"},
        {"gave": "1881-10"},
        {"hearing"},
    ),
]

GUARDS: list[Case] = [
    # a time counted back with "before" is a time of its own, not an adverb of some earlier time
    (
        "The ship sailed on 2 May 1880. The crew had loaded the cargo two days before.",
        {"2 May 1880": "1880-05-02", "two days before": "1880-04-30"},
        {"loaded": "1880-04-30"},
        set(),
    ),
    # "before" as a preposition heads a place, not an earlier time
    (
        "The fleet sailed in May 1588. The admiral had prayed before the altar.",
        {"May 1588": "1588-05"},
        {"sailed": "1588-05", "prayed": "1588-05"},
        set(),
    ),
    # a fronted phrase with no verb of its own is a time of the main clause
    (
        "Before dawn on 9 May 1871, the fishermen launched the boats.",
        {"9 May 1871": "1871-05-09"},
        {"launched": "1871-05-09"},
        set(),
    ),
    # right after its noun, a "later" time is the noun's: the inquiry is called for that year
    (
        "The board met on 2 May 1950. It called for an inquiry later that year.",
        {"2 May 1950": "1950-05-02", "later that year": "1950"},
        {"met": "1950-05-02", "inquiry": "1950"},
        set(),
    ),
]

CASES = INDEFINITE_EARLIER_PERFECTS + BOUNDING_FRONTED_CLAUSES + LATER_TIMES_OF_THE_CLAUSE + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:50] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind="narrative")
