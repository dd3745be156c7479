"""Event extraction: which happening each time expression dates, and the time of the others."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.engine.intervals import value_interval
from chronology.events import extract_events
from chronology.model.chronology import AnalyzedDocument
from chronology.model.document import Document
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import TimeExpression, TimexType

PUBLISHED = date(2022, 2, 3)


def analyzed(text: str, expressions: dict[str, str], kind: str = "news") -> AnalyzedDocument:
    """A document with hand-made expressions: {expression text: TIMEX3 value}."""
    found = []
    for phrase, value in expressions.items():
        start = text.index(phrase)
        parsed = value_interval(value)
        found.append(
            TimeExpression(
                start=start,
                end=start + len(phrase),
                text=phrase,
                type=TimexType.DURATION if value.startswith("P") else TimexType.DATE,
                value=value,
                granularity=parsed[1] if parsed else None,
                interval=parsed[0] if parsed else None,
            )
        )
    document = Document(id="doc", text=text, published=PUBLISHED)
    return AnalyzedDocument(
        document=document, kind=kind, expressions=tuple(sorted(found, key=lambda e: e.start))
    )


def dated(events: list[Event]) -> dict[str, str | None]:
    return {e.trigger: e.time.value for e in events if e.time.basis is TimeBasis.EXPLICIT}


CASES = [
    (
        "Rescue crews reached the flooded village on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"reached": "2022-02-01"},
    ),
    (
        "On March 4, the harbour board approved the new pier.",
        {"March 4": "2021-03-04"},
        {"approved": "2021-03-04"},
    ),
    ("The club recalled a 1987 strike by its groundsmen.", {"1987": "1987"}, {"strike": "1987"}),
    (
        "Wednesday's storm toppled two cranes at the depot.",
        {"Wednesday": "2022-02-02"},
        {"storm": "2022-02-02", "toppled": "2022-02-02"},
    ),
    (
        "The company bought the mill in 2009 and closed it in May 2015.",
        {"2009": "2009", "May 2015": "2015-05"},
        {"bought": "2009", "closed": "2015-05"},
    ),
    (
        "Volunteers cleared the beach on Saturday, February 5, after the spill.",
        {"Saturday": "2022-02-05", "February 5": "2022-02-05"},
        {"cleared": "2022-02-05"},
    ),
]


@pytest.mark.parametrize(("text", "expressions", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_expressions_date_their_governing_event(
    text: str, expressions: dict[str, str], expected: dict[str, str]
) -> None:
    events = extract_events(analyzed(text, expressions))
    assert dated(events) == expected
    for event in events:
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        assert event.id == f"doc:{event.trigger_start}"
        assert event.headline and event.trigger.lower() in event.headline.lower()


def test_several_dates_qualifying_one_happening_make_one_event() -> None:
    text = "Volunteers cleared the beach on Saturday, February 5, after the spill."
    events = extract_events(analyzed(text, {"Saturday": "2022-02-05", "February 5": "2022-02-05"}))
    assert [e.trigger for e in events if e.time.basis is TimeBasis.EXPLICIT] == ["cleared"]


def test_durations_qualify_but_do_not_date() -> None:
    events = extract_events(analyzed("The two delegations talked for three hours.", {"three hours": "PT3H"}))
    talked = next(e for e in events if e.trigger == "talked")
    assert talked.time.basis is TimeBasis.REPORTED_BY_DCT
    assert talked.time.expression is None
    assert [q.text for q in talked.qualifiers] == ["three hours"]


def test_news_main_predicates_are_reported_by_the_publication_date() -> None:
    events = extract_events(analyzed("The mayor resigned, aides confirmed.", {}))
    resigned = next(e for e in events if e.trigger == "resigned")
    assert resigned.time.basis is TimeBasis.REPORTED_BY_DCT
    assert resigned.time.value == PUBLISHED.isoformat()
    assert "on or before" in resigned.time.reason
    assert not resigned.mention_only


def test_narrative_main_predicates_inherit_the_reference_time() -> None:
    text = "In 1851 the family sailed for Melbourne. They settled near the goldfields."
    events = extract_events(analyzed(text, {"1851": "1851"}, kind="narrative"))
    settled = next(e for e in events if e.trigger == "settled")
    assert settled.time.basis is TimeBasis.INHERITED
    assert settled.time.value == "1851"
    assert settled.time.expression is not None and settled.time.expression.text == "1851"
    assert "1851" in settled.time.reason


def test_subordinate_undated_mentions_are_kept_for_tagging_only() -> None:
    text = "The inspector said that the beams had cracked."
    events = extract_events(analyzed(text, {}))
    cracked = next(e for e in events if e.trigger == "cracked")
    assert cracked.time.basis is TimeBasis.UNDATED and cracked.mention_only
    said = next(e for e in events if e.trigger == "said")
    assert said.event_class == "REPORTING" and not said.mention_only


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("The senator's father had visited the plant.", ["visited"]),
        ("Officials plan to reopen the road.", ["plan", "reopen"]),
        ("The plans to close the mill drew an angry protest.", ["plans", "close", "drew", "protest"]),
        ("Operating income rose after the merger.", ["rose", "merger"]),
        ("They didn't expect the attack.", ["expect", "attack"]),
        ("Crowds marked the ratification of the charter.", ["marked", "ratification"]),
        ("The ratification committee met.", ["met"]),
    ],
)
def test_event_mentions(text: str, triggers: list[str]) -> None:
    assert [e.trigger for e in extract_events(analyzed(text, {}))] == triggers


def test_headline_is_the_clause_without_the_fronted_date() -> None:
    text = "On October 23, the coastguard announced the rescue of all twelve crew members. It was raining."
    events = extract_events(analyzed(text, {"October 23": "2021-10-23"}))
    announced = next(e for e in events if e.trigger == "announced")
    assert announced.headline == "The coastguard announced the rescue of all twelve crew members"
    assert text[announced.start : announced.end].lower() == announced.headline.lower()


def test_empty_and_punctuation_only_texts() -> None:
    assert extract_events(analyzed("", {})) == []
    assert extract_events(analyzed("... !!! ---", {})) == []


def test_the_real_pipeline_dates_the_landing_and_the_announcement() -> None:
    from chronology.pipeline import analyze_document

    text = (
        "Commandos landed on the northern coast Thursday. On October 23, the defence ministry announced "
        "the capture of a rebel commander."
    )
    document = Document(id="wire", text=text, published=PUBLISHED)
    events = extract_events(analyze_document(document))
    found = dated(events)
    assert found.get("landed") == "2022-02-03"
    assert found.get("announced") == "2021-10-23"


def test_future_predicates_are_not_placed_before_the_publication_date() -> None:
    events = extract_events(analyzed("The ferry service will resume after the repairs.", {}))
    resume = next(e for e in events if e.trigger == "resume")
    assert resume.time.basis is TimeBasis.UNDATED and not resume.mention_only
    assert "future" in resume.time.reason


def test_a_dated_complement_dates_the_verb_that_takes_it() -> None:
    text = "Families began returning to the valley on Sunday."
    assert dated(extract_events(analyzed(text, {"Sunday": "2022-01-30"}))) == {
        "began": "2022-01-30",
        "returning": "2022-01-30",
    }


def test_coordinated_predicates_share_a_fronted_date() -> None:
    text = "On May 2, police searched two farms and arrested a driver."
    assert dated(extract_events(analyzed(text, {"May 2": "2021-05-02"}))) == {
        "searched": "2021-05-02",
        "arrested": "2021-05-02",
    }


def test_a_when_clause_shares_the_date_it_follows() -> None:
    text = "The mill last closed in 1931, when the river froze."
    assert dated(extract_events(analyzed(text, {"1931": "1931"}))) == {"closed": "1931", "froze": "1931"}


@pytest.mark.parametrize(
    ("text", "trigger", "headline", "main"),
    [
        (
            "The weir, built in 1890, protects the town.",
            "protects",
            "The weir, built in 1890, protects the town",
            True,
        ),
        (
            "Ada Brill, a local farmer, was rescued at noon.",
            "rescued",
            "Ada Brill, a local farmer, was rescued at noon",
            True,
        ),
        (
            "The storm that flooded the square ended at dawn.",
            "ended",
            "The storm that flooded the square ended at dawn",
            True,
        ),
        (
            "The storm that flooded the square ended at dawn.",
            "flooded",
            "The storm that flooded the square ended at dawn",
            False,
        ),
        ("Rangers said that hikers fell and broke a leg.", "fell", "Hikers fell and broke a leg", False),
        ("The path closed after rocks fell.", "fell", "Rocks fell", False),
        ("Armed men stormed the bank.", "Armed", "Armed men stormed the bank", False),
        (
            "Customs seized 600 pounds (270 kg) of ivory.",
            "seized",
            "Customs seized 600 pounds (270 kg) of ivory",
            True,
        ),
        (
            "The bank lost $8 million, or 40 cents a share, in the quarter.",
            "lost",
            "The bank lost $8 million, or 40 cents a share, in the quarter",
            True,
        ),
    ],
)
def test_headlines_and_main_predicates(text: str, trigger: str, headline: str, main: bool) -> None:
    event = next(e for e in extract_events(analyzed(text, {})) if e.trigger == trigger)
    assert event.headline == headline
    assert event.mention_only is not main


def test_a_fronted_date_covers_a_coordinated_clause() -> None:
    text = "Two days later, a barge sank and three crew members swam ashore."
    found = dated(extract_events(analyzed(text, {"Two days later": "1911-03-16"}, kind="narrative")))
    assert found == {"sank": "1911-03-16", "swam": "1911-03-16"}


def test_a_coordinated_predicate_keeps_its_own_date() -> None:
    text = "The mayor resigned on May 3, and the council elected a successor on May 10."
    found = dated(extract_events(analyzed(text, {"May 3": "2021-05-03", "May 10": "2021-05-10"})))
    assert found == {"resigned": "2021-05-03", "elected": "2021-05-10"}


def test_a_dated_verb_shares_its_date_with_the_verb_it_takes() -> None:
    text = "On Friday, the firm began recalling the heaters."
    found = dated(extract_events(analyzed(text, {"Friday": "2022-02-04"})))
    assert found == {"began": "2022-02-04", "recalling": "2022-02-04"}


def test_a_shared_date_says_where_it_comes_from() -> None:
    text = "On May 2, police searched two farms and arrested a driver."
    events = extract_events(analyzed(text, {"May 2": "2021-05-02"}))
    arrested = next(e for e in events if e.trigger == "arrested")
    searched = next(e for e in events if e.trigger == "searched")
    assert "shares with 'searched'" in arrested.time.reason
    assert "shares" not in searched.time.reason


SHARED_DATES = [
    # a verb and the occasion of its "in/at/during" phrase happen at one time
    (
        "Two fishermen drowned in a storm on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"drowned": "2022-02-01", "storm": "2022-02-01"},
    ),
    # a relative clause on a dated occasion
    (
        "The 2019 flood that destroyed the old bridge is still remembered.",
        {"2019": "2019"},
        {"flood": "2019", "destroyed": "2019"},
    ),
    # what a dated occasion did, it did then
    (
        "The March 1998 bombings killed forty people.",
        {"March 1998": "1998-03"},
        {"bombings": "1998-03", "killed": "1998-03"},
    ),
    # a participle clause after a comma
    (
        "The envoy flew to the capital on Monday, hoping to restart the negotiation.",
        {"Monday": "2022-01-31"},
        {"flew": "2022-01-31", "hoping": "2022-01-31"},
    ),
    # a "when" clause and the clause it is attached to
    (
        "Two hikers drowned when their boat sank in late June.",
        {"late June": "2021-06"},
        {"drowned": "2021-06", "sank": "2021-06"},
    ),
    # "as" with a clause of its own
    (
        "The guard was hit on Friday night as he stood at the gate.",
        {"Friday night": "2022-01-28TNI"},
        {"hit": "2022-01-28TNI", "stood": "2022-01-28TNI"},
    ),
    # a series of predicates closed by "and"
    (
        "In May, the club sold its ground, paid its debts and moved to a new town.",
        {"May": "2021-05"},
        {"sold": "2021-05", "paid": "2021-05", "moved": "2021-05"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expressions", "expected"), SHARED_DATES, ids=[c[0][:30] for c in SHARED_DATES]
)
def test_predicates_that_happen_at_the_governed_time_share_the_date(
    text: str, expressions: dict[str, str], expected: dict[str, str]
) -> None:
    assert dated(extract_events(analyzed(text, expressions))) == expected


GOVERNORS = [
    # the date past the subject of a reported clause belongs to that clause
    (
        "The mayor said revenue for the third quarter rose sharply.",
        {"the third quarter": "2021-Q3"},
        {"rose": "2021-Q3"},
    ),
    # "said on Thursday": the reporting verb's own date
    (
        "The mayor said on Thursday that revenue rose sharply.",
        {"Thursday": "2022-02-03"},
        {"said": "2022-02-03"},
    ),
    # the main clause happens within the occasion its opening phrase names
    (
        "In heavy trading on Friday, the shares closed lower.",
        {"Friday": "2022-01-28"},
        {"trading": "2022-01-28", "closed": "2022-01-28"},
    ),
    # asides do not separate a predicate from its date
    (
        "Police seized 600 pounds (270 kg) of fertilizer on Sunday.",
        {"Sunday": "2022-01-30"},
        {"seized": "2022-01-30"},
    ),
    (
        "The bank lost $8 million, or 40 cents a share, in the third quarter.",
        {"the third quarter": "2021-Q3"},
        {"lost": "2021-Q3"},
    ),
    # a phrase opened by "after" is no occasion of the main clause
    (
        "After leaving office in 2001, the senator wrote a memoir.",
        {"2001": "2001"},
        {"leaving": "2001"},
    ),
    # a gerund that takes an object after a preposition is a predicate of its own
    (
        "The drifter is charged with gunning down a ranger last fall.",
        {"last fall": "2021-FA"},
        {"gunning": "2021-FA"},
    ),
    # a gerund after a determiner and names is a noun, whose relative clause shares its date
    (
        "The 1996 Harbor Street bombing that killed two guards remains unsolved.",
        {"1996": "1996"},
        {"bombing": "1996", "killed": "1996"},
    ),
    # the date after the object of a planning verb is the planned event's
    (
        "Protesters planned a large demonstration in the square on Saturday.",
        {"Saturday": "2022-02-05"},
        {"demonstration": "2022-02-05"},
    ),
    # a date in the first conjunct is not the second's
    (
        "The fund will stay open for next year but said it would review fees.",
        {"next year": "2023"},
        {"stay": "2023"},
    ),
]


@pytest.mark.parametrize(("text", "expressions", "expected"), GOVERNORS, ids=[c[0][:30] for c in GOVERNORS])
def test_the_predicate_a_date_governs(
    text: str, expressions: dict[str, str], expected: dict[str, str]
) -> None:
    assert dated(extract_events(analyzed(text, expressions))) == expected


@pytest.mark.parametrize(
    ("text", "not_events"),
    [
        ("The thrift holding company posted higher operating profit.", {"holding", "operating"}),
        ("The engineering concern said it would hire.", {"concern"}),
        ("The robber, known as the Fox, fled north.", {"known"}),
        ("Rescuers found an estimated 300 survivors.", {"estimated"}),
    ],
)
def test_words_that_name_no_happening(text: str, not_events: set[str]) -> None:
    triggers = {e.trigger for e in extract_events(analyzed(text, {}))}
    assert triggers and not triggers & not_events


def test_possessive_have_is_a_state_that_a_date_places() -> None:
    text = "The company had a loss of two million dollars in May."
    events = extract_events(analyzed(text, {"May": "2021-05"}))
    had = next(e for e in events if e.trigger == "had")
    assert had.event_class == "STATE" and had.time.value == "2021-05"
    undated = extract_events(analyzed("The company has a loss.", {}))
    assert next(e for e in undated if e.trigger == "has").mention_only
    auxiliary = extract_events(analyzed("The company had closed the mill.", {}))
    assert "had" not in {e.trigger for e in auxiliary}


def test_an_undated_speech_act_about_other_news_stays_out_of_the_chronology() -> None:
    events = extract_events(
        analyzed("Troops landed on the coast Thursday, officials said.", {"Thursday": "2022-02-03"})
    )
    said = next(e for e in events if e.trigger == "said")
    assert said.mention_only and said.time.basis is TimeBasis.REPORTED_BY_DCT
    alone = extract_events(analyzed("The minister said so.", {}))
    assert not next(e for e in alone if e.trigger == "said").mention_only
    dated_speech = extract_events(
        analyzed("The minister said on Monday that troops landed.", {"Monday": "2022-01-31"})
    )
    assert not next(e for e in dated_speech if e.trigger == "said").mention_only


def test_a_duration_qualifies_the_happening_it_measures() -> None:
    events = extract_events(analyzed("Negotiators held three days of talks.", {"three days": "P3D"}))
    talks = next(e for e in events if e.trigger == "talks")
    assert [q.text for q in talks.qualifiers] == ["three days"]
    assert talks.time.expression is None


def test_a_chronology_build_leaves_out_mentions_it_would_drop() -> None:
    from chronology.engine import assemble
    from chronology.model.document import Document
    from chronology.pipeline import process_document
    from chronology.settings import Settings

    document = Document(
        id="ferry",
        text="The ferry resumed service on Monday after engineers repaired a cracked hull, officials said.",
        published=date(2022, 2, 3),
    )
    everything = process_document(document)
    kept = process_document(document, chronology_only=True)
    assert any(event.mention_only for event in everything.events)
    assert not any(event.mention_only for event in kept.events)
    assert [e for e in everything.events if not e.mention_only] == list(kept.events)
    settings = Settings()
    assert assemble([everything], settings=settings).events == assemble([kept], settings=settings).events
