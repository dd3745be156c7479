"""Events of one analyzed document: every event mention, each with the time it gets and why."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from chronology.events import lexicon as lx
from chronology.events.continuation import (
    Carried,
    asks_for,
    carried_times,
    length_later,
    neither_happened_nor_told,
    stepped_back,
)
from chronology.events.dating import (
    ADJUNCT_REACH,
    CLOCK_TIMES,
    DAY_TIMES,
    Dating,
    Placed,
    compared_when_clauses,
    dates_events,
    future_group,
    governing_mentions,
    moved_subject,
    negated_group,
    place_clause_predicate,
    place_expressions,
    qualified_mentions,
    revalued,
    scheduled,
    simultaneity_opener,
    with_joined_predicates,
)
from chronology.events.headline import headline_span, headline_text, segments_of
from chronology.events.lifespan import lead_lifespan, lifespan_date, refines
from chronology.events.mentions import Mention, find_mentions
from chronology.events.text import SENTENCE_END, Sentence, Token, split_sentences, tokenize
from chronology.model.chronology import AnalyzedDocument
from chronology.model.document import DocumentKind
from chronology.model.event import Event, EventTime, Source, TimeBasis
from chronology.model.expression import Granularity, Interval, TimeExpression, TimexType


def _explicit(expression: TimeExpression, shared_with: Mention | None = None) -> EventTime:
    reason = f"dated by '{expression.text}' ({expression.value})"
    if shared_with is not None:
        reason += f", which it shares with '{shared_with.token.text}'"
    return EventTime(
        basis=TimeBasis.EXPLICIT,
        value=expression.value,
        granularity=expression.granularity,
        interval=expression.interval,
        expression=expression,
        reason=reason,
    )


def _reported(published: date | None) -> EventTime:
    if published is None:
        return EventTime(
            basis=TimeBasis.UNDATED, reason="no date of its own, and the document has no publication date"
        )
    day = Interval(
        start=datetime.combine(published, time()), end=datetime.combine(published, time(23, 59, 59, 999_999))
    )
    return EventTime(
        basis=TimeBasis.REPORTED_BY_DCT,
        value=published.isoformat(),
        granularity=Granularity.DAY,
        interval=day,
        reason=f"no date of its own: reported in a document published {published.isoformat()}, "
        "so on or before that date",
    )


def _taking(reference: TimeExpression, reason: str) -> EventTime:
    return EventTime(
        basis=TimeBasis.INHERITED,
        value=reference.value,
        granularity=reference.granularity,
        interval=reference.interval,
        expression=reference,
        reason=reason,
    )


def _inherited(reference: TimeExpression | None) -> EventTime:
    if reference is None:
        return EventTime(basis=TimeBasis.UNDATED, reason="no date of its own, and no earlier time to inherit")
    return _taking(
        reference,
        f"no date of its own: inherits the narrative's reference time '{reference.text}' ({reference.value})",
    )


_PARTS_OF_DAY = ("MO", "AF", "EV", "NI")


def _part_of_day(reference: TimeExpression) -> TimeExpression | None:
    """The part of the day a clock time falls in ("at 11.30pm" -> that night), as the engine bounds
    the parts; None when the reference is no clock time on a known day."""
    from chronology.engine.intervals import value_interval

    if reference.granularity not in CLOCK_TIMES or reference.interval is None or not reference.value:
        return None
    moment = reference.interval.start
    for day in (moment.date() - timedelta(days=1), moment.date()):
        for part in _PARTS_OF_DAY:
            value = f"{day.isoformat()}T{part}"
            bounds = value_interval(value)
            if bounds is not None and bounds[0].start <= moment <= bounds[0].end:
                return reference.model_copy(
                    update={"value": value, "granularity": bounds[1], "interval": bounds[0]}
                )
    return None


#: The units of a length after "After" ("After eleven weeks"), each with the granularities of a
#: time it can move without guessing: a day moved by days or weeks stays a day, by months is a
#: month, by years a year (a week after 1911 is still 1911, and three years after 3 May 1950 is 1953).
_LENGTH_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_MOVABLE = {
    "D": DAY_TIMES,
    "W": DAY_TIMES,
    "M": DAY_TIMES | {Granularity.MONTH},
    "Y": DAY_TIMES | {Granularity.MONTH, Granularity.YEAR},
}


def _length_after(
    tokens: Sequence[Token], sentence: Sentence, placed: Sequence[Placed], reference: TimeExpression | None
) -> EventTime | None:
    """ "On 9 August the printers walked out. After eleven weeks the two sides agreed": a length
    that opens a sentence after "After" counts from the time the story had reached, so the sentence
    is that much later, told no finer than that time (a week after 1911 is still 1911)."""
    from chronology.timex.calendar import period_value, shift

    if tokens[sentence.first].lower != "after" or reference is None or reference.interval is None:
        return None
    at = bisect_left(placed, sentence.first + 1, key=lambda p: p.first)
    if (
        at == len(placed)
        or placed[at].first != sentence.first + 1
        or reference.end > tokens[sentence.first].start
    ):
        return None
    length = placed[at].expression
    match = _SPAN.match(length.value or "") if length.type == TimexType.DURATION else None
    # a whole number of days, weeks, months or years ("P11W"), not "P1.5Y" nor hours
    if match is None or not (match.group(1) or "").isdigit() or match.group(3):
        return None
    unit = match.group(2)
    if reference.granularity not in _MOVABLE[unit]:
        return None
    day = shift(reference.interval.start.date(), _LENGTH_UNITS[unit], int(match.group(1)))
    if unit == "Y" or reference.granularity == Granularity.YEAR:
        value = period_value(day, "year")
    elif unit == "M" or reference.granularity == Granularity.MONTH:
        value = period_value(day, "month")
    else:
        value = day.isoformat()
    moved = revalued(reference, value)
    if moved is None:
        return None
    return _taking(
        moved,
        f"no date of its own: '{length.text}' after the narrative's reference time "
        f"'{reference.text}' ({reference.value}) is {value}",
    )


def _inherited_in_sentence(reference: TimeExpression | None, sentence_start: int) -> EventTime:
    """A clock time dates its own sentence; the sentences after it go on that part of the day ("gave
    way at 11.30pm. ... Most of the dead drowned in their beds": that night), not at the minute."""
    if reference is not None and reference.end <= sentence_start:
        part = _part_of_day(reference)
        if part is not None:
            return _taking(
                part,
                f"no date of its own: goes on at the part of the day of the narrative's reference time "
                f"'{reference.text}' ({part.value})",
            )
    return _inherited(reference)


def _carried(carried: Carried) -> EventTime:
    reference = carried.expression
    return _taking(
        reference,
        f"no date of its own: carries on '{carried.source.token.text}' "
        f"('{reference.text}', {reference.value}), the happening the story is telling",
    )


def _in_own_when_clause(tokens: Sequence[Token], placed: Placed, mention: Mention) -> bool:
    """Whether a predicate is in the time's own "when" clause ("Since 2001, when the mill closed, the
    family has farmed"): the clause tells what was at the time, not in the span it opens."""
    comma = placed.stop
    return (
        comma + 1 < mention.index
        and tokens[comma].text == ","
        and tokens[comma + 1].lower == "when"
        and not any(t.text == "," for t in tokens[comma + 2 : mention.index])
    )


def _bounded_only(
    text: str, tokens: Sequence[Token], placed: Placed, mention: Mention, moved: frozenset[int] = frozenset()
) -> bool:
    """A date that bounds an act on one side ("By Friday night 200,000 people had left", "spread to
    six cities within the decade"): TIMEX3 has no value for a half-open interval."""
    first = tokens[placed.first].lower
    before = tokens[placed.first - 1].lower if placed.first else ""
    if first in lx.ONE_SIDED_BOUNDS or before in lx.ONE_SIDED_BOUNDS:
        return True
    if before in lx.SINCE_BOUNDS:
        opener = placed.first - 1
        if opener and tokens[opener - 1].lower in lx.SINCE_INTENSIFIERS:
            opener -= 1  # "Ever since 2001 he has lived in Leeds"
        return (mention.index < placed.first or _opens_sentence(tokens, opener)) and not _in_own_when_clause(
            tokens, placed, mention
        )
    if first in lx.DEADLINE_BOUNDS or before in lx.DEADLINE_BOUNDS:
        from chronology.tense import Tense, verb_tense

        # "By Friday they agreed" reads as the day it happened; after a past verb the time is a
        # deadline met ("approved the plan by Friday"), at no day of its own
        reading = verb_tense(text, mention.token.start, mention.token.end)
        opening = placed.first if first in lx.DEADLINE_BOUNDS else placed.first - 1
        return reading.perfect or (mention.verbal and mention.index < opening and reading.tense is Tense.PAST)
    if (first in lx.START_BOUNDS or before in lx.START_BOUNDS) and placed.expression.type is TimexType.DATE:
        opening = placed.first if first in lx.START_BOUNDS else placed.first - 1
        if mention.index > placed.first and placed.stop < len(tokens) and tokens[placed.stop].lower == "'s":
            # a date with "'s" dates the noun after it ("resigned after Tuesday's vote", "fell after
            # Monday's talks failed": the vote is Tuesday's, the talks Monday's)
            return False
        return not _near_after(tokens, opening)
    if before in lx.MOVED_TO_LINKS - lx.END_BOUNDS and mention.verbal and mention.lemma in lx.MOVING_LEMMAS:
        # "was postponed to May", "delayed the vote to May", as "until May": the time is that of the
        # event moved, the moving is at none the text gives
        return mention.index < placed.first <= mention.index + ADJUNCT_REACH
    if first in lx.END_BOUNDS or before in lx.END_BOUNDS:
        # a noun keeps the date it is moved to ("postponed the vote until May"; a noun that ran up to
        # then does not: "The siege continued until 1453"), and "not until" tells when the act
        # happened ("did not reopen until Monday", "It was not until 1990 that")
        opening = placed.first if first in lx.END_BOUNDS else placed.first - 1
        if not (mention.index < opening or _opens_sentence(tokens, opening)):
            return False
        if not mention.verbal:
            return mention.index not in moved
        return not negated_group(tokens, mention) and not (
            opening and tokens[opening - 1].lower in lx.GROUP_NEGATORS
        )
    return False


def _near_after(tokens: Sequence[Token], after: int) -> bool:
    """Whether the words before the "after" at `after` make the time a point near the act, or one measured
    from it: "shortly after 3pm", "not long after Easter", "the day after 4 March", "two weeks after".
    Units with no number ("days after Christmas", "in the weeks after Easter") and "long after 1990"
    put the act past the time at no distance the text gives."""
    word = tokens[after - 1].lower if after else ""
    if word in lx.NEAR_AFTER_WORDS:
        return True
    if word in lx.NEGATED_NEAR_AFTER_WORDS:
        return after >= 2 and tokens[after - 2].lower in lx.GROUP_NEGATORS
    if word in lx.COUNTED_AFTER_UNITS and after >= 2:
        count = tokens[after - 2]
        return count.text[0].isdigit() or count.lower in lx.NUMBER_WORDS
    return False


#: A length with no number: "days later", "weeks later" (PXD, PXW, PXM, PXY); hours stay on the day.
_VAGUE_LENGTH = re.compile(r"PX[DWMY]$")


def _vague_later_lengths(tokens: Sequence[Token], placed: Sequence[Placed]) -> dict[int, Placed]:
    """The sentences with a length of no number before "later" ("sank days later"), each with it."""
    lengths: dict[int, Placed] = {}
    for item in placed:
        if (
            item.expression.type is TimexType.DURATION
            and item.stop < len(tokens)
            and tokens[item.stop].lower == "later"
            and _VAGUE_LENGTH.match(item.expression.value or "")
        ):
            lengths.setdefault(item.sentence, item)
    return lengths


def _later_by_vague_length(
    tokens: Sequence[Token],
    sentence: Sentence,
    length: Placed,
    mention: Mention,
    in_sentence: Sequence[Mention],
) -> bool:
    """Whether a predicate happened an untold number of days, weeks or years after the time before it:
    "struck the rocks at dawn and sank days later", "Weeks later the bridge fell" is after that time,
    at none the text gives (TIMEX3 has no value for a half-open interval)."""
    if not mention.finite:
        return False
    if mention.index < length.first:
        low, high = mention.index, length.first
    elif (
        length.first == sentence.first
        or _opens_sentence(tokens, length.first)
        # ", and years later the town built": the length opens the joined clause
        or tokens[length.first - 1].lower in lx.CLAUSE_COORDINATORS
        or tokens[length.first - 1].text == ","
    ):
        low, high = length.stop, mention.index
    else:
        return False
    # the length is the predicate's own: no other predicate stands between them
    return high - low <= ADJUNCT_REACH + 2 and not any(m.finite and low < m.index < high for m in in_sentence)


def _opens_sentence(tokens: Sequence[Token], at: int) -> bool:
    """Whether the word at `at` opens its sentence, after a coordinator at most ("Until 1990 the
    mill employed", "But until 1990 ..."). An "until" inside a clause bounds the verb before it; what
    follows the time is told at it ("waited until Friday to announce the closure", "stayed shut until
    Monday, when engineers declared it safe")."""
    if at and tokens[at - 1].lower in lx.CLAUSE_COORDINATORS:
        at -= 1
    return at == 0 or tokens[at - 1].text in SENTENCE_END


def _bounded(bound: TimeExpression) -> EventTime:
    """No time of its own, but tied to the expression that bounds it: the link is kept (an event
    "ENDED_BY" its "until" time in TimeML) though the value is not."""
    return EventTime(
        basis=TimeBasis.UNDATED,
        expression=bound,
        reason=f"bounded on one side only by '{bound.text}': at no time of its own",
    )


_SPAN_UNIT_SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400}
_CLOCK_UNIT_SECONDS = {"H": 3600, "M": 60, "S": 1}
_SPAN = re.compile(r"P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")


def _span_seconds(value: str | None) -> float | None:
    """The length of a simple TIMEX3 duration ("P3Y", "PT4M"), or None for any other value."""
    match = _SPAN.match(value or "")
    if match is None or not (match.group(1) or match.group(3)):
        return None
    if match.group(1):
        return float(match.group(1)) * _SPAN_UNIT_SECONDS[match.group(2)]
    return float(match.group(3)) * _CLOCK_UNIT_SECONDS[match.group(4)]


def _outlasting_bound(
    text: str,
    tokens: Sequence[Token],
    placed: Sequence[Placed],
    spans: Sequence[TimeExpression],
    mention: Mention,
    reference: TimeExpression | None,
) -> bool:
    """Whether a one-sided span as long as the time the predicate would take or longer qualifies it:
    "closed in 1983, and a quarter of the workers lost their jobs within three years" happened by
    1986, at no time the text gives; "escaped within four minutes" on a dated night is still that
    night."""
    if reference is None or reference.interval is None or not spans:
        return False
    length = (reference.interval.end - reference.interval.start).total_seconds()
    for item in placed:
        if item.expression in spans and _bounded_only(text, tokens, item, mention):
            seconds = _span_seconds(item.expression.value)
            if seconds is not None and seconds >= length * 0.9:
                return True
    return False


def _makes_object(tokens: Sequence[Token], sentence: Sentence, mention: Mention) -> bool:
    """Whether a speech verb acts on an object ("answered the call", "wrote a novel") rather than
    attributing words: a determiner or a number follows it, and no comma before it inverts an
    attribution."""
    if mention.lemma not in lx.SPEECH_LEMMAS_WITH_OBJECTS or mention.index + 1 >= sentence.stop:
        return False
    if mention.index > sentence.first and tokens[mention.index - 1].text == ",":
        return False
    after = tokens[mention.index + 1]
    return (after.lower in lx.DETERMINERS and after.lower != "that") or after.text[0].isdigit()


def _after_undated_occasion(
    tokens: Sequence[Token], sentence: Sentence, placed: Sequence[Placed], mention: Mention
) -> bool:
    """Whether a sentence opens on a phrase that places it in a period with no date ("During the
    First World War, ...", "Throughout the occupation"): its time is that period's, not the time the
    story had reached, so it inherits none."""
    if tokens[sentence.first].lower not in lx.OCCASION_OPENERS or mention.index <= sentence.first + 1:
        return False
    # (the expressions are in text order: the first at or after the sentence's start, not a scan of all)
    at = bisect_left(placed, sentence.first, key=lambda p: p.first)
    return not (at < len(placed) and placed[at].first < mention.index)


def _indefinitely_earlier(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, timed: frozenset[int]
) -> bool:
    """Whether a perfect clause ends on an adverb of some earlier time ("The river had flooded the town
    before.", "had kept the habit ever since"): it reaches back to no time the story has told."""
    return stepped_back(tokens, sentence, mention) and any(
        tokens[at].lower in lx.INDEFINITE_EARLIER_ADVERBS and at not in timed and not tokens[at + 1].is_word
        for at in range(mention.index + 1, sentence.stop - 1)
    )


def _after_bounding_clause(
    tokens: Sequence[Token], sentence: Sentence, at: dict[int, Mention], before: Placed, mention: Mention
) -> bool:
    """Whether the time before a main clause is that of a fronted clause that bounds it on one side
    ("Before the last mill closed in 1958, the town had celebrated ..."): a clause with a verb of its
    own, closed by a comma before the main clause."""
    if tokens[sentence.first].lower not in lx.BOUNDING_CLAUSE_OPENERS or before.sentence != mention.sentence:
        return False
    comma = next((i for i in range(before.stop, mention.index) if tokens[i].lower == ","), None)
    if comma is None:
        return False
    return any(
        (verb := at.get(index)) is not None and verb.verbal and verb.finite
        for index in range(sentence.first + 1, comma)
    )


def _placed_before(tokens: Sequence[Token], placed: list[Placed], token_index: int) -> Placed | None:
    """The last expression before a word that sets the narrative's time (a date with an interval);
    none after a length the story moves on by ("Days later, the survivors reached New York")."""
    reference: Placed | None = None
    for item in placed:
        if item.first >= token_index:
            break
        if dates_events(item.expression) and item.expression.interval is not None:
            reference = item
        elif length_later(tokens, item):
            reference = None
    return reference


def _reference_before(
    tokens: Sequence[Token], placed: list[Placed], token_index: int
) -> TimeExpression | None:
    item = _placed_before(tokens, placed, token_index)
    return None if item is None else item.expression


def _flashback_times(tokens: Sequence[Token], placed: Sequence[Placed], dated: dict[int, Dating]) -> set[int]:
    """The times of past perfects that step back before a time their sentence has already told: in "At
    noon they passed the point Grey had reached nine years earlier" the story stays at noon, and the
    next sentence goes on from there, not from the flashback's year."""
    flashbacks: set[int] = set()
    for index, dating in dated.items():
        if dating.shared_with is not None or not index or tokens[index - 1].lower != "had":
            continue
        item = dating.placed
        back = item.expression.interval
        if back is not None and (
            _counted_back(item, placed)
            or any(
                p.sentence == item.sentence
                and p.stop <= index
                and p.expression.interval is not None
                and back.end <= p.expression.interval.start
                for p in placed
            )
        ):
            flashbacks.add(item.position)
    return flashbacks


def _counted_back(item: Placed, placed: Sequence[Placed]) -> bool:
    """Whether a past perfect's time is counted back from the story's ("Ada had packed the cases the
    night before", "Grey had crossed it two years earlier"): a flashback from wherever the story
    stands, which it leaves there, though the time it counts from is a sentence before."""
    if item.expression.text.rsplit(None, 1)[-1].lower() not in lx.COUNTED_BACK_WORDS:
        return False
    # the story's time is the last date before it ("two days" in "on 1 May, two days before" is none)
    now = next(
        (p.expression.interval for p in reversed(placed) if p.stop <= item.first and p.expression.interval),
        None,
    )
    back = item.expression.interval
    return back is not None and now is not None and back.start < now.start


def _place_clause_of(
    tokens: Sequence[Token], sentence: Sentence, mentions: Sequence[Mention], verb: Mention, mention: Mention
) -> bool:
    """Whether a mention is the predicate of a ", where" clause on the place that a sentence's own
    predicate, which took the story's time, went to, or one "and" joins to it: "After a week they
    reached the glacier, where they made camp and rested" (the clause goes on at that time, as it shares a date the predicate has of its
    own; "a building paid for by the city, where" is no predicate of the sentence's)."""
    if verb.sentence != mention.sentence or not any(
        tokens[i].lower == "where" for i in range(verb.index + 1, mention.index)
    ):
        return False
    in_sentence = [m for m in mentions if m.sentence == mention.sentence and m.verbal]
    if in_sentence[0] is not verb:
        return False
    candidates = [m for m in in_sentence if m is not verb]
    predicate = place_clause_predicate(tokens, sentence, verb, candidates)
    return predicate is not None and mention in with_joined_predicates(
        tokens, sentence, predicate, candidates
    )


def _story_when_clause(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, predicates: dict[int, Mention]
) -> bool:
    """Whether a finite verb heads a "when" clause ("a band played when they arrived", "was thirty-one
    when he took over"): in a story it happens at the time of the clause it is attached to, which is
    the story's time when neither has a date of its own."""
    opener = simultaneity_opener(tokens, sentence, mention.index, predicates)
    if opener is None:
        return False
    if opener == sentence.first and tokens[opener].lower == "as":
        # "As the ship left the harbour, a sailor fell": a fronted "as" clause with a subject of its
        # own is the moment its sentence tells ("As expected", "As she said", "As she feared" tell
        # none, and "As the years passed" tells time going by, at no one moment)
        return (
            mention.index > opener + 1
            and mention.lemma not in lx.SPEECH_LEMMAS
            and mention.lemma not in lx.I_STATE_LEMMAS
            and not any(t.lower in lx.PASSING_TIME_SUBJECTS for t in tokens[opener + 1 : mention.index])
            and not neither_happened_nor_told(tokens, sentence, mention)
            and not stepped_back(tokens, sentence, mention)
        )
    if tokens[opener].lower != "when":
        return False
    if opener > sentence.first and tokens[opener - 1].lower in lx.WH_CLAUSE_WORDS:
        return False  # "unclear when", "no idea when": an indirect question
    # "knew when the ship sailed", "asked them when it began": the verb before asks for the time
    verb = next(
        (
            predicates[i]
            for i in range(opener - 1, sentence.first - 1, -1)
            if i in predicates and predicates[i].verbal
        ),
        None,
    )
    if verb is None:
        return True
    # "would leave when the harvest ended": a clause attached to no happening tells none itself; one
    # attached to a subordinate clause ("the coats they had bought when the mill closed", "boats that
    # were built when the yard opened", "as they always did when a ship came") takes that clause's time
    return not (
        verb.lemma in lx.WH_CLAUSE_LEMMAS
        or neither_happened_nor_told(tokens, sentence, verb)
        or not verb.main
        or stepped_back(tokens, sentence, verb)
        or any(t.lower in lx.SUBORDINATORS for t in tokens[verb.index + 1 : opener])
    )


def extract_events(analyzed: AnalyzedDocument, *, mentions_only_too: bool = True) -> list[Event]:
    """Every event mention of the document in text order, with its time.

    A mention that a time expression governs is dated EXPLICIT by it. A main-clause predicate with no
    date of its own gets the context's time: the publication date as an upper bound in news
    (REPORTED_BY_DCT), the reference time the narrative has reached (INHERITED). Other mentions stay
    UNDATED and are marked `mention_only`: they are TimeML event mentions, not chronology entries.
    So is a speech act with no date of its own ("..., officials said") in a sentence whose other
    news is in the chronology already: it attributes that news and would only crowd the timeline.
    With `mentions_only_too=False` those mentions are left out (a chronology has no use for them, and
    they are about half of all mentions).
    """
    document = analyzed.document
    text = document.text
    tokens = tokenize(text)
    if not tokens:
        return []
    sentences = split_sentences(text, tokens)
    compared: list[Placed] = []
    placed = sorted(
        place_expressions(analyzed.expressions, tokens, sentences, compared), key=lambda p: p.first
    )
    blocked = frozenset(i for item in placed for i in range(item.first, item.stop))
    timed = blocked
    mentions = find_mentions(tokens, sentences, blocked)
    narrative = analyzed.kind == DocumentKind.NARRATIVE.value
    lifespan = lead_lifespan(text, tokens, sentences, placed)
    # the lead's span bounds its subject (a person, an expedition), not the story: "(3 May 1871 – 9
    # October 1948)" sets no time for the childhood the next paragraph tells
    story_times = (
        placed
        if lifespan is None
        else [p for p in placed if p.expression is not lifespan.born and p.expression is not lifespan.died]
    )
    # a story told in the present is not news: its present verbs may tell past days
    dated = governing_mentions(placed, mentions, tokens, sentences, None if narrative else document.published)
    if compared:
        dated = {**compared_when_clauses(tokens, compared, mentions), **dated}
    qualified = qualified_mentions(placed, mentions, tokens, sentences)
    flashbacks = _flashback_times(tokens, placed, dated)
    if flashbacks:
        story_times = [p for p in story_times if p.position not in flashbacks]
    # event nouns a verb plans or moves ("postponed the vote"): a bound on the verb is their date
    verbs = frozenset(m.index for m in mentions if m.verbal)
    at = {m.index: m for m in mentions}
    moved = frozenset(
        m.index
        for m in mentions
        if not m.verbal
        and (
            scheduled(tokens, sentences[m.sentence], m, verbs)
            or moved_subject(tokens, sentences[m.sentence], m, at)
        )
    )
    carried = (
        {}
        if narrative or document.published is None
        else carried_times(text, tokens, sentences, mentions, dated, placed, document.published)
    )
    segments: dict[int, list[tuple[int, int]]] = {}
    # Times shared by many mentions of the document are built once (they are immutable).
    not_main = EventTime(basis=TimeBasis.UNDATED, reason="no date of its own; not a main-clause predicate")
    reported = _reported(document.published)
    outlasted = EventTime(
        basis=TimeBasis.UNDATED,
        reason="no date of its own; a span longer than the story's time bounds it on one side only",
    )
    # "Troops landed on Thursday, officials said": the speech act with no date of its own only
    # attributes the sentence's news, which is in the chronology already.
    newsworthy = {
        m.sentence for m in mentions if m.lemma not in lx.SPEECH_LEMMAS and (m.main or m.index in dated)
    }
    events: list[Event] = []
    # the last main predicate of a narrative that took the story's time, with that time
    went_on: tuple[Mention, EventTime] | None = None
    vague_lengths = _vague_later_lengths(tokens, placed)
    # the mentions of each sentence with such a length, gathered once rather than a scan a mention
    with_length: dict[int, list[Mention]] = {}
    for m in mentions if vague_lengths else ():
        if m.sentence in vague_lengths:
            with_length.setdefault(m.sentence, []).append(m)
    for mention in mentions:
        main = mention.main or (
            narrative
            and mention.finite
            and mention.index not in dated
            and _story_when_clause(tokens, sentences[mention.sentence], mention, at)
        )
        in_place_clause = False
        length = vague_lengths.get(mention.sentence)
        if (
            length is not None
            and (mention.index not in dated or dated[mention.index].shared_with is not None)
            and _later_by_vague_length(
                tokens,
                sentences[mention.sentence],
                length,
                mention,
                with_length[mention.sentence],
            )
        ):
            event_time = _bounded(length.expression)
        elif mention.index in dated and _bounded_only(
            text, tokens, dated[mention.index].placed, mention, moved
        ):
            event_time = _bounded(dated[mention.index].placed.expression)
        elif (
            mention.index in dated
            and dated[mention.index].shared_with is not None
            and _outlasting_bound(
                text,
                tokens,
                placed,
                qualified.get(mention.index, ()),
                mention,
                dated[mention.index].placed.expression,
            )
        ):
            event_time = outlasted
        elif mention.index in dated:
            dating = dated[mention.index]
            event_time = _explicit(dating.placed.expression, dating.shared_with)
        elif main and future_group(tokens, mention, sentences[mention.sentence].first):
            event_time = EventTime(
                basis=TimeBasis.UNDATED,
                reason="no date of its own; a future predicate, after the text's time",
            )
        elif main and narrative and neither_happened_nor_told(tokens, sentences[mention.sentence], mention):
            event_time = EventTime(
                basis=TimeBasis.UNDATED,
                reason="no date of its own; a negated or modal clause tells no happening",
            )
        elif (
            main
            and narrative
            and _after_undated_occasion(tokens, sentences[mention.sentence], placed, mention)
        ):
            event_time = EventTime(
                basis=TimeBasis.UNDATED,
                reason="no date of its own; the sentence opens on an occasion the text does not date",
            )
        elif (
            main
            and narrative
            and _outlasting_bound(
                text,
                tokens,
                placed,
                qualified.get(mention.index, ()),
                mention,
                _reference_before(tokens, story_times, mention.index),
            )
        ):
            event_time = outlasted
        elif (
            main and narrative and _indefinitely_earlier(tokens, sentences[mention.sentence], mention, timed)
        ):
            event_time = EventTime(
                basis=TimeBasis.UNDATED,
                reason="no date of its own; a perfect at some earlier time ('before', 'ever since')",
            )
        elif main and narrative:
            before = _placed_before(tokens, story_times, mention.index)
            if (
                before is not None
                and before.sentence == mention.sentence
                and _bounded_only(text, tokens, before, mention)
            ) or (
                before is not None
                and _after_bounding_clause(tokens, sentences[mention.sentence], at, before, mention)
            ):
                # "By 1962 every family made homeless by the flood had received a house": the bound
                # the sentence opens on is its predicate's, though a word between took the date; so is
                # the time of a fronted "Before" or "Until" clause ("Before the mill closed in 1958,")
                event_time = _bounded(before.expression)
            else:
                event_time = _length_after(
                    tokens, sentences[mention.sentence], placed, None if before is None else before.expression
                ) or _inherited_in_sentence(
                    None if before is None else before.expression,
                    tokens[sentences[mention.sentence].first].start,
                )
        elif (
            narrative
            and went_on is not None
            and mention.finite
            and _place_clause_of(tokens, sentences[mention.sentence], mentions, went_on[0], mention)
        ):
            event_time = went_on[1]
            main = True  # a happening the story tells, as its predicate is
            in_place_clause = True
        elif mention.index in carried:
            event_time = _carried(carried[mention.index])
            main = True  # a "when" or "as" clause of the happening the story tells is a happening of it
        elif main:
            event_time = reported
        else:
            event_time = not_main
        if main and narrative and event_time.basis == TimeBasis.INHERITED and not in_place_clause:
            # the clause's own predicate stays the one the next of its ", where" predicates go on from
            went_on = (mention, event_time)
        by_lead = lifespan_date(lifespan, tokens, sentences[mention.sentence], mention) if lifespan else None
        if by_lead is not None and refines(
            event_time.value if event_time.basis == TimeBasis.EXPLICIT else None, by_lead
        ):
            event_time = _explicit(by_lead).model_copy(
                update={"reason": f"dated by the lifespan '{by_lead.text}' the lead gives"}
            )
        mention_only = not main and mention.index not in dated and by_lead is None
        if (
            main
            and mention.index not in dated
            and mention.lemma in lx.SPEECH_LEMMAS
            and mention.sentence in newsworthy
            and not asks_for(tokens, mention)
            and not _makes_object(tokens, sentences[mention.sentence], mention)
        ):
            mention_only = True
        if mention_only and not mentions_only_too:
            continue
        if mention.sentence not in segments:
            segments[mention.sentence] = segments_of(tokens, sentences[mention.sentence])
        events.append(
            _event(
                analyzed,
                mention,
                event_time,
                tokens,
                sentences,
                timed,
                mention_only,
                segments[mention.sentence],
                tuple(qualified.get(mention.index, ())),
            )
        )
    return events


def _event(
    analyzed: AnalyzedDocument,
    mention: Mention,
    event_time: EventTime,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    timed: frozenset[int],
    mention_only: bool,
    segments: list[tuple[int, int]],
    qualifiers: tuple[TimeExpression, ...],
) -> Event:
    document = analyzed.document
    sentence = sentences[mention.sentence]
    span = headline_span(tokens, sentence, mention.index, mention.verbal, timed, mention.main, segments)
    headline, start, end = headline_text(document.text, tokens, span)
    event_id = f"{document.id}:{mention.token.start}"
    source = Source(
        document_id=document.id,
        published=document.published,
        start=start,
        end=end,
        text=headline,
        time=event_time,
        event_id=event_id,
        trigger=mention.token.text,
        trigger_start=mention.token.start,
        trigger_end=mention.token.end,
        headline=headline,
    )
    return Event(
        id=event_id,
        document_id=document.id,
        trigger=mention.token.text,
        trigger_start=mention.token.start,
        trigger_end=mention.token.end,
        start=start,
        end=end,
        headline=headline,
        time=event_time,
        sources=(source,),
        lemma=mention.lemma,
        event_class=mention.event_class,
        mention_only=mention_only,
        qualifiers=qualifiers,
    )
