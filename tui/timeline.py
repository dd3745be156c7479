"""The timeline as rows: events in date order, grouped by year, month or day, filtered and searched.

Headless (no Textual), so ordering, grouping, filtering and density are tested and measured on their own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from chronology.model.chronology import AnalyzedDocument, Chronology
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import Granularity, TimexType
from chronology_tui.dates import EventDate, day_label, event_date, finer_or_equal, month_label, rank


class Zoom(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"

    def finer(self) -> Zoom:
        order = list(Zoom)
        return order[min(order.index(self) + 1, len(order) - 1)]

    def coarser(self) -> Zoom:
        order = list(Zoom)
        return order[max(order.index(self) - 1, 0)]


UNDATED_LABEL = "Undated"


# Plain slotted classes: tens of thousands are made on every rebuild, and frozen dataclasses pay for
# object.__setattr__ on each field.
@dataclass(slots=True, eq=False)
class Entry:
    """One event with what the list needs precomputed (its date, its search text)."""

    event: Event
    date: EventDate
    haystack: str
    document_ids: frozenset[str]
    order: int
    #: Another event in the chronology has the same headline (two events of one clause, "A canoe
    #: overturned and two porters drowned"): the list then names this one's trigger to tell them apart.
    shared_headline: bool = False

    @property
    def conflict(self) -> bool:
        return self.event.conflict is not None

    @property
    def assumed(self) -> bool:
        """Dated, but not by an expression that dates this event itself (or a person)."""
        return self.date.dated and self.event.time.basis not in (TimeBasis.EXPLICIT, TimeBasis.CORRECTED)

    @property
    def timex_type(self) -> TimexType | None:
        expression = self.event.time.expression
        return expression.type if expression is not None else None


@dataclass(frozen=True)
class FilterSpec:
    """What the list shows. The empty spec shows every visible event."""

    query: str = ""
    document_id: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    timex_type: TimexType | None = None
    min_precision: Granularity | None = None
    conflicts_only: bool = False
    show_hidden: bool = False

    def terms(self) -> list[str]:
        return self.query.casefold().split()

    def accepts(self, entry: Entry) -> bool:
        event = entry.event
        if event.hidden and not self.show_hidden:
            return False
        if self.conflicts_only and not entry.conflict:
            return False
        if self.document_id is not None and self.document_id not in entry.document_ids:
            return False
        if self.timex_type is not None and entry.timex_type != self.timex_type:
            return False
        if self.min_precision is not None:
            granularity = entry.date.granularity
            if granularity is None or not finer_or_equal(granularity, self.min_precision):
                return False
        if self.date_from is not None or self.date_to is not None:
            point = entry.date.point
            if point is None:
                return False
            if self.date_from is not None and point.start < self.date_from:
                return False
            if self.date_to is not None and point.start > self.date_to:
                return False
        return all(term in entry.haystack for term in self.terms())

    def describe(self) -> str:
        """A short line naming the active filters, for the status bar."""
        parts: list[str] = []
        if self.query:
            parts.append(f"search {self.query!r}")
        if self.document_id:
            parts.append(f"document {self.document_id}")
        if self.date_from:
            parts.append(f"from {self.date_from:%Y-%m-%d}")
        if self.date_to:
            parts.append(f"to {self.date_to:%Y-%m-%d}")
        if self.timex_type:
            parts.append(f"type {self.timex_type.value}")
        if self.min_precision:
            parts.append(f"precision ≥ {self.min_precision.value}")
        if self.conflicts_only:
            parts.append("conflicts only")
        if self.show_hidden:
            parts.append("showing hidden")
        return ", ".join(parts)


@dataclass(slots=True)
class HeaderRow:
    label: str
    count: int
    key: Hashable


@dataclass(slots=True, eq=False)
class EventRow:
    entry: Entry


Row = HeaderRow | EventRow


def group_of(when: EventDate, zoom: Zoom) -> tuple[Hashable, str]:
    """The group an event falls in at a zoom; coarser events form their own group at their own label."""
    point = when.point
    if point is None:
        return ("undated",), UNDATED_LABEL
    start, granularity = point.start, point.granularity
    if zoom is Zoom.YEAR and finer_or_equal(granularity, Granularity.YEAR):
        return (start.year,), f"{start.year}"
    if zoom is Zoom.MONTH and finer_or_equal(granularity, Granularity.MONTH):
        return (start.year, start.month), month_label(start.year, start.month)
    if zoom is Zoom.DAY and finer_or_equal(granularity, Granularity.DAY):
        return (start.year, start.month, start.day), day_label(start.date())
    return ("coarse", when.label), when.label


def _sort_key(entry: Entry) -> tuple[int, datetime, int, int]:
    point = entry.date.point
    if point is None:
        return (1, datetime.min, 0, entry.order)
    return (0, point.start, rank(point.granularity), entry.order)


def _haystack(event: Event) -> str:
    texts = [event.headline, event.trigger, *(source.text for source in event.sources)]
    return "\n".join(texts).casefold()


def _mark_shared_headlines(entries: Sequence[Entry]) -> None:
    """Flag entries whose headline (compared without case or spacing) a visible entry repeats with a
    different trigger; the same words from the same verb would gain nothing from naming it, and a hidden
    event (shown only on request) does not make a visible one's headline ambiguous."""
    triggers: dict[str, set[str]] = {}
    keys = [" ".join(entry.event.headline.casefold().split()) for entry in entries]
    for entry, key in zip(entries, keys, strict=True):
        if not entry.event.hidden:
            triggers.setdefault(key, set()).add(entry.event.trigger.casefold())
    for entry, key in zip(entries, keys, strict=True):
        entry.shared_headline = len(triggers.get(key, set()) | {entry.event.trigger.casefold()}) > 1


@dataclass
class Timeline:
    """A chronology's (corrected) events in order, with rows, density and lookups for the UI."""

    chronology: Chronology
    entries: list[Entry]
    documents: dict[str, AnalyzedDocument] = field(default_factory=dict)
    _by_day: dict[date, list[Entry]] | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls, chronology: Chronology, events: Sequence[Event], previous: Timeline | None = None
    ) -> Timeline:
        """Entries for `events`; those of `previous` whose event object is unchanged are reused, so a
        correction recomputes only the events it changed."""
        known = {id(entry.event): entry for entry in previous.entries} if previous is not None else {}
        entries: list[Entry] = []
        for order, event in enumerate(events):
            entry = known.get(id(event))
            if entry is not None and entry.event is event:
                entry.order = order
            else:
                entry = Entry(
                    event=event,
                    date=event_date(event.time),
                    haystack=_haystack(event),
                    document_ids=frozenset(
                        {event.document_id, *(source.document_id for source in event.sources)}
                    ),
                    order=order,
                )
            entries.append(entry)
        entries.sort(key=_sort_key)
        _mark_shared_headlines(entries)
        documents = {analyzed.document.id: analyzed for analyzed in chronology.documents}
        return cls(chronology=chronology, entries=entries, documents=documents)

    def filtered(self, spec: FilterSpec) -> list[Entry]:
        return [entry for entry in self.entries if spec.accepts(entry)]

    def span(self) -> tuple[datetime, datetime] | None:
        """First and last start of every dated event (hidden ones too): the density strip's fixed axis."""
        dated = [entry.date.point.start for entry in self.entries if entry.date.point is not None]
        if not dated:
            return None
        return dated[0], dated[-1]

    def same_day(self, entry: Entry) -> list[Entry]:
        """The other (visible) events on the day of a day-or-finer event."""
        point = entry.date.point
        if point is None or not finer_or_equal(point.granularity, Granularity.DAY):
            return []
        if self._by_day is None:
            by_day: dict[date, list[Entry]] = {}
            for other in self.entries:
                other_point = other.date.point
                if other_point is not None and finer_or_equal(other_point.granularity, Granularity.DAY):
                    by_day.setdefault(other_point.start.date(), []).append(other)
            self._by_day = by_day
        return [
            other
            for other in self._by_day.get(point.start.date(), [])
            if other is not entry and not other.event.hidden
        ]


def build_rows(entries: Iterable[Entry], zoom: Zoom) -> list[Row]:
    """Entries (already in order) with a heading before each group, each heading counting its events."""
    rows: list[Row] = []
    header_at = -1
    current_key: Hashable = object()
    count = 0
    for entry in entries:
        key, label = group_of(entry.date, zoom)
        if key != current_key:
            if header_at >= 0:
                previous = rows[header_at]
                assert isinstance(previous, HeaderRow)
                rows[header_at] = HeaderRow(previous.label, count, previous.key)
            header_at = len(rows)
            rows.append(HeaderRow(label, 0, key))
            current_key, count = key, 0
        rows.append(EventRow(entry))
        count += 1
    if header_at >= 0:
        previous = rows[header_at]
        assert isinstance(previous, HeaderRow)
        rows[header_at] = HeaderRow(previous.label, count, previous.key)
    return rows


def row_at_or_after(rows: Sequence[Row], when: datetime) -> int | None:
    """Index of the first event row dated at or after `when` (the last dated one if none is)."""
    starts: list[datetime] = []
    indexes: list[int] = []
    for index, row in enumerate(rows):
        if isinstance(row, EventRow) and row.entry.date.point is not None:
            starts.append(row.entry.date.point.start)
            indexes.append(index)
    if not indexes:
        return None
    position = bisect_left(starts, when)
    return indexes[min(position, len(indexes) - 1)]


def density(entries: Iterable[Entry], span: tuple[datetime, datetime], bins: int) -> list[int]:
    """How many of `entries` start in each of `bins` equal periods of `span`."""
    counts = [0] * max(bins, 1)
    first, last = span
    width = (last - first).total_seconds()
    for entry in entries:
        point = entry.date.point
        if point is None:
            continue
        offset = (point.start - first).total_seconds()
        index = 0 if width <= 0 else int(offset / width * len(counts))
        counts[min(max(index, 0), len(counts) - 1)] += 1
    return counts


def bin_start(span: tuple[datetime, datetime], bins: int, index: int) -> datetime:
    """The first instant of density bin `index`."""
    first, last = span
    return first + (last - first) * (index / max(bins, 1))


def bin_of(span: tuple[datetime, datetime], bins: int, when: datetime) -> int:
    first, last = span
    width = (last - first).total_seconds()
    if width <= 0:
        return 0
    index = int((when - first).total_seconds() / width * bins)
    return min(max(index, 0), bins - 1)
