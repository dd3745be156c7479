"""Second reader's review of the last round's event-dating rules: sentences of our own where a rule's
trigger stands but its reading was wrong, or a close variant it missed. One table per rule; every row
fails without its mend, the guards after them hold what each mend must leave alone."""

from __future__ import annotations

import pytest

from chronology.tense import Tense

# the check of that file, under a name pytest does not collect again here
from tests.events.test_events_leftovers_s24_rules import test_preposition_like_tenses as assert_tense
from tests.events.test_events_round22_news4_rules import Case, assert_dated

#: Before "after", a unit with no number, or "long", leaves the act past the time at no distance the
#: text gives; "not long after" is near, as "soon after" is, and so are lengths within the day.
WORDS_BEFORE_AFTER: list[Case] = [
    (
        "The shop reopened days after Christmas.",
        {"days": "PXD", "Christmas": "2021-12-25"},
        {},
        {"reopened"},
    ),
    (
        "Prices rose in the weeks after Easter.",
        {"weeks": "PXW", "Easter": "2021-04-04"},
        {},
        {"rose"},
    ),
    (
        "The shop reopened not long after Christmas.",
        {"Christmas": "2021-12-25"},
        {"reopened": "2021-12-25"},
        set(),
    ),
    (
        "The fire broke out minutes after 2pm on Friday.",
        {"2pm on Friday": "2022-01-28T14:00"},
        {"broke": "2022-01-28T14:00"},
        set(),
    ),
]

#: A date with "'s" after "after" dates the noun it stands before: the bound is on the act the
#: "after" phrase follows, not on the vote or the talks.
POSSESSIVE_DATES_AFTER_AFTER: list[Case] = [
    (
        "The minister resigned after Tuesday's vote.",
        {"Tuesday": "2022-02-01"},
        {"vote": "2022-02-01"},
        {"resigned"},
    ),
    (
        "The strike began after Monday's talks failed.",
        {"Monday": "2022-01-31"},
        {"talks": "2022-01-31", "failed": "2022-01-31"},
        {"began"},
    ),
    (
        "After Tuesday's vote the minister resigned.",
        {"Tuesday": "2022-02-01"},
        {"vote": "2022-02-01"},
        set(),
    ),
]

#: A ", where" clause's predicate keeps the place's date when the later time is another predicate's:
#: a relative clause's after it, or a clause that ", and" opens.
TIMES_PAST_A_WHERE_CLAUSE: list[Case] = [
    (
        "They moved to Leeds in 1910, where he opened a shop that closed in 1930.",
        {"1910": "1910", "1930": "1930"},
        {"moved": "1910", "opened": "1910", "closed": "1930"},
        set(),
    ),
    (
        "They moved to Leeds in 1910, where he opened a shop, and in 1930 they left.",
        {"1910": "1910", "1930": "1930"},
        {"moved": "1910", "opened": "1910", "left": "1930"},
        set(),
    ),
]

#: A verb set off by commas with a subject of its own is no member of the series after it: a relative
#: clause on the subject, or an aside of speech.
ASIDES_BEFORE_A_SERIES: list[Case] = [
    (
        "The gunman, who escaped, fled and hid in a barn on Monday.",
        {"Monday": "2022-01-31"},
        {"fled": "2022-01-31", "hid": "2022-01-31"},
        {"escaped"},
    ),
    (
        "The man, police said, fled and hid in a barn on Monday.",
        {"Monday": "2022-01-31"},
        {"fled": "2022-01-31", "hid": "2022-01-31"},
        {"said"},
    ),
]

#: A passive that moves its subject "to" a time, as "until" one: the event is due then, the moving
#: is at no time the text gives.
MOVED_TO_A_TIME: list[Case] = [
    (
        "The match was delayed to Sunday.",
        {"Sunday": "2022-02-06"},
        {"match": "2022-02-06"},
        {"delayed"},
    ),
    (
        "The hearing was adjourned to 14 March.",
        {"14 March": "2022-03-14"},
        {"hearing": "2022-03-14"},
        {"adjourned"},
    ),
]

GUARDS: list[Case] = [
    # "long after" and a number-less unit stay one-sided; a number measures from the time (as before)
    (
        "The shop reopened long after Christmas.",
        {"Christmas": "2021-12-25"},
        {},
        {"reopened"},
    ),
    (
        "The shop reopened two days after Christmas.",
        {"two days": "P2D", "Christmas": "2021-12-25"},
        {"reopened": "2021-12-25"},
        set(),
    ),
    # a clause after the date that is no noun of it keeps the bound of the act it goes with
    (
        "Sales of the paper fell after 1995 as readers moved online.",
        {"1995": "1995"},
        {},
        {"fell", "moved"},
    ),
    # the series and the ", where" clause with times of their own (the last round's rows)
    (
        "She sold the farm, bought a boat and sailed to Norway in 1931.",
        {"1931": "1931"},
        {"sold": "1931", "bought": "1931", "sailed": "1931"},
        set(),
    ),
    (
        "They moved to Bath in 1902, where he painted and taught in 1905.",
        {"1902": "1902", "1905": "1905"},
        {"moved": "1902", "painted": "1905", "taught": "1905"},
        set(),
    ),
    # "to" before a verb gives a purpose: the moving keeps its own time
    (
        "The flight was delayed on Monday to allow repairs.",
        {"Monday": "2022-01-31"},
        {"delayed": "2022-01-31"},
        set(),
    ),
]

CASES = (
    WORDS_BEFORE_AFTER
    + POSSESSIVE_DATES_AFTER_AFTER
    + TIMES_PAST_A_WHERE_CLAUSE
    + ASIDES_BEFORE_A_SERIES
    + MOVED_TO_A_TIME
    + GUARDS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_review_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    kind = "narrative" if any(len(v) == 4 for v in expressions.values()) else "news"
    assert_dated(text, expressions, expected, undated, kind)


#: A base form after "and" that follows a past verb taking an object and a bare infinitive is that
#: infinitive's partner, of the past ("made him stand and apologise"), not a present.
BARE_INFINITIVES_AFTER_AND: list[tuple[str, Tense, str | None]] = [
    ("The judge made him stand and apologise on [Friday].", Tense.PAST, "made"),
    # guard: the last round's row, a present after a simple past
    ("The exhibition opened last week and remain on show until [June].", Tense.FUTURE, "remain"),
]


@pytest.mark.parametrize(
    ("marked", "tense", "cue"),
    BARE_INFINITIVES_AFTER_AND,
    ids=[c[0][:40] for c in BARE_INFINITIVES_AFTER_AND],
)
def test_bare_infinitives_after_and(marked: str, tense: Tense, cue: str | None) -> None:
    assert_tense(marked, tense, cue)
