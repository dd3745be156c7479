"""The chronology: documents, their expressions, and events in order."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# one document's analysis and the errors, defined apart for the commands that need no more (re-exported)
from chronology.model.analysis import AnalyzedDocument as AnalyzedDocument
from chronology.model.analysis import DocumentError as DocumentError
from chronology.model.analysis import ErrorKind as ErrorKind
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import GRANULARITY_ORDER, Granularity, TimexType
from chronology.settings import Settings

# pydantic builds each model's validator on first use (`defer_build`): a command validates few of
# them, and building the rest only slowed its start-up.

FORMAT_VERSION: Literal["1.0"] = "1.0"


def _key_width(granularity: Granularity | None) -> int:
    """How much of an ISO date names a time of this precision: 10 for a day (or finer), 7 a month, 4 a year."""
    if granularity is None or GRANULARITY_ORDER.index(granularity) >= GRANULARITY_ORDER.index(
        Granularity.WEEK
    ):
        return 10
    return 7 if granularity is Granularity.MONTH else 4


class DocumentResult(BaseModel):
    """What one document yields: its analysis and events, or the error that stopped it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    analyzed: AnalyzedDocument | None = None
    events: tuple[Event, ...] = ()
    error: DocumentError | None = None


class CorrectionKind(StrEnum):
    DATE = "date"
    HEADLINE = "headline"
    HIDE = "hide"
    MERGE = "merge"
    SPLIT = "split"


class Correction(BaseModel):
    """A person's change to the chronology. Applied on top of the built events, never replacing them."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: CorrectionKind
    event_id: str = Field(description="Stable id of the event corrected (survives a rebuild).")
    other_event_ids: tuple[str, ...] = Field(default=(), description="For merges: the events merged in.")
    value: str | None = Field(default=None, description="New TIMEX3 value or headline.")
    note: str | None = None
    created: datetime


class Chronology(BaseModel):
    """Events from many documents in one order, with what could not be read."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    format_version: Literal["1.0"] = FORMAT_VERSION
    generator: str = "chronology"
    created: datetime | None = None
    settings: Settings = Field(default_factory=Settings)
    documents: tuple[AnalyzedDocument, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[DocumentError, ...] = ()
    corrections: tuple[Correction, ...] = ()

    # Queries. The chronology's events are stored in order (dated first, then the undated lane);
    # these return lists so that callers can slice and count them.

    def ordered(self, *, include_hidden: bool = True) -> list[Event]:
        """The dated events in chronological order (by the interval their time denotes)."""
        from chronology.engine.ordering import split_lanes

        dated, _ = split_lanes(self._visible(include_hidden))
        return dated

    def undated(self, *, include_hidden: bool = True) -> list[Event]:
        """Events with no time of their own or from context, in document order."""
        from chronology.engine.ordering import split_lanes

        _, undated = split_lanes(self._visible(include_hidden))
        return undated

    def between(self, start: date | datetime, end: date | datetime) -> list[Event]:
        """Dated events whose time overlaps [start, end]; a date bound covers its whole day."""
        low = start if isinstance(start, datetime) else datetime.combine(start, time.min)
        high = end if isinstance(end, datetime) else datetime.combine(end, time.max)
        return [
            event
            for event in self.ordered()
            if event.time.interval is not None
            and event.time.interval.start <= high
            and event.time.interval.end >= low
        ]

    def filter(
        self,
        *,
        document_id: str | None = None,
        text: str | None = None,
        expression_type: TimexType | str | None = None,
        precision: Granularity | str | None = None,
        basis: TimeBasis | str | None = None,
        include_hidden: bool = True,
    ) -> list[Event]:
        """Events (dated in order, then undated) matching every criterion given.

        `document_id` matches any source; `text` is a case-insensitive search of headline, trigger and
        source texts; `expression_type` is the TIMEX3 type of the dating expression; `precision` the
        granularity of the event's time.
        """
        needle = text.casefold() if text else None
        found: list[Event] = []
        for event in (
            *self.ordered(include_hidden=include_hidden),
            *self.undated(include_hidden=include_hidden),
        ):
            if (
                document_id is not None
                and all(s.document_id != document_id for s in event.sources)
                and (event.document_id != document_id)
            ):
                continue
            if needle is not None and not any(
                needle in part.casefold()
                for part in (event.headline, event.trigger, *(s.text for s in event.sources))
            ):
                continue
            expression = event.time.expression
            if expression_type is not None and (expression is None or expression.type != expression_type):
                continue
            if precision is not None and event.time.granularity != precision:
                continue
            if basis is not None and event.time.basis != basis:
                continue
            found.append(event)
        return found

    def grouped(self, by: Literal["year", "month", "day"] = "year") -> dict[str, list[Event]]:
        """Dated events in order under keys such as '2021', '2021-10', '2021-10-23'.

        An event coarser than the grouping stays under its own precision: by day, an October 2019 event
        is listed under '2019-10', before the days of that month.
        """
        widths = {"year": 4, "month": 7, "day": 10}
        groups: dict[str, list[Event]] = {}
        for event in self.ordered():
            interval = event.time.interval
            if interval is None:
                continue
            key = interval.start.date().isoformat()[: min(widths[by], _key_width(event.time.granularity))]
            groups.setdefault(key, []).append(event)
        return groups

    def document(self, document_id: str) -> AnalyzedDocument | None:
        return next((d for d in self.documents if d.document.id == document_id), None)

    def event(self, event_id: str) -> Event | None:
        """The event with this id, or the merged event that a report with this id went into."""
        for event in self.events:
            if event.id == event_id or event_id in event.merged_from:
                return event
        return None

    def corrected(self) -> Chronology:
        """This chronology with its corrections applied (hidden events flagged, merges and splits done)."""
        from chronology.engine.corrections import apply_corrections

        return apply_corrections(self)

    def _visible(self, include_hidden: bool) -> list[Event]:
        return [event for event in self.events if include_hidden or not event.hidden]
