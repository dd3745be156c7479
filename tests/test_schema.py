"""The committed JSON Schema matches the models, and real chronologies validate against it."""

from __future__ import annotations

import json
from datetime import date

import jsonschema

from chronology.schema import SCHEMA_PATH, chronology_json_schema, render_schema


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render_schema(), (
        "chronology.schema.json is stale: run `python -m chronology.schema`"
    )


def test_a_built_chronology_validates_and_round_trips() -> None:
    from chronology.model.chronology import Chronology
    from chronology.model.document import Document
    from chronology.pipeline import build_chronology

    chronology = build_chronology(
        [
            Document(
                id="a", text="The port reopened on Monday after a storm in 2019.", published=date(2024, 5, 15)
            )
        ]
    )
    data = json.loads(chronology.model_dump_json())
    jsonschema.validate(data, chronology_json_schema())
    assert Chronology.model_validate_json(chronology.model_dump_json()) == chronology
