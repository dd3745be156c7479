"""`chronology tag IN`: find, normalize and anchor the time expressions of documents.

Writes one JSON object per document (JSONL) or TimeML with inline TIMEX3 tags. With several documents
and `--format timeml`, `-o` names a folder that receives one `<id>.tml` per document; without `-o`
the TimeML documents are written one after another to standard output.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import json
import json.encoder
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from chronology.cli.common import EXIT_OK, EXIT_PARTIAL, fail, warn

if TYPE_CHECKING:
    from concurrent.futures import Future

    from chronology.model.analysis import DocumentError
    from chronology.model.document import Document
    from chronology.model.event import Event
    from chronology.model.expression import TimeExpression
    from chronology.settings import Settings


def _parse_dct(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="tag the time expressions of documents (JSONL or TimeML out)",
        description=(
            "Find every time expression of each document, normalize it to TIMEX3 and anchor it. IN is a JSONL "
            'file ({"id", "dct", "text"} per line), a TimeML .tml file or folder, a plain text file, or - for '
            "standard input. Writes one JSON object per document, or TimeML with --format timeml (several "
            "documents: -o names a folder that gets one <id>.tml each; without -o they follow one another on "
            "standard output). Exit codes: 0 ok, 1 fatal, 2 usage, 3 output written but some documents failed."
        ),
    )
    parser.add_argument("input", metavar="IN", help="JSONL, TimeML file or folder, text file, or '-'")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="output file (or folder for TimeML); default stdout"
    )
    parser.add_argument(
        "--dct", type=_parse_dct, metavar="YYYY-MM-DD", help="the creation time of every document"
    )
    parser.add_argument(
        "--format", choices=("json", "timeml"), default="json", help="output format (default json)"
    )
    parser.add_argument(
        "--kind", choices=("news", "narrative", "colloquial"), help="anchor as this kind (default: detect)"
    )
    parser.add_argument("--day-first", action="store_true", help="read 2/3/2022 as 2 March 2022")
    parser.add_argument("--events", action="store_true", help="also extract the events the expressions date")
    parser.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes for many documents (default: the number of cores)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Start-up builds what lives as long as the process (modules, pydantic's models, the grammar): the
    # cyclic collector would only walk it again and again as it piles up. Collection resumes once the
    # heap is frozen after the warm-up (JSON) or before the first document (TimeML).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from chronology.model.document import DocumentKind
        from chronology.settings import Settings

        # the options are parsed and typed by argparse (the kind is one of the choices): no validation
        settings = Settings.model_construct(
            dct=args.dct,
            document_kind=DocumentKind(args.kind) if args.kind else None,
            day_first=args.day_first,
        )
        if args.events:
            try:
                from chronology.events import extract_events  # noqa: F401
            except ImportError as exc:
                fail(f"--events needs chronology.events, which cannot be imported: {exc}")
        documents = _read(args.input, settings)
        _freeze_heap_at_exit()
        if args.format == "timeml":
            gc.enable()
            return _write_timeml(documents, args, settings)
        return _write_json(documents, args, settings)
    finally:
        (gc.enable if collecting else gc.disable)()


def _freeze_heap_at_exit() -> None:
    """Have the heap frozen when the process ends, before the interpreter's last collections.

    Those collections walk every object still alive (the grammar, the verb table, the models' schemas):
    measured, 35-95 ms of a 0.6 s run, against about 13 ms frozen. Objects are still freed by reference
    count and files still flushed on close; only reference cycles left at exit go unswept, which ending
    the process reclaims anyway. Registered once however often `run` is called in one process.
    """
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


# ---------------------------------------------------------------------- reading
def _read(path: str, settings: Settings) -> Iterator[Document | DocumentError]:
    if path != "-" and not Path(path).exists():
        fail(f"{path}: no such file or folder")
    try:
        from chronology.readers import FatalInputError, read_inputs
    except ImportError:
        return _read_minimal(path, settings)
    try:
        return read_inputs([path], settings)
    except FatalInputError as exc:
        fail(str(exc))


def _read_minimal(path: str, settings: Settings) -> Iterator[Document | DocumentError]:
    """JSONL or plain text without the readers package (kept small: the readers do the real work)."""
    from chronology.model.analysis import DocumentError, ErrorKind
    from chronology.model.document import Document

    raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8", errors="replace")
    if path.endswith(".jsonl"):
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                dct = date.fromisoformat(str(record["dct"])[:10]) if record.get("dct") else None
                yield Document(
                    id=str(record.get("id") or f"{path}:{number}"), text=str(record["text"]), published=dct
                )
            except (ValueError, KeyError, TypeError) as exc:
                yield DocumentError(
                    source=f"{path}:{number}", kind=ErrorKind.MALFORMED, message=f"line {number}: {exc}"
                )
    else:
        yield Document(id=Path(path).stem if path != "-" else "stdin", text=raw, published=settings.dct)


# ---------------------------------------------------------------------- analysis
def _analyze(
    document: Document, settings: Settings, with_events: bool
) -> tuple[list[TimeExpression], list[Event], str, date | None]:
    from chronology.pipeline import analyze_text_of, effective_document, process_document

    if with_events:
        result = process_document(document, settings)
        if result.error is not None or result.analyzed is None:
            raise RuntimeError(result.error.message if result.error else "no analysis")
        analyzed = result.analyzed
        return (
            list(analyzed.expressions),
            list(result.events),
            analyzed.kind,
            effective_document(document, settings).published,
        )
    # the expressions are written out at once: no analysis model (`AnalyzedDocument`) to build
    effective, analysis = analyze_text_of(document, settings)
    return analysis.expressions, [], analysis.kind, effective.published


def _documents_with_results(
    documents: Iterator[Document | DocumentError], settings: Settings, with_events: bool
) -> Iterator[tuple[Document, list[TimeExpression], list[Event], str, date | None] | None]:
    """Analyzed documents in input order; None stands for one that failed (already reported)."""
    from chronology.model.analysis import DocumentError

    for item in documents:
        if isinstance(item, DocumentError):
            warn(f"{item.source}: {item.message}")
            yield None
            continue
        try:
            expressions, events, kind, dct = _analyze(item, settings, with_events)
        except Exception as exc:  # one document's failure must not stop the others
            warn(f"{item.source or item.id}: could not be tagged: {type(exc).__name__}: {exc}")
            yield None
            continue
        yield item, expressions, events, kind, dct


# ---------------------------------------------------------------------- JSON
def timex_record(expression: TimeExpression) -> dict[str, Any]:
    return {
        "start": expression.start,
        "end": expression.end,
        "text": expression.text,
        "type": expression.type.value,
        "value": expression.value,
        "mod": expression.mod,
        "anchor": expression.anchor.value,
        "explanation": expression.explanation,
    }


def event_record(event: Event, expressions: list[TimeExpression]) -> dict[str, Any]:
    positions = {(expression.start, expression.end): i for i, expression in enumerate(expressions)}
    dating = event.time.expression
    return {
        "start": event.trigger_start,
        "end": event.trigger_end,
        "text": event.trigger,
        "timex": positions.get((dating.start, dating.end)) if dating is not None else None,
        "qualifiers": [
            positions[(q.start, q.end)] for q in event.qualifiers if (q.start, q.end) in positions
        ],
        "class": event.event_class,
        "basis": event.time.basis.value,
        "in_chronology": not event.mention_only,
        "value": event.time.value,
        "headline": event.headline,
    }


# JSON text written piece by piece, exactly as `json.dumps(record, ensure_ascii=False)` writes the record
# (same separators and string escapes; measured: a third of the time of building and dumping the dicts).
_json_string = json.encoder.encode_basestring


def _json_value(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return _json_string(value)
    return json.dumps(value, ensure_ascii=False)


def _timex_json(expression: TimeExpression) -> str:
    """`timex_record(expression)` as JSON."""
    start, end = expression.start, expression.end
    if type(start) is not int or type(end) is not int:
        return json.dumps(timex_record(expression), ensure_ascii=False)
    return (
        f'{{"start": {start}, "end": {end}, "text": {_json_value(expression.text)}, '
        f'"type": {_json_value(expression.type.value)}, "value": {_json_value(expression.value)}, '
        f'"mod": {_json_value(expression.mod)}, "anchor": {_json_value(expression.anchor.value)}, '
        f'"explanation": {_json_value(expression.explanation)}}}'
    )


def _json_line(document: Document, settings: Settings, with_events: bool) -> str:
    """One document's output line; raises when the document cannot be tagged.

    The JSON of {"id", "dct", "kind", "timexes"[, "events"]}, with `timex_record` and `event_record`.
    """
    expressions, events, kind, dct = _analyze(document, settings, with_events)
    parts = [
        '{"id": ',
        _json_value(document.id),
        ', "dct": ',
        _json_value(dct.isoformat() if dct else None),
        ', "kind": ',
        _json_value(kind),
        ', "timexes": [',
        ", ".join([_timex_json(expression) for expression in expressions]),
        "]",
    ]
    if with_events:
        events_json = json.dumps([event_record(event, expressions) for event in events], ensure_ascii=False)
        parts += [', "events": ', events_json]
    parts.append("}\n")
    return "".join(parts)


def _json_batch(
    batch: list[Document | DocumentError], settings: Settings, with_events: bool
) -> list[tuple[bool, str]]:
    """(True, line) for each tagged document, (False, message) for each that failed, in order."""
    from chronology.model.analysis import DocumentError

    out: list[tuple[bool, str]] = []
    for item in batch:
        if isinstance(item, DocumentError):
            out.append((False, f"{item.source}: {item.message}"))
            continue
        try:
            out.append((True, _json_line(item, settings, with_events)))
        except Exception as exc:  # one document's failure must not stop the others
            out.append((False, f"{item.source or item.id}: could not be tagged: {type(exc).__name__}: {exc}"))
    return out


_BATCH = 24
_PARALLEL_AFTER = 2 * _BATCH  # fewer documents than this are not worth starting workers for
_QUEUED = 2  # batches each worker has been given and not handed back, before the main process tags one
_AHEAD = 8  # batches per process tagged and not yet written, at most (the last ones are small)
_TAIL = _QUEUED * _BATCH  # per worker: the last documents of an input, tagged in batches of `_TAIL_BATCH`
_TAIL_BATCH = 6


def _json_batches(
    documents: Iterator[Document | DocumentError], settings: Settings, with_events: bool, jobs: int
) -> Iterator[list[tuple[bool, str]]]:
    """Tagged batches in input order; worker processes (`jobs` of them, one per core when 0 or less)
    take over once the input proves large."""
    from itertools import islice

    head = list(islice(documents, _PARALLEL_AFTER))
    if not head:
        return
    # a defect met while warming up is reported on each document instead, as without the warm-up
    with contextlib.suppress(Exception):
        _warm_up(settings, with_events)
    # What is loaded now (modules, the grammar) outlives the run: while it lasts the collector need not
    # scan it again and again as tagging allocates, nor touch the memory pages forked workers share.
    gc.freeze()
    gc.enable()  # paused by `run` for the start-up
    try:
        yield from _tagged_batches(head, documents, settings, with_events, jobs)
    finally:
        gc.unfreeze()


def _tagged_batches(
    head: list[Document | DocumentError],
    documents: Iterator[Document | DocumentError],
    settings: Settings,
    with_events: bool,
    jobs: int,
) -> Iterator[list[tuple[bool, str]]]:
    from itertools import islice

    if len(head) >= _PARALLEL_AFTER and jobs <= 0:
        # asked only of an input large enough for workers: the answer's module loads the process pool
        from chronology.parallel import default_jobs

        jobs = default_jobs()
    if len(head) < _PARALLEL_AFTER or jobs <= 1:
        for start in range(0, len(head), _BATCH):
            yield _json_batch(head[start : start + _BATCH], settings, with_events)
        for batch in iter(lambda: list(islice(documents, _BATCH)), []):
            yield _json_batch(batch, settings, with_events)
        return
    import multiprocessing
    from collections import deque
    from itertools import chain

    def batches() -> Iterator[list[Document | DocumentError]]:
        # `_BATCH` documents at a time, read `_TAIL` per worker further ahead: the last ones, once the
        # input is seen to end, go in batches of `_TAIL_BATCH`, so that the processes run out of work
        # together rather than the main process waiting for the workers' last full batches
        items = chain(head, documents)
        window: deque[Document | DocumentError] = deque()
        full = _BATCH + _TAIL * (jobs - 1)
        while True:
            window.extend(islice(items, full - len(window)))
            if not window:
                return
            size = _BATCH if len(window) >= full else _TAIL_BATCH
            yield [window.popleft() for _ in range(min(size, len(window)))]

    # forked workers inherit the compiled grammar and loaded modules (see `_warm_up` above)
    context = (
        multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    )
    # The pool's threads in this process (results in, batches out) wait for the interpreter lock while
    # it tags: they get it within a millisecond, not the default 5, so a worker is fed as soon as it asks.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, 0.001))
    try:
        yield from _pooled_batches(batches(), settings, with_events, jobs, context)
    finally:
        sys.setswitchinterval(switch_interval)


def _pooled_batches(
    batches: Iterator[list[Document | DocumentError]],
    settings: Settings,
    with_events: bool,
    jobs: int,
    context: Any,
) -> Iterator[list[tuple[bool, str]]]:
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # The main process tags batches itself rather than wait: one process fewer to start and feed, and no
    # core left idle. It does so only while every worker has `_QUEUED` batches it has not handed back
    # (one it tags, one waiting): the main process also reads the input and writes the output, so a fixed
    # share of the batches left the workers idle between theirs (measured: 5-15 % of a worker's time).
    workers = jobs - 1
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[tuple[bool, str]]] | list[tuple[bool, str]]] = deque()
        for batch in batches:
            queued = sum(1 for item in pending if not isinstance(item, list) and not item.done())
            if queued < _QUEUED * workers:
                pending.append(pool.submit(_json_batch, batch, settings, with_events))
            else:
                pending.append(_json_batch(batch, settings, with_events))
            # written as soon as they are ready, in input order
            while pending and (isinstance(pending[0], list) or pending[0].done()):
                yield _result(pending.popleft())
            if len(pending) >= _AHEAD * jobs:  # a worker far behind: wait rather than hold more results
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(item: Future[list[tuple[bool, str]]] | list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    return item if isinstance(item, list) else item.result()


def _warm_up(settings: Settings, with_events: bool) -> None:
    """Load what every document needs once, before workers are forked (and the heap is frozen)."""
    from chronology.model.document import Document
    from chronology.pipeline import analyze_text_of, process_document
    from chronology.timex import grammar_for

    with contextlib.suppress(LookupError):  # a language without a grammar is read by dateparser
        grammar_for(settings.language)
        # one tiny document, on the way every document takes, loads the rest: the resolver, the tense
        # reader and its verb table (read only for a text with a DCT, which gives its weekday a
        # direction), and the models pydantic builds on first use
        sample = Document.model_construct(
            id="warm-up", text="The offices closed on Monday.", published=date(2022, 2, 3)
        )
        if with_events:
            process_document(sample, settings)
        else:
            analyze_text_of(sample, settings)
    if with_events:
        import chronology.events  # noqa: F401


def _write_json(
    documents: Iterator[Document | DocumentError], args: argparse.Namespace, settings: Settings
) -> int:
    failed = False
    with _open_output(args.output) as out:
        for batch in _json_batches(documents, settings, args.events, args.jobs):
            for ok, payload in batch:
                if ok:
                    out.write(payload)
                else:
                    failed = True
                    warn(payload)
    return EXIT_PARTIAL if failed else EXIT_OK


class _open_output:
    """Standard output, or a file opened for writing (parent folders created)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None or self.path == "-":
            return sys.stdout
        target = Path(self.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.handle = target.open("w", encoding="utf-8")
        except OSError as exc:
            fail(f"{self.path}: cannot write: {exc.strerror or exc}")
        return self.handle

    def __exit__(self, *exc_info: object) -> None:
        if self.handle is not None:
            self.handle.close()


# ---------------------------------------------------------------------- TimeML
def _xml_text(text: str) -> str:
    # XML 1.0 cannot carry most control characters, even escaped
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", " ", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_attr(value: str) -> str:
    return _xml_text(value).replace('"', "&quot;")


def timeml_document(document: Document, expressions: list[TimeExpression], dct: date | None) -> str:
    """One TimeML document: DOCID, DCT and the text with inline TIMEX3 tags (tids t1, t2, ...)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
        f"<DOCID>{_xml_text(document.id)}</DOCID>\n",
    ]
    if dct is not None:
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n'
        )
    parts.append("<TEXT>")
    text = document.text
    position = 0
    for number, expression in enumerate(expressions, 1):
        parts.append(_xml_text(text[position : expression.start]))
        attributes = f'tid="t{number}" type="{expression.type.value}" value="{_xml_attr(expression.value)}"'
        if expression.mod:
            attributes += f' mod="{_xml_attr(expression.mod)}"'
        if expression.quant:
            attributes += f' quant="{_xml_attr(expression.quant)}"'
        if expression.freq:
            attributes += f' freq="{_xml_attr(expression.freq)}"'
        parts.append(f"<TIMEX3 {attributes}>{_xml_text(expression.text)}</TIMEX3>")
        position = expression.end
    parts.append(_xml_text(text[position:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def _safe_file_name(document_id: str, used: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", document_id).strip("._") or "document"
    name = stem
    counter = 2
    while name in used:
        name = f"{stem}_{counter}"
        counter += 1
    used.add(name)
    return f"{name}.tml"


def _write_timeml(
    documents: Iterator[Document | DocumentError], args: argparse.Namespace, settings: Settings
) -> int:
    failed = False
    results = _documents_with_results(documents, settings, False)
    output = args.output
    if output is None or output == "-":
        for result in results:
            if result is None:
                failed = True
                continue
            document, expressions, _, _, dct = result
            sys.stdout.write(timeml_document(document, expressions, dct))
        return EXIT_PARTIAL if failed else EXIT_OK
    target = Path(output)
    single_file = output.endswith(".tml") and not target.is_dir()
    if single_file:
        written = 0
        with _open_output(output) as out:
            for result in results:
                if result is None:
                    failed = True
                    continue
                if written:
                    failed = True
                    warn(
                        f"{output}: a .tml file holds one document; give a folder for several (rest skipped)"
                    )
                    break
                document, expressions, _, _, dct = result
                out.write(timeml_document(document, expressions, dct))
                written += 1
        return EXIT_PARTIAL if failed else EXIT_OK
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{output}: cannot create folder: {exc.strerror or exc}")
    used: set[str] = set()
    for result in results:
        if result is None:
            failed = True
            continue
        document, expressions, _, _, dct = result
        (target / _safe_file_name(document.id, used)).write_text(
            timeml_document(document, expressions, dct), encoding="utf-8"
        )
    return EXIT_PARTIAL if failed else EXIT_OK
