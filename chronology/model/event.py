"""An event: something that happened, with the time it happened and who reported it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from chronology.model.expression import Granularity, Interval, TimeExpression

# pydantic builds each model's validator on first use (`defer_build`): a command validates few of
# them, and building the rest only slowed its start-up.


class TimeBasis(StrEnum):
    """How an event got its time. Only EXPLICIT is a date the text gives for the event itself."""

    EXPLICIT = "explicit"  # a time expression that dates this event
    INHERITED = "inherited"  # the reference time a narrative has moved to
    REPORTED_BY_DCT = "reported_by_dct"  # news: happened on or before the publication date
    CORRECTED = "corrected"  # a person changed it
    UNDATED = "undated"


class EventTime(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    basis: TimeBasis
    value: str | None = Field(default=None, description="TIMEX3 value of the time, if any.")
    granularity: Granularity | None = None
    interval: Interval | None = None
    expression: TimeExpression | None = Field(
        default=None, description="The expression that dates the event (explicit) or that it inherits."
    )
    reason: str = ""


class Source(BaseModel):
    """One document's report of an event."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    document_id: str
    published: date | None = None
    start: int = Field(description="Start of the reported span (the clause or sentence) in the document.")
    end: int
    text: str
    time: EventTime | None = Field(
        default=None, description="The time this source gives, when sources disagree."
    )
    event_id: str | None = Field(default=None, description="Id of this source's own event before merging.")
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    headline: str | None = Field(default=None, description="This source's own headline, to split a merge.")


class Event(BaseModel):
    """A happening in the chronology, possibly reported by several documents."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str = Field(description="Stable key: '<document id>:<trigger start>' of the first source.")
    document_id: str
    trigger: str = Field(description="The governing predicate: 'landed', 'raid', 'announced'.")
    trigger_start: int
    trigger_end: int
    start: int = Field(description="Span of the event's clause in the document text.")
    end: int
    headline: str
    time: EventTime
    sources: tuple[Source, ...] = ()
    merged_from: tuple[str, ...] = Field(default=(), description="Ids of events merged into this one.")
    merge_reason: str | None = None
    conflict: str | None = Field(default=None, description="Set when sources disagree on the date.")
    corrected: bool = False
    hidden: bool = False
    lemma: str | None = Field(default=None, description="Base form of the trigger ('land' for 'landed').")
    event_class: str | None = Field(
        default=None,
        description="TimeML class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, ...",
    )
    qualifiers: tuple[TimeExpression, ...] = Field(
        default=(),
        description="Durations and sets that qualify the event ('for two hours', 'every week') without dating it.",
    )
    mention_only: bool = Field(
        default=False,
        description="An event mention kept for tagging (TimeML EVENT) that the chronology leaves out: "
        "neither dated nor a clause's main predicate, or an undated act of saying in a sentence that "
        "already reports dated news.",
    )
