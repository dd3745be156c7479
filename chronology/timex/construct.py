"""Build result models without re-validating what the engine has just built with the right types.

`TimeExpression` and `Interval` are made tens of thousands of times per megabyte of news; pydantic's own
`model_construct` spends most of that time on bookkeeping. `build` does the same four assignments
directly, and falls back to `model_construct` if this pydantic version lays models out differently.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def _direct(cls: type[M], values: dict[str, Any]) -> M:
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


def _works() -> bool:
    from chronology.model.expression import Anchor, AnchorKind

    try:
        values: dict[str, Any] = {"kind": AnchorKind.DCT, "value": "2022-02-03", "expression": None}
        probe = _direct(Anchor, dict(values))
        # pydantic's own construction of the same, which validates nothing either: comparing with a
        # validated model would have pydantic build a validator here, on every command's start-up
        reference = Anchor.model_construct(**values)
        return (
            probe == reference
            and vars(probe) == vars(reference)
            and probe.model_fields_set == reference.model_fields_set
            and hash(probe) == hash(reference)
        )
    except Exception:
        return False


_DIRECT = _works()


def build(cls: type[M], values: dict[str, Any]) -> M:
    """`cls` with exactly these field values (every field given, each of its declared type)."""
    if _DIRECT:
        return _direct(cls, values)
    return cls.model_construct(**values)
