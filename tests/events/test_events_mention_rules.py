"""Which words name a happening, one table per rule of English: a sentence of our own, the triggers
that must be found in it and the words that must not be triggers. Each table holds a sentence where
the rule removes a word and one where the same word stays an event."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from tests.events.test_events_extract import analyzed

Case = tuple[str, set[str], set[str]]

#: After a plural noun, a base form is a verb only when a complement follows it; a noun that closes a
#: compound ("the dairy products segment rose") is followed by a break or by its own finite verb. A
#: reporting verb closing a parenthetical needs no complement.
PLURAL_SUBJECT_VERBS: list[Case] = [
    ("Profit in the farm tools segment rose 4%.", {"rose"}, {"segment"}),
    ("He sold his stake in the paper goods concern.", {"sold"}, {"concern"}),
    ("Local farmers plan to sell the barn.", {"plan", "sell"}, set()),
    ("The road will reopen soon, county officials say, after the repairs.", {"reopen", "say"}, set()),
]

#: Present participles that describe a standing state of the noun they modify.
PARTICIPIAL_ADJECTIVES: list[Case] = [
    ("The remaining $12 million will go to existing lenders.", {"go"}, {"remaining", "existing"}),
    ("Troops moved into neighboring Ruritania.", {"moved"}, {"neighboring"}),
    ("She is the sole surviving parent.", set(), {"surviving"}),
    ("Few seats were remaining at noon.", {"remaining"}, set()),
]

#: A participle of naming between a noun and a name tells what the thing is called.
NAMING_PARTICIPLES: list[Case] = [
    ("Police found a dog named Rex in the yard.", {"found"}, {"named"}),
    ("They formed a venture called Northwind.", {"formed"}, {"called"}),
    ("The mayor called the vote a farce.", {"called", "vote"}, set()),
    ("The council named Jo Park treasurer on Monday.", {"named"}, set()),
]

#: A word hyphened to an amount or an abbreviation ends a compound adjective; "a total of" is an
#: amount; "en route" is a place on the way.
COMPOUND_MODIFIERS_AND_FIXED_PHRASES: list[Case] = [
    ("The firm sold its 40%-owned unit.", {"sold"}, {"owned"}),
    ("They ran the U.N.-run clinic.", {"ran"}, {"run"}),
    ("A total of 40 boats sank.", {"sank"}, {"total"}),
    ("The convoy was en route to the port when it stopped.", {"stopped"}, {"route"}),
    ("Sales will total $3 million.", {"total"}, set()),
]

#: "be" takes no base form: a base form that is also an adjective after it is the adjective
#: ("is ready", "was not clear"); a comparative tells a change and stays an event.
ADJECTIVES_AFTER_BE: list[Case] = [
    ("The crew is ready to leave.", {"leave"}, {"ready"}),
    ("It was not clear whether the ferry sailed.", {"sailed"}, {"clear"}),
    ("Costs were lower than a year ago.", {"lower"}, set()),
    ("The plan is subject to a vote.", {"vote"}, {"subject"}),
]

#: An infinitive takes the base form: after "to", a form in "-s" or a regular past is no verb, so
#: "to" is a preposition there; an irregular verb whose past is its base ("to put") stays a verb.
PREPOSITIONAL_TO: list[Case] = [
    ("The mayor spoke to cheers from the crowd.", {"spoke"}, {"cheers"}),
    ("She listened to registered voters.", {"listened"}, {"registered"}),
    ("They agreed to put the question to a vote.", {"agreed", "put", "vote"}, set()),
    ("He wants to shut the mill.", {"wants", "shut"}, set()),
]

#: "that" and "which" are determiners too: before a break or a finite verb, the word after them is
#: the noun they determine.
DETERMINER_THAT: list[Case] = [
    ("The clerk was reviewing that letter.", {"reviewing"}, {"letter"}),
    ("At that price, the deal collapsed.", {"collapsed"}, {"price"}),
    ("These are the rules that apply to tenants.", {"apply"}, set()),
]

#: A noun-verb homograph right after a verb that takes an object is that object, not a verb of its
#: own; after a verb that takes a clause or a bare verb it can still be a verb.
OBJECTS_OF_VERBS: list[Case] = [
    ("The mayor allocated funds to repair the bridge.", {"allocated", "repair"}, {"funds"}),
    ("The club will raise cash to pay its debts.", {"raise", "pay"}, {"cash"}),
    ("They'll have to go find him.", {"go", "find"}, set()),
]

#: A form in "-s" that a number counts, past modifiers, is a plural noun, not a verb.
COUNTED_NOUNS: list[Case] = [
    ("The plane carried the three foreign ministers to the summit.", {"carried", "summit"}, {"ministers"}),
    ("The firm paid 2 million common shares to buy the mill.", {"paid", "buy"}, {"shares"}),
    ("Three companies plan to merge.", {"plan", "merge"}, set()),
]

#: A base form after a determiner and singular modifiers is a noun: a singular subject takes no base
#: form ("the trade minister", "a seven-member crew"), but a verb of causing takes one ("helped the
#: firm keep"). A form after an amount in percent is a noun ("a 51% stake").
SINGULAR_NOUN_PHRASES: list[Case] = [
    ("Albright told the foreign minister the news.", {"told"}, {"minister"}),
    ("The mayor agreed to sell a 51% stake to the bank.", {"agreed", "sell"}, {"stake"}),
    ("Lower costs helped the company keep its prices flat.", {"helped", "keep"}, set()),
    ("The villagers vote on Sunday.", {"vote"}, set()),
]

#: A capital that opens a sentence before another capital opens a name.
NAMES_OPENING_SENTENCES: list[Case] = [
    ("Advanced Robotics Inc. said it bought a plant.", {"said", "bought"}, {"Advanced"}),
    ("Rescued after two days, the sailor thanked the crew.", {"Rescued", "thanked"}, set()),
]

#: "due" names no happening unless a date follows it.
DUE: list[Case] = [
    ("The delay was due to rain.", set(), {"due"}),
    ("The rent is due to rise.", {"rise"}, {"due"}),
]

#: A gerund that is also a plain noun, after a determiner and its modifiers, is that noun.
GERUNDS_THAT_ARE_NOUNS: list[Case] = [
    ("Protesters marched past the federal building.", {"marched"}, {"building"}),
    ("The town voted to stop building roads.", {"voted", "stop", "building"}, set()),
]

#: Possessive "have" before a bare noun phrase of results is the main verb ("had sales of $9
#: million"); before a participle it is an auxiliary.
RESULTS_HAD: list[Case] = [
    ("The bakery had sales of $9 million.", {"had"}, set()),
    ("The mill has had weak results.", {"had"}, {"has"}),
    ("The bakery had closed early.", {"closed"}, {"had"}),
    ("The mill had operating profit of $2 million.", {"had"}, {"operating"}),
]

#: A plan or an order names a happening with what is planned or ordered ("plans to sell", "an order
#: to leave"); alone it is a scheme or a document ("the shareholder-rights plan").
CONTENT_NOUNS: list[Case] = [
    ("The board adopted a shareholder-rights plan.", {"adopted"}, {"plan"}),
    ("Under the plan, creditors will be paid.", {"paid"}, {"plan"}),
    ("The board approved a plan to sell the unit.", {"approved", "plan", "sell"}, set()),
    ("Staff left on orders to evacuate.", {"left", "orders", "evacuate"}, set()),
]

#: An event noun right before a plain noun modifies it ("the death penalty", "a tour operator"); a verb
#: form there may take it as object ("warning rivals").
NOUN_MODIFIERS: list[Case] = [
    ("He could face the death penalty.", {"face"}, {"death"}),
    ("She runs a tour operator in Leeds.", {"runs"}, {"tour"}),
    ("The ads were a way of warning rivals.", {"warning"}, set()),
    ("The war ended in 1953.", {"war", "ended"}, set()),
]

#: A bare noun after a charge names a crime; with a determiner it is the happening.
CHARGES: list[Case] = [
    ("He was charged with murder.", {"charged"}, {"murder"}),
    ("He faces a charge of attempted murder.", {"faces"}, {"murder"}),
    ("He was charged in the murder of a guard.", {"charged", "murder"}, set()),
]

#: Participles of relation and a noun whose verb reading is archaic name no happening.
RELATIONS_AND_RARE_VERBS: list[Case] = [
    ("Costs associated with the move rose.", {"move", "rose"}, {"associated"}),
    ("The loss, coupled with weak sales, hurt the shares.", {"hurt"}, {"coupled"}),
    ("The crew landed safely.", {"landed"}, {"crew"}),
]

TABLES = {
    "plural subject verbs": PLURAL_SUBJECT_VERBS,
    "participial adjectives": PARTICIPIAL_ADJECTIVES,
    "naming participles": NAMING_PARTICIPLES,
    "compound modifiers and fixed phrases": COMPOUND_MODIFIERS_AND_FIXED_PHRASES,
    "adjectives after be": ADJECTIVES_AFTER_BE,
    "prepositional to": PREPOSITIONAL_TO,
    "determiner that": DETERMINER_THAT,
    "objects of verbs": OBJECTS_OF_VERBS,
    "counted nouns": COUNTED_NOUNS,
    "singular noun phrases": SINGULAR_NOUN_PHRASES,
    "names opening sentences": NAMES_OPENING_SENTENCES,
    "due": DUE,
    "gerunds that are nouns": GERUNDS_THAT_ARE_NOUNS,
    "results had": RESULTS_HAD,
    "content nouns": CONTENT_NOUNS,
    "noun modifiers": NOUN_MODIFIERS,
    "charges": CHARGES,
    "relations and rare verbs": RELATIONS_AND_RARE_VERBS,
}


@pytest.mark.parametrize(
    ("text", "events", "not_events"),
    [pytest.param(*case, id=f"{name}: {case[0]}") for name, cases in TABLES.items() for case in cases],
)
def test_mention_rule(text: str, events: set[str], not_events: set[str]) -> None:
    triggers = {e.trigger for e in extract_events(analyzed(text, {}))}
    assert events <= triggers, f"missing {events - triggers} in {sorted(triggers)}"
    assert not triggers & not_events, f"{triggers & not_events} should name no happening"
