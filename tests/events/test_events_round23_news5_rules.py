"""Rules of English found on the fifth news event gold set, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events.mentions import find_mentions
from chronology.events.text import split_sentences, tokenize
from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: An "-ing" noun heading the object a determiner opens after a verb is the verb's object: the date
#: after it is the verb's too ("issued a severe warning on Thursday").
GERUND_OBJECTS: list[Case] = [
    (
        "The weather service issued a severe warning on Thursday.",
        {"Thursday": "2022-02-03"},
        {"issued": "2022-02-03", "warning": "2022-02-03"},
        set(),
    ),
    (
        "The minister gave a short briefing to reporters in the afternoon.",
        {"the afternoon": "2022-02-02TAF"},
        {"gave": "2022-02-02TAF"},
        set(),
    ),
    (
        "The port issued a gale warning for the estuary later that day.",
        {"later that day": "2022-02-01"},
        {"issued": "2022-02-01", "warning": "2022-02-01"},
        set(),
    ),
]

#: A participle right after a verb's determined object completes the object; with no subject of its
#: own it is no finite verb, so the date after it is the verb's too ("found the van burnt out").
OBJECT_PARTICIPLES: list[Case] = [
    (
        "Firefighters found the van burnt out in a field that evening.",
        {"that evening": "2022-02-01TEV"},
        {"found": "2022-02-01TEV"},
        set(),
    ),
    (
        "Walkers found the boat abandoned on the shore on Sunday.",
        {"Sunday": "2022-01-30"},
        {"found": "2022-01-30"},
        set(),
    ),
]

#: A name set between commas beside the noun it names is no clause between a predicate and its date
#: ("ordered the recall of a drug, Velorax, yesterday after tests found").
APPOSED_NAMES: list[Case] = [
    (
        "The club sacked its coach, Ian Dale, yesterday after fans protested at the ground.",
        {"yesterday": "2022-02-02"},
        {"sacked": "2022-02-02"},
        set(),
    ),
    (
        "The board closed its oldest mill, Kirkstead, on Monday after orders fell by half.",
        {"Monday": "2022-01-31"},
        {"closed": "2022-01-31"},
        set(),
    ),
]

#: A participle of a standing relation right after its noun tells what the noun is ("traces of a
#: chemical linked to cancer"): a date after it is the clause's predicate's.
RELATION_PARTICIPLES: list[Case] = [
    (
        "Inspectors found a fungus linked to the disease in two fields last week.",
        {"last week": "2022-W04"},
        {"found": "2022-W04"},
        {"linked"},
    ),
    (
        "Police arrested a man tied to the gang in Leeds on Friday.",
        {"Friday": "2022-01-28"},
        {"arrested": "2022-01-28"},
        {"tied"},
    ),
]

#: A participle clause right after the date tells the manner of the predicate before it, which the
#: date is of ("wrote to every maker in April asking them to test").
PARTICIPLES_AFTER_THE_DATE: list[Case] = [
    (
        "In March the agency fined two banks, and it wrote to every lender in the country in April "
        "urging them to check their books.",
        {"March": "2021-03", "April": "2021-04"},
        {"fined": "2021-03", "wrote": "2021-04"},
        set(),
    ),
]

#: A clock time told with its day ("at 9.35am on Friday") dates its own clause; the story's next
#: clauses go on with the day.
CLOCK_TIMES_WITH_THEIR_DAY: list[Case] = [
    (
        "Two men entered the shop at 4.10pm on Friday. One smashed a cabinet, and a second man "
        "grabbed the rings.",
        {"4.10pm": "2022-01-28T16:10", "Friday": "2022-01-28"},
        {"entered": "2022-01-28T16:10", "smashed": "2022-01-28", "grabbed": "2022-01-28"},
        set(),
    ),
    (
        "The lorry overturned on the bypass on Monday at 7am. Drivers queued for six miles.",
        {"Monday": "2022-01-31", "7am": "2022-01-31T07:00"},
        {"overturned": "2022-01-31T07:00", "queued": "2022-01-31"},
        set(),
    ),
]

#: "the other", like "this", is a pronoun as well as a determiner: a past form with no noun reading
#: after it is a verb ("the other took the money").
THE_OTHER: list[Case] = [
    (
        "Two masked men entered the shop on Friday. One held a knife, and the other took the cash.",
        {"Friday": "2022-01-28"},
        {"entered": "2022-01-28", "took": "2022-01-28"},
        set(),
    ),
]

GUARDS: list[Case] = [
    # a relative clause's object ends before the verb of the noun it qualifies
    (
        "The men who robbed the bank fled on Friday.",
        {"Friday": "2022-01-28"},
        {"fled": "2022-01-28"},
        {"robbed"},
    ),
    # a clock time with no day beside it still hands the next clauses no time of its own
    (
        "The alarm sounded at 11.52pm. Officers found the case empty.",
        {"11.52pm": "2022-02-02T23:52"},
        {"sounded": "2022-02-02T23:52"},
        {"found"},
    ),
    # a relation verb with its own subject and object is an act the date places
    (
        "Detectives linked the two robberies on Friday.",
        {"Friday": "2022-01-28"},
        {"linked": "2022-01-28"},
        set(),
    ),
    # a participle set apart by a comma after the date is no manner of the verb before it
    (
        "The storm reached the coast on Monday, killing three people.",
        {"Monday": "2022-01-31"},
        {"reached": "2022-01-31"},
        set(),
    ),
]


CASES = (
    GERUND_OBJECTS
    + OBJECT_PARTICIPLES
    + APPOSED_NAMES
    + RELATION_PARTICIPLES
    + PARTICIPLES_AFTER_THE_DATE
    + CLOCK_TIMES_WITH_THEIR_DAY
    + THE_OTHER
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


#: After a preposition that takes only a noun phrase and one word of that phrase, a base form is the
#: phrase's noun, not a verb with no subject ("at high tide the next morning").
NOUNS_AFTER_PREPOSITIONS: list[tuple[str, str, bool]] = [
    ("At high tide the next morning the ship floated free.", "tide", False),
    ("At low water the divers reached the wreck.", "water", False),
    ("On dry land the crew counted the cost.", "land", False),
    # guards: a plural subject after the phrase's noun takes its verb; "after" opens clauses
    ("In Britain people say the plan works.", "say", True),
    ("After police arrive the road will close.", "arrive", True),
]


@pytest.mark.parametrize(
    ("text", "word", "verbal"), NOUNS_AFTER_PREPOSITIONS, ids=[c[0][:40] for c in NOUNS_AFTER_PREPOSITIONS]
)
def test_nouns_after_prepositions(text: str, word: str, verbal: bool) -> None:
    tokens = tokenize(text)
    mentions = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert (word in mentions and mentions[word].verbal) == verbal, mentions
