"""A temporal expression found in a document, normalized to TIMEX3 and explained."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

# pydantic builds each model's validator on first use (`defer_build`): a command validates few of
# them, and building the rest only slowed its start-up.


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """The precision of a DATE or TIME value, coarse to fine."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


#: Granularities from coarsest to finest, for comparisons.
GRANULARITY_ORDER: tuple[Granularity, ...] = tuple(Granularity)


class AnchorKind(StrEnum):
    ABSOLUTE = "absolute"  # fully specified in the text ("3 February 2022")
    DCT = "dct"  # relative to the document creation time ("Thursday", "last year")
    EXPRESSION = "expression"  # relative to an earlier expression ("two days later")
    NONE = "none"  # could not be anchored: the value stays underspecified (XXXX-10-23)


class Anchor(BaseModel):
    """What a relative expression was resolved against."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: AnchorKind
    value: str | None = Field(
        default=None, description="The anchor's TIMEX3 value (the DCT or the expression's)."
    )
    expression: int | None = Field(
        default=None, description="Index in the document's expression list of the anchoring expression."
    )


class Interval(BaseModel):
    """The first and last instant a DATE or TIME value covers (inclusive)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: datetime
    end: datetime


class TimeExpression(BaseModel):
    """One temporal expression with its TIMEX3 normalization and the reason for it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int = Field(description="Character offset of the first character in the document text.")
    end: int = Field(description="Character offset one past the last character.")
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2022-02-03, 2021-10, P2D, XXXX-WXX-1, PRESENT_REF, ...")
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, ...")
    quant: str | None = Field(default=None, description="TIMEX3 quant for SETs: EVERY, EACH, ...")
    freq: str | None = Field(default=None, description="TIMEX3 freq for SETs: 2X, ...")
    granularity: Granularity | None = None
    interval: Interval | None = None
    anchor: Anchor = Field(default_factory=lambda: Anchor(kind=AnchorKind.ABSOLUTE))
    explanation: str = ""
    warnings: tuple[str, ...] = ()
