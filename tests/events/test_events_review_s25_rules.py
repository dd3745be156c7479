"""Second reader's review of the round 25 event-dating rules: sentences of our own where a rule's
trigger stands but its reading was wrong, or a close variant it missed. One table per rule; every row
fails without its mend, the guards after them hold what each mend must leave alone."""

from __future__ import annotations

import pytest

from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: A "from" time after the time of writing starts the verb's act only when the noun before "from" is
#: no event of its own and the verb is not a simple past: launches and flights "from 20 April" start
#: then, and a past approval was given before the time of writing, not in April.
FUTURE_FROM_LIMITS: list[Case] = [
    (
        "The range is booked for other launches from 20 April.",
        {"20 April": "2022-04-20"},
        {"launches": "2022-04-20"},
        {"booked"},
    ),
    (
        "The airline cancelled all flights from Monday.",
        {"Monday": "2022-02-07"},
        {"flights": "2022-02-07"},
        {"cancelled"},
    ),
    (
        "The council approved new fares from April.",
        {"April": "2022-04"},
        {},
        {"approved"},
    ),
]

#: A deadline after an infinitive is the plan's whichever preposition gives it ("before", "by",
#: "until" as well as "within"): the pledge takes the date of the occasion it was made at.
DEADLINE_LINKS: list[Case] = [
    (
        "The mayor opened the school at a ceremony on Friday and pledged to hire teachers before September.",
        {"Friday": "2022-01-28", "September": "2022-09"},
        {"opened": "2022-01-28", "pledged": "2022-01-28", "hire": "2022-09"},
        set(),
    ),
    (
        "The mayor opened the school at a ceremony on Friday and vowed to return by June.",
        {"Friday": "2022-01-28", "June": "2022-06"},
        {"vowed": "2022-01-28", "return": "2022-06"},
        set(),
    ),
]

#: "win" names the match it ended as "defeat" and "victory" do; the table listed it as an occasion
#: but it was no event noun, so the rule never saw it.
WIN_OCCASIONS: list[Case] = [
    (
        "Smith was injured in last week's win over Leeds.",
        {"last week": "2022-W04"},
        {"injured": "2022-W04", "win": "2022-W04"},
        set(),
    ),
    (
        "Smith scored twice in Saturday's 3-1 win over Leeds.",
        {"Saturday": "2022-01-29"},
        {"scored": "2022-01-29"},
        set(),
    ),
]

#: After "re" an "-s" form the verb table lacks is as often a plural noun as a verb: "resins" is no
#: "re" + "sins", and the noun is no event.
AGAIN_PLURALS: list[Case] = [
    (
        "Epoxy resins hardened in the heat on Monday.",
        {"Monday": "2022-01-31"},
        {"hardened": "2022-01-31"},
        {"resins"},
    ),
]

#: What the mends leave alone.
GUARDS: list[Case] = [
    # a past form after "re" is still the verb's
    (
        "The trawler was refloated on Monday.",
        {"Monday": "2022-01-31"},
        {"refloated": "2022-01-31"},
        set(),
    ),
    # a future "from" after a non-event noun still starts the verb
    (
        "The shop will raise prices from next month.",
        {"next month": "2022-03"},
        {"raise": "2022-03"},
        set(),
    ),
    # a past "from" after a noun is still the noun's
    (
        "The council published figures from March.",
        {"March": "2021-03"},
        {},
        {"published"},
    ),
    # a phase of an act shares the act's bound
    (
        "Doctors began to arrive before noon on Monday.",
        {"noon on Monday": "2022-01-31T12:00"},
        {"began": "2022-01-31T12:00", "arrive": "2022-01-31T12:00"},
        set(),
    ),
    # "win" as a verb
    (
        "The club must win on Saturday.",
        {"Saturday": "2022-02-05"},
        {"win": "2022-02-05"},
        set(),
    ),
]

NEWS_CASES = FUTURE_FROM_LIMITS + DEADLINE_LINKS + WIN_OCCASIONS + AGAIN_PLURALS + GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), NEWS_CASES, ids=[c[0][:40] for c in NEWS_CASES]
)
def test_review_news_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated)


#: A fronted "as" clause goes on at the story's time only when it tells a happening: "As she feared"
#: comments as "As she said" does, and "As the years passed" tells time going by, at no one moment.
AS_CLAUSES: list[Case] = [
    (
        "The storm broke in May 1850. As the years passed, the village shrank.",
        {"May 1850": "1850-05"},
        {"broke": "1850-05"},
        {"passed"},
    ),
    (
        "The storm broke in May 1850. As she feared, the bridge was gone.",
        {"May 1850": "1850-05"},
        {"broke": "1850-05"},
        {"feared"},
    ),
]

#: What the mend leaves alone: an "as" clause of a happening.
AS_GUARDS: list[Case] = [
    (
        "The storm broke in May 1850. As the ship left the harbour, a sailor fell.",
        {"May 1850": "1850-05"},
        {"left": "1850-05", "fell": "1850-05"},
        set(),
    ),
]

NARRATIVE_CASES = AS_CLAUSES + AS_GUARDS


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"),
    NARRATIVE_CASES,
    ids=[c[0][:40] for c in NARRATIVE_CASES],
)
def test_review_narrative_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    assert_dated(text, expressions, expected, undated, "narrative")
