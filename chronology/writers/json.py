"""Our own JSON: the whole chronology, versioned (`format_version`), read back into an identical one."""

from __future__ import annotations

from chronology.model.chronology import Chronology


def render_json(chronology: Chronology) -> str:
    """The chronology as stored: built events, corrections kept apart, errors listed."""
    return chronology.model_dump_json(indent=2) + "\n"


def read_chronology(data: str | bytes) -> Chronology:
    """A chronology from our JSON; raises pydantic's ValidationError when it is not one."""
    return Chronology.model_validate_json(data)


def write_json(chronology: Chronology, output: str | None) -> None:
    """Write the chronology to a file atomically, or to standard output when `output` is None or '-'."""
    from chronology.fileio import write_output

    write_output(output or "-", render_json(chronology))
