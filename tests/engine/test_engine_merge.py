"""Merging one event reported by several documents; conflicts when they disagree on the date."""

from __future__ import annotations

from datetime import date

from chronology.engine.merge import merge_events
from chronology.model.event import TimeBasis
from tests.engine.conftest import EventFactory

LANDED_A = "Marines from the Fourth Fleet landed near Port Halden"
LANDED_B = "Fourth Fleet marines landed at Port Halden"


def test_same_event_from_two_documents_is_merged(make_event: EventFactory) -> None:
    a = make_event("wire", 10, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    b = make_event("paper", 4, "2022-02-03", headline=LANDED_B, trigger="landed", lemma="land")
    merged = merge_events([a, b])
    assert len(merged) == 1
    event = merged[0]
    assert {s.document_id for s in event.sources} == {"wire", "paper"}
    assert event.merge_reason and "land" in event.merge_reason
    assert event.conflict is None
    assert len(event.merged_from) == 1


def test_disagreeing_dates_are_kept_and_flagged(make_event: EventFactory) -> None:
    a = make_event("wire", 10, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    b = make_event("paper", 4, "2022-02-04", headline=LANDED_B, trigger="landed", lemma="land")
    (event,) = merge_events([a, b])
    assert event.conflict is not None
    assert "2022-02-03" in event.conflict and "2022-02-04" in event.conflict
    assert {s.time.value for s in event.sources if s.time} == {"2022-02-03", "2022-02-04"}


def test_a_date_and_its_month_are_compatible(make_event: EventFactory) -> None:
    a = make_event("wire", 10, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    b = make_event("paper", 4, "2022-02", headline=LANDED_B, trigger="landed", lemma="land")
    (event,) = merge_events([a, b])
    assert event.conflict is None
    assert event.time.value == "2022-02-03"  # the finer date speaks for the merged event


def test_reported_time_merges_with_an_explicit_recent_date(make_event: EventFactory) -> None:
    explicit = make_event("wire", 10, "2022-01-20", headline=LANDED_A, trigger="landed", lemma="land")
    reported = make_event(
        "paper",
        4,
        "2022-02-03",
        headline=LANDED_A,
        trigger="landed",
        lemma="land",
        basis=TimeBasis.REPORTED_BY_DCT,
    )
    (event,) = merge_events([explicit, reported])
    assert event.time.basis is TimeBasis.EXPLICIT
    assert event.conflict is None


def test_reported_time_does_not_reach_back_years(make_event: EventFactory) -> None:
    explicit = make_event("wire", 10, "1998-04", headline=LANDED_A, trigger="landed", lemma="land")
    reported = make_event(
        "paper",
        4,
        "2022-02-03",
        headline=LANDED_A,
        trigger="landed",
        lemma="land",
        basis=TimeBasis.REPORTED_BY_DCT,
    )
    assert len(merge_events([explicit, reported])) == 2


def test_different_events_stay_apart(make_event: EventFactory) -> None:
    a = make_event("wire", 10, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    b = make_event(
        "paper", 4, "2022-02-03", headline="The harbour ferry landed late at Brindle Cove", trigger="landed"
    )
    c = make_event(
        "paper", 90, "2022-02-03", headline="Fourth Fleet marines left Port Halden", trigger="left"
    )
    assert len(merge_events([a, b, c])) == 3


def test_reports_from_one_document_are_never_merged(make_event: EventFactory) -> None:
    a = make_event("wire", 10, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    b = make_event("wire", 200, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    assert len(merge_events([a, b])) == 2


def test_plain_speech_is_never_merged_automatically(make_event: EventFactory) -> None:
    a = make_event("wire", 1, "2022-02-03", headline="Governor Alma Reyes said", trigger="said", lemma="say")
    b = make_event(
        "paper",
        1,
        "2022-02-03",
        headline="Governor Alma Reyes said on the radio",
        trigger="said",
        lemma="say",
    )
    assert len(merge_events([a, b])) == 2


def test_kept_apart_pairs_are_not_merged(make_event: EventFactory) -> None:
    a = make_event("wire", 10, "2022-02-03", headline=LANDED_A, trigger="landed", lemma="land")
    b = make_event("paper", 4, "2022-02-03", headline=LANDED_B, trigger="landed", lemma="land")
    assert len(merge_events([a, b], keep_apart=[frozenset({a.id, b.id})])) == 2


def test_many_reports_merge_in_one_pass(make_event: EventFactory) -> None:
    reports = [
        make_event(
            f"doc{n:03d}",
            7,
            "2022-02-03",
            headline=LANDED_A,
            trigger="landed",
            lemma="land",
            published=date(2022, 2, 3 + n % 20),
        )
        for n in range(60)
    ]
    (event,) = merge_events(reports)
    assert len(event.sources) == 60
    assert event.id == "doc000:7"


def test_the_same_explicit_day_stands_in_for_names(make_event: EventFactory) -> None:
    a = make_event(
        "a",
        1,
        "2024-05-13",
        headline="Inspectors closed the Weir Lane bridge after finding cracks in a pier",
        trigger="closed",
        lemma="close",
    )
    b = make_event(
        "b",
        1,
        "2024-05-13",
        headline="Inspectors closed it after cracks appeared in a pier",
        trigger="closed",
        lemma="close",
    )
    (event,) = merge_events([a, b])
    assert event.merge_reason is not None and "same day" in event.merge_reason


def test_names_that_contradict_keep_same_day_reports_apart(make_event: EventFactory) -> None:
    a = make_event(
        "a",
        1,
        "2024-05-13",
        headline="Police arrested a man in Leeds on suspicion of arson",
        trigger="arrested",
        lemma="arrest",
    )
    b = make_event(
        "b",
        1,
        "2024-05-13",
        headline="Police arrested a man in Bristol on suspicion of arson",
        trigger="arrested",
        lemma="arrest",
    )
    assert len(merge_events([a, b])) == 2
