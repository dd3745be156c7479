"""What every command shares: exit codes, clean fatal errors, safe terminal output."""

from __future__ import annotations

import re
import sys
from typing import NoReturn

#: Exit codes, documented in the README.
EXIT_OK = 0
EXIT_FATAL = 1  # nothing could be done: unreadable input, bad option value
EXIT_USAGE = 2  # argparse's own code for a malformed command line
EXIT_PARTIAL = 3  # the output was written, but some documents failed (listed in the output's errors)

# C0/C1 control characters (ESC among them) other than tab and newline: document text must never drive
# the terminal. A one-class pattern compiles in microseconds: taking it from the pattern cache
# (`chronology.pattern_cache`) would read the whole cache as this module loads, before a command has
# paused the cyclic collector for its start-up (which then walks the cache's objects again and again).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_text(text: str) -> str:
    """Text from a document, made inert for a terminal: control characters become visible escapes."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class FatalError(Exception):
    """An error that ends the command with one clear line and EXIT_FATAL."""


def fail(message: str) -> NoReturn:
    raise FatalError(message)


def warn(message: str) -> None:
    print(f"chronology: {safe_text(message)}", file=sys.stderr)
