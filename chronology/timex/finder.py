"""Find candidate expressions: one scan for trigger words, then the grammar's rules around each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronology.timex.grammar import Context, Grammar, Rule, lower_same_length
from chronology.timex.spec import Spec

# A word read backwards: optional blanks, then word characters ending (in reading order) in a letter or digit.
_WORD_BEFORE_REVERSED = re.compile(r"[ \t]*([a-z0-9'./-]*[a-z0-9'])")
_MAX_PREFIX_WORDS = 6
_ERA_BEFORE = re.compile(r"(?:\bad|a\.d\.|\bce|c\.e\.)\s*$")
_NUMBERISH = re.compile(r"[\d,./]+|\d+(?:st|nd|rd|th)|\d+-\d+")


_OFFSET_END = re.compile(r"(?:ago|earlier|later)$")  # "over 20 years ago": more than 20 years
_WORD_BEFORE = re.compile(r"([a-z]+)[ \t]*$")


def _word_before(low: str, start: int) -> str:
    match = _WORD_BEFORE.search(low, max(0, start - 20), start)
    return match.group(1) if match else ""


@dataclass
class Candidate:
    start: int
    end: int
    spec: Spec
    rule: str


def _candidate_starts(low: str, rev: str, start: int, prefix_words: frozenset[str], floor: int) -> list[int]:
    """The trigger's start and the starts of the modifier-like words just before it (nearest last).

    Walks back over the reversed text (`rev`), so each step is one anchored match.
    """
    starts = [start]
    position = start
    size = len(low)
    for _ in range(_MAX_PREFIX_WORDS):
        match = _WORD_BEFORE_REVERSED.match(rev, size - position)
        if match is None:
            break
        word_start = size - match.end(1)
        if word_start < floor:
            break
        word = match.group(1)[::-1]
        bare = word.rstrip(".-")
        if bare == "'":  # "the '90s", "in '98": the apostrophe belongs to the number
            position = word_start
            starts.append(position)
            continue
        if not (
            bare in prefix_words
            or _NUMBERISH.fullmatch(bare)
            or (bare.endswith("'s") and bare[:-2].isdigit())  # "2022's first quarter"
            or ("-" in bare and bare.split("-")[0] in prefix_words)
        ):
            break
        position = word_start
        starts.append(position)
    starts.reverse()
    return starts


def find_candidates(text: str, grammar: Grammar, day_first: bool = False) -> list[Candidate]:
    """Non-overlapping candidates in text order, each with the meaning the grammar gave it."""
    low = lower_same_length(text)
    rev = low[::-1]
    candidates: list[Candidate] = []
    ctx = Context(text=text, low=low, prev_end=-1, prev_rule="", day_first=day_first)
    rules_for = grammar.rules_for
    short_number_context = grammar.short_number_context
    outside_extent = grammar.outside_extent
    post_modifier = grammar.post_modifier
    over_as_more_than_after = grammar.lex.OVER_AS_MORE_THAN_AFTER
    date_approximators = grammar.lex.DATE_APPROXIMATORS
    time_approximators = grammar.lex.TIME_APPROXIMATORS
    for trigger in grammar.trigger_pattern.finditer(low):
        start, end = trigger.span()
        last = candidates[-1] if candidates else None
        if last is not None and start < last.end:
            continue
        word = trigger.group()
        if word[0].isdigit():
            if (
                low.startswith((",", "."), end)
                and low[end + 1 : end + 2].isdigit()
                and not (low[end] == "." and len(word) <= 2)
            ):
                continue  # 2,000 or 3.5: a quantity
            if (
                len(word) != 4
                and not short_number_context.match(low, end)
                and not _ERA_BEFORE.search(low, max(0, start - 6), start)
                and not (start > 0 and low[start - 1] == "'" and len(word) == 2)
                and not (len(word) == 2 and low.endswith("fy", max(0, start - 2), start))  # "FY24"
                and (last is None or start - last.end > 9)
            ):
                # "4 people", "12,000": only numbers with a date-like neighbour can start a date
                continue
            categories: tuple[str, ...] = ("digit",)
        else:
            categories = grammar.categories_of(word)
        floor = candidates[-2].end if len(candidates) >= 2 else 0
        starts = _candidate_starts(low, rev, start, grammar.prefix_words, floor)
        matches: list[tuple[int, int, re.Match[str], Rule]] = []
        for position in starts:
            for rule in rules_for(categories, low[position : position + 2]):
                m = rule.pattern.match(low, position)
                if m is not None and m.end() > start:
                    matches.append((m.end() - m.start(), -m.start(), m, rule))
        if not matches:
            continue
        matches.sort(key=lambda item: (item[0], item[1]), reverse=True)
        ctx.prev_end = last.end if last is not None else -1
        ctx.prev_rule = last.rule if last is not None else ""
        ctx.prev_spec = last.spec if last is not None else None
        for _, _, m, rule in matches:
            if (
                last is not None
                and m.start() < last.end
                and not (m.start() <= last.start and m.end() >= last.end)
            ):
                continue
            try:
                spec = rule.handler(m, ctx)
            except Exception:  # a rule that cannot read this match yields to the others, never the document
                spec = None
            if spec is None:
                continue
            s, e = (
                (m.start(spec.extent_group), m.end(spec.extent_group))
                if spec.extent_group
                else (m.start(), m.end())
            )
            # trailing dots belong to the expression only when they end an abbreviation
            while e > s and text[e - 1] in ",;: \t":
                e -= 1
            outside = outside_extent.match(low, s)
            if (
                outside is not None
                and outside.end() < e
                and (outside.start("adjective") < 0 or outside.end("adjective") == e)
            ):
                s = outside.end()
            if (
                spec.mod == "MORE_THAN"
                and low.startswith("over ", s)
                and _word_before(low, s) not in over_as_more_than_after
                and not _OFFSET_END.search(low, s, e)
            ):
                s += len("over ")  # "sales doubled over three years": a preposition, not "more than"
                spec.mod = None
            if (
                spec.mod is None
                and spec.type in ("DATE", "TIME")
                and spec.kind != "fixed"
                and not low.startswith("'s", e)  # "get around Wednesday's ruling"
            ):
                floor_end = last.end if last is not None and s >= last.end else floor
                before = _WORD_BEFORE.search(low, max(0, s - 20), s)
                approximators = time_approximators if spec.type == "TIME" else date_approximators
                if before is not None and before.group(1) in approximators and before.start(1) >= floor_end:
                    s = before.start(1)  # "around Nov. 1": an approximate date
                    spec.mod = "APPROX"
            if spec.mod is None and spec.type in ("DATE", "DURATION"):
                after = post_modifier.match(low, e)
                if after is not None:
                    phrase = " ".join(after.group().split())
                    date_mod, duration_mod = grammar.lex.POST_MODIFIERS[phrase]
                    spec.mod = duration_mod if spec.type == "DURATION" else date_mod
                    e = after.end()
            candidate = Candidate(s, e, spec, rule.name)
            if last is not None and s <= last.start and e >= last.end:
                candidates[-1] = candidate
            elif last is not None and s < last.end:
                continue
            else:
                candidates.append(candidate)
            break
    return candidates
