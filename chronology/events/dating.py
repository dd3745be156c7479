"""Which events a time expression dates: the predicate or event noun that governs it in its clause,
and the predicates that share that date.

Without a parse, the governing event is the nearest mention in the same clause with a few
preferences that follow English syntax. An expression inside a noun phrase, as a possessive or a
premodifier, dates the event noun heading it and nothing outside it ("said last month's discovery",
"an October 2019 raid", "a third-quarter net loss"), or, when the phrase names no event, the change
in amount it is the subject of ("third-quarter profit jumped"); a possessive in a phrase of no event
dates nothing ("said next year's budget would ..."). An expression that opens its sentence dates the
main clause, past asides between its subject and verb ("On April 8, investigators, wondering ...,
searched"). A period with its end is one time ("For the quarter ended Sept. 30, the firm posted"),
and results are for a period ("a loss of $8 million, or $2 a share, for the third quarter").
Otherwise the predicate before it ("landed in Syria Thursday") wins over one after it, and a verb
over a noun unless a preposition ties the noun to the expression ("the raid on Tuesday"). A date
past the subject of a clause that a reporting verb takes is that clause's ("said profit in the third
quarter rose"), a date in a first conjunct is not the second's ("will stay for next year but said
..."), and a closing attribution takes no date from what it attributes ("..., police said."). Asides
between a predicate and its date (a parenthesis, an amount restated between commas, a relative
clause between commas) do not separate them.

The date is then shared with the predicates that happen at the same time by the syntax around the
governor: coordinated predicates ("raided two homes and searched", "was arrested and charged
Monday", "charged ..., added ... and established"), the verb of a complement ("began returning home
on Sunday"), the predicate of a "when"/"as" clause and the clause it is attached to ("perished when
their boat sank in November", "was shot on Friday night as he stood"), a participle clause after a
comma ("headed to the border Tuesday, seeking talks") or opening the sentence ("Speaking on Monday,
the minister said"), a verb and the occasion of its "in/at/during" phrase ("killed in a bombing in
1995", "closed in composite trading Friday"), what a dated occasion did ("the 1998 bombings
killed"), the predicate of a relative clause on a dated occasion ("the 1996 bombing that killed
two"), the main clause of a sentence that opens with the occasion ("In heavy trading Friday, shares
fell"), a support verb and its event noun ("held talks", "had a loss", "the explosion took place",
"the ceremony was held", "the closing, which is expected in December") and the nouns of one compound
("the October 1998 shooting death"). So do the participle asides of a subject the date's clause
opens ("investigators, wondering how ..., searched"), a "while"/"when" participle ("rescued Nov. 25
while clinging"), the complement and support noun of a predicate that shares the date ("stopped
shipping", "plans to hold a news conference"), a "to" complement past the date ("agreed in April to
hand them over"), a purpose clause after it ("travel on March 12 to sign"), the event noun of a
phase verb ("completed the purchase"), an occasion whose relative clause or participle is dated
("shootings that injured two in November", "an attack read on television Thursday") and the
predicates "and" joins in one tense to a relative clause's ("killed a guard and maimed a nurse").
A predicate that has an expression of its own keeps it; an expression whose predicate keeps a
closer one dates the next predicate it reaches ("condemned Saturday the attacks ... Friday").
Durations and sets qualify the same predicates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from chronology.events import lexicon as lx
from chronology.events.mentions import Mention
from chronology.events.text import Sentence, Token
from chronology.events.verbs import Form, verb_form, verb_lemma
from chronology.model.expression import GRANULARITY_ORDER, AnchorKind, Granularity, TimeExpression, TimexType

#: Beyond this cost an expression dates nothing we found.
MAX_COST = 12.0
#: Each plain word between costs little; a predicate in between costs much (it is the closer governor).
WORD_COST = 0.3
VERB_BETWEEN_COST = 3.0
COMMA_COST = 3.0
#: A speech verb that closes its sentence after a comma (", police said.") is an attribution: the
#: dates before it are the reported clause's. Its tail ("said the company's chief financial officer")
#: is at most ATTRIBUTION_TAIL words.
ATTRIBUTION_COST = 6.0
ATTRIBUTION_TAIL = 8
#: A date past the subject of a reported clause ("said profit in May rose") is that clause's.
CLAUSE_COST = 3.0
SUBORDINATOR_COST = 2.0
FOLLOWING_COST = 1.0
NOUN_COST = 2.0
NONFINITE_FOLLOWING_COST = 1.0
PURPOSE_FOLLOWING_COST = 3.0
_FRONTING_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "for",
        "after",
        "before",
        "since",
        "by",
        "from",
        "until",
        "over",
        "throughout",
        "within",
        "early",
        "late",
        "last",
    }
)
#: An expression inside the noun phrase of an event noun dates it before anything else.
PREMODIFIER_COST = -1.0
#: An expression that opens a sentence dates its main clause.
OPENER_COST = 0.0
#: Words that may come before an expression that opens a sentence: "But on April 8, ...", "Also Friday".
_OPENING_WORDS = frozenset(
    {"the", "a", "an", "early", "late", "but", "and", "also", "then", "so", "yet", "just"}
)
#: Prepositions that give the period a result is measured over: "a loss of $8 million for the quarter".
_PERIOD_PREPOSITIONS = frozenset({"for", "in", "during", "over"})
_QUOTES = frozenset({'"', "“", "”", "``", "''", "`"})
_PARTICIPLES = frozenset({Form.PAST_OR_PARTICIPLE, Form.PARTICIPLE, Form.GERUND})
#: A predicate that shares another's date ("raided ... and searched") ranks after the governor itself.
SHARED_COST = 1.0
# How many words a verb's object or complement runs to before its dated head ("cancelled more than
# 3,000 flights"): further off, the noun is no longer the verb's own.
OBJECT_REACH = 8
#: How far a future verb's clause runs to the date that ends it ("will publish its report on the
#: collision in November"): the words of its object and one prepositional phrase.
FUTURE_OBJECT_REACH = 10
#: How many days before the DCT the time of an "after" occasion may end and still date the act that
#: followed it: the news's recent past ("after a fight on Saturday", "after a strike last month"),
#: not an older time ("was jailed after a robbery in 2019").
OCCASION_NEAR_DAYS = 366
_COORDINATION_FILLERS = frozenset(
    {"then", "later", "also", "not", "n't", "never", "subsequently", "eventually"}
)
#: Subordinators of a clause that happens at the same time as the one it is attached to.
_SIMULTANEITY = frozenset({"when", "as", "while"})
_COORDINATORS = frozenset({"and", "but", "or"})
_HARD_BREAKS = frozenset({";", ":", "—", "–", "(", ")"})
_LINKS = frozenset(
    {"on", "in", "at", "of", "since", "from", "during", "until", "by", "for", "'s", "this", "last", "next"}
)


def _clause_break(token: Token) -> bool:
    """Whether a word between two predicates parts their clauses: a hard break or a subordinator."""
    return token.text in _HARD_BREAKS or token.lower in lx.SUBORDINATORS


@dataclass(frozen=True, slots=True)
class Placed:
    """A time expression with the token range it covers and the sentence it is in."""

    expression: TimeExpression
    position: int  # index in the document's expression list
    first: int
    stop: int
    sentence: int


def qualifies_events(expression: TimeExpression) -> bool:
    """Durations and sets say how long or how often ("lasted two hours", "meets every week")."""
    return expression.type in (TimexType.DURATION, TimexType.SET)


def dates_events(expression: TimeExpression) -> bool:
    """Durations and sets qualify an event ("for two hours", "every week") but do not date it."""
    return expression.type in (TimexType.DATE, TimexType.TIME) and bool(expression.value)


def place_expressions(
    expressions: Sequence[TimeExpression],
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    compared: list[Placed] | None = None,
) -> list[Placed]:
    """The expressions placed on their tokens; the times of compared occasions go to `compared`
    instead (they are not the sentence's)."""
    starts = [token.start for token in tokens]
    sentence_starts = [tokens[s.first].start for s in sentences]
    placed: list[Placed] = []
    for position, expression in enumerate(expressions):
        first = bisect_left(starts, expression.start)
        stop = first
        while stop < len(tokens) and tokens[stop].start < expression.end:
            stop += 1
        if stop == first:
            continue
        sentence = max(bisect_left(sentence_starts, tokens[first].start + 1) - 1, 0)
        if _compared_occasion(tokens, first):
            # "rose higher than in 1954": the time of the occasion compared with, not of the sentence
            if compared is not None:
                compared.append(Placed(expression, position, first, stop, sentence))
            continue
        if (
            placed
            and stop < len(tokens)
            and tokens[stop].lower == "later"
            and not (stop + 1 < len(tokens) and tokens[stop + 1].lower == "than")
            and (not _after_clock_time(placed) or _minutes(expression.value or "") is not None)
        ):
            # "Hours later, the minister said": a time after the story's last one, as "Two days later" is
            # ("hours later than planned" compares, and tells no time after it)
            clock = placed[-2].expression if _after_clock_time(placed) else None
            expression = _hours_later(expression, placed[-1].expression, clock)
        elif tokens[stop - 1].lower == "later":
            expression = _weeks_after_a_day(expression)
        part = _at_part_of_day(tokens, first, expression)
        if part is not expression and placed and _clock_of(placed[-1], first - 4, tokens):
            # "At 11.40pm on the night of 9 October": the date only names the clock time's night
            continue
        placed.append(Placed(part, position, first, stop, sentence))
    return placed


#: The granularities of a clock time ("at 11.40pm"): finer than a part of the day.
CLOCK_TIMES = frozenset({Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND})
#: The granularities of a day or of a time in one: "on Friday", "that night", "at 9.35am".
DAY_TIMES = frozenset({Granularity.DAY, Granularity.PART_OF_DAY}) | CLOCK_TIMES


def _clock_of(item: Placed, on: int, tokens: Sequence[Token]) -> bool:
    """Whether a clock time ends right before the "on" that opens a dated day's part."""
    return item.stop == on and tokens[on].lower == "on" and item.expression.granularity in CLOCK_TIMES


#: A length of hours, minutes or seconds ("PTXH", "PT2H", "PTXM"): "Hours later" stays on the day.
_WITHIN_A_DAY = re.compile(r"PT(?:X|\d+)[HMS]$")
#: Parts of the day that hours after them may run past midnight from ("on Monday night. Hours later").
_LATE_PARTS = ("TEV", "TNI")
#: An unstated number of minutes or seconds ("minutes later", "seconds later"): too short to run past
#: midnight from an evening or a night, so what follows stays in it; from a clock time it stays on the
#: clock time's day unless the clock time is within that many minutes of midnight ("at 11.55pm").
#: (A told number after a clock time is the timex layer's to compute: "twenty minutes later".)
_SOME_MINUTES = re.compile(r"PTX([MS])$")


def _minutes(value: str) -> timedelta | None:
    """The most an unstated number of minutes or seconds lasts ("PTXM": 59 minutes), else none."""
    match = _SOME_MINUTES.match(value)
    if match is None:
        return None
    return timedelta(minutes=59) if match[1] == "M" else timedelta(seconds=59)


def revalued(expression: TimeExpression, value: str, **update: object) -> TimeExpression | None:
    """`expression` with another `value` and the interval and granularity the engine bounds that value
    by (and any other fields in `update`), or None when the engine cannot bound it."""
    from chronology.engine.intervals import value_interval

    bounds = value_interval(value)
    if bounds is None:
        return None
    return expression.model_copy(
        update={**update, "value": value, "interval": bounds[0], "granularity": bounds[1]}
    )


def _hours_later(
    length: TimeExpression, last: TimeExpression, clock: TimeExpression | None = None
) -> TimeExpression:
    """A length of hours or minutes before "later" dates what follows on the day of the story's last
    time ("arrived on Monday. Hours later, police said": Monday), or in its month or year when the
    story is told no finer; after a clock time, an evening or a night hours may run past midnight, so
    they give no date, but minutes stay in the evening or night, or on the clock time's day unless it
    is within the hour before midnight (`clock` is a clock time told before the last time's day: "at
    11.50pm on Monday")."""
    if (
        length.type != TimexType.DURATION
        or not _WITHIN_A_DAY.match(length.value or "")
        or not dates_events(last)
        or last.granularity is None
        or last.value is None
    ):
        return length
    minutes = _minutes(length.value or "")
    if last.granularity in CLOCK_TIMES:
        clock = last
    if minutes is not None and clock is not None and _may_pass_midnight(clock, minutes):
        return length  # "at 11.50pm. Minutes later": perhaps the next day
    if last.value.endswith(_LATE_PARTS) and minutes is not None:
        value = last.value  # "seized on the evening of 25 May. His wife called the police minutes later"
    elif last.granularity in CLOCK_TIMES or last.value.endswith(_LATE_PARTS):
        if minutes is None:
            return length
        value = last.value.split("T", 1)[0]  # "at 1.55pm. Minutes later": on the day, at no stated minute
    else:
        value = last.value.split("T", 1)[0]  # "early on Saturday morning": the day, not its morning
    dated = revalued(length, value, type=TimexType.DATE)
    return length if dated is None else dated


#: An ISO week value ("1812-W38") and a day's ("1812-09-05").
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")


def _weeks_after_a_day(expression: TimeExpression) -> TimeExpression:
    """ "left Gard on 5 September and reached Oren two weeks later": whole weeks after a day the text
    gives end on a day (19 September), finer than the week the engine names for the expression."""
    anchor = expression.anchor
    week = _WEEK_VALUE.match(expression.value)
    if (
        week is None
        or anchor.kind is not AnchorKind.EXPRESSION
        or anchor.value is None
        or not _DAY_VALUE.match(anchor.value)
    ):
        return expression
    day = date.fromisoformat(anchor.value)
    monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
    weeks = (monday.toordinal() - (day.toordinal() - day.weekday())) // 7
    if weeks < 1:
        return expression
    moved = revalued(expression, date.fromordinal(day.toordinal() + 7 * weeks).isoformat())
    return expression if moved is None else moved


def _may_pass_midnight(clock: TimeExpression, length: timedelta) -> bool:
    """Whether a length after a clock time may end on the next day (or the clock time has no bounds)."""
    return clock.interval is None or (clock.interval.start + length).date() != clock.interval.start.date()


def _after_clock_time(placed: Sequence[Placed]) -> bool:
    """Whether the story's last time is a clock time told with its day ("at 10pm on Monday")."""
    return (
        len(placed) > 1
        and placed[-2].expression.granularity in CLOCK_TIMES
        and placed[-1].first - placed[-2].stop <= ONE_TIME_GAP
    )


def _compared_occasion(tokens: Sequence[Token], first: int) -> bool:
    """Whether a time opens on a preposition of a clause of comparison: elided ("higher than in
    1954") or with its subject and an auxiliary standing for the verb ("faster than it did in 1954",
    "more than they had in 1990"), or is what a figure is compared with ("compared with a year
    earlier")."""
    if (
        first >= 2
        and tokens[first - 2].lower in lx.COMPARING_WORDS
        and tokens[first - 1].lower in lx.COMPARING_LINKS
    ):
        return True  # "rose 4 per cent compared with a year earlier", "Compared with last year, ..."
    if first < 2 or tokens[first - 1].lower not in lx.COMPARED_TIME_PREPOSITIONS:
        return False
    if tokens[first - 2].lower == "than":
        return True
    return (
        first > 3
        and tokens[first - 2].lower in lx.AUXILIARIES
        and tokens[first - 3].lower in lx.SUBJECT_PRONOUNS
        and tokens[first - 4].lower == "than"
    )


def _at_part_of_day(tokens: Sequence[Token], first: int, expression: TimeExpression) -> TimeExpression:
    """ "on the night of 19 January 1906", "on the morning of 3 August": the date is the time
    expression, but what it dates happened at that part of the day (1906-01-19TNI). A phrase with no
    date ("the night of the storm") gives nothing to date, and a time finer than a day keeps its own."""
    if (
        first < 3
        or expression.granularity is not Granularity.DAY
        or not expression.value
        or tokens[first - 1].lower != "of"
        or tokens[first - 3].lower != "the"
    ):
        return expression
    part = lx.PARTS_OF_A_DATED_DAY.get(tokens[first - 2].lower)
    at_part = None if part is None else revalued(expression, f"{expression.value}T{part}")
    return expression if at_part is None else at_part


def _without_asides(tokens: Sequence[Token], low: int, high: int) -> list[int]:
    """Token indexes from `low` to `high` without the asides that do not separate a predicate from its
    date: a closed parenthesis ("found 600 pounds (270 kg) of explosives Sunday"), an amount restated
    between commas ("lost $8 million, or 40 cents a share, in the quarter") and a relative clause
    between commas ("Earlier this month, the bank, which is among the largest, completed ...")."""
    indexes = list(range(low, high))
    if not any(tokens[i].text in ("(", ",") for i in indexes):
        return indexes
    kept: list[int] = []
    position = low
    while position < high:
        text = tokens[position].text
        if text == "(":
            close = next((i for i in range(position + 1, high) if tokens[i].text in ("(", ")")), None)
            if close is not None and tokens[close].text == ")":
                position = close + 1
                continue
        elif text == "," and position + 1 < high:
            following = tokens[position + 1]
            if (
                position > low
                and tokens[position - 1].is_word
                and (_apposed_name(tokens, position + 1, high) or _apposed_kind(tokens, position + 1, high))
            ):
                # "ordered the recall of a drug, Velorax, yesterday": a name set beside the noun it
                # names is no clause between the predicate and its date
                position = next(i for i in range(position + 1, high) if tokens[i].text == ",") + 1
                continue
            aside = following.lower in ("which", "who") or (
                following.lower == "or"
                and position + 2 < high
                and tokens[position + 2].text[0] in "0123456789$"
            )
            if aside:
                close = next(
                    (i for i in range(position + 1, high) if tokens[i].text in (",", *_HARD_BREAKS)), None
                )
                if (
                    close is not None
                    and tokens[close].text == ","
                    and not _series_continues(tokens, close + 1)
                    and not _apposed_name(tokens, close + 1, high)
                ):
                    position = close + 1
                    continue
        kept.append(position)
        position += 1
    return kept


def _apposed_name(tokens: Sequence[Token], start: int, high: int) -> bool:
    """Whether a name between commas follows: "who wrote the libretto of her opera, The Salt Road,
    eleven years later" names the opera inside the relative clause, which goes on past it."""
    position = start
    while position < high and tokens[position].is_word and tokens[position].capitalized:
        position += 1
    return position > start and position < high and tokens[position].text == ","


#: Longest description between commas beside a noun, in words after its article ("a supermarket chain").
APPOSED_KIND_REACH = 4


def _apposed_kind(tokens: Sequence[Token], start: int, high: int) -> bool:
    """Whether a short description opened by "a" or "an" stands between commas: "lost its biggest
    customer, a supermarket chain, in 2008" says what the customer was, and the date after it is the
    predicate's. Not the first item of a series ("a car, a van and a boat")."""
    if start >= high or tokens[start].lower not in lx.INDEFINITE_ARTICLES:
        return False
    position = start + 1
    while position < high and position - start <= APPOSED_KIND_REACH:
        token = tokens[position]
        if token.text == ",":
            return position > start + 1 and not _series_continues(tokens, position + 1)
        if not token.is_word or token.lower in lx.FUNCTION_WORDS:
            return False
        position += 1
    return False


#: Words of one item of a series after a comma: "treasurer, club secretary and trustee".
SERIES_ITEM_WORDS = 3


def _series_continues(tokens: Sequence[Token], start: int) -> bool:
    """Whether the comma before `start` is one of a series ("who left the board as treasurer, secretary
    and trustee in June") rather than the close of an aside: a short item of content words
    follows it, then "and" or "or"."""
    for position in range(start, min(len(tokens), start + SERIES_ITEM_WORDS + 1)):
        token = tokens[position]
        if token.lower in ("and", "or"):
            return position > start
        if not token.is_word or token.lower in lx.FUNCTION_WORDS:
            return False
    return False


def _series_item_follows(tokens: Sequence[Token], start: int, verbs: frozenset[int]) -> bool:
    """Whether an item of a series of names follows the comma before `start`: a determiner at most,
    a few capitalized words that are no predicates, then "and", "or" or the next comma ("rivals, the
    Czech Republic, Hungary and Poland")."""
    position = start
    if position < len(tokens) and tokens[position].lower in lx.DETERMINERS:
        position += 1
    first = position
    while position < len(tokens) and position - first <= SERIES_ITEM_WORDS:
        token = tokens[position]
        if token.lower in ("and", "or") or token.text == ",":
            return position > first
        if not token.is_word or not token.text[0].isupper() or position in verbs:
            return False
        position += 1
    return False


#: Words from a verb of a case to the noun an infinitive of its charge completes: "charged with
#: arson with intent to", "accused of conspiracy to".
CHARGE_REACH = 6


def _names_a_charge(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, verbs: frozenset[int]
) -> bool:
    """Whether an infinitive completes a noun of the charge a case verb names ("charged with arson with
    intent to endanger life", "accused of conspiracy to defraud"): it names the offence, no happening
    a date of the sentence could place, so the date is the charging's."""
    noun = mention.index - 2
    if noun < sentence.first or tokens[mention.index - 1].lower != "to" or noun in verbs:
        return False
    for position in range(noun - 1, max(sentence.first, noun - CHARGE_REACH) - 1, -1):
        if position in verbs:
            after = tokens[position + 1].lower
            return after in lx.CHARGE_LINKS and verb_lemma(tokens[position].lower) in lx.CASE_LEMMAS
        if not tokens[position].is_word:
            return False
    return False


def _nominal_gerund(tokens: Sequence[Token], sentence: Sentence, mention: Mention) -> bool:
    """Whether a non-finite "-ing" mention heads a noun phrase: "the building", "the federal
    building", "a long meeting"."""
    if mention.finite or verb_form(mention.token.lower) != Form.GERUND:
        return False
    before = mention.index - 1
    if before >= sentence.first and tokens[before].lower in lx.DETERMINERS:
        return True
    # "the federal building", "an annual meeting": an adjective between (told by its ending)
    return (
        before - 1 >= sentence.first
        and tokens[before - 1].lower in lx.DETERMINERS
        and tokens[before - 1].lower != "'s"
        and tokens[before].lower.endswith(lx.ADJECTIVE_ENDINGS)
    )


def _relation_participle(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, verbs: frozenset[int]
) -> bool:
    """A participle of a standing relation right after its noun ("traces of a chemical linked to
    cancer earlier this month"): it tells what the noun is, so a date near it is the clause's. Only
    after a predicate of its sentence: with none before it, the form is the predicate itself
    ("Detectives connected with the family on Monday", "Britain tied with France on Sunday")."""
    if mention.token.lower not in lx.RELATION_PARTICIPLES or mention.index == 0:
        return False
    if not any(sentence.first <= index < mention.index for index in verbs):
        return False
    if mention.index + 1 >= len(tokens) or tokens[mention.index + 1].lower not in lx.RELATION_LINKS:
        return False
    before = tokens[mention.index - 1]
    return before.is_word and before.lower not in lx.FUNCTION_WORDS and before.lower not in lx.AUXILIARIES


def _cost(
    tokens: Sequence[Token],
    sentence: Sentence,
    placed: Placed,
    mention: Mention,
    verbs: frozenset[int],
    fronted: bool,
    published: date | None = None,
    events: Collection[int] = (),
) -> float:
    if _relation_participle(tokens, sentence, mention, verbs):
        return float("inf")
    if mention.index >= placed.stop:
        low, high, following = placed.stop, mention.index, True
    else:
        low, high, following = mention.index + 1, placed.first, False
    kept = _without_asides(tokens, low, high)
    # "in front of the federal building": a gerund after a determiner is a noun here
    verbal = mention.verbal and not _nominal_gerund(tokens, sentence, mention)
    between = [tokens[i] for i in kept]
    if any(t.text in _HARD_BREAKS for t in between):
        return float("inf")
    if (
        not following
        and verbal
        and _noun_source_time(tokens, sentence, placed, mention, verbs, published, events)
    ):
        return float("inf")  # "based their estimate on figures from March": the figures' time
    if (
        not following
        and mention.lemma in lx.DATED_STATE_ADJECTIVES
        and all(t.lower in ("on", "by") for t in between)
    ):
        return PREMODIFIER_COST  # "notes due March 1, 2031": the date is the one the state is at
    words = [t for t in between if t.is_word or t.text[0].isdigit()]
    cost = WORD_COST * len(words) + VERB_BETWEEN_COST * sum(1 for i in kept if i in verbs)
    # "embraced three rivals, the Czech Republic, Hungary and Poland on Friday": the commas of a
    # series of names separate no clauses
    commas = sum(tokens[i].text == "," and not _series_item_follows(tokens, i + 1, verbs) for i in kept)
    cost += COMMA_COST * commas
    cost += SUBORDINATOR_COST * sum(t.lower in lx.SUBORDINATORS for t in words)
    if following:
        if not verbal and not words:
            return 0.0  # "an October 2019 raid", "the 2020 election"
        if (
            not verbal
            and len(between) == len(words) <= 3
            and not any(t.lower in lx.FUNCTION_WORDS or i in verbs for i, t in enumerate(between, start=low))
        ):
            return WORD_COST * len(words)  # "the 1998 abortion clinic bombing"
        if not verbal and [t.lower for t in between] == ["'s"]:
            return 0.0  # "Thursday's attack"
        if (
            not verbal
            and [t.lower for t in between] == ["of"]
            and not (
                tokens[placed.stop - 1].lower in lx.ADVERBIAL_TIME_WORDS
                and tokens[placed.first].lower not in lx.DETERMINERS
                and tokens[max(placed.first - 1, 0)].lower not in lx.DETERMINERS
            )
        ):
            # "held three days of talks": inside the noun phrase, closer than the verb ("was found
            # guilty yesterday of stealing": an adverb heads no phrase, so the "of" is the verb's; a
            # weekday after a determiner is a noun that does: "after a Saturday of protests")
            return -WORD_COST
        if fronted:
            # "On October 23, the military announced": the comma closes the fronted phrase
            cost -= COMMA_COST * min(1, commas)
        else:
            cost += FOLLOWING_COST
            if any(t.lower in _COORDINATORS for t in words):
                # "will stay at $1 for next year but said...": the date is in the first conjunct
                cost += COMMA_COST
            if verbal and not mention.finite:
                # "filed a brief on Monday arguing that...": a trailing participle clause
                cost += NONFINITE_FOLLOWING_COST
                if [t.lower for t in between] == ["to"] or (
                    not between and verb_form(mention.token.lower) == Form.GERUND
                ):
                    # "blew up the houses in the afternoon to stop the flames", "wrote to every maker
                    # in April asking them to test": an infinitive or a participle clause right after
                    # the date tells the purpose or manner of the predicate before it, which the date
                    # is of
                    cost += PURPOSE_FOLLOWING_COST
    if (
        not following
        and verbal
        and mention.lemma in lx.CLAUSE_REPORTING_LEMMAS
        and words
        and words[0].lower not in _LINKS
    ):
        # "said net income for the third quarter fell": the date is inside the reported clause
        cost += CLAUSE_COST
    if (
        following
        and verbal
        and mention.lemma in lx.SPEECH_LEMMAS
        and any(t.text == "," for t in between)
        and _attribution(tokens, sentence, mention, verbs)
    ):
        # "was kidnapped at 10 p.m. Wednesday, police said.": a closing attribution is no adjunct's host
        cost += ATTRIBUTION_COST
    if (
        not verbal
        and not following
        and mention.token.lower not in lx.SCHEDULED_CONTENT_NOUNS
        and scheduled(tokens, sentence, mention, verbs)
    ):
        # "planned a demonstration on Saturday": the date is the planned event's, not the planning's
        return cost
    if not verbal:
        # "the raid on Tuesday": a preposition ties the expression to the noun; "charged with murder
        # Thursday": a bare expression after a noun modifies the verb
        adjacent = (
            not following
            and (
                (len(words) == 1 and words[0].lower in _LINKS)
                # "the visit of the trade minister in September": the date ends the noun's phrase
                or _of_phrase_then_link(between, words, kept, verbs)
                # "in a televised address Friday", "the raid Tuesday": an occasion names its day
                or (not between and _occasion(mention.token.lower))
            )
            # "cut its spending in 2019": a noun that is a verb's close object leaves the date to the verb
            and not any(i in verbs for i in range(max(sentence.first, mention.index - 3), mention.index))
        )
        if not following and _measured_over(tokens, mention, words):
            return WORD_COST  # "a net loss of $8 million, or $2 a share, for the third quarter"
        if not adjacent:
            cost += NOUN_COST
            if not following and words and tokens[placed.first].lower in lx.CLAUSE_TIME_ADVERBS:
                # "gave evidence to an inquiry at Cape Town later that month": a time opened by "later"
                # or "earlier" is an adverb of the clause; a noun takes it only right after it
                cost += NOUN_COST
    return cost


def _noun_source_time(
    tokens: Sequence[Token],
    sentence: Sentence,
    placed: Placed,
    mention: Mention,
    verbs: frozenset[int],
    published: date | None = None,
    events: Collection[int] = (),
) -> bool:
    """Whether a time after "from" tells the time of the noun before it, not of a verb before that:
    "based their estimate on figures from March", "studied letters from 1920". After a verb it opens
    the verb's own range or start ("worked from Friday until Sunday"), and so does a range after a noun
    ("stayed in the village from May to June"), and a time after the publication date: what a noun
    comes from is already there, so "will begin free repairs from next month" starts the repairs then.
    Not an event noun's start ("is booked for other launches from 20 April"), nor a time a simple past
    verb, told before the publication date, can have ("approved new fares from April")."""
    at = placed.first - 1
    if at < 1 or tokens[at].lower not in lx.NOUN_TIME_SOURCES:
        return False
    interval = placed.expression.interval
    if (
        published is not None
        and interval is not None
        and interval.start.date() > published
        and at - 1 not in events
        and not _simple_past(tokens, sentence, mention)
    ):
        return False
    noun = tokens[at - 1]
    if placed.stop < len(tokens) and tokens[placed.stop].lower in lx.RANGE_ENDS:
        return False
    return (
        noun.is_word
        and at - 1 not in verbs
        and noun.lower not in lx.FUNCTION_WORDS
        and not _adverb(noun.lower)  # "rained heavily from Monday": an adverb of the verb
    )


#: Words of an "of" phrase between an event noun and its date: "the visit of the trade minister in".
OF_PHRASE_WORDS = 8


def _of_phrase_then_link(
    between: Sequence[Token], words: Sequence[Token], kept: Sequence[int], verbs: frozenset[int]
) -> bool:
    """Whether an "of" phrase and a preposition are all that separate an event noun from the date
    after it: "the visit of the trade minister in September", "the bombing of the embassy in 1998"."""
    return (
        2 < len(words) <= OF_PHRASE_WORDS
        and len(between) == len(words)
        and words[0].lower == "of"
        and words[-1].lower in _LINKS
        and words[-1].lower not in ("of", "'s")
        and not any(t.lower in lx.SUBORDINATORS or t.lower in _COORDINATORS for t in words)
        and not any(i in verbs for i in kept)
    )


def _measured_over(tokens: Sequence[Token], mention: Mention, words: Sequence[Token]) -> bool:
    """Whether an event noun measured by an amount takes the period after it: "a loss of $8 million,
    or $2 a share, for the third quarter", "a $20 million loss for its fourth quarter" (results are
    for a period)."""
    between = [t.lower for t in words]
    while between and between[-1] in lx.DETERMINERS:
        between.pop()  # "for its fourth quarter"
    if not between or between[-1] not in _PERIOD_PREPOSITIONS:
        return False
    body = between[:-1]
    if not body:
        return any(
            tokens[i].text[0] in "$#0123456789" for i in range(max(0, mention.index - 3), mention.index)
        )
    return (
        body[0] == "of"
        and any(w[0].isdigit() for w in body)
        and all(w[0].isdigit() or w in lx.AMOUNT_WORDS for w in body[1:])
    )


def _closed_before(tokens: Sequence[Token], start: int, verb: int) -> bool:
    """Whether a comma closes the phrase opened at `start` right before `verb` (only auxiliaries and
    adverbs between): ", accompanied by a lawyer, flew" (not ", asked them to help, officials said")."""
    comma = next((i for i in range(start + 1, verb) if tokens[i].text == ","), None)
    return comma is not None and all(
        tokens[i].lower in lx.AUXILIARIES or _adverb(tokens[i].lower) for i in range(comma + 1, verb)
    )


def _attribution(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, verbs: frozenset[int]
) -> bool:
    """Whether a speech verb closes its sentence as an attribution: ", police said.", ", said the
    spokesman, who declined to be named." (no clause of its own follows it)."""
    following = [t for t in tokens[mention.index + 1 : sentence.stop] if t.is_word]
    return len(following) <= ATTRIBUTION_TAIL and not any(
        i in verbs or tokens[i].lower in ("that",) for i in range(mention.index + 1, sentence.stop)
    )


def scheduled(tokens: Sequence[Token], sentence: Sentence, mention: Mention, verbs: frozenset[int]) -> bool:
    """Whether an event noun is the object of a verb that plans or moves it ("scheduled a news
    conference", "postponed the vote")."""
    position = mention.index - 1
    while position >= sentence.first and mention.index - position <= NOUN_PHRASE_REACH:
        token = tokens[position]
        if position in verbs:
            return verb_lemma(token.lower) in lx.SCHEDULING_LEMMAS
        if token.lower == "for" and position - 1 in verbs:
            # "called for a vote on Monday", "prepare for a turnaround next year" (a passive, "is
            # scheduled for completion by Dec. 10", dates the verb and its noun alike)
            return verb_lemma(tokens[position - 1].lower) in lx.SCHEDULING_LEMMAS and not (
                tokens[position - 2].lower in _BE_FORMS
                and verb_form(tokens[position - 1].lower) in _PAST_FORMS
            )
        if not _noun_phrase_filler(token):
            return False
        position -= 1
    return False


def _fronted(tokens: Sequence[Token], sentence: Sentence, placed: Placed, finite: frozenset[int]) -> bool:
    """Whether an expression opens its sentence ("On October 23, ...", "Last year the firm ...")."""
    before = tokens[sentence.first : placed.first]
    return all(
        not t.is_word or t.lower in _LINKS or t.lower in ("the", "a", "an", "early", "late") for t in before
    ) or (
        # "In heavy trading yesterday, shares plunged": a sentence-initial phrase with no verb of its own
        # ("In composite trading Friday, shares closed": a gerund is no verb of its own here)
        tokens[sentence.first].lower in _FRONTING_PREPOSITIONS
        and not any(i in finite for i in range(sentence.first, placed.first))
    )


def _ends_like_prose(tokens: Sequence[Token], sentence: Sentence) -> bool:
    """Whether a sentence ends with a full stop, a question or an exclamation mark (a title or a
    caption line does not)."""
    last = sentence.stop - 1
    while last > sentence.first and tokens[last].text in _QUOTES | {")", "'", "’"}:
        last -= 1
    return tokens[last].text in (".", "?", "!")


#: Auxiliaries that leave a present verb in the simple present: "does not know".
_SIMPLE_PRESENT_AUXILIARIES = frozenset({"do", "does"})


def _tense_excludes(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, expression: TimeExpression, published: date
) -> bool:
    """Whether a verb's tense rules a date out in news: a simple present verb ("police believe",
    "he says") is not dated by a day wholly before the publication date ("last week"), a simple past
    verb ("said", "announced") not by one wholly after it ("next month")."""
    if not mention.verbal or not mention.finite or expression.interval is None:
        return False
    if not _ends_like_prose(tokens, sentence):
        return False  # "Rebels seize town Tuesday": a title tells past news in the present
    form = verb_form(mention.token.lower)
    auxiliary = _auxiliary_before(tokens, sentence, mention)
    if auxiliary in lx.AUXILIARIES and auxiliary not in _SIMPLE_PRESENT_AUXILIARIES:
        return False
    if form in (Form.THIRD_PERSON, Form.BASE):
        return expression.interval.end.date() < published
    if form is Form.PAST and auxiliary not in lx.AUXILIARIES:
        return expression.interval.start.date() > published
    return False


def _auxiliary_before(tokens: Sequence[Token], sentence: Sentence, mention: Mention) -> str:
    """The word before a verb past its adverbs and negation ("" at the sentence's start)."""
    position = mention.index - 1
    while position >= sentence.first and _adverb(tokens[position].lower):
        position -= 1
    return tokens[position].lower if position >= sentence.first else ""


def _simple_past(tokens: Sequence[Token], sentence: Sentence, mention: Mention) -> bool:
    """Whether a finite verb is a simple past: "approved", "cut" with no auxiliary before it."""
    return (
        mention.verbal
        and mention.finite
        and verb_form(mention.token.lower) in _PAST_FORMS
        and _auxiliary_before(tokens, sentence, mention) not in lx.AUXILIARIES
    )


#: Two expressions this close (in tokens) that claim one predicate tell one time in parts.
ONE_TIME_GAP = 3
#: Words between a time and a finer one inside it that tell one time ("that year on 23 October").
NESTED_TIME_GAP = 1


@dataclass(frozen=True, slots=True)
class Dating:
    """The expression that dates a mention, how close it is, and the predicate it shares it with."""

    placed: Placed
    cost: float
    shared_with: Mention | None = None


class _Governors:
    """Finds, for an expression placed in a sentence, the mention of that sentence that governs it."""

    def __init__(
        self,
        mentions: Sequence[Mention],
        tokens: Sequence[Token],
        sentences: Sequence[Sentence],
        placed: Sequence[Placed] = (),
        published: date | None = None,
    ) -> None:
        self.tokens = tokens
        self.published = published
        self.starting = {item.first: item for item in placed}
        self.ending = {item.stop: item for item in placed}
        self.sentences = sentences
        self.by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self.by_sentence.setdefault(mention.sentence, []).append(mention)
        self.verbs = frozenset(
            m.index for m in mentions if m.verbal and not _nominal_gerund(tokens, sentences[m.sentence], m)
        )
        self.finite = frozenset(m.index for m in mentions if m.verbal and m.finite)
        self.at = {m.index: m for m in mentions}

    def premodified(self, item: Placed) -> list[Mention]:
        """The event nouns of the noun phrase that an expression opens as a possessive or a
        premodifier, its head last (or, for a phrase of no event, the change in amount it is the
        subject of): "last month's discovery of the wreck", "Thursday's attack", "a
        third-quarter net loss", "its 1995 merger", "the October 1998 shooting death". Inside its
        noun phrase the expression can modify nothing else, however close a verb is ("said last
        month's discovery")."""
        tokens = self.tokens
        sentence = self.sentences[item.sentence]
        start = item.stop
        if (
            start + 1 < sentence.stop
            and tokens[start].text == ","
            and tokens[item.stop - 1].text.isdigit()
            and len(tokens[item.stop - 1].text) == 4
        ):
            start += 1  # "the Aug. 7, 1998, bombings": the comma closes the year
        if start < sentence.stop and tokens[start].lower == "'s":
            start += 1
        elif not (
            (item.first > sentence.first and tokens[item.first - 1].lower in lx.DETERMINERS)
            # "third-quarter profit", "year-ago results": a hyphenated expression is an adjective
            or (item.stop - item.first == 1 and "-" in tokens[item.first].text)
        ):
            return []
        nouns: list[Mention] = []
        position = start
        while position < sentence.stop and position - start < NOUN_PHRASE_REACH:
            token = tokens[position]
            mention = self.at.get(position)
            if mention is not None and mention.verbal:
                if not mention.finite and token.lower in lx.EVENT_NOUNS:
                    nouns.append(mention)  # "last Tuesday's court hearing": a gerund that is a noun here
                break
            if not _premodifier_word(token):
                break
            if mention is not None:
                nouns.append(mention)
            position += 1
        if not nouns and position > start:
            # "third-quarter net income fell 5%": a noun phrase that names no event, subject of a
            # change in amount, dates the change
            verb = self.at.get(position)
            if verb is not None and verb.verbal and verb.finite and verb.lemma in lx.CHANGE_LEMMAS:
                return [verb]
        return nouns

    def period(self, item: Placed) -> tuple[Placed, int | None]:
        """A period with its end ("the quarter ended Sept. 30", "the six months ending June 30") is one
        time, and its verb of ending is part of it rather than an event it dates: the period dates
        the clause around it ("For the quarter ended Sept. 30, the airline posted"), or its end does
        when the period is a bare length ("For the six months ended Aug. 12, the firm posted").
        Returns the expression stretched over the whole period, and the verb of ending."""
        tokens = self.tokens
        verb = item.stop
        if verb + 1 < len(tokens) and tokens[verb].lower in lx.PERIOD_END_WORDS:
            end = self.starting.get(verb + 1)
            if end is not None and end.sentence == item.sentence and dates_events(end.expression):
                return replace(item, stop=end.stop), verb
        verb = item.first - 1
        if verb > 0 and tokens[verb].lower in lx.PERIOD_END_WORDS:
            length = self.ending.get(verb)
            if (
                length is not None
                and length.sentence == item.sentence
                and qualifies_events(length.expression)
            ):
                return replace(item, first=length.first), verb
        return item, None

    def opened_clause(self, item: Placed, sentence: Sentence) -> Mention | None:
        """The main predicate of the clause that an expression opens before a comma, past any aside
        between its subject and its verb: "On April 8, investigators, wondering how ..., searched the
        site", "Last week, the director, on an official visit to Mexico, asked", "Also Friday, the
        mayors, accompanied by a lawyer, flew"."""
        return self.opened_clause_and_asides(item, sentence)[0]

    def opened_clause_and_asides(
        self, item: Placed, sentence: Sentence
    ) -> tuple[Mention | None, list[Mention]]:
        """The main predicate of the clause an expression opens (see `opened_clause`), and the
        participles of the asides before it, which happen at the same time ("investigators, wondering
        how the gunman had fled, searched"; "the mayors, accompanied by a lawyer, flew")."""
        tokens = self.tokens
        if not all(
            not t.is_word or t.lower in _LINKS or t.lower in _OPENING_WORDS
            for t in tokens[sentence.first : item.first]
        ):
            return None, []
        comma = next(
            (
                i
                for i in range(item.stop, min(sentence.stop, item.stop + NOUN_PHRASE_REACH))
                if tokens[i].text == ","
            ),
            None,
        )
        if comma is None or any(
            i in self.verbs or tokens[i].text in _HARD_BREAKS for i in range(item.stop, comma)
        ):
            return None, []
        # the finite predicates after the comma that are not inside a subordinate clause ("wondering
        # where the rifle was, searched": the comma closes "where the rifle was") or a participle
        # aside between commas ("investigators, wondering how the gunman had fled, searched")
        at = self.at
        candidates: list[Mention] = []
        asides: list[Mention] = []
        subordinate = in_aside = False
        for position in range(comma + 1, sentence.stop):
            token = tokens[position]
            if token.text in _HARD_BREAKS or token.text in _QUOTES:
                break
            mention = at.get(position)
            if token.text == ",":
                subordinate = in_aside = False
            elif token.lower in lx.SUBORDINATORS:
                subordinate = True
            elif (
                mention is not None
                and mention.verbal
                and not mention.finite
                and tokens[position - 1].text == ","
                and verb_form(token.lower) in _PARTICIPLES
                and any(
                    m.verbal and m.finite
                    for m in self.by_sentence.get(item.sentence, ())
                    if m.index > position and _closed_before(tokens, position, m.index)
                )
            ):
                asides.append(mention)
                in_aside = True
                continue
            if (
                mention is not None
                and mention.verbal
                and mention.finite
                and not in_aside
                and (mention.main or not subordinate)
            ):
                candidates.append(mention)
        for number, mention in enumerate(candidates):
            following = candidates[number + 1] if number + 1 < len(candidates) else None
            aside = (
                # ", accompanied by a lawyer, flew": a participle between commas before the verb
                following is not None
                and tokens[mention.index - 1].text == ","
                and verb_form(mention.token.lower) in _PARTICIPLES
                and _closed_before(tokens, mention.index, following.index)
            )
            if not aside:
                return mention, asides
            asides.append(mention)
        return None, []

    def best(self, item: Placed) -> tuple[float, Mention] | None:
        """The cheapest mention within MAX_COST, or None."""
        nouns = self.premodified(item)
        if nouns:
            return (PREMODIFIER_COST, nouns[-1])  # the last noun of the run heads it
        sentence = self.sentences[item.sentence]
        item, bound = self.period(item)
        fronted = _fronted(self.tokens, sentence, item, self.finite)
        main = self.opened_clause(item, sentence)
        if main is not None:
            return (OPENER_COST, main)
        if not fronted and item.stop < sentence.stop and self.tokens[item.stop].lower == "'s":
            # "said next year's budget would ...": a possessive determines a noun phrase that names no
            # event; it dates no predicate around it (a sentence-initial one may place the clause it
            # opens: "In Friday's edition, the paper quoted ...")
            return None
        if (
            item.expression.type == TimexType.DATE
            and item.first - 2 >= sentence.first
            and self.tokens[item.first - 1].lower == "for"
            and self.tokens[item.first - 2].lower in lx.PROJECTION_NOUNS
            and (item.first - 2) not in self.at
        ):
            # "raised its forecast for the full year": the period projected, at no time of the raising
            return None
        return self._cheapest(item, sentence, bound, fronted, frozenset())

    def _cheapest(
        self, item: Placed, sentence: Sentence, bound: int | None, fronted: bool, taken: frozenset[int]
    ) -> tuple[float, Mention] | None:
        best: tuple[float, Mention] | None = None
        for mention in self.by_sentence.get(item.sentence, ()):
            if mention.index == bound or mention.index in taken:
                continue
            if not mention.finite and _names_a_charge(self.tokens, sentence, mention, self.verbs):
                continue
            if self.published is not None and _tense_excludes(
                self.tokens, sentence, mention, item.expression, self.published
            ):
                continue
            cost = _cost(self.tokens, sentence, item, mention, self.verbs, fronted, self.published, self.at)
            if cost <= MAX_COST and (best is None or cost < best[0]):
                best = (cost, mention)
        return best

    def next_best(self, item: Placed, taken: frozenset[int]) -> tuple[float, Mention] | None:
        """The cheapest mention that no closer expression dates, for an expression whose governor
        keeps another ("condemned Saturday the attacks in two capitals Friday": Friday is the
        attacks'). Only for an expression placed by cost, not one inside a noun phrase or opening
        its sentence."""
        if self.premodified(item):
            return None
        sentence = self.sentences[item.sentence]
        item, bound = self.period(item)
        fronted = _fronted(self.tokens, sentence, item, self.finite)
        if fronted or self.opened_clause(item, sentence) is not None:
            return None
        if item.stop < sentence.stop and self.tokens[item.stop].lower == "'s":
            return None
        return self._cheapest(item, sentence, bound, fronted, taken)


def governing_mentions(
    placed: Sequence[Placed],
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    published: date | None = None,
) -> dict[int, Dating]:
    """For each mention index that an expression dates, the expression and how it was chosen.
    With `published` (news), a verb's tense rules out dates on the wrong side of the publication
    date."""
    governors = _Governors(mentions, tokens, sentences, placed, published)
    by_sentence = governors.by_sentence
    timed = _timed(placed)
    chosen: dict[int, Dating] = {}
    shared: list[tuple[Mention, Dating]] = []
    claims: list[tuple[Placed, int]] = []
    for item in placed:
        if not dates_events(item.expression):
            continue
        sentence = sentences[item.sentence]
        best = governors.best(item)
        if best is None:
            continue
        cost, governor = best
        claims.append((item, governor.index))
        previous = chosen.get(governor.index)
        if previous is None or _better(item, cost, previous.placed, previous.cost):
            chosen[governor.index] = Dating(item, cost)
        sharing_from = len(shared)
        shared.extend(
            (m, Dating(item, cost + SHARED_COST, governor))
            for m in _sharing_the_date(tokens, sentence, item, governor, by_sentence, timed)
        )
        if not governor.verbal:
            # "thanked the staff in a speech at 4.40am and promised ...": the verb an occasion
            # dates shares the date with the predicates joined to it, as a verb the date governs does
            hosts = [
                m for m, _ in shared[sharing_from:] if m.verbal and m.finite and m.index < governor.index
            ]
            shared.extend(
                (m, Dating(item, cost + SHARED_COST, governor))
                for host in hosts
                for m in _sharing_the_date(tokens, sentence, item, host, by_sentence, timed)
                if m.index != governor.index
            )
        # the support verb of the governor, or of an occasion that shares its date ("joined NATO
        # Friday at a ceremony held in the city")
        in_sentence = by_sentence.get(item.sentence, ())
        nouns = [governor, *(m for m, _ in shared[sharing_from:] if not m.verbal)]
        shared.extend(
            (m, Dating(item, cost + SHARED_COST, governor))
            for noun in nouns
            for m in _support_partners(tokens, sentence, noun, governors.at, in_sentence, item)
        )
        verb = _verb_of_object(
            tokens, sentence, item, governor, governors.at, in_sentence, timed, governors.published
        )
        if verb is not None:
            shared.append((verb, Dating(item, cost + SHARED_COST, governor)))
        verb = _future_verb_of_noun(tokens, sentence, item, governor, in_sentence, timed, governors.published)
        if verb is not None:
            shared.append((verb, Dating(item, cost + SHARED_COST, governor)))
        verb = _verb_of_occasion_adjunct(
            tokens, sentence, item, governor, in_sentence, timed, governors.published
        )
        if verb is not None:
            shared.append((verb, Dating(item, cost + SHARED_COST, governor)))
            # ", and a woman was taken to hospital": a past clause joined after the date goes on then
            after = next((m for m in in_sentence if m.verbal and m.index > item.stop), None)
            if (
                after is not None
                and after.finite
                # (a subject and "was"/"were" at most: the same past, active or passive)
                and _coordinated_clause(tokens, tokens[item.stop : after.index], verb, after, fronted=True)
                and tokens[after.index - 1].lower != "had"
            ):
                shared.append((after, Dating(item, cost + SHARED_COST, governor)))
        verb = _predicate_of_apposed_date(tokens, sentence, item, governor, in_sentence, governors.published)
        if verb is not None:
            # "Its last strike, in 1993, closed the line for a week and ended when ...": the
            # predicate and the ones joined to it
            shared.append((verb, Dating(item, cost + SHARED_COST, governor)))
            shared.extend(
                (m, Dating(item, cost + SHARED_COST, governor))
                for m in _sharing_the_date(tokens, sentence, item, verb, by_sentence, timed)
            )
        _, bound = governors.period(item)
        if bound is not None and bound < item.first and bound in governors.at:
            # "the six months ended Aug. 12": the end dates the verb of ending too
            shared.append((governors.at[bound], Dating(item, cost + SHARED_COST, governor)))
        if cost == OPENER_COST:
            # "On April 8, investigators, wondering how the gunman had fled, searched": the asides of
            # the opened clause's subject happen with its predicate
            main, asides = governors.opened_clause_and_asides(governors.period(item)[0], sentence)
            if main is not None and main.index == governor.index:
                shared.extend((m, Dating(item, cost + SHARED_COST, governor)) for m in asides)
        # "told customers Monday ... and stopped shipping the kettle": the complement a sharing verb
        # takes happens with it, as the governor's does
        in_sentence_verbs = [m for m in in_sentence if m.verbal]
        shared.extend(
            (complement, Dating(item, cost + SHARED_COST, governor))
            for m, _ in shared[sharing_from:]
            if m.verbal and m.finite and m.index != governor.index
            for complement in _complement(tokens, m, in_sentence_verbs)
        )
        # "plans to hold a news conference": the event noun of a support verb that shares the date
        shared.extend(
            (m, Dating(item, cost + SHARED_COST, governor))
            for verb in [m for m, _ in shared[sharing_from:] if m.verbal and m.lemma in lx.SUPPORT_LEMMAS]
            for m in _support_partners(tokens, sentence, verb, governors.at, in_sentence)
        )
        # "the October 1998 shooting death": the nouns that compound with the head happened then too
        shared.extend(
            (m, Dating(item, cost + SHARED_COST, governor))
            for m in governors.premodified(item)
            if m.index != governor.index
        )
    # An expression whose governor keeps a closer one dates the next predicate it can, unless the two
    # expressions are one time told in parts ("at 10 p.m. on Wednesday", "Thursday, Feb. 3").
    for item, index in claims:
        winner = chosen[index].placed
        if (
            winner is item
            or abs(item.first - winner.stop) <= ONE_TIME_GAP
            or abs(winner.first - item.stop) <= ONE_TIME_GAP
        ):
            continue
        fallback = governors.next_best(item, frozenset(chosen))
        if fallback is not None:
            chosen[fallback[1].index] = Dating(item, fallback[0])
    # "was found burnt out ... on Saturday morning": the finite verb whose participle complement took
    # the date happened then too
    for index, dating in list(chosen.items()):
        head = _verb_taking(tokens, sentences, dating.placed, governors.at[index], by_sentence)
        if head is not None:
            shared.append((head, Dating(dating.placed, dating.cost + SHARED_COST, governors.at[index])))
    # A predicate with an expression of its own keeps it; the others take the date they share.
    sharing: dict[int, Dating] = {}
    for mention, dating in shared:
        if mention.index in chosen or negated_group(tokens, mention):
            # "suffered a stroke in 1977 and never composed again": a negated conjunct tells no
            # happening to date
            continue
        previous = sharing.get(mention.index)
        if previous is None:
            sharing[mention.index] = dating
            continue
        own, previous_own = (
            _in_own_clause(mention, d.placed, by_sentence.get(d.placed.sentence, ()))
            or _own_when_clause(tokens, sentences[d.placed.sentence], mention, d, by_sentence)
            for d in (dating, previous)
        )
        if own != previous_own:
            # "died in 1830, and the town regained its independence during the revolutions of 1848":
            # a date in the predicate's own clause beats one it would share across a conjunction
            if own:
                sharing[mention.index] = dating
        elif _better(dating.placed, dating.cost, previous.placed, previous.cost):
            sharing[mention.index] = dating
    return {**chosen, **sharing}


def compared_when_clauses(
    tokens: Sequence[Token], compared: Sequence[Placed], mentions: Sequence[Mention]
) -> dict[int, Dating]:
    """The predicate of a "when" clause that describes a compared occasion: "More people died than
    in 1954, when the dam broke": the dam broke in 1954, though the dying is not dated by it."""
    found: dict[int, Dating] = {}
    for item in compared:
        at = item.stop + (item.stop < len(tokens) and tokens[item.stop].text == ",")
        if at >= len(tokens) or tokens[at].lower != "when":
            continue
        predicate = next(
            (m for m in mentions if m.index > at and m.sentence == item.sentence and m.verbal and m.finite),
            None,
        )
        if predicate is not None and not negated_group(tokens, predicate):
            found[predicate.index] = Dating(item, 0.0)
    return found


def negated_group(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a verb's group holds a negation: "never composed", "did not return"."""
    if not mention.verbal:
        return False
    position = mention.index - 1
    while position >= 0 and (tokens[position].lower in lx.AUXILIARIES or _adverb(tokens[position].lower)):
        if tokens[position].lower in lx.GROUP_NEGATORS:
            return True
        position -= 1
    return position >= 0 and tokens[position].lower in lx.GROUP_NEGATORS


def _in_own_clause(mention: Mention, item: Placed, in_sentence: Sequence[Mention]) -> bool:
    """Whether an expression comes after a predicate with no other finite predicate between."""
    return item.first > mention.index and not any(
        m.verbal and m.finite and mention.index < m.index < item.first for m in in_sentence
    )


def _own_when_clause(
    tokens: Sequence[Token],
    sentence: Sentence,
    mention: Mention,
    dating: Dating,
    by_sentence: dict[int, list[Mention]],
) -> bool:
    """Whether a predicate shares its date with the verb of its own "when" clause: "was lit in 1849,
    and the keepers left when the light was automated in 1988" (the keepers left in 1988)."""
    verb = dating.shared_with
    if verb is None or verb.index <= mention.index or dating.placed.first < verb.index:
        return False
    in_sentence = by_sentence.get(mention.sentence, ())
    opener = simultaneity_opener(tokens, sentence, verb.index, {m.index for m in in_sentence})
    return (
        opener is not None
        and tokens[opener].lower == "when"
        and not any(m.verbal and m.finite and mention.index < m.index < opener for m in in_sentence)
    )


def _verb_of_object(
    tokens: Sequence[Token],
    sentence: Sentence,
    item: Placed,
    governor: Mention,
    at: dict[int, Mention],
    in_sentence: Sequence[Mention],
    timed: frozenset[int],
    published: date | None,
) -> Mention | None:
    """The finite verb whose object is the event noun an expression after it dates: "cancelled 3,000
    flights on Saturday", "announced the arrest Thursday" (the verb is the clause's happening, told
    at the time the clause gives). Not when the noun is a happening the verb sets for later: "called
    a strike for Monday", "planned a march on Saturday" (a news date after the publication date), or,
    with no publication date to tell, the object of a verb that plans or moves events."""
    if (governor.verbal and (governor.finite or verb_form(governor.token.lower) != Form.GERUND)) or (
        item.first < governor.index
    ):
        return None
    if item.first > sentence.first and tokens[item.first - 1].lower == "for":
        return None
    verb = next((m for m in reversed(in_sentence) if m.verbal and m.index < governor.index), None)
    if verb is None or not verb.finite or any(i in timed for i in range(verb.index, governor.index)):
        return None
    interval = item.expression.interval
    if published is not None:
        if interval is None or interval.start.date() > published:
            return None
    elif verb.lemma in lx.SCHEDULING_LEMMAS:
        return None
    return verb if _object_noun(tokens, sentence, verb.index, at) is governor else None


def future_group(tokens: Sequence[Token], mention: Mention, first: int) -> bool:
    """Whether a predicate's verb group is future ("will stay", "'ll meet"): it cannot have happened by
    the DCT. The verb group is walked back over auxiliaries and adverbs, as the tense reader does."""
    from chronology.tense.lexicon import FUTURE_AUXILIARIES

    position = mention.index - 1
    while position >= first:
        word = tokens[position].lower
        if word in FUTURE_AUXILIARIES:
            return True
        if word == "to" and position - 1 >= first and tokens[position - 1].lower == "going":
            return True  # "is going to close"
        if not (
            word in lx.AUXILIARIES or word in ("not", "n't", "never", "also", "then", "soon", "to")
        ) and not (word.endswith("ly") and len(word) > 4):
            return False
        position -= 1
    return False


def _future_verb_of_noun(
    tokens: Sequence[Token],
    sentence: Sentence,
    item: Placed,
    governor: Mention,
    in_sentence: Sequence[Mention],
    timed: frozenset[int],
    published: date | None,
) -> Mention | None:
    """The future verb whose clause ends in the date an event noun inside its object took: "will
    publish its report on the collision in November", "will mark the anniversary of the fire on 3
    May" (what the future verb does happens at the clause's date; a past verb's object may name an
    older happening, so only a future one is read so, and only with a date not over by the DCT:
    "will hear an appeal against his conviction in 2019" dates the conviction alone)."""
    if governor.verbal or item.first < governor.index:
        return None
    interval = item.expression.interval
    if published is not None and interval is not None and interval.end.date() <= published:
        return None
    if tokens[item.first - 1].lower in lx.SCHEDULED_DATE_LINKS:
        return None  # "will call a strike for Monday": the date of the happening it sets
    verb = next((m for m in reversed(in_sentence) if m.verbal and m.index < governor.index), None)
    if (
        verb is None
        or not verb.finite
        or verb.lemma in lx.SCHEDULING_LEMMAS
        or item.first - verb.index > FUTURE_OBJECT_REACH
        or not future_group(tokens, verb, sentence.first)
    ):
        return None
    between = range(verb.index + 1, item.first)
    if any(
        i in timed or tokens[i].lower in lx.OBJECT_BOUNDARIES or _opens_clause(tokens, i) for i in between
    ):
        return None
    if any(m.verbal and verb.index < m.index < item.first for m in in_sentence):
        return None
    return verb


#: Words of the place phrases between a verb and its occasion: "spoke to reporters outside the court".
PLACE_ADJUNCT_WORDS = 7


def _place_adjuncts(tokens: Sequence[Token], start: int, stop: int, mentions: Sequence[Mention]) -> bool:
    """Whether prepositional phrases of place or address fill the words between an intransitive verb
    and its "after" phrase ("spoke to reporters outside the court after the verdict"): no object
    stands there to take the "after" phrase. An event noun among them may take it itself: "pointed to
    the riots in the city after the match" tells when the riots were, not the pointing."""
    return (
        stop - start <= PLACE_ADJUNCT_WORDS
        and not any(start <= m.index < stop for m in mentions)
        and tokens[start].lower in lx.PLACE_ADJUNCT_PREPOSITIONS
        and all(
            tokens[i].lower in lx.PLACE_ADJUNCT_PREPOSITIONS or _noun_phrase_filler(tokens[i])
            for i in range(start + 1, stop)
        )
    )


def _verb_of_occasion_adjunct(
    tokens: Sequence[Token],
    sentence: Sentence,
    item: Placed,
    governor: Mention,
    in_sentence: Sequence[Mention],
    timed: frozenset[int],
    published: date | None,
) -> Mention | None:
    """The past verb whose "after"/"during" phrase names the event noun a date ending the clause
    dates: "were arrested after a fight near the market last night", "was hurt during training on
    Monday" (the clause's date is the verb's as well as its adjunct's: the one tells the other's time)."""
    if item.first < governor.index:
        return None
    if governor.verbal and not (
        verb_form(governor.token.lower) is Form.GERUND
        and tokens[governor.index - 1].lower in lx.OCCASION_ADJUNCT_PREPOSITIONS
    ):
        return None  # a gerund right after the preposition names the occasion too ("during training")
    position = governor.index - 1
    while (
        position > sentence.first
        and governor.index - position <= NOUN_PHRASE_REACH
        and tokens[position].lower not in lx.OCCASION_ADJUNCT_PREPOSITIONS
        and _noun_phrase_filler(tokens[position])
    ):
        position -= 1
    if tokens[position].lower not in lx.OCCASION_ADJUNCT_PREPOSITIONS:
        return None
    verb = next((m for m in reversed(in_sentence) if m.verbal and m.index < position), None)
    if verb is None or not verb.finite:
        return None
    if position - verb.index > 2 and not _place_adjuncts(tokens, verb.index + 1, position, in_sentence):
        return None
    if verb_form(verb.token.lower) not in _PAST_FORMS:
        return None
    if any(m.verbal and verb.index < m.index < item.first and m is not governor for m in in_sentence):
        return None
    if any(i in timed or tokens[i].lower in lx.OBJECT_BOUNDARIES for i in range(verb.index + 1, item.first)):
        return None
    interval = item.expression.interval
    if published is not None and (interval is None or interval.start.date() > published):
        return None
    if tokens[position].lower in lx.PRECEDING_OCCASION_PREPOSITIONS:
        # the act lies between its occasion and the DCT, so a time whose span runs to near the DCT
        # holds it ("were arrested after a fight last night", "rose after a strike this month"); an
        # older one ("was jailed after a robbery in 2019") dates the occasion alone. A story with no
        # DCT keeps a day or finer time ("arrested after a brawl on 3 May")
        if published is not None:
            if interval is None or (published - interval.end.date()).days > OCCASION_NEAR_DAYS:
                return None
        else:
            granularity = item.expression.granularity
            if granularity is None or GRANULARITY_ORDER.index(granularity) < GRANULARITY_ORDER.index(
                Granularity.DAY
            ):
                return None
    return verb


def _predicate_of_apposed_date(
    tokens: Sequence[Token],
    sentence: Sentence,
    item: Placed,
    governor: Mention,
    in_sentence: Sequence[Mention],
    published: date | None,
) -> Mention | None:
    """The predicate of a subject event noun whose date stands between commas right after it: "Its
    last strike, in 1993, closed the line", "The eruption, on 3 May, destroyed two farms" (the date is
    the noun's, and what the noun did it did then)."""
    if governor.verbal or any(m.verbal and m.index < governor.index for m in in_sentence):
        return None  # only the subject: a noun after a verb is its object or in its adjunct
    comma = item.first - 1
    if comma > sentence.first and tokens[comma].lower in lx.CLAUSE_PREPOSITIONS:
        comma -= 1
    if comma - 1 != governor.index or tokens[comma].text != ",":
        return None
    if item.stop >= sentence.stop or tokens[item.stop].text != ",":
        return None
    verb = next((m for m in in_sentence if m.index > item.stop), None)
    if verb is None or not (verb.verbal and verb.finite):
        return None
    if verb.lemma in lx.SCHEDULING_LEMMAS:
        # "The vote, on Monday, is expected to pass", "The match, on Saturday, was postponed": the
        # date is the one the noun's happening was set for, not the time of expecting or putting off
        return None
    interval = item.expression.interval
    if (
        published is not None
        and interval is not None
        and interval.start.date() > published
        and verb_form(verb.token.lower) in _PAST_FORMS
        and not future_group(tokens, verb, sentence.first)
    ):
        return (
            None  # "The first strike, on 3 May, closed ..." told in February: a past verb takes no later date
        )
    if any(tokens[i].lower not in lx.AUXILIARIES for i in range(item.stop + 1, verb.index)):
        return None
    return verb


def _verb_taking(
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    item: Placed,
    governor: Mention,
    by_sentence: dict[int, list[Mention]],
) -> Mention | None:
    """The finite verb of the clause whose object a dated bare participle modifies or completes
    ("postponed 60 planned operations on Friday", "was found burnt out on Saturday", "appeared in
    court on Tuesday charged with robbery"): the participle names no act of its own then."""
    if not governor.verbal or governor.token.lower.endswith("ing") or governor.index == 0:
        # an event noun keeps its own date ("called a strike for Monday"), and so does a gerund
        # ("is charged with gunning down a ranger last fall")
        return None
    if governor.sentence != item.sentence:
        return None
    adjunct = tokens[item.first].lower in lx.CLAUSE_PREPOSITIONS or (
        item.first > 0 and tokens[item.first - 1].lower in lx.CLAUSE_PREPOSITIONS
    )
    if item.stop <= governor.index and governor.index - item.stop <= 1 and not adjunct:
        return None  # "Saturday's planned march": the date premodifies the participle's phrase
    before = tokens[governor.index - 1]
    if before.lower == "to":
        return None
    head = next(
        (
            m
            for m in reversed(by_sentence.get(governor.sentence, ()))
            if m.index < governor.index and m.verbal and m.finite
        ),
        None,
    )
    if head is None or head.index > item.first or governor.index - head.index > OBJECT_REACH:
        return None
    # a past form read as finite is the head's participle only where no subject can stand before it:
    # right after the head ("found burnt out"), after a number or determiner ("60 planned
    # operations") or right after the expression ("appeared on Tuesday charged with")
    if governor.finite and not (
        governor.index - 1 == head.index
        or governor.index == item.stop
        or before.lower in lx.DETERMINERS
        or before.text[:1].isdigit()
        or before.lower in lx.NUMBER_WORDS
        or _determined_object(tokens, head.index, governor.index)
    ):
        return None
    if head.lemma in lx.CLAUSE_LEMMAS or head.lemma in lx.REPORTING_LEMMAS or head.lemma in lx.I_STATE_LEMMAS:
        return None  # "said revenue for the third quarter rose": a clause of its own, not a complement
    between = range(head.index + 1, governor.index)
    if any(tokens[i].lower in lx.OBJECT_BOUNDARIES or _opens_clause(tokens, i) for i in between):
        return None
    return head


#: Longest noun phrase, in words after its determiner, between a verb and its object's participle.
DETERMINED_OBJECT_WORDS = 3


def _determined_object(tokens: Sequence[Token], head: int, participle: int) -> bool:
    """Whether a determined noun phrase alone stands between a verb and a past form: "found the
    motorcycle burnt out", "left the old car abandoned" (the past form completes the object; with no
    subject of its own it is no finite verb). Any word read as a verb there ends the object the same
    way, a plural noun as much as a past form: "published its first maps that year"; a clause whose
    subject the noun phrase is follows a verb that takes one ("said the firm expects"), which the
    lemma check after this one leaves alone."""
    words = range(head + 2, participle)
    return (
        # "the men who robbed the bank fled": a relative clause's object ends before its noun's verb
        (head == 0 or tokens[head - 1].lower not in lx.RELATIVE_SUBJECTS)
        and tokens[head + 1].lower in lx.DETERMINERS
        and 0 < len(words) <= DETERMINED_OBJECT_WORDS
        and all(tokens[i].is_word and tokens[i].lower not in lx.FUNCTION_WORDS for i in words)
    )


def _opens_clause(tokens: Sequence[Token], index: int) -> bool:
    """A subordinator that opens a clause; "before the court", "after the match" are prepositions."""
    if tokens[index].lower not in lx.SUBORDINATORS:
        return False
    return index + 1 >= len(tokens) or tokens[index + 1].lower not in lx.DETERMINERS


def qualified_mentions(
    placed: Sequence[Placed],
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
) -> dict[int, list[TimeExpression]]:
    """For each mention index, the durations and sets that qualify it (the nearest governing mention)."""
    governors = _Governors(mentions, tokens, sentences, placed)
    by_sentence = governors.by_sentence
    qualified: dict[int, list[TimeExpression]] = {}
    timed = _timed(placed)
    for item in placed:
        if not qualifies_events(item.expression):
            continue
        sentence = sentences[item.sentence]
        best = governors.best(item)
        if best is None:
            continue
        governor = best[1]
        # the predicates that would share a date share the span too ("has built ... and has warded off
        # takeovers over the past 20 years")
        for mention in (governor, *_sharing_the_date(tokens, sentence, item, governor, by_sentence, timed)):
            expressions = qualified.setdefault(mention.index, [])
            if item.expression not in expressions:
                expressions.append(item.expression)
    return qualified


def _in_series(
    tokens: Sequence[Token], governor: Mention, mention: Mention, candidates: Sequence[Mention]
) -> bool:
    """A predicate right after a comma in a series of predicates of one tense that "and" closes:
    "charged $46 million, added $20 million and established a reserve"."""
    form = verb_form(governor.token.lower)
    if form not in _PAST_FORMS or verb_form(mention.token.lower) != form:
        return False
    return any(
        m.index > mention.index
        and m.finite
        and tokens[m.index - 1].lower == "and"
        and verb_form(m.token.lower) == form
        for m in candidates
    )


_PAST_FORMS = frozenset({Form.PAST, Form.PAST_OR_PARTICIPLE})


def _opening_participle_clause(
    tokens: Sequence[Token], sentence: Sentence, mentions: Sequence[Mention]
) -> tuple[Mention, Mention] | None:
    """The participle that opens a sentence ("Retaliating for the bombings, U.S. forces launched ...")
    and the predicate of the main clause after its comma."""
    opening = next((m for m in mentions if m.index == sentence.first), None)
    if (
        opening is None
        or not opening.verbal
        or opening.finite
        or verb_form(opening.token.lower) != Form.GERUND
    ):
        return None
    comma = next(
        (
            i
            for i in range(opening.index + 1, min(sentence.stop, opening.index + OPENING_CLAUSE_REACH))
            if tokens[i].text == "," or tokens[i].text in _HARD_BREAKS
        ),
        None,
    )
    if comma is None or tokens[comma].text != ",":
        return None
    main = next((m for m in mentions if m.index > comma and m.verbal), None)
    if main is None or not main.finite or main.index - comma > ADJUNCT_REACH:
        return None
    if any(_clause_break(t) for t in tokens[comma + 1 : main.index]):
        return None
    return opening, main


def _first_conjunct(
    tokens: Sequence[Token], sentence: Sentence, governor: Mention, candidates: Sequence[Mention]
) -> Mention | None:
    """The first of two coordinated predicates of one subject when the date follows the second: "was
    arrested and charged Monday", "attacked the convoy and burned three trucks on Sunday". A comma
    before "and" ("was seen near the house in October, and was found in December") or a subject of
    the second's own ("... and the police searched") keeps them apart."""
    position = governor.index - 1
    while position > sentence.first and (
        tokens[position].lower in lx.AUXILIARIES or _adverb(tokens[position].lower)
    ):
        position -= 1
    if position <= sentence.first or tokens[position].lower != "and":
        return None
    conjunction = position
    first = next((m for m in reversed(candidates) if m.index < conjunction), None)
    if first is None or conjunction - first.index > ADJUNCT_REACH:
        return None
    serial = conjunction - 1
    if any(
        (t.text == "," and i != serial) or _clause_break(t)
        for i, t in enumerate(tokens[first.index + 1 : conjunction], start=first.index + 1)
    ):
        return None
    if tokens[serial].text == "," and not (
        tokens[first.index - 1].text == "," and _series_before(tokens, first, candidates, frozenset())
    ):
        # the serial comma of a series ("trained, married, and opened"): a comma before "and" joins
        # predicates only where commas join one before them too
        return None
    form, first_form = verb_form(governor.token.lower), verb_form(first.token.lower)
    if form != first_form and not (form in _PAST_FORMS and first_form in _PAST_FORMS):
        return None
    return first


def _series_before(
    tokens: Sequence[Token], first: Mention, candidates: Sequence[Mention], timed: frozenset[int]
) -> list[Mention]:
    """The predicates of a series that a comma joins before the first of two coordinated ones, as
    "and" closes it: "trained, married and opened a shop in 1921". The verb after each comma has no
    subject of its own, so one subject does all three ("When the war ended, he married" is a clause
    before its main one). A verb set off by commas with a subject of its own is no member: a relative
    clause ("The gunman, who escaped, fled and hid") or an aside of speech ("The man, police said,
    fled and hid")."""
    series: list[Mention] = []
    if verb_form(first.token.lower) not in _PAST_FORMS:
        return series
    latest = first
    while tokens[comma := latest.index - 1].text == ",":
        previous = next((m for m in reversed(candidates) if m.index < comma), None)
        if (
            previous is None
            or not previous.finite
            or verb_form(previous.token.lower) not in _PAST_FORMS
            or comma - previous.index > ADJUNCT_REACH
            or tokens[previous.index - 1].lower in lx.RELATIVE_SUBJECTS
            or (previous.index + 1 == comma and previous.lemma in lx.CLAUSE_REPORTING_LEMMAS)
            or any(
                i in timed or t.text == "," or _clause_break(t)
                for i, t in enumerate(tokens[previous.index + 1 : comma], start=previous.index + 1)
            )
        ):
            break
        series.append(previous)
        latest = previous
    return series


def _coordinated_clause(
    tokens: Sequence[Token], between: Sequence[Token], governor: Mention, mention: Mention, fronted: bool
) -> bool:
    """ "Two days later, a canoe overturned and two porters drowned": a clause joined by "and" with a
    subject of its own shares a fronted date, or a date of a predicate in the same past tense."""
    words = [t.lower for t in between]
    if "and" not in words:
        return False
    subject = words[len(words) - 1 - words[::-1].index("and") + 1 :]
    if not 0 < len(subject) <= 4 or any(w in lx.AUXILIARIES - {"was", "were", "had"} for w in subject):
        return False
    if fronted:
        return True
    return verb_form(governor.token.lower) in _PAST_FORMS and verb_form(mention.token.lower) in _PAST_FORMS


def _complement(
    tokens: Sequence[Token],
    verb: Mention,
    candidates: Sequence[Mention],
    timed: frozenset[int] = frozenset(),
) -> list[Mention]:
    """The non-finite verb a finite verb takes right after it, bare or with "to", or past a date
    (tokens in `timed`): "began notifying", "plans to hold", "stopped shipping", "agreed in April to
    hand them over"."""
    complement = next((m for m in candidates if m.index > verb.index), None)
    if complement is None or complement.finite:
        return []
    if complement.index == verb.index + 1 or (
        complement.index == verb.index + 2 and tokens[verb.index + 1].lower == "to"
    ):
        return [complement]
    if timed and tokens[complement.index - 1].lower == "to":
        # "agreed in April to hand them over", "decided Monday to resign": only the date between
        position = verb.index + 1
        while position < complement.index - 1 and (position in timed or tokens[position].lower in _LINKS):
            position += 1
        if position == complement.index - 1 and any(i in timed for i in range(verb.index + 1, position)):
            return [complement]
    return []


def _timed(placed: Sequence[Placed]) -> frozenset[int]:
    """Token indexes inside expressions that date."""
    return frozenset(
        i for item in placed if dates_events(item.expression) for i in range(item.first, item.stop)
    )


#: Words of the length a verb of taking time measures: "less than four hours".
LENGTH_TAKEN_WORDS = 4


def _length_taken(
    tokens: Sequence[Token], head: Mention, governor: Mention, timed: frozenset[int], item: Placed
) -> bool:
    """ "took four hours to reach its verdict", "spent two days repairing the pier": the length a
    verb of taking time measures is the length of the act it takes, one occasion with it, when the
    length fits inside the time the act is dated by: "took six years to finish the bridge in 1890",
    "spent three months repairing the ship in May" tell when the act ended, not when the taking was."""
    if head.lemma not in lx.TIME_TAKING_LEMMAS:
        return False
    last = governor.index - 1 if tokens[governor.index - 1].lower == "to" else governor.index
    word = tokens[last - 1].lower
    unit = lx.LENGTH_UNIT_DAYS.get(word)
    interval = item.expression.interval
    return (
        1 < last - head.index <= LENGTH_TAKEN_WORDS + 1
        and unit is not None
        and interval is not None
        # a length in the plural ("three months") lasts two of its units at the least
        and (interval.end - interval.start).total_seconds() > unit * (2 if word.endswith("s") else 1) * 86400
        and not any(i in timed for i in range(head.index + 1, last))
    )


def _sharing_the_date(
    tokens: Sequence[Token],
    sentence: Sentence,
    item: Placed,
    governor: Mention,
    by_sentence: dict[int, list[Mention]],
    timed: frozenset[int],
) -> list[Mention]:
    """Predicates that share the governor's date: coordinated ones ("raided two homes and searched"),
    and the predicate of a "when" clause right after the expression ("in 1968, when troops swept")."""
    shared: list[Mention] = []
    candidates = [m for m in by_sentence.get(item.sentence, ()) if m.verbal and m.index != governor.index]
    if governor.verbal and not governor.finite:
        # "began returning home on Sunday", "tried to flee Tuesday": the verb that takes the dated
        # complement happened then too
        head = next((m for m in reversed(candidates) if m.index < governor.index), None)
        if (
            head is not None
            # "agreed to come to Canada for the next summer": a time the complement is for is the
            # plan's, later than the act of agreeing to it, and so is a deadline ("promised to cut
            # fares within a year", "vowed to finish the road before June")
            and not (item.first and tokens[item.first - 1].lower == "for")
            and not (
                item.first
                and tokens[item.first - 1].lower in lx.COMPLEMENT_DEADLINES
                and head.lemma not in lx.ASPECTUAL_LEMMAS
                and (head.lemma in lx.PLANNING_LEMMAS or tokens[item.first - 1].lower in lx.ONE_SIDED_BOUNDS)
            )
            and (
                (
                    governor.index - head.index <= 2
                    and (governor.index - head.index == 1 or tokens[head.index + 1].lower == "to")
                )
                or _length_taken(tokens, head, governor, timed, item)
            )
        ):
            shared.append(head)
    if governor.verbal and governor.finite:
        # "began notifying customers on Friday", "plans to hold a conference Tuesday": the verb it takes
        shared.extend(_complement(tokens, governor, candidates, timed))
        for mention in candidates:
            if mention.index <= governor.index:
                continue
            between = tokens[governor.index + 1 : mention.index]
            # "poured down the flank that day and cut the road": the words of a time expression open
            # no clause
            untimed = [tokens[i] for i in range(governor.index + 1, mention.index) if i not in timed]
            if any(_clause_break(t) for t in untimed):
                break
            if item.first > governor.index and item.first < mention.index and mention.index - item.stop > 12:
                break
            if (
                mention.finite
                and between
                and between[-1].text == ","
                and _in_series(tokens, governor, mention, candidates)
            ):
                shared.append(mention)  # "charged $46 million, added $20 million and established ..."
                continue
            lead = [t.lower for t in between[-3:]]
            if (
                mention.finite
                and "and" in lead
                and all(
                    w in lx.AUXILIARIES or w in _COORDINATION_FILLERS or (w.endswith("ly") and len(w) > 4)
                    for w in lead[len(lead) - lead[::-1].index("and") :]
                )
                and not _tense_changes(tokens, governor, lead[len(lead) - lead[::-1].index("and") :])
            ):
                shared.append(mention)
                continue
            if mention.finite and _coordinated_clause(
                tokens, between, governor, mention, fronted=item.stop <= governor.index
            ):
                shared.append(mention)
                continue
    opening = _opening_participle_clause(tokens, sentence, by_sentence.get(item.sentence, ()))
    if opening is not None and governor.index in (opening[0].index, opening[1].index):
        # "Retaliating for the bombings, U.S. forces on Thursday launched strikes", "Speaking on
        # Monday, the minister said": the opening participle and the main clause share their time
        shared.append(opening[1] if governor.index == opening[0].index else opening[0])
    if governor.verbal and item.first > governor.index:
        first = _first_conjunct(tokens, sentence, governor, candidates)
        if first is not None and not any(i in timed for i in range(first.index, governor.index)):
            shared.append(first)  # "was arrested and charged Monday"
            shared.extend(_series_before(tokens, first, candidates, timed))
    shared.extend(_adjunct_events(tokens, sentence, governor, by_sentence.get(item.sentence, ())))
    purpose = item.stop
    if (
        purpose + 1 < sentence.stop
        and tokens[purpose].lower == "to"
        and (governor.verbal or _occasion(governor.token.lower))
        # "ordered the men Monday to pay": the "to" clause of an order is what is ordered
        and governor.lemma not in lx.I_ACTION_LEMMAS
    ):
        # "will travel to the capital on March 12 to sign the treaty", "a news conference Thursday to
        # announce the results": the purpose the dated predicate is for
        verb = next((m for m in candidates if m.index == purpose + 1), None)
        if verb is not None and not verb.finite:
            shared.append(verb)
    if governor.verbal and governor.index < item.first:
        # "issued a statement Friday saying the talks had failed": a participle clause right after
        # the date goes on at the dated predicate's time
        participle = next((m for m in candidates if m.index == item.stop), None)
        if (
            participle is not None
            and not participle.finite
            and verb_form(participle.token.lower) is Form.GERUND
            and not any(m.verbal and m.finite for m in candidates if governor.index < m.index < item.first)
        ):
            shared.append(participle)
    after = item.stop
    while after < sentence.stop and tokens[after].text == ",":
        after += 1
    after = _when_past_aside(tokens, sentence, after, candidates)
    if after < sentence.stop and tokens[after].lower in _SIMULTANEITY:
        # "in 1968, when troops swept through", "shot on Friday night as he stood in the kitchen"
        following = [m for m in candidates if m.index > after]
        if following and (
            (
                following[0].finite
                and (tokens[after].lower == "when" or following[0].index - after <= SUBJECT_REACH)
            )
            # "was rescued Nov. 25 while clinging to a raft": a participle clause with no subject
            or (following[0].index == after + 1 and verb_form(following[0].token.lower) == Form.GERUND)
        ):
            shared.append(following[0])
            if following[0].finite:
                # "as a wildfire jumped a highway and spread toward the town": a predicate joined to the
                # "when" clause's with no subject of its own is in that clause; after a comma ("when its
                # owners went into administration, and had stood empty since") it is the main clause's
                shared.extend(
                    joined
                    for joined in _joined_predicates(tokens, sentence, following[0], candidates)
                    if not any(t.text == "," for t in tokens[following[0].index + 1 : joined.index])
                )
            # "in August 2022, when a storm knocked out the centre and 300 flights were cancelled":
            # a clause joined to the "when" clause with a subject of its own happened then too
            joined = next((m for m in following[1:] if m.finite), None)
            if joined is not None:
                between = tokens[following[0].index + 1 : joined.index]
                words = [t.lower for t in between]
                subject = words[len(words) - words[::-1].index("and") :] if "and" in words else []
                if (
                    any(w not in lx.AUXILIARIES for w in subject)
                    and not any(w in lx.PERFECT_AUXILIARIES for w in subject)
                    and not any(_clause_break(t) for t in between)
                    and _coordinated_clause(tokens, between, following[0], joined, fronted=False)
                ):
                    shared.append(joined)
    # a ", where" clause with a time of its own is dated by it ("where he married in 1921")
    place_clause = place_clause_predicate(tokens, sentence, governor, candidates, timed, item)
    if (
        place_clause is None
        and shared
        and shared[-1].index > governor.index
        and not any(
            i in timed and not item.first <= i < item.stop for i in range(governor.index, shared[-1].index)
        )
    ):
        # "married in 1862, and the couple moved to Lund, where Lind opened a workshop": the place
        # is the last conjunct's, which shares the date (one with a date of its own keeps its place)
        place_clause = place_clause_predicate(tokens, sentence, shared[-1], candidates, timed, item)
    if place_clause is not None:
        shared.extend(with_joined_predicates(tokens, sentence, place_clause, candidates))
    if governor.verbal and governor.finite:
        # "perished when their boat sank in November": the clause the "when" clause is attached to
        opener = simultaneity_opener(tokens, sentence, governor.index, {m.index for m in candidates})
        if opener is not None and opener > sentence.first:
            head = next((m for m in reversed(candidates) if m.index < opener), None)
            if (
                head is not None
                and head.finite
                and opener - head.index <= ADJUNCT_REACH
                and not any(t.text in _HARD_BREAKS or t.text == "," for t in tokens[head.index + 1 : opener])
            ):
                shared.append(head)
    return shared


def simultaneity_opener(
    tokens: Sequence[Token], sentence: Sentence, verb: int, predicates: Collection[int]
) -> int | None:
    """The "when"/"as"/"while" that opens the clause of the finite verb at `verb` ("when their boat
    sank", "as he stood"): at most a subject's length before it, with no comma, hard break or other
    predicate between; None when the verb's clause opens otherwise."""
    opener = verb - 1
    while opener >= sentence.first and verb - opener <= SUBJECT_REACH + 1:
        token = tokens[opener]
        if token.lower in _SIMULTANEITY:
            return opener
        if token.text in _HARD_BREAKS or token.text == "," or opener in predicates:
            return None
        opener -= 1
    return None


def place_clause_predicate(
    tokens: Sequence[Token],
    sentence: Sentence,
    governor: Mention,
    candidates: Sequence[Mention],
    timed: frozenset[int] = frozenset(),
    item: Placed | None = None,
) -> Mention | None:
    """The plain past predicate of a ", where" clause on the place a dated past predicate went to:
    "moved to York in 1916, where her father opened a shop" (what the move led to, told in the same
    past, happened then; "where he had worked" steps back and "where he lives" is of now). A clause with
    a time of its own (a token of `timed` outside the governor's `item`) is dated by that time."""
    if not (governor.verbal and governor.finite) or verb_form(governor.token.lower) not in _PAST_FORMS:
        return None
    where = None
    for position in range(governor.index + 1, sentence.stop):
        token = tokens[position]
        if token.lower == "where" and tokens[position - 1].text == ",":
            where = position
            break
        if _clause_break(token):
            return None
    # the place is the governor's own ("left school to work in the shop, where she kept the accounts"
    # is the work's, a habit of the years after)
    if where is None or any(governor.index < m.index < where for m in candidates):
        return None
    verb = next((m for m in candidates if m.index > where), None)
    if (
        verb is None
        or not verb.finite
        or verb.index - where > SUBJECT_REACH + 1
        or verb_form(verb.token.lower) not in _PAST_FORMS
        or tokens[verb.index - 1].lower in lx.AUXILIARIES
        or any(t.lower in lx.OTHER_TIME_ADVERBS for t in tokens[where + 1 : verb.index])
        or _own_time(tokens, sentence, verb, candidates, timed, item)
    ):
        return None
    return verb


def _own_time(
    tokens: Sequence[Token],
    sentence: Sentence,
    verb: Mention,
    candidates: Sequence[Mention],
    timed: frozenset[int],
    item: Placed | None,
) -> bool:
    """Whether a ", where" clause's predicate, or one joined to it, has a time of its own (a token of
    `timed` outside `item`): "where he painted and taught in 1905". A time after a later predicate is
    that one's ("where he opened a shop that closed in 1930"), and one after ", and" or ", but" opens a
    clause of its own ("where he opened a shop, and in 1930 they left")."""
    if not timed:
        return False
    own = {m.index for m in with_joined_predicates(tokens, sentence, verb, candidates)}
    for position in range(verb.index + 1, sentence.stop):
        if tokens[position - 1].text == "," and tokens[position].lower in lx.CLAUSE_COORDINATORS:
            return False
        if position in timed and (item is None or not item.first <= position < item.stop):
            nearest = next((m for m in reversed(candidates) if m.index < position and m.finite), None)
            return nearest is not None and nearest.index in own
    return False


def with_joined_predicates(
    tokens: Sequence[Token], sentence: Sentence, verb: Mention, candidates: Sequence[Mention]
) -> list[Mention]:
    """A ", where" clause's predicate and those "and" joins to it: "reached the summit at 3pm, where
    she built a cairn and left a tin" (what the clause's verb is joined to happened there then too)."""
    return [verb, *_joined_predicates(tokens, sentence, verb, candidates)]


def _when_past_aside(
    tokens: Sequence[Token], sentence: Sentence, after: int, candidates: Sequence[Mention]
) -> int:
    """The "when" after a short aside with no predicate that follows an expression ("in 1913, at the
    age of eleven, when the organist fell ill", "killed on Saturday, four of them when trees fell"),
    or `after` itself when there is none."""
    predicates = {m.index for m in candidates}
    for position in range(after, min(after + WHEN_ASIDE_REACH + 1, sentence.stop)):
        token = tokens[position]
        if token.lower == "when":
            return position
        if position in predicates or _clause_break(token):
            break
    return after


def _tense_changes(tokens: Sequence[Token], verb: Mention, auxiliaries: Sequence[str]) -> bool:
    """Whether a simple past predicate is joined to one in the present or the future ("accounted for
    41% last year and is expected to ..."): they share no date."""
    return (
        verb_form(verb.token.lower) in _PAST_FORMS
        and tokens[verb.index - 1].lower not in lx.AUXILIARIES
        and any(w in _PRESENT_AUXILIARIES for w in auxiliaries)
    )


#: Auxiliaries of the present or the future: "is expected", "has said", "will leave".
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "has", "have", "will", "does", "do", "'s", "'re"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def _adverb(word: str) -> bool:
    return word in ("not", "n't", "never", "also", "then", "later", "reportedly") or (
        word.endswith("ly") and len(word) > 4
    )


def passive(tokens: Sequence[Token], verb: Mention, sentence: Sentence) -> bool:
    """Whether a participle follows a form of "be": "the ceremony was held"."""
    return _auxiliary_before(tokens, sentence, verb) in _BE_FORMS


def _occurring(tokens: Sequence[Token], verb: Mention, sentence: Sentence) -> bool:
    """A verb whose subject is the event it places: "occurred", "took place", "was held"."""
    if verb.lemma in lx.OCCURRING_LEMMAS:
        return True
    following = lx.OCCURRING_OBJECTS.get(verb.lemma)
    if following is not None:
        return verb.index + 1 < sentence.stop and tokens[verb.index + 1].lower == following
    return verb.lemma in lx.SUPPORT_LEMMAS and passive(tokens, verb, sentence)


#: Words of the time of a moving between the passive and the time it moves to: "on Monday", "at the
#: last minute".
MOVING_TIME_WORDS = 4


def _moving_passive(
    tokens: Sequence[Token], sentence: Sentence, verb: Mention, timed_move: bool = False
) -> bool:
    """Whether a passive moves its subject to the time after it: "was postponed until May"; with
    `timed_move`, past a time of the moving too ("was postponed on Monday until May")."""
    if verb.lemma not in lx.MOVING_LEMMAS:
        return False
    reach = min(sentence.stop, verb.index + 2 + (MOVING_TIME_WORDS if timed_move else 0))
    link = next((i for i in range(verb.index + 1, reach) if tokens[i].lower in lx.MOVED_TO_LINKS), None)
    return (
        link is not None
        and (link == verb.index + 1 or tokens[verb.index + 1].lower in lx.MOVING_TIME_PREPOSITIONS)
        and all(tokens[i].is_word for i in range(verb.index + 1, link))
        and passive(tokens, verb, sentence)
    )


def moved_subject(
    tokens: Sequence[Token], sentence: Sentence, mention: Mention, at: dict[int, Mention]
) -> bool:
    """Whether an event noun is the subject of a passive that moves it: "The vote was postponed until
    May" (the time is the vote's, as in "postponed the vote until May")."""
    position = mention.index + 1
    while position < sentence.stop and (
        tokens[position].lower in _BE_FORMS or _adverb(tokens[position].lower)
    ):
        position += 1
    verb = at.get(position)
    return (
        verb is not None
        and position > mention.index + 1
        and _moving_passive(tokens, sentence, verb, timed_move=True)
        and _subject_noun(tokens, sentence, verb, at) is mention
    )


def _subject_noun(
    tokens: Sequence[Token], sentence: Sentence, verb: Mention, at: dict[int, Mention]
) -> Mention | None:
    """The event noun right before a verb group, or before the relative pronoun that opens it: "the
    quake occurred", "an explosion that took place", "the vote was not held"."""
    position = verb.index - 1
    while position >= sentence.first and (
        tokens[position].lower in lx.AUXILIARIES or _adverb(tokens[position].lower)
    ):
        position -= 1
    if position >= sentence.first and tokens[position].lower in _RELATIVE_PRONOUNS:
        position -= 1
        if position >= sentence.first and tokens[position].text == ",":
            position -= 1  # "the closing, which is expected in December"
    elif position > sentence.first and tokens[position].text == ",":
        # "A second walkout, lasting 48 hours, is planned for 8 December", "The vote, delayed twice, is
        # set for May": a participle clause between commas describes the subject noun before it
        opening = _participle_aside_opening(tokens, sentence, position)
        if opening is not None:
            position = opening - 1
    noun = at.get(position)
    if noun is None or noun.finite or (noun.verbal and verb_form(noun.token.lower) != Form.GERUND):
        return None
    return noun  # an event noun, or a gerund that heads the subject: "the closing, which is expected"


#: Longest participle clause between commas after a subject noun, in tokens (", lasting 48 hours,").
PARTICIPLE_ASIDE_REACH = 6


def _participle_aside_opening(tokens: Sequence[Token], sentence: Sentence, closing: int) -> int | None:
    """The comma opening a participle clause that the comma at `closing` closes, if one does."""
    position = closing - 1
    stop = max(sentence.first, closing - PARTICIPLE_ASIDE_REACH - 1)
    while position > stop:
        token = tokens[position]
        if token.text == ",":
            if position + 1 < closing and verb_form(tokens[position + 1].lower) in _PARTICIPLES:
                return position
            return None
        if token.text in _HARD_BREAKS:
            return None
        position -= 1
    return None


def _object_noun(
    tokens: Sequence[Token], sentence: Sentence, head: int, at: dict[int, Mention]
) -> Mention | None:
    """The event noun heading the object of the verb or preposition at token `head`: "held talks",
    "issued Thursday's ruling", "gave a long speech", "for completion"."""
    position = head + 1
    while position < sentence.stop and position - head <= NOUN_PHRASE_REACH:
        mention = at.get(position)
        if mention is not None:
            if mention.verbal and not _gerund_in_object(tokens, head, mention):
                return None
            following = at.get(position + 1)
            if following is not None and (not following.verbal or _gerund_in_object(tokens, head, following)):
                position += 1  # "held peace talks": the last noun heads the phrase
                continue
            return mention
        if (
            not _noun_phrase_filler(tokens[position])
            and not tokens[position].text[0].isdigit()
            and not _quantity(tokens, position, sentence.stop)
            and not _per_cent(tokens, position, sentence.stop)
        ):
            return None
        position += 1
    return None


def _per_cent(tokens: Sequence[Token], position: int, stop: int) -> bool:
    """Whether the word at `position` is the "per" of a number's "per cent", which premodifies the noun
    after it like the number ("rejected a 2 per cent offer")."""
    return (
        tokens[position].lower in lx.PERCENT_LEADS
        and position > 0
        and tokens[position - 1].text[0].isdigit()
        and position + 1 < stop
        and tokens[position + 1].lower in lx.PERCENT_UNITS
    )


def _gerund_in_object(tokens: Sequence[Token], head: int, mention: Mention) -> bool:
    """Whether an "-ing" word heads the noun phrase a determiner opens after the verb at `head`:
    "issued a severe warning", "held a press briefing" (a noun there, whatever its premodifiers)."""
    return (
        not mention.finite
        and mention.index > head + 1
        and tokens[head + 1].lower in lx.DETERMINERS
        and verb_form(mention.token.lower) == Form.GERUND
    )


def _quantity(tokens: Sequence[Token], position: int, stop: int) -> bool:
    """Whether the word at `position` opens a number: "more than 3,000", "about 40"."""
    while position < stop and tokens[position].lower in lx.QUANTITY_WORDS:
        position += 1
    return position < stop and tokens[position].text[0].isdigit()


def _moved_to(tokens: Sequence[Token], item: Placed) -> bool:
    """Whether a time is the one an event is moved to: "until May", "to 9 June"."""
    return item.first > 0 and tokens[item.first - 1].lower in lx.MOVED_TO_LINKS


def _support_partners(
    tokens: Sequence[Token],
    sentence: Sentence,
    governor: Mention,
    at: dict[int, Mention],
    mentions: Sequence[Mention],
    item: Placed | None = None,
) -> list[Mention]:
    """The support verb and the event noun that name one happening, whichever the date governs:
    "held talks on Monday", "issued Thursday's ruling", "the explosion took place on Friday", "the
    ceremony was held on Sunday"."""
    if governor.verbal:
        if governor.lemma in lx.EXPECTATION_LEMMAS and passive(tokens, governor, sentence):
            # "the closing, which is expected in December", "scheduled for completion by Dec. 10"
            after = governor.index + 1
            noun = _subject_noun(tokens, sentence, governor, at)
            if after < sentence.stop and tokens[after].lower == "for":
                noun = _object_noun(tokens, sentence, after, at) or noun
        elif _occurring(tokens, governor, sentence) or _moving_passive(
            tokens, sentence, governor, timed_move=item is not None and _moved_to(tokens, item)
        ):
            noun = _subject_noun(tokens, sentence, governor, at)
        elif governor.lemma in lx.SUPPORT_LEMMAS | lx.ASPECTUAL_LEMMAS:
            # "completed the purchase yesterday": a phase verb and the event it is a phase of
            noun = _object_noun(tokens, sentence, governor.index, at)
        else:
            noun = None
        return [noun] if noun is not None else []
    partners: list[Mention] = []
    for verb in mentions:
        if not verb.verbal:
            continue
        if verb.index < governor.index:
            if (
                verb.lemma in lx.SUPPORT_LEMMAS | lx.ASPECTUAL_LEMMAS
                and not _occurring(tokens, verb, sentence)
                and _object_noun(tokens, sentence, verb.index, at) is governor
            ):
                partners.append(verb)
        elif (
            verb.index == governor.index + 1
            and verb.lemma in lx.SUPPORT_LEMMAS | lx.EXPECTATION_LEMMAS
            and verb_form(verb.token.lower) in _PAST_FORMS
        ):
            partners.append(verb)  # "a ceremony held in the city", "a summit set for April"
        elif _occurring(tokens, verb, sentence) and _subject_noun(tokens, sentence, verb, at) is governor:
            partners.append(verb)
    return partners


#: Prepositions that put an event noun around the time of the verb they attach to: "killed in a
#: bombing", "joined the alliance at a ceremony", "fled during the fighting".
_ADJUNCT_PREPOSITIONS = frozenset({"at", "in", "during", "amid", "amidst"})
#: Prepositions of a sentence-initial phrase that names the occasion of the main clause.
_OCCASION_PREPOSITIONS = frozenset({"at", "in", "during", "amid"})
#: Words between such a preposition and its event noun: "in a pre-dawn raid", "at last year's summit".
_NOUN_PHRASE_FILLERS = frozenset(
    {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "'s"}
)
#: How far (in tokens) a governor reaches for the predicates that share its date.
ADJUNCT_REACH = 8
RELATIVE_REACH = 12
#: Longest aside between an expression and the "when" clause that happens at its time ("in 1913, at
#: the age of eleven, when ...").
WHEN_ASIDE_REACH = 7
#: Longest participle clause opening a sentence, in tokens ("Retaliating 13 days after the bombings,").
OPENING_CLAUSE_REACH = 20
#: Longest subject between a subordinator and its verb, in tokens ("as the two guards stood").
SUBJECT_REACH = 4
#: Longest noun phrase between a preposition and its head noun, in tokens ("at last year's summit").
NOUN_PHRASE_REACH = 5
#: Longest phrase between a preposition and the occasion noun heading it ("in New York Stock Exchange
#: composite trading").
OCCASION_PHRASE_REACH = 7
#: How far back from a dated occasion's preposition its verb may stand: the verb's object and one
#: prepositional phrase ("rejected a plan for a road bridge to the mainland in Thursday's referendum").
OCCASION_VERB_REACH = 10


def _premodifier_word(token: Token) -> bool:
    """A word that can stand between a premodifying expression and the noun it modifies: adjectives,
    nouns and names ("deadly", "U.S.", "Embassy"), numbers ("$5", "300")."""
    if token.text[0].isdigit():
        return True
    return token.is_word and token.lower not in lx.FUNCTION_WORDS and token.lower not in lx.AUXILIARIES


def _noun_phrase_filler(token: Token) -> bool:
    return token.lower in _NOUN_PHRASE_FILLERS or (
        token.is_word and token.lower not in lx.FUNCTION_WORDS and token.lower not in lx.AUXILIARIES
    )


def _adjunct_events(
    tokens: Sequence[Token], sentence: Sentence, governor: Mention, mentions: Sequence[Mention]
) -> list[Mention]:
    """Events whose time is the governor's by the syntax around it.

    - a verb and the occasion of its "at/in/during" phrase: "were killed in a bombing", "decided at
      the summit" (whichever the date governs, the other happened then too);
    - a participle clause after a comma: "headed to the border Tuesday, seeking talks";
    - the main clause of a sentence that opens with the occasion: "In heavy trading Friday, shares fell";
    - what a dated occasion did: "the 1998 bombings killed 200 people";
    - the predicate of a relative clause on a dated occasion: "the 1996 bombing that killed two".
    """
    shared: list[Mention] = []
    by_index = {m.index: m for m in mentions}
    if governor.verbal:
        # the first event noun after an adjunct preposition, before any other predicate
        position = governor.index + 1
        limit = min(sentence.stop, governor.index + 1 + ADJUNCT_REACH)
        while position < limit:
            token = tokens[position]
            other = by_index.get(position)
            if (other is not None and other.verbal) or _clause_break(token):
                break
            if token.lower in _ADJUNCT_PREPOSITIONS:
                noun = _noun_after(tokens, position, sentence, by_index)
                if noun is not None:
                    shared.append(noun)
                break
            position += 1
        # ", seeking talks": a participle clause right after the governor's clause
        for mention in mentions:
            if mention.index <= governor.index or not mention.verbal:
                continue
            opener = mention.index - 1
            while opener > governor.index and _adverb(tokens[opener].lower):
                opener -= 1  # ", formally ending the war"
            if (
                not mention.finite
                and mention.token.lower.endswith("ing")
                and tokens[opener].text == ","
                and not any(
                    (m.verbal and m.finite) for m in mentions if governor.index < m.index < mention.index
                )
                and not any(_clause_break(t) for t in tokens[governor.index + 1 : mention.index])
            ):
                shared.append(mention)
            if mention.index - governor.index > 2 * ADJUNCT_REACH:
                break
    if (
        not (governor.verbal and governor.finite)
        and tokens[sentence.first].lower in _OCCASION_PREPOSITIONS
        and governor.index > sentence.first
    ):
        # "In heavy trading Friday, shares closed lower", "At a briefing on Monday, the minister
        # announced": the main clause happens within the occasion its opening phrase names
        comma = next(
            (
                i
                for i in range(governor.index + 1, sentence.stop)
                if tokens[i].text in _HARD_BREAKS or tokens[i].text == ","
            ),
            None,
        )
        if comma is not None and tokens[comma].text == ",":
            main = next((m for m in mentions if m.index > comma and m.verbal and m.finite), None)
            if main is not None and not any(
                t.text == "," or _clause_break(t) for t in tokens[comma + 1 : main.index]
            ):
                shared.append(main)
    if governor.verbal and governor.finite:
        # "sniper shootings that injured two doctors in November": the occasion whose relative
        # clause the dated predicate heads happened then
        position = governor.index - 1
        while position > sentence.first and (
            tokens[position].lower in lx.AUXILIARIES or _adverb(tokens[position].lower)
        ):
            position -= 1
        if tokens[position].lower in _RELATIVE_PRONOUNS and position - 1 in by_index:
            noun = by_index[position - 1]
            if not noun.verbal and _occasion(noun.token.lower):
                shared.append(noun)
    if (
        governor.verbal
        and verb_form(governor.token.lower) == Form.PAST_OR_PARTICIPLE
        and governor.index - 1 in by_index
        and not by_index[governor.index - 1].verbal
        and _occasion(by_index[governor.index - 1].token.lower)
    ):
        # "a long verbal attack read on television Thursday": the occasion a participle describes
        shared.append(by_index[governor.index - 1])
    occasion = _occasion(governor.token.lower) and not governor.finite
    if occasion:
        # "decided at last year's summit", "closed at $23 in composite trading yesterday": the verb
        # whose adjunct the dated occasion is
        position = governor.index - 1
        while position >= sentence.first and governor.index - position <= OCCASION_PHRASE_REACH:
            token = tokens[position]
            if token.lower in _ADJUNCT_PREPOSITIONS:
                verb = next(
                    (
                        m
                        for m in reversed(mentions)
                        if m.verbal and m.index < position and position - m.index <= OCCASION_VERB_REACH
                    ),
                    None,
                )
                if (
                    verb is not None
                    # "charged in the 1995 shooting": the case is about the occasion, not held at it
                    and verb.lemma not in lx.CASE_LEMMAS
                    and not any(_clause_break(t) or t.text == "," for t in tokens[verb.index + 1 : position])
                    and not any(m.verbal for m in mentions if verb.index < m.index < position)
                ):
                    shared.append(verb)
                break
            if not _noun_phrase_filler(token) and not token.text[0].isdigit():
                break
            position -= 1
    if not governor.verbal:
        # "the 1998 bombings killed 200 people": what the dated occasion did, it did then
        following = by_index.get(governor.index + 1)
        if (
            _occasion(governor.token.lower)
            and following is not None
            and following.verbal
            and following.finite
            and verb_form(following.token.lower) in _PAST_FORMS
        ):
            shared.append(following)
        # "the 1996 bombing that killed two": the relative clause's predicate
        position = governor.index + 1
        limit = min(sentence.stop, governor.index + 1 + RELATIVE_REACH)
        while position < limit:
            token = tokens[position]
            if token.text in _HARD_BREAKS or (position in by_index and by_index[position].verbal):
                break
            if token.lower in ("that", "which"):
                verb = next((m for m in mentions if m.index > position and m.verbal), None)
                if verb is not None and verb.finite and verb.index - position <= 3:
                    shared.append(verb)
                    # "the 1998 bombing that killed a guard and maimed a nurse"
                    shared.extend(_joined_predicates(tokens, sentence, verb, mentions))
                break
            position += 1
    return shared


def _joined_predicates(
    tokens: Sequence[Token], sentence: Sentence, verb: Mention, mentions: Sequence[Mention]
) -> list[Mention]:
    """The predicates that "and" joins to a finite verb in the same past tense, before any
    subordinate clause: "killed a guard and maimed a nurse"."""
    form = verb_form(verb.token.lower)
    if form not in _PAST_FORMS:
        return []
    joined: list[Mention] = []
    for mention in mentions:
        if mention.index <= verb.index or not mention.verbal:
            continue
        between = tokens[verb.index + 1 : mention.index]
        if any(_clause_break(t) for t in between):
            break
        if (
            between
            and between[-1].text == ","
            and mention.finite
            and _in_series(tokens, verb, mention, mentions)
        ):
            joined.append(mention)  # "where he trained, married and opened a shop"
            continue
        lead = [t.lower for t in between[-3:]]
        if not (
            mention.finite
            and "and" in lead
            and not _tense_changes(tokens, verb, lead[len(lead) - lead[::-1].index("and") :])
            and verb_form(mention.token.lower) in _PAST_FORMS
            and all(
                w in lx.AUXILIARIES or w in _COORDINATION_FILLERS or _adverb(w)
                for w in lead[len(lead) - lead[::-1].index("and") :]
            )
        ):
            break
        joined.append(mention)
    return joined


def _noun_after(
    tokens: Sequence[Token], preposition: int, sentence: Sentence, by_index: dict[int, Mention]
) -> Mention | None:
    """The occasion noun heading the phrase after a preposition ("in a pre-dawn raid"), if it is one."""
    noun = _object_noun(tokens, sentence, preposition, by_index)
    return noun if noun is not None and _occasion(noun.token.lower) else None


def _better(item: Placed, cost: float, other: Placed, other_cost: float) -> bool:
    """Two expressions for one event: the closer one, then the finer one ("Thursday, February 3")."""
    from chronology.model.expression import GRANULARITY_ORDER

    def fineness(p: Placed) -> int:
        granularity = p.expression.granularity
        return GRANULARITY_ORDER.index(granularity) if granularity is not None else -1

    if item.expression.interval is not None and other.expression.interval is None:
        return True
    if item.expression.interval is None and other.expression.interval is not None:
        return False
    inner, outer = item.expression.interval, other.expression.interval
    near = 0 <= item.first - other.stop <= NESTED_TIME_GAP or 0 <= other.first - item.stop <= NESTED_TIME_GAP
    if near and inner is not None and outer is not None and inner != outer:
        # "set for the last time that year on 23 October": a time inside the other right next to it
        # is the same time told more closely, whichever is nearer the verb
        if outer.start <= inner.start and inner.end <= outer.end:
            return True
        if inner.start <= outer.start and outer.end <= inner.end:
            return False
    if abs(cost - other_cost) > 2:
        return cost < other_cost
    return fineness(item) > fineness(other)


def _occasion(word: str) -> bool:
    """Whether a noun names an occasion, in the singular or the plural ("blast", "blasts", "clashes")."""
    return (
        word in lx.OCCASION_NOUNS
        or (word.endswith("s") and word[:-1] in lx.OCCASION_NOUNS)
        or (word.endswith("es") and word[:-2] in lx.OCCASION_NOUNS)
    )
