"""write_atomic: all or nothing, streamed, permissions and links respected, nothing left behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from chronology.fileio import write_atomic, write_output


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("café\r\nline\n", "café\r\nline\n".encode()),
        (b"\x00\x01raw", b"\x00\x01raw"),
        (iter(["a", "b", "ç"]), "abç".encode()),
        ([b"x", b"y"], b"xy"),
        ("", b""),
    ],
)
def test_writes_exactly_the_content(tmp_path: Path, data: object, expected: bytes) -> None:
    target = tmp_path / "out.json"
    write_atomic(target, data)  # type: ignore[arg-type]
    assert target.read_bytes() == expected
    assert leftovers(tmp_path) == []


def test_failure_mid_stream_keeps_the_old_file_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def chunks() -> Iterator[str]:
        yield "new part"
        raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError):
        write_atomic(target, chunks())
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_existing_permissions_are_kept_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    existing = tmp_path / "shared.json"
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o640)
    write_atomic(existing, "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.json"
    write_atomic(fresh, "new")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


def test_a_link_is_followed_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_missing_folder_raises_without_leftovers(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_atomic(tmp_path / "no" / "such" / "out.json", "x")


def test_write_output_dash_is_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    write_output("-", iter(["a", "b"]))
    assert capsysbinary.readouterr().out == b"ab"
