"""Rules of English syntax and of encyclopedia leads found on the second narrative gold set, one
table per rule: a sentence of our own, its time expressions with their values, the triggers the
expressions must date (with the value each gets) and triggers that must stay without a date."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from chronology.events.mentions import find_mentions
from chronology.events.text import split_sentences, tokenize
from tests.events.test_events_extract import analyzed, dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: The finite verb whose object is the dated event noun is the clause's happening at that time.
VERBS_OF_DATED_EVENT_NOUNS: list[Case] = [
    (
        "Ferry operators cancelled more than 200 sailings on Monday.",
        {"Monday": "2022-01-31"},
        {"cancelled": "2022-01-31"},
        set(),
    ),
    (
        "The club announced the sale of its ground on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"announced": "2022-02-01"},
        set(),
    ),
    (
        # a verb with a date of its own keeps it
        "On Monday the council approved the demolition in 2023.",
        {"On Monday": "2022-01-31", "2023": "2023"},
        {"approved": "2022-01-31"},
        set(),
    ),
    (
        # a date before the noun is not the object's
        "Police on Friday questioned a driver about the crash.",
        {"Friday": "2022-01-28"},
        {"questioned": "2022-01-28"},
        {"crash"},
    ),
]

#: A "when" clause after a short aside that follows the date happens at that date.
WHEN_AFTER_AN_ASIDE: list[Case] = [
    (
        "She first sang in public in 1950, at the age of nine, when the choir lost its soloist.",
        {"1950": "1950"},
        {"sang": "1950", "lost": "1950"},
        set(),
    ),
    (
        "Three climbers died on Sunday, two of them when a ledge gave way.",
        {"Sunday": "2022-01-30"},
        {"died": "2022-01-30", "gave": "2022-01-30"},
        set(),
    ),
    (
        # a predicate in the aside closes it: the "when" clause is that predicate's
        "The mill closed in 1931, which surprised nobody when prices fell.",
        {"1931": "1931"},
        {"closed": "1931"},
        {"fell"},
    ),
]

#: A date in a conjunct's own clause beats the date of the clause it is joined to.
OWN_CLAUSE_BEFORE_CONJUNCTION: list[Case] = [
    (
        "The king died in 1700, and the duchy lost its independence during the wars of 1715.",
        {"1700": "1700", "1715": "1715"},
        {"died": "1700", "lost": "1715"},
        set(),
    ),
    (
        "The bridge opened in 1890 and carried trains until the floods of 1947.",
        {"1890": "1890", "1947": "1947"},
        {"opened": "1890"},
        set(),
    ),
]

#: A base form right after a past verb is its complement ("went bankrupt"); the past verb shares
#: the date its complement takes.
COMPLEMENTS_OF_PAST_VERBS: list[Case] = [
    (
        "The printer went bankrupt the following spring.",
        {"the following spring": "1899-SP"},
        {"went": "1899-SP"},
        set(),
    ),
]


#: A name between commas inside a relative clause does not close it: the date after the name is the
#: relative clause's, not the predicate before the clause.
APPOSED_NAMES_IN_ASIDES: list[Case] = [
    (
        "He hired the architect Ida Moss, who rebuilt his old house, Holm Hall, two years later.",
        {"two years later": "1904"},
        {"rebuilt": "1904"},
        {"hired"},
    ),
    (
        # with no name the relative clause between commas is an aside the date reaches past
        "Earlier this month, the firm, which makes boots, closed its mill.",
        {"Earlier this month": "2022-02"},
        {"closed": "2022-02"},
        {"makes"},
    ),
]


#: The plain past predicate of a ", where" clause on the place a dated past predicate went to
#: happened then; a perfect steps back, and a place of another verb's clause is not the governor's.
PLACE_CLAUSES: list[Case] = [
    (
        "In 1950 the couple moved to Leeds, where he joined a brass band.",
        {"1950": "1950"},
        {"moved": "1950", "joined": "1950"},
        set(),
    ),
    (
        "In 1950 the couple moved to Leeds, where he had studied.",
        {"1950": "1950"},
        {"moved": "1950"},
        {"studied"},
    ),
    (
        "He left the army in 1950 to teach at a school, where he coached the rowing crew.",
        {"1950": "1950"},
        {"left": "1950"},
        {"coached"},
    ),
]


#: The "for" phrase of a projection gives the period projected, not the time of the verb acting on
#: it; the verb takes the date it shares by coordination.
PROJECTED_PERIODS: list[Case] = [
    (
        "The brewer reported higher sales on Tuesday and cut its forecast for the full year.",
        {"Tuesday": "2022-02-01", "the full year": "2022"},
        {"reported": "2022-02-01", "cut": "2022-02-01"},
        set(),
    ),
    (
        # with no other date the verb has none of its own
        "The brewer cut its forecast for the full year.",
        {"the full year": "2022"},
        {},
        {"cut"},
    ),
]


#: A negated predicate shares no date with the predicate it is joined to: it tells no happening.
NEGATED_CONJUNCTS: list[Case] = [
    (
        "The singer lost her voice in 1961 and never sang again.",
        {"1961": "1961"},
        {"lost": "1961"},
        {"sang"},
    ),
    (
        "The ship was raised in 1968 and did not sail again.",
        {"1968": "1968"},
        {"raised": "1968"},
        {"sail"},
    ),
    (
        "The ship was raised and repaired in 1968.",
        {"1968": "1968"},
        {"raised": "1968", "repaired": "1968"},
        set(),
    ),
]


CASES = (
    NEGATED_CONJUNCTS
    + PROJECTED_PERIODS
    + PLACE_CLAUSES
    + VERBS_OF_DATED_EVENT_NOUNS
    + WHEN_AFTER_AN_ASIDE
    + OWN_CLAUSE_BEFORE_CONJUNCTION
    + COMPLEMENTS_OF_PAST_VERBS
    + APPOSED_NAMES_IN_ASIDES
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_anchoring_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    found = dated(extract_events(analyzed(text, expressions)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found


#: Which predicates head a main clause: a relative clause closes before the main verb an
#: intransitive verb leaves it at, and before a conjunction with a subject of its own after a comma;
#: a conjunct shares the clause of the predicate it is joined to.
MAIN_CLAUSES: list[tuple[str, set[str], set[str]]] = [
    (
        "The storm that followed flooded the harbour and sank two boats.",
        {"flooded", "sank"},
        {"followed"},
    ),
    (
        "The guards burned the stores that had fed the town, and most of the townspeople fled south.",
        {"burned", "fled"},
        {"fed"},
    ),
    ("The boys who stole the car and crashed it were caught.", {"caught"}, {"stole", "crashed"}),
    ("The lawyer who it said had lied was dismissed.", {"dismissed"}, {"lied"}),
    ("He said that sales rose and costs fell.", {"said"}, {"rose", "fell"}),
    ("The crowd scattered after the first shots and hid in the woods.", {"scattered", "hid"}, set()),
    ("They stayed until the rain stopped and the roads dried.", {"stayed"}, {"stopped", "dried"}),
    (
        "The garrison held the fort with armed men and a wall of sharpened stakes.",
        {"held"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "main", "subordinate"), MAIN_CLAUSES, ids=[c[0][:40] for c in MAIN_CLAUSES])
def test_main_clause_predicates(text: str, main: set[str], subordinate: set[str]) -> None:
    tokens = tokenize(text)
    mentions = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert {w for w in main | subordinate if w in mentions and mentions[w].main} == main, mentions


#: Words that are events in some places and not in others.
MENTION_WORDS: list[tuple[str, str, bool, bool]] = [
    # (sentence, word, is a mention, is verbal)
    ("The letters were given to the archive in 1990.", "given", True, True),
    ("Given the cost, the plan was dropped.", "Given", False, False),
    ("The judge held her second hearing on Monday.", "hearing", True, False),
    ("She was hearing the case alone.", "hearing", True, True),
    ("The wall was built of dressed stones.", "dressed", False, False),
    ("The mayor won by seven votes on Friday.", "votes", False, False),
    ("The team lost by 12 points.", "points", False, False),
    ("The council held two votes on Friday.", "votes", True, False),
]


@pytest.mark.parametrize(
    ("text", "word", "mention", "verbal"), MENTION_WORDS, ids=[c[0][:40] for c in MENTION_WORDS]
)
def test_mention_words(text: str, word: str, mention: bool, verbal: bool) -> None:
    tokens = tokenize(text)
    found = {m.token.text: m for m in find_mentions(tokens, split_sentences(text, tokens), frozenset())}
    assert (word in found) == mention, found
    if mention:
        assert found[word].verbal == verbal


#: A biography's lead "(D1 – D2)" dates the person's birth and death wherever they are told; a
#: birth or death of someone else, or one the text dates otherwise, keeps its own time.
LIFESPANS: list[tuple[str, dict[str, str], list[tuple[str, str | None]]]] = [
    (
        "Rosa Lind (4 May 1890 – 9 Oct. 1961) was a painter. Lind was born in Malmo. Her brother "
        "died in 1930. She died in October 1961 at her studio.",
        {"4 May 1890": "1890-05-04", "9 Oct. 1961": "1961-10-09", "1930": "1930", "October 1961": "1961-10"},
        [("born", "1890-05-04"), ("died", "1930"), ("died", "1961-10-09")],
    ),
    (
        "Karl Ost (1801 – 1870) was a printer. He was born in Riga. He died in 1869.",
        {"1801": "1801", "1870": "1870", "1869": "1869"},
        [("born", "1801"), ("died", "1869")],
    ),
    (
        "Tom Reed (born 2 June 1970) is a chemist. Reed was born in Leeds.",
        {"2 June 1970": "1970-06-02"},
        [("born", "1970-06-02")],
    ),
    (
        # no lifespan: two dates in a parenthesis that are not joined as one span
        "Anna Berg (born 1901, baptised 1902) was a nurse. She was born in Oslo.",
        {"1901": "1901", "1902": "1902"},
        [("born", None)],
    ),
]


@pytest.mark.parametrize(("text", "expressions", "expected"), LIFESPANS, ids=[c[0][:40] for c in LIFESPANS])
def test_lead_lifespan(
    text: str, expressions: dict[str, str], expected: list[tuple[str, str | None]]
) -> None:
    events = extract_events(analyzed(text, expressions, kind="narrative"))
    explicit = [(e.trigger, e.time.value) for e in events if e.trigger in {w for w, _ in expected}]
    for trigger, value in expected:
        values = [v for t, v in explicit if t == trigger]
        if value is None:
            birth = next(e for e in events if e.trigger == trigger)
            assert "lifespan" not in birth.time.reason, birth.time
        else:
            assert value in values, (trigger, explicit)
            explicit.remove((trigger, value))


#: A speech verb that acts on an object is an act of its own, kept in the chronology; one that
#: attributes the sentence's news is not.
SPEECH_ACTS: list[tuple[str, str, bool]] = [
    (
        "Crews cleared the road on Monday. About 300 volunteers answered the call, and the work ended.",
        "answered",
        True,
    ),
    ("Crews cleared the road on Monday, and the work ended, officials said.", "said", False),
    (
        "The author finished the book on Monday. She wrote a letter to her editor, and the work ended.",
        "wrote",
        True,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "kept"), SPEECH_ACTS, ids=[c[0][:40] for c in SPEECH_ACTS])
def test_speech_verbs_with_objects(text: str, trigger: str, kept: bool) -> None:
    events = extract_events(analyzed(text, {"Monday": "2022-01-31"}))
    event = next(e for e in events if e.trigger == trigger)
    assert event.mention_only is not kept, event


def test_a_span_bounding_one_side_leaves_the_predicate_undated() -> None:
    text = "The pit closed in 1986, and most of the miners left the valley within five years."
    events = extract_events(analyzed(text, {"1986": "1986", "five years": "P5Y"}, kind="narrative"))
    left = next(e for e in events if e.trigger == "left")
    assert left.time.value is None and "one side" in left.time.reason, left.time
    closed = next(e for e in events if e.trigger == "closed")
    assert closed.time.value == "1986"


def test_a_long_chain_of_conjuncts_is_read_without_deep_recursion() -> None:
    text = "The men who " + " and ".join(["ran", "hid"] * 200) + " were caught."
    tokens = tokenize(text)
    mentions = find_mentions(tokens, split_sentences(text, tokens), frozenset())
    # (the sentence is cut into pieces of bounded length, so only the first piece has the "who")
    assert len(mentions) >= 400 and not any(m.main for m in mentions[:20])
