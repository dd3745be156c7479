"""Second reading of the event rules of the fifth news and narrative event sets (rows of our own):

- "Detectives connected with the family on Monday": a participle of a standing relation ("linked to",
  "tied to") names what its noun is only after a predicate of its sentence; with none before it the
  form is the predicate and keeps its date.
- "After two weeks it reached Lisbon, where the crew rested and bought food": a predicate "and" joins
  to the verb of a ", where" clause goes on at the story's time as that verb does, as it already did
  when the sentence's predicate had a date of its own (the two paths now share
  `with_joined_predicates`).
- "Its new owner, Thomas Reed, repaired the weir three years later, and the mill ground its first flour
  that year": a past form after an apposed name is the clause's verb, not a name's participle aside,
  when a clause joined by "and" or "but" follows the date; the date moves the story, and "that year"
  is its year. (This was the event the merge lost on the fifth narrative set: the object rule let the
  plural noun after "its first" share the date its verb took, which was the wrong year.)"""

from __future__ import annotations

import pytest

from chronology.model.document import DctSource, Document
from chronology.pipeline import analyze_document
from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A relation participle with no predicate before it in its sentence is the predicate.
RELATION_FORMS_AS_PREDICATES: list[Case] = [
    (
        "Detectives connected with the victim's family on Monday and arrested a neighbour.",
        {"Monday": "2022-01-31"},
        {"connected": "2022-01-31", "arrested": "2022-01-31"},
        set(),
    ),
    (
        "Britain tied with France on Sunday.",
        {"Sunday": "2022-01-30"},
        {"tied": "2022-01-30"},
        set(),
    ),
    # guard: after a predicate it still names what its noun is
    (
        "Divers recovered a boat linked to the smugglers near Dover on Sunday.",
        {"Sunday": "2022-01-30"},
        {"recovered": "2022-01-30"},
        {"linked"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"),
    RELATION_FORMS_AS_PREDICATES,
    ids=[c[0][:40] for c in RELATION_FORMS_AS_PREDICATES],
)
def test_news_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


#: The predicates joined to a ", where" clause's verb go on at the story's time with it.
JOINED_PLACE_CLAUSES_OF_THE_STORY: list[Case] = [
    (
        "The ship sailed on 3 May 1850. After two weeks it reached Lisbon, where the crew rested and "
        "bought food.",
        {"3 May 1850": "1850-05-03", "two weeks": "P2W"},
        {"reached": "1850-05-17", "rested": "1850-05-17", "bought": "1850-05-17"},
        set(),
    ),
    (
        "The caravan left Aden on 9 March 1861. It reached the coast, where the men sold the camels "
        "and hired a boat.",
        {"9 March 1861": "1861-03-09"},
        {"reached": "1861-03-09", "sold": "1861-03-09", "hired": "1861-03-09"},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"),
    JOINED_PLACE_CLAUSES_OF_THE_STORY,
    ids=[c[0][:40] for c in JOINED_PLACE_CLAUSES_OF_THE_STORY],
)
def test_story_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, kind="narrative")


#: A past form after an apposed name, with a clause joined after its date, is its clause's verb: the
#: date moves the story ("that year" is its year).
VERBS_AFTER_APPOSED_NAMES: list[tuple[str, str, str]] = [
    (
        "The mill changed hands in May 1904. Its new owner, Thomas Reed, repaired the weir three years "
        "later, and the mill ground its first flour that year.",
        "that year",
        "1907",
    ),
    (
        "The chapel opened in 1870. The first minister, John Pryce, resigned two years later, but the "
        "chapel kept its choir that year.",
        "that year",
        "1872",
    ),
    # guard: a name's participle aside closed before its clause's verb moves no story
    (
        "The club was founded in 1880. Its captain, Hale, elected two years later, led the side to a title. "
        "The club moved that year.",
        "that year",
        "1880",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value"), VERBS_AFTER_APPOSED_NAMES, ids=[c[0][:40] for c in VERBS_AFTER_APPOSED_NAMES]
)
def test_verb_after_apposed_name_moves_the_story(text: str, phrase: str, value: str) -> None:
    analyzed_document = analyze_document(
        Document(id="doc", text=text, published=None, published_source=DctSource.NONE)
    )
    values = {e.text: e.value for e in analyzed_document.expressions}
    assert values.get(phrase) == value, values
