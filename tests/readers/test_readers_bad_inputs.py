"""Bad input never raises: each file of tests/bad_inputs/ becomes a precise error or a warned document."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronology.model.chronology import DocumentError, ErrorKind
from chronology.model.document import Document
from chronology.readers import FatalInputError, read_inputs
from chronology.settings import Settings

BAD_INPUTS = Path(__file__).resolve().parent.parent / "bad_inputs"

#: file -> what reading it must give: an ErrorKind, or a fragment of a warning on the document.
EXPECTED: dict[str, ErrorKind | str] = {
    "empty.txt": ErrorKind.EMPTY,
    "whitespace.txt": ErrorKind.EMPTY,
    "blank_lines.jsonl": ErrorKind.EMPTY,
    "binary.bin": ErrorKind.UNREADABLE,
    "binary_named.txt": ErrorKind.UNREADABLE,
    "latin1.txt": "not UTF-8",
    "mixed_encoding.txt": "mixed encodings",
    "nul_bytes.txt": "NUL",
    "malformed.json": ErrorKind.MALFORMED,
    "not_a_document.json": ErrorKind.INVALID,
    "wrong_type.json": ErrorKind.INVALID,
    "empty_list.json": ErrorKind.EMPTY,
    "deep.json": ErrorKind.MALFORMED,
    "huge_number.json": ErrorKind.MALFORMED,
    "billion_laughs.tml": ErrorKind.MALFORMED,
    "external_entity.tml": ErrorKind.MALFORMED,
    "nested.xml": ErrorKind.MALFORMED,
    "not_timeml.xml": ErrorKind.INVALID,
    "truncated.tml": ErrorKind.MALFORMED,
    "bad_dct.tml": "not a real date",
    "broken.html": "not well-formed",
    "no_body.html": ErrorKind.EMPTY,
    "comment_only.html": ErrorKind.MALFORMED,
    "feb30.html": "not a real date",
    "feb30.json": "not a real date",
    "future_dct.json": "future",
    "ancient_dct.json": "before the year 1000",
    "not_a_date.json": "not a date",
    "lone_surrogate.json": "surrogate",
}

#: Inputs that are odd but fine: they must read cleanly, with their text intact.
CLEAN: dict[str, str] = {
    "utf16_bom.txt": "The ferry service resumed on Friday",
    "external_dtd.tml": "The port reopened on Thursday.",
    "control_chars.txt": "\x1b[31m on Thursday",
}


def test_every_corpus_file_is_covered() -> None:
    on_disk = {path.name for path in BAD_INPUTS.iterdir() if path.is_file()}
    assert on_disk == set(EXPECTED) | set(CLEAN) | {"bad.jsonl"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_gives_a_precise_error_or_a_warning(name: str) -> None:
    path = BAD_INPUTS / name
    items = list(read_inputs([str(path)]))
    assert items, f"{name}: nothing came out"
    expected = EXPECTED[name]
    for item in items:
        if isinstance(expected, ErrorKind):
            assert isinstance(item, DocumentError), f"{name}: {item!r}"
            assert item.kind is expected, f"{name}: {item.kind} {item.message}"
            assert item.source == str(path) and str(path) in item.message
        else:
            assert isinstance(item, Document), f"{name}: {item!r}"
            assert any(expected in warning for warning in item.warnings), f"{name}: {item.warnings}"


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_odd_but_valid_input_reads_cleanly(name: str) -> None:
    (item,) = read_inputs([str(BAD_INPUTS / name)])
    assert isinstance(item, Document) and CLEAN[name] in item.text


def test_bad_jsonl_keeps_every_good_line_and_names_every_bad_one() -> None:
    path = BAD_INPUTS / "bad.jsonl"
    outcome = [
        (item.id, tuple(item.warnings)) if isinstance(item, Document) else (item.kind, item.message)
        for item in read_inputs([str(path)])
    ]
    ids = [entry[0] for entry in outcome]
    assert ids == [
        "good-1",
        ErrorKind.MALFORMED,
        ErrorKind.INVALID,
        ErrorKind.INVALID,
        ErrorKind.INVALID,
        "bad-date",
        "latin-line",
        "good-2",
    ]
    messages = [entry[1] for entry in outcome if isinstance(entry[0], ErrorKind)]
    assert [f"line {n}" in message for n, message in zip((2, 3, 4, 5), messages, strict=True)] == [True] * 4
    assert any("month 13" in warning for warning in outcome[5][1])
    assert any("not UTF-8" in warning for warning in outcome[6][1])


def test_the_whole_corpus_as_one_folder_loses_nothing() -> None:
    items = list(read_inputs([str(BAD_INPUTS)]))
    assert not [item for item in items if isinstance(item, DocumentError) and item.kind is ErrorKind.INTERNAL]
    sources = {(item.source or "").split("#")[0] for item in items}
    assert sources == {str(path) for path in BAD_INPUTS.iterdir() if path.is_file()}


# --- sizes ------------------------------------------------------------------------------------------------


def test_a_document_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The ferry resumed. " * 100, encoding="utf-8")
    (error,) = read_inputs([str(path)], Settings(max_document_bytes=1000))
    assert isinstance(error, DocumentError) and error.kind is ErrorKind.TOO_LARGE
    assert "1,900 bytes" in error.message and "1,000-byte limit" in error.message


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    long_line = '{"text": "' + "x" * 5000 + '"}'
    path.write_text(f'{{"text": "Before."}}\n{long_line}\n{{"text": "After."}}\n', encoding="utf-8")
    items = list(read_inputs([str(path)], Settings(max_document_bytes=1000)))
    assert [item.text if isinstance(item, Document) else item.kind for item in items] == [
        "Before.",
        ErrorKind.TOO_LARGE,
        "After.",
    ]


def test_oversized_stdin_is_refused(tmp_path: Path) -> None:
    import io

    (error,) = read_inputs(["-"], Settings(max_document_bytes=100), stdin=io.BytesIO(b"word " * 100))
    assert isinstance(error, DocumentError) and error.kind is ErrorKind.TOO_LARGE


# --- paths ------------------------------------------------------------------------------------------------


def test_missing_path_among_others_is_an_error_in_its_place(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The ferry resumed.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = list(read_inputs([str(missing), str(good)]))
    assert isinstance(items[0], DocumentError) and items[0].kind is ErrorKind.UNREADABLE
    assert "no such file" in items[0].message and str(missing) in items[0].message
    assert isinstance(items[1], Document)


def test_nothing_readable_at_all_is_fatal(tmp_path: Path) -> None:
    with pytest.raises(FatalInputError, match=r"missing\.txt: no such file"):
        read_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "gone.txt")])
    with pytest.raises(FatalInputError):
        read_inputs([])


def test_broken_symbolic_links(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "good.txt").write_text("The ferry resumed.", encoding="utf-8")
    with pytest.raises(FatalInputError, match="broken symbolic link"):
        read_inputs([str(tmp_path / "dangling.txt")])
    items = list(read_inputs([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["DocumentError", "Document"]
    assert isinstance(items[0], DocumentError) and "broken symbolic link" in items[0].message


def test_link_loops_in_folders_do_not_hang(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "loop").symlink_to(tmp_path)
    (tmp_path / "inner" / "a.txt").write_text("The ferry resumed.", encoding="utf-8")
    assert [item.id for item in read_inputs([str(tmp_path)])] == ["a"]


def test_a_folder_named_like_a_file_is_read_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "story.txt"
    folder.mkdir()
    (folder / "inside.txt").write_text("The ferry resumed.", encoding="utf-8")
    assert [item.id for item in read_inputs([str(folder)])] == ["inside"]


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_unreadable_file_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    good = tmp_path / "good.txt"
    good.write_text("The ferry resumed.", encoding="utf-8")
    items = list(read_inputs([str(locked), str(good)]))
    assert isinstance(items[0], DocumentError) and "permission denied" in items[0].message


def test_stdin_twice_is_reported_once() -> None:
    import io

    items = list(read_inputs(["-", "-"], stdin=io.BytesIO(b"The ferry resumed.")))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], DocumentError) and "twice" in items[1].message


def test_a_named_pipe_in_a_folder_is_reported_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text("The ferry resumed.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], DocumentError) and "not a regular file" in items[1].message


@pytest.mark.parametrize("extension", [".txt", ".html", ".json", ".jsonl", ".tml", ".xml", ""])
def test_every_reader_on_every_corpus_file_never_raises(tmp_path: Path, extension: str) -> None:
    """Each file given to each reader (by renaming it): an error or a document, never an exception."""
    for source in sorted(BAD_INPUTS.iterdir()):
        renamed = tmp_path / f"{source.stem}{extension}"
        renamed.write_bytes(source.read_bytes())
        items = list(read_inputs([str(renamed)]))
        assert items, f"{source.name} as {extension!r}: nothing came out"
        for item in items:
            if isinstance(item, DocumentError):
                assert item.kind is not ErrorKind.INTERNAL, item.message
                assert str(renamed) in item.message
            else:
                assert "\x00" not in item.text
        renamed.unlink()
