"""Writing output files so that a reader never sees half of one.

`write_atomic` writes to a temporary file in the target's folder, flushes it to disk, and renames it
over the target in one step (`os.replace`): the target holds either the old or the new content, even
if the process dies mid-write. The temporary file is removed on any failure. Content may be given as
an iterable of chunks so that a large chronology is streamed rather than built as one string.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from functools import cache

Content = str | bytes | Iterable[str] | Iterable[bytes]

STDOUT = "-"


def write_atomic(path: str | os.PathLike[str], data: Content, *, encoding: str = "utf-8") -> None:
    """Replace the file at `path` with `data` atomically; text is written with `encoding`, no newline translation.

    A symbolic link at `path` is followed: its target is replaced, the link stays.
    """
    target = os.path.realpath(os.fspath(path))
    folder = os.path.dirname(target) or "."
    descriptor, temporary = tempfile.mkstemp(
        dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            for chunk in _chunks(data, encoding):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def write_output(path: str | os.PathLike[str], data: Content, *, encoding: str = "utf-8") -> None:
    """Write to a file atomically, or to standard output when `path` is '-'."""
    if os.fspath(path) == STDOUT:
        stream = sys.stdout.buffer
        for chunk in _chunks(data, encoding):
            stream.write(chunk)
        stream.flush()
        return
    write_atomic(path, data, encoding=encoding)


def _chunks(data: Content, encoding: str) -> Iterable[bytes]:
    if isinstance(data, bytes):
        yield data
        return
    if isinstance(data, str):
        yield data.encode(encoding)
        return
    for chunk in data:
        yield chunk if isinstance(chunk, bytes) else chunk.encode(encoding)


def _mode_for(target: str) -> int:
    """Keep an existing file's permissions; a new file gets what the umask allows (mkstemp's are 0600)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@cache
def _umask() -> int:
    # The umask can only be read by setting it; done once, before any threads of ours write files.
    current = os.umask(0o022)
    os.umask(current)
    return current


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; not every platform or file system allows syncing a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
