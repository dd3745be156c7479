"""Anchoring rules of English syntax, one table per rule: a sentence of our own, its time
expressions with their values, the triggers the expressions must date (with the value each gets)
and triggers that must stay without a date of their own."""

from __future__ import annotations

import pytest

from chronology.events import extract_events
from tests.events.test_events_extract import analyzed, dated

Case = tuple[str, dict[str, str], dict[str, str], set[str]]

#: A comma inside a relative clause that continues a series ("as treasurer, secretary and
#: trustee") does not close the clause: the date at its end is the relative clause's.
SERIES_INSIDE_ASIDES: list[Case] = [
    (
        "She replaces Tom Hale, who left the board as treasurer, club secretary and trustee in March.",
        {"March": "2021-03"},
        {"left": "2021-03"},
        {"replaces"},
    ),
    (
        "He succeeds Ann Roe, who retired as editor, publisher or owner of the paper in 2019.",
        {"2019": "2019"},
        {"retired": "2019"},
        {"succeeds"},
    ),
    (
        # a relative clause that does close with its comma is still an aside the date reaches past
        "Earlier this month, the bank, which is among the largest, completed the sale.",
        {"Earlier this month": "2022-02"},
        {"completed": "2022-02"},
        {"is"},
    ),
]

#: The commas of a series of names separate no clauses; a participle clause after the date's comma,
#: past an adverb, goes on then too.
SERIES_OF_NAMES: list[Case] = [
    (
        "The league welcomed three new members, the Lions, Bears and Eagles on Friday, formally ending "
        "a long wait.",
        {"Friday": "2022-01-28"},
        {"welcomed": "2022-01-28", "ending": "2022-01-28"},
        set(),
    ),
    (
        # a comma before a clause of its own still separates: the date is the reported clause's
        "The coach resigned, Smith said, and left the club on Monday.",
        {"Monday": "2022-01-31"},
        {"left": "2022-01-31"},
        {"said"},
    ),
]

#: The relative clause on a dated occasion happened then, also past an "of" phrase with a place
#: name, and so did the predicates "and" joins to it in the same past tense.
RELATIVE_CLAUSES_ON_OCCASIONS: list[Case] = [
    (
        "He is wanted for the March 2008 bombing of a Leeds, Yorks., bus depot that killed a guard and "
        "maimed a driver.",
        {"March 2008": "2008-03"},
        {"bombing": "2008-03", "killed": "2008-03", "maimed": "2008-03"},
        {"wanted"},
    ),
    (
        "She recalled the 2015 flood that wrecked the mill and drowned two sheep.",
        {"2015": "2015"},
        {"flood": "2015", "wrecked": "2015", "drowned": "2015"},
        {"recalled"},
    ),
    (
        # a predicate joined in another tense is no part of the dated clause
        "She recalled the 2015 flood that wrecked the mill and says it still hurts.",
        {"2015": "2015"},
        {"wrecked": "2015"},
        {"says", "hurts"},
    ),
]

#: A participle clause with no subject after "while"/"when" right after the date goes on then.
SIMULTANEOUS_PARTICIPLES: list[Case] = [
    (
        "The girl was rescued Nov. 25 while clinging to a raft.",
        {"Nov. 25": "2021-11-25"},
        {"rescued": "2021-11-25", "clinging": "2021-11-25"},
        set(),
    ),
    (
        "The climber fell on Sunday when crossing the ridge.",
        {"Sunday": "2022-01-30"},
        {"fell": "2022-01-30", "crossing": "2022-01-30"},
        set(),
    ),
    (
        # "after" orders the two events, it does not make them simultaneous
        "The climber fell on Sunday after crossing the ridge.",
        {"Sunday": "2022-01-30"},
        {"fell": "2022-01-30"},
        {"crossing"},
    ),
]

#: An event noun followed by an "of" phrase and a preposition before the date is dated by it,
#: rather than a verb farther away; a close object of a verb still leaves the date to the verb.
OF_PHRASES: list[Case] = [
    (
        "The aide had been talking about the planned visit of Trade Minister Paul Hart in September.",
        {"September": "2022-09"},
        {"visit": "2022-09"},
        {"talking"},
    ),
    (
        "The report blamed the builders for the collapse of the old river bridge in 1998.",
        {"1998": "1998"},
        {"collapse": "1998"},
        {"blamed"},
    ),
    (
        "Police ordered the evacuation of the old town on Monday.",
        {"Monday": "2022-01-31"},
        {"ordered": "2022-01-31"},
        {"evacuation"},
    ),
]

#: A search is an occasion: the verb whose "during/at/in" phrase names one
#: happened during it.
OCCASIONS: list[Case] = [
    (
        "The weapon was unearthed during a search of a wooded area Thursday.",
        {"Thursday": "2022-02-03"},
        {"unearthed": "2022-02-03", "search": "2022-02-03"},
        set(),
    ),
    (
        "Rescuers found the boy during a search of the flooded farm on Friday.",
        {"Friday": "2022-01-28"},
        {"found": "2022-01-28", "search": "2022-01-28"},
        set(),
    ),
]

#: An occasion with a bare date right after it is dated by it ("in a televised address Friday"),
#: and shares it with the clause it is the adjunct of; a noun that is no occasion leaves a bare date
#: to the verb ("charged with murder Thursday").
OCCASIONS_WITH_BARE_DATES: list[Case] = [
    (
        "In a televised address Friday, the president described the vote as historic.",
        {"Friday": "2022-01-28"},
        {"address": "2022-01-28", "described": "2022-01-28"},
        set(),
    ),
    (
        "Two guards were hurt in the raid Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"raid": "2022-02-01", "hurt": "2022-02-01"},
        set(),
    ),
    (
        "The driver was charged with murder Thursday.",
        {"Thursday": "2022-02-03"},
        {"charged": "2022-02-03"},
        {"murder"},
    ),
]

#: A legal case's "in" phrase names what the case is about: the verb does not take the occasion's
#: date, while other verbs happen at the occasion they are in.
CASES_ABOUT_OCCASIONS: list[Case] = [
    (
        "Police charged the man in the 2019 shooting of a guard.",
        {"2019": "2019"},
        {"shooting": "2019"},
        {"charged"},
    ),
    (
        "Two guards died in the 2019 shooting at the depot.",
        {"2019": "2019"},
        {"shooting": "2019", "died": "2019"},
        set(),
    ),
]

#: An expression whose nearest predicate keeps a closer date dates the next one it can reach; two
#: expressions side by side are one time told in parts and date one predicate.
SECOND_DATES: list[Case] = [
    (
        "The government strongly condemned Saturday two bomb attacks in the north Friday.",
        {"Saturday": "2022-01-29", "Friday": "2022-01-28"},
        {"condemned": "2022-01-29", "attacks": "2022-01-28"},
        set(),
    ),
    (
        "Then came another sister, Rosa, in 1983, followed by two brothers in 1984.",
        {"1983": "1983", "1984": "1984"},
        {"came": "1983", "followed": "1984"},
        set(),
    ),
    (
        "The guard was shot at 10 p.m. on Wednesday near the gate.",
        {"10 p.m.": "2022-02-02T22:00", "Wednesday": "2022-02-02"},
        {"shot": "2022-02-02T22:00"},
        set(),
    ),
]

#: A verb's "to" complement past the date shares it ("agreed in April to hand them over"); the
#: event noun of a support verb that shares a date shares it too ("plans to hold a news conference").
CHAINS: list[Case] = [
    (
        "The colonel agreed in April to hand the prisoners over.",
        {"April": "2021-04"},
        {"agreed": "2021-04", "hand": "2021-04"},
        set(),
    ),
    (
        "The mayor decided Monday to resign.",
        {"Monday": "2022-01-31"},
        {"decided": "2022-01-31", "resign": "2022-01-31"},
        set(),
    ),
    (
        # an object between the verb and "to" keeps the complement apart
        "The judge ordered the men Monday to pay the fine.",
        {"Monday": "2022-01-31"},
        {"ordered": "2022-01-31"},
        {"pay"},
    ),
    (
        "On Tuesday, the league plans to hold a news conference.",
        {"Tuesday": "2022-02-08"},
        {"plans": "2022-02-08", "hold": "2022-02-08", "conference": "2022-02-08"},
        set(),
    ),
]

#: A "to" clause right after the date is the purpose of the dated predicate or occasion: it is
#: dated with it.
PURPOSES: list[Case] = [
    (
        "The minister will travel to the capital on March 12 to sign the treaty.",
        {"March 12": "2022-03-12"},
        {"travel": "2022-03-12", "sign": "2022-03-12"},
        set(),
    ),
    (
        "The league has scheduled a news conference Thursday to announce the new coach.",
        {"Thursday": "2022-02-03"},
        {"conference": "2022-02-03", "announce": "2022-02-03"},
        set(),
    ),
    (
        # the "to" clause of an order is what is ordered, not done then
        "The judge ordered the men on Monday to pay the fine.",
        {"Monday": "2022-01-31"},
        {"ordered": "2022-01-31"},
        {"pay"},
    ),
]

#: A dated predicate of a relative clause on an occasion dates the occasion ("shootings that
#: injured two doctors in November"); a noun that names no occasion is not dated by it.
OCCASIONS_OF_RELATIVE_CLAUSES: list[Case] = [
    (
        "He is a suspect in sniper shootings that injured two doctors in November.",
        {"November": "2021-11"},
        {"injured": "2021-11", "shootings": "2021-11"},
        set(),
    ),
    (
        "They fought in the revolution that brought the colonels to power in 1967.",
        {"1967": "1967"},
        {"brought": "1967", "revolution": "1967"},
        set(),
    ),
    (
        "It is a plan that was approved in March.",
        {"March": "2021-03"},
        {"approved": "2021-03"},
        {"plan"},
    ),
]

#: A gerund after a determiner, or a determiner and an adjective, is a noun: it is no verb between
#: a predicate and its date ("rallied outside the old county building on Friday night").
NOMINAL_GERUNDS: list[Case] = [
    (
        "Some 60 nurses rallied outside the old county building in Dover on Friday night.",
        {"Friday night": "2022-01-28TNI"},
        {"rallied": "2022-01-28TNI"},
        {"building"},
    ),
    (
        # a participle after a noun is still a verb: the car was crossing then
        "Cameras filmed his car crossing the border in 1994.",
        {"1994": "1994"},
        {"crossing": "1994"},
        set(),
    ),
]

#: A phase verb and the event noun it is a phase of share a date ("completed the purchase
#: yesterday", "began negotiations late last week").
PHASES: list[Case] = [
    (
        "The brewer completed the purchase yesterday.",
        {"yesterday": "2022-02-02"},
        {"completed": "2022-02-02", "purchase": "2022-02-02"},
        set(),
    ),
    (
        "Late last week, the two unions began negotiations with the board.",
        {"Late last week": "2022-W04"},
        {"began": "2022-W04", "negotiations": "2022-W04"},
        set(),
    ),
    (
        # leading an occasion is carrying it out
        "Many of the pastors who led the 1992 protests have moved away.",
        {"1992": "1992"},
        {"protests": "1992", "led": "1992"},
        set(),
    ),
    (
        # a verb that is neither a phase nor a support verb leaves its object undated
        "The council criticized the purchase yesterday.",
        {"yesterday": "2022-02-02"},
        {"criticized": "2022-02-02"},
        {"purchase"},
    ),
]

#: An occasion described by a dated participle happened then ("a long attack read on television
#: Thursday", "a summit set for April"); a noun that is no occasion is not dated by it.
DESCRIBED_OCCASIONS: list[Case] = [
    (
        "In a long verbal attack read on state television Thursday, the general called the envoy a liar.",
        {"Thursday": "2022-02-03"},
        {"read": "2022-02-03", "attack": "2022-02-03"},
        set(),
    ),
    (
        "The council weighed a plan approved by the mayor on Monday.",
        {"Monday": "2022-01-31"},
        {"approved": "2022-01-31"},
        {"plan"},
    ),
]

#: Predicates joined by "and" share a date only in one tense: a past predicate's date is not one
#: in the present or future.
TENSE_OF_CONJUNCTS: list[Case] = [
    (
        "The brewer sold 41% of all beer last year and is expected to sell more.",
        {"last year": "2021"},
        {"sold": "2021"},
        {"expected"},
    ),
    (
        "The brewer sold 41% of all beer last year and was praised for it.",
        {"last year": "2021"},
        {"sold": "2021", "praised": "2021"},
        set(),
    ),
    (
        "She recalled the 2015 flood that wrecked the mill and has haunted the town.",
        {"2015": "2015"},
        {"wrecked": "2015"},
        {"haunted"},
    ),
]

#: A scheduling verb's object takes the date after it when it is the scheduled happening ("called a
#: strike for Monday"), but a plan or offer it makes known is made known then ("announced the plan
#: Aug. 21").
SCHEDULED_OR_ANNOUNCED: list[Case] = [
    (
        "The thrift announced the plan Aug. 21.",
        {"Aug. 21": "2021-08-21"},
        {"announced": "2021-08-21"},
        {"plan"},
    ),
    (
        "The union announced its offer on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"announced": "2022-02-01"},
        {"offer"},
    ),
    (
        # past "for": the scheduled happening is the noun's
        "The club is calling for the election on Dec. 7 of a whole new board.",
        {"Dec. 7": "2021-12-07"},
        {"election": "2021-12-07"},
        {"calling"},
    ),
    (
        "The board will prepare for a turnaround next year.",
        {"next year": "2023"},
        {"turnaround": "2023"},
        {"prepare"},
    ),
    (
        # a verb that schedules nothing leaves a bare date to itself
        "The board voted for a merger on Monday.",
        {"Monday": "2022-01-31"},
        {"voted": "2022-01-31"},
        {"merger"},
    ),
    (
        "The union called a strike for Monday.",
        {"Monday": "2022-02-07"},
        {"strike": "2022-02-07"},
        {"called"},
    ),
]

#: A predicate that shares a date passes it to the verb it takes, as the governor does.
COMPLEMENTS_OF_SHARING_VERBS: list[Case] = [
    (
        "The shop told customers Monday about the faults and quietly stopped shipping the kettle.",
        {"Monday": "2022-01-31"},
        {"told": "2022-01-31", "stopped": "2022-01-31", "shipping": "2022-01-31"},
        set(),
    ),
    (
        "The council met on Friday and agreed to close the pool.",
        {"Friday": "2022-01-28"},
        {"met": "2022-01-28", "agreed": "2022-01-28", "close": "2022-01-28"},
        set(),
    ),
]

#: In news, a simple present verb is not dated by a day wholly before the publication date, nor a
#: simple past verb by one wholly after it: the date goes to a predicate or event noun it can date.
TENSE_AGAINST_DATES: list[Case] = [
    (
        "Police believe the gang was behind two robberies in Leeds last month.",
        {"last month": "2022-01"},
        {"robberies": "2022-01"},
        {"believe"},
    ),
    (
        "The union chose a strike next month.",
        {"next month": "2022-03"},
        {"strike": "2022-03"},
        {"chose"},
    ),
    (
        # a present verb takes a future date ("reopens next month"), a past one a past date
        "The pool reopens next month.",
        {"next month": "2022-03"},
        {"reopens": "2022-03"},
        set(),
    ),
    (
        # a title line tells past news in the present
        "Rebels seize river town Tuesday\n\nThe town fell after a week of fighting.",
        {"Tuesday": "2022-02-01"},
        {"seize": "2022-02-01"},
        set(),
    ),
    (
        "Rescuers found the hikers in a cave last night.",
        {"last night": "2022-02-02TNI"},
        {"found": "2022-02-02TNI"},
        set(),
    ),
]

#: A participle clause right after the date of a predicate goes on at that predicate's time.
PARTICIPLES_AFTER_DATES: list[Case] = [
    (
        "The two clubs issued a joint statement Friday saying the merger was off.",
        {"Friday": "2022-01-28"},
        {"issued": "2022-01-28", "saying": "2022-01-28"},
        set(),
    ),
    (
        # a participle that modifies a noun before the date is no clause after it
        "Crews found the missing boat Friday and towed it home.",
        {"Friday": "2022-01-28"},
        {"found": "2022-01-28"},
        set(),
    ),
]

#: "due" and "payable" before a date name a state of owing that the date places.
DATED_STATES: list[Case] = [
    (
        "The town sold $5 million of bonds due March 1, 2031.",
        {"March 1, 2031": "2031-03-01"},
        {"due": "2031-03-01"},
        {"sold"},
    ),
    (
        "The dividend is payable Feb. 20 to holders of record.",
        {"Feb. 20": "2022-02-20"},
        {"payable": "2022-02-20"},
        set(),
    ),
    (
        "Notes due on May 1 were repaid early.",
        {"May 1": "2022-05-01"},
        {"due": "2022-05-01"},
        {"repaid"},
    ),
]

#: Possessive "have" with a bare noun phrase of results is dated by the period the results are for.
RESULTS_OF_PERIODS: list[Case] = [
    (
        "A year ago, the bakery had net income of $2 million.",
        {"A year ago": "2021"},
        {"had": "2021"},
        set(),
    ),
]
#: The finite verb whose bare participle complement took an adjunct date happened then too; an event
#: noun, a gerund, an infinitive or a participle with a subject of its own keeps the date to itself.
VERBS_OF_DATED_OBJECTS: list[Case] = [
    (
        "The clinic postponed 40 planned operations on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"postponed": "2022-02-01"},
        set(),
    ),
    (
        "The stolen van was found abandoned on a farm track on Monday morning.",
        {"Monday morning": "2022-01-31TMO"},
        {"found": "2022-01-31TMO"},
        set(),
    ),
    (
        "The woman appeared in court on Tuesday charged with fraud.",
        {"Tuesday": "2022-02-01"},
        {"appeared": "2022-02-01"},
        set(),
    ),
    (
        "Police arrested a man over the 2019 attack.",
        {"2019": "2019"},
        {"attack": "2019"},
        {"arrested"},
    ),
    (
        "Officials said troops landed on Tuesday.",
        {"Tuesday": "2022-02-01"},
        {"landed": "2022-02-01"},
        {"said"},
    ),
    (
        "The council called a special meeting for Monday.",
        {"Monday": "2022-02-07"},
        {"meeting": "2022-02-07"},
        {"called"},
    ),
    (
        "The board approved the budget, and the strike ended on Monday.",
        {"Monday": "2022-01-31"},
        {"ended": "2022-01-31"},
        {"approved"},
    ),
]


CASES = (
    SERIES_INSIDE_ASIDES
    + SERIES_OF_NAMES
    + RELATIVE_CLAUSES_ON_OCCASIONS
    + SIMULTANEOUS_PARTICIPLES
    + OF_PHRASES
    + OCCASIONS
    + OCCASIONS_WITH_BARE_DATES
    + CASES_ABOUT_OCCASIONS
    + SECOND_DATES
    + CHAINS
    + PURPOSES
    + OCCASIONS_OF_RELATIVE_CLAUSES
    + NOMINAL_GERUNDS
    + PHASES
    + DESCRIBED_OCCASIONS
    + TENSE_OF_CONJUNCTS
    + SCHEDULED_OR_ANNOUNCED
    + COMPLEMENTS_OF_SHARING_VERBS
    + TENSE_AGAINST_DATES
    + PARTICIPLES_AFTER_DATES
    + DATED_STATES
    + RESULTS_OF_PERIODS
    + VERBS_OF_DATED_OBJECTS
)


@pytest.mark.parametrize(
    ("text", "expressions", "expected", "undated"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_anchoring_rule(
    text: str, expressions: dict[str, str], expected: dict[str, str], undated: set[str]
) -> None:
    found = dated(extract_events(analyzed(text, expressions)))
    for trigger, value in expected.items():
        assert found.get(trigger) == value, (trigger, found)
    assert not undated & found.keys(), found
