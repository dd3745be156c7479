"""Deterministic chronologies for the UI tests, built from the model (sentences written for these tests)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from chronology.model.chronology import AnalyzedDocument, Chronology, DocumentError, ErrorKind
from chronology.model.document import DctSource, Document
from chronology.model.event import Event, EventTime, Source, TimeBasis
from chronology.model.expression import Anchor, AnchorKind, TimeExpression, TimexType
from chronology_tui.dates import parse_value
from tests.builders import event_time, make_event

CREATED = datetime(2022, 2, 5, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Timex:
    phrase: str
    type: TimexType
    value: str
    explanation: str
    anchor: AnchorKind = AnchorKind.ABSOLUTE


def analyzed(
    doc_id: str,
    title: str,
    published: date | None,
    text: str,
    timexes: list[Timex],
    dct_source: DctSource = DctSource.METADATA,
    dct_detail: str | None = "JSON field 'published'",
) -> AnalyzedDocument:
    expressions: list[TimeExpression] = []
    cursor = 0
    for timex in timexes:
        start = text.index(timex.phrase, cursor)
        cursor = start + len(timex.phrase)
        point = parse_value(timex.value)
        expressions.append(
            TimeExpression(
                start=start,
                end=cursor,
                text=timex.phrase,
                type=timex.type,
                value=timex.value,
                granularity=point.granularity if point else None,
                anchor=Anchor(kind=timex.anchor, value=published.isoformat() if published else None),
                explanation=timex.explanation,
            )
        )
    document = Document(
        id=doc_id,
        title=title,
        source=f"articles/{doc_id}.json",
        published=published,
        published_source=dct_source if published else DctSource.NONE,
        published_detail=dct_detail if published else None,
        text=text,
    )
    return AnalyzedDocument(document=document, kind="news", expressions=tuple(expressions))


def sentence_span(text: str, position: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, position) + 2, 0) if text.rfind(". ", 0, position) >= 0 else 0
    end = text.find(".", position)
    return start, (end + 1 if end >= 0 else len(text))


def event(
    doc: AnalyzedDocument,
    trigger: str,
    headline: str,
    value: str | None,
    basis: TimeBasis = TimeBasis.EXPLICIT,
    expression: int | None = None,
    reason: str = "",
    extra_sources: tuple[Source, ...] = (),
    conflict: str | None = None,
) -> Event:
    """An event whose clause is the sentence around its trigger; its time has no interval (a hand-edited file)."""
    text = doc.document.text
    trigger_start = text.index(trigger)
    start, end = sentence_span(text, trigger_start)
    time = event_time(
        value,
        basis,
        reason,
        expression=doc.expressions[expression] if expression is not None else None,
        with_interval=False,
    )
    return make_event(
        doc.document.id,
        trigger,
        trigger_start,
        headline,
        time,
        span=(start, end),
        text=text[start:end],
        published=doc.document.published,
        extra_sources=extra_sources,
        conflict=conflict,
    )


HARBOUR_TEXT = (
    "Coast guard crews landed at the northern pier on Thursday. "
    "The landing followed an October 2019 raid on the same warehouse. "
    "On October 23, the port authority announced new inspections. "
    "Officials said the repairs would take two weeks."
)
COUNCIL_TEXT = (
    "The harbour council met on Wednesday to discuss the pier. "
    "Members recalled that the warehouse was raided in November 2019. "
    "The pier first opened in the summer of 1998 and was extended in the third quarter of 2005. "
    "A final vote is expected at 14:30 on Friday."
)


def sample_chronology(headline_override: str | None = None) -> Chronology:
    """Two short news stories about one harbour: merged reports, a conflict, an assumed date, an undated event."""
    harbour = analyzed(
        "harbour-wire",
        "Crews land at northern pier",
        date(2022, 2, 3),
        HARBOUR_TEXT,
        [
            Timex(
                "Thursday",
                TimexType.DATE,
                "2022-02-03",
                "weekday named in a past-tense clause: the DCT's own day",
            ),
            Timex("October 2019", TimexType.DATE, "2019-10", "month and year given in full"),
            Timex(
                "October 23", TimexType.DATE, "2021-10-23", "past tense: the last October 23 before the DCT"
            ),
            Timex("two weeks", TimexType.DURATION, "P2W", "a length of time, not a date"),
        ],
    )
    council = analyzed(
        "council-notes",
        "Council discusses the pier",
        date(2022, 2, 4),
        COUNCIL_TEXT,
        [
            Timex("Wednesday", TimexType.DATE, "2022-02-02", "past tense: the Wednesday before the DCT"),
            Timex("November 2019", TimexType.DATE, "2019-11", "month and year given in full"),
            Timex("the summer of 1998", TimexType.DATE, "1998-SU", "season and year given in full"),
            Timex("the third quarter of 2005", TimexType.DATE, "2005-Q3", "quarter and year given in full"),
            Timex(
                "14:30 on Friday", TimexType.TIME, "2022-02-04T14:30", "future: the coming Friday at 14:30"
            ),
        ],
        dct_source=DctSource.DATELINE,
        dct_detail="dateline 'HARBOURTON, Feb. 4'",
    )
    council_raid = event(council, "raided", "Warehouse raided", "2019-11", expression=1)
    raid_source = council_raid.sources[0]
    events = [
        event(
            harbour,
            "landed",
            headline_override or "Coast guard crews land at the northern pier",
            "2022-02-03",
            expression=0,
            reason="dated by 'Thursday' in the same clause",
        ),
        event(
            harbour,
            "raid",
            "Warehouse raid",
            "2019-10",
            expression=1,
            reason="dated by 'October 2019' in the same phrase",
            extra_sources=(raid_source,),
            conflict="harbour-wire says 2019-10, council-notes says 2019-11",
        ),
        event(
            harbour,
            "announced",
            "Port authority announces new inspections",
            "2021-10-23",
            expression=2,
            reason="dated by 'October 23' in the same clause",
        ),
        event(
            harbour,
            "said",
            "Officials say repairs will take two weeks",
            "2022-02-03",
            basis=TimeBasis.REPORTED_BY_DCT,
            reason="no date in the clause: reported on or before the DCT",
        ),
        event(
            council,
            "met",
            "Harbour council meets on the pier",
            "2022-02-02",
            expression=0,
            reason="dated by 'Wednesday' in the same clause",
        ),
        event(
            council,
            "opened",
            "Pier first opens",
            "1998-SU",
            expression=2,
            reason="dated by 'the summer of 1998'",
        ),
        event(
            council,
            "extended",
            "Pier extended",
            "2005-Q3",
            expression=3,
            reason="dated by 'the third quarter of 2005'",
        ),
        event(
            council,
            "vote",
            "Final vote expected",
            "2022-02-04T14:30",
            expression=4,
            reason="dated by '14:30 on Friday'",
        ),
        event(
            council,
            "expected",
            "Vote outcome expected",
            None,
            basis=TimeBasis.UNDATED,
            reason="no time expression and a future clause",
        ),
    ]
    errors = (
        DocumentError(
            source="articles/broken.json",
            document_id=None,
            kind=ErrorKind.MALFORMED,
            message="line 3: expected ',' or '}'",
        ),
    )
    return Chronology(created=CREATED, documents=(harbour, council), events=tuple(events), errors=errors)


def big_chronology(count: int, seed: int = 7) -> Chronology:
    """`count` events over ~30 years in `count // 20` documents, for measuring (never written to the repo)."""
    rng = random.Random(seed)
    documents: list[AnalyzedDocument] = []
    events: list[Event] = []
    verbs = ("announced", "landed", "opened", "raided", "signed", "closed", "visited", "reported")
    subjects = ("The council", "Port workers", "The ministry", "Coast guard crews", "Engineers", "The mayor")
    per_document = 20
    first_day = date(1995, 1, 1)
    for doc_index in range(max(count // per_document, 1)):
        published = first_day + timedelta(days=rng.randrange(0, 30 * 365))
        sentences: list[str] = []
        timexes: list[Timex] = []
        for n in range(per_document):
            day = published - timedelta(days=rng.randrange(0, 400))
            phrase = f"{day:%B} {day.day}, {day.year}"
            sentences.append(f"{rng.choice(subjects)} {rng.choice(verbs)} item {n} on {phrase}.")
            timexes.append(
                Timex(phrase, TimexType.DATE, day.isoformat(), "month, day and year given in full")
            )
        text = " ".join(sentences)
        doc = analyzed(f"doc-{doc_index:05d}", f"Report {doc_index}", published, text, timexes)
        documents.append(doc)
        position = 0
        for n, timex in enumerate(doc.expressions):
            start = position
            end = text.index(".", timex.end) + 1
            position = end + 1
            precision = rng.random()
            value = (
                timex.value if precision < 0.8 else (timex.value[:7] if precision < 0.95 else timex.value[:4])
            )
            point = parse_value(value)
            sentence = text[start:end]
            events.append(
                Event(
                    id=f"{doc.document.id}:{start}",
                    document_id=doc.document.id,
                    trigger=sentence.split()[2] if len(sentence.split()) > 2 else "event",
                    trigger_start=start,
                    trigger_end=start + 1,
                    start=start,
                    end=end,
                    headline=sentence.removesuffix("."),
                    time=EventTime(
                        basis=TimeBasis.EXPLICIT,
                        value=value,
                        granularity=point.granularity if point else None,
                        expression=timex,
                        reason=f"dated by {timex.text!r}",
                    ),
                    sources=(
                        Source(
                            document_id=doc.document.id,
                            published=published,
                            start=start,
                            end=end,
                            text=sentence,
                        ),
                    ),
                    conflict="two sources disagree" if n % 97 == 0 else None,
                )
            )
    return Chronology(created=CREATED, documents=tuple(documents), events=tuple(events[:count]))
