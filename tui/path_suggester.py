"""Completes a typed path from the file system (accept with → or tab), for the open and save prompts."""

from __future__ import annotations

from pathlib import Path

from textual.suggester import Suggester

MAX_ENTRIES = 2000


class PathSuggester(Suggester):
    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        # Only the last of several space-separated paths is completed.
        head, _, last = value.rpartition(" ")
        if not last:
            return None
        typed = Path(last).expanduser()
        folder, stem = (typed, "") if last.endswith("/") else (typed.parent, typed.name)
        try:
            names = sorted(entry.name for _, entry in zip(range(MAX_ENTRIES), folder.iterdir(), strict=False))
        except OSError:
            return None
        for name in names:
            if name.startswith(stem) and name != stem and not name.startswith("."):
                completed = last + name[len(stem) :]
                if (folder / name).is_dir():
                    completed += "/"
                return f"{head} {completed}" if head else completed
        return None
