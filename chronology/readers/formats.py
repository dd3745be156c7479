"""Which reader an input needs: by file extension, else by sniffing its first bytes."""

from __future__ import annotations

import codecs
import json
from enum import StrEnum


class InputFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    TIMEML = "timeml"
    XML = "xml"  # XML that is not known to be TimeML: sniffed further once read


EXTENSIONS: dict[str, InputFormat] = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".md": InputFormat.TEXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".json": InputFormat.JSON,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".tml": InputFormat.TIMEML,
    ".timeml": InputFormat.TIMEML,
    ".xml": InputFormat.XML,
}

#: How many leading bytes are enough to tell the formats apart.
SNIFF_BYTES = 65_536

_HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<article",
    b"<div",
    b"<p>",
)


def format_for_name(name: str) -> InputFormat | None:
    """The format a file name's extension promises, or None when it promises nothing we know."""
    lowered = name.lower()
    for extension, fmt in EXTENSIONS.items():
        if lowered.endswith(extension):
            return fmt
    return None


def sniff_format(head: bytes) -> InputFormat:
    """Guess the format from an input's first bytes (as much as SNIFF_BYTES)."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != codecs.BOM_UTF8:
                # Only plain text and markup come in UTF-16 in practice; the readers decode it.
                head = head.decode(
                    "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be", "replace"
                ).encode()
            break
    stripped = head.lstrip()
    if stripped.startswith(b"["):
        return InputFormat.JSON
    if stripped.startswith(b"{"):
        first_line, newline, rest = stripped.partition(b"\n")
        if newline and rest.strip() and _is_json_object(first_line):
            return InputFormat.JSONL
        return InputFormat.JSON
    if stripped.startswith(b"<"):
        lowered = stripped[:4096].lower()
        if b"<timeml" in lowered:
            return InputFormat.TIMEML
        if lowered.startswith(b"<?xml") and b"<html" not in lowered:
            return InputFormat.XML
        if any(marker in lowered for marker in _HTML_MARKERS):
            return InputFormat.HTML
        if lowered.startswith((b"<?xml", b"<!doctype")):
            return InputFormat.XML
        return InputFormat.HTML
    return InputFormat.TEXT


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False
