"""The lexicon registry names every table the English lexicon defines, so a new language module is
checked against all of them (`load_lexicon` refuses one that lacks any)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronology.timex.lexicon import TABLES, load_lexicon

ENGLISH = Path(__file__).resolve().parents[2] / "chronology" / "timex" / "lexicon" / "en.py"


def test_every_english_table_is_registered() -> None:
    defined = re.findall(r"^([A-Z][A-Z0-9_]+)\s*[:=]", ENGLISH.read_text(encoding="utf-8"), re.MULTILINE)
    assert defined
    assert [name for name in defined if name not in TABLES] == []


def test_a_language_without_a_module_is_refused() -> None:
    with pytest.raises(LookupError, match="no time-expression lexicon"):
        load_lexicon("xx")
