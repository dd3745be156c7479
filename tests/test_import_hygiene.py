"""The engine is headless: importing it, and running the CLI without the UI, never loads textual.

A subprocess proves it at run time (a static import graph would miss deferred imports that are not deferred).
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, python_env


def modules_after(code: str) -> set[str]:
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=python_env(), check=True
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_import_chronology_does_not_import_textual_or_heavy_parsers() -> None:
    loaded = modules_after("import chronology")
    assert "textual" not in loaded
    assert "chronology_tui" not in loaded
    assert "dateparser" not in loaded  # parsed lazily: keeps `import chronology` fast


def test_cli_help_does_not_import_textual() -> None:
    loaded = modules_after(
        "import contextlib, io\n"
        "from chronology.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])"
    )
    assert "textual" not in loaded


def test_the_engine_builds_a_chronology_without_textual() -> None:
    loaded = modules_after(
        "from chronology.pipeline import build_chronology\n"
        "from chronology.model.document import Document\n"
        "import datetime\n"
        "c = build_chronology([Document(id='d', text='The talks ended on Monday.', published=datetime.date(2024, 5, 15))])\n"
        "assert c.documents"
    )
    assert "textual" not in loaded


def probe_output(code: str, extra_env: dict[str, str] | None = None) -> str:
    env = {key: value for key, value in python_env().items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    env.update(extra_env or {})
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    return result.stdout.strip()


def test_the_library_leaves_pydantic_plugins_alone_and_the_command_skips_their_search() -> None:
    # A program importing chronology keeps its own pydantic settings; only the command's process skips
    # the plugin search, and a user's explicit setting (even an empty one, which enables plugins) wins.
    show = "import os; print(repr(os.environ.get('PYDANTIC_DISABLE_PLUGINS')))"
    assert probe_output("import chronology; chronology.Event; " + show) == "None"
    assert probe_output("import chronology.cli; " + show) == "'__all__'"
    assert probe_output("import chronology.cli; " + show, {"PYDANTIC_DISABLE_PLUGINS": ""}) == "''"


def test_the_public_models_load_on_first_use() -> None:
    loaded = modules_after("import chronology")
    assert "pydantic" not in loaded
    names = probe_output(
        "import chronology; print(sorted(n for n in chronology.__all__ if getattr(chronology, n) is None))"
    )
    assert names == "[]"
