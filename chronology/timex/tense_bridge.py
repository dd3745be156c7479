"""The tense of the clause governing an expression, from `chronology.tense` when it is available.

Underspecified dates ("October 23", "Thursday") take their direction from it: a past-tense clause
points back from the DCT, a future one forward. Without the tense module every direction is None
(the nearest date), which the explanations then say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class ClauseTense:
    tense: str | None  # "past", "present", "future" or None
    cue: str | None  # the word that showed it ("announced", "will")
    cue_end: int | None = None  # where the cue ends in the text, when known
    # The date belongs to an act after a past one ("were ordered to leave on Tuesday"): past tense,
    # but the date may lie on either side of the DCT, so it gives no direction.
    after_past: bool = False
    perfect: bool = False  # "has announced", "had left"
    # A past perfect with a "by" adjunct ("By Sunday evening he had released it"): the date is the
    # deadline the act was done by, on the story's own time line, not a flashback before it.
    by_deadline: bool = False
    # A present with an adverb of frequency ("it is open daily from June"): a habit, no direction.
    habitual: bool = False

    @property
    def looks_back(self) -> bool:
        """A past perfect that dates an earlier time than the story's ("On Thursday the fleet had
        sailed"), not the deadline it was done by ("By Sunday evening he had released it")."""
        return (
            self.tense == "past"
            and self.perfect
            and not self.by_deadline
            and (self.cue or "").lower().startswith(("had ", "'d ", "’d "))
        )

    @property
    def direction(self) -> int | None:
        if self.after_past or self.habitual:
            return None
        if self.tense == "past":
            return -1
        if self.tense == "future":
            return 1
        return None


NO_TENSE = ClauseTense(None, None)


@cache  # the tense module's functions do not change while a process runs
def _load(name: str = "governing_tense") -> Callable[..., Any] | None:
    try:
        from chronology import tense as tense_module
    except ImportError:
        return None
    function = getattr(tense_module, name, None)
    return function if callable(function) else None


def only_a_verb(word: str) -> bool:
    """Whether `word` can only be a verb ("says", "struck"); False without the tense module."""
    function = _load("only_a_verb")
    return function is not None and function(word) is True


def past_verb_form(word: str) -> bool:
    """Whether `word` is a simple past form ("found", "went"); False without the tense module."""
    function = _load("past_verb_form")
    return function is not None and function(word) is True


def never_a_verb(word: str) -> bool:
    """Whether `word` is no verb form at all ("galas"); False without the tense module."""
    function = _load("never_a_verb")
    return function is not None and function(word) is True


#: A quoted sentence or title, opening with a capital ('"They shall not pass"', '\u201cWe will win\u201d',
#: '\u2018They shall not pass\u2019', where a closing single mark before a letter is an apostrophe).
_QUOTED_SENTENCE = re.compile(
    '"[A-Z][^"\n]{0,200}"|\u201c[A-Z][^\u201d\n]{0,200}\u201d|\u2018[A-Z](?:[^\u2019\n]|\u2019(?=[a-z])){0,200}\u2019'
)


def in_quoted_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quoted sentence of its line ('"We will sail on 3 June," he
    wrote'), which tells its speaker's time, not the writer's."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(
        quote.start() < start and end <= quote.end()
        for quote in _QUOTED_SENTENCE.finditer(text, line_start, end + 200)
    )


class TenseOracle:
    """Asks `chronology.tense.governing_tense` once per expression that needs a direction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._function = _load()
        # The tense module's own reading type, read field by field without the generic path's probing
        self._reading_type = _load("TenseReading")
        # Several rules ask the tense of the same expression; the reading depends on the span alone, and
        # one oracle serves one text, so this holds at most one entry per span asked in that text.
        self._readings: dict[tuple[int, int], ClauseTense] = {}
        self._unquoted: str | None = None  # the text with its quoted sentences blanked, made when first asked

    @property
    def available(self) -> bool:
        return self._function is not None

    def only_a_verb(self, word: str) -> bool:
        """Whether `word` can only be a verb ("acquire", "struck"); False without the tense module."""
        return only_a_verb(word)

    def __call__(self, start: int, end: int) -> ClauseTense:
        reading = self._readings.get((start, end))
        if reading is None:
            reading = self._readings[start, end] = self._read(start, end)
        return reading

    def _read(self, start: int, end: int) -> ClauseTense:
        if self._function is None:
            return NO_TENSE
        text = self.text
        if '"' in text or "\u201c" in text or "\u2018" in text:
            # 'the words "They shall not pass", first used in the spring, became a slogan': a quoted
            # sentence or title is no verb of the clause around it, so it is blanked for an expression
            # outside it (a quote opening in lower case may be part of the clause: 'said it "will be ready"')
            if self._unquoted is None:
                self._unquoted = _QUOTED_SENTENCE.sub(lambda quote: " " * len(quote.group()), text)
            if self._unquoted[start:end] == text[start:end]:
                text = self._unquoted
        try:
            result = self._function(text, start, end)
        except Exception:  # a defect there must not cost the expression its value
            return NO_TENSE
        if type(result) is self._reading_type:
            return _from_reading(result)
        return _normalize(result)


#: The direction names of the tense module's own tense values, filled as they come (a handful at most).
_READING_TENSE_NAMES: dict[Any, str | None] = {}


def _from_reading(result: Any) -> ClauseTense:
    """What `_normalize` makes of a `chronology.tense.TenseReading`, read from its known fields (its
    attribute probing costs more than the tense reading's own fixed costs on short clauses)."""
    tense = result.tense
    name = _READING_TENSE_NAMES.get(tense, _UNSEEN)
    if name is _UNSEEN:
        name = _READING_TENSE_NAMES[tense] = _tense_name(tense)
    cue = result.cue
    if not isinstance(cue, str) or not cue:
        cue = None
    cue_start = result.cue_start
    return ClauseTense(
        name if isinstance(name, str) else None,
        cue,
        cue_start + len(cue) if isinstance(cue_start, int) and cue else None,
        after_past=result.after_past is True,
        perfect=result.perfect is True,
        by_deadline=result.by_deadline is True,
        habitual=result.habitual is True,
    )


_UNSEEN = object()


def _normalize(result: Any) -> ClauseTense:
    if result is None:
        return NO_TENSE
    if isinstance(result, tuple) and result:
        tense = _tense_name(result[0])
        cue = result[1] if len(result) > 1 and isinstance(result[1], str) else None
        return ClauseTense(tense, cue)
    tense_attr = getattr(result, "tense", None)
    if tense_attr is not None or hasattr(result, "cue") or hasattr(result, "verb"):
        cue = None
        for name in ("cue", "verb", "word", "trigger", "text"):
            value = getattr(result, name, None)
            if isinstance(value, str) and value:
                cue = value
                break
        cue_start = getattr(result, "cue_start", None)
        cue_end = cue_start + len(cue) if isinstance(cue_start, int) and cue else None
        return ClauseTense(
            _tense_name(tense_attr),
            cue,
            cue_end,
            after_past=getattr(result, "after_past", False) is True,
            perfect=getattr(result, "perfect", False) is True,
            by_deadline=getattr(result, "by_deadline", False) is True,
            habitual=getattr(result, "habitual", False) is True,
        )
    return ClauseTense(_tense_name(result), None)


def _tense_name(value: Any) -> str | None:
    if value is None:
        return None
    raw = getattr(value, "value", value)
    if not isinstance(raw, str):
        raw = getattr(value, "name", str(value))
    raw = str(raw).lower()
    for name in ("past", "future", "present"):
        if name in raw:
            return name
    return None
