"""Rules of English for event-dating errors earlier rounds left, one table per rule: a sentence of our own,
its time expressions with their values, the triggers that must get a time (with the value each gets)
and triggers that must stay without one. Every row of a rule's table fails without the rule; the
guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.model.expression import Anchor, AnchorKind
from chronology.tense import Tense, governing_tense
from tests.events.test_events_extract import analyzed
from tests.events.test_events_round22_news4_rules import Case, assert_dated, timed

# the checks of those files, under names pytest does not collect again here
from tests.events.test_events_round23_news5_rules import (
    test_nouns_after_prepositions as assert_verbal_reading,
)
from tests.tense.test_tense_leftovers import around

#: A length with no number before "later" ("days later", "weeks later") puts its predicate after the
#: time before it at no distance the text gives: bounded on one side only, so at no value of its own.
VAGUE_LENGTHS_LATER: list[Case] = [
    (
        "The tanker hit the pier at dawn and burned for hours, and sank days later.",
        {"dawn": "2022-02-02TMO", "days": "PXD"},
        {"hit": "2022-02-02TMO"},
        {"sank"},
    ),
    (
        "The council closed the library on Monday and sold the building weeks later.",
        {"Monday": "2022-01-31", "weeks": "PXW"},
        {"closed": "2022-01-31"},
        {"sold"},
    ),
    (
        "The old mill burned down in 1921, and years later the town built a school on the site.",
        {"1921": "1921", "years": "PXY"},
        {"burned": "1921"},
        {"built"},
    ),
]

#: A time after "after" bounds its act on one side only ("Prices rose after 4 March", "left after
#: Christmas"): the act is at no time TIMEX3 can give.
AFTER_BOUNDS: list[Case] = [
    (
        "The fisherman left the island after Christmas.",
        {"Christmas": "2021-12-25"},
        {},
        {"left"},
    ),
    (
        "Sales of the paper fell after 1995 as readers moved online.",
        {"1995": "1995"},
        {},
        {"fell"},
    ),
    (
        "After 2010 the factory employed fewer workers each year.",
        {"2010": "2010"},
        {},
        {"employed"},
    ),
]

#: A series of predicates that commas join and "and" closes ("trained, married and opened") shares the
#: date the last of them takes; a ", where" clause with a time of its own is dated by it, not by the
#: place's predicate.
SERIES_OF_PREDICATES: list[Case] = [
    (
        "The family moved to Leeds in 1910, where he studied, qualified and opened a surgery in 1919.",
        {"1910": "1910", "1919": "1919"},
        {"moved": "1910", "studied": "1919", "qualified": "1919", "opened": "1919"},
        set(),
    ),
    (
        "She sold the farm, bought a boat and sailed to Norway in 1931.",
        {"1931": "1931"},
        {"sold": "1931", "bought": "1931", "sailed": "1931"},
        set(),
    ),
    (
        "The brothers reached Hull in 1880, where they hired a wagon, loaded it and headed north.",
        {"1880": "1880"},
        {"reached": "1880", "hired": "1880", "loaded": "1880", "headed": "1880"},
        set(),
    ),
    (
        "They moved to Bath in 1902, where he painted and taught in 1905.",
        {"1902": "1902", "1905": "1905"},
        {"moved": "1902", "painted": "1905", "taught": "1905"},
        set(),
    ),
]

#: An "-s" word right after an infinitive or a modal's verb is that verb's object ("intent to supply
#: drugs"): no finite verb follows an infinitive; inside a charge's name it takes no date, the charging does.
OBJECTS_OF_INFINITIVES: list[Case] = [
    (
        "The man was charged with intent to supply drugs on Friday.",
        {"Friday": "2022-01-28"},
        {"charged": "2022-01-28"},
        {"supply", "drugs"},
    ),
    (
        "Two men were charged with conspiracy to supply drugs on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"charged": "2022-02-01"},
        {"supply", "drugs"},
    ),
]

#: "provided" and "compared" after their subject and before a bare noun object are the clause's verb,
#: not a preposition; a time after the object's "from" is the object's, not the verb's.
PREPOSITION_LIKE_VERBS: list[Case] = [
    (
        "The council provided shelter on Friday.",
        {"Friday": "2022-01-28"},
        {"provided": "2022-01-28"},
        set(),
    ),
    (
        "Inspectors compared notes on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"compared": "2022-02-01"},
        set(),
    ),
    (
        "The charity provided blankets and food in March.",
        {"March": "2021-03"},
        {"provided": "2021-03"},
        set(),
    ),
]

#: The subject of a passive that moves it to a time after "until" or "to" is an event due then ("The
#: vote was postponed until May"), as the object of the active is; the moving stays at no time.
MOVED_SUBJECTS: list[Case] = [
    (
        "The vote was postponed until May.",
        {"May": "2022-05"},
        {"vote": "2022-05"},
        {"postponed"},
    ),
    (
        "The hearing was adjourned until 14 March.",
        {"14 March": "2022-03-14"},
        {"hearing": "2022-03-14"},
        {"adjourned"},
    ),
    (
        "The match was delayed until Sunday.",
        {"Sunday": "2022-02-06"},
        {"match": "2022-02-06"},
        {"delayed"},
    ),
]

GUARDS: list[Case] = [
    # a length with a number moves the date by it; hours stay on the day (an earlier rule)
    (
        "The fire started on Monday and spread to the roof two days later.",
        {"Monday": "2022-01-31", "two days later": "2022-02-02"},
        {"started": "2022-01-31", "spread": "2022-02-02"},
        set(),
    ),
    (
        "The storm reached the coast on Monday. Hours later, the bridge collapsed.",
        {"Monday": "2022-01-31", "Hours": "PTXH"},
        {"reached": "2022-01-31", "collapsed": "2022-01-31"},
        set(),
    ),
    # the first predicate, before the length's, keeps its date
    (
        "The ship struck the rocks at dawn and sank days later.",
        {"dawn": "2022-02-02TMO", "days": "PXD"},
        {"struck": "2022-02-02TMO"},
        {"sank"},
    ),
    # "shortly after", "soon after" and "the day after" give a time near the act
    (
        "The jury returned shortly after 3pm on Friday.",
        {"3pm on Friday": "2022-01-28T15:00"},
        {"returned": "2022-01-28T15:00"},
        set(),
    ),
    (
        "The couple married soon after Easter.",
        {"Easter": "2021-04-04"},
        {"married": "2021-04-04"},
        set(),
    ),
    # "after" before a clause: the clause's time is its own
    (
        "The strike began after talks failed on Monday.",
        {"Monday": "2022-01-31"},
        {"failed": "2022-01-31"},
        set(),
    ),
    # a clause with a subject of its own after the comma is no member of a series
    (
        "When the war ended, he married and opened a shop in 1921.",
        {"1921": "1921"},
        {"married": "1921", "opened": "1921"},
        {"ended"},
    ),
    # a ", where" clause with no time of its own goes on at the place's predicate's
    (
        "The family moved to York in 1916, where he trained, married and opened a shop.",
        {"1916": "1916"},
        {"moved": "1916", "trained": "1916", "married": "1916", "opened": "1916"},
        set(),
    ),
    # the charged offence is an occasion of its own ("arson over the fire on 23 December")
    (
        "He was charged with arson over the fire on 23 December.",
        {"23 December": "2021-12-23"},
        {"fire": "2021-12-23"},
        {"charged"},
    ),
    # "from" ties the year to the records compared
    (
        "Officials compared records from 2019.",
        {"2019": "2019"},
        {},
        {"compared"},
    ),
    # a moving passive with "on" dates the moving; "closed until" is a state up to then
    (
        "The flight was delayed on Monday.",
        {"Monday": "2022-01-31"},
        {"delayed": "2022-01-31"},
        set(),
    ),
    (
        "The road was closed until Monday.",
        {"Monday": "2022-01-31"},
        {},
        {"road", "closed"},
    ),
]

CASES = (
    VAGUE_LENGTHS_LATER
    + AFTER_BOUNDS
    + SERIES_OF_PREDICATES
    + OBJECTS_OF_INFINITIVES
    + PREPOSITION_LIKE_VERBS
    + MOVED_SUBJECTS
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_leftover_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    kind = "narrative" if "years later" in text else "news"
    assert_dated(text, expressions, expected, undated, kind)


#: An "-s" word after an infinitive is a noun; a finite verb after a plural subject stays a verb.
S_FORMS_AFTER_VERBS: list[tuple[str, str, bool]] = [
    ("They planned to supply drugs to the town.", "drugs", False),
    # guards: a plural noun that is never a verb, and a finite "-s" verb after its subject
    ("The firm will ship goods next week.", "goods", False),
    ("The town says the plan works.", "says", True),
]


@pytest.mark.parametrize(
    ("text", "word", "verbal"), S_FORMS_AFTER_VERBS, ids=[c[0][:40] for c in S_FORMS_AFTER_VERBS]
)
def test_s_forms_after_verbs(text: str, word: str, verbal: bool) -> None:
    assert_verbal_reading(text, word, verbal)


#: The tense of a clause whose verb is "provided" or "compared" after its subject; a verb before it or
#: "with" after it makes it a preposition or connective.
PREPOSITION_LIKE_TENSES: list[tuple[str, Tense, str | None]] = [
    ("The council provided shelter on [Friday].", Tense.PAST, "provided"),
    ("Inspectors compared the figures on [Tuesday].", Tense.PAST, "compared"),
    ("The ship will sail on [Friday] provided the weather holds.", Tense.FUTURE, "will sail"),
    ("Sales rose 4% on [Friday] compared with a year earlier.", Tense.PAST, "rose"),
]


@pytest.mark.parametrize(
    ("marked", "tense", "cue"), PREPOSITION_LIKE_TENSES, ids=[c[0][:40] for c in PREPOSITION_LIKE_TENSES]
)
def test_preposition_like_tenses(marked: str, tense: Tense, cue: str | None) -> None:
    reading = governing_tense(*around(marked))
    assert (reading.tense, reading.cue) == (tense, cue)


#: Whole weeks "later" after a day the text gives end on a day: "left on 5 September and reached Oren
#: two weeks later" is 19 September, finer than the week the engine names (the expression's anchor is
#: the day). After a month, or for "the next week", the week stays.
WEEKS_AFTER_A_DAY: list[tuple[str, dict[str, str], str, str, str]] = [
    (
        "The army left Gard on 5 September 1812 and reached Oren two weeks later.",
        {"5 September 1812": "1812-09-05", "two weeks later": "1812-W38"},
        "1812-09-05",
        "reached",
        "1812-09-19",
    ),
    (
        "The jury was sworn in on Monday 3 May. It returned its verdict a week later.",
        {"Monday 3 May": "2021-05-03", "a week later": "2021-W19"},
        "2021-05-03",
        "returned",
        "2021-05-10",
    ),
    # guards: a month's weeks stay weeks
    (
        "The strike began in May 1990 and ended two weeks later.",
        {"May 1990": "1990-05", "two weeks later": "1990-W20"},
        "1990-05",
        "ended",
        "1990-W20",
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "anchor", "trigger", "value"),
    WEEKS_AFTER_A_DAY,
    ids=[c[0][:40] for c in WEEKS_AFTER_A_DAY],
)
def test_weeks_after_a_day(
    text: str, expressions: dict[str, str], anchor: str, trigger: str, value: str
) -> None:
    document = analyzed(text, expressions)
    later = Anchor(kind=AnchorKind.EXPRESSION, value=anchor, expression=0)
    anchored = tuple(
        e.model_copy(update={"anchor": later}) if "later" in e.text else e for e in document.expressions
    )
    found = timed(extract_events(document.model_copy(update={"expressions": anchored})))
    assert found.get(trigger) == value, found
