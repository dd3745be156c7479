"""Read TimeML (`.tml`): the text, its creation time, and the TIMEX3, EVENT and TLINK annotations.

The parser is expat driven directly, so that it can refuse what makes XML dangerous: any entity
declaration (the "billion laughs" expansion), any external entity or DTD (never fetched, never
read), and absurd nesting. Offsets are Python character offsets into `text`, the content of
`<TEXT>` with the tags removed; XML line-end handling folds CRLF to LF, as in the flattened corpora.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any
from xml.parsers import expat

from chronology.readers.dates import DateValueError, parse_date_text

#: Deeper nesting than this is no TimeML document we know of; refusing it bounds memory and time.
MAX_DEPTH = 64


class TimeMLError(ValueError):
    """The input is not TimeML we can read safely; the message says why, with its line."""


@dataclass(frozen=True)
class TimeMLTimex:
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor_tid: str | None = None
    quant: str | None = None
    freq: str | None = None
    temporal_function: bool = False
    function_in_document: str | None = None


@dataclass(frozen=True)
class TimeMLEvent:
    eid: str
    start: int
    end: int
    text: str
    event_class: str | None = None
    # From the event's first MAKEINSTANCE: TimeML puts tense and aspect there, not on the EVENT.
    eiid: str | None = None
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    pos: str | None = None


@dataclass(frozen=True)
class TimeMLLink:
    """A TLINK: `source` and `target` are a timex tid or an event instance eiid (see the kinds)."""

    lid: str
    rel_type: str
    source: str
    source_kind: str  # "event" or "timex"
    target: str
    target_kind: str


@dataclass(frozen=True)
class TimeMLDocument:
    id: str
    source: str
    dct: date | None
    dct_value: str | None
    text: str
    timexes: tuple[TimeMLTimex, ...] = ()
    events: tuple[TimeMLEvent, ...] = ()
    tlinks: tuple[TimeMLLink, ...] = ()
    #: Event instance id (eiid) -> event id (eid), from MAKEINSTANCE.
    instances: dict[str, str] = field(default_factory=dict)

    def event_by_instance(self, eiid: str) -> TimeMLEvent | None:
        eid = self.instances.get(eiid)
        return next((event for event in self.events if event.eid == eid), None)


@dataclass
class _Open:
    tag: str
    attributes: dict[str, str]
    start: int


#: Where a TimeML file without <TEXT> keeps what is not its text.
_HEADER_ELEMENTS = frozenset({"DOCID", "DCT"})
#: TIMEX3 roles that give the document's date when it has no <DCT> element.
_DCT_FUNCTIONS = frozenset({"CREATION_TIME", "PUBLICATION_TIME"})


class _Builder:
    def __init__(self, root_as_text: bool = False) -> None:
        # Some TimeML files put their text straight under the root, without <TEXT>: then the root's
        # content is the text, less the DOCID and DCT header elements.
        self.root_as_text = root_as_text
        self.root: str | None = None
        self.in_header = 0
        self.depth = 0
        self.in_text = False
        self.text_seen = False
        self.parts: list[str] = []
        self.length = 0
        self.open: list[_Open] = []
        self.docid_parts: list[str] | None = None
        self.docid: str | None = None
        self.in_dct = False
        self.dct_value: str | None = None
        self.timexes: list[TimeMLTimex] = []
        self.raw_events: list[tuple[dict[str, str], int, int]] = []
        self.instances: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise TimeMLError(f"elements nested deeper than {MAX_DEPTH}")
        if self.root is None:
            self.root = tag
            if self.root_as_text:
                self.in_text = self.text_seen = True
        elif self.root_as_text and tag in _HEADER_ELEMENTS:
            self.in_header += 1
            self.in_text = False
        if (
            tag == "TIMEX3"
            and not self.in_dct
            and self.dct_value is None
            and attributes.get("functionInDocument", "").upper() in _DCT_FUNCTIONS
        ):
            self.dct_value = attributes.get("value")  # kept until a <DCT> element says otherwise
        if tag == "TEXT":
            self.in_text = True
            self.text_seen = True
        elif tag == "DOCID":
            self.docid_parts = []
        elif tag == "DCT":
            self.in_dct = True
        elif tag == "TIMEX3" and self.in_dct:
            self.dct_value = attributes.get("value")
        elif tag == "MAKEINSTANCE":
            self.instances.append(attributes)
        elif tag == "TLINK":
            self.links.append(attributes)
        if self.in_text and tag in {"TIMEX3", "EVENT"}:
            self.open.append(_Open(tag, attributes, self.length))

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.root_as_text and self.depth > 0 and tag in _HEADER_ELEMENTS:
            self.in_header -= 1
            self.in_text = self.in_header == 0
        if tag == "TEXT":
            self.in_text = False
        elif tag == "DOCID" and self.docid_parts is not None:
            self.docid = "".join(self.docid_parts).strip() or None
            self.docid_parts = None
        elif tag == "DCT":
            self.in_dct = False
        if self.in_text and tag in {"TIMEX3", "EVENT"} and self.open and self.open[-1].tag == tag:
            opened = self.open.pop()
            if tag == "TIMEX3":
                self.timexes.append(self._timex(opened))
            else:
                self.raw_events.append((opened.attributes, opened.start, self.length))

    def characters(self, data: str) -> None:
        if self.in_text:
            self.parts.append(data)
            self.length += len(data)
        elif self.docid_parts is not None:
            self.docid_parts.append(data)

    def _timex(self, opened: _Open) -> TimeMLTimex:
        attributes = opened.attributes
        return TimeMLTimex(
            tid=attributes.get("tid", ""),
            start=opened.start,
            end=self.length,
            text="",  # filled in once the whole text is known
            type=attributes.get("type", ""),
            value=attributes.get("value", ""),
            mod=attributes.get("mod"),
            anchor_tid=attributes.get("anchorTimeID"),
            quant=attributes.get("quant"),
            freq=attributes.get("freq"),
            temporal_function=attributes.get("temporalFunction", "false").lower() == "true",
            function_in_document=attributes.get("functionInDocument"),
        )


def _refuse_entities(*_: Any) -> None:
    raise TimeMLError("entity declarations are refused (they can expand without bound)")


def _refuse_external(*_: Any) -> int:
    raise TimeMLError("external entities and DTDs are never loaded")


def _refuse_skipped(name: str, is_parameter_entity: bool) -> None:
    raise TimeMLError(f"entity &{name}; is not defined here (DTDs are never loaded)")


def _parse_dct(value: str | None) -> date | None:
    """The day of a DCT value in any form metadata writes ("1998-08-07", "19980807",
    "1998-08-07T10:30:00"); None when it names no single real day."""
    if not value:
        return None
    try:
        return parse_date_text(value).full()
    except DateValueError:
        return None


def parse_timeml(data: bytes | str, source: str) -> TimeMLDocument:
    """Parse one TimeML document; `source` (a path or label) names it in errors and gives the id
    when the document has no DOCID."""
    builder = _parse(data, source, _Builder())
    if not builder.text_seen and (builder.root or "").lower() == "timeml":
        builder = _parse(data, source, _Builder(root_as_text=True))
        if not "".join(builder.parts).strip():
            builder.text_seen = False  # only a header: nothing to read
    if not builder.text_seen:
        raise TimeMLError(f"{source}: no <TEXT> element: not a TimeML document")
    return _document(builder, source)


def _parse(data: bytes | str, source: str, builder: _Builder) -> _Builder:
    # For a str, the document's own encoding declaration no longer applies: it is UTF-8 now.
    parser = expat.ParserCreate(encoding="UTF-8" if isinstance(data, str) else None)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.characters
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SkippedEntityHandler = _refuse_skipped
    parser.buffer_text = True
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        parser.Parse(payload, True)
    except TimeMLError as exc:
        raise TimeMLError(f"{source}: line {parser.CurrentLineNumber}: {exc}") from None
    except expat.ExpatError as exc:
        raise TimeMLError(
            f"{source}: not well-formed XML: {expat.errors.messages[exc.code]} "
            f"(line {exc.lineno}, column {exc.offset})"
        ) from None
    except RecursionError:
        raise TimeMLError(f"{source}: elements nested too deeply") from None
    return builder


def _document(builder: _Builder, source: str) -> TimeMLDocument:
    text = "".join(builder.parts)
    timexes = tuple(
        sorted(
            (
                TimeMLTimex(**{**timex.__dict__, "text": text[timex.start : timex.end]})
                for timex in builder.timexes
            ),
            key=lambda timex: (timex.start, timex.end),
        )
    )
    first_instance: dict[str, dict[str, str]] = {}
    instances: dict[str, str] = {}
    for instance in builder.instances:
        eid, eiid = instance.get("eventID"), instance.get("eiid")
        if eid is None or eiid is None:
            continue
        instances[eiid] = eid
        first_instance.setdefault(eid, instance)
    events = []
    for attributes, start, end in sorted(builder.raw_events, key=lambda item: (item[1], item[2])):
        eid = attributes.get("eid", "")
        instance = first_instance.get(eid, {})
        events.append(
            TimeMLEvent(
                eid=eid,
                start=start,
                end=end,
                text=text[start:end],
                event_class=attributes.get("class"),
                eiid=instance.get("eiid"),
                tense=instance.get("tense", attributes.get("tense")),
                aspect=instance.get("aspect", attributes.get("aspect")),
                polarity=instance.get("polarity"),
                pos=instance.get("pos"),
            )
        )
    links = []
    for attributes in builder.links:
        source_id, source_kind = _link_end(attributes, "eventInstanceID", "timeID")
        target_id, target_kind = _link_end(attributes, "relatedToEventInstance", "relatedToTime")
        if source_id is None or target_id is None:
            continue
        links.append(
            TimeMLLink(
                lid=attributes.get("lid", ""),
                rel_type=attributes.get("relType", ""),
                source=source_id,
                source_kind=source_kind,
                target=target_id,
                target_kind=target_kind,
            )
        )
    return TimeMLDocument(
        id=builder.docid or PurePath(source).stem or source,
        source=source,
        dct=_parse_dct(builder.dct_value),
        dct_value=builder.dct_value,
        text=text,
        timexes=timexes,
        events=tuple(events),
        tlinks=tuple(links),
        instances=instances,
    )


def _link_end(attributes: dict[str, str], event_key: str, time_key: str) -> tuple[str | None, str]:
    if event_key in attributes:
        return attributes[event_key], "event"
    return attributes.get(time_key), "timex"
