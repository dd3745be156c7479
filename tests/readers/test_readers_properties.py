"""Random bytes and random text never crash a reader, whatever the file is called."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.model.chronology import DocumentError, ErrorKind
from chronology.model.document import Document
from chronology.readers import read_inputs
from chronology.readers.decoding import normalize_text

NAMES = st.sampled_from(
    ["doc.txt", "doc.html", "doc.json", "doc.jsonl", "doc.tml", "doc.xml", "doc", "2022-02-03-doc.txt"]
)
SEEDS = st.sampled_from(
    [
        b"",
        b'{"text": "',
        b'[{"text": "a"}, ',
        b"<?xml version='1.0'?><TimeML><TEXT>",
        b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
        b"<html><body><p>",
        b"WASHINGTON, Feb. 3 (Reuters) - ",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ]
)


def check(items: list[Document | DocumentError]) -> None:
    assert items
    for item in items:
        if isinstance(item, DocumentError):
            assert item.kind is not ErrorKind.INTERNAL, item.message
        else:
            assert "\x00" not in item.text and "\r" not in item.text
            item.model_dump_json()  # every document can be written back out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, seed=SEEDS, payload=st.binary(max_size=2000))
def test_random_bytes_never_crash(name: str, seed: bytes, payload: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(seed + payload)
        check(list(read_inputs([str(path)])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, seed=SEEDS, text=st.text(max_size=1000))
def test_random_text_never_crashes(name: str, seed: bytes, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(seed + text.encode("utf-8", errors="surrogatepass"))
        check(list(read_inputs([str(path)])))


@settings(max_examples=100, deadline=None)
@given(payload=st.binary(max_size=3000))
def test_random_stdin_never_crashes(payload: bytes) -> None:
    check(list(read_inputs(["-"], stdin=io.BytesIO(payload))))


@given(text=st.text())
def test_normalization_is_idempotent_and_only_touches_what_it_says(text: str) -> None:
    once, _ = normalize_text(text)
    twice, warnings = normalize_text(once)
    assert twice == once and warnings == ()
    assert once.replace("\n", "") == text.removeprefix("\ufeff").replace("\r", "").replace("\n", "").replace(
        "\x00", ""
    ) or any("\ud800" <= char <= "\udfff" for char in text)
