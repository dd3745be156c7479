"""Generate news-like documents for benchmarks, from our own templates (deterministic for a seed).

Each article has a publication date and sentences that mix the constructions real news uses: weekdays,
month-days, month-years, bare years, relative references, durations, numbers that are not dates.
"""

from __future__ import annotations

import calendar
import json
import random
from collections.abc import Iterator
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


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(rng: random.Random, published: date) -> str:
    actor = rng.choice(ACTORS)
    verb = rng.choice(VERBS_PAST)
    obj = rng.choice(OBJECTS)
    kind = rng.randrange(10)
    if kind == 0:
        return f"{_upper_first(actor)} {verb} {obj} {rng.choice(WEEKDAYS)}, officials said."
    if kind == 1:
        day = published - timedelta(days=rng.randrange(20, 300))
        return f"On {MONTHS[day.month - 1]} {day.day}, {actor} {verb} {obj}."
    if kind == 2:
        month = MONTHS[rng.randrange(12)]
        article = "an" if month[0] in "AEIOU" else "a"
        return (
            f"The move follows {article} {month} {published.year - rng.randrange(1, 6)} decision by {actor}."
        )
    if kind == 3:
        return f"{_upper_first(actor)} {verb} {obj} last year and will review it next week."
    if kind == 4:
        return f"Talks lasted {rng.choice(['two hours', 'three days', 'nearly a week', 'about 40 minutes'])} in {rng.choice(PLACES)}."
    if kind == 5:
        return f"In {published.year - rng.randrange(2, 40)}, {actor} {verb} a similar plan, which may be revived."
    if kind == 6:
        return f"{_upper_first(actor)} will meet again on {rng.choice(WEEKDAYS)} to discuss {obj}."
    if kind == 7:
        return f"Some 2,000 people gathered in {rng.choice(PLACES)} as {actor} {verb} {obj}."
    if kind == 8:
        return f"Two days later, {actor} {verb} {obj} in {rng.choice(PLACES)}."
    return f"{_upper_first(actor)} said earlier this month that {obj} was {rng.choice(['likely', 'unlikely', 'under review'])}."


def generate_documents(
    count: int, seed: int = 7, sentences: tuple[int, int] = (4, 9)
) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    start = date(1998, 1, 1)
    for index in range(count):
        published = start + timedelta(days=rng.randrange(9000))
        body = " ".join(_sentence(rng, published) for _ in range(rng.randint(*sentences)))
        yield {
            "id": f"gen-{index:06d}",
            "dct": published.isoformat(),
            "title": f"Report {index}",
            "text": body,
        }


def write_jsonl(
    path: Path, count: int | None = None, target_bytes: int | None = None, seed: int = 7
) -> tuple[int, int]:
    """Write documents until `count` or `target_bytes` of text is reached; returns (documents, text bytes)."""
    written = text_bytes = 0
    with path.open("w", encoding="utf-8") as out:
        for document in generate_documents(count if count is not None else 10**9, seed=seed):
            out.write(json.dumps(document) + "\n")
            written += 1
            text_bytes += len(str(document["text"]).encode("utf-8"))
            if target_bytes is not None and text_bytes >= target_bytes:
                break
    return written, text_bytes
