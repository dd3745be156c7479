"""Rules of English found on the sixth narrative event gold set, one table per rule: a sentence of
our own, its time expressions with their values, the triggers that must get a time (with the value
each gets) and triggers that must stay without one. Every row of a rule's table fails without the
rule; the guards after them hold what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.events.mentions import find_mentions
from chronology.events.text import split_sentences, tokenize
from chronology.model.document import DocumentKind
from chronology.timex import analyze_text
from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: The verb of a "when" clause with no date of its own happens at the time of the clause it is
#: attached to: in a story that is the story's time, even when the main clause is a state ("was
#: nineteen when she inherited the farm").
STORY_WHEN_CLAUSES: list[Case] = [
    (
        "The ship docked in March 1850. The crowd cheered when the captain stepped ashore.",
        {"March 1850": "1850-03"},
        {"cheered": "1850-03", "stepped": "1850-03"},
        set(),
    ),
    (
        "Her uncle died in 1911. She was nineteen when she inherited the farm.",
        {"1911": "1911"},
        {"inherited": "1911"},
        set(),
    ),
    (
        "The mill burned down on 4 June 1902. The firemen were still in their station when the roof fell.",
        {"4 June 1902": "1902-06-04"},
        {"burned": "1902-06-04", "fell": "1902-06-04"},
        set(),
    ),
]

#: A "that" right after a verb is a determiner when a base form follows: a "that" opening the verb's
#: clause is followed by the clause's subject, never its verb ("ended that trade in 1850").
DETERMINER_THAT: list[Case] = [
    (
        "The strike ended that trade in 1850.",
        {"1850": "1850"},
        {"ended": "1850"},
        {"trade"},
    ),
    (
        "The company sold that land in 1920.",
        {"1920": "1920"},
        {"sold": "1920"},
        {"land"},
    ),
]

GUARDS: list[Case] = [
    # an indirect question asks for a time: its clause is no happening of the story
    (
        "The storm broke on 9 May 1850. No one knew when the wall fell.",
        {"9 May 1850": "1850-05-09"},
        {"broke": "1850-05-09"},
        {"fell"},
    ),
    (
        "The storm broke on 9 May 1850. It was unclear when the wall fell.",
        {"9 May 1850": "1850-05-09"},
        {"broke": "1850-05-09"},
        {"fell"},
    ),
    (
        "The storm broke on 9 May 1850. The keeper asked his son when the wall fell.",
        {"9 May 1850": "1850-05-09"},
        {"asked": "1850-05-09"},
        {"fell"},
    ),
    # a "when" clause attached to a modal or negated clause tells no happening either
    (
        "The war began in 1914. The men would leave when the harvest ended.",
        {"1914": "1914"},
        {"began": "1914"},
        {"ended"},
    ),
    (
        "The war began in 1914. The men did not leave when the harvest ended.",
        {"1914": "1914"},
        {"began": "1914"},
        {"ended"},
    ),
    # a "that" after a noun is a relative pronoun, and after a verb of saying it opens a clause
    (
        "The rules that apply were changed in 1990.",
        {"1990": "1990"},
        {"changed": "1990"},
        set(),
    ),
    (
        "He said that help came in 1990.",
        {"1990": "1990"},
        {"came": "1990"},
        set(),
    ),
]


CASES = STORY_WHEN_CLAUSES + DETERMINER_THAT + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind="narrative")


#: In a story with a DCT, a month of "last", "this" or "next" year counts from the time of writing,
#: as "next year" alone does, not from the year the story has reached; quoted speech and "that
#: year" keep the story's year.
RELATIVE_YEAR_MONTHS: list[tuple[str, str, str]] = [
    ("Boats came back in 2009. The new lock will open in May next year.", "May next year", "2017-05"),
    ("The dam was built in 1950. In March last year a crack was found in it.", "March last year", "2015-03"),
    # guards
    ('The dam was built in 1950. "We will open it in May next year," he said.', "May next year", "1951-05"),
    ("The dam was built in 1950. It was opened in June that year.", "June", "1950-06"),
    ("The dam was built in 1950. The new lock will open next year.", "next year", "2017"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value"), RELATIVE_YEAR_MONTHS, ids=[r[0][:40] for r in RELATIVE_YEAR_MONTHS]
)
def test_relative_year_month_in_a_story(text: str, phrase: str, value: str) -> None:
    found = analyze_text(text, date(2016, 3, 9), DocumentKind.NARRATIVE).expressions
    assert {e.text: e.value for e in found}.get(phrase) == value, [(e.text, e.value) for e in found]


def test_that_before_a_bare_infinitive_stays_a_pronoun() -> None:
    # after a verb of causing "that" is the object a bare infinitive follows: "happen" stays a verb
    text = "In 1921 the flood made that happen."
    tokens = tokenize(text)
    verbal = {
        m.token.text for m in find_mentions(tokens, split_sentences(text, tokens), frozenset()) if m.verbal
    }
    assert "happen" in verbal, verbal
