"""The chronology terminal UI (import name: chronology_tui)."""
