from chronology.cli import entry

entry()
