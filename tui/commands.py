"""The command palette (ctrl+p) lists every action of the screen it opens over, every export format and
every document; document titles are shown literally, never as markup."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from chronology_tui import keymap
from chronology_tui.inert import inert_line
from chronology_tui.storage import EXPORT_FORMATS

if TYPE_CHECKING:
    from chronology_tui.app import ChronologyApp


@dataclass(frozen=True)
class PaletteCommand:
    name: str
    help: str
    run: Callable[[], Awaitable[Any] | Any]


def groups_for(screen_name: str) -> tuple[str, ...]:
    if screen_name == "TimelineScreen":
        return (keymap.TIMELINE, keymap.CORRECT, keymap.APP)
    if screen_name == "DocumentScreen":
        return (keymap.DOCUMENT, keymap.APP)
    return (keymap.APP,)


class ChronologyCommands(Provider):
    def commands(self) -> list[PaletteCommand]:
        screen = self.screen
        app: ChronologyApp = self.app  # type: ignore[assignment]
        found: list[PaletteCommand] = []
        for key in keymap.KEYS:
            if key.palette and key.group in groups_for(type(screen).__name__):
                found.append(
                    PaletteCommand(
                        key.description, f"key {key.display}", partial(app.run_action, key.action, screen)
                    )
                )
        if type(screen).__name__ == "TimelineScreen":
            for name, _, label in EXPORT_FORMATS:
                found.append(
                    PaletteCommand(f"Export as {label}", "write a file", partial(app.action_export, name))
                )
            for analyzed in app.chronology.documents:
                title = analyzed.document.title or analyzed.document.id
                found.append(
                    PaletteCommand(
                        f"Show document: {inert_line(title)}",
                        "full text with its time expressions",
                        partial(app.show_document, analyzed.document.id),
                    )
                )
                found.append(
                    PaletteCommand(
                        f"Only events from: {inert_line(title)}",
                        "filter by document",
                        partial(app.filter_document, analyzed.document.id),
                    )
                )
        return found

    async def discover(self) -> Hits:
        for command in self.commands():
            yield DiscoveryHit(Content(command.name), command.run, text=command.name, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, command.name)
            if score > 0:
                display = Content(command.name)
                for offset in offsets:
                    display = display.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, display, command.run, text=command.name, help=command.help)
