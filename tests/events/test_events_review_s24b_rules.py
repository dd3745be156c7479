"""Second reading of round 24's event rules: sentences of our own where a rule's trigger appears but
its reading was wrong, and close variants it missed, one table per finding. Every row of a finding's
table fails without its mend; the guards after them hold what the mends must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A "when", "as" or "after" clause hangs on the nearest predicate before it: where that is a clause
#: of its own (a relative clause, a pluperfect one, an "as" clause), the subordinate clause takes that
#: clause's time, not the scene the main clause carries on ("wore the coats they had bought after the
#: firm failed"). "long after" puts the clause at a distance the text does not give.
NEWS_OCCASION_HOSTS: list[Case] = [
    (
        "The ferry sank on Tuesday. The crew wore the coats they had bought after the owners failed.",
        {"Tuesday": "2022-02-01"},
        {"wore": "2022-02-01"},
        {"failed"},
    ),
    (
        "The ferry sank on Tuesday. The crew shouted, as they always did when a storm came.",
        {"Tuesday": "2022-02-01"},
        {"shouted": "2022-02-01"},
        {"came"},
    ),
    (
        "The ferry sank on Tuesday. The crew used rafts that were bought when the owners expanded.",
        {"Tuesday": "2022-02-01"},
        {"used": "2022-02-01"},
        {"expanded"},
    ),
    (
        "The ferry sank on Tuesday. The crew wept long after the water rose.",
        {"Tuesday": "2022-02-01"},
        {"wept": "2022-02-01"},
        {"rose"},
    ),
]

#: In a story, a "when" clause with no date of its own happens at the time of the clause it is
#: attached to: a pluperfect clause, a relative clause or another subordinate clause has a time of its
#: own, which is not the story's ("the coats they had bought when the mill closed").
STORY_WHEN_HOSTS: list[Case] = [
    (
        "The war began in 1850. The men wore the coats they had bought when the mill closed.",
        {"1850": "1850"},
        {"wore": "1850"},
        {"closed"},
    ),
    (
        "The war began in 1850. The men used boats that were built when the yard opened.",
        {"1850": "1850"},
        {"used": "1850"},
        {"opened"},
    ),
    (
        "The war began in 1850. The men worked until the light failed when the bell rang.",
        {"1850": "1850"},
        {"worked": "1850"},
        {"rang"},
    ),
    (
        "The war began in 1850. The men sang, as they always did when a ship came.",
        {"1850": "1850"},
        {"sang": "1850"},
        {"came"},
    ),
]

#: A past participle clause between commas after a subject noun describes it as an "-ing" one does:
#: the noun is still the subject of the verb after it ("The vote, delayed twice, is set for May").
PAST_PARTICIPLE_ASIDES: list[Case] = [
    (
        "The vote, delayed twice, is planned for 14 March.",
        {"14 March": "2022-03-14"},
        {"vote": "2022-03-14"},
        set(),
    ),
    (
        "A second strike, called by the union, is planned for 14 March.",
        {"14 March": "2022-03-14"},
        {"strike": "2022-03-14"},
        set(),
    ),
]

NEWS_GUARDS: list[Case] = [
    # the main clause before the subordinator carries the scene on
    (
        "The ferry sank on Tuesday. The crew shouted as the water rose.",
        {"Tuesday": "2022-02-01"},
        {"shouted": "2022-02-01", "rose": "2022-02-01"},
        set(),
    ),
    # a clause opening its sentence hangs on the main clause after it
    (
        "The gallery was robbed on Monday. After the thieves left, a guard raised the alarm.",
        {"Monday": "2022-01-31"},
        {"left": "2022-01-31", "raised": "2022-01-31"},
        set(),
    ),
    # "not long after" stays near the happening
    (
        "The ferry sank on Tuesday. The crew wept not long after the water rose.",
        {"Tuesday": "2022-02-01"},
        {"wept": "2022-02-01", "rose": "2022-02-01"},
        set(),
    ),
    # an indirect question asks for a time and tells no happening
    (
        "The ferry sank on Tuesday. The crew asked when the tug left.",
        {"Tuesday": "2022-02-01"},
        {"sank": "2022-02-01"},
        {"left"},
    ),
    # "per cent" inside the object noun phrase, a description between commas after the subject
    (
        "The fund bought a 5 per cent stake in 2019.",
        {"2019": "2019"},
        {"bought": "2019"},
        set(),
    ),
    (
        "The mayor, a former teacher, resigned on Monday.",
        {"Monday": "2022-01-31"},
        {"resigned": "2022-01-31"},
        set(),
    ),
]

STORY_GUARDS: list[Case] = [
    # a main clause, alone or with a predicate joined to it, still gives its "when" clause the story's time
    (
        "The ship docked in March 1850. The crowd cheered and waved when the captain stepped ashore.",
        {"March 1850": "1850-03"},
        {"cheered": "1850-03", "waved": "1850-03", "stepped": "1850-03"},
        set(),
    ),
    (
        "Her uncle died in 1911. She was nineteen when she inherited the farm.",
        {"1911": "1911"},
        {"inherited": "1911"},
        set(),
    ),
    (
        "The war began in 1850. He asked when the train left.",
        {"1850": "1850"},
        {"asked": "1850"},
        {"left"},
    ),
]

NEWS_CASES = NEWS_OCCASION_HOSTS + PAST_PARTICIPLE_ASIDES + NEWS_GUARDS
STORY_CASES = STORY_WHEN_HOSTS + STORY_GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), NEWS_CASES, ids=[c[0][:40] for c in NEWS_CASES]
)
def test_news_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), STORY_CASES, ids=[c[0][:40] for c in STORY_CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind="narrative")
