"""Anchor each candidate: turn its `Spec` into a TIMEX3 value with an explanation a person can check.

News anchors deictic expressions to the DCT and takes the direction of underspecified dates from
the tense of the clause; narratives anchor to the reference time the text has moved to (the last
date it gave). Without any anchor a value stays underspecified (XXXX-10-23) with a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import isleap, monthrange
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import chain, pairwise
from typing import Protocol

from chronology.labels_lexicon import MONTH_NAMES, WEEKDAY_NAMES
from chronology.model.document import DocumentKind
from chronology.model.expression import Anchor, AnchorKind, Granularity, TimeExpression, TimexType
from chronology.pattern_cache import compile_pattern
from chronology.timex import calendar as cal
from chronology.timex.construct import build
from chronology.timex.finder import Candidate
from chronology.timex.grammar import (
    CHAT_STAMP_NOTE,
    CLOCK_RANGE_CLOSE,
    ENTRY_STAMP_NOTE,
    EVENING_STARTS,
    REPORTED_TODAY_CLOSE,
    REPORTED_TODAY_REACH,
    RESTATED_IN_ZONE_NOTE,
    SMALL_HOURS_CUE,
    TELLING_THE_TIME_NOW,
    THE_NOUN_OF,
    TWENTY_FOUR_HOUR_REACH,
    TWENTY_FOUR_HOUR_READING,
    VEHICLE_DETAIL_AFTER,
    YEAR_DIGITS,
    day_meal_served_until,
    last_call_before,
    lower_same_length,
    words_regex,
)
from chronology.timex.lexicon import en as _LEX
from chronology.timex.spec import Spec
from chronology.timex.tense_bridge import ClauseTense, TenseOracle
from chronology.timex.values import granularity_and_interval, is_valid_timex3_value


def _anchor(kind: AnchorKind, value: str | None = None, expression: int | None = None) -> Anchor:
    """The `Anchor` of these fields, built without validation as the expressions are (see `build`).

    The resolver makes thousands, always from its own typed values; validating none of them spares
    `chronology tag` pydantic's building of a validator, and the plugin machinery the first one loads.
    """
    return build(Anchor, {"kind": kind, "value": value, "expression": expression})


class _Told(Protocol):
    """An expression told earlier in the text: its value and its place among the candidates."""

    @property
    def value(self) -> str: ...

    @property
    def index(self) -> int: ...


def _anchor_at(told: _Told) -> Anchor:
    """The anchor of a value counted from an expression told earlier: that expression's value and index."""
    return _anchor(kind=AnchorKind.EXPRESSION, value=told.value, expression=told.index)


#: The method that gives a value to each kind of spec (by name: one bound method made per expression).
_KIND_HANDLERS = {
    "fixed": "_fixed",
    "calendar": "_calendar",
    "weekday": "_weekday",
    "shift": "_shift",
    "holiday": "_holiday",
}
# a year written in figures ("May 1896"), as against a date counted from another
_WRITTEN_YEAR = compile_pattern(r"(?<![0-9])[0-9]{4}(?![0-9])")
#: "The anniversary of the bombing, on Oct. 6,", "marked the anniversary on 6 October": an anniversary told
#: before a day in its clause.
_ANNIVERSARY_BEFORE_IN_CLAUSE = compile_pattern(r"(?<![a-z])anniversar(?:y|ies)(?![a-z])[^.;!?\n]*$")
#: The members by value (the enum's own call is slow; it still reports a value that is none of them).
_TIMEX_TYPES = {member.value: member for member in TimexType}
#: The types a reference time can take (kept here: reading an enum member costs a lookup through its class).
_DATE_OR_TIME = (TimexType.DATE, TimexType.TIME)
# The members compared with for every expression, read once for the same reason.
_ABSOLUTE_ANCHOR = AnchorKind.ABSOLUTE
_DCT_ANCHOR = AnchorKind.DCT
_EXPRESSION_ANCHOR = AnchorKind.EXPRESSION
_MONTH = Granularity.MONTH
_QUARTER = Granularity.QUARTER
_HALF = Granularity.HALF
_DECADE = Granularity.DECADE
#: "today" earlier in a sentence, up to a feast named in it (the sentence's present clause decides); "now"
#: is also a story's own now in a historical present or in fiction told in the present ("It is winter now,
#: and the children wait for Christmas" in 1890).
_TODAY_BEFORE_IN_SENTENCE = compile_pattern(r"\b(?:today|nowadays)\b")
#: Periods counted from the writer's now that can open a sentence the text goes on from.
_WRITERS_NOW_OPENING = frozenset({Granularity.YEAR, Granularity.MONTH, Granularity.SEASON, Granularity.WEEK})
_GRANULARITY_UNIT = {
    Granularity.YEAR: "year",
    Granularity.HALF: "half",
    Granularity.QUARTER: "quarter",
    Granularity.SEASON: "season",
    Granularity.MONTH: "month",
    Granularity.WEEK: "week",
    Granularity.DAY: "day",
    Granularity.PART_OF_DAY: "day",
    Granularity.HOUR: "day",
    Granularity.MINUTE: "day",
    Granularity.SECOND: "day",
}
#: "the third quarter", "quarterly", "three months": a report by quarters; not a fraction ("another
#: quarter" of the seats, "a quarter of the population", "a quarter of a century") nor "headquarters".
_QUARTER_CONTEXT = compile_pattern(
    r"(?<![a-z])(?<!another )(?<!\ba )(?<!\bone )(?<!three )quarter(?!s?\s+of\s+an?\s)"
    # "an average of 276,000 a month over the past three months": a monthly report's look-back, no quarter
    r"|(?<!past )(?<!last )(?<!previous )(?<!for )(?<!over )(?<!in )(?<!within )(?<!after )(?<!during )three months"
    # "had not been paid for three months", "unpaid over three months": a length of time, not a quarter's
    # report ("in the three months to June" keeps its "the")
)
#: A sentence opened by a date after at most a preposition: "On 8 August 1963 ...", "In ...".
_OPENING_DATE_PREPOSITION = compile_pattern(r"\s*(?:(?:On|In|By|At)\s+)?")
#: Units of a reference time a story can glance back to before the day it has reached, naming no day.
_GLANCE_BACK_UNITS = frozenset({"month", "season"})
#: Reference units from finest to coarsest: a past-perfect time coarser than the story's looks back.
_UNIT_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5}
#: "By Sunday evening ... had": the deadline by which something had happened.
#: "(r. 1449-1457)", "(b. 1920": a reign or a life given in passing, in parentheses.
_PARENTHESISED_LIFE_OR_REIGN = compile_pattern(r"\((?:r|b|d|fl)\.\s*(?:\d{3,4}\s*[-\u2013]\s*)?$")
#: A span of years naming an event: "the Russo-Turkish War of 1787-1792", "the Bengal campaign of 1756-57".
_NAMED_SPAN_OF_YEARS = compile_pattern(
    r"\b(?:[A-Z][\w'\u2019-]*|war|campaign|rising|rebellion|revolt|revolution|siege|crisis)\s+of\s+"
    r"(\d{3,4})\s*[-\u2013]\s*(\d{2,4})(?![\d\u2013-])"
)
#: "the night of 24 to": a night written as the two days it joins.
_NIGHT_SPAN_BEFORE = compile_pattern(
    # "at the stroke of midnight on 14-15 August": the midnight between two days is the first one's end;
    # British writers also join the two days with a slash ("the night of 14/15 November")
    r"(?<![a-z])(?:nights?\s+of|midnight\s+on)\s+\d{1,2}\s*(?:to|-|\u2013|/|and)\s*$",
    re.IGNORECASE,
)
#: The start of a text or of a sentence, just before an expression that opens it.
_SENTENCE_OPENS_BEFORE = compile_pattern(r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n\s*)$")
#: "two years earlier", "a month before": a count back from the time the text is at.
_COUNTED_BACK = compile_pattern(r"\b(?:earlier|before)$", re.IGNORECASE)
#: "Christmas Eve", "New Year's Eve 1958", "Hogmanay": a feast's eve, the evening before it.
_EVE_NAMED = compile_pattern(r"\b(?:eve|" + "|".join(sorted(_LEX.EVES_NAMED_ALONE)) + r")\b")
#: An afternoon, an evening or a clock time from noon on ("2011-01-25TAF", "1991-08-19T19:30").
_LATER_PART_OF_DAY_VALUE = compile_pattern(r"T(?:AF|EV|1[2-9]|2[0-3])")
#: "the reforms he had begun six years earlier had loosened": the sentence's own verb right after a
#: time, which ended a clause describing the subject.
_SUBJECT_VERB_AFTER = compile_pattern(r"\s+(?:had|has|have|was|were|is|are)\s")
#: "from 16 December 1944 to", "between 3 and": the opening of a span whose end follows.
_SPAN_OPENED_BEFORE = compile_pattern(
    r"(?<![a-z])(?:from|between)\s+[^.;:()]{1,30}?\s*(?:to|until|till|through|and|-|\u2013)\s*$"
    # "It began on 25 June 1950 and ended with an armistice on 27 July 1953": the same summary span
    r"|(?<![a-z])(?:began|started)\s+(?:on|in)\s+[^.;:()]{1,30}?\s+and\s+ended\s+(?:[^.;:()]{1,50}?\s+)?(?:on|in)\s+$",
    re.IGNORECASE,
)
#: "over the following months and into 1969": a span told on past the story's time, as far as a later year.
_SPAN_RUNS_ON_INTO = compile_pattern(r"(?<![a-z])and\s+(?:well\s+|on\s+)?into\s+$", re.IGNORECASE)
#: "The siege lasted nine months, until the town fell on 2 April 1865": the end of what ran on from the
#: story's time, named in an "until" clause of its sentence.
_LASTED_UNTIL_BEFORE = compile_pattern(
    r"(?<![a-z])(?:"
    + "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in _LEX.SPAN_LASTING_VERBS)
    + r")(?![a-z])[^.;!?]{0,90}?(?<![a-z])until\s[^.;!?]{0,70}$",
    re.IGNORECASE,
)
#: A section heading on a line of its own between paragraphs ("\n\nEffect in the United States\n\n").
#: "to be collected at ", "to be paid on ": a passive infinitive and its preposition, right before a date.
_PASSIVE_INFINITIVE_BEFORE = compile_pattern(r"\bto\s+be\s+[a-z]+(?:ed|en|id|wn|ld|nt)\s+(?:at|on|in|by)\s+$")
_SECTION_HEADING = compile_pattern(r"\n[ \t]*[A-Z][^\n.!?:;]{0,60}[ \t]*\n")
_LEAD_SPAN = 400  # an article's first sentence or two, where it dates its story
_ABSOLUTE = _anchor(kind=AnchorKind.ABSOLUTE)
#: "and" between two days told of the same plan, with a few words of the second clause after it:
#: "Monday and on Tuesday", "Monday and reopen Tuesday", "Sunday, and the results come on Monday".
#: Between a clock time and the day it falls on: "at midnight on Wednesday", "at 9 a.m., Friday".
_ON_THE_CLOCKS_DAY = compile_pattern(r"\s*,?\s+(?:on\s+)?", re.IGNORECASE)
#: A weekday opening its sentence, after at most "On" or "Then, on": "On Thursday all members will ...".
_WEEKDAY_OPENS_SENTENCE = compile_pattern(r"\s*(?:(?:[Tt]hen,?\s+)?[Oo]n\s+|[Bb]y\s+)?")
# "will close on Monday and reopen Tuesday"; a longer verb phrase only when "and" joins a second verb of
# the same subject, not a clause with a subject of its own ("and closes with a big fireworks show on
# Sunday"; not "and the retained list will be published on Friday")
_COORDINATED_LATER = compile_pattern(
    r",?\s+and\s+(?:(?:[a-z]+\s+){0,4}|(?!(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those"
    r"|he|she|it|they|we|i|you)\s)(?:[a-z]+\s+){5,6})(?:on\s+)?",
    re.IGNORECASE,
)
#: A sequence told on from a day ahead: "walk out on Monday, March 20, followed by the rest of the North
#: Island on Tuesday": the participle of the list gives no tense of its own.
_FOLLOWED_BY_LATER = compile_pattern(r",\s+followed\s+by\s+(?:[a-z]+\s+){0,6}(?:on\s+)?", re.IGNORECASE)
#: Two dates side by side in one list: "tonight and Wednesday", "tomorrow or on Friday".
_LISTED_WITH = compile_pattern(r",?\s+(?:and|or)\s+(?:on\s+)?", re.IGNORECASE)
#: "as of" right before a clock time: the time a running count or state stands at.
# "landed ... in an attempt to end the war by Christmas": a deadline an aim looks to, after an infinitive
_AIM_DEADLINE_BEFORE = compile_pattern(r"\bto\s+[a-z]+(?:\s+[a-z'-]+){0,7}\s+by\s+$")
# "is known only from Lakota accounts and from the bodies found two days later": a later time after an
# object of a preposition and a participle of what the writer knows the story from
_EVIDENCE_FOUND_LATER_BEFORE = compile_pattern(
    r"(?<![a-z])(?:from|in|of|among|by)\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z'-]+\s+){1,3}(?:"
    + "|".join(sorted(_LEX.EVIDENCE_PARTICIPLES))
    + r")\s+$"
)
_EVIDENCE_PARTICIPLE_ENDS = tuple(sorted(_LEX.EVIDENCE_PARTICIPLES))
# "decided to attack at once rather than rest his men and strike the next morning": a time in the clause of
# an alternative not taken, within its clause (no comma or stop between: "testing reservoirs instead of pulp,
# and in the spring of 1981 we moved" goes on)
_UNREALISED_ALTERNATIVE_BEFORE = compile_pattern(
    r"(?<![a-z])(?:"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_LEX.UNREALISED_ALTERNATIVE_LEADS))
    + r")\s[^.,;:!?()]{0,80}$"
)
# "assured Truman that resistance would end by Thanksgiving and that the troops could be home by
# Christmas": a deadline promised in a reported clause, after "that" and a future-in-the-past auxiliary
_PROMISED_DEADLINE_BEFORE = compile_pattern(
    r"\bthat\s+(?:[a-z'-]+\s+){0,6}(?:"
    + "|".join(sorted(_LEX.FUTURE_IN_THE_PAST_AUXILIARIES))
    + r")\s+(?:[a-z'-]+\s+){1,5}by\s+$"
)
_AS_OF_BEFORE = compile_pattern(r"\bas\s+of\s+$", re.IGNORECASE)
# "flights leave at 6am so we need to be up early": what the speaker must do about it makes the time one
# occasion's, that day's, not a timetable's
_OWN_NEED_CONSEQUENCE_AFTER = compile_pattern(
    r"[^.!?\n]{0,60}?\bso\s+(?:we|i)(?:'ll|\u2019ll|\s+(?:will|need|have\s+to|must|should|gotta|better))\b",
    re.IGNORECASE,
)
# "Let us not forget the floods in February", "Let's remember the storm in March": a proposal to call to
# mind what has been ("Let's not forget to pay in March", "let us remember that the vote is in May" look ahead)
_LOOKING_BACK_PROPOSAL = compile_pattern(
    r"\blet(?:'s|\u2019s|\s+us)(?:\s+not)?\s+(?:"
    + "|".join(sorted(_LEX.REMEMBERING_VERBS))
    + r")\s+(?!to\b|that\b)[^.,;:!?]*$"
)
# "this time last year", "the same time last month": a day a unit away that figures are compared with
_SAME_TIME_COMPARED = compile_pattern(r"(?:this|the\s+same)\s+time\s+(?:last|next)\s", re.IGNORECASE)
_POSSESSIVE_BEFORE = compile_pattern(r"\b(?:its|their|his|her|our|my|your)\s+$", re.IGNORECASE)
_POSSESSIVES = ("its", "their", "his", "her", "our", "my", "your")  # what it ends with (`_may_end_with`)
#: A reporting period, then the verb closing it, before its last day: "the nine months ended", "the
#: quarter ending", "fiscal 1999, which ends" ("the week ended July 4" stays the time a "previous week"
#: is counted from).
_PERIOD_CLOSED_BEFORE = compile_pattern(
    r"\b(?:months|weeks|days|quarters?|period|half|[12][0-9]{3})(?:,?\s+(?:which|that))?"
    r"\s+(?:ended|ending|ends)\s+$"
)
_LOWER_WORD_AFTER = compile_pattern(r"\s+[a-z]")
_CAPITAL_WORD_AFTER = compile_pattern(r"\s+[A-Z]")
#: ", the day before " between a day and a feast set beside it: "Thursday, the day before Good Friday".
_DAY_BEFORE_AFTER_APPOSITION = compile_pattern(r",\s+the\s+day\s+(before|after)\s+$", re.IGNORECASE)
#: A word gathering the days just listed before the clock time they share: "..., all at 6pm".
_SHARED_CLOCK_BEFORE = compile_pattern(
    r"(?<![a-z])(?:" + "|".join(_LEX.SHARED_CLOCK_GATHERERS) + r")[ \t]+(?:at|from)[ \t]+$"
)
#: The optional close of a range a clock time opens ("7am [and 7pm]", "9 a.m. [to 6 p.m.]"), before its day.
_RANGE_CLOSE_AFTER_CLOCK = (
    r"(?:\s*(?:and|to|until|till|-|\u2013)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?)?"
)
#: "between 7am [and 7pm] on strike days", "from 9am on match days": a clock time (or a range opening with
#: it) on every day of a kind (`_LEX.DAY_KIND_PLURALS`)
_ON_KIND_OF_DAYS_AFTER = compile_pattern(
    _RANGE_CLOSE_AFTER_CLOCK
    + r"\s+on\s+(?:[a-z]+\s+){1,2}(?:"
    + "|".join(sorted(_LEX.DAY_KIND_PLURALS))
    + r")(?![a-z])",
    re.IGNORECASE,
)
#: After a clock time (or the range it opens), any day of a kind: "between 9 a.m. and 6 p.m. on any
#: weekday", "at 10am on any working day".
_ON_ANY_DAY_AFTER = compile_pattern(
    _RANGE_CLOSE_AFTER_CLOCK
    + r"\s+on\s+(?:"
    + "|".join(sorted(_LEX.ANY_DAY_DETERMINERS))
    + r")\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(_LEX.ANY_DAY_NOUNS))
    + r")(?![a-z])",
    re.IGNORECASE,
)
#: After a clock time, the days it holds for: "after 8pm on either day", "at 10am on both days".
_ON_EITHER_DAY_AFTER = compile_pattern(
    r"\s+(?:on|of)\s+(?:either|both|all)\s+(?:of\s+the\s+|the\s+|these\s+|those\s+)?(?:days?|nights?|dates)\b",
    re.IGNORECASE,
)
#: Between a day and the "overnight" joined to it: "through Sunday and overnight".
_AND_BETWEEN = compile_pattern(r"\s+and\s+", re.IGNORECASE)
#: Between "overnight" and the day it is the night of: "overnight on Tuesday", "overnight Friday".
_ON_OR_NOTHING = compile_pattern(r"\s+(?:on\s+)?", re.IGNORECASE)
#: Between "overnight" and the day it is the night of, a place the night is spent at: "stay overnight in
#: Rhodes on May 18", "stops overnight at St. John's on Friday".
_OVERNIGHT_PLACE_THEN_ON = compile_pattern(
    r"\s+(?i:in|at)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\s+(?i:on)\s+"
)
#: A morning of a given day: a clock time before noon or the part of the day.
_MORNING_VALUE = compile_pattern(r"\d{4}-\d{2}-\d{2}T(?:0\d:\d\d|1[01]:\d\d|MO)")
#: A reference time by day, from morning to the end of the afternoon ("T09:30", "TAF", "T16:00").
_DAYTIME_VALUE = compile_pattern(r"T(?:0[6-9]|1[0-7]|MO|AF)")
#: A date right after a verb of saying: "said on Monday", "told reporters Tuesday", "announced late Friday".
_REPORTED_ON = compile_pattern(
    r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )"  # "the crash was reported on Sunday" dates the crash
    r"\b(?:said|says|told\s+[a-z]+|announced|reported|added|confirmed|stated"
    # "according to Nielsen figures released Friday": the day a report came out
    r"|(?:figures|data|statement|report|results|estimates|ratings|numbers|poll|survey)\s+(?:released|published|issued))"
    r"\s+(?:on\s+|late\s+|early\s+|last\s+)?"
    r"[A-Za-z]+\.?$"
)
#: A sentence's end (its closing quote or bracket may follow the stop), not a line break.
_SENTENCE_BREAK = compile_pattern(r"[.!?][\"')\u201d]?\s")
#: A sentence's end or a line break inside a stretch of text, but not the dot of "a.m." or "p.m." ("at 11
#: a.m. on 11 November").
_SENTENCE_END_NOT_CLOCK = compile_pattern(r"(?<![ap]\.m)[.!?]\s|\n")
#: Two years written as one span ("1851-52", "2019–20"): a southern summer or a year of account
_SPLIT_YEAR = compile_pattern(r"\d{4}\s*[-\u2013/]\s*\d{2,4}")
_WORD = compile_pattern(r"[a-z]+")
#: How far into its line a timeline's or a diary's label may start ("Day 12 (", "Postscript, ")
_LABEL_LEAD_CHARS = 16
#: What closes a line's label: a dash, a feed's middle dot or a colon before a blank ("Jan. 12 - ",
#: "11 Nov · ", "1922: ", "14 May): "), or the line's end (a subheading); a printed diary's entry
#: closes its date with a full stop before the dash ("12th March. — Rain again today.")
_LABEL_CLOSE_AFTER = compile_pattern(
    r"\)?[ \t]*(?:\.?[ \t]*[-\u2013\u2014](?=[ \t]+[^0-9\s]|[ \t]*(?:\n|$))|[:\u00b7](?=[ \t\n]|$)|\n|$)"
)
_DATELINE_DAYS = 7
#: How many days a dateline's filing day may lie before the paper's date ("MADRAS, June 12." on June 13).
_FILING_DAYS = 2
#: A dateline's place in capitals before its date: "MADRAS, ", "NEW DELHI, ", "ST. JOHN'S, Nfld., ".
_DATELINE_PLACE = compile_pattern(r"[A-Z][A-Z.' -]+,(?:[ \t]+[A-Z][A-Za-z.]+,)?[ \t]+")
_LABEL_SPAN_DASH = compile_pattern(r"[ \t]*[-\u2013\u2014][ \t]*")  # "1914–18", "April-May"
_LABEL_SPAN_WORD = compile_pattern(r"[ \t]+(?:and|to|through|until)[ \t]+")  # "March to June"
_LINE_END_AFTER = compile_pattern(r"[ \t]*(?:\n|$)")
#: How far into its line the date of a letter's heading may start ("No. 2 General Hospital, Rouen, ")
_HEADING_LEAD_CHARS = 60
#: How far into its line the day of a meeting's record may start ("Minutes of the meeting of the
#: Finance and General Purposes Committee held at the Town Hall on ").
_RECORD_HEADING_LEAD_CHARS = 160
#: A meeting's record heading its text, up to the meeting's day: "Minutes of the meeting of the Parish
#: Council held on ", "Minutes of the Board meeting held at 14 Carver Street on ", "Notes of the Annual
#: General Meeting, ".
_RECORD_HEADING_LEAD = compile_pattern(
    r"(?:"
    + "|".join(_LEX.RECORD_HEADING_OPENERS)
    + r")[ \t]+of[ \t]+(?:[^\n!?;:.]{0,100}?[ \t])?(?:"
    + "|".join(_LEX.RECORD_MEETING_NOUNS)
    + r")(?:(?:[ \t]+[^\n!?;:.,]{1,100}?)?[ \t]+(?:"
    + "|".join(_LEX.RECORD_MEETING_PARTICIPLES)
    + r")(?:[ \t]+(?:at|in)[ \t]+[^\n!?;:]{1,60}?)?[ \t]+on|,)[ \t]+",
    re.IGNORECASE,
)
_RECORD_HEADING_INITIALS = frozenset(
    letter for opener in _LEX.RECORD_HEADING_OPENERS for letter in (opener[0].lower(), opener[0].upper())
)
#: The rest of a record's heading line after the meeting's day: its place or its hours (" in the Village
#: Hall", ", 10.00am to 12.45pm", " at 7.30pm"), short of a sentence ("Minutes of the Fed's meeting held on
#: June 14-15 are due at 2 p.m." is news of them) or a headline's verb ("... held on June 14 show split").
_RECORD_HEADING_REST = compile_pattern(
    r"(?:[ \t]*(?:[,(\u2013\u2014-]|(?:in|at|from)[ \t])[^\n!?]{0,80})?(?<![.!?])(?=\n)"
)
#: A changelog's release heading up to its day: "## 2.4.1 - ", "## [1.0.0] - ", "Version 8.2 (", "v3.10.2 ("
#: (a version number, with or without a name before it, then a dash or a bracket).
_RELEASE_HEADING_LEAD = compile_pattern(
    r"(?:#{1,6}[ \t]+)?(?:[A-Za-z][\w-]*[ \t]+){0,2}\[?v?\d+(?:\.\d+){1,3}\]?[ \t]*(?:[-\u2013\u2014][ \t]*|\()"
)
#: The place a letter's or a diary entry's heading names before its date ("Calais, 3rd March 1916"), or
#: a changelog's release heading up to its day
_HEADING_PLACE_BEFORE = compile_pattern(
    _RELEASE_HEADING_LEAD.pattern + "|"
    # or a forum post's byline with a middle dot: "mattyw \u00b7 4 Aug 2018"; a lower-case handle and a comma
    # ("ellie_r, 05/12/2024"); a review's or a post's date-line verb ("Reviewed in the United Kingdom on ",
    # "dazza \u00b7 Posted ")
    r"[A-Z][^\n!?;:]*,[ \t]+|[^\s\u00b7][^\n!?;:\u00b7]{0,40}[ \t]\u00b7[ \t]+|[a-z0-9_][\w.-]{1,30},[ \t]+"
    # or a journey's count of its days or stages before the entry's date ("Day 7 - Tues 13th", "Day 12: 4 June")
    r"|(?:"
    + "|".join(sorted(label.capitalize() for label in _LEX.JOURNEY_PART_LABELS))
    + r")[ \t]+\d{1,3}[ \t]*[-\u2013\u2014:][ \t]+"
    r"|(?:[^\s\u00b7][^\n!?;:\u00b7]{0,40}[ \t]\u00b7[ \t]+)?(?:"
    + "|".join(_LEX.BYLINE_VERBS)
    + r")(?:[ \t]+(?:in|by)[ \t]+[^\n!?;:\u00b7]{1,40}?)?(?:[ \t]+on)?[ \t]+"
)
#: What comes just before a date that may head a post: a comma or a middle dot, or a date-line verb or its
#: "on" ("Posted 12 November 2011", "Reviewed in the United Kingdom on 3 March 2021").
_BYLINE_BEFORE = compile_pattern(
    r"(?:\b(?:"
    + "|".join(_LEX.BYLINE_VERBS)
    + r"|on)|[,\u00b7]|(?<![^\s>])(?:"
    + "|".join(re.escape(opener) for opener in _LEX.EMAIL_DATE_OPENERS)
    + r"))[ \t]+$"
)
#: An email's line giving the date a quoted message was sent, up to its date: "Sent: ", "On " or a
#: quoted "> On " opening the line.
_EMAIL_DATE_OPENING = compile_pattern(
    r"(?:>[ \t]*)*(?:" + "|".join(re.escape(opener) for opener in _LEX.EMAIL_DATE_OPENERS) + r")[ \t]+"
)
#: The rest of an email's date line after its date: the clock time ("Monday, March 2, 2020 4:51 PM",
#: "Tue, 3 Mar 2020 at 09:14") and the attribution (", Dana Whitfield <dana@...> wrote:").
_EMAIL_DATE_LINE_REST = compile_pattern(
    r"(?:,?[ \t]+at)?(?:[ \t]+\d{1,2}[:.]\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:,?[ \t]+[^\n]{1,80}?[ \t](?:" + "|".join(_LEX.EMAIL_ATTRIBUTION_VERBS) + r"):)?[ \t]*(?=\n|$)"
)
#: What closes a diary's run-in heading before its entry on the same line: a full stop and a capital.
_RUN_IN_HEADING_CLOSE = compile_pattern(r"\.[ \t]+(?=[A-Z])")
#: The place a heading names after its date, to the line's end ("Tuesday 12 May 1987, Lisbon"), or a
#: comment's clock time ("December 1, 2018 at 9:42 am")
_HEADING_PLACE_AFTER = compile_pattern(
    r"\)[ \t]*(?=\n|$)|,[ \t]+[A-Z][A-Za-z.' -]{0,40}(?=\n|$)|[ \t]+at[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?=\n|$)"
)
#: An attribution between a clock time and a date: "by noon, the utility said [earlier today]".
_ATTRIBUTION_GAP = compile_pattern(
    # "at 12.30pm, and the watchdog said today": a clause joined by "and" is a statement of its own,
    # not the source of the one before
    r",\s+(?!(?:"
    + words_regex(_LEX.CLAUSE_COORDINATORS)
    + r")\s)(?:[A-Za-z.'-]+\s+){1,5}(?:said|says|reported|announced|confirmed|told\s+[a-z]+)\s+(?:on\s+)?"
)
#: "May of the following year": what joins a month to the year it is counted in.
_OF_BETWEEN = compile_pattern(r"\s+of\s+")
#: Between the last of the days listed and the clock time they share: "Tuesday 4 and Wednesday 5 November[,
#: ]10am-7pm".
_CLOCK_AFTER_DAYS_GAP = compile_pattern(r"[ \t]*[,:][ \t]*(?:from[ \t]+)?")
#: The words that end the text right before the hours to telephone in ("Tel. 41920 after 6pm"), tested
#: before `_CALL_HOURS_BEFORE` is run.
_CALL_HOURS_SIGNALS = tuple(f"{signal} " for signal in sorted(_LEX.CALL_HOURS_SIGNALS))
#: A telephone number and the signal before the hours to call it in: "Tel. Barnley 41920 after", "ring
#: 01632 960718 before".
_CALL_HOURS_BEFORE = compile_pattern(
    r"(?<![a-z])(?:"
    + words_regex(_LEX.TELEPHONE_WORDS)
    + r")\.?[:\s][^\n.;]{0,40}?\d[\d ]{3,}\d[ \t]*,?[ \t]*(?:"
    + words_regex(_LEX.CALL_HOURS_SIGNALS)
    + r")[ \t]+$",
    re.IGNORECASE,
)
_RANGE_LINK = compile_pattern(r"\s*(?:and|to|through|until|till|-|\u2013|\u2014)\s*", re.IGNORECASE)
#: A blank line: a paragraph's or a heading's end, which no range runs across.
_BLANK_LINE = compile_pattern(r"\n[ \t\r]*\n")
#: How far (in characters) a far-from-the-DCT date keeps anchoring the expressions after it in news.
_STORY_REACH = 600
#: How far back "that night" may reach for the night the text last told by its clock.
_NIGHT_TOLD_REACH = 2000
#: A time of an evening or a night: a clock time from 6 p.m. to before 5 a.m. ("small": after midnight).
_NIGHT_TIME_VALUE = compile_pattern(
    r"\d{4}-\d{2}-\d{2}T(?:(?:1[89]|2[0-3]):\d\d|(?P<small>0[0-4]:\d\d)|EV|NI)"
)
#: How far back from the DCT a yearless past date may lie before news would have written its year.
_STALE_DATE_DAYS = 183
#: How near a day named with its year a yearless date must lie to be read as a day of the same story.
_NEAR_NAMED_DAYS = 7
#: The longest run of days a programme dates ("runs from Saturday 6 July to Friday 12 July", "Field
#: course, 9-13 September") whose bare weekdays it then names: a tour, a trip or a festival of up to a fortnight.
_DATED_SPAN_DAYS = 13
#: How near (in characters) the last day of such a run is written after its first.
_DATED_SPAN_REACH = 80
#: What opens a day of a programme right before its weekday: a line's start, perhaps with the day's number
#: ("Day 3 (Monday):", "\nMonday: free day").
_PROGRAMME_DAY_HEAD_BEFORE = compile_pattern(
    r"(?:(?:^|\n)[ \t]*|(?<![a-z])day\s+\d{1,2}\s*[(:,\u2013-]?\s*)$"
)
#: How far (in days) past the DCT such a run must begin for a bare weekday to be read in it: nearer, the
#: writer's own coming week ("the market is open until Thursday") is as likely.
_DATED_SPAN_AHEAD = 14
#: How far (in characters) after a story's last day a bare weekday may still be one of its next days
#: (a sentence or two); further on, news back at its own days is the likelier reading.
_STORY_WEEKDAY_REACH = 350
#: The units of a story's reference time that date what news tells of it without a year.
_STORY_TIME_UNITS = frozenset({"day", "week", "month", "season", "year"})
#: "had gone underground at 7 a.m., as it did every weekday": a clause likening one occasion to a habit.
_AS_ON_OTHER_DAYS = compile_pattern(
    r",\s+as\s+(?:[a-z]+\s+){1,2}(?:did|does|do|had|has|have|was|were|is|are)\b", re.IGNORECASE
)
#: How many expressions back a weekday written with a yearless date looks for the story's year.
_STORY_YEAR_LOOKBACK = 30
#: How many years past the story's a day told in full may lie for a weekday that fits its year.
_TOLD_DAY_YEARS_AHEAD = 5
#: An offset ending its clause: "a week later.", "two days later," (not "a week later than planned").
_OFFSET_CLOSING_ITS_CLAUSE = compile_pattern(r".*(?:later|earlier|afterwards)[.,;]", re.IGNORECASE)
#: How far ahead (in days) of a story's reference time a day named again without its year is a step on.
_STORY_STEP_DAYS = 92
_STORY_BACK_SPAN = 400  # characters from a year that took the story back to a day named in it
#: The word that makes a year the measure of a comparison: "worse than 1915", "as in 1953", "like 1947".
_YEAR_COMPARED_BEFORE = compile_pattern(r"(?<![a-z])(?:than|as|like)\s+(?:(?:in|during)\s+)?$")
#: How far (in characters) a year far from the DCT holds the yearless months told after it in news.
_YEAR_HOLD_REACH = 200
#: What may open a sentence before a year the text moves to: "Then 2020 happened", "In 2019, ...", and a
#: year as the subject of a clause after a semicolon ("closed in 2019; 2020 saw it reopen in May"), which
#: opens on its year as a sentence does ("; by 2030 it will" only looks ahead to it).
_YEAR_AS_TOPIC_BEFORE = compile_pattern(
    r"(?:(?:^|[.!?\n][\"')\u201d]*\s+)(?:(?:and|but)\s+)?(?:(?:then|in|by|during|throughout)\s+)?|;\s+)$",
    re.IGNORECASE,
)
_UNANCHORED = _anchor(kind=AnchorKind.NONE)
#: How far a narrative rule reads around an expression for its sentence.
_SENTENCE_REACH = 400
#: How far back in its clause a word of preparing or buying makes "for <feast>" a run-up.
_RUN_UP_FOR_REACH = 80
_RUN_UP_CLAUSE_BREAKS = (". ", "? ", "! ", "\n", ";", ":", ",", "(")
#: The signals ending in "for " that tell a run-up whatever the act ("in time for Christmas").
_RUN_UP_FOR_ITSELF = tuple(
    signal for signal in _LEX.LEAD_UP_SIGNALS if signal.endswith(" for ") and signal != "for "
)
#: How far after the writer's "today" a part of "this" day in the same paragraph is still the writer's.
_WRITERS_DAY_REACH = 800
#: Days a past-perfect month must lie before the story's month to be a glance back at another year.
_YEAR_AND_A_DAY = 366
#: "this morning", "early this morning", "late this afternoon": a part of the day named by "this".
_THIS_PART_OF_DAY = compile_pattern(r"(?:(?:early|late)\s+)?this\s")
#: A line break and the number of a list's next step, with no other break before a point ("overnight.\n\n4.
#: In the morning").
_NEXT_NUMBERED_STEP = compile_pattern(r"[^\n]*\n\s*\d{1,2}[.)][ \t][^\n]*")
#: An adverb of the writer's own now ("currently", "at present"), which a story told in the present
#: does not use of its own time.
_WRITERS_NOW_ADVERB = compile_pattern(r"(?<![a-z])" + words_regex(_LEX.WRITERS_NOW_ADVERBS) + r"(?![a-z])")
#: How many words a relative clause may hold before a day word for its own verb to govern the word.
_RELATIVE_CLAUSE_WORDS = 6
#: Text ending where a clause opens: a sentence's end, or a comma or "and"/"but" joining clauses.
_CLAUSE_OPENING = compile_pattern(
    r"(?:^\s*|[.!?][\"')\]]*\s+|\n\s*\n\s*|,\s+|(?<![a-z])(?:and|but)\s+)$", re.I
)
_DAY_VALUE = compile_pattern(r"\d{4}-\d{2}-\d{2}")
#: "the same weekend (week, day) last year" -> the units of a time told before it that it can be the same
#: part of ("over the bank holiday weekend, against 37 over the same weekend last year").
_SAME_PART_UNITS: dict[str, frozenset[str]] = {
    "weekend": frozenset({"day", "week", "weekend"}),
    "week": frozenset({"day", "week", "weekend"}),
    "day": frozenset({"day"}),
}
#: Counts of a unit finer than a year that stay within a quarter of a year ("a month later", "three
#: months later", "two weeks later", "the next day"): counted from a year whose month is not told, that
#: year ("a verdict in 2020, and that company settled two months later"); "six months later" is as likely
#: the next year, so it is counted on.
_WITHIN_HALF_A_YEAR: dict[str, int] = {"month": 3, "week": 13, "weekend": 13, "day": 92}
#: A year counted from now later in a holiday's clause ("Christmas falls on a Wednesday [this] year").
_YEAR_LATER_IN_CLAUSE = compile_pattern(r"[^.;:!?\n(),]{1,50}?[ \t](?P<word>[a-z]+)[ \t]+year(?![a-z'])")
#: A weekday's day written after it in brackets: "next Tuesday (July 17)".
_BRACKET_OPENING_GAP = compile_pattern(r"[ \t]*\([ \t]*")
_BRACKET_CLOSING = compile_pattern(r"[ \t]*\)")
#: A day, or a time on it from the morning on, that what lasts "until 2 a.m." runs on from into the next
#: day ("2011-11-15", "2011-11-15TAF", "2011-11-15T10:00"), as against a time in the small hours.
_DAY_BEFORE_SMALL_HOURS = compile_pattern(
    r"\d{4}-\d{2}-\d{2}(?:T(?:MO|MI|AF|DT|EV|NI|(?:0[6-9]|1\d|2[0-4]):\d\d(?::\d\d)?))?"
)
#: An appositive ending in a participle phrase right before a day word: ", the name most used in India
#: [today]", ", a custom still kept in the villages [today]". The participle has no tense of its own.
_APPOSITIVE_PARTICIPLE_BEFORE = compile_pattern(
    r",[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[a-z'-]+[ \t]+){1,3}?[a-z]+(?:ed|en|wn|ne|lt|pt|ht)"
    r"(?:[ \t]+(?:in|by|at|across|throughout|on|as|around)(?:[ \t]+[A-Za-z'-]+){1,3})?[ \t]+$"
)

_SUPERLATIVE_PERIOD_UNITS = frozenset({"year", "decade", "century"})
#: A superlative and up to three words of its noun phrase right before "of" and a period: "one of the
#: finest films of [the decade]", "the wettest summer of [the century]", "the best-loved book of [the year]".
_SUPERLATIVE_OF_BEFORE = compile_pattern(
    # (three letters at least before "-est": "guest", "quest", "chest" are no superlatives)
    r"\b([a-z]{3,}est|best|worst|most|least)\b(?:[ \t-]+[a-z'-]+){0,3}[ \t]+of[ \t]+$"
)


def _same_day_months_away(base: date, day: int, months: int) -> date | None:
    """Day `day` of the month `months` months from `base`'s, or None when that month has no such day."""
    index = base.year * 12 + base.month - 1 + months
    try:
        return date(index // 12, index % 12 + 1, day)
    except ValueError:
        return None


#: A day of a month with no year ("Fri 13 Dec" in an undated notice).
_UNDATED_DAY = compile_pattern(r"XXXX-\d\d-\d\d")
_LEADING_WORD = compile_pattern(r"[a-z]+")
_UNDATED_WEEKDAY = compile_pattern(r"XXXX-WXX-([1-7])(?:T|$)")
#: The stand-in year a story's day told without a year ("on the night of 14 November", XXXX-11-14) is
#: reckoned in while its clock times, parts of the day and counted days are resolved from it (see
#: `Resolver._on_yearless_story_day`): counting hours and days across a month's end needs a year, and
#: one that is not a leap year changes nothing a reader could see (28 days in February, so the day after
#: 28 February is 1 March); 29 February, only when the text names it, is kept in a leap year. The year
#: itself is never shown: every value, anchor and explanation reckoned in it is written back with XXXX,
#: and nothing the resolver keeps for later expressions is left holding it.
_YEARLESS_YEAR = 2301
_YEARLESS_LEAP_YEAR = 2304
#: The stand-in years as a value, an explanation or a kept date shows them.
_YEARLESS_SHOWN = compile_pattern(r"\b23\d\d-|date(?:time)?\(23\d\d,")
#: Units counted from a story's yearless day as from a dated one ("an hour later", "two days later").
_YEARLESS_STORY_UNITS = frozenset({"day", "hour", "minute"})
#: What joins a clock time to the day it is told on right after it ("10am on ", "noon, "), as
#: `Resolver._date_clock_from_following` reads it.
_CLOCK_ON_NEXT_GAP = compile_pattern(r"[ \t,]*(?:(?:on|of)[ \t]+)?", re.IGNORECASE)
#: What the resolver says of a yearless day it reads as coming round every year (a present-tense clause
#: of what recurs, a day kept as an occasion): no story's day, so nothing is counted from it.
_RECURRING_DAY_REASONS = ("recurs", "every year", "yearly", "occasion")
_SENTENCE_END_BETWEEN = compile_pattern(r"[.!?](?:\s|$)|\n")
#: The most words a clause's subject is taken to run to before its verb ("The new plant closed").
_SHORT_SUBJECT_WORDS = 4
#: A year written as four digits after a preposition ("in 1901"; not a decade, not part of a longer number);
#: a name of its own, not `_WRITTEN_YEAR` above, which it would otherwise replace for every use.
_YEAR_AFTER_PREPOSITION = compile_pattern(
    r"(?<![a-z])(?:in|by|of|from|until|till|since|after|before|around)\s+(1[0-9]{3}|20[0-9]{2})(?![\d'’s])"
)
# "Ten days later, on 16 March": a date set beside another by a comma
_APPOSITION = compile_pattern(r",\s*(?:on\s+)?")
#: What sets a dated time beside a count of years ("Seventy years later, in 2017", "Eleven years later, on 15
#: June 1991", "(1923)"): the year written there restates the count.
_YEAR_APPOSITION = compile_pattern(r",\s*(?:in|on)\s+|\s*\(")
#: A sentence opening with its year ("In 2011 the oven broke"), after an optional speaker's label.
# "On 17 September 1944, ...", "In March 1944 ...": a day or a month written with its year frames the
# sentence as a year alone does
_YEAR_OPENING = compile_pattern(
    r"\s*(?:[A-Z][A-Z .'-]*:\s+)?(?:[Ii]n|[Oo]n)\s+(?:(?:[0-3]?\d\s+)?[A-Z][a-z]{2,8}\.?\s+(?:[0-3]?\d,?\s+)?)?"
    r"([12]\d{3})(?![0-9])"
)
#: "said the Seder on Friday night would be its first": the date inside the reported clause's subject...
_DATE_IN_REPORTED_SUBJECT = compile_pattern(
    r"\s+(?:that\s+)?(?:the|its|their|his|her|this)\s+(?:[a-z'-]+\s+){1,3}(?:on|at)\s+"
)
#: ... and the modal of that clause right after it, which dates it ahead ("would have" looks back).
_MODAL_AFTER_DATE = compile_pattern(r"\s+(will|would)\s+(?!have\b)[a-z]")
#: A clause's opening just before a word ("Floods hit the north. By", "Floods: by"; the word's own space
#: cut off).
_CLAUSE_OPENED_BEFORE = compile_pattern(r"(?:^|[.:;!?\n])[ \t]*$")
#: An opening date's comma and a plural subject right before a participle: "From April, cars built".
_DATE_THEN_PLURAL_SUBJECT = compile_pattern(r",\s+[a-z]+s\s+")
#: The rest of that subject up to the clause's own "will" or "shall": " before 1 January 1977 will".
_SUBJECT_THEN_FUTURE_MODAL = compile_pattern(r"[^,.;:!?\n]*?\b(will|shall)\s+(?!have\b)[a-z]")
#: A main clause's "would" and a condition opened after it, ending where the condition's own past verb
#: begins: "would begin hiring drivers next month if no agreement " (before "was reached by Labor Day").
_WOULD_THEN_CONDITION = compile_pattern(
    # "would not have won if", "would never have": a counterfactual past, however the "have" is reached;
    # ", and if the archive is right he left": a new main clause, not the condition of the "would"
    r"\bwould(?:n't|n\u2019t)?\s+(?!(?:[a-z]+\s+)?have\b)[a-z]+[^.;!?]*?(?<!, and )(?<!, but )\b(?:"
    + "|".join(sorted(_LEX.CONDITION_OPENERS))
    + r")\s+(?:[\w'-]+\s+){0,5}$"
)
#: A condition opened a few words before a time: "if by noon " (then "no deal had been reached").
_CONDITION_OPENED_BEFORE = compile_pattern(
    r"(?<![a-z])(?:" + "|".join(sorted(_LEX.CONDITION_OPENERS)) + r")\s+(?:[\w'-]+\s+){0,3}$"
)
#: A year counted from now, then a day or a month told right after it: "last year, on 31 March"; not the
#: year a thing is for or of ("will announce the rate for next year in the fall").
_RELATIVE_YEAR_THEN_DAY = compile_pattern(
    # (the look-ahead first: at the many places "last", "next" or "this" does not begin, the look-behinds,
    # which hold at the same place whatever their order, are not tried)
    r".*(?=last|next|this)(?<![a-z])(?<!for )(?<!of )(?<!to )(?<!from )(?<!until )"
    # nor the year a figure is compared with ("up 4 percent on last year in September": this September's)
    r"(?<!than )(?<!over )(?<!on )(?<!with )(?<!against )(?<!versus )(?<!vs )(?<!vs\. )"
    r"(?:last|next|this)\s+year,?\s+(?:on|in)\s+(?:the\s+)?",
    re.DOTALL,
)
#: "Last year the festival opened on March 3": a sentence opening on a year counted from the DCT.
_RELATIVE_YEAR_OPENING = compile_pattern(
    # "A decade ago, the first results were published in July": a count back opens the sentence as well
    # a quotation opening on it ("\"Five years ago we took in 900 between June and August,\" she said") as well
    r"\s*[\"\u201c]?(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+year|(?:[A-Z][a-z]*|\d+)\s+(?:years?|decades?)\s+ago)(?![a-z'])"
)
#: The same year counted from now opening a clause after "and", "but", a semicolon or a colon: ", and this
#: year", "Plant late: last year a frost ...".
_RELATIVE_YEAR_OPENING_A_CLAUSE = compile_pattern(
    r"(?:,\s*(?:and|but)|[;:])\s+(?:[Ll]ast|[Nn]ext|[Tt]his)\s+year(?![a-z'])"
)
#: A sentence whose subject is last year's ("Last year's graduates got ..."): what it tells is over.
_LAST_YEARS_OPENING = compile_pattern(r"\s*[Ll]ast\s+year['\u2019]s\s")
#: "reached 95 per cent in the year to [March]": a month closing a period counted back from it, read on
#: the text just before the month.
_PERIOD_CLOSED_BY_MONTH = compile_pattern(
    r"(?<![a-z])" + words_regex(_LEX.PERIODS_CLOSED_BY_A_MONTH) + r"\s+(?:to|ended|ending)\s+$"
)
#: The earliest day of a month on which figures for a period it closes may be out: monthly surveys and
#: flash estimates come in its last third, so "in the year to March" reported before then is last March.
_MONTH_FIGURES_EARLIEST_DAY = 20
#: How near (in days) a holiday must be for a past act "before" it to lie in its run-up.
#: How recent (in days) a holiday opening a "from ... through" stretch in a future clause may be for the
#: stretch to have begun with it.
_RANGE_BEGUN_DAYS = 7
#: "through", "to", "until" after a day that opens a stretch: "from Thanksgiving through Cyber Monday".
_RANGE_CLOSER_AFTER = compile_pattern(r"\s+(?:through|thru|to|until|till)\s")
_HOLIDAY_LEAD_UP_DAYS = 31
#: The closing month of a range that opens on the month just read ("from January to October").
_MONTH_RANGE_CLOSE = compile_pattern(
    r"\s*(?:to|through|until|till|-to-|-|\u2013|(?P<and>and))\s*(?P<month>[A-Z][a-z]+)\b"
)
_ANY_YEAR = compile_pattern(r"(?<![0-9])[12]\d{3}(?![0-9])")
#: A sentence opening on an event named by its year ("The 2028 Games", "The 2030 World Cup"): the
#: year the event is in, which a month or day without a year later in that sentence is in as well.
_EVENT_OF_YEAR_OPENING = compile_pattern(
    r"[ \t\n\"]*[Tt]he[ \t]+(?P<year>[12]\d{3})[ \t]+(?P<head>[A-Z][a-z]+)(?![a-z])"
    # the rest of the event's name ("World Cup", "Tour de France"), then the word after it, if a word
    r"(?:[ \t]+(?:[A-Z][\w'-]*|de|of|du))*(?:[ \t]+(?P<next>[a-z]+)(?![\w'-]))?"
)
#: A reporting clause between the event and the date: "The 1994 World Cup was the best, the chairman said
#: in an interview on March 2" (the date is the saying's, not the event's).
_REPORTING_CLAUSE_BETWEEN = compile_pattern(r",[^,.;:]*\b(?:said|says|told|tells|added|announced|recalled)\b")
#: A main clause joined on by a comma and a conjunction: ", and in May it was opened".
_NEW_CLAUSE_JOINED = compile_pattern(r",\s+(?:and|but|yet|while|whereas)\s")
_PARAGRAPH_NOT_QUESTION = compile_pattern(r"(?<!\?)\n\n(?![^\n]*\?[ \t]*\n)")
#: A clause joined on by "but" or "and" whose act comes late: ", but he paid late", "and was paid a week late".
_DONE_LATE_AFTER = compile_pattern(r",?\s+(?:but|and)\s+(?P<clause>(?:[a-z']+\s+){1,4}?)late(?![a-z])")
#: Two clauses joined by "and" with no relative clause between ("in 2004, and its miners were").
_CLAUSES_JOINED = compile_pattern(r"(?:(?!\b(?:that|which|who|whose|whom)\b)[^.;])*?\band\b", re.IGNORECASE)
#: A sentence's subject, then a past participle's phrase set off by commas that holds a year: "Tarrant,
#: founded in 1921 in Wilmington, Delaware, employs", "The bridge, built in 1932, was closed"; or a
#: relative clause on the subject: "The jet, which was delivered in 2006 and ..., had passed".
_APPOSITIVE_YEAR = compile_pattern(
    r"\s*[^,.;]{1,80},\s+(?:(?:[a-z]+ed|born|built|begun|made|set\s+up)\s+(?:[^,.;\d]{1,40}?\s)?"
    r"|(?:which|who)\s[^,.;]{0,80}?\b)"
    r"in\s+(?:[a-z]+\.?\s+){0,3}[12]\d{3}(?![0-9])[^.;]*?,\s"
)
#: A noun, then "on", between a clock time and its date: "the 6 a.m. [shift on] Monday".
_ATTRIBUTIVE_CLOCK_GAP = compile_pattern(r"[ \t]+[a-z]+[ \t]+on[ \t]+")


def _plain_words(words: Iterable[str]) -> tuple[str, ...]:
    """`words` for `_may_hold`: lower-case ASCII letters each, or ("",) (any text holds "") otherwise."""
    plain = tuple(sorted(words))
    return plain if all(word.isascii() and word.isalpha() and word.islower() for word in plain) else ("",)


#: A weekday a court put its business off to: "remanded in custody [until] Friday", "remanded him [to
#: appear by video link on] Friday" (checked only after "until", "till", "to" or "on").
# "a 70% chance of acceptable weather for Wednesday", "the next opportunity is Thursday": a prospect's day
_PROSPECT_FOR_DAY = compile_pattern(
    r"(?:\d[ \t]*(?:%|percent|per[ \t]+cent)|\bnext)[ \t]+(?:"
    + "|".join(sorted(_LEX.PROSPECT_NOUNS))
    # "a 70% chance of acceptable weather for Wednesday, falling to 45% on Thursday": the odds go on
    + r")\b[^.;:!?\"]{0,60}?(?:\b(?:for|is)|[^.;:!?\"]{0,40}?\d[ \t]*(?:%|percent|per[ \t]+cent)[ \t]+on)[ \t]+$",
    re.IGNORECASE,
)
# the nouns one of which a match of `_PROSPECT_FOR_DAY` holds (`_may_hold`), as `_PUT_OFF_VERBS`
_PROSPECT_NOUNS = _plain_words(_LEX.PROSPECT_NOUNS)
# "has issued a yellow warning of snow for Friday": the day a warning is for
_WARNING_FOR_DAY = compile_pattern(
    r"\b(?:" + "|".join(sorted(_LEX.WARNING_NOUNS)) + r")\b[^.;:!?\"]{0,40}?\bfor[ \t]+$", re.IGNORECASE
)
_WARNING_NOUNS = _plain_words(_LEX.WARNING_NOUNS)
#: "had left for the weekend", "went home for the weekend", "shut down early for the weekend": a verb of
#: leaving or closing a few words before "for" and "the weekend" (checked only there).
_LEAVING_FOR_WEEKEND = compile_pattern(
    r"\b(?:"
    + "|".join(sorted(_LEX.LEAVING_FOR_WEEKEND_VERBS))
    + r")\b(?:[ \t]+[a-z]+){0,2}?[ \t]+for[ \t]+$",
    re.IGNORECASE,
)
_PUT_OFF_TO_DAY = compile_pattern(
    r"\b(?:"
    + "|".join(sorted(_LEX.PUT_OFF_VERBS))
    + r")\b[^.;:!?\"]{0,80}?(?:\b(?:until|till|to)|\bto[ \t]+(?:"
    + "|".join(sorted(_LEX.PUT_OFF_TO_DO))
    + r")\b[^.;:!?\"]{0,40}?\bon)[ \t]+$",
    re.IGNORECASE,
)
# the verbs one of which a match of `_PUT_OFF_TO_DAY` holds (`_may_hold`), where each is written as itself
# there ("": any text holds it)
_PUT_OFF_VERBS = _plain_words(_LEX.PUT_OFF_VERBS)
#: A part of the day named by its date between a clock time and that date: "at 11.45pm [on the night of] 3
#: March", "at 2.14am [in the early hours of] 6 October"; group 1 is the part of the day.
_CLOCK_TO_PART_OF_DATE = compile_pattern(
    r"[ \t]*,?[ \t]*(?:on|in|during)[ \t]+the[ \t]+(?:("
    + "|".join(sorted(_LEX.PARTS_OF_DAY_OF_A_DATE))
    + r")|early[ \t]+hours|small[ \t]+hours)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
# "at 4:17 a.m. local time (0117 GMT) on Wednesday": wire copy restates a clock time in another zone in
# parentheses between the time and its day
_ZONE_RESTATEMENT = compile_pattern(
    r"[ \t]*\([ \t]*\d{1,2}[:.]?\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]+[A-Z]{2,5}[ \t]*\)"
)
_WORD_JUST_BEFORE = compile_pattern(r"(?<![A-Za-z'])([A-Za-z]+)[ \t]+$")
#: The verb group between a clock time in a subject and "on" its day ("[was imposed] on", "[ended] on").
_VERB_GROUP_TO_ON = compile_pattern(
    r"[ \t]+(?:(?:was|were|is|are|has|have|had|will|would|been|be)[ \t]+){0,2}[a-z]+[ \t]+on[ \t]+"
)
#: A clock time closing a sentence's subject: "A curfew from [9pm]", "The talks at [3pm]".
_SUBJECT_CLOCK_BEFORE = compile_pattern(
    r"(?:^|[.!?][ \t]+|\n)(?:the|a|an)[ \t]+[a-z]+[ \t]+(?:from|at)[ \t]+$", re.IGNORECASE
)
_ARTICLE_BEFORE = compile_pattern(r"(?<![A-Za-z])(?:the|a|an)[ \t]+$", re.IGNORECASE)
#: A reporting period of several quarters: "the first nine months", "the six months", "the first half".
_LONGER_REPORTING_PERIOD = compile_pattern(
    r"\bthe\s+(?:(?:first|past|latest|last)\s+)?(?:(?:six|nine|6|9)\s+months|(?:first|second)\s+half)\b",
    re.IGNORECASE,
)
#: A market close that a day names: "the closing price on [Friday]", "[Friday]'s close".
_CLOSE_BEFORE_DAY = compile_pattern(
    r"\b(?:closing\s+(?:price|level|value)s?|close)\s+(?:on\s+)?$", re.IGNORECASE
)
# what `_CLOSE_BEFORE_DAY` ends with (`_may_end_with`)
_CLOSE_BEFORE_ENDS = ("close", "price", "prices", "level", "levels", "value", "values", "on")
#: How far a timetable's present verb may stand before its weekday, and what may not come between.
_TIMETABLE_REACH = 48
_TIMETABLE_GAP_BREAK = compile_pattern(r"[,;:.()\"“”!?]")
#: An adjective putting an occasion ahead and the word after it: "the next meeting", "upcoming vote".
_NEXT_OCCASION = compile_pattern(
    r"(?<![a-z])(?:" + "|".join(sorted(_LEX.NEXT_OCCASION_WORDS)) + r")\s+(?P<after>[a-z]+)"
)
#: What ends the stretch from "next ..." to its weekday; a label's colon and a comma do not
#: ("Next meeting: Tuesday", "the upcoming vote, on Tuesday").
_NEXT_OCCASION_GAP_BREAK = compile_pattern(r"[;.()\"“”!?]")
_CLOSE_AFTER_DAY = compile_pattern(r"'s\s+(?:close|closing\s+(?:price|level|value))\b", re.IGNORECASE)
#: "after" leading a clause in the same sentence as the day before it: "on June 18, [hours after] the".
_AFTER_IN_CLAUSE = compile_pattern(
    r"[^.;!?]{0,40}?,\s+(?:(?:hours|minutes|shortly|just|soon|moments)\s+)?after\s[^.;!?]*$"
)
_YEAR_OR_MONTH_VALUE = compile_pattern(r"\d{4}(?:-\d{2})?")
#: A day of a known year or month the story has not named, perhaps with a time of it: "1921-XX-XX",
#: "1883-XX-XXTMO", "1962-06-XXT20:40".
_UNNAMED_DAY_VALUE = compile_pattern(r"(?P<day>\d{4}(?:-\d{2}-XX|-XX-XX))(?P<time>T[0-9:A-Z]+)?")
_MIDNIGHT_ENDING_DAY = compile_pattern(r"\d{4}-\d{2}-\d{2}T24")
#: Clock times before dawn, and reference times in the evening or night that such a time follows.
_SMALL_HOURS = compile_pattern(r"0[0-5]:\d\d(?::\d\d)?")
#: A clock reading in a value ("23:30", "00:20:15"), as against a part of the day ("NI").
_CLOCK_READING = compile_pattern(r"[0-2]\d:\d\d(?::\d\d)?")
#: "went in at", "closed at", "since": the word before a clock time that dates an act at that time.
_AT_OR_SINCE_BEFORE = compile_pattern(r"\b(?:at|since)\s+$")
#: An infinitive ("was to reopen", "were due to start"): a plan made in the past, whose time may lie ahead.
_TO_INFINITIVE = compile_pattern(r"\bto\s+[a-z]")
#: Past verbs that fix a time for what they arrange or announce ("called a press conference at 2pm").
_PLAN_FIXING_VERBS = _LEX.SCHEDULING_VERBS | _LEX.FIXED_FOR_VERBS
#: The countries and cities of the southern hemisphere, capitalised as names ("SYDNEY", "New Zealand").
_SOUTHERN_PLACE_NAMES = "|".join(
    sorted(
        {place for name in _LEX.SOUTHERN_HEMISPHERE_PLACES for place in (name, name.upper())}, reverse=True
    )
)
#: A dateline naming a southern place at a line's start, maybe with its country and an agency: "SYDNEY -",
#: "Christchurch, New Zealand (AP) —" ("CHRISTCHURCH, Dorset -" names the English one).
_SOUTHERN_DATELINE = compile_pattern(
    r"(?m)^[ \t]*(?:" + _SOUTHERN_PLACE_NAMES + r")(?:,[ \t]+(?:" + _SOUTHERN_PLACE_NAMES + r"))?"
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-\u2013\u2014:]"
)
#: A southern place told as where things are or whose they are ("in New Zealand", "across Queensland",
#: "Sydney's spring market"): in a text's lead or in the sentence of a season, that season is the south's
#: ("flew to Sydney" or "an Australian tourist" is no such sign).
_SOUTHERN_SETTING = compile_pattern(
    r"(?:(?<![A-Za-z])(?:in|across|throughout|around)[ \t]+(?:" + _SOUTHERN_PLACE_NAMES + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:" + _SOUTHERN_PLACE_NAMES + r")['\u2019]s(?![A-Za-z]))"
)
#: How far into a text its dateline and lead may name a southern place.
_SOUTHERN_OPENING_REACH = 300
#: A listing's sentence opened by the participle of a repeat before its day: "Repeated (on) ".
_LISTED_REPEAT_BEFORE = compile_pattern(
    r"\s*(?P<participle>" + "|".join(sorted(_LEX.REPEAT_LISTING_PARTICIPLES)) + r")\s+(?:on\s+)?"
)
#: How far before its day a listing's participle of a repeat may stand ("Re-broadcast on ").
_REPEAT_PARTICIPLE_REACH = 20
#: The object of a verb announcing a measure, then "from": " a ceasefire from ", " an overnight curfew from ".
_MEASURE_FROM_AFTER_VERB = compile_pattern(r"\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){1,3}from\s+")
#: A participle in "-ing" ("rain starting at 6pm"): the clock time is its own, not the past verb's.
_ING_WORD = compile_pattern(r"(?<![a-z])[a-z]{2,}ing(?![a-z])")
_MONTH_VALUE_OF_YEAR = compile_pattern(r"\d{4}-(?:0[1-9]|1[0-2])")  # a month of a known year ("2026-03")
#: The day a part of a month ("mid-February" MID, "late April" END) is counted on from by weeks.
_MONTH_PART_COUNTED_FROM: dict[str, int] = {"MID": 15, "END": 24}
_MONTH_VALUE_OF_UNKNOWN_YEAR = compile_pattern(r"XXXX-(?:XX|0[1-9]|1[0-2])")  # "XXXX-05", "XXXX-XX"
#: An article or a possessive opening the object right after a verb ("set [a] new election", "moved [the] vote").
_OBJECT_OPENING_AFTER = compile_pattern(
    r"[ \t]+(?i:" + words_regex(frozenset({"a", "an", "the"}) | _LEX.POSSESSIVE_DETERMINERS) + r")[ \t]"
)
_REPORTING_WORD = compile_pattern(r"(?<![a-z])(?:" + "|".join(sorted(_LEX.REPORTING_CUES)) + r")(?![a-z])")
#: A verb attributing a quotation to its speaker ("said", "wrote"), in its sentence before the quotation.
_QUOTE_ATTRIBUTION = compile_pattern(
    r"(?<![a-z])(?:" + "|".join(sorted(_LEX.QUOTE_ATTRIBUTION_VERBS)) + r")(?![a-z])"
)
#: A month of delivery told earlier in the sentence, then "for" right before the next month.
_DELIVERY_MONTH_BEFORE = compile_pattern(
    r"(?<![a-z])for\s+[a-z]+\s+(?:"
    + "|".join(sorted(_LEX.DELIVERY_MONTH_NOUNS))
    + r")(?![a-z])(?:[^.;:!?\n]|(?<=\d)\.(?=\d))*(?<![a-z])for\s+$"
)
#: "for " right before a month ("for May delivery").
_FOR_BEFORE = compile_pattern(r"(?<![a-z])for\s+$")
#: The rest of a sentence after goods traded for a month, a price's decimals kept ("$4.61"), for
#: `_contract_month`.
_CONTRACT_PRICE_SPAN = compile_pattern(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,120}")
#: A future verb, then "whether" or "if" opening a clause with a subject and a present perfect ("will
#: hear whether they have been", "will check if it has"), in one sentence, right up to the perfect's cue.
_FUTURE_THEN_WHETHER = compile_pattern(
    r"(?<![a-z])(?:will|shall|'ll)\s+(?:not\s+)?[a-z]+\s(?:[^.;:!?\n]{0,40}\s)?(?:whether|if)\s+[a-z]+\s+(?:ha(?:ve|s)\s+[a-z]+)$"
)
_DELIVERY_CUE = "a month of delivery"  # the tense given to a month of delivery ("for May delivery")
#: A statement put out rather than said ("the following communiqué was issued last night:").
_ISSUED_STATEMENT = compile_pattern(
    r"(?<![a-z])(?:" + "|".join(sorted(_LEX.ISSUED_STATEMENT_VERBS)) + r")(?![a-z])"
)
#: "by 9.30am", "by about 6am": the time something was done by.
_BY_BEFORE_CLOCK = compile_pattern(r"(?<![a-z])by\s+(?:about\s+|around\s+|roughly\s+)?$")
_MORNING_CLOCK = compile_pattern(r"(?:0\d|1[01]):\d\d(?::\d\d)?")  # a clock time before noon
#: A clock time from morning to the end of the afternoon.
_DAYTIME_CLOCK = compile_pattern(r"(?:0[6-9]|1[0-7]):\d\d(?::\d\d)?")
_EVENING_CLOCK = compile_pattern(r"(?:1[89]|2[0-4]):\d\d(?::\d\d)?")  # from six in the evening to midnight
#: The rest of one sentence from a time to the next, going on with "and" ("... south of Malta and
#: reached the harbour before"), with no clause of its own between.
_AND_THEN_CLAUSE = compile_pattern(r"[^.;:!?\n\"]{0,80}?\band\s[^.;:!?\n\",]{0,80}")
_CLOCK_POD = compile_pattern(r"\d{2}:\d{2}")
#: What may come before a day a historic present sets as now, from its sentence's opening: nothing (a
#: dateline), "It is", "Today is", "On", "It is the morning of".
_HISTORIC_NOW_LEAD = compile_pattern(
    r"\s*(?:(?:(?:it|today|this)\s+is|it's|on)\s+)?"
    r"(?:(?:the\s+)?(?:morning|afternoon|evening|night|dawn|day)\s+of\s+)?"
)
#: "twelve o'clock" or "12 o'clock" with no half of the day named: noon or midnight by what follows.
_TWELVE_OCLOCK = compile_pattern(r"(?:twelve|12)\s+o['\u2019]clock", re.IGNORECASE)
#: A yearly set's day ("every 13 December": XXXX-12-13).
_YEARLY_DAY_VALUE = compile_pattern(r"XXXX-\d{2}-\d{2}")
_WHEN_CLAUSE_AFTER = compile_pattern(r",?[ \t]+when(?![a-z])")
#: The word before a part of the day and its preposition ("often in the middle of the night", "usually at dawn").
_ADVERB_BEFORE_POD = compile_pattern(
    r"(?<![a-z])([a-z]+),?\s+(?:(?:in|at|during|around|after|before|by|until|toward|towards)\s+)?$"
)
#: The words between a clock time and the date of the night it falls in: "midnight on the night of 23-24 June".
_ON_THE_NIGHT_OF = compile_pattern(r"\s+(?:on\s+|during\s+)?the\s+night\s+of\s+", re.IGNORECASE)
_AFTER_WORD_BEFORE = compile_pattern(r"(?<![a-z])after\s+$", re.IGNORECASE)
_UNTIL_WORD = compile_pattern(r"(?<![a-z])(?:until|till)(?![a-z])", re.IGNORECASE)
#: How far back in its sentence the date an "until" runs on from may be.
_UNTIL_REACH = 160
#: "since" opening a clause or a phrase that runs on, with no pause, to the year after it.
#: A "when" clause opening right after a year ("in 2017, when polls opened"): it tells of that year.
_WHEN_AFTER_YEAR = compile_pattern(r",?[ \t]+when(?![a-z])")
#: A past "which" clause right after an event named by its year ("the Gunpowder Plot of 1605, which was
#: uncovered on 5 November", "the flood of 1953, which struck on 31 January"): it tells of that year.
_WHICH_AFTER_EVENT_YEAR = compile_pattern(
    r"(?<![a-z])of[ \t]+(?P<year>\d{3,4}),[ \t]+which[ \t]+(?P<verb>[a-z]+)(?![a-z])[^,.;:!?\n]*$"
)
_SINCE_BEFORE_YEAR = compile_pattern(r"(?<![a-z])since\s[^,;:.()]{0,55}$")
#: A calendar value's year, month and day (the day may be missing).
_YEAR_MONTH_DAY = compile_pattern(r"(\d{4})-(\d{2})(?:-(\d{2}))?$")
#: "has been a federal holiday", "became a public holiday": a feast named as a holiday of every year.
#: A day of the month as the subject of a passive of keeping: " has been kept as", " is marked".
_KEPT_AS_SUBJECT_AFTER = compile_pattern(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:"
    + "|".join(sorted(_LEX.KEEPING_PARTICIPLES))
    + r")(?![a-z])"
)
#: A present passive of keeping right before "on" and a day of the month, or "at" and a time of day put
#: on one: "is now observed again on ", "are remembered at dawn on " (an adverb or a time of day between).
_KEPT_ON_BEFORE = compile_pattern(
    r"(?<![a-z])(?:is|are)\s+(?:[a-z]+\s+){0,2}(?:"
    + "|".join(sorted(_LEX.KEEPING_PARTICIPLES))
    + r")\s+(?:[a-z]+\s+){0,3}(?:on|at)\s+$"
)
_MADE_A_HOLIDAY_AFTER = compile_pattern(
    r",?\s+(?:is|are|has\s+been|have\s+been|became|remains|was\s+made)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}holiday(?![a-z])",
    re.IGNORECASE,
)
#: A relative clause set off by commas inside a sentence: ", where two lanterns warned of the route,".
_COMMA_RELATIVE_CLAUSE = compile_pattern(r",[ \t]+(?:which|who|whom|whose|where)(?![a-z])[^,.;:!?\n]{1,90},")
#: A relative word opening a clause inside the subject: "the corner where Princip fired has".
#: "in 2024", "in the summer of 1994", "in May 1994" ending where a year ends: a time with its year after "in".
_IN_TIME_WITH_YEAR_BEFORE = compile_pattern(r"(?<![a-z])in\s+(?:[a-z]+\.?\s+){0,3}[12]\d{3}$")
_APPENDED_RELATIVE = compile_pattern(r",\s+(?:which|who)\s", re.I)  # "the monsoons, which blow in winter"
_RELATIVE_WORD = compile_pattern(r"(?<![a-z])(?:which|who|whom|whose|where|that)(?![a-z])", re.I)
#: A preposition opening a participle's phrase: "a stone marked [with] the name", "built [by] the navy".
_PARTICIPLE_PHRASE_AFTER = compile_pattern(
    r"[ \t]+(?:by|in|on|at|with|like|from|to|into|for|of|near|as|under|over|above|beside|across|through)"
    r"(?![a-z])",
    re.I,
)
#: "On a typical morning", "on an ordinary weekday": any such day, whose clock times are every day's.
_TYPICAL_OCCASION = compile_pattern(
    r"\b(?:a|an)\s+(?:" + words_regex(_LEX.TYPICAL_OCCASION_WORDS) + r")\s+"
    r"(?:day|morning|afternoon|evening|night|week|weekday|weekend|shift)\b",
    re.IGNORECASE,
)
_INDEFINITE_BEFORE = compile_pattern(r"\b(?:a|an)\s+$", re.IGNORECASE)
#: A frequency adverb just before a clock time: "called there most often after 1 a.m.", "usually by 6".
_FREQUENCY_BEFORE_CLOCK = compile_pattern(
    r"(?<![a-z])(?:(?:most\s+often|more\s+often|often|usually|typically|generally|normally|mostly|commonly|always)"
    r"\s+(?:(?:after|before|at|around|about|between|by|until|from|past)\s+)?"
    r"|as\s+(?:usual|normal)\s+)$",  # "We're open as usual 8am-4pm": the standing hours
    re.IGNORECASE,
)
#: A place's standing hours named right before the clock time: "has moved its opening hours to 6 a.m.",
#: "visiting hours are 2 p.m. to 8 p.m.".
_STANDING_HOURS_BEFORE = compile_pattern(
    r"(?<![a-z])(?:opening|visiting|business|office|trading|working)\s+hours\s+"
    r"(?:(?:are|were|will\s+be|to|of|from)\s+)?(?:from\s+)?$",
    re.IGNORECASE,
)
#: What may close the clause of a last call's hour ("Last orders are at 10.30.", "... at 10.30, and"): no day.
_LAST_CALL_CLAUSE_CLOSE = compile_pattern(r"[ \t]*(?:[,;!?\n]|\.(?![0-9])|and\s|$)")
#: A rule's hour named by the clock time before it: "the 10 p.m. curfew", "its 2 a.m. closing time".
_STANDING_RULE_BEFORE = compile_pattern(r"(?<![a-z])(?:the|its|their)\s+$", re.IGNORECASE)
_RULE_HOUR_AFTER = compile_pattern(
    r"\s+(?:" + "|".join(sorted(_LEX.DAILY_HOURS_ORDERS)) + r"|closing\s+times?|last\s+orders)(?![a-z])",
    re.IGNORECASE,
)
#: An order's noun, then "from"/"between" and, when the span is the second hour, the first hour and its link
#: ("curfew from 7pm to", "curfew order between"): the end of both daily-order patterns below.
_ORDER_FROM_FIRST_HOUR = (
    r"(?:"
    + "|".join(sorted(_LEX.DAILY_HOURS_ORDERS))
    + r")(?:\s+(?:order|requirement|condition)s?)?,?\s+(?:from|between)\s+"
    r"(?:[0-9][0-9:.]*\s*(?:[ap]\.?m\.?)?\s+(?:to|and|until|till)\s+)?$"
)
#: The hours of an order with a length, each day of it: "a 12-week curfew from 7pm to 7am", "a two-month
#: electronically monitored curfew between 8pm and 6am", "a 12 week curfew order from", "a week-long curfew,
#: from" (the second hour after the first and its link); a one-day order's hours are that day's.
_DAILY_ORDER_HOURS_BEFORE = compile_pattern(
    r"(?<![a-z])(?!(?:one|1|single)-)"
    r"(?:[a-z0-9]+-(?:night|day|week|month|year)|\d+\s+(?:night|day|week|month|year)s?'?"
    r"|(?:night|day|week|month|year)-long)"
    r"\s+(?:(?!(?:and|or|but|an?|the)\s)[a-z-]+\s+){0,3}" + _ORDER_FROM_FIRST_HOUR,
    re.IGNORECASE,
)
#: The hours of an order whose length is told after them: "a curfew from 7pm to 7am for 12 weeks", "a
#: night-time curfew between 10 p.m. and 5 a.m. for a month" (the order, then the first hour and its link);
#: `_ORDER_LASTING_AFTER_HOURS` must follow the hour. A one-night order's hours are that night's.
_ORDER_HOURS_BEFORE = compile_pattern(
    r"(?<![a-z])" + _ORDER_FROM_FIRST_HOUR,
    re.IGNORECASE,
)
_ORDER_LASTING_AFTER_HOURS = compile_pattern(
    r"(?:\s+(?:to|and|until|till)\s+[0-9][0-9:.]*\s*(?:[ap]\.?m\.?)?)?(?:,?\s+for\s+(?:the\s+next\s+)?"
    r"(?!(?:a|an|one|1|single)\s+(?:night|day|evening)\b)"
    # "for the night after the riot", "for the day of the funeral": one night or day named, no length
    r"(?!(?:the|this|that)\s)"
    r"(?:an?|\d+|[a-z]+(?:-[a-z]+)?)\s+(?:nights?|days?|weeks?|months?|years?)(?![a-z])"
    # "a curfew from 8pm to 6am has been in force since Wednesday", "... remains in place": an order
    # standing over days, whose hours are those of each of them
    r"|\s+(?:(?:has|have|had)\s+been|(?:will\s+)?remains?)\s+in\s+(?:force|place|effect)(?![a-z]))",
    re.IGNORECASE,
)
#: The openings of a present-perfect cue: "has been", "hasn't been", "he's been", "they've been".
_PRESENT_PERFECT_CUES: tuple[str, ...] = ("has ", "have ", "hasn't ", "haven't ", "'s ", "'ve ")
#: "a 7am shift", "an 8pm shift": a kind of shift that starts then, worked on any day.
_SHIFT_AFTER = compile_pattern(r"\s+shifts?\b")
#: Whoever does something in the present, then a bound or "at" before a clock time: "anyone who finds an
#: injured animal after 6pm", "whoever arrives before 9am" (not "anyone who saw", "who was", "who has").
_ANYONE_DOING_BEFORE = compile_pattern(
    r"(?<![a-z])(?:anyone|anybody|whoever)(?:\s+who)?\s+(?!was\s|has\s|is\s)[a-z]+s\s"
    r"[^.;:!?\n]{0,60}(?<![a-z])(?:after|before|until|till|between|at|from)\s+$"
)
#: Things a participle picks out, then a bound of hours: "Letters posted after", "Orders placed before"; with
#: the word before the plural, if any ("[the] results announced after").
_THINGS_DONE_BOUND_BEFORE = compile_pattern(
    r"(?<![a-z])(?:(?P<lead>[a-z]+)[ \t]+)?[a-z]+s\s+[a-z]+ed\s+(?:after|before)\s+$"
)
#: A verb of allowing or forbidding, then (in the same clause) a bound of hours: "allowed smoking after".
_PERMITTED_HOURS_BEFORE = compile_pattern(
    r"(?<![a-z])(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|ban|bans|banned|banning"
    r"|forbid|forbids|forbade|forbidden|forbidding|prohibit|prohibits|prohibited|prohibiting)(?![a-z])"
    r"[^.;!?]{0,50}(?<![a-z])(?:after|before|until|till|past|between)\s+$"
    # "new drivers may not drive between 11 p.m. and 6 a.m.": a modal of a rule's permission, before a
    # bound a rule sets; "may not arrive until 6pm", "may not be known until after 10pm" foretell one day
    + r"|(?<![a-z])(?:"
    + "|".join(r"\s+".join(map(re.escape, modal.split())) for modal in sorted(_LEX.RULE_MODALS))
    + r")(?![a-z])[^.;!?]{0,50}(?<![a-z])(?<!until\s)(?<!till\s)(?:after|past|between)\s+$",
    re.IGNORECASE,
)
_BALANCE_DAY_BEFORE = compile_pattern(r"(?<![a-z])as\s+(?:at|of)\s+$", re.IGNORECASE)
_ON_THAT_DAY_AFTER = compile_pattern(r"\s+on\s+(?:that|the\s+same)\s+(?:date|day)(?![a-z])", re.IGNORECASE)
#: What joins a clock time to a set of days it recurs on ("6pm each day", "daily from 9am").
_CLOCK_THEN_DAYS = compile_pattern(r"\s*(?:,\s*)?(?:on\s+)?", re.IGNORECASE)
_DAYS_THEN_CLOCK = compile_pattern(r"\s*(?:,\s*)?(?:from|between|at|until|till)?\s*", re.IGNORECASE)
#: The warning on a period counted from the writer's now when no DCT says when that was.
_NO_DCT_NOW = "no DCT: counted from an unknown time of writing"
#: The value of a month or a week counted from a writer's now that no DCT gives ("next month").
_UNKNOWN_NOW_UNITS = {"month": "XXXX-XX", "week": "XXXX-WXX"}
_SLOT_AFTER = compile_pattern(r"\s+(?:time\s+)?(?:slot|hour)(?![a-z])", re.IGNORECASE)  # "the 9 p.m. slot"
_AT_BETWEEN = compile_pattern(r"\s+at\s+", re.IGNORECASE)  # "Friday at 3 a.m."
#: "evening shows at half past seven", "the evening service at six": "evening" naming what is held then.
_EVENING_NOUN_AT = compile_pattern(r"\bevening\s+[a-z]+\s+at\s+$")
_EVENING_NOUN_AT_REACH = 40
#: What joins a set of evenings to a clock time of theirs: ", at ", " at six and ", " at six o'clock, ".
_EVENING_SET_TO_CLOCK = compile_pattern(r",?\s+at\s+(?:[a-z]+(?:\s+o'clock)?(?:,\s*|,?\s+and\s+))?")
_CLOCK_RANGE_LINK = compile_pattern(r"\s*(?:and|to|until|till|-|\u2013)\s*", re.IGNORECASE)
#: What closes the run of a habit before the day it runs to: "every Thursday evening through Labor Day".
_HABIT_RUN_CLOSE_BEFORE = compile_pattern(r"(?:through|thru|until|till)\s+$")
#: Sets of days, or of a part of each day ("every morning from 8 a.m. until noon").
_DAILY_SET = compile_pattern(
    # "until 9 p.m. every Thursday evening": a weekday's part of the day recurs as the weekday does
    # "every other day, from 6 am to 6 pm", "every three days": days counted apart recur as days do
    r"P[1-9]\d?D|XXXX-WXX-[1-7](?:WE|T(?:MO|MI|AF|EV|NI))?|XXXX-WXX-WE|XXXX-XX-XXT(?:MO|MI|AF|EV|NI)"
)
#: The note of a year of account named by a determiner ("'the current financial year'", "'last tax year'").
_ACCOUNT_YEAR_NOTE = compile_pattern(r"(?:financial|tax) year'")
#: "..., which began July 1", "that begins Oct. 1", "beginning in October": the month a fiscal year just
#: named opens in, already past when the verb is.
_FISCAL_YEAR_OPENING_AFTER = compile_pattern(
    r",?\s+(?:(?:which|that)\s+(?:(?P<opened>began|started)|begins|starts)|beginning|starting)\s+"
    r"(?:on\s+|in\s+)?(?P<month>" + "|".join(sorted(_LEX.MONTHS, key=len, reverse=True)) + r")(?![a-z])",
    re.IGNORECASE,
)
#: A double year closing an expression ("1931-32", "1889/90"): one year of account or of a school.
_DOUBLE_YEAR_END = compile_pattern(r"\d{4}[ \t]*[-/\u2013][ \t]*\d{2}(?:\d{2})?$")
#: The last month of a British year of account (April to March).
_ACCOUNT_YEAR_LAST_MONTH = 3
#: "last academic year", "the end of the school year": a school's year, named by the year it ends in.
_ACADEMIC_YEAR_NOTE = compile_pattern(r"(?:academic|school) year'")
#: The last month of a school year in the north (from August or September to June or July).
_ACADEMIC_YEAR_LAST_MONTH = 7
#: How far apart, in characters, a clock time and a set of days in its sentence may be.
_SET_DAYS_REACH = 80
#: The longest one-word season ("autumn", "summer"): a longer extent carries a modifier or a year.
_LONGEST_SEASON_WORD = 6
#: "in" right before an expression ("open until 7pm in summer", "In winter the pass is closed").
_BARE_IN_BEFORE = compile_pattern(r"(?:^|[^a-z])in\s$")
#: A year after a season ("in summer 1916", "in winter of 1941"): one season, not every year's.
_YEAR_AFTER_SEASON = compile_pattern(r"\s*(?:of\s+)?'?\d{2,4}\b")
#: A set counting days in each week ("seven days a week", "five days a week"), or parts of days ("three
#: mornings a week", "two evenings a week"): a set of days.
_DAYS_A_WEEK = compile_pattern(
    r"[a-z0-9]+\s+(?:days|" + words_regex(_LEX.PLURAL_PARTS_OF_DAY) + r")\s+(?:a|per|each)\s+week",
    re.IGNORECASE,
)
#: An hour told by the clock face ("six o'clock", "half past four", "6:40" with no leading zero), which
#: leaves a.m. or p.m. to the story.
_HOUR_WITHOUT_HALF_OF_DAY = compile_pattern(
    r"o'clock|o\u2019clock|\bpast\b|^(?:about |around )?(?:[a-z]+|(?:[1-9]|1[01])[:.]\d\d)$", re.IGNORECASE
)
_HALF_OF_DAY_NAMED = compile_pattern(r"\b(?:a\.?m\b|p\.?m\b|morning|afternoon|evening|night)", re.IGNORECASE)
#: The other end of a range written on the 24-hour clock ("10:00-16:00", "from 10.30 to 13.00", "08:00 to
#: 10:00"): a reading with a leading zero or an hour past noon, which says the range's hours are the 24-hour
#: clock's, so its other end is not moved to the afternoon either.
_RANGE_CLOSE_ON_24_HOUR_CLOCK = compile_pattern(
    r"[ \t]*(?:-|\u2013|to|until|till)[ \t]*(?:0\d|1[3-9]|2[0-3])[:.][0-5]\d(?![0-9])"
)
_RANGE_OPENING_ON_24_HOUR_CLOCK = compile_pattern(
    r"(?<![0-9.:])(?:0\d|1[3-9]|2[0-3])[:.][0-5]\d[ \t]*(?:-|\u2013|to|until|till)[ \t]*$"
)
#: A reference time from noon to early evening, which an hour told without a.m. or p.m. goes on from.
_AFTERNOON_REFERENCE = compile_pattern(r"T(?:AF|MI|1[2-7]:\d\d)")  # lunchtime (MI) is told from noon
_STORY_WEEKDAY = compile_pattern(r"(?<![a-z])(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z])")
_SINCE_BEFORE = compile_pattern(r"\bsince\s+$", re.IGNORECASE)
#: A thing's noun phrase and the participle dating its making, right before a time: "a telephone call
#: made in ", "the letters written in ".
_THING_MADE_IN_BEFORE = compile_pattern(
    r"\b(?:a|an|the|its|his|her|their|this|that|these|those)\s+(?:[a-z'-]+\s+){0,2}(?:"
    + "|".join(sorted(_LEX.THING_MAKING_PARTICIPLES))
    + r")\s+in\s+$"
)
#: An owner's year of account and the present verb that bounds it, right before a month or a day: "whose
#: fiscal year begins in ", "its financial year ends on ".
_ACCOUNT_YEAR_BOUND_BEFORE = compile_pattern(
    r"\b(?:whose|its|their|our|his|her)\s+(?:"
    + "|".join(sorted(_LEX.ACCOUNT_YEAR_WORDS))
    + r")\s+year\s+(?:"
    + "|".join(sorted(_LEX.ACCOUNT_YEAR_BOUND_VERBS))
    + r")\s+(?:in|on)\s+$"
)
#: A thing and the participle that dates its making, right before a day: "a configuration change made ",
#: "an email sent on ".
_THING_MADE_ON_DAY_BEFORE = compile_pattern(
    r"\b(?:a|an|the|its|his|her|their|this|that|these|those)\s+(?:[a-z'-]+\s+){0,3}(?:"
    + "|".join(sorted(_LEX.THING_MAKING_PARTICIPLES))
    + r")\s+(?:on\s+)?$"
)
#: A participle aside on a noun, set off by commas, up to a date: "Holwell's account, published in ".
_MADE_IN_ASIDE_BEFORE = compile_pattern(
    r"[a-z'\u2019],\s+(?:" + "|".join(sorted(_LEX.THING_MAKING_PARTICIPLES)) + r")\s+in\s+$"
)
#: The aside closed after its date and the clause going on with its verb: "1758, put the dead at".
_ASIDE_CLOSED_AFTER = compile_pattern(r",\s+[a-z]")
#: A noun phrase set off by a comma after a name, up to a year: "Kolehmainen, the winner of three races at
#: Stockholm in ".
_APPOSITIVE_ON_A_NAME_BEFORE = compile_pattern(r"[A-Z][\w'\u2019-]*,\s+the\s+[a-z][^,.;:()]*\s+in\s+$")
#: A when-clause opened right after a year and running up to a holiday: "last year, when it coincided with".
_WHEN_CLAUSE_OF_A_YEAR = compile_pattern(r",\s+when\s[^.;:!?\n]{0,60}", re.IGNORECASE)
#: A schedule's "due to" with its verb right before a date ("with the nave due to reopen by Christmas",
#: "due to be completed in June"), whatever verb governs the sentence.
_DUE_TO_BEFORE = compile_pattern(
    r"\b(?:due|scheduled|slated|set)\s+to\s+(?:be\s+)?[a-z]+\s+(?:by|on|in|at|before|until|for)\s+$",
    re.IGNORECASE,
)
#: A sentence's first noun phrase (up to four words) and the comma that opens an aside on it.
_SUBJECT_THEN_COMMA = r"\s*(?:[A-Z][\w'-]*\s+){0,1}[\w'-]+(?:\s+[\w'-]+){0,2},\s+"
#: A sentence opening with its subject and a relative clause on it, up to a date: "The Finn, who was
#: fastest in both practice sessions on ".
_ASIDE_ON_SUBJECT = compile_pattern(_SUBJECT_THEN_COMMA + r"(?:who|which)\s+[^,.;]*$")
#: The same, or a participle clause ("Orderic, writing sixty years later,"), said in a story of a source.
_ASIDE_OR_PARTICIPLE_ON_SUBJECT = compile_pattern(_SUBJECT_THEN_COMMA + r"(?:who|which|[a-z]+ing)\s+[^,.;]*$")
#: A past participle or a relative clause set off by commas after a name anywhere in the sentence
#: ("where Mill, elected for the city the year before,", "Its leader, Smith, appointed two years earlier,").
#: The name opens its clause or follows a comma ("... River on 19 August, scattered" is a series of verbs).
_ASIDE_ON_A_NAME = compile_pattern(
    r"(?:^|[.;,]\s+|\b(?:where|when|while|and|but|as)\s+)(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*,\s+"
    r"(?:who|which|[a-z]+ed)\s+[^,.;:()]*$"
)
#: A comma and a conjunction after a date: what stood before it was a clause, not an aside ("..., and").
_JOINED_CLAUSE_AFTER = compile_pattern(r",\s+(?:and|but)\s")
#: A past participle set off by a comma after a noun phrase opened by a determiner or a possessive name (with
#: either apostrophe), up to a date: "the union of the two churches, agreed at Florence ", "The treaty, signed
#: at Worms ", "Their charter, sealed at York ", "Brandt's application, posted from Cleveland " (a name's aside
#: is _ASIDE_ON_A_NAME).
_PARTICIPLE_ASIDE_ON_A_THING = compile_pattern(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[A-Z][a-z]+['\u2019]s)\s+(?:[\w'-]+\s+){0,6}[a-z][\w'-]*,\s+"
    # irregular participles too: "Nelson's letter, written (sent, begun, built) three days earlier, was"
    r"(?P<participle>[a-z]+(?:ed|en|wn|lt|ld|ht|nt|un))\s+[^,.;:()]*$"
)
#: What follows the comma closing such an aside: its clause's own verb ("..., was proclaimed"), not "and"
#: or a second verb of a series ("crossed the river, marched north three days later, and took").
_VERB_AFTER_ASIDE = compile_pattern(r",\s+(?:was|were|had|would|could|is|are|has|have)\b")
#: Participles no past tense shares ("written", "drawn", "begun"): the aside they open cannot be a verb of a
#: series, so a past verb may close it ("Nelson's letter, written three days earlier, reached London").
_PARTICIPLE_ONLY_ENDINGS = ("en", "wn", "un")
_PAST_VERB_AFTER_ASIDE = compile_pattern(r",\s+[a-z]+ed\b")
#: "since Hurricane Fran in", "since the crash of": a bound named by its event, then its date.
_SINCE_EVENT_BEFORE = compile_pattern(r"\bsince\s+(?:[A-Za-z.'-]+\s+){1,4}(?:in|of)\s+$", re.IGNORECASE)
#: "since taking office in", "since joining the board in": a gerund phrase after "since", up to its date.
_SINCE_GERUND_BEFORE = compile_pattern(r"\b[Ss]ince\s+[a-z]{2,}ing\s+(?:[A-Za-z.'-]+\s+){0,3}(?:in|on)\s+$")
_SINCE_GERUND_REACH = 60
#: The note of a bare "the month" ("in the month", "later in the month"), not "this month" or "last month".
_THE_MONTH_NOTE = compile_pattern(r"'(?:(?:earlier|later)\s+in\s+)?the\s+month'", re.IGNORECASE)
#: ", and had booked", "; but": a new clause between a month and a part of "the month".
_CLAUSE_JOINED_BETWEEN = compile_pattern(r"(?:,\s*|;\s*|\s)(?:and|but)\s", re.IGNORECASE)
#: "through the end of the month", "until the middle of the month": a bound reached forward.
_BOUND_BEFORE_PART = compile_pattern(r"\b(?:through|until|till|by)\s+$")
#: "the middle of the month", "the end of the month": a part of "the month" (see `_month_named_before`).
_PART_OF_THE_MONTH_NOTE = compile_pattern(
    r"'(?:the\s+(?:middle|end|start|beginning|rest|remainder)\s+of|(?:early|late)\s+in)\s+the\s+month'",
    re.IGNORECASE,
)
_HEADING_DAYS = compile_pattern(r"(?:\s*(?:and|to|through|-)\s*[A-Za-z]+day)?\s*:")
#: "early" in a morning's expression ("early on Tuesday morning", "Tuesday's early morning").
_EARLY_WORD = compile_pattern(r"(?<![a-z])early(?![a-z])")
#: Between a part of the day and the hour that tells it ("yesterday morning about 4 o'clock", "this
#: morning, at four"): blanks, a comma, "at".
_CLOCK_OF_THE_PART_BEFORE = compile_pattern(r"[ \t]*,?[ \t]*(?:at[ \t]+)?", re.IGNORECASE)
#: What joins the two ends of a range of times of the day: "dawn to dusk", "9 a.m. and noon", "6-8 p.m.".
_TIME_RANGE_LINK = compile_pattern(r"\s*(?:to|until|till|and|through|-|–)\s*", re.IGNORECASE)
#: The end of a night: "by daybreak", and a bare "by morning" after "the night of 2-3 June".
_DAWN = compile_pattern(r"(?:daybreak|dawn|sunrise|first light|morning)")
#: "until", "till", "into" or "past" right before an expression, hedged or not ("until about"), searched in
#: the characters before it.
_UNTIL_BEFORE = compile_pattern(
    r"\b(?:until|till|into|past)\s+"
    r"(?:(?:about|around|nearly|almost|(?:shortly|just|soon)\s+(?:after|before))\s+)?$",
    re.IGNORECASE,
)
_SET_AGAINST_BEFORE = compile_pattern(
    r"\b(?:(?:not|rather\s+than|instead\s+of)\s+(?:(?:on|in|at)\s+)?|than\s+(?:on|in|at|during)\s+)$",
    re.IGNORECASE,
)
_EVENING_OR_NIGHT = compile_pattern(r"\d{4}-\d{2}-\d{2}T(?:NI|EV|1[89]|2[0-4])")
#: A clock time of the evening or night, from 18:00 ("2024-05-10T22:15").
_EVENING_CLOCK_VALUE = compile_pattern(r"\d{4}-\d{2}-\d{2}T(?:1[89]|2[0-3]):\d{2}")
#: A day's night or a clock time from 21:00 on ("1954-05-06T23:00", "1954-05-06TNI").
_LATE_NIGHT_VALUE = compile_pattern(r"\d{4}-\d{2}-\d{2}T(?:NI|2[1-4]:\d{2})")
_TIME_OF_DAY = compile_pattern(r"T(?:\d|MO|MI|AF|EV|NI|DT)")
_DAY_LIKE_VALUE = compile_pattern(
    r"\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-\d{2}-\d{2}|\d{4}-W\d{2}-[1-7]|XXXX-WXX-[1-7]"
)


#: Units of a reference time too long to hold a story's own "today"; the units an undated story told in the
#: past counts an "ago" in from the writer's unknown now ("8,000 years ago"; "two weeks ago" is the story's).
_YEAR_OR_LONGER_UNITS = frozenset({"year", "decade", "century", "millennium"})


@dataclass(slots=True)
class _Reference:
    day: date
    value: str
    index: int
    unit: str
    explicit: bool  # written out with its year ("March 1941"), not computed from the DCT
    end: int  # where it ends in the text


@dataclass(frozen=True)
class _EraReference:
    year: int  # negative: 44 BC is -44 (no year zero)
    value: str
    index: int

    @property
    def anchor(self) -> Anchor:
        return _anchor_at(self)


@dataclass
class _AnchorChoice:
    day: date | None
    anchor: Anchor
    label: str  # "the DCT 2022-02-03" or "the reference time 1941-03 ('March 1941')"


class Resolver:
    """Resolves candidates in text order, keeping the narrative's reference time as it moves."""

    def __init__(
        self, text: str, dct: date | None, kind: DocumentKind, candidates: Sequence[Candidate] = ()
    ) -> None:
        self.text = text
        # the text in lower case with the same offsets, for cheap word checks before a pattern's search
        self.low = text.lower() if text.isascii() else lower_same_length(text)
        # every candidate of the text in order, for rules that read past the one that follows
        self.candidates = candidates
        self._candidate_starts = [candidate.start for candidate in candidates]
        self.dct = dct
        self.kind = kind
        # asked tens of times per expression: an enum member read goes through its class, a bool does not
        self.narrative = kind == DocumentKind.NARRATIVE
        self.tense = TenseOracle(text)
        self._dct_choice = (
            _AnchorChoice(
                dct, _anchor(kind=AnchorKind.DCT, value=dct.isoformat()), f"the DCT {dct.isoformat()}"
            )
            if dct is not None
            else None
        )
        self.reference: _Reference | None = None
        # "ON THIS DAY: 22 November / 1963: ... at 12.30pm": an anniversary column, whose entries labelled
        # by a year tell the writer's day and month in that year (read once, with a cheap word check first)
        self.on_this_day_column = (
            dct is not None and ("this day" in self.low or "in history" in self.low)
        ) and _ON_THIS_DAY_HEADING.search(self.low) is not None
        self.last_quarter: str | None = None
        self.era_reference: _EraReference | None = None  # a story's reference time before AD 1
        self.story_day: date | None = None  # the day a story's "a week later" lands on, finer than its value
        # where a month of a past plan ends that its act put in a later year ("allowed him to leave in January")
        self.plan_ahead_end = -1
        # where a holiday ends that a past act's run-up put ahead of the DCT ("rushed to sell before Easter")
        self.lead_up_end = -1
        self.night_looked_back_end = -1  # where the last "the night" a past perfect looked back to ends
        self.habitual_clock_end = -1  # where the last clock time read as every day's ends
        # where the last month or day put in the writer's future ends, and the first day it names
        self.writers_future_end: tuple[int, date] = (-1, date.min)
        self.past_habit_cue_end = -1  # where the verb of the last clock time read as a past habit ends
        # the last expression whose value is a whole day or a time of one, as (end, day, value, index)
        self.last_dated: tuple[int, date, str, int] | None = None
        self.habitual_clock_pod = ""  # and its clock reading, for a bare hour told after it
        self.habitual_pod_end = -1  # where the last part of the day read as every day's ends
        self.last_day: _Reference | None = (
            None  # the last day the text named, for "that evening" after an aside
        )
        self.last_night_told: _Reference | None = None  # the night of the last evening or night time told
        self.last_month: _Reference | None = None  # the last month the text named, for a news "the month"
        self.last_period: tuple[str, int] | None = None  # the last quarter or half named, and its index
        self.last_decade: _Reference | None = None  # the last decade the text named, for "that decade"
        # a month just told in a past-perfect glance back from the story's day ("had left in October 1904")
        self.flashback_month: _Reference | None = None
        # a year just told in a past-perfect glance back from the story's day ("Two years earlier, he
        # had ..."), for a yearless date later in the same sentence
        self.flashback_year: _Reference | None = None
        # where the last "today" of the writer's (a DCT day word in a story) ends, for "this morning" after it
        self.writers_day_end = -_SENTENCE_REACH - 1
        self.glanced_date_at = -1  # where a date dated by that year starts: it leaves the story where it was
        # the last day the text named other than the day of writing, for "the Friday" after "today"
        self.last_story_day: _Reference | None = None
        # the last day the narration (not a quotation) put its events on, up to the DCT; the small hours
        # of the DCT ("early Wednesday") go on from the night before and leave it where it was
        self.last_told_day: _Reference | None = None
        # the last day before the DCT the text named, and where the current reference time stands
        self.last_past_day: _Reference | None = None
        # the last day after the DCT the text named ("will leave the station on Thursday")
        self.last_day_ahead: _Reference | None = None
        # the last day a plan was set for in a story ("planned to question him on Monday 28 May")
        self.planned_day: _Reference | None = None
        # the last day an event was called for in a story ("leaflets calling for a boycott on Monday")
        self.called_day: _Reference | None = None
        self.reference_span: tuple[int, int] | None = None
        # a morning newspaper's copy ("said yesterday", "last night"), whose news is of the day before
        self.tells_yesterday = "yesterday" in self.low
        # whether the text holds an opening double quotation mark at all: where it holds none, nothing in
        # it is quoted speech, read once here rather than by counting marks around each expression
        self.has_double_quotes = '"' in text or "\u201c" in text
        # the days of the month the text has dated, by (month, day): "arrived on 5 February" again
        self.dated_days: dict[tuple[int, int], _Reference] = {}
        # the last day the text dated, the last run of days it dated close together, earlier day first
        # ("runs from Saturday 6 July to Friday 12 July", "9-13 September"), and the days it dated with
        # their weekday beside them ("Monday 9 September"): a programme's own days
        self.last_day_dated: _Reference | None = None
        self.dated_span: tuple[_Reference, _Reference] | None = None
        self.weekday_dated: set[date] = set()
        # the (year, month) of each month the text has named as such ("in July"): "the men of July" again
        self.months_told: set[tuple[int, int]] = set()
        # the day each bare weekday ("on Tuesday") was last put on: "at 4.02pm on Tuesday" told again
        self.weekdays_told: dict[int, _Reference] = {}
        self.evening_before_dct: _Reference | None = None  # "Sunday night" told in Monday's paper
        self.earlier_reference: _Reference | None = None  # the reference time before the current one
        # where the last feast put in the year its sentence opens on ends, and that year: "Last year Diwali
        # fell on 12 November" goes on in that year past the feast
        self.feast_framed: tuple[int, _Reference] | None = None
        # the index of the last year that named an academic year ("the academic year 1931-32"), or -1
        self.academic_year_index = -1
        # where the last month or season put in the autumn opening an academic year starts, and the index of
        # that expression once it is the reference time ("He sailed in mid-September and returned in June")
        self.academic_autumn_start = -1
        self.academic_autumn_index = -1
        # the expression index of the first day of "the night of 12-13 September", the day the story stays on
        self.night_span_day: int | None = None
        # the value of the last small-hours clock time put past the midnight of a night the story told
        self.past_midnight: str | None = None
        # where "the night" read as the night small hours just told end begins ("struck at 3:52 a.m. ...
        # spent the rest of the night outdoors"): "that morning" after it is the small hours' day
        self.night_ended_by_small_hours = -1
        # the text dates by the Julian calendar: a weekday it wrote beside a date fits only Old Style
        self.old_style = False
        # "noon the next day": where "the next day" starts, and where the clock time before it ends
        self._day_of_clock_before: tuple[int, int] | None = None
        # an undated text's last day of a month ("Fri 13 Dec"): (value, index, end), for a clock time after it
        self.undated_day: tuple[str, int, int] | None = None
        # an undated text's last weekday named alone ("on Saturday": XXXX-WXX-6): (weekday, index), for
        # "the next day" after it
        self.undated_weekday: tuple[int, int] | None = None
        # an undated text's day written with its weekday ("Monday, October 12"): (month, day, weekday);
        # the weekdays of that month are known from it though the year is not
        self.undated_calendar: tuple[int, int, int] | None = None
        # a story's day told with its month and day but no year that none can be worked out for, kept in
        # the stand-in year (see `_on_yearless_story_day`), and where a glance back pauses it until
        self.yearless_story: _Reference | None = None
        self.yearless_paused_until = -1
        # a day of the writer's week named in a story as an aside ("The centenary falls on Sunday")
        self.writers_day: _Reference | None = None
        # the last month of the writer's ("last month") named in a story
        self.writers_month: _Reference | None = None
        # where the writer's last day or week in a story ends ("today", "last weekend"): a weekday just
        # after it in its sentence is of the writer's week
        self.writers_week_end = -_SENTENCE_REACH - 1
        self.writers_year: _Reference | None = None  # the last year of the writer's ("this year") in a story
        # (reference index, whether its clause is in the present): asked again for every step back
        self._present_story: tuple[int, bool] = (-1, False)
        self._present_narration: bool | None = None  # whether the story is told in the present, once read
        self._southern: bool | None = None  # whether the text opens in the southern hemisphere, once read
        # the date labelling the current line of a timeline or diary ("Jan. 12 - ...", "Day 3 (Tuesday,
        # 14 May): ..."), the start of that line, and the last year of a span label ("1939–45 –")
        self.entry: _Reference | None = None
        self.entry_line_end = -1  # where the labelled line ends
        # where a letter's or a diary entry's heading line ends: its entry runs on to the next heading
        self.entry_heading_end: int | None = None
        # where a changelog's release entry closes: at the first section below it that is not one of the
        # release's own ("Fixed", "Added"), such as a closing "Release schedule"
        self.release_entry_close: int | None = None
        # where the text's headings that close a release's entries start, found once (`_release_entry_close`)
        self.release_closing_headings: dict[int | None, list[int]] = {}
        # a section of a year's review headed by its months alone ("March to June"): the heading's month
        # and where its line ends; the yearless dates of the section are in the heading's year
        self.month_heading: tuple[_Reference, int] | None = None
        # a year far from the DCT holding the yearless months after it in news, and where the last one it held ends
        self.year_held: tuple[_Reference, int] | None = None
        # where the month opening a fiscal year just named starts ("the fiscal year beginning Oct. 1"),
        # and the calendar year it opens in
        self.fiscal_opening: tuple[int, int] | None = None
        self.entry_last_year: int | None = None
        self.habitual_month_end = -1  # where the last month read as every year's month ends
        self.writers_unknown_end = -1  # where the last unit of the writer's unknown now ends ("last year")
        # the day an article's lead dates its story on ("struck on Tuesday, 12 January 2010"), written with its year
        self.lead_day: _Reference | None = None
        # the day a dateline says the story was filed, when the paper is dated a day or two after it
        self.filing_day: _Reference | None = None
        # where the last quotation dated by its attribution opens, and the day it was said on
        self._speaker_day_at: tuple[int, _Reference] | None = None
        self._days_told: list[_Reference] = []  # every day the story was put on, in text order
        # the opening quotation mark of the last paragraph-long quotation looked at, and the day it was written
        self._quoted_block_at: tuple[int, _Reference | None] | None = None

    # ------------------------------------------------------------------ anchors
    def _dct_anchor(self) -> _AnchorChoice | None:
        if self.dct is None:
            return None
        return self._dct_choice

    def _reporting_day_before(self, candidate: Candidate) -> bool:
        """Whether the day in context is the date of a reporting verb ("said on Monday") in an earlier
        sentence of a news text."""
        ref = self.reference
        if self.narrative or ref is None or ref.unit != "day":
            return False
        if not _SENTENCE_BREAK.search(self.text[ref.end : candidate.start]):
            return False
        return self._dates_a_statement(ref)

    def _dates_a_statement(self, day: _Reference) -> bool:
        """Whether a day is the date of a reporting verb just before it ("said on Monday")."""
        return _REPORTED_ON.search(self.text[max(0, day.end - 50) : day.end]) is not None

    def _past_act_after_writers_tonight(self, candidate: Candidate, anchor_value: str) -> bool:
        """Whether a clock time in a past clause follows the writer's own tonight ("A satellite is in
        orbit tonight. It lifted off at 3:44 a.m."): the hours after tonight are still to come, so the
        past act was on the DCT itself, not the morning after; so are the hours after the writer's own
        this evening ("The storm is over Ohio this evening. It crossed Indiana at 2 a.m.")."""
        return (
            self.dct is not None
            and anchor_value in (f"{self.dct.isoformat()}TNI", f"{self.dct.isoformat()}TEV")
            and self._tense(candidate).direction == -1
            # "attacked the town tonight. Fighting went on until 2 a.m.": what lasts into the small hours
            # runs on from that night
            and _UNTIL_BEFORE.search(self.text[max(0, candidate.start - 28) : candidate.start]) is None
        )

    def _after_that_night_or_evening(self, candidate: Candidate, anchor_value: str, pod: str) -> bool:
        """Whether a clock time told after a night or an evening of the story falls on the next day."""
        if anchor_value.endswith("TNI"):
            if self._past_act_after_writers_tonight(candidate, anchor_value):
                return False
            ref = self.reference
            if (
                ref is not None
                and self.text.find("\n\n", ref.end, candidate.start) >= 0
                and not self._night_before_dct(anchor_value)
            ):
                return False  # a feed's next post ("... tonight." / "Sunrise 7:01am") starts its own day
            # "spent the rest of the night outdoors ... at 9:30 a.m.": the morning after that night;
            # "a supper tonight ... and at Mass in the morning": so is the morning told after a night
            return _MORNING_CLOCK.fullmatch(pod) is not None or (
                pod == "MO" and self.low.startswith("the ", candidate.start)
            )
        if anchor_value.endswith("TEV"):
            # "was spotted Sunday evening and reached the harbour before noon": what "and" tells next
            # comes after the evening, so a daytime clock falls on the next day
            if _DAYTIME_CLOCK.fullmatch(pod) is not None and self._told_next_with_and(candidate):
                return True
            # "the fault, which first appeared on Friday evening, had been fixed by 9.30am": a morning
            # that something was done by, told after an evening in the same sentence, is the next one
            span = self.reference_span
            return (
                _MORNING_CLOCK.fullmatch(pod) is not None
                and _BY_BEFORE_CLOCK.search(self.low, max(0, candidate.start - 20), candidate.start)
                is not None
                and span is not None
                and span[1] <= candidate.start
                and self._sentence_opening(candidate.start) <= span[0]
                # "On Tuesday evening she said the report had been ready by 10am": the evening the words
                # were said in looks back on its own morning
                and _REPORTING_WORD.search(self.low, span[1], candidate.start) is None
                # "On Friday evening the shop, which had opened by 9am, closed": a clause on a noun told
                # after the evening looks back on its day
                and _RELATIVE_PRONOUN.search(self.text, span[1], candidate.start) is None
            )
        if _SMALL_HOURS.fullmatch(pod) is not None and self._daytime_told_before(anchor_value):
            # "Pumps brought in on Tuesday morning lowered the water over the next ten hours, and a diver
            # reached the chamber at 12.40am": what "and" tells next comes after the day's morning or
            # afternoon, so a clock time of the small hours is past the midnight that ends that day
            return self._told_next_with_and(candidate)
        return False

    def _daytime_told_before(self, anchor_value: str) -> bool:
        """Whether the time just told is an afternoon, a daytime clock time, or a morning not told as
        early ("early Tuesday morning" may itself be the small hours)."""
        time_part = anchor_value.partition("T")[2]
        if time_part == "AF" or _DAYTIME_CLOCK.fullmatch(time_part) is not None:
            return True
        span = self.reference_span
        return (
            time_part == "MO" and span is not None and "early" not in self.low[max(0, span[0] - 6) : span[1]]
        )

    def _night_before_dct(self, night_value: str) -> bool:
        """Whether a night is the one that ended on the morning of the DCT ("snow fell overnight. // Most
        heads decided before 6am"): the story's next paragraphs go on into that morning."""
        if self.dct is None or not _DAY_VALUE.match(night_value[:10]):
            return False
        return date.fromisoformat(night_value[:10]) + timedelta(days=1) == self.dct

    def _told_next_with_and(self, candidate: Candidate) -> bool:
        """Whether the clause of a clock time goes on from the time just named with "and" and a past
        verb of its own that is not a report ("spotted Sunday evening and reached the harbour before
        noon", not "said Sunday evening that it sank at 11 a.m.")."""
        ref = self.reference
        if ref is None or not _AND_THEN_CLAUSE.fullmatch(self.text, ref.end, candidate.start):
            return False
        tense = self._tense(candidate)
        return (
            tense.tense == "past"
            and not tense.perfect
            and tense.cue_end is not None
            and ref.end < tense.cue_end <= candidate.start
            and (tense.cue or "").lower() not in _LEX.REPORTING_CUES
        )

    def _closes_clock_range(self, candidate: Candidate) -> bool:
        """Whether the clock time closes a range whose opening clock time was the last time resolved
        ("between 6:42 p.m. and 7:20 p.m., the weather service said Friday"): both ends share a day."""
        span, ref = self.reference_span, self.reference
        return (
            span is not None
            and ref is not None
            and "T" in ref.value
            and span[1] < candidate.start
            and _TIME_RANGE_LINK.fullmatch(self.text, span[1], candidate.start) is not None
        )

    def _past_after_a_day_ahead(self, candidate: Candidate) -> bool:
        """Whether a clock time is told in the simple past in a later sentence than the day ahead the
        text last named; "has been moved to 5.30pm" and "moved to Tues the 15th @ 10:30" are the
        times a schedule now sets."""
        ref = self.reference
        if ref is None or not _SENTENCE_BREAK.search(self.text, ref.end, candidate.start):
            return False
        tense = self._tense(candidate)
        return tense.direction == -1 and not tense.perfect

    def _yesterdays_news_after_a_look_ahead(self, candidate: Candidate) -> bool:
        """Whether a clock time told in the simple past, in a text that reports "yesterday", follows a
        reference time on the DCT that a clause looking ahead named ("will stay closed today", "would
        bring rain tonight"), while the day before the DCT was the last earlier day the text named."""
        ref, past, span = self.reference, self.last_past_day, self.reference_span
        if not self.tells_yesterday or ref is None or past is None or span is None or self.dct is None:
            return False
        if ref.day != self.dct or (self.dct - past.day).days != 1:
            return False
        return self._past_after_a_day_ahead(candidate) and self.tense(*span).direction == 1

    def _year_later_in_sentence(self, end: int) -> int | None:
        """The first year written in four digits after `end` in its sentence, or None."""
        stop = _SENTENCE_END_BETWEEN.search(self.text, end)
        m = _YEAR_AFTER_PREPOSITION.search(self.text, end, stop.start() if stop else len(self.text))
        return int(m.group(1)) if m else None

    def _event_day_beside_report(self) -> _Reference | None:
        """The day named before the reporting day in the same sentence ("were freed on Wednesday and
        flown out, doctors said Thursday"), or None."""
        ref, earlier = self.reference, self.earlier_reference
        if ref is None or earlier is None or earlier.unit != "day" or earlier.day >= ref.day:
            return None
        if _SENTENCE_BREAK.search(self.text, earlier.end, ref.end):
            return None
        return earlier

    def _day_ahead_before_report(self, candidate: Candidate) -> _Reference | None:
        """ "A crew will leave the station on Thursday, ..., officials said on Friday. The capsule is
        scheduled to undock at 5:53 p.m.": a clock time of what is still to come goes on from the day
        ahead named in the reporting sentence before it, not from the day of the report (None otherwise)."""
        ahead, ref = self.last_day_ahead, self.reference
        if ahead is None or ref is None or self.dct is None or not 0 < (ahead.day - self.dct).days <= 7:
            return None
        if ahead.end > ref.end or _SENTENCE_BREAK.search(self.text, ahead.end, ref.end):
            return None  # the day ahead is named in the report's own sentence, before the report's day
        if self._tense(candidate).direction != 1:
            return None
        return ahead

    def _in_one_sentence(self, start: int, end: int) -> bool:
        """Whether text[start:end] is short and crosses no sentence's end or line break."""
        return (
            end - start <= _SENTENCE_REACH and _SENTENCE_END_NOT_CLOCK.search(self.text, start, end) is None
        )

    def _after_a_day_ahead_told(self, month: int | None, day: int | None, anchor_day: date) -> bool:
        """Whether the next `month` and `day` after `anchor_day` fall on the story's day, a day after the DCT,
        or within half a year after it: what is told next in a run of dates ahead lies after the last one."""
        ref = self.reference
        if month is None or day is None or ref is None or ref.unit != "day" or self.dct is None:
            return False
        if ref.day <= self.dct:
            return False
        ahead = date(cal.year_for(anchor_day, month, day, 1, strict=True), month, day) - ref.day
        return 0 <= ahead.days <= _GLANCE_AHEAD_DAYS

    def _ref_anchor(self) -> _AnchorChoice | None:
        return None if self.reference is None else self._choice_of(self.reference)

    def _weekday_fits_reference_year(self, spec: Spec) -> bool:
        """Whether a date written with its weekday ("Friday 8 March") falls on that weekday in the year of
        the reference time."""
        ref, weekday, day, month = self.reference, spec.weekday, spec.day, spec.month
        if ref is None or weekday is None or day is None or month is None or spec.year is not None:
            return False
        return _falls_on(ref.day.year, month, day, weekday)

    def _same_part_told_in_sentence(self, candidate: Candidate) -> bool:
        """Whether "the same weekend (week, day) last year" follows, in its sentence, the weekend, week or
        day it is the same as (the reference time): that one a year back, not the writer's."""
        grain, ref = candidate.spec.grain, self.reference
        return (
            grain in _SAME_PART_UNITS
            and ref is not None
            and ref.unit in _SAME_PART_UNITS[grain]
            and self._in_one_sentence(ref.end, candidate.start)
        )

    def _anchor_for(self, base: str, unit: str = "year") -> _AnchorChoice | None:
        """The speaker's now (DCT) or the story's now (reference time), with the other as fallback.

        The reference time serves only when it is at least as fine as `unit`: "the day before"
        needs a day, not a year.
        """
        if self.narrative:
            # a story's reference time stays the anchor even when coarser ("In March 1941 ... two weeks later")
            return self._ref_anchor() or self._dct_anchor()
        ref = self._ref_anchor() if self._reference_fits(unit) else None
        if base == "ref":
            return ref or self._dct_anchor()
        return self._dct_anchor() or ref

    def _writers_unknown_period(self, candidate: Candidate, base: str) -> str | None:
        """ "The route was first walked in 1932 ... last year places were gone by March", in news or a
        guide with no DCT: a year, month, week or season named by "last" outside quotation counts from
        the writer's unknown now whatever the tense, and one named by "this" or "next" outside a past
        clause, not from the story's year ("last year" PAST_REF, "this fall" XXXX-FA, "next month"
        XXXX-XX)."""
        spec = candidate.spec
        if self.dct is not None or self.narrative or base != "dct" or spec.amount is None:
            return None  # an undated history's "last year" counts from the story (the one before it told)
        if candidate.rule not in _WRITERS_DEICTIC_RULES:
            return None
        if not self.low.startswith(_LEX.WRITERS_DEICTIC_DETERMINERS, candidate.start):
            return None
        if self._quoted(candidate):
            return None
        if spec.amount >= 0 and self._tense(candidate).tense == "past":
            return None  # "He left for Paris in June 1940; next month he joined the army": the story's next
        if candidate.rule == "season":
            return f"XXXX-{spec.season}" if spec.season else None
        if spec.unit == "year":
            # a year of an unknown now is only a side of it
            return None if spec.amount == 0 else ("PAST_REF" if spec.amount < 0 else "FUTURE_REF")
        return _UNKNOWN_NOW_UNITS.get(spec.unit or "")

    def _writers_unknown(
        self, candidate: Candidate, base: str, warnings: list[str]
    ) -> tuple[str, Anchor, str, list[str]] | None:
        """The value of a period of the writer's unknown now (see `_writers_unknown_period`), which
        a month later in its sentence keeps to; None for any other."""
        value = self._writers_unknown_period(candidate, base)
        if value is None:
            return None
        self.writers_unknown_end = candidate.end
        words = self.text[candidate.start : candidate.end]
        why = f"'{words}' counts from the time of writing, which no DCT gives: left underspecified"
        return value, _UNANCHORED, why, [*warnings, _NO_DCT_NOW]

    def _historic_present_day(self, candidate: Candidate) -> _Reference | None:
        """ "It is 1 July 1916. This morning the guns fall silent": the day a text told in the present
        dates in full, with its year, in the sentence holding "this morning" or the one before it, far
        from the writer's day, is the day the story tells as now (a historic present); "This morning the
        council meets", with no such date, is the writer's."""
        day = self.last_day
        if (
            day is None
            or self.dct is None
            or not day.explicit
            or day.unit != "day"
            or _DAY_VALUE.fullmatch(day.value) is None
            or abs((self.dct - day.day).days) <= _YEAR_AND_A_DAY
            or sum(1 for _ in _SENTENCE_END_NOT_CLOCK.finditer(self.text, day.end, candidate.start)) > 1
            or self._quoted(candidate)
            or self._tense(candidate).tense != "present"
        ):
            return None
        opening = self._sentence_opening(day.end)
        start = self.candidates[day.index].start if 0 <= day.index < len(self.candidates) else day.end
        if _HISTORIC_NOW_LEAD.fullmatch(self.low, opening, start) is None:
            # "The law of 3 March 1990 still applies", "Today is the anniversary of 3 March 1990": a date
            # named inside the clause, not the day the text sets as now
            return None
        close = _SENTENCE_END_NOT_CLOCK.search(self.text, day.end, candidate.start)
        if (
            TenseOracle(self.text[opening : close.start() if close else candidate.start])(0, 0).tense
            != "present"
        ):
            return None  # "On 1 July 1916 the guns fell silent. This morning the men climb out": no now told
        return day

    def _after_present_sentence(self, start: int) -> bool:
        """Whether the sentence just before `start` (which opens a sentence) is told in the present."""
        before = self.text[max(0, start - _SENTENCE_REACH) : start - 2]
        cut = max((end.end() for end in _SENTENCE_END_NOT_CLOCK.finditer(before)), default=0)
        sentence = before[cut:].strip()
        if not sentence or '"' in sentence:
            return False
        return TenseOracle(sentence)(0, 0).tense == "present"

    def _speaker_now_in_story(self, candidate: Candidate, base: str) -> bool:
        """ "Her books are still read today": in a story, a deictic word in a present or future clause
        is the writer's now (the DCT), not the story's."""
        if not self.narrative or base != "dct":
            return False
        if self.low.endswith((" later", " afterwards"), candidate.start, candidate.end):
            # "though the story is not found in print until a century later": an offset counted on from
            # the story's time, whatever the tense of its clause
            return False
        this_part_of_day = (
            candidate.spec.unit == "day"
            and candidate.spec.amount == 0
            and candidate.spec.pod is not None
            and _THIS_PART_OF_DAY.match(self.low, candidate.start) is not None
        )
        if this_part_of_day and self._historic_present_day(candidate) is not None:
            return False  # "It is 1 July 1916. This morning the guns fall silent": the story's day
        if (
            self.dct is None
            and candidate.spec.unit == "day"
            and self._heading_entry_day(candidate) is not None
        ):
            # "Sept. 20th / ... Tonight I shall sleep in a bed": an undated diary's entry speaks from the day
            # heading it, whatever its tense
            return False
        if (
            this_part_of_day
            and 0 <= candidate.start - self.writers_day_end <= _WRITERS_DAY_REACH
            and "\n" not in self.text[self.writers_day_end : candidate.start]
            and not self._quoted(candidate)
        ):
            # "Today the government holds a service, and this morning the president laid flowers", "Today
            # is the anniversary. ... A crowd gathered early this morning": a part of "this" day after the
            # writer's "today" in its paragraph is of the writer's day too ("that morning" is the story's)
            return True
        if (
            candidate.spec.unit == "day"
            and candidate.spec.amount in (-1, 1)
            and self.writers_day_end >= 0
            and 0 <= candidate.start - self.writers_day_end <= _WRITERS_DAY_REACH
            and "\n" not in self.text[self.writers_day_end : candidate.start]
            and (self.reference is None or self.reference.end <= self.writers_day_end)
            and not self._quoted(candidate)
        ):
            # "Today the ship is a museum ... Her light was switched on last night": the day before or
            # after the writer's "today" in its paragraph is counted from it ("the night before" is the
            # story's, and so is a "last night" after the story has named its own time again: "Today the
            # light is automated. In 1953 its keeper wrote that the lamp had failed last night")
            return True
        if (
            self.dct is not None
            and this_part_of_day
            and self.text[max(0, candidate.start - 2) : candidate.start] == ". "
            and not self._quoted(candidate)
            # "21st April 1916 / Dear Mother, / I am well. This morning we went up": a letter or diary entry
            # headed with its day speaks from that day
            and self._heading_entry_day(candidate) is None
            and self._after_present_sentence(candidate.start)
        ):
            # "Every year Britain keeps two minutes' silence. This morning the president laid a wreath": a
            # part of "this" day opening a sentence after one in the present is of the writer's day, where
            # the story has come to its present ("that morning" is the story's)
            return True
        if candidate.spec.amount == 0 and candidate.spec.unit in _SUPERLATIVE_PERIOD_UNITS:
            ranked = _SUPERLATIVE_OF_BEFORE.search(self.low, max(0, candidate.start - 60), candidate.start)
            if ranked is not None and ranked.group(1) not in _LEX.NOT_SUPERLATIVES_IN_EST:
                # "It is one of the finest films of the decade": a present-tense judgement ranks the
                # story's thing among those of its own period, not of the writer's
                return False
        if (
            candidate.spec.unit == "day"
            and candidate.spec.amount == 0
            and (lead := _WORD_JUST_BEFORE.search(self.text, max(0, candidate.start - 16), candidate.start))
            is not None
            and lead.group(1).lower() in _LEX.TODAY_PRESENT_LEADS
            and self.text[candidate.start : candidate.end].lower() == "today"
            and not self._quoted(candidate)
        ):
            # "Remembered today chiefly for his symphonies, he was ...", "what is today Poland": a
            # participle of regard or a present copula speaks of the writer's now, whatever the main verb
            return True
        if (
            self.dct is not None
            and candidate.spec.unit == "day"
            and candidate.spec.amount == 0
            and self.low.startswith("today", candidate.start)
            and (
                lead := _WORD_JUST_BEFORE.search(
                    self.text, max(0, candidate.start - REPORTED_TODAY_REACH), candidate.start
                )
            )
            is not None
            and lead.group(1).lower() in _LEX.REPORTED_TODAY_VERBS
            and REPORTED_TODAY_CLOSE.match(self.low, candidate.end) is not None
            and not self._quoted(candidate)
            # "On 3 May 1852 the Courier said today that ...": a day the story names in the same sentence
            # is the day of the report it quotes
            and not (
                self.reference is not None
                and self.reference.unit == "day"
                and self.reference.end > self._sentence_opening(candidate.start)
            )
        ):
            # '"It is still the exhibition," the director said today.': a report's "said today" closing
            # its clause dates the words to the day of writing, however far back the story went ("said
            # today was the day" makes "today" the words' subject)
            return True
        if (
            self.dct is not None
            and candidate.rule in _SPEAKER_DEICTIC_RULES
            and candidate.spec.unit not in (None, "day")
            and not self._quoted(candidate)
        ):
            # "Last year the library lent a million books", "a station built two years ago": the
            # narrator counts weeks, months and years from the time of writing; only the day words
            # ("today", "yesterday") can be the story's own, as in reported speech
            return True
        if _APPOSITIVE_PARTICIPLE_BEFORE.search(
            self.text, max(0, candidate.start - 80), candidate.start
        ) and not self._quoted(candidate):
            # "called it the First War of Independence, the name most used in India today": the noun's
            # participle tells its state, not an act of the story, so the day word is the writer's
            return True
        if (
            candidate.spec.amount == 0
            and self._on_subheading_line(candidate.start)
            and not self._quoted(candidate)
        ):
            # "... at about 4 a.m.\n\nThe station today\n\n": a heading has no verb of its own, and the
            # tense read past an "a.m." that closes the sentence before it is not the heading's
            return True
        tense = self._tense(candidate)
        if tense.tense is None or _CLAUSE_OPENING.search(
            self.text[max(0, candidate.start - 12) : candidate.start]
        ):
            # "... in 1912. Today a station stands there", "It closed in 1968, and today it carries a
            # path", "A transit today takes ten hours": the verb after the word governs it when the word
            # opens the clause or nothing before it has a tense
            sentence = self.text[candidate.start : candidate.start + _SENTENCE_REACH]
            if "," in sentence:
                # "Today the church, where two lanterns warned of the route, draws crowds": a clause set
                # off by commas tells of the subject; the main verb after it governs the word
                sentence = _COMMA_RELATIVE_CLAUSE.sub(lambda clause: " " * len(clause.group()), sentence)
            width = candidate.end - candidate.start
            tense = TenseOracle(sentence)(0, width)
            if tense.cue is not None and tense.cue_end is not None:
                cue_start = tense.cue_end - len(tense.cue)
                if _RELATIVE_WORD.search(sentence, width, cue_start):
                    # "Today the corner where Princip fired has a museum": the verb of a relative clause
                    # in the subject is its own; the main verb after it governs the word
                    rest = sentence[tense.cue_end :]
                    main = TenseOracle(rest)(0, 0)
                    if main.tense is None:
                        if tense.tense == "past":
                            # "they have two sons and today live in the town where he was born": the
                            # relative clause's past is not the word's own, whose verb went unseen
                            tense = ClauseTense(None, None)
                    elif not (
                        tense.tense in ("present", "future")
                        and main.cue is not None
                        and main.cue_end is not None
                        and "," in rest[: main.cue_end - len(main.cue)]
                    ):
                        # (a present verb already past the relative clause, with a comma before the
                        # next verb, is the main one: "Today the park that replaced the homes carries
                        # his name, though a plan was dropped")
                        tense = main
                else:
                    # "Today a stone marked with the name stands there", "Today the tower, first lit by
                    # oil lamps and converted in 1935, guides ships": a participle with its phrase tells
                    # of the subject; a present verb after it is the main one
                    rest, main = sentence, tense
                    for _ in range(3):
                        if (
                            main.tense != "past"
                            or main.cue is None
                            or main.cue_end is None
                            or " " in main.cue
                            or not _PARTICIPLE_PHRASE_AFTER.match(rest, main.cue_end)
                        ):
                            break
                        rest = rest[main.cue_end :]
                        main = TenseOracle(rest)(0, 0)
                        if main.tense is None and "," in rest:
                            # the phrase set off by commas ends; its subject stands before it
                            rest = "It" + rest[rest.index(",") + 1 :]
                            main = TenseOracle(rest)(0, 0)
                    if main.tense in ("present", "future"):
                        tense = main
        elif tense.tense == "past" and tense.cue_end is not None and tense.cue_end <= candidate.start:
            tense = self._relative_clause_tense(candidate, tense)
        if tense.tense is None and not self._quoted(candidate):
            if self._on_subheading_line(candidate.start):
                # "The cathedral today" heading a closing section: a heading has no story day of its own
                return True
            # "In 1924 ... A transit today takes ten hours": a story's own "today" needs a day of the
            # story to be; narration with no day to stand on speaks from the time of writing
            return self.reference is None or self.reference.unit != "day"
        if (
            self.dct is not None
            and candidate.spec.unit == "day"
            and self.reference is not None
            and self.reference.unit in _YEAR_OR_LONGER_UNITS
            and not self._quoted(candidate)
            and (
                tense.tense != "past"
                # "grew to 6,000 by 1985 and to 15,500 today": a figure set against an earlier one is now's
                or (
                    candidate.start >= 2
                    and self.text[candidate.start - 2].isdigit()
                    and self.text[candidate.start - 1] == " "
                )
                or (
                    tense.cue_end is not None
                    and tense.cue_end <= candidate.start
                    and _RELATIVE_WORD.search(self.text, tense.cue_end, candidate.start) is not None
                )
                or (
                    # "a ceremony today marks the day in 1868 on which the name was adopted": a past
                    # verb read after the word, past a relative word, is the relative clause's own
                    tense.cue is not None
                    and tense.cue_end is not None
                    and tense.cue_end - len(tense.cue) >= candidate.end
                    and _RELATIVE_WORD.search(self.text, candidate.end, tense.cue_end - len(tense.cue))
                    is not None
                )
            )
        ):
            # "was knocked down in 1998, and the arena that stands on its site today will stage the
            # final": a story standing on a year has no day of its own to call "today", unless a past
            # verb of the word's own clause makes it one ("In 1926 ..., and today she was met")
            return True
        if (
            self.dct is not None
            and self.reference is not None
            and "-XX" in self.reference.value
            and not self._quoted(candidate)
        ):
            # "... the events of that night. Today a quarter of them were born after it": a night of no
            # known date gives a story no day to call "today"
            return True
        if (
            tense.perfect
            and tense.tense == "past"
            and (tense.cue or "").lower().startswith(("have ", "has ", "'ve "))
            and not self._quoted(candidate)
            # a story told day by day may call its own day "today" ("On 3 May ... Today the men have")
            and (self.reference is None or self.reference.unit != "day")
        ):
            # "remains contested today, and its anniversaries have drawn protest": the present perfect
            # reaches the writer's now
            return True
        if (
            tense.tense == "future"
            and (tense.cue or "").lower().startswith("would ")
            and candidate.spec.unit not in (None, "day")  # "what would today be called a coup": the writer's
        ):
            # "announced that the troops would withdraw, and by the end of the month": the future seen
            # from the story's past, in the story's month
            return False
        if (
            tense.tense == "future"
            and (tense.cue or "").lower() in _LEX.PAST_PLAN_VERBS
            and candidate.spec.unit not in (None, "day")
        ):
            # "a picture that he hoped to finish by the end of the week": a plan made in the story's past
            # looks ahead from the story's time, not the writer's
            return False
        if (
            self._quoted(candidate)
            and candidate.spec.unit in (None, "day")
            and self.reference is not None
            and self.reference.unit == "day"
        ):
            # 'On 3 May 1921 the mayor opened the bridge. "Today the city is one," he said.': a day word in
            # the present of speech quoted from the story's day is that day
            return False
        if (
            tense.tense == "present"
            and candidate.spec.unit == "century"
            and candidate.spec.mod == "MID"
            and self.dct is not None
            and self.dct.year % 100 < _MID_CENTURY_FROM
            and self.reference is not None
            and self.reference.day.year // 100 < self.dct.year // 100
            and self.low.endswith(" of ", 0, candidate.start)
        ):
            # "is now regarded as one of the best novelists of the middle of the century", written in 2024
            # of a life of 1901-1976: the middle of the writer's century is still ahead, so the one meant
            # is the story's
            return False
        return tense.tense in ("present", "future")

    def _relative_clause_tense(self, candidate: Candidate, tense: ClauseTense) -> ClauseTense:
        """ "was founded in 370 BC, on the peninsula where the old town stands today": a relative clause
        between the main verb and the word has a verb of its own, which governs the word."""
        relative = next(
            reversed(list(_RELATIVE_WORD.finditer(self.text, tense.cue_end or 0, candidate.start))), None
        )
        if relative is None:
            return tense
        body = self.text[relative.end() : candidate.start].split()
        if not body or len(body) > _RELATIVE_CLAUSE_WORDS:
            return tense
        word = self.text[candidate.start : candidate.end]
        # the verb right before the word, given a pronoun subject ("the old town stands" can read as a
        # noun phrase), or the clause as written
        for clause in (f"It {body[-1]} {word}", " ".join([*body, word])):
            own = TenseOracle(clause)(len(clause) - len(word), len(clause))
            if own.tense == "present":
                return own
        return tense

    def _present_appended_relative(
        self, candidate: Candidate, past_end: int
    ) -> tuple[ClauseTense | None, int]:
        """ "the monsoons, which blow from the northeast in winter": the present tense of a relative clause
        set off by a comma ("which", "who") between a past verb ending at `past_end` and the word, read
        with a plural pronoun for its subject, and where the clause starts; (None, -1) without one."""
        relative = next(
            reversed(list(_APPENDED_RELATIVE.finditer(self.text, past_end, candidate.start))), None
        )
        if relative is None:
            return None, -1
        body = self.text[relative.end() : candidate.start].split()
        if not body or len(body) > _RELATIVE_CLAUSE_WORDS:
            return None, -1
        word = self.text[candidate.start : candidate.end]
        clause = " ".join(["They", *body, word])
        own = TenseOracle(clause)(len(clause) - len(word), len(clause))
        return (own, relative.start()) if own.tense == "present" else (None, -1)

    def _deictic_period_in_story(self, candidate: Candidate) -> bool:
        """ "he was on the bench at the Paris Games this summer", "next summer skaters will compete": in
        a story, a season or month named by a bare "this", "last" or "next" is the writer's, counted from
        the time of writing as "last year" is; "the next summer", and a past-tense "Next spring he
        married", follow the story."""
        spec = candidate.spec
        if (
            not self.narrative
            or self.dct is None
            or spec.base != "dct"
            or spec.amount is None
            or spec.unit is not None
            or self.text[candidate.start : candidate.start + 4].lower() == "the "
            or self._quoted(candidate)
        ):
            return False
        if spec.amount <= 0:
            return True
        if _CLAUSE_OPENING.search(self.text[max(0, candidate.start - 12) : candidate.start]):
            # "..., and next summer skaters will compete": the verb after the opening phrase governs it,
            # past any aside ("next summer, seven decades after the first boards rolled, skaters will")
            sentence = self.text[candidate.start : candidate.start + _SENTENCE_REACH]
            width = candidate.end - candidate.start
            aside = re.match(r",[^,.;!?]{1,120},\s*", sentence[width:])
            if aside:
                sentence, width = sentence[width + aside.end() :], 0
            tense = TenseOracle(sentence)(0, width)
        else:
            tense = self._tense(candidate)
        return tense.tense in ("present", "future")

    def _academic_double_year(self, expression: TimeExpression) -> bool:
        """Whether a year written as a double year names an academic year ("the academic year 1931-32",
        "the winter semester of 1889/90"): a word of a school's year in it or just before it."""
        if _DOUBLE_YEAR_END.search(self.low, expression.start, expression.end) is None:
            return False
        words = re.findall(r"[a-z]+", self.low[max(0, expression.start - 30) : expression.end])
        return any(word in _LEX.ACADEMIC_YEAR_CUES for word in words)

    def _since_then_up_to_now(self, candidate: Candidate) -> bool:
        """ "Her papers went to the library in 1997 and have been open to readers since January": in a
        story, a yearless month or season after "since" in the present perfect ("has", "have") reaches up
        to the writer's now, so it is the last such month before the time of writing, not one of the story's
        year ("had been open since January" stays in the story); so in news, where a paragraph has moved
        the story's time back ("arrested in December 2020. Pell, who has been in prison since July"), and
        for a day of a month ("has been run from Leeds since July 4") as for the month."""
        spec = candidate.spec
        if (
            self.dct is None
            or spec.year is not None
            or spec.amount is not None
            or spec.unit is not None
            or (spec.month is None and spec.season is None)
            or not self.low.endswith("since ", 0, candidate.start)
            or self._quoted(candidate)
        ):
            return False
        tense = self._tense(candidate)
        # "has been", "hasn't been", "he's been", "they've been": a present perfect, written out or not
        cue = (tense.cue or "").lower().replace("\u2019", "'")
        return tense.perfect and cue.startswith(_PRESENT_PERFECT_CUES)

    def _writers_now_said(self, candidate: Candidate) -> bool:
        """Whether an adverb of the writer's own now ("currently", "at the moment") comes earlier in the
        date's sentence: a present tense there is the time of writing, not a story's present."""
        low = max(0, candidate.start - _SENTENCE_REACH)
        before = self.low[low : candidate.start]
        before = before[_last_sentence_break(before) + 1 :]
        return _WRITERS_NOW_ADVERB.search(before) is not None

    def _undated_writers_this(self, candidate: Candidate) -> bool:
        """ "Our models say we could lose 200 homes by 2050 ... studentships, to be advertised this
        autumn": in an undated text, "this" points at the writer's own season or month, whose year is
        unknown, not at the last year the text named (in a story, speech quoted keeps its speaker's year:
        "'We sail this autumn,' he wrote in 1768")."""
        return (
            self.dct is None
            and candidate.spec.amount == 0
            and self.low.startswith("this ", candidate.start)
            and not (self.narrative and self._quoted(candidate))
            # "The war ended in 1918. This autumn the regiment marched home", "she wrote that this spring
            # the lambs had come early": a story's past told of its year is that year's
            and not (self.narrative and self._tense(candidate).tense == "past")
        )

    def _undated_story_future(self, candidate: Candidate) -> bool:
        """ "Abara died in 1984 ... The exhibition opens on Saturday and runs until Sept. 30": in a story
        with no DCT, a date without a year in a clause that looks ahead with "will" or a scheduled present
        is ahead of an unknown time of writing, not of the story's reference time (with a DCT,
        `_writers_future` counts it from the DCT). "Would" (the story's own future) and quoted speech
        follow the story."""
        spec = candidate.spec
        if not self.narrative or self.dct is not None or _dated_or_counted(spec) or self._quoted(candidate):
            return False
        tense = self._tense(candidate)
        # "I'm currently fully booked until the end of March and taking on new work from April": a
        # present-tense clause that says it is the writer's own now is no story told in the present
        writers_now = tense.tense == "present" and not tense.habitual and self._writers_now_said(candidate)
        if tense.tense != "future" and not writers_now:
            return False
        if (
            tense.tense == "future"
            and not writers_now
            and not _FUTURE_CUE.search(tense.cue or "")
            and self._year_frames_present(candidate)
        ):
            return False  # "In 1851 the hall is open from May": a schedule of the year the sentence opens on
        if tense.tense == "future" and not writers_now:
            writers_now = self._writers_now_said(candidate)
        if (
            self.reference is not None
            and self.reference.unit not in _YEAR_OR_LONGER_UNITS
            and not writers_now
            and self._story_told_in_the_present()
        ):
            # "At 6:40 the next morning a body is pulled from the river ... the ship is due to sail on
            # Monday": a story told in the present has its own future, counted from the day it is on
            return False
        cue = (tense.cue or "").lower()
        if cue in _LEX.PAST_PLAN_VERBS and self._past_plan_before_infinitive(tense):
            # "Giap at first planned to attack on 25 January, but called it off": a past verb of a plan
            # before its infinitive looks ahead from the story's past, as "would" does
            return False
        if self._arranged_by_a_past_verb(tense):
            # "In May the council set a new election for February", "moved the vote to June": a past verb
            # of arranging fixes a time ahead of the story's past, as "called an election for" does
            return False
        if " " not in cue and cue.endswith("ed"):
            # "the port was to serve as a base for the invasion planned for the autumn": a bare
            # participle of planning after a past verb of its sentence is a plan of the story's past
            low = max(0, candidate.start - _SENTENCE_REACH)
            before = self.text[low : candidate.start]
            if _STORY_PAST_AUXILIARY.search(before[_last_sentence_break(before) + 1 :]):
                return False
        return not cue.startswith(_LEX.STORY_FUTURE_CUES)

    def _weekday_of_every_month(self, candidate: Candidate) -> bool:
        """ "Film Club: the last Friday of the month, doors 7pm", "the club meets on the last Friday of the
        month": a weekday counted in "the month" that a listing gives with no verb, or a present-tense act
        keeps, or that no month in context anchors, is every month's (a SET, as "of each month" is); "will
        vote on the last Friday of the month" and "the first Monday of next month is" name one month's."""
        spec = candidate.spec
        if not spec.note.endswith(" of the month"):
            return False
        tense = self._tense(candidate)
        if self.dct is None and self.reference is None:
            # "the army fell back in May, and on the last Friday of the month the ships came": a past act
            # is one month's, though its year is not known
            return tense.tense != "past"
        if tense.tense is None:
            return True
        cue = (tense.cue or "").lower()
        words = cue.split()
        # a timetable's present ("meets", "opens") is read as looking ahead: a one-word cue is still the
        # present, and so is a present passive ("bins are collected", "staff are paid on")
        present = len(words) == 1 or (
            len(words) == 2 and tense.tense == "present" and words[0] in _LEX.WEEKDAY_OF_MONTH_COPULAS
        )
        return (
            tense.tense in ("present", "future")
            and not tense.perfect
            and present
            and cue not in _LEX.WEEKDAY_OF_MONTH_COPULAS
            and cue not in _LEX.SCHEDULING_VERBS
            # "voting ends on the last Friday of the month", "the offer expires on": a close comes once
            and cue not in _LEX.CLOSING_VERBS
        )

    def _night_looked_back_to(self, candidate: Candidate) -> bool:
        """Whether "the night" is in a past perfect that looks back ("had died during the night"), not a plan
        it made ("had planned to sail during the night") or a future seen from it ("had been told the night
        would be rough"), which look ahead to the coming night."""
        tense = self._tense(candidate)
        if not tense.looks_back or self._past_plan_before_infinitive(tense):
            return False
        after = _WORD_RIGHT_AFTER.match(self.low, candidate.end)
        return after is None or after[1] not in _LEX.FUTURE_IN_THE_PAST_AUXILIARIES

    def _past_plan_before_infinitive(self, tense: ClauseTense) -> bool:
        """Whether the clause's verb is a past verb of a plan or a hope before its infinitive ("planned to
        attack", "had hoped to sail"): what the infinitive tells lies ahead of the planning."""
        return (
            _cue_verb(tense) in _LEX.PAST_PLAN_VERBS
            and tense.cue_end is not None
            and self.low.startswith(" to ", tense.cue_end)
        )

    def _arranged_by_a_past_verb(self, tense: ClauseTense) -> bool:
        """ "the council set a new election for February", "moved the vote to June": a past verb of
        arranging with its object after it, read as looking ahead, fixes a time after the clause's own
        ("an exhibition scheduled for March" is a participle after its noun, with no object)."""
        return (
            tense.tense == "future"
            and (tense.cue or "").lower() in _LEX.SCHEDULING_VERBS
            and tense.cue_end is not None
            and _OBJECT_OPENING_AFTER.match(self.text, tense.cue_end) is not None
        )

    def _day_of_quoted_block(self, candidate: Candidate) -> _Reference | None:
        """The day a letter, diary entry or log entry quoted as a paragraph of its own was written, when
        the sentence leading into it names a day over a week before the DCT and ends in a colon
        ("Cotterell wrote again on the 4th of April:" / ""Brother, yours ... came but this day"", 'One is
        headed "Boston, Jan'y 12th 1775":'): the quotation's "yesterday", "this day", "next month" and
        "the 2d ult." count from that day, not from the historian's now (None otherwise)."""
        if self.dct is None or not self._quoted(candidate):
            return None
        opening = max(self.text.rfind('"', 0, candidate.start), self.text.rfind("\u201c", 0, candidate.start))
        if opening <= 0 or self.text[opening - 1] != "\n":
            return None  # the quotation does not open its paragraph
        if self._quoted_block_at is not None and self._quoted_block_at[0] == opening:
            return self._quoted_block_at[1]  # a later word of the same quotation
        lead_end = len(self.text[:opening].rstrip())
        found = None
        position = bisect_left(self._candidate_starts, opening + 1)
        opens_dated = position < len(self.candidates) and self.candidates[position].start == opening + 1
        # a diary entry or log entry quoted with its own date first ('"Sept'r 24th. Last night ...') is
        # counted from that date, as the story's next day
        if lead_end > 0 and self.text[lead_end - 1] == ":" and not opens_dated:
            sentence = self._sentence_opening(lead_end - 1)
            ref = next((day for day in reversed(self._days_told) if day.end < lead_end), None)
            if ref is not None and ref.end > sentence and (self.dct - ref.day).days > 7:
                found = ref
        self._quoted_block_at = (opening, found)
        return found

    def _day_of_quoted_message(self, candidate: Candidate) -> _Reference | None:
        """The day a message quoted after "saying:" or "wrote:" was sent, when its sentence dated it to a
        day over a week before the DCT ("sent a text on 2 March saying: "..."") (None otherwise)."""
        block = self._day_of_quoted_block(candidate)
        if block is not None:
            return block
        ref = self.reference
        if ref is None or self.dct is None or (self.dct - ref.day).days <= 7 or not self._quoted(candidate):
            return None
        opening = max(self.text.rfind('"', 0, candidate.start), self.text.rfind("\u201c", 0, candidate.start))
        if opening < 0 or not ref.end < opening or self._sentence_opening(opening) > ref.end:
            return None
        if _MESSAGE_QUOTED_AFTER.search(self.text, max(0, opening - 20), opening) is None:
            return None
        return ref if ref.unit == "day" else None

    def _day_a_would_clause_was_said_on(self, candidate: Candidate) -> _Reference | None:
        """The past day of a saying in the past perfect that a reported "would" clause holding a bare
        weekday follows in its sentence ("had told the committee on Tuesday that the work would be
        finished by Friday"), or None: the weekday is the first one after that day, not after the DCT."""
        if self.dct is None or self.narrative or candidate.spec.amount is not None or self._quoted(candidate):
            return None
        tense = self._tense(candidate)
        cue = (tense.cue or "").lower().split(" ", 1)[0]
        if tense.tense != "future" or cue not in _LEX.FUTURE_IN_THE_PAST_AUXILIARIES or tense.cue_end is None:
            return None
        cue_start = tense.cue_end - len(tense.cue or "")
        ref = next((day for day in reversed(self._days_told) if day.end <= cue_start), None)
        if ref is None or ref.day >= self.dct or self._quoted_at(ref.end):
            return None
        between = self.low[ref.end : cue_start]
        if " that " not in f"{between} " or _SENTENCE_BREAK.search(between):
            return None
        opening = self._sentence_opening(ref.end)
        said = _QUOTE_ATTRIBUTION.search(self.low, opening, ref.end)
        if said is None or not self.low.endswith("had ", 0, said.start()):
            # "said last Thursday that it would impose a tariff from Monday": a plan still ahead is
            # named by the writer's week; only a saying in the past perfect ("had told ... that the work
            # would be finished by Friday") sets its promise back before a later past
            return None
        return ref

    def _speakers_day(self, candidate: Candidate) -> _Reference | None:
        """The past day a quotation was said or written on, when the words right before it in its
        paragraph date it ('Sir Alan had said on Wednesday, after the meeting: "', 'In a letter sent on
        Friday, the head wrote: "', or a quotation opening right after 'said on Saturday.') (None
        otherwise): the quotation's "today", "yesterday" and "tomorrow" are counted from that day."""
        block = self._day_of_quoted_block(candidate)
        if block is not None:
            return block
        if self.dct is None or self.narrative or not self._quoted(candidate):
            return None
        opening = max(self.text.rfind('"', 0, candidate.start), self.text.rfind("\u201c", 0, candidate.start))
        if opening < 0:
            return None
        if self._speaker_day_at is not None and self._speaker_day_at[0] == opening:
            return self._speaker_day_at[1]  # a later day word of the same quotation
        found = self._speakers_day_before(opening)
        if found is None:
            found = self._speakers_day_after(candidate)
        if found is not None:
            self._speaker_day_at = (opening, found)
        return found

    def _speakers_day_before(self, opening: int) -> _Reference | None:
        """The past day told in the attribution right before a quotation opening at `opening`, or in the
        sentence of saying that ends right before it (None otherwise)."""
        assert self.dct is not None
        ref = next((day for day in reversed(self._days_told) if day.end <= opening), None)
        if ref is None or ref.day >= self.dct or self._quoted_at(ref.end):
            return None
        between = self.text[ref.end : opening]
        if '"' in between or "\u201d" in between:
            return None
        if "\n" in between:
            # 'The following communiqué was issued at 10 p.m. last night:' and the statement quoted as
            # a paragraph of its own: its "this morning" and "yesterday" are the day it was issued
            lead = between.rstrip()
            if "\n" in lead or not lead.endswith(":") or self.text[opening - 1] != "\n":
                return None
            sentence = self.low[self._sentence_opening(ref.end) : opening]
            return ref if _QUOTE_ATTRIBUTION.search(sentence) or _ISSUED_STATEMENT.search(sentence) else None
        stripped = between.strip()
        if stripped == ".":
            return ref if self._dates_a_statement(ref) else None
        if stripped.endswith((":", ",")) and not _SENTENCE_BREAK.search(between):
            sentence = self.low[self._sentence_opening(ref.end) : opening]
            return ref if _QUOTE_ATTRIBUTION.search(sentence) else None
        return None

    def _speakers_day_after(self, candidate: Candidate) -> _Reference | None:
        """The past day an attribution right after the quotation dates it to ('"Nobody came round
        yesterday," Tom Ainslie, who runs the bakery, said on Saturday.'), read ahead from the weekday or
        the day word after its verb of saying, as that expression will be: the last such day before the
        DCT (None otherwise)."""
        assert self.dct is not None
        closing = min(
            (
                at
                for at in (self.text.find('"', candidate.end), self.text.find("\u201d", candidate.end))
                if at >= 0
            ),
            default=-1,
        )
        if closing < 0 or not self.text.startswith((",", "\u201d", '"'), closing - 1):
            return None  # only a quotation closed by a comma runs on into its attribution
        reach = self.text[closing : closing + _SENTENCE_REACH]
        stop = _SENTENCE_BREAK.search(reach, 1)
        sentence_end = closing + (stop.start() if stop is not None else len(reach))
        at = bisect_left(self._candidate_starts, closing)
        if at >= len(self.candidates) or self.candidates[at].start >= sentence_end:
            return None
        said = self.candidates[at]
        if "\n" in self.text[closing : said.start]:
            return None
        if _REPORTED_ON.search(self.text, max(closing, said.end - 50), said.end) is None:
            return None
        spec = said.spec
        if spec.kind == "weekday" and spec.amount is None and spec.weekday is not None and spec.pod is None:
            # "said Monday" in Monday's paper is the day of writing, as the weekday itself will read
            day = self._weekday_near(self.dct, spec.weekday, -1)
        elif spec.kind == "shift" and spec.unit == "day" and spec.base == "dct" and (spec.amount or 0) < 0:
            day = self.dct + timedelta(days=spec.amount or 0)
        else:
            return None
        if day >= self.dct:
            return None
        return _Reference(day, day.isoformat(), at, "day", False, said.end)

    def _quoted(self, candidate: Candidate) -> bool:
        """Whether the expression is inside quoted speech in its paragraph, where "last year" is the
        speaker's, in the story."""
        return self._quoted_at(candidate.start)

    def _quoted_at(self, start: int) -> bool:
        if not self.has_double_quotes:
            return False  # no mark to count: an odd count of straight quotes or more openings than closings
        low = max(0, start - _SENTENCE_REACH * 4)
        paragraph = self.text[max(low, self.text.rfind("\n\n", low, start)) : start]
        straight = paragraph.count('"')
        return straight % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")

    def _overnight_ahead(self, candidate: Candidate) -> bool:
        """Whether an "overnight" is the coming night: its clause looks ahead ("the road will shut
        overnight"), or a verb of forecasting governs it ("forecasters expect a low of minus 18
        overnight"), unless a perfect tells a forecast overtaken ("had predicted snow overnight")."""
        tense = self._tense(candidate)
        if tense.direction == 1:
            return True
        cue = (tense.cue or "").lower().rsplit(" ", 1)[-1]
        if cue not in _LEX.FORECASTING_VERBS or tense.perfect or tense.cue_end is None:
            return False
        # "prices fell more than expected overnight": a comparison with a forecast, the fall's own night
        before = self.low[max(0, tense.cue_end - len(cue) - 6) : tense.cue_end - len(cue)].split()
        return not (before and before[-1] in _LEX.COMPARISON_BEFORE_PARTICIPLE)

    def _after_passive_infinitive(self, start: int) -> bool:
        """ "voted two subsidies, the second to be collected at Michaelmas", "a fine to be paid on 1
        May": a passive infinitive right before the date names an act still to come at the story's time."""
        return _PASSIVE_INFINITIVE_BEFORE.search(self.text, max(0, start - 40), start) is not None

    def _in_apposition_to_reference(self, candidate: Candidate) -> bool:
        """ "born in March 1951, the winter the river froze": the expression right after the story's
        reference time with only a comma between them, naming the same time again."""
        ref = self.reference
        return (
            ref is not None
            and ref.end <= candidate.start
            and self.text[ref.end : candidate.start].strip() == ","
        )

    def _in_relative_clause(self, start: int) -> bool:
        """ "the army that crossed the river on 24 June": a date in a relative clause describes what a
        noun did, background to the story rather than its next step."""
        low = max(0, start - 200)
        sentence = self.text[low:start]
        opening = max(sentence.rfind(". "), sentence.rfind("\n"), sentence.rfind("; "))
        clause = sentence[opening + 1 :] if opening >= 0 else sentence
        return _RELATIVE_PRONOUN.search(clause) is not None

    def _in_aside_on_the_subject(self, expression: TimeExpression, *, participle: bool = False) -> bool:
        """Whether a date lies in a relative clause set off by commas right after its sentence's first
        noun phrase, closed by a comma before the sentence's verb ("The Finn, who was fastest in both
        sessions on Friday, took his first pole")."""
        if not self.text.startswith(",", expression.end):
            return False
        before = self.text[max(0, expression.start - 120) : expression.start]
        opening = max(before.rfind(". "), before.rfind("\n"))
        # "where Mill, elected for the city the year before, presented it": a name's aside further on,
        # though not one closed by "and" or "but" ("The publisher, Arthur Hale, moved the offices two
        # years later, and the paper ..."): the past form was the clause's verb, set after an apposed name
        if (
            participle
            and _ASIDE_ON_A_NAME.search(before, opening + 1) is not None
            and _JOINED_CLAUSE_AFTER.match(self.text, expression.end) is None
        ):
            return True
        if opening < 0 and expression.start > len(before):
            return False  # the sentence opens further back than the window read
        aside = _ASIDE_OR_PARTICIPLE_ON_SUBJECT if participle else _ASIDE_ON_SUBJECT
        return aside.match(before, opening + 1) is not None

    def _story_before_christ(self) -> _EraReference | None:
        """The reference time of a story that is in a year BC (no `date` can hold it)."""
        return self.era_reference if self.narrative else None

    def _story_in_a_year(self, choice: _AnchorChoice, *, any_kind: bool = False) -> bool:
        """Whether a story's reference time is a whole year ("In 1938 ..."), not a day or month in it
        (`any_kind`: in news as well as in narrative)."""
        return (
            (any_kind or self.narrative)
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self.reference is not None
            and self.reference.unit in ("year", "half")
        )

    def _verb_dates_it(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """ "fell on Jan. 5", "ended Oct. 31": a verb right before the date dates its own event, so its
        tense decides however far that puts the date (a verb further away may be only reporting)."""
        if tense.cue_end is None or tense.cue_end > candidate.start:
            return False
        between = self.text[tense.cue_end : candidate.start].split()
        if len(between) >= 3 and between[-1] == "of" and between[-2].lower() in _LEX.PARTS_OF_DAY_OF_A_DATE:
            # "spent the evening of 11 February", "was killed on the night of Nov. 18": the part of the
            # day is the date's own, so the verb dates the day
            between = between[:-3] if between[-3].lower() == "the" else between
        if len(between) == 0 or (len(between) == 1 and between[0].lower() in _LEX.DATE_PREPOSITIONS):
            return True
        cue_words = (tense.cue or "").lower().split()
        if tense.tense != "past" or not cue_words or cue_words[-1] in _LEX.SCHEDULING_VERBS:
            return False  # "set a hearing for 10 a.m. on May 2": the date of what was scheduled
        if (
            len(between) == 1
            and between[0].lower() == "after"
            and self._closing_date_of_short_clause(tense, candidate)
        ):
            return True  # "He left after 4 March.": the act is past, and the date came before it
        if len(cue_words) == 1 and not self.tense.only_a_verb(cue_words[0]):
            return False  # "will redeem preferred shares on Oct. 31": the cue may be an adjective
        return self._past_verb_reaches_date(between)

    def _closing_date_of_short_clause(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """Whether the candidate closes its sentence and its verb comes after a subject of a few words
        ("The plant closed after March 20."): the verb is the sentence's own, not a participle on a noun
        ("ends for vehicles bought after Sept. 30", "Crops sown after mid-June lose")."""
        if _SENTENCE_END_BETWEEN.match(self.text, candidate.end) is None and candidate.end < len(self.text):
            return False
        cue_start = (tense.cue_end or 0) - len(tense.cue or "")
        opening = self._sentence_opening(candidate.start)
        return cue_start > opening and len(self.text[opening:cue_start].split()) <= _SHORT_SUBJECT_WORDS

    def _dates_the_verb(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """ "In November it forecast a profit", "the $3.40 it forecast in November": a date before the
        verb, or right after it when a subject pronoun leads the verb, tells when the act of forecasting
        or expecting took place ("a meeting expected in September" is what is expected)."""
        if tense.cue_end is None:
            return False
        if tense.cue_end > candidate.end:
            return True
        cue_start = tense.cue_end - len(tense.cue or "")
        between = self.text[tense.cue_end : candidate.start].split()
        right_after = len(between) == 0 or (
            len(between) == 1 and between[0].lower() in _LEX.DATE_PREPOSITIONS
        )
        subject = self.text[max(0, cue_start - 6) : cue_start].split()
        if subject and subject[-1].lower() in _LEX.COMPARISON_BEFORE_PARTICIPLE:
            return True  # "fell less than expected in March": a comparison, the clause's own verb dates it
        if right_after and _THAT_CLAUSE_AFTER.match(self.text, candidate.end):
            return True  # "The bank forecast in February that prices would fall": the date of the forecast
        return right_after and bool(subject) and subject[-1].lower() in _LEX.SUBJECT_PRONOUNS

    @staticmethod
    def _month_part_unreached(
        spec: Spec, month: int | None, day: int | None, year: int, anchor: date, direction: int | None
    ) -> int:
        """ "did not leave until the end of November", told on 12 November: the end of the month the
        story is in has not come, so a past tense means last year's; "will open in early November",
        told on the 25th, next year's. The year step to take, or 0."""
        if day is not None or month != anchor.month or year != anchor.year or direction is None:
            return 0
        if direction < 0 and spec.mod == "END" and anchor.day <= 20:
            return -1
        if direction > 0 and spec.mod == "START" and anchor.day > 10:
            return 1
        return 0

    def _past_range_closed(self, start: int, end: int, month: int | None, anchor: date) -> bool:
        """ "Rainfall from January to October was 212 mm", told in November: a past range of months
        whose closing month has already passed this year lies in this year, however far back it opens;
        "values lost 6% between April and September", told in March, lies wholly in the past, so last
        year, however near this year's opening month is."""
        if month is None:
            return False
        closing = _MONTH_RANGE_CLOSE.match(self.text, end)
        if closing is None or (closing["and"] and not self.text.endswith("between ", 0, start)):
            return False
        closing_month = _LEX.MONTHS.get(closing["month"].lower())
        return closing_month is not None and month <= closing_month

    def _close_to_the_day_just_told(
        self, anchor: date, month: int, day: int | None, direction: int | None
    ) -> bool:
        """ "had spent the evening of 11 February ... was last seen at 12.47am on 12 February": a day on
        the side of the DCT its tense gives stays there, however far, when the story has just told of a
        day close to it; the far side yields to a near other side only when nothing holds it."""
        if day is None and direction is not None:
            # "Last winter began under La Nina, which faded by March. It brought a snowstorm in January":
            # a month beside the month or season the story has just told stays on its tense's side
            told_month = self.reference
            told_day = self.last_day
            if told_day is not None and (told_month is None or told_month.unit == "day"):
                # "last Christmas, when sales were hurt by a mild December": the month of the day just told
                year = cal.year_for(anchor, month, None, direction, strict=True)
                if (told_day.day.year, told_day.day.month) == (year, month):
                    return True
            if told_month is None or told_month.unit not in ("month", "season"):
                return False
            year = cal.year_for(anchor, month, None, direction, strict=True)
            return abs((date(year, month, 1) - told_month.day).days) <= _CLOSE_TO_A_TOLD_MONTH
        told = self.last_day
        if told is None or day is None or direction is None:
            return False
        year = cal.year_for(anchor, month, day, direction, strict=True)
        if day > cal.days_in_month(year, month):
            return False
        return abs((date(year, month, day) - told.day).days) <= _CLOSE_TO_A_TOLD_DAY

    def _past_verb_reaches_date(self, between: list[str]) -> bool:
        """ "struck southern Turkey at 4:17 a.m. on Feb. 6", "moved its books to a calendar year in
        December": a past verb's own object and phrases lead to a date in "on"/"in", with no
        other verb, clause or pause between, so the verb dates its event; "announced an agreement to
        acquire ... in January" dates what is to follow, "said in an editorial on Monday" a report."""
        if len(between) > _VERB_TO_DATE_WORDS or between[-1].lower() not in _LEX.DATE_PREPOSITIONS:
            return False
        words = [word.lower() for word in between]
        if any(word in _LEX.CLAUSE_OPENERS or word.endswith((",", ";", ":")) for word in words):
            return False
        if any(
            word == "to" and nxt.isalpha() and nxt not in _LEX.TO_NOT_INFINITIVE
            for word, nxt in pairwise(words)
        ):
            return False  # "agreed to buy it in May", "was due to open on April 8": the act still to come
        return not any(
            self.tense.only_a_verb(word) and not _attributive_participle(words, index)
            for index, word in enumerate(words)
        )

    def _until_start(self, candidate: Candidate) -> _Reference | None:
        """ "The alarm failed in December 2011 and was not repaired until 10 April", "The season opens on
        1 June and runs until the end of February": a month or a day without a year after "until" ends
        what ran on from the date its sentence named before it, so it falls on or after that date."""
        ref, spec = self.reference, candidate.spec
        if (
            ref is None
            or spec.month is None
            or _dated_or_counted(spec)
            or ref.unit not in ("day", "month")
            or candidate.start - ref.end > _UNTIL_REACH
            or _UNTIL_BEFORE.search(self.low, max(0, candidate.start - 7), candidate.start) is None
            or _last_sentence_break(self.text[ref.end : candidate.start]) >= 0
        ):
            return None
        # the date ran on from is one named with its month ("in December 2011", "on 1 June"), not a day
        # counted from another ("the next day")
        month_named = self.last_month is not None and self.last_month.index == ref.index
        if not month_named and all(told.index != ref.index for told in self.dated_days.values()):
            return None
        return ref

    def _range_start(self, candidate: Candidate) -> _Reference | None:
        """The expression that opens a range this one closes ("May and July", "1 March - 4 April")."""
        ref = self.reference
        if (
            ref is None
            or ref.unit not in ("day", "month", "season", "quarter")
            or candidate.start - ref.end > 12
        ):
            return None
        gap = self.text[ref.end : candidate.start]
        if not _RANGE_LINK.fullmatch(gap) or _BLANK_LINE.search(gap):
            return (
                None  # a heading's "The summer of 1905" and a paragraph's "Through the spring" are no range
            )
        return ref

    def _story_reference(self, position: int) -> _AnchorChoice | None:
        """In news, a recent date written out with a year far from the DCT ("In March 1941") anchors
        what follows it as in a story."""
        ref = self.reference
        if ref is None or not ref.explicit or self.dct is None or ref.unit not in ("day", "week", "month"):
            return None
        if abs(ref.day.year - self.dct.year) <= 1 or position - ref.end > _STORY_REACH:
            return None
        return self._ref_anchor()

    def _far_story_day_in_news(self, candidate: Candidate, *, coarse: bool = False) -> _Reference | None:
        """ "cast off from Duluth on Tuesday, Nov. 20, 1917 ... passed her off Two Harbors on Wednesday":
        news that has turned to a story years before its DCT tells that story's days by their weekdays;
        a weekday told in the past tense right after one of them is a day of the story, not of the week
        the news was written in, and so is a yearless date, a feast or "the end of the year" (`coarse`:
        also after the story's month, season or year, "By the summer the investigation had stalled").
        The story must have gone on from one of its times to the next (a lead's "charged with murdering
        her on March 3, 1979" is a date named in passing, and the news goes on); a sentence that reports
        ("Pruitt, who testified Wednesday, told jurors") and a clause in the present or the future stay
        the writer's. The story's reference time, or None."""
        ref, earlier = self.reference, self.earlier_reference
        if (
            self.narrative
            or self.dct is None
            or ref is None
            or earlier is None
            or (ref.unit != "day" and not (coarse and ref.unit in _STORY_TIME_UNITS))
            or ref.day.year >= self.dct.year - 1
            or candidate.start - ref.end > (_STORY_REACH if coarse else _STORY_WEEKDAY_REACH)
        ):
            return None
        stepped = earlier.day.year < self.dct.year - 1 and (
            abs((ref.day - earlier.day).days) <= _STORY_STEP_DAYS
            or (ref.unit != "day" and ref.day.year == earlier.day.year)
        )
        if not stepped and not (coarse and self._dated_with_its_weekday(ref)):
            # "It began on Saturday, April 12, 1975, when ... told to be gone by the end of the year": a
            # day written with its weekday turns the news to a story at once for the months and feasts
            # told after it; a bare weekday waits for a second step ("was born on Friday, Feb. 11, 1938
            # ... Friends gathered on Wednesday" is the news' Wednesday)
            return None
        if (
            # "The plant exploded on March 3, 1998. Two days later ... [new paragraph] A court convicted
            # him on Tuesday": a story told by its dates alone, left at a paragraph's end, hands a
            # weekday back to the news; one told by its weekdays goes on with them
            not coarse
            and self.text.find("\n", ref.end, candidate.start) >= 0
            and not _STORY_WEEKDAY.search(self.low, max(0, earlier.end - 40), candidate.start)
        ):
            return None
        if coarse and self._news_paragraph_between(ref.end, candidate.start):
            return None
        if self._tense(candidate).tense != "past":
            return None
        opening = self._sentence_opening(candidate.start)
        close = _SENTENCE_END_NOT_CLOCK.search(self.text, candidate.end, candidate.end + _SENTENCE_REACH)
        sentence = self.low[opening : close.start() if close else candidate.end + _SENTENCE_REACH]
        words = _WORD.findall(sentence)
        if any(
            word in _LEX.NEWS_FRAME_VERBS
            and (i == 0 or words[i - 1] not in _LEX.PASSIVE_AUXILIARIES)
            and words[i + 1 : i + 2] != ["to"]
            for i, word in enumerate(words)
        ):
            return None  # "told jurors", not "were paid and told to be gone by the end of the year"
        return ref

    def _story_time_of_a_stale_date(self, candidate: Candidate) -> _Reference | None:
        """A day the text named with its year within a week of a yearless past-tense date (the body
        "found on 2 December 1986" and the man "seen on 1 December"), else the year of a story years
        before the DCT that the text has just gone to ("41 years ago", "in 1977"), when the date read
        from the DCT would lie more than half a year back, where news would have given its year; None
        otherwise."""
        spec, ref, dct = candidate.spec, self.reference, self.dct
        if (
            self.narrative
            or dct is None
            or spec.month is None
            or spec.day is None
            or spec.weekday is not None
            or _dated_or_counted(spec)
        ):
            return None
        try:
            tense = self._tense(candidate)
            # the side a past tense reads, unless an indefinite one has the next one much nearer
            strict = self._side_definite(tense, candidate)
            last = date(cal.year_for(dct, spec.month, spec.day, -1, strict=strict), spec.month, spec.day)
        except ValueError:
            return None
        if (dct - last).days <= _STALE_DATE_DAYS or tense.direction != -1:
            return None
        told = list(self.dated_days.values())
        if ref is not None and ref.unit == "day":
            told.append(ref)  # "at about 8pm on 14 July": the clock time's day, read just before
        near = [
            named
            for named in told
            if (named.explicit or named is ref)
            and named.day.year < dct.year - 1
            and named.end <= candidate.start
            and min(
                (
                    abs((named.day - date(year, spec.month, spec.day)).days)
                    for year in (named.day.year - 1, named.day.year, named.day.year + 1)
                    if spec.day <= monthrange(year, spec.month)[1]
                ),
                # "29 February" near a day of 1998: no such day in the years around it
                default=_NEAR_NAMED_DAYS + 1,
            )
            <= _NEAR_NAMED_DAYS
        ]
        if near:
            return max(near, key=lambda named: named.end)
        if (
            ref is not None
            and ref.unit == "year"
            and ref.day.year < dct.year - 1
            and 0 <= candidate.start - ref.end <= _STORY_REACH
            # the story's year is the last time told: a lead's "41 years ago" and the next paragraph's
            # "last seen on 9 August", with nothing told between
            and bisect_left(self._candidate_starts, ref.end)
            == bisect_left(self._candidate_starts, candidate.start)
        ):
            return ref
        return None

    def _far_story_day_told(self, candidate: Candidate) -> _Reference | None:
        """The reference time when it is a day written out with its year, years before the DCT, and told
        shortly before `candidate` in news; None otherwise."""
        ref = self.reference
        if (
            self.narrative
            or self.dct is None
            or ref is None
            or not ref.explicit
            or ref.unit != "day"
            or ref.day.year >= self.dct.year - 1
            or candidate.start - ref.end > _STORY_REACH
        ):
            return None
        return ref

    def _news_paragraph_between(self, start: int, end: int) -> bool:
        """ "... died in hospital four days later. / Writing for the court, the judge said ... / The appeal
        was heard in November": a whole paragraph reporting the news, with no time of its own, between a
        story's last day and a bare month hands the month back to the news."""
        first = self.text.find("\n\n", start, end)
        if first < 0:
            return False
        last = self.text.rfind("\n\n", first + 2, end)
        if last < 0:
            return False
        if bisect_left(self._candidate_starts, first) != bisect_left(self._candidate_starts, last):
            return False  # the paragraphs between tell times of their own
        words = _WORD.findall(self.low[first:last])
        return any(word in _LEX.NEWS_FRAME_VERBS for word in words)

    def _far_story_day_of_a_coarse_reference(self, candidate: Candidate) -> _Reference | None:
        """The last day told of a story years before the DCT, when the reference time has since become
        a year or a month of that story too coarse for "that night" to fall on; None otherwise."""
        ref, told = self.reference, self.last_day
        if (
            self.narrative
            or self.dct is None
            or ref is None
            or told is None
            or ref.unit == "day"
            or ref.day.year >= self.dct.year - 1
            or told.day.year != ref.day.year
            or candidate.start - told.end > _STORY_REACH
        ):
            return None
        return told if self._tense(candidate).tense == "past" else None

    def _dates_a_report(self, start: int) -> bool:
        """Whether the words right before `start` are a verb of reporting that attributes a quotation
        ('"I remember the light," Wojcik said last week'): the time the words were spoken, not a time
        of what they tell."""
        sentence = self.text[self._sentence_opening(start) : start]
        if '"' not in sentence and "\u201d" not in sentence:
            return False
        words = _WORD.findall(self.low, max(0, start - 40), start)
        if words and words[-1] in _LEX.DATE_PREPOSITIONS:
            words.pop()
        if len(words) >= 2 and words[-2] == "told":
            words.pop()  # "told reporters"
        return bool(words) and words[-1] in _LEX.NEWS_FRAME_VERBS

    def _dated_with_its_weekday(self, reference: _Reference) -> bool:
        """Whether the expression of a reference time is a date written with its weekday ("Saturday,
        April 12, 1975")."""
        if not 0 <= reference.index < len(self.candidates):
            return False
        spec = self.candidates[reference.index].spec
        return spec.kind == "calendar" and spec.weekday is not None and spec.day is not None

    def _year_held_in_news(self, candidate: Candidate) -> _Reference | None:
        """ "Then 2020 happened. The garden centre closed in March": outside a narrative too, a year
        written out far from the DCT holds the yearless month or season the paragraph tells right
        after it, as a story's year does."""
        ref = self.reference
        if (
            self.year_held is not None
            and ref is not None
            and ref.end >= self.year_held[1]
            and ref.day.year == self.year_held[0].day.year
        ):
            # "The bank failed in September and by the winter": the story stays in the year it was held in
            held = self.year_held[0]
            if (
                candidate.start - ref.end <= _YEAR_HOLD_REACH
                and "\n" not in self.text[ref.end : candidate.start]
            ):
                return held if candidate.spec.amount is None else None
        if (
            self.narrative
            or ref is None
            or ref.unit != "year"
            or not ref.explicit
            or self.dct is None
            or candidate.spec.amount is not None
            or abs(ref.day.year - self.dct.year) <= 1
            or candidate.start - ref.end > _YEAR_HOLD_REACH
            or "\n" in self.text[ref.end : candidate.start]
        ):
            return None
        start = ref.end - len(ref.value)
        if self.text[start : ref.end] != ref.value or not _YEAR_AS_TOPIC_BEFORE.search(
            self.text, max(0, start - 16), start
        ):
            return None  # "dating to 1994. In January": a year in passing is no time the report moves to
        return ref

    def _reference_names_a_feast(self) -> bool:
        """Whether the reference time was read from a feast's name ("Waitangi Day", "Australia Day")."""
        span = self.reference_span
        return span is not None and self.low[span[0] : span[1]] in _LEX.FIXED_HOLIDAYS

    def _day_restated_beside(self, candidate: Candidate) -> _Reference | None:
        """The day named right before a yearless date set beside it ("Easter Sunday, March 23"), when the
        two are the same day of the year; None otherwise."""
        spec, ref = candidate.spec, self.reference
        if (
            ref is None
            or ref.unit != "day"
            or _dated_or_counted(spec)
            or (spec.month, spec.day) != (ref.day.month, ref.day.day)
            or not _APPOSITION.fullmatch(self.text, ref.end, candidate.start)
        ):
            return None
        return ref

    def _writers_year_in_sentence(self, candidate: Candidate) -> _Reference | None:
        """ "For the bicentenary this year the city has held a fortnight of events, which began on 25
        July": in a story, a month or a day without a year told after the writer's own year ("this year",
        "last year") in its sentence, with no other year between, is in that year, not the story's."""
        spec, writers = candidate.spec, self.writers_year
        if (
            writers is None
            or not self.narrative
            or spec.month is None
            or _dated_or_counted(spec)
            or not 0 <= candidate.start - writers.end <= _SENTENCE_REACH
            or not self._in_one_sentence(writers.end, candidate.start)
            or _ANY_YEAR.search(self.text, writers.end, candidate.start) is not None
            # "finished in 1931, as the city recalled last year, and in May it was opened": a clause
            # joined on after the writer's year goes back to the story
            or _NEW_CLAUSE_JOINED.search(self.low, writers.end, candidate.start) is not None
        ):
            return None
        return writers

    def _writers_time_later_in_sentence(self, candidate: Candidate) -> int | None:
        """ "The centre, which closed for repairs in January, reopens next month": in a story with a DCT, a
        month without a year in a sentence that goes on to the writer's own month, week or year ("next
        month", "this year") with no year between is in the writer's time: the last such month by the DCT
        in a past clause, the next one otherwise."""
        spec, dct = candidate.spec, self.dct
        if (
            dct is None
            or not self.narrative
            or spec.month is None
            or spec.day is not None
            or _dated_or_counted(spec)
            or spec.holiday is not None
        ):
            return None
        later = _WRITERS_TIME_WORDS.search(self.low, candidate.end, candidate.end + _SENTENCE_REACH)
        if later is None or not self._in_one_sentence(candidate.end, later.start()):
            return None
        opening = _last_sentence_break(self.text[max(0, candidate.start - _SENTENCE_REACH) : candidate.start])
        sentence_start = max(0, candidate.start - _SENTENCE_REACH) + opening + 1
        if (
            _ANY_YEAR.search(self.text, sentence_start, later.start()) is not None
            # "rebuilt in May, and next year it was sold": the story's next year; only a present or
            # future verb says the writer's
            or not self._writers_clause_at(later.start(), later.end())
        ):
            return None
        if self._tense(candidate).tense == "past":
            return dct.year if spec.month <= dct.month else dct.year - 1
        return dct.year if spec.month >= dct.month else dct.year + 1

    def _writers_clause_at(self, start: int, end: int) -> bool:
        """Whether the clause at text[start:end] is told in the writer's present or future ("reopens",
        "will reopen"), not the story's past nor its future in the past ("would open next year")."""
        tense = self.tense(start, end)
        if tense.tense == "present":
            return True
        return (
            tense.tense == "future"
            and not set((tense.cue or "").lower().split()) & _LEX.FUTURE_IN_THE_PAST_AUXILIARIES
        )

    def _same_month_named_before(self, candidate: Candidate) -> _Reference | None:
        """ "fled in November 1956 ... on the night of 22 November": a day of the month the sentence
        has just named with its year is in that year, whatever the DCT; a month named so in the sentence
        before holds too ("The strike began in March 1984. On 12 March the miners walked out")."""
        spec, ref = candidate.spec, self.reference
        if (
            ref is None
            or not ref.explicit
            or ref.unit not in ("month", "day")
            or _dated_or_counted(spec)
            or spec.day is None
            or spec.month != ref.day.month
        ):
            return self._flashback_month_goes_on(candidate)
        if self._in_one_sentence(ref.end, candidate.start):
            return ref
        if ref.unit != "month" or candidate.start - ref.end > _SENTENCE_REACH:
            return None
        # "brought back that June of 1944. ... we came ashore on 6 June": the month with its year stays the
        # time told through the next sentence (a day's own date, a line break or a further sentence ends it)
        close = _SENTENCE_END_NOT_CLOCK.search(self.text, ref.end, candidate.start)
        if close is None or "\n" in close.group():
            return None
        told = self.tense(ref.end - 1, ref.end)
        if told.tense == "past" and told.perfect:
            return None  # "The probe had grabbed its sample in October 2020. On Oct. 13": a glance back
        if self.tense(candidate.start, candidate.end).tense == "future":
            # "The firm was founded in March 1984. On 12 March it will mark 40 years": the day's own clause
            # looks ahead from the writer's now, past the month told
            return None
        further = _SENTENCE_END_NOT_CLOCK.search(self.text, close.end(), candidate.start)
        return ref if further is None else None

    def _month_following_a_dated_month(self, candidate: Candidate) -> _Reference | None:
        """ "rules were tightened in January 2024, when students lost the right to bring family, and in
        April, when the threshold rose": a bare month joined by "and (again) in" to a month the sentence
        has dated goes on from it, to the first such month after it."""
        spec, ref = candidate.spec, self.reference
        if (
            ref is None
            or not ref.explicit
            or ref.unit != "month"
            or spec.month is None
            or spec.day is not None
            or spec.season is not None
            or _dated_or_counted(spec)
            or not self._in_one_sentence(ref.end, candidate.start)
            or _AND_IN_BEFORE.search(self.text, ref.end, candidate.start) is None
        ):
            return None
        return ref

    def _glanced_month_counted_on(self, candidate: Candidate) -> _Reference | None:
        """The month a past-perfect glance back has just named in this sentence, for a period counted on
        from it ("had fought in the battles of August 1914 and the following winter"), or at the opening of
        the next ("He had been wounded in August 1914. The following winter he returned")."""
        back = self.flashback_month
        if (
            back is None
            or not self.narrative
            or not candidate.spec.amount
            or not self.low.startswith(_LEX.COUNTED_ON_PERIOD_LEADS, candidate.start)
            or not self._told_after_glance(back, candidate.start)
        ):
            return None
        return back

    def _told_after_glance(self, glanced: _Reference, start: int) -> bool:
        """Whether `start` comes after a glance back in the glance's sentence, or, for a month glanced back
        to, at the opening of the next ("He had been wounded in August 1914. Two months later he returned")."""
        return 0 <= start - glanced.end <= _SENTENCE_REACH and (
            _SENTENCE_BREAK.search(self.text, glanced.end, start) is None
            or (glanced is self.flashback_month and self._opens_next_sentence(glanced.end, start))
        )

    def _opens_next_sentence(self, end: int, start: int) -> bool:
        """Whether `start` opens the sentence right after the one `end` is in, in the same paragraph."""
        stop = _SENTENCE_BREAK.search(self.text, end, start)
        return (
            stop is not None
            and not self.text[stop.end() : start].strip()
            and "\n" not in self.text[stop.start() : start]
        )

    def _flashback_month_goes_on(self, candidate: Candidate) -> _Reference | None:
        """ "The fleet had left the Baltic in October 1904. On the night of 21 October it fired on
        trawlers": a day of the month a glance back has just named, in that sentence or the next, goes on
        telling that month; the story's day does not date it."""
        spec, back = candidate.spec, self.flashback_month
        if (
            back is None
            or spec.day is None
            or spec.month != back.day.month
            or _dated_or_counted(spec)
            or candidate.start - back.end > _SENTENCE_REACH
            or "\n" in self.text[back.end : candidate.start]
            or len(_SENTENCE_END_NOT_CLOCK.findall(self.text, back.end, candidate.start)) > 1
        ):
            return None
        return back

    def _year_glanced_back_to(self, candidate: Candidate) -> _Reference | None:
        """ "On 3 March 1941 the army crossed. Two years earlier, he had reached the cape on 20 March": a
        month or day without a year in the past-perfect sentence that has just glanced back a year or
        more from the story's day lies in the year glanced to; the story itself stays on its day."""
        spec, back = candidate.spec, self.flashback_year
        if (
            back is None
            or spec.month is None
            or _dated_or_counted(spec)
            or not self._in_one_sentence(back.end, candidate.start)
        ):
            return None
        tense = self._tense(candidate)
        if tense.looks_back:
            return back
        # "he had reached the cape on 20 March and sailed on 2 April": a verb joined to the past perfect
        # shares its "had", so a date after one already placed in the glance stays in it
        if (
            tense.tense == "past"
            and self.glanced_date_at > back.end
            and self._in_one_sentence(self.glanced_date_at, candidate.start)
        ):
            return back
        return None

    def _day_dated_before(self, candidate: Candidate) -> _Reference | None:
        """ "The work was finished on 4 March 2016 ... so the 28 days ended on 4 March": a day of the
        month the text has already dated is that same day when named again without its year."""
        spec = candidate.spec
        if not self.dated_days or spec.day is None or spec.month is None or _dated_or_counted(spec):
            return None
        dated = self.dated_days.get((spec.month, spec.day))
        if dated is not None and self._story_steps_on_to(spec.month, spec.day, dated, candidate.start):
            return None
        if (
            dated is not None
            and self.dct is not None
            and dated.day < self.dct
            and self._tense(candidate).direction == 1
        ):
            return None  # "took effect on 1 March 2020 ... must comply by 1 March": the next one is ahead
        if (
            dated is not None
            and self.dct is not None
            and dated.day.year < self.dct.year
            and self._anniversary_told_before(candidate)
        ):
            # "bombed on Oct. 6, 1995 ... The anniversary of the bombing, on Oct. 6, was marked": the day
            # comes round again in the news' own year, not the year of the day it recalls
            return None
        return dated

    def _anniversary_told_before(self, candidate: Candidate) -> bool:
        """ "The anniversary of the bombing, on Oct. 6,", "On the tenth anniversary, on 4 March": an
        anniversary told before the day in its clause, in news (a story's anniversary falls in its year)."""
        return (
            not self.narrative
            and _ANNIVERSARY_BEFORE_IN_CLAUSE.search(self.low, max(0, candidate.start - 60), candidate.start)
            is not None
        )

    def _restates_the_date_before(self, candidate: Candidate, choice: _AnchorChoice) -> bool:
        """ "The zone came into force on 12 April, a week later.", "He died on 3 May, two days later,
        in Paris": an offset set off by commas right after the day the story has just named says how
        far that day lay from the one before it; it names the same day."""
        ref = self.reference
        return (
            ref is not None
            and ref.unit == "day"
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and choice.anchor.expression == ref.index
            and self.text.startswith(", ", ref.end)
            and ref.end + 2 == candidate.start
            and _OFFSET_CLOSING_ITS_CLAUSE.match(self.text, candidate.start, candidate.end + 1) is not None
        )

    def _story_steps_on_to(self, month: int, day: int, dated: _Reference, start: int) -> bool:
        """ "Majuba Hill on 27 February 1881 ... [1900] Kimberley on 15 February ... surrendered on 27
        February": once the story has moved past the year of a day it dated, the same day named again
        a few weeks on from the story's time, or within a year the story has just named, is a new step
        of the story; one far from it ("The revolution thus fell on 7 November") is the dated day
        recalled."""
        ref = self.reference
        if ref is None or ref.day.year == dated.day.year:
            return False
        if ref.day.year < dated.day.year:
            # "first climbed on 29 May 1957 ... The 1953 expedition ... was there on 29 May": a year
            # written out after the dated day, and before it, has taken the story back; the same day
            # named soon after it is that year's, unless a past perfect between made the year a glance
            # back ("Earlier attempts in 1985 had failed. ... on 26 April", "as Hillary had in 1953"); a year
            # in the dated day's own sentence is set beside that day ("reached it on 29 May 1957, four years
            # after the 1953 climb"), and a year compared ("worse than 1915", "as in 1953") is a measure, so
            # the story stays in the dated year
            if (
                ref.unit != "year"
                or not ref.explicit
                or dated.end >= ref.end
                or start - ref.end > _STORY_BACK_SPAN
                or self._in_one_sentence(dated.end, ref.end)
                or (
                    self.low.endswith(ref.value, 0, ref.end)
                    and _YEAR_COMPARED_BEFORE.search(
                        self.low, max(0, ref.end - len(ref.value) - 24), ref.end - len(ref.value)
                    )
                    is not None
                )
            ):
                return False
            return " had " not in self.low[self._sentence_opening(ref.end) : start]
        if ref.unit == "year":
            return True
        # "on 29 May, and five weeks later ... on 1 July": a day of the week the story has reached
        reached = ref.day - timedelta(days=ref.day.weekday()) if ref.unit == "week" else ref.day
        try:
            ahead = (date(ref.day.year, month, day) - reached).days
        except ValueError:
            return False
        if 0 <= ahead <= _STORY_STEP_DAYS:
            return True
        if (
            ref.unit == "month"
            and 0 <= ahead <= _STORY_STEP_DAYS + monthrange(ref.day.year, ref.day.month)[1]
        ):
            # "in June [1746] ... on 20 September": a month names all its days; the story may stand at
            # its end
            return True
        if ref.day.year - dated.day.year >= 2 and 0 <= ahead <= 2 * _STORY_STEP_DAYS:
            # "crossed on 25 July 1936 ... [1938] reached the sea on 15 April ... crossed the Ebro on 25
            # July": a day dated years before is no longer the one a bare date a few months on recalls
            return True
        # "peace at Rastatt on 6 March 1714 and at Baden on 7 September": a day joined by "and" to a
        # date written with its year goes on in that year
        return (
            ref.explicit
            and 0 <= ahead < 366
            and _AND_NEXT_DAY_OF_A_LIST.fullmatch(self.text, ref.end, start) is not None
        )

    def _recounted_year(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]] | None:
        """ "On 2 February 2016 the council issued a notice. It reached the office on Friday 5 February":
        news or a report that recounts a past story by its full dates goes on in that story's year, as a
        story does, for the rest of the paragraph; only for a date years before the DCT, in a past clause."""
        spec, ref = candidate.spec, self.reference
        if (
            self.narrative
            or self.dct is None
            or ref is None
            or not ref.explicit
            or ref.unit != "day"
            # a day of the year before the DCT's that lies over a year before it ("suspended on 8
            # February 2002 ... on 11 February" in a judgment of June 2003) is a past story too
            or (self.dct.year - ref.day.year < 2 and (self.dct - ref.day).days < _RECOUNTED_PAST_DAYS)
            or spec.month is None
            or spec.day is None
            or _dated_or_counted(spec)
            or "\n" in self.text[ref.end : candidate.start]
            or self._anniversary_told_before(candidate)  # the day comes round in the news' own year
        ):
            return None
        tense = self._tense(candidate)
        if tense.direction != -1:
            return None
        month, day = _month_day_of(spec)
        step = -1 if tense.looks_back else 1
        year = _story_year(ref.day, month, day, step, self._in_relative_clause(candidate.start))
        if spec.weekday is not None and day is not None:
            year, _ = _year_with_weekday(spec.weekday, month, day, year, "")
        anchor = _anchor_at(ref)
        why = f"no year given; a past told by its full dates in this paragraph, so the year near {ref.value}"
        return _calendar_value(spec, year), anchor, why, []

    def _yearly_occasion(self, candidate: Candidate) -> bool:
        """ "Egypt celebrates 6 October as Armed Forces Day", "states mark 15 February as a day of
        remembrance": a day of the month a present-tense clause names as a yearly occasion is that day of
        every year, even where the text has dated it ("will mark 6 October as a day of mourning" is one)."""
        spec = candidate.spec
        if spec.day is None or spec.month is None or _dated_or_counted(spec):
            return False
        declaring = _WORD_JUST_BEFORE.search(self.text, max(0, candidate.start - 16), candidate.start)
        if (
            declaring is not None
            and declaring.group(1).lower() in _LEX.DAY_DECLARING_VERBS
            and _DECLARED_NAMED_DAY_AFTER.match(self.text, candidate.end) is not None
        ):
            # "the State Council declared 11 July a national Maritime Day": a day made a named day is
            # that day of every year, whatever the tense of the act that made it one
            return True
        restated = self._day_restated_beside(candidate)
        feast_beside = restated is not None and self._reference_names_a_feast()
        if _MADE_A_HOLIDAY_AFTER.match(self.text, candidate.end) is not None and (
            restated is None or feast_beside
        ):
            # "his birthday, 14 May, has been a public holiday since 2001", "Waitangi Day, 6 February, has
            # been a public holiday since 1974": the day of every year; "The next day, 3 October, has been a
            # holiday ever since" restates the day the story has reached
            return True
        if feast_beside and self._tense(candidate).tense == "present":
            # "Australia Day, 26 January, marks the landing of the First Fleet": the day a feast just named
            # falls on, told in the present, is that day of every year, not the feast's nearest one
            return True
        if _KEPT_ON_BEFORE.search(self.text, max(0, candidate.start - 60), candidate.start) is not None:
            # "is now observed again on 31 July", "are remembered at dawn on 25 April": a present passive
            # of keeping says on which day of every year it is done
            return True
        if (
            (
                _KEPT_AS_SUBJECT_AFTER.match(self.text, candidate.end) is not None
                # "the anniversary of the battle, 15 August, has been kept every year": the day set off
                # by commas beside the subject
                or (
                    self.text.startswith(",", candidate.end)
                    and self.text.endswith(", ", 0, candidate.start)
                    and _KEPT_AS_SUBJECT_AFTER.match(self.text, candidate.end + 1) is not None
                )
            )
            and _may_hold(self.text, candidate.end, candidate.end + 68, _YEARLY_WORDS)
            and _EVERY_YEAR_LATER_IN_CLAUSE.match(self.text, candidate.end) is not None
        ):
            # "10 November has been kept as Heroes' Day every year since", "6 June is marked each year": a
            # day that is itself kept as an occasion each year is that day of every year, whatever the tense
            return True
        opening = self._sentence_opening(candidate.start)
        day_at = candidate.start
        if spec.pod is not None and (on_day := _ON_AFTER_CLOCK.match(self.low, candidate.end)) is not None:
            day_at = on_day.end()  # "at 5:12 a.m. on April 18": the hour told with its day
        yearly_before = (
            _EVERY_YEAR_EARLIER_IN_CLAUSE.search(self.low, max(0, day_at - 100), day_at)
            if self.low.endswith(" on ", 0, day_at)
            else None
        )
        if yearly_before is not None and all(
            other.spec.type == "TIME"
            for other in self._candidates_between(yearly_before.end("set"), candidate.start)
        ):
            # "gathered every year at the fountain at 5:12 a.m. on April 18": the day a yearly set falls on,
            # with only the place and the hour told between, is that day of every year, whatever the tense
            return True
        month_set = _EVERY_MONTH_OR_SEASON.search(self.text, opening, candidate.start)
        if (
            month_set is not None
            # "each Feb." as "each February"
            and _LEX.MONTHS.get(month_set.group(0).split()[-1].lower()) == spec.month
            and not any(self._candidates_between(month_set.end(), candidate.start))
            and not self._one_off_past(candidate)
        ):
            # "each February they lay flowers at the junction on 12 February": a day of the month the
            # sentence has named as recurring is that day of every year, whatever the tense (as "every
            # year on 4 August" is), unless another time is told between ("and this year it falls on")
            return True
        # "celebrates Liberation Day on 26 February", "open Liberation Week on 11 November": in a story or
        # an undated text, the day a named occasion falls on (news may name the coming one)
        named_before = (
            (self.narrative or self.dct is None)
            and self.text.find(" on ", max(0, candidate.start - 16), candidate.start) >= 0
            and _OCCASION_NAMED_BEFORE.search(self.text, max(0, candidate.start - 60), candidate.start)
            is not None
        )
        if (
            not named_before
            and not (
                self.text.startswith((" as ", " is "), candidate.end)
                and _OCCASION_NAMED_AFTER.match(self.text, candidate.end)
            )
            and not (
                # "the anniversary of the armistice, 13 March, is marked every year": kept each year
                self.text.startswith(",", candidate.end)
                # the words open within 60 characters of the comma (`_may_hold`)
                and _may_hold(self.text, candidate.end, candidate.end + 68, _YEARLY_WORDS)
                and _EVERY_YEAR_LATER_IN_CLAUSE.match(self.text, candidate.end) is not None
            )
            # "the names are read aloud every year on the Sunday nearest to 14 November"
            and _EVERY_YEAR_ON_BEFORE.search(self.low, max(0, candidate.start - 64), candidate.start) is None
        ):
            return False
        if _EVERY_YEAR_ON_RIGHT_BEFORE.search(self.low, max(0, candidate.start - 24), candidate.start):
            # "has marked the flood every year on 4 August since 1975", "they met every year on 1 May":
            # the day a yearly set falls on is that day of every year, whatever the tense
            return True
        tense = self._tense(candidate)
        if named_before and tense.tense == "future":
            # "parades open the week on 11 November": a present read as a timetable's, not "will"
            return not _FUTURE_CUE.search((tense.cue or "").lower())
        # "every year since 1983, on the Saturday nearest 4 November": the day a yearly set falls on
        yearly_on = (
            not named_before
            and _EVERY_YEAR_ON_BEFORE.search(self.low, max(0, candidate.start - 64), candidate.start)
            is not None
        )
        if (
            _written_present_perfect(tense)
            and self.low.find("since", max(0, candidate.start - 100), candidate.start) >= 0
            and (named_before or yearly_on)
        ):
            # "Since 2005 the country has marked Unity Day on 4 November", "Every year since 1962, on the
            # Sunday before 3 June, the town has held a fair": each year since
            return True
        if tense.tense is None and yearly_on:
            # "Every year since 1983, on the Saturday nearest 4 November, members of the club fly over":
            # with no verb read for it, the day a yearly set falls on is that day of every year
            return True
        return tense.tense == "present" and not tense.perfect

    def _one_off_past(self, candidate: Candidate) -> bool:
        """Whether the clause of `candidate` tells in the simple past an act that befalls someone once ("he
        was arrested there on 14 February", "she died on 3 March"), which no month of every year makes a
        yearly day."""
        tense = self._tense(candidate)
        if tense.tense != "past" or tense.perfect or tense.habitual or not tense.cue:
            return False
        return tense.cue.lower().split()[-1] in _LEX.ONE_OFF_PAST_VERBS

    def _habitual_month(self, candidate: Candidate) -> bool:
        """ "The museum is open daily from June to September": a month without a year in a present-tense
        sentence that says how often something happens is that month of every year (XXXX-06). Only in a
        story or an undated text: news names the coming months of a schedule ("garden waste is collected
        fortnightly from March to November") for the year it is in."""
        spec = candidate.spec
        if spec.day is not None and self._label_end(candidate.start, candidate.end) is not None:
            return False  # "12th March. — Rain again today.": a diary entry's date names its one day
        if self._bare_season_of_every_year(candidate) or self._month_of_an_undated_guide(candidate):
            return True
        if self._month_of_every_year_by_lead(candidate):
            return True
        if (
            spec.day is None
            and spec.year is None
            and spec.amount is None
            and self._month_of_a_yearly_verb_pair(candidate)
        ):
            # ("published in March next year" names its one year)
            return True
        if (
            spec.year is None
            and spec.month is not None
            and _ACCOUNT_YEAR_BOUND_BEFORE.search(self.low, max(0, candidate.start - 48), candidate.start)
        ):
            return True  # "whose fiscal year begins in October": the month its every year of account opens
        if (
            spec.year is None
            and (spec.month is not None or spec.season is not None)
            and not _dated_or_counted(spec)
            and spec.holiday is None
            and _MONTH_THEN_EVERY_YEAR.match(self.text, candidate.end) is not None
        ):
            return True  # "birds were caught between 1 May and 20 May each year": that date of every year
        # "five days behind its normal date of June 1": the date a thing usually comes on, every year's
        normal_date = _NORMAL_DATE_BEFORE.search(self.low, max(0, candidate.start - 40), candidate.start)
        if (
            (
                not self.narrative
                and self.dct is not None
                and normal_date is None
                # "the flu season typically peaks in February": an adverb of what is usual makes a
                # present verb in news a habit of every year too
                and not (spec.day is None and self._present_habit_verb(candidate))
            )
            or (spec.month is None and spec.season is None)  # "in summer the ferries run daily"
            or _dated_or_counted(spec)
            or spec.holiday is not None
        ):
            return False
        if normal_date is not None:
            return True
        low = max(0, candidate.start - _SENTENCE_REACH)
        before = self.text[low : candidate.start]
        opening = _last_sentence_break(before) + 1
        after = self.text[candidate.end : candidate.end + _SENTENCE_REACH]
        closing = _SENTENCE_END_BETWEEN.search(after)
        sentence = before[opening:] + " " + (after[: closing.start()] if closing else after)
        tense = self._tense(candidate)
        if tense.tense == "past" and tense.cue_end is not None and tense.cue_end <= candidate.start:
            own, clause_start = self._present_appended_relative(candidate, tense.cue_end)
            if own is not None:
                # "were ruled by the monsoons, which blow from the northeast in winter": a present-tense
                # relative clause set off by its comma tells how every year goes, whatever the main past
                tense = own
                sentence = self.text[clause_start : candidate.start] + " " + sentence[len(before) - opening :]
        cue = (tense.cue or "").lower()
        habit_words = list(_HABITUAL_WORDS.finditer(before, opening))
        later_clause = _CLAUSE_JOIN.split(before[habit_words[-1].end() :]) if habit_words else []
        if len(later_clause) > 1 and _plan_to_in(later_clause[-1]):
            # "reenactors leave Missouri every May, and a company of them plans to reach Oregon in
            # September": a plan's verb in the month's own clause, after the one of what recurs, makes the
            # month its one occasion ("Each year the society plans to meet in May" stays every year's)
            return False
        if (
            self.habitual_month_end >= low + opening
            and spec.day is None
            and not _FUTURE_CUE.search(cue)
            and not self._year_named_between(self.habitual_month_end, candidate.start)
        ):
            # "freezes in October and stays frozen until May": the sentence's months go on, until a year
            # names one occasion ("usually sailed in April, but in 1902 it left in May")
            return True
        if spec.day is None and _EVERY_MONTH_OR_SEASON.search(before, opening):
            # "the court came each June and stayed until September": a month told after a recurring one
            # in its sentence recurs with it, in a habit of the past as of the present
            return True
        if spec.day is None and (
            _EVERY_YEAR_THEN_MONTH.search(before, opening)
            or self._right_after_a_yearly_set(candidate, _YEARLY_SET_THEN_TIME_GAP)
        ):
            # "as armies did every year from November until April": months right after "every year"
            # are those of each year ("twice yearly, in the spring", "every year, in June")
            return True
        if _DEADLINE_BEFORE.search(before[opening:]):
            return False
        if _SINCE_EVENT_BEFORE.search(self.text, max(0, candidate.start - 48), candidate.start):
            # "is the first since the election in November": the event a "since" reaches back to was one
            # time, whatever the present of the clause that counts from it
            return False
        if _source_dates_an_event(self.low, tense):
            # "most accounts place it in late July", "historians date the fire to early May": writers giving
            # a past event its month, in the present of what they hold, tell no habit of every year (nor
            # does "the accounts usually put it in May", whose "put" may read as a past habit below)
            return False
        if spec.day is None and tense.tense == "past" and self._past_habit_verb(tense):
            return True  # "flax was usually sown in April": a habit of the story's past, every year's April
        if (
            spec.day is None
            # "is open on Saturdays from April": a present read as scheduled is still no "will"
            and (tense.tense == "present" or (tense.tense == "future" and not _FUTURE_CUE.search(cue)))
            and any(
                other.spec.type == "SET"
                and (
                    not _CLAUSE_JOIN.search(self.text, other.end, candidate.start)
                    or self._only_schedule_hours_between(other.end, candidate.start)
                )
                for other in self._candidates_between(low + opening, candidate.start)
            )
        ):
            # "can be visited on Saturdays from April to October": a set of days told before the month in
            # its present-tense clause says how every year goes, as "daily" does ("Tours run on Sundays,
            # and the next opens in April" plans one April)
            return True
        if not _HABITUAL_WORDS.search(sentence):
            # "The river freezes in October": in a story told in the past, a verb plainly in the simple
            # present ("freezes", "is") says how every year goes
            return (
                self.narrative
                and spec.day is None
                and not self._dated_just_before_undated(candidate)
                and not self._year_frames_present(candidate)
                # "The dry season runs from May to October": a simple present that reads as a
                # timetable's is still how every year goes in a story told in the past
                and (tense.tense == "present" or self._lone_s_verb_read_as_future(tense))
                and not tense.perfect
                and (
                    _PLAIN_PRESENT_CUE.match(cue) is not None
                    # "About 150 people work there in summer"; not "Yu Qian beat the Mongols back"
                    or (_present_only_base(cue) and not _past_only_word_in(sentence))
                )
                # "travelled with troops ..., and in April it spread"; a present passive ("the fields are
                # flooded in winter") is no past form
                and not _PAST_FORM.search(_PRESENT_PASSIVE.sub(" ", sentence))
                and not _plan_to_in(before[opening:])  # "plans to marry in the autumn": the one planned
                # "The book opens in March 1951 ... In August they travel to the coast": a story told in
                # the present moves on by its months
                and not (self.reference is not None and self._story_told_in_the_present())
            )
        if _written_present_perfect(tense):
            return True  # "has held a day of remembrance every year, usually in May"
        if tense.tense == "future":
            # a simple present with a date reads as scheduled ("opens in June"); with a word of how
            # often, it is the habit; "will", "'ll" and "going to" still make it one future month
            return not _FUTURE_CUE.search(cue)
        return tense.tense == "present"

    def _lone_s_verb_read_as_future(self, tense: ClauseTense) -> bool:
        """ "The dry season runs from May to October": a lone verb in -s that the tense reader took as a
        timetable's future; not "plans to marry in the autumn" nor "is expected to stand in June"."""
        cue = (tense.cue or "").lower()
        return (
            tense.tense == "future"
            and tense.cue_end is not None
            and cue.isalpha()
            and cue not in ("is", "are")
            and _PLAIN_PRESENT_CUE.fullmatch(cue) is not None
            and not self.low.startswith(" to ", tense.cue_end)
        )

    def _year_frames_present(self, candidate: Candidate) -> bool:
        """ "In 1851 the hall is open from May to October": a story's sentence opening on its year tells
        that year in the historical present, so its months are that year's, not every year's; a time of
        the writer's own ("In 1851 it opened, and today it is open from May"), a plan ("is set to hold"),
        a word of how often between them ("each year") or a past the year dates ("In 1995 the trust
        restored the hall, which is open from April") leaves the months to the present."""
        opening = self._sentence_opening(candidate.start)
        frame = _YEAR_OPENING.match(self.text, opening)
        if frame is None or frame.end() >= candidate.start:
            return False
        between = self.text[frame.end() : candidate.start]
        cue_end = self._tense(candidate).cue_end
        if (cue_end is not None and self.text.startswith(" to ", cue_end)) or _plan_to_in(between):
            # "In May 1998 the council is set to hold an election in February": a present plan before its
            # infinitive is the writer's, told from the time of writing
            return False
        return (
            # a clause set off by a comma after the year's own ("In 1995 the trust bought the hall, which
            # is open from April") is a present of its own
            "," not in between.lstrip(" \t,")
            and not _PAST_FORM.search(_PRESENT_PASSIVE.sub(" ", between))
            and not _past_only_word_in(between)
            and not any(
                other.spec.month is None and other.spec.season is None
                for other in self._candidates_between(frame.end(), candidate.start)
            )
        )

    def _year_named_between(self, start: int, end: int) -> bool:
        return any(other.spec.year is not None for other in self._candidates_between(start, end))

    def _movable_day_falls(self, candidate: Candidate) -> bool:
        """ "Easter can fall as early as 22 March or as late as 25 April", "usually falls in March": a date
        without a year after "can", "always" or "usually" and "fall(s)" in its sentence says where a day
        that moves from year to year lands in any year, so it is that date of every year."""
        spec = candidate.spec
        if spec.month is None or spec.holiday is not None or spec.amount is not None or spec.unit is not None:
            return False
        window = max(0, candidate.start - 90)
        falls = (
            _MOVABLE_DAY_FALLS.search(self.text[window : candidate.start])
            if "fall" in self.text[window : candidate.start]
            else None
        )
        if falls is None:
            return False
        # what falls is a day kept by a calendar ("the feast ... it can fall", "The festival always falls",
        # "Easter can fall"), not a price or a level ("Prices can fall sharply in March")
        lead = window + falls.start()
        opening = self._sentence_opening(lead)
        return _MOVABLE_DAY_NOUN.search(self.low, opening, lead) is not None or any(
            other.spec.holiday is not None for other in self._candidates_between(opening, lead)
        )

    def _present_habit_verb(self, candidate: Candidate) -> bool:
        """ "the season typically peaks in February", "usually freezes in December": a simple present
        (not a future, a perfect or a past) made a habit by an adverb of what is usual inside its verb
        group or right before it (`_LEX.PAST_HABIT_ADVERBS`, which do the same for a past verb)."""
        tense = self._tense(candidate)
        if tense.perfect or not (tense.tense == "present" or self._lone_s_verb_read_as_future(tense)):
            return False
        return self._past_habit_verb(tense) or self._habit_shared_by_and(tense)

    def _habit_shared_by_and(self, tense: ClauseTense) -> bool:
        """ "Milk output usually peaks in May and is at its lowest in the autumn": a verb joined by "and"
        to the one before it shares its subject and the adverb of what is usual told before it in the
        sentence (`_LEX.PAST_HABIT_ADVERBS`); a new subject after "and" starts a clause of its own."""
        if tense.cue is None or tense.cue_end is None:
            return False
        cue_start = tense.cue_end - len(tense.cue)
        if not self.low.endswith(" and ", 0, cue_start):
            return False
        opening = self._sentence_opening(cue_start)
        return any(word in _LEX.PAST_HABIT_ADVERBS for word in _WORD.findall(self.low, opening, cue_start))

    @staticmethod
    def _reported_now(tense: ClauseTense) -> bool:
        """Whether the clause reports in the present, the present perfect ("has issued") or the future:
        not in a simple past or a past perfect, which may tell of a time already gone."""
        if tense.tense == "past":
            return _written_present_perfect(tense)
        return True

    def _past_habit_verb(self, tense: ClauseTense, clock: bool = False) -> bool:
        """ "was usually sown", "generally sailed", "used to sit": a past-tense verb made a habit by an
        adverb of how often inside it or right before it, or by "used to" ("was used to ferry troops" is
        a purpose, its cue not "used" alone); for a clock time `clock` adds "always", "often" and the like."""
        if tense.cue is None or tense.cue_end is None:
            return False
        cue = tense.cue.lower()
        if cue == "used" and self.low.startswith(" to ", tense.cue_end):
            return True
        cue_start = tense.cue_end - len(cue)
        words = cue.split() + self.low[max(0, cue_start - 14) : cue_start].split()[-1:]
        if cue in _LEX.MONTH_SUBJECT_COPULAS:
            # "April is usually the wettest month": a cue that stops at "is" or "was" before a noun phrase
            # leaves its adverb after it
            words += self.low[tense.cue_end : tense.cue_end + 14].split()[:1]
        return any(
            word in _LEX.PAST_HABIT_ADVERBS or (clock and word in _LEX.PAST_CLOCK_HABIT_ADVERBS)
            for word in words
        )

    def _month_of_an_undated_guide(self, candidate: Candidate) -> bool:
        """ "Closed in January.", "On 14 July there are fireworks over the river": in an undated text read
        as present-day (a guide, not a story), a month or season without a year, outside the past and a
        future with "will", is that of every year; the years its history names are no time its hours
        fall in."""
        spec = candidate.spec
        if (
            self.dct is not None
            or self.narrative
            or (spec.month is None and spec.season is None)
            or _dated_or_counted(spec)
            or spec.holiday is not None
        ):
            return False
        if self._dated_just_before_undated(candidate):
            return False
        tense = self._tense(candidate)
        # "The gardens open from April to October": a simple present read as a timetable's is still the
        # guide's habit; "will" makes it one coming month
        return tense.tense != "past" and not (tense.tense == "future" and _FUTURE_CUE.search(tense.cue or ""))

    def _dated_just_before_undated(self, candidate: Candidate) -> bool:
        """ "Consumer price inflation: July 2026. Next published on 19 August 2026. The figures show the
        change in the 12 months to July": in an undated text, a paragraph that has just dated its time
        with a year is about that one time, and a month it names in the present is near it, not every
        year's; a year alone ("restored from 1958. The gardens open from April") or a month far from
        it leaves the guide's months every year's."""
        ref, month = self.reference, candidate.spec.month
        if (
            self.dct is not None
            or ref is None
            or month is None
            or not ref.explicit
            or ref.unit not in ("month", "day")
            or candidate.start - ref.end > _SENTENCE_REACH
            or "\n\n" in self.text[ref.end : candidate.start]
        ):
            return False
        nearest = min(
            (date(ref.day.year + step, month, 1) for step in (-1, 0, 1)),
            key=lambda first: abs((first - ref.day).days),
        )
        return abs((nearest - ref.day).days) <= _CLOSE_TO_A_TOLD_MONTH

    def _month_of_every_year_by_lead(self, candidate: Candidate) -> bool:
        """ "The festival is held every year in late May or June", "the harvest, usually in late September",
        "is best visited in spring or autumn", "The peak months of July and August are very hot": a month or
        season without a year after an adverb of how often and "in", after "is best ... in", or named as
        the subject of a present "are" after "the ... months of", is that month of every year, in news and
        dated guides too, and in a past habit ("Usually in May, the board met"); not in a future clause
        ("will always be in May" names one), nor after a count or a place in time ("the two months of
        January and February are" are this year's). In a story, so is one after a present "is open from"
        ("The house is now open from April to October")."""
        spec = candidate.spec
        if (
            spec.year is not None
            or spec.day is not None
            or (spec.month is None and spec.season is None)
            or spec.holiday is not None
            or _dated_or_counted(spec)
        ):
            return False
        low = max(0, candidate.start - 64)
        if _BEST_SEASON_LEAD.search(self.text, low, candidate.start) is not None:
            return True
        if (
            self.narrative
            and "open" in self.low[low : candidate.start]
            and _OPEN_SEASON_LEAD.search(self.text, low, candidate.start) is not None
        ):
            # "The house is now open from April to the end of October" closing a history: the months a
            # place keeps open, said in the present, are those of every year (news names a schedule's
            # coming months for the year it is in; "will be open from April" is one year's)
            opening = self._tense(candidate)
            if (
                opening.tense != "past"
                and not (opening.tense == "future" and _FUTURE_CUE.search(opening.cue or ""))
                and not self._year_frames_present(candidate)
            ):
                return True
        every = _EVERY_YEAR_MONTH_LEAD.search(self.text, low, candidate.start)
        if every is None:
            months_of = _MONTHS_OF_LEAD.search(self.text, low, candidate.start)
            if (
                months_of is None
                or (months_of["kind"] or "").lower() in _MONTHS_OF_COUNT_WORDS
                or _MONTHS_OF_SUBJECT_AFTER.match(self.text, candidate.end) is None
            ):
                return False
        # "Usually in May, the board met": an adverb of how often makes a past a habit, every year's month
        tense = self._tense(candidate)
        if (
            every is not None
            and every.group().lower().lstrip().startswith(_LEX.TIMES_A_YEAR_LEADS)
            and tense.tense == "present"
            and not tense.perfect
        ):
            # "Parents' evenings are held twice a year, in November and March" on a school's dated page:
            # a count in the present may be this year's pair of months; "have sampled ... twice a year,
            # in April and September" tells a habit of years
            return False
        return not (tense.tense == "future" and _FUTURE_CUE.search(tense.cue or ""))

    def _bare_season_of_every_year(self, candidate: Candidate) -> bool:
        """ "open until 7pm in summer", "the ferry sails five times a day in summer": a season right after
        "in" with no article or other determiner, in a sentence not in the past that says how often
        (or names a set of days), is that season of every year, in news as in a story ("this summer",
        "the summer" and "in summer 2019" name one; "Roads close in winter" said in February may be
        the winter in progress)."""
        spec = candidate.spec
        if (
            spec.season is None
            or spec.month is not None
            or spec.year is not None
            or spec.amount is not None
            or candidate.end - candidate.start > _LONGEST_SEASON_WORD
            or " " in self.text[candidate.start : candidate.end]
            or not _BARE_IN_BEFORE.search(self.low, max(0, candidate.start - 4), candidate.start)
            or _YEAR_AFTER_SEASON.match(self.text, candidate.end)
        ):
            return False
        tense = self._tense(candidate)
        if tense.tense == "past" or (tense.tense == "future" and _FUTURE_CUE.search(tense.cue or "")):
            return False
        opening = self._sentence_opening(candidate.start)
        end = self._sentence_close(candidate.end)
        if _HABITUAL_WORDS.search(self.text, opening, end):
            return True
        return any(other.spec.type == "SET" for other in self._candidates_between(opening, end))

    def _habitual_clock(self, candidate: Candidate) -> bool:
        """ "The gallery is open daily from 10 a.m. to 5 p.m.": a clock time with no day in a present-tense
        clause that says how often something happens is that time of every day, not of the day in context;
        so is a bound of the hours a rule allows or bans ("bans the sale of alcohol after 10 p.m.")."""
        spec = candidate.spec
        if (
            spec.type != "TIME"
            or spec.base != "ref"
            or spec.unit != "day"
            or spec.amount != 0
            or not _CLOCK_POD.fullmatch(spec.pod or "")
        ):
            return False
        if 0 <= candidate.start - self.habitual_clock_end <= 8 and _RANGE_LINK.fullmatch(
            self.text, self.habitual_clock_end, candidate.start
        ):
            return True  # "open as usual 8am-4pm": a range's close is of the same every day as its opening
        if self._clock_after_habitual_clock(candidate):
            return True
        if self._clock_after_months_of_every_year(candidate):
            return True
        if self._clock_of_the_day_before(candidate):
            return False
        if (
            self.low.endswith("the ", 0, candidate.start)
            and self.text[candidate.start].isdigit()  # "at the stroke of the midnight hour" is no slot
            and self._names_a_slot(candidate)
        ):
            return True
        low = max(0, candidate.start - 80)
        permitted = _PERMITTED_HOURS_BEFORE.search(self.text, low, candidate.start)
        if permitted is not None and not self._dated_nearby(permitted.start(), candidate):
            return True  # "a bill that would have allowed smoking after 9 p.m.": the hours of a rule
        if self._clock_of_every_day(candidate) or self._clock_in_sentence_of_set_days(candidate):
            return True
        window = self.low[max(0, candidate.start - 90) : candidate.start]
        if (
            ("anyone" in window or "anybody" in window or "whoever" in window)
            and (
                anyone := _ANYONE_DOING_BEFORE.search(self.low, max(0, candidate.start - 90), candidate.start)
            )
            and not self._dated_nearby(anyone.start(), candidate)
        ):
            # "anyone who finds an injured animal after 6pm should ring", "whoever arrives after 10pm": the
            # hour in a rule for whoever does something, of any day ("anyone who saw the car at 6pm" is past)
            return True
        if self._things_done_by_bound(candidate):
            return True
        if _ON_EITHER_DAY_AFTER.match(self.text, candidate.end):
            return True  # "no services after 8pm on either day": the time of each of the days told
        if _ON_ANY_DAY_AFTER.match(self.text, candidate.end):
            return True  # "between 9 a.m. and 6 p.m. on any weekday": the time of each such day
        if _ON_KIND_OF_DAYS_AFTER.match(self.text, candidate.end):
            return True  # "between 7am and 7pm on strike days", "after 10pm on match days": each such day
        if self._clock_shared_by_days(candidate) or self._clock_after_listed_days(candidate):
            return True
        if (
            self.low.endswith(_CALL_HOURS_SIGNALS, 0, candidate.start)
            and _CALL_HOURS_BEFORE.search(self.text, max(0, candidate.start - 70), candidate.start)
            and not self._one_call_told(self._tense(candidate))
        ):
            # "Tel. Barnley 41920 after 6pm", "ring 44718 before 9am": when to telephone, of any day ("she
            # rang 01632 960718 after 6pm" and "he will call 01632 960718 after 6pm" are one call)
            return True
        if self._clock_after_sentence_of_set_days(candidate):
            return True
        if self._clock_of_each_event(candidate) and not self._own_need_after(candidate):
            return True
        if (
            _RULE_HOUR_AFTER.match(self.text, candidate.end)
            and _STANDING_RULE_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start)
        ) or _FREQUENCY_BEFORE_CLOCK.search(self.text, max(0, candidate.start - 30), candidate.start):
            # "most often after 1 a.m.", "bring back the 10 p.m. curfew": the hour of any day ("a 9 p.m.
            # curfew was imposed on Saturday" may be one night's)
            return True
        if (
            last_call_before(self.low, candidate.start, _LEX)
            # "Lunch is served until 2.30.": a meal's hours, kept every day as a kitchen's last call is
            or day_meal_served_until(self.low, candidate.start, _LEX) != ""
        ) and _LAST_CALL_CLAUSE_CLOSE.match(self.low, candidate.end) is not None:
            # "Last orders are at 10.30.", "Last entry is at 4.45pm.": the last call a place takes, said in
            # the present with no day, is its hour of every day ("Last orders are at 10pm on Friday" is one)
            return True
        if _STANDING_HOURS_BEFORE.search(self.text, max(0, candidate.start - 40), candidate.start):
            # "has moved its opening hours to 6 a.m.": the hours a place keeps, of every day it keeps them
            return True
        window = self.low[max(0, candidate.start - 60) : candidate.start]
        if any(order in window for order in _LEX.DAILY_HOURS_ORDERS) and _DAILY_ORDER_HOURS_BEFORE.search(
            self.text, max(0, candidate.start - 90), candidate.start
        ):
            # "a 12-week curfew from 7pm to 7am": an order's hours, of every day it lasts
            return True
        if (
            any(order in window for order in _LEX.DAILY_HOURS_ORDERS)
            and _ORDER_HOURS_BEFORE.search(self.text, max(0, candidate.start - 60), candidate.start)
            and _ORDER_LASTING_AFTER_HOURS.match(self.text, candidate.end)
        ):
            # "a curfew from 7pm to 7am for 12 weeks": the order's length told after its hours
            return True
        opening = self._sentence_opening(candidate.start)
        if _TYPICAL_OCCASION.search(self.text, opening, candidate.start) or (
            _INDEFINITE_BEFORE.search(self.text, max(0, candidate.start - 4), candidate.start)
            and _SHIFT_AFTER.match(self.text, candidate.end)
        ):
            # "On a typical morning the first bus, at 7.40am, carries", "to get to a 7am shift": the time
            # of any such day, not of one
            return True
        tense = self._tense(candidate)
        if tense.tense == "past" and not tense.perfect and self._past_habit_verb(tense, clock=True):
            # "The court usually sat from 10 a.m. to 5 p.m., with a break at noon": a past verb made a
            # habit by an adverb of what is usual tells the hours of every such day, not of one
            self.past_habit_cue_end = tense.cue_end if tense.cue_end is not None else -1
            return True
        if tense.tense == "present" and (tense.habitual or self._present_habit_verb(candidate)):
            # "Pollen counts usually peak between 5pm and 7pm": an adverb of what is usual makes any
            # present verb tell the hours of every day, as a timetable's verb does without one
            return not self._own_need_after(candidate)
        return False

    def _things_done_by_bound(self, candidate: Candidate) -> bool:
        """ "Letters posted after noon will arrive the next day", "Orders placed before 2pm ship the same
        day": the things done before or after an hour, told with a modal or a present, are a rule's for
        every day ("Shots fired after midnight wounded two" tells one night)."""
        if not self.low.endswith(("after ", "before "), 0, candidate.start):
            return False
        done = _THINGS_DONE_BOUND_BEFORE.search(self.low, max(0, candidate.start - 48), candidate.start)
        if done is None or done["lead"] in _PARTICULAR_THINGS_DETERMINERS:
            # "The results announced after 10pm will decide the race": a determiner picks out the things of
            # one day, where a bare plural names every day's
            return False
        after = _NEXT_WORD_AFTER.match(self.low, candidate.end)
        verb = after.group(1) if after is not None else ""
        return verb in _LEX.RULE_OUTCOME_MODALS or _present_only_base(verb)

    def _own_need_after(self, candidate: Candidate) -> bool:
        """ "flights leave at 6am so we need to be up early": what the speakers must do about the time
        (a "so we need to" consequence) makes it one trip's, not a timetable's."""
        return " so " in self.low[candidate.end : candidate.end + 70] and (
            _OWN_NEED_CONSEQUENCE_AFTER.match(self.text, candidate.end) is not None
        )

    def _clock_shared_by_days(self, candidate: Candidate) -> bool:
        """ "Dates of future meetings: Wednesday 11 May and Wednesday 6 July, all at 6pm": a clock time
        the days its sentence has listed share is the time of each of them, not of the last one named."""
        if _SHARED_CLOCK_BEFORE.search(self.low, max(0, candidate.start - 12), candidate.start) is None:
            return False
        opening = self._sentence_opening(candidate.start)
        days = [
            other for other in self._candidates_between(opening, candidate.start) if other.spec.type == "DATE"
        ]
        return len(days) >= 2

    @staticmethod
    def _one_call_told(tense: ClauseTense) -> bool:
        """Whether the clause tells one telephone call, made ("she rang") or promised ("he will call", "I'll
        ring"), not the hours a reader may call in ("ring after 6pm", "you will need to ring", "should ring")."""
        if tense.tense == "past":
            return True
        words = (tense.cue or "").lower().replace("\u2019", "'").split()
        return (
            tense.tense == "future"
            and len(words) == 2
            and words[0] in _LEX.WILL_AUXILIARIES
            and words[1] in _LEX.TELEPHONE_WORDS
        )

    def _clock_after_listed_days(self, candidate: Candidate) -> bool:
        """ "Viewing: Tuesday 4 and Wednesday 5 November, 10am-7pm": a clock time set after two days
        listed together is the time of each of them, not of the last one named."""
        before = self._candidates_between(max(0, candidate.start - 80), candidate.start)
        if len(before) < 2:
            return False
        first, second = before[-2], before[-1]
        return (
            all(
                day.spec.type == "DATE"
                and day.spec.pod is None
                and (day.spec.day is not None or day.spec.weekday is not None)
                for day in (first, second)
            )
            and _LISTED_WITH_DAY.fullmatch(self.text, first.end, second.start) is not None
            and _CLOCK_AFTER_DAYS_GAP.fullmatch(self.text, second.end, candidate.start) is not None
        )

    def _names_a_slot(self, candidate: Candidate) -> bool:
        """ "has held the 9 p.m. slot on Thursdays", "will fill the 9 p.m. hour with reruns": a clock time
        naming a place in a broadcast schedule is that time of every day it airs (one day written right
        after it, "the 9 p.m. hour Thursday", makes it that day's)."""
        slot = _SLOT_AFTER.match(self.text, candidate.end)
        if slot is None:
            return False
        after = bisect_left(self._candidate_starts, slot.end())
        return not (
            after < len(self.candidates)
            and self.candidates[after].start - slot.end() <= 4
            and self.candidates[after].spec.type in ("DATE", "TIME")
        )

    def _clock_of_the_day_before(self, candidate: Candidate) -> bool:
        """ "The first episodes arrive Friday at 3 a.m., with new ones every Wednesday": a clock time
        written right after a day it is joined to by "at" is that day's time, whatever habit the
        sentence goes on to tell."""
        index = bisect_left(self._candidate_starts, candidate.start)
        if index == 0:
            return False
        before = self.candidates[index - 1]
        return (
            0 < candidate.start - before.end <= 5
            and before.spec.type == "DATE"
            and before.spec.kind != "fixed"
            and _AT_BETWEEN.fullmatch(self.text, before.end, candidate.start) is not None
        )

    def _yearly_day_of_set_after(self, candidate: Candidate) -> str | None:
        """The day of a yearly set that follows a clock time at once ("at 10:01 every 13 December":
        XXXX-12-13), or None."""
        spec = candidate.spec
        if (
            spec.type != "TIME"
            or spec.base != "ref"
            or spec.amount != 0
            or not _CLOCK_POD.fullmatch(spec.pod or "")
        ):
            return None
        after = self._set_right_after(candidate)
        if after is None or not _YEARLY_DAY_VALUE.fullmatch(after.value or ""):
            return None
        return after.value

    def _evening_habit_after(self, candidate: Candidate) -> bool:
        """Whether a set of evenings or nights follows a clock time at once ("at eleven o'clock every
        night", "at seven o'clock each evening")."""
        after = self._set_right_after(candidate)
        return after is not None and (
            (after.pod or "") in EVENING_STARTS or (after.value or "")[-2:] in EVENING_STARTS
        )

    def _evening_habit_before(self, candidate: Candidate) -> bool:
        """Whether "evening" names what is held at a clock time just after it ("evening shows at half
        past seven", "the evening service at six")."""
        start = candidate.start
        return (
            self.low.endswith("at ", 0, start)
            and _EVENING_NOUN_AT.search(self.low, max(0, start - _EVENING_NOUN_AT_REACH), start) is not None
        )

    def _evening_hour_of_what_is_held(self, candidate: Candidate, pod: str) -> bool:
        """Whether a clock face from five to eleven, told without a.m. or p.m., is the hour of what
        "evening" names just before it ("evening shows at half past seven"), so the evening's hour."""
        return (
            _CLOCK_READING.fullmatch(pod) is not None
            and EVENING_STARTS["EV"] <= int(pod[:2]) + 12 < 24
            and self._hour_without_half_of_day(candidate)
            and self._evening_habit_before(candidate)
        )

    def _evening_set_before(self, candidate: Candidate) -> bool:
        """Whether a set of evenings or nights just before leads to the candidate through "at", over at most
        one clock time ("each evening, at six and half past eight", "every night at ten and half past
        eleven")."""
        index = bisect_left(self._candidate_starts, candidate.start) - 1
        if index < 0:
            return False
        before = self.candidates[index]
        return (
            before.spec.type == "SET"
            and (
                (before.spec.pod or "") in EVENING_STARTS or (before.spec.value or "")[-2:] in EVENING_STARTS
            )
            and _EVENING_SET_TO_CLOCK.fullmatch(self.low, before.end, candidate.start) is not None
        )

    def _year_of_date_set_after(self, candidate: Candidate) -> int | None:
        """The year written in a full date set beside the candidate by a comma ("Good Friday, 14 April
        1865"), or None."""
        index = bisect_left(self._candidate_starts, candidate.end)
        if index >= len(self.candidates):
            return None
        after = self.candidates[index]
        if (
            after.spec.kind != "calendar"
            or after.spec.year is None
            or after.spec.month is None  # "By Christmas, 1865 had been hard": a bare year may open a clause
            or not _APPOSITION.fullmatch(self.text, candidate.end, after.start)
        ):
            return None
        return after.spec.year

    def _set_right_after(self, candidate: Candidate) -> Spec | None:
        """The spec of a set that follows the candidate at once, after at most one character ("at 10:01
        every 13 December", "at eleven o'clock every night"), or None."""
        index = bisect_left(self._candidate_starts, candidate.end)
        if index >= len(self.candidates) or self._candidate_starts[index] - candidate.end > 1:
            return None
        after = self.candidates[index].spec
        return after if after.type == "SET" else None

    def _clock_after_months_of_every_year(self, candidate: Candidate) -> bool:
        """ "open from April to the end of October, from 10 a.m. to 5 p.m.": hours right after months read
        as every year's are those of each day in them; after a day ("Fri 13 Dec from 7") they are that
        day's."""
        end = self.habitual_month_end
        if not 0 <= end < candidate.start or not _SCHEDULE_GAP.fullmatch(self.text, end, candidate.start):
            return False
        index = bisect_left(self._candidate_starts, candidate.start)
        months = self.candidates[index - 1] if index > 0 else None
        return months is not None and months.end == end and months.spec.day is None

    def _clock_after_habitual_clock(self, candidate: Candidate) -> bool:
        """ "doors open at 6:30 p.m. and the opening act goes on at 7:30": a clock time later in the
        sentence of one read as every day's, with no day or time named between them, is every day's too."""
        end = self.habitual_clock_end
        if end < 0 or end > candidate.start or candidate.start - end > _SENTENCE_REACH:
            return False
        if (
            0 <= self.past_habit_cue_end < candidate.start
            and self.past_habit_cue_end >= self._sentence_opening(end - 1)
        ):
            # (only the habit of the sentence whose clock time the candidate follows: "He usually rose at
            # 5 a.m." earlier in the story is no habit of "doors opened at 6:30 p.m. every night ...")
            own = self._tense(candidate)
            if (
                own.tense == "past"
                and own.cue_end != self.past_habit_cue_end
                and not self._past_habit_verb(own, clock=True)
            ):
                # "the mill, which usually closed at 6 p.m., stayed open until midnight": a past verb of
                # its own, with no adverb of habit, tells one day's time after the habit's
                return False
        opening = self._sentence_opening(candidate.start)
        if end < opening:
            # "Flight SP42 will leave at 7.45pm and land at 1.20pm local time. The return flight departs at
            # 3.30pm": a timetable's next sentence in the plain present, in the same paragraph with no day
            # named, goes on with every day's times ("The director will speak at 2pm" is one day's)
            last = opening - 1
            while last > 0 and self.text[last - 1].isspace():
                last -= 1
            tense = self._tense(candidate)
            if (
                "\n\n" in self.text[end:opening]
                or end < self._sentence_opening(last)
                # a timetable's present ("departs") is read as looking ahead; "will depart" is not plain
                or tense.tense not in ("present", "future")
                or tense.perfect
                or len((tense.cue or "").split()) != 1
            ):
                return False
            ref = self.reference
            if ref is not None and ref.unit == "day":
                # "SATURDAY 13 JULY ... workshops start every hour from 10:00. The parade sets off at 2pm":
                # the text is on a day it has named, and its one-off times are that day's
                return False
        # "open until 9 p.m. every Thursday through Labor Day, with a talk at 7 p.m.": the day the habit
        # runs until is not a day the later clock time falls on
        return not self._day_or_time_between(end, candidate.start, habit_run_ends=False)

    def _clock_of_each_event(self, candidate: Candidate) -> bool:
        """ "Each show will run two hours, with the opening act on at 7:30 p.m.": a sentence about each
        event of a run, with no day named before the clock time, tells the time of every one of them."""
        opening = self._sentence_opening(candidate.start)
        each = _EACH_OPENING.match(self.text, opening, candidate.start)
        if each is None:
            # "The union said each strike would begin at 3am": the reported clause opens with it
            each = _EACH_AFTER_REPORTING.search(self.text, opening, candidate.start)
        if each is None:
            # "All walks start at 9.30am unless stated", "Tours leave the gatehouse at 11.30am": every event
            # of a run, named in the plural, in a clause not told in the past ("All matches kicked off at
            # 3pm" tells one round); with no "all", only in the simple present, which the tense reader may
            # read as a timetable's future ("Tours leave at 11am"), its cue one word ("Tours will leave at
            # 11am" may tell one day's)
            every = _EVENTS_OPENING.match(self.text, opening, candidate.start)
            if every is None:
                return False
            stem = every["stem"].lower()
            noun = stem if stem in _LEX.EACH_EVENT_NOUNS else stem[:-1]
            if noun not in _LEX.EACH_EVENT_NOUNS or self._day_or_time_between(opening, candidate.start):
                return False
            tense = self._tense(candidate)
            if every["all"]:
                return tense.tense != "past"
            # "Strikes begin at 3am, the union said", "Sailings resume at noon after the storm": a run of
            # disruptions being announced, or a run taken up again, starts on one day
            return (
                tense.tense in ("present", "future")
                and " " not in (tense.cue or " ")
                and noun not in _LEX.DISRUPTION_EVENT_NOUNS
                and (tense.cue or "").lower() not in _LEX.RESUMING_VERBS
            )
        if each[1].lower() not in _LEX.EACH_EVENT_NOUNS:
            return False
        return not self._day_or_time_between(opening, candidate.start)

    def _right_after_a_yearly_set(self, candidate: Candidate, gap: re.Pattern[str]) -> bool:
        """Whether a set of years ("twice a year", "twice yearly", "every year") comes right before the
        candidate, `gap` between: a preposition ("twice yearly, in the spring", "three times a year, at
        Easter") or a second verb (`_month_of_a_yearly_verb_pair`)."""
        before = self._candidates_between(max(0, candidate.start - 80), candidate.start)
        return (
            bool(before)
            and _yearly_set(before[-1].spec)
            and gap.fullmatch(self.text, before[-1].end, candidate.start) is not None
        )

    def _month_of_a_yearly_verb_pair(self, candidate: Candidate) -> bool:
        """ "The guide is updated every spring and published in March", "The survey is carried out each
        year and released in October": a second present verb joined by "and" to one told with a set of
        years shares its habit, so its month is that of every year, in news too ("will be published in
        March" names one)."""
        if not self._right_after_a_yearly_set(candidate, _YEARLY_SET_THEN_AND_VERB_GAP):
            return False
        tense = self._tense(candidate)
        return not tense.perfect and (
            tense.tense == "present" or (tense.tense == "future" and not _FUTURE_CUE.search(tense.cue or ""))
        )

    def _only_schedule_hours_between(self, start: int, end: int) -> bool:
        """ "open Wednesday to Sunday, 10 a.m. to 4.30 p.m., from March to October": only clock times,
        commas and words of a range between a set of days and a month, so one timetable, not a new
        clause ("on Sundays, and the next opens in April" is one)."""
        position = start
        for other in self._candidates_between(start, end):
            if other.spec.type != "TIME" or not _SCHEDULE_GAP.fullmatch(self.text, position, other.start):
                return False
            position = other.end
        return position < end and _SCHEDULE_GAP.fullmatch(self.text, position, end) is not None

    def _candidates_between(self, start: int, end: int) -> Sequence[Candidate]:
        """The candidates that start in text[start:end]."""
        starts = self._candidate_starts
        return self.candidates[bisect_left(starts, start) : bisect_left(starts, end)]

    def _day_or_time_between(self, start: int, end: int, *, habit_run_ends: bool = True) -> bool:
        """Whether a date or a clock time is found starting in text[start:end] (without
        `habit_run_ends`, a date that closes a habit's run does not count)."""
        return any(
            other.spec.type in ("DATE", "TIME") and (habit_run_ends or not self._closes_habit_run(other))
            for other in self._candidates_between(start, end)
        )

    def _closes_habit_run(self, other: Candidate) -> bool:
        """ "every Thursday evening through Labor Day": a date a habit runs until, which names no day of
        the habit's own."""
        return (
            other.spec.type == "DATE"
            and _HABIT_RUN_CLOSE_BEFORE.search(self.low, max(0, other.start - 10), other.start) is not None
        )

    def _clock_in_sentence_of_set_days(self, candidate: Candidate) -> bool:
        """ "The last train will leave at 23:14, almost an hour later than now, on weekdays", "crews will
        work on weekends only, with lights in place from 7am to 7pm": a clock time in the sentence of a
        set of days with no day named between them is the time of each of those days. A set of hours
        does not make it so: "extra buses every 20 minutes until 1 a.m." may run one night."""
        index = bisect_left(self._candidate_starts, candidate.start)
        for step in (1, -1):
            position, edge = index, candidate
            while 0 <= position + step < len(self.candidates):
                position += step
                other = self.candidates[position]
                low, high = (candidate.end, other.start) if step > 0 else (other.end, candidate.start)
                # only the text between expressions can end the sentence: "from 6:30 a.m. to 9 a.m. and
                # from 3 p.m. to 6 p.m. on weekdays" has stops inside its clock times, not after them
                gap_low, gap_high = (edge.end, other.start) if step > 0 else (other.end, edge.start)
                if (
                    high - low > _SET_DAYS_REACH
                    or _SENTENCE_END_BETWEEN.search(self.text, gap_low, gap_high)
                    # "opened at 9 a.m. Buses run every day": the clock time's own stop ends the sentence
                    or (self.text[gap_low - 1] == "." and _CAPITAL_WORD_AFTER.match(self.text, gap_low))
                ):
                    break
                edge = other
                value = other.spec.value or ""
                if other.spec.type == "SET":
                    if (
                        _DAILY_SET.fullmatch(value)
                        and not _AS_ON_OTHER_DAYS.search(self.text, low, high)
                        # "a station used by 60,000 passengers a day, closed at 09:52": a rate counts
                        # things in each day; it names no days the clock time recurs on
                        and not _RATE_ARTICLE.match(self.text, other.start, other.end)
                    ):
                        return True
                    if value.startswith("PT"):
                        continue  # "On Sundays buses will run every 20 minutes from 9am": on to the days
                    break
                if other.spec.type == "DATE" and other.spec.kind != "fixed":
                    if step < 0 and self._closes_habit_run(other):
                        continue  # "every Tuesday evening until Christmas, with a reading at 6 p.m.":
                        # the day the habit runs until is not the clock time's
                    break  # "on Saturday 27 December it opens at 10am": that day's time
        return False

    def _clock_after_sentence_of_set_days(self, candidate: Candidate) -> bool:
        """ "The motorway will close overnight for five nights from Monday. Both carriageways will shut
        between 10pm and 5am": a clock time with no day before it in its sentence, right after a sentence
        that names a set of days or nights, tells the hours of each of them (not in a past clause)."""
        opening = self._sentence_opening(candidate.start)
        if opening <= 1:
            return False
        index = bisect_left(self._candidate_starts, candidate.start)
        position = index - 1
        while position >= 0 and self.candidates[position].start >= opening:
            other = self.candidates[position].spec
            if (
                other.type == "DATE"
                # "At present it runs every 15 minutes and stops at 8pm": a set of minutes or hours names
                # no day
                or (other.type == "SET" and not (other.value or "").startswith("PT"))
                or (other.type == "TIME" and not _CLOCK_POD.fullmatch(other.pod or ""))
            ):
                return False  # "On Monday it will open at 10am": that day's time
            position -= 1
        last = opening - 1
        while last > 0 and self.text[last - 1].isspace():
            last -= 1  # past the blank line of a new paragraph
        previous_opening = self._sentence_opening(last)
        while position >= 0 and self.candidates[position].start >= previous_opening:
            other = self.candidates[position].spec
            if other.type == "SET" and _DAILY_SET.fullmatch(other.value or ""):
                reading = self._tense(candidate)
                habit = self._tense(self.candidates[position])
                if (
                    reading.tense == "future"
                    and (reading.cue or "").split(" ", 1)[0].lower() in ("will", "shall")
                    and habit.tense == "past"
                    and not habit.perfect
                ):
                    # "where he began a Spanish Mass every Sunday. The installation Mass will begin at
                    # 2 p.m.": a habit begun in the past does not time a one-off the next sentence foretells
                    return False
                return reading.tense != "past"
            position -= 1
        return False

    def _clock_of_every_day(self, candidate: Candidate) -> bool:
        """ "charges between 8am and 6pm each day", "open daily from 9am to 5pm": a clock time (or a
        range of them) written next to a set of days is the time of each of those days, whatever the
        tense of the clause."""
        index = bisect_left(self._candidate_starts, candidate.start)
        for step, link in ((1, _CLOCK_THEN_DAYS), (-1, _DAYS_THEN_CLOCK)):
            position, edge = index, candidate
            while 0 <= position + step < len(self.candidates):
                position += step
                other = self.candidates[position]
                gap = self.text[edge.end : other.start] if step > 0 else self.text[other.end : edge.start]
                if len(gap) > 12:
                    break
                if other.spec.type == "TIME" and _CLOCK_RANGE_LINK.fullmatch(gap):
                    edge = other  # "between 8am and 6pm": on to the range's other end
                    continue
                if (
                    other.spec.type == "SET"
                    and (
                        _DAILY_SET.fullmatch(other.spec.value or "")
                        # "8am to 8pm, seven days a week": every one of those days
                        or (
                            other.spec.value == "P1W"
                            and _DAYS_A_WEEK.match(self.text, other.start, other.end)
                        )
                    )
                    and link.fullmatch(gap)
                ):
                    return True
                break
        return False

    def _dated_nearby(self, start: int, candidate: Candidate) -> bool:
        """Whether another expression lies between `start` and the candidate, or right after it ("banned
        the march on Friday after 6 p.m.", "open until 2 a.m. on New Year's Eve"): a day for it to be on."""
        index = bisect_left(self._candidate_starts, start)
        if index < len(self._candidate_starts) and self._candidate_starts[index] < candidate.start:
            return True
        after = bisect_left(self._candidate_starts, candidate.end)
        end = candidate.end
        if (
            after < len(self.candidates)
            and self.candidates[after].spec.type == "TIME"
            and _RANGE_LINK.fullmatch(self.text, end, self._candidate_starts[after])
        ):
            # "banned outdoor work between noon and 5 p.m. on Saturday": the close of the range carries
            # the day, if any
            end = self.candidates[after].end
            after += 1
        return (
            after < len(self._candidate_starts)
            and self._candidate_starts[after] - end <= 5
            # "may not drive between 11 p.m. and 6 a.m. for the first year": a length after it is no day
            and self.candidates[after].spec.type != "DURATION"
        )

    def _year_of_when_clause(self, candidate: Candidate) -> _Reference | None:
        """ "the first since 2017, when polls opened on 8 June": a "when" clause right after a year tells
        what happened in that year, so a date in it without a year is in that year (news or not)."""
        ref = self.reference
        if ref is None or not ref.explicit or ref.unit != "year" or candidate.spec.year is not None:
            return None
        if ref.end >= candidate.start:
            return None
        if _WHEN_AFTER_YEAR.match(self.low, ref.end) is None:
            return None
        between = self.text[ref.end : candidate.start]
        if len(between) > _SENTENCE_REACH or _last_sentence_break(between) >= 0 or _ANY_YEAR.search(between):
            return None
        return ref

    def _year_of_event_subject(self, candidate: Candidate) -> _Reference | None:
        """ "The 2028 Games there run from July 14 to July 30": a sentence opening on an event named by its
        year tells of that event, so a date in it without a year is in that year (news or not)."""
        ref = self.reference
        if ref is None or not ref.explicit or ref.unit != "year" or candidate.spec.year is not None:
            return None
        if ref.end >= candidate.start or not self.text.startswith(ref.value, ref.end - 4):
            return None
        event = _EVENT_OF_YEAR_OPENING.match(self.text, self._sentence_opening(candidate.start))
        if (
            event is None
            or event.end("year") != ref.end
            or event["head"].lower() not in _LEX.EVENT_OF_YEAR_HEADS
        ):
            return None
        following = event["next"]
        if following is not None and not (
            following in _LEX.EVENT_OF_YEAR_VERB_LEADS
            or self.tense.only_a_verb(following)
            or following in _past_verb_forms()
        ):
            # "The 2026 World Cup draw will be held on December 5", "The 2026 Winter Olympics in Milan sold
            # out in January": the name qualifies a noun of its own (a draw, a bid, tickets) or the subject
            # runs on past it; only the event itself as the subject, its verb next, is told of
            return None
        between = self.text[ref.end : candidate.start]
        if (
            _last_sentence_break(between) >= 0
            or _ANY_YEAR.search(between)
            or _REPORTING_CLAUSE_BETWEEN.search(between)
        ):
            return None
        if self.dct is not None and ref.day.year > self.dct.year:
            tense = self._tense(candidate)
            cue = (tense.cue or "").lower().split()
            # (a past read off a verb that is no past form, "The 2028 Games there run from July 14", is no past)
            if tense.perfect or (tense.tense == "past" and cue[-1:] and cue[-1] in _past_verb_forms()):
                # "The 2030 World Cup, which six countries will share, has been discussed since October": a
                # past or a perfect told before the event's year is no date of that year
                return None
        return ref

    def _day_by_day_paragraphs(self, ref_end: int, start: int) -> bool:
        """ "On Tuesday, the first full day, they will visit ...\n\nOn Wednesday they fly to Wellington":
        an itinerary told a day to a paragraph, the day just told opening the paragraph before."""
        span = self.reference_span
        if span is None or span[1] != ref_end or self.text.count("\n\n", ref_end, start) != 1:
            return False
        opening = self._sentence_opening(span[0])
        return _WEEKDAY_OPENS_SENTENCE.fullmatch(self.text, opening, span[0]) is not None

    def _year_of_which_clause(self, candidate: Candidate) -> _Reference | None:
        """ "the Gunpowder Plot of 1605, which was uncovered on the night of 5 November": a past "which"
        clause on an event named by its year tells of that year, so a date in it without a year is in
        that year, though the year names a thing and so does not move the story's time."""
        if (
            candidate.spec.year is not None
            or ", which" not in self.low[max(0, candidate.start - 120) : candidate.start]
        ):
            return None
        which = _WHICH_AFTER_EVENT_YEAR.search(self.low, max(0, candidate.start - 120), candidate.start)
        if which is None or which["verb"] not in _past_verb_forms():
            return None  # "the budget of 2019, which will be debated on 5 December": not told as past
        index = bisect_left(self._candidate_starts, which.start("year"))
        if index >= len(self._candidate_starts) or self._candidate_starts[index] != which.start("year"):
            return None
        year = int(which["year"])
        return _Reference(date(year, 1, 1), which["year"], index, "year", True, which.end("year"))

    def _for_the_feast_without_a_run_up(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """Whether a past clause ending "for <feast>" tells no act in the feast's run-up: a state at the
        feast or a habit of its years ("the church was packed for Easter", "we always went to my
        grandmother's for Christmas"), or a clause with no word of preparing, buying, travelling or
        decorating (LEAD_UP_FOR_WORDS: "the family gathered for Christmas", "sales for Christmas fell"),
        where "made last-minute purchases for Diwali" and "shoppers queued for Christmas" tell the run-up."""
        if not self.low.endswith("for ", 0, candidate.start):
            return False
        cue_words = (tense.cue or "").lower().split()
        if cue_words[:1] in (["was"], ["were"]):
            # "the church was packed for Easter": a state at the feast; "passengers were rebooking ...
            # for Easter" is an act in progress, which the words of preparing below judge
            participle = cue_words[1] if len(cue_words) > 1 else ""
            if not participle and tense.cue_end is not None:
                after = _NEXT_WORD_AFTER.match(self.low, tense.cue_end)
                participle = after.group(1) if after is not None else ""
            if not participle.endswith("ing"):
                return True
        sentence = self.low[max(0, candidate.start - _SENTENCE_REACH) : candidate.start]
        if _HABITUAL_WORDS.search(sentence, _last_sentence_break(sentence) + 1) is not None:
            return True
        if self.low.endswith(_RUN_UP_FOR_ITSELF, 0, candidate.start):
            return False  # "finished the bridge in time for Christmas": the phrase itself tells the run-up
        before = self.low[max(0, candidate.start - _RUN_UP_FOR_REACH) : candidate.start]
        opening = max(map(before.rfind, _RUN_UP_CLAUSE_BREAKS)) + 1
        return not any(word in _LEX.LEAD_UP_FOR_WORDS for word in _WORD.findall(before, opening))

    def _dated_report_before(self, candidate: Candidate) -> bool:
        """Whether a verb of reporting ("said", "told") and another time stand earlier in the candidate's
        sentence ("In March, the bank said it expects", "The bank said in March that it expects")."""
        opening = self._sentence_opening(candidate.start)
        report = _REPORTING_WORD.search(self.low, opening, candidate.start)
        if report is None:
            return False
        first = bisect_left(self._candidate_starts, opening)
        return first < len(self.candidates) and self.candidates[first].start < candidate.start

    def _feast_day_told_after(self, candidate: Candidate, feast: date) -> bool:
        """Whether a day of the month written without a year right after the feast in its clause
        ("notified Eid-ul-Adha holidays from August 11", "the Christmas break from December 20") lies
        within a week of `feast`, in the feast's year."""
        at = bisect_left(self._candidate_starts, candidate.end)
        if at >= len(self.candidates):
            return False
        told = self.candidates[at].spec
        if (
            told.kind != "calendar"
            or told.month is None
            or told.day is None
            or told.year is not None
            or told.amount is not None
            or _FEAST_TO_DAY_TOLD_GAP.fullmatch(self.text, candidate.end, self.candidates[at].start) is None
        ):
            return False
        try:
            day = date(feast.year, told.month, told.day)
        except ValueError:
            return False
        return abs((feast - day).days) <= _FEAST_NEAR_TOLD_DAY

    def _year_closing_holidays_clause(
        self, candidate: Candidate
    ) -> tuple[str, Anchor, str, list[str]] | None:
        """ "Christmas falls on a Wednesday this year", "Christmas and New Year's Day come on Wednesdays
        this year": a year counted from the writer's now later in the holiday's clause is the holiday's
        year, as "This year Christmas falls on a Wednesday" is; a past clause keeps a holiday still to
        come out of it."""
        spec, now = candidate.spec, self._dct_anchor()
        if now is None or now.day is None or spec.holiday is None:
            return None
        if "year" not in self.low[candidate.end : candidate.end + 60]:
            return None
        later = _YEAR_LATER_IN_CLAUSE.match(self.low, candidate.end)
        if later is None:
            return None
        if later["word"] == "last":
            # "Easter was early last year", "Christmas fell on a Monday last year": a past clause's feast in
            # the year before the writer's, as against "Christmas sales were up on last year"
            before = _WORD.findall(self.low, candidate.end, later.start("word"))
            if (
                self._tense(candidate).tense != "past"
                or (before and before[-1] in _LEX.HOLIDAY_LAST_YEAR_COMPARING_WORDS)
                # "Christmas was busier than the same period last year": a comparison further back
                or not _LEX.HOLIDAY_LAST_YEAR_COMPARISON_MARKERS.isdisjoint(before)
            ):
                return None
            last = _LEX.RELATIVE_DETERMINERS["last"][0] or 0
            year = now.day.year + last
            day = _holiday_date(spec.holiday, year)
            why = f"{spec.note} of {year}, the year 'last year' later in its clause names"
            return day.isoformat(), now.anchor, why, []
        if later["word"] not in _LEX.HOLIDAY_CLAUSE_YEAR_DETERMINERS:
            return None
        year = now.day.year + (_LEX.RELATIVE_DETERMINERS[later["word"]][0] or 0)
        day = _holiday_date(spec.holiday, year)
        if day > now.day and self._tense(candidate).tense == "past":
            return None  # "we spent Christmas in Rome this year", written in January: the one just gone
        why = f"{spec.note} of {year}, the year '{later['word']} year' later in its clause names"
        return day.isoformat(), now.anchor, why, []

    def _framing_year(self, candidate: Candidate) -> _Reference | None:
        """ "In 2011 the oven broke in the middle of December, right before Christmas": a sentence that
        opens with its year sets the year of the months and holidays it names without one, whatever the
        DCT (news) or the tense."""
        ref = self.reference
        if self.narrative or ref is None or candidate.spec.year is not None:
            return None
        if self.feast_framed is not None and self.feast_framed[0] == ref.end:
            ref = self.feast_framed[1]  # "Last year Diwali fell on 12 November": the feast's own year
        if not ref.explicit and ref.unit != "year":
            return None
        low = max(0, candidate.start - _SENTENCE_REACH)
        before = self.text[low : candidate.start]
        opening = _last_sentence_break(before)
        if opening < 0 and low > 0:
            return None
        opener = self.earlier_reference
        if (
            ref.explicit
            and ref.unit == "year"
            and opener is not None
            and not opener.explicit
            and opener.unit == "year"
            and self.low.endswith("the ", 0, ref.end - 4)
            and _LOWER_WORD_AFTER.match(self.text, ref.end)
            and (relative := _RELATIVE_YEAR_OPENING.match(before, opening + 1)) is not None
            and low + relative.end() == opener.end
        ):
            # "A decade ago, the first results of the 2011 census were published in July": a year naming a
            # thing ("the 2011 census") does not take the sentence from the year it opens on
            return opener
        if (
            not ref.explicit
            and ref.unit == "year"
            and _RELATIVE_YEAR_THEN_DAY.fullmatch(self.low, ref.end - 10, candidate.start) is not None
        ):
            # "Easter was early last year, on 31 March", "the plant closed last year in May": a day or a month
            # told right after a year counted from now lies in that year
            return ref
        if not ref.explicit:
            # "Next year the first candle will be lit on Dec. 16": the year the sentence opens on frames
            # the dates it names without one, as a written year does
            relative = _RELATIVE_YEAR_OPENING.match(before, opening + 1)
            if (
                relative is None
                and low <= ref.end <= candidate.start
                # within the clause: no stop, bracket or quotation mark since the year
                and _NEXT_OCCASION_GAP_BREAK.search(self.text, ref.end, candidate.start) is None
            ):
                # "Crowds come every year, and this year the first weekend of June was wet": a clause after
                # "and", "but" or a semicolon opens on its year as a sentence does
                relative = _RELATIVE_YEAR_OPENING_A_CLAUSE.search(
                    before, max(opening + 1, ref.end - low - 30)
                )
            if (
                relative is None
                or low + relative.end() != ref.end
                or _ANY_YEAR.search(before, relative.end())
                # a quotation opening on its year frames only what it says, not the sentence after it
                or (
                    relative.group().lstrip()[:1] in ('"', "\u201c") and _quote_closed(before, relative.end())
                )
            ):
                return None
            return ref
        frame = _YEAR_OPENING.match(before, opening + 1)
        if frame is None and (semicolon := before.rfind(";", opening + 1)) > opening:
            # "It is the first washout; in 2012 the site flooded in early July": a clause after a semicolon
            # opens on its year as a sentence does
            frame = _YEAR_OPENING.match(before, semicolon + 1)
        if frame is None or frame.group(1) != ref.value[:4] or _ANY_YEAR.search(before, frame.end()):
            return ref if self._story_year_in_sentence(candidate, ref, before, opening + 1) else None
        return ref

    def _story_year_in_sentence(
        self, candidate: Candidate, ref: _Reference, before: str, opening: int
    ) -> bool:
        """ "It was sealed in the autumn of 2004, and its miners were laid off just before Christmas": in
        news, a past-tense clause goes on in the year its sentence has named, when that year lies years
        before the DCT (the last Christmas before the DCT would leap a decade within one sentence)."""
        if self.dct is None or abs(ref.day.year - self.dct.year) <= 1:
            return False
        years = _ANY_YEAR.findall(before, opening)
        if not years or years[-1] != ref.value[:4] or ref.end < candidate.start - len(before) + opening:
            return False
        if _APPOSITIVE_YEAR.match(before, opening):
            return False  # "Tarrant, founded in 1921 in Wilmington, employs ...": an aside on the subject
        year_start = self.text.rfind(ref.value[:4], 0, ref.end)
        if _SINCE_BEFORE_YEAR.search(self.low, max(0, year_start - 60), year_start):
            # "the highest since records began in 1900, and water stayed warm until early March": a
            # "since" clause reaches back to its year from now, and the story is not told in that year
            return False
        # the clause goes on from the year's own clause ("in 2004, and ... before Christmas"), not from a
        # relative clause that only mentions it ("whose records go back to 1855, did not freeze until")
        if _CLAUSES_JOINED.match(self.text, ref.end, candidate.start) is None and not (
            # "The last time this happened, in 2024, talks dragged on until December": a year set off
            # by commas before the main clause frames all of that clause; so does a time with its year
            # ("The last closure, in the summer of 1994, overran after heavy rain in June")
            _IN_TIME_WITH_YEAR_BEFORE.search(self.low, max(0, ref.end - 40), ref.end) is not None
            and self.low.startswith(",", ref.end)
            and _RELATIVE_WORD.search(before.lower(), opening) is None
        ):
            return False
        tense = self._tense(candidate)
        if _written_present_perfect(tense):
            return False  # "cost 45 million in August 2023 and has started four games since October": now's
        return tense.direction == -1

    def _reference_fits(self, unit: str) -> bool:
        if self.reference is None:
            return False
        order = cal.UNIT_ORDER
        ref_unit = self.reference.unit
        if unit not in order or ref_unit not in order:
            return True
        return order.index(ref_unit) <= order.index(unit)

    def _cue_in_apposition_after(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "At noon, the hour when she had wanted them there, he was arrested": the tense's cue is the
        verb of a relative clause in an apposition naming the time again, closed by a comma before the
        clause the time belongs to, so it says nothing of when that clause's act was."""
        if tense.cue is None or tense.cue_end is None or tense.cue_end <= candidate.end:
            return False
        opened = _APPOSITION_RELATIVE_AFTER.match(self.low, candidate.end)
        if opened is None or opened.end() > tense.cue_end - len(tense.cue):
            return False
        closing = self.low.find(",", tense.cue_end)
        sentence_end = _SENTENCE_END_BETWEEN.search(self.text, tense.cue_end)
        return closing != -1 and (sentence_end is None or closing < sentence_end.start())

    def _tense(self, candidate: Candidate) -> ClauseTense:
        tense = self.tense(candidate.start, candidate.end)
        if (
            tense.tense == "past"
            and tense.cue_end is not None
            and tense.cue_end <= candidate.start
            and (tense.cue or "").lower() in _LEX.REPORTING_CUES
        ):
            modal = _MODAL_AFTER_DATE.match(self.low, candidate.end)
            if modal is not None and _DATE_IN_REPORTED_SUBJECT.fullmatch(
                self.low, tense.cue_end, candidate.start
            ):
                # "She said the vote on Monday will decide it": the reported clause's own modal tells
                # its time, not the reporting verb
                return ClauseTense("future", modal.group(1), modal.end(1))
        if (
            tense.tense == "past"
            and tense.cue
            and tense.cue_end is not None
            and tense.cue_end <= candidate.start
        ):
            cue_start = tense.cue_end - len(tense.cue)
            opening = self._sentence_opening(candidate.start)
            before = self.low[opening:cue_start]
            if (
                "would" in before
                and not tense.cue.startswith("had ")  # "would never have agreed if they had asked"
                and _WOULD_THEN_CONDITION.search(before) is not None
            ):
                # "said it would begin hiring next month if no agreement was reached by Labor Day": a past
                # verb in a condition of "would" is a future seen from the past, as its main clause is
                return ClauseTense("future", "would", tense.cue_end)
            main = self._tense_around_participle_aside(tense, cue_start, candidate.start)
            if main is not None:
                return main
        if (
            tense.tense == "past"
            and tense.cue
            and " " not in tense.cue
            and tense.cue_end is not None
            and tense.cue_end > candidate.end
            and _DATE_THEN_PLURAL_SUBJECT.fullmatch(self.low, candidate.end, tense.cue_end - len(tense.cue))
        ):
            modal = _SUBJECT_THEN_FUTURE_MODAL.match(self.low, tense.cue_end)
            if modal is not None:
                # "From April, cars built before 1977 will be exempt": the participle after the subject
                # has no tense of its own; the clause's "will" dates the opening month ahead
                return ClauseTense("future", modal.group(1), modal.end(1))
        return tense

    def _tense_around_participle_aside(
        self, tense: ClauseTense, cue_start: int, start: int
    ) -> ClauseTense | None:
        """ "Pilgrims will gather for the fair, a festival held every 12 years, on Friday": a participle in a
        noun's aside set off by commas has no tense of its own; a date right after the aside closes takes
        the tense of the verb before the aside opens."""
        cue = (tense.cue or "").lower()
        if " " in cue or cue in _LEX.REPORTING_CUES or "," not in self.text[cue_start:start]:
            return None  # "will vote, the board said, on Monday": a reporting aside is no noun's
        closing = self.text.rfind(",", cue_start, start)
        if len(self.text[closing + 1 : start].split()) > 1:
            return None  # the date is further on in the sentence, in a clause of its own
        opening = self.text.rfind(",", self._sentence_opening(start), cue_start)
        if opening == -1:
            return None
        noun = self.low[opening + 1 : cue_start].split()
        if len(noun) > _ASIDE_NOUN_WORDS or (noun and noun[0] not in _LEX.NOUN_DETERMINERS):
            return None  # "..., the crowd at the gate had gathered": a clause, not a noun's aside
        main = self.tense(opening, opening)
        if main.cue_end is None or main.cue_end > opening or main.tense is None:
            return None
        return main

    def _in_participle_aside_of_past_perfect(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """ "The assembly, elected in November with a large majority, had met on 5 January": a participle
        set off by commas has no tense of its own; the past perfect of the verb after it looks back."""
        if tense.cue is None or tense.cue_end is None or " " in tense.cue or tense.tense != "past":
            return False
        cue_start = tense.cue_end - len(tense.cue)
        return self.text.startswith(", ", cue_start - 2) and (
            _PAST_PERFECT_AFTER_ASIDE.match(self.text, candidate.end) is not None
        )

    def _in_participle_aside_before_past_perfect(self, expression: TimeExpression) -> bool:
        """ "The assembly, elected in November with a large majority, had met", "Australia, bowled out for
        98 on Boxing Day, had batted": a date in a participle clause set off by commas before a past
        perfect, told in passing (in a story and in news alike)."""
        return (
            _PAST_PERFECT_AFTER_ASIDE.match(self.text, expression.end) is not None
            and _PARTICIPLE_ASIDE_BEFORE.search(self.text, max(0, expression.start - 50), expression.start)
            is not None
        )

    def _names_a_thing_before_of(self, of_start: int) -> bool:
        """Whether the word before "of" at `of_start` is a common noun ("the cable of", "the floods of"),
        not a month or a day that "of the previous year" would place ("June of the previous year")."""
        opening = of_start
        while opening > 0 and self.text[opening - 1].isalpha():
            opening -= 1
        word = self.low[opening:of_start]
        return bool(word) and word not in _LEX.MONTHS and self.text[opening].islower()

    def _flashback_dated_before(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """ "Langley had flown a model in May 1896, and a second one in November stayed up": a past perfect
        that a date with its year follows in the same sentence has that date as its own time, and a month
        told after it goes on from it; only a past perfect after the date ("In March 1900 he wrote that
        he had arrived in November") looks back from it."""
        ref = self.reference
        return (
            ref is not None
            and ref.explicit
            and tense.cue_end is not None
            and tense.cue_end <= ref.end <= candidate.start
            and self._sentence_opening(candidate.start) < tense.cue_end
            # the date itself gives its year ("in May 1896"), not a count from one ("two weeks earlier")
            and _WRITTEN_YEAR.search(self.text, tense.cue_end, ref.end) is not None
        )

    def _in_clause_of_time(self, tense: ClauseTense) -> bool:
        """Whether the verb the tense was read from opens a clause of time ("once peace had been agreed",
        "after the garrison had surrendered"): a subordinator and a short subject right before it."""
        if tense.cue is None or tense.cue_end is None:
            return False
        cue_start = tense.cue_end - len(tense.cue)
        before = self.text[max(0, cue_start - 50) : cue_start]
        words = _CLAUSE_BREAK.split(before)[-1].lower().split()
        # the subordinator, then a subject of one to four words: "once peace with the north"
        return any(word in _LEX.CLAUSE_OF_TIME_OPENERS for word in words[-5:-1])

    # ------------------------------------------------------------------ entry point
    def resolve(self, candidate: Candidate, index: int, following: Candidate | None = None) -> TimeExpression:
        if candidate.spec.clock_from is not None:
            self._count_from_afternoon_clock(candidate.spec)
        story = self.yearless_story
        if story is not None and self._on_yearless_story_day(candidate, following):
            return self._on_yearless_day(story, candidate, index, following)
        expression = self._resolve_told(candidate, index, following)
        if expression.type in _DATE_OR_TIME:
            self._follow_yearless_story(candidate, expression, index)
        return expression

    def _count_from_afternoon_clock(self, spec: Spec) -> None:
        """ "By 3:58 p.m. ... At 4:30 the car was seen again. Nine minutes later": minutes counted from a
        bare clock time the story read as the afternoon's go on from that afternoon reading."""
        told, reference = spec.clock_from or "", self.reference
        if (
            reference is None
            or spec.pod is None
            or not _CLOCK_POD.fullmatch(spec.pod)
            or not reference.value.endswith("T" + _afternoon_clock(told))
        ):
            return
        total = (spec.amount or 0) * 24 * 60 + int(spec.pod[:2]) * 60 + int(spec.pod[3:5]) + 12 * 60
        days, total = divmod(total, 24 * 60)
        spec.amount, spec.pod, spec.clock_from = days, f"{total // 60:02d}:{total % 60:02d}", None
        spec.note = f"{spec.note}, read as {_afternoon_clock(told)}"

    def _on_yearless_story_day(self, candidate: Candidate, following: Candidate | None = None) -> bool:
        """Whether the candidate is told on the story's yearless day, as it would be on a dated one: a
        clock time, a part of the day or a count of days, hours or minutes from the story's time ("at a
        quarter past two", "that evening", "by dawn", "an hour later", "the next day"), with no weekday
        (whose day cannot be worked out without a year) and no year of its own, in a story that has no
        dated time to go by."""
        spec = candidate.spec
        return (
            spec.kind == "shift"
            and spec.base == "ref"
            and spec.weekday is None
            and spec.year is None
            and spec.unit in _YEARLESS_STORY_UNITS
            and isinstance(spec.amount, int)
            and self.reference is None
            and self.era_reference is None
            and candidate.start > self.yearless_paused_until
            # "At 10am on Tuesday", "at noon on Easter Sunday": a clock time that takes the day right after
            # it is on that day, and a weekday or a movable feast is one the stand-in year cannot place
            and not (
                following is not None
                and (
                    following.spec.weekday is not None
                    or (following.spec.holiday is not None and following.spec.holiday[0] != "fixed")
                )
                and _CLOCK_ON_NEXT_GAP.fullmatch(self.text, candidate.end, following.start) is not None
            )
        )

    def _on_yearless_day(
        self, story: _Reference, candidate: Candidate, index: int, following: Candidate | None
    ) -> TimeExpression:
        """The candidate resolved from the story's yearless day, kept in the stand-in year as the
        story's reference time, then written back with XXXX for the year; whatever the resolver kept
        for later expressions that holds the stand-in year is put back as it was, so that only the
        story's own next clock times and counted days go on from it."""
        # the days and weekdays told are kept in dicts that may be added to in place; the text's lists
        # (its candidates) are only read
        kept = {
            name: (held.copy() if isinstance(held, (dict, set)) else held)
            for name, held in vars(self).items()
        }
        self.reference = story
        expression = self._resolve_told(candidate, index, following)
        moved = self.reference
        self.reference = None
        for name, held in list(vars(self).items()):
            before = kept.get(name)
            if held is not before and held != before and _YEARLESS_SHOWN.search(repr(held)):
                setattr(self, name, before)
        if moved is not None and moved is not story and _YEARLESS_SHOWN.match(moved.value):
            self.yearless_story = moved
        anchor = expression.anchor
        if anchor.value is not None and _YEARLESS_SHOWN.match(anchor.value):
            anchor = _anchor(kind=anchor.kind, value="XXXX" + anchor.value[4:], expression=anchor.expression)
        # the anchor, the explanation and the warnings may name the story's day even when the value was
        # not reckoned from it (a clock time of every day), so they are written back whatever the value
        update: dict[str, object] = {
            "anchor": anchor,
            "explanation": _YEARLESS_SHOWN.sub("XXXX-", expression.explanation),
            "warnings": tuple(_YEARLESS_SHOWN.sub("XXXX-", warning) for warning in expression.warnings),
        }
        if _YEARLESS_SHOWN.match(expression.value):
            value = "XXXX" + expression.value[4:]
            update["value"] = value
            update["granularity"], update["interval"] = granularity_and_interval(value)
            if _UNDATED_DAY.fullmatch(value):
                self.undated_day = (value, index, expression.end)
        return expression.model_copy(update=update)

    def _numbered_week(self, spec: Spec, year: int, anchor: Anchor) -> str:
        """ "epidemiological week 23": the ISO week of that number in the year found; a year not written
        is the one whose week of that number lies nearest the time around it ("week 52" in a report of
        early January is the old year's)."""
        week = spec.iso_week or 1
        around = anchor.value[:10] if anchor.value else ""
        day = date.fromisoformat(around) if _DAY_VALUE.fullmatch(around) else self.dct
        if _WEEK_VALUE.fullmatch(around):  # after "epi week 52", "week 1" is the next year's first
            day = date.fromisocalendar(int(around[:4]), int(around[6:8]), 4)
        if spec.kind == "shift" and day is not None and year in (day.year, day.isocalendar().year):
            # counted in the ISO year of the time around it: 30 December 2025 is in week 1 of 2026
            iso_year, iso_week, _ = day.isocalendar()
            year = iso_year
            if week - iso_week > _HALF_YEAR_OF_WEEKS:
                year -= 1
            elif iso_week - week > _HALF_YEAR_OF_WEEKS:
                year += 1
        return cal.iso_week_value(year, week)

    def _follow_yearless_story(self, candidate: Candidate, expression: TimeExpression, index: int) -> None:
        """Starts, moves or ends the story's yearless day after a date or time resolved as told: a day of
        a month with no year ("on 14 November", XXXX-11-14) in a story with no dated time becomes the
        story's day, unless the resolver reads it as a day that comes round every year; any other
        date the story moves to ends it, and one told in a glance back (past perfect: "when she had
        seen him in the spring") pauses it until the end of its sentence."""
        value = expression.value
        spec = candidate.spec
        if (
            _UNDATED_DAY.fullmatch(value)
            and spec.kind == "calendar"
            and spec.weekday is None
            and self.reference is None
            and self.era_reference is None
            and (self.narrative or self.dct is None)
            and not any(reason in expression.explanation for reason in _RECURRING_DAY_REASONS)
        ):
            month, day = int(value[5:7]), int(value[8:10])
            year = _YEARLESS_LEAP_YEAR if (month, day) == (2, 29) else _YEARLESS_YEAR
            told = f"{year:04d}{value[4:]}"
            self.yearless_story = _Reference(date(year, month, day), told, index, "day", True, expression.end)
            self.yearless_paused_until = -1
            return
        if self.yearless_story is None or value.startswith("XXXX-XX-XX") or value.endswith("_REF"):
            return  # a clock time of no day, "now": the story has not moved
        tense = self._tense(candidate)
        if tense.tense == "past" and tense.perfect and not tense.by_deadline:
            end = _SENTENCE_END_BETWEEN.search(self.text, expression.end)
            self.yearless_paused_until = end.start() if end is not None else len(self.text)
            return
        self.yearless_story = None

    def _resolve_told(
        self, candidate: Candidate, index: int, following: Candidate | None = None
    ) -> TimeExpression:
        spec = candidate.spec
        # "3 p.m. on Feb. 3", "at dawn on 12 September": a time of the day takes the date that follows it
        of_the_day = spec.type == "TIME" or (spec.pod is not None and spec.unit == "day" and spec.amount == 0)
        if of_the_day and spec.kind == "shift" and spec.base == "ref" and following is not None:
            self._date_clock_from_following(candidate, following)
            restated_to = self._after_restated_clock(index, candidate, following)
            if restated_to is not None and spec.kind == "shift" and spec.base == "ref":
                # "at 9:32 a.m. EDT (13:32 UTC) on 12 September": the day comes after the restatement
                self._date_clock_from_following(candidate, restated_to, gap_start=following.end + 1)
            if (
                spec.kind == "shift"
                and spec.base == "ref"
                and not self.narrative
                and _ATTRIBUTION_GAP.fullmatch(self.text, candidate.end, following.start)
                and not self._closes_clock_range(candidate)
            ):
                # "had restored power to 60,000 homes by noon, the utility said earlier today": the
                # statement that reports a clock time dates it, not a day named in an earlier sentence
                self._date_clock_from_following(candidate, following, gap_start=following.start)
            if spec.kind == "shift" and spec.base == "ref":
                # "from dawn to dusk on 14 June 1800": both ends of a range of times take its date
                range_date = self._date_after_time_range(candidate, following)
                if range_date is not None and not self._range_closes_next_day(range_date):
                    self._date_clock_from_following(candidate, range_date, gap_start=following.end)
            if spec.kind == "shift" and spec.base == "ref":
                self._day_of_range_close(candidate, following)
        if spec.pod == "NI" and spec.kind == "shift" and following is not None:
            self._night_of_following_day(candidate, following)
        if following is not None and spec.kind == "calendar":
            self._month_of_counted_year(candidate, following)
        impossible = self._impossible_day(candidate)
        if impossible is not None:
            return self._finish(candidate, index, "DATE", *impossible)
        if candidate.rule == "elided_period" and spec.kind == "shift" and self.last_period is not None:
            return self._finish(candidate, index, "DATE", *self._elided_period(candidate, self.last_period))
        if spec.nth_weekday_in_month is not None and self._weekday_of_every_month(candidate):
            why = f"{spec.note}: a standing habit or a listing's entry, so that weekday of every month"
            return self._finish(
                candidate, index, "SET", f"XXXX-WXX-{spec.nth_weekday_in_month[0]}", _UNANCHORED, why, []
            )
        handler = getattr(self, _KIND_HANDLERS[spec.kind])
        value, anchor, reason, warnings = handler(candidate)
        if spec.weekday is not None and spec.day is not None and _DAY_VALUE.fullmatch(value):
            self._note_old_style(date.fromisoformat(value), spec.weekday)
        restated = self._restated_day(candidate, following, value)
        if restated is not None:
            value, reason = restated[0], f"{reason}; {restated[1]}"
        if spec.iso_week is not None and _YEAR_VALUE.fullmatch(value):
            value, reason = (
                self._numbered_week(spec, int(value), anchor),
                f"{reason}; its week {spec.iso_week}",
            )
        if (spec.week_of_day or spec.weekend_of_day) and _DAY_VALUE.fullmatch(value):
            day = date.fromisoformat(value)
            if spec.weekend_of_day and day.weekday() <= 1:
                day -= timedelta(days=day.weekday() + 1)  # a Monday holiday closes the weekend before it
            iso = day.isocalendar()
            value = f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if spec.weekend_of_day else "")
            reason = f"{reason}; the {'weekend' if spec.weekend_of_day else 'week'} holding that day"
        if spec.nth_weekday_in_month is not None and _MONTH_VALUE_OF_YEAR.fullmatch(value):
            # "the last Friday of the month", "the first Monday of next month": the month found, then
            # that weekday counted in it
            weekday, nth = spec.nth_weekday_in_month
            value = cal.nth_weekday(int(value[:4]), int(value[5:]), weekday, nth).isoformat()
            reason = f"{reason}; that weekday counted in it"
        elif spec.nth_weekday_in_month is not None and _MONTH_VALUE_OF_UNKNOWN_YEAR.fullmatch(value):
            # "in 1940 ... on the last Friday of the month": a day of a month not known is a day not known
            value, reason = f"{value}-XX", f"{reason}; a day in it, which the month not known leaves open"
        if spec.edge_day and (edged := _edge_day_value(value, spec.edge_day)) is not None:
            # "the last day of the month": the month or year found, then its first or last day
            value, reason = edged, f"{reason}; its {'first' if spec.edge_day > 0 else 'last'} day"
        if spec.pod and spec.kind != "fixed" and "T" not in value and not value.endswith("_REF"):
            value = _with_time(value, spec.pod)
        if (
            spec.pod == "24:00"
            and spec.note.startswith("a clock time on the date that follows")
            and _AFTER_WORD_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start)
            and _DAY_VALUE.fullmatch(value[:10])
            # "shortly after midnight on the night of 23-24 June": the midnight inside the night named,
            # which closes its first day
            and not (
                following is not None
                and _ON_THE_NIGHT_OF.fullmatch(self.text, candidate.end, following.start)
            )
        ):
            # "began crossing after midnight on May 4": the small hours of that day, past the midnight
            # that opened it (the close of the day before)
            value = f"{date.fromisoformat(value[:10]) - timedelta(days=1)}T24:00"
            reason = f"{reason}; after the midnight that opens that day"
        expression_type = spec.type
        if expression_type == "DATE" and "T" in value and _TIME_OF_DAY.search(value):
            expression_type = "TIME"  # TimeML: a part of a given day is a TIME
        if not is_valid_timex3_value(value):
            if _DEEP_PAST_VALUE.fullmatch(value):
                # "about 100,000 years ago": further back than a year of four digits can write, yet the past
                value, reason = "PAST_REF", f"{reason}; further back than a TIMEX3 year can be written"
            else:
                warnings.append(f"could not form a valid TIMEX3 value from {value!r}")
                value = "XXXX-XX-XX"
        return self._finish(candidate, index, expression_type, value, anchor, reason, warnings)

    def _restated_day(
        self, candidate: Candidate, following: Candidate | None, value: str
    ) -> tuple[str, str] | None:
        """The calendar date set beside a counted day or a feast ("Ten days later, on 16 March", "on Good
        Friday, 10 April 1868") restates it: the text's own date wins over the count (None otherwise)."""
        spec = candidate.spec
        if following is None or spec.kind not in ("shift", "holiday") or spec.pod:
            return None
        if (
            spec.kind == "shift"
            and spec.unit == "year"
            and following.spec.kind == "calendar"
            and following.spec.year is not None
            and following.spec.year > 0
            and _YEAR_APPOSITION.fullmatch(self.text, candidate.end, following.start)
        ):
            # "Seventy years later, in 2017, a museum opened": the year written beside a count restates it
            year = f"{following.spec.year:04d}"
            return year, f"restated by the year beside it ('{self.text[following.start : following.end]}')"
        week = _WEEK_VALUE.fullmatch(value) if spec.kind == "shift" and spec.unit == "week" else None
        if week is not None:
            # "sailed into the bay seven weeks later, on 8 June": the week that holds the date beside it
            value = date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
        elif (spec.kind == "shift" and spec.unit != "day") or not _DAY_VALUE.fullmatch(value):
            return None
        nxt = following.spec
        if nxt.type != "DATE" or nxt.kind != "calendar" or nxt.month is None or nxt.day is None or nxt.pod:
            return None
        if not _APPOSITION.fullmatch(self.text[candidate.end : following.start]):
            return None
        counted = date.fromisoformat(value)
        if nxt.year is not None and nxt.year < 1:
            return None
        if (
            spec.kind == "holiday"
            and (counted.month, counted.day) != (nxt.month, nxt.day)
            and _LEX.EVENT_ORDERING_LEADS.intersection(
                _WORD.findall(self.low[max(0, candidate.start - 12) : candidate.start])[-1:]
            )
        ):
            # "Shortly before Christmas, on 22 December, the jury returned": a time ordered before or
            # after the feast; the date beside it is the event's own day, not the feast restated
            return None
        holiday = spec.holiday if spec.kind == "holiday" and nxt.year is None else None
        if (
            holiday is not None
            and holiday[0] != "fixed"
            and (counted.month, counted.day) != (nxt.month, nxt.day)
        ):
            # "The rain began on Easter Sunday, March 23": a movable feast on the date beside it falls
            # in a year where it has that date, the story's when the years near the DCT have none
            feast_day = (holiday, nxt.month, nxt.day)
            near = (counted.year, counted.year - 1, counted.year + 1)
            story = self._story_year_where(candidate, lambda year: _feast_falls_on(*feast_day, year))
            if story is not None and not any(_feast_falls_on(*feast_day, year) for year in near):
                written = self.text[following.start : following.end]
                why = f"restated by the date beside it ('{written}'), the feast's date in {story}"
                return _holiday_date(holiday, story).isoformat(), why
        years = [nxt.year] if nxt.year is not None else [counted.year - 1, counted.year, counted.year + 1]
        month, day_of_month = nxt.month, nxt.day
        options = [
            date(y, month, day_of_month) for y in years if y >= 1 and day_of_month <= monthrange(y, month)[1]
        ]
        if not options:
            return None
        day = min(options, key=lambda d: abs((d - counted).days))
        if nxt.year is None and abs((day - counted).days) > 31:
            return None  # too far from the count to restate it
        written = self.text[following.start : following.end]
        if week is not None:
            iso = day.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}", f"the week of the date beside it ('{written}')"
        return day.isoformat(), f"restated by the date beside it ('{written}')"

    def _date_after_time_range(self, candidate: Candidate, following: Candidate) -> Candidate | None:
        """The date right after the second time of "from dawn to dusk on 14 June", "between 9 a.m. and
        noon Friday" (None when the second is no time of the day or no date follows it)."""
        nxt = following.spec
        of_the_day = nxt.type == "TIME" or (nxt.pod is not None and nxt.unit == "day" and nxt.amount == 0)
        if not (of_the_day and nxt.kind == "shift" and nxt.base == "ref"):
            return None
        if not _TIME_RANGE_LINK.fullmatch(self.text[candidate.end : following.start]):
            return None
        position = bisect_left(self._candidate_starts, following.end)
        if position == len(self.candidates):
            return None
        after = self.candidates[position]
        if (
            self.text[following.end - 1] == "."
            and after.spec.kind == "shift"  # a weekday's or a month's capital opens no sentence
            and self.text[after.start].isupper()
            and not self.text[following.end : after.start].strip()
        ):
            # "through the night until about 2 a.m. The next day": the stop of "a.m." also ends the
            # sentence, and the next one opens on a day of its own
            return None
        if after.start - following.end <= 5:
            return after
        # "A curfew from 9pm to 6am was imposed on Saturday": the day the subject's clause is dated by, which
        # _date_clock_from_following takes only for a range closing the subject ("... focused on Saturday's
        # vote" dates the vote)
        verb_group = _VERB_GROUP_TO_ON.fullmatch(self.text, following.end, after.start)
        return after if verb_group is not None and not self._possessive_day(after) else None

    def _possessive_day(self, day: Candidate) -> bool:
        """Whether a possessive ending follows the day ("on Tuesday's vote"): the day dates the noun after
        it, the object of a verb such as "focused on", not the clause's own verb."""
        return self.text.startswith(("'s", "\u2019s"), day.end)

    @staticmethod
    def _range_closes_next_day(day: Candidate) -> bool:
        """Whether the day after a range of clock times is counted on from the day told ("from 11.40pm
        until 2am the following morning", "open from 9am until noon the next day"): it dates the closing
        time alone, so the opening stays on the day told."""
        after = day.spec
        return after.kind == "shift" and after.base == "ref" and after.unit == "day" and after.amount == 1

    def _day_of_range_close(self, candidate: Candidate, following: Candidate) -> None:
        """ "from 4 to 7 p.m. Friday", "7 a.m. to 8 p.m. Tuesday": the opening clock time of a range falls
        on the day its closing time names, unless the range runs past midnight ("10 p.m. to 6 a.m. Friday")."""
        spec, nxt = candidate.spec, following.spec
        if nxt.type != "TIME" or not nxt.pod or not spec.pod or not (nxt.pod[:1] + spec.pod[:1]).isdigit():
            return
        if nxt.kind == "shift":
            if nxt.base != "dct" or nxt.unit != "day":
                return
        elif nxt.kind not in ("weekday", "calendar", "holiday") or (
            nxt.kind == "calendar" and nxt.day is None
        ):
            return
        if spec.pod > nxt.pod or not _TIME_RANGE_LINK.fullmatch(self.text, candidate.end, following.start):
            return
        spec.kind, spec.base = nxt.kind, nxt.base
        spec.year, spec.month, spec.day, spec.weekday = nxt.year, nxt.month, nxt.day, nxt.weekday
        spec.unit, spec.amount, spec.holiday = nxt.unit, nxt.amount, nxt.holiday
        closing = self.text[following.start : following.end]
        spec.note = f"a clock time opening a range that closes on '{closing}'"

    def _after_restated_clock(
        self, index: int, candidate: Candidate, following: Candidate
    ) -> Candidate | None:
        """The expression after a clock time's restatement in another zone in parentheses ("9:32 a.m.
        EDT (13:32 UTC) on 12 September"), when the restatement is itself an expression."""
        if (
            following.spec.type != "TIME"
            or self.text[following.end : following.end + 1] != ")"
            or self.text[candidate.end : following.start] not in (" (", "(")
            or index + 2 >= len(self.candidates)
            or self.candidates[index + 1] is not following
        ):
            return None
        return self.candidates[index + 2]

    def _date_clock_from_following(
        self, candidate: Candidate, following: Candidate, gap_start: int | None = None
    ) -> None:
        """'3 p.m. on Feb. 3': a clock time takes the date that follows it; so does an hour told right
        before a part of a day the story has told or counts to ("at seven that evening", "shortly before
        nine the next morning"), in that part's half of the clock."""
        if candidate.spec.note == CHAT_STAMP_NOTE or (
            # a clock time restated in another zone takes its day from the clock time before the bracket;
            # a date inside the bracket is its own ("(0100 GMT on Wednesday)")
            candidate.spec.note == RESTATED_IN_ZONE_NOTE
            and ")" in self.text[candidate.end if gap_start is None else gap_start : following.start]
        ):
            # a chat message's stamp keeps its thread's day and its clock, whatever the message says
            return
        gap = self.text[candidate.end if gap_start is None else gap_start : following.start]
        if gap_start is None and gap[:1] == ")" and self.text[candidate.start - 1 : candidate.start] == "(":
            gap = gap[1:]  # "9:32 a.m. EDT (13:32 UTC) on 12 September": the restatement's day too
        if gap_start is None and gap[:2] in (" (", "("):
            restatement = _ZONE_RESTATEMENT.match(gap)
            if restatement is not None:
                gap = gap[restatement.end() :]
        if (
            gap_start is None
            and gap[:1] == " "
            and gap[1:2].isupper()
            and self.text[candidate.end - 1] == "."
            and self.text[candidate.start : candidate.end].islower()
        ):
            # "The mill opened at 6 a.m. On 3 May 1921 the gates were locked": the stop of "a.m." also
            # ends the sentence, and a capitalised word opens the next one with a day of its own
            return
        # "the 6 a.m. shift on Monday", "a 2 p.m. meeting on Friday": the time names its noun's hour
        attributive = _ATTRIBUTIVE_CLOCK_GAP.fullmatch(gap) is not None and bool(
            _ARTICLE_BEFORE.search(self.text, max(0, candidate.start - 5), candidate.start)
        )
        if (
            not attributive
            and gap.endswith("on ")
            and _VERB_GROUP_TO_ON.fullmatch(gap)
            and not self._possessive_day(following)
        ):
            # "A curfew from 9pm was imposed on Saturday", "The talks at 3pm ended on Friday": a clock
            # time closing the subject's noun phrase is on the day its clause's verb is dated ("The talks
            # at 3pm focused on Tuesday's vote" date the vote, not the talks)
            attributive = bool(
                _SUBJECT_CLOCK_BEFORE.search(self.text, max(0, candidate.start - 40), candidate.start)
            )
        # "at about 7.30 in the morning of Wednesday, 1 July": "of" joins the time to its day as "on" does
        part_of_date = _CLOCK_TO_PART_OF_DATE.fullmatch(gap) if len(gap) > 5 else None
        if (
            part_of_date is not None
            and part_of_date.group(1) is not None
            and part_of_date.group(1).lower() == "night"
            and _MORNING_CLOCK.fullmatch(candidate.spec.pod or "")
        ):
            part_of_date = None  # "at 2am on the night of 3 March" is already the 4th
        if (
            not attributive
            and part_of_date is None
            and (len(gap) > 5 or gap.strip(" ,").lower() not in ("", "on", "of"))
        ):
            return
        nxt = following.spec
        told_part = (
            nxt.pod in _PARTS_OF_A_TOLD_DAY
            and nxt.kind == "shift"
            and nxt.base == "ref"
            # "on" may join them: "at four o'clock on the following morning"
            and gap.strip().lower() in ("", "on")
            and candidate.spec.pod is not None
            and candidate.spec.pod[:1].isdigit()
        )
        # "at about twenty to eleven on Friday night": a day named with its part, after "on", is the clock's
        # day, and its part says which half of the clock a spoken hour is in
        named_part = (
            nxt.pod in _PARTS_OF_A_TOLD_DAY
            and nxt.kind in ("weekday", "calendar")
            and gap.strip(" ,").lower() == "on"
            and candidate.spec.pod is not None
            and candidate.spec.pod[:1].isdigit()
            # "two o'clock on Friday night" is past midnight, on the next day: left as it is
            and (
                nxt.pod != "NI" or 7 <= int(candidate.spec.pod[:2]) <= 11 or int(candidate.spec.pod[:2]) >= 19
            )
        )
        if (
            not told_part
            and not named_part
            and (nxt.type != "DATE" or nxt.kind not in ("calendar", "weekday", "shift", "holiday") or nxt.pod)
        ):
            return
        if nxt.kind == "calendar" and nxt.day is None:
            return
        if nxt.kind == "shift" and nxt.unit != "day":
            return
        if (
            nxt.kind == "shift"
            and self.text[following.start].isupper()
            and self.text[candidate.end - 1] == "."
        ):
            # "the all-clear sounded at 5.40 a.m. Eleven days later the King came": the stop of "a.m."
            # also ends the sentence, and a capitalised count of days opens the next one
            return
        spec = candidate.spec
        if (told_part or named_part) and nxt.pod != "MO" and _MORNING_CLOCK.fullmatch(spec.pod or ""):
            surface = self.text[candidate.start : candidate.end]
            if (
                not _HALF_OF_DAY_NAMED.search(surface)
                and int((spec.pod or "")[:2]) >= _PM_FROM_HOUR[nxt.pod or ""]
            ):
                spec.pod = _afternoon_clock(spec.pod or "")
        if nxt.kind == "shift":
            # the part or day after it is the day the clock time has just been put on, not one more
            self._day_of_clock_before = (following.start, candidate.end)
        spec.kind, spec.base = nxt.kind, nxt.base
        spec.year, spec.month, spec.day, spec.weekday = nxt.year, nxt.month, nxt.day, nxt.weekday
        spec.unit, spec.amount, spec.holiday = nxt.unit, nxt.amount, nxt.holiday
        spec.note = f"a clock time on the date that follows ('{self.text[following.start : following.end]}')"
        if spec.pod == "24:00" and nxt.kind == "calendar" and nxt.month == 1 and nxt.day == 1:
            # "at midnight on 1 January": the midnight that opens the year, which closes 31 December
            spec.year = nxt.year - 1 if nxt.year is not None else None
            spec.month, spec.day = 12, 31
            spec.note += ": the midnight that opens the year"

    def _night_of_following_day(self, candidate: Candidate, following: Candidate) -> None:
        """ "will close completely overnight on Tuesday", "worked overnight Friday into Saturday": an
        "overnight" with a day right after it is the night of that day, not the one before the DCT."""
        if not self.low.endswith("overnight", candidate.start, candidate.end):
            return
        if not (
            _ON_OR_NOTHING.fullmatch(self.text, candidate.end, following.start)
            or _OVERNIGHT_PLACE_THEN_ON.fullmatch(self.text, candidate.end, following.start)
        ):
            return
        nxt = following.spec
        if nxt.type != "DATE" or nxt.pod or nxt.kind not in ("weekday", "calendar", "holiday"):
            return
        if nxt.kind == "calendar" and (nxt.day is None or nxt.month is None):
            return
        spec = candidate.spec
        spec.kind, spec.base = nxt.kind, nxt.base
        spec.year, spec.month, spec.day, spec.weekday = nxt.year, nxt.month, nxt.day, nxt.weekday
        spec.unit, spec.amount, spec.holiday = nxt.unit, nxt.amount, nxt.holiday
        spec.note = f"'overnight' on the day that follows ('{self.text[following.start : following.end]}')"

    def _impossible_day(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]] | None:
        """ "February 30", "Sept. 31", "Feb. 29, 2023": a day the month does not have is kept at the
        month it names, with a warning, rather than moved to a neighbouring day."""
        spec = candidate.spec
        if spec.kind != "calendar" or spec.month is None or spec.day is None or not 1 <= spec.month <= 12:
            return None
        longest = cal.days_in_month(spec.year, spec.month)
        if 1 <= spec.day <= longest:
            return None
        month_name = MONTH_NAMES[spec.month - 1]
        if spec.year is not None:
            value, anchor = _calendar_value(Spec("DATE", "calendar", month=spec.month), spec.year), _ABSOLUTE
            where = f"{month_name} {spec.year}"
        else:
            value, anchor = f"XXXX-{spec.month:02d}", _UNANCHORED
            where = month_name
        warning = f"{where} has no day {spec.day}: kept to the month"
        return value, anchor, warning, [warning]

    def unresolvable(self, candidate: Candidate, index: int, error: Exception) -> TimeExpression:
        """The expression keeps an underspecified value when its normalization failed."""
        spec = candidate.spec
        value = _underspecified(spec)
        return TimeExpression(
            start=candidate.start,
            end=candidate.end,
            text=self.text[candidate.start : candidate.end],
            type=TimexType(spec.type),
            value=value,
            mod=spec.mod,
            anchor=_UNANCHORED,
            explanation=f"{self.text[candidate.start : candidate.end]} -> {value}: could not be normalized",
            warnings=(f"normalization failed: {type(error).__name__}: {error}",),
        )

    def weekday_dated_in_brackets(
        self, weekday: Candidate, told: TimeExpression, dated: Candidate, day: TimeExpression
    ) -> TimeExpression | None:
        """The weekday `told` put on the day written after it in brackets, when that day falls on it ("The
        vote is next Tuesday (July 17)", "on Friday (March 3)"): the writer's own date says which of the
        weekdays is meant. None when the bracket holds anything else or a day of another weekday."""
        spec = weekday.spec
        if (
            spec.weekday is None
            or spec.day is not None
            or spec.month is not None
            or told.type != TimexType.DATE
            or not _DAY_VALUE.fullmatch(day.value)
            or day.value == told.value
            or _BRACKET_OPENING_GAP.fullmatch(self.text, weekday.end, dated.start) is None
            or _BRACKET_CLOSING.match(self.text, dated.end) is None
            or date.fromisoformat(day.value).isoweekday() != spec.weekday
        ):
            return None
        told_ref = self.weekdays_told.get(spec.weekday)
        if told_ref is not None and told_ref.end == weekday.end:
            self.weekdays_told[spec.weekday] = _Reference(
                date.fromisoformat(day.value), day.value, told_ref.index, "day", False, weekday.end
            )
        return told.model_copy(
            update={
                "value": day.value,
                "granularity": day.granularity,
                "interval": day.interval,
                "anchor": day.anchor,
                "explanation": f"{told.text} -> {day.value}: the day written after it in brackets, "
                f"which falls on a {WEEKDAY_NAMES[spec.weekday - 1]}",
            }
        )

    def _finish(
        self,
        candidate: Candidate,
        index: int,
        expression_type: str,
        value: str,
        anchor: Anchor,
        reason: str,
        warnings: list[str],
    ) -> TimeExpression:
        spec = candidate.spec
        surface = self.text[candidate.start : candidate.end]
        granularity = interval = None
        if expression_type in ("DATE", "TIME"):
            granularity, interval = granularity_and_interval(value)
        explanation = f"{surface} -> {value}: {reason}" if reason else f"{surface} -> {value}"
        if spec.mod:
            explanation += f" (mod {spec.mod})"
        # every field is built here with its declared type; validation would only repeat it
        expression = build(
            TimeExpression,
            {
                "start": candidate.start,
                "end": candidate.end,
                "text": surface,
                "type": _TIMEX_TYPES.get(expression_type) or TimexType(expression_type),
                "value": value,
                "mod": spec.mod,
                "quant": spec.quant,
                "freq": spec.freq,
                "granularity": granularity,
                "interval": interval,
                "anchor": anchor,
                "explanation": explanation,
                "warnings": tuple(spec.warnings + warnings),
            },
        )
        if expression_type in ("DATE", "TIME") and _DAY_VALUE.match(value):
            self.last_dated = (candidate.end, date.fromisoformat(value[:10]), value, index)
        if expression_type == "TIME" and (night_time := _NIGHT_TIME_VALUE.match(value)) is not None:
            night_day = date.fromisoformat(value[:10])
            if night_time["small"]:
                night_day -= timedelta(days=1)  # "at about 12.30am": the night of the day before
            self.last_night_told = _Reference(
                night_day, night_day.isoformat(), index, "day", False, candidate.end
            )
        if granularity in (_QUARTER, _HALF) and spec.kind == "calendar":
            self.last_period = (value, index)
        if granularity == _DECADE and interval is not None and value.isdigit():
            self.last_decade = _Reference(interval.start.date(), value, index, "decade", True, candidate.end)
        if (
            spec.kind == "calendar"
            and granularity == _MONTH
            and interval is not None
            and not self._comparison_base(candidate.start)
        ):
            # a month named as such ("in February"), not one counted from another ("a year earlier"),
            # nor the base a figure is compared with ("up from 10.4% in February")
            explicit = anchor.kind == _ABSOLUTE_ANCHOR
            first_day = interval.start.date()
            self.last_month = _Reference(first_day, value, index, "month", explicit, candidate.end)
            self.months_told.add((first_day.year, first_day.month))
        if (
            spec.kind == "calendar"
            and spec.day is not None
            and spec.month is not None
            and spec.unit is None
            and spec.amount is None
            and _DAY_VALUE.fullmatch(value)
        ):
            day_named = date.fromisoformat(value)
            dated = _Reference(day_named, value, index, "day", anchor.kind == _ABSOLUTE_ANCHOR, candidate.end)
            self.dated_days[(day_named.month, day_named.day)] = dated
            before = self.last_day_dated
            if (
                before is not None
                and candidate.start - before.end <= _DATED_SPAN_REACH
                and 1 <= (day_named - before.day).days <= _DATED_SPAN_DAYS
            ):
                self.dated_span = (before, dated)
            self.last_day_dated = dated
            if spec.weekday is not None:
                self.weekday_dated.add(day_named)
            if index == 0 and spec.year is None and self._filed_before_dct(candidate, day_named):
                self.filing_day = self.dated_days[(day_named.month, day_named.day)]
        if (
            spec.weekday is not None
            and spec.amount is None
            and spec.day is None
            and spec.type == "DATE"
            and _DAY_VALUE.fullmatch(value)
        ):
            told = date.fromisoformat(value)
            self.weekdays_told[spec.weekday] = _Reference(told, value, index, "day", False, candidate.end)
        elif (
            spec.weekday is not None
            and expression_type == "TIME"
            and value.endswith(("TEV", "TNI"))
            and self.dct is not None
            and value[:10] == (self.dct - timedelta(days=1)).isoformat()
        ):
            self.evening_before_dct = _Reference(
                self.dct - timedelta(days=1), value, index, "day", False, candidate.end
            )
        start = candidate.start
        # most expressions lie further into their line than a label can: no call for them
        if start <= _LABEL_LEAD_CHARS or self.text.rfind("\n", start - _LABEL_LEAD_CHARS - 1, start) >= 0:
            self._note_entry_label(expression, index)
        elif (
            start <= _HEADING_LEAD_CHARS or self.text.rfind("\n", start - _HEADING_LEAD_CHARS, start) >= 0
        ) and _BYLINE_BEFORE.search(self.text, max(0, start - 12), start) is not None:
            # "No. 2 General Hospital, Rouen, 10th November 1916", "allotment_annie \u00b7 Mar 9, 2014",
            # "Reviewed in the United Kingdom on 14 February 2021"
            self._note_entry_label(expression, index)
        elif self._record_heading_lead(start):
            # "Minutes of the Board meeting held at 14 Carver Street on Thursday, 29 September 2011"
            self._note_entry_label(expression, index)
        self._move_reference(expression, index)
        return expression

    # ------------------------------------------------------------------ timelines and diaries
    def _label_end(self, start: int, end: int) -> int | None:
        """Where the label ends if the expression at `start`-`end` labels its line ("1801 – ...",
        "Sat 6 Sep: ...", "Day 3 (Tuesday, 14 May): ...", "2020" as a subheading), else None. A span
        label ("1914–18 –", "April-May -") ends after its second expression."""
        window = max(0, start - _LABEL_LEAD_CHARS - 1)
        line_start = self.text.rfind("\n", window, start) + 1
        if line_start == 0 and window > 0:
            return None  # more than a label's lead into its line
        position = bisect_left(self._candidate_starts, start)
        if position > 0 and self.candidates[position - 1].start >= line_start:
            return None  # an expression earlier on the line: this one is part of the entry's text
        if position + 1 < len(self.candidates):
            second = self.candidates[position + 1]
            if _LABEL_SPAN_DASH.fullmatch(self.text, end, second.start):
                # "(13 November 1312 - 21 June 1377) was": a span, a label only when something closes it
                return second.end if _LABEL_CLOSE_AFTER.match(self.text, second.end) else None
            if _LABEL_SPAN_WORD.fullmatch(self.text, end, second.start):
                # "March to June", "May and June": a section of a year's review headed by its months
                return second.end if _LINE_END_AFTER.match(self.text, second.end) else None
        return end if _LABEL_CLOSE_AFTER.match(self.text, end) else None

    def _filed_before_dct(self, candidate: Candidate, day: date) -> bool:
        """Whether the text's first date is a dateline's ("MADRAS, June 12. The editor ... died this
        morning") a day or two before the DCT: a paper dated the morning after prints the story as filed,
        and its "today", "this morning" and "tomorrow" are the filing day's."""
        if self.narrative or self.dct is None or not 1 <= (self.dct - day).days <= _FILING_DAYS:
            return False
        line_start = self.text.rfind("\n", 0, candidate.start) + 1
        return _DATELINE_PLACE.fullmatch(self.text, line_start, candidate.start) is not None

    def _note_entry_label(self, expression: TimeExpression, index: int) -> None:
        """Keep the date that labels a line of a timeline or a diary, which the line's entry is told at."""
        if (
            expression.type not in (TimexType.DATE, TimexType.TIME)
            or expression.interval is None
            or expression.granularity not in _GRANULARITY_UNIT
        ):
            return
        heading_end = self.entry_heading_end
        if (
            self.entry is not None
            and self.entry.end <= expression.start < self.entry_line_end
            and (heading_end is None or expression.start < heading_end)
        ):
            if (
                self.entry_last_year is None
                and self.entry.end < expression.start
                and _LABEL_SPAN_DASH.fullmatch(self.text, self.entry.end, expression.start)
            ):
                self.entry_last_year = expression.interval.start.year  # "1939–45": the span's end
            return
        if self.narrative and self.low[expression.start : expression.end] in _LEX.FIXED_HOLIDAYS:
            # "Waitangi Day" heading a history's closing section: the section tells of the feast kept every
            # year, not of one day of it that dates what is written below
            return
        unit = _GRANULARITY_UNIT[expression.granularity]
        heading = self._heading_end(expression.start, expression.end) if unit == "day" else None
        if heading is None and self._label_end(expression.start, expression.end) is None:
            return
        explicit = expression.anchor.kind == AnchorKind.ABSOLUTE
        self.entry = _Reference(
            expression.interval.start.date(), expression.value, index, unit, explicit, expression.end
        )
        line_end = self.text.find("\n", expression.end)
        self.entry_line_end = len(self.text) if line_end < 0 else line_end
        self.entry_last_year = None
        self.entry_heading_end = heading
        self.release_entry_close = (
            None if heading is None else self._release_entry_close(expression.start, heading)
        )
        if unit == "month" and self._on_subheading_line(expression.start):
            self.month_heading = (self.entry, self.entry_line_end)
        if heading is not None:
            # a letter's or a diary's dated heading: its entry is the paragraphs below, to the next heading,
            # dated or not ("6 October" ... "The first week": an article's sections)
            subheading = _SUBHEADING_LINE.search(self.text, heading)
            self.entry_line_end = len(self.text) if subheading is None else subheading.start() + 1

    def _month_heading_of(self, candidate: Candidate) -> _Reference | None:
        """The month heading the section of a year's review a yearless month or day is told in ("July to
        October" ... "On 22 July", "by December"), when no other heading has come between: a review's
        sections keep to its year, whatever later or earlier years their sentences mention in passing."""
        held = self.month_heading
        if held is None or candidate.start < held[1] or candidate.spec.amount is not None:
            return None
        if _SECTION_HEADING.search(self.text, held[1], candidate.start) is not None:
            self.month_heading = None  # another heading has closed the section
            return None
        return held[0]

    def _heading_entry_day(self, candidate: Candidate) -> _AnchorChoice | None:
        """The day heading the letter or diary entry the candidate is written in, if it is in one."""
        heading_end = self.entry_heading_end
        if heading_end is None or self.entry is None or candidate.start < heading_end:
            return None
        if self.narrative and candidate.start >= self.entry_line_end:
            # "The seventh of June" heading an article's section: the next heading, dated or not
            # ("Campaign"), closes it, and what is told below goes on from the story's own time
            return None
        if self.release_entry_close is not None and candidate.start >= self.release_entry_close:
            return None  # past a changelog's release entries, in a section of its own ("Release schedule")
        return self._choice_of(self.entry)

    def _release_entry_close(self, start: int, heading_end: int) -> int | None:
        """Where the entry of a changelog's release heading ("2.2.0 - 2020-10-05") closes: at the first
        section heading below it that is not a release's own section ("Fixed", "Removed"); None for other
        headings."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if _RELEASE_HEADING_LEAD.fullmatch(self.text, line_start, start) is None:
            return None
        lead = self.text[line_start:start]
        level = len(lead) - len(lead.lstrip("#"))  # "## 2.2.0 - ": a Markdown heading of level 2
        key = level if level > 0 else None
        closing = self.release_closing_headings.get(key)
        if closing is None:
            # found once for the text, as a changelog has as many release headings as releases: under a
            # Markdown release heading ("## 2.2.0 - ...") a heading of its own level or above closes its
            # entry whatever its name ("## Roadmap"), a lower one is the release's ("### Dependencies");
            # elsewhere a heading that is not a release's own section closes it
            closing = self.release_closing_headings[key] = [
                heading.start()
                for heading in _RELEASE_SECTION_HEADING.finditer(self.text)
                if (
                    heading["level"] and len(heading["level"]) <= level
                    if level > 0
                    else (heading["plain"] or heading["marked"]).strip().lower()
                    not in _LEX.CHANGELOG_SECTION_NAMES
                )
            ]
        at = bisect_left(closing, heading_end)
        return closing[at] + 1 if at < len(closing) else None

    def _label_entry_day(self, candidate: Candidate) -> _AnchorChoice | None:
        """The day labelling the log or timeline line a bare weekday is told in the past in ("Jan. 24:
        ... went into a ditch shortly before midnight Friday"), when that day lies before the DCT: the
        line's past weekdays are counted back from its own day, as a letter's are from its heading."""
        entry = self.entry
        if (
            entry is None
            or entry.unit != "day"
            or candidate.spec.amount is not None
            or self.dct is None
            or entry.day >= self.dct
            or not entry.end < candidate.start < self.entry_line_end
            # a post's "the internet guy comes Tues" looks ahead from the feed, as other rules read
            or self._tense(candidate).direction != -1
        ):
            return None
        return self._choice_of(entry)

    def _on_subheading_line(self, position: int) -> bool:
        """Whether `position` lies on a section's subheading: a short paragraph of one line that no
        sentence's closing punctuation ends ("The siege (1916–1918)")."""
        line_start = self.text.rfind("\n", 0, position) + 1
        line_end = self.text.find("\n", position)
        line_end = len(self.text) if line_end < 0 else line_end
        return (
            line_end - line_start <= _SUBHEADING_CHARS
            and self.text.startswith("\n\n", line_start - 2)
            and (line_end == len(self.text) or self.text.startswith("\n\n", line_end))
            and not _SENTENCE_CLOSE_IN_LINE.search(self.text, line_start, line_end)
        )

    def _section_heading_years(self, position: int) -> frozenset[int]:
        """The years named by the subheading of the section `position` is in ("The campaigns of 1846"),
        found within a few paragraphs back; empty when there is none."""
        heading = self._section_heading_span(position)
        if heading is None:
            return frozenset()
        start, paragraph_break = heading
        years = {int(year) for year in YEAR_DIGITS.findall(self.text, start, paragraph_break)}
        # "The war of 1873–74": a span's short last year is a year the section tells too
        for span in _SHORT_YEAR_SPAN.finditer(self.text, start, paragraph_break):
            last = int(span[1][:2] + span[2])
            if last > int(span[1]):
                years.add(last)
        return frozenset(years)

    def _section_heading_span(self, position: int) -> tuple[int, int] | None:
        """Where the subheading of the section `position` is in starts and ends, found within a few
        paragraphs back; None when there is none."""
        end = position
        for _ in range(_HEADING_SEARCH_PARAGRAPHS):
            paragraph_break = self.text.rfind("\n\n", 0, end)
            if paragraph_break < 0:
                return None
            start = self.text.rfind("\n\n", 0, paragraph_break)
            start = 0 if start < 0 else start + 2
            if self._on_subheading_line(start):
                return start, paragraph_break
            end = start
        return None

    def _in_background_section(self, position: int) -> bool:
        """`position` is in a section headed as what came before the story ("Background", "Origins"):
        the section after it goes on from there, not back to its own thread."""
        heading = self._section_heading_span(position)
        return (
            heading is not None
            and self.low[heading[0] : heading[1]].strip() in _LEX.BACKGROUND_SECTION_HEADINGS
        )

    def _heading_end(self, start: int, end: int) -> int | None:
        """Where the line ends if the day at `start`-`end` heads a letter or a diary entry: the line holds
        the date alone or with its place ("Calais, 3rd March 1916", "Thursday 14 May, Coimbra") and the
        text goes on below it."""
        if self._record_heading_lead(start):
            # a meeting's record: "Minutes of the meeting ... held on Tuesday 14 May 2019 in the Village Hall"
            line_end = self.text.find("\n", end)
            return line_end if line_end >= 0 and _RECORD_HEADING_REST.match(self.text, end) else None
        line_start = self.text.rfind("\n", max(0, start - _HEADING_LEAD_CHARS), start) + 1
        if line_start == 0 and start > _HEADING_LEAD_CHARS:
            return None
        email = _EMAIL_DATE_OPENING.fullmatch(self.text, line_start, start) is not None
        if (
            line_start < start
            and not email
            and not _HEADING_PLACE_BEFORE.fullmatch(self.text, line_start, start)
        ):
            return None
        if line_start == start and (start == 0 or self.text[start - 2 : start] == "\n\n"):
            # "Wed 14 Feb. Cold, bright.", "14.iv. Warm at last": a diary's run-in heading, its date opening
            # the paragraph and closed by a full stop (or an abbreviation's), the entry told after it
            run_in = _RUN_IN_HEADING_CLOSE.match(self.text, end - 1 if self.text[end - 1] == "." else end)
            if run_in is not None:
                return run_in.end()
        line_end = self.text.find("\n", end)
        if line_end < 0:
            return None  # a heading has its entry below it
        if (
            line_end > end
            # "Scarth Hall, 20th March 1884.": a letter's heading may close with a full stop
            and self.text[end:line_end].strip() != "."
            and not (
                _EMAIL_DATE_LINE_REST.match(self.text, end)
                if email
                else _HEADING_PLACE_AFTER.match(self.text, end)
            )
        ):
            return None
        return line_end

    def _record_heading_lead(self, start: int) -> bool:
        """Whether the text before `start` on its line opens a meeting's record up to the meeting's day
        ("Minutes of the meeting of the Parish Council held on ", "Notes of the Annual General Meeting, ")."""
        line_start = self.text.rfind("\n", max(0, start - _RECORD_HEADING_LEAD_CHARS), start) + 1
        if line_start == 0 and start > _RECORD_HEADING_LEAD_CHARS:
            return False
        if self.text[line_start : line_start + 1] not in _RECORD_HEADING_INITIALS:
            return False  # most lines open with another letter: no pattern tried
        return _RECORD_HEADING_LEAD.fullmatch(self.text, line_start, start) is not None

    def _timeline_entry(self, candidate: Candidate) -> tuple[_Reference, bool] | None:
        """The label a yearless date of a timeline is counted from, and whether the date is itself a
        label: a label goes on from the label before it ("2020" ... "Jan. 12 -" ... "Feb. 3 -"), a
        date in an entry's text from its own line's label ("Aug. 20 - ... has doubled since January")."""
        entry = self.entry
        if entry is None:
            return None
        if self._label_end(candidate.start, candidate.end) is not None:
            return entry, True
        if entry.end <= candidate.start < self.entry_line_end:
            return entry, False
        return None

    def _dateline_entry(self, entry: _Reference) -> bool:
        """Whether a line's label is a news dateline's day ("WASHINGTON, March 3 - The Senate voted"):
        a day within a week of the DCT, whose report the news rules already read against the DCT."""
        return (
            entry.unit == "day"
            and self.dct is not None
            and abs((entry.day - self.dct).days) <= _DATELINE_DAYS
        )

    def _timeline_calendar(
        self, candidate: Candidate, entry: _Reference, is_label: bool
    ) -> tuple[str, Anchor, str, list[str]] | None:
        spec = candidate.spec
        month, day = _month_day_of(spec)
        anchor = _anchor_at(entry)
        if entry.unit in ("year", "half", "quarter"):
            year = entry.day.year
            ref = self.reference
            if (
                self.entry_last_year is not None
                and ref is not None
                and ref.explicit
                and ref.index > entry.index
                and entry.day.year <= ref.day.year <= self.entry_last_year
            ):
                # "1939–45 – ... on 22 February 1945; ... on 11 April": the year the entry has just named
                year = ref.day.year
            why = f"no year given; the year of the timeline's label {entry.value} (expression #{entry.index})"
        elif entry.unit not in ("month", "week", "day"):
            return None  # a decade or a century labels no year
        elif is_label:
            year = _story_year(entry.day, month, day, 1)
            why = f"no year given; a timeline's label, on from the label {entry.value} (expression #{entry.index})"
        else:
            tense = self._tense(candidate)
            since = self._after_since(candidate.start)
            direction = -1 if since else tense.direction
            year = cal.year_for(entry.day, month, day, direction, strict=since)
            why = (
                f"no year given; {_tense_phrase(tense)} in the entry of the timeline's label {entry.value}"
                f" (expression #{entry.index})"
            )
        if spec.weekday is not None and day is not None:
            year, why = _year_with_weekday(spec.weekday, month, day, year, why)
        return _calendar_value(spec, year), anchor, why, []

    def _entry_day(self, candidate: Candidate) -> _AnchorChoice | None:
        """The day labelling a diary's or a timeline's line, for "today", "tonight", "yesterday" and
        clock times told in its entry ("Day 3 (Tuesday, 14 May): ... reached the plateau this
        afternoon"): the entry is written on that day, not on the day the diary was published."""
        found = self._timeline_entry(candidate)
        if found is None or found[0].unit != "day":
            return None
        if found[1] and candidate.spec.note != CHAT_STAMP_NOTE:
            return None  # a label is counted on from the label before it; a chat's stamp is on its date line's day
        if (
            self.entry_heading_end is not None
            and candidate.spec.amount is not None
            and self._heading_end(candidate.start, candidate.end) is not None
        ):
            return None  # a post's own stamp ("u/sam \u00b7 2 days ago") is counted from the reading, not the post before
        return self._choice_of(found[0])

    def _move_reference(self, expression: TimeExpression, index: int) -> None:
        story_day, self.story_day = self.story_day, None
        glanced_year, self.flashback_year = self.flashback_year, None
        glanced_month, self.flashback_month = self.flashback_month, None
        narrative = self.narrative  # asked a dozen times below: a local is read faster
        if expression.value.startswith("XXXX-") and _UNDATED_DAY.fullmatch(expression.value):
            self.undated_day = (expression.value, index, expression.end)
            written = _LEADING_WORD.match(expression.text.lower())
            if written is not None and (weekday_written := _LEX.WEEKDAYS.get(written[0])) is not None:
                month, day = int(expression.value[5:7]), int(expression.value[8:10])
                self.undated_calendar = (month, day, int(weekday_written))
        elif (
            self.undated_calendar is not None
            and expression.value.startswith("XXXX-")
            and _UNDATED_DAY.match(expression.value)
            and expression.value[10:11] == "T"
        ):
            # "On the Tuesday morning ... that evening": in a month whose weekdays are fixed, a part of a
            # day found by its weekday is a day named as well
            self.undated_day = (expression.value[:10], index, expression.end)
        if self.dct is None and expression.type in _DATE_OR_TIME:
            weekday = _UNDATED_WEEKDAY.match(expression.value)
            if weekday is not None:
                self.undated_weekday = (int(weekday[1]), index)
            elif (
                not expression.value.startswith("XXXX-XX-XXT")
                # "tonight from 11pm" after a post about Thursday: the writer's own day moves off it too
                or expression.text.lower() in _LEX.DAY_DEICTICS
            ):
                self.undated_weekday = None  # a clock time stays on the weekday; another date moves off it
        if _YEAR_VALUE.fullmatch(expression.value) and VEHICLE_DETAIL_AFTER.match(self.low, expression.end):
            # "ASTRA 1.4, 1998, R reg, 91,000 miles, taxed till January": a car advert's model year dates the
            # car, not the time the advert tells of
            return
        if (
            not narrative
            and expression.text == "Now"
            and self.reference is not None
            and self.dct is not None
            and self.reference.day.year < self.dct.year
        ):
            # '"We took £86 that morning," she said. "Now we take more than that."': a sentence opening on
            # "Now" after a look back in news returns to the writer's present, where what follows is told
            self.reference = None
            return
        if expression.type not in _DATE_OR_TIME or (
            expression.interval is None and _BC_DATE_VALUE.fullmatch(expression.value) is None
        ):
            return  # a length, a set or a vague "now" is never the time the text has come to
        if (
            expression.granularity == Granularity.YEAR
            and (baseline := _BASELINE_YEARS_AFTER.match(self.low, expression.end)) is not None
            and (
                baseline["span"]
                or _YEAR_SPAN_OPENED_BEFORE.search(self.low, max(0, expression.start - 8), expression.start)
            )
        ):
            # "40 per cent of the 1991-2020 average, and the harvest gathered in July": the years a climate
            # statistic is taken over are its baseline, not a time the text has come to
            return
        if (
            self.dct is None
            and expression.granularity == Granularity.YEAR
            and self.low.endswith("since ", 0, expression.start)
            # (the whole sentence: "Since 1812 they had kept a ledger" has its past perfect after the year)
            and " had "
            not in self.low[self._sentence_opening(expression.start) : self._sentence_close(expression.end)]
        ):
            # undated: "as every year since 2000, each side plays five matches ... Friday 31 January": a
            # span running from its year to the writer's unknown now; the text is not in that year
            return
        if not narrative and _SAME_TIME_COMPARED.match(expression.text) is not None:
            # "3 percent more than at this time last year ... had risen in the previous week": a point of
            # comparison a year away; the story stays on the day it was on
            return
        if (
            not narrative
            and self.low.endswith(("ended ", "ending ", "ends "), 0, expression.start)
            and _PERIOD_CLOSED_BEFORE.search(self.low, max(0, expression.start - 48), expression.start)
        ):
            # "lost $48 million in the nine months ended Sept. 30 ... rang the opening bell at 9:30 a.m.": a
            # reporting period's last day bounds a figure; the story stays on the day it was on
            return
        if (
            narrative
            and self.reference is not None
            and expression.granularity == Granularity.YEAR
            and self.low.endswith(" for ", 0, expression.start)
            and (
                noun := _WORD_JUST_BEFORE.search(
                    self.low, max(0, expression.start - 24), expression.start - 4
                )
            )
            is not None
            and noun.group(1) in _LEX.PLANNED_PERIOD_NOUNS
        ):
            # "Her budget for 2009, presented in December": a plan names the year it is for and is drawn
            # up before it; the story stays on the time it had reached
            return
        writers_now = narrative and expression.anchor.kind == _DCT_ANCHOR
        aside = (
            writers_now
            and (self.reference is not None or self.era_reference is not None)
            and not self._opens_sentence_in_the_past(expression)
            and not self._tells_its_when_clause(expression)
        )
        if writers_now and (
            (aside and expression.granularity in (Granularity.DAY, Granularity.WEEK))
            # "This morning the president laid a wreath, and the king had led a service on Sunday": a part
            # of the writer's day, even in a sentence told in the past, puts the weekdays after it in its
            # sentence in the writer's week
            or (
                self.reference is not None
                and self.dct is not None
                and expression.granularity == Granularity.PART_OF_DAY
                and expression.value.startswith(self.dct.isoformat())
            )
        ):
            self.writers_week_end = expression.end
        if aside:
            if expression.granularity == Granularity.DAY and expression.interval is not None:
                start = expression.interval.start.date()
                self.writers_day = _Reference(start, expression.value, index, "day", True, expression.end)
            elif expression.granularity == Granularity.YEAR and expression.interval is not None:
                start = expression.interval.start.date()
                self.writers_year = _Reference(start, expression.value, index, "year", False, expression.end)
            elif expression.granularity == _MONTH and expression.interval is not None:
                start = expression.interval.start.date()
                self.writers_month = _Reference(
                    start, expression.value, index, "month", False, expression.end
                )
            return  # the writer's now ("today", "last year") is an aside: the story stays where it was
        if (
            narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and expression.text.lower() in _LEX.DAY_DEICTICS
            and self._quoted_at(expression.start)
        ):
            # 'His diary for 16 January reads: "Tomorrow we reach the place." They reached it the next
            # day': the day a quotation looks to is the speaker's; the story stays on the day it told
            return
        if (
            not narrative
            and expression.anchor.kind == _DCT_ANCHOR
            and self.reference is not None
            and self.dct is not None
            and self.reference.day.year < self.dct.year - 1
            and self._dates_a_report(expression.start)
        ):
            # "found at 3 a.m. on Friday ... 'I remember the light,' Wojcik said last week. The last of the
            # dead was brought up on Nov. 23": the day a witness spoke is an aside; the story stays
            return
        # "little rain had fallen since the previous November, and by late August": in a story too, the
        # start of what lasted up to the story's time, before it, is not where the story goes on
        if (
            (
                not narrative
                or (
                    self.reference is not None
                    and expression.interval is not None
                    and expression.interval.start.date() < self.reference.day
                )
            )
            and self.low.find("since", max(0, expression.start - 48), expression.start) >= 0
            and (
                _SINCE_BEFORE.search(self.text[max(0, expression.start - 12) : expression.start])
                # "the strongest storm since Hurricane Fran in September 1996": the bound's event is named
                or _SINCE_EVENT_BEFORE.search(self.text, max(0, expression.start - 48), expression.start)
            )
            # "the worst outbreak since 2015, when a cooling tower sickened 22 people. Under rules adopted
            # two years later": a "when" clause tells what happened then, and the text goes on from it
            and not _WHEN_CLAUSE_AFTER.match(self.text, expression.end)
            # "for the first time since 2009. Its founder moved the shows to Paris that year": a
            # demonstrative year just after points back to the bound's year
            and not (
                _YEAR_VALUE.fullmatch(expression.value) is not None
                and _THAT_YEAR_AFTER.search(self.low, expression.end, expression.end + _THAT_YEAR_REACH)
                is not None
            )
        ):
            return  # "its lowest close since December 2003": a bound in news, not the time the report is at
        if (
            narrative
            and self.reference is not None
            and expression.interval is not None
            and self.low.endswith(" in ", 0, expression.start)
            and expression.interval.start.date() < self.reference.day
            and _THING_MADE_IN_BEFORE.search(self.low, max(0, expression.start - 60), expression.start)
            # "a discovery made in 1884, when objects from the ship were found": the text goes on from it
            and not _WHEN_CLAUSE_AFTER.match(self.text, expression.end)
        ):
            # "sold the file in November 2000. It held a tape of a call made in 1986, and agents who heard
            # it in December": the date of a thing's making looks back; the story stays where it was
            return
        if (
            narrative
            and self.reference is not None
            and expression.anchor.kind == _ABSOLUTE_ANCHOR
            and expression.interval is not None
            and expression.interval.start.date() > self.reference.day
            and self.low.endswith(" in ", 0, expression.start)
            and _MADE_IN_ASIDE_BEFORE.search(self.low, max(0, expression.start - 30), expression.start)
            and _ASIDE_CLOSED_AFTER.match(self.text, expression.end)
        ):
            # "That night the prisoners were shut in. Holwell's account, published in 1758, put the dead at
            # 123. News of the loss reached Madras on 16 August": when a thing told of was made later,
            # said in passing between commas; the story stays where it was
            return
        if (
            narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and expression.granularity == Granularity.YEAR
            and expression.anchor.kind == _ABSOLUTE_ANCHOR
            and self.low.endswith(" in ", 0, expression.start)
            and expression.interval is not None
            and expression.interval.end.date() < self.reference.day
            and _ASIDE_CLOSED_AFTER.match(self.text, expression.end)
            and _APPOSITIVE_ON_A_NAME_BEFORE.search(
                self.text, max(0, expression.start - 90), expression.start
            )
        ):
            # "handed the torch to Kolehmainen, the winner of three races at Stockholm in 1912, who lit the
            # second flame. The next day": a noun phrase set off by commas after a name tells what the person
            # had done years before, in passing; the story stays on its day
            return
        if (
            not narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and expression.granularity in (Granularity.DAY, Granularity.PART_OF_DAY)
            and expression.interval is not None
            and expression.interval.end.date() < self.reference.day
            and self.tense(expression.start, expression.end).looks_back
            and self._reported_past_perfect(expression.start)
        ):
            # "received a mayday at 0347 on Friday. The skipper said the boat had sailed on Wednesday ...
            # It sank at about 0615": a day before the report's, in a past perfect someone is reported as
            # saying, is the speaker's background; the report stays on the day it had reached (a past
            # perfect told by the writer, "The cardinals had processed in on Monday afternoon. The one
            # ballot held that evening", opens a flashback the text follows)
            return
        if not narrative and self._in_aside_on_the_subject(expression):
            return  # "The Finn, who was fastest on Friday, took pole": background to the news, not its day
        if (
            not narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and expression.granularity in (Granularity.DAY, Granularity.PART_OF_DAY)
            and expression.interval is not None
            and expression.interval.start.date() < self.reference.day
            and _THING_MADE_ON_DAY_BEFORE.search(self.low, max(0, expression.start - 60), expression.start)
        ):
            # "The outage began at 6:12 a.m. Tuesday, when a change made late Monday spread. It was fixed
            # by 10:20 a.m.": the day a thing was made, told after its noun, looks back in passing; the
            # report stays on its day
            return
        if (
            narrative
            and expression.anchor.kind == _EXPRESSION_ANCHOR
            and self._in_aside_on_the_subject(expression, participle=True)
        ):
            # "Polybius, who walked the route seventy years later, says", "Orderic, writing sixty years
            # later, said": the later time of a source or witness, told in passing; the story stays
            return
        if (
            narrative
            and expression.anchor.kind == _EXPRESSION_ANCHOR
            and self.text.startswith(",", expression.end)
            and (
                thing_aside := _PARTICIPLE_ASIDE_ON_A_THING.search(
                    self.text, max(0, expression.start - 120), expression.start
                )
            )
            and (
                _VERB_AFTER_ASIDE.match(self.text, expression.end)
                or (
                    thing_aside["participle"].endswith(_PARTICIPLE_ONLY_ENDINGS)
                    and _PAST_VERB_AFTER_ASIDE.match(self.text, expression.end)
                )
            )
            # looking back from the story's time: "the city, besieged a year later, was stormed on 17 July"
            # is the story's next step, which the clause's own date follows
            and self.reference is not None
            and expression.interval is not None
            and expression.interval.end.date() <= self.reference.day
        ):
            # "the treaty, agreed at Florence thirteen years earlier, was proclaimed": a past participle
            # set off by commas after a noun, its clause's verb after it, tells of the thing in passing
            return
        window = max(0, expression.start - 20)
        if (
            self.low.find("not", window, expression.start) >= 0
            or self.low.find("than", window, expression.start) >= 0
            or self.low.find("of", window, expression.start) >= 0
        ) and _SET_AGAINST_BEFORE.search(self.text[window : expression.start]):
            return  # "on Saturday, not Sunday": the time set aside is not the one the text goes on at
        if _NAMED_AS_THE_DAY.match(self.text, expression.end):
            return  # "a note naming 11 September as the day": a day chosen for a plan, not where the text is
        bound_from = max(0, expression.start - 8)
        if (
            _may_end_with(self.text, bound_from, expression.start, _BOUND_WORDS)
            and _BOUND_WORD_BEFORE.search(self.text, bound_from, expression.start)
            and _EXPECTATION_BOUND_BEFORE.search(self.text, max(0, expression.start - 70), expression.start)
        ):
            return  # "which it did not expect before 1975": the bound of an expectation, not a time told
        window = max(0, expression.start - 50)
        if (
            self.text.find(" to ", window, expression.start) >= 0
            and (
                (
                    _to_among_last_words(self.text, window, expression.start)
                    and _PLANNED_FOR_BEFORE.search(self.text, window, expression.start)
                )
                # "agreed to attack on every front in the summer of 1916": a season or a year an agreement
                # looked to (a day may hold the clock time told next: "agreed to meet on 5 May at noon")
                or (
                    expression.granularity in _COARSER_THAN_A_DAY
                    and _AGREED_FOR_BEFORE.search(self.text, window, expression.start) is not None
                )
            )
        ) or (
            # "leaflets that called for a one-day boycott on Monday, December 5. Ministers announced it on
            # Sunday": the day an event is called for is looked to; the text stays where it was
            self.low.find(" for ", window, expression.start) >= 0
            and (
                _CALLED_FOR_BEFORE.search(self.text, window, expression.start) is not None
                # "promised elections for the following spring. Over the winter food grew short": the time
                # a thing was fixed for is looked to; the story stays where it was
                or (
                    expression.granularity in _COARSER_THAN_A_DAY
                    and _FIXED_FOR_BEFORE.search(self.text, window, expression.start) is not None
                )
            )
        ):
            # "It was meant to take effect the next day.": the time of a plan; the text stays at its day
            if narrative and expression.granularity == Granularity.DAY and expression.interval is not None:
                self.planned_day = _Reference(
                    expression.interval.start.date(), expression.value, index, "day", True, expression.end
                )
                if (
                    self.low.find(" for ", window, expression.start) >= 0
                    and _CALLED_FOR_BEFORE.search(self.text, window, expression.start) is not None
                ):
                    self.called_day = self.planned_day
            return
        if (
            narrative
            and self.reference is not None
            and expression.interval is not None
            # a later year: a plan reaching past the story's year, not the next step of the story
            # ("launched what he hoped would be the final offensive on 24 November")
            and expression.interval.start.date().year > self.reference.day.year
            and self.text.find("would ", max(0, expression.start - 250), expression.start) >= 0
            and self._looked_ahead_to_with_would(expression)
        ):
            # "In February 1947 Attlee said Britain would leave no later than June 1948. Mountbatten
            # arrived on 22 March": a time a past hope or plan looks ahead to; the story stays where it was
            if expression.granularity == Granularity.DAY and self.reference.unit not in ("day", "week"):
                # "announced that the works would be sold on 14 February 1879. That morning troops landed":
                # "that" just after points to the day the plan named, as after a day called for; after a
                # dated day ("On 5 May 1930 the board announced ... would open on 3 August 1931. That
                # evening the directors dined") "that" is the day the story is on
                self.called_day = _Reference(
                    expression.interval.start.date(), expression.value, index, "day", True, expression.end
                )
            return
        if (
            narrative
            and self.reference is not None
            and expression.interval is not None
            and (
                expression.interval.start.date().year > self.reference.day.year
                # "opened on 30 March and was meant to run until 30 September. On Easter Monday": a later
                # day of the story's year that a past plan aims at is not reached either
                or (self.reference.unit == "day" and expression.interval.start.date() > self.reference.day)
            )
            # "This year the service planned for Sunday will be held": the writer's own year opening a
            # sentence is where the story comes to its present, not the aim of a past plan
            and expression.anchor.kind != _DCT_ANCHOR
            and self._in_past_plan_infinitive(expression)
        ):
            # "landed in October 1873. He meant to be back at the coast before the rains of 1874. His
            # troops arrived in December": the later year a past plan aims at; the story stays where it was
            return
        if expression.end == self.plan_ahead_end:
            # "on a contract that allowed him to leave in January. He scored eight goals in the autumn":
            # the act a past permission or agreement looks to is a plan; the story stays where it was
            return
        if (
            not narrative
            and self.text.startswith(",", expression.end)
            and _DAY_VALUE.fullmatch(expression.value)
            and _ASIDE_CLAUSE_BEFORE.search(self.text, max(0, expression.start - 60), expression.start)
        ):
            # "Pruitt, who testified Wednesday, told jurors ...": a day told in passing about the subject;
            # the report stays at the day it had come to
            return
        if (
            self.reference_span is not None
            and (
                (
                    self.text[expression.start - 1 : expression.start] == "("
                    and 0 <= expression.start - self.reference_span[1] <= 3
                )
                # "at 11:55 p.m. EDT (03:55 UTC on 19 July)": the day the restated clock time falls on in the
                # other zone is part of the restatement as well
                or (
                    0 <= expression.start - self.reference_span[1] <= _RESTATED_DAY_REACH
                    and _INSIDE_RESTATEMENT.fullmatch(self.text, self.reference_span[1], expression.start)
                    is not None
                    # another zone moves a clock time by a day at most: a day further off is no restatement
                    # of the story's day but the only day told ("at 9 p.m. EST (02:00 GMT on 5 May 2020)")
                    and self.reference is not None
                    and expression.interval is not None
                    and abs((expression.interval.start.date() - self.reference.day).days) <= 1
                )
                or (
                    # the gap sliced only when short: the reference may lie far back in a long text
                    0 <= expression.start - self.reference_span[1] <= 30
                    and _opens_a_calendar_restatement(self.text[self.reference_span[1] : expression.start])
                )
            )
        ):
            # "at 4:17 a.m. local time (2117 GMT Tuesday)": the clock time restated in another zone; the
            # story goes on in the local day. So with a date restated in another calendar: "on 25 October
            # (7 November, New Style) ... at 2 p.m." is the afternoon of the 25th
            return
        if (
            self.narrative
            and self.reference is not None
            and expression.interval is not None
            and expression.interval.end.date() <= self.reference.day
            and (
                (
                    self.text.find(" had ", max(0, expression.start - 90), expression.start) >= 0
                    and _PAST_PERFECT_ASIDE_BEFORE.search(
                        self.text, max(0, expression.start - 90), expression.start
                    )
                )
                # "The assembly, elected in November with a large majority, had met": a participle
                # clause set off by commas before a past perfect
                or self._in_participle_aside_before_past_perfect(expression)
                # "The forecast issued the previous evening had rated the danger as high": a participle
                # on the subject of a past perfect, with no commas, looks back in passing as well
                or (
                    _PAST_PERFECT_RIGHT_AFTER.match(self.low, expression.end) is not None
                    and _REDUCED_RELATIVE_BEFORE.search(
                        self.low, max(0, expression.start - 60), expression.start
                    )
                    is not None
                )
                # "In 1711 the court reversed the attainders of those condemned in 1692, and their heirs
                # were paid the following year": a year naming a group by what befell it, in passing
                or (
                    expression.anchor.kind == _ABSOLUTE_ANCHOR
                    and (
                        group := _GROUP_BY_PARTICIPLE_BEFORE.search(
                            self.low, max(0, expression.start - 40), expression.start
                        )
                    )
                    is not None
                    # "It all started in 1916", "Everyone moved in 1916": a pronoun opening its clause or
                    # after a subject is the subject of a past verb, no group named in passing
                    and (
                        group["pronoun"] == "those"
                        or _GROUP_PRONOUN_AS_SUBJECT.search(
                            self.low, max(0, group.start() - 20), group.start()
                        )
                        is None
                    )
                )
                or (
                    # "in Mostar the Old Bridge, built by the Ottomans in 1566, was brought down on 9
                    # November": a year long before the story's, in a participle aside on a noun
                    expression.anchor.kind == _ABSOLUTE_ANCHOR
                    and expression.interval.end.date().year <= self.reference.day.year - _ASIDE_ORIGIN_YEARS
                    and self.text.startswith(",", expression.end)
                    and _PARTICIPLE_ASIDE_ON_A_NOUN_BEFORE.search(
                        self.text, max(0, expression.start - 60), expression.start
                    )
                    is not None
                )
            )
        ):
            # "In the spring the admiral, who had taken command in November 1918, marched west, but by
            # July": a relative clause in the past perfect looks back in passing; the story stays
            return
        if (
            not self.narrative
            and self.last_day is not None
            and expression.interval is not None
            and expression.interval.end.date() < self.last_day.day
            and (
                # "Australia, bowled out for 98 on Boxing Day, had batted through the morning": a
                # participle aside before a past perfect looks back in passing from the day reported
                self._in_participle_aside_before_past_perfect(expression)
                # "shot 66 on Friday after a bogey in Thursday's first round had left him ninth": a day's
                # event as the subject of a past perfect looks back from the day the sentence reports
                or (
                    _PAST_PERFECT_AFTER_POSSESSIVE.match(self.text, expression.end) is not None
                    and self._in_one_sentence(self.last_day.end, expression.start)
                )
            )
        ):
            return
        if (
            narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and expression.anchor.kind == _EXPRESSION_ANCHOR
            and expression.granularity in (Granularity.DAY, Granularity.PART_OF_DAY)
            and expression.interval is not None
            and expression.interval.start.date() < self.reference.day
            # counted back from a day the text dated, not from a clock time a plan looked to
            and _DAY_VALUE.fullmatch(self.reference.value) is not None
            # "the previous evening", "the night before": not a date named again ("had left on 1 November")
            and not _LEX.STORY_BACKWARD_WORDS.isdisjoint(_WORD.findall(expression.text.lower()))
            # the glance closes its sentence; "had sailed the day before ... and had turned back during
            # the night" goes on in the past perfect, and the text follows it
            and self.text.startswith(".", expression.end)
            and self.tense(expression.start, expression.end).looks_back
        ):
            # "On 31 May the fleets met. Jellicoe had sailed the previous evening. They sighted each
            # other at 15:20": a day counted back from the story's day in a past perfect is a glance
            # back at what led to it; the story stays on its day
            return
        if (
            narrative
            and self.reference is not None
            and expression.interval is not None
            and expression.interval.end.date() <= self.reference.day
            and self._backstory_of_a_present_story(expression)
        ):
            # "The novel opens in April 1942. Her husband was killed in May 1940. In early summer a
            # lieutenant is billeted on the farm": a story told in the present steps back into the past
            # tense for what came before it; the story stays where it was
            return
        if (
            narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and self._planned_in_a_present_story(expression)
        ):
            # "She learns that the ship will sail at noon on Monday. That night someone breaks in": the
            # time a plan of a story told in the present looks to; the story stays on its day
            return
        before_christ = (
            _BC_DATE_VALUE.fullmatch(expression.value) if expression.value.startswith("BC") else None
        )
        if before_christ is not None and expression.type == TimexType.DATE:
            if (
                self.era_reference is not None
                and expression.anchor.kind == _EXPRESSION_ANCHOR
                and self.low.endswith(" of ", 0, expression.start)
                and -int(before_christ.group(1)) < self.era_reference.year
                and self._names_a_thing_before_of(expression.start - 4)
            ):
                # "one of the consuls of the year before": a year looked back to names the thing it
                # qualifies, as after AD 1; the story stays in the year it was in
                return
            if (
                self.era_reference is not None
                and _BC_SEASON_VALUE.fullmatch(expression.value)
                and _BC_DATE_VALUE.fullmatch(self.era_reference.value)
                and len(self.era_reference.value) == 6
                and self.tense(expression.start, expression.end).looks_back
            ):
                # "The consuls elected for 216 ... Hannibal had spent the winter at Gerunium, and early in
                # the summer": a season looked back to from the story's year; the story stays in its year
                return
            # years BC have no calendar date here: a story there keeps its year to count from
            self.era_reference = _EraReference(-int(before_christ.group(1)), expression.value, index)
            return
        if expression.interval is None:
            return  # (a length, a set or a vague "now" left at the top of this method)
        self.era_reference = None
        if expression.granularity is None or expression.granularity not in _GRANULARITY_UNIT:
            return
        unit = _GRANULARITY_UNIT[expression.granularity]
        if (
            narrative
            and unit == "season"
            and self.reference is not None
            and self.reference.unit in ("year", "season")
            and expression.interval.start.date() < self.reference.day
            and self.tense(expression.start, expression.end).looks_back
        ):
            # "In 1216 the consuls were given eight legions. The enemy had spent the winter at Gerunium,
            # and early in the summer": a season looked back to from the story's year; the story stays;
            # so from a season ("Over the autumn the city, where the court had wintered the previous
            # winter, ... fell on 25 October": still the autumn's year)
            return
        if (
            narrative
            and unit == "season"
            and self.reference is not None
            and self.reference.unit in ("day", "month")
            and expression.interval.start.date() > self.reference.day
            and self.low.endswith(" for ", 0, expression.start)
        ):
            # "On 2 October the crew hauled the boats ashore for the winter. The next day": a season ahead
            # that an act is done for is not reached; the story stays on its day
            return
        if expression.start <= self.glanced_date_at < expression.end:
            # "Two years earlier, he had reached the cape on 20 March and sailed on 2 April": the glance
            # goes on through its sentence; the story stays on its day
            self.story_day, self.flashback_year = story_day, glanced_year
            return
        if narrative and glanced_month is not None and expression.anchor.expression == glanced_month.index:
            # "He had commanded an army in August 1914 and the following winter": a period counted on from
            # a month glanced back to is in the glance too; the story stays where it was
            self.story_day = story_day
            return
        if self._flashback_from_day(expression, unit):
            self.story_day = story_day
            start = expression.interval.start.date()
            if unit == "month" and expression.anchor.kind == _ABSOLUTE_ANCHOR:
                self.flashback_month = _Reference(start, expression.value, index, unit, True, expression.end)
            elif unit == "year":
                self.flashback_year = _Reference(start, expression.value, index, unit, False, expression.end)
            return
        if narrative and _PARENTHESISED_LIFE_OR_REIGN.search(
            self.text, max(0, expression.start - 14), expression.start
        ):
            return  # "the Jingtai Emperor (r. 1449-1457), and in October ...": an aside, not the story's time
        if narrative and self.reference is not None and self._in_a_named_span_around_the_story(expression):
            # "fought in 1790 during the Russo-Turkish War of 1787-1792 ... The assault of 11 December":
            # the years of a name that frame the story's own year; the story stays in the year it was in
            return
        if (
            narrative
            and self.reference is not None
            and self.reference.unit in ("day", "month")  # a campaign's days, not "from 1952 to 1971"
            and expression.anchor.kind == _ABSOLUTE_ANCHOR
            and _SPAN_OPENED_BEFORE.search(self.text, max(0, self.reference.end - 40), expression.start)
        ):
            # "was fought from 16 December 1944 to 25 January 1945": an article's summary span; what
            # follows tells the story from its start (or the background before it), not from its end
            return
        if (
            narrative
            and self.reference is not None
            and expression.anchor.kind == _ABSOLUTE_ANCHOR
            and 0 < expression.start - self.reference.end <= 9
            and _RANGE_LINK.fullmatch(self.text, self.reference.end, expression.start)
            and self._on_subheading_line(expression.start)
        ):
            # "The siege (1916–1918)", "From 1932 to 1935" heading a section: the section tells its story
            # from the span's start
            return
        if (
            narrative
            and self.reference is not None
            and _may_hold(self.text, max(0, self.reference.end - 20), expression.start, ("night",))
            and _NIGHT_SPAN_BEFORE.search(self.text, max(0, self.reference.end - 20), expression.start)
        ):
            # "On the night of 24 to 25 October ... late that evening": the night's evening is the 24th
            self.night_span_day = self.reference.index
            return
        if (
            narrative
            and self.reference is not None
            and unit == "year"
            and self.reference.unit in ("day", "month")
            and expression.interval.start.year > self.reference.day.year
            and _SPAN_RUNS_ON_INTO.search(self.text, max(0, expression.start - 20), expression.start)
        ):
            # "the graves were found over the following months and into 1969. A relief force reached the
            # base on 8 April": how far an outcome ran on, told in passing; the story stays in its days
            return
        if (
            narrative
            and self.reference is not None
            and expression.interval.start.year > self.reference.day.year
            and self.low.find("until", max(0, expression.start - 80), expression.start) >= 0
            and _LASTED_UNTIL_BEFORE.search(self.text, max(0, expression.start - 180), expression.start)
        ):
            # "The siege lasted nine months, until the town fell on 2 April 1865. / Atlanta / ... on 7 May":
            # where a span ran on to, a later year told in passing; the story goes on from its own time
            return
        if (
            not narrative
            and self.dct is not None
            and expression.interval.start.date() == self.dct
            and _AS_OF_BEFORE.search(self.text, max(0, expression.start - 7), expression.start)
        ):
            # "killed on Friday afternoon. Here is what we know as of Saturday morning": the time the
            # report stands at; the story goes on telling the day it was on
            return
        if (
            self.reference is not None
            and self.low.endswith("by ", 0, expression.start)
            and expression.interval.start.date() > self.reference.day
            # "The race to the Patent Office / By the autumn of 1875 he knew": a "by" opening its sentence
            # is where the story has come to; an aim's "to" in a heading or sentence before is no clause of it
            and (opening := self._sentence_opening(expression.start)) < expression.start - 3
            and (
                _AIM_DEADLINE_BEFORE.search(self.low, max(opening, expression.start - 80), expression.start)
                or (
                    narrative
                    and _PROMISED_DEADLINE_BEFORE.search(
                        self.low, max(opening, expression.start - 100), expression.start
                    )
                )
            )
        ):
            # "landed on 17 September in an attempt to end the war by Christmas. ... On the night of 25
            # September": the deadline of an aim, told in passing; the story goes on from the day it was on
            return
        if (
            narrative
            and expression.anchor.kind == _EXPRESSION_ANCHOR
            and _may_end_with(
                self.low, max(0, expression.start - 14), expression.start, _EVIDENCE_PARTICIPLE_ENDS
            )
            and _EVIDENCE_FOUND_LATER_BEFORE.search(self.low, max(0, expression.start - 60), expression.start)
        ):
            # "What happened is known only from their accounts and from the bodies found two days later;
            # ... held the bluffs through that night": the time of the evidence, told in passing
            return
        lead_in = self.low[max(0, expression.start - 100) : expression.start]
        if (
            narrative
            and self.reference is not None
            and expression.interval.start.date() > self.reference.day
            and ("than" in lead_in or "instead" in lead_in)
            and _UNREALISED_ALTERNATIVE_BEFORE.search(lead_in) is not None
        ):
            # "decided to attack at once rather than rest his men and strike the next morning. ... at
            # about 3 p.m.": the time of an alternative not taken is never reached; the story stays
            return
        if expression.end == self.night_looked_back_end:
            # "By 4 p.m. the last men were off. One had died during the night. The following morning":
            # the night a past perfect looks back to is told in passing; the story stays on its day
            return
        if expression.end == self.lead_up_end:
            # "sold on Saturday as vendors rushed to sell before Easter ... the previous weekend": a bound
            # ahead of the time of writing; the story goes on from the day it was on
            return
        if (
            not narrative
            and unit in ("month", "year")
            and _may_end_with(self.text, max(0, expression.start - 7), expression.start, _POSSESSIVES)
            and _POSSESSIVE_BEFORE.search(self.text, max(0, expression.start - 7), expression.start)
            and _LOWER_WORD_AFTER.match(self.text, expression.end)
        ):
            # "publishes the minutes of its March meeting at 2 p.m.": a month naming one of a series of
            # things in passing; the clause happens on the day the story is on
            return
        if (
            unit in ("year", "month")
            and self.reference is not None
            and self.low.endswith(" of ", 0, expression.start)
            and expression.anchor.kind == _EXPRESSION_ANCHOR
            and expression.interval.start.date() < self.reference.day
            and self._names_a_thing_before_of(expression.start - 4)
        ):
            # "went back to look for the lost cable of the previous year. ... in early September", "demanded
            # the release of the men of July. The next morning": a year or a month looked back to names the
            # thing it qualifies; the story stays where it was
            return
        if (
            unit in ("year", "month")
            and self.reference is not None
            and expression.interval.start.date() < self.reference.day
            and (
                (
                    self.low.endswith(" in ", 0, expression.start)
                    and _LIKE_THE_HABIT_BEFORE.search(
                        self.low, max(0, expression.start - 8), expression.start
                    )
                )
                # "prices rose, as in 1949 and 1948, and fell in March": each year of the list likened to
                or _LIKENED_YEARS_BEFORE.search(self.low, max(0, expression.start - 40), expression.start)
            )
        ):
            # "reopened with the same symphony, as in 1931. The doors opened at 6.30 p.m.": an earlier time
            # the present is likened to, told in passing; the story stays where it was
            return
        if (
            not narrative
            and self.reference is not None
            and self.low.endswith(" to ", 0, expression.start)
            and _RETROACTIVE_TO_BEFORE.search(self.low, max(0, expression.start - 24), expression.start)
        ):
            # "approved a raise today, retroactive to July 1. The Senate voted shortly after 2 a.m.": the
            # day a rule counts back to, told in passing; the story goes on from the day it was on
            return
        if expression.value.endswith("-WE"):
            unit = "weekend"  # two days: no single day for a part of day or a clock time to fall on
        if (
            expression.granularity == _QUARTER
            and self.last_quarter is None
            and self._is_current_quarter(expression)
            # "after growth of 0.7% in the first quarter": the base a report's quarter follows
            and not self._comparison_base(expression.start)
        ):
            self.last_quarter = expression.value
        explicit = expression.anchor.kind == _ABSOLUTE_ANCHOR or (
            self.reference is not None
            and self.reference.explicit
            and expression.anchor.kind == _EXPRESSION_ANCHOR
        )
        start_day = expression.interval.start.date()
        if expression.value.startswith("T24", 10) and _MIDNIGHT_ENDING_DAY.match(expression.value):
            # "By midnight, ... as the evening went on": T24 ends its day; the story is still on that day
            start_day = date.fromisoformat(expression.value[:10])
        if story_day is not None and start_day <= story_day <= expression.interval.end.date():
            start_day = story_day  # "A week later ... Two days later": count on from the day itself
        ref = self.reference
        if ref is not None and "T" in ref.value and ref.value.split("T")[0] == expression.value:
            # "at 11 p.m. on Friday ... by 3 a.m.": the day a clock time was just put on keeps that time
            ref.end = expression.end
            if self.reference_span is not None:
                # "The next morning, 11 November (24 November New Style)": a restatement in brackets
                # after the day restates the story's time too
                self.reference_span = (self.reference_span[0], expression.end)
            return
        if (
            ref is not None
            and unit == "year"
            and ref.value.startswith(f"{expression.value}-")
            and self.low[ref.end : expression.start] == " of "
        ):
            # "married in June of that year, ... met eighteen months earlier": the year only places the
            # month just named, which stays the time the story is at
            ref.end = expression.end
            return
        if (
            ref is not None
            and unit in ("month", "season")
            and ref.unit == unit
            and ref.day < start_day
            and 0 <= expression.start - ref.end <= 12
            and _RANGE_LINK.fullmatch(self.text, ref.end, expression.start)
        ):
            # "from February to December; on the Somme ... from 1 July": the story's time is the whole
            # range, so what is told next may lie inside it, counted from its start
            ref.end = expression.end
            return
        if (
            narrative
            and ref is not None
            and ref.unit in ("day", "weekend")
            and unit == "month"
            and expression.mod == "MID"
            and expression.anchor.kind == _EXPRESSION_ANCHOR
            and start_day <= ref.day <= expression.interval.end.date()
            and _LEX.MID_MONTH_DAYS[0] <= ref.day.day <= _LEX.MID_MONTH_DAYS[1]
        ):
            # "On Friday, 15 July the judge ruled ... above 90 °F in mid-July ... When the court sat again
            # the following Monday": the middle of the month, told in passing while the story is on a
            # day in that middle, leaves the story on that day ("On 2 June ... By mid-June" moves on)
            return
        if unit == "year" and self._academic_double_year(expression):
            self.academic_year_index = index
        if expression.start == self.academic_autumn_start:
            self.academic_autumn_index = index
        self.earlier_reference = self.reference
        self.reference = _Reference(start_day, expression.value, index, unit, explicit, expression.end)
        self.reference_span = (expression.start, expression.end)
        if unit == "day":
            self.last_day = self.reference
            self._days_told.append(self.reference)
            if self.lead_day is None and explicit and expression.end < _LEAD_SPAN:
                self.lead_day = self.reference
            if self.dct is not None and start_day < self.dct:
                self.last_past_day = self.reference
            if self.dct is not None and start_day > self.dct:
                self.last_day_ahead = self.reference
            if start_day != self.dct:
                self.last_story_day = self.reference
            if (
                self.dct is not None
                and start_day <= self.dct
                and not (start_day == self.dct and expression.mod == "START")
                and not self._quoted_at(expression.start)
            ):
                self.last_told_day = self.reference

    def _closes_what_ran_until(self, candidate: Candidate) -> bool:
        """ "At 4:30 a.m. they attacked. They fought for nearly 24 hours, until the line fell back after
        midnight": a midnight in a sentence that tells how long something ran "until" is the one that
        closes the day, after the morning the story has told."""
        opening = self._sentence_opening(candidate.start)
        return _UNTIL_WORD.search(self.text, opening, candidate.start) is not None

    def _futurate_clause(self, start: int, cue: str) -> bool:
        """Whether `start` stands in a clause of time whose own present verb (`cue`) follows its opener
        ("before the shafts are filled in ..."), hanging on a verb with a future auxiliary earlier in the
        sentence, with no comma or semicolon between ("bright after its closest approach" has no verb of
        its own: a preposition, not a clause)."""
        opening = self._sentence_opening(start)
        # one apostrophe for both ("won’t", "they’ll" as "won't", "they'll")
        words = re.findall(r"[a-z']+|[,;:]", self.text[opening:start].lower().replace("\u2019", "'"))
        cue_words = cue.lower().replace("\u2019", "'").split()
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            if word in (",", ";", ":"):
                return False
            if word in _LEX.FUTURATE_CLAUSE_OPENERS:
                tail = words[i + 1 :]
                has_own_verb = bool(cue_words) and any(
                    tail[j : j + len(cue_words)] == cue_words for j in range(len(tail))
                )
                return has_own_verb and any(
                    w in _LEX.FUTURATE_MAIN_AUXILIARIES or w.endswith(_LEX.FUTURATE_MAIN_CONTRACTIONS)
                    for w in words[:i]
                )
        return False

    def _reported_past_perfect(self, start: int) -> bool:
        """ "The skipper said the boat had sailed on Wednesday": the "had" before `start` follows a verb of
        saying in its sentence, so the past perfect is reported speech."""
        opening = self._sentence_opening(start)
        had = self.low.rfind(" had ", opening, start)
        if had < 0:
            return False
        return any(word.strip(",;:") in _LEX.NEWS_FRAME_VERBS for word in self.low[opening:had].split())

    def _sentence_close(self, end: int) -> int:
        """Where the sentence holding text[..end] closes: its stop or line break, at most `_SENTENCE_REACH` on."""
        after = self.low[end : end + _SENTENCE_REACH]
        closing = _SENTENCE_END_BETWEEN.search(after)
        return end + (closing.start() if closing else len(after))

    def _plan_met_in_a_later_past(self, candidate: Candidate) -> bool:
        """ "The loan had been due on 20 December and was repaid in January": a time told later in the
        sentence in the simple past says what became of the plan, which was carried out, late or not, so
        its day is gone by too ("but will now leave in the new year" moves it ahead, and "and was
        adjourned on Monday" gives it up)."""
        index = bisect_left(self._candidate_starts, candidate.end)
        close = self._sentence_close(candidate.end)
        if index >= len(self.candidates) or self.candidates[index].start > close:
            return self._plan_carried_out_late(candidate.end, close)
        later = self.candidates[index]
        tense = self._tense(later)
        return (
            tense.tense == "past"
            and not (tense.cue or "").lower().startswith(("had ", "'d "))
            # "and was adjourned on Monday", "but was cancelled": the plan given up, not carried out
            and _cue_verb(tense) not in _LEX.PLAN_CHANGING_VERBS
        )

    def _plan_carried_out_late(self, end: int, close: int) -> bool:
        """ "The rent had been due on 2 December but he paid late": with no time after it, a clause joined
        on in the simple past that does the planned act late says the plan's day is gone by ("but was
        cancelled late" gives it up; "but will be late" is still to come)."""
        if "late" not in self.low[end:close]:
            return False
        late = _DONE_LATE_AFTER.match(self.low, end, close)
        return late is not None and any(
            word in _past_verb_forms()
            and word not in _LEX.PLAN_CHANGING_VERBS
            and word not in _LEX.PAST_AUXILIARIES_AFTER_A_NAME
            for word in late.group("clause").split()
        )

    def _sentence_opening(self, start: int) -> int:
        """Where the sentence holding `start` opens (looking back at most `_SENTENCE_REACH`)."""
        low = max(0, start - _SENTENCE_REACH)
        return low + _last_sentence_break(self.text[low:start]) + 1

    def _tells_its_when_clause(self, expression: TimeExpression) -> bool:
        """ "The anniversary was marked this April, when crowds stood on the green at dawn on April 19": a
        past time of the writer's own year followed by a "when" clause telling what happened then is where
        the text has come to; the days in the clause fall in it."""
        return (
            self.dct is not None
            and expression.type == TimexType.DATE
            and expression.interval is not None
            and expression.interval.start.date() <= self.dct
            and expression.interval.start.year == self.dct.year
            and _WHEN_CLAUSE_AFTER.match(self.text, expression.end) is not None
        )

    def _looked_ahead_to_with_would(self, expression: TimeExpression) -> bool:
        tense = self.tense(expression.start, expression.end)
        return tense.tense == "future" and (tense.cue or "").lower().startswith("would ")

    def _in_past_plan_infinitive(self, expression: TimeExpression) -> bool:
        """Whether the expression is in the infinitive of a past verb of planning or hoping ("meant to
        be back before the rains of 1874", "hoped to finish it by 1900")."""
        tense = self.tense(expression.start, expression.end)
        cue = (tense.cue or "").lower().rsplit(" ", 1)[-1]
        return tense.tense == "future" and cue in _LEX.PAST_PLAN_VERBS

    def _opens_sentence_in_the_past(self, expression: TimeExpression) -> bool:
        """ "Last year the two leaders met three times, and in September they agreed ...": a past
        period counted from the writer's now that opens its sentence is where the text has come to,
        not an aside; the dates after it fall there. So is the writer's own week ("This week the council
        said work would begin in July"), where a history comes to its present; "Today his tomb is a
        museum" stays an aside."""
        if (
            self.dct is None
            or expression.type != TimexType.DATE
            or expression.interval is None
            or expression.interval.start.date() > self.dct
            # the writer's own week or year ("This year, after heavy rain in May, farmers ...") is where a
            # history comes to its present, as a past one is
            or (
                expression.interval.end.date() > self.dct
                and expression.granularity not in (Granularity.WEEK, Granularity.YEAR)
            )
            or expression.granularity not in _WRITERS_NOW_OPENING
        ):
            return False
        return (
            _SENTENCE_OPENS_BEFORE.search(self.text, max(0, expression.start - 4), expression.start)
            is not None
        )

    def _in_a_named_span_around_the_story(self, expression: TimeExpression) -> bool:
        """Whether a year is one end of a span of years naming an event ("the Russo-Turkish War of
        1787-1792") whose years hold the year the story is at."""
        if expression.granularity != Granularity.YEAR or self.reference is None:
            return False
        if self.low.find(" of ", max(0, expression.start - 12), expression.start) < 0:
            return False
        span = _NAMED_SPAN_OF_YEARS.search(self.text, max(0, expression.start - 60), expression.end + 8)
        while span is not None and expression.start not in (span.start(1), span.start(2)):
            span = _NAMED_SPAN_OF_YEARS.search(self.text, span.end(), expression.end + 8)
        if span is None:
            return False
        first, last = span.group(1), span.group(2)
        end = int(first[: len(first) - len(last)] + last) if len(last) < len(first) else int(last)
        return int(first) <= self.reference.day.year <= end

    def _backstory_of_a_present_story(self, expression: TimeExpression) -> bool:
        """Whether the expression dates a past-tense clause ("was killed", "had lost") while the story's
        reference time was told in the present or the future ("The novel opens in April 1942")."""
        if self._present_narration is False:
            return False  # (read once per text; most stories are told in the past)
        # the clause's own tense first: the narration's sample costs many tense readings, taken only
        # when this clause could make it matter
        tense = self.tense(expression.start, expression.end)
        if tense.tense != "past" or tense.after_past or tense.by_deadline:
            return False
        if tense.perfect and not tense.looks_back:
            return False  # "has lived there since 1950": a present perfect reaches the story's now
        return self._story_told_in_the_present()

    def _planned_in_a_present_story(self, expression: TimeExpression) -> bool:
        """Whether the expression dates what a clause of two or more words looks ahead to ("will sail",
        "is due to sail", "is to be moved") in a story told in the present; a one-word present read as
        scheduled ("The climax takes place on 16 November") is the story's own step."""
        if expression.interval is None or self.reference is None:
            return False
        if expression.interval.start.date() <= self.reference.day or self._present_narration is False:
            return False
        # the clause's own tense before the narration's sample (`_story_told_in_the_present` below), which
        # costs many tense readings
        tense = self.tense(expression.start, expression.end)
        words = (tense.cue or "").lower().split()
        if tense.tense != "future" or not words:
            return False
        if words[0] not in _LEX.WILL_AUXILIARIES and not (
            words[0] in ("is", "are")
            # "is to be moved" (the verb of "be to" is the cue), "is due to sail"; not "is set on the
            # morning of 21 June"
            and (
                len(words) == 1 or (tense.cue_end is not None and self.text.startswith(" to ", tense.cue_end))
            )
        ):
            return False
        return self._story_told_in_the_present() and not self._quoted_at(expression.start)

    def _story_told_in_the_present(self) -> bool:
        """Whether the clause that brought the story to its reference time is in the present or the
        future ("The novel opens in April 1942", "the ship is due to sail on Monday"), not a habit."""
        index = self.reference.index if self.reference is not None else -1
        if not 0 <= index < len(self.candidates) or not self._narrated_in_the_present():
            return False
        if self._present_story[0] != index:
            told = self.candidates[index]
            told_tense = self.tense(told.start, told.end)
            # a verbless stage direction or heading ("Scene 1: The inn, the afternoon.") has the
            # narration's present
            present = told_tense.tense in ("present", "future", None) and not told_tense.habitual
            self._present_story = (index, present)
        return self._present_story[1]

    def _narrated_in_the_present(self) -> bool:
        """Whether the text tells its story in the present ("In 1888 Ellen arrives in the town"), as plot
        summaries do: three present-tense clauses or more, and one for every four past ones, among the
        clauses of expressions sampled over the text (a history in the past has a present only in its lead
        and its close; a plain present read as scheduled counts as present)."""
        if self._present_narration is None:
            present = past = 0
            # a sample spread over the whole text: a lead or a close in the present is not the story
            step = max(1, len(self.candidates) // _NARRATION_SAMPLE)
            for candidate in self.candidates[::step]:
                tense = self.tense(candidate.start, candidate.end)
                if tense.tense == "past":
                    past += 1
                elif tense.habitual or tense.perfect:
                    continue
                elif tense.tense == "present" or (
                    # "In early summer she meets a student": a plain present read as scheduled
                    tense.tense == "future"
                    and (tense.cue or "").isalpha()
                    and (tense.cue or "").lower() not in _LEX.PRESENT_FUTURE_LEADS
                ):
                    present += 1
            self._present_narration = present >= 3 and present * 4 >= past
        return self._present_narration

    def _flashback_from_day(self, expression: TimeExpression, unit: str) -> bool:
        """ "On 17 October ... the Russians, who had sunk their fleet a month earlier": a coarser time in a
        past-perfect clause, wholly before the story's day, looks back from that day; the story stays
        on it for the next "eight days later" or "at 3.15 a.m." rather than landing on an invented day.
        So does a year looked back to from a month ("decided in September to cross the forest his tanks
        had crossed in 1940")."""
        ref = self.reference
        if ref is None:
            return False
        if not self.narrative and not (
            # "It began on Saturday, April 12, 1975, ... a dam the Legislature had approved two years
            # earlier": news gone back to a story's day years before its DCT looks back from it too
            ref.unit == "day" and self.dct is not None and ref.day.year < self.dct.year - 1
        ):
            return False
        # "By 1991 the reforms he had begun six years earlier had ...": a count back of the story's own
        # unit in a past-perfect clause on the subject looks behind the story's year, as a coarser time
        # looks behind a day; "had fallen eight months earlier, but ..." opens a flashback the text follows
        counted_back = (
            unit == ref.unit
            and unit != "day"
            and expression.anchor.kind == AnchorKind.EXPRESSION
            and _COUNTED_BACK.search(expression.text) is not None
            and _SUBJECT_VERB_AFTER.match(self.text, expression.end) is not None
        )
        # a day more than a year before the story's day, its year written out
        written_day_years_before = (
            unit == "day"
            and ref.unit == "day"
            and expression.interval is not None
            and (ref.day - expression.interval.end.date()).days > 366
            and _WRITTEN_YEAR.search(expression.text) is not None
        )
        # "withdraw to the line as it had stood on 7 November 1959", told on a day of 1962: a day of
        # years before, with its year, in a past-perfect clause on a noun describes the noun; the story
        # stays on its day
        described_day = (
            written_day_years_before
            and _CLAUSE_ON_A_NOUN.search(
                self.text,
                max(self._sentence_opening(expression.start), expression.start - 80),
                expression.start,
            )
            is not None
        )
        # "The train left at 6:50 p.m. on 12 March 1965. On 8 August 1963 a gang had stopped a mail train
        # the same way. At about 3 a.m. ...": a day of more than a year before the story's day, with its
        # year, opening a sentence whose verb is in the past perfect, is a glance back at an earlier
        # event; the story stays on its day
        opening_glance_day = (
            written_day_years_before
            and _OPENING_DATE_PREPOSITION.fullmatch(
                self.text, self._sentence_opening(expression.start), expression.start
            )
            is not None
        )
        # "Brusilov took over the front in March 1916. He had commanded an army in the battles of August
        # 1914": a month dated with its year more than a year before the story's month or season, in a
        # past-perfect clause, is a glance back at a career; the story stays in its month
        glanced_month = (
            unit == "month"
            and ref.unit in ("month", "season")
            and expression.anchor.kind == _ABSOLUTE_ANCHOR
            and expression.interval is not None
            and (ref.day - expression.interval.end.date()).days > _YEAR_AND_A_DAY
        )
        # "Over the same weekend it had agreed": a weekend is coarser than the day it is looked back from
        rank_unit = "weekend" if expression.value.endswith("-WE") else unit
        if (
            not counted_back
            and not described_day
            and not opening_glance_day
            and not glanced_month
            and _UNIT_RANK.get(rank_unit, 0) <= _UNIT_RANK.get(ref.unit, len(_UNIT_RANK))
        ):
            return False
        if expression.interval is None or expression.interval.end.date() > ref.day:
            return False
        tense = self.tense(expression.start, expression.end)
        if not tense.looks_back:
            return False
        if opening_glance_day and (
            # the past-perfect verb after the date, in its sentence, is the sentence's own
            tense.cue_end is None
            or tense.cue_end < expression.end
            or not self._in_one_sentence(expression.end, tense.cue_end)
        ):
            return False
        if ref.unit == "day":
            return True
        if (
            glanced_month
            and tense.cue_end is not None
            and tense.cue_end <= expression.start
            and self._in_one_sentence(tense.cue_end, expression.start)
        ):
            return True
        if expression.anchor.kind == AnchorKind.EXPRESSION and _COUNTED_BACK.search(expression.text):
            # "had been without a king since a revolution two years earlier": a count back from the
            # story's month or season is a glance behind it; the story goes on where it was
            return True
        # from a month, only the time the past-perfect verb itself dates ("had crossed in 1940"), not
        # a year later in its sentence ("had drawn the line, but after the revolution of 1979 ...")
        if tense.cue_end is None or tense.cue_end > expression.start:
            return False
        between = [word.lower() for word in self.text[tense.cue_end : expression.start].split()]
        # "had crossed in 1940", "had been pulled down in 1820": the verb, its particle, a preposition
        return len(between) == 0 or (
            len(between) <= 2
            and between[-1] in _LEX.DATE_PREPOSITIONS
            and set(between[:-1]) <= _LEX.VERB_PARTICLES
        )

    def _is_current_quarter(self, expression: TimeExpression) -> bool:
        """Whether a quarter can be the one a report is about: it ends at most half a year before the DCT."""
        if self.dct is None or expression.interval is None:
            return True
        return (
            self.dct - expression.interval.end.date()
        ).days <= 183 and expression.interval.start.date() <= self.dct

    def _last_completed_quarter(self, day: date) -> str:
        year, quarter = day.year, (day.month - 1) // 3
        if quarter == 0:
            year, quarter = year - 1, 4
        return f"{year:04d}-Q{quarter}"

    # ------------------------------------------------------------------ kinds
    def _fixed(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        spec = candidate.spec
        assert spec.value is not None
        if spec.decade_digit is not None:
            decade = self._decade_by_reference(spec.decade_digit)
            if decade is not None:
                return decade
        if spec.type == "TIME" and spec.value.startswith("XXXX-XX-XXT") and spec.value[11:13].isdigit():
            # "each evening, at six o'clock and half past eight": a clock time of every day read whole is a
            # habit's, which a bare clock time told after it goes on from
            self.habitual_clock_end, self.habitual_clock_pod = candidate.end, spec.value[11:]
        return spec.value, _ABSOLUTE, spec.note, []

    def _year_of_two_digits(self, digits: int, ahead: int = 0) -> tuple[int, Anchor, str] | None:
        """ "the spring of 66", "on 1 July 69,": the year with those last digits at or before the DCT
        (or up to `ahead` years after it), or in a story the one nearest its reference time (AD 66 in a
        story of AD 6, 1968 in one of 1941)."""
        era = self._story_before_christ()
        if era is not None:
            if abs(era.year + digits) <= _ERA_LEFT_UNSAID_YEARS:
                # "Caesar held Egypt through the winter of 48 BC ... in the spring of 47": the era is
                # left unsaid once the story is plainly before Christ
                return -digits, era.anchor, f"a year of two digits in a story of {era.value}: {digits} BC"
            return digits, era.anchor, f"a year of two digits in a story of {era.value}: AD {digits}"
        choice = self._anchor_for("dct")
        if choice is None or choice.day is None:
            return None
        year = choice.day.year
        nearest = year - year % 100 + digits
        if choice.anchor.kind == AnchorKind.DCT:
            if nearest + 100 <= year + ahead:
                nearest += 100
            elif nearest > year + ahead:
                nearest -= 100
            why = (
                f"a clipped year: the last such year up to {ahead} year{'s' if ahead > 1 else ''} after {choice.label}"
                if ahead
                else f"a year of two digits: the last such year at or before {choice.label}"
            )
        else:
            options = [start for start in (nearest - 100, nearest, nearest + 100) if start > 0]
            nearest = min(options, key=lambda start: abs(start - year))
            why = f"a year of two digits: the one nearest {choice.label}"
        return nearest, choice.anchor, why

    def _decade_by_reference(self, digit: int) -> tuple[str, Anchor, str, list[str]] | None:
        """ "the '20s": the last decade with that digit at or before the DCT (the 1920s in a 1998
        text), or in a story the one nearest its reference time (the 1840s in a story of 1835)."""
        choice = self._anchor_for("dct")
        if choice is None or choice.day is None or choice.day.year < 100:
            return None
        year = choice.day.year
        first = year - year % 100 + digit * 10
        if choice.anchor.kind == AnchorKind.DCT:
            if first > year:
                first -= 100
            why = f"the '{digit}0s: the last such decade at or before {choice.label}"
        else:
            first = min((first - 100, first, first + 100), key=lambda start: abs(start + 5 - year))
            why = f"the '{digit}0s: the one nearest {choice.label}"
        return f"{first // 10:03d}", choice.anchor, why, []

    def _calendar(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        resolved = self._calendar_unbounded(candidate)
        until_start = self._until_start(candidate)
        if until_start is None:
            return resolved
        named = _YEAR_MONTH_DAY.match(resolved[0])
        month, day = _month_day_of(candidate.spec)
        if named is None or (int(named[1]), int(named[2]), int(named[3] or 31)) >= (
            until_start.day.year,
            until_start.day.month,
            until_start.day.day,
        ):
            return resolved
        # "failed in December 2011 and was not repaired until 10 April": what runs on until a month or a
        # day ends after the date its sentence ran on from, whatever the tense or the sentence's year says
        year = cal.year_for(until_start.day, month, day, 1, strict=True)
        anchor = _anchor_at(until_start)
        why = f"no year given; 'until' it, on from {until_start.value} earlier in the sentence"
        return _calendar_value(candidate.spec, year), anchor, why, resolved[3]

    def _calendar_unbounded(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        spec = candidate.spec
        warnings: list[str] = []
        if spec.short_year is not None and spec.year is None and spec.unit is None:
            short = self._year_of_two_digits(spec.short_year)
            if short is not None:
                return _calendar_value(spec, short[0]), short[1], short[2], warnings
        if spec.year is not None and spec.unit is None:
            written = self.text[candidate.start : candidate.end]
            clipped = _CLIPPED_YEAR.search(written) if _CLIPPED_YEAR_MARKS & set(written) else None
            if clipped is not None and int(clipped[1]) == spec.year % 100:
                # "In '47" after "the autumn of 1846", "the class of '52" in a text of 2020: the apostrophe
                # leaves the century to the story's time, or to the DCT's (a clipped year may look a
                # decade ahead: "by '29" in 2020; a clause told in the past looks at most one year ahead,
                # as fiscal and school years are named by the year they end in: "won the cup in '28" in 2020
                # is 1928, "results for fiscal '23 were weak" in 2022 is 2023)
                past = self._tense(candidate).tense == "past"
                ahead = _CLIPPED_YEAR_AHEAD_IN_PAST if past else _CLIPPED_YEAR_AHEAD
                short = self._year_of_two_digits(spec.year % 100, ahead=ahead)
                if short is not None:
                    return _calendar_value(spec, short[0]), short[1], short[2], warnings
            era = self._story_before_christ() if 100 <= spec.year < 1000 else None
            if (
                era is not None
                and abs(era.year + spec.year) <= _ERA_LEFT_UNSAID_YEARS
                and _ERA_WORD.search(self.text, candidate.start, candidate.end) is None
            ):
                # "Syracuse fell in 212 BC ... In 209 he took New Carthage": a story in the years
                # before Christ drops the era once it is plain
                why = f"a year without its era in a story of {era.value}: {spec.year} BC"
                return _calendar_value(spec, -spec.year), era.anchor, why, warnings
            return _calendar_value(spec, spec.year), _ABSOLUTE, spec.note or "fully specified", warnings
        if (
            spec.month is None
            and spec.season is None
            and spec.quarter is None
            and spec.half is None
            and spec.day is not None
        ):
            return self._day_of_month(candidate)
        timeline = self._timeline_entry(candidate) if spec.amount is None and spec.unit is None else None
        if timeline is not None and (timeline[1] or not self._dateline_entry(timeline[0])):
            dated = self._timeline_calendar(candidate, *timeline)
            if dated is not None:
                return dated
        heading_month = (
            self._month_heading_of(candidate) if timeline is None and spec.month is not None else None
        )
        if heading_month is not None:
            anchor = _anchor_at(heading_month)
            why = f"no year given; the year of its section's heading {heading_month.value} (expression #{heading_month.index})"
            return _calendar_value(spec, heading_month.day.year), anchor, why, warnings
        if self._yearly_occasion(candidate):
            why = "no year given; a day kept every year as an occasion ('marks 15 February as a day of ...')"
            return _calendar_value(spec, None), _UNANCHORED, why, warnings
        repeated = self._day_dated_before(candidate)
        if repeated is not None:
            anchor = _anchor_at(repeated)
            why = f"no year given; the day {repeated.value} the text has already dated"
            return _calendar_value(spec, repeated.day.year), anchor, why, warnings
        beside = self._day_restated_beside(candidate)
        if beside is not None:
            # "on Easter Sunday, March 23": a date set beside the day just named restates that day
            anchor = _anchor_at(beside)
            why = f"no year given; it restates the day just named, {beside.value}"
            return _calendar_value(spec, beside.day.year), anchor, why, warnings
        same_month = self._same_month_named_before(candidate)
        if same_month is not None:
            anchor = _anchor_at(same_month)
            where = (
                "earlier in the sentence"
                if self._in_one_sentence(same_month.end, candidate.start)
                else "in the sentence before"
            )
            why = f"no year given; a day of the month {same_month.value[:7]} named {where}"
            return _calendar_value(spec, same_month.day.year), anchor, why, warnings
        following = self._month_following_a_dated_month(candidate)
        if following is not None:
            anchor = _anchor_at(following)
            year = following.day.year + (1 if (spec.month or 0) < following.day.month else 0)
            why = f"no year given; joined by 'and' to {following.value}, so the first such month after it"
            return _calendar_value(spec, year), anchor, why, warnings
        glanced = self._year_glanced_back_to(candidate)
        if glanced is not None:
            self.glanced_date_at = candidate.start
            anchor = _anchor_at(glanced)
            why = f"no year given; the year {glanced.value} this sentence looks back to (past perfect)"
            return _calendar_value(spec, glanced.day.year), anchor, why, warnings
        framing = self._framing_year(candidate)
        # "In March 2023 the mayor said the bridge would reopen in December": a future seen from the month
        # the sentence opened on is counted from that month, not from the writer's day (from a whole year,
        # "Last year he said he would return on 12 November", the date may lie in either year: left to the
        # writer's future)
        foretold_in_past = (
            framing is not None
            and framing.unit != "year"
            and (foretold_cue := (self._tense(candidate).cue or "").lower()).startswith("would ")
            # "she said she would have stepped down in March had the board agreed": what might have been
            # looks back from the saying, not ahead
            and not foretold_cue.startswith("would have ")
        )
        if (
            framing is not None
            and self.dct is not None
            and framing.day.year < self.dct.year
            and not foretold_in_past
            and self._tense(candidate).tense == "future"
        ):
            # "Last year the guideline was updated, and an audit will report in the autumn": what the
            # clause foretells lies ahead of the writer, not in the past year the sentence opened on
            framing = None
        if framing is not None and spec.amount is None and spec.unit is None:
            anchor = _anchor_at(framing)
            why = f"no year given; the year {framing.day.year} that opens the sentence"
            said_on = (framing.day.month, framing.day.day if framing.unit == "day" else 1)
            if foretold_in_past and (spec.month or 13, spec.day or 32) < said_on:
                # "In November 2023 she said she would return in March": the first March after the saying
                why = (
                    f"no year given; the first one after {framing.value}, which opens the sentence ('would')"
                )
                return _calendar_value(spec, framing.day.year + 1), anchor, why, warnings
            return _calendar_value(spec, framing.day.year), anchor, why, warnings
        writers = self._writers_year_in_sentence(candidate)
        if writers is not None:
            anchor = _anchor_at(writers)
            why = f"no year given; the writer's year {writers.value} named earlier in the sentence"
            return _calendar_value(spec, writers.day.year), anchor, why, warnings
        writers_later = self._writers_time_later_in_sentence(candidate)
        if writers_later is not None:
            why = "no year given; the writer's own time named later in its sentence ('reopens next month')"
            now = _anchor(kind=AnchorKind.DCT, value=self.dct.isoformat()) if self.dct else _UNANCHORED
            return _calendar_value(spec, writers_later), now, why, warnings
        told = (
            self._year_of_when_clause(candidate) or self._year_of_which_clause(candidate)
            if spec.amount is None and spec.unit is None
            else None
        )
        if told is not None:
            anchor = _anchor_at(told)
            clause = "when" if _WHEN_AFTER_YEAR.match(self.low, told.end) else "which"
            why = f"no year given; in a '{clause}' clause on the year {told.value} just named"
            return _calendar_value(spec, told.day.year), anchor, why, warnings
        event = self._year_of_event_subject(candidate) if spec.amount is None and spec.unit is None else None
        if event is not None:
            why = f"no year given; in a sentence on an event named by its year, {event.value}"
            return _calendar_value(spec, event.day.year), _anchor_at(event), why, warnings
        recounted = self._recounted_year(candidate)
        if recounted is not None:
            return recounted
        if self._movable_day_falls(candidate):
            why = "no year given; where a movable day can or usually falls, so that date of every year"
            return _calendar_value(spec, None), _UNANCHORED, why, warnings
        if self._habitual_month(candidate):
            self.habitual_month_end = candidate.end
            why = "no year given; a present-tense clause of what recurs, so the month of every year"
            return _calendar_value(spec, None), _UNANCHORED, why, warnings
        base = spec.base
        writers_unknown = self._writers_unknown(candidate, base, warnings)
        if writers_unknown is not None:
            return writers_unknown
        if (
            0 <= self.writers_unknown_end < candidate.start
            and spec.amount is None
            and spec.unit is None
            and self._in_one_sentence(self.writers_unknown_end, candidate.start)
        ):
            # "last year they were gone by March", with no DCT: the month of that unknown year
            why = "no year given; in the sentence of a year of the writer's unknown now"
            return _calendar_value(spec, None), _UNANCHORED, why, warnings
        era = self._story_before_christ()
        if era is not None and spec.amount is None and spec.unit is None:
            # "In 49 BC ... in January": the story's year, before AD 1
            why = f"no year given; the year of the reference time {era.value} (expression #{era.index})"
            year = era.year
            if spec.season == "WI" and len(era.value) == 6 and self._tense(candidate).looks_back:
                # "The consuls elected for 216 ... Hannibal had spent the winter at Gerunium": a winter
                # looked back to from a year is the one that opened it, 217-216 BC
                year = _add_years(era.year, -1)
            era_season = era.value[-2:] if _BC_SEASON_VALUE.fullmatch(era.value) else None
            # a yearless month, or a season other than winter (whose name already counts from December)
            month_named = spec.month is not None and spec.season is None
            turns = (month_named and _BC_MONTH_PREFIX.match(era.value) is not None) or (
                (month_named or spec.season in ("SP", "SU", "FA"))
                and (era_season is not None or _BC_MONTH_PREFIX.match(era.value) is not None)
                # "the army that had set out in the spring": a past perfect looks back within the year
                and not self._tense(candidate).looks_back
            )
            if turns:
                # "named in December 49 BC ... took office on 1 January": a story moving on turns the
                # year as it does after AD 1 (the year is carried by whole Gregorian cycles to count);
                # "spent that winter in the Po valley ... On 21 June": from a season, counted from its
                # first month, a winter being named by the year of its December
                proxy_year = era.year + 1 + _GREGORIAN_CYCLES
                if era_season is not None:
                    reference = cal.season_start(proxy_year, era_season)
                else:
                    reference = date(proxy_year, int(era.value[7:9]), int(era.value[10:12] or 1))
                month, day = _month_day_of(spec)
                turned = _story_year(reference, month, day, 1, self._in_relative_clause(candidate.start))
                if turned != proxy_year:
                    year = _add_years(era.year, turned - proxy_year)
                    why = f"no year given; the year after that of the reference time {era.value} (expression #{era.index}), which the story has moved on from"
            return _calendar_value(spec, year), era.anchor, why, warnings
        if era is not None and spec.unit is None and spec.amount is not None and base == "ref":
            # "when the town fell that winter", "the following spring" in a story of 219 BC
            year = _add_years(era.year, spec.amount)
            why = f"{spec.note}: the year {spec.amount:+d} from the reference time {era.value} (expression #{era.index})"
            return _calendar_value(spec, year), era.anchor, why, warnings
        choice = self._anchor_for(base, "year" if spec.day is None else "month")
        since_now = self._since_then_up_to_now(candidate)
        if self._deictic_period_in_story(candidate) or since_now:
            choice = self._dct_anchor() or choice
        elif (
            self._undated_story_future(candidate) or self._undated_writers_this(candidate)
        ) and not self._weekday_fits_reference_year(spec):
            # "Fixture card, season 2024 ... The AGM will be held on Friday 8 March": a weekday that the day
            # falls on in the year the text is in places it in that year, future or not
            choice = None
        far_story = (
            self._far_story_day_in_news(candidate, coarse=True)
            if spec.amount is None
            and spec.unit is None
            and choice is not None
            and choice.anchor.kind == _DCT_ANCHOR
            and not since_now  # "who has been in prison since July": up to the writer's now
            else None
        )
        if far_story is not None:
            # "found a lifebuoy on Sunday, Nov. 25 ... On Thanksgiving Day": a date without a year told
            # on from a day of a story years back is in that story's year
            choice = self._choice_of(far_story)
        elif choice is not None and choice.anchor.kind == _DCT_ANCHOR and not since_now:
            stale = self._story_time_of_a_stale_date(candidate)
            if stale is not None:
                # "drowned in a quarry 41 years ago. He was last seen on 9 August": news names the year
                # of a past date more than half a year old, so a bare one told in the past right after a
                # story years back, or beside a day of it, is that story's
                far_story, choice = stale, self._choice_of(stale)
        if choice is None or choice.day is None:
            warnings.append("no DCT or earlier date to take the year from: left underspecified")
            return (
                _calendar_value(spec, None),
                _UNANCHORED,
                "no year given and nothing to anchor it",
                warnings,
            )
        if (glanced := self._glanced_month_counted_on(candidate)) is not None:
            # "He had commanded an army in the battles of August 1914 and the following winter": a season
            # counted on in the sentence of a past-perfect glance back counts from the month glanced to
            choice = self._choice_of(glanced)
        elif (
            spec.amount == 1
            and not self.narrative
            and choice.anchor.kind == _EXPRESSION_ANCHOR
            and self.dct is not None
            and choice.day is not None
            and choice.day.year < self.dct.year
            and "next" in self.low[candidate.start : candidate.end]
            and (planned := self._tense(candidate)).tense in ("present", "future")
            and not planned.after_past
            and not _plan_seen_from_the_past(planned)
            and not self._quoted(candidate)
            # "In 2018 the firm told investors it expects to open a plant the next summer": a present
            # reported after a verb of saying is the speaker's, seen from the year told
            and _REPORTING_WORD.search(self.low, self._sentence_opening(candidate.start), candidate.start)
            is None
        ):
            # "The club opened its stand in March 2019. It hopes to open the stadium the next winter": what
            # the writer's present or future looks to is the next one after the time of writing
            choice = self._dct_anchor() or choice
        elif (
            self.narrative
            and self.dct is not None
            and candidate.rule == "month_relative_year"
            and choice.anchor.kind == _EXPRESSION_ANCHOR
            and not self._quoted(candidate)
            and not self._future_seen_from_the_past(candidate)
        ):
            # "Boats returned in 2012 ... the aqueduct will open in May next year": a month of "last",
            # "this" or "next" year counts from the time of writing, as "next year" alone does in a
            # story with a DCT (quoted speech keeps the speaker's year)
            choice = self._dct_anchor() or choice
        anchor_day = choice.day
        assert anchor_day is not None
        if spec.unit == "year" and spec.amount is not None:
            # "the third quarter of last year", "the year-ago quarter"
            year = anchor_day.year + spec.amount
            return (
                _calendar_value(spec, year),
                choice.anchor,
                f"{spec.note}, of the year {spec.amount:+d} from {choice.label}",
                warnings,
            )
        if spec.amount is not None and (
            self._story_in_a_year(choice)
            # "missed the 2019 World Cup, but returned the following summer": in news too, a season
            # or month counted on from a whole year lies in the next year; "It was 1917 ... That
            # winter" is that year's
            or (
                (spec.amount != 0 or self.low.startswith("that ", candidate.start))
                and self._story_in_a_year(choice, any_kind=True)
            )
        ):
            # "In 1836 ... the following spring": the spring of the year after the one the story is in
            year = anchor_day.year + spec.amount
            if spec.season in _LEX.SEASONS_NAMED_BY_THEIR_START and spec.amount > 0:
                # "In 1636 ... The following winter": the first winter after a year begins in its
                # December, and a winter is named by the year of its December
                year -= 1
            why = f"'{'that' if spec.amount == 0 else 'the following' if spec.amount > 0 else 'the previous'}' one, in the year {spec.amount:+d} from {choice.label}"
            return _calendar_value(spec, year), choice.anchor, why, warnings
        if spec.amount is not None:
            anaphoric = self.text[candidate.start : candidate.start + 5].lower() == "that "
            first = anaphoric and _THAT_FIRST.match(self.text, candidate.start) is not None
            # "through the winter ... because they had not sown their fields that spring": a past perfect
            # looks back to the spring before the winter, not on to the one that ends it (and to the
            # autumn before a January: "The talks opened on 9 January. The king had fallen ill that
            # autumn"); a plan's infinitive ("had hoped to sail that summer") looks ahead from it
            tense = self.tense(candidate.start, candidate.end)
            looked_back = (
                anaphoric
                and spec.season is not None
                and spec.amount == 0
                and tense.looks_back
                and not self._past_plan_before_infinitive(tense)
            )
            # "SYDNEY - ... last winter", said in January: the southern winter is the northern summer's
            # months, so the year is the one the opposite season would have, the code kept
            opposite = (
                _LEX.OPPOSITE_SEASONS[spec.season]
                if spec.season is not None
                and not anaphoric
                and choice.anchor.kind == _DCT_ANCHOR
                and self._told_in_the_south(candidate)
                else None
            )
            year, why = _year_by_determiner(
                replace(spec, season=opposite) if opposite is not None else spec,
                anchor_day,
                anaphoric=anaphoric,
                first=first,
                looked_back=looked_back,
            )
            if opposite is not None and spec.season is not None:
                why = f"{why.replace(opposite, spec.season)} (a southern season)"
            if (
                anaphoric
                and spec.season in _LEX.SEASONS_AFTER_A_SOUTHERN_SUMMER
                and self._after_a_southern_summer(choice)
            ):
                # "Through the summer of 1851-52 Melbourne emptied ... That winter (June)": a summer written
                # over two years is a southern one, and the autumn and winter after it are its second year's
                year, why = year + 1, f"'that' {spec.season}, after a summer over a year's end"
            return _calendar_value(spec, year), choice.anchor, f"{why} relative to {choice.label}", warnings
        range_start = self._range_start(candidate)
        if range_start is not None:
            # "between May and July", "from March 3 to April 5": the end follows the start
            month, day = _month_day_of(spec)
            if spec.season == "WI":
                month = 12  # "the autumn and winter": a winter is named by the year of its December
            # "for ten months, from February to December": never before the start, however far ahead
            # "for ten months, from February to December": never before the start, however far ahead
            year = cal.year_for(range_start.day, month, day, 1, strict=range_start.unit != "day")
            anchor = _anchor_at(range_start)
            return (
                _calendar_value(spec, year),
                anchor,
                f"the end of a range that starts at {range_start.value}",
                warnings,
            )
        if (
            self.fiscal_opening is not None
            and self.fiscal_opening[0] == candidate.start
            and spec.month is not None
            and spec.day is not None
        ):
            # "for the fiscal year beginning Oct. 1", said in February: the day that opens the year of
            # account just named, whatever the tense of the budget's proposal
            why = "no year given; the opening day of the fiscal year just named"
            return _calendar_value(spec, self.fiscal_opening[1]), choice.anchor, why, warnings
        held = self._year_held_in_news(candidate)
        if held is not None and self.dct is not None and held.day.year < self.dct.year:
            held_tense = self._tense(candidate)
            if (
                held_tense.tense in ("present", "future")
                and (held_tense.cue or "").lower().partition(" ")[0] not in _LEX.SUBJECT_PAST_AUXILIARIES
                and not _plan_seen_from_the_past(held_tense)
            ):
                # "In 2018 we took a five-year fix. The fixed term ends in June": a present or future
                # clause has come back from the past year to the writer's time ("said they would close it
                # in March", "planned to shut it in May" are a future seen from that year)
                held = None
        if held is not None:
            self.year_held = (held, candidate.end)
            anchor = _anchor_at(held)
            why = f"no year given; the year {held.value} the paragraph has just told of (expression #{held.index})"
            return _calendar_value(spec, held.day.year), anchor, why, warnings
        tense = (
            self._tense(candidate)
            if not self.narrative or choice.anchor.kind == _DCT_ANCHOR
            else ClauseTense(None, None)
        )
        cue_words = (tense.cue or "").lower().split()
        if (
            tense.tense == "past"
            and cue_words
            and cue_words[-1] in _LEX.EXPECTATION_VERBS
            and not self._dates_the_verb(tense, candidate)
        ):
            # "she did not expect a recovery before the fourth quarter": what was expected lies ahead
            tense = ClauseTense("future", tense.cue, tense.cue_end)
        elif (
            tense.tense == "past"
            and cue_words[:1] in (["have"], ["has"])
            and tense.cue_end is not None
            and _FUTURE_THEN_WHETHER.search(self.low, max(0, tense.cue_end - 90), tense.cue_end) is not None
        ):
            # "will hear whether they have been successful by the end of July": a present perfect asked
            # about under a future verb is done by a time still ahead (a future perfect's sense)
            tense = ClauseTense("future", tense.cue, tense.cue_end)
        elif tense.tense == "past" and not tense.perfect and _AT_THE_LATEST.match(self.text, candidate.end):
            # "said hospitals needed a plan by the summer at the latest": a deadline set ahead of the
            # statement, whose past tense is the report's
            tense = ClauseTense("future", tense.cue, tense.cue_end)
        elif (
            choice.anchor.kind == _DCT_ANCHOR
            and spec.day is None
            and (
                (
                    # "for May delivery", not "its May deliveries fell": the trade's "for" before the month
                    _FOR_BEFORE.search(self.low, max(0, candidate.start - 8), candidate.start) is not None
                    and (noun_after := _NEXT_WORD_AFTER.match(self.low, candidate.end)) is not None
                    and noun_after[1] in _LEX.DELIVERY_MONTH_NOUNS
                )
                # "... for May delivery, and at 24.65 for July": the noun left out of the months after it
                or _DELIVERY_MONTH_BEFORE.search(self.low, max(0, candidate.start - 90), candidate.start)
                is not None
                # "May corn gained 2 cents", "the March wheat contract": the month of a contract traded
                or self._contract_month(candidate)
            )
        ):
            # "cotton was quoted at 25.10 for May delivery": goods bought or sold for a month's delivery
            # are delivered in that month still ahead (or this one), whatever the tense of the trade
            tense = ClauseTense("future", _DELIVERY_CUE, None)
        elif (
            # "bookings down 3%": "down" may read as a verb, but a change's adverb is no present
            (tense.tense is None or (tense.cue or "").lower() in _LEX.CHANGE_BY_ADVERBS)
            # "Sales up 9 per cent in the first quarter": a quarter's change, as a month's
            and (spec.month is not None or spec.quarter is not None)
            and spec.day is None
            and self.low.endswith(" in ", 0, candidate.start)
            and (
                change := _VERBLESS_CHANGE_BEFORE.search(
                    self.low, max(0, candidate.start - 40), candidate.start
                )
            )
            is not None
        ):
            # "Sales up 4 per cent in March", a headline's change with its size: figures measured, told
            # as the past they report (a quarter with a month or more to run is then last year's)
            tense = ClauseTense("past", change[1], change.end(1))
        elif tense.tense != "past" and self._data_of_a_closed_month(candidate, anchor_day):
            # "Investors will look to April retail sales figures": figures for a month come out after it
            # has closed, whatever the tense of the wait for them
            tense = ClauseTense("past", "figures of a month closed", None)
        direction = tense.direction
        # "their biggest fall since August", "the first decline since April": a time reached back to
        since = self._after_since(candidate.start)
        if since and not self.narrative:
            tense, direction = ClauseTense("past", "since", None), -1
        month, day = _month_day_of(spec)
        writers_future = self._writers_future(candidate)
        if writers_future is not None:
            # "... voters approved a new charter, whose drafters are to be chosen in April": a story's
            # present-tense plan is the writer's, counted on from the time of writing
            choice, anchor_day = writers_future, writers_future.day or anchor_day
            opening_end, opening_day = self.writers_future_end
            closes_range = 0 <= opening_end < candidate.start and (
                _RANGE_LINK.fullmatch(self.text, opening_end, candidate.start) is not None
            )
            if closes_range:
                # "It will be open from March to November": the close of a range ahead is not before its
                # opening
                anchor_day = opening_day
            year = cal.year_for(anchor_day, month, day, 1, strict=True)
            if spec.season == "WI":
                year -= 1  # the winter whose January that is, named by the year of its December
            why = f"no year given; a plan in the writer's present tense, so the next one after {choice.label}"
            if closes_range:
                why = f"no year given; the close of a range ahead that opens on {opening_day.isoformat()}"
            if month is not None:
                self.writers_future_end = (candidate.end, date(year, month, day or 1))
        elif (self.narrative or far_story is not None) and choice.anchor.kind == _EXPRESSION_ANCHOR:
            lead = self._lead_after_look_back(candidate.start)
            if lead is not None and month is not None:
                # "struck on 12 January 2010. / Background / ... warned in 2008 ... / The earthquake /
                # ... by 24 January": a new section after a look back takes up the lead's story again
                choice = self._choice_of(lead)
                # the nearest such day: a section may go back before the lead's day to tell how it came
                year = cal.year_for(lead.day, month, day, None)
                why = f"no year given; a new section goes on from the story's lead date, {choice.label}"
            elif (
                self.reference is not None
                and self.reference.unit == "year"
                and month is not None
                and day is not None
                and (story_day := self._story_resumed_after_glance_back(month, day, candidate)) is not None
            ):
                choice, year = self._choice_of(story_day), story_day.day.year
                why = (
                    f"no year given; the year of {choice.label}, the story's day before a count of years back"
                )
            elif self.reference is not None and self.reference.unit in ("year", "half"):
                year = anchor_day.year  # "In 1938 ... by December": the year the story is in
                why = f"no year given; the year of {choice.label}"
                if (
                    (
                        (month is not None and month >= _LEX.ACADEMIC_YEAR_FIRST_MONTH)
                        or spec.season in ("FA", "WI")
                    )
                    and self.reference.index == self.academic_year_index
                    and anchor_day.year == self.reference.day.year
                ):
                    # "for the academic year 1931-32. He sailed in mid-September": the year opens in the
                    # autumn of its first year, so its autumn months are that year's (and its winter, named by
                    # the year of its December)
                    year -= 1
                    why = f"no year given; the autumn opening the academic year {choice.label}"
                    self.academic_autumn_start = candidate.start
                if (
                    self.dct is not None
                    and month is not None
                    and (year, month) > (self.dct.year, self.dct.month)
                    and _SINCE_EVENT_BEFORE.search(self.text, max(0, candidate.start - 48), candidate.start)
                ):
                    # "This year's is the first since the election in November": what a "since" reaches
                    # back to lies before the time of writing, so the last such month
                    year = cal.year_for(self.dct, month, day, -1, strict=True)
                    why = (
                        f"no year given; after 'since', so the last one before the DCT {self.dct.isoformat()}"
                    )
                if spec.season == "WI" and self._tense(candidate).looks_back:
                    # "In 1216 the consuls were given eight legions. The enemy had spent the winter at
                    # Gerunium": a winter looked back to from a year is the one that opened it
                    year -= 1
                    why = f"no year given; a past perfect looks back from {choice.label} to the winter opening it"
                if month is not None and month < 12 and self._plan_made_at_a_years_end(candidate):
                    # "By the end of 1890 he had finished it, and he planned to show it in the spring":
                    # what a plan made as a year closes looks to is in the year after
                    year += 1
                    why = f"no year given; a plan made at the end of {choice.label}, so the next one"
            else:
                # a story stays in the year of its reference time; it moves forward over a year's
                # end, or back over it when a past perfect looks back
                clause_tense = self._tense(candidate)
                # "once peace had been agreed in October the army crossed": a past perfect in a clause of
                # time puts its act before the main clause's, which goes on with the story, not back
                # "had agreed to help him on 25 July", told in October: an agreement in the past perfect
                # lies behind the story, and so may the act it looked to
                perfect_plan = clause_tense.after_past and (clause_tense.cue or "").lower().startswith("had ")
                flashback = (
                    (clause_tense.looks_back and not self._in_clause_of_time(clause_tense))
                    or self._in_participle_aside_of_past_perfect(clause_tense, candidate)
                    or perfect_plan
                ) and not self._flashback_dated_before(clause_tense, candidate)
                step = -1 if flashback else 1
                background = self._in_relative_clause(candidate.start)
                # "on a contract that allowed him to leave in January", "agreed in June to sell in May":
                # the act a past permission or agreement looks to comes after it
                ahead = (
                    (clause_tense.after_past and not perfect_plan)
                    or self._after_passive_infinitive(candidate.start)
                    # "the council set a new election for February": a past verb of arranging looks ahead
                    or self._arranged_by_a_past_verb(clause_tense)
                    # "In the winter he knew the Americans would tip the balance by the summer": a deadline
                    # in a future seen from the story's past lies ahead of the story's time
                    or (
                        clause_tense.tense == "future"
                        and (clause_tense.cue or "").lower().startswith("would ")
                        and self.low.endswith(" by ", 0, candidate.start)
                    )
                )
                year = _story_year(anchor_day, month, day, step, background, ahead=ahead)
                if (
                    flashback
                    and month is not None
                    and _PLAN_TARGET_BEFORE.search(self.text, max(0, candidate.start - 24), candidate.start)
                ):
                    # "Horizon 6 had been planned for November, but the first landing let them bring it
                    # forward": the time an earlier plan named lies near the story's, brought forward or put off
                    year = cal.year_for(anchor_day, month, day, None)
                # "reached it on 11 January for the first time since October": a month after the
                # story's day within its year lies ahead of that day, and a "since" reaches back too
                # (from a month, "bought in June ... had been run from Leeds since July 4" goes on)
                since_back = (
                    month is not None
                    and (
                        year > anchor_day.year
                        or (
                            year == anchor_day.year
                            and (month, day or 1) > (anchor_day.month, anchor_day.day)
                            and self.reference is not None
                            and self.reference.unit == "day"
                            # "opened on 4 March 1990 ... has been closed since June": a present perfect
                            # reaches the writer's now, not back from the story's day
                            and not _written_present_perfect(clause_tense)
                        )
                    )
                    and self._after_since(candidate.start)
                )
                # "sent ashore in July ... in November they demanded the release of the men of July": a
                # month the story has told, named as what a group or an event belongs to, is that one
                told_back = (
                    not since_back
                    and day is None
                    and year > anchor_day.year
                    and (year - 1, month) in self.months_told
                    and THE_NOUN_OF.search(self.low, max(0, candidate.start - 20), candidate.start)
                    is not None
                )
                if since_back or told_back:
                    # "Jaruzelski, prime minister since February, became party leader in October": what has
                    # held since a month began by the story's time, so the last such month, not the next
                    year = cal.year_for(anchor_day, month, day, -1, strict=True)
                academic_close = (
                    not flashback
                    and month is not None
                    and month < _LEX.ACADEMIC_YEAR_FIRST_MONTH
                    and year == anchor_day.year
                    and self.reference is not None
                    and self.reference.index == self.academic_autumn_index
                )
                if academic_close:
                    # "for the academic year 1931-32. He sailed in mid-September and returned in June": after
                    # the autumn that opens an academic year, its later months are those of its second year
                    year += 1
                if (
                    year != anchor_day.year
                    and not background
                    and self.reference is not None
                    and _SECTION_HEADING.search(self.text, self.reference.end, candidate.start) is not None
                    # "Background / ... in the autumn of 1635 ... / The first deaths / ... in early May": the
                    # section after a background goes on to the story it led up to (a past perfect or a
                    # "since" still looks back from there)
                    and not (year > anchor_day.year and self._in_background_section(self.reference.end))
                ):
                    # "It was abandoned three months later. / Effect in the United States / ... On 27
                    # February": a new section takes up its own thread, from the nearest year, not onward
                    background = True
                    year = _story_year(anchor_day, month, day, step, background, ahead=ahead)
                if (
                    year != anchor_day.year
                    # "The blight of 1846 / ... by December, and by the spring": a story that has reached
                    # the December of its heading's year goes on into the next year's seasons (a day dated
                    # after a December that opens the section may still be the heading year's, and a
                    # winter's December is where the season is named, not where the story is)
                    and not (
                        spec.season in ("SP", "SU", "FA")
                        and year > anchor_day.year
                        and anchor_day.month == 12
                        and self.reference is not None
                        and self.reference.unit in ("day", "month")
                    )
                    and self._section_heading_years(candidate.start) == {anchor_day.year}
                ):
                    # "The campaigns of 1846 / ... surrendered on 24 September. / In the West, a column left
                    # in late June": a section headed by its one year tells that year's threads in turn
                    year = anchor_day.year
                if ahead and year != _story_year(anchor_day, month, day, step, background):
                    self.plan_ahead_end = candidate.end
                resumed = (
                    self._story_resumed_after_glance_ahead(month, day) if year > anchor_day.year else None
                )
                if resumed is None and month is not None and day is not None and not flashback:
                    resumed = self._story_resumed_after_counted_glance(month, day, year)
                if resumed is not None:
                    year, choice = resumed.day.year, self._choice_of(resumed)
                past_time_of_writing = (
                    self.dct is not None
                    and month is not None
                    and year >= self.dct.year
                    and clause_tense.tense == "past"
                    and not clause_tense.after_past
                    and (year, month, day or 1) > (self.dct.year, self.dct.month, self.dct.day)
                    # "tickets cost £95 until 30 June": a past form that is also the present says nothing
                    and not _reads_as_present_too(_cue_verb(clause_tense))
                )
                if past_time_of_writing and self.dct is not None and month is not None:
                    # "so that it will leave on 29 March 2019 ... May called an election for 8 June": a
                    # glance ahead past the time of writing, where a past-tense act cannot lie
                    year = cal.year_for(self.dct, month, day, -1, strict=True)
                    choice = self._dct_anchor() or choice
                    resumed = None
                if spec.season == "WI":
                    # a winter is named by the year it begins in December: the one the story is in,
                    # else the coming one (the last one in a flashback)
                    in_last_winter = anchor_day.month <= 2 or (flashback and anchor_day.month < 12)
                    cue_words = (clause_tense.cue or "").lower().split()
                    if (
                        len(cue_words) == 2
                        and cue_words[0] == "had"
                        and cue_words[1] in _LEX.PAST_PLAN_VERBS
                        and self.low.startswith(" to ", clause_tense.cue_end)
                        and 9 <= anchor_day.month <= 11
                    ):
                        # "Smolensk, where he had hoped to spend the winter, was reached on 9 November": an
                        # earlier plan or hope for the winter, told in the autumn, looks to the coming one
                        in_last_winter = False
                    if not in_last_winter and anchor_day.month < 12:
                        # "born in March 1951, the winter the river froze": a winter in apposition to a
                        # date of its last month is the one closing; "the winter before we sailed", told
                        # at the sailing in April: the one before the story's time
                        in_last_winter = (
                            anchor_day.month <= 3 and self._in_apposition_to_reference(candidate)
                        ) or _BEFORE_AN_ACT_AFTER.match(self.text, candidate.end) is not None
                    year = anchor_day.year - 1 if in_last_winter else anchor_day.year
                if past_time_of_writing:
                    why = f"no year given; past tense ('{clause_tense.cue}'), so the last one before {choice.label}"
                elif resumed is not None:
                    why = (
                        f"no year given; the year of {choice.label}, where the story was before a glance"
                        f" ahead to {anchor_day.year}"
                    )
                elif since_back:
                    why = f"no year given; after 'since', so the last one by {choice.label}"
                elif told_back:
                    why = f"no year given; 'the ... of' a month the story has told, so the last one by {choice.label}"
                elif academic_close:
                    why = f"no year given; after {choice.label}, the autumn opening an academic year, its later months are {year}'s"
                elif year == anchor_day.year:
                    why = f"no year given; the year of {choice.label}, which the story is in"
                else:
                    side, other = ("before", "next") if step > 0 else ("after", "previous")
                    how_far = "over half a year" if background else "more than a season"
                    why = (
                        f"no year given; in the year of {choice.label} it would lie {how_far} "
                        f"{side} it, so the {other} year"
                    ) + (
                        " (past perfect: the story looks back)" if flashback else " (the story moves forward)"
                    )
        else:
            cue = f" ('{tense.cue}')" if tense.cue else ""
            if spec.quarter is not None or spec.half is not None:
                if (
                    direction is None
                    and tense.tense == "present"
                    and _may_end_with(self.text, max(0, candidate.start - 8), candidate.start, _BOUND_WORDS)
                    and _BOUND_WORD_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start)
                ):
                    # "nobody sees a recovery before the fourth quarter": a bound set in the present
                    # lies ahead
                    direction = 1
                elif (
                    direction is None
                    and tense.tense == "present"
                    and not tense.perfect
                    and (tense.cue or "").lower().rsplit(" ", 1)[-1] in _LEX.FORECASTING_VERBS
                    and not _THAT_CLAUSE_AFTER.match(self.text, candidate.end)
                ):
                    # "brokers expect a modest recovery in the fourth quarter": what is foreseen lies
                    # ahead (or is a quarter just closed whose figures are still to come)
                    direction = 1
                elif (
                    direction is None
                    and tense.tense == "present"
                    and not tense.perfect
                    and (tense.cue or "").lower().split(" ", 1)[0] in _LEX.QUARTER_AHEAD_MODALS
                    and " " in (tense.cue or "")
                ):
                    # "the first laptops could ship in the fourth quarter": a possibility lies ahead
                    direction = 1
                year = _period_year(spec, anchor_day, direction)
                closing_year = self._year_closing_the_period(candidate, anchor_day)
                if closing_year is not None:
                    # "expects to earn $1 a share in the fourth quarter, which ended Dec. 31": the year of
                    # the day that closed it (a company's fiscal quarter need not end with the calendar's)
                    year = closing_year
                unclosed = (
                    direction == -1
                    and spec.quarter is not None
                    and year == anchor_day.year
                    and anchor_day.month < spec.quarter * 3
                    and not tense.perfect
                    and ((verb := _cue_verb(tense)) in _LEX.CHANGE_BY_WORDS or verb in _LEX.CHANGE_BY_ADVERBS)
                    and tense.cue_end is not None
                    # the change's own period: right after its verb ("rose 3 per cent in"), or in the subject
                    # before it ("Turnover in the first quarter was up"); not "raised its forecast for Brent in"
                    and (
                        (tense.cue_end > candidate.end and self.low.endswith(" in ", 0, candidate.start))
                        or _FIGURE_OF_CHANGE.match(self.low, tense.cue_end, candidate.start) is not None
                    )
                    and "fiscal" not in self.low[max(0, candidate.start - 12) : candidate.end]
                )
                if unclosed:
                    # "Sales rose 3 per cent in the first quarter", said in February: a change measured over a
                    # quarter is told once it has closed, and this one has a month or more to run, so it is
                    # last year's (a fiscal quarter may close on other months)
                    year -= 1
                if direction == 1 and self._report_of_closed_period(candidate, anchor_day):
                    # "will report fourth-quarter results on Feb. 26", said in January: the quarter
                    # that has just closed, whose figures are still to come
                    year = anchor_day.year - 1
                if unclosed:
                    why = f"no year given; a change{cue} measured over it, which has not closed this year by {choice.label}, so last year's"
                elif direction is None and year < anchor_day.year:
                    why = f"no year given; {_tense_phrase(tense)}{cue} and this year's is still to come, so last year's"
                elif direction is None:
                    why = f"no year given; {_tense_phrase(tense)}{cue}, so the one of {choice.label}"
                else:
                    why = f"no year given; {tense.tense} tense{cue}, relative to {choice.label}"
            elif spec.occurred:
                # "the Jan. 6 riot": nobody schedules such an event, so it is named once it has happened
                year = cal.year_for(anchor_day, month, day, -1, strict=True)
                if spec.season == "WI":
                    year -= 1  # the winter whose January that is, named by the year of its December
                what = "a season lived through" if spec.season else "the day names an event that has happened"
                why = f"no year given; {what}, so the last one on or before {choice.label}"
            else:
                # "collection reached 95 per cent in the year to March", said in February: a past
                # report of a period that has closed, so the last such month however far back
                closed_period = (
                    direction == -1
                    and month is not None
                    and day is None
                    and spec.season is None
                    and _PERIOD_CLOSED_BY_MONTH.search(
                        self.low, max(0, candidate.start - 24), candidate.start
                    )
                    is not None
                )
                strict = (
                    closed_period
                    or self._side_definite(tense, candidate)
                    or self._close_to_the_day_just_told(anchor_day, month, day, direction)
                    # "a tour opening in March ..., followed by a leg that runs through the summer": a
                    # season ahead told after the story has reached next year does not turn back to one
                    # just gone
                    or (
                        direction == 1
                        and spec.season is not None
                        and self.reference is not None
                        and self.reference.day.year > anchor_day.year
                    )
                    # "Last year's graduates got a ceremony in August": the past of last year's people
                    or (
                        direction == -1
                        and _LAST_YEARS_OPENING.match(self.text, self._sentence_opening(candidate.start))
                        is not None
                    )
                    or (
                        direction == -1
                        # "trips run between May and September": a lone participle that is also the
                        # present ("run", "come") is no simple past
                        and (tense.cue or "").lower() not in _LEX.PARTICIPLES_ALSO_PRESENT
                        and self._past_range_closed(candidate.start, candidate.end, month, anchor_day)
                    )
                )
                if (
                    direction is None
                    and tense.tense == "present"
                    and not tense.perfect
                    and (tense.cue or "").lower() in _LEX.PRESENT_FORECAST_VERBS
                    and month is not None
                    # "In March, the bank said it expects a rise in April": a forecast reported on a day
                    # told before in its sentence looks ahead from that day, not from the DCT
                    and not self._dated_report_before(candidate)
                ):
                    # "It forecasts a fall in April", said in August: what is forecast lies ahead
                    direction = 1
                if (
                    direction is None
                    and tense.tense == "present"
                    and self._futurate_clause(candidate.start, tense.cue or "")
                ):
                    # "will spend six months removing equipment before the shafts are filled in the
                    # summer": a present standing for the future in a clause of time on a future verb,
                    # ahead however far
                    direction, strict = 1, True
                if (
                    direction is None
                    and tense.tense == "present"
                    and month is not None
                    # the clause's verb is "Let" or the one after "Let's"
                    and (tense.cue or "").lower().startswith(("let", "'s", "\u2019s"))
                    and _LOOKING_BACK_PROPOSAL.search(
                        self.low, self._sentence_opening(candidate.start), candidate.start
                    )
                ):
                    # "Let us not forget the floods in February", said in January: what is called to mind
                    # is one gone by
                    direction, strict = -1, True
                worry_ahead = (
                    direction == -1
                    and month is not None
                    and spec.season is None
                    # the time of the thing worried about, not the season worried over ("Farmers were
                    # anxious about the winter", said in March: the one just gone)
                    and self.low.endswith(" in ", 0, candidate.start)
                    and _cue_verb(tense) in _LEX.PAST_WORRY_WORDS
                    and tense.cue_end is not None
                    and self.low.startswith(" about ", tense.cue_end)
                    # "were worried about the storm damage in November", said in December: the month just
                    # gone (or this one) is nearer than one eleven months ahead, and is the one meant
                    and month not in (anchor_day.month, anchor_day.month - 1 or 12)
                )
                if worry_ahead:
                    # "Members were worried about their majorities in November", said in January: the
                    # worry looks ahead to the next one
                    direction, strict = 1, True
                if tense.cue == _DELIVERY_CUE and month is not None and month != anchor_day.month:
                    direction, strict = 1, True  # "for December delivery", said in March: ahead however far
                if (
                    direction == -1
                    and month is not None
                    and (tense.cue or "").lower().startswith("had been ")
                    and _cue_verb(tense) in _LEX.SCHEDULED_WORDS
                    and not self._plan_met_in_a_later_past(candidate)
                ):
                    # "The album had been due on 26 November", said in October: a plan given up was for a
                    # day on either side of the writer's, most likely the nearest
                    direction = None
                # a verbless notice or a participle of a state bounded ahead ("Offer valid until November")
                state_bound = False
                if (
                    (direction != -1 or self._state_participle_bound(tense, candidate.start))
                    and month is not None
                    and (
                        self._bound_ahead_in_clause(tense, candidate.start)
                        # "hopes to open the unit by the summer", said in September: the deadline of an act
                        # still to come lies ahead, not in the summer just gone
                        or (
                            tense.tense == "future"
                            and self.low.endswith(" by ", 0, candidate.start)
                            and not (tense.cue or "").lower().startswith(_LEX.STORY_FUTURE_CUES)
                        )
                    )
                    and not self._told_before_last(month, day, anchor_day)
                ):
                    # "the exhibition runs until January 12", said in March: the end of what holds now or
                    # is to come lies ahead however far ("would stay up until" reports a past plan)
                    direction, strict = 1, True
                    state_bound = tense.tense in (None, "past")
                if direction == 1 and not strict and self._after_a_day_ahead_told(month, day, anchor_day):
                    # "The spring term begins on Thursday 4 January. The Easter holidays run from 25 March",
                    # said in June: a run of dates ahead goes on after the last one told, however far
                    strict = True
                year = cal.year_for(anchor_day, month, day, direction, strict=strict)
                if (
                    closed_period
                    and month == anchor_day.month
                    and anchor_day.day < _MONTH_FIGURES_EARLIEST_DAY
                ):
                    # "sales rose 4 per cent in the year to March", said on 10 March: this March is far
                    # from over, so the figures are of the last March that has ended ("output fell in the
                    # quarter to June", said on 28 June, may be a survey of this one)
                    year -= 1
                story_day = (
                    self._far_story_day_told(candidate)
                    if direction == -1
                    and spec.season is None
                    and year != cal.year_for(anchor_day, month, day, direction, strict=True)
                    and not closed_period
                    else None
                )
                if story_day is not None:
                    # "landed near Arnhem on 17 September 1944 ... On the night of 25 September the
                    # survivors were ferried back": a past act whose last date lies far back from the DCT
                    # goes on with the story the news has just told in full, not into the weeks ahead
                    year = cal.year_for(story_day.day, month, day, None)
                    story = self._choice_of(story_day)
                    why = f"no year given; past tense ('{tense.cue}'), in the story of {story.label}"
                    return _calendar_value(spec, year), story.anchor, why, warnings
                if spec.season == "WI":
                    year -= 1  # the winter whose January that is, named by the year of its December
                part_shift = self._month_part_unreached(spec, month, day, year, anchor_day, direction)
                year += part_shift
                if part_shift:
                    side = "last" if direction == -1 else "next"
                    why = (
                        f"no year given; {tense.tense} tense{cue}, and that part of the month is not on that "
                        f"side of {choice.label} this year, so the {side} one"
                    )
                elif direction is None:
                    why = f"no year given; {_tense_phrase(tense)}{cue}, so the nearest to {choice.label}"
                elif year != cal.year_for(anchor_day, month, day, direction, strict=True):
                    other = "next" if direction < 0 else "last"
                    why = (
                        f"no year given; {tense.tense} tense{cue}, but that side is over six months from "
                        f"{choice.label} and the {other} one under three, so the {other} one"
                    )
                elif worry_ahead:
                    why = f"no year given; a worry{cue} looks ahead, so the next one after {choice.label}"
                elif state_bound:
                    why = f"no year given; a state{cue} that holds now bounded by it, so the next one after {choice.label}"
                else:
                    side = "last" if direction < 0 else "next"
                    why = f"no year given; {tense.tense} tense{cue}, so the {side} one {'before' if direction < 0 else 'after'} {choice.label}"
        if (month, day) == (2, 29) and cal.days_in_month(year, 2) == 28:
            year, why = _leap_year_for(anchor_day, direction), f"{why}; February 29 falls only in leap years"
        if spec.weekday is not None and day is not None:
            story_year = None
            near_year = None
            if spec.weekday not in _weekdays_of(year, month, day):
                story_year = self._story_year_with_weekday(candidate, spec.weekday, month, day)
                near_year = self._dct_year_with_weekday(spec.weekday, month, day, year)
                if self.narrative and story_year is not None and abs(story_year - year) <= 1:
                    # "the Lent assizes opened on 6 March 1765 ... summed up on Friday, 15 March": a story
                    # moved a year too far by a date read forward is put back on the year it has just
                    # written out, when the weekday fits it, before the DCT's year is tried
                    near_year = None
                elif self.narrative and story_year is None:
                    # "was played on Saturday, 30 April 1949 ... had met since 1946 ... Tickets went on sale
                    # on Monday, 4 April": a weekday that fits neither the year the story stands on nor the
                    # last one written fits the year of a day the text has told in full a few years on,
                    # the year its background was leading up to, before the DCT's year is tried
                    story_year = self._told_day_year_ahead(candidate, year, spec.weekday, month, day)
                    if story_year is not None:
                        near_year = None
            if near_year is not None:
                # "Friends may call on Tuesday, February 3", after a life told up to 2013, in a 2026
                # notice: a weekday that does not fit the story's year but fits the date nearest the DCT
                # names the days of the time of writing, as a schedule's dates do
                year = near_year
                why = f"{why}; but the weekday written with it falls in {near_year}, the year at the time of writing"
            elif story_year is not None:
                # "the Great Flood of 1913 ... At 5:30 a.m. on Tuesday, March 25": a weekday that does not
                # fit the year near the DCT fits the year of the story the text has gone back to
                year = story_year
                why = f"{why}; but the weekday written with it falls in {story_year}, a year the text told of"
            else:
                year, why = _year_with_weekday(spec.weekday, month, day, year, why)
                if self.dct is None and spec.weekday not in _weekdays_of(year, month, day):
                    # "The festival began in 1978 ... Passes give entry on Saturday 13 July": with no DCT, a
                    # weekday that fits no year near the story's names the days of the writer's unknown year
                    why = "no year given; the weekday written with it fits no year near the story's, so that day of an unknown year"
                    return _calendar_value(spec, None), _UNANCHORED, why, warnings
        return _calendar_value(spec, year), choice.anchor, why, warnings

    def _story_year_with_weekday(
        self, candidate: Candidate, weekday: int, month: int, day: int
    ) -> int | None:
        """The last year written out before `candidate`, far from the DCT, in which that day of that
        month is that weekday; None when there is none."""
        return self._story_year_where(
            candidate,
            lambda year: _weekday_fits(weekday, year, month, day),
        )

    def _future_seen_from_the_past(self, candidate: Candidate) -> bool:
        """Whether the candidate's clause tells of a plan or a promise made in the past ("In 1913 he
        planned to return in May next year", "she wrote that the wedding would be in June this year"): its
        future is seen from the story's time, whose year the reported "next year" counts from."""
        tense = self._tense(candidate)
        cue_words = (tense.cue or "").lower().split()
        return (
            tense.tense == "future"
            and bool(cue_words)
            and (cue_words[0] in _LEX.FUTURE_IN_THE_PAST_AUXILIARIES or cue_words[0] in _past_verb_forms())
        )

    def _told_day_year_ahead(
        self, candidate: Candidate, year: int, weekday: int, month: int, day: int
    ) -> int | None:
        """The year of a day written out in full (day, month and year) before `candidate`, at most
        `_TOLD_DAY_YEARS_AHEAD` years after `year`, in which that day of that month is that weekday;
        the nearest such year, or None."""
        position = bisect_left(self._candidate_starts, candidate.start)
        before = (other.spec for other in self.candidates[max(0, position - _STORY_YEAR_LOOKBACK) : position])
        return min(
            (
                told.year
                for told in before
                if told.kind == "calendar"
                and told.day is not None
                and told.year is not None
                and year < told.year <= year + _TOLD_DAY_YEARS_AHEAD
                and _weekday_fits(weekday, told.year, month, day)
            ),
            default=None,
        )

    def _dct_year_with_weekday(self, weekday: int, month: int, day: int, year: int) -> int | None:
        """The year of that day of that month nearest the DCT, when `year` (taken from a story far
        from the DCT) does not fit the weekday and that nearest one does; else None."""
        if self.dct is None or abs(year - self.dct.year) <= 1:
            return None
        near = cal.year_for(self.dct, month, day, None)
        if _weekday_fits(weekday, near, month, day):
            return near
        return None

    def _story_year_where(self, candidate: Candidate, fits: Callable[[int], bool]) -> int | None:
        """The last year written out before `candidate`, far from the DCT, if `fits` it; else None."""
        if self.dct is None:
            return None
        position = bisect_left(self._candidate_starts, candidate.start)
        for other in reversed(self.candidates[max(0, position - _STORY_YEAR_LOOKBACK) : position]):
            year = other.spec.year
            if other.spec.kind != "calendar" or year is None or abs(year - self.dct.year) <= 1:
                continue
            return year if year >= 1 and fits(year) else None
        return None

    def _day_of_month(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        spec = candidate.spec
        choice = (self._ref_anchor() if self._reference_fits("month") else None) or self._dct_anchor()
        heading = self._heading_entry_day(candidate)
        if heading is None and (written := self._day_of_quoted_block(candidate)) is not None:
            heading = self._choice_of(written)  # a letter quoted whole, dated by the words leading into it
        if heading is not None:
            choice = (
                heading  # "They operated on the 28th", in a letter headed "2nd May 1918": the writer's now
            )
        elif not self.narrative and (
            self._tense(candidate).direction == 1
            # "our party is on Sat 17th": a weekday and its day in the present tense are a date set ahead
            or (spec.weekday is not None and self._tense(candidate).tense == "present")
        ):
            # "rent's due the 1st": a day ahead of the writer is counted from the writer's now, unless
            # the text has just named a later month ("meets on 7 March, and on the 21st will ...")
            dct = self._dct_anchor()
            if not (
                choice is not None
                and choice.day is not None
                and dct is not None
                and dct.day is not None
                and (choice.day.year, choice.day.month) > (dct.day.year, dct.day.month)
                # "the next is on 6 October. The Vicar is on leave until Thursday 26th", written on 15
                # September: a weekday that the day ahead of the writer falls on in the writer's own
                # month names that month, whatever later month was just told
                and not _day_ahead_on_weekday(dct.day, spec.day, spec.weekday)
            ):
                choice = dct or choice
        if spec.month_step is not None and heading is None:
            # "yours of the 2d ult.": the month of the letter the words are written in, a quoted one's
            # when the text quotes it, or the writer's own
            written = self._day_of_quoted_block(candidate) or self._speakers_day(candidate)
            if written is not None:
                choice = self._choice_of(written)
            elif not self._quoted(candidate):
                choice = self._dct_anchor() or choice
        assert spec.day is not None
        if (
            (choice is None or choice.day is None)
            and spec.month_step is None
            and (in_month := self._undated_day_in_month(day=spec.day)) is not None
        ):
            # "lands at Uplands on Monday, October 12 ... at 3 p.m. on the 12th": an undated text's day of
            # the month just named
            return in_month, _UNANCHORED, f"day {spec.day} of the month just named, {in_month}", []
        if choice is None or choice.day is None:
            return (
                f"XXXX-XX-{spec.day:02d}",
                _UNANCHORED,
                "a day of an unknown month",
                ["no month or year in context"],
            )
        base = choice.day
        if spec.month_step:
            # "yours of the 2d ult.", "by the 5th prox.": the month before or after the letter's own
            year, month = divmod(base.year * 12 + base.month - 1 + spec.month_step, 12)
            base = date(year, month + 1, 1)
        day = min(spec.day, 28) if spec.day > 28 else spec.day
        try:
            resolved = date(base.year, base.month, spec.day)
        except ValueError:
            resolved = date(base.year, base.month, day)
        why = f"day {spec.day} of the month of {choice.label}"
        if spec.month_step is not None:
            # "the 14th inst.": the writer names the month; no shift to the nearest such day
            if spec.month_step:
                why = f"day {spec.day} of the month {spec.month_step:+d} from that of {choice.label}"
        elif spec.weekday is not None:
            story = self.narrative and heading is None and choice.anchor.kind == AnchorKind.EXPRESSION
            shifted = self._month_with_day_on_weekday(candidate, resolved, base, choice.label, story)
            if shifted is not None:
                resolved, why = shifted
        elif choice.anchor.kind == AnchorKind.DCT or heading is not None:
            shifted = self._day_of_month_near_now(candidate, resolved, base)
            if shifted is not None:
                resolved, why = shifted
        elif (
            resolved != base
            and self.narrative
            and self.reference is not None
            and self.reference.unit == "day"
        ):
            shifted = self._day_of_month_across_story_month(candidate, resolved, base)
            if shifted is not None:
                resolved, why = shifted
        return resolved.isoformat(), choice.anchor, why, []

    def _day_of_month_across_story_month(
        self, candidate: Candidate, resolved: date, base: date
    ) -> tuple[date, str] | None:
        """ "sailed on 28 April ... On the 4th the convoy anchored": a story told day by day moves
        forward, so a day lower than the story's day is in the next month; "reached port on 2 July with
        word that it had anchored on the 25th": a past perfect looks back, so a higher day is in the
        month before."""
        tense = self._tense(candidate)
        stop = self.text.find(".", candidate.end)
        if (
            resolved < base
            # "until the Tuesday that followed it ... We sailed on the evening of the 5th": a day or two
            # before the story's day is a step back within its month, not a leap of four weeks on
            and (base - resolved).days > _STORY_STEP_BACK_DAYS
            and tense.tense == "past"
            and not tense.perfect
            and not tense.after_past
            # "On the 16th, three days before they arrived, a rear guard had beaten them off": a past
            # perfect later in the sentence looks back, whatever verb the aside holds
            and " had " not in self.low[candidate.end : stop if stop >= 0 else len(self.text)]
        ):
            year, month = (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)
            why = "the next month (the story moves forward past its day)"
        elif resolved > base and tense.looks_back:
            told = self._day_of_month_told_before(candidate.spec.day, base)
            if told is not None:
                # "the inquiry opened on 15 March ... the log had last been streamed on the 26th", after
                # "on Tuesday, 26 October": a past perfect looks back to the day of that number told
                return (
                    told,
                    f"day {told.day} told earlier, {told.isoformat()} (past perfect: the story looks back)",
                )
            year, month = (base.year - 1, 12) if base.month == 1 else (base.year, base.month - 1)
            why = "the month before (past perfect: the story looks back)"
        else:
            return None
        assert candidate.spec.day is not None
        if candidate.spec.day > cal.days_in_month(year, month):
            return None
        return date(year, month, candidate.spec.day), f"day {candidate.spec.day} of {why}"

    def _day_of_month_told_before(self, day_of_month: int | None, before: date) -> date | None:
        """The latest day the text has dated with that day of the month, within a year before `before`."""
        told = [
            ref.day
            for ref in self.dated_days.values()
            if ref.day.day == day_of_month and before - timedelta(days=366) < ref.day < before
        ]
        return max(told, default=None)

    def _month_with_day_on_weekday(
        self, candidate: Candidate, resolved: date, base: date, label: str, story: bool = False
    ) -> tuple[date, str] | None:
        """ "Tues the 21st", "the next sitting is on Friday the 13th": the month nearest the anchor in
        which that day falls on that weekday, ahead in a clause pointing ahead and back in one looking
        back (None when the anchor's own month already has it, or no month within a year does)."""
        spec = candidate.spec
        assert spec.day is not None and spec.weekday is not None
        if resolved.isoweekday() == spec.weekday:
            return None
        tense = self._tense(candidate)
        direction = tense.direction
        if story and direction == -1 and not tense.looks_back:
            # "drove home on Sunday the sixteenth ... came back on Friday the twenty-fifth": a story
            # told in the simple past moves on, so the month is the next one with that day on that weekday
            direction = 1
        for distance in range(1, 13):
            for months in (distance, -distance):
                if direction is not None and direction * months < 0:
                    continue
                moved = _same_day_months_away(base, spec.day, months)
                if moved is not None and moved.isoweekday() == spec.weekday:
                    name = WEEKDAY_NAMES[spec.weekday - 1]
                    return moved, f"day {spec.day} of the month nearest {label} in which it is a {name}"
        return None

    def _day_of_month_near_now(
        self, candidate: Candidate, resolved: date, base: date
    ) -> tuple[date, str] | None:
        """ "rent's due the 1st": in a clause pointing ahead, the next such day after the DCT, in one
        looking back the last one."""
        spec = candidate.spec
        assert spec.day is not None
        direction = self._tense(candidate).direction
        if direction == 1 and resolved < base:
            moved = _same_day_months_away(base, spec.day, 1)
            if moved is not None:
                return moved, f"day {spec.day} of the month after the DCT's (the clause points ahead)"
        elif direction == -1 and resolved > base:
            moved = _same_day_months_away(base, spec.day, -1)
            if moved is not None:
                return moved, f"day {spec.day} of the month before the DCT's (the clause looks back)"
        elif direction is None:
            # "Exam timetable is out: chem on the 3rd", near the end of May: with no tense to tell, the
            # day is the one nearest the writer's now, as an untensed weekday is
            moved = _same_day_months_away(base, spec.day, 1 if resolved < base else -1)
            if (
                moved is not None
                and resolved != base
                and abs((moved - base).days) < abs((resolved - base).days)
            ):
                return moved, f"day {spec.day} of the month nearest the DCT (no tense to tell)"
        return None

    def _note_old_style(self, day: date, weekday: int) -> None:
        """A date written with a weekday that only the Julian calendar gives it ("Sunday 2 September
        1666") shows the text dates by Old Style, so its bare weekdays are counted that way too."""
        if day.year <= _LAST_OLD_STYLE_YEAR and day.isoweekday() != weekday:
            self.old_style = weekday in _weekdays_of(day.year, day.month, day.day)

    def _weekday_near(self, anchor: date, weekday: int, direction: int | None) -> date:
        """`cal.weekday_near`, with the weekdays of the Julian calendar in a text that dates by Old Style."""
        # before the Gregorian reform of October 1582 every Christian date is a Julian one
        julian = self.old_style or anchor < _GREGORIAN_REFORM
        if not julian or not 200 <= anchor.year <= _LAST_OLD_STYLE_YEAR:
            return cal.weekday_near(anchor, weekday, direction)
        behind = _old_style_days_behind(anchor.year, anchor.month)
        return cal.weekday_near(anchor + timedelta(days=behind), weekday, direction) - timedelta(days=behind)

    def _counted_down_to(self, start: int) -> bool:
        """ "24 days til Christmas", "3 weeks until Easter": a length left before the day at `start`."""
        before = self.low[max(0, start - 24) : start].split()
        return (
            len(before) >= 2
            and before[-1] in ("til", "till", "until", "'til", "’til")
            and _LEX.UNIT_FORMS.get(before[-2]) in ("day", "night", "week", "fortnight", "month", "hour")
        )

    def _put_off_to(self, candidate: Candidate) -> bool:
        """ "was remanded in custody until Friday", "remanded the accused to appear on Friday": the weekday
        a past act of a court put its business off to."""
        before = self.low[max(0, candidate.start - 24) : candidate.start].split()
        if not before or before[-1] not in ("until", "till", "to", "on"):
            return False
        if (
            before[-1] == "to"
            and len(before) > 2
            and before[-2] in _LEX.UNIT_FORMS
            and "the" in before[-5:-2]
        ):
            return False  # "postponed in the week to Saturday": the day closing a period, not one put off to
        return self._leads_up_in_sentence(candidate.start, 160, _PUT_OFF_VERBS, _PUT_OFF_TO_DAY)

    def _leads_up_in_sentence(
        self, start: int, reach: int, words: tuple[str, ...], pattern: re.Pattern[str]
    ) -> bool:
        """Whether `pattern` matches text running up to `start` ("a 70% chance of rain for ", "remanded in
        custody until "), looking back no further than `reach` characters or the sentence's opening; the
        search runs only when one of `words`, which every match holds, stands in that stretch."""
        since = max(self._sentence_opening(start), start - reach)
        return (
            _may_hold(self.text, since, start, words) and pattern.search(self.text, since, start) is not None
        )

    def _story_weekday_listed_before(self, candidate: Candidate) -> _Reference | None:
        """The weekday the text named last in the candidate's sentence, when it lies more than a week from
        the DCT (a week the story is in, not the writer's), or None."""
        listed = self.last_day
        if (
            listed is None
            or self.dct is None
            or listed.unit != "day"
            or abs((listed.day - self.dct).days) <= 7
            or candidate.start - listed.end > _SENTENCE_REACH
            or listed.end < self._sentence_opening(candidate.start)
        ):
            return None
        return listed if any(told.end == listed.end for told in self.weekdays_told.values()) else None

    def _story_day_of_the_weekday(self, candidate: Candidate) -> _Reference | None:
        """The story's day a weekday told with "the" ("stayed the Friday", "on the Sunday") belongs to:
        the reference time, or past a "today" of the writer the last other day told; None when the
        story is in the writer's own week (the DCT's reading stands) or the weekday has no article."""
        if not _THE_BEFORE.search(self.text, max(0, candidate.start - 6), candidate.start):
            return None
        if _WEEKDAY_COUNTED_FROM.match(self.text, candidate.end):
            return None  # "the Friday before the vote": counted from an event
        ref = self.reference
        story = ref if ref is not None and ref.day != self.dct else self.last_story_day
        if story is not None and _UNIT_RANK.get(story.unit, 0) > _UNIT_RANK["week"]:
            # "from Friday, July 11 ... licence until 2006. Day tickets for the Sunday": a year or a
            # month has no week to find "the Sunday" in; it is the Sunday the text has told
            told = self.weekdays_told.get(candidate.spec.weekday or 0)
            if told is None and self.kind == DocumentKind.NEWS and self._tense(candidate).tense != "past":
                # "Harcourt bought the site in 2016 ... evidence due on the Wednesday": news whose last
                # story time is a year has told no week for the weekday, and a day still to come is of
                # the writer's; the DCT's reading stands ("The storm struck in October 1987. On the
                # Thursday the trees came down" tells the story's week)
                return None
            story = told or story
        if story is None or self.dct is None or abs((story.day - self.dct).days) <= 7:
            return None
        return story

    def _clock_on_a_dated_day(self, ref: _Reference) -> bool:
        """ "begin at 00:01 on Tuesday, January 27 and end at midnight on Wednesday": a clock time put on
        a date written out with its month names that day as surely as the date does (one put on a bare
        weekday is only as sure as the weekday's reading)."""
        dated = self.dated_days.get((ref.day.month, ref.day.day))
        return dated is not None and dated.end == ref.end and _DAY_VALUE.match(ref.value) is not None

    def _week_before_told(self, candidate: Candidate, dct_day: date) -> _Reference | None:
        """The day a week before the DCT that the text has dated or put a weekday on, when the bare
        weekday at `candidate` opens its line (a log's item heading); else None."""
        if candidate.start > 0 and self.text[candidate.start - 1] != "\n":
            return None
        week_before = dct_day - timedelta(days=7)
        told = self.weekdays_told.get(week_before.isoweekday())
        if told is not None and told.day == week_before:
            return told
        dated = self.dated_days.get((week_before.month, week_before.day))
        return dated if dated is not None and dated.day == week_before else None

    def _day_in_a_coming_dated_span(
        self, candidate: Candidate, anchor_day: date
    ) -> tuple[date, _Reference] | None:
        """The day of the weekday at `candidate` in the last run of days the text dated close together, when
        the run begins more than a fortnight after the DCT and the anchor, the text has written one of its
        days with its weekday (a programme naming its days), the last day told, a sentence or two before,
        lies in it, the text has gone on into the run or the weekday heads a day of it, and the clause does
        not look back; with the run's first day, else None."""
        span = self.dated_span
        if span is None or self.narrative or self.dct is None:
            return None
        first, last = span
        told = self.last_dated
        if (
            (first.day - max(self.dct, anchor_day)).days <= _DATED_SPAN_AHEAD
            # the programme is still at its days: the last day or time told before it is one of them
            or told is None
            or not first.day <= told[1] <= last.day
            or candidate.start - told[0] > _SENTENCE_REACH
            or not any(first.day <= day <= last.day for day in self.weekday_dated)
            # the text has gone on into those days (told one of them after dating the run), or the weekday
            # heads a day of the programme ("Day 1 (Saturday):", "Monday: the ferry"); right after a news
            # item dates a coming strike or summit, "Talks resume on Monday" is still the writer's week
            or (
                told[0] <= last.end
                and not _PROGRAMME_DAY_HEAD_BEFORE.search(
                    self.low, max(0, candidate.start - 20), candidate.start
                )
            )
            or self._tense(candidate).direction == -1
        ):
            return None
        day = self._weekday_near(first.day, candidate.spec.weekday or 0, 1)
        return (day, first) if day <= last.day else None

    def _day_dated_on_the_weekday(self, candidate: Candidate) -> _Reference | None:
        """The day the text last dated that falls on the weekday "that Saturday" names (or a clock time
        put on it, "11 p.m. that Saturday"), or None. Only news at its own days needs it: a story told by
        its days means by "That Wednesday" the one of the week it is in, which the reference time gives."""
        ref = self.reference
        if (
            not self.dated_days
            or self.narrative
            or self.dct is None
            # a story gone back to a day or week reads "that Saturday" in it; a month or year has no week
            # to read it in ("pleaded guilty in March ... at 7.40 that Saturday" is the dated Saturday)
            or (
                ref is not None
                and abs((ref.day - self.dct).days) > _DATELINE_DAYS
                and _UNIT_RANK.get(ref.unit, 0) <= _UNIT_RANK["week"]
            )
        ):
            return None
        clock = candidate.spec.type == "TIME"
        that_at = candidate.end + 1 if clock else candidate.start
        if not _THAT_DAY.match(self.text, that_at) or (clock and not self.text[candidate.end].isspace()):
            return None
        weekday = candidate.spec.weekday
        named = [
            d for d in self.dated_days.values() if d.end <= candidate.start and d.day.isoweekday() == weekday
        ]
        return max(named, key=lambda d: d.end) if named else None

    def _weekday_ahead_of_a_coarse_story(self, candidate: Candidate) -> bool:
        """Whether a bare weekday looking ahead in a story is the writer's: a story whose reference time
        is a year or a month has no week for "begins on Monday" to fall in; nor, looking back, has one
        whose reference time is the writer's own year or month ("This year's service began on Monday")."""
        ref = self.reference
        if (
            not self.narrative
            or self.dct is None
            or ref is None
            or candidate.spec.amount not in (None, 1)  # "opens next Thursday" is ahead too
            or _UNIT_RANK.get(ref.unit, 0) <= _UNIT_RANK["week"]
        ):
            return False
        if (
            candidate.spec.amount is None
            and (
                not ref.explicit  # "last month", "this year": counted from the DCT
                or (
                    ref.day.year == self.dct.year
                    and (ref.unit == "year" or (ref.unit == "month" and ref.day.month == self.dct.month))
                )
            )
            and not self._quoted(candidate)
        ):
            # "This year's commemoration began on Thursday", "The first was held only last month ... On
            # Sunday veterans gathered": a story come to the writer's own year or month has no week of
            # its own, so a weekday, ahead or past, is of the writer's week
            return True
        tense = self._tense(candidate)
        # "This year the service falls on Thursday": the writer's present in a story told in the past
        # names the writer's week too, as a timetable's present does
        ahead = tense.tense == "future" or (
            tense.tense == "present" and not tense.perfect and not tense.habitual
        )
        return ahead and not tense.after_past and not self._quoted(candidate)

    def _last_weekday_after_a_far_coarse_story(self, candidate: Candidate) -> bool:
        """Whether "last Saturday" in a dated story is the writer's: a story whose reference time is a
        month or longer, years before the DCT, has no day for "last" to count back from, so it counts from
        the writer's now, as "last September" does ("the previous Saturday" stays the story's). A past
        perfect looks back from the story's time ("Last Saturday the roof had fallen in"), and words a
        verb of saying or writing in the sentence reports ("In May 1916 he wrote home: last Saturday we
        marched", "Last Saturday, she said, the roof fell in") are the speaker's: neither is the writer's
        week."""
        ref = self.reference
        if not (
            self.narrative
            and self.dct is not None
            and ref is not None
            and candidate.spec.amount == -1
            and _UNIT_RANK.get(ref.unit, 0) > _UNIT_RANK["week"]
            and ref.day.year < self.dct.year - 1
            and self.low.startswith("last ", candidate.start)
            and not self._quoted(candidate)
        ):
            return False
        sentence = self.low[self._sentence_opening(candidate.start) : self._sentence_close(candidate.end)]
        return not self._tense(candidate).looks_back and not any(
            word in _LEX.QUOTE_ATTRIBUTION_VERBS for word in _WORD.findall(sentence)
        )

    def _weekday_after_a_story_year(self, candidate: Candidate) -> bool:
        """Whether a bare weekday in a dated story whose reference time is a year or longer, years before
        the DCT, is of the writer's week ("the history was kept confidential until 1961. A memorial
        service was held at the harbour on Friday"): a year has no week for the weekday to fall in, so
        "the first Friday of 1961" is no reading (a past perfect, looking back, stays the story's)."""
        ref = self.reference
        return (
            self.narrative
            and self.dct is not None
            and ref is not None
            and ref.unit in _YEAR_OR_LONGER_UNITS
            and ref.day.year < self.dct.year - 1
            and candidate.spec.amount is None
            and candidate.spec.week_shift is None
            and not self._tense(candidate).looks_back
            and not self._quoted(candidate)
        )

    def _story_year_frames(self, candidate: Candidate) -> bool:
        """Whether the story's year opened its sentence as the scene of what follows ("In 1815 the army
        marched north"), in the weekday's paragraph: the story is told in that year, so
        a bare weekday after it is of a week the story never named; a year closing its clause ("was moved
        to Leeds in 1958") dates only its own event."""
        span = self.reference_span
        if span is None or span[1] > candidate.start:
            return False
        opening = self._sentence_opening(span[0])
        return (
            self.low[opening : span[0]].strip() in _LEX.STORY_YEAR_FRAME_LEADS
            and "\n" not in self.text[span[1] : candidate.start]
        )

    def _weekday_of_an_undated_report(self, candidate: Candidate) -> bool:
        """Whether a bare weekday in a text with no DCT dates a report ("In a statement on Tuesday, he
        said"): when the story's reference time is a year or longer there is no week for the weekday to
        fall in, and a verb of reporting in its sentence makes it the writer's news, not the story's."""
        ref = self.reference
        if (
            self.dct is not None
            or ref is None
            or ref.unit not in _YEAR_OR_LONGER_UNITS
            or candidate.spec.amount is not None
            or self._quoted(candidate)
        ):
            return False
        opening = self._sentence_opening(candidate.start)
        closing = self.text.find(".", candidate.end, candidate.end + _SENTENCE_REACH)
        words = _WORD.findall(
            self.low[opening : closing if closing >= 0 else candidate.end + _SENTENCE_REACH]
        )
        return any(word in _LEX.NEWS_FRAME_VERBS for word in words)

    def _told_in_the_south(self, candidate: Candidate) -> bool:
        """Whether a season is told of the southern hemisphere, where its months are the northern opposite
        one's: the text's dateline names a southern place ("SYDNEY (Reuters) -"), or its lead or the
        season's own sentence sets things there ("Farmers in New Zealand say", "Sydney's spring market");
        a lead that only mentions one ("The minister flew to Sydney") is no sign. The opening is read once."""
        if self._southern is None:
            self._southern = (
                _SOUTHERN_DATELINE.search(self.text, 0, _SOUTHERN_OPENING_REACH) is not None
                or _SOUTHERN_SETTING.search(self.text, 0, _SOUTHERN_OPENING_REACH) is not None
            )
        return self._southern or (
            _SOUTHERN_SETTING.search(
                self.text, self._sentence_opening(candidate.start), self._sentence_close(candidate.end)
            )
            is not None
        )

    def _after_a_southern_summer(self, choice: _AnchorChoice) -> bool:
        """Whether the reference chosen is a summer written over a year's end ("the summer of 1851-52",
        "the 2019-20 summer"), the summer of the southern hemisphere."""
        ref, span = self.reference, self.reference_span
        return (
            ref is not None
            and span is not None
            and choice.anchor.expression == ref.index
            and ref.value.endswith("-SU")
            and _SPLIT_YEAR.search(self.text, span[0], span[1]) is not None
        )

    def _weekday_in_writers_week(self, candidate: Candidate) -> bool:
        """ "A flotilla gathered at Gisborne last weekend, and on Saturday it was welcomed ashore",
        "Today ... the parliament elected last Saturday meets": in a story, a weekday (bare, "last" or
        "next") right after the writer's own day or week in its sentence, with no date of the story
        between, is of the writer's week, not of the story's."""
        end = self.writers_week_end
        return (
            self.narrative
            and self.dct is not None
            and candidate.spec.amount in (None, -1, 1)
            and 0 <= candidate.start - end <= _SENTENCE_REACH
            and (self.reference is None or self.reference.end <= end)
            and not _SENTENCE_BREAK.search(self.text, end, candidate.start)
            and not self._quoted(candidate)
        )

    def _undated_day_in_month(self, *, weekday: int | None = None, day: int | None = None) -> str | None:
        """In a text with no DCT, the day of the month of the last day it named (XXXX-10-14) that a bare
        day of the month (`day`, not before it) or a weekday (`weekday`, the first on or after it, when a
        weekday written beside a day of that month fixes the month's weekdays) falls on; None when no
        such day was named since the text last came to a dated time."""
        if self.dct is not None or self.undated_day is None:
            return None
        value, _, end = self.undated_day
        if self.reference is not None and self.reference.end > end:
            return None
        month, named = int(value[5:7]), int(value[8:10])
        last = 28 if month == 2 else monthrange(2001, month)[1]
        if day is not None:
            return f"XXXX-{month:02d}-{day:02d}" if named <= day <= last else None
        if weekday is None or self.undated_calendar is None or self.undated_calendar[0] != month:
            return None
        _, known_day, known_weekday = self.undated_calendar
        named_weekday = (known_weekday - 1 + named - known_day) % 7 + 1
        found = named + (weekday - named_weekday) % 7
        return f"XXXX-{month:02d}-{found:02d}" if found <= last else None

    def _weekday(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        spec = candidate.spec
        assert spec.weekday is not None
        name = WEEKDAY_NAMES[spec.weekday - 1]
        choice = self._anchor_for(spec.base, "week")
        heading_day = self._heading_entry_day(candidate)
        if (
            heading_day is not None
            and spec.amount is not None
            and spec.base == "dct"
            and self.dct is not None
            and heading_day.day is not None
            and heading_day.day > self.dct
        ):
            # "Catalogues will be available from next Monday" under a sale notice's heading "Thursday 6
            # November 2008": a day ahead of the writer heads what is to come, not the day the words were
            # written on, so "next" and "last" still count from the writer's now
            heading_day = None
        if heading_day is not None:
            choice = heading_day  # "We go back in on Monday", in a letter headed "21st April 1916"
        elif (label_day := self._label_entry_day(candidate)) is not None:
            choice = label_day  # "Jan. 24: ... went into a ditch shortly before midnight Friday"
        elif self._weekday_in_writers_week(candidate):
            choice = self._dct_anchor()  # "gathered last weekend, and on Saturday": the writer's week
        elif self._undated_story_future(candidate):
            choice = None
        elif (planned := self._writers_future(candidate)) is not None:
            choice = planned  # "a reunion will be held on Saturday", in a story: the writer's week
        elif self._weekday_ahead_of_a_coarse_story(candidate):
            choice = self._dct_anchor()  # "... by 2030. The new term begins on Monday": the writer's week
        elif self._last_weekday_after_a_far_coarse_story(candidate):
            choice = self._dct_anchor()  # "... until the end of September 2020. It opened last Saturday"
        elif self._weekday_of_an_undated_report(candidate):
            choice = None  # "... left in 2021. In a statement on Tuesday, he said": the unknown writer's week
        elif self._weekday_after_a_story_year(candidate):
            # "... confidential until 1961. A service was held on Friday": the writer's week; "In 1815 the
            # army marched north. On Sunday the troops rested": a week of the story's year it never told
            choice = None if self._story_year_frames(candidate) else self._dct_anchor()
        speakers_now = False  # the anchor is the day a quotation was said or written on
        if (
            choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            and (speakers_day := self._speakers_day(candidate)) is not None
        ):
            # 'In a letter on Friday, she wrote: "We will not open on Monday"': the Monday after the letter
            choice = self._choice_of(speakers_day)
            speakers_now = True
        elif (
            choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            and (said_day := self._day_a_would_clause_was_said_on(candidate)) is not None
        ):
            # "said on Tuesday that the work would be finished by Friday": the Friday after the Tuesday
            choice = self._choice_of(said_day)
        if (
            (choice is None or choice.day is None)
            and spec.amount is None
            and (in_month := self._undated_day_in_month(weekday=spec.weekday)) is not None
            # a past weekday may lie before the day named, or in the unknown writer's week ("reopened on
            # Saturday 12 April ... turned out on Sunday morning")
            and self._tense(candidate).tense != "past"
        ):
            # "arrives on Monday, October 12 ... on the Friday flies to Vancouver": an undated programme
            # that wrote a weekday beside a day has fixed the weekdays of that month
            return in_month, _UNANCHORED, f"a {name} after the day just named, {in_month}", []
        if choice is None or choice.day is None:
            return (
                f"XXXX-WXX-{spec.weekday}",
                _UNANCHORED,
                f"a {name} with nothing to anchor it",
                ["no DCT or earlier date: the weekday's date is unknown"],
            )
        anchor_day = choice.day
        if spec.week_shift is not None:
            # "last week Friday", "Wednesday next week": the day of the ISO week counted from the anchor's
            monday = anchor_day - timedelta(days=anchor_day.isoweekday() - 1, weeks=-spec.week_shift)
            day = monday + timedelta(days=spec.weekday - 1)
            why = f"'{name}' of the week {spec.week_shift:+d} from {choice.label}"
            return day.isoformat(), choice.anchor, why, []
        if spec.amount is not None and spec.amount != 0:
            # "last Friday": strictly before the anchor; "next Friday": strictly after
            step = 1 if spec.amount > 0 else -1
            day = self._weekday_near(anchor_day + timedelta(days=step), spec.weekday, step)
            # "Thursday week": the coming Thursday's week on
            day += timedelta(days=7 * (spec.amount - step))
            if (
                spec.amount == 1
                and day == anchor_day + timedelta(days=1)
                and (choice.anchor.kind == AnchorKind.DCT or speakers_now)
                and self.low.startswith("next ", candidate.start)
            ):
                # "the committee meets next Tuesday", written on a Monday: the writer's tomorrow would be
                # "tomorrow" or "Tuesday", so "next Tuesday" is the one of the week after; so is a speaker's
                # ('said on Monday: "We will strike next Tuesday"')
                day += timedelta(days=7)
            nearest = f"the {'last' if step < 0 else 'next'} {name} from {choice.label}"
            weeks = abs(spec.amount) - 1
            if weeks:
                # "Thursday week", "a week from Sunday", "a week ago Tuesday"
                counted = f"{weeks} week{'s' if weeks > 1 else ''} {'before' if step < 0 else 'after'}"
                why = f"{spec.note or 'a weekday counted on'}: {counted} {nearest}"
            else:
                why = f"'{'last' if step < 0 else 'next'} {name}' from {choice.label}"
            return day.isoformat(), choice.anchor, why, []
        if spec.amount == 0 and spec.base == "dct":
            monday = anchor_day - timedelta(days=anchor_day.isoweekday() - 1)
            if anchor_day.isoweekday() == 7 and spec.weekday < 7 and self._tense(candidate).direction != -1:
                # "please return the slips by this Friday", written on a Sunday: the week the Sunday
                # leads into, as a Sunday is felt to close one week and face the next
                monday += timedelta(days=7)
            day = monday + timedelta(days=spec.weekday - 1)
            return day.isoformat(), choice.anchor, f"'this {name}': the week of {choice.label}", []
        if (
            spec.amount is None
            and choice.anchor.kind == _DCT_ANCHOR
            and self.low.startswith(" this week", candidate.end)
        ):
            # "Lessons mon wed and fri this week": the days of the week named after them, either side of now
            monday = anchor_day - timedelta(days=anchor_day.isoweekday() - 1)
            day = monday + timedelta(days=spec.weekday - 1)
            return day.isoformat(), choice.anchor, f"'{name} this week': the week of {choice.label}", []
        named = self.last_day if spec.amount is None else None
        # "With Canada Day falling on Tuesday", "Christmas falls on a Sunday": the day just named; "The
        # next report is due on Tuesday instead of Wednesday": the usual day a change moves from lies
        # beside the new one, whatever the tense says of either
        for reach, relation, relation_name in (
            (24, _FALLS_ON, "falls on"),
            (20, _INSTEAD_OF_DAY, "replaces"),
        ):
            if (
                named is not None
                and 0 <= candidate.start - named.end <= reach
                and (
                    relation.fullmatch(self.text, named.end, candidate.start)
                    or (
                        relation is _FALLS_ON
                        and _BARE_APPOSITION.fullmatch(self.text, named.end, candidate.start) is not None
                        and _BARE_APPOSITION_CLOSE.match(self.text, candidate.end) is not None
                    )
                    # "on 14 May (Tuesday)": a weekday alone in brackets after the date ("9 a.m. Wednesday
                    # (2117 GMT Tuesday)" restates a clock time in another zone, whose day may differ)
                    or (
                        relation is _FALLS_ON
                        and candidate.spec.type == "DATE"
                        and self.text[named.end : candidate.start].strip(" ") == "("
                        and self.text.startswith(")", candidate.end)
                    )
                )
            ):
                day = self._weekday_near(named.day, spec.weekday, None)
                anchor = _anchor_at(named)
                between = self.text[named.end : candidate.start]
                if day != named.day and relation is _FALLS_ON and ("," in between or "(" in between):
                    # "began on 4 May, a Tuesday", "on 4 May (a Tuesday)", "on 4 May, which was a Tuesday": the
                    # weekday set beside a date restates it; where the two disagree, the date is what the
                    # writer wrote out, so its day stands
                    why = f"the {name} set beside the day just named restates it, though {named.day} is no {name}"
                    return named.day.isoformat(), anchor, why, []
                return day.isoformat(), anchor, f"the {name} the day just named {relation_name}", []
        weekend = self.reference if spec.amount is None else None
        if (
            weekend is not None
            and weekend.unit == "weekend"
            and 0 <= candidate.start - weekend.end <= 16
            and _PART_OF_WEEKEND.fullmatch(self.text, weekend.end, candidate.start)
        ):
            # "over the Memorial Day weekend, including Monday's holiday": the day belongs to the weekend
            # just named (a long weekend takes in the Friday or Monday beside it), whatever the tense
            day = self._weekday_near(weekend.day, spec.weekday, None)
            anchor = _anchor_at(weekend)
            return day.isoformat(), anchor, f"the {name} of the weekend just named", []
        dated = self._day_dated_on_the_weekday(candidate) if spec.amount in (None, 0) else None
        if dated is not None:
            # "killed on the night of March 3, 1979 ... clocked out at 11 p.m. that Saturday": "that"
            # points back at a day the text has dated, the one that falls on that weekday
            anchor = _anchor_at(dated)
            return dated.day.isoformat(), anchor, f"'that {name}': the {name} the text has dated", []
        clock_before = self.reference if spec.amount is None else None
        if (
            clock_before is not None
            and "T" in clock_before.value
            and clock_before.day.isoweekday() == spec.weekday
            and _ON_THE_CLOCKS_DAY.fullmatch(self.text, clock_before.end, candidate.start)
        ):
            # "end at midnight on Wednesday": the clock time has been put on this very day already
            anchor = _anchor_at(clock_before)
            return clock_before.day.isoformat(), anchor, f"the {name} the clock time before it falls on", []
        range_start = self._range_start(candidate) if spec.amount is None else None
        # "Friday and Thursday" is a list, not a range
        if (
            range_start is not None
            and "and" not in self.text[range_start.end : candidate.start].lower()
            and self._weekday_near(anchor_day, spec.weekday, self._tense(candidate).direction)
            < range_start.day
        ):
            # "imposed a curfew from 8 p.m. Thursday to 6 a.m. Friday": the end of a range never comes
            # before its start, whatever the tense says
            day = self._weekday_near(range_start.day, spec.weekday, 1)
            anchor = _anchor_at(range_start)
            return day.isoformat(), anchor, f"the first {name} on or after the start of its range", []
        spanned = self._day_in_a_coming_dated_span(candidate, anchor_day) if spec.amount is None else None
        if spanned is not None:
            # "runs from Saturday 6 July to Friday 12 July. Day 3 (Monday): ...", "Field course, 9-13
            # September ... On Wednesday we sample the river": a programme's weekday is a day of the span
            # it has just dated, not of the writer's week
            day, span_start = spanned
            anchor = _anchor_at(span_start)
            return day.isoformat(), anchor, f"the {name} of the coming days the text dated just before it", []
        listed = self._story_weekday_listed_before(candidate) if spec.amount is None else None
        if listed is not None:
            # "close the main stage on the Saturday, with Carreg opening on the Friday and Greaves
            # closing it on Sunday": a weekday listed after days of a week the story is in is of that week
            day = self._weekday_near(listed.day, spec.weekday, None)
            anchor = _anchor_at(listed)
            return day.isoformat(), anchor, f"the {name} of the story's week listed just before it", []
        story_day = self._story_day_of_the_weekday(candidate) if spec.amount is None else None
        if story_day is not None:
            # "on Friday, September 12th ... He stayed the Friday and the Saturday": a weekday with "the"
            # is a day of the week the story is telling, the one nearest its day, whatever now is
            day = self._weekday_near(story_day.day, spec.weekday, None)
            anchor = _anchor_at(story_day)
            return day.isoformat(), anchor, f"the {name} nearest the story's day {story_day.value}", []
        far_story = (
            self._far_story_day_in_news(candidate)
            if heading_day is None and spec.amount is None and choice.anchor.kind == _DCT_ANCHOR
            else None
        )
        if far_story is not None:
            choice = self._choice_of(far_story)
            anchor_day = far_story.day
        narrative_ref = (
            heading_day is None
            and (self.narrative or far_story is not None)
            and choice.anchor.kind == _EXPRESSION_ANCHOR
        )
        if narrative_ref:
            # "when that Sunday dawned": "that" points at the day the story is on, not back from it
            if (
                (weekday_tense := self._tense(candidate)).looks_back
                and not _THAT_DAY.match(self.text, candidate.start)
                # "The vote had been set for Tuesday": the day a plan was fixed for lies ahead of it
                and not (
                    self.low.endswith(" for ", 0, candidate.start)
                    and _cue_verb(weekday_tense) in _PLAN_FIXING_VERBS
                )
            ):
                # "On Thursday the fleet had sailed": a past perfect looks back from the story's day;
                # "By Sunday evening he had released it" sets a deadline instead, the story's own day
                day = self._weekday_near(anchor_day - timedelta(days=1), spec.weekday, -1)
                why = f"the last {name} before {choice.label} (past perfect: the story looks back)"
                return day.isoformat(), choice.anchor, why, []
            day = self._weekday_near(anchor_day, spec.weekday, 1)
            if (
                self.dct is not None
                and day > self.dct
                and weekday_tense.tense == "past"
                and not weekday_tense.looks_back
                and not weekday_tense.after_past
                and not self._quoted(candidate)
                and (dct_choice := self._dct_anchor()) is not None
            ):
                # "this year's lecture, on Thursday 21 November, ... Freshers arrived on Sunday": the
                # writer's past tense tells a day already gone, never one after the day of writing ("was
                # due to visit on Friday" tells an act after a past one, which may still be to come)
                day = self._weekday_near(self.dct, spec.weekday, -1)
                why = f"the last {name} on or before the DCT {self.dct} (past tense: told as gone)"
                return day.isoformat(), dct_choice.anchor, why, []
            return (
                day.isoformat(),
                choice.anchor,
                f"the first {name} on or after {choice.label} (the story moves forward)",
                [],
            )
        if (
            choice.anchor.kind == _DCT_ANCHOR
            and spec.amount is None
            and self.low.endswith(("for ", "is ", "on "), 0, candidate.start)
            and self._leads_up_in_sentence(candidate.start, 90, _PROSPECT_NOUNS, _PROSPECT_FOR_DAY)
        ):
            day = self._weekday_near(anchor_day, spec.weekday, 1)
            why = f"the first {name} on or after {choice.label}: the day a chance or an opportunity is for"
            return day.isoformat(), choice.anchor, why, []
        if (
            choice.anchor.kind == _DCT_ANCHOR
            and spec.amount is None
            and self.low.endswith("for ", 0, candidate.start)
            and self._leads_up_in_sentence(candidate.start, 70, _WARNING_NOUNS, _WARNING_FOR_DAY)
            and self._reported_now(self._tense(candidate))
        ):
            # "has issued a yellow warning of snow for Friday": a warning is for a time still to come
            day = self._weekday_near(anchor_day, spec.weekday, 1)
            why = f"the first {name} on or after {choice.label}: the day a warning is for"
            return day.isoformat(), choice.anchor, why, []
        if choice.anchor.kind == _DCT_ANCHOR and spec.amount is None and self._put_off_to(candidate):
            day = self._weekday_near(anchor_day, spec.weekday, 1)
            why = f"the first {name} on or after {choice.label}: the day a court put its business off to"
            return day.isoformat(), choice.anchor, why, []
        if choice.anchor.kind == _DCT_ANCHOR and spec.amount is None and self._after_since(candidate.start):
            # "have waited outside the police cordon since Saturday": what has run since a day began
            # then, whatever the verb's tense is read as
            day = self._weekday_near(anchor_day, spec.weekday, -1)
            why = f"the last {name} on or before {choice.label}: 'since' reaches back"
            return day.isoformat(), choice.anchor, why, []
        tense = self._tense(candidate)
        if tense.direction == 1 and choice.anchor.kind == _DCT_ANCHOR and self._premium_over_close(candidate):
            # "will pay $47.50 a share, a premium of 38 percent to the closing price on Friday": a
            # premium is counted over a price the market has already set
            tense = ClauseTense("past", "closing price", None)
        elif (
            tense.tense == "past"
            and choice.anchor.kind == _DCT_ANCHOR
            and (
                self.low.endswith("by ", 0, candidate.start)
                # "the Met Office has forecast showers for Monday afternoon": what a forecast still
                # standing (a present perfect) is for lies ahead of the report
                or (self._reported_now(tense) and self.low.endswith("for ", 0, candidate.start))
            )
            and self._expected_ahead(candidate)
        ):
            # "forecasters predicted snow by Sunday morning": a bound set on what a past "predicted" or
            # "expected" foresees lies after the act ("forecast showers on Monday" may date the forecast)
            tense = ClauseTense("future", tense.cue, tense.cue_end)
        elif (
            tense.tense is None
            and choice.anchor.kind == _DCT_ANCHOR
            and spec.amount is None
            and "likely" in self.low[max(0, candidate.start - 70) : candidate.start]
            and (likely := _LIKELY_BEFORE_DAY.search(self.low, max(0, candidate.start - 70), candidate.start))
        ):
            # "with a deep low likely to bring gales by Tuesday", "Showers likely by Tuesday": a clause
            # with no verb of its own that says what is likely tells of a time still ahead
            tense = ClauseTense("future", "likely", likely.end())
        direction = tense.direction
        listed_with = self.last_day if direction == -1 and spec.amount is None else None
        if (
            listed_with is not None
            and choice.anchor.kind == _DCT_ANCHOR
            and listed_with.day > anchor_day
            and 0 <= candidate.start - listed_with.end <= 24
            and _LISTED_WITH_DAY.fullmatch(self.text, listed_with.end, candidate.start)
        ):
            # "School closed tmrw and likely Monday": a day listed beside one still to come is to come
            # too; the "-ed" form is a notice's passive ("is closed"), no past tense
            direction = 1
        if (
            direction == -1
            and spec.amount is None
            and choice.anchor.kind == _DCT_ANCHOR
            and (self._planned_event_named(candidate, tense) or self._listed_repeat(candidate))
        ):
            # "Scheduled maintenance on Sunday", "Repeated Sunday at 9pm": the participle heads a notice or
            # a listing, no past
            direction = None
        ahead_because = None
        if direction is None and spec.amount is None and choice.anchor.kind == _DCT_ANCHOR:
            if self._listed_repeat(candidate):
                ahead_because = "a listing's repeat"
            elif self._timetable_present(candidate, tense):
                ahead_because = "a timetable's plain present"
            elif self._change_from_weekday(candidate, tense):
                ahead_because = "a change that starts from that day"
            elif self._next_occasion_on_weekday(candidate, tense):
                ahead_because = "the next of a series of occasions"
            elif self._planned_event_named(candidate, tense):
                ahead_because = "a planned event named without a verb"
            elif self._scheduled_event_is_on(candidate, tense):
                ahead_because = "a scheduled event said to be on that day"
            elif self._planned_day_is(candidate, tense):
                ahead_because = "a day a plan sets said to be that day"
            elif (
                tense.tense is None
                and self.low.endswith(" by ", 0, candidate.start)
                # "Floods hit the north. By Friday, 300 dead.": a "by" opening its clause, its day set off
                # by a comma, tells the time a tally is told at, no deadline; an imperative after the comma
                # sets one ("Forms are out. By Monday, submit them.")
                and not (
                    _CLAUSE_OPENED_BEFORE.search(self.low, max(0, candidate.start - 8), candidate.start - 3)
                    and self.low.startswith(",", candidate.end)
                    and not (
                        (imperative := _NEXT_WORD_AFTER.match(self.low, candidate.end + 1)) is not None
                        and _present_only_base(imperative[1])
                    )
                )
            ):
                # "Offers by Friday", "Replies by Monday, please": a deadline set with no verb lies ahead
                ahead_because = "a deadline set with 'by' and no verb"
            if ahead_because is not None:
                direction = 1
        day = self._weekday_near(anchor_day, spec.weekday, direction)
        if ahead_because is not None and day == anchor_day and self.kind != DocumentKind.NEWS:
            # "The final is on Sunday", said on a Sunday: a speaker's own day would be "today", so the
            # Sunday meant is a week on (news copy names its own day by its weekday, so it keeps it)
            day += timedelta(days=7)
        if (
            day == anchor_day
            and direction != -1
            and choice.anchor.kind == _DCT_ANCHOR
            and spec.amount is None
            and self._bound_ahead(candidate.start)
        ):
            # "the book of condolence is open until Thursday", written on a Thursday: the writer's own
            # day would be "today", so the Thursday meant is a week on
            day += timedelta(days=7)
            return day.isoformat(), choice.anchor, f"'until' the DCT's own weekday: the {name} a week on", []
        ref = self.reference
        if (
            range_start is not None
            and day < range_start.day
            and range_start.day.isoweekday() < spec.weekday
            and _DAY_VALUE.fullmatch(range_start.value)
        ):
            # "closed on Monday and Tuesday": days listed in the week's order are one week's days
            day = self._weekday_near(range_start.day, spec.weekday, 1)
            anchor = _anchor_at(range_start)
            return day.isoformat(), anchor, f"the {name} after the day listed before it", []
        if (
            ref is not None
            and ref.unit == "day"
            and _DAY_VALUE.fullmatch(ref.value)
            and ref.end < candidate.start
            and (
                _FOLLOWED_BY_LATER.fullmatch(self.text, ref.end, candidate.start) is not None
                # "... followed by the North Island on Tuesday and the South Island on Wednesday"
                or (
                    (tense.cue or "").lower() == "followed"
                    and _COORDINATED_LATER.fullmatch(self.text, ref.end, candidate.start) is not None
                )
            )
        ):
            # "walk out on Monday, March 20, followed by the rest on Tuesday": the days of a sequence
            # follow the one named before them; "followed" gives no tense of its own
            day = self._weekday_near(ref.day + timedelta(days=1), spec.weekday, 1)
            anchor = _anchor_at(ref)
            return day.isoformat(), anchor, f"the first {name} after the day before it in a sequence", []
        if (
            direction != -1
            and ref is not None
            and day < ref.day
            and (
                (ref.unit == "day" and (_DAY_VALUE.fullmatch(ref.value) or self._clock_on_a_dated_day(ref)))
                # "leave before 11 a.m. on Wednesday or wait until after 7 p.m., and avoid the roads
                # between noon and 6 p.m. on Sunday": a clock time put on a day ahead orders them too
                or (
                    self.dct is not None
                    and ref.day > self.dct
                    and "T" in ref.value
                    and _DAY_VALUE.match(ref.value) is not None
                )
            )
            and _COORDINATED_LATER.fullmatch(self.text[ref.end : candidate.start])
        ):
            # "will close on Monday and reopen Tuesday", "on Monday and on Tuesday": what is told after
            # "and" of days ahead comes after the day named first, not before it ("between noon and 6
            # p.m. on Sunday" after a clock time: on or after that clock time's day)
            later = ref.day if "T" in ref.value else ref.day + timedelta(days=1)
            day = self._weekday_near(later, spec.weekday, 1)
            anchor = _anchor_at(ref)
            why = f"the first {name} after the day named before it in the clause"
            return day.isoformat(), anchor, why, []
        if (
            direction == 1
            and ref is not None
            and ref.unit == "day"
            and self.dct is not None
            and self.dct < day < ref.day
            and _DAY_VALUE.fullmatch(ref.value)
            and ref.day.isoweekday() < spec.weekday
            and _WEEKDAY_OPENS_SENTENCE.fullmatch(
                self.text, self._sentence_opening(candidate.start), candidate.start
            )
            is not None
            and (
                self.text.find("\n\n", ref.end, candidate.start) < 0
                or self._day_by_day_paragraphs(ref.end, candidate.start)
            )
        ):
            # "... on Tuesday and the South Island on Wednesday. On Thursday all members will stop work":
            # a sentence opening on a later weekday of the week the text has just reached goes on in it
            day = self._weekday_near(ref.day, spec.weekday, 1)
            anchor = _anchor_at(ref)
            why = f"the first {name} after the day ahead the sentence before ended on"
            return day.isoformat(), anchor, why, []
        if (
            direction != 1
            and ref is not None
            and self.dct is not None
            and (ref.day > self.dct or (ref.day == self.dct and ref.value.endswith(("TEV", "TNI"))))
            and _LISTED_WITH.fullmatch(self.text, ref.end, candidate.start)
        ):
            # "warned of sleet tonight and Wednesday": a day listed with one still ahead is ahead too,
            # whatever the tense of the verb that reports them ("tickets for Saturday or Sunday can be
            # used", whose present gives no direction, too); a clock time listed before its own weekday
            # ("between 11 a.m. and 3 p.m. on Tuesday") is on that day, not a week after it
            clock = "T" in ref.value and ref.value[ref.value.index("T") + 1 :][:1].isdigit()
            day = self._weekday_near(ref.day + timedelta(days=0 if clock else 1), spec.weekday, 1)
            anchor = _anchor_at(ref)
            return day.isoformat(), anchor, f"the first {name} after the day ahead listed with it", []
        if (
            direction is None
            and choice.anchor.kind == _DCT_ANCHOR
            and ref is not None
            and ref.unit == "day"
            and 0 < (ref.day - anchor_day).days <= 7
            and day < anchor_day
            and _HEADING_DAYS.match(self.text, candidate.end) is not None
        ):
            # a forecast's "Sunday: snow. Monday: milder": days heading a list go on from the last one named
            day = self._weekday_near(ref.day, spec.weekday, 1)
            anchor = _anchor_at(ref)
            return day.isoformat(), anchor, f"no tense: the first {name} on or after the day just named", []
        heading = (
            self._weekday_heading_before(candidate)
            if direction is None
            and spec.amount is None
            and choice.anchor.kind == _DCT_ANCHOR
            and day < anchor_day
            else None
        )
        if heading is not None and heading.day >= anchor_day:
            # a notice's "Monday: Toddler Praise ... Wednesday: no Bible study, resumes on 2 October. Thursday:
            # decorating": a week's days heading the lines of a list go on from the line before, whatever
            # the lines tell between them
            day = self._weekday_near(heading.day + timedelta(days=1), spec.weekday, 1)
            anchor = _anchor_at(heading)
            return (
                day.isoformat(),
                anchor,
                f"no tense: the first {name} after the day heading the line before",
                [],
            )
        entry = self.entry
        if (
            direction is None
            and spec.amount is None
            and entry is not None
            and entry.unit == "day"
            and self.entry_heading_end is not None
            and candidate.start >= self.entry_heading_end
            and self._heading_end(candidate.start, candidate.end) is not None
        ):
            # "Sept. 11th ... Sunday." heading a diary's next entry: entries follow one another, so a
            # weekday heading one is the first such day after the entry before it
            day = self._weekday_near(entry.day + timedelta(days=1), spec.weekday, 1)
            return (
                day.isoformat(),
                _anchor_at(entry),
                f"a diary's heading: the first {name} after the entry before",
                [],
            )
        if (
            day == anchor_day
            and choice.anchor.kind == _DCT_ANCHOR
            and spec.amount is None
            and (week_before := self._week_before_told(candidate, anchor_day)) is not None
        ):
            # a log "from Thursday, March 7, through Wednesday, March 13", printed on the 14th, heads its
            # items "Thursday, 8:12 a.m.:": a line opening on the DCT's weekday is the one the log dated
            anchor = _anchor_at(week_before)
            return week_before.value, anchor, f"the {name} the log dated a week before the DCT", []
        told = self.weekdays_told.get(spec.weekday) if direction is None and spec.amount is None else None
        if (
            told is not None
            and choice.anchor.kind == _DCT_ANCHOR
            and told.day != day
            and abs((told.day - anchor_day).days) < 7
        ):
            # "last seen at 3.30pm on Tuesday ... CCTV shows him at 4.02pm on Tuesday": a present that
            # gives no direction names again the Tuesday the text has told, not the nearest one
            anchor = _anchor_at(told)
            return told.value, anchor, f"the {name} the text told before ({told.value})", []
        cue = f" ('{tense.cue}')" if tense.cue else ""
        if day == anchor_day:
            why = f"the {'DCT' if choice.anchor.kind == _DCT_ANCHOR else 'anchor'}'s own weekday, {_tense_phrase(tense)}{cue}"
        elif direction is None:
            why = f"the nearest {name} to {choice.label}; {_tense_phrase(tense)}{cue}"
        elif ahead_because is not None:
            why = f"{ahead_because}{cue}, so the next {name} after {choice.label}"
        else:
            why = f"{tense.tense} tense{cue}, so the {'last' if direction < 0 else 'next'} {name} {'before' if direction < 0 else 'after'} {choice.label}"
        return day.isoformat(), choice.anchor, why, []

    def _weekday_heading_before(self, candidate: Candidate) -> _Reference | None:
        """The day told by the weekday heading the line before, when `candidate` heads its own line as a
        weekday before a colon ("Thursday: Harvest decorating"), as a list of a week's days does."""
        if _HEADING_DAYS.match(self.text, candidate.end) is None or not self._opens_line(candidate.start):
            return None
        # the line before, over any blank lines between them
        line = self.text.rfind("\n", 0, candidate.start)
        while line > 0 and self.text[line - 1] in " \t\r\n":
            line -= 1
        before = self.text.rfind("\n", 0, max(line, 0))
        told = [
            ref
            for ref in self.weekdays_told.values()
            if before < ref.end <= line
            and _HEADING_DAYS.match(self.text, ref.end) is not None
            and self._opens_line(ref.end - len(WEEKDAY_NAMES[ref.day.isoweekday() - 1]))
        ]
        return told[0] if len(told) == 1 else None

    def _opens_line(self, start: int) -> bool:
        """Whether only blanks stand between the start of its line and `start`."""
        return self.text[self.text.rfind("\n", 0, start) + 1 : start].strip() == ""

    def _early_morning_anchor(self, choice: _AnchorChoice) -> bool:
        """Whether ``choice`` is the reference time written as an early morning ("early on Tuesday
        morning", "early yesterday morning"), whose small hours are its own."""
        return (
            (choice.anchor.value or "").endswith("TMO")
            and self.reference is not None
            and self.reference_span is not None
            and choice.anchor.expression == self.reference.index
            and _EARLY_WORD.search(self.low, *self.reference_span) is not None
        )

    def _anchored_on_overnight(self, choice: _AnchorChoice) -> bool:
        """Whether ``choice`` is the reference night written as "overnight"."""
        return (
            self.reference is not None
            and self.reference_span is not None
            and choice.anchor.expression == self.reference.index
            and self.low[self.reference_span[0] : self.reference_span[1]] in _LEX.NIGHT_INTO_MORNING_WORDS
        )

    def _anchored_on_night_of_date(self, choice: _AnchorChoice) -> bool:
        """Whether ``choice`` is the reference day written as "the night of 2 July": such a night runs into
        the next day's small hours and ends at its dawn."""
        return (
            self.reference is not None
            and self.reference_span is not None
            and choice.anchor.expression == self.reference.index
            and self.reference.unit == "day"
            and self.low.endswith("night of ", 0, self.reference_span[0])
        )

    def _shift(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        spec = candidate.spec
        if spec.note == RESTATED_IN_ZONE_NOTE and spec.pod is not None and spec.amount is not None:
            restated = self.last_dated
            if restated is None or self.text[restated[0] : candidate.start] not in (" (", "("):
                # "at 9 p.m. (0100 GMT) each night", "in 2010 ... at 9 p.m. (0100 GMT)": the clock time
                # before the bracket is on no known day, so neither is its restatement
                return f"XXXX-XX-XXT{spec.pod}", _UNANCHORED, f"{spec.note}, on no known day", []
            # "at 5:40 a.m. local time (0340 UTC)": the day of the clock time just before the bracket,
            # or the day next to it that midnight between the zones makes it
            day = restated[1] + timedelta(days=spec.amount)
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=restated[2], expression=restated[3])
            return f"{day.isoformat()}T{spec.pod}", anchor, f"{spec.note}, {restated[2]}", []
        if spec.same_day_in_year is not None:
            # "On this day in 1969": the writer's month and day in the year named (the year alone
            # when the text is undated)
            year = _era_year_value(spec.same_day_in_year)
            if self.dct is None:
                return year, _UNANCHORED, f"{spec.note}: the year named; the text gives no day", []
            now = _anchor(kind=AnchorKind.DCT, value=self.dct.isoformat())
            why = f"{spec.note}: the day and month of the DCT {self.dct.isoformat()} in {year}"
            if (self.dct.month, self.dct.day) == (2, 29) and not isleap(spec.same_day_in_year):
                return f"{year}-02", now, f"{why} (no 29 February that year: the month)", []
            return f"{year}-{self.dct.month:02d}-{self.dct.day:02d}", now, why, []
        if (
            spec.new_year
            and spec.amount == 1
            and spec.base == "dct"
            and not self.narrative
            and self.dct is not None
            and self.dct.month == 1
            and self.dct.day <= _NEW_YEAR_JUST_BEGUN_DAYS
        ):
            # "hoped to see the new year through", written on 4 January: in the first days of January
            # the new year is the one just begun
            spec.amount = 0
            spec.note = f"{spec.note}, just begun at the DCT"
        if (
            self._day_of_clock_before is not None
            and self._day_of_clock_before[0] == candidate.start
            and spec.base == "ref"
            and spec.unit == "day"
            # "which were to begin at seven o'clock the next morning": a planned time is no reference
            # time, so the count goes on from the story's day
            and self.reference is not None
            and self.reference.end == self._day_of_clock_before[1]
        ):
            # "at noon the next day": the clock time before it has already been put on that day
            self._day_of_clock_before = None
            spec.amount = 0
            spec.note = f"{spec.note}, the day of the clock time just before it"
        unit = spec.unit or "day"
        base = spec.base
        if (
            base == "ref"
            and spec.counted_offset
            and not self.narrative
            and unit in ("year", "half", "decade", "century")
            # only the one-period comparison: "three years earlier", "eight years later" count from a named time
            and spec.amount == -1
            # "52 arrests over the bank holiday weekend, against 37 over the same weekend last year": the
            # weekend (week, day) the sentence has named, a year back
            and not self._same_part_told_in_sentence(candidate)
        ):
            base = "dct"  # news compares "a year earlier" with the period it reports on, not with the last date named
        ref = self.reference
        if (
            base == "ref"
            and spec.counted_offset
            and ref is not None
            and ref.end + 2 == candidate.start
            and ref.unit == unit
            and self.text.startswith(", ", ref.end)
            and (
                self.text.startswith(",", candidate.end)
                or _FROM_AN_EVENT_TO_COMMA.match(self.text, candidate.end) is not None
            )
            and self.low.endswith(("later", " on"), candidate.start, candidate.end)
        ):
            # "bought the rights in May; the series was announced in July 2017, two months later, with":
            # a count set off by commas right after a date of its unit restates that date ("In 1990,
            # forty years on, the mine closed", "In 1990, forty years on from the strike, the mine closed")
            anchor = _anchor_at(ref)
            why = f"{spec.note}: in apposition to the {unit} just named (expression #{ref.index}), which it restates"
            return ref.value, anchor, why, []
        month_named = self._month_named_before(candidate) or self._month_before_a_statement_day(candidate)
        if month_named is not None:
            anchor = _anchor_at(month_named)
            why = f"{spec.note}: the month the report has just named (expression #{month_named.index})"
            return month_named.value, anchor, why, []
        yearly_day = self._yearly_day_of_set_after(candidate)
        if yearly_day is not None:
            # "sirens sound at 10:01 every 13 December": the clock time of the day the yearly set names
            why = f"{spec.note}: the clock time of the yearly day named by the set after it"
            return f"{yearly_day}T{spec.pod}", _UNANCHORED, why, []
        if self._habitual_clock(candidate):
            why = f"{spec.note}: a habit or the hours a rule sets, so that time of every day"
            pod = spec.pod or ""
            if (
                self.habitual_clock_pod[:2] >= "12"
                and pod < self.habitual_clock_pod
                and self._hour_without_half_of_day(candidate)
                and self._clock_after_habitual_clock(candidate)
                # "performances at 19.30 each evening and a matinee at 11.00": a text on the 24-hour clock
                # writes its morning hours as they are
                and not TWENTY_FOUR_HOUR_READING.search(
                    self.low, max(0, candidate.start - TWENTY_FOUR_HOUR_REACH), candidate.start
                )
            ):
                # "doors at 6:30 p.m., the opening act at 7:30": a bare hour after an afternoon one
                pod = _afternoon_clock(pod)
            elif (
                self._hour_without_half_of_day(candidate)
                and (
                    self._evening_habit_after(candidate)
                    or self._evening_habit_before(candidate)
                    or self._evening_set_before(candidate)
                )
                and EVENING_STARTS["EV"] <= int(pod[:2]) + 12 < 24
            ):
                # "a curfew began at eleven o'clock every night", "evening shows at half past seven": a
                # bare hour of a nightly habit is the evening's
                pod = _afternoon_clock(pod)
            elif (
                pod == "12:00"
                and _TWELVE_OCLOCK.fullmatch(self.text, candidate.start, candidate.end)
                and (nights := self._set_right_after(candidate)) is not None
                and ((nights.pod or "") == "NI" or (nights.value or "").endswith("NI"))
            ):
                # "the guards were changed at twelve o'clock every night": the night's twelve is midnight
                pod = "24:00"
            self.habitual_clock_end, self.habitual_clock_pod = candidate.end, pod
            return f"XXXX-XX-XXT{pod}", _UNANCHORED, why, []
        if self._part_of_day_in_a_past_habit(candidate):
            why = f"{spec.note}: a habit of the story's past, so that time of every day"
            return f"XXXX-XX-XXT{spec.pod}", _UNANCHORED, why, []
        if self._after_undated_night(candidate):
            why = f"{spec.note}: after a night of no known day just told (an instruction's), the same"
            return f"XXXX-XX-XXT{spec.pod}", _UNANCHORED, why, []
        if self._part_of_day_in_a_present_habit(candidate):
            self.habitual_pod_end = candidate.end
            why = f"{spec.note}: the simple present of a story told in the past, so that time of every day"
            return f"XXXX-XX-XXT{spec.pod}", _UNANCHORED, why, []
        if (
            spec.reaches_now
            and self.dct is not None
            and (
                (reach_tense := self._tense(candidate)).tense in ("present", "future")
                # "Thirty years on, the enthusiasm has faded": a present perfect reaches the writer's now
                or _written_present_perfect(reach_tense)
                # "Ten years on: what changed after the fire" heading a story: with no time told before it
                # the count can only end at the writer's now (a count from now would be "from now")
                or self.reference is None
            )
        ):
            # "Ten years on, the village is thriving": a count told in the present ends at the writer's now
            why = f"{spec.note}: a present-tense clause, so the count ends at the DCT {self.dct.isoformat()}"
            now = _anchor(kind=AnchorKind.DCT, value=self.dct.isoformat())
            return cal.period_value(self.dct, unit), now, why, []
        if (
            base == "ref"
            and self.narrative
            and self.dct is not None
            and unit in ("week", "month", "year", "decade")
            and (spec.amount or 0) > 0
            and self.reference is not None
            and self.reference.day.year < self.dct.year
            and not self._quoted_at(candidate.start)
            and (reading := self._tense(candidate)).tense == "future"
            and (reading.cue or "").split(" ", 1)[0].lower() in _LEX.PRESENT_FUTURE_CUE_WORDS
        ):
            # "The inquiries are expected to report over the next year": the writer's future closing a
            # history counts from the writer's now, not from the story's last date
            base = "dct"
        # "It last cut rates in November 2019. ... a statement released at 2 p.m.": a clock time needs a
        # day; a month recalled from years back gives none, so the time falls on the news day
        # (a part of the day needs one as well: "since June 2004 ... during the morning practice session")
        of_a_day = spec.type == "TIME" or (spec.pod is not None and unit == "day")
        story_reference = base == "ref" and (not of_a_day or self._reference_fits(unit))
        choice = (self._story_reference(candidate.start) if story_reference else None) or self._anchor_for(
            base, unit
        )
        if (
            base == "ref"
            and self.on_this_day_column
            and ((of_a_day and not story_reference) or unit in ("day", "week", "month"))
        ):
            # "1963: ... The first shot is fired at 12.30pm", "1903: ... opens the following month": in an
            # "On this day" column a time of day or a count of days, weeks or months under a year counts
            # from the writer's day and month in that year
            choice = self._column_day_in_year() or choice
        writers_day = self.writers_day
        if (
            of_a_day
            and base == "ref"
            and writers_day is not None
            and (self.reference is None or self.reference.end < writers_day.end)
            and 0 <= candidate.start - writers_day.end <= _SENTENCE_REACH
            and not _SENTENCE_BREAK.search(self.text, writers_day.end, candidate.start)
        ):
            # "The centenary falls on Sunday, when bells will ring at 12:30 p.m.": the writer's day
            # just named in the sentence holds the clock time, not the story's last time
            choice = self._choice_of(writers_day)
        if unit == "year" and spec.amount == 0 and self.narrative:
            writers_month = self.writers_month
            if (
                writers_month is not None
                and (self.reference is None or self.reference.end < writers_month.end)
                and 0 <= candidate.start - writers_month.end <= _SENTENCE_REACH
                and not _SENTENCE_BREAK.search(self.text, writers_month.end, candidate.start)
                # "as the museum recalled last month, and by the end of the year": a clause joined on
                # after the writer's month goes back to the story
                and _NEW_CLAUSE_JOINED.search(self.low, writers_month.end, candidate.start) is None
            ):
                # "The museum said last month that the logs would be online by the end of the year": the
                # year of the writer's month just named in the sentence, not the story's last year
                choice = self._choice_of(writers_month)
        if of_a_day and base == "ref" and self.narrative:
            lead = self._lead_after_look_back(candidate.start)
            if lead is not None:
                # "... drawn up in the winter of 1905-06. / The crisis / ... shot shortly before 11 a.m.":
                # a time of day opening a new section after a look back is on the lead's day
                choice = self._choice_of(lead)
        if base == "ref" and unit == "day" and spec.pod is None and self.narrative:
            birth = self._birth_told_without_its_day(candidate)
            if birth is not None:
                # "She was born in Hull, the third child of a sailmaker, and baptised the next day": the
                # life's lead gave the birth date; a sentence telling the birth without it goes by it
                choice = self._choice_of(birth)
        planned = self.planned_day
        if (
            planned is not None
            and base == "ref"
            and unit in ("day", "week")
            and self.reference is not None
            and self.reference.unit not in ("day", "week")
            and self.reference.end < planned.end
            and 0 <= candidate.start - planned.end <= _SENTENCE_REACH
            and self.low.endswith(("before", "after"), candidate.start, candidate.end)
        ):
            # "planned to question him on Monday 28 May. A friend warned him the week before": counted
            # from the day the plan was for, the only day near, though the story has not come to it
            choice = self._choice_of(planned)
        called = self.called_day
        if (
            called is None
            and planned is not None
            and (self.reference is None or self.reference.unit not in ("day", "week"))
        ):
            # "In 1912 the crew were to sail on 9 August. A gale blew all that week": with no day of its
            # own, the story's "that" points to the day a plan named, as to a day called for
            called = planned
        if (
            called is not None
            and base == "ref"
            and unit in ("day", "week", "month")
            and (self.reference is None or self.reference.end < called.end)
            and 0 <= candidate.start - called.end <= _SENTENCE_REACH
            and self.low.startswith("that ", candidate.start)
        ):
            # "leaflets calling for a boycott on Monday, December 5. Riders stayed off the buses that day":
            # "that" points to the day just named (or its week or month), though it was named as the day
            # an event was called for
            choice = self._choice_of(called)
        glanced = max(
            (ref for ref in (self.flashback_month, self.flashback_year) if ref is not None),
            key=lambda ref: ref.end,
            default=None,
        )
        if (
            glanced is not None
            and base == "ref"
            and self.narrative
            and spec.amount
            and self.reference is not None
            and self.reference.end < glanced.end
            and self._told_after_glance(glanced, candidate.start)
            and (
                self.low.endswith(("later", "after", "earlier", "before"), candidate.start, candidate.end)
                # "He had commanded an army in the battles of August 1914 and the following winter": a
                # period counted on from the time glanced back to in its sentence
                or self.low.startswith(_LEX.COUNTED_ON_PERIOD_LEADS, candidate.start)
            )
        ):
            # "Both had tested weapons in May 1998, and nine months later the prime minister went to
            # Lahore": a count told after a glance back in its sentence goes on from the time glanced to
            choice = self._choice_of(glanced)
        if (
            base == "dct"
            and spec.amount == 0
            and candidate.rule == "the_unit"
            and choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            and (far_story := self._far_story_day_in_news(candidate, coarse=True)) is not None
        ):
            # "served on Saturday, April 12, 1975 ... told to be gone by the end of the year": the year of
            # the story the news has gone back to
            choice = self._choice_of(far_story)
        if (
            base == "dct"
            and choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            and (message_day := self._day_of_quoted_message(candidate)) is not None
        ):
            # "had sent him a text the previous evening saying: "I want it back by the end of the week"":
            # a message quoted word for word speaks from the day it was sent
            choice = self._choice_of(message_day)
        if (
            base == "dct"
            and unit == "day"
            and choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            and (speakers_day := self._speakers_day(candidate)) is not None
        ):
            # 'Sir Alan had said on Wednesday: "I say it again today."': a quotation's day words count
            # from the day it was said, when its attribution dates it
            choice = self._choice_of(speakers_day)
        if (
            base == "dct"
            and unit == "day"
            and spec.amount is not None
            and (letter_day := self._day_of_quoted_block(candidate)) is not None
        ):
            # 'wrote again on the 4th of April: "yours of the 2d ult. came but this day. I preached
            # yesterday"': a letter quoted whole speaks from its own day, whatever day it has named since
            choice = self._choice_of(letter_day)
        if (
            base == "ref"
            and choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            and (
                spec.pod is None
                or self.low.startswith("that ", candidate.start)
                # "shot dead on 20 November 1964, when the week's takings were in the safe. The gunman, who
                # had been seen at about 5.30pm": a clock time a past perfect looks back to is the story's
                or (spec.type == "TIME" and spec.pod[:1].isdigit() and self._tense(candidate).looks_back)
            )
        ):
            told = self._far_story_day_of_a_coarse_reference(candidate)
            if told is not None:
                # "found her body on Monday ... No laboratory in 1979 could ... he had spent that night at
                # a tavern", "buried on Thanksgiving Day. That winter ... The mine reopened five months
                # later": a count or "that" goes on from the story's last day, not from the writer's
                choice = self._choice_of(told)
        past_day = self.last_past_day
        if (
            past_day is not None
            and base == "ref"
            and unit == "day"
            and spec.amount is not None
            and spec.amount > 0
            and choice is not None
            and choice.anchor.kind == AnchorKind.DCT
            # the last past day is still the last day told ("a show on Friday night ... to be in shops in
            # September"), or it was told a paragraph or so before
            and (past_day is self.last_day or candidate.start - past_day.end <= _STORY_REACH)
            and self._tense(candidate).direction == -1
        ):
            # "shot in the early hours of Nov. 7, 1998 ... a witness who told deputies the next day", "a
            # show on Friday night ... The following morning he was in the showroom", told on Saturday: a
            # day counted on in the past tense cannot be one after the writer's, so it goes on from the last
            # past day the text told
            choice = self._choice_of(past_day)
        if (
            of_a_day
            and base == "ref"
            and spec.amount == 0
            and not self.narrative
            and self.dct is not None
            and choice is not None
            and choice.day is not None
            and choice.day > self.dct
            and (reading := self._tense(candidate)).tense == "past"
            and reading.perfect
            and (reading.cue or "").lower().startswith("had ")
            and (reading.cue_end or 0) > candidate.end
            # "warned that if by noon no deal had been reached, they would walk out": a condition on the
            # day ahead, no report of what has happened
            and not _CONDITION_OPENED_BEFORE.search(self.low, max(0, candidate.start - 40), candidate.start)
        ):
            # "is due to end at 4am on Monday. By midday, 186 flights had been cancelled": the hour a past
            # perfect after it says something had happened by is on the writer's day, not one still ahead
            choice = self._dct_anchor() or choice
        night = self.last_night_told
        if (
            night is not None
            and spec.pod in ("EV", "NI")
            and self.low.startswith("that ", candidate.start)
            and choice is not None
            and (
                choice.anchor.kind == AnchorKind.DCT
                or (self.reference is not None and self.reference.unit != "day")
            )
            and choice.day != night.day
            and candidate.start - night.end <= _NIGHT_TOLD_REACH
        ):
            # "last seen at about 9pm on 9 August ... Mum died in 2001 blaming herself for letting him go
            # out that night": "that night" points back to the night the text told by its clock, not to a
            # year the story has since named nor to the writer's day
            choice = self._choice_of(night)
        if spec.type == "TIME" and base == "ref" and self._reporting_day_before(candidate):
            # "..., the ministry said on Monday. The dollar stood at 101 yen at 3 p.m.": the day a
            # statement was made times the statement, not what a later sentence tells at a clock time;
            # "were freed on Wednesday, doctors said Thursday. They were handed over at 4 p.m.": the
            # event's day named in that sentence is the day the story goes on telling
            event_day = self._event_day_beside_report() or self._day_ahead_before_report(candidate)
            choice = (self._choice_of(event_day) if event_day else None) or self._dct_anchor() or choice
        if (
            self.evening_before_dct is not None
            and choice is not None
            and choice.day == self.dct
            and (
                (spec.type == "TIME" and base == "ref" and _EVENING_CLOCK.fullmatch(spec.pod or ""))
                # "Audiences climbed through the evening": the evening, not "this evening"
                or (spec.pod in ("EV", "NI") and self.low.startswith("the ", candidate.start))
            )
            and not self.narrative
            and self._tense(candidate).direction == -1
        ):
            # "won best picture on Sunday night ... The broadcast began at 7 p.m.", in Monday's paper: an
            # evening's clock time told in the past goes on the evening the story told, not on the DCT
            choice = self._choice_of(self.evening_before_dct)
        if (
            of_a_day
            and base == "ref"
            and not self.narrative
            and choice is not None
            and choice.day is not None
            and self.dct is not None
            and choice.day > self.dct
            and self._past_after_a_day_ahead(candidate)
        ):
            # "The council meets again on March 8. ... The meeting began at 10:15 a.m.": what news tells
            # in the past tense has happened, so its clock time (or "the morning peak") is not on a day
            # still ahead
            choice = self._dct_anchor() or choice
        if (
            base == "ref"
            and not self.narrative
            and self.last_past_day is not None
            and choice is not None
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and choice.day is not None
            and self.dct is not None
            and choice.day > self.dct
            and self._tense(candidate).looks_back
        ):
            # "will be eligible for parole in October 2037. He had planned to retire the following year":
            # a past perfect looks back from a time already past, never from one still ahead
            choice = self._choice_of(self.last_past_day)
        if (
            spec.type == "TIME"
            and base == "ref"
            and not self.narrative
            and choice is not None
            and choice.day == self.dct
            and self._yesterdays_news_after_a_look_ahead(candidate)
            and self.last_past_day is not None
        ):
            # "Schools were closed yesterday and will stay closed today. ... The trains stopped running at
            # 11 a.m.": a morning paper's past tense tells the day before, not the day a forecast looked to
            choice = self._choice_of(self.last_past_day)
        # a clock time, or for the week that holds the day just told a part of a day as well ("cancelled
        # our flight the night before", read as a date until the value is made)
        if of_a_day and base == "ref" and unit == "day" and not self.narrative:
            clock = spec.type == "TIME"
            if (
                clock
                and not self._reference_fits(unit)
                and (
                    self.last_day is not None
                    and self.reference is not None
                    and self.last_day.end < self.reference.end
                    and not _SENTENCE_BREAK.search(self.text, self.last_day.end, candidate.start)
                )
            ):
                # "voted Monday night to put it off until next spring, after a meeting that ran until
                # midnight": a season named since gives no day; the clock is on the day the sentence named
                choice = self._choice_of(self.last_day)
            elif (
                self.last_day is not None
                and self.reference is not None
                and self.reference.unit == "week"
                and self.low.endswith(("that week", "same week"), 0, self.reference.end)
                and self.last_day.end < self.reference.end
                and self.reference.day <= self.last_day.day <= self.reference.day + timedelta(days=6)
            ):
                # "on the night of the 14th? - I was on nights that week. - Eight o'clock.": the week that
                # holds the day just told names no other day; the clock stays on that day
                choice = self._choice_of(self.last_day)
            elif (
                clock
                and self.last_day is not None
                and self.dct is not None
                and self.last_day.day > self.dct
                and self.text.count("\n\n", self.last_day.end, candidate.start) <= 1
                and self.reference is not None
                and self.last_day.end < self.reference.end
                # the coarser time was named in the same sentence as the day, in passing
                and not _SENTENCE_BREAK.search(self.text, self.last_day.end, self.reference.end)
                and not self._reference_fits(unit)
                and self._tense(candidate).direction == 1
            ):
                # "Voters go to the polls tomorrow, ahead of next year's election. Polling stations will
                # open at 6am": a year named in passing gives no day; a clock ahead falls on the day ahead
                choice = self._choice_of(self.last_day)
            elif (
                clock
                and _AS_OF_BEFORE.search(self.text, max(0, candidate.start - 7), candidate.start)
                and (
                    self.reference is not None
                    and _SENTENCE_BREAK.search(self.text, self.reference.end, candidate.start)
                )
            ):
                # "led by 212 votes as of 6 a.m.": the time a running count stands at, the news day's
                choice = self._dct_anchor() or choice
        if (
            of_a_day
            and base == "ref"
            and unit == "day"
            and spec.type == "TIME"
            and self.narrative
            and (story_day := self._story_day_after_glance_back(candidate)) is not None
        ):
            # "broke out on the night of 4 November 1872 ... A new pump was ordered in the spring.\n\nThe
            # watchman saw smoke at 10:15 p.m.": a clock time needs a day; a month or season the story
            # looked back to before its day gives none, so the clock is on the day the story reached
            choice = self._choice_of(story_day)
        if (
            base == "ref"
            and unit == "day"
            and spec.amount == 0
            # "published them the same night": a part of the day repeats the day told as well
            and ((spec.type == "DATE" and spec.pod is None) or "same" in spec.note)
            and self.last_day is not None
            and self.reference is not None
            and _UNIT_RANK.get(self.reference.unit, len(_UNIT_RANK)) > _UNIT_RANK["day"]
            and self.reference.day <= self.last_day.day
        ):
            # "crossed on 14 October, in the largest battle since 1943. On the same day the airlift began":
            # "the same day" repeats a day told; a coarser time named since in passing has no day to repeat
            choice = self._choice_of(self.last_day)
        if (
            base == "ref"
            and unit == "day"
            and spec.amount == 0
            and spec.pod is None
            and not self.narrative
            and self.dct is not None
            and self.last_day_ahead is not None
            and choice is not None
            and choice.day is not None
            and choice.day < self.dct
            and "same" in spec.note
            and self._tense(candidate).tense == "future"
        ):
            # "rises on April 1 ... was last raised on April 1, 2025. Provinces will raise theirs the same
            # day": a day ahead repeats the last day ahead told, not a day since gone
            choice = self._choice_of(self.last_day_ahead)
        if (
            spec.pod == "NI"
            and spec.amount == -1
            and base == "dct"
            and self.dct is not None
            and self.reference is not None
            and self.reference.day < self.dct
            and _MORNING_VALUE.fullmatch(self.reference.value)
            and "\n\n" not in self.text[self.reference.end : candidate.start]
            and self.text[candidate.start : candidate.end].lower().endswith("overnight")
        ):
            # "The fire was reported at 3:40 a.m. ... after the temperature had dropped overnight": the
            # night that ended on the morning the report tells, not the one before the DCT
            choice = self._choice_of(self.reference)
        if (
            spec.pod == "NI"
            and spec.amount == -1
            and base == "dct"
            and self.text[candidate.start : candidate.end].lower().endswith("overnight")
            and self._overnight_ahead(candidate)
        ):
            # "the road will shut overnight", "work will take place overnight": the coming night
            spec.amount = 0
            spec.note = f"{spec.note}, a clause pointing ahead: the coming night"
        elif (
            spec.pod == "NI"
            and spec.amount == -1
            and self.reference is not None
            and self.reference.unit == "day"
            and _AND_BETWEEN.fullmatch(self.text, self.reference.end, candidate.start) is not None
            and self.text[candidate.start : candidate.end].lower().endswith("overnight")
        ):
            # "searched through Sunday and overnight": the night of the day it is joined to
            spec.amount = 0
            choice = self._choice_of(self.reference)
            spec.note = f"{spec.note}, joined to the day just named: that day's night"
        elif (
            spec.pod == "NI"
            and spec.amount == -1
            and self.reference is not None
            and self.reference.value.endswith("TNI")
            and self.text[candidate.start : candidate.end].lower().endswith("overnight")
            and "\n\n" not in self.text[self.reference.end : candidate.start]
        ):
            # "Tonight: dry at first. Cloud thickens from the west overnight": the night its paragraph
            # has named, not the one before the DCT
            spec.amount = 0
            choice = self._choice_of(self.reference)
            spec.note = f"{spec.note}, after a night just named: that night"
        elif (
            spec.pod == "NI"
            and spec.amount == -1
            and self.narrative
            and self.reference is not None
            and self.reference.unit == "day"
            and self.text.startswith("Overnight", candidate.start)
            and not self.text[self._sentence_opening(candidate.start) : candidate.start].strip()
        ):
            # "They camped on 3 June 1850. Overnight they heard wolves.": a story opening a sentence on
            # "Overnight" goes on into the night of the day it has reached, not back to the one before
            spec.amount = 0
            spec.note = f"{spec.note}, opening a sentence after a day of the story: that day's night"
        elif (
            spec.pod == "NI"
            and spec.amount == -1
            and self.reference is not None
            and _LATER_PART_OF_DAY_VALUE.search(self.reference.value) is not None
            and self.text[candidate.start : candidate.end].lower().endswith("overnight")
            and (
                self.narrative
                # "Queues are likely on Saturday evening ... fans were advised to stay in the city
                # overnight": in news, the night after an afternoon or evening its sentence has named
                or not _SENTENCE_END_BETWEEN.search(self.text, self.reference.end, candidate.start)
                # "Heavy rain that afternoon flooded the passage. Divers tried to pass it overnight", in
                # a Wednesday story of Monday: news gone back to a day before the DCT's eve stays on it
                # for the rest of its paragraph, and the night before the DCT would skip a day
                or (
                    self.dct is not None
                    and self.reference.day < self.dct - timedelta(days=1)
                    and "\n\n" not in self.text[self.reference.end : candidate.start]
                )
            )
        ):
            # "reached the square in the afternoon ... tried to stay overnight": in a story, the night
            # after the afternoon or evening it has just told, not a night before it
            spec.amount = 0
            if not self.narrative:
                choice = self._choice_of(self.reference)
            spec.note = f"{spec.note}, after an afternoon or evening just told: that day's night"
        elif (
            spec.pod == "NI"
            and spec.amount == 0
            and base == "ref"
            and self.low.startswith("the night", candidate.start)
            and candidate.end - candidate.start == len("the night")
            and self.reference is not None
            and _DAYTIME_VALUE.search(self.reference.value) is not None
            and self._night_looked_back_to(candidate)
            and not self._quoted(candidate)
        ):
            # "By 4 p.m. the last men were off. One had died in the rigging during the night": a past
            # perfect told on a day's morning or afternoon looks back to the night before it
            spec.amount = -1
            spec.note = f"{spec.note}, in a past perfect told by day: the night before"
            self.night_looked_back_end = candidate.end
        if (
            spec.type == "TIME"
            and base == "ref"
            and unit == "day"
            and spec.amount == 0
            and spec.pod is not None
            and ":" in spec.pod
            and not self.narrative
            and self.dct is not None
            and choice is not None
            and choice.day is not None
            and choice.day < self.dct
            and self.reference is not None
            and _SENTENCE_END_BETWEEN.search(self.text, self.reference.end, candidate.start)
            and self._tense(candidate).tense == "future"
            # "will begin at 11 p.m.", not a plan told in the past ("said the tow would resume at 11 p.m.",
            # "crews expected to resume the tow at 11 p.m.")
            and not _cue_past_or_modal(self._tense(candidate))
        ):
            # "Tugs pulled at her on Wednesday evening. The next attempt will begin at 11 p.m.": a clock
            # time still to come, with no day of its own, is not on a day the report has left behind
            choice = self._dct_anchor()
            spec.note = f"{spec.note}, in a future clause: not on the past day told before"
        news_day = (
            self._news_day_before_dct(candidate, choice)
            or self._evening_before_dct(candidate, choice)
            or self._quoted_tonight_before_dct(candidate, choice)
        )
        if news_day is not None:
            choice = news_day
        filing = self.filing_day
        if filing is not None and base == "dct" and unit == "day" and candidate.start > filing.end:
            # "MADRAS, June 12. ... passed away this morning", in the paper of June 13: the filing day
            choice = self._choice_of(filing)
        if (base == "dct" and unit == "day") or (spec.type == "TIME" and base == "ref"):
            entry_day = self._entry_day(candidate)
            ref = self.reference
            if entry_day is not None and not (
                base == "ref"
                and ref is not None
                and self.entry is not None
                and ref.index != self.entry.index
                and not _SENTENCE_BREAK.search(self.text, ref.end, candidate.start)
            ):
                # "Day 3 (Tuesday, 14 May): ... taped it tonight": the day the entry was written
                choice = entry_day
        elif base == "dct" and unit in ("week", "month", "year") and self.entry_heading_end is not None:
            # "Posted 4 May 2014 ... potted on three weeks ago", "Responded 28 June 2017 ... replaced last
            # week": a dated post's or letter's weeks, months and years count from its heading too
            heading_day = self._heading_entry_day(candidate)
            if heading_day is not None:
                choice = heading_day
        if (
            spec.type == "TIME"
            and self.last_day is not None
            and _ON_THAT_DAY_AFTER.match(self.text, candidate.end)
        ):
            # "on or before 2 February. Objections received after 5pm on that date": the day just named
            choice = self._choice_of(self.last_day)
        elif (
            spec.type == "TIME"
            and base == "ref"
            and self.narrative
            and self.dct is not None
            and spec.pod is not None
            and ":" in spec.pod
            and 0 <= candidate.start - self.writers_day_end <= _SENTENCE_REACH
            and not _SENTENCE_BREAK.search(self.text, self.writers_day_end, candidate.start)
            and (self.reference is None or self.reference.end <= self.writers_day_end)
            and not self._quoted(candidate)
            and (dct_choice := self._dct_anchor()) is not None
        ):
            # "a crowd gathered early this morning, and sirens sounded at 5:12": a clock time after the
            # writer's own day in its sentence, with no story time told between, is on the writer's day
            choice = dct_choice
        if (
            base == "dct"
            and unit == "day"
            and spec.amount == 0
            and spec.pod is not None
            and _THIS_PART_OF_DAY.match(self.low, candidate.start) is not None
            and (told := self._historic_present_day(candidate)) is not None
        ):
            # "It is 1 July 1916. This morning the guns fall silent": the day a historic present tells
            choice = self._choice_of(told)
        era = self._story_before_christ()
        writers_unknown = self._writers_unknown(candidate, base, [])
        if writers_unknown is not None:
            return writers_unknown
        if self._speaker_now_in_story(candidate, base):
            if self.dct is None and unit == "day" and spec.amount == 0:
                return (
                    "PRESENT_REF",
                    _UNANCHORED,
                    "the writer's now in a present-tense clause, with no DCT",
                    [],
                )
            if self.dct is None and unit in _UNKNOWN_NOW_UNITS and spec.amount is not None:
                # "a memorial service will be held next month", in an undated note after its story's
                # years: a month of the writer's unknown now, not one counted from the story
                why = f"{spec.note}: the writer's {unit} with no DCT, in a present or future clause"
                return _UNKNOWN_NOW_UNITS[unit], _UNANCHORED, why, []
            choice = self._dct_anchor() or choice
            if unit == "day" and spec.amount == 0:
                self.writers_day_end = candidate.end
        elif era is not None and unit == "year" and spec.amount is not None:
            era_year = _add_years(era.year, spec.amount)
            why = f"{spec.note}: year {spec.amount:+d} from the reference time {era.value} (expression #{era.index})"
            return _era_year_value(era_year), era.anchor, why, []
        elif era is not None and unit == "century" and spec.amount is not None:
            # "By about 1700 BC ... in the following century": centuries counted from the story's year
            # before Christ (1700 BC lies in BC16, 1700-1601 BC; the century after it is BC15)
            century_year = _add_years(era.year, 100 * spec.amount)
            value = (
                f"BC{(-century_year - 1) // 100:02d}" if century_year < 0 else f"{century_year // 100:02d}"
            )
            why = f"{spec.note}: century {spec.amount:+d} from the reference time {era.value} (expression #{era.index})"
            return value, era.anchor, why, []
        elif era is not None and unit == "day" and spec.amount and _BC_DAY_VALUE.fullmatch(era.value):
            # "On 20 September [331 BC] ... Eleven days later": days counted from the story's day
            why = f"{spec.note}: day {spec.amount:+d} from the reference time {era.value} (expression #{era.index})"
            day_value = _bc_day_shifted(era.value, spec.amount)
            return f"{day_value}T{spec.pod}" if spec.pod else day_value, era.anchor, why, []
        elif era is not None and unit == "month" and spec.amount and _BC_MONTH_PREFIX.match(era.value):
            # "killed at Munda on 17 March 45 BC ... a month later": months counted from the story's month
            astronomical_months = (1 - int(era.value[2:6])) * 12 + int(era.value[7:9]) - 1 + spec.amount
            shifted_year, shifted_month = divmod(astronomical_months, 12)
            shifted_value = _era_year_value(shifted_year - 1 if shifted_year <= 0 else shifted_year)
            why = f"{spec.note}: month {spec.amount:+d} from the reference time {era.value} (expression #{era.index})"
            return f"{shifted_value}-{shifted_month + 1:02d}", era.anchor, why, []
        elif (
            base == "ref"
            and unit == "day"
            and spec.amount == 0
            and era is not None
            and _BC_DAY_VALUE.fullmatch(era.value)
        ):
            # "on 2 August 216 BC ... By evening": that part of the story's day before Christ
            why = f"{spec.note}: the day of the reference time {era.value} (expression #{era.index})"
            return f"{era.value}T{spec.pod}" if spec.pod else era.value, era.anchor, why, []
        if spec.amount is None:
            # "several years ago": only its side of now is known
            value = (
                "PAST_REF"
                if candidate.spec.note
                and any(w in candidate.spec.note for w in ("ago", "earlier", "before", "back"))
                else "FUTURE_REF"
            )
            return value, choice.anchor if choice else _UNANCHORED, "a vague amount of time away", []
        if (
            base == "ref"
            and unit == "day"
            and spec.amount == 0
            and spec.pod is None
            and spec.type == "DATE"
            and self.undated_day is not None
            and self.low.startswith("the same ", candidate.start)
            # the yearly day is the last day the text named
            and (self.last_day is None or self.last_day.end < self.undated_day[2])
            and not _SENTENCE_END_BETWEEN.search(self.text, self.undated_day[2], candidate.start)
        ):
            # "is commemorated each year on 24 September, and since 1996 the same day has been a public
            # holiday": the same yearly day, in every year, not a day of the year the story is in
            value, index, _ = self.undated_day
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=value, expression=index)
            return value, anchor, f"{spec.note}: the yearly day just named, {value}", []
        if (
            base == "ref"
            and unit == "day"
            and spec.amount == 0
            and spec.pod is None
            and spec.type == "DATE"
            and self.last_day is not None
            and _EVERY_YEAR_RIGHT_AFTER.match(self.low, candidate.end)
        ):
            # "Kamehameha Day, 11 June, ... and on that day every year the statue is draped": the day last
            # named, as it comes round each year, not its one date in the story
            day = self.last_day.day
            value = f"XXXX-{day.month:02d}-{day.day:02d}"
            anchor = _anchor(
                kind=AnchorKind.EXPRESSION, value=self.last_day.value, expression=self.last_day.index
            )
            return value, anchor, f"{spec.note}: the day just named, in every year", []
        if (
            base == "ref"
            and unit == "day"
            and spec.amount == 0
            and spec.pod is not None
            and self.undated_day is not None
            and (
                (spec.type == "TIME" and (choice is None or choice.day is None))
                # "is kept each year on 25 April with dawn services": a time of the yearly day just named,
                # which the story's time has not passed since
                or (self.reference is not None and self.reference.end < self.undated_day[2])
            )
            and not _SENTENCE_END_BETWEEN.search(self.text, self.undated_day[2], candidate.start)
        ):
            # "Club social Fri 13 Dec from 7 p.m.", in an undated notice: the clock time of the day just named
            value, index, _ = self.undated_day
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=value, expression=index)
            return f"{value}T{spec.pod}", anchor, f"{spec.note}: on the day named before it, {value}", []
        if (
            (choice is None or choice.day is None)
            and self.dct is None
            and base == "dct"
            and unit == "day"
            and spec.amount == 0
            and spec.type == "DATE"
            and spec.pod is None
        ):
            # "Got 4 hrs today", in an undated post: the writer's now, whatever day that was
            return "PRESENT_REF", _UNANCHORED, "'today' with no DCT nor a day told: the writer's now", []
        if (
            base == "ref"
            and unit == "day"
            and self.dct is None
            and (choice is None or choice.day is None)
            and spec.type == "DATE"
            and spec.pod is None
            and isinstance(spec.amount, int)
            and abs(spec.amount) <= 7
            and self.undated_day is not None
            and (self.undated_weekday is None or self.undated_weekday[1] < self.undated_day[1])
            and (
                "\n\n" not in self.text[self.undated_day[2] : candidate.start]
                # "on Friday 20 December. [break] ... expected on that day": a demonstrative points back
                # across the break
                or (
                    spec.amount == 0
                    and _LEX.DAY_DEMONSTRATIVES.intersection(
                        self.low[candidate.start : candidate.end].split()
                    )
                    and "\n\n" not in self.text[self.undated_day[2] : candidate.start].replace("\n\n", "", 1)
                )
            )
        ):
            # undated, as a dated text counts from the day just told: "ran aground on 3 March, and the
            # crew were lifted off the same day" is 3 March, "the next day" 4 March, of no known year
            value, index, _ = self.undated_day
            named_month, named_day = int(value[5:7]), int(value[8:10])
            leap = (named_month, named_day) == (2, 29)
            shifted = date(2000 if leap else 2001, named_month, named_day) + timedelta(days=spec.amount)
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=value, expression=index)
            step = f"day {spec.amount:+d} from" if spec.amount else "on"
            return f"XXXX-{shifted:%m-%d}", anchor, f"{spec.note}: {step} the day just named, {value}", []
        if (
            base == "ref"
            and unit == "day"
            and self.dct is None
            and (choice is None or choice.day is None)
            and spec.amount == 0
            and spec.pod is not None
            and self.undated_day is not None
            and (
                self.undated_calendar is not None
                # "The season opens on 12 August, and some kitchens serve the first birds the same
                # evening": "the same" repeats the yearless day just named, with or without a weekday
                or self.low.startswith(("the same ", "that same "), candidate.start)
            )
            # "on Sunday morning ... that evening": a weekday left unresolved since is the day pointed to
            and (self.undated_weekday is None or self.undated_weekday[1] < self.undated_day[1])
            and self.low[candidate.start : candidate.end].split()[0] in _LEX.DAY_PART_POINTING_LEADS
            and "\n\n" not in self.text[self.undated_day[2] : candidate.start]
        ):
            # "On the Tuesday morning he lays a wreath ... that evening a dinner": in an undated programme
            # whose weekdays a date has fixed, the part of the day just named
            value, index, _ = self.undated_day
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=value, expression=index)
            return f"{value}T{spec.pod}", anchor, f"{spec.note}: on the day just named, {value}", []
        if (
            base == "ref"
            and unit == "day"
            and self.dct is None
            and (choice is None or choice.day is None)
            and self.undated_weekday is not None
            and (
                spec.amount
                or (spec.amount == 0 and spec.type == "TIME" and spec.pod is not None)
                # "on Tuesday ... searched through the night", "later that morning": a part of the day
                # pointed back to after the weekday is of that day, as its clock times are ("open from
                # dawn to dusk" names no one day)
                or (
                    spec.amount == 0
                    and spec.pod is not None
                    and self.low[candidate.start : candidate.end].split()[0] in _LEX.DAY_PART_POINTING_LEADS
                )
            )
        ):
            # undated, as a dated text counts from the day just told: "a fire drill on Thursday at about
            # 11am" falls on the weekday just named, "sheltered in schools on Saturday and returned the
            # next day" on the weekday after it
            weekday, index = self.undated_weekday
            weekday_named = f"XXXX-WXX-{weekday}"
            value = f"XXXX-WXX-{(weekday - 1 + spec.amount) % 7 + 1}"
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=weekday_named, expression=index)
            step = f"day {spec.amount:+d} from" if spec.amount else "on"
            why = f"{spec.note}: {step} the weekday just named, {weekday_named}"
            return (f"{value}T{spec.pod}" if spec.pod else value), anchor, why, []
        if (
            self.dct is None
            and isinstance(spec.amount, int)
            and spec.amount < 0
            and " ago" in f" {self.low[candidate.start : candidate.end]}"
            and (
                choice is None
                or choice.day is None
                # "In 1850 the explorers reached the valley. Hunters had lived there 8,000 years ago": a
                # story told in the past counts its "ago" from the writer's unknown now, not its own year
                or (
                    self.narrative
                    # a few days, weeks or months back are the story's own ("had arrived two weeks ago"), and
                    # so is a speaker's "ago" in quotation marks ("'We came here ten years ago,' he said")
                    and unit in _YEAR_OR_LONGER_UNITS
                    and not self._quoted(candidate)
                    and not self._story_told_in_the_present()
                )
            )
        ):
            # undated, with no date told before: "Eleven years ago the mill closed", "some 20,000 years ago"
            # lie before the writer's unknown now, as an undated "last year" does
            why = (
                "'ago' with no DCT nor a date told: before the writer's now"
                if choice is None or choice.day is None
                else "'ago' with no DCT, in a story told in the past: before the writer's now, not the story's"
            )
            return "PAST_REF", _UNANCHORED, why, []
        if choice is None or choice.day is None:
            return (
                _unknown_period(unit),
                _UNANCHORED,
                "relative, with no DCT or earlier date to anchor it",
                ["no DCT: a relative expression stays underspecified"],
            )
        anchor_day = choice.day
        if (
            unit in ("century", "millennium")
            and spec.amount == 0
            and (spec.mod == "APPROX" or spec.note.startswith("'the millennium'"))
        ):
            # "at the turn of the century": the hundredth (or thousandth) year nearest the time in context
            span = 100 if unit == "century" else 1000
            written = self._year_later_in_sentence(candidate.end)
            if written is not None and abs(written - (written + span // 2) // span * span) <= span // 10:
                # "began at the turn of the century, after the railway was finished in 1901": the year
                # the sentence itself writes places the turn it speaks of
                turn = (written + span // 2) // span * span
                why = f"{spec.note} nearest {written}, the year the sentence writes"
                return f"{turn:04d}", choice.anchor, why, []
            turn = (anchor_day.year + span // 2) // span * span
            return f"{turn:04d}", choice.anchor, f"{spec.note} to {choice.label}", []
        named = self.last_decade
        if (
            unit == "decade"
            and not spec.counted_offset
            and named is not None
            and (self.reference is None or named.end > self.reference.end)
            and candidate.start - named.end <= _STORY_REACH
            # "moved to the experiments of the late 1960s and became the best-known band of the decade": a
            # bare decade in the sentence that named one is that decade, whatever the clause's tense
            and (
                base == "ref"
                or (
                    spec.amount == 0
                    and not _SENTENCE_END_BETWEEN.search(self.text, named.end, candidate.start)
                )
            )
        ):
            # "In the 1920s ... Through that decade", "The following decade": the decade just named, which
            # does not become a story's time as a year does
            anchor = _anchor_at(named)
            if not self.narrative and spec.amount and self.candidates[named.index].spec.note == spec.note:
                # "will climb in the next decade ... will also rise in the next decade": news says it
                # again from its own day; it does not count on from the first
                return named.value, anchor, f"{spec.note}: the decade just named again, {named.value}", []
            value = f"{int(named.value) + spec.amount:03d}"
            return value, anchor, f"{spec.note} from the decade just named, {named.value}", []
        if unit == "decade":
            value = f"{(anchor_day.year // 10 + spec.amount):03d}"
            return value, choice.anchor, f"{spec.note} from {choice.label}", []
        if unit == "year" and spec.amount is not None and anchor_day.year + spec.amount < 1:
            # "about 5,300 years ago": a year before Christ, counted without a year 0
            value = _era_year_value(_add_years(anchor_day.year, spec.amount))
            return value, choice.anchor, f"{spec.note} from {choice.label}, before the common era", []
        if (
            unit == "year"
            and spec.amount == 0
            and spec.note.startswith("'full-year'")
            and self._report_of_closed_period(candidate, anchor_day)
        ):
            # "will report full-year results on March 27", said in March: the year that has just closed
            why = f"{spec.note}: a report on the year that closed before {choice.label}"
            return f"{anchor_day.year - 1:04d}", choice.anchor, why, []
        if unit == "year" and spec.amount is not None and _ACADEMIC_YEAR_NOTE.search(spec.note):
            # "last academic year", said in October: the school year that closed in the summer
            ends_later = anchor_day.month > _ACADEMIC_YEAR_LAST_MONTH
            school_year = anchor_day.year + spec.amount + (1 if ends_later else 0)
            why = f"{spec.note}: a school year from the autumn, named by the year it ends in, from {choice.label}"
            return f"{school_year:04d}", choice.anchor, why, []
        if unit == "year" and spec.amount is not None and _ACCOUNT_YEAR_NOTE.search(spec.note):
            # "the current financial year", "the last tax year": a British year of account runs from
            # April and is named by the calendar year it ends in
            ends_later = anchor_day.month > _ACCOUNT_YEAR_LAST_MONTH
            account_year = anchor_day.year + spec.amount + (1 if ends_later else 0)
            why = f"{spec.note}: the year of account from April, named by the year it ends in, from {choice.label}"
            return f"{account_year:04d}", choice.anchor, why, []
        opening = (
            _FISCAL_YEAR_OPENING_AFTER.match(self.text, candidate.end)
            if unit == "year" and spec.amount == 0 and "fiscal" in spec.note
            else None
        )
        if opening is not None and _LEX.MONTHS[opening["month"].lower()] > 1:
            # "the current fiscal year, which began July 1", "the fiscal year that begins Oct. 1": a
            # fiscal year is named by the calendar year it ends in, the one after the year it opens in
            first_month = _LEX.MONTHS[opening["month"].lower()]
            if opening["opened"]:
                opens_in = anchor_day.year - (1 if first_month > anchor_day.month else 0)
            else:
                opens_in = anchor_day.year + (1 if first_month < anchor_day.month else 0)
            why = f"{spec.note}: a fiscal year opening in {opening['month']}, named by the year it ends in"
            self.fiscal_opening = (opening.start("month"), opens_in)
            return f"{opens_in + 1:04d}", choice.anchor, why, []
        if unit == "quarter" and spec.year is not None:
            return self._quarter_of_year(candidate, choice, spec.year)
        if unit == "quarter" and spec.amount in (0, -4) and spec.base == "dct":
            return self._reporting_quarter(candidate, choice, spec.amount)
        if (
            unit == "quarter"
            and spec.amount == -1
            and self.last_quarter is not None
            and _BEFORE_THE_ONE_DISCUSSED.search(self.text, candidate.start, candidate.end)
        ):
            # "third-quarter output ... compared with 1.7 percent in the previous quarter": the quarter
            # before the one the report is about ("last quarter" counts from the DCT)
            discussed_year, discussed = (int(part) for part in self.last_quarter.split("-Q"))
            before = (discussed_year, discussed - 1) if discussed > 1 else (discussed_year - 1, 4)
            why = f"{spec.note}: the quarter before the one under discussion ({self.last_quarter})"
            return f"{before[0]:04d}-Q{before[1]}", choice.anchor, why, []
        if unit == "weekend" and spec.amount == 0 and choice.anchor.kind == AnchorKind.DCT:
            return self._nearest_weekend(candidate, choice)
        if (
            unit == "weekend"
            and spec.amount == 1
            and choice.anchor.kind == AnchorKind.DCT
            and choice.day is not None
            # "the coming weekend" (noted "'coming weekend'"), "this coming weekend"
            and not _LEX.COMING_WEEKEND_WORDS.isdisjoint(spec.note.strip("'").split(" ")[:2])
        ):
            # "fixtures for the coming weekend" on a Thursday: the first weekend still to come, which is
            # this week's until it starts ("next weekend" keeps the week after)
            saturday = cal.weekday_near(choice.day + timedelta(days=1), 6, 1)
            why = f"{spec.note}: the first weekend after {choice.label}"
            return cal.period_value(saturday, "weekend"), choice.anchor, why, []
        if (
            unit == "month"
            and spec.amount == -1
            and spec.counted_offset
            and not self.narrative
            and self._comparison_base(candidate.start)
        ):
            # "hourly earnings rose 0.3% from a month earlier": the month before the one reported
            reported = self._compared_time_in_sentence(candidate)
            if reported is not None and reported.unit == "month":
                before_year, before_month = divmod(reported.day.year * 12 + reported.day.month - 2, 12)
                anchor = _anchor_at(reported)
                why = f"{spec.note}: the month before the one reported ({reported.value})"
                return f"{before_year:04d}-{before_month + 1:02d}", anchor, why, []
        compared = (
            self._compared_time_in_sentence(candidate) if unit == "year" and spec.compare_quarter else None
        )
        if (
            compared is not None
            and self.dct is not None
            and compared.day > self.dct
            and self.text[candidate.end - 3 : candidate.end].lower() == "ago"
        ):
            # "bookings for next year are 18% ahead of where they were a year ago": "ago" counts back
            # from now, so a period still to come is not what it compares with
            compared = None
        if compared is not None:
            # "1.2 million subscribers at the end of March, up from 870,000 a year earlier": the same
            # month of the year before, the month the sentence has just named
            value = f"{_add_years(compared.day.year, spec.amount or 0):04d}{compared.value[4:10]}"
            if value.endswith("-02-29"):
                value = value[:-2] + "28"  # a leap day a year away falls on the last of February
            anchor = _anchor_at(compared)
            return (
                value,
                anchor,
                f"{spec.note}: the {compared.unit} just named in the sentence ({compared.value})",
                [],
            )
        if unit == "year" and spec.compare_quarter and self._quarter_context(candidate):
            # "a year earlier" in a quarterly report compares with the same quarter of the year before
            current = self.last_quarter or self._last_completed_quarter(self.dct or anchor_day)
            told = self.reference
            if (
                self.narrative
                and told is not None
                and told.value[4:6] == "-Q"
                and self._in_one_sentence(told.end, candidate.start)
            ):
                # "In the first quarter of 1974 the bills ran at twice the level of a year earlier": a
                # history's quarter, named in the sentence, not the one before the time of writing
                current = told.value
            year, quarter = current.split("-Q")
            if self._longer_period_in_sentence(candidate):
                # "For the first nine months, it earned $118 million, down from $150 million a year
                # earlier": the same months of the year before, which only the year can name
                why = f"{spec.note}: a period of several quarters ends in {year}, so the year before"
                return f"{int(year) + spec.amount:04d}", choice.anchor, why, []
            value = f"{int(year) + spec.amount:04d}-Q{quarter}"
            return (
                value,
                choice.anchor,
                f"{spec.note}: the quarter under discussion ({current}) a year {'earlier' if spec.amount < 0 else 'later'}",
                [],
            )
        day_told = (
            self._day_that_part_refers_to(candidate)
            or self._dated_day_of_that_part_in_month(candidate)
            or self._day_counted_past_a_glance_back(candidate)
            or self._day_after_its_eve(candidate)
        )
        if day_told is not None:
            choice, anchor_day = day_told, day_told.day or anchor_day
        if (
            spec.amount
            and spec.base == "ref"
            and spec.pod is None
            and abs(spec.amount) <= _WITHIN_HALF_A_YEAR.get(unit, 0)
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _YEAR_VALUE.fullmatch((anchored := choice.anchor.value or "")[:4]) is not None
            # "In 1883 the crews rested at dawn. A month later": an unnamed day of that year is no month either
            # (a few days on from it is another unnamed day, below)
            and (len(anchored) == 4 or (unit != "day" and anchored.startswith("-XX-XX", 4)))
        ):
            # "won the general election of 1987 ... A month later she named her cabinet": counted from a
            # year whose month is not told, a few months, weeks or days on is still in that year, no
            # month of it more than another
            why = f"{spec.note}: {unit} {spec.amount:+d} from {choice.label}, a year with no month told: that year"
            return anchored[:4], choice.anchor, why, []
        amount = spec.amount
        if amount and self._restates_the_date_before(candidate, choice):
            amount = 0  # "came into force on 12 April, a week later.": the same day, counted from before
        if (
            candidate.rule == "part_of_day"
            and spec.pod == "NI"
            and amount == 0
            and choice.anchor.kind == AnchorKind.DCT
            and self._tense(candidate).tense == "past"
        ):
            amount = -1  # "it came ashore in the middle of the night": the night before the day of writing
        if (
            candidate.rule == "part_of_day"
            and spec.pod == "NI"
            and amount == 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (
                _SMALL_HOURS.fullmatch((choice.anchor.value or "")[11:])
                # "in the early hours of 1 November, and the night is remembered as": the night they end
                or (
                    _DAY_VALUE.fullmatch(choice.anchor.value or "") is not None
                    and self._small_hours_of_date(choice.anchor.expression)
                )
            )
        ):
            amount = -1  # "struck at 3:52 a.m. ... spent the rest of the night outdoors": that night began the day before
            self.night_ended_by_small_hours = candidate.start
        if (
            (
                spec.pod == "MO"
                # "fought on until dawn. The next day the town surrendered": the day that dawned, as its
                # morning is ("the summit was taken at 4:30 a.m. ... the following day" is the day after)
                or (spec.pod is None and (choice.anchor.value or "").endswith("TMO"))
            )
            and amount == 1
            and unit == "day"
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self.past_midnight is not None
            and (
                choice.anchor.value == self.past_midnight
                # "... at 12:20 a.m. ... By 4:40 a.m. ... The following morning": still the small hours
                # of the date the night already crossed into
                or (
                    (choice.anchor.value or "")[:11] == self.past_midnight[:11]
                    and _SMALL_HOURS.fullmatch((choice.anchor.value or "")[11:]) is not None
                )
            )
        ):
            # "attacked through the night. By 4 a.m. the attacks had stopped. The next morning ...": the
            # morning that ends the night told, on the date the small hours already reached
            amount = 0
        if (
            spec.pod == "MO"
            and amount == 0
            and unit == "day"
            and spec.base == "ref"
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (choice.anchor.value or "").endswith("TNI")
            and _THAT_DAY.match(self.text, candidate.start) is not None
            and choice.anchor.expression is not None
            and self._candidate_starts[choice.anchor.expression] == self.night_ended_by_small_hours
            and not self._tense(candidate).looks_back
        ):
            # "struck in the early hours of 1 November, and the night is remembered ... A proclamation
            # broadcast that morning": the morning of the day the small hours were in, after the night
            amount = 1
        if (
            candidate.rule == "part_of_day"
            and spec.pod == "NI"
            and amount == 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (choice.anchor.value or "").endswith("TMO")
            and self._tense(candidate).looks_back
        ):
            # "found at dawn that the army had gone during the night": a past perfect looks back from a
            # morning to the night that ended in it
            amount = -1
        if (
            spec.pod == "MO"
            and amount == 0
            and unit == "day"
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _AFTERNOON_REFERENCE.search(choice.anchor.value or "") is not None
            and " " not in self.text[candidate.start : candidate.end]
            and self._tense(candidate).tense == "future"
        ):
            # "it started at two this afternoon ... we could see 18 inches by daybreak": a morning still
            # to come after an afternoon already told is the next day's (after an evening or a night,
            # the dawn rule below moves it on)
            amount = 1
        if (
            unit == "day"
            and spec.pod in ("AF", "EV")
            and amount == 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _SMALL_HOURS.fullmatch((choice.anchor.value or "")[11:])
            and self._tense(candidate).looks_back
        ):
            # "winched to safety at 12.40am. They had set out that afternoon": a past perfect looks back
            # from the small hours to the afternoon or evening before them, of the day before
            amount = -1
        if (
            unit == "day"
            and amount == 0
            and spec.pod == "24:00"
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self.reference is not None
            and self.reference.unit == "day"
            and _AFTER_IN_CLAUSE.match(self.text, self.reference.end, candidate.start)
        ):
            # "The strike began on June 18, hours after the contract expired at midnight": the midnight
            # that opened that day, since the midnight that closes it comes after all of it
            amount = -1
        if (
            unit == "day"
            and amount == 0
            and spec.pod == "24:00"
            and (
                choice.anchor.kind == AnchorKind.DCT
                # "March 8: Today's strike began at midnight": the DCT's day named in the text
                or (self.dct is not None and choice.anchor.value == self.dct.isoformat())
                or _MORNING_VALUE.fullmatch(choice.anchor.value or "") is not None
            )
            and self._tense(candidate).tense == "past"
            and not self._closes_what_ran_until(candidate)
            and not self._expected_ahead(candidate)
            and not self._measure_announced_from(candidate)
            # "the offer had been due to expire at midnight tonight": "tonight" names the DCT's own night
            and "tonight" not in self.low[candidate.start : candidate.end]
        ):
            # "two blocks were hit shortly before midnight" in the day's copy, or after "into Friday
            # morning": the midnight already past is the one that opened the day, not the one closing it
            amount = -1
        if (
            unit == "day"
            and amount == 0
            and spec.base == "dct"
            and self.dct is not None
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _YEAR_OR_MONTH_VALUE.fullmatch(choice.anchor.value or "")
            and (choice.anchor.value or "")[:4] == f"{self.dct.year:04d}"
            and (dct_day := self._dct_anchor()) is not None
        ):
            # "This year's centenary was marked in Warsaw today", "In March the council closed it, and the
            # minister visited today": a deictic day told while the story stands in the DCT's year, or a
            # month of it, is the writer's own day, never the first of that year or month
            choice, anchor_day = dct_day, dct_day.day or anchor_day
        if unit == "day" and spec.pod and choice.anchor.kind == AnchorKind.EXPRESSION:
            known = choice.anchor.value or ""
            unnamed = _UNNAMED_DAY_VALUE.fullmatch(known)
            if (amount == 0 and (unnamed is not None or _YEAR_OR_MONTH_VALUE.fullmatch(known))) or (
                # "between sunrise and sunset", "at 8.40 p.m. ... half an hour later", "at dawn ... the next
                # morning" in a year the story gave no day of: a time of that unnamed day, or of the one
                # after it, is on an unnamed day too, not on 1 or 2 January
                unnamed is not None and unnamed["time"]
            ):
                # "In early September 1941 ... they attacked at dawn": a time of a day the story has not
                # named; TIMEX3 writes the unknown day as XX rather than inventing the first of the month
                # (and "In 1921 ... That morning he rose at dawn" keeps the unnamed day of "that morning")
                unnamed_day = (
                    unnamed["day"]
                    if unnamed is not None
                    else f"{known}-XX"
                    if "-" in known
                    else f"{known}-XX-XX"
                )
                why = f"{spec.note}: an unnamed day of {choice.label}"
                pod = spec.pod
                if self._evening_hour_of_what_is_held(candidate, pod):
                    # "In 1889 the theatre gave evening shows at half past seven": the evening's hour
                    pod = _afternoon_clock(pod)
                return f"{unnamed_day}T{pod}", choice.anchor, why, []
        if (
            unit == "day"
            and amount == 0
            and not spec.pod
            and spec.type == "DATE"
            # "that day", "the same day": the day pointed back to ("today" in a story keeps its own reading)
            and self.low.startswith(("that ", "the same ", "same "), candidate.start)
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _YEAR_OR_MONTH_VALUE.fullmatch(known := choice.anchor.value or "")
        ):
            # "In 1921 he moved to Leeds. That day he rose early": the day the story stands on in a year
            # or month it gave no day of is unnamed, as "that morning" is, not the first of the year
            why = f"{spec.note}: an unnamed day of {choice.label}"
            return f"{known}-XX" if "-" in known else f"{known}-XX-XX", choice.anchor, why, []
        if (
            unit == "day"
            and spec.type == "DATE"
            and not spec.pod
            and isinstance(amount, int)
            and 0 < abs(amount) < 7
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (unnamed_before := _UNNAMED_DAY_VALUE.fullmatch(choice.anchor.value or "")) is not None
        ):
            # "In 1921 ... That morning he rose at dawn. The next day he found work": a few days on from a day
            # the story never named is another unnamed day of that year or month, not 2 January
            why = f"{spec.note}: a few days on from an unnamed day of {choice.label}"
            return unnamed_before["day"], choice.anchor, why, []
        if (
            unit == "weekend"
            and amount == 0
            and anchor_day.isoweekday() == 1
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self._tense(candidate).looks_back
        ):
            # "filed for bankruptcy on Monday ... Over the same weekend it had agreed": a past perfect
            # looks back from a Monday to the weekend that ended in it
            amount = -1
        if (
            unit == "day"
            and amount > 0
            and spec.pod is None
            and choice.anchor.expression is not None
            and choice.anchor.expression == self.night_span_day
        ):
            # "on the night of 6-7 August ... It was stopped the next day": days after a night are
            # counted from the morning it ends in, the night's second date
            amount += 1
        if (
            unit == "week"
            and amount > 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and choice.anchor.expression is not None
            and choice.anchor.expression < len(self.candidates)
            and anchor_day.day == 1
            and _MONTH_VALUE_OF_YEAR.fullmatch(choice.anchor.value or "")
            and self.candidates[choice.anchor.expression].spec.mod in _MONTH_PART_COUNTED_FROM
        ):
            # "a second wave in mid-February ... two weeks later", "by late April ... a week later":
            # weeks after the middle or the end of a month are counted from that part of it
            part = self.candidates[choice.anchor.expression].spec.mod or ""
            anchor_day = anchor_day.replace(day=_MONTH_PART_COUNTED_FROM[part])
        shifted = cal.shift(anchor_day, unit, amount)
        range_close_pm = False
        evening_pod = self._evening_hour(candidate, choice)
        anchor_value = choice.anchor.value or ""
        if choice.anchor.expression is not None and choice.anchor.expression == self.night_span_day:
            anchor_value += "TNI"  # "on the night of 12-13 September ... shortly after four in the morning"
        if (
            unit == "day"
            and spec.amount == 0
            and evening_pod is None
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (
                _SMALL_HOURS.fullmatch(spec.pod or "")
                # "fell shortly after midnight, and at 6 a.m. ...": a morning hour after a midnight that
                # closed a day is on the next day
                or (anchor_value.endswith("T24:00") and _MORNING_CLOCK.fullmatch(spec.pod or "") is not None)
                # "docked at 7 p.m. ... She rose at 6:30 and left": a morning hour woken to after an
                # evening is the next morning's
                or (
                    _MORNING_CLOCK.fullmatch(spec.pod or "") is not None
                    and _AFTERNOON_OR_EVENING_CLOCK_VALUE.search(anchor_value) is not None
                    and self._small_hours_told_in_sentence(candidate)
                    and self._tense(candidate).tense == "past"
                )
                # "sails at 2215 and docks at 0630", "left at 10.15pm and arrived at 6.30am": a morning
                # arrival after an evening clock time in its sentence is the next morning's
                or (
                    _MORNING_CLOCK.fullmatch(spec.pod or "") is not None
                    and self._arrival_after_evening_in_sentence(candidate, choice)
                )
            )
            and (
                _EVENING_OR_NIGHT.search(anchor_value)
                # "talks on Tuesday went on until 2 a.m.": what lasts into the small hours ends the next day,
                # as from an afternoon or a morning ("met on Tuesday afternoon and talked until three in
                # the morning")
                or (
                    _DAY_BEFORE_SMALL_HOURS.fullmatch(choice.anchor.value or "") is not None
                    and _UNTIL_BEFORE.search(self.text[max(0, candidate.start - 28) : candidate.start])
                    is not None
                    # "early on Tuesday morning ... battled the blaze until 4 a.m.": the small hours of
                    # that very morning
                    and not self._early_morning_anchor(choice)
                )
                # "at a New Year's Eve party ... Shortly after 2 a.m.": an eve is the evening of its day
                or (
                    self.reference is not None
                    and self.reference_span is not None
                    and choice.anchor.expression == self.reference.index
                    and _EVE_NAMED.search(self.low, *self.reference_span) is not None
                )
                # "On the night of 2 July 1976 lightning struck ... by about 4 a.m.": a night named by its
                # date runs into the small hours of the next day
                or self._anchored_on_night_of_date(choice)
            )
            # "went in at six in the evening, after a march that had begun at three in the morning": a
            # past perfect at a clock time looks back to that day's small hours
            and not (self.low.endswith("at ", 0, candidate.start) and self._tense(candidate).looks_back)
            and not self._past_act_after_writers_tonight(candidate, anchor_value)
        ):
            shifted += timedelta(days=1)  # "shortly after 11 p.m. ... until about 1 a.m.": past midnight
            self.past_midnight = f"{shifted.isoformat()}T{spec.pod}"
        elif (
            unit == "day"
            and spec.amount == 0
            and evening_pod is None
            and self.reference is not None
            and choice.anchor.expression == self.reference.index
            and _CLOCK_READING.fullmatch(spec.pod or "")
            and "T" in anchor_value
            and _CLOCK_READING.fullmatch(anchor_value.split("T")[1])
            and (spec.pod or "") < anchor_value.split("T")[1]
            and _TIME_RANGE_LINK.fullmatch(self.text, self.reference.end, candidate.start)
            # "Posted Mar 12, 2024 - 16:48 UTC // ... Posted Mar 12, 2024 - 14:31 UTC": a range runs
            # within one line; a dash after a day restated on a later line opens that line's stamp
            and "\n" not in self.text[(self.reference_span or (0, 0))[0] : candidate.start]
            and not (range_close_pm := self._closes_range_after_noon(candidate, anchor_value))
        ):
            # "a curfew from 6 p.m. to 7 a.m.": a range that closes at an earlier hour than it opens
            # runs past midnight into the next day
            shifted += timedelta(days=1)
        elif (
            unit == "day"
            and spec.amount == 0
            and evening_pod is None
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self._after_that_night_or_evening(candidate, anchor_value, spec.pod or "")
        ):
            shifted += timedelta(days=1)
            self.past_midnight = f"{shifted.isoformat()}T{spec.pod}"
        elif (
            unit == "day"
            and spec.amount == 0
            and spec.note.startswith("a clock time")
            and _MORNING_AFTER_NIGHT_CLOCK.fullmatch(spec.pod or "")
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and anchor_value.endswith("TNI")
            and self._anchored_on_overnight(choice)
        ):
            # "a plunge on Wall Street overnight ... steadying by midday in Tokyo": the night told with
            # "overnight" runs into the morning after it, where a daytime clock then falls; an hour told
            # without a.m. or p.m. ("Firefighters left at 10:30") is that morning's, not the evening's
            shifted += timedelta(days=1)
            evening_pod = None
        pod, afternoon_pod = spec.pod or "", evening_pod
        if range_close_pm:
            # "Lunch is 12:30-1:45", "from 10am to 3:15": a bare hour closing a range is the first
            # reading of it after the opening, not the small hours of the next day
            afternoon_pod = _afternoon_clock(pod)
        if (
            unit == "day"
            and spec.amount == 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _AFTERNOON_REFERENCE.search(choice.anchor.value or "")
            and self._hour_without_half_of_day(candidate)
        ):
            # "shortly after noon ... by six o'clock": an hour told without a.m. or p.m. goes on from
            # the afternoon the story has reached rather than back to that morning
            afternoon_pod = _afternoon_clock(pod)
        if (
            unit == "day"
            and spec.amount == 0
            and pod[:3] in ("01:", "02:", "03:", "04:")
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (choice.anchor.value or "").endswith("TMO")
            and self._hour_without_half_of_day(candidate)
            # "Before dawn they left at four.": the small hours told in its own sentence keep the hour theirs
            and not self._small_hours_told_in_sentence(candidate, morning_counts=False)
            # "broke out yesterday morning about 4 o'clock": an hour right after the morning it is told
            # in is that morning's hour
            and not (
                self.reference is not None
                and self.reference_span is not None
                and choice.anchor.expression == self.reference.index
                and _CLOCK_OF_THE_PART_BEFORE.fullmatch(self.text, self.reference_span[1], candidate.start)
                is not None
            )
        ):
            # "arrived in the morning; at about four o'clock the clansmen came": an hour before dawn,
            # told without a.m. after the story has reached a morning, is that afternoon's
            afternoon_pod = _afternoon_clock(pod)
        if (
            afternoon_pod is None
            and candidate.rule == "half_past_hour"
            and unit == "day"
            and spec.amount == 0
            and pod[:3] in ("01:", "02:", "03:", "04:", "05:")
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and "T" not in (choice.anchor.value or "")
            and self._hour_without_half_of_day(candidate)
            and not self._small_hours_told_in_sentence(candidate)
        ):
            # "camped on 28 May ... left them there at about half past two": on a day the story names
            # without its part, a clock face from one to five is the afternoon's, as "two o'clock" is
            afternoon_pod = _afternoon_clock(pod)
        if (
            afternoon_pod is None
            and unit == "day"
            and spec.amount == 0
            and self._evening_hour_of_what_is_held(candidate, pod)
        ):
            # "the theatre gave evening shows at half past seven" told of one day as of every day: the
            # hour of what "evening" names is the evening's
            afternoon_pod = _afternoon_clock(pod)
        if (
            unit == "day"
            and spec.amount == 0
            and spec.pod == "MO"
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and (
                anchor_value.endswith("TNI")
                or _EVENING_OR_NIGHT.search(anchor_value)
                # "during a storm on the night of 14 January ... by morning": a night named by its
                # date ends at the next day's dawn
                or self._anchored_on_night_of_date(choice)
            )
            and _DAWN.fullmatch(self.text[candidate.start : candidate.end].lower())
            # "At 9 p.m. the boats docked. They had left at dawn": a dawn a past perfect looks back to is the
            # one that began the evening's day ("By dawn the fire had been put out" is the night's end)
            and not (
                self.low.endswith("at ", 0, candidate.start)
                and (dawn_tense := self._tense(candidate)).tense == "past"
                and dawn_tense.perfect
            )
        ):
            # "Tonight: clearing and colder ... by daybreak": the night ends at dawn; so does a fight
            # begun "around 9 p.m." that "went on until dawn"
            shifted += timedelta(days=1)
            # "... fought it until dawn. The next morning": the morning that dawn began, not the one after
            self.past_midnight = f"{shifted.isoformat()}T{spec.pod}"
        elif (
            self.narrative
            and unit == "day"
            and spec.amount == 0
            and spec.pod in ("MO", "AF")
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _LATE_NIGHT_VALUE.fullmatch(anchor_value)
            and self.low.endswith("by ", 0, candidate.start)
            and not (by_tense := self._tense(candidate)).looks_back
            and not by_tense.perfect  # "the sappers had dug the tunnel by the afternoon": that day's
        ):
            # "exploded a mine at 23:00, and by the afternoon the post was surrounded": a morning or an
            # afternoon reached after a late-night hour is the next day's
            shifted += timedelta(days=1)
        if (
            unit == "day"
            and spec.amount == 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and spec.note.startswith("a clock time")  # not "two hours later", counted on from the story
            and _CLOCK_READING.fullmatch(spec.pod or "")
            and _CLOCK_READING.fullmatch(anchor_value[11:])
            and (spec.pod or "") > anchor_value[11:]
            and (clock_tense := self._tense(candidate)).looks_back
            and not self._same_look_back_as_reference(choice, candidate)
            and not self._cue_in_apposition_after(candidate, clock_tense)
        ):
            # "answered at 12:20 a.m.; her operator had gone to bed at 11:30 p.m.": a past perfect looks
            # back, so a clock time later on the face than the story's own was on the day before
            shifted -= timedelta(days=1)
        elif (
            unit == "day"
            and spec.amount == 0
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and spec.note.startswith("a clock time")
            and _CLOCK_READING.fullmatch(spec.pod or "")
            and _CLOCK_READING.fullmatch(anchor_value[11:])
            and anchor_value[11:] < (spec.pod or "") < "24:00"  # midnight already closes the day before
            and self._entry_stamp_anchor(choice)
            and _AT_OR_SINCE_BEFORE.search(self.low, max(0, candidate.start - 8), candidate.start)
            and (stamp_tense := self._tense(candidate)).direction == -1
            and not stamp_tense.perfect
            and stamp_tense.cue_end is not None
            and not _TO_INFINITIVE.search(self.low, stamp_tense.cue_end, candidate.start)
            # "called a press conference at 2pm", "issued a warning for rain starting at 6pm": a time fixed
            # for what the past act arranged, or one a participle of its own dates, may lie ahead
            and _cue_verb(stamp_tense) not in _PLAN_FIXING_VERBS
            and not _ING_WORD.search(self.low, stamp_tense.cue_end, candidate.start)
        ):
            # "00:37 Confirmed: ... The deal sheet went in at 10.58pm": what a live page's entry tells in
            # the past happened before its stamp, so a clock later on the face than the stamp was the day
            # before it
            shifted -= timedelta(days=1)
        value = cal.period_value(shifted, "day" if spec.day_granular else unit)
        if spec.grain is not None and unit == "year":
            value = _same_part_years_away(anchor_day, spec.grain, shifted.year - anchor_day.year)
        elif spec.grain == "night" and unit == "day":
            value = f"{value}TNI"  # "a week ago tonight": the night of the day that far back
        if afternoon_pod is not None:
            value = _with_time(value, afternoon_pod)
        if (
            self.narrative
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self.reference is not None
            and self.reference.unit == "day"
        ):
            self.story_day = shifted
        why = (
            f"{spec.note}: {unit} {amount:+d} from {choice.label}"
            if amount
            else f"{spec.note}: the {unit} of {choice.label}"
        )
        if amount != spec.amount:
            why += " (a night told in the past tense: the night before)"
        return value, choice.anchor, why, []

    def _entry_stamp_anchor(self, choice: _AnchorChoice) -> bool:
        """Whether `choice` is a live page's entry stamp ("00:37", "2.15pm" opening an entry's line)."""
        index = choice.anchor.expression
        return (
            index is not None
            and 0 <= index < len(self.candidates)
            and self.candidates[index].spec.note == ENTRY_STAMP_NOTE
        )

    def _expected_ahead(self, candidate: Candidate) -> bool:
        """ "said it expected about 180 departures by midnight": what a past "expected" looks forward to
        lies after the expecting, so its midnight is the one still to come."""
        tense = self._tense(candidate)
        cue_words = (tense.cue or "").lower().split()
        return (
            bool(cue_words)
            and cue_words[-1] in _LEX.EXPECTATION_VERBS
            and not self._dates_the_verb(tense, candidate)
        )

    def _listed_repeat(self, candidate: Candidate) -> bool:
        """ "First broadcast 12 March 2019. Repeated Sunday at 9pm", "Repeated on Sunday at 9pm": a listing's
        sentence opening on the participle of a repeat alone, with no subject or "was" ("It was repeated on
        Sunday" tells the past)."""
        window = self.low[max(0, candidate.start - _REPEAT_PARTICIPLE_REACH) : candidate.start]
        if not any(participle in window for participle in _LEX.REPEAT_LISTING_PARTICIPLES):
            return False
        listed = _LISTED_REPEAT_BEFORE.fullmatch(
            self.low, self._sentence_opening(candidate.start), candidate.start
        )
        return listed is not None and self.text[listed.start("participle")].isupper()

    def _measure_announced_from(self, candidate: Candidate) -> bool:
        """ "At 11am the army announced a ceasefire from midnight", "imposed a curfew from midnight": a measure
        a past verb announces or imposes "from" a time starts after the announcing, so its midnight is the
        one still to come ("the ceasefire took effect from midnight" tells of the one gone, and so does a past
        perfect: "police said they had imposed a curfew from midnight")."""
        if not self.low.endswith(" from ", 0, candidate.start):
            return False
        tense = self._tense(candidate)
        return (
            tense.cue_end is not None
            and not tense.looks_back
            and _cue_verb(tense) in _LEX.MEASURE_ANNOUNCING_VERBS
            and _MEASURE_FROM_AFTER_VERB.fullmatch(self.low, tense.cue_end, candidate.start) is not None
        )

    def _planned_event_named(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "Scheduled maintenance on Sunday", "Subject: Planned outage on Saturday 22:00": a notice's
        subject or heading that names an event as planned, with no verb, names the coming day."""
        if tense.tense is not None and (
            tense.cue is None or tense.cue.lower() not in _LEX.PLANNED_EVENT_ADJECTIVES
        ):
            return False
        line_start = self.text.rfind("\n", 0, candidate.start) + 1
        if candidate.start - line_start > _PLANNED_EVENT_REACH:
            return False
        if _PLANNED_EVENT_BEFORE.fullmatch(self.low, line_start, candidate.start) is None:
            return False
        # "Scheduled maintenance on Sunday was completed", "Planned strike on Monday called off": a past
        # verb right after the day makes the heading a sentence, the planned event past news
        verb = _WORD_RIGHT_AFTER.match(self.low, candidate.end)
        return verb is None or verb[1] not in _past_verb_forms()

    def _timetable_present(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "A full round follows on Tuesday", "the minister gives evidence to the committee on Thursday",
        "the House does not sit on Friday": in a news story's body a plain present right before its
        weekday reads a timetable, so the day is still to come (a headline's present tells the past)."""
        cue_end = tense.cue_end
        if (
            self.kind != DocumentKind.NEWS
            or tense.tense != "present"
            or tense.habitual
            or tense.perfect
            or cue_end is None
            or not 0 <= candidate.start - cue_end <= _TIMETABLE_REACH
            or candidate.spec.weekday is None
        ):
            return False
        name = WEEKDAY_NAMES[candidate.spec.weekday - 1].lower()
        if not self.low.startswith(name, candidate.start) and not (
            # "the men's final is at 9:55 p.m. on Sunday": a clock time timetabled on the weekday after it
            candidate.spec.pod is not None and self.low.startswith(" on " + name, candidate.end)
        ):
            return False  # "Moving day is Thurs": clipped names are a post's, dated by its own line
        told = self.weekdays_told.get(candidate.spec.weekday)
        if (
            told is not None
            and self.dct is not None
            and 0 < (self.dct - told.day).days < 7
            # "Rovers won on Saturday ... and are at home to Dunmore on Saturday": a timetable's "on"
            # right after its plain present names the coming day even so
            and not self.low.endswith(" on ", 0, candidate.start)
        ):
            # "The film opened Friday ... The estimates combine receipts for Friday and Saturday": a
            # weekday the story has already put on a day of its past week is named again, not timetabled
            return False
        words = (tense.cue or "").lower().split()
        if not words or words[0] in _LEX.MODAL_VERBS:
            return False  # "could not be located Wednesday": a modal's present says nothing of the week
        if _TIMETABLE_GAP_BREAK.search(self.text, cue_end, candidate.start):
            return False
        opening = self._sentence_opening(candidate.start)
        if self.text.find("\n", 0, opening + 1) < 0:
            return False
        before = self.low[opening : cue_end - len(tense.cue or "")]
        if not _past_verb_forms().isdisjoint(_WORD.findall(before)):
            return False  # "MPs had signed a motion on Monday": a past verb before the present one rules
        close_from = max(0, candidate.start - 40)
        return (
            not _may_end_with(self.text, close_from, candidate.start, _CLOSE_BEFORE_ENDS)
            # every match holds "clo" in any case (no other character folds to one of these three letters)
            or self.low.find("clo", close_from, candidate.start) < 0
            or _CLOSE_BEFORE_DAY.search(self.text, close_from, candidate.start) is None
        )

    def _scheduled_event_is_on(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "The party is on Saturday", "the hearings are on Monday": a present "be" that puts a thing held
        at a set time on a weekday tells what is coming, even in a headline ("The market is closed on
        Monday" has no such noun and keeps the nearest day)."""
        if (
            tense.tense not in ("present", None)
            or tense.habitual
            or not self.low.endswith(" on ", 0, candidate.start)
        ):
            return False
        held = _SCHEDULED_IS_ON.search(self.low, max(0, candidate.start - 40), candidate.start)
        # "The party's on Friday": the contracted "is" after a noun, which the clause's tense reads as no verb
        return (
            held is not None
            and held["held"] in _LEX.SCHEDULED_EVENT_NOUNS
            and (tense.tense == "present" or held["contracted"] is not None)
        )

    def _planned_day_is(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "The last scheduled day of action is Friday", "the deadline is Friday": a present "is" that
        names the weekday of a day a plan sets tells what is coming, as "the party is on Friday" does."""
        return (
            tense.tense == "present"
            and not tense.habitual
            and self.low.endswith(" is ", 0, candidate.start)
            and _PLANNED_DAY_IS.search(self.low, max(0, candidate.start - 60), candidate.start) is not None
        )

    def _change_from_weekday(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "From Tuesday all requests go through the portal", "masks are required from Monday": a change a
        present clause says starts on a weekday starts on the coming one (a past clause, "ran from Monday
        to Friday", has a direction of its own and never comes here)."""
        return (
            tense.tense in ("present", None)
            and not tense.habitual
            and self.low.endswith("from ", 0, candidate.start)
            and candidate.start >= 5
            and not self.low[candidate.start - 6 : candidate.start - 5].isalpha()
        )

    def _next_occasion_on_weekday(self, candidate: Candidate, tense: ClauseTense) -> bool:
        """ "The next meeting is on Tuesday", "Next update Tuesday", "her upcoming hearing is Monday": the
        next of a series of occasions, given a weekday by a present or verbless clause, is still to come."""
        if tense.tense not in ("present", None) or tense.habitual:
            return False
        opening = self._sentence_opening(candidate.start)
        for word in _NEXT_OCCASION.finditer(
            self.low, max(opening, candidate.start - _TIMETABLE_REACH), candidate.start
        ):
            after = word["after"]
            if (
                after not in _LEX.NEXT_NOT_AN_OCCASION
                and after not in _LEX.NUMBER_WORDS
                and after not in _LEX.UNIT_FORMS
                and after not in _LEX.WEEKDAYS
                and after not in _LEX.PARTS_OF_DAY
                and after not in _LEX.MONTHS
                and not _NEXT_OCCASION_GAP_BREAK.search(self.text, word.end(), candidate.start)
            ):
                return True
        return False

    def _premium_over_close(self, candidate: Candidate) -> bool:
        """Whether a day names the market close a premium is counted over: "a premium of 38 percent to
        Tarrant's closing price on Friday", "a 30 percent premium over Friday's close"."""
        before = self.text[max(0, candidate.start - _SENTENCE_REACH) : candidate.start]
        closing = (
            _may_end_with(before, 0, len(before), _CLOSE_BEFORE_ENDS)
            # (every match holds "clo" in any case: looked for in the lower-cased text first)
            and self.low.find("clo", max(0, candidate.start - _SENTENCE_REACH), candidate.start) >= 0
            and _CLOSE_BEFORE_DAY.search(before)
        ) or _CLOSE_AFTER_DAY.match(self.text, candidate.end)
        if closing is None:
            return False
        opening = _last_sentence_break(before)
        return "premium" in before[opening + 1 :].lower()

    def _month_of_counted_year(self, candidate: Candidate, following: Candidate) -> None:
        """ "In May of the following year", "in August of the next year", "June of that year": a month
        whose year is a year counted from the story's time, tagged apart from it, is in that year, and
        the year after "of" is the month's own (not counted on again from the month)."""
        spec, year = candidate.spec, following.spec
        if (
            spec.month is None
            or spec.year is not None
            or spec.unit is not None
            or spec.season is not None
            or year.kind != "shift"
            or year.unit != "year"
            or year.base != "ref"
            or year.amount is None
            or year.counted_offset
            or not _OF_BETWEEN.fullmatch(self.text, candidate.end, following.start)
        ):
            return
        spec.unit, spec.amount, spec.base = "year", year.amount, "ref"
        spec.note = self.text[candidate.start : following.end]
        year.amount = 0
        year.note = f"{year.note}, the year of the month just before it"

    def _month_named_before(self, candidate: Candidate) -> _Reference | None:
        """ "Traffic rose 7% in February ... It flew 2.3 million passengers in the month": in news, "the
        month" refers back to the month just reported on, not to the month of the DCT."""
        spec = candidate.spec
        month = self.last_month
        if (
            month is None
            or self.narrative
            or spec.unit != "month"
            or spec.amount != 0
            or spec.base != "dct"
            or candidate.start - month.end > _STORY_REACH
        ):
            return None
        if not _THE_MONTH_NOTE.match(spec.note):
            if (
                not _PART_OF_THE_MONTH_NOTE.match(spec.note)
                or not self._in_one_sentence(month.end, candidate.start)
                or self._looks_ahead_from_now(candidate)
                # "raised $42 million in February, and had booked airtime through the end of the month":
                # a clause of its own, or a bound reached forward, may be the month of now
                or _CLAUSE_JOINED_BETWEEN.search(self.text, month.end, candidate.start) is not None
                or _BOUND_BEFORE_PART.search(self.low, max(0, candidate.start - 10), candidate.start)
                is not None
            ):
                return None
            # "a loss of jobs in January blamed on a blizzard that shut the East Coast in the middle of
            # the month": a part of "the month" the sentence has just named
            return month
        if (
            self.dct is not None
            and month.day < self.dct.replace(day=1)
            and self.low.startswith("later", candidate.start)
            and self._looks_ahead_from_now(candidate)
        ):
            return None  # "the union has named more days of action later in the month": this month's rest
        return month

    def _month_before_a_statement_day(self, candidate: Candidate) -> _Reference | None:
        """ "Openings stood at 10.4 million at the end of August, the department said last Tuesday, and 4.3
        million quit that month": in news, "that month" points back past the day of a statement to the
        month the sentence named."""
        spec, ref, month = candidate.spec, self.reference, self.earlier_reference
        if month is None or month.unit != "month":
            month = self.last_month
        if (
            self.narrative
            or spec.unit != "month"
            or spec.amount != 0
            or spec.base != "ref"
            or not self.low.startswith("that", candidate.start)
            or ref is None
            or month is None
            or ref.unit != "day"
            or month.end > ref.end
            or not self._dates_a_statement(ref)
            or not self._in_one_sentence(month.end, candidate.start)
        ):
            return None
        return month

    def _looks_ahead_from_now(self, candidate: Candidate) -> bool:
        """Whether the clause is told from the writer's now: not in the past, or in the present perfect
        ("has named four more days of action later in the month")."""
        tense = self._tense(candidate)
        return tense.tense != "past" or _written_present_perfect(tense)

    def _story_resumed_after_glance_back(
        self, month: int, day: int, candidate: Candidate
    ) -> _Reference | None:
        """ "lifted off on 12 September ... recognised the readings from a test a year before ... The crew
        entered lunar orbit on 15 September": a count of whole years back from the story's day glances
        back; a day told without a year in a later sentence, not in a flashback, goes on from the day the
        story was at when it falls shortly after it."""
        ref, last_day = self.reference, self.last_day
        if ref is None or last_day is None or ref.unit != "year" or not 0 <= ref.index < len(self.candidates):
            return None
        offset = self.candidates[ref.index].spec
        if (
            offset.kind != "shift"
            or offset.base != "ref"
            or offset.unit != "year"
            or offset.amount is None
            or offset.amount >= 0
            or ref.day.year != last_day.day.year + offset.amount
            or self._sentence_opening(candidate.start) < ref.end
        ):
            return None
        year = last_day.day.year
        when = date(year, month, min(day, monthrange(year, month)[1]))
        if not 0 <= (when - last_day.day).days <= _STORY_TURN_DAYS or self._tense(candidate).looks_back:
            return None  # "A year earlier ... He had landed there on 15 September": the glance goes on
        return last_day

    def _story_resumed_after_glance_ahead(self, month: int, day: int | None) -> _Reference | None:
        """ "... The city surrendered on 12 July 1191. Leopold repaid the insult when he captured Richard
        in December 1192. Philip left for France on 31 July": a date without a year that would carry
        the story past a year's end, just after a date told with its year far ahead of the one before
        it, falls shortly after that earlier date; the year named ahead was a glance forward, and the
        story goes on from where it was (the earlier reference, or None)."""
        ref, earlier = self.reference, self.earlier_reference
        if (
            ref is None
            or earlier is None
            or not ref.explicit
            or earlier.unit not in ("day", "month")
            or (ref.day - earlier.day).days <= _GLANCE_AHEAD_DAYS
        ):
            return None
        before = self.text[max(0, ref.end - _SENTENCE_REACH) : ref.end]
        sentence = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
        if not _SUBORDINATE_CLAUSE.search(sentence):
            return None  # "In December 1192 the king was seized. On 31 July he was freed": the story moved
        year = earlier.day.year
        when = date(year, month, min(day or 1, monthrange(year, month)[1]))
        return earlier if 0 <= (when - earlier.day).days <= _STORY_TURN_DAYS else None

    def _story_resumed_after_counted_glance(self, month: int, day: int, year: int) -> _Reference | None:
        """ "Rezang La fell on 18 November. Their bodies were found three months later, when the snow
        allowed a search. / On 19 November Nehru spoke": after a count of months ahead from the story's
        day, a day without a year that would fall long after the month counted to, but just after the
        story's day, goes on from that day; the count was a glance ahead (the earlier reference, or None)."""
        ref, earlier = self.reference, self.earlier_reference
        if (
            ref is None
            or earlier is None
            or ref.unit != "month"
            or earlier.unit != "day"
            or not self.low.endswith("later", 0, ref.end)
        ):
            return None
        month_end = date(ref.day.year, ref.day.month, monthrange(ref.day.year, ref.day.month)[1])
        when = date(year, month, min(day, monthrange(year, month)[1]))
        if (when - month_end).days <= _STORY_TURN_DAYS:
            return None  # "three months later ... On 12 May": the story goes on from the month counted to
        back_year = earlier.day.year
        back = date(back_year, month, min(day, monthrange(back_year, month)[1]))
        return earlier if 0 <= (back - earlier.day).days <= _STORY_TURN_DAYS else None

    def _after_undated_night(self, candidate: Candidate) -> bool:
        """ "put it in the fridge overnight. In the morning, heat the oven": a part of the day of the day in
        context, right after a night of no known day (an instruction's step), is of no known day either."""
        spec = candidate.spec
        if spec.pod is None or spec.base != "ref" or spec.unit != "day" or spec.amount not in (0, 1):
            return False
        at = bisect_left(self._candidate_starts, candidate.start) - 1
        while at >= 0 and self.candidates[at].spec.type == "DURATION":
            at -= 1  # "overnight. A slow prove of 12 to 14 hours ... In the morning": a length is no time
        if at < 0:
            return False
        before = self.candidates[at]
        return (
            before.spec.kind == "fixed"
            and before.spec.type == "TIME"
            and before.spec.value == "XXXX-XX-XXTNI"
            and candidate.start - before.end < _SENTENCE_REACH
            # the same step, or the next numbered step of the list ("overnight.\n\n4. In the morning")
            and (
                "\n" not in self.text[before.end : candidate.start]
                or _NEXT_NUMBERED_STEP.fullmatch(self.text, before.end, candidate.start) is not None
            )
        )

    def _part_of_day_in_a_past_habit(self, candidate: Candidate) -> bool:
        """ "took to walking along the coast at dawn", "used to rise at 5 a.m.": a part of the day or a
        clock time told of a habit the sentence names is that time of every day, not of one day of the
        story."""
        spec = candidate.spec
        if spec.pod is None or spec.base != "ref" or spec.unit != "day" or spec.amount != 0:
            return False
        opening = self._sentence_opening(candidate.start)
        for lead in _LEX.PAST_HABIT_LEADS:
            at = self.low.find(lead, opening, candidate.start)
            # "used to rise at five" is a habit; "was used to ferry troops at dawn" a purpose
            if at >= 0 and self.low[opening:at].rsplit(" ", 1)[-1] not in _LEX.PASSIVE_AUXILIARIES:
                return True
        for lead in _LEX.GERUND_HABIT_LEADS:
            at = self.low.find(lead, opening, candidate.start)
            # "took to walking" is a habit taken up; "took to the hills" a journey
            if at >= 0 and self.low[at + len(lead) : candidate.start].split(" ", 1)[0].endswith("ing"):
                return True
        # "electricity for four hours a day, often in the middle of the night", "attacked, usually at
        # dawn": an adverb of how often right before the part of the day makes it that of every such day
        adverb = _ADVERB_BEFORE_POD.search(self.low, max(0, candidate.start - 30), candidate.start)
        if adverb is not None and adverb[1] in _LEX.POD_HABIT_ADVERBS:
            return True
        if self.low[candidate.start : candidate.end].split(" ", 1)[0] in _LEX.POD_POINTING_DETERMINERS:
            return False  # "that morning", "the next evening": a day the story points at
        tense = self._tense(candidate)
        if tense.tense == "past" and not tense.perfect and self._past_habit_verb(tense, clock=True):
            # "He usually rose at dawn", "always rose at dawn": the verb's adverb of how often, as for a
            # clock time ("usually rose at 5 a.m.")
            return True
        # "Every day he rose at dawn and slept at dusk", "was fed at dawn and at noon each day": a set of
        # days in the sentence, with no day named in it, makes its parts of the day those of every day (a
        # clock time has its own habits: "had clocked in at 6 a.m., as it did every weekday" is that day's)
        if spec.pod[:1].isdigit() or tense.tense != "past" or tense.perfect:
            return False
        sentence = self._candidates_between(opening, self._sentence_close(candidate.end))
        return (
            any(_daily_set(other.spec) for other in sentence)
            and not any(
                (
                    other.spec.type == "DATE"
                    and other.spec.pod is None
                    # "On 3 May 1862 he rose at dawn, as he did every day": a day named, with its year or not
                    and (
                        other.spec.year is None
                        or other.spec.day is not None
                        or other.spec.weekday is not None
                    )
                )
                # "That morning he rose at dawn, as he did every day": a part of a day the story points at
                or self.low[other.start : other.end].split(" ", 1)[0] in _LEX.POD_POINTING_DETERMINERS
                for other in sentence
            )
        )

    def _part_of_day_in_a_present_habit(self, candidate: Candidate) -> bool:
        """ "The deer graze the fellsides at dawn and dusk", "the lodges send out vehicles at 6 a.m.": in a
        history told in the past, a part of the day or a clock time with no day of its own, in a clause
        plainly in the simple present with no date before it in its sentence, says how every day goes,
        not which day of the story's past it was."""
        spec = candidate.spec
        if (
            not self.narrative
            or spec.pod is None
            or spec.base != "ref"
            or spec.unit != "day"
            or spec.amount != 0
            # "that afternoon", "the next morning": a day the story points at
            or self.low[candidate.start : candidate.end].split(" ", 1)[0] in _LEX.POD_POINTING_DETERMINERS
        ):
            return False
        opening = self._sentence_opening(candidate.start)
        if opening <= self.habitual_pod_end <= candidate.start and not self._year_named_between(
            self.habitual_pod_end, candidate.start
        ):
            return True  # "fly inland at dawn to feed ..., returning at dusk": the sentence's habit goes on
        tense = self._tense(candidate)
        if tense.tense != "present" or tense.perfect or tense.cue is None:
            return False
        cue = tense.cue.lower()
        after = self.text[candidate.end : candidate.end + _SENTENCE_REACH]
        closing = _SENTENCE_END_BETWEEN.search(after)
        # "At 11.52 a.m. two jets began to attack": a verb only past anywhere in the sentence is its time
        sentence = (
            self.text[opening : candidate.start] + " " + (after[: closing.start()] if closing else after)
        )
        if _past_only_word_in(sentence) or not (_PLAIN_PRESENT_CUE.match(cue) or _present_only_base(cue)):
            return False
        # "On 3 June the army rests at dawn": a day or a year named before it in its sentence is when it
        # falls ("at dawn and dusk", "come in July" name none)
        if any(
            other.spec.year is not None
            or other.spec.day is not None
            or other.spec.weekday is not None
            or other.spec.holiday is not None
            or (other.spec.kind == "shift" and other.spec.base == "dct")  # "today", "last week"
            for other in self._candidates_between(opening, candidate.start)
        ):
            return False
        # a story told in the present moves on by its days; a target year after the DCT ("aims to have
        # 2,000 rhinos by 2030") is no day a story has reached
        story_now = self.reference is not None and (self.dct is None or self.reference.day <= self.dct)
        return not _PAST_FORM_BUT_EED.search(_PRESENT_PASSIVE.sub(" ", sentence)) and not (
            story_now and self._story_told_in_the_present()
        )

    def _plan_made_at_a_years_end(self, candidate: Candidate) -> bool:
        """Whether the candidate's clause is a plan seen from the story's past ("planned to", "hoped to",
        "would") in the sentence that brought the story to the end of a year ("By the end of 1890",
        "by the end of the year", "Late in 1890")."""
        if self.reference_span is None:
            return False
        start, end = self.reference_span
        told = self.low[start:end]
        if not told.startswith(("the end of", "end of", "late")) or _SENTENCE_BREAK.search(
            self.text, end, candidate.start
        ):
            return False  # the plan is told in the sentence that brought the story to the year's end
        return _plan_seen_from_the_past(self._tense(candidate))

    def _birth_told_without_its_day(self, candidate: Candidate) -> _Reference | None:
        """The lead's first day when it opens a life's dates ("Ann Brill (4 May 1850 – 9 June 1901)",
        "(born 2 June 1971)") and the candidate's sentence tells the birth ("was born in Hull") with no
        time of its own before the candidate (None otherwise)."""
        lead, ref = self.lead_day, self.reference
        if lead is None or ref is None:
            return None
        opening = self._sentence_opening(candidate.start)
        if ref.end > opening:
            return None  # "was born on 4 May 1850 and baptised the next day": counted from the day told
        if not any(self.low.find(f" {word} ", opening, candidate.start) >= 0 for word in _LEX.BIRTH_WORDS):
            return None
        bracket = self.text.rfind("(", max(0, lead.end - 40), lead.end)
        if bracket < 0 or ")" in self.text[bracket : lead.end]:
            return None
        return lead

    def _lead_after_look_back(self, position: int) -> _Reference | None:
        """The lead's day, when a new section starts at `position` after sections that looked back to
        years before it ("28 June 1914. / Background / ... in the winter of 1905-06 ... / The crisis /
        ... shot shortly before 11 a.m."), or right after a lead that ran on years past its day: the
        section takes up the lead's story again (None otherwise)."""
        lead, ref = self.lead_day, self.reference
        if lead is None or ref is None or _SECTION_HEADING.search(self.text, ref.end, position) is None:
            return None
        if ref.unit in ("season", "year", "half") and ref.day.year < lead.day.year:
            return lead
        if (
            ref.day.year > lead.day.year
            and ref.end > lead.end
            and _SECTION_HEADING.search(self.text, lead.end, ref.end) is None
            # "... died in London in 1968. / Later life / ... in June he married": a section of what came
            # after goes on from the end the lead reached
            and not self._later_section_heading(ref.end, position)
        ):
            # "began with air strikes on 7 October 2001 ... and ended in August 2021. / Invasion / ... in
            # mid-October": a lead that sums the story up to its end; the first section after it tells
            # the story from the lead's day
            return lead
        return None

    def _later_section_heading(self, start: int, end: int) -> bool:
        """Whether the last section heading in text[start:end] names a time after a story's end
        ("Aftermath", "Later life", "Death and legacy")."""
        headings = [heading.group() for heading in _SECTION_HEADING.finditer(self.text, start, end)]
        return bool(headings) and any(
            word in _LEX.LATER_SECTION_HEADING_WORDS for word in _WORD.findall(headings[-1].lower())
        )

    def _column_day_in_year(self) -> _AnchorChoice | None:
        """The DCT's day and month in the year the story has reached, in an "On this day" column (None
        when the reference is not a past year or that year has no such day)."""
        ref, dct = self.reference, self.dct
        if ref is None or dct is None or ref.unit != "year" or not 0 < ref.day.year < dct.year:
            return None
        if (dct.month, dct.day) == (2, 29) and not isleap(ref.day.year):
            return None
        day = date(ref.day.year, dct.month, dct.day)
        anchor = _anchor(kind=AnchorKind.EXPRESSION, value=day.isoformat(), expression=ref.index)
        why = f"the DCT's day and month in the column entry's year {ref.value} (expression #{ref.index})"
        return _AnchorChoice(day, anchor, why)

    def _story_day_after_glance_back(self, candidate: Candidate) -> _Reference | None:
        """The day a story has reached, when the reference time since is a month or season of that day's
        year that ended before it, told in an earlier paragraph (a glance back, no day to go on from)."""
        day, ref = self.last_day, self.reference
        if (
            day is None
            or ref is None
            or ref.unit not in _GLANCE_BACK_UNITS
            or day.end >= ref.end
            or ref.day.year != day.day.year
            or self.text.find("\n", ref.end, candidate.start) < 0
        ):
            return None
        interval = granularity_and_interval(ref.value)[1]
        if interval is None or interval.end.date() > day.day:
            return None
        return day

    def _choice_of(self, reference: _Reference) -> _AnchorChoice:
        return _AnchorChoice(
            reference.day,
            _anchor_at(reference),
            f"the reference time {reference.value} (expression #{reference.index})",
        )

    def _writers_future(self, candidate: Candidate) -> _AnchorChoice | None:
        """The DCT, for a month or day without a year in a story's future-tense clause that is not
        quoted speech ("whose members are to be chosen in April"): the story is told in the past, so a
        plan told in the present or future is the writer's (None otherwise)."""
        if not self.narrative or self.dct is None or self.reference is None:
            return None
        if self._year_of_event_subject(candidate) is not None:
            return None  # "The 2028 Games will run from July 14": the days of the event's own year
        tense = self._tense(candidate)
        if (
            tense.tense in ("present", "future")
            and not _FUTURE_CUE.search(tense.cue or "")
            and self._year_frames_present(candidate)
        ):
            return (
                None  # "In 1851 the hall is open from May": the year the sentence opens on, not the writer's
            )
        cue = (tense.cue or "").lower().split()
        if (
            tense.tense in ("present", "future")
            and not tense.after_past
            and _UNTIL_BEFORE.search(self.low, max(0, candidate.start - 7), candidate.start) is not None
            # "runs until", "is open until", "will stay until"; not "delayed his attack until"
            and cue[:1]
            and (
                cue[0] in _LEX.PRESENT_FUTURE_LEADS
                or (cue[0].endswith("s") and cue[0] not in _LEX.PAST_LEADS_ENDING_IN_S)
            )
            and not self._quoted(candidate)
            and not self._story_told_in_the_present()
        ):
            # "An exhibition, open daily until January, now holds the prop": what lasts in the present
            # of a story told in the past is the writer's, and runs on from the time of writing
            return self._dct_anchor()
        if tense.tense != "future" or tense.after_past or self._quoted(candidate):
            return None
        if self.reference.unit not in _YEAR_OR_LONGER_UNITS and self._story_told_in_the_present():
            return None  # "On Christmas Eve ... Tom says he will sell the land in March": the story's future
        # "was planned for early June", "hoped would be the final offensive": a future seen from the past
        lead = cue[:1]
        if (
            len(cue) == 1
            and cue[0].endswith("s")
            and cue[0] not in _LEX.PAST_LEADS_ENDING_IN_S
            and tense.cue_end is not None
            and self.text.startswith(" to ", tense.cue_end)
        ):
            # "the trust plans to expand it, with work due to begin in the summer": a present-tense
            # plan ("plans to", "expects to", "aims to") is the writer's; a bare present ("In March
            # the cinema closes") may be a review's or a story's own
            return self._dct_anchor()
        if cue == ["due"] and tense.cue_end is not None:
            before = self.low[max(0, tense.cue_end - 12) : tense.cue_end - 3].split()
            if before and before[-1] in _LEX.PRESENT_FUTURE_LEADS:
                # "a history is due in the autumn": a present schedule is the writer's ("was due" the story's)
                return self._dct_anchor()
        if lead == ["to"] and self._present_schedule_before_infinitive(candidate):
            # "A new history is due to be published in the autumn": the infinitive is the nearest verb,
            # but the present "is due to" before it is the writer's schedule ("was due to" the story's)
            return self._dct_anchor()
        if lead and lead[0] in _LEX.PRESENT_FUTURE_LEADS:
            return self._dct_anchor()
        plan_end = self.writers_future_end[0]
        if 0 <= plan_end < candidate.start and _COORDINATED_LATER.fullmatch(
            self.text, plan_end, candidate.start
        ):
            # "It will reopen in March and close in November": a second verb joined on by "and" shares
            # the writer's future of the first
            return self._dct_anchor()
        return None

    def _present_schedule_before_infinitive(self, candidate: Candidate) -> bool:
        """Whether a schedule's "due to" (or "set to", "scheduled to") right before the date's infinitive
        follows a present-tense "is" or "are": "is due to be published in", not "was due to open in"."""
        due = _DUE_TO_BEFORE.search(self.text, max(0, candidate.start - 40), candidate.start)
        if due is None:
            return False
        before = self.low[max(0, due.start() - 8) : due.start()].split()
        return bool(before) and before[-1] in _LEX.PRESENT_FUTURE_LEADS

    def _closes_range_after_noon(self, candidate: Candidate, opening: str) -> bool:
        """Whether a clock time told without a.m. or p.m. closes a range at an hour that reads
        earlier than the opening one on the face but later once read after noon ("12:30-1:45")."""
        opening_clock = opening.split("T")[1]
        return self._hour_without_half_of_day(candidate) and opening_clock < _afternoon_clock(
            candidate.spec.pod or ""
        )

    def _arrival_after_evening_in_sentence(self, candidate: Candidate, choice: _AnchorChoice) -> bool:
        """Whether a clock time follows, in its sentence, the evening clock time of the reference time,
        with a verb of arriving between them ("sails at 2215 and docks at 0630")."""
        ref, span = self.reference, self.reference_span
        return (
            ref is not None
            and span is not None
            and choice.anchor.expression == ref.index
            and _EVENING_CLOCK_VALUE.fullmatch(choice.anchor.value or "") is not None
            and self._in_one_sentence(span[1], candidate.start)
            and any(word in _LEX.ARRIVAL_VERBS for word in _WORD.findall(self.low, span[1], candidate.start))
        )

    def _small_hours_told_in_sentence(self, candidate: Candidate, *, morning_counts: bool = True) -> bool:
        """Whether the sentence of a clock time speaks of the night or waking, before the time ("woke at
        half past four") or after it ("at half past five every morning"), which keeps it in the small hours
        or the morning ("She rose at 6:30" after "docked at 7 p.m." is the next morning's), not an evening.
        Without `morning_counts`, "morning" alone, which runs on to noon, is no such word."""
        opening = self._sentence_opening(candidate.start)
        after = self.low[candidate.end : candidate.end + 40].split(". ")[0]
        cues = chain(
            SMALL_HOURS_CUE.finditer(self.low, max(opening, candidate.start - 80), candidate.start),
            SMALL_HOURS_CUE.finditer(after),
        )
        return any(morning_counts or cue[0] != "morning" for cue in cues)

    def _same_look_back_as_reference(self, choice: _AnchorChoice, candidate: Candidate) -> bool:
        """ "Earlier we had met at 8.30am and again at 9.15am": a clock time in the sentence of the
        past-perfect reference time it goes on from is in the same look back, on the same day."""
        ref, span = self.reference, self.reference_span
        return (
            ref is not None
            and span is not None
            and choice.anchor.expression == ref.index
            and self._in_one_sentence(span[1], candidate.start)
            and self.tense(span[0], span[1]).looks_back
        )

    def _hour_without_half_of_day(self, candidate: Candidate) -> bool:
        """Whether a candidate is a morning clock time told without a.m. or p.m. ("six o'clock", "half
        past four"), which the story may put in the afternoon or evening."""
        if not _MORNING_CLOCK.fullmatch(candidate.spec.pod or ""):
            return False
        if candidate.spec.note == CHAT_STAMP_NOTE:
            return False  # a message's stamp is the device's clock, a 24-hour one unless it says AM or PM
        surface = self.text[candidate.start : candidate.end]
        return (
            bool(_HOUR_WITHOUT_HALF_OF_DAY.search(surface))
            and not _HALF_OF_DAY_NAMED.search(surface)
            # "from 2.30 to 4.30pm", "10.30 until noon": the close names the half of the day it opens in
            and not CLOCK_RANGE_CLOSE.match(self.low, candidate.end)
            # "10:00-16:00 weekends", "08:00 to 10:00": a range written on the 24-hour clock
            and not _RANGE_CLOSE_ON_24_HOUR_CLOCK.match(self.low, candidate.end)
            and not _RANGE_OPENING_ON_24_HOUR_CLOCK.search(
                self.low, max(0, candidate.start - 16), candidate.start
            )
            # "High water at 04:51 and 17:13. Low tide at 11:02.": a text that has written an afternoon
            # reading on the 24-hour clock writes its morning readings as they are
            and not (surface[:1].isdigit() and self._after_a_24_hour_reading_alike(surface, candidate.start))
        )

    def _after_a_24_hour_reading_alike(self, surface: str, start: int) -> bool:
        """Whether an afternoon reading on the 24-hour clock, its hour and minutes parted by the same mark
        as `surface`'s, comes shortly before `start`: a text that writes "17:13" writes its night's hours
        so too, and its "11:02" is the morning's; "Doors open at 18:30 and the show ends at 10.45" changes
        notation, and the dotted hour may be the evening's, as a twelve-hour clock writes it."""
        mark = ":" if ":" in surface else "." if "." in surface else ""
        return bool(mark) and any(
            reading[0][2] == mark
            for reading in TWENTY_FOUR_HOUR_READING.finditer(
                self.low, max(0, start - TWENTY_FOUR_HOUR_REACH), start
            )
        )

    def _evening_hour(self, candidate: Candidate, choice: _AnchorChoice) -> str | None:
        """ "attacked at half past six in the evening and fought on through the night; the flagship
        blew up at about ten o'clock": an hour told without a.m. or p.m. after an evening or a night
        of the story is that evening's hour when it comes after the evening's start (the p.m. clock
        time; None otherwise, and an hour before it is the next morning's)."""
        spec = candidate.spec
        pod, reference = spec.pod or "", choice.anchor.value or ""
        if (
            spec.unit == "day"
            and spec.amount == 0
            and choice.anchor.kind in (AnchorKind.DCT, AnchorKind.EXPRESSION)
            and self._hour_without_half_of_day(candidate)
        ):
            told = self._clock_told_as_now(candidate.start)
            if (
                told is not None
                and choice.anchor.expression in (None, told[0])
                and self._tense(candidate).tense == "past"
            ):
                # a past act: the latest such hour before the time told as now
                return _afternoon_clock(pod) if _afternoon_clock(pod) <= told[1] else None
            if choice.anchor.kind == AnchorKind.DCT:
                return None
        if (
            spec.unit != "day"
            or spec.amount != 0
            or choice.anchor.kind != AnchorKind.EXPRESSION
            or not self._hour_without_half_of_day(candidate)
        ):
            return None
        told_pm = _afternoon_clock(pod)
        if (
            self.narrative
            and _AFTERNOON_OR_EVENING_CLOCK_VALUE.search(reference)
            and 0
            < _clock_minutes(reference.split("T")[1]) - _clock_minutes(told_pm)
            <= _GLANCE_BACK_IN_THE_DAY_MINUTES
            and ((tense := self._tense(candidate)).tense == "past" or tense.looks_back)
            # inside its sentence: "At 6 o'clock the crew went ashore", opening one after "docked at 7
            # p.m.", moves the story on to the next morning
            and len(self.text[self._sentence_opening(candidate.start) : candidate.start].split()) > 2
            # "The ferry docked at 7 p.m. ... She rose at 6:30 and left": waking or dawn keeps the hour
            # in the morning, the next one after the evening told
            and not self._small_hours_told_in_sentence(candidate)
        ):
            # "He demanded the money by 7 p.m. The airline, whose president was reached at about 5:45,
            # agreed": an hour told without a.m. or p.m. a little before the afternoon or evening clock
            # time the story has reached is that day's p.m. hour, not its small hours half a day back
            return told_pm
        if not _EVENING_OR_NIGHT.search(reference):
            # "on the evening of 21 June 1912 ... arrives at seven o'clock": the date is tagged alone,
            # and the words before it say the story is in its evening
            part_named = (
                "EV"
                if self._evening_of_an_event_before(candidate, reference)
                else self._evening_before_the_date(choice.anchor.expression, reference)
            )
            if part_named is None:
                return None
            reference = f"{reference}T{part_named}"
        part = reference.split("T")[1]
        starts = EVENING_STARTS.get(part, int(part[:2]) if part[:2].isdigit() else 24)
        if part == "NI" and self.dct is not None and reference.startswith(self.dct.isoformat()):
            # "Our top story tonight ... it's just gone half past six": the night of the day of speaking
            # is its whole evening, as "tonight" is
            starts = EVENING_STARTS["EV"]
        elif part == "NI" and not self.narrative:
            starts = _NIGHT_OF_A_NAMED_DAY_STARTS
        return _afternoon_clock(pod) if starts <= int(pod[:2]) + 12 < 24 else None

    def _clock_told_as_now(self, start: int) -> tuple[int, str] | None:
        """The last clock time the speaker told as the time now before `start` ("It's ten o'clock, the
        polls have closed"): its expression's index and clock, or None. A bare hour of a past-tense clause
        after it is the latest such hour before it ("Officials told me at six o'clock": 18:00)."""
        told = None
        for opener in TELLING_THE_TIME_NOW.finditer(self.low, max(0, start - _TOLD_NOW_HOUR_REACH), start):
            index = bisect_left(self._candidate_starts, opener.end())
            if index < len(self.candidates) and self._candidate_starts[index] == opener.end():
                spec = self.candidates[index].spec
                if spec.type == "TIME" and not spec.amount and _CLOCK_READING.fullmatch(spec.pod or ""):
                    told = (index, spec.pod or "")
        return told

    def _small_hours_of_date(self, index: int | None) -> bool:
        """Whether expression `index` is a day written after "the early hours of" ("in the early hours of
        1 November"): the story is then at the end of the night before that day."""
        if index is None or not 0 <= index < len(self.candidates):
            return False
        start = self.candidates[index].start
        return self.low.endswith(_LEX.SMALL_HOURS_OF_A_DATE, max(0, start - 16), start)

    def _evening_of_an_event_before(self, candidate: Candidate, value: str) -> bool:
        """ "On the evening of the kidnapping the family were out. The nurse put her to bed at 7:30": the
        evening of an event the story has dated, named in the hour's sentence or the one before it with no
        time told between, holds the hour told without a.m. or p.m."""
        if not self.narrative or not _DAY_VALUE.fullmatch(value):
            return False
        opening = self._sentence_opening(candidate.start)
        reach = self._sentence_opening(opening - 2) if opening > 1 else opening
        found = _EVENING_OF_AN_EVENT.search(self.low, reach, candidate.start)
        if found is None:
            return False
        index = bisect_left(self._candidate_starts, found.end())
        # no time told between the evening named and the hour
        return index >= len(self.candidates) or self._candidate_starts[index] >= candidate.start

    def _evening_before_the_date(self, index: int | None, value: str) -> str | None:
        """ "EV" when the day `value` of expression `index` is written after "the evening of" ("on the
        warm evening of 21 June 1912"); None otherwise. ("The night of 23-24 January ... when the mist
        lifted at about eight o'clock" runs on into the morning: a night says nothing of the hour.)"""
        if index is None or not 0 <= index < len(self.candidates) or not _DAY_VALUE.fullmatch(value):
            return None
        start = self.candidates[index].start
        if self.low.endswith("evening of ", max(0, start - 12), start):
            return "EV"
        end = self.candidates[index].end
        if (
            self.low.endswith("night of ", max(0, start - 10), start)
            and self.text[end : end + 1] not in _NIGHT_RANGE_DASHES
            and not self.low.startswith(" to ", end)
        ):
            # "On the night of 8 December ... at about half past ten": the night of one day holds its
            # late hours (from nine); an earlier hour may be the next morning's, as in a night of two days
            return _NIGHT_LATE_HOURS_START
        return None

    def _dated_day_of_that_part_in_month(self, candidate: Candidate) -> _AnchorChoice | None:
        """ "Since that morning in November, I have ...": "that" with a part of a day, then the month it
        fell in, points back at the day the text dated in that month, however far the telling has moved
        since (None when the text dated no day in it)."""
        spec = candidate.spec
        if (
            spec.pod is None
            or spec.base != "ref"
            or spec.unit != "day"
            or spec.amount != 0
            or not self.dated_days
            or not self.low.startswith(" in ", candidate.end)
            or not _THAT_DAY.match(self.text, candidate.start)
        ):
            return None
        month_word = _WORD.match(self.low, candidate.end + 4)
        month = _LEX.MONTHS.get(month_word.group(0)) if month_word is not None else None
        if month is None:
            return None
        named = [d for d in self.dated_days.values() if d.end <= candidate.start and d.day.month == month]
        if not named:
            return None
        day = max(named, key=lambda d: d.end)
        return _AnchorChoice(
            day.day,
            _anchor_at(day),
            f"the day the text dated in {MONTH_NAMES[month - 1]}, {day.value} (expression #{day.index})",
        )

    def _day_that_part_refers_to(self, candidate: Candidate) -> _AnchorChoice | None:
        """ "... a finding confirmed by a second autopsy in 2011. The commanders were sworn in that
        evening": "that morning", "that evening" point back to a day the text has told; a year or month
        years away from that day, named since in passing, has no evening of its own (None otherwise)."""
        spec, ref, day = candidate.spec, self.reference, self.last_day
        if (
            spec.base != "ref"
            or spec.unit != "day"
            or spec.amount != 0
            or spec.pod is None
            or ref is None
            or day is None
            or ref is day
            or _UNIT_RANK.get(ref.unit, 0) < _UNIT_RANK["month"]
            or abs(ref.day.year - day.day.year) < 2
            or not _THAT_DAY.search(self.text, candidate.start, candidate.end)
            # a new paragraph moves the telling on, unless a question heads it ("Who was the attacker?"),
            # as in an explainer whose answers go on with the story
            or _PARAGRAPH_NOT_QUESTION.search(self.text, day.end, candidate.start) is not None
        ):
            return None
        return _AnchorChoice(
            day.day,
            _anchor_at(day),
            f"the day last told, {day.value} (expression #{day.index}), past a year named in passing",
        )

    def _day_after_its_eve(self, candidate: Candidate) -> _AnchorChoice | None:
        """ "arrived at 2.15pm on November 13. She had complained of it the previous evening and had seen a
        GP that morning": an earlier part of the day after "the previous evening" (or "the night before")
        is of the day that evening was counted back from, not of the evening's own day."""
        spec, ref, span = candidate.spec, self.reference, self.reference_span
        if (
            spec.base != "ref"
            or spec.unit != "day"
            or spec.amount != 0
            or spec.pod not in ("MO", "AF")
            or ref is None
            or span is None
            or not ref.value.endswith(("TEV", "TNI"))
            or not _THAT_DAY.match(self.text, candidate.start)
            or _EVE_COUNTED_BACK.fullmatch(self.text, *span) is None
            or _PARAGRAPH_NOT_QUESTION.search(self.text, span[1], candidate.start) is not None
        ):
            return None
        day = ref.day + timedelta(days=1)
        return _AnchorChoice(
            day,
            _anchor_at(ref),
            f"the day the {ref.value[-2:]} of {ref.value[:10]} (expression #{ref.index}) was counted back from",
        )

    def _day_counted_past_a_glance_back(self, candidate: Candidate) -> _AnchorChoice | None:
        """ "... pulled out at about 3 a.m. It had half as many people as in 1950. Three days later, the
        mayor called a meeting": days counted on in a story count from the day last told, not from a
        year years before it that the text glanced back to (which has no day to count from)."""
        spec, ref, day = candidate.spec, self.reference, self.last_day
        if (
            not self.narrative
            or not spec.counted_offset
            or spec.base != "ref"
            or spec.unit not in ("day", "week")
            or spec.amount is None
            or spec.amount <= 0
            or ref is None
            or day is None
            or ref is day
            or _UNIT_RANK.get(ref.unit, 0) < _UNIT_RANK["year"]
            or day.day.year - ref.day.year < 2
        ):
            return None
        return _AnchorChoice(
            day.day,
            _anchor_at(day),
            f"the day last told, {day.value} (expression #{day.index}), past a year glanced back to",
        )

    def _reporting_quarter(
        self, candidate: Candidate, choice: _AnchorChoice, amount: int
    ) -> tuple[str, Anchor, str, list[str]]:
        assert choice.day is not None
        latest = "latest" in candidate.spec.note or "recent" in candidate.spec.note
        if candidate.spec.note.startswith("the current"):
            containing = self._last_completed_quarter(cal.add_months(choice.day, 3))
            return containing, choice.anchor, f"the quarter of {choice.label}", []
        if self.last_quarter and not latest:
            year, quarter = (int(part) for part in self.last_quarter.split("-Q"))
            why = f"the quarter under discussion ({self.last_quarter})"
        else:
            tense = self._tense(candidate)
            current = (choice.day.month - 1) // 3 + 1
            year, quarter = choice.day.year, current
            why = f"the quarter of {choice.label}"
            after = _WORD_RIGHT_AFTER.match(self.low, candidate.end)
            # "before the quarter closes", "until the quarter ends": a quarter still closing is the current one
            closing = after is not None and after[1] in _LEX.CLOSING_VERBS
            if tense.direction != 1 and not closing:
                # reports look back at the last completed quarter
                quarter -= 1
                if quarter == 0:
                    year, quarter = year - 1, 4
                why = f"the last completed quarter before {choice.label}"
        if amount == -4:
            year -= 1
            why += ", a year earlier"
        return f"{year:04d}-Q{quarter}", choice.anchor, why, []

    def _quarter_of_year(
        self, candidate: Candidate, choice: _AnchorChoice, year: int
    ) -> tuple[str, Anchor, str, list[str]]:
        """ "the 1988 quarter": the quarter under discussion, in the year named; "the 1988 period"
        outside a quarterly report is just that year."""
        assert choice.day is not None
        if "period" in candidate.spec.note and not self._quarter_context(candidate):
            return f"{year:04d}", _ABSOLUTE, f"{candidate.spec.note}: the year itself", []
        current = self.last_quarter or self._last_completed_quarter(choice.day)
        quarter = current.split("-Q")[1]
        return (
            f"{year:04d}-Q{quarter}",
            choice.anchor,
            f"{candidate.spec.note}: the quarter under discussion ({current}) in {year}",
            [],
        )

    def _nearest_weekend(
        self, candidate: Candidate, choice: _AnchorChoice
    ) -> tuple[str, Anchor, str, list[str]]:
        assert choice.day is not None
        tense = self._tense(candidate)
        cue_words = (tense.cue or "").lower().split()
        if (
            tense.tense == "past"
            and cue_words
            and cue_words[-1] in _LEX.EXPECTATION_VERBS
            and not self._dates_the_verb(tense, candidate)
            and not _THAT_CLAUSE_AFTER.match(self.text, candidate.end)
        ):
            # "officials expected the roads to be at their busiest over the weekend": what was expected
            # lies ahead, as a month after "expected" does
            tense = ClauseTense("future", tense.cue, tense.cue_end)
        elif (
            tense.tense == "present"
            and not tense.perfect
            and cue_words
            and cue_words[-1] in _LEX.FORECASTING_VERBS
            and not _THAT_CLAUSE_AFTER.match(self.text, candidate.end)
        ):
            # "officials expect the longest queues over the weekend", "forecasters predict snow at the
            # weekend": what is foreseen lies ahead, even on a Monday nearer the weekend just gone
            tense = ClauseTense("future", tense.cue, tense.cue_end)
        elif choice.anchor.kind == _DCT_ANCHOR and self._after_since(candidate.start):
            # "families have slept by the police cordon since the weekend": the weekend it began is past
            tense = ClauseTense("past", "since", None)
        elif choice.anchor.kind == _DCT_ANCHOR and _written_present_perfect(tense):
            # "the airline has cancelled 112 flights over the weekend": a present perfect takes no
            # definite past time, so the weekend is the one nearest now, as a holiday after it is
            tense = ClauseTense(None, tense.cue, tense.cue_end)
        told = self.last_day
        if (
            told is not None
            and self.dct is not None
            and told.day > self.dct
            and tense.direction == 1
            and not candidate.spec.note.startswith("'this weekend")
            and not _SENTENCE_END_BETWEEN.search(self.text, told.end, candidate.start)
        ):
            # "finished by 6am on Saturday 12 June, in time for the weekend's traffic": the weekend on
            # or after the day ahead the sentence has just named, not the first one after the DCT
            choice = self._choice_of(told)
        if (
            told is not None
            and self.low.endswith(" into ", 0, candidate.start)
            and self._in_one_sentence(told.end, candidate.start)
        ):
            # "shot 66 on Friday to take a lead into the weekend": "into" reaches the first weekend
            # after the day the sentence tells, whatever the tense
            saturday = cal.weekday_near(told.day + timedelta(days=1), 6, 1)
            why = f"'the weekend' after 'into': the first weekend after {told.value}"
            return cal.period_value(saturday, "weekend"), choice.anchor, why, []
        assert choice.day is not None
        saturday = cal.weekday_near(choice.day, 6, tense.direction)
        if (
            tense.direction == -1
            and choice.day.isoweekday() == 5
            and self.low.endswith(" for ", 0, candidate.start)
            and _LEAVING_FOR_WEEKEND.search(self.text, max(0, candidate.start - 40), candidate.start)
        ):
            # "the letter came out after most reporters had left for the weekend" on a Friday: the leaving
            # opens the weekend that follows it, the one starting the next day
            saturday = choice.day + timedelta(days=1)
        if candidate.spec.note.startswith("'this weekend") and tense.direction != -1:
            saturday = cal.weekday_near(choice.day, 6, 1)  # "opens this weekend": the weekend of this week
        if choice.day.isoweekday() == 7:
            saturday = choice.day - timedelta(days=1)
        cue = f" ('{tense.cue}')" if tense.cue else ""
        side = "nearest to" if tense.direction is None else "after" if saturday > choice.day else "before"
        if saturday == choice.day:
            side = "of"
        why = f"'the weekend': {_tense_phrase(tense)}{cue}, so the weekend {side} {choice.label}"
        return cal.period_value(saturday, "weekend"), choice.anchor, why, []

    def _compared_time_in_sentence(self, candidate: Candidate) -> _Reference | None:
        """The month (or the year: "ended 2025 with 312 million, up from 281 million a year earlier")
        named earlier in the sentence of a news "a year earlier"."""
        ref = self.reference
        if (
            self.narrative
            or ref is None
            or ref.unit not in ("month", "day", "year")
            or not _YEAR_OR_MONTH_VALUE.match(ref.value)
        ):
            return None
        if not self._in_one_sentence(ref.end, candidate.start):
            return self._month_reported_just_before(candidate)
        if ref.unit == "day":
            # a day ("the year to June 30") stands for the period it closes; a balance at a day ("as at
            # 31 March 2008, up 21% on a year earlier") is compared with that day a year before
            start = self.candidates[ref.index].start if ref.index < len(self.candidates) else ref.end
            if not _DAY_VALUE.fullmatch(ref.value) or not _BALANCE_DAY_BEFORE.search(
                self.text, max(0, start - 6), start
            ):
                return None
        if (
            ref.unit == "month"
            and ref.index < len(self.candidates)
            and self._comparison_base(self.candidates[ref.index].start)
        ):
            # "rose to 94,000 in April from 86,000 in March, but below their level of a year before":
            # the figure compared is April's, not the base it rose from
            reported = self.last_month
            if reported is None:
                return None
            if not self._in_one_sentence(reported.end, candidate.start):
                # "rose 0.3% from a month earlier and 4.1% from a year earlier": both compare the month
                # the report told before
                return self._month_reported_just_before(candidate)
            return reported
        month = self.last_month
        if (
            ref.unit == "month"
            and month is not None
            and month.index > ref.index
            and self._in_one_sentence(month.end, candidate.start)
        ):
            # "rose 0.1% between September and October, against 0.3% in the same month last year": the
            # month a range closes on is the one its change is reported for
            return month
        return ref

    def _elided_period(
        self, candidate: Candidate, named: tuple[str, int]
    ) -> tuple[str, Anchor, str, list[str]]:
        """ "0.2% in the second quarter and 0.1% in the first": the quarter or half left unnamed, in the
        year of the one just named, whatever times were named between ("from a year earlier")."""
        value, index = named
        spec = candidate.spec
        year, letter, named_number = int(value[:4]), value[5], int(value[6:])
        number = named_number + (spec.amount or 0)
        months = 6 if letter == "H" else 3
        why = f"{spec.note}, in the year of {value}"
        starts = date(year, (number - 1) * months + 1, 1)
        named_starts = date(year, (named_number - 1) * months + 1, 1)
        if self.dct is not None and starts > self.dct >= named_starts:
            # "8.3 percent in the first quarter, after 7.8 percent in the fourth", told in May: the
            # fourth quarter still ahead this year cannot have had a figure, so last year's
            year -= 1
            why = f"{spec.note}: this year's is still ahead of the DCT, so the one before {value}"
        anchor = _anchor(kind=AnchorKind.EXPRESSION, value=value, expression=index)
        return f"{year:04d}-{letter}{number}", anchor, why, []

    def _month_reported_just_before(self, candidate: Candidate) -> _Reference | None:
        """ "Prices rose 10.1% in the 12 months to March. ... Food prices jumped 19.1% from a year
        earlier.": a comparison with no time of its own in a report on a month, a few sentences after
        the one naming that month, is with the same month a year before."""
        month = self.last_month
        ref = self.reference
        reach = _STORY_REACH
        if (
            ref is not None
            and ref.unit == "month"
            and ref.index < len(self.candidates)
            and self._comparison_base(self.candidates[ref.index].start)
        ):
            # "... from 3.9% in February. It revised its estimate for January and for February ...": the
            # months told since were bases or revisions, so the report's month still stands further on
            reach = 2 * _STORY_REACH
        if (
            month is None
            or candidate.start - month.end > reach
            # "45 per cent lower than a year ago": counted from the writer's now, not from a report's month
            or self.text.endswith("ago", candidate.start, candidate.end)
        ):
            return None
        return month

    def _comparison_base(self, start: int) -> bool:
        """Whether the time at `start` is the base of a comparison or a count ("rose 0.3% from
        December", "up from 86,000 in March", "the smallest rise since the survey began in December
        2001"), not the period a report is about; nor is a month whose figures are revised ("revised its
        estimate for January up by 27,000 and for February down")."""
        if (
            _among_last_words(self.text, max(0, start - 48), start, ("from", "since"), 5)
            and _COMPARISON_BASE_BEFORE.search(self.text, max(0, start - 48), start) is not None
        ) or (
            _may_hold(self.text, max(0, start - 100), start, ("revis",))
            and _REVISED_FOR_BEFORE.search(self.text, max(0, start - 100), start) is not None
        ):
            return True
        # "grew 0.6% in the three months to June, after growth of 0.7% in the first quarter": the figure a
        # new one follows
        change = _AFTER_A_CHANGE_BEFORE.search(self.text, max(0, start - 60), start)
        return (
            change is not None
            and bool(change["fig1"] or change["fig2"])
            and change["noun"].lower() in _LEX.CHANGE_FIGURE_NOUNS
        )

    def _news_day_before_dct(
        self, candidate: Candidate, choice: _AnchorChoice | None
    ) -> _AnchorChoice | None:
        """ "Bond prices rose yesterday ... The dollar fell to 135 yen at 4 p.m.": in news whose story is
        the day before the DCT, a past-tense clock time with no day of its own falls on that day."""
        spec, day = candidate.spec, self.last_day
        if (
            spec.type != "TIME"
            or spec.base != "ref"
            or spec.amount != 0
            or self.narrative
            or self.dct is None
            or day is None
            or choice is None
            or choice.anchor.kind != AnchorKind.DCT
            or day.day != self.dct - timedelta(days=1)
            or candidate.start - day.end > _STORY_REACH
            or self._tense(candidate).tense != "past"
            # "..., the government said on Monday. The dollar bought 100 yen at 3 p.m.": a day that dates
            # a statement does not date the market's clock
            or self._dates_a_statement(day)
        ):
            return None
        return self._choice_of(day)

    def _evening_before_dct(self, candidate: Candidate, choice: _AnchorChoice | None) -> _AnchorChoice | None:
        """ "passed the budget late Thursday, beating the July 1 deadline. The Assembly voted shortly
        after 10 p.m.": in news that has told the day before the DCT and not come on to the DCT since, a
        past-tense evening clock time with no day of its own is that day's evening; what a paper tells
        in the past did not happen on the evening of the day it is dated, nor on a day still ahead."""
        spec, day = candidate.spec, self.last_told_day
        if (
            spec.type != "TIME"
            or spec.base != "ref"
            or spec.amount != 0
            or not _EVENING_CLOCK.fullmatch(spec.pod or "")
            or self.narrative
            or self.dct is None
            or day is None
            or choice is None
            or choice.day is None
            or choice.day < self.dct
            or day.day != self.dct - timedelta(days=1)
            or self._tense(candidate).tense != "past"
            or self._dates_a_statement(day)
        ):
            return None
        return self._choice_of(day)

    def _quoted_tonight_before_dct(
        self, candidate: Candidate, choice: _AnchorChoice | None
    ) -> _AnchorChoice | None:
        """ "sold for $48 million on Tuesday night ... 'Tonight we turned works away,' he said": in news
        dated the day after the night it reports, a quoted "tonight" told in the past is the night the
        words were said, the day before the DCT the text last told, not the night of the paper's date;
        so is a quoted "today" ("'... but today somebody said it was wrong,' said a daughter", after a
        verdict returned "yesterday")."""
        spec, day = candidate.spec, self.last_told_day
        if (
            (spec.pod != "NI" and not (spec.pod is None and spec.unit == "day" and spec.kind == "shift"))
            or spec.base != "dct"
            or spec.amount != 0
            or self.narrative
            or self.dct is None
            or day is None
            or choice is None
            or choice.day != self.dct
            or day.day != self.dct - timedelta(days=1)
            or not self._quoted(candidate)
        ):
            return None
        tense = self._tense(candidate)
        if tense.tense != "past" or tense.perfect:
            return None
        return self._choice_of(day)

    def _year_closing_the_period(self, candidate: Candidate, anchor_day: date) -> int | None:
        """The year of the day told as closing a calendar quarter or half right after it ("the fourth
        quarter, which ended Dec. 31"): the last such day by the time told."""
        ended = _PERIOD_ENDED_AFTER.match(self.low, candidate.end)
        if ended is None:
            return None
        at = bisect_left(self._candidate_starts, ended.end())
        if at >= len(self.candidates) or self.candidates[at].start != ended.end():
            return None
        closing = self.candidates[at].spec
        if closing.kind != "calendar" or closing.month is None or closing.quarter is not None:
            return None
        spec = candidate.spec
        if closing.month != (spec.quarter * 3 if spec.quarter else (spec.half or 1) * 6):
            return None  # "the fiscal first quarter ended Dec. 31": a fiscal year's own numbering
        if closing.year is not None:
            return closing.year
        return cal.year_for(anchor_day, closing.month, closing.day, -1, strict=True)

    def _report_of_closed_period(self, candidate: Candidate, anchor_day: date) -> bool:
        """Whether a quarter, half or year named without a year qualifies a report ("fourth-quarter
        results", "full-year results") while last year's one closed within a reporting lag and this
        year's has not begun."""
        spec = candidate.spec
        following = _NEXT_WORD_AFTER.match(self.text, candidate.end)
        figures_for = _FIGURES_FOR_BEFORE.search(self.low, max(0, candidate.start - 24), candidate.start)
        if (following is None or following.group(1).lower() not in _LEX.CLOSED_PERIOD_REPORTS) and (
            # "warned that profit for the fourth quarter would fall short", said in January
            figures_for is None or figures_for.group(1) not in _LEX.CLOSED_PERIOD_FIGURES_BEFORE_FOR
        ):
            return False
        if spec.quarter is None and spec.half is None:  # a whole year: last year's ended on January 1
            return (anchor_day - date(anchor_day.year, 1, 1)).days < _REPORTING_LAG_DAYS
        first_month = (spec.quarter * 3 - 2) if spec.quarter else ((spec.half or 1) * 6 - 5)
        start = date(anchor_day.year, first_month, 1)
        last_end = cal.add_months(date(anchor_day.year - 1, first_month, 1), 3 if spec.quarter else 6)
        return start > anchor_day and (anchor_day - last_end).days < _REPORTING_LAG_DAYS

    def _contract_month(self, candidate: Candidate) -> bool:
        """ "May corn gained 2 cents to $4.61 a bushel": a month right before goods traded ahead, with a
        price or a contract later in its sentence, is the month of a contract still to be delivered."""
        goods = _NEXT_WORD_AFTER.match(self.low, candidate.end)
        if goods is None or goods[1] not in _LEX.CONTRACT_MONTH_GOODS:
            return False
        span = _CONTRACT_PRICE_SPAN.match(self.low, goods.end())
        rest = span.group(0) if span is not None else ""
        return "$" in rest or any(word in _LEX.CONTRACT_PRICE_WORDS for word in _WORD.findall(rest))

    def _data_of_a_closed_month(self, candidate: Candidate, anchor_day: date) -> bool:
        """Whether a month named without a year qualifies figures ("April retail sales", "the May jobs
        report") while its last occurrence closed within a reporting lag and it is not the month now."""
        spec = candidate.spec
        if (
            spec.month is None
            or spec.day is not None
            or spec.season is not None
            or spec.month == anchor_day.month
        ):
            return False
        following = _DATA_AFTER_MONTH.match(self.low, candidate.end)
        preceding = _DATA_BEFORE_MONTH.search(self.low, max(0, candidate.start - 24), candidate.start)
        if (following is None or following.group(1) not in _LEX.MONTHLY_DATA_NOUNS) and (
            # "will publish its estimate of growth in July on 13 September", "the figures for May"
            preceding is None
            or preceding.group(1) not in _LEX.MONTHLY_DATA_NOUNS_BEFORE
            # "exports in November will rise": the figures of a month ahead, the subject of a modal
            or _MODAL_AFTER_DATE.match(self.text, candidate.end) is not None
        ):
            return False
        year = anchor_day.year if spec.month < anchor_day.month else anchor_day.year - 1
        closed = cal.add_months(date(year, spec.month, 1), 1)
        return (anchor_day - closed).days < _REPORTING_LAG_DAYS

    def _longer_period_in_sentence(self, candidate: Candidate) -> bool:
        """Whether the sentence names a reporting period longer than a quarter before the candidate
        ("the first nine months", "the six months to June", "the first half")."""
        before = self.text[max(0, candidate.start - _SENTENCE_REACH) : candidate.start]
        opening = _last_sentence_break(before)
        return _LONGER_REPORTING_PERIOD.search(before, opening + 1) is not None

    def _quarter_context(self, candidate: Candidate) -> bool:
        if self.reference is not None and self.reference.unit == "quarter":
            return True
        window = self.text[max(0, candidate.start - 250) : candidate.end + 60].lower()
        return bool(_QUARTER_CONTEXT.search(window))

    def _feast_in_a_past_habit(self, candidate: Candidate) -> bool:
        """ "Each summer they left by the Fourth of July", "They usually spent Christmas with her mother":
        a feast in a past clause made a habit by an adverb of how often, or in a sentence with a set of
        years, seasons or months and no year named, is that feast of every year."""
        tense = self._tense(candidate)
        if tense.tense != "past" or tense.perfect:
            return False
        if self._past_habit_verb(tense, clock=True):
            return True
        sentence = self._candidates_between(
            self._sentence_opening(candidate.start), self._sentence_close(candidate.end)
        )
        return any(
            _yearly_set(other.spec)
            # "As every year, crowds gathered on Christmas Eve": one year's feast likened to the habit; "The
            # fair, which is held every year, opened on the Fourth of July": a habit of another clause
            and _LIKE_THE_HABIT_BEFORE.search(self.low, max(0, other.start - 30), other.start) is None
            and self._tense(other).tense == "past"
            for other in sentence
        ) and not any(
            # "but that year they stayed home for the Fourth of July": a year named, written or counted
            other.spec.year is not None or (other.spec.type == "DATE" and other.spec.unit == "year")
            for other in sentence
        )

    def _holiday_bounds_months_of_every_year(self, candidate: Candidate) -> bool:
        """Whether a feast and a month without a year are the two ends of one range ("from Easter to
        October", "from October until Easter") and the month is that of every year."""
        index = bisect_left(self._candidate_starts, candidate.start)
        for step in (1, -1):
            at = index + step
            if not 0 <= at < len(self.candidates):
                continue
            other = self.candidates[at]
            first, second = (candidate, other) if step == 1 else (other, candidate)
            if (
                other.spec.month is not None
                and other.spec.year is None
                and other.spec.day is None
                and other.spec.holiday is None
                and _TIME_RANGE_LINK.fullmatch(self.text, first.end, second.start) is not None
                and self._habitual_month(other)
            ):
                return True
        return False

    def _holiday(self, candidate: Candidate) -> tuple[str, Anchor, str, list[str]]:
        spec = candidate.spec
        assert spec.holiday is not None
        if spec.year is not None:
            return (
                _holiday_date(spec.holiday, spec.year).isoformat(),
                _ABSOLUTE,
                f"{spec.note} of {spec.year}",
                [],
            )
        if spec.unit == "year" and spec.amount is not None:
            # "Boxing Day last year": the feast in the year counted from the speaker's now
            now = self._anchor_for("dct", "year")
            if now is not None and now.day is not None:
                year = now.day.year + spec.amount
                why = f"{spec.note} of the year {spec.amount:+d} from {now.label}"
                return _holiday_date(spec.holiday, year).isoformat(), now.anchor, why, []
        if spec.amount is None and (
            _MONTH_THEN_EVERY_YEAR.match(self.text, candidate.end) is not None
            or _EVERY_YEAR_ON_RIGHT_BEFORE.search(self.low, max(0, candidate.start - 24), candidate.start)
        ):
            # "on the first Saturday of June every year", "every year on Thanksgiving": the day a yearly
            # set falls on is that day of every year, in the month it keeps when the rule names one
            why = f"{spec.note}: the day a yearly set falls on, of every year"
            return _holiday_of_every_year(spec.holiday), _UNANCHORED, why, []
        if spec.amount is None and self._holiday_bounds_months_of_every_year(candidate):
            # "open daily from Easter to October": a feast bounding the months a place keeps open every
            # year is that feast of every year, as the month at the other end is
            why = f"{spec.note}: one end of months of every year"
            return _holiday_of_every_year(spec.holiday), _UNANCHORED, why, []
        if (
            spec.holiday[0] == "fixed"
            and spec.amount is None
            and _MADE_A_HOLIDAY_AFTER.match(self.text, candidate.end) is not None
        ):
            # "the Fourth of July has been a federal holiday since 1870": the feast as a day of every year
            why = f"{spec.note} named as a holiday: the day of every year"
            return f"XXXX-{spec.holiday[1]:02d}-{spec.holiday[2]:02d}", _UNANCHORED, why, []
        if spec.holiday[0] == "fixed" and spec.amount is None and self._feast_in_a_past_habit(candidate):
            # "Each summer they left by the Fourth of July", "They always spent Christmas at home": a fixed
            # feast in a habit of the story's past is that day of every year, as "every Christmas" is
            why = f"{spec.note} in a habit of the story's past: the day of every year"
            return f"XXXX-{spec.holiday[1]:02d}-{spec.holiday[2]:02d}", _UNANCHORED, why, []
        framing = self._framing_year(candidate) if spec.amount is None else None
        if framing is not None:
            self.feast_framed = (candidate.end, framing)
            value = _holiday_date(spec.holiday, framing.day.year).isoformat()
            anchor = _anchor_at(framing)
            return value, anchor, f"{spec.note} of {framing.day.year}, the year that opens the sentence", []
        closing = self._year_closing_holidays_clause(candidate) if spec.amount is None else None
        if closing is not None:
            return closing
        fixed = spec.holiday[0] == "fixed" and spec.amount is None
        timeline = self._timeline_entry(candidate) if fixed else None
        if timeline is not None and not timeline[1] and timeline[0].unit in ("year", "month", "week", "day"):
            # "December: ... The New Year's Eve fireworks begin at 11:45 p.m.": the feast in the entry's time
            entry = timeline[0]
            feast_month, feast_day = spec.holiday[1], spec.holiday[2]
            if entry.unit == "year":
                feast_year = entry.day.year
            else:
                feast_year = cal.year_for(entry.day, feast_month, feast_day, self._tense(candidate).direction)
            anchor = _anchor_at(entry)
            why = f"{spec.note} in the entry of the timeline's label {entry.value} (#{entry.index})"
            return date(feast_year, feast_month, feast_day).isoformat(), anchor, why, []
        held = self._year_held_in_news(candidate) if spec.amount is None else None
        if held is not None:
            # "Then 2020 happened. ... On Christmas Eve I deleted it": the feast of the year the text is in
            anchor = _anchor_at(held)
            why = f"{spec.note} of {held.day.year}, the year the paragraph has just told of (#{held.index})"
            return _holiday_date(spec.holiday, held.day.year).isoformat(), anchor, why, []
        era = self._story_before_christ()
        if era is not None and spec.holiday[0] == "fixed" and spec.amount is None:
            # "on 15 March 44 BC, the Ides of March": a fixed day in the story's year before AD 1
            value = f"{_era_year_value(era.year)}-{spec.holiday[1]:02d}-{spec.holiday[2]:02d}"
            why = f"{spec.note} of the year of the reference time {era.value} (expression #{era.index})"
            return value, era.anchor, why, []
        range_start = self._range_start(candidate) if spec.amount is None else None
        if range_start is not None:
            # "from November until Easter": the end of a range is the first such feast after its start
            start_day = range_start.day
            day = min(
                d
                for d in (_holiday_date(spec.holiday, year) for year in (start_day.year, start_day.year + 1))
                if d >= start_day
            )
            anchor = _anchor_at(range_start)
            return (
                day.isoformat(),
                anchor,
                f"{spec.note}: the end of a range that starts at {range_start.value}",
                [],
            )
        # "met in the winter of 1972 and married the following Easter": a feast counted on from the story's
        # time counts from that time however coarse, never from the writer's day
        choice = self._anchor_for(spec.base, "year" if spec.base == "ref" and spec.amount else "month")
        if (
            spec.amount not in (None, 0)
            and spec.base == "dct"
            and self.narrative
            and self.dct is not None
            and not self._quoted(candidate)
        ):
            # "My father died in the spring of 1984. ... Claire asked me to last Christmas": the narrator
            # counts a "last" or "next" feast from the time of writing, as "last year" and "last week"
            choice = self._dct_anchor() or choice
        if choice is None or choice.day is None:
            restated_year = self._year_of_date_set_after(candidate) if spec.amount is None else None
            if restated_year is not None:
                # "on Easter Monday, 17 April 1865": the date set right after the feast restates its day
                # and so tells its year, in a story that has named none before
                value = _holiday_date(spec.holiday, restated_year).isoformat()
                return (
                    value,
                    _UNANCHORED,
                    f"{spec.note} of {restated_year}, the year of the date set after it",
                    [],
                )
            if spec.holiday[0] == "fixed":
                value = f"XXXX-{spec.holiday[1]:02d}-{spec.holiday[2]:02d}"
            else:
                value = "XXXX-XX-XX"
            return (
                value,
                _UNANCHORED,
                f"{spec.note} of an unknown year",
                ["no DCT: the holiday's year is unknown"],
            )
        told = self.last_day
        apposed = _DAY_BEFORE_AFTER_APPOSITION.search(
            self.text, max(0, candidate.start - 24), candidate.start
        )
        if (
            spec.amount is None
            and apposed is not None
            and told is not None
            and told.end == apposed.start()
            and _DAY_VALUE.fullmatch(told.value)
        ):
            # "on Thursday, the day before Good Friday", "Monday, the day after Christmas": the feast
            # next to the day just named
            step = 1 if apposed[1].lower() == "before" else -1
            near = told.day + timedelta(days=step)
            feast = min(
                (_holiday_date(spec.holiday, year) for year in (near.year - 1, near.year, near.year + 1)),
                key=lambda d: abs((d - near).days),
            )
            anchor = _anchor_at(told)
            why = f"{spec.note}: the one next to the day just named, {told.value} (expression #{told.index})"
            return feast.isoformat(), anchor, why, []
        far_story = (
            self._far_story_day_in_news(candidate, coarse=True)
            if spec.amount is None and choice.anchor.kind == AnchorKind.DCT
            else None
        )
        anchor_day = choice.day
        if far_story is not None:
            # "On Thanksgiving Day", told on from a story's day years back
            choice, anchor_day = self._choice_of(far_story), far_story.day
        options = [
            day
            for year in (anchor_day.year - 1, anchor_day.year, anchor_day.year + 1)
            # "Eid al-Adha next week", told on 20 December 2006: a lunar year's feast may fall twice in one
            # of ours (10 January and 31 December 2006)
            for day in _holiday_dates(spec.holiday, year)
        ]
        if spec.amount is not None and spec.amount != 0:
            if (
                spec.amount > 0
                and spec.base == "ref"
                and _YEAR_VALUE.fullmatch(choice.anchor.value or "") is not None
            ):
                # "met in 1950 and married the following Easter": after a whole year, the feast of the year
                # after it, as "the following spring" is
                anchor_day = date(anchor_day.year, 12, 31)
            fitting = [d for d in options if (d < anchor_day if spec.amount < 0 else d > anchor_day)]
            day = max(fitting) if spec.amount < 0 else min(fitting)
            return (
                day.isoformat(),
                choice.anchor,
                f"'{'last' if spec.amount < 0 else 'next'}' {spec.note} from {choice.label}",
                [],
            )
        now = self._dct_anchor() if self.narrative and spec.amount is None else None
        if (
            now is not None
            and now.day is not None
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and _TODAY_BEFORE_IN_SENTENCE.search(
                self.low, self._sentence_opening(candidate.start), candidate.start
            )
            and self._tense(candidate).tense == "present"
        ):
            # "and today the archbishop celebrates the Christmas mass in the cathedral": a present clause
            # that has come to the writer's day keeps its feast in the writer's year, not the story's
            year = now.day.year
            why = (
                f"{spec.note} of the year {year}, the writer's, as 'today' earlier in its present clause says"
            )
            return _holiday_date(spec.holiday, year).isoformat(), now.anchor, why, []
        if (
            now is not None
            and now.day is not None
            and choice.anchor.kind == AnchorKind.EXPRESSION
            and self._writers_future(candidate) is not None
        ):
            # "Her light will be lit again on the last Saturday of October": a named day in a future the
            # writer tells, not quoted, is the next one after the time of writing, as a month there is
            day = min(
                d
                for year in (now.day.year, now.day.year + 1)
                for d in _holiday_dates(spec.holiday, year)
                if d >= now.day
            )
            why = f"{spec.note}: a plan in the writer's future tense, so the next one after {now.label}"
            return day.isoformat(), now.anchor, why, []
        if (self.narrative or far_story is not None) and choice.anchor.kind == AnchorKind.EXPRESSION:
            # "In AD 800, on Christmas Day": a story's holiday falls in the year the story is in
            in_year = _holiday_date(spec.holiday, anchor_day.year)
            year = anchor_day.year
            if not self._story_in_a_year(choice):
                flashback = self._tense(candidate).looks_back
                background = self._in_relative_clause(candidate.start)
                ahead = self._after_passive_infinitive(candidate.start)
                year = _story_year(
                    anchor_day, in_year.month, in_year.day, -1 if flashback else 1, background, ahead=ahead
                )
            why = f"{spec.note} of the year {year}, as the story is at {choice.label}"
            return _holiday_date(spec.holiday, year).isoformat(), choice.anchor, why, []
        beside = self.last_dated
        if (
            spec.amount is None
            and beside is not None
            and beside[1] in options
            and self.text[beside[0] : candidate.start] == ", "
        ):
            # "by Sunday morning, Christmas Eve", "on Monday, Boxing Day": a holiday set beside the day
            # just named, which falls on it, restates that day
            anchor = _anchor(kind=AnchorKind.EXPRESSION, value=beside[2], expression=beside[3])
            why = f"{spec.note}: it restates the day just named, {beside[2]}"
            return beside[1].isoformat(), anchor, why, []
        heading = self._month_heading_of(candidate) if spec.amount is None else None
        if heading is not None and _holiday_date(spec.holiday, heading.day.year).month == heading.day.month:
            # "April / Easter Monday. Walked all day": a feast in the section a month heads in a year's
            # journal or review is that month's, in the year the heading is in
            year = heading.day.year
            why = f"{spec.note} of the month heading its section, {heading.value} (#{heading.index})"
            return _holiday_date(spec.holiday, year).isoformat(), _anchor_at(heading), why, []
        told = self.reference
        if (
            spec.amount is None
            and told is not None
            and told.unit == "year"
            and 0 < candidate.start - told.end <= 70
            and _WHEN_CLAUSE_OF_A_YEAR.fullmatch(self.text, told.end, candidate.start) is not None
        ):
            # "later than it did last year, when it coincided with April Fool's Day", "in 2018, when
            # Easter fell on April 1": a when-clause after a year tells of that year's holiday
            anchor = _anchor_at(told)
            why = f"{spec.note} of the year {told.day.year} its when-clause tells of (#{told.index})"
            return _holiday_date(spec.holiday, told.day.year).isoformat(), anchor, why, []
        tense = self._tense(candidate)
        direction = tense.direction
        if _written_present_perfect(tense) and not self._after_since(candidate.start):
            # "Airlines have added 140 extra flights over Easter weekend": a present perfect takes no
            # definite past time, so the holiday is the one nearest now, on either side
            direction = None
        if (
            direction == -1
            and self.low.endswith("with ", 0, candidate.start)
            and _FEAST_FALLING_ON.match(self.low, candidate.end) is not None
        ):
            # "With Diwali falling on Sunday, markets were packed": the feast has a participle of its own,
            # no tense, so the one nearest now, not the clause's past
            direction = None
        if direction == -1 and self._counted_down_to(candidate.start):
            # "24 days til Christmas, I will not survive": a count of days left runs to a day still ahead
            direction = 1
        elif (
            direction == -1
            and choice.anchor.kind == _DCT_ANCHOR
            and self.low.endswith("by ", 0, candidate.start)
            and self._expected_ahead(candidate)
        ):
            # "the weather service predicted snow by Christmas Eve": a bound on what was foreseen lies ahead
            direction = 1
        if direction is None or spec.amount == 0:
            day = min(options, key=lambda d: abs((d - anchor_day).days))
            why = f"{spec.note} nearest to {choice.label}"
        elif direction < 0 and spec.weekend_of_day:
            # "one of seven ceremonies over the Memorial Day weekend", said on its Sunday: the holiday
            # weekend has begun by the DCT though its Monday is still to come
            day = max(d for d in options if _holiday_weekend_saturday(d) <= anchor_day)
            why = f"{spec.note}: past tense, the last holiday weekend begun by {choice.label}"
        elif direction < 0 and spec.week_of_day:
            # "as Holy Week began with a procession", said on its Monday: the feast's week has begun by the
            # DCT though the feast is still to come
            day = max(d for d in options if d - timedelta(days=d.weekday()) <= anchor_day)
            why = f"{spec.note}: past tense, the last feast's week begun by {choice.label}"
        elif direction < 0:
            day = max(d for d in options if d <= anchor_day)
            why = f"{spec.note}: past tense, the last one before {choice.label}"
            coming = min(d for d in options if d > anchor_day)
            if (coming - anchor_day).days <= _HOLIDAY_LEAD_UP_DAYS and (
                (
                    self.text.endswith(_LEX.LEAD_UP_SIGNALS, 0, candidate.start)
                    and not self._for_the_feast_without_a_run_up(candidate, tense)
                )
                # "notified Eid-ul-Adha holidays from August 11 to 14", three days before it: the day
                # told after the feast in its clause is by the coming one
                or self._feast_day_told_after(candidate, coming)
            ):
                # "vendors rushed to sell before Easter", ten days before it: the act lies in the run-up
                # to the coming holiday ("were laid off before Christmas", said in October, keeps the last)
                day, why = (
                    coming,
                    f"{spec.note}: past tense in the run-up to the one just after {choice.label}",
                )
                self.lead_up_end = candidate.end
            told = self.reference
            if (
                told is not None
                and told.day > day
                and self.low.endswith("before ", 0, candidate.start)
                and self._in_one_sentence(told.end, candidate.start)
            ):
                # "began their promotions in early October, weeks before Thanksgiving": what came before
                # the holiday at the time just told puts the holiday after that time
                day = min(d for d in options if d > told.day)
                why = f"{spec.note}: the first one after the time the sentence told ({told.value})"
        else:
            day = min(d for d in options if d >= anchor_day)
            why = f"{spec.note}: future tense, the next one after {choice.label}"
        if (
            direction == 1
            and spec.amount is None
            and not self._side_definite(tense, candidate)
            # "will ship a model in time for Christmas", said in January: a bound ahead however far
            and not self._bound_ahead_in_clause(tense, candidate.start)
        ):
            # as for a day of a month, a far future yields to a holiday just past: "ballots must be
            # postmarked by Election Day", a week after it (a past tense keeps its side: "were laid off
            # before Christmas", said in October, is the last one)
            last = max(d for d in options if d <= anchor_day)
            if (day - anchor_day).days > cal.FAR_DAYS and (anchor_day - last).days < cal.NEAR_DAYS:
                day, why = last, f"{why}; but that one is over six months away and the last under three"
        elif (
            direction == 1
            and spec.amount is None
            and self.low.endswith("from ", 0, candidate.start)
            and _RANGE_CLOSER_AFTER.match(self.low, candidate.end) is not None
        ):
            # "will shop over the five days from Thanksgiving through Cyber Monday", two days after it: a
            # stretch that opened just before the DCT is still partly ahead
            last = max(d for d in options if d <= anchor_day)
            if (anchor_day - last).days <= _RANGE_BEGUN_DAYS:
                day, why = last, f"{spec.note}: the start of a stretch begun just before {choice.label}"
        return day.isoformat(), choice.anchor, why, []

    def _side_definite(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """Whether a yearless day's or a holiday's side of the anchor is certain however far: "will", "is
        due to", "since", or a verb dating it right before ("fell on Christmas Day")."""
        return (
            self._after_since(candidate.start)
            or _definite_future(tense)
            or self._verb_dates_it(tense, candidate)
            or (
                tense.direction == 1
                and _DUE_TO_BEFORE.search(self.text, max(0, candidate.start - 40), candidate.start)
                is not None
            )
            or self._opening_date_of_past_act(tense, candidate)
            or self._measured_change_in_month(tense, candidate)
        )

    def _measured_change_in_month(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """ "Sales rose 4 per cent in March", "Sales rose sharply in March", "Sales were sharply higher in
        March", said in February: a change in figures told in the past, right before the month, has been measured, so the month is over however
        far back ("was extended to Nov. 16" is a past act setting a time ahead and keeps the yielding). A
        condition's past ("If sales rose 4 per cent in March, the target would be met") supposes a change
        still to come."""
        spec = candidate.spec
        cue = (tense.cue or "").lower()
        if (
            spec.month is None
            or spec.day is not None
            or tense.tense != "past"
            or tense.cue_end is None
            or not candidate.start > tense.cue_end
        ):
            return False
        if cue in _LEX.CHANGE_BY_WORDS or cue in _LEX.CHANGE_BY_ADVERBS:
            change = _FIGURE_OF_CHANGE
        elif cue in _LEX.PAST_COPULAS:
            # "Sales were sharply higher in March", "There was a sharp rise in March": the change told with
            # a past copula is as measured as one told with its verb
            change = _COPULAR_CHANGE
        else:
            return False
        if change.match(self.low, tense.cue_end, candidate.start) is None:
            return False
        cue_start = tense.cue_end - len(cue)
        if _CONDITION_OPENED_BEFORE.search(self.low, max(0, cue_start - 40), cue_start) is None:
            return True
        # a condition: it supposes a change ahead when the clause it leads to is to come ("..., the target
        # would be met"), and tells one gone when that clause is past ("Even if sales rose ..., profits fell")
        return self._tense_after_next_comma(candidate.end) != "future"

    def _tense_after_next_comma(self, start: int) -> str | None:
        """The tense of the clause after the first comma following `start` in its sentence ("If sales rose
        4 per cent in March[, the target would be met]": "future"), or None without one."""
        stop = _SENTENCE_END_BETWEEN.search(self.text, start)
        end = stop.start() if stop is not None else len(self.text)
        comma = self.text.find(",", start, end)
        # "It" stands for the subject the clause may leave to the phrase before it ("..., reopened last week")
        return None if comma < 0 else TenseOracle("It" + self.text[comma + 1 : end])(0, 0).tense

    def _opening_date_of_past_act(self, tense: ClauseTense, candidate: Candidate) -> bool:
        """ "In February, the longliner went down with four men": a month opening its sentence after "In"
        ("During February", "Back in February") before a simple past dates that act, as "went down in February" does, however far back that is
        (the far side yields to the near one only for what a past report set ahead: "was extended to
        Nov. 16"); a day or a season so placed keeps the yielding."""
        spec = candidate.spec
        if (
            spec.month is None
            or spec.day is not None
            or spec.season is not None
            or tense.tense != "past"
            or tense.cue_end is None
            or tense.cue_end <= candidate.end
            or "\n" in self.text[candidate.end : tense.cue_end]  # "NOVEMBER" heading the lines below it
        ):
            return False
        cue_words = (tense.cue or "").lower().split()
        if (
            not cue_words
            or cue_words[0] in _LEX.UNREAL_PAST_AUXILIARIES
            or cue_words[-1] in _LEX.SCHEDULING_VERBS
        ):
            return False
        # "In February,", "During February", "Back in February": a preposition opening the sentence, at
        # most one linking word before it
        before = self.low[self._sentence_opening(candidate.start) : candidate.start].split()
        if not before or before[-1] not in _LEX.OPENING_MONTH_PREPOSITIONS:
            return False
        if len(before) <= 2 and all(word in _LEX.OPENING_MONTH_LEADS for word in before[:-1]):
            return True
        # "Sales in March rose 4 per cent", "Car exports during June fell": a month within a short subject
        # opening the sentence, right before a verb of its figures' change, dates the change as the
        # opening month does ("The show in March was cancelled" may have been called off ahead of it)
        return (
            len(before) <= _SUBJECT_MONTH_WORDS
            and cue_words[-1] in _LEX.DOTTED_AMOUNT_VERBS
            and not self.text[candidate.end : tense.cue_end - len(tense.cue or "")].strip()
        )

    def _told_before_last(self, month: int, day: int | None, anchor_day: date) -> bool:
        """Whether the text has so far told of a time before the last such month and day by
        `anchor_day` ("Reviewed on 29 December 2020 ... is closed until 4 January", read in March): the
        bound may then still lie ahead of the time written about."""
        ref = self.reference
        if ref is None:
            return False
        last_year = cal.year_for(anchor_day, month, day, -1, strict=True)
        return ref.day < date(last_year, month, min(day or 1, cal.days_in_month(last_year, month)))

    def _bound_ahead_in_clause(self, tense: ClauseTense, start: int) -> bool:
        """`_bound_ahead` in a clause in the present or the future, not a past's future ("would stay up
        until the sixth of January" reports a plan already past)."""
        return (
            # "Offer valid until November", "MOT till June": a verbless notice bounds a state that holds now
            (tense.tense in ("present", "future", None) or self._state_participle_bound(tense, start))
            and not (tense.cue or "").lower().startswith(_LEX.STORY_FUTURE_CUES)
            and self._bound_ahead(start)
        )

    def _state_participle_bound(self, tense: ClauseTense, start: int) -> bool:
        """ "Taxed till March", "Temporarily closed until June": a participle of a state opening its clause
        with no subject, right before "till" or "until", tells a state that holds now up to that time;
        "He worked until March" has a subject and is the past, "Worked till March" in a CV a past act (no
        state), and "The bakery, closed until March, reopened" takes the time of the verb after it."""
        cue, cue_end = tense.cue, tense.cue_end
        if (
            tense.tense != "past"
            or cue is None
            or cue_end is None
            or cue.lower() not in _LEX.BOUNDED_STATE_PARTICIPLES
        ):
            return False
        between = self.low[cue_end:start].split()
        if len(between) != 1 or between[0] not in _LEX.FORWARD_BOUND_SIGNALS:
            return False
        opening = self.low[: cue_end - len(cue)].rstrip(" \t")
        adverb = opening[-20:].split()[-1:]
        if adverb and adverb[0].endswith("ly") and adverb[0].isalpha():
            opening = opening[: len(opening) - len(adverb[0])].rstrip(" \t")  # "Temporarily closed until"
        if opening.endswith(","):
            # "The bakery, closed until March after the flood, reopened last week": a phrase set off after
            # its noun holds at the time of the verb that follows it
            return self._tense_after_next_comma(start) != "past"
        return not opening or opening.endswith((".", "\n", ";", ":"))

    def _bound_ahead(self, start: int) -> bool:
        """Whether a word or phrase that bounds a state or an act by a time to come stands right before
        `start` ("runs until January 12", "in time for Christmas"), from `FORWARD_BOUND_SIGNALS`."""
        before = self.low[max(0, start - 16) : start]
        if not before.endswith((" ", "\t")):
            return False
        words = before.split()
        return bool(words) and (
            words[-1] in _LEX.FORWARD_BOUND_SIGNALS or " ".join(words[-3:]) in _LEX.FORWARD_BOUND_SIGNALS
        )

    def _after_since(self, start: int) -> bool:
        """Whether "since" stands right before `start` ("the first decline since April"), or opens a
        gerund phrase that leads to it ("on his first trip abroad since taking office in January")."""
        if _SINCE_BEFORE.search(self.text, max(0, start - 12), start) is not None:
            return True
        # a causal "since" takes a clause, never a gerund, so "since ...ing ... in" looks back
        reach = max(0, start - _SINCE_GERUND_REACH)
        return (
            self.low.find("since", reach, start) >= 0
            and _SINCE_GERUND_BEFORE.search(self.text, reach, start) is not None
        )


def _attributive_participle(words: list[str], index: int) -> bool:
    """ "first reported failed pumps in March", "found damaged cables in June": a past participle that
    opens the verb's object, or follows its article or possessive, and stands before its noun describes
    the noun; it is no verb of its own between the past verb and the date."""
    word = words[index]
    if not word.endswith("ed") or index + 2 >= len(words):
        return False
    before = words[index - 1] if index else None
    if (
        before is not None
        and before not in _LEX.NOUN_DETERMINERS
        and before not in _LEX.POSSESSIVE_DETERMINERS
    ):
        return False
    noun = words[index + 1]
    return noun.isalpha() and noun != "to" and noun not in _LEX.DATE_PREPOSITIONS


def _written_present_perfect(tense: ClauseTense) -> bool:
    """Whether the clause is a present perfect written out with "has" or "have" ("has held", "have
    added"): it reaches the writer's now. (Contracted and negative spellings are `_PRESENT_PERFECT_CUES`,
    which only a bound after "since" takes in.)"""
    return tense.perfect and (tense.cue or "").lower().startswith(("has ", "have "))


def _cue_verb(tense: ClauseTense) -> str:
    """The last word of the clause's verb group, in lower case ("had hoped": "hoped"), or ''."""
    return (tense.cue or "").lower().rpartition(" ")[2]


def _cue_past_or_modal(tense: ClauseTense) -> bool:
    """Whether the clause's verb group opens on a past form or a modal ("would resume", "expected to
    resume", "planned to"): a plan told from a past day, not one ahead of the writer's now."""
    words = (tense.cue or "").lower().split()
    return bool(words) and (words[0] in _LEX.MODAL_VERBS or words[0] in _past_verb_forms())


def _definite_future(tense: ClauseTense) -> bool:
    """ "will rule in November", "is due to launch in October": a date ahead however far, unlike the
    looser "would" or "expects"."""
    words = (tense.cue or "").lower().split()
    return (
        tense.direction == 1
        and bool(words)
        and (
            words[0] in _LEX.WILL_AUXILIARIES
            or words[0] in _LEX.CLAUSE_OF_TIME_OPENERS
            or words[-1] in _LEX.SCHEDULED_WORDS
        )
    )


#: At most this many words between a past verb and the date its own phrases lead to.
_VERB_TO_DATE_WORDS = 10
#: Days within which a yearless date keeps the year of the day the story has just told of.
_CLOSE_TO_A_TOLD_DAY = 14
#: Days within which a yearless month keeps the side of the month or season the story has just told.
_CLOSE_TO_A_TOLD_MONTH = 92
_AT_THE_LATEST = compile_pattern(r",?\s+at\s+the\s+latest(?![a-z])", re.IGNORECASE)
#: "from December", "up from 86,000 in March", "since the survey began in December 2001": the words
#: before the base of a comparison or of a count since.
_COMPARISON_BASE_BEFORE = compile_pattern(
    r"\b(?:from|since)\s+(?:[^\s;:!?]*[^\s.,;:!?]\s+){0,3}?(?:in\s+)?$", re.IGNORECASE
)
#: "in January 2024, when ..., and in [April]": "and in" (with "again" or "then") right before a month.
_AND_IN_BEFORE = compile_pattern(
    r"\band\s+(?:(?:again|then|later)\s+)?in\s+$"
    # "peaked in early February 2020, before falling sharply in March": what happened next, told after a
    # comma and "before" or "then" with a verb of its own, goes on in the month after the one dated
    r"|,\s*(?:before|then)\s+[a-z]+(?:ing|ed)(?:\s+[a-z]+){0,2}\s+in\s+$",
    re.IGNORECASE,
)
#: "after growth of 0.7% in", "after a 0.4% rise in": a change and its figure before the period it is for.
_AFTER_A_CHANGE_BEFORE = compile_pattern(
    r"\bafter\s+(?:an?\s+)?(?:(?P<fig1>[$£€]?\d[\d.,]*\s*(?:%|per\s*cent|percent)?)\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:of\s+(?:about\s+|around\s+|some\s+)?(?P<fig2>[$£€]?\d[\d.,]*\s*(?:%|per\s*cent|percent)?)\s+)?in\s+$",
    re.IGNORECASE,
)
#: "revised its estimate for January up by 27,000 and for [February]": an earlier month's revised figure.
_REVISED_FOR_BEFORE = compile_pattern(
    r"\brevis(?:e|es|ed|ing|ion|ions)\b[^.;:!?]{0,80}?\bfor\s+$", re.IGNORECASE
)
#: How many days a day of the month may lie before the story's day and still be in its month.
_STORY_STEP_BACK_DAYS = 2
#: "That first spring", "that first winter": the first such time from the story's time on.
_THAT_FIRST = compile_pattern(r"that\s+first\s", re.IGNORECASE)
#: "the winter before we sailed", "the winter before the war": a season named by what came after it.
_BEFORE_AN_ACT_AFTER = compile_pattern(r"[ \t]+before[ \t]+(?!last(?![a-z]))[a-z]")
#: "the previous quarter", "the prior quarter": the one before the quarter a report is about.
_BEFORE_THE_ONE_DISCUSSED = compile_pattern(r"\b(?:previous|prior|preceding)\b", re.IGNORECASE)
#: "forecast in February that inflation would fall": a that-clause after the date is what was forecast.
_THAT_CLAUSE_AFTER = compile_pattern(r",?\s+that\s", re.IGNORECASE)
#: Words saying how often something happens ("open daily", "every Saturday", "usually"): with them a
#: present-tense sentence tells what recurs, not what is scheduled.
#: "its normal date of", "the average first frost date of": a date every year shares, named next.
_NORMAL_DATE_BEFORE = compile_pattern(
    r"(?<![a-z])(?:normal|usual|average|typical|customary)[ \t]+(?:[a-z-]+[ \t]+){0,2}dates?[ \t]+(?:of|is)[ \t]+$"
)
#: The writer's own month, week or year said by a deictic: "reopens next month", "later this year".
_WRITERS_TIME_WORDS = compile_pattern(r"(?<![a-z])(?:next|this)\s+(?:week|month|year)(?![a-z'’])")
#: What joins a later clause to the one before it: a comma, a semicolon, "and", "but".
_CLAUSE_JOIN = compile_pattern(r"[,;]|(?<![a-z])(?:and|but)(?![a-z])")
#: Between the parts of one timetable: commas and the words of a range ("Sunday, 10 a.m. to 4.30 p.m., from").
_SCHEDULE_GAP = compile_pattern(r"[\s,]*(?:(?:from|to|until|till|-|\u2013)(?![a-z])[\s,]*)*", re.IGNORECASE)


def _yearly_set(spec: Spec) -> bool:
    """Whether `spec` is a set of years or of a season or month of every year ("every year", "each
    summer", "every September")."""
    value = spec.value or ""
    return spec.type == "SET" and (value == "P1Y" or _YEARLY_PART_VALUE.fullmatch(value) is not None)


_YEARLY_PART_VALUE = compile_pattern(r"XXXX-(?:SP|SU|FA|WI|\d\d)")
#: Between a set of years and the month, season or feast of each: ", in ", " in the ", ": in ", ", at ".
_YEARLY_SET_THEN_TIME_GAP = compile_pattern(r"[,:]?\s+(?:from|in|at|between|during)\s+(?:the\s+)?")
#: Between a set of years and the month of a second verb that shares it: " and published in ", " and
#: then sent out in ".
_YEARLY_SET_THEN_AND_VERB_GAP = compile_pattern(r"[ \t]+and[ \t]+(?:[a-z]+[ \t]+){1,2}in[ \t]+(?:the[ \t]+)?")


#: "as every year", "as in every year", "like every summer", "as they did every year": a time likened to a
#: habit, not the habit itself.
#: "as in 1949 and ", "as in 1931, 1947 or ": the later years of a list an earlier time is likened to
_LIKENED_YEARS_BEFORE = compile_pattern(
    r"(?<![a-z])as\s+in\s+\d{3,4}(?:,\s*\d{3,4})*(?:,\s*|,?\s+(?:and|or)\s+)$"
)
_LIKE_THE_HABIT_BEFORE = compile_pattern(
    r"(?<![a-z])(?:(?:as|like)(?:\s+(?:in|on|at))?|as\s+[a-z]+(?:\s+[a-z]+)?\s+(?:did|does|do|had|has|have|done|would))\s+$"
)


def _daily_set(spec: Spec) -> bool:
    """Whether `spec` is a set of days or of a part of every day ("every day", "daily", "each morning")."""
    value = spec.value or ""
    return spec.type == "SET" and (value == "P1D" or value.startswith("XXXX-XX-XXT"))


_HABITUAL_WORDS = compile_pattern(
    r"(?<![a-z])(?:daily|nightly|weekly|monthly|annually|yearly|every|each|usually|always|normally"
    r"|generally|typically|traditionally)(?![a-z])"
    # a rate ("bring a million visitors a year"), not a length ("for a year", "in a year") nor a
    # margin ("put off by a day"), nor an offset ("set for 18 May, almost a year after the first")
    r"|(?<![a-z])(?<!for )(?<!in )(?<!than )(?<!within )(?<!by )(?:a|an|per)\s+(?:day|night|week|month|year)(?![a-z-])"
    r"(?!\s+(?:" + "|".join(sorted(_LEX.OFFSET_WORDS, key=len, reverse=True)) + r")(?![a-z]))",
    re.IGNORECASE,
)
#: " and at Baden on ", " and a peace at Ystad on ": what joins the next date of a list of acts to a full date.
_AND_NEXT_DAY_OF_A_LIST = compile_pattern(r"\s+and\s+(?:[A-Za-z]+\s+){0,4}(?:on|of)\s+")
#: "Easter can fall as early as ", "always falls between Jan. 21 and ": where a movable day lands in any year,
#: up to the date after it (`_LEX.MOVABLE_DAY_FALL_LEADS`).
_MOVABLE_DAY_FALLS = compile_pattern(
    r"(?<![A-Za-z])(?i:"
    + words_regex(_LEX.MOVABLE_DAY_FALL_LEADS)
    + r")\s+(?:also\s+|only\s+)?falls?(?![a-z])"
    # up to the date, within the clause of "fall": not past a clause joined after it ("Snow can fall in the
    # hills, so on 3 March the race will start later")
    + r"(?:(?![.!?]\s+[A-Z\"]|,\s*(?:so|"
    + "|".join(sorted(_LEX.CLAUSE_COORDINATORS))
    + r")(?![a-z])|\s(?:so|but|yet|whereas|while)\s)[^;:!?\n]){0,70}$"
)
#: A noun naming a day kept by a calendar, the subject that "can fall" or "usually falls" on a date
#: (`_LEX.MOVABLE_DAY_NOUNS`).
_MOVABLE_DAY_NOUN = compile_pattern(r"(?<![a-z])(?:" + words_regex(_LEX.MOVABLE_DAY_NOUNS) + r")(?![a-z])")
#: "every year from November", "each year in June": a month or a season that opens the yearly habit.
_EVERY_YEAR_THEN_MONTH = compile_pattern(
    r"(?<![A-Za-z])(?:[Ee]very|[Ee]ach)\s+year\s+(?:from|in|between)\s+$"
)
#: A month or a season ("late September", "the spring") that may stand before the one being read in a pair
#: or a list: any other word ("usually in Rome, August being hot") names no pair.
_MONTH_ITEM_BEFORE = (
    r"(?:(?i:early|late|mid)[- \t]+)?(?i:the[ \t]+)?(?i:"
    + "|".join(sorted({*_LEX.MONTHS, *_LEX.SEASONS}, key=lambda w: (-len(w), w)))
    + r")\.?(?![A-Za-z])"
)
#: The first month or season of a pair or a range before the one being read ("in late September and ",
#: "from June to "), and a list's earlier months ("usually in June, July and ", "the hottest months of
#: June, "), so that every month of "usually in late September and early October" reads alike.
_MONTH_PAIR_BEFORE = (
    r"(?:(?:" + _MONTH_ITEM_BEFORE + r",[ \t]+)*"
    r"(?:" + _MONTH_ITEM_BEFORE + r",?[ \t]+(?:and|or|to|until|through)[ \t]+"
    r"|" + _MONTH_ITEM_BEFORE + r",[ \t]+))?"
)
#: "is held every year in [late May]", "the harvest, usually in [late September]": an adverb of how often
#: right before "in", "from" or "between" (`_LEX.EVERY_YEAR_MONTH_LEADS`) makes the month every year's.
_EVERY_YEAR_MONTH_LEAD = compile_pattern(
    r"(?<![A-Za-z])(?i:"
    + "|".join(
        sorted((w.replace(" ", r"\s+") for w in _LEX.EVERY_YEAR_MONTH_LEADS), key=lambda w: (-len(w), w))
    )
    # a comma may set the months off ("twice a year, in April and September")
    + r"),?[ \t]+(?:in|from|between)[ \t]+"
    + _MONTH_PAIR_BEFORE
    + "$"
)
#: "is best visited in [spring] or [autumn]", "is at its best in [May]": advice on when to come, which holds
#: for every year; the "is" or "are" in it is the present that makes it advice.
_BEST_SEASON_LEAD = compile_pattern(
    r"(?<![A-Za-z])(?i:is|are)[ \t]+(?i:at[ \t]+(?:its|their)[ \t]+best|best(?:[ \t]+(?:"
    + "|".join(sorted(_LEX.BEST_SEASON_PARTICIPLES))
    + r"))?)[ \t]+in[ \t]+"
    + _MONTH_PAIR_BEFORE
    + "$"
)
#: "The house is now open from [April] to [the end of October]": the months a place is open, in the present.
_OPEN_SEASON_LEAD = compile_pattern(
    r"(?<![A-Za-z])(?i:is|are)[ \t]+(?i:(?:"
    + "|".join(sorted(_LEX.OPEN_SEASON_ADVERBS))
    + r")[ \t]+)?(?i:open)(?:[ \t]+(?i:to[ \t]+(?:"
    + "|".join(sorted(w.replace(" ", r"[ \t]+") for w in _LEX.OPEN_SEASON_VISITORS))
    + r")))?[ \t]+(?i:from|between)[ \t]+"
    + _MONTH_PAIR_BEFORE
    + "$"
)
#: "The peak months of [July] and [August] are very hot": months named as the subject of a present "are",
#: each of them a kind of month, every year's (not "in the peak months of July and August").
_MONTHS_OF_LEAD = compile_pattern(
    r"(?<![A-Za-z])(?:[Tt]he[ \t]+)(?:(?P<kind>[a-z-]+)[ \t]+)?months[ \t]+of[ \t]+"
    + _MONTH_PAIR_BEFORE
    + "$"
)
#: Words before "months of" that count the months or place them in time ("the two months of", "the last
#: months of", "the first months of"): the months of one year, not a kind of month.
_MONTHS_OF_COUNT_WORDS = (
    frozenset(_LEX.NUMBER_WORDS) | frozenset(_LEX.ORDINALS) | _LEX.MONTHS_OF_POSITION_WORDS
)
_MONTHS_OF_SUBJECT_AFTER = compile_pattern(
    r"(?:,[ \t]+[A-Z][a-z]+)*(?:,?[ \t]+(?:and|or)[ \t]+[A-Z][a-z]+)?[ \t]+(?:are|is)(?![a-z])"
)
#: "caught between 1 May and 20 May each year", "in June every year": a date or month (and the other end
#: of its range) closed by "each year" or "every year", which makes it that date of every year.
_MONTH_THEN_EVERY_YEAR = compile_pattern(
    # the other end a day or a month ("came in June and each year after" joins no range)
    r"(?:\s*(?:and|to|until|till|through|-|\u2013)\s*(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+(?:"
    + "|".join(sorted(_LEX.MONTHS, key=len, reverse=True))
    + r")\.?)?|(?:"
    + "|".join(sorted(_LEX.MONTHS, key=len, reverse=True))
    + r")\.?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?)(?![a-z0-9]))?"
    r"\s+(?:each|every)\s+year(?![a-z])",
    re.IGNORECASE,
)
#: "each June", "every summer": a month or a season that recurs, named earlier in a sentence.
_EVERY_MONTH_OR_SEASON = compile_pattern(
    r"(?<![A-Za-z])(?:[Ee]very|[Ee]ach)\s+(?:"
    # a month is written with its capital ("each may vote" is no month); a season may be either
    + "|".join(
        sorted(
            [m.title() for m in _LEX.MONTHS] + [*_LEX.SEASONS, *map(str.title, _LEX.SEASONS)],
            key=len,
            reverse=True,
        )
    )
    + r")(?![a-z])"
)
#: ", is marked every year", ", when the town holds a fair each year": a yearly recurrence in the same sentence.
_EVERY_YEAR_LATER_IN_CLAUSE = compile_pattern(
    r"[^.;!?]{0,60}?(?<![a-z])(?:(?:every|each)\s+year|annually|yearly)(?![a-z])", re.IGNORECASE
)
_YEARLY_WORDS = ("annually", "each", "every", "yearly")  # one opens a match of the pattern above
#: A yearly word right after a day word: "on that day every year", "the same day each year".
_EVERY_YEAR_RIGHT_AFTER = compile_pattern(r"\s+(?:every|each)\s+year(?![a-z])")
#: " on " right after a clock time: "at 5:12 a.m. on April 18".
_ON_AFTER_CLOCK = compile_pattern(r"\s+on\s+")
#: "every year at the fountain at 5:12 a.m. on ": a yearly set earlier in the clause than the "on" of a day.
_EVERY_YEAR_EARLIER_IN_CLAUSE = compile_pattern(
    r"(?<![a-z])(?P<set>(?:every|each)\s+year)(?![a-z])"
    # the clause only: not on past a comma and a coordinator opening another ("every year since, and this
    # time he arrived at 5pm on 3 May")
    r"(?:[ap]\.m\.|(?!,\s*(?:and|but|or|so|yet|while|though|although)\s)[^.;!?]){0,80}\son\s+$"
)
#: "read aloud every year on ", "held each year on the Sunday nearest to ": a yearly habit, then the day
#: of the month it is kept on.
_EVERY_YEAR_ON_RIGHT_BEFORE = compile_pattern(r"(?<![a-z])(?:(?:every|each)\s+year|annually|yearly)\s+on\s+$")
_EVERY_YEAR_ON_BEFORE = compile_pattern(
    # "every year since 1983, on the Saturday nearest ": the year the habit began, set off before the day
    r"(?<![a-z])(?:(?:every|each)\s+year|annually|yearly)(?:\s+since\s+\d{4},?)?\s+on\s+(?:[^.;:!?,\d]{0,40}\s)?$"
)
#: "Liberation Day on ", "Liberation Week on 25 and ", "a public holiday on ": a named occasion right before
#: the day of the month it falls on (with the first of two days listed before this one).
_OCCASION_NAMED_BEFORE = compile_pattern(
    r"(?:(?<![A-Za-z])[A-Z][A-Za-z'-]*\s+(?:Day|Week)|(?<![a-z])(?:holiday|anniversary|festival)"
    # "is kept each year on 25 April": a day a present-tense clause says recurs every year
    r"|(?<![a-z])(?:every|each)\s+year)"
    r"\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:and|or|&)\s+)?$"
)
#: " a national Maritime Day", " the Arbor Day", " National Maritime Day": a capitalised name ending in "Day",
#: with or without an article, which a verb of declaring makes of a date ("declared 11 July a national
#: Maritime Day").
_DECLARED_NAMED_DAY_AFTER = compile_pattern(
    r" (?:(?:an?|the)\s+)?(?:national\s+|annual\s+|public\s+)?(?:[A-Z][A-Za-z'-]*\s+){1,4}Day(?![a-z])"
)
#: " as Armed Forces Day", " as a day of remembrance", " as a national holiday": what occasion a day is kept as;
#: " is Memorial Day": what occasion it is.
_OCCASION_NAMED_AFTER = compile_pattern(
    r" (?:as|is)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:[A-Z][A-Za-z'-]*\s+){1,4}Day(?![a-z])"
    r"|(?:national\s+|public\s+)?(?:day\s+of|holiday|anniversary|festival)(?![a-z]))"
)
#: A verb that can only be a simple present ("freezes", "holds", "is up"), not a past or a bare form ("spread").
_PLAIN_PRESENT_CUE = compile_pattern(r"(?:is|are|[a-z]+[^s']s)(?![a-z])")
#: A finite past auxiliary, which sets a sentence in the story's past.
_STORY_PAST_AUXILIARY = compile_pattern(r"(?<![a-z])(?:was|were|had)(?![a-z])", re.IGNORECASE)
_PAST_FORM = compile_pattern(r"(?<![a-z])(?:was|were|had|did|[a-z]{2,}ed)(?![a-z])", re.IGNORECASE)
#: `_PAST_FORM` but for words in "-eed" ("feed", "need", "exceed"), present far more often than past.
_PAST_FORM_BUT_EED = compile_pattern(
    r"(?<![a-z])(?:was|were|had|did|[a-z]{2,}(?<!e)ed)(?![a-z])", re.IGNORECASE
)
#: A present passive ("are raised", "are often closed"), whose participle tells no past.
_PRESENT_PASSIVE = compile_pattern(
    r"(?<![a-z])(?:is|are)\s+(?:[a-z]+\s+)?[a-z]{2,}ed(?![a-z])", re.IGNORECASE
)
#: A notice's subject or heading naming a planned event up to its day, with no verb: "scheduled
#: maintenance on ", "subject: planned outage on ", "upcoming database upgrade: ".
_PLANNED_EVENT_BEFORE = compile_pattern(
    r"(?:(?:subject|re|fwd?)\s*:\s*)?(?:"
    + "|".join(sorted(_LEX.PLANNED_EVENT_ADJECTIVES))
    + r")\s+(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*\s*(?:on\s+|for\s+|:\s*|-\s*)"
)
_PLANNED_EVENT_REACH = 60
#: "the party is on ", "kick-off is on ", "the match's on ": what is held, then a present "be" and "on", before
#: a weekday.
_SCHEDULED_IS_ON = compile_pattern(
    r"(?<![a-z-])(?P<held>[a-z]+(?:-[a-z]+)?)(?:[ \t]+(?:is|are)|(?P<contracted>['\u2019]s))[ \t]+on[ \t]+$"
)
#: The most words a subject holding a month may have before it ("The firm's car sales in March rose"), the
#: preposition included.
_SUBJECT_MONTH_WORDS = 5
#: "the last scheduled day of action is", "the final day of the strike is", "our last day together is", "the
#: deadline is": a day a plan sets, its edge word first, or a deadline's noun, right before "is" and a weekday.
_PLANNED_DAY_IS = compile_pattern(
    r"(?<![a-z])(?:(?:"
    + words_regex(_LEX.PLANNED_DAY_EDGES)
    + r")(?:[ \t]+[a-z]+)?[ \t]+day(?:[ \t]+(?:of|at|in)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?|[ \t]+"
    + words_regex(_LEX.PLANNED_DAY_AFTER_WORDS)
    + r")?|"
    + words_regex(_LEX.PLANNED_DAY_NOUNS)
    + r")[ \t]+is[ \t]+$"
)
#: The word right after an expression, on its line: " was", ", called" is no such word.
_WORD_RIGHT_AFTER = compile_pattern(r"[ \t]+([a-z]+)(?![a-z])")
#: "likely" before a day in a clause with no verb, with the infinitive it governs or only a signal between
#: ("a low likely to bring gales by Tuesday", "showers likely on Friday"); "likely because" is no prospect.
_LIKELY_BEFORE_DAY = compile_pattern(
    r"\blikely(?:[ \t]+to[ \t]+[a-z]+\b[^.;:!?\n]{0,50}?)?[ \t]+(?:"
    + "|".join(sorted(_LEX.LIKELY_DAY_SIGNALS))
    + r")[ \t]+$"
)
#: A cue of one future act ("will", "'ll", "going to"), which a word of how often does not make a habit.
_FUTURE_CUE = compile_pattern(r"(?:will|shall|'ll|going|won't)(?![a-z])")
#: A month right after these is a deadline ("open every day until March"), one particular month.
_DEADLINE_BEFORE = compile_pattern(
    r"(?<![a-z])(?:until|till|by|since|before|after)\s+(?:early\s+|late\s+|mid-?)?$", re.I
)


def _quote_closed(text: str, start: int) -> bool:
    """Whether a quotation mark stands in `text` from `start` on (the quotation opened before is closed)."""
    return '"' in text[start:] or "\u201d" in text[start:]


def _tense_phrase(tense: ClauseTense) -> str:
    if tense.tense is None:
        return "no tense found in the clause"
    if tense.after_past:
        return "an act ordered or agreed in the past, which may fall on either side"
    return f"{tense.tense}-tense clause"


def _plan_seen_from_the_past(tense: ClauseTense) -> bool:
    """Whether a clause looks ahead from a past time ("planned to", "hoped to", "would")."""
    cue = (tense.cue or "").lower()
    return tense.tense == "future" and (cue in _LEX.PAST_PLAN_VERBS or cue.startswith("would "))


def _dated_or_counted(spec: Spec) -> bool:
    """Whether a spec writes its own year or counts from an anchor (an amount or a unit): not a bare day,
    month or season of the month-and-day rules, whose year the context gives."""
    return spec.year is not None or spec.amount is not None or spec.unit is not None


def _afternoon_clock(pod: str) -> str:
    """The p.m. clock time of a morning one ("06:30" -> "18:30")."""
    return f"{int(pod[:2]) + 12:02d}{pod[2:]}"


def _with_time(value: str, pod: str) -> str:
    if _DAY_LIKE_VALUE.fullmatch(value):
        return f"{value}T{pod}"
    return value


def _calendar_value(spec: Spec, year: int | None) -> str:
    year_text = "XXXX" if year is None else _era_year_value(year)
    if spec.season:
        return f"{year_text}-{spec.season}"
    if spec.quarter:
        return f"{year_text}-Q{spec.quarter}"
    if spec.half:
        return f"{year_text}-H{spec.half}"
    if spec.month is None:
        return year_text
    if spec.day is None:
        return f"{year_text}-{spec.month:02d}"
    if year is not None and year > 0:
        date(year, spec.month, spec.day)  # raises for February 30
    value = f"{year_text}-{spec.month:02d}-{spec.day:02d}"
    if spec.pod:
        value += f"T{spec.pod}"
    return value


def _month_day_of(spec: Spec) -> tuple[int, int | None]:
    if spec.month is not None:
        return spec.month, spec.day
    if spec.season is not None:
        return {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[spec.season], None
    if spec.quarter is not None:
        return spec.quarter * 3 - 1, None
    if spec.half is not None:
        return spec.half * 6 - 3, None
    return 1, None


#: Rules whose expressions count from the speaker's now ("last year", "two years ago"), unlike "the year".
_SPEAKER_DEICTIC_RULES = frozenset({"relative_unit", "offset"})
#: The rules of a unit or a season named from the writer's now by a determiner ("last year", "this fall").
_WRITERS_DEICTIC_RULES = frozenset({"relative_unit", "season"})
#: The year of a century (its last two digits) from which its middle has come: before it, "the middle of
#: the century" said of what is past is an earlier century's.
_MID_CENTURY_FROM = 40
#: A heading line of an anniversary column ("ON THIS DAY: 22 November", "Today in history").
_ON_THIS_DAY_HEADING = compile_pattern(
    r"(?:^|\n)[ \t]*(?:born[ \t]+)?(?:"
    + "|".join(r"[ \t]+".join(map(re.escape, phrase.split())) for phrase in sorted(_LEX.ON_THIS_DAY_HEADINGS))
    + r")(?![a-z])[^\n.!?]*(?:\n|$)"
)
_BC_DATE_VALUE = compile_pattern(r"BC(\d{4})(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?")
#: A year before Christ of five digits or more ("BC97982"): no TIMEX3 year reaches it.
_DEEP_PAST_VALUE = compile_pattern(r"BC\d{5,}(?:-[0-9A-Z-]+)?")
#: How far from a story's year before Christ a year written without its era may lie and still be read
#: as BC: a flashback or a later step of the same story, not a time centuries into the era after it.
_ERA_LEFT_UNSAID_YEARS = 200
_BC_DAY_VALUE = compile_pattern(r"BC\d{4}-\d{2}-\d{2}")
_BC_MONTH_PREFIX = compile_pattern(r"BC\d{4}-\d{2}")
_BC_SEASON_VALUE = compile_pattern(r"BC\d{4}-(?:SP|SU|FA|WI)")
#: how many words a noun set off before its participle may have ("a festival held", "the market run")
_ASIDE_NOUN_WORDS = 3
#: a year written with its century left out: "'47", "summer '52"
_CLIPPED_YEAR = compile_pattern(r"(?<![\w'‘’])['‘’](\d\d)\b")
_CLIPPED_YEAR_MARKS = frozenset("'‘’")
#: how far past the DCT a clipped year may look ahead ("by '29" in 2020) before it is the century before's
_CLIPPED_YEAR_AHEAD = 10
#: and in a clause told in the past: a fiscal or school year named by the year it ends in ("fiscal '23" in 2022)
_CLIPPED_YEAR_AHEAD_IN_PAST = 1
_ERA_WORD = compile_pattern(r"\b(?:AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])")


def _same_part_years_away(day: date, grain: str, years: int) -> str:
    """ "ten years ago this week": the week (month, day) holding `day`, as many years away; a week keeps
    its number in the year, the calendar's way of naming "the same week"; "fifty years ago tomorrow"
    names the day after `day` ("day+1")."""
    if grain in ("day+1", "day-1"):
        day, grain = day + timedelta(days=1 if grain == "day+1" else -1), "day"
    if grain == "night":
        return f"{cal.period_value(cal.shift(day, 'year', years), 'day')}TNI"
    if grain in ("week", "weekend"):
        iso = day.isocalendar()
        year, week = iso.year + years, iso.week
        if week == 53 and date(year, 12, 28).isocalendar().week != 53:
            week = 52
        return f"{year:04d}-W{week:02d}" + ("-WE" if grain == "weekend" else "")
    return cal.period_value(cal.shift(day, "year", years), grain)


def _add_years(year: int, amount: int) -> int:
    """Count years across the era boundary: the year after 1 BC (-1) is AD 1; there is no year zero."""
    shifted = year + amount
    if year < 0 <= shifted:
        shifted += 1
    elif shifted <= 0 < year:
        shifted -= 1
    return shifted


def _may_hold(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether `text[start:end]` may hold one of `words` (lower-case ASCII letters) as a case-blind pattern
    finds it. False only for ASCII text without any of them: beyond ASCII, a case-blind pattern also takes
    the Kelvin sign for "k" and the long s for "s", so such text is left to the pattern."""
    stretch = text[start:end]
    if not stretch.isascii():
        return True
    low = stretch.lower()
    return any(word in low for word in words)


def _among_last_words(text: str, start: int, end: int, words: tuple[str, ...], count: int) -> bool:
    """Whether one of the last `count` words of `text[start:end]` (as `str.split` parts it, at what "\\s"
    matches) may end with one of `words` (lower-case ASCII letters), as a case-blind pattern finds them:
    False only for ASCII text where none does (as `_may_hold`)."""
    stretch = text[start:end]
    return not stretch.isascii() or any(word.endswith(words) for word in stretch.lower().split()[-count:])


def _to_among_last_words(text: str, start: int, end: int) -> bool:
    """Whether "to" may be one of the second to eighth last words of `text[start:end]`, where a match of
    `_PLANNED_FOR_BEFORE` puts it (one to three words, a preposition and "the morning of" after it, then
    blanks): False only for ASCII text where it is not (as `_may_hold`)."""
    stretch = text[start:end]
    return not stretch.isascii() or "to" in stretch.lower().split()[-8:-1]


def _may_end_with(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether `text[start:end]` may end with one of `words` (lower-case ASCII letters) and blanks, as a
    case-blind pattern ending in "\\s+$" finds them (`_may_hold`): `str.rstrip` strips what "\\s" matches."""
    stretch = text[start:end]
    return not stretch.isascii() or stretch.rstrip().lower().endswith(words)


def _last_sentence_break(before: str) -> int:
    """Where the last sentence break in `before` is (". ", "? ", "! " or a line's end), or -1; a period
    before a lower-case word ends an abbreviation ("open from 8.30 a.m. to 6 p.m."), not a sentence."""
    stop = max(before.rfind("? "), before.rfind("! "), before.rfind("\n"))
    dot = before.rfind(". ")
    while dot > stop and before[dot + 2 : dot + 3].islower():
        dot = before.rfind(". ", 0, dot)
    return max(stop, dot)


def _bc_day_shifted(value: str, days: int) -> str:
    """A day before Christ ("BC0331-09-20") moved by `days`, in the proleptic Gregorian calendar: the
    year is carried into the range `date` holds by whole 400-year cycles, which repeat the calendar."""
    astronomical = 1 - int(value[2:6])  # 1 BC is year 0
    day = date(astronomical + _GREGORIAN_CYCLES, int(value[7:9]), int(value[10:12])) + timedelta(days=days)
    year = day.year - _GREGORIAN_CYCLES - 1
    return f"{_era_year_value(year if year < 0 else year + 1)}-{day.month:02d}-{day.day:02d}"


#: Whole 400-year cycles added to a year before Christ so that `date` can count its days.
_GREGORIAN_CYCLES = 9600


#: The article of a rate's period ("60,000 passengers a day", "three flights per week").
_RATE_ARTICLE = compile_pattern(r"(?:an?|per)\s+[a-z]+$", re.IGNORECASE)


def _era_year_value(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


#: How far on the wrong side of a story's reference time a date may lie and keep its year: in the
#: story's own clauses about a season (a writer recapping the same year), in a relative clause that
#: describes background half a year (beyond that the other year is the nearer reading).
_STORY_TURN_DAYS = 80
#: How many paragraphs back a section's subheading is looked for.
_HEADING_SEARCH_PARAGRAPHS = 8
#: A span of years whose last year keeps only its last two digits: "1873–74", "1914-18".
_SHORT_YEAR_SPAN = compile_pattern(r"(?<![0-9])([12][0-9]{3})\s?[-–]\s?([0-9]{2})(?![0-9])")
_BACKGROUND_TURN_DAYS = 183
#: "naming 11 September as the day", "set 4 July as the date for the launch": a day chosen, not told.
#: A relative clause set off by a comma, opened right before a date: ", who testified [Wednesday],".
#: The rest of a participle clause set off by commas, then a past perfect: " with a majority, had met".
#: An apposition naming a time again with a relative clause, right after it (", the hour when ...",
#: ", the moment at which ...").
_APPOSITION_RELATIVE_AFTER = compile_pattern(
    r",\s+(?:the|that|an?)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:when|that|which|at\s+which)\s"
)
_PAST_PERFECT_AFTER_ASIDE = compile_pattern(r"[^,.;:()\n]{0,80},\s+had\s+(?:not\s+|already\s+)?[a-z]+")
#: How far after a clock time the day of its restatement in another zone may start.
_RESTATED_DAY_REACH = 30
#: From the end of a clock time into its restatement in brackets, up to the day of it: " (03:55 UTC on ".
_INSIDE_RESTATEMENT = compile_pattern(r"\s*\(\s*[0-9][0-9:.]*\s*(?:[a-z.]+\s+){0,2}(?:on\s+)?", re.IGNORECASE)
#: A past perfect right after a time: " had rated", " had not been".
_PAST_PERFECT_RIGHT_AFTER = compile_pattern(r"\s+had\s+(?:not\s+|already\s+)?[a-z]+")
#: A group named by a past participle and the year of what befell it: "those condemned in 1692".
_GROUP_BY_PARTICIPLE_BEFORE = compile_pattern(
    r"(?<![a-z])(?P<pronoun>"
    + "|".join(sorted(_LEX.PARTICIPLE_GROUP_PRONOUNS))
    + r")\s+[a-z]+(?:ed|en|wn|rn|lt|ht|nt)\s+(?:in|during)\s+$"
)
#: Before "all", "everyone", "anyone": where a clause opens, or its subject or auxiliary ("It all started",
#: "they were all killed", ". Everyone moved"): the word after is the clause's own verb.
_GROUP_PRONOUN_AS_SUBJECT = compile_pattern(
    r"(?:^|[.!?;:,(\n]\s*|(?<![a-z])(?:it|they|we|you|he|she|was|were|is|are|be|been|had|have|has|and|but|then)\s+)$"
)
#: The subject of a clause and a past participle on it up to a time ("the forecast issued ", "the order
#: given on "): "the", "a" or a possessive opening the sentence or a clause.
_REDUCED_RELATIVE_BEFORE = compile_pattern(
    r"(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+)(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+){1,3}"
    r"[a-z]+(?:ed|en|wn|lt|ht|nt)\s+(?:on\s+|in\s+|at\s+)?$"
)
#: A day's possessive noun as the subject of a past perfect: "'s first round had left".
_PAST_PERFECT_AFTER_POSSESSIVE = compile_pattern(
    r"['’]s\s+(?:[a-z-]+\s+){1,3}had\s+(?:not\s+|already\s+)?[a-z]+"
)
#: A clause set off by a comma up to a date in it, its first word a participle: ", elected in ", ", bowled
#: out for 98 on " (counts allowed).
_PARTICIPLE_ASIDE_BEFORE = compile_pattern(r",\s+[a-z]+(?:ed|en|wn|lt|ld|ht|ng)\s+(?:[a-z0-9]+\s+){0,4}$")
#: A past participle set off by a comma after a noun and followed by its agent or a preposition (a main
#: verb after an aside takes its object: "Iraq, burdened with debt, invaded Kuwait on"), up to a date in
#: it, names included: ", built by the Ottomans in ", ", founded in "; a participle of making that keeps
#: its stem (", cast in "), and one after a short description joined by "and" (", 40 metres high and built
#: in "), a description that opens no clause of its own: no subject pronoun, relative word or auxiliary
#: (", it was sacked and burned in " is a sentence's own verbs after an opening adverbial).
_PARTICIPLE_ASIDE_ON_A_NOUN_BEFORE = compile_pattern(
    r"[a-z],\s+(?:(?:(?!(?:"
    + "|".join(sorted(_LEX.SUBJECT_PRONOUNS | _LEX.CLAUSE_OPENERS))
    + r")\s)[\w'-]+\s+){1,3}and\s+)?(?:[a-z]+(?:ed|en|wn|lt|ld|ht)|"
    + "|".join(sorted(_LEX.THING_MAKING_PARTICIPLES))
    + r")\s+(?:by|in|on|at|during|under|for|from)\s+(?:[\w'-]+\s+){0,4}$"
)
#: The event a count "on" is counted from, up to the comma closing the aside: " from the fire," ("In 2007,
#: fifty years on from the fire, a plaque").
_FROM_AN_EVENT_TO_COMMA = compile_pattern(r" from [^,.;:()\n]{1,40},")
#: How far before the story's year a year told in such an aside is the origin of a thing, told in passing.
_ASIDE_ORIGIN_YEARS = 10
#: Punctuation that closes a clause: what comes before it is not the subject of the clause after it.
_CLAUSE_BREAK = compile_pattern(r"[,;:.!?()\n]")
#: A non-restrictive relative clause in the past perfect, up to a date in it: ", who had taken command in ".
# A number's grouping comma or decimal point ("which had killed some 6,500 in 1832") stays in the aside.
_PAST_PERFECT_ASIDE_BEFORE = compile_pattern(
    # "the abbey, whose monks had fled in 1536,", "the squire, whom the tenants had sued in 1830,", "the
    # port, where the fleet had wintered in 1812,": "whose" and its noun, "whom" or "where" and a subject
    # open the clause as "who" does; a bracket opens such an aside too, its subject a pronoun or a relative
    # ("(he had arrived in 1840)")
    r"(?:,\s+(?:who|which|(?:whose|whom|where)(?:\s+[a-z]+){1,2})|\(\s*(?:who|which|he|she|they|it|we|i))\s+had\s+"
    r"(?:[^,.;:()\n]|(?<=[0-9])[,.](?=[0-9]))*$"
)
_ASIDE_CLAUSE_BEFORE = compile_pattern(r",\s+(?:who|which)\s+(?:[a-z]+\s+){1,4}(?:on\s+)?$")
_COARSER_THAN_A_DAY = frozenset(
    {Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF, Granularity.YEAR}
)
#: "agreed to attack together on every front in ": what an agreement or a decision looked ahead to.
_AGREED_FOR_BEFORE = compile_pattern(
    r"\b(?:agreed|decided|resolved)\s+to\s+(?:[a-z]+\s+){1,5}(?:(?:on|at|by|from|in)\s+)?$", re.IGNORECASE
)
#: The time a plan was made for, right before it: "had been planned for November", "was scheduled for mid-".
_PLAN_TARGET_BEFORE = compile_pattern(
    r"\b(?:planned|scheduled|set|slated|timed|earmarked|pencilled|penciled|booked)\s+for\s+"
    r"(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
_PLANNED_FOR_BEFORE = compile_pattern(
    r"\b(?:meant|due|scheduled|supposed|intended|planned|plans?|hope[sd]?|intends?|expected|set|was|were)\s+to\s+"
    r"(?:[a-z]+\s+){1,3}"
    # "was to sail on the morning of 30 October": the day of a part of it the plan named
    r"(?:(?:on|at|by|from|in)\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "called for a one-day boycott on ", "appealed for a general strike on ": an event called for a day.
_CALLED_FOR_BEFORE = compile_pattern(
    r"\b(?:"
    + "|".join(sorted(_LEX.CALL_FOR_VERBS))
    + r")\s+for\s+(?:an?|the)\s+(?:[a-z-]+\s+){1,3}(?:on|for)\s+$",
    re.IGNORECASE,
)
#: "promised elections for ", "called a referendum for ": a thing fixed for a season, a month or a year.
_FIXED_FOR_BEFORE = compile_pattern(
    r"\b(?:"
    + "|".join(sorted(_LEX.FIXED_FOR_VERBS))
    # not a phrasal verb's particle: "was called up for the winter of 1915", "set off for the summer"
    + r")\s+(?!(?:up|off|out|down|away|back|in|on|forth)\s)"
    + r"(?:(?:an?|the|its|his|her|their|new|fresh|early|general)\s+)?(?:[a-z-]+\s+){0,2}for\s+$",
    re.IGNORECASE,
)
#: About how many of a text's expressions show whether it tells its story in the present.
_NARRATION_SAMPLE = 32
#: A paragraph of one short line with no closing punctuation: a section's subheading.
_SUBHEADING_LINE = compile_pattern(r"\n\n[A-Z][^\n.,;:!?]{0,60}(?=\n\n)")
_SUBHEADING_CHARS = 80
#: A section's heading below a changelog's release: a short line alone in its paragraph ("Fixed") or a
#: Markdown heading ("### Fixed", "## Roadmap").
_RELEASE_SECTION_HEADING = compile_pattern(
    r"\n\n(?P<plain>[A-Z][^\n.,;:!?]{0,60})(?=\n\n)|\n[ \t]*(?P<level>#{1,6})[ \t]+(?P<marked>[^\n]{1,80})"
)
#: A sentence's closing punctuation inside a line (a heading has none): "ended. The", "won!" at the end.
_SENTENCE_CLOSE_IN_LINE = compile_pattern(r"[.!?](?:\s|$)")
#: How many days into January "the new year" still names the year just begun.
_NEW_YEAR_JUST_BEGUN_DAYS = 14
# "the 1991-2020 average", "the 1981-2010 normal": after a year, the rest of a span of years a statistic
# is taken over, then its noun
_BASELINE_YEARS_AFTER = compile_pattern(
    r"(?P<span>[ \t]*[-\u2013/][ \t]*(?:\d{4}|\d{2}))?[ \t]+(?:(?!(?:the|a|an|its|their)[ \t])[a-z-]+[ \t]+)?"
    + words_regex(_LEX.BASELINE_STATISTIC_NOUNS)
    + r"(?![a-z])"
)
# "1991-" before a year: the year closes a span of years opened just before it
_YEAR_SPAN_OPENED_BEFORE = compile_pattern(r"\d{4}[ \t]*[-\u2013/][ \t]*$")
#: "week 52" said in early January: a week of the year this many weeks or more from the time around it
#: is the nearer year's
_HALF_YEAR_OF_WEEKS = 26
#: "that year", "the same year" a sentence or so after a year: the year just named, if only as a bound.
_THAT_YEAR_AFTER = compile_pattern(r"\b(?:that|the\s+same)\s+year(?![a-z'])")
_THAT_YEAR_REACH = 120
_YEAR_VALUE = compile_pattern(r"\d{4}")
_BOUND_WORD_BEFORE = compile_pattern(r"\b(?:before|until|till)\s+$", re.IGNORECASE)
#: "retroactive to", "backdated to" right before a day: the day a rule counts back to.
_RETROACTIVE_TO_BEFORE = compile_pattern(
    r"(?<![a-z-])(?:" + words_regex(_LEX.RETROACTIVE_WORDS) + r")\s+to\s+$"
)
_BOUND_WORDS = ("before", "until", "till")  # what `_BOUND_WORD_BEFORE` ends with (`_may_end_with`)
#: A period's closing told right after it: "the fourth quarter, which ended Dec. 31".
_PERIOD_ENDED_AFTER = compile_pattern(r",?[ \t]+(?:which[ \t]+|that[ \t]+)?ended[ \t]")
#: "did not expect ... before", "no one foresaw ... until": a negated expectation bounded by the time after it.
_EXPECTATION_BOUND_BEFORE = compile_pattern(
    r"\b(?:not|never|no\s+one|nobody)\s+(?:[a-z]+\s+){0,2}(?:expect(?:ed)?|anticipated?|foresee|foresaw|foreseen|"
    r"predict(?:ed)?)\b[^.;!?]{0,40}\s(?:before|until|till)\s+$",
    re.IGNORECASE,
)
_NAMED_AS_THE_DAY = compile_pattern(r",?\s+as\s+the\s+(?:day|date|deadline)(?![a-z])", re.IGNORECASE)
#: Words opening a clause that tells something in passing ("a slight he repaid when he seized the king").
_SUBORDINATE_CLAUSE = compile_pattern(r"\b(?:which|that|who|whom|whose|when|until)\b", re.IGNORECASE)
#: A jump ahead longer than this (in days) from one reference time to the next may be a glance forward.
_GLANCE_AHEAD_DAYS = 183
_WEEK_VALUE = compile_pattern(r"(\d{4})-W(\d{2})")
#: Parts of a day the story has told that an hour right before them falls in ("seven that evening").
_PARTS_OF_A_TOLD_DAY = frozenset({"MO", "AF", "EV", "NI"})
#: The lowest hour on the clock face that is p.m. in each part of the day ("one that afternoon", "seven
#: that evening", "eleven that night"; "two that night" is past midnight and left as it is).
_PM_FROM_HOUR = {"AF": 1, "EV": 4, "NI": 7}
#: "the evening of the kidnapping": an evening named by an event, not by a date (the article, a noun).
_EVENING_OF_AN_EVENT = compile_pattern(r"\bthe\s+evening\s+of\s+the\s+[a-z]+(?![a-z])")
#: An afternoon or evening clock time of a day ("1972-11-24T19:00"), from 13:00 to 23:59.
_AFTERNOON_OR_EVENING_CLOCK_VALUE = compile_pattern(r"\d{4}-\d{2}-\d{2}T(?:1[3-9]|2[0-3]):\d{2}$")
#: How far back from the story's p.m. clock time an hour told without a.m. or p.m. is still read as
#: that day's p.m. hour (a glance back within the afternoon or evening).
_GLANCE_BACK_IN_THE_DAY_MINUTES = 120


def _clock_minutes(clock: str) -> int:
    """Minutes after midnight of a clock reading "HH:MM" (or "HH:MM:SS")."""
    return int(clock[:2]) * 60 + int(clock[3:5])


#: The hour a night named by its day in news or a post begins ("Home to Hartley Mon night, live at 7:45"):
#: the evening's fixtures and shows are that night's; an earlier hour ("until 6") is the next morning's.
_NIGHT_OF_A_NAMED_DAY_STARTS = 19
#: The hour from which a clock time without a.m. or p.m. after "the night of" one day is that night's.
_NIGHT_LATE_HOURS_START = "21"
#: How far back a time the speaker told as now ("It's ten o'clock") dates a bare hour of a past clause.
_TOLD_NOW_HOUR_REACH = 1600
_NIGHT_RANGE_DASHES = "-\u2013"
#: "the" right before a weekday, and what after it counts the day from an event ("the Friday before").
_THE_BEFORE = compile_pattern(r"(?<![a-z])the\s+$", re.IGNORECASE)
_WEEKDAY_COUNTED_FROM = compile_pattern(r"\s+(?:before|after|following|of)\b", re.IGNORECASE)
#: "that evening", "later that same night": a part of the day pointing back to a day already told.
_THAT_DAY = compile_pattern(r"(?<![a-z])that\s", re.IGNORECASE)
#: What introduces a message quoted word for word: "a text message the previous evening [saying: ]".
_MESSAGE_QUOTED_AFTER = compile_pattern(r"\b(?:saying|reading|wrote|writing)[ \t]*[:,]?[ \t]*$")
#: An evening or night counted back one day from the day told: "the previous evening", "the night before".
_EVE_COUNTED_BACK = compile_pattern(
    r"the\s+(?:previous|preceding)\s+(?:evening|night)|the\s+(?:evening|night)\s+before", re.IGNORECASE
)
#: What joins a day to the weekday it falls on: "Canada Day falls on Tuesday", "with Anzac Day falling on a
#: Saturday", or a weekday in apposition after a date ("sworn in on June 9, 1994, a Thursday,", "on 14 May
#: (a Tuesday)", "on 14 May, which was a Tuesday", ", which fell on a Tuesday"), a quoted one too ('dated
#: "Sept'r 1st 1776", a Sunday').
_FALLS_ON = compile_pattern(
    r"\s+(?:falls|fall|falling|fell)\s+on\s+(?:a\s+)?|[\"\u201d]?(?:,\s+(?:which\s+(?:was|is|fell\s+on|falls\s+on)\s+)?a\s+"
    r"|\s+\(a\s+)",
    re.IGNORECASE,
)
#: A weekday set off by commas alone after a date, "arrived on 2 May, Thursday, and": the comma before it
#: (`_BARE_APPOSITION`), then a comma or a stop closing it (`_BARE_APPOSITION_CLOSE`; "on 4 May, Tuesday
#: was dry" and "4 May, Tuesday's vote" go on with their own clause).
_BARE_APPOSITION = compile_pattern(r",[ \t]+")
_BARE_APPOSITION_CLOSE = compile_pattern(r"[ \t]*(?:[,;)]|\.(?:\s|$))")
# "due on Tuesday instead of Wednesday", "played on Saturday rather than Sunday": the day a change moved from
_INSTEAD_OF_DAY = compile_pattern(r",?\s+(?:instead\s+of|rather\s+than)\s+(?:on\s+)?", re.IGNORECASE)
# "The union said each strike would begin at 3am": a reported clause about each event of a run.
_EACH_AFTER_REPORTING = compile_pattern(
    r"(?<![a-z])(?:" + "|".join(sorted(_LEX.REPORTING_CUES)) + r")\s+(?:that\s+)?(?:each|every)\s+([a-z]+)\b",
    re.IGNORECASE,
)
# "Each show ...", "Every performance ...": a sentence about each event of a run.
_EACH_OPENING = compile_pattern(r"[\s\"\u201c]*(?:each|every)\s+([a-z]+)\b", re.IGNORECASE)
# "All walks", "classes": a plural opening its sentence, and its stem ("walk", "classe", whose last letter
# is tried off as well).
_EVENTS_OPENING = compile_pattern(r"[\s\"\u201c]*(?P<all>all\s+)?(?P<stem>[a-z]+)s\b", re.IGNORECASE)
# A day told as part of the weekend just named: "the holiday weekend, including Monday", "the weekend and Monday".
_PART_OF_WEEKEND = compile_pattern(r",?\s+(?:including|plus|and|through)\s+(?:on\s+)?", re.IGNORECASE)
# A day listed after another: "tmrw and likely Monday", "tomorrow or maybe Friday".
_LISTED_WITH_DAY = compile_pattern(
    r",?\s+(?:and|or|&)\s+(?:(?:prob|probably|likely|possibly|maybe|perhaps|also)\s+)?(?:on\s+)?",
    re.IGNORECASE,
)
_RELATIVE_PRONOUN = compile_pattern(r"\b(?:which|that|who|whom|whose)\b", re.IGNORECASE)
#: What opens a clause on a noun ("the line as it had stood", "the ground they had held", "the town where
#: he had been born"): a relative pronoun, "where", or "as" before a pronoun subject.
_CLAUSE_ON_A_NOUN = compile_pattern(
    r"\b(?:which|that|who|whom|whose|where|as\s+(?:it|they|he|she|we))\b", re.IGNORECASE
)


@cache
def _base_verb_forms() -> frozenset[str]:
    from chronology.tense import verb_forms

    return frozenset(verb_forms.BASE.split())


#: A clock reading from five in the morning to before three in the afternoon: the daytime after a night
#: (not `_DAYTIME_CLOCK`, six in the morning to the end of the afternoon, which the night rules above read).
_MORNING_AFTER_NIGHT_CLOCK = compile_pattern(r"(?:0[5-9]|1[0-4]):[0-5]\d")


@cache
def _past_verb_forms() -> frozenset[str]:
    from chronology.tense import verb_forms

    return frozenset((verb_forms.PAST_ONLY + verb_forms.PAST_OR_PARTICIPLE).split())


def _plan_to_in(clause: str) -> bool:
    """Whether a verb or adjective of a plan takes "to" in `clause` ("plans to marry", "is due to open")."""
    words = clause.lower().split()
    return any(word in _LEX.PRESENT_PLAN_WORDS and after == "to" for word, after in pairwise(words))


#: The subject right before a verb of dating, past an adverb between them: "[accounts] usually place",
#: "[historians] now date".
_SUBJECT_BEFORE_DATING_VERB = compile_pattern(
    r"(?<![a-z])(?P<noun>[a-z]+)\s+(?:" + words_regex(_LEX.ADVERBS_BEFORE_DATING_VERBS) + r"\s+)?$"
)


def _source_dates_an_event(low: str, tense: ClauseTense) -> bool:
    """The clause's verb is one by which writers or records give an event its date, with them as its
    subject ("most accounts place it in late July")."""
    cue = (tense.cue or "").lower()
    if tense.cue_end is None or cue not in _LEX.EVENT_DATING_VERBS:
        return False
    verb_start = tense.cue_end - len(cue)
    before = _SUBJECT_BEFORE_DATING_VERB.search(low, max(0, verb_start - 40), verb_start)
    return before is not None and before["noun"] in _LEX.HISTORY_SOURCE_NOUNS


def _present_only_base(word: str) -> bool:
    """Whether a bare verb after its subject can only be a present ("people work", "they stay"), not
    also a past ("they cut", "spread")."""
    return word in _base_verb_forms() and word not in _past_verb_forms()


@cache
def _past_only_forms() -> frozenset[str]:
    from chronology.tense import verb_forms

    return frozenset(verb_forms.PAST_ONLY.split())


#: Words after which a form is a noun, never a finite verb: "the crew", "its ground".
_NOUN_OR_POSSESSIVE_DETERMINERS = _LEX.NOUN_DETERMINERS | _LEX.POSSESSIVE_DETERMINERS
#: Determiners that pick out particular things ("the letters", "those orders", "its votes"), not a class.
_PARTICULAR_THINGS_DETERMINERS = _NOUN_OR_POSSESSIVE_DETERMINERS | _LEX.LAST_AS_ADJECTIVE_BEFORE


def _past_only_word_in(sentence: str) -> bool:
    """Whether a sentence holds a verb form that can only be a simple past ("beat", "went"); one right
    after an article or a possessive is a noun ("the crew show", "its ground floor")."""
    forms = _past_only_forms()
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(
        word in forms and (i == 0 or words[i - 1] not in _NOUN_OR_POSSESSIVE_DETERMINERS)
        for i, word in enumerate(words)
    )


def _reads_as_present_too(word: str) -> bool:
    """Whether a past form is also a present one ("cost", "put", "set")."""
    return word in _base_verb_forms()


def _story_year(
    reference: date, month: int, day: int | None, step: int, background: bool = False, ahead: bool = False
) -> int:
    """The year of a date named without one in a story: the year of the reference time, unless that
    puts it on the wrong side of it (before it in a story moving forward, step 1; after it in a
    past-perfect flashback, step -1) by more than a season, or half a year for `background` (a
    relative clause). "On 30 December 1941 ... On 2 January" is 1942; "In May 1428 ... She returned
    in January" is 1429; "the army that crossed the river on 24 June", told in the autumn of 1812,
    stays in 1812. A date `ahead` of the reference time (the act a past agreement looks to) is never
    on its wrong side."""
    year = reference.year
    last_of_month = monthrange(year, month)[1]
    first = date(year, month, min(day or 1, last_of_month))
    last = first if day else date(year, month, last_of_month)
    wrong_side = (reference - last).days if step > 0 else (first - reference).days
    limit = 0 if ahead and step > 0 else _BACKGROUND_TURN_DAYS if background else _STORY_TURN_DAYS
    return year + step if wrong_side > limit else year


#: How far before the DCT a day dated with its year must lie for bare dates after it to keep its year.
_RECOUNTED_PAST_DAYS = 366
#: The size of a change, a figure told with its unit: "4 per cent", "by 2.5%", "$3bn".
_FIGURE_OF_A_CHANGE = r"(?:by[ \t]+)?[$\u00a3\u20ac]?\d[\d.,]*[ \t]*(?:%|[a-z]+)?(?:[ \t]+[a-z]+)?"
#: ... and right before "in": "4 per cent in ", "by 2.5% in ".
_FIGURE_BEFORE_IN = _FIGURE_OF_A_CHANGE + r"[ \t]+in[ \t]+$"
#: What may stand between a verb of change and the month it was measured in: its manner, its size, both
#: or neither: "rose[ 4 per cent in ]March", "fell[ by 2.5% in ]June", "rose[ sharply in ]March",
#: "fell[ in ]May" ("rose 4 per cent on hopes of a deal in March" dates the deal).
_FIGURE_OF_CHANGE = compile_pattern(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:" + _FIGURE_BEFORE_IN + r"|in[ \t]+$)")
#: A change told with a past copula, its manner or size and the adverb or noun of the change, between the
#: copula and the month: "were[ sharply higher in ]March", "were[ 4 per cent down in ]March", "was[ a sharp
#: rise in ]March", "was[ a 4 per cent fall in exports in ]March".
_COPULAR_CHANGE = compile_pattern(
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:(?:"
    + _FIGURE_OF_A_CHANGE
    + r"[ \t]+)?(?:"
    + words_regex(_LEX.CHANGE_BY_ADVERBS)
    + r")|an?[ \t]+(?:"
    + _FIGURE_OF_A_CHANGE
    + r"[ \t]+|[a-z]+[ \t]+)?(?:"
    + words_regex(_LEX.CHANGE_FIGURE_NOUNS)
    + r")(?:[ \t]+in[ \t]+[a-z]+)?)[ \t]+(?:"
    + _FIGURE_BEFORE_IN
    + r"|in[ \t]+$)"
)
#: A verbless change with its size before a month, as a headline tells it: "Sales[ up 4 per cent in ]March".
_VERBLESS_CHANGE_BEFORE = compile_pattern(
    r"(?<![a-z])(" + words_regex(_LEX.CHANGE_BY_ADVERBS) + r")[ \t]+" + _FIGURE_BEFORE_IN
)
#: A noun of figures and "for" right before a period ("profit for the fourth quarter").
_FIGURES_FOR_BEFORE = compile_pattern(r"([a-z]+)[ \t]+for[ \t]+$")
_REPORTING_LAG_DAYS = 92  # a closed quarter is reported on within the following quarter
_NEXT_WORD_AFTER = compile_pattern(r"[ \t]+([A-Za-z]+)")
#: "April retail sales", "the May jobs report": the noun of figures a month qualifies, one word apart at most.
_DATA_AFTER_MONTH = compile_pattern(r"[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)")
#: A noun of figures, then "for" or "in", before a month: "its estimate of growth in July".
_DATA_BEFORE_MONTH = compile_pattern(r"\b([a-z]+)[ \t]+(?:for|in)[ \t]+$")


#: The last year an English text may date by the Julian calendar (Old Style): Britain changed in 1752.
_LAST_OLD_STYLE_YEAR = 1752
#: The first day of the Gregorian calendar, where Rome and the Catholic states adopted it.
_GREGORIAN_REFORM = date(1582, 10, 15)


def _weekday_fits(weekday: int, year: int, month: int, day: int) -> bool:
    """Whether that day of that month exists in `year` and falls on `weekday` (either calendar's, see
    `_weekdays_of`)."""
    return day <= cal.days_in_month(year, month) and weekday in _weekdays_of(year, month, day)


def _weekdays_of(year: int, month: int, day: int) -> tuple[int, ...]:
    """The ISO weekday of a calendar day; before Britain's change of calendar also its weekday read as
    an Old Style (Julian) date, as English texts date the Great Fire of 1666 ("Sunday 2 September")."""
    gregorian = date(year, month, day)
    if year > _LAST_OLD_STYLE_YEAR or year < 200:
        return (gregorian.isoweekday(),)
    behind = _old_style_days_behind(year, month)
    return gregorian.isoweekday(), (gregorian + timedelta(days=behind)).isoweekday()


def _opens_a_calendar_restatement(gap: str) -> bool:
    """Whether the text between the story's date and an expression opens a parenthesis naming the calendars
    ("19 July (Old Style; 29 July New Style)"): the expression restates that date in the other calendar."""
    if "(" not in gap or len(gap) > 30:
        return False
    stripped = gap.strip()
    if not stripped.startswith("("):
        return False
    words = [word.strip(";:,") for word in stripped[1:].lower().split()]
    return bool(words) and all(word in _LEX.CALENDAR_STYLE_LABELS for word in words)


def _old_style_days_behind(year: int, month: int) -> int:
    """How many days the Julian calendar ran behind the Gregorian: the century years it kept as leap
    years and the Gregorian does not (ten in the 1600s)."""
    leap_year = year - 1 if month <= 2 else year
    return leap_year // 100 - leap_year // 400 - 2


def _year_with_weekday(weekday: int, month: int, day: int, year: int, why: str) -> tuple[int, str]:
    """ "Thursday, Sept. 15": the chosen year, or the nearest one (up to three away, as a story that has
    moved on by a year or two names its days) where that day is that weekday."""
    for option in (year, year - 1, year + 1, year + 2, year - 2, year + 3, year - 3):
        if _weekday_fits(weekday, option, month, day):
            if option != year:
                why = f"{why}; but the weekday written with it falls in {option}"
            return option, why
    return year, why


def _period_year(spec: Spec, anchor_day: date, direction: int | None) -> int:
    """The year of a quarter or half named without one: this year's, unless that is still to come in a past clause."""
    first_month = (spec.quarter * 3 - 2) if spec.quarter else ((spec.half or 1) * 6 - 5)
    start = date(anchor_day.year, first_month, 1)
    if (direction is None or direction < 0) and start > anchor_day:
        return anchor_day.year - 1  # reports look back: a quarter still to come needs a future clause
    end = cal.add_months(start, 3 if spec.quarter else 6) - timedelta(days=1)
    if direction is not None and direction > 0 and (anchor_day - end).days > _REPORTING_LAG_DAYS:
        # "growth will return in Q1", said in October: next year's; a quarter just closed is still
        # ahead in "expects to report third-quarter results"
        return anchor_day.year + 1
    next_start = date(anchor_day.year + 1, first_month, 1)
    if direction is None and end < anchor_day and next_start - anchor_day < anchor_day - end:
        return anchor_day.year + 1  # "expects growth in Q1", said in October: the nearer one
    return anchor_day.year


def _edge_day_value(value: str, edge: int) -> str | None:
    """The first (`edge` 1) or last (-1) day of a month ("1944-06", "XXXX-06", "XXXX-XX") or a year
    ("1944", "XXXX"); None for others. A month of no known year keeps its last day unless it is February's,
    and a month not known at all has only its first day known."""
    if (
        len(value) == 7
        and value[4] == "-"
        and value[5:].isdigit()
        and (value[:4].isdigit() or value[:4] == "XXXX")
    ):
        month = int(value[5:])
        if not 1 <= month <= 12:
            return None
        if edge > 0:
            return f"{value}-01"
        if value[:4] == "XXXX":
            # "the last day of June", no year told: the 30th; February's depends on the year
            return f"{value}-XX" if month == 2 else f"{value}-{cal.days_in_month(2001, month):02d}"
        return f"{value}-{cal.days_in_month(int(value[:4]), month):02d}"
    if value == "XXXX-XX":
        return "XXXX-XX-01" if edge > 0 else "XXXX-XX-XX"  # "the last day of the month", no month known
    if len(value) == 4 and (value.isdigit() or value == "XXXX"):
        return f"{value}-01-01" if edge > 0 else f"{value}-12-31"
    return None


def _year_by_determiner(
    spec: Spec, anchor_day: date, *, anaphoric: bool = False, first: bool = False, looked_back: bool = False
) -> tuple[int, str]:
    """'last April' / 'next spring' / 'this summer': the year by the determiner, not by tense.

    `anaphoric`: "that winter" points at the winter of the year just told, not at the one just over.
    `first`: "that first spring" is the one the story's time is in, else the next one to begin."""
    assert spec.amount is not None
    if spec.season is not None:
        start = cal.season_start(anchor_day.year, spec.season)
        current_season = cal.period_value(anchor_day, "season")
        this_year = int(current_season[:4]) if current_season.endswith(spec.season) else anchor_day.year
        if first and spec.amount == 0 and not current_season.endswith(spec.season):
            # "We moved in the autumn of 1955. That first spring ...", "landed in April. That first
            # winter ...": the first such season from the story's time on
            return (
                anchor_day.year if start > anchor_day else anchor_day.year + 1
            ), f"the first {spec.season} from"
        if spec.amount == 0 and spec.season == "WI" and current_season.endswith("SP") and not anaphoric:
            # "This winter the lake froze for 47 days", said in March: the winter just ended (named by
            # its December), not the one nine months ahead; a story's "She arrived in May 1850. That
            # winter she fell ill" is the winter of the year just told
            return anchor_day.year - 1, "'this' WI, said in the spring after it"
        if spec.amount == 0 and anaphoric and current_season.endswith("WI") and spec.season == "SP":
            if looked_back:
                # "... through the winter. They had not sown that spring": the spring before it
                return int(
                    current_season[:4]
                ), "'that' SP in a past perfect, the spring before the winter in context"
            # "The winter of 1777-78 was spent at Valley Forge. That spring ...": the spring that ends it
            return int(current_season[:4]) + 1, "'that' SP, the spring after the winter in context"
        if (
            spec.amount == 0
            and looked_back
            and start > anchor_day
            and not current_season.endswith(spec.season)
            # a winter is named by its December: "that winter" told in an autumn may be the one the year
            # in context runs into ("rebuilt the army, which cholera had ravaged that winter")
            and spec.season != "WI"
        ):
            # "The talks opened on 9 January. The king had fallen ill that autumn": a past perfect looks
            # back to the last such season, not on to the one still ahead in the year in context
            return anchor_day.year - 1, f"'that' {spec.season} in a past perfect, the last one before"
        if spec.amount == 0:
            return this_year, f"'this' {spec.season}"
        if spec.amount < 0:
            year = (
                anchor_day.year
                if start < anchor_day and not current_season.endswith(spec.season)
                else anchor_day.year - 1
            )
            if spec.season == "WI" and anchor_day.month <= 2:
                year = anchor_day.year - 2
            elif spec.season == "WI" and anchor_day.month < 12:
                year = anchor_day.year - 1
            # "two summers ago": counted back from the last one, which is one back
            return year + spec.amount + 1, f"the last {spec.season} before"
        year = anchor_day.year if start > anchor_day else anchor_day.year + 1
        # "the summer after next": counted on from the next one
        return year + spec.amount - 1, f"the next {spec.season} after"
    month = spec.month or 1
    if spec.amount == 0:
        return anchor_day.year, "'this' month"
    if spec.amount < 0:
        # "the January before last": a year before last January
        return (
            anchor_day.year if month < anchor_day.month else anchor_day.year - 1
        ) + spec.amount + 1, "the last such month before"
    return (
        anchor_day.year if month > anchor_day.month else anchor_day.year + 1
    ) + spec.amount - 1, "the next such month after"


def _feast_falls_on(rule: tuple[str, int, int, int], month: int, day: int, year: int) -> bool:
    """Whether a feast falls on that day of that month in `year`."""
    feast = _holiday_date(rule, year)
    return (feast.month, feast.day) == (month, day)


#: The first year US Thanksgiving fell on November's fourth Thursday rather than its last.
_FOURTH_THURSDAY_THANKSGIVING_FROM = 1939


def _day_ahead_on_weekday(now: date, day_of_month: int | None, weekday: int | None) -> bool:
    """Whether day `day_of_month` of `now`'s month is still to come and falls on `weekday`."""
    if day_of_month is None or weekday is None or day_of_month <= now.day:
        return False
    return _falls_on(now.year, now.month, day_of_month, weekday)


def _falls_on(year: int, month: int, day_of_month: int, weekday: int) -> bool:
    """Whether the month has that day and it falls on `weekday` (1 Monday ... 7 Sunday)."""
    return (
        day_of_month <= cal.days_in_month(year, month)
        and date(year, month, day_of_month).isoweekday() == weekday
    )


def _holiday_weekend_saturday(day: date) -> date:
    """The Saturday of the weekend a holiday gives its name to: a Monday or Tuesday holiday closes the
    weekend before it, any other day is in the weekend of its own week."""
    if day.weekday() <= 1:
        return day - timedelta(days=day.weekday() + 2)
    return day + timedelta(days=5 - day.weekday())


#: Between a feast and a day of the month told after it in its clause: up to two words (its noun) and a
#: word that opens a stretch (" holidays from ", " break starting ").
_FEAST_TO_DAY_TOLD_GAP = compile_pattern(r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:from|starting|beginning)[ \t]+")
#: How far (days) a feast may lie from the day told after it ("Eid holidays from August 11", kept the 12th).
_FEAST_NEAR_TOLD_DAY = 7
#: "with Diwali falling on": a feast opening an absolute clause of its own, whose participle has no tense.
_FEAST_FALLING_ON = compile_pattern(r"\s+falling\s+on(?![a-z])")
#: The year Tết is first reckoned in Vietnam's own time across the country: the South's calendar followed
#: China's (UTC+8) until reunification, so the Tết of 1968 fell on 30 January in Saigon.
_VIETNAM_OWN_CALENDAR_FROM = 1976


def _holiday_dates(rule: tuple[str, int, int, int], year: int) -> tuple[date, ...]:
    """Every day of `year` the feast falls on: one, or for a feast of the Islamic calendar, whose year is
    eleven days shorter than ours, two in about one year in 33."""
    if rule[0] == "islamic":
        return cal.islamic_calendar_days(year, rule[1], rule[2])
    if rule == cal.BANK_HOLIDAY_MONDAYS:
        return cal.bank_holiday_mondays(year)
    return (_holiday_date(rule, year),)


def _holiday_of_every_year(rule: tuple[str, int, int, int]) -> str:
    """A feast's day of every year: its month and day when fixed, its month when it is a weekday counted
    in a month ("the first Saturday of June": XXXX-06-XX), else a day not known."""
    kind, month, day, _ = rule
    if kind == "fixed":
        return f"XXXX-{month:02d}-{day:02d}"
    if kind == "nth":
        return f"XXXX-{month:02d}-XX"
    return "XXXX-XX-XX"


def _holiday_date(rule: tuple[str, int, int, int], year: int) -> date:
    kind, a, b, c = rule
    if kind == "fixed":
        return date(year, a, b)
    if rule == cal.BANK_HOLIDAY_MONDAYS:
        return cal.bank_holiday_mondays(year)[-1]  # where one day of the year is asked: the summer's
    if kind in ("fixedwd", "easterwd"):
        # "the Monday after Michaelmas", "the Sunday after Trinity": the first such weekday after (or before)
        # the feast, by the Julian weekdays before the Gregorian reform
        feast = date(year, a, b) if kind == "fixedwd" else cal.easter(year) + timedelta(days=a)
        behind = _old_style_days_behind(year, feast.month) if feast < _GREGORIAN_REFORM else 0
        step = 1 if c > 0 else -1
        day = feast + timedelta(days=step)
        while (day + timedelta(days=behind)).isoweekday() != abs(c):
            day += timedelta(days=step)
        return day
    if kind.startswith("nthwd"):
        # "the Friday after Thanksgiving", "the Sunday before Memorial Day": the first such weekday after
        # (or before) the n-th weekday holiday
        step = int(kind[len("nthwd") :])
        holiday = _holiday_date(("nth", a, b, c), year)
        if step > 0:
            return holiday + timedelta(days=(step - holiday.isoweekday()) % 7 or 7)
        return holiday - timedelta(days=(holiday.isoweekday() + step) % 7 or 7)
    if kind == "nth" or kind.startswith("nth+"):
        if rule[1:] == (11, 2, 1):  # US election day: the Tuesday after the first Monday of November
            return cal.nth_weekday(year, 11, 1, 1) + timedelta(days=1)
        if rule[1:] == (11, 4, 4) and year < _FOURTH_THURSDAY_THANKSGIVING_FROM:
            c = -1  # US Thanksgiving was the last Thursday of November until 1939 ("1917-11-29")
        day = cal.nth_weekday(year, a, b, c)
        # "Black Friday": days on from an n-th weekday holiday
        return day if kind == "nth" else day + timedelta(days=int(kind[4:]))
    if kind == "hebrew":  # "Yom Kippur", "Passover": a day of the Hebrew calendar
        return cal.hebrew_calendar_day(year, a, b)
    if kind == "lunar":  # "the Lunar New Year", "Chinese New Year's Eve": days from the lunar new year
        return cal.lunar_new_year(year) + timedelta(days=a)
    if kind == "tet":  # "Tết": the lunar new year in Vietnam's time (China's before reunification, 1976)
        offset = cal.VIETNAM_OFFSET if year >= _VIETNAM_OWN_CALENDAR_FROM else cal.CHINA_OFFSET
        return cal.lunar_new_year(year, offset) + timedelta(days=a)
    if kind == "islamic":  # "Eid al-Fitr": the first such day of the year by the Umm al-Qura calendar
        return cal.islamic_calendar_days(year, a, b)[0]
    if kind == "hindu":  # "Diwali", "Holi": the days India's almanacs give
        return cal.holi_day(year) if a < 0 else cal.diwali_days(year)[a]
    if kind == "advent":  # "the second Sunday of Advent": weeks on from Advent Sunday
        christmas = date(year, 12, 25)
        # Christmas Day's ISO weekday is just the days back to the last Sunday before it (a Sunday: 7);
        # before the Gregorian reform the Julian Christmas falls on the weekday of a later Gregorian day
        behind = _old_style_days_behind(year, 12) if christmas < _GREGORIAN_REFORM else 0
        weekday = (christmas + timedelta(days=behind)).isoweekday()
        return christmas - timedelta(days=weekday + 21 - 7 * a)
    return cal.easter(year) + timedelta(days=a)


def _leap_year_for(anchor: date, direction: int | None) -> int:
    """The leap year whose February 29 is the last before (-1), first after (+1) or nearest to the anchor."""
    days = [
        date(year, 2, 29)
        for year in range(anchor.year - 4, anchor.year + 5)
        if cal.days_in_month(year, 2) == 29
    ]
    if direction is not None and direction < 0:
        return max(day for day in days if day <= anchor).year
    if direction is not None:
        return min(day for day in days if day >= anchor).year
    return min(days, key=lambda day: abs((day - anchor).days)).year


def _unknown_period(unit: str) -> str:
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "half": "XXXX-HX",
        "season": "XXXX",
        "year": "XXXX",
        "decade": "XXX",
        "century": "XX",
    }.get(unit, "XXXX-XX-XX")


def _underspecified(spec: Spec) -> str:
    if spec.type in ("DURATION", "SET"):
        return spec.value if spec.value and is_valid_timex3_value(spec.value) else "PXD"
    if spec.month is not None and spec.day is not None and 1 <= spec.month <= 12 and 1 <= spec.day <= 31:
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None and 1 <= spec.month <= 12:
        return f"XXXX-{spec.month:02d}"
    if spec.weekday is not None:
        return f"XXXX-WXX-{spec.weekday}"
    return "XXXX-XX-XX"
