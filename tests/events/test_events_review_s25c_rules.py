"""A second reader's review of the twenty-fifth round's event rules, one table per finding: a sentence of
our own, its time expressions with their values, the triggers that must get a time (with the value each
gets) and triggers that must stay without one. Every row of a finding's table fails without its mend;
the guards after them hold what the mends must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: "Ever since" opens the span "since" opens: fronted, it bounds the main clause on one side as "Since
#: 2001" does ("Ever since 2001 he has lived in Leeds" is at no time of its own).
EVER_SINCE_FRONTED: list[Case] = [
    (
        "Ever since 2001 the family has farmed the valley.",
        {"2001": "2001"},
        {},
        {"farmed"},
    ),
    (
        "Ever since March, the ferry has sailed half empty.",
        {"March": "2022-03"},
        {},
        {"sailed"},
    ),
]

#: An unstated number of minutes after a clock time stays on its day only when the clock time is more
#: than an hour before midnight: "at 11.50pm. Minutes later" may be the next day.
MINUTES_BEFORE_MIDNIGHT: list[Case] = [
    (
        "The alarm sounded at 11.50pm on Monday. Minutes later the roof fell in.",
        {"11.50pm": "2022-01-31T23:50", "Monday": "2022-01-31", "Minutes": "PTXM"},
        {"sounded": "2022-01-31T23:50"},
        {"fell"},
    ),
    (
        "The last train left at 23.30. Minutes later the signals failed.",
        {"23.30": "2022-02-02T23:30", "Minutes": "PTXM"},
        {"left": "2022-02-02T23:30"},
        {"failed"},
    ),
]

#: A fronted "since" time's own "when" clause tells what was at the time, as it does after the verb
#: ("since 1989, when dockers stopped work"): only the main clause is in the span.
FRONTED_SINCE_WHEN: list[Case] = [
    (
        "Since 1989, when the dockers struck, the port has lost half its trade.",
        {"1989": "1989"},
        {"struck": "1989"},
        {"lost"},
    ),
    (
        "Ever since 2001, when the mill closed, the family has farmed the valley.",
        {"2001": "2001"},
        {"closed": "2001"},
        {"farmed"},
    ),
]

GUARDS: list[Case] = [
    # a clock time well before midnight: the minutes stay on its day
    (
        "The alarm sounded at 10.50pm on Monday. Minutes later the roof fell in.",
        {"10.50pm": "2022-01-31T22:50", "Monday": "2022-01-31", "Minutes": "PTXM"},
        {"fell": "2022-01-31"},
        set(),
    ),
    # seconds after a clock time late in the day still stay on it
    (
        "The siren sounded at 11.50pm on Monday. Seconds later the roof fell in.",
        {"11.50pm": "2022-01-31T23:50", "Monday": "2022-01-31", "Seconds": "PTXS"},
        {"fell": "2022-01-31"},
        set(),
    ),
    # "ever since" after the verb bounds it too
    (
        "The family has farmed the valley ever since 2001.",
        {"2001": "2001"},
        {},
        {"farmed"},
    ),
]


CASES = EVER_SINCE_FRONTED + MINUTES_BEFORE_MIDNIGHT + FRONTED_SINCE_WHEN + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_review_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)
