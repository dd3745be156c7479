"""The `chronology` command line.

Each command lives in its own module with `register(subparsers)`; modules import their heavy
dependencies inside `run` so that `chronology --help` and `--version` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

# pydantic looks through every installed distribution for plugins when it builds the first model; the
# command uses none, and the search is about 2 % of tagging 2 MB. Only this process and its workers are
# affected, and an explicit setting (even an empty one) is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from chronology._version import __version__
from chronology.cli.common import EXIT_FATAL, FatalError, safe_text

COMMANDS = ("build", "tag", "evaluate", "export", "tui")
#: Commands whose process may end at once when they return: they close and flush everything they write.
ENDS_AT_ONCE = ("tag",)


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `command`, one that knows only that command.

    A command's arguments are parsed by its own subparser alone, so a command line that starts with
    its name needs no other: the other commands' modules and options would only slow the start-up.
    """
    parser = argparse.ArgumentParser(
        prog="chronology",
        description=(
            "Find every temporal expression in dated prose, anchor it, and build one chronology of events. "
            "With no command, builds the bundled sample and opens it (prints its JSON when not on a terminal)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"chronology {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if command is None else (command,):
        importlib.import_module(f"chronology.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["tui"]
    parser = make_parser(args_list[0] if args_list[0] in COMMANDS else None)
    args = parser.parse_args(args_list)
    try:
        code: int = args.run(args)
    except FatalError as exc:
        print(f"chronology: error: {safe_text(str(exc))}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("chronology: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our stdout went away (e.g. `| head`); nothing more to say.
        sys.stderr.close()
        return EXIT_FATAL
    return code


def entry() -> NoReturn:
    """The `chronology` program (console script and `python -m chronology`): `main`, then the process ends.

    After a command of ENDS_AT_ONCE, once the exit handlers have run (the pattern cache is saved by one)
    and standard output and error are flushed, the process ends at once: the interpreter's teardown
    would only free, one by one, the objects the command built (the grammar, the modules, the models):
    measured, 20-70 ms of tagging 2 MB, and as much of a one-document run's exit. Any other thread still
    running, or a flush that fails, takes the ordinary way out, which reports it as before.
    """
    code = main()
    threading = sys.modules.get("threading")
    if sys.argv[1:2] and sys.argv[1] in ENDS_AT_ONCE and (threading is None or threading.active_count() == 1):
        import atexit

        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # reported by the ordinary exit, which flushes them again
            raise SystemExit(code) from None
        os._exit(code)
    raise SystemExit(code)
