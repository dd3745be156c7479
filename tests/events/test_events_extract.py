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
        {"storm": "2022-02-02"},
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
        ("The plans drew an angry protest.", ["plans", "drew", "protest"]),
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
