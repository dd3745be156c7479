"""A news story tells its dated happening on: plain past clauses after it, in its paragraph or the
next, take its date; a new time, a change of tense, speech, states, negation, modals, quotations and a
second paragraph break stop them. A date that bounds an act on one side only ("by Friday night ...
had left") dates nothing. Each case is a story of our own published Thursday 2022-02-03, its time
expressions, the triggers that carry the happening on (with the date they take) and triggers that
must not."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.events.continuation import paragraph_numbers
from chronology.events.text import split_sentences, tokenize
from chronology.model.event import TimeBasis
from tests.events.test_events_extract import analyzed

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: Plain past occurrences after a dated happening, in the same paragraph and the next, share its date.
CARRIED_ON: list[Case] = [
    (
        "Burglars broke into the bakery on Tuesday night, police said yesterday.\n\n"
        "The burglars climbed onto the roof, cut through a skylight and emptied the safe.",
        {"Tuesday night": "2022-02-01TNI", "yesterday": "2022-02-02"},
        {"climbed": "2022-02-01TNI", "cut": "2022-02-01TNI", "emptied": "2022-02-01TNI"},
        set(),
    ),
    (
        "The ferry lost power off the headland on Monday. Its crew dropped anchor and radioed for help.",
        {"Monday": "2022-01-31"},
        {"dropped": "2022-01-31", "radioed": "2022-01-31"},
        set(),
    ),
    (
        # a later time in the sentence dates its own clause only
        "Two men appeared in court on Tuesday. Both were remanded in custody and will appear again on "
        "March 1.",
        {"Tuesday": "2022-02-01", "March 1": "2022-03-01"},
        {"remanded": "2022-02-01"},
        set(),
    ),
    (
        # the speech act with a date of its own attributes the happening; it does not move the story
        "Two climbers were rescued from the ridge on Tuesday, rangers said on Wednesday. "
        "They sheltered in a snow hole overnight.",
        {"Tuesday": "2022-02-01", "Wednesday": "2022-02-02"},
        {"sheltered": "2022-02-01"},
        set(),
    ),
]

#: What stops the telling: a second paragraph break, a present or perfect clause, a past perfect, and
#: a clock time (what follows an instant happens later: at the part of day the story was telling, if any).
TELLING_ENDS: list[Case] = [
    (
        "Thieves broke into the shop on Tuesday night. The alarm sounded at 11.52pm. Officers found the "
        "safe open.",
        {"Tuesday night": "2022-02-01TNI", "11.52pm": "2022-02-01T23:52"},
        {"found": "2022-02-01TNI"},
        set(),
    ),
    (
        "The alarm sounded at 11.52pm on Tuesday. Officers found the safe open.",
        {"11.52pm on Tuesday": "2022-02-01T23:52"},
        {},
        {"found"},
    ),
    (
        "The gallery was robbed on Monday.\n\nThe thieves smashed a case.\n\nDetectives traced the van.",
        {"Monday": "2022-01-31"},
        {"smashed": "2022-01-31"},
        {"traced"},
    ),
    (
        "The dam burst on Tuesday. The town has flooded twice before. Engineers inspected the wall.",
        {"Tuesday": "2022-02-01"},
        {},
        {"flooded", "inspected"},
    ),
    (
        "The plant closed on Monday. Most workers had left the year before. Managers locked the gates.",
        {"Monday": "2022-01-31", "the year before": "2021"},
        {},
        {"left", "locked"},
    ),
]

#: Clauses that take nothing: states, speech, negation, modals, quotations, reduced participles,
#: a date of the sentence's own, and coarse dates (a month sets no scene to tell on).
TAKES_NOTHING: list[Case] = [
    (
        "The storm hit the coast on Tuesday. No one was hurt. The pier remained open. Officials said "
        "little. Crews could not reach the lighthouse.",
        {"Tuesday": "2022-02-01"},
        {},
        {"hurt", "remained", "said", "reach"},
    ),
    (
        'The bridge collapsed on Monday. "We heard a crack and it fell," a witness said.',
        {"Monday": "2022-01-31"},
        {},
        {"heard", "fell"},
    ),
    (
        "The mill burned on Monday. Firefighters found a heater supplied by a local firm.",
        {"Monday": "2022-01-31"},
        {"found": "2022-01-31"},
        {"supplied"},
    ),
    (
        "The mine flooded in March. Engineers pumped out the shafts.",
        {"March": "2021-03"},
        {},
        {"pumped"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "carried", "not_carried"), CARRIED_ON + TELLING_ENDS + TAKES_NOTHING
)
def test_a_dated_happening_is_told_on(
    text: str, expressions: dict[str, str], carried: dict[str, str], not_carried: set[str]
) -> None:
    events = {e.trigger: e for e in extract_events(analyzed(text, expressions))}
    for trigger, value in carried.items():
        assert trigger in events, trigger
        assert events[trigger].time.basis is TimeBasis.INHERITED, (trigger, events[trigger].time.reason)
        assert events[trigger].time.value == value, trigger
    for trigger in not_carried:
        if trigger in events:
            assert events[trigger].time.basis is not TimeBasis.INHERITED, (
                trigger,
                events[trigger].time.reason,
            )


def test_a_news_story_without_a_publication_date_carries_nothing_on() -> None:
    text = "The ferry lost power on Monday. Its crew dropped anchor."
    document = analyzed(text, {"Monday": "2022-01-31"})
    undated = document.model_copy(
        update={"document": document.document.model_copy(update={"published": None})}
    )
    events = {e.trigger: e for e in extract_events(undated)}
    assert events["dropped"].time.basis is not TimeBasis.INHERITED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", [0, 0]),
        ("One.\n\nTwo. Three.\n \nFour.", [0, 1, 1, 2]),
        ("One.\nTwo.", [0, 0]),
    ],
)
def test_paragraphs_are_counted_at_blank_lines(text: str, expected: list[int]) -> None:
    tokens = tokenize(text)
    assert paragraph_numbers(text, split_sentences(text, tokens)) == expected


@pytest.mark.parametrize(
    ("text", "expressions", "bounded", "dated_as"),
    [
        ("By Friday night most residents had left.", {"Friday night": "2022-01-28TNI"}, "left", None),
        ("Copies spread to six cities within the decade.", {"the decade": "201"}, "spread", None),
        # a plain past after "by" reads as the day it happened
        ("By Friday the two sides agreed a deal.", {"Friday": "2022-01-28"}, "agreed", "2022-01-28"),
    ],
)
def test_a_one_sided_bound_is_no_date(
    text: str, expressions: dict[str, str], bounded: str, dated_as: str | None
) -> None:
    events = {e.trigger: e for e in extract_events(analyzed(text, expressions))}
    assert bounded in events
    if dated_as is None:
        assert events[bounded].time.basis is TimeBasis.UNDATED, events[bounded].time.reason
    else:
        assert events[bounded].time.basis is TimeBasis.EXPLICIT
        assert events[bounded].time.value == dated_as


@pytest.mark.parametrize(
    ("text", "asking", "in_chronology"),
    [
        ("The ferry sank on Monday. Its owners asked for an inquiry.", "asked", True),
        ("The ferry sank on Monday. Divers searched the wreck, its owners said.", "said", False),
    ],
)
def test_asking_for_an_act_is_an_act_of_the_story_not_attribution(
    text: str, asking: str, in_chronology: bool
) -> None:
    events = {
        e.trigger: e
        for e in extract_events(analyzed(text, {"Monday": "2022-01-31"}), mentions_only_too=False)
    }
    assert (asking in events) is in_chronology
    if in_chronology:
        assert events[asking].time.value == "2022-01-31"


@pytest.mark.parametrize(
    ("text", "inherits", "undated"),
    [
        ("The siege began in May 1571. The guns fell silent. No one was killed.", "fell", "killed"),
        (
            "The mill opened in May 1571. Its owner built a second wheel. She never remarried.",
            "built",
            "remarried",
        ),
        ("The fleet sailed in May 1571. It reached the cape. The city could hold out.", "reached", "hold"),
    ],
)
def test_a_narrative_gives_its_time_to_happenings_not_to_negated_or_modal_clauses(
    text: str, inherits: str, undated: str
) -> None:
    events = {e.trigger: e for e in extract_events(analyzed(text, {"May 1571": "1571-05"}, kind="narrative"))}
    assert events[inherits].time.basis is TimeBasis.INHERITED
    assert events[inherits].time.value == "1571-05"
    assert events[undated].time.basis is TimeBasis.UNDATED, events[undated].time.reason
