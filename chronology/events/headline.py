"""A short readable headline for an event, cut from the text itself: the trigger's clause, trimmed."""

from __future__ import annotations

from collections.abc import Sequence

from chronology.events import lexicon as lx
from chronology.events.text import Sentence, Token

#: Longest headline, in tokens after the trigger and in all.
WORDS_AFTER_TRIGGER = 16
MAX_TOKENS = 30

_SEGMENT_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
_LEADING_NOISE = frozenset(
    {"and", "but", "or", "so", "then", "that", "which", "who", "while", "as", "-", "--"}
)
#: A relative clause's headline keeps its antecedent when it is this short: "The bridge, which ...".
ANTECEDENT_TOKENS = 8
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
_PARENTHETICAL_OPENERS = frozenset(
    {"a", "an", "which", "who", "whom", "whose", "where", "once", "now", "then"}
)
_PREPOSITIONS = frozenset(
    [
        "on",
        "in",
        "at",
        "by",
        "during",
        "since",
        "until",
        "till",
        "before",
        "after",
        "from",
        "to",
        "for",
        "of",
        "around",
        "about",
        "early",
        "late",
    ]
)


def segments_of(tokens: Sequence[Token], sentence: Sentence) -> list[tuple[int, int]]:
    """The comma- and dash-separated pieces of a sentence, as token ranges. A short parenthesis
    ("600 pounds (270 kg) of fertilizer") and an amount restated between commas ("$8 million, or 40
    cents a share,") stay inside their piece."""
    spans: list[tuple[int, int]] = []
    first = sentence.first
    inside_until = -1
    for index in range(sentence.first, sentence.stop):
        if index <= inside_until:
            continue
        text = tokens[index].text
        if text in ("(", ","):
            close = _aside_end(tokens, index, sentence.stop)
            if close is not None:
                inside_until = close
                continue
        if text in _SEGMENT_BREAKS:
            if index > first:
                spans.append((first, index))
            first = index + 1
    if first < sentence.stop:
        spans.append((first, sentence.stop))
    return spans


#: Longest aside kept inside a headline piece, in tokens.
ASIDE_TOKENS = 8


def _aside_end(tokens: Sequence[Token], opener: int, stop: int) -> int | None:
    """The closing token of an aside that opens at `opener`, if it is one."""
    limit = min(stop, opener + ASIDE_TOKENS + 2)
    if tokens[opener].text == "(":
        close = next((i for i in range(opener + 1, limit) if tokens[i].text in "()"), None)
        return close if close is not None and tokens[close].text == ")" else None
    if opener + 2 < stop and tokens[opener + 1].lower == "or" and tokens[opener + 2].text[0] in "0123456789$":
        close = next((i for i in range(opener + 1, limit) if tokens[i].text in _SEGMENT_BREAKS), None)
        if close is None and stop <= limit:
            return stop - 1  # the aside ends the sentence
        return close if close is not None and tokens[close].text == "," else None
    return None


def _is_time_phrase(tokens: Sequence[Token], span: tuple[int, int], timed: frozenset[int]) -> bool:
    """A segment that only says when ("On October 23", "Last year")."""
    words = [i for i in range(*span) if tokens[i].is_word or tokens[i].text[0].isdigit()]
    return bool(words) and all(i in timed or tokens[i].lower in _PREPOSITIONS for i in words)


def _parenthetical(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """A segment set off by commas that is no subject: "a senior leader", "built in 1958", "which ..."."""
    head = tokens[span[0]]
    return head.lower in _PARENTHETICAL_OPENERS or (not head.capitalized and verb_like(head))


def _noun_phrase_start(tokens: Sequence[Token], trigger: int, first: int) -> int:
    """Where the noun phrase of a nominal trigger starts: "an October 2019 raid" starts at "an"."""
    position = trigger
    while position - 1 >= first:
        word = tokens[position - 1]
        if word.text in _SEGMENT_BREAKS or word.lower in _PREPOSITIONS:
            break
        if word.is_word and verb_like(word):
            break
        position -= 1
        if word.lower in ("a", "an", "the", "this", "that", "its", "his", "her", "their", "our"):
            break
    return position


def verb_like(token: Token) -> bool:
    from chronology.events.verbs import verb_form

    return token.lower in lx.AUXILIARIES or (
        verb_form(token.lower) is not None and token.lower not in lx.FUNCTION_WORDS and not token.capitalized
    )


def headline_span(
    tokens: Sequence[Token],
    sentence: Sentence,
    trigger: int,
    verbal: bool,
    timed: frozenset[int],
    main: bool = True,
    segments: list[tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """Token range (end exclusive) of the headline for the trigger at token index `trigger`;
    `segments` are the sentence's `segments_of`, when the caller has them already."""
    if segments is None:
        segments = segments_of(tokens, sentence)
    where = next((n for n, (a, b) in enumerate(segments) if a <= trigger < b), None)
    if where is None:
        return trigger, trigger + 1
    first, stop = segments[where]
    if verbal:
        # A predicate whose subject sits in the segment before ("Al-Matar, a senior leader, was killed")
        # and "The bridge, built in 1958, carries": step back over parentheticals to the subject
        cursor = where
        steps = 0
        while (first == trigger or _all_function_before(tokens, first, trigger)) and cursor > 0 and steps < 4:
            cursor -= 1
            steps += 1
            if _is_time_phrase(tokens, segments[cursor], timed):
                continue
            first = segments[cursor][0]
            if not _parenthetical(tokens, segments[cursor]) or cursor == 0:
                break
            first = (
                segments[cursor - 1][0] if not _is_time_phrase(tokens, segments[cursor - 1], timed) else first
            )
            break
        own = segments[where][0]
        # "... after cracks appeared": a predicate of a subordinate clause starts its headline there
        opener = max((i for i in range(own, trigger) if tokens[i].lower in lx.SUBORDINATORS), default=None)
        if not main and opener is not None and opener + 1 < trigger:
            first = opener + 1
            previous = segments[where - 1] if where > 0 else None
            if (
                opener == own
                and tokens[opener].lower in _RELATIVE_PRONOUNS
                and previous is not None
                and previous[1] - previous[0] <= ANTECEDENT_TOKENS
                and not _is_time_phrase(tokens, previous, timed)
            ):
                first = previous[0]  # "The bridge, which inspectors closed on May 13": keep what "which" is
    else:
        first = _noun_phrase_start(tokens, trigger, first)
    while first < trigger and (
        tokens[first].lower in _LEADING_NOISE or tokens[first].text in _SEGMENT_BREAKS
    ):
        first += 1
    # A leading "On October 23" inside the segment says when, not what.
    while first < trigger and (
        first in timed or (tokens[first].lower in _PREPOSITIONS and first + 1 in timed)
    ):
        first += 1
    stop = min(stop, trigger + 1 + WORDS_AFTER_TRIGGER)
    if stop - first > MAX_TOKENS:
        first = max(first, trigger - (MAX_TOKENS - WORDS_AFTER_TRIGGER))
    while stop - 1 > trigger and tokens[stop - 1].text in _TRAILING_PUNCTUATION:
        stop -= 1
    while stop - 1 > trigger and tokens[stop - 1].lower in lx.FUNCTION_WORDS:
        stop -= 1
    return first, stop


_FUNCTION_OR_AUXILIARY = lx.AUXILIARIES | lx.FUNCTION_WORDS
_TRAILING_PUNCTUATION = _SEGMENT_BREAKS | {".", "!", "?", '"', "”", "'"}


def _all_function_before(tokens: Sequence[Token], first: int, trigger: int) -> bool:
    return all(
        not tokens[i].is_word or tokens[i].lower in _FUNCTION_OR_AUXILIARY for i in range(first, trigger)
    )


def headline_text(text: str, tokens: Sequence[Token], span: tuple[int, int]) -> tuple[str, int, int]:
    """The headline string and its character span; whitespace runs fold to one space."""
    start = tokens[span[0]].start
    end = tokens[span[1] - 1].end
    headline = " ".join(text[start:end].split())
    if headline and headline[0].islower():
        headline = headline[0].upper() + headline[1:]
    return headline, start, end
