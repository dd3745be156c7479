"""Merging the same event reported by several documents into one event with several sources.

Two reports are the same event when they share the trigger's base form, name the same participants
(capitalized names) and overlap in wording, and their times are compatible; the same explicit day
stands in for shared names when no names contradict it, and near-identical wording overrules names
only when it is nearly verbatim. Reports with incompatible dates are merged only when they share every
name, most words, and dates a few weeks apart at most: then each source keeps its own time and the
conflict is recorded. Plain speech ("X said") is never merged. A different trigger for the same
happening ("flooded" / "the flood hit") merges at exactly the same explicit time.

Candidates are only compared inside blocks of the same base form and a shared name or day (or the
same explicit time), each block walked in time order through a bounded window, so the cost grows as
n log n in the number of events rather than n².
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from chronology.engine.ordering import document_order_key
from chronology.events.lexicon import CALENDAR_WORDS, FUNCTION_WORDS, SPEECH_LEMMAS
from chronology.model.event import Event, EventTime, Source, TimeBasis

#: How many following candidates in a block each event is compared with.
WINDOW = 24
#: Name overlap (shared / fewer names) and wording overlap (Jaccard) that make two reports one event.
NAME_OVERLAP = 0.5
WORDING_WITH_NAMES = 0.3
WORDING_ALONE = 0.6
WORDING_DESPITE_NAMES = 0.8
#: Wording (the trigger left out) for two reports of one explicit day that name no participants in common.
WORDING_SAME_DAY = 0.3
#: Wording needed when one time is only an assumption (the publication date, a narrative's time).
WORDING_UNSURE_TIME = 0.45
#: Reports with incompatible dates are one event only when they share every name, most words, and
#: their dates are close: sources disagree on the day of an event, rarely on its year.
CONFLICT_NAME_OVERLAP = 1.0
WORDING_FOR_CONFLICT = 0.6
#: ... and more words still when they share a single name.
WORDING_FOR_CONFLICT_ONE_NAME = 0.75
MAX_CONFLICT_GAP = timedelta(days=45)
#: How far before its publication date an undated news report is taken to have happened, for merging.
REPORTED_WINDOW = timedelta(days=60)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STRONG_BASES = (TimeBasis.EXPLICIT, TimeBasis.CORRECTED)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Features:
    """What an event's report is compared on; the time facts are worked out once per event, not per pair."""

    lemma: str
    names: frozenset[str]
    words: frozenset[str]
    #: The span the event's time allows (see `_bounds`); None when it allows any.
    bounds: tuple[datetime, datetime] | None = None
    #: Whether the time is explicit or corrected and has an interval.
    strong: bool = False
    #: The interval of a strong time, for telling two reports of exactly the same time.
    exact: tuple[datetime, datetime] | None = None
    #: Whether the time is a day or finer.
    day_or_finer: bool = False


def features(event: Event) -> Features:
    names: set[str] = set()
    words: set[str] = set()
    for index, match in enumerate(_WORD.finditer(event.headline)):
        token = match.group()
        lower = token.lower()
        if lower in FUNCTION_WORDS or lower in CALENDAR_WORDS:
            continue
        # A capital starts every headline, so the first word is a name only when it is all capitals.
        if token[0].isupper() and (index > 0 or token.isupper()):
            names.add(lower)
        if len(lower) > 2:
            words.add(_stem(lower))
    lemma = (event.lemma or _stem(event.trigger)).lower()
    time = event.time
    strong = _strong(time)
    return Features(
        lemma=lemma,
        names=frozenset(names),
        words=frozenset(words),
        bounds=_bounds(time),
        strong=strong,
        exact=(time.interval.start, time.interval.end) if strong and time.interval is not None else None,
        day_or_finer=_day_or_finer(time),
    )


def _name_overlap(a: Features, b: Features) -> float:
    if not a.names or not b.names:
        return 0.0
    return len(a.names & b.names) / min(len(a.names), len(b.names))


def _wording(a: Features, b: Features, leave_out: frozenset[str] = frozenset()) -> float:
    first, second = a.words - leave_out, b.words - leave_out
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _bounds(time: EventTime) -> tuple[datetime, datetime] | None:
    if time.interval is None or time.basis is TimeBasis.UNDATED:
        return None
    if time.basis is TimeBasis.REPORTED_BY_DCT:
        # "on or before the publication date": news reports recent happenings without a date, older
        # ones with one, so only the weeks before publication are compatible with it
        return time.interval.end - REPORTED_WINDOW, time.interval.end
    return time.interval.start, time.interval.end


def times_compatible(a: EventTime, b: EventTime) -> bool:
    first, second = _bounds(a), _bounds(b)
    if first is None or second is None:
        return True
    return first[0] <= second[1] and second[0] <= first[1]


def _strong(time: EventTime) -> bool:
    return time.basis in _STRONG_BASES and time.interval is not None


def _related_triggers(a: Features, b: Features) -> bool:
    """Different predicates for one happening: "flooded" and "the flood hit" share the word "flood"."""
    return a.lemma in b.words or b.lemma in a.words


def _same_time(a: EventTime, b: EventTime) -> bool:
    return (
        _strong(a)
        and _strong(b)
        and a.interval is not None
        and b.interval is not None
        and (a.interval.start, a.interval.end) == (b.interval.start, b.interval.end)
    )


def _gap(a: EventTime, b: EventTime) -> timedelta:
    """How far apart two explicit times are (zero when they overlap)."""
    if a.interval is None or b.interval is None:
        return timedelta.max
    return max(b.interval.start - a.interval.end, a.interval.start - b.interval.end, timedelta(0))


def _day_or_finer(time: EventTime) -> bool:
    from chronology.model.expression import GRANULARITY_ORDER, Granularity

    granularity = time.granularity
    return granularity is not None and GRANULARITY_ORDER.index(granularity) >= GRANULARITY_ORDER.index(
        Granularity.DAY
    )


def _same_features_time(fa: Features, fb: Features) -> bool:
    """`_same_time` of the two events, from their features."""
    return fa.exact is not None and fa.exact == fb.exact


def _shared_names(fa: Features, fb: Features) -> str:
    shared = ", ".join(sorted(fa.names & fb.names))
    return f"shared names: {shared}; " if shared else ""


def match_reason(a: Event, fa: Features, b: Event, fb: Features) -> str | None:
    """Why `a` and `b` are one event, or None when they are not."""
    if a.document_id == b.document_id:
        return None
    same_lemma = fa.lemma == fb.lemma
    if same_lemma and fa.lemma in SPEECH_LEMMAS:
        return None  # each article's "X said" is its own act of saying, however alike the words
    if not same_lemma and not (_same_features_time(fa, fb) and _related_triggers(fa, fb)):
        return None
    names = _name_overlap(fa, fb)
    wording = _wording(fa, fb)
    if not same_lemma:
        # Another predicate for the same happening at exactly the same explicit time ("flooded", "the flood hit")
        if names >= NAME_OVERLAP or wording >= WORDING_WITH_NAMES:
            return (
                f"triggers '{fa.lemma}' and '{fb.lemma}' name one happening; {_shared_names(fa, fb)}"
                f"wording overlap {wording:.2f}; same time {a.time.value}"
            )
        return None
    both_strong = fa.strong and fb.strong
    first, second = fa.bounds, fb.bounds
    if first is None or second is None or (first[0] <= second[1] and second[0] <= first[1]):
        # (the times are compatible: `times_compatible`)
        # The same explicit day (or a finer time) stands in for shared names: "Inspectors closed the Old
        # Mill bridge on Monday" and "which inspectors closed on May 13 after cracks appeared"
        # as long as no names contradict it ("arrested a man in Leeds" / "in Bristol")
        if names < NAME_OVERLAP and _same_features_time(fa, fb) and fa.day_or_finer:
            content = _wording(fa, fb, leave_out=frozenset({fa.lemma, _stem(a.trigger), _stem(b.trigger)}))
            contradicted = bool(fa.names and fb.names and not fa.names & fb.names)
            if content >= WORDING_SAME_DAY and not contradicted:
                return f"same trigger '{fa.lemma}'; wording overlap {content:.2f}; same day {a.time.value}"
        # Different names ("in Leeds" / "in Bristol") take near-identical wording to overrule
        contradicted = bool(fa.names and fb.names and not fa.names & fb.names)
        alone = WORDING_DESPITE_NAMES if contradicted else WORDING_ALONE
        enough = (names >= NAME_OVERLAP and wording >= WORDING_WITH_NAMES) or wording >= alone
        if not enough:
            return None
        if not both_strong and not (names >= NAME_OVERLAP and wording >= WORDING_UNSURE_TIME):
            return None
        return f"same trigger '{fa.lemma}'; {_shared_names(fa, fb)}wording overlap {wording:.2f}; compatible times"
    # Dates disagree: only near-identical reports a few weeks apart at most are one event
    if (
        both_strong
        and names >= CONFLICT_NAME_OVERLAP
        and wording >= WORDING_FOR_CONFLICT
        and (len(fa.names & fb.names) >= 2 or wording >= WORDING_FOR_CONFLICT_ONE_NAME)
        and _gap(a.time, b.time) <= MAX_CONFLICT_GAP
    ):
        return (
            f"same trigger '{fa.lemma}'; {_shared_names(fa, fb)}wording overlap {wording:.2f}; dates differ"
        )
    return None


class _Groups:
    """Union-find over event indexes that never joins two reports from the same document."""

    def __init__(self, events: Sequence[Event], apart: frozenset[frozenset[str]]) -> None:
        self.parent = list(range(len(events)))
        self.documents = [{event.document_id} for event in events]
        self.ids = [{event.id, *event.merged_from} for event in events]
        self.apart = apart
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, a: int, b: int, reason: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b or self.documents[root_a] & self.documents[root_b]:
            return
        if self.apart and any(
            frozenset((x, y)) in self.apart for x in self.ids[root_a] for y in self.ids[root_b]
        ):
            return
        if root_b < root_a:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        self.documents[root_a] |= self.documents[root_b]
        self.ids[root_a] |= self.ids[root_b]
        self.reasons[root_a].extend([*self.reasons.pop(root_b, []), reason])


def _block_keys(event: Event, feature: Features) -> Iterable[tuple[str, str]]:
    for name in sorted(
        feature.names
    ):  # sorted: the join order, and so the result, must not depend on hashing
        yield (feature.lemma, "name:" + name)
    interval = event.time.interval
    if interval is not None:
        yield (feature.lemma, "day:" + interval.start.date().isoformat())
        if _strong(event.time):
            yield ("*", f"time:{interval.start.isoformat()}/{interval.end.isoformat()}")


def _time_sort_key(event: Event) -> tuple[datetime, str, int]:
    interval = event.time.interval
    return (interval.start if interval is not None else datetime.max, event.document_id, event.trigger_start)


def _with_source(event: Event) -> Event:
    if event.sources:
        return event
    return event.model_copy(update={"sources": (source_of(event, None),)})


def source_of(event: Event, published: object) -> Source:
    """The one-document report an extracted event stands for."""
    from datetime import date

    return Source(
        document_id=event.document_id,
        published=published if isinstance(published, date) else None,
        start=event.start,
        end=event.end,
        text=event.headline,
        time=event.time,
        event_id=event.id,
        trigger=event.trigger,
        trigger_start=event.trigger_start,
        trigger_end=event.trigger_end,
        headline=event.headline,
    )


def _primary_rank(event: Event) -> tuple[int, int, tuple[object, ...]]:
    """Which report speaks for a merged event: an explicit date first, the finest, then the earliest source."""
    from chronology.model.expression import GRANULARITY_ORDER

    strong = 0 if _strong(event.time) else 1
    granularity = event.time.granularity
    fineness = -GRANULARITY_ORDER.index(granularity) if granularity is not None else 0
    return (strong, fineness, document_order_key(event))


def _describe(time: EventTime | None) -> str:
    if time is None or time.value is None:
        return "undated"
    return time.value


def combine(members: Sequence[Event], reasons: Sequence[str]) -> Event:
    """One event from several documents' reports of it."""
    primary = min(members, key=_primary_rank)
    others = [member for member in members if member is not primary]
    sources = sorted(
        (source for member in members for source in member.sources),
        key=lambda source: (source.published is None, source.published, source.document_id, source.start),
    )
    conflict = None
    strong_members = [member for member in members if _strong(member.time)]
    if any(
        not times_compatible(a.time, b.time)
        for i, a in enumerate(strong_members)
        for b in strong_members[i + 1 :]
    ):
        by_document = "; ".join(
            f"{_describe(member.time)} ({member.document_id})"
            for member in sorted(strong_members, key=document_order_key)
        )
        conflict = f"sources disagree on the date: {by_document}"
    return primary.model_copy(
        update={
            "sources": tuple(sources),
            "merged_from": tuple(
                sorted(
                    {
                        *primary.merged_from,
                        *(m.id for m in others),
                        *(i for m in others for i in m.merged_from),
                    }
                )
            ),
            "merge_reason": "; ".join(dict.fromkeys(reasons)) or None,
            "conflict": conflict,
            # how long or how often, as any of the reports says it
            "qualifiers": tuple(
                {(q.text.lower(), q.value): q for m in (primary, *others) for q in m.qualifiers}.values()
            ),
        }
    )


def merge_events(events: Sequence[Event], keep_apart: Iterable[frozenset[str]] = ()) -> list[Event]:
    """Merge reports of the same event across documents, never joining an id pair of `keep_apart`."""
    events = [_with_source(event) for event in events]
    feature_list = [features(event) for event in events]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (event, feature) in enumerate(zip(events, feature_list, strict=True)):
        if event.mention_only:
            continue
        for key in _block_keys(event, feature):
            blocks[key].append(index)
    time_keys = [_time_sort_key(event) for event in events]
    groups = _Groups(events, frozenset(keep_apart))
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=time_keys.__getitem__)
        for position, a in enumerate(members):
            for b in members[position + 1 : position + 1 + WINDOW]:
                if groups.find(a) == groups.find(b):
                    continue
                reason = match_reason(events[a], feature_list[a], events[b], feature_list[b])
                if reason is not None:
                    groups.join(a, b, reason)
    by_root: dict[int, list[int]] = defaultdict(list)
    for index in range(len(events)):
        by_root[groups.find(index)].append(index)
    merged: list[Event] = []
    for root, indexes in by_root.items():
        if len(indexes) == 1:
            merged.append(events[indexes[0]])
        else:
            merged.append(combine([events[i] for i in indexes], groups.reasons.get(root, [])))
    return merged
