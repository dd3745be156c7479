"""Bytes to text: encodings, byte-order marks, binary files, and the one normalization every reader applies.

The text of a Document is the input's text as written, with exactly these changes (so that character
offsets into `Document.text` mean the same thing whatever the input format):

- a leading byte-order mark is removed;
- line ends CRLF and lone CR become LF;
- NUL characters are removed (they are never text; a file with many of them is refused as binary);
- unpaired UTF-16 surrogates (possible in JSON escapes) become U+FFFD, so the text can always be written back.

Nothing else: no stripping, no Unicode normalization, no unescaping; control characters such as ESC
stay (whoever displays the text makes them inert). Each change that touched the text leaves a warning
on the document, except the byte-order mark and line ends, which are routine.

Decoding: a byte-order mark decides; else UTF-8; else the encoding an HTML page declares; else, for
UTF-8 with stray bytes of another encoding (a pasted paragraph), the UTF-8 is kept and each stray
byte is read as Windows-1252; else charset-normalizer detects the encoding. Everything but plain
UTF-8 leaves a warning saying how the text was decoded. Mostly NUL or control bytes mean binary data:
refused, never guessed at.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from chronology.model.analysis import ErrorKind
from chronology.pattern_cache import compile_pattern
from chronology.readers.errors import ReadFailure

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never occur in prose (tab, LF, VT, FF, CR and ESC excepted); many of them mean binary data.
_BINARY_CONTROLS = compile_pattern(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SURROGATES = compile_pattern(r"[\ud800-\udfff]")
# Share of the sampled characters that may be stray controls before the input counts as binary.
_MAX_CONTROL_SHARE = 0.05
# Share of NUL bytes tolerated in otherwise valid UTF-8 text (dropped, with a warning).
_MAX_NUL_SHARE = 0.01
_SAMPLE = 65_536
_DETECTION_BYTES = 1_000_000
#: The single-byte code page preferred when several fit a Latin-script text.
WESTERN_ENCODING = "cp1252"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, label: str, *, declared_encoding: str | None = None) -> DecodedText:
    """Decode an input's bytes, detecting the encoding; raise ReadFailure(UNREADABLE) for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_known(data[len(bom) :], encoding, label, reason="byte-order mark")
    nul_bytes = data.count(0)
    if nul_bytes:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _decode_known(data, utf16, label, reason="its byte pattern")
        if nul_bytes > _MAX_NUL_SHARE * len(data):
            raise ReadFailure(ErrorKind.UNREADABLE, f"{label}: binary data (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(DecodedText(text, "utf-8"), label)
    if declared_encoding:
        declared = _codec_name(declared_encoding)
        if declared is not None and declared != "utf-8":
            try:
                return _checked(DecodedText(data.decode(declared), declared), label)
            except UnicodeDecodeError:
                pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return _checked(mixed, label)
    return _checked(_detected(data, label), label)


def normalize_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Apply the module's normalization; return the text and warnings for the changes that matter."""
    warnings: list[str] = []
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        count = text.count("\x00")
        text = text.replace("\x00", "")
        warnings.append(f"{count} NUL character{'s' if count != 1 else ''} removed")
    # an ASCII text (most news) holds no surrogate, and saying so needs no scan of its characters
    if not text.isascii() and _SURROGATES.search(text):
        text, count = _SURROGATES.subn("\ufffd", text)
        warnings.append(f"{count} unpaired surrogate{'s' if count != 1 else ''} replaced with U+FFFD")
    return text, tuple(warnings)


def clean_field(value: str) -> str:
    """A short metadata string (id, title) made safe to store: no surrogates, no NULs, one line."""
    value = _SURROGATES.sub("\ufffd", value).replace("\x00", "")
    return " ".join(value.split()) if ("\n" in value or "\r" in value) else value


def _decode_known(data: bytes, encoding: str, label: str, *, reason: str) -> DecodedText:
    try:
        return _checked(DecodedText(data.decode(encoding), encoding), label)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return _checked(
            DecodedText(
                text,
                encoding,
                (f"decoded as {encoding} (from its {reason}); invalid bytes replaced with U+FFFD",),
            ),
            label,
        )


def _checked(decoded: DecodedText, label: str) -> DecodedText:
    """Refuse text that is mostly control characters: that is binary data that happened to decode."""
    sample = decoded.text[:_SAMPLE]
    if sample:
        controls = len(_BINARY_CONTROLS.findall(sample)) - sample.count("\x00")
        if controls > _MAX_CONTROL_SHARE * len(sample):
            raise ReadFailure(
                ErrorKind.UNREADABLE, f"{label}: binary data (mostly control characters), not text"
            )
    return decoded


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte for ASCII characters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _mixed_utf8(data: bytes) -> DecodedText | None:
    """UTF-8 with stretches in a legacy encoding (text pasted from elsewhere): each part read as what it is."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if valid_non_ascii == 0 or valid_non_ascii < 0.1 * replaced:
        return None
    return DecodedText(
        data.decode("utf-8", errors=_MIXED_ERRORS),
        "utf-8",
        (
            f"mixed encodings: {replaced} byte{'s' if replaced != 1 else ''} that are not UTF-8 "
            f"read as {WESTERN_ENCODING}",
        ),
    )


def _western_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode(WESTERN_ENCODING, errors="replace"), error.end


_MIXED_ERRORS = "chronology-mixed-utf8"
codecs.register_error(_MIXED_ERRORS, _western_bytes)


def _detected(data: bytes, label: str) -> DecodedText:
    from charset_normalizer import from_bytes

    best = from_bytes(_detection_sample(data)).best()
    if best is None or best.encoding is None:
        raise ReadFailure(ErrorKind.UNREADABLE, f"{label}: not text in any encoding that could be detected")
    encoding = _codec_name(best.encoding) or best.encoding
    if encoding != WESTERN_ENCODING and _latin_script(data[: _SAMPLE * 4].decode(encoding, errors="replace")):
        # Short Latin-script texts fit many single-byte code pages equally well; among them the
        # Western one is by far the most common for English-language text, so it wins the tie.
        try:
            return DecodedText(data.decode(WESTERN_ENCODING), WESTERN_ENCODING, _not_utf8(WESTERN_ENCODING))
        except UnicodeDecodeError:
            pass
    try:
        return DecodedText(data.decode(encoding), encoding, _not_utf8(encoding))
    except (UnicodeDecodeError, LookupError):
        text = data.decode(encoding, errors="replace")
        return DecodedText(text, encoding, (f"{_not_utf8(encoding)[0]}, invalid bytes replaced with U+FFFD",))


def _detection_sample(data: bytes) -> bytes:
    """A megabyte is plenty to recognise an encoding; cut at a line end so no character is split."""
    if len(data) <= _DETECTION_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _DETECTION_BYTES)
    return data[: cut + 1] if cut > 0 else data[:_DETECTION_BYTES]


def _not_utf8(encoding: str) -> tuple[str]:
    return (f"not UTF-8: decoded as {encoding} (detected)",)


def _latin_script(text: str) -> bool:
    letters = [char for char in text[:_SAMPLE] if char > "\x7f" and char.isalpha()]
    if not letters:
        return True
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return latin >= 0.8 * len(letters)


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
