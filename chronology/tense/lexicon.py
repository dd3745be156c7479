"""English function words the tense reader needs: auxiliaries, modals, subjects, determiners.

Verb forms (announced, went, reports) live in `verb_forms`; this module holds the short closed
classes that decide how those forms are read.
"""

from __future__ import annotations

#: Auxiliaries that make a verb group future: "will meet", "shall meet", "'ll meet", "wo(n't) meet".
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "sha"})

#: Labels of an estimated time of arrival or departure, written right before the day they give ("ETA
#: Thursday", "ETD Monday"): an estimate is of a time still to come.
ESTIMATED_TIME_LABELS = frozenset({"ETA", "ETD"})

#: "would meet" is future seen from the past; "would have met" is past.
CONDITIONAL_AUXILIARIES = frozenset({"would"})

#: Auxiliaries that are also nouns, and the determiners that make them one: "the will of the North",
#: "his will", "a can of fuel" ("all will be well" keeps the auxiliary).
AUXILIARIES_ALSO_NOUNS = frozenset({"will", "can"})
NOUN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "our", "your", "my", "'s"})

#: Endings of words formed as adjectives ("seasonal", "annual", "political", "previous"): one between a
#: determiner and a form that is also a noun makes that form the noun ("its seasonal forecast"). Endings
#: that many nouns share are left out ("St Patrick's Cathedral holds", "the clinic saw", "the detective
#: saw", "the family saw", "the priest saw", "the constable saw"). Narrower than the events lexicon's
#: table of the same name, which marks any modifier before a head noun.
ADJECTIVE_ENDINGS = ("onal", "ual", "ical", "ous")

#: Modals read as future unless followed by "have" + participle ("may have met" is past).
PROSPECTIVE_MODALS = frozenset({"may", "might", "should", "must", "ought"})

#: Modals that carry no direction of their own: the next tense-bearing word decides.
NEUTRAL_MODALS = frozenset({"could", "ca", "can", "cannot"})

PAST_AUXILIARIES = frozenset({"was", "were", "did", "had"})

PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'re", "'m", "does", "do", "has", "have", "'ve"})

#: Auxiliaries of the perfect: followed by a participle they make "has announced".
PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "had"})

#: Non-finite auxiliaries inside a verb group: "will have been killed".
NON_FINITE_AUXILIARIES = frozenset({"be", "been", "being", "have", "having"})

#: Words that may sit inside a verb group without ending it: "has not yet announced".
GROUP_ADVERBS = frozenset(
    {
        "not",
        "n't",
        "never",
        "also",
        "already",
        "just",
        "still",
        "yet",
        "ever",
        "only",
        "even",
        "now",
        "then",
        "soon",
        "later",
        "since",
        "all",
        "both",
        "each",
        "again",
        "once",
        "first",
        "finally",
        "reportedly",
        "apparently",
        "probably",
        "likely",
        "allegedly",
        "recently",
        "previously",
        "initially",
        "originally",
        "officially",
        "formally",
        "quickly",
        "long",
        "further",
        # "are best seen", "is best known for": the superlative of "well" inside a passive's group
        "best",
        "often",
        "sometimes",
        "always",
        "too",
        "either",
        "nevertheless",
        "instead",
    }
)

#: Subjects after which a bare base form is a present-tense verb: "they meet", "we report".
PLURAL_SUBJECTS = frozenset({"i", "we", "you", "they", "who", "which", "that"})

#: Words that open what follows a verb, so an ambiguous form before them is a verb: "estimates the",
#: "plans to", "says that".
OBJECT_OPENERS = frozenset(
    {
        "the",
        "a",
        "an",
        "that",
        "to",
        "this",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "it",
        "him",
        "them",
        "us",
        "he",
        "she",
        "they",
        "we",
        "there",
        "no",
        "some",
        "any",
        "more",
        "half",
        "up",
        "out",
        "down",
        "back",
    }
)

#: Prefixes that make a verb of a verb ("repurchased", "outsold"), for words the table lacks. "un-"
#: is not among them: "unnamed", "unchanged" are adjectives.
VERB_PREFIXES = ("re", "out", "over", "under", "pre", "co", "mis", "dis", "de", "up", "counter", "inter")

#: Plural nouns that often modify the next noun ("news conference", "arms control", "sales tax"), so a
#: base form after them is no verb.
PLURAL_NOUN_MODIFIERS = frozenset(
    {
        "news",
        "arms",
        "sales",
        "savings",
        "sports",
        "series",
        "species",
        "customs",
        "earnings",
        "securities",
        "goods",
    }
)

#: Words joining the last item of a list of nouns ("cutlery, plates and straws").
LIST_CONJUNCTIONS = frozenset({"and", "or"})

#: Subjects after which an -s form is a verb rather than a plural noun: "he reports", "it plans".
SINGULAR_SUBJECTS = frozenset(
    {"he", "she", "it", "who", "which", "that", "this", "one", "everyone", "nobody"}
)

#: Personal subject pronouns. One opening a relative clause without "that" right after its noun ("the
#: stroke she learned", "the firm they founded"); one between an auxiliary and its verb in a question
#: ("will it come before the weekend?"), where the verb belongs to the auxiliary's group.
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})

#: Endings of the adjectives of peoples and places ("Canadian", "Japanese", "British", "Korean",
#: "American"), which a capitalized word before a noun-or-verb form ("stores", "plants") has when it
#: modifies that noun rather than names its subject.
DEMONYM_ENDINGS: tuple[str, ...] = ("ian", "ean", "ese", "ish", "ican", "ench", "tch")

#: Words before such an adjective that open a noun phrase: "its Canadian stores", "U.S. and Canadian".
DEMONYM_LEADS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "these",
        "those",
        "and",
        "or",
        # a count before the people named: "some 12,000 French troops", "many Dutch settlers"
        "some",
        "many",
        "several",
        "few",
        "all",
        "most",
    }
)

#: Verbs whose "'s" makes a suggestion ("let's see"): no past, whatever their form.
HORTATIVE_VERBS = frozenset({"let"})

#: Pronouns after which "'s" is "is" or "has" rather than a possessive: "it's", "he's".
CONTRACTING_PRONOUNS = frozenset(
    {"it", "he", "she", "that", "there", "what", "who", "here", "where", "let",
     # indefinite pronouns contract "is" as well: "someone's coming to look at it"
     "someone", "somebody", "everyone", "everybody", "nobody", "anyone", "anybody", "everything", "something",
     "nothing"}
)  # fmt: skip

#: Words after which a verb form is a noun or adjective: "the attack", "a killed soldier", "its plans".
NOUN_MARKERS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "'s",
        "some",
        "any",
        "no",
        "many",
        "several",
        "few",
        "more",
        "most",
        "other",
        "another",
        "such",
        "every",
        "each",
        "of",
        "in",
        "for",
        "with",
        "from",
        "by",
        "about",
        "against",
        "after",
        "before",
        "during",
        "among",
        "new",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "last",
        "next",
    }
)

#: What may follow a past form right after a count among the noun markers ("" for a pause or the end):
#: a count is often the subject itself ("Two died in the crash", "Crew of four set for launch", "left
#: the party"), while "four wounded soldiers" is still a noun phrase.
AFTER_COUNTED_SUBJECT_VERB = frozenset(
    {"in", "on", "at", "for", "from", "after", "during", "near", "outside", "inside", "when", "as",
     "the", "a", "an", "his", "her", "their", "its", ""}
)  # fmt: skip

#: Verbs whose object a participle may follow as its intended state: "want the levee finished by Monday",
#: "needs the roads cleared before dawn", "will keep the market supplied through the winter" (the
#: participle is no finite verb; the verb before governs).
OBJECT_COMPLEMENT_VERBS = frozenset(
    """
    want wants wanted need needs needed like likes liked expect expects expected get gets got
    keep keeps kept
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Prepositions between such a participle and the time it is wanted by or held through: "filled by",
#: "cleared before", "supplied through" ("want the man arrested on Monday freed" is a reduced relative:
#: the arrest is past).
OBJECT_COMPLEMENT_DEADLINES = frozenset({"by", "before", "until", "till", "til", "through", "throughout"})

#: Participles that work as prepositions or connectives and head no clause: "based in", "according to".
PREPOSITIONAL_PARTICIPLES = frozenset(
    {
        "according",
        "based",
        "compared",
        "concerning",
        "considering",
        "excluding",
        "following",
        "given",
        "including",
        "provided",
        "regarding",
        "related",
        "starting",
        "beginning",
        "ending",
        "pending",
        "barring",
        "dated",
    }
)

#: Of those, the past forms of verbs that take an object: after their subject and before the object
#: they are the clause's past verb ("The council provided shelter", "Inspectors compared the figures").
OBJECT_TAKING_PREPOSITIONAL_PARTICIPLES = frozenset({"provided", "compared"})

#: Words after such a form that make it the preposition or connective: "compared with", "provided that".
PREPOSITIONAL_PARTICIPLE_LINKS = frozenset(
    {"with", "to", "that", "by", "for", "in", "on", "as", "if", "against"}
)

#: Past verbs that take an object and a bare infinitive: "made him stand", "let them go", "saw the men
#: run", "helped them pack"; a base form joined to that infinitive by "and" is one too, of the past.
BARE_INFINITIVE_TAKERS = frozenset(
    {"made", "let", "helped", "saw", "watched", "heard", "felt", "had", "bade"}
)

#: Adjectives of wanting before "to": "have been eager to settle it before the summer", "is keen to
#: finish by March", "were anxious to leave before the rains": what is wanted lies after the wanting, as
#: "is going to" points ahead (only before "to": "anxious about the weekend" keeps its clause's tense).
EAGER_BEFORE_TO = frozenset({"eager", "keen", "anxious"})

#: Participles and adjectives that point forward even in the present: "is expected to", "scheduled for".
PROSPECTIVE_WORDS = EAGER_BEFORE_TO | frozenset(
    {
        "expected",
        "scheduled",
        "set",
        "due",
        "slated",
        "planned",
        "poised",
        "about",
        "going",
        "supposed",
        "bound",
    }
)

#: Prospective words that point ahead only before "to": "is going to", "is about to", "is bound to",
#: "were unlikely to" (kept in the verb group, though "likely" is also an adverb).
PROSPECTIVE_BEFORE_TO = EAGER_BEFORE_TO | frozenset(
    {"going", "about", "supposed", "bound", "likely", "unlikely"}
)

#: Participles of foretelling that point ahead in a present passive ("rain is forecast for Monday",
#: "temperatures are forecast to reach 36C on Monday", "is predicted to peak on Friday"), which are past
#: forms of their verbs too ("the Met Office forecast rain on Monday" keeps its clause's tense).
PROSPECTIVE_AFTER_PRESENT_COPULA = frozenset({"forecast", "forecasted", "predicted", "projected"})

#: Present verbs of obligation before "to": "I have to be at work Wed", "she needs to leave Friday" lie
#: ahead ("had to" tells a past obligation).
OBLIGATION_BEFORE_TO = frozenset({"have", "has", "need", "needs"})

#: Contractions of "is" or "has" that count only after a pronoun.
CONTRACTED_IS = "'s"

#: "'d" is "had" before a participle and "would" before a base form.
CONTRACTED_HAD_OR_WOULD = "'d"

#: Capitalized words that are months or names far more often than verbs or modals mid-sentence.
CAPITALIZED_NON_VERBS = frozenset({"may", "march", "will", "sun", "wed", "sat", "mark", "august", "june"})

#: Verbs of planning and scheduling: whatever their tense, the date in their clause is the planned
#: one, ahead of the planning ("planned to leave on Thursday", "postponed the vote until Monday").
PLANNING_VERBS = frozenset(
    {
        "plan",
        "plans",
        "planned",
        "planning",
        "schedule",
        "schedules",
        "scheduled",
        "rescheduled",
        "intend",
        "intends",
        "intended",
        "postpone",
        "postpones",
        "postponed",
        "delay",
        "delays",
        "delayed",
        "adjourn",
        "adjourned",
        "slated",
        "extend",
        "extends",
        "extended",
    }
)

#: Verbs of intending, agreeing and asking: a date in the infinitive they govern lies ahead of them
#: ("agreed to buy the unit in February", "asked it to respond by Oct. 31").
INTENTION_VERBS = PLANNING_VERBS | frozenset(
    {
        "agree",
        "agrees",
        "agreed",
        # "signed a deal to supply the parts from May": an agreement, as "agreed to" is
        "sign",
        "signs",
        "signed",
        "decide",
        "decides",
        "decided",
        "ask",
        "asks",
        "asked",
        "order",
        "orders",
        "ordered",
        "urge",
        "urges",
        "urged",
        "vow",
        "vows",
        "vowed",
        "promise",
        "promises",
        "promised",
        "pledge",
        "pledges",
        "pledged",
        "threaten",
        "threatens",
        "threatened",
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        # "have been hoping to finish before the recess": the progressive hopes as "has hoped to" does
        "hoping",
        # "have been eager to settle it before the summer": an adjective of wanting, as "want to" is
        *EAGER_BEFORE_TO,
        # "meant to be back at the coast before the rains": "mean to" is "intend to" (an infinitive is
        # required, so "it meant the end of" keeps its own tense)
        "mean",
        "means",
        "meant",
        "aim",
        "aims",
        "aimed",
        "seek",
        "seeks",
        "sought",
        "prepare",
        "prepares",
        "prepared",
        "expect",
        "expects",
        "expected",
        # "said rates were unlikely to fall before the second quarter": a forecast, as "expected to" is
        "likely",
        "unlikely",
    }
)

#: Present forms of verbs of wanting and expecting: with a noun object, a date after "by", "before" or
#: "until" is the deadline of what is wanted, ahead ("wants a special session before the summer").
WANTING_VERBS = frozenset({"want", "wants", "seek", "seeks", "expect", "expects", "demand", "demands"})

#: Prepositions that make the date after a wanted thing its deadline.
WANTED_BY_WORDS = frozenset({"by", "before", "until", "till", "til"})

#: Verbs of promising with a thing for object ("has promised a 20 mph limit in the autumn", "pledges a
#: decision by March"), and the prepositions before the time of what is promised: a promise still standing
#: (present or present perfect) looks ahead to it, as "wants a session before the summer" does.
PROMISING_VERBS = frozenset(
    {"promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed",
     "guarantee", "guarantees", "guaranteed"}
)  # fmt: skip
PROMISED_FOR_WORDS = frozenset({"in", "by", "before", "for", "from", "until", "till"})

#: Words that put the date right after them ahead of the clause: "payable Dec. 7", "effective
#: Feb. 1", "due Monday", "expires Nov. 30".
FORWARD_MARKERS = frozenset(
    {"payable", "effective", "due", "expire", "expires", "expiring",
     # a hope is for what has not happened yet: "the shed next, hopefully this weekend"
     "hopefully"}
)  # fmt: skip

#: Words that put the date after them ahead only after a present "be" or opening a line: "is available
#: from 1 September", "Available from March" on a CV; "became available in March" and "was available from
#: May" tell of the past, so the clause decides there.
FORWARD_MARKERS_AFTER_PRESENT_BE = frozenset({"available", "valid"})  # "is valid from 1 September"

#: Present forms of "be" before such a marker ("" is the start of the stretch, a label line's opening).
PRESENT_BE_BEFORE_MARKER = frozenset(
    {"", "is", "are", "am", "'m", "\u2019m", "'re", "\u2019re", "'s", "\u2019s"}
)

#: Forward markers that name when a debt falls due: "an interest payment due June 1", "a coupon payable".
FORWARD_MARKERS_OF_DEBTS = frozenset({"due", "payable"})

#: Past verbs of failing to pay what was due: after them the day it fell due has passed ("missed a
#: payment due June 1", "skipped a coupon payable May 15", "defaulted on notes due Monday").
LAPSED_OBLIGATION_VERBS = frozenset({"missed", "skipped", "defaulted", "failed"})

#: Forward markers that count only after "of": "stock of record Nov. 22" (the record date of a payout).
FORWARD_MARKERS_AFTER_OF = frozenset({"record"})

#: Forward markers that count only after "for", bare nouns of an act set for a day: "cleared for launch
#: on Tuesday", "scheduled for release on Friday", "ready for delivery in March".
FORWARD_MARKERS_AFTER_FOR = frozenset({"launch", "liftoff", "release", "delivery", "takeoff", "departure"})

#: Words that may stand between a forward marker and its date: "effective as of Feb. 1".
MARKER_LINKS = frozenset({"on", "in", "as", "of", "from", "by", "at"})

#: The auxiliary of a passive infinitive right before a date's preposition ("a review, to be finished by
#: the spring"): the act it names is still to come.
PASSIVE_INFINITIVE_AUXILIARIES = frozenset({"be"})

#: Abbreviations whose period does not end a sentence: titles, months, weekdays, company words and
#: US state abbreviations as news writes them ("Gen. Smith", "Jan. 5", "Tulsa, Okla., bank"). Those
#: that are also common words ("Ill.", "Mass.", "Sun.", "No.") are left out: at a sentence's end they
#: are words.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr gen sen rep gov lt col capt sgt maj adm cmdr prof rev st jr sr messrs mme mlle
    inc co corp ltd bros vol vols dept approx ft mt pres secy atty supt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri
    ala ariz ark calif colo conn fla kan kans ky md mich minn mont neb nebr nev okla tenn tex va vt wis wyo
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words after a verb of planning that show the date belongs to the thing planned: an object
#: ("planned a rally on Saturday") or a deadline ("postponed until Tuesday", "extended to Nov. 20").
PLANNED_OBJECT_OPENERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "until", "till", "til", "through", "to", "for"}
)

#: Noun markers that are also pronouns or adverbs ("This appears to be", "he first learned", "the
#: other took the money"): they make a noun only of forms that can be nouns or adjectives.
WEAK_NOUN_MARKERS = frozenset({"this", "these", "those", "first", "last", "next", "more", "most", "other"})

#: Words opening an amount after a verb ("draws about 1.4 million visitors", "employs some 300").
AMOUNT_OPENERS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "more", "over", "up"})

#: Words naming a share of a noun phrase before "of" ("most of the herring", "half of the votes"): "with"
#: and such a share before a participle open an absolute phrase as "with" and a noun do.
SHARE_WORDS = frozenset(
    {"most", "some", "all", "half", "many", "much", "none", "part", "each", "several", "both", "few", "one",
     "two", "three", "any"}
)  # fmt: skip

#: Nouns of dealings between parties, which take the other party after "with" ("talks with the rebels",
#: "the truce with Spain"): such a noun opening a clause, "with" and its party are the subject, and a past
#: form after them is the subject's verb ("Talks with the rebels opened in May"), not an absolute phrase
#: ("officers with medals pinned on their coats").
WITH_PARTY_NOUNS = frozenset(
    {"talks", "negotiations", "relations", "contacts", "ties", "dealings", "consultations", "discussions",
     "trade", "truce", "ceasefire", "armistice", "treaty", "alliance", "agreement", "war", "clashes",
     "fighting"}
)  # fmt: skip
#: Conjunctions of time that open a clause whose subject may be such a noun ("would go ahead after talks with
#: ministers ended", "until the truce with Spain broke down"): the noun opens its clause there as it does
#: after a stop.
WITH_PARTY_CLAUSE_OPENERS = frozenset({"after", "before", "until", "till", "once", "since", "when", "as"})


#: Base forms the verb table also lists as the past of a rare verb ("feed" of "to fee", "weed" of "to
#: wee"): "would draw the army away, feed his men" is no past tense.
BASE_FORMS_NOT_PAST = frozenset({"feed", "weed"})

#: Nouns the verb table also lists as the past of a rare verb ("crew" of "to crow", "clove" of "to
#: cleave"): "Crew of four set for launch" holds no past tense.
NOUNS_NOT_PAST = frozenset({"crew", "clove"})

#: Past forms the verb table lists as no participle, though English uses them as both ("the lamps were
#: lit", "the milk was spilt", "had learnt"): after "be" or "have" they are participles.
PAST_FORMS_ALSO_PARTICIPLES = frozenset(
    "lit burnt learnt dreamt spilt spelled smelled spoiled leaned kneeled dwelled".split()  # noqa: SIM905
)

#: Words ending in "-ed" that are no verb form, for words the verb table lacks.
NON_VERB_ED_WORDS = frozenset(
    {
        "hundred",
        "hundreds",
        "hatred",
        "kindred",
        "sacred",
        "naked",
        "wicked",
        "wretched",
        "rugged",
        "ragged",
        "crooked",
        "beloved",
        "jagged",
        "bloodshed",
        "watershed",
        "thoroughbred",
        "biped",
        "moped",
    }
)

#: Prepositions before a day's scheduled event that a simple present looks ahead to as arranged ("plays
#: for a place in Saturday's final", "rides for the lead in Friday's stage"); the event as the verb's own
#: object may be one already held ("criticises Saturday's final").
SCHEDULED_EVENT_PREPOSITIONS = frozenset({"in", "for", "into", "at"})

#: Present forms of "be" that make an arrangement of "to" + verb: "is to resume", "are to meet".
PRESENT_COPULAS = frozenset({"is", "are", "'s", "'re"})

#: Past forms of "be" before a participle of arranging and "to" + verb ("was scheduled to close"): a past
#: arrangement, whose day lies on either side of now.
PAST_SCHEDULE_COPULAS = frozenset({"was", "were"})

#: Words between a past "be" and "to" + verb that make a plan seen from the past ("was going to sign",
#: "was set to reopen", "were supposed to meet"), as a bare "was to open" does; its day lies on either side
#: of now ("was about to" is a moment of the past itself).
PAST_ARRANGEMENT_BEFORE_TO = frozenset({"going", "set", "supposed"})

#: Verbs that make an idiom, not a plan, after a bare "be" and "to": "was to blame" (at fault).
BE_TO_IDIOM_VERBS = frozenset({"blame"})

#: Conjunctions that can open a clause with no subject and a participle for its verb: "kick-off 3pm
#: unless stated", "if needed", "where shown", "once completed", "though delayed"; the participle
#: has no tense of its own (as "as planned" has none).
REDUCED_CLAUSE_OPENERS = frozenset({"unless", "if", "where", "wherever", "once", "though", "although"})

#: Adverbs that may stand between such a conjunction and its participle: "unless otherwise stated".
REDUCED_CLAUSE_ADVERBS = frozenset({"otherwise", "expressly", "specifically", "previously"})

#: Verbs that link a subject to a state ("will stay shut", "remained closed", "would keep it open"): a
#: participle or adjective after one is its complement, so the linking verb's group gives the tense.
LINKING_VERBS = frozenset(
    """
    stay stays stayed staying remain remains remained remaining keep keeps kept keeping
    become becomes became becoming get gets got getting seem seems seemed appear appears appeared
    look looks looked prove proves proved sound sounds sounded feel feels felt grow grows grew
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Verbs of deferring: the date after them is ahead only as the new deadline ("postponed until
#: Tuesday", "extended to Nov. 20"); "extended the offer Friday" dates the extending.
DEFERRING_VERBS = frozenset(
    """
    postpone postpones postponed delay delays delayed adjourn adjourns adjourned extend extends extended
    defer defers deferred
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words right before a date that make it a new deadline: "until Tuesday", "to Nov. 20".
DEADLINE_WORDS = frozenset({"until", "till", "til", "to", "through", "for"})

#: Verbs of scope after "to" that make the date after them a deferral's new reach: "the warning has been
#: extended to include Sunday morning", "the ban was extended to cover Saturday".
EXTENDED_SCOPE_VERBS = frozenset({"include", "cover", "span"})

#: Participles that add the next step of a sequence after a comma ("could begin in October, followed by
#: stoppages in November"): the added step shares the main clause's tense.
SEQUENCE_PARTICIPLES = frozenset({"followed", "preceded", "accompanied", "trailed"})

#: Participles that say who takes part in what the clause names, after a comma and before "by" ("will be
#: marked with a ceremony this evening, attended by the president, and with a concert on Saturday"): the
#: phrase describes the occasion and shares the main clause's tense, as a sequence participle does.
ATTENDANCE_PARTICIPLES = frozenset({"attended", "hosted", "led", "chaired", "presented", "watched"})

#: Units of a period closed by "to" and a date ("in the week to Saturday", "the three months to June"): the
#: date ends a reporting period, it is no new date a deferral moves something to.
PERIOD_UNITS_BEFORE_TO = frozenset(
    {"day", "days", "week", "weeks", "fortnight", "month", "months", "quarter", "year", "years"}
)

#: Verbs that arrange a time: with "for" right before the date, the date is the one arranged, ahead of
#: the arranging ("a trial date was set for Sept. 13", "the funeral was fixed for Friday").
ARRANGING_VERBS = frozenset({"set", "fixed", "booked", "pencilled", "penciled"})

#: Verbs that create or move a limit: with a DEADLINE_NOUNS noun and "of", "at" or "to" right before the
#: date, the date is the limit, ahead of the act ("issued an ultimatum at 4 p.m. Thursday", "gave them a
#: deadline of Monday", "extended the deadline to Friday"; "missed the deadline of Friday" stays past).
DEADLINE_SETTING_VERBS = frozenset(
    {"issued", "gave", "given", "imposed", "extended", "set", "fixed", "announced"}
)

#: Nouns of a limit that, with "of" or "at" right before the date, make an arranging verb's date the limit
#: set, ahead of the setting ("set a deadline of 4 a.m. Thursday", "fixed a time limit of Friday").
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "time limit", "time-limit", "cut-off", "cutoff"})

#: Participles of expecting: a past passive with the date right after ("another peak was expected on
#: Thursday") dates what was looked forward to, after the expecting, on either side of now.
EXPECTING_PARTICIPLES = frozenset({"expected", "anticipated", "forecast", "predicted"})

#: Verbs of forecasting the weather or a course of events: with an object between them and a date after
#: one of FORECAST_SPAN_LEADS ("has forecast rain from Saturday evening to Tuesday"), the date is of what
#: is forecast, after the forecasting; a date right after the verb ("forecast on Monday that") dates it.
FORECAST_OBJECT_VERBS = frozenset({"forecast", "forecasted"})

#: Prepositions before a date in a forecast's object that make it the span forecast ("from Saturday
#: evening to Tuesday", "for Monday", "through Thursday"); "on Monday" may date the forecasting itself.
FORECAST_SPAN_LEADS = frozenset({"from", "to", "until", "till", "through", "for", "over", "between"})

#: Prepositions right after an expecting participle on a noun ("rain forecast for Monday", "storms
#: expected for the weekend"): a reduced relative, not a finite verb ("analysts expected on Monday
#: that ..." is one).
EXPECTED_THING_PREPOSITIONS = frozenset({"for"})

#: Past forms of warning: with "of" or "about" right after, the date in the warning's object is of what
#: was warned of ("warned of a storm surge in the early hours of Sunday"), after the warning, on either
#: side of now; "warned on Sunday that" dates the warning.
WARNING_VERBS = frozenset({"warned", "cautioned", "alerted"})
WARNED_OF_WORDS = frozenset({"of", "about"})

#: Words that may stand between such a participle and its date: "was expected on Thursday".
EXPECTED_DATE_LEADS = frozenset({"on", "in", "by", "for", "at", "around", "about"})

#: Adjectives of likelihood after a past "was" or "were" with the date right after ("showers were likely
#: on Thursday", "a strike was possible on Monday"): what was judged likely comes after the judging, on
#: either side of now, as after "was expected on".
LIKELIHOOD_ADJECTIVES = frozenset({"likely", "unlikely", "possible", "probable"})

#: Past forms of verbs that convene an event: with "for" right before a weekday, the day is the one the
#: event was called for, which comes after the calling, on either side of now ("called a rally for
#: Saturday" in a Wednesday story).
CONVENING_VERBS = frozenset({"called", "convened", "summoned"})

#: Verbs that call off an arranged time: with "for" right before the date, the date is the one called
#: off, which comes after the calling off, on either side of now ("have called off classes for Monday",
#: "cancelled all flights for Friday").
CANCELLING_VERBS = frozenset(
    """
    cancel cancels cancelled canceled scrap scraps scrapped scratch scratched
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Verbs that call off with their particle ("called off classes for Monday"); alone they arrange ("called
#: an election for 8 June") and the date may lie on either side.
CANCELLING_WITH_OFF = frozenset({"call", "calls", "called", "calling"})

#: Words before a date that close a state: "ordered the roads closed until Monday".
UNTIL_WORDS = frozenset({"until", "till", "til"})

#: Verbs that move an arranged time: with "to" right before the date, the date is the new one, ahead
#: of the change ("changed our flights to Thursday", "the match was moved to Sunday", "could push that
#: back to May").
RESCHEDULING_VERBS = frozenset(
    """
    change changes changed move moves moved switch switches switched shift shifts shifted
    bring brings brought push pushes pushed
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words right before a date that make it the new time a rescheduling verb moves to.
RESCHEDULED_TO_WORDS = frozenset({"to", "until", "till", "til"})

#: Words that open a new clause: a date right after them belongs to that clause's verb, which follows.
CLAUSE_OPENERS = frozenset(
    {"that", "when", "while", "if", "because", "although", "though", "and", "but", "so"}
)

#: Words that measure an amount after its number ("a 15 percent pay cut", "a $2 billion cut").
AMOUNT_MEASURE_WORDS = frozenset(
    {"percent", "percentage", "point", "points", "million", "billion", "trillion"}
)

#: Forms of "be" before a degree and its complement ("will be 72 percent lit").
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "'re"})

#: Conjunctions after which a date standing before "will" is the subject of a new clause ("costs rose,
#: and 2025 will be harder"), not a time of the verb before.
SUBJECT_CLAUSE_COORDINATORS = frozenset({"and", "but", "so"})

#: Forms that are verbs only with their particles after them ("the missiles home in on the heat"); without
#: them they are other words ("bring the troops home in May", "new homes in the town").
PARTICLE_BOUND_VERBS: dict[str, tuple[str, ...]] = {"home": ("in", "on"), "homes": ("in", "on")}

#: The most words a new clause's subject may take between a date opening the clause and its verb
#: ("..., and on 4 May the four western powers announced"): a determiner and a few modifiers and a noun.
SUBJECT_PHRASE_WORDS = 5

#: Present forms of verbs that name a scheduled event (a timetable, a calendar, an opening): in the
#: present simple or progressive with a date they tell what is arranged ahead ("the museum reopens on
#: Monday", "the trial starts next week", "the talks are resuming Friday", "the club is holding a dance on
#: Friday", "the society stages its show on Saturday"), where other verbs in the
#: present tell a habit or a past scene ("sales rise in December", "troops enter the city Tuesday").
SCHEDULE_VERB_FORMS = frozenset(
    """
    open opens opening reopen reopens reopening start starts starting restart restarts restarting
    begin begins beginning close closes closing end ends ending finish finishes finishing
    run runs running resume resumes resuming expire expires expiring launch launches launching
    debut debuts debuting premiere premieres premiering arrive arrives arriving
    leave leaves leaving depart departs departing meet meets meeting convene convenes convening
    reconvene reconvenes reconvening vote votes voting play plays playing visit visits visiting
    travel travels travelling traveling host hosts hosting
    hold holds holding stage stages staging
    coming fly flies flying return returns returning closed shut drop drops dropping
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: A first person's present progressive with a date tells an arrangement ahead, whatever the verb
#: ("I'm working from home on Wednesday", "we are seeing them on Friday").
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
FIRST_PERSON_BE_FORMS = frozenset({"am", "'m", "’m", "are", "'re", "’re"})

#: Forms of schedule verbs that are common plural nouns ("the votes on Tuesday", "his visits in May"):
#: a date after them does not make them verbs.
SCHEDULE_NOUN_FORMS = frozenset({"votes", "plays", "visits", "travels", "hosts"})

#: Present forms of verbs that name a scheduled event only with the words after them: "takes place",
#: "takes effect", "goes on sale", "go to the polls", "comes into force", "kicks off".
SCHEDULE_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    verb: phrases
    for forms, phrases in (
        ("take takes taking", (("place",), ("effect",))),
        (
            "go goes going",
            (("on", "sale"), ("on", "trial"), ("to", "the", "polls"), ("into", "effect"), ("out",)),
        ),
        ("come comes coming", (("into", "force"), ("into", "effect"))),
        ("kick kicks kicking", (("off",),)),
        ("get gets getting", (("under", "way"), ("underway",))),
    )
    for verb in forms.split()
}
# "she is going into town on Saturday", "we're going home Friday": the progressive of "go" with a
# destination tells an arrangement ahead, while "goes back to March" or "goes to show" do not
SCHEDULE_PHRASES["going"] += (("into",), ("to",), ("home",), ("away",), ("abroad",))

#: Present forms of verbs of a personal milestone: with a date they tell what is arranged ahead, as
#: the schedule verbs do ("he retires on Friday"); "turn" only before the age reached ("she turns 100
#: on Sunday", "is turning eighteen in May"), not "the weather turns in September"; "graduates on
#: Saturday" as "retires on Friday".
MILESTONE_VERB_FORMS = frozenset({"retire", "retires", "graduate", "graduates"})
#: Present forms of verbs of keeping an occasion, a milestone only before the occasion's own noun: "she
#: celebrates her 100th birthday on Sunday", "the club marks its 50th anniversary on Friday" lie ahead,
#: while "the report marks a shift" or "the team celebrates on the pitch" say nothing of a date.
MILESTONE_KEEPING_VERB_FORMS = frozenset(
    {"celebrate", "celebrates", "celebrating", "mark", "marks", "marking"}
)
MILESTONE_NOUNS = frozenset(
    """
    birthday anniversary jubilee centenary centennial bicentenary bicentennial tercentenary
    sesquicentennial
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: How many words after a verb of keeping its milestone noun may stand ("marks its golden wedding
#: anniversary").
MILESTONE_NOUN_REACH = 5
AGE_TURNING_VERB_FORMS = frozenset({"turn", "turns", "turning"})
AGE_NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Prepositions that put a date after a verb: an ambiguous form before one of them ("the show runs
#: until", "the fair opens in") is a verb when it names a scheduled event.
DATE_PREPOSITIONS = frozenset(
    {"on", "in", "until", "till", "til", "through", "from", "at", "for", "next", "this"}
)
#: Prepositions that may open a coordinated clause with its date (", and [by the winter] they were"):
#: the date prepositions and those of a bound or a stretch of time.
CLAUSE_DATE_PREPOSITIONS = DATE_PREPOSITIONS | frozenset(
    {"by", "during", "before", "after", "within", "over"}
)

#: Verbs of ordering, allowing and inviting: like the verbs of intending, a date in the infinitive they
#: govern lies after them ("allowed him to stay until March 6", "told them to leave on Monday",
#: "approved a plan for schools to close on Friday").
DIRECTIVE_VERBS = frozenset(
    """
    allow allows allowed permit permits permitted tell tells told instruct instructs instructed
    force forces forced invite invites invited summon summons summoned subpoena subpoenas subpoenaed
    require requires required authorize authorizes authorized approve approves approved
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Participles of inviting that, in a present passive, point to the event invited to ("members are
#: invited to the AGM on Thursday").
INVITING_PARTICIPLES = frozenset({"invited"})

#: Verbs of ordering and agreeing: told in the past, the act they ask for may be done by now or still
#: ahead ("residents were ordered to leave on Tuesday"), unlike a past plan, wish, threat or promise,
#: which news tells while its act is still pending ("threatened to strike on Monday").
ORDERING_VERBS = DIRECTIVE_VERBS | frozenset(
    """
    order orders ordered ask asks asked urge urges urged agree agrees agreed decide decides decided
    sign signs signed
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words between an order and a date that make the date the start of the act ordered ("ordered everyone
#: out starting at 6 a.m. Wednesday", "asked stores to close, effective Monday").
ORDER_START_MARKERS = frozenset({"starting", "beginning", "effective"})

#: Words opening a relative clause that commas set off ("the school, which opened in 1954, ...").
RELATIVE_OPENERS = frozenset({"which", "who", "whose", "whom"})

#: Words that open a relative clause on the noun before them ("the spacecraft that flew are on show"):
#: the clause's verb tells its own time, not that of the sentence's main verb after it.
SUBJECT_RELATIVE_OPENERS = frozenset({"that", "which", "who"})
#: Words that open a free relative clause ("what the protesters demanded"), a noun phrase with a verb
#: of its own.
FREE_RELATIVE_OPENERS = frozenset({"what", "whatever"})

#: The verb group, after its modal, of a counterfactual free relative that names an occasion, "what would
#: have been her 80th birthday": the noun phrase is the object of the clause's own verb, and a date after it
#: ("will mark what would have been his 60th birthday on Wednesday") takes that verb's tense, not the
#: conditional's.
COUNTERFACTUAL_OCCASION_GROUP = ("have", "been")
#: The modals that open such a group ("what could have been his 60th birthday").
COUNTERFACTUAL_OCCASION_MODALS = frozenset({"would", "could", "might", "should"})

#: Verbs of recommending and proposing: what they put forward is told while it is pending, so a date in
#: it lies ahead even when they are past ("recommended that the school close in June", "proposed to
#: hold the vote in March").
MANDATIVE_VERBS = frozenset(
    """
    recommend recommends recommended propose proposes proposed suggest suggests suggested
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Verbs whose infinitive complement names an act after them: a date in that infinitive belongs to the act.
#: Words of a timetable that take an infinitive ("were due to meet again on Tuesday", "was slated to
#: open in May"): after "was"/"were" the act arranged lies after the arranging, on either side of now.
SCHEDULE_ADJECTIVES = frozenset({"due", "slated"})

#: Words after a relative clause's "was" that make the date before it the time of another event ("in July,
#: which was when the festival began"): the clause identifies the date, and its tense is not the date's.
TIME_NAMING_RELATIVES = frozenset({"when"})
INFINITIVE_GOVERNORS = INTENTION_VERBS | DIRECTIVE_VERBS | MANDATIVE_VERBS | SCHEDULE_ADJECTIVES

#: Auxiliaries of the past perfect ("had been scheduled to", "'d planned to").
PAST_PERFECT_AUXILIARIES = frozenset({"had", "'d"})

#: Names of days and months (and their short forms): after an ambiguous form of a schedule verb they
#: show it is a verb ("trading starts Monday", "the fair opens Sept. 4").
DATE_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec tomorrow tonight today
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Determiners that make a plural subject particular ("the schools close on Friday"), not generic.
DEFINITE_DETERMINERS = frozenset(
    {"the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "'s", "both", "all"}
)

#: Nouns of events held on a set day (shows, games, ceremonies), and of the people and plans that belong
#: to one: a present copula about one named by its day ("Saturday's concert is sold out", "Saturday's
#: headliner is a band from Leeds") speaks of the arrangement before it is held; once over it is told
#: with "was". Votes, meetings and protests are left out: news judges them after the fact in the
#: present ("Sunday's vote is a rebuke").
SCHEDULED_EVENT_NOUNS = frozenset(
    """
    concert concerts gig gigs show shows match matches game games final finals semifinal semi-final
    race races prix derby fixture fixtures tie clash bout fight tournament marathon festival festivals
    performance premiere screening parade ceremony celebration celebrations fireworks party wedding
    funeral service kickoff kick-off headliner headliners lineup line-up opener programme program
    schedule forecast weather holiday holidays close deadline
    session sessions class classes lesson lessons rehearsal rehearsals workshop workshops practice
    stage stages quarterfinal quarter-final semifinals semi-finals
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Compound nouns whose head is also a verb form, read as the noun after the word it compounds with
#: ("expect a rate cut in September", "took a pay cut in 2009", "announced job cuts", "price an output cut
#: in March"): no past verb. Every such head after every such modifier, so that the singular and the plural
#: of each compound are both kept.
COMPOUND_NOUN_VERB_HEADS = frozenset({"cut", "cuts", "hike", "hikes"})
COMPOUND_NOUN_MODIFIERS_OF_VERB_HEADS = frozenset(
    """
    rate tax pay job price wage budget spending power output production supply fare fee benefit funding
    welfare
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Runs that are events or trips, never the verb after its subject ("will hold a fun run in June", "a
#: trial run in March", "does the school run on Mondays").
RUN_NOUN_COMPOUNDS = frozenset(
    f"{modifier} {head}" for modifier in ("fun", "trial", "test", "dry", "school") for head in ("run", "runs")
)
COMPOUND_NOUNS_WITH_VERB_HEADS = (
    frozenset(
        f"{modifier} {head}"
        for modifier in COMPOUND_NOUN_MODIFIERS_OF_VERB_HEADS
        for head in COMPOUND_NOUN_VERB_HEADS
    )
    | RUN_NOUN_COMPOUNDS
)

#: Words before a date that set a bound rather than look ahead to an event ("until Monday's Times
#: reported it"): a named event after them may lie on either side of now.
BOUND_LEADS = frozenset({"until", "till", "til"})

#: Nouns of the figures an office releases on a set day ("will look for signs in Friday's report on
#: producer prices", "will watch Thursday's jobless figures"): as the object of a verb looking ahead, the
#: release is still to come, as a scheduled event is ("will start Sunday's game").
SCHEDULED_RELEASE_NOUNS = frozenset(
    """
    report reports figures data numbers statistics release auction
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Verbs that judge a deed after it, whose "for" gives the reason ("fined for Sunday's game", "praised
#: for Saturday's display"): the event they name by its day has happened.
JUDGING_VERBS = frozenset(
    """
    praised praise praises hailed fined fine fines blamed blame blames criticised criticized criticise
    criticize thanked thank thanks apologised apologized apologise apologize punished credited
    congratulated rewarded slammed booed sanctioned charged disciplined
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Plural nouns with no "-s" that take a plural verb: "the people own", "children play".
IRREGULAR_PLURALS = frozenset(
    {"people", "men", "women", "children", "police", "cattle", "feet", "teeth", "mice"}
)

#: Nouns in -s that are singular too ("the series premieres Friday", "the news comes as"): a verb of
#: either number can agree with them.
NUMBER_NEUTRAL_NOUNS = frozenset({"series", "species", "news", "crossroads", "headquarters"})

#: Prepositions that open a phrase inside a subject ("the companies in the country", "the head of the
#: unions"): the verb after the phrase agrees with the noun before it, not with the phrase's own noun.
SUBJECT_PREPOSITIONS = frozenset(
    {
        "in",
        "of",
        "at",
        "from",
        "on",
        "across",
        "around",
        "near",
        "outside",
        "inside",
        "throughout",
        "with",
        "for",
    }
)

#: Numbers that count a plural noun: the "-s" form after them is that noun ("six million barrels a
#: day", "three reports"), never a verb agreeing with a single subject ("one" may be a pronoun).
COUNTING_NUMBERS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion trillion dozen
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Quantifiers and numbers that take "of" and still open the subject: "two of the largest companies".
PARTITIVE_QUANTIFIERS = frozenset(
    """
    one two three four five six seven eight nine ten dozens hundreds thousands millions some many most
    all several none half each both few majority
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words that stop a noun phrase read backwards without making it a subject: prepositions, pronoun
#: objects, "to" and "than" ("arrested workers in ...", "sold them to ...").
PHRASE_STOPS = (
    frozenset(
        """
    to for by about against after before during among than as into onto over under until till through
    them him her us me it you this that these those there here not very so
    """.split()  # noqa: SIM905 (a word list reads better as words)
    )
    | SUBJECT_PREPOSITIONS
)

#: Words that may begin a clause before its subject: what comes after them can be the subject
#: ("Today the companies in the country own them", "when the workers in the plant strike").
SUBJECT_OPENERS = CLAUSE_OPENERS | frozenset(
    {"today", "now", "nowadays", "currently", "still", "where", "since", "once", "whereas", "unless"}
)

#: Words after an ambiguous "-s" form that are no noun object even though they are no verb form:
#: function words and adverbs ("the city leaves here", "the figures as such").
NON_OBJECT_WORDS = frozenset(
    """
    and or nor but of at on in into onto over under as than so then there here where when why how
    not very too also just only even still yet ever never now again once already more most less least
    for from by with without about against after before during among between through until till
    while if because although though per via up down out off away back
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Adverbs of frequency: a present-tense clause with one tells a habit or a timetable that repeats
#: ("it is open daily from June", "the museum usually opens in June"), not one arranged occasion ahead.
FREQUENCY_ADVERBS = frozenset(
    """
    daily weekly monthly yearly annually nightly hourly usually always often normally generally
    typically regularly sometimes traditionally customarily seasonally ordinarily habitually
    year-round
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Adverbs of how often that stand before a verb and never inside a noun phrase ("the season usually
#: comes", "the river normally peaks"): a form after one that may be a noun or a verb is the verb.
PREVERBAL_ADVERBS = frozenset(
    """
    usually always often normally generally typically regularly sometimes traditionally customarily
    ordinarily habitually rarely seldom never
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words that open a phrase of frequency after a verb: "the bus runs every hour", "sails twice daily".
FREQUENCY_OPENERS = frozenset({"every", "each", "twice", "thrice"})

#: "every"/"each" tell frequency only before a unit of time ("every year", "each summer"); before
#: other nouns they share a single act out ("each side leaves on Friday").
REPEATED_TIME_UNITS = frozenset(
    """
    day days week weeks month months year years morning mornings evening evenings night nights
    weekend weekends summer winter spring autumn fall season time times hour hours
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Units of time beside REPEATED_TIME_UNITS that "last" leads as a determiner ("sales last quarter", "pupils
#: last term"), no verb "to last".
UNITS_AFTER_LAST = frozenset({"quarter", "fortnight", "term", "semester", "decade", "century"})

#: Prepositions the verb table also lists as rare verbs ("to over", "to near"): after a plural noun
#: ("women over the years", "troops near the border") they are prepositions; "nears" stays a verb.
PREPOSITIONS_NOT_VERBS = frozenset({"over", "near"})

#: Verb forms that are a preposition before "to": "thanks (partly, in part) to Gandhi's fast", "waves up
#: to four metres" (a bound on an amount, not the verb "to up").
PREPOSITIONS_BEFORE_TO = frozenset({"thanks", "up"})
#: Words that may stand between such a preposition and its "to": "thanks in part to".
IN_PART = frozenset({"in", "part"})

#: Present-tense verbs of saying and foreseeing: a "could" they report points ahead ("forecasters say a
#: storm could bring snow on Wednesday").
PRESENT_REPORTING_VERBS = frozenset(
    {"say", "says", "warn", "warns", "predict", "predicts", "expect", "expects", "forecast", "forecasts",
     "fear", "fears", "believe", "believes", "think", "thinks", "estimate", "estimates"}
)  # fmt: skip

#: Verbs of saying and foreseeing whose reported clause may open with a date as its subject: "forecasters
#: said Friday would bring rain", "she predicts Monday will be the busiest day".
SAYING_VERBS = frozenset(
    {"said", "says", "say", "predicted", "predicts", "predict", "forecast", "forecasts", "warned", "warns",
     "believed", "believes", "thought", "thinks", "feared", "fears", "hoped", "hopes", "promised",
     "promises", "insisted", "insists", "announced", "announces"}
)  # fmt: skip

#: Prepositions that put a date inside the subject of such a reported clause, pointing to it as a day
#: something is meant for or starts from: "Northern said tickets for Saturday would be accepted", "said
#: services from Monday would run hourly" ("said the crash on Monday would be investigated" names a
#: happening, which may be past).
REPORTED_SUBJECT_DATE_PREPOSITIONS = frozenset({"for", "from"})

#: Modals that make such a date-subject clause look ahead ("Friday would bring", "Monday will see");
#: "could" leaves the direction open.
REPORTED_SUBJECT_MODALS = frozenset({"will", "would", "shall", "should", "may", "might"})

#: Prepositions that govern a gerund ("by closing stores", "after visiting bars"): a noun after such a
#: gerund is its object, not a verb.
GERUND_PREPOSITIONS = frozenset(
    {
        "by",
        "of",
        "for",
        "after",
        "before",
        "without",
        "about",
        "from",
        "on",
        "in",
        "while",
        "since",
        "through",
    }
)


#: Participles a notice writes after a date that labels it ("Christmas Day: closed", "Sat 4 May:
#: cancelled"): the state of what is arranged for that day, not a past act.
STATUS_PARTICIPLES = frozenset({"closed", "shut", "cancelled", "canceled", "postponed"})


#: Particles of phrasal verbs ("hand out", "set up"): a participle after one modifies the verb's object
#: ("handed out printed leaflets").
VERB_PARTICLES = frozenset({"out", "up", "off", "down", "back", "away"})

#: Particles that may close an intransitive verb before the preposition of its date ("freezes over in
#: January", "dries up in summer").
PARTICLES_BEFORE_DATE = VERB_PARTICLES | frozenset({"over"})

#: Prepositions that open a phrase inside a subject noun phrase ("the German attacks on the town had
#: failed", "the British plans for the port were dropped").
SUBJECT_PHRASE_PREPOSITIONS = frozenset({"on", "of", "against", "for", "across", "along", "upon"})

#: Prepositions that open a phrase on the noun a possessive day qualifies, before the verb of the
#: clause that noun is subject of ("Tuesday's vote in the Senate is expected to be close", "Sunday's
#: game at the stadium will start late"): where it is held as well as what it is about.
DAY_NOUN_PHRASE_PREPOSITIONS = SUBJECT_PHRASE_PREPOSITIONS | {"in", "at", "between"}

#: Prepositions that set an act at, in or during an occasion a possessive day names ("will take her seat
#: at Wednesday's meeting", "will speak during Thursday's debate", "will vote in Tuesday's election"): a
#: future act done at the occasion puts the occasion ahead, whatever its noun ("will review Tuesday's
#: vote" takes the occasion as its object and may judge one held).
OCCASION_PREPOSITIONS = frozenset({"at", "in", "during"})

#: Prepositions that set a time inside a subject before its verb ("Car exports in March fell", "Output during
#: June rose"): a word read as a verb right before one is the subject's noun when a past verb follows the time.
SUBJECT_TIME_PREPOSITIONS = frozenset({"in", "during"})
