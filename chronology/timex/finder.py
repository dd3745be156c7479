"""Find candidate expressions: one scan for trigger words, then the grammar's rules around each."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from operator import itemgetter
from weakref import WeakKeyDictionary

from chronology.pattern_cache import compile_bytes_pattern, compile_pattern
from chronology.timex.grammar import (
    DIGIT_TRIGGER_TAIL,
    SPAN_TO_PRESENT_AFTER,
    TITLE_QUOTES,
    Context,
    Grammar,
    Rule,
    capitalised_as_name,
    enclosing_quoted_title_end,
    lower_same_length,
    parse_number,
    quoted_title_end,
    titled_by_its_year,
    words_regex,
)
from chronology.timex.spec import Spec

# A word read backwards: optional blanks, then word characters ending (in reading order) in a letter or digit.
# A comma inside a number ("2,700 years") is part of the word.
_WORD_BEFORE_REVERSED = compile_pattern(
    r"[ \t]*([a-z0-9'./-]*(?:(?<=[0-9]),(?=[0-9])[a-z0-9'./-]*)*[a-z0-9'])"
)
_MAX_PREFIX_WORDS = 6
_ERA_BEFORE = compile_pattern(r"(?:\bad|a\.d\.|\bce|c\.e\.)\s*$")
_NUMBERISH = compile_pattern(r"[\d,./]+|\d+(?:st|nd|rd|th)|\d+-\d+")
_NUMBERISH_FIRST = frozenset("0123456789,./")  # a word read back holds ASCII characters only


#: The gap between a full date and its clock time written as one stamp ("Monday, March 2, 2020 4:51 PM").
_DATE_THEN_CLOCK_GAP = compile_pattern(r"[ \t]{1,2}")
_OFFSET_END = compile_pattern(r"(?:ago|earlier|later)$")  # "over 20 years ago": more than 20 years
_WORD_BEFORE = compile_pattern(r"([a-z]+)[ \t]*$")
# "10% fewer than a year before": a percentage is a count compared as well
_COUNT_BEFORE = compile_pattern(
    r"(?:[0-9%]|\b(?:hundred|thousand|million|billion|dozen|percent|cent))[ \t]+$"
)
# "that day and the next.", "on 3 May and the following, when ...": the unit is the one just named
_ELLIPTICAL_NEXT = compile_pattern(
    r" and (?P<next>the (?:next|following))(?=\s*[.,;:!?)]|\s+(?:and|but|when|while|as|until|before)(?![a-z]))"
)
# "will not close this year or next.": "next" alone after "this year" is the year after it
_ELLIPTICAL_BARE_NEXT = compile_pattern(
    r" (?:or|and) (?P<next>next)(?=\s*[.,;:!?)\"\u201d]|\s+(?:and|but|either|when|while|as|until|before|in|on|at|for|from)(?![a-z]))"
)
_COMPARATIVE_THAN = compile_pattern(r"(?:more|fewer|less)\s+than\s+")
#: A verb, then the place it left or reached, right before a counted length: "left Heathrow three hours
#: late", "landed at Gatwick 40 minutes early", "left the station two hours late", "left Gatwick for Malaga
#: two hours late": the verb whose time the margin measures. The place is named in capitals, or by "the"
#: and a noun or two (`named` unset: no margin after a form of "be", "were at the scene 12 hours late Monday"
#: being how long they stayed there).
_VERB_THEN_PLACE = compile_pattern(
    r"(?<![A-Za-z])(?P<verb>[a-z]+)\s+(?:(?:at|in|from|into)\s+)?"
    r"(?:(?P<named>(?:[A-Z][\w.'-]*\s+){1,3})|the\s+(?:[a-z]+\s+){1,2})"
    r"(?:(?:for|to)\s+(?:[A-Z][\w.'-]*\s+){1,3})?$"
)
# "in the second quarter and 0.1% in the first.": within the clause, a comparison or a list goes on to
# an ordinal alone, closed by a pause or a conjunction (not "the first time")
_ELIDED_ORDINAL = compile_pattern(
    r"(?:[^.;:!?\n(]|\.(?=[0-9])){0,40}?\b(?:than|and|in|from|with)\s+"
    r"(?P<elided>the\s+(?P<ordinal>first|second|third|fourth))"
    r"(?=\s*[.,;:)!?]|\s+(?:and|but|when|while|as)\b)"
)
_ORDINAL_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "terms of between three and ten years": the range's first count before the length that closes it
_BETWEEN_COUNT_BEFORE = compile_pattern(
    r"(?:^|[^a-z])(?P<lead>[a-z]+ )?between (?P<first>\d{1,3}|[a-z]+) and $"
)
# a plain count of one unit ("P10Y", "PT4H"), whose count the range's first end replaces
_PLAIN_LENGTH = compile_pattern(r"(?P<prefix>PT?)(?P<count>\d+)(?P<letter>[A-Z]+)")


def _quote_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an opening quotation mark (straight double, or curly double or single)."""
    return (
        text.find('"', start, end) >= 0
        or text.find("\u201c", start, end) >= 0
        or text.find("\u2018", start, end) >= 0
    )


def _word_before(low: str, start: int) -> str:
    match = _WORD_BEFORE.search(low, max(0, start - 20), start)
    return match.group(1) if match else ""


def _verb_before_place(text: str, start: int, be_forms: frozenset[str]) -> str:
    match = _VERB_THEN_PLACE.search(text, max(0, start - 60), start)
    if match is None or (match["named"] is None and match["verb"] in be_forms):
        return ""
    return match["verb"]


# `_WORD_BEFORE` read backwards from where it ends: a line break ending the text read, blanks, the letters
_BLANKS_THEN_WORD_REVERSED = compile_pattern(r"\n?[ \t]*([a-z]+)")


def _word_and_start_before(low: str, rev: str, start: int) -> tuple[str, int]:
    """What `_word_before` finds and where that word starts ("" and -1: nothing), from one match on the
    reversed text (`rev`) rather than a search from each of the 20 positions before `start`."""
    window = max(0, start - 20)
    match = _BLANKS_THEN_WORD_REVERSED.match(rev, len(low) - start)
    if match is None or len(low) - match.start(1) <= window:
        return "", -1
    word_start = max(len(low) - match.end(1), window)  # a longer word is cut where the search began
    return low[word_start : len(low) - match.start(1)], word_start


# The grammar's trigger pattern has this shape: a word (a prefix tree) not glued to a word before it, or
# a run of digits not part of a larger number.
_WORD_TRIGGER_HEAD = "(?<![a-z0-9'])"
# The same digit runs, written to begin with the digit itself: the regex engine then skips ahead to the
# next digit in C instead of trying every position ("\d" after "[0-9.,$]" is "[0-9.,$]" before the run).
_DIGIT_RUN = compile_pattern(r"\d(?:(?<![0-9.,$]\d)|(?<=(?<![a-z])c\.\d)|(?<=(?<![a-z])ca\.\d))\d*")
# In ASCII text whose digits are all written "0" (`_ZERO_DIGITS`): every test after the first digit asks
# only whether a character is a digit ("[0-9]", a bit map, where "\d" is a Unicode lookup), and a run that
# begins with one literal character is found by the engine's fast skip to that character rather than by a
# test of a character set at every position.
_ZEROED_DIGIT_RUN = compile_bytes_pattern(
    rb"0(?:(?<![0-9.,$][0-9])|(?<=(?<![a-z])c\.[0-9])|(?<=(?<![a-z])ca\.[0-9]))[0-9]*"
)
_ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")
# ASCII text with every character that is none of "a-z0-9'" written as a blank: the characters that may
# come before a word trigger are then one literal character, which the engine skips to fast.
_WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789'"
_BLANK_BOUNDARIES = bytes(code if chr(code) in _WORD_CHARACTERS else ord(" ") for code in range(256))


@dataclass(frozen=True)
class _TriggerScan:
    """The grammar's trigger pattern split so that the regex engine can skip most of the text in C.

    Tried at every position, the trigger pattern costs a call into the engine per character. A word
    trigger is tried only after a character that may precede it (consumed as group 0's first
    character, which lets the engine jump between such characters), digit runs are scanned apart, and
    the two ordered lists are merged as one scan of the whole pattern would have found them.

    In ASCII text both scans run over bytes in which those characters are one literal character (a blank,
    or "0" for the digits). There the words are looked for with their blanked forms besides them ("mid
    morning" for "mid-morning", `_split_trigger_scan`): the scan reads a blank where the text has another
    character only before a word, after it (which tells nothing apart), or inside a word that holds one,
    so a text in which no match holds a blank is scanned as the plain scan reads it, and one in which a
    match does is scanned as it is written.
    """

    word_after_boundary: re.Pattern[str]
    # a blank, then the words or their blanked forms, over the blanked bytes (None: not available)
    blank_then_word: re.Pattern[bytes] | None = None

    def spans(self, low: str) -> list[tuple[int, int]] | None:
        """The trigger spans in text order, or None when the merge cannot tell (see `_merge`)."""
        if low.isascii():
            encoded = low.encode("ascii")
            words = self._ascii_word_spans(encoded)
            if words is None:
                words = self._word_spans(low)
            digits = [match.span() for match in _ZEROED_DIGIT_RUN.finditer(encoded.translate(_ZERO_DIGITS))]
        else:
            words = self._word_spans(low)
            digits = [match.span() for match in _DIGIT_RUN.finditer(low)]
        if not digits or not words:
            return words or digits
        spans = words + digits
        spans.sort()
        if all(end <= next_start for (_, end), (next_start, _) in pairwise(spans)):
            return spans  # nothing overlaps: one scan finds every span of both lists
        return _merge(words, digits)

    def _word_spans(self, low: str) -> list[tuple[int, int]]:
        # A word at the very start has no character before it: lend it one.
        first = self.word_after_boundary.match("\n" + low)
        position = 0 if first is None else first.end(1) - 1
        words = [match.span(1) for match in self.word_after_boundary.finditer(low, position)]
        if first is not None:
            words.insert(0, (0, position))
        return words

    def _ascii_word_spans(self, encoded: bytes) -> list[tuple[int, int]] | None:
        """What `_word_spans` finds, from the blanked bytes (None: a match holds a blank)."""
        if self.blank_then_word is None:
            return None
        blanked = b" " + encoded.translate(_BLANK_BOUNDARIES)  # the blank lent to a word at the start
        spans = [match.span() for match in self.blank_then_word.finditer(blanked)]
        if any(blanked.find(b" ", start + 1, end) >= 0 for start, end in spans):
            return None
        # one byte lent at the start: a match's blank is at the word's own start in `low`
        return [(start, end - 1) for start, end in spans]


def _merge(words: list[tuple[int, int]], digits: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Word and digit spans that overlap ("1q", "h2" hold digits) as one scan finds them: at one
    position a word first, then on from where the span found ends."""
    found = sorted([(start, 0, end) for start, end in words] + [(start, 1, end) for start, end in digits])
    spans: list[tuple[int, int]] = []
    last_end = 0
    for start, _, end in found:
        if start >= last_end:
            spans.append((start, end))
            last_end = end
        elif end > last_end:
            # A span cut by one of the other kind ("h2" then a non-ASCII digit): one scan would have
            # looked for triggers inside its rest, which its own list cannot show.
            return None
    return spans


class _Tables:
    """What the finder derives once from a grammar: its trigger scan, the match functions of the rules
    worth trying for each trigger category and next eight characters (the grammar's `rules_at`), and
    the categories of the trigger words."""

    def __init__(self, grammar: Grammar) -> None:
        self.scan = _split_trigger_scan(grammar)
        self.matchers: dict[tuple[tuple[str, ...], str], tuple[tuple[_Matcher, Rule], ...]] = {}
        self.categories: dict[str, tuple[str, ...]] = {}  # of each trigger word met (a closed list)
        self.needing: dict[int, _Matcher] = {}  # the match function of each rule that needs words (by id)
        self.sentence_end = _sentence_end_pattern(grammar)

    def matcher(self, rule: Rule) -> _Matcher:
        """The rule's match function; for a rule that needs words (`Rule.needs`), one that is not tried
        past the last place one of them begins in the text."""
        if not rule.needs:
            return rule.pattern.match
        found = self.needing.get(id(rule))
        if found is None:
            found = self.needing[id(rule)] = _needing(rule.pattern.match, rule.needs)
        return found


def _needing(match: _Matcher, words: tuple[str, ...]) -> _Matcher:
    """`match`, tried only at a position where one of `words` (one of which every match holds) begins at
    or after it: where the last of them begins is read once per text."""
    text: str | None = None
    last = -1

    def needing(low: str, position: int) -> re.Match[str] | None:
        nonlocal text, last
        if low is not text:
            text = low
            last = max(low.rfind(word) for word in words)
        return match(low, position) if position <= last else None

    return needing


_Matcher = Callable[[str, int], "re.Match[str] | None"]


#: What every sentence end of `_sentence_end_pattern` has: a line break, or a stop (perhaps with a closing
#: quote or bracket) and a space after it; a single class leads it, so the search is quick.
_SENTENCE_MARK = compile_pattern(r"[.!?\n](?:(?<=\n)|[\"'\u201d\u2019)\]]?\s)")


def _sentence_end_pattern(grammar: Grammar) -> re.Pattern[str]:
    """Where a sentence ends inside a match, read on the text as written: a blank line; a full stop, "!" or
    "?" before a line break and a capital; "!" or "?" before a capital; or a full stop (perhaps an
    abbreviation's, "a.m.") before a capitalised day word, which opens a sentence as no other place puts it
    in capitals ("at 9 p.m. Today the line", "rose at 6 a.m. Tomorrow"): its end is the punctuation's, or the
    first line break's. "at 9 a.m. Monday" is left whole, a weekday being capitalised anywhere."""
    days = "|".join(sorted((word.capitalize() for word in grammar.lex.DAY_DEICTICS), key=len, reverse=True))
    # the stop, perhaps with one closing quote or bracket after it ("... at noon.)")
    stop = r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)\]]))"
    return compile_pattern(
        r"\n[ \t]*\n|"
        + stop
        + r"[ \t]*\n\s*(?=[\"'\u201c\u2018(\[]?[A-Z])"
        + "|"
        + stop.replace("[.!?]", "[!?]")
        + r"\s+(?=[\"'\u201c\u2018(\[]?[A-Z])"
        + "|"
        + stop.replace("[.!?]", r"\.")
        + rf"\s+(?=(?:{days})(?![a-z]))"
    )


_TABLES: WeakKeyDictionary[Grammar, _Tables] = WeakKeyDictionary()


def _tables(grammar: Grammar) -> _Tables:
    tables = _TABLES.get(grammar)
    if tables is None:
        tables = _TABLES[grammar] = _Tables(grammar)
    return tables


def _split_trigger_scan(grammar: Grammar) -> _TriggerScan | None:
    """The split scan of the grammar's trigger pattern, or None when it has another shape than the one
    expected."""
    pattern = grammar.trigger_pattern.pattern
    if not (pattern.startswith(_WORD_TRIGGER_HEAD) and pattern.endswith(DIGIT_TRIGGER_TAIL)):
        return None
    words = pattern[len(_WORD_TRIGGER_HEAD) : -len(DIGIT_TRIGGER_TAIL)]
    trigger_words = set(grammar.trigger_categories) | set(grammar.multi_categories)
    prefix_tree = words == words_regex(trigger_words)
    # (a prefix tree is one group: the character walk, long over thousands of words, is not needed)
    if not prefix_tree and _has_top_level_bar(words):
        return None  # the lookbehind would then guard only the first alternative
    try:
        scan = _TriggerScan(compile_pattern(r"[^a-z0-9'](" + words + ")"))
    except re.error:
        return None
    # the bytes scan only where the words part is the prefix tree of the grammar's trigger words
    if not prefix_tree:
        return scan
    # A word with a character other than "a-z0-9'" ("mid-morning", "w/c", "first light") is looked for in
    # its blanked form too: a match holding a blank tells that the blanks may read otherwise than the text.
    blanked_forms = {
        word.encode("ascii").translate(_BLANK_BOUNDARIES).decode("ascii")
        for word in trigger_words
        if word.isascii() and any(char not in _WORD_CHARACTERS for char in word)
    }
    try:
        # the words' text holds ASCII escapes and other characters written as themselves; a word with a
        # character beyond ASCII is never found in ASCII text, as bytes or not
        blank_then_word = compile_bytes_pattern(
            b" " + words_regex(trigger_words | blanked_forms).encode("utf-8")
        )
    except re.error:
        return scan
    return replace(scan, blank_then_word=blank_then_word)


def _has_top_level_bar(pattern: str) -> bool:
    """Whether `pattern` is an alternation at its top level (outside groups and character classes)."""
    depth = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1  # the escaped character is a literal
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("]", index + 1) or pattern.startswith("^]", index + 1):
                index += pattern.index("]", index + 1) - index  # a "]" first in a class is a literal
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def _trigger_spans(low: str, grammar: Grammar, tables: _Tables | None = None) -> list[tuple[int, int]]:
    """The spans the grammar's trigger pattern finds in `low`, in order (`tables`: the grammar's, when the
    caller holds them already)."""
    scan = (tables if tables is not None else _tables(grammar)).scan
    spans = scan.spans(low) if scan is not None else None
    if spans is None:
        return [match.span() for match in grammar.trigger_pattern.finditer(low)]
    return spans


_LENGTH_THEN_START = itemgetter(0, 1)  # of a (length, -start, match, rule) item


@dataclass
class Candidate:
    start: int
    end: int
    spec: Spec
    rule: str


def _elliptical_next(low: str, end: int, spec: Spec) -> Candidate | None:
    """ "set off that day and the next.": "the next" with its unit left out is the one after the day,
    week, month or year just named."""
    found = _ELLIPTICAL_NEXT.match(low, end)
    if found is None:
        return None
    if spec.kind == "shift" and spec.unit in ("day", "week", "month", "year") and spec.pod is None:
        unit = spec.unit
    elif spec.kind in ("calendar", "weekday") and spec.day is not None and spec.pod is None:
        unit = "day"
    else:
        return None
    note = f"'{found['next']}': the {unit} after the one named"
    following = Spec("DATE", "shift", unit=unit, amount=1, base="ref", note=note)
    return Candidate(found.start("next"), found.end("next"), following, "elliptical_next")


def _elliptical_bare_next(low: str, end: int, spec: Spec) -> Candidate | None:
    """ "No one will lose their job this year or next.": "next" with its unit left out, after "this"
    and a unit, is the unit after the current one."""
    found = _ELLIPTICAL_BARE_NEXT.match(low, end)
    if (
        found is None
        or spec.kind != "shift"
        or spec.unit not in ("week", "month", "year")
        or spec.amount != 0
        or spec.base != "dct"
        or spec.pod is not None
        or spec.mod is not None
    ):
        return None
    note = f"'next': the {spec.unit} after this one"
    following = Spec("DATE", "shift", unit=spec.unit, amount=1, base="dct", note=note)
    return Candidate(found.start("next"), found.end("next"), following, "elliptical_next")


def _range_first_count(low: str, start: int, spec: Spec, grammar: Grammar) -> Candidate | None:
    """ "between three and ten years", "between 12 and 24 months": the first count of the range is a length
    in the unit of the one that closes it, as the gold sets annotate each end on its own."""
    if spec.mod is not None or (length := _PLAIN_LENGTH.fullmatch(spec.value or "")) is None:
        return None  # "between two and about five years", "between one and several years"
    found = _BETWEEN_COUNT_BEFORE.search(low, max(0, start - 40), start)
    if found is None:
        return None
    if found["lead"] and found["lead"].strip() in grammar.lex.ELLIPTICAL_LIST_BLOCKERS:
        return None  # "children aged between 5 and 11 years": their ages, no lengths
    first = parse_number(found["first"], grammar.lex.NUMBER_WORDS, grammar.lex.VAGUE_QUANTITIES)
    if first is None or first != int(first) or not 0 < first < int(length["count"]):
        return None  # "between one and ten" counts up to the closing count
    value = f"{length['prefix']}{int(first)}{length['letter']}"
    other = Spec(
        "DURATION", "fixed", value=value, note=f"'{found['first']}': a range's first count, its unit left out"
    )
    return Candidate(found.start("first"), found.end("first"), other, "range_first_count")


def _elided_period(low: str, end: int, spec: Spec) -> Candidate | None:
    """ "fell 0.3% in the second quarter and 0.1% in the first.", "the second half will be better than
    the first": an ordinal with its unit left out, later in the clause, names another quarter or half
    of the same year."""
    found = _ELIDED_ORDINAL.match(low, end)
    if found is None:
        return None
    number = _ORDINAL_NUMBERS[found["ordinal"]]
    if spec.half is not None and (number > 2 or number == spec.half):
        return None
    if spec.quarter is not None and number == spec.quarter:
        return None
    unit = "half" if spec.half is not None else "quarter"
    named = spec.half if spec.half is not None else spec.quarter
    assert named is not None
    if spec.year is not None:
        other = Spec("DATE", "calendar", year=spec.year)
        other.half, other.quarter = (number, None) if unit == "half" else (None, number)
    else:
        # counted from the period just named, whose year the resolver has found
        other = Spec("DATE", "shift", unit=unit, amount=number - named, base="ref")
    other.note = f"'{found['elided']}': the {unit} left unnamed"
    return Candidate(found.start("elided"), found.end("elided"), other, "elided_period")


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
        word = low[word_start : size - match.start(1)]  # the word read back, in reading order
        bare = word.rstrip(".-")
        if bare == "'":  # "the '90s", "in '98": the apostrophe belongs to the number
            position = word_start
            starts.append(position)
            continue
        if not (
            bare in prefix_words
            or (bare[0] in _NUMBERISH_FIRST and _NUMBERISH.fullmatch(bare))
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
    low = text.lower() if text.isascii() else lower_same_length(text)  # the same, faster, in ASCII
    rev = low[::-1]
    candidates: list[Candidate] = []
    ctx = Context(text=text, low=low, prev_end=-1, prev_rule="", day_first=day_first)
    rules_at = grammar.rules_at
    tables = _tables(grammar)
    matchers_for = tables.matchers
    categories_of = tables.categories
    prefix_words = grammar.prefix_words
    sentence_end = tables.sentence_end
    short_number_context = grammar.short_number_context
    outside_extent = grammar.outside_extent
    post_modifier = grammar.post_modifier
    over_as_more_than_after = grammar.lex.OVER_AS_MORE_THAN_AFTER
    lateness_margin_units = grammar.lex.LATENESS_MARGIN_UNITS
    lateness_margin_verbs = grammar.lex.LATENESS_MARGIN_VERBS
    passive_auxiliaries = grammar.lex.PASSIVE_AUXILIARIES  # the forms of "be"
    date_approximators = grammar.lex.DATE_APPROXIMATORS
    time_approximators = grammar.lex.TIME_APPROXIMATORS
    digit_spelled_words = grammar.digit_spelled_words
    bare_hour_lead = grammar.bare_hour_lead
    title_end = -1  # the end of a quoted title found: no times inside it ("Twenty-Four Hours a Day")
    elided: list[Candidate] = []  # "in the second quarter and 0.1% in the first": periods left unnamed
    for start, end in _trigger_spans(low, grammar, tables):
        last = candidates[-1] if candidates else None
        if (last is not None and start < last.end) or start < title_end:
            continue
        word = low[start:end]
        if (start > 0 and low[start - 1] > "\x7f" and low[start - 1].isalpha()) or (
            end < len(low) and low[end] > "\x7f" and low[end].isalpha()
        ):
            continue  # "Literární": letters of a word that a trigger bounded by ASCII letters cut into
        if word[0].isdigit() and word not in digit_spelled_words:
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
                and not (len(word) <= 2 and bare_hour_lead(low, start))  # "see you at 8", "@ 8"
            ):
                # "4 people", "12,000": only numbers with a date-like neighbour can start a date
                continue
            categories: tuple[str, ...] = ("digit",)
        else:
            known = categories_of.get(word)
            if known is None:
                known = categories_of[word] = grammar.categories_of(word)
            categories = known
        floor = candidates[-2].end if len(candidates) >= 2 else 0
        starts = _candidate_starts(low, rev, start, prefix_words, floor)
        matches: list[tuple[int, int, re.Match[str], Rule]] = []
        for position in starts:
            # the next eight characters: a rule none of whose long starts begins them is not tried
            key = (categories, low[position : position + 8])
            matchers = matchers_for.get(key)
            if matchers is None:
                matchers = matchers_for[key] = tuple((tables.matcher(rule), rule) for rule in rules_at(*key))
            for match, rule in matchers:
                m = match(low, position)
                if (
                    m is not None
                    and m.end() > start
                    # every sentence end has a line break in the match, or a stop (at most two characters
                    # before it) with a space after it in the match: most matches ("9 p.m.") have neither
                    and _SENTENCE_MARK.search(low, max(m.start() - 2, 0), m.end()) is not None
                    and (cut := sentence_end.search(text, m.start(), m.end()))
                ):
                    # "left at 9 p.m.\n\nToday the line", "rose at 6 a.m. Today he walks": no expression
                    # runs on past the end of its sentence; the rule is tried again on the part before it
                    m = rule.pattern.match(low, position, cut.start()) if cut.start() > start else None
                if m is not None and m.end() > start:
                    matches.append((m.end() - position, -position, m, rule))
        if not matches:
            continue
        if len(matches) > 1:
            matches.sort(key=_LENGTH_THEN_START, reverse=True)
        ctx.prev_end = last.end if last is not None else -1
        ctx.prev_rule = last.rule if last is not None else ""
        ctx.prev_spec = last.spec if last is not None else None
        if last is not None and last.spec is not None and last.spec.year is not None:
            ctx.last_year = last.spec.year
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
                and (
                    (word_before_over := _word_and_start_before(low, rev, s)[0])
                    not in over_as_more_than_after
                    # "to be phased in over six months": "in" a verb's particle, not a preposition
                    or (
                        word_before_over == "in"
                        and _word_before(low, low.rfind("in", 0, s)) in grammar.lex.PARTICLE_IN_VERBS
                    )
                )
                and not _OFFSET_END.search(low, s, e)
            ):
                s += len("over ")  # "sales doubled over three years": a preposition, not "more than"
                spec.mod = None
            elif (
                spec.mod == "MORE_THAN"
                and (over_the := low.find(" over the ", s, min(e, s + 24))) > s
                and _word_and_start_before(low, rev, s)[0] not in over_as_more_than_after
                and not low.endswith("well", s, over_the)  # "ran well over the two hours set": "more than"
            ):
                # "slowed the clocks slightly over the 24 hours around it": a degree word before the
                # span's preposition; "over" with an article after it opens the span, not "more than"
                s = over_the + len(" over ")
                spec.mod = None
            if (
                spec.mod in ("START", "END")
                and spec.type in ("DATE", "TIME")
                and low.startswith(("late ", "early "), s)
                and _word_and_start_before(low, rev, s)[0] in lateness_margin_units
                # a counted length ends right before it ("20 minutes late", not "the last hours late")
                and last is not None
                and last.spec.type == "DURATION"
                and low[last.end : s].strip() == ""
                and any(ch.isdigit() for ch in str(last.spec.value))
                # a verb of arriving, leaving or running before it ("landed 40 minutes late Friday"); "fired its
                # engine for 49 minutes late Friday", "battled the blaze 14 hours late Monday": how long the
                # act went on, then the day's end
                and (
                    _word_before(low, last.start) in lateness_margin_verbs
                    or _verb_before_place(text, last.start, passive_auxiliaries) in lateness_margin_verbs
                )
            ):
                # "the ticker ran two hours late yesterday": the margin a thing missed its time by, not
                # the end of the day
                s = low.index(" ", s) + 1
                if low.startswith("on ", s):
                    s += 3  # "left two hours late on Tuesday": "on" is the day's signal, outside it
                spec.mod = None
            if spec.mod in ("MORE_THAN", "LESS_THAN") and _COUNT_BEFORE.search(low, max(0, s - 12), s):
                # "1.6 million fewer than ten years earlier": the comparison is the count's
                compared = _COMPARATIVE_THAN.match(low, s)
                if compared is not None and compared.end() < e:
                    s = compared.end()
                    spec.mod = None
            if (
                spec.mod is None
                and spec.type in ("DATE", "TIME")
                and spec.kind != "fixed"
                and not low.startswith("'s", e)  # "get around Wednesday's ruling"
                # "called around this morning": a part of the day named outright is not approximated
                and not (spec.kind == "shift" and spec.pod is not None and len(spec.pod) == 2)
            ):
                floor_end = last.end if last is not None and s >= last.end else floor
                before, before_start = _word_and_start_before(low, rev, s)
                approximators = time_approximators if spec.type == "TIME" else date_approximators
                if before and before in approximators and before_start >= floor_end:
                    s = before_start  # "around Nov. 1": an approximate date
                    spec.mod = "APPROX"
            if spec.mod is None and spec.type in ("DATE", "DURATION"):
                after = post_modifier.match(low, e)
                if after is not None:
                    phrase = " ".join(after.group().split())
                    date_mod, duration_mod = grammar.lex.POST_MODIFIERS[phrase]
                    spec.mod = duration_mod if spec.type == "DURATION" else date_mod
                    e = after.end()
                    if (
                        spec.type == "DATE"
                        and spec.kind == "shift"
                        and spec.pod is None
                        and spec.unit in grammar.lex.APPROXIMATED_LENGTH_UNITS
                        and low.startswith(grammar.lex.APPROXIMATED_LENGTH_OPENERS, s)
                    ):
                        # "the next week or so must be regarded as very important": a span from now
                        # whose end is approximated, a length (as "the past week or so" is)
                        letters, after_t = grammar.lex.UNITS[spec.unit]
                        amount = letters if letters[0].isdigit() else f"1{letters}"
                        spec.type, spec.kind, spec.mod = "DURATION", "fixed", duration_mod
                        spec.value = f"PT{amount}" if after_t else f"P{amount}"
            if s > 0 and text[s - 1] in TITLE_QUOTES and text[s].isupper():
                title_end = quoted_title_end(text, s, grammar.lex)
                if title_end > 0:
                    break  # "Midnight at the Vanguard": a time word opening a title names no time
            elif text[s].isupper() and _quote_before(text, max(0, s - 80), s):
                title_end = enclosing_quoted_title_end(text, s, e, grammar.lex)
                if title_end > 0:
                    break  # "the drama "Snow in April"": a month inside a title names no time
            if (
                spec.kind != "holiday"
                and text[s:e] != low[s:e]
                and capitalised_as_name(text, s, e, grammar.lex)
            ):
                break  # "24 Hours in Rotherham", "CBS's 60 Minutes": a name or a title
            if (
                spec.kind != "holiday"
                and text.startswith(" (", e)  # (the bracketed year it needs; most have none)
                and titled_by_its_year(text, s, e, grammar.lex)
            ):
                break  # "her short Sunday Morning (1995)": a title, given with its year
            if (
                spec.kind == "shift"
                and spec.amount == 0
                and spec.type == "TIME"
                and last is not None
                and spec.pod is not None
                and ":" in spec.pod
                and last.spec.kind == "calendar"
                and last.spec.type == "DATE"
                and last.spec.year is not None
                and last.spec.day is not None
                and last.spec.pod is None
                and _DATE_THEN_CLOCK_GAP.fullmatch(low, last.end, s) is not None
                and grammar.email_stamp_opening.fullmatch(low, low.rfind("\n", 0, last.start) + 1, last.start)
            ):
                # "Sent: Monday, March 2, 2020 4:51 PM", "Sent: 03 July 2019 11:05": an email header's full
                # date and clock time with nothing between them are one stamp, the moment it was sent
                spec = replace(last.spec, type="TIME", pod=spec.pod, note="a full date and its clock time")
                s = last.start
            candidate = Candidate(s, e, spec, rule.name)
            if last is not None and s <= last.start and e >= last.end:
                candidates[-1] = candidate
            elif last is not None and s < last.end:
                continue
            else:
                candidates.append(candidate)
            if low.startswith(" and the ", e):
                following = _elliptical_next(low, e, spec)
                if following is not None:
                    candidates.append(following)
            elif low.startswith((" or next", " and next"), e):
                following = _elliptical_bare_next(low, e, spec)
                if following is not None:
                    candidates.append(following)
            if spec.kind == "calendar" and spec.year is not None and spec.pod is None:
                now = SPAN_TO_PRESENT_AFTER.match(low, e)
                if now is not None:
                    # "(2012–present)", "Jan 2016 – present", "Oct 2022 – Current": the open end of a span
                    # of years or months is the writer's now
                    present = Spec("DATE", "fixed", value="PRESENT_REF", note="'present' closing a span: now")
                    candidates.append(
                        Candidate(now.start("present"), now.end("present"), present, "span_to_present")
                    )
            if spec.type == "DURATION" and low.endswith(" and ", 0, s):
                first_count = _range_first_count(low, s, spec, grammar)
                if first_count is not None:
                    elided.append(first_count)
            if spec.kind == "calendar" and (spec.quarter is not None or spec.half is not None):
                other = _elided_period(low, e, spec)
                if other is not None:
                    elided.append(other)
            break
    if elided:
        # placed once every candidate is found: the words before an elided period may hold other times
        for other in elided:
            if all(other.end <= c.start or other.start >= c.end for c in candidates):
                candidates.append(other)
        candidates.sort(key=lambda c: c.start)
    return candidates
