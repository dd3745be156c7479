"""The JSON Schema of the chronology format, generated from the models.

The committed copy (`chronology/chronology.schema.json`) is what consumers validate against; a test fails
when it no longer matches the models. Regenerate with `python -m chronology.schema`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chronology.model.chronology import FORMAT_VERSION, Chronology

SCHEMA_PATH = Path(__file__).with_name("chronology.schema.json")


def chronology_json_schema() -> dict[str, Any]:
    schema = Chronology.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://chronology.invalid/schema/chronology-{FORMAT_VERSION}.json"
    return schema


def render_schema() -> str:
    return json.dumps(chronology_json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(render_schema(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
