"""The app driven like a person would (Textual's Pilot): every flow, at 100x30 unless said otherwise."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from rich.console import Console, RenderableType
from textual.pilot import Pilot
from textual.widgets import Input, Static
from tui_builders import CREATED, analyzed, event, sample_chronology

from chronology.model.chronology import Chronology, CorrectionKind
from chronology_tui.app import ChronologyApp
from chronology_tui.density_strip import DensityStrip
from chronology_tui.document_screen import DocumentScreen
from chronology_tui.errors_screen import ErrorsScreen, report_table
from chronology_tui.help_screen import HelpScreen, help_table
from chronology_tui.keymap import KEYS
from chronology_tui.storage import load_chronology
from chronology_tui.timeline import EventRow, HeaderRow, Zoom
from chronology_tui.timeline_list import TimelineList
from chronology_tui.timeline_screen import TimelineScreen


def as_text(renderable: RenderableType) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


Scenario = Callable[[ChronologyApp, Pilot[None]], Awaitable[None]]


def drive(
    scenario: Scenario,
    chronology: Chronology | None = None,
    size: tuple[int, int] = (100, 30),
    **kwargs: object,
) -> ChronologyApp:
    app = ChronologyApp(chronology or sample_chronology(), **kwargs)  # type: ignore[arg-type]

    async def run() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await scenario(app, pilot)

    asyncio.run(run())
    return app


def timeline_of(app: ChronologyApp) -> TimelineList:
    screen = app.main_screen
    assert screen is not None
    return screen.query_one("#timeline", TimelineList)


def screen_text(app: ChronologyApp) -> str:
    """Every row of the timeline list as it is drawn, as plain text (scrolled into view or not)."""
    timeline = timeline_of(app)
    width = timeline.scrollable_content_region.width
    return "\n".join(timeline.row_text(index, width).plain for index in range(len(timeline.rows)))


def detail_text(app: ChronologyApp) -> str:
    screen = app.main_screen
    assert screen is not None
    return str(screen.query_one("#detail-body", Static).render())


async def select(app: ChronologyApp, pilot: Pilot[None], headline: str) -> None:
    timeline = timeline_of(app)
    index = next(
        i
        for i, row in enumerate(timeline.rows)
        if isinstance(row, EventRow) and row.entry.event.headline == headline
    )
    timeline.move_to_row(index)
    await pilot.pause()


def test_first_screen_lists_events_by_day_with_marks_and_details() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        text = screen_text(app)
        assert "Summer 1998" in text and "Q3 2005" in text and "Thu 3 Feb 2022" in text and "Undated" in text
        raid_line = next(line for line in text.splitlines() if "Warehouse raid" in line)
        assert "2019-10" in raid_line and "!" in raid_line and "2 srcs" in raid_line
        assumed_line = next(line for line in text.splitlines() if "Officials say" in line)
        assert "~" in assumed_line
        assert timeline_of(app).has_focus
        assert "Pier first opens" in detail_text(app)
        await pilot.press("down", "down")
        detail = detail_text(app)
        assert "Warehouse raid" in detail and "Sources disagree" in detail
        assert "published Fri 4 Feb 2022 (from dateline" in detail  # where the DCT came from
        assert "October 2019 = 2019-10" in detail  # every expression of the sentence, with its value

    drive(scenario)


def test_zoom_and_period_keys() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        screen = app.main_screen
        assert screen is not None
        await pilot.press("z")
        assert screen.zoom is Zoom.YEAR
        labels = [row.label for row in timeline_of(app).rows if isinstance(row, HeaderRow)]
        assert labels == ["1998", "2005", "2019", "2021", "2022", "Undated"]
        await pilot.press("plus")
        assert screen.zoom is Zoom.MONTH
        await pilot.press("right_square_bracket", "right_square_bracket")
        current = timeline_of(app).current
        assert current is not None and current.event.headline == "Warehouse raid"
        await pilot.press("left_square_bracket")
        current = timeline_of(app).current
        assert current is not None and current.event.headline == "Pier extended"

    drive(scenario)


def test_search_filters_live_and_escape_clears() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"raid")
        assert timeline_of(app).event_count() == 1
        await pilot.press("enter")
        assert timeline_of(app).has_focus
        await pilot.press("escape")
        assert timeline_of(app).event_count() == 9

    drive(scenario)


def test_filter_screen_and_conflict_toggle() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("c")
        assert [r.entry.event.headline for r in timeline_of(app).rows if isinstance(r, EventRow)] == [
            "Warehouse raid"
        ]
        await pilot.press("c", "f")
        await pilot.pause()
        app.screen.query_one("#filter-from", Input).value = "2022"
        app.screen.query_one("#filter-to", Input).value = "2022-02-03"
        app.screen.query_one("#filter-from", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        shown = {r.entry.event.headline for r in timeline_of(app).rows if isinstance(r, EventRow)}
        assert shown == {
            "Harbour council meets on the pier",
            "Coast guard crews land at the northern pier",
            "Officials say repairs will take two weeks",
        }
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-to", Input).value = "not a date"
        app.screen.query_one("#filter-to", Input).focus()
        await pilot.press("enter")
        assert "not a date" in str(app.screen.query_one("#filter-error", Static).render())
        await pilot.press("escape")

    drive(scenario)


def test_goto_date() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("g", *"2021-10", "enter")
        await pilot.pause()
        current = timeline_of(app).current
        assert current is not None and current.event.headline == "Port authority announces new inspections"

    drive(scenario)


def test_density_strip_click_and_keys_jump() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        strip = app.screen.query_one(DensityStrip)
        await pilot.click(DensityStrip, offset=(strip.size.width - 1, 0))
        await pilot.pause()
        current = timeline_of(app).current
        assert current is not None and current.event.time.value is not None
        assert current.event.time.value.startswith("2022-02")
        strip.focus()
        await pilot.press("home")
        strip.position = 0
        await pilot.press("enter")
        await pilot.pause()
        current = timeline_of(app).current
        assert current is not None and current.event.headline == "Pier first opens"

    drive(scenario)


def test_document_view_steps_through_expressions() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await select(app, pilot, "Port authority announces new inspections")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        info = lambda: str(screen.query_one("#expression-info", Static).render())  # noqa: E731
        assert "3/4" in info() and "2021-10-23" in info() and "last October 23" in info()
        assert "dates: Port authority announces new inspections" in info()
        await pilot.press("n")
        assert "4/4" in info() and "P2W" in info()
        await pilot.press("n")
        assert "1/4" in info()
        await pilot.press("N")
        assert "4/4" in info()
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen)

    drive(scenario)


def test_help_lists_every_key() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        shown = as_text(help_table())
        for key in KEYS:
            assert key.description in shown
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)

    drive(scenario)


def test_command_palette_runs_actions() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"sources disagree")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        screen = app.main_screen
        assert screen is not None and screen.spec.conflicts_only

    drive(scenario)


def test_corrections_are_recorded_shown_saved_and_undone(tmp_path: Path) -> None:
    saved = tmp_path / "chronology.json"
    sample_chronology().model_dump_json()
    saved.write_text(sample_chronology().model_dump_json(), encoding="utf-8")

    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await select(app, pilot, "Pier extended")
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#prompt-input", Input)
        field.value = "2005-13"
        await pilot.press("enter")
        assert "TIMEX3" in str(app.screen.query_one("#prompt-error", Static).render())
        field.value = "2006-04-02"
        await pilot.press("enter")
        await pilot.pause()
        current = timeline_of(app).current
        assert current is not None and current.event.headline == "Pier extended"
        assert current.date.label == "Sun 2 Apr 2006" and current.event.corrected
        assert "✎" in next(line for line in screen_text(app).splitlines() if "Pier extended" in line)
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#prompt-input", Input).value = "Pier extension finished"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("x")  # hide it
        await pilot.pause()
        assert "Pier extension finished" not in screen_text(app)
        await select(app, pilot, "Harbour council meets on the pier")
        await pilot.press("m")
        await select(app, pilot, "Coast guard crews land at the northern pier")
        await pilot.press("m")
        await pilot.pause()
        merged = timeline_of(app).current
        assert merged is not None and len(merged.event.sources) == 2
        await pilot.press("s")
        await pilot.pause()
        assert "Harbour council meets on the pier" in screen_text(app)
        kinds = [c.kind for c in app.chronology.corrections]
        assert kinds == [
            CorrectionKind.DATE,
            CorrectionKind.HEADLINE,
            CorrectionKind.HIDE,
            CorrectionKind.MERGE,
            CorrectionKind.SPLIT,
        ]
        assert len(app.chronology.events) == 9  # the built events stay as they were
        await pilot.press("u")
        await pilot.pause()
        assert len(app.chronology.corrections) == 4
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.dirty

    drive(scenario, path=saved)
    reloaded = load_chronology(saved)
    assert [c.kind for c in reloaded.corrections] == [
        CorrectionKind.DATE,
        CorrectionKind.HEADLINE,
        CorrectionKind.HIDE,
        CorrectionKind.MERGE,
    ]
    assert json.loads(saved.read_text())["events"][0]["headline"] != "Pier extension finished"

    async def reopened(app: ChronologyApp, pilot: Pilot[None]) -> None:
        # Corrections survive reopening: the hidden event stays hidden until H shows it.
        assert "Pier extension finished" not in screen_text(app)
        await pilot.press("H")
        assert "Pier extension finished" in screen_text(app)
        await select(app, pilot, "Pier extension finished")
        await pilot.press("x")  # unhide
        await pilot.pause()
        assert CorrectionKind.HIDE not in [c.kind for c in app.chronology.corrections]

    drive(reopened, reloaded, path=saved)


def test_quit_asks_again_when_corrections_are_unsaved() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("x", "q")
        await pilot.pause()
        assert app.is_running and app.quit_armed
        await pilot.press("q")

    drive(scenario)


MARKUP_HEADLINE = "[bold red]Alarm[/] \x1b[31mred\x1b[0m [link=http://x]x[/link]"


def test_untrusted_text_is_shown_literally() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await select(app, pilot, MARKUP_HEADLINE)
        line = next(line for line in screen_text(app).splitlines() if "Alarm" in line)
        assert "[bold red]Alarm[/]" in line and "\x1b" not in line and "␛[31mred" in line
        detail = detail_text(app)
        assert "[bold red]Alarm[/]" in detail and "\x1b" not in detail
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Show document")
        await pilot.pause(0.3)
        await pilot.press("escape")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        title = str(app.screen.query_one("#document-title", Static).render())
        assert "[i]Crews[/i]" in title

    chronology = sample_chronology(headline_override=MARKUP_HEADLINE)
    harbour = chronology.documents[0]
    retitled = harbour.model_copy(
        update={"document": harbour.document.model_copy(update={"title": "[i]Crews[/i] land"})}
    )
    drive(scenario, chronology.model_copy(update={"documents": (retitled, *chronology.documents[1:])}))


def test_open_folder_in_a_worker_shows_errors_per_document(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "HARBOURTON, Feb. 3, 2022 - Engineers closed the old harbour bridge on Monday after cracks were found.\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")

    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#prompt-input", Input).value = str(tmp_path)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.label == tmp_path.name
        assert len(app.chronology.errors) == 1 and app.chronology.errors[0].source.endswith("broken.json")
        assert isinstance(app.screen, ErrorsScreen)
        assert "broken.json" in as_text(report_table(app.chronology))
        await pilot.press("escape")
        assert app.main_screen is not None and not app.main_screen.query_one("#progress").display

    drive(scenario)


def test_export_every_format(tmp_path: Path) -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        for format_name, suffix in [
            ("json", ".json"),
            ("timelinejs", ".js.json"),
            ("csv", ".csv"),
            ("markdown", ".md"),
            ("ics", ".ics"),
            ("timeml", "-tml"),
        ]:
            app.action_export(format_name)
            await pilot.pause()
            app.screen.query_one("#export-path", Input).value = str(tmp_path / f"out{suffix}")
            app.screen.query_one("#export-path", Input).focus()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()

    drive(scenario)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out-tml",
        "out.csv",
        "out.ics",
        "out.js.json",
        "out.json",
        "out.md",
    ]
    assert sorted(p.name for p in (tmp_path / "out-tml").iterdir()) == [
        "council-notes.tml",
        "harbour-wire.tml",
    ]
    assert "Warehouse raid" in (tmp_path / "out.md").read_text(encoding="utf-8")


def test_small_terminal_light_theme() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        screen = app.main_screen
        assert screen is not None and screen.has_class("-narrow")
        assert not app.current_theme.dark
        assert "Warehouse raid" in screen_text(app)
        await pilot.press("T")
        assert app.current_theme.dark

    drive(scenario, size=(80, 24), theme="textual-light")


def test_rebuild_from_the_same_files_keeps_corrections(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(
        "HARBOURTON, March 4, 2021 - The ferry service resumed on Tuesday after a two-week strike. "
        "The strike began in February 2021.\n",
        encoding="utf-8",
    )

    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        app.open_paths([str(tmp_path)])
        await app.workers.wait_for_complete()
        await pilot.pause()
        built = timeline_of(app).current
        assert built is not None
        event_id = built.event.id
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#prompt-input", Input).value = "Corrected headline"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        rebuilt = {entry.event.id: entry.event for entry in app.timeline.entries}
        assert rebuilt[event_id].headline == "Corrected headline" and rebuilt[event_id].corrected
        assert [c.kind for c in app.chronology.corrections] == [CorrectionKind.HEADLINE]

    drive(scenario)


def test_path_suggester_completes_files_and_folders(tmp_path: Path) -> None:
    from chronology_tui.path_suggester import PathSuggester

    (tmp_path / "articles").mkdir()
    (tmp_path / "chronology.json").write_text("{}", encoding="utf-8")
    suggester = PathSuggester()

    async def suggest(value: str) -> str | None:
        return await suggester.get_suggestion(value)

    assert asyncio.run(suggest(f"{tmp_path}/art")) == f"{tmp_path}/articles/"
    assert (
        asyncio.run(suggest(f"{tmp_path}/art {tmp_path}/chr")) == f"{tmp_path}/art {tmp_path}/chronology.json"
    )
    assert asyncio.run(suggest(f"{tmp_path}/zzz")) is None


def test_enter_and_double_click_open_one_document_view() -> None:
    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        depth = len(app.screen_stack)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen) and len(app.screen_stack) == depth + 1
        await pilot.press("escape")
        await pilot.click(TimelineList, offset=(10, 1), times=2)
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen) and len(app.screen_stack) == depth + 1

    drive(scenario)


def test_two_events_of_one_clause_show_their_triggers() -> None:
    text = "Two days later a canoe overturned and two porters drowned."
    doc = analyzed("river", "River survey", date(1911, 4, 20), text, [])
    clause = "A canoe overturned and two porters drowned"
    events = (event(doc, "overturned", clause, "1911-03-16"), event(doc, "drowned", clause, "1911-03-16"))
    chronology = Chronology(created=CREATED, documents=(doc,), events=events)

    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        lines = [line for line in screen_text(app).splitlines() if clause in line]
        assert len(lines) == 2
        assert any(f"{clause} · overturned" in line for line in lines)
        assert any(f"{clause} · drowned" in line for line in lines)
        detail = detail_text(app)  # the cursor's event lists the other under "Same day", named too
        assert "Same day (1)" in detail
        assert f"{clause} · drowned" in detail or f"{clause} · overturned" in detail

    drive(scenario, chronology)


def test_a_long_shared_headline_is_cut_before_the_trigger() -> None:
    """A headline too long for the row loses its end, never the trigger that tells the rows apart."""
    text = "On Friday the council will meet in the old town hall on the quay to hear the objections of residents."
    doc = analyzed("council", "Council", date(2023, 3, 14), text, [])
    clause = "The council will meet in the old town hall on the quay to hear the objections of residents"
    events = (event(doc, "meet", clause, "2023-03-17"), event(doc, "hear", clause, "2023-03-17"))
    chronology = Chronology(created=CREATED, documents=(doc,), events=events)

    async def scenario(app: ChronologyApp, pilot: Pilot[None]) -> None:
        lines = [line for line in screen_text(app).splitlines() if "The council will meet" in line]
        assert len(lines) == 2, lines
        assert any("… · meet" in line for line in lines), lines
        assert any("… · hear" in line for line in lines), lines

    drive(scenario, chronology)
