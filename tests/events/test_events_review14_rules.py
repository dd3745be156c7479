"""Mends from the review of the thirteenth round's event-dating rules: sentences of our own that the
rules misread, one row per mend. Every row fails without its mend."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.events.mentions import Mention, find_mentions
from chronology.events.text import split_sentences, tokenize
from tests.events.test_events_extract import analyzed, dated

Case = tuple[str, dict[str, str], str, dict[str, str], set[str]]

#: (text, its expressions with their values, the document's kind, triggers the expressions date with
#: the value each gets, triggers that must stay without a date).
DATING: list[Case] = [
    # an act after its occasion shares the occasion's time only where that time runs to near the DCT
    # ("were arrested after a fight last night"): an older one dates the occasion alone
    (
        "The man was jailed after a robbery in 2019.",
        {"2019": "2019"},
        "news",
        {"robbery": "2019"},
        {"jailed"},
    ),
    (
        "He was sentenced after the murder of a teenager in March 2019.",
        {"March 2019": "2019-03"},
        "news",
        {"murder": "2019-03"},
        {"sentenced"},
    ),
    # ... and in a story with no DCT, only a day or a finer time does
    (
        "The captain was knighted after the rescue in 1890.",
        {"1890": "1890"},
        "narrative",
        {"rescue": "1890"},
        {"knighted"},
    ),
    # a future verb takes the date of the noun in its object only where the date is not over by the
    # DCT: the past date is the conviction's
    (
        "The court will hear an appeal against his conviction in 2019.",
        {"2019": "2019"},
        "news",
        {"conviction": "2019"},
        {"hear"},
    ),
    # a weekday after a determiner is a noun: the "of" phrase after it is its own ("a Saturday of
    # protests"), so the date is the protests'
    (
        "Police arrested 30 people after a Saturday of protests.",
        {"Saturday": "2022-01-29"},
        "news",
        {"protests": "2022-01-29"},
        {"arrested"},
    ),
    # a date set between commas after a subject noun is not the time of a verb that expects or puts
    # off the noun's happening, and a past verb takes no date after the DCT
    (
        "The vote, on Monday, is expected to pass.",
        {"Monday": "2022-02-07"},
        "news",
        {"vote": "2022-02-07"},
        {"expected"},
    ),
    (
        "The match, on Saturday, was postponed.",
        {"Saturday": "2022-01-29"},
        "news",
        {"match": "2022-01-29"},
        {"postponed"},
    ),
    (
        "The first strike, on 3 May, closed every branch in the city.",
        {"3 May": "2022-05-03"},
        "news",
        {"strike": "2022-05-03"},
        {"closed"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "kind", "expected", "undated"), DATING, ids=[c[0][:40] for c in DATING]
)
def test_dating(
    text: str, expressions: dict[str, str], kind: str, expected: dict[str, str], undated: set[str]
) -> None:
    found = dated(extract_events(analyzed(text, expressions, kind=kind)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found


def _mentions(text: str, times: tuple[str, ...] = ()) -> dict[str, Mention]:
    tokens = tokenize(text)
    spans = [(text.index(t), text.index(t) + len(t)) for t in times]
    blocked = frozenset(
        i for i, token in enumerate(tokens) if any(a <= token.start and token.end <= b for a, b in spans)
    )
    return {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), blocked)}


#: (text, its time expressions, main-clause verbs, verbs of a subordinate clause). A fronted phrase's
#: second noun phrase opens the main clause's subject, but not where the verb after it is followed at
#: once by a subject pronoun (a relative clause inside the phrase), nor where it is a time's words.
FRONTED: list[tuple[str, tuple[str, ...], set[str], set[str]]] = [
    ("After the meal the cook prepared we left the hall.", (), {"left"}, {"prepared"}),
    # ... but a verb that takes a clause goes on to its subject: the verb is the main clause's
    ("After the vote the mayor said she would resign.", (), {"said"}, set()),
    ("Before the storm this week hit the coast, residents fled.", ("this week",), {"fled"}, {"hit"}),
]


@pytest.mark.parametrize(("text", "times", "main", "subordinate"), FRONTED, ids=[c[0][:40] for c in FRONTED])
def test_fronted_phrases(text: str, times: tuple[str, ...], main: set[str], subordinate: set[str]) -> None:
    found = _mentions(text, times)
    assert {w for w in main | subordinate if w in found and found[w].main} == main, found


#: An auxiliary before its subject is no verb of an object and its complement: "did it open" asks
#: about an opening.
@pytest.mark.parametrize(
    ("text", "word"), [("When did it open?", "open"), ("Why did it close on Monday?", "close")]
)
def test_a_question_s_verb_after_did(text: str, word: str) -> None:
    found = _mentions(text)
    assert word in found and found[word].verbal, found
