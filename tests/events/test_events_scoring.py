"""The event part of `chronology evaluate --events`: a duration we keep as an event's qualifier."""

from __future__ import annotations

from dataclasses import dataclass

from chronology.evaluation.corpus import GoldDocument, PredictedEvent, Timex
from chronology.evaluation.event_scoring import EventScore, score_event_document
from chronology.readers.timeml import parse_timeml

TIMEML = """<TimeML><DOCID>ours-2</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-03">February 3, 2022</TIMEX3></DCT>
<TEXT>The crews <EVENT eid="e1" class="OCCURRENCE">fought</EVENT> the fire for <TIMEX3 tid="t1" type="DURATION" value="PT2H">two hours</TIMEX3> on <TIMEX3 tid="t2" type="DATE" value="2022-02-01">Tuesday</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE"/>
<TLINK lid="l1" relType="DURING" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t2"/>
</TimeML>"""


@dataclass(frozen=True)
class QualifiedEvent(PredictedEvent):
    """A predicted event that also lists the expressions qualifying it, as `tag --events` can."""

    qualifiers: tuple[int, ...] = ()


def _gold() -> GoldDocument:
    parsed = parse_timeml(TIMEML, "ours-2.tml")
    timexes = tuple(Timex(t.start, t.end, t.text, t.type, t.value) for t in parsed.timexes)
    return GoldDocument(parsed.id, parsed.dct, parsed.text, timexes, parsed)


def _span(gold: GoldDocument, phrase: str) -> tuple[int, int]:
    start = gold.text.index(phrase)
    return start, start + len(phrase)


def _score(event: PredictedEvent) -> dict[str, object]:
    gold = _gold()
    timexes = [
        Timex(*_span(gold, "two hours"), "two hours", "DURATION", "PT2H"),
        Timex(*_span(gold, "Tuesday"), "Tuesday", "DATE", "2022-02-01"),
    ]
    score = EventScore()
    score_event_document(score, gold, timexes, [event])
    anchoring = score.as_dict()["anchoring"]
    assert isinstance(anchoring, dict)
    return anchoring


def test_a_qualifying_duration_counts_only_in_the_second_figure() -> None:
    gold = _gold()
    qualified = _score(QualifiedEvent(*_span(gold, "fought"), "fought", 1, qualifiers=(0,)))
    assert (qualified["links"], qualified["attached"], qualified["attached_or_qualified"]) == (2, 1, 2)
    plain = _score(PredictedEvent(*_span(gold, "fought"), "fought", 1))
    assert (plain["attached"], plain["attached_or_qualified"]) == (1, 1)
    wrong = _score(QualifiedEvent(*_span(gold, "fought"), "fought", None, qualifiers=(1,)))
    assert (wrong["attached"], wrong["attached_or_qualified"]) == (0, 0)
