"""Rules of English found on the third news and narrative event gold sets, one table per rule: a
sentence of our own, its time expressions with their values, the triggers the expressions must date
(with the value each gets) and triggers that must stay without a date. Every row of a rule's table
fails without the rule; the guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.events.mentions import find_mentions
from chronology.events.text import split_sentences, tokenize
from tests.events.test_events_extract import analyzed, dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: A future verb's clause that ends in a date does what it does at that date, though an event noun
#: inside its object stands nearer the date ("will publish its report on the derailment in March").
FUTURE_VERBS_OF_DATED_NOUNS: list[Case] = [
    (
        "The agency will publish its report on the derailment in March.",
        {"March": "2022-03"},
        {"publish": "2022-03"},
        set(),
    ),
    (
        "The town will mark the centenary of the flood on 4 June.",
        {"4 June": "2022-06-04"},
        {"mark": "2022-06-04"},
        set(),
    ),
]

#: A time right next to a wider one that holds it is the same time told more closely: it dates the
#: predicate though the wider one stands nearer ("left that year on 2 November").
NESTED_TIMES: list[Case] = [
    (
        "The last ship left the harbour that year on 2 November.",
        {"that year": "1850", "2 November": "1850-11-02"},
        {"left": "1850-11-02"},
        set(),
    ),
    (
        "The old bridge fell that year on 9 March.",
        {"that year": "1850", "9 March": "1850-03-09"},
        {"fell": "1850-03-09"},
        set(),
    ),
]

#: A time adverb heads no "of" phrase: the "of" after it is the verb's ("cleared yesterday of
#: stealing"), so the date is the verb's, not the gerund's.
ADVERBS_BEFORE_OF: list[Case] = [
    (
        "A nurse was cleared yesterday of stealing £2,000 from a charity.",
        {"yesterday": "2022-02-02"},
        {"cleared": "2022-02-02"},
        set(),
    ),
    (
        "The mayor was accused on Monday of hiding £40,000 in a trust.",
        {"Monday": "2022-01-31"},
        {"accused": "2022-01-31"},
        set(),
    ),
]

#: The words of a time expression ("that night", "that year") open no clause: the predicate joined
#: after it by "and" shares its date.
TIME_WORDS_OPEN_NO_CLAUSE: list[Case] = [
    (
        "The river burst its banks that night and flooded the lower town.",
        {"that night": "1852-03-04TNI"},
        {"burst": "1852-03-04TNI", "flooded": "1852-03-04TNI"},
        set(),
    ),
    (
        "The guild bought the hall that year and rebuilt its roof.",
        {"that year": "1731"},
        {"bought": "1731", "rebuilt": "1731"},
        set(),
    ),
]

#: A date set between commas after a subject event noun is the noun's, and what the noun did it
#: did then, with the predicates joined to it ("The last flood, in 2007, closed the road").
APPOSED_DATES: list[Case] = [
    (
        "The last flood, in 2007, closed the road for a month and cut off the village.",
        {"2007": "2007"},
        {"closed": "2007", "cut": "2007"},
        set(),
    ),
    (
        "The first strike, on 3 May, shut every branch in the city.",
        {"3 May": "2021-05-03"},
        {"shut": "2021-05-03"},
        set(),
    ),
]

#: The date that ends a past clause after an "after"/"during" phrase naming an occasion is the
#: verb's as well ("were arrested after a fight outside the ground on Saturday"), and a clause
#: joined after the date with a subject of its own goes on then.
OCCASION_ADJUNCTS: list[Case] = [
    (
        "Three fans were arrested after a fight outside the ground on Saturday.",
        {"Saturday": "2022-01-29"},
        {"arrested": "2022-01-29"},
        set(),
    ),
    (
        "Two fans were held after a fight near the station on Sunday, and a steward was taken to hospital.",
        {"Sunday": "2022-01-30"},
        {"held": "2022-01-30", "taken": "2022-01-30"},
        set(),
    ),
]

#: An infinitive right after a date is the purpose of the predicate before it: the date is the
#: predicate's, and the purpose shares it.
PURPOSES_AFTER_DATES: list[Case] = [
    (
        "Soldiers blew up a row of houses in Fish Street in the afternoon to stop the fire.",
        {"the afternoon": "1666-09-04TAF"},
        {"blew": "1666-09-04TAF", "stop": "1666-09-04TAF"},
        set(),
    ),
]

#: A clause joined by "and" with a subject of its own to a dated "when" clause happened then too.
WHEN_CLAUSE_CONJUNCTS: list[Case] = [
    (
        "The mill closed in 1931, when the bank failed and two hundred workers lost their jobs.",
        {"1931": "1931"},
        {"closed": "1931", "failed": "1931", "lost": "1931"},
        set(),
    ),
]

CASES = (
    FUTURE_VERBS_OF_DATED_NOUNS
    + NESTED_TIMES
    + ADVERBS_BEFORE_OF
    + TIME_WORDS_OPEN_NO_CLAUSE
    + APPOSED_DATES
    + OCCASION_ADJUNCTS
    + PURPOSES_AFTER_DATES
    + WHEN_CLAUSE_CONJUNCTS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_anchoring_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    found = dated(extract_events(analyzed(text, expressions)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found


#: What the rules above leave alone.
GUARDS: list[Case] = [
    # a past verb's object may name an older happening: the date stays the noun's
    ("The agency praised the report on the derailment in 2019.", {"2019": "2019"}, {}, {"praised"}),
    # a "for" date is the time of a happening the verb sets for later
    (
        "The union will call a strike for Monday.",
        {"Monday": "2022-02-07"},
        {"strike": "2022-02-07"},
        {"call"},
    ),
    # a wider time after a comma and a clause of its own is not one time with the first
    (
        "The wind carried sparks across the lanes on 4 September, and by noon the fire spread.",
        {"4 September": "1866-09-04", "noon": "1866-09-04T12:00"},
        {"carried": "1866-09-04"},
        set(),
    ),
    # a noun heading an "of" phrase after a length still holds it
    ("The talks ended after three days of fighting.", {"three days": "P3D"}, {}, set()),
    # a perfect "and had" is no clause of its own joined to the "when" clause
    (
        "The mill closed in 1931, when its owners went bankrupt, and had stood empty since.",
        {"1931": "1931"},
        {"closed": "1931"},
        {"stood"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), GUARDS, ids=[c[0][:40] for c in GUARDS]
)
def test_guard(text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]) -> None:
    found = dated(extract_events(analyzed(text, expressions)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found


#: A preposition opening the sentence takes one noun phrase; a second one right after it, with no
#: comma, is the subject of the main clause ("After her return she devised"), not a relative clause.
FRONTED_PHRASES: list[tuple[str, set[str], set[str]]] = [
    ("After the flood the council rebuilt the bridge.", {"rebuilt"}, set()),
    ("After her return she devised a new method.", {"devised"}, set()),
    ("Before the war his father ran a bakery.", {"ran"}, set()),
]

#: ... while one noun phrase before the verb is the subject of the preposition's clause.
FRONTED_CLAUSES: list[tuple[str, set[str], set[str]]] = [
    ("After the storm hit the coast, thousands fled.", {"fled"}, {"hit"}),
    ("The crowd left after the rain stopped.", {"left"}, {"stopped"}),
]


@pytest.mark.parametrize(
    ("text", "main", "subordinate"),
    FRONTED_PHRASES + FRONTED_CLAUSES,
    ids=[c[0][:40] for c in FRONTED_PHRASES + FRONTED_CLAUSES],
)
def test_main_clause_after_a_fronted_phrase(text: str, main: set[str], subordinate: set[str]) -> None:
    tokens = tokenize(text)
    mentions = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert {w for w in main | subordinate if w in mentions and mentions[w].main} == main, mentions


#: After a past verb that is not one of perceiving or causing, and its object pronoun, a word that
#: is an adjective too completes the object ("declared it safe"): no verb, so no event to date.
OBJECT_COMPLEMENTS: list[tuple[str, str, bool]] = [
    ("Inspectors declared it safe on Monday.", "safe", False),
    ("The mayor declared it open on Friday.", "open", False),
    # a verb of perceiving takes a bare infinitive there
    ("They saw it fall on Monday.", "fall", True),
]


@pytest.mark.parametrize(
    ("text", "word", "verbal"), OBJECT_COMPLEMENTS, ids=[c[0][:40] for c in OBJECT_COMPLEMENTS]
)
def test_object_complements(text: str, word: str, verbal: bool) -> None:
    tokens = tokenize(text)
    found = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert (word in found and found[word].verbal) == verbal, found


def test_a_lead_lifespan_sets_no_time_for_the_story() -> None:
    """The dates of a biography's lead bound the person: the childhood told next inherits neither."""
    text = "Ida Moss (2 March 1880 – 5 June 1951) was a botanist. Moss was born in Leeds. She collected ferns as a child."
    events = extract_events(
        analyzed(text, {"2 March 1880": "1880-03-02", "5 June 1951": "1951-06-05"}, kind="narrative")
    )
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["born"].time.value == "1880-03-02", by_trigger["born"].time
    assert by_trigger["collected"].time.value is None, by_trigger["collected"].time


@pytest.mark.parametrize(
    "opening",
    ["During the war, the firm made shells for the army.", "Throughout the occupation the firm made shells."],
)
def test_a_sentence_opened_on_an_undated_period_inherits_no_time(opening: str) -> None:
    text = "The firm built its first factory in 1911. " + opening
    events = extract_events(analyzed(text, {"1911": "1911"}, kind="narrative"))
    made = next(e for e in events if e.trigger == "made")
    assert made.time.value is None, made.time
    built = next(e for e in events if e.trigger == "built")
    assert built.time.value == "1911"


def test_a_clause_before_a_later_clause_s_time_carries_the_story_on() -> None:
    """ "Ash fell on the town, and the airport closed at 6pm": the clock time is the second clause's,
    so the first goes on at the time the story was telling."""
    text = "A second eruption followed on Wednesday afternoon. Ash fell on the town, and the airport closed at 6pm."
    events = extract_events(
        analyzed(text, {"Wednesday afternoon": "2022-02-02TAF", "6pm": "2022-02-02T18:00"})
    )
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["fell"].time.value == "2022-02-02TAF", by_trigger["fell"].time
    assert by_trigger["closed"].time.value == "2022-02-02T18:00"


#: A clause needs a subject: after a subordinator that is not itself a relative subject ("when",
#: "until", "as"), a word that may be a noun or a verb is the clause's subject noun, not its verb.
SUBJECTS_AFTER_SUBORDINATORS: list[tuple[str, str, str]] = [
    ("The airport closed when ash from the eruption reached the city.", "ash", "reached"),
    ("Play stopped until rain eased in the afternoon.", "rain", "eased"),
]


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    SUBJECTS_AFTER_SUBORDINATORS,
    ids=[c[0][:40] for c in SUBJECTS_AFTER_SUBORDINATORS],
)
def test_subjects_after_subordinators(text: str, noun: str, verb: str) -> None:
    tokens = tokenize(text)
    found = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert noun not in found or not found[noun].verbal, found
    assert found[verb].verbal and found[verb].finite, found


def test_a_relative_subject_still_takes_its_verb() -> None:
    text = "Officials who plan the route met on Monday."
    tokens = tokenize(text)
    found = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert found["plan"].verbal, found
