"""Where inputs come from: paths checked up front, folders walked lazily, files and stdin opened safely.

Folders are walked recursively in name order, skipping hidden entries (".git", ".DS_Store") and not
following links to folders (a link loop must not hang a build); links to files are read. With a glob,
only files whose name or path relative to the folder matches are read. A file named explicitly is
always read, whatever the glob.

A folder may hold an ignore file, `.chronologyignore`: one pattern per line (`#` starts a comment), matched
like a glob against the name or the path relative to that folder of every file and folder below it; a
pattern ending in "/" matches folders only. It keeps notes, answer keys or drafts that share a folder with
the documents out of a build, without the user having to list what to read.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import IO

from chronology.readers.formats import format_for_name

STDIN = "-"
STDIN_LABEL = "<stdin>"
IGNORE_FILE = ".chronologyignore"


@dataclass(frozen=True)
class FileEntry:
    """A file to read (problem None) or one that cannot be (problem says why)."""

    path: str
    problem: str | None = None


def path_problem(path: str) -> str | None:
    """Why a path named by the user cannot be read at all, or None."""
    if path == STDIN:
        return None
    try:
        os.lstat(path)
    except OSError as exc:
        return f"{path}: {_reason(exc)}"
    try:
        status = os.stat(path)
    except OSError as exc:
        if os.path.islink(path):
            return f"{path}: broken symbolic link"
        return f"{path}: {_reason(exc)}"
    if stat.S_ISDIR(status.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            return f"{path}: folder cannot be listed (permission denied)"
    elif not os.access(path, os.R_OK):
        return f"{path}: permission denied"
    return None


def walk_folder(top: str, glob: str | None) -> Iterator[FileEntry]:
    """Every file to read under `top`, in a stable order."""
    yield from _walk(top, top, glob, ())


@dataclass(frozen=True)
class _IgnoreRules:
    """The patterns of one ignore file and the folder they are relative to."""

    folder: str
    files: tuple[str, ...]  # patterns for files and folders
    folders: tuple[str, ...]  # patterns ending in "/", for folders only

    def ignores(self, path: str, is_folder: bool) -> bool:
        name = os.path.basename(path)
        relative = os.path.relpath(path, self.folder).replace(os.sep, "/")
        patterns = self.files + self.folders if is_folder else self.files
        return any(fnmatchcase(name, pattern) or fnmatchcase(relative, pattern) for pattern in patterns)


def _ignore_rules(folder: str) -> _IgnoreRules | None:
    """The rules of `folder`'s ignore file, or None when it has none (or it cannot be read)."""
    try:
        with open(os.path.join(folder, IGNORE_FILE), encoding="utf-8", errors="replace") as handle:
            lines = [line.split("#", 1)[0].strip() for line in handle]
    except OSError:
        return None
    patterns = [line.lstrip("/") for line in lines if line]
    return _IgnoreRules(
        folder,
        tuple(pattern for pattern in patterns if not pattern.endswith("/")),
        tuple(pattern.rstrip("/") for pattern in patterns if pattern.endswith("/")),
    )


def _walk(top: str, folder: str, glob: str | None, ignored: tuple[_IgnoreRules, ...]) -> Iterator[FileEntry]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield FileEntry(folder, f"{folder}: folder cannot be listed ({_reason(exc)})")
        return
    if any(entry.name == IGNORE_FILE for entry in entries):
        rules = _ignore_rules(folder)
        if rules is not None:
            ignored = (*ignored, rules)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if not any(rules.ignores(entry.path, True) for rules in ignored):
                    yield from _walk(top, entry.path, glob, ignored)
                continue
            if any(rules.ignores(entry.path, False) for rules in ignored):
                continue
            if entry.is_symlink():
                if not os.path.exists(entry.path):
                    if _matches(top, entry.path, glob):
                        yield FileEntry(entry.path, f"{entry.path}: broken symbolic link")
                    continue
                if entry.is_dir():
                    continue
            if not entry.is_file():
                # Opening a named pipe would wait for a writer forever; a device may never end.
                if _matches(top, entry.path, glob):
                    yield FileEntry(entry.path, f"{entry.path}: not a regular file (pipe, socket or device)")
                continue
        except OSError as exc:
            yield FileEntry(entry.path, f"{entry.path}: {_reason(exc)}")
            continue
        if _matches(top, entry.path, glob):
            yield FileEntry(entry.path)


def _matches(top: str, path: str, glob: str | None) -> bool:
    if glob is None:
        return True
    relative = os.path.relpath(path, top).replace(os.sep, "/")
    return fnmatchcase(os.path.basename(path), glob) or fnmatchcase(relative, glob)


def stem_of(name: str) -> str:
    """A file's name without the extension that chose its reader ("APW19980807.0261.tml" -> "APW19980807.0261")."""
    if format_for_name(name) is not None:
        base, _, _ = name.rpartition(".")
        return base or name
    return name


def read_up_to(stream: IO[bytes], limit: int) -> bytes:
    """Up to `limit` bytes; pipes may deliver less per read, so read until the limit or the end."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = stream.read(remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff its format), given back in front of the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._offset = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._offset < len(self._head):
            count = min(len(buffer), len(self._head) - self._offset)
            buffer[:count] = self._head[self._offset : self._offset + count]
            self._offset += count
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def rewound(head: bytes, rest: IO[bytes]) -> IO[bytes]:
    return io.BufferedReader(_Rewound(head, rest))


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()
