"""The happening a news story is still telling: past events told right after a dated one share its date.

A news report dates its main happening once ("robbed ... last Thursday") and then tells it on in plain
past-tense clauses with no time of their own ("The raiders entered the shop ... and escaped"). Those
clauses happen at the time of the happening they carry on, not merely "on or before the publication
date". The telling is taken to go on through the rest of the paragraph and the next one, until

- a new time: another dated act moves the story there (a speech act with a date of its own does not:
  "police said yesterday" attributes the happening, it does not continue it);
- a change of tense: a present, present-perfect or future main clause turns to the time of writing, a
  past perfect steps back before the happening ("By then most had left");
- a second paragraph break: a third paragraph with no time of its own has turned to something else
  ("Detectives traced the motorcycle").

Only plain past occurrences take the date: states ("was", "remained"), speech, negated and modal
clauses ("No one was hurt", "could not make it safe") take nothing and do not end the telling.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from chronology.events import lexicon as lx
from chronology.events.dating import (
    CLOCK_TIMES,
    DAY_TIMES,
    ONE_TIME_GAP,
    SUBJECT_REACH,
    Dating,
    Placed,
    dates_events,
    passive,
    revalued,
)
from chronology.events.mentions import Mention
from chronology.events.text import Sentence, Token
from chronology.model.expression import TimeExpression, TimexType

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")
# A happening a story tells on is a day or a time in it; a month or a year dates background
# ("sank in October", "admitted in November"), not a scene the next clauses continue.
_DAY_SCENES = DAY_TIMES - CLOCK_TIMES
_TOLD_ON = DAY_TIMES


@dataclass(frozen=True, slots=True)
class Carried:
    """The dated act whose time a later past clause of the story takes."""

    expression: TimeExpression
    source: Mention


@dataclass(slots=True)
class _Happening:
    expression: TimeExpression
    source: Mention
    paragraph: int


def _contains(outer: TimeExpression, inner: TimeExpression) -> bool:
    if outer.interval is None or inner.interval is None:
        return False
    return outer.interval.start <= inner.interval.start and inner.interval.end <= outer.interval.end


def paragraph_numbers(text: str, sentences: Sequence[Sentence]) -> list[int]:
    """The paragraph of each sentence, counted from 0: a blank line between two sentences starts one."""
    numbers: list[int] = []
    paragraph = 0
    for position, sentence in enumerate(sentences):
        if position and _PARAGRAPH_BREAK.search(text, sentences[position - 1].end, sentence.start):
            paragraph += 1
        numbers.append(paragraph)
    return numbers


def _verb_group(tokens: Sequence[Token], mention: Mention, first: int) -> list[str]:
    """The auxiliaries and adverbs before a verb, nearest first ("had not yet" -> yet, not, had)."""
    words: list[str] = []
    position = mention.index - 1
    while position >= first:
        word = tokens[position].lower
        if word in lx.AUXILIARIES or word in lx.GROUP_NEGATORS or (word.endswith("ly") and len(word) > 4):
            words.append(word)
            position -= 1
            continue
        if word in lx.GROUP_ADVERBS:
            words.append(word)
            position -= 1
            continue
        break
    return words


def _negated(tokens: Sequence[Token], mention: Mention, sentence: Sentence, group: Sequence[str]) -> bool:
    if any(word in lx.GROUP_NEGATORS for word in group):
        return True
    # "No one was hurt", "Nothing was taken": a negative subject just before the verb group
    start = max(sentence.first, mention.index - len(group) - lx.NEGATIVE_SUBJECT_REACH)
    return any(tokens[i].lower in lx.NEGATIVE_SUBJECT_WORDS for i in range(start, mention.index))


def _reduced_participle(tokens: Sequence[Token], mention: Mention, group: Sequence[str]) -> bool:
    """A bare participle that modifies a noun or an object rather than heading a clause: "a part
    supplied by a factory", "ordered them sealed", "rejected 23 as spoilt"."""
    if group or mention.index == 0:
        return False
    before = tokens[mention.index - 1].lower
    after = tokens[mention.index + 1].lower if mention.index + 1 < len(tokens) else ""
    if before in lx.PARTICIPLE_OBJECT_WORDS:
        return True
    return (
        after in lx.PARTICIPLE_AGENT_WORDS
        and before not in lx.CLAUSE_OPENERS
        and tokens[mention.index - 1].is_word
    )


def _quoting(text: str, sentence: Sentence) -> bool:
    passage = text[sentence.start : sentence.end]
    return any(mark in passage for mark in _QUOTE_MARKS)


def neither_happened_nor_told(tokens: Sequence[Token], sentence: Sentence, mention: Mention) -> bool:
    """A negated or modal clause ("No one was killed", "she never remarried", "could be supplied"):
    no happening a story's time can be given to."""
    group = _verb_group(tokens, mention, sentence.first)
    return any(word in lx.MODAL_WORDS for word in group) or _negated(tokens, mention, sentence, group)


def stepped_back(tokens: Sequence[Token], sentence: Sentence, mention: Mention) -> bool:
    """A perfect verb group ("they had bought", "has closed"): a happening before the time the story
    has reached, not at it."""
    return any(word in lx.PERFECT_AUXILIARIES for word in _verb_group(tokens, mention, sentence.first))


def asks_for(tokens: Sequence[Token], mention: Mention) -> bool:
    """A speech verb that asks for an act ("the agent asked for a recount") is the request, an act of
    the story, not the attribution of its news."""
    following = mention.index + 1
    return following < len(tokens) and tokens[following].lower in lx.REQUEST_LINKS


def told_to_subject(tokens: Sequence[Token], mention: Mention, sentence: Sentence) -> bool:
    """A passive speech verb whose subject is the one spoken to ("Hollis was told of the decision the
    following morning", "Residents were warned on Sunday"): an act of the story, not an attribution."""
    return mention.lemma in lx.ADDRESSEE_LEMMAS and passive(tokens, mention, sentence)


def _clock_day(clock: TimeExpression) -> TimeExpression | None:
    """The day a clock time falls on, as a time a story can go on at."""
    if clock.interval is None:
        return None
    return revalued(clock, clock.interval.start.date().isoformat())


def _past(expression: TimeExpression, published: date) -> bool:
    return expression.interval is None or expression.interval.start.date() <= published


def _past_dated(expression: TimeExpression, published: date) -> bool:
    """Whether a date lies on or before the publication day: a happening the story can tell on."""
    if expression.type not in (TimexType.DATE, TimexType.TIME) or expression.interval is None:
        return False
    if expression.granularity not in _TOLD_ON:
        return False
    return expression.interval.start.date() <= published


def _day_told_with(clock: Placed, times: Sequence[Placed]) -> TimeExpression | None:
    """The day or part of a day told right beside a clock time and holding it: "at 9.35am on Friday",
    "on Saturday night at 11pm"."""
    for item in times:
        expression = item.expression
        if (
            expression.granularity in _DAY_SCENES
            and (0 <= item.first - clock.stop <= ONE_TIME_GAP or 0 <= clock.first - item.stop <= ONE_TIME_GAP)
            and _contains(expression, clock.expression)
        ):
            return expression
    return None


def _timed_clause(tokens: Sequence[Token], mention: Mention, times: Sequence[Placed]) -> bool:
    """Whether a time of the sentence may be the clause's own: one before the predicate, or one after
    it in the same clause. "Ash fell on the capital, and the airport closed at 6pm": the time after
    ", and" and a new subject is the next clause's, so the first goes on with the story. Likewise a
    time before ", and" or ", but" ("sailed on Tuesday, but fog kept it in the bay") is the earlier clause's."""
    for item in times:
        if item.first < mention.index:
            words = [tokens[i].lower for i in range(item.stop, mention.index)]
        else:
            words = [tokens[i].lower for i in range(mention.index + 1, item.first)]
        joined = any(
            words[i] == "," and words[i + 1] in lx.CLAUSE_COORDINATORS for i in range(len(words) - 1)
        )
        if not joined:
            return True
    return False


def length_later(tokens: Sequence[Token], item: Placed) -> bool:
    """Whether a time is a length before "later" that stayed a length ("Days later", "Weeks later",
    "Hours later" after a night): a time after the story's last one, at no day the text gives."""
    return (
        item.expression.type is TimexType.DURATION
        and item.stop < len(tokens)
        and tokens[item.stop].lower == "later"
    )


def _occasion_subordinator(
    tokens: Sequence[Token], mention: Mention, sentence: Sentence, group_size: int
) -> int | None:
    """The position of the "when", "as" or "after" opening this predicate's clause right before its
    subject ("as the foreman read it out", "After the jury returned its verdict"), if one does."""
    position = mention.index - group_size - 1
    stop = max(sentence.first, position - SUBJECT_REACH)
    while position >= stop:
        token = tokens[position]
        if token.lower in lx.SAME_OCCASION_SUBORDINATORS:
            return position
        if not token.is_word or token.lower in lx.SUBORDINATORS or token.lower in lx.CLAUSE_COORDINATORS:
            return None
        position -= 1
    return None


def _far_after(tokens: Sequence[Token], opener: int) -> bool:
    """Whether the "after" at `opener` follows "long" with no negator: "long after the owners sold
    it" puts the clause at a distance the text does not give ("not long after" stays near)."""
    return (
        tokens[opener].lower in lx.START_BOUNDS
        and opener >= 1
        and tokens[opener - 1].lower in lx.NEGATED_NEAR_AFTER_WORDS
        and not (opener >= 2 and tokens[opener - 2].lower in lx.GROUP_NEGATORS)
    )


def _plain_past_occurrence(
    text: str, tokens: Sequence[Token], mention: Mention, sentence: Sentence
) -> bool | None:
    """Whether a clause tells a plain past happening a story's time can be given to; None when its
    tense turns to the time of writing or steps back before the happening."""
    from chronology.tense import Tense, verb_tense

    group = _verb_group(tokens, mention, sentence.first)
    reading = verb_tense(text, mention.token.start, mention.token.end)
    if reading.tense in (Tense.PRESENT, Tense.FUTURE) or reading.perfect:
        return None
    if reading.tense is not Tense.PAST or reading.habitual:
        return False
    return not (
        (
            (mention.lemma in lx.REPORTING_LEMMAS or mention.lemma in lx.SPEECH_LEMMAS)
            and not asks_for(tokens, mention)
        )
        or mention.lemma in lx.PERCEPTION_LEMMAS
        or mention.lemma in lx.STATE_LEMMAS
        or mention.lemma in lx.I_STATE_LEMMAS
        or mention.lemma in lx.NON_EVENT_VERBS
        or any(word in lx.MODAL_WORDS for word in group)
        or _negated(tokens, mention, sentence, group)
        or _reduced_participle(tokens, mention, group)
        or _quoting(text, sentence)
    )


def _occasion_clauses(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    carried: dict[int, Carried],
    dated: Mapping[int, Dating],
    placed: Sequence[Placed],
) -> None:
    """Give a "when", "as" or "after" clause the time its sentence's main clause carries on: "Tolley
    shook his head as the foreman read it out", "After the jury returned its verdict, the judge
    remanded him" happen in the scene the main clause goes on with. A length before the subordinator
    ("two days after a bank reported", "long after the owners sold it") moves the clause off that time,
    and a clause that hangs on another subordinate clause ("wore the coats they had bought after the
    firm failed", "as they always did when a storm came") takes that one's time, not the scene's: either
    takes none."""
    by_sentence: dict[int, Carried] = {}
    for mention in mentions:
        if mention.main and mention.index in carried:
            by_sentence.setdefault(mention.sentence, carried[mention.index])
    if not by_sentence:
        return
    ends = {item.stop for item in placed}
    verbal = [m for m in mentions if m.verbal]
    verbal_positions = [m.index for m in verbal]
    for mention in mentions:
        happening = by_sentence.get(mention.sentence)
        if (
            happening is None
            or mention.main
            or not mention.verbal
            or not mention.finite
            or mention.index in dated
            or mention.index in carried
        ):
            continue
        sentence = sentences[mention.sentence]
        group = _verb_group(tokens, mention, sentence.first)
        opener = _occasion_subordinator(tokens, mention, sentence, len(group))
        if opener is None or opener in ends or _far_after(tokens, opener):
            continue
        # the predicate the clause hangs on: the nearest one before its subordinator, unless none comes
        # before it in the sentence ("After the jury returned its verdict, the judge remanded him")
        nearest = bisect_left(verbal_positions, opener) - 1
        host = verbal[nearest] if nearest >= 0 else None
        if (
            host is not None
            and host.sentence == mention.sentence
            and (
                host.index not in carried
                or any(t.lower in lx.SUBORDINATORS for t in tokens[host.index + 1 : opener])
            )
        ):
            continue
        if _plain_past_occurrence(text, tokens, mention, sentence):
            carried[mention.index] = happening


def carried_times(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    dated: Mapping[int, Dating],
    placed: Sequence[Placed],
    published: date,
) -> dict[int, Carried]:
    """For each main-clause past occurrence of a news story with no date of its own that carries on a
    dated happening, the happening's time."""
    paragraphs = paragraph_numbers(text, sentences)
    # a sentence with a past time of its own is dated by it, even where it went to another word; a
    # later time ("and will appear again on April 8") leaves its past clauses to the story
    timed_sentences: dict[int, list[Placed]] = {}
    for item in placed:
        if dates_events(item.expression) and _past(item.expression, published):
            timed_sentences.setdefault(item.sentence, []).append(item)
    # "Days later", "Weeks later": the story moves on by a length it does not date
    moved_on = {item.sentence for item in placed if length_later(tokens, item)}
    carried: dict[int, Carried] = {}
    happening: _Happening | None = None
    for mention in mentions:
        paragraph = paragraphs[mention.sentence]
        if happening is not None and paragraph > happening.paragraph + 1:
            happening = None
        if mention.sentence in moved_on:
            happening = None
        if not mention.verbal:
            continue
        dating = dated.get(mention.index)
        if dating is not None:
            if (mention.lemma in lx.SPEECH_LEMMAS or mention.lemma in lx.REPORTING_LEMMAS) and not (
                # "asked for a recount at 2.10am", "was told ... the following morning": acts of the
                # story, whose time moves it as any dated act's does
                asks_for(tokens, mention) or told_to_subject(tokens, mention, sentences[mention.sentence])
            ):
                continue
            expression = dating.placed.expression
            group = _verb_group(tokens, mention, sentences[mention.sentence].first)
            perfect = any(word in lx.PERFECT_AUXILIARIES for word in group)
            if dates_events(expression) and not _past(expression, published) and not perfect:
                # a happening set for after the time of writing is an aside: the past clauses that follow
                # still tell the happening before it ("was jailed yesterday and will be released in May.
                # He wept in the dock")
                continue
            if not (dates_events(expression) and _past_dated(expression, published)) or perfect:
                happening = None
            elif expression.granularity not in CLOCK_TIMES:
                happening = _Happening(expression, mention, paragraph)
            elif (
                day := _day_told_with(dating.placed, timed_sentences.get(mention.sentence, ()))
            ) is not None:
                # "entered the branch at 9.35am on Friday. One fired a shotgun": the clock time dates its
                # own clause, the day told with it is the scene the next clauses go on with
                happening = _Happening(day, mention, paragraph)
            elif not (happening is not None and _contains(happening.expression, expression)):
                # a clock time dates its own clause; what follows it happens later that night or day,
                # at the time the story was telling ("on Tuesday night ... The alarm sounded at 11.52pm.
                # Officers found the case empty"), or, when the clock has moved past that time, on the
                # clock's day ("began at 11pm on Thursday. At 2.10am the agent asked for a recount. The
                # returning officer agreed": Friday)
                day = _clock_day(expression) if happening is not None else None
                happening = None if day is None else _Happening(day, mention, paragraph)
            continue
        if (
            happening is None
            or not mention.main
            or not mention.finite
            or _timed_clause(tokens, mention, timed_sentences.get(mention.sentence, ()))
        ):
            continue  # with no happening being told, a clause has nothing to take or to end
        occurrence = _plain_past_occurrence(text, tokens, mention, sentences[mention.sentence])
        if occurrence is None:
            happening = None  # the story turns to the time of writing, or steps back before its happening
            continue
        if not occurrence:
            continue
        carried[mention.index] = Carried(happening.expression, happening.source)
    _occasion_clauses(text, tokens, sentences, mentions, carried, dated, placed)
    return carried
