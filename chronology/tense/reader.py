"""Read the tense of a clause from the words around a span, without tagging the whole text.

The method follows HeidelTime's: in the sentence of a time expression, the nearest tense-bearing verb
group before it decides, else the nearest one after it. A verb group is auxiliaries plus a main verb
("will have been killed", "has announced", "said"); its tense comes from its first finite word.
Verb forms come from a generated table (`verb_forms`); ambiguous forms ("reports", "attack",
"united") count as verbs only where their neighbours say so.

The two functions answer different questions:
- `governing_tense` gives the direction a date in the clause points from the time of writing, which
  is what anchoring needs: the present perfect ("has announced Thursday") reads PAST (with
  `perfect=True`); "will", "would", "may" + verb read FUTURE; "is expected to", "is scheduled for",
  "is going to", verbs of planning ("planned to leave on Thursday", "agreed to buy it in February")
  and forward markers ("payable Dec. 7", "effective Feb. 1") read FUTURE; "could" gives no direction.
  The present of a verb naming a scheduled event reads FUTURE ("the museum reopens on Monday", "the
  trial starts Friday"), not the present of other verbs (a habit or the historical present: "sales
  rise in December", "troops enter the city Tuesday") nor a generic subject with a month ("schools open
  in September"). A date in the act a past order or agreement asks for ("were ordered to leave on
  Tuesday") reads PAST with `after_past=True`: after a past act, on either side of now. A present
  with an adverb of frequency ("it is open daily from June") is a habit: PRESENT with
  `habitual=True`. A past perfect with a "by" adjunct ("By Sunday evening he had released them")
  dates the deadline it was done by, not an earlier time: `by_deadline=True`.
- A verb agrees with the head of its subject, not with the noun of a phrase after it ("the companies
  in the country own them"), and an ambiguous "-s" form before a bare noun is a verb ("the suspect
  leaves prison").
- `verb_tense` gives an event verb's grammatical tense as TimeML annotates it: "has announced" is
  PRESENT (with `perfect=True`), "would"/"could" + verb PAST, "may"/"should"/"must" + verb PRESENT.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache

from chronology.pattern_cache import compile_pattern, kept_table, longest_first
from chronology.tense import lexicon, verb_forms
from chronology.tense.sentences import SENTENCE_BREAK, SENTENCE_END, is_break


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TenseReading:
    """A tense and the words that decided it."""

    tense: Tense
    cue: str | None  # the word(s) that decided, e.g. "announced", "will meet"
    cue_start: int | None  # offset of the cue in the text
    perfect: bool = False  # "has announced", "had left"
    # The date belongs to an act that follows a past one ("were ordered to leave on Tuesday"): it lies
    # after that past act, on either side of the time of writing, so it takes no direction from the tense.
    after_past: bool = False
    # A past perfect with a "by" adjunct ("By Sunday evening he had released them"): the date is the
    # deadline the act was done by, the story's own time, not a time the story looks back to.
    by_deadline: bool = False
    # A present with an adverb of frequency ("it is open daily from June"): a habit or a repeating
    # timetable, which takes no side of the time of writing.
    habitual: bool = False


UNKNOWN_READING = TenseReading(Tense.UNKNOWN, None, None)

# How far to look around a span; sentences in news rarely run longer, and the nearest verb is what counts.
_LOOK_BEHIND = 300
_LOOK_AHEAD = 250
_REACHES = (40, 120, _LOOK_BEHIND)
#: How many words back a verb of failing to pay may lead a debt's "due" ("missed a ... payment due").
_DEBT_CLAUSE_WORDS = 8
#: How many words a name joined after "and" may hold ("New Year 's Day").
_LONGEST_JOINED_NAME = 5
#: A capitalized word right before a stretch that opens at "and" ("Christmas [and New Year's Day come]").
_NAME_BEFORE = compile_pattern(r"(?<![A-Za-z'])[A-Z][a-z]+[ \t]+$")
#: A capitalized word and "and" right before a stretch that opens on a name ("Christmas and [Easter come]").
_NAME_AND_BEFORE = compile_pattern(r"(?<![A-Za-z'])[A-Z][a-z]+[ \t]+and[ \t]+$")
#: Two capitalized names joined by "and" right before a stretch read ("Christmas and New Year's Day [come]").
_JOINED_NAMES_BEFORE = compile_pattern(
    r"(?<![A-Za-z'])[A-Z][a-z]+[ \t]+and[ \t]+[A-Z][A-Za-z'\u2019]*(?:[ \t]+[A-Z][A-Za-z'\u2019]*){0,3}[ \t]+$"
)
#: At most two words opening a line before the word read: "[Overnight] closures:", "[Road] works:".
_LINE_LABEL_OPENING = compile_pattern(r"(?:^|\n)[ \t]*(?:[A-Za-z]+[ \t]+){0,2}$")
#: A count in figures below a thousand or with its thousands set off ("80", "1,200"), not a year ("2019"),
#: right before a word.
_COUNT_IN_DIGITS_BEFORE = compile_pattern(r"(?<![0-9,.])\d{1,3}(?:,\d{3})*[ \t]+$")
_POSSESSIVE = compile_pattern(r"['’]s?\s+([a-z]+)")
#: A relative clause in the past set off right after a date: ", which was", ", which were", and the word
#: after its verb.
_PAST_RELATIVE_AFTER = compile_pattern(r", which[ \t]+(was|were)(?![A-Za-z])(?:[ \t]+([a-z]+))?")
# A date labelling a notice line, then its status after a colon: "Christmas Day and Boxing Day: closed".
_STATUS_AFTER_LABEL = compile_pattern(
    r"(?:\s*(?:and|&|,)\s*[^:\n]{1,30})?[ \t]*:[ \t]*("
    + "|".join(sorted(lexicon.STATUS_PARTICIPLES))
    + r")(?![a-z])",
    re.IGNORECASE,
)
# Its participles, each written as itself there when all are lower-case ASCII letters ("": any text).
_STATUS_WORDS = tuple(sorted(lexicon.STATUS_PARTICIPLES))
if not all(word.isascii() and word.isalpha() and word.islower() for word in _STATUS_WORDS):
    _STATUS_WORDS = ("",)
_STATUS_WORD_LENGTH = max(map(len, _STATUS_WORDS))


def _status_may_follow(text: str, end: int) -> bool:
    """Whether `_STATUS_AFTER_LABEL` may match at `end`, told without it: nothing before its colon matches a
    colon, so the colon is the first one from `end`, and a participle follows it after blanks. Beyond ASCII
    the case-blind pattern also takes the long s for "s", so such text is left to the pattern."""
    colon = text.find(":", end)
    if colon < 0:
        return False
    at = colon + 1
    while text.startswith((" ", "\t"), at):
        at += 1
    word = text[at : at + _STATUS_WORD_LENGTH]
    return not word.isascii() or word.lower().startswith(_STATUS_WORDS)


_AHEAD_OF = compile_pattern(
    r"\b(ahead\s+of|until|till|til|awaiting|await|an?\s+eye\s+on|(?:in\s+)?preparations?\s+for|preparing\s+for"
    r"|in\s+time\s+for|(?:build|run)-?up\s+to"
    # "a look ahead to Friday's vote", "a quick look ahead: Thursday's figures", "looking forward to
    # Friday's party", "a preview of Saturday's final": a look ahead is forward
    r"|look(?:s|ing)?\s+(?:ahead|forward)(?:\s+to|\s*:)|previews?\s+of|previewing)\s+$",
    re.IGNORECASE,
)
# "took pole for Sunday's Malaysian Grand Prix", "named his side for Saturday's game": an event a day
# names, which the act was done for, is still to come.
# "was due to open on Friday, but the vote was put off": the rest of the sentence tells a plan overtaken
_BUT_AFTER = compile_pattern(r"[^.;!?\n]{0,80}?\bbut\b")
_FOR_EVENT = compile_pattern(r"\b(for)\s+$", re.IGNORECASE)
# "set a deadline of 4 a.m. Thursday": the limit named right before the arranged date; "extended the
# deadline to Friday": a limit moved, with "to" or "until" before its new date
_DEADLINE_BEFORE = compile_pattern(
    r"\b(?:" + "|".join(longest_first(lexicon.DEADLINE_NOUNS)) + r")\s+(?P<link>of|at|to|until)\s+$",
    re.IGNORECASE,
)
# How far back from a date its deadline noun and link may start ("time-limit until ").
_DEADLINE_REACH = 24
# The gap a number leaves between an article and the word after it: " 15 ", " 10% ", " $2.5 "
#: A subject with its determiner, then a participle's phrase set off by commas ("The park, created in
#: 2003, "), ending where the text read up to.
_PARTICIPLE_ASIDE_BEFORE = compile_pattern(
    r"(?<![a-z])(?:the|a|an|its|their|his|her|this|our)\s+[a-z]+(?:\s+[a-z]+)?,\s+[a-z]+(?:ed|en|wn)\s[^,;.!?]{1,50},\s*$",
    re.IGNORECASE,
)
_AMOUNT_GAP = compile_pattern(r"\s+[$€£]?[0-9][0-9.,]*\s*%?\s*")
_WORD_AFTER_DATE = compile_pattern(r"[ \t]+([a-z]+)(?![a-z'-])")
_WORD_BEFORE_DATE = compile_pattern(r"(?<![A-Za-z'-])([A-Za-z]+)[ \t]+$")
# "(the March)-May rains would", "(the June) harvest will": the rest of a date on a noun, the noun, a modal
_DATED_SUBJECT_THEN_MODAL = compile_pattern(
    r"(?:[ \t]*[-\u2013][ \t]*[A-Z][a-z]+)?[ \t]+[a-z]+[ \t]+(?P<modal>[a-z]+)(?![a-z'-])"
)
# "said that the (March)", "warned the (June)": a reported clause's subject opened just before a date
_REPORTED_THE_BEFORE_DATE = compile_pattern(r"(?<![A-Za-z'-])(?P<lead>[a-z]+)[ \t]+the[ \t]+$")
# a date joined to the one before it by "and" or "or": "Saturday [and Sunday] would"
_JOINED_NAME_AFTER = compile_pattern(r"[ \t]+(?:and|or)[ \t]+[A-Z][a-z]+(?:[ \t]+\d{1,2})?(?![A-Za-z0-9'-])")
# a verb of saying, then a reported clause's subject up to the preposition before a date ("said tickets
# for", "said tickets for Saturday and"): `_subject_of_reported_clause`
_REPORTED_SUBJECT_BEFORE_DATE = compile_pattern(
    r"(?<![A-Za-z'-])(?P<verb>[A-Za-z]+)[ \t]+(?:that[ \t]+)?(?P<noun>(?:(?!(?:"
    + "|".join(sorted(lexicon.SAYING_VERBS))
    + r")(?![a-z]))[a-z]+[ \t]+){1,3})(?P<prep>[a-z]+)"
    r"[ \t]+(?:[A-Z][a-z]+(?:[ \t]+\d{1,2})?[ \t]+(?:and|or)[ \t]+)?$"
)
# "(expect Saturday's) crowds to be": the object's noun, at most two more words, then "to" and a verb
_INFINITIVE_AFTER_OBJECT = compile_pattern(r"(?:[ \t]+[a-z-]+){0,2}?[ \t]+to[ \t]+[a-z]+(?![A-Za-z'-])")
# "Historians of the movement today give": the head noun an of-phrase hangs on, before the date
_HEAD_BEFORE_OF_PHRASE = compile_pattern(
    r"(?<![A-Za-z'-])([A-Za-z]+)[ \t]+of[ \t]+(?:(?:the|a|an|this|that|its|their|his|her|our)[ \t]+)?"
    r"(?:[A-Za-z]+[ \t]+)?[A-Za-z]+[ \t]+$"
)
_AMOUNT_BEFORE = compile_pattern(r"(?<![^\s])[0-9][0-9.,]*\s+$")
# "..., and October will be here": a date right before "will" is the subject of the clause it opens
_FUTURE_AUXILIARY_NEXT = compile_pattern(r"[ \t]+(?:will|shall)[ \t]", re.IGNORECASE)
# ", and the company said": a comma, a coordinator and the next word (a subject opening another clause)
_COMMA_COORDINATOR_SUBJECT = compile_pattern(
    r"[ \t]*,[ \t]+(?P<coordinator>[a-z]+)[ \t]+(?P<subject>[a-z]+)(?![a-z])", re.IGNORECASE
)
# Words before a date, from its sentence's start, that make a subject and more: "Its game remains on track
# for" is a clause of its own; "In" or "On Monday" alone opens the sentence the later verb governs.
_WORDS_BEFORE_AN_OWN_CLAUSE = 3
_JUDGED_BEFORE = compile_pattern(
    r"\b(?:" + "|".join(longest_first(lexicon.JUDGING_VERBS)) + r")\b(?:\s+\w+){0,3}\s+$",
    re.IGNORECASE,
)
_POSSESSIVE_NAME = compile_pattern(r"['’]s\s+([A-Z][a-z]+)")
# "will take her seat at Wednesday's meeting": a preposition setting an act at the day's occasion
_AT_OCCASION_BEFORE = compile_pattern(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(lexicon.OCCASION_PREPOSITIONS)) + r")\s+$", re.IGNORECASE
)
_LIST_GOES_ON = compile_pattern(r"\b(?:and|or)\b")
# The noun a possessive day qualifies, after up to two modifiers ("Sunday's divisional playoff game").
_SCHEDULED_EVENT_AFTER = compile_pattern(
    r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(longest_first(lexicon.SCHEDULED_EVENT_NOUNS)) + r")\b",
    re.IGNORECASE,
)
# A possessive day's noun naming figures released on a set day ("Friday's report on producer prices").
_SCHEDULED_RELEASE_AFTER = compile_pattern(
    r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(longest_first(lexicon.SCHEDULED_RELEASE_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_UNTIL = compile_pattern(r"\b(?:until|till|til)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_OR_AFTER = compile_pattern(r"\b(?:after|since|following)\s+(?:the\s+)?$", re.IGNORECASE)
_PARTICULAR_DAY = compile_pattern(
    r"\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:tomorrow|tonight)\b",
    re.IGNORECASE,
)
_WEEKDAY_NAME = compile_pattern(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.IGNORECASE
)
#: A month named alone, with no day before or after it ("called an election for November"; "for 8 June" and
#: "for Nov. 8" are days).
_MONTH_NAME = compile_pattern(
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b(?!\.?[ \t]*\d)\.?",
    re.IGNORECASE,
)
_CLOCK_WORD = compile_pattern(r"\b(?:midnight|noon|midday)\b", re.IGNORECASE)
#: A subordinator of time or condition, then at most three words of the subject, right before a verb.
_TEMPORAL_CLAUSE_BEFORE = compile_pattern(
    r"\b(?:when|once|until|till|til|before|after|if|unless)\s+(?:[a-z'-]+\s+){0,3}$", re.IGNORECASE
)
#: A subordinator that cannot be a preposition, then at most three words of the subject: "If Saturday's
#: attempt fails" ("before Friday's purchases is" has a preposition, in the main clause).
_CONDITION_BEFORE = compile_pattern(r"\b(?:when|once|if|unless)\s+(?:[a-z'-]+\s+){0,3}$", re.IGNORECASE)
# "by", "until": a deadline; "as early as": the earliest time of an act still to come
_DEADLINE = compile_pattern(r"\b(?:by|until|till|til|through|as\s+early\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_STOPS = frozenset({".", "!", "?"})
#: "... attacks on the Mannerheim Line had": a finite auxiliary a few words on, before any punctuation.
_AUXILIARY_AFTER_PHRASE = compile_pattern(
    r"(?:[ \t]+[A-Za-z'-]+){1,6}?[ \t]+(?:had|has|have|was|were|is|are)(?![A-Za-z])", re.IGNORECASE
)
_WORD_BEFORE = compile_pattern(r"([A-Za-z]+)\s+$")
_BY = compile_pattern(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_FREQUENCY_WORD = compile_pattern(
    r"\b(?:" + "|".join(longest_first(lexicon.FREQUENCY_ADVERBS)) + r")\b"
    r"|\b(?:every|each)\s+(?:other\s+|single\s+)?([a-z]+)",
    re.IGNORECASE,
)

# Words (not the letters glued to a number: "10am", "3rd"), and the clitics of contractions ("it's", "he'll"); "didn't" comes out as "didn" + "'t" and is
# mended to "did" + "n't" below (a look-ahead for "n't" in the pattern would make every word slower).
# (written to open with a character class: the engine then skips in C to the next letter or apostrophe,
# where a lookbehind first would be tried at every position; the lookbehinds test the character matched)
_TOKEN = compile_pattern(
    r"[A-Za-z'’](?:(?<=[A-Za-z])(?<![0-9][A-Za-z])[A-Za-z]*(?:-[A-Za-z]+)*|(?<=['’])(?:s|d|ll|re|ve|m|t)\b)"
)

# Bit flags of a word in the verb-form table.
_PAST_ONLY = 1
_PAST_OR_PARTICIPLE = 2
_PARTICIPLE_ONLY = 4
_THIRD_PERSON = 8
_BASE = 16
_GERUND = 32
_ALSO_NOUN = 64
_ALSO_ADJECTIVE = 128
_PAST = _PAST_ONLY | _PAST_OR_PARTICIPLE
_PARTICIPLE = _PAST_OR_PARTICIPLE | _PARTICIPLE_ONLY

_AUXILIARIES = (
    lexicon.FUTURE_AUXILIARIES
    | lexicon.CONDITIONAL_AUXILIARIES
    | lexicon.PROSPECTIVE_MODALS
    | lexicon.NEUTRAL_MODALS
    | lexicon.PAST_AUXILIARIES
    | lexicon.PRESENT_AUXILIARIES
    | lexicon.NON_FINITE_AUXILIARIES
)
#: Every word that may be an auxiliary, its context aside: most words are ruled out by this set alone.
_AUXILIARY_WORDS = _AUXILIARIES | {lexicon.CONTRACTED_IS, lexicon.CONTRACTED_HAD_OR_WOULD}


#: The last word of each compound noun with a verb for its head ("rate cut" -> "cut").
_COMPOUND_NOUN_HEADS = frozenset(
    compound.rsplit(" ", 1)[-1] for compound in lexicon.COMPOUND_NOUNS_WITH_VERB_HEADS
)
_HEDGES = lexicon.PROSPECTIVE_MODALS | lexicon.CONDITIONAL_AUXILIARIES | lexicon.NEUTRAL_MODALS
# Words after which a base form is no subjunctive: its subject has not ended ("that the school"), or
# "to" or an auxiliary makes it an infinitive or a verb group ("that it would close").
_NOT_A_SUBJECT_END = (
    frozenset({"that", "the", "a", "an", "to", "its", "their", "his", "her", "our", "this", "these", "those"})
    | _AUXILIARIES
)


#: The word lists of the verb-form table and the flag each gives.
_FORM_LISTS = (
    (verb_forms.PAST_ONLY, _PAST_ONLY),
    (verb_forms.PAST_OR_PARTICIPLE, _PAST_OR_PARTICIPLE),
    (verb_forms.PARTICIPLE_ONLY, _PARTICIPLE_ONLY),
    (verb_forms.THIRD_PERSON, _THIRD_PERSON),
    (verb_forms.BASE, _BASE),
    (verb_forms.GERUND, _GERUND),
    (verb_forms.ALSO_NOUN, _ALSO_NOUN),
    (verb_forms.ALSO_ADJECTIVE, _ALSO_ADJECTIVE),
)


@cache
def _forms() -> dict[str, int]:
    """The verb-form table: each word's flags. Made from some 27,000 words at every start, it is kept in
    the pattern cache under a digest of everything it is made from (an edited list makes a new table)."""
    return kept_table("verb forms", _forms_digest(), _make_forms)


def _forms_digest() -> str:
    """A digest of the table's sources: the word lists and their flags, and the sets that amend them."""
    parts = [f"{flag}:{words}" for words, flag in _FORM_LISTS]
    for amending in (
        _AUXILIARIES | lexicon.PREPOSITIONS_NOT_VERBS,
        lexicon.BASE_FORMS_NOT_PAST | lexicon.NOUNS_NOT_PAST,
        lexicon.PAST_FORMS_ALSO_PARTICIPLES,
    ):
        parts.append(" ".join(sorted(amending)))  # sorted: a set's order changes from one process to the next
    return hashlib.sha256("\n\n".join(parts).encode("utf-8")).hexdigest()


def _make_forms() -> dict[str, int]:
    table: dict[str, int] = {}
    for words, flag in _FORM_LISTS:
        for word in words.split():
            table[word] = table.get(word, 0) | flag
    for word in _AUXILIARIES | lexicon.PREPOSITIONS_NOT_VERBS:
        table.pop(word, None)
    for word in lexicon.BASE_FORMS_NOT_PAST | lexicon.NOUNS_NOT_PAST:
        table[word] = table.get(word, 0) & ~_PAST
    for word in lexicon.PAST_FORMS_ALSO_PARTICIPLES:
        table[word] = (table.get(word, 0) & ~_PAST_ONLY) | _PAST_OR_PARTICIPLE
    return table


@dataclass(frozen=True, slots=True)
class _Group:
    tense: Tense
    first: int  # token indexes of the cue
    last: int
    perfect: bool = False
    prospective: bool = False


#: What a coordinated participle's search returns when the verb it is coordinated with lies before the
#: stretch of words read.
_BEYOND_STRETCH = _Group(Tense.UNKNOWN, -1, -1)


def _sentence_start(text: str, low: int, start: int) -> int | None:
    """Where the sentence holding `start` begins, if it begins at or after `low`."""
    # one character past `start`, so that the capital a break looks ahead to may be the first letter of
    # the words at `start` ("... walking by. This weekend, the town will mark"): a sentence they open
    # the last break counts: tried from the end, the abbreviation test stops at the first that is a break
    for match in reversed(list(SENTENCE_BREAK.finditer(text, low, min(len(text), start + 1)))):
        if match.end() <= start and is_break(text, match):
            return match.end()
    return 0 if low == 0 else None


def _sentence_end(text: str, end: int) -> int:
    high = min(len(text), end + _LOOK_AHEAD)
    for match in SENTENCE_END.finditer(text, end, high):
        if is_break(text, match):
            return match.start()
    return high


class _Tokens:
    """The words of a stretch of text, as parallel lists (cheaper than one object per word), with each
    word's verb-form flags."""

    __slots__ = ("capitalized", "form_flags", "joined", "spans", "text", "verbal", "words")

    def __init__(self, text: str, low: int, high: int, first_starts_sentence: bool) -> None:
        # One pass over the matches (stretches are short: a call's fixed costs are what count).
        spans: list[tuple[int, int]] = []
        words: list[str] = []
        capitalized: list[bool] = []
        verbal: list[bool] = []
        # Each word's flags in the verb-form table (`_word_flags`, written out: a call per word costs
        # more), looked up in the same pass, as a second loop over the words cost more than the lookups
        # themselves; a capitalized word is a name, no verb (0).
        form_flags: list[int] = []
        forms = _forms()
        # Whether a word follows the one before it with nothing but space between: punctuation ends
        # verb groups ("we need to," said ...), except an abbreviation's period ("Inc. plans"). Decided in
        # the same pass: the mending of negations and of curly apostrophes below never changes it (the
        # two halves of "didn't" touch; no abbreviation holds an apostrophe).
        joined: list[bool] = []
        first_raw = ""
        previous_end = 0
        previous_word = ""
        for match in _TOKEN.finditer(text, low, high):
            raw = match[0]
            start, end = span = match.span()
            word = raw.lower()
            if not spans:
                first_raw = raw
                joined.append(False)
            elif start - previous_end == 1 and text[previous_end] == " ":
                joined.append(True)  # the usual gap, decided without a slice
            else:
                gap = text[previous_end:start].strip()
                joined.append(
                    not gap
                    or (gap == "." and (len(previous_word) == 1 or previous_word in lexicon.ABBREVIATIONS))
                )
            spans.append(span)
            words.append(word)
            capital = raw[0].isupper()
            capitalized.append(capital)
            flags = (
                0 if capital else (forms.get(word) or (_derived_flags(word) if word.endswith("ed") else 0))
            )
            if flags and start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
                # "its 32-bit console", "a 3-set win": a word joined to a figure is a measure's unit, no verb
                flags = 0
                verbal.append(False)
            else:
                verbal.append(not capital)
            form_flags.append(flags)
            previous_end = end
            previous_word = word
        self.spans = spans
        self.text = text
        mended = False
        if text.find("’", low, high) >= 0:  # no slice: stretches are read several thousand times
            words = [word.replace("’", "'") for word in words]
            mended = True
        if "'t" in words:
            self._mend_negations(words)
            mended = True
        self.words = words
        self.capitalized = capitalized
        # Capitalized words are names mid-sentence; a sentence's first word may be a verb, unless it is
        # one that opens sentences as a month or name far more often ("May", "Will").
        if first_starts_sentence and spans and not first_raw.isupper():
            verbal[0] = words[0] not in lexicon.CAPITALIZED_NON_VERBS
            form_flags[0] = _word_flags(words[0], forms) if verbal[0] else 0
        if mended:
            # the words changed after their flags were looked up: look them up again (rare)
            form_flags = [
                _word_flags(word, forms) if is_verbal else 0
                for word, is_verbal in zip(words, verbal, strict=True)
            ]
        self.verbal = verbal
        self.joined = joined
        self.form_flags = form_flags

    def __len__(self) -> int:
        return len(self.words)

    def _mend_negations(self, words: list[str]) -> None:
        """ "didn" + "'t" -> "did" + "n't" (and "can't" -> "ca" + "n't", "won't" -> "wo" + "n't")."""
        spans = self.spans
        for i in range(1, len(words)):
            if words[i] == "'t" and words[i - 1].endswith("n") and spans[i - 1][1] == spans[i][0]:
                words[i - 1] = words[i - 1][:-1]
                words[i] = "n't"
                spans[i - 1] = (spans[i - 1][0], spans[i - 1][1] - 1)
                spans[i] = (spans[i][0] - 1, spans[i][1])


class _Reader:
    """Verb groups of one stretch of words (one side of a span, or the words around an event)."""

    def __init__(self, tokens: _Tokens) -> None:
        self.tokens = tokens
        self.words = tokens.words
        self.size = len(tokens.words)
        # the tokens' own list: each stretch is tokenized for one reader, which amends it below
        self.form_flags = tokens.form_flags
        self.joined = tokens.joined
        # the set's C loop finds the rare stretch with such a word; only that one is walked word by word
        if "to" in self.words and not lexicon.PREPOSITIONS_BEFORE_TO.isdisjoint(self.words):
            for index, word in enumerate(self.words):
                if word in lexicon.PREPOSITIONS_BEFORE_TO and self._to_follows(index):
                    self.form_flags[index] = 0  # "thanks partly to the rain": a preposition, not "she thanks"
        # Whether each word is an auxiliary, asked of most words (several times over) while groups are sought.
        verbal = tokens.verbal
        auxiliary = [False] * self.size
        # most words are no auxiliary at all: only those the set holds are looked at in their context (and
        # the set's C loop passes over the many stretches without one)
        if not _AUXILIARY_WORDS.isdisjoint(self.words):
            for index, word in enumerate(self.words):
                if word in _AUXILIARY_WORDS and verbal[index]:
                    auxiliary[index] = self._reads_as_auxiliary(index)
        self.auxiliary = auxiliary
        self.event_head: int | None = None  # set when reading one event's own verb
        # Where the time expression starts, when the stretch ends right before it, and where it ends.
        self.date_start: int | None = None
        self.date_end: int | None = None

    def word(self, index: int) -> str:
        return self.words[index] if 0 <= index < self.size else ""

    def _to_follows(self, index: int) -> bool:
        for after in range(index + 1, min(index + 4, self.size)):
            word = self.words[after]
            if word == "to":
                return True
            if word not in lexicon.GROUP_ADVERBS and not word.endswith("ly") and word not in lexicon.IN_PART:
                return False
        return False

    def previous(self, index: int) -> str:
        """The word right before `index`, or "" when punctuation or the stretch's start comes first."""
        return self.words[index - 1] if 0 < index < self.size and self.joined[index] else ""

    def following(self, index: int) -> str:
        return self.words[index + 1] if index + 1 < self.size and self.joined[index + 1] else ""

    def flags(self, index: int) -> int:
        return self.form_flags[index]

    def is_auxiliary(self, index: int) -> bool:
        # an index counted from the end is read afresh: the word before it is not the one the list saw
        return self.auxiliary[index] if index >= 0 else self._reads_as_auxiliary(index)

    def _reads_as_auxiliary(self, index: int) -> bool:
        if not self.tokens.verbal[index]:
            return False
        word = self.words[index]
        if word in _AUXILIARIES:
            return (
                word not in lexicon.AUXILIARIES_ALSO_NOUNS
                or self.previous(index) not in lexicon.NOUN_DETERMINERS
            )
        if word == lexicon.CONTRACTED_IS:
            return self.previous(index) in lexicon.CONTRACTING_PRONOUNS
        return word == lexicon.CONTRACTED_HAD_OR_WOULD

    def is_adverb(self, index: int) -> bool:
        word = self.words[index]
        return word in lexicon.GROUP_ADVERBS or (
            word.endswith("ly") and len(word) > 4 and self.flags(index) == 0
        )

    def may_be_verbal(self, index: int) -> bool:
        return self.is_auxiliary(index) or self.flags(index) != 0

    def group_at(self, index: int) -> _Group | None:
        """The tense of the verb group around token `index`, or None if it bears no tense."""
        first = index
        while (
            first > 0 and self.joined[first] and (self.is_auxiliary(first - 1) or self.is_adverb(first - 1))
        ):
            first -= 1
        while first < index and not self.is_auxiliary(first):
            first += 1
        if first == index and not self.is_auxiliary(index):
            # no auxiliary leads the group (most words tried): a main verb alone, whose form decides
            return self._bare_verb(index)
        last = index
        # Only auxiliaries reach right to their verb: a main verb never takes the words after it.
        while self.is_auxiliary(first) and last + 1 < self.size and self.joined[last + 1]:
            following = last + 1
            if self.is_auxiliary(following) or self.is_adverb(following):
                last = following
            elif (self.is_auxiliary(last) or self.is_adverb(last)) and (
                self.flags(following) & (_PARTICIPLE | _GERUND | _BASE)
                or self.word(following) in lexicon.PROSPECTIVE_WORDS
            ):
                last = following
                break
            else:
                break
        while (
            last > index
            and self.is_adverb(last)
            # "were unlikely to ease": a forecast's adjective before "to" holds the group's direction
            and not (self.word(last) in lexicon.PROSPECTIVE_BEFORE_TO and self.following(last) == "to")
        ):
            last -= 1
        auxiliaries = [i for i in range(first, last + 1) if self.is_auxiliary(i)]
        if auxiliaries:
            return self._auxiliary_group(auxiliaries, first, last)
        return self._bare_verb(index)

    def _auxiliary_group(self, auxiliaries: list[int], first: int, last: int) -> _Group | None:
        lead = self.word(auxiliaries[0])
        words = [self.word(i) for i in range(first, last + 1)]
        main_flags = self.flags(last) if not self.is_auxiliary(last) else 0
        # "'s" is "has" only before "been" or a form that can only be a participle ("he's gone").
        has_perfect = any(
            self.word(i) in lexicon.PERFECT_AUXILIARIES or self.word(i) == lexicon.CONTRACTED_HAD_OR_WOULD
            for i in auxiliaries
        ) and bool(main_flags & _PARTICIPLE or "been" in words)
        if lead == lexicon.CONTRACTED_IS:
            has_perfect = "been" in words or bool(main_flags & _PARTICIPLE_ONLY)
        prospective = self._prospective(first, last)
        if lead in lexicon.FUTURE_AUXILIARIES:
            return _Group(Tense.FUTURE, first, last)
        if self.event_head is not None:
            grammatical = self._grammatical(lead, first, last, has_perfect)
            if grammatical is not None:
                return grammatical
        if lead in lexicon.CONDITIONAL_AUXILIARIES or lead in lexicon.PROSPECTIVE_MODALS:
            if "have" in words and has_perfect:
                return _Group(Tense.PAST, first, last, perfect=True)
            return _Group(Tense.FUTURE, first, last)
        if lead == lexicon.CONTRACTED_HAD_OR_WOULD:
            if has_perfect:
                return _Group(Tense.PAST, first, last, perfect=True)
            return _Group(Tense.FUTURE, first, last)
        if lead in lexicon.NEUTRAL_MODALS:
            if "have" in words and has_perfect:
                return _Group(Tense.PAST, first, last, perfect=True)
            if lead == "could":
                # "could not be reached Friday" is past; "could meet Friday" gives no direction, and
                # no verb further from the date ("said the bridge could reopen in May") decides for it.
                # "could no longer hold the price", "could never repay": a lost ability, told of the past
                after = auxiliaries[0] + 1
                negated = (
                    "n't" in words
                    or "not" in words
                    or "never" in words
                    or (after < self.size and self.word(after) == "no")
                )
                return _Group(Tense.PAST if negated else Tense.PRESENT, first, last)
            return _Group(Tense.PRESENT, first, last)
        if lead in lexicon.PAST_AUXILIARIES:
            return _Group(Tense.PAST, first, last, perfect=bool(lead == "had" and has_perfect))
        if lead in lexicon.PRESENT_AUXILIARIES or lead == lexicon.CONTRACTED_IS:
            if has_perfect and not prospective:
                return _Group(Tense.PAST, first, last, perfect=True)
            return _Group(Tense.PRESENT, first, last, prospective=prospective)
        return None  # only non-finite auxiliaries: "to be held", "having met"

    def _grammatical(self, lead: str, first: int, last: int, perfect: bool) -> _Group | None:
        """The grammatical tense of a modal or perfect group, as TimeML annotates an event's tense:
        "would"/"could" are past forms, other modals present, "has announced" present perfect."""
        if (
            lead in lexicon.CONDITIONAL_AUXILIARIES
            or lead == "could"
            or lead == lexicon.CONTRACTED_HAD_OR_WOULD
        ):
            return _Group(Tense.PAST, first, last, perfect=perfect)
        if lead in lexicon.PROSPECTIVE_MODALS or lead in lexicon.NEUTRAL_MODALS:
            return _Group(Tense.PRESENT, first, last, perfect=perfect)
        if perfect and lead in lexicon.PERFECT_AUXILIARIES and lead != "had":
            return _Group(Tense.PRESENT, first, last, perfect=True)
        return None

    def _prospective(self, first: int, last: int) -> bool:
        if (
            first == last
            and self.word(first) in lexicon.PRESENT_COPULAS
            and self.following(last) == "to"
            and last + 2 < self.size
            and (self.flags(last + 2) & _BASE or self.word(last + 2) == "be")
        ):
            return True  # "is to resume trading Tuesday", "are to be chosen in April": an arrangement ahead
        for i in range(first, last + 1):
            word = self.word(i)
            if word in lexicon.OBLIGATION_BEFORE_TO and self.word(i + 1) == "to":
                return True
            if (
                word in lexicon.PROSPECTIVE_AFTER_PRESENT_COPULA
                and i > first
                and self.word(i - 1) in lexicon.PRESENT_COPULAS
            ):
                return True  # "rain is forecast for Monday": what is foretold lies ahead
            if word in lexicon.PROSPECTIVE_WORDS:
                if word in lexicon.PROSPECTIVE_BEFORE_TO:
                    return self.word(i + 1) == "to"
                if word in lexicon.SCHEDULE_ADJECTIVES and self.word(i + 1) == "to" and i + 2 < self.size:
                    # "is due to open in March" is a plan; "is due to a storm", "is due to flooding in
                    # March" give a cause ("because of"), which sets no time ahead
                    return bool(self.flags(i + 2) & _BASE) or self.word(i + 2) == "be"
                return True
        return False

    def _after_count_in_digits(self, index: int) -> bool:
        """Whether a count in figures ("80", "1,200"), not a year nor a month's day, stands right before
        the word at `index`."""
        start = self.tokens.spans[index][0]
        count = _COUNT_IN_DIGITS_BEFORE.search(self.tokens.text, max(0, start - 12), start)
        if count is None:
            return False
        return index == 0 or (
            self.tokens.spans[index - 1][1] < count.start() and self.word(index - 1) not in lexicon.DATE_NAMES
        )

    def _determines_a_unit(self, index: int) -> bool:
        """Whether the word at `index` leads a single unit of time ("visitors last year", "sales last
        quarter"), not a verb with its length ("batteries last years", "the vines last year after year")."""
        unit = self.following(index)
        return (
            (unit in lexicon.REPEATED_TIME_UNITS or unit in lexicon.UNITS_AFTER_LAST)
            and not unit.endswith("s")
            and (index + 2 >= self.size or self.word(index + 2) != "after")
        )

    def _after_determiner_and_adjective(self, index: int) -> bool:
        """Whether a determiner and a word formed as an adjective come right before the word ("its
        seasonal forecast", "the annual report"), which makes it the head of a noun phrase; a word
        without such an ending may be the subject's noun ("her husband forecast rain"), and a determiner
        right after the word makes it a verb taking its object, the adjective a noun of its own ("The
        individual saw the car", "A musical hit the West End")."""
        previous = self.previous(index)
        return (
            # "the local Catholic holds a vigil": an -s form is the verb of the noun before it
            not self.word(index).endswith("s")
            and self.following(index) not in lexicon.NOUN_DETERMINERS
            and previous.endswith(lexicon.ADJECTIVE_ENDINGS)
            and not self.flags(index - 1)
            and self.previous(index - 1) in lexicon.NOUN_DETERMINERS
        )

    def _verb_of_subject(self, index: int) -> bool:
        """Whether a participle that is often a preposition is the past verb of the word before it, its
        subject, with an object after it: "The council provided shelter", "Officials compared records";
        not "rose 4% compared with", "will sail provided the weather holds" (a verb before it)."""
        if self.word(index) not in lexicon.OBJECT_TAKING_PREPOSITIONAL_PARTICIPLES:
            return False
        previous, following = self.previous(index), self.following(index)
        return (
            previous.isalpha()
            and not self.flags(index - 1)
            and previous not in lexicon.NOUN_DETERMINERS
            and following.isalnum()
            and following not in lexicon.PREPOSITIONAL_PARTICIPLE_LINKS
        )

    def _bare_verb(self, index: int) -> _Group | None:
        """A verb with no auxiliary: finite only if its form and neighbours say so."""
        flags = self.flags(index)
        word = self.word(index)
        previous = self.previous(index)
        if not flags or (word in lexicon.PREPOSITIONAL_PARTICIPLES and not self._verb_of_subject(index)):
            return None
        if previous == "to":
            return None
        if flags & _ALSO_NOUN and self.tokens.text.startswith(":", self.tokens.spans[index][1]):
            start = self.tokens.spans[index][0]
            if _LINE_LABEL_OPENING.search(self.tokens.text, max(0, start - 30), start) is not None:
                return None  # "Road works: Monday to Friday": a notice's label, a noun before its colon
        if word == "last" and self._determines_a_unit(index):
            return None  # "had 86,000 visitors last year": the year before now, no verb "to last"
        bound = lexicon.PARTICLE_BOUND_VERBS.get(word)
        if bound is not None and tuple(self.words[index + 1 : index + 1 + len(bound)]) != bound:
            return (
                None  # "to bring its troops home within nine months": an adverb; "missiles home in on" a verb
            )
        if (
            word in _COMPOUND_NOUN_HEADS  # most words head none: no joined pair is made for them
            and f"{previous} {word}" in lexicon.COMPOUND_NOUNS_WITH_VERB_HEADS
            # "the power cut out on Sunday night": a particle after the head makes it the verb
            and self.following(index) not in lexicon.VERB_PARTICLES
        ):
            return None  # "expect a rate cut in September": the noun of a compound, no past verb
        if previous == "as" and self.following(index) == "as":
            return None  # "fell as low as minus 5C", "as long as": the degree of a comparison, no verb
        if previous == "as" and flags & _PARTICIPLE and not flags & _PAST_ONLY:
            # "would premiere as planned in January", "went ahead as scheduled": a reduced clause of
            # comparison has no subject and no tense; the main clause's verb decides
            return None
        if flags & _PARTICIPLE and not flags & _PAST_ONLY:
            opener = previous
            if opener in lexicon.REDUCED_CLAUSE_ADVERBS and index >= 2:
                opener = self.previous(index - 1)  # "unless otherwise stated"
            if opener in lexicon.REDUCED_CLAUSE_OPENERS:
                # "3pm unless stated", "if needed on Friday", "where shown": a participle right after
                # the conjunction is a clause with no subject and no tense of its own
                return None
        if flags & _PARTICIPLE and previous in lexicon.LINKING_VERBS:
            return None  # "will stay shut": the complement of a linking verb, whose group decides
        if (
            flags & _PARTICIPLE
            and previous in lexicon.AMOUNT_MEASURE_WORDS
            and self._degree_after_be(index - 1)
        ):
            return None  # "will be 72 percent lit": a degree, then the complement of "be", which decides
        if (
            previous in lexicon.NOUN_MARKERS
            and (previous not in lexicon.WEAK_NOUN_MARKERS or flags & (_ALSO_NOUN | _ALSO_ADJECTIVE))
            and not (
                # "Two died in the crash", "Crew of four set for launch": the count is the subject
                previous in lexicon.COUNTING_NUMBERS
                and flags & _PAST
                and self.following(index) in lexicon.AFTER_COUNTED_SUBJECT_VERB
            )
        ):
            return None
        if flags & _ALSO_NOUN and self._after_determiner_and_adjective(index):
            return None  # "will release its seasonal forecast in March": the noun of an object
        if (
            flags & _PAST
            and not previous
            and self.following(index) not in lexicon.AFTER_COUNTED_SUBJECT_VERB
            and self._after_count_in_digits(index)
        ):
            # "with 80 heated pens", "the 1,200 injured miners": a count in figures before an adjective,
            # as "four wounded soldiers" is; a year ("in 2019 launched") and a day ("on March 5
            # announced") before a past verb are left to it
            return None
        if flags & _ALSO_NOUN and self._after_article_and_amount(index):
            return None  # "will take a 15 percent pay cut through June": a noun, the object before decides
        if flags & _ALSO_NOUN and self._after_measured_compound(index):
            return None  # "expect another quarter-point cut on Thursday": a noun, the verb before decides
        if flags & _PARTICIPLE and self._modifies_noun_after_verb(index):
            return None  # "will put written questions", "hand out printed leaflets": the verb before decides
        if flags & _PARTICIPLE and self._complements_object(index):
            return None  # "want 1 million sandbags filled by Monday": the verb of wanting decides
        if flags & _PARTICIPLE and previous in {"and", "or"}:
            shared = self._shares_passive(index)
            if shared is _BEYOND_STRETCH:
                return None  # its first verb lies before the stretch read: a longer one decides
            if shared is not None:
                return shared
        if flags & _PARTICIPLE and self._in_absolute_with(index):
            return None  # "unchanged, with decisions posted in late March": the main clause's verb decides
        if (
            (word in lexicon.SEQUENCE_PARTICIPLES or word in lexicon.ATTENDANCE_PARTICIPLES)
            and self.following(index) == "by"
            and self._after_comma(index)
        ):
            # "could begin in October, followed by stoppages in November": what comes next in a sequence
            # has no tense of its own; the main clause's verb decides ("The plan, announced by the
            # President on Monday, would" dates its own act)
            return None
        if word in lexicon.HORTATIVE_VERBS and (
            self.following(index) == "'s"
            # "Let us wait until the spring": opening its clause, "let us" proposes; after a subject
            # ("they let us in") it is the past of "let"
            or (self.following(index) == "us" and not previous)
        ):
            return _Group(Tense.PRESENT, index, index)  # "so let's see": a suggestion, in the writer's now
        if flags & _PAST:
            if word in lexicon.PROSPECTIVE_WORDS and self.following(index) in {"for", "to"}:
                # "the vote, scheduled for Friday": a past form, pointing ahead.
                return _Group(Tense.PAST, index, index, prospective=True)
            return _Group(Tense.PAST, index, index)
        if (
            flags & _PARTICIPLE_ONLY
            and flags & _BASE
            and self._reads_as_verb(index, lexicon.PLURAL_SUBJECTS, plural=True)
        ):
            # "the results come out Monday", "they run the race": a base form that is also a participle
            # ("come", "become", "run") is the present after its subject.
            return _Group(Tense.PRESENT, index, index)
        if (
            flags & _BASE
            and previous in lexicon.SUBJECT_PRONOUNS
            and index >= 2
            and self.word(index - 2) in lexicon.FUTURE_AUXILIARIES
        ):
            return _Group(Tense.FUTURE, index - 2, index)  # "will it come before the weekend?"
        if flags & _PARTICIPLE_ONLY and flags & _BASE and previous in {"and", "or"}:
            # "could start next month and run over Christmas": a form that is both base and participle
            # after "and" is the bare infinitive of the modal group it is coordinated with
            coordinated = self._coordinated(index)
            if coordinated is not None and self.is_auxiliary(coordinated.first):
                return coordinated
        if flags & _BASE and previous in {"and", "or"}:
            # "went on show last week and remain on show until June": a base form cannot share a simple
            # past, so after "and" it is the present of the subject the two verbs share ("died of cold,
            # hunger and fever": a comma between makes it the last of a list of nouns; a form that is also a
            # noun is a verb only before its object's determiner, "dug in 1989 and raise their young", else
            # the second of two nouns, "built a hut of wood and stone")
            before = self._first_verb_before(index, past_non_verbs=True)
            spans = self.tokens.spans
            if (
                (not flags & _ALSO_NOUN or self.word(index + 1) in lexicon.NOUN_DETERMINERS)
                and before is not None
                and before.tense is Tense.PAST
                and before.first == before.last
                # "made him stand and apologise", "saw the men run and hide": the base forms are the
                # bare infinitives the past verb takes, of its time
                and self.word(before.first) not in lexicon.BARE_INFINITIVE_TAKERS
                and "," not in self.tokens.text[spans[before.last][1] : spans[index][0]]
            ):
                return _Group(Tense.PRESENT, index, index)
        if flags & _PARTICIPLE_ONLY:
            # A reduced passive ("the soldier taken Friday"): past from the reader's point of view.
            return _Group(Tense.PAST, index, index)
        # A known event head ("boosts" marked as an event) is a verb unless a determiner says otherwise.
        known_event = index == self.event_head
        if flags & _THIRD_PERSON:
            if not known_event and self._object_of_gerund(index):
                return None  # "will begin visiting bars in the spring": a noun, the gerund's object
            if (
                known_event
                or not flags & _ALSO_NOUN
                or self._reads_as_verb(index, lexicon.SINGULAR_SUBJECTS, plural=False)
            ):
                return _Group(Tense.PRESENT, index, index)
            return None
        if flags & _BASE and self._reads_as_verb(index, lexicon.PLURAL_SUBJECTS, plural=True):
            return _Group(Tense.PRESENT, index, index)
        if known_event and flags & _BASE and previous in {"and", "or"}:
            return self._coordinated(index)
        return None

    def _after_comma(self, index: int) -> bool:
        """Whether a comma stands right before the word at `index` in the stretch read."""
        if index < 1:
            return False
        spans = self.tokens.spans
        return "," in self.tokens.text[spans[index - 1][1] : spans[index][0]]

    def _in_absolute_with(self, index: int) -> bool:
        """Whether a participle follows "with" and a noun, its determiner between at most ("with
        decisions posted in March", "with the results announced"): an absolute phrase, no finite verb."""
        if index < 2 or not self.joined[index] or not self.joined[index - 1]:
            return False
        noun_flags = self.flags(index - 1)
        if noun_flags and not noun_flags & _ALSO_NOUN:
            return False
        if self.words[index - 2] == "with":
            return not self._with_on_opening_noun(index - 2)
        if index >= 3 and self.words[index - 3] == "with" and self.words[index - 2] in lexicon.NOUN_MARKERS:
            return not self._with_on_opening_noun(index - 3)
        # "with most of the herring landed in the autumn": a share of the noun phrase after "with"
        share = index - 4 if self.words[index - 2] in lexicon.NOUN_DETERMINERS else index - 3
        return (
            share >= 1
            and self.words[share - 1] == "with"
            and self.words[share] in lexicon.SHARE_WORDS
            and self.words[share + 1] == "of"
            and all(self.joined[share : index + 1])
        )

    def _with_on_opening_noun(self, with_index: int) -> bool:
        """Whether "with" takes the other party of a noun of dealings that opens the clause ("Talks with
        the rebels opened in May", "Its own negotiations with Spain resumed", "The truce with Spain held"):
        the phrase is on the subject, and the past form after it is the subject's verb, not an absolute
        phrase ("officers with medals pinned on their coats")."""
        opening = with_index
        while opening > 0 and self.joined[opening]:
            opening -= 1  # the stretch's words after its last stop or comma
            if self.words[opening] in lexicon.WITH_PARTY_CLAUSE_OPENERS:
                opening += 1  # "after talks with ministers ended": a clause of time opens with its subject
                break
        # the noun, after at most two words that cannot be a verb of their own ("its own talks")
        if (
            not 0 <= with_index - 1 - opening <= 2
            or self.words[with_index - 1] not in lexicon.WITH_PARTY_NOUNS
        ):
            return False
        verb_forms = _PAST | _PARTICIPLE | _THIRD_PERSON | _GERUND
        return not any(self.flags(index) & verb_forms for index in range(opening, with_index - 1))

    def _degree_after_be(self, measure: int) -> bool:
        """Whether the measure word ("percent") closes an amount right after a form of "be" ("will be 72
        percent lit", "was 90 percent finished")."""
        if measure < 1:
            return False
        spans = self.tokens.spans
        gap = self.tokens.text[spans[measure - 1][1] : spans[measure][0]]
        return self.words[measure - 1] in lexicon.BE_FORMS and _AMOUNT_GAP.fullmatch(gap) is not None

    def _after_article_and_amount(self, index: int) -> bool:
        """Whether the form heads a noun phrase opened by "a"/"an" and an amount: "a 10% cut", "a 15
        percent pay cut", "a $2 billion cut" (numbers are no tokens: they stand in the gaps)."""
        spans = self.tokens.spans
        first = index
        while first > 0 and self.joined[first]:
            if index - first >= 2 or self.words[first - 1] in lexicon.NOUN_MARKERS:
                return False
            first -= 1
        if first == 0 or (first != index and self.words[first] not in lexicon.AMOUNT_MEASURE_WORDS):
            return False
        gap = self.tokens.text[spans[first - 1][1] : spans[first][0]]
        return self.words[first - 1] in {"a", "an"} and _AMOUNT_GAP.fullmatch(gap) is not None

    def _after_measured_compound(self, index: int) -> bool:
        """Whether the form heads a noun phrase opened by a determiner and a hyphenated measure ("another
        quarter-point cut", "a two-year freeze"): such a compound is an adjective, never a subject ("its
        co-founder said" keeps its verb)."""
        if index < 2 or not (self.joined[index] and self.joined[index - 1]):
            return False
        compound = self.words[index - 1]
        return (
            "-" in compound
            and compound.rpartition("-")[2] in _MEASURED_COMPOUND_HEADS
            and self.words[index - 2] in lexicon.NOUN_MARKERS
        )

    def _after_amount(self, index: int) -> bool:
        """Whether a number stands right before the word: "12,000 French troops" (also when the stretch
        read starts at the word)."""
        spans = self.tokens.spans
        start = spans[index][0]
        low = spans[index - 1][1] if index > 0 else max(0, start - 24)
        return _AMOUNT_BEFORE.search(self.tokens.text, low, start) is not None

    def _modifies_noun_after_verb(self, index: int) -> bool:
        """ "will put written questions", "handed out printed leaflets": a participle between a verb (or its
        particle) and a bare noun is an adjective on the verb's object, not a reduced passive."""
        if index < 1 or not self.joined[index] or index + 1 >= self.size or not self.joined[index + 1]:
            return False
        before = index - 1
        # a form that may be a noun ("the bank raised rates", "the king held land") is the subject
        before_flags = self.flags(before)
        verb_before = (
            (before_flags != 0 and not before_flags & _ALSO_NOUN and not self.is_auxiliary(before))
            or self.words[before] in lexicon.VERB_PARTICLES
            # "will launch redesigned versions": a form that may be a noun is the verb after a modal
            or (
                before_flags != 0
                and before > 0
                and self.joined[before]
                and not self.is_auxiliary(before)
                and (
                    self.words[before - 1] in lexicon.FUTURE_AUXILIARIES
                    or self.words[before - 1] in lexicon.CONDITIONAL_AUXILIARIES
                    or self.words[before - 1] in lexicon.PROSPECTIVE_MODALS
                    or self.words[before - 1] in lexicon.NEUTRAL_MODALS
                )
            )
        )
        if not verb_before:
            return False
        noun = self.words[index + 1]
        noun_flags = self.flags(index + 1)
        return (
            noun.isalpha()
            and noun not in lexicon.NOUN_MARKERS
            and noun not in lexicon.DATE_NAMES
            and noun not in lexicon.NON_OBJECT_WORDS
            and (not noun_flags or bool(noun_flags & _ALSO_NOUN))
        )

    def _complements_object(self, index: int) -> bool:
        """ "want the sandbags filled by Monday", "needs the roads cleared before": a participle after the
        object of a verb of wanting, with only a preposition between it and the date, names the state
        wanted, not a past act ("residents who need help moved their cars" has an object after it)."""
        after = self.words[index + 1 :]
        if not after or len(after) > 1 or after[0] not in lexicon.OBJECT_COMPLEMENT_DEADLINES:
            return False
        spans, text = self.tokens.spans, self.tokens.text
        for left in range(index - 1, max(-1, index - 5), -1):
            # words of the object, or a number between them ("want 1 million sandbags filled")
            if not self.joined[left + 1] and not _AMOUNT_GAP.fullmatch(
                text, spans[left][1], spans[left + 1][0]
            ):
                return False
            word = self.words[left]
            if word in lexicon.OBJECT_COMPLEMENT_VERBS:
                return left < index - 1
            if self.is_auxiliary(left) or (self.flags(left) and not self.flags(left) & _ALSO_NOUN):
                return False
        return False

    def _shares_passive(self, index: int) -> _Group | None:
        """ "must be postmarked by Monday and received by Friday": a participle after "and" shares the
        auxiliaries of the passive it is coordinated with, when that passive is not past."""
        if index < 12 and not any(self.may_be_verbal(left) for left in range(index - 1)):
            return _BEYOND_STRETCH
        for left in range(index - 2, max(-1, index - 12), -1):
            if not self.may_be_verbal(left):
                continue
            group = self.group_at(left)
            if group is None:
                # "[be posted by Monday and received": auxiliaries from the stretch's start may go on before it
                reaches_start = all(self.is_auxiliary(i) or self.is_adverb(i) for i in range(left))
                if reaches_start and self.is_auxiliary(0):
                    return _BEYOND_STRETCH
                continue  # "sent by registered post and received": a noun or adjective between
            if group.first == 0:
                return _BEYOND_STRETCH  # "[sent by hand and received": its auxiliaries may come before
            if group.perfect and self.word(group.first) == "had" and self.flags(index) & _PARTICIPLE_ONLY:
                # "had switched off his set and gone to bed": a form that can only be a participle
                # shares the "had" of the past perfect before it
                return _Group(Tense.PAST, group.first, index, perfect=True)
            if (
                group.tense is Tense.PAST
                or group.first == group.last
                or not self.is_auxiliary(group.first)
                or not self.flags(group.last) & _PARTICIPLE
            ):
                return None
            return _Group(group.tense, group.first, index, group.perfect, group.prospective)
        return None

    def _object_of_gerund(self, index: int) -> bool:
        """ "begin visiting bars", "by closing stores": an "-s" form right after a gerund that a verb or a
        preposition governs is the gerund's object; a gerund opening its clause may be the subject of
        the "-s" form ("trading starts Monday")."""
        gerund = index - 1
        if gerund < 1 or not self.joined[index] or not self.joined[gerund]:
            return False
        if not self.flags(gerund) & _GERUND or self.words[index] in lexicon.SCHEDULE_VERB_FORMS:
            return False
        governor = gerund - 1
        return self.may_be_verbal(governor) or self.words[governor] in lexicon.GERUND_PREPOSITIONS

    def _coordinated(self, index: int) -> _Group | None:
        """The second verb of "will set up barriers and tighten": the tense of the first one."""
        group = self._first_verb_before(index)
        # an infinitive ("to set up ... and tighten"), or a past that a base form cannot share
        if group is None or group.tense is Tense.PAST:
            return None
        return _Group(group.tense, group.first, index, group.perfect, group.prospective)

    def _first_verb_before(self, index: int, *, past_non_verbs: bool = False) -> _Group | None:
        """The group of the nearest word that may be a verb before the "and" ahead of `index`; with
        `past_non_verbs`, of the nearest that is one ("went on show last week and": not "last"), short
        of an infinitive."""
        for left in range(index - 2, max(-1, index - 12), -1):
            if self.may_be_verbal(left) and left != self.event_head:
                group = self.group_at(left)
                if group is not None or not past_non_verbs or self.previous(left) == "to":
                    return group
        return None

    def _reads_as_verb(self, index: int, subjects: frozenset[str], *, plural: bool) -> bool:
        """Whether a form that may be a noun ("reports", "attack") is a present-tense verb here: after a
        pronoun or a name ("he reports", "Iraq plans", "they attack"), or after a noun that may be its
        subject when an object follows ("the company plans to", "officials say")."""
        if self.words[index] in lexicon.AGE_TURNING_VERB_FORMS and _turns_an_age(
            self.tokens.text, self.tokens.spans[index][1]
        ):
            return True  # "a woman who has lived through ten reigns turns 100 on Sunday": an age follows
        after = index + 1
        if (
            after < self.size
            and self.joined[after]
            and (self.is_auxiliary(after) or self.flags(after) & _PAST)
        ):
            return False  # a finite verb follows, so this is its subject: "Roy shares leaped"
        subject = index - 1
        while subject >= 0 and self.joined[subject + 1] and self.is_adverb(subject):
            subject -= 1
        if (
            subject < 0
            and plural
            and index == 0
            and _JOINED_NAMES_BEFORE.search(
                self.tokens.text, max(0, self.tokens.spans[0][0] - 60), self.tokens.spans[0][0]
            )
        ):
            return True  # "Christmas and [Easter] come early": the stretch read opens after two joined names
        if subject < 0 or not self.joined[subject + 1]:
            # "The film, a thriller about a lighthouse, drops Friday": after a phrase set off by commas,
            # a form naming a scheduled event with its date right after it is the subject's verb
            if subject >= 0 and self._after_participle_aside(index):
                return True
            if subject < 0 and index == 0 and not plural and self.tokens.capitalized[0]:
                # "Ends Sunday.", "Closes Saturday", "Runs until Friday": a notice's line opens with the
                # verb of a scheduled event, its subject (the sale, the show) left to the reader
                return self._names_schedule_ahead(index, self.following(index))
            return subject >= 0 and self._names_schedule_ahead(index, self.following(index))
        before = self.words[subject]
        if _opens_schedule_phrase(before, self.words[index]):
            return False  # the noun of "takes place", "takes effect"
        if not plural and before in lexicon.COUNTING_NUMBERS:
            return False  # "six million barrels a day": a counted plural noun, not "-s" agreeing with one
        if plural and self.tokens.capitalized[subject] and self._joined_names_end_at(subject):
            return True  # "Christmas and New Year's Day come on Wednesdays": two names joined are plural
        if before in subjects:
            # "that reports" may be a determiner and its noun; "that still stands" may not: no adverb
            # comes between a determiner and its noun; nor does a date ("a run that kicks off in April")
            return not (
                before in {"that", "which"}
                and self.flags(index) & _ALSO_NOUN
                and subject == index - 1
                and not self._names_schedule_ahead(index, self.following(index))
            )
        if before in {"and", "but"} and self._names_schedule_ahead(index, self.following(index)):
            return True  # the second verb of "began on Monday and ends on Friday"
        if before in lexicon.NOUN_MARKERS or self.is_auxiliary(subject) or before in {"and", "or", "but"}:
            return False
        before_flags = self.flags(subject)
        gerund_subject = before_flags & _GERUND and self.words[index] in lexicon.SCHEDULE_VERB_FORMS
        if before_flags and not before_flags & _ALSO_NOUN and not gerund_subject:
            return False  # a verb, not a subject ("trading starts Monday" has a gerund for one)
        if _is_plural_noun(before) != plural and before not in lexicon.NUMBER_NEUTRAL_NOUNS:
            # "the companies in the country own", "the head of the unions plans": the verb agrees with
            # the noun a phrase hangs on, not with the phrase's own noun.
            return self._agrees_across_phrase(index, subject, plural=plural)
        if plural:
            # "analysts say", "workers strike"; but "news conference", "arms control" are nouns, and
            # so is the object of a verb: "it takes effect", "to win votes".
            ahead = self.previous(subject)
            if ahead in lexicon.SINGULAR_SUBJECTS or ahead in lexicon.PLURAL_SUBJECTS or ahead == "to":
                return False
            return before not in lexicon.PLURAL_NOUN_MODIFIERS and not (
                subject > 0 and self.joined[subject] and self.is_auxiliary(subject - 1)
            )
        if self.tokens.capitalized[subject]:
            if before in lexicon.DATE_NAMES and self.previous(subject) in lexicon.NOUN_MARKERS:
                return False  # "in the June holidays", "the Sunday papers": a month or a day naming a kind
            if (
                before.endswith(lexicon.DEMONYM_ENDINGS)
                and (self.previous(subject) in lexicon.DEMONYM_LEADS or self._after_amount(subject))
                and self.following(index) != "to"
            ):
                return False  # "in its Canadian stores", "the Italian plants": a people's adjective, no name
            return not self._heads_subject_of_later_verb(index, subject)
        following = self.following(index)
        return (
            not self.flags(index) & _ALSO_NOUN
            # "the peak of the season usually comes in October": an adverb of how often stands before
            # a verb, never between a noun and the noun it modifies
            or (subject < index - 1 and self.words[index - 1] in lexicon.PREVERBAL_ADVERBS)
            or following in lexicon.OBJECT_OPENERS
            or following in lexicon.FREQUENCY_ADVERBS  # "the ferry runs daily", "runs every hour"
            or following in lexicon.FREQUENCY_OPENERS
            or self._names_schedule_ahead(index, following)
            or self._takes_noun_object(index, subject)
            or self._sole_verb_before_date(index, subject, following)
            or self._sole_verb_after_date(index, subject)
            # "the rest of the country waits.": no object, but an "-s" form ending the sentence after a
            # singular head (a plural "-s" noun would end a verbless fragment: "the company plans.")
            or (
                self._ends_sentence(index)
                and self._agrees_across_phrase(index, subject, plural=False, object_needed=False)
            )
        )

    def _sole_verb_before_date(self, index: int, subject: int, following: str) -> bool:
        """ "The river freezes in October.": an "-s" form after a determiner and a singular noun that open
        the clause, with only a preposition between it and the date, is the clause's verb when no verb
        follows the date in its sentence ("the river floods in 1953 were worse" has one: there "floods"
        is the noun; so has "leaving the harbour steps at 10am", whose noun phrase is an object)."""
        opener = subject - 1
        # "The lake freezes over in January": a particle may close the verb before the preposition
        particle = following in lexicon.PARTICLES_BEFORE_DATE and index + 3 == self.size
        if particle:
            following = self.following(index + 1)
        return (
            self.date_end is not None
            and index + 2 + particle == self.size
            and following in lexicon.DATE_PREPOSITIONS
            and self.previous(subject) in _OBJECT_DETERMINERS
            and (opener == 0 or not self.joined[opener] or self.words[opener - 1] in {"and", "but"})
            and _group_after(self.tokens.text, self.date_end) is None
        )

    def _sole_verb_after_date(self, index: int, subject: int) -> bool:
        """ "In spring the river floods.", "In January the lake freezes over and the ferries stop": an "-s"
        form after a determiner and a singular noun that open the stretch read after a date, ending the
        sentence or its clause (perhaps after a particle), is the clause's verb (the date and a noun
        phrase alone make no sentence)."""
        if not (
            index == 2
            and subject == 1
            and self.date_start is None
            and self.words[0] in _OBJECT_DETERMINERS
            and not _is_plural_noun(self.words[1])
        ):
            return False
        close = index + 1 if self.following(index) in lexicon.PARTICLES_BEFORE_DATE else index
        if self._ends_sentence(close):
            return True
        # "the snow melts and the river floods": a new subject after "and" opens the next clause
        return self.following(close) in {"and", "but"} and self.word(close + 2) in _OBJECT_DETERMINERS

    def _after_participle_aside(self, index: int) -> bool:
        """ "The park, created in 2003, draws about 1.4 million visitors": an "-s" form right after a
        participle's phrase set off by commas after the subject, with an object or an amount after it,
        is the subject's verb (a noun would need a determiner of its own)."""
        opening = _PARTICIPLE_ASIDE_BEFORE.search(
            self.tokens.text, max(0, self.tokens.spans[index][0] - 90), self.tokens.spans[index][0]
        )
        if opening is None:
            return False
        following = self.following(index)
        return (
            following in lexicon.OBJECT_OPENERS
            or following in lexicon.AMOUNT_OPENERS
            or following[:1].isdigit()
        )

    def _heads_subject_of_later_verb(self, index: int, subject: int) -> bool:
        """ "the Soviet attacks on the line had failed": after a determiner and a capitalised modifier, a
        noun-or-verb "-s" form followed by a preposition and then a finite verb is the subject's head
        noun ("the Kremlin plans to" has no verb after its preposition)."""
        if (
            not self.flags(index) & _ALSO_NOUN
            or self.previous(subject) not in _OBJECT_DETERMINERS
            or self.following(index) not in lexicon.SUBJECT_PHRASE_PREPOSITIONS
        ):
            return False
        for after in range(index + 2, min(index + 8, self.size)):
            if not self.joined[after]:
                return False
            if self.is_auxiliary(after) or self.flags(after) & _PAST_ONLY:
                return True
        if index + 8 <= self.size:
            return False
        # the stretch read so far ends inside the phrase: look on in the text for its verb
        end = self.tokens.spans[index][1]
        return _AUXILIARY_AFTER_PHRASE.match(self.tokens.text, end) is not None

    def _ends_sentence(self, index: int) -> bool:
        end = self.tokens.spans[index][1]
        return self.tokens.text[end : end + 1] in _SENTENCE_STOPS

    def _takes_noun_object(self, index: int, subject: int) -> bool:
        """ "the suspect leaves prison": an "-s" form between a subject with its determiner and a bare
        noun that ends its phrase is the verb taking that noun as object; with more words after the
        noun the "-s" word is inside a longer name ("the car parts industry said")."""
        # The subject's determiner, before at most two modifiers: "the rebel leader controls territory".
        opener = subject - 1
        while opener > 0 and subject - opener < 3 and self.joined[opener + 1]:
            if self.words[opener] in _OBJECT_DETERMINERS or not self._in_noun_phrase(opener):
                break
            opener -= 1
        if opener < 0 or not self.joined[opener + 1] or self.words[opener] not in _OBJECT_DETERMINERS:
            return False
        after = index + 1
        if after >= self.size or not self.joined[after] or not self.tokens.verbal[after]:
            return False
        noun = self.words[after]
        if noun.endswith("ing"):
            return False  # "shares outstanding", "leaves remaining": a participle, not an object
        flags = self.flags(after)
        # A plural noun that is also an "-s" verb ("visits troops", "raises rates") is an object too:
        # two finite verbs do not follow each other.
        plural_noun = flags & _ALSO_NOUN and flags & _THIRD_PERSON and not flags & (_PAST | _BASE)
        if (
            (flags and not plural_noun)
            or len(noun) < 3
            or noun in lexicon.NON_OBJECT_WORDS
            or noun in lexicon.NOUN_MARKERS
            or noun in lexicon.DATE_NAMES
            or noun.endswith("ly")
        ):
            return False
        # The object ends its phrase: a stop, a preposition or the end follows ("leaves prison on
        # Sunday"); another word would make the "-s" form a noun inside a longer name ("its computer
        # products business profitable").
        beyond = after + 1
        return (
            beyond >= self.size or not self.joined[beyond] or self.words[beyond] in lexicon.NON_OBJECT_WORDS
        )

    def _joined_names_end_at(self, last: int) -> bool:
        """Whether the capitalized name ending at `last` is the second of two joined by "and" ("Christmas
        and New Year's Day", "Easter and Whitsun"): a plural subject, as "they" is."""
        position = last
        while (
            position > 0
            and last - position < _LONGEST_JOINED_NAME
            and self.joined[position]
            and (self.tokens.capitalized[position - 1] or self.words[position - 1] == "'s")
        ):
            position -= 1
        if position == 0:
            # the stretch read opens on the name: "Christmas and [Easter come early]"
            opening = self.tokens.spans[0][0]
            return _NAME_AND_BEFORE.search(self.tokens.text, max(0, opening - 40), opening) is not None
        if not self.joined[position] or self.words[position - 1] != "and":
            return False
        if position >= 2:
            return self.joined[position - 1] and self.tokens.capitalized[position - 2]
        # the stretch read opens at "and": the name before it lies just outside
        opening = self.tokens.spans[0][0]
        return _NAME_BEFORE.search(self.tokens.text, max(0, opening - 40), opening) is not None

    def _agrees_across_phrase(
        self, index: int, subject: int, *, plural: bool, object_needed: bool = True
    ) -> bool:
        """Whether the noun before a prepositional phrase that ends at `subject` agrees with the verb at
        `index` and opens its clause: "Today the companies in the country own them", "two of the
        largest firms in the region descend from it". An object ("arrested workers in the plant")
        is no subject, and a verb that may be a noun needs an object after it ("workers in the auto
        plant on Monday" names a plant)."""
        head = self.phrase_head(subject)
        if head is None:
            return False
        noun = self.words[head]
        if _is_plural_noun(noun) != plural or noun in lexicon.PLURAL_NOUN_MODIFIERS:
            return False
        if self.flags(head) and not self.flags(head) & _ALSO_NOUN:
            return False
        # Back over the head's modifiers ("two of the largest telephone") to where the clause opens.
        start = head
        while start > 0 and head - start < 6 and self.joined[start]:
            word = self.words[start - 1]
            if word == "of" and start > 1 and self.words[start - 2] in lexicon.PARTITIVE_QUANTIFIERS:
                start -= 2
                continue
            if word in lexicon.SUBJECT_OPENERS or not self._in_noun_phrase(start - 1):
                break
            start -= 1
        opens = start == 0 or not self.joined[start] or self.words[start - 1] in lexicon.SUBJECT_OPENERS
        if not opens:
            return False
        if object_needed and self.flags(index) & _ALSO_NOUN:
            following = self.following(index)
            return following in lexicon.OBJECT_OPENERS or self._names_schedule_ahead(index, following)
        return True

    def phrase_head(self, last: int) -> int | None:
        """The noun a prepositional phrase ending at `last` hangs on: "companies" for "the companies
        in the country" ending at "country"."""
        position = last
        while position > 0 and last - position < 4 and self.joined[position]:
            word = self.words[position]
            if word in lexicon.SUBJECT_PREPOSITIONS or not self._in_noun_phrase(position):
                break
            position -= 1
        if self.words[position] not in lexicon.SUBJECT_PREPOSITIONS or position == last:
            list_start = self._list_phrase_start(last)
            if list_start is None:
                return None
            position = list_start
        head = position - 1
        if head < 0 or not self.joined[position] or not self._in_noun_phrase(head):
            return None
        return head

    def _list_phrase_start(self, last: int) -> int | None:
        """The preposition opening a phrase whose object is a list ending at `last` ("a ban on cutlery,
        plates and straws comes into force"): back over nouns, commas and one "and"/"or" to it."""
        position = last
        joined_list = False
        while position > 0 and last - position < 14:
            word = self.words[position]
            if word in lexicon.SUBJECT_PREPOSITIONS and position < last:
                return position if joined_list else None
            if word in lexicon.LIST_CONJUNCTIONS and position < last:
                joined_list = True
            elif not self._in_noun_phrase(position):
                return None
            if not self.joined[position]:
                gap = self.tokens.text[self.tokens.spans[position - 1][1] : self.tokens.spans[position][0]]
                if gap.strip() != ",":
                    return None
            position -= 1
        return None

    def _in_noun_phrase(self, position: int) -> bool:
        """Whether a word may sit inside a noun phrase: a determiner, number, adjective or noun, not a
        verb form that is nothing else, an auxiliary or a function word."""
        word = self.words[position]
        if word in lexicon.PHRASE_STOPS or word in lexicon.SUBJECT_OPENERS or self.is_auxiliary(position):
            return False
        flags = self.flags(position)
        return not flags or bool(flags & (_ALSO_NOUN | _ALSO_ADJECTIVE))

    def _names_schedule_ahead(self, index: int, following: str) -> bool:
        """ "the show runs until May", "trading starts Monday", "the ceremony takes place": a form that
        may be a noun is a verb when it names a scheduled event and a date or its phrase follows."""
        word = self.words[index]
        if word in lexicon.SCHEDULE_VERB_FORMS and word not in lexicon.SCHEDULE_NOUN_FORMS:
            if following in lexicon.GROUP_ADVERBS:
                index += 1  # "closes again on Monday"
                following = self.following(index)
            # "starts Monday": the date right after the word, one space between
            at_date = index == self.size - 1 and self.date_start == self.tokens.spans[index][1] + 1
            return at_date or following in lexicon.DATE_PREPOSITIONS or following in lexicon.DATE_NAMES
        return _opens_schedule_phrase(word, following)


# Determiners of a singular subject ("the suspect leaves"); "all" and "both" go with plurals.
#: The last part of a hyphenated measure before a noun ("quarter-point", "two-year").
_MEASURED_COMPOUND_HEADS = lexicon.AMOUNT_MEASURE_WORDS | lexicon.REPEATED_TIME_UNITS
_OBJECT_DETERMINERS = frozenset({"a", "an"}) | (lexicon.DEFINITE_DETERMINERS - {"all", "both"})


def _opens_schedule_phrase(verb: str, following: str) -> bool:
    """Whether two words open a phrase naming a scheduled event ("takes place", "takes effect")."""
    phrases = lexicon.SCHEDULE_PHRASES.get(verb)
    return phrases is not None and any(phrase[0] == following for phrase in phrases)


def _is_plural_noun(word: str) -> bool:
    return word in lexicon.IRREGULAR_PLURALS or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
    )


def _word_flags(word: str, forms: dict[str, int]) -> int:
    """A verbal word's flags: the table's, else those of a regular past form it lacks."""
    return forms.get(word) or (_derived_flags(word) if word.endswith("ed") else 0)


@lru_cache(maxsize=4096)
def _derived_flags(word: str) -> int:
    """Flags of a regular past form the table lacks: a verb with a prefix ("repurchased", "delisted")
    or any other "-ed" word ("capsized"); nouns and adjectives from prefixes ("outlet", "revisions",
    "outstanding") are left alone."""
    if not word.endswith("ed") or word.endswith("eed") or len(word) < 6 or word in lexicon.NON_VERB_ED_WORDS:
        return 0
    forms = _forms()
    for prefix in lexicon.VERB_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            flags = forms.get(word[len(prefix) :].lstrip("-"), 0)
            if flags & _PAST:
                return flags & (_PAST | _PARTICIPLE)
    if word.isalpha() and not word.startswith("un"):
        return _PAST_OR_PARTICIPLE | _ALSO_ADJECTIVE
    return 0


def _reading(text: str, reader: _Reader, group: _Group) -> TenseReading:
    start = reader.tokens.spans[group.first][0]
    end = reader.tokens.spans[group.last][1]
    return TenseReading(group.tense, text[start:end], start, group.perfect)


def _direction(
    text: str, reader: _Reader, group: _Group, *, before: bool, start: int, end: int
) -> TenseReading:
    """The reading of a group that governs a date, turned into the direction the date lies in."""
    reading = _reading(text, reader, group)
    head = reader.words[group.last]
    # "is expected to", "is scheduled for", and the bare "scheduled for" (no auxiliary): ahead.
    forward = group.prospective and (group.tense is Tense.PRESENT or group.first == group.last)
    if (
        before
        and not forward
        and group.tense is Tense.PAST
        and not group.perfect
        and group.first != group.last
        and head in lexicon.EXPECTING_PARTICIPLES
        and all(word in lexicon.EXPECTED_DATE_LEADS for word in reader.words[group.last + 1 :])
    ):
        # "warned that another peak was expected on Thursday": what was looked forward to comes after
        # the expecting, which does not tell on which side of now it falls
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    if (
        before
        and not forward
        and (group.tense is Tense.PAST or group.perfect)
        and head in lexicon.FORECAST_OBJECT_VERBS
        and not all(word in lexicon.EXPECTED_DATE_LEADS for word in reader.words[group.last + 1 :])
        and reader.words[-1] in lexicon.FORECAST_SPAN_LEADS
    ):
        # "the Met Department has forecast rain from Saturday evening to Tuesday": the span of what is
        # forecast comes after the forecasting, on either side of now ("forecast on Monday that" dates
        # it, and "forecast showers on Monday" may too)
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    if (
        before
        and not forward
        and group.tense is Tense.PAST
        and not group.perfect
        and head in lexicon.PAST_SCHEDULE_COPULAS
        and group.last + 2 <= len(reader.words) - 1
        and reader.words[group.last + 1] in lexicon.LIKELIHOOD_ADJECTIVES
        and all(word in lexicon.EXPECTED_DATE_LEADS for word in reader.words[group.last + 2 :])
    ):
        # "said more showers were likely on Thursday": what was judged likely comes after the judging,
        # on either side of now, as after "was expected on Thursday"
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    if (
        before
        and group.first == group.last
        and group.tense is Tense.PAST
        and head in lexicon.EXPECTING_PARTICIPLES
        and group.first > 0
        and reader.word(group.first - 1).isalpha()
        and reader.word(group.first - 1) not in lexicon.SUBJECT_PRONOUNS
        and (
            reader.following(group.last) in lexicon.EXPECTED_THING_PREPOSITIONS
            or (reader.following(group.last) in lexicon.EXPECTED_DATE_LEADS and _finite_verb_next(text, end))
        )
    ):
        # "rain forecast for Monday could push", "storms expected for Friday": a participle on a noun,
        # with no object, names what is looked for; it gives no side of now (the finite "forecast
        # rain for Monday" has its object); "the measures expected on Wednesday include": the subject's
        # own verb right after the date shows "expected" is on the noun ("analysts expected on Monday
        # that" is finite)
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    if (
        before
        and not forward
        and group.tense is Tense.PAST
        and not group.perfect
        and head in lexicon.WARNING_VERBS
        and reader.word(group.last + 1) in lexicon.WARNED_OF_WORDS
    ):
        # "warned of a storm surge in the early hours of Sunday": what is warned of comes after the
        # warning, on either side of now
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    if (
        before
        and not forward
        and group.tense is Tense.PAST
        and not group.perfect
        and reader.words[group.first] in lexicon.PAST_SCHEDULE_COPULAS
        and (group.first == group.last or head in lexicon.PAST_ARRANGEMENT_BEFORE_TO)
        and reader.following(group.last) == "to"
        and group.last + 2 < reader.size
        # "was to be signed on Monday": the passive's "be" as a base form
        and (reader.flags(group.last + 2) & _BASE or reader.word(group.last + 2) == "be")
        # "she was to blame for the crash on Friday" says who was at fault, no plan
        and (group.first != group.last or reader.word(group.last + 2) not in lexicon.BE_TO_IDIOM_VERBS)
        and _WEEKDAY_NAME.match(text, start) is not None
        and not _BUT_AFTER.match(text, end)
    ):
        # "the concert was to open on Friday", "was going to sign on Monday", "was set to reopen on
        # Tuesday": a plan made in the past, as "was due to" is, whose weekday may have come and gone or
        # still be ahead ("was to open on Friday, but" tells of one that fell through); a month keeps the
        # past, which yields to a near one ahead, and the year of a story told ("the restaurant was to
        # close from September", in a case of 2012)
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    if before and not forward and head in lexicon.DEFERRING_VERBS:
        # "postponed the vote until Tuesday" sets a new date; "extended its offer Friday" dates the act.
        forward = (
            bool(reader.size)
            and (
                reader.words[-1] in lexicon.DEADLINE_WORDS
                # "extended to include Sunday morning": the new reach of what was extended
                or (
                    reader.words[-1] in lexicon.EXTENDED_SCOPE_VERBS
                    and reader.size >= 2
                    and reader.words[-2] == "to"
                )
            )
            and not _closes_period(reader)
        )
    elif (
        before
        and not forward
        # "has booked her test for January": a present perfect's arrangement still stands
        and (not group.perfect or reader.words[group.first] != "had")
        and head in lexicon.ARRANGING_VERBS
    ):
        # "a trial date was set for Sept. 13", "the hearing was fixed for Monday": the arranged day, with
        # "for" right before it ("fixed the car for $180 Sat." dates the act; "had been set for Tuesday
        # but was held up" tells an arrangement overtaken)
        forward = (
            text[max(0, start - 6) : start].rstrip().lower().endswith(" for")
            # "set a deadline of 4 a.m. Thursday": the limit set, ahead of the setting
            or (
                (deadline := _DEADLINE_BEFORE.search(text, max(0, start - _DEADLINE_REACH), start))
                is not None
                and deadline["link"].lower() in ("of", "at")
            )
        )
    elif (
        before
        and not forward
        and not group.perfect
        and head in lexicon.DEADLINE_SETTING_VERBS
        and _DEADLINE_BEFORE.search(text, max(0, start - _DEADLINE_REACH), start) is not None
    ):
        # "issued an ultimatum at 4 p.m. Thursday", "gave them a deadline of Monday", "extended the
        # deadline to Friday": the limit created or moved, ahead of the act
        forward = True
    elif (
        before
        and not forward
        and (
            head in lexicon.CANCELLING_VERBS
            # "called a rally for Saturday", "called a new election for November": a weekday or a month
            # alone is near now on either side; a history's "called an election for 8 June" is left to
            # the story's own year
            or (
                head in lexicon.CONVENING_VERBS
                and (
                    _WEEKDAY_NAME.match(text, start) is not None or _MONTH_NAME.match(text, start) is not None
                )
            )
            or (head in lexicon.CANCELLING_WITH_OFF and reader.word(group.last + 1) == "off")
        )
        and reader.words[group.first] not in lexicon.PAST_PERFECT_AUXILIARIES
        and group.tense is Tense.PAST
        and text[max(0, start - 6) : start].rstrip().lower().endswith(" for")
    ):
        # "have already called off classes for Monday": the day called off comes after the calling
        # off, which does not tell on which side of now it falls (the Monday ahead said on a Sunday,
        # the Friday just past in a Saturday story)
        return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
    elif before and not forward and head in lexicon.RESCHEDULING_VERBS:
        # "have changed our flights to Thursday": the new arrangement lies ahead of the change
        forward = (
            bool(reader.size)
            and reader.words[-1] in lexicon.RESCHEDULED_TO_WORDS
            and not _closes_period(reader)
        )
    elif before and not forward and head in lexicon.INFINITIVE_GOVERNORS:
        between = reader.words[group.last + 1 :]
        # "agreed to buy it in February": an infinitive between the verb and the date; for verbs of
        # planning also an object or "until" ("planned a rally on Saturday", "postponed until Tuesday"),
        # but not "as planned Saturday".
        # "hoped to be back before the winter": "be" is an infinitive too, as after "will"
        infinitive = any(
            reader.words[i] == "to" and (reader.flags(i + 1) & _BASE or reader.word(i + 1) == "be")
            for i in range(group.last + 1, reader.size - 1)
        )
        # "ordered that the files be released on Friday": the subjunctive names the act ordered.
        # "recommended that the school close in June": a base form after a subject does the same.
        subjunctive = (
            (head in lexicon.ORDERING_VERBS or head in lexicon.MANDATIVE_VERBS)
            and "that" in between
            and ("be" in between or _subjunctive_after_that(reader, group.last + 1))
        )
        # "ordered everyone out starting at 6 a.m. Wednesday": the date the ordered act starts
        starts = head in lexicon.ORDERING_VERBS and not lexicon.ORDER_START_MARKERS.isdisjoint(between)
        # "wants a special session before the summer": what is wanted now is still to come
        wanted = (
            head in lexicon.WANTING_VERBS
            and group.tense is Tense.PRESENT
            and not group.perfect
            and bool(reader.size)
            and reader.words[-1] in lexicon.WANTED_BY_WORDS
        )
        # "has promised a 20 mph limit in the autumn": a promise still standing names the time of the
        # thing promised ("had promised" or a bare past "promised" may tell of a time gone)
        promised = (
            head in lexicon.PROMISING_VERBS
            and (group.tense is Tense.PRESENT or group.perfect)
            and reader.words[group.first] not in lexicon.PAST_PERFECT_AUXILIARIES
            and bool(reader.size)
            and reader.words[-1] in lexicon.PROMISED_FOR_WORDS
        )
        # "volunteers are invited to a thank-you tea at 3pm on Sunday": an invitation standing now is to
        # something still ahead, an infinitive or not ("were invited to a meeting on Sunday" may be past)
        invited = (
            head in lexicon.INVITING_PARTICIPLES
            and group.tense is Tense.PRESENT
            and not group.perfect
            and group.first != group.last
            and reader.following(group.last) == "to"
        )
        forward = (
            infinitive
            or subjunctive
            or starts
            or wanted
            or promised
            or invited
            or (
                head in lexicon.PLANNING_VERBS
                and not group.perfect
                and any(word in lexicon.PLANNED_OBJECT_OPENERS for word in between)
            )
        )
        if (
            forward
            and group.tense is Tense.PAST
            and head in lexicon.ORDERING_VERBS
            and (not group.perfect or reader.words[group.first] in lexicon.PAST_PERFECT_AUXILIARIES)
        ):
            # "residents were ordered to leave on Tuesday", "agreed to sell it in May": the act comes
            # after a past order or agreement, which does not tell on which side of now it falls (a
            # past plan or threat does: news tells it while its act is pending); so too after a past
            # perfect, which reported speech shifts a past order into ("said they had asked the
            # commission to report by June")
            return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
        if (
            infinitive
            and group.tense is Tense.PAST
            and not group.perfect
            and head in lexicon.PROSPECTIVE_WORDS
            and reader.words[group.first] in lexicon.PAST_SCHEDULE_COPULAS
        ):
            # "the meeting was scheduled to close at 6 p.m. on Friday": a past arrangement, like "was
            # due to close", whose day may have come and gone (the summit ran over) or still be ahead
            if head in lexicon.SCHEDULE_ADJECTIVES and _BUT_AFTER.match(text, end):
                return reading  # "were due to consider it on Wednesday, but it was withdrawn": fell through
            return TenseReading(Tense.PAST, reading.cue, reading.cue_start, after_past=True)
        if forward and group.perfect and reader.words[group.first] in lexicon.PAST_PERFECT_AUXILIARIES:
            # "had been scheduled to expire Friday": a plan the story has overtaken, told from after it.
            forward = False
    elif (
        before
        and not forward
        and group.tense is Tense.PAST
        and _ordered_until(text, reader, group, start, end)
    ):
        # "ordered flags on state buildings lowered to half-staff until Sunday", "ordered the jury
        # sequestered until Friday": a state a past order set lasts until a day still ahead
        forward = True
    elif not forward and _names_schedule(text, reader, group):
        # "the museum reopens on Monday", "the talks are resuming Friday": a timetable, ahead; but
        # "reopens after New Year's Day" puts only the reopening ahead, not the day it follows.
        # A generic subject with a month or season tells a habit: "roads close in winter", "schools
        # open in September"; with a day it is still a timetable: "voters go to the polls on Sunday".
        forward = _SINCE_OR_AFTER.search(text, max(0, start - 12), start) is None and (
            not _generic_subject(text, reader, group) or _PARTICULAR_DAY.search(text, start, end) is not None
        )
        if forward and _tells_frequency(text, start, end):
            # "it opens daily from June", "the museum usually opens in June": a timetable that repeats.
            return TenseReading(Tense.PRESENT, reading.cue, reading.cue_start, habitual=True)
    if forward and reading.tense is not Tense.FUTURE:
        return TenseReading(Tense.FUTURE, reading.cue, reading.cue_start, reading.perfect)
    return reading


#: Characters before a verb group that an order setting its state may stand in.
_ORDER_REACH = 60
_CLAUSE_WORDS = compile_pattern(r"[a-z]+(?:-[a-z]+)*")
_LOWER_WORDS = compile_pattern(r"[a-z]+")
_CLOCK_TIME = compile_pattern(r"\d\s*(?:[ap]\.?m|:\d)|noon|midnight", re.IGNORECASE)


def _ordered_until(text: str, reader: _Reader, group: _Group, start: int, end: int) -> bool:
    """Whether the date ends, after "until", a state that a past order sets: the ordering verb stands a
    few words before the group in its clause, outside the group ("ordered the bridge closed until Monday")."""
    if not reader.size or reader.words[-1] not in lexicon.UNTIL_WORDS or _CLOCK_TIME.search(text, start, end):
        return False  # "ordered polls to stay open until 9 p.m.": the evening of the order itself
    if any(reader.words[i] in lexicon.ORDERING_VERBS for i in range(group.first, group.last + 1)):
        return False  # "allowed him to stay until March 6": an act after the order, on either side
    group_start = reader.tokens.spans[group.first][0]
    window = text[max(0, group_start - _ORDER_REACH) : group_start]
    clause = _CLAUSE_WORDS.findall(
        window[max(window.rfind("."), window.rfind(";"), window.rfind("\n")) + 1 :].lower()
    )
    for position in range(len(clause) - 1, -1, -1):
        if clause[position] in lexicon.RELATIVE_OPENERS or clause[position] == "that":
            return False  # "agreed the list at a meeting that ran until": the verb of another clause
        if clause[position] in lexicon.ORDERING_VERBS:
            return True
    return False


def _subjunctive_after_that(reader: _Reader, first: int) -> bool:
    """Whether a base-form verb follows its subject after "that" from `first` on ("that the school
    close", "that its students move"): the mandative subjunctive, naming an act asked for."""
    words = reader.words
    opened = False
    for index in range(first, reader.size):
        word = words[index]
        if word == "that":
            opened = True
        elif (
            opened
            and reader.flags(index) & _BASE
            and index > 0
            and words[index - 1] not in _NOT_A_SUBJECT_END
        ):
            return True
    return False


def _generic_subject(text: str, reader: _Reader, group: _Group) -> bool:
    """Whether the subject right before a group is a bare plural ("roads close"), which makes the
    present tell what happens generally rather than once."""
    subject = group.first - 1
    if subject < 0 or not reader.joined[group.first]:
        return False
    if not _is_plural_noun(reader.words[subject]):
        # "Schools in the city open in September": the noun the phrase hangs on is the subject.
        head = reader.phrase_head(subject)
        subject = subject if head is None else head
    noun = reader.words[subject]
    if not noun.endswith("s") or noun.endswith(("ss", "us", "is", "'s")) or noun in lexicon.PLURAL_SUBJECTS:
        return False
    # A determiner before the noun or its modifiers makes it particular: "the new rules go into effect".
    index = subject
    while index > 0 and subject - index < 3 and reader.joined[index]:
        index -= 1
        if reader.words[index] in lexicon.DEFINITE_DETERMINERS:
            return False
    if index == 0 and subject - index < 3:
        # The stretch read may begin inside the subject ("The elections in the region take place"): the
        # word before it counts too.
        before = _WORD_BEFORE.search(text, max(0, reader.tokens.spans[0][0] - 16), reader.tokens.spans[0][0])
        if before is not None and before[1].lower() in lexicon.DEFINITE_DETERMINERS:
            return False
    return True


#: The age after "turns" ("turns 100", "turning eighteen", "turns twenty-one"): a bare number, not one
#: counting a noun after it ("turns 90 degrees", "turns 2 per cent higher", "turns 3 hours later").
_AGE_AFTER = compile_pattern(
    r"\s+(\d+|[A-Za-z]+)\b(?:-[a-z]+)?(?![ \t]*(?:%|(?!(?:on|in|at|this|next|today|tomorrow|tonight|and|but|or"
    r"|years?|when|later|during|before|after|with|since|last)\b)[A-Za-z]))"
)


def _turns_an_age(text: str, end: int) -> bool:
    """Whether an age follows a form of "turn" ending at `end` ("turns 100", "turning eighteen")."""
    age = _AGE_AFTER.match(text, end)
    return age is not None and (age[1][0].isdigit() or age[1].lower() in lexicon.AGE_NUMBER_WORDS)


def _names_schedule(text: str, reader: _Reader, group: _Group) -> bool:
    """Whether a present-tense group (no modal, no perfect) names a scheduled event: "opens",
    "is reopening", "takes place", "go to the polls"."""
    if (
        group.tense is not Tense.PRESENT
        or group.perfect
        or reader.words[group.first] in lexicon.NEUTRAL_MODALS
    ):
        return False
    head = reader.words[group.last]
    if head in lexicon.SCHEDULE_VERB_FORMS or head in lexicon.MILESTONE_VERB_FORMS:
        return True
    if head in lexicon.AGE_TURNING_VERB_FORMS and _turns_an_age(text, reader.tokens.spans[group.last][1]):
        return True  # "she turns 100 on Sunday": the age reached lies ahead
    if head in lexicon.MILESTONE_KEEPING_VERB_FORMS and any(
        word in lexicon.MILESTONE_NOUNS
        for word in reader.words[group.last + 1 : group.last + 1 + lexicon.MILESTONE_NOUN_REACH]
    ):
        return True  # "she celebrates her 100th birthday on Sunday", "marks its 50th anniversary Friday"
    if (
        head.endswith("ing")
        and group.first > 0
        and reader.words[group.first] in lexicon.FIRST_PERSON_BE_FORMS
        and reader.words[group.first - 1] in lexicon.FIRST_PERSON_SUBJECTS
    ):
        return True  # "I'm working from home on Wednesday": what a speaker has arranged lies ahead
    after = reader.words[group.last + 1 : group.last + 4]
    return any(after[: len(phrase)] == list(phrase) for phrase in lexicon.SCHEDULE_PHRASES.get(head, ()))


def _forward_marker(text: str, reader: _Reader, start: int) -> TenseReading | None:
    """A word right before the date that puts it ahead: "payable Dec. 7", "effective as of Feb. 1"."""
    index = reader.size - 1
    while index >= 0 and reader.words[index] in lexicon.MARKER_LINKS and reader.size - index <= 3:
        index -= 1
    if index < 0:
        return None
    marker = reader.words[index]
    if (
        index >= 2
        and index < reader.size - 1
        and reader.words[index - 1] in lexicon.PASSIVE_INFINITIVE_AUXILIARIES
        and reader.words[index - 2] == "to"
        and reader.flags(index) & _PARTICIPLE
        and not any(mark in text[reader.tokens.spans[index - 2][0] : start] for mark in ".;:!?")
        # after a comma or a noun ("a review, to be finished", "the money to be returned"), not after
        # a verb whose object it is ("told to be gone by the end of the year" keeps the telling's time)
        and (
            index == 2
            or "," in text[reader.tokens.spans[index - 3][1] : reader.tokens.spans[index - 2][0]]
            or not reader.may_be_verbal(index - 3)
        )
    ):
        # "ordered a review, to be finished by the spring", "a meeting to be held on Tuesday": what a
        # passive infinitive names is still to come, whatever the tense of the clause it hangs on
        cue_start, cue_end = reader.tokens.spans[index - 2][0], reader.tokens.spans[index][1]
        return TenseReading(Tense.FUTURE, text[cue_start:cue_end], cue_start)
    after_of = marker in lexicon.FORWARD_MARKERS_AFTER_OF and reader.previous(index) == "of"
    after_for = marker in lexicon.FORWARD_MARKERS_AFTER_FOR and reader.previous(index) == "for"
    # "is available from 1 September", a CV's "Available from March": a state that begins ahead
    after_be = (
        marker in lexicon.FORWARD_MARKERS_AFTER_PRESENT_BE
        and reader.previous(index) in lexicon.PRESENT_BE_BEFORE_MARKER
    )
    if marker not in lexicon.FORWARD_MARKERS and not after_of and not after_for and not after_be:
        return None
    if index > 0 and reader.joined[index]:
        # Inside a verb group the group decides: "had been due to expire Friday" is past, "is payable
        # Dec. 7" still ahead.
        if reader.words[index - 1] == "to":
            return None
        if reader.is_auxiliary(index - 1):
            group = reader.group_at(index - 1)
            if (
                group is not None
                and group.tense is Tense.PAST
                and not group.perfect
                and group.first == index - 1
                and reader.words[index - 1] in lexicon.PAST_SCHEDULE_COPULAS
                and marker in lexicon.FORWARD_MARKERS_OF_DEBTS
            ):
                # "a week before an interest payment was due June 21": a past arrangement, like "was
                # scheduled to close Friday", whose day may lie on either side of the time of writing
                cue_start = reader.tokens.spans[index - 1][0]
                return TenseReading(
                    Tense.PAST, text[cue_start : reader.tokens.spans[index][1]], cue_start, after_past=True
                )
            if group is None or group.tense is Tense.PAST:
                return None
    if any(mark in text[reader.tokens.spans[index][1] : start] for mark in ".;:!?"):
        return None
    cue_start, cue_end = reader.tokens.spans[index]
    if after_be and reader.previous(index):
        cue_start = reader.tokens.spans[index - 1][0]  # "is available": the present copula leads the cue
    if marker in lexicon.FORWARD_MARKERS_OF_DEBTS and _lapsed_obligation_before(text, cue_start):
        return None  # "missed a payment due June 1": the day it fell due has passed; the clause decides
    return TenseReading(Tense.FUTURE, text[cue_start:cue_end], cue_start)


def _lapsed_obligation_before(text: str, marker_start: int) -> bool:
    """Whether a verb of failing to pay ("missed", "defaulted") leads the clause of a debt's due date,
    a few words back in the same sentence: "missed a $27 million interest payment due June 1"."""
    stretch = text[max(0, marker_start - _REACHES[1]) : marker_start]
    for mark in ".;:!?":
        stretch = stretch.rsplit(mark + " ", 1)[-1]
    words = _LOWER_WORDS.findall(stretch.lower())
    return any(word in lexicon.LAPSED_OBLIGATION_VERBS for word in words[-_DEBT_CLAUSE_WORDS:])


def _nearest_group(reader: _Reader, indexes: range) -> _Group | None:
    form_flags, auxiliary = reader.form_flags, reader.auxiliary
    for index in indexes:
        # `reader.may_be_verbal(index)` without the calls: most words are tried here
        if form_flags[index] or auxiliary[index]:
            group = reader.group_at(index)
            if group is not None:
                return group
    return None


def _in_reduced_relative(reader: _Reader, group: _Group) -> bool:
    """Whether the group, read after a date, is the verb of a relative clause without "that" on the
    subject that opens the stretch: a determiner, a noun (perhaps after one adjective) and a subject
    pronoun ("[Today] the stroke she learned ...", "the old mill they restored ..."), or a subject of
    nouns joined by "and" whose last takes the clause ("his tools, maps and the relics he brought back
    ...")."""
    first = group.first
    if first < 3 or reader.word(0) not in _OBJECT_DETERMINERS:
        return False
    if reader.word(first - 1) not in lexicon.SUBJECT_PRONOUNS:
        return False
    nouns = [reader.word(index) for index in range(1, first - 1)]
    if len(nouns) <= 2:
        return all(noun.isalpha() and noun not in _OBJECT_DETERMINERS for noun in nouns)
    # a longer subject is a list of nouns: "and"/"or" joins them
    return len(nouns) <= 8 and ("and" in nouns or "or" in nouns) and _joined_nouns(nouns)


def _in_reduced_passive(reader: _Reader, group: _Group) -> bool:
    """Whether the group, read after a date, is a participle with "by" after the noun of the subject that
    opens the stretch: "[Today] the bridge designed by her carries trains", "his maps and the sledge
    built by his men are on show"."""
    first = group.first
    if group.last != first or first < 2 or first > 9 or reader.word(0) not in _OBJECT_DETERMINERS:
        return False
    if reader.following(first) != "by" or not _forms().get(reader.word(first), 0) & _PARTICIPLE:
        return False
    return _joined_nouns([reader.word(index) for index in range(1, first)])


def _joined_nouns(words: list[str]) -> bool:
    """Whether `words` are nouns, one or more joined by "and"/"or", where a determiner may open only a
    noun after the conjunction ("maps and the sledge") and no conjunction is left hanging at the end."""
    previous = ""
    for word in words:
        if not word.isalpha() or (word in _OBJECT_DETERMINERS and previous not in ("and", "or")):
            return False
        previous = word
    return previous not in ("and", "or")


def _in_free_relative(reader: _Reader, group: _Group) -> bool:
    """Whether the group, the first verb after a date, is the verb of a free relative clause in the
    subject: "Two years on, much of what the protesters demanded remains undone"."""
    return any(reader.word(i) in lexicon.FREE_RELATIVE_OPENERS for i in range(group.first))


def _counterfactual_occasion(reader: _Reader, group: _Group) -> bool:
    """Whether the group is "would have been" (or "could", "might", "should") opening a free relative
    ("what would have been his 60th birthday"), with the clause's own verb before it."""
    first = group.first
    words = lexicon.COUNTERFACTUAL_OCCASION_GROUP
    return (
        first >= 2
        and reader.word(first - 1) in lexicon.FREE_RELATIVE_OPENERS
        and reader.word(first) in lexicon.COUNTERFACTUAL_OCCASION_MODALS
        and tuple(reader.word(first + 1 + i) for i in range(len(words))) == words
    )


def _in_subject_relative(reader: _Reader, group: _Group) -> bool:
    """Whether the group, the first verb after a date, is the verb of a relative clause opened by
    "that"/"which"/"who" on a noun of the subject: "[Today] almost all the capsules that flew are on
    show", "[Today] the man who built it lives in Ohio". No verb stands before it, so the noun it
    follows has no verb of its own yet ("so that" opens a purpose clause instead)."""
    first = group.first
    if first < 2 or reader.word(first - 1) not in lexicon.SUBJECT_RELATIVE_OPENERS:
        return False
    noun = reader.word(first - 2)
    return noun.isalpha() and noun not in lexicon.CLAUSE_OPENERS and noun not in _OBJECT_DETERMINERS


def _stretch_start(text: str, start: int, reach: int) -> tuple[int, bool]:
    """Where to start reading before `start`: its sentence's start if within reach (True), else the
    first whole word within reach (False)."""
    low = max(0, start - reach)
    sentence_start = _sentence_start(text, low, start)
    if sentence_start is not None:
        return sentence_start, True
    if text[low - 1 : low].isalnum():
        while low < start and text[low].isalnum():
            low += 1
    return low, False


def _finite_verb_next(text: str, end: int) -> bool:
    """Whether the word right after `end` opens a tense-bearing group ("... on Wednesday is a duty")."""
    found = _group_after(text, end)
    return found is not None and found[1].first == 0


def _group_after(text: str, end: int) -> tuple[_Reader, _Group] | None:
    """The nearest tense-bearing group after `end` in its sentence, read a short stretch first."""
    sentence_end = _sentence_end(text, end)
    for reach in _REACHES:
        high = min(sentence_end, end + reach)
        bounded = high >= sentence_end
        if not bounded:
            # The stretch ends inside a word: stop before that word.
            while high > end and text[high - 1 : high + 1].isalnum():
                high -= 1
        reader = _Reader(_Tokens(text, end, high, False))
        group = _nearest_group(reader, range(reader.size))
        if group is not None and (
            _in_reduced_relative(reader, group)
            or _in_subject_relative(reader, group)
            or _in_free_relative(reader, group)
            or _in_reduced_passive(reader, group)
        ):
            # "Today the stroke she learned in the river is taught to every child": the clause's own
            # verb comes after the relative clause on its subject (read further when not yet in reach)
            later = _nearest_group(reader, range(group.last + 1, reader.size))
            if later is None and not bounded and reach != _REACHES[-1]:
                continue
            group = later or group
        # A group that touches the stretch's end may go on ("will | meet"): read further then.
        if group is not None and (group.last < reader.size - 1 or bounded):
            return reader, group
        if bounded:
            return None
    return None


def _closes_period(reader: _Reader) -> bool:
    """Whether the stretch read ends on a period named with "the", its unit and "to" ("postponed in the
    week to", "in the three months to"): the date after it closes that period ("adjourned for two weeks
    to Friday" is a deferral)."""
    words = reader.words
    if reader.size < 3 or words[-1] != "to" or words[-2] not in lexicon.PERIOD_UNITS_BEFORE_TO:
        return False
    return "the" in words[max(0, reader.size - 5) : reader.size - 2]


def governing_tense(text: str, start: int, end: int) -> TenseReading:
    """Tense of the clause that governs text[start:end] (a time expression), read from the words
    around it within its sentence: the nearest tense-bearing verb group before it, else after it."""
    if (
        text.startswith(":", end) or text.startswith(" and ", end) or text.startswith(",", end)
    ) and _status_may_follow(text, end):
        status = _STATUS_AFTER_LABEL.match(text, end)
        if status is not None:
            # "Boxing Day: closed": the participle is the day's state in a notice, no past verb
            return TenseReading(Tense.UNKNOWN, None, None)
    if (
        text.startswith(", which ", end)
        and (described := _PAST_RELATIVE_AFTER.match(text, end)) is not None
        and described[2] not in lexicon.PROSPECTIVE_WORDS
        and described[2] not in lexicon.TIME_NAMING_RELATIVES
    ):
        # "using the CPI figure for September, which was 1.7%": a relative clause set off after the date
        # tells of it in its own tense, whatever the clause around it; not a plan seen from the past
        # ("November, which was expected to be 2%") nor the date named as the time of another event
        # ("will return in July, which was when it began"), which say nothing of whether it has gone by
        return TenseReading(Tense.PAST, described[1], described.start(1))
    if (
        start >= 4
        and text[start - 1] == " "
        and text[start - 4 : start - 1] in lexicon.ESTIMATED_TIME_LABELS
        and not text[start - 5 : start - 4].isalpha()
    ):
        # "the Kestrel Sound shows ETA Thursday": an estimated arrival is still to come
        return TenseReading(Tense.FUTURE, text[start - 4 : start - 1], start - 4)
    possessive = _POSSESSIVE.match(text, end)
    named = possessive or _POSSESSIVE_NAME.match(text, end)  # "Sunday's Malaysian Grand Prix"
    if named is not None:
        looks_ahead = _FOR_EVENT.search(text, max(0, start - 6), start)
        if looks_ahead is not None and _JUDGED_BEFORE.search(text, max(0, start - 40), looks_ahead.start()):
            looks_ahead = None  # "was fined for Sunday's game": the reason for a judgement, already past
        if looks_ahead is None and possessive is None:
            looks_ahead = _AHEAD_OF.search(text, max(0, start - 24), start)
            if looks_ahead is not None and looks_ahead[1].split()[0].lower() not in lexicon.BOUND_LEADS:
                # "cut positions ahead of Wednesday's Federal Reserve decision": what the words before look
                # ahead to is still to come, whatever the name between the day and its noun
                return TenseReading(Tense.FUTURE, looks_ahead[1], looks_ahead.start(1))
        if looks_ahead is not None and _SCHEDULED_EVENT_AFTER.match(text, named.start(1)):
            return TenseReading(Tense.FUTURE, looks_ahead[1], looks_ahead.start(1))
    if possessive:
        # "Wednesday's ruling": the date belongs to a noun, which news names once it has happened,
        # unless the words before look ahead to it ("ahead of Sunday's vote").
        ahead = _AHEAD_OF.search(text, max(0, start - 24), start)
        if not ahead:
            # ... or the clause it is subject of does: "Sunday's vote will decide", "Friday's final starts
            # at eight".
            # A modal says less ("last month's blast might be related").
            found = _group_after(text, possessive.end())
            # "Tuesday's vote on the welfare amendments will ...": a short phrase on the noun comes
            # before the verb of the clause the day's noun is subject of.
            tail = found is not None and _noun_phrase_tail(*found)
            if (
                found is not None
                and (found[1].first <= 2 or tail)
                and found[0].words[found[1].first] not in _HEDGES
            ):
                reading = _direction(text, *found, before=False, start=start, end=end)
                if reading.tense is Tense.FUTURE:
                    return reading
                if (
                    reading.tense is Tense.PRESENT
                    and not reading.perfect
                    and _CONDITION_BEFORE.search(text, max(0, start - 40), start)
                ):
                    # "If Saturday's attempt fails, ...", "once Monday's vote is counted": a present
                    # tense in a clause of condition or time speaks of what is still to come
                    return TenseReading(Tense.FUTURE, reading.cue, reading.cue_start)
                if _present_state_of_scheduled_event(possessive[1], found[0], found[1], own_noun=tail):
                    # "Saturday's concert is sold out": the event as arranged now, still ahead (one
                    # already held would be told with "was").
                    return TenseReading(Tense.FUTURE, reading.cue, reading.cue_start)
            if _AT_OCCASION_BEFORE.search(text, max(0, start - 8), start):
                # "will take her seat at Wednesday's meeting", "will speak during Thursday's debate": a
                # future act done at the day's occasion puts the occasion ahead, whatever its noun
                at_reading = _governing_reading(text, start, end)
                if at_reading.tense is Tense.FUTURE:
                    return at_reading
            if _SCHEDULED_EVENT_AFTER.match(text, possessive.start(1)) or _SCHEDULED_RELEASE_AFTER.match(
                text, possessive.start(1)
            ):
                # "will start Sunday's game", "is expected to miss Saturday's final": a scheduled event
                # that a verb looking ahead takes as object is still to come ("will review Sunday's
                # incident" names a happening, over once it is named by its day).
                before_reading = _governing_reading(text, start, end)
                if before_reading.tense is Tense.FUTURE:
                    return before_reading
                heads_clause = found is not None and (found[1].first <= 2 or tail)
                if (
                    before_reading.tense is Tense.PRESENT
                    and not before_reading.perfect
                    and not heads_clause
                    and not (before_reading.cue or "").lower().endswith("ing")
                    # "the bid is a third above the price at Thursday's close": a copula describes a
                    # state, which may rest on an event already held
                    and (before_reading.cue or "").lower() not in lexicon.PRESENT_COPULAS
                    and _SCHEDULED_EVENT_AFTER.match(text, possessive.start(1)) is not None
                    and (word_before := _WORD_BEFORE_DATE.search(text, max(0, start - 16), start)) is not None
                    and word_before.group(1).lower() in lexicon.SCHEDULED_EVENT_PREPOSITIONS
                ):
                    # "plays for a place in Saturday's final", "when the semi-finals are played, for a
                    # place in Saturday's final": a simple present naming a scheduled event by its day
                    # speaks of it as arranged, still ahead (one already held is told in the past)
                    return TenseReading(Tense.FUTURE, before_reading.cue, before_reading.cue_start)
        if not ahead:
            wanted = _WORD_BEFORE_DATE.search(text, max(0, start - 16), start)
            if (
                wanted is not None
                and wanted[1].lower() in lexicon.WANTING_VERBS
                and _INFINITIVE_AFTER_OBJECT.match(text, possessive.end())
            ):
                # "Police expect Saturday's march to pass off peacefully", "wants Friday's vote to go
                # ahead": what is wanted or expected of the day's event lies ahead of the present verb
                return TenseReading(Tense.FUTURE, wanted[1], wanted.start(1))
            moved = _moves_the_event(text, start)
            if moved is not None:
                # "moved Saturday's games to the evening", "postponed Sunday's race": the event was still
                # to come when it was moved, which does not tell on which side of now its day falls
                return TenseReading(Tense.PAST, text[moved : moved + 12].split()[0], moved, after_past=True)
        tense = Tense.FUTURE if ahead else Tense.PAST
        cue_start, cue_end = ahead.span(1) if ahead else possessive.span(1)
        return TenseReading(tense, text[cue_start:cue_end], cue_start)
    subject = _subject_of_reported_clause(text, start, end) or _date_on_reported_subject(text, start, end)
    if subject is not None:
        return subject
    reading = _governing_reading(text, start, end)
    if reading.cue is not None and reading.cue_start is not None and reading.tense in _SUBJECT_NOUN_TENSES:
        subject_reading = _verb_after_subject_time(text, reading, start, end)
        if subject_reading is not None:
            return subject_reading
    before = text[max(0, start - 12) : start]
    present = reading.tense is Tense.PRESENT  # asked below up to three times
    if (
        reading.perfect
        and reading.tense is Tense.PAST
        and _BY.search(before)
        and _is_past_perfect(reading)
        and not _clause_between(text, reading, start)
    ):
        # "By Sunday evening he had released them": the time the act was done by, not one before it.
        return replace(reading, by_deadline=True)
    # "to pay the loan by February", "expects it completed by Dec. 15", "has given them until Tuesday":
    # a deadline set now lies ahead; so does the earliest time of an act ("could vote as early as Tuesday").
    if present and not reading.habitual and _DEADLINE.search(before):
        if _tells_frequency(text, start, end):
            # "the ferry runs daily until September": the end of a season, not a deadline ahead.
            return replace(reading, habitual=True)
        return TenseReading(Tense.FUTURE, reading.cue, reading.cue_start, reading.perfect)
    if (
        reading.perfect
        and reading.cue is not None
        and reading.cue.lower().startswith(("has", "have"))
        and _UNTIL.search(before)
    ):
        return TenseReading(Tense.FUTURE, reading.cue, reading.cue_start, reading.perfect)
    if present and _reported_possibility(text, reading):
        return TenseReading(Tense.FUTURE, reading.cue, reading.cue_start)
    if (
        present
        and not reading.habitual
        and not reading.perfect
        and reading.cue_start is not None
        and reading.cue is not None
        and reading.cue.split()[0].lower() not in lexicon.NEUTRAL_MODALS
    ):
        clause = _TEMPORAL_CLAUSE_BEFORE.search(text, max(0, reading.cue_start - 40), reading.cue_start)
        if (
            clause is not None
            and (_PARTICULAR_DAY.search(text, start, end) or _CLOCK_WORD.search(text, start, end))
            and not _tells_frequency(text, start, end)
        ):
            # "could crash when their clocks roll over on Dec. 31", "once the store reopens on Monday": a
            # clause of time or condition tells a future act in the present tense (the cue keeps its
            # subordinator: "when" and "once" take the act as certain, "if" does not)
            cue_end = reading.cue_start + len(reading.cue)
            return TenseReading(Tense.FUTURE, text[clause.start() : cue_end], clause.start())
    return reading


def _subject_of_reported_clause(text: str, start: int, end: int) -> TenseReading | None:
    """ "Forecasters said Friday would bring rain": a date between a verb of saying and a modal with its
    verb is the subject of the reported clause, which looks ahead; the verb of saying only reports it
    (None when the words around the date are not so). So is a date inside that subject, after a noun and a
    preposition, alone or joined to another: "Northern said tickets for Saturday and Sunday would be
    accepted"."""
    after = _WORD_AFTER_DATE.match(text, end)
    if after is None or after[1] not in lexicon.REPORTED_SUBJECT_MODALS:
        joined = _JOINED_NAME_AFTER.match(text, end)
        after = _WORD_AFTER_DATE.match(text, joined.end()) if joined is not None else None
        if after is None or after[1] not in lexicon.REPORTED_SUBJECT_MODALS:
            return None
    verb = _WORD_AFTER_DATE.match(text, after.end())
    if verb is None:
        return None
    before = _WORD_BEFORE_DATE.search(text, max(0, start - 16), start)
    if before is None:
        return None
    if before[1].lower() not in lexicon.SAYING_VERBS:
        phrase = _REPORTED_SUBJECT_BEFORE_DATE.search(text, max(0, start - 70), start)
        if (
            phrase is None
            or phrase["verb"].lower() not in lexicon.SAYING_VERBS
            or phrase["prep"] not in lexicon.REPORTED_SUBJECT_DATE_PREPOSITIONS
            or any(
                word in lexicon.SUBJECT_PRONOUNS
                or word in lexicon.REPORTED_SUBJECT_MODALS
                or word in lexicon.PAST_AUXILIARIES
                or word in lexicon.PRESENT_AUXILIARIES
                or word in lexicon.NON_FINITE_AUXILIARIES
                or word == "that"
                for word in phrase["noun"].split()
            )
        ):
            return None
    return TenseReading(Tense.FUTURE, text[after.start(1) : verb.end(1)], after.start(1))


def _date_on_reported_subject(text: str, start: int, end: int) -> TenseReading | None:
    """ "Forecasters said that the March-May rains would also fail", "warned the June harvest will be
    small": a month or a day before the noun that is subject of a reported clause with a modal dates
    that subject, which the clause looks ahead to; the verb of saying only reports it."""
    after = _DATED_SUBJECT_THEN_MODAL.match(text, end)
    if after is None or after["modal"] not in lexicon.REPORTED_SUBJECT_MODALS:
        return None
    before = _REPORTED_THE_BEFORE_DATE.search(text, max(0, start - 24), start)
    if before is None or (before["lead"] != "that" and before["lead"] not in lexicon.SAYING_VERBS):
        return None
    return TenseReading(Tense.FUTURE, after["modal"], after.start("modal"))


def _moves_the_event(text: str, start: int) -> int | None:
    """Where the verb right before a possessive day starts when it postpones, moves or calls off the
    event the day names ("postponed Sunday's race", "called off Friday's game"), else None."""
    before = _WORD_BEFORE_DATE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    word = before[1].lower()
    if word == "off":
        verb = _WORD_BEFORE_DATE.search(text, max(0, before.start() - 30), before.start())
        if verb is not None and verb[1].lower() in lexicon.CANCELLING_WITH_OFF:
            return verb.start(1)
        return None
    if (
        word in lexicon.DEFERRING_VERBS
        or word in lexicon.RESCHEDULING_VERBS
        or word in lexicon.CANCELLING_VERBS
    ):
        return before.start(1)
    return None


def _reported_possibility(text: str, reading: TenseReading) -> bool:
    """ "Forecasters say a second storm could bring snow on Wednesday": what someone says now could
    happen lies ahead. A past "said ... could reopen in May" and a passive of ability ("could be
    located Wednesday") leave the direction open."""
    cue = (reading.cue or "").lower()
    if reading.cue_start is None or not cue.startswith("could ") or cue.startswith("could be"):
        return False
    reach = max(0, reading.cue_start - _LOOK_BEHIND)
    low = _sentence_start(text, reach, reading.cue_start)
    before = text[reach if low is None else low : reading.cue_start]
    return any(word.lower() in lexicon.PRESENT_REPORTING_VERBS for word in _TOKEN.findall(before))


def _clause_between(text: str, reading: TenseReading, start: int) -> bool:
    """Whether a clause opens between a cue before a date and the date ("had said that by 1992 it
    would"), so the date belongs to that clause rather than to the cue's."""
    if reading.cue_start is None or reading.cue is None or reading.cue_start > start:
        return False
    between = text[reading.cue_start + len(reading.cue) : start].lower().split()
    return any(word.strip(",;:") in lexicon.CLAUSE_OPENERS for word in between)


def _is_past_perfect(reading: TenseReading) -> bool:
    cue = (reading.cue or "").lower()
    return cue.startswith(("had ", "'d ", "’d "))


def _tells_frequency(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end], outside it, holds an adverb of frequency ("daily",
    "usually") or "every"/"each" before a unit of time ("every year")."""
    low = _sentence_start(text, max(0, start - _LOOK_BEHIND), start)
    high = _sentence_end(text, end)
    sentence_start = max(0, start - _LOOK_BEHIND) if low is None else low
    for stretch_start, stretch_end in ((sentence_start, start), (end, high)):
        for match in _FREQUENCY_WORD.finditer(text, stretch_start, stretch_end):
            unit = match[1]
            if unit is None or unit.lower() in lexicon.REPEATED_TIME_UNITS:
                return True
    return False


def _noun_phrase_tail(reader: _Reader, group: _Group) -> bool:
    """Whether the words before `group` are one short prepositional phrase on the noun before them
    ("on the welfare amendments"), with no comma or verb in it."""
    return (
        3 <= group.first <= 6
        and reader.words[0] in lexicon.DAY_NOUN_PHRASE_PREPOSITIONS
        and not any(word in {",", ";", ":"} for word in reader.words[: group.first])
    )


def _present_state_of_scheduled_event(
    first_noun: str, reader: _Reader, group: _Group, *, own_noun: bool = False
) -> bool:
    """Whether the clause after "<day>'s <noun>" is a present copula (no perfect, no modal) whose
    subject names a scheduled event: "Saturday's concert is sold out", "Friday's final is at Wembley"."""
    noun = first_noun if group.first == 0 or own_noun else reader.words[group.first - 1]
    return (
        group.tense is Tense.PRESENT
        and not group.perfect
        and reader.words[group.first] in lexicon.PRESENT_COPULAS
        and noun in lexicon.SCHEDULED_EVENT_NOUNS
    )


def _closed_relative_clause(text: str, reader: _Reader, group: _Group, start: int) -> int | None:
    """The index of "which"/"who" opening a relative clause after a comma that holds `group` and is
    closed by a comma before `start`, or None."""
    spans = reader.tokens.spans
    after = text[spans[group.last][1] : start]
    closing = after.rfind(",")
    # one comma closes the clause, and what follows it is not the rest of a list ("who served as
    # treasurer, secretary and coach until May")
    if closing < 0 or after.count(",") > 1 or _LIST_GOES_ON.search(after, closing):
        return None
    for index in range(group.first - 1, max(-1, group.first - 6), -1):
        if "," in text[spans[index][1] : spans[index + 1][0]]:
            return None  # a comma between the verb and an opener: not one clause
        if reader.words[index] in lexicon.RELATIVE_OPENERS:
            # the stretch read may open on the opener itself, its comma just outside it
            before = spans[index - 1][1] if index > 0 else max(0, spans[index][0] - 3)
            return index if "," in text[before : spans[index][0]] else None
    return None


def _verb_after_clause(text: str, reader: _Reader, relative: _Group, start: int) -> _Group | None:
    """The present-tense verb opening the words after the comma that closes a relative clause on the
    subject ("Relatives of the victims, who ..., plan a memorial service"), or None."""
    spans = reader.tokens.spans
    closing = text.rfind(",", spans[relative.last][1], start)
    for index in range(relative.last + 1, reader.size):
        if spans[index][0] > closing:
            flags = reader.flags(index)
            if flags & (_BASE | _THIRD_PERSON) and not flags & _PAST and not reader.is_auxiliary(index):
                return _Group(Tense.PRESENT, index, index)
            return reader.group_at(index) if reader.is_auxiliary(index) else None
    return None


def _coordinated_after_comma(reader: _Reader, group: _Group) -> bool:
    """Whether the date follows ", and" (or ", but") and one preposition, further from the verb group
    before it than `_opens_clause` reaches: "..., and [on 20 January] ..."."""
    size = reader.size
    return (
        size >= 2
        and group.last < size - 3
        and reader.words[-1] in lexicon.CLAUSE_DATE_PREPOSITIONS
        and reader.words[-2] in lexicon.SUBJECT_CLAUSE_COORDINATORS
        and not reader.joined[size - 2]
    )


def _subject_phrase_opens(reader: _Reader, group: _Group) -> bool:
    """Whether the words between the date and the verb group after it are one noun phrase opened by a
    determiner, with no comma: the new clause's subject ("..., and on 4 May [the four powers] announced",
    "and in June [the new city council] voted")."""
    first = group.first
    return (
        first <= lexicon.SUBJECT_PHRASE_WORDS
        and reader.words[0] in lexicon.NOUN_DETERMINERS
        and all(reader.joined[1 : first + 1])
    )


def _bare_date_after_comma_coordinator(reader: _Reader, group: _Group) -> bool:
    """Whether the date follows ", but" (or ", and", ", so") with no preposition, opening the next
    clause before its subject: "It is hard, but [today] somebody said it was wrong"."""
    size = reader.size
    spans = reader.tokens.spans
    return (
        size >= 2
        and group.last < size - 2
        and reader.words[-1] in lexicon.SUBJECT_CLAUSE_COORDINATORS
        and not reader.joined[size - 1]
        # "reopened between 1979 and 2004, and now carries": a figure, not a comma, before the "and" makes
        # it the range's, and the date stays in the clause of the verb before it
        and "," in reader.tokens.text[spans[size - 2][1] : spans[size - 1][0]]
    )


def _opens_clause(reader: _Reader, group: _Group) -> bool:
    """Whether a clause opener stands between the verb group before a date and the date, with no
    other word than a preposition: "said that [on Friday] ...", "left, and [on Monday] ..."."""
    between = reader.words[group.last + 1 :]
    return bool(between) and between[0] in lexicon.CLAUSE_OPENERS and len(between) <= 3


#: The tenses of a lone word that may be a subject's noun read as a verb ("exports", "output").
_SUBJECT_NOUN_TENSES = frozenset({Tense.PRESENT, Tense.PAST})


def _verb_after_subject_time(text: str, reading: TenseReading, start: int, end: int) -> TenseReading | None:
    """ "Car exports in March fell sharply", "Output in March rose": a word read as a present or a past verb
    right before "in" and the date is the head noun of the subject when a past verb comes right after the
    date; that verb governs."""
    cue, cue_start = reading.cue or "", reading.cue_start or 0
    between = text[cue_start + len(cue) : start].split()
    if (
        " " in cue
        or len(between) != 1
        or between[0].lower() not in lexicon.SUBJECT_TIME_PREPOSITIONS
        # "whose last flight was in March, had no comment": an auxiliary or a word that is only a verb is
        # the verb, and the verb after the subject follows the date at once
        or not text.startswith(" ", end)
        or not text[end + 1 : end + 2].isalpha()
        or (low_cue := cue.lower()) in lexicon.PAST_AUXILIARIES
        or low_cue in lexicon.PRESENT_AUXILIARIES
        or only_a_verb(cue)
    ):
        return None
    found = _group_after(text, end)
    if found is None or found[1].first != 0 or found[1].tense is not Tense.PAST:
        return None
    return _direction(text, *found, before=False, start=start, end=end)


def _governing_reading(text: str, start: int, end: int) -> TenseReading:
    # Most clauses put their verb close to the date, so a short stretch is read first and the rest
    # of the sentence only when that stretch holds no verb group (or one that may reach further left).
    for reach in _REACHES:
        low, at_sentence_start = _stretch_start(text, start, reach)
        reader = _Reader(_Tokens(text, low, start, at_sentence_start))
        reader.date_start = start
        reader.date_end = end
        if reach == _REACHES[0]:
            marked = _forward_marker(text, reader, start)
            if marked is not None:
                return marked
        bounded = at_sentence_start or reach == _LOOK_BEHIND
        group = _nearest_group(reader, range(reader.size - 1, -1, -1))
        if group is not None and _counterfactual_occasion(reader, group):
            # "will mark what would have been her 80th birthday on Wednesday": the occasion named by the
            # free relative falls at the time of the clause's own verb
            group = _nearest_group(reader, range(group.first - 2, -1, -1))
        if group is not None:
            opener = _closed_relative_clause(text, reader, group, start)
            if opener is not None:
                # "that the school, which opened in 1954, close in June": a relative clause set off by
                # commas and closed before the date tells its own time, not the date's
                relative = group
                group = _nearest_group(reader, range(opener - 1, -1, -1))
                if group is None:
                    # "Relatives, who have been briefed, plan a service on Sunday": the subject's own verb
                    # comes right after the clause
                    group = _verb_after_clause(text, reader, relative, start)
        # "[has] instead marked": a group whose stretch opens on adverbs alone may have its auxiliary
        # further left, so a longer stretch is read
        if group is not None and (
            bounded or (group.first > 0 and not lexicon.GROUP_ADVERBS.issuperset(reader.words[: group.first]))
        ):
            if (
                reader.size
                and reader.words[-1] in lexicon.SUBJECT_CLAUSE_COORDINATORS
                and _FUTURE_AUXILIARY_NEXT.match(text, end)
            ):
                # "Upgrades take time, and October will be here soon": the date is the new clause's subject
                found = _group_after(text, end)
                if found is not None and found[1].first == 0:
                    return _direction(text, *found, before=False, start=start, end=end)
            if _coordinated_after_comma(reader, group) or _bare_date_after_comma_coordinator(reader, group):
                # "could manage only a few miles a day, and on 20 January it made camp": after ", and"
                # and a preposition the date opens the next clause, whose verb follows it
                found = _group_after(text, end)
                if found is not None and (found[1].first <= 2 or _subject_phrase_opens(*found)):
                    return _direction(text, *found, before=False, start=start, end=end)
            if _opens_clause(reader, group):
                # "officials said that on Friday the army will leave": the date opens the next clause.
                found = _group_after(text, end)
                if found is not None:
                    return _direction(text, *found, before=False, start=start, end=end)
            if text.find(";", reader.tokens.spans[group.last][1], start) >= 0:
                # "dates are given where an event is known by both; the risings of February fell in
                # March": a semicolon closes the clause before it, and the date belongs to the next one
                found = _group_after(text, end)
                if found is not None:
                    return _direction(text, *found, before=False, start=start, end=end)
            return _direction(text, reader, group, before=True, start=start, end=end)
        if bounded:
            break
    found = _group_after(text, end)
    if found is None or found[1].first > 0:
        # "Most engineers today accept that it was built": the base form right after the date is the
        # verb, though its subject lies before the stretch read from the date on
        present = _present_around_date(text, start, end)
        if present is not None:
            return present
    if found is None or _own_clause_after_comma(text, start, end, *found):
        return UNKNOWN_READING
    return _direction(text, *found, before=False, start=start, end=end)


def _own_clause_after_comma(text: str, start: int, end: int, reader: _Reader, group: _Group) -> bool:
    """ "Its racing game remains on track for October, and the company said ...": where the words
    before the date (a subject and more) hold no verb group the reader knows (a verb form that is also
    a noun), a comma, a coordinator and a new subject after the date open another clause, whose verb
    does not tell the date's time."""
    joined = _COMMA_COORDINATOR_SUBJECT.match(text, end)
    if (
        joined is None
        or joined["coordinator"].lower() not in lexicon.SUBJECT_CLAUSE_COORDINATORS
        or not (
            joined["subject"].lower() in lexicon.NOUN_DETERMINERS
            or joined["subject"].lower() in lexicon.SUBJECT_PRONOUNS
        )
        or reader.tokens.spans[group.first][0] < joined.end()
    ):
        return False
    low, _ = _stretch_start(text, start, _LOOK_BEHIND)
    return len(text[low:start].split()) >= _WORDS_BEFORE_AN_OWN_CLAUSE


def _present_around_date(text: str, start: int, end: int) -> TenseReading | None:
    """ "Official forms today ask for the year", "Historians now believe": a date between a plural
    subject and a base form is the time of that present-tense verb (the stretches read from either
    side of the date hold only half of the clause)."""
    after = _WORD_AFTER_DATE.match(text, end)
    if after is None or not _forms().get(after[1], 0) & _BASE:
        return None
    before = _WORD_BEFORE_DATE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    if not _plural_subject(before[1].lower()):
        # "Historians of the movement today give": a base form cannot agree with the of-phrase's
        # noun, so its subject is the plural head the phrase hangs on
        head = _HEAD_BEFORE_OF_PHRASE.search(text, max(0, start - 60), start)
        if head is None or not _plural_subject(head[1].lower()):
            return None
    return TenseReading(Tense.PRESENT, after[1], after.start(1))


def _plural_subject(word: str) -> bool:
    """Whether `word` may be a plural subject of a base-form verb ("they", "historians")."""
    return word in lexicon.PLURAL_SUBJECTS or (
        _is_plural_noun(word) and not _forms().get(word, 0) & ~_ALSO_NOUN & ~_THIRD_PERSON
    )


def only_a_verb(word: str) -> bool:
    """Whether `word` is a verb form and nothing else ("acquire", "struck"), not also a noun or an
    adjective ("calendar", "open") that a phrase between a verb and its date may hold."""
    flags = _forms().get(word.lower(), 0)
    return bool(flags) and not flags & (_ALSO_NOUN | _ALSO_ADJECTIVE)


def past_verb_form(word: str) -> bool:
    """Whether `word` is a simple past form ("found", "went", "announced"), whatever else it may be."""
    return bool(_forms().get(word.lower(), 0) & _PAST)


def never_a_verb(word: str) -> bool:
    """Whether `word` is no verb form the table knows ("galas", "screenings"), so a noun or another word."""
    return not _forms().get(word.lower(), 0) and not _derived_flags(word.lower())


def verb_tense(text: str, start: int, end: int) -> TenseReading:
    """Grammatical tense of the verb (or event) whose head is text[start:end], from its own form and
    auxiliaries, as TimeML annotates it (the present perfect is PRESENT with `perfect=True`).

    Non-finite heads (infinitives, bare participles after a noun marker, nouns) read UNKNOWN; a
    predicate adjective or noun takes the tense of its copula ("was dead", "will be ready")."""
    low, at_sentence_start = _stretch_start(text, start, _REACHES[1])
    reader = _Reader(_Tokens(text, low, min(len(text), end + 40), at_sentence_start))
    head = None
    for index, (token_start, token_end) in enumerate(reader.tokens.spans):
        if token_start < end and token_end > start:
            head = index  # the last word of the span is its head
    if head is None:
        return UNKNOWN_READING
    reader.event_head = head
    group = reader.group_at(head) if reader.may_be_verbal(head) else _copula_group(reader, head)
    if group is None:
        return UNKNOWN_READING
    return _reading(text, reader, group)


def _copula_group(reader: _Reader, head: int) -> _Group | None:
    index = head - 1
    while index >= 0 and reader.is_adverb(index):
        index -= 1
    if index < 0 or not reader.is_auxiliary(index):
        return None
    group = reader.group_at(index)
    if group is None:
        return None
    return _Group(group.tense, group.first, head, group.perfect, group.prospective)
