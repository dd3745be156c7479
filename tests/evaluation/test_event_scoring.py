"""Event trigger and anchoring figures, and event tense, on a small TimeML document of our own."""

from __future__ import annotations

import pytest

from chronology.evaluation.corpus import GoldDocument, PredictedEvent, Timex
from chronology.evaluation.event_scoring import EventScore, score_event_document
from chronology.evaluation.tense_scoring import TenseScore, score_tense_document, timeml_tense
from chronology.readers.timeml import parse_timeml
from chronology.tense import Tense, TenseReading

TIMEML = """<TimeML><DOCID>ours-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-03">February 3, 2022</TIMEX3></DCT>
<TEXT>Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town <TIMEX3 tid="t1" type="DATE" value="2022-02-01">Tuesday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">burned</EVENT> a bridge. The army <EVENT eid="e3" class="OCCURRENCE">will return</EVENT> on <TIMEX3 tid="t2" type="DATE" value="2022-02-07">Monday</TIMEX3>. Officials <EVENT eid="e4" class="REPORTING">say</EVENT> the <EVENT eid="e5" class="OCCURRENCE">talks</EVENT> failed.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="FUTURE" aspect="NONE"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT" aspect="NONE"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="NONE" aspect="NONE"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l3" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei3"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei4" relatedToTime="t2"/>
<TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t0"/>
<TLINK lid="l6" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t2"/>
</TimeML>"""


@pytest.fixture
def gold() -> GoldDocument:
    parsed = parse_timeml(TIMEML, "ours-1.tml")
    timexes = tuple(Timex(t.start, t.end, t.text, t.type, t.value) for t in parsed.timexes)
    return GoldDocument(parsed.id, parsed.dct, parsed.text, timexes, parsed)


def span(gold: GoldDocument, phrase: str) -> tuple[int, int]:
    start = gold.text.index(phrase)
    return start, start + len(phrase)


def test_triggers_and_anchoring(gold: GoldDocument) -> None:
    timexes = [
        Timex(*span(gold, "Tuesday"), "Tuesday", "DATE", "2022-02-01"),
        Timex(*span(gold, "Monday"), "Monday", "DATE", "2022-02-07"),
    ]
    events = [
        PredictedEvent(*span(gold, "attacked"), "attacked", 0),  # strict, attached to Tuesday: right
        PredictedEvent(*span(gold, "burned"), "burned", None),  # strict, undated: not attached
        PredictedEvent(
            *span(gold, "return"), "return", 0
        ),  # relaxed ("will return"), attached to the wrong time
        PredictedEvent(*span(gold, "bridge"), "bridge", None),  # spurious
    ]
    score = EventScore()
    score_event_document(score, gold, timexes, events)
    # triggers: 5 gold, 4 ours; strict 2, relaxed 3
    assert (score.gold, score.predicted) == (5, 4)
    assert (score.strict_gold, score.relaxed_gold) == (2, 3)
    figures = score.as_dict()
    assert figures["strict"]["precision"] == pytest.approx(2 / 4)
    assert figures["strict"]["recall"] == pytest.approx(2 / 5)
    assert figures["relaxed"]["precision"] == pytest.approx(3 / 4)
    assert figures["relaxed"]["recall"] == pytest.approx(3 / 5)
    # anchoring: l1, l2, l3 count (same sentence, anchoring relation); l4 is BEFORE, l5 names the
    # creation time (not in the text), l6 crosses a sentence.
    assert score.links == 3
    assert score.links_event_found == 3
    assert score.links_attached == 1
    assert figures["anchoring"]["attached_share"] == pytest.approx(1 / 3)
    assert [(e.kind, e.event, e.timex, e.ours) for e in score.errors] == [
        ("attached elsewhere", "burned", "Tuesday", ""),
        ("attached elsewhere", "will return", "Monday", "Tuesday"),
    ]
    assert figures["anchoring"]["by_relation"] == {
        "INCLUDES": {"links": 1, "attached": 0},
        "IS_INCLUDED": {"links": 2, "attached": 1},
    }


def test_event_tense_counts_finite_gold_tenses_only(gold: GoldDocument) -> None:
    score = TenseScore()
    score_tense_document(score, gold)
    assert score.events == 4  # e5 has tense NONE
    assert score.confusion[("PAST", "PAST")] == 2
    assert score.confusion[("FUTURE", "FUTURE")] == 1
    assert score.confusion[("PRESENT", "PRESENT")] == 1
    assert score.accuracy == 1.0


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (TenseReading(Tense.PRESENT, "has announced", 0, perfect=True), "PRESENT"),
        (TenseReading(Tense.PAST, "announced", 0), "PAST"),
        (TenseReading(Tense.FUTURE, "will have left", 0), "FUTURE"),
        (TenseReading(Tense.UNKNOWN, None, None), "NONE"),
    ],
)
def test_readings_map_to_timeml_tenses(reading: TenseReading, expected: str) -> None:
    assert timeml_tense(reading) == expected
