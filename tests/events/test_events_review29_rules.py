"""Second reading of the event rules of the fourth news and narrative sets, and the convention on the
part of a dated day, one table per finding: a sentence of our own, its time expressions with their
values, the triggers the expressions must date (with the value each gets) and triggers that must stay
without a date. Every row of a finding's table fails without its mend; the guards after them hold what
the mends must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import assert_dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]


#: "on the night/morning/afternoon/evening of <date>": only the date is the time expression, but the
#: happening it dates is at that part of the day (data/gold/events/README.md), and so is what carries
#: that happening on.
PARTS_OF_A_DATED_DAY: list[Case] = [
    (
        "A fire destroyed the mill on the night of 4 May 1901.",
        {"4 May 1901": "1901-05-04"},
        {"destroyed": "1901-05-04TNI"},
        set(),
    ),
    (
        "On the morning of 3 June the column crossed the river and camped on the far bank.",
        {"3 June": "1850-06-03"},
        {"crossed": "1850-06-03TMO", "camped": "1850-06-03TMO"},
        set(),
    ),
    (
        "The council met on the afternoon of Tuesday 12 October.",
        {"Tuesday 12 October": "1954-10-12"},
        {"met": "1954-10-12TAF"},
        set(),
    ),
    (
        "The dam failed on the evening of 12 March. The flood drowned forty people.",
        {"12 March": "1864-03-12"},
        {"failed": "1864-03-12TEV", "drowned": "1864-03-12TEV"},
        set(),
    ),
]

#: A clause of comparison with its subject and an auxiliary for its verb ("faster than it did in
#: 1954") is the compared occasion's as the elided one is ("faster than in 1954").
COMPARED_CLAUSES_WITH_A_SUBJECT: list[Case] = [
    (
        "The town flooded in 1968, when the river rose faster than it did in 1954.",
        {"1968": "1968", "1954": "1954"},
        {"flooded": "1968", "rose": "1968"},
        set(),
    ),
    (
        "The harvest failed in 1921, when prices rose further than they had in 1890.",
        {"1921": "1921", "1890": "1890"},
        {"failed": "1921", "rose": "1921"},
        set(),
    ),
]

#: A past form listed for its use as a preposition is a verb after a subject pronoun past an adverb
#: of the verb group ("she then compared"), and after "it" where a clause opens ("In 1890 it provided").
PREPOSITIONAL_FORMS_PAST_AN_ADVERB_OR_IT: list[Case] = [
    (
        "In March 1890 she then compared her figures with those of the Paris observatory.",
        {"March 1890": "1890-03"},
        {"compared": "1890-03"},
        set(),
    ),
    (
        "In May 1851 it provided the garrison with flour and salt.",
        {"May 1851": "1851-05"},
        {"provided": "1851-05"},
        set(),
    ),
]

#: A word that is an adjective too completes a noun object as it does a pronoun ("reported the boy
#: missing" as "reported him missing"): the verb is the event, and the time is its.
COMPLEMENTS_OF_NOUN_OBJECTS: list[Case] = [
    (
        "Police reported the boy missing on Monday.",
        {"Monday": "2022-01-31"},
        {"reported": "2022-01-31"},
        {"missing"},
    ),
    (
        "Rescuers found the climber dying on Sunday.",
        {"Sunday": "2022-01-30"},
        {"found": "2022-01-30"},
        {"dying"},
    ),
]

CASES = (
    PARTS_OF_A_DATED_DAY
    + COMPARED_CLAUSES_WITH_A_SUBJECT
    + PREPOSITIONAL_FORMS_PAST_AN_ADVERB_OR_IT
    + COMPLEMENTS_OF_NOUN_OBJECTS
)

#: What the mends leave alone.
GUARDS: list[Case] = [
    # a part of the day with no date ("the night of the storm") gives no value of its own
    (
        "On the night of the storm the roof of the church fell in.",
        {},
        {},
        {"fell"},
    ),
    # a time expression with its own part of the day keeps it (the whole phrase tagged)
    (
        "The river burst its banks on the night of 9 October.",
        {"the night of 9 October": "1954-10-09TNI"},
        {"burst": "1954-10-09TNI"},
        set(),
    ),
    # a clock time the date only places keeps its minute, the part of its day the date's
    (
        "At 11.40pm on the night of 9 October the old weir gave way.",
        {"11.40pm": "1954-10-09T23:40", "9 October": "1954-10-09"},
        {"gave": "1954-10-09T23:40"},
        set(),
    ),
    # a part of the day that is no date's ("the morning of the hearing", "the evening of his life")
    (
        "She wrote the letter in the evening of her life, in 1931.",
        {"1931": "1931"},
        {"wrote": "1931"},
        set(),
    ),
    # "than" before a number counts the subject, it opens no clause of comparison
    (
        "More than 200 people died in 1954.",
        {"1954": "1954"},
        {"died": "1954"},
        set(),
    ),
    # "it" after a verb is its object: the form after it is still a preposition
    (
        "Sales rose 5% in 2010, and analysts called it based on one large order.",
        {"2010": "2010"},
        {"rose": "2010"},
        {"based"},
    ),
    # a perception verb takes a verb after its noun object as after a pronoun ("saw the man fall")
    (
        "Witnesses saw the man dying on Monday.",
        {"Monday": "2022-01-31"},
        {"dying": "2022-01-31"},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES + GUARDS, ids=[c[0][:40] for c in CASES + GUARDS]
)
def test_rule_and_guard(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    kind = "narrative" if "2022" not in "".join(expressions.values()) else "news"
    assert_dated(text, expressions, expected, undated, kind)
