from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project_root() -> Path:
    return ROOT


def python_env() -> dict[str, str]:
    """Environment for subprocess runs of the CLI: no colour, no terminal tricks."""
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


PYTHON = sys.executable
