"""Rules of English found on the fourth news event gold set, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.events.mentions import find_mentions
from chronology.events.text import split_sentences, tokenize
from chronology.model.event import Event, TimeBasis
from tests.events.test_events_extract import analyzed

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

_TIMED = frozenset({TimeBasis.EXPLICIT, TimeBasis.INHERITED})


def timed(events: list[Event]) -> dict[str, str | None]:
    """The time each trigger gets from the text, its own or the story's."""
    return {e.trigger: e.time.value for e in events if e.time.basis in _TIMED}


def assert_dated(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str], kind: str = "news"
) -> None:
    """Each trigger of `expected` gets its time from the text (its own or the story's), those of `undated`
    none; `expressions` are the text's time expressions with their values."""
    found = timed(extract_events(analyzed(text, expressions, kind)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found


#: A time before ", and" or ", but" and a new subject is the first clause's: the clause after it,
#: with no time of its own, goes on with the story ("sailed on Tuesday, but fog kept it in the bay").
TIMES_BEFORE_A_JOINED_CLAUSE: list[Case] = [
    (
        "The ferry sailed on Tuesday, but fog kept it in the bay.",
        {"Tuesday": "2022-02-01"},
        {"sailed": "2022-02-01", "kept": "2022-02-01"},
        set(),
    ),
    (
        "The plane landed at Heathrow on Friday, but snow kept the passengers on board.",
        {"Friday": "2022-01-28"},
        {"landed": "2022-01-28", "kept": "2022-01-28"},
        set(),
    ),
]

#: A happening set for after the time of writing is an aside: the past clauses told after it still
#: go on with the happening the story was telling ("was jailed yesterday and will be released in May.
#: He wept in the dock").
FUTURE_ASIDES: list[Case] = [
    (
        "The guard was jailed yesterday and will be released in May. He wept in the dock.",
        {"yesterday": "2022-02-02", "May": "2022-05"},
        {"jailed": "2022-02-02", "released": "2022-05", "wept": "2022-02-02"},
        set(),
    ),
    (
        "The mayor opened the bridge on Tuesday. The council will review its tolls in June. "
        "Crowds crossed it in their thousands.",
        {"Tuesday": "2022-02-01", "June": "2022-06"},
        {"opened": "2022-02-01", "review": "2022-06", "crossed": "2022-02-01"},
        set(),
    ),
]

#: What the rules above leave alone.
GUARDS: list[Case] = [
    # a time of the later clause's own dates it
    (
        "The plane landed on Friday, and on Saturday snow closed the runway.",
        {"Friday": "2022-01-28", "Saturday": "2022-01-29"},
        {"landed": "2022-01-28", "closed": "2022-01-29"},
        set(),
    ),
    # after a future aside, a perfect still steps back before the story's happening
    (
        "The guard was jailed yesterday and will be released in May. He had stolen the money from a charity.",
        {"yesterday": "2022-02-02", "May": "2022-05"},
        {"jailed": "2022-02-02"},
        {"stolen"},
    ),
    # a future clause after a future aside is no past happening
    (
        "The guard was jailed yesterday and will be released in May. He will sell his house.",
        {"yesterday": "2022-02-02", "May": "2022-05"},
        {"jailed": "2022-02-02"},
        {"sell"},
    ),
]


CASES = TIMES_BEFORE_A_JOINED_CLAUSE + FUTURE_ASIDES + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


#: After a past verb that is not one of perceiving or causing, and its object pronoun, an -ing word
#: that is an adjective too completes the object ("reported him missing"), as a base form does
#: ("declared it safe"): no event of its own, so the date stays the verb's.
OBJECT_COMPLEMENTS: list[tuple[str, dict[str, str], str, str, bool]] = [
    (
        "His wife reported him missing on Monday evening.",
        {"Monday evening": "2022-01-31TEV"},
        "reported",
        "missing",
        False,
    ),
    ("Police listed them missing on Friday.", {"Friday": "2022-01-28"}, "listed", "missing", False),
    ("The panel found it interesting on Friday.", {"Friday": "2022-01-28"}, "found", "interesting", False),
    # a verb of perceiving takes a verb there, which the date goes with
    ("The crew saw him missing the rope on Friday.", {"Friday": "2022-01-28"}, "missing", "missing", True),
]


@pytest.mark.parametrize(
    ("text", "expressions", "verb", "word", "verbal"),
    OBJECT_COMPLEMENTS,
    ids=[c[0][:40] for c in OBJECT_COMPLEMENTS],
)
def test_object_complements(
    text: str, expressions: dict[str, str], verb: str, word: str, verbal: bool
) -> None:
    tokens = tokenize(text)
    mentions = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert (word in mentions and mentions[word].verbal) == verbal, mentions
    found = timed(extract_events(analyzed(text, expressions)))
    assert found.get(verb) == next(iter(expressions.values())), found
