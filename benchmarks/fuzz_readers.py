"""Fuzz the readers for a bounded time: random and mutated inputs of every format, through read_inputs.

    .venv/bin/python benchmarks/fuzz_readers.py --seconds 60 [--seed 1] [--crash-dir /tmp/crashes]

A crash is an exception escaping read_inputs, an INTERNAL DocumentError (a defect of ours), or a case
that takes longer than --case-timeout seconds. Prints counts per outcome; exits 1 on any crash, and
writes each crashing input to --crash-dir (if given) to reproduce it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.model.chronology import DocumentError, ErrorKind  # noqa: E402
from chronology.readers import FatalInputError, read_inputs  # noqa: E402
from chronology.settings import Settings  # noqa: E402

EXTENSIONS = (".txt", ".html", ".json", ".jsonl", ".tml", ".xml", "", ".md")

SEEDS: dict[str, bytes] = {
    ".txt": b"WASHINGTON, Feb. 3 (Reuters) - The ferry resumed on Thursday, two weeks after the strike.\r\n"
    b"Crews had stopped work in March.\n",
    ".html": b"<!DOCTYPE html><html><head><title>Ferry</title>"
    b'<meta property="article:published_time" content="2023-06-08T09:30:00Z">'
    b'<script type="application/ld+json">{"datePublished": "2023-06-08"}</script></head>'
    b"<body><nav><a href='/'>Home</a></nav><article><h1>Ferry resumes</h1>"
    b'<time datetime="2023-06-08">June 8</time><p>The ferry resumed on Thursday.</p>'
    b"<p>Crews had stopped work in March.</p></article></body></html>",
    ".json": json.dumps(
        [
            {
                "id": "a",
                "text": "The ferry resumed on Thursday.",
                "published": "2023-06-08",
                "url": "https://x/2023/06/08/f",
            }
        ]
    ).encode(),
    ".jsonl": b'{"id": "a", "text": "The ferry resumed.", "dct": "2023-06-08"}\n{"text": "Crews stopped in March."}\n',
    ".tml": b'<?xml version="1.0" ?>\n<TimeML><DOCID>F1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-08" '
    b'functionInDocument="CREATION_TIME">June 8</TIMEX3></DCT><TEXT>The ferry <EVENT eid="e1">resumed</EVENT> on '
    b'<TIMEX3 tid="t1" type="DATE" value="2023-06-08">Thursday</TIMEX3>.</TEXT></TimeML>\n',
}

INTERESTING: tuple[bytes, ...] = (
    b"\x00",
    b"\xff",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\r",
    b"\n",
    b"<",
    b">",
    b"&",
    b"&amp;",
    b'"',
    b"\\u0000",
    b"\\ud800",
    b"{",
    b"[",
    b"]",
    b"}",
    b"<!ENTITY a 'b'>",
    b'<!DOCTYPE TimeML [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    b"&x;",
    b"<TEXT>",
    b"</TEXT>",
    b"<DCT>",
    b"\xc3\xa9",
    b"\xe9",
    b"\x1b[31m",
    b"2022-02-30",
    b"Feb. 30, 2022",
    b"9999-12-31",
    b"0001-01-01",
    b"Thursday, ",
    b"(AP) -- ",
    b"<meta charset='utf-16'>",
    b"<meta charset='x-unknown'>",
    "\u2028".encode(),
)


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.randrange(8)
        position = rng.randint(0, len(buffer))
        if choice == 0 and buffer:
            index = rng.randrange(len(buffer))
            buffer[index] ^= 1 << rng.randrange(8)
        elif choice == 1:
            buffer[position:position] = rng.choice(INTERESTING)
        elif choice == 2 and buffer:
            end = min(len(buffer), position + rng.randint(1, 64))
            del buffer[position:end]
        elif choice == 3 and buffer:
            end = min(len(buffer), position + rng.randint(1, 64))
            buffer[position:position] = buffer[position:end] * rng.randint(1, 50)
        elif choice == 4:
            del buffer[position:]
        elif choice == 5:
            buffer[position:position] = rng.randbytes(rng.randint(1, 32))
        elif choice == 6:
            depth = rng.randint(10, 5000)
            opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}"), (b"<a>", b"</a>"), (b"<div>", b"")])
            buffer[position:position] = opener * depth + closer * depth
        else:
            other = rng.choice(list(SEEDS.values()))
            cut = rng.randint(0, len(other))
            buffer[position:] = other[cut:]
    return bytes(buffer)


def make_case(rng: random.Random, corpus: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    roll = rng.random()
    if roll < 0.1:
        return rng.choice(EXTENSIONS), rng.randbytes(rng.randint(0, 4096))
    extension, seed = rng.choice(corpus)
    if rng.random() < 0.2:
        extension = rng.choice(EXTENSIONS)
    return extension, mutate(seed, rng)


class CaseTimeout(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise CaseTimeout


def run_case(read: Callable[[], list[object]]) -> tuple[str, str | None]:
    """The outcome label of one case, and a crash description if it crashed."""
    try:
        items = read()
    except CaseTimeout:
        return "crash:timeout", "timed out"
    except FatalInputError as exc:
        return "fatal", None if "no such file" not in str(exc) else f"fatal on an existing file: {exc}"
    except Exception:
        return "crash:exception", traceback.format_exc()
    labels = []
    for item in items:
        if isinstance(item, DocumentError):
            if item.kind is ErrorKind.INTERNAL:
                return "crash:internal", item.message
            labels.append(f"error:{item.kind.value}")
        else:
            labels.append("document")
    return (
        labels[0] if len(set(labels)) == 1 else "mixed"
    ) if labels else "nothing", None if labels else "no output"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--case-timeout", type=int, default=10)
    parser.add_argument("--crash-dir", type=Path, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    corpus = list(SEEDS.items())
    bad_inputs = ROOT / "tests" / "bad_inputs"
    if bad_inputs.is_dir():
        corpus += [
            (path.suffix, path.read_bytes()) for path in sorted(bad_inputs.iterdir()) if path.is_file()
        ]
    signal.signal(signal.SIGALRM, _alarm)
    outcomes: Counter[str] = Counter()
    crashes = 0
    slowest = (0.0, "")
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory() as folder:
        case = 0
        while time.monotonic() < deadline:
            case += 1
            extension, data = make_case(rng, corpus)
            settings = Settings(max_document_bytes=rng.choice([50_000_000] * 4 + [2_000, 200]))
            via_stdin = rng.random() < 0.15
            path = Path(folder) / f"case{case % 50}{extension}"
            if not via_stdin:
                path.write_bytes(data)

            def read(
                path: Path = path,
                data: bytes = data,
                settings: Settings = settings,
                via_stdin: bool = via_stdin,
            ) -> list[object]:
                if via_stdin:
                    return list(read_inputs(["-"], settings, stdin=io.BytesIO(data)))
                return list(read_inputs([str(path)], settings))

            started = time.monotonic()
            signal.alarm(args.case_timeout)
            try:
                outcome, crash = run_case(read)
            finally:
                signal.alarm(0)
            elapsed = time.monotonic() - started
            if elapsed > slowest[0]:
                slowest = (
                    elapsed,
                    f"{'stdin' if via_stdin else extension or 'no extension'}, {len(data)} bytes",
                )
            outcomes[outcome] += 1
            if crash is not None:
                crashes += 1
                print(
                    f"CRASH case {case} ({outcome}, {extension or 'no extension'}):\n{crash}", file=sys.stderr
                )
                if args.crash_dir is not None:
                    args.crash_dir.mkdir(parents=True, exist_ok=True)
                    (args.crash_dir / f"crash{case}{extension}").write_bytes(data)
            if not via_stdin and path.exists():
                os.unlink(path)
    total = sum(outcomes.values())
    print(f"fuzz_readers: seed {seed}, {args.seconds:g} s, {total} cases ({total / args.seconds:.0f}/s)")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:<22} {count:>7}")
    print(f"  slowest case: {slowest[0] * 1000:.0f} ms ({slowest[1]})")
    print(f"  crashes: {crashes}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
