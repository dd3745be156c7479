"""Generate news-like documents for benchmarks, from our own templates (deterministic for a seed).

Each article has a publication date and sentences that mix the constructions real news uses: weekdays,
month-days, month-years, bare years, relative references, durations, numbers that are not dates. A
`TextMix` adds what a speed benchmark also wants: sentences without any time expression, in the share
news prose has them, and clock times, quarters and recurring times.
"""

from __future__ import annotations

import calendar
import json
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# Real archives name thousands of places, bodies and things; a handful of each would make most reports
# look like reports of the same event and exaggerate the cross-document merge.
_SYLLABLES = [
    "var",
    "ro",
    "hal",
    "den",
    "mar",
    "tis",
    "ock",
    "bel",
    "am",
    "quin",
    "sor",
    "tev",
    "lan",
    "dra",
    "pel",
]
PLACES = [
    (a + b).capitalize() + c
    for a in _SYLLABLES[:10]
    for b in _SYLLABLES[5:12]
    for c in ("", "ia", "ton", " Vale", "mark")
]
_BODIES = [
    "interior ministry",
    "central bank",
    "county council",
    "coast guard",
    "port authority",
    "health agency",
    "electoral commission",
    "water board",
    "teachers' union",
    "chamber of commerce",
    "supreme court",
    "railway company",
    "police service",
    "housing agency",
    "border agency",
    "energy regulator",
]
ACTORS = [f"the {body} of {place}" for body in _BODIES for place in PLACES[::7]]
VERBS_PAST = [
    "announced",
    "reported",
    "confirmed",
    "denied",
    "approved",
    "rejected",
    "launched",
    "completed",
    "postponed",
    "proposed",
    "suspended",
    "extended",
]
_THINGS = [
    "round of talks",
    "inquiry into the collapse",
    "budget",
    "release of prisoners",
    "ceasefire",
    "plan to hire teachers",
    "sale of its stake in the port",
    "closure of the border crossing",
    "new tax",
    "rail link",
    "water rationing scheme",
    "bridge repairs",
    "pension reform",
    "vaccination drive",
    "fishing quota",
    "curfew",
    "trade agreement",
    "dam project",
    "school building programme",
    "tariff cut",
]
OBJECTS = [f"the {thing} in {place}" for thing in _THINGS for place in PLACES[3::9]]
WEEKDAYS = list(calendar.day_name)  # English names: the generator writes English news
MONTHS = list(calendar.month_name)[1:]

# Most news sentences carry no time expression: about one expression per 300 characters of prose.
FILLER = [
    "The decision drew criticism from residents who said they had not been consulted about the route.",
    "Officials declined to say how many families would be moved or where they would be housed.",
    "The company, which employs about 4,000 people in the region, did not respond to requests for comment.",
    "Opposition leaders called for an independent review and said the figures could not be trusted.",
    "Traffic on the main road was diverted while engineers inspected the damaged section of the embankment.",
    "A spokeswoman for the ministry said the matter was under review and that no decision had been taken.",
    "Local businesses say the closure has cost them customers, and some have cut staff as a result.",
    "Analysts said the move reflected growing pressure on the government to show progress before the vote.",
]


@dataclass(frozen=True)
class TextMix:
    """What the generated prose is made of (the default is what the scale benchmarks were measured on)."""

    #: Share of sentences without a time expression.
    filler_share: float = 0.0
    #: Also write clock times, quarters, recurring times and parts of days.
    clock_quarter_and_sets: bool = False


#: Prose as news runs: mostly sentences without a date, every kind of expression among the rest.
NEWS_PROSE = TextMix(filler_share=0.74, clock_quarter_and_sets=True)


#: Sentences with time expressions. An actor, a verb and an object are drawn for every sentence, used or
#: not; the other {fields} are drawn as the sentence is written, left to right (see `_FIELDS`), so a seed
#: always gives the same corpus.
DATED_SENTENCES = [
    "{Actor} {verb} {object} {weekday}, officials said.",
    "On {month_day}, {actor} {verb} {object}.",
    "The move follows {a_month} {recent_year} decision by {actor}.",
    "{Actor} {verb} {object} last year and will review it next week.",
    "Talks lasted {duration} in {place}.",
    "In {past_year}, {actor} {verb} a similar plan, which may be revived.",
    "{Actor} will meet again on {weekday} to discuss {object}.",
    "Some 2,000 people gathered in {place} as {actor} {verb} {object}.",
    "Two days later, {actor} {verb} {object} in {place}.",
    "{Actor} said earlier this month that {object} was {likelihood}.",
]
#: Clock times, quarters, recurring times and parts of days.
CLOCK_QUARTER_AND_SET_SENTENCES = [
    "By 3 p.m. {weekday}, about {crowd} people had gathered outside.",
    "Profit in the third quarter rose {percent}% from a year earlier.",
    "Since {since_year}, {place} has held the fair every summer.",
    "{Actor} meets twice a month and publishes its figures annually.",
    "The {programme_years}-year programme ended in early {month}.",
    "{Actor} said {years_ago} years ago that {object} would cost more than planned.",
    "Earlier this year {actor} {verb} {object}; residents were told on {weekday} morning.",
]
DURATIONS = ["two hours", "three days", "nearly a week", "about 40 minutes"]
LIKELIHOODS = ["likely", "unlikely", "under review"]


def _month_day(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}"


def _with_article(word: str) -> str:
    return f"{'an' if word[0] in 'AEIOU' else 'a'} {word}"


_FIELDS: dict[str, Callable[[random.Random, date], object]] = {
    "weekday": lambda rng, _: rng.choice(WEEKDAYS),
    "month": lambda rng, _: rng.choice(MONTHS),
    "month_day": lambda rng, published: _month_day(published - timedelta(days=rng.randrange(20, 300))),
    "a_month": lambda rng, _: _with_article(MONTHS[rng.randrange(12)]),
    "recent_year": lambda rng, published: published.year - rng.randrange(1, 6),
    "past_year": lambda rng, published: published.year - rng.randrange(2, 40),
    "since_year": lambda rng, published: published.year - rng.randrange(1, 30),
    "years_ago": lambda rng, _: rng.randrange(2, 9),
    "programme_years": lambda rng, _: rng.randrange(2, 12),
    "crowd": lambda rng, _: rng.randrange(20, 900),
    "percent": lambda rng, _: rng.randrange(2, 30),
    "duration": lambda rng, _: rng.choice(DURATIONS),
    "likelihood": lambda rng, _: rng.choice(LIKELIHOODS),
    "place": lambda rng, _: rng.choice(PLACES),
}


class _Drawn(dict[str, object]):
    """A sentence's fields, each drawn on first use."""

    def __init__(self, rng: random.Random, published: date, actor: str, verb: str, obj: str) -> None:
        super().__init__(actor=actor, Actor=actor[:1].upper() + actor[1:], verb=verb, object=obj)
        self._rng = rng
        self._published = published

    def __missing__(self, field: str) -> object:
        value = self[field] = _FIELDS[field](self._rng, self._published)
        return value


def _sentence(rng: random.Random, published: date, mix: TextMix) -> str:
    # The default mix draws exactly as the first version did, so its corpora stay the same for a seed.
    if mix.filler_share and rng.random() < mix.filler_share:
        return rng.choice(FILLER)
    fields = _Drawn(rng, published, rng.choice(ACTORS), rng.choice(VERBS_PAST), rng.choice(OBJECTS))
    templates = DATED_SENTENCES + (CLOCK_QUARTER_AND_SET_SENTENCES if mix.clock_quarter_and_sets else [])
    return templates[rng.randrange(len(templates))].format_map(fields)


def generate_documents(
    count: int, seed: int = 7, sentences: tuple[int, int] = (4, 9), mix: TextMix = TextMix()
) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    start = date(1998, 1, 1)
    for index in range(count):
        published = start + timedelta(days=rng.randrange(9000))
        body = " ".join(_sentence(rng, published, mix) for _ in range(rng.randint(*sentences)))
        yield {
            "id": f"gen-{index:06d}",
            "dct": published.isoformat(),
            "title": f"Report {index}",
            "text": body,
        }


def up_to_text_bytes(
    documents: Iterable[dict[str, object]], target_bytes: int
) -> Iterator[dict[str, object]]:
    """The documents until their text reaches `target_bytes` (the one that reaches it included)."""
    text_bytes = 0
    for document in documents:
        yield document
        text_bytes += len(str(document["text"]).encode("utf-8"))
        if text_bytes >= target_bytes:
            return


def write_jsonl(
    path: Path, count: int | None = None, target_bytes: int | None = None, seed: int = 7
) -> tuple[int, int]:
    """Write documents until `count` or `target_bytes` of text is reached; returns (documents, text bytes)."""
    written = text_bytes = 0
    documents = generate_documents(count if count is not None else 10**9, seed=seed)
    if target_bytes is not None:
        documents = up_to_text_bytes(documents, target_bytes)
    with path.open("w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps(document) + "\n")
            written += 1
            text_bytes += len(str(document["text"]).encode("utf-8"))
    return written, text_bytes
