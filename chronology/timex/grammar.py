"""The grammar: regular patterns over lower-cased text, each turning a phrase into a `Spec`.

Patterns are compiled once per language from the lexicon and matched only at the positions a trigger
word (a month, weekday, unit, digit, ...) makes plausible, so the text is scanned once.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from types import ModuleType

from chronology.pattern_cache import compile_pattern, kept_text, longest_first
from chronology.timex.calendar import (
    BANK_HOLIDAY_MONDAYS,
    days_in_month,
    ethiopian_calendar_day,
    hebrew_calendar_day,
)
from chronology.timex.first_chars import canonical_text, compile_with_starts
from chronology.timex.spec import Spec
from chronology.timex.tense_bridge import never_a_verb, only_a_verb, past_verb_form

# Matching works on a lower-cased copy of the text (same length); the original is consulted for case.
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_TYPOGRAPHIC = {0x2019: ord("'"), 0x2018: ord("'"), 0x2013: ord("-"), 0x2014: ord("-")}
# Every non-ASCII blank (no-break, thin, narrow no-break, en and em spaces, as typeset news and HTML carry
# them) folds to a space and every line or paragraph separator to a newline: the grammar's patterns and
# its rule index are written for ASCII blanks, and "last\u2009week" must be found like "last week".
# The blanks are every character above U+007F that `str.isspace` accepts, written out rather than found
# among 12,000 characters at every start (a test checks the list against Python's own).
NON_ASCII_BLANKS = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_TYPOGRAPHIC.update(
    {ord(blank): ord("\n") if blank in "\x85\u2028\u2029" else ord(" ") for blank in NON_ASCII_BLANKS}
)

_LOWER_SAME_LENGTH = {**_ASCII_LOWER, **_TYPOGRAPHIC}  # built once, not for each document


def lower_same_length(text: str) -> str:
    """Lower-case ASCII letters and fold typographic quotes, dashes and blanks, keeping every offset."""
    return text.translate(_LOWER_SAME_LENGTH)


def phrases_regex(phrases: Iterable[str]) -> str:
    """An alternation of phrases, longest first, any run of blanks standing for each space."""
    ordered = longest_first(phrases)
    return (
        "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered) + ")"
    )


# `re.escape` of one character, looked up: the grammar's prefix trees hold thousands of characters, built
# at every start (only these ASCII characters are escaped, no other).
_ESCAPED = {chr(code): re.escape(chr(code)) for code in range(128) if re.escape(chr(code)) != chr(code)}


def words_regex(words: Iterable[str]) -> str:
    """An alternation of `words` (as a prefix tree, longest first), ending at a word boundary."""
    return _words_regex(frozenset(words))


@lru_cache(maxsize=256)  # the grammar asks for some lists more than once; the tree ignores their order
def _words_regex(words: frozenset[str]) -> str:
    # built once per word list, not at every start: the text is kept beside the compiled patterns
    return kept_text("words", repr(sorted(words)), lambda: _prefix_tree(words))


def _prefix_tree(words: frozenset[str]) -> str:
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    escaped = _ESCAPED.get

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [escaped(char, char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(tree) + r")(?![a-z0-9])"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], Context], Spec | None]
    first: frozenset[str] | None  # characters a match can begin with (None: any)
    starts: frozenset[str] | None = None  # strings of up to three characters a match can begin with
    # words one of which every match holds, as the pattern writes them (empty: none told), so the finder
    # need not try the rule after the last of them in a text
    needs: tuple[str, ...] = ()
    # strings of up to eight characters a match can begin with (None: too many to keep, or any)
    long_starts: frozenset[str] | None = None


@dataclass
class Context:
    """What a handler may look at besides its match: the text around it."""

    text: str  # original
    low: str  # lower-cased, same offsets
    prev_end: int  # end of the previous accepted candidate (-1 if none)
    prev_rule: str  # the rule that found it
    day_first: bool
    prev_spec: Spec | None = None
    # whether the text itself writes dates day first ("2 July", "31/10/2006"), read once when needed
    writes_day_first: bool | None = None
    # where the text first writes a year with the era before Christ ("216 BC"), read once when needed
    first_era_bc: int | None = None
    # the year of the latest expression found that named one: a story in the first millennium ("in 745")
    # names its later months and years with three digits ("in June 747")
    last_year: int | None = None
    # whether a run of lines opening on clock readings is a recording's chapter list, by each line's start
    chapter_lines: dict[int, bool] = field(default_factory=dict)


# "the highest for that month", "the wettest on record for that week": a record held among the like
# units of every year (the word before "for" a superlative, not a noun in -est: "the interest for that month")
_SUPERLATIVE_FOR_BEFORE = compile_pattern(r"\bthe\s+(?P<sup>[a-z]+est)(?:\s+on\s+record)?\s+for\s+$")
# what may stand between a recurring time and the day its habit leaves out ("each morning except Saturday")
_SAME_CLAUSE_GAP = compile_pattern(r"[^.;:!?\n]{0,40}")
#: The rest of a clause after a word, up to its stop or to a second clause joined by "and", "but" or "then"
#: (at most 60 characters): "[, before dawn]", "[ sharp that morning]" (" and got home by midnight" is another's).
_CLAUSE_REST_AFTER = compile_pattern(r"(?:(?!\s(?:and|but|then)\s)[^.;:!?\n]){0,60}")
# "on Fridays and printed through Friday": "and" and a verb's few words between a weekly day and its weekday,
# the verb first (its subject the habit's)
_SAME_VERB_RUN_AFTER_AND = compile_pattern(r"[ \t]+and[ \t]+(?P<verb>[a-z]+)[ \t]+(?:[a-z]+[ \t]+){0,3}")
# the adjectives before a quarter or half ("the year-earlier quarter", "the most recent half"), in order
_QUARTER_ADJECTIVE = compile_pattern(
    r"year-earlier|year-ago|year\s+earlier|latest|current|same|previous|prior|recent|most\s+recent|comparable|last|final"
)
_OF_AFTER = compile_pattern(r"\s+of\s")  # "of" opening what follows
# "the average age of the fleet is now a record 12.1 years": the subject's age, told with its verb (read
# in the text as written, where a full stop before a lower-case word closes an abbreviation: "U.S. roads")
_AGE_IS_BEFORE = compile_pattern(
    r"\b[Aa]ge\b(?:[^.;!?\n\d]|\.(?=[A-Za-z]|\s[a-z])){0,60}?\b(?:is|was|are|were|rose to|fell to|climbed to|reached)\s+"
    r"(?:now\s+|still\s+)?(?:a\s+record\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
# "every minute of it": the units of a stretch just named, counted off
_OF_IT_OR_THEM = compile_pattern(r" of (?:it|them)(?![a-z])")
_BOUND_MODS = frozenset({"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"})
#: A past verb that can take a length of what it names as its object ("ignored", "endured"), not a
#: number ("hundred") or a short word ("led", "fed").
_PAST_VERB_BEFORE_OBJECT = compile_pattern(r"(?!hundred$)[a-z]{3,}ed")
#: A figure right before a word ("£9,700 more", "1.6 million fewer").
_FIGURE_BEFORE = compile_pattern(
    r"(?:[0-9%]|\b(?:hundred|thousand|million|billion|trillion|dozen|percent|cent))[ \t]+$"
)


class Grammar:
    """All rules of one language, indexed by the trigger category that makes them worth trying."""

    def __init__(self, lex: ModuleType) -> None:
        self.lex = lex
        # every named holiday, whichever calendar dates it: read by its rule, its triggers, its lead words
        self.holiday_names: tuple[str, ...] = (
            *lex.FIXED_HOLIDAYS,
            *lex.NTH_WEEKDAY_HOLIDAYS,
            *lex.EASTER_HOLIDAYS,
            *lex.HEBREW_CALENDAR_HOLIDAYS,
            *lex.LUNAR_NEW_YEAR_HOLIDAYS,
            *lex.ADVENT_SUNDAYS,
            *lex.TET_HOLIDAYS,
            *lex.ISLAMIC_CALENDAR_HOLIDAYS,
            *lex.HINDU_CALENDAR_HOLIDAYS,
        )
        self._eid_in_full: re.Pattern[str] | None = None
        self._build_fragments()
        self.rules_by_category: dict[str, list[Rule]] = {}
        self._game_report_memo: tuple[str | None, bool] = (None, False)
        self._dotted_meridiem_memo: tuple[str | None, bool] = (None, False)
        self._sport_word = compile_pattern(r"(?<![a-z0-9-])" + words_regex(lex.SPORT_CONTEXT_WORDS))
        # an email's header line up to its date ("Sent: ", "> Date: ", an invitation's "When: ")
        self.email_stamp_opening = compile_pattern(
            r"(?:>[ \t]*)*(?:"
            + "|".join(re.escape(field.lower()) for field in lex.EMAIL_STAMP_FIELDS)
            + r")[ \t]+"
        )
        month_word = words_regex(lex.MONTHS)
        # a day written before its month ("2 July", "11th of June", "31/10/2006") or after it ("July 2")
        self._day_then_month = compile_pattern(
            r"(?<![\w/.])(?:[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?[ \t]+(?:of[ \t]+)?"
            + month_word
            + r"|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d\d)"
        )
        self._month_then_day = compile_pattern(
            r"(?<![\w/.])(?:"
            + month_word
            + r"\.?[ \t]+[0-3]?\d(?![\d:])|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d\d)"
        )
        # "began, by custom, at the ": a custom told in the clause up to a feast's name; not across a
        # clause joined after it ("traditionally struggles in winter, and at Christmas the manager was sacked")
        self._custom_before = compile_pattern(
            r"(?<![a-z])"
            + phrases_regex(lex.HOLIDAY_CUSTOM_MARKERS)
            + r"(?![a-z])(?:(?!,\s*"
            + words_regex(lex.CLAUSE_COORDINATORS)
            + r"(?![a-z])|\s(?:but|yet|whereas|while)\s)[^.;:!?\n]){0,60}$"
        )
        self._reporting_word = compile_pattern(r"(?<![a-z0-9-])" + words_regex(lex.REPORTING_PERIOD_WORDS))
        # a ratio's cue opens a word ("outnumbered", "voted"), never ends one ("devoted", "pivoted")
        self._ratio_cue = compile_pattern(
            r"(?<![a-z])(?:" + "|".join(re.escape(stem) for stem in lex.RATIO_CUE_STEMS) + ")"
        )
        # "it was maybe five past six", "it must have been twenty-five to eleven": "it" and a form of "be"
        # tell the clock in speech as a preposition does ("the score was five to two" is no time)
        self._it_was_clock = compile_pattern(
            r"(?<![a-z])it(?:'s|\s+(?:was|is|(?:(?:must|would|might|could|will)\s+(?:have\s+)?|(?:has|had)\s+)been))"
            + r"\s+(?:"
            + words_regex(lex.SPOKEN_CLOCK_HEDGES)
            + r"\s+)?$"
        )
        # "in 1895 won it Taiwan", "in 1914 won a scholarship": a measure noun that is also a verb, read
        # as the verb before its object; "won a month" is money at a rate
        self._measure_verb_after = compile_pattern(
            r"\s+"
            + words_regex(lex.MEASURE_NOUNS_ALSO_VERBS)
            + r"\s+(?:"
            + words_regex(lex.OBJECT_OPENERS)
            + r"(?![a-z])|an?\s+(?!"
            + words_regex(lex.UNIT_FORMS)
            + r"(?![a-z])))"
        )
        # "a letter of 1850 thanks them": a word in -s before an object pronoun is a verb, not a plural
        # noun counted by the number ("1800 flats that the firm owns", "1500 workers his company hired"
        # are counts: a determiner or "that" may open a relative clause)
        # "a law of 2015 protects them", "a roll of 1391 lists 46 masons": a word in -s taking an object
        # pronoun or a counted object is a verb, not a plural the number counts ("In 2000 stores the
        # chain sells" leaves an article open to both)
        self._plural_verb_after = compile_pattern(r"\s+[a-z]+s\s+(?:(?:him|them|us|me)(?![a-z])|\d)")
        # "to-day", "to-morrow", "to-night": old spellings read as the words without their hyphen
        self._old_spelling = compile_pattern(
            r"(?<![a-z0-9-])(?:" + "|".join(map(re.escape, lex.HYPHENATED_OLD_SPELLINGS)) + r")(?![a-z0-9-])"
        )
        self._rules_cache: dict[tuple[tuple[str, ...], str], tuple[Rule, ...]] = {}
        # `rules_at` by what its answer depends on: the categories, the first three characters as written
        # and all eight as the long starts write them ("2019 was" and "2020 was" differ only in the first)
        self._rules_at_cache: dict[tuple[tuple[str, ...], str, str], tuple[Rule, ...]] = {}
        self._build_rules()
        # the clock-time rule, read again at a preposition before a length, a part of the day or a date
        self.clock_time_rules = [
            rule for rule in self.rules_by_category.get("pod", []) if rule.name == "clock_time"
        ]
        # the time told as now ("it's six o'clock", "it's half past ten"), read by either kind of clock rule
        self.told_time_rules = [*self.clock_time_rules, *self.rules_by_category.get("clockword", [])]
        self._build_triggers()

    def respell(self, text: str) -> tuple[str, list[int]] | None:
        """`text` with the hyphen of each old spelling ("to-day") and each count's restatement in brackets
        ("thirty (30) days") taken out, and for each of its offsets (and its end) the offset in `text`;
        None when there is none (the common case, found cheaply)."""
        dropped: set[int] = set()
        if "(" in text:
            dropped.update(self._restated_counts(text))
        if "o-" in text or "O-" in text:
            dropped.update(
                match.start() + match.group().index("-")
                for match in self._old_spelling.finditer(lower_same_length(text))
            )
        if not dropped:
            return None
        kept = [offset for offset in range(len(text) + 1) if offset not in dropped]
        return "".join(text[offset] for offset in kept[:-1]), kept

    def _restated_counts(self, text: str) -> Iterable[int]:
        """The offsets of each bracketed restatement of the count before it, as legal drafting writes a
        count in words and in figures ("within thirty (30) days", "14 (fourteen) days"): the blank and
        the brackets with what they hold, so that the count and its unit are read as one length."""
        for match in _BRACKETED_COUNT.finditer(text):
            before = _WORD_BEFORE_BRACKET.search(text, max(0, match.start() - 20), match.start())
            if before is None:
                continue
            first, second = before.group(1).lower(), match.group(1).lower()
            if first.isdigit() == second.isdigit():
                continue
            written, figured = self._count_value(first), self._count_value(second)
            if written is None or figured is None:
                continue
            # "thirty (31) days": a drafting slip; the words govern, as a court reads them (a figure of
            # four digits may be a year instead: "in year two (2021) the fund")
            if written == figured or max(written, figured) < 1000:
                yield from range(before.end(1), match.end())

    def _count_value(self, word: str) -> int | None:
        """A count in figures, or spelled in words the lexicon counts ("thirty", "twenty-one")."""
        if word.isdigit():
            return int(word)
        parts = word.split("-")
        if not all(part in self.lex.SPELLED_COUNTS for part in parts) or len(parts) > 2:
            return None
        values = [int(self.lex.NUMBER_WORDS[part]) for part in parts]
        if len(values) == 2 and not (values[0] in range(20, 100, 10) and 1 <= values[1] <= 9):
            return None
        return sum(values)

    # ------------------------------------------------------------------ fragments
    def _build_fragments(self) -> None:
        lex = self.lex
        full_months = [w for w, n in lex.MONTHS.items() if len(w) > 4 or w in ("may", "june", "july")]
        short_months = [w for w in lex.MONTHS if w not in full_months]
        self.short_months = frozenset(short_months)
        # "May, June and September are the best months": the full month names listed after a month
        listed = words_regex(full_months)
        self.month_list_after_rx = compile_pattern(
            r"(?:,[ \t]+" + listed + r")*,?[ \t]+(?:and|or)[ \t]+" + listed + r"(?![a-z])"
        )
        # "the wettest June and July": the word before the first of two months joined by "and" or "or"
        self.month_pair_lead_before_rx = compile_pattern(
            r"([a-z]+)[ \t]+" + listed + r"[ \t]+(?:and|or)[ \t]+$"
        )
        self.month_rx = r"(?P<month>" + listed + "|" + words_regex(short_months) + r"\.?)"
        # "Independence Day itself is celebrated every 20 July": a day of the year given to a feast's name
        # "held every year on the weekend nearest 24 January": a weekday or a weekend tied to a day (a digit or
        # a capitalised name) after "the", in a sentence telling a yearly habit
        self.day_tied_to_date_rx = compile_pattern(
            r"\s+" + words_regex(lex.DAY_TIED_TO_DATE_WORDS) + r"(?:\s+to)?\s+(?:the\s+)?(?=[0-9]|[A-Z])"
        )
        self.yearly_habit_rx = compile_pattern(
            r"(?<![a-z])" + phrases_regex(lex.YEARLY_HABIT_PHRASES) + r"(?![a-z])"
        )
        self.kept_every_date_rx = compile_pattern(
            r"[^.;:!?\n]{0,40}?(?<![a-z])every\s+(?:[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?\s+"
            + words_regex(full_months)
            + r"|"
            + words_regex(full_months)
            + r"\s+[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?)(?![0-9a-z])"
        )
        # "Henry VI", "Edward I": an English sovereign named as the text writes him (case kept)
        # ("King John", "Queen Anne": a name without a number only after the title)
        self.sovereign_rx = compile_pattern(
            r"(?<![A-Za-z])(?:(?:King|Queen)\s+(?="
            + "|".join(name.capitalize() for name in lex.ENGLISH_REGNAL_ACCESSIONS if " " not in name)
            + r"))?("
            + "|".join(
                re.escape(
                    " ".join(w.upper() if set(w) <= set("ivx") else w.capitalize() for w in name.split())
                )
                if " " in name
                else f"(?<=King )(?:{name.capitalize()})|(?<=Queen )(?:{name.capitalize()})"
                for name in sorted(lex.ENGLISH_REGNAL_ACCESSIONS, key=len, reverse=True)
            )
            + r")(?![A-Za-z'\u2019])"
        )
        # "the Sunday after Trinity" from its weekday: read as a day counted from the feast, or left
        self.feast_weekday_rx = compile_pattern(
            r"[a-z]+\s+(?:"
            + words_regex(sorted(lex.FEAST_WEEKDAY_DIRECTIONS, key=len, reverse=True))
            + r")\s+(?:the\s+feast\s+of\s+|st\.?\s+|saint\s+)?(?:"
            + words_regex(
                sorted(
                    {
                        *lex.FEASTS,
                        *lex.FIXED_HOLIDAYS,
                        *lex.FEASTS_COUNTED_FROM,
                        *lex.EASTER_HOLIDAYS,
                        *lex.FEAST_SAINTS,
                    },
                    key=len,
                    reverse=True,
                )
            )
            + r")(?![a-z'])"
        )
        # "in Easter and Trinity terms", "the Easter law term": a law term named with its fellows or "law"
        self.law_term_after_rx = compile_pattern(
            r"\s+(?:law\s+terms?|(?:(?:,|and|or|,\s*and)\s+"
            + words_regex(lex.LAW_TERM_NAMES)
            + r")+\s+(?:law\s+)?terms)(?![a-z])"
        )
        full_days = [w for w in lex.WEEKDAYS if w.endswith("day")]
        short_days = [w for w in lex.WEEKDAYS if not w.endswith("day")]
        self.weekday_rx = r"(?P<weekday>" + words_regex(full_days) + "|" + words_regex(short_days) + r"\.?)"
        # a weekday or a day word later in the sentence ("a four-day weekend of festivities on Saturday")
        # or earlier in it ("With Waitangi Day falling on Thursday, many will close for a four-day weekend")
        near_day = (
            r"(?<![a-z])(?:"
            + "|".join(sorted(full_days))
            + "|"
            + "|".join(lex.WEEKEND_NEAR_DAY_WORDS)
            + r")(?![a-z])"
        )
        self.near_day_after = compile_pattern(r"[^.;:!?\n]{0,60}?" + near_day)
        self.near_day_before = compile_pattern(near_day + r"[^.;:!?\n]*$")
        self.unit_rx = r"(?P<unit>" + words_regex(lex.UNIT_FORMS) + ")"
        # "at 0235 hours", "0610 hrs": the word a 24-hour clock reading may be followed by
        self.hour_plurals_rx = words_regex(
            w for w, unit in lex.UNIT_FORMS.items() if unit == "hour" and w.endswith("s")
        )
        self.clock_hours_after = compile_pattern(r"\s*" + self.hour_plurals_rx)
        # how a label ends right before its stamp's clock time ("updated 4:05", "posted: 10:42")
        self.entry_label_endings = frozenset(w[-1] + " " for w in lex.ENTRY_STAMP_LABELS) | {": "}
        # "weeks' gestation", "weeks pregnant": a pregnancy's age after its length
        self.gestation_after = compile_pattern(
            r"['\u2019]?[ \t]+(?:of[ \t]+)?" + words_regex(lex.GESTATION_AGE_WORDS) + r"(?![a-z])"
        )
        # "80 mg at ", "10 units at ": a counted dose before the part of the day it is taken at
        self.dose_at_before = compile_pattern(
            r"(?<![a-z0-9.])(?:(?:\d+(?:\.\d+)?|one|two|three|four)[ \t]*"
            + words_regex(lex.DOSE_UNITS - lex.DOSE_UNITS_IN_FIGURES)
            # "10 units at bedtime"; "moved one unit at night", "let two units at night": no dose
            + r"|\d+(?:\.\d+)?[ \t]*"
            + words_regex(lex.DOSE_UNITS_IN_FIGURES)
            + r")[ \t]+at[ \t]+$"
        )
        # "Time seen: ", "Addendum ": a note's time label alone before the clock that opens its line
        self.clock_line_label = compile_pattern(
            r"[ \t]*" + phrases_regex(lex.CLOCK_LINE_LABELS) + r"[ \t]*:?[ \t]*"
        )
        # a live page's entry stamp: a line opening with a clock time, after a label ("Updated") or none
        self.entry_stamp_line = compile_pattern(
            r"(?m)^[ \t]*(?:(?:"
            + words_regex(lex.ENTRY_STAMP_LABELS)
            + r")[ \t]*:?[ \t]*\(?)?(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)|\.(?P<dotminute>[0-5]\d)(?=[ \t]*[ap]\.?[ \t]?m))"
            + r"(?:[ \t]*(?P<ampm>[ap])\.?[ \t]?m(?![a-z])\.?)?(?:[ \t]+(?:"
            + words_regex(zone for zone in lex.TIME_ZONES if " " not in zone)
            # the entry's text may open on a count ("17:00 2,100 customers remain off") or follow a colon
            # ("Updated 14:20: the warning ...")
            + r"))?[ \t]*(?=\n|$|[^\s0-9:.]|(?<=[ \t])\d{1,3},\d{3}(?![0-9])|:[ \t])"
        )
        # a chat message's own time stamp, with its sender's name: "[18:42] Sam: ...", "19:41 - Amy (days):
        # ...", "Sophie [08:47]: ...", and a work chat's name line "Maya Patel  9:14 AM" above the message
        clock = r"(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?)"
        sender = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2}(?:[ \t]*\([^()\n]{1,20}\))?"
        self.chat_stamp_line = compile_pattern(
            r"[ \t]*(?:\[" + clock + r"\][ \t]*(?:[-\u2013][ \t]*)?" + sender + r"[ \t]*:"
            r"|" + clock.replace("clock>", "dashclock>") + r"[ \t]+(?:[-\u2013][ \t]+)?" + sender + r"[ \t]*:"
            r"|" + sender + r"[ \t]*\[" + clock.replace("clock>", "boxclock>") + r"\][ \t]*:"
            # the name line's clock is a device's twelve-hour one: "Doors 19:00" above "Support 19:45" is a
            # programme's line
            r"|" + sender + r"[ \t]+(?P<lineclock>(?:1[0-2]|0?[1-9])[:.][0-5]\d[ \t]*[AaPp]\.?[Mm]\.?)"
            r"[ \t]*\n\s*\S)"
        )
        number_words = [w for w in lex.NUMBER_WORDS if w not in ("a", "an")]
        tens = [w for w, v in lex.NUMBER_WORDS.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
        ones = [w for w, v in lex.NUMBER_WORDS.items() if 1 <= v <= 9 and w not in ("a", "an", "single")]
        compound = "(?:" + "|".join(tens) + r")[ -](?:" + "|".join(ones) + ")"
        vague = words_regex(sorted(lex.VAGUE_QUANTITIES, key=len, reverse=True))
        #: The digit word before a scale ("a hundred", "three thousand").
        self.scale_count_rx = r"(?:a|one|two|three|four|five|six|seven|eight|nine)"
        self.num_rx = (
            # "2,700 years": thousands grouped by commas
            r"(?P<num>\d{1,3}(?:,\d{3})+(?![0-9])|\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|"
            + compound
            # (a bare "hundred" after "the next", never after "a": "a hundred" is the number whole)
            + r"(?![a-z])|(?:"
            + self.scale_count_rx
            + r"\s+(?:hundred|thousand)|(?<!\ba )hundred)"
            # "a hundred and forty years", "the next hundred and forty years": the tens and ones after
            # "and" are the same number's, unless a scale follows them ("between a hundred and two
            # hundred years": two numbers)
            + r"(?:\s+and\s+(?:"
            + compound
            + r"|"
            + words_regex([w for w in number_words if 1 <= lex.NUMBER_WORDS[w] <= 99 and w != "single"])
            # ("a hundred and sixty-odd years", "a hundred and fifty-year lease": a hyphen after the
            # tens ends the number whole)
            + r")(?![a-z])(?!\s+(?:hundred|thousand)))?"
            r"(?![a-z])|"
            + words_regex(number_words)
            + r"|"
            # "the third rise in as many years": counted by the number named before it (`h_span`)
            + words_regex(lex.MATCHED_COUNT_WORDS)
            + r"|"
            + vague
            + r"|"
            # "half a century", "a half-hour"
            + words_regex(lex.FRACTION_WORDS)
            + r"(?:\s+an?(?![a-z]))?|an?(?![a-z]))"
            # "four and a half hours", "four and a quarter hours"
            r"(?P<half>[\s-]+and[\s-]+a[\s-]+(?:half|quarter))?"
        )
        self.ordinal_rx = (
            r"(?P<ord>" + words_regex(lex.ORDINALS) + r"|[1-4](?:st|nd|rd|th|(?<=[23])d)(?![a-z]))"
        )
        self.pmod_rx = (
            r"(?:(?P<pmod>"
            + words_regex(sorted(lex.PERIOD_MODIFIERS, key=len, reverse=True))
            + r")(?:\s+|-))"
        )
        self.amod_rx = (
            r"(?:(?P<amod>" + words_regex(sorted(lex.AMOUNT_MODIFIERS, key=len, reverse=True)) + r")\s+)"
        )
        # "the first half of the nineteenth century", "the second half of the 1990s": a century's or a
        # decade's period modifiers and its halves
        self.span_pmod_rx = (
            r"(?:(?P<pmod>"
            + words_regex(
                sorted(lex.PERIOD_MODIFIERS | set(lex.HALF_PERIOD_MODIFIERS), key=len, reverse=True)
            )
            + r")(?:\s+|-))"
        )
        self.year_rx = r"(?P<year>[12]\d{3}|'\d{2})(?![0-9]|,\d)"
        # "2 February 1719/20", "January 1720/21": a date of January to March written with both the
        # year that began at Lady Day and the one that began on 1 January (see `year_of`)
        self.date_year_rx = r"(?P<year>[12]\d{3}(?:/\d{1,2}(?![0-9/]))?|'\d{2})(?![0-9]|,\d)"
        self.day_rx = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?(?![0-9a-z]|:\d)"
        self.season_rx = r"(?P<season>" + words_regex(lex.SEASONS) + ")"
        # "[the spring] and summer of 1631": the year a season shares with the season joined after it
        self._joined_season_year = compile_pattern(
            r"\s+(?:and|or|to)\s+(?:the\s+)?(?:early\s+|late\s+)?(?P<jseason>"
            + words_regex(lex.SEASONS)
            + r")\s+(?:of\s+)?(?P<jyear>[12]\d{3})(?![0-9])"
        )
        # "between autumn and spring", "from winter to summer": the link and the bare season that close a
        # span (the link one of RANGE_SECOND_LINKS for the span's lead)
        self._bare_season_span_close = compile_pattern(
            r"\s+(?P<link>[a-z]+)\s+" + words_regex(lex.SEASONS) + r"(?![a-z])"
        )
        self.pod_rx = r"(?P<pod>" + words_regex(lex.PARTS_OF_DAY) + ")"
        self.era_rx = (
            r"(?P<era>"
            + "|".join(re.escape(e) for e in sorted(lex.ERAS, key=len, reverse=True))
            + r")(?![a-z])"
        )
        # "from about 1950 to 1835 BC", "between 1974 and 1950 BC": the era closing a range is the first
        # year's too, however plausible that year is after Christ
        self.range_closing_era = compile_pattern(
            r"(?:\s*-\s*|\s+(?:and|to|or|until)\s+)(?P<jyear>[1-9]\d{0,3})\s*" + self.era_rx
        )
        # "between about 7500 BC and about 2000 BC": a hedged year opening a pair lets "and about" hedge the second
        self.hedged_pair_opening = compile_pattern(
            r"(?<![a-z])(?:"
            + words_regex(self.lex.APPROXIMATED_PAIR_OPENERS)
            + r")\s+(?:"
            + words_regex(self.lex.YEAR_APPROXIMATORS_AFTER_PREPOSITION)
            + r")\s+[1-9][0-9,]{0,5}(?:\s*"
            + self.era_rx
            + r")?\s+and\s+$"
        )
        self.clock_rx = (
            r"(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am(?![a-z])|pm(?![a-z])"
            r"|o'clock)|(?P<hour24>[012]?\d):(?P<minute24>[0-5]\d)(?::(?P<second24>[0-5]\d))?(?![0-9])"
            # "at 14h30", "from 16h": the French and Latin American 24-hour clock (h_clock wants a preposition)
            r"|(?P<hourh>[01]?\d|2[0-3])h(?P<minuteh>[0-5]\d)?(?![a-z0-9])"
            r"|(?P<hourx>[01]?\d)(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))"
            # "at 11.55 in the morning": a dotted time made a clock reading by the part of the day after it
            # "by 3.45 the next morning", "at 6.30 that evening": so does a day the story has told
            r"|(?P<hourd>[01]?\d|2[0-3])\.(?P<minuted>[0-5]\d)(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
            r"|that\s+(?:morning|afternoon|evening|night)|the\s+(?:next|following)\s+(?:morning|afternoon|evening)"
            # "at 3.40 this afternoon", "by 6.15 tomorrow morning", "at 10.30 tonight": a day said from now
            r"|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
            r"|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night))(?![a-z])"
            # "At 6.11 the cruiser opened fire", "by 7.30 she was burning": a dotted time before the subject
            # of a clause, in a story told by the clock ("the index at 1.18 the previous day" is an amount)
            r"|,?\s+(?:she|he|it|they|we|the\s+(?!(?:day|previous|next|following|last|same|week|month|year|close|end|high|low)\b)[a-z])"
            # "from 2.30 to 4.30pm", "between 8.30 and 9.15am": a dotted time opening a range of clock times
            + r"|"
            + _CLOCK_RANGE_CLOSE_PLAIN_RX
            # "breakfast at 7.30, and", "leaves Oban at 7.15 and takes": a dotted time of a one-digit hour
            # closing its clause (h_clock wants "at" after a verb of a timetable or a thing held at an hour),
            # or followed by the days it is kept on ("Food is served until 8.30 on Sundays")
            + r"|(?<![0-9]{2}\.[0-5][0-9])(?P<dend>"
            + _DOTTED_CLAUSE_CLOSE_RX
            + r"|"
            + _DOTTED_CLOCK_DAY_AFTER_RX
            + r")"
            + r")"
            # "from 09.00 to 18.00", "at 11.30 on Sunday": a dotted 24-hour clock (h_clock checks its company)
            # (not before a zone: "18.00 CET" is read with its zone below)
            + r"|(?P<hourk>[01]\d|2[0-3])\.(?P<minutek>[0-5]\d)(?![0-9]|\.[0-9]|\s*\(?(?:"
            + words_regex(lex.TIME_ZONES)
            + r"))"
            # "six o'clock", "four thirty": an hour spelled as a word
            + r"|(?P<hourw>"
            + words_regex(lex.CLOCK_HOUR_WORDS)
            + r")(?:\s+o'clock(?![a-z])|[\s-]+(?P<minw>"
            + words_regex(lex.CLOCK_MINUTE_WORDS)
            + r")(?!-)"  # not "about three thirty-year-olds"
            # "at seven thirty p.m.", "closed at eight fifty-two p.m.": any spoken minutes, with the half of
            # the day written after them
            + r"(?:\s+(?P<minampm>[ap]\.\s?m\.))?|[\s-]+(?P<minx>"
            + words_regex(lex.CLOCK_SPOKEN_MINUTES)
            + r")\s+(?P<minxampm>[ap]\.\s?m\.)"
            # "at eleven p.m.": a spoken hour written down with its half of the day
            + r"|\s+(?P<wampm>[ap]\.\s?m\.)"
            # "at nine tonight", "at eleven at night": the part of the day makes the bare hour a time
            + r"|(?=\s+(?:tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)"
            + r"|at\s+night|last\s+night|that\s+(?:morning|afternoon|evening|night)"
            # "until six tomorrow morning", "at five yesterday afternoon": a day said from now, then its part
            + r"|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)"
            # "at nine the next morning", "at seven that evening": the hour of a day the story has told
            + r"|the\s+(?:next|following)\s+(?:morning|afternoon|evening|night|day))(?![a-z])))"
        )
        self.reldet_rx = r"(?P<det>" + words_regex(lex.RELATIVE_DETERMINERS) + ")"
        # "5,000 ships a year", "two meals a day": a count of things, then the period it recurs in
        # ("several hundred thousand people a year", "a few kilometres a day": vague counts and irregular plurals)
        counts = [w for w, v in lex.NUMBER_WORDS.items() if v >= 2]
        counts += [w for w in lex.VAGUE_QUANTITIES if " " not in w]
        counts += sorted(lex.NUMBER_SCALE_WORDS)  # "four and a half million visitors a year"
        counts += sorted(lex.PLURAL_SCALE_WORDS)  # "thousands of men a year"
        # "four hours of electricity a day", "a few hours of mains power a day": a length of some activity
        # or supply, then the period it recurs in ("three years of war, a day of peace" stays a length)
        self.length_of_stuff_rx = compile_pattern(
            r"(?:\d|(?<![a-z])"
            + words_regex(counts)
            + r")\s+(?:minutes|hours|days|weeks)\s+of\s+(?:[a-z-]+\s+){1,2}$"
        )
        self.count_of_things_rx = compile_pattern(
            r"(?:\d|(?<![a-z])"
            + words_regex(counts)
            # "marks every 2 April as a day of ...": a word in -s that is no plural ends no count
            # "12 million acre-feet a year", "40 kilowatt-hours a day": a compound unit's plural after a hyphen
            + r")(?:\s+[a-z-]+){0,2}(?:\s+|(?<=[a-z])-)(?:(?!"
            + words_regex(lex.LAST_NOT_AFTER_S)
            + r")[a-z]+s|"
            + words_regex(lex.IRREGULAR_PLURALS)
            # "109 litres of water a day", "two cups of coffee a day": a measure of some stuff (a length
            # of time stays one: "after three years of war a day of peace")
            + r")(?:(?<!minutes)(?<!hours)(?<!days)(?<!weeks)(?<!months)(?<!years)(?<!decades)\s+of\s+(?:the\s+)?[a-z]+)?"
            # "350 million hard drives are made a year": the things counted, then a passive verb
            + r"(?:\s+(?:are|were|is|was)\s+[a-z]+)?\s+$"
        )
        # "20,000 vehicles crossed a day", "38,000 vehicles cross it a day": things counted, then a verb of
        # their passing, then the period each count recurs in
        self.count_then_traffic_verb_rx = compile_pattern(
            r"\d(?:\s+[a-z-]+){0,2}\s+[a-z]+s\s+"
            + words_regex(lex.TRAFFIC_VERBS)
            + r"(?:\s+(?:it|them|there|here))?\s+$"
        )
        # "an ounce of gold a day", "about a foot a day": one unit of an amount, then the period it recurs in
        self.single_measure_before_rx = compile_pattern(
            r"(?<![a-z])(?:an?|one)[ \t]+"
            + words_regex(lex.SINGLE_MEASURE_UNITS)
            + r"(?:[ \t]+of[ \t]+[a-z]+)?[ \t]+$"
        )
        # "an inch an hour", "30mm a day": an amount of rain or snow, then the period it falls in
        self.accumulation_before_rx = compile_pattern(
            r"(?<![a-z])(?:an?|one|\d+(?:[.,]\d+)?)[ \t]*" + words_regex(lex.ACCUMULATION_UNITS) + r"[ \t]+$"
        )
        months = words_regex(lex.MONTHS)
        self.month_dash_month_rx = compile_pattern(r"[ \t]*-(?:to-)?[ \t]*" + months)  # "March-to-May" too
        self.month_then_dash_rx = compile_pattern(r"(?<![a-z])" + months + r"\.?[ \t]*-(?:to-)?[ \t]*$")
        # "March to June", "May and June" alone on a line: a section of a year's review headed by its months
        self.month_pair_heading_rx = compile_pattern(
            r"[ \t]+(?:and|to|through|until|[-\u2013\u2014])[ \t]+" + months + r"[ \t]*(?:\n|$)"
        )
        # another line of a review labelled by a month ("April: ..."), which makes a "May:" one a month too
        # or a month alone on its line heading a section of a calendar ("April / Holy Week processions ...")
        self.month_label_line_rx = compile_pattern(
            r"\n[ \t]*(?:[-*\u2022][ \t]+)?" + months + r"\.?(?:[ \t]*[-\u2013\u2014:][ \t]|[ \t]*\n)"
        )
        # "the quarter ended Sept. 30": the day a reporting period ends, read after "ended"
        self.period_end_day_rx = compile_pattern(
            r"\s+(?:ended|ending|that\s+ended)\s+(?:on\s+)?"
            + self.month_rx
            + r"\s*"
            + self.day_rx
            + r"(?:,?\s*"
            + self.year_rx
            + ")?"
        )

    # ------------------------------------------------------------------ rules
    def _add(
        self,
        name: str,
        categories: str,
        pattern: str,
        handler: Callable[[re.Match[str], Context], Spec | None],
        needs: tuple[str, ...] = (),
    ) -> None:
        compiled, first, starts, long_starts = compile_with_starts(pattern)
        rule = Rule(name, compiled, handler, first, starts, needs, long_starts)
        for category in categories.split():
            self.rules_by_category.setdefault(category, []).append(rule)

    def _build_rules(self) -> None:
        f = self
        # "the twenty third of May", "the thirty first century": a compound ordinal is written with a space
        # as well as a hyphen (read back by `spelled_ordinal`)
        open_ordinals = words_regex(self.lex.ORDINALS).replace(re.escape("-"), r"[\s-]")
        # the same for the ordinals a century is numbered by, on to the ninety-ninth
        open_century_ordinals = words_regex(self.lex.CENTURY_ORDINALS).replace(re.escape("-"), r"[\s-]")
        # "Monday to Friday" after its first day: what runs a weekday on to another
        weekday_run_after = r"\s*(?:to|through|thru|-|\u2013)\s*" + f.weekday_rx.replace("?P<weekday>", "?:")
        # "Fri and Sat 9am-5pm", "Sat & Sun 10-4": two weekdays that share the hours after them
        weekday_pair_then_hours = (
            r"\s*(?:and|&)\s*" + f.weekday_rx.replace("?P<weekday>", "?:") + _SCHEDULE_HOURS
        )
        # a closing parenthesis belongs to the zone only when it opened before it ("3 p.m. (EDT)")
        zone = words_regex(self.lex.TIME_ZONES)
        # "9 p.m. ET/PT": one hour named in two zones, as a broadcast across the country is
        tz = r"(?:\s*(?P<tzp>\()?(?P<tz>" + zone + r"(?:/" + zone + r")?)(?(tzp)\)))?"
        day_tail = (
            # not across a blank line: "kick-off 2.30pm" ends a line of a list, the next line's day is its own
            # "at 9:35 in the morning of Sunday, July 3": a date after "of" is an expression of its own, as
            # "the morning of 8 November" is
            r"(?:(?![,]?[ \t]*\n[ \t]*\n)(?:,\s*|\s+)(?!of\s)(?:(?P<tday>today|tonight|yesterday|tomorrow)|"
            # "until noon next Monday", "at 5pm last Friday": the weekday counted from now, as "noon tomorrow"
            + r"(?:(?P<tdet>next|last|this|coming)\s+)?"
            + f.weekday_rx.replace("?P<weekday>", "?P<tweekday>")
            # "from 9am to 5pm Monday to Friday": a weekday opening a run of weekdays is the schedule's,
            # not the day of the clock time before it
            + f"(?!{weekday_run_after})(?!{weekday_pair_then_hours})"
            # "Thu-Sat 7.30pm, Sun 3pm": a weekday given its own hours opens the next entry of a schedule
            + r"(?![ \t]+"
            + _OPENING_HOUR
            + ")"
            # "at about 7.30 in the morning of Wednesday, 1 July": a weekday before a day-first date
            # belongs to that date, which is an expression of its own
            + r"(?!,?\s+[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?\s+"
            + f.month_rx.replace("?P<month>", "?:")
            + r")(?:,?\s+"
            + f.month_rx.replace("?P<month>", "?P<tmonth>")
            + r"\s+(?P<tdaynum>[0-3]?\d)(?![0-9])(?:,\s*(?P<tyear3>[12]\d{3})(?![0-9]))?)?|"
            + f.month_rx.replace("?P<month>", "?P<tmonth2>")
            + r"\s+(?P<tdaynum2>[0-3]?\d)(?![0-9])(?:,\s*(?P<tyear>[12]\d{3}))?))?"
        )
        self._add(
            "iso_date",
            "digit",
            r"(?P<y>[12]\d{3})(?P<isep>[-/.])(?P<m>[01]?\d)(?P=isep)(?P<d>[0-3]?\d)(?:t(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?![0-9])",
            self.h_iso,
        )
        self._add(
            "event_slash_date",
            "digit",
            r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?![0-9/])(?=[ \t]+"
            + words_regex(self.lex.UNSCHEDULED_EVENT_NOUNS)
            + ")",
            self.h_event_slash_date,
        )
        self._add(
            "slash_month_day",
            "digit",
            # "placed on 1/8 and shipped 1/10": a month/day without a year, as informal writing dates
            r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![0-9/]|[.,]\d|[ \t]*(?:%|of(?![a-z])))",
            self.h_slash_month_day,
        )
        self._add(
            "dotted_day_month",
            "digit",
            # "from 28.02. to 02.03.": a day and a month each closed by a dot, as German-style copy writes them
            r"(?P<a>[0-3]\d)\.(?P<b>[01]\d)\.(?![0-9])",
            self.h_dotted_day_month,
        )
        # a line opened by a number and a Roman numeral, a diary's date or an outline's part (`_numbered_subsection`)
        self._roman_line_opening = compile_pattern(
            r"(?m)^[ \t]*(?P<a>\d{1,2})\.(?P<rm>" + words_regex(self.lex.ROMAN_MONTHS) + r")\."
        )
        self._add(
            "roman_day_month",
            "digit",
            # "14.iv.", "3.iii.1953": a day and its month in Roman numerals, each closed by a dot
            r"(?<![0-9.])(?P<a>[0-3]?\d)\.(?P<rm>"
            + words_regex(self.lex.ROMAN_MONTHS)
            + r")\.(?P<ry>(?:1[5-9]|20)\d\d(?![0-9]))?(?![a-z0-9])",
            self.h_roman_day_month,
        )
        self._add(
            "month_slash_year",
            "digit",
            # "03/2011 – 12/2015": a CV's or a form's month and year (not "1/2000" of a second, a share)
            r"(?<![0-9/.])(?P<m>0[1-9]|1[0-2]|[1-9])/(?P<y>(?:19|20)\d{2})(?![0-9/]|[.,]\d)",
            self.h_month_slash_year,
        )
        self._add(
            "numeric_date",
            "digit weekday",
            # "on Monday, 14/08/2023": a weekday before a numeric date names the same day, one expression
            # as "Monday, August 14, 2023" is
            r"(?:"
            + f.weekday_rx.replace("?P<weekday>", "?P<nweekday>").replace(r"\.?)", ")")
            + r",?[ \t]+(?=[0-3]?\d[/.][0-3]?\d[/.]\d))?(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![0-9/.]\d)",
            self.h_numeric,
        )
        self._add(
            "month_day_year",
            "month weekday",
            r"(?:"
            + f.pmod_rx
            + r")?(?:"
            + f.weekday_rx
            + r",?(?:[ \t]+|[ \t]*\n[ \t]*))?"  # a blank line ends the weekday's paragraph
            + f.month_rx
            # "October / (blank line) / 12 October is ...": a month heading a section is no day's month
            + r"(?![ \t]*\n[ \t]*\n)\s*"
            + f.day_rx
            # "ON THIS DAY: November 22 / (blank line) / 1963: ...": a year after a blank line opens
            # the next paragraph, as a weekday before one closes its own
            + r"(?:,?(?![ \t]*\n[ \t]*\n)\s*"
            + f.date_year_rx
            + r")?(?:\s+"
            + f.era_rx
            + ")?",
            self.h_date,
        )
        self._add(
            "day_month_year",
            "month digit weekday",
            r"(?:"
            + f.weekday_rx
            # "Dated this 12th day of January 2026": the formal date of deeds and notices
            + r",?(?:[ \t]+|[ \t]*\n[ \t]*))?(?:the\s+|this\s+(?=[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?\s+day\s+of\s))?(?P<dmbody>(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?"
            + r"\s+(?:day\s+of\s+|of\s+)?"
            + f.month_rx
            + r"(?:,?(?![ \t]*\n[ \t]*\n)\s*"  # not across a blank line, as in month_day_year
            # "this 10th day of May, Anno Domini 1692": a deed's year after its era
            + r"(?:"
            + phrases_regex(self.lex.DATE_YEAR_ERA_LEADS)
            + r"\s+)?"
            + f.date_year_rx
            # "from 22 July next year": a day of a year counted from now, as "July next year" is
            + r"|\s+(?P<dyrel>this|last|next)\s+year(?![a-z'])"
            + r")?)",
            self.h_date,
        )
        self._add(
            "ordinal_of_month",
            "month weekday",
            # "Monday the fourteenth of December": the weekday said before the day belongs to it
            r"(?P<odate>(?:"
            + f.weekday_rx
            + r",?\s+(?=the\s))?(?:the\s+)?(?P<oday>"
            + open_ordinals
            + r")\s+of\s+"
            + f.month_rx
            + r"(?:,?\s*"
            + f.year_rx
            # "the third of May, two thousand and eight": the year said in words, as the day is
            + r")?)(?:,?\s+(?P<spyear>(?:nineteen|eighteen|twenty)\s+[a-z]+(?:-[a-z]+)?|two\s+thousand(?:\s+and\s+[a-z]+)?)"
            + r"(?![a-z-]))?",
            self.h_date,
        )
        # "the last day of the month", "the first day of that year", "the last day of June 1944": the
        # first or last day of a month or a year
        self._add(
            "edge_day_of_period",
            "unit",
            r"(?:the\s+)?(?P<edge>first|last)\s+day\s+of\s+(?:(?P<edet>the|that)\s+(?P<eunit>month|year)(?![a-z'-])|"
            + f.month_rx
            + r"(?:,?\s*"
            + f.year_rx
            + r")?(?![a-z-]))",
            self.h_edge_day_of_period,
        )
        # "the first Saturday in May", "the last weekend of September": a day or weekend counted in a month
        self._add(
            "nth_weekday_of_month",
            "weekday unit",
            r"(?:(?P<nthevery>every|each)\s+|the\s+)?(?P<nth>first|second|third|fourth|last)\s+(?:(?P<nthweekend>weekend)|(?P<nthweek>week)|"
            + f.weekday_rx.replace("?P<weekday>", "?P<nthday>")
            + r")\s+(?:in|of)\s+(?:"
            # "the first Sunday of each month", "every second Tuesday of the month": that weekday in every month
            + r"(?P<nthmonthly>(?:each|every|the)\s+month)(?![a-z'-])|"
            # "the first Monday of next month": that weekday in the month named from now
            + r"(?P<nthrel>this|next|last|that)\s+month(?![a-z'-])|"
            + f.month_rx
            + r"(?:,?\s*"
            + f.year_rx
            # "the first Sunday of the year": the first of January's, the last of December's
            + r")?|(?P<nthofyear>the\s+(?:new\s+)?year)(?![a-z'])(?:\s+(?P<nthyear>[12]\d{3})(?![0-9]))?)",
            self.h_nth_weekday_of_month,
        )
        self._add(
            "month_year",
            "month",
            r"(?:"
            + f.span_pmod_rx
            + r")?"
            + f.month_rx
            + r",?\s+(?:of\s+)?"
            + f.date_year_rx
            + r"(?:\s+"
            + f.era_rx
            + ")?",
            self.h_date,
        )
        self._add(
            "month_span_period",
            "month",
            r"(?:the\s+)?"
            + f.month_rx
            + r"(?:\s*-\s*"
            + f.month_rx.replace("?P<month>", "?P<month2>")
            + r")?(?:\s+(?P<msyear>[12]\d{3}))?\s+(?P<msnoun>quarter|period|half)(?![a-z])"
            # "the June quarter of 1851": the year given after the quarter, as "the first quarter of 1851"
            + r"(?:\s+of\s+(?P<msofyear>[12]\d{3})(?![0-9]|,\d))?",
            self.h_month_span_period,
        )
        self._add(
            "month_relative_year",
            "month",
            r"(?:"
            + f.span_pmod_rx
            + r")?"
            + f.month_rx
            + r"(?:\s+"
            + f.day_rx
            # "September of last year": spoken and formal
            + r")?,?\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year(?![a-z'])",
            self.h_month_relative_year,
        )
        self._add(
            "relative_month",
            "month",
            r"(?:"
            # "the first half of January": a month's halves are its start and end, as a century's are
            + f.span_pmod_rx
            + r")?(?:(?:the\s+)?"
            + f.reldet_rx
            + r"\s+)?"
            + f.month_rx
            # "since July last", "in June next": the older order of "last July", as "on Tuesday last" is
            + r"(?:[ \t]+(?P<mpost>last|next)(?![a-z'-])"
            + _POSTPOSED_RELATIVE_BLOCK
            + r")?",
            self.h_month,
        )
        self._add(
            "race_time",
            "digit",
            # "won in 2:11:04"; "bronze in 3:54.70", "a lap of 1:33.840": minutes and seconds to a
            # fraction are a time kept by a watch, never a clock's; so are minutes no clock reaches ("a
            # tempo 10k in 46:12")
            r"(?:(?P<rh>\d):(?P<rm>[0-5]\d):(?P<rs>[0-5]\d)|(?P<rm2>[0-5]?\d):(?P<rs2>[0-5]\d)(?=\.\d)"
            r"|(?P<rm3>2[4-9]|[3-5]\d):(?P<rs3>[0-5]\d))"
            r"(?P<rf>\.\d{1,3})?(?![0-9:])",
            self.h_race_time,
        )
        self._add(
            "listed_clock",
            "digit",
            # "9.25 a.m., Weather Forecast. 10.30, Time Signal. ... 3.0, Symphony Concert. 9.5, News.": a
            # programme listing's entries open with the hour and the minutes ("3.0" is three o'clock,
            # "9.5" five past nine) and a comma, the half of the day told once for the run
            # (not after a number's hyphen: "a rate of 5.25-5.50, Reuters said" is a range of figures)
            r"(?:(?<=\. )|(?<=\.[\"'] )|(?<=\n)|(?<=-)(?<![0-9]-))(?P<lhour>1[0-2]|[1-9])\.(?P<lminute>[0-5]\d|\d)(?=,[ \t])",
            self.h_listed_clock,
        )
        # "in the year of our Lord 1349": a year of the Christian era named in full, one expression
        self._add(
            "year_of_grace",
            "digit",
            r"(?:" + phrases_regex(self.lex.YEAR_OF_GRACE_PHRASES) + r")\s+(?P<gyear>[1-9]\d{2,3})(?![0-9])",
            self.h_year_of_grace,
        )
        self._add(
            "year",
            "digit",
            r"(?:"
            + f.pmod_rx
            + r"|(?P<prepost>post|pre)-|(?P<approx>"
            + phrases_regex(
                self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS | self.lex.YEAR_APPROXIMATORS_AFTER_PREPOSITION
            )
            + r")\s*)?(?:the\s+year\s+)?"
            + f.year_rx
            + r"(?:\s*"
            + f.era_rx
            + r")?",
            self.h_year,
        )
        self._add(
            "year_era",
            "digit",
            r"(?:"
            + f.pmod_rx
            # "c. 733 BC", "in about 270 BC", as "c. 1412" and "in about 1412" are
            + r"|(?P<approx>"
            + phrases_regex(
                self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS | self.lex.YEAR_APPROXIMATORS_AFTER_PREPOSITION
            )
            + r")\s*)?(?P<year>\d{1,4})\s*"
            + f.era_rx,
            self.h_year,
        )
        # "(r. 478-467 BC)", "between 402 and 397 BC": the era closing a range of years is the first's too
        self._add(
            "year_before_era",
            "digit",
            # "(c. 500-100 BC)": the approximator of the first year is in its extent, as in "c. 733 BC"
            r"(?:(?P<approx>"
            + phrases_regex(self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS)
            + r")\s*)?(?P<year>[1-9]\d{0,3})(?=(?:\s*-\s*|\s+(?:and|to|or|until)\s+)(?P<jyear>[1-9]\d{0,3})\s*"
            + f.era_rx
            + ")",
            self.h_year_before_era,
        )
        self._add(
            "era_year",
            "digit",
            # "from about AD 200", "c. AD 600": approximated as a year after its era is
            r"(?:(?P<approx>"
            + phrases_regex(
                self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS | self.lex.YEAR_APPROXIMATORS_AFTER_PREPOSITION
            )
            + r")\s*)?"
            + f.era_rx.replace("(?![a-z])", "")
            + r"\s*(?P<year>\d{1,4})(?![0-9])",
            self.h_year,
        )
        self._add(
            "fiscal_year",
            "quarter digit",
            # "calendar 2025" is the year itself, named so beside a company's fiscal years; "by the end of
            # fiscal 2027" closes a year of account as "the end of 2027" closes a calendar one
            r"(?:"
            + f.pmod_rx
            + r")?(?P<fybody>(?:(?P<fyhead>(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|(?:financial|tax|academic|school)\s+year\s+)'?|fy\s*'?)(?P<fy>[12]\d{3}|\d{2}))"
            r"|calendar\s+(?:year\s+)?(?P<cy>[12]\d{3})"
            # "for the 1955 model year": a maker's year of models, named by its number as a fiscal year is
            r"|(?:the\s+)?(?P<fy_model>[12]\d{3})(?=\s+model\s+year(?![a-z]))(?:\s+model\s+year)"
            # "2022/23", "the financial year 2024/25": a slash joins two years into one year of account,
            # and so does a dash before an account's noun ("the 2026-27 budget", "2024-25 financial year")
            # or a university's year ("the 2019-20 session")
            + r"|(?P<fy_first>[12]\d{3})(?=/|[-–]\d{2}(?:\d{2})?\s+"
            + words_regex(self.lex.DOUBLE_YEAR_ACCOUNT_WORDS)
            + ")"
            # "income of £96 million in 2017-18": a sum counted over two years' parts is one year of account
            r"|(?P<fy_sum>[12]\d{3})(?=[-–]\d{2}(?![0-9])))"
            # after "fiscal", "financial year" or "FY" a dash joins them too: "the financial year 2024-25"
            r"(?:[/\-–](?P<fy_end>\d{2}|[12]\d{3}))?(?![0-9/]))"
            # "the 2023/24 winter", "the 2019-20 summer": a season across two years, named by its first
             + r"(?:[ \t]+(?P<fyseason>" + words_regex(self.lex.SEASONS) + r")(?![a-z]))?",
            self.h_fiscal,
        )
        self._add(
            "decade",
            "digit decade",
            # "the end of the 1990s": a period modifier ending in "of" takes the decade's own article
            r"(?P<decnoera>(?:the\s+)?(?:"
            + f.span_pmod_rx
            # "late in the 1840s": the period modifier "late in" takes the article as "the end of" does
            + r"(?:(?<=of\s|in\s)the\s+)?)?(?:(?P<decade_core>(?P<dec>[12]\d{2}0|[1-9]\d0|'\d0|\d0)'?s)(?![a-z])"
            + r"|(?P<decword>"
            + words_regex(self.lex.DECADE_WORDS)
            + r")))"
            # "the 430s BC", "by the 170s", "the 60s AD", "the 20s BC": a decade of the first millennium
            # on either side of the era (not after four digits)
            + r"(?:(?<=\d0s)(?<![0-9]\d\d0s)\s+(?P<decbc>bce|bc|b\.c\.|ad|a\.d\.)(?![a-z]))?",
            self.h_decade,
        )
        self._add(
            "century",
            "unit",
            r"(?:the\s+)?(?:"
            # "the first decade of the twentieth century", "the last decade of the 19th century"
            + r"(?P<cdec>"
            + words_regex(self.lex.DECADE_OF_CENTURY_ORDINALS)
            + r")\s+decade\s+of\s+the\s+|"
            + f.span_pmod_rx
            + r"(?:(?<=of\s|in\s)the\s+)?)?(?:(?P<cnum>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)|(?P<cord>"
            # "the twenty third century": a compound ordinal is written with a space as well as a hyphen
            + open_century_ordinals
            + r"))[\s-]+(?P<cunit>century|centuries|millennium)(?:\s+"
            + f.era_rx
            + ")?",
            self.h_century,
        )
        # "the 3rd and 4th centuries", "the late 19th and early 20th centuries": an ordinal whose century
        # is named by the plural closing the coordination (that last conjunct is the rule above)
        plain_ordinal = r"(?:\d{1,2}(?:st|nd|rd|th|(?<=[23])d)|" + open_century_ordinals + ")"
        period_words = words_regex(sorted(self.lex.PERIOD_MODIFIERS, key=len, reverse=True))
        self.century_conjunct_rx = compile_pattern(
            plain_ordinal + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)(?:the\s+)?$"
        )
        self._add(
            "century_conjunct",
            "digit ordinal",
            # "the nineteenth and twentieth centuries": the first ordinal in words as well as in figures
            r"(?:the\s+)?(?:"
            + f.pmod_rx
            + r")?(?:(?P<cnum>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)|(?P<cord>"
            + open_century_ordinals
            + r"))(?=(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)(?:the\s+)?(?:"
            + period_words
            + r"(?:\s+|-))?"
            + plain_ordinal
            + r")+[\s-]+centuries(?:\s+"
            + f.era_rx
            + "(?![a-z]))?)",
            self.h_century,
        )
        # "in the 19th century and the early 20th", "between the late 11th century and the end of the 14th":
        # an ordinal after a century named just before, its noun left out (h_elided_century decides)
        self._add(
            "elided_century",
            "digit",
            r"(?:the\s+)?(?:"
            + f.span_pmod_rx
            + r"(?:(?<=of\s)the\s+)?)?(?P<cnum>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)(?![a-z0-9-])(?!\s+(?:and|or|to)\s)",
            self.h_elided_century,
        )
        self._add(
            "quarter",
            "quarter unit",
            # "the end of the second quarter", "late in the first half": a part of a counted period
            r"(?:(?P<qpmod>the\s+(?:beginning|start|end|middle|close)\s+of|(?:early|late|earlier|later)\s+in)\s+(?=the\s))?"
            r"(?:(?P<qdet>the|this|last|next|that|its|a|their|his|her)\s+|(?P<qyrel>this|last|next)\s+year's\s+|(?P<qposyear>[12]\d{3})'s\s+)?(?:(?P<qadj>year-earlier|year-ago|year\s+earlier|latest|current|same|"
            r"previous|prior|recent|most\s+recent|comparable|fiscal|calendar|last|final)\s+)*(?P<qcore>(?:"
            + r"(?:(?P<qyear>[12]\d{3})\s+)?"
            + r"(?:"
            + f.ordinal_rx
            + r"|(?P<hside>front|back|latter))(?P<qsep>[\s-]+)|(?P<pyear>[12]\d{3})\s+)?(?:(?:fiscal|calendar)\s+)?(?P<qh>quarter|half|period)(?![a-z]|-[a-z])"
            r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:"
            + f.year_rx
            + r"|(?P<qrel>this|last|next|the)\s+(?:fiscal\s+)?year))?)",
            self.h_quarter_part,
            needs=("quarter", "half", "period"),  # the "qh" group every match holds
        )
        self._add(
            "regnal_year",
            "unit",
            # "in the third year of his reign, 1466": an ordinal year of a reign, tagged as the calendar
            # year the text gives it beside the phrase
            r"(?P<regnal>the\s+(?P<ord>"
            + words_regex(self.lex.ORDINALS)
            + r"|[1-9]\d?(?:st|nd|rd|th|(?<=[23])d)(?![a-z]))\s+year)\s+of\s+(?:(?:his|her|their|its|[a-z]+'s)\s+(?:"
            + words_regex(self.lex.REIGN_NOUNS)
            # "in the 20th year of his reign, c. 1972 BC": the year given may be approximate and before Christ
            + r")(?![a-z])(?:[^.;:!?()\d]{0,40}?(?:,\s*|\(\s*)(?:(?:c\.|ca\.|circa|about|around)\s*)?"
            + r"(?P<ryear>[12]\d{3}|[1-9]\d{2})(?![0-9])(?:\s*(?P<rbc>bce|bc|b\.c\.)(?![a-z]))?)?"
            # "the first year of Meiji": a year of a named era, counted from the era's first
            + r"|(?P<rera>"
            + words_regex(sorted(self.lex.CALENDAR_ERA_YEARS))
            + r")(?![a-z])"
            # "in 1603, the eighth year of Keichō", "the fifth year of Xuande (1430)": a year of any era
            # named by one capitalised word, given its Western year beside it
            + r"|(?P<rname>[^\W\d_][\w'\u2019]*)(?=\s*\(\s*(?P<nyear>[12]\d{3})\s*\)|,\s*(?P<nyear2>[12]\d{3})"
            + r"(?![0-9])|\s+(?:is|was)\s+(?P<nyear3>[12]\d{3})(?![0-9]))?)",
            self.h_regnal_year,
        )
        # "the 13th day of the fourth month (23 May 1592)", "the ninth day of the twelfth month, which fell
        # on 3 January 1868": a day of another calendar (lunar, an era's), tagged as the Western day the
        # text gives beside it; without that day the phrase names no date the tagger can give
        other_ordinal = (
            r"(?:" + words_regex(self.lex.ORDINALS) + r"|[1-3]?\d(?:st|nd|rd|th|(?<=[23])d)(?![a-z]))"
        )
        western_month = words_regex(w for w in self.lex.MONTHS if len(w) > 3 or w == "may")
        self._add(
            "other_calendar_day",
            "unit",
            r"the\s+"
            + other_ordinal
            + r"\s+day\s+of\s+the\s+"
            + other_ordinal
            # "of Keichō 5", "of 1592", "of the imjin year": the era year or the cyclical year it is in
            + r"\s+(?:lunar\s+)?month(?:\s+of\s+(?:[^\W\d_]+\s+[1-9]\d?|[12]\d{3}|the\s+[a-z]+\s+year)(?![0-9]))?"
            # "(23 May 1592)", ", which fell on 3 January 1868", ", 24 February 1637" after it; or none,
            # when the Western day stands just before it ("on 21 October 1600, the fifteenth day of ...")
            + r"(?:(?=(?:\s*\(\s*|,\s+(?:which\s+(?:fell|was)\s+on\s+)?)(?:(?P<wday>[0-3]?\d)\s+(?P<wmonth>"
            + western_month
            + r")|(?P<wmonth2>"
            + western_month
            + r")\s+(?P<wday2>[0-3]?\d)(?![0-9]))(?:,?\s+(?P<wyear>[12]\d{3})(?![0-9]))?)|)",
            self.h_other_calendar_day,
        )
        # "23 Yekatit", "Meskerem 17", "12 Yekatit 1929": a day of the Ethiopian calendar, whose months of
        # thirty days fall on fixed Western days (a year of its own era gives the Western year too)
        ethiopian = words_regex(sorted(self.lex.ETHIOPIAN_MONTHS, key=len, reverse=True))
        self._add(
            "ethiopian_day",
            "digit ethiopian",
            r"(?:(?P<eday>[0-3]?\d)\s+(?P<emonth>"
            + ethiopian
            + r")|(?P<emonth2>"
            + ethiopian
            + r")\s+(?P<eday2>[0-3]?\d)(?![0-9]))(?![a-z])(?:,?\s+(?P<eyear>[12]\d{3})(?![0-9]))?",
            self.h_ethiopian_day,
        )
        # "18 Brumaire", "18 Fructidor Year V", "18 Brumaire of Year VIII", "13 Vendémiaire an IV": a day of
        # the French revolutionary calendar, whose months of thirty days began at the autumn equinox
        republican = words_regex(sorted(self.lex.REPUBLICAN_MONTHS, key=len, reverse=True))
        republican_year = words_regex(sorted(self.lex.REPUBLICAN_YEAR_STARTS, key=len, reverse=True))
        self._add(
            "republican_day",
            "digit",
            r"(?P<rpday>[1-3]?\d)\s+(?P<rpmonth>"
            + republican
            + r")(?![a-z])(?:,?\s+(?:of\s+)?(?:the\s+)?year\s+(?P<rpyear>"
            + republican_year
            + r")(?![a-z0-9])|\s+an\s+(?P<rpyear2>"
            + republican_year
            + r")(?![a-z0-9]))?",
            self.h_republican_day,
        )
        self._add(
            "republican_year",
            "unit",
            # "the constitution of Year III": a year of the republican calendar, named by its numeral
            r"year\s+(?P<rpalone>" + republican_year + r")(?![a-z0-9'-])",
            self.h_republican_year,
        )
        # "132 AH", "(AH 316)", "the year 656 of the Hijra": a year of the Islamic lunar calendar
        hijri_era = (
            r"(?:"
            + "|".join(re.escape(era.lower()) for era in sorted(self.lex.HIJRI_ERA_ABBREVIATIONS))
            + r")"
        )
        self._add(
            "hijri_year",
            "digit",
            r"(?:(?P<hpre>"
            + hijri_era
            + r")\s+)?(?P<hyear>[1-9]\d{0,3})(?(hpre)|\s+(?P<hpost>"
            + hijri_era
            + r"))"
            r"(?![a-z0-9-])",
            self.h_hijri_year,
        )
        self._add(
            "hijra_year",
            "unit",
            r"(?:the\s+)?year\s+(?P<hyear>[1-9]\d{0,3})\s+of\s+the\s+(?:"
            + words_regex(self.lex.HIJRA_NAMES)
            + r")(?![a-z])",
            self.h_hijri_year,
        )
        # "in the year 6562 of the world": a year of the Byzantine era
        self._add(
            "world_year",
            "unit",
            r"(?:the\s+)?year\s+(?P<amyear>[5-7]\d{3})\s+(?:of|from|since)\s+the\s+"
            + words_regex(self.lex.WORLD_ERA_NAMES)
            + r"(?![a-z0-9'\u2019])",
            self.h_world_year,
        )
        # what shows a text speaks of revolutionary France (case-sensitive: names keep their capital)
        republican_cues = (
            r"(?<![A-Za-z])(?:"
            + "|".join(sorted(self.lex.REPUBLICAN_YEAR_CUES))
            + r")(?![a-z])|(?i:republican|revolutionary)\s+(?i:calendar)"
            + r"|(?<![0-9])(?:1789|179\d|180\d|181[0-5])(?![0-9])"
        )
        self.republican_cue_rx = compile_pattern(republican_cues)
        # "300 workers", "300 percent", "250 ml", "300 people": a number counting what follows it
        self.counted_after_rx = compile_pattern(
            r"\s+[a-z]+s\b|\s*(?:%|percent|per\b|[a-z]{1,3}\b(?!\.))|\s*[0-9]|\s+(?:"
            + "|".join(sorted(self.lex.IRREGULAR_PLURALS))
            + r")\b"
        )
        # "300 troops" after a number, not "its" or "this" (words in -s that are no plural nouns)
        self.plural_after_rx = compile_pattern(
            r"\s+(?!(?:" + "|".join(sorted(self.lex.S_ENDING_NON_PLURALS)) + r")\b)[a-z]+s\b"
        )
        # "(r. 786-809)", "(d. 873)": a life or reign in brackets after a name
        self.life_span_before_rx = compile_pattern(
            r"\((?:"
            + "|".join(re.escape(abbr) for abbr in sorted(self.lex.LIFE_SPAN_ABBREVIATIONS))
            + r")\s*$"
        )
        self.republican_cue_or_month_rx = compile_pattern(
            republican_cues
            + r"|(?<![A-Za-z])(?:"
            + "|".join(sorted({month.capitalize() for month in self.lex.REPUBLICAN_MONTHS}))
            + r")(?![a-z])"
        )
        # "at the lunar new year, on 2 February 1421", "the new year (8 February 1644)": the first day of
        # another calendar's year, tagged as the Western day the text gives beside it
        western_day = (
            r"(?:(?P<wday>[0-3]?\d)\s+(?P<wmonth>"
            + western_month
            + r")|(?P<wmonth2>"
            + western_month
            + r")\s+(?P<wday2>[0-3]?\d)(?![0-9]))(?:,?\s+(?P<wyear>[12]\d{3})(?![0-9]))?"
        )
        self.western_day_in_apposition_rx = compile_pattern(r"(?:,\s*(?:on\s+)?|\s*\(\s*)" + western_day)
        self._add(
            "other_calendar_new_year",
            "unit",
            r"the\s+(?:(?:lunar|chinese)\s+)?new\s+year(?=(?:,\s*(?:on\s+)?|\s*\(\s*)" + western_day + r")",
            self.h_other_calendar_day,
        )
        self._add(
            "calendar_era_year",
            "calendar_era",
            # "Meiji 6", "Showa 20": an era name and the year of the era
            r"(?P<cera>"
            + words_regex(sorted(self.lex.CALENDAR_ERA_YEARS))
            + r")\s+(?P<ceranum>[1-9][0-9]?)(?![0-9])",
            self.h_era_year,
        )
        self._add(
            "season_quarter",
            "quarter",
            r"(?:the\s+)?(?P<sqname>"
            + words_regex(sorted(self.lex.SEASON_QUARTERS))
            + r")\s+quarter(?![a-z-])",
            self.h_season_quarter,
        )
        self._add(
            "quarter_code",
            "quarter digit",
            # "Q3 2021", "3Q21", "Q3 FY22", "H1 2022", "1H22": analysts' quarter and half codes; "Q2 of
            # fiscal 2027", "Q3 of 2025": the year the code belongs to, after "of" or "fiscal"
            r"(?:" + f.pmod_rx + r")?"
            r"(?:(?P<qn>[1-4])q|q(?P<qn2>[1-4])|(?P<hn>h[12])|(?P<hn2>[12])h)(?:[\s-]*(?:of\s+)?(?:fy|fiscal\s+)?"
            + f.year_rx
            + r"|[\s-]*fy\s*'?(?P<fyy>\d{2})(?![0-9])|(?<=[qh])(?P<yy>\d{2})(?![0-9]))?(?![a-z])",
            self.h_quarter_code,
        )
        self._add(
            "season",
            "season",
            r"(?:"
            + f.pmod_rx
            + r")?(?:(?:the\s+)?"
            + f.reldet_rx
            # "for the rest of the summer": the part of the season still to come, named by the season, as
            # "the rest of the year" is by the year
            + r"\s+)?(?:the\s+rest\s+of\s+)?(?:the\s+)?(?:"
            + f.pmod_rx.replace("pmod", "pmod2")
            # "midsummer", "midwinter": the middle of a season written as one word (h_season reads a bare
            # "midsummer" as Midsummer Day)
            + r"|(?P<midword>mid)(?="
            + words_regex(self.lex.ONE_WORD_MID_SEASONS)
            + r"))?"
            + f.season_rx
            # "in the summer months", "the winter months of 1940": the season told by its months
            + r"(?:\s+months(?![a-z]))?"
            + r"(?:\s+(?:of\s+)?"
            + f.year_rx
            # "the winter of 1941-42": a season across a year's end, named by the year it starts in
            + r"(?:\s*[-/–]\s*(?:\d{2}|\d{4})(?![0-9]))?"
            # "the spring of 66", "the spring of AD 70", "the summer of 4 BC": a year of a story before 1000
            + r"|\s+of\s+(?:(?P<sad>ad|a\.d\.)\s*)?(?P<syear>[1-9]\d{0,2})(?![0-9]|[.,]\d)"
            # "the winter of 431-430 BC", "the winter of 208-209": named by the year it starts in
            + r"(?:[-–/](?P<syearend>[1-9]\d{0,2})(?![0-9]|[.,]\d))?"
            + r"(?:\s*(?P<sbc>bce|bc|b\.c\.)(?![a-z]))?"
            # "the spring of the following year", "the summer of that year": a season of a year counted
            + r"|\s+of\s+(?:the\s+)?(?P<syrel>following|next|previous|preceding|same|that)\s+year(?![a-z'])"
            # "the spring of the year after", "the autumn of the year before"
            + r"|\s+of\s+the\s+year\s+(?P<syrel2>after|before)(?![a-z'])"
            + ")?",
            self.h_season,
        )
        self._add(
            "deictic_day",
            "deictic unit",
            r"(?:"
            + f.pmod_rx
            + r")?(?P<deictic>"
            + words_regex(self.lex.DAY_DEICTICS)
            + r")(?:\s+"
            + f.pod_rx
            # "theatre tmrw am", "tomorrow PM": the half of the day written as a clock's, as "Fri AM" is
            + r"|[ \t]+(?P<dhalf>am|pm|a\.m\.|p\.m\.)(?![a-z])"
            + r")?"
            # "tmrw 6am-3pm", "today 10:30am": a clock time with its half of the day right after the day
            # ("tomorrow at 10 a.m." is two expressions, the day and the time on it, as "[Friday] at [9]" is)
            r"(?:(?:[ \t]+(?=[01]?\d(?:[:.][0-5]\d)?[ \t]*[ap]\.?m(?![a-z])))(?:" + f.clock_rx + "))?",
            self.h_deictic,
        )
        self._add(
            "this_day_in_year",
            "unit",
            # "On this day in 1969" (an anniversary column): the writer's day and month in that year
            r"this\s+(?:very\s+)?day\s+in\s+(?P<tdyear>1\d{3}|20\d{2})(?![0-9])",
            self.h_this_day_in_year,
        )
        self._add(
            "relative_unit",
            "unit pod",
            r"(?:"
            + f.pmod_rx
            # "for the rest of this week": the part still to come, named by the week
            + r")?(?P<unitbody>(?:the\s+rest\s+of\s+(?=this\s|next\s))?(?:the\s+)?"
            + f.reldet_rx
            + r"\s+(?:(?P<past>past)\s+)?(?P<account>(?:financial|fiscal|tax|academic|school)\s+(?=year))?(?P<unit>year|month|week|weekend|day|quarter|decade|century|fortnight|"
            r"morning|afternoon|evening|night|dawn|daybreak|hour|wk|wknd|wkend|yr|mth|nite|arvo)(?![a-z])"
            r"(?P<andhalf>\s+and\s+a\s+half(?![a-z]))?)",
            self.h_relative_unit,
        )
        self._add(
            "within_the_hour",
            "unit",
            # "were ashore within the hour": the hour from then, a bound on how soon (see h_within_the_hour)
            r"the\s+hour(?![a-z'\u2019-])",
            self.h_within_the_hour,
        )
        self._add(
            "new_year",
            "unit",
            r"(?:"
            + f.pmod_rx
            + r")?(?:the\s+)?new\s+year(?![a-z'’-])(?!\s+"
            + words_regex(self.lex.NEW_YEAR_KIND_NOUNS)
            + ")",
            self.h_new_year,
        )
        self._add(
            "unit_before_after",
            # "the evening before": a part of the day triggers it as well as a unit does
            "unit pod",
            r"(?:the\s+)?(?P<unit>day|week|month|year|night|morning|afternoon|evening)\s+(?P<ba>before|after)(?![a-z])(?!\s+(?:the|a|an|his|her|their|its)\b)",
            self.h_unit_before_after,
        )
        self._add(
            "offset",
            "unit",
            r"(?:"
            + f.amod_rx
            + r")?(?P<amount>"
            + f.num_rx
            + r"[\s-]+(?:(?:more|other)\s+)?"
            + f.unit_rx
            + r")(?P<orso>\s+or\s+so)?(?:\s+(?P<andhalf>and\s+a\s+half\s+)?)?[\s-]*"
            r"(?P<dir>"
            + phrases_regex(self.lex.OFFSET_WORDS)
            + r"|"
            + phrases_regex(self.lex.OFFSET_WORDS_BEFORE_PAUSE)
            # a heading's end is a pause too ("Sixty years on" over a letter), where a blank line follows
            + r"(?=[ \t]*[,;:.?!]|[ \t]+from[ \t]|[ \t]*(?:\n[ \t]*\n|\Z))|"
            + phrases_regex(self.lex.OFFSET_DAYS)
            + r")(?![a-z])"
            # "ten years ago this week": the same part of that earlier time
            + r"(?:(?<=ago)[ \t]+(?P<sameperiod>"
            + phrases_regex(self.lex.AGO_SAME_PERIOD)
            + r")(?![a-z]))?",
            self.h_offset,
        )
        # "a week from Sunday", "two weeks from Monday", "a week on Saturday" (British), "a week ago
        # Tuesday": that many weeks after (or before) the weekday named
        self._add(
            "weeks_from_weekday",
            "unit",
            r"(?:(?P<wfnum>a|one|two|three|four|[1-4])[ \t]+weeks?|(?P<wffort>a[ \t]+fortnight))[ \t]+(?P<wfdir>from|on|ago)[ \t]+"
            + f.weekday_rx.replace("?P<weekday>", "?P<wfday>")
            + r"(?![a-z])",
            self.h_weeks_from_weekday,
        )
        # "the weekend before last", "the week after next", "the Saturday before last": two units (or
        # weekdays) back from, or on from, the speaker's
        self._add(
            "unit_before_last",
            "unit weekday",
            r"the[ \t]+(?:(?P<blunit>week|weekend|month|year)|"
            + f.weekday_rx.replace("?P<weekday>", "?P<blday>")
            + r")[ \t]+(?P<bldir>before[ \t]+last|after[ \t]+next)(?![a-z])"
            + _BEFORE_LAST_CLOSE,
            self.h_unit_before_last,
        )
        # "the January before last", "the summer after next": the month or season one year on from last
        # (next) January or summer
        self._add(
            "named_before_last",
            "month season",
            r"the[ \t]+(?:"
            + f.month_rx.replace("?P<month>", "?P<blmonth>")
            + "|"
            + f.season_rx.replace("?P<season>", "?P<blseason>")
            + r")[ \t]+(?P<bldir>before[ \t]+last|after[ \t]+next)(?![a-z])"
            + _BEFORE_LAST_CLOSE,
            self.h_named_before_last,
        )
        # "two Saturdays ago", "three Sundays ago": that many of the weekday back, last Saturday being one
        self._add(
            "weekdays_ago",
            "weekday spelled",
            r"(?P<wanum>two|three|four|five|[2-5])[ \t]+(?P<waday>"
            + words_regex(sorted(f"{name}s" for name in self.lex.WEEKDAYS if name.endswith("day")))
            + r")[ \t]+ago(?![a-z])",
            self.h_weekdays_ago,
        )
        self._add(
            "adjective_year_earlier",
            "unit",
            r"(?:the\s+)?(?P<adj>(?P<unit>year|month|week|day)[\s-](?P<dir>earlier|ago)|(?P<prior>prior)-(?P<punit>year))(?![a-z])(?:\s+(?P<noun>quarter|period))?",
            self.h_year_earlier,
        )
        # "Long-term migration: year ending June 2026", "Year to March 2024: 685,000": a statistics
        # label's period without its article, a length before the month closing it
        self._add(
            "label_year_ending",
            "unit",
            r"(?P<lunit>year|month|week)(?=\s+(?:ending|ended|to)\s+(?:[0-3]?\d\s+)?"
            + f.month_rx.replace("?P<month>", "?:")
            + r")",
            self.h_label_year_ending,
        )
        # "against a rise of 0.3% in the same month last year": the month (quarter) just reported, a year
        # back, one expression as "March last year" is; so are "the same weekend last year", "the same day
        # a year earlier"
        self._add(
            "same_period_year_back",
            "unit",
            r"the\s+same\s+(?P<sunit>month|quarter|weekend|week|day)\s+(?:(?:last|the\s+previous|the\s+prior)\s+year"
            r"|a\s+year\s+(?:earlier|ago|before))(?![a-z])",
            self.h_same_period_year_back,
        )
        self._add(
            "span",
            "unit",
            r"(?:"
            + f.amod_rx
            + r")?(?P<body>(?P<det>the|these|those|another|a|an|its|their|his|her|that|this)?\s*(?:(?P<span>past|last|next|previous|coming|first|final|following|latest|preceding|initial|remaining|"
            r"full|entire|whole|trailing|further)\s+)?(?:(?P<span2>past|last|next|first)\s+)?(?P<core>"
            + f.num_rx
            # "forty-odd years": spoken, about forty
            + r"(?P<odd>-odd)?[\s-]+(?:(?:more|other|further|straight|consecutive|full|whole|entire|"
            # "should allow an extra hour", "an additional day": one more unit, counted by its article
            + "|".join(sorted(self.lex.ADDED_UNIT_WORDS))
            + r"|"
            # "687 Earth days": days of the Earth's clock, told beside a planet's own
            r"long|successive|fiscal|earth|"
            # "ten working days", "three clear days": days of a kind, still days ("a clear day" is weather)
            + "|".join(sorted(self.lex.RANGE_UNIT_KINDS - self.lex.PLURAL_ONLY_UNIT_KINDS))
            + r"|(?:"
            + "|".join(sorted(self.lex.PLURAL_ONLY_UNIT_KINDS))
            + r")(?=[\s-]+[a-z]+s(?![a-z]))"
            + r")[\s-]+)?(?P<long_unit>"
            + f.unit_rx
            # "in five years' time": the length, told with "time" (spoken British)
            + r"(?P<long>-long(?![a-z]))?)(?P<half2>\s+and\s+a\s+half)?)(?P<unittime>'[ \t]+time(?![a-z]))?)"
            + r"(?P<old>[\s-]+old)?",
            self.h_span,
        )
        self._add(
            "unit_long",
            "unit",
            # "its hourlong finale", "a weeklong festival", "the hour-long special": one unit's length
            r"(?P<lunit>" + "|".join(sorted(self.lex.LONG_ADJECTIVE_UNITS)) + r")-?long(?![a-z-])",
            self.h_unit_long,
        )
        count = r"(?:\d+|" + words_regex([w for w in self.lex.NUMBER_WORDS if w not in ("a", "an")]) + ")"
        # "two hours and forty minutes", "a year and six months", a race's "4 minutes 58.8 seconds": one
        # length in two units (the finer one may carry a decimal fraction, as ISO 8601 allows)
        tens = "|".join(w for w, v in self.lex.NUMBER_WORDS.items() if v in (20, 30, 40, 50, 60, 70, 80, 90))
        ones = "|".join(w for w, v in self.lex.NUMBER_WORDS.items() if 1 <= v <= 9 and w not in ("a", "an"))
        part_count = r"(?:(?:" + tens + r")[ -](?:" + ones + r")(?![a-z])|" + count + r"|an?(?![a-z]))"
        # "a hundred and four years and six months": the first count may be a hundred and its tens and ones
        hundreds_count = r"(?:" + f.scale_count_rx + r"\s+)?hundred\s+and\s+" + part_count
        units = words_regex(self.lex.UNIT_FORMS)
        part_joint = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"  # ", ", ", and ", " and "

        def counted_part(number: int) -> str:
            """The `number`th count and unit of a length told in parts (a decimal count allowed)."""
            return rf"(?P<c{number}>\d+\.\d+|" + part_count + rf")[\s-]+(?P<u{number}>" + units + ")"

        self._add(
            "compound_duration",
            "unit",
            # "about 2 hours 30 minutes": a bound or a hedge before the first count belongs to the length
            r"(?P<length>(?P<three>(?P<two>"
            + f.amod_rx
            + r"?(?P<c1>"
            + hundreds_count
            + r"|"
            + part_count
            + r")[\s-]+(?P<u1>"
            + units
            + r")(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)"
            + counted_part(2)
            # "28 years, two months and 27 days": a third, finer unit after a comma or "and"; "eight
            # days, three hours, 18 minutes and 35 seconds": a fourth, a flight timed to the second; a
            # race timed as "2 hours 34 minutes 51.6 seconds" runs its parts on with spaces alone
            + r")(?:(?:"
            + part_joint
            + r"|\s+)"
            + counted_part(3)
            + r")?)(?:(?:"
            + part_joint
            + r"|\s+)"
            + counted_part(4)
            + r")?)(?:\s+(?P<dir>ago|later|earlier)(?![a-z]))?",
            self.h_compound_duration,
        )
        # "worked twelve hours a day", "trained six days a week": time spent in each longer period
        self._add(
            "units_per_period",
            "unit pod",
            # "more than 20 hours a week", "4.1 hours a week": a bound and a decimal count belong to the rate
            f.amod_rx
            + r"?(?P<c>"
            + count
            # "a few hours a week", "several days a month": an unstated count spent in each period, as a
            # stated one is
            + r"(?:(?<=\d)\.\d+)?|a\s+few|several|a\s+couple\s+of)[\s-]+(?P<u1>"
            + words_regex(self.lex.UNIT_FORMS)
            # "three evenings a week": parts of the day counted in a week, as "five nights a week" are
            + r"|(?P<pods>"
            + words_regex(self.lex.PLURAL_PARTS_OF_DAY)
            + r"))\s+(?:a|an|per)\s+(?P<u2>"
            + words_regex(self.lex.UNIT_FORMS)
            + r")(?![a-z])",
            self.h_units_per_period,
        )
        self._add(
            "range_span",
            "unit",
            r"(?:the\s+(?:next|past|last|coming|first|previous|following)\s+)?"
            + count
            + r"\s*(?:to|or|-)\s*"
            + count
            + r"[\s-]+"
            # "3-5 working days", "one to two business days": the kind of day counted
            + r"(?:(?P<rkind>"
            + words_regex(self.lex.RANGE_UNIT_KINDS)
            + r")\s+)?"
            + f.unit_rx
            # "a visit 7 to 10 days after the last dose", "seen 7 to 10 days after surgery" are lengths, as
            # "10 days after surgery" is; "two to three weeks later", "ago" and "before" alone count back or
            # on from a time
            + r"(?!\s+(?:ago|earlier|later|from\s+now|(?:before|after)(?![ \t]+[a-z0-9]))(?![a-z]))",
            self.h_range_span,
        )
        self._add(
            "vague_span",
            "unit",
            r"(?:the\s+)?(?:(?:most\s+)?recent(?!\s+(?:years|decades))|coming|upcoming|ensuing|intervening)\s+(?P<unit>days|weeks|months|years|decades|quarters|hours)(?![a-z])"
            # "in the months ahead" is a period; in "booked months ahead" the adverb is no part of the length
            r"|the\s+(?P<unit2>days|weeks|months|years|decades)\s+ahead(?![a-z])"
            # "the forecast for the week ahead", "the year ahead": one unit counted on from now
            r"|the\s+(?P<unit_ahead>day|week|fortnight|month|year)\s+ahead(?![a-z])(?!\s+of(?![a-z]))"
            r"|(?P<unit3>days|weeks|months|years|decades|hours)-long(?![a-z])"
            + r"|the\s+(?P<stage>"
            + words_regex(self.lex.STAGE_SPAN_WORDS)
            + r")\s+(?P<unit4>days|weeks|months|years|hours)(?![a-z])"
            # "the war's final months", "the siege's last weeks": a stage of an event named by its
            # possessive, as "the last months of the war" is (the handler checks the noun)
            # ("the Napoleonic Wars' last years": a plural's apostrophe after its s)
            + r"|(?:(?<=['’]s\s)|(?<=s['’]\s))(?P<pstage>"
            + words_regex(self.lex.STAGE_SPAN_WORDS)
            + r")\s+(?P<unit8>days|weeks|months|years|hours)(?![a-z])"
            # "in the following decades", "in the [years] that followed", "in the [decades] since": the
            # stretch after a time just told (TimeBank leaves "the" of the second outside, with the clause
            # that defines it)
            # "in the preceding weeks", "the previous months": the stretch leading up to a time just told
            r"|the\s+(?:following|succeeding|subsequent|preceding|previous)\s+(?P<unit5>days|weeks|months|years|decades)(?![a-z'’])"
            # "the [years] after his resignation", "the [weeks] before the deadline": the stretch on
            # either side of an event named by a noun phrase (a determiner or a year opens it; "the days
            # before were calm" has none)
            r"|(?<=the\s)(?P<unit6>hours|days|weeks|months|years|decades)(?=\s+(?:(?:(?:that|which)\s+followed|since(?!\s+\d))(?![a-z])"
            r"|(?:after|before)\s+(?:(?:the|his|her|its|their|our|my|your|this|that|these|those|a|an)\s|\d)))"
            # "in the [weeks] before independence", "in the [months] after he left": "in", "during" or
            # "over" makes the stretch an adverbial of time whatever word names the event
            r"|(?:(?<=in\sthe\s)|(?<=during\sthe\s)|(?<=over\sthe\s))(?P<unit7>days|weeks|months|years|decades)"
            r"(?=\s+(?:after|before)\s+[a-z])",
            self.h_vague_span,
        )
        # "were hours from the escarpment", "is days away": how far off in time, a length with no number;
        # "It could be days.", "it could be weeks, officials said": the same length with the clause ending
        self._add(
            "units_away",
            "unit",
            r"(?P<unit>minutes|hours|days|weeks|months)(?=\s+(?:from|away)(?![a-z])|\s*[.,;!?\"\u201d])",
            self.h_units_away,
        )
        # "about 4.6 billion years ago", "millions of years", "tens of thousands of years": the deep past
        scales = words_regex(self.lex.DEEP_TIME_SCALES)
        # "more than 13 billion years", "almost 4 billion years": a bound kept with the length it
        # qualifies; "over" and "under" stay out, being prepositions before a span ("over millions of years")
        deep_bounds = words_regex(
            word
            for word, mod in self.lex.PRE_MODIFIERS.items()
            if mod in ("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS")
            and word not in ("over", "under")
        )
        self._add(
            "deep_time",
            "unit",
            r"(?:(?P<approx>"
            + words_regex(self.lex.TIME_APPROXIMATORS)
            + r")\s+|(?P<bound>"
            + deep_bounds
            + r")\s+)?"
            # "the last 540 million years", "some twenty million years": a span's article and a hedge
            + r"(?:(?P<lead>the\s+"
            + words_regex(self.lex.DEEP_TIME_SPAN_LEADS)
            + r"\s+)?(?:(?P<some>"
            + words_regex(self.lex.DEEP_TIME_COUNT_HEDGES)
            + r")\s+)?(?P<count>\d+(?:\.\d+)?|"
            + words_regex(self.lex.NUMBER_WORDS)
            + r")\s+(?P<scale>"
            + scales
            + r")"
            r"|(?:(?P<multiple>"
            + words_regex(self.lex.DEEP_TIME_MULTIPLES)
            + r")\s+of\s+)?(?P<scales>"
            + words_regex(scale + "s" for scale in self.lex.DEEP_TIME_SCALES)
            + r")\s+of"
            # "within a few thousand years", "over the last few thousand years": millennia not counted
            # "the last few million years", "a few hundred thousand years": larger scales uncounted alike
            + r"|(?P<vague>(?:the\s+(?:last|past|first|next|following)\s+(?:few|several)|a\s+few|several|many)"
            + r"\s+(?P<vscale>thousand|hundred\s+thousand|million|hundred\s+million|billion))"
            + r")\s+years(?P<ago>\s+ago)?(?![a-z])(?!\s+old(?![a-z]))",  # "4.1 billion years old": an age
            self.h_deep_time,
        )
        # "Days later", "Hours earlier", "years ago", "years afterwards": a plural unit counted by no number
        self._add(
            "uncounted_offset",
            "unit",
            # "had left years before.": "before" closing its clause looks back as "earlier" does
            r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)\s+(?P<dir>later|earlier|ago|afterwards?|before(?=\s*[.,;:)]))(?![a-z])",
            self.h_uncounted_offset,
        )
        self._add(
            "bare_units",
            "unit",
            # the verbs of a length ("took weeks") are the gapped rule's table, so a verb the second half of
            # "took weeks ... and months to repair" may leave out is one this rule reads
            r"(?:(?P<prep>for|over|in|within|after|by|lasted|last|spent|not|"
            + "|".join(sorted(self.lex.GAPPED_LENGTH_VERBS))
            # "over the decades": the article alone before the plural after "over" is part of the length
            # ("in the decades" is a time, left to the rules of what follows it)
            # "over the past years": the article and "past" are part of the length, as in "the past few
            # years"
            + r")\s+)(?P<span>(?:the\s+(?:past|last)\s+|(?<=over\s)the\s+)?"
            + r"(?P<unit>years|months|weeks|days|hours|minutes|seconds|decades|centuries|hrs|mins|wks|yrs))(?![a-z])",
            self.h_bare_units,
        )
        self._add(
            "bare_units_gapped",
            "unit",
            # "take weeks for the water to go down and months to repair roads": the verb left out
            # ("the months to come" is a time ahead, no length a verb takes)
            r"(?<![a-z])and\s+(?P<unit>minutes|hours|days|weeks|months|years|decades)\s+(?=to\s+(?!come(?![a-z]))[a-z])",
            self.h_bare_units_gapped,
        )
        # "for weeks, maybe months", "could take hours or even days": a hedge raising a bare length just
        # found to a longer one; the second unit is a length of its own
        self._add(
            "bare_units_hedged",
            "unit",
            # (the unit is the trigger; the hedge before it is checked by the handler)
            r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)(?![a-z])",
            self.h_bare_units_hedged,
        )
        # "storing strain for decades or centuries", "may take weeks or months": one uncounted length
        # offered in two units, the first unit's, approximate
        self._add(
            "bare_units_alternative",
            "unit",
            r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)\s+or\s+"
            r"(?:years|months|weeks|days|hours|minutes|decades|centuries)(?![a-z])",
            self.h_bare_units_alternative,
        )
        # "in a matter of weeks", "a matter of hours later": an uncounted but short length, the phrase whole
        self._add(
            "matter_of_units",
            "unit",
            r"(?<![a-z])a\s+matter\s+of\s+(?P<unit>years|months|weeks|days|hours|minutes|seconds)(?![a-z])",
            self.h_matter_of_units,
        )
        self._add(
            "bare_units_apart",
            "unit",
            # "called off hours before the deadline", "it will be days before power is back"
            # "sold their wool years in advance": how long before the time it was done for; "a quarrel
            # years in the making", "decades in the making": how long it took to come about
            # "it came months too late", "the work is years late": how far off its time a thing came;
            # "broadcast the crash seconds after it happened"
            # "rooms are booked months ahead": "ahead" as "in advance"
            r"(?P<unit>decades|years|months|weeks|days|hours|minutes|seconds)(?=\s+(?:before|after)\s|\s+in\s+(?:advance|the\s+making)(?![a-z])|\s+ahead(?![a-z])"
            + r"|\s+(?:too\s+)?"
            + words_regex(self.lex.LATENESS_WORDS)
            + r"(?![a-z])(?!\s+(?:in|on|at|into)\s))",
            self.h_bare_units_apart,
        )
        self._add(
            "bare_units_left",
            "unit",
            # "the study has years left to run", "with days left before the vote": a length still to go
            # ("I thought we had minutes left."), and so is one to use before a thing is done ("has had
            # months to make an offer", "with weeks to go")
            r"(?P<unit>years|months|weeks|days|hours|minutes)(?=\s+(?:left(?:\s+(?:to|in|before|until)\s"
            + r"|\s*[.,;:!?\"'\u201d)]|$)|to\s+[a-z]))",
            self.h_bare_units_left,
        )
        self._add(
            "bare_units_of_opening",
            "unit",
            # "Decades of ploughing had stripped the grass", "Years of drought followed"; "heard hours of
            # testimony" (hours only after a verb or a noun of effort: "Hours of opening" is a timetable's)
            r"(?P<unit>centuries|decades|years|months|weeks|days|hours)(?=\s+of\s)",
            self.h_bare_units_of_opening,
        )
        self._add(
            "bare_units_in_custody",
            "unit",
            # "could face decades in prison", "is serving years behind bars": a prison term's uncounted length;
            # "in federal prison", "in a state prison", "in the county jail": the place's modifiers between
            r"(?P<unit>decades|years|months|weeks|days)(?=\s+(?:in|behind)\s+(?:[a-z'\u2019-]+\s+){0,2}"
            + words_regex(self.lex.CUSTODY_PLACES)
            + r"(?![a-z]))",
            self.h_bare_units_in_custody,
        )
        possessives = "|".join(sorted(self.lex.POSSESSIVE_DETERMINERS))
        self._add(
            "another_unit",
            "unit",
            # "held out for another month", "lasted another week": one more of the unit
            # "we'd like to stay another year": the verbs of staying and waiting in any form
            r"(?:(?:for|over|within|took|take|takes|lasted|last|spent|waited|wait|waiting|stayed|stay|stays|staying"
            r"|remained)\s+"
            # "I shall be here another fortnight": a place adverb after "be" or "stay" before the length
            r"|(?<=\bhere\s)|(?<=\bthere\s)"
            # "Another hour and they would have drowned": a length whose passing the clause supposes
            r"|(?=another\s+[a-z]+\s+and\s+(?!another\s))"
            # "Another month won't kill us", "another week wouldn't hurt": a length the subject of a
            # negated modal
            + r"|(?=another\s+[a-z]+\s+"
            + phrases_regex(self.lex.LENGTH_SUBJECT_NEGATED_MODALS)
            + r"(?![a-z]))"
            # "Another month would kill us": a length supposed to pass ("another day would come" is a day)
            + r"|(?=another\s+[a-z]+\s+"
            + words_regex(self.lex.LENGTH_SUBJECT_SUPPOSING_MODALS)
            + r"\s+(?!"
            + words_regex(self.lex.ARRIVAL_AFTER_SUPPOSING_MODAL)
            + r"(?![a-z]))[a-z])"
            # "another week of this would be ruinous", "another day of talks", "another week of the trial":
            # one more of the unit filled with what "of" names ("another day of the week" and "another
            # day of your choosing" are a different day, not a length, and so is a predicate's "1998 will
            # be another year of growth")
            r"|(?=another\s+[a-z]+\s+of\s+(?!(?:the|this|that|next|last|"
            + possessives
            + r")\s+"
            + words_regex(self.lex.UNITS_HOLDING_ANOTHER)
            + r"|(?:"
            + possessives
            + r")\s+(?:own\s+)?"
            + words_regex(self.lex.CHOOSING_NOUNS)
            + r")))"
            # "for at least another decade": the amount's modifier belongs to the length
            r"(?P<body>"
            + f.amod_rx
            + r"?another\s+(?P<unit>year|month|week|day|hour|minute|decade|century|fortnight))(?![a-z-])",
            self.h_another_unit,
        )
        self._add(
            "the_unit",
            "unit quarter samedate",
            # "for the rest of the year": the part of the year still to come, named by the year
            r"(?P<thephrase>(?:"
            + f.pmod_rx
            # "the second half of the century": a half of the century or the decade the story is in
            + r"|(?P<halfmod>"
            + words_regex(sorted(self.lex.HALF_PERIOD_MODIFIERS, key=len, reverse=True))
            + r")\s+(?=the\s+(?:century|decade)(?![a-z-]))"
            + r")?(?P<thebody>(?:the\s+rest\s+of\s+)?(?P<the>the)\s+(?P<afterthe>(?:(?P<adj>full|entire|whole|same|current|fiscal|financial|calendar|latest|past|long|academic|school|"
            # "the tax year ending 5 April", "the tax year ended 5 April 2023": a year of account closing on a
            # day, a length as "the financial year ending 31 March" is ("the tax year" alone is left out)
            + r"tax(?=\s+year\s+(?:ended|ending|that\s+ended)\s+(?:on\s+)?(?:the\s+)?"
            + r"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
            + f.month_rx.replace("?P<month>", "?:")
            + r")|"
            # "over the bank holiday weekend": the weekend the holiday lengthens, named without its article
            + phrases_regex(self.lex.WEEKDAY_HOLIDAY_LEADS)
            + r")\s+){0,2}(?P<unit>year|month|week|weekend|quarter|day|decade|century|millennium|(?<=same\s)date)(?P<thehalf>\s+and\s+a\s+half)?))(?![a-z-])"
            # "the weekend just gone", "the year just gone": the one that has just ended
            + r"(?P<justgone>[ \t]+just[ \t]+gone(?![a-z'\u2019-]))?)(?P<ended>\s+(?:ended|ending|that\s+ended|"
            # "in the fiscal year that ends Sept. 30": a year of account closing on a day still ahead
            + r"that\s+ends(?=\s+(?:on\s+)?"
            + f.month_rx.replace("?P<month>", "?:")
            + r")|(?:to|through)(?=\s+(?:(?:last|this|next)\s+|\d{1,2}(?:st|nd|rd|th|(?<=[23])d)?\s+)?(?:"
            # "the year to 30 June": a closing day written day first
            + f.month_rx.replace("?P<month>", "?:")
            # "new cases in the week to Sunday": a week counted back from the day that closes it
            + "|"
            + f.weekday_rx.replace("?P<weekday>", "?:")
            + r")))"
            # "grew by 3.5 million in the decade to 2021": ten years counted back from the year closing them
            + r"|(?<=decade)\s+(?:to|through)(?=\s+(?:1[6-9]|20)\d\d(?![0-9-])))?",
            self.h_the_unit_or_its_half,
        )
        self._add(
            "mid_century",
            "unit",
            r"(?:the\s+)?mid(?:-|\s+)(?P<midunit>century|decade)(?![a-z-])",
            self.h_mid_century,
        )
        # "no later than 5pm on that date": a bound on a point in time is a signal outside the clock
        # time's extent, as it is outside a date's ("no later than 31 December")
        point_bounds = words_regex(
            w
            for w, mod in self.lex.PRE_MODIFIERS.items()
            if mod in ("ON_OR_BEFORE", "ON_OR_AFTER") or w in self.lex.POINT_BOUND_AMOUNT_MODIFIERS
        )
        self._add(
            "clock_time",
            "digit pod deictic clockword",
            r"(?P<clockcore>(?!"
            + point_bounds
            + r"\s)(?:"
            + f.amod_rx
            + r")?(?:(?:"
            + f.clock_rx
            # "12 noon", "12 midnight": the hour said again with its name
            + r")|(?:12[ \t]+)?(?P<named>noon|midnight|midday)"
            # "0800 GMT": four-digit clock times are written with the zone that makes them times
            + r"|(?P<milh>[01]?\d|2[0-3])(?P<mildot>\.)?(?P<milm>[0-5]\d)(?=\s*\(?"
            + words_regex(self.lex.TIME_ZONES)
            # "at 0430", "between 0710 and 0830", "at 0235 hours": a narrative's 24-hour clock, read by h_clock
            # ("0400hrs", glued, in police and transport notices)
            + r"|(?P<milbare>)(?![0-9]|[.,:]\d))(?(milbare)(?:\s*"
            + self.hour_plurals_rx
            + r")?)))"
            # "9 a.m. Washington time", "noon New York time": a place's clock (h_clock checks the capitals)
            + tz.replace(
                ")(?(tzp)",
                r"|(?P<tzplace>(?!(?:tonight|today|tomorrow|yesterday|this|last|that)(?![a-z]))[a-z]+(?:[ \t][a-z]+)?)[ \t]+time(?![a-z]))(?(tzp)",
            )
            # "at four thirty yesterday afternoon", "until ten o'clock tomorrow morning": the day and its part
            + r"(?:\s+(?P<inthe>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|last\s+night|tonight|today"
            + r"|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
            + r"|(?:tmrw|tmrow|tmr|2moro|2morrow|tonite|2nite|yday)(?![a-z0-9])"  # "8am tmrw": texting spellings
            + r"|this\s+(?:morning|afternoon|evening)))?"
            + day_tail,
            self.h_clock,
        )
        # "ETA 2hrs", "a delay of 4hrs 20 mins", "approx 45mins": notices and posts glue a short unit to
        # its count, which the unit's own trigger (a word) does not see
        self._add(
            "glued_length",
            "digit",
            r"(?:"
            + f.amod_rx
            + r")?(?P<gcount>\d{1,3}(?:\.\d)?)(?P<gunit>"
            + words_regex(self.lex.GLUED_UNIT_FORMS)
            + r")(?![a-z0-9-])(?:[ \t]+(?P<gmin>[0-5]?\d)[ \t]*(?:mins?|minutes?)(?![a-z]))?",
            self.h_glued_length,
        )
        self._add(
            "day_part_then_hour",
            "clockword",
            r"(?P<hourw>"
            + words_regex(self.lex.CLOCK_HOUR_WORDS)
            + r")(?:[\s-]+(?P<minw>"
            + words_regex(self.lex.CLOCK_MINUTE_WORDS)
            + r"))?(?![a-z-])(?!\s+o'clock)",
            self.h_day_part_then_hour,
        )
        # "until one in the morning", "to eleven at night": a spelled closing hour whose part of the day
        # names its half (the opening hour then reads as in `_hour_opening_clock_range`)
        spelled_close_rx = (
            r"[ \t]+(?:to|until|till)[ \t]+(?P<shour>"
            + words_regex(self.lex.CLOCK_HOUR_WORDS)
            + r")(?:[ \t]+o'clock)?[ \t]+(?P<spod>in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night)"
            + r"(?![a-z])"
        )
        self.spelled_range_close = compile_pattern(spelled_close_rx)
        _SPELLED_RANGE_CLOSE_PLAIN_RX = re.sub(r"\(\?P<[a-z]+>", "(?:", spelled_close_rx)
        self._add(
            "hour_word_opening_range",
            "clockword",
            r"(?P<hourw>"
            + words_regex(self.lex.CLOCK_HOUR_WORDS)
            + r")(?="
            + _CLOCK_RANGE_CLOSE_RX
            + "|"
            + _SPELLED_RANGE_CLOSE_PLAIN_RX
            + ")",
            self.h_hour_word_opening_range,
        )
        self._add(
            # British "half 6", "quarter to 7", "half past 10": the clock face with the hour in digits
            "clock_face_digits",
            "quarter",
            r"(?:"
            + f.amod_rx
            + r")?(?P<fface>half|(?:a\s+)?quarter)\s+(?:(?P<fside>past|to)\s+)?(?P<fhour>1[0-2]|0?[1-9]|"
            # British "half four" (half past four): the face's "past" left out before a spelled hour
            + words_regex(self.lex.CLOCK_HOUR_WORDS)
            + r")(?![0-9a-z-]|[:.]\d)",
            self.h_clock_face_digits,
        )
        self._add(
            "half_past_hour",
            # "a minute past ten": with "a" (no trigger) counting, the unit is the word the scan finds;
            # "half past midnight", "twenty to noon": the named hour is the only trigger the face has
            "clockword unit pod",
            r"(?:"
            + f.amod_rx
            + r")?(?:(?P<counted>"
            + words_regex(sorted(self.lex.CLOCK_COUNTED_MINUTES, key=len, reverse=True))
            + r")\s+minutes?|(?P<face>"
            + words_regex(sorted(self.lex.CLOCK_FACE_MINUTES, key=len, reverse=True))
            # "half after two", "a quarter after nine": the older and American "past"
            # "half-past seven": the face joined to its "past" by a hyphen, as older print has it
            + r"))(?:\s+|-)(?P<side>past|to|after)\s+(?:(?P<hourw>"
            + words_regex(self.lex.CLOCK_HOUR_WORDS)
            # "one minute after midnight", "ten minutes to noon": minutes counted from a named hour
            + r")|(?P<namedhour>"
            + words_regex(self.lex.CLOCK_NAMED_HOURS)
            + r"))(?:\s+o'clock)?(?:\s+(?P<inthe>in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
            # "at half past seven this morning", "quarter to six yesterday evening": the day and its part
            + r"|(?P<dayof>this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tonight))?(?![a-z-])",
            self.h_half_past_hour,
        )
        self._add(
            "weekday",
            "weekday",
            # "on the middle Sunday", "the opening Monday": a tournament's own weekday, the day itself
            r"(?:(?P<wevent>the\s+"
            + words_regex(self.lex.EVENT_WEEKDAY_ORDINALS)
            + r")\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b))?(?:"
            + f.pmod_rx
            # "peaks overnight Tuesday into Wednesday": the night of that day, as "Tuesday night" is
            + r")?(?:(?P<wovernight>overnight)[ \t]+)?"
            # "last week Friday", "next week Tuesday": the weekday of the week named before it
            + r"(?:(?P<wweekpre>last|next)[ \t]+week[ \t]+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))?"
            + r"(?:(?P<wdet>this\s+past|this\s+coming|this|last|next|nxt|past|coming|that|(?:the\s+)?(?:previous|preceding|following))\s+)?"
            + f.weekday_rx
            + r"(?:\s+"
            + f.pod_rx
            # informal writing puts the day's date, clock time or half right after the weekday: "Tues the
            # 15th", "Tues 1/21", "Sat 6:40am", "Fri AM"
            + r"|,?\s+(?:the\s+)?(?P<wdom>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)(?![a-z0-9])"
            # "on Monday, the 12th inst.", "Friday, the 9th ult.": a letter's month said after the day
            + r"(?:\s+(?P<winst>"
            + words_regex(self.lex.LETTER_MONTH_STEPS)
            + r"))?"
            + r"|,?\s+(?P<wmon>[01]?\d)/(?P<wmday>[0-3]?\d)(?![0-9/])"
            # a range's first day, whose month the range closes with: "Friday 12 - Sunday 14 July",
            # "Thursday 27 to Sunday 30 December" (a bare number alone may count: "on Friday 12 people")
            # a bare day closing its clause: "they can be collected from Thursday 20."
            + r"|\s+(?P<wrday>[0-3]?\d)(?=(?:\s*(?:,|and|&|or)\s+"
            # "Friday 11, Saturday 12 and Sunday 13 March": a list of them, the month told once at its end
            + f.weekday_rx.replace("?P<weekday>", "?:")
            + r",?\s+[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?)*"
            + r"\s*(?:(?:-|\u2013|to|until|till)\s*(?:"
            + f.weekday_rx.replace("?P<weekday>", "?:")
            # "on Saturday 13 and Sunday 14 July": a pair of weekdays with their days, the month told once
            + r",?\s+)?|(?:,|and|&|or)\s+"
            + f.weekday_rx.replace("?P<weekday>", "?:")
            + r",?\s+)[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?\s+"
            + f.month_rx.replace("?P<month>", "?P<wrmonth>")
            + r")"
            + r"|[ \t]+(?P<wbday>[1-9]|[12]\d|3[01])(?=[ \t]*(?:[;)]|[:.](?![0-9])|,[ \t]|\n|$))"
            + r"|\s+(?P<whour>[012]?\d)(?:[:.](?P<wminute>[0-5]\d))?(?:\s*(?P<wampm>a\.\s?m\.|p\.\s?m\.|am|pm)(?![a-z])"
            # "Wed 07:30", "Tue 11:00": a feed's or a notice's 24-hour stamp, two-digit hour and colon
            + r"|(?<=[ \t](?:[01]\d|2[0-3]):[0-5]\d)(?![0-9]|[:.]\d))"
            + r"|\s+(?P<whalf>am|pm|a\.m\.|p\.m\.)(?![a-z])"
            # "ruled on Tuesday local time": the zone that places the day, kept as a clock time's is
            + r"|[ \t]+local[ \t]+time(?![a-z])"
            # "Wednesday next week", "Friday last week": the weekday of the week named after it
            # ("fri this week" after "mon wed and" leaves "this week" an expression of its own)
            + r"|[ \t]+(?P<wpostweek>next|last)[ \t]+week(?![a-z'\u2019-])"
            # "Thursday week" (a week after the coming Thursday), "on Monday next", "on Tuesday last":
            # the older order, still usual in Irish, Indian and Commonwealth papers
            + r"|[ \t]+(?P<wpost>week|next|last)(?![a-z'-])"
            + _POSTPOSED_RELATIVE_BLOCK
            + r")?",
            self.h_weekday,
        )
        self._add(
            "part_of_day",
            "pod",
            r"(?:"
            + f.pmod_rx
            + r")?(?:(?P<podet>this|that|the|last|early|late|one)\s+)?(?:(?P<early>early|late)\s+)?"
            + f.pod_rx
            + r"(?:\s+(?P<podday>yesterday|today|tomorrow))?",
            self.h_part_of_day,
        )
        # "begins at sundown Friday", "ends at nightfall Wednesday": one time, as "noon Friday" is
        self._add(
            "sun_part_of_day_weekday",
            "pod",
            r"(?P<sunpod>"
            + words_regex(self.lex.SUN_PARTS_OF_DAY)
            + r")\s+"
            + f.weekday_rx.replace("?P<weekday>", "?P<sunweekday>")
            + r"(?![a-z])",
            self.h_sun_part_of_day_weekday,
        )
        self._add(
            "reference_phrase",
            "ref unit",
            r"(?P<refword>" + words_regex(sorted(self.lex.REFERENCE_PHRASES, key=len, reverse=True)) + ")",
            self.h_reference,
        )
        self._add(
            "reference_word",
            "ref",
            r"(?P<refword>" + words_regex(self.lex.REFERENCE_WORDS) + ")",
            self.h_reference,
        )
        self._add(
            "set_every",
            "unit weekday month season pod",
            r"(?P<q>"
            + phrases_regex(self.lex.SET_QUANTIFIERS)
            # "every other week", "every second Tuesday": one in every two
            + r")\s+(?:(?P<other>other|"
            + words_regex(w for w, v in self.lex.ORDINALS.items() if 2 <= v <= 4)
            # "every 2.7 years": a decimal count, the interval an orbit or a cycle takes
            # "every 10,000 years": a count with grouped thousands, a cycle's or a return period's interval
            + r")\s+)?(?:(?P<n>\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?|few|"
            # "every hundred years", "every two hundred years": a jubilee's or a cycle's interval
            + r"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+)?hundred|"
            # "every thirty-three years": tens and units joined by a hyphen are one count, no range
            + r"(?:"
            + words_regex(
                w for w, v in self.lex.NUMBER_WORDS.items() if v in range(20, 100, 10) and w.isalpha()
            )
            + r")-(?:"
            + words_regex(w for w, v in self.lex.NUMBER_WORDS.items() if 1 <= v <= 9 and w.isalpha())
            + r")|"
            # "every eight hours", "every twelve weeks": any counted interval
            + words_regex(w for w, v in self.lex.NUMBER_WORDS.items() if 2 <= v <= 90 and w.isalpha())
            # "every ten or twelve years", "every 5 to 10 years": an interval known only to its unit
            + r")(?:\s*(?:or|to|-)\s*(?P<n2>\d+|"
            + words_regex(w for w, v in self.lex.NUMBER_WORDS.items() if 2 <= v <= 90 and w.isalpha())
            # "each calendar quarter": the calendar's own periods, as "every quarter"
            # "every half hour", "every half-hour": half a unit
            # "every school day", "each working day": the days a school or an office is open, a daily set
            + r"))?\s+)?(?:(?P<half>half)(?:\s+|-)(?=hour))?(?:(?:calendar\s+(?=(?:year|quarter|month|week|day)s?(?![a-z]))"
            + r"|(?:school|working|business)\s+(?=day(?![a-z]))"
            # "in each holiday year", "every financial year": a year an office or a rule counts, yearly
            + r"|(?:"
            + words_regex(self.lex.SET_YEAR_KINDS)
            + r")\s+(?=year(?![a-z]))"
            # "every single day", "every clear night": a word picking out which of the units recur
            + r"|(?:"
            + words_regex(self.lex.SET_UNIT_ADJECTIVES)
            + r")\s+(?=(?:day|night|hour|week|weekend|morning|evening)(?![a-z])))?(?P<unit>"
            + words_regex(self.lex.UNIT_FORMS)
            + r")|"
            + f.weekday_rx
            # "every Saturday morning": a part of each of those days
            + r"(?:\s+(?P<wpod>morning|afternoon|evening|night)(?![a-z]))?"
            + "|"
            + f.month_rx
            + "|"
            + f.season_rx
            + "|"
            + f.pod_rx
            + ")",
            self.h_set,
        )
        self._add(
            "latin_rate",
            "latinrate",
            # "£28,600 per annum": a Latin rate, a yearly set as "per year" is
            r"(?P<latin>" + phrases_regex(self.lex.LATIN_RATE_PHRASES) + r")(?![a-z])",
            self.h_latin_rate,
        )
        self._add(
            "set_day_of_every_month",
            "unit digit",
            # "on the first day of each month", "the 15th of every calendar month": that day of each month
            r"the\s+(?P<mday>[0-3]?\d(?:st|nd|rd|th)|"
            + words_regex(w for w, v in self.lex.ORDINALS.items() if v <= 31)
            + r")\s+(?:day\s+)?of\s+(?P<q>every|each)\s+(?:calendar\s+)?month(?![a-z]|['\u2019]s(?![a-z]))",
            self.h_set_day_of_every_month,
        )
        self._add(
            "set_every_day_of_year",
            "digit month",
            # "every 22 June", "each May 1": the same day of every year
            r"(?P<q>every|each)\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?\s+(?:of\s+)?"
            + f.month_rx
            + "|"
            + f.month_rx.replace("?P<month>", "?P<month2>")
            + r"\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?)(?![0-9a-z])",
            self.h_set_day_of_year,
        )
        self._add(
            "set_frequency",
            "unit",
            r"(?:(?P<fw>"
            + phrases_regex(self.lex.FREQUENCY_WORDS)
            # "dozens of times a year", "a few times a week": an uncounted frequency is still one
            # "two or three times a day", "2-3 times a day": a range of counts is one frequency
            # (a count of times has at most three figures: "in 2019 or 2 times a year" opens with a year)
            + r")|(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine)(?:\s*[-\u2013]\s*|\s+(?:or|to)\s+)"
            r"(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times))?"
            r"(?P<fn>\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|a\s+dozen"
            r"|(?:dozens|scores|hundreds)\s+of)\s+times)"
            # "once in a century", "a once-in-a-century flood", "a once-a-year event"
             + r"(?:\s+|-)(?:in(?:\s+|-))?(?:a|an|per|"
            # "once every 20 years", "twice every three months": a frequency over a counted interval
            # "once every 1,000 years": the interval's count may group its thousands
            r"(?:every|each)(?:\s+(?P<every_n>\d{1,3}(?:,\d{3})+(?![\d.])|\d+|"
            + words_regex(w for w, v in self.lex.NUMBER_WORDS.items() if 2 <= v <= 90 and w.isalpha())
            + r")(?=\s))?)(?:\s+|-)"
            + f.unit_rx,
            self.h_set_frequency,
        )
        self._add(
            "set_dose_interval",
            "doseabbr",
            # "oxycodone 5 mg q4h PRN", "given q3w": a prescriber's every N hours, days or weeks
            r"(?P<dose>" + words_regex(self.lex.DOSE_INTERVAL_ABBREVIATIONS) + r")(?![a-z0-9-])",
            self.h_set_dose_interval,
        )
        self._add(
            "holiday_weekday",
            "weekday",
            # "on bank holiday Monday": a weekday named as the holiday it is, the name in its extent
            r"(?:the\s+)?(?:"
            + phrases_regex(self.lex.WEEKDAY_HOLIDAY_LEADS)
            + r")\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z'\u2019-])",
            self.h_holiday_weekday,
        )
        self._add(
            "set_plural_weekday",
            "weekday",
            r"(?:(?P<most>most)\s+)?(?P<weekdays>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
            r"(?![a-z])",
            self.h_set_plural_weekday,
        )
        self._add(
            "set_plural_part_of_day",
            "pod",
            r"(?:(?P<the>the)\s+|(?P<most>most)\s+)?(?P<pods>"
            + words_regex(self.lex.PLURAL_PARTS_OF_DAY)
            + r")(?![a-z])",
            self.h_set_plural_part_of_day,
        )
        self._add(
            "set_plural_season",
            "season",
            r"(?:(?P<the>the)\s+|(?P<most>most)\s+)?(?P<seasons>"
            + words_regex(self.lex.PLURAL_SEASONS)
            + r")(?![a-z])",
            self.h_set_plural_season,
        )
        # "two summers ago", "three winters ago": seasons counted back, as "two years ago" counts years
        self._add(
            "seasons_ago",
            "season",
            r"(?P<num>"
            + words_regex([w for w in self.lex.NUMBER_WORDS if w not in ("a", "an", "one")])
            + r"|[2-9])\s+(?P<seasons>"
            + words_regex(self.lex.PLURAL_SEASONS)
            + r")\s+ago(?![a-z])",
            self.h_seasons_ago,
        )
        self._add(
            "set_workweek_day",
            "weekday",
            r"(?:(?P<q>every|each)\s+)?(?P<workday>" + words_regex(self.lex.WORKWEEK_DAY_WORDS) + ")"
            r"(?:\s+(?P<workpod>morning|afternoon|evening|night)(?![a-z-]))?",
            self.h_set_workweek_day,
        )
        self._add(
            "midweek",
            "midweek",
            r"(?P<midweek>" + words_regex(self.lex.MIDWEEK_WORDS) + r")(?![a-z-])",
            self.h_midweek,
        )
        self._add(
            "weather_weekend",
            "unit",
            # "a four-day long weekend": "long" belongs to the weekend its hyphenated length is read apart from
            r"(?:(?P<long>long)\s+)?(?P<weekend>weekend)(?![a-z-])",
            self.h_weather_weekend,
        )
        self._add(
            "set_plural_weekend",
            "unit",
            r"(?:(?P<most>most)\s+)?(?P<weekends>weekends)(?![a-z])",
            self.h_set_plural_weekend,
        )
        self._add(
            "elided_minutes",
            "digit",
            _ELIDED_MINUTES_CLOSE.pattern,
            self.h_elided_minutes,
        )
        self._add(
            # "6-hourly", "2-weekly": a ward's or a rota's interval written before its frequency adverb
            "counted_set_adverb",
            "digit",
            r"(?P<cn>[1-9]\d?)-(?P<cadverb>"
            + words_regex(w for w, v in self.lex.SET_ADVERBS.items() if "1" in v)
            + r")(?![a-z-])",
            self.h_counted_set_adverb,
        )
        self._add(
            "set_adverb",
            "setadv",
            # "twice daily", "three times weekly": the count of a frequency belongs to it
            r"(?:(?:"
            + phrases_regex(self.lex.FREQUENCY_WORDS)
            + r"|(?:\d+|two|three|four|five|six)\s+times)\s+)?(?P<adverb>"
            + words_regex(self.lex.SET_ADVERBS)
            + ")",
            self.h_set_adverb,
        )
        self._add(
            "holiday",
            "holiday unit",
            # "married the following Easter", "the previous Christmas": the feast counted on or back from the
            # story's time, as "the following spring" is
            r"(?:(?P<hdet>this|last|next|that|the\s+(?:following|previous|preceding))\s+|(?P<hq>every|each)\s+)?"
            r"(?P<holiday>"
            + words_regex(sorted(self.holiday_names, key=len, reverse=True))
            + r")(?:\s+(?:of\s+)?"
            + f.year_rx
            # "crowned on Easter Sunday 960, when": a three-digit year closing the phrase (h_holiday wants a
            # story in the first millennium)
            # ("After Christmas 500 and more left": a count goes on)
            + r"|\s+(?P<hearly>[1-9]\d{2})(?=\s*[,.;)]|\s+(?:when|while|and(?!\s+(?:more|others|over|upwards|[0-9]))"
            + r"|but|as|after|before)\b)"
            # "Boxing Day last year": the feast of a year counted from now, as "March last year" is
            + r"|\s+(?P<hyrel>this|last|next)\s+year(?![a-z'])"
            # "Christmas week", "Easter week": the week holding the feast, as its weekend is ("the Easter
            # bank holiday weekend": the same weekend, named by the holiday the feast makes)
            + r")?(?:(?:\s+(?:"
            + phrases_regex(self.lex.WEEKDAY_HOLIDAY_LEADS)
            + r"))?\s+(?P<hweekend>weekend)(?![a-z])|\s+(?P<hweek>week)(?![a-z-])|\s+(?P<hpod>"
            + words_regex(self.lex.PARTS_OF_DAY_OF_A_DATE)
            + "))?",
            self.h_holiday,
        )
        # "on the feast of St Michael", "the feast of the Assumption": a fixed feast named in full
        self._add(
            "feast_day",
            "feast",
            r"the\s+(?P<feasthead>"
            + words_regex(self.lex.FEAST_HEADS)
            + r")\s+of\s+(?:(?:st\.?|saint|saints|sts\.?)\s+(?P<saint>"
            + words_regex(sorted(self.lex.FEAST_SAINTS, key=len, reverse=True))
            + r")|(?P<feast>"
            + words_regex(sorted(self.lex.FEASTS, key=len, reverse=True))
            + r"))(?![a-z])(?:,?\s+"
            + f.year_rx
            + r")?",
            self.h_feast_day,
        )
        # "the morrow of All Souls", "the octave of Easter", "the Monday after Michaelmas": a day the church's
        # reckoning counts from a feast
        counted_feast = (
            r"(?:the\s+feast\s+of\s+)?(?:(?:st\.?|saint)\s+(?P<osaint>"
            + words_regex(sorted(self.lex.FEAST_SAINTS, key=len, reverse=True))
            + r")|(?P<ofeast>"
            + words_regex(
                sorted(
                    {*self.lex.FEASTS, *self.lex.FIXED_HOLIDAYS, *self.lex.FEASTS_COUNTED_FROM}
                    | {name for name in self.lex.EASTER_HOLIDAYS if not name.endswith("week")}
                    # "the Friday after Thanksgiving": not Black Friday, a day already counted on from one
                    | {name for name, rule in self.lex.NTH_WEEKDAY_HOLIDAYS.items() if len(rule) == 3},
                    key=len,
                    reverse=True,
                )
            )
            + r"))(?![a-z'])(?:,?\s+"
            + f.year_rx
            + r")?"
        )
        self._add(
            "feast_offset",
            "feastoff",
            r"the\s+(?P<offword>" + words_regex(self.lex.FEAST_OFFSET_WORDS) + r")\s+of\s+" + counted_feast,
            self.h_feast_offset,
        )
        # "the Sunday after", "the Monday before": a weekday counted from what follows
        weekday_counted_from = (
            r"the\s+(?P<owd>"
            + words_regex(self.lex.WEEKDAYS)
            + r")\s+(?P<odir>"
            + words_regex(sorted(self.lex.FEAST_WEEKDAY_DIRECTIONS, key=len, reverse=True))
            + r")\s+"
        )
        self._add("feast_weekday", "weekday", weekday_counted_from + counted_feast, self.h_feast_offset)
        # "the Saturday after 1 May 2023", "the Monday before July 4": the first such weekday after (or
        # before) a date, counted as from a fixed feast
        self._add(
            "weekday_from_date",
            "weekday",
            weekday_counted_from
            + r"(?:"
            + f.day_rx
            + r"\s+(?:of\s+)?"
            + f.month_rx
            + "|"
            + f.month_rx.replace("?P<month>", "?P<mmonth>")
            + r"\s+"
            + f.day_rx.replace("?P<day>", "?P<mday>")
            + r")(?![a-z])(?:,?\s+"
            + f.year_rx
            + r")?",
            self.h_weekday_from_date,
        )
        # "3 Edward I", "the twentieth year of Henry VI": a regnal year of an English sovereign
        sovereigns = words_regex(sorted(self.lex.ENGLISH_REGNAL_ACCESSIONS, key=len, reverse=True))
        self._add(
            "english_regnal_year",
            "digit",
            r"(?P<rcount>[1-9]\d?)\s+(?P<rking>" + sovereigns + r")(?![a-z'\u2019])",
            self.h_english_regnal_year,
        )
        self._add(
            "english_regnal_ordinal",
            "unit",
            r"(?P<regnal>the\s+(?P<rord>"
            + words_regex(self.lex.ORDINALS)
            + r"|[1-9]\d?(?:st|nd|rd|th|(?<=[23])d)(?![a-z]))\s+year)\s+of\s+(?P<rreign>the\s+reign\s+of\s+)?(?:king\s+|queen\s+)?(?P<rking>"
            + sovereigns
            + r")(?![a-z'\u2019])",
            self.h_english_regnal_year,
        )
        # "St George's Day", "on Saint Stephen's Day 1135": a saint's feast named by its day
        self._add(
            "saint_day",
            "holiday",
            r"(?:st\.?|saint)\s+(?P<saint>"
            + words_regex(sorted((n for n in self.lex.FEAST_SAINTS if " " not in n), key=len, reverse=True))
            + r")['’]s\s+day(?![a-z])(?:,?\s+"
            + f.year_rx
            + r")?",
            self.h_feast_day,
        )
        self._add(
            "day_continuation",
            "digit",
            # "June 25-[26, 1876]": the last day of an American range carries the year after a comma
            r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?(?![0-9a-z]|[:.,]\d|\s*%)"
            r"(?:,[ \t]+(?P<cyear>[12]\d{3})(?![0-9]|,\d)" + self._counted_after_year() + r")?",
            self.h_day_continuation,
        )
        self._add("year_continuation", "digit", r"(?P<yy>\d{2})(?![0-9])", self.h_year_continuation)
        tens = "|".join(w for w, v in self.lex.NUMBER_WORDS.items() if v in (20, 30, 40, 50, 60, 70, 80, 90))
        teens = "|".join(w for w, v in self.lex.NUMBER_WORDS.items() if 10 <= v <= 19)
        ones = "|".join(
            w for w, v in self.lex.NUMBER_WORDS.items() if 1 <= v <= 9 and w not in ("a", "an", "single")
        )
        spelled = (
            # "nineteen-forty", "twenty twenty-one": the century's word, then the year's
            r"(?:(?P<century>nineteen|eighteen|seventeen|twenty)[\s-]+(?:(?P<teen>"
            + teens
            + r")|(?P<tens>"
            + tens
            + r")(?:[\s-](?P<one>"
            + ones
            + r"))?)"
            r"|two\s+thousand(?:\s+and\s+(?P<one2>" + ones + r"|" + teens + r"))?)(?![a-z-])"
        )
        self._add("spelled_year", "spelled", r"(?:the\s+year\s+)?" + spelled, self.h_spelled_year)
        # "January nineteen ninety-seven", "the winter of nineteen ninety-four" (spoken news)
        self._add(
            "period_spelled_year",
            "month season",
            r"(?:"
            + f.month_rx
            + r"|(?:the\s+)?"
            + f.season_rx
            + r")\s+(?:(?:of\s+)?"
            + spelled
            # "the summer of seventy-six": a year of two digits said in words, its century from the story
            + r"|of\s+(?P<stens>"
            + tens
            + r")(?:-(?P<sone>"
            + ones
            + r"))?(?![a-z-]))",
            self.h_period_spelled_year,
        )
        self._add(
            "week_of_date",
            "unit",
            # "the week of March 6"; "week commencing 12 June", "w/c 12 June": a week named by its first day
            r"(?:(?:the\s+)?week\s+(?:of|commencing|beginning|starting)|w/c)\s+(?:"
            + f.month_rx
            + r"\s*"
            + f.day_rx
            + r"|(?P<wday>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?\s+(?:of\s+)?"
            + f.month_rx.replace("?P<month>", "?P<wmonth>")
            # "in the week of the eighth of February": the day said in words
            + r"|the\s+(?P<wsday>"
            + open_ordinals
            + r")\s+of\s+"
            + f.month_rx.replace("?P<month>", "?P<wsmonth>")
            + r")(?:,?\s*"
            + f.year_rx
            + r")?",
            self.h_week_of_date,
        )
        self._add(
            "elliptical_count_list",
            "digit",
            # "followed up at 6, 12 and 24 months": a bare count in a list closed by a unit is its length
            # ("6-4, 6-3 and 7 weeks later": a score's second count opens no list)
            r"(?<![\d.,:/\u2013-])(?P<elist>\d{1,3})(?![\d.,:]\d)(?:\s*,\s*\d{1,3}(?![\d.,:]\d))*\s*,?\s+(?P<econj>and|or)\s+\d{1,3}\s+(?P<eunit>"
            + words_regex(self.lex.ELLIPTICAL_LIST_UNITS)
            + r")(?![a-z-])(?!\s+(?:old|of\s+age)(?![a-z]))",
            self.h_elliptical_count_list,
        )
        self._add(
            "week_number",
            "unit",
            # "epidemiological week 23", "ISO week 9 of 2024", "week 18" in a report that counts weeks so:
            # a week of the year named by its number
            r"(?:(?P<wkq>"
            + words_regex(self.lex.WEEK_NUMBER_QUALIFIERS)
            + r")\s+)?week\s+(?:no\.\s*)?(?P<wkn>[1-9]\d?)(?![0-9]|[.,:/-]\d|\s*(?:%|per\b))"
            # "from week 40 of 2019", "week 3 of '24" ("week 5 of 1500 participants" is no year: weeks are
            # numbered so from the twentieth century)
            + r"(?:(?:\s+of|,)?\s+(?P<wky>(?:19|20)\d{2}(?![0-9])|(?<=of\s)'\d{2}(?![0-9])))?",
            self.h_week_number,
        )
        self._add(
            "year_end",
            "unit",
            r"(?P<ye>(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year))(?![a-z])",
            self.h_year_end,
        )
        self._add(
            "month_end",
            "unit",
            # "by month-end", "till month end": the end of the current month, as "the end of the month" is
            r"(?P<me>month[-\s]end|month's\s+end)(?![a-z-])",
            self.h_month_end,
        )
        self._add(
            "full_year",
            "unit",
            r"full-year(?=[ \t]+[a-z])",
            self.h_full_year,
        )
        self._add(
            "period_to_date",
            "unit",
            # "up 9.8% in the year to date": written apart, a noun phrase that keeps its article; "the
            # year-to-date total" is an adjective, the article the noun's
            r"(?:the\s+(?=(?:year|month|week)\s+to\s+date(?![a-z-])))?"
            r"(?P<ptd>year|month|week)[-\s]+to[-\s]+date(?![a-z])|(?P<ytd>ytd)(?![a-z])",
            self.h_period_to_date,
        )
        self._add(
            "same_time_shifted",
            "unit",
            r"(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week)(?![a-z])",
            self.h_same_time_shifted,
        )
        self._add(
            "this_time_of_year",
            "unit",
            r"this\s+time\s+of\s+(?:the\s+)?year(?![a-z])",
            self.h_this_time_of_year,
        )
        self._add(
            "spelled_day_only",
            "ordinal spelled weekday",
            # "We start in Glasgow on the eighteenth.", "next Tuesday, the twenty-second": a day said in words;
            # "on Sunday the sixteenth": the weekday said before it belongs to it
            r"(?:"
            + f.weekday_rx.replace("?P<weekday>", "?P<sdweekday>")
            + r"\s+)?the\s+(?P<sday>"
            + open_ordinals
            + r")(?=\s*(?:[.,;:!?)]|$))",
            self.h_spelled_day_only,
        )
        self._add(
            "day_only",
            "digit",
            # "on the 23rd of that month": the month just told, said again
            r"the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)(?:\s+(?P<inst>"
            + words_regex(self.lex.LETTER_MONTH_STEPS)
            + r")"
            + r"|\s+of\s+(?:that|the\s+same|the)\s+month(?![a-z])"
            # "due on the 1st of next month": a day of the month named from the writer's now
            # ("the 1st of next month's issue" is the first of the issue's parts)
            + r"|\s+of\s+(?P<relmonth>this|next|last)\s+month(?![a-z]|['\u2019]s(?![a-z])))?(?![a-z0-9])",
            self.h_day_only,
        )
        self._add(
            "end_of_day",
            "eod",
            r"(?P<eod>"
            + words_regex(self.lex.END_OF_DAY_WORDS)
            + r")(?:\s+(?:"
            + f.weekday_rx.replace("?P<weekday>", "?P<eodweekday>")
            + r"|(?P<eodday>today|tomorrow|tmrw|tmr)(?![a-z])))?",
            self.h_end_of_day,
        )
        # "music at 7.30", "curtain at 7.45": a dotted hour a listing gives a performance
        self._add(
            "performance_dotted_hour",
            "digit",
            r"(?P<phour>1[0-2]|0?[1-9])\.(?P<pminute>[0-5]\d)(?![0-9a-z%]|\.\d|[ \t]*(?:[ap]\.?m\b|o'clock))",
            self.h_performance_dotted_hour,
        )
        # "see you at 8", "doors at 8", "8ish", "10ish this morning": an hour without a.m. or p.m.
        self._add(
            "bare_hour",
            "digit",
            # "level at 4 1/2 points", "at 3½": a whole number and its fraction are a count
            r"(?P<bhour>1[0-2]|0?[1-9])(?P<ish>ish)?(?![0-9a-z:/%\u00bc-\u00be]|[.,]\d|[ \t]+[1-9]/[1-9](?![0-9]))"
            # "at 10 EST", "at 8 ET/PT": a zone written after the hour (h_bare_hour wants it in capitals)
            + r"(?:[ \t]+(?P<bzone>"
            + zone
            + r"(?:/"
            + zone
            + r")?)(?![a-z]))?"
            + r"(?:\s+(?P<bday>this\s+(?:morning|afternoon|evening)|tonight|tonite|2nite|today|tomorrow|tmrw|tmr)(?![a-z]))?",
            self.h_bare_hour,
        )
        # "15 March 44 BC", "January 27 BC", "24 August 410": dates of early years, by era or context
        self._add(
            "early_year_date",
            "month digit",
            r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?\s+(?:of\s+)?)?"
            + f.month_rx
            + r"\s+(?:(?P<mday>[0-3]?\d),\s*)?(?:(?P<preera>ad|a\.d\.)\s*)?(?P<year>\d{1,4})(?![0-9])(?:\s*"
            + f.era_rx
            + ")?",
            self.h_early_year_date,
        )
        # "in about 560", "in c. 614": a hedge between the preposition and the year approximates it
        self._add(
            "early_year",
            "digit",
            r"(?:(?P<approx>"
            + phrases_regex(self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS | self.lex.EARLY_YEAR_HEDGES)
            + r")\s*)?(?P<year>[1-9]\d{1,2})(?![0-9a-z])",
            self.h_early_year,
        )
        # "open Monday to Saturday, 9am-6pm": a run of weekdays given its hours is a schedule
        # "Mon-Fri 10am-5pm, Sat 11am-4pm": the entry of a schedule before a weekday given its own hours
        # ("Sat 3pm, Sun 1pm" alone are two fixtures' days: the schedule opens with a run of weekdays, and
        # "Mon-Fri 9am-5pm, Sat 10am-4pm, Sun noon-4pm" goes on from entry to entry)
        entry_weekday = f.weekday_rx.replace("?P<weekday>", "?:")
        entry_hours = r"\s+" + _OPENING_HOUR + r"(?:\s*(?:-|\u2013|to)\s*" + _OPENING_HOUR + r")?\s*[,;]\s*"
        self.schedule_entry_before_rx = compile_pattern(
            entry_weekday
            + r"\s*(?:-|\u2013|to|&|and)\s*"
            + entry_weekday
            + entry_hours
            + r"(?:"
            + entry_weekday
            + entry_hours
            + r")*$"
        )
        # "Performances Mon-Sat at 7.30pm": a run given its hours after "at" is a schedule too
        self.weekday_run_then_hours_rx = compile_pattern(weekday_run_after + _RUN_SCHEDULE_HOURS)
        self.weekday_pair_then_hours_rx = compile_pattern(weekday_pair_then_hours)
        self.weekday_hours_rx = compile_pattern(_SCHEDULE_HOURS)
        # "from 9am to 5pm Monday to Friday": a weekday that opens a run of weekdays
        self.weekday_run_after_rx = compile_pattern(weekday_run_after)
        # "Open Sun-Thu", "is closed Sun-Mon": a notice's state opening its line or sentence, or after the
        # present "is" or "are", before a run of weekdays ("was closed Sun-Mon" tells one stretch)
        self.notice_state_before_rx = compile_pattern(
            r"(?:^|[.:;!?\n][ \t]*|(?<![a-z])(?:is|are)[ \t]+)"
            + words_regex(self.lex.NOTICE_HOURS_STATES)
            + r"[ \t]+$"
        )
        # "22 June - 5 December 1941", "between June and August 1943": the end of a range names the year
        self.range_end_year_rx = compile_pattern(
            r"\s*(?:-|to|and|until|till|through)\s*"
            # "from Sunday 2 September to Thursday 6 September 1666": a weekday may open the end
            + r"(?:"
            + f.weekday_rx.replace("?P<weekday>", "?:")
            + r",?\s+)?"
            # "in late August and early September 1854": a part of the closing month keeps its year
            + r"(?:(?:"
            + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(self.lex.PERIOD_MODIFIERS))
            + r")(?:\s+|-))?"
            + r"(?:(?P<eday>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?\s+(?:of\s+)?)?"
            + f.month_rx.replace("?P<month>", "?P<emonth>")
            + r"(?:\s+(?P<emday>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?)?,?\s*(?P<eyear>[12]\d{3})(?![0-9])"
        )
        # "on June 25-26, 1876", "May 3 through 5, 1945": the American range of days written once with its
        # month before and its year after the last day (the comma before the year is required: "March
        # 3-5 2000 runners" may be a count)
        self.range_end_day_year_rx = compile_pattern(
            r"\s*(?:-|\u2013|to|and|through)\s*(?P<eday>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?,[ \t]+"
            r"(?P<eyear>[12]\d{3})(?![0-9]|,\d)" + self._counted_after_year()
        )
        # "proclaimed Thursday, November 29, [a day of thanksgiving]": a date just before a day's kind
        self.date_just_before_rx = compile_pattern(
            r"(?:"
            + f.weekday_rx.replace("?P<weekday>", "?:")
            + r",?\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
            + f.month_rx
            + r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s+[12]\d{3})?\s*,?\s*$"
        )
        # "in May, June and July 1999": the months of a list before its last take the last one's year
        self.month_list_end_year_rx = compile_pattern(
            r"(?:\s*,\s*"
            + f.month_rx.replace("?P<month>", "?:")
            + r")+\s*,?\s+(?:and|or)\s+"
            + f.month_rx.replace("?P<month>", "?P<emonth>")
            + r",?\s+(?:of\s+)?(?P<eyear>[12]\d{3})(?![0-9])"
        )
        # "in November and December last year": a month joined to one with a relative year shares it
        self.range_end_relative_year_rx = compile_pattern(
            r"\s*(?:-|to|and|or|until|till|through)\s*"
            + f.month_rx.replace("?P<month>", "?P<emonth>")
            + r",?\s+(?:of\s+)?(?P<erel>this|last|next)\s+year(?![a-z'])"
        )
        # "between 16 and 19 October 1813", "from 3 to 7 May": a bare day opening a range of days
        self._add(
            "day_range_opening",
            "digit",
            # "on 10, 17 and 24 May": the days of a list before its last take its month too
            r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?(?=(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?(?![0-9]))*\s*,?"
            r"\s*(?P<link>-|to|and|through|until|till|/)\s*(?P<endday>[0-3]?\d)"
            r"(?:st|nd|rd|th|(?<=[23])d)?\s+(?:of\s+)?"
            + f.month_rx
            # "on the night of 10-11 December 969": a three-digit year (h_day_range_opening decides)
            + r"(?:,?\s*(?:"
            + f.year_rx
            + r"|(?P<earlyyear>[1-9]\d{2})(?![0-9])))?)",
            self.h_day_range_opening,
        )
        # "in epidemiological week 23": a week of the year named by its number, qualified as such
        self.week_number_before = compile_pattern(
            r"(?<![a-z])" + words_regex(self.lex.WEEK_NUMBER_QUALIFIERS) + r"\s+weeks?\s+\d"
        )
        # "from 6 to 8 May", "the night of 8/9 January": what follows a number makes it a day, not an hour
        # or a day/month
        # "on the 28th and 29th of March": the month a pair or range of ordinal days closes with
        self.ordinal_day_close_rx = compile_pattern(
            r"\s*(?:-|to|and|through|until|till)\s*(?:the\s+)?[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)\s+(?:of\s+)?"
            + f.month_rx
            + r"(?![a-z])"
        )
        self.day_range_close_rx = compile_pattern(
            r"\s*(?:-|to|and|through|until|till|/)\s*[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?\s+(?:of\s+)?"
            + f.month_rx.replace("?P<month>", "?:")
            + r"(?![a-z])"
        )

    # ------------------------------------------------------------------ triggers
    def _build_triggers(self) -> None:
        lex = self.lex
        categories: dict[str, str] = {}
        for word in lex.MONTHS:
            categories[word] = "month"
        for word in lex.WEEKDAYS:
            categories[word] = "weekday"
        for word in ("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"):
            categories[word] = "weekday"
        for word in lex.WORKWEEK_DAY_WORDS:
            categories[word] = "weekday"
        for word in lex.MIDWEEK_WORDS:
            categories[word] = "midweek"
        for word in lex.UNIT_FORMS:
            categories[word] = "unit"
        for word in (
            "period",
            "quarter",
            "quarters",
            "half",
            "fiscal",
            "fy",
            "q1",
            "q2",
            "q3",
            "q4",
            "h1",
            "h2",
            "1q",
            "2q",
            "3q",
            "4q",
        ):
            categories[word] = "quarter"
        categories["ytd"] = "unit"  # "YTD": year-to-date
        for word in lex.DOSE_INTERVAL_ABBREVIATIONS:
            categories[word] = "doseabbr"  # "q4h": a prescriber's every four hours
        for phrase in lex.LATIN_RATE_PHRASES:
            categories[phrase.split()[-1]] = "latinrate"  # "per annum": read back from "annum"
        categories["date"] = "samedate"  # "from the same date": only the "the same <unit>" rule is tried
        categories["w/c"] = "unit"  # "w/c 12 June": week commencing
        for word in lex.LONG_ADJECTIVE_UNITS:
            categories[word + "long"] = "unit"  # "hourlong", "weeklong": written as one word
        for word in lex.END_OF_DAY_WORDS:
            categories[word] = "eod"
        for word in ("o'clock", *lex.CLOCK_MINUTE_WORDS):
            categories.setdefault(word, "pod")  # "six o'clock", "four thirty": read back to the hour word
        for word in lex.DAY_DEICTICS:
            categories[word] = "deictic"
        for word in lex.PARTS_OF_DAY:
            categories.setdefault(word, "pod")
        for word in lex.SEASONS:
            categories[word] = "season"
        for word in lex.PLURAL_SEASONS:
            categories[word] = "season"
        for word in lex.ONE_WORD_MID_SEASONS:
            categories["mid" + word] = "season"
        for word in lex.FEAST_HEADS:
            categories.setdefault(word, "feast")
        for word in lex.FEAST_OFFSET_WORDS:
            categories.setdefault(word, "feastoff")  # "the morrow of All Souls": read from "morrow"
        for word in lex.SET_ADVERBS:
            categories[word] = "setadv"
        for word in lex.DECADE_WORDS:
            categories[word] = "decade"
        for word in ("nineteen", "eighteen", "seventeen", "two", "twenty"):
            categories.setdefault(word, "spelled")
        for phrase in lex.REFERENCE_PHRASES:
            categories.setdefault(phrase.split()[-1], "ref")
        for word in lex.REFERENCE_WORDS:
            categories.setdefault(word, "ref")
        for name in self.holiday_names:
            name_words = name.split()
            if len(name_words) == 1:
                categories.setdefault(name_words[0], "holiday")  # "Christmas", "Thanksgiving"
            # a longer name is found from its last word ("day", "eve", a weekday) or, when that
            # ends in "'s", from the unit it holds ("new year's": "year"), reading back over the rest
            last_word = name_words[-1]
            if "'" not in last_word:
                categories.setdefault(last_word, "holiday")
            if last_word in lex.MONTHS and len(name_words) > 2:
                # "the Ides of March": a month ends many phrases, so the name's own word finds it
                categories.setdefault(name_words[1] if name_words[0] == "the" else name_words[0], "holiday")
        for word in lex.CALENDAR_ERA_YEARS:
            categories.setdefault(word, "calendar_era")  # "Meiji 6": the era's name, then its year
        for word in lex.ETHIOPIAN_MONTHS:
            categories.setdefault(word, "ethiopian")  # "Yekatit 23": an Ethiopian month, then its day
        for word in lex.CLOCK_HOUR_WORDS:
            categories.setdefault(word, "clockword")  # "tonight at eleven": the hour after a part of the day
        for word in lex.ORDINALS:
            # "on the eighteenth": a day said in words (after the holidays: "Fourth of July" keeps its own)
            categories.setdefault(word.split("-")[-1], "ordinal")
        # A word that is both a unit and something else keeps both rule lists.
        self.trigger_categories = categories
        self.multi_categories: dict[str, tuple[str, ...]] = {
            "night": ("unit", "pod"), "nights": ("unit", "pod"), "day": ("unit", "holiday"),
            "past": ("ref",), "future": ("ref",), "nite": ("unit", "pod"), "nites": ("unit", "pod"), "quarter": ("quarter", "unit"), "quarters": ("quarter", "unit"),
            "half": ("quarter",), "two": ("spelled", "clockword"), "eve": ("holiday",), "sunday": ("weekday", "holiday"), "monday": ("weekday", "holiday"),
            "friday": ("weekday", "holiday"), "thursday": ("weekday", "holiday"), "wednesday": ("weekday", "holiday"),
            "saturday": ("weekday", "holiday"), "tuesday": ("weekday", "holiday"), "overnight": ("deictic",),
            # "the Fourth" is a holiday, "on the fourth." and "the fourth and fifth centuries" ordinals
            "fourth": ("holiday", "ordinal"),
        }  # fmt: skip
        # What may follow a number of one to three digits for it to start a date or time ("3 p.m.",
        # "12 March", "2/3/2022", "the 3rd", "44 BC", "'90s", "3Q"); other numbers are quantities.
        self.short_number_context = compile_pattern(
            r"(?:st|nd|rd|th|(?<=[23])d)|[:./-]\d|'?s(?![a-z])|[qh](?![a-z])|-|ish(?![a-z])"
            # "ETA 2hrs", "back in 20mins": a short unit glued to its count (h_glued_length)
            r"|(?:" + words_regex(lex.GLUED_UNIT_FORMS) + r")(?![a-z0-9])"
            r"|\s*(?:of\s+)?(?:" + words_regex(lex.MONTHS) + ")"
            r"|\s+(?:" + words_regex(lex.ETHIOPIAN_MONTHS) + r")(?![a-z])"  # "23 Yekatit"
            r"|\s+(?:" + words_regex(lex.REPUBLICAN_MONTHS) + r")(?![a-z])"  # "18 Brumaire"
            r"|\.(?:" + words_regex(lex.ROMAN_MONTHS) + r")\."  # "14.iv."
            # "3 Edward I": a regnal year cited by the sovereign's name and number
            r"|\s+(?:"
            + words_regex(sorted(lex.ENGLISH_REGNAL_ACCESSIONS, key=len, reverse=True))
            + r")(?![a-z])"
            r"|\s*(?:a\.?\s?m|p\.?\s?m|o'clock|b\.?c|a\.?d\.?(?![a-z])|c\.?e\.?(?![a-z])|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|bce)"
            r"|\s*(?:and|to|or|through|until|-)\s*\d"
            # "on 10, 17 and 24 May", "wait 5, 10 or 15 minutes"
            r"|(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)?)+\s*,?\s*(?:and|or)\s*\d"
            # "132 AH", "(AH 316)": a year of the Hijri calendar (h_hijri_year decides)
            + "".join(rf"|(?<=\({re.escape(abbr)} [1-9]\d\d)" for abbr in sorted(lex.LIFE_SPAN_ABBREVIATIONS))
            + r""
            r"|\s+a\.?h\.?(?![a-z0-9])|(?<=\bah [1-9])|(?<=\bah [1-9]\d)|(?<=\bah [1-9]\d\d)"
            # "Basil II (958 – 15 December 1025)": a life in brackets opened by a three-digit year
            r"|(?<=\([1-9]\d\d)(?=\s*[-\u2013])"
            # "in 886", "until 476": a three-digit year after a preposition (h_early_year decides)
            r"|(?<=\bin [1-9]\d\d)(?![\d,.]\d)|(?<=\buntil [1-9]\d\d)(?![\d,.]\d)|(?<=\bsince [1-9]\d\d)(?![\d,.]\d)"
            r"|(?<=\bby [1-9]\d\d)(?![\d,.]\d)|(?<=\band [1-9]\d\d)(?![\d,.]\d)"
            # "the consuls of 218,", "from 221, his son": in a story before Christ (h_early_year decides)
            r"|(?<=\bfrom [1-9]\d\d)(?=[,.;]|\s+and\s|\s+the\s|\s+to\s+[a-z]|\s+until\s)|(?<=\bfor [1-9]\d\d)(?=[,.;])|(?<=\bof [1-9]\d\d)(?=[,.;])"
            + "".join(
                rf"|(?<=\b{prep} {re.escape(hedge)} [1-9]\d\d)(?![\d,.]\d)"
                for hedge in sorted(lex.YEAR_APPROXIMATOR_ABBREVIATIONS | lex.EARLY_YEAR_HEDGES)
                # "by about 850", "after about 750", "since about 950": hedged after a preposition of time
                for prep in ("in", "by", "after", "before", "from", "since", "until")
            )
            # "built c. 950": "circa" abbreviated hedges only years, whatever stands before it
            + "".join(
                rf"|(?<=\b{re.escape(hedge)} [1-9]\d\d)(?![\d,.]\d)"
                for hedge in sorted(lex.YEAR_APPROXIMATOR_ABBREVIATIONS)
            )
            # "after his death in 81.": two digits closing the phrase (h_early_year asks for a story then)
            + r"|(?<=\bin [1-9]\d)(?=\s*(?:[.;)]|,(?!\s*\d)|$))"
        )
        self.zone_after = compile_pattern(r"\s*(?:" + words_regex(lex.TIME_ZONES) + ")")
        self.countdown_before = compile_pattern(
            r"(?<![a-z])(?:" + "|".join(re.escape(mark) for mark in lex.COUNTDOWN_MARKS) + r")[ \t]*"
            # "T-minus 3 minutes [50 seconds]": the reading's finer units follow its first
            r"(?:\d+(?:\.\d+)?[ \t]+[a-z]+,?[ \t]+(?:and[ \t]+)?){0,2}$"
        )
        # the clock's name may follow the reading's finer units ("5 hours [18 minutes] ground elapsed time")
        self.elapsed_clock_after = compile_pattern(
            r"(?:,?[ \t]+(?:and[ \t]+)?\d+[ \t]+[a-z]+){0,2}[ \t]+(?:"
            + words_regex(lex.ELAPSED_CLOCK_NAMES)
            + ")"
        )
        than = re.escape(lex.COMPARISON_WORD) + r"(?![a-z])"
        # "a week later on average in 2015 than in 2014": the comparison's own adjuncts may stand before "than"
        self.than_after = compile_pattern(
            r"(?:\s+(?:"
            + phrases_regex(lex.COMPARISON_ADJUNCTS)
            + r"|in\s+[12]\d{3})(?![a-z0-9]))*\s+"
            + than
        )
        # "is expected to save $250 billion over the next decade": a present forecast of a plan
        self.plan_forecast = compile_pattern(
            r"(?<![a-z])" + phrases_regex(lex.PLAN_FORECAST_PHRASES) + r"(?![a-z])"
        )
        # "for weeks, maybe months": a comma at most and a hedge between a bare length and the unit after it
        self.hedged_second_before = compile_pattern(
            r"[ \t]*,?[ \t]*" + phrases_regex(lex.HEDGED_SECOND_LENGTH_WORDS) + r"[ \t]+$"
        )
        # "arrived some two hours later": a hedged count of hours before "later" is a length with the
        # hedge's mod ("[about an hour] later"), not the clock time reached, whichever candidate is longer
        self.hedge_before = compile_pattern(r"(?<![a-z])" + words_regex(lex.AMOUNT_MODIFIERS) + r"[ \t]+$")
        # "comes 11 days earlier each year": a difference that recurs, not a shift to a date
        self.rate_after = compile_pattern(
            r"\s+" + words_regex(lex.RATE_QUANTIFIERS) + r"\s+" + words_regex(lex.UNIT_FORMS) + r"(?![a-z])"
        )
        # "11 days later than in the 1920s": a counted comparison of lengths
        self.compared_length = compile_pattern(
            r"(?<![a-z])"
            + words_regex(lex.UNIT_FORMS)
            + r"\s+"
            + words_regex(lex.TIME_COMPARATIVES)
            + r"\s+"
            + than
        )
        # "2nite", "2moro": words written with a digit, which the finder reads as words, not numbers
        self.digit_spelled_words = frozenset(word for word in lex.DAY_DEICTICS if word[0].isdigit())
        # Leading words TimeML leaves outside an expression (the handler has read their meaning).
        singular_units = [w for w, unit in lex.UNIT_FORMS.items() if w == unit]
        counts = [w for w in lex.NUMBER_WORDS if w not in ("a", "an") and w not in lex.HYPHENED_ONLY_COUNTS]
        self.outside_extent = compile_pattern(
            words_regex(lex.OUTSIDE_EXTENT_WORDS)
            + r"\s+(?=\S)"
            + "|"
            + words_regex(lex.NOUN_DETERMINERS)
            + r"\s+(?=(?P<adjective>(?:(?:\d+|"
            + words_regex(counts)
            + r")[\s-]+|"
            # "a single-day pass" but not "a single day went on": some counts join a noun only by a hyphen
            + words_regex(lex.HYPHENED_ONLY_COUNTS)
            + r"-)"
            + words_regex(singular_units)
            # "in a single day\n\nMore ...": a blank line ends the phrase, so no adjective runs across it
            + r"|year-(?:earlier|ago))[ \t-]*\n?[ \t]*(?<=[\s-])(?!(?:ago|earlier|later|before|after|from|or|and|of|in|on|at|for|to|with|by|until|till|than|when|but)(?![a-z]))[a-z])"
        )  # the finder applies the second branch only to an expression that ends with the adjective
        self.unscheduled_event_rx = compile_pattern(r"[ \t]+" + words_regex(lex.UNSCHEDULED_EVENT_NOUNS))
        # what a club or a society holds or issues, named after it with its year ("the 2012 Association
        # meeting", "the 2023 Committee report")
        self._events_a_body_holds = lex.SCHEDULED_EVENT_NOUNS | lex.DAY_EVENT_WORDS
        # the publications a part of the day names a kind of ("the evening edition", "the morning paper")
        self._publication_qualified_by_part_of_day = lex.QUALIFIED_BY_PART_OF_DAY & lex.FREQUENCY_KIND_NOUNS
        # "the weekly jobless claims report", "the government's weekly crude inventory figures": a document
        # an office issues at that interval, named with one or two modifiers of its own
        self.frequency_document_rx = compile_pattern(
            r"(?:[ \t]+(?!"
            + words_regex(lex.FREQUENCY_DOCUMENT_GAP_STOPS)
            + r")[a-z-]+){1,2}[ \t]+"
            # "the weekly jobless claims count", "his weekly cleaning routine": a kind's noun as well
            + words_regex(lex.FREQUENCY_DOCUMENT_NOUNS | lex.FREQUENCY_KIND_NOUNS)
        )
        self.frequency_kind_noun_rx = compile_pattern(
            # "1,450 hourly and 230 salaried workers": a count may stand before the second kind
            r"(?:\s+(?:"
            + words_regex(lex.FREQUENCY_KIND_LINKS)
            # "sampled daily and readings logged hourly": a joining word must join a second kind, not a clause
            + r"|\d[\d,]*(?![\d,]))){0,3}(?<!\sand)(?<!\sor)\s+"
            + words_regex(lex.FREQUENCY_KIND_NOUNS)
        )
        self.weekday_service_noun_rx = compile_pattern(r"\s+" + words_regex(lex.WEEKDAY_SERVICE_NOUNS))
        self.weekday_fixture_noun_rx = compile_pattern(
            r"\s+" + words_regex(lex.WEEKDAY_FIXTURE_NOUNS) + r"(?![a-z])"
        )
        # "The 1906 San Francisco earthquake", "in 1906", "on 18 April 1906": a year restated below a title
        self._title_year_lead = compile_pattern(
            r"(?<![a-z])(?:the|in|of|since|from|until|till|by|during|"
            + "|".join(sorted(lex.MONTHS, key=len, reverse=True))
            + r")\.?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?$"
        )
        self.weekday_kind_noun_rx = compile_pattern(
            r"\s+(?:(?P<media>"
            + words_regex(lex.WEEKDAY_KIND_MEDIA_NOUNS)
            + r")|"
            + words_regex(lex.WEEKDAY_KIND_OCCASION_NOUNS)
            + r")(?![a-z-])"
        )
        # "Doors at 7, show at 8", "the concert starts at 8": the noun whose hour a bare hour is, with at
        # most a verb of starting between ("studies show at 10 ..." is a verb, "school starts at 9" no show)
        self.hour_owner_rx = compile_pattern(
            r"(?<![a-z'])([a-z]+)[ \t]+(?:(?:opens?|starts?|begins?)[ \t]+)?(?:at|from)[ \t]+$"
        )
        # "from 09.50 to 10.25 percent", "at 12.30 euros": the unit of an amount after a dotted figure
        self.dotted_amount_unit_after_rx = compile_pattern(
            r"[ \t]*(?:%|" + phrases_regex(lex.DOTTED_AMOUNT_UNITS) + r"(?![a-z]))"
        )
        # "invoiced monthly in arrears": a payment's timing after a frequency word, which is then an adverb
        self.payment_timing_after_rx = compile_pattern(
            r"\s+" + phrases_regex(lex.PAYMENT_TIMING_PHRASES) + r"(?![a-z])"
        )
        # "will shut overnight from 8pm to 6am ... for five weeks": the rest of the sentence gives a run of nights
        self.run_of_nights_after_rx = compile_pattern(
            r"[^.!?\n]{0,100}?(?<![a-z])for\s+(?:[a-z0-9-]+\s+){0,2}" + words_regex(lex.RUN_OF_NIGHTS_UNITS)
        )
        self.season_compound_after = compile_pattern(
            r"[ \t]+" + phrases_regex(lex.QUALIFIED_BY_SEASON_COMPOUNDS) + r"(?![a-z-])"
        )
        # "in the evening or before 9am": a phrase whose preposition or comparative takes its own object
        # is no mod of the expression before it
        post_object = words_regex(set(lex.POST_MODIFIER_OBJECT_OPENERS) | set(lex.MONTHS) | set(lex.WEEKDAYS))
        self.season_arrival_after = compile_pattern(
            r"[ \t]+" + phrases_regex(lex.SEASON_ARRIVAL_PREDICATES) + r"(?![a-z])"
        )
        # "in the winter and spring quarters", "the autumn or spring semester": a season joined to another
        # before the academic period both name
        self.season_pair_of_terms = compile_pattern(
            r"[ \t]+(?:and|or)[ \t]+"
            + words_regex(lex.SEASONS)
            + r"[ \t]+"
            + words_regex(lex.SEASON_NAMED_TERMS)
            + r"(?![a-z])"
        )
        self.post_modifier = compile_pattern(
            r"\s+"
            + phrases_regex(lex.POST_MODIFIERS)
            + r"(?![a-z0-9])(?![ \t]+(?:\d|(?:"
            + post_object
            + r")(?![a-z])))"
        )
        words = set(categories) | set(self.multi_categories)
        self.trigger_pattern = compile_pattern(
            r"(?<![a-z0-9'])" + words_regex(sorted(words, key=len, reverse=True)) + DIGIT_TRIGGER_TAIL
        )
        self.prefix_words: frozenset[str] = frozenset(
            {"the", "a", "an", "this", "that", "these", "those", "last", "past", "next", "nxt", "coming", "upcoming", "previous", "following",
             "same", "current", "early", "earlier", "late", "later", "mid", "middle", "opening", "closing", "beginning", "start", "end", "of",
             "close", "turn", "part", "latter", "dawn", "more", "than", "at", "least", "less", "fewer", "over", "under",
             "nearly", "almost", "up", "to", "within", "no", "not", "every", "each", "per", "once", "twice", "thrice",
             "times", "several", "few", "many", "some", "other", "recent", "fiscal", "financial", "tax", "academic", "calendar", "year-earlier",
             "year-ago", "latest", "final", "first", "second", "third", "fourth", "ad", "a.d.", "about", "around",
             "approximately", "approx", "roughly", "circa", "just", "well", "upwards", "its", "their", "his", "her", "full",
             "entire", "whole", "prior", "preceding", "subsequent", "ensuing", "initial", "remaining", "straight",
             "consecutive", "long", "successive", "business", "working", "trading", "school", "sitting", "and", "half",
             "trailing", "time", "front", "back", "further", "overnight", "single", "clear", "waking",
             "longer", "shorter", "most", "comparable", "in", "for", "after",
             "lasted", "spent", "one", "on", "by", "year", "week", "lunar", "chinese", "number", "couple", "dozen", "hundred", "thousand", "numerous",
             "post", "pre", "fy", "or", "c", "ca", "another", "waiting", "stayed", "stay", "stays", "staying", "remained", "quarter",
             "little", "slightly", "rest", "dozens", "scores", "hundreds", "tens", "thousands", "million",
             "billion", "millions", "billions", "matter"}
            | set(lex.NUMBER_WORDS) | set(lex.CENTURY_ORDINALS)
            | {word for phrase in lex.MATCHED_COUNT_WORDS for word in phrase.split()}  # "in as many years"
            | {word for phrase in lex.FRACTION_WORDS for word in phrase.split()}  # "a hundredth of a second"
            | lex.ADDED_UNIT_WORDS  # "an extra hour"
            | lex.SET_YEAR_KINDS  # "each holiday year"
            | lex.GAPPED_LENGTH_VERBS  # "took weeks", "waited months"
            | {"st", "saint"} | {name + "'s" for name in lex.FEAST_SAINTS if " " not in name}  # "St George's Day"
            | set(lex.SEASON_QUARTERS)
            | lex.WEEK_NUMBER_QUALIFIERS  # "epidemiological week 23"
            | {
                # "Martin Luther King Jr. Day": a word read back loses its closing period
                word.rstrip(".")
                for name in self.holiday_names
                for at, word in enumerate(name.split()[:-1])
                # a month leads only a longer name it opens ("April Fool's Day"); "May Day" keeps
                # its own trigger, as "may" is mostly the verb
                if (word not in lex.MONTHS or (at == 0 and name.count(" ") > 1)) and word not in lex.WEEKDAYS
            }
            | {word for phrase in lex.REFERENCE_PHRASES for word in phrase.split()[:-1]}
            | {word for phrase in lex.WEEKDAY_HOLIDAY_LEADS for word in phrase.split()}
            | {word for phrase in lex.YEAR_OF_GRACE_PHRASES for word in phrase.split()}
            | {era.lower().rstrip(".") for era in lex.HIJRI_ERA_ABBREVIATIONS}  # "AH 316"
        )  # fmt: skip

    def rules_for(self, categories: tuple[str, ...], first: str) -> tuple[Rule, ...]:
        """The rules of these trigger categories whose match can begin with `first` (the text's next one
        to three characters), each once (cached)."""
        key = (categories, first)
        rules = self._rules_cache.get(key)
        if rules is None:
            seen: dict[str, Rule] = {}
            head = first[:1]
            # a match begins with one of its rule's starts, or is shorter and is one of them
            heads = (first, first[:2], head)
            for category in categories:
                for rule in self.rules_by_category.get(category, ()):
                    if rule.first is not None and head not in rule.first:
                        continue
                    if rule.starts is not None and rule.starts.isdisjoint(heads):
                        continue
                    seen.setdefault(rule.name, rule)
            rules = tuple(seen.values())
            self._rules_cache[key] = rules
        return rules

    def rules_at(self, categories: tuple[str, ...], ahead: str) -> tuple[Rule, ...]:
        """`rules_for` the first three characters of `ahead` (the text's next one to eight characters),
        less the rules whose long starts none of its beginnings is: "this" is no "thirty", "month ago"
        no "month long"."""
        canonical = canonical_text(ahead)  # as the long starts are written
        key = (categories, ahead[:3], canonical)
        found = self._rules_at_cache.get(key)
        if found is None:
            rules = self.rules_for(categories, ahead[:3])
            heads = {canonical[:size] for size in range(1, len(canonical) + 1)}
            found = self._rules_at_cache[key] = tuple(
                rule for rule in rules if rule.long_starts is None or not rule.long_starts.isdisjoint(heads)
            )
        return found

    def categories_of(self, word: str) -> tuple[str, ...]:
        multi = self.multi_categories.get(word)
        if multi is not None:
            single = self.trigger_categories.get(word)
            return multi if single is None or single in multi else (single, *multi)
        single = self.trigger_categories.get(word)
        return (single,) if single else ()

    # ------------------------------------------------------------------ helpers
    def number(self, m: re.Match[str]) -> float | None:
        """The count of a `num` group: a number, or None for vague quantities ("several")."""
        raw = m.group("num")
        fraction = next((v for w, v in self.lex.FRACTION_WORDS.items() if raw.startswith(w)), None)
        value = (
            float(fraction)
            if fraction is not None
            else parse_number(raw, self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES)
        )
        if value is not None and (part := m.group("half")):
            value += 0.25 if part.endswith("quarter") else 0.5
        return value

    def month_of(self, word: str) -> int:
        return int(self.lex.MONTHS[word.rstrip(".")])

    def year_of(self, raw: str, era: str | None = None) -> int:
        if raw.startswith("'"):
            two = int(raw[1:])
            return 2000 + two if two <= 30 else 1900 + two
        first, slash, second = raw.partition("/")
        year = int(first)
        if slash and int(second) == (year + 1) % 10 ** len(second):
            # "1720/21", "1688/9": the year as counted from 1 January, the later of the two written
            return year + 1
        if era and self.lex.ERAS.get(era):
            return -year
        return year

    def month_ok(self, m: re.Match[str], ctx: Context, group: str = "month") -> bool:
        """A month name is a month unless it is an ambiguous word ("may", "march") in lower case."""
        word = m.group(group).rstrip(".")
        if word in self.lex.AMBIGUOUS_MONTHS:
            return ctx.text[m.start(group)].isupper()
        return True

    # ------------------------------------------------------------------ handlers
    def h_iso(self, m: re.Match[str], ctx: Context) -> Spec | None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if in_web_address(ctx.low, m.start(), m.end()):
            return None  # "example.com/2021/03/05/story": part of an address, not a date in the text
        pod = f"{m['h']}:{m['mi']}" + (f":{m['s']}" if m["s"] else "") if m["h"] else None
        return Spec(
            "TIME" if pod else "DATE",
            "calendar",
            year=y,
            month=mo,
            day=d,
            pod=pod,
            note="ISO 8601 date" if m["isep"] == "-" else "year, month, day",
        )

    def h_numeric(self, m: re.Match[str], ctx: Context) -> Spec | None:
        a, b = int(m["a"]), int(m["b"])
        raw_year = m["y"]
        if (
            m["sep"] == "."
            and len(raw_year) != 4
            and _previous_word(ctx.low, m.start()) not in self.lex.SLASH_DATE_LEADS
        ):
            return None  # "version 2.1.97", "scored 6.4.12"; "since 25.1.97", "on 30.6.97" are days
        if (
            m["sep"] == "."
            and len(raw_year) != 4
            and not self.lex.SOFTWARE_RELEASE_WORDS.isdisjoint(
                _SENTENCE_WORD.findall(_sentence_around(ctx.low, m.start(), m.end()))
            )
        ):
            return None  # "in the kernel since 2.6.32", "upgrade from 1.4.12": a release's number
        if in_web_address(ctx.low, m.start(), m.end()):
            return None
        year = (
            int(raw_year)
            if len(raw_year) == 4
            else (2000 + int(raw_year) if int(raw_year) <= 30 else 1900 + int(raw_year))
        )
        # dotted dates (03.02.2022) are written day first wherever they are used; "12/05/2019" in a
        # text that writes "2 July" and "31/10/2006" is day first as its other dates are
        day_first = ctx.day_first or m["sep"] == "." or (a <= 12 and b <= 12 and self.writes_day_first(ctx))
        day, month = (a, b) if day_first else (b, a)
        if m["sep"] == ".":
            note = "day.month.year (dotted dates put the day first)"
        elif day_first and not ctx.day_first:
            note = "day/month/year (the text writes its dates day first)"
        else:
            note = "day/month/year (day-first setting)" if ctx.day_first else "month/day/year"
        if month > 12 and day <= 12:
            day, month = month, day
            note = (
                "day/month/year (the first number cannot be a month)"
                if not day_first
                else "month/day/year (the second number cannot be a month)"
            )
        if m["nweekday"] and a != b and a <= 12 and b <= 12:
            # "Tue 05/03/2024": of the two readings, the one falling on the weekday written before it
            weekday = int(self.lex.WEEKDAYS[m["nweekday"]])
            fitting = [
                (d, mo)
                for d, mo in ((a, b), (b, a))
                if d <= days_in_month(year, mo) and date(year, mo, d).isoweekday() == weekday
            ]
            if len(fitting) == 1 and fitting[0] != (day, month):
                day, month = fitting[0]
                note = "the reading of the numeric date that falls on the weekday written before it"
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return Spec("DATE", "calendar", year=year, month=month, day=day, note=note)

    def era_bc_named_before(self, ctx: Context, position: int) -> bool:
        """Whether the text has written a year before Christ with its era before `position`: a history
        that has, names its later years bare ("the consuls of 216,") paragraphs on."""
        if ctx.first_era_bc is None:
            found = _ERA_BC_BEFORE.search(ctx.low)
            ctx.first_era_bc = found.start() if found is not None else len(ctx.low)
        return ctx.first_era_bc < position

    def writes_day_first(self, ctx: Context) -> bool:
        """Whether the text writes its dates day first more often than month first ("2 July", "11th of
        June", "31/10/2006" against "July 2", "10/31/2006"): British and most other writers put the day
        first in a slashed date too. Read once per text, only when a slashed date could be either."""
        if ctx.writes_day_first is None:
            day_then_month = sum(1 for _ in self._day_then_month.finditer(ctx.low))
            month_then_day = sum(1 for _ in self._month_then_day.finditer(ctx.low))
            ctx.writes_day_first = day_then_month > month_then_day
        return ctx.writes_day_first

    def _year_in_words(self, said: str) -> int | None:
        """ "two thousand and eight" -> 2008, "nineteen seventy-six" -> 1976, "nineteen oh" -> None."""
        numbers = self.lex.NUMBER_WORDS
        words = said.replace("-", " ").split()
        if words[:2] == ["two", "thousand"]:
            rest = words[3:] if len(words) > 2 else []
            if len(rest) > 1 or any(word not in numbers for word in rest):
                return None
            return 2000 + (int(numbers[rest[0]]) if rest else 0)
        if any(word not in numbers for word in words) or len(words) > 3:
            return None
        within = sum(int(numbers[word]) for word in words[1:])
        return int(numbers[words[0]]) * 100 + within if 10 <= within <= 99 else None

    def h_date(self, m: re.Match[str], ctx: Context) -> Spec | None:
        groups = m.groupdict()
        if not self.month_ok(m, ctx) and not groups.get("year"):
            return None  # "may 3" in lower case: the modal before a number
        if (
            groups.get("year")
            and not self.month_ok(m, ctx)
            and _previous_word(ctx.low, m.start("month"))
            in self.lex.NOUN_DETERMINERS | self.lex.POSSESSIVE_DETERMINERS
        ):
            return None  # "the march of 1854", "their march of 1921": the noun; the year stands alone
        if groups.get("era") and not groups.get("year"):
            return None  # "January 27 BC": the number is the year (see h_early_year_date)
        if groups.get("oday"):
            day: int | None = self.spelled_ordinal(groups["oday"])
        elif groups.get("day"):
            day = int(groups["day"])
        else:
            day = None
        if day is not None and not 1 <= day <= 31:
            return None
        if groups.get("dyrel"):
            spec = Spec(
                "DATE",
                "calendar",
                month=self.month_of(groups["month"]),
                day=day,
                unit="year",
                amount=_RELATIVE_STEPS[groups["dyrel"]],
            )
            spec.note = f"{day} {groups['month'].capitalize()} of {groups['dyrel']} year"
            return spec
        year = None
        if groups.get("year"):
            year = self.year_of(groups["year"], groups.get("era"))
        elif groups.get("spyear"):
            year = self._year_in_words(groups["spyear"])
            if year is None or not _EARLY_DATE_CLOSES.match(ctx.low, m.end()):
                # "on the first of May, nineteen people came": the date alone, then a count
                alone = m.re.match(ctx.low, m.start(), m.end("odate"))
                alone_spec = self.h_date(alone, ctx) if alone is not None else None
                if alone_spec is not None:
                    alone_spec.extent_group = "odate"
                return alone_spec
        elif not groups.get("era"):
            year = self.range_end_year(ctx, m.end(), self.month_of(groups["month"]), day)
        spec = Spec("DATE", "calendar", year=year, month=self.month_of(groups["month"]), day=day)
        if (
            groups.get("weekday")
            and _previous_word(ctx.low, m.start("weekday")) in self.lex.WEEKDAY_NAME_MODIFIERS
        ):
            return None  # "Good Friday, 10 April 1868": the feast and the date beside it are two expressions
        if groups.get("weekday") and day is not None:
            # "Thursday, Sept. 15": the weekday tells the year when none is written
            spec.weekday = int(self.lex.WEEKDAYS[groups["weekday"].rstrip(".")])
        if groups.get("pmod"):
            spec.mod = self._span_mod(groups["pmod"])
        if year is None and day is not None:
            spec.occurred = self.names_unscheduled_event(ctx.low, m.end())
        if (
            groups.get("dmbody")
            and m.start("dmbody") > m.start()
            and ctx.low.startswith("the", m.start())
            and _next_word(ctx.low, m.end()) in self.lex.DAY_QUALIFIED_NOUNS
        ):
            # "ahead of the 31 January deadline", "paid early for the 2 May holiday": the article is the
            # noun's, as in "the April 7 deadline"
            spec.extent_group = "dmbody"
        return spec

    def names_unscheduled_event(self, low: str, end: int) -> bool:
        """Whether a noun of an event nobody schedules follows `end` ("the Jan. 6 riot")."""
        return self.unscheduled_event_rx.match(low, end) is not None

    def h_slash_month_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A month/day with no year is a date after a preposition of time ("on 3/9", "since 1/10"), or
        right after another such date ("placed on 1/8 and shipped 1/10"); a fraction elsewhere."""
        written = m.group(0)
        if (
            written in self.lex.SLASH_EVENT_NAMES
            or written in self.lex.SLASH_IDIOMS  # "open 24/7": round the clock, not 24 July
            or in_web_address(ctx.low, m.start(), m.end())
        ):
            return None
        if ctx.low.startswith(" ", m.end()) and self.day_range_close_rx.match(
            ctx.low, m.start("a") + len(m["a"])
        ):
            return None  # "on the night of 8/9 January": two days of the month named after them
        lead = _previous_word(ctx.low, m.start())
        after_slash_date = (
            ctx.prev_rule == "slash_month_day"
            and 0 <= m.start() - ctx.prev_end <= 25
            and not _SENTENCE_BOUNDARY.search(ctx.low, ctx.prev_end, m.start())
        )
        if not after_slash_date:
            second = int(m["b"])
            if lead in self.lex.SLASH_DATE_COPULAS and 13 <= second <= 31:
                if second in self.lex.FRACTION_DENOMINATORS:
                    return None  # "the score was 9/20"
            elif lead not in self.lex.SLASH_DATE_LEADS:
                return None
            if written in self.lex.COMMON_FRACTIONS and (
                lead in ("by", "for", "of", "as")
                or (
                    re.match(r"[ \t]+[a-z]", ctx.low[m.end() : m.end() + 2])
                    and not _ADVERB_ENDS.match(ctx.low, m.end())
                )
            ):
                return None  # "cut by 1/3", "mix until 3/4 full": a share
        a, b = int(m["a"]), int(m["b"])
        # "on 13/3": the first number cannot be a month, so the day comes first
        day_first = ctx.day_first or a > 12 >= b or (a <= 12 and b <= 12 and self.writes_day_first(ctx))
        day, month = (a, b) if day_first else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= days_in_month(None, month)):
            return None
        order = "day/month (day-first setting)" if ctx.day_first else "month/day"
        if day_first and not ctx.day_first:
            order = "day/month (the text writes its dates day first)"
        return Spec("DATE", "calendar", month=month, day=day, note=f"{order} without a year")

    def h_dotted_day_month(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "open from 28.02. to 02.03.": a day and a month closed by dots, day first as dotted dates are,
        after a preposition of time or right after another such date; "rose to 12.03." is an amount."""
        after_date = ctx.prev_rule == "dotted_day_month" and 0 <= m.start() - ctx.prev_end <= 6
        if not after_date and _previous_word(ctx.low, m.start()) not in self.lex.SLASH_DATE_LEADS:
            return None
        day, month = int(m["a"]), int(m["b"])
        if not (1 <= month <= 12 and 1 <= day <= days_in_month(None, month)):
            return None
        if self._named_as_version(ctx.text, f"{m['a']}.{m['b']}", m.start()):
            return None  # "six months of work since 23.10." where the text names "Ubuntu 23.10": a release
        return Spec("DATE", "calendar", month=month, day=day, note="day.month. without a year (day first)")

    def h_roman_day_month(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "14.iv. Warm at last", "on 3.iii.1953": a day and a month in Roman numerals, as a diary heads its
        entries, at a line's start or after a preposition of time; "see 2.iii." in a list of clauses is a
        paragraph's number."""
        start = m.start()
        if not (start == 0 or ctx.low[start - 1] == "\n") and (
            _previous_word(ctx.low, start) not in self.lex.SLASH_DATE_LEADS
        ):
            return None
        day, month = int(m["a"]), self.lex.ROMAN_MONTHS[m["rm"]]
        if not 1 <= day <= days_in_month(None, month):
            return None
        if m["ry"] is None and self._numbered_subsection(ctx.low, m):
            return None
        year = None if m["ry"] is None else int(m["ry"])
        return Spec("DATE", "calendar", year=year, month=month, day=day, note="day.month in Roman numerals")

    def _numbered_subsection(self, low: str, m: re.Match[str]) -> bool:
        """Whether "1.i." opening a line numbers a part of an outline, by the other lines near it opened so:
        one with the same first number and another Roman numeral ("1.i. Scope" and "1.ii. Definitions"), or
        a later one with a higher first number and a lower numeral ("1.ii." then "2.i."), where a diary's
        dates move on ("2.v. First cuckoo. / 9.v. Rain. / 3.vi. Hay")."""
        window = low[max(0, m.start() - _SUBSECTION_REACH) : m.end() + _SUBSECTION_REACH]
        parts = [
            (int(line["a"]), self.lex.ROMAN_MONTHS[line["rm"]])
            for line in self._roman_line_opening.finditer(window)
        ]
        return any(
            (a == b and r != q) or (b > a and q < r)
            for i, (a, r) in enumerate(parts)
            for b, q in parts[i + 1 :]
        )

    def _named_as_version(self, text: str, figure: str, start: int) -> bool:
        """Whether the text names the dotted `figure` elsewhere as a release's version: after a product's
        capitalised name or a word of software ("Ubuntu 23.10", "version 23.10", "firmware 23.10"), and
        after a capitalised name not closed by a dot of its own ("Deadline 23.10." stays a day); after a word
        of software a sentence's closing dot may follow ("we upgraded to version 23.10.")."""
        if text.count(figure) < 2:
            return False  # named nowhere else: no scan of the text
        for other in re.finditer(r"([A-Za-z]+)[ \t]+" + re.escape(figure) + r"(?![.]?\d)(\.)?", text):
            word = other.group(1)
            if other.start(0) <= start < other.end(0):
                continue
            low = word.lower()
            if low in self.lex.SOFTWARE_RELEASE_WORDS or (
                other.group(2) is None
                and word[0].isupper()
                and low not in self.lex.WEEKDAYS
                and low not in self.lex.MONTHS
                and low not in self.lex.SLASH_DATE_LEADS  # "On 23.10 the fair opens": a day
                and low not in self.lex.CLOCK_PREPOSITIONS  # "At 12.10 the doors open": a clock time
            ):
                return True
        return False

    def h_month_slash_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "03/2011", "11/2020": a month and a year with a slash, as CVs and forms write them; a one-digit
        month only beside a dash that makes it one end of a span ("3/2011 - 11/2015")."""
        low = ctx.low
        label = _previous_word(low, m.start())
        if (
            in_web_address(low, m.start(), m.end())
            or label in self.lex.LABEL_WORDS
            or label in self.lex.SLASH_NUMBER_LABELS
        ):
            return None  # "Law 12/2015", "No. 3/2011", "example.com/3/2011": a number or an address
        if len(m["m"]) == 1 and not (
            _SPAN_DASH_AFTER.match(low, m.end())
            or _SPAN_DASH_BEFORE.search(low, max(0, m.start() - 4), m.start())
        ):
            return None
        return Spec("DATE", "calendar", year=int(m["y"]), month=int(m["m"]), note="month/year")

    def h_event_slash_date(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the 9/11 attacks", "the 7/7 bombings": a month/day with no year names the day of an event."""
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if ctx.day_first else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= days_in_month(None, month)):
            return None
        spec = Spec("DATE", "calendar", month=month, day=day, note="a day naming an event")
        spec.occurred = True
        return spec

    def h_month_span_period(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the October-December quarter", "the January-June half": a calendar quarter or half by its
        months; "the September quarter": the quarter that ends with that month."""
        if m["month2"] is None:
            month = self.month_of(m["month"])
            if m["msnoun"] != "quarter" or month % 3 or not self.month_ok(m, ctx):
                return None
            spec = Spec("DATE", "calendar", quarter=month // 3, note="a quarter named by its last month")
            year = m["msyear"] or m["msofyear"]
            spec.year = int(year) if year else None
            return spec
        first, last = self.month_of(m["month"]), self.month_of(m["month2"])
        months = (last - first) % 12 + 1
        spec = Spec("DATE", "calendar", note="a quarter or half named by its first and last months")
        if months == 3 and first % 3 == 1:
            spec.quarter = (first - 1) // 3 + 1
        elif months == 6 and first in (1, 7):
            spec.half = 1 if first == 1 else 2
        else:
            return None  # "the April-September half" of a fiscal year: no calendar period
        if m["msyear"] or m["msofyear"]:
            spec.year = int(m["msyear"] or m["msofyear"])
        return spec

    def h_month_relative_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if not self.month_ok(m, ctx):
            return None
        spec = Spec(
            "DATE",
            "calendar",
            month=self.month_of(m["month"]),
            unit="year",
            amount=_RELATIVE_STEPS[m["yrel"]],
        )
        if m["day"]:
            spec.day = int(m["day"])
        spec.note = f"{m['month'].capitalize()} of {m['yrel']} year"
        if m["pmod"]:
            spec.mod = self._span_mod(m["pmod"])
        return spec

    def _month_labels_near(self, low: str, m: re.Match[str]) -> bool:
        """Whether a line labelled by another month lies within a few lines of this month's."""
        reach = _MONTH_LABEL_REACH
        return (
            self.month_label_line_rx.search(low, max(0, m.start() - reach), m.start()) is not None
            or self.month_label_line_rx.search(low, m.end(), m.end() + reach) is not None
        )

    @staticmethod
    def _capitals_in_lower_case_line(ctx: Context, start: int, end: int) -> bool:
        """A word in capitals inside a line of lower-case prose, no number beside it: a name written in
        capitals (a code name), not a heading or a dateline written all in capitals."""
        line_start = ctx.text.rfind("\n", 0, start) + 1
        before = ctx.text[max(line_start, start - 40) : start]
        after = ctx.text[end : end + 3].lstrip(" ,")
        return (
            any(c.islower() for c in before)
            and not before.rstrip().endswith(tuple("0123456789"))
            and not after[:1].isdigit()
        )

    def h_month(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word = m["month"].rstrip(".")
        det = m["det"]
        pmod = m["pmod"]
        if det == "that" and _MONTH_YEAR_AFTER.match(ctx.low, m.end()):
            # "that June 1944", as "that June of 1944": the month of the year after it (month_year); "last
            # June 2000 people came" counts after the month
            return None
        paired = self.in_month_pair(ctx.low, m.start("month"), m.end())
        if (
            word in self.short_months
            and not m.group("month").endswith(".")
            and not det
            and not paired
            and not self._short_month_after_preposition(m, ctx, word)
        ):
            return None  # a bare abbreviation ("Jan") alone is too weak a signal; "Jan-Mar" is two months
        if not self.month_ok(m, ctx):
            return None
        if (
            not det
            and not pmod
            and not paired
            and m.end() - m.start() == len(m["month"])
            and ctx.text[m.start() : m.end()].isupper()
            # "see you in JUNE!!": a month after its preposition is the month, shouted
            and _previous_word(ctx.low, m.start()) not in self.lex.MONTH_PREPOSITIONS
            and self._capitals_in_lower_case_line(ctx, m.start(), m.end())
        ):
            return None  # "Thane appears in the cables as SEPTEMBER": a code name, not the month
        name_noun = _NEXT_CAPITALISED.match(ctx.text, m.end())
        if (
            name_noun is not None
            and name_noun.group(1).lower() in self.lex.MONTH_NAMED_EVENT_NOUNS
            # "In October War Minister Ruiz resigned": after a month's preposition the month is dated
            and _previous_word(ctx.low, m.start()) not in self.lex.MONTH_PREPOSITIONS
        ):
            return None  # "the October Revolution", "the July Days": the name of an event
        if name_noun is not None and name_noun.group(1).lower() in self.lex.STREET_NOUNS:
            return None  # "offices in March Street", "a flat on June Terrace": the name of a street
        if self._month_in_event_names(m, ctx):
            return None  # "the February and October revolutions": two events, each named by its month
        if not det and not pmod and ctx.low.endswith("the ", 0, m.start()):
            kind = _next_word(ctx.low, m.end())
            if (
                kind in self.lex.MONTH_EVENT_KIND_NOUNS
                and _next_word(ctx.low, m.end() + 1 + len(kind)) not in self.lex.CLOSED_PERIOD_REPORTS
            ):
                return None  # "came for the January sales": the yearly event the month names
        if not det and not pmod:
            word_before = _previous_word(ctx.low, m.start())
            if word_before in self.lex.MONTH_RANKING_WORDS:
                # "July was the hottest July on record": a rank among Julys, not a month of its own
                return None
            if word_before in ("and", "or"):
                lead = self.month_pair_lead_before_rx.search(ctx.low, max(0, m.start() - 40), m.start())
                if lead is not None and lead.group(1) in self.lex.MONTH_RANKING_WORDS:
                    return None  # "the wettest June and July on record": the rank covers both months
            if word_before in self.lex.TYPICAL_OCCASION_WORDS:
                article = _previous_word(ctx.low, ctx.low.rfind(word_before, 0, m.start()))
                if article in ("a", "an"):
                    # "In a normal August we would expect 15", "a typical January": that month of any year
                    value = f"XXXX-{self.month_of(word):02d}"
                    return Spec("DATE", "fixed", value=value, note=f"a {word_before} {word}")
        if not det and not pmod and not paired:
            # '"In May we were paying': a quotation mark opening the speech is no part of the preposition
            before = [
                w.lstrip("\"'\u201c\u2018(") for w in ctx.low[max(0, m.start() - 12) : m.start()].split()
            ]
            after_prep = bool(before) and before[-1] in self.lex.MONTH_PREPOSITIONS
            if (
                word in self.lex.AMBIGUOUS_MONTHS
                and not after_prep
                # "April: ... May: Voters approve ...": a month labelling a line among others is the month,
                # while "May: I think so" alone is a speaker
                and not (_list_label(ctx.low, m.start(), m.end()) and self._month_labels_near(ctx.low, m))
                and not (
                    (m.start() == 0 or ctx.low[m.start() - 1] == "\n")
                    and self.month_pair_heading_rx.match(ctx.low, m.end()) is not None
                )
                and not self._ambiguous_month_as_noun(before, word, ctx, m)
                and not self._heads_month_list(ctx, m)
                and not self._month_opening_a_copular_clause(word, ctx, m)
            ):
                return None
            if (
                not after_prep
                and name_noun is not None
                and not (before and before[-1] in self.lex.YEAR_DETERMINERS)  # "the June Jobs Report"
            ):
                return None  # "June Carter", "August Wilson": a first name
        if m["mpost"] and not det:
            det = m["mpost"]  # "since July last": the last July before now
        if det and det not in (
            "this",
            "last",
            "next",
            "past",
            "coming",
            "previous",
            "following",
            "that",
            "same",
        ):
            return None
        clause_subject = (
            det == "that"
            and not pmod
            and _previous_word(ctx.low, m.start()) in self.lex.THAT_CLAUSE_VERBS
            and not self._month_closes_phrase(ctx.low, m.end())
        )
        if clause_subject:
            det = None  # "had shown that May was a record": "that" opens a clause whose subject is the month
        prev = ctx.prev_spec
        if (
            not det
            and not pmod
            and prev is not None
            and prev.type == "SET"
            and _MONTH_SET_VALUE.fullmatch(prev.value or "")
            and _LISTED_AFTER.fullmatch(ctx.low, ctx.prev_end, m.start("month"))
        ):
            # "every February and September", "each March, June or December": a month listed after a
            # recurring one recurs too, as "every Tuesday and Thursday" does
            month = self.month_of(word)
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-{month:02d}",
                note=f"'{m['month']}': listed after a recurring month, every such month",
                extent_group="month",
            )
        spec = Spec("DATE", "calendar", month=self.month_of(word))
        if clause_subject:
            spec.extent_group = "month"
        if not det:
            spec.year = self.range_end_year(ctx, m.end(), self.month_of(word), None)
            if spec.year is None and not pmod:
                self._share_relative_year(spec, ctx, m.end())
                if spec.amount is None:
                    self._possessive_relative_year(spec, ctx, m.start())
        if det:
            direction, base = self.lex.RELATIVE_DETERMINERS[det]
            spec.amount = direction
            spec.base = base
            spec.note = f"'{det}' {word.capitalize()}"
        if pmod:
            spec.mod = self._span_mod(pmod)
        return spec

    def _share_relative_year(self, spec: Spec, ctx: Context, end: int) -> None:
        """ "Sales in November and December last year": a bare month joined to a later month of the same
        relative year ("last year", "this year", "next year") takes that year too."""
        found = self.range_end_relative_year_rx.match(ctx.low, end)
        if found is None or spec.month is None or spec.month > self.month_of(found["emonth"]):
            return
        amount = _RELATIVE_STEPS[found["erel"]]
        spec.unit, spec.amount = "year", amount
        spec.note = f"a month of {found['erel']} year, shared with the month after it"

    def _possessive_relative_year(self, spec: Spec, ctx: Context, start: int) -> None:
        """ "this year's October shows", "last year's March figures": a bare month after a relative year's
        possessive is that year's month, whatever the tense of the clause."""
        before = ctx.low[max(0, start - 16) : start]
        if not before.endswith(("year's ", "year\u2019s ")):
            return
        found = _RELATIVE_YEAR_POSSESSIVE.search(before)
        if found is None:
            return
        spec.unit, spec.amount = "year", _RELATIVE_STEPS[found[1]]
        spec.note = f"a month of {found[1]} year, after its possessive"

    def _ambiguous_month_as_noun(self, before: list[str], word: str, ctx: Context, m: re.Match[str]) -> bool:
        """ "figures for March", "its March meeting": after "for" or a possessive a capitalised "March" or
        "May" can be no verb or modal; after "for" a month that is also a surname ("a vote for May") stays
        a name, while a possessive before a month qualifying a lower-case noun leaves no name reading. Before
        goods traded ahead ("May corn gained", "the most-active March wheat contract") the month is the
        contract's, whatever stands before it."""
        goods = _NEXT_WORD.match(ctx.low, m.end())
        if goods is not None and goods.group(1) in self.lex.CONTRACT_MONTH_GOODS:
            return True
        if not before:
            return False
        if before[-1] == "for":
            # "cotton for May delivery": a month of delivery is no name
            return (
                word not in self.lex.MONTHS_ALSO_SURNAMES
                or _next_word(ctx.low, m.end()) in self.lex.DELIVERY_MONTH_NOUNS
            )
        if before[-1] in self.lex.POSSESSIVE_DETERMINERS or (
            # "next year's May elections", "this year's March budget": a relative year's possessive before a
            # capitalised month is the possessive "its" is ("next year's May Day" names a day of its own)
            before[-1] in ("year's", "year\u2019s")
            and ctx.text[m.start()].isupper()
            and _RELATIVE_YEAR_POSSESSIVE.search(ctx.low, max(0, m.start() - 16), m.start()) is not None
        ):
            after = ctx.text[m.end() : m.end() + 2].lstrip()
            return bool(after) and after[0].islower()
        if before[-1] == "the":
            # "The March rate was the highest since 1994": after "the", a month qualifying a lower-case
            # noun; "the March for Life" and "the March on Rome" are marches
            noun = _NEXT_WORD.match(ctx.text, m.end())  # lower case only
            return noun is not None and noun.group(1) not in self.lex.AMBIGUOUS_MONTH_NOUN_BLOCKERS
        if ctx.text[m.start()].isupper() and ctx.text[m.start() - 1 : m.start()] in (" ", "\t"):
            # "would refund March fees", "saw May sales fall": a capitalised month after a lower-case word
            # and before the figures or charges of a month is no name nor modal ("Theresa May figures"
            # has a capitalised word before it)
            previous = _PREVIOUS_WORD_CASED.search(ctx.text, max(0, m.start() - 30), m.start())
            noun = _NEXT_WORD.match(ctx.text, m.end())
            return (
                previous is not None
                and previous.group(1).islower()
                and noun is not None
                and (
                    noun.group(1) in self.lex.MONTHLY_DATA_NOUNS
                    or noun.group(1) in self.lex.MONTHLY_CHARGE_NOUNS
                )
            )
        return False

    def _short_month_after_preposition(self, m: re.Match[str], ctx: Context, word: str) -> bool:
        """ "ready in Nov", "in mid-Aug": informal writing drops the abbreviation's dot; a capitalised short
        month that is no word or name of its own ("Nov", "Oct", "Aug", unlike "Jan", "Mar") is a month
        after "in", "since", "mid-" and the like."""
        original = ctx.text[m.start("month") : m.start("month") + len(word)]
        if not (original[0].isupper() and original[1:].islower()):
            return False
        if word in self.lex.AMBIGUOUS_MONTHS:
            # "no rain since Jan, ...": a name after a preposition goes on into its clause ("since Jan
            # left"); one that closes the phrase at a comma or a full stop is the month
            closing = ctx.text[m.end() : m.end() + 6]
            return (
                closing[:1] in ("", ",", ";", "!", "?", ")")
                and not closing.startswith(", who")
                and _previous_word(ctx.low, m.start("month")) in self.lex.SHORT_MONTH_CLOSING_PREPOSITIONS
            )
        if m["pmod"]:
            return True
        return _previous_word(ctx.low, m.start("month")) in self.lex.MONTH_PREPOSITIONS

    def _month_opening_a_copular_clause(self, word: str, ctx: Context, m: re.Match[str]) -> bool:
        """ "The spring was warm: March was the mildest since 1957": a capitalised "March" opening a sentence
        or clause before "is" or "was" is its subject, no imperative nor a march ("the March was peaceful"
        has its article); "May" and the short forms ("Jan was") can be first names. The copula is singular, as
        a month is one: "March were beaten 3-1" is a side's name. Its possessive before a lower-case noun
        opens the sentence the same way ("March's storms flooded the valley": "the march's route" has its
        article too)."""
        if word != "march":
            return False
        after = ctx.text[m.end() : m.end() + 4]
        possessive = after[:2] in ("'s", "\u2019s") and after[2:3] == " " and after[3:4].islower()
        if not possessive and _next_word(ctx.low, m.end()) not in self.lex.MONTH_SUBJECT_COPULAS:
            return False
        if not ctx.text[m.start()].isupper():
            return False
        opening = ctx.text[max(0, m.start() - 4) : m.start()].rstrip()
        if opening[-1:] in ("", ".", ":", ";", "!", "?", "\n"):
            return True
        # "In those years March was usually wet", "By then March was over": a short phrase of time
        # opening the sentence, then the month as its subject
        phrase = _OPENING_PHRASE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        return phrase is not None and (
            phrase["prep"].lower() in self.lex.OPENING_MONTH_PREPOSITIONS
            or phrase["prep"].lower() in self.lex.OPENING_YEAR_PREPOSITIONS
        )

    def _heads_month_list(self, ctx: Context, m: re.Match[str]) -> bool:
        """ "May, June and September are the best months", "May or October": a capitalised month heading a
        list of full month names is a month when two more follow ("March, April and May") or one that can be
        nothing but a month ("May, June and the children" and "May and June came" can be people), unless
        it and all that follow can be first names ("May, April and June went to the fair": three women)."""
        listed = self.month_list_after_rx.match(ctx.low, m.end())
        if listed is None:
            return False
        months = [word for word in listed.group(0).replace(",", " ").split() if word in self.lex.MONTHS]
        names = self.lex.MONTHS_ALSO_FIRST_NAMES
        if ctx.low[m.start("month") : m.end("month")] in names and all(month in names for month in months):
            return False
        return len(months) > 1 or not (months[0] in self.lex.AMBIGUOUS_MONTHS or months[0] in names)

    def _month_in_event_names(self, m: re.Match[str], ctx: Context) -> bool:
        """ "the October revolution", "The February and October revolutions": after "the", a month (or
        two joined by "and") before a noun of the events named by their months is part of their names,
        in lower case too. Not "the July days" in lower case, which are days of July."""
        after = _EVENT_NOUN_AFTER_MONTHS.match(ctx.text, m.end())
        if after is None:
            return False
        partner, noun = after.group(1), after.group(2)
        if noun.lower() not in self.lex.MONTH_NAMED_EVENT_NOUNS or noun == "days":
            return False
        first = m.start("month")
        if partner is not None:
            if partner.lower() not in self.lex.MONTHS:
                return False
        else:
            before = _MONTH_AND_BEFORE.search(ctx.text, max(0, first - 16), first)
            if before is not None and before.group(1).lower() in self.lex.MONTHS:
                first = before.start()  # the second of two: "February and [October] revolutions"
        return _previous_word(ctx.low, first) == "the"

    def in_month_pair(self, low: str, start: int, end: int) -> bool:
        """Whether the month name at `start:end` is joined by a dash to another ("Jan.-March",
        "March-May"): two month names make each other months, never words or first names."""
        if self.month_dash_month_rx.match(low, end):
            return True
        before = self.month_then_dash_rx.search(low, max(0, start - 14), start)
        return before is not None

    def h_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        raw = m["year"]
        era = m.groupdict().get("era")
        start = m.start("year")
        if (
            ctx.low.startswith((" was ", " is ", " would ", " will ", " could ", " might "), m.end())
            and (figure := _FIGURE_NOUN_AFTER_COPULA.match(ctx.low, m.end())) is not None
            and figure["noun"] in (self.lex.AMOUNT_FIGURE_NOUNS if figure["modal"] else self.lex.FIGURE_NOUNS)
        ):
            # "officials said 1200 was a fair estimate of the crowd", "1800 would be a reasonable price": a
            # count or an amount, not a year ("2027 would be a fair guess for the launch" guesses a year)
            return None
        if _LEVEL_THEN_CHANGE_FROM_BEFORE.search(ctx.low, max(0, start - 50), start):
            return None  # "shares closed at 1450, down from 1520": the earlier level of the figure just given
        if (
            not era
            and _previous_word(ctx.low, start) == "the"
            and (
                (verb := _next_word(ctx.low, m.end())) in self.lex.SUBJECT_PAST_AUXILIARIES
                or verb in self.lex.SUBJECT_PERFECT_AUXILIARIES
                or (
                    verb in self.lex.NAMED_NUMBER_FOLLOWERS
                    # "compared the 2019 with the 2020 figures", "from the 2001 until the 2011 census": the
                    # noun after the second year is the first's too, so both are years
                    and _YEAR_SHARING_A_NOUN_AFTER.match(ctx.low, m.end()) is None
                )
            )
        ):
            # "after the 1975 had played", "the 1919 were": English never puts "the" before a year it names
            # (it says "in 1975" and "the 1975 tour"), so "the" and a year as the subject of a verb, or
            # before "since" or "for" with no noun of its own ("sold the 2008 since 2013"), is a name
            return None
        approx = m.groupdict().get("approx")
        if (
            approx in self.lex.YEAR_APPROXIMATORS_AFTER_PREPOSITION
            and _previous_word(ctx.low, m.start()) not in self.lex.APPROXIMATED_YEAR_PREPOSITIONS
            and not self.hedged_pair_opening.search(ctx.low, max(0, m.start() - 40), m.start())
            # "Dressing case, about 1890": a label's date after its comma, hedged, closing its phrase ("A
            # talk, about 1990s music," and "Letters, about 1968 and its riots," have a topic)
            and not (
                ctx.low.endswith((",", ", "), 0, m.start())
                and _YEAR_CLOSING_ITS_PHRASE.match(ctx.low, m.end())
            )
        ):
            return None  # "a film about 1968": a preposition; the year alone is left to the plain rule
        closing = None if era else self.range_closing_era.match(ctx.low, m.end("year"))
        if closing is not None and not (
            self.lex.ERAS[closing["era"]]
            and ctx.text[closing.start("era")].isupper()
            and raw.isdigit()
            and int(raw) > int(closing["jyear"])
        ):
            closing = None
        if closing is not None:
            era = closing["era"]  # years before Christ count down to the one closing the range
        elif not era and not self._looks_like_year(m, ctx, start, m.end("year")):
            return None
        if (
            not era
            and ctx.text.startswith(" ", m.end("year"))
            and ctx.text[m.end("year") + 1 : m.end("year") + 2].isupper()
            and (body := _BODY_NAME_AFTER_YEAR.match(ctx.text, m.end("year"))) is not None
            and body[1].lower() in self.lex.BODIES_NAMED_BY_YEAR
            and _previous_word(ctx.low, start) == "the"
            and _next_word(ctx.low, body.end()) not in self._events_a_body_holds
        ):
            # "members of the 1826 Society", "crews from the 1900 Club": a body's name ("the 2025 Club
            # World Cup" goes on to name an event of that year, and "the 2012 Association meeting", "the
            # 2023 Committee report" name what the body held or issued that year)
            return None
        if not era and _DESIGNATION_AFTER_YEAR.match(ctx.text, m.end("year")):
            return None  # "the asteroid 2019 OQ7", "2024 YR4": a year opening a minor planet's designation
        if not era and ctx.text.startswith("(", start - 1) and ctx.text.startswith(")", m.end("year")):
            party = _CASE_NAME_BEFORE_BRACKET.search(ctx.text, max(0, start - 80), start)
            if party is not None and party[1].lower() in self.lex.CASE_NAME_PARTY_MARKERS:
                return None  # "Illinois v. Caballes (2005)": the year of a case's citation
        if (
            not era
            and ctx.low.endswith("year ", 0, start)
            and (
                (following := _next_word(ctx.low, m.end("year"))) in self.lex.YEAR_FAULT_NOUNS
                or (
                    following in self.lex.YEAR_FAULT_PROGRAMME_NOUNS
                    and ctx.text.endswith("Year ", 0, start)
                    and _OPENS_SENTENCE_BEFORE.search(ctx.text, max(0, start - 13), start - 5) is None
                )
            )
        ):
            return None  # "the year 2038 problem", "its Year 2000 office": a class of software faults
        if (
            closing is None
            and era
            and m["era"] in ("ad", "ce", "bc")
            and not ctx.text[m.start("era")].isupper()
        ):
            return None
        if not era:
            label = _SEASON_BEFORE_YEAR.search(ctx.low, max(0, start - 12), start)
            if (
                label is not None
                and label[1] in self.lex.SEASONS
                and self._season_label_pair(ctx.low, label.start(1), label.end(1))
            ):
                return None  # "the spring/summer 2026 collection": the year of a selling-season label
        year = self.year_of(raw, era)
        if year == 0:
            return None
        end = m.end("year")
        if not era and ctx.low.startswith(("-", "\u2013", "/"), end):
            span = year_range_end(ctx.low, end, year, self.lex.YEAR_SPAN_EVENT_NOUNS)
            noun = _next_word(ctx.low, span[1]) if span is not None else ""
            if noun in self.lex.SPORTS_SEASON_NOUNS:
                return None  # "the 2004-05 season": a sports season, not its two years
            if noun in self.lex.SPORTS_SEASON_NOUNS_IN_PLAY and self._sport_word.search(
                ctx.low, max(0, m.start() - 300), min(len(ctx.low), end + 300)
            ):
                return None  # "the 2003-04 campaign ... he scored 14 goals": a season of play
            if (
                span is not None
                and span[0] == year + 1
                and span[1] - end == 3  # "-22": the two-digit end seasons are written with
                # "the stand was built in 1921-22", "restored in 1997-98": a work's two years, no season
                and (lead := _previous_word(ctx.low, m.start())) in self.lex.SEASON_SPAN_LEADS
                and _previous_word(ctx.low, ctx.low.rfind(lead, 0, m.start()))
                not in self.lex.CATALOGUE_YEAR_PARTICIPLES
                and self._sport_word.search(ctx.low, max(0, m.start() - 300), min(len(ctx.low), end + 300))
            ):
                return None  # "won the league in 1921-22 ... scored 38 goals": a season of play
        if (
            not era
            and ctx.low.startswith(" season", end)
            and _next_word(ctx.low, end) in self.lex.SPORTS_SEASON_NOUNS
            and self._sport_word.search(ctx.low, max(0, m.start() - 300), min(len(ctx.low), end + 300))
        ):
            # "won three of its matches in the 1923 season", "finished the 2022 season with 19 goals": a
            # season of play named by its year, not tagged, as "the 1923-24 season" is not; "in time for
            # the 2028 season" of a heritage railway keeps its year
            return None
        spec = Spec("DATE", "calendar", year=year)
        if m.groupdict().get("pmod"):
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])
        if approx:
            spec.mod = "APPROX"  # "c. 1412", "in about 1412"
        if era:
            spec.note = f"era {era.upper()}"
        return spec

    def h_regnal_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if m["rera"]:
            # the ordinal is one digit with its suffix ("1st") or a word ("first")
            count = int(m["ord"][:-2]) if m["ord"][0].isdigit() else int(self.lex.ORDINALS[m["ord"]])
            return self._era_year(m["rera"], count, m.group(0))
        if m["rname"]:
            return self._named_era_year(m, ctx)
        raw = m["ryear"]
        if raw is None:
            named_before = _YEAR_THEN_COMMA.search(ctx.low, max(0, m.start() - 8), m.start())
            raw = named_before.group(1) if named_before else None
        if raw is not None:
            before_christ = bool(m["rbc"]) and ctx.text[m.start("rbc")].isupper()
            spec = Spec(
                "DATE", "calendar", year=-int(raw) if before_christ else int(raw), extent_group="regnal"
            )
            spec.note = f"'{m['regnal']}' of a reign: the year the text gives it, {raw}"
            return spec
        if (
            ctx.prev_spec is not None
            and ctx.prev_spec.kind == "calendar"
            and ctx.prev_spec.year is not None
            and 0 <= ctx.prev_end <= m.start()
            and _APPOSED_REGNAL_GAP.fullmatch(ctx.low, ctx.prev_end, m.start())
        ):
            # "died in August 1424, in the 22nd year of his reign": the year of the date it stands beside
            spec = Spec("DATE", "calendar", year=ctx.prev_spec.year, extent_group="regnal")
            spec.note = f"'{m['regnal']}' of a reign, beside the date just given: {ctx.prev_spec.year}"
            return spec
        sovereign = self._sovereign_named_before(m, ctx)
        if sovereign is not None:
            # "granted by Henry VI in the twentieth year of his reign": the sovereign named just before
            ordinal = m["ord"]
            count = int(ordinal[:-2]) if ordinal[0].isdigit() else int(self.lex.ORDINALS[ordinal])
            spec = Spec(
                "DATE", "calendar", year=self._regnal_year_value(sovereign, count), extent_group="regnal"
            )
            spec.note = f"'{m['regnal']}' of the reign of {string.capwords(sovereign)}, named before it"
            return spec
        # "came to the throne in about 1878 BC. In the 8th year of his reign": counted from the accession
        accession = (
            ctx.prev_spec.year if ctx.prev_spec is not None and ctx.prev_spec.kind == "calendar" else None
        )
        if accession is None or ctx.prev_spec is None or ctx.prev_spec.month is not None:
            return None  # the reign's first year is not given here: the ordinal alone names no year
        window = ctx.low[max(0, m.start() - _ACCESSION_REACH) : max(0, ctx.prev_end)]
        if not any(phrase in window for phrase in self.lex.ACCESSION_PHRASES):
            return None
        ordinal = m["ord"]
        count = int(ordinal[:-2]) if ordinal[0].isdigit() else int(self.lex.ORDINALS[ordinal])
        year = accession + count - 1
        if (year > 0) != (accession > 0):
            return None  # a reign across the start of the era: no year 0 to count through
        spec = Spec("DATE", "calendar", year=year, extent_group="regnal")
        spec.note = f"'{m['regnal']}' of a reign that began in {accession}: year {count} of it"
        return spec

    def h_other_calendar_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if not (m["wmonth"] or m["wmonth2"]):
            before = ctx.prev_spec
            if (
                before is None
                or before.kind != "calendar"
                or before.day is None
                or not 0 <= ctx.prev_end <= m.start()
                or not _APPOSED_DAY_GAP.fullmatch(ctx.low, ctx.prev_end, m.start())
            ):
                return None  # no Western day beside it: the phrase names no date the tagger can give
            # "on 21 October 1600, the fifteenth day of the ninth month of Keichō 5": the day just given
            spec = Spec("DATE", "calendar", year=before.year, month=before.month, day=before.day)
            spec.note = f"'{m.group(0)}': a day of another calendar, the Western day given just before it"
            return spec
        month = int(self.lex.MONTHS[m["wmonth"] or m["wmonth2"]])
        day = int(m["wday"] or m["wday2"])
        if day < 1 or day > 31:
            return None
        spec = Spec("DATE", "calendar", month=month, day=day, year=int(m["wyear"]) if m["wyear"] else None)
        spec.note = f"'{m.group(0)}': a day of another calendar, the Western day the text gives beside it"
        return spec

    def h_ethiopian_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        name = m["emonth"] or m["emonth2"]
        at = m.start("emonth") if m["emonth"] else m.start("emonth2")
        if not ctx.text[at].isupper():
            return None  # the months are proper nouns
        month = self.lex.ETHIOPIAN_MONTHS[name]
        day = int(m["eday"] or m["eday2"])
        if not 1 <= day <= (6 if month == 13 else 30):
            return None
        following = _next_word(ctx.low, m.end())
        if m["emonth2"] and not m["eyear"] and (following == "times" or following in self.lex.UNITS):
            return None  # "Sene 12 times", "Hamle 3 days": a name and a count, not a day
        # without a year, one whose days fall as in most years (2017, from 11 September 2024)
        year = int(m["eyear"]) if m["eyear"] else 2017
        western = ethiopian_calendar_day(year, month, day)
        spec = Spec(
            "DATE",
            "calendar",
            year=western.year if m["eyear"] else None,
            month=western.month,
            day=western.day,
        )
        spec.note = f"'{m.group(0)}': a day of the Ethiopian calendar, {western:%d %B}"
        return spec

    def h_republican_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if not ctx.text[m.start("rpmonth")].isupper():
            return None  # the months are proper nouns ("germinal" is also an adjective)
        month = self.lex.REPUBLICAN_MONTHS[m["rpmonth"]]
        day = int(m["rpday"])
        if not 1 <= day <= 30:
            return None
        roman = m["rpyear"] or m["rpyear2"]
        if roman is not None:
            at = m.start("rpyear") if m["rpyear"] else m.start("rpyear2")
            if not ctx.text[at : at + len(roman)].isupper():
                return None
            western = _republican_day(date(*self.lex.REPUBLICAN_YEAR_STARTS[roman]), month, day)
            spec = Spec("DATE", "calendar", year=western.year, month=western.month, day=western.day)
            spec.note = f"'{m.group(0)}': a day of the revolutionary calendar, {western:%d %B %Y}"
            return spec
        apposed = self.western_day_in_apposition_rx.match(ctx.low, m.end())
        if apposed is not None and int(apposed["wday"] or apposed["wday2"]) <= 31:
            # "13 Vendémiaire (5 October 1795)": the Western day the text gives beside it
            spec = Spec(
                "DATE",
                "calendar",
                year=int(apposed["wyear"]) if apposed["wyear"] else None,
                month=int(self.lex.MONTHS[apposed["wmonth"] or apposed["wmonth2"]]),
                day=int(apposed["wday"] or apposed["wday2"]),
            )
            spec.note = (
                f"'{m.group(0)}': a day of the revolutionary calendar, the Western day given beside it"
            )
            return spec
        if self.republican_cue_rx.search(ctx.text) is None:
            return None  # "Anderlecht 3 Germinal Beerschot 1", "2 Thermidor lobsters": not of the calendar
        # without its year: in the republican year that holds the day in the last Gregorian year the text
        # named before it ("In 1799 ... the coup of 18 Brumaire" is 9 November, Year VIII beginning on 23
        # September), else as the days fell in a year that began on 22 September (Years I-III, V-VII); the
        # story gives the year
        western = _republican_day(date(1796, 9, 22), month, day)
        told = _REPUBLICAN_ERA_YEAR.findall(ctx.text, max(0, m.start() - 400), m.start())
        if told:
            gregorian = int(told[-1])
            for begun in (gregorian, gregorian - 1):
                starts = next((st for st in self.lex.REPUBLICAN_YEAR_STARTS.values() if st[0] == begun), None)
                if starts is None:
                    continue
                named = _republican_day(date(*starts), month, day)
                if named.year == gregorian:
                    western = named
                    break
        spec = Spec("DATE", "calendar", month=western.month, day=western.day)
        spec.note = f"'{m.group(0)}': a day of the revolutionary calendar, {western:%d %B}"
        return spec

    def h_republican_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        roman = m["rpalone"]
        if ctx.text[m.start()] != "Y" or not ctx.text[m.start("rpalone") : m.end("rpalone")].isupper():
            return None  # "Year VIII": a capital and a numeral in capitals
        if _ROMAN_NUMERAL_AFTER.match(ctx.text, m.start() + 4) is None:
            return None  # "The Year I Met Your Mother", "Happy New Year I hope": the pronoun
        if self.republican_cue_or_month_rx.search(ctx.text) is None:
            return None  # nothing in the text speaks of revolutionary France or its calendar
        start = self.lex.REPUBLICAN_YEAR_STARTS[roman][0]
        # a year from late September, named by the Gregorian year it mostly falls in (Year XIV, cut short
        # when the calendar ended on 31 December 1805, lies all in 1805)
        spec = Spec("DATE", "calendar", year=min(start + 1, 1805))
        spec.note = f"'{m.group(0)}': a year of the revolutionary calendar, from September {start}"
        return spec

    def _counted_after_year(self) -> str:
        """A lookahead that fails where a plural noun follows the figure ("June 5-6, 2000 runners are
        expected", "Aug. 12-14, 1500 tickets"): the figure counts them, no year."""
        return (
            r"(?![ \t]+(?:(?!(?:"
            + "|".join(sorted(self.lex.S_ENDING_NON_PLURALS))
            + r")\b)[a-z]+s|"
            + "|".join(sorted(self.lex.IRREGULAR_PLURALS))
            + r")\b)"
        )

    def h_hijri_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "750 (132 AH)", "in AH 316", "the year 656 of the Hijra": a year of the Islamic lunar calendar,
        named as README.md names a year of another calendar, by the Western year in which most of it falls
        (its 354 or 355 days reach over two of ours)."""
        if m.groupdict().get("hpre") or m.groupdict().get("hpost"):
            era_group = "hpre" if m["hpre"] else "hpost"
            era = ctx.text[m.start(era_group) : m.end(era_group)]
            if era not in self.lex.HIJRI_ERA_ABBREVIATIONS:
                return None  # the era in capitals ("ah well" is an interjection)
            if int(m["hyear"]) > _LATEST_HIJRI_YEAR:
                return None  # "In 2019 AH opened fifty stores": a Western year, then an initialism
            if m["hpre"] and (
                not (
                    ctx.text[m.start() - 1 : m.start()] == "("
                    or _previous_word(ctx.low, m.start()) in _HIJRI_YEAR_PREPOSITIONS
                )
                or self.plural_after_rx.match(ctx.low, m.end())
            ):
                # "the AH 64 helicopter", "trained in AH 64 gunships": a model, not a year after a
                # preposition or in brackets
                return None
            if m["hpost"] and (
                _next_word(ctx.low, m.end()) in self.lex.AMPERE_HOUR_NOUNS
                or _AMPERE_HOURS_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start())
            ):
                return None  # "a 12V 100 AH battery", "rated 100 AH", "Capacity: 280 AH": ampere-hours
        spec = Spec("DATE", "calendar", year=_hijri_year_mostly_in(int(m["hyear"])))
        spec.note = f"'{m.group(0)}': a year of the Hijri calendar, most of it in {spec.year}"
        return spec

    def h_world_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "in the year 6562 of the world", "the year 6961 from the creation": a year of the Byzantine era, which counts
        from the creation in 5509 BC and begins on 1 September, named as README.md names a year of another
        calendar, by the Julian year holding eight of its months (6562 is September 1053 - August 1054)."""
        world_year = int(m["amyear"])
        if not _FIRST_BYZANTINE_WORLD_YEAR <= world_year <= _LAST_BYZANTINE_WORLD_YEAR:
            # other counts from the creation (the Hebrew calendar's 5784) and a millennium of prophecy
            # ("the year 6000 of the world") are not read
            return None
        spec = Spec("DATE", "calendar", year=world_year - _BYZANTINE_ERA_OFFSET)
        spec.note = f"'{m.group(0)}': a year of the Byzantine era, most of it in {spec.year}"
        return spec

    def h_era_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if ctx.text[m.start()].islower():
            return None  # era names are proper nouns
        return self._era_year(m["cera"], int(m["ceranum"]), m.group(0))

    def _named_era_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "In 1603, the eighth year of Keichō", "the fifth year of Xuande (1430)", "the first year of
        Yongle is 1403": a year of an era or reign named by a proper noun is the Western year the text
        gives beside it; without that year only a table of the era could give it, and it is left."""
        if not ctx.text[m.start("rname")].isupper():
            return None  # "the third year of the war", "the first year of school": no era's name
        raw = m["nyear"] or m["nyear2"] or m["nyear3"]
        if raw is None:
            named_before = _YEAR_THEN_COMMA.search(ctx.low, max(0, m.start() - 8), m.start())
            raw = named_before.group(1) if named_before else None
        if raw is None:
            return None
        return Spec(
            "DATE", "calendar", year=int(raw), note=f"'{m.group(0)}': the Western year given beside it, {raw}"
        )

    def _era_year(self, era: str, count: int, text: str) -> Spec:
        year = self.lex.CALENDAR_ERA_YEARS[era] + count - 1
        return Spec(
            "DATE",
            "calendar",
            year=year,
            note=f"'{text}': year {count} of an era that began in {year - count + 1}",
        )

    def military_clock(self, low: str, start: int, end: int) -> bool:
        """ "At 0430 Nagumo launched", "from 0700 onwards", "shortly before 1000": four digits read as a
        24-hour clock after a clock preposition. A leading zero cannot begin a year; from 1000 up the
        number is a time only where the text has already written such a time with its leading zero."""
        digits = low[start:end]
        if len(digits) != 4 or not digits.isdigit() or int(digits[:2]) > 23 or int(digits[2:]) > 59:
            return False
        if (
            not digits.startswith("0")
            and _COUNTED_AFTER.match(low[end : end + 12])
            and not self.clock_hours_after.match(low, end)  # "at 2359 hours": the clock's own word
        ):
            return False  # "1200 troops", "1500 tonnes": a count (no count is written with a leading zero)
        if low.endswith(("up from ", "down from "), 0, start) or _FIGURE_CHANGE_FROM_AFTER.match(low, end):
            return False  # "shares closed at 1450, down from 0950": two levels of a figure and its change
        before = _CLOCK_LEAD_IN.search(low, max(0, start - 40), start)
        prep = before.group("prep") if before is not None else None
        if (
            prep == "the"
            and (noun := _next_word(low, end)) in self.lex.TIMETABLED_SERVICE_NOUNS
            # "the 1944 crossing of the Rhine", "the 1953 flight of the Comet": an event named by its year
            and _next_word(low, low.find(noun, end) + len(noun)) != "of"
        ):
            return True  # "the 1815 sailing", "the 0930 departure": a service named by its time
        if prep == "the" and digits.startswith("0") and _next_word(low, end) in self.lex.SERVICE_ROUTE_WORDS:
            return True  # "the 0930 from Ullapool", "the 0715 to Oban": a departure named by its time
        if (start == 0 or low[start - 1] == "\n") and _LOG_LINE_TEXT_AFTER.match(low, end):
            # "0400 Jenny relieved me." opening a log's line: a watch's time; from 1000 up ("1130 Lizard
            # abeam") only where the log has already opened a line with a zero-led time
            return digits.startswith("0") or (
                _ZERO_LED_LOG_LINE.search(low, max(0, start - _MILITARY_CLOCK_REACH), start) is not None
            )
        if prep not in self.lex.CLOCK_PREPOSITIONS and prep not in self.lex.MILITARY_CLOCK_LEADS:
            return False
        if digits.startswith("0"):
            return True
        if prep in self.lex.HOURS_CLOCK_PREPOSITIONS and _CLOCK_HOURS_WORD_AFTER.match(low, end):
            return True  # "At 1400 hours the guns opened fire": the clock's own word ("after 1400 hours of")
        reach = max(0, start - _MILITARY_CLOCK_REACH)
        if prep != "at" and digits[:2] in ("19", "20"):
            # "struck a reef at 0214 ... The union, which has called for it since 2016, said": after a
            # year's preposition, a number that reads as a modern year is a clock time only where its own
            # sentence writes a 24-hour clock
            reach = max(
                reach,
                low.rfind("\n", 0, start) + 1,
                *(low.rfind(end, 0, start) + 2 for end in _SENTENCE_ENDS),
            )
        return _zero_led_clock_before(low, reach, start) or (
            # "At 1400 hours ... At 1420 the first wave crossed": the text writes a 24-hour clock; only
            # "at" is never a year's preposition ("since 1943", "by 1945", "around 1900" are years)
            prep == "at"
            and (
                _HOURS_CLOCK_BEFORE.search(low, reach, start) is not None
                # "sails at 2300, arriving at 0800": its own sentence goes on to a zero-led clock
                or _zero_led_clock_before(low, end, _sentence_end(low, end, 120))
            )
        )

    def _opening_year_before_subject(self, ctx: Context, start: int, end: int, noun: str) -> bool:
        """Whether a sentence opens on "In" or "By" and the number, then a plural subject and its past
        verb, past auxiliary or modal ("In 1962 archaeologists found the wreck", "By 1914 aeroplanes could
        climb"): the year the sentence is set in. A count of things opening a sentence is written with its
        thousands comma or goes on with a noun ("In 2000 stores the chain sells", "By 312 votes to 250"),
        and a participle with its preposition is a count's relative clause ("In 2000 patients treated
        with it")."""
        word = _previous_word(ctx.low, start)
        opener = start - 1 - len(word)
        perfect = word in self.lex.PERFECT_OPENING_YEAR_PREPOSITIONS
        if (
            not (perfect or word in self.lex.OPENING_YEAR_PREPOSITIONS)
            or opener < 0
            or ctx.low[opener : start - 1] != word
            or not ctx.text[opener].isupper()
            or not _OPENS_SENTENCE_BEFORE.search(ctx.low, max(0, opener - 8), opener)
        ):
            return False
        verb = _WORD_AFTER_WORD.match(ctx.low, end)
        if verb is None or verb.group(1) != noun:
            return False
        if perfect:
            # "Since 1937 presidents have taken office": "since" counts on in the perfect from the year;
            # "Since 2000 people have signed it, the council must debate it" is a cause before its main
            # clause, and the number a count
            return (
                verb.group(2) in self.lex.SUBJECT_PERFECT_AUXILIARIES
                and _MAIN_CLAUSE_AFTER_COMMA.match(ctx.low, verb.end()) is None
            )
        if verb.group(2) in self.lex.SUBJECT_ORIGIN_PREPOSITIONS:
            # "In 1414 envoys from Bengal brought a giraffe": the subject's origin, a name, before its verb
            verb = _ORIGIN_NAME_THEN_WORD.match(ctx.text, verb.end()) or verb
        if verb.group(2) in self.lex.SUBJECT_PAST_AUXILIARIES:
            return True
        return past_verb_form(verb.group(2)) and not _PREPOSITION_AFTER.match(ctx.low, verb.end())

    def _verb_after_participle_year(self, low: str, start: int, after: str) -> bool:
        """ "a plan adopted in 2019 shares a quarter of the fees": after a participle and its "in" or
        "since", a word in -s before a determiner is the subject's verb, not the noun of a count ("In
        2000 stores the chain sells" opens its sentence on "In", with no participle before it)."""
        if not _S_WORD_THEN_DETERMINER.match(after):
            return False
        preposition = _previous_word(low, start)
        if preposition not in ("in", "since"):
            return False
        return past_verb_form(_previous_word(low, start - len(preposition) - 1))

    def _linking_verb_after_year(self, next_word: str, after: str) -> bool:
        """ "the reward offered in 2018 remains open": a linking verb in -s before its complement is the
        clause's verb, not a plural noun the number counts ("1870 remains were found")."""
        if next_word not in self.lex.YEAR_LINKING_VERBS:
            return False
        words = _WORD_AFTER_WORD.match(after)
        return words is not None and words.group(2) not in self.lex.YEAR_LINKING_NOUN_FOLLOWERS

    def _modal_before_in_sentence(self, low: str, start: int) -> bool:
        """Whether "will", "'ll" or another modal of PLAN_MODALS comes earlier in the sentence."""
        boundary = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), low.rfind("? ", 0, start))
        words = re.findall(r"[a-z']+", low[boundary + 1 : start])
        return any(w in self.lex.PLAN_MODALS or w.endswith("'ll") for w in words)

    def _costed_plan_before_in_sentence(self, low: str, start: int) -> bool:
        """Whether a present forecast ("is expected to save") or a "would" with a sum of money after it
        ("would cost less than $900 billion") comes earlier in the sentence: a budget's figure spread over
        the stretch ahead ("he would write five novels" keeps a biography's future in the past)."""
        boundary = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), low.rfind("? ", 0, start))
        clause = low[boundary + 1 : start]
        if self.plan_forecast.search(clause):
            # "is expected to hire 500 workers", "are projected to double": a present forecast is a plan ahead
            # as "will" is, whether or not it is costed
            return True
        if "$" not in clause and self.lex.NUMBER_SCALE_WORDS.isdisjoint(re.findall(r"[a-z]+", clause)):
            return False
        would = clause.rfind("would ")
        return would >= 0 and _SUM_OF_MONEY.search(clause, would) is not None

    def _weekday_after_date_lead(self, text: str, start: int, word_before: str) -> bool:
        """ "On Friday buses were cancelled", "From Monday trains will run hourly", "by Sunday trains were
        running again": a weekday after a preposition of dating is the date, and the noun after it the
        subject; "on" and "from" date so only when they open their clause ("fares on Sunday buses", "came
        home from Sunday school" put the service in a phrase after another word)."""
        if word_before not in self.lex.WEEKDAY_DATE_LEADS:
            return False
        if word_before not in self.lex.WEEKDAY_PLACING_LEADS:
            return True
        lead = start - len(word_before) - 1  # the preposition and one space
        return text[lead].isupper() or text[max(0, lead - 3) : lead].rstrip().endswith(",")

    def _weekday_spent(self, low: str, start: int) -> bool:
        """ "spent Saturday trading offers", "spent most of Sunday packing": the day spent doing something,
        so the "-ing" word after it is a verb, not a service named by the day."""
        before = _previous_word(low, start)
        if before in self.lex.YEAR_SPENDING_VERBS:
            return True
        if before != "of":
            return False
        share_at = low.rfind(" of", 0, start)
        share = _previous_word(low, share_at + 1)
        return (
            share in self.lex.SPENT_SHARE_WORDS
            and _previous_word(low, low.rfind(share, 0, share_at)) in self.lex.YEAR_SPENDING_VERBS
        )

    def _bracketed_life_year(self, ctx: Context, start: int, end: int, value: int) -> bool:
        """Whether the bare year at `start:end` is one end of a bracketed life or reign whose other end is
        a full date: "Larbi Mansouri (1924 – 2 February 1997)", "(12 March 1904 – 1977)", "(1911 – Oct.
        3, 1986)", "(1483 – 26 June 1483)". A year is all that is known of many births; the dated end makes the
        span one of time."""
        low = ctx.low
        if low.startswith("(", start - 1):
            tail = _BRACKETED_LIFE_DATED_END.match(low, end)
            return (
                tail is not None
                and (tail["month"] or tail["month2"]) in self.lex.MONTHS
                # "(1483 – 26 June 1483)": a life begun and ended in one year
                and value <= int(tail["year"]) <= value + _LONGEST_BRACKETED_SPAN
            )
        prev = ctx.prev_spec
        if prev is None or prev.year is None or prev.month is None or ctx.prev_end < 0:
            return False
        opening = low.rfind("(", max(0, ctx.prev_end - 40), ctx.prev_end)
        return (
            prev.year <= value <= prev.year + _LONGEST_BRACKETED_SPAN
            and low[ctx.prev_end : start].strip() in ("-", "\u2013", "\u2014")
            and opening >= 0
            and ")" not in low[opening : ctx.prev_end]
        )

    def _month_after_in(self, low: str, end: int) -> bool:
        """Whether "in" and a month (perhaps after "early", "mid" or "late") follow `end`."""
        words = _WORD_AFTER_WORD.match(low, end)
        if words is None or words.group(1) != "in":
            return False
        month = words.group(2)
        if month in ("early", "mid", "late"):
            month = _next_word(low, words.end())
        return month in self.lex.MONTHS and month not in self.lex.MONTHS_ALSO_SURNAMES

    def _cleft_clause_after(self, low: str, end: int) -> bool:
        """Whether a cleft's clause follows the year ending at `end`: a time conjunction, then a verb before
        the clause closes ("It was 1999 before the flat was worth it", "when we sold it"); after "It was
        2000 before tax", "it was 1200 before the rise" a noun phrase follows, and the number is an amount
        that "it" points back to."""
        conjunction = _CLEFT_TIME_CONJUNCTION_AFTER.match(low, end)
        if conjunction is None:
            return False
        clause = _CLAUSE_WORDS_AFTER.match(low, conjunction.end())
        lex = self.lex
        return clause is not None and any(
            word in lex.PASSIVE_AUXILIARIES
            or word in lex.SUBJECT_PAST_AUXILIARIES
            or word in lex.SUBJECT_PERFECT_AUXILIARIES
            or word in lex.WILL_AUXILIARIES
            or word in lex.MODAL_VERBS
            or past_verb_form(word)
            or only_a_verb(word)
            for word in _WORDS.findall(clause[0])
        )

    def _compared_in_clause(self, low: str, start: int) -> bool:
        """Whether a verb of comparing stands earlier in the clause before `start` ("compared the crisis
        with", "likened the slump to") and no figure does ("sold 1,950 cars, compared with 1850": a count
        compared with a count)."""
        before = low[max(0, start - _COMPARED_REACH) : start]
        opening = max(map(before.rfind, (". ", "; ", "? ", "! ", "\n"))) + 1
        words = _WORDS.findall(before, opening)
        return any(word in self.lex.COMPARING_VERBS for word in words) and not any(
            word[0].isdigit()
            # a year after its preposition is no figure: "compared sales in 2021 with 1999, a record year"
            and not (
                len(word) == 4 and word.isdigit() and index > 0 and words[index - 1] in _YEAR_IN_CLAUSE_LEADS
            )
            for index, word in enumerate(words)
        )

    def _looks_like_year(self, m: re.Match[str], ctx: Context, start: int, end: int) -> bool:
        """A bare number is a year only where English puts years: "in 1998", "1998's", "a 1996 law"."""
        low = ctx.low
        raw = low[start:end]
        after = low[end : end + 24]
        value = None if raw.startswith("'") else int(raw)
        if value is not None and not 1000 <= value <= 2199:
            return False
        if (
            value is not None
            and self.military_clock(low, start, end)
            and not _year_after_coarse_date(ctx, start, end)
        ):
            return False  # "at about 1700": a 24-hour clock time in a text that writes them
        range_end = None if value is None else year_range_end(low, end, value, self.lex.YEAR_SPAN_EVENT_NOUNS)
        if range_end is not None:
            after = low[range_end[1] : range_end[1] + 24]  # "the 2022-23 season": read on after the span
        elif _QUANTITY_AFTER.match(after) and not (
            # "Larbi Mansouri (1924–2 February 1997)": the dash of a bracketed life, unspaced before its
            # dated end, is no figure's
            value is not None
            and low.startswith("(", start - 1)
            and self._bracketed_life_year(ctx, start, end, value)
        ):
            return False
        if m.group("pmod") or m.group("prepost") or "year" in low[m.start() : start]:
            return True
        if (
            value is None
            and not after.startswith(("'", "s"))
            and (start == 0 or not low[start - 1].isalnum())
        ):
            # "my '09 Civic", "that was '19": the apostrophe stands for the century, unless a capitalised word
            # that makes a day's name stands before it: "Black '47" names a year
            return not _capitalised_name_modifier_before(ctx.text, low, start, self.lex)
        if m.groupdict().get("approx") in self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS and value is not None:
            return True  # "c. 1412": only a year is written after "circa"
        if (
            start > 0
            and low[start - 1] in "-/"
            and ctx.prev_rule in ("year", "year_era")
            and ctx.prev_spec is not None
            and ctx.prev_spec.year is not None
            and year_range_end(low, ctx.prev_end, ctx.prev_spec.year, self.lex.YEAR_SPAN_EVENT_NOUNS)
            == (value, end)
        ):
            return True  # "2019-2021": the end of a span of years
        if (
            value is not None
            and (low.startswith("(", start - 1) or low.startswith(")", end))
            and self._bracketed_life_year(ctx, start, end, value)
        ):
            return True  # "(1924 – 2 February 1997)", "(12 March 1904 – 1977)": a life's other end
        if start > 0 and low[start - 1] in "$#£€/:-":
            return False
        next_word_match = _NEXT_WORD.match(after)
        next_word = next_word_match.group(1) if next_word_match else ""
        counted = (
            next_word in self.lex.MEASURE_NOUNS
            and not (next_word in self.lex.MEASURE_NOUNS_ALSO_VERBS and self._measure_verb_after.match(after))
        ) or (
            next_word.endswith("s")
            and not next_word.endswith(("ss", "us", "is"))  # "census", "stimulus", "crisis" are singular
            and next_word not in self.lex.YEAR_FRIENDLY_PLURALS
            and next_word not in self.lex.YEAR_FOLLOWING_ADVERBS
            and next_word not in ("was", "has", "as", "does")  # "the invasion in 1812 was": a verb
            and next_word != "its"  # "In 1991 its people were": a possessive opening the clause
            # "a report from 2019 says", "a law passed in 2015 requires": a word that is only a verb
            and not (only_a_verb(next_word) or self._plural_verb_after.match(after))
            and not self._linking_verb_after_year(next_word, after)
        )
        if (
            counted
            and next_word_match is not None
            and "\n" in next_word_match.group(0)
            and ctx.text[(range_end[1] if range_end else end) + next_word_match.start(1)].isupper()
        ):
            # "est. 1921\nOrders taken daily": a capitalised word opening the next line opens a line of its
            # own, which a count does not run into ("employed 1500\nworkers", wrapped, still counts)
            counted = False
        if counted and self._verb_after_participle_year(low, start, after):
            counted = False
        if after.startswith("'s"):
            return True
        # the word before the year, asked by most of the checks below: read once
        prev_word = _previous_word(low, start)
        if (
            value is not None
            and 1900 <= value <= 2099
            and low.startswith(" ", start - 1)
            and prev_word in self.lex.PLANS_NAMED_BY_YEAR
            and ctx.text[start - len(prev_word) - 1].isupper()
            and next_word not in self.lex.MEASURE_NOUNS  # "with Strategy 1950 points": a count
        ):
            return True  # "Budget 2024: what it means for you", "Census 2021 results", "Vision 2030"
        if (
            value is not None
            and not counted
            and _YEAR_NOUN_COMMA_BEFORE.search(low, max(0, start - 8), start)
        ):
            return True  # "The worst year, 1847, is remembered": the year named in apposition
        if (
            value is not None
            and not counted
            and low.find("year", max(0, start - 48), start) >= 0  # (every match holds it: a quick test first)
            and (named := _YEAR_NOUN_COPULA_BEFORE.search(low, max(0, start - 48), start)) is not None
            and self.lex.YEAR_COUNT_LEADS.isdisjoint(named["lead"].split())
        ):
            return True  # "Her best year was 2011": the year the noun phrase names
        if (
            value is not None
            and 1000 <= value <= 2099
            and not counted
            # the text already dates in years, within a few lifetimes of this one: "Bids came in; the last
            # was 1500" and "In 2020 the first was 1200 units; the next is 1500" are amounts
            and ctx.last_year is not None
            and abs(ctx.last_year - value) <= _SEQUENCE_REACH_YEARS
            and _CLAUSE_CLOSE_AFTER.match(low, end)
            and _SEQUENCE_MEMBER_BEFORE.search(low, max(0, start - 24), start)
        ):
            return True  # "The next is 2027; the last, 2021.": the year of one of a run of occasions told
        if value is not None and _AS_THE_YEAR_AFTER.match(low, end):
            return True  # "fixed 1624 as the normal year", "set 2030 as the target year"
        if (
            value is not None
            and 1900 <= value <= 2099
            and not counted
            and low.endswith(" on ", 0, start)
            and _CHANGE_ON_YEAR_BEFORE.search(low, max(0, start - 24), start) is not None
        ):
            return True  # "turnover is up 4 per cent on 2025", "down 3% on 2019": the year compared with
        if (
            value is not None
            and 1800 <= value <= 2099
            and prev_word in self.lex.YEAR_EXPECTING_VERBS
            and _YEAR_EXPECTED_AFTER.match(low, end)
        ):
            return True  # "we expect 1998 to be another year of growth", "I think 2001 will be harder"
        if (
            value is not None
            and 1800 <= value <= 2099
            and not counted
            and prev_word in self.lex.REMEMBERING_VERBS
            and _CLAUSE_CLOSE_AFTER.match(low, end)
        ):
            return True  # "Many of them remember 1994, when the plan died": the year remembered
        if (
            value is not None
            and 1800 <= value <= 2099
            and not counted
            and prev_word in ("with", "to")
            and _CLAUSE_CLOSE_AFTER.match(low, end)
            and self._compared_in_clause(low, start)
        ):
            return True  # "Analysts compared the crash with 1929, when ...": the year compared with
        if (
            value is not None
            and not counted
            and (
                (closed := _CLAUSE_CLOSE_AFTER.match(low, end)) is not None
                or self._cleft_clause_after(low, end)
            )
            and (it_was := _IT_WAS_BEFORE.search(low, max(0, start - 12), start)) is not None
            # a cleft's "it", not "that" pointing back ("That is 2000 until the next payment")
            and (closed is not None or it_was[0].startswith("it"))
        ):
            # "It was 1917, and the country was at war": the year a story has come to; "It was 1999
            # before the flat was worth what we paid": the year a cleft puts first
            return True
        if (
            value is not None
            and not counted
            and (
                (catalogue := prev_word in self.lex.CATALOGUE_YEAR_PARTICIPLES)
                or prev_word in self.lex.LISTED_ITEM_MAKING_PARTICIPLES
            )
            and (_CLAUSE_CLOSE_AFTER.match(low, end) or _CLAUSE_END.match(low, end))
            and (at := low.rfind(prev_word, max(0, start - len(prev_word) - 4), start)) >= 0
            and (
                (catalogue and (prev_word in self.lex.YEAR_DATING_VERBS or _sentence_start(low, at)))
                # "MINI COOPER 1969, restored 1999, garaged": an item of a list of a thing's attributes,
                # set off by commas, as a label's entry is by its line; only making or mending dates a
                # thing so ("lent 5000, purchased 1800, and sold the rest" counts)
                or (
                    prev_word in self.lex.LISTED_ITEM_MAKING_PARTICIPLES
                    and 1500 <= value <= 2099
                    and _COMMA_OR_LINE_BEFORE.search(low, max(0, at - 4), at) is not None
                    and _CLAUSE_CLOSE_AFTER.match(low, end) is not None
                )
            )
        ):
            # "a carriage clock, dated 1887,", a label's "Made 1947." or "Purchased 1978.": the year a
            # catalogue gives a thing's making or coming, the participle opening its entry
            return True
        if (
            value is not None
            and 1900 <= value <= 2099
            and not counted
            and low.startswith(", ", start - 2)
            # "£1,500, 2000, 3000 miles": a run of figures, grouped or priced ("Rover 200, 1996" is a model)
            and _GROUPED_FIGURE_COMMA_BEFORE.search(low, max(0, start - 16), start) is None
            and VEHICLE_DETAIL_AFTER.match(low, end) is not None
        ):
            # "FORD FOCUS 1.6 Zetec, 2001, Y reg, 62,000 miles": a car advert's model year, set off by commas
            # before the registration or the mileage that follow it
            return True
        if (
            value is not None
            and not counted
            and prev_word in self.lex.YEAR_DATING_VERBS
            and (1000 <= value <= 2099 or low.startswith(self.lex.WHERE_A_DATE_IS_WRITTEN, end))
        ):
            # "an archway dated 1547 in its stone", "A letter dated 1788 survives.": the year cut or written
            # on a thing, whatever follows it ("dated 950 on its base": a short year, with its place after)
            return True
        if (
            value is not None
            and not counted
            and prev_word in self.lex.FOUNDING_PARTICIPLES
            and (
                _CLAUSE_END.match(low, end)
                or _LABEL_CLOSE.match(low, end)
                or _CLAUSE_CLOSE_AFTER.match(low, end)
                # "Est. 2012 | Open 24/7": a bar parts the fields of a letterhead's or a listing's line
                or low.startswith((" |", "\t|"), end)
            )
            and (at := low.rfind(prev_word, max(0, start - len(prev_word) - 4), start)) >= 0
            and (
                _COMMA_OR_LINE_BEFORE.search(low, max(0, at - 4), at) is not None
                # "Bakers est. 1921", "Bakers estd 1921": the abbreviation is no verb, wherever it stands; a
                # bare "est" is also "estimated" ("Crowd est 1500."), a founding year only ending its line
                or (
                    prev_word in self.lex.FOUNDING_ABBREVIATIONS
                    and (
                        prev_word != "est"
                        or low.startswith(".", at + 3)
                        or not low[end:].split("\n", 1)[0].strip()
                    )
                )
            )
        ):
            # "Auctioneers and Valuers, established 1886", a club card's "Founded 1884 - Reg. charity no.":
            # a body's founding year set off after its name or opening a line of a letterhead
            return True
        if prev_word in self.lex.LABEL_WORDS:
            return False  # "page 1998", "flight 2000": a label
        if prev_word == "in" and _ratio_part_before(low, start, value):
            return False  # "an error of one part in 2000": a ratio's whole
        if (
            prev_word in self.lex.YEAR_NAMING_NOUNS
            and value is not None
            and not counted
            and _previous_word(low, start - len(prev_word) - 1) == "the"
        ):
            return True  # "the years 1863 to 1966", "the date 1474": the numbers the noun names are years
        if prev_word in self.lex.YEAR_SPENDING_VERBS and (
            next_word.endswith("ing") or (next_word in self.lex.YEAR_SPENT_PLACE_WORDS and value is not None)
        ):
            return True  # "spent 1981 rebuilding", "spent 1903 in talks": the year spent doing something
        if (
            prev_word in self.lex.YEAR_PROPOSING_VERBS
            and value is not None
            and not counted
            and ctx.prev_spec is not None
            and ctx.prev_spec.year is not None
            and abs(ctx.prev_spec.year - value) <= _NEARBY_YEARS
            and not _SENTENCE_BOUNDARY.search(low, max(ctx.prev_end, 0), start)
        ):
            return True  # "born in 1386, though some writers prefer 1387": another year for the same event
        if (
            ctx.prev_rule == "regnal_year"
            and ctx.prev_spec is not None
            and ctx.prev_spec.year == value
            and start - ctx.prev_end <= 60
        ):
            return True  # "in the third year of his reign, 1466": the year that ordinal was given
        abbreviation = _ABBREVIATION_JUST_BEFORE.search(low, max(0, start - 6), start)
        if abbreviation is not None and abbreviation.group(1) in self.lex.YEAR_ABBREVIATIONS and not counted:
            return True  # "the Yongle Emperor (r. 1402-1424)", "b. 1920": reigned, born
        if raw.startswith("'"):
            return prev_word in self.lex.YEAR_PREPOSITIONS or after.startswith("s")
        to_year = _TO_LATER_NUMBER.match(low, end)
        if to_year is not None and value is not None and not counted:
            second = int(to_year.group(1))
            tail = to_year.group(2) or ""
            # modern years only, as for "2019-2021": "rose 1200 to 1500" is more likely an amount
            later_year = 1800 <= value < second <= value + _LONGEST_YEAR_SPAN
            tail_counted = tail in self.lex.MEASURE_NOUNS or (
                tail.endswith("s")
                and not tail.endswith(("ss", "us", "is"))
                and tail not in self.lex.YEAR_FRIENDLY_PLURALS
                and tail not in ("was", "has", "as", "does", "its")
            )
            if later_year and not tail_counted:
                return True  # "2022 through 2024", "1998 until 2001": a span of years opening
        if (
            prev_word in self.lex.CHURCH_SEASONS
            and not counted
            and ctx.text[max(0, start - len(prev_word) - 2) : start].strip() == prev_word.capitalize()
        ):
            return True  # "in Lent 1522", "Advent 1914": a season of the church year and its year
        if (
            prev_word in self.lex.TRADE_SEASONS_BEFORE_YEAR
            and value is not None
            and 1900 <= value <= 2099
            and not counted
            and ctx.text[max(0, start - len(prev_word) - 1)].islower()  # "the Holiday 2000 tour": a title
        ):
            return True  # "a holiday 2026 release", "missed holiday 2025": a trade season and its year
        if (
            prev_word == "term"
            and not counted
            and _previous_word(low, start - len(prev_word) - 1) in self.lex.LAW_TERM_NAMES
        ):
            return True  # "in Michaelmas term 1871": a law term of the courts and its year
        if prev_word in ("and", "or") and _GROUPED_FIGURE_AND_BEFORE.search(low, max(0, start - 16), start):
            # "the figures 1,913 and 1204", "between 1,500 and 1800 men": paired with a figure written with
            # its thousands grouped, which no year is, the number is a figure too
            return False
        if (
            prev_word in self.lex.YEAR_PREPOSITIONS
            or (
                range_end is not None and value is not None and 1800 <= value <= 2099
            )  # not "a 1200-1500 range"
            or (range_end is not None and value is not None and title_closing_span(low, start, range_end[1]))
            # "Akbar, who reigned 1556-1605": a reign or a life given as its span of years after the verb
            or (range_end is not None and value is not None and prev_word in self.lex.YEAR_SPAN_VERBS)
            or (prev_word == "to" and self._traced_back_to(low, start))  # "the records go back to 1855"
            # "in the ten years to 2019": the year that closes a period counted back from it
            or (prev_word == "to" and _UNITS_TO_BEFORE.search(low, max(0, start - 16), start) is not None)
            # "from October 1980 to 1986": the year closing a span opened by a dated "from"
            or (
                prev_word == "to" and _DATED_FROM_BEFORE_TO.search(low, max(0, start - 40), start) is not None
            )
        ):
            # "In 1847 observers noted ...", after "completed in 1841": a plural noun after a number
            # that continues the text's run of years does not make it a count
            return (
                not counted
                or (
                    # "since 2012 Rovers have been owned": a capitalised name after it is no counted noun
                    value is not None
                    and value >= 1000
                    and next_word_match is not None
                    and ctx.text[end + next_word_match.start(1)].isupper()
                )
                or (
                    next_word not in self.lex.MEASURE_NOUNS
                    and value is not None
                    and ctx.prev_spec is not None
                    and ctx.prev_spec.year is not None
                    and abs(ctx.prev_spec.year - value) <= _NEARBY_YEARS
                )
                or (value is not None and self._opening_year_before_subject(ctx, start, end, next_word))
            )
        if prev_word in ("with", "to") and value is not None and 1000 <= value <= 2099 and not counted:
            joiner = low.rfind(prev_word, max(0, start - 8), start)
            lead = low[max(0, joiner - 16) : joiner].split()
            lead_word = lead[-1] if lead else ""
            if lead_word == "up" and len(lead) > 1:
                lead_word = f"{lead[-2]}-up"  # "in the run up to 2010" as "the run-up"
            if prev_word == "to" and lead_word in self.lex.YEAR_LEADING_TO_WORDS:
                return True  # "a prelude to 1917", "the run-up to 2020": a time led up to
            if lead_word in self.lex.YEAR_COMPARING_WORDS and (
                value >= 1800
                or (
                    ctx.prev_spec is not None
                    and ctx.prev_spec.year is not None
                    and abs(ctx.prev_spec.year - value) <= _NEARBY_YEARS
                )
            ):
                # "comparisons with 1929 were drawn", "compared to 2019": a time compared; "small in
                # contrast to 1500 on the other side" compares amounts
                return True
        if (
            prev_word in self.lex.YEAR_LIKENING_WORDS
            and value is not None
            and 1800 <= value <= 2099
            and not counted
        ):
            likening = low.rfind(prev_word, max(0, start - 12), start)
            likened = _previous_word(low, likening)
            if likened in self.lex.PERIODS_LIKENED_TO_A_YEAR:
                return True  # "a summer like 2018", "in a year unlike 2020": a period likened to a year
            if likened in self.lex.VERBS_LIKENING_TO_A_YEAR and (
                _CLAUSE_CLOSE_AFTER.match(low, end) or next_word in self.lex.LIKENED_YEAR_FOLLOWERS
            ):
                return True  # "it sounded like 1991 again": a time likened to a year
            if (
                ctx.prev_spec is not None
                and ctx.prev_spec.year is not None
                and 0 <= start - ctx.prev_end <= _YEAR_LIKENED_REACH
                and not any(mark in low[ctx.prev_end : start] for mark in ".;!?")
            ):
                return True  # "a 2009 that looks nothing like 2008": a year likened to a year just named
        if (
            ctx.prev_rule in ("year", "year_era")
            and ctx.prev_end >= 0
            # "in 1958, not 1962", "in 1990 rather than 1991": a year set against a year
            and re.fullmatch(
                r"\s*,?\s*(?:and|or|to|through|until|till|not|but\s+not|rather\s+than|instead\s+of|-)?\s*",
                low[ctx.prev_end : start],
            )
        ):
            return True
        if (
            start > 0
            and low[start - 1] == "("
            and (after.startswith(")") or _AMOUNT_AFTER_COLON.match(after))
        ):
            return True  # "(2007: £251.2 million)": the year a figure in results is compared with
        if value is not None and 1000 <= value <= 2099 and SPAN_TO_PRESENT_AFTER.match(low, end):
            return True  # "Later career (2012–present)", "from 1998 to the present": a span still open
        if value is not None and 1000 <= value <= 2099 and _SPAN_TO_DATE_AFTER.match(low, end):
            return True  # "Trustee, Avon Gorge Trust, 2012 to date": a span still open, "to" it untagged
        if (
            value is not None
            and 1800 <= value <= 2099
            and not counted
            and _LISTED_ENTRY_YEAR_AFTER.match(low, end)
            # the entry is a title or a name, capitalised before its comma: "in the south, 1950." is prose
            and _LISTED_ENTRY_YEAR_BEFORE.search(ctx.text, max(0, start - 80), start)
        ):
            return True  # "First Aid at Work, 2019" closing a line: a CV's or a list's entry and its year
        if (
            start < _TITLE_LINE_CHARS
            and value is not None
            and 1500 <= value <= 2099
            and not counted
            and low[start - 2 : start] == ", "
            and _TITLE_YEAR_AFTER.match(low, end)
            and "\n" not in low[:start]
            and not any(stop in low[:start] for stop in _SENTENCE_ENDS)  # a title, not a sentence's clause
        ):
            # "Working journal, 2025", "From a Londoner's diary, 1940, as published": the year a document's
            # own first line gives after a comma is the year the whole text is in; a title further down
            # must have its year restated below it (_titled_year), as a heading may close on a count
            return True
        # "the band's 1991 album", "the Marlowes' 1991 album": a possessive, singular or plural
        determiner = (
            prev_word in self.lex.YEAR_DETERMINERS
            or prev_word.endswith(("'s", "s'"))
            # "the entire 2004 primary": "the" and a whole-of adjective before the year
            or (
                prev_word in self.lex.YEAR_WHOLE_ADJECTIVES
                and _previous_word(low, start - len(prev_word) - 1) == "the"
            )
        )
        if (
            not determiner
            and prev_word.endswith("ed")
            and value is not None
            and 1800 <= value <= 2099
            and next_word
            and not counted
            and _article_before_modifier(low, low.rfind(prev_word, max(0, start - len(prev_word) - 4), start))
        ):
            return True  # "a lightly revised 1942 model", "the restyled 1957 coupe": an article's year
        if determiner and value is not None and 1800 <= value <= 2099 and next_word and not counted:
            return True
        if (
            determiner
            and counted
            and value is not None
            and 1800 <= value <= 2099
            and next_word not in self.lex.MEASURE_NOUNS
            and next_word_match is not None
            and ctx.text[end + next_word_match.start(1)].isupper()
        ):
            return True  # "the 1994 Azores accord", "the 2004 Athens Games": a name after it, no count
        if (
            determiner
            and value is not None
            and value < 1800
            and (event := _NAMED_EVENT_AFTER_YEAR.match(ctx.text, end)) is not None
            and event["noun"].lower() in self.lex.YEAR_NAMED_DISASTER_NOUNS
            # "the 1200 fire engines", "the 1500 flood victims": the noun qualifies a plural one counted
            and _PLURAL_NOUN_NEXT.match(ctx.text, event.end()) is None
            # "the 1500 storm damage claims", "the 1200 famine relief workers": a compound's first noun
            and _ends_noun_phrase(ctx.text, event.end())
        ):
            # "The 1755 Lisbon earthquake", "the 1703 storm": a number before one disaster, which no count
            # of things can be, is the year it struck ("the 1500 workers" stays a count)
            return True
        if (
            prev_word == "the"
            and value is not None
            and value < 1800
            and not counted
            and next_word_match is not None
            and ctx.text[end + next_word_match.start(1)].isupper()
            and low.startswith(" of ", end + next_word_match.end(1))
        ):
            # "the 1662 Book of Common Prayer", "the 1707 Act of Union": a number before one titled thing
            # that a phrase of "of" goes on to name is the year of that edition or act, not a count
            return True
        if (
            prev_word == "the"
            and value is not None
            and value < 1800
            and next_word in self.lex.YEAR_NAMED_INSTRUMENT_NOUNS
            and next_word_match is not None
            and ctx.text[end + next_word_match.start(1)].isupper()
            and _ends_noun_phrase(ctx.text, end + next_word_match.end(1))
        ):
            # "since the 1601 Statute", "under the 1688 Act": one capitalised law or charter called by the
            # year it was made; "the 1500 Acts" is a count, and "the 1601 Act fees" qualifies another noun
            return True
        if (
            prev_word == "the"
            and value is not None
            and value < 1800
            and next_word
            and next_word not in self.lex.MEASURE_NOUNS
            # "the 1780 visitors spent freely": people are counted, never dated, by a number before them
            and next_word not in self.lex.AGE_GROUP_NOUNS
            and ctx.last_year is not None
            and abs(ctx.last_year - value) <= _NEARBY_YEARS
            and ctx.text[end + 1 : end + 2].islower()
        ):
            # "In 1769 ... compared the 1761 timings", "the 1549 order": in a story of those very years a
            # number before a noun is the year it belongs to ("the 1500 workers" in a story of 1760 is a
            # count: no year of the story is that near)
            return True
        if (
            value is not None
            and 1800 <= value <= 2099
            and prev_word.endswith("'s")
            and _CLAUSE_END.match(after)
        ):
            return True  # "Looking back: Westbury's 1999, month by month": a year someone or something had
        if (
            value is not None
            and value >= 1800
            and _HEADLINE_YEAR_IN.match(low, end)
            and (start == 0 or low[start - 1] == "\n")
        ):
            return True  # "2023 in science: ...", "2019 in review": a headline of what a year held
        if (
            value is not None
            and 1000 <= value <= 2099
            and (start == 0 or low[start - 1] == "\n")
            and (topic := _YEAR_IN_TOPIC_SUBJECT.match(low, end)) is not None
            # "1500 in cash was stolen" is a sum: the topic is a place's name or the clause calls it a year
            and (ctx.text[topic.start("topic")].isupper() or _A_YEAR_CALLED.match(low, topic.end()))
        ):
            return True  # "2009 in science and technology was a year of ...": an overview's opening subject
        if (
            value is not None
            and 1000 <= value <= 2099
            and (start == 0 or low[start - 1] in "\n ")
            and _titled_year(
                low, ctx.text, start, end, next_word in self.lex.MEASURE_NOUNS, self._title_year_lead
            )
        ):
            return True  # "1906 San Francisco earthquake", "Swiss referendum, 1905": an article's title
        label_end = range_end[1] if range_end is not None else end
        if (
            value is not None
            and _list_label(low, start, label_end)
            # "2000  people signed": a counted noun after a gap is still a count, not a column
            and not (counted and _COLUMN_GAP.match(low, label_end))
        ):
            return True  # "1801 – The first census", "1914–18 –", "2020" as a subheading: a timeline's label
        if value is not None and 1900 <= value <= 2099:
            if next_word in self.lex.YEAR_FRIENDLY_PLURALS and prev_word in self.lex.YEAR_LEVEL_PREPOSITIONS:
                return True  # "at 2018 levels", "back to 2019 prices": what a year had
            if prev_word in self.lex.YEAR_BOUNDING_VERBS and next_word in self.lex.YEAR_BOUNDING_FOLLOWERS:
                return True  # "ended 2025 with 312 million members", "began 2020 at a record"
        if (
            value is not None
            and 1000 <= value <= 2099
            and prev_word in self.lex.REPORTING_CUES
            and _YEAR_SUBJECT_AFTER_REPORT.match(after)
        ):
            # "Analysts said 1995 had been the worst year": a reported clause without "that", whose verb
            # names what the year was ("said 1500 had been evacuated" is a count, with no noun after)
            return True
        return _YEAR_SUBJECT_VERB.match(after) is not None and (
            _sentence_start(low, start)
            # "Whether 2024 beats it depends on", "found that 2023 was": a clause opening before its year
            or prev_word in self.lex.YEAR_SUBJECT_CLAUSE_OPENERS
            # "Then 2020 happened", "And 1968 came": a connective opening the sentence before the year
            or _CONNECTIVE_OPENING_BEFORE.search(low, max(0, start - 16), start) is not None
            # "In London 1759 was remembered as ...": a place the sentence opens with, then its year
            or _place_opening_before(ctx.text, low, start)
        )

    def _names_a_year_group(self, ctx: Context, unit_start: int, end: int) -> bool:
        """Whether the "year" ending at `end` names a school's class of one age: "year group(s)", or a
        capitalised "Year" before the number of a school year ("Some Year 7 pupils")."""
        if ctx.text[unit_start] == "Y" and _YEAR_GROUP_NUMBER_AFTER.match(ctx.text, end) is not None:
            return True
        return _next_word(ctx.low, end) in self.lex.YEAR_GROUP_NOUNS

    def _names_a_timepiece(self, low: str, end: int) -> bool:
        """Whether a clock, a watch's movement or a chronometer is named within two words after `end`, closing
        its noun phrase ("a two-day clock fair" is a fair's length)."""
        at = end
        for _ in range(2):
            # `_next_word`'s reading, whose match ends where the word does: no second search for it
            following = _BLANKS_THEN_WORD.match(low, at, at + 24)
            if following is None:
                return False
            at = following.end()
            if following[1] in self.lex.TIMEPIECE_NOUNS:
                return _TIMEPIECE_PHRASE_CLOSE.match(low, at) is not None
        return False

    def _traced_back_to(self, low: str, start: int) -> bool:
        """ "go back to 1855", "dating back to 1720", "dates to 1720": a verb tracing something's age."""
        found = _TRACED_TO_BEFORE.search(low, max(0, start - 24), start)
        if found is None:
            return False
        verb = found.group("verb")
        if found.group("back"):
            return verb in self.lex.YEAR_TRACING_VERBS or verb in self.lex.YEAR_RESCHEDULING_VERBS
        # "the concession was extended to 2086", "the launch slipped to 2027": a time moved to a year
        return verb in self.lex.YEAR_DATING_VERBS or verb in self.lex.YEAR_RESCHEDULING_VERBS

    def h_race_time(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "won in 2:11:04", "the record of 2:29:15": hours, minutes and seconds after a word that
        times a race are how long it took; at a clock ("at 9:15:30 a.m.") they tell the time."""
        lead = _previous_word(ctx.low, m.start())
        if lead in self.lex.RACE_TIME_COPULAS:
            # "his previous best was 2:11:05": the noun before the copula times the race
            lead_start = ctx.low.rfind(lead, 0, m.start())
            lead = _previous_word(ctx.low, lead_start) if lead_start >= 0 else ""
        elif not lead and (m["rh"] or m["rf"]) and ctx.low[max(0, m.start() - 2) : m.start()] == ", ":
            # "The course record, 2:08:44, was set", "his best time, 2:29:50 in 1955": a reading with
            # seconds in apposition after the noun that times the race
            lead = _previous_word(ctx.low, m.start() - 2)
        if (
            # minutes and seconds to a fraction after any word ("Hagg's 4:01.4", "lowered it to 3:51.3");
            # after a form's label ("Time: 1:52.4") they are left be
            (m["rm2"] is None or not lead)
            and lead not in self.lex.RACE_TIME_LEADS
            and not (lead in self.lex.RACE_TIME_ARTICLES and (m["rf"] or m["rh"]))
        ):
            return None
        if self.short_number_context.match(ctx.low, m.end()) or self.zone_after.match(ctx.low, m.end()):
            return None
        hours = int(m["rh"] or 0)
        minutes, seconds = int(m["rm"] or m["rm2"] or m["rm3"]), int(m["rs"] or m["rs2"] or m["rs3"])
        # the fraction as written: a timing's last digit tells its precision ("33.840")
        second_part = f"{seconds}{m['rf']}S" if m["rf"] else (f"{seconds}S" if seconds else "")
        value = "PT" + (f"{hours}H" if hours else "") + f"{minutes}M" + second_part
        return Spec(
            "DURATION", "fixed", value=value, note=f"'{m.group(0)}': a race time in hours, minutes, seconds"
        )

    def h_unit_long(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "its hourlong finale", "a weeklong festival": an adjective giving one unit's length."""
        if m.start() > 0 and (ctx.low[m.start() - 1].isalnum() or ctx.low[m.start() - 1] == "-"):
            return None  # "a two-hour-long debate" is read with its number
        unit = m["lunit"]
        code = duration_code(unit, 1, self.lex.UNITS)
        if code is None:
            return None
        return Spec("DURATION", "fixed", value=code, note=f"'{m.group(0)}': one {unit}'s length")

    def h_fiscal(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if m["fyseason"]:
            season = self._season_of_two_years(m, ctx)
            if season is not None:
                return season
            spec = self.h_fiscal_year_only(m, ctx)
            if spec is not None and not spec.extent_group:
                spec.extent_group = "fybody"  # "the 2024/25 winter wheat crop": the year of account alone
            return spec
        spec = self.h_fiscal_year_only(m, ctx)
        if spec is not None and m["pmod"] and not spec.extent_group:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])
        return spec

    def h_fiscal_year_only(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """The year of account a fiscal-year match names, without a season written after it."""
        if m["cy"]:
            if m["fy_end"]:
                return None
            return Spec(
                "DATE", "calendar", year=int(m["cy"]), note="a calendar year set apart from fiscal ones"
            )
        if (
            m["fy_sum"]
            and not _SUM_IN_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start())
            and not self._public_account_before(ctx.low, m.start())
            and not self._school_calendar_for(ctx.low, m.start())
            # "in its first session, 1903-04": the two years in apposition to a year of study or account
            and not (
                ctx.low.endswith(", ", 0, m.start())
                and _previous_word(ctx.low, m.start() - 2) in self.lex.DOUBLE_YEAR_ACCOUNT_WORDS
            )
        ):
            return None
        raw = m["fy"] or m["fy_first"] or m["fy_model"] or m["fy_sum"]
        year = int(raw) if len(raw) == 4 else (2000 + int(raw) if int(raw) <= 30 else 1900 + int(raw))
        if m["fy_end"]:
            # a year of account across two calendar years is named by the one it ends in, as "fiscal
            # 1989" is the year that ends in 1989; only consecutive years make one
            span = year_range_end(ctx.low, m.start("fy_end") - 1, year)
            season_after = _next_word(ctx.low, m.end()) == "season"
            if season_after and self._sentence_words_before(ctx.low, m.start(), self.lex.CROP_SEASON_WORDS):
                season_after = False  # "176 million tonnes of soybeans in the 2025/26 season": a crop's year
            if span is None or span[0] != year + 1 or season_after:
                if m["fy"] and not season_after:
                    # "fiscal 2024-2026": the fiscal year first named opens a span of them
                    return Spec(
                        "DATE",
                        "calendar",
                        year=year,
                        note="fiscal year named by its number",
                        extent_group="fyhead",
                    )
                return None
            return Spec(
                "DATE", "calendar", year=span[0], note="a year of account named by the year it ends in"
            )
        if m["fy_first"]:
            return None
        return Spec("DATE", "calendar", year=year, note="fiscal year named by its number")

    def _season_of_two_years(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the 2023/24 winter", "the 2019-20 summer": a season written after the two years it spans is
        named by the first of them, as "the winter of 1946-47" is; not a season naming a kind of thing
        ("the 2024/25 winter wheat crop") nor one written after a fiscal year's own word."""
        first = m["fy_first"] or m["fy_sum"]
        if not (first and m["fy_end"]) or ctx.text[m.start("fyseason")].isupper():
            return None
        span = year_range_end(ctx.low, m.start("fy_end") - 1, int(first))
        if span is None or span[0] != int(first) + 1:
            return None
        if _next_word(ctx.low, m.end()) in self.lex.SEASON_KIND_NOUNS:
            return None
        season = str(self.lex.SEASONS[m["fyseason"]])
        return Spec(
            "DATE", "calendar", year=int(first), season=season, note="a season across two years, by its first"
        )

    def _public_account_before(self, low: str, start: int) -> bool:
        """ "Borrowing in 2011-12", "debt will peak at 76 per cent of GDP in 2014-15": a span of two
        years in a sentence about a budget's or an account's figures is one year of account."""
        return self._sentence_words_before(low, start, self.lex.ACCOUNT_FIGURE_WORDS)

    def _school_calendar_for(self, low: str, start: int) -> bool:
        """ "Term dates for 2023-24", "the school calendar for 2025-26": two years after "for" in a sentence
        about a school's terms are the one academic year the dates are for."""
        return low.endswith(" for ", 0, start) and self._sentence_words_before(
            low, start, self.lex.ACADEMIC_YEAR_CUES
        )

    @staticmethod
    def _sentence_words_before(low: str, start: int, words: frozenset[str]) -> bool:
        """Whether one of `words` stands in the sentence before `start` (up to 160 characters back)."""
        before = low[max(0, start - 160) : start]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
        return any(word in words for word in _WORDS.findall(before))

    def h_decade(self, m: re.Match[str], ctx: Context) -> Spec | None:
        mod = self._span_mod(m["pmod"]) if m["pmod"] else None
        if m["decword"]:
            decade = str(self.lex.DECADE_WORDS[m["decword"]])
            if not (
                m.group(0).startswith("the")
                or mod
                # "a reformed Sixties band", "a Nineties hit": capitalised inside a sentence, the word is
                # the decade's name (an age is written in lower case: "in her sixties"); after a
                # capitalised word it is part of a name left untagged ("the Dirty Thirties")
                or (
                    ctx.text[m.start()].isupper()
                    and (word := _previous_word(ctx.low, m.start()))
                    and ctx.text[ctx.low.rfind(word, 0, m.start())].islower()
                )
            ):
                return None
            if _previous_word(ctx.low, m.start()) in self.lex.POSSESSIVE_DETERMINERS:
                return None  # "in his early twenties", "her late thirties": an age, not a decade
            return Spec(
                "DATE",
                "fixed",
                value=decade,
                mod=mod,
                note=f"a decade named in words: the {decade}0s",
                extent_group="decword" if not mod and self._decade_before_noun(ctx, m) else None,
            )
        raw = m["dec"].lstrip("'")
        if len(raw) == 4:
            if (
                raw.endswith("00")
                # "the 1800s" is a century; "the 1900s", as "the 2000s", a decade ("came apart in the
                # early 1900s"), unless joined to a century ("the 1800s and 1900s")
                and (
                    int(raw) < 1900
                    or (
                        int(raw) < 2000
                        and _CENTURY_JOINED_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start())
                    )
                )
                # "the 1890s and the early 1900s": joined to a decade, the 1900s are one too
                and not _DECADE_JOINED_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start())
                and not _DECADE_JOINED_AFTER.match(ctx.low, m.end())
            ):
                return Spec("DATE", "fixed", value=raw[:2], mod=mod, note=f"the {raw}s: a century")
            spec = Spec("DATE", "fixed", value=raw[:3], mod=mod, note=f"the {raw}s: a decade")
            if (
                not mod
                and ctx.low.startswith("-", m.end())
                and ctx.low[m.end() + 1 : m.end() + 2].isalpha()
                and m.group(0).startswith("the")
            ):
                # "the 1920s-style bar", "the 1960s-era estate": the decade modifies a compound
                # adjective, and the article is the noun's, as in "a [three-year] siege"
                spec.extent_group = "decade_core"
            elif not mod and self._decade_before_noun(ctx, m):
                spec.extent_group = "decade_core"  # "the 1990s brow is back": the article is the noun's
            elif (
                not mod and m.group(0).startswith("the") and _QUOTED_TITLE_AFTER_NOUN.match(ctx.text, m.end())
            ):
                noun = _next_word(ctx.low, m.end())
                if noun not in self.lex.TITLE_LOWER_WORDS and noun not in self.lex.AUXILIARIES:
                    # "the 1980s sitcom "Uptown"": the article is the noun's
                    spec.extent_group = "decade_core"
            return spec
        # "the 1970s and 80s", "the 1880s and early 90s": a short decade joined after a full one is of its
        # century
        joined = (
            _SHORT_DECADE_JOINED.search(ctx.low, max(0, m.start() - 60), m.start()) if len(raw) == 2 else None
        )
        if len(raw) == 2 and not m["dec"].startswith("'"):
            early = self._early_short_decade(m, ctx, mod)
            if early is not None:
                return early
        if not (m.group(0).startswith("the") or mod or m["dec"].startswith("'") or joined):
            return None
        if joined is not None and int(raw[0]) >= int(joined["jdec"]):
            value = f"{joined['jcent']}{raw[0]}"
            return Spec(
                "DATE", "fixed", value=value, mod=mod, note=f"the {value}0s, joined to the {joined[0]}"
            )
        if len(raw) == 3:
            if m["decbc"] and not ctx.text[m.start("decbc")].isupper():
                return None
            if not (
                m["decbc"]
                or (
                    ctx.prev_spec is not None and ctx.prev_spec.year is not None and ctx.prev_spec.year < 1000
                )
                # "From about 718, ... For almost three decades ... in the 730s": the story's latest year
                or _in_first_millennium(ctx, m.start())
            ):
                return None  # "speeds in the 130s", "scores in the 190s": numbers, not years
            era = "BC" if m["decbc"] and self.lex.ERAS[m["decbc"]] else ""
            return Spec(
                "DATE", "fixed", value=f"{era}{int(raw) // 10:03d}", mod=mod, note=f"the {raw}s: a decade"
            )
        if not m["dec"].startswith("'"):
            clause = re.split(r"[.!?;:]", ctx.low[max(0, m.start() - 80) : m.start()])[-1]
            if any(word in self.lex.TEMPERATURE_WORDS for word in re.findall(r"[a-z]+", clause)[-8:]):
                # "highs in the 20s", "temperatures are expected to climb into the 40s": temperatures
                return None
        century = "20" if raw[0] in "012" else "19"
        return Spec(
            "DATE",
            "fixed",
            value=f"{century}{raw[0]}",
            mod=mod,
            note=f"the '{raw}s, taken as the {century}{raw}s",
            decade_digit=int(raw[0]),  # the resolver takes the century from the DCT or the story's time
            # "the 80s ad campaign": a lower-case "ad" is the noun's
            extent_group="decnoera" if m["decbc"] else None,
        )

    def _decade_before_noun(self, ctx: Context, m: re.Match[str]) -> bool:
        """Whether "the <decade>" qualifies a noun right after it ("buying the 1990s brow", "the Seventies
        revival refuses to die"), so that the article is the noun's, as in "the [1920s]-style bar". Only a
        lower-case "the" after no preposition: "In the 1970s inflation rose" fronts the decade before a
        clause's subject, and a sentence's "The 1970s" may open one."""
        if not ctx.text.startswith("the ", m.start()) or ctx.text[m.end() : m.end() + 1] != " ":
            return False
        if not ctx.text[m.end() + 1 : m.end() + 2].islower():
            return False
        noun = _next_word(ctx.low, m.end())
        if (
            noun.endswith("ly")
            or noun in self.lex.TITLE_LOWER_WORDS
            or noun in self.lex.AUXILIARIES
            or noun in self.lex.DECADE_CLOSED_FOLLOWERS
            # "spent the 1970s overseas", "loved the 1990s though": an adverb closing the clause
            or noun in self.lex.NON_NOUN_S_WORDS
            or noun in self.lex.DAY_ONLY_TRAILING_ADVERBS
            # "spent the 1980s unemployed", "survived the 1930s unscathed": a participle told of the subject
            # ("the 1970s flared jeans" qualifies the noun after it)
            or (
                len(noun) > 4
                and noun.endswith("ed")
                and _CLAUSE_CLOSE_AFTER.match(ctx.low, m.end() + 1 + len(noun)) is not None
            )
            or not never_a_verb(noun)
        ):
            return False
        lead = _previous_word(ctx.low, m.start())
        return lead not in self.lex.YEAR_PREPOSITIONS and lead not in self.lex.TITLE_LOWER_WORDS

    def _early_short_decade(self, m: re.Match[str], ctx: Context, mod: str | None) -> Spec | None:
        """ "the 60s AD", "the 20s BC", "in the 70s and 80s AD": a decade of two digits with its era in
        capitals (or joined to one that has it) is a decade of the first century on that side of the era;
        "the 80s ad campaign" keeps the 1980s and leaves the noun out."""
        era = m["decbc"]
        if era is not None and not ctx.text[m.start("decbc")].isupper():
            return None
        if era is None:
            # "in the 70s and 80s AD": the era closing the pair is the first decade's too
            joined = _SHORT_DECADE_ERA_AFTER.match(ctx.text, m.end())
            if joined is None or not m.group(0).startswith("the"):
                return None
            era = joined["era"].lower()
        elif not (
            m.group(0).startswith("the")
            or mod
            or _SHORT_DECADE_ERA_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start())
        ):
            return None  # "80s AD" alone, not after "the 70s and"
        before_christ = self.lex.ERAS[era]
        value = f"{'BC' if before_christ else ''}00{m['dec'][0]}"
        return Spec(
            "DATE", "fixed", value=value, mod=mod, note=f"the {m['dec']}s {'BC' if before_christ else 'AD'}"
        )

    def _span_mod(self, pmod: str) -> str | None:
        """The mod of a century's or a decade's modifier: its half ("the first half of") or its part."""
        words = " ".join(pmod.split())
        mod: str | None = self.lex.HALF_PERIOD_MODIFIERS.get(words) or self.lex.PRE_MODIFIERS.get(pmod)
        return mod

    def h_elided_century(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the 19th century and the early 20th": an ordinal coordinated after a century named in the
        singular, the noun left out, is a later century ("the 21st century and the early 22nd" looks ahead)."""
        named = _CENTURY_BEFORE_CONJUNCT.search(ctx.low, max(0, m.start() - 40), m.start())
        if named is None:
            return None  # "on the 19th and the 20th": days
        number = int(m["cnum"])
        if not int(named["pnum"]) < number or _ELIDED_CENTURY_NOUN_AFTER.match(ctx.low, m.end()):
            return None  # "the 5th century and the 6th legion": the ordinal has a noun of its own
        if m["pmod"] and _TURN_OF.fullmatch(m["pmod"].rstrip(" -")):
            return None
        mod = self._span_mod(m["pmod"]) if m["pmod"] else None
        note = "a century named after another, its noun left out"
        return Spec("DATE", "fixed", value=f"{number - 1:02d}", mod=mod, note=note)

    def spelled_ordinal(self, words: str, ordinals: Mapping[str, int] | None = None) -> int:
        """The number of an ordinal in words, its compound written open or hyphenated ("twenty third"),
        by `ordinals` (the days' `ORDINALS` unless given)."""
        return int((self.lex.ORDINALS if ordinals is None else ordinals)["-".join(words.lower().split())])

    def h_century(self, m: re.Match[str], ctx: Context) -> Spec | None:
        groups = m.groupdict()
        spelled = groups.get("cord")
        number = (
            int(m["cnum"]) if m["cnum"] else self.spelled_ordinal(str(spelled), self.lex.CENTURY_ORDINALS)
        )
        if (
            spelled
            and number < 10
            and self.lex.NUMBER_WORDS.get(_previous_word(ctx.low, m.start("cord")), 0) >= 20
        ):
            return None  # "the twenty third century" is read whole from "twenty", not from its tail
        if groups.get("cunit") == "centuries" and not self.century_conjunct_rx.search(
            ctx.low, max(0, m.start() - 30), m.start()
        ):
            return None  # "the 3rd centuries" alone: a plural names one century only closing a coordination
        mod = self._span_mod(m["pmod"]) if m["pmod"] else None
        if groups.get("cunit") == "millennium":
            # "the third millennium BC" is BC2 (3000-2001 BC), "the third millennium" 2: one digit, as a
            # century is two
            if not 1 <= number <= 9 or (m["pmod"] and _TURN_OF.fullmatch(m["pmod"].rstrip(" -"))):
                return None
            before_era = bool(m.groupdict().get("era") and self.lex.ERAS.get(m["era"]))
            if not m.groupdict().get("era") and number <= 3:
                # "the third millennium BC ... early in the second millennium": a story before Christ
                # names its millennia without the era once it is plain, as it names its years
                before_era = (
                    _ERA_BC_BEFORE.search(ctx.low, max(0, m.start() - _EARLY_YEAR_REACH), m.start())
                    is not None
                )
            value = f"BC{number - 1}" if before_era else str(number - 1)
            return Spec("DATE", "fixed", value=value, mod=mod, note=f"the millennium {value}")
        if number < 1:
            return None
        owner = _CENTURY_OWNER.match(ctx.low, m.end())
        if owner is not None and owner[1] not in self.lex.CENTURY_OF_CALENDAR_WORDS:
            return None  # "the first century of the college": the college's own hundred years
        if m.groupdict().get("era") and self.lex.ERAS.get(m["era"]):
            if groups.get("cdec"):
                return None  # "the first decade of the fifth century BC": its years run backwards
            return Spec(
                "DATE", "fixed", value=f"BC{number - 1:02d}", mod=mod, note="a century before the common era"
            )
        if groups.get("cdec"):
            if groups.get("cunit") != "century":
                return None
            # "the first decade of the twentieth century": a decade counted within its century (190)
            digit = self.lex.DECADE_OF_CENTURY_ORDINALS[" ".join(m["cdec"].lower().split())]
            value = f"{number - 1:02d}{digit}"
            return Spec("DATE", "fixed", value=value, note=f"a decade of a century: {value}0-{value}9")
        if m["pmod"] and _TURN_OF.fullmatch(m["pmod"].rstrip(" -")):
            # "the turn of the 20th century": the years around 1900, as "the turn of the century" is
            note = f"the turn of the {number}{_ordinal_suffix(number)} century: the years around its first"
            return Spec("DATE", "fixed", value=f"{number - 1:02d}00", mod="APPROX", note=note)
        return Spec(
            "DATE",
            "fixed",
            value=f"{number - 1:02d}",
            mod=mod,
            note=f"the {number}{_ordinal_suffix(number)} century is {number - 1:02d}00-{number - 1:02d}99",
        )

    def _part_of_a_measure(self, low: str, end: int) -> bool:
        """ "quarter of a mile", "quarter of an acre": a fraction of a measure of distance or amount."""
        if not low.startswith(" of a", end):
            return False
        measured = _NEXT_WORD.match(low, end + 5 + low.startswith("n", end + 5))
        return (
            measured is not None
            and measured.group(1) in self.lex.MEASURE_NOUNS
            and measured.group(1) not in self.lex.UNIT_FORMS
        )

    def _season_label_pair(self, low: str, start: int, end: int) -> bool:
        """Whether the season word at `start`-`end` is joined to another season by a slash or a hyphen and
        the pair, or the year after it, goes on to a word for a line of goods ("the autumn/winter 2025
        collection", "spring/summer 2026 shows", "its autumn-winter range"): a trade's label for goods shown
        months before they are sold, not a calendar period."""
        joiners = self.lex.SEASON_LABEL_JOINERS
        pair_end = -1
        joiner = ""
        if low[end : end + 1] in joiners:
            word = _SEASON_LABEL_PARTNER.match(low, end + 1)
            if word is not None and word[1] in self.lex.SEASONS:
                pair_end, joiner = word.end(), low[end]
        if pair_end < 0 and start and low[start - 1] in joiners:
            word = _SEASON_LABEL_PARTNER_BEFORE.search(low, max(0, start - 8), start - 1)
            if word is not None and word[1] in self.lex.SEASONS:
                pair_end, joiner = end, low[start - 1]
        if pair_end < 0:
            return False
        if joiner == "/" and _next_word(low, pair_end) in self.lex.SEASON_LABEL_SEASON_WORDS:
            # "the spring/summer season has lost names to Paris": the slash writes the trade's selling
            # season as its label is written; "the spring-summer season" may be the two seasons of a year
            return True
        # the word for the goods after the pair or its year: "spring/summer 2020" alone may be the seasons
        # ("In spring/summer 2020 the pandemic closed schools")
        year = _SEASON_LABEL_YEAR_AFTER.match(low, pair_end)
        return _next_word(low, pair_end if year is None else year.end()) in self.lex.SEASON_LABEL_NOUNS

    def h_season_quarter(self, m: re.Match[str], ctx: Context) -> Spec | None:
        quarter = self.lex.SEASON_QUARTERS[m["sqname"]]
        return Spec(
            "DATE", "calendar", quarter=quarter, note="a quarter named by the selling season it holds"
        )

    def h_quarter_part(self, m: re.Match[str], ctx: Context) -> Spec | None:
        spec = self.h_quarter(m, ctx)
        if m["qpmod"] is None or spec is None:
            return spec
        if spec.type != "DATE" or spec.mod is not None:
            return None  # only a dated quarter or half has a start and an end to name
        spec.mod = self.lex.PRE_MODIFIERS.get(" ".join(m["qpmod"].split()))
        return spec

    def h_quarter(self, m: re.Match[str], ctx: Context) -> Spec | None:
        groups = m.groupdict()
        ordinal = groups.get("ord")
        if groups.get("hside"):
            if groups["qh"] != "half" or groups.get("qdet") != "the":
                return None  # "his back half a year ago": a back, then a time
            if groups["hside"] == "latter" and not (groups.get("year") or groups.get("qrel")):
                return None  # "the latter half of the match": only a year's halves are times
            # "the back half of the year", "the latter half of 1916"
            ordinal = "first" if groups["hside"] == "front" else "second"
        det = groups.get("qdet")
        adjs = _QUARTER_ADJECTIVE.findall(m.group(0)[: m.start("qh") - m.start()])
        # "of 1996", "of this year", "1996's", "this year's": the year a quarter or half is counted in
        year_named = any(groups.get(g) for g in ("year", "qyear", "qposyear", "qrel", "qyrel"))
        if adjs and adjs[-1] == "final" and not year_named:
            return None  # "scored in the final quarter": only a year's final quarter is a time
        is_half = groups["qh"] == "half"
        unit = "half" if is_half else "quarter"
        if not is_half and _next_word(ctx.low, m.end()) in self.lex.QUARTER_COMPOUND_NOUNS:
            return None  # "the quarter days", "the quarter sessions": a compound, no quarter of a year
        if is_half and _OF_AFTER.match(ctx.low[m.end() : m.end() + 5]):
            return None  # "the last half of the '80s": a half of something this rule does not read
        if not is_half and self._part_of_a_measure(ctx.low, m.end()):
            return None  # "the last quarter of a mile"
        measured = _next_word(ctx.low, m.end()) if is_half else ""
        if measured in self.lex.MEASURE_NOUNS and measured not in self.lex.UNIT_FORMS:
            return None  # "walked the last half mile": half of a measure of distance, no half-year
        if is_half and ordinal is None and adjs and adjs[-1] == "last":
            ordinal = "last"  # "the last half of 1989": the second half
        # "last year's quarter": the "last" of "last year's" counts the year, not the quarter
        own_adjs = adjs[1:] if groups.get("qyrel") == "last" else adjs
        if ordinal is None and own_adjs and own_adjs[-1] in ("last", "final") and year_named:
            # "the last quarter of 2026", "of this year", "last year's final quarter": the year's fourth
            ordinal = "last"
        if groups.get("pyear"):
            if is_half:
                return None
            # "the 1988 quarter", "the 1989 period": the reporting quarter of that year
            spec = Spec("DATE", "shift", unit="quarter", amount=0, year=self.year_of(groups["pyear"]))
            spec.note = f"the reporting {'period' if groups['qh'] == 'period' else 'quarter'} of {spec.year}"
            return spec
        if groups["qh"] == "period" and (
            ordinal
            or not any(
                a in ("latest", "year-earlier", "year-ago", "year earlier", "comparable", "most recent")
                for a in adjs
            )
        ):
            return None  # "the latest period" is the reporting quarter; other periods are not
        if (
            ordinal is None
            and not adjs
            and det not in ("the", "this", "that", "its", "their", "last", "next")
        ):
            return None
        if det == "a" and not ordinal:
            return None
        if is_half and ordinal is None:
            return None  # "the half" names no half-year
        if ordinal and not any(groups.get(g) for g in ("year", "qyear", "qposyear", "qrel", "qyrel")):
            # "scored twice in the second half", "led in the fourth quarter": a period of play
            sentence = set(_SENTENCE_WORD.findall(_sentence_around(ctx.low, m.start(), m.end())))
            # "F Cole Dawson left in the first quarter", in a game's notes: a sentence with no word of
            # play of its own, in a report full of them
            if self.lex.REPORTING_PERIOD_WORDS.isdisjoint(sentence) and (
                not self.lex.SPORT_CONTEXT_WORDS.isdisjoint(sentence)
                # "went through halfway in 1:10:28 and ran the second half alone": half of a race
                or not self.lex.RACE_HALF_WORDS.isdisjoint(sentence)
                or self._game_report(ctx.low)
            ):
                return None
        spec = Spec("DATE", "calendar")
        if ordinal:
            if ordinal in ("final", "last"):
                number = 2 if is_half else 4
            elif ordinal in self.lex.ORDINALS:
                number = int(self.lex.ORDINALS[ordinal])
            else:
                number = int(ordinal[0])
            if is_half:
                if number not in (1, 2):
                    return None
                spec.half = number
            else:
                if not 1 <= number <= 4:
                    return None
                spec.quarter = number
            if groups.get("year") or groups.get("qyear") or groups.get("qposyear"):
                spec.year = self.year_of(groups.get("year") or groups.get("qyear") or groups["qposyear"])
            elif groups.get("qrel") or groups.get("qyrel"):
                rel = groups.get("qrel") or groups["qyrel"]
                spec.unit = "year"
                spec.amount = {"this": 0, "last": -1, "next": 1, "the": 0}[rel]
            if any(a.replace(" ", "-") in ("year-earlier", "year-ago") for a in adjs):
                spec.unit, spec.amount = "year", -1
            spec.note = f"{'half' if is_half else 'quarter'} {number}"
            if "-" in (groups.get("qsep") or "") and (det or adjs) and not groups.get("qyrel"):
                spec.extent_group = "qcore"  # "its third-quarter profit": the adjective alone
            return spec
        # "the quarter", "the latest quarter", "the year-ago quarter": the current reporting period
        amount = 0
        if any(a.replace(" ", "-") in ("year-earlier", "year-ago") for a in adjs):
            amount = -4 if not is_half else -2
        elif any(a in ("previous", "prior", "last") for a in adjs) or det == "last":
            amount = -1
        elif det == "next":
            amount = 1
        yrel = groups.get("qyrel")
        if yrel:  # "last year's quarter": the reporting quarter of that year
            amount = {"this": 0, "last": -4, "next": 4}[yrel] // (2 if is_half else 1)
        spec.kind = "shift"
        spec.unit = unit
        spec.amount = amount
        if "current" in adjs:
            spec.note = f"the current {unit}"
        else:
            latest = "latest " if any(a in ("latest", "most recent", "recent") for a in adjs) else ""
            spec.note = f"the {latest}reporting {unit}"
        return spec

    def quarter_ending(self, ctx: Context, end: int) -> tuple[int, int | None, str] | None:
        """The calendar quarter of the three months that end on the day named after `end` ("... ended
        Sept. 30"): the one holding their middle, with that day's year when it is written."""
        match = self.period_end_day_rx.match(ctx.low, end)
        if match is None:
            return None
        month, day = self.month_of(match["month"]), int(match["day"])
        if not 1 <= day <= days_in_month(2001, month):
            return None
        middle = date(2001, month, day) - timedelta(days=_HALF_QUARTER_DAYS)
        quarter = (middle.month - 1) // 3 + 1
        year = None
        if match["year"]:
            year = self.year_of(match["year"]) - (1 if middle.year < 2001 else 0)
        named = ctx.text[match.start("month") : match.end("day")]
        why = f"the quarter ending {named}: the three months to that day lie mostly in calendar Q{quarter}"
        return quarter, year, why

    def h_quarter_code(self, m: re.Match[str], ctx: Context) -> Spec | None:
        text = ctx.text[m.start() : m.end()]
        if not any(c.isupper() for c in text if c.isalpha()):
            return None
        if m["yy"] and not (m["qn"] or m["hn2"]):
            return None  # "Q321" is no quarter; the attached year follows the "3Q21" form only
        spec = Spec("DATE", "calendar")
        if m["hn"] or m["hn2"]:
            spec.half = int(m["hn"][1] if m["hn"] else m["hn2"])
        else:
            spec.quarter = int(m["qn"] or m["qn2"])
        if m["year"]:
            spec.year = self.year_of(m["year"])
        elif m["yy"] or m["fyy"]:
            spec.year = self.year_of("'" + (m["yy"] or m["fyy"]))
        if m["pmod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])  # "late Q3", "the end of Q4"
        return spec

    def _month_closes_phrase(self, low: str, end: int) -> bool:
        """Whether a month ends its phrase at `end` (a comma, a semicolon or a full stop, no other month
        listed after the comma): no verb follows for it to be the subject of, so a "that" before it points
        back ("the collection, shown that September, had 31 dresses"); "showed that May, June and July
        were wet" lists months as a clause's subject."""
        mark = low[end : end + 1]
        if mark not in (",", ";", "."):
            return False
        if mark != ",":
            return True
        if _next_word(low, end + 1) in self.lex.MONTHS:
            return False
        # "showed that June, when rain fell, was wet", "proved that May, not June, was the driest": a phrase
        # set off by commas, then the month's own verb; the month is the clause's subject after all
        aside = _ASIDE_THEN_VERB.match(low, end)
        return aside is None or not (
            aside[1] in self.lex.MONTH_SUBJECT_COPULAS
            or aside[1] in self.lex.SUBJECT_PAST_AUXILIARIES
            or aside[1] in self.lex.AUXILIARIES
        )

    def _season_verb_in_relative(self, low: str, text: str, start: int, end: int) -> bool:
        """Whether "that <season>" at low[start:end] is a relative "that" and a verb: a plural noun (not a
        stretch of time) or a mass noun before it and a verb's continuation after it, no place named."""
        subject = _previous_word(low, start)
        if subject in self.lex.SEASON_VERB_MASS_SUBJECTS:
            pass
        elif (
            len(subject) < 4
            or not subject.endswith("s")
            or subject.endswith(("ss", "us", "is", "'s"))
            or subject in self.lex.SEASON_VERB_NON_SUBJECTS
            or subject in self.lex.SEASON_SPENT_TIME_NOUNS
            or only_a_verb(subject)
        ):
            return False
        following = _next_word(low, end)
        if following in self.lex.SEASON_VERB_ONLY_CONTINUATIONS or (
            len(following) > 4 and following.endswith("ly")
        ):
            return True
        if following not in self.lex.SEASON_VERB_CONTINUATIONS:
            return False
        place = _PLACE_AFTER_PREPOSITION.match(text, end)
        name = place["name"].lower() if place is not None else ""
        if name and name not in self.lex.MONTHS and name not in self.lex.WEEKDAYS:
            # "The elections that fall in Ohio went badly", "the troops that winter at Valley Forge": a
            # season and where it was spent ("the leaves that fall in October" stays the verb)
            return False
        # the noun opens its clause ("The leaves that fall in October"), not a verb's object ("drove
        # cattle that fall from Texas", "hired ten men that spring in Boston"), which the season follows
        noun_start = low.rfind(subject, 0, start)
        clause_start = max(low.rfind(mark, 0, noun_start) for mark in ".;:!?,\n") + 1
        opening = _SENTENCE_WORD.findall(low, clause_start, noun_start)
        return len(opening) <= 4 and not any(only_a_verb(word) or past_verb_form(word) for word in opening)

    def h_season(self, m: re.Match[str], ctx: Context) -> Spec | None:
        season = str(self.lex.SEASONS[m["season"]])
        if self._season_label_pair(ctx.low, m.start("season"), m.end("season")):
            return None  # "the autumn/winter 2025 collection", "spring/summer 2026": a selling-season label
        det = m["det"]
        pmod = m["pmod"] or m["pmod2"]
        if (
            ctx.text[m.start("midword") if m["midword"] else m.start("season")].isupper()
            and not m["year"]
            and _name_follows(ctx.text, m.end(), self.lex)
        ):
            return None  # "the Summer Olympics", "the Spring Festival": a name
        if (
            m["midword"]
            and ctx.text[m.start("midword")] == "M"
            and m.group(0).startswith(("the", "The"))
            and not m["year"]
            and _previous_word(ctx.low, m.start()) not in self.lex.MID_SEASON_TIME_LEADS
        ):
            # "His ship, the Midsummer, was frozen in", "The Midwinter sailed": Midsummer Day is met with
            # "at" or "by" and no article, and the season's middle is written small; a capital after
            # "the" is a ship's, house's or inn's name
            return None
        # "its fall lineup", "the fall season": a determiner, the season, then what it qualifies
        qualifies_noun = (
            _next_word(ctx.low, m.end()) in self.lex.QUALIFIED_BY_SEASON
            # "the spring bank holiday": a compound noun the season qualifies
            or self.season_compound_after.match(ctx.low, m.end()) is not None
        )
        if not qualifies_noun and m.group(0).startswith("the") and m.end() == m.end("season"):
            # "the fall auction season", "the summer movie season": a season's run of an activity; a
            # season that has its year ("In the spring of 2020 the season was halted") ends there
            kind_then = _KIND_NOUN_THEN_WORD.match(ctx.low, m.end())
            qualifies_noun = kind_then is not None and kind_then[1] in self.lex.ACTIVITY_SEASON_NOUNS
        qualified = qualifies_noun and (
            m.group(0).startswith("the")
            or _previous_word(ctx.low, m.start()) in self.lex.POSSESSIVE_DETERMINERS
            or ctx.low.endswith("'s ", 0, m.start())  # "the Climate Prediction Center's winter outlook"
        )
        # "through the autumn and winter", "the summer and fall": a season joined to the season just named
        joined_to_season = (
            ctx.prev_spec is not None
            and ctx.prev_spec.season is not None
            and re.fullmatch(r"\s+(?:and|or|to)\s+", ctx.low[max(0, ctx.prev_end) : m.start()]) is not None
            and (
                _SEASON_ENDS_PHRASE.match(ctx.low, m.end()) is not None  # not "and winter coats"
                # "Through the summer and fall Grant extended his lines": the next clause's named subject
                or _NEXT_CAPITALISED.match(ctx.text, m.end()) is not None
                # "spent the spring and summer building a fleet": a gerund and its object
                or _GERUND_WITH_OBJECT.match(ctx.low, m.end()) is not None
                # "spent the spring and summer repairing equipment": a word in -ing that is only a verb
                or ((gerund := _GERUND_AFTER.match(ctx.low, m.end())) is not None and only_a_verb(gerund[1]))
            )
        )
        if (
            m["season"] == "fall"
            and not m["year"]
            and ctx.low.startswith("that fall ", m.start())
            and m.end() == m.start() + 9
            and _previous_word(ctx.low, m.start()) in self.lex.CALENDAR_DAYS_THAT_FALL
            and _next_word(ctx.low, m.end()) in self.lex.FALL_LANDING_PREPOSITIONS
        ):
            # "dates that fall in the overlap", "holidays that fall on a Sunday": where calendar days land,
            # a verb in a relative clause ("spent a few days that fall in Vermont" stays the season)
            return None
        if (
            not m["year"]
            and det == "that"
            and m.end() == m.end("season")
            and m["season"] in self.lex.SEASONS_ALSO_VERBS
            and self._season_verb_in_relative(ctx.low, ctx.text, m.start(), m.end())
        ):
            # "the leaves that fall in October", "prices that fall sharply", "the petals that spring from
            # the bud": a plural or mass subject's verb in a relative clause ("That fall he enlisted", "in
            # that summer", "spent a few days that fall in Vermont" stay the season)
            return None
        if (
            m["season"] == "fall"
            and det
            and not m["year"]
            and _previous_word(ctx.low, m.start()) in self.lex.FALL_TUMBLE_POSSESSIVES
            and not qualifies_noun
        ):
            # "her previous fall was in June", "his last fall": a tumble ("her last fall collection", "our
            # last fall in Vermont" and "its fall lineup" stay the season)
            return None
        if (
            m["season"] == "fall"
            and not m["year"]
            and m.end() == m.end("season")
            and _next_word(ctx.low, m.end()) in self.lex.FALL_COMPOUND_HEADS
        ):
            # "the fall front enclosing a fitted interior", "a fall guy", "fall arrest harness": the noun
            # "fall" (a drop) in a compound, no season
            return None
        if m["season"] == "fall" and not (
            det or m["year"] or pmod or m.group(0).startswith("the") or qualified or joined_to_season
        ):
            before = _previous_word(ctx.low, m.start())
            if before not in (
                "in",
                "this",
                "last",
                "next",
                "by",
                "until",
                "since",
                "during",
                "early",
                "late",
            ):
                return None
        if (
            m["season"] == "fall"
            and not (det or m["year"] or m["syear"] or m["syrel"] or pmod or qualified)
            and (
                re.match(r"\s+of\s", ctx.low[m.end() : m.end() + 4])
                or (
                    _previous_word(ctx.low, m.start()) not in self.lex.FALL_SEASON_OPENERS
                    # "the best reviews of the fall", "the biggest hit of the fall": a ranking within
                    # the season, as "the hottest day of the year" is within the year
                    and not (
                        ctx.low.endswith(" of ", 0, m.start()) and self._ranked_within(ctx.low, m.start())
                    )
                )
            )
        ):
            return None  # "ended with the fall of the fortress", "date the fall to AD 74": a collapse
        if (
            m["season"] == "fall"
            and not (det or m["year"] or m["syear"] or m["syrel"] or pmod or qualified)
            and (lead := _previous_word(ctx.low, m.start())) in self.lex.EVENT_ORDERING_LEADS
            # a length of years or more before the lead ("half a century before the fall", "in the years
            # after the fall"): "arrived in 1977, just before the fall" and "from spring until the fall"
            # stay the season in a text that named "the fall of Saigon"
            and _YEARS_LENGTH_BEFORE.search(
                ctx.low, max(0, m.start() - len(lead) - 40), ctx.low.rfind(lead, 0, m.start())
            )
            is not None
            and _FALL_OF_A_NAME.search(ctx.text, max(0, m.start() - _FALL_OF_A_NAME_REACH), m.start())
        ):
            # "The fall of Constantinople was the capture of ... had begun half a century before the
            # fall": once a text has named a city's or a state's fall, "the fall" after a word that orders
            # events is that event ("graduated in the fall" stays the season)
            return None
        if (
            m["season"] == "fall"
            and not (det or m["year"] or m["syear"] or m["syrel"] or pmod or qualified)
            # "moved there in the fall in rural Ohio": after "in" or "during" it is the season
            and _previous_word(ctx.low, m.start()) not in ("in", "during", "throughout")
            and self._fall_as_decline(ctx, m.end())
        ):
            return None  # "The fall in prices was driven by fuel", "the fall was steeper": a decline
        if m["season"] != "fall" and not (
            det or m["year"] or pmod or m.group(0).startswith("the") or qualified
        ):
            # a bare season names a time after a preposition ("in winter"); before a noun it is a
            # kind of thing ("a summer job", "winter coats")
            before = _previous_word(ctx.low, m.start())
            if (
                before
                not in (
                    "in",
                    "by",
                    "until",
                    "till",
                    "since",
                    "before",
                    "after",
                    "during",
                    "this",
                    "last",
                    "next",
                    "through",
                    "over",
                )
                # "at midsummer", "at midwinter": the one-word middle is a point of the year, met "at" as a
                # feast is ("at summer" is not English)
                and not (m["midword"] and before == "at")
                and not (
                    _SEASON_DEPTH_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start())
                    and _SEASON_ENDS_PHRASE.match(ctx.low, m.end())
                )
                and not (
                    # "A dry autumn ruined the harvest": weather told of a season that is the subject of a
                    # past verb makes it one lived through ("A dry autumn is bad for the vines" is any)
                    past_verb_form(_next_word(ctx.low, m.end()))
                    and self._weather_told_before(ctx.low, m.start())
                )
                and not (
                    # "in drought after a hot summer and": weather told of a season makes it a particular
                    # one, as "a dry and sunny weekend" is ("a hot summer job" is a kind of job)
                    _SEASON_ENDS_PHRASE.match(ctx.low, m.end())
                    and (
                        self._weather_told_before(ctx.low, m.start())
                        # "we have had a hard winter with injuries", "after a difficult winter": how a
                        # season went for someone makes it a particular one too
                        or (
                            (told := _A_WORD_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start()))
                            is not None
                            and told["word"] in self.lex.SEASON_EXPERIENCE_ADJECTIVES
                            # lived through ("have had a hard winter", "after a difficult winter"); "It
                            # was a hard winter" only describes one
                            and told["lead"] in self.lex.SEASON_EXPERIENCE_LEADS
                        )
                    )
                )
                and not joined_to_season
                # "from autumn to spring", "between winter and summer": a span's opening season, named
                # bare as its closing one is ("made from spring wheat" is a kind of wheat)
                # ("from autumn through spring" too; "from spring and winter wheat" is none)
                and not (
                    before in self.lex.RANGE_LEADS
                    and (close := self._bare_season_span_close.match(ctx.low, m.end())) is not None
                    and close["link"] in self.lex.RANGE_SECOND_LINKS[before]
                    and _SEASON_ENDS_PHRASE.match(ctx.low, close.end()) is not None  # not "winter tyres"
                )
                # "the first frost of autumn", "the coldest night of winter": a ranking within the
                # season, as "the biggest hit of the fall" is
                and not (ctx.low.endswith(" of ", 0, m.start()) and self._ranked_within(ctx.low, m.start()))
                # "Winter" alone on its line over what to do then: a heading that names the season
                and _SEASON_HEADING.fullmatch(ctx.text, _line_start(ctx.text, m.start()), m.end() + 1) is None
                # "Spring is finally here", "Winter is coming": the season as the subject of its arrival
                and self.season_arrival_after.match(ctx.low, m.end()) is None
            ):
                return None  # "in the depth of winter", "at the height of summer": the season itself
        # "the autumn term's exams": the possessive leaves the school's period it names
        after_season = _next_word(ctx.low, m.end()).removesuffix("'s")
        if after_season == "holidays" and not m["year"]:
            return None  # "over the summer holidays": the weeks a school shuts, set by the school
        if after_season in self.lex.SEASON_NAMED_TERMS or (
            after_season in ("and", "or") and self.season_pair_of_terms.match(ctx.low, m.end()) is not None
        ):
            return None  # "the autumn term", "the spring semester": a school's period, not the season
        if not m["year"] and _next_word(ctx.low, m.end()) in self.lex.SEASON_TURNING_DAYS:
            return None  # "the winter solstice", "the spring equinox": the day the season turns
        if season == "SP" and not m["year"] and _next_word(ctx.low, m.end()) in self.lex.SPRING_SENSE_NOUNS:
            return None  # "at the next spring tide", "spring water": the tide or the source, not the season
        if (
            not (det or m["year"] or pmod)
            and _next_word(ctx.low, m.end()) in self.lex.SEASON_OPERATION_NOUNS
            and _SEASON_NOUN_OF_YEAR.match(ctx.low, m.end()) is None
        ):
            return None  # "The spring raids", "the summer offensive": an operation's name, with no year
        if not (det or m["year"] or pmod) and _next_word(ctx.low, m.end()) in self.lex.SEASON_KIND_NOUNS:
            # "rows over winter fuel payments", "the winter wheat died": a season before a noun names a
            # kind of it, whatever article the noun has
            return None
        if not (m["year"] or pmod) and _next_word(ctx.low, m.end()) in self.lex.SEASON_DWELLING_NOUNS:
            return (
                None  # "it was the summer residence of the kings", "their winter quarters": a kind of place
            )
        spec = Spec("DATE", "calendar", season=season)
        if m["year"]:
            spec.year = self.year_of(m["year"])
        elif m["syrel"] or m["syrel2"]:
            if det:
                return None
            spec.unit, spec.base = "year", "ref"
            relation = m["syrel"] or {"after": "following", "before": "previous"}[m["syrel2"]]
            spec.amount = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(relation, 0)
            spec.note = f"the {m['season']} {' '.join(ctx.low[m.end('season') : m.end()].split())}"
        elif m["syear"]:
            if any(m[era] and not ctx.text[m.start(era)].isupper() for era in ("sad", "sbc")):
                return None
            if (
                not (m["sad"] or m["sbc"])
                and not _SHORT_YEAR_CLOSE.match(ctx.text, m.end())
                # "in the autumn of 234 during a standoff", "in the late summer of 325 led": only "fall" is
                # also a noun of amount
                and (m["season"] == "fall" or not _SEASON_YEAR_CLOSE.match(ctx.low, m.end()))
            ):
                return None  # "the fall of 66 soldiers", "the fall of 2 percent": a count, not a year
            if _next_word(ctx.low, m.end()).rstrip(".") in self.lex.MONTHS:
                return None  # "after the fall of 19 October 1987": the number is the day of a date
            if m["syearend"] and not _season_span_ends(m["syear"], m["syearend"], bool(m["sbc"])):
                return None
            if m["sad"] or m["sbc"] or len(m["syear"]) == 3:
                spec.year = self.year_of(m["syear"], m["sbc"])
            else:
                spec.short_year = int(m["syear"])
        elif not det:
            joined = self._joined_season_year.match(ctx.low, m.end())
            if joined is not None:
                # "the spring and summer of 1631": the year written once at the end is both seasons';
                # "the winter and spring of 1945" opens in the December before
                order = ("SP", "SU", "FA", "WI")
                later = str(self.lex.SEASONS[joined["jseason"]])
                spec.year = int(joined["jyear"]) - (order.index(season) > order.index(later))
            elif ctx.low.startswith(" ", m.end()):
                dated_noun = _SEASON_NOUN_OF_YEAR.match(ctx.low, m.end())
                if dated_noun is not None:
                    # "the winter journey of 1853-54", "the summer offensive of 1916": the season of the
                    # noun's year, and the article is the noun's
                    spec.year = int(dated_noun["nyear"])
                    if m.group(0).startswith("the"):
                        spec.extent_group = "season"
        if det:
            direction, base = self.lex.RELATIVE_DETERMINERS[det]
            spec.amount = direction
            spec.base = base
            if (
                det == "next"
                and _previous_word(ctx.low, m.start("det")) == "the"
                # "officials say it will reopen by the next summer": a plan's "the next" is the writer's
                and _WILL_BEFORE_IN_SENTENCE.search(ctx.low, max(0, m.start() - 150), m.start()) is None
            ):
                # "met in October 1890 and voted to raise the crest the next summer": "the next" counts
                # on from the story's time, as "the next day" and "the following summer" do ("next
                # summer" stays the writer's)
                spec.base = "ref"
        if m["midword"] and season == "SU" and not m.group(0).startswith("the"):
            # "by midsummer", "at Midsummer 1720": the word alone names Midsummer Day, 24 June, the quarter
            # day, as "Midsummer Day" does ("midwinter" has no such day and stays the season's middle)
            month, day = self.lex.FIXED_HOLIDAYS["midsummer day"]
            spec.season = None
            spec.kind = "holiday"
            spec.holiday = ("fixed", int(month), int(day), 0)
            spec.month, spec.day = int(month), int(day)
            spec.note = "Midsummer Day"
        elif pmod or m["midword"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(pmod or m["midword"])
        elif not det and m.group(0).startswith("the") and qualifies_noun:
            spec.extent_group = "season"  # "the summer recess": the article belongs to "recess"
        if (
            spec.year is None
            and spec.unit is None
            and not det
            and (lived := _LIVED_THROUGH_A_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start()))
            is not None
            and lived["lead"] in self.lex.SEASON_LIVED_THROUGH_LEADS
        ):
            # "we have had a hot summer", "after a difficult winter": a season lived through has gone by,
            # whatever the tense of the clause it is told in ("the club is rebuilding")
            spec.occurred = True
        return spec

    def h_deictic(self, m: re.Match[str], ctx: Context) -> Spec | None:
        offset, pod = self.lex.DAY_DEICTICS[m["deictic"]]
        if (
            m["deictic"] == "overnight"
            and not _ADVERB_ENDS.match(ctx.low, m.end())
            # "Overnight the wind rose", "Overnight they crossed": a clause's subject after it, which an
            # adjective never takes
            and _next_word(ctx.low, m.end())
            not in self.lex.NOUN_DETERMINERS | self.lex.POSSESSIVE_DETERMINERS | self.lex.SUBJECT_PRONOUNS
            # "a plunge on Wall Street overnight sent investors scrambling": a past verb after it opens
            # the predicate, so it closes the subject as an adverb; an adjective takes a noun
            and (
                _next_word(ctx.low, m.end()) not in _past_forms_not_nouns()
                # "the overnight Fed funds rate": after a determiner, or before a name, still an adjective
                or _previous_word(ctx.low, m.start("deictic"))
                in self.lex.NOUN_DETERMINERS | self.lex.POSSESSIVE_DETERMINERS
                or _NAME_AFTER.match(ctx.text, m.end()) is not None
            )
        ):
            return None  # "an overnight stay", "overnight rates": an adjective, not the night itself
        if m["deictic"] == "overnight" and _previous_word(ctx.low, m.start("deictic")) in (
            self.lex.SUDDENLY_OVERNIGHT_LEADS
        ):
            return None  # "famous almost overnight": the idiom for "suddenly"
        if m["deictic"] == "overnight" and self.run_of_nights_after_rx.match(ctx.low, m.end()):
            return Spec(
                "SET", "fixed", value="XXXX-XX-XXTNI", note="'overnight' over a run of weeks: every night"
            )
        if m["deictic"] == "overnight" and self.instruction_step(ctx.low, m.start("deictic")):
            # "Cover and leave in the fridge overnight": a step told to the reader, a night of no known day
            return Spec(
                "TIME", "fixed", value="XXXX-XX-XXTNI", note="'overnight' in an instruction: no known night"
            )
        if m["deictic"] == "overnight":
            clause = ctx.low[max(0, m.start("deictic") - 60) : m.start("deictic")]
            clause = clause[max(clause.rfind(". "), clause.rfind("\n"), clause.rfind(","), -1) + 1 :]
            if any(word in self.lex.PAST_HABIT_ADVERBS for word in clause.split()):
                # "maintenance is normally done overnight", "the trains usually ran overnight": what a
                # clause says happens as a rule happens on every night, not on the one before the DCT
                return Spec("SET", "fixed", value="XXXX-XX-XXTNI", note="'overnight' in a habit: every night")
        at = m.start("deictic")
        if ctx.text[at].isupper() and not _sentence_start(ctx.low, at):
            before = _previous_word(ctx.low, at)
            previous_capitalised = bool(re.search(r"[A-Z][A-Za-z.]*[ \t]+$", ctx.text[max(0, at - 20) : at]))
            if (
                previous_capitalised
                and before in self.lex.HEADING_DAY_PREPOSITIONS
                and ctx.text[at : m.end()].isupper()
                and ctx.text[at - len(before) - 1 : at - 1].isupper()
            ):
                previous_capitalised = False  # "FORECAST FOR TO-DAY.": a heading in capitals, not a title
            if (
                before in ("the", "a")
                or previous_capitalised
                or _name_follows(ctx.text, m.end(), self.lex)
                # "the serial Tomorrow's Children", "the film Yesterday's Heroes": a possessive title
                or _POSSESSIVE_THEN_CAPITALISED.match(ctx.text, m.end()) is not None
            ):
                return None  # "USA Today", "The Tonight Show", "the Today show": a title
        spec = Spec("DATE", "shift", unit="day", amount=int(offset), pod=pod, note=f"'{m['deictic']}'")
        if m["pod"]:
            code = str(self.lex.PARTS_OF_DAY[m["pod"]])
            spec.pod = code
        if m["dhalf"]:
            if m["dhalf"] == "am" and (
                offset == 0 or _next_word(ctx.low, m.end()) in self.lex.SUBJECT_PRONOUNS
            ):
                # "where tomorrow am I", "today am": the verb, not the morning ("today PM" is no verb)
                spec.extent_group = "deictic"
            else:
                spec.pod = "MO" if m["dhalf"].startswith("a") else "AF"
        if m["hour"] or m["hour24"] or m["hourx"] or m["hourd"] or m["hourw"]:
            clock = self._clock(m)
            if clock is None:
                return None
            spec.pod = clock
            spec.type = "TIME"
        if m["pmod"] == "end" and self._end_is_verb(ctx.low, m.start(), _previous_word(ctx.low, m.start())):
            return None  # "the sale will end today", "the towers still end today": the verb; "by end today"
        if m["pmod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])
        return spec

    def h_new_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "due to start in the new year": said before it comes, the year after the one of the DCT;
        "since the new year" looks back to the start of the year of the DCT."""
        if (
            not m["pmod"]
            and ctx.text.startswith("New Year", m.start())
            and _previous_word(ctx.low, m.start()) in self.lex.NEW_YEAR_DAY_LEADS
        ):
            # "since New Year", "between Christmas and New Year": the holiday, 1 January, as a feast is
            spec = Spec("DATE", "holiday", note="New Year")
            spec.holiday = ("fixed", 1, 1, 0)
            spec.month, spec.day = 1, 1
            return spec
        if "the" not in m.group(0).lower().split() and (
            m["pmod"] or _previous_word(ctx.low, m.start()) != "in"
        ):
            return None  # "a new year", "Happy new year"; a headline's "fare rise in new year" drops "the"
        if ctx.text[m.end() - 4].isupper() and not _sentence_start(ctx.low, m.start()):
            return None  # "the New Year" is its first day, a holiday
        if self.western_day_in_apposition_rx.match(ctx.low, m.end()):
            return None  # "at the new year, on 8 February 1644": a day, read by the other-calendar rule
        amount = 0 if _previous_word(ctx.low, m.start()) == "since" else 1
        spec = Spec("DATE", "shift", unit="year", amount=amount, note="'the new year'")
        spec.new_year = True
        if m["pmod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(" ".join(m["pmod"].split()))
        return spec

    def h_this_day_in_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "On this day in 1969": the DCT's month and day in the year named, as "fifty years ago
        today" is that day so many years back."""
        year = int(m["tdyear"])
        spec = Spec("DATE", "shift", unit="year", base="dct", note=f"'{m.group(0)}'")
        spec.same_day_in_year = year
        return spec

    def _end_is_verb(self, low: str, start: int, word_before: str) -> bool:
        """Whether "end" opening a time expression at `start` is a verb, not the modifier of "by end this
        year": it is unless a preposition comes before it, and a preposition left at the close of a
        relative clause after its past verb ("the subsidies the farmers asked for end this year", "the
        curbs the union warned of end this month") belongs to that verb, leaving "end" the main one
        (a time set in advance keeps it: "figures scheduled for end this year")."""
        if word_before not in self.lex.END_AS_MODIFIER_AFTER:
            return True
        if word_before not in self.lex.STRANDED_PREPOSITIONS:
            return False
        verb = _previous_word(low, start - len(word_before) - 1)
        return (
            verb not in self.lex.SCHEDULING_VERBS
            and verb not in self.lex.SCHEDULED_WORDS
            and past_verb_form(verb)
        )

    def h_within_the_hour(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "within the hour": the hour from the time told, a bound on how soon, as "within an hour" is; "on
        the hour" and "the hour of his death" name a clock's hour or an occasion, and are left alone."""
        if _previous_word(ctx.low, m.start()) != "within":
            return None
        return Spec("DURATION", "fixed", value="PT1H", note="'within the hour': the hour-long span from then")

    def h_relative_unit(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word_before = _previous_word(ctx.low, m.start())  # asked by several checks below: read once
        det = m["det"]
        unit = self.lex.INFORMAL_UNIT_WORDS.get(m["unit"], m["unit"])
        if ctx.text[m.start("unit")].isupper() and not _sentence_start(ctx.low, m.start()):
            return None  # "This Week", a title
        direction, base = self.lex.RELATIVE_DETERMINERS[det]
        if m["andhalf"]:
            # "over the past year and a half": a length reaching to or from now, no calendar year
            if det == "this" or unit not in self.lex.UNIT_AND_A_HALF:
                return None
            value = self.lex.UNIT_AND_A_HALF[unit]
            return Spec("DURATION", "fixed", value=value, note=f"'{det} {unit} and a half': a length")
        if det == "this" and unit == "day" and word_before == "to":
            return None  # "the ridges remain to this day": an idiom for "until now", as "to date" is
        if det == "same" and _repeats_in_longer_unit(ctx.low, m.end(), unit):
            return None  # "due on the same day every week": the day a habit repeats on, no day told before
        if (
            det == "that"
            and (superlative := _SUPERLATIVE_FOR_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start()))
            and superlative["sup"] not in self.lex.NOUNS_IN_EST
        ):
            # "December's admissions were the highest for that month since 2011": that month of any year,
            # a record compared across years, not one month
            return None
        if unit == "hour":
            # "over the next hour", "in the past hour": the hour-long span from or up to a time (no
            # calendar hour is meant); "this hour", "that hour" name an occasion
            if m["past"] or det not in self.lex.SPAN_HOUR_DETERMINERS or not m.group(0).startswith("the"):
                return None
            if det == "last" and word_before == "at":
                return None  # "changed it at the last hour": an idiom for "late"
            return Spec("DURATION", "fixed", value="PT1H", note=f"'{det} hour': the hour-long span")
        if unit == "quarter" and self._part_of_a_measure(ctx.low, m.end()):
            return None  # "carried her the last quarter of a mile": a part of a measure, not of a year
        if (
            det in ("last", "final")
            # "Dad's last day at the works", "the club's last season": a noun's possessive as well
            and (word_before in self.lex.POSSESSIVE_DETERMINERS or word_before.endswith(("'s", "s'")))
            and not ctx.low.startswith(("'s", "\u2019s"), m.end())
            and not self._her_as_object(ctx.low, m.start())
        ):
            return None  # "in its last decade", "his last year": the final one of a life or a firm's run
        if (
            det == "last"
            and (
                ctx.low.startswith(" of ", m.end())
                # "1913 was the last year before the war": the final one before an event
                or ctx.low.startswith(" before ", m.end())
                # "7 June, the last day for registering", "the last day to apply": a deadline's day
                or (unit == "day" and ctx.low.startswith((" for ", " to "), m.end()))
                # "fireworks at ten o'clock on the last night", "On the last day the crowds thinned": the
                # final day of the occasion told, as "on the third day" counts its days; yesterday is
                # "last night" without "on the"
                or (
                    (unit == "day" or unit in self.lex.PARTS_OF_DAY)
                    and self.final_of_occasion(ctx.low, m.start("det"))
                )
            )
            and _previous_word(ctx.low, m.start("det")) == "the"
        ):
            # "May 7, the last day of the session", "the last week of the campaign": the final one of
            # what follows, not the one before now
            return None
        if det == "last" and unit == "day" and ctx.low.startswith(" of ", m.end()):
            # "Last day of term!!": the final day of what follows; "last day" is never yesterday
            return None
        if m["past"]:
            if det != "this":
                return None
            direction = -1
        # "the past decade"; "the past fortnight", "the next fortnight": no calendar divides time into
        # fortnights, so any of them is the two weeks up to or from now
        spans_to_now = (
            (det in ("past", "last") and unit in ("decade", "century"))
            or unit == "fortnight"
            # "over the past year", "the past week has been hard": the span up to now, as "the past two
            # years" is; "last year", "the last week" name the calendar unit before this one
            or (
                det == "past"
                and unit in ("year", "month", "week")
                and ctx.low.startswith("the", m.start())
                and not ctx.low.startswith(("'s", "\u2019s"), m.end())
            )
        )
        if (
            (det == "coming" and unit in ("year", "month", "week", "day", "decade", "century", "quarter"))
            or spans_to_now
        ) and not m["past"]:
            # "the coming year", "the past decade": a span from or up to now (TimeML tags it a duration)
            code = {
                "year": "P1Y",
                "month": "P1M",
                "week": "P1W",
                "day": "P1D",
                "decade": "P10Y",
                "century": "P100Y",
                "quarter": "P1Q",
                "fortnight": "P2W",
            }[unit]
            return Spec(
                "DURATION",
                "fixed",
                value=code,
                note=f"'{det} {unit}': the {unit}-long span {'up to' if det == 'past' else 'from'} now",
            )
        if det == "that" and unit in (
            "year",
            "month",
            "week",
            "day",
            "morning",
            "afternoon",
            "evening",
            "night",
        ):
            base = "ref"
        if (
            det == "next"
            and _previous_word(ctx.low, m.start("det")) == "the"
            and unit in self.lex.NEXT_AFTER_STORY_UNITS
        ):
            # "the next day": the day after the one just told; in "the start of next year" the article
            # is the edge's, and "next year" stays the writer's
            base = "ref"
            opener_at = ctx.low.rfind("the", 0, m.start("det"))
            opener = _previous_word(ctx.low, opener_at)
            before = _previous_word(ctx.low, opener_at - len(opener) - 1) if opener else ""
            if (
                opener in self.lex.NEXT_UNIT_LENGTH_OPENERS
                and unit in self.lex.ONE_UNIT_LENGTHS
                and before not in self.lex.SCHEDULING_VERBS
                and before not in self.lex.SCHEDULED_WORDS
            ):
                # "For the next month he burned the villages": how long an act went on from then
                value = self.lex.ONE_UNIT_LENGTHS[unit]
                return Spec("DURATION", "fixed", value=value, note=f"'for the next {unit}': a length")
            if opener == "within" and unit in self.lex.WITHIN_NEXT_UNIT_LENGTHS:
                # "will send a plan to Congress within the next month": a bound on how soon, as "within
                # the next two weeks" is
                value = self.lex.WITHIN_NEXT_UNIT_LENGTHS[unit]
                return Spec("DURATION", "fixed", value=value, note=f"'within the next {unit}': a length")
            if opener == "over" and unit in self.lex.OVER_NEXT_SPAN_LENGTHS:
                # "bodies came ashore over the next week": the stretch of days from then, as "over the next
                # fortnight" and "over the coming month" are; no calendar week is meant
                value = self.lex.OVER_NEXT_SPAN_LENGTHS[unit]
                return Spec("DURATION", "fixed", value=value, note=f"'over the next {unit}': a length")
            if (
                opener == "over"
                and unit in self.lex.OVER_NEXT_PLAN_LENGTHS
                and (
                    self._modal_before_in_sentence(ctx.low, opener_at)
                    or self._costed_plan_before_in_sentence(ctx.low, opener_at)
                )
            ):
                # "will cut spending over the next decade", "could be released over the next decade": a
                # plan's stretch from now, as "over the coming decade" is (a told past stays that decade)
                value = self.lex.OVER_NEXT_PLAN_LENGTHS[unit]
                return Spec(
                    "DURATION", "fixed", value=value, note=f"'over the next {unit}' in a plan: a length"
                )
        spec = Spec("DATE", "shift", amount=direction, base=base, note=f"'{det} {unit}'")
        if m["account"]:
            # "the last financial year": a year of account, which the resolver names by the year it ends in
            spec.note = f"'{det} {' '.join(m['account'].split())} {unit}'"
        if unit in ("morning", "afternoon", "evening", "night"):
            spec.unit = "day"
            spec.pod = str(self.lex.PARTS_OF_DAY[unit])
            if det == "last" and unit in self.lex.LAST_PARTS_OF_DAY:
                owner = _previous_word(ctx.low, m.start("det"))
                if (
                    owner in self.lex.POSSESSIVE_DETERMINERS
                    and not self._her_as_object(ctx.low, m.start("det"))
                ) or (unit != "night" and owner in self.lex.NOUN_DETERMINERS):
                    # "on his last evening in Paris", "its last night": the final one, not yesterday's
                    return None
                spec.amount = -1  # "the inquiry was opened last evening": the evening before today
            elif det in ("last", "past"):
                return None
            elif det in ("next", "coming", "following"):
                spec.amount = 1
            elif det in ("previous", "preceding", "prior"):
                spec.amount = -1  # "had bought the knife the previous afternoon": the day before the one told
            else:
                spec.amount = 0
            if det == "this" or det == "that" or det == "same":
                spec.amount = 0
        else:
            spec.unit = unit
        if m["pmod"] == "end" and self._end_is_verb(ctx.low, m.start(), word_before):
            return None  # "fixed deals end this year": the verb, as "the sale will end today"; "by end this year"
        if (
            m["pmod"] == "late"
            and word_before == "open"
            and spec.extent_group is None
            and _previous_word(ctx.low, ctx.low.rfind("open", 0, m.start())) in self.lex.OPEN_STATE_VERBS
        ):
            # "the arcade is open late this weekend": "late" tells the hours kept, not the end of the weekend
            spec.extent_group = "unitbody"
        elif m["pmod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])
            if m["pmod"] in ("earlier", "later") and det == "this":
                # "earlier this year": the part of the year before now; "later this month" keeps "later"
                # in the extent with no mod, as every gold set has it (blind_business, blind_news_9, ...)
                spec.mod = "START" if m["pmod"] == "earlier" else None
            elif m["pmod"] == "later" and det in ("that", "same") and spec.pod is None:
                # "returned later that year": a time after the one just told, within its period; the
                # blind sets keep "later" in the extent with no mod (blind_narrative_2's convention), but
                # "later that morning" keeps the end of that part of the day (blind_narrative_15)
                spec.mod = None
        return spec

    def h_unit_before_last(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the weekend before last": the weekend before last weekend; "the week after next" the week
        after next week; "the Saturday before last" the Saturday before last Saturday."""
        amount = -2 if m["bldir"].startswith("before") else 2
        note = f"'{ctx.text[m.start() : m.end()]}'"
        if m["blunit"]:
            spec = Spec("DATE", "shift", unit=m["blunit"], amount=amount, base="dct")
        else:
            day = ctx.text[m.start("blday") : m.end("blday")]
            weekday = self.lex.WEEKDAYS.get(day.lower().rstrip("."))
            if weekday is None or not day[:1].isupper():
                return None
            spec = Spec("DATE", "weekday", weekday=weekday, amount=amount, base="dct")
        spec.note = note
        return spec

    def h_named_before_last(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the January before last": the January before last January; "the summer after next" the
        summer after next summer."""
        amount = -2 if m["bldir"].startswith("before") else 2
        note = f"'{ctx.text[m.start() : m.end()]}'"
        if m["blmonth"]:
            word = m["blmonth"].rstrip(".").lower()
            if word in self.short_months and not m["blmonth"].endswith("."):
                return None
            return Spec("DATE", "calendar", month=self.month_of(word), amount=amount, base="dct", note=note)
        season = self.lex.SEASONS.get(m["blseason"].lower())
        if season is None:
            return None
        return Spec("DATE", "calendar", season=season, amount=amount, base="dct", note=note)

    def h_weekdays_ago(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "two Saturdays ago": the Saturday before last, as "last Saturday" is one Saturday ago."""
        day = ctx.text[m.start("waday") : m.end("waday")]
        weekday = self.lex.WEEKDAYS.get(day.lower()[:-1])
        if weekday is None or not day[:1].isupper():
            return None
        count = self.lex.NUMBER_WORDS.get(m["wanum"].lower()) or int(m["wanum"])
        spec = Spec("DATE", "weekday", weekday=weekday, amount=-count, base="dct")
        spec.note = f"'{ctx.text[m.start() : m.end()]}'"
        return spec

    def h_weeks_from_weekday(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "a week from Sunday" is the Sunday after the coming one, "two weeks from Monday" the third
        Monday on, "a week ago Tuesday" the Tuesday before last; a weekday in lower case is no day."""
        day = ctx.text[m.start("wfday") : m.end("wfday")]
        if (
            not day[:1].isupper()
            or _previous_word(ctx.low, m.start()) in self.lex.WEEKS_FROM_DAY_LENGTH_LEADS
        ):
            return None  # "runs for two weeks from Monday": a length, then the day it starts
        if m["wfdir"] == "on" and _next_word(ctx.low, m.end()) == "since":
            return None  # "it will be two weeks on Monday since he vanished": a length, reached on the day
        weekday = self.lex.WEEKDAYS.get(day.lower().rstrip("."))
        if weekday is None:
            return None
        # "a fortnight on Saturday": two weeks after the coming Saturday
        weeks = 2 if m["wffort"] else (self.lex.NUMBER_WORDS.get(m["wfnum"]) or int(m["wfnum"]))
        direction = -1 if m["wfdir"] == "ago" else 1
        spec = Spec("DATE", "weekday", weekday=weekday, amount=direction * (weeks + 1), base="dct")
        spec.note = f"'{ctx.text[m.start() : m.end()]}'"
        return spec

    def h_unit_before_after(self, m: re.Match[str], ctx: Context) -> Spec | None:
        unit = m["unit"]
        if (
            re.match(r"[ \t]*[a-z0-9]", ctx.low[m.end() : m.end() + 3])
            and _next_word(ctx.low, m.end()) not in self.lex.NON_OBJECT_WORDS
            and not self._clause_opens(ctx, m.end(), "that")
            and not self._opens_sentence_before_pluperfect(ctx, m)
            and not self._closes_pluperfect_relative(ctx, m)
        ):
            return None  # "the day before the vote": relative to an event, not to a date
        pod = None
        if unit in ("night", "morning", "afternoon", "evening"):
            pod = str(self.lex.PARTS_OF_DAY[unit])
            unit = "day"
        return Spec(
            "DATE",
            "shift",
            unit=unit,
            amount=-1 if m["ba"] == "before" else 1,
            base="ref",
            pod=pod,
            note=f"'the {m['unit']} {m['ba']}'",
        )

    def _open_compound_ordinal_second(self, m: re.Match[str], ctx: Context) -> bool:
        """Whether a spelled tens count and "second" are a compound ordinal written open ("the twenty second
        minute", "the thirty second day of the siege": the 22nd, the 32nd) or a count before "second-hand"
        ("twenty second-hand books"): the singular "second" before a unit of time it ranks, or joined by a
        hyphen to a word that makes no length ("a twenty-second-long clip" is one)."""
        number = m["num"] or ""
        if m["unit"] != "second" or number[:1].isdigit() or (number.lower() not in self.lex.NUMBER_WORDS):
            return False
        if (tail := _HYPHENED_WORD_AFTER.match(ctx.low, m.end())) is not None:
            return tail[1] not in self.lex.LENGTH_HYPHEN_TAILS
        return ctx.low.startswith(" ", m.end()) and _next_word(ctx.low, m.end()) in self.lex.UNIT_FORMS

    def _a_second_measured(self, m: re.Match[str], ctx: Context) -> bool:
        """ "in less than a second.", "for a second or two": "a second" closing a measure of time, not
        "a second wave" or "a second time" (an ordinal before its noun)."""
        return _previous_word(ctx.low, m.start("num")) in self.lex.BRIEF_SPAN_LEADS and (
            _A_SECOND_CLOSE.match(ctx.low, m.end()) is not None
        )

    def h_offset(self, m: re.Match[str], ctx: Context) -> Spec | None:
        unit = self.lex.UNIT_FORMS[m["unit"]]
        day_word = _BLANKS.sub(" ", m["dir"])
        if day_word in self.lex.OFFSET_DAYS:
            return self._length_from_a_day(m, ctx, unit, day_word)
        if unit in ("minute", "hour", "min", "hr"):
            if m["dir"].startswith("ago"):
                return (
                    self._clock_before_entry_stamp(m, ctx, unit)
                    or self._clock_before_told_now(m, ctx, unit)
                    or self._page_stamp_ago(m, ctx, unit)
                )
            return self._clock_after_clock(m, ctx, unit)
        if unit in ("second", "sec", "millennium", "weekend"):
            return None
        # "a year and a half ago": eighteen months (a half of another unit is left to the rules that read it)
        count = self._count_and_a_half(m) if self.lex.UNIT_FORMS[m["unit"]] == "year" else self.number(m)
        direction_word = day_word  # (the offset words with their blanks made one, read above)
        direction, base = (
            self.lex.OFFSET_WORDS.get(direction_word) or self.lex.OFFSET_WORDS_BEFORE_PAUSE[direction_word]
        )
        if direction_word in self.lex.OFFSET_WORDS_BEFORE_PAUSE and _ON_THEN_OFF.match(ctx.low, m.end()):
            return None  # "three days on, three days off": a shift pattern, not a date
        if direction_word == "from now" and _FROM_NOW_ON.match(ctx.text, m.end()):
            # "mow once a week from now on": "from now on" starts a habit, the week is its rate; "two weeks
            # from now on Friday" goes on to the day it reaches
            return None
        if (
            direction_word in ("before", "after")
            and re.match(r"\s*[a-z0-9$'\"]", ctx.low[m.end() : m.end() + 3])
            # "readings from a test a year before and advised the crew": "before" closes its clause
            and not _CLAUSE_GOES_ON_AFTER.match(ctx.low, m.end())
        ):
            return None  # "two days before the vote": a duration, then a preposition
        if (
            direction_word in ("before", "after")
            and count is not None
            and ctx.low.endswith("the ", 0, m.start())
        ):
            return None  # "more than in the 20 years before": a stretch the article makes definite, no offset
        if direction_word in ("earlier", "later") and _EITHER_WAY_AFTER.match(ctx.low, m.end()):
            return None  # "a week earlier or later from one town to the next": a spread, a length
        if direction_word in ("earlier", "later"):
            moved = _SHIFTED_OBJECT_BEFORE.search(ctx.low, max(0, m.start() - 32), m.start())
            if (
                moved is not None
                and moved[1] in self.lex.TIME_SHIFTING_VERBS
                # "In 1990 he joined the firm. He moved the family a year later": a past verb after a time
                # told is the story going on from it, as "They moved a week later" is
                and not (ctx.prev_spec is not None and past_verb_form(moved[1]))
            ):
                return None  # "considering moving them a week later": how far it moves, a length
        opener = (
            _FOR_LENGTH_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start()) if base == "ref" else None
        )
        # "better terms than they had hoped for a year earlier": the verb's "for"; the count is an offset
        if opener is not None and _previous_word(ctx.low, opener.start()) not in self.lex.FOR_OBJECT_VERBS:
            return None  # "stalled for about two weeks afterwards": how long, then when
        if (
            m["amod"]
            and direction_word in ("later", "earlier")
            and self.lex.PRE_MODIFIERS.get(_BLANKS.sub(" ", m["amod"])) in _BOUND_MODS
            # "£9,700 more than a year earlier": after a figure, "more than" compares the figure
            and not _FIGURE_BEFORE.search(ctx.low, max(0, m.start() - 12), m.start())
        ):
            return None  # "repaired more than three months later": a bound on how long, no date reached
        if direction_word in self.lex.TIME_COMPARATIVES and (
            self.than_after.match(ctx.low, m.end())
            or self.rate_after.match(ctx.low, m.end())
            or self._elliptical_comparison(ctx.low, m.start(), m.end())
        ):
            return None  # "freeze 11 days later than in the 1920s": a difference in length, not a date
        unit_name = {"night": "day", "fortnight": "week"}.get(unit, unit)
        amount = None if count is None else count * (2 if unit == "fortnight" else 1)
        if unit_name == "decade" and amount is not None:
            unit_name, amount = "year", amount * 10
        elif unit_name == "century" and amount is not None:
            unit_name, amount = "year", amount * 100
        elif unit_name in ("decade", "century"):
            unit_name = "year"
        if (
            amount is not None
            and unit_name == "year"
            and amount != int(amount)
            and amount * 12 == int(amount * 12)
        ):
            unit_name, amount = "month", amount * 12  # "half a year ago", "a year and a half ago"
        if amount is not None and amount != int(amount):
            amount = None
        if amount is None and (direction, base) != (-1, "dct"):  # "a few years ago" or "back" stays a date
            length = self._unspecified_length(unit, m.group("amount"), extent_group="amount")
            if length is not None:
                return length
        spec = Spec(
            "DATE",
            "shift",
            unit=unit_name,
            amount=None if amount is None else int(amount) * direction,
            base=base,
        )
        spec.note = f"'{m.group(0)}'"
        if amount is None:
            spec.warnings.append("vague amount: the date is known only to its unit")
        # "a year later" moves a story on; only a look back ("a year earlier") is a comparison's base
        spec.compare_quarter = unit_name == "year" and amount == 1 and direction < 0
        spec.counted_offset = True
        if m["sameperiod"]:
            spec.grain = self.lex.AGO_SAME_PERIOD[_BLANKS.sub(" ", m["sameperiod"])]
            night = spec.grain == "night"
            if night and unit_name not in ("year", "day", "week"):
                spec.grain = None  # "six months ago tonight": the month is all a count of months names
            elif night:
                spec.type = "TIME"  # "twenty-five years ago tonight": the night of that day
            if (
                unit_name in ("day", "week")
                and amount is not None
                and spec.grain
                and spec.grain[:3] in ("day", "nig")
            ):
                # "a week ago today", "two weeks ago tomorrow": that many days from the day named
                spec.unit = "day"
                spec.amount = -int(amount) * (7 if unit_name == "week" else 1) + {
                    "day": 0,
                    "day+1": 1,
                    "night": 0,
                }.get(spec.grain, -1)
                spec.grain = "night" if night else None
        spec.reaches_now = direction_word in self.lex.OFFSET_WORDS_BEFORE_PAUSE and direction > 0
        if m["amod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["amod"])
        elif m["orso"]:
            spec.mod = "APPROX"  # "a week or so ago"
        return spec

    def _length_from_a_day(self, m: re.Match[str], ctx: Context, unit: str, day_word: str) -> Spec | None:
        """ "returns a week today", "a fortnight tomorrow", "two weeks from today", "died a week yesterday":
        the day that far from today, tomorrow or yesterday. "It's a week today since the flood" and "has
        been two weeks today" measure back to a past day, left to their parts."""
        count = self.number(m)
        if (
            count is None
            or count != int(count)
            or m["andhalf"]
            or m["orso"]
            or unit not in ("day", "night", "week", "fortnight", "year")
            # "spent three days today": days without "from" are a length, then the day
            or (unit in ("day", "night") and not day_word.startswith("from"))
            or _SINCE_AFTER.match(ctx.low, m.end())
            or _previous_word(ctx.low, m.start()) == "been"
            # "will close for six weeks from tomorrow": a length, then the day it starts, as "runs for
            # two weeks from Monday" is
            or (
                day_word.startswith("from")
                and _previous_word(ctx.low, m.start()) in self.lex.WEEKS_FROM_DAY_LENGTH_LEADS
            )
        ):
            return None
        direction, extra_days = self.lex.OFFSET_DAYS[day_word]
        amount = int(count) * direction
        note = f"'{m.group(0)}': the day {m['amount']} {'before' if direction < 0 else 'after'} {day_word.split()[-1]}"
        if unit == "year":
            spec = Spec("DATE", "shift", unit="year", amount=amount, base="dct", note=note)
            spec.grain = {0: "day", 1: "day+1", -1: "day-1"}[extra_days]
            return spec
        days = amount * (14 if unit == "fortnight" else 7 if unit == "week" else 1) + extra_days
        return Spec("DATE", "shift", unit="day", amount=days, base="dct", note=note)

    def _elliptical_comparison(self, low: str, start: int, end: int) -> bool:
        """ "freeze 11 days later than they did in the 1920s and thaw about a week earlier.": an offset
        ending its clause after a counted "later than" comparison in the same sentence is compared in the
        same way ("opened later than planned and closed two weeks later" counts from the opening)."""
        if not _CLAUSE_END_AFTER.match(low, end):
            return False
        before = low[max(0, start - 200) : start]
        opening = max(0, _last_sentence_boundary_end(before, 0, len(before)))
        return self.compared_length.search(before, opening) is not None

    def _clock_after_clock(self, m: re.Match[str], ctx: Context, unit: str) -> Spec | None:
        """ "attacked at about seven in the evening ... Two hours later the field was swept": hours
        counted from a clock time just told are a clock time of that day. With no clock time just
        before, "two hours later" stays a length, as "three hours ago" is read."""
        prev = self._clock_just_told(m.start(), ctx)
        if (
            prev is None
            or m["dir"].split()[0] not in ("later", "earlier")
            # "leave at 10 p.m., an hour earlier than usual": a difference in length, not a clock time
            or self.than_after.match(ctx.low, m.end())
            or m["amod"]
            or m["orso"]
            or self._hedged_before(ctx.low, m.start())
        ):
            return None
        count = self._count_and_a_half(m)
        step = 60 if unit in ("hour", "hr") else 1
        # "went down a quarter of an hour later", "half an hour later": a fraction of an hour is whole minutes
        if count is None or count * step != int(count * step):
            return None
        minutes = int(count * step) * (1 if m["dir"].startswith("later") else -1)
        return self._clock_moved_on(m, ctx, prev, minutes)

    def _hedged_before(self, low: str, start: int) -> bool:
        """Whether an amount's hedge stands right before `start` ("some two hours later"); "over" and "under"
        hedge only after the words `OVER_AS_MORE_THAN_AFTER` names ("was handed over two hours later", "the
        ship went under two hours later": a verb's particle, and the clock time stays)."""
        hedge = self.hedge_before.search(low, max(0, start - 25), start)
        if hedge is None:
            return False
        word = hedge.group(0).split()[0] if hedge.group(0).split() else ""
        return word not in ("over", "under") or (
            _previous_word(low, hedge.start()) in self.lex.OVER_AS_MORE_THAN_AFTER
        )

    def _count_and_a_half(self, m: re.Match[str]) -> float | None:
        """The offset's count, with "and a half" after its unit added ("an hour and a half later": 1.5)."""
        count = self.number(m)
        return count + 0.5 if count is not None and m["andhalf"] else count

    def _clock_moved_on(self, m: re.Match[str], ctx: Context, prev: Spec, minutes: int) -> Spec | None:
        """The clock time `minutes` on from the clock time `prev` just told, on its day or the next."""
        assert prev.pod is not None
        told = _clock_before_restatement(ctx.low, ctx.prev_end) or prev.pod
        total = int(told[:2]) * 60 + int(told[3:5]) + minutes
        # "began at 11:52 p.m. and ended 20 minutes later": across midnight the day moves as well
        days, total = divmod(total, 24 * 60)
        if abs(days) > 1:
            return None
        clock = f"{total // 60:02d}:{total % 60:02d}"
        note = f"'{m.group(0)}' from {prev.pod}"
        spec = Spec("TIME", "shift", unit="day", amount=days, base="ref", pod=clock, note=note)
        if told < "12:00":
            # "At 4:30 the car was seen again. Nine minutes later": the resolver may read the bare hour as
            # the afternoon's, and the minutes then count from that
            spec.clock_from = told
        return spec

    def _clock_after_line_label(self, m: re.Match[str], ctx: Context) -> bool:
        """Whether the colon clock `m` follows a note's time label opening its line ("Time seen: 01:15",
        "Addendum 08:40:"); after the bare label "Time" a reading with seconds or tenths ("Time: 2:09:15",
        "Time: 1:52.4") is a race's or a lap's time, a length."""
        label = self.clock_line_label.fullmatch(
            ctx.low, ctx.low.rfind("\n", max(0, m.start() - 40), m.start()) + 1, m.start()
        )
        if label is None:
            return False
        return not (
            label.group(0).strip(" \t:") == "time"
            and (
                m.groupdict().get("second24") is not None
                or _DECIMAL_FRACTION_AFTER.match(ctx.low, m.end()) is not None
            )
        )

    def _clock_just_told(self, start: int, ctx: Context) -> Spec | None:
        """The clock time told just before `start` that a count of hours or minutes "later" goes on
        from, or None."""
        prev = ctx.prev_spec
        if (
            prev is not None
            and prev.type == "DATE"
            and prev.pod is None
            and (
                prev.day is not None
                # "broke out at 3.15 p.m. on Tuesday. Firefighters arrived an hour later"
                or (prev.kind == "weekday" and prev.weekday is not None)
                or _THAT_DAY_BEFORE.search(ctx.low, max(0, ctx.prev_end - 14), ctx.prev_end)
            )
        ):
            # "signed at ten in the morning on 27 July 1953, and ... twelve hours later": the clock
            # time was told just before the date it falls on
            prev = self._clock_told_before_date(ctx)
        elif (
            prev is not None
            and prev.type == "DURATION"
            and _LENGTH_FROM_EVENT_AFTER.match(ctx.low, ctx.prev_end) is not None
        ):
            # "At 14:32 UTC, 22 minutes after take-off, the crew ... Two minutes later": the length
            # places the clock time against an event; the minutes count from the clock time
            prev = self._clock_before_event_length(ctx)
        elif (
            prev is not None
            and prev.type == "DURATION"
            and prev.kind == "fixed"
            and prev.value is not None
            and prev.value.startswith("PT")
            and prev.value.endswith("S")
        ):
            # "At about noon the last flight took off. It lasted 41 seconds. Two hours later": a length of
            # seconds is how long what began at the clock time went on; the hours count from that clock time
            prev = self._clock_before_seconds_length(ctx)
        elif (
            prev is not None
            and prev.type == "DURATION"
            and prev.kind == "fixed"
            and _STATE_LENGTH_BEFORE.search(ctx.low, max(0, ctx.prev_end - 40), ctx.prev_end) is not None
        ):
            # "At 2.20 a.m. a dog found her. She had been buried for thirteen hours. Forty minutes later":
            # how long a state had lasted is no clock time; the minutes count from the clock time before it
            prev = self._clock_before_state_length(ctx)
        elif (
            prev is not None
            and prev.pod == "NI"
            and prev.kind == "shift"
            and prev.base == "ref"
            and not prev.amount
        ):
            # "began at 7:30 p.m. on 3 July ... climbed through the night, and took the summit eleven
            # hours later": the night of that day gives no clock; the hours count from the clock time
            # of that afternoon or evening told before it
            prev = self._clock_told_before_part_of_day(ctx)
            if prev is not None and prev.pod is not None and prev.pod < "12:00":
                prev = None
        if (
            prev is None
            or prev.type != "TIME"
            or prev.pod is None
            or not _CLOCK_VALUE.fullmatch(prev.pod)
            or not 0 <= start - ctx.prev_end <= _CLOCK_AFTER_CLOCK_REACH
        ):
            return None
        return prev

    def _after_entry_label(self, low: str, start: int) -> bool:
        """Whether a label stands right before the clock time at `start` ("Updated 4:05 p.m. ET", "Posted:
        10:42", a feed's "UPDATE (3.40pm):")."""
        at = start - 1 if low[start - 1 : start] == "(" else start
        return (
            low[at - 2 : at] in self.entry_label_endings
            and _previous_word(low, at) in self.lex.ENTRY_STAMP_LABELS
        )

    def clock_opening_line(self, ctx: Context, start: int) -> re.Match[str] | None:
        """The line opening with the clock time at `start` ("21:45", "Updated 4:05 p.m. ET", "11:30 Brass
        band"): a live page's entry stamp or a programme's line, or None."""
        # a label and a clock time are short: a longer stretch before `start` is no line's opening
        line_start = ctx.low.rfind("\n", max(0, start - 40), start) + 1
        if line_start == 0 and start > 40:
            return None
        stamp = self.entry_stamp_line.match(ctx.low, line_start)
        if stamp is None or start not in (stamp.start("hour"), stamp.start("hour") - 1):
            return None
        return stamp

    def chat_stamp(self, ctx: Context, start: int) -> bool:
        """Whether the clock time at `start` is a chat message's own time stamp beside its sender's name
        ("[18:42] Sam: ...", "19:41 - Amy (days): ...", "Sophie [08:47]: ...", "Maya Patel  9:14 AM" on
        the line above the message): the time the message was sent, on the thread's day."""
        if ctx.text[start - 1 : start] not in ("[", " ", "\t", "\n", ""):
            return False
        line_start = ctx.low.rfind("\n", max(0, start - 50), start) + 1
        if line_start == 0 and start > 50:
            return False
        stamp = self.chat_stamp_line.match(ctx.text, line_start)
        if stamp is None:
            return False
        return start in (
            stamp.start("clock"),
            stamp.start("dashclock"),
            stamp.start("boxclock"),
            stamp.start("lineclock"),
        )

    def message_stamp_minutes(self, ctx: Context, start: int) -> tuple[int, int] | None:
        """The minutes after midnight of the time stamp of the chat message the text at `start` is in
        ("[16:05] Dee: ... til 8", a work chat's "Maya Patel  9:14 AM" on the line above), and where the
        stamp ends, or None."""
        line_start = ctx.low.rfind("\n", 0, start) + 1
        stamp = self.chat_stamp_line.match(ctx.text, line_start)
        if stamp is None:
            above = line_start - 1
            while above > 0 and ctx.low[above - 1] in "\n \t":
                above -= 1
            if above <= 0 or line_start - above > 4:
                return None
            stamp = self.chat_stamp_line.match(ctx.text, ctx.low.rfind("\n", 0, above) + 1)
            if stamp is None or stamp["lineclock"] is None:
                return None
        group = next(name for name in ("clock", "dashclock", "boxclock", "lineclock") if stamp[name])
        if stamp.start(group) >= start:
            return None
        clock = _STAMP_CLOCK.match(stamp[group])
        if clock is None:
            return None
        return _clock_minutes(clock["h"], clock["m"], clock["ampm"]), stamp.end(group)

    def afternoon_after_stamp(self, ctx: Context, start: int, hour: int, minute: int = 0) -> bool:
        """Whether a clock time with no a.m. or p.m. written in a chat message is in the afternoon or the
        evening because its message was sent after its morning reading and before its evening one ("[16:05]
        happy hour til 8", "[10:15] he's back by 7"): plans are made for a time still to come."""
        if not 1 <= hour <= 11:
            return False
        stamp = self.message_stamp_minutes(ctx, start)
        if stamp is None:
            return False
        sent, stamp_end = stamp
        prev = ctx.prev_spec
        if (
            prev is not None
            and ctx.prev_end > stamp_end
            and _names_a_day(prev)
            and not (prev.kind == "shift" and prev.unit == "day" and prev.amount == 0)
        ):
            return False  # "[17:05] can come Thurs between 8 and 1": the hours of another day
        return hour * 60 + minute < sent < (hour + 12) * 60 + minute

    def h_clock_face_digits(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """British "half 6" (half past six), "quarter to 7", "half past 10" with the hour in digits: a clock
        time after a clock's preposition ("ready by half 1", "til half 7") or opening a chat message ("[16:11]
        Aisha: half 6 works"), never before a unit or an amount ("half 2 litres")."""
        low = ctx.low
        face = m["fface"].split()[-1]
        if face == "quarter" and not m["fside"]:
            return None  # "a quarter 6": no clock
        if face == "half" and m["fside"] == "to":
            return None  # "cut by half to 9 players": a clock has no "half to"
        lead = _word_before_hedge(low, m.start(), self.lex.CLOCK_HEDGES)
        opens_message = (
            low[: m.start()].rstrip(" \t").endswith(":")
            and self.message_stamp_minutes(ctx, m.start()) is not None
        )
        if (
            lead not in self.lex.CLOCK_FACE_DIGIT_LEADS
            and _previous_word(low, m.start()) not in self.lex.CLOCK_FACE_DIGIT_LEADS
            and not opens_message
        ):
            return None
        if self._size_of_change(low, m.start()):
            return None  # "fell by a quarter to 9 million": a fraction of the amount
        following = _next_word(low, m.end())
        if (
            _QUANTITY_AFTER.match(low, m.end())
            or following in self.lex.UNIT_FORMS
            or following in self.lex.MEASURE_NOUNS
            or following == "of"  # "about half 6 of the cars": a share of a count
        ):
            return None
        if not m["fhour"][0].isdigit() and (m["fside"] or face != "half"):
            return None  # "half past four", "quarter to six": the clock face in words (h_half_past_hour)
        hour = int(m["fhour"]) if m["fhour"][0].isdigit() else int(self.lex.CLOCK_HOUR_WORDS[m["fhour"]])
        minute = 30 if face == "half" else 15
        if m["fside"] == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
        if hour < 12 and (1 <= hour <= 6 or self.afternoon_after_stamp(ctx, m.start(), hour, minute)):
            hour += 12
        spec = Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:{minute:02d}")
        spec.note = "a clock face told with the hour in digits (British 'half 6' is half past six)"
        if m["amod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["amod"])
        return spec

    def entry_stamp_day(self, ctx: Context, start: int) -> int | None:
        """The day (0 the DCT's, 1 the next) of a live page's entry stamp opening its line at `start`
        ("21:45", "10.42am", "Updated 4:05 p.m. ET"), or None if the clock time there is no such stamp. The
        stamps of a page are times of its own day, not of the days its entries talk about; a page written
        oldest first that runs past midnight (an election count) moves to the next day each time a stamp
        comes before the one above it. A programme's lines under a day heading are no page's stamps."""
        stamp = self.clock_opening_line(ctx, start)
        if stamp is None:
            return None
        line_start = ctx.low.rfind("\n", 0, start) + 1
        reach = max(0, line_start - _ENTRY_STAMP_REACH)
        if _DAY_HEADING_LINE.search(ctx.low, reach, line_start) is not None:
            return None
        if self._under_timeline_intro(ctx.low, line_start):
            return None
        earlier = [_stamp_minutes(m) for m in self.entry_stamp_line.finditer(ctx.low, reach, line_start)]
        earlier.append(_stamp_minutes(stamp))
        if len(earlier) < 3 or earlier[1] <= earlier[0]:
            return 0  # one or two stamps, or a page written newest first: its own day
        return sum(1 for before, after in pairwise(earlier) if after < before)

    def _under_timeline_intro(self, low: str, line_start: int) -> bool:
        """Whether the run of clock-stamped lines holding the line at `line_start` comes right after a line
        introducing a timeline ("gave the following timeline, all times UTC:"): times of the events told.
        An entry may run on to lines of its own ("09:12 - A disk array fills up." / "Engineers are paged.");
        a line of prose set off by a blank line ends the run."""
        above = line_start
        in_entry = False  # a line of prose read since the last stamp, with no blank line between
        for _ in range(_TIMELINE_RUN_LINES):
            if above == 0:
                return False
            above = _line_start(low, above - 1)
            line = low[above : low.find("\n", above)].strip()
            if self.entry_stamp_line.match(low, above) is not None:
                in_entry = False  # another stamp of the run
            elif not line:
                if in_entry:
                    return False  # a paragraph of prose, not the rest of an entry
            elif line.endswith(":"):
                return not self.lex.TIMELINE_INTRO_WORDS.isdisjoint(_WORDS.findall(line))
            else:
                in_entry = True  # the rest of the entry above, if a stamp comes next
        return False

    def _clock_before_entry_stamp(self, m: re.Match[str], ctx: Context, unit: str) -> Spec | None:
        """ "an hour ago", "about 20 minutes ago" in an entry of a live page: counted back from the entry's
        own stamp, the time the words were written. With no stamp above, "three hours ago" stays a length."""
        stamps = list(
            self.entry_stamp_line.finditer(ctx.low, max(0, m.start() - _ENTRY_STAMP_REACH), m.start())
        )
        if not stamps:
            return None
        stamp = stamps[-1]
        count = self._count_and_a_half(m)
        step = 60 if unit in ("hour", "hr") else 1
        if (
            self.entry_stamp_day(ctx, stamp.start("hour")) is None
            or count is None
            or count * step != int(count * step)
            or m["orso"]
        ):
            return None
        total = _stamp_minutes(stamp) - int(count * step)
        carry, total = divmod(total, 24 * 60)
        mod = self.lex.PRE_MODIFIERS.get(m["amod"]) if m["amod"] else None
        clock = f"{total // 60:02d}:{total % 60:02d}"
        note = f"'{m.group(0)}' from the entry stamped {stamp.group(0).strip()}"
        # the resolver puts a day counted from the DCT inside an entry on the entry's own day
        return Spec("TIME", "shift", unit="day", amount=carry, base="dct", pod=clock, mod=mod, note=note)

    def _clock_restated_in_zone(self, m: re.Match[str], ctx: Context, clock: str) -> Spec | None:
        """ "at 0440 local time (0840 GMT)", "about 3 p.m. local time (1400 GMT)": a zone's four-digit
        reading in brackets right after a clock time is the same moment, on the day of the nearer reading
        of the two ("2100 local time (0100 GMT)" is past midnight, the day after). None when no clock time
        stands right before the bracket."""
        before = ctx.prev_spec
        if (
            before is None
            or before.type != "TIME"
            or not _CLOCK_VALUE.fullmatch(before.pod or "")
            or ctx.low[max(0, ctx.prev_end) : m.start()] not in (" (", "(")
        ):
            return None
        assert before.pod is not None
        gap = (int(clock[:2]) * 60 + int(clock[3:5])) - (int(before.pod[:2]) * 60 + int(before.pod[3:5]))
        # the zones people live in run from UTC-10 (Hawaii) to UTC+13 (New Zealand's summer): a reading up
        # to 13 hours behind or 10 ahead of the local one is on its day ("9 p.m. NZDT (0800 GMT)")
        carry = -1 if gap > 10 * 60 else 1 if gap < -13 * 60 else 0
        return Spec(
            "TIME",
            "shift",
            unit="day",
            amount=carry,
            base="ref",
            pod=clock,
            note=RESTATED_IN_ZONE_NOTE,
        )

    def _page_stamp_ago(self, m: re.Match[str], ctx: Context, unit: str) -> Spec | None:
        """ "Updated 18 minutes ago", "3 hours ago" alone on its line: a live page's stamp counted from
        the moment the page is read, a time on the DCT whose clock the page does not give (in running
        text, "left three hours ago", the hours stay a length)."""
        count = self._count_and_a_half(m)
        if count is None or count * (60 if unit in ("hour", "hr") else 1) >= 24 * 60:
            return None  # "Updated 72 hours ago": days back, on no day the DCT gives
        line_start = _line_start(ctx.low, m.start())
        label = ctx.low[line_start : m.start()].strip(" \t:")
        line_end = ctx.low.find("\n", m.end())
        if (label and label not in self.lex.ENTRY_STAMP_LABELS) or ctx.low[
            m.end() : len(ctx.low) if line_end < 0 else line_end
        ].strip(" \t"):
            return None
        note = f"'{m.group(0)}' alone on its line: a page's stamp counted from its reading, no clock given"
        return Spec("TIME", "shift", unit="day", amount=0, base="dct", pod="XX:XX", note=note)

    def _clock_before_told_now(self, m: re.Match[str], ctx: Context, unit: str) -> Spec | None:
        """ "Good evening. It's six o'clock. ... Well, Tom, an hour ago the water was lapping": a speaker
        who has told the time now ("it's six o'clock") counts "ago" back from that clock. With no time
        told, "three hours ago" stays a length."""
        count = self._count_and_a_half(m)
        step = 60 if unit in ("hour", "hr") else 1
        if count is None or count * step != int(count * step) or m["orso"]:
            return None
        window_start = max(0, m.start() - _TOLD_NOW_AGO_REACH)
        told: Spec | None = None
        for opener in TELLING_THE_TIME_NOW.finditer(ctx.low, window_start, m.start()):
            read = self._clock_read_at(ctx, opener.end(), rules=self.told_time_rules)
            if read is not None and read[0] is not None and read[0].type == "TIME":
                told = read[0]
        if told is None or told.pod is None or not _CLOCK_VALUE.fullmatch(told.pod) or told.amount:
            return None
        total = int(told.pod[:2]) * 60 + int(told.pod[3:5]) - int(count * step)
        carry, total = divmod(total, 24 * 60)
        mod = self.lex.PRE_MODIFIERS.get(m["amod"]) if m["amod"] else None
        clock = f"{total // 60:02d}:{total % 60:02d}"
        note = f"'{m.group(0)}' from the time told as now, {told.pod}"
        return Spec("TIME", "shift", unit="day", amount=carry, base="dct", pod=clock, mod=mod, note=note)

    def _clock_before_event_length(self, ctx: Context) -> Spec | None:
        """The clock time in "at <clock>, <length> after <event>" when the length is the previous
        expression ("At 14:32 UTC, 22 minutes after take-off")."""
        return self._last_clock_before_previous(
            ctx,
            60,
            r"(?<![a-z])(?:at|by|until)\s+",
            lambda end: _CLOCK_THEN_LENGTH.fullmatch(ctx.low, end, ctx.prev_end),
        )

    def _clock_before_state_length(self, ctx: Context) -> Spec | None:
        """The clock time in "at <clock>, ... for <length>" when the length is the previous expression and
        nothing with a figure stands between them ("At 2.20 a.m. a dog found her. She had been buried for
        almost thirteen hours")."""
        return self._last_clock_before_previous(
            ctx,
            200,
            r"(?<![a-z])(?:at|by|until)\s+",
            lambda end: _CLOCK_THEN_STATE_LENGTH.fullmatch(ctx.low, end, ctx.prev_end),
        )

    def _clock_before_seconds_length(self, ctx: Context) -> Spec | None:
        """The clock time in "at <clock> ... <seconds>" when a length of seconds is the previous expression,
        in the clock time's sentence or the next, and no clause mark or line stands between them ("at 10:35
        a.m. the glider rose. It flew for 12 seconds")."""
        return self._last_clock_before_previous(
            ctx,
            200,
            r"(?<![a-z])(?:at|by)\s+",
            lambda end: _CLOCK_THEN_SECONDS.fullmatch(ctx.low, end, ctx.prev_end),
        )

    def _last_clock_before_previous(
        self, ctx: Context, reach: int, lead: str, fits: Callable[[int], object]
    ) -> Spec | None:
        """The clock time after the last `lead` (a preposition) within `reach` characters before the previous
        expression whose rest `fits`: the TIME its rule made, or None (also when the nearest one that fits
        is not a TIME)."""
        window_start = max(0, ctx.prev_end - reach)
        for at in reversed(list(re.finditer(lead, ctx.low[window_start : ctx.prev_end]))):
            read = self._clock_read_at(ctx, window_start + at.end(), fits)
            if read is not None:
                return read[0] if read[0] is not None and read[0].type == "TIME" else None
        return None

    def _clock_read_at(
        self,
        ctx: Context,
        position: int,
        fits: Callable[[int], object] = lambda end: True,
        rules: list[Rule] | None = None,
    ) -> tuple[Spec | None] | None:
        """The clock-time rule (or one of `rules`) read at `position` as if nothing came before it, when a
        clock time starts there and `fits` the text after its end: a 1-tuple of what the rule's handler
        made of it (None when it refused it), or None when no clock time fits there."""
        for rule in self.clock_time_rules if rules is None else rules:
            clock = rule.pattern.match(ctx.low, position)
            if clock is not None and fits(clock.end()):
                return (rule.handler(clock, replace(ctx, prev_end=-1, prev_rule="", prev_spec=None)),)
        return None

    def _clock_told_before_part_of_day(self, ctx: Context) -> Spec | None:
        """The last clock time after "at", "after" or "before" in the paragraph, shortly before the part
        of that day that the previous expression names ("began at 7:30 p.m. on 3 July. A platoon climbed
        through the night")."""
        window_start = max(0, ctx.prev_end - _CLOCK_AFTER_CLOCK_REACH)
        window_start = max(window_start, ctx.low.rfind("\n", window_start, ctx.prev_end) + 1)
        found: Spec | None = None
        for at in re.finditer(r"(?<![a-z])(?:at|after|before)\s+", ctx.low[window_start : ctx.prev_end]):
            read = self._clock_read_at(ctx, window_start + at.end())
            spec = read[0] if read is not None else None
            if spec is not None and spec.type == "TIME" and spec.pod and _CLOCK_VALUE.fullmatch(spec.pod):
                found = spec
        return found

    def _clock_told_before_date(self, ctx: Context) -> Spec | None:
        """The clock time in "at <clock> on <date>" when the date is the previous expression."""
        # "at ten in the morning on 27 July 1953", "shortly after 5am that day"
        return self._last_clock_before_previous(
            ctx,
            80,
            r"(?<![a-z])(?:at|after|before)\s+",
            lambda end: _CLOCK_DAY_AFTER.fullmatch(ctx.low[end : ctx.prev_end]),
        )

    def _fall_as_decline(self, ctx: Context, end: int) -> bool:
        """Whether "the fall" ending at `end` is a decline: "in" and a lower-case word naming what fell
        ("the fall in prices"), or a predicate only a decline takes ("was driven by", "was steeper")."""
        after = _FALL_COMPLEMENT.match(ctx.low, end)
        if after is None:
            return False
        if after["inword"]:
            return (
                after["inword"] not in self.lex.FALL_IN_SEASON_WORDS
                and ctx.text[after.start("inword")].islower()
            )
        return after["pred"] in self.lex.FALL_DECLINE_PREDICATES

    def h_label_year_ending(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "provisional: year ending June 2026": only where a label or a sentence opens, as "the year
        ending June 2026" is a length and its closing month."""
        if not _sentence_start(ctx.low, m.start()):
            return None
        code = duration_code(m["lunit"], 1, self.lex.UNITS)
        if code is None:
            return None
        return Spec("DURATION", "fixed", value=code, note=f"'{m['lunit']} ending ...': a label's period")

    def h_same_period_year_back(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the same month last year", "the same quarter a year earlier": compared, as "a year earlier" is,
        with the month or quarter the report is on, a year back."""
        spec = Spec("DATE", "shift", unit="year", amount=-1, base="ref")
        spec.note = f"'{m.group(0)}'"
        # a month or a quarter is compared with the one the report is on; "the same weekend last year",
        # "the same day a year earlier" keep the week or the day of the time in context, a year back
        spec.compare_quarter = m["sunit"] in ("month", "quarter")
        spec.counted_offset = True
        spec.grain = m["sunit"]  # with no month or quarter named before, that of the time in context
        return spec

    def h_year_earlier(self, m: re.Match[str], ctx: Context) -> Spec | None:
        unit = m["unit"] or m["punit"]
        # "the prior-year period" is "the year-earlier period"
        _direction, base = self.lex.OFFSET_WORDS[m["dir"] or "earlier"]
        text = m.group(0)
        if not ("-" in text or m.group(0).startswith("the")):
            return None
        if (
            m["prior"]
            and not m["noun"]
            and _next_word(ctx.low, m.end()) not in self.lex.REPORTING_PERIOD_WORDS
        ):
            return None  # "prior-year" before a noun other than a period or a figure ("prior-year tax rules")
        spec = Spec("DATE", "shift", unit=unit, amount=-1, base="dct" if m["dir"] == "ago" else base)
        spec.note = f"'{text}'"
        spec.compare_quarter = unit == "year"
        spec.counted_offset = True
        if not m["noun"]:
            spec.extent_group = "adj"  # "the year-earlier results": only "year-earlier" is the time
        if m["noun"] in ("quarter",):
            spec.unit, spec.amount = "quarter", -4
            if m["prior"]:
                spec.base = "dct"  # "the prior-year quarter": the reporting quarter, a year back
        return spec

    def _her_as_object(self, low: str, start: int) -> bool:
        """Whether the "her" just before `start` is the object of a verb of meeting or dealing with a
        person ("the vet examined her last month", "I met her last night"), so the "last" after it names
        the time gone by; "spent her last month in a hospice" and "on her last evening" keep the final one."""
        if _previous_word(low, start) != "her":
            return False
        return _previous_word(low, low.rfind("her", 0, start)) in self.lex.PERSON_OBJECT_VERBS

    def _age_of_people(self, ctx: Context, start: int, body: int, end: int) -> bool:
        """ "children aged 16 years and over", "not suitable for children under 3 years", "a woman aged 40
        years": a count after "aged" or "under" that follows a noun of people is their age, and so is one
        after "aged" closed by a bound ("aged 5 years or older"); "served under 5 years", "whisky aged 12
        years" and "9,000 people over nine months" stay lengths."""
        low = ctx.low
        if body <= start and (opening := _RANGE_OPENING_BEFORE.search(low, max(0, start - 12), start)):
            start = body = opening.start()  # "aged 18 to [55 years]": the age range's first count
        lead = low[start:body].strip() or _previous_word(low, start)
        if lead not in self.lex.AGE_COUNT_LEADS or _UNITS_OF_A_THING_AFTER.match(low, end):
            return False  # "under 2 years of treatment": years of a thing, a length ("of age" is an age)
        lead_start = start if body > start and low[start:body].strip() else low.rfind(lead, 0, start)
        if _previous_word(low, lead_start) in self.lex.AGE_GROUP_NOUNS:
            return True
        tail = _AGE_BOUND_TAIL.match(low, end)
        return lead == "aged" and tail is not None and tail.group(1) in self.lex.AGE_BOUND_TAILS

    def _age_difference_after(self, low: str, end: int) -> bool:
        """Whether the count of years ending at `end` compares two ages: "twelve years her senior", "five
        years his junior", "ten years younger than", "two years senior to him"; "for five years senior
        officials met" keeps its length."""
        found = _AGE_DIFFERENCE_AFTER.match(low, end)
        if found is None or found["word"] not in self.lex.AGE_DIFFERENCE_WORDS:
            return False
        if found["owner"]:
            return found["owner"] in self.lex.POSSESSIVE_DETERMINERS
        if found["word"] in ("older", "younger"):
            # "ten years younger than his wife", "two years older.": not "for five years younger voters"
            after = _next_word(low, found.end())
            return after in ("than", "", "and", "but")
        return found["to"] is not None  # "two years senior to him"

    def _matched_count(self, low: str, start: int) -> float | None:
        """The number "as many" repeats: the last ordinal ("the third rise") or count ("four goals") named
        earlier in the clause, within a few words; None when there is none."""
        window = low[max(0, start - 80) : start]
        window = re.split(r"[.;:!?\n]", window)[-1]
        count = None
        for found in _MATCHED_COUNT_WORD.finditer(window):
            word = found.group()
            if word[0].isdigit() or word in self.lex.NUMBER_WORDS:
                after = window[found.end() :].split(maxsplit=1)
                if (
                    (after and after[0].strip(",") in self.lex.NUMBER_SCALE_WORDS | {"%", "per", "percent"})
                    or window[found.start() - 1 : found.start()] in ("£", "$", "€")
                    or window[found.end() : found.end() + 1] == "%"
                    or (len(word) >= 4 and word.isdigit())
                ):
                    continue  # "£2 million", "4%", "since 2019": an amount or a year, not the count repeated
            if word[0].isdigit():
                count = float(word.rstrip("stndrh"))
            elif word in self.lex.ORDINALS:
                count = float(self.lex.ORDINALS[word])
            elif word in self.lex.NUMBER_WORDS and word not in ("a", "an", "single"):
                count = float(self.lex.NUMBER_WORDS[word])
        return count if count is not None and count >= 2 else None

    def _day_in_apposition(self, ctx: Context, start: int, end: int) -> bool:
        """Whether "a day" at start..end stands after a comma right behind a dated day (a date, a weekday, a
        feast) and before a participle of naming or a relative word ("on 9 June 1889, a day remembered as
        ...", "on Tuesday, a day when", "5 May, a day on which"): a noun phrase saying the date again. "5 May,
        a day after the vote" stays a length."""
        spec = ctx.prev_spec
        if (
            spec is None
            or spec.type != "DATE"
            or (spec.day is None and spec.weekday is None and spec.holiday is None)
            or ctx.low[ctx.prev_end : start] != ", "
        ):
            return False
        low = ctx.low
        word_end = end
        word = _next_word(low, word_end)
        while word in self.lex.ADVERBS_BEFORE_NAMING_PARTICIPLES:  # "a day still remembered as"
            word_end = low.index(word, word_end) + len(word)
            word = _next_word(low, word_end)
        two_words = f"{word} {_next_word(low, low.index(word, word_end) + len(word))}"  # "a day on which"
        if word in self.lex.DAY_RESTATING_RELATIVES or two_words in self.lex.DAY_RESTATING_RELATIVES:
            return True
        # a copula there ("On 5 May, a day is enough") makes "a day" the subject, a length
        return word in self.lex.TODAY_PRESENT_LEADS and word not in _COPULAS

    def h_span(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word_before = _previous_word(ctx.low, m.start())  # asked by several checks below: read once
        unit = self.lex.UNIT_FORMS[m["unit"]]
        count = self.number(m)
        if m["old"]:
            return None  # "a 6-year-old boy": an age, not a time
        if unit in ("year", "decade", "month") and self._age_difference_after(ctx.low, m.end()):
            return None  # "a barrister twelve years her senior", "ten years younger": ages compared
        if self.gestation_after.match(ctx.low, m.end()):
            return None  # "born at 34 weeks' gestation", "20 weeks pregnant": the pregnancy's age
        if unit == "century" and self._century_of_runs(ctx.low, m.start(), m.end()):
            return None  # "scored a century on the third day": a batsman's hundred runs, not a length
        if unit in ("year", "month", "week", "day") and self._age_of_people(
            ctx, m.start(), m.start("body"), m.end()
        ):
            return None  # "children aged 16 years and over", "a puppy aged 12 weeks": an age
        if self._event_clock_reading(ctx, m.start(), m.end()):
            return None
        if _WAR_NAME_TAIL.match(ctx.text, m.end()) and ctx.text[m.start("num")].isupper():
            return None  # "the Hundred Years' War", "the Seven Years' War": a name, not a duration
        if (m["span"] or m["span2"]) and _OFFSET_AFTER.match(ctx.low, m.end()):
            return None  # "the last twelve years later": "the last" is a noun phrase, the offset follows
        if m["span"] and m["span"].lower() == "coming" and not m["det"]:
            return None  # "the fall, coming five days before Yorktown": a verb; the length stands alone
        if (
            m["span"]
            and m["span"].lower() == "last"
            and not m["det"]
            and (m["num"] or "").lower() in ("a", "an")
        ):
            return None  # "tours at 3pm last an hour": the verb; the length stands alone
        if m["unit"] == "night" and _next_word(ctx.low, m.end()) in self.lex.NIGHT_COMPOUND_HEADS:
            return None  # "hoped for a night action", "a night march": a kind of action, not a length
        if m["num"] == "one" and m["unit"] == "day" and word_before == "on":
            return None  # "On one day last week they arrested 4,800": some day of it, not a length
        if (
            m["unit"] == "days"
            and m["num"] is not None
            and m["num"][0].isdigit()
            and m.start() == m.start("num")
            and word_before == "on"
            and not ctx.low.startswith(("'", "’"), m.end())
            and _DAYS_OF_A_THING_AFTER.match(ctx.low, m.end()) is None
            and _previous_word(ctx.low, ctx.low.rfind("on", 0, m.start()))
            not in self.lex.VERB_PARTICLE_ON_LEADS
        ):
            return None  # "exceeded 12 °C on 41 days", "it rained on 205 days": a count of days, no length
        if (
            m["num"] == "one"
            and m["unit"] == "day"
            and m.end() - m.start() == 7
            and word_before in self.lex.SOMEDAY_LEADS
        ):
            # "he might one day be exchanged": the adverb "some day", a time to come (FUTURE_REF, as
            # TimeBank tags "will one day"), not a length
            return Spec(
                "DATE", "fixed", value="FUTURE_REF", note="'one day' after a modal: some time to come"
            )
        if (
            m["num"] == "one"
            and m["unit"] == "day"
            and m.end() - m.start() == 7
            and _ONE_DAY_CLAUSE_CLOSE.match(ctx.low, m.end())
            and word_before not in self.lex.ONE_DAY_LENGTH_LEADS
            # "will be delayed one day", "the launch will slip one day": how far a thing moves, a length
            and word_before not in self.lex.YEAR_RESCHEDULING_VERBS
            and word_before not in self.lex.TIME_SHIFTING_VERBS
            and _modal_earlier_in_clause(ctx.low, m.start(), self.lex.SOMEDAY_LEADS)
        ):
            # "We were told she would come home one day.", "you'll understand one day": a modal's clause
            # closed by "one day" takes it as the adverb "some day" (FUTURE_REF), as "will one day" does
            return Spec(
                "DATE",
                "fixed",
                value="FUTURE_REF",
                note="'one day' closing a modal's clause: some time to come",
            )
        if count == 1 and m["num"] in ("a", "an"):
            lead = word_before
            if lead in self.lex.EXCLAMATIVE_LEADS and _sentence_start(ctx.low, m.start() - len(lead) - 1):
                return None  # "What a day.": an exclamation about the day, not a length
            if m["unit"] == "day" and self._day_in_apposition(ctx, m.start(), m.end()):
                return None  # "on 9 June 1889, a day remembered as": the date named again, not a length
        if m["unit"] == "day" and ctx.low.startswith(" of ", m.end()) and count == 1:
            lead_end = m.start() - 1 if ctx.low[m.start() - 1 : m.start()] in ('"', "\u201c") else m.start()
            lead = _previous_word(ctx.low, lead_end)
            if lead in self.lex.WEEKDAYS:  # "declared Friday a day of mourning": the verb is before the day
                lead = _previous_word(ctx.low, lead_end - len(lead) - 1)
            elif lead not in self.lex.KIND_OF_DAY_LEADS:
                # "proclaimed Thursday, November 29, a day of thanksgiving", "declared 15 February a day of
                # mourning": the verb is before the date the day's kind is given to
                named = self.date_just_before_rx.search(ctx.low, max(0, lead_end - 40), lead_end)
                if named is not None and self.month_ok(named, ctx):
                    if ctx.low.endswith(", ", 0, lead_end) and any(ch.isdigit() for ch in named.group(0)):
                        # "hijacked on 24 November 1972, a day of heavy holiday travel": a day in
                        # apposition to the date before it says what the day was like, no length
                        return None
                    lead = _previous_word(ctx.low, named.start())
            if lead in self.lex.KIND_OF_DAY_LEADS:
                return None  # "it was a day of liberation": a kind of day, not a length
            if (
                lead in self.lex.OBSERVANCE_DAY_VERBS
                and _next_word(ctx.low, m.end() + len(" of")) in self.lex.OBSERVANCE_DAY_NOUNS
            ):
                return None  # "the colony kept a day of fasting": an observance, not a length
        if _RATE_COMPOUND_AFTER.match(ctx.low, m.end()):
            return None  # "on a year-over-year basis": a rate word, as "year-on-year" is
        if m["num"] == "single" and _SUPERLATIVE_BEFORE.search(ctx.low, max(0, m.start() - 16), m.start()):
            return None  # "the busiest single day on record": the one day that ranks first, no length
        if m["num"] == "one" and _ONE_TO_THE_NEXT.match(ctx.low, m.end()) and word_before == "from":
            return None  # "no security from one year to the next": each in turn, no length
        if m["half2"] and count is not None:
            count += 0.5
        raw_num = m["num"]
        if " ".join(raw_num.split()) in self.lex.MATCHED_COUNT_WORDS:
            # "the third rise in as many years", "four goals in as many games": the count named just before
            count = self._matched_count(ctx.low, m.start())
            if (
                count is None
                or _previous_word(ctx.low, m.start("num")) not in self.lex.MATCHED_COUNT_PREPOSITIONS
            ):
                return None  # "worked as many hours as he could": an amount compared, no count named
        if (
            m["unit"] == "year"
            and len(raw_num) == 4
            and raw_num[0] in "12"
            and raw_num.isdigit()
            and ctx.low[m.end("num") : m.start("long_unit")].strip(" -") in self.lex.ACCOUNT_YEAR_WORDS
        ):
            # "the 1998 fiscal year": a year of account named by its number, as "fiscal 1998" is
            return Spec("DATE", "calendar", year=int(raw_num), note="fiscal year named by its number")
        if unit == "hour" and self.military_clock(ctx.low, m.start("num"), m.end("num")):
            return None  # "attacked at 0235 hours": a 24-hour clock reading (h_clock), not a length
        if (
            unit in ("year", "month")
            and "age" in ctx.low[max(0, m.start() - 80) : m.start()]
            and _AGE_IS_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
        ):
            return None  # "the average age of a car on the road is now 12.1 years": an age, not a length
        if raw_num in ("a", "an") and m["unit"] in self.lex.MOMENT_UNIT_ABBREVIATIONS:
            return None  # "this will just take a sec", "back in a min": a moment, not a length
        if (
            count is None
            and m["unit"].endswith("s")
            and m.start("num") == m.start()
            and re.search(r"(?:^|[.!?;:,]\s*|\n\s*)$", ctx.low[max(0, m.start() - 4) : m.start()])
            and _next_word(ctx.low, m.end()) in self.lex.SUBJECT_PRONOUNS
        ):
            return None  # "Some days we sold ten loaves": on some days, how often, not how long
        span = m["span"] or m["span2"]
        if (
            (raw_num in ("a", "an", "one") or raw_num.split()[0] in self.lex.FRACTION_WORDS)
            and m["unit"].endswith("s")
            and not m["half"]
        ):
            return None  # "a years", "half years": no count of a plural unit
        text = m.group(0)
        if raw_num in ("a", "an") and not span and m.start("num") == m.start() and m["amod"] is None:
            # "a year" alone: a duration in "for a year", a SET in "$5 a year"
            before = word_before
            if (
                before in ("per",)
                # "opened four or five a year": a count, then the rate; not "wrote to each one a month
                # after she left", where "one" is a pronoun after its determiner
                or (
                    before in self.lex.SPELLED_COUNTS
                    and not (
                        before == "one"
                        and _previous_word(ctx.low, ctx.low.rfind("one", 0, m.start()))
                        in self.lex.PRONOUN_ONE_LEADS
                    )
                )
                or re.search(
                    # "$45 more a month", "53p a day": a sum a rate changes by, an amount in pence or cents
                    r"(?:\d|(?<=\d)[pc]|million|billion|dollars?|cents?|pence|times|once|twice)"
                    r"(?:\s+(?:more|less|extra))?\s*$",
                    ctx.low[max(0, m.start() - 20) : m.start()],
                )
                or self.count_of_things_rx.search(ctx.low, max(0, m.start() - 40), m.start())
                or self.accumulation_before_rx.search(ctx.low, max(0, m.start() - 20), m.start())
                or (
                    # "an ounce of gold a day"; not "rose a foot a week after the storm", a length before
                    # what it counts from
                    self.single_measure_before_rx.search(ctx.low, max(0, m.start() - 30), m.start())
                    and _OFFSET_WORD_AFTER.match(ctx.low, m.end()) is None
                )
                or self.count_then_traffic_verb_rx.search(ctx.low, max(0, m.start() - 50), m.start())
                or (
                    _RATE_CLOSE_AFTER.match(ctx.low, m.end()) is not None
                    and self.length_of_stuff_rx.search(ctx.low, max(0, m.start() - 50), m.start())
                )
            ):
                return None
        if unit == "weekend" and (
            count is None
            or count < 2
            or (after_weekends := _next_word(ctx.low, m.end())) in self.lex.OFFSET_WORDS
            or (
                (after_weekends in self.lex.RATE_QUANTIFIERS or after_weekends == "a")
                and _next_word(ctx.low, m.end() + 1 + len(after_weekends)) in self.lex.UNIT_FORMS
            )
        ):
            # "a weekend", "some weekends": no length (the counted ones are, in `duration_code`); "two
            # weekends ago" is a point back, which no rule counts in weekends; "two weekends a month" is how
            # often, no length
            return None
        if ctx.low.startswith("-by-", m.end()):
            return None  # "a day-by-day record", "a year-by-year count": a compound of manner, no length
        if count == 0 and not m["unit"].endswith("s"):
            return None  # "Zero hour was 7:30": no count of zero takes a singular unit; a name
        if (
            raw_num in ("a", "an")
            and not span
            and ctx.low.startswith("-", m.end())
            and (tail := re.match(r"-([a-z]+)", ctx.low[m.end() : m.end() + 12])) is not None
            and tail.group(1) not in self.lex.LENGTH_HYPHEN_TAILS
        ):
            return None  # "a night-time curfew", "a day-trip": a kind of hours, no length
        if raw_num in ("a", "an") and not span and _OCCASION_LIKE.match(ctx.low, m.end()):
            return None  # "waited years for a night like this": an occasion of that kind, not a length
        if raw_num in ("a", "an") and not span and ctx.low.startswith(" like ", m.end()):
            compared = _next_word(ctx.low, m.end() + 5)
            if compared in self.lex.WEEKDAYS or compared in self.lex.DAY_DEICTICS:
                return None  # "on a day like Friday", "a night like yesterday": a day of that kind
        if (
            raw_num in ("a", "an")
            and not span
            and word_before == "as"
            and _KIND_OF_OCCASION_AFTER.match(ctx.low, m.end())
        ):
            return None  # "marks 2 April as a day of remembrance": what kind of day a date is
        if (
            unit in ("second", "minute")
            and ctx.low.startswith(" of ", m.end())
            and _next_word(ctx.low, m.end() + 3) in self.lex.ANGLE_OF_NOUNS
        ):
            return None  # "bent by 1.75 seconds of arc", "40 minutes of latitude": sixtieths of a degree
        if unit == "second" and (
            # "An extra second added to the clocks" is a leap second, as "a second wave" is an ordinal
            (raw_num in ("a", "an") and not self._a_second_measured(m, ctx))
            or re.match(r"\s+(?:quarter|half)", ctx.low[m.end() : m.end() + 10])
            # "the twenty-second and twenty-third centuries": an ordinal whose noun closes the coordination
            or _CENTURIES_CONJUNCT_AFTER.match(ctx.low, m.end())
            or self._open_compound_ordinal_second(m, ctx)
        ):
            return None
        if unit in ("quarter",) and count is not None and span is None and m["unit"] == "quarter":
            return None
        if (
            unit == "quarter"
            and count is not None
            and count < 4
            and re.match(r"\s+of\b", ctx.low[m.end() : m.end() + 5])
        ):
            return None  # "three-quarters of its food": a fraction
        det = m["det"]
        hyphenated = "-" in ctx.low[m.end("num") : m.start("unit")]
        if hyphenated and unit in ("day", "hour") and self._names_a_timepiece(ctx.low, m.end()):
            return None  # "the eight-day movement", "a two-day chronometer": how long a winding runs
        if (
            hyphenated
            and m["unit"] == "quarters"
            and count is not None
            and count < 4
            and word_before not in self.lex.QUARTER_LENGTH_LEADS
        ):
            return None  # "sales fell by three-quarters", "three-quarters full": a fraction, no length
        if (
            hyphenated
            and m["unit"] == "quarters"
            and word_before == "the"
            and _next_word(ctx.low, m.end()) not in self.lex.QUARTER_SPAN_CONTINUATIONS
        ):
            return None  # "far short of the three-quarters lost": a fraction named by its article
        if raw_num.isdigit() and m.start("num") > 0 and ctx.low[m.start("num") - 1] in "$,.":
            return None
        if (
            word_before == "same"
            and count is not None
            and not span
            and _YEAR_BACK_AFTER_SAME_SPAN.match(ctx.low, m.end()) is not None
        ):
            # "fell 10 percent from the same two days last year", "the same three months of 2013": the span
            # just told, named again in the year it is compared with, no length of its own
            return None
        if m["unit"] == "day" and not hyphenated and _next_word(ctx.low, m.end()) in self.lex.AGE_GROUP_NOUNS:
            return None  # "112 day students", "40 day boys": a head count of those who come by day
        if m["unit"] == "year" and not hyphenated and self._names_a_year_group(ctx, m.start("unit"), m.end()):
            return None  # "some year groups", "Some Year 7 pupils": a school's class of one age, no length
        if (
            m["unit"] == "minute"
            and not hyphenated
            and _next_word(ctx.low, m.end()) in self.lex.MINUTE_RECORD_NOUNS
        ):
            return None  # "the 1878 minute book": the record of a meeting, named by its year
        code = duration_code(unit, count, self.lex.UNITS)
        if code is None:
            return None
        if count is None and unit == "day" and word_before == "on":
            return None  # "On many days the light failed", "on some days": some of the days, no length
        spec = Spec("DURATION", "fixed", value=code, note=f"'{text}': a {unit}-based duration")
        if m["long"] and raw_num in ("a", "an", "one"):
            spec.extent_group = "long_unit"  # "a day-long meeting": "day-long"
        elif (
            det and (hyphenated or det not in ("the", "these", "those", "a", "an", "another")) and not span
        ) or (
            # "over the next half-century", "the past half-hour": a fraction joined to its unit is a noun
            span
            and hyphenated
            and ctx.low[m.start("unit") - 1] == "-"
            and raw_num not in self.lex.FRACTION_WORDS
        ):
            # "a three-year plan", "its 14-day review", "a further 48-hour strike": the adjective alone
            spec.extent_group = "core"
        if (m["amod"] == "over" and (det or span)) or (
            m["amod"] == "about" and span and ctx.low.startswith(" the ", m.end("amod"))
        ):
            # "over the past 20 years", "told us something about the last four years": a preposition here
            spec.extent_group = spec.extent_group or "body"
            spec.mod = None
            return spec
        if (
            m["amod"] in ("under", "over")
            and hyphenated
            and (not det or m["amod"] == "under")
            and not span
            and not m["long"]
        ):
            # "kept under 24-hour surveillance", "over 12-hour shifts", "under the four-year
            # agreement": a preposition before a noun the length qualifies, not a bound on the length
            spec.extent_group = "core"
            return spec
        if m["amod"] and self.lex.PRE_MODIFIERS.get(m["amod"]) in ("ON_OR_BEFORE", "ON_OR_AFTER"):
            # "no later than 30 days after the vote": the bound is on the point the length leads to
            spec.extent_group = spec.extent_group or "body"
            return spec
        if span == "last" and not m["amod"] and not text.startswith("the"):
            lead = word_before
            if (
                lead in self.lex.AUXILIARIES
                or lead in self.lex.LAST_VERB_LEADS
                # "the tours last 45 minutes": after a plural subject
                or (
                    len(lead) > 3
                    and lead.endswith("s")
                    and lead.isalpha()
                    and lead not in self.lex.LAST_NOT_AFTER_S
                )
                # "the fireworks, paid for by the council, last 20 minutes": after the subject's aside
                or (
                    not lead
                    and _PLURAL_SUBJECT_THEN_ASIDE.search(ctx.low, max(0, m.start() - 80), m.start())
                    is not None
                )
            ):
                spec.extent_group = "core"  # "will last two hours": "last" is the verb
        if count is None:
            spec.note = f"'{text}': an unspecified number of {unit}s"
        if m["amod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["amod"])
        elif m["odd"]:
            spec.mod = "APPROX"
        return spec

    def _event_clock_reading(self, ctx: Context, start: int, end: int) -> bool:
        """ "held at T-minus 35 minutes", "at 5 hours 18 minutes ground elapsed time": a reading of a
        countdown or of a mission's clock, which TimeML leaves untagged as it does a match clock."""
        before = ctx.low[max(0, start - 40) : start]
        if "t" in before and self.countdown_before.search(before):
            return True
        return self.elapsed_clock_after.match(ctx.low, end) is not None

    def _date_of_follows(self, low: str, end: int) -> bool:
        """Whether " of" and a day's date or name follow `end` ("of 5 October", "of Friday")."""
        found = _OF_DATE_WORD.match(low, end)
        return found is not None and (
            found[1][0].isdigit() or found[1] in self.lex.MONTHS or found[1] in self.lex.WEEKDAYS
        )

    def h_vague_span(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if m["unit4"] == "hours" and m.group(0).split()[1] in self.lex.EVENT_WEEKDAY_ORDINALS:
            # "cuts the opening hours", "the closing hours of a shop": a place's hours, no length; "the
            # opening weeks of the war", "the closing months of 1944" stay lengths, as "the first weeks" do
            return None
        if m["unit2"] and not m.group(0).startswith("the"):
            before = _previous_word(ctx.low, m.start())
            if before.isdigit() or before in self.lex.NUMBER_WORDS:
                return None  # "two months ahead of schedule": a counted length, which the count rule finds
        if m["unit_ahead"]:
            if _previous_word(ctx.low, m.start()) not in self.lex.AHEAD_SPAN_PREPOSITIONS:
                return None  # "The week ahead at Westminster": a column's label, no stretch of time
            # "the forecast for the week ahead": the one unit from now, as "the coming week" is
            code = duration_code(self.lex.UNIT_FORMS[m["unit_ahead"]], 1, self.lex.UNITS)
            if code is None:
                return None
            return Spec("DURATION", "fixed", value=code, note=f"'{m.group(0)}': the one unit from now")
        if m["unit4"] == "hours" and (
            m["stage"] == "early"
            or (m["stage"] in ("last", "final") and self._date_of_follows(ctx.low, m.end()))
        ):
            # "in the early hours of 10 November": the small hours of a night, no length; "In the last
            # hours of 5 October" is told by its date; "the last hours of the siege" are a stretch, as
            # "the final hours of the siege" are
            return None
        if m["unit8"]:
            owner = _WORD_BEFORE_POSSESSIVE.search(ctx.low, max(0, m.start() - 30), m.start())
            if owner is None or owner[1] not in self.lex.STAGE_POSSESSOR_NOUNS:
                return None  # "Lincoln's final months": a stage of a life, as "his final months" is
            return self._unspecified_length(self.lex.UNIT_FORMS[m["unit8"]], m.group(0))
        if m["unit4"] and self._of_a_life(ctx, m.end()):
            return None  # "the final months of her life": a stage of a life, as "her final months" is
        if m["stage"] == "last" and not _OF_FOLLOWS.match(ctx.low, m.end()):
            return None  # "the last months of the war" is a stage of it; "the last years" alone is left be
        unit = self.lex.UNIT_FORMS[
            m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"] or m["unit6"] or m["unit7"]
        ]
        return self._unspecified_length(unit, m.group(0))

    def _of_a_life(self, ctx: Context, end: int) -> bool:
        """Whether " of his life" (a possessive and a noun of a life) follows a unit ending at `end`."""
        m = _OF_POSSESSIVE_NOUN.match(ctx.low, end)
        return (
            m is not None
            and (m["owner"] in self.lex.POSSESSIVE_DETERMINERS or m["owner"].endswith("'s"))
            and m["noun"] in self.lex.LIFE_NOUNS
        )

    def _compound_length_parts(
        self, m: re.Match[str], groups: tuple[tuple[str, str], ...]
    ) -> dict[int, int | float] | None:
        """The counts of a length told in several units, by unit rank, or None unless each unit is finer
        than the one before ("two days, three weeks" is a list, not one length)."""
        parts: dict[int, int | float] = {}
        last_rank = -1
        for index, (count_group, unit_group) in enumerate(groups):
            unit = self.lex.UNIT_FORMS[m[unit_group]]
            count = parse_number(m[count_group], self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES)
            rank = _COMPOUND_UNIT_RANKS.get(self.lex.UNITS.get(unit, ("", False)))
            if count is None or rank is None or rank <= last_rank:
                return None
            if count != int(count) and not (index == len(groups) - 1 and rank > _DAY_RANK):
                return None  # only the finest unit of a clock length keeps a fraction ("58.8 seconds")
            parts[rank] = int(count) if count == int(count) else count
            last_rank = rank
        return parts

    def h_compound_duration(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if m["u2"] == "second" and m["c2"] == "a" and _A_SECOND_CLOSE.match(ctx.low, m.end("u2")) is None:
            return None  # "in about 14 hours, and a second run took six": the ordinal before its noun
        groups: tuple[tuple[str, str], ...] = (("c1", "u1"), ("c2", "u2"))
        extent = "length"
        # "three years and eight months, and two days later": a third count before an offset word opens
        # a date of its own
        third = m["c3"] is not None and not m["dir"]
        finer_units = (("c3", "u3"), ("c4", "u4")) if m["c4"] else (("c3", "u3"),)
        parts = self._compound_length_parts(m, (*groups, *finer_units) if third else groups)
        three_parts = None
        if parts is None and third and m["c4"]:
            # "4 hours 51 minutes 7 seconds, 12 seconds ahead": a fourth count that is no finer part
            # (the gap to the next rider) leaves the three before it one length
            three_parts = self._compound_length_parts(m, (*groups, ("c3", "u3")))
        if parts is not None and third:
            groups = (*groups, *finer_units)
        elif three_parts is not None:
            groups, parts, extent = (*groups, ("c3", "u3")), three_parts, "three"
        elif m["c3"]:
            extent = "two"  # a third count that does not go on the length: the first two alone
            parts = self._compound_length_parts(m, groups)
        if parts is None:
            return None
        offset_word = m["dir"] if extent == "length" else None
        if offset_word and not ctx.low[m.end("u1") : m.start("c2")].strip():
            return None  # "sentenced to five years two weeks ago": a length, then a date
        if _WEEK_RANK in parts and len(parts) == 2 and _DAY_RANK in parts:
            parts = {_DAY_RANK: parts[_WEEK_RANK] * 7 + parts[_DAY_RANK]}  # no weeks beside days in a value
        elif _WEEK_RANK in parts:
            return None
        date_part = "".join(
            f"{n}{_COMPOUND_UNIT_LETTERS[r]}" for r, n in sorted(parts.items()) if r <= _DAY_RANK
        )
        # a fraction as written ("33.840 seconds"): a timing's last digit tells its precision
        finest = m[groups[-1][0]]
        written = {max(parts): finest} if "." in finest else {}
        time_part = "".join(
            f"{written.get(r, n)}{_COMPOUND_UNIT_LETTERS[r]}"
            for r, n in sorted(parts.items())
            if r > _DAY_RANK
        )
        value = "P" + date_part + ("T" + time_part if time_part else "")
        if (
            offset_word in ("later", "earlier")
            and not date_part
            and set(parts) <= {4, 5}
            and "." not in finest
        ):
            # "began at 8:05 a.m. and was in the clubhouse four hours and 50 minutes later": hours and
            # minutes counted from a clock time just told reach a clock time, as "two hours later" does
            prev = self._clock_just_told(m.start(), ctx)
            if prev is not None and not self.than_after.match(ctx.low, m.end()):
                minutes = (parts.get(4, 0) * 60 + parts.get(5, 0)) * (1 if offset_word == "later" else -1)
                if minutes == int(minutes):
                    return self._clock_moved_on(m, ctx, prev, int(minutes))
        if offset_word and not time_part:
            # "two years and three months ago": a date that many of the finer unit away
            finer = {(0, 1): ("month", 12), (3,): ("day", 1)}.get(tuple(sorted(parts)))
            if finer is None:
                return None  # "two years and five days ago": no one unit to count in
            unit, per_coarser = finer
            coarse, fine = (parts.get(0, 0), parts.get(1, 0)) if unit == "month" else (0, parts[_DAY_RANK])
            direction, base = self.lex.OFFSET_WORDS[offset_word]
            spec = Spec(
                "DATE", "shift", unit=unit, amount=direction * (coarse * per_coarser + fine), base=base
            )
            spec.note = f"'{m.group(0)}'"
            spec.counted_offset = True
            if m["amod"]:
                spec.mod = self.lex.PRE_MODIFIERS.get(_BLANKS.sub(" ", m["amod"]))
            return spec
        if self._event_clock_reading(ctx, m.start(), m.end()):
            return None
        # a length, also before "later"/"ago" when it counts hours, as "three hours ago" is read
        return Spec(
            "DURATION",
            "fixed",
            value=value,
            note=f"'{m[extent]}': one length in {len(groups)} units",
            extent_group=extent,
            mod=self.lex.PRE_MODIFIERS.get(_BLANKS.sub(" ", m["amod"])) if m["amod"] else None,
        )

    def h_units_per_period(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "twelve hours a day", "six days a week": a length spent in every longer period is that period
        recurring (SET), as "24 hours a day" is; "two days a minute" or "three years a week" are no rate."""
        spent = self.lex.UNITS.get("day" if m["pods"] else self.lex.UNIT_FORMS[m["u1"]])
        period_unit = self.lex.UNIT_FORMS[m["u2"]]
        period = self.lex.UNITS.get(period_unit)
        if spent is None or period is None:
            return None
        finer, coarser = _COMPOUND_UNIT_RANKS.get(spent), _COMPOUND_UNIT_RANKS.get(period)
        if finer is None or coarser is None or finer <= coarser:
            return None
        code = duration_code(period_unit, 1, self.lex.UNITS)
        if code is None or _OFFSET_AFTER_RATE.match(ctx.low, m.end()):
            return None  # "up from 58 days a year ago": a length, then the date it was measured at
        mod = self.lex.PRE_MODIFIERS.get(m["amod"]) if m["amod"] else None
        if mod is not None and mod not in _BOUND_MODS:
            return None  # "about [39 hours a week]": the gold sets leave a hedge outside a rate (no bound)
        return Spec(
            "SET", "fixed", value=code, mod=mod, note=f"'{m.group(0)}': a length spent every {period_unit}"
        )

    def h_deep_time(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "4.6 billion years ago", "billions of years ago": further back than a TIMEX3 year reaches, the
        past (PAST_REF); "over millions of years", "for tens of thousands of years": millennia, counted
        ("4.6 billion years" is P4600000L) or not (PXL)."""
        mod = (
            "APPROX"
            if m["approx"] or m["some"]
            else self.lex.PRE_MODIFIERS.get(m["bound"])
            if m["bound"]
            else None
        )
        if m["ago"] and mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"):
            # "more than 13 billion years ago" lies before that point, "less than ... ago" after it
            mod = "BEFORE" if mod in ("MORE_THAN", "EQUAL_OR_MORE") else "AFTER"
        if m["vague"] is not None and m["ago"] and m["vscale"] == "thousand":
            return None  # "a few thousand years ago": no year BC to give, and no deep past either
        if m["scale"] is not None:
            if m["scale"] == "thousand" and not m["ago"]:
                return None  # "two thousand years": the rules for counted lengths read it
            count = m["count"]
            amount = float(count) if count[0].isdigit() else float(self.lex.NUMBER_WORDS[count])
            millennia = amount * self.lex.DEEP_TIME_SCALES[m["scale"]] / 1000
            if m["ago"]:
                if millennia < 10:
                    return None  # "about 5,000 years ago": a year BC, as the counted offsets read it
                return Spec("DATE", "fixed", value="PAST_REF", mod=mod, note=f"'{m.group(0)}': the deep past")
            if millennia != int(millennia):
                return None
            return Spec(
                "DURATION", "fixed", value=f"P{int(millennia)}L", mod=mod, note=f"'{m.group(0)}': millennia"
            )
        if m["ago"]:
            return Spec("DATE", "fixed", value="PAST_REF", mod=mod, note=f"'{m.group(0)}': the deep past")
        return Spec(
            "DURATION",
            "fixed",
            value="PXL",
            mod=mod,
            note=f"'{m.group(0)}': an uncounted number of millennia",
        )

    def h_uncounted_offset(self, m: re.Match[str], ctx: Context) -> Spec | None:
        just_before = _WORD_JUST_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start())
        before = just_before.group(1).split("-")[-1] if just_before else ""
        if (
            ctx.low[m.start() - 1 : m.start()] in ("-", "'")  # "man-hours later"
            or before[:1].isdigit()
            or before in self.lex.NUMBER_WORDS
            or before in self.lex.VAGUE_QUANTITIES
            or before in ("few", "more", "other", "-")
        ):
            return None  # a counted amount: the rules for "three days later" read it
        if (
            m["dir"] in ("later", "earlier")
            and (following := _NEXT_WORD.match(ctx.low, m.end())) is not None
            and following.group(1) in self.lex.LATER_PERIOD_OPENERS
        ):
            # "shorten trading hours later this week": "later" opens "later this week", no offset of hours
            return None
        if m["dir"] == "before" and (
            before in self.lex.POSSESSIVE_DETERMINERS or before in ("the", "those", "these")
        ):
            return None  # "in the months before.": a period named by its place, not a length counted back
        # With no count the phrase says only that some units passed: a duration of unknown length,
        # as "several days later" is; "later"/"earlier" are its signal, while TimeML annotators keep
        # "ago" in the extent ("months ago").
        return self._unspecified_length(
            self.lex.UNIT_FORMS[m["unit"]], m.group(0), extent_group=None if m["dir"] == "ago" else "unit"
        )

    def _unspecified_length(self, unit: str, spoken: str, extent_group: str | None = None) -> Spec | None:
        """A DURATION of an unknown number of `unit`s ("for years", "days later"); None for a unit that
        has no duration code."""
        code = duration_code(unit, None, self.lex.UNITS)
        if code is None:
            return None
        return Spec(
            "DURATION",
            "fixed",
            value=code,
            # "an unspecified number of centuries", of days
            note=f"'{spoken}': an unspecified number of "
            + (f"{unit[:-1]}ies" if unit.endswith("y") and unit[-2] not in "aeiou" else f"{unit}s"),
            extent_group=extent_group,
        )

    def h_another_unit(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if (
            m.start() == m.start("body")
            and _OF_FOLLOWS.match(ctx.low, m.end())
            and _PREDICATE_BEFORE.search(ctx.low, max(0, m.start() - 32), m.start())
        ):
            return None  # "2002 will be another year of slow growth", "Friday was just another day of chaos"
        unit = self.lex.UNIT_FORMS[m["unit"]]
        code = duration_code(unit, 1, self.lex.UNITS)
        if code is None:
            return None
        return Spec(
            "DURATION",
            "fixed",
            value=code,
            mod=self.lex.PRE_MODIFIERS.get(m["amod"]) if m["amod"] else None,
            note=f"'{m['body']}': one more {unit}",
            extent_group="body",
        )

    def h_bare_units(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if m["prep"] == "not" and not ctx.low[max(0, m.start() - 3) : m.start()].rstrip(" \t").endswith(","):
            return None  # only the second of a contrast is a length: "in hours, not days"
        if m["prep"] == "last" and (
            _previous_word(ctx.low, m.start()) in self.lex.POSSESSIVE_DETERMINERS
            # "the king's last years": a noun's possessive names whose stage it is, as "his" does
            or _WORD_BEFORE_POSSESSIVE.search(ctx.low, max(0, m.start() - 30), m.start()) is not None
        ):
            return None  # "in his last years": a stage of a life, not the verb "last"
        if (m["prep"] == "last" or " the last " in m.group(0)) and self._of_a_life(ctx, m.end()):
            return None  # "spent the last years of his life": a stage of a life, as "his last years" is
        if (
            " the last " in m.group(0)
            and m["unit"] in ("days", "weeks", "months", "years")
            and _OF_FOLLOWS.match(ctx.low, m.end())
        ):
            return None  # "in the last months of the war": the stage rule takes "the last months" whole
        if m["prep"] == "last" and (
            _sentence_start(ctx.low, m.start())
            or _previous_word(ctx.low, m.start()) in self.lex.LAST_AS_ADJECTIVE_BEFORE
        ):
            # "Last years" heading a section, "the story of the last years": "last" has no subject to be the
            # verb of ("the war would last years"), so it is the adjective of a stage, as "his last years" is
            return None
        if m["prep"] == "by" and not ctx.low.startswith(" of ", m.end()):
            return None  # "ruined by weeks of rain" is a length; "predates it by decades" a margin
        if m["unit"] == "seconds" and m["prep"] not in ("within", "in", "after", "took", "lasted"):
            return None  # "went back for seconds": a second helping; "within seconds" is a length
        if m["unit"] == "hours" and _LAST_HOURS_OF_A_DAY.search(ctx.low, max(0, m.start() - 4), m.end() + 6):
            return None  # "in the last hours of 5 October": the end of that day, as "the early hours of" its start
        # only the unit itself is the expression ("for years": "years"; "over the years": "the years")
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"], extent_group="span")

    def h_bare_units_gapped(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "could take weeks for the water to go down and months to repair the roads": a bare plural unit
        after "and", before "to" and a verb, shares the verb of the length just found, left out."""
        if (
            ctx.prev_rule not in ("bare_units", "bare_units_gapped")
            or not 0 <= m.start() - ctx.prev_end <= 80
        ):
            return None
        if any(mark in ctx.low[ctx.prev_end : m.start()] for mark in ".;:!?\n"):
            return None  # the verb is left out only within its sentence
        if not ctx.low[ctx.prev_end : m.start()].strip(" \t,"):
            return None  # "took years and years to build": one length said twice, no second verb left out
        unit_start = ctx.low.rfind(" ", 0, ctx.prev_end) + 1
        if (
            ctx.prev_rule == "bare_units"  # a link after a gapped one shares the verb that one checked
            and _previous_word(ctx.low, unit_start) not in self.lex.GAPPED_LENGTH_VERBS
        ):
            return None  # "for weeks ... and months to come": only a verb a length is the object of
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"], extent_group="unit")

    def h_bare_units_hedged(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "We will be at this for weeks, maybe months": a hedge right after a bare plural length (a comma
        at most between) raises it to a longer unit, itself a length; "even months later" or "maybe years
        ago" after no such length are left to the other rules."""
        if ctx.prev_rule not in ("bare_units", "bare_units_gapped", "bare_units_hedged"):
            return None
        hedge = self.hedged_second_before.search(ctx.low, max(0, ctx.prev_end), m.start())
        if hedge is None or hedge.start() != ctx.prev_end:
            return None  # only the hedge between: "for weeks, and the union says maybe months" is not one
        if _OFFSET_AFTER.match(ctx.low, m.end()):
            return None  # "weeks, maybe months later": an offset, which the offset rules read
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"], extent_group="unit")

    def h_bare_units_alternative(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "for decades or centuries", "within days or weeks": two bare units joined by "or" after a word
        that makes the first a length are one expression, an uncounted length in the first unit with
        APPROX (TimeML's reading of "weeks or months")."""
        if _BARE_LENGTH_BEFORE_OR.search(ctx.low, max(0, m.start() - 16), m.start()) is None:
            return None
        spec = self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])
        if spec is not None:
            spec.mod = "APPROX"
        return spec

    def h_units_away(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the tanks were hours from the lake", "a deal is days away": a copula before the bare unit."""
        if _COPULA_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start()) is None:
            return None  # "the days away from home": the unit itself is the subject
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])

    def _object_of_past_verb(self, low: str, start: int) -> bool:
        """ "the decision ignored years of warnings": a bare plural unit right after a past verb is its
        object, a length; after an adjective in "-ed" ("the most settled years of the reign") or a verb of
        counting ("counted weeks of dust storms") it is not."""
        verb = _previous_word(low, start)
        if verb in self.lex.LENGTH_OBJECT_VERBS:
            return True  # "ending weeks of speculation", "follows months of talks"
        if not _PAST_VERB_BEFORE_OBJECT.fullmatch(verb) or verb in self.lex.COUNTING_PAST_VERBS:
            return False  # "counted weeks of dust storms": a count of the units
        before_verb = _previous_word(low, low.rfind(verb, 0, start))
        return before_verb not in self.lex.ADJECTIVE_IN_ED_MARKERS

    def h_matter_of_units(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "sold out in a matter of hours": a length of an unknown number of the unit, the phrase whole."""
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])

    def h_bare_units_of_opening(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A bare plural unit opening a sentence before "of" is a length of what it names ("Decades of
        ploughing had stripped the grass"); inside a sentence it needs a preposition ("after decades of"), a
        verb it is the object of, or a noun of what came of it ("the product of months of surveillance")."""
        if self._of_effort_noun_before(ctx.low, m.start()):
            return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])
        if m["unit"] == "hours" and not self._object_of_past_verb(ctx.low, m.start()):
            return None  # "Hours of opening", "the hours of darkness": opening times and parts of a day
        if not _sentence_start(ctx.low, m.start()) and not self._object_of_past_verb(ctx.low, m.start()):
            return None
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])

    def _of_effort_noun_before(self, low: str, start: int) -> bool:
        """ "the product of months of surveillance", "the result of years of neglect": "of" after a noun of
        what came of an effort, right before the bare unit."""
        if _previous_word(low, start) != "of":
            return False
        return _previous_word(low, low.rfind("of", 0, start)) in self.lex.LENGTH_OF_EFFORT_NOUNS

    def h_bare_units_in_custody(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "could face decades in prison", "serving years behind bars": after a verb of a prison term the
        unit is the length ("spent years in prison" is the plain rule's)."""
        if _previous_word(ctx.low, m.start()) not in self.lex.CUSTODY_TERM_VERBS:
            return None  # "the years in prison changed him": the stay itself, named
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])

    def h_bare_units_apart(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A bare plural unit measuring how far apart two events are: "hours before the deadline"."""
        # after punctuation there is no word to count it: "on Friday, hours after the verdict"
        before = _previous_word(ctx.low, m.start())
        if m["unit"] == "seconds" and _SECOND_HELPING_BEFORE.search(
            ctx.low, max(0, m.start() - 20), m.start()
        ):
            return None  # "went back for seconds after the main course": a second helping of food
        if (
            before[-1:].isdigit()
            or before in self.lex.NUMBER_WORDS
            or before in self.lex.VAGUE_QUANTITIES
            or before in self.lex.UNIT_COUNT_WORDS
        ):
            return None  # "two days before", "the days before the vote", "several weeks after"
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])

    def h_bare_units_left(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A bare plural unit still to pass: "has years left to run"; "the days left until the vote" is a
        period named by what remains of it, and "two days left" a counted length read elsewhere."""
        if _previous_word(ctx.low, m.start()) not in self.lex.UNITS_LEFT_LEADS:
            return None
        return self._unspecified_length(self.lex.UNIT_FORMS[m["unit"]], m["unit"])

    def h_the_unit_or_its_half(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the century", and "the second half of the century": the half is the century's or the decade's
        start or end, as with a named one ("the first half of the nineteenth century" is 18 START)."""
        spec = self.h_the_unit(m, ctx)
        if spec is not None and m["halfmod"]:
            spec.mod = self._span_mod(m["halfmod"])
        return spec

    def h_the_unit(self, m: re.Match[str], ctx: Context) -> Spec | None:
        # "rates go up from the same date": the day just named, as "the same day" is
        unit = "day" if m["unit"] == "date" else m["unit"]
        if unit == "quarter" and _next_word(ctx.low, m.end("thebody")) in self.lex.QUARTER_COMPOUND_NOUNS:
            return None  # "the quarter days", "the quarter sessions": a compound, no quarter of a year
        adj = m["adj"]
        adj_words = " ".join(adj.split()) if adj is not None else None
        holiday_weekend = adj_words in self.lex.WEEKDAY_HOLIDAY_LEADS
        if holiday_weekend and unit != "weekend":
            return None  # "the bank holiday week" names no calendar period of its own
        if m["justgone"] and not m["thehalf"]:
            # "the weekend just gone", "in the year just gone": the one that has just ended, as "last
            # week" is, whatever the tense of its clause ("the year and a half just gone" is a length)
            if (
                (adj_words is not None and adj_words not in self.lex.JUST_GONE_ADJECTIVES)
                or m["pmod"]
                or m["halfmod"]
                or unit not in self.lex.JUST_GONE_UNITS
            ):
                return None
            note = f"'the {unit} just gone': the last {unit} before the DCT"
            return Spec(
                "DATE", "shift", unit=unit, amount=-1, base="dct", note=note, extent_group="thephrase"
            )
        if m["thehalf"]:
            # "in the century and a half since then", "the year and a half that followed": a length, as
            # "the past year and a half" is; no calendar unit is meant
            if adj not in (None, "past", "full", "entire", "whole") or unit not in self.lex.UNIT_AND_A_HALF:
                return None
            value = self.lex.UNIT_AND_A_HALF[unit]
            note = f"'the {unit} and a half': a length"
            return Spec("DURATION", "fixed", value=value, note=note, extent_group="thephrase")
        if not m["pmod"] and not adj and _EVERY_UNIT_OF.search(ctx.low, max(0, m.start() - 16), m.start()):
            return None  # "open every day of the year": the whole of any year, said of a standing habit
        if adj == "same" and _repeats_in_longer_unit(ctx.low, m.end("thephrase"), unit):
            return None  # "paid on the same date each month": the day a habit repeats on, no day told before
        if (
            unit == "weekend"
            and adj is None
            and not m["pmod"]
            and self._day_tied_to_date_every_year(ctx, m.start("thephrase"), m.end("thephrase"))
        ):
            # "held every year on the weekend nearest 24 January": a weekend of every year, no one weekend
            note = f"'{m.group('thephrase')}': a weekend tied to a day of every year"
            return Spec("DATE", "fixed", value="XXXX-WXX-WE", note=note, extent_group="thephrase")
        if adj in ("academic", "school") and (unit != "year" or not m["pmod"]):
            return None  # "six weeks into the school year": only its edges ("by the end of the school year") are tagged
        if adj == "long" and unit != "weekend":
            return None  # "the long weekend" is a weekend with a holiday on it; "the long year" is a mood
        if unit == "millennium" and (m["pmod"] is None or _TURN_OF.fullmatch(m["pmod"]) is None):
            if m["pmod"] is None and adj is None and self._millennium_as_point(ctx, m):
                # "until the millennium arrives", "since the millennium": its turn, named without "turn of"
                note = "'the millennium': the turn of the millennium nearest"
                return Spec("DATE", "shift", unit=unit, amount=0, note=note, extent_group="thephrase")
            return None  # "the millennium celebrations", "the millennium bug": things named after it
        if m["ended"] and unit == "quarter":
            quarter_end = self.quarter_ending(ctx, m.end("thephrase"))
            if quarter_end is not None:
                quarter, year, why = quarter_end
                spec = Spec("DATE", "calendar", quarter=quarter, year=year, extent_group="thephrase")
                spec.note = why
                return spec
        if m["ended"] and unit == "year":
            closing = self.period_end_day_rx.match(ctx.low, m.end("thephrase"))
            if (
                closing is not None
                and closing["year"]
                and self.month_of(closing["month"]) == 12
                and closing["day"] == "31"
            ):
                # "for the year ended December 31, 2013": a year closing on 31 December is that calendar
                # year, where one closing on 31 March has no calendar value of its own
                year = self.year_of(closing["year"])
                note = "'the year ended December 31': the calendar year that day closes"
                return Spec("DATE", "calendar", year=year, note=note, extent_group="thephrase")
        if (
            m["ended"]
            and unit != "quarter"
            # "The year ended with a fire": at a sentence's start and with no day after it, a verb
            and not (
                _sentence_start(ctx.low, m.start())
                and m["ended"].split()[0] in ("ended", "ending", "that")
                and self.period_end_day_rx.match(ctx.low, m.end("thephrase")) is None
            )
        ):
            code = {"year": "P1Y", "month": "P1M", "week": "P1W", "day": "P1D"}.get(unit)
            if unit == "decade" and m["ended"].split()[0] in ("to", "through"):
                code = "P10Y"  # "the decade to 2021"; "the decade that ended in 1989" is the 1980s
            if code is None:
                return None
            spec = Spec(
                "DURATION",
                "fixed",
                value=code,
                note=f"'the {unit} ended ...': a {unit}-long period",
                extent_group="thephrase",
            )
            return spec
        if adj in ("whole", "entire") and _previous_word(ctx.low, m.start()) == "for":
            # "baked bread for the whole week", "roped up for the whole day": how long, not which week
            lengths = {
                "year": "P1Y",
                "month": "P1M",
                "week": "P1W",
                "day": "P1D",
                "decade": "P10Y",
                "century": "P100Y",
            }
            if unit in lengths:
                note = f"'for the {adj} {unit}': a {unit}-long length"
                return Spec("DURATION", "fixed", value=lengths[unit], note=note, extent_group="thephrase")
        after = ctx.low[m.end() : m.end() + 12]
        if unit == "year" and adj is None and ctx.low.endswith(" of ", 0, m.start()):
            award = _WORD_BEFORE_OF.search(ctx.low, max(0, m.start() - 24), m.start())
            if (
                award is not None
                and award.group(1) in self.lex.AWARD_TITLE_NOUNS
                and not self._ranked_within(ctx.low, m.start())  # "his 20th goal of the year"
                # "the best-loved film of the year", "the finest book of the year": a superlative ranks it
                and not self._superlative_before(ctx.low, award.start(1))
            ):
                return None  # "named player of the year": a title, not a time
        if (
            unit in ("decade", "century")
            and adj is None
            and not m["pmod"]
            and _next_word(ctx.low, m.end()) in ("after", "before", "between")
            and _previous_word(ctx.low, m.start()) in ("in", "during", "over", "throughout", "for")
        ):
            # "In the decade after the first epidemic", "in the decade between": ten years counted from an
            # event, as "the decade between" two years is, not the decade the story stands in
            code = "P10Y" if unit == "decade" else "P100Y"
            note = f"'{m.group('thephrase')}' before '{_next_word(ctx.low, m.end())}': a {unit}-long length"
            return Spec("DURATION", "fixed", value=code, note=note, extent_group="thephrase")
        if (
            re.match(r"\s*(?:before|after|earlier|later|ago|of|in|when|that)\b", after)
            and unit != "quarter"
            # "will step down at the end of the fiscal year after eight years in the job": a length
            # follows "after", an expression of its own, not an event the year is counted from
            and not (
                (m["pmod"] or adj)
                and after.lstrip().startswith(("after ", "before "))
                and self._length_follows(ctx.low, m.end())
            )
            # "her second title of the year after the Australian Open", "the hottest day of the year in
            # London": a ranking within the period, which the words after go on to qualify
            and not (
                unit in ("week", "month", "year")
                and adj is None
                and not m["pmod"]
                and ctx.low.endswith(" of ", 0, m.start())
                and self._ranked_within(ctx.low, m.start())
            )
            # "over the weekend in Paris": a place follows; "the year in which" is a relative clause
            and not (unit == "weekend" and re.match(r"\s+in\s+(?!which\b|whose\b)", after))
            # "said over the weekend that he would...", "resumed over the weekend when the court...":
            # a clause with its own subject follows the idiom, not a relative clause on "weekend"
            and not (unit == "weekend" and self._weekend_then_clause(ctx, m.start(), m.end()))
            # "arrested 23 people over the weekend after a series of fights": "after" gives the cause;
            # an event told with "a" names no day for a weekend to be counted from
            and not (
                unit == "weekend"
                and _previous_word(ctx.low, m.start()) == "over"
                and re.match(r"\s+after\s+an?\s", after)
            )
            # "the fiscal year that begins Oct. 1": the relative clause says which year of account
            and not (
                adj == "fiscal"
                and re.match(r"\s+that\s+(?:begins|began|starts|started)\b", ctx.low[m.end() : m.end() + 24])
            )
            # "will report results for the full year in late January": no year lies within a month, so
            # "in" and a month tell when the act is done, not which year
            and not (unit == "year" and adj is not None and self._month_after_in(ctx.low, m.end()))
        ):
            return None
        if (
            unit in ("week", "month", "year")
            and adj is None
            and not m["pmod"]
            and _next_word(ctx.low, m.end()) in self.lex.SUBJECT_PRONOUNS
        ):
            # "named for the year she left Glasgow": a relative clause without "that" says which year
            # ("During the week I work" opens a sentence with the time, then its subject)
            lead = _previous_word(ctx.low, m.start("thephrase"))
            if not _sentence_start(ctx.low, m.start("thephrase") - (len(lead) + 1 if lead else 0)):
                return None
        # "The Dow ended the day up 40 points", "stocks closed the week lower": a figure's change over the
        # period its verb bounds, the one the story is telling
        figure_bound = (
            adj is None
            and not m["pmod"]
            and unit in ("day", "week", "month", "year")
            and _previous_word(ctx.low, m.start()) in self.lex.YEAR_BOUNDING_VERBS
            and _FIGURE_CHANGE_AFTER.match(ctx.low, m.end()) is not None
        )
        # "earlier in the day", "later in the day": the day the story is telling, the modifier kept in
        day_in_context = unit == "day" and (
            m["pmod"] in ("earlier in", "later in", "early in", "late in")
            or bool(_LATER_IN.search(ctx.low, max(0, m.start() - 14), m.start()))
            or figure_bound
        )
        if unit == "day" and adj not in ("same",) and not day_in_context:
            return None
        subject_tense = None
        if unit in ("week", "month", "year", "decade", "century") and adj is None and not m["pmod"]:
            before = _previous_word(ctx.low, m.start())
            subject_tense = self._period_as_subject(ctx, m)
            if subject_tense is None and before in self.lex.PERIOD_LIMIT_WORDS:
                # "to land a man on the Moon before the decade was out": the period in context, the
                # subject of the clause that closes it
                verb = (
                    _SENTENCE_WORD.match(ctx.low, m.end() + 1) if ctx.low.startswith(" ", m.end()) else None
                )
                subject_tense = self.lex.PERIOD_SUBJECT_VERBS.get(verb.group(0)) if verb else None
            # "The week's gain was the first since November": a possessive names the period itself
            possessive = ctx.low.startswith(("'s ", "\u2019s "), m.end())
            if (
                subject_tense is None
                and not possessive
                and not figure_bound
                and before
                not in (
                    "for",
                    "in",
                    "during",
                    "over",
                    "through",
                    "throughout",
                    "earlier",
                    "later",
                    "this",
                    "of",
                    "into",
                    "since",
                )
            ):
                return None
        previous = ctx.prev_spec
        if (
            unit == "year"
            and adj is None
            and not m["pmod"]
            and previous is not None
            and previous.kind == "calendar"
            and previous.year is not None
            and previous.month is None
            and previous.season is None
            and previous.quarter is None
            and previous.half is None
            and (
                (ctx.low.endswith(" of ", 0, m.start()) and self._ranked_within(ctx.low, m.start()))
                or _previous_word(ctx.low, m.start()) in self.lex.YEAR_THROUGHOUT_PREPOSITIONS
            )
            and not _SENTENCE_BOUNDARY.search(ctx.low, max(ctx.prev_end, 0), m.start())
        ):
            # "We finished 2014 with our strongest quarter of the year": a ranking within the year the
            # sentence has just named, not within the current one; so is "rises in 2014 will cost £50
            # million over the year": the year the sentence is about
            note = f"'{m.group('thephrase')}': the year just named"
            return Spec("DATE", "calendar", year=previous.year, note=note, extent_group="thephrase")
        spec = Spec(
            "DATE",
            "shift",
            unit=unit,
            amount=0,
            # "The year opened with a strike": a past-tense story's year; "The year is not over": now's
            base="ref"
            if adj == "same" or day_in_context or figure_bound or subject_tense == "past"
            else "dct",
            note=f"'{m.group('thephrase')}': the current {unit}",
            extent_group="thephrase",
        )
        if (
            unit == "weekend"
            and adj is None
            and _next_word(ctx.low, m.end()) in self.lex.QUALIFIED_BY_PART_OF_DAY
        ):
            spec.extent_group = "unit"  # "the weekend storm": the article belongs to "storm"
        if holiday_weekend:
            spec.extent_group = "afterthe"  # "the [bank holiday weekend]", as "the [Easter weekend]"
        if adj == "latest" and unit in ("week", "month", "year") and spec.base == "dct":
            # "fund assets rose in the latest week": figures are reported for a period that has ended,
            # as "the latest quarter" is the last completed one
            spec.amount = -1
            spec.note = f"'{m.group('thephrase')}': the last whole {unit} before now"
        if m["pmod"] == "end":
            # "expects prices to end the year lower": the verb and its object, as the modifier "end"
            # takes no article ("end June", "end-2024")
            spec.extent_group, spec.note = "thebody", f"'{m.group('thebody')}': the current {unit}"
        elif m["pmod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])
            if unit in ("century", "millennium") and _TURN_OF.fullmatch(m["pmod"]):
                # the turn of the century is the years around a hundredth year, not a century's start
                spec.mod, spec.note = "APPROX", f"'{m.group('thephrase')}': the nearest turn of a {unit}"
        return spec

    def _millennium_as_point(self, ctx: Context, m: re.Match[str]) -> bool:
        """Whether a bare "the millennium" is a point in time: the subject of a verb of arrival ("as the
        millennium approaches") or the object of a temporal preposition with no noun after it ("until
        the millennium.", "since the millennium,")."""
        after = _next_word(ctx.low, m.end())
        if after in self.lex.MILLENNIUM_ARRIVAL_VERBS:
            return True
        before = _previous_word(ctx.low, m.start("the"))
        return after == "" and before in self.lex.MILLENNIUM_POINT_PREPOSITIONS

    def _names_days_event(self, text: str, end: int) -> bool:
        """Whether the capitalised words after a weekday's "'s" (and the word after them) name an event."""
        words = _EVENT_NAME_AFTER_DAY.match(text, end)
        return words is not None and any(
            word.lower() in self.lex.DAY_EVENT_WORDS for word in words.group(0)[2:].split()
        )

    def _century_of_runs(self, low: str, start: int, end: int) -> bool:
        """ "scored a century on the third day", "3,612 runs, including eight centuries": in cricket a
        century is a hundred runs, after a verb of scoring or in a sentence of batting."""
        if low.startswith(" of ", end):
            return False  # "made a century of progress possible": a length of time
        previous = _previous_word(low, start)
        if previous in self.lex.CENTURY_OF_RUNS_LEADS:
            return True
        if previous in self.lex.CENTURY_LENGTH_LEADS:
            return False  # "the batsmen had played on that green for two centuries": a length of time
        sentence = _sentence_around(low, start, end)
        return _RUNS_COUNTED.search(sentence) is not None or not self.lex.CENTURY_OF_RUNS_WORDS.isdisjoint(
            _SENTENCE_WORD.findall(sentence)
        )

    def _game_report(self, low: str) -> bool:
        """Whether a text reports a game: several distinct words of play, and none of business."""
        if self._game_report_memo[0] is not low:
            report = False
            if self._reporting_word.search(low) is None:  # business copy stops here, early
                seen: set[str] = set()
                for word in self._sport_word.finditer(low):
                    seen.add(word.group(0))
                    if len(seen) >= _GAME_REPORT_WORDS:
                        report = True
                        break
            self._game_report_memo = (low, report)
        return self._game_report_memo[1]

    def _length_follows(self, low: str, end: int) -> bool:
        """Whether the word after "after" or "before" at `end` counts units ("after eight years",
        "before 20 years"), not an event or a year ("after the merger", "after 1990")."""
        length = _COUNT_THEN_UNIT_AFTER_LINK.match(low, end)
        return length is not None and (
            length["digits"] is not None or length["word"] in self.lex.NUMBER_WORDS
        )

    def _superlative_before(self, low: str, start: int) -> bool:
        """Whether one of the three words before `start` in its sentence is a superlative ("finest",
        "best-loved", "most-watched"), not a word in -est that is none ("the harvest")."""
        reach = max(0, start - 32)
        reach = max(reach, *(low.rfind(mark, reach, start) + len(mark) for mark in (". ", "? ", "! ", "\n")))
        for word in _RANKING_TOKEN.findall(low, reach, start)[-3:]:
            head = word.split("-")[0]
            if head in self.lex.RANKING_WORDS or (
                len(head) > 4 and head.endswith("est") and head not in self.lex.NOT_SUPERLATIVES_IN_EST
            ):
                return True
        return False

    def _ranked_within(self, low: str, start: int) -> bool:
        """Whether "of" before `start` closes a ranked noun phrase: "her second Grand Slam title of",
        "the hottest day of", "the last game of"."""
        reach = max(0, start - 48)
        # the ranked phrase is in the sentence: "died last April. Record of the year went to" has none
        reach = max(
            reach, *(low.rfind(mark, reach, start - 4) + len(mark) for mark in (". ", "? ", "! ", "\n"))
        )
        words = _RANKING_TOKEN.findall(low, reach, start - 4)[-5:]
        return any(
            word in self.lex.ORDINALS or word in self.lex.RANKING_WORDS or _NUMERAL_ORDINAL.fullmatch(word)
            for word in words
        )

    def h_mid_century(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "By mid-century the field had grown", "net zero by mid-century": the middle of the century in
        context, as "the middle of the century" is; "mid-century modern" names a style of design. "By
        mid-decade the cities had grown": the middle of the decade in context, likewise."""
        unit = m["midunit"].lower()
        if unit == "century" and _next_word(ctx.low, m.end()) in self.lex.STYLE_AFTER_MID_CENTURY:
            return None
        note = f"'{m.group(0)}': the middle of the current {unit}"
        return Spec("DATE", "shift", unit=unit, amount=0, mod="MID", note=note)

    def _period_as_subject(self, ctx: Context, m: re.Match[str]) -> str | None:
        """ "The year opened in grief", "The week is not over yet": a period opening its sentence as
        the subject of a verb is the one in context; the verb's tense ("past", "present") or None."""
        tenses: dict[str, str] = self.lex.PERIOD_SUBJECT_VERBS
        if not _sentence_start(ctx.low, m.start()):
            # "It was the year the rivers ran dry": a cleft naming the period in context
            cleft = _CLEFT_BEFORE.search(ctx.low, max(0, m.start() - 16), m.start())
            if cleft is None or not _sentence_start(ctx.low, cleft.start()):
                return None
            return tenses.get(cleft.group("verb"))
        end = m.end("thephrase")
        verb = _SENTENCE_WORD.match(ctx.low, end + 1) if ctx.low[end : end + 1] == " " else None
        return tenses.get(verb.group(0)) if verb else None

    def _weekend_then_clause(self, ctx: Context, start: int, end: int) -> bool:
        """ "over the weekend that he ..." / "over the weekend when the ...": the weekend of the idiom,
        followed by a that- or when-clause, not a relative clause on "weekend"."""
        if _previous_word(ctx.low, start) not in self.lex.WEEKEND_IDIOM_PREPOSITIONS:
            return False
        return self._clause_opens(ctx, end, "that|when")

    def _opens_sentence_before_pluperfect(self, ctx: Context, m: re.Match[str]) -> bool:
        """ "The day before General Walker had been killed ...": a sentence that opens with "the day
        before" and goes straight on to a past-perfect clause looks back from the story's day; the
        clause is the sentence's own, not what the day is before (that reads "the day before he died,
        ...", in the simple past)."""
        if re.search(r"(?:^|[.!?]\s+|\n\s*)$", ctx.text[max(0, m.start() - 3) : m.start()]) is None:
            return False
        return re.match(r"\s[^.;:!?]{1,80}?\bhad\s+[a-z]+", ctx.low[m.end() : m.end() + 100]) is not None

    def _closes_pluperfect_relative(self, ctx: Context, m: re.Match[str]) -> bool:
        """ "the papers that had praised the trial the day before called it dangerous": "the day before"
        closing a relative clause in the past perfect, the main verb in the past right after it ("blamed",
        "took"), looks back from the story's day; the verb is no event the day is before ("the day before Ted
        arrived", "the day before red flags flew": a name or a word merely ending in "-ed" is no verb)."""
        return past_verb_form(_next_word(ctx.low, m.end())) and (
            _PLUPERFECT_RELATIVE_BEFORE.search(ctx.low, max(0, m.start() - 80), m.start()) is not None
        )

    def _clause_opens(self, ctx: Context, end: int, connectives: str) -> bool:
        """A clause opens at `end` with one of `connectives` and then its subject (a pronoun, a
        determiner, a name or a number): "... that he would", "... when the court ruled"."""
        clause = re.match(rf"\s+(?:{connectives})\s+([A-Za-z]+|\d)", ctx.text[end : end + 40])
        if clause is None:
            return False
        subject = clause[1]
        return (
            subject.lower() in self.lex.SUBJECT_PRONOUNS
            or subject.lower() in self.lex.NOUN_DETERMINERS
            or subject.lower() in self.lex.POSSESSIVE_DETERMINERS
            or subject.lower() in self.lex.NUMBER_WORDS
            or subject[0].isupper()
            or subject.isdigit()
        )

    def _dotted_time_closing_a_clause(self, ctx: Context, start: int) -> bool:
        """ "We had breakfast at 7.30, and", "leaves Oban at 7.15 and takes five hours", "Dinner is at
        8.15.": a dotted hour of one to twelve after "at" that closes its clause is a clock time where "at"
        follows a verb of setting off, arriving or starting (past one capitalised place name) or a thing
        held at an hour; "the pound was at 1.25.", "shares closed at 7.30." are amounts."""
        low = ctx.low
        dot = low.index(".", start)
        if not 1 <= int(low[start:dot]) <= 12:
            return False
        lead = _previous_word(low, start)
        if lead != "at":
            # "Hot food until 8.30.": a kitchen's last call; "Breakfast is served until 9.30.": a meal's
            if last_call_before(low, start, self.lex) or day_meal_served_until(low, start, self.lex) != "":
                return True
            # "Be there by 8.45.", "We stayed until 2.30.": a deadline or an end closing its clause, unless
            # the clause tells of a level or its change ("fell by 2.30.", "was cut by 4.15."); what is served
            # until an hour is the meal's reading above, which leaves one day's ("was served until 9.45.")
            if lead != "by" and lead not in self.lex.BARE_HOUR_CLOSING_LEADS:
                return False
            before = _previous_word(low, low.rfind(lead, 0, start))
            return (
                before not in self.lex.CHANGE_BY_WORDS
                and before != "served"
                and not self._dotted_amount_clause(low, start)
            )
        if _FIGURE_CHANGE_FROM_AFTER.match(low, dot + 3):
            return False  # "Lunch was at 7.50, up from 6.20.": a price and the one it rose from
        at = low.rfind("at", 0, start)
        if self._performance_clause_before(low, at):
            # "The concert on Friday begins at 7.30.": an evening hour, which h_performance_dotted_hour reads
            return False
        word, subject = self._word_and_subject_before_at(ctx, at)
        if word in _COPULAS:
            return subject in self.lex.SCHEDULED_EVENT_NOUNS or last_call_at(low, at, self.lex)
        if word == "serving":
            return last_call_at(low, at, self.lex)  # "The pub stops serving at 10.30."
        return (
            word in self.lex.SCHEDULED_EVENT_NOUNS
            or (
                word in self.lex.LATENESS_MARGIN_VERBS
                and word.isalpha()
                and word not in ("off", "up", "back")
                # "Tickets start at 7.50, and", "fares begin at 2.15": what is sold starts at a price
                and subject not in self.lex.PRICED_AT_NOUNS
            )
        ) and not self._dotted_amount_clause(low, start)

    def _word_and_subject_before_at(self, ctx: Context, at: int) -> tuple[str, str]:
        """The word before the "at" at `at` (past one capitalised place name: "leaves Oban at") and the word
        before that ("Dinner [is] at", "[Dinner] at")."""
        low = ctx.low
        word = _previous_word(low, at)
        if word and ctx.text[at - 1 - len(word)].isupper() and at - 1 - len(word) > 0:
            word = _previous_word(low, at - 1 - len(word))  # "leaves Oban at 7.15"
        if not word:
            return word, ""
        subject_end = low.rfind(word, 0, at)
        subject = _previous_word(low, subject_end)
        if word == "be" and subject in self.lex.PLAN_MODALS:
            # "Dinner will be at 7.30": the thing held stands before the modal
            subject_end = low.rfind(subject, 0, subject_end)
            subject = _previous_word(low, subject_end)
        hyphen = low.rfind(subject, 0, subject_end) - 1
        if subject and hyphen > 0 and low[hyphen] == "-":
            # "Kick-off is at 3.00", "the lunch-time talk is at": a hyphened noun is one word
            subject = _previous_word(low, hyphen) + "-" + subject
        return word, subject

    def _dotted_held_hour(self, ctx: Context, start: int, hour: int) -> int:
        """The hour of a dotted clock time closing its clause after what is held at it ("Dinner is at
        8.15.", "Lunch is at 1.15."): an evening meal or gathering is held in the evening, and one to five
        with no morning told are the afternoon's, as bare hours are; "Breakfast is at 7.30." stays."""
        if ctx.low[start] == "0":
            return hour  # "at 09.30.": a 24-hour clock says its half
        if _previous_word(ctx.low, start) != "at":
            meal = day_meal_served_until(ctx.low, start, self.lex)
            if meal and meal not in self.lex.MORNING_MEALS:
                # "Lunch is served until 2.30": a midday meal runs into the afternoon, not the small hours
                return hour + 12 if 1 <= hour <= _MIDDAY_MEAL_LAST_HOUR else hour
            # "until 11.30." names no thing held; "Food is served until 8.30." a kitchen's last call
            if 1 <= hour <= 11 and last_call_before(ctx.low, start, self.lex):
                return hour + 12
            return self._afternoon_hour(ctx.low, start, hour)  # "be there by 4.30"
        word, subject = self._word_and_subject_before_at(ctx, ctx.low.rfind("at", 0, start))
        held = subject if word in _COPULAS else word
        if held in self.lex.MORNING_MEALS:
            return hour
        if 5 <= hour <= 11 and held in self.lex.EVENING_CUE_WORDS:
            return hour + 12
        if (
            5 <= hour <= 11
            and subject == "doors"
            and not self.lex.PERFORMANCE_NOUNS.isdisjoint(
                near := _WORDS.findall(ctx.low, max(0, start - _DOORS_SHOW_REACH), start + _DOORS_SHOW_REACH)
            )
            and self.lex.DAYTIME_SHOW_WORDS.isdisjoint(near)
        ):
            # "Doors open at 7.30 and the band is on at 8.15", "The show starts at 8. Doors open at 7.15":
            # a venue opens its doors for a performance, in the evening ("Doors open at 7.30" alone may be
            # a shop's, in the morning; "The lunchtime concert starts at 12.30. Doors open at 11.45" and a
            # matinee's doors keep the morning)
            return hour + 12
        if 1 <= hour <= 11 and last_call_at(ctx.low, ctx.low.rfind("at", max(0, start - 4), start), self.lex):
            # "Last orders are at 10.30", "Last entry is at 4.45": the cut-off before a place closes, late
            # in its day, never an hour after it opens
            return hour + 12
        return self._afternoon_hour(ctx.low, start, hour)

    @staticmethod
    def _afternoon_hour(low: str, start: int, hour: int) -> int:
        """One to five with no morning nor small hours told before them are the afternoon's, as bare hours
        are."""
        if 1 <= hour <= 5 and not SMALL_HOURS_CUE.search(low, max(0, start - 80), start):
            return hour + 12
        return hour

    def _dotted_amount_clause(self, low: str, start: int) -> bool:
        """Whether the clause before a dotted figure holds a verb of a level or its change ("shares rose
        to 18.00", "the price climbed to 21.30 tonight"), which makes the figure an amount."""
        clause = low[max(0, start - 50) : start]
        clause = clause[max(clause.rfind(". "), clause.rfind(";"), clause.rfind(", ")) + 1 :]
        return any(word in self.lex.DOTTED_AMOUNT_VERBS for word in _WORDS.findall(clause))

    def _dotted_24_hour_clock(self, m: re.Match[str], ctx: Context) -> bool:
        """ "from 09.00 to 18.00", "at 11.30 on Sunday", "at 19.30 each evening": a dotted reading with a
        two-digit hour after a clock's preposition is a 24-hour clock when its hour is written with a
        leading zero, when a day follows it or when it opens or closes a range of such readings; "rose
        to 18.00", "the index at 11.30" stay amounts."""
        start = m.start("hourk")
        lead = _word_before_hedge(ctx.low, start, self.lex.CLOCK_HEDGES)
        if lead not in self.lex.CLOCK_PREPOSITIONS:
            return False
        level = _LEVEL_AT_BEFORE.search(ctx.low, max(0, start - 30), start)
        if level is not None and level[1] in self.lex.LEVEL_VERBS and level[1] not in _COPULAS:
            return False  # "the pound stood at 11.25": a level
        if (
            (priced := _PRICED_AT_BEFORE.search(ctx.low, max(0, start - 40), start)) is not None
            and priced[1] in self.lex.PRICED_AT_NOUNS
            and not _DOTTED_CLOCK_DAY_AFTER.match(ctx.low, m.end("minutek"))
        ):
            return False  # "Tickets at 12.50", "Seats at 10.50 and 12.50": prices
        if self._dotted_amount_clause(ctx.low, start) and not (
            # "shares rose sharply at 10.30 on Monday", "fell 3 per cent at 14.15 on Monday": "at" after
            # a change told to its end, with a day after the figure, tells when the change came; "closed
            # at 10.30 on Monday", "ended the session at 12.40 on Friday" give the level
            level is not None
            and (
                level[1] in self.lex.DOTTED_CHANGE_DONE_AT_WORDS
                or (level[1].endswith("ly") and level[1] not in self.lex.DOTTED_CHANGE_NOT_MANNER)
            )
            and _DOTTED_CLOCK_DAY_AFTER.match(ctx.low, m.end("minutek"))
        ):
            return False  # "shares rose to 18.00", "fell from 10.50 to 12.30 euros": amounts
        if ctx.low.startswith(".", m.end("minutek")) and _DOTTED_DAY_MONTH_AFTER.match(
            ctx.low, m.end("minutek")
        ):
            return False  # "from 28.02. to 02.03.": days and months, each closed by a dot
        end = m.end("minutek")
        close = _DOTTED_CLOCK_RANGE_CLOSE.match(ctx.low, end)
        if self.dotted_amount_unit_after_rx.match(ctx.low, close.end() if close is not None else end):
            return False  # "the yield moved from 09.50 to 10.25 percent": amounts with their unit
        return bool(
            m["hourk"].startswith("0")
            or _DOTTED_CLOCK_DAY_AFTER.match(ctx.low, end)
            or _DOTTED_CLOCK_RANGE_CLOSE.match(ctx.low, end)
            or _DOTTED_CLOCK_RANGE_OPEN.search(ctx.low, max(0, start - 20), start)
            # "Lunch is at 12.30.", "Dinner at 10.15, and": a two-digit hour closing its clause after what
            # is held at an hour, as a one-digit hour is (the clock pattern's `dend`)
            or (_DOTTED_CLAUSE_CLOSE.match(ctx.low, end) and self._dotted_time_closing_a_clause(ctx, start))
            # "The battle began at about 11.30" in a text that writes its clock dotted ("at 1.30 p.m."):
            # the text's own way of writing the time of day ("tickets at 10.50 each" is a price)
            or (not _AMOUNT_APIECE_AFTER.match(ctx.low, end) and self._writes_dotted_meridiem(ctx.low))
        )

    def _writes_dotted_meridiem(self, low: str) -> bool:
        """Whether the text writes a dotted clock with "a.m." or "p.m." ("at 1.30 p.m."): looked for once a
        text, not at each dotted figure of it."""
        if self._dotted_meridiem_memo[0] is not low:
            self._dotted_meridiem_memo = (low, _DOTTED_MERIDIEM_CLOCK.search(low) is not None)
        return self._dotted_meridiem_memo[1]

    def _clock(self, m: re.Match[str]) -> str | None:
        if m.groupdict().get("hourx") is not None:
            hour = int(m["hourx"])
            return f"{hour:02d}:00" if 1 <= hour <= 12 else None
        if m.groupdict().get("hourd") is not None:
            hour = int(m["hourd"])
            # "at 20.00 tonight": a two-digit hour past noon is a 24-hour clock's
            return f"{hour:02d}:{m['minuted']}" if 1 <= hour <= 23 else None
        if m.groupdict().get("hourh") is not None:
            return f"{int(m['hourh']):02d}:{m['minuteh'] or '00'}"
        if m.groupdict().get("hourk") is not None:
            return f"{m['hourk']}:{m['minutek']}"
        if m.groupdict().get("hourw") is not None:
            minute = self.lex.CLOCK_MINUTE_WORDS[m["minw"]] if m["minw"] else 0
            if m.groupdict().get("minx"):
                minute = self.lex.CLOCK_SPOKEN_MINUTES[" ".join(m["minx"].split())]
            word_hour = int(self.lex.CLOCK_HOUR_WORDS[m["hourw"]])
            half = m.groupdict().get("wampm") or m.groupdict().get("minampm") or m.groupdict().get("minxampm")
            if half:
                word_hour = word_hour % 12 + (12 if half.startswith("p") else 0)
            return f"{word_hour:02d}:{minute:02d}"
        if m["hour24"] is not None:
            hour, minute = int(m["hour24"]), int(m["minute24"])
            if hour > 24:
                return None
            if m.groupdict().get("second24"):
                return f"{hour:02d}:{minute:02d}:{m['second24']}"  # "at 01:23:40": a reading to the second
            return f"{hour:02d}:{minute:02d}"
        hour = int(m["hour"])
        minute = int(m["minute"]) if m["minute"] else 0
        ampm = (m["ampm"] or "").replace(" ", "")
        if not 1 <= hour <= 12:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if m.groupdict().get("second"):
            return f"{hour:02d}:{minute:02d}:{m['second']}"
        return f"{hour:02d}:{minute:02d}"

    def h_listed_clock(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A listing's entry "10.30, Time Signal." after an entry with its clock time in the same
        paragraph: the first reading of the hour not before the entry above it ("12.30 p.m., Band. 1.30,
        Gardening." is half past one in the afternoon)."""
        previous = ctx.prev_spec
        if (
            previous is None
            or previous.type != "TIME"
            or not _LISTED_CLOCK_POD.fullmatch(previous.pod or "")
            or not 0 <= m.start() - ctx.prev_end <= _LISTING_ENTRY_REACH
            or "\n\n" in ctx.low[ctx.prev_end : m.start()]
            or not ctx.text[m.end() + 1 : m.end() + 8].lstrip(" \t\"'\u201c\u2018")[:1].isupper()
        ):
            return None
        hour, minute = int(m["lhour"]) % 12, int(m["lminute"])
        listed_before = int(previous.pod[:2]) * 60 + int(previous.pod[3:5])  # type: ignore[index]
        if hour * 60 + minute < listed_before:
            hour += 12
        if hour * 60 + minute < listed_before:
            return None  # earlier than the entry above on either reading: no listing's run
        spec = Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:{minute:02d}")
        spec.note = "a listing's entry, on from the clock time of the entry above"
        return spec

    def h_clock(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word_before = _previous_word(ctx.low, m.start())  # asked by several checks below: read once
        if (
            (m["inthe"] or m["tday"])
            and ctx.text[m.end("clockcore") : m.end()].lstrip(" \t,")[:1].isupper()
            and (_opens_line(ctx.low, m.start()) or self._after_entry_label(ctx.low, m.start()))
            and self.clock_opening_line(ctx, m.start()) is not None
        ):
            # "19:20 Tomorrow is Halloween": a post's own stamp, then a sentence opening on a day word
            alone = m.re.match(ctx.low, m.start(), m.end("clockcore"))
            shrunk = self.h_clock(alone, ctx) if alone is not None else None
            if shrunk is not None:
                shrunk.extent_group = "clockcore"
            return shrunk
        # "the midnight sun", "the 6pm sun": a name-like short weekday in lower case is the noun
        sun_in_lower_case = bool(m["tweekday"]) and (
            m["tweekday"].rstrip(".") in self.lex.NAME_LIKE_WEEKDAYS
            and ctx.text[m.start("tweekday")].islower()
        )
        if sun_in_lower_case and m["named"]:
            return None  # "the midnight sun", "out of the midday sun": the sun's height at that hour, no time
        if sun_in_lower_case or (
            m["tweekday"]
            and m["tweekday"] in self.lex.AMBIGUOUS_WEEKDAYS
            and _next_word(ctx.low, m.end()) in self.lex.WORDS_AFTER_THE_SUN
        ):
            # "Lighting-up time to-day: 5.58 p.m. Sun rises 7.29 a.m.": the sun, not Sunday
            alone = m.re.match(ctx.low, m.start(), m.end("clockcore"))
            shrunk = self.h_clock(alone, ctx) if alone is not None else None
            if shrunk is not None:
                shrunk.extent_group = "clockcore"
            return shrunk
        if m["named"]:
            clock = str(self.lex.PARTS_OF_DAY[m["named"]])
            if word_before == "high":
                return None  # "high noon": an idiom
            if m["named"] == "midnight" and _next_word(ctx.low, m.end()) in self.lex.MIDNIGHT_RITE_NOUNS:
                return None  # "moved midnight mass to 10pm": the rite's name, whatever its hour
        elif m["milh"] and m["milbare"] is not None:
            if not self.military_clock(ctx.low, m.start("milh"), m.end("milm")):
                return None
            if _year_after_coarse_date(ctx, m.start("milh"), m.end("milm")):
                return None  # "repaired over the following winter and served until 2004": a year
            clock = f"{m['milh']}:{m['milm']}"
        elif m["milh"]:
            if len(m["milh"]) == 1 and not m["mildot"]:
                return None  # "830 GMT": four digits or a dotted time ("9.15 GMT")
            if (
                m["mildot"]
                and word_before not in self.lex.CLOCK_PREPOSITIONS
                and not 0 <= m.start() - ctx.prev_end <= 2
            ):
                return None  # "the index rose 2.30 GMT": an amount; "at 9.15 GMT", "3 Feb 2022 09.15 GMT": a time
            if not (ctx.text[m.start("tz")].isupper() or m["tz"].startswith("local")):
                return None  # "1900 est." or "2000 ct": a zone is written in capitals
            if m["tz"].split()[0] in self.lex.TIME_ZONES_ALSO_PEOPLES and (
                not (
                    ctx.low[max(0, m.start() - 1) : m.start()] == "("
                    or word_before in self.lex.CLOCK_PREPOSITIONS
                )
                or _next_word(ctx.low, m.end("tz")) not in self.lex.TIME_ZONE_PEOPLE_FOLLOWERS
            ):
                return None  # "in 1838 Zulu forces": a year and a people; "at 1935 Zulu" is a time
            clock = f"{int(m['milh']):02d}:{m['milm']}"
            if ctx.low[max(0, m.start() - 1) : m.start()] == "(" and not (
                m["tday"] or m["tweekday"] or m["tmonth2"]
            ):
                # "10:35 a.m. (0735 GMT)": the same time restated in another zone; "4:17 a.m. (2117 GMT
                # Tuesday)" names the other zone's day, which midnight between the zones changes
                return self._clock_restated_in_zone(m, ctx, clock)
        else:
            if (
                m["hour24"] is not None
                and m["tz"] is None
                and not m["tday"]
                and not m["tweekday"]
                and not m["inthe"]  # "10:30 in the morning"
            ):
                before = ctx.low[max(0, m.start() - 3) : m.start()]
                if not (
                    before.endswith("at ")
                    or before.rstrip().endswith("@")  # "Wed @ 8:30"
                    # "we land like 9:15", "til 10:30"
                    or word_before in self.lex.BARE_HOUR_LEADS
                    or word_before in self.lex.COLON_CLOCK_LEADS  # "since 03:30"
                    or self._almanac_label_before(ctx.low, m.start(), word_before)  # "Sunrise 07:55"
                    # "in time for the 15:25 train to Leeds": a service named by its time
                    or (
                        word_before == "the"
                        and _next_word(ctx.low, m.end()) in self.lex.TIMETABLED_SERVICE_NOUNS
                    )
                    # "Time seen: 01:15", "Addendum 08:40:": a note's time label opening the line
                    or self._clock_after_line_label(m, ctx)
                    or _colon_clock_in_range(m, ctx)
                    or self._colon_clock_after_its_day(m, ctx)
                    or self.chat_stamp(ctx, m.start())
                    # "21:45" alone on its line above a live page's entry: the entry's own time stamp;
                    # "11:30 Brass band" under a programme's day heading: the time of that day
                    or (
                        (
                            _opens_line(ctx.low, m.start())
                            # "Updated 14:20: the warning ...": a label before a post's stamp
                            or self._after_entry_label(ctx.low, m.start())
                        )
                        and self.clock_opening_line(ctx, m.start()) is not None
                    )
                ):
                    return None
            if (
                m["hourd"]
                and _word_before_hedge(ctx.low, m.start("hourd"), self.lex.CLOCK_HEDGES)
                not in self.lex.CLOCK_PREPOSITIONS
            ):
                return None  # "at 11.55 in the morning" is a time; "rose 3.15 in the morning" an amount
            if m["dend"] is not None and not self._dotted_time_closing_a_clause(ctx, m.start("hourd")):
                return None  # "the pound was at 1.25.", "sold at 7.50, down": amounts
            if m["hourh"] is not None and (
                _word_before_hedge(ctx.low, m.start("hourh"), self.lex.CLOCK_HEDGES)
                not in self.lex.CLOCK_PREPOSITIONS
                or ctx.low.startswith(" of ", m.end("clockcore"))
            ):
                return None  # "at 14h30", "from 16h" are times; "ran 2h30", "after 2h30 of talks" lengths
            if (
                m["hourh"] is not None
                and m["minuteh"] is None
                and (
                    _word_before_hedge(ctx.low, m.start("hourh"), self.lex.CLOCK_HEDGES)
                    not in self.lex.BARE_H_CLOCK_LEADS
                    or _H_LENGTH_AFTER.match(ctx.low, m.end("clockcore"))
                )
            ):
                return None  # "delayed by 3h", "from 6h to 12h after exposure": English hours, lengths
            if m["hourk"] is not None and not self._dotted_24_hour_clock(m, ctx):
                return None
            if m["hourd"] and int(m["hourd"]) > 12 and self._dotted_amount_clause(ctx.low, m.start("hourd")):
                return None  # "at 20.00 tonight" is a time; "the price climbed to 21.30 tonight" an amount
            if m["hourd"] and (
                (level := _LEVEL_AT_BEFORE.search(ctx.low, max(0, m.start("hourd") - 30), m.start("hourd")))
                is not None
                and level[1] in self.lex.LEVEL_VERBS
                and level[1] not in _COPULAS
            ):
                return None  # "the pound stood at 1.25 this morning": a level, not a clock
            if (
                m["minw"]
                and not m["inthe"]
                and _word_before_hedge(ctx.low, m.start("hourw"), self.lex.CLOCK_HEDGES)
                not in self.lex.CLOCK_PREPOSITIONS
            ):
                return None  # "four thirty" is a time after "at", "by", "until", "about"
            if (
                m["hourw"]
                and not m["minw"]
                and not re.match(r"\s+o'clock", ctx.low[m.end("hourw") : m.end("hourw") + 12])
                # "Ten at night to six in the morning": a part of the day told with the hour makes it a time
                and not (m["inthe"] and m["inthe"].startswith(("in", "at", "last")))
                and not m["wampm"]
                and not m["minx"]
                and _word_before_hedge(ctx.low, m.start("hourw"), self.lex.CLOCK_HEDGES)
                not in self.lex.CLOCK_PREPOSITIONS
            ):
                return None  # "at nine tonight" is a time; "nine tonight" may count people
            if (
                (
                    m["ampm"] == "o'clock"
                    or (m["ampm"] and m["ampm"].startswith(("am", "pm")) and m["hour"] is not None)
                )
                and m["ampm"] != "o'clock"
                and not (m["minute"] or ctx.text[m.start("ampm")].isupper() or m["ampm"].endswith("."))
                and m.end("hour") != m.start("ampm")  # "3pm", "7am": written as one word, a clock time
                # "at 8 pm with the story", "to 6 am for cleaning": after a clock's preposition "pm" is no
                # word of its own, nor is "am" (the verb wants "I" before it, and a preposition stands there)
                and not (
                    m["ampm"] in ("am", "pm")
                    and _word_before_hedge(ctx.low, m.start("hour"), self.lex.CLOCK_HEDGES)
                    in self.lex.CLOCK_PREPOSITIONS
                )
                and not re.match(
                    # "10 am tomorrow": a relative day after it, as a weekday after it, makes it a time
                    r"\s*(?:[,.;)]|$|on\b|and\b|to\b|[a-z]+day\b|tomorrow\b|tonight\b|local\b|et\b|gmt\b)",
                    ctx.low[m.end("ampm") : m.end("ampm") + 12],
                )
            ):
                return None
            parsed_clock = self._clock(m)
            if parsed_clock is None:
                return None
            clock = parsed_clock
            # "closes at 5.30 today", "served until 2.30 tomorrow": a dotted time before a day alone names
            # no part of the day, so it is read as the dotted time closing its clause is (below)
            if m["inthe"] and m["ampm"] in (None, "o'clock") and m["dend"] is None:
                hour = int(clock[:2])
                if (
                    "afternoon" in m["inthe"] or "evening" in m["inthe"] or "night" in m["inthe"]
                ) and hour < 12:
                    clock = f"{hour + 12:02d}{clock[2:]}"
            elif (
                6 <= int(clock[:2]) <= 11
                and not m["wampm"]
                and (
                    m["ampm"] == "o'clock" or (m["hourw"] and ctx.low.startswith(" o'clock", m.end("hourw")))
                )
                and _TELLING_THE_TIME.search(ctx.low, max(0, m.start() - 30), m.start())
                and self._evening_told_before(ctx.low, m.start(), m.end())
            ):
                # "Good evening. It's six o'clock.", "It's just gone eleven o'clock, and this is the
                # late-night update": a broadcast telling the time now in an evening is in the evening
                clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"
            elif (
                m["minw"]
                and 1 <= int(clock[:2]) <= 6
                and not m["inthe"]
                and self._hour_of_a_move(ctx.low, m.start("hourw"), m.end())
                and not self._small_hours_told(ctx.low, m.start(), m.end())
            ):
                # "She left at four thirty": minutes told after a verb of leaving or arriving leave the
                # half of the day to the hour, read as "She left at four." is
                clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"
            elif (
                1 <= int(clock[:2]) <= 5
                and not m["wampm"]
                and (
                    m["ampm"] == "o'clock" or (m["hourw"] and ctx.low.startswith(" o'clock", m.end("hourw")))
                )
            ):
                sentence = ctx.low[max(0, m.start() - 80) : m.start()]
                if not SMALL_HOURS_CUE.search(sentence[sentence.rfind(". ") + 1 :]) and not (
                    # "at three o'clock on the morning of 11 December", "by two o'clock the next
                    # morning": the morning of the date after it
                    ctx.low.startswith(self.lex.MORNING_OF_A_DATE_OPENINGS, m.end())
                    and _MORNING_OF_A_DATE_AFTER.match(ctx.low, m.end())
                ):
                    # "arrived at one o'clock instead of noon", "landed just after two o'clock": with no
                    # part of the day told, one to five o'clock are the afternoon's, as bare hours are
                    clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"
            elif (
                (m["hour24"] is not None or m["hourd"] is not None)
                and not (m["hour24"] or m["hourd"]).startswith("0")
                and 1 <= int(clock[:2]) <= 12
                and (close := _CLOCK_RANGE_CLOSE.match(ctx.low, m.end())) is not None
            ):
                # "from 1:30 to 4 p.m.", "8:30-9:15pm", "from 2.30 to 4.30pm": a clock time opening a range
                # whose close names its half of the day is in that half, or in the other half when it is
                # the later time ("from 10:30 to 2 p.m." opens in the morning)
                hour = _clock_range_opening_hour(
                    int(clock[:2]), int(clock[3:5]), _clock_range_close_minutes(close)
                )
                clock = f"{hour:02d}{clock[2:]}"
            elif m["dend"] is not None or (
                m["hourk"] is not None
                and int(m["hourk"]) <= 12
                and (
                    _DOTTED_CLAUSE_CLOSE.match(ctx.low, m.end("minutek"))
                    # "Last orders are at 10.30 on Sundays": a day after the cut-off keeps its half of the day
                    or last_call_before(ctx.low, m.start("hourk"), self.lex)
                )
            ):
                # "Dinner is at 8.15.", "Lunch is at 1.15.": the half of the day what is held keeps
                hour = self._dotted_held_hour(
                    ctx, m.start("hourd" if m["hourd"] else "hourk"), int(clock[:2])
                )
                clock = f"{hour:02d}{clock[2:]}"
            elif (
                m["hour24"] is not None
                and not m["hour24"].startswith("0")  # "06:30": a 24-hour clock says which half it is
                and 1 <= int(clock[:2]) <= 11
                and self._evening_in_sentence(ctx.low, m.start(), m.end())
                and not SMALL_HOURS_CUE.search(ctx.low, max(0, m.start() - 80), m.start())
                # "[11:20] Ben: home by 8 tonight": a message's stamp is the device's 24-hour clock
                and not self.chat_stamp(ctx, m.start())
            ):
                # "Drinks at the Foundry from 6:30", "dinner at 7:45": a clock time without a.m. or p.m.
                # in a sentence about the evening is the evening's, as a bare hour there is
                clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"
        if m["hourw"] and _DAY_PART_AT.search(ctx.low, max(0, m.start() - _DAY_PART_AT_REACH), m.start()):
            return None  # "this evening at seven thirty": the part of the day before it decides (h_day_part_then_hour)
        if m["tzplace"] and not self._place_time_zone(ctx, m):
            if m["inthe"] or m["tday"] or m["tweekday"] or m["tmonth2"]:
                return None
            # "at 7 p.m. The time ...", "at 5 p.m. closing time": the clock time alone
            alone = m.re.match(ctx.low, m.start(), m.end("clockcore"))
            shrunk = self.h_clock(alone, ctx) if alone is not None and not alone["tzplace"] else None
            if shrunk is not None:
                shrunk.extent_group = "clockcore"
            return shrunk
        if (
            ctx.prev_spec is not None
            and ctx.prev_spec.type == "SET"
            and not (m["tday"] or m["tweekday"] or m["tmonth2"] or m["inthe"])
            and re.fullmatch(r",?\s+at\s+", ctx.low[max(0, ctx.prev_end) : m.start()])
        ):
            # "every Tuesday at 7 p.m.", "daily at noon": the clock time of each recurrence, no one day;
            # "every 1 July at 7:28 a.m.": the day of the year that recurs
            set_value = ctx.prev_spec.value or ""
            day = set_value if len(set_value) == 10 and set_value[5:7].isdigit() else "XXXX-XX-XX"
            if (
                set_value == "P1Y"
                and (after := _RECURRING_DAY_AFTER.match(ctx.low, m.end())) is not None
                and _YEAR_AFTER_DAY.match(ctx.low, after.end()) is None
            ):
                # "every year at 11 a.m. on 11 November": the day of the year told after the clock time is
                # the day that recurs (only a yearly one: "daily at 9 a.m. on May 1" starts on one day, and
                # "on 11 November 1918" is one day)
                month = self.lex.MONTHS.get(after["m1"] or after["m2"])
                day_number = int(after["d1"] or after["d2"])
                if month is not None and 1 <= day_number <= days_in_month(None, month):
                    day = f"XXXX-{month:02d}-{day_number:02d}"
            if (
                set_value[-2:] in EVENING_STARTS
                and m["ampm"] in (None, "o'clock")
                and not m["wampm"]
                and not (m["hour24"] or "").startswith("0")  # "each evening at 06:30" is on a 24-hour clock
                and EVENING_STARTS[set_value[-2:]] <= int(clock[:2]) + 12 < 24
            ):
                # "two houses each evening, at six o'clock", "every night at eleven": an hour of each
                # evening or night told without a.m. or p.m. is the evening's ("every night at two" stays)
                clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"
            value = f"{day}T{clock}"
            mod = self.lex.PRE_MODIFIERS.get(m["amod"]) if m["amod"] else None
            return Spec("TIME", "fixed", value=value, mod=mod, note="the clock time of a recurring day")
        if (
            ctx.prev_spec is not None
            and ctx.prev_spec.type == "TIME"
            and ctx.prev_spec.kind == "fixed"
            and (ctx.prev_spec.value or "").startswith("XXXX-XX-XXT")
            and not (m["tday"] or m["tweekday"] or m["tmonth2"] or m["inthe"])
            and _CLOCK_LIST_GAP.fullmatch(ctx.low, max(0, ctx.prev_end), m.start()) is not None
        ):
            # "daily at 06:00, 14:00 and 22:00": the times listed after a recurring day's clock time recur too
            value = f"XXXX-XX-XXT{clock}"
            mod = self.lex.PRE_MODIFIERS.get(m["amod"]) if m["amod"] else None
            return Spec(
                "TIME", "fixed", value=value, mod=mod, note="the clock time of a recurring day, listed"
            )
        spec = Spec(
            "TIME",
            "shift",
            unit="day",
            amount=0,
            base="ref",
            pod=clock,
            note="a clock time on the day in context",
        )
        if (
            not (m["tday"] or m["tweekday"] or m["inthe"] or m["amod"])
            and (
                _opens_line(ctx.low, m.start())
                # "Updated 4:05 p.m. ET": a label before the stamp (a letter, a blank or a colon just before)
                or self._after_entry_label(ctx.low, m.start())
            )
            and (stamp_day := self.entry_stamp_day(ctx, m.start())) is not None
        ):
            if _in_chapter_list(ctx, m.start()):
                return None  # "00:00 Intro", "12:45 The siege begins": a position in a recording, no time
            spec.amount, spec.base = stamp_day, "dct"
            spec.note = ENTRY_STAMP_NOTE
            return spec
        if not (m["tday"] or m["tweekday"] or m["inthe"] or m["amod"]) and self.chat_stamp(ctx, m.start()):
            spec.amount, spec.base = 0, "dct"
            spec.note = CHAT_STAMP_NOTE
            return spec
        if (
            self._almanac_label_before(ctx.low, m.start(), word_before)
            and ctx.prev_spec is not None
            and "\n\n" in ctx.low[ctx.prev_end : m.start()]
            and not _ends_a_heading(ctx.low, ctx.prev_end)
        ):
            # "Yesterday: wettest, Tiree. ... Sun and moon: Sunrise 07:55": a paper's almanac, in a
            # paragraph of its own that names no day, gives the times of the day it is printed for
            spec.base = "dct"
            spec.note = f"{spec.note}: an almanac's reading, of the day of writing"
        if m["tday"]:
            offset, _ = self.lex.DAY_DEICTICS[m["tday"]]
            spec.amount, spec.base = int(offset), "dct"
        elif m["tweekday"]:
            spec.kind, spec.weekday, spec.base = (
                "weekday",
                int(self.lex.WEEKDAYS[m["tweekday"].rstrip(".")]),
                "dct",
            )
            spec.amount = None
            if m["tdet"]:
                spec.amount = self.lex.RELATIVE_DETERMINERS[m["tdet"]][0]
            if m["tmonth"]:
                if not self._day_of_named_month(ctx, m, "tmonth", "tdaynum"):
                    return None
                spec.kind = "calendar"
                spec.month, spec.day = self.month_of(m["tmonth"]), int(m["tdaynum"])
                spec.year = int(m["tyear3"]) if m["tyear3"] else None
        elif m["tmonth2"]:
            if not self._day_of_named_month(ctx, m, "tmonth2", "tdaynum2"):
                return None
            spec.kind, spec.base = "calendar", "dct"
            spec.month, spec.day = self.month_of(m["tmonth2"]), int(m["tdaynum2"])
            spec.year = int(m["tyear"]) if m["tyear"] else None
        elif m["inthe"] and m["inthe"].split()[0] in self.lex.DAY_DEICTICS:
            offset, _ = self.lex.DAY_DEICTICS[m["inthe"].split()[0]]
            spec.amount, spec.base = int(offset), "dct"
        elif m["inthe"] and m["inthe"].startswith("this"):
            spec.base = "dct"  # "11:15 this morning": the day of writing
        elif m["inthe"] and m["inthe"].startswith("last"):
            # "eleven o'clock last night": the evening before the day of writing; its small hours
            # ("two o'clock last night") already fall on that day
            spec.base = "dct"
            if int(clock[:2]) >= 17:
                spec.amount = -1
            else:
                spec.pod = f"{int(clock[:2]) - 12:02d}{clock[2:]}" if int(clock[:2]) >= 12 else clock
        if m["amod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["amod"])
        return spec

    def _place_time_zone(self, ctx: Context, m: re.Match[str]) -> bool:
        """ "9 a.m. Washington time", "noon New York time": a place's name, in capitals, before "time" (not
        "at 7 p.m. The time was", where a sentence opens, nor "a 5 p.m. closing time")."""
        words = ctx.text[m.start("tzplace") : m.end("tzplace")].split()
        return all(
            word[0].isupper()
            and word.lower() not in self.lex.NOT_PLACE_NAMES
            and word.lower() not in self.lex.MONTHS
            and word.lower() not in self.lex.WEEKDAYS
            for word in words
        )

    def h_half_past_hour(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "at about half past four", "quarter to six", "at twenty past two": the clock face told in
        words, minutes past or to the hour; the story's part of the day says which half of the clock it
        is in (the resolver). Counted minutes need a clock's preposition or a part of the day ("odds of
        ten to one", "five to ten years" are not times)."""
        face = " ".join((m["face"] or m["counted"]).split())
        if m["namedhour"]:
            return self._minutes_from_named_hour(m, ctx, face)
        if self._two_hours_of_a_range(m, ctx, face):
            return None  # "open from ten to eleven": a range of two hours, not 10:50
        if m["side"] == "after" and not face.endswith(("half", "quarter")):
            return None  # "twenty minutes after one of them left": "after" tells the time only by the face
        if (
            not (face.endswith(("half", "quarter")) or m["inthe"] or m.group(0).endswith("o'clock"))
            and _word_before_hedge(ctx.low, m.start(), self.lex.CLOCK_HEDGES)
            not in self.lex.CLOCK_PREPOSITIONS
            and (
                not self._it_was_clock.search(ctx.low, max(0, m.start() - 40), m.start())
                or (m["side"] == "to" and m["hourw"] == "one")  # "it was ten to one they'd lose": odds
            )
        ):
            return None
        if face.endswith(("half", "quarter")) and self._size_of_change(ctx.low, m.start()):
            return None  # "exports fell by a quarter to nine million": a fraction of the amount
        if m["side"] == "to" and _next_word(ctx.low, m.end()) in self.lex.CLOCK_FACE_RANGE_UNITS:
            return None  # "sunk by five to eight metres": a range of amounts, not 7:55
        hour = self.lex.CLOCK_HOUR_WORDS[m["hourw"]]
        # "eleven minutes past eleven": minutes counted with their unit
        minute = self.lex.CLOCK_FACE_MINUTES[face] if m["face"] else self.lex.CLOCK_COUNTED_MINUTES[face]
        if m["side"] == "to" and hour == 1 and self._ratio_clause_before(ctx, m.start()):
            return None  # "outnumbered the colonists by about ten to one": a ratio
        if m["side"] == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
        if m["inthe"] and not m["inthe"].endswith("morning") and hour < 12:
            hour += 12  # "half past four in the afternoon"
        elif (
            not m["inthe"]
            and hour < 12
            and _TELLING_THE_TIME.search(ctx.low, max(0, m.start() - 30), m.start())
            and self._evening_told_before(ctx.low, m.start(), m.end())
        ):
            hour += 12  # "It's twenty-five past five, and if you're setting off tonight": the time now, an evening's
        return self._clock_face_spec(m, hour, minute, "a clock time on the day in context")

    def _clock_face_spec(self, m: re.Match[str], hour: int, minute: int, note: str) -> Spec:
        """The clock time a face told in words reads (`h_half_past_hour`), on the day in context or on the
        day named after it ("half past seven this morning", "half past midnight this morning")."""
        spec = Spec(
            "TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:{minute:02d}", note=note
        )
        if m["dayof"] or m["inthe"] == "tonight":
            # "half past seven this morning": the day of writing, or the day before or after it
            offset = 0 if m["inthe"] == "tonight" else int(self.lex.DAY_DEICTICS.get(m["dayof"], (0, ""))[0])
            spec.amount, spec.base = offset, "dct"
            spec.note = "a clock time on the day named with it"
        if m["amod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["amod"])
        return spec

    def _two_hours_of_a_range(self, m: re.Match[str], ctx: Context, face: str) -> bool:
        """Whether a face "<hour> to <hour>" after a range's lead is the range's two hours ("open from ten
        to eleven", "from ten to midnight") rather than minutes to the hour: not when the range goes on
        past it ("between ten to six and six", "from ten to six until seven": 5:50 is its first end), nor
        for a face that is no hour ("from a quarter to six", "from twenty to six") or counted minutes
        ("from ten minutes to six")."""
        return (
            m["side"] == "to"
            and bool(m["face"])
            and face in self.lex.CLOCK_HOUR_WORDS
            and (lead := _previous_word(ctx.low, m.start())) in self.lex.RANGE_LEADS
            and _next_word(ctx.low, m.end()) not in self.lex.RANGE_SECOND_LINKS.get(lead, ())
        )

    def _minutes_from_named_hour(self, m: re.Match[str], ctx: Context, face: str) -> Spec | None:
        """ "at one minute after midnight", "half past midnight", "ten minutes to noon": minutes counted
        from an hour named by a word, which says its half of the day itself; midnight opens its day, so
        "one minute after midnight on 12 May" is 00:01 of 12 May. Before "midnight" or "noon", "to" tells
        the time only after a clock's preposition ("moved the clock to two minutes to midnight")."""
        if (
            m["side"] == "to"
            and _word_before_hedge(ctx.low, m.start(), self.lex.CLOCK_HEDGES)
            not in self.lex.CLOCK_PREPOSITIONS
            # "It was ten to midnight when the call came": the time told, as "it was ten to six" is
            and not self._it_was_clock.search(ctx.low, max(0, m.start() - 40), m.start())
        ):
            return None
        if self._two_hours_of_a_range(m, ctx, face):
            return None  # "open from ten to midnight", "from ten to noon": a range of hours, not 23:50
        if (
            m.end() == m.end("namedhour")
            and _next_word(ctx.low, m.end()) in self.lex.QUALIFIED_BY_PART_OF_DAY
        ):
            # "twenty minutes after midnight Mass", "ten minutes after noon prayers": a length after an event
            return None
        hour = self.lex.CLOCK_NAMED_HOURS[m["namedhour"]]
        minute = self.lex.CLOCK_FACE_MINUTES[face] if m["face"] else self.lex.CLOCK_COUNTED_MINUTES[face]
        if m["side"] == "to":
            hour, minute = (hour - 1) % 24, 60 - minute
        note = f"minutes {m['side']} {m['namedhour']}: a clock time on the day in context"
        return self._clock_face_spec(m, hour, minute, note)

    def instruction_step(self, low: str, start: int) -> bool:
        """Whether the sentence holding `start` is a step told to the reader, an imperative that opens with a
        verb of INSTRUCTION_VERBS after a list's number or a label ("3. Cover the bowl ... then put it in the
        fridge overnight", "Nightcare: take 2 capsules at bedtime"); "The bill passed overnight" is none."""
        opening = _INSTRUCTION_OPENING.search(low, max(0, start - 240), start)
        if opening is None or opening.group(1) not in self.lex.INSTRUCTION_VERBS:
            return False
        # the verb's object or its next verb follows it: "Take one", "Thaw them", "Cover and leave", not the
        # noun of "Water levels rose overnight" or "Freeze warnings were issued overnight"
        following = low[opening.end(1) : opening.end(1) + 16].split(maxsplit=1)
        return bool(following) and (
            following[0][0].isdigit() or following[0] in self.lex.IMPERATIVE_OBJECT_STARTS
        )

    def _size_of_change(self, low: str, start: int) -> bool:
        """Whether a half or a quarter at `start` follows "by" after a word of change ("fell by a quarter",
        "up by about half", "a rise by a quarter"): the size of the change, a fraction of an amount."""
        if _previous_word(low, start) == "a":
            start = low.rfind("a", 0, start)
        by = _word_before_hedge(low, start, self.lex.CLOCK_HEDGES)
        if by != "by":
            return False
        changed = _previous_word(low, low.rfind("by", 0, start))
        return changed in self.lex.CHANGE_BY_WORDS or changed in self.lex.CHANGE_BY_ADVERBS

    def _ratio_clause_before(self, ctx: Context, start: int) -> bool:
        """Whether the words of the sentence before a face "N to one" measure a ratio ("outnumbered by",
        "a majority of", "odds of"), which the same words name as a clock does."""
        low = ctx.low
        window = low[max(0, start - 80) : start]
        stop = max(window.rfind(". "), window.rfind("; "))
        window = window[stop + 1 :]
        return self._ratio_cue.search(window) is not None

    def h_day_part_then_hour(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "[tonight] at [eleven]", "[this morning] at [nine]": the part of the day of writing, named
        just before, says which half of the clock a spelled hour is in (each is its own expression)."""
        opening = _DAY_PART_AT.search(ctx.low, max(0, m.start() - _DAY_PART_AT_REACH), m.start())
        if opening is None:
            return self._spoken_hour_of_a_move(ctx, m)
        if ctx.low.startswith(" of ", m.end()):
            return None  # "that evening, at four of the inns": a count of a whole, no hour
        if opening["ofpart"] and _PLURAL_NOUN_NEXT.match(ctx.low, m.end()):
            return None  # "the evening crowds at nine gates": a count of the things a noun names
        hour = self.lex.CLOCK_HOUR_WORDS[m["hourw"]]
        minute = self.lex.CLOCK_MINUTE_WORDS[m["minw"]] if m["minw"] else 0
        part = " ".join((opening["daypart"] or opening["ofpart"]).split())
        morning = part.endswith("morning")
        if part in ("tonight", "that night") and hour < 6:
            return None  # "tonight at one" is past midnight, on the next day
        if not morning and hour < 12:
            hour += 12
        elif morning and hour == 12:
            return None  # noon is no longer the morning
        if opening["told"] or opening["ofpart"]:
            # "That evening, at eight, the guests arrived": the day the story has come to ("the evening
            # train at six": the day in context)
            note = f"'{m.group(0)}': a clock time on the day of the part of it told"
            return Spec(
                "TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:{minute:02d}", note=note
            )
        return Spec(
            "TIME",
            "shift",
            unit="day",
            amount=0,
            base="dct",
            pod=f"{hour:02d}:{minute:02d}",
            note=f"'{m.group(0)}': a clock time on the day of writing",
        )

    def _spoken_hour_of_a_move(self, ctx: Context, m: re.Match[str]) -> Spec | None:
        """ "She left at four.", "The shop opens at nine, not ten": a spelled hour closing its clause after
        "at" and a verb of leaving, arriving, meeting, opening or closing is the clock's, read as a bare
        hour in digits is; after other words it is an age or a count ("started school at four", "at four
        of the sites", "at four times the rate", "growth stood at four"). The morning named right after it
        ("At four the following morning") makes it the clock's too, that morning's own hour."""
        low, start = ctx.low, m.start()
        if m["minw"]:
            return None
        # "At four the following morning the roof fell": the morning named after it makes the hour the clock's
        next_morning = (
            low.startswith(self.lex.MORNING_OF_A_DATE_OPENINGS, m.end())
            and _MORNING_OF_A_DATE_AFTER.match(low, m.end()) is not None
        )
        if not (next_morning and self._word_before_at(low, start) is not None) and not self._hour_of_a_move(
            low, start, m.end()
        ):
            return None
        hour = self.lex.CLOCK_HOUR_WORDS[m["hourw"]]
        if not next_morning and (  # before a morning named after it the hour is the morning's own
            # "She left at four, before dawn": the small hours told keep it the morning's
            (1 <= hour <= 6 and not self._small_hours_told(low, start, m.end()))
            or (
                # "The bar closes at eleven": a last call or an evening told makes seven to eleven the
                # evening's
                hour >= 7
                and hour != 12
                and (self._evening_in_sentence(low, start, m.end()) or last_call_before(low, start, self.lex))
            )
        ):
            hour += 12
        told = (
            "before the morning named after it"
            if next_morning
            else "after a verb of leaving, arriving or opening"
        )
        note = f"'{m.group(0)}': a spelled hour {told}"
        return Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:00", note=note)

    @staticmethod
    def _small_hours_told(low: str, start: int, end: int) -> bool:
        """Whether the small hours are told around a spelled clock time from `start` to `end`, so that one to
        six are the morning's: just before it ("Before dawn they left at four thirty", "He woke at three.
        She left at four.") or in the rest of its clause ("left at four thirty, before dawn", "at five
        fifteen sharp that morning"); a clause joined after it by "and" is another's ("left at four thirty
        and got home by midnight")."""
        if SMALL_HOURS_CUE.search(low, max(0, start - 80), start):
            return True
        rest = _CLAUSE_REST_AFTER.match(low, end)
        return rest is not None and SMALL_HOURS_CUE.search(rest[0]) is not None

    def _word_before_at(self, low: str, start: int) -> str | None:
        """The word before the "at" (or "at about") that the spelled hour at `start` follows, or None
        when no "at" leads to it."""
        lead = _previous_word(low, start)
        if lead != "at" and lead not in self.lex.BARE_HOUR_HEDGES:
            return None
        lead_at = low.rfind(lead, 0, start)
        if lead in self.lex.BARE_HOUR_HEDGES:  # "left at about four"
            lead = _previous_word(low, lead_at)
            lead_at = low.rfind(lead, 0, lead_at)
        return _previous_word(low, lead_at) if lead == "at" else None

    def _hour_of_a_move(self, low: str, start: int, end: int) -> bool:
        """Whether the spelled clock time from `start` to `end` closes its clause after "at" (or "at
        about") and a verb of leaving, arriving, meeting, opening or closing (`_spoken_hour_of_a_move`)."""
        return self._word_before_at(low, start) in self.lex.SPOKEN_HOUR_MOVE_VERBS and (
            _BARE_HOUR_CLOSES.match(low, end) is not None
            # "She will leave at four tomorrow": the day after it closes the clause too
            or _next_word(low, end) in self.lex.DAY_DEICTICS
        )

    def _day_of_named_month(self, ctx: Context, m: re.Match[str], month: str, day: str) -> bool:
        """ "noon Dec. 3" names a day; "noon Dec 32" and "noon Friday may 3" (the modal) do not."""
        return self.month_ok(m, ctx, month) and 1 <= int(m[day]) <= 31

    def h_edge_day_of_period(self, m: re.Match[str], ctx: Context) -> Spec | None:
        edge = 1 if m["edge"] == "first" else -1
        note = f"the {m['edge']} day of the {m['eunit'] or 'month'}"
        if m["eunit"]:
            # "were relieved on the last day of the month": the month or year in context, then its edge
            base = "ref" if m["edet"] == "that" else "dct"
            spec = Spec("DATE", "shift", unit=m["eunit"], amount=0, base=base, note=note)
        else:
            if not self.month_ok(m, ctx):
                return None
            spec = Spec("DATE", "calendar", month=self.month_of(m["month"]), note=note)
            if m["year"]:
                spec.year = self.year_of(m["year"])
        spec.edge_day = edge
        return spec

    def h_nth_weekday_of_month(self, m: re.Match[str], ctx: Context) -> Spec | None:
        nth = -1 if m["nth"] == "last" else int(self.lex.ORDINALS[m["nth"]])
        if (m["nthrel"] or (m["nthmonthly"] or "").startswith("the")) and not m["nthevery"]:
            # "the last Friday of the month", "the first Monday of next month": one month's, the month in
            # context (as "the last day of the month" reads it) or the one named from it
            if m["nthweek"] or m["nthweekend"]:
                return None
            rel = m["nthrel"]
            amount = {"next": 1, "last": -1}.get(rel or "", 0)
            base = "ref" if rel == "that" else "dct"
            note = f"the {m['nth']} {m['nthday']} of {'the' if rel is None else rel} month"
            spec = Spec("DATE", "shift", unit="month", amount=amount, base=base, note=note)
            spec.nth_weekday_in_month = (int(self.lex.WEEKDAYS[m["nthday"].rstrip(".")]), nth)
            return spec
        if m["nthrel"]:
            return None  # "every first Monday of next month"
        if m["nthmonthly"]:
            # "every ... of the month" and "... of each month" are every month's
            if m["nthweek"]:
                return None
            value = (
                "XXXX-WXX-WE" if m["nthweekend"] else f"XXXX-WXX-{self.lex.WEEKDAYS[m['nthday'].rstrip('.')]}"
            )
            return Spec("SET", "fixed", value=value, note=f"'{m.group(0)}': that day of every month")
        if m["nthevery"]:
            return None  # "every second Tuesday in May" is left to the rules of "every"
        if m["nthofyear"]:
            if m["nthweek"] or m["nthweekend"]:
                return None  # "the first week of the year" is read as a week
            # "the first Sunday of the year" falls in January, "the last Friday of the year" in December
            month = 12 if nth < 0 else 1
        else:
            if not self.month_ok(m, ctx):
                return None
            month = int(self.lex.MONTHS[m["month"].rstrip(".")])
        # a weekend is named by its Saturday: "the first weekend in May" holds May's first Saturday; a
        # week by its Thursday, as ISO weeks are: "the first week of December" has most of its days there
        weekday = (
            6 if m["nthweekend"] else 4 if m["nthweek"] else int(self.lex.WEEKDAYS[m["nthday"].rstrip(".")])
        )
        unit = m["nthweekend"] or m["nthweek"] or m["nthday"]
        if (
            m["nthweekend"]
            and not m["nthofyear"]
            and not m["year"]
            and self._in_yearly_habit(ctx, m.start(), m.end())
        ):
            # "held the first weekend of June every year": a different weekend each year, as the weekend tied
            # to a day of every year is (`_day_tied_to_date_every_year`)
            note = f"'{m.group(0)}': a weekend of every year"
            return Spec("DATE", "fixed", value="XXXX-WXX-WE", note=note)
        spec = Spec("DATE", "holiday", note=f"the {m['nth']} {unit} of the month")
        spec.holiday = ("nth", month, weekday, nth)
        spec.month = month
        spec.weekend_of_day = bool(m["nthweekend"])
        spec.week_of_day = bool(m["nthweek"])
        if m["year"] or m["nthyear"]:
            spec.year = self.year_of(m["year"] or m["nthyear"])
        return spec

    def _day_tied_to_date_every_year(self, ctx: Context, start: int, end: int) -> bool:
        """ "read aloud every year on the Sunday nearest to 14 November", "held each year on the weekend
        after Easter": a weekday or a weekend tied to a day of the year, in a sentence telling a yearly habit,
        is a different day every year, with no TIMEX3 value of its own (the day it is tied to is tagged)."""
        return self.day_tied_to_date_rx.match(ctx.text, end) is not None and self._in_yearly_habit(
            ctx, start, end
        )

    def _in_yearly_habit(self, ctx: Context, start: int, end: int) -> bool:
        """Whether the sentence around `start:end` tells a yearly habit ("every year", "annually") and names
        no one year's occasion ("and this year the weekend after Easter brought crowds")."""
        opening = max(ctx.low.rfind(mark, max(0, start - 200), start) for mark in ".!?\n;") + 1
        closing = min(
            (at for mark in ".!?\n;" if (at := ctx.low.find(mark, end, end + 200)) >= 0), default=end + 200
        )
        return (
            self.yearly_habit_rx.search(ctx.low, opening, closing) is not None
            # "every year ..., and this year the weekend after Easter brought crowds": one year's day
            and _ONE_YEAR_NAMED.search(ctx.low, opening, closing) is None
        )

    def h_weekday(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word = m["weekday"].rstrip(".")
        # the word before the weekday, asked by a dozen of the checks below: read once
        word_before = _previous_word(ctx.low, m.start("weekday"))
        if (
            word_before == "the"
            and m.end() == m.end("weekday")
            and self._day_tied_to_date_every_year(ctx, m.start("weekday"), m.end())
        ):
            return None  # "every year on the Sunday nearest to 14 November": a different Sunday each year
        original = ctx.text[m.start("weekday") : m.end("weekday")]
        if m["wevent"] and (not original[0].isupper() or m["pmod"] or m["wdet"] or m["wovernight"]):
            return None
        ambiguous = word in self.lex.AMBIGUOUS_WEEKDAYS
        told_by_what_follows = bool(
            m["wdom"] or m["wbday"] or m["wmon"] or m["wrday"] or m["whour"] or m["whalf"]
        )
        if not original[0].isupper():
            if not self.lex.LOWER_CASE_WEEKDAYS_OK:
                return None
            # "sat night", "mon morning": a part of the day makes even a word-like one a day
            day_part = (
                bool(m["pod"])
                and word not in self.lex.NAME_LIKE_WEEKDAYS
                and not ctx.low.startswith(" after", m.end("pod"))  # "sat night after night"
            )
            determined = (
                word not in self.lex.NAME_LIKE_WEEKDAYS
                and word_before in self.lex.WORD_LIKE_WEEKDAY_DETERMINERS
            )
            if ambiguous and (
                (word in self.lex.WORD_LIKE_WEEKDAYS and not (day_part or determined))
                or not (told_by_what_follows or day_part or word_before in self.lex.LOWER_CASE_WEEKDAY_LEADS)
            ):
                return None  # "sat on the bench"; "see u fri" is a day
        if (
            ambiguous
            and original[0].isupper()
            and not m.group("weekday").endswith(".")
            and not (told_by_what_follows or self._abbreviated_weekday_in_context(m, ctx, original))
            # "Tue-Sat 8am-6pm" opening a line of opening hours
            and self.weekday_run_then_hours_rx.match(ctx.low, m.end()) is None
            # "open Wed-Sun from 5pm": the day closing a run of a schedule's days
            and not self._closes_weekday_run(m, ctx)
        ):
            return None
        if ambiguous and not told_by_what_follows and word_before in self.lex.NOUN_DETERMINERS:
            return None  # "fell back towards the Sun.": an article makes the word a noun, the dot a full stop
        if original[0].isupper() and f"{word_before} {word}" in self.lex.EASTER_HOLIDAYS:
            return None  # "9 April, Passion Sunday,": the weekday is part of a feast's name
        if (
            original[0].isupper()
            and word_before == "the"
            and self.feast_weekday_rx.match(ctx.low, m.start("weekday"))
        ):
            return None  # "on 3 June, the Sunday after Trinity": a day counted from a feast, restating one
        if word_before in self.lex.ORDINALS:
            season = _CHURCH_SEASON_AFTER_WEEKDAY.match(ctx.text, m.end("weekday"))
            if season is not None and season.group(1).lower() not in self.lex.MONTHS:
                # "the third Sunday of Advent", "the first Sunday in Lent": a Sunday counted in a season
                # of the church year, no weekday of the story's week
                return None
        prev = ctx.prev_spec
        if (
            prev is not None
            and prev.type == "SET"
            and (prev.value or "").startswith("XXXX-WXX-")
            and not (m["whour"] or m["whalf"] or m["wdom"] or m["wbday"] or m["wmon"] or m["wrday"])
            and _LISTED_AFTER.fullmatch(ctx.low, ctx.prev_end, m.start("weekday"))
            # "on Tuesday evenings and Thursday evenings": a day with its own part of the day is read whole
            and _next_word(ctx.low, m.end("weekday")) not in self.lex.PLURAL_PARTS_OF_DAY
        ):
            # "every Tues & Weds", "on Mondays and Thursdays": a day listed after a recurring one recurs too
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{self.lex.WEEKDAYS[word]}",
                note=f"'{original}': listed after a recurring day, every such day",
                extent_group="weekday",
            )
        if (
            prev is not None
            and prev.type == "SET"
            and not (m["whour"] or m["whalf"] or m["wdom"] or m["wbday"] or m["wmon"] or m["wrday"])
            and word_before in self.lex.SET_EXCEPTION_WORDS
            and _SAME_CLAUSE_GAP.fullmatch(ctx.low, ctx.prev_end, m.start("weekday")) is not None
        ):
            # "from eight to nine each morning except Saturday", "open daily excluding Sunday": the day a
            # habit leaves out recurs with it, as "except Sundays" does
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{self.lex.WEEKDAYS[word]}",
                note=f"'{original}': left out of a recurring time just told, every such day",
                extent_group="weekday",
            )
        clock_pod = bool(m["pod"]) and ":" in self.lex.PARTS_OF_DAY.get(m["pod"].lower(), "")
        if (
            prev is not None
            and prev.type == "SET"
            and (prev.value or "").startswith(f"XXXX-WXX-{self.lex.WEEKDAYS[word]}")
            and not clock_pod
            and not (m["wdet"] or m["pmod"] or m["wpost"] or m["wovernight"] or told_by_what_follows)
            and (run := _SAME_VERB_RUN_AFTER_AND.fullmatch(ctx.low, ctx.prev_end, m.start("weekday")))
            is not None
            and (run["verb"] in _COPULAS or not never_a_verb(run["verb"]))
        ):
            # "set on Thursdays and Fridays and printed through Friday night": the weekday its sentence has
            # just made a weekly habit, said again in the singular after a second verb of the same subject,
            # is that habit's day, not one date ("baked on Thursdays and the oven broke on Thursday", "and
            # then on Thursday": a subject or a step of its own makes it one day)
            pod = f"T{self.lex.PARTS_OF_DAY[m['pod'].lower()]}" if m["pod"] else ""
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{self.lex.WEEKDAYS[word]}{pod}",
                note=f"'{m.group(0)}': the day of the weekly habit just told",
            )
        if (m["whour"] or clock_pod) and (
            self._closes_weekday_run(m, ctx)
            # "Thu-Sat 7.30pm, Sun 3pm": the next entry of a schedule, a standing day with its hours
            or self.schedule_entry_before_rx.search(ctx.low, max(0, m.start() - 120), m.start()) is not None
        ):
            # "Tue-Sat 8am-6pm": the hours belong to every day of the run, not to its last day alone
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{self.lex.WEEKDAYS[word]}",
                note=f"'{original}': the last day of a run of weekdays given its hours, every such day",
                extent_group="weekday",
            )
        if m["whour"] or m["whalf"]:
            return self._weekday_with_clock(m, word)
        if m["wdom"] or m["wbday"] or m["wmon"] or m["wrday"]:
            spec = Spec("DATE", "calendar", weekday=int(self.lex.WEEKDAYS[word]))
            if m["wrday"]:
                if not (self.month_ok(m, ctx, "wrmonth") and 1 <= int(m["wrday"]) <= 31):
                    return None
                spec.month = int(self.lex.MONTHS[m["wrmonth"].rstrip(".")])
                spec.day = int(m["wrday"])
                spec.note = "a weekday and its day, in a range closed by the month"
                return spec
            if m["wmon"]:
                first, second = int(m["wmon"]), int(m["wmday"])
                # "Wed 13/3", or "Tue 12/3" in a text that writes "11 March": day first, as its other dates
                day_first = (
                    ctx.day_first
                    or first > 12 >= second
                    or (first <= 12 and second <= 12 and self.writes_day_first(ctx))
                )
                spec.month, spec.day = (second, first) if day_first else (first, second)
                if not (1 <= spec.month <= 12 and 1 <= spec.day <= 31):
                    return None
                spec.note = "a weekday and its month/day"
            else:
                spec.day = int(m["wdom"] or m["wbday"])
                if not 1 <= spec.day <= 31:
                    return None
                spec.note = "a weekday and its day of the month"
                if m["winst"]:
                    # of the letter's month, the one before it ("ult.") or after it ("prox."), as "the
                    # 12th inst." alone is
                    spec.month_step = int(self.lex.LETTER_MONTH_STEPS[m["winst"].lower()])
            return spec
        # "Sunday Times", "Black Friday Sale": a weekday inside a name
        after = ctx.text[m.end("weekday") : m.end("weekday") + 20]
        nxt = _NAME_AFTER_WEEKDAY.match(after)
        if (
            nxt
            # "fixed it Sat. Blowing cold since", "Thurs. Rain all day.": an abbreviation's stop ends the day,
            # where a name runs on from a full weekday ("Sunday Times")
            and not m.group("weekday").endswith(".")
            and nxt.group(1).lower() not in self.lex.NAME_CONTINUATIONS_OK
            and nxt.group(1).lower() not in self.lex.MONTHS
            and not m["pod"]
            # "Sunday's Malaysian Grand Prix", "Tuesday's Champions League tie": a day's own event
            and not (nxt.group(0).startswith("'s") and self._names_days_event(ctx.text, m.end("weekday")))
            # "On Thursday Germany declared war", "the following Monday Congress met": a date
            and not (
                m["wdet"] or _previous_word(ctx.low, m.start()) in ("on", "by", "until", "till", "since")
            )
        ):
            return None
        if m["pod"] and ctx.text[m.start("pod")].isupper() and _name_follows(ctx.text, m.end(), self.lex):
            return None  # "Saturday Night Live", "Monday Night Football": a title
        if (
            not m["pmod"]
            and not m["wdet"]
            and (
                word_before in self.lex.WEEKDAY_NAME_MODIFIERS
                or (
                    word_before in self.lex.WEEKDAY_NAME_MODIFIERS_CAPITALISED
                    and ctx.text[(modifier := ctx.low.rfind(word_before, 0, m.start("weekday")))].isupper()
                    and (
                        not title_case_line(ctx.text, modifier, self.lex)
                        # a headline capitalises "Issue Patch Tuesday" as it does any words: the name
                        # only where it opens the line or is someone's ("Microsoft's Patch Tuesday")
                        or ctx.low[ctx.low.rfind("\n", 0, modifier) + 1 : modifier].strip() == ""
                        or ctx.low.endswith(("'s ", "\u2019s "), 0, modifier)
                    )
                )
            )
        ):
            # "Black Friday", "Super Tuesday", "its monthly Patch Tuesday release": a name, not a date
            # ("issued a patch Tuesday" dates the patch)
            return None
        if (
            word_before in ("to", "of")
            and not (m["wdet"] or m["pmod"] or m["pod"])
            and _ANSWERS_TO_NAME_BEFORE.search(ctx.low, max(0, m.start("weekday") - 32), m.start("weekday"))
            and not ctx.low.startswith(("'s", "\u2019s"), m.end("weekday"))
        ):
            return None  # "LOST: tabby cat, answers to Tuesday": the name a pet comes to, no day
        if (
            not m["pmod"]
            and not m["wdet"]
            and _name_given_before(ctx.text, max(0, m.start("weekday") - 40), m.start("weekday"))
        ):
            return None  # "a defeat remembered as Mournful Monday": the name a day was given
        if (
            not (m["wdet"] or m["pmod"] or m["pod"] or m["wpost"])
            and self.weekday_service_noun_rx.match(ctx.low, m.end("weekday"))
            and not (
                # "in Friday trading": markets trade Monday to Friday, so a working weekday before a
                # market session names that day's session ("Sunday trading" stays shop opening)
                int(self.lex.WEEKDAYS[word]) <= 5
                and _next_word(ctx.low, m.end("weekday")) in self.lex.MARKET_SESSION_NOUNS
                # "Friday trading hours": without "in" or "during" a compound naming every such session
                and word_before in self.lex.MARKET_SESSION_LEADS
            )
            and not self._weekday_spent(ctx.low, m.start("weekday"))
            and not self._weekday_after_date_lead(ctx.text, m.start("weekday"), word_before)
        ):
            return None  # "Sunday buses", "Friday collections": a service run every such day, no date
        if (
            m["wdet"] == "last"
            and not (m["pmod"] or m["pod"] or m["wpost"])
            and self.weekday_service_noun_rx.match(ctx.low, m.end("weekday"))
            and (
                (owner := _previous_word(ctx.low, m.start("wdet"))) == "the"
                or owner in self.lex.POSSESSIVE_DETERMINERS
                or owner.endswith(("'s", "\u2019s"))
            )
        ):
            # "until the last Sunday collection in 1976", "drove his last Sunday bus": the final one of a
            # weekly service, which "the" or an owner makes an ordinal's, not the Sunday before now
            return None
        if (
            word_before in ("a", "an")
            and not (m["wdet"] or m["pmod"] or m["pod"] or m["wpost"])
            and (kind := self.weekday_kind_noun_rx.match(ctx.low, m.end("weekday"))) is not None
            and (
                kind["media"]
                or _next_word(ctx.low, kind.end()) in self.lex.WEEKDAY_KIND_GENERIC_WORDS
                or _previous_word(ctx.low, m.start("weekday") - len(word_before) - 1)
                in self.lex.WEEKDAY_KIND_GENERIC_WORDS
                or (
                    (told := _WORD_AFTER_WORD.match(ctx.low, kind.end())) is not None
                    and told.group(1) in ("was", "were")
                    and told.group(2) in self.lex.WEEKDAY_KIND_NOT_HELD_PARTICIPLES
                )
            )
        ):
            # "said on a Sunday talk show", "a Sunday inauguration is held privately": a kind of paper or of
            # occasion told in general, no date ("rejected the reform in a Sunday referendum" keeps its day)
            return None
        if (
            not (m["wdet"] or m["pmod"] or m["pod"] or m["wpost"])
            and (fixture := self.weekday_fixture_noun_rx.match(ctx.low, m.end("weekday"))) is not None
            and (
                word_before.isdigit()
                or word_before in self.lex.NUMBER_WORDS
                or _next_word(ctx.low, fixture.end()) == "are"
            )
        ):
            # "two Sunday matches in each round", "Friday fixtures are shown live": a fixture list's slots
            # counted or told in the present, no date ("All Saturday matches were postponed" is that day's)
            return None
        if (
            m["pod"]
            and not (m["wdet"] or m["pmod"])
            and word_before not in self.lex.WEEKDAY_DATE_LEADS
            and self.weekday_service_noun_rx.match(ctx.low, m.end())
        ):
            return None  # "the Saturday night dances", "Sunday morning services": held every such day
        weekday = int(self.lex.WEEKDAYS[word])
        if (
            not (m["wdet"] or m["pmod"] or m["pod"] or m["wpost"])
            and word_before in self.lex.INDEFINITE_WEEKDAY_LEADS
            and self._indefinite_weekday_after_on(ctx.low, m.start("weekday"))
            and not self._weekday_apposed_to_day(m, ctx)
        ):
            return Spec(
                "SET", "fixed", value=f"XXXX-WXX-{weekday}", note=f"'a {word}': any such day, every week"
            )
        pod_word = m["pod"] or ""
        if pod_word.endswith("s") and not m["wdet"] and not m["pmod"]:
            # "Tuesday nights": every Tuesday night
            code = str(self.lex.PARTS_OF_DAY[pod_word])
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{weekday}T{code}",
                note=f"'{m.group(0)}': a recurring part of a weekday",
            )
        if not (m["wdet"] or m["pmod"] or pod_word) and self._weekday_run_with_hours(m, ctx):
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{weekday}",
                note=f"'{m.group(0)}': {_RUN_AFTER_HOURS_NOTE}",
            )
        spec = Spec("DATE", "weekday", weekday=weekday)
        det = m["wdet"]
        if (
            det == "that"
            and m.end() == m.end("weekday")
            and ctx.low.startswith("'s", m.end())
            and _previous_word(ctx.low, m.start()) in self.lex.THAT_CLAUSE_LEADS
        ):
            # "so that Sunday's final round can finish", "said that Monday's vote": "that" opens a clause
            # whose subject is the weekday's event; it is not the day's demonstrative
            det, spec.extent_group = None, "weekday"
        week_word = m["wweekpre"] or m["wpostweek"]
        if week_word and not det:
            spec.week_shift, spec.base = self.lex.RELATIVE_DETERMINERS[week_word]
        if m["wpost"] and not det:
            # "Thursday week" counts two Thursdays on; "Monday next" is "next Monday"
            spec.amount, spec.base = (
                (2, "dct") if m["wpost"] == "week" else self.lex.RELATIVE_DETERMINERS[m["wpost"]]
            )
        if det == "on":
            spec.note = ""
        elif det:
            words = det.split()
            direction, base = self.lex.RELATIVE_DETERMINERS[
                " ".join(words[-2:] if words[0] == "this" else words[-1:])
            ]
            spec.amount = direction
            spec.base = base
        if m["pod"]:
            spec.pod = str(self.lex.PARTS_OF_DAY[m["pod"]])
            if ":" in spec.pod:
                spec.type = "TIME"
        elif m["wovernight"]:
            spec.pod = "NI"
        if m["pmod"] and m["pmod"] not in self.lex.WEEKDAY_ORDERING_MODIFIERS:
            spec.mod = self.lex.PRE_MODIFIERS.get(m["pmod"])
        return spec

    def _weekday_apposed_to_day(self, m: re.Match[str], ctx: Context) -> bool:
        """ "landed at Halifax eleven days later, on a Saturday", "on 2 April, on a Tuesday": "on a"
        weekday set off by a comma right after a day just read names that day's weekday, not any such day."""
        previous = ctx.prev_spec
        return (
            previous is not None
            and previous.type == "DATE"
            and (previous.day is not None or (previous.kind == "shift" and previous.unit == "day"))
            and _COMMA_ON_A_GAP.fullmatch(ctx.low, ctx.prev_end, m.start("weekday")) is not None
        )

    def _indefinite_weekday_after_on(self, low: str, start: int) -> bool:
        """ "emptied on a Thursday": any such day; not "20 July, a Sunday" (the day just named) nor "falls
        on a Sunday" (one date described)."""
        article = low.rfind(" ", 0, start - 1)
        on = _previous_word(low, article + 1)
        if on != "on":
            return False
        return _previous_word(low, low.rfind("on", 0, article + 1)) not in self.lex.DATE_FALLING_VERBS

    def _almanac_label_before(self, low: str, start: int, word_before: str) -> bool:
        """Whether `word_before`, the word right before the reading at `start`, is an almanac's or a tide
        table's label ("Sunrise 07:55", "Moon sets 02:10", "High water 06:42"); "water" and "tide" only
        after their level ("mix with water 1:4" is a ratio)."""
        if word_before not in self.lex.ALMANAC_READING_LABELS:
            return False
        if word_before not in self.lex.TIDE_LABEL_NOUNS:
            return True
        label = low.rfind(word_before, 0, start)
        return _previous_word(low, label) in self.lex.TIDE_LEVEL_WORDS

    def _colon_clock_after_its_day(self, m: re.Match[str], ctx: Context) -> bool:
        """ "Away at Dunmore next Sat, 12:30 kick-off": a colon clock time right after a day just read
        (a weekday or a day of a month, a comma between) is that day's time, as "Sat 6:40am" is."""
        previous = ctx.prev_spec
        return (
            previous is not None
            and previous.type == "DATE"
            and (previous.weekday is not None or previous.day is not None)
            and _DAY_THEN_CLOCK_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
        )

    def _closes_weekday_run(self, m: re.Match[str], ctx: Context) -> bool:
        """Whether the weekday closes a run whose first day was just read as a schedule's ("Tue-Sat")."""
        previous = ctx.prev_spec
        return (
            previous is not None
            and previous.type == "SET"
            and (previous.value or "").startswith("XXXX-WXX-")
            and 0 <= m.start() - ctx.prev_end <= 10
            and (
                _PLURAL_WEEKDAY_RUN_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
                # "Fri and Sat 9am-5pm": the second of a pair sharing its hours
                or (
                    _WEEKDAY_PAIR_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
                    and previous.note.endswith(_RUN_AFTER_HOURS_NOTE)
                )
            )
        )

    def _weekday_run_with_hours(self, m: re.Match[str], ctx: Context) -> bool:
        """ "open Monday to Saturday, 9am-6pm": both ends of a run of weekdays followed by its hours; so
        are those of a run written after its hours ("from 8 a.m. to 8 p.m. ET Monday through Friday"), and a
        run a notice says is open or closed ("Open Sun-Thu.", "The bar is closed Sun-Mon.")."""
        if (
            _previous_word(ctx.low, m.start("weekday")) in self.lex.NOTICE_HOURS_STATES
            and (run := self.weekday_run_after_rx.match(ctx.low, m.end())) is not None
            and self.notice_state_before_rx.search(
                ctx.low, max(0, m.start("weekday") - 16), m.start("weekday")
            )
            # "The bridge is closed Mon-Wed this week", "closed Mon-Fri next week": a week named after the
            # run makes it that week's days, one stretch
            and (after := _next_word(ctx.low, run.end())) not in self.lex.RELATIVE_DETERMINERS
            and after not in self.lex.DAY_DEICTICS
        ):
            return True
        if self.weekday_run_then_hours_rx.match(ctx.low, m.end()) is not None or (
            self.weekday_pair_then_hours_rx.match(ctx.low, m.end()) is not None
            # "was open on Saturday and Sunday 10am-4pm": "on" names the days of one week
            and _previous_word(ctx.low, m.start("weekday")) != "on"
        ):
            return True
        previous = ctx.prev_spec
        if (
            previous is not None
            and previous.type == "TIME"
            and 0 <= m.start() - ctx.prev_end <= 6
            and _CLOCK_THEN_WEEKDAY_RUN_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
            and self.weekday_run_after_rx.match(ctx.low, m.end()) is not None
        ):
            # the clock time before closes a range of hours ("9am-5pm", "from 8 a.m. to 8 p.m."), so the
            # run is a schedule's, not one stretch of days ("from 10 a.m. Saturday through Monday")
            return _HOURS_RANGE_BEFORE.search(ctx.low, max(0, ctx.prev_end - 40), ctx.prev_end) is not None
        if (
            previous is None
            or previous.type != "SET"
            or not (previous.value or "").startswith("XXXX-WXX-")
            or not 0 <= m.start() - ctx.prev_end <= 10
            or _PLURAL_WEEKDAY_RUN_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is None
        ):
            return False
        if _WEEKDAY_SET_VALUE.fullmatch(previous.value or "") and previous.note.endswith(
            _RUN_AFTER_HOURS_NOTE
        ):
            return True  # "... Monday through Friday": the run's close, as its opening
        return self.weekday_hours_rx.match(ctx.low, m.end()) is not None

    def _abbreviated_weekday_in_context(self, m: re.Match[str], ctx: Context, original: str) -> bool:
        """ "closed Mon for a private event", "OOO Thu-Fri": a short weekday that is also a word ("sat",
        "sun", "wed", "mon") is the day when written with a capital inside a sentence, not after a
        determiner ("the Sun") nor inside a name ("Nguyen Thi Thu"); at a sentence's start ("Sun's out")
        only what follows it tells (a date, a clock time, "AM")."""
        at = m.start("weekday")
        if not original[1:].islower():
            return False
        paired = _WEEKDAY_JOINED_BEFORE.search(ctx.text, max(0, at - 16), at)
        if paired is not None and paired.group(1).lower() in self.lex.WEEKDAYS:
            return True  # "closed this Sat & Sun": joined to a weekday, a short one is the next day too
        if ctx.low.startswith("'s", m.end("weekday")):
            return False  # "Mon's lawyer": a name
        if original.lower() in self.lex.NAME_LIKE_WEEKDAYS:
            # "Sun shipped 28,000 systems": a name; "back Sun nite", "lunch on Sun" closing its line: the day
            return bool(
                m["pod"]
                # "nights, Sun-Thu": the first day of a run of short weekdays
                or (
                    (run := _WEEKDAY_RUN_AFTER.match(ctx.text, m.end("weekday"))) is not None
                    and run[1].lower() in self.lex.WEEKDAYS
                )
                or (
                    _previous_word(ctx.low, at) in self.lex.DAY_ONLY_LEADS
                    and _LINE_END_AFTER.match(ctx.low, m.end("weekday")) is not None
                )
            )
        if m["wdet"] or m["pmod"] or m["pod"]:
            return True  # "next Sat", "early Mon", "Hartley Mon night"
        end = m.end("weekday")
        if _sentence_start(ctx.low, at):
            # "Honestly? Fri is my day off": one that is no English word is the day before a verb
            return original.lower() not in self.lex.WORD_LIKE_WEEKDAYS and bool(
                _ADVERB_ENDS.match(ctx.low, end) or _SHORT_WEEKDAY_FOLLOWERS.match(ctx.low, end)
            )
        before = _previous_word(ctx.low, at)
        if before in self.lex.NOUN_DETERMINERS or before in self.lex.POSSESSIVE_DETERMINERS:
            return False
        name_before = _CAPITALISED_WORD_BEFORE.search(ctx.text, max(0, at - 24), at)
        if name_before is not None and not _sentence_start(ctx.low, name_before.start()):
            return False  # "Nguyen Thi Thu"; "Physio Fri at 4" opens its sentence with a capital
        # a day is followed by what ends or links a phrase ("closed Mon for", "OOO Thu-Fri", "Wed @ 8:30",
        # "spent Sat pulling"), a name by its noun ("ethnic Mon rebels")
        return bool(
            m["pod"] or _ADVERB_ENDS.match(ctx.low, end) or _SHORT_WEEKDAY_FOLLOWERS.match(ctx.low, end)
        )

    def h_glued_length(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "ETA 2hrs", "4hrs 20 mins": a length whose short unit is glued to its count; "a 25yr-old"
        or "25yrs old" is an age and "£5hr" a price."""
        start = m.start("gcount")
        if ctx.low.startswith(" old", m.end("gunit")) or (start > 0 and ctx.low[start - 1] in "$£€,."):
            return None
        unit = self.lex.GLUED_UNIT_FORMS[m["gunit"]]
        count = float(m["gcount"])
        if m["gmin"]:
            if unit != "hour" or not count.is_integer():
                return None
            code: str | None = f"PT{int(count)}H{int(m['gmin'])}M"
        else:
            code = duration_code(unit, count, self.lex.UNITS)
        if code is None:
            return None
        spec = Spec("DURATION", "fixed", value=code, note=f"'{m.group(0)}': a {unit}-based duration")
        if m["amod"]:
            spec.mod = self.lex.PRE_MODIFIERS.get(_BLANKS.sub(" ", m["amod"]))
        return spec

    def _weekday_with_clock(self, m: re.Match[str], word: str) -> Spec:
        """ "Sat 6:40am": the clock time of that weekday; "Fri AM": its morning."""
        spec = Spec("DATE", "weekday", weekday=int(self.lex.WEEKDAYS[word]), note="a weekday and its time")
        if m["whalf"]:
            spec.pod = "MO" if m["whalf"].startswith("a") else "AF"
            return spec
        hour, minute = int(m["whour"]), int(m["wminute"] or 0)
        if m["wampm"] is None:  # "Wed 07:30": a 24-hour clock
            pass
        elif m["wampm"].startswith("p") and hour < 12:
            hour += 12
        elif m["wampm"].startswith("a") and hour == 12:
            hour = 0
        spec.pod = f"{hour:02d}:{minute:02d}"
        spec.type = "TIME"
        return spec

    def h_sun_part_of_day_weekday(self, m: re.Match[str], ctx: Context) -> Spec | None:
        spec = Spec(
            "TIME",
            "weekday",
            weekday=int(self.lex.WEEKDAYS[m["sunweekday"].rstrip(".")]),
            base="dct",
            pod=str(self.lex.PARTS_OF_DAY[m["sunpod"]]),
            note=f"'{m.group(0)}'",
        )
        spec.amount = None
        return spec

    def h_part_of_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word = m["pod"]
        code = str(self.lex.PARTS_OF_DAY[word])
        det = m["podet"]
        pmod = m["pmod"] or m["early"]
        if word == "first light" and (det or pmod):
            return None  # "the first light aircraft", "the first light of spring": not daybreak
        if (
            (word in self.lex.ROUTINE_PARTS_OF_DAY or word == "night")
            and not det
            and not pmod
            and self.dose_at_before.search(ctx.low, max(0, m.start("pod") - 40), m.start("pod")) is not None
        ):
            # "insulin 10 units at bedtime", "atorvastatin 80 mg at night": the time of each day's dose
            return Spec(
                "SET", "fixed", value=f"XXXX-XX-XXT{code}", note=f"'{word}' after a dose: every day's"
            )
        if word in self.lex.ROUTINE_PARTS_OF_DAY:
            if det or pmod or not self.instruction_step(ctx.low, m.start("pod")):
                return None  # "a bedtime story", "read to them at bedtime": a routine, no time of its own
            # "Take one tablet at bedtime": the night of each day of the course
            return Spec(
                "SET", "fixed", value=f"XXXX-XX-XXT{code}", note=f"'{word}' in an instruction: every day's"
            )
        at = m.start("pod")
        if (
            ctx.text[at].isupper()
            and not _sentence_start(ctx.low, at)
            and (
                _CAPITALISED_WORD_BEFORE.search(ctx.text, max(0, at - 20), at)
                or _NUMBER_AFTER_NAME.match(ctx.text, m.end())
                or _name_follows(ctx.text, m.end(), self.lex)
            )
        ):
            return None  # "Operation Dawn 8", "Operation Desert Dawn": a part of the day inside a name
        if word in ("night", "nights", "mornings", "afternoons", "evenings", "daytime") and (
            det not in ("that", "this", "last", "the", "one") or word.endswith("s")
        ):
            return None
        if det == "last" and self.final_of_occasion(ctx.low, m.start("podet")):
            return None  # "fireworks on the last night": the occasion's final night (see h_relative_unit)
        if word in ("noon", "midnight", "midday"):
            return None  # clock times: the clock_time rule
        if word in self.lex.SUN_PARTS_OF_DAY and _COLON_CLOCK_AFTER_LABEL.match(ctx.low, m.end()):
            return None  # "Sunrise 07:55, sunset 18:21": an almanac's label of the reading after it
        if det == "last" and _previous_word(ctx.low, m.start()) in self.lex.POSSESSIVE_DETERMINERS:
            return None  # "the hall's takings on its last night": the final one, not yesterday's
        if word == "night" and _next_word(ctx.low, m.end()) in self.lex.NIGHT_COMPOUND_HEADS:
            return None  # "I was the night clerk", "on the night shift": a kind of work, not a night
        if (head := _next_word(ctx.low, m.end())) in self.lex.WORK_SHIFT_NOUNS and not (
            # "In the evening watch a film": an instruction opening its sentence, "watch" its verb
            head in self.lex.WORK_SHIFT_NOUNS_ALSO_VERBS
            and _next_word(ctx.low, ctx.low.index(head, m.end()) + len(head))
            in self.lex.FREQUENCY_DOCUMENT_DETERMINERS
            and _sentence_start(ctx.low, ctx.low.rfind(" ", 0, m.start() - 1) + 1)
        ):
            return None  # "before the morning shift", "in the morning watch": a kind of work
        if m["podday"]:
            offset, _ = self.lex.DAY_DEICTICS[m["podday"]]
            spec = Spec(
                "DATE", "shift", unit="day", amount=int(offset), base="dct", pod=code, note=f"'{m.group(0)}'"
            )
            if pmod:
                spec.mod = self.lex.PRE_MODIFIERS.get(pmod)
            return spec
        if (
            det is None
            and not pmod
            and word not in self.lex.SUN_PARTS_OF_DAY
            # "died before morning", "held out till evening": a bound of the night's events, as "by morning"
            and _previous_word(ctx.low, m.start()) not in self.lex.BARE_PART_OF_DAY_LEADS
            # "the morning and evening rush hours": the second part shares the first one's "the"
            and not (
                _POD_AND_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start())
                and _next_word(ctx.low, m.end()) in self.lex.QUALIFIED_BY_PART_OF_DAY
            )
            # "in the morning and evening.": joined to a part of the day just named, closing the phrase
            and not (
                ctx.prev_spec is not None
                and ctx.prev_spec.pod is not None
                and 0 <= m.start() - ctx.prev_end <= 5
                and _AND_OR_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
                and _PHRASE_CLOSE.match(ctx.low, m.end()) is not None
            )
        ):
            return None
        if (
            (det == "the" or pmod or ctx.low.endswith("the ", 0, m.start()))
            and re.match(r"\s*(?:of|before|after)\b", ctx.low[m.end() : m.end() + 8])
            # "fell in the morning before recovering": a participle after it is the clause's next event
            and not (
                _previous_word(ctx.low, m.start()) in self.lex.PART_OF_DAY_WITHIN_LEADS
                and _PARTICIPLE_AFTER_BEFORE.match(ctx.low, m.end())
            )
        ):  # "the (early) morning of 6 June", "in the dusk of 2 May": the day that follows is the expression
            return None
        if word in ("overnight",) or ctx.low[max(0, m.start() - 4) : m.start()].endswith("pre-"):
            return None
        if det == "the" and not pmod:
            following = _next_word(ctx.low, m.end())
            if (
                following.endswith("s")
                and not following.endswith(("ss", "us", "is", "'s"))
                and following not in self.lex.NON_NOUN_S_WORDS
                and following not in self.lex.QUALIFIED_BY_PART_OF_DAY
                and following not in self.lex.UNIT_FORMS
                and never_a_verb(following)
                and not self._opening_part_of_day_before_subject(
                    ctx.low, m.start(), m.end() + 1 + len(following)
                )
            ):
                return None  # "tickets for the evening galas": a kind of event of any day, no one evening
            if (
                following in self._publication_qualified_by_part_of_day
                and ctx.prev_end >= 0
                and _no_finer_than_a_month(ctx.prev_spec)
            ):
                # "By the 1880s it printed two editions. The morning edition went to press at 11 p.m.": with
                # the story on a year or a season, no one morning is told; the part of the day names a kind
                # of edition ("On 3 May 1926 the evening edition was late" keeps that day's evening)
                return None
        spec = Spec(
            "TIME" if ":" in code else "DATE",
            "shift",
            unit="day",
            amount=0,
            base="ref" if det not in ("this", "last") else "dct",
            pod=code,
        )
        if det is None and _next_word(ctx.low, m.end()) in self.lex.MARKET_SESSION_NOUNS:
            spec.base = "dct"  # "shares jumped in morning trading": the session of the day reported
        if det is None and not pmod and _previous_word(ctx.low, m.start()) == "since":
            # "traders have gathered since morning", "the road is shut since morning": a bare part of the
            # day after "since" in a present or present perfect clause is the writer's own day's; after
            # "had" or "was" it stays the story's ("had waited since morning")
            opening = _last_sentence_boundary_end(ctx.low, max(0, m.start() - 160), m.start())
            verbs = _SENTENCE_WORD.findall(ctx.low, max(opening, m.start() - 160), m.start())
            tensed = [w for w in verbs if w in self.lex.SINCE_CLAUSE_AUXILIARIES]
            if tensed and self.lex.SINCE_CLAUSE_AUXILIARIES[tensed[-1]] == "present":
                spec.base = "dct"
        coordinated = _AND_POD_AFTER.match(ctx.low, m.end()) if det == "the" and not pmod else None
        if (
            det == "the"
            and not pmod
            and (
                _next_word(ctx.low, m.end()) in self.lex.QUALIFIED_BY_PART_OF_DAY
                or (coordinated is not None and coordinated[1] in self.lex.QUALIFIED_BY_PART_OF_DAY)
            )
        ):
            # "the evening rush", "the morning and evening rush hours": the article belongs to "rush"
            spec.extent_group = "pod"
            day_after = _DAY_AFTER_QUALIFIED_NOUN.match(ctx.low, m.end())
            if day_after is not None:
                # "sailed on the evening tide last night", "in the morning session yesterday": the part of
                # the day falls on the day named right after its noun, counted from now
                day = day_after["day"]
                spec.amount = -1 if day == "last night" else int(self.lex.DAY_DEICTICS[day][0])
                spec.base = "dct"
        if det == "last":
            if word != "night":
                return None
            spec.amount = -1
        if pmod:
            spec.mod = self.lex.PRE_MODIFIERS.get(pmod)
        elif word in self.lex.ONE_WORD_MID_PARTS_OF_DAY:
            spec.mod = "MID"  # "by midmorning": the middle of the morning, as "mid-morning" is
        spec.note = f"'{m.group(0)}'"
        return spec

    @staticmethod
    def _opening_part_of_day_before_subject(low: str, start: int, plural_end: int) -> bool:
        """Whether "in the afternoon" opens its clause and the plural after it is the clause's subject,
        a verb following it ("Baghdad fell; in the afternoon marines pulled down a statue")."""
        if not low.startswith("in ", max(0, start - 3)) or start < 3:
            return False
        verb = _NEXT_WORD.match(low, plural_end)
        if verb is None or not only_a_verb(verb[1]):
            return False
        before = low[max(0, start - 12) : start - 3].rstrip()
        return not before or before[-1] in ".;:,\n" or before.endswith((" and", " but"))

    def _age_apposition_after(self, low: str, end: int) -> bool:
        """Whether ", at 59," or ", aged 81," follows `end`: an age set off by commas, so a "Now" before
        it is the present of the person told of, not a turn in the talk."""
        age = _AGE_APPOSITION.match(low, end)
        return age is not None and age["ageword"] in self.lex.AGE_APPOSITION_WORDS

    def _time_compared_after(self, low: str, end: int) -> bool:
        """Whether ", as <a time>," follows `end` ("Now, as a century ago,", "Now, as in 1925,", "Now, as
        then,"): the "Now" is the present set beside another time, not a turn in the talk."""
        aside = _AS_ASIDE.match(low, end)
        if aside is None:
            return False
        last = aside["last"]
        return last in self.lex.NOW_COMPARED_TIME_WORDS or _YEAR_OR_DECADE_WORD.fullmatch(last) is not None

    def h_reference(self, m: re.Match[str], ctx: Context) -> Spec | None:
        core = re.sub(r"\s+", " ", m.group(0))
        value = self.lex.REFERENCE_PHRASES.get(core) or self.lex.REFERENCE_WORDS.get(core)
        if value is None:
            return None
        if (
            core in self.lex.ADVERBIAL_REFERENCE_PHRASES
            and _ADVERB_ENDS.match(ctx.low, m.end()) is None
            and _next_word(ctx.low, m.end()) not in self.lex.ADVERBIAL_REFERENCE_PARTICIPLES
        ):
            return None  # "a man of late middle age": an adjective, not "recently"
        if (
            core in self.lex.DISCOURSE_OPENERS
            and ctx.low.startswith(",", m.end())
            and _opens_sentence(ctx.low, m.start())
            and not self._age_apposition_after(ctx.low, m.end())
            and not self._time_compared_after(ctx.low, m.end())
        ):
            return None  # "Now, in other news", "Now, he says, ...": an opener, as TimeBank leaves it
        if core in self.lex.LOWER_CASE_ONLY_REFERENCE_WORDS and (
            not ctx.text[m.start() : m.end()].islower()
            or ctx.low[m.end() : m.end() + 1] in ("-", "/", "_")
            or (ctx.low[m.end() : m.end() + 1] == "." and ctx.low[m.end() + 1 : m.end() + 2].isalnum())
            or ctx.low[max(0, m.start() - 1) : m.start()] in ("-", "/", "_", ".")
        ):
            return None  # "an RN", "the rn-2 route": a word of its own
        if (
            core == "now"
            and ctx.low.startswith(" and ", m.end())
            and _next_word(ctx.low, m.end() + 4) in self.lex.OCCASIONAL_NOW_TAILS
            and _previous_word(ctx.low, m.start()) not in self.lex.NOW_CONTRAST_LEADS
        ):
            return None  # "seen now and then", "every now and again": at times, not the present
        if (
            core in ("recently", "recent")
            and ctx.low.startswith(" as ", m.end())
            and _previous_word(ctx.low, m.start()) == "as"
        ):
            return None  # "as recently as last month": a comparison leading to the time after it
        if core in ("then current", "then-current") and (
            _previous_word(ctx.low, m.start()) not in self.lex.THEN_CURRENT_LEADS
            or (core == "then current" and _previous_word(ctx.low, m.start()) in self.lex.THEN_NOUN_LEADS)
        ):
            return None  # "and then current flowed", "by then current events had": "then" not an adjective
        if core in (
            "past",
            "future",
            "current",
            "recent",
            "once",
            "some time",
            "the moment",
            "so far",
            "to date",
            "the present",
        ) and not self._reference_word_ok(core, m, ctx):
            return None
        if core == "past years" and _previous_word(ctx.low, m.start()) == "the":
            return None  # "over the past years": a length, as "the past few years" is (the bare units' rule)
        if core == "the past" and _next_word(ctx.low, m.end()) in self.lex.UNIT_FORMS:
            return None  # "the past weeks have been hard": an adjective of the units, not the past itself
        if core in ("the future", "the past") and re.match(r"\s+of\s", ctx.low[m.end() : m.end() + 4]):
            return None  # "a contest over the future of the state": its fate or history, not a time
        if (
            core == "the future"
            and _previous_word(ctx.low, m.start()) not in self.lex.PREPOSITIONS_OF_THE_FUTURE
            and (
                _NEXT_CAPITALISED.match(ctx.text, m.end()) is not None
                or _next_word(ctx.low, m.end()) in self.lex.ROLES_AFTER_FUTURE
            )
        ):
            return None  # "a son, the future Henry VI", "married the future king": an adjective of a role
        if core == "the future" and _next_word(ctx.low, m.end()) in self.lex.NOUNS_AFTER_FUTURE:
            return None  # "consultation on the future use of the site": an adjective before its noun
        if core in ("the future", "the past") and (
            ctx.low[m.end() + 1 : m.end() + 2].isdigit()
            or (after := _next_word(ctx.low, m.end())) in self.lex.NUMBER_WORDS
            or after in self.lex.VAGUE_QUANTITIES
        ):
            counted = _COUNTED_NOUN.match(ctx.low, m.end())
            if counted is None or counted.group(1).removesuffix("s") not in self.lex.SEASONS:
                # "for the past two seasons", "the past few games": an adjective before a count (the
                # past three summers are still the time it names)
                return None
        return Spec(
            "DATE",
            "fixed",
            value=str(value),
            note=f"'{core}' refers to the {str(value).split('_')[0].lower()}",
        )

    def _present_as_a_time(self, low: str, end: int) -> bool:
        """Whether "the present" ending at `end` is the time, not the adjective of the noun after it."""
        after = _next_word(low, end)
        return not after or after in self.lex.PRESENT_TIME_NOUNS or after in self.lex.WORDS_AFTER_PRESENT_NOUN

    def _reference_word_ok(self, core: str, m: re.Match[str], ctx: Context) -> bool:
        before = _previous_word(ctx.low, m.start())
        if core in ("past", "once", "some time", "so far", "to date"):
            return False
        if core in ("the moment", "the present"):
            # "recorded at the moment of submission", "at the moment when it landed": an event's moment
            return (
                before in ("at", "for", "until")
                and not ctx.low.startswith((" of ", " when "), m.end())
                # "at the present rate", "at the present site": the adjective of a noun, no time; only a
                # time noun ("the present day") or no noun at all ("for the present we wait") keeps it one
                and (core != "the present" or self._present_as_a_time(ctx.low, m.end()))
            )
        if core == "future":
            # the adjective ("future payments", "its future") is no time; "in future" is
            return before == "in"
        hyphened = _WORD_HYPHEN_BEFORE.search(ctx.low, max(0, m.start() - 12), m.start())
        if core == "current" and (
            before in self.lex.CURRENT_PAST_LEADS
            or (hyphened is not None and hyphened.group(1) in self.lex.CURRENT_PAST_LEADS)
        ):
            return False  # "the then-current price list": the rates in force then, no time of its own
        if core == "current":
            # only the adjective before its noun is a time ("the current rules"); the noun is a flow
            # ("an electric current.", "the current of the river", "the current carried them")
            # "the tidal current", "the current turned": a flow's adjective before it, a verb after it
            after = _NEXT_WORD.match(ctx.low, m.end(), m.end() + 30)
            return (
                after is not None
                and after.group(1) not in self.lex.CURRENT_NOUN_FOLLOWERS
                and before not in self.lex.CURRENT_NOUN_MODIFIERS
                and not only_a_verb(after.group(1))
            )
        return True

    def h_set(self, m: re.Match[str], ctx: Context) -> Spec | None:
        q = m["q"]
        n_raw = m["n"]
        n = parse_number(n_raw, self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES) if n_raw else 1
        if m["other"]:
            n = self.lex.ORDINALS.get(m["other"], 2)
        if m.groupdict().get("half") and n is not None:
            n = n / 2
        quant = self.lex.SET_QUANTIFIERS[q]
        if q in self.lex.MOST_QUANTIFIERS and (
            not m["unit"]
            or not m["unit"].endswith("s")
            or n_raw
            or m["other"]
            or _previous_word(ctx.low, m.start()) in self.lex.NOUN_DETERMINERS
            or not (
                m.end() == len(ctx.low)
                or ctx.low[m.end()] in _PHRASE_CLOSERS
                or _next_word(ctx.low, m.end()) in self.lex.SUBJECT_PRONOUNS
            )
        ):
            # "we can, most days", "Most days she walks": a habit; "the most weeks at No. 1" is a
            # superlative, "on most days last July" a share of a period's days
            return None
        if (
            q == "a"
            and m["unit"] == "second"
            and re.match(
                r"\s+(?!(?:and|or|in|at|for|on|to|from|with)\b)[a-z]", ctx.low[m.end() : m.end() + 6]
            )
        ):
            return None  # "in 1584 a second observatory": the ordinal before a noun
        if q in ("a", "an") and m["unit"] == "quarter" and ctx.low.startswith(" of ", m.end()):
            return None  # "shares a quarter of the fees": a fraction of something, not a rate
        if q in ("a", "an"):
            before = ctx.low[max(0, m.start() - 25) : m.start()]
            if (
                (
                    # "$45 more a month", "£20 less a year": the sum a rate changes by; "53p a day", "50c a
                    # litre": an amount in pence or cents written after its number
                    not re.search(
                        r"(?:\d|(?<=\d)[pc]|million|billion|dollars?|cents?|pounds?|pence|euros?|%)"
                        r"(?:\s+(?:more|less|extra))?\s*$",
                        before,
                    )
                    and _previous_word(ctx.low, m.start()) not in self.lex.SPELLED_COUNTS
                    and not self.count_of_things_rx.search(ctx.low, max(0, m.start() - 40), m.start())
                    and not self.accumulation_before_rx.search(before)
                    and not self.single_measure_before_rx.search(before)
                    and not self.count_then_traffic_verb_rx.search(ctx.low, max(0, m.start() - 50), m.start())
                    and (
                        _RATE_CLOSE_AFTER.match(ctx.low, m.end()) is None
                        or not self.length_of_stuff_rx.search(ctx.low, max(0, m.start() - 50), m.start())
                    )
                )
                or not m["unit"]
                or (
                    (offset := _OFFSET_WORD_AFTER.match(ctx.low[m.end() : m.end() + 30])) is not None
                    # "$2,900 a month before discounts", "£40,000 a year after tax": still a rate
                    and offset.group(1) not in self.lex.RATE_DEDUCTION_NOUNS
                )
            ):
                return None
            quant = None
        if m["unit"]:
            unit = self.lex.UNIT_FORMS[m["unit"]]
            if ctx.low.startswith(" of ", m.end()) and _OF_IT_OR_THEM.match(ctx.low, m.end()):
                # "enjoyed every minute of it", "use every day of them": each of the units of a stretch
                # just named, counted off, not a time that recurs
                return None
            if q == "per" and unit in ("second", "minute", "sec", "min"):
                return None  # "instructions per second": a rate, not a time
            if (
                q == "per" or (q in ("a", "an") and unit in ("hour", "hr", "second", "sec", "minute", "min"))
            ) and _previous_word(ctx.low, m.start()) in self.lex.DISTANCE_UNITS:
                # "120 miles per hour", "seventy miles an hour", "24 kilometers a second": a speed ("ten
                # kilometres a day" is a set)
                return None
            if unit == "weekend":
                return Spec("SET", "fixed", value="XXXX-WXX-WE", quant=quant, note="every weekend")
            if (
                unit == "night"
                and quant is not None
                and (head := _next_word(ctx.low, m.end())) in self.lex.NIGHT_COMPOUND_HEADS
                and not head.endswith("s")
                and head not in self.lex.NIGHT_HEADS_ALSO_SUBJECTS
            ):
                # "a second officer on every night crossing", "every night shift": each of a kind of
                # journey or work, not each night
                return None
            if (
                unit == "night"
                and (quant is not None or q in self.lex.MOST_QUANTIFIERS)
                and not (n_raw or m["other"])
            ):
                # "every night" and "most nights" are a part of each day, as "every morning" and "most
                # evenings" are ("£40 a night" is a rate)
                return Spec("SET", "fixed", value="XXXX-XX-XXTNI", quant=quant, note="every night")
            if m.groupdict().get("n2"):
                n = None  # "every ten or twelve years": some years each time (PXY)
            elif n is None and n_raw != "few":
                return None
            # "every few days": a recurring interval of some days (PXD)
            code = duration_code(unit, n, self.lex.UNITS)
            if code is None:
                return None
            return Spec("SET", "fixed", value=code, quant=quant, note=f"'{m.group(0)}': a recurring {unit}")
        if m["weekday"]:
            word = m["weekday"].rstrip(".")
            if word in self.lex.AMBIGUOUS_WEEKDAYS and (
                word in self.lex.NAME_LIKE_WEEKDAYS
                or not (
                    # "recycling is every other mon btw", "juniors every other sat 10am": after "every" a
                    # short weekday that ends its phrase is the day, never the verb "sat" nor a name
                    m["wpod"]
                    or _ADVERB_ENDS.match(ctx.low, m.end())
                    or _SHORT_WEEKDAY_FOLLOWERS.match(ctx.low, m.end())
                    or _next_word(ctx.low, m.end()) in self.lex.DAY_ONLY_TRAILING_ADVERBS
                )
            ):
                return None
            part = f"T{self.lex.PARTS_OF_DAY[m['wpod']]}" if m["wpod"] else ""
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-WXX-{self.lex.WEEKDAYS[word]}{part}",
                quant=quant,
                note=f"every {word.capitalize()}",
            )
        if m["month"]:
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-{self.month_of(m['month']):02d}",
                quant=quant,
                note="every year in that month",
            )
        if m["season"]:
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-{self.lex.SEASONS[m['season']]}",
                quant=quant,
                note="every year in that season",
            )
        if m["pod"]:
            code = str(self.lex.PARTS_OF_DAY[m["pod"]])
            value = f"XXXX-XX-XXT{code}"
            return Spec("SET", "fixed", value=value, quant=quant, note=f"every {m['pod']}")
        return None

    def h_set_frequency(self, m: re.Match[str], ctx: Context) -> Spec | None:
        unit = self.lex.UNIT_FORMS[m["unit"]]
        times = (
            self.lex.FREQUENCY_WORDS.get(m["fw"])
            if m["fw"]
            else parse_number(m["fn"], self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES)
        )
        interval = 1.0
        if m["every_n"]:
            interval = parse_number(m["every_n"], self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES) or 1.0
        code = duration_code(unit, interval, self.lex.UNITS)
        if code is None:
            return None
        freq = f"{int(times)}X" if times is not None else "XX"
        return Spec("SET", "fixed", value=code, freq=freq, note=f"'{m.group(0)}': {freq} per {unit}")

    def h_set_dose_interval(self, m: re.Match[str], ctx: Context) -> Spec | None:
        value = self.lex.DOSE_INTERVAL_ABBREVIATIONS[m["dose"]]
        return Spec(
            "SET", "fixed", value=value, freq="1X", note=f"'{m.group(0)}': a prescriber's every {value}"
        )

    def h_holiday_weekday(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "bank holiday Monday", "the bank holiday Monday": the weekday read as a bare one is, with the
        holiday's name kept in the extent."""
        if not ctx.text[m.start("weekday")].isupper():
            return None
        weekday = int(self.lex.WEEKDAYS[m["weekday"]])
        if weekday == 1:
            # "We had 61 admissions on the bank holiday Monday", said on a Friday in September: one of the
            # year's bank holiday Mondays, the nearest on the side the tense says, not the last Monday
            return Spec("DATE", "holiday", holiday=BANK_HOLIDAY_MONDAYS, note="bank holiday Monday")
        return Spec("DATE", "weekday", weekday=weekday, note=f"'{m.group(0)}': a weekday that is a holiday")

    def _plural_weekday_run_ends_on_a_date(self, ctx: Context, end: int) -> bool:
        """ "screens Fridays through March 14", "trades Saturdays until 26 April", "opens Sundays from May":
        standing days whose run ends or opens on a date or in a month."""
        after = _PLURAL_WEEKDAY_RUN_END.match(ctx.low, end)
        return after is not None and after["word"].rstrip(".") in self.lex.MONTHS

    def _plural_weekday_hour_at_a_place(self, text: str, end: int) -> bool:
        """ "The club meets Thursdays at 8 in the hall": standing days given a bare hour and then the place
        kept at it are a schedule, as "Thursdays at 8, Backroom Theater" is ("Thursdays at 8 percent" is
        not). The place is a determiner and a noun that ranks nothing ("in the hall", not "in the
        standings") or a capitalised name ("at 7 at Riverside Library")."""
        if not text.startswith(" at ", end):
            return False
        hour = _PLURAL_WEEKDAY_BARE_HOUR.match(text, end)
        if hour is None or hour["word"] not in self.lex.BARE_HOUR_PLACE_PREPOSITIONS or hour["next"] is None:
            return False
        if hour["next"].lower() in self.lex.BARE_HOUR_PLACE_DETERMINERS:
            return hour["noun"] is not None and hour["noun"] not in self.lex.BARE_HOUR_RANKING_NOUNS
        return hour["next"][0].isupper() and hour["next"].lower() not in self.lex.BARE_HOUR_RANKING_NOUNS

    def h_set_plural_weekday(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if not ctx.text[m.start("weekdays")].isupper():
            return None
        before = _previous_word(ctx.low, m.start())
        if m["most"]:
            pass  # "preached most Sundays" keeps "most" in its extent, as "most summers" does
        elif (
            before not in ("on", "most", "some", "all", "other", "and", "or")
            and before not in self.lex.PLURAL_WEEKDAY_LEADS
            # "spent my Saturdays shopping", "gave staff Fridays off": days owned or given off recur
            and before not in self.lex.POSSESSIVE_DETERMINERS
            and not (
                _next_word(ctx.low, m.end()) == "off"
                and not before.isdigit()
                and before not in self.lex.NUMBER_WORDS  # "took two Fridays off" counts days
            )
            # "lost viewers after moving to Fridays", "was moved from Saturdays to Monday evenings": a
            # show or service given, or taken off, a standing day
            and not (
                before in ("to", "from")
                and _previous_word(ctx.low, ctx.low.rfind(before, 0, m.start()))
                in self.lex.PLURAL_WEEKDAY_MOVING_VERBS
            )
            # "now opens on Thursdays instead of Fridays", "rather than Sundays": the standing day a
            # schedule had, set against the one it has
            and not (
                before in self.lex.PLURAL_WEEKDAY_ALTERNATIVE_LEADS
                and _previous_word(ctx.low, ctx.low.rfind(before, 0, m.start()))
                == self.lex.PLURAL_WEEKDAY_ALTERNATIVE_LEADS[before]
            )
            # "Tuesdays to Sundays, 11am-4pm", "Sundays noon-4pm": a run of weekdays or one given its
            # hours is a schedule, whatever leads it
            and _PLURAL_WEEKDAY_SCHEDULE.match(ctx.low, m.end()) is None
            and not self._plural_weekday_hour_at_a_place(ctx.text, m.end())
            and not self._plural_weekday_run_ends_on_a_date(ctx, m.end())
            and not (
                ctx.prev_spec is not None
                and ctx.prev_spec.type == "SET"
                and _PLURAL_WEEKDAY_RUN_GAP.fullmatch(ctx.low, max(0, ctx.prev_end), m.start()) is not None
            )
            # "on Mondays, Wednesdays and Fridays": a list of standing days goes on after its comma as
            # after its "and"
            and not (
                ctx.prev_spec is not None
                and ctx.prev_spec.type == "SET"
                and (ctx.prev_spec.value or "").startswith("XXXX-WXX-")
                and _PLURAL_WEEKDAY_LIST_GAP.fullmatch(ctx.low, max(0, ctx.prev_end), m.start()) is not None
            )
            # "20 mg once weekly (Fridays)": the day a weekly frequency recurs on, in its brackets
            and not (
                ctx.prev_spec is not None
                and ctx.prev_spec.type == "SET"
                and ctx.prev_spec.value == "P1W"
                and _PLURAL_WEEKDAY_BRACKET_GAP.fullmatch(ctx.low, max(0, ctx.prev_end), m.start())
                is not None
            )
        ):
            return None
        word = m["weekdays"][:-1]
        return Spec(
            "SET",
            "fixed",
            value=f"XXXX-WXX-{self.lex.WEEKDAYS[word]}",
            note=f"'{m.group(0)}': every {word.capitalize()}",
        )

    def h_set_plural_season(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "spent most summers in the mountains", "in winters the lake froze": each of those seasons, as
        "most Sundays" is each Sunday; a count ("two winters") is a length, not a set."""
        if m["the"]:
            # "spent the winters at Olite", "in the summers"; not "the summers of 1846 and 1847"
            if not self._spent_or_in_the_plural(ctx, m):
                return None
        elif not m["most"] and _previous_word(ctx.low, m.start()) not in self.lex.PLURAL_SEASON_OPENERS:
            return None  # "most summers" keeps "most" in its extent, as TimeBank keeps "every"
        code = self.lex.PLURAL_SEASONS[m["seasons"]]
        return Spec("SET", "fixed", value=f"XXXX-{code}", note=f"'{m.group(0)}': every {m['seasons'][:-1]}")

    def h_seasons_ago(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "during a heat wave two summers ago": the season that many back, "last summer" being one back."""
        count = parse_number(m["num"], self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES)
        if count is None or count != int(count) or not 2 <= count <= 20:
            return None
        season = self.lex.PLURAL_SEASONS[m["seasons"]]
        return Spec(
            "DATE",
            "calendar",
            season=season,
            amount=-int(count),
            base="dct",
            note=f"'{m.group(0)}': the {m['seasons'][:-1]} {int(count)} back",
        )

    def _spent_or_in_the_plural(self, ctx: Context, m: re.Match[str]) -> bool:
        """Whether "the" and a plural season or part of the day are each of them: after "in" or
        "during", or spent doing something or somewhere ("spent the afternoons writing", "spent the
        winters at Olite"), and not named by what follows ("the evenings of 3 and 4 May")."""
        if _OF_FOLLOWS.match(ctx.low, m.end(), m.end() + 4):
            return False
        before = _previous_word(ctx.low, m.start())
        if before in ("in", "during"):
            return True
        following = _next_word(ctx.low, m.end())
        if before in self.lex.TIME_RESERVING_VERBS:
            # "keeps the afternoons for walking", "devoted the winters to writing": each one set aside
            return following in self.lex.TIME_RESERVED_FOR_WORDS
        if before == "and":
            # "spent the winters in Bermuda and [the summers] at Windsor": the second plural shares the
            # first one's verb or preposition; "in the mornings and the evenings were free" opens a clause
            if following in self.lex.PLURAL_SUBJECT_VERBS:
                return False
            before = self._verb_of_plural_before_and(ctx.low, m.start())
            if before in ("in", "during"):
                return True
        return before in self.lex.YEAR_SPENDING_VERBS and (
            following.endswith("ing") or following in self.lex.YEAR_SPENT_PLACE_WORDS
        )

    def _verb_of_plural_before_and(self, low: str, start: int) -> str:
        """The word before "the" and a plural season or part of the day last named in the clause before
        the "and" ending at `start` ("spent" in "spent the winters in Bermuda and"), or ""."""
        window = re.split(r"[.;:!?\n]", low[max(0, start - 80) : start])[-1]
        # the last plural season or part of the day, not the last plural ("spent the winters in the
        # mountains and [the summers]")
        matches = [
            found
            for found in _VERB_THE_PLURAL.finditer(window)
            if found["plural"] in self.lex.PLURAL_SEASONS or found["plural"] in self.lex.PLURAL_PARTS_OF_DAY
        ]
        return matches[-1]["verb"] if matches else ""

    def h_set_plural_part_of_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "studied in the evenings", "was at the pool most mornings": each of those parts of the day, as
        "most summers" is each summer; "the evenings of 3 and 4 May" and "the nights were cold" are not."""
        before = _previous_word(ctx.low, m.start())
        if m["the"]:
            # "studied in the evenings", "spent the afternoons writing"; not "the evenings of 3 and 4 May"
            if not self._spent_or_in_the_plural(ctx, m):
                return None
        elif m["most"]:
            pass  # "was at the pool most mornings"
        elif before not in self.lex.PLURAL_SEASON_OPENERS and before not in self.lex.SHIFT_WORK_VERBS:
            return None  # "working nights", "worked evenings": the shifts of a job, each such part of the day
        code = self.lex.PLURAL_PARTS_OF_DAY[m["pods"]]
        note = f"'{m.group(0)}': every {m['pods'][:-1]}"
        return Spec("SET", "fixed", value=f"XXXX-XX-XXT{code}", note=note)

    def h_latin_rate(self, m: re.Match[str], ctx: Context) -> Spec | None:
        value = self.lex.LATIN_RATE_PHRASES[re.sub(r"\s+", " ", m["latin"])]
        return Spec("SET", "fixed", value=value, note=f"'{m.group(0)}': a Latin rate, each period")

    def h_set_day_of_every_month(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word = m["mday"]
        day = int(word[:-2]) if word[0].isdigit() else self.lex.ORDINALS[word]
        if not 1 <= day <= 31:
            return None
        return Spec(
            "SET",
            "fixed",
            value=f"XXXX-XX-{day:02d}",
            quant=self.lex.SET_QUANTIFIERS[m["q"]],
            note=f"'{m.group(0)}': the same day of every month",
        )

    def h_set_day_of_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        group = "month" if m["month"] else "month2"
        if not self.month_ok(m, ctx, group):
            return None
        month = self.month_of(m[group])
        day = int(m["day"] or m["day2"])
        if not 1 <= day <= days_in_month(None, month):
            return None
        return Spec(
            "SET",
            "fixed",
            value=f"XXXX-{month:02d}-{day:02d}",
            quant=self.lex.SET_QUANTIFIERS[m["q"]],
            note="the same day of every year",
        )

    def h_set_workweek_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "every weekday", "on weekdays": each working day; TIMEX3 has no value for Monday to Friday
        alone, so the set is daily."""
        plural = m["workday"].endswith("s")
        if m["q"] and plural:
            return None
        if not m["q"] and not (
            plural
            and (
                _previous_word(ctx.low, m.start()) in self.lex.PLURAL_SET_PREPOSITIONS
                # "noon-9 p.m. weekdays", "Weekdays 9am-5pm": the days a schedule's hours are kept
                or _HOURS_JUST_BEFORE.search(ctx.low, max(0, m.start() - 12), m.start()) is not None
                or _PLURAL_WEEKDAY_SCHEDULE.match(ctx.low, m.end()) is not None
            )
        ):
            return None  # "a weekday afternoon", "weekday traffic"
        if m["workpod"]:
            if not m["q"]:
                return None
            # "every weekday morning": the part of the day is the set's time; TIMEX3 has no value for
            # the working days' mornings alone, so it is every morning
            code = self.lex.PARTS_OF_DAY[m["workpod"]]
            return Spec(
                "SET",
                "fixed",
                value=f"XXXX-XX-XXT{code}",
                quant=self.lex.SET_QUANTIFIERS[m["q"]],
                note=f"'{m.group(0)}': a part of each working day",
            )
        return Spec(
            "SET",
            "fixed",
            value="P1D",
            quant=self.lex.SET_QUANTIFIERS[m["q"]] if m["q"] else None,
            note=f"'{m.group(0)}': each working day",
        )

    def h_midweek(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "until midweek", "by mid-week": the middle of the week the tense points to, found as the
        weekday at its middle is and named by its ISO week."""
        weekday = self.lex.MIDWEEK_WORDS[m["midweek"]]
        return Spec("DATE", "weekday", weekday=weekday, mod="MID", week_of_day=True, note=f"'{m.group(0)}'")

    def h_weather_weekend(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "a dry and sunny weekend", "a wet, windy weekend": weather told of an indefinite weekend is
        that of the weekend forecast or just past, which the tense of the clause tells apart."""
        start = m.start()
        if (
            ctx.low.endswith("-day ", 0, start)
            and (length := _LENGTH_OF_THE_WEEKEND.search(ctx.low, max(0, start - 30), start)) is not None
            # "a four-day weekend ... on Saturday", "falling on Thursday, ... a four-day weekend": after
            # "a" only a day named in the sentence makes it one weekend ("firms offer a three-day
            # weekend", "will get a four-day weekend in May" are none)
            and (
                length.group(0).startswith("the")
                or self.near_day_after.match(ctx.low, m.end()) is not None
                or self.near_day_before.search(ctx.low, max(0, start - 80), start) is not None
            )
        ):
            # "over the three-day weekend", "begins a four-day weekend of celebrations on Saturday": the
            # weekend itself, its hyphenated length read apart
            return Spec("DATE", "shift", unit="weekend", amount=0, base="dct", note="'the weekend'")
        if m["long"] or not self._weather_told_before(ctx.low, start):
            return None  # "a busy weekend", "a weekend in Paris": no particular weekend
        return Spec(
            "DATE", "shift", unit="weekend", amount=0, base="dct", note="'the weekend': a weekend of weather"
        )

    def _weather_told_before(self, low: str, start: int) -> bool:
        """Whether "a" and weather words ("a dry and sunny", "a hot") stand right before `start`."""
        before = _WEATHER_WEEKEND_OPENING.search(low, max(0, start - 60), start)
        if before is None:
            return False
        words = _SENTENCE_WORD.findall(before["describing"])
        lex = self.lex
        return any(word in lex.WEATHER_ADJECTIVES for word in words) and all(
            word in lex.WEATHER_ADJECTIVES or word in lex.WEATHER_ADJECTIVE_LINKS for word in words
        )

    def _inside_a_set_told_before(self, low: str, start: int) -> bool:
        """Whether a set adverb stands before the "including" right before `start`, a comma allowed
        ("open daily, including weekends"): what "including" adds is then part of that set."""
        at = low.rfind("including", 0, start)
        while at > 0 and low[at - 1] in " \t,":
            at -= 1
        return _previous_word(low, at) in self.lex.SET_ADVERBS

    def h_set_plural_weekend(self, m: re.Match[str], ctx: Context) -> Spec | None:
        before = _previous_word(ctx.low, m.start())
        if (
            not m["most"]  # "played most weekends" keeps "most" in its extent, as "most Sundays" does
            and before not in self.lex.PLURAL_SET_PREPOSITIONS
            # "open weekends", "closed weekends", "Weekends 10am-4pm": a standing rule's days, as
            # "closed Mondays" is
            and before not in self.lex.PLURAL_WEEKDAY_LEADS
            and _PLURAL_WEEKDAY_SCHEDULE.match(ctx.low, m.end()) is None
            # "10 a.m.-10 p.m. weekends": the days the hours before are kept
            and _HOURS_JUST_BEFORE.search(ctx.low, max(0, m.start() - 12), m.start()) is None
            # "shifts across days and nights, including weekends": the days a rota or a rule takes in; after
            # "daily, including" they are inside the daily set, not one of their own
            and not (before == "including" and not self._inside_a_set_told_before(ctx.low, m.start()))
        ):
            return None  # "two weekends", "the weekends of June"
        return Spec("SET", "fixed", value="XXXX-WXX-WE", note=f"'{m.group(0)}': every weekend")

    def h_set_adverb(self, m: re.Match[str], ctx: Context) -> Spec | None:
        word = m["adverb"]
        start = m.start("adverb")
        after = ctx.low[m.end() : m.end() + 15]
        # the word before the adverb, asked by several of the checks below: read once
        word_before = _previous_word(ctx.low, start)
        if (
            word in self.lex.ADJECTIVAL_SET_WORDS
            and re.match(r"\s+[a-z]", after)
            and (
                after.split()[0] not in self.lex.ADVERBIAL_SET_WORD_FOLLOWERS
                # "wrote for a quarterly in Boston": after an article the word is a noun or adjective
                or word_before in ("a", "an", "the")
            )
        ):
            return None  # "a quarterly dividend": a kind of payment, not a time ("paid quarterly on" is)
        if word in ("daily", "weekly", "monthly") and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 3]):
            return None  # "the party daily Granma": a newspaper
        if self.frequency_kind_noun_rx.match(ctx.low, m.end()):
            return None  # "a weekly magazine", "monthly active users": a kind of thing, not a time
        if (
            word_before in self.lex.FREQUENCY_DOCUMENT_DETERMINERS
            or ctx.low.endswith(("'s", "\u2019s"), 0, max(0, start - 1))
        ) and self.frequency_document_rx.match(ctx.low, m.end()):
            return None  # "the weekly jobless claims report is due Thursday": a kind of document
        if (
            word in ("daily", "weekly", "monthly")
            and (
                (
                    _PERIODICAL_AFTER.match(after)
                    and _ARTICLE_OPENING_BEFORE.search(ctx.low, max(0, start - 24), start)
                )
                # "when it became a daily.": an article right before and a stop right after, no noun
                or (word_before in ("a", "an", "the") and after[:1] in ".!?")
            )
            and not self.payment_timing_after_rx.match(ctx.low, m.end())
        ):
            return None  # "a gardening weekly in London reported": the periodical, a noun
        if word_before in self.lex.RATE_BEFORE_FREQUENCY:
            return None  # "the average daily volume": an amount per day, not a time that recurs
        if (
            word_before in self.lex.RUN_OR_RANK_BEFORE_FREQUENCY
            or word_before in self.lex.ORDINALS
            or (word_before[:1].isdigit() and word_before.endswith(("st", "nd", "rd", "th")))
        ) and re.match(r"\s+[a-z]", after):
            return None  # "the third straight monthly rise", "its biggest weekly loss": a change's period
        if (
            ctx.text[start].isupper()
            and start > 0
            and ctx.text[start - 1] not in "\n\"'("
            and not _sentence_start(ctx.low, start)
        ):
            return None  # "the Daily Telegraph"
        return Spec(
            "SET", "fixed", value=str(self.lex.SET_ADVERBS[word]), note=f"'{word}': a recurring period"
        )

    def h_counted_set_adverb(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "obs 4-hourly", "antibiotics 6-hourly", "2-weekly bin collections": a frequency adverb with its
        interval counted before it, one every that many units."""
        if _previous_word(ctx.low, m.start()) in self.lex.RATE_BEFORE_FREQUENCY:
            return None  # "the average 3-monthly volume": an amount per period
        value = str(self.lex.SET_ADVERBS[m["cadverb"]]).replace("1", m["cn"], 1)
        return Spec("SET", "fixed", value=value, note=f"'{m.group(0)}': one every {m['cn']} units")

    def _eid_named_before(self, low: str, start: int) -> str:
        """The feast a bare "Eid" stands for: the Eid the text last named in full ("Eid al-Adha ... the Eid
        holidays"), else the best known, Eid al-Fitr."""
        if self._eid_in_full is None:
            self._eid_in_full = compile_pattern(
                r"(?<![a-z])(?:"
                + words_regex(
                    name
                    for name, rule in self.lex.ISLAMIC_CALENDAR_HOLIDAYS.items()
                    if name != "eid" and rule in ((10, 1), (12, 10))
                )
                + ")"
            )
        found = self._eid_in_full.findall(low, 0, start)
        return str(found[-1]) if found else "eid al-fitr"

    def h_holiday(self, m: re.Match[str], ctx: Context) -> Spec | None:
        # "at Christmas 300, ...": a three-digit number is the feast's year only in a story of the first
        # millennium; elsewhere the feast is read alone ("crowned on Christmas Day 800." keeps its feast)
        early_unread = m["hearly"] is not None and not _in_first_millennium(ctx, m.start())
        if early_unread and (m["hdet"] or m["hq"]):
            return None
        name = m["holiday"]
        # a name opened by "the" ("the Ides of March") is capitalised from its next word
        head = m.start("holiday") + (len("the ") if name.startswith("the ") else 0)
        if name.startswith("the ") and (name in self.lex.ADVENT_SUNDAYS or " sunday " in name):
            # "the second Sunday of Advent", "the first Sunday of Lent": a Sunday counted in a season is
            # capitalised from its season
            head = m.start("holiday") + name.rindex(" ") + 1
        if name.startswith("the ") and name in self.lex.ISLAMIC_CALENDAR_HOLIDAYS:
            # "the first day of Ramadan", "the Prophet's birthday": capitalised from its month's or its
            # prophet's word
            written = ctx.text[m.start("holiday") + len("the ") : m.end("holiday")]
            head += next((at for at, char in enumerate(written) if char.isupper()), 0)
        if not ctx.text[head].isupper() and name not in ("new year's day", "new year's eve"):
            return None
        if name in ("may day", "flag day", "election day") and not ctx.text[m.start("holiday")].isupper():
            return None
        if not m["year"] and _next_word(ctx.low, m.end()) in self.lex.SEASON_NAMED_TERMS:
            return None  # "the Michaelmas term", "the Easter term": a term of a school or court, named
        if (
            name in self.lex.SCHOOL_HOLIDAY_FEASTS
            and not m["year"]
            and _next_word(ctx.low, m.end()) == "holidays"
        ):
            return None  # "the Easter holidays": the weeks a school shuts round the feast, no day of its own
        if name in self.lex.LAW_TERM_NAMES and self.law_term_after_rx.match(ctx.low, m.end()):
            return None  # "in Easter and Trinity terms", "the Easter law term": the courts' sittings
        if (
            not (m["year"] or m["hdet"] or m["hq"] or m["hyrel"])
            and self._custom_before.search(ctx.low, max(0, m.start() - 80), m.start()) is not None
        ):
            return None  # "a new era began, by custom, at the Chinese new year": a custom, no one day
        if (
            name.startswith("the ")
            and not m["year"]
            and ctx.prev_spec is not None
            and ctx.prev_spec.type == "DATE"
            # a day of a month is left to the checks below ("15 March 44 BC, the Ides of March" is a date of
            # its own)
            and (
                ctx.prev_spec.kind == "weekday"
                or (ctx.prev_spec.kind == "shift" and ctx.prev_spec.unit == "day")
            )
            and (gap := _FEAST_OF_GAP.fullmatch(ctx.low, ctx.prev_end, m.start())) is not None
            # "on Saturday, the Day of Arafah", as "on Monday, Christmas Day": the feast's own name in
            # apposition is an expression of its own
            and "feast" in gap.group(0)
        ):
            # "the next day, the feast of the Nativity of St John the Baptist": the feast restates the day
            return None
        if not m["year"] and _FEAST_OF_EVERY_YEAR_AFTER.match(ctx.low, m.end()):
            return None  # "Easter is a busy time for families": what the feast is like every year
        if (
            not m["year"]
            and (adverb := _FEAST_IS_ADVERB_AFTER.match(ctx.low, m.end())) is not None
            and adverb["adverb"] in self.lex.FEAST_EVERY_YEAR_ADVERBS
            and _FEAST_POINTED_BEFORE.search(ctx.low, max(0, m.start() - 8), m.start()) is None
            and _FEAST_POINTED_START.match(ctx.low, m.start()) is None
        ):
            return None  # "New Year's Eve is never quiet": what the feast is like every year
        if not m["year"] and not m["hq"] and "every" in ctx.low[m.end() : m.end() + 48]:
            kept = self.kept_every_date_rx.match(ctx.low, m.end())
            if kept is not None and not _CLAUSE_JOINED.search(kept.group(0)):
                # "Independence Day itself is celebrated every 20 July", "celebrate Independence Day every
                # 1 January": the feast is named by the day of the year given after it, not a date
                return None
        # the day of any year a feast on a fixed date falls on ("XXXX-12-25"), None for one whose day moves
        fixed = self.lex.FIXED_HOLIDAYS.get(name)
        any_year = None if fixed is None else f"XXXX-{int(fixed[0]):02d}-{int(fixed[1]):02d}"
        if m["hq"]:
            if m["year"] or m["hweekend"] or m["hweek"]:
                return None
            # "every Veterans Day", "each Christmas": the same day of every year; "each Easter", "every
            # Whitsun": a feast whose day moves recurs on a day of every year no month and day can name
            quant = self.lex.SET_QUANTIFIERS[m["hq"]]
            value = "XXXX-XX-XX" if any_year is None else any_year
            return Spec("SET", "fixed", value=value, quant=quant, note=f"every {string.capwords(name)}")
        if (
            not m["year"]
            and any_year is not None
            and ctx.prev_spec is not None
            and (
                (
                    ctx.prev_spec.type == "SET"
                    and (
                        (lead := _previous_word(ctx.low, m.start())) in self.lex.SET_EXCEPTION_WORDS
                        or lead in self.lex.SET_INCLUSION_WORDS
                    )
                    and _SAME_CLAUSE_GAP.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
                    and _WILL_BEFORE_IN_SENTENCE.search(ctx.low, max(0, m.start() - 150), m.start()) is None
                )
                # "except Christmas Day and New Year's Day": a feast listed after one left out
                or (
                    ctx.prev_spec.holiday is None
                    and (ctx.prev_spec.value or "").startswith("XXXX-")
                    and ctx.low[ctx.prev_end : m.start()] in (" and ", " or ", ", ")
                )
            )
        ):
            # "is open every day except Christmas Day": the feast a standing rule leaves out is that day of
            # any year, as "daily except Sundays" leaves out every Sunday, and so is one it takes in ("every day
            # including Christmas Day"); "will be open every day except Christmas Day" over one season keeps
            # this year's
            return Spec(
                "DATE", "fixed", value=any_year, note=f"{string.capwords(name)} left out of a standing rule"
            )
        if (
            not m["year"]
            and _next_word(ctx.low, m.end()) in self.lex.THINGS_NAMED_FOR_FEASTS
            and (
                _previous_word(ctx.low, m.start()) in self.lex.HOLIDAY_ATTRIBUTIVE_LEADS
                # "the first of the Christmas specials", "the Easter eggs": the kind, in the plural
                or (
                    _previous_word(ctx.low, m.start()) == "the" and _next_word(ctx.low, m.end()).endswith("s")
                )
            )
        ):
            # "as a Christmas gift", "an Easter egg": the feast names a kind of thing; "at a New Year's
            # Eve party" is still held on the day
            return None
        if (
            not m["year"]
            and not name.endswith(("day", "eve"))
            and _next_word(ctx.low, m.end()) in self.lex.THINGS_NAMED_FOR_FEASTS
            and _next_word(ctx.low, m.end()).endswith("s")
        ):
            # "Real Christmas trees", "sending Christmas cards": things of the kind, in the plural, whatever
            # the word before ("Christmas bin collections", an arrangement over the feast, is still dated)
            return None
        if not m["year"] and _next_word(ctx.low, m.end()) in self.lex.FEAST_RITE_NOUNS:
            return None  # "the Easter Vigil", "after Eid prayers": a rite named by its feast, as "Friday prayers"
        if (
            not m["year"]
            and not name.endswith(("day", "eve"))
            and _next_word(ctx.low, m.end()) in self.lex.MEALS_NAMED_FOR_FEASTS
        ):
            return None  # "the preparations for the Christmas dinner": a kind of meal ("On Christmas Day
            # lunch was served" still dates it)
        if (
            not m["year"]
            and ctx.prev_spec is not None
            and ctx.prev_spec.day is not None
            and 0 <= m.start() - ctx.prev_end <= 20
            and _FEAST_IN_APPOSITION.fullmatch(ctx.low, ctx.prev_end, m.start())
        ):
            # "on 6 October 1973, the day of Yom Kippur": the feast restates the date just written, one
            # expression, not two
            return None
        name_noun = _NEXT_CAPITALISED.match(ctx.text, m.end())
        if name_noun is not None and name_noun.group(1).lower() in self.lex.MONTH_NAMED_EVENT_NOUNS:
            # "the Easter Rising", "the Christmas Truce": the name of an event, as "the October War"
            return None
        if name_noun is not None and name_noun.group(1).lower() in self.lex.FEAST_PLACE_NOUNS:
            return None  # "Easter Island", "Christmas Island": the name of a place
        if not m["year"] and _capitalised_name_modifier_before(ctx.text, ctx.low, m.start(), self.lex):
            return None  # "what Greek Cypriots call Bloody Christmas": a name given to what happened
        if (
            not m["year"]
            and ctx.prev_spec is not None
            and ctx.prev_spec.day is not None
            and 0 <= m.start() - ctx.prev_end <= 6
            and _AS_BETWEEN.fullmatch(ctx.low, ctx.prev_end, m.start())
            and _keeping_verb_before(ctx.low, ctx.prev_end, self.lex)
            # "on 3 July as Independence Day drew near": "as" opening a clause of time, the feast its subject
            and _FEAST_NAME_CLOSE.match(ctx.low, m.end()) is not None
        ):
            # "celebrates 17 August as Independence Day": the feast is the name the date is kept under,
            # not a second date
            return None
        spec = Spec("DATE", "holiday", note=string.capwords(name))
        if name in self.lex.FIXED_HOLIDAYS:
            month, day = self.lex.FIXED_HOLIDAYS[name]
            spec.holiday = ("fixed", int(month), int(day), 0)
            spec.month, spec.day = int(month), int(day)
        elif name in self.lex.NTH_WEEKDAY_HOLIDAYS:
            month, weekday, nth, *days_after = self.lex.NTH_WEEKDAY_HOLIDAYS[name]
            # "on Black Friday" is the day; "Black Friday sales", "Black Friday Street" are names
            if (
                days_after
                and not m["hdet"]
                and (
                    (
                        _previous_word(ctx.low, m.start()) not in self.lex.DAY_NAME_PREPOSITIONS
                        # "on Thanksgiving Day and Black Friday": joined to a date just written
                        and not (
                            ctx.prev_spec is not None
                            and 0 < m.start() - ctx.prev_end <= 5
                            and ctx.low[ctx.prev_end : m.start()].strip() in ("and", "or")
                        )
                    )
                    or _NEXT_CAPITALISED.match(ctx.text, m.end())
                )
            ):
                return None
            kind = f"nth+{int(days_after[0])}" if days_after else "nth"
            spec.holiday = (kind, int(month), int(weekday), int(nth))
            spec.month = int(month)
        elif name in self.lex.HEBREW_CALENDAR_HOLIDAYS:
            hebrew_month, hebrew_day = self.lex.HEBREW_CALENDAR_HOLIDAYS[name]
            spec.holiday = ("hebrew", int(hebrew_month), int(hebrew_day), 0)
            # the Gregorian month it mostly falls in, as Easter's is April
            spec.month = hebrew_calendar_day(2000, int(hebrew_month), int(hebrew_day)).month
        elif name in self.lex.LUNAR_NEW_YEAR_HOLIDAYS:
            # "the Lunar New Year", "Chinese New Year's Eve": days from the Chinese calendar's new year,
            # which falls between 21 January and 20 February
            spec.holiday = ("lunar", int(self.lex.LUNAR_NEW_YEAR_HOLIDAYS[name]), 0, 0)
            spec.month = 2
        elif (
            (
                name in self.lex.TET_HOLIDAYS
                or name in self.lex.ISLAMIC_CALENDAR_HOLIDAYS
                or name in self.lex.HINDU_CALENDAR_HOLIDAYS
            )
            and (
                (
                    not m["year"]
                    and _NEXT_CAPITALISED.match(ctx.text, m.end()) is not None
                    # "During Eid Muslims visit", "Ahead of Eid Pakistan Railways": after a preposition of
                    # time the capitalised word opens the clause, no name built on the feast's
                    and _previous_word(ctx.low, m.start()) not in self.lex.FEAST_TIME_PREPOSITIONS
                )
                # "striker Mohammed Eid", "coach Ahmed Eid said", "Eid, 34,": a surname, not the feast
                or (
                    (named := _SURNAME_BEFORE_FEAST.search(ctx.text, max(0, m.start() - 40), m.start()))
                    is not None
                    and named[1].lower() not in self.lex.FESTIVAL_FAITH_ADJECTIVES
                    and named[1] != "Happy"
                    # "on Friday Eid prayers", "in August Eid fell": a day or month is no first name
                    and named[1].lower() not in self.lex.WEEKDAYS
                    and named[1].lower() not in self.lex.MONTHS
                )
                or _AGE_AFTER_NAME.match(ctx.text, m.end()) is not None
                # "the Tet offensive": the campaign named for the feast, as "the Tet Offensive" is
                or (name in self.lex.TET_HOLIDAYS and _next_word(ctx.low, m.end()) == "offensive")
                # "Eid special trains", "Diwali special buses": a kind of service, not the day
                or (
                    not m["year"]
                    and _next_word(ctx.low, m.end()) == "special"
                    and _next_word(ctx.low, m.end() + len(" special")).endswith("s")
                )
                or ctx.low.endswith("-", 0, m.start())
                or ctx.low.startswith("-", m.end())
                # "the TET enzymes", "EID said": a single word in capitals is an acronym
                or (" " not in name and ctx.text[m.start("holiday") : m.end("holiday")].isupper())
                or (
                    (named := _THE_CAPITALISED_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()))
                    is not None
                    and named[1].lower() not in self.lex.FESTIVAL_FAITH_ADJECTIVES
                )
            )
        ):
            # "Eid Mubarak Foods Ltd", "the Tet Offensive", "Mini-Tet" (a name the table does not
            # hold), "the Lathmar Holi" (a rite of the feast): a name built on the feast's, not its day;
            # "the Hindu Diwali" is still the feast
            return None
        elif name in self.lex.TET_HOLIDAYS:
            # "during Tết", "the Tet holiday": the lunar new year in Vietnam's time
            spec.holiday = ("tet", int(self.lex.TET_HOLIDAYS[name]), 0, 0)
            spec.note += " (the lunar new year in Vietnam's time)"
            spec.month = 2
        elif name in self.lex.ISLAMIC_CALENDAR_HOLIDAYS:
            # "Eid al-Fitr", "Eid-ul-Adha", "Ashura": a day of the Islamic (Umm al-Qura) calendar, whose
            # Gregorian day comes some eleven days earlier each year
            if name == "eid":
                name = self._eid_named_before(ctx.low, m.start())
            hijri_month, hijri_day = self.lex.ISLAMIC_CALENDAR_HOLIDAYS[name]
            spec.holiday = ("islamic", int(hijri_month), int(hijri_day), 0)
            spec.note += (
                " (expected, Umm al-Qura calendar; countries that wait to see the moon may differ by a day)"
            )
        elif name in self.lex.HINDU_CALENDAR_HOLIDAYS:
            # "Diwali", "Bhai Dooj", "Holi": a day of the Hindu lunisolar calendar, as India keeps it
            which = self.lex.HINDU_CALENDAR_HOLIDAYS[name]
            spec.holiday = ("hindu", -1 if which == "holi" else int(which), 0, 0)
            spec.note += " (the expected date in India; local calendars may differ by a day)"
            spec.month = 3 if which == "holi" else 11
        elif name in self.lex.ADVENT_SUNDAYS:
            # "the second Sunday of Advent": weeks on from the fourth Sunday before Christmas Day
            spec.holiday = ("advent", int(self.lex.ADVENT_SUNDAYS[name]), 0, 0)
            spec.month = 12
        else:
            spec.holiday = ("easter", int(self.lex.EASTER_HOLIDAYS[name]), 0, 0)
            spec.month = 4
        if (
            not m["year"]
            and (not name.startswith("the ") or name in self.lex.ADVENT_SUNDAYS)
            and self._feast_restates_date(spec, m, ctx)
        ):
            # "crowned on 9 April 1413, Passion Sunday, in a snowstorm", "due on 25 March, Lady Day":
            # a feast in apposition restates the day just written, as "the feast of ..." does; a day
            # written in another calendar ("15 March 44 BC, the Ides of March") is a date of its own
            return None
        if m["year"]:
            spec.year = self.year_of(m["year"])
        elif m["hearly"]:
            if early_unread:
                spec.extent_group = "holiday"
            else:
                spec.year = int(m["hearly"])  # "on Easter Sunday 960,"
        elif not m["hdet"] and not m["hyrel"]:
            spec.year = self._year_in_after(ctx, m.end())  # "on Easter Day in 1349"
        # "the Memorial Day weekend", "Easter weekend": the weekend the holiday opens or closes
        spec.weekend_of_day = bool(m["hweekend"])
        # "Holy Week": a feast's own week named as one ("Easter week"), the ISO week that holds the feast
        spec.week_of_day = bool(m["hweek"]) or name.endswith(" week")
        if m["hpod"]:
            # "On Christmas night", "on Easter morning": that part of the feast's day
            spec.type, spec.pod = "TIME", str(self.lex.PARTS_OF_DAY[m["hpod"]])
        if m["hdet"]:
            direction, base = self.lex.RELATIVE_DETERMINERS[m["hdet"].rsplit(None, 1)[-1]]
            spec.amount, spec.base = direction, base
        elif m["hyrel"]:
            spec.unit, spec.amount = "year", _RELATIVE_STEPS[m["hyrel"]]
        return spec

    @staticmethod
    def _feast_restates_date(spec: Spec, m: re.Match[str], ctx: Context) -> bool:
        """Whether a feast set off by commas right after a day of a month could be that day: a fixed
        feast on the same day, one counted from Easter within the days it can fall on."""
        prev = ctx.prev_spec
        if (
            prev is None
            or prev.day is None
            or prev.month is None
            or spec.holiday is None
            or not _COMMA_GAP.fullmatch(ctx.low, ctx.prev_end, m.start())
            or _APPOSITION_CLOSE.match(ctx.low, m.end()) is None
        ):
            return False
        kind, first, second, _ = spec.holiday
        if kind == "fixed":
            return (prev.month, prev.day) == (first, second)
        if kind == "advent":
            # Advent Sunday falls between 27 November and 3 December, its later Sundays a week apart
            day = date(2000, prev.month, prev.day)
            return (
                date(2000, 11, 27) + timedelta(weeks=first)
                <= day
                <= date(2000, 12, 3) + timedelta(weeks=first)
            )
        if kind != "easter":
            return False
        # Easter Sunday falls between 22 March and 25 April in either calendar (2000 has a 29 February)
        day = date(2000, prev.month, prev.day)
        return date(2000, 3, 22) + timedelta(days=first) <= day <= date(2000, 4, 25) + timedelta(days=first)

    def h_feast_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "on the feast of St Michael": the feast's day, as "Christmas Day" is; a feast said after a
        date ("2 February 1159, the feast of the Purification") restates it and is left to the date."""
        group = "saint" if m["saint"] else "feast"
        name = m[group]  # the rule's alternatives are the two tables' names, so the name is in one of them
        head = m.start(group) + (len("the ") if name.startswith("the ") else 0)
        if not ctx.text[head].isupper():
            return None
        if (
            ctx.prev_spec is not None
            and (
                ctx.prev_spec.day is not None
                # "The next day, the feast of St John, ...": a day counted from the story's names it too
                or (
                    ctx.prev_spec.type == "DATE"
                    and ctx.prev_spec.kind == "shift"
                    and ctx.prev_spec.unit == "day"
                )
                or (ctx.prev_spec.type == "DATE" and ctx.prev_spec.kind == "weekday")
            )
            and _COMMA_GAP.fullmatch(ctx.low[ctx.prev_end : m.start()])
        ):
            return None
        month, day = self.lex.FEAST_SAINTS[name] if group == "saint" else self.lex.FEASTS[name]
        spec = Spec("DATE", "holiday", note=f"the feast of {string.capwords(name)}")
        spec.holiday = ("fixed", int(month), int(day), 0)
        spec.month, spec.day = int(month), int(day)
        if m["year"]:
            spec.year = self.year_of(m["year"])
        else:
            spec.year = self._year_in_after(ctx, m.end())  # "on the feast of St Benedict in 1149"
        return spec

    def h_year_of_grace(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the year of our Lord 1349", "the year of grace 1215": the year, named in full."""
        if "lord" in m.group(0) and "Lord" not in ctx.text[m.start() : m.end()]:
            return None  # the year of the Christian era is written with "Lord"
        spec = Spec("DATE", "calendar", year=int(m["gyear"]))
        spec.note = f"'{m.group(0)}': the year of the Christian era"
        return spec

    def h_feast_offset(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the morrow of All Souls", "the vigil of St Andrew", "the octave of Easter": days counted from a
        feast; "the Sunday after Trinity", "the Thursday before Palm Sunday": the first such weekday after
        or before it."""
        groups = m.groupdict()
        name = m["osaint"] or m["ofeast"]
        head = m.start("osaint") if m["osaint"] else m.start("ofeast") + (4 if name.startswith("the ") else 0)
        if not ctx.text[head].isupper() or (groups.get("owd") and not ctx.text[m.start("owd")].isupper()):
            return None
        if (
            not m["year"]
            and ctx.prev_spec is not None
            and ctx.prev_spec.day is not None
            and _COMMA_GAP.fullmatch(ctx.low, ctx.prev_end, m.start())
        ):
            return None  # "on 3 June, the Sunday after Trinity": the feast restates the date just written
        spec = Spec("DATE", "holiday")
        year_shift = 0
        offset = int(self.lex.FEAST_OFFSET_WORDS[groups["offword"]]) if groups.get("offword") else 0
        step = 0
        if groups.get("owd"):
            weekday = int(self.lex.WEEKDAYS[m["owd"].rstrip(".")])
            step = weekday * int(self.lex.FEAST_WEEKDAY_DIRECTIONS[" ".join(m["odir"].split())])
        fixed = (
            self.lex.FEAST_SAINTS.get(name)
            if m["osaint"]
            else self.lex.FEASTS.get(name) or self.lex.FIXED_HOLIDAYS.get(name)
        )
        if fixed is not None:
            month, day = int(fixed[0]), int(fixed[1])
            if step:
                spec.holiday = ("fixedwd", month, day, step)
            else:
                # counted in a common year: "the vigil of St Matthias" is 23 February
                counted = date(2001, month, day) + timedelta(days=offset)
                # "the octave of Christmas 1300" is 1 January 1301, "the vigil of the Circumcision" 31 December
                year_shift = counted.year - 2001
                month, day = counted.month, counted.day
                spec.holiday = ("fixed", month, day, 0)
                spec.day = day
            spec.month = month
        elif name in self.lex.NTH_WEEKDAY_HOLIDAYS:
            if not step:
                return None  # a civil holiday has no morrow, vigil or octave
            month, weekday_of, nth = self.lex.NTH_WEEKDAY_HOLIDAYS[name]
            spec.holiday = (f"nthwd{step:+d}", int(month), int(weekday_of), int(nth))
            spec.month = int(month)
        else:
            from_easter = self.lex.EASTER_HOLIDAYS.get(name)
            if from_easter is None:
                from_easter = self.lex.FEASTS_COUNTED_FROM[name]
            if step:
                spec.holiday = ("easterwd", int(from_easter), 0, step)
            else:
                spec.holiday = ("easter", int(from_easter) + offset, 0, 0)
            spec.month = 4
        spec.note = " ".join(m.group(0).split()[: -1 if m["year"] else None])
        if m["year"]:
            spec.year = self.year_of(m["year"])
        else:
            spec.year = self._year_in_after(ctx, m.end())
        if spec.year is not None:
            spec.year += year_shift
        return spec

    def h_weekday_from_date(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "the Saturday after 1 May 2023", "the Monday before July 4": the first such weekday after or
        before the date, in the date's year (or, yearless, the year a feast's would be)."""
        if not ctx.text[m.start("owd")].isupper():
            return None
        if not m["year"] and self._in_yearly_habit(ctx, m.start(), m.end()):
            return None  # "laid each year on the Monday after 14 November": a different day every year
        month = int(self.lex.MONTHS[(m["month"] or m["mmonth"]).rstrip(".")])
        day = int(m["day"] or m["mday"])
        if not 1 <= day <= days_in_month(None, month):
            return None
        weekday = int(self.lex.WEEKDAYS[m["owd"].rstrip(".")])
        step = weekday * int(self.lex.FEAST_WEEKDAY_DIRECTIONS[" ".join(m["odir"].split())])
        spec = Spec("DATE", "holiday", month=month)
        spec.holiday = ("fixedwd", month, day, step)
        spec.note = " ".join(m.group(0).split()[: -1 if m["year"] else None]).rstrip(",")
        spec.year = self.year_of(m["year"]) if m["year"] else self._year_in_after(ctx, m.end())
        return spec

    def _year_in_after(self, ctx: Context, end: int) -> int | None:
        """ "on the feast of St Benedict in 1149": the year a feast named without one is given right after
        it with "in", an expression of its own."""
        after = _FEAST_YEAR_IN_AFTER.match(ctx.low, end)
        return int(after.group(1)) if after is not None else None

    def h_english_regnal_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "3 Edward I", "the twentieth year of Henry VI", "[the fourth year] of the reign of Edward I": a
        regnal year of an English sovereign, the Gregorian year most of it falls in."""
        groups = m.groupdict()
        king = " ".join(m["rking"].split())
        if not ctx.text[m.start("rking")].isupper():
            return None
        if groups.get("rcount"):
            count = int(m["rcount"])
            if " " not in king:
                return None  # "3 John", "2 Anne Street": a book of the Bible or an address, not a year
            if count <= int(self.lex.REIGNS_CITED_AS_PLAYS.get(king, 0)):
                return None  # "1 Henry IV": a play cited by its part
            if _NAME_AFTER_SOVEREIGN.match(ctx.text, m.end()):
                return None  # "4 Edward VII Street": an address named for the sovereign
            issued = _next_word(ctx.low, m.end())
            if issued in self.lex.ISSUED_IN_A_REIGN_NOUNS and (count == 1) != (
                issued.endswith("s") or issued == "pence"
            ):
                # "sold 3 George V coins": a count of things issued in the reign's name, the noun agreeing
                # with it ("In 12 Henry VIII crown lands were sold" is a year and a noun of its own)
                return None
        else:
            ordinal = m["rord"]
            count = int(ordinal[:-2]) if ordinal[0].isdigit() else int(self.lex.ORDINALS[ordinal])
        if count > self._reign_years(king):
            return None  # "18 William IV": more years than the reign had, no regnal year
        spec = Spec("DATE", "calendar", year=self._regnal_year_value(king, count))
        if not groups.get("rcount") and groups.get("rreign"):
            spec.extent_group = "regnal"  # "[the fourth year] of the reign of Edward I"
        spec.note = f"year {count} of the reign of {string.capwords(king)}"
        return spec

    def _reign_years(self, king: str) -> int:
        """How many regnal years a reign ran to: up to the next accession in the table (the last reign has
        no bound)."""
        began = tuple(self.lex.ENGLISH_REGNAL_ACCESSIONS[king])
        later = [tuple(day) for day in self.lex.ENGLISH_REGNAL_ACCESSIONS.values() if tuple(day) > began]
        return int(min(later)[0]) - int(began[0]) + 1 if later else 99

    def _regnal_year_value(self, king: str, count: int) -> int:
        """The Gregorian year most of a sovereign's regnal year falls in: the year begun on the accession's
        anniversary lies mostly in the year it begins in when it begins by 2 July."""
        year, month, day = (int(part) for part in self.lex.ENGLISH_REGNAL_ACCESSIONS[king])
        first = year + count - 1
        return first if date(2001, month, day).timetuple().tm_yday <= 183 else first + 1

    def _sovereign_named_before(self, m: re.Match[str], ctx: Context) -> str | None:
        """ "granted by Henry VI in the twentieth year of his reign": the English sovereign named last in
        the sentence before a regnal year of "his", "her" or "the king's" reign."""
        if "reign" not in m.group(0):
            return None
        window = ctx.text[max(0, m.start() - 120) : m.start()]
        stop = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
        found = list(self.sovereign_rx.finditer(window, stop + 1))
        return " ".join(found[-1].group(1).lower().split()) if found else None

    def h_day_continuation(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """'April 24 and 25', 'March 3-5': the second day of a range takes the first one's month."""
        previous = ctx.prev_spec
        if previous is None or ctx.prev_rule not in ("month_day_year", "day_month_year", "day_continuation"):
            return None
        if previous.month is None or previous.day is None:
            return None
        if not re.fullmatch(r"\s*(?:-|to|and|through|until|till|or)\s*", ctx.low[ctx.prev_end : m.start()]):
            return None
        day = int(m["day"])
        if not previous.day < day <= 31:
            return None
        year = previous.year
        if m["cyear"]:
            if previous.year is not None and previous.year != int(m["cyear"]):
                return None
            year = int(m["cyear"])
        spec = Spec("DATE", "calendar", year=year, month=previous.month, day=day, base=previous.base)
        spec.note = "the end of a range of days, in the month just named"
        return spec

    def h_year_continuation(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """'the 2022-23 season', '1939-45': the short end of a span of years names its whole year."""
        previous = ctx.prev_spec
        if (
            previous is None
            or previous.year is None
            or ctx.prev_rule not in ("year", "year_continuation", "fiscal_year")
        ):
            return None
        if previous.month is not None or previous.quarter is not None or previous.season is not None:
            return None
        span = year_range_end(ctx.low, ctx.prev_end, previous.year, self.lex.YEAR_SPAN_EVENT_NOUNS)
        if span is None or span[1] != m.end():
            return None
        return Spec(
            "DATE", "calendar", year=span[0], note="the end of a span of years, in the century just named"
        )

    def h_spelled_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        numbers = self.lex.NUMBER_WORDS
        if m["century"]:
            century = int(numbers[m["century"]])
            rest = (
                int(numbers[m["teen"]])
                if m["teen"]
                else int(numbers[m["tens"]]) + (int(numbers[m["one"]]) if m["one"] else 0)
            )
            year = century * 100 + rest
        else:
            if not m.group(0).startswith("the year") and not self._spoken_year_closes(m, ctx):
                return None
            year = 2000 + (int(numbers[m["one2"]]) if m["one2"] else 0)
        if m["century"] and not (
            m.group(0).startswith("the year")
            or _previous_word(ctx.low, m.start()) in self.lex.YEAR_PREPOSITIONS | self.lex.YEAR_DETERMINERS
            # "at twenty thirty" is a 24-hour clock, "twenty twenty-pound notes" a count: "twenty" as the
            # century needs a year's preposition before it
            or (m["tens"] and m["century"] != "twenty")
        ):
            return None
        return Spec("DATE", "calendar", year=year, note="a year spelled in words")

    def _spoken_year_closes(self, m: re.Match[str], ctx: Context) -> bool:
        """ "until two thousand and one,", "back in two thousand and ten they promised", an answer "Two
        thousand and sixteen.": a year said in words where its phrase closes after it; "in two thousand
        and ten cases" and "two thousand people" count things."""
        closes = (
            _EARLY_DATE_CLOSES.match(ctx.low, m.end())
            or _next_word(ctx.low, m.end()) in self.lex.SUBJECT_PRONOUNS
            # "in two thousand and five somebody put a song on an advert": a new clause's subject
            or _next_word(ctx.low, m.end()) in self.lex.SPOKEN_YEAR_CLAUSE_OPENERS
        )
        if not closes:
            return False
        before = _previous_word(ctx.low, m.start())
        if m["one2"]:
            if before in self.lex.YEAR_PREPOSITIONS:
                return True
            opening = ctx.low[: m.start()].rstrip(" \t")
            # an answer "Two thousand and sixteen." or "Two thousand and three, yeah."
            return (
                not before
                and (not opening or opening[-1] in ".?!:\n")
                and ctx.low.startswith((".", ",", "?", "!"), m.end())
            )
        return before in self.lex.SPOKEN_BARE_YEAR_PREPOSITIONS

    def h_week_number(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "epidemiological week 23", "calendar week 14 of 2024": the ISO week of that number in the year
        written, or else in the year of the time around it. A bare "week 18" is a week of the year only
        where the text has already counted weeks so ("since week 18" after "in epidemiological week 23");
        elsewhere it is a week of a season, a trial or a pregnancy."""
        week = int(m["wkn"])
        if week > 53:
            return None
        if not m["wkq"] and not m["wky"] and not self.week_number_before.search(ctx.low, 0, m.start()):
            return None
        if not m["wky"] and _WEEK_OF_A_THING_AFTER.match(ctx.low, m.end()):
            # "in week 30 of her pregnancy", "week 3 of the trial": a week of that, not of the year
            return None
        note = f"'{m.group(0)}': week {week} of the year"
        if m["wky"]:
            return Spec("DATE", "calendar", year=self.year_of(m["wky"]), iso_week=week, note=note)
        return Spec("DATE", "shift", unit="year", amount=0, base="ref", iso_week=week, note=note)

    def h_week_of_date(self, m: re.Match[str], ctx: Context) -> Spec | None:
        month_word = (m["month"] or m["wmonth"] or m["wsmonth"]).rstrip(".")
        day = int(m["day"] or m["wday"] or self.spelled_ordinal(m["wsday"]))
        spec = Spec("DATE", "calendar", month=int(self.lex.MONTHS[month_word]), day=day, week_of_day=True)
        if m["year"]:
            spec.year = self.year_of(m["year"])
        return spec

    def h_elliptical_count_list(self, m: re.Match[str], ctx: Context) -> Spec | None:
        head = m.start()
        earlier = _COUNTS_LISTED_BEFORE.search(ctx.low, max(0, head - 40), head)
        if m["econj"] == "or" and earlier is None and "," not in m.group(0):
            return None  # "after 4 or 8 hours" alone: a range of lengths; "after 2, 4 or 8 hours" lists three
        if m["econj"] == "or" and not _rising_counts((earlier[0] if earlier is not None else "") + m[0]):
            return None  # "by mile 20, 2 or 3 hours in": choices are listed rising; "20" is none of them
        if earlier is not None:
            head = earlier.start()  # "at ages 3, 5 and 7 years": the list's first count tells its lead
        lead = _previous_word(ctx.low, head)
        if lead == "of":  # "at the ages of 3, 5 and 7 years": the word the "of" hangs on
            lead = _previous_word(ctx.low, ctx.low.rfind("of", 0, head))
        if lead in self.lex.ELLIPTICAL_LIST_BLOCKERS:
            return None
        count = int(m["elist"])
        code = duration_code(self.lex.UNIT_FORMS[m["eunit"]], count, self.lex.UNITS)
        if code is None or count == 0:
            return None
        return Spec(
            "DURATION",
            "fixed",
            value=code,
            extent_group="elist",
            note=f"'{m['elist']}': a count in a list closed by '{m['eunit']}'",
        )

    def h_range_span(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "two to three weeks", "the next 12 to 18 months": a length known only to its unit."""
        ends = _RANGE_ENDS.match(m.group(0))
        if ends is not None:
            low_end, high_end = (
                parse_number(end, self.lex.NUMBER_WORDS, self.lex.VAGUE_QUANTITIES) for end in ends.groups()
            )
            if low_end is not None and high_end is not None and low_end >= high_end:
                return None  # "the eighty-two-year-old emperor": one number spelled in two words, no range
        if (
            ends is not None
            and re.match(r"\S+\s+or\s", m.group(0))
            and (listed := _COUNTS_LISTED_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()))
            and _rising_counts(listed[0] + m[0])
        ):
            return None  # "switches off after 2, 4 or 8 hours": the last of a list of lengths, not a range
        if m["rkind"] and self.lex.UNIT_FORMS[m["unit"]] == "year":
            return None  # "the 1999-2000 school year": one year of a school's, named by the two it spans
        if self.lex.UNIT_FORMS[m["unit"]] in ("year", "month") and self._age_of_people(
            ctx, m.start(), m.start(), m.end()
        ):
            return None  # "healthy volunteers aged 18 to 55 years": their ages, no length
        code = duration_code(self.lex.UNIT_FORMS[m["unit"]], None, self.lex.UNITS)
        if code is None:
            return None
        return Spec("DURATION", "fixed", value=code, note=f"'{m.group(0)}': a range of {m['unit']}")

    def h_period_spelled_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        if m["month"] and m["month"] in self.lex.AMBIGUOUS_MONTHS and not ctx.text[m.start()].isupper():
            return None
        numbers = self.lex.NUMBER_WORDS
        short_year = None
        if m["stens"]:
            if not _SHORT_YEAR_CLOSE.match(ctx.text, m.end()):
                return None  # "the fall of sixty soldiers": a count, not a year
            short_year = int(numbers[m["stens"]]) + (int(numbers[m["sone"]]) if m["sone"] else 0)
            year = None
        elif m["century"]:
            rest = (
                int(numbers[m["teen"]])
                if m["teen"]
                else int(numbers[m["tens"]]) + (int(numbers[m["one"]]) if m["one"] else 0)
            )
            year = int(numbers[m["century"]]) * 100 + rest
        else:
            year = 2000 + (int(numbers[m["one2"]]) if m["one2"] else 0)
        if m["month"]:
            month = int(self.lex.MONTHS[m["month"].rstrip(".")])
            return Spec(
                "DATE",
                "calendar",
                year=year,
                month=month,
                short_year=short_year,
                note="a month and a year spelled in words",
            )
        season = str(self.lex.SEASONS[m["season"]])
        return Spec(
            "DATE",
            "calendar",
            year=year,
            season=season,
            short_year=short_year,
            note="a season and a year spelled in words",
        )

    def h_year_end(self, m: re.Match[str], ctx: Context) -> Spec | None:
        return Spec(
            "DATE",
            "shift",
            unit="year",
            amount=0,
            base="dct",
            mod="END",
            note=f"'{m['ye']}': the end of the current year",
        )

    def h_month_end(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "by month-end", "before month's end": the close of the month written in, a bound after a
        preposition of time; "month-end closing", "the month-end rush" name a routine, no month."""
        if _previous_word(ctx.low, m.start()) not in self.lex.MONTH_END_LEADS:
            return None
        return Spec(
            "DATE",
            "shift",
            unit="month",
            amount=0,
            base="dct",
            mod="END",
            note=f"'{m['me']}': the end of the current month",
        )

    def h_full_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "full-year results", "its full-year forecast": the year reported on, as "the full year" is."""
        return Spec(
            "DATE", "shift", unit="year", amount=0, base="dct", note="'full-year': the year reported on"
        )

    def h_period_to_date(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "year-to-date", "YTD": the current period up to now, as "so far this year" is this year."""
        if m["ytd"] and not ctx.text[m.start() : m.end()].isupper():
            return None
        unit = m["ptd"] or "year"
        return Spec(
            "DATE", "shift", unit=unit, amount=0, base="dct", note=f"'{m.group(0)}': the current {unit}"
        )

    def h_this_time_of_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "At this time of year the shops are full": the part of the year the text is written in, which a
        reader names by the DCT's month."""
        return Spec(
            "DATE",
            "shift",
            unit="month",
            amount=0,
            base="dct",
            note=f"'{m.group(0)}': the DCT's time of year",
        )

    def h_same_time_shifted(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "this time last year": the day of the DCT, a year (month, week) away."""
        unit = m["unit"]
        spec = Spec("DATE", "shift", unit=unit, amount=-1 if m["rel"] == "last" else 1, base="dct")
        spec.day_granular = True
        spec.note = f"'{m.group(0)}': the same day one {unit} {'earlier' if m['rel'] == 'last' else 'later'}"
        return spec

    def h_year_before_era(self, m: re.Match[str], ctx: Context) -> Spec | None:
        era = m["era"]
        if era in ("ad", "ce", "bc") and not ctx.text[m.start("era")].isupper():
            return None
        first, last = int(m["year"]), int(m["jyear"])
        before_christ = self.lex.ERAS[era]
        if (first <= last) if before_christ else (first >= last):
            return None  # years before Christ count down to the one closing the range, years after it up
        spec = Spec("DATE", "calendar", year=-first if before_christ else first)
        if m["approx"]:
            spec.mod = "APPROX"
        spec.note = f"era {era.upper()}, from the year closing the range"
        return spec

    def h_early_year_date(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A month (and day) in a year before 1000: with an era ("January 49 BC"), or with a day and a
        three-digit year closing the phrase ("sacked on 24 August 410.")."""
        era_group = "era" if m["era"] else "preera"
        era = m[era_group]
        if era and era in ("ad", "ce", "bc") and not ctx.text[m.start(era_group)].isupper():
            return None
        if m["preera"] and m["era"]:
            return None
        if (
            not era
            and not (
                len(m["year"]) in (2, 3)
                and not m["year"].startswith("0")
                and (m["day"] or m["mday"])
                and _EARLY_DATE_CLOSES.match(ctx.low, m.end())
                # "the week ending 1 August gave 184 deaths, and that for the week ending 22 August 337.":
                # in a story that has reached a year of four digits, with no early year named near, the
                # number after a day a figure is given for ("for 14 June", "the week ending 22 August") is what
                # the sentence counts (the year 337 would be written "AD 337"); any other day keeps its year ("Rome had been
                # sacked on 24 August 410.", "Its founder died 12 March 987.", "born 4 May 912")
                and not (
                    len(m["year"]) == 3
                    and _FIGURE_DAY_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start()) is not None
                    and _past_first_millennium(ctx, m.start())
                )
            )
            and not (
                # "murdered on the night of 10-11 December 969 by his officers": a day, a month and a
                # three-digit year before the agent or the place of a past verb, in a story already in
                # the first millennium ("on 3 May 300 by-elections" is no date: the word must stand alone)
                len(m["year"]) == 3
                and not m["year"].startswith("0")
                and (m["day"] or m["mday"])
                and _EARLY_DAY_YEAR_PREPOSITION.match(ctx.low, m.end()) is not None
                and _in_first_millennium(ctx, m.start())
            )
            and not (
                # "fled in June 747": a month and a three-digit year in a story already in the first
                # millennium ("In May 300 workers walked out" counts people)
                len(m["year"]) == 3
                and not m["year"].startswith("0")
                and not (m["day"] or m["mday"])
                and _in_first_millennium(ctx, m.start())
                and (
                    _EARLY_DATE_CLOSES.match(ctx.low, m.end()) is not None
                    or _EARLY_MONTH_YEAR_CLAUSE.match(ctx.text, m.end()) is not None
                )
            )
        ):
            return None
        day = int(m["day"] or m["mday"]) if (m["day"] or m["mday"]) else None
        if day is not None and not 1 <= day <= 31:
            return None
        if not era and len(m["year"]) == 2:
            # "proclaimed on 1 July 69,": a year of two digits; its century is the story's
            spec = Spec("DATE", "calendar", month=self.month_of(m["month"]), day=day)
            spec.short_year = int(m["year"])
            spec.note = "a date with a year of two digits"
            return spec
        year = self.year_of(m["year"], era)
        if year == 0:
            return None
        spec = Spec("DATE", "calendar", year=year, month=self.month_of(m["month"]), day=day)
        spec.note = f"a date of the year {abs(year)} {'BC' if year < 0 else 'AD'}"
        return spec

    def h_early_year(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "in 886.", "in 330, and in 395 the empire ...": a year before 1000 after "in", "until" or
        "since", where the phrase ends there or the text has just named such a year."""
        if (
            len(m["year"]) == 3
            and ctx.low[m.start() - 1 : m.start()] == "("
            and (life := _LIFE_SPAN_TO_DATE_CLOSES.match(ctx.low, m.end())) is not None
            # a lifetime's span, closed by a day ("(958 - 15 December 1025)"), hedged ("(c. 675 - 754)") or
            # in a story of the first millennium: "Stokes (120 - 135)", "Chapter Nine (300 - 450)" count
            and 0 < int(life["lend"]) - int(m["year"]) <= _LONGEST_LIFE_YEARS
            and (life["lday"] is not None or m["approx"] or _in_first_millennium(ctx, m.start()))
            and _NAME_BEFORE_BRACKET.search(ctx.text, max(0, m.start() - 40), m.start())
        ):
            # "Basil II (958 – 15 December 1025)": a life in brackets after a name, from a year before
            # 1000 to a later year or day
            spec = Spec("DATE", "calendar", year=int(m["year"]), note="a year before 1000 of a life or reign")
            if m["approx"]:
                spec.mod = "APPROX"
            return spec
        if len(m["year"]) == 3 and _LIFE_SPAN_CLOSES.match(ctx.low, m.end()):
            if (
                self.life_span_before_rx.search(ctx.low, max(0, m.start() - 6), m.start())
                or (m["approx"] and ctx.low[m.start() - 1 : m.start()] == "(")
            ) and _NAME_BEFORE_BRACKET.search(ctx.text, max(0, m.start() - 40), m.start()):
                # "(r. 786-809)", "(d. 873)", "(c. 775-840)": a life or reign in brackets after a name
                spec = Spec(
                    "DATE", "calendar", year=int(m["year"]), note="a year before 1000 of a life or reign"
                )
                if m["approx"]:
                    spec.mod = "APPROX"
                return spec
            previous = ctx.prev_spec
            if (
                not m["approx"]
                and previous is not None
                and previous.year is not None
                and 0 < previous.year < int(m["year"])
                and ctx.low[ctx.prev_end : m.start()].strip() in ("-", "\u2013")
                and ctx.low[max(0, ctx.prev_end - 12) : ctx.prev_end].rfind("(") >= 0
            ):
                # "(r. 786-[809])": the bracketed range's end
                return Spec(
                    "DATE", "calendar", year=int(m["year"]), note="a year before 1000 closing a life or reign"
                )
        previous_word = _previous_word(ctx.low, m.start())
        if m["approx"] and len(m["year"]) == 3 and self._hedged_early_year(ctx, m, previous_word):
            return Spec(
                "DATE", "calendar", year=int(m["year"]), mod="APPROX", note="a hedged year before 1000"
            )
        if previous_word in ("to", "or") and not m["approx"]:
            # "from about AD 200 to 700 or 800": a range or choice of years goes on in the era just named
            previous_year = ctx.prev_spec.year if ctx.prev_spec is not None else None
            if (
                # "in AD 60 or 61": two digits go on a first-century year just named
                not (
                    len(m["year"]) == 3
                    or (len(m["year"]) == 2 and previous_year is not None and previous_year < 100)
                )
                or previous_year is None
                or not 0 < previous_year < int(m["year"])
                or ctx.low[ctx.prev_end : m.start()] != f" {previous_word} "
                or re.match(r"\s+[a-z]+s\b|\s*(?:%|percent|per)", ctx.low[m.end() : m.end() + 24])
            ):
                return None
            return Spec("DATE", "calendar", year=int(m["year"]), note="a year before 1000 going on a range")
        if previous_word in ("from", "for", "of"):
            # "the consuls of 218, Paullus and Varro", "from 221, his son", "from 210 and landed": a
            # story before Christ names its years bare after these too, closing the phrase; "a force of
            # 300," counts men ("of" after "the" and a noun only)
            if (
                (
                    m["approx"]
                    or len(m["year"]) != 3
                    or _EARLY_DATE_PHRASE_CLOSES.match(ctx.low, m.end()) is None
                    or (
                        previous_word == "of"
                        and THE_NOUN_OF.search(ctx.low, max(0, m.start() - 20), m.start()) is None
                    )
                    or not self.era_bc_named_before(ctx, m.start())
                )
                and not (
                    # "was emperor from 976 until his death": a reign or office held from a year of a story in
                    # the first millennium to a death ("rose from 300 until noon" is a count)
                    previous_word == "from"
                    and len(m["year"]) == 3
                    and _UNTIL_A_DEATH_AFTER.match(ctx.low, m.end()) is not None
                    and (
                        _in_first_millennium(ctx, m.start())
                        # "Basil II (958 – 15 December 1025) was emperor from 976": a life just given from
                        # such a year
                        or _EARLY_LIFE_BRACKET_BEFORE.search(ctx.text, max(0, m.start() - 200), m.start())
                        is not None
                    )
                )
                and not (
                    # "From about 718, agents ...", "from 945 the caliphs were": a story in the first
                    # millennium starts a stretch at a bare year ("rose from 300 to 450" is a count)
                    previous_word == "from"
                    and len(m["year"]) == 3
                    and _FROM_EARLY_YEAR_CLOSES.match(ctx.low, m.end()) is not None
                    and _in_first_millennium(ctx, m.start())
                    # "and from 945 the caliphs", not "fell from 800 the next century", "goes from 143 to Main
                    # Street": "from" opens the clause
                    and _CLAUSE_OPENS_BEFORE.search(
                        ctx.low, max(0, m.start() - 20), ctx.low.rfind("from", 0, m.start())
                    )
                    is not None
                )
            ):
                return None
            spec = Spec("DATE", "calendar", year=int(m["year"]), note="a year before 1000")
            if m["approx"]:
                spec.mod = "APPROX"
            return spec
        if previous_word not in ("in", "until", "since"):
            # "by 207 he held the north", "between 228 and 234", "after about 750": only where the
            # story's years are early
            if len(m["year"]) != 3 or previous_word not in ("by", "between", "and", "after", "before"):
                return None
            if previous_word == "and" and not (
                ctx.prev_spec is not None
                and ctx.prev_spec.year is not None
                and 0 < ctx.prev_spec.year < 1000
                and ctx.low[ctx.prev_end : m.start()] == " and "
                and _previous_word(ctx.low, ctx.prev_end - len(str(ctx.prev_spec.year))) == "between"
            ):
                return None
            if not _early_year_named_before(ctx, m.start()):
                return None
            if re.match(r"\s+[a-z]+s\b|\s*(?:%|percent|per)", ctx.low[m.end() : m.end() + 24]):
                return None
            if previous_word == "between" and not _BETWEEN_YEARS_AFTER.match(ctx.low, m.end()):
                return None  # "between 200 and 300 men": a count
            early = Spec("DATE", "calendar", year=int(m["year"]), note="a year before 1000")
            if m["approx"]:
                early.mod = "APPROX"
            return early
        if previous_word == "in" and _ratio_part_before(ctx.low, m.start(), int(m["year"])):
            return None  # "to within one part in 500": a ratio's whole
        after = ctx.low[m.end() : m.end() + 24]
        # "broke out in 132 and was crushed": the phrase ends where a second verb joins on
        closes = (
            re.match(r"\s*(?:[.;)]|,(?!\s*\d)|$)|\s+and\s+(?:was|were|had|then|[a-z]+ed)\b", after)
            is not None
            # "in 750 (132 AH)": the year restated in the Hijri calendar
            or _HIJRI_YEAR_IN_BRACKETS.match(ctx.low, m.end()) is not None
        )
        previous = ctx.prev_spec
        if len(m["year"]) == 2:
            # "raised after his death in 81.": two digits are a year only closing the phrase in a
            # story that has just been in the first century
            story_year = previous.short_year or previous.year if previous is not None else None
            # a story in the first century on either side of the era: "in 81." after AD 79, "in 48;"
            # after 44 BC
            if not closes:
                return None
            if (not story_year or not -100 < story_year < 100 or m.start() - ctx.prev_end > 300) and (
                # "invaded in AD 43. ... what is now Norfolk ... rebelled in 47, when": the story's
                # first-century year was written with its era not long before, whatever came between
                _FIRST_CENTURY_ERA_YEAR_BEFORE.search(
                    ctx.text, max(0, m.start() - _EARLY_YEAR_REACH), m.start()
                )
                is None
            ):
                return None
            return Spec("DATE", "calendar", short_year=int(m["year"]), note="a year of two digits")
        early_context = (
            (
                (
                    previous is not None
                    and previous.year is not None
                    and previous.year < 1000
                    and m.start() - ctx.prev_end < 80
                )
                # "Rome fell in 212 BC. ... In 209 he took the port": a story before Christ names its years
                # without the era once it is plain
                or self.era_bc_named_before(ctx, m.start())
                # "Ling died in 189, ... In 190 a coalition rose": a story in the first millennium names
                # its years bare
                or _early_year_named_before(ctx, m.start())
                # "reached Merv in 745. ... in 755 and took Cordoba": the latest year named is such a year
                or (ctx.last_year is not None and 0 < ctx.last_year <= 1000)
                # "In 416 Athens besieged Melos": a capitalised name after the year is no counted plural
            )
            # "in 416 troops", not "in 743 its chief organiser": a plural noun after it counts
            and not self.plural_after_rx.match(ctx.text, m.end())
        )
        if not (closes or early_context):
            return None
        spec = Spec("DATE", "calendar", year=int(m["year"]), note="a year before 1000")
        if m["approx"]:
            spec.mod = "APPROX"
        return spec

    def _hedged_early_year(self, ctx: Context, m: re.Match[str], lead: str) -> bool:
        """ "since about 950", "by c. 640", "From around 870 the monks held": a three-digit number hedged
        after a preposition of time is a year where only a year can stand: after "since" or "until", after
        "circa", or opening the clause before its subject; "rose by about 300", "from about 870 to 900
        men" and "since about 950 men" count, and so does "circa" after a word that takes an amount ("a
        population of c. 640", "rose to c. 640")."""
        if (
            self.plural_after_rx.match(ctx.text, m.end())
            or _next_word(ctx.low, m.end()) in self.lex.AGE_GROUP_NOUNS
        ):
            return False
        circa = m["approx"] == "circa" or m["approx"] in self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS
        if circa and self._amount_lead(ctx.low, m.start()):
            # "a population of c. 640", "rose to c. 640", "held c. 350": "circa" hedges a count too
            return False
        if lead in ("since", "until") or circa:
            return True
        if lead not in ("from", "by") or _FROM_EARLY_YEAR_CLOSES.match(ctx.low, m.end()) is None:
            return False
        lead_at = ctx.low.rfind(lead, 0, m.start())
        return _CLAUSE_OPENS_BEFORE.search(ctx.low, max(0, lead_at - 20), lead_at) is not None

    def _amount_lead(self, low: str, start: int) -> bool:
        """Whether the words before a hedged number at `start` take an amount: "of" ("a population of"), a
        verb of a level or a count ("held", "numbered"), or "to", "at" or "from" after one ("rose to")."""
        word = _previous_word(low, start)
        if word == "of":
            return True
        if word in ("to", "at", "from"):
            at = low.rfind(word, 0, start)
            word = _previous_word(low, at)
            if word.isdigit():
                # "fell from c. 900 to c. 450": the range's end is what its opening is
                opening = low.rfind(word, 0, at)
                hedge = _previous_word(low, opening)
                if (
                    f"{hedge}." in self.lex.YEAR_APPROXIMATOR_ABBREVIATIONS
                    or hedge in self.lex.EARLY_YEAR_HEDGES
                ):
                    opening = low.rfind(hedge, 0, opening)
                return self._amount_lead(low, opening)
        return (
            word in self.lex.LEVEL_VERBS
            or word in self.lex.DOTTED_AMOUNT_VERBS
            or word in self.lex.COUNTING_PAST_VERBS
        )

    def range_end_year(self, ctx: Context, end: int, month: int, day: int | None) -> int | None:
        """The year of a date that opens a range whose end names one: "22 June - 5 December 1941" is
        1941, "December - March 1942" starts in 1941."""
        found = self.range_end_year_rx.match(ctx.low, end)
        if found is None and day is None:
            found = self.month_list_end_year_rx.match(ctx.low, end)
        if found is None and day is not None:
            same_month = self.range_end_day_year_rx.match(ctx.low, end)
            if same_month is not None and day < int(same_month["eday"]) <= 31:
                return int(same_month["eyear"])  # "June 25-26, 1876": the last day's year, in the same month
        if found is None:
            return None
        year = int(found["eyear"])
        groups = found.groupdict()
        end_day = int(groups.get("eday") or groups.get("emday") or 31)
        if (month, day or 1) > (self.month_of(found["emonth"]), end_day):
            year -= 1
        return year

    def h_day_range_opening(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """The first day of a range written once with its month and year at the end: it takes them."""
        day, end_day = int(m["day"]), int(m["endday"])
        if not 1 <= day < end_day <= 31 or not self.month_ok(m, ctx):
            return None
        if ctx.low.count("\n", m.end("endday"), m.start("month")) > 1:
            return None  # "Chapters 10-18", a blank line, "October 6: ...": the month opens another paragraph
        if _previous_word(ctx.low, m.start()) in self.lex.JOURNEY_PART_LABELS:
            return None  # "Day 7 - 13 June 1989": a journey's count of its days, then the day's date
        if (
            m["link"] not in ("-", "/")
            and _previous_word(ctx.low, m.start()) not in self.lex.RANGE_OPENING_WORDS
            # "on the night of 24 to 25 October": a night runs from one day into the next
            and not _NIGHT_OF_BEFORE.search(ctx.low, max(0, m.start() - 16), m.start())
        ):
            return None
        spec = Spec("DATE", "calendar", month=self.month_of(m["month"]), day=day)
        if m["year"]:
            spec.year = self.year_of(m["year"])
        elif (
            m["earlyyear"]
            and (
                _EARLY_DATE_CLOSES.match(ctx.low, m.end("earlyyear")) is not None
                or _EARLY_DAY_YEAR_PREPOSITION.match(ctx.low, m.end("earlyyear")) is not None
            )
            and _in_first_millennium(ctx, m.start())
        ):
            # "on the night of 10-11 December 969 by" in a story of the first millennium: the range's
            # year, closing its phrase as h_early_year_date wants it ("to 12 December 300 runners" counts)
            spec.year = int(m["earlyyear"])
        spec.note = "the first day of a range, in the month named at its end"
        return spec

    def h_end_of_day(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "by EOD", "EOD Thurs": the end of that working day (the DCT's when none is named)."""
        original = ctx.text[m.start("eod") : m.end("eod")]
        if m["eod"] in self.lex.END_OF_DAY_WORDS_IN_CAPITALS and not original.isupper():
            return None  # "corn on the cob"
        if m["eodweekday"]:
            weekday = int(self.lex.WEEKDAYS[m["eodweekday"].rstrip(".")])
            return Spec("DATE", "weekday", weekday=weekday, mod="END", note="the end of that working day")
        offset = int(self.lex.DAY_DEICTICS[m["eodday"]][0]) if m["eodday"] else 0
        return Spec("DATE", "shift", unit="day", amount=offset, mod="END", note="the end of the working day")

    def final_of_occasion(self, low: str, start: int) -> bool:
        """Whether "last" at `start` names an occasion's final day or night ("fireworks on the last night"):
        after "on the", with no run of days told before it in its paragraph ("from 1 to 19 March ... on
        the last night" is that run's last day, which is read as before)."""
        if not _after_on_the(low, start):
            return False
        opening = max(0, low.rfind("\n\n", 0, start), start - _OCCASION_RUN_REACH)
        return self.day_range_close_rx.search(low, opening, start) is None

    def bare_hour_lead(self, low: str, start: int) -> bool:
        """Whether the word before a number at `start` may make it a bare hour ("at 8", "@ 8", "at about 8")."""
        if low.endswith("@", max(0, start - 2), start):
            return True
        word = _previous_word(low, start)
        return (
            word in self.lex.BARE_HOUR_LEADS
            or word in self.lex.BARE_HOUR_HEDGES
            or word in self.lex.BARE_HOUR_WITH_DAY_LEADS  # the handler wants the day after it
            or word in self.lex.CHAT_BARE_HOUR_LEADS  # the handler wants a chat message around it
            # "b there in 5.": minutes left unsaid (the handler wants a chat message around it)
            or (word == "in" and _ELIDED_MINUTES_CLOSE.match(low, start) is not None)
        )

    def h_elided_minutes(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "b there in 5", "in 10!": a chat message's count after "in" closing its clause with its unit
        left unsaid is minutes, the unit a message about arriving leaves out ("in 10 mins"). Only after
        a word of arriving or getting ready, or opening the message, and only in a stamped message."""
        low, start = ctx.low, m.start()
        if _previous_word(low, start) != "in" or not 1 <= int(m["emin"]) <= 60:
            return None
        in_at = low.rfind("in", 0, start)
        before = _previous_word(low, in_at)
        opens_message = low[:in_at].rstrip(" \t").endswith((":", "\n"))
        if before not in self.lex.ELIDED_MINUTES_BEFORE and not opens_message:
            return None
        if self.message_stamp_minutes(ctx, start) is None:
            return None
        return Spec("DURATION", "fixed", value=f"PT{int(m['emin'])}M", note="minutes left unsaid after 'in'")

    def _performance_clause_before(self, low: str, lead_at: int) -> bool:
        """Whether the clause before a clock's preposition at `lead_at` names a performance ("music at")."""
        clause = low[max(0, lead_at - 48) : lead_at]
        clause = clause[
            max(clause.rfind("."), clause.rfind(";"), clause.rfind("\n"), clause.rfind(",")) + 1 :
        ]
        return not self.lex.PERFORMANCE_NOUNS.isdisjoint(_WORDS.findall(clause))

    @staticmethod
    def _hour_within_range_before(low: str, start: int, m: re.Match[str]) -> str | None:
        """ "from 7.30pm to 9.30pm, with a break at 8.30": a dotted hour that falls inside a range of clock
        times given just before it, in the same sentence and clause, is a time of that range's half of the
        day."""
        window = low[max(0, start - _RANGE_BEFORE_REACH) : start]
        if "m" not in window:
            return None  # no "am" or "pm" to take the half of the day from
        ranges = list(_DOTTED_MERIDIEM_RANGE.finditer(window))
        found = ranges[-1] if ranges else None  # the range nearest the hour
        if found is None or found["fhalf"] != found["thalf"]:
            return None
        if ";" in window[found.end() :] or any(stop in window[found.end() :] for stop in _SENTENCE_ENDS):
            # "open 4.30pm to 6.30pm. Shares closed at 5.15", "from 7.30pm to 9.30pm; tickets at 8.50": the
            # range's sentence or clause has closed
            return None
        shift = 12 if found["fhalf"] == "p" else 0
        hour = int(m["phour"]) % 12 + shift
        opening = (int(found["fhour"]) % 12 + shift) * 60 + int(found["fmin"])
        closing = (int(found["thour"]) % 12 + shift) * 60 + int(found["tmin"])
        if not opening < hour * 60 + int(m["pminute"]) < closing:
            return None  # "from 7.30pm to 9.30pm, and the bar at 11.15": outside the range, no half told
        return f"{hour:02d}:{m['pminute']}"

    def h_performance_dotted_hour(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "Doors at 7pm, music at 7.30", "Curtain at 7.45", "matinees Wednesdays and Saturdays at 2.30": a
        dotted hour after "at" or "from" in a clause naming a performance is a clock time in the afternoon
        or evening, when performances are given ("sold at 7.30 a share", "rose from 2.50 to 3.10" stay
        amounts)."""
        low, start = ctx.low, m.start()
        lead = _previous_word(low, start)
        if lead not in ("at", "from"):
            return None
        within = self._hour_within_range_before(low, start, m) if lead == "at" else None
        if (
            within is None
            and not self._performance_clause_before(low, low.rfind(lead, 0, start))
            and not (
                # "Doors open at 7.30 for the concert": the doors open for a performance named after the hour
                (owner := self.hour_owner_rx.search(low, max(0, start - 40), start)) is not None
                and owner[1] == "doors"
                and self._performance_in_sentence(low, start, m.end())
            )
        ):
            return None
        if (
            _AMOUNT_RANGE_CLOSE.match(low, m.end())
            or self.dotted_amount_unit_after_rx.match(low, m.end())
            or _next_word(low, m.end()) in ("a", "an", "per", "each")
        ):
            return None  # "tickets at 7.50 each", "from 2.50 to 3.10": amounts
        following = _next_word(low, m.end())
        if (
            following
            and following not in self.lex.CLOCK_TIME_FOLLOWERS
            and following.removesuffix("s") not in self.lex.WEEKDAYS
        ):
            # "performance at 7.30 GHz", "ratings peaked at 2.30 million": a figure counting the word after
            # it; a clock time is followed by a stop, a preposition or another word of time
            return None
        if within is not None:
            spec = Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=within)
            spec.note = "a dotted hour inside the clock range just given, in its half of the day"
            return spec
        hour = int(m["phour"])
        # "a children's matinee at 11.00" in a notice that writes "at 19.30": a text on the 24-hour clock
        # writes its morning hours as they are, and so does a reading with a leading zero
        if (
            not m["phour"].startswith("0")
            # "a coffee concert at 11.15", "a family concert at 10.30": a late-morning performance is
            # given as it is written; a show at half past ten at night is written "10.30pm"
            and hour not in (10, 11)
            # "music from 9.30 every morning", "a screening at 10.30 on Saturday morning": the morning named
            and not _MORNING_NAMED_AFTER.match(low, m.end())
            and not TWENTY_FOUR_HOUR_READING.search(
                low, max(0, start - TWENTY_FOUR_HOUR_REACH), start + TWENTY_FOUR_HOUR_REACH
            )
        ):
            hour = hour % 12 + 12
        spec = Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:{m['pminute']}")
        spec.note = "a dotted hour a performance is given at" + (
            ", in the afternoon or evening" if hour >= 12 else ", in the morning as written"
        )
        return spec

    def h_bare_hour(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """A bare hour is a clock time after "at", "from", "until" (or "@") where no count can follow it
        ("see you at 8!!", "doors at 8 and ...", but not "at 8 percent", "stood at 8"), right after a
        day it falls on ("Fri 13 Dec from 7"), or with "ish" ("8ish"). Seven to eleven are evening
        hours only where the evening is spoken of; one to six are afternoon hours."""
        low, start = ctx.low, m.start()
        zoned = m["bzone"] is not None
        if zoned and not ctx.text[m.start("bzone") : m.end("bzone")].isupper():
            return None  # "at 3 et al.": a zone is written in capitals
        lead = "@" if low.endswith("@", max(0, start - 2), start) else _previous_word(low, start)
        if lead in self.lex.BARE_HOUR_HEDGES:  # "at about 8": the word before the hedge leads
            hedge_at = low.rfind(lead, 0, start)
            lead = "@" if low.endswith("@", max(0, hedge_at - 2), hedge_at) else _previous_word(low, hedge_at)
        opening_hours = self._opening_hours_range(low, m) if not (m["bday"] or m["ish"]) else None
        if opening_hours is not None:
            return self._opening_hours_spec(ctx, near=0 <= start - ctx.prev_end <= 40, hour=opening_hours)
        if not m["bday"] and not m["ish"] and low.startswith(_RANGE_CLOSE_FIRSTS, m.end()):
            ranged = self._hour_opening_clock_range(low, m.end(), int(m["bhour"]), lead)
            if ranged is not None:
                return ranged
        if _QUANTITY_AFTER.match(low, m.end()):
            return None  # "lost about 9 percent" after a date: an amount
        if _next_word(low, m.end()) in self.lex.UNIT_FORMS:
            return None  # "at 5 hours 18 minutes ground elapsed time": a length read on a clock of the event
        amount_end = _AMOUNT_RANGE_CLOSE.match(low, m.end())
        measured = _next_word(low, amount_end.end() if amount_end else m.end())
        if measured in self.lex.MEASURE_NOUNS or measured in self.lex.ACCUMULATION_UNITS:
            return None  # "crested at 8 feet", "falling at 1 to 2 inches an hour": an amount
        if (
            low.startswith(" of ", m.end())
            and _next_word(low, m.end() + 3) in self.lex.COUNTED_WHOLE_DETERMINERS
        ):
            return None  # "on Thursdays at 8 of the 10 sites": a count of a whole, no hour
        near_last = ctx.prev_spec is not None and 0 <= start - ctx.prev_end <= 40
        after_clock = (
            near_last
            and ctx.prev_spec is not None
            and ctx.prev_spec.type == "TIME"
            and "\n" not in low[ctx.prev_end : start]
            # "from 7am, £3 a stack or 2 for £5": another amount between them is what "or" offers instead
            and _AMOUNT_CHARACTER.search(low, ctx.prev_end, start) is None
        )
        listed = (
            _HOUR_LIST_CLOSE.match(low, m.end())
            if not lead and after_clock and low[ctx.prev_end : start].strip() == ","
            else None
        )
        if listed is not None and not m["bday"] and not m["ish"]:
            # "Masses begin at 7, 9 and 11 a.m.": an hour inside a list of clock times takes the half of
            # the day of the last one
            hour = int(m["bhour"]) % 12 + (12 if listed["half"] == "p" else 0)
            note = "an hour in a list of clock times, with the last one's a.m. or p.m."
            return Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:00", note=note)
        log_run = False
        if lead in self.lex.BARE_HOUR_AFTER_CLOCK_LEADS:
            if not after_clock:
                return None
        elif lead in self.lex.BARE_HOUR_RANGE_CLOSERS and not m["ish"]:
            if not (after_clock and _BARE_HOUR_CLOSES.match(low, m.end())):
                return None  # "between 8 and 12.": the range's close; "at 9 and 3 staff": a count
        elif not m["ish"]:
            if lead == "by" and _previous_word(low, low.rfind("by", 0, start)) in self.lex.CHANGE_BY_WORDS:
                return None  # "the bill rose by 6", "cut by 3": the size of a change, no hour
            chat_lead = lead in self.lex.CHAT_BARE_HOUR_LEADS and self._chat_plan_hour(ctx, lead, start)
            if (
                lead != "@"
                and lead not in self.lex.BARE_HOUR_LEADS
                and not (m["bday"] and lead in self.lex.BARE_HOUR_WITH_DAY_LEADS)
                and not chat_lead
            ):
                return None
            log_run = (
                lead == "at"
                and _sentence_start(low, low.rfind("at", 0, start))
                and _follows_a_told_clock_time(ctx, start)
                and not low.startswith(",", m.end())
            )
            if lead == "at" and _sentence_start(low, low.rfind("at", 0, start)) and not log_run:
                return None  # "At 8, she could read": an age
            lead_at = start - 1 if lead == "@" else low.rfind(lead, 0, start)
            level = _previous_word(low, lead_at)
            if (
                level in self.lex.LEVEL_VERBS
                # "The call is at 3 ET": a level is read on no clock
                and not zoned
                # "Party is at 2", "the meeting was at 10": what is held at an hour, not a level
                and _previous_word(low, low.rfind(level, 0, lead_at)) not in self.lex.SCHEDULED_EVENT_NOUNS
                # "Last orders are at 10.": a pub's last call
                and not last_call_at(low, lead_at, self.lex)
            ):
                return None
            day_before = (
                near_last
                and ctx.prev_spec is not None
                and _names_a_day(ctx.prev_spec)
                and not _SENTENCE_BOUNDARY.search(low, ctx.prev_end, start)
                and _next_word(low, m.end()) not in self.lex.NUMBER_SCALE_WORDS
            )
            if low.startswith("-", m.end()) and lead == "at":
                return None  # "level at 1-1": a score
            closes = (lead in self.lex.BARE_HOUR_CLOSING_LEADS or chat_lead) and (
                zoned
                or _BARE_HOUR_CLOSES.match(low, m.end())
                # "doesn't come til about 9 anyway", "at 8 tho": a comment adverb closes the clause too
                or _next_word(low, m.end()) in self.lex.BARE_HOUR_CLOSING_ADVERBS
            )
            if not (m["bday"] or day_before or closes or log_run):
                return None
        if self.day_range_close_rx.match(low, m.end()):
            return None  # "again from 6 to 8 May": the first day of a range of days
        hour = int(m["bhour"])
        morning_told = bool(m["bday"]) and m["bday"].startswith("this m")  # "since 5 this morning"
        heading_list = None if m["bday"] or m["ish"] else _HOUR_LIST_CLOSE.match(low, m.end())
        if heading_list is not None:
            # "at 6, 7 or 8 a.m.": the list's half of the day
            hour = hour % 12 + (12 if heading_list["half"] == "p" else 0)
        elif log_run and ctx.prev_spec is not None:
            # "At 7 A.M. weighed ... At 11 the pagoda bore N.W.", "At 2 P.M. ... At 6": a log's hours run
            # on through the day, so the hour is the first one on the clock after the hour told before it
            told = int((ctx.prev_spec.pod or "00")[:2])
            hour = hour % 12 if hour % 12 >= told else hour % 12 + 12
        elif (1 <= hour <= 6 and not morning_told) or (
            7 <= hour <= 11
            and (
                self._evening_spoken_of(ctx, m)
                or (not m["bday"] and self.afternoon_after_stamp(ctx, start, hour))
            )
        ):
            hour += 12
        spec = Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:00")
        spec.note = "an hour without a.m. or p.m., read from its context"
        if m["ish"]:
            spec.mod = "APPROX"
        if m["bday"]:
            spec.base = "dct"
            deictic = m["bday"]
            if not deictic.startswith("this"):
                spec.amount = int(self.lex.DAY_DEICTICS[deictic][0])
        elif (
            ctx.prev_spec is not None
            and ctx.prev_spec.type == "SET"
            and near_last
            and "\n" not in low[ctx.prev_end : start]
        ):
            return Spec("TIME", "fixed", value=f"XXXX-XX-XXT{spec.pod}", mod=spec.mod, note=spec.note)
        return spec

    def _chat_plan_hour(self, ctx: Context, lead: str, start: int) -> bool:
        """Whether a bare hour after "by" or "for" at `start` is the hour of a chat message's plan ("there by 6
        on Sat"), after "for" only with a place booked ("booked the pub for 7")."""
        lead_at = ctx.low.rfind(lead, 0, start)
        before = _previous_word(ctx.low, lead_at)
        if lead == "for" and before not in self.lex.BOOKED_PLACE_NOUNS:
            return False  # "a table for 8", "waited for 2": a count
        return self.message_stamp_minutes(ctx, start) is not None

    def _opening_hours_range(self, low: str, m: re.Match[str]) -> int | None:
        """ "open daily 9-5", "Open 10-6": two bare hours joined by a dash after a word of opening hours,
        the second lower than the first, run from a morning hour across noon; the hour (0-23) that
        `m` names there, else None."""
        hour = int(m["bhour"])
        if low.startswith("-", m.end()):
            closing = _DASHED_BARE_HOUR.match(low, m.end())
            if closing is None or not int(closing.group(1)) < hour or hour < 7:
                return None
            opens_at = m.start()
        elif low.endswith("-", 0, m.start()):
            opening = _BARE_HOUR_BEFORE_DASH.search(low, max(0, m.start() - 4), m.start())
            if opening is None or not hour < int(opening.group(1)) or int(opening.group(1)) < 7:
                return None
            opens_at, hour = opening.start(1), hour + 12
        else:
            return None
        if _previous_word(low, opens_at) not in self.lex.OPENING_HOURS_LEADS:
            return None
        return hour

    def _opening_hours_spec(self, ctx: Context, near: bool, hour: int) -> Spec:
        note = "an hour of opening hours running across noon ('open daily 9-5')"
        prev = ctx.prev_spec
        if (
            near
            and prev is not None
            and (prev.type == "SET" or (prev.type == "TIME" and (prev.value or "").startswith("XXXX-XX-XXT")))
        ):
            return Spec("TIME", "fixed", value=f"XXXX-XX-XXT{hour:02d}:00", note=note)
        return Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:00", note=note)

    def h_hour_word_opening_range(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "wrote from eight until noon": a spelled hour opening a range of clock times."""
        lead = _previous_word(ctx.low, m.start())
        if lead not in self.lex.RANGE_LEADS:
            return None
        hour = int(self.lex.CLOCK_HOUR_WORDS[m["hourw"]])
        return self._hour_opening_clock_range(ctx.low, m.end(), hour, lead)

    def _hour_opening_clock_range(self, low: str, end: int, opening: int, lead: str) -> Spec | None:
        """ "from 4 to 7 p.m.", "between 9 and noon", "4-7 p.m.": an hour opening a range whose closing
        time names its half of the day is a clock time in that half, or in the other half when it is
        the later number ("from 10 to 2 p.m." opens at 10 a.m.)."""
        close = _CLOCK_RANGE_CLOSE.match(low, end)
        if close is None and lead in self.lex.RANGE_LEADS:
            spelled = self.spelled_range_close.match(low, end)
            if spelled is not None:
                # "from nine until one in the morning", "from seven to eleven at night": a spelled close
                # whose part of the day names its half
                closing = int(self.lex.CLOCK_HOUR_WORDS[spelled["shour"]]) % 12
                closing += 0 if spelled["spod"].endswith("morning") else 12
                return self._clock_range_opening_spec(opening, closing * 60)
        if close is None or not (lead in self.lex.RANGE_LEADS or close["link"] == "-"):
            return None
        return self._clock_range_opening_spec(opening, _clock_range_close_minutes(close))

    def _clock_range_opening_spec(self, opening: int, closing: int) -> Spec:
        """The opening hour of a clock range whose close is `closing` minutes into the day (0-1440): the
        later reading that still opens before the close; none does across midnight ("10 to 2 a.m.")."""
        hour = _clock_range_opening_hour(opening, 0, closing)
        spec = Spec("TIME", "shift", unit="day", amount=0, base="ref", pod=f"{hour:02d}:00")
        spec.note = "an hour opening a range of clock times, in the half of the day its closing time names"
        return spec

    def _evening_spoken_of(self, ctx: Context, m: re.Match[str]) -> bool:
        if m["bday"]:
            return not m["bday"].startswith("this m") and m["bday"] not in (
                "today",
                "tomorrow",
                "tmrw",
                "tmr",
            )
        if self._evening_in_sentence(ctx.low, m.start(), m.end()):
            return True
        owner = self.hour_owner_rx.search(ctx.low, max(0, m.start() - 40), m.start())
        if owner is not None and (
            owner[1] in self.lex.PERFORMANCE_NOUNS
            or (
                owner[1] == "doors"
                and self._performance_in_sentence(ctx.low, m.start(), m.end(), by_day=False)
            )
        ):
            # "Doors at 7, show at 8": a listing gives a performance its hour, an evening one, and the
            # doors open for it; "Breakfast at 8, show at 10", "school starts at 9" keep their morning
            return True
        if self._closing_after_evening_clock(ctx, m.start()):
            return True
        if last_call_before(ctx.low, m.start(), self.lex):
            return True  # "the kitchen closes at 9", "Food is served until 9": a last call, late in the day
        # "Party at ours 2nite from 8 ... see you at 8!!": an hour told again means what it meant before
        hour = m["bhour"]
        earlier = re.compile(r"(?:at|from|@|til|till|until)\s+" + hour + r"(?![0-9:])")
        return any(
            self._evening_in_sentence(ctx.low, told.end() - len(hour), told.end())
            for told in earlier.finditer(ctx.low, max(0, m.start() - 800), m.start() - 1)
        )

    def _closing_after_evening_clock(self, ctx: Context, start: int) -> bool:
        """ "Last orders are at 10.30 and the kitchen closes at 9", "the bar opens at 7pm and the doors
        close at 11": a place's closing hour told after an evening clock time in its sentence is the
        evening's (a place that closes in the morning would not be told beside its evening)."""
        pod = ctx.prev_spec.pod if ctx.prev_spec is not None and ctx.prev_spec.type == "TIME" else None
        if pod is None or not "18" <= pod[:2] <= "23":
            return False
        lead_at = ctx.low.rfind("at", max(0, start - 4), start)
        return (
            lead_at > 0
            and _previous_word(ctx.low, lead_at) in self.lex.VENUE_CLOSING_VERBS
            and not _SENTENCE_BOUNDARY.search(ctx.low, ctx.prev_end, start)
        )

    def _evening_told_before(self, low: str, start: int, end: int) -> bool:
        """Whether the sentence around low[start:end] speaks of the evening, or an evening greeting
        ("Good evening") opens the turn just before it."""
        # the whole of a broadcast's long opening sentence ("It's twenty-five past five on Radio Severn,
        # and if you're setting off tonight, ...")
        words = _WORDS.findall(_sentence_around(low, start, end, before=200, after=160))
        if "morning" in words:
            return False  # "It's seven o'clock on a Monday morning and the bar is shut": the morning's
        if self._evening_in_sentence(low, start, end, after=160):
            return True
        before = low[max(0, start - 120) : start]
        return any(greeting in before for greeting in self.lex.EVENING_GREETINGS)

    def _performance_in_sentence(self, low: str, start: int, end: int, by_day: bool = True) -> bool:
        """Whether the sentence around low[start:end] names a performance ("Doors at 7, show at 8"); with
        `by_day` false, not one given by day ("Doors open at 10 for the matinee" keep the morning)."""
        words = _WORDS.findall(_sentence_around(low, start, end, before=200, after=60))
        return not self.lex.PERFORMANCE_NOUNS.isdisjoint(words) and (
            by_day or self.lex.DAYTIME_SHOW_WORDS.isdisjoint(words)
        )

    def _evening_in_sentence(self, low: str, start: int, end: int, after: int = 60) -> bool:
        """Whether the sentence or chat message around low[start:end] speaks of the evening (a night
        spoken of two messages earlier is another plan)."""
        window = _sentence_around(low, start, end, before=200, after=after)
        return any(word in self.lex.EVENING_CUE_WORDS for word in _WORDS.findall(window))

    def h_spelled_day_only(self, m: re.Match[str], ctx: Context) -> Spec | None:
        """ "on the eighteenth.", "next Tuesday, the twenty-second": an ordinal said in words and closing its
        phrase is a day of the month after "on" or right after the day it names again ("the third." after
        "came" or "finished" is a place in a list)."""
        after_day = (
            ctx.prev_spec is not None
            and (ctx.prev_spec.weekday is not None or ctx.prev_spec.day is not None)
            and ctx.low[ctx.prev_end : m.start()] in (", ", " ")
        )
        if not after_day and not m["sdweekday"] and _previous_word(ctx.low, m.start()) != "on":
            return None
        if (
            m["sdweekday"]
            and m["sdweekday"].rstrip(".").lower() in self.lex.AMBIGUOUS_WEEKDAYS
            and not ctx.text[m.start("sdweekday")].isupper()
        ):
            return None  # "She sat the second.", "they wed the third.": a verb, no weekday
        day = self.spelled_ordinal(m["sday"])
        spec = Spec("DATE", "calendar", day=day, note="a day of the month said in words")
        if m["sdweekday"]:
            spec.weekday = int(self.lex.WEEKDAYS[m["sdweekday"].rstrip(".").lower()])
        return spec

    def h_day_only(self, m: re.Match[str], ctx: Context) -> Spec | None:
        day = int(m["day"])
        if not 1 <= day <= 31:
            return None
        if m["inst"]:
            # "your letter of the 14th inst.": a letter's "of this month", only ever said of a day; "the 2d
            # ult." is of the month before the letter's, "the 5th prox." of the month after it
            step = int(self.lex.LETTER_MONTH_STEPS[m["inst"].lower()])
            return Spec(
                "DATE",
                "calendar",
                day=day,
                month_step=step,
                note=f"a day of the letter's month {step:+d} ('{m['inst']}')",
            )
        if m["relmonth"]:
            # "the 1st of next month", "the 28th of last month": a day of the month so many steps from the
            # writer's, as "the 5th prox." and "the 2d ult." are
            step = _RELATIVE_STEPS[m["relmonth"].lower()]
            note = f"day {day} of {m['relmonth']} month"
            return Spec("DATE", "calendar", day=day, month_step=step, note=note)
        before = _previous_word(ctx.low, m.start())
        if before == "of":
            head = _WORD_BEFORE_OF.search(ctx.low, max(0, m.start() - 16), m.start())
            if head is None or head.group(1) not in self.lex.DAY_OF_MONTH_OF_HEADS:
                return None  # "the morning of the 2nd", but not "one of the 3rd"
        elif (
            before not in self.lex.DAY_ONLY_LEADS
            and not _opens_a_dated_entry(ctx.text, m.start(), m.end())
            and not (
                # "how about the 14th?", "what about the 21st?": a day offered in a plan
                before == "about"
                and _previous_word(ctx.low, ctx.low.rfind("about", 0, m.start())) in ("how", "what")
            )
            and not (
                # "chem on the 3rd, bio the 6th": the next item of a list of days, after its own label
                ctx.prev_spec is not None
                and ctx.prev_spec.day is not None
                and 0 < m.start() - ctx.prev_end <= 24
                and _NEXT_LISTED_ITEM.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
            )
            and not (
                # "on 25 September and the 26th": a second day joined to a day just named, in its month
                ctx.prev_spec is not None
                and ctx.prev_spec.day is not None
                and ctx.prev_spec.pod is None
                and 0 < m.start() - ctx.prev_end <= 8
                and _DAY_JOINED_AFTER_DAY.fullmatch(ctx.low, ctx.prev_end, m.start()) is not None
                and not ctx.low.startswith("-", m.end())  # "on 3 May and the 5th-placed side"
            )
        ):
            return None
        # "By the morning of the 14th Argentine troops were ...": a part of a day names a day, whatever follows
        named_subject = False
        if before != "of" and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 3]):
            # "On the 20th Nelson sailed": a name and then its verb open a new clause after the day
            subject = _NAME_THEN_WORD.match(ctx.text, m.end()) if before == "on" else None
            if subject is None or not (
                only_a_verb(subject.group(1))
                # "At dawn on the 29th Giustiniani was wounded": after a part of the day, a name and an
                # auxiliary open the clause ("pressure on the 5th Army was mounting" is a unit's)
                or (
                    subject.group(1) in self.lex.PAST_AUXILIARIES_AFTER_A_NAME
                    and (
                        (
                            (part := _previous_word(ctx.low, ctx.low.rfind(" on ", 0, m.start()) + 1))
                            in self.lex.PARTS_OF_DAY
                            and self.lex.PARTS_OF_DAY[part] in ("MO", "AF", "EV", "NI")
                        )
                        # "On the 29th Giustiniani was wounded", "Early on the 29th ...": "on" opens the
                        # sentence, where no unit's noun can stand before it
                        or part in ("early", "late")
                        or (
                            (on_at := ctx.low.rfind("on", 0, m.start())) >= 0
                            and _SENTENCE_OPENS_BEFORE.search(ctx.low, max(0, on_at - 4), on_at) is not None
                        )
                    )
                )
            ):
                return None  # "the 11th Circuit"
            named_subject = True
        if (
            not named_subject
            and before != "of"
            and re.match(r"\s+[a-z]", ctx.low[m.end() : m.end() + 2])
            and not _ADVERB_ENDS.match(ctx.low, m.end())
        ):
            following = _next_word(ctx.low, m.end())
            # "rent's due the 1st don't forget", "on the 3rd we left", "on the 14th the troops": a new
            # clause without a comma
            if (
                following not in self.lex.SUBJECT_PRONOUNS
                and following not in self.lex.NOUN_DETERMINERS
                and following not in ("with", "without")  # "entered Vilna on the 28th without a battle"
                and following != "there"  # "From the 14th there will be two": "there" opens a clause
                and not following.endswith("n't")
                and following not in self.lex.DAY_ONLY_TRAILING_ADVERBS  # "reopen on the 4th apparently"
                and following not in self.lex.DAY_ONLY_CLAUSE_OPENERS  # "I remember the 21st because"
                # "and on the 18th refused to recant": a verb shares the subject told before "and"
                and not only_a_verb(following)
            ):
                return None  # "on the 8th gen", "on the 3rd try": an ordinal before its noun
        if re.match(
            r"\s+(?:of\s+)?(?:century|floor|time|anniversary|round|day|week|time|place|quarter|amendment|division|district|street|avenue|of)\b",
            ctx.low[m.end() : m.end() + 16],
        ):
            return None
        close = self.ordinal_day_close_rx.match(ctx.low, m.end())
        if close is not None and self.month_ok(close, ctx):
            # "on the 28th and 29th of March", "from the 3rd to the 7th of May": the month closing the pair
            month = int(self.lex.MONTHS[close["month"].rstrip(".")])
            return Spec(
                "DATE", "calendar", month=month, day=day, note="a day of the month its pair closes with"
            )
        return Spec("DATE", "calendar", day=day, note="a day of the month in context")


def _follows_a_told_clock_time(ctx: Context, start: int) -> bool:
    """ "At 2 P.M. crossed the Equator. ... At 6 the Commodore made the signal": a log's or a diary's run
    of hours, each sentence opening with "At" and an hour, the first told with a.m. or p.m. in the same
    paragraph; a bare hour there is another clock time of the day, not an age ("At 8, she could read")."""
    previous = ctx.prev_spec
    return (
        previous is not None
        and previous.type == "TIME"
        and previous.pod is not None
        and ":" in previous.pod
        and 0 <= start - ctx.prev_end <= _LOG_HOUR_REACH
        and "\n" not in ctx.low[ctx.prev_end : start]
    )


def _opens_a_dated_entry(text: str, start: int, end: int) -> bool:
    """ "The 9th, at daybreak, the enemy opened", "The 12th and 13th were quiet", '"The 7th. The
    mosquitoes': a diary's or a log's entry opening its line (or its quotation) with its day, which a
    full stop, a comma or a second day closes."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(' \t"\u201c') != "":
        return False
    return _ENTRY_DAY_CLOSE.match(text, end) is not None


def _year_after_coarse_date(ctx: Context, start: int, end: int) -> bool:
    """Four digits that could be a year, in the sentence of a date told no finer than a month ("over
    the following winter ... until 2004"): a 24-hour clock time belongs to a told day, so a year."""
    if ctx.low[start] == "0" or ctx.prev_end < 0 or not _no_finer_than_a_month(ctx.prev_spec):
        return False
    return "." not in ctx.low[ctx.prev_end : start] and 1000 <= int(ctx.low[start:end]) <= 2099


def _no_finer_than_a_month(prev: Spec | None) -> bool:
    """Whether an expression found is a date told no finer than a month or a season ("in 1921", "by the
    1880s", "the following spring"): no day, weekday, part of the day or shift of days or weeks in it."""
    if prev is None or prev.type != "DATE":
        return False
    if (
        prev.day is not None
        or prev.weekday is not None
        or prev.pod is not None
        or prev.unit in ("day", "week")
    ):
        return False
    return not (prev.kind == "fixed" and len(prev.value or "") >= 8)  # a fixed value with a day in it


#: A capitalised name (one word, maybe hyphenated) and the word after it: "Saint-Aubin sent".
_NAME_THEN_WORD = compile_pattern(r"\s+[A-Z][A-Za-z'-]*\s+([a-z]+)")
#: Where a sentence opens, up to the word being read: the text's start or a stop, then spaces.
_SENTENCE_OPENS_BEFORE = compile_pattern(r"(?:^|[.!?\n])\s*$")
_COUNTED_AFTER = compile_pattern(r"\s*(?:%|[a-z]+s\b)")
#: The verb before "at" and a dotted figure: "[stood] at 1.25 this morning" (`LEVEL_VERBS` decides).
_LEVEL_AT_BEFORE = compile_pattern(r"(?<![a-z])([a-z]+)\s+at\s+$")
#: What closes the clause after a dotted clock time: a comma, a stop, "and" or the end ("breakfast at 7.30, and").
_DOTTED_CLAUSE_CLOSE_RX = r"[ \t]*(?:[,;]|\.(?![0-9])|and\s)|$"
_DOTTED_CLAUSE_CLOSE = compile_pattern(_DOTTED_CLAUSE_CLOSE_RX)
#: What makes a dotted two-digit reading after a clock's preposition a 24-hour clock: a day after it ("at
#: 11.30 on Sunday", "at 19.30 each evening"), or another such reading across a range ("from 09.00 to 18.00").
_DOTTED_CLOCK_DAY_AFTER_RX = (
    r"\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|daily"
    # "at 19.30 each evening"; "sold at 12.50 each" is a price apiece
    r"|(?:each|every)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun|week)?day|weekend|week|morning|afternoon"
    r"|evening|night))(?![a-z])"
)
_DOTTED_CLOCK_DAY_AFTER = compile_pattern(_DOTTED_CLOCK_DAY_AFTER_RX)
#: The word before "at" and a dotted figure, or before "at", a first such figure and its link ("Seats at
#: 10.50 and 12.50"): `PRICED_AT_NOUNS` makes the figures prices.
_PRICED_AT_BEFORE = compile_pattern(
    r"(?<![a-z])([a-z]+)\s+at\s+(?:(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:and|or|to|-|\u2013)\s*)?$"
)
_DOTTED_CLOCK_RANGE_CLOSE = compile_pattern(
    r"\s*(?:to|until|till|and|-|\u2013)\s*(?:[01]\d|2[0-3])\.[0-5]\d(?![0-9])"
)
#: A range of dotted clock times with their halves of the day ("from 7.30pm to 9.30pm", "9.15am-11.45am").
_DOTTED_MERIDIEM_RANGE = compile_pattern(
    r"(?<![0-9.])(?P<fhour>1[0-2]|0?[1-9])\.(?P<fmin>[0-5]\d)\s*(?P<fhalf>[ap])\.?\s?m\.?"
    r"\s*(?:to|until|till|-|\u2013)\s*"
    r"(?P<thour>1[0-2]|0?[1-9])\.(?P<tmin>[0-5]\d)\s*(?P<thalf>[ap])\.?\s?m(?![a-z])"
)
#: How far before a dotted hour the range it falls in may be given.
_RANGE_BEFORE_REACH = 60
#: A dotted clock reading with "a.m." or "p.m." ("at 1.30 p.m.", "7.45pm"): the text writes its hours dotted.
_DOTTED_MERIDIEM_CLOCK = compile_pattern(
    r"(?<![0-9.])(?:1[0-2]|0?[1-9])\.[0-5]\d\s*(?:a\.?\s?m|p\.?\s?m)(?![a-z])"
)
#: After a dotted figure: what makes it a price of one thing ("at 10.50 each", "at 11.95 per bottle").
_AMOUNT_APIECE_AFTER = compile_pattern(r"[ \t]+(?:each|apiece|per)(?![a-z])")
_DOTTED_CLOCK_RANGE_OPEN = compile_pattern(r"(?:[01]\d|2[0-3])\.[0-5]\d\s*(?:to|until|till|and|-|\u2013)\s*$")
#: After a bare "6h" (or a range of them): a word that makes it a length ("from 6h to 12h after exposure").
_H_LENGTH_AFTER = compile_pattern(
    r"(?:\s*(?:-|\u2013|to|and)\s*\d{1,2}h)?\s+(?:after|before|later|earlier|ago|of|on\s+end)(?![a-z])"
)
#: A dotted day-month's closing dot ("28.02. to", "02.03., the"), not a sentence's full stop before a capital.
_DOTTED_DAY_MONTH_AFTER = compile_pattern(r"\.(?:[ \t]*[,;)]|[ \t]+(?:to|until|till|and|for|-)(?![a-z]))")
_COPULAS = frozenset({"is", "was", "were", "are", "be", "been"})
#: "last orders are at ", "last entry is at ": the last call a place takes, before its hour (`last_call_at`).
_LAST_CALL_AT = compile_pattern(r"(?<![a-z])last[ \t]+(?P<call>[a-z]+)[ \t]+(?:(?:is|are)[ \t]+)?at[ \t]+$")
#: "stops serving at ", "finishes serving at ": the same last call said with a verb (`last_call_at`).
_STOPS_SERVING_AT = compile_pattern(r"(?<![a-z])(?P<stop>[a-z]+)[ \t]+serving[ \t]+at[ \t]+$")
#: How far on either side of a venue's doors' dotted hour a performance may be named ("The show starts at
#: 8. Doors open at 7.15").
_DOORS_SHOW_REACH = 60
#: The last hour of one to twelve a midday meal served up to is in the afternoon ("until 2.30", "till 5").
_MIDDAY_MEAL_LAST_HOUR = 5
#: How far back from its "at" `_LAST_CALL_AT` may open ("last admissions are at ").
_LAST_CALL_AT_REACH = 28


def last_call_at(low: str, at: int, lex: ModuleType) -> bool:
    """Whether the "at" at `at` follows "last orders are", "last entry is": the last call a pub, a museum or
    a kitchen takes before closing, late in its day and of every day it keeps (shared with the resolver);
    a person's "her last entry is at 9.15", "my last exam is at 2pm" is one day's. "The pub stops serving at
    10.30" says the same with a verb."""
    if at <= 0:
        return False
    before = low[max(0, at - _LAST_CALL_AT_REACH) : at]
    if before.endswith("serving "):
        stop = _STOPS_SERVING_AT.search(low, max(0, at - _LAST_CALL_AT_REACH), at + 3)
        return stop is not None and stop["stop"] in lex.SERVICE_STOP_VERBS
    closing = _previous_word(low, at)
    if closing in lex.VENUE_CLOSING_VERBS:
        # "The kitchen closes at 9.30": a kitchen stops taking orders late in its day, as at last orders
        kitchen = _previous_word(low, at - len(closing) - 1)
        return kitchen in lex.KITCHEN_NOUNS and not _served_by_day(low, at, lex)
    if "last" not in before:
        return False
    call = _LAST_CALL_AT.search(low, max(0, at - _LAST_CALL_AT_REACH), at + 3)
    return (
        call is not None
        and call["call"] in lex.LAST_CALL_NOUNS
        and _previous_word(low, call.start()) not in lex.PERSONAL_POSSESSIVES
    )


def last_call_before(low: str, start: int, lex: ModuleType) -> bool:
    """Whether the clock figure at `start` is the last call of a pub, a museum or a kitchen: after "at"
    (`last_call_at`), or after "until" or "till" where food is served ("Food is served until 9", "Hot food
    until 8.30", "We serve food till 9"); "Breakfast is served until 10.30" keeps its morning."""
    lead = _previous_word(low, start)
    if lead == "at":
        return last_call_at(low, low.rfind("at", max(0, start - 4), start), lex)
    if lead not in lex.FORWARD_BOUND_SIGNALS:
        return False
    until = low.rfind(lead, 0, start)
    serving = _previous_word(low, until)
    if serving == "served":
        # "Food is served until 9", "food served until 9" (a listing); "was served until 9" tells one day's
        served_by = _previous_word(low, until - len(serving) - 1)
        serving = "serving" if served_by in ("is", "are") else served_by
    return serving in lex.FOOD_SERVING_WORDS and not _served_by_day(low, until, lex)


def day_meal_served_until(low: str, start: int, lex: ModuleType) -> str:
    """The meal of the day served up to the clock figure at `start` ("Breakfast is served until 9.30",
    "Lunch is served till 2.30"), or "" when no such meal is: the hours a kitchen keeps every day."""
    lead = _previous_word(low, start)
    if lead not in lex.FORWARD_BOUND_SIGNALS:
        return ""
    until = low.rfind(lead, 0, start)
    if _previous_word(low, until) != "served":
        return ""
    copula_end = until - len("served") - 1
    if _previous_word(low, copula_end) not in ("is", "are"):
        return ""  # "was served until 9.30" tells of one day
    meal = _previous_word(low, low.rfind(" ", 0, copula_end - 1))
    # "breakfast", "lunch": a meal (the feasts' table names them) eaten by day
    return meal if meal in lex.DAYTIME_SHOW_WORDS and meal in lex.MEALS_NAMED_FOR_FEASTS else ""


def _served_by_day(low: str, lead: int, lex: ModuleType) -> bool:
    """Whether the sentence of a kitchen's closing hour names a meal or a part of the day before evening
    ("Breakfast is served until 10.30", "the kitchen closes at 11.30 in the morning"), as a daytime
    show's does (`DAYTIME_SHOW_WORDS`)."""
    return not lex.DAYTIME_SHOW_WORDS.isdisjoint(_WORDS.findall(_sentence_around(low, lead, lead, 80, 40)))


#: "for" opening a length, past its modifier: "stalled [for about] two weeks afterwards", "held [for more
#: than] a decade afterwards".
_FOR_LENGTH_BEFORE = compile_pattern(
    r"(?<![a-z])for\s+(?:(?:about|around|roughly|some|nearly|almost|only|just|another|over|under|more\s+than"
    r"|less\s+than|at\s+least)\s+)?$"
)
#: The rest of a comparison of periods glued to its first unit: "year-[on-year]", "month-[over-month]".
# "year-on-year", "day-to-day", "year-round": an adjective made of the unit, no length
# "a month before the sale", "a year after tax": the word after "before"/"after" decides offset or rate
#: "It's a week today since the flood": a length up to now from a past day, not a day ahead;
#: "have 14 days from today to reply": the time allowed, reaching to an act or a day, is a length.
_SINCE_AFTER = compile_pattern(r"\s+(?:since|that|to|until|till|in\s+which)(?![a-z])")
_OFFSET_WORD_AFTER = compile_pattern(r"\s+(?:after|before)(?![a-z])[ \t]*([a-z]*)")
#: What closes a rate's phrase: "four hours of power a day." ("a day of peace", "a month before" go on).
_RATE_CLOSE_AFTER = compile_pattern(r"\s*(?:[.,;:!?)]|$|\s(?:and|but)\s)")
_RATE_COMPOUND_AFTER = compile_pattern(r"-(?:(?:on|over|to)-[a-z]|round(?![a-z]))")
_ARTICLE_OPENING_BEFORE = compile_pattern(r"\b(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+)?$")
_PERIODICAL_AFTER = compile_pattern(
    # "a weekly founded in 1819", "a monthly started by the guild": the periodical, and when it began
    r"(?:[ \t]+(?:in|of|from|reported|said|published|wrote|ran|founded|started|launched|established)\b"
    r"|[ \t]*[,;:])"
)
_ONE_TO_THE_NEXT = compile_pattern(r"\s+to\s+the\s+next(?![a-z])")
#: "3,612 runs", "148 runs": a count of runs, which makes a sentence's "centuries" hundreds of them.
_RUNS_COUNTED = compile_pattern(r"[0-9][ \t]+runs(?![a-z])")
_YEAR_NOUN_COMMA_BEFORE = compile_pattern(r"\byear,[ \t]*$")
#: "Her best year was 2011", "the club's worst year is 1958": a noun phrase ending in "year" before a
#: copula, with the words that lead it (a count's "that year", "per year" is told apart by them).
_YEAR_NOUN_COPULA_BEFORE = compile_pattern(
    r"(?<![a-z'\u2019-])(?P<lead>(?:[a-z'\u2019-]+[ \t]+){1,3})year[ \t]+(?:was|is)[ \t]+$"
)
#: "the next is ", "the first was ", "the last, ": one of a run of occasions, its noun left out, before the
#: year it fell or falls in
_SEQUENCE_MEMBER_BEFORE = compile_pattern(
    r"(?<![a-z])the[ \t]+(?:next|last|first|previous)(?:[ \t]+(?:was|is|will[ \t]+be)[ \t]+|,[ \t]*)$"
)
#: "It was 1917, and", "By then it was 1943.", "That was 1958, and": the year as the complement of an
#: impersonal "it was" or of a "that was" pointing back at the time just told.
#: ("as if it were 1985,": the subjunctive names the year as the indicative does)
_IT_WAS_BEFORE = compile_pattern(r"(?<![a-z])(?:it|that|this)\s+(?:was|is|were)\s+$")
#: "It was 1999 before prices recovered", "It was 1948 when she came home": the conjunction of a cleft
#: after the year an impersonal "it was" names.
_CLEFT_TIME_CONJUNCTION_AFTER = compile_pattern(r"[ \t]+(?:before|when|until|till)[ \t]")
#: The words of a clause up to its close (a stop, a comma or a line's end), at most 60 characters of them.
_CLAUSE_WORDS_AFTER = compile_pattern(r"[^.,;:!?\n]{1,60}")
#: How far back a verb of comparing is looked for before "with <year>".
_COMPARED_REACH = 60
#: Prepositions before a year earlier in a comparing clause ("compared sales in 2021 with 1999").
_YEAR_IN_CLAUSE_LEADS = frozenset({"in", "of", "from", "since", "during", "for", "by"})
#: What closes a clause right after a word: a comma, a sentence's end, "and" or "but".
_CLAUSE_CLOSE_AFTER = compile_pattern(r"(?:[,;.!?]|\s+(?:and|but)\s)")
#: The hour an evening ("EV") or a night ("NI") begins: a bare "ten o'clock" after it is 22:00 (shared with
#: the resolver).
EVENING_STARTS = {"EV": 17, "NI": 20}
#: A clock reading past noon on the 24-hour clock ("19.30", "18:00"), with no a.m. or p.m. after it and no
#: currency sign before it ("tickets £15.50" is a price), and how far around a bare hour one is looked for:
#: a text that writes one writes its morning hours as they are (shared with the resolver).
TWENTY_FOUR_HOUR_READING = compile_pattern(
    r"(?<![0-9.:,£$€])(?:1[3-9]|2[0-3])[.:][0-5]\d(?![0-9]|\s*(?:[ap]\.?m\b|o'clock|%|per\s*cent))"
)
TWENTY_FOUR_HOUR_REACH = 400
#: A morning named within three words after a clock time ("9.30 every morning", "10.30 on Saturday morning").
_MORNING_NAMED_AFTER = compile_pattern(r"[ \t]+(?:[a-z]+[ \t]+){0,2}mornings?(?![a-z])")
#: The close of a range of amounts after its first number: "1 to 2 [inches]", "7-8 [people]".
_AMOUNT_RANGE_CLOSE = compile_pattern(r"[ \t]*(?:to|or|-|\u2013)[ \t]*\d+(?:[.,]\d+)?")
# "2019 shares a quarter": a word in -s, then a determiner opening its object
_S_WORD_THEN_DETERMINER = compile_pattern(r"\s+[a-z]+s\s+(?:a|an|the|its|their|his|her)\s")
#: The first word of the last sentence or labelled step that opens before a point: after a stop, a line
#: break or a colon, past a list's number ("3. Cover the bowl", "Nightcare (blue capsules): take 2").
_INSTRUCTION_OPENING = compile_pattern(
    r"(?:^|[.!?:;]\s+|\n)[ \t]*(?:\d{1,2}[.)][ \t]+|[-*\u2022][ \t]+)?([a-z]+)(?=[^.!?:;\n]*$)"
)
#: What may follow a timepiece's noun that closes its phrase: a stop, or a word that cannot go on a compound
#: ("the eight-day movement striking on a bell", "a two-day chronometer by Kullberg").
_TIMEPIECE_PHRASE_CLOSE = compile_pattern(
    r"[ \t]*(?:[,;:.!?)\n]|$)|\s+(?:by|with|in|of|on|for|from|and|but|is|was|has|had|that|which|striking|signed)\b"
)
#: "1920 x 1080", "2000×1500 mm": a number multiplied by another is one side of a size
_QUANTITY_AFTER = compile_pattern(r"(?:[.,]\d|%|-\d|\s*(?:percent|per\s+cent)|\s*[x\u00d7]\s*\d)")
_NEXT_WORD = compile_pattern(r"\s+([a-z]+)")
#: How far below an article's title its opening restates the title's year.
_TITLE_YEAR_RESTATED_CHARS = 400
_TITLE_LINE_CHARS = 80


def _titled_year(low: str, text: str, start: int, end: int, measured: bool, lead: re.Pattern[str]) -> bool:
    """Whether the year at `start`-`end` opens or closes an article's title: a line of words alone above a
    blank line, the year first ("1837 United Kingdom general election") or last after a comma ("Swiss
    referendum, 1905"), that the text below restates as a year, after an article, a preposition of time
    or a month ("The 1837 ... election was held", "on 3 November 1905"). A count heading a line ("1500
    sheep lost") is written again as a count ("lost 1500 sheep", "The 1500 sheep", "of 1500 sheep")."""
    at_start = start == 0 or low[start - 1] == "\n"
    # "Transits of Venus, 1761 and 1769": the first of two years closing the title
    pair = _TITLE_YEAR_PAIR_CLOSE.match(low, end) if low.startswith(" and ", end) else None
    rest = pair.end() if pair is not None else end
    at_end = low.startswith(", ", start - 2) and (rest == len(low) or low[rest] == "\n")
    if not (at_start or at_end) or (at_start and (measured or not low[end : end + 2].strip(" ").isalpha())):
        return False
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    if line_end < 0 or not low.startswith("\n\n", line_end) or line_end - line_start > _TITLE_LINE_CHARS:
        return False
    line = low[line_start:start] + low[rest:line_end]
    if any(ch.isdigit() or ch in ".!?;:()" for ch in line):
        return False
    year = low[start:end]
    titled_noun = _next_word(low, end) if at_start else ""
    below = low[line_end : line_end + _TITLE_YEAR_RESTATED_CHARS]
    cased = text[line_end : line_end + _TITLE_YEAR_RESTATED_CHARS]
    for found in re.finditer(rf"(?<![0-9,.]){year}(?![0-9,])", below):
        restated = lead.search(below, 0, found.start())
        if restated is None or _PLURAL_NOUN_NEXT.match(cased, found.end()) is not None:
            continue  # "1800 runners finish ... The 1800 runners set off": a count restated with its plural
        if (
            titled_noun
            and not restated.group().startswith("the")
            and _next_word(below, found.end()) == titled_noun
        ):
            continue  # "1200 sheep stolen ... a flock of 1200 sheep": a preposition's count of the title's noun
        return True
    return False


#: the second of two years closing a title, joined by "and" ("Transits of Venus, 1761 and 1769")
_TITLE_YEAR_PAIR_CLOSE = compile_pattern(r" and [12]\d{3}(?![0-9])")
_PREVIOUS_WORD_CASED = compile_pattern(r"([A-Za-z]+)[ \t]+$")
# "In 1962 archaeologists found": the next two words after a number
_WORD_AFTER_WORD = compile_pattern(r"\s+([a-z]+)\s+([a-z]+)\b")
# "envoys from Bengal brought", "merchants of New Spain had": one to three capitalised words of a name,
# then the next word (group 2, as in `_WORD_AFTER_WORD`)
_ORIGIN_NAME_THEN_WORD = compile_pattern(r"((?:\s+[A-Z][a-z]+){1,3})\s+([a-z]+)\b")
#: A comma in the same sentence, then a subject opening a main clause: "..., the council must debate it".
_MAIN_CLAUSE_AFTER_COMMA = compile_pattern(
    r"[^.;:!?\n]*,\s+(?:the|a|an|we|they|he|she|it|i|you|this|these|those|its|their|our|his|her|there)\s"
)
# "In 2000 patients treated with it": a participle taking its preposition opens a relative clause
_PREPOSITION_AFTER = compile_pattern(r"\s+(?:with|by|in|at|for|from|on)\b")
# the sentence opening before "In": the text's start, or a stop and blanks
_OPENS_SENTENCE_BEFORE = compile_pattern(r"(?:\A|[.!?\n][\"')\]]?\s*)\Z")
# "'s" and up to four capitalised words, then the word after them: "'s FA Cup final"
_EVENT_NAME_AFTER_DAY = compile_pattern(r"'s(?:[ \t]+[A-Z][A-Za-z-]*){1,4}(?:[ \t]+[a-z-]+)?")
_RANKING_TOKEN = compile_pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NUMERAL_ORDINAL = compile_pattern(r"\d+(?:st|nd|rd|th|(?<=[23])d)")
_GAME_REPORT_WORDS = 3  # distinct words of play that make a whole text a game's report
#: A second year with "the" and its noun after the word that follows a first: " with the 2020 figures",
#: " until the 2011 census" (the first year's noun left out).
_YEAR_SHARING_A_NOUN_AFTER = compile_pattern(r"[ \t]+[a-z]+[ \t]+the[ \t]+(?:1[0-9]|20)[0-9]{2}[ \t]+[a-z]")
_WORD_BEFORE_OF = compile_pattern(r"([a-z]+)\s+of\s+$")
_COUNTED_NOUN = compile_pattern(r"[ \t]+(?:[0-9]+|[a-z]+)[ \t]+([a-z]+)")
#: A name given to a day or a week: "remembered as Mournful Monday", "what the press called Black Week".
_NAME_GIVEN_BEFORE = compile_pattern(r"(?<![A-Za-z])(?:as|called|named|dubbed)\s+[A-Z][a-z]+\s+$")
#: "answers to", "answering to the name of" before a capitalised word: the name a pet or a person comes to
#: when called (a lost-and-found advert's "black cat, answers to Tuesday").
_ANSWERS_TO_NAME_BEFORE = compile_pattern(
    r"(?<![a-z])answer(?:s|ed|ing)?\s+to\s+(?:the\s+name\s+(?:of\s+)?)?$"
)


def _name_given_before(text: str, start: int, end: int) -> bool:
    """`_NAME_GIVEN_BEFORE` searched in text[start:end], not where the word before the last one (as
    `str.split` parts the text at what "\\s" matches) does not end with a word that gives a name."""
    words = text[start:end].split()
    if len(words) < 2 or not words[-2].endswith(("as", "called", "named", "dubbed")):
        return False
    return _NAME_GIVEN_BEFORE.search(text, start, end) is not None


#: A single year named in a sentence of a yearly habit, whose tied day is then that year's ("this year", "in
#: 2024").
_ONE_YEAR_NAMED = compile_pattern(
    r"(?<![a-z])(?:(?:this|last|next)\s+year|in\s+[12]\d{3}(?![0-9]))(?![a-z'])"
)
#: The year a span named again with "the same" is compared in: "the same two days [last year]", "the same
#: three months [of 2013]", "[a year earlier]", "[the previous year]".
_YEAR_BACK_AFTER_SAME_SPAN = compile_pattern(
    r"\s+(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)"
    r"\s+year|[12]\d{3}(?![0-9]))(?![a-z'])"
)
_KIND_OF_OCCASION_AFTER = compile_pattern(r"\s+(?:of|for)\s")
_OCCASION_LIKE = compile_pattern(r"\s+like\s+(?:this|that|these|those|it|today|tonight|no\s+other)(?![a-z])")
# a name does not run on past a line's end
_NAME_AFTER_WEEKDAY = compile_pattern(r"(?:'s)?[ \t]+([A-Z][a-z]+)")
#: What closes a clause after a bare hour ("see you at 8!!", "home after 6.", "from 8, bring cups",
#: "at 8 🍻"): no count or unit follows it ("to" may open a range of days: "from 3 to 7 May").
_BARE_HOUR_CLOSES = compile_pattern(
    r"[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:[^\x00-\x7f]|(?:and|but|so|then|for|with|on|sharp|pls|please"
    r"|if|when|lol|ok|okay|x+)(?![a-z0-9]))"
)
#: The rest of a list of hours after a bare hour, closed by one with its half of the day: "at 7, [9] and
#: 11 a.m.", "at 5, [7], 8 or 9 p.m." (its "a.m." or "p.m." is every hour's in the list).
_HOUR_LIST_CLOSE = compile_pattern(
    r"(?:[ \t]*,[ \t]*(?:1[0-2]|0?[1-9]))*,?[ \t]+(?:and|or)[ \t]+(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \t]*"
    r"(?P<half>[ap])\.?m\b"
)
#: A year right after a month ("June 1944", "June of 1944"): the month is that year's, whatever came before;
#: a plural after the number counts ("that June 1500 soldiers died"), a verb ending in "s" does not ("that
#: June 1944 was wet").
_MONTH_YEAR_AFTER = compile_pattern(
    r"[ \t]+(?:of[ \t]+)?[12]\d{3}(?![0-9])(?![ \t]+(?!(?:was|is|has)(?![a-z]))[a-z]+s(?![a-z]))"
)
#: What may not follow a postposed "last" or "next" ("on Tuesday last", "since July last", "in June next"):
#: a noun the word determines ("March last quarter", "Friday next week") or the preposition "next to".
_POSTPOSED_RELATIVE_BLOCK = (
    r"(?![ \t]+(?:to[ \t]+(?:the|a|an|his|her|its|their|our|my|your)|two|few|several|week|weekend|month"
    r"|year|night|time|season|summer|winter|spring|autumn|fall|term|session|quarter|morning|evening"
    # "moved it to March last May": a month or weekday after "last" ("next") is what the word determines,
    # so the word does not follow the name before it in the older order ("since July last")
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|afternoon|one|[0-9])(?![a-z]))"
)
#: The clock time of a listing's entry before another ("09:25"), and how far the next entry may follow.
_LISTED_CLOCK_POD = compile_pattern(r"[0-2]\d:[0-5]\d")
_LISTING_ENTRY_REACH = 160
#: The closing time of a range a bare hour opens ("4 to 7 p.m.", "9 until noon", "4-7 p.m.").
_CLOCK_RANGE_CLOSE_RX = (
    r"[ \t]*(?P<link>to|until|till|and|-)[ \t]*(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minutes>[0-5]\d))?[ \t]*"
    r"(?P<half>[ap]\.?m)\b|(?P<word>noon|midday|midnight)(?![a-z]))"
)
_CLOCK_RANGE_CLOSE = compile_pattern(_CLOCK_RANGE_CLOSE_RX)


def _clock_range_close_minutes(close: re.Match[str]) -> int:
    """Minutes into the day of a clock range's close; its minutes count, so "between 8 and 8.30pm" opens
    in the close's own half of the day."""
    if close["word"]:
        return (12 if close["word"] in ("noon", "midday") else 24) * 60
    hour = int(close["hour"]) % 12 + (12 if close["half"].startswith("p") else 0)
    return hour * 60 + int(close["minutes"] or 0)


def _clock_range_opening_hour(hour: int, minute: int, closing: int) -> int:
    """The hour (0-23) of a clock time `hour`:`minute` opening a range whose close is `closing` minutes into
    the day: the later reading that still opens before the close; none does across midnight ("10 to 2 a.m.")."""
    morning = hour % 12
    opening = morning * 60 + minute
    return morning + 12 if opening + 720 < closing or opening >= closing else morning


#: The same, for the resolver: a clock time opening such a range takes the close's half of the day.
CLOCK_RANGE_CLOSE = _CLOCK_RANGE_CLOSE
#: The same close without its groups, for a lookahead inside a pattern that has groups of those names.
_CLOCK_RANGE_CLOSE_PLAIN_RX = re.sub(r"\(\?P<[a-z]+>", "(?:", _CLOCK_RANGE_CLOSE_RX)
_RANGE_CLOSE_FIRSTS = (" ", "\t", "-", "t", "u", "a")
_WORDS = compile_pattern(r"[a-z0-9]+")
_SHORT_WEEKDAY_FOLLOWERS = compile_pattern(
    r"[ \t]*(?:[-@&/\n]|\d|[^\x00-\x7f])|[ \t]+(?:[a-z]+ing|if|unless|too|again)(?![a-z])"
)
#: How far after a clock time a log's next bare hour may come ("At 2 P.M. crossed ... At 6 the Commodore").
_LOG_HOUR_REACH = 240
#: What closes a day opening a diary's entry: "The 9th, at daybreak", "The 7th. The", "The 12th and 13th".
_ENTRY_DAY_CLOSE = compile_pattern(
    r"[.,][ \t]|\s+and\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th|(?<=[23])d)(?![a-z0-9])"
)
#: Between a day and "a Saturday" naming its weekday: ", on a ".
_COMMA_ON_A_GAP = compile_pattern(r",[ \t]+on[ \t]+an?[ \t]+")
#: What stands between a day and its clock time told right after it: "next Sat, 12:30".
# (a feed's "16 Aug \u00b7 21:40" puts a middle dot or a bar between a post's day and its clock time)
_DAY_THEN_CLOCK_GAP = compile_pattern(r",?[ \t]|[ \t]*[\u00b7|][ \t]*")
#: A dash and a capitalised weekday right after a short one: "Sun-Thu", "Sun\u2013Wed" (a run of days).
_WEEKDAY_RUN_AFTER = compile_pattern(r"[-\u2013]([A-Z][a-z]{2,8})\b")
#: A weekday and the link to a second one right after it: "Sat & ", "Saturday and ".
_WEEKDAY_JOINED_BEFORE = compile_pattern(r"(?<![A-Za-z])([A-Za-z]{3,9})\.?\s*(?:&|and|or|/)\s*$")
#: A superlative right before "single": "the busiest single day", "the most single days".
_SUPERLATIVE_BEFORE = compile_pattern(r"\b(?:[a-z]{2,}est|most|worst|best)\s+$")
#: What a feast is like every year, said right after its name: "Easter is a busy time", "Christmas is
#: always a time for".
_FEAST_OF_EVERY_YEAR_AFTER = compile_pattern(
    r"\s+is\s+(?:always\s+|usually\s+|often\s+|traditionally\s+)?(?:a|an)\s+(?:[a-z]+\s+){0,2}"
    r"(?:time|season|period|occasion)\b"
)
#: "is never ", "is always " right after a feast's name, the adverb's word to be looked up; not "is
#: always on" or "is never in", which place the day rather than say what it is like, nor "is never going
#: to be the same", which foretells the coming one.
_FEAST_IS_ADVERB_AFTER = compile_pattern(r"\s+is\s+(?P<adverb>[a-z]+)\s+(?!on\b|in\b|at\b|going\b)[a-z]")
#: "this ", "last " right before a feast: one year's feast, whatever is said of it.
_FEAST_POINTED_BEFORE = compile_pattern(r"\b(?:this|that|last|next)\s+$")
_FEAST_POINTED_START = compile_pattern(r"(?:this|that|last|next)\s")
#: "the morning and " right before a bare part of the day, which shares that "the".
_POD_AND_BEFORE = compile_pattern(r"\bthe\s+(?:morning|afternoon|evening|night)\s+(?:and|or)\s+$")
#: " and evening rush", after "the morning": the noun both parts of the day qualify.
_AND_POD_AFTER = compile_pattern(r"\s+(?:and|or)\s+(?:morning|afternoon|evening|night)\s+([a-z-]+)")
#: A capitalised word (a name's first part) just before: "Nguyen Thi Thu", "Sun" in "Pacific Sun".
_CAPITALISED_WORD_BEFORE = compile_pattern(r"[A-Z][a-z]+[ \t]+$")
_BLANKS = compile_pattern(r"\s+")
_WORD_HYPHEN_BEFORE = compile_pattern(r"([a-z]+)-$")
# a count restated in brackets ("(30)", "(thirty)", "(twenty-one)") and the count written before it
_BRACKETED_COUNT = compile_pattern(
    r"[ \t]*\([ \t]*([0-9]{1,4}|[A-Za-z]+(?:-[A-Za-z]+)?)[ \t]*\)(?=[ \t]+[A-Za-z]|-[A-Za-z])"
)
_WORD_BEFORE_BRACKET = compile_pattern(r"(?<![A-Za-z0-9-])([0-9]{1,4}|[A-Za-z]+(?:-[A-Za-z]+)?)$")
_GROUPED_THOUSANDS = compile_pattern(r"\d{1,3}(?:,\d{3})+")
_GROUPED_FIGURE_AND_BEFORE = compile_pattern(r"(?<![\d,.])\d{1,3}(?:,\d{3})+\s+(?:and|or)\s+$")
#: "from now on" closing its phrase (its clause's end or a conjunction after "on"): now starts a habit; "from
#: now on Friday", "on tuesday", "on my birthday", "on the 5th" go on to the day it reaches.
_FROM_NOW_ON = compile_pattern(
    r"\s+on(?=[ \t]*(?:[^\sA-Za-z0-9]|\n|$)|[ \t]+(?:and|or|but|until|till)(?![a-z]))"
)
_ON_THEN_OFF = compile_pattern(r"\s*,\s*\S+\s+\S+\s+off(?![a-z])")
#: A plural subject and a phrase set off by commas right before "last": "The fireworks, paid for by the
#: council, last 20 minutes" (read on the text before "last").
_PLURAL_SUBJECT_THEN_ASIDE = compile_pattern(r"[a-z]{3,}s,[^,.;:!?\n]{1,60},[ \t]*$")
_CLEFT_BEFORE = compile_pattern(r"(?:it|this|that)\s+(?P<verb>was|is)\s+$")
_TURN_OF = compile_pattern(r"the\s+turn\s+of")
# "2023 in science: a hot year": a line opening with a year "in" a topic of at most three words, then a
# colon or the line's end (a headline; "1500 in cash was stolen" goes on as a sentence)
_HEADLINE_YEAR_IN = compile_pattern(r"[ \t]+in[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*(?::|\n|$)")
#: "1968 in Czechoslovakia was", "2009 in science and technology saw": a year and its topic as a subject
_YEAR_IN_TOPIC_SUBJECT = compile_pattern(
    r"[ \t]+in[ \t]+(?P<topic>[a-z][a-z'\-]*)(?:[ \t]+[a-z][a-z'\-]*){0,3}[ \t]+(?:was|were|saw|brought|marked)\b"
)
#: "was a year of", "was the busiest year": the clause after a year's topic calls it a year
_A_YEAR_CALLED = compile_pattern(r"[ \t]+(?:a|the|an)[ \t]+(?:[a-z\-]+[ \t]+){0,2}year\b")
_MONTH_LABEL_REACH = 600  # characters: a few entries of a month-by-month review
#: What closes a label's hedged year ("Dressing case, about 1890." or "about 1890, oak"): a stop or a line's end.
_YEAR_CLOSING_ITS_PHRASE = compile_pattern(r"[ \t]*(?:[,;:.)\n]|$)")
#: A comma or a line's start just before a word ("Valuers, established", "\nFounded").
_COMMA_OR_LINE_BEFORE = compile_pattern(r"(?:,|^|\n)[ \t]*$")
#: A price or a figure grouped in thousands and its comma just before a word ("\u00a31,500, ", "2,000, "): one of
#: a run of figures, before which a year-like number is none.
_GROUPED_FIGURE_COMMA_BEFORE = compile_pattern(r"(?:[\u00a3$\u20ac][0-9][0-9,.]*|[0-9],[0-9]{3}),[ \t]*$")
#: What a car advert lists after a model year: the registration ("Y reg", "59-reg", "R-reg") or the mileage
#: ("62,000 miles", "48k miles"), a clock's reading in thousands: a walk's or a race's "1987, 268 miles" is
#: no car's (shared with the resolver, where the model year moves no story).
VEHICLE_DETAIL_AFTER = compile_pattern(
    r",[ \t]*(?:(?:[a-z]|[0-9]{2})[ -]?reg|(?:[0-9]{1,3},[0-9]{3}|[0-9]{5,6}|[0-9]{1,3}k)[ \t]*(?:miles|mls))"
    r"(?=[ \t]*(?:[,.;]|\n|$))"
)
_CLAUSE_END = compile_pattern(r"[ \t]*(?:[,;:]\s|[.!?]?\s*\n|[.!?]?$)")
#: A line's start before a list label ("1801 – The first census", "- May: Voters approve"), a bullet allowed
_LABEL_LINE_START = compile_pattern(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]+)?$")
#: What closes a list label: a dash or a colon before a blank, or the line's end (a subheading "2020");
#: a dash before a number opens a range of amounts ("2000 - 3000 people")
_LABEL_CLOSE = compile_pattern(
    r"[ \t]*(?:[-\u2013\u2014](?=[ \t]+[^0-9\s]|[ \t]*(?:\n|$))|:(?=[ \t]|$)|\n|$)"
    # "2011   Philip Leverhulme Prize": a CV's or a table's year column, a gap of two blanks or a tab
    # before the entry (not a number: "2000   3,500" is a row of amounts)
    r"|(?:\t|[ ]{2})[ \t]*(?=[^0-9\s\u00a3$\u20ac%.,])"
)


def _list_label(low: str, start: int, end: int) -> bool:
    """Whether `low[start:end]` is the label of a line in a timeline or chronology, or a subheading."""
    return (
        _LABEL_CLOSE.match(low, end) is not None
        and _LABEL_LINE_START.search(low, max(0, start - 8), start) is not None
    )


_NUMBER_PARTS = compile_pattern(r"[ -]")
#: What may follow an adverb of time that closes its clause ("prices fell overnight, and ...").
_AMOUNT_CHARACTER = compile_pattern(r"[0-9£$€¥%]")
_NEXT_LISTED_ITEM = compile_pattern(r"[,;][ \t]+[a-z]+[ \t]+")
#: Between a day and the ordinal day joined to it: "on 25 September [and] the 26th", "3 May or the 4th".
_DAY_JOINED_AFTER_DAY = compile_pattern(r",?[ \t]+(?:and|or)[ \t]+")
# "9-5": the closing bare hour after the dash, and the opening one before it
_DASHED_BARE_HOUR = compile_pattern(r"-(1[0-2]|[1-9])(?![0-9:a-z%]|[.,]\d|[ \t]*[ap]\.?m)")
_BARE_HOUR_BEFORE_DASH = compile_pattern(r"(?<![0-9:.])(1[0-2]|[7-9])-$")
# "every Tues & Weds", "every Monday, Wednesday": the link between two listed days.
_LISTED_AFTER = compile_pattern(r"\s*(?:,|&|and|or)\s*")
#: A phrase set off by commas after a word, then the first word after it: ", when rain fell, was",
#: ", not June, was" (the verb of the word before the aside).
_ASIDE_THEN_VERB = compile_pattern(r",[^,.;:!?\n]{1,40},[ \t]+([a-z']+)")
#: A relative year's possessive just before a month ("this year's October shows").
_RELATIVE_YEAR_POSSESSIVE = compile_pattern(r"(?<![a-z])(this|last|next) year['\u2019]s $")
#: The step from the writer's unit that "this", "last" and "next" name ("last year": -1).
_RELATIVE_STEPS: dict[str, int] = {"this": 0, "last": -1, "next": 1}
#: The value of a month that recurs every year ("every March": XXXX-03).
_MONTH_SET_VALUE = compile_pattern(r"XXXX-(?:0[1-9]|1[0-2])")
# A conjunction opening the next clause after an adverbial "before"/"after" ("a year before and advised"),
# not one joining it to another preposition ("a week before and after the vote").
_CLAUSE_GOES_ON_AFTER = compile_pattern(
    r"\s+(?:and|but|while|when|so)\s+(?!(?:after|before|during|until|the|a|an|his|her|their|its)(?![a-z]))[a-z]+"
)
#: A count of one or two digits closing its clause ("in 5.", "in 10!", "in 5\n"): minutes left unsaid.
_ELIDED_MINUTES_CLOSE = compile_pattern(r"(?P<emin>[1-9]\d?)(?=[ \t]*(?:[.!?,;]|\n|$))")
#: Nothing but blanks, a question or exclamation mark before the end of the line ("lunch on Sun\n").
_LINE_END_AFTER = compile_pattern(r"[ \t]*[?!]*[ \t]*(?:\n|$)")
_ADVERB_ENDS = compile_pattern(
    r"\s*(?:[,.;:!?)\"']|$)|\s+(?:and|but|as|when|while|in|on|at|to|from|into|after|before)(?![a-z])"
    # a function word, never the noun an adjective would take: "fell overnight for the first time",
    # "the storm that hit overnight is moving east"
    r"|\s+(?:for|by|until|across|amid|despite|because|so|or|is|are|was|were|has|have|had|will|would"
    r"|could|can|may|might|should|must"
    # a place after it: "jumped its lines overnight near the river", "fell overnight north of the city"
    r"|near|along|outside|inside|around|through|towards|toward|off|behind|beside|between|against|north"
    r"|south|east|west"
    # "strengthened overnight over warm water", "circled overnight above the town": "over" is no noun
    r"|over|above|below)(?![a-z])"
)
# "one part in" right before a number: the share of a ratio ("to within one part in 500"), not a work's
# parts after "in" or "into" ("published in one part in 1939")
_PARTS_IN_BEFORE = compile_pattern(r"(?<![a-z0-9])(?<!\bin )(?<!\binto )(?:one|1)\s+part\s+in\s+$")
_NEARBY_YEARS = 30
#: How far from the last year named a year told as one of a run of occasions may be ("Comets came back in
#: 1835 and 1910. The next is 2061"): a run a text follows spans a few lifetimes.
_SEQUENCE_REACH_YEARS = 200
#: A sum of money: "$250 billion", "$1.3 trillion", "about 900 billion dollars".
_SUM_OF_MONEY = compile_pattern(
    r"[$\u00a3\u20ac][ \t]?\d|\d[ \t]+(?:thousand|million|billion|trillion)[ \t]+(?:dollars|pounds|euros)"
)
#: A word that makes the bare plural unit after it a length ("for decades or centuries", "take days or
#: weeks").
_BARE_LENGTH_BEFORE_OR = compile_pattern(
    r"(?<![a-z])(?:for|over|in|within|after|took|take|takes|lasted|last|lasts|spent)\s+$"
)
#: "from June 1980 to", "from 12 June 1980 to": a span opened at a dated month or day, before its closing year.
_DATED_FROM_BEFORE_TO = compile_pattern(
    r"(?<![a-z])from\s+(?:[0-9]{1,2}(?:st|nd|rd|th|(?<=[23])d)?\s+)?[a-z]+\.?\s+(?:[0-9]{1,2}(?:st|nd|rd|th|(?<=[23])d)?,?\s+)?[12][0-9]{3}\s+to\s+$"
)
# "counting back \"eighty-seven years\" to 1776": a quotation may close after the unit
_UNITS_TO_BEFORE = compile_pattern(r"(?<![a-z])(?:years|months|quarters|decade|year)[\"']?\s+to\s+$")
_AMOUNT_AFTER_COLON = compile_pattern(r":[ \t]*[£$€]?[0-9]")
#: The digit half of the trigger pattern: a digit run not part of a larger number, a decimal or a price,
#: or one right after "c." or "ca." ("born c.1790"). The finder splits the pattern on this text.
DIGIT_TRIGGER_TAIL = r"|(?:(?<![0-9.,$])|(?<=(?<![a-z])c\.)|(?<=(?<![a-z])ca\.))\d+"
#: A dash joining the ends of a span, after its first end or before its second ("3/2011 - 11/2015").
_SPAN_DASH_AFTER = compile_pattern(r"[ \t]*[-\u2013\u2014]")
_SPAN_DASH_BEFORE = compile_pattern(r"[-\u2013\u2014][ \t]*$")
#: A gap of two blanks or a tab between columns of a list ("2011   Philip Leverhulme Prize").
_COLUMN_GAP = compile_pattern(r"(?:\t|[ ]{2})")
# "2012 to date": the same open span in the idiom for "until now", which is not itself tagged
_SPAN_TO_DATE_AFTER = compile_pattern(r"[ \t]+to[ \t]+date(?![ \t]?[a-z0-9-])")
#: What may follow the year closing a title: the line's end, a comma going on ("1940, as published") or a
#: bracket ("2009 (dates day/month)").
_TITLE_YEAR_AFTER = compile_pattern(r"[ \t]*(?:\n|$|,[ \t]|\()")
#: A year closing a line of a list after a comma ("BSc Physics, University of Leeds, 2009"), or closing a
#: caption's or a label's sentence ("Given by Mrs E. Harcourt, 1952. 1952.114.3"), and the line or
#: sentence before it: a title or name that the comma closes, with no sentence end between.
_LISTED_ENTRY_YEAR_AFTER = compile_pattern(r"[.?]?[ \t]*(?:\n|$)|[.?][ \t]+")
_LISTED_ENTRY_YEAR_BEFORE = compile_pattern(
    r"(?:^|\n|[.!?][ \t]+)[^\n.!?]*(?<![A-Za-z])[A-Z][A-Za-z'-]*\)?,[ \t]*$"
)
# "2012–present", "1998 to the present.": a span of years that runs on to now (not "in 2012 to present
# evidence", "to the present government"); a CV's "Oct 2022 – Current" closes its span the same way, and
# a column gap may follow ("2020–present   Professor of ...": the post's title in the next column)
SPAN_TO_PRESENT_AFTER = compile_pattern(
    r"[ \t]*(?:[-\u2013\u2014]|to|until)[ \t]*(?P<present>(?:the[ \t]+)?present|current)"
    r"(?![ \t]?[a-z0-9-])"
)
#: What may follow a bare year of one to three digits ("the spring of 66, ...", "of 67 Vespasian", "of 66
#: the governor"): the phrase ends, a name or a clause goes on; a lower-case noun or "%" makes it a count.
#: Between a date and a feast that restates it: "6 October 1973, the day of Yom Kippur" (a bare comma
#: also lists feasts, "Christmas Day, Boxing Day", or names the date twice, "15 March, the Ides of March").
_CHURCH_SEASON_AFTER_WEEKDAY = compile_pattern(r"\s+(?:of|in|after|before)\s+([A-Z][a-z]+)")
_FEAST_IN_APPOSITION = compile_pattern(r",\s*the\s+(?:day|feast|eve|vigil)\s+of\s+")
#: Between a date and the feast it is kept as: "celebrates 6 March as Independence Day".
_AS_BETWEEN = compile_pattern(r"\s+as\s+")
#: A second clause joined on: "Christmas was quiet, but the market opens every 5 May".
_CLAUSE_JOINED = compile_pattern(r"(?<![a-z])(?:and|but|while|whereas|although|though)(?![a-z])")
#: What may follow the feast a date is kept as: the clause's end or a phrase ("as National Day every year").
_FEAST_NAME_CLOSE = compile_pattern(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:every|each|since|in|on|and|with|by|for)(?![a-z])"
)
#: A change in a figure measured against a year, British style, right before the year: "up 4 per cent on
#: 2025", "down 3% on 2019", "10,000 higher on 2024", "up two points on 2024" (of a share or a score),
#: "fell by a fifth on 2023", "up by half on 2019" (a change told as a fraction).
_CHANGE_ON_YEAR_BEFORE = compile_pattern(
    r"(?:%|per[ \t]?cent|percent|[0-9]pc|points?|up|down|higher|lower"
    r"|half|third|quarter|fifth|sixth|tenth)[ \t]+on[ \t]+$"
)
#: What may follow "a second" for it to be a length: the clause's end or "or" ("a second or two"), or a
#: word a length of time goes on to and an ordinal's noun never is ("by more than a second with the new
#: tyres", "less than a second off the pace", "more than a second a lap", "half a second faster").
_A_SECOND_CLOSE = compile_pattern(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:or|with|off|ahead|behind|clear|faster|slower|quicker|per|a"
    # "for a minute and a second before surfacing", "two hours and a second until dark": a word placing
    # the length in time or against another, where an ordinal's noun would stand
    r"|before|after|until|till|since|than|short|shy)\s"
)
_SHORT_YEAR_CLOSE = compile_pattern(
    r"\s*(?:[,.;:)]|$)|\s+(?:[A-Z]|(?:the|a|an|and|but|when|as|he|she|it|they|his|her|its|their|was|were)\b)"
)
_OFFSET_AFTER = compile_pattern(r"\s+(?:later|earlier|ago)(?![a-z])")
#: A verb and its object right before a counted "later"/"earlier" ("moving them ", "pushed the final ").
_SHIFTED_OBJECT_BEFORE = compile_pattern(
    r"(?<![a-z])([a-z]+)\s+(?:it|them|this|that|(?:the|its|their|his|her|our)\s+[a-z-]+)\s+$"
)
#: "or later" after "a week earlier": the two directions together give a spread, not a date.
_EITHER_WAY_AFTER = compile_pattern(r"\s+or\s+(?:later|earlier|sooner)(?![a-z])")
#: What may follow "the summer of 234" for the number to be a year: a preposition or a verb in the past.
_SEASON_YEAR_CLOSE = compile_pattern(
    r"\s+(?:during|after|before|in|at|on|by|with|while|until|from|against|[a-z]+ed)(?![a-z])"
)


def _season_span_ends(first: str, end: str, before_christ: bool) -> bool:
    """Whether "431-430 BC" or "208-209" is a season's span across a year's end: the next year ("427-426"
    with the era left unsaid counts down in a story before Christ)."""
    step = int(end) - int(first)
    return step == -1 if before_christ else abs(step) == 1


_CLAUSE_END_AFTER = compile_pattern(r"[ \t]*(?:[.;!?)]|$)")
_TRACED_TO_BEFORE = compile_pattern(r"(?<![a-z])(?P<verb>[a-z]+)\s+(?P<back>back\s+)?to\s+$")
_WAR_NAME_TAIL = compile_pattern(r"['\u2019]\s+[A-Z]")
_NIGHT_OF_BEFORE = compile_pattern(r"(?<![a-z])nights?\s+of\s+$")
#: A copula, or a verb of becoming or seeming, with an adverb between, right before a predicate's noun
#: ("will be another year of growth", "was just another day of chaos", "remains another year of waiting").
_PREDICATE_BEFORE = compile_pattern(
    r"(?:['\u2019](?:s|re)|(?<![a-z])(?:is|was|were|are|be|been|being|remains?|remained|becomes?|became|seems?"
    r"|seemed|looks\s+like|looked\s+like))\s+(?:(?:only|just|still|now|yet|also|simply|merely|again|probably"
    r"|likely|surely|clearly|truly)\s+)?$"
)
_COPULA_BEFORE = compile_pattern(
    r"(?<![a-z])(?:was|were|is|are|be|been)\s+(?:(?:only|just|still|now|barely)\s+)?$"
)
_LAST_HOURS_OF_A_DAY = compile_pattern(r"the\s+last\s+hours\s+of\s+\d")
#: A change of a figure after a period ("the day up 40 points", "the week lower"): "up" and "down" need
#: the size after them ("ended the day up in the hills" is a place); a size may come first ("the month 5% higher",
#: "the week 40 points down").
_FIGURE_CHANGE_AFTER = compile_pattern(
    r"\s+(?:higher|lower|(?:up|down)\s+(?:by\s+)?[$\u00a3\u20ac0-9]"
    r"|[$\u00a3\u20ac]?\d[\d.,]*\s*(?:%|(?:per\s*cent|percent|points?|cents?|pence)\s)?\s*(?:higher|lower|up|down)(?![a-z]))"
)
_LATER_IN = compile_pattern(r"(?:later|earlier|early|late)\s+in\s+$")
#: A copula (or a modal and "be") after a number and the noun of a figure closing its phrase: " was a fair
#: estimate of", " is the official figure.", " would be a reasonable price." (not "was a total disaster",
#: "was the number one year").
_FIGURE_NOUN_AFTER_COPULA = compile_pattern(
    r" (?:was|is|(?P<modal>(?:would|will|could|might) be)) (?:an?|the)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"(?=\s+(?:of|for)\s|[.,;:!?])"
)
#: A figure's level, then its change from an earlier one, up to that one: "closed at 1450, down from ",
#: "was 1450 tonnes, up from " (not "in 2023, down from ", two years).
_LEVEL_THEN_CHANGE_FROM_BEFORE = compile_pattern(
    r"(?<![a-z])(?:at|to|was|is|were|are)\s+[$\u00a3\u20ac]?\d[\d.,]*(?:\s*[a-z%]+)?,?\s+(?:up|down)\s+from\s+$"
)
#: A figure's change from an earlier level after it: ", down from 0950", " up from 1210".
_FIGURE_CHANGE_FROM_AFTER = compile_pattern(r",?[ \t]+(?:up|down)[ \t]+from[ \t]")


# Units a length may combine, largest first: (TIMEX3 letter, after the "T") -> rank.
_COMPOUND_UNIT_RANKS: dict[tuple[str, bool], int] = {
    ("Y", False): 0, ("M", False): 1, ("W", False): 2, ("D", False): 3, ("H", True): 4, ("M", True): 5,
    ("S", True): 6,
}  # fmt: skip
_COMPOUND_UNIT_LETTERS = {rank: letter for (letter, _), rank in _COMPOUND_UNIT_RANKS.items()}
_WEEK_RANK, _DAY_RANK = 2, 3
_HALF_QUARTER_DAYS = 45
_WORD_JUST_BEFORE = compile_pattern(r"([a-z0-9-]+)[ \t]+$")
_TO_LATER_NUMBER = compile_pattern(
    r"[ \t]+(?:through|thru|until|till|to)[ \t]+([12]\d{3})(?![0-9]|[.,]\d)(?:[ \t]+([a-z]+))?"
)
_LONGEST_YEAR_SPAN = 100
# How far back a year likened to another ("a 2009 that looks nothing like 2008") may stand.
_YEAR_LIKENED_REACH = 40
#: "of" and a thing after a count of years ("under 2 years of treatment"), not "of age".
_UNITS_OF_A_THING_AFTER = compile_pattern(r"[ \t]+of[ \t]+(?!age(?![a-z]))")
#: "and over", "or older" after an age's count (the word is checked against AGE_BOUND_TAILS).
_AGE_BOUND_TAIL = compile_pattern(r"[ \t]+(?:and|or)[ \t]+([a-z]+)")
# the two counts of a range of lengths ("two to three weeks", "the next 12-18 months")
_RANGE_ENDS = compile_pattern(r"(?:the\s+[a-z]+\s+)?([a-z0-9]+)\s*(?:to|or|-)\s*([a-z0-9]+)")
_YEAR_RANGE_TAIL = compile_pattern(r"[ \t]*-[ \t]*(\d{4}|\d{2})(?![0-9])|/(\d{4}|\d{2})(?![0-9])")
_MOST_YEARS_IN_SHORT_SPAN = 20
#: The words right after a span of years, up to three, for the event's noun ("the 1905-07 [revolution]",
#: "the 2007-09 financial [crisis]").
_WORDS_AFTER_SPAN = compile_pattern(r"(?:[ \t]+[a-z-]+(?![a-z'0-9-])){1,3}")
#: Words that end the search for the event's noun after a span of years ("in 2010-12 the strike").
_NOT_EVENT_MODIFIERS = frozenset({"the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "by", "at"})

_LONGEST_BRACKETED_SPAN = 125  # the longest recorded human life is 122 years
#: The dated end of a bracketed life after its opening year: " – 2 February 1997)", "-Oct. 3, 1986)".
_BRACKETED_LIFE_DATED_END = compile_pattern(
    r"[ \t]*[-\u2013\u2014][ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?P<month>[a-z]+)\.?"
    r"|(?P<month2>[a-z]+)\.?(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)?)[ \t]+(?P<year>\d{4})\)"
)
#: Up to three capitalised words of a place, then the noun a year before them names: "[1755] Lisbon earthquake";
#: a capitalised name's own noun before "of" ("[1666] Great Fire of London") is that noun, not "of".
_NAMED_EVENT_AFTER_YEAR = compile_pattern(
    r"(?:[ \t]+[A-Z][A-Za-z'.-]*){0,3}[ \t]+(?!(?:of|in|on|at|and)(?![A-Za-z'-]))(?P<noun>[A-Za-z]+)(?![A-Za-z'-])"
)
#: A plural noun next ("fire engines", "flood victims"), not a verb or a word that only ends in s ("was").
_PLURAL_NOUN_NEXT = compile_pattern(
    r"[ \t]+(?!(?:was|has|is|as|this|thus|across)(?![a-z]))[a-z]+[a-rt-z]s(?![a-z'-])"
)
#: "will" or "shall" earlier in the sentence, up to the end of the text searched: a plan of the writer's.
_WILL_BEFORE_IN_SENTENCE = compile_pattern(r"(?<![a-z])(?:will|shall|[a-z]+'ll)(?![a-z])[^.!?\n]*$")
#: A preposition, then a capitalised name: "[that fall] in Ohio", "[that winter] at Valley Forge".
_PLACE_AFTER_PREPOSITION = compile_pattern(r"[ \t]+[a-z]+[ \t]+(?P<name>[A-Z][a-z]+)")
#: The lowercase word right after a noun, if any.
_LOWER_WORD_NEXT = compile_pattern(r"[ \t]+([a-z]+)(?![A-Za-z'-])")
#: Words after a noun that show it ends its noun phrase ("the 1780 famine in Bengal", "the 1755 earthquake
#: and tsunami", "the 1703 storm was"), besides a past verb ("the 1703 storm wrecked").
_NOUN_PHRASE_CLOSERS = frozenset(
    {"of", "in", "at", "on", "off", "near", "along", "across", "and", "or", "but", "that", "which", "who",
     "was", "were", "is", "are", "had", "has", "have", "to", "from", "with", "by", "as"}
)  # fmt: skip


def _ends_noun_phrase(text: str, end: int) -> bool:
    """Whether the noun ending at `end` closes its noun phrase: punctuation, a name or the end after it,
    a preposition, a conjunction, an auxiliary or a verb; not another noun it qualifies ("storm damage",
    "fire station", "famine relief")."""
    following = _LOWER_WORD_NEXT.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    return word in _NOUN_PHRASE_CLOSERS or past_verb_form(word) or only_a_verb(word)


_LONGEST_TITLE_SPAN = 500  # "Europe, 1500-1800", "England, 1066-1485": the periods histories cover
_LONGEST_TITLE_LINE = 120


def title_closing_span(low: str, start: int, stop: int) -> bool:
    """Whether the span of years at low[start:stop] closes a title line after a comma or a colon
    ("The Ashworths of Low Hollins: a farming family, 1790-1958", "Shipbuilding on the Clyde:
    1840-1914"): a heading names the period its history covers, while an amount is written in a sentence,
    and a field's label before a colon ("Attendance: 1200-1500") is a single word."""
    mark = low[start - 2 : start]
    if mark not in (", ", ": ") or (stop < len(low) and low[stop] != "\n"):
        return False
    line_start = low.rfind("\n", 0, start) + 1
    title = low[line_start : start - 2]
    return len(title) <= _LONGEST_TITLE_LINE and ". " not in title and (mark == ", " or title.count(" ") >= 2)


def _event_noun_after(low: str, end: int, event_nouns: frozenset[str]) -> bool:
    """Whether one of `event_nouns` follows `end`, past at most two modifiers ("1905-07 Russian revolution")."""
    found = _WORDS_AFTER_SPAN.match(low, end)
    for word in found.group(0).split() if found else ():
        if word in event_nouns:
            return True
        if word in _NOT_EVENT_MODIFIERS:
            return False
    return False


def year_range_end(
    low: str, end: int, first: int, event_nouns: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The year ending a span that starts with year `first` just before `end`, and where it ends.

    "2019-2021", "1939-45", "the 2022-23 season", "2021/22": the second year is later, a short
    second part takes the first one's century. A short part that could be a month ("2010-12") counts
    only for consecutive years, the way seasons and fiscal years are written, or after one of
    `event_nouns` and "of" ("the Revolution of 1905-07", "the crisis of 2007-09").
    """
    match = _YEAR_RANGE_TAIL.match(low, end)
    if match is None:
        return None
    raw = match.group(1) or match.group(2)
    number = int(raw)
    if len(raw) == 4:
        if first < number <= first + 100:
            return number, match.end()
        bracketed = low[end - 5 : end - 4] == "(" and low[match.end() : match.end() + 1] == ")"
        # "MACLEOD, Donald (1924-2026)", "the Hundred Years' War (1337-1453)": a bracketed span after a
        # name is a life, a reign or a war, which may pass a century; a bare one may be an amount
        if bracketed and first < number <= first + _LONGEST_BRACKETED_SPAN:
            return number, match.end()
        if first < number <= first + _LONGEST_TITLE_SPAN and title_closing_span(low, end - 4, match.end()):
            return number, match.end()  # "Farming families, 1790-1958": a history's title names its period
        return None
    second = first - first % 100 + number
    if second <= first:
        second += 100
    gap = second - first
    if gap == 1 or (number > 12 and gap <= _MOST_YEARS_IN_SHORT_SPAN):
        return second, match.end()
    if event_nouns and gap <= _MOST_YEARS_IN_SHORT_SPAN and low.endswith(" of ", 0, end - 4):
        noun = _previous_word(low, end - 8)
        if noun in event_nouns:
            return second, match.end()  # "the Revolution of 1905-07": an event's span of years, no month
    if event_nouns and gap <= _MOST_YEARS_IN_SHORT_SPAN and _event_noun_after(low, match.end(), event_nouns):
        # "the 1905-07 revolution", "the 2007-09 financial crisis", "the 1845-49 Irish famine": the span of
        # years of the event its noun names, past an adjective or two
        return second, match.end()
    if number > 12 and _list_label(low, end - len(str(first)), match.end()):
        return second, match.end()  # "1618–48 – The Thirty Years' War": a timeline labels a long span so
    return None


_NEXT_CAPITALISED = compile_pattern(r"[ \t]+([A-Z][a-z]+)")
#: A capitalised word within a sentence right before a feast's name: "Mohammed [Eid]" after "striker".
_SURNAME_BEFORE_FEAST = compile_pattern(r"(?<=[a-z,][ \t])([A-Z][a-z]+)[ \t]+$")
#: An age set off by commas after a name: "Eid, 34, was arrested".
_AGE_AFTER_NAME = compile_pattern(r",[ \t]*\d{1,3}[ \t]*,")
#: "the Lathmar " right before a feast's name: a capitalised word after "the" that makes the name a rite's.
_THE_CAPITALISED_BEFORE = compile_pattern(r"(?<![A-Za-z])the[ \t]+([A-Z][a-z]+)[ \t]+$")
#: A possessive and then a capitalised word: "'s Children" after "Tomorrow" in a title.
_POSSESSIVE_THEN_CAPITALISED = compile_pattern(r"['\u2019]s[ \t]+[A-Z][a-z]")
#: The noun after a month, or after a second month joined to it: " and October revolutions", " revolution".
_EVENT_NOUN_AFTER_MONTHS = compile_pattern(
    r"(?:[ \t]+(?:and|or)[ \t]+([A-Z][a-z]+))?[ \t]+([A-Za-z]+)(?![\w-])"
)
#: The first of two months joined by "and" or "or", right before the second: "February and ".
_MONTH_AND_BEFORE = compile_pattern(r"(?<![A-Za-z])([A-Z][a-z]+)[ \t]+(?:and|or)[ \t]+$")
#: The number of a school year after a capitalised "Year" ("Year 7", "Year 13"), no year of the calendar.
_YEAR_GROUP_NUMBER_AFTER = compile_pattern(r"[ \t]+(?:1[0-3]|[1-9])(?![0-9:.,])")
#: A number after a capitalised time word, which numbers one of a series of names: "Dawn 8".
_NUMBER_AFTER_NAME = compile_pattern(r"[ \t]+\d")
#: The hours a schedule gives a day or a run of days, written right after it ("Sundays noon-4pm",
#: "Monday to Saturday, 9am-6pm", "Fridays 18:30").
#: An hour of opening or closing: "noon", "9am", "5.30 p.m.", "18:30".
_OPENING_HOUR = r"(?:noon|midday|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d\d:\d\d)(?![a-z0-9])"
#: "Mon-Fri from 9am", "Mon-Fri until 9pm": the hours may open or close the run's day.
_SCHEDULE_HOURS_LINKS = "from|until|till|til"
#: A bare hour opening a dash range closed by an hour with its half of the day: the "12-" of "Monday to
#: Friday, 12-2.30pm" and the "7-" of "Tuesday to Saturday, 7-10.30pm" (the closing hour names the half).
_BARE_HOUR_OPENING_RANGE = r"(?:(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:-|\u2013)\s*)?"
_SCHEDULE_HOURS = (
    r"\.?,?\s*(?:(?:" + _SCHEDULE_HOURS_LINKS + r")\s+)?" + _BARE_HOUR_OPENING_RANGE + _OPENING_HOUR
)
#: The hours of a run of weekdays, which may also follow "at" ("Mon-Sat at 7.30pm"); a single weekday
#: "at 9am" is a day and its time.
_RUN_SCHEDULE_HOURS = (
    r"\.?,?\s*(?:(?:" + _SCHEDULE_HOURS_LINKS + r"|at)\s+)?" + _BARE_HOUR_OPENING_RANGE + _OPENING_HOUR
)
#: "after eight years", "before 20 months": a count of units after the word linking them to a period.
_COUNT_THEN_UNIT_AFTER_LINK = compile_pattern(
    r"\s*(?:after|before)\s+(?:(?P<digits>\d+)|(?P<word>[a-z]+))\s+(?:years|months|weeks|days|decades)(?![a-z])"
)
#: "from 8 a.m. to 8 p.m. ET": a range of hours, read back from the end of the clock time closing it
#: (its zone included), not any hour and link in the words before it ("at 7pm and runs from 8pm").
# (a timetable's range may be in four-digit 24-hour times: "from 0700 to 1900, Mon-Sat")
_RANGE_HOUR = r"(?:" + _OPENING_HOUR + r"|(?<![0-9])(?:[01]\d|2[0-3])[0-5]\d(?![0-9]))"
_HOURS_RANGE_BEFORE = compile_pattern(
    _RANGE_HOUR + r"\s*(?:to|until|till|and|-|\u2013)\s*" + _RANGE_HOUR + r"(?:[ \t]+[a-z]{1,4})?$"
)
#: Between a clock time and the weekday opening a run after it: "5pm Monday", "5pm, Monday", "5pm on Monday".
_CLOCK_THEN_WEEKDAY_RUN_GAP = compile_pattern(r",?\s*(?:on\s+)?")
_WEEKDAY_SET_VALUE = compile_pattern(r"XXXX-WXX-[1-7]")
#: The note of a weekday read as one end of a run of weekdays given its hours.
_RUN_AFTER_HOURS_NOTE = "a run of weekdays given its hours, every such day"
#: What joins a pair of weekdays that share their hours ("Fri and Sat 9am-5pm").
_WEEKDAY_PAIR_GAP = compile_pattern(r"\s*(?:and|&)\s*")
#: What runs one plural weekday on to another ("Tuesdays to Sundays", "Mondays-Fridays").
_PLURAL_WEEKDAY_RUN_GAP = compile_pattern(r"\s*(?:to|through|thru|until|till|-|\u2013)\s*")
#: A comma between the standing days of a list ("on Mondays, Wednesdays and Fridays").
_PLURAL_WEEKDAY_LIST_GAP = compile_pattern(r",\s*")
#: A bracket opening between a weekly frequency and the day it falls on ("once weekly (Fridays)").
_PLURAL_WEEKDAY_BRACKET_GAP = compile_pattern(r"[ \t]*\([ \t]*")
#: What follows a plural weekday in a schedule: the weekday closing its run, or its hours
#: ("Tuesdays to Sundays", "Sundays noon-4pm", "Saturdays, 9am-1pm", "Fridays 18:30").
_PLURAL_WEEKDAY_SCHEDULE = compile_pattern(
    r"\s*(?:(?:to|through|thru|-|\u2013)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days(?![a-z])"
    # "Mondays, Wednesdays and Fridays", "matinees Wednesdays and Saturdays": a list of standing days
    r"|(?:,|,?\s+(?:and|&|or))\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days(?![a-z])"
    # "late opening Thursdays until 9pm", "Thursdays at 8, Backroom Theater": the hours the days keep
    r"|,?\s*(?:(?:at|until|till|from)\s+)?"
    + _OPENING_HOUR
    + r"|,?\s*at\s+\d{1,2}(?:[.:][0-5]\d)?(?=\s*(?:[,;.)]|$))"
    ")"
)
#: A bare hour after a plural weekday and the word after it ("Thursdays at 8 [in] the hall").
_PLURAL_WEEKDAY_BARE_HOUR = compile_pattern(
    r" at (?:1[0-2]|[1-9])(?:[.:][0-5]\d)?[ \t]+(?P<word>[a-z]+)(?:[ \t]+(?P<next>[A-Za-z'-]+)(?:[ \t]+(?P<noun>[a-z'-]+))?)?"
)
#: The hour a schedule keeps, right before the days it is kept on ("noon-9 p.m. weekdays", "10:00-16:00
#: weekends"): the schedule's own hour (`_OPENING_HOUR`), read back from the days.
_HOURS_JUST_BEFORE = compile_pattern(r"(?<![a-z0-9:.])" + _OPENING_HOUR + r"[ \t]*$")
#: "screens Fridays through March 14", "trades Saturdays until 26 April", "Sundays from mid-May": the month
#: of the date that ends or opens a standing day's run, a day, "mid-" or "the end of" before it.
_PLURAL_WEEKDAY_RUN_END = compile_pattern(
    r"\s+(?:through|thru|until|till|from)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+"
    r"|(?:early|mid|late)[- \t]+|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<word>[a-z]+\.?)"
)
#: How long a line holding only a date may be and still head the paragraphs under it.
_HEADING_LINE_REACH = 40
#: A short bracketed reading after a clock time ("05:12 (5.3m)"), skipped before the pair's "and".
_BRACKETED_ASIDE = compile_pattern(r"[ \t]?\([^()\n]{1,12}\)")
#: What joins two clock times of a range or pair ("11:30 and 14:30", "18:00 to 23:00", "18:30-20:00").
_CLOCK_PAIR_GAP = compile_pattern(r"\s*(?:-|\u2013|to|and|until|till)\s*")
#: A day of the year told right after a recurring clock time ("every year at 11 a.m. on 11 November",
#: "at noon on July 4th"): the month word is checked against the lexicon's months.
_RECURRING_DAY_AFTER = compile_pattern(
    r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m1>[a-z]+)"
    r"|(?P<m2>[a-z]+)[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b"
)
#: A year right after a day ("on 11 November 1918", "on July 4, 1776"): one day, not a day of every year.
_YEAR_AFTER_DAY = compile_pattern(r",?[ \t]+[12]\d{3}(?![0-9])")
#: The comma, or the comma and "and"/"or", between colon clock times in a list ("06:00, 14:00 and 22:00").
_CLOCK_LIST_GAP = compile_pattern(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)")
#: A colon clock reading right after an almanac's label ("Sunrise 07:55", "sunset: 18:21").
_COLON_CLOCK_AFTER_LABEL = compile_pattern(r"[ \t]*:?[ \t]*[012]?\d:[0-5]\d(?![0-9:])")
#: A colon clock time closing a range right after another ("18:30-20:00", "07:00 to 19:00").
_COLON_CLOCK_CLOSING = compile_pattern(r"\s*(?:-|\u2013|to)\s*[012]?\d:[0-5]\d(?![0-9:])")
#: "at", "shortly before", "at about", "between 0710 and": the words a 24-hour clock time follows
_CLOCK_LEAD_IN = compile_pattern(
    r"(?<![a-z])(?P<prep>[a-z]+)(?:\s+(?:about|around|approximately|approx\.?|precisely|exactly))?\s+$"
)
#: A zero-led 24-hour time written bare ("At 0430 Nagumo launched"): the text reads four digits as a
#: clock. News copy that writes its clock times with their zone ("at 0340 local time", "at 0800 GMT")
#: still writes years bare ("silt has built up since 2019").
_ZERO_LED_CLOCK = compile_pattern(
    r"(?<![a-z0-9])(?:at|from|by|until|between)\s+(?:about\s+|around\s+)?0\d[0-5]\d(?![0-9])"
    r"(?!\s+(?:gmt|utc|z|[a-z]+\s+time)(?![a-z]))"
)
_MILITARY_CLOCK_REACH = 3000
#: How far from a "1.i." opening a line another part of its outline ("1.ii.") may open one.
_SUBSECTION_REACH = 600
#: A log's entry after the time opening its line: a blank and a word ("0400 Jenny relieved me").
_LOG_LINE_TEXT_AFTER = compile_pattern(r"[ \t]+[a-z]")
#: A log's line opened by a zero-led 24-hour time and its entry ("\n0900 Slipped mooring"), the text's first
#: line too.
_ZERO_LED_LOG_LINE = compile_pattern(r"(?:^|\n)0\d[0-5]\d[ \t]+[a-z]")
# What "\s" matches in ASCII: a zero-led clock's "0" follows one of them.
_BLANK_THEN_ZERO = tuple(chr(code) + "0" for code in range(128) if chr(code).isspace())


def _zero_led_clock_before(low: str, reach: int, start: int) -> bool:
    """`_ZERO_LED_CLOCK` searched in low[reach:start], not where that ASCII stretch has no blank then "0"."""
    stretch = low[reach:start]
    if stretch.isascii() and not any(pair in stretch for pair in _BLANK_THEN_ZERO):
        return False
    return _ZERO_LED_CLOCK.search(low, reach, start) is not None


#: What ends a sentence before its next one opens ("at 0214. The union ... since 2016").
_SENTENCE_ENDS = (". ", "! ", "? ")
_CLOCK_HOURS_WORD_AFTER = compile_pattern(r"(?:\s+hours|\s*hrs)(?![a-z])(?!\s+of\b)")
_HOURS_CLOCK_BEFORE = compile_pattern(
    r"(?<![a-z0-9])(?:at|from|by|until|between)\s+(?:about\s+|around\s+)?(?:[01]\d|2[0-3])[0-5]\d\s+hours(?![a-z])(?!\s+of\b)"
)
#: " of" right after a word, as in "the evenings of 3 and 4 May" (matched within four characters).
_OF_FOLLOWS = compile_pattern(r"\s+of(?![a-z])")
#: " of" and the word after it, as in " of 5 October", " of Friday".
_OF_DATE_WORD = compile_pattern(r"\s+of\s+([a-z0-9]+)")
#: A word after a count of years that may compare ages ("her senior", "younger", "senior to"), for
#: AGE_DIFFERENCE_WORDS.
_AGE_DIFFERENCE_AFTER = compile_pattern(
    r"[ \t]+(?:(?P<owner>[a-z]+)[ \t]+(?=(?:senior|junior|elder)(?![a-z])))?(?P<word>[a-z]+)(?![a-z])(?P<to>[ \t]+to(?![a-z]))?"
)
#: A word and "the" before a plural ("spent the winters", "in the evenings"), for a plural after "and".
_VERB_THE_PLURAL = compile_pattern(r"(?<![a-z])(?P<verb>[a-z]+)[ \t]+the[ \t]+(?P<plural>[a-z]+s)(?![a-z])")
#: " of his life", " of the bishop's life": a possessive and the noun after " of".
_OF_POSSESSIVE_NOUN = compile_pattern(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<owner>[a-z]+(?:'s)?)[ \t]+(?P<noun>[a-z]+)"
)
#: "the war's ", "the siege’s ", "World War II's ", "the Wars' ": the noun whose possessive ends just before
#: a stage word (a war's numeral after it; a plural's apostrophe after its s), for STAGE_POSSESSOR_NOUNS.
_WORD_BEFORE_POSSESSIVE = compile_pattern(
    r"(?<![a-z])([a-z]+)(?:[ \t]+(?:i{1,2}|[12]))?(?:['’]s|(?<=s)['’])[ \t]+$"
)
_COMMA_GAP = compile_pattern(r",\s*")
#: "the next day, the feast of the Nativity ...": a feast named with its article set off after a day.
_FEAST_OF_GAP = compile_pattern(r",\s*(?:the\s+feast\s+of\s+)?")
#: "on the feast of St Benedict in 1149": "in" and a year right after a feast named without one.
_FEAST_YEAR_IN_AFTER = compile_pattern(r"[\"\u201d']?\s+in\s+([1-9]\d{2,3})(?![0-9a-z%]|\.\d|,\d)")
#: What closes a phrase in apposition: punctuation, or the end of the text.
_APPOSITION_CLOSE = compile_pattern(r"\s*(?:[,.;:)]|$)")
#: "58 days a year ago", "six hours a day earlier.": the period after the length is a date counted back.
_OFFSET_AFTER_RATE = compile_pattern(r"\s+(?:ago|earlier(?=\s*[.,;:)]))")
_SEASON_DEPTH_BEFORE = compile_pattern(r"the\s+(?:depths?|dead|heart|height|middle)\s+of\s+$")
#: "1624 as the normal year", "2030 as a target year": a number the text itself calls a year.
_AS_THE_YEAR_AFTER = compile_pattern(
    r"\s+as\s+(?:the|a|its|their)\s+[\"'\u201c\u2018]?(?:[a-z-]+\s+)?year(?![a-z])"
)
#: What a year expected or judged goes on to be: " to be another year", " will be harder"; not where a
#: count of people is to be or what is done to them ("expect 2000 to be at the rally", "predicted 1900
#: would be evacuated from the coast"), though a year may be "remembered as" or "marked by" something.
_YEAR_EXPECTED_AFTER = compile_pattern(
    r"\s+(?:to|will|would|should|could|may|might)\s+(?:"
    r"be(?![a-z])(?!\s+(?:at|in|on|there|here|present|among|inside|outside)(?![a-z]))"
    r"(?!\s+[a-z]+ed(?![a-z])(?!\s+(?:by|as)(?![a-z])))"
    r"|bring(?![a-z])|see(?![a-z]))"
)
#: A noun the season qualifies, then the year it is dated by: " journey of 1853", " offensive of 1916".
_SEASON_NOUN_OF_YEAR = compile_pattern(r" (?!of\s)[a-z]{3,}\s+of\s+(?P<nyear>1[0-9]{3}|20[0-9]{2})(?![0-9])")
#: The season word after or before a label's joiner ("autumn/[winter]", "[spring]/summer"), and the year
#: after a hyphened pair ("autumn-winter 2025", "spring-summer '26").
_SEASON_LABEL_PARTNER = compile_pattern(r"([a-z]+)(?![a-z])")
_SEASON_LABEL_PARTNER_BEFORE = compile_pattern(r"(?<![a-z])([a-z]+)$")
_SEASON_BEFORE_YEAR = compile_pattern(r"(?<![a-z])([a-z]+)[ \t]+$")
_SEASON_LABEL_YEAR_AFTER = compile_pattern(r"[ \t]+(?:\d{4}|'?\d{2})(?![0-9])")
#: "and" or "or" between two times joined in one phrase ("in the morning and evening").
_AND_OR_GAP = compile_pattern(r"\s+(?:and|or)\s+")
#: Punctuation that closes the phrase right after a time.
_PHRASE_CLOSE = compile_pattern(r"[ \t]*[,.;:!?)]")
#: A season alone on a line and capitalised, then the line's end: a heading ("Winter", "Autumn").
_SEASON_HEADING = compile_pattern(r"[ \t]*[A-Z][a-z]+[ \t]*\n")
#: What may follow a season that ends its phrase (a line break ends a heading: "Late spring and summer").
_SEASON_ENDS_PHRASE = compile_pattern(
    r"[ \t]*\n|\s*(?:[,.;:!?)]|$)|\s+(?:and|or|when|as|with|in|on|at|to|the|a|an|he|she|they|it|we|his|her|their"
    # "followed him through the summer and autumn without giving battle": a clause's adjunct goes on
    r"|without|while|until|before|after)\b"
)
#: A gerund with its object after a time ("the spring and summer building a fleet"), not a noun in -ing
#: that the season qualifies ("winter clothing for").
_GERUND_WITH_OBJECT = compile_pattern(r"\s+[a-z]{2,}ing\s+(?:a|an|the|his|her|their|its|up|out)\b")
#: A case name right before a bracket: "Illinois v. Caballes (", "Smith v Jones ("; the joining word
#: is group 1, checked against CASE_NAME_PARTY_MARKERS.
_CASE_NAME_BEFORE_BRACKET = compile_pattern(
    r"(?<![A-Za-z])([Vv]\.?|[Vv]s\.?|versus)[ \t]+[A-Z][\w'.&-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w'.&,-]*)){0,6}[ \t]*\($"
)
#: "4 Edward VII Street", "3 George V Road": a capitalised word right after a sovereign makes an address
#: (or another name), no regnal year.
_NAME_AFTER_SOVEREIGN = compile_pattern(r"[ \t]+[A-Z][a-z]")
#: " Society", " Club" after a year, a capitalised noun that does not run on into a longer name.
_BODY_NAME_AFTER_YEAR = compile_pattern(r" ([A-Z][a-z]+)(?![A-Za-z])(?!\s+[A-Z])")
#: Two capitals and a number after a year ("2019 OQ7", "1997 XF11"): a provisional designation of an
#: asteroid or a comet, which names the object (the year is when it was found), not a time.
_DESIGNATION_AFTER_YEAR = compile_pattern(r" [A-Z]{2}[0-9]{1,3}(?![A-Za-z0-9])")
_GERUND_AFTER = compile_pattern(r"\s+([a-z]{2,}ing)\s+[a-z]")
_CLOCK_VALUE = compile_pattern(r"\d{2}:\d{2}(?::\d{2})?")
# "14:32 local time (", "3:52 a.m. EDT (": a clock time, its zone words, then a parenthesis that restates it
_CLOCK_BEFORE_PARENTHESIS = compile_pattern(
    r"(?<![\d:.])(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s+[a-z]+){0,3}\s*\(\s*$"
)
_CLOCK_AFTER_CLOCK_REACH = 250
#: How far above an entry (characters) its page's earlier stamps and a day heading are looked for.
_ENTRY_STAMP_REACH = 6000
#: How many lines above a clock-stamped line are read for the line introducing its timeline.
_TIMELINE_RUN_LINES = 30
#: The note a chat message's own time stamp carries; the resolver puts it on the day of the date line above.
CHAT_STAMP_NOTE = "a chat message's time stamp: a time of the thread's day or of its date line"
ENTRY_STAMP_NOTE = "a live page's entry stamp: a time of the page's own day"
RESTATED_IN_ZONE_NOTE = "the clock time just before it restated in another zone"
#: A line that is a day's heading in a programme ("FRIDAY 12 JULY", "Saturday:", "14 July 2024").
_DAY_HEADING_LINE = compile_pattern(
    r"(?m)^[ \t]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?(?:[ \t]+\d{1,2}(?:st|nd|rd|th|(?<=[23])d)?"
    r"(?:[ \t]+[a-z]{3,9}\.?)?)?|\d{1,2}(?:st|nd|rd|th|(?<=[23])d)?[ \t]+[a-z]{3,9}\.?(?:[ \t]+\d{4})?)[ \t]*:?[ \t]*$"
)


#: The clock of a chat message's stamp ("18:42", "9:14 AM").
_STAMP_CLOCK = compile_pattern(r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[ \t]*(?P<ampm>[AaPp]))?")


#: A line opening on a reading of a recording's counter ("00:00 Intro", "1:02:10 Listener questions").
_CHAPTER_MARK = compile_pattern(r"[ \t]*\(?(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?\)?[ \t]+\S")


def _in_chapter_list(ctx: Context, start: int) -> bool:
    """Whether the clock reading opening its line at `start` is one of a recording's chapter marks: a run of
    at least three lines, each opening on a reading (blank lines between them aside), that starts at zero
    ("0:00 Intro", "00:00") and climbs line by line, each line a title, not a sentence. A recording is
    marked from its start; a live page's or a programme's clock does not open on midnight and then count on
    in minutes and seconds. The verdict is the run's, kept for each of its lines: the run is read once,
    however long the list."""
    first = _line_start(ctx.low, start)
    known = ctx.chapter_lines.get(first)
    if known is None:
        marks = _chapter_run(ctx.low, first)
        known = _chapter_run_climbs(ctx.low, marks)
        ctx.chapter_lines.update(dict.fromkeys((mark.start() for mark in marks), known))
    return known


def _chapter_run(low: str, first: int) -> list[re.Match[str]]:
    """The counter's readings opening the lines of the run of such lines that holds the line at `first`
    (blank lines between them aside), in order; each match starts at its line's start."""
    while True:
        above = first - 1
        while above > 0 and low[above - 1] in "\n \t":
            above -= 1  # blank lines between the marks
        if above <= 0:
            break
        above = _line_start(low, above)
        if _CHAPTER_MARK.match(low, above) is None:
            break
        first = above
    marks: list[re.Match[str]] = []
    line = first
    while (mark := _CHAPTER_MARK.match(low, line)) is not None:
        marks.append(mark)
        end = low.find("\n", line)
        if end < 0:
            break
        line = end + 1
        while low[line : line + 1] == "\n":
            line += 1
    return marks


def _chapter_run_climbs(low: str, marks: list[re.Match[str]]) -> bool:
    """Whether the run of marked lines (`_chapter_run`) is a chapter list: three or more titles whose
    readings start at zero and climb."""
    readings: list[int] = []
    for mark in marks:
        line = mark.start()
        head, middle, seconds = int(mark["a"]), int(mark["b"]), mark["c"]
        readings.append(head * 3600 + middle * 60 + int(seconds) if seconds else head * 60 + middle)
        if readings[0] != 0:
            return False  # the run opens past zero: no recording's first mark
        end = low.find("\n", line)
        if low[line : len(low) if end < 0 else end].rstrip(" \t").endswith("."):
            return False  # "00:45 First result in.": a live page's entry is a sentence, a chapter a title
    return len(readings) >= 3 and all(before < after for before, after in pairwise(readings))


def _opens_line(low: str, start: int) -> bool:
    """Whether only blanks stand between the line's start and `start`."""
    while start > 0 and low[start - 1] in " \t":
        start -= 1
    return start == 0 or low[start - 1] == "\n"


def _clock_minutes(hour: str, minute: str, half: str | None) -> int:
    """The minutes after midnight of a stamp's clock reading: its hour and minutes as written and the first
    letter of its a.m. or p.m., if any ("9", "14", "P" is 21:14)."""
    hours = int(hour)
    if half:
        hours = hours % 12 + (12 if half.lower() == "p" else 0)
    return hours * 60 + int(minute)


def _stamp_minutes(stamp: re.Match[str]) -> int:
    """The minutes after midnight of an entry stamp matched by `Grammar.entry_stamp_line`."""
    return _clock_minutes(stamp["hour"], stamp["minute"] or stamp["dotminute"], stamp["ampm"])


_EVERY_UNIT_OF = compile_pattern(r"\b(?:every|each)\s+(?:day|night|week|month)\s+of\s+$")
#: "every month", "each other week", "every two years", "each calendar month" after a unit: how often a habit
#: repeats.
_EACH_LONGER_UNIT_AFTER = compile_pattern(
    r"[ \t]+(?:every|each)[ \t]+(?:[a-z0-9]+[ \t]+)?(?P<every>week|month|quarter|year)s?(?![a-z])"
)
#: The units "the same ..." may name within one that a habit repeats in, shortest first.
_REPEATING_UNITS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")


def _repeats_in_longer_unit(low: str, end: int, unit: str) -> bool:
    """Whether "every"/"each" and a longer unit follow "the same <unit>" ("on the same day every other
    month", "in the same week each year"): the day or week a habit repeats on, no time told before."""
    after = _EACH_LONGER_UNIT_AFTER.match(low, end)
    return (
        after is not None
        and unit in _REPEATING_UNITS
        and _REPEATING_UNITS.index(after["every"]) > _REPEATING_UNITS.index(unit)
    )


_ACCESSION_REACH = 160  # the accession and its year told in the sentence before, as histories tell a reign
_YEAR_THEN_COMMA = compile_pattern(r"(?<![0-9])([12]\d{3}),\s*$")
_APPOSED_DAY_GAP = compile_pattern(r",\s*")  # "on 21 October 1600, the fifteenth day of the ninth month"
_APPOSED_REGNAL_GAP = compile_pattern(r",\s*(?:in\s+)?")  # "in August 1424, in the 22nd year of his reign"
_ABBREVIATION_JUST_BEFORE = compile_pattern(r"(?<![a-z.])([a-z]{1,2}\.)[ \t]*$")
_ADDRESS_MARKS = ("://", "www.", "@")
_DOMAIN_THEN_PATH = compile_pattern(r"[a-z0-9-]\.[a-z]{2,}/")
_LONGEST_ADDRESS = 300


def in_web_address(low: str, start: int, end: int) -> bool:
    """Whether `start:end` lies inside a URL or an e-mail address: the run of non-blank characters
    around it names a scheme, "www.", an "@" or a domain followed by a path before it."""
    left, floor = start, max(0, start - _LONGEST_ADDRESS)
    while left > floor and not low[left - 1].isspace():
        left -= 1
    right, ceiling = end, min(len(low), end + _LONGEST_ADDRESS)
    while right < ceiling and not low[right].isspace():
        right += 1
    if left == start and right == end:
        return False
    token = low[left:right]
    return any(mark in token for mark in _ADDRESS_MARKS) or bool(_DOMAIN_THEN_PATH.search(low, left, start))


def _name_follows(text: str, end: int, lex: ModuleType) -> bool:
    """Whether a capitalised word that continues a name (not a month, zone or time word) follows `end`."""
    match = _NEXT_CAPITALISED.match(text, end)
    if match is None:
        return False
    word = match.group(1).lower()
    return word not in lex.NAME_CONTINUATIONS_OK and word not in lex.MONTHS and word not in lex.TIME_ZONES


#: Opening quotation marks and the marks that close them.
TITLE_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}
_LONGEST_QUOTED_TITLE = 80
_TITLE_WORD = compile_pattern(r"(?<![\w'\u2019-])[^\W\d_][\w'\u2019-]*")  # not "th" of "13th"


#: A quotation closing on a day of the month and a year ("Boston, Jan'y 12th 1775", "Cumana, 16 July, 1799"):
#: a letter's dated heading.
_DATED_HEADING_CLOSE = compile_pattern(
    r"(?:\d{1,2}(?:st|nd|rd|th|d)?,?\s+[A-Za-z']+\.?|[A-Za-z']+\.?\s+\d{1,2}(?:st|nd|rd|th|d)?),?\s+[12]\d{3}[.,]?$"
)


#: A year of four digits standing alone ("July-October 1855" quoted, "The campaigns of 1846" as a heading).
YEAR_DIGITS = compile_pattern(r"(?<![0-9])[12][0-9]{3}(?![0-9])")
#: What closes a report's "said today": the clause's end, or "that" opening what was said ("said today is
#: the day" makes "today" the subject of the words reported, not the day they were said).
REPORTED_TODAY_CLOSE = compile_pattern(r"[ \t]*(?:[.,;:!?]|that(?![a-z]))")
#: How far back before such a "today" its verb may start (the longest verb and its space).
REPORTED_TODAY_REACH = 16


def quoted_title_end(text: str, start: int, lex: ModuleType) -> int:
    """Where a quoted title that opens at `start` ("Midnight at the Vanguard", "Tomorrow's Bread") ends,
    or -1 when the quotation is not a title: a title has at least two words, and each word that is
    not a short function word is capitalised (speech rarely is: "Tomorrow we leave")."""
    closing = TITLE_QUOTES.get(text[start - 1]) if start > 0 else None
    if closing is None:
        return -1
    end = text.find(closing, start, start + _LONGEST_QUOTED_TITLE)
    while end > 0 and closing == "\u2019" and text[end + 1 : end + 2].isalpha():
        end = text.find(closing, end + 1, start + _LONGEST_QUOTED_TITLE)  # "Tomorrow’s": an apostrophe
    if end < 0 or "\n" in text[start:end]:
        return -1
    if _DATED_HEADING_CLOSE.search(text[start:end]):
        return -1  # 'headed "Boston, January 12th 1775"': a letter's place and date, no title
    words = _TITLE_WORD.findall(text, start, end)
    if len(words) < 2 or not words[0][0].isupper():
        return -1  # a quoted fragment opening in lower case ("well into October") is speech, not a title
    if (
        all(word.lower() in lex.MONTHS or word.lower() in lex.TITLE_LOWER_WORDS for word in words)
        and YEAR_DIGITS.search(text, start, end) is not None
    ):
        return -1  # 'gives the dates as "July–October 1855"': months and a year quoted are a span of time
    for word in words[1:]:
        if not word[0].isupper() and word.lower() not in lex.TITLE_LOWER_WORDS:
            return -1
    return end + 1


def enclosing_quoted_title_end(text: str, start: int, end: int, lex: ModuleType) -> int:
    """Where the quoted title that holds `start:end` after its first word ends ("the drama "Snow in
    April,"", "the album "Live at the Ryman, Sunday Night""), or -1 when no open quotation is a title."""
    floor = max(0, start - _LONGEST_QUOTED_TITLE)
    for opening, closing in TITLE_QUOTES.items():
        at = text.rfind(opening, floor, start)
        if at < 0:
            continue
        if opening == closing:
            if text.count(opening, text.rfind("\n", 0, at) + 1, at) % 2:
                continue  # that mark closes a quotation
        elif text.find(closing, at + 1, start) >= 0:
            continue
        title_end = quoted_title_end(text, at + 1, lex)
        if title_end >= end:
            return title_end
    return -1


_LOWER_CASE_TIME_WORDS: dict[str, frozenset[str]] = {}
#: A hyphenated compound capitalised only on its first part: "Ten-year", "Two-week".
_SENTENCE_CASE_COMPOUND = compile_pattern(r"[A-Z][a-z]*(?:-[a-z]+)+")
#: A capitalised word, hyphenated parts included ("the Twenty-Tens" is one word).
# (the capital first: the engine skips to the next one in C; the lookbehind then tests the character before it)
_CAPITALISED_TOKEN = compile_pattern(r"[A-Z](?<![A-Za-z0-9'\u2019-][A-Z])[A-Za-z'\u2019-]*")
_LOWER_CASE_WORD = compile_pattern(r"(?<![A-Za-z])[a-z][a-z'-]*")
#: What closes a phrase right after it.
_PHRASE_CLOSERS = frozenset(",.;:!?)\"'\u201d\u2019\n")
#: After "the fall": "in" and the word after it ("the fall in prices"), or a verb of being and the word it
#: takes, an adverb in -ly allowed between ("the fall was largely driven by").
_FALL_COMPLEMENT = compile_pattern(
    r"[ \t]+(?:in[ \t]+(?P<inword>[a-z]+)(?![a-z'-])|(?:was|were|is|has[ \t]+been|had[ \t]+been|will[ \t]+be)"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<pred>[a-z]+))"
)
#: A kind noun, then the word after it: "auction season" after "the fall".
_KIND_NOUN_THEN_WORD = compile_pattern(r"[ \t]+[a-z-]+[ \t]+([a-z]+)")
#: A noun, then a quoted title: "sitcom "Uptown"" after "the 1980s".
_QUOTED_TITLE_AFTER_NOUN = compile_pattern(r"[ \t]+[a-z]+[ \t]+[\"\u201c][A-Z]")
#: A full decade before a short one joined to it: "the 1970s and [80s]", "the 1880s and early [90s]".
_SHORT_DECADE_JOINED = compile_pattern(
    r"(?<![0-9])(?P<jcent>1\d|20)(?P<jdec>\d)0s"
    # "the 1920s, 30s and [40s]": short decades listed between them
    r"(?:(?:\s*,\s*|\s+(?:and|or|to|through|into)\s+|-|\u2013)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?'?\d0s)*"
    r"\s*(?:,\s*|\s+(?:and|or|to|through|into)\s+|-|\u2013)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$"
)
#: A decade joined to "the 1900s" before it: "the 1890s and the early 1900s", "from the 1880s to the 1900s".
_DECADE_JOINED_BEFORE = compile_pattern(r"(?<![0-9])1\d[1-9]0s\s+(?:and|or|to|through|into|-|\u2013)\s+$")
#: A century joined to "the 1900s" before it: "the 1800s and 1900s", "from the 1700s to the 1900s".
_CENTURY_JOINED_BEFORE = compile_pattern(r"(?<![0-9])1[0-8]00s\s+(?:and|or|to|through|into|-|\u2013)\s+$")
#: "the 70s [and 80s AD]": a second decade of two digits with its era in capitals (on the original text).
_SHORT_DECADE_ERA_AFTER = compile_pattern(
    r"\s+(?:and|or|to)\s+(?:the\s+)?\d0s\s+(?P<era>BCE|BC|B\.C\.|AD|A\.D\.)(?![A-Za-z])"
)
#: "the 70s and [80s AD]": the decade before the pair's second, closing at `endpos`.
_SHORT_DECADE_ERA_BEFORE = compile_pattern(r"\bthe\s+\d0s\s+(?:and|or|to)\s+\Z")
#: A decade joined to "the 1900s" after it: "the 1900s and 1910s", "the late 1900s to the 1920s".
_DECADE_JOINED_AFTER = compile_pattern(
    r"\s*(?:and|or|to|through|into|-|\u2013)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?1\d[1-9]0s"
)
#: The ordinal of a century written with a capital ("21st Century", "Twentieth Century"), to its end.
_ORDINAL_BEFORE_CENTURY = compile_pattern(
    r"(?:(\d{1,2}(?:st|nd|rd|th))|([A-Za-z]+(?:-[A-Za-z]+)?))[ \t-]Century$"
)
_NAME_WORD_BEFORE = compile_pattern(r"(?<![A-Za-z])([A-Z][A-Za-z.-]*)(['\u2019]s)?[ \t]+$")
#: What a sentence, a line, a dateline ("LONDON (Reuters) - "), a list item or a quotation opens after.
_OPENS_AFTER = ".!?\n:;-_\u2013\u2014\u2022*)|>"
#: Each lexicon's salutation pattern, built once (`_salutation_before`).
_SALUTATIONS_BEFORE: dict[str, re.Pattern[str]] = {}


def _salutation_before(lex: ModuleType) -> re.Pattern[str]:
    """A letter's salutation opening its line, up to its comma ("Dear Mr Ellis,", "Dear all,", "Hi Sam,", "My
    dear Sir,"): the body after the comma opens a sentence, its first word capitalised as any sentence's is."""
    pattern = _SALUTATIONS_BEFORE.get(lex.__name__)
    if pattern is None:
        pattern = compile_pattern(
            r"(?m)^[ \t\"'\u201c\u2018]*(?i:(?:my[ \t]+)?"
            + words_regex(lex.LETTER_SALUTATIONS)
            + r")[ \t]+[A-Za-z][A-Za-z.' -]{0,30},$"
        )
        _SALUTATIONS_BEFORE[lex.__name__] = pattern
    return pattern


def _lower_case_time_words(lex: ModuleType) -> frozenset[str]:
    """The time words English writes in lower case: units, parts of the day, number words, ordinals."""
    words = _LOWER_CASE_TIME_WORDS.get(lex.__name__)
    if words is None:
        numbers = frozenset(lex.NUMBER_WORDS) - lex.NOUN_DETERMINERS
        words = frozenset(lex.UNIT_FORMS) | frozenset(lex.PARTS_OF_DAY) | frozenset(lex.ORDINALS) | numbers
        _LOWER_CASE_TIME_WORDS[lex.__name__] = words
    return words


_YEAR_IN_BRACKETS_AFTER = compile_pattern(r" \((?:1[5-9]|20)\d\d\)")


def titled_by_its_year(text: str, start: int, end: int, lex: ModuleType) -> bool:
    """Whether the expression at `start:end` is a work's title given with its year in brackets ("her
    short Sunday Morning (1995)", "Last Summer (1999)"): a run of capitalised words, one after the
    first a time word English writes in lower case or a season, right before "(1995)"."""
    if not _YEAR_IN_BRACKETS_AFTER.match(text, end):
        return False
    words = text[start:end].split()
    if len(words) < 2 or any(not word[0].isupper() or any(c.isdigit() for c in word) for word in words):
        return False
    lower_case = _lower_case_time_words(lex) | frozenset(lex.SEASONS)
    return any(word.lower() in lower_case for word in words[1:])


#: What may not follow "before last" or "after next" closing "the summer before last": a unit or a
#: possessive that makes "last" ("next") the determiner of a phrase of its own ("the summer before last
#: year's election", "the week after next month's vote").
_BEFORE_LAST_CLOSE = r"(?![ \t]+(?:[a-z]+['\u2019]s|years?|months?|weeks?|weekends?|seasons?|time)(?![a-z]))"
#: A capitalised word right after an expression: a name ("overnight Fed funds"), no verb.
_NAME_AFTER = compile_pattern(r"[ \t]+[A-Z]")


@lru_cache(maxsize=1)
def _past_forms_not_nouns() -> frozenset[str]:
    """Simple past forms that are no noun ("sent", "pushed"; not "rose", "left")."""
    from chronology.tense import verb_forms

    past = frozenset((verb_forms.PAST_ONLY + verb_forms.PAST_OR_PARTICIPLE).split())
    return past - frozenset(verb_forms.ALSO_NOUN.split())


#: A Roman numeral in capitals after "Year" ("Year VIII" of the republican calendar).
#: A Gregorian year while the republican calendar was in use (1792-1805).
_REPUBLICAN_ERA_YEAR = compile_pattern(r"(?<![0-9])(?:179[2-9]|180[0-5])(?![0-9])")
#: "I" before a word other than "of" is the pronoun ("The Year I Met Your Mother", "Happy New Year I hope").
_ROMAN_NUMERAL_AFTER = compile_pattern(r"\s+(?:[IVX]{2,}|[VX]|I(?!\s+(?!of\s)[A-Za-z]))(?![A-Za-z0-9])")


def capitalised_as_name(text: str, start: int, end: int, lex: ModuleType) -> bool:
    """Whether the expression at `start:end` is part of a name or a title: a time word English writes in
    lower case (a unit, a part of the day, a number) is capitalised where no sentence opens ("24 Hours in
    Rotherham", "CBS's 60 Minutes", "the comedy Second Sunday", "the album Sunrise Over Govan"), or a
    one-word expression opening a sentence is followed by a name's next word ("Midnight Madness
    returns"). A word capitalised after a name ("Christmas Day", "Election Night") and a headline's
    capitals are no sign."""
    if (
        text.endswith("Century", start, end)
        and (ordinal := _ORDINAL_BEFORE_CENTURY.search(text, start, end)) is not None
        and (ordinal[1] is not None or ordinal[2].lower() in lex.CENTURY_ORDINALS)
        and not _name_follows(text, end, lex)
    ):
        # "the 21st Century", "the Twentieth Century was violent": many writers capitalise a century, and
        # its ordinal with it; a name goes on after it ("Twentieth Century Fox")
        return False
    words = _lower_case_time_words(lex)
    # a capitalised word right before a weekday that is not part of it ("the comedy Second Sunday")
    before_start = (
        _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 24), start) if text[start].isupper() else None
    )
    scan_from = before_start.start() if before_start is not None else start
    for token in _CAPITALISED_TOKEN.finditer(text, scan_from, end):
        word = token.group().lower()
        if token.group().isupper():
            continue  # "TWO HOURS": capitals throughout are a headline's or emphasis, not a name's
        if word not in words and word.partition("-")[0] not in words:
            continue  # "the Six-Day War": a hyphened compound is capitalised by its first word
        at = token.start()
        i = at - 1
        while i >= 0 and text[i] in " \t\"'(\u201c\u2018":
            i -= 1
        if (
            i < 0
            or text[i] in _OPENS_AFTER
            or (text[i] == "," and _salutation_before(lex).search(text, max(0, i - 40), i + 1) is not None)
        ):
            if not (
                at == start
                and token.end() == end
                and _name_follows(text, end, lex)
                # "Ten-year Treasury yields rose": a compound whose unit is in lower case is capitalised
                # by the sentence, where a name capitalises every part ("the Six-Day War")
                and _SENTENCE_CASE_COMPOUND.fullmatch(token.group()) is None
            ):
                continue
        else:
            if word == "year" and _ROMAN_NUMERAL_AFTER.match(text, token.end()):
                continue  # "the constitution of Year III": a year numbered in Roman capitals is written so
            if word in lex.PARTS_OF_DAY and (
                text[i].isdigit()
                or any(part in lex.WEEKDAYS or part in lex.MONTHS for part in text[start:end].lower().split())
            ):
                continue  # "12 Noon", "Midnight Friday": a clock reading or a day's hour, for emphasis
            before = _NAME_WORD_BEFORE.search(text, max(0, at - 24), at)
            if (
                before is not None
                and (before.group(1).lower() not in words or before.group(2))
                and before.group(1).lower() not in lex.NOUN_DETERMINERS
            ):
                continue  # "Christmas Day", "New Year's Day", "Election Night": the end of a day's name
        return not title_case_line(text, at, lex)  # a headline capitalises every word
    return False


def title_case_line(text: str, at: int, lex: ModuleType) -> bool:
    """Whether the line holding `at` is a headline's, capitalising every word but the small ones a title
    keeps in lower case ("Microsoft Will Issue Patch Tuesday"): there a capital is no sign of a name."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return all(
        found.group() in lex.TITLE_LOWER_WORDS
        for found in _LOWER_CASE_WORD.finditer(text, line_start, line_end)
    )


def _ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


#: A sum of money and "in" right before a year: "reached £96 million in", "a gap of Rs 6,000 crore in".
_SUM_IN_BEFORE = compile_pattern(
    r"(?:[$£€¥]\s?[0-9][0-9.,]*|\brs\.?\s?[0-9][0-9.,]*)(?:\s*(?:m|bn|k|million|billion|trillion|crore|lakh))?\s+in\s+$"
)
#: "the first century of the college", "the fifth century of its history": the word after the determiner.
_CENTURY_OWNER = compile_pattern(r"\s+of\s+(?:the|its|their|his|her|this|that)\s+([a-z]+)")


_BLANKS_THEN_WORD = compile_pattern(r"[ \t]+([a-z']+)")


def _next_word(low: str, end: int) -> str:
    """The word right after `end` (only blanks between), or ''."""
    # compiled once and matched in place: `endpos` ends the text where the slice of 24 did (a negative
    # `end` counts from the text's end in a slice, as a position does not)
    following = (
        _BLANKS_THEN_WORD.match(low, end, end + 24)
        if end >= 0
        else _BLANKS_THEN_WORD.match(low[end : end + 24])
    )
    return following.group(1) if following else ""


def _word_before_hedge(low: str, start: int, hedges: frozenset[str]) -> str:
    """The word before `start`, looking past one spoken hedge ("at like two", "at exactly four")."""
    word = _previous_word(low, start)
    if word in hedges:
        return _previous_word(low, low.rfind(word, 0, start))
    return word


# "sacked on 24 August 410." and "fell on 21 May 878 after a siege": a three-digit number after a day and
# month is its year where the phrase closes, by punctuation or a preposition or conjunction that opens
# the next one ("on 4 May 300 soldiers" counts soldiers)
#: What makes a day the one a figure is given for, right before it: "the return for ", "the week ending ",
#: "the month to ".
_FIGURE_DAY_BEFORE = compile_pattern(
    r"(?<![a-z])(?:for|(?:week|fortnight|month|quarter)\s+(?:ending|ended|to))\s+$"
)
_EARLY_DATE_CLOSES = compile_pattern(
    r"\s*(?:[.,;:)]|$)|\s+(?:after|before|when|while|during|following|until|under|but|and|as)(?![a-z])"
)
#: A preposition of the agent or the place of a past verb after "on 11 December 969": "by", "at", "near".
_EARLY_DAY_YEAR_PREPOSITION = compile_pattern(r"\s+(?:by|at|near|outside|off)\s+(?![0-9])")
#: What closes a bare year after "from", "for" or "of": a comma, a stop or a second verb joined on.
_EARLY_DATE_PHRASE_CLOSES = compile_pattern(
    r"\s*(?:[.;]|,(?!\s*\d))|\s+and\s+(?:was|were|had|then|[a-z]+ed)\b"
)
#: "the consuls of [218]": a year names what "the" and a noun before "of" are ("a force of 300" counts).
THE_NOUN_OF = compile_pattern(r"\bthe [a-z]{3,12} of $")
# A year written with the era before Christ (in lower-cased text), which lets a bare three-digit year
# that follows be a year of the same story
_ERA_BC_BEFORE = compile_pattern(r"\d bce?\b|\d b\.c\.")
#: "[between 228] and 234" closing as years, not "[between 200] and 300 men".
_BETWEEN_YEARS_AFTER = compile_pattern(r"\s+and\s+[1-9]\d\d(?![0-9])(?!\s+[a-z]+s\b|\s*(?:%|percent|per\b))")
#: How far back (characters) a year before 1000 named plainly lets bare ones follow: a few paragraphs.
_EARLY_YEAR_REACH = 1000
#: A year of the first century written with its era in capitals, on the original text: "AD 43", "44 BC"
#: ("ran the ad 20 times" is an advertisement).
_FIRST_CENTURY_ERA_YEAR_BEFORE = compile_pattern(
    r"\b(?:AD|A\.D\.) [1-9]\d?(?![0-9])|(?<![0-9])[1-9]\d? (?:BCE|BC|B\.C\.)(?![A-Za-z])"
)
#: A year before 1000 already named as one: after "AD" (in capitals, on the original text: "ran the ad 300
#: times" is an advertisement), or closing a phrase after "in", "until", "since" (on the lowered text).
_EARLY_YEAR_ERA_BEFORE = compile_pattern(r"\bA\.?D\.? [1-9]\d{1,2}(?![0-9])")
_EARLY_YEAR_BEFORE = compile_pattern(r"\b(?:in|until|since) [1-9]\d{2}(?:[.;)]|,(?!\s*\d))")


def _past_first_millennium(ctx: Context, position: int) -> bool:
    """The story has reached a year of four digits and names no year before 1000 a few paragraphs before
    `position`."""
    return ctx.last_year is not None and ctx.last_year > 1000 and not _early_year_named_before(ctx, position)


def _in_first_millennium(ctx: Context, position: int) -> bool:
    """The story has reached a year of the first millennium (the latest year named, or one named plainly
    a few paragraphs before `position`)."""
    return (ctx.last_year is not None and 0 < ctx.last_year <= 1000) or _early_year_named_before(
        ctx, position
    )


#: "the fall of Constantinople", "The fall of the Republic": a named place's or state's collapse, which a
#: later bare "the fall" repeats (within a few thousand characters: an article's span).
_FALL_OF_A_NAME = compile_pattern(r"\b[Tt]he\s+fall\s+of\s+(?:the\s+)?[A-Z]")
_FALL_OF_A_NAME_REACH = 8000
#: A length of a year or more right before a word ordering events: "[half a century] before the fall", "[in
#: the years] after the fall", "[two decades] until".
_YEARS_LENGTH_BEFORE = compile_pattern(r"(?<![a-z])(?:years?|decades?|century|centuries|generations?)\s+$")
#: A century named in the singular and a conjunction, up to an ordinal whose noun is left out: "the 19th
#: century and ", "the late 11th century to ".
_CENTURY_BEFORE_CONJUNCT = compile_pattern(
    r"\b(?P<pnum>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)[\s-]+century\s+(?:and|or|to|into|until)\s+(?:[a-z]+\s+)?$"
)
#: A noun after such an ordinal, which is then its own ("the 6th legion"); a clause's verb or pronoun or a
#: stop may follow the century ("the early 20th he was claimed", "the end of the 14th on privileges").
#: Words that only end like a noun ("the 15th was", "the early 15th under the Medici", "the 15th, as"), no
#: noun of the ordinal's own.
_ELIDED_CENTURY_NOUN_AFTER = compile_pattern(
    r"\s+(?![a-z]+ly\b)(?!(?:was|has|is|as|its|his|this|thus|does|whereas|across|towards|afterwards|besides"
    r"|under|after|over|for|ever|never|however|whether|rather|together|neither|either)\b)"
    r"(?:[a-z]+(?:s|ion|er|or|ment)\b)"
)
#: A name before the bracket of a life or reign: "al-Tabari (d. ", "Marwan II (r. " ("section (d. 923)" is none).
#: A single capital is a label ("Appendix B (d. 120)"), no name.
_NAME_BEFORE_BRACKET = compile_pattern(r"[A-Z][\w'-]+\s+\([^()]{0,12}$")
#: Where a clause opens: the text's start, a stop, comma, colon or semicolon, or "and", "but", "then".
_CLAUSE_OPENS_BEFORE = compile_pattern(r"(?:^|[\n.,;:!?(]|(?<![a-z])(?:and|but|then))\s*$")
#: A name's life in brackets opened by a year before 1000: "Basil II (958 – ", "Boniface (c. 675-".
_EARLY_LIFE_BRACKET_BEFORE = compile_pattern(r"[A-Z][\w'-]+\s+\((?:c\.\s*)?[1-9]\d{2}\s*[-\u2013]")
#: "from 976 until his death": the end of a reign or office held from a bare year.
_UNTIL_A_DEATH_AFTER = compile_pattern(r"\s+(?:until|till|to)\s+(?:his|her|their)\s+death\b")
#: After "from" and a bare early year: a comma, "to" and a word, or a clause's article ("from 945 the").
_FROM_EARLY_YEAR_CLOSES = compile_pattern(r"\s*,(?!\s*\d)|\s+to\s+(?![0-9])[a-z]|\s+the\s")
#: After "in June 747" (besides `_EARLY_DATE_CLOSES`): the next clause's subject or determiner, or a name
#: ("in June 747 the caliph", "in June 747 Abu Muslim"); any other word is what "June 300" counts ("In May
#: 250 staff walked out", "In June 300 more arrived").
_EARLY_MONTH_YEAR_CLAUSE = compile_pattern(
    r"[ \t]+(?:[A-Z]|(?:the|his|her|its|their|he|she|it|they|we|i|this|that|these|those)(?![A-Za-z]))"
)
#: The most years a bracketed life or reign spans ("Sales (300 - 15 March 2021)" is no life).
_LONGEST_LIFE_YEARS = 110
#: What closes the first year of a bracketed life given with a dash: "(958 – 1025)", "(958 – 15 December
#: 1025)", "(958 – c. 1025)" (on the lowered text; the month is a word before the year).
_LIFE_SPAN_TO_DATE_CLOSES = compile_pattern(
    r"\s*[-\u2013]\s*(?:c\.\s*)?(?P<lday>[0-3]?\d\s+[a-z]{3,9}\.?\s+|[a-z]{3,9}\.?\s+[0-3]?\d,\s+)?"
    r"(?P<lend>[1-9]\d{2,3})\s*\)"
)
#: What closes a year in a bracketed life or reign: "(d. 873)", "(r. 786-809)".
_LIFE_SPAN_CLOSES = compile_pattern(r"\s*(?:[-\u2013]\s*[1-9]\d{2,3}\s*)?\)")
#: "in 750 (132 AH)": a year restated in the Hijri calendar in brackets.
_HIJRI_YEAR_IN_BRACKETS = compile_pattern(r"\s*\((?:a\.?h\.?\s+[1-9]\d{0,3}|[1-9]\d{0,3}\s+a\.?h\.?)\)")
#: The Byzantine era's years read as years "of the world" (AD 592 to 1799: after 1700 only Russian use
#: had kept it), and the difference to the Christian year holding their January to August.
_FIRST_BYZANTINE_WORLD_YEAR = 6100
_LAST_BYZANTINE_WORLD_YEAR = 7307
_BYZANTINE_ERA_OFFSET = 5508
#: The latest Hijri year read as one (1500 AH is 2077): "2019 AH" is a Western year and an initialism.
_LATEST_HIJRI_YEAR = 1500
#: Before "100 AH": volts or a word of a battery's rating ("12V 100 AH", "rated 100 AH", "Capacity: 280 AH").
_AMPERE_HOURS_BEFORE = compile_pattern(
    r"(?:\d\s*v|(?<![a-z])(?:battery|batteries|capacity|rated|rating|cell|cells|lithium))[\s:]+$"
)
#: Words of time after which "AH 316" is a year ("in AH 316", "until AH 422").
_HIJRI_YEAR_PREPOSITIONS = frozenset(
    {"in", "of", "by", "until", "since", "from", "to", "before", "after", "dated"}
)
#: The Julian day of 1 Muharram of the first Hijri year (16 July 622) and the mean length of its years
#: (30 years of 10,631 days in the arithmetical calendar).
_HIJRI_EPOCH_JD = 1948439.5
_HIJRI_YEAR_DAYS = 10631 / 30


def _hijri_year_mostly_in(hijri_year: int) -> int:
    """The Western year (Julian before 15 October 1582, Gregorian after) holding the middle of a Hijri
    year, and so the greater part of it: 132 AH (August 749 - August 750) is 750."""
    day = int(_HIJRI_EPOCH_JD + (hijri_year - 1) * _HIJRI_YEAR_DAYS + _HIJRI_YEAR_DAYS / 2 + 0.5)
    if day >= 2299161:  # the Gregorian calendar
        a = day + 32044
        b = (4 * a + 3) // 146097
        c = a - 146097 * b // 4
    else:
        b = 0
        c = day + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    month_index = (5 * e + 2) // 153
    return 100 * b + d - 4800 + month_index // 10


def _early_year_named_before(ctx: Context, position: int) -> bool:
    """A year before 1000 named plainly within `_EARLY_YEAR_REACH` characters before `position`."""
    start = max(0, position - _EARLY_YEAR_REACH)
    return (
        _EARLY_YEAR_BEFORE.search(ctx.low, start, position) is not None
        or _EARLY_YEAR_ERA_BEFORE.search(ctx.text, start, position) is not None
    )


def _ends_a_heading(low: str, end: int) -> bool:
    """Whether the expression ending at `end` is a short heading line of its own ("Monday 3 June", "TUES
    4:"), which dates the paragraphs under it; a sentence closing on it ("It turned at 4pm.") is none."""
    line_start = low.rfind("\n", 0, end) + 1
    line_end = low.find("\n", end)
    rest = low[end : line_end if line_end >= 0 else len(low)]
    return end - line_start <= _HEADING_LINE_REACH and not rest.strip(" \t:-")


def _colon_clock_in_range(m: re.Match[str], ctx: Context) -> bool:
    """ "between 07:00 and 19:00", "from 18:00 to 23:00", "at 11:30 and 14:30", "18:30-20:00": a colon
    clock time opening or closing a range or pair of clock times is a time, as one after "at" is."""
    if _previous_word(ctx.low, m.start()) == "between":
        return True
    gap_start = ctx.prev_end
    if ctx.low[gap_start : gap_start + 2].lstrip(" ")[:1] == "(":
        # "High water 05:12 (5.3m) and 17:34": a bracketed reading beside the first time of the pair
        aside = _BRACKETED_ASIDE.match(ctx.low, gap_start)
        gap_start = aside.end() if aside is not None else gap_start
    if (
        ctx.prev_spec is not None
        and ctx.prev_spec.type == "TIME"
        and 0 <= m.start() - gap_start <= 8
        and (
            _CLOCK_PAIR_GAP.fullmatch(ctx.low, gap_start, m.start()) is not None
            # "read at 06:00, 14:00 and 22:00": a list of colon clock times goes on after a comma
            or _CLOCK_LIST_GAP.fullmatch(ctx.low, gap_start, m.start()) is not None
        )
    ):
        return True
    return _COLON_CLOCK_CLOSING.match(ctx.low, m.end()) is not None


def _opens_sentence(low: str, start: int) -> bool:
    """Whether `start` opens a sentence, a line or a speaker's turn ("ANCHOR: Now, ..."), not what follows
    a colon inside a sentence ("still wait: now, ...")."""
    before = low[max(0, start - 8) : start].rstrip(" \t\"'\u201c")
    if before.endswith(":"):
        label = low[low.rfind("\n", 0, start) + 1 : start].rstrip(" \t:")
        return 0 < len(label.split()) <= 3
    return not before or before[-1] in ".?!\n"


def _article_before_modifier(low: str, start: int) -> bool:
    """Whether an article stands before the modifier at `start`, maybe across an adverb ("a lightly
    revised", "the restyled")."""
    if start <= 0:
        return False
    word = _previous_word(low, start)
    if word.endswith("ly"):
        word = _previous_word(low, start - len(word) - 1)
    return word in ("a", "an", "the")


def _keeping_verb_before(low: str, end: int, lex: ModuleType) -> bool:
    """Whether a verb of keeping a day ("celebrates", "marks") stands in the few words before `end`
    (the end of a date), in its clause."""
    words = re.split(r"[^a-z']+", low[max(0, end - 45) : end])
    return any(word in lex.FEAST_KEEPING_VERBS for word in words[-5:])


def _capitalised_name_modifier_before(text: str, low: str, start: int, lex: ModuleType) -> bool:
    """Whether a capitalised word that makes a day part of a name ("Bloody", "Black") stands right
    before `start` inside a sentence, not opening it ("Bloody Christmas", not "Black Christmas trees
    ... . Good Christmas sales")."""
    word = _previous_word(low, start)
    if word not in lex.WEEKDAY_NAME_MODIFIERS:
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    head = i - len(word) + 1
    if head < 0 or not text[head].isupper():
        return False
    j = head - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] not in ".!?\n\"'“‘("


#: What may close a clause right after "one day": punctuation, a closing quote or the text's end (not
#: `_CLAUSE_CLOSE_AFTER`, which the year rules read and which takes a clause joined by "and" or "but").
_ONE_DAY_CLAUSE_CLOSE = compile_pattern(r"[ \t]*(?:[.,;:!?\"')\u201d\u2019]|$)")


def _modal_earlier_in_clause(low: str, start: int, modals: frozenset[str]) -> bool:
    """Whether a modal ("would", "will", "might", or a contracted "'ll") stands earlier in the clause
    that runs up to `start`, back to the last punctuation mark within 80 characters."""
    window = low[max(0, start - 80) : start]
    cut = max(window.rfind(mark) for mark in '.;:!?,"\u201c\u201d\n')
    words = re.findall(r"[a-z']+", window[cut + 1 :])
    return any(word in modals or word.endswith("'ll") for word in words)


def _line_start(text: str, at: int) -> int:
    """Where the line holding `at` begins."""
    return text.rfind("\n", 0, at) + 1


# a word or a number, as `Grammar._matched_count` reads them ("third", "3rd", "four", "12")
_MATCHED_COUNT_WORD = compile_pattern(r"[a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th|(?<=[23])d)?")


#: " of food", " without cases", " of notice": what makes "relied on 3 days of food" a length, as against a
#: count of days in a period ("on 41 days of the year", "on 12 days of that summer").
_DAYS_OF_A_THING_AFTER = compile_pattern(
    r"\s+(?:(?:without|with)(?![a-z])|of\s+(?!(?:the|this|that|each|every|last|its)\s))"
)
#: " of her pregnancy", " of the trial" after "week 30": the week counted in a thing, not in a year.
_WEEK_OF_A_THING_AFTER = compile_pattern(r"\s+of\s+(?!(?:the|this|that|last|next)\s+year(?![a-z]))")
#: "18 to ", "3-": the first count of a range before its last.
_RANGE_OPENING_BEFORE = compile_pattern(r"(?<![\d.,])\d{1,3}\s*(?:to|-|\u2013)\s*$")
# "6, 12 and": the counts of a list before one of its members
_COUNTS_LISTED_BEFORE = compile_pattern(r"(?<![\d.,])(?:\d{1,3}\s*,\s*)+$")


def _rising_counts(listed: str) -> bool:
    """Whether the figures of a list of counts ("2, 4 or 8 hours") rise, as a list of choices does ("mile 20,
    2 or 3 hours" lists none)."""
    counts = [int(figure) for figure in re.findall(r"\d+", listed)]
    return all(low < high for low, high in pairwise(counts))


#: "in the morning before recovering", "the evening after signing": before/after and a participle (no noun
#: in "-ing" that names an occasion: "the morning after the wedding" has its article).
_PARTICIPLE_AFTER_BEFORE = re.compile(
    r"\s+(?:before|after)\s+[a-z]{2,}ing(?=\s*(?:[.,;:!?)]|$)|\s+(?:the|a|an|his|her|their|its|it|them|him"
    r"|our|up|out|to|in|on|at|for|with|from|back|home)\b)"
)


def _republican_day(year_start: date, month: int, day: int) -> date:
    """The Western day a day of the French Republican calendar names: twelve months of thirty days counted
    from the first day of its year."""
    return year_start + timedelta(days=30 * (month - 1) + day - 1)


def _ratio_part_before(low: str, start: int, whole: int | None) -> bool:
    """ "one part in 500": the number after "in" is the whole a share is taken of ("took part in 1999", "a
    part in 2004's film" and "published in three parts in 1939" keep their years). A whole of four digits
    is a round one ("one part in 1500", "in 2000"): "played one part in 1996 and another in 1998" is a
    role in each year."""
    return (
        low.endswith("part in ", 0, start)
        and (whole is None or whole < 1000 or whole % 100 == 0)
        and _PARTS_IN_BEFORE.search(low, max(0, start - 24), start) is not None
    )


#: how far back a run of days an occasion's "last night" may be the end of is looked for
_OCCASION_RUN_REACH = 400


def _after_on_the(low: str, start: int) -> bool:
    """Whether "on the" stands right before `start` ("on the last night")."""
    the = low.rfind("the", max(0, start - 5), start)
    return the != -1 and not low[the + 3 : start].strip() and _previous_word(low, the) == "on"


def _previous_word(low: str, start: int) -> str:
    """The word just before `start` (no punctuation between), or ''."""
    i = start - 1
    while i >= 0 and low[i] in " \t":
        i -= 1
    if i >= 0 and low[i] == "-":
        return "-"
    end = i + 1
    while i >= 0 and (low[i].isalnum() or low[i] in ".'"):
        i -= 1
    return low[i + 1 : end].rstrip(".") if end > i + 1 else ""


_SENTENCE_WORD = compile_pattern(r"[a-z]+(?:-[a-z]+)*")
#: A day counted from now right after the noun a part of the day qualifies: "the evening tide [last night]",
#: "the morning session [yesterday]".
_DAY_AFTER_QUALIFIED_NOUN = compile_pattern(
    r"[ \t]+[a-z-]+[ \t]+(?P<day>yesterday|today|tomorrow|last night)(?![a-z])"
)
#: ", at 59," or ", aged 81,": an age set off by commas (the word before the number is checked against
#: the lexicon's AGE_APPOSITION_WORDS).
_AGE_APPOSITION = compile_pattern(r",[ \t]*(?P<ageword>[a-z]+)[ \t]+\d{1,3}[ \t]*,")
#: ", as <words>," after "Now", its last word kept: ", as a century ago,", ", as in 1925,".
_AS_ASIDE = compile_pattern(r",[ \t]*as[ \t]+(?:[a-z0-9'-]+[ \t]+){0,4}(?P<last>[a-z0-9'-]+)[ \t]*,")
#: A year or a decade as one word: "1925", "1920s".
_YEAR_OR_DECADE_WORD = compile_pattern(r"[12]\d{3}s?|[12]\d{2}0s")
#: "it's ", "it is now ", "it's just gone ", "it's coming up to ": a speaker about to tell the time now.
_IT_IS_TIME_OPENER = (
    r"(?<![a-z])it(?:'s|\u2019s|\s+is)(?:\s+(?:just|now|almost|nearly|gone|after|past|coming\s+up\s+to))*\s+"
)
#: Those words where a clock time follows ("It's six o'clock", "it is just gone 10.30"), searched forward.
TELLING_THE_TIME_NOW = compile_pattern(_IT_IS_TIME_OPENER + r"(?=\d|[a-z]+\s+o'clock|[a-z]+\s+(?:past|to)\s)")
#: How far back the time told as now counts for "an hour ago" (a broadcast's opening and its first turn).
_TOLD_NOW_AGO_REACH = 800
#: Those words ending right before a clock time just found.
_TELLING_THE_TIME = compile_pattern(_IT_IS_TIME_OPENER + "$")
#: ("That evening, at eight,", "that night by eleven": the part of a day the story has told; "the evening
#: train at six", "the morning session at ten": a thing of that part of the day, at its hour)
_DAY_PART_AT = compile_pattern(
    r"(?:(?P<daypart>tonight|this\s+(?:morning|afternoon|evening)|(?P<told>that)\s+(?:morning|afternoon|evening|night))"
    r"|(?<![a-z])the\s+(?P<ofpart>morning|afternoon|evening)\s+(?!of\s|and\s|or\s)[a-z]+)"
    r",?\s+(?:at|by)\s+$"
)
#: How far back from a spelled hour `_DAY_PART_AT` may open ("the afternoon session at ").
_DAY_PART_AT_REACH = 32
#: What may stand between a clock time and the day it was told before: " on 27 July 1953", " that day".
_CLOCK_DAY_AFTER = compile_pattern(r"\s+(?:on\s+[^.;!?]{3,30}|that\s+(?:same\s+)?day)")
#: "that day" ending an expression: the day of a clock time told just before it ("at 5am that day").
_THAT_DAY_BEFORE = compile_pattern(r"(?<![a-z])that\s+(?:same\s+)?day$")
#: "after take-off", "before landing": what a length just read is counted from, an event of the story.
_LENGTH_FROM_EVENT_AFTER = compile_pattern(r"\s+(?:after|before)\s+(?!\d)")
#: What stands between "At 14:32 UTC" and the length after it ("At 14:32 UTC, 22 minutes after take-off"):
#: the clock's zone, a comma and the length alone.
_CLOCK_THEN_LENGTH = compile_pattern(r"(?:\s+[a-z]{2,5})?\s*,\s+[^.;!?:,()]{1,30}")
#: What stands between "At 2.20 a.m." and a length a state had lasted up to it: words without a figure, a
#: past perfect "had been", then "for" and the length ("a dog found her. She had been buried for almost
#: thirteen hours").
_CLOCK_THEN_STATE_LENGTH = compile_pattern(
    r"[^;!?:()0-9]{1,120}?\bhad\s+been\s+[^;!?:()0-9.]{0,40}?\bfor\s+[^.;!?:,()]{1,30}"
)
#: "that had praised the trial " right before "the day before": a relative clause in the past perfect.
_PLUPERFECT_RELATIVE_BEFORE = compile_pattern(r"\b(?:that|which|who)\s+had\s+[a-z]+(?:\s+[a-z'-]+){0,6}\s+$")
#: What stands between "at 10:35 a.m." and a length of seconds the event then lasted: no clause mark or
#: line break, and at most the one full stop that ends the clock time's sentence ("the glider rose. It flew
#: for 12 seconds", "at about noon, lasted 41 seconds"; "At 9 a.m. the shop opened. Crowds came. A boy ran
#: past in 11 seconds" tells seconds of something else).
_CLOCK_THEN_SECONDS = compile_pattern(r"(?:[^;!?:()\n.]|\.(?!\s))+(?:\.\s(?:[^;!?:()\n.]|\.(?!\s))+)?")
#: "for" and the words of the length that ends just before a state's close ("buried for almost thirteen hours").
#: "back for ", "asked for " right before "seconds": a second helping of food, no length.
_SECOND_HELPING_BEFORE = compile_pattern(r"(?<![a-z])(?:back|ask|asks|asked|asking)\s+for\s+$")
#: Tenths or hundredths after a reading ("1:52.4"): a timed length, not a clock time.
_DECIMAL_FRACTION_AFTER = compile_pattern(r"\.\d")
_STATE_LENGTH_BEFORE = compile_pattern(r"\bfor\s+(?:[^.;!?:,()]|(?<=\d)\.(?=\d)){0,20}[a-z0-9-]+$")
#: "the three-day " or "a 4-day " right before "weekend": a length of the weekend named after it.
_LENGTH_OF_THE_WEEKEND = compile_pattern(r"\b(?:the|a)\s+(?:[a-z]+|\d+)-day\s$")
#: "had a hard " right before a season: the word before the article, and the one word that describes it.
_A_WORD_BEFORE = compile_pattern(r"\b(?P<lead>[a-z]+)[ \t]+a[ \t]+(?P<word>[a-z]+)[ \t]+$")
#: "had a hot and dry " right before a season: the word before the article, then up to four describing words.
#: The describing words are no function words: "had a plan for the summer", "after a meeting about the
#: winter" name a thing done about a season, not one lived through.
_LIVED_THROUGH_A_BEFORE = compile_pattern(
    r"\b(?P<lead>[a-z]+)[ \t]+a[ \t]+(?:(?!(?:the|of|for|about|on|in|at|to|with|from|into|over|during|before"
    r"|after|by|this|that|next|last|his|her|their|our|my|your|its)[ \t])[a-z-]+,?[ \t]+){1,4}$"
)
#: The describing words after the last "a" ("after a hot summer and a dry [autumn]").
_WEATHER_WEEKEND_OPENING = compile_pattern(r"\ba\s+(?P<describing>(?:(?!a\s)[a-z-]+,?\s+){1,5})$")
_SENTENCE_BOUNDARY = compile_pattern(r"[.!?]\s|\n")
#: A word joined by a hyphen right after an expression ("second-hand", "second-long").
_HYPHENED_WORD_AFTER = compile_pattern(r"-([a-z]+)")
#: "... and twenty-third centuries", "... or the early 22nd centuries": the rest of a coordination of
#: ordinals closed by the plural noun that names all of them.
_CENTURIES_CONJUNCT_AFTER = compile_pattern(
    r"(?:\s*,\s*|\s+)(?:and|or|to)\s+(?:the\s+)?(?:[a-z]+\s+)?[a-z0-9]+(?:[\s-][a-z]+)?[\s-]+centuries(?![a-z])"
)


def _last_sentence_boundary_end(text: str, begin: int, end: int) -> int:
    """Where the last match of `_SENTENCE_BOUNDARY` in text[begin:end] ends, as its last `finditer` match
    does (-1: none), read back from `end`: a match a scan skips lies inside one it finds and ends with it."""
    newline = text.rfind("\n", begin, end)
    last = newline + 1 if newline >= 0 else -1
    for mark in ".!?" if end - begin >= 2 else "":
        at = text.rfind(mark, begin, end - 1)  # with the blank after it before `end`
        while at >= 0 and at + 2 > last:
            if text[at + 1].isspace():  # what "\s" matches
                last = at + 2
                break
            at = text.rfind(mark, begin, at)
    return last


def _sentence_around(low: str, start: int, end: int, before: int = 300, after: int = 300) -> str:
    """The sentence holding low[start:end], read at most `before` characters before it and `after`
    characters after it."""
    begin = max(0, start - before)
    begin = max(begin, _last_sentence_boundary_end(low, begin, start))
    return low[begin : _sentence_end(low, end, after)]


def _sentence_end(low: str, end: int, after: int) -> int:
    """Where the sentence holding low[..end] ends: its stop or line break, at most `after` characters on."""
    reach = min(len(low), end + after)
    closing = _SENTENCE_BOUNDARY.search(low, end, reach)
    return closing.start() if closing else reach


def _names_a_day(spec: Spec) -> bool:
    """Whether an expression names a day or a time of one ("Fri 13 Dec", "2nite", "every Tuesday")."""
    return (
        spec.day is not None
        or spec.weekday is not None
        or spec.pod is not None
        or (spec.kind == "shift" and spec.unit == "day")
        or (spec.type == "SET" and (spec.value or "").startswith("XXXX-WXX-"))
    )


#: Words before a clock time that put one to five o'clock in the small hours ("woke at four o'clock"); the
#: resolver reads them too, around a clock face on a story's day.
SMALL_HOURS_CUE = compile_pattern(
    r"\b(?:morning|dawn|daybreak|sunrise|night|midnight|woke|wake|waking|awake|rose)\b"
)
#: The morning of the date told right after a clock time (its openings, `MORNING_OF_A_DATE_OPENINGS`, tested
#: first): "three o'clock on the morning of 11 December",
#: "two o'clock the next morning", "at four o'clock on the following morning".
_MORNING_OF_A_DATE_AFTER = compile_pattern(
    r",?\s+(?:(?:on|in)\s+the\s+(?:morning|early\s+morning|early\s+hours|small\s+hours)\s+of\s"
    r"|(?:on\s+)?(?:the\s+)?(?:next|following)\s+morning(?![a-z]))"
)
#: A determiner opening the noun phrase a year is said to be ("was the worst year", "remained a byword").
_YEAR_PREDICATE_DETERMINER = r"(?:the|a|an|its|their|his|her|our)"
#: A sentence's opening phrase of a preposition and up to three lower-case words before its subject: "In
#: those years", "By then".
_OPENING_PHRASE_BEFORE = compile_pattern(
    r"(?:^|[.:;!?\n][ \t]*)(?P<prep>[A-Z][a-z]+)(?:[ \t]+[a-z]+){1,3},?[ \t]+$"
)
#: The verb after a year that is its clause's subject ("1995 was a record", "1816 became known as").
_YEAR_SUBJECT_VERB = compile_pattern(
    r"\s+(?:was|is|will|had|has|saw|marked|brought|began|ended|happened|came|beats|could|would|might"
    r"|proves|proved|turns"
    # "2024 should be better", "2028 may mark the end", "2026 must be the year": the modals of what ought to
    # or may be, before a verb of being or of what a time brings; a count does ("1500 should attend", "3000
    # may join the march")
    r"|(?:may|should|must|shall)(?=(?:\s+(?:not|also|surely|well|still|likely))?"
    r"\s+(?:be|see|bring|mark|prove|become)(?![a-z]))"
    # "1968 changed everything", "1989 changed the map of Europe": a time changes the world, where a count
    # changes its own ("1500 changed their votes", "200 changed sides")
    r"|(?:changed|changes)(?=\s+(?:(?:everything|history)(?![a-z])|(?!their\s)"
    + _YEAR_PREDICATE_DETERMINER
    + r"\s))"
    # "1816 became known as", "1932 remained the hardest year": a count becomes or remains a state or a place
    # ("1500 became ill", "2000 remained in the camp"), or stays for a time ("1200 remained the following
    # spring"), a year what a name or a noun phrase says it is
    r"|(?:became|remained)(?=\s+(?:known|one|" + _YEAR_PREDICATE_DETERMINER + r")\s)"
    r"(?!\s+the\s+(?:following|next|whole|entire)\s))\b"
)

#: After a reporting verb, a year's copula and a determiner: the year is what the reported clause is about.
_YEAR_SUBJECT_AFTER_REPORT = compile_pattern(
    r"\s+(?:was|is|has been|had been|will be|would be)\s+" + _YEAR_PREDICATE_DETERMINER + r"\s"
)
#: A connective that opens a sentence, right before a word: "Then ", "And then ", "But ".
_CONNECTIVE_OPENING_BEFORE = compile_pattern(r"(?:^|[.!?\n:;][\s\"'(]*)(?:and then|but then|then|and|but) $")


_PLACE_OPENING_BEFORE = compile_pattern(
    r"(?:^|[.!?\n:;][\s\"'(]*)(?:in|for|across|throughout)\s+(?P<place>[a-z][a-z'-]+),?\s+$"
)


def _place_opening_before(text: str, low: str, start: int) -> bool:
    found = _PLACE_OPENING_BEFORE.search(low, max(0, start - 32), start)
    return found is not None and text[found.start("place")].isupper()


def _sentence_start(low: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and low[i] in " \t\"'(":
        i -= 1
    return i < 0 or low[i] in ".!?\n:;"


def parse_number(raw: str, number_words: dict[str, int], vague: frozenset[str]) -> float | None:
    """'12' -> 12, 'twenty-five' -> 25, 'two hundred' -> 200, '5 1/2' -> 5.5; vague words -> None."""
    raw = _BLANKS.sub(" ", raw.strip())
    if raw in ("a couple of", "couple of", "a couple"):
        return 2.0
    if raw in vague:
        return None
    half = 0.0
    if "," in raw and _GROUPED_THOUSANDS.fullmatch(raw):
        raw = raw.replace(",", "")
    if raw.endswith((" 1/2", "½")):
        half = 0.5
        raw = raw.replace(" 1/2", "").replace("½", "").strip()
    try:
        return float(raw) + half
    except ValueError:
        pass
    if raw in number_words:
        return float(number_words[raw]) + half
    scale, joined, rest = raw.partition(" and ")
    if joined and scale.endswith(("hundred", "thousand")):
        # "a hundred and forty": the scale's number plus the one after "and"
        head = parse_number(scale, number_words, vague)
        tail = parse_number(rest, number_words, vague)
        return head + tail if head is not None and tail is not None else None
    parts = _NUMBER_PARTS.split(raw)
    if len(parts) == 2 and parts[1] in ("hundred", "thousand") and parts[0] in number_words:
        return float(number_words[parts[0]] * (100 if parts[1] == "hundred" else 1000))
    if len(parts) == 2 and parts[0] in number_words and parts[1] in number_words:
        return float(number_words[parts[0]] + number_words[parts[1]]) + half
    return None


def duration_code(unit: str, count: float | None, units: dict[str, tuple[str, bool]]) -> str | None:
    """The TIMEX3 duration for `count` units (None: unknown count, 'X')."""
    if unit not in units:
        return None
    letter, is_time = units[unit]
    multiplier = 1
    digits = "".join(ch for ch in letter if ch.isdigit())
    if digits:
        multiplier = int(digits)
        letter = letter[len(digits) :]
    if letter == "WE":
        # "over seven weekends", "closed for three weekends": a count of weekends is a length of them; one
        # weekend or some weekends are left to the rules that read them as a date or a set
        return f"P{int(count)}WE" if count is not None and count >= 2 and count == int(count) else None
    prefix = "PT" if is_time else "P"
    if count is None:
        if multiplier == 10:
            return "PXDE"
        if multiplier == 100:
            return "PXCE"
        if multiplier == 1000:
            return "PXL"
        return f"{prefix}X{letter}"
    total = count * multiplier
    if multiplier == 100 and letter == "Y" and count >= 2 and count == int(count):
        return f"P{int(count)}CE"  # "three centuries": counted centuries, while "a century" is P100Y
    if letter == "Y" and total >= 1000 and total % 1000 == 0:
        return f"P{int(total) // 1000}L"  # "two thousand years": millennia, as TimeML writes them
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    whole = int(total)
    smaller = {
        ("Y", False): (12, "M", False),
        ("D", False): (24, "H", True),
        ("W", False): (7, "D", False),
        ("H", True): (60, "M", True),
        ("M", True): (60, "S", True),
    }.get((letter, is_time))
    if smaller is None:
        return f"{prefix}{total:g}{letter}"
    factor, small_letter, small_is_time = smaller
    exact_rest = (total - whole) * factor
    if abs(exact_rest - round(exact_rest)) > 1e-6:
        # "a median of 4.2 years": a fraction that is no whole number of the next unit keeps its decimal
        return f"{prefix}{total:g}{letter}"
    rest = round(exact_rest)
    if whole == 0:
        return f"{'PT' if small_is_time else 'P'}{rest}{small_letter}"
    if small_is_time and not is_time:
        return f"P{whole}{letter}T{rest}{small_letter}"
    return f"{prefix}{whole}{letter}{rest}{small_letter}"


def _clock_before_restatement(low: str, end: int) -> str | None:
    """ "struck at 14:32 local time (05:32 UTC) ... withdrew it an hour later": a clock time in
    parentheses, ending at `end`, restates the one before it in another zone; the story goes on counting
    on its own clock, the first one (HH:MM), or None when `end` closes no such restatement."""
    if not low.startswith(")", end):
        return None
    opening = low.rfind("(", max(0, end - 24), end)
    if opening < 0:
        return None
    clock = _CLOCK_BEFORE_PARENTHESIS.search(low, max(0, opening - 40), opening + 1)
    if clock is None:
        return None
    hour, minute = int(clock["h"]), int(clock["m"])
    if clock["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if clock["ampm"].startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
