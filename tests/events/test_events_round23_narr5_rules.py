"""Rules of English found on the fifth narrative event gold set, one table per rule: a sentence of
our own, its time expressions with their values, the triggers that must get a time (with the value
each gets) and triggers that must stay without one. Every row of a rule's table fails without the
rule; the guards after them hold what the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: "once" after "at", "for" or "than" is an adverb ("sank at once", "more than once"), not the
#: subordinator of "once the rain stopped": the clause joined after it is a main clause of the story.
ADVERBIAL_ONCE: list[Case] = [
    (
        "The mill caught fire on 3 May 1950. The roof fell at once, and two men died under it.",
        {"3 May 1950": "1950-05-03"},
        {"caught": "1950-05-03", "fell": "1950-05-03", "died": "1950-05-03"},
        set(),
    ),
    (
        "The fort was attacked on 9 June 1760. The guns fired more than once, and the garrison fled.",
        {"9 June 1760": "1760-06-09"},
        {"attacked": "1760-06-09", "fled": "1760-06-09"},
        set(),
    ),
]

#: A name between commas that restates the noun before it ("a printer, John Hale,") does not part
#: the verb from the date after it.
APPOSED_NAMES: list[Case] = [
    (
        "She married a printer, John Hale, in 1890 and left the town.",
        {"1890": "1890"},
        {"married": "1890", "left": "1890"},
        set(),
    ),
    (
        "The party hired a guide, Koffi Mensah, on 3 June and set off.",
        {"3 June": "1864-06-03"},
        {"hired": "1864-06-03", "set": "1864-06-03"},
        set(),
    ),
]

#: A predicate joined by "and" to the verb of a ", where" clause that shares a date happened there
#: then too ("reached the summit, where she built a cairn and left a tin").
JOINED_PLACE_CLAUSES: list[Case] = [
    (
        "In 1870 the party reached the pass, where Hale built a hut and planted a flag.",
        {"1870": "1870"},
        {"reached": "1870", "built": "1870", "planted": "1870"},
        set(),
    ),
    (
        "On 4 May 1850 the ship reached Lisbon, where the crew unloaded the wine and repaired the mast.",
        {"4 May 1850": "1850-05-04"},
        {"reached": "1850-05-04", "unloaded": "1850-05-04", "repaired": "1850-05-04"},
        set(),
    ),
]

#: A time after "for" in a verb's "to" clause is the time the plan is for ("agreed to come for the
#: next summer"), later than the agreeing: the verb that takes the clause does not share it.
TIMES_A_PLAN_IS_FOR: list[Case] = [
    (
        "In the spring she wrote to him, and he agreed to come for the next winter.",
        {"the spring": "1908-SP", "the next winter": "1908-WI"},
        {"wrote": "1908-SP", "agreed": "1908-SP", "come": "1908-WI"},
        set(),
    ),
    (
        "The board met in May, and it voted to close the line for the summer of 1931.",
        {"May": "1930-05", "the summer of 1931": "1931-SU"},
        {"met": "1930-05", "voted": "1930-05", "close": "1931-SU"},
        set(),
    ),
]

#: A length after "After" that opens a sentence counts from the time the story had reached: the
#: sentence is that much later, told no finer than that time and than the length's unit.
LENGTHS_AFTER_THE_STORY: list[Case] = [
    (
        "The strike began on 2 June 1950. After three weeks the two sides agreed, and the men returned.",
        {"2 June 1950": "1950-06-02", "three weeks": "P3W"},
        {"began": "1950-06-02", "agreed": "1950-06-23", "returned": "1950-06-23"},
        set(),
    ),
    (
        "The ship left Hull on 4 May 1850. After ten days it reached Lisbon.",
        {"4 May 1850": "1850-05-04", "ten days": "P10D"},
        {"left": "1850-05-04", "reached": "1850-05-14"},
        set(),
    ),
    (
        "The mill closed in March 1930. After two years the mill reopened.",
        {"March 1930": "1930-03", "two years": "P2Y"},
        {"closed": "1930-03", "reopened": "1932"},
        set(),
    ),
    (
        "The mill closed on 3 May 1930. After three months the mill reopened.",
        {"3 May 1930": "1930-05-03", "three months": "P3M"},
        {"reopened": "1930-08"},
        set(),
    ),
]

#: A past perfect that steps back before a time its sentence has told is a flashback: its time
#: dates it, but the story goes on from the sentence's own time ("At noon they passed the point Grey
#: had reached nine years earlier. Above it they cut steps": still that day).
FLASHBACKS_INSIDE_A_SENTENCE: list[Case] = [
    (
        "On 9 May they reached the hut the miners had built in 1890. They slept there.",
        {"9 May": "1911-05-09", "1890": "1890"},
        {"reached": "1911-05-09", "built": "1890", "slept": "1911-05-09"},
        set(),
    ),
    (
        "In 1921 she returned to the town she had left in 1902. She opened a shop on the quay.",
        {"1921": "1921", "1902": "1902"},
        {"returned": "1921", "left": "1902", "opened": "1921"},
        set(),
    ),
]

#: A ", where" clause on the place a sentence's predicate went to goes on at the time that predicate
#: took from the story, as it shares one the predicate has of its own.
PLACE_CLAUSES_OF_THE_STORY: list[Case] = [
    (
        "The party left Tarn on 2 June 1900. After a week they reached the lake, where they made camp.",
        {"2 June 1900": "1900-06-02", "a week": "P1W"},
        {"reached": "1900-06-09", "made": "1900-06-09"},
        set(),
    ),
    (
        "The ship sailed on 3 May 1850. It reached Lisbon, where the crew unloaded the wine.",
        {"3 May 1850": "1850-05-03"},
        {"reached": "1850-05-03", "unloaded": "1850-05-03"},
        set(),
    ),
]

#: What the rules above leave alone.
GUARDS: list[Case] = [
    # "once" opening its clause is a subordinator
    (
        "The storm broke on 3 May 1950. Once the rain stopped, the men left the hut.",
        {"3 May 1950": "1950-05-03"},
        {"left": "1950-05-03"},
        {"stopped"},
    ),
    # a relative clause after the name keeps its own date
    (
        "The prize went to her sister, Mary, who had married in 1880.",
        {"1880": "1880"},
        {"married": "1880"},
        {"went"},
    ),
    # a clause with a subject of its own after the ", where" clause's verb is not its predicate
    (
        "In 1870 the party reached the pass, where Hale built a hut and his men slept.",
        {"1870": "1870"},
        {"built": "1870"},
        {"slept"},
    ),
    # a time the "to" clause happens at, not one it is for, dates the verb that takes it too
    (
        "In 1893 two miners tried to reach the summit in July.",
        {"1893": "1893", "July": "1893-07"},
        {"reach": "1893-07"},
        set(),
    ),
    # a length shorter than the story's time leaves it where it was
    (
        "The mill closed in 1930. After a week the mill reopened.",
        {"1930": "1930", "a week": "P1W"},
        {"reopened": "1930"},
        set(),
    ),
    # a flashback that opens its sentence still moves the story to its time
    (
        "In 1921 she returned to Leeds. She had married in 1902.",
        {"1921": "1921", "1902": "1902"},
        {"returned": "1921", "married": "1902"},
        set(),
    ),
    # a past perfect later than the sentence's time is no flashback
    (
        "In May the council met, and by 1931 it had spent the money. The mayor resigned.",
        {"May": "1930-05", "1931": "1931"},
        {"met": "1930-05"},
        {"spent"},
    ),
    # a "where" clause of a participle's noun is not the sentence predicate's place
    (
        "The school opened on 3 May 1850. She moved into a house owned by the city, where she taught.",
        {"3 May 1850": "1850-05-03"},
        {"moved": "1850-05-03"},
        {"taught"},
    ),
    # a perfect in the ", where" clause steps back
    (
        "The ship sailed on 3 May 1850. It reached Lisbon, where the captain had worked.",
        {"3 May 1850": "1850-05-03"},
        {"reached": "1850-05-03"},
        {"worked"},
    ),
]


CASES = (
    ADVERBIAL_ONCE
    + APPOSED_NAMES
    + JOINED_PLACE_CLAUSES
    + TIMES_A_PLAN_IS_FOR
    + LENGTHS_AFTER_THE_STORY
    + FLASHBACKS_INSIDE_A_SENTENCE
    + PLACE_CLAUSES_OF_THE_STORY
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind="narrative")
