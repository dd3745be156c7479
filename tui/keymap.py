"""Every key of the UI, as data: screens take their bindings from here, the help screen and the command
palette list it, so the three can never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    keys: str  # Textual key names, comma separated
    display: str  # how the help screen and footer write it
    action: str
    label: str  # the footer's word for it
    description: str
    group: str
    footer: bool = False
    palette: bool = True


APP = "Everywhere"
TIMELINE = "Timeline"
CORRECT = "Correct"
DOCUMENT = "Document view"

KEYS: tuple[Key, ...] = (
    Key("f1,question_mark", "?", "app.help", "Help", "Help: every key (also F1)", APP, footer=True),
    Key(
        "ctrl+p",
        "ctrl+p",
        "app.command_palette",
        "Palette",
        "Command palette: every action",
        APP,
        palette=False,
    ),
    Key("T", "T", "app.toggle_theme", "Theme", "Switch light / dark theme", APP),
    Key(
        "q", "q", "app.quit_checked", "Quit", "Quit (asks again if corrections are unsaved)", APP, footer=True
    ),
    Key("slash", "/", "search", "Search", "Search headlines and text", TIMELINE, footer=True),
    Key(
        "f",
        "f",
        "filters",
        "Filter",
        "Filters: document, dates, type, precision, conflicts",
        TIMELINE,
        footer=True,
    ),
    Key(
        "c",
        "c",
        "toggle_conflicts",
        "Conflicts",
        "Show only events whose sources disagree (toggle)",
        TIMELINE,
    ),
    Key("H", "H", "toggle_hidden", "Hidden", "Show hidden events too (toggle)", TIMELINE),
    Key("escape", "esc", "clear", "Clear", "Clear search and filters / cancel a merge", TIMELINE),
    Key("g", "g", "goto", "Go to", "Go to a date", TIMELINE, footer=True),
    Key("z", "z", "zoom_cycle", "Zoom", "Group by year → month → day", TIMELINE, footer=True),
    Key("plus,equals_sign", "+", "zoom_in", "Finer", "Finer grouping", TIMELINE),
    Key("minus", "-", "zoom_out", "Coarser", "Coarser grouping", TIMELINE),
    Key("left_square_bracket", "[", "period(-1)", "Prev period", "Previous period", TIMELINE),
    Key("right_square_bracket", "]", "period(1)", "Next period", "Next period", TIMELINE),
    Key("enter", "enter", "open_document", "Document", "Open the event's document", TIMELINE, footer=True),
    Key(
        "tab",
        "tab",
        "app.focus_next",
        "Next pane",
        "Move between list, density strip and details",
        TIMELINE,
        palette=False,
    ),
    Key("e", "e", "correct_date", "Date", "Correct the event's date", CORRECT, footer=True),
    Key("t", "t", "correct_headline", "Headline", "Correct the event's headline", CORRECT),
    Key("x", "x", "toggle_hide", "Hide", "Hide the event (or unhide it)", CORRECT),
    Key("m", "m", "merge", "Merge", "Merge: mark an event, then m on the event to merge it into", CORRECT),
    Key("s", "s", "split", "Split", "Split an event back into its sources", CORRECT),
    Key("u", "u", "undo", "Undo", "Undo the last correction", CORRECT),
    Key("ctrl+s", "ctrl+s", "save", "Save", "Save the chronology JSON with its corrections", CORRECT),
    Key("o", "o", "open", "Open", "Open files or folders (builds them)", TIMELINE),
    Key(
        "R", "R", "rebuild", "Rebuild", "Rebuild from the same document files, keeping corrections", TIMELINE
    ),
    Key(
        "ctrl+e",
        "ctrl+e",
        "export",
        "Export",
        "Export: JSON, TimelineJS, CSV, Markdown, iCalendar, TimeML",
        TIMELINE,
    ),
    Key("E", "E", "errors", "Errors", "Documents that could not be read", TIMELINE),
    Key("n", "n", "next_expression", "Next", "Next time expression", DOCUMENT, footer=True),
    Key("N", "N", "previous_expression", "Previous", "Previous time expression", DOCUMENT, footer=True),
    Key("escape,backspace", "esc", "app.pop_screen", "Back", "Back to the timeline", DOCUMENT, footer=True),
)

MOUSE_HELP: tuple[tuple[str, str], ...] = (
    ("click", "select an event; click a heading to go there"),
    ("double-click", "open the event's document"),
    ("click the density strip", "jump to that period"),
    ("wheel", "scroll"),
)


def bindings(group: str) -> list[Binding]:
    return [
        Binding(
            key.keys, key.action, key.label, show=key.footer, key_display=key.display, tooltip=key.description
        )
        for key in KEYS
        if key.group == group or (group == TIMELINE and key.group == CORRECT)
    ]


def app_bindings() -> list[Binding]:
    return [b for b in bindings(APP) if b.action != "app.command_palette"]
