"""English words the event extractor and the merger read: event nouns, verb classes, function words.

Verb forms themselves (announced, went, reports) come from `chronology.tense.verb_forms`; this module
holds what decides whether a word names a happening, which TimeML class it has, and how a clause is
bounded. Data only: another language is another module like this one.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Determiners, pronouns, prepositions and conjunctions: never a trigger, never a participant.
FUNCTION_WORDS = _words(
    """
    a an the this that these those some any no every each all both either neither another other such
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which what whatever whoever where when why how there here
    of in on at by for with from to into onto upon about above below under over between among through
    during before after since until till against toward towards within without across along around
    behind beyond near off out up down per via than as like unlike despite amid amidst
    and or but nor so yet if whether because although though while unless once whereas
    not n't no nor also too very just only even still already ever never again
    mr mrs ms dr st jr sr inc corp co ltd
    several hundred thousand million billion trillion dozen percent
    """
)

#: Verb forms far more often used as adverbs, adjectives or plain nouns than as predicates.
NON_EVENT_HOMOGRAPHS = _words(
    """
    back well home part forward further right early late net even due
    father mother brother sister son daughter husband wife man men people police
    time long ground court stock related preferred subordinated power access crew
    """
)

#: Nouns that a gerund modifies as a compound ("operating profit", "holding company", "financing
#: costs"): the gerund names a kind of thing, not a happening.
GERUND_COMPOUND_HEADS = _words(
    """
    company companies firm firms unit units subsidiary subsidiaries group groups concern business
    profit profits income loss losses revenue revenues costs cost expenses expense margin margins
    results earnings capital system systems rights laws law rules problems capacity volume
    session sessions floor day days partner partners officer officers agency agencies body
    """
)

#: Present participles that are adjectives before a noun: they describe a standing state of the noun's
#: referent, not a happening ("the remaining shares", "existing debt", "neighboring countries").
PARTICIPIAL_ADJECTIVES = _words(
    """
    remaining existing neighboring neighbouring surviving controlling surrounding bordering outstanding
    underlying prevailing corresponding towering lasting revolving longstanding
    """
)

#: Comparatives without the "-er" ending: "is worse", "were less".
IRREGULAR_COMPARATIVES = _words("worse less more")

#: Participles of naming: after a noun and before a name they tell what it is called ("an explosive
#: called Semtex"), no happening.
NAMING_VERB_PARTICIPLES = _words("called named dubbed nicknamed labeled labelled titled")

#: Participles that give a name rather than report a happening: "also known as", "dubbed".
NAMING_PARTICIPLES = _words("known dubbed nicknamed")

#: Forms of "have" that are a main verb of possession when an object follows: "has 45 stores".
POSSESSION_FORMS = _words("has had have having")
#: Words that open the object of possessive "have" (a participle or "to" would make it an auxiliary).
POSSESSION_OBJECT_STARTERS = _words(
    "a an the some any more less little much many few several its his her their our my your this that these those"
)

#: Fixed phrases whose event-like word names no happening: "in order to", "in charge of". Each maps
#: the word to the words before and after it that make the phrase.
FIXED_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "order": (("in", "to"), ("in", "for"), ("in", "that")),
    "charge": (("in", "of"),),
    "terms": (("in", "of"),),
    "spite": (("in", "of"),),
    "light": (("in", "of"),),
    "total": (("a", "of"),),
    "route": (("en", "to"),),
}

#: Pronouns after which "'s" and "'d" are verbs ("it's", "he'd") rather than possessives.
CONTRACTING_SUBJECTS = _words("it he she that there what who here where i we you they let")

#: Month and weekday names and deictic time words: a date, never a participant of an event.
CALENDAR_WORDS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    today yesterday tomorrow tonight now morning afternoon evening night week month year years
    """
)

#: Auxiliaries and modals: part of a verb group, not the event it names.
AUXILIARIES = _words(
    """
    be am is are was were been being 's 're 'm
    have has had having 've 'd
    do does did doing done
    will would shall should can could may might must ought 'll wo ca sha
    """
)

#: Verbs that head no TimeML event of their own in news prose (light or linking uses).
NON_EVENT_VERBS = _words(
    """
    be have do let including include regarding concerning following
    based given provided compared excluding considering pending barring dated associated coupled
    """
)

#: Prepositions that only take a noun phrase, never a clause: "at high tide", "in low water".
NOUN_PHRASE_PREPOSITIONS = _words("at in on of with into from during")

#: Past forms listed as no event for their use as prepositions ("compared with last year", "based in
#: Paris") that are a clause's verb right after a personal subject: "she compared her figures".
PREPOSITIONAL_PAST_FORMS = _words("based provided compared associated coupled dated")

#: Participles of a standing relation: right after a noun and before "to" or "with" they tell what
#: the noun is ("a chemical linked to cancer", "a man tied to the gang"), at no time of their own.
RELATION_PARTICIPLES = _words("linked connected tied related associated")
#: Words after such a participle that name what the noun is related to.
RELATION_LINKS = _words("to with")

#: Linking verbs whose participle complement is no verb group of its own: "stayed closed", "got married".
LINKING_VERB_FORMS = _words(
    """
    stay stays stayed staying remain remains remained remaining get gets got getting gotten seem seems
    seemed look looks looked become becomes became becoming feel feels felt appear appears appeared
    """
)

#: Words that open a subordinate or relative clause: a verb after them is not the sentence's main predicate.
SUBORDINATORS = _words(
    """
    that which who whom whose because although though while whereas if unless until since after before
    when whenever where wherever as once whether so-that lest
    """
)

#: Subordinators whose clause happens at the occasion of the clause it hangs on ("shook his head as the
#: foreman read it out", "After the jury returned its verdict, the judge remanded him"). Not "while",
#: whose clause is a span around the happening ("While the bridge was shut, drivers faced a detour").
SAME_OCCASION_SUBORDINATORS = _words("when as after once")

#: "per cent" after a number: the two words are the number's unit, inside the noun phrase it opens.
PERCENT_LEADS = _words("per")
PERCENT_UNITS = _words("cent")

INDEFINITE_ARTICLES = _words("a an")

#: Words after which "once" is an adverb, not a subordinator: "sank at once", "for once", "more than once".
ADVERBIAL_ONCE_LEADS = _words("at for than")

#: Relative pronouns that are also determiners: "that letter", "which option".
DETERMINER_PRONOUNS = _words("that which")
#: Subordinators that are the subject of their clause themselves ("who say", "rules that apply"):
#: after any other, a word that may be a noun or a verb is the clause's subject noun ("when ash fell").
RELATIVE_SUBJECTS = _words("that which who")

#: Determiners: a participle between one and a noun is an adjective ("the flooded village").
DETERMINERS = _words(
    "a an the this these those its his her their our your my 's some any no every each another"
)

#: Words before a verb form that make it a noun or adjective: "the attack", "its plans", "of talks".
NOUN_CONTEXT = _words(
    """
    a an the this these those its his her their our your my 's ’s some any no many several few more most
    other such every each another of for with from by about against among new two three four five six
    seven eight nine ten recent previous major big large small latest further final
    """
)

#: Determiners of a singular noun (or of any noun): a base form after one and its modifiers is a
#: noun, since a singular subject takes no base form ("the trade minister", "a seven-member crew").
SINGULAR_DETERMINERS = _words("a an the this that its his her their our my your every each another")
#: Verbs whose object takes a bare infinitive: "helped the company keep", "let the boy stay".
BARE_INFINITIVE_LEMMAS = _words("let make help have see watch hear feel")
#: Verbs whose object is the length an act takes: "took four hours to reach", "spent a week repairing".
TIME_TAKING_LEMMAS = _words("take spend")
#: Units a length of time ends with ("four hours", "a week"), with the days each lasts at the least.
LENGTH_UNIT_DAYS: dict[str, float] = {
    **dict.fromkeys(("minute", "minutes"), 1 / 1440),
    **dict.fromkeys(("hour", "hours"), 1 / 24),
    **dict.fromkeys(("day", "days"), 1),
    **dict.fromkeys(("week", "weeks"), 7),
    **dict.fromkeys(("month", "months"), 28),
    **dict.fromkeys(("year", "years"), 365),
}
#: Prepositions that open the time of a moving before the time it moves to: "was postponed on Monday
#: until May".
MOVING_TIME_PREPOSITIONS = _words("on at in")
#: Plural nouns without an "-s": a base form after them may be their verb ("the people vote").
PLURAL_NOUNS = _words("people police men women children staff cattle clergy")

#: Adjectives that name a state of owing or expecting when a date follows them: "notes due Nov. 1,
#: 2009", "the dividend is payable Jan. 2".
DATED_STATE_ADJECTIVES = _words("due payable")

#: Words that open a bare noun phrase of results after possessive "have": "had sales of", "had net
#: income of", "has had substantial losses".
RESULT_OBJECT_WORDS = _words(
    """
    net operating pretax sales earnings income profit profits revenue revenues assets losses results
    substantial weak strong record nearly about roughly
    """
)

#: Event nouns of intention or command that name a happening only with what is intended: "plans to
#: sell", "a plan for a merger", "an order to leave" (alone, "the plan" is a scheme or a document,
#: "the order" a ruling or a purchase).
CONTENT_NOUNS = _words("plan order")
CONTENT_NOUN_LINKS = _words("to for")

#: Adverbs and prepositions that may follow a noun without being a noun it modifies: "rallies almost
#: daily", "the destruction inside Kuwait".
ADVERBS_AFTER_NOUNS = _words("almost next inside outside whereby nearby abroad overseas ahead apart")

#: Number words: a form in "-s" that one counts is a plural noun ("three ministers").
NUMBER_WORDS = _words(
    """
    two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands
    millions twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    """
)

#: Words before a verb form that make it a verb: subjects, auxiliaries, infinitive "to", negation.
VERB_CONTEXT = _words(
    """
    i we you he she it they who to will would shall should can could may might must not n't never
    also just already did does do has have had is are was were been being be 'll 'd 've 're 'm
    reportedly allegedly recently then later once still often always soon
    """
)

#: Prepositions that take a gerund clause: "with gunning down", "by selling the shares".
CLAUSE_PREPOSITIONS = _words("of for with by from about against without after before since on in at into")
#: Particles of phrasal verbs: "gunning down", "backing out".
PARTICLES = _words("up down out off away back over around")

#: Words after a verb form that make it a transitive verb: "attack the base", "plans to".
OBJECT_STARTERS = _words(
    """
    the a an his her its their our my your him them us me this these those that it some to
    he she they we i there
    """
)

#: Lemmas of reporting verbs (TimeML REPORTING): "said", "announced", "told".
REPORTING_LEMMAS = _words(
    """
    say tell report announce state add claim note explain confirm deny describe insist warn write
    reply acknowledge testify declare quote disclose reveal comment recount remark respond assert
    indicate mention tweet post brief inform notify allege charge argue contend maintain stress
    """
)

#: Verbs that take a clause or a verb after them rather than an object: a noun-verb homograph right
#: after them can still be a verb ("said officials plan to", "helped build").
CLAUSE_LEMMAS = _words(
    """
    say tell report announce state add claim note explain confirm deny insist warn write reply
    acknowledge declare disclose reveal indicate argue contend maintain stress estimate think believe
    know expect hope fear suggest show help let make see hear watch mean go come
    """
)

#: Reporting verbs that take a clause, not an object: a noun phrase after them is the reported
#: clause's subject ("said net income rose").
CLAUSE_REPORTING_LEMMAS = _words("say add note explain insist argue contend maintain stress claim estimate")

#: Verbs that plan, move, call off or forecast an event: a date after their object noun is the
#: event's own ("scheduled a news conference Thursday", "postponed the vote until May", "forecast an
#: increase for the full year").
SCHEDULING_LEMMAS = _words(
    "plan schedule reschedule postpone delay cancel propose set call announce forecast predict project"
    " prepare anticipate expect"
)

#: Time words that are adverbs, not nouns: no "of" phrase after them belongs to them ("was found
#: guilty yesterday of stealing", "accused on Monday of lying" is the verb's "of").
ADVERBIAL_TIME_WORDS = _words(
    "yesterday today tomorrow tonight now monday tuesday wednesday thursday friday saturday sunday"
)

#: Prepositions of an adjunct naming the occasion a verb's act came after or during: the date that
#: ends the clause is the act's too ("were arrested after a fight near the market last night").
OCCASION_ADJUNCT_PREPOSITIONS = _words("after during following amid")
#: ... of them, those whose occasion came before the act: its date is the act's only when the two
#: are near ("arrested after a fight last night", not "jailed after a robbery in 2019").
PRECEDING_OCCASION_PREPOSITIONS = _words("after following")
#: Prepositions of place and address that may stand between a verb and its occasion phrase: "spoke
#: to reporters outside the court after the verdict".
PLACE_ADJUNCT_PREPOSITIONS = _words("to outside inside at in near on by")

#: Words that open a subject: after a fronted "after the fire" phrase with no comma, one of them
#: after the phrase's noun starts the main clause ("Two months after the fire the council passed").
FRONTED_SUBJECT_STARTERS = _words("the a an his her its their this these those he she they we i")
#: Pronouns that can only be a subject: one right after a verb opens a clause of its own, so the
#: verb had no object there ("After the meal the cook prepared we left": a relative clause's verb).
NOMINATIVE_PRONOUNS = _words("i we he she they")
#: Pronouns that may be a clause's subject: the nominative ones and "it" and "you", which are objects too.
SUBJECT_PRONOUNS = NOMINATIVE_PRONOUNS | _words("it you")

#: Prepositions that open a sentence on the period it happens in ("During the war, ...", "Throughout
#: the occupation ..."): with no date in the phrase, the sentence's time is that period's, unknown.
#: ("After the fire the council ..." often goes on from a happening just told, so "after" is not one.)
OCCASION_OPENERS = _words("during throughout")

#: Pronouns that are a verb's object before its complement ("declared it safe", "found him fit").
OBJECT_PRONOUNS = _words("it him her them us me")

#: Conjunctions that, after a comma, join a clause with a subject of its own ("Ash fell, and the
#: airport closed at 6pm"): a time after them is that clause's.
CLAUSE_COORDINATORS = _words("and but")

#: A preposition before a date that gives the time of a happening a verb sets for later ("called a
#: strike for Monday"), not the time of the verb.
SCHEDULED_DATE_LINKS = _words("for")

#: Event nouns that name what a scheduling verb makes known rather than a happening it schedules:
#: "announced the plan Aug. 21" is an announcement on Aug. 21, "announced a strike for Monday" is not.
SCHEDULED_CONTENT_NOUNS = _words(
    "plan plans proposal proposals offer deal agreement decision decisions results figures forecast"
    " estimate estimates details terms"
)

#: Verbs of a legal case: their "in" phrase names the happening the case is about, not the occasion
#: they take place in ("charged in the 1995 shooting", "a suspect wanted in the bombing").
CASE_LEMMAS = _words("charge indict convict accuse acquit sentence suspect implicate extradite want seek")

#: Prepositions after a case verb that open the charge: "charged with arson", "accused of fraud".
CHARGE_LINKS = _words("with of")

#: Nouns of a legal charge: the bare noun after them names a crime ("a charge of murder").
CHARGE_NOUNS = _words("charge count conviction indictment accusation")

#: Endings that tell an adjective before a noun: "federal", "historic", "annual", "massive".
ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "ary", "ern", "ish", "able", "ible")

#: Support verbs: with an event noun as object they name that event's happening ("held talks", "had
#: a loss", "issued its ruling", "gave a speech", "led the protests"), and so does their passive
#: with the noun as subject ("the ceremony was held"): verb and noun share a date.
SUPPORT_LEMMAS = _words(
    "have hold make give deliver stage conduct issue hand host mount pay carry lead organize organise"
)

#: Verbs whose passive gives the time an event is expected at: "the ruling, which is expected next
#: month", "the vote is scheduled for Tuesday", "scheduled for completion by Dec. 10".
EXPECTATION_LEMMAS = _words("expect schedule reschedule slate set plan")
#: Verbs whose passive moves its subject, an event, to the time after "until" or "to": "the vote was
#: postponed until May" (the vote is due in May; the postponing is at no time the text gives).
MOVING_LEMMAS = _words("postpone delay adjourn defer reschedule")
#: Words between such a passive and the time the event is moved to.
MOVED_TO_LINKS = _words("until till to")

#: Verbs whose subject is the event whose time they give: "the explosion occurred on Friday".
OCCURRING_LEMMAS = _words("happen occur")
#: Nouns that make a phrase of occurring with the verb before them: "took place".
OCCURRING_OBJECTS: dict[str, str] = {"take": "place"}

#: Verbs of a change in an amount: a time that modifies their subject dates the change
#: ("third-quarter profit jumped 45%", "last year's sales fell").
CHANGE_LEMMAS = _words(
    """
    rise fall jump drop grow decline increase decrease climb slip plunge soar surge gain lose tumble
    ease edge advance double triple halve narrow widen shrink slide sink dip rebound recover improve
    total reach top exceed swell fluctuate plummet skyrocket
    """
)

#: Words of an amount after "of": "a loss of $8 million, or $2 a share", "of C$6.5 million".
AMOUNT_WORDS = _words(
    "million billion trillion thousand hundred cents cent pence a an per share about nearly some or c us"
)

#: Verb forms that give the end of a period: "the quarter ended Sept. 30", "the year ending June 30".
PERIOD_END_WORDS = _words("ended ending ends")

#: Lemmas of plain speech: every article's "X said" is its own act, never merged across documents.
SPEECH_LEMMAS = _words(
    """
    say tell add note explain comment reply remark respond insist write quote tweet post claim argue
    contend maintain stress tell ask answer
    """
)

#: Lemmas of intensional actions (TimeML I_ACTION): "tried to", "ordered", "agreed".
I_ACTION_LEMMAS = _words(
    """
    try attempt plan seek promise vow pledge decide order ask urge agree refuse demand propose allow
    approve call threaten offer permit prevent request delay avoid persuade force urge investigate
    authorize authorise schedule postpone cancel prepare propose nominate appoint accuse blame
    block ban oppose reject support endorse help enable encourage push press lobby consider review
    """
)

#: Verbs and words that take an indirect question: "knew when the ship sailed", "asked when it
#: would end", "unclear when he left" ask for a time, so the "when" clause after them is no happening
#: the story tells at its time.
WH_CLAUSE_LEMMAS = _words(
    """
    ask wonder know learn discover decide tell explain remember forget recall understand guess
    establish determine record show say reveal find enquire inquire question doubt
    """
)
WH_CLAUSE_WORDS = _words("unclear clear sure certain unsure uncertain idea matter question know knew")

#: Lemmas of intensional states (TimeML I_STATE): "believed", "expected", "wants".
I_STATE_LEMMAS = _words(
    """
    think believe want expect hope fear know feel need wish intend worry doubt like love prefer
    suspect assume imagine plan anticipate predict guess suppose trust hate dislike mean
    """
)

#: Lemmas that pick out a phase of another event (TimeML ASPECTUAL): "began", "continued".
ASPECTUAL_LEMMAS = _words(
    """
    begin start continue stop finish end resume complete cease keep quit halt initiate launch
    terminate conclude proceed suspend discontinue commence
    """
)

#: Lemmas of perception (TimeML PERCEPTION): "saw", "heard".
PERCEPTION_LEMMAS = _words("see hear watch observe notice witness view spot glimpse overhear")

#: Lemmas of states (TimeML STATE): "owns", "remained", "lives".
STATE_LEMMAS = _words(
    """
    own remain stay live contain lack exist belong hold consist depend include involve possess
    resemble reside total
    """
)

#: Nouns that name happenings: TimeML OCCURRENCE nouns common in news and narrative.
EVENT_NOUNS = _words(
    """
    accident acquisition action activity address advance affair agreement aid air-strike airstrike
    ambush amendment announcement appeal appearance approval arrest arrival assassination assault attack
    attempt auction audit award ban bankruptcy battle bid blast blaze blockade bombardment bombing boom
    boycott breach break breakdown breakthrough briefing broadcast campaign cancellation capture
    ceasefire cease-fire celebration ceremony challenge change charge clash closure collapse collision
    comeback comment commitment complaint conference conflict confrontation congress consultation
    contest controversy convention conversation conviction coup crackdown crash crisis cut damage deal
    death debate decision decline defeat deficit delay delivery demand demonstration departure
    deployment deportation derailment descent destruction detention development devaluation dialogue
    disaster discovery discussion dispute dissolution downturn drop earthquake effort election encounter
    eruption escalation escape evacuation event execution exercise exit expansion explosion expulsion
    failure fall festival fight fighting fire firing flight flood flooding fraud funeral gain game
    growth hearing hijacking hike homicide hurricane impact impeachment inauguration incident increase
    injury inquiry inspection interview invasion investigation involvement journey killing landing
    launch lawsuit layoff leak loss march massacre match meeting merger move murder negotiation
    negotiations offensive operation order outbreak outcome overthrow parade payment performance plan
    plea poll protest purchase purge quake race raid rally reaction rebellion recall recession recovery
    referendum reform rejection release relief rescue resignation restructuring retreat return revolt
    revolution rise riot robbery ruling sale sanction sanctions scandal search session settlement
    shelling shift shipment shooting shortage show shutdown siege signing slump speech split spill
    standoff storm strike struggle suicide summit surge surrender survey suspension swap takeover talk
    talks tension test testimony theft tornado tour tragedy transaction transfer transition treaty trial
    trip truce tsunami uprising upheaval victory violence visit vote voting walkout war warning wedding win
    withdrawal yield offer proposal request embargo occupation cooperation violation repatriation
    manhunt buildup resolution crackdown intervention hunt tenure declaration completion
    verdict lecture ordeal turnaround triumph outflow inflow redemption introduction revision
    slaying lunch dinner
    """
)

#: Event nouns that name an occasion other happenings take place in ("killed in a bombing", "signed
#: at a ceremony", "decided at the summit"): the event and the occasion share their time. Singular
#: forms; plurals are recognised from them. A result names the match or battle it ended ("booed
#: during Saturday's defeat", "scored twice in the victory").
OCCASION_NOUNS = _words(
    """
    accident address ambush appearance assault attack battle blast blaze bombing briefing broadcast
    celebration ceremony clash collision conference congress convention crash debate defeat
    demonstration earthquake election explosion festival fight fighting fire flood funeral game
    hearing hurricane inspection interview lecture match meeting operation parade protest quake raid
    rally referendum revolution riot search session shelling shooting siege speech storm strike
    summit talks tornado tour trading trial tsunami uprising victory visit vote war wedding win
    """
)

#: Nouns that look like nominalizations of a verb but name a thing, a place or a body.
NON_EVENT_NOUNS = _words(
    """
    government department apartment equipment management document instrument monument
    parliament environment tournament element supplement compartment fragment ornament
    nation station portion ration proportion position section institution constitution organization
    organisation association federation corporation administration population region religion
    opinion question relation relations mention commission committee official officials
    material potential capital animal arsenal individual professional journal signal interval
    council hospital terminal manual national international rival
    future picture culture agriculture literature structure temperature creature feature nature
    measure pressure treasure figure
    reference residence evidence science silence sentence audience experience finance
    balance distance instance substance insurance allowance province license licence
    building housing clothing ceiling morning evening thing something nothing anything everything
    king ring spring string wing earnings savings proceedings surroundings
    sales operations results charges cases programs
    """
)

#: Nominalizing suffixes and the endings that turn the stem back into a verb: "construction" ->
#: "construct", "arrival" -> "arrive", "ratification" -> "ratify".
NOMINAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ification", ("ify",)),
    ("ation", ("ate", "e", "")),
    ("ition", ("", "e")),
    ("sion", ("d", "de", "t")),
    ("tion", ("te", "t", "")),
    ("ment", ("",)),
    ("al", ("", "e")),
    ("ure", ("", "e")),
    ("ance", ("", "e")),
)

#: Prefixes that make a verb of a verb ("recapitalize", "deregulate", "reelect"): a nominalization of
#: a prefixed verb is one too.
VERB_PREFIXES = ("re", "de", "pre", "co", "mis", "over", "under", "dis", "un")

#: The prefix of doing a verb's act again ("refloated", "rehoused", "reburied"): a form the verb table
#: lacks is the form of the verb after it. Only past, participle and "-ing" forms of a stem of four
#: letters or more, so that "resin" (re + the base "sin"), "resins" (re + "sins") or "rebate" stays a
#: noun.
AGAIN_PREFIX = "re"
AGAIN_STEM_LENGTH = 4

#: Words after a nominalization that make it name a happening: "the creation of NATO".
NOMINAL_EVENT_CUES = _words("of")

#: Irregular past and participle forms and their base form, for the trigger's lemma.
IRREGULAR_LEMMAS: dict[str, str] = {
    form: lemma
    for lemma, forms in {
        "arise": "arose arisen",
        "awake": "awoke awoken",
        "bear": "bore borne born",
        "beat": "beaten",
        "become": "became",
        "begin": "began begun",
        "bend": "bent",
        "bet": "bet",
        "bind": "bound",
        "bite": "bit bitten",
        "bleed": "bled",
        "blow": "blew blown",
        "break": "broke broken",
        "bring": "brought",
        "build": "built",
        "burn": "burnt",
        "buy": "bought",
        "catch": "caught",
        "choose": "chose chosen",
        "cling": "clung",
        "come": "came",
        "creep": "crept",
        "deal": "dealt",
        "dig": "dug",
        "draw": "drew drawn",
        "dream": "dreamt",
        "drink": "drank drunk",
        "drive": "drove driven",
        "eat": "ate eaten",
        "fall": "fell fallen",
        "feed": "fed",
        "feel": "felt",
        "fight": "fought",
        "find": "found",
        "flee": "fled",
        "fly": "flew flown",
        "forbid": "forbade forbidden",
        "forget": "forgot forgotten",
        "forgive": "forgave forgiven",
        "freeze": "froze frozen",
        "get": "got gotten",
        "give": "gave given",
        "go": "went gone",
        "grow": "grew grown",
        "hang": "hung",
        "hear": "heard",
        "hide": "hid hidden",
        "hold": "held",
        "keep": "kept",
        "know": "knew known",
        "lay": "laid",
        "lead": "led",
        "leave": "left",
        "lend": "lent",
        "lie": "lay lain",
        "lose": "lost",
        "make": "made",
        "mean": "meant",
        "meet": "met",
        "mistake": "mistook mistaken",
        "overcome": "overcame",
        "pay": "paid",
        "ride": "rode ridden",
        "ring": "rang rung",
        "rise": "rose risen",
        "run": "ran",
        "say": "said",
        "see": "saw seen",
        "seek": "sought",
        "sell": "sold",
        "send": "sent",
        "shake": "shook shaken",
        "shine": "shone",
        "shoot": "shot",
        "show": "shown",
        "shrink": "shrank shrunk",
        "sing": "sang sung",
        "sink": "sank sunk",
        "sit": "sat",
        "sleep": "slept",
        "slide": "slid",
        "speak": "spoke spoken",
        "spend": "spent",
        "spin": "spun",
        "stand": "stood",
        "steal": "stole stolen",
        "stick": "stuck",
        "strike": "struck stricken",
        "strive": "strove striven",
        "swear": "swore sworn",
        "sweep": "swept",
        "swim": "swam swum",
        "swing": "swung",
        "take": "took taken",
        "teach": "taught",
        "tear": "tore torn",
        "tell": "told",
        "think": "thought",
        "throw": "threw thrown",
        "undergo": "underwent undergone",
        "understand": "understood",
        "undertake": "undertook undertaken",
        "uphold": "upheld",
        "wake": "woke woken",
        "wear": "wore worn",
        "win": "won",
        "withdraw": "withdrew withdrawn",
        "withhold": "withheld",
        "write": "wrote written",
    }.items()
    for form in forms.split()
}

#: Abbreviations whose period does not end a sentence.
ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc corp co ltd vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m
    """
)

#: Words of a verb group that negate it: "did not leave", "never arrived".
GROUP_NEGATORS = _words("not n't never")

#: Adverbs that sit inside a verb group without changing its tense: "had also left", "then fled".
GROUP_ADVERBS = _words("also then later still just yet soon again already first once even both all")

#: Modals: a clause under one tells a possibility or a habit, not a happening ("could not make it safe").
MODAL_WORDS = _words("would could should might may must can will shall 'll wo ca ought")

#: Negative subjects: "No one was hurt", "Nothing was taken", "None of the crew was injured".
NEGATIVE_SUBJECT_WORDS = _words("no nobody nothing none neither nor")

#: How many words before a verb group a negative subject is looked for ("no one of them was").
NEGATIVE_SUBJECT_REACH = 3

#: Words before a bare participle that make it a complement, not a clause: "ordered them sealed".
PARTICIPLE_OBJECT_WORDS = _words("them him us me as")

#: Words after a bare participle that make it a reduced passive: "a part supplied by", "accused of".
PARTICIPLE_AGENT_WORDS = _words("by of")

#: Words before a verb that make it a clause's verb even with "by" or "of" after it: "and escaped by".
CLAUSE_OPENERS = _words("and or but then i you he she it we they who which")

#: Punctuation that closes a verb's object: a dated noun past it is no longer that verb's.
OBJECT_BOUNDARIES = _words(", ; : ( ) -- \u2014 \u2013")

#: Prepositions that bound an act on one side whatever its tense: "spread within the decade".
ONE_SIDED_BOUNDS = _words("within")

#: Prepositions that open a span running up to the time of telling: "have spent £2 million since
#: 2001", "Since January the firm has opened six shops" happened within it, at no time of its own.
#: What the time's own "when" clause tells is at the time ("since 1989, when dockers stopped work").
SINCE_BOUNDS = _words("since")
#: Adverbs that may stand before a "since" without changing the span it opens: "Ever since 2001 he
#: has lived in Leeds" opens its sentence as "Since 2001" does.
SINCE_INTENSIFIERS = _words("ever")

#: Prepositions of a deadline: one-sided with a perfect ("by noon had left"), not with a plain past
#: ("by Friday they agreed" reads as the day it happened).
DEADLINE_BOUNDS = _words("by")

#: Prepositions that open an act's time on one side: "Prices rose after 4 March", "fell after 1990"
#: happened at some time past the date, which TIMEX3 gives no value.
START_BOUNDS = _words("after")

#: Words before "after" that make the time a point near the act, or measured from it: "shortly after
#: 3pm", "soon after Christmas", "the day after 4 March"; lengths within the day stay on it ("minutes
#: after", "hours after", as "hours later" does).
NEAR_AFTER_WORDS = _words(
    "shortly soon just immediately right straight directly moments minutes hours day week month year"
)
#: A word before "after" that is near only when negated: "not long after Easter" ("long after 1990" is
#: at no distance the text gives).
NEGATED_NEAR_AFTER_WORDS = _words("long")
#: Plural units before "after" that measure from the time only with a number: "two weeks after Easter"
#: ("weeks after Easter", "in the weeks after Easter" are at no distance the text gives).
COUNTED_AFTER_UNITS = _words("days weeks months years")

#: Prepositions that close an act's time: "stayed open until late on Friday" ran up to then, from a
#: start the text does not give; a negated one happened then ("did not reopen until Monday").
END_BOUNDS = _words("until till")

#: Prepositions after "than" that open a clause of comparison: its time is the compared occasion's,
#: not the sentence's ("rose higher than in 1954", "faster than it did in 1954").
COMPARED_TIME_PREPOSITIONS = _words("in on at during")

#: Prepositions that tie a time to the noun before them as the time it is of: "based their estimate on
#: figures from March", "studied letters from 1920" (the figures are March's, not the basing).
NOUN_TIME_SOURCES = _words("from")

#: Words that end a range a time opens: "from Friday until Sunday", "from 1990 to 1995".
RANGE_ENDS = _words("to until till through")

#: Prepositions of a time an infinitive complement is to happen by or within: "pledged to hire 200
#: drivers within a year", "vowed to finish the road before June", "agreed to stay until Friday". The
#: time is the plan's, not the pledging's, unless the verb is a phase of the act ("began to arrive
#: before noon").
COMPLEMENT_DEADLINES = ONE_SIDED_BOUNDS | DEADLINE_BOUNDS | END_BOUNDS | _words("before")
#: Lemmas of intending or committing to an act, whose infinitive's deadline is the plan's: the pledge
#: comes before the act it binds. A verb of trying, managing or hurrying is done as its act is ("managed
#: to escape before noon", "tried to reach the summit before dark", "rushed to finish before the
#: storm"), so the deadline dates it too; "within" still bounds a plan only ("promised to cut fares
#: within a year").
PLANNING_LEMMAS = (I_ACTION_LEMMAS | I_STATE_LEMMAS) - _words("try attempt")

#: Participles that compare a figure with another time's before "with"/"to": that time is the
#: compared one's ("rose 4 per cent compared with a year earlier"), not the sentence's.
COMPARING_WORDS = _words("compared contrasted")

#: Prepositions after a comparing word that open what is compared with: "compared with", "compared to".
COMPARING_LINKS = _words("with to")

#: Parts of the day that name a dated day's part before "of" and the date: "on the night of 19
#: January 1906" dates its happening at that night (1906-01-19TNI), "on the morning of 3 August" at
#: that morning.
PARTS_OF_A_DATED_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

#: Adverbs that move a ", where" clause to another time than the move it follows: "dumped it in the
#: harbour, where it later formed the base of a quay", "moved to Leeds, where she still lives".
OTHER_TIME_ADVERBS = _words("later afterwards afterward eventually subsequently still now today once")

#: Auxiliaries of the perfect: "had left" steps back before the story's time.
PERFECT_AUXILIARIES = _words("had has have 've 'd")

#: Words after a speech verb that make it a request for an act: "asked for a recount".
REQUEST_LINKS = _words("for")
#: Speech verbs whose passive subject is the one spoken to: "was told of the decision", "were warned
#: to leave". Being told is a happening of the story, not the attribution of its news.
ADDRESSEE_LEMMAS = _words("tell inform warn notify brief advise")

#: A biography's lead gives the birth and death dates in a parenthesis after the name: "(9 March 1902
#: – 27 November 1979)". The words that join the two dates, the verb forms that tell the birth and
#: the death, and the subjects that stand for the person of the lead.
LIFESPAN_JOINERS = _words("- – — to")
BIRTH_LEAD_WORDS = _words("born b.")
BIRTH_FORMS = _words("born")
DEATH_LEMMAS = _words("die")
PERSONAL_SUBJECTS = _words("he she")
#: Ordinals between a determiner and a word in -ing make that word a noun: "his first hearing", "the
#: final sitting".
ORDINAL_MODIFIERS = _words("first second third fourth fifth last final next latest")
#: Participles that are listed as no event ("given the risk", "based in Paris") but head a passive or
#: perfect after an auxiliary: "were given to the library", "has given".
AUXILIARY_EVENT_PARTICIPLES = _words("given")
#: Words of a quantity inside a noun phrase before its head: "cancelled more than 3,000 flights",
#: "about 40 arrests".
QUANTITY_WORDS = _words("more than less fewer about nearly almost some over around least up to")
#: Speech verbs that also make or do something to an object: "answered the call", "wrote a novel",
#: "posted a loss". With such an object after them they are acts of their own, not attributions.
SPEECH_LEMMAS_WITH_OBJECTS = _words("answer write post")
#: Nouns of a projection whose "for" phrase gives the period projected, not the time of the verb
#: that acts on it: "raised its forecast for the full year", "cut its budget for 2024".
PROJECTION_NOUNS = _words(
    "forecast forecasts outlook guidance budget budgets estimate estimates projection projections"
)

#: The last word of a time counted back from the story's own ("the night before", "two years
#: earlier"): a past perfect it dates is a flashback, and the story stays where it stood.
COUNTED_BACK_WORDS = _words("before earlier")

#: Subjects of a clause that tells time going by: "As the years passed", "as time went on". Such a
#: clause spans the time it tells and is at no one moment of the story.
PASSING_TIME_SUBJECTS = _words("time hours days weeks months seasons years decades centuries")

#: Adverbs that end a perfect clause at no time the text gives: "had flooded the town before", "had
#: kept the habit ever since". The perfect reaches back to some earlier time, not to the story's.
INDEFINITE_EARLIER_ADVERBS = _words("before since")

#: Subordinators that open a clause bounding the main clause on one side: "Before the mill closed in
#: 1958, the town had held a jubilee", "Until it closed in 1958, the mill employed 300 people". The
#: clause's time is its own verb's; the main clause is before it or up to it, at no time of its own.
BOUNDING_CLAUSE_OPENERS = _words("before until till")

#: Adverbs that open a time of the clause, not of a noun: "later that month", "earlier that day".
CLAUSE_TIME_ADVERBS = _words("later earlier")
