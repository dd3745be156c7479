"""English lexical data for the time-expression engine: words only, no logic.

Every table maps a lower-case surface form to what it means. Another language is added by writing
a module with the same names (see `chronology.timex.lexicon.Lexicon`).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # the contracted months of letters, logs and diaries of the 1600s-1800s ("Sept'r 1st 1776", "Jan'y 3d")
    "jan'y": 1, "jan'ry": 1, "feb'y": 2, "feb'ry": 2, "apr'l": 4, "aug't": 8, "aug'st": 8, "sept'r": 9,
    "sep'r": 9, "sept'ber": 9, "oct'r": 10, "octo'r": 10, "oct'ber": 10, "nov'r": 11, "nov'ber": 11,
    "dec'r": 12, "dec'ber": 12,
}  # fmt: skip

#: The openings of a period counted on or back from a time just told ("the following winter", "the next
#: year", "the previous spring"): after a past-perfect glance back they count from the time glanced to.
COUNTED_ON_PERIOD_LEADS: tuple[str, ...] = ("the following ", "the next ", "the previous ", "the preceding ")

#: Month names that are also common English words: taken as months only with date context.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sep"})
#: Months that are also common surnames ("a vote for May"), so a preposition alone does not make them months.
MONTHS_ALSO_SURNAMES: frozenset[str] = frozenset({"may"})
#: Months that are also first names ("May and June came to tea"): in a list of months they alone do not
#: show that a capitalised "May" before them is a month.
MONTHS_ALSO_FIRST_NAMES: frozenset[str] = frozenset({"april", "may", "june", "august"})
#: What a deed or a letter of the 1600s-1800s writes before the year of a date ("this 10th day of May,
#: Anno Domini 1692", "the 3d of June, in the year of our Lord 1701"): the year is the date's own.
DATE_YEAR_ERA_LEADS: frozenset[str] = frozenset(
    {"anno domini", "anno dom.", "in the year of our lord", "in the year of our lord god", "a.d.", "a. d."}
)
#: The words a letter writer puts after a bare day for its month, as steps from the letter's own month:
#: "the 14th inst." (instant, this month), "your letter of the 2d ult." (ultimo, last month), "by the 5th
#: prox." (proximo, next month).
LETTER_MONTH_STEPS: dict[str, int] = {
    "inst.": 0, "instant": 0, "inst": 0, "ult.": -1, "ulto.": -1, "ultimo": -1, "ult": -1,
    "prox.": 1, "proximo": 1, "prox": 1,
}  # fmt: skip
#: Words that open an exclamation about a unit of time ("What a day!", "What a week."): no length.
EXCLAMATIVE_LEADS: frozenset[str] = frozenset({"what"})
#: Prepositions after which a short month that is also a first name ("Jan", "Dec") is the month when
#: it closes the phrase ("no rain since Jan, ..."): "from Jan" or "to Jan" more often name a person.
SHORT_MONTH_CLOSING_PREPOSITIONS: frozenset[str] = frozenset({"since", "until", "till", "til", "in"})

#: Nouns of a yearly event a month names after "the" ("came for the January sales"): the event, not a month;
#: "the January sales figures" are a month's own (a report noun after them keeps the month).
MONTH_EVENT_KIND_NOUNS: frozenset[str] = frozenset({"sales"})

#: Capitalised nouns that make a month or a holiday before them part of the name of a historical event ("the
#: October Revolution", "the July Days", "the Easter Rising", "the Christmas Truce"): a name, not a date.
MONTH_NAMED_EVENT_NOUNS: frozenset[str] = frozenset(
    {"revolution", "revolutions", "rising", "uprising", "insurrection", "revolt", "days", "crisis", "coup",
     "putsch", "manifesto", "theses", "ordinances", "massacre", "war", "offensive", "truce", "risings",
     "uprisings", "insurrections", "revolts", "crises", "coups", "massacres", "wars", "offensives"}
)  # fmt: skip

#: Capitalised place nouns that make a feast before them part of a place's name ("Easter Island", "Christmas
#: Island", "Easter Road", "Christmas Creek"): a place, not a date.
FEAST_PLACE_NOUNS: frozenset[str] = frozenset(
    {"island", "islands", "isle", "road", "street", "lane", "avenue", "creek", "bay", "cove", "lake",
     "river", "hill", "hills", "mountain", "mountains", "point", "harbour", "harbor", "sound", "valley",
     "range", "reef", "atoll"}
)  # fmt: skip

#: Capitalised street nouns that make a month before them part of a street's name ("offices in March Street",
#: "a flat on June Terrace"), even after "in" or "on"; not "Road" ("In March Road deaths fell" is dated).
STREET_NOUNS: frozenset[str] = frozenset(
    {"street", "avenue", "lane", "boulevard", "terrace", "crescent"}
)  # fmt: skip

#: Nouns of a sum of money that a number is said to be ("1800 was a fair price", "1800 would be a reasonable
#: price."): no year is a price, so after "would be", "will be" and the like too the number is an amount,
#: where "2027 would be a fair guess for the launch" may give a year.
AMOUNT_FIGURE_NOUNS: frozenset[str] = frozenset({"price", "sum", "amount", "offer", "bid"})
#: Nouns of a figure that a number is said to be ("1200 was a fair estimate of the crowd", "900 is the
#: official figure."): the number is a count or an amount, not a year.
FIGURE_NOUNS: frozenset[str] = frozenset(
    {"estimate", "figure", "number", "count", "total", "guess", "tally"}
) | AMOUNT_FIGURE_NOUNS  # fmt: skip

#: Verbs of arriving: a morning clock time they lead after an evening one in the same sentence is the next
#: morning's ("sails at 2215 and docks at 0630", "left at 10.15pm and arrived at 6.30am").
ARRIVAL_VERBS: frozenset[str] = frozenset(
    {"arrive", "arrives", "arrived", "arriving", "dock", "docks", "docked", "docking", "land", "lands",
     "landed", "landing", "berth", "berths", "berthed", "reach", "reaches", "reached", "reaching"}
)  # fmt: skip

#: Words after which a bare month name is a month ("in May", "until June", "well into October"), not a
#: word or a name.
MONTH_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "since", "until", "till", "by", "of", "early", "late", "mid", "during", "from", "to", "through",
     "last", "next", "this", "and", "before", "after", "between", "beyond", "into"}
)  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

#: Day words that, as a weekday does, name the days a weekend's length is told near ("a four-day weekend
#: starts tomorrow"); kept in this order in the pattern they make.
WEEKEND_NEAR_DAY_WORDS: tuple[str, ...] = ("tomorrow", "today", "tonight")

#: Abbreviated weekdays that are also words ("sat", "sun", "wed"): taken only before a date.
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset({"mon", "tue", "wed", "weds", "thu", "fri", "sat", "sun"})

#: Verbs after "Sun" that make it the sun, not Sunday ("5.58 p.m. Sun rises 7.29 a.m.", a weather table's
#: "Sun sets").
WORDS_AFTER_THE_SUN: frozenset[str] = frozenset({"rises", "sets", "rose", "set", "shines", "shone"})

#: Units of duration -> the TIMEX3 unit letter and whether it belongs after the "T".
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "fortnight": ("2W", False), "month": ("M", False), "year": ("Y", False),
    "quarter": ("Q", False), "decade": ("10Y", False), "century": ("100Y", False),
    "millennium": ("1000Y", False), "weekend": ("WE", False),
}  # fmt: skip

#: Units that make an adjective of length with "-long" or "long" ("an hour-long special", "a weeklong
#: festival").
LONG_ADJECTIVE_UNITS: frozenset[str] = frozenset(
    {"minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}
)

#: Plural and variant spellings of units -> the singular key of UNITS.
UNIT_FORMS: dict[str, str] = {
    "seconds": "second", "secs": "second", "minutes": "minute", "mins": "minute", "hours": "hour",
    "hrs": "hour", "days": "day", "nights": "night", "weeks": "week", "fortnights": "fortnight",
    # informal writing's short forms ("2 wks", "3 yrs", "next wknd", "last nite")
    "wk": "week", "wks": "week", "yr": "year", "yrs": "year", "wknd": "weekend", "wknds": "weekend",
    "wkend": "weekend", "wkends": "weekend", "mth": "month", "mths": "month", "mos": "month",
    "nite": "night", "nites": "night",
    # the nights a child counts to an awaited day ("2 more sleeps")
    "sleeps": "night",
    "months": "month", "years": "year", "quarters": "quarter", "decades": "decade",
    "centuries": "century", "millennia": "millennium", "millenniums": "millennium", "weekends": "weekend",
    **{u: u for u in ("second", "sec", "minute", "min", "hour", "hr", "day", "night", "week", "fortnight",
                      "month", "year", "quarter", "decade", "century", "millennium", "weekend")},
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "couple": 2, "single": 1,
}  # fmt: skip

#: Spelled numbers that count things on their own ("four or five a year", "twelve a month"): before a
#: period with "a" they make it a rate, as a digit does ("5 a year").
SPELLED_COUNTS: frozenset[str] = frozenset(NUMBER_WORDS) - {"a", "an", "single", "zero", "couple"}

#: Fractions that count a unit: "half a century", "a half-hour", "a quarter of a century", a margin of
#: "a tenth of a second", "a fifth of a second" (a hand-timed race's unit), "a hundredth of a second".
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "a quarter of": 0.25, "a fifth of": 0.2, "a tenth of": 0.1, "a hundredth of": 0.01,
    "a thousandth of": 0.001,
}  # fmt: skip

#: Quantity words that leave the count unknown: "several years" is PXY.
VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {
        "several",
        "a few",
        "few",
        "many",
        "some",
        "a number of",
        "numerous",
        "a couple of",
        "a couple",  # "a couple weeks ago": American English drops the "of"
        "couple of",
        "countless",
    }
)

#: Words between an article and a unit that add one more of it: "should allow an extra hour", "an
#: additional day" (the article's count; "an extra 30 minutes" is the length after "extra").
ADDED_UNIT_WORDS: frozenset[str] = frozenset({"extra", "additional"})

#: Nouns of a statistic taken over a span of years ("the 1991-2020 average", "the 1981-2010 normal",
#: "a 1961-1990 baseline"): the years are its base period, not a time a report has come to.
BASELINE_STATISTIC_NOUNS: frozenset[str] = frozenset(
    {"average", "averages", "mean", "means", "median", "normal", "normals", "baseline", "climatology"}
)

#: Words after a bare plural unit that make it the margin by which a thing missed its time: "the money
#: came months too late", "the line opened years late", "we got there hours too early".
LATENESS_WORDS: frozenset[str] = frozenset({"late", "early", "soon", "overdue", "behind"})

#: Words after "later"/"earlier" that make it the opening of a period of their own ("[later this week]",
#: "[earlier today]", "[later next month]"), so a bare plural unit before it is no "hours later": "decide
#: whether to shorten trading hours later this week".
LATER_PERIOD_OPENERS: frozenset[str] = frozenset({"this", "today", "tonight", "tomorrow", "next"})

#: Plural units after which "late" or "early" before a day is the margin a thing missed its time by, not
#: the part of the day: "the ticker ran two hours late yesterday", "landed 20 minutes early Friday".
LATENESS_MARGIN_UNITS: frozenset[str] = frozenset(
    {"minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months"}
)

#: Verbs right before a counted length that make "late" or "early" after it the margin a thing missed its
#: time by: arriving, leaving, running, opening or being ("the shuttle landed 40 minutes late Tuesday", "the
#: train was two hours late Friday", "rent paid two months late last year"). After any other word
#: the length is how long an act went on and "late" the part of the day: "fired its engine for 49 minutes late
#: Friday", "crews battled the blaze 14 hours late Monday", "fighting raged two days late last week".
LATENESS_MARGIN_VERBS: frozenset[str] = frozenset(
    {"arrive", "arrives", "arrived", "arriving", "land", "lands", "landed", "landing", "leave", "leaves",
     "left", "leaving", "depart", "departs", "departed", "departing", "run", "runs", "ran", "running",
     "come", "comes", "came", "coming", "open", "opens", "opened", "opening", "start", "starts", "started",
     "starting", "begin", "begins", "began", "begun", "beginning", "finish", "finishes", "finished",
     "finishing", "end", "ends", "ended", "ending", "close", "closes", "closed", "closing", "return",
     "returns", "returned", "returning", "deliver", "delivers", "delivered", "file", "filed", "pay", "paid",
     "off", "up", "back", "is", "are", "was", "were", "be", "been", "being", "got", "gets", "get", "dock",
     "docks", "docked", "docking", "reach", "reaches", "reached", "reaching"}
)  # fmt: skip

#: Nouns in -est, which are no superlatives: "the interest for that month", "the harvest for that year"
#: (as against "the highest for that month", a record among the like months of every year).
NOUNS_IN_EST: frozenset[str] = frozenset(
    {"interest", "request", "rest", "harvest", "forest", "contest", "protest", "guest", "test", "quest",
     "inquest", "conquest", "west", "nest", "chest", "pest", "arrest", "bequest", "digest", "manifest",
     "unrest", "priest", "behest", "crest", "vest"}
)  # fmt: skip

#: Words before "week" and a number that make the number a week of the year ("epidemiological week
#: 23", "ISO week 9", "calendar week 14"): surveillance and planning reports count weeks from the start
#: of the year, as a bare "week 3" of a season, a trial or a pregnancy does not.
WEEK_NUMBER_QUALIFIERS: frozenset[str] = frozenset(
    {"epidemiological", "epidemiologic", "epi", "iso", "calendar", "surveillance", "reporting"}
)

#: Words that count a unit by a number just named: "the third rise in as many years" (three years),
#: "four goals in as many games".
MATCHED_COUNT_WORDS: frozenset[str] = frozenset({"as many"})
#: Prepositions before such words that make them that count of a length ("in as many years", "over as
#: many days"); "worked as many hours as he could" compares an amount and counts nothing.
MATCHED_COUNT_PREPOSITIONS: frozenset[str] = frozenset({"in", "over", "within", "across"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

#: The ordinals a century or a millennium is numbered by, spelled: those of `ORDINALS` and on to the
#: ninety-ninth ("the thirty-second century", "the fortieth century" of a story set far ahead).
CENTURY_ORDINALS: dict[str, int] = {
    **ORDINALS,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    **{f"{tens}-{unit}": base + value
       for tens, base in (("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                          ("eighty", 80), ("ninety", 90))
       for unit, value in ORDINALS.items() if value <= 9},
}  # fmt: skip


SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

#: Adjectives that put an occasion ahead ("the next meeting is on Tuesday", "Next update Tuesday"), and
#: the words after "next" that make it no such adjective ("next to the station", "next door"; a number,
#: as in "the next five days", is read from `NUMBER_WORDS`).
NEXT_OCCASION_WORDS: frozenset[str] = frozenset({"next", "upcoming", "forthcoming"})
NEXT_NOT_AN_OCCASION: frozenset[str] = frozenset({"to", "door", "few", "several", "step", "steps"})

#: Words right before a yearless date or a holiday that bound a state or an act by a time still to come
#: when the clause is not past ("the show runs until January 12" said in March, "will ship in time for
#: Christmas" said in January): the next one, however far ("was open until 12 January" keeps the past).
#: Before the writer's own weekday ("open until Thursday", written on a Thursday) it is a week on.
FORWARD_BOUND_SIGNALS: frozenset[str] = frozenset({"until", "till", "til", "'til", "in time for"})
#: Participles of a state a thing is put in and stays in, which a notice or an advert writes with no subject
#: before such a bound ("Closed until March", "Estate car, taxed till April", "Temporarily shut until June"):
#: the state holds now, so the bound lies ahead. A verb that leaves no state ("Worked till March", "Stayed
#: until May" in a CV or a diary) is a past act told without its subject, as "Employed until March" is there.
BOUNDED_STATE_PARTICIPLES: frozenset[str] = frozenset(
    {"closed", "shut", "taxed", "insured", "licensed", "licenced", "reserved", "booked", "suspended",
     "postponed", "cancelled", "canceled", "banned", "barred", "frozen", "guaranteed", "covered"}
)  # fmt: skip

#: Marks that join two seasons into a trade's selling-season label ("the autumn/winter 2025 collection",
#: "spring/summer 2026", "Fall/Winter 1985", "its autumn-winter range"): a line of goods shown months
#: before it is sold, not a calendar period, so neither season nor the year is a time. The pair is a label
#: only before one of `SEASON_LABEL_NOUNS`, straight after it or after its year ("open in spring/summer
#: only", "the autumn-winter period", "In spring/summer 2020 the pandemic closed schools" stay seasons).
SEASON_LABEL_JOINERS: frozenset[str] = frozenset({"/", "-", "\u2013"})
SEASON_LABEL_NOUNS: frozenset[str] = frozenset(
    {"collection", "collections", "show", "shows", "range", "ranges", "line", "lines", "catalogue",
     "catalogues", "catalog", "catalogs", "campaign", "campaigns", "runway", "runways", "catwalk",
     "menswear", "womenswear", "ready-to-wear", "couture", "looks", "lookbook", "orders", "buying"}
)  # fmt: skip

#: Words for a trade's selling season after a slashed pair of seasons ("the spring/summer season"), a label
#: as the pair before `SEASON_LABEL_NOUNS` is.
SEASON_LABEL_SEASON_WORDS: frozenset[str] = frozenset({"season", "seasons"})

#: Closed-class words that may follow "the <decade>" without being a noun it qualifies ("the 1990s when",
#: "the 1980s were", "the 1960s onwards"): the article stays the decade's.
DECADE_CLOSED_FOLLOWERS: frozenset[str] = frozenset(
    {"when", "where", "while", "whilst", "that", "which", "who", "whose", "whom", "than", "then", "there",
     "onwards", "onward", "ago", "alone", "abroad", "too", "again", "also", "only", "even", "still", "so",
     "were", "was", "is", "are", "had", "has", "have", "he", "she", "they", "it", "we", "i", "you", "his",
     "her", "their", "its", "this", "these", "those", "no", "all", "both", "each", "every", "some", "many",
     "most", "nor", "yet", "after", "before", "since", "until", "till", "during", "through", "throughout",
     "between", "about", "around", "against", "without", "within", "under", "among", "proper"}
)  # fmt: skip

#: Seasons whose middle is written as one word ("midsummer", "midwinter"), as "mid-summer" is two.
ONE_WORD_MID_SEASONS: frozenset[str] = frozenset({"summer", "winter"})

#: Prepositions that bound a time before "the Midsummer" or "the Midwinter" ("they stayed until the
#: Midwinter", "since the Midsummer"): the season's middle, capitalised in older writing, not a name ("by"
#: may lead a place: "sailed by the Midsummer rocks").
MID_SEASON_TIME_LEADS: frozenset[str] = frozenset(
    {"until", "till", "since", "before", "towards", "toward", "throughout"}
)  # fmt: skip

#: Parts of the day whose middle is written as one word ("midmorning", "midafternoon"): mod MID, as the
#: hyphenated "mid-morning" has it.
ONE_WORD_MID_PARTS_OF_DAY: frozenset[str] = frozenset({"midmorning", "midafternoon"})

#: Conjunctions that open a coordinated clause of its own after a comma ("..., and the agency said").
CLAUSE_COORDINATORS: frozenset[str] = frozenset({"and", "but", "or", "while", "whereas", "yet"})

#: Modals that state a rule's permission or ban, before a bound of hours in the same clause ("may not
#: drive between 11 p.m. and 6 a.m.", "must not sell alcohol after 10pm"): the hours of the rule, any day.
RULE_MODALS: frozenset[str] = frozenset({"may not", "must not", "mustn't", "may only", "must only"})

#: Court and licence orders that keep someone in (or out) between set hours every day while they last,
#: after a length ("a 12-week curfew from 7pm to 7am", "a three-month electronically monitored curfew
#: between 8pm and 6am"): their hours are those of any day, not of the day the order was made.
DAILY_HOURS_ORDERS: frozenset[str] = frozenset({"curfew", "curfews"})

#: Words before "to <date>" naming the day a rule or payment counts back to ("retroactive to July 1",
#: "backdated to 1 April"): a day told in passing, not the time the story moves to.
RETROACTIVE_WORDS: frozenset[str] = frozenset(
    {"retroactive", "retroactively", "retrospective", "retrospectively", "backdated", "back-dated"}
)

#: Quarters named by the selling season they hold -> calendar quarter ("the holiday quarter").
SEASON_QUARTERS: dict[str, int] = {"holiday": 4, "christmas": 4}

#: Parts of the day -> TIMEX3 code (a two-letter part of day) or a clock time.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV",
    "evenings": "EV", "night": "NI", "nights": "NI", "overnight": "NI", "dawn": "MO", "daybreak": "MO",
    "sunrise": "MO", "dusk": "EV", "sunset": "EV", "sundown": "EV", "nightfall": "EV", "midday": "12:00",
    "noon": "12:00",
    "midnight": "24:00", "mid-afternoon": "AF", "midafternoon": "AF", "mid-morning": "MO",
    "midmorning": "MO", "daytime": "DT", "nite": "NI", "nites": "NI", "first light": "MO",
    "arvo": "AF", "arvos": "AF",  # Australian and New Zealand English: "this arvo"
    "forenoon": "MO", "forenoons": "MO",  # the morning in older and Scottish English: "this forenoon"
    # the middle of the day named by its meal: "by Friday lunchtime", "this lunchtime" (TIMEX3's MI)
    "lunchtime": "MI", "lunch-time": "MI",
    # the night named by the routine of going to bed: only an instruction's ("take 2 capsules at bedtime")
    "bedtime": "NI",
}  # fmt: skip
#: Parts of the day named by a daily routine ("at bedtime"): in an instruction the part of each day of the
#: course (SET, blind_instructions), elsewhere no time of its own.
ROUTINE_PARTS_OF_DAY: frozenset[str] = frozenset({"bedtime"})
#: Units of a dose ("10 units at bedtime", "atorvastatin 80 mg at night"): after a counted dose and "at",
#: a routine part of the day or "night" is the time of each day's dose (SET), as in an instruction.
DOSE_UNITS: frozenset[str] = frozenset(
    {"mg", "g", "mcg", "micrograms", "microgram", "units", "unit", "ml", "tablet", "tablets", "capsule",
     "capsules", "puff", "puffs", "drop", "drops", "sachet", "sachets", "iu"}
)  # fmt: skip
#: Units of a dose that only a count in figures makes one ("10 units at bedtime"): "one unit" and "two
#: units" are as often an army's or a building's.
DOSE_UNITS_IN_FIGURES: frozenset[str] = frozenset({"unit", "units"})

#: Single words that are DATE references -> (value, explanation).
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "current": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "future": "FUTURE_REF",
    "past": "PAST_REF",
    "rn": "PRESENT_REF",  # texting: "at the gym rn" (right now)
}  # fmt: skip

#: Words after "current" that show it is the noun (a flow of water or electricity), not the adjective.
CURRENT_NOUN_FOLLOWERS: frozenset[str] = frozenset(
    {"of", "in", "and", "or", "that", "which", "to", "from", "through", "with", "is", "was", "were", "are",
     "flows", "flowed", "flowing", "ran", "runs", "carried", "carries", "swept", "sweeps", "took", "passed",
     "passes", "at", "into", "across", "along", "against", "between", "as", "by", "for", "on",
     # a modal or an auxiliary after it: the noun as the subject ("a current must carry the ice")
     "must", "would", "could", "might", "should", "can", "will", "has", "had"}
)  # fmt: skip

#: Words before "current" that point it at a past time rather than the present: "the then-current
#: price list", "under the then current rules" name the rules in force at some time already told.
CURRENT_PAST_LEADS: frozenset[str] = frozenset({"then"})
#: Words before "then current" that make "then" its adjective ("the then current rules", "under then-current
#: law") rather than a step of a narration ("and then current flowed").
THEN_CURRENT_LEADS: frozenset[str] = frozenset({
    "the", "its", "their", "his", "her", "our", "your", "under", "at", "of", "by", "from", "with", "in",
})  # fmt: skip
#: Those of `THEN_CURRENT_LEADS` that also take "then" as a noun ("by then", "from then on"): before an
#: unhyphened "then current" the words may be "by then" and a noun ("By then current events had overtaken
#: him"), so only "then-current" is read as the adjective after them.
THEN_NOUN_LEADS: frozenset[str] = frozenset({"by", "from"})

#: Words before "current" that show it is the noun: the kind of flow ("the tidal current", "a strong current").
CURRENT_NOUN_MODIFIERS: frozenset[str] = frozenset(
    {"tidal", "ocean", "river", "electric", "electrical", "alternating", "direct", "rip", "strong", "swift",
     "powerful", "cold", "warm", "surface", "coastal", "opposing", "prevailing", "fast", "gulf", "jet"}
)  # fmt: skip

#: Multi-word references.
REFERENCE_PHRASES: dict[str, str] = {
    "the past": "PAST_REF", "the future": "FUTURE_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",  "the present day": "PRESENT_REF",
    "the near future": "FUTURE_REF", "recent years": "PAST_REF", "past years": "PAST_REF",
    "recent decades": "PAST_REF",  # "the warmer climate of recent decades", as "recent years"
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the recent past": "PAST_REF", "the distant past": "PAST_REF",
    "some time": "PAST_REF", "the moment": "PRESENT_REF", "right now": "PRESENT_REF",
    "so far": "PRESENT_REF", "to date": "PRESENT_REF", "these times": "PRESENT_REF",
    "the other day": "PAST_REF",  # spoken: a recent day left unnamed
    "the other night": "PAST_REF", "the other morning": "PAST_REF", "the other evening": "PAST_REF",
    "moments ago": "PAST_REF", "a few moments ago": "PAST_REF", "a moment ago": "PAST_REF",
    # a broadcast's or a reporter's recent past left unmeasured, as "a few moments ago" is: "the company
    # told us a short time ago", "a poll published a few minutes ago"
    "a short time ago": "PAST_REF", "a short while ago": "PAST_REF", "a little while ago": "PAST_REF",
    "a few minutes ago": "PAST_REF",
    # a generation is no calendar unit: "a generation ago" is a past left unmeasured, as "the other day" is
    "a generation ago": "PAST_REF", "generations ago": "PAST_REF",
    "of late": "PAST_REF",  # "complaints have been numerous of late": recently (`ADVERBIAL_REFERENCE_PHRASES`)
    # "at the then current market price", "the then-current term": the present of a time already told,
    # a past left unnamed as TimeML tags it (only after `THEN_CURRENT_LEADS`)
    "then current": "PAST_REF", "then-current": "PAST_REF",
    }  # fmt: skip

#: Reference phrases that are the time only as an adverb: before a pause, a function word or a participle
#: they qualify ("numerous of late.", "has of late been ill"); "a man of late middle age" is no time.
ADVERBIAL_REFERENCE_PHRASES: frozenset[str] = frozenset({"of late"})
ADVERBIAL_REFERENCE_PARTICIPLES: frozenset[str] = frozenset({"been", "become", "grown", "had"})

#: Deictic day words -> offset in days from the anchor day, and an optional part of day.
DAY_DEICTICS: dict[str, tuple[int, str | None]] = {
    "today": (0, None),
    "tonight": (0, "NI"),
    "yesterday": (-1, None),
    "tomorrow": (1, None),
    # texting spellings
    "tmrw": (1, None),
    "tmr": (1, None),
    "tmrow": (1, None),
    "2moro": (1, None),
    "2morrow": (1, None),
    "tonite": (0, "NI"),
    "2nite": (0, "NI"),
    "yday": (-1, None),
    "2day": (0, None),
    "overnight": (-1, "NI"),  # "prices fell overnight": the night just past
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
}

#: Parts of the day that "last" puts on the day before the writer's, as "last night" does ("an inquiry was
#: opened last evening", formal and older English); "last morning" and "last afternoon" are no idiom.
LAST_PARTS_OF_DAY: frozenset[str] = frozenset({"night", "evening"})

#: Prepositions before a day word in a heading set in capitals ("FORECAST FOR TO-DAY", "CLOSED UNTIL
#: TOMORROW"): the capitals are the heading's, not a title's ("USA TODAY").
HEADING_DAY_PREPOSITIONS: frozenset[str] = frozenset({"for", "until", "till", "from", "since"})

#: Old spellings that put a hyphen inside a word the rules know, as papers and letters printed them until
#: the mid-twentieth century ("closes at 8 o'clock to-night", "to-morrow morning", "TO-DAY'S
#: BROADCASTING"): read as the word without the hyphen ("day-to-day" is another word).
HYPHENATED_OLD_SPELLINGS: tuple[str, ...] = ("to-day", "to-morrow", "to-night")

#: Determiners before a unit, weekday, month or season -> (direction, base).
#: direction: the shift in units (None: by tense), base "dct" (the speaker's now) or "ref" (the story's now).
RELATIVE_DETERMINERS: dict[str, tuple[int | None, str]] = {
    "this": (0, "dct"), "last": (-1, "dct"), "past": (-1, "dct"), "next": (1, "dct"),
    "coming": (1, "dct"), "upcoming": (1, "dct"), "previous": (-1, "ref"), "preceding": (-1, "ref"),
    "following": (1, "ref"), "same": (0, "ref"), "that": (0, "ref"), "current": (0, "dct"),
    "prior": (-1, "ref"), "subsequent": (1, "ref"), "ensuing": (1, "ref"),
    "this past": (-1, "dct"), "this coming": (1, "dct"), "that same": (0, "ref"),
    "nxt": (1, "dct"),  # texting's "nxt wk", "nxt month"
    # "We moved in the autumn of 1955. That first spring ...": the first one from the story's time on
    "that first": (0, "ref"),
}  # fmt: skip

#: Words after "N units": direction and base. "ago" counts back from the speaker's now.
OFFSET_WORDS: dict[str, tuple[int, str]] = {
    "ago": (-1, "dct"), "earlier": (-1, "ref"), "before": (-1, "ref"), "previously": (-1, "ref"),
    "later": (1, "ref"), "after": (1, "ref"), "afterwards": (1, "ref"), "afterward": (1, "ref"),
    "hence": (1, "dct"), "from now": (1, "dct"),
}  # fmt: skip

#: Words of a section heading that tells what came after a story's end ("Aftermath", "Later life",
#: "Death and legacy"): a section so headed goes on from the end a lead ran on to, not from the lead's day.
LATER_SECTION_HEADING_WORDS: frozenset[str] = frozenset(
    {"aftermath", "legacy", "later", "last", "final", "death", "retirement", "afterwards", "aftereffects",
     "consequences", "commemoration", "memorials", "remembrance", "postwar", "succession"}
)  # fmt: skip

#: Prepositions of a year that opens its sentence as the scene of what follows ("In 1815 the army marched
#: north. On Sunday the troops rested"): the weekday told next falls in that year's story, in a week it never
#: told, not in the writer's week.
STORY_YEAR_FRAME_LEADS: frozenset[str] = frozenset({"in", "during", "throughout"})

#: Words that count a time back from the story's own ("the previous evening", "the night before", "two
#: days earlier"): in a past perfect such a time is a glance back at what led up to the story's day.
STORY_BACKWARD_WORDS: frozenset[str] = frozenset(
    word
    for table in (RELATIVE_DETERMINERS, OFFSET_WORDS)
    for word, (step, base) in table.items()
    if step == -1 and base == "ref"
)

#: A day after "N units" that the length is counted from, the direction and the day ("a week today",
#: "a fortnight tomorrow", "two weeks from today", "a week yesterday": British papers drop the "from").
OFFSET_DAYS: dict[str, tuple[int, int]] = {
    "today": (1, 0), "from today": (1, 0), "tomorrow": (1, 1), "from tomorrow": (1, 1),
    "yesterday": (-1, -1),
}  # fmt: skip

#: Words after "N units" that count only before a pause or "from": "Ten years on, the town ...", "five
#: years on from the flood" (elsewhere "two days on the island" is a stay, not a date); spoken "a couple
#: of years back?" is "ago" ("sent two years back to school" is not).
OFFSET_WORDS_BEFORE_PAUSE: dict[str, tuple[int, str]] = {"on": (1, "ref"), "back": (-1, "dct")}

#: What may follow "N units ago" to name the same part of that earlier time ("ten years ago this week",
#: "a year ago today", "fifty years ago this month") -> the granularity of the date meant; "fifty years
#: ago tomorrow" is the day after the DCT's, that many years back ("day+1"); "twenty-five years ago
#: tonight" is the night of that day, a TIME ("night").
AGO_SAME_PERIOD: dict[str, str] = {
    "this week": "week", "this month": "month", "today": "day", "this weekend": "weekend",
    "tomorrow": "day+1", "yesterday": "day-1", "tonight": "night",
    # "a century ago this year": the year that many years back, as an anniversary is written
    "this year": "year",
}  # fmt: skip

#: A half of a century or a decade before it -> TIMEX3 mod: "the first half of the nineteenth century" is the
#: century's start (18 START), "the second half of the 1990s" the decade's end; there is no value for half
#: a century, and a year's half keeps its own value (2019-H1).
HALF_PERIOD_MODIFIERS: dict[str, str] = {
    "the first half of": "START", "the second half of": "END", "the latter half of": "END",
    "the earlier half of": "START", "the later half of": "END",
}  # fmt: skip

#: Modifier phrases before an expression -> TIMEX3 mod.
PRE_MODIFIERS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "middle": "MID",
    "the beginning of": "START", "the start of": "START", "the end of": "END", "the middle of": "MID",
    "the early part of": "START", "the latter part of": "END", "the close of": "END",
    "the turn of": "START",
    "the first half of": HALF_PERIOD_MODIFIERS["the first half of"], "the dawn of": "START",
    "early in": "START", "earlier in": "START", "late in": "END", "later in": "END", "end": "END",
    "early on": "START", "late on": "END",  # wire copy's "late on Friday", "early on 1 September"
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    # notices' shorthand: "closed until approx 6pm", "approx. 20 mins"
    "approx": "APPROX", "approx.": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "close to": "LESS_THAN",  # "for close to ten minutes": nearly that long
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN", "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "just under": "LESS_THAN", "shorter than": "LESS_THAN", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "just over": "MORE_THAN", "well over": "MORE_THAN",
    # "not less than two months' notice", "no fewer than 14 days": that long at least, as "at least" is
    "not less than": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "not fewer than": "EQUAL_OR_MORE",
    "no fewer than": "EQUAL_OR_MORE", "not shorter than": "EQUAL_OR_MORE", "no shorter than": "EQUAL_OR_MORE",
    # "should take no longer than 15 minutes": that long at most, as "no more than" is
    "no longer than": "EQUAL_OR_LESS", "not longer than": "EQUAL_OR_LESS",
    "a little more than": "MORE_THAN", "a little less than": "LESS_THAN", "slightly more than": "MORE_THAN",
    "slightly less than": "LESS_THAN", "just more than": "MORE_THAN", "just less than": "LESS_THAN",
    "a little over": "MORE_THAN", "a little under": "LESS_THAN", "slightly over": "MORE_THAN",
    "slightly under": "LESS_THAN",
    # "over in little more than an hour": only just that long, as "a little more than" is
    "little more than": "MORE_THAN", "little over": "MORE_THAN", "little less than": "LESS_THAN",
    "no later than": "ON_OR_BEFORE", "no earlier than": "ON_OR_AFTER",
    # a span of two parts of a period is its first or second half: the part other than the middle
    "mid-to-late": "END", "mid to late": "END", "early-to-mid": "START", "early to mid": "START",
    # "at an early hour this morning", "until a late hour last night": the start or the end of that part
    # of the day, as "early this morning" is
    "an early hour": "START", "a late hour": "END",
}  # fmt: skip

#: Prefixes that mark the START/MID/END of a calendar period (and only a period).
PERIOD_MODIFIERS: frozenset[str] = frozenset(
    {"early", "earlier", "late", "later", "mid", "middle", "the beginning of", "the start of", "the end of",
     "the middle of", "the early part of", "the latter part of", "the close of", "the turn of", "the dawn of",
     "early in", "earlier in", "late in", "later in", "early on", "late on", "end", "mid-to-late", "mid to late",
     "early-to-mid", "early to mid", "an early hour", "a late hour"}
)  # fmt: skip

#: Words opening a part of the day that point back to a day already told ("that evening", "the night",
#: "later that morning", "the same afternoon"), as a bare "dawn" or "dusk" does not.
DAY_PART_POINTING_LEADS: frozenset[str] = frozenset({"that", "the", "later", "earlier"})

#: Plural days and nights that a kind noun before them makes a set of ("on strike days", "on match
#: days", "on school nights"): a clock time on them is the time of each.
DAY_KIND_PLURALS: frozenset[str] = frozenset({"days", "nights", "evenings", "mornings"})

#: Determiners that, after a clock time and "on", make its day any one of a kind ("between 9 a.m. and 6
#: p.m. on any weekday", "at 10am on any working day", "by noon on each day of the sale"): the time of
#: each such day, as a rule sets it.
ANY_DAY_DETERMINERS: frozenset[str] = frozenset({"any", "each", "every"})

#: Singular day nouns a clock time may be set on with those determiners ("on any weekday").
ANY_DAY_NOUNS: frozenset[str] = frozenset({"day", "weekday", "night", "evening", "morning", "date"})

#: Words that make a day point back to the one told before even across a paragraph break, in a text with
#: no DCT: "... on Friday 20 December.\n\nThe worst queues are expected on that day" (a bare "the next
#: day" after a break may start a new account).
DAY_DEMONSTRATIVES: frozenset[str] = frozenset({"that", "this", "same"})

#: Modifiers before a weekday that only order it after what was just told ("will publish it later
#: Friday"): the day itself, with no mod (blind_news_14's "later Friday"; "later on Saturday" tags the
#: weekday alone, blind_news_22).
WEEKDAY_ORDERING_MODIFIERS: frozenset[str] = frozenset({"later"})

#: Prefixes that qualify an amount (durations, "ago" expressions).
AMOUNT_MODIFIERS: frozenset[str] = frozenset(set(PRE_MODIFIERS) - PERIOD_MODIFIERS)

#: Amount modifiers that before a clock time bound a point, a signal outside its extent ("Up to 6 p.m.
#: four aircraft had been destroyed": until then, as "up to 31 October" is), not a length's mod.
POINT_BOUND_AMOUNT_MODIFIERS: frozenset[str] = frozenset({"up to"})

#: Set adverbs -> (TIMEX3 value, quant).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
}  # fmt: skip

#: Kinds of year that "each" or "every" before them make a yearly set, as "every year" is: "25 days'
#: holiday in each holiday year", "accounts filed every financial year", "each academic year".
SET_YEAR_KINDS: frozenset[str] = frozenset(
    {"financial", "fiscal", "tax", "academic", "school", "holiday", "leave", "accounting"}
)

#: Latin rate phrases of legal and financial English -> TIMEX3 value: "a salary of £28,600 per annum",
#: "interest at 4% per annum" recur each year, as "per year" does.
LATIN_RATE_PHRASES: dict[str, str] = {"per annum": "P1Y", "per mensem": "P1M"}

#: Phrases after "monthly", "quarterly" ... that time a payment ("invoiced monthly in arrears", "rent
#: payable quarterly in advance"): the word is then an adverb of the verb, never a periodical's name.
PAYMENT_TIMING_PHRASES: frozenset[str] = frozenset({"in arrears", "in advance"})

#: Words before a unit or weekday that make a SET -> TIMEX3 quant ("every Monday": EVERY).
SET_QUANTIFIERS: dict[str, str | None] = {
    "every": "EVERY",
    "each": "EACH",
    "per": None,
    "a": None,
    "an": None,
    "most": None,  # "most days", "most weeks": the habit of nearly every one
}

#: Quantifiers of a plural unit only ("most days"), never of a count ("most two days").
MOST_QUANTIFIERS: frozenset[str] = frozenset({"most"})

#: "once/twice/N times a week" -> frequency count.
FREQUENCY_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
#: A prescriber's "every N hours, days or weeks" written as "q", the count and the unit's letter ("q4h",
#: "q12h", "q2d", "q3w"): abbreviation -> the SET's value.
DOSE_INTERVAL_ABBREVIATIONS: dict[str, str] = {
    **{f"q{n}h": f"PT{n}H" for n in (1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72)},
    **{f"q{n}d": f"P{n}D" for n in (1, 2, 3, 7)},
    **{f"q{n}w": f"P{n}W" for n in (1, 2, 3, 4, 6, 8, 12)},
}  # fmt: skip

#: Determiners that name a unit or a season from the writer's now ("last year", "this fall", "next month").
WRITERS_DEICTIC_DETERMINERS: tuple[str, ...] = ("last ", "this ", "next ")

#: Feasts of FIXED_HOLIDAYS that are an eve by their own name, the evening before a new day ("a Hogmanay
#: party ... shortly after 2 a.m.": the small hours of 1 January), as "New Year's Eve" is by its word "eve".
EVES_NAMED_ALONE: frozenset[str] = frozenset({"hogmanay"})

#: Holidays on a fixed day: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's": (1, 1), "new years day": (1, 1),
    "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25),
    "xmas day": (12, 25), "xmas eve": (12, 24), "hogmanay": (12, 31),  # the Scots' New Year's Eve
    "christmas eve": (12, 24), "boxing day": (12, 26), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "halloween": (10, 31),
    "independence day": (7, 4), "the fourth of july": (7, 4), "fourth of july": (7, 4),
    "veterans day": (11, 11),
    "veterans' day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "may day": (5, 1), "bastille day": (7, 14), "all saints' day": (11, 1), "guy fawkes night": (11, 5),
    "flag day": (6, 14), "juneteenth": (6, 19), "canada day": (7, 1), "dominion day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "waitangi day": (2, 6), "earth day": (4, 22), "groundhog day": (2, 2), "inauguration day": (1, 20),
    "cinco de mayo": (5, 5), "april fool's day": (4, 1), "april fools' day": (4, 1), "april fools day": (4, 1),
    # the quarter days and feasts that English writers date by
    "michaelmas": (9, 29), "candlemas": (2, 2), "lammas": (8, 1), "martinmas": (11, 11), "lady day": (3, 25),
    "midsummer day": (6, 24), "midsummer's day": (6, 24), "midsummer eve": (6, 23),
    # the twelfth day after Christmas, named alone as Christmas is ("closed at the Epiphany")
    "epiphany": (1, 6), "the epiphany": (1, 6),
    # the Roman Ides: the 15th of March, May, July and October, the 13th of the other months
    "the ides of march": (3, 15), "the ides of may": (5, 15), "the ides of july": (7, 15),
    "the ides of october": (10, 15), "the ides of january": (1, 13), "the ides of february": (2, 13),
    "the ides of april": (4, 13), "the ides of june": (6, 13), "the ides of august": (8, 13),
    "the ides of september": (9, 13), "the ides of november": (11, 13), "the ides of december": (12, 13),
    # the Baptist's birth, Midsummer Day, named without "the feast of" as the quarter days and fairs were
    "the nativity of st john the baptist": (6, 24), "the nativity of saint john the baptist": (6, 24),
    "the nativity of st. john the baptist": (6, 24),
}  # fmt: skip

#: Holidays on the n-th weekday of a month: name -> (month, weekday 1-7, n; -1 = last), with a fourth
#: number for a day counted on from such a holiday (Black Friday is the day after Thanksgiving).
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, ...]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "labour day": (9, 1, 1), "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3),
    "martin luther king jr. day": (1, 1, 3), "presidents day": (2, 1, 3), "presidents' day": (2, 1, 3),
    "columbus day": (10, 1, 2), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "election day": (11, 2, 1), "black friday": (11, 4, 4, 1), "cyber monday": (11, 4, 4, 4),
    # the US primaries' biggest day, held on the first Tuesday in March in most election years
    "super tuesday": (3, 2, 1),
    # the British and Commonwealth Sunday of remembrance, the second in November (the one nearest the 11th)
    "remembrance sunday": (11, 7, 2),
}  # fmt: skip
#: Words and phrases of a clause that tells what is done every year ("held every year", "marked annually").
YEARLY_HABIT_PHRASES: frozenset[str] = frozenset(
    {"every year", "each year", "annually", "yearly", "year after year", "every single year"}
)
#: Words that tie a weekday or a weekend to a day of the year ("the weekend nearest 24 January", "the Sunday
#: closest to Midsummer Day", "the weekend after Easter"): in a yearly habit, no one day or weekend.
DAY_TIED_TO_DATE_WORDS: frozenset[str] = frozenset(
    {"nearest", "closest", "after", "before", "following", "preceding"}
)
#: Capitalised nouns of a budget, a count, a plan or a league table named by its year ("Budget 2024", "Census
#: 2021", "Vision 2030", "Agenda 2063", "World University Rankings 2025"): the year the thing is for, as "the
#: 2024 budget" and "the 2021 census" are.
#: ("Plan" and "Horizon" name products and vessels as often: "the Plan 2000 model", "the ship Horizon 2000".)
PLANS_NAMED_BY_YEAR: frozenset[str] = frozenset(
    {"budget", "census", "vision", "agenda", "strategy", "roadmap", "rankings"}
)

#: Holidays of the Hebrew calendar as (month, day), months counted from Nisan (1): Tishrei is 7, Kislev 9,
#: Adar 12 (Adar II in a leap year). Their Gregorian day moves from year to year.
HEBREW_CALENDAR_HOLIDAYS: dict[str, tuple[int, int]] = {
    "rosh hashanah": (7, 1), "rosh hashana": (7, 1), "yom kippur": (7, 10), "sukkot": (7, 15),
    "hanukkah": (9, 25), "chanukah": (9, 25), "purim": (12, 14), "passover": (1, 15), "pesach": (1, 15),
    "shavuot": (3, 6),
    # the English names news copy gives them in apposition ("Yom Kippur, the Day of Atonement")
    "the day of atonement": (7, 10), "the jewish new year": (7, 1),
}  # fmt: skip

#: Days of the Chinese lunisolar calendar counted from its new year (the second new moon after the
#: December solstice's, in China's time): name -> days after the new year's day. Korea's and Vietnam's
#: new year, reckoned in their own time zones, can fall a day apart and are not here.
LUNAR_NEW_YEAR_HOLIDAYS: dict[str, int] = {
    "lunar new year": 0, "chinese new year": 0, "lunar new year's day": 0, "chinese new year's day": 0,
    "lunar new year's eve": -1, "chinese new year's eve": -1,
}  # fmt: skip

#: Vietnam's lunar new year, Tết, reckoned in Vietnam's own time (UTC+7): name -> days after its first day.
TET_HOLIDAYS: dict[str, int] = {"tet": 0, "tết": 0, "the tet holiday": 0, "the tết holiday": 0}

#: Feasts of the Islamic calendar as (Hijri month, day), dated by the Umm al-Qura calendar, in the spellings
#: news copy gives them (Arabic, Urdu, Malay and Nigerian English).
ISLAMIC_CALENDAR_HOLIDAYS: dict[str, tuple[int, int]] = {
    **{
        f"eid{joint}{article}{joint2}{feast}": month_day
        # "Eid-ul-Azha", "Eid ul Zuha": the spellings of South Asia's press
        for feast, month_day in (("fitr", (10, 1)), ("adha", (12, 10)), ("azha", (12, 10)), ("zuha", (12, 10)))
        for article in ("al", "ul", "el")
        for joint, joint2 in ((" ", "-"), ("-", "-"), (" ", " "))
    },
    # "Eidul Fitr", "Eidul-Azha": the article written onto "Eid"
    **{
        f"eid{article}{joint}{feast}": month_day
        for feast, month_day in (("fitr", (10, 1)), ("adha", (12, 10)), ("azha", (12, 10)), ("zuha", (12, 10)))
        for article in ("ul", "al")
        for joint in (" ", "-")
    },
    # "Eid-el-Kabir", "Eid el Kabir": West Africa's name for Eid al-Adha, "the great feast"
    "eid-el-kabir": (12, 10), "eid el-kabir": (12, 10), "eid el kabir": (12, 10), "eid al-kabir": (12, 10),
    "bakra eid": (12, 10), "bakra-eid": (12, 10),
    "hari raya aidilfitri": (10, 1), "hari raya puasa": (10, 1), "hari raya haji": (12, 10),
    "hari raya aidiladha": (12, 10), "bakrid": (12, 10), "bakri eid": (12, 10),
    "the day of arafah": (12, 9), "the day of arafat": (12, 9),
    "the islamic new year": (1, 1), "islamic new year": (1, 1), "the hijri new year": (1, 1),
    "hijri new year": (1, 1), "ashura": (1, 10),
    "mawlid": (3, 12), "mawlid al-nabi": (3, 12), "the prophet's birthday": (3, 12),
    # the month's first day ("the start of Ramadan" is a stretch of it, untagged as "Ramadan" is)
    "the first day of ramadan": (9, 1),
    # "Eid" alone: the Eid the text has named in full, else the one that ends Ramadan
    "eid": (10, 1),
}  # fmt: skip

#: Words naming a faith or a people before a feast of a lunar calendar that leave it the feast ("the Hindu
#: Diwali", "the Muslim Eid al-Adha"); another capitalised word after "the" makes a rite's name ("the
#: Lathmar Holi").
FESTIVAL_FAITH_ADJECTIVES: frozenset[str] = frozenset(
    {"hindu", "muslim", "islamic", "sikh", "jain", "buddhist", "vietnamese", "indian", "nepali", "pakistani",
     "bangladeshi", "malaysian", "indonesian", "nigerian", "arab"}
)  # fmt: skip

#: Words before a feast of a lunar calendar after which a capitalised word opens the clause, no name built on
#: the feast's ("During Eid Muslims visit", "On Diwali Hindus light lamps"; "Eid Mubarak Foods" is a name).
FEAST_TIME_PREPOSITIONS: frozenset[str] = frozenset(
    {"during", "on", "for", "before", "after", "of", "since", "until", "till", "over", "at", "by", "around"}
)  # fmt: skip

#: Feasts of the Hindu lunisolar calendar: name -> which day `calendar.diwali_days` gives (Dhanteras 0,
#: Diwali 1, Govardhan Puja 2, Bhai Dooj 3), or "holi" for `calendar.holi_day`.
HINDU_CALENDAR_HOLIDAYS: dict[str, int | str] = {
    "dhanteras": 0, "diwali": 1, "deepavali": 1, "divali": 1, "deepawali": 1,
    "govardhan puja": 2, "bhai dooj": 3, "bhai duj": 3, "bhaiya dooj": 3, "bhau beej": 3, "holi": "holi",
}  # fmt: skip

#: Holidays a number of days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "holy saturday": -1,
    "easter saturday": -1, "easter monday": 1, "palm sunday": -7, "ash wednesday": -46, "maundy thursday": -3,
    "pentecost": 49, "whit sunday": 49, "ascension day": 39, "whitsun": 49, "whitsunday": 49,
    # the Sundays and feasts of the church year that histories and parish records date by
    "passion sunday": -14, "mothering sunday": -21, "shrove tuesday": -47, "low sunday": 7,
    "rogation sunday": 35, "whit monday": 50, "trinity sunday": 56, "corpus christi": 60,
    # Shrove Tuesday by its British, Irish and Australian name
    "pancake day": -47, "pancake tuesday": -47,
    # the week before Easter, from Palm Sunday: its weekdays lie in the ISO week that ends on Easter Sunday
    "holy week": 0,
    # the Sundays before Lent and the first in it, as parish records and chronicles date by them
    "septuagesima sunday": -63, "sexagesima sunday": -56, "quinquagesima sunday": -49,
    "quadragesima sunday": -42, "the first sunday of lent": -42, "the first sunday in lent": -42,
    # the later Sundays of Lent, counted as the first is: the fifth is Passion Sunday, the sixth Palm Sunday
    **{
        f"the {nth} sunday {of} lent": -42 + 7 * at
        for at, nth in enumerate(("second", "third", "fourth", "fifth", "sixth"), start=1)
        for of in ("of", "in")
    },
}  # fmt: skip
# older texts hyphenate the two-word feasts ("on Whit-Monday", "Shrove-Tuesday", "Easter-Monday"): the same days
EASTER_HOLIDAYS |= {
    name.replace(" ", "-"): offset
    for name, offset in EASTER_HOLIDAYS.items()
    if name.count(" ") == 1 and not name.endswith("week")
}

#: Sundays counted from Advent Sunday, the fourth Sunday before Christmas Day (so the one nearest 30
#: November): name -> weeks after it ("the second Sunday of Advent", "the first Sunday in Advent").
ADVENT_SUNDAYS: dict[str, int] = {
    "advent sunday": 0,
    **{
        f"the {nth} sunday {of} advent": at
        for at, nth in enumerate(("first", "second", "third", "fourth"))
        for of in ("of", "in")
    },
}  # fmt: skip

#: Feasts of the church calendar on a fixed day, named after "the feast of" in histories of the Middle
#: Ages and after: saints after "St"/"Saint" ("the feast of St Michael") -> (month, day) ...
FEAST_SAINTS: dict[str, tuple[int, int]] = {
    "michael": (9, 29), "michael and all angels": (9, 29), "john the baptist": (6, 24), "peter and paul": (6, 29),
    "james": (7, 25), "andrew": (11, 30), "george": (4, 23), "stephen": (12, 26), "martin": (11, 11),
    "lawrence": (8, 10), "bartholomew": (8, 24), "luke": (10, 18), "thomas": (12, 21), "nicholas": (12, 6),
    "mary magdalene": (7, 22), "john the evangelist": (12, 27), "matthew": (9, 21), "mark": (4, 25),
    "swithin": (7, 15), "lucy": (12, 13), "agnes": (1, 21), "david": (3, 1), "patrick": (3, 17),
    "valentine": (2, 14),
    # the medieval calendar's days, as histories of monks and pilgrims give them (Benedict's death day)
    "benedict": (3, 21), "francis": (10, 4), "augustine": (8, 28), "catherine": (11, 25), "anne": (7, 26),
    "denis": (10, 9), "cuthbert": (3, 20), "edmund": (11, 20), "hilary": (1, 13), "barnabas": (6, 11),
    "matthias": (2, 24), "simon and jude": (10, 28),
}  # fmt: skip
#: The nouns that open such a name.
FEAST_HEADS: frozenset[str] = frozenset({"feast"})
#: ... and the other fixed feasts after "the feast of" ("the feast of the Assumption").
FEASTS: dict[str, tuple[int, int]] = {
    "the assumption": (8, 15), "the purification": (2, 2), "the annunciation": (3, 25), "all saints": (11, 1),
    "all souls": (11, 2), "the epiphany": (1, 6), "the holy innocents": (12, 28), "the circumcision": (1, 1),
    "the nativity of st john the baptist": (6, 24), "the nativity of the blessed virgin mary": (9, 8),
}  # fmt: skip

#: Seasons of the church year written before a year ("in Lent 1522", "Advent 1914"): they have no
#: calendar value of their own, so the year after them is tagged alone; capitalised only ("he lent 1500").
CHURCH_SEASONS: frozenset[str] = frozenset({"lent", "advent", "eastertide", "christmastide"})

#: Trade seasons written before a bare year in industry copy ("a holiday 2026 release window", "slipped
#: out of holiday 2025"): the season itself is no time expression (as "the 1998 holiday season" tags only
#: the year), but the number after it is that year, as after "Lent".
TRADE_SEASONS_BEFORE_YEAR: frozenset[str] = frozenset({"holiday"})

#: The law terms of the English courts, named before "term" and a year ("in Michaelmas term 1871",
#: "Hilary Term 1872"): a court's own sittings, so the year after them is tagged alone, as after "Lent".
LAW_TERM_NAMES: frozenset[str] = frozenset({"michaelmas", "hilary", "easter", "trinity"})

#: A year of the Christian era named in full in a chronicle's or a charter's way ("in the year of our Lord
#: 1349", "the year of grace 1215"): one expression with the year.
YEAR_OF_GRACE_PHRASES: tuple[str, ...] = ("the year of our lord", "the year of grace", "the year of the lord")

#: Days the church's reckoning counts from a feast, named before "of" and the feast ("the morrow of All
#: Souls", "the vigil of St Andrew", "the octave of Easter"): days on from the feast's own day. The
#: octave is the eighth day counting the feast itself, a week after it.
FEAST_OFFSET_WORDS: dict[str, int] = {"morrow": 1, "vigil": -1, "octave": 7}
#: Movable feasts named without "day" or "Sunday" after such a word or a weekday ("the morrow of the
#: Ascension", "the Sunday after Trinity"): days from Easter Sunday. Alone they name other things (the
#: Ascension in a painting, Trinity College), so only a day counted from them reads them as feasts.
FEASTS_COUNTED_FROM: dict[str, int] = {"the ascension": 39, "trinity": 56, "the holy trinity": 56}
#: The words that set a weekday before such a feast ("the Sunday after Trinity"): the direction.
FEAST_WEEKDAY_DIRECTIONS: dict[str, int] = {"after": 1, "before": -1, "next after": 1, "next before": -1}

#: Things issued in a sovereign's name and counted by it ("3 George V coins", "two Edward VII stamps"): a
#: number before the sovereign counts them when the noun agrees with it, no regnal year ("The roll of 3
#: Edward I lists ..." is one, and so is "In 12 Henry VIII crown lands were sold").
ISSUED_IN_A_REIGN_NOUNS: frozenset[str] = frozenset(
    {
        "coin", "coins", "penny", "pennies", "pence", "shilling", "shillings", "florin", "florins", "crown",
        "crowns", "half-crowns", "farthing", "farthings", "guinea", "guineas", "sovereign", "sovereigns",
        "groat", "groats", "stamp", "stamps", "banknote", "banknotes", "note", "notes", "medal", "medals",
        "postbox", "postboxes",
    }
)  # fmt: skip

#: English (and British) sovereigns from the Conquest by the name and number their regnal years are cited
#: with ("3 Edward I", "the twentieth year of Henry VI", "43 Elizabeth"), and the day each reign began:
#: a regnal year runs from that day to the eve of its anniversary, and is valued as the Gregorian year most
#: of it falls in. John's years ran from Ascension Day and are given from his coronation; Charles II's
#: were counted from his father's death.
ENGLISH_REGNAL_ACCESSIONS: dict[str, tuple[int, int, int]] = {
    "william i": (1066, 12, 25), "william ii": (1087, 9, 26), "henry i": (1100, 8, 5),
    "stephen": (1135, 12, 26), "henry ii": (1154, 12, 19), "richard i": (1189, 9, 3), "john": (1199, 5, 27),
    "henry iii": (1216, 10, 28), "edward i": (1272, 11, 20), "edward ii": (1307, 7, 8),
    "edward iii": (1327, 1, 25), "richard ii": (1377, 6, 22), "henry iv": (1399, 9, 30),
    "henry v": (1413, 3, 21), "henry vi": (1422, 9, 1), "edward iv": (1461, 3, 4), "richard iii": (1483, 6, 26),
    "henry vii": (1485, 8, 22), "henry viii": (1509, 4, 22), "edward vi": (1547, 1, 28), "mary": (1553, 7, 6),
    "mary i": (1553, 7, 6), "elizabeth": (1558, 11, 17), "elizabeth i": (1558, 11, 17), "james i": (1603, 3, 24),
    "charles i": (1625, 3, 27), "charles ii": (1649, 1, 30), "james ii": (1685, 2, 6),
    "william iii": (1689, 2, 13), "mary ii": (1689, 2, 13), "anne": (1702, 3, 8), "george i": (1714, 8, 1),
    "george ii": (1727, 6, 11), "george iii": (1760, 10, 25), "george iv": (1820, 1, 29),
    "william iv": (1830, 6, 26), "victoria": (1837, 6, 20), "edward vii": (1901, 1, 22),
    "george v": (1910, 5, 6), "george vi": (1936, 12, 11), "elizabeth ii": (1952, 2, 6),
}  # fmt: skip
#: Reigns whose name after a small number is also a play cited by its part ("1 Henry IV", "3 Henry VI"):
#: the highest part, up to which the number is the play's, not a regnal year.
REIGNS_CITED_AS_PLAYS: dict[str, int] = {"henry iv": 2, "henry vi": 3}

#: Era markers: True for years before year 1.
ERAS: dict[str, bool] = {"bc": True, "b.c.": True, "bce": True, "b.c.e.": True,
                         "ad": False, "a.d.": False, "ce": False, "c.e.": False}  # fmt: skip

#: Words before a bare number that make it a year ("in 1998", "since 1998").
YEAR_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "since", "by", "until", "till", "before", "after", "from", "during", "through", "throughout",
     "of", "early", "late", "mid", "circa", "c.", "year", "fiscal", "between", "around", "about", "born", "died",
     "summer", "spring", "autumn", "fall", "winter", "than", "for", "as", "into", "earlier", "later",
     "end", "beginning", "start", "middle", "calendar", "season", "class", "vintage", "election", "both",
     "due", "post", "pre", "mid-", "and", "except"}
)  # fmt: skip

#: Words after "the first century of the" that keep the century a calendar one ("the first century of
#: the Christian era"); any other noun ("the first century of the college") counts that thing's own
#: centuries, not the calendar's.
CENTURY_OF_CALENDAR_WORDS: frozenset[str] = frozenset(
    {"christian", "common", "current", "present", "modern", "era", "gregorian", "julian"}
)

#: Ordinals before "decade of the ... century" -> the decade's digit within its century: "the first
#: decade of the twentieth century" is the 1900s (190), "the last decade of the 19th century" the 1890s.
DECADE_OF_CENTURY_ORDINALS: dict[str, int] = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6, "eighth": 7,
    "ninth": 8, "tenth": 9, "last": 9, "final": 9, "closing": 9, "opening": 0,
}  # fmt: skip

#: Nouns after a span of years that make it a sports season ("the 2004-05 season"), which is not tagged.
SPORTS_SEASON_NOUNS: frozenset[str] = frozenset({"season", "seasons"})
#: Nouns after a span of years that make it a sports season only among words of play ("the 2003-04
#: campaign was his best; he scored 14 goals"); a war's "1914-15 campaign" keeps its two years.
SPORTS_SEASON_NOUNS_IN_PLAY: frozenset[str] = frozenset({"campaign", "campaigns"})
#: Prepositions before a bare span of two running years written with a two-digit end that make it a season
#: of play among sport words ("won the league in 1921-22", "unbeaten since 1997-98"); a season's own name
#: ("the winter of 1962-63") and a span after other words are left as years.
SEASON_SPAN_LEADS: frozenset[str] = frozenset({"in", "since"})
#: Nouns of a historical event or period before "of" and a span of years whose short second part could be
#: a month ("the Revolution of 1905-07", "the crisis of 2007-09", "the reforms of 2008-10", "the 1902-08
#: period"): after such a noun the span is two years, as "the war of 1914-18" is, not a year and a month.
YEAR_SPAN_EVENT_NOUNS: frozenset[str] = frozenset(
    {"war", "wars", "revolution", "revolutions", "rising", "risings", "uprising", "uprisings", "rebellion",
     "rebellions", "revolt", "revolts", "insurrection", "insurgency", "crisis", "crises", "famine", "famines",
     "depression", "recession", "reform", "reforms", "strike", "strikes", "siege", "occupation", "campaign",
     "campaigns", "invasion", "blockade", "emergency", "conflict", "riots", "unrest", "purge", "purges",
     "terror", "persecution", "plague", "epidemic", "pandemic", "drought", "slump", "boom", "expedition",
     "expeditions", "crusade", "troubles", "mutiny", "mutinies", "coup", "coups", "period", "periods", "era"}
)  # fmt: skip
#: Capitalised nouns that make "the 1826 Society", "the 1900 Club" the name of a body of people: its
#: year is a founding or a memory kept in the name, not a time the sentence tells of.
BODIES_NAMED_BY_YEAR: frozenset[str] = frozenset({"club", "society", "association", "committee"})
#: Nouns that make "the year 2038 ..." the name of a class of software faults ("the year 2000 problem",
#: "the year 2038 bug"): a year a computer's counting runs out at, not a time anything happens in.
YEAR_FAULT_NOUNS: frozenset[str] = frozenset(
    {"problem", "problems", "bug", "bugs", "glitch", "flaw", "compliance", "compliant", "readiness",
     "remediation"}
)  # fmt: skip
#: Nouns that make a capitalised "Year 2000" before them the name of the work against such a fault ("the
#: government's Year 2000 office", "its Year 2000 project"); lower-case, "the year 2000 team" may date.
YEAR_FAULT_PROGRAMME_NOUNS: frozenset[str] = frozenset(
    {"office", "project", "programme", "program", "team", "taskforce", "council", "centre", "center",
     "committee", "conversion", "effort", "work", "costs", "spending"}
)  # fmt: skip

#: The words that join the parties of a case name ("Illinois v. Caballes (2005)", "Smith v Jones (2004)"):
#: a year in brackets right after such a name belongs to the case's citation, not to the text's times.
CASE_NAME_PARTY_MARKERS: frozenset[str] = frozenset({"v", "v.", "vs", "vs.", "versus"})

#: A year likened to a period ("a summer like 2018 will count as a cool one", "in a year unlike 2020"):
#: the comparison words, and the periods before them that make the number after them a year.
YEAR_LIKENING_WORDS: frozenset[str] = frozenset({"like", "unlike"})
#: Words before "with" or "to" that compare with a year after it ("comparisons with 1929", "compared to
#: 2019"), where a number after a bare "with" is mostly a count ("with 1929 votes"); they compare amounts as
#: well ("small in contrast to 1500 on the other side"), so a number before 1800 needs a year named nearby.
YEAR_COMPARING_WORDS: frozenset[str] = frozenset(
    {"compared", "comparison", "comparisons", "comparable", "parallel", "parallels", "contrast", "par",
     "relative"}
)  # fmt: skip
#: Words before "to" that lead up to a year after it ("a prelude to 1917", "in the run-up to 2020"), where a
#: number after a bare "to" is mostly an amount ("rose to 1917"); a plan's nouns run up to the year it ends
#: in ("its strategy to 2035", "a roadmap to 2050").
YEAR_LEADING_TO_WORDS: frozenset[str] = frozenset(
    {"prelude", "preludes", "run-up", "lead-up", "build-up", "countdown", "strategy", "strategies",
     "roadmap", "roadmaps"}
)  # fmt: skip
PERIODS_LIKENED_TO_A_YEAR: frozenset[str] = frozenset(
    {"year", "years", "summer", "summers", "winter", "winters", "spring", "springs", "autumn", "autumns",
     "fall", "season", "seasons", "harvest", "harvests"}
)  # fmt: skip
#: Verbs of seeming before "like" that liken the present to a year ("it sounded like 1991 again", "it
#: feels like 1968"); an amount after them is a count ("looked like 1500 people").
VERBS_LIKENING_TO_A_YEAR: frozenset[str] = frozenset(
    {"sound", "sounds", "sounded", "sounding", "look", "looks", "looked", "looking", "feel", "feels",
     "felt", "feeling", "seem", "seems", "seemed", "seeming"}
)  # fmt: skip
#: Words that may follow such a likened year in its clause ("like 1991 again", "like 1968 all over again").
LIKENED_YEAR_FOLLOWERS: frozenset[str] = frozenset({"again", "all", "when", "before"})

#: Verbs of tracing something's age, after which "back to" (or, for "date", "to" alone) leads a year:
#: "the records go back to 1855", "its charter dates to 1720"; "to" alone also leads amounts ("rose
#: from 1200 to 1500"), and so does "back to" after other verbs ("output fell back to 1500").
YEAR_TRACING_VERBS: frozenset[str] = frozenset(
    {"go", "goes", "going", "gone", "went", "date", "dates", "dated", "dating", "trace", "traces", "traced",
     "tracing", "stretch", "stretches", "stretched", "stretching", "reach", "reaches", "reached", "reaching"}
)  # fmt: skip
#: "backdated to 2019": a payment or rule made to count from a year, as "dated to" places a thing in one.
YEAR_DATING_VERBS: frozenset[str] = frozenset(
    {"date", "dates", "dated", "dating", "backdate", "backdates", "backdated", "backdating"}
)  # fmt: skip
#: What follows a year after "dated" to say where it is cut or written ("an archway dated 1547 in its stone",
#: "a beam dated 1612 over the door").
WHERE_A_DATE_IS_WRITTEN: tuple[str, ...] = (
    " in its ", " on its ", " over the ", " above the ", " on the ", " in the "
)  # fmt: skip
#: Verbs that move a time or a term before "to" and a year ("extended to 2086", "postponed to 2027",
#: "pushed back to 2030"): the year is a date, not an amount as after "rose to".
YEAR_RESCHEDULING_VERBS: frozenset[str] = frozenset(
    {"extend", "extends", "extended", "extending", "postpone", "postpones", "postponed", "postponing",
     "delay", "delays", "delayed", "delaying", "defer", "defers", "deferred", "deferring", "slip", "slips",
     "slipped", "slipping", "push", "pushes", "pushed", "pushing", "renew", "renews", "renewed", "prolong",
     "prolonged", "prolongs"}
)  # fmt: skip

#: Verbs that move a scheduled thing along the calendar; with their object before "a week later" or "two
#: days earlier" ("considering moving them a week later", "pushed the launch a day later") the count is
#: how far it moves, a length, not the date a week on ("They moved a week later" keeps the date).
TIME_SHIFTING_VERBS: frozenset[str] = frozenset(
    {"move", "moves", "moved", "moving", "push", "pushes", "pushed", "pushing", "shift", "shifts", "shifted",
     "shifting", "bring", "brings", "brought", "bringing", "reschedule", "reschedules", "rescheduled",
     "rescheduling"}
)  # fmt: skip

#: Nouns that "night" modifies in a compound ("a night attack", "a night march"): a kind of thing, so "a
#: night" before them is no length of time; so is "a night out", an evening's outing.
NIGHT_COMPOUND_HEADS: frozenset[str] = frozenset(
    {"action", "attack", "assault", "raid", "march", "battle", "crossing", "landing", "flight", "fighter",
     "bomber", "sortie", "patrol", "shift", "watch", "train", "bus", "club", "market", "school", "sky",
     "porter", "nurse", "guard", "operation", "offensive", "clerk", "manager", "staff", "worker", "workers",
     "duty", "out", "watchman", "watchmen", "nurses", "guards", "porters", "editor", "sitting", "sittings",
     # "a sub-editor on the night desk": a newspaper's desk working through the night
     "desk", "desks",
     # "The night mail left Penzance", "the night sleeper to Inverness": trains and boats run by night
     "mail", "sleeper", "sleepers", "ferry",
     # their plurals after a count, which counts the things, not nights ("16 night flights", "two night
     # buses", "three night shifts")
     "attacks", "raids", "crossings", "landings", "flights", "fighters", "bombers", "sorties", "patrols",
     "shifts", "trains", "buses", "clubs", "markets", "operations", "clerks", "managers", "editors", "duties"}
)  # fmt: skip

#: Words of NIGHT_COMPOUND_HEADS that also begin a clause after "every night" ("Every night out of
#: season ...", "every night staff lock the gates"), so they do not make it a compound there.
NIGHT_HEADS_ALSO_SUBJECTS: frozenset[str] = frozenset({"out", "staff", "mail"})

#: Work shifts named by a part of the day ("before the morning shift", "after an evening shift", "the
#: day shift"): a kind of work that recurs, not one morning or evening.
#: Also teaching held at that time of every day ("she enrolled in the evening classes"), a kind of course.
#: A ship's watches named by a part of the day ("at four bells in the morning watch", "the afternoon
#: watch"): a spell of duty kept every day at sea, not one morning or afternoon.
#: A meal named by a part of the day ("read after the evening meal"): taken at that time of every day; only
#: the singular, which cannot start a clause bare as "In the evening meals were served" can.
WORK_SHIFT_NOUNS: frozenset[str] = frozenset({"shift", "shifts", "classes", "watch", "watches", "meal"})

#: Words of WORK_SHIFT_NOUNS that are also verbs taking an object ("In the evening watch a film"), so
#: they make no work shift before an article or a possessive.
WORK_SHIFT_NOUNS_ALSO_VERBS: frozenset[str] = frozenset({"watch", "watches"})

#: Nouns of a period in office counted in ordinal years ("the third year of his reign").
REIGN_NOUNS: frozenset[str] = frozenset({"reign", "rule", "papacy", "pontificate", "presidency", "tenure"})

#: Phrases telling that a reign began, after which "the eighth year of his reign" counts from the year named.
ACCESSION_PHRASES: frozenset[str] = frozenset(
    {"came to the throne", "took the throne", "ascended the throne", "succeeded to the throne",
     "acceded", "began his reign", "began her reign", "was crowned", "were crowned"}
)  # fmt: skip

#: Japanese era names, in the spellings English uses, with the Gregorian year in which each era's first
#: year began: "Meiji 6" is 1873 and "the first year of Meiji" 1868. Since 1868 an era lasts a reign.
CALENDAR_ERA_YEARS: dict[str, int] = {
    "meiji": 1868,
    "taishō": 1912,
    "taisho": 1912,
    "shōwa": 1926,
    "showa": 1926,
    "heisei": 1989,
    "reiwa": 2019,
}

#: Months of the Ethiopian calendar, in the spellings English uses, with their number in its year:
#: twelve of thirty days from Meskerem (which begins on 11 September in most years) and Pagume of five or
#: six days. "23 Yekatit" is 2 March; "12 Yekatit 1929" (Ethiopian year) is 19 February 1937.
ETHIOPIAN_MONTHS: dict[str, int] = {
    "meskerem": 1, "meskeram": 1, "tikimt": 2, "tikemt": 2, "teqemt": 2, "tekemt": 2, "hidar": 3,
    "hedar": 3, "tahsas": 4, "tahesas": 4, "tir": 5, "ter": 5, "yekatit": 6, "yekkatit": 6, "megabit": 7,
    "maggabit": 7, "miyazya": 8, "miyazia": 8, "ginbot": 9, "genbot": 9, "sene": 10, "hamle": 11,
    "nehase": 12, "nehasse": 12, "pagume": 13, "pagumen": 13,
}  # fmt: skip

#: Months of the French revolutionary (republican) calendar, with and without their accents, numbered in
#: its year: twelve of thirty days from Vendémiaire, which began at the autumn equinox (22-24 September).
#: "18 Brumaire" of Year VIII is 9 November 1799, "9 Thermidor" of Year II 27 July 1794.
REPUBLICAN_MONTHS: dict[str, int] = {
    "vendémiaire": 1, "vendemiaire": 1, "brumaire": 2, "frimaire": 3, "nivôse": 4, "nivose": 4,
    "pluviôse": 5, "pluviose": 5, "ventôse": 6, "ventose": 6, "germinal": 7, "floréal": 8, "floreal": 8,
    "prairial": 9, "messidor": 10, "thermidor": 11, "fructidor": 12,
}  # fmt: skip

#: The years of the republican calendar in use (Year I from 22 September 1792 to the calendar's end on 31
#: December 1805, 10 Nivôse XIV), by their Roman numeral, with the Gregorian day on which each began.
REPUBLICAN_YEAR_STARTS: dict[str, tuple[int, int, int]] = {
    "i": (1792, 9, 22), "ii": (1793, 9, 22), "iii": (1794, 9, 22), "iv": (1795, 9, 23),
    "v": (1796, 9, 22), "vi": (1797, 9, 22), "vii": (1798, 9, 22), "viii": (1799, 9, 23),
    "ix": (1800, 9, 23), "x": (1801, 9, 23), "xi": (1802, 9, 23), "xii": (1803, 9, 24),
    "xiii": (1804, 9, 23), "xiv": (1805, 9, 23),
}  # fmt: skip

#: Names, written with their capital, that show a text speaks of revolutionary France, so that "Year VIII"
#: (or a bare "18 Brumaire") is of the republican calendar: with the months' own names, the phrases
#: "republican calendar" and "revolutionary calendar" and a year from 1789 to 1815 in the text. The lower-case
#: words ("the Republican leadership", "a convention", "the Glorious Revolution") prove nothing.
REPUBLICAN_YEAR_CUES: frozenset[str] = frozenset({"Republic", "Directory", "Consulate", "Convention"})

#: Abbreviations of a biography or a king list written before a year: "(r. 1402-1424)" reigned, "b. 1920"
#: born, "d. 1987" died, "fl. 1410" flourished.
YEAR_ABBREVIATIONS: frozenset[str] = frozenset({"r.", "b.", "d.", "fl."})
#: Clocks and their works, named by how long one winding runs ("an eight-day longcase clock", "a 30-hour
#: movement", "a two-day marine chronometer"): the hyphenated length before them is a kind, no time.
TIMEPIECE_NOUNS: frozenset[str] = frozenset(
    {"clock", "clocks", "movement", "movements", "chronometer", "chronometers", "timepiece", "timepieces",
     "regulator", "regulators"}
)  # fmt: skip
#: Participles with which a label, a catalogue or a caption gives the year a thing was made, dated or
#: came to its owner ("Tea caddy ... Purchased 1978.", "Made 1947.", "a clock, dated 1887,"); "dated" may
#: stand anywhere, the others open their entry ("He made 1947 runs" counts, "made 1500." is a sum).
CATALOGUE_YEAR_PARTICIPLES: frozenset[str] = frozenset(
    {"dated", "made", "built", "purchased", "bought", "acquired", "given", "donated", "bequeathed",
     "presented", "gifted", "painted", "printed", "published", "filmed", "photographed", "taken", "founded",
     "established", "est", "designed", "completed", "restored", "rebuilt", "accessioned", "transferred",
     "commissioned"}
)  # fmt: skip

#: Participles of making or mending that date a thing when they open an item, set off by commas, of a list of
#: its attributes ("MINI COOPER 1969, restored 1999, garaged", "a cottage, built 1850, enlarged 1901,"); those
#: of giving, buying or finishing also take amounts there ("lent 5000, purchased 1800, and sold the rest").
LISTED_ITEM_MAKING_PARTICIPLES: frozenset[str] = frozenset(
    {"made", "built", "rebuilt", "restored", "refurbished", "renovated", "repaired", "enlarged", "extended",
     "converted", "refitted", "remodelled", "remodeled", "designed", "painted", "printed", "published",
     "dated", "founded", "established"}
)  # fmt: skip

#: Participles with which a letterhead or a notice gives the year a body was founded, set off after its name
#: or opening a line ("Auctioneers, established 1886", "Founded 1884 - Reg. charity no. 1104877").
#: Their abbreviations are no verbs, so they give the year wherever they stand ("Bakers est 1921").
FOUNDING_ABBREVIATIONS: frozenset[str] = frozenset({"est", "estd"})
FOUNDING_PARTICIPLES: frozenset[str] = frozenset({"founded", "established"}) | FOUNDING_ABBREVIATIONS
#: Words before a number that make it a label rather than a time ("page 1998", "flight 1200").
LABEL_WORDS: frozenset[str] = frozenset(
    {"page", "pages", "p", "pp", "no", "number", "nos", "flight", "route", "highway", "room", "chapter",
     "section", "article", "resolution", "vol", "volume", "issue", "model", "boeing", "airbus", "rule",
     "bill", "item", "paragraph", "line", "exit", "interstate", "suite", "apartment", "platform", "gate",
     "code", "channel", "version", "row", "seat", "box", "unit", "figure", "table", "district", "precinct",
     "squadron", "division", "battalion", "regiment", "street", "avenue", "index", "points", "level",
     "session"}  # "Fourth Report of Session 1994-95": a sitting of parliament, named as a season is
)  # fmt: skip


#: Nouns a journey or a race counts its parts by, before a number that heads an entry with its date ("Day 7 -
#: Tues 13th", "Stage 5 - 12 May 2019"): the number is that count, the date after it the entry's day.
JOURNEY_PART_LABELS: frozenset[str] = frozenset({"day", "stage", "leg"})

#: Words before a number written "12/2015" that make it a legal or case number, not a month and year
#: ("Law 12/2015", "Directive 03/2019", "Case 11/2020").
SLASH_NUMBER_LABELS: frozenset[str] = frozenset(
    {"law", "laws", "directive", "regulation", "decree", "order", "case", "ref", "reference", "act",
     "decision", "circular", "file", "docket", "claim", "invoice", "account"}
)  # fmt: skip


#: Nouns after a year that are still fine ("the 1998 elections", "the 2000 games").
YEAR_FRIENDLY_PLURALS: frozenset[str] = frozenset(
    {"elections", "games", "olympics", "results", "earnings", "figures", "levels", "sales", "talks",
     "negotiations", "hearings", "protests", "riots", "attacks", "bombings", "floods", "accords",
     "agreements", "standards", "prices", "rates", "taxes", "budgets", "forecasts", "estimates",
     "finals", "playoffs", "championships", "awards", "polls", "primaries", "cuts", "reforms", "midterms",
     "caucuses", "referendums", "uprisings", "strikes", "crashes", "wildfires", "storms", "hurricanes",
     "summits", "trials", "census", "amendments", "regulations", "rules", "guidelines", "accounts",
     "changes", "models", "lists", "honours", "celebrations", "commemorations", "festivities"}
)  # fmt: skip

#: Verbs that open or close a year as a stretch of business ("ended 2025 with 312 million members",
#: "we enter 2015 with a record backlog"), and the words after the year that show it ("began 2020 at a
#: record", "closed 2019 on a high").
YEAR_BOUNDING_VERBS: frozenset[str] = frozenset(
    {"ended", "ends", "end", "ending", "began", "begins", "begin", "beginning", "started", "starts", "start",
     "starting", "finished", "finishes", "finish", "closed", "closes", "close", "opened", "opens", "open",
     "enter", "enters", "entered", "entering"}
)  # fmt: skip
YEAR_BOUNDING_FOLLOWERS: frozenset[str] = frozenset({"with", "at", "on", "as", "by"})

#: Prepositions before a year that qualifies a plural noun of measure ("at 2018 levels", "back to 2019
#: prices", "below 2010 rates"); after a verb the number may count ("tabled 2018 amendments").
YEAR_LEVEL_PREPOSITIONS: frozenset[str] = frozenset(
    {"at", "to", "below", "above", "near", "beyond", "under", "over", "with", "against", "on"}
)

#: Adverbs ending in "s" after a year that leave it a year ("from 1983 onwards").
YEAR_FOLLOWING_ADVERBS: frozenset[str] = frozenset({"onwards", "afterwards", "backwards", "towards"})

#: Linking verbs in -s that are also plural nouns: after a year and before their complement they are the
#: clause's verb ("the reward offered in 2018 remains open", "a ban passed in 1990 stays in force"); before
#: the words of `YEAR_LINKING_NOUN_FOLLOWERS` ("1870 remains were found", "2018 stands of timber") they
#: are nouns a number counts.
YEAR_LINKING_VERBS: frozenset[str] = frozenset(
    {"remains", "stays", "stands", "looks", "sounds", "feels", "seems", "appears", "proves", "becomes"}
)
YEAR_LINKING_NOUN_FOLLOWERS: frozenset[str] = frozenset(
    {"of", "were", "are", "have", "had", "and", "or", "that", "which", "who", "from", "found", "lay", "lie"}
)

#: Prepositions that open a sentence on a year before the clause's plural subject ("In 1962 divers found
#: the wreck", "By 1914 aeroplanes could climb"), and the past auxiliaries and modals that, after that
#: plural, show it is the subject and the number no count of it ("By 1900 cables were laid").
OPENING_YEAR_PREPOSITIONS: frozenset[str] = frozenset({"in", "by"})
SUBJECT_PAST_AUXILIARIES: frozenset[str] = frozenset({"were", "had", "could", "would", "might", "did"})
#: Words after "the" and a year that leave the year no noun to modify, so "the" makes the number the name
#: of a thing ("Peugeot has sold the 2008 since 2013", "drove the 911 for a week"): English says "in
#: 2008" and "the 2008 model", never "the 2008" for the year alone.
NAMED_NUMBER_FOLLOWERS: frozenset[str] = frozenset({"since", "until", "till", "for", "with", "without"})
#: Prepositions opening a sentence on a year whose clause is in the perfect ("Since 1937 presidents have
#: taken office on January 20", "Since 1990 prices had doubled"), and the auxiliaries after the plural
#: subject that tell the number is that year, not a count of the subject.
PERFECT_OPENING_YEAR_PREPOSITIONS: frozenset[str] = frozenset({"since"})
SUBJECT_PERFECT_AUXILIARIES: frozenset[str] = frozenset({"have", "had"})
#: Seasons (TIMEX3 season codes) that run across a new year and are named by the year they begin in:
#: "the following winter" after a whole year is the winter that begins in that year's December.
SEASONS_NAMED_BY_THEIR_START: frozenset[str] = frozenset({"WI"})
#: Seasons that follow a southern summer in the second of its two years: after "the summer of 1851-52"
#: (December to February), "that autumn" and "that winter" are those of 1852 (March to August).
SEASONS_AFTER_A_SOUTHERN_SUMMER: frozenset[str] = frozenset({"FA", "WI"})

#: Each season's opposite: the months of a southern season are those of the northern opposite one (an
#: Australian winter is June to August).
OPPOSITE_SEASONS: dict[str, str] = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}

#: Countries, states and cities of the southern hemisphere whose naming in a text's dateline or lead makes its
#: "last winter" or "this summer" a southern season (names shared with northern places, such as Perth,
#: Wellington, Darwin and Santiago, are left out).
SOUTHERN_HEMISPHERE_PLACES: frozenset[str] = frozenset(
    {"Australia", "Australian", "New Zealand", "Sydney", "Melbourne", "Brisbane", "Canberra", "Hobart",
     "Queensland", "Tasmania", "New South Wales", "Auckland", "Christchurch", "South Africa", "South African",
     "Johannesburg", "Cape Town", "Durban", "Pretoria", "Argentina", "Argentine", "Buenos Aires", "Chile",
     "Chilean", "Uruguay", "Montevideo"}
)  # fmt: skip

#: Verbs of a reign, an office or a life that take its span of years with no preposition ("who reigned
#: 1556-1605", "ruled 1402-1424", "lived 1371-1433"): the numbers of the span are years.
YEAR_SPAN_VERBS: frozenset[str] = frozenset({"reigned", "ruled", "lived", "flourished", "governed"})
#: Prepositions that give a sentence-opening subject its origin before its verb ("In 1414 envoys from
#: Bengal brought", "In 1499 merchants of Venice had"): the name after them belongs to the subject.
SUBJECT_ORIGIN_PREPOSITIONS: frozenset[str] = frozenset({"from", "of"})

#: Nouns that "fall" (a drop) opens a compound with, never the season's ("a bureau's fall front", "the fall
#: guy", "fall arrest"); "line" is left out for "the fall line-up", a season's programmes.
FALL_COMPOUND_HEADS: frozenset[str] = frozenset(
    {"front", "fronts", "guy", "guys", "arrest", "pipe", "pipes", "flap", "flaps"}
)
#: Words before "the fall" that make it the season ("in the fall", "by the fall"); after other words
#: ("ended with the fall", "date the fall to") it is a collapse.
FALL_SEASON_OPENERS: frozenset[str] = frozenset(
    {"", "in", "during", "by", "until", "till", "since", "through", "throughout", "over", "for", "after",
     "before", "into", "from", "early", "late", "and", "or"}
)  # fmt: skip
#: Words ordering a time before or after an event: before "the fall", in a text which has named "the fall
#: of" a place or a state, they make it that event ("half a century before the fall"; "in", "during", "by"
#: keep the season); before a feast ("Shortly before Christmas, on 22 December") they make the date beside
#: it the day of the event, not the feast's date restated.
EVENT_ORDERING_LEADS: frozenset[str] = frozenset({"before", "after", "until", "till", "since"})
#: Plural nouns of days kept by a calendar before "that fall" and a preposition ("dates that fall in the
#: overlap", "holidays that fall on a Sunday"): "fall" is the verb of where they land, not the season.
#: ("days", "years" and "weekends" are left out: "spent a few days that fall in Vermont" is the season.)
CALENDAR_DAYS_THAT_FALL: frozenset[str] = frozenset(
    {"dates", "holidays", "feasts", "festivals", "birthdays", "anniversaries", "deadlines"}
)
#: Prepositions after "that fall" that place where a day lands ("that fall on", "that fall between").
FALL_LANDING_PREPOSITIONS: frozenset[str] = frozenset(
    {"on", "in", "between", "within", "outside", "before", "after", "during", "into", "at"}
)
#: Season words that are also verbs of a plural or mass subject ("the leaves that fall in October", "the
#: petals that spring from the bud", "the geese that winter in the marsh"); "autumn" is never a verb.
SEASONS_ALSO_VERBS: frozenset[str] = frozenset({"fall", "spring", "winter", "summer"})
#: Mass nouns and plurals without -s that fall, spring or winter as a plural in -s does ("the rain that
#: falls", "the geese that winter in the marsh"): before "that fall" and a verb's continuation they are
#: its subject.
SEASON_VERB_MASS_SUBJECTS: frozenset[str] = frozenset(
    {"rain", "snow", "water", "light", "dust", "ash", "hail", "sleet", "dew", "fruit", "rainfall",
     "snowfall", "darkness", "silence", "blood", "debris", "rubble", "spray", "foam", "hair",
     "geese", "people", "cattle", "sheep", "deer", "mice", "children", "men", "women", "fish", "feet",
     "teeth", "livestock", "poultry"}
)  # fmt: skip
#: Words in -s that are no plural noun ("was", "always", "its"), so no subject of "that fall" as a verb.
SEASON_VERB_NON_SUBJECTS: frozenset[str] = frozenset(
    {"was", "has", "does", "its", "as", "yes", "always", "perhaps", "sometimes", "afterwards", "besides",
     "whereas", "towards", "ours", "yours", "theirs", "hers", "nowadays", "whereabouts"}
)  # fmt: skip
#: Plural nouns of stretches of time before "that fall" ("spent a few days that fall in Vermont", "the
#: evenings that winter were long"): the time is spent in the season, so the season stays.
SEASON_SPENT_TIME_NOUNS: frozenset[str] = frozenset(
    {"days", "weeks", "months", "years", "weekends", "nights", "evenings", "mornings", "afternoons",
     "hours", "minutes", "times", "seasons", "terms", "semesters", "sessions", "moments", "occasions",
     "decades", "summers", "winters", "springs", "falls", "autumns", "holidays", "vacations"}
)  # fmt: skip
#: Words after "<plural noun> that fall" that carry on a verb: where or how things fall, spring or winter
#: ("that fall from the trees", "that spring up", "that fall each autumn"). A season adverbial may be
#: followed by them too ("drove cattle that fall from Texas"), so they make the verb only where the noun
#: opens its clause ("The leaves that fall in October were gathered").
SEASON_VERB_CONTINUATIONS: frozenset[str] = frozenset(
    {"on", "in", "between", "within", "outside", "before", "after", "during", "into", "at", "from", "to",
     "off", "onto", "upon", "down", "away", "below", "beneath", "under", "behind", "through", "across",
     "over", "out", "back", "up", "each", "every", "among", "around", "along", "beside", "near"}
)  # fmt: skip
#: Words after "<plural noun> that fall" that only the verb takes ("that fall ill", "that fall apart",
#: "that fall short", "that fall victim"); an adverb in -ly counts too ("prices that fall sharply").
SEASON_VERB_ONLY_CONTINUATIONS: frozenset[str] = frozenset(
    {"ill", "asleep", "silent", "victim", "prey", "foul", "apart", "short", "overboard", "due", "vacant"}
)
#: Words after "the fall was" (an adverb in -ly may come between) that only a decline takes ("The fall
#: was driven by fewer students", "the fall was steeper than expected"); a season is not driven or steep.
FALL_DECLINE_PREDICATES: frozenset[str] = frozenset(
    {"driven", "caused", "led", "blamed", "attributed", "offset", "reversed", "steeper", "sharper",
     "smaller", "bigger", "larger", "deeper", "steepest", "sharpest", "biggest", "largest", "deepest"}
)  # fmt: skip
#: Words after "the fall in" that leave "fall" the season ("in the fall in early October", "the fall in
#: this part of the country"); another lower-case word names what declined ("the fall in prices").
FALL_IN_SEASON_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
     "which", "early", "late", "mid", "each", "every", "most", "recent", "past"}
)  # fmt: skip

#: Words between a year's number and "year" that make it a year of account ("the 1998 fiscal year").
ACCOUNT_YEAR_WORDS: frozenset[str] = frozenset({"fiscal", "financial", "tax", "academic", "school", "model"})
#: Words after a double year that make it one year of account or of study, named by the year it ends in
#: ("the 2026-27 budget", "the 2024-25 financial year", "the 2019-20 session").
DOUBLE_YEAR_ACCOUNT_WORDS: frozenset[str] = frozenset(
    {"budget", "fiscal", "financial", "tax", "academic", "school", "session"}
)

#: Present verbs by which an owner's year of account is said to begin or end: "a company whose fiscal year
#: begins in October", "its financial year ends on March 31" name that month or day of every year.
ACCOUNT_YEAR_BOUND_VERBS: frozenset[str] = frozenset({"begins", "starts", "ends", "closes", "opens"})

#: Verbs whose object can be a year spent doing something ("Iran spent 1981 rebuilding its forces").
YEAR_SPENDING_VERBS: frozenset[str] = frozenset({"spent", "spend", "spends", "spending"})
#: "would cut spending over the next decade": a plan's stretch counted from now, a length, in a sentence
#: with a modal (PLAN_MODALS); a told past ("grew over the next decade") stays the decade, and so does
#: "would", a biography's future in the past ("he would write five novels over the next decade").
OVER_NEXT_PLAN_LENGTHS: dict[str, str] = {"decade": "P10Y", "century": "P100Y"}
#: Units "over the next" makes a stretch of that length in any tense ("over the next week", "over the next
#: month"): spans shorter than a year, which "the next year" or "the next decade" after "over" still name.
OVER_NEXT_SPAN_LENGTHS: dict[str, str] = {"week": "P1W", "month": "P1M"}
PLAN_MODALS: frozenset[str] = frozenset({"will", "shall", "could", "should", "might", "may", "must"})
#: Present forecasts that make "over the next decade" a plan's stretch as a modal does ("is expected to save
#: $250 billion over the next decade"); a past "was expected to" may be a history's and is left out.
PLAN_FORECAST_PHRASES: frozenset[str] = frozenset(
    {"is expected to", "are expected to", "is projected to", "are projected to", "is estimated to",
     "are estimated to", "is forecast to", "are forecast to"}
)  # fmt: skip
#: "fell in the morning before recovering": prepositions putting an event inside a part of the day.
PART_OF_DAY_WITHIN_LEADS: frozenset[str] = frozenset({"in", "during"})
#: "spent most of Saturday trading offers": the share of a day spent, between the verb and "of".
SPENT_SHARE_WORDS: frozenset[str] = frozenset({"most", "all", "much", "part"})
#: Words after "spent 1903" that tell where or how the year went ("in talks", "at sea", "as regent"); "on"
#: is left out, being how money is spent ("spent 1500 on repairs").
YEAR_SPENT_PLACE_WORDS: frozenset[str] = frozenset({"in", "at", "as", "abroad"})
#: Verbs that set a recurring time aside, and the words after "the evenings" that say for what ("kept the
#: afternoons for walking", "devoted the mornings to writing", "keeps the evenings free"): each such time.
TIME_RESERVING_VERBS: frozenset[str] = frozenset(
    {"keep", "keeps", "kept", "keeping", "reserve", "reserves", "reserved", "reserving", "devote", "devotes",
     "devoted", "devoting", "save", "saves", "saved", "saving"}
)  # fmt: skip
TIME_RESERVED_FOR_WORDS: frozenset[str] = frozenset({"for", "to", "free", "clear"})
#: Nouns of a rank or role that "the future" qualifies as an adjective ("married the future king"); a
#: capitalised name after it ("a son, the future Henry VI") is read the same way.
ROLES_AFTER_FUTURE: frozenset[str] = frozenset(
    {"king", "queen", "emperor", "empress", "pope", "president", "prince", "princess", "duke", "duchess",
     "heir", "wife", "husband", "bride", "saint", "chancellor", "tsar", "sultan", "shah", "bishop"}
)  # fmt: skip
#: Nouns after "the future" that make it an adjective ("consultation on the future use of the site", "for
#: the future development of the area"), which names no time.
NOUNS_AFTER_FUTURE: frozenset[str] = frozenset(
    {"use", "uses", "development", "plans", "status", "role", "direction", "funding", "expansion", "growth",
     "needs", "generations", "prospects", "ownership", "operation", "operations", "management", "location",
     "relationship", "structure"}
)  # fmt: skip
#: Time nouns after "at/for/until the present" that keep it a time ("until the present day", "at the
#: present moment"); any other noun makes "present" its adjective ("at the present rate", "at the present
#: site", "for the present owners").
PRESENT_TIME_NOUNS: frozenset[str] = frozenset(
    {"day", "days", "time", "times", "moment", "age", "era", "hour", "century", "decade", "year",
     "generation", "juncture"}
)  # fmt: skip
#: Words after "the present" that open what follows it, no noun of its: "for the present we wait", "until
#: the present and beyond", "at the present, though": "the present" itself is the time.
WORDS_AFTER_PRESENT_NOUN: frozenset[str] = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "these", "those", "the", "a",
     "an", "and", "or", "but", "nor", "so", "yet", "as", "if", "when", "while", "though", "although",
     "because", "since", "until", "till", "in", "on", "at", "for", "from", "to", "with", "by", "of", "into",
     "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "must", "shall", "should", "do", "does", "did", "not", "no", "only", "too", "also", "then",
     "however", "anyway", "all", "least", "its", "their", "our", "his", "her", "my", "your"}
)  # fmt: skip
#: Prepositions after which "the future" is the time itself, whatever follows ("In the future Britain
#: will need ...").
PREPOSITIONS_OF_THE_FUTURE: frozenset[str] = frozenset({"in", "into", "for", "until", "till", "to", "near"})
#: Verbs by which writers offer another year for the same event ("born in 1386, though some prefer 1387",
#: "most sources give 1533").
YEAR_PROPOSING_VERBS: frozenset[str] = frozenset(
    {"prefer", "prefers", "favour", "favours", "favor", "favors", "give", "gives", "suggest", "suggests",
     "propose", "proposes", "accept", "accepts"}
)  # fmt: skip
#: Verbs of a bare plural length that a second length after "and" shares, the verb left out ("could take
#: weeks for the water to go down and months to repair the roads").
GAPPED_LENGTH_VERBS: frozenset[str] = frozenset(
    {"take", "takes", "took", "taken", "taking", "need", "needs", "needed", "wait", "waited"}
)
#: Hedges that raise a bare plural length to a longer one right after it ("for weeks, maybe months",
#: "lasted days, perhaps weeks", "could take hours or even days"): the second unit is a length of its own.
HEDGED_SECOND_LENGTH_WORDS: frozenset[str] = frozenset(
    {"maybe", "perhaps", "possibly", "probably", "even", "if not", "or even", "or perhaps", "or maybe",
     "or possibly", "and possibly", "and perhaps", "and maybe"}
)  # fmt: skip
#: Words opening a condition whose past verb, after a main clause's "would", is a future seen from the past
#: ("said it would hire drivers if no deal was reached by Labor Day": the coming Labor Day), as a past
#: perfect after a time it opens is ("if by noon no deal had been reached": the noon ahead).
CONDITION_OPENERS: frozenset[str] = frozenset({"if", "unless"})
#: Verbs of expecting and judging before a year that is the subject of what follows ("we expect 1998 to be
#: another year of growth", "analysts think 2001 will be harder"): the year, not a count.
YEAR_EXPECTING_VERBS: frozenset[str] = frozenset(
    {"expect", "expects", "expected", "expecting", "predict", "predicts", "predicted", "forecast",
     "forecasts", "think", "thinks", "believe", "believes", "consider", "considers"}
)  # fmt: skip

#: Verbs of remembering before a bare year that closes its clause ("Many of them remember 1994, when the
#: plan died", "nobody has forgotten 2008."): the year remembered, not a count.
REMEMBERING_VERBS: frozenset[str] = frozenset(
    {"remember", "remembers", "remembered", "recall", "recalls", "recalled", "forget", "forgets", "forgot",
     "forgotten", "relive", "relives", "relived"}
)  # fmt: skip

#: Verbs of comparing earlier in a clause that make a bare year closing it after "with" or "to" the year
#: compared with ("Analysts compared the crash with 1929, when ...", "likened the slump to 1991."), not a
#: count.
COMPARING_VERBS: frozenset[str] = frozenset(
    {"compare", "compares", "compared", "comparing", "liken", "likens", "likened", "likening"}
)

#: Measure nouns that are also past-tense verbs ("2,000 won" is money; "in 1895 won it Taiwan" a verb).
MEASURE_NOUNS_ALSO_VERBS: frozenset[str] = frozenset({"won"})
#: Words that open a verb's object, after which such a word is the verb ("won it", "won the war").
OBJECT_OPENERS: frozenset[str] = frozenset(
    {"it", "them", "him", "her", "us", "me", "the", "its", "his", "their", "our", "my", "this", "that", "these",
     "those", "back", "over"}
)  # fmt: skip

#: Plural nouns without "-s", counted before a recurring period ("thousands of people a year").
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {"people", "men", "women", "children", "sheep", "cattle", "deer", "fish", "geese", "mice", "feet", "teeth",
     "pence", "yen"}
)  # fmt: skip

#: Determiners before "last years", "last days": "the last years" is the adjective of a stage, not the verb
#: "last" ("the siege would last years").
LAST_AS_ADJECTIVE_BEFORE: frozenset[str] = frozenset({"the", "those", "these", "its", "whose"})
#: Possessive determiners: "his last years", "her final months" name a stage of a life, not a length.
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({"his", "her", "their", "its", "my", "our", "your"})
#: Possessive determiners of one person or thing before "last fall" or "previous fall" that make it a tumble
#: or a drop ("since her last fall", "its previous fall"); a household's or a group's "our last fall in
#: Vermont" is a season they spent.
FALL_TUMBLE_POSSESSIVES: frozenset[str] = frozenset({"his", "her", "my", "your", "its"})
#: Possessive determiners of a person, before a "last" that is then a person's own ("her last entry is at
#: 9.15", "my last exam is at 2pm"), not a place's last call.
PERSONAL_POSSESSIVES: frozenset[str] = frozenset({"his", "her", "my", "your", "our"})
#: Verbs other than a past in "-ed" whose object may be a length of what follows "of" ("ending weeks of
#: speculation", "ends years of uncertainty", "following months of talks"); a court's or a listener's
#: "heard hours of testimony" and what lies ahead in "commuters face weeks of disruption".
LENGTH_OBJECT_VERBS: frozenset[str] = frozenset(
    {"ends", "ending", "follows", "following", "caps", "capping", "heard", "hear", "hears", "face", "faces",
     "facing"}
)  # fmt: skip
#: Nouns of what came of an effort before "of" and a bare plural unit, which is then a length of that
#: effort: "the product of months of surveillance", "the result of years of neglect", "the culmination of
#: decades of research".
LENGTH_OF_EFFORT_NOUNS: frozenset[str] = frozenset(
    {"product", "result", "culmination", "fruit", "fruits", "outcome", "climax"}
)
#: Verbs of a prison term before a bare plural unit and a place of custody ("could face decades in prison",
#: "is serving years behind bars", "may spend months in custody"); "spent years in prison" is already a
#: length by "spent".
CUSTODY_TERM_VERBS: frozenset[str] = frozenset(
    {
        "face",
        "faces",
        "faced",
        "facing",
        "serve",
        "serves",
        "served",
        "serving",
        "spend",
        "spends",
        "spending",
    }
)
#: Places of custody after such a bare plural unit: "in prison", "in jail", "behind bars", "in solitary".
CUSTODY_PLACES: frozenset[str] = frozenset(
    {"prison", "jail", "gaol", "custody", "bars", "solitary", "detention"}
)
#: Past verbs of counting, whose object "weeks of dust storms" is a count of the units, not a length.
COUNTING_PAST_VERBS: frozenset[str] = frozenset(
    {"counted", "recorded", "logged", "tallied", "numbered", "totalled", "totaled", "registered", "listed"}
)
#: Words before an adjective in "-ed" rather than a past verb ("the most settled years", "were troubled
#: years"): a bare plural unit after such an adjective is not the object of a verb.
ADJECTIVE_IN_ED_MARKERS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "most",
        "more",
        "least",
        "less",
        "very",
        "so",
        "too",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "these",
        "those",
        "this",
        "that",
        "of",
        "in",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
    }
)

#: Nouns of a life, after "the last years of his" ("the final months of her life"): a stage of a life,
#: not a length, as "in his final years" is.
LIFE_NOUNS: frozenset[str] = frozenset({"life", "lives"})

#: Words after a clock time that name a time zone.
TIME_ZONES: frozenset[str] = frozenset(
    {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet",
     "eest", "jst", "ist", "aest", "aedt", "msk", "z", "et", "pt", "ct", "mt", "local time", "eastern",
     "pacific", "eastern time", "pacific time", "central time", "mountain time", "eastern standard time",
     "eastern daylight time", "pacific standard time", "pacific daylight time", "greenwich mean time",
     "coordinated universal time", "british summer time", "moscow time", "beijing time", "tokyo time",
     "ship's time", "ship’s time", "zulu", "zulu time",
     # the older papers' dotted abbreviations ("at 9.30 a.m. B.S.T.", "2 p.m. G.M.T.", "11 a.m. E.D.T.")
     "g.m.t.", "b.s.t.", "e.s.t.", "e.d.t.", "c.s.t.", "c.d.t.", "m.s.t.", "m.d.t.", "p.s.t.", "p.d.t."}
)  # fmt: skip

#: Zones of TIME_ZONES that are also the names of a people and its language ("1838 Zulu forces", "by 1879
#: Zulu power was broken"): after four digits they are a military zone ("1935 Zulu", the "Z" of UTC)
#: only when no noun follows them.
TIME_ZONES_ALSO_PEOPLES: frozenset[str] = frozenset({"zulu"})

#: Words that may follow such a zone after a clock time ("at 0600 Zulu on 3 May", "(1935 Zulu)", the
#: empty word of punctuation); any other word makes it the people's name before a noun.
TIME_ZONE_PEOPLE_FOLLOWERS: frozenset[str] = frozenset(
    {"", "on", "and", "or", "when", "as", "to", "until", "the"}
)

#: Marks before a length that make it a reading of a launch countdown ("held at T-minus 35 minutes"),
#: a clock of the event as a match clock is, not a calendar time.
COUNTDOWN_MARKS: tuple[str, ...] = ("t-minus", "t minus", "t-plus", "t plus", "t -", "t-", "t+")

#: Names after a length that make it a reading of a mission's clock ("at 5 hours 18 minutes ground
#: elapsed time").
ELAPSED_CLOCK_NAMES: tuple[str, ...] = ("ground elapsed time", "mission elapsed time", "elapsed time")

#: Words before a dotted clock time ("at 9.15 GMT") that make it a time rather than an amount.
CLOCK_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "at",
        "by",
        "from",
        "until",
        "till",
        "to",
        "before",
        "after",
        "around",
        "about",
        "since",
        "between",
        "and",
    }
)

#: Clock prepositions before a four-digit reading followed by "hours" that make it a 24-hour clock ("at
#: 1400 hours", "from 0600 hours"), where "for 1400 hours" is a length.
HOURS_CLOCK_PREPOSITIONS: frozenset[str] = frozenset({"at", "by", "until", "till", "from", "between"})

#: Determiners of "the ... hour" that make it the hour-long span from or up to a time ("over the next
#: hour", "in the past hour"); "this hour" and "that hour" name an occasion.
SPAN_HOUR_DETERMINERS: frozenset[str] = frozenset({"next", "past", "last", "coming", "following"})

#: Words before a bare part of the day (no article or modifier of its own) that make it a time: "by
#: morning", "this evening", "held out till evening", "each night"; elsewhere it may be a noun of its own.
BARE_PART_OF_DAY_LEADS: frozenset[str] = frozenset(
    {"in", "this", "that", "by", "until", "till", "before", "since", "during", "at", "each"}
)

#: Auxiliaries whose clause sets the day of a bare part of the day after "since": "have sealed the
#: borders since morning", "the road is shut since morning" (present, the writer's day) against "had waited
#: since morning", "was closed since morning" (past, the story's day). The last one before "since" counts.
SINCE_CLAUSE_AUXILIARIES: dict[str, str] = {
    "has": "present", "have": "present", "is": "present", "are": "present", "am": "present",
    "had": "past", "was": "past", "were": "past",
}  # fmt: skip

#: Prepositions before "month-end" that make it the end of the month written in ("by month-end", "till
#: month end"); elsewhere it is a routine ("month-end closing", "the month-end rush").
MONTH_END_LEADS: frozenset[str] = frozenset(
    {"by", "at", "till", "until", "before", "around", "towards", "toward", "near", "after", "from", "since"}
)

#: Words marking a weekday or month name as part of a proper name when capitalised after it.
NAME_CONTINUATIONS_OK: frozenset[str] = frozenset(
    {"morning", "afternoon", "evening", "night", "noon", "midnight", "gmt", "utc", "est", "edt", "pst", "et",
     "to", "and", "or", "through", "until"}
)  # fmt: skip

#: Decades spelled as words -> their TIMEX3 value: "the nineties" (taken as the 1900s'), "the noughties".
DECADE_WORDS: dict[str, str] = {
    "twenties": "192", "thirties": "193", "forties": "194", "fifties": "195", "sixties": "196",
    "seventies": "197", "eighties": "198", "nineties": "199", "noughties": "200",
}  # fmt: skip


#: Verbs of keeping a day every year, before "<date> as <feast>": "celebrates 6 March as Independence Day",
#: "marks 1 October as National Day" (the feast names the date, it is no second date).
FEAST_KEEPING_VERBS: frozenset[str] = frozenset(
    {"celebrate", "celebrates", "celebrated", "celebrating", "mark", "marks", "marked", "marking", "keep",
     "keeps", "kept", "keeping", "observe", "observes", "observed", "observing", "commemorate",
     "commemorates", "commemorated", "commemorating", "honour", "honours", "honoured", "honor", "honors",
     "honored"}
)  # fmt: skip

#: Verbs that make a date a named day of every year ("declared 11 July a national Maritime Day",
#: "named 5 May the Children's Day"): the name after the date must end in "Day".
DAY_DECLARING_VERBS: frozenset[str] = frozenset(
    {"declare", "declares", "declared", "declaring", "proclaim", "proclaims", "proclaimed", "proclaiming",
     "designate", "designates", "designated", "designating", "name", "names", "named", "naming", "made",
     "makes", "make"}
)  # fmt: skip

#: Capitalised words that make a following weekday or feast part of a name ("Black Friday", "Super Tuesday",
#: "Bloody Christmas").
WEEKDAY_NAME_MODIFIERS: frozenset[str] = frozenset(
    {"black", "bloody", "super", "cyber", "good", "holy", "palm", "ash", "easter", "maundy", "shrove",
     "giving", "mad", "blue", "red", "ladies", "casual", "throwback", "fat", "low",
     # "on Whit Monday, 27 May 1844": the feast, which the date after it restates
     "whit"}
)  # fmt: skip

#: Words that, capitalised before a weekday, make it the name of a recurring day of the software trade
#: ("Patch Tuesday", the monthly release of security fixes, and "Exploit Wednesday" after it); lower-case,
#: "released a patch Tuesday" dates the patch.
WEEKDAY_NAME_MODIFIERS_CAPITALISED: frozenset[str] = frozenset({"patch", "exploit"})

#: Nouns after a bare weekday that make it name a kind of service run on that day of every week ("Sunday
#: buses", "Friday collections", "a Saturday timetable", "a Sunday edition"), not one date.
WEEKDAY_SERVICE_NOUNS: frozenset[str] = frozenset(
    {"service", "services", "bus", "buses", "train", "trains", "timetable", "timetables", "schedule",
     "schedules", "collection", "collections", "bins", "opening", "openings", "trading", "deliveries",
     "departures", "fares", "edition", "editions", "supplement", "supplements",
     # a post office's round on that day of every week ("the Sunday post", "The Sunday delivery was given up")
     "post", "delivery",
     # what such a weekly round brings or takes away ("the Sunday papers", "leave the Friday bags out"):
     # a day's own papers are "Friday's papers"
     "papers", "newspapers", "bags",
     # worship kept on that day of every week ("after Friday prayers", "Sunday attendance has fallen",
     # "taught Sunday school", "attends Sunday mass": a rite named by its day is a name, blind_news_48)
     "prayers", "attendance", "worship", "school", "schools", "mass",
     # gatherings held on that day of every week, in the plural ("the Sunday meetings", "the Thursday
     # dances", "Saturday night dances"): a series, not one date
     "meetings", "dances", "classes", "lessons", "rehearsals", "markets", "gatherings", "suppers",
     # meals a kitchen serves on that day of every week ("the pub's Sunday roasts", "Sunday lunches from
     # noon"): a kind of dish or a series of sittings; "Sunday roast" is a dish even in the singular
     "roast", "roasts", "lunches", "dinners", "brunches", "carveries",
     # what is charged or allowed on that day of every week ("brought in Sunday charges at the car park",
     # "Saturday parking is free"); "On Sunday charges were brought against two men" dates the charges
     "charges", "tariff", "tariffs", "parking",
     # and performances given on that day of every week ("played at the Sunday concerts", "the Saturday
     # matinees"): a run of them, as a theatre's bills list it ("shows" is a verb as often: "taken on
     # Sunday shows the shell")
     "concerts", "recitals", "matinees", "performances", "screenings"}
)  # fmt: skip
#: Of WEEKDAY_DATE_LEADS, the prepositions that also place a thing or tell where it comes from ("fares on
#: Sunday buses", "home from Sunday school"): before a weekday and a noun of WEEKDAY_SERVICE_NOUNS they
#: date only when they open their clause ("On Friday buses were cancelled", "From Monday trains will run").
WEEKDAY_PLACING_LEADS: frozenset[str] = frozenset({"on", "from"})

#: Nouns after "midnight" that make it the name of the Christmas rite ("celebrated midnight mass at 10pm", "the
#: midnight masses"), which keeps the name when held earlier in the evening, not a clock time.
MIDNIGHT_RITE_NOUNS: frozenset[str] = frozenset({"mass", "masses", "eucharist"})

#: Nouns after a feast's name that make it the name of a rite, as "Friday prayers" is of a weekday's ("the
#: Easter Vigil", "after Eid prayers"): a name, not the feast's date (blind_news_48, blind_news_61).
FEAST_RITE_NOUNS: frozenset[str] = frozenset({"vigil", "vigils", "prayers"})

#: A fixture list's kind of slot after a count or before a present "are" ("two Sunday matches in each round",
#: "Friday fixtures are shown live"); otherwise a news story's "All Saturday matches were postponed" tells
#: that day's matches.
WEEKDAY_FIXTURE_NOUNS: frozenset[str] = frozenset({"matches", "fixtures", "games"})

#: Nouns of a ceremony or a vote that a weekday after "a" classifies ("a Sunday inauguration is held
#: privately", "elections are never a Monday holiday", "a Saturday wedding costs more"): a kind of occasion
#: held on any such day, not one date ("the Sunday inauguration" may still be the one told of).
WEEKDAY_KIND_OCCASION_NOUNS: frozenset[str] = frozenset(
    {"inauguration", "inaugurations", "wedding", "weddings", "ceremony", "ceremonies", "election",
     "elections", "holiday", "holidays", "poll", "polls", "polling", "vote", "votes", "referendum",
     "referendums", "coronation", "funeral", "funerals", "christening", "christenings"}
)  # fmt: skip

#: Nouns of papers and broadcasts that a weekday after "a" classifies ("said on a Sunday talk show", "wrote
#: in a Saturday paper", "a Monday column"): a kind of paper or programme that comes out every such day,
#: not one date ("on Sunday's talk shows" keeps its day).
WEEKDAY_KIND_MEDIA_NOUNS: frozenset[str] = frozenset(
    {"talk", "show", "paper", "newspaper", "column", "program", "programme", "broadcast", "newscast"}
)  # fmt: skip

#: Words around "a <weekday> <occasion>" that make it a kind of occasion told in general or not held: a
#: present or modal verb after the noun ("a Sunday inauguration is held privately", "a Saturday wedding
#: costs more", "a Monday holiday would help"), or before "a" a present copula, a negation or a word of
#: wishing or avoiding ("elections are never a Monday holiday", "had hoped for a Saturday wedding",
#: "to avoid a Sunday vote"). Without them the occasion is one that took place: "rejected the reform in a
#: Sunday referendum", "won a Sunday election" keep their day.
WEEKDAY_KIND_GENERIC_WORDS: frozenset[str] = frozenset(
    {"is", "are", "isn't", "aren't", "costs", "cost", "can", "cannot", "can't", "could", "would", "may",
     "might", "must", "should", "means", "needs", "requires", "never", "not", "seldom", "rarely", "for",
     "against", "than", "avoid", "avoided", "avoiding", "prefer", "preferred", "oppose", "opposed"}
)  # fmt: skip
#: Participles after "a <weekday> <occasion> was/were" that say it was not held ("a Sunday inauguration
#: was ruled out", "a Saturday poll was rejected").
WEEKDAY_KIND_NOT_HELD_PARTICIPLES: frozenset[str] = frozenset(
    {"ruled", "avoided", "rejected", "refused", "forbidden", "banned", "unthinkable", "impossible"}
)  # fmt: skip


#: Words before a weekday and its part of the day that make them one day's time even before a noun of
#: WEEKDAY_SERVICE_NOUNS ("on Sunday morning services were held in the open"): a date, not a series.
WEEKDAY_DATE_LEADS: frozenset[str] = frozenset({"on", "by", "until", "till", "since", "from"})


#: A unit and a half, as a TIMEX3 length ("the past year and a half"), written in whole smaller units as
#: "an hour and a half" is PT1H30M.
UNIT_AND_A_HALF: dict[str, str] = {
    "year": "P1Y6M", "month": "P6W", "day": "P1DT12H", "hour": "PT1H30M",
    "decade": "P15Y", "century": "P150Y",
}  # fmt: skip

#: Words right before a capitalised "New Year" without "the" that make it the holiday, 1 January ("since
#: New Year", "over New Year", "between Christmas and New Year", "fully booked for New Year"), as "since
#: Christmas" is the feast's day.
NEW_YEAR_DAY_LEADS: frozenset[str] = frozenset(
    {"since", "over", "at", "after", "before", "until", "till", "by", "around", "and", "through", "from",
     "for"}
)  # fmt: skip

#: Nouns after "new year", with or without "the", that make it the holiday's occasion, not a year or the
#: holiday's day ("the new year honours", "known for New Year concerts").
NEW_YEAR_KIND_NOUNS: frozenset[str] = frozenset(
    {"resolution", "resolutions", "celebration", "celebrations", "party", "parties", "honours", "message",
     "holiday", "holidays", "sale", "sales", "eve", "day",
     # what is put on for it ("known for New Year concerts", "paid for New Year fireworks"): a kind
     "concert", "concerts", "fireworks", "parade", "parades", "menu", "menus"}
)  # fmt: skip

#: Plural units after "for" that make an "overnight" in the same sentence every night of a run ("closed
#: overnight ... for five weeks").
RUN_OF_NIGHTS_UNITS: frozenset[str] = frozenset({"weeks", "months", "nights"})

#: Adverbs before "overnight" that make it the idiom for "suddenly" ("became famous almost overnight"),
#: not a night.
SUDDENLY_OVERNIGHT_LEADS: frozenset[str] = frozenset(
    {"almost", "nearly", "virtually", "practically", "seemingly", "literally", "apparently"}
)

#: Verbs of forecasting: the "overnight" of what they forecast is the coming night ("forecasters expect a
#: low of minus 18 overnight", "the weather service forecast snow overnight").
FORECASTING_VERBS: frozenset[str] = frozenset(
    {"forecast", "forecasts", "forecasting", "predict", "predicts", "predicted", "predicting", "expect",
     "expects", "expecting", "expected", "anticipate", "anticipates", "anticipated", "anticipating"}
)  # fmt: skip

#: Modals of possibility that, unnegated before a verb, put a bare quarter or half still to come this
#: year ahead ("the first laptops could ship in the fourth quarter", said in May): what a company can or
#: could do in a quarter is not yet done, so it is no report of last year's.
QUARTER_AHEAD_MODALS: frozenset[str] = frozenset({"could", "can"})

#: Present verbs of forecasting whose object is timed by a month with no year ("It forecasts a fall in
#: April", "the bank expects a rise in February", said in August): what is forecast lies ahead, so the next
#: such month, unless that is over six months away and the last under three ("expects a rise in July", said
#: early in August of figures still to come).
PRESENT_FORECAST_VERBS: frozenset[str] = frozenset(
    {"forecast", "forecasts", "predict", "predicts", "expect", "expects", "project", "projects", "anticipate",
     "anticipates"}
)  # fmt: skip

#: Words before a bare weekday that make it any such day, not one date ("emptied on a Thursday").
INDEFINITE_WEEKDAY_LEADS: frozenset[str] = frozenset({"a", "any"})

#: Verbs before "on a Sunday" that describe one date ("Christmas falls on a Sunday"), not any such day.
DATE_FALLING_VERBS: frozenset[str] = frozenset({"fall", "falls", "fell", "falling", "is", "was"})

#: Verbs that take a period as their subject ("The year opened in grief", "The week is not over"),
#: with their tense: "the year" then is the one in context, not a relative clause's head.
PERIOD_SUBJECT_VERBS: dict[str, str] = {
    "is": "present", "has": "present", "will": "present", "began": "past", "begins": "present",
    "ended": "past", "ends": "present", "opened": "past", "opens": "present", "closed": "past",
    "closes": "present", "started": "past", "starts": "present", "saw": "past", "sees": "present",
    "brought": "past", "brings": "present", "was": "past", "had": "past", "belonged": "past",
    "belongs": "present", "got": "past", "gets": "present",
}  # fmt: skip

#: Words before "the year", "the decade" whose clause then closes the period ("before the decade was
#: out", "until the year ended"): the period in context.
PERIOD_LIMIT_WORDS: frozenset[str] = frozenset({"before", "until", "till"})

#: Prepositions and verbs that make a bare "the millennium" a point in time, its turn ("since the
#: millennium", "as the millennium approaches"), not a thing named after it ("the millennium bug").
MILLENNIUM_POINT_PREPOSITIONS: frozenset[str] = frozenset(
    {"before", "until", "till", "after", "since", "by", "at", "around", "toward", "towards"}
)
MILLENNIUM_ARRIVAL_VERBS: frozenset[str] = frozenset(
    {"arrives", "arrived", "approaches", "approached", "nears", "neared", "dawns", "dawned", "comes", "came"}
)

#: Modals whose present form says nothing of which side of now a weekday falls ("could not be
#: located Wednesday"), so a timetable's plain present is not read in them.
MODAL_VERBS: frozenset[str] = frozenset(
    {"could", "would", "might", "should", "may", "must", "can", "cannot", "can't", "couldn't", "wouldn't",
     "shouldn't", "mustn't", "ought"}
)  # fmt: skip

#: Words before "one day" that make it the adverb "at some time to come" ("might one day be worth",
#: "will one day look back"): FUTURE_REF, not a length of one day.
SOMEDAY_LEADS: frozenset[str] = frozenset(
    {"could", "would", "might", "should", "may", "must", "can", "will", "shall", "hoped"}
)

#: Words right before a clause-closing "one day" that keep it a length even in a clause with a modal
#: ("it will last one day", "would stay for one day", "no more than one day"); elsewhere a modal's
#: clause that ends on "one day" ("she would come home one day") uses it as the adverb "some day".
ONE_DAY_LENGTH_LEADS: frozenset[str] = frozenset(
    {"for", "in", "within", "than", "only", "just", "last", "lasts", "take", "takes", "took", "spend",
     "spends", "wait", "waits", "stay", "stays", "about", "around", "least", "over", "per", "after",
     "before", "by", "of", "every", "each", "once", "another", "extra", "full", "whole", "single",
     "the", "off", "run", "runs", "close", "closes", "remain", "lose", "gain", "with", "nearly", "almost",
     "roughly", "barely", "under", "to", "at", "first", "second", "into", "this", "that", "need",
     "needs", "sit", "sits", "be", "is", "was", "been", "work", "works", "cost", "costs"}
)  # fmt: skip

#: Participles of verbs that make or record a thing, which after its noun date the thing's origin ("a
#: telephone call made in 1986", "a letter written in 1920"): a look back, not a step of the story.
THING_MAKING_PARTICIPLES: frozenset[str] = frozenset(
    {"made", "recorded", "written", "taken", "built", "signed", "sent", "published", "filmed", "painted",
     "drawn", "issued", "printed", "composed", "compiled", "shot", "drafted", "typed", "cast"}
)  # fmt: skip

#: Past auxiliaries after a name that open a clause ("At dawn on the 29th Giustiniani was wounded").
PAST_AUXILIARIES_AFTER_A_NAME: frozenset[str] = frozenset({"was", "were", "had"})

#: The past copulas that tell a change in figures as a state ("Sales were sharply higher in March").
PAST_COPULAS: frozenset[str] = frozenset({"was", "were"})

#: Auxiliaries before "last" that make it a verb ("will last two hours").
AUXILIARIES: frozenset[str] = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "to", "did", "does", "do", "not",
     "won't", "didn't", "doesn't", "cannot", "shall", "'ll", "usually", "often", "typically", "generally"}
)  # fmt: skip

#: Words before a bare "last" and a length that make "last" a verb after its subject or a conjunction
#: ("tours leave at noon and last 45 minutes", "sessions that last an hour"); words in -s before it that
#: are not plural subjects ("was", "its") are in LAST_NOT_AFTER_S.
LAST_VERB_LEADS: frozenset[str] = frozenset({"and", "or", "that", "which", "who", "they"})
LAST_NOT_AFTER_S: frozenset[str] = frozenset(
    {"is", "was", "has", "does", "its", "his", "hers", "ours", "yours", "theirs", "this", "us", "as", "plus"}
)

#: Words before a bare number that make it a year when a singular noun follows ("a 1996 law", "every 2018
#: Laurent": a model year counted car by car).
YEAR_DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "that", "this", "whose", "unsuccessful",
     "successful", "failed", "landmark", "historic", "disputed", "contested", "previous", "earlier", "same",
     "every", "each"}
)  # fmt: skip

#: "the entire 2004 primary", "the whole 2010 season": a whole-of adjective after "the" before a year.
YEAR_WHOLE_ADJECTIVES: frozenset[str] = frozenset({"entire", "whole", "full"})

#: Nouns of measure after a number: "1500 feet", "2000 points" are amounts, never years.
MEASURE_NOUNS: frozenset[str] = frozenset(
    {"feet", "foot", "meter", "meters", "metre", "metres", "mile", "miles", "kilometer", "kilometers", "ton",
     "tons", "tonnes", "yard", "yards", "acre", "acres", "point", "points", "dollar", "dollars", "pound",
     "pounds", "euro", "euros", "people", "troops", "men", "women", "soldiers", "votes", "shares", "hours",
     "days", "years", "km", "kg", "mph", "degrees", "calories", "won", "yen", "yuan", "rupees", "barrels",
     "block"}  # "the 1900 block of Elm Street": a street address
)  # fmt: skip

#: Units of length before "per hour": "120 miles per hour" is a speed, not a recurring hour; units of a
#: radiation dose likewise ("11.9 millisieverts an hour" is a dose rate).
DISTANCE_UNITS: frozenset[str] = frozenset(
    {"mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "kms", "meter", "meters",
     "metre", "metres", "m", "feet", "foot", "ft", "yard", "yards", "knot", "knots", "cubits", "leagues",
     "sieverts", "millisieverts", "microsieverts", "msv", "sv", "rems", "millirems", "rads", "grays"}
)  # fmt: skip

#: Units after a clock face told in words that make it a range of amounts: "sunk by five to eight metres",
#: "ten to twelve per cent" are amounts from one number to another, not 7:55 or 11:50.
CLOCK_FACE_RANGE_UNITS: frozenset[str] = frozenset(
    {"metres", "meters", "kilometres", "kilometers", "km", "miles", "feet", "yards", "inches", "centimetres",
     "centimeters", "cm", "millimetres", "millimeters", "mm", "tonnes", "tons", "kilograms", "kg", "pounds",
     "degrees", "per", "percent", "points", "times", "storeys", "floors", "acres", "hectares", "litres"}
)  # fmt: skip

#: Units of an amount counted one at a time before the period it recurs in: "an ounce of gold a day",
#: "about a foot a day", "a dollar a week" are rates, as "two ounces a day" is.
SINGLE_MEASURE_UNITS: frozenset[str] = frozenset(
    {"ounce", "pound", "foot", "mile", "yard", "dollar", "gallon", "ton", "tonne", "acre", "bushel", "barrel",
     "kilo", "kilogram", "kilometre", "kilometer", "metre", "meter", "litre", "liter", "penny", "shilling"}
)  # fmt: skip

#: Small units of length that measure rain, snow or a rising river: "2 inches an hour", "an inch an hour",
#: "30mm an hour" is how fast it accumulates, a rate in time (SET), not a speed.
ACCUMULATION_UNITS: frozenset[str] = frozenset(
    {"inch", "inches", "centimeter", "centimeters", "centimetre", "centimetres", "cm", "millimeter",
     "millimeters", "millimetre", "millimetres", "mm"}
)  # fmt: skip

#: Nouns of events nobody schedules: a day naming one ("the Sept. 11 attacks", "the Jan. 6 riot",
#: "the 9/11 attacks") names the occurrence that has happened, the last such day on or before the DCT.
UNSCHEDULED_EVENT_NOUNS: frozenset[str] = frozenset(
    {"attack", "attacks", "attackers", "riot", "riots", "rioters", "bombing", "bombings", "bomber", "bombers",
     "massacre", "shooting", "shootings", "shooter", "crash", "earthquake", "quake", "explosion", "explosions",
     "blast", "coup", "uprising", "insurrection", "assassination", "killing", "killings", "hijacking",
     "hijackers", "ambush", "stabbing", "derailment", "tsunami", "landslide", "mudslide", "stampede",
     "mutiny", "terror", "terrorist"}
)  # fmt: skip

#: Disasters a year before them names, one at a time ("The 1755 Lisbon earthquake", "the 1703 storm"): a
#: number before one of these singular nouns cannot count it, so an old year (before 1800) is read there too.
YEAR_NAMED_DISASTER_NOUNS: frozenset[str] = frozenset(
    {"earthquake", "quake", "eruption", "flood", "storm", "hurricane", "tsunami", "tempest", "gale", "famine",
     "plague", "epidemic", "fire", "blizzard", "drought", "avalanche", "landslide"}
)  # fmt: skip

#: Laws and charters a capitalised name after a year calls by that year alone ("since the 1601 Statute",
#: "under the 1688 Act", "the 1215 Charter"): one instrument, which no count of things can be.
YEAR_NAMED_INSTRUMENT_NOUNS: frozenset[str] = frozenset(
    {"act", "statute", "charter", "treaty", "ordinance", "edict", "proclamation", "constitution"}
)

#: Nouns a day written day first qualifies after "the" ("the 31 January deadline", "the 2 May holiday", "the
#: 12 December election"): the article belongs to the noun and is left out of the date, as it is in "the April
#: 7 deadline"; the day itself is tagged. The events nobody schedules ("the 7 July bombings") do the same.
DAY_QUALIFIED_NOUNS: frozenset[str] = UNSCHEDULED_EVENT_NOUNS | frozenset(
    {"deadline", "deadlines", "cut-off", "cutoff", "holiday", "holidays", "bank", "election", "elections",
     "referendum", "vote", "poll", "budget", "statement", "announcement", "meeting", "hearing", "launch",
     "release", "rise", "rises", "increase", "increases", "cut", "cuts", "change", "changes", "payment",
     "payments", "rally", "ceremony", "summit", "strike", "walkout", "debate", "ruling", "decision"}
)  # fmt: skip

#: Adjectives that open a notice's subject or heading naming an event still to come, with no verb
#: ("Scheduled maintenance on Sunday", "Planned outage on Saturday", "Upcoming upgrade: Tuesday").
PLANNED_EVENT_ADJECTIVES: frozenset[str] = frozenset({"scheduled", "planned", "upcoming", "forthcoming"})

#: The sections a changelog's release entry is divided into ("Fixed", "Added", "Breaking changes"): a
#: heading of another name below the releases closes their entries.
CHANGELOG_SECTION_NAMES: frozenset[str] = frozenset(
    {"added", "changed", "deprecated", "removed", "fixed", "security", "bug fixes", "fixes", "features",
     "new features", "improvements", "breaking changes", "known issues", "notes", "other changes"}
)  # fmt: skip

#: Nouns after a frequency word ("daily", "weekly", "hourly") that make it name a kind of thing, not a time:
#: publications ("a weekly magazine", "the Communist Party daily"), documents ("the daily reports"),
#: audience counts ("monthly active users"), amounts ("a daily allowance") and counts ("the weekly death toll").
FREQUENCY_KIND_NOUNS: frozenset[str] = frozenset(
    {"newspaper", "newspapers", "paper", "papers", "news", "telegraph", "mail", "express", "star", "record",
     "post", "herald", "show", "magazine", "magazines", "journal", "newsletter", "bulletin", "edition",
     "digest", "column", "tabloid", "podcast", "active", "users", "subscribers", "readers", "viewers",
     "visitors", "circulation", "average", "allowance", "dose", "limit", "wage", "rate", "routine",
     "pass", "passes", "ticket", "tickets", "travelcard", "travelcards", "fare", "fares", "toll", "tolls",
     "count", "counts", "total", "totals",
     # one number of a periodical ("the last weekly number", "its first monthly issue")
     "number", "numbers", "issue", "issues",
     # a climate statistic over that interval ("against a monthly normal of 421 mm", "the annual mean")
     "normal", "normals", "mean",
     # a measured series summarised at that interval ("daily means computed from hourly readings",
     # "stored as hourly averages", "the daily range of temperature", "weekly abundance")
     "means", "averages", "readings", "range", "ranges", "maxima", "minima", "abundance",
     # sums charged at that interval ("daily penalties of £10", "a monthly fee")
     "penalty", "penalties", "fine", "fines", "fee", "fees", "charge", "charges", "payment", "payments",
     # sums owed or paid at that interval ("for the yearly rent of a falcon", "a monthly salary")
     "rent", "rents", "tribute", "salary", "salaries", "stipend", "stipends", "pension", "pensions", "dues",
     "subscription", "subscriptions",
     # the documents an office issues at that interval ("the daily reports were declassified", "the
     # parish clerk's weekly bill of mortality")
     "report", "reports", "briefing", "briefings", "summary", "summaries", "log", "logs", "bill", "bills",
     # statistics an office publishes at that interval ("the Registrar General's weekly return")
     "return", "returns", "figures", "statistics",
     # counts of a surveillance series summed over that interval ("weekly cases have climbed since week
     # 18", "daily deaths peaked", "daily arrivals fell", "weekly admissions")
     "cases", "deaths", "infections", "admissions", "hospitalisations", "hospitalizations", "arrivals",
     "incidence",
     # an amount carried, made or used per that interval ("the daily tonnage rose", "weekly output
     # fell", "a daily ration of bread", "monthly production", "the daily volume")
     "tonnage", "tonnages", "output", "production", "volume", "volumes", "intake", "consumption",
     "ration", "rations", "quota", "quotas", "deliveries", "throughput",
     # people paid by that interval ("the mill's 900 hourly workers", "hourly employees")
     "workers", "worker", "employees", "employee", "staff", "jobs", "job"}
)  # fmt: skip

#: Words for a night told as a whole that runs into the next morning ("fell overnight ... by midday"):
#: a daytime clock told after it falls on the day after the night.
NIGHT_INTO_MORNING_WORDS: frozenset[str] = frozenset({"overnight"})

#: Documents an office issues at an interval, named after a frequency word with one or two modifiers of
#: their own ("the weekly jobless claims report", "the government's weekly crude inventory figures"): these
#: and the nouns of `FREQUENCY_KIND_NOUNS` ("report", "figures", "count").
FREQUENCY_DOCUMENT_NOUNS: frozenset[str] = frozenset({"data", "survey", "release", "update"})
#: Determiners before such a frequency word (a possessive "'s" counts too).
FREQUENCY_DOCUMENT_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an"}) | POSSESSIVE_DETERMINERS
#: Words that cannot stand between such a frequency word and its document: they open a phrase or a
#: clause of their own ("meets weekly to report", "updated weekly with data").
FREQUENCY_DOCUMENT_GAP_STOPS: frozenset[str] = frozenset(
    {"to", "and", "or", "but", "with", "by", "for", "from", "in", "on", "at", "of", "as", "than", "the", "a",
     "an", "is", "are", "was", "were", "will", "would", "has", "have", "had", "when", "while", "if", "that",
     "which", "who", "its", "their", "his", "her", "using", "since", "until"}
)  # fmt: skip

#: Words between a frequency word and the noun it names a kind of ("weekly and monthly bus passes",
#: "weekly season tickets"): a second frequency word joined to it, and the noun's own modifiers.
FREQUENCY_KIND_LINKS: frozenset[str] = frozenset(
    {"and", "or", "daily", "weekly", "monthly", "annual", "yearly", "bus", "rail", "train", "tram",
     "travel", "season", "parking", "death", "case", "casualty", "salaried"}
)  # fmt: skip

#: Set words that are usually adjectives before a noun ("quarterly dividend") and then no time.
ADJECTIVAL_SET_WORDS: frozenset[str] = frozenset({"quarterly", "biweekly", "semiannual"})

#: Words after such a set word that show it is an adverb of the verb before it, a time that recurs
#: ("royalties are paid quarterly on what a field produces", "meets biweekly in the town hall").
ADVERBIAL_SET_WORD_FOLLOWERS: frozenset[str] = frozenset(
    {"on", "in", "at", "by", "from", "to", "until", "till", "through", "since", "after", "before",
     "thereafter", "unless", "if", "when", "while", "as"}
)  # fmt: skip

#: Words before "daily", "weekly" ... that make it a rate, an amount per period ("the average daily
#: volume", "average weekly earnings"), not a time that recurs.
RATE_BEFORE_FREQUENCY: frozenset[str] = frozenset({"average", "mean", "median"})

#: Words before "daily", "weekly", "monthly" ... that make it the period of a change counted in a run or
#: ranked ("the third straight monthly rise", "seven consecutive weekly losses", "its biggest weekly
#: loss", "its third monthly drop in a row"; an ordinal of `ORDINALS` or "11th" does the same, "the
#: eleventh monthly rise in a row"): the unit each change is measured over, not a time that recurs.
RUN_OR_RANK_BEFORE_FREQUENCY: frozenset[str] = frozenset(
    {"straight", "consecutive", "successive", "biggest", "largest", "smallest", "sharpest", "steepest",
     "highest", "lowest", "strongest", "weakest", "worst", "best", "fastest", "slowest", "deepest",
     "greatest", "steadiest"}
)  # fmt: skip

#: Nouns after "before"/"after" that keep an amount "a month" a rate ("$2,900 a month before discounts",
#: "£40,000 a year after tax"), where "a month before the sale" would be an offset.
RATE_DEDUCTION_NOUNS: frozenset[str] = frozenset(
    {"tax", "taxes", "discount", "discounts", "deductions", "expenses", "rebates", "subsidies", "bonuses",
     "bonus", "commission", "fees", "charges", "costs", "overtime", "insurance", "inflation", "interest"}
)  # fmt: skip

#: Words before an expression that TimeML leaves outside its extent: signals ("within a week",
#: the mod still records it), possessives ("its third quarter") and "right now".
OUTSIDE_EXTENT_WORDS: frozenset[str] = frozenset(
    {"within", "its", "their", "his", "her", "our", "my", "your", "right"}
)

#: Determiners that belong to the noun a counted unit modifies ("a five year plan", "the two day
#: visit"), not to the time expression ("five year").
NOUN_DETERMINERS: frozenset[str] = frozenset({"a", "an", "the"})

#: Articles before a feast's name that make it a modifier of a thing named after it ("as a Christmas
#: gift", "an Easter egg"), not the feast's day.
HOLIDAY_ATTRIBUTIVE_LEADS: frozenset[str] = frozenset(
    {"a", "an", "his", "her", "its", "their", "my", "our", "your"}
)

#: Things named for a feast, which "a Christmas ..." or "an Easter ..." makes a kind of ("a Christmas
#: gift"), unlike an occasion held on the day ("a New Year's Eve party").
THINGS_NAMED_FOR_FEASTS: frozenset[str] = frozenset(
    {"gift", "gifts", "present", "presents", "tree", "trees", "card", "cards", "carol", "carols", "egg",
     "eggs", "bonus", "hamper", "hampers", "stocking", "pudding", "cake", "ornament", "ornaments", "decoration",
     "decorations", "song", "album", "bunny", "basket", "bonnet", "lily", "wreath", "cantata", "cantatas",
     "oratorio", "hymn", "hymns", "anthem", "motet", "songs", "albums", "single", "special", "specials",
     # "the Christmas lights on Regent Street", "the council's Diwali lights": the displays, up for weeks
     "lights"}
)  # fmt: skip

#: Meals named for a feast ("Christmas dinner", "the Easter lunch"): a kind of meal, whatever the word
#: before it, not the feast's day (blind_mixed_3 leaves "Christmas dinner" untagged).
MEALS_NAMED_FOR_FEASTS: frozenset[str] = frozenset(
    {"dinner", "dinners", "lunch", "lunches", "luncheon", "supper", "meal", "meals", "breakfast", "brunch"}
)

#: Nouns after a month that make it a month of delivery of goods traded ahead ("cotton for May delivery",
#: "wheat for March shipment"): the month still to come, or the current one, whatever the tense.
DELIVERY_MONTH_NOUNS: frozenset[str] = frozenset({"delivery", "deliveries", "shipment", "shipments"})
#: Goods traded for future months that a month right before names by its contract ("May corn", "the
#: December crude contract", "March wheat fell"): the month of the contract, a noun and no verb or name.
CONTRACT_MONTH_GOODS: frozenset[str] = frozenset(
    {"corn", "wheat", "soybean", "soybeans", "soymeal", "soyoil", "oats", "canola", "rapeseed", "cotton",
     "cocoa", "coffee", "sugar", "crude", "brent", "gold", "silver", "copper", "platinum", "cattle", "hogs",
     "feeder", "gasoline", "futures"}
)  # fmt: skip
#: Words of a traded price that, later in the sentence, make such a month a contract still ahead ("May
#: corn gained 2 cents to $4.61 a bushel"), not a month told ("May wheat sowing was late").
CONTRACT_PRICE_WORDS: frozenset[str] = frozenset(
    {"cent", "cents", "bushel", "tonne", "ton", "barrel", "ounce", "contract", "contracts", "settled"}
)

#: Openers of a span from now that an approximation after it ("or so") makes a length: "the next week or
#: so", "the coming month or so" (without the article "next week or so" stays the week).
APPROXIMATED_LENGTH_OPENERS: tuple[str, ...] = ("the next ", "the coming ")
#: The units it does so for: "the next year or so" stays the year to come (a DATE, as "the next year" is).
APPROXIMATED_LENGTH_UNITS: frozenset[str] = frozenset({"hour", "day", "week", "fortnight", "month"})

#: Phrases after an expression that belong to it as its mod: (mod of a date, mod of a duration).
#: "the next year or so", "1994 or later", "1990 and beyond", "six months or more".
POST_MODIFIERS: dict[str, tuple[str, str]] = {
    "or so": ("APPROX", "APPROX"), "or thereabouts": ("APPROX", "APPROX"),
    "or later": ("ON_OR_AFTER", "EQUAL_OR_MORE"), "and beyond": ("ON_OR_AFTER", "EQUAL_OR_MORE"),
    "or earlier": ("ON_OR_BEFORE", "EQUAL_OR_LESS"), "or before": ("ON_OR_BEFORE", "EQUAL_OR_LESS"),
    "or more": ("ON_OR_AFTER", "EQUAL_OR_MORE"), "or longer": ("ON_OR_AFTER", "EQUAL_OR_MORE"),
    "or less": ("ON_OR_BEFORE", "EQUAL_OR_LESS"),
}  # fmt: skip

#: Words that open the complement of a post-modifier's preposition or comparative ("in the evening or
#: before 9am", "six months or more than that", "or later than noon"): there the phrase is not the mod of
#: the expression before it. A digit, a month and a weekday open one too.
POST_MODIFIER_OBJECT_OPENERS: frozenset[str] = frozenset(
    {"than", "the", "a", "an", "noon", "midday", "midnight", "dawn", "dusk", "sunrise", "sunset", "then",
     "that", "this", "next", "last", "lunch", "lunchtime", "breakfast", "dinner"}
)  # fmt: skip

#: Verbs whose particle "in" comes right before a span's "over" ("to be phased in over six months"): there
#: "in" is no preposition, so "over" is the span's own preposition, not "more than".
PARTICLE_IN_VERBS: frozenset[str] = frozenset(
    {"phase", "phases", "phased", "phasing", "usher", "ushered", "ease", "eased", "easing"}
)

#: Words after which "over" before an amount means "more than" ("for over three years", "just over an
#: hour", a CV's "with over 15 years' experience", "brings over 20 years of experience"); elsewhere it is
#: the preposition of a span ("sales doubled over three years").
OVER_AS_MORE_THAN_AFTER: frozenset[str] = frozenset(
    {"for", "just", "well", "after", "in", "within", "took", "take", "takes", "taking", "lasted", "lasting",
     "last", "lasts", "spent", "of", "than", "be", "been", "is", "was", "are", "were", "ago", "since",
     "with", "has", "have", "had", "having", "brings", "brought", "bringing"}
)  # fmt: skip

#: Words right before a date that make it approximate and belong to it ("around Nov. 1", "circa
#: 1850"); before a clock time "about" does too ("about 10:35 a.m."), where it cannot be a preposition.
DATE_APPROXIMATORS: frozenset[str] = frozenset({"around", "approximately", "roughly", "circa"})
TIME_APPROXIMATORS: frozenset[str] = frozenset({"around", "approximately", "roughly", "circa", "about"})

#: Abbreviations of "circa" before a year ("c. 1412", "ca. 1412"): the year is approximate.
YEAR_APPROXIMATOR_ABBREVIATIONS: frozenset[str] = frozenset({"c.", "ca."})

#: Words that approximate a year only after a preposition ("in about 1412"), being prepositions
#: themselves elsewhere ("a book about 1968").
YEAR_APPROXIMATORS_AFTER_PREPOSITION: frozenset[str] = frozenset({"about"})

#: Hedges between "in" and a year before 1000 ("in about 560", "in around 614"), which make it approximate.
EARLY_YEAR_HEDGES: frozenset[str] = frozenset({"about", "around", "circa"})

#: The abbreviations of a life or reign in parentheses after a name: "(r. 786-809)" reigned, "(d. 873)"
#: died, "(b. 912)" born, "(fl. 850)" flourished; the numbers after them are years, even below 1000.
LIFE_SPAN_ABBREVIATIONS: frozenset[str] = frozenset({"r.", "d.", "b.", "fl."})

#: Words ending in "-s" that are no plural nouns, after a bare number ("in 743 its chief", "in 976 his son").
S_ENDING_NON_PLURALS: frozenset[str] = frozenset(
    {
        "its",
        "his",
        "this",
        "was",
        "has",
        "is",
        "as",
        "us",
        "thus",
        "whereas",
        "hers",
        "ours",
        "yours",
        "theirs",
    }
)

#: The era of the Islamic (Hijri) calendar, written in capitals after or before a year: "132 AH", "AH 316".
HIJRI_ERA_ABBREVIATIONS: frozenset[str] = frozenset({"AH", "A.H."})

#: Words after "100 AH" that make it a battery's ampere-hours, not a Hijri year ("a 100 AH battery").
AMPERE_HOUR_NOUNS: frozenset[str] = frozenset(
    {"battery", "batteries", "cell", "cells", "capacity", "lithium", "agm", "deep-cycle", "rated", "at"}
)

#: Names of the Prophet's migration that count the Hijri years: "the year 656 of the Hijra".
HIJRA_NAMES: frozenset[str] = frozenset({"hijra", "hijrah", "hegira", "hejira"})

#: What the Byzantine era counts its years from: "in the year 6562 of the world", "the year 6961 from the
#: creation of the world" (the creation put in 5509 BC, each year beginning on 1 September).
WORLD_ERA_NAMES: frozenset[str] = frozenset({"world", "creation", "creation of the world"})

#: Words that open a letter's salutation ("Dear Mr Ellis,", "Hi Sam,"), read in any case: the letter's body
#: after the salutation's comma opens a sentence.
LETTER_SALUTATIONS: frozenset[str] = frozenset({"dear", "dearest", "hi", "hello"})

#: Words before a bare "end" that make it the modifier of the day or period after it, a preposition's object
#: ("by end today", "at end tomorrow", "forecasts for end next year", "due end this month", "as of end this
#: year"); elsewhere "end" before it is the verb ("the sale will end today", "the deals end this year").
END_AS_MODIFIER_AFTER: frozenset[str] = frozenset(
    {"by", "at", "until", "till", "before", "from", "for", "due", "of", "since", "after", "around", "through",
     "towards", "toward"}
)  # fmt: skip

#: Prepositions a relative clause may leave at its close after its verb ("the subsidies the farmers asked
#: for end this year"): after a past verb, the preposition is that verb's, and the "end" after it a verb.
STRANDED_PREPOSITIONS: frozenset[str] = frozenset({"for", "of"})

#: Places a season makes a kind of, even after an article ("the summer residence of the kings", "their
#: winter quarters"): a place used in that season, not a time.
SEASON_DWELLING_NOUNS: frozenset[str] = frozenset(
    {"residence", "residences", "palace", "palaces", "home", "homes", "house", "houses", "quarters",
     "retreat", "retreats", "capital", "villa", "villas", "cottage", "cottages", "pastures", "lodge"}
)  # fmt: skip

#: Verbs of things passing or visiting, which a count before and a unit after make a rate ("20,000
#: vehicles crossed a day", "300 ships call a year").
TRAFFIC_VERBS: frozenset[str] = frozenset(
    {"cross", "crossed", "use", "used", "visit", "visited", "call", "called", "pass", "passed", "arrive",
     "arrived", "enter", "entered", "land", "landed", "travel", "travelled", "traveled", "ride", "rode"}
)  # fmt: skip

#: Prepositions before such a word: "in about 1412", "from about 1850", "until about 1900"; and the
#: verbs of a life's ends, after which "about" cannot mean "concerning" ("born about 1122").
#: Words opening a pair of years whose first is hedged with "about", which then hedges the second after
#: "and" too: "between about 7500 BC and about 2000 BC" (a film "about 1968 and about 1969" stays prose).
APPROXIMATED_PAIR_OPENERS: frozenset[str] = frozenset({"between"})

APPROXIMATED_YEAR_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "from", "since", "until", "till", "by", "before", "after", "to", "through", "at", "of", "between",
     "born", "died"}
)  # fmt: skip

#: Words of a weather report shortly before a two-digit decade ("highs in the 20s", "temperatures in the
#: upper 30s"): a range of temperatures, not a decade.
TEMPERATURE_WORDS: frozenset[str] = frozenset(
    {"high", "highs", "low", "lows", "temperature", "temperatures", "temps", "reading", "readings", "chill",
     "chills", "degrees", "mercury", "thermometer", "thermometers"}
)  # fmt: skip

#: Words for the middle of a week ("until midweek", "by mid-week"): the week meant, mod MID, found as its
#: Wednesday is (the next one ahead in a forecast, the last one in a report).
MIDWEEK_WORDS: dict[str, int] = {"midweek": 3, "mid-week": 3}

#: Nouns after "minute" that make it the record of a meeting, not a length ("the 1878 minute book", "the
#: minute books of the club"): a year before it stays a year.
MINUTE_RECORD_NOUNS: frozenset[str] = frozenset({"book", "books"})

#: Nouns of people before "aged" or "under" and a count of years or months ("children aged 16
#: years and over", "not for children under 3 years", "a woman aged 40 years"): the count is their age.
#: A number before one of them is a head count, never a year ("the 1780 visitors spent freely").
AGE_GROUP_NOUNS: frozenset[str] = frozenset(
    {"children", "child", "adults", "adult", "people", "person", "persons", "patients", "patient", "babies",
     "baby", "infants", "infant", "kids", "girls", "girl", "boys", "boy", "pupils", "students", "teenagers",
     "women", "woman", "men", "man", "anyone", "those", "users", "applicants", "players", "passengers",
     "visitors", "riders", "drivers", "entrants", "participants", "workers", "guests", "employees",
     # the people a study samples ("healthy volunteers aged 18 to 55 years", "respondents aged 50-69")
     "volunteers", "respondents", "subjects", "individuals", "residents",
     # animals a vet, a zoo or a breeder names by age ("a puppy aged 12 weeks", "kittens under 8 weeks",
     # "a Labrador cross aged ten weeks"); cheese, wine, whisky and beef "aged 12 months" are lengths
     "puppy", "puppies", "pup", "pups", "kitten", "kittens", "cub", "cubs", "foal", "foals", "calf", "calves",
     "lamb", "lambs", "chick", "chicks", "piglet", "piglets", "hoglet", "hoglets", "dog", "dogs", "cat",
     "cats", "bitch", "cross", "animal", "animals", "pet", "pets"}
)  # fmt: skip

#: Past verbs of meeting, seeing or dealing with a person, whose "her" is their object, not a possessive
#: ("the vet examined her last month", "I met her last night", "police interviewed her last week"): the
#: "last" after it names the time gone by. Verbs of spending or giving time ("spent her last month in a
#: hospice") and of giving things ("sent her last letter") are left out, as their "her" is the owner's.
PERSON_OBJECT_VERBS: frozenset[str] = frozenset(
    {"met", "saw", "visited", "examined", "interviewed", "told", "called", "phoned", "rang", "emailed",
     "texted", "asked", "thanked", "treated", "married", "arrested", "charged", "sentenced", "hired",
     "sacked", "fired", "contacted", "warned", "questioned", "vaccinated", "scanned", "x-rayed"}
)  # fmt: skip

#: Words between a noun of people and a count that make the count their age ("children aged 12 years",
#: "anyone under 18 years"); "over" is left out, as it is mostly the preposition of a stretch ("infected
#: 9,000 people over nine months").
AGE_COUNT_LEADS: frozenset[str] = frozenset({"aged", "under", "below"})
#: Words after a length that make it the age of a pregnancy ("born at 34 weeks' gestation", "at 12 weeks of
#: gestation", "six months pregnant"): an age, not a time.
GESTATION_AGE_WORDS: frozenset[str] = frozenset({"gestation", "gestational", "pregnant"})

#: Verbs whose particle "on" comes before a count of days ("went on 41 days", "carried on 3 days"):
#: "on" is no preposition of the days counted there, and the days are a length.
VERB_PARTICLE_ON_LEADS: frozenset[str] = frozenset(
    {"went", "go", "goes", "going", "carried", "carry", "kept", "keep", "lasted", "dragged", "held",
     "hang", "hung", "stayed", "stay", "continued", "live", "lived", "ran", "run"}
)  # fmt: skip

#: Adjuncts that may stand between a counted comparative and its "than" ("a week later on average in 2015
#: than in 2014", "two days earlier overall than"): the comparison goes on to its "than".
COMPARISON_ADJUNCTS: frozenset[str] = frozenset({"on average", "overall", "on the whole"})

#: Plural units that close a list of bare counts ("followed up at 6, 12 and 24 months", "at 2, 4 and 8
#: hours after the dose"): each count before them is a length of that unit, the unit left unsaid.
ELLIPTICAL_LIST_UNITS: frozenset[str] = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
)  # fmt: skip

#: Words before such a list that make its counts no lengths: a range ("between 6 and 12 months") or ages
#: ("children aged 3, 5 and 7 years", "at ages 6, 12 and 18 years").
ELLIPTICAL_LIST_BLOCKERS: frozenset[str] = frozenset({"between", "aged", "ages", "age"})

#: Words after "and" or "or" closing an age given as a bound ("aged 16 years and over", "aged 5 years or
#: older"): with them "aged" and its count are an age whoever is named.
AGE_BOUND_TAILS: frozenset[str] = frozenset({"over", "older", "above", "under", "younger", "upwards"})

#: What follows a bare season that makes it a season that has come ("Spring is finally here", "Summer has
#: arrived", "Winter arrived early that year"): that season, not a kind of thing. Those still to come ("is
#: coming") are left out, as the season meant is the next one, not the nearest.
SEASON_ARRIVAL_PREDICATES: frozenset[str] = frozenset(
    {"is here", "is finally here", "is already here", "has arrived", "has finally arrived", "has come",
     "arrived", "has begun",
     # a season drawing near or setting in, told as it happens ("cut off as winter approached", "as
     # winter sets in"): the one at hand
     "approached", "approaches", "set in", "sets in", "closed in", "closes in", "drew on", "drew near"}
)  # fmt: skip

#: Words for the kind of day or week counted between a count or a range of counts and its unit ("3-5
#: working days", "one to two business days", "10 to 15 school days", "at least three clear days' notice"
#: (whole days, the days of sending and of the meeting left out)): still a length of that unit.
RANGE_UNIT_KINDS: frozenset[str] = frozenset(
    {"working", "business", "calendar", "trading", "school", "sitting", "clear"}
)
#: Those of RANGE_UNIT_KINDS that make a length only after a count above one ("three clear days' notice"):
#: "on a clear day" and "a clear night" are the weather.
PLURAL_ONLY_UNIT_KINDS: frozenset[str] = frozenset({"clear"})

#: Words for the days of the working week ("every weekday", "on weekdays"): a daily set, Monday to Friday.
WORKWEEK_DAY_WORDS: frozenset[str] = frozenset({"weekday", "weekdays", "workday", "workdays"})

#: Words right before a bare plural "weekends" ("on weekends", "at weekends", "worked through weekends")
#: that make it a set.
PLURAL_SET_PREPOSITIONS: frozenset[str] = frozenset(
    {"on", "at", "most", "some", "all", "other", "and", "or", "through", "during"}
)

#: Words that scale a count of things ("a million visitors", "half a billion passengers").
NUMBER_SCALE_WORDS: frozenset[str] = frozenset({"thousand", "million", "billion", "trillion"})
#: Plural scales that count things without a number ("thousands of men a year", "hundreds of
#: ships a month").
PLURAL_SCALE_WORDS: frozenset[str] = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
#: First words of a future told from the writer's present ("will report", "are expected to", "is due to"),
#: not from a past one ("would", "hoped to").
PRESENT_FUTURE_CUE_WORDS: frozenset[str] = frozenset({"will", "shall", "'ll", "is", "are", "am"})

#: Scales of the deep past counted in years ("4.6 billion years ago", "millions of years", "tens of
#: thousands of years"): years in thousands and more are millennia, and an "ago" that far back is
#: further than a TIMEX3 year can be written. The words before a plural scale that multiply it.
DEEP_TIME_SCALES: dict[str, int] = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
DEEP_TIME_MULTIPLES: frozenset[str] = frozenset({"tens", "hundreds"})
#: Words before a deep-time count that open a span counted back or on ("the last 540 million years", "the
#: next ten million years") and hedges kept with the count ("some twenty million years", APPROX).
DEEP_TIME_SPAN_LEADS: frozenset[str] = frozenset({"last", "past", "first", "next", "following"})
DEEP_TIME_COUNT_HEDGES: frozenset[str] = frozenset({"some"})

#: Plural seasons and the words before them that make them a set ("most summers", "in winters").
PLURAL_SEASONS: dict[str, str] = {"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI"}
PLURAL_SEASON_OPENERS: frozenset[str] = frozenset({"most", "in", "during"})
#: "mid-century modern": a style of design, not a time.
STYLE_AFTER_MID_CENTURY: frozenset[str] = frozenset({"modern", "style", "styled"})
#: Parts of the day in the plural: "studied in the evenings", "swam most mornings" (each of them, a SET).
PLURAL_PARTS_OF_DAY: dict[str, str] = {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}
#: Verbs before a bare plural part of the day that make it the shifts of a job ("working nights").
SHIFT_WORK_VERBS: frozenset[str] = frozenset({"work", "works", "worked", "working"})
#: Words right before "today" that make it the writer's now in a story: a participle of naming or
#: regard ("known today as", "remembered today for") or a present copula ("what is today Poland").
TODAY_PRESENT_LEADS: frozenset[str] = frozenset(
    {"known", "remembered", "called", "regarded", "considered", "seen", "celebrated", "recognised",
     "recognized", "revered", "admired", "played", "performed", "sung", "heard", "read", "visited",
     "is", "are"}
)  # fmt: skip
#: Adverbs between a noun and the participle of naming or regard after it ("a day still remembered as", "a
#: day now known as", "a day long remembered"): the participle is read past them.
ADVERBS_BEFORE_NAMING_PARTICIPLES: frozenset[str] = frozenset({"still", "now", "long", "often", "widely"})
#: Relative words that, after "a day" set off by a comma behind a dated day, open a clause about that day
#: ("on 5 May, a day when the sea was calm", "a day which nobody forgot", "a day on which"): "a day" names
#: the date again, no length ("5 May, a day after the vote" is one).
DAY_RESTATING_RELATIVES: frozenset[str] = frozenset({"when", "which", "that", "on which"})
#: Words ending in "-est" that are no superlative ("the harvest of the year", "the protest of the decade"
#: is still a superlative's place only when a real superlative leads it).
NOT_SUPERLATIVES_IN_EST: frozenset[str] = frozenset(
    {"interest", "forest", "harvest", "protest", "request", "contest", "conquest", "inquest", "arrest",
     "bequest", "behest", "digest", "suggest", "unrest", "invest", "attest", "detest", "honest",
     "modest", "earnest", "manifest", "tempest", "midwest", "southwest", "northwest", "everest"}
)  # fmt: skip
#: Nouns of a plan before "for" and a year ("her budget for 2009", "the programme for 1936"): the year
#: is the period planned, drawn up before it, not the time a story has come to.
PLANNED_PERIOD_NOUNS: frozenset[str] = frozenset(
    {"budget", "budgets", "plan", "plans", "programme", "programmes", "program", "programs",
     "forecast", "forecasts", "target", "targets", "estimates", "manifesto", "agenda"}
)  # fmt: skip

#: Hours spelled as words in a clock time ("six o'clock", "at four thirty").
CLOCK_HOUR_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

#: Named hours a clock face counts minutes from or to ("one minute after midnight", "half past midnight",
#: "ten minutes to noon"): the hour of the day each names, midnight opening its day.
CLOCK_NAMED_HOURS: dict[str, int] = {"midnight": 0, "noon": 12, "midday": 12}

#: Minutes told on the clock face before "past" or "to" an hour ("half past six", "a quarter to six",
#: "twenty past two").
CLOCK_FACE_MINUTES: dict[str, int] = {
    "half": 30, "quarter": 15, "a quarter": 15, "twenty-five": 25, "twenty five": 25, "twenty": 20, "ten": 10,
    "five": 5,
}  # fmt: skip

#: Minutes spelled after an hour word ("four thirty", "ten forty-five"); only these common ones, so that
#: "two twenty-year-olds" stays a count.
CLOCK_MINUTE_WORDS: dict[str, int] = {"fifteen": 15, "thirty": 30, "forty-five": 45}

_MINUTE_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_MINUTE_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_MINUTE_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

#: Minutes said after a spoken hour when "a.m." or "p.m." follows them ("seven thirty p.m.", "eight
#: fifty-two p.m.", "six oh five a.m."): only the half of the day written after them makes them a clock.
CLOCK_SPOKEN_MINUTES: dict[str, int] = {
    **{f"oh {word}": value for word, value in _MINUTE_ONES.items()},
    **_MINUTE_TEENS,
    **_MINUTE_TENS,
    **{
        f"{tens}{sep}{one}": t + o
        for tens, t in _MINUTE_TENS.items()
        for one, o in _MINUTE_ONES.items()
        for sep in ("-", " ")
    },
}

#: Minutes counted with their unit before "past" or "to" an hour ("eleven minutes past eleven",
#: "three minutes to nine"): with "minutes" said, any count below an hour is a clock face.
CLOCK_COUNTED_MINUTES: dict[str, int] = {
    "one": 1,
    "a": 1,
    **{word: value for word, value in CLOCK_SPOKEN_MINUTES.items() if not word.startswith("oh ")},
    **_MINUTE_ONES,
}

#: Spoken hedges between a preposition and a spelled clock time ("at like two in the morning", "at
#: exactly four thirty"): the preposition still makes the hour word a time.
CLOCK_HEDGES: frozenset[str] = frozenset({"like", "exactly", "precisely", "just"})

#: Hedges between "it was" and a clock face told in speech ("it was maybe five past six", "it's gone
#: twenty to eleven").
SPOKEN_CLOCK_HEDGES: frozenset[str] = frozenset(
    {"maybe", "perhaps", "probably", "about", "around", "nearly", "almost", "just", "gone", "already"}
)

#: Word stems that make "by ten to one" earlier in the clause a ratio, not a clock time: "outnumbered
#: them by about ten to one", "won by five to one", "a majority of three to one", "odds of two to one".
RATIO_CUE_STEMS: tuple[str, ...] = (
    "outnumber",
    "outvote",
    "outgun",
    "outspent",
    "outsold",
    "majority",
    "margin",
    "odds",
    "ratio",
    "voted",
    "won ",
    "beat ",
    "defeated",
    "lost ",
)

#: Nouns whose "of" takes a bare day of the month: "the morning of the 2nd", "your letter of the 14th".
DAY_OF_MONTH_OF_HEADS: frozenset[str] = frozenset(
    {"morning", "afternoon", "evening", "night", "dawn", "letter", "note", "telegram", "cable", "events"}
)

#: Subject pronouns: "Some days we sold ten loaves" opens its clause with "some days" as an adverb of
#: how often (on some days), not a length.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"i", "we", "you", "he", "she", "it", "they"})

#: Words opening a clause's subject after a year said in words ("in two thousand and five somebody put
#: ...", "back in two thousand and nine the club ..."), which a count of things is not followed by.
SPOKEN_YEAR_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"somebody", "someone", "everybody", "everyone", "nobody", "the", "my", "our", "his", "her", "their",
     "there"}
)  # fmt: skip

#: Words after "now and" that make the pair the idiom of "at times" ("could be seen now and then", "every
#: now and again"), not the present; after one of NOW_CONTRAST_LEADS the two are times set side by side
#: ("the gap between now and then").
OCCASIONAL_NOW_TAILS: frozenset[str] = frozenset({"then", "again"})
NOW_CONTRAST_LEADS: frozenset[str] = frozenset({"between", "both"})

#: Nouns after "seconds of" or "minutes of" that make the units sixtieths of a degree, not of time ("1.75
#: seconds of arc", "40 minutes of latitude").
ANGLE_OF_NOUNS: frozenset[str] = frozenset({"arc", "latitude", "longitude", "declination"})

#: Reference words that, opening a sentence before a comma, mark a turn in the talk rather than the
#: present ("Now, in other news", "Now, he says, ..."; the TimeBank/AQUAINT annotation leaves them).
DISCOURSE_OPENERS: frozenset[str] = frozenset({"now"})

#: Headings of an anniversary column whose entries are labelled by year alone ("ON THIS DAY: 22
#: November / 1963: Kennedy is shot ... at 12.30pm"): each entry tells the writer's day and month in its
#: year, so a clock time or "the next day" in it counts from that day.
ON_THIS_DAY_HEADINGS: frozenset[str] = frozenset(
    {"on this day", "on this date", "this day in history", "today in history", "on this day in history"}
)

#: Words that open an age set off by commas after such an opener, which makes it the present of the
#: person told of ("Now, at 59, she chairs the trust", "Now, aged 81, he lives in Leeds").
AGE_APPOSITION_WORDS: frozenset[str] = frozenset({"at", "aged", "age"})
#: Last words of an aside that sets "Now," beside another time ("Now, as a century ago,", "Now, as then,",
#: "Now, as in 1925,"): the "now" is the present compared with that time, not an opener of the talk.
NOW_COMPARED_TIME_WORDS: frozenset[str] = frozenset(
    {"ago", "then", "before", "earlier", "once", "ever", "always", "previously", "formerly"}
)

#: Prepositions after which a bare "two thousand" is the year 2000 ("since two thousand,"), where "by",
#: "than" or "of" before it count ("rose by two thousand").
SPOKEN_BARE_YEAR_PREPOSITIONS: frozenset[str] = frozenset({"in", "since", "until", "till"})

#: Prepositions of the idiom "over the weekend" (the weekend just past or coming): a that- or when-clause
#: after it ("said over the weekend that he ...") is the verb's, not a relative clause on "weekend".
WEEKEND_IDIOM_PREPOSITIONS: frozenset[str] = frozenset({"over", "during", "at"})

#: Words before a bare plural unit that make it part of a counted or determined phrase ("the days before
#: the vote", "those weeks after the war"), not a length on its own.
UNIT_COUNT_WORDS: frozenset[str] = frozenset(
    {"the", "those", "these", "many", "some", "few", "more", "of", "full", "whole", "entire", "final", "last",
     "first", "early", "long", "dozen", "hundred", "thousand", "his", "her", "their", "its", "our", "my", "your"}
)  # fmt: skip

#: Words of a game being played or reported: in their sentence "the second half", "the fourth quarter"
#: are periods of play ("scored twice in the second half", "trailed at half-time"), not of the year.
#: Comparatives of time that, before "than", compare lengths rather than count to a date: "freeze 11
#: days later than in the 1920s".
TIME_COMPARATIVES: frozenset[str] = frozenset({"later", "earlier", "sooner"})
#: The word that opens the second term of a comparison.
COMPARISON_WORD = "than"
#: Words that make a compared length a rate after it: "the month comes 11 days earlier each year".
RATE_QUANTIFIERS: frozenset[str] = frozenset({"each", "every", "per"})

#: Words of a race in a sentence that make "the second half" half of the race, not of a year ("went
#: through halfway in 1:10:28 and ran the second half alone").
RACE_HALF_WORDS: frozenset[str] = frozenset(
    {"halfway", "half-way", "marathon", "marathons", "lap", "laps", "split", "splits"}
)

#: Words before "a century" or "centuries" that make it a batsman's hundred runs ("scored a century on
#: the third day", "made a maiden century"), unless "of" follows ("made a century of progress").
CENTURY_OF_RUNS_LEADS: frozenset[str] = frozenset(
    {"scored", "score", "scores", "scoring", "made", "make", "makes", "making", "hit", "hits", "hitting",
     "struck", "posted", "compiled", "maiden"}
)  # fmt: skip
#: Prepositions of a length before "centuries" or "two centuries" that keep it a length of time even in a
#: sentence of batting ("the batsmen had played on that green for two centuries").
CENTURY_LENGTH_LEADS: frozenset[str] = frozenset({"for", "over", "across", "through", "spanning", "within"})
#: Words of batting in a sentence that make its "centuries" hundreds of runs ("3,612 runs at an average
#: of 38.0, including eight centuries"), as a count of runs ("3,612 runs") does.
CENTURY_OF_RUNS_WORDS: frozenset[str] = frozenset(
    {"innings", "wickets", "batsman", "batter", "batters", "batsmen", "batted", "batting"}
)

#: Words before "year was 2011" that make the number a count in that year, not the year ("Attendance
#: that year was 1800", "the cost per year was 1500"); other noun phrases ending in "year" name it ("Her
#: best year was 2011").
YEAR_COUNT_LEADS: frozenset[str] = frozenset(
    {"that", "this", "each", "every", "per", "a", "an", "one", "last", "next", "same",
     # a preposition: the noun phrase is no subject ("Attendance in the first year was 1800", "the total
     # for the year was 2500")
     "in", "for", "during", "of", "over", "by", "from", "through", "throughout"}
)  # fmt: skip

#: Words before "2:11:04" that make it the time a race took, not a clock time: "won in 2:11:04", "the
#: record of 2:29:15", "clocked 2:05:33".
RACE_TIME_LEADS: frozenset[str] = frozenset(
    {"in", "of", "clocked", "timed", "ran", "finished", "record", "best", "time", "winning"}
)
#: Articles before a timing that only a watch gives ("the lap record, a 1:13.622", "a 2:09:47 for second"):
#: with a fraction of a second or with hours, minutes and seconds it is a length; "a 25:20 lead" is a score.
RACE_TIME_ARTICLES: frozenset[str] = frozenset({"a", "an"})

# "on the middle Sunday", "the opening Monday" of a tournament: its own weekday, the day itself (the
# earlier gold sets tag the whole phrase as that day); "the final Sunday of June" is left to the
# ordinal weekday rules
EVENT_WEEKDAY_ORDINALS: frozenset[str] = frozenset({"opening", "middle", "closing"})
#: Words of a stage before "the" and a plural unit that make an unspecified stretch of an event or a time
#: ("the first weeks of the war", "in the last months of the war", "the closing years of the century").
STAGE_SPAN_WORDS: frozenset[str] = frozenset({"first", "early", "final", "last", "opening", "closing"})
#: Nouns of an event whose possessive before a stage word and a plural unit makes a stretch of the event, as
#: "the last months of the war" is ("the war's final months", "the siege's last weeks"); a person's
#: ("Lincoln's final months", "her last years") is a stage of a life and is left be.
STAGE_POSSESSOR_NOUNS: frozenset[str] = YEAR_SPAN_EVENT_NOUNS | frozenset(
    {"battle", "reign", "trial", "voyage", "journey", "regime", "presidency", "dynasty", "empire",
     # a span of the calendar, as "the closing years of the century" is ("the century's closing years",
     # "the year's final months", "the decade's last years", "the season's final weeks")
     "year", "decade", "century", "season"}
)  # fmt: skip
#: Determiners before "one" that make it a pronoun, not a count opening a rate ("wrote to each one a month
#: after she left" is a length; "sold one a month" a rate).
PRONOUN_ONE_LEADS: frozenset[str] = frozenset(
    {"each", "every", "any", "no", "this", "that", "which", "another"}
)
#: Verbs after a plural season or part of the day after "and" that make it the subject of a new clause
#: ("worked in the mornings and the evenings were free"), not a second set sharing the first one's verb.
PLURAL_SUBJECT_VERBS: frozenset[str] = frozenset(
    {"were", "are", "had", "have", "seemed", "grew", "became", "remained", "passed", "went", "brought",
     "could", "would", "might", "will", "did"}
)  # fmt: skip
#: Words after a count of years that make it a difference of ages, not a length ("twelve years her senior",
#: "five years his junior", "ten years younger than his wife", "two years his elder").
AGE_DIFFERENCE_WORDS: frozenset[str] = frozenset({"older", "younger", "elder", "senior", "junior"})

# "the coming weekend", "the upcoming weekend": the first weekend still ahead of now, this week's on a
# weekday ("next weekend" keeps the weekend of the week after)
COMING_WEEKEND_WORDS: frozenset[str] = frozenset({"coming", "upcoming", "forthcoming"})

#: Prepositions that open a sentence with a month before the past act it dates ("In February, the boat
#: sank", "During March the ferry ran aground"), and the words that may come before one ("Back in
#: February", "Then in March"): the month of that act, however far back it is.
OPENING_MONTH_PREPOSITIONS: frozenset[str] = frozenset({"in", "during", "throughout"})
OPENING_MONTH_LEADS: frozenset[str] = frozenset({"back", "then", "and", "but", "also"})

#: "his previous best was 2:11:05", "the record is 2:06:50": a copula between a race-timing noun of
#: RACE_TIME_LEADS and the time still leads a race time.
RACE_TIME_COPULAS: frozenset[str] = frozenset(
    {"was", "is", "were", "are", "remains", "remained", "stood", "stands"}
)

SPORT_CONTEXT_WORDS: frozenset[str] = frozenset(
    {"match", "matches", "game", "half-time", "halftime", "full-time", "scored", "scoring", "equaliser",
     "equalizer", "goalkeeper", "goalscorer", "referee", "touchdown", "touchdowns", "quarterback", "innings",
     "wicket", "wickets", "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "semi-final",
     "semi-finals", "semifinal", "semifinals", "kick-off", "kickoff", "midfielder", "winger", "free-kick",
     "playoff", "playoffs", "play-off", "play-offs", "stadium", "whistle",
     # basketball's: "had 22 points and 14 rebounds before fouling out in the fourth quarter"
     "rebounds", "assists", "three-pointer", "three-pointers", "fouled", "fouling", "tip-off", "buzzer"}
)  # fmt: skip

#: Nouns naming an award's winner or entry before "of the year" ("player of the year", "Wisden's
#: cricketers of the year", "album of the year"): a title, not a time.
AWARD_TITLE_NOUNS: frozenset[str] = frozenset(
    {"player", "players", "coach", "coaches", "manager", "managers", "rookie", "rookies", "cricketer",
     "cricketers", "footballer", "footballers", "athlete", "athletes", "sportsman", "sportswoman",
     "sportsperson", "personality", "person", "man", "woman", "album", "song", "car", "goal", "entertainer",
     "teacher", "employee", "citizen", "newcomer", "comeback", "performer", "jockey", "trainer", "horse",
     "driver", "rider", "cyclist", "swimmer", "boxer", "golfer", "umpire", "referee", "executive",
     # the arts' and trades' prizes: "record of the year", "designer of the year", "book of the year"
     "record", "records", "artist", "artists", "designer", "designers", "book", "books", "novel", "band",
     "film", "single", "songwriter", "producer", "photographer", "actor", "actress", "writer", "author",
     "chef", "restaurant", "model"}
)  # fmt: skip

#: Words that rank a noun within a period named after "of" ("the hottest day of the year in London",
#: "her last race of the season"), besides the ordinals.
RANKING_WORDS: frozenset[str] = frozenset(
    {"most", "least", "last", "only", "best", "worst", "biggest", "largest", "highest", "lowest", "hottest",
     "coldest", "warmest", "wettest", "driest", "busiest", "longest", "shortest", "fastest", "slowest",
     "strongest", "weakest", "deadliest", "greatest", "smallest", "heaviest", "latest", "earliest",
     "costliest", "quietest", "sunniest", "snowiest", "windiest", "best-selling", "top-selling",
     "best-attended", "most-watched"}
)  # fmt: skip

#: Words after "a" or "an" that make the time after them any such time, not one ("On a typical morning",
#: "on an ordinary weekday", "In a normal August we would expect 15").
TYPICAL_OCCASION_WORDS: frozenset[str] = frozenset({"typical", "normal", "ordinary", "average", "usual"})

#: Ranking words before a bare month that make it one of a kind ("the hottest July on record", "its
#: wettest June since 1910"): a description of that month of any year, not a time ("last" and
#: "latest" are relative determiners).
MONTH_RANKING_WORDS: frozenset[str] = RANKING_WORDS - {"last", "latest", "most", "least", "only"}

#: Words of an event a weekday's possessive may name, in the capitalised name or as the noun after it
#: ("Sunday's Malaysian Grand Prix", "Tuesday's Champions League tie", "Friday's Labor Department
#: report"): with one, the weekday is the event's day, not part of a title ("Friday's Child").
DAY_EVENT_WORDS: frozenset[str] = frozenset(
    {"prix", "cup", "open", "classic", "marathon", "derby", "final", "finals", "semifinal", "semi-final",
     "playoff", "play-off", "game", "games", "match", "tie", "race", "bowl", "series", "championship",
     "championships", "tournament", "fixture", "clash", "primary", "primaries", "caucus", "caucuses",
     "election", "vote", "referendum", "debate", "summit", "meeting", "session", "hearing", "trial",
     "rally", "parade", "festival", "concert", "ceremony", "report", "figures", "data", "statement",
     "announcement", "decision", "ruling", "speech", "launch", "opener", "showdown", "encounter",
     # races of a meeting and days of a tour by their kind ("Wednesday's Champion Chase", "Saturday's
     # 1,000 Guineas", "Sunday's Queen Elizabeth Stakes", "Tuesday's Stage 16")
     "chase", "hurdle", "stakes", "handicap", "guineas", "trophy", "stage", "regatta"}
)  # fmt: skip

#: First words of an event named after its year at a sentence's opening ("The 2028 Games", "The 2030 World
#: Cup", "The 2019 Tour"): the dates without a year later in that sentence are in the event's year; a
#: statute or a report named by its year ("The 1998 Act came into force in October 2000") is not one.
EVENT_OF_YEAR_HEADS: frozenset[str] = frozenset(
    {"games", "olympics", "olympic", "paralympics", "paralympic", "winter", "summer", "commonwealth",
     "world", "european", "asian", "cup", "championship", "championships", "open", "masters", "tour",
     "giro", "vuelta", "festival", "expo", "marathon", "grand", "rugby", "cricket", "ryder", "solheim",
     "super", "euro", "copa", "edition", "race", "regatta", "season"}
)  # fmt: skip

#: Words that may follow an event named by its year at a sentence's opening while it stays the subject
#: ("The 2028 Games will run", "The 2028 Games there run"), besides a verb form; a noun there heads a
#: subject of its own ("The 2026 World Cup draw", "the 2028 Games bid").
EVENT_OF_YEAR_VERB_LEADS: frozenset[str] = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were",
     "has", "have", "had", "there", "here", "itself", "themselves", "also", "then", "now", "already",
     "still", "finally", "run", "runs"}
)  # fmt: skip

#: Words after which "that" opens a clause rather than pointing at a day ("so that Sunday's final round
#: can finish", "said that Monday's vote was void"): "that Sunday's" after one of them is the weekday's
#: possessive, the coming or last one, not "that Sunday" of the story.
THAT_CLAUSE_LEADS: frozenset[str] = frozenset(
    {"so", "now", "such", "except", "given", "provided", "providing", "said", "says", "say", "told",
     "believe", "believes", "believed", "hope", "hopes", "hoped", "ensure", "ensures", "means", "meant",
     "confirmed", "announced", "insisted", "warned", "knew", "know", "knows", "think", "thinks",
     "thought", "expect", "expects", "expected"}
)  # fmt: skip

#: Market sessions a bare part of the day can qualify: "in morning trading", "afternoon dealings" name the
#: session of the day being reported, not of the day last mentioned.
MARKET_SESSION_NOUNS: frozenset[str] = frozenset({"trading", "trade", "dealings", "deals"})
#: Words before a working weekday and a market session noun that make it the session of that day ("in
#: Friday trading", "during Monday dealings", "in late Tuesday trade"); without one the weekday and the noun
#: are a compound naming every such session ("Friday trading hours", "Friday deals").
MARKET_SESSION_LEADS: frozenset[str] = frozenset({"in", "during", "early", "late", "after", "before"})

#: Nouns a part of the day qualifies after "the" ("the evening rush", "the morning commute", "the weekend
#: storm"): the article belongs to the noun, and the time is the part of the day (or weekend) alone.
QUALIFIED_BY_PART_OF_DAY: frozenset[str] = frozenset(
    {"rush", "rush-hour", "commute", "commuters", "traffic", "news", "newscast", "bulletin", "edition",
     "paper", "papers", "briefing", "session", "sessions", "shift", "shifts", "service", "services", "mass",
     "prayers", "flight", "flights", "train", "trains", "peak", "storm", "storms", "show", "broadcast",
     "tide", "tides",  # "followed on the evening tide": a landing's or a sailing's high water
     # sport's sessions: "the morning practice session", "the evening kick-off", "the morning heats"
     "practice", "warm-up", "warmup", "shootaround", "skate", "workout", "heats", "kick-off", "kickoff"}
)  # fmt: skip

#: Prepositions of a stretch through "the year" ("over the year", "during the year"): after a year the
#: sentence has just named ("rises in 2014 ... over the year"), the year is that one.
YEAR_THROUGHOUT_PREPOSITIONS: frozenset[str] = frozenset(
    {"over", "during", "through", "throughout", "across"}
)

#: Nouns a season qualifies after "the" ("the summer recess", "the spring round"): the article belongs to
#: the noun, and the time is the season alone.
QUALIFIED_BY_SEASON: frozenset[str] = frozenset(
    {"recess", "recesses", "break", "holiday", "holidays", "vacation", "session", "sessions", "sitting",
     "sittings", "round", "rounds", "season", "lineup", "lineups", "line-up", "schedule", "schedules",
     "collection", "collections", "outlook", "outlooks", "forecast", "forecasts", "flood", "floods",
     # wildlife's seasons and the counts of them: "the spring migration", "the autumn count"
     "migration", "migrations", "passage", "count", "counts", "survey", "surveys", "census",
     # a government's fiscal events named by their season: "the autumn statement", "the spring budget"
     "statement", "statements", "budget", "budgets",
     # football's registration periods named by their season: "the summer window"
     "window", "windows",
     # a village's or a school's yearly events named by their season: "the summer fair", "the spring fete"
     "fair", "fairs", "fete", "fetes",
     # a river's or a glacier's yearly regime named by its season: "the summer flow", "the spring melt"
     "flow", "flows", "melt", "runoff", "discharge"}
)  # fmt: skip

#: Compound nouns a season qualifies as QUALIFIED_BY_SEASON's nouns are ("the spring bank holiday", "the
#: summer half term"): the article belongs to the compound, and the time is the season alone.
QUALIFIED_BY_SEASON_COMPOUNDS: frozenset[str] = frozenset(
    {"bank holiday", "bank holidays", "half term", "half-term", "public holiday", "school holidays",
     # "the summer transfer window", "the winter registration window"
     "transfer window", "transfer windows", "registration window", "registration windows"}
)  # fmt: skip

#: Closed-class words ending in "s" that are no plural noun (auxiliaries, pronouns, adverbs): after "the
#: evening" they go on with the clause ("the evening was spent", "the night outdoors").
NON_NOUN_S_WORDS: frozenset[str] = frozenset(
    {"was", "has", "is", "does", "as", "us", "its", "his", "hers", "ours", "yours", "theirs", "always",
     "perhaps", "outdoors", "indoors", "upstairs", "downstairs", "besides", "towards", "afterwards",
     "backwards", "forwards", "nowadays", "sometimes", "thus", "unless", "whereas", "overseas",
     "nevertheless", "regardless", "alas", "yes", "less", "across", "once"}
)  # fmt: skip

#: The days of a run of strikes or closures ("each strike will begin at 3am", "each closure will start at
#: 8pm"): named in the bare plural ("Strikes begin at 3am, the union said") they are the one run being
#: announced, whose start is one day's, not a standing time of the run.
DISRUPTION_EVENT_NOUNS: frozenset[str] = frozenset({"strike", "walkout", "stoppage", "closure"})
#: Events of a run that "each" or "every" opening a sentence counts one by one ("Each show will run two
#: hours, with the support act on at 7:30 p.m."): a clock time told of them is that time of every one.
EACH_EVENT_NOUNS: frozenset[str] = frozenset(
    {"show", "performance", "concert", "gig", "screening", "game", "match", "session", "episode",
     "service", "class", "lesson", "meeting", "tour", "night", "evening", "matinee", "broadcast",
     # work done in turns and journeys of a timetable: "Each shift will last seven hours, and the runway
     # must be clear by 5.30am", "Each flight leaves at 9am"
     "shift", "flight", "sailing", "crossing", "departure",
     # a club's outings: "All walks start at 9.30am unless stated"
     "walk", "ride"}
) | DISRUPTION_EVENT_NOUNS  # fmt: skip
#: Verbs of taking up again what stopped ("Sailings resume at noon after the storm", "Classes restart at
#: 9am"): a bare plural before them tells the one day the run starts again, not a standing time.
RESUMING_VERBS: frozenset[str] = frozenset({"resume", "restart", "reopen"})

#: Nouns for a run of an activity that a season and a kind noun qualify ("the fall auction season", "the
#: summer movie season"): the time is the season alone.
ACTIVITY_SEASON_NOUNS: frozenset[str] = frozenset({"season", "seasons"})

#: Nouns a bare season makes a kind of thing of ("rows over winter fuel payments", "during summer
#: school", "after summer camp"): no particular season is meant.
SEASON_KIND_NOUNS: frozenset[str] = frozenset(
    {"fuel", "clothing", "clothes", "coats", "coat", "tyres", "tires", "boots", "school", "schools", "camp",
     "camps", "job", "jobs", "sports", "wear", "gear", "crops", "wheat"}
)  # fmt: skip

#: Military operations a season names ("the spring raids", "their summer offensive", "the winter
#: campaign"), and the waves of an epidemic it names ("the autumn wave"): the name of the event, untagged
#: unless a year dates it ("the summer offensive of 1916").
SEASON_OPERATION_NOUNS: frozenset[str] = frozenset(
    {"offensive", "offensives", "raids", "campaign", "campaigns", "counteroffensive", "counter-offensive",
     "blitz", "bombing", "push", "wave", "waves"}
)  # fmt: skip

#: Words before or in a double year that make it one academic year ("the academic year 1931-32", "the
#: winter semester of 1889/90", "a sabbatical year in 1947-48"), which opens in the autumn of its first
#: year: a month or season told next without a year lies in the year it opens or in the one it ends in.
ACADEMIC_YEAR_CUES: frozenset[str] = frozenset(
    {"academic", "school", "semester", "semesters", "sabbatical", "session", "term", "terms"}
)
#: The month an academic year opens in, September in most of the English-speaking world.
ACADEMIC_YEAR_FIRST_MONTH = 9

#: Nouns after "year" that make it a school's class of one age ("send some year groups home", "one year
#: group at a time"): a cohort of pupils, no length. A capitalised "Year" before a number does the same
#: ("Some Year 7 pupils", "one Year 10 class"), as "Year 11" alone is no date.
YEAR_GROUP_NOUNS: frozenset[str] = frozenset({"group", "groups", "grouping", "groupings"})

#: Movable feasts whose plural "holidays" are the weeks a school shuts round them ("the Easter holidays",
#: "over the Whitsun holidays"), set by each school, no day of the feast's own, as "the summer holidays" are
#: no season; a feast kept for a day or two keeps its day ("the Eid holidays", "the Thanksgiving holiday"),
#: and "the Christmas holidays" keep the fixed feast's day (blind_narrative_54).
SCHOOL_HOLIDAY_FEASTS: frozenset[str] = frozenset({"easter", "whitsun"})

#: Academic periods a season names ("the autumn term", "the spring semester"): a school's own calendar,
#: which does not keep to the season (a spring term starts in January), so no time of its own. A college
#: that divides its year into four quarters names them so too ("taught in the spring quarter of 1969", "the
#: winter and spring quarters"), and an army's "winter quarters" are its lodging, no season either.
SEASON_NAMED_TERMS: frozenset[str] = frozenset(
    {"term", "terms", "semester", "semesters", "trimester", "trimesters", "quarter", "quarters"}
)

#: Nouns after "quarter" that make a compound of their own, no quarter of a year: "the quarter days" (the
#: four days rents fell due), "the quarter sessions" (a court held each quarter).
QUARTER_COMPOUND_NOUNS: frozenset[str] = frozenset({"day", "days", "sessions"})

#: Days a season names ("the winter solstice", "the spring equinox"): a day of the sun's course, not the season.
SEASON_TURNING_DAYS: frozenset[str] = frozenset({"solstice", "solstices", "equinox", "equinoxes"})

#: Nouns after "spring" that give it its other senses, the tide at new and full moon ("the next spring
#: tide"), water from the ground, a coil, a young plant ("spring onions"): no season.
SPRING_SENSE_NOUNS: frozenset[str] = frozenset(
    {"tide", "tides", "water", "waters", "onion", "onions", "roll", "rolls", "chicken", "balance",
     "balances", "mattress", "mattresses", "steel", "washer", "washers", "loaded", "greens"}
)  # fmt: skip

#: Words of business and economic reporting: with one in the sentence a half or quarter stays a period of
#: the year even beside a sports word ("the club's revenue rose in the second half", "to match profit").
REPORTING_PERIOD_WORDS: frozenset[str] = frozenset(
    {"profit", "profits", "revenue", "revenues", "sales", "earnings", "income", "loss", "losses", "margin",
     "margins", "growth", "output", "demand", "dividend", "dividends", "fiscal", "economy", "inflation",
     "percent", "forecast", "forecasts", "guidance", "results", "turnover", "shares", "investors"}
)  # fmt: skip

#: Nouns of a reported change ("after growth of 0.7% in the first quarter", "after a 0.4% rise in May"):
#: a period after "after" and one of them with its figure is the base the new figure follows.
CHANGE_FIGURE_NOUNS: frozenset[str] = frozenset(
    {"growth", "rise", "rises", "fall", "falls", "gain", "gains", "drop", "drops", "decline", "declines",
     "increase", "increases", "decrease", "decreases", "contraction", "expansion", "jump", "slump", "dip",
     "loss", "losses", "climb", "slide", "advance", "surplus", "deficit"}
)  # fmt: skip

#: Weather words that describe a weekend in a forecast or a report of the one just past ("a dry and
#: sunny weekend", "a wet, windy weekend"): with one of them "a ... weekend" is a particular weekend.
WEATHER_ADJECTIVES: frozenset[str] = frozenset(
    {"dry", "sunny", "wet", "rainy", "warm", "cold", "hot", "mild", "windy", "stormy", "cloudy", "chilly",
     "bright", "grey", "gray", "unsettled", "snowy", "foggy", "frosty", "humid", "muggy", "showery", "cool",
     "settled", "freezing", "damp", "breezy", "dull", "icy", "scorching", "sweltering", "blustery", "wintry",
     "soggy", "sunshine-filled", "fine", "fair", "drizzly", "overcast", "balmy", "washed-out", "wet-weather"}
)  # fmt: skip

#: Words that tell how a season went or will go for someone ("we have had a hard winter", "after a
#: difficult winter", "a busy summer"): with "a" and one of them before it, after one of
#: SEASON_EXPERIENCE_LEADS, a bare season ending its phrase is a particular season, as it is after a
#: weather word ("a hot summer"), while "a hard winter coat" stays a kind of coat.
SEASON_EXPERIENCE_ADJECTIVES: frozenset[str] = frozenset(
    {"hard", "tough", "difficult", "busy", "quiet", "long", "brutal", "harsh", "bad", "good",
     "great", "successful", "disappointing", "miserable", "testing", "turbulent", "rough", "frustrating",
     "memorable", "challenging", "torrid", "productive", "hectic", "eventful", "lean", "bumper"}
)  # fmt: skip

#: Words before "a" and one of SEASON_EXPERIENCE_ADJECTIVES that make the season one lived through ("we have
#: had a hard winter", "after a difficult winter", "came through a tough summer"); after a copula ("It was
#: a hard winter") the words only describe a season.
SEASON_EXPERIENCE_LEADS: frozenset[str] = frozenset(
    {"had", "have", "has", "having", "after", "through", "endured", "survived", "suffered", "enjoyed",
     "spent", "following"}
)  # fmt: skip

#: Those of SEASON_EXPERIENCE_LEADS that put the season in the past, whatever the clause's tense ("we have
#: had a hot summer", "after a difficult winter, the club is rebuilding"); "have a busy summer" and
#: "having a hard winter" may be ahead or now.
SEASON_LIVED_THROUGH_LEADS: frozenset[str] = SEASON_EXPERIENCE_LEADS - {"have", "has", "having"}

#: Words that may stand among the weather words before "weekend": "a mostly dry but cool weekend".
WEATHER_ADJECTIVE_LINKS: frozenset[str] = frozenset(
    {"and", "but", "yet", "mostly", "largely", "very", "fairly", "rather", "quite", "generally", "mainly",
     "relatively", "unusually", "unseasonably", "pretty", "extremely", "really", "mild-to", "bit"}
)  # fmt: skip

#: Words that cannot be the object of "before" or "after": after "the day before" one of them ("had sailed
#: the day before for the islands", "left the day before and") leaves the phrase a day counted back from
#: the day just told, not a day before some event.
NON_OBJECT_WORDS: frozenset[str] = frozenset(
    {"for", "to", "in", "at", "on", "with", "from", "by", "into", "onto", "as", "and", "but", "or", "so",
     "when", "while", "because", "until", "till", "toward", "towards", "across", "aboard", "near",
     # "exiled the year before after a rising": one preposition of time cannot be the object of another
     "after", "during"}
)  # fmt: skip

#: Capitalised words before "time" after a clock time that open a sentence rather than name a place whose
#: clock it is ("at 7 p.m. The time had come", "until 9 p.m. Each time"); "9 a.m. Washington time" is a zone.
NOT_PLACE_NAMES: frozenset[str] = frozenset(
    {"the", "this", "that", "a", "an", "each", "every", "some", "any", "no", "one", "what", "next", "last",
     "first", "by", "at", "in", "on", "from", "for", "half", "full", "his", "her", "their", "its", "our",
     "my", "your", "it", "he", "she", "they", "we", "i", "you", "and", "but", "local", "standard", "summer",
     "daylight", "lunch", "dinner", "closing", "opening", "prime", "extra", "injury", "added", "high"}
)  # fmt: skip

#: Informal spellings of unit and part-of-day words that rules spell out one by one ("last wk", "next
#: wknd", "this arvo", "last nite", "for hrs") -> the word they stand for.
INFORMAL_UNIT_WORDS: dict[str, str] = {
    "wk": "week", "wknd": "weekend", "wkend": "weekend", "yr": "year", "mth": "month", "nite": "night",
    "arvo": "afternoon",
    # "the next dawn", "the following daybreak": a story's next morning named by its first light
    "dawn": "morning", "daybreak": "morning",
    "hrs": "hours", "mins": "minutes", "wks": "weeks", "yrs": "years",
}  # fmt: skip

#: Words before "the 14th" alone that make it a day of the month in context ("by the 28th", "not back
#: till the 16th"); "about" counts after "how" or "what" ("what about the 21st?").
DAY_ONLY_LEADS: frozenset[str] = frozenset(
    {"on", "by", "until", "till", "til", "since", "before", "after", "from", "to", "due",
     # "the contract ends the 28th", "term starts the 5th": a day told right after a verb of ending or starting
     "ends", "starts",
     # "bombarded the town through the 10th", "fighting went on throughout the 11th"
     "through", "throughout", "during",
     # "I remember the 21st because a letter got through": a day of the story called to mind
     "remember", "remembered", "recall", "recalled",
     # "Ashby's entry for the 13th describes", "the meeting set for the 21st": a day something is for
     "for"}
)  # fmt: skip

#: Conjunctions that open a clause right after "the 21st" standing alone ("I remember the 21st because
#: a letter came", "the 9th, when"): never an ordinal's noun.
DAY_ONLY_CLAUSE_OPENERS: frozenset[str] = frozenset({"because", "when", "although", "whereas", "unless"})

#: Words just before opening hours written as two bare hours ("open daily 9-5", "Opening hours 10-6").
OPENING_HOURS_LEADS: frozenset[str] = frozenset({"open", "opening", "daily", "hours", "opens"})

#: Verbs of a state kept before "open late" ("is open late this weekend", "stays open late next week"):
#: "late" tells the hours kept, where "opens late next week" may date the opening to the week's end.
OPEN_STATE_VERBS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "'s", "stay", "stays", "stayed", "staying", "remain", "remains",
     "remained", "keep", "keeps", "kept"}
)  # fmt: skip

#: Comment adverbs that may follow "the 4th" closing a clause ("Pubs reopen on the 4th apparently"): no
#: ordinal's noun, so the ordinal stands alone as a day of the month.
DAY_ONLY_TRAILING_ADVERBS: frozenset[str] = frozenset(
    {"apparently", "hopefully", "probably", "possibly", "supposedly", "allegedly", "anyway", "anyways",
     "though", "tho", "too", "again", "instead", "already", "lol", "innit", "btw", "fyi", "ok", "yeah"}
)  # fmt: skip

#: Whether a weekday written in lower case ("see u thurs", "back friday") is still a weekday: in English
#: only the short forms that are also words ("sat", "sun", "wed", "mon") need a capital to be read so.
LOWER_CASE_WEEKDAYS_OK: bool = True

#: Words before a bare hour ("see you at 8", "doors at 8", "party from 8", "home after 6", "8ish but
#: prob 9") that make it a clock time; "@" counts as "at".
BARE_HOUR_LEADS: frozenset[str] = frozenset(
    {"at", "from", "after", "til", "till", "until", "by", "before", "between", "like", "prob", "probably",
     "maybe", "or"}
)  # fmt: skip
#: Words before "in" and a count with its unit left unsaid that make the count minutes in a chat message
#: ("b there in 5", "home in 10", "leaving in 2"); "won in 5" counts sets.
ELIDED_MINUTES_BEFORE: frozenset[str] = frozenset(
    {"there", "back", "home", "out", "ready", "down", "up", "here", "over", "round", "leaving", "off", "outside",
     "done", "be", "b"}
)  # fmt: skip

#: Words before a clock face told with the hour in digits ("ready by half 1", "til half 7", "at quarter to
#: 8") that make it a clock time; elsewhere "half 2 lemons" is an amount.
CLOCK_FACE_DIGIT_LEADS: frozenset[str] = frozenset(
    {"at", "by", "from", "til", "till", "until", "before", "after", "for", "since", "around", "about", "like"}
)  # fmt: skip
#: Verbs and nouns of a change in amount that take "by" for its size ("fell by a quarter to 9 million",
#: "cut by half", "a rise by a quarter"): after them "a quarter" or "half" is a fraction of the amount, not
#: a clock face, and a bare number no hour ("rose by 6").
CHANGE_BY_WORDS: frozenset[str] = frozenset(
    {"fell", "fall", "falls", "falling", "fallen", "rose", "rise", "rises", "rising", "risen", "cut", "cuts",
     "cutting", "dropped", "drop", "drops", "dropping", "increased", "increase", "increases", "increasing",
     "decreased", "decrease", "decreases", "grew", "grow", "grows", "growing", "grown", "reduced", "reduce",
     "reduces", "shrank", "shrunk", "shrinks", "declined", "decline", "declines", "climbed", "jumped",
     "slumped", "plunged", "soared", "slashed", "raised", "lowered", "boosted", "trimmed"}
) | CHANGE_FIGURE_NOUNS  # fmt: skip
#: Adverbs of a change that take "by" for its size ("up by a quarter", "down by half"); before a bare
#: hour they are as often where someone will be by then ("I'll be up by 6").
CHANGE_BY_ADVERBS: frozenset[str] = frozenset({"up", "down", "higher", "lower"})
#: Words that lead a bare hour only when a day follows it ("since 7 this morning"): alone "since 2 staff
#: were off" gives a reason and a count.
BARE_HOUR_WITH_DAY_LEADS: frozenset[str] = frozenset({"since"})
#: An almanac or a tide table names the event right before its reading, with no preposition ("Sunrise
#: 07:55", "Moon rises 19:40", "High water 06:42", "Low tide 13:05"); a tide's noun is its label only after
#: its level (`TIDE_LEVEL_WORDS`): "dilute with water 1:10" gives a ratio.
ALMANAC_READING_LABELS: frozenset[str] = frozenset(
    {"sunrise", "sunset", "moonrise", "moonset", "rises", "sets", "water", "tide"}
)
#: The nouns of a tide among those labels, and the levels that make them one ("high water", "low tide").
TIDE_LABEL_NOUNS: frozenset[str] = frozenset({"water", "tide"})
TIDE_LEVEL_WORDS: frozenset[str] = frozenset({"high", "low"})
#: Words that lead a 24-hour colon clock ("since 03:30") as "at" does; "since 2 staff" needs a day, a
#: colon reading does not.
COLON_CLOCK_LEADS: frozenset[str] = frozenset({"since"})
#: Labels of a clinical or log note's time, opening its line before a colon clock ("Time seen: 01:15",
#: "Time of death: 14:32", "Addendum 08:40: reviewed"): the time of the note's day.
CLOCK_LINE_LABELS: tuple[str, ...] = (
    "time", "time seen", "time of arrival", "arrival time", "time of death", "time of birth", "triage time",
    "time of onset", "onset time", "addendum", "time of incident", "incident time",
)  # fmt: skip

#: Verbs and labels of transport and service notices that take a 24-hour clock reading with no
#: preposition ("Service resumed 0945", "Next update 1100", "departs 0710"); like a clock preposition
#: they lead four digits only where a leading zero or the text's other 24-hour times make them a clock.
MILITARY_CLOCK_LEADS: frozenset[str] = frozenset(
    {"resumed", "resumes", "reopened", "reopens", "restored", "update", "departs", "departed", "departing",
     "arrives", "arrived", "arriving", "sails", "sailed"}
)  # fmt: skip

#: Services a timetable names by their departure time ("the 1815 sailing", "the 0930 departure"): four
#: digits between "the" and one of these are a 24-hour clock time, not a year.
TIMETABLED_SERVICE_NOUNS: frozenset[str] = frozenset(
    {"sailing", "sailings", "departure", "service", "train", "bus", "coach", "ferry", "flight", "tram",
     "crossing", "arrival"}
)  # fmt: skip

#: Words of a route after "the" and a zero-led time ("the 0930 from Ullapool", "the 0715 to Oban", "the
#: 0640 for Glasgow"): a departure named by its time, as "the 0930 departure" is.
SERVICE_ROUTE_WORDS: frozenset[str] = frozenset({"from", "to", "for"})

#: Short unit forms that notices and posts write glued to their count ("ETA 2hrs", "back in 20mins",
#: "a delay of 4hrs 20 mins") -> the unit of UNITS.
GLUED_UNIT_FORMS: dict[str, str] = {
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
    "wk": "week", "wks": "week", "yr": "year", "yrs": "year", "mth": "month", "mths": "month",
}  # fmt: skip

#: Labels a live page writes before an entry's own time stamp ("Updated 4:05 p.m. ET", "Posted 10:42").
ENTRY_STAMP_LABELS: frozenset[str] = frozenset(
    {"updated", "update", "published", "posted", "last updated", "first published"}
)  # fmt: skip

#: Words of a line that introduces a list of events by their clock times ("the company gave the following
#: timeline, all times UTC:", "Chronology of the outage:"): the times are those of the events it tells, on
#: the day the story gave them, not a live page's own stamps.
TIMELINE_INTRO_WORDS: frozenset[str] = frozenset({"timeline", "chronology"})

#: Hedges between a lead and a bare hour ("at about 8", "from around 7"): alone they lead amounts
#: ("lost about 9 percent").
BARE_HOUR_HEDGES: frozenset[str] = frozenset({"about", "around", "approximately", "roughly"})
#: How the words after a clock time open when they may name the morning it is in ("three o'clock on the
#: morning of 11 December", "at four the next morning"): a cheap test before the pattern that reads them.
MORNING_OF_A_DATE_OPENINGS: tuple[str, ...] = (
    " on the ", " in the ", ", on the ", " the next ", " the following ", " next "
)  # fmt: skip
#: Verbs of leaving, arriving, meeting, opening and closing that make a spelled hour after "at" closing its
#: clause a clock time ("left at four.", "opens at nine"); "started school at four" and "stood at four" are
#: an age and a level, so beginning and being are not among them.
SPOKEN_HOUR_MOVE_VERBS: frozenset[str] = frozenset(
    {"leave", "leaves", "left", "depart", "departs", "departed", "arrive", "arrives", "arrived", "meet",
     "meets", "met", "open", "opens", "opened", "reopen", "reopens", "reopened", "close", "closes", "closed",
     "shut", "shuts", "sail", "sails", "sailed", "dock", "docks", "docked"}
)  # fmt: skip

#: Leads that make a bare hour a clock time only right after another clock time ("8ish but prob 9",
#: "at 8 or 9"); elsewhere they lead counts ("maybe 9 people").
BARE_HOUR_AFTER_CLOCK_LEADS: frozenset[str] = frozenset({"like", "prob", "probably", "maybe", "or"})
#: Links that make a bare hour closing its clause a range's closing clock time right after the opening
#: one ("between 8 and 12.", "from 8 to 12 🙄"), not a count ("at 9 and 3 staff are on").
BARE_HOUR_RANGE_CLOSERS: frozenset[str] = frozenset({"and", "to"})

#: Things sold at a price, before "at" and a dotted figure ("Tickets at 12.50", "Seats at 10.50 and 12.50",
#: "Admission at 12.50"): the figure is their price, even in a text that writes its clock dotted ("7.30
#: p.m."). Not the nouns of a way in or a slot, which a timed listing gives a time ("Entry at 10.15 is for
#: members", "places at 10.30", "tables at 8.15", "rooms at 11.00 must be vacated").
PRICED_AT_NOUNS: frozenset[str] = frozenset(
    {"ticket", "tickets", "seat", "seats", "admission", "fare", "fares", "price", "prices", "priced", "costs",
     "cost", "menu", "menus", "programmes", "programs", "copies", "passes", "tokens"}
)  # fmt: skip

#: Verbs of a level before "at" ("inflation stood at 8", "was at 8 and rising"): the number is an amount.
LEVEL_VERBS: frozenset[str] = frozenset(
    {"stood", "stands", "stand", "standing", "remained", "remains", "remain", "held", "holds", "hold", "was",
     "is", "were", "are", "be", "been", "peaked", "capped", "rose", "fell", "reached", "aged", "age",
     "ranked", "rated", "priced", "valued", "set", "fixed", "pegged", "finished", "placed", "came", "number",
     "tied", "level", "even", "locked", "deadlocked", "knotted"}
)  # fmt: skip

#: Verbs of a level or its change that make a dotted figure after "to", "from" or "at" in their clause an
#: amount, not a 24-hour clock ("shares rose to 18.00", "prices fell from 10.50 to 12.30 euros").
DOTTED_AMOUNT_VERBS: frozenset[str] = frozenset(
    {"rose", "rises", "rise", "risen", "fell", "falls", "fall", "fallen", "climbed", "climbs", "dropped",
     "drops", "jumped", "jumps", "slipped", "slips", "gained", "gains", "lost", "closed", "ended", "traded",
     "trades", "eased", "eases", "edged", "slid", "soared", "plunged", "increased", "decreased", "raised",
     "lowered", "cut", "stood", "priced", "valued", "fixed", "quoted", "bid", "offered", "opened", "changed"}
)  # fmt: skip

#: Words right before "at" that close the telling of a change, so that a dotted figure after "at" with a day
#: after it is when the change came ("shares fell 3 per cent at 14.15 on Monday"): the unit of the change's
#: amount; a manner adverb in "-ly" closes it too ("rose sharply at 10.30 on Monday"). After any other word
#: the figure is the level reached ("closed at 10.30 on Monday", "ended the session at 12.40 on Friday").
DOTTED_CHANGE_DONE_AT_WORDS: frozenset[str] = frozenset(
    {"percent", "cent", "pct", "point", "points", "pts", "pence", "cents"}
)
#: "-ly" words that are no adverb of manner before "at" ("was only at 12.40").
DOTTED_CHANGE_NOT_MANNER: frozenset[str] = frozenset({"only"})

#: Prepositions after which a bare hour in "h" with no minutes is a 24-hour clock ("from 16h", "at 14h"); after
#: "by", "after", "within" or "for" it is English shorthand for hours ("delayed by 3h", "rested after 8h").
BARE_H_CLOCK_LEADS: frozenset[str] = frozenset({"at", "from", "to", "until", "till"})

#: Units after a dotted figure that make it an amount, not a 24-hour clock ("moved from 09.50 to 10.25
#: percent", "at 12.30 euros", "from 10.50 to 12.30 points").
DOTTED_AMOUNT_UNITS: frozenset[str] = frozenset(
    {"percent", "per cent", "pct", "point", "points", "pts", "degree", "degrees", "euro", "euros", "dollar",
     "dollars", "pound", "pounds", "pence", "cent", "cents", "franc", "francs", "yen", "seconds", "secs",
     "metres", "meters", "kilometres", "kilometers", "km", "kg", "kilos", "mph", "percentage"}
)  # fmt: skip

#: Nouns of what is held at an hour, before "is at" or "was at" a bare hour ("Party is at 2", "the
#: meeting was at 10"): the hour is a clock time, where after "inflation stood at 8" it is a level.
SCHEDULED_EVENT_NOUNS: frozenset[str] = frozenset(
    {"party", "dinner", "supper", "drinks", "lunch", "luncheon", "breakfast", "brunch", "meeting", "class", "lesson", "appointment", "kickoff", "kick-off",
     "show", "gig", "concert", "service", "practice", "rehearsal", "flight", "ceremony", "wedding", "interview",
     "exam", "final", "funeral", "match", "game", "doors", "call", "shift", "training", "fair", "fete", "f\u00eate",
     "sale", "auction", "parade", "festival", "carnival", "race", "races", "hearing", "hearings", "trial",
     "picnic", "barbecue", "quiz", "vigil", "recital", "premiere", "screening"}
)  # fmt: skip

#: Words before "day" that make it a day a plan sets ("the last scheduled day of action is Friday", "the
#: opening day is Monday"), and nouns that are such a day ("the deadline is Friday").
PLANNED_DAY_EDGES: frozenset[str] = frozenset({"last", "final", "first", "opening", "closing"})
PLANNED_DAY_NOUNS: frozenset[str] = frozenset({"deadline", "cut-off", "cutoff"})
#: Words right after such a day that tell whose or where it is ("our last day together is Friday", "his first
#: day back is Monday"); "at", "in" and "of" bring a noun of their own ("her last day at the firm is Friday").
PLANNED_DAY_AFTER_WORDS: frozenset[str] = frozenset({"together", "back", "here", "there", "home"})

#: Present forms of "be" that tell one month's weekday ("the vote is on the last Friday of the month"), where
#: any other present verb keeps a habit ("the club meets on the last Friday of the month": every month's).
WEEKDAY_OF_MONTH_COPULAS: frozenset[str] = frozenset({"is", "are", "'s", "\u2019s"})

#: Present verbs of a close or a deadline ("voting ends on the last Friday of the month", "the offer expires
#: on"): what closes does so once, so the weekday counted in "the month" is that month's, not every month's,
#: and a quarter still closing is the current one ("before the quarter closes").
CLOSING_VERBS: frozenset[str] = frozenset(
    {"ends", "closes", "expires", "finishes", "concludes", "lapses"}
)  # fmt: skip

#: Verbs of a place shutting for the day ("the kitchen closes at 9"), whose hour after an evening one is the
#: evening's.
VENUE_CLOSING_VERBS: frozenset[str] = frozenset({"close", "closes", "shut", "shuts"})

#: Nouns of a performance given its hour in a listing ("music at 7.30", "curtain at 7.45", "matinees
#: Wednesdays and Saturdays at 2.30", "doors at 7, show at 8"): a performance's hour told without a.m. or p.m.
#: is in the afternoon or evening ("doors at 8" alone may open a bakery, so "doors" is not one).
PERFORMANCE_NOUNS: frozenset[str] = frozenset(
    {"music", "show", "shows", "showtime", "performance", "performances", "screening", "screenings", "curtain",
     "curtains", "matinee", "matinees", "concert", "concerts", "gig", "gigs", "recital", "recitals"}
)  # fmt: skip

#: Words that may follow a clock time told as a bare figure ("music at 7.30 on Friday", "curtain at 7.45
#: nightly", "show at 2.30 and 7.30"): any other word after the figure is what it counts ("at 7.30 GHz").
CLOCK_TIME_FOLLOWERS: frozenset[str] = frozenset(
    {"on", "in", "at", "and", "or", "to", "until", "till", "til", "with", "for", "nightly", "daily", "tonight",
     "today", "tomorrow", "sharp", "prompt", "promptly", "onwards", "this", "next", "every", "weekdays",
     "weekends"}
)  # fmt: skip

#: Words around a bare hour of seven to eleven that make it an evening hour ("party at ours 2nite from 8",
#: "dinner at 8"); without them it is the morning's ("doors at 8").
EVENING_CUE_WORDS: frozenset[str] = frozenset(
    {"tonight", "tonite", "2nite", "evening", "night", "nite", "dinner", "supper", "party", "drinks", "social",
     "pub", "bar", "gig", "concert", "movie", "housewarming", "pm"}
)  # fmt: skip

#: Words asking a reader to telephone a number ("Tel. 41920 after 6pm", "ring 01632 960718 before 9am").
TELEPHONE_WORDS: frozenset[str] = frozenset({"tel", "telephone", "phone", "ring", "call"})
#: The words between a telephone number and the hours to call it in ("after 6pm", "between 9am and 5pm").
CALL_HOURS_SIGNALS: frozenset[str] = frozenset({"after", "before", "between", "from"})

#: Nouns after "last" of the last call a place takes before it closes ("Last orders are at 10.30", "Last
#: entry is at 4.45", "last admission is at 5.15"): its hour is late in the place's day, and of every day.
LAST_CALL_NOUNS: frozenset[str] = frozenset(
    {"orders", "order", "entry", "entries", "admission", "admissions", "admittance", "bookings", "booking",
     "seating", "sittings", "sitting", "call", "calls"}
)  # fmt: skip

#: Present verbs before "serving at" that make its hour the last call of a pub or a kitchen ("the pub stops
#: serving at 10.30"), as "last orders are at 10.30" is; "stopped serving at" tells one day's.
SERVICE_STOP_VERBS: frozenset[str] = frozenset({"stop", "stops", "finish", "finishes", "cease", "ceases"})

#: Nouns of a kitchen before its closing verb ("The kitchen closes at 9.30"): its last call, late in its day.
KITCHEN_NOUNS: frozenset[str] = frozenset({"kitchen", "kitchens"})
#: Words before "until" or "till" (or before "served" there) that make its hour a kitchen's last call ("Food
#: is served until 9", "We serve food till 9", "Hot food until 8.30"), as "last orders are at 10.30" is.
FOOD_SERVING_WORDS: frozenset[str] = frozenset({"serve", "serves", "serving", "food", "meals"})

#: Words that put a performance by day ("the matinee", "a lunchtime concert", "the Sunday morning show"): a
#: venue's doors opened for it before noon keep the morning ("Doors open at 11.45").
DAYTIME_SHOW_WORDS: frozenset[str] = frozenset(
    {"matinee", "matinees", "lunchtime", "lunch", "breakfast", "brunch", "morning", "mornings"}
)  # fmt: skip

#: Meals of the morning: a dotted hour they are held at is the morning's ("Breakfast is at 7.30.").
MORNING_MEALS: frozenset[str] = frozenset({"breakfast", "breakfasts"})

#: Prepositions that make "the week ahead", "the year ahead" a stretch from now ("the forecast for the
#: week ahead", "risks in the year ahead"); without one ("The week ahead at Westminster") it is a label.
AHEAD_SPAN_PREPOSITIONS: frozenset[str] = frozenset(
    {"for", "over", "in", "during", "through", "throughout", "across", "into"}
)

#: Greetings that tell a speaker's part of the day: a broadcast opening "Good evening. It's six
#: o'clock." tells an evening clock.
EVENING_GREETINGS: tuple[str, ...] = ("good evening",)

#: Short weekdays more often a name's word than a day when capitalised in running text ("Sun shipped
#: 28,000 systems", "the Sun reported"): days only when a date, clock time or "AM" follows ("Sun 3pm").
NAME_LIKE_WEEKDAYS: frozenset[str] = frozenset({"sun"})

#: Months written as Roman numerals after the day, as diarists and naturalists date their notes
#: ("14.iv.", "3.iii.1953", "21 xi 1884" is not taken: only the dotted form).
ROMAN_MONTHS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12
}  # fmt: skip

#: Words before a month/day written with a slash and no year ("on 3/9", "since 1/10", "due 2/1") that
#: make it a date; elsewhere "1/8" and "3/4" are as often fractions.
SLASH_DATE_LEADS: frozenset[str] = frozenset(
    {"on", "since", "until", "till", "til", "from", "before", "after", "through", "thru", "due", "by",
     "starting", "dated", "for", "of", "effective", "as", "closed", "open", "opens", "reopens"}
)  # fmt: skip

#: Words of software in a sentence that make a dotted figure with a short last part after a preposition a
#: release's number, not a day ("in the kernel since 2.6.32", "upgrade from 1.4.12 to 1.5.0"); not
#: "release" or "update", which news dates ("the report was released on 25.1.97").
SOFTWARE_RELEASE_WORDS: frozenset[str] = frozenset(
    {"version", "versions", "kernel", "patch", "patches", "patched", "upgrade", "upgraded", "upgrading",
     "downgrade", "firmware", "driver", "drivers", "software", "api", "sdk", "compiler", "plugin", "beta"}
)  # fmt: skip

#: Month/day pairs that name an event rather than a day of any year ("since 9/11").
SLASH_EVENT_NAMES: frozenset[str] = frozenset({"9/11", "7/7"})

#: Slashed pairs that are idioms, not days, though they could be read day first ("open 24/7").
SLASH_IDIOMS: frozenset[str] = frozenset({"24/7"})

#: Fractions after "by" or "for" ("cut by 1/3", "for 1/2 the price"): a share, not a day.
COMMON_FRACTIONS: frozenset[str] = frozenset({"1/2", "1/3", "2/3", "1/4", "3/4", "1/8", "3/8", "1/10"})

#: Office abbreviations for the end of a working day ("by EOD", "EOD Thurs", "COB Friday"): that day, with
#: mod END. Those that are also words ("cob") count only in capitals.
END_OF_DAY_WORDS: frozenset[str] = frozenset({"eod", "cob"})
END_OF_DAY_WORDS_IN_CAPITALS: frozenset[str] = frozenset({"cob"})

#: Modals after the hour in a rule for things done before or after it ("Letters posted after noon will
#: arrive", "Entries received after midnight cannot be counted"): the rule of every day.
RULE_OUTCOME_MODALS: frozenset[str] = frozenset(
    {"will", "shall", "should", "must", "may", "can", "cannot"}
)  # fmt: skip

#: The states a notice gives a run of weekdays ("Open Sun-Thu.", "The bar is closed Sun-Mon.", "The cafe is
#: shut Mon-Tue."): the days of every week it keeps.
NOTICE_HOURS_STATES: frozenset[str] = frozenset({"open", "closed", "shut"})

#: The two words that set a plural weekday against another as the one a schedule had ("instead of
#: Fridays", "rather than Sundays"), by the word right before the weekday.
PLURAL_WEEKDAY_ALTERNATIVE_LEADS: dict[str, str] = {"of": "instead", "than": "rather"}

#: Words of opening hours and working days before a plural weekday ("closed Mondays", "open Sundays",
#: "works Fridays", "off Tuesdays"): each of those days, as "on Mondays" is.
PLURAL_WEEKDAY_LEADS: frozenset[str] = frozenset(
    {"closed", "open", "opens", "closes", "shut", "work", "works", "worked", "working", "off", "busy", "free",
     # "I work from home Thursdays", "she's home Fridays": where one is on a standing day
     "home",
     "except", "excluding"}  # a standing rule's exceptions: "each day except Sundays"
)  # fmt: skip

#: Words before a single weekday that leave it out of a habit just told ("each morning except Saturday",
#: "open daily excluding Sunday"): the day is every such day, as "except Sundays" is.
SET_EXCEPTION_WORDS: frozenset[str] = frozenset({"except", "excluding"})
#: Words before a fixed feast that name it as one more day a standing rule covers ("open every day including
#: Christmas Day"): the feast is that day of any year, as one the rule leaves out is.
SET_INCLUSION_WORDS: frozenset[str] = frozenset({"including", "incl"})

#: Names that make a weekday a public holiday and belong to its expression ("on bank holiday Monday",
#: "the bank holiday Monday"): the day is the weekday read as usual, the name kept in its extent; "over
#: the bank holiday weekend" is the weekend read as "the weekend" is, named without its article.
WEEKDAY_HOLIDAY_LEADS: frozenset[str] = frozenset({"bank holiday"})

#: Units whose "the ... just gone" is the one that has just ended ("the weekend just gone", "in the year
#: just gone"), as "last week" is: Irish, British and Australasian usage.
JUST_GONE_UNITS: frozenset[str] = frozenset(
    {"week", "weekend", "month", "quarter", "year", "decade", "century"}
)

#: Words that may stand between the article and the unit of "the ... just gone" ("the financial year just
#: gone", "the full year just gone"): the last such period still; "the same/current/latest/past ..." is not.
JUST_GONE_ADJECTIVES: frozenset[str] = frozenset(
    {"full", "entire", "whole", "fiscal", "financial", "calendar", "academic", "school"}
)

#: Periods a month can close when counted back from it ("in the year to March", "the 12 months ended
#: June"): a past report of one is of the last such month, however far back.
PERIODS_CLOSED_BY_A_MONTH: frozenset[str] = frozenset({"year", "months", "quarter", "weeks", "period"})

#: Negated modals after "another <unit>" that make it a length, the subject of what its passing would do:
#: "Another month won't kill us", "another week wouldn't hurt", "another year cannot go by like this".
LENGTH_SUBJECT_NEGATED_MODALS: frozenset[str] = frozenset(
    {"won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "cannot", "couldn't",
     "couldn’t", "will not", "would not", "could not", "can not"}
)  # fmt: skip
#: Modals of a supposition after "another <unit>" that make it a length as the negated ones do: "Another month
#: would kill us", "another week could ruin the crop"; not before a verb of its arrival
#: (ARRIVAL_AFTER_SUPPOSING_MODAL).
LENGTH_SUBJECT_SUPPOSING_MODALS: frozenset[str] = frozenset({"would", "could", "might"})
#: Verbs of a time's arrival after such a modal: "another day would come when ...", "another day would dawn",
#: "another year would begin with the same debts": the unit is a later one that arrives, no length.
ARRIVAL_AFTER_SUPPOSING_MODAL: frozenset[str] = frozenset(
    {"come", "dawn", "break", "arrive", "begin", "start"}
)

#: Units a unit is one of after "another <unit> of the": "another day of the week", "another week of the
#: year" name a different part of the larger one, no length; "another week of the trial" is one more week
#: of what "of" names.
UNITS_HOLDING_ANOTHER: frozenset[str] = frozenset(
    {"day", "week", "month", "year", "season", "decade", "century"}
)
#: Nouns of choosing after "another <unit> of <possessive>": "another day of your choosing", "another week
#: of their choice" is a different day or week, no length.
CHOOSING_NOUNS: frozenset[str] = frozenset({"choosing", "choice"})


#: Verbs that move a show or a service to a standing weekday: "after moving to Fridays", "switches to
#: Sundays at 9 p.m.".
PLURAL_WEEKDAY_MOVING_VERBS: frozenset[str] = frozenset(
    {"move", "moves", "moved", "moving", "switch", "switches", "switched", "switching", "shift", "shifts",
     "shifted", "shifting", "return", "returns", "returned", "returning", "go", "goes", "went", "going",
     "change", "changes", "changed", "changing",
     # "late openings, extended to Wednesdays": a standing day added to a service's others
     "extend", "extends", "extended", "extending"}
)  # fmt: skip

#: Abbreviated units that make an idiom with "a" ("just a sec", "in a min", "hang on a sec"): a moment,
#: not a measured length.
MOMENT_UNIT_ABBREVIATIONS: frozenset[str] = frozenset({"sec", "min", "mo"})

#: Texting abbreviations of reference words, counted only in lower case ("RN" is a registered nurse).
LOWER_CASE_ONLY_REFERENCE_WORDS: frozenset[str] = frozenset({"rn"})

#: Leads after which a bare hour closing its clause is a clock time on its own ("see you at 8!!", "open
#: til 6."); after "from", "after", "by", "before" it is as often an amount ("won by 2.", "cut to 5 from 8.")
#: and needs a day told just before it ("Sat from 7").
BARE_HOUR_CLOSING_LEADS: frozenset[str] = frozenset({"at", "@", "til", "till", "until"})
#: Leads of a bare hour that close their clause only in a chat message ("everyone there by 6 on Sat",
#: "booked the pub for 7"), where a plan's hour is told with no a.m. or p.m.; elsewhere "fell by 6." and
#: "a table for 8" are counts.
CHAT_BARE_HOUR_LEADS: frozenset[str] = frozenset({"by", "for"})
#: Places booked for a time ("booked the pub for 7", "the restaurant for 8?"): a bare hour after "for"
#: and one of them is the hour booked; after "a table for 8" or "seats for 4" it counts people.
BOOKED_PLACE_NOUNS: frozenset[str] = frozenset(
    {"pub", "restaurant", "bar", "cafe", "café", "cinema", "venue", "club", "court", "pitch", "curry",
     "pizza", "dinner", "lunch", "brunch", "drinks"}
)  # fmt: skip
#: Comment adverbs after a bare hour that close its clause as a comma would ("doesn't come til about 9
#: anyway", "see you at 8 tho"); "scored at 9 again" stays a count.
BARE_HOUR_CLOSING_ADVERBS: frozenset[str] = frozenset(
    {"anyway", "anyways", "tho", "though", "btw", "hopefully", "probably", "apparently", "latest"}
)  # fmt: skip
#: Determiners of a year later in a holiday's clause that give the holiday its year ("Christmas falls on a
#: Wednesday [this] year", "Easter comes early [next] year"); "up on last year" compares instead.
HOLIDAY_CLAUSE_YEAR_DETERMINERS: frozenset[str] = frozenset({"this", "next"})
#: Words before "last year" later in a past holiday's clause that compare with that year rather than put
#: the holiday in it ("Christmas sales were up on last year", "Diwali trade beat last year", "the best
#: Easter of the past year"); "Easter was early last year" and "Christmas fell on a Monday last year" are
#: last year's feasts.
HOLIDAY_LAST_YEAR_COMPARING_WORDS: frozenset[str] = frozenset(
    {"than", "on", "over", "from", "against", "versus", "vs", "since", "the", "past", "of", "to", "with",
     "like", "beat", "beats", "outstripped", "exceeded", "topped", "matched", "did", "had", "as", "in"}
)  # fmt: skip
#: Words of a comparison anywhere between a feast and a later "last year" ("Christmas was busier than the
#: same period last year", "Easter bookings were ahead of the level seen last year"): the year compared with.
HOLIDAY_LAST_YEAR_COMPARISON_MARKERS: frozenset[str] = frozenset(
    {"than", "compared", "versus", "same", "ahead", "behind", "surpassing", "topping", "beating", "exceeding"}
)  # fmt: skip
#: Prepositions of place after a standing day's bare hour ("The club meets Thursdays at 8 in the hall",
#: "Fridays at 7 at the library"): where the gathering kept at that hour is held, so the days are a
#: schedule, as "Thursdays at 8, Backroom Theater" is; "Thursdays at 8 percent" stays an amount.
BARE_HOUR_PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "on", "near", "inside", "outside", "upstairs", "downstairs"}
)  # fmt: skip
#: Determiners after such a preposition that open the place ("in the hall", "at a cafe", "in our
#: kitchen"); a capitalised name ("at Riverside Library") is a place too.
BARE_HOUR_PLACE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "our", "their", "its", "his", "her"}
)
#: Nouns after such a preposition that rank, no place: "He finished Sundays at 3 in the standings", "at 2
#: on the table", "at 4 in the polls".
BARE_HOUR_RANKING_NOUNS: frozenset[str] = frozenset(
    {"standings", "standing", "table", "tables", "league", "leagues", "polls", "poll", "rankings", "ranking",
     "charts", "chart", "order", "list", "pecking", "queue", "world", "country", "nation", "division", "conference"}
)  # fmt: skip
#: Words after "of" that make a number before it a count of a whole ("at 8 of the 10 sites", "at 3 of
#: its plants"), not a bare hour.
COUNTED_WHOLE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "these", "those", "its", "their", "our", "his", "her", "your", "my", "all"}
)  # fmt: skip

#: Short words a title leaves in lower case ("Midnight at the Vanguard", "Twenty-Four Hours a Day").
TITLE_LOWER_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
     "as", "into", "upon", "over", "per", "via", "vs"}
)  # fmt: skip

#: Leads of a range named by both its ends: a range of clock times whose first hour borrows its half of the
#: day from the second ("from 4 to 7 p.m.", "between 9 and noon"), a span of bare seasons ("from autumn to
#: spring", "between spring and autumn").
RANGE_LEADS: frozenset[str] = frozenset({"from", "between"})
#: Words, by the range's lead, that go on to its second end: after them "from ten to six" / "between ten to
#: six" was the first end, 5:50 ("between ten to six and six", "from ten to six until seven"); "from" takes no
#: "and" ("worked from ten to two and then slept" is 10 to 2), nor "from spring and winter wheat" a span.
RANGE_SECOND_LINKS: dict[str, frozenset[str]] = {
    "from": frozenset({"to", "till", "til", "until", "through", "thru"}),
    "between": frozenset({"and"}),
}

#: Short weekdays that are English words ("mon" aside, "sat", "sun", "wed"): in lower case never days.
#: The others ("tue", "thu", "fri") are days in lower case after a word that leads a day ("see u on fri",
#: "til thu") or before its time ("fri 3pm").
WORD_LIKE_WEEKDAYS: frozenset[str] = frozenset({"mon", "wed", "weds", "sat", "sun"})
#: Determiners that make even a word-like short weekday in lower case a day ("this sat", "next wed"):
#: neither comes before the verb "sat" or the noun "mon"; "sun" stays a noun ("this sun").
WORD_LIKE_WEEKDAY_DETERMINERS: frozenset[str] = frozenset({"this", "next", "nxt"})
LOWER_CASE_WEEKDAY_LEADS: frozenset[str] = frozenset(
    {"on", "by", "til", "till", "until", "from", "before", "after", "since", "through", "thru", "or", "and", "-",
     "this", "next", "nxt", "last", "every", "each", "u", "you"}
)  # fmt: skip

#: Copulas before a month/day ("the return flight is 2/24"): a date when its second number cannot be a
#: fraction's or a score's denominator (13-31, but not 16, 20, 25); "the ratio is 2/3" is a fraction.
SLASH_DATE_COPULAS: frozenset[str] = frozenset({"is", "was", "'s", "are", "were"})
#: The copulas a month takes as a subject ("March was the mildest since 1957"): a month is one, so the
#: verb is singular; "March were beaten 3-1" has a plural subject (a side or a band), no month.
MONTH_SUBJECT_COPULAS: frozenset[str] = frozenset({"is", "was"})

#: Participles that say what became of a thing the writer knows the story from: "is known from the bodies
#: found two days later", "in the letters written a week later": the later time names the thing in passing.
EVIDENCE_PARTICIPLES: frozenset[str] = frozenset(
    {"found", "discovered", "recovered", "written", "published", "recorded", "collected"}
)

#: Pronouns a past participle and a year after them name a group by ("those condemned in 1692", "everyone
#: born in 1950"): the year names the group in passing; the story stays in the year it was in.
PARTICIPLE_GROUP_PRONOUNS: frozenset[str] = frozenset({"those", "everyone", "anyone", "all"})

#: What opens a clause of an alternative not taken: "attacked at once rather than wait for the next morning",
#: "instead of resting until Monday": a time in it is never reached, so the story does not move to it.
UNREALISED_ALTERNATIVE_LEADS: frozenset[str] = frozenset({"rather than", "instead of"})

#: Words before "a day of ..." that make it a kind of day, not a length: "it was a day of liberation",
#: "declared Friday a day of mourning".
KIND_OF_DAY_LEADS: frozenset[str] = frozenset(
    {
        "is",
        "was",
        "'s",
        "are",
        "were",
        "be",
        "been",
        "being",
        "as",
        "declared",
        "proclaimed",
        "named",
        "called",
    }
)
#: Verbs that keep or set a day of an observance ("the province kept a day of fasting", "observed a day of
#: mourning", "appointed a day of thanksgiving"): a kind of day when `OBSERVANCE_DAY_NOUNS` follows "of"
#: ("kept a day of rations in reserve", "observed a day of trading" stay lengths).
OBSERVANCE_DAY_VERBS: frozenset[str] = frozenset(
    {"kept", "keep", "keeps", "observed", "observe", "observes", "appointed", "appoint", "appoints"}
)
#: What a day kept or appointed is one of ("a day of fasting", "a day of prayer", "a day of remembrance").
OBSERVANCE_DAY_NOUNS: frozenset[str] = frozenset(
    {"fasting", "fast", "mourning", "thanksgiving", "prayer", "prayers", "humiliation", "remembrance",
     "silence", "rest", "reflection", "rejoicing", "celebration", "atonement", "penance", "solidarity"}
)  # fmt: skip
FRACTION_DENOMINATORS: frozenset[int] = frozenset({16, 20, 25})

# Words the anchoring rules read (chronology.timex.resolver).

#: Adverb particles of phrasal verbs ("pulled down", "set up") that may stand between a verb and its date.
VERB_PARTICLES: frozenset[str] = frozenset({"down", "up", "out", "off", "back", "over", "away", "apart"})

#: Verbs of reporting: "said Thursday" tells when the words were said, not when the act was.
REPORTING_CUES: frozenset[str] = frozenset(
    {"said", "told", "added", "announced", "reported", "confirmed", "stated"}
)

#: Verbs of saying or writing that attribute a quotation right after them to its speaker ("said on
#: Wednesday: ", "wrote: "): the quotation's "today", "yesterday" and "tomorrow" are the day it was said.
#: Auxiliaries of the future seen from a past day of saying in the past perfect ("had said on Tuesday that
#: the work would be finished by Friday"): the weekday after them is the first one after that day.
FUTURE_IN_THE_PAST_AUXILIARIES: frozenset[str] = frozenset({"would", "could"})

QUOTE_ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "told",
        "wrote",
        "added",
        "explained",
        "recalled",
        "declared",
        "insisted",
        "warned",
        "replied",
        "announced",
        "posted",
        "tweeted",
    }
)

#: Verbs of a statement put out in writing ("The following communiqué was issued at 10 p.m. last night:"):
#: a statement quoted after them as a paragraph of its own speaks from the day they name, as one after
#: "said" does.
ISSUED_STATEMENT_VERBS: frozenset[str] = frozenset({"issued", "released", "published", "circulated"})
#: Verbs of saying or publishing right before a "today" that closes its clause ("the society said today.",
#: "figures published today,"): the words or figures are of the day of writing.
REPORTED_TODAY_VERBS: frozenset[str] = REPORTING_CUES | ISSUED_STATEMENT_VERBS

#: Words between "every" and a unit that say which of the units recur: "every single day", "every clear
#: night", "every waking hour" ("worked in every spare hour" is how much, not when).
SET_UNIT_ADJECTIVES: frozenset[str] = frozenset({"single", "clear", "waking"})

#: Count words that make a length into a modifier of the next noun only when hyphenated: "a single-day
#: pass", while in "a protest meant to last a single day went on" the article belongs to the length.
HYPHENED_ONLY_COUNTS: frozenset[str] = frozenset({"single"})

#: Words opening a clause whose subject may be a year: "Whether 2024 beats it", "found that 2023 was".
YEAR_SUBJECT_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"whether", "if", "that", "because", "although", "though", "unless", "whereas"}
)

#: Words before a bare plural unit still to pass ("has years left to run", "with days left before").
UNITS_LEFT_LEADS: frozenset[str] = frozenset(
    {"has", "have", "had", "having", "with", "still", "only", "just"}
)

#: Verbs of saying, showing and knowing that take a that-clause: "the report had shown that May was a
#: record" opens a clause whose subject is the month, where "rain fell that May" points back at one.
THAT_CLAUSE_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "announced",
        "reported",
        "reports",
        "confirmed",
        "confirms",
        "stated",
        "shown",
        "showed",
        "shows",
        "show",
        "found",
        "finds",
        "find",
        "noted",
        "notes",
        "concluded",
        "estimated",
        "estimates",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "know",
        "knows",
        "knew",
        "warned",
        "argued",
        "suggested",
        "suggests",
        "revealed",
        "predicted",
        "predicts",
        "expect",
        "expects",
        "hoped",
        "feared",
        "claimed",
        "insisted",
        "agreed",
        "means",
        "meant",
        "proved",
        "indicated",
        "indicates",
        "recalled",
        "remembered",
        "learned",
        "realised",
        "realized",
    }
)

#: Verbs that frame a sentence as the news of the writer's days rather than a story told of the past:
#: "Sentencing him on Friday, the judge said", "Pruitt, who testified Wednesday, told jurors".
NEWS_FRAME_VERBS: frozenset[str] = frozenset(
    {"said", "says", "told", "tells", "added", "announced", "reported", "confirmed", "stated", "testified"}
)

#: Verbs telling how long something ran on, whose "until" clause names where it ended: "The siege
#: lasted nine months, until the town fell on 2 April 1865", "the strike dragged on until May".
SPAN_LASTING_VERBS: tuple[str, ...] = (
    "lasted",
    "continued",
    "went on",
    "dragged on",
    "held out",
    "ran on",
    # "The act stayed in force for more than a century, until its repeal in 1825": how long a law or
    # a practice outlived the story, told in passing
    "stayed in force",
    "remained in force",
    "stayed in use",
    "remained in use",
    # "a rescue plan in August 2007 gave it new credit until 2010, but sales in December fell": the term
    # of what was granted, told in passing
    "gave it",
    "gave them",
    "granted",
    "extended",
)

#: Words before "a second" that make it a length of time ("less than a second.", "for a second or two"),
#: where elsewhere "a second" is mostly an ordinal ("a second wave").
BRIEF_SPAN_LEADS: frozenset[str] = frozenset({"than", "for", "within", "under", "about", "only"})

#: Forms of "be" that make a verb after them passive ("were told to leave": an order, not a report).
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})

#: Cues of a future seen from the story's past ("would leave on Monday", "was to sail in May").
STORY_FUTURE_CUES: tuple[str, ...] = ("would", "'d", "\u2019d", "was", "were", "had")

#: Adverbs of the writer's own now, which a story told in the historical present does not use of its
#: own time ("I'm currently booked until March", "at the moment we are taking orders for May").
WRITERS_NOW_ADVERBS: frozenset[str] = frozenset({"currently", "at present", "at the moment"})

#: The auxiliary of the future ("wo" is the first half of "won't").
WILL_AUXILIARIES: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"})

#: Subordinators of a clause of time, which take the act they tell as certain ("when the clocks roll
#: over on Dec. 31", "once the plant opens in May"), unlike "if".
CLAUSE_OF_TIME_OPENERS: frozenset[str] = frozenset({"when", "once", "until", "till", "before", "after"})

#: "is due to", "is scheduled to": a time set in advance, as definite as "will"; so is the time a
#: recommendation or proposal names ("recommended that the school close in June"), after it, and the
#: time a present plan names ("plans to teach a course in the fall", said in January).
SCHEDULED_WORDS: frozenset[str] = frozenset(
    {
        "due",
        "scheduled",
        "slated",
        "plans",
        "intends",
        "recommend",
        "recommends",
        "recommended",
        "propose",
        "proposes",
        "proposed",
    }
)

#: Past verbs that fix a time for something still to happen ("set a hearing for May 2").
SCHEDULING_VERBS: frozenset[str] = frozenset(
    {"set", "scheduled", "rescheduled", "planned", "fixed", "postponed", "delayed", "deferred", "adjourned",
     "moved", "pushed", "called", "booked", "arranged", "extended", "slated"}
)  # fmt: skip
#: Past verbs that change or give up a plan ("was adjourned on Monday", "was cancelled", "pushed it back"):
#: after a plan in the past perfect they tell of its being given up, not carried out.
PLAN_CHANGING_VERBS: frozenset[str] = (
    SCHEDULING_VERBS
    | YEAR_RESCHEDULING_VERBS
    | frozenset({"cancelled", "canceled", "scrapped", "abandoned", "dropped", "shelved"})
)

#: Words after "to" that make it a preposition, not the mark of an infinitive ("to a calendar year").
TO_NOT_INFINITIVE: frozenset[str] = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
     "some", "each", "every"}
)  # fmt: skip

#: Words that open another clause or verb phrase between a verb and a date ("said that ... on Friday",
#: "resigned and will leave on Friday").
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "while", "as", "after", "before", "because",
     "if", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was",
     "were", "be", "been", "has", "have", "had"}
)  # fmt: skip

DATE_PREPOSITIONS: frozenset[str] = frozenset({"on", "in", "at", "during"})

#: Auxiliaries opening a past clause that tell of what was still to come or might be ("In March, the
#: firm would close", "By June it could fly"): a date opening its sentence before them keeps the far side's
#: yielding to the near one.
UNREAL_PAST_AUXILIARIES: frozenset[str] = frozenset(
    {"would", "'d", "\u2019d", "could", "might", "should", "ought"}
)

#: Parts of the day that take a date after "of" ("the night of Nov. 18").
PARTS_OF_DAY_OF_A_DATE: frozenset[str] = frozenset({"morning", "afternoon", "evening", "night"})

#: Participles that say a day of the month is kept as an occasion ("10 November has been kept as Heroes'
#: Day every year since", "5 May is marked each year"): with a yearly word, that day of every year.
KEEPING_PARTICIPLES: frozenset[str] = frozenset(
    {"kept", "marked", "celebrated", "observed", "commemorated", "remembered", "honoured", "honored"}
)

#: Words before a date that put the story in the small hours of that day, the end of the night before it
#: ("in the early hours of 1 November ... the night was cold": the night of 31 October).
SMALL_HOURS_OF_A_DATE: tuple[str, ...] = ("early hours of ", "small hours of ", "wee hours of ")

#: Parts of the day set by the sun, which a weekday may follow as "noon Friday" does ("at sundown Friday",
#: "ends at nightfall Wednesday"), and which stand bare for a moment of the day in context ("before sunset").
SUN_PARTS_OF_DAY: frozenset[str] = frozenset(
    {"dawn", "daybreak", "sunrise", "dusk", "sunset", "sundown", "nightfall"}
)

#: Nouns of a prospect: a weekday that a forecast's odds are "for" ("a 70% chance of rain for Wednesday")
#: or that the next one "is" ("the next opportunity is Thursday") lies ahead, whatever the tense of the
#: verb reporting it.
PROSPECT_NOUNS: frozenset[str] = frozenset({"chance", "probability", "opportunity", "window", "attempt"})

#: Nouns of a weather or safety warning: one is issued for a time still to come, so a weekday it is "for"
#: ("has issued a yellow warning of snow for Friday", "have put out a flood alert for Saturday") lies
#: ahead of a present or present perfect that reports it.
WARNING_NOUNS: frozenset[str] = frozenset(
    {"warning", "warnings", "watch", "watches", "alert", "alerts", "advisory", "advisories"}
)

#: Past verbs of a court or a meeting putting its business off to a later day ("was remanded in custody
#: until Friday", "adjourned the case to Tuesday", "remanded him to appear on Friday"): the day they put it
#: off to lies after the act, and the act is the news of the day, so the day is one still ahead.
PUT_OFF_VERBS: frozenset[str] = frozenset(
    {"remanded", "adjourned", "postponed", "deferred", "bailed", "rescheduled", "rebailed"}
)

#: Verbs after "to" that say what someone was put off to do on the day named ("to appear on Friday").
PUT_OFF_TO_DO: frozenset[str] = frozenset({"appear", "reappear", "return", "attend"})

#: Verbs of leaving or closing before "for the weekend" ("had left for the weekend", "went home for the
#: weekend", "shut down for the weekend"): the weekend is the one the leaving opens, so on a Friday it is
#: the weekend just starting, not the one before.
LEAVING_FOR_WEEKEND_VERBS: frozenset[str] = frozenset(
    {"left", "leave", "leaves", "leaving", "went", "gone", "headed", "closed", "close", "closes",
     "shut", "shuts", "broke", "adjourned", "recessed"}
)  # fmt: skip

#: Verbs whose object is a time still ahead even when the verb is past ("expected a recovery in May").
EXPECTATION_VERBS: frozenset[str] = frozenset({"expect", "expected", "forecast", "predicted", "anticipated"})

#: Figures a month names the period of ("April retail sales", "the May jobs report", "October payrolls"):
#: they come out after the month has closed.
MONTHLY_DATA_NOUNS: frozenset[str] = frozenset(
    {"sales", "figures", "data", "payrolls", "jobs", "employment", "unemployment", "inflation", "cpi",
     "prices", "output", "production", "exports", "imports", "trade", "statistics", "numbers"}
)  # fmt: skip
#: Nouns of figures before "for" or "in" and a month ("its estimate of growth in July", "the figures for
#: May"): the month is the period the figures cover, as with "July figures".
MONTHLY_DATA_NOUNS_BEFORE: frozenset[str] = frozenset(
    {"sales", "figures", "figure", "data", "payrolls", "employment", "unemployment", "inflation", "cpi",
     "prices", "output", "production", "exports", "imports", "statistics", "numbers", "growth", "gdp",
     "estimate", "estimates", "index"}
)  # fmt: skip
#: Charges and payments a month names the period of ("would refund March fees", "May rent is due").
MONTHLY_CHARGE_NOUNS: frozenset[str] = frozenset(
    {"fees", "bills", "rent", "rents", "payments", "invoices", "charges", "wages", "salaries", "premiums"}
)

#: Words of crops and their trade that make "the 2025/26 season" in their sentence a crop's year of account
#: ("a record 176 million tonnes of soybeans in the 2025/26 season"), as a marketing year is, while a club's,
#: a network's or a ship's season of two years is left untagged.
CROP_SEASON_WORDS: frozenset[str] = frozenset(
    {"harvest", "harvests", "crop", "crops", "tonnes", "tons", "bushels", "bales", "bags", "grain", "grains",
     "wheat", "corn", "maize", "soybeans", "soybean", "barley", "rice", "sugar", "coffee", "cocoa", "cotton",
     "canola", "rapeseed", "sunflower", "yields", "sowing", "planting", "plantings", "acreage"}
)  # fmt: skip
#: Figures of a budget or an account, or of a school's year: in their sentence "2011-12" is one year of
#: account or one academic year, named by the year it ends in ("Borrowing in 2011-12", "76 per cent of GDP
#: in 2014-15", "attendance ... from 91 per cent in 2013-14").
ACCOUNT_FIGURE_WORDS: frozenset[str] = frozenset(
    {"borrowing", "deficit", "deficits", "debt", "budget", "budgets", "spending", "expenditure", "revenue",
     "revenues", "receipts", "surplus", "gdp", "turnover", "profit", "profits", "earnings",
     # "taxes would reach 38% of national income by 2030-31": a tax take is a year's account figure
     "tax", "taxes", "taxation", "income",
     "attendance", "enrolment", "enrolments", "enrollment", "enrollments", "intake", "admissions",
     # "universities will set fees for 2027-28": a fee is charged for one academic year
     "fee", "fees", "tuition",
     # "spent a sabbatical year in 1947-48 at Zurich": leave taken for one academic year
     "sabbatical", "sabbaticals"}
)  # fmt: skip

#: Words before an expectation participle that make it a comparison, not the clause's verb: "fell less
#: than expected in March", "rose as forecast in May".
COMPARISON_BEFORE_PARTICIPLE: frozenset[str] = frozenset({"than", "as"})

#: Words that open a future told from the writer's present: "will be chosen", "is to open", "are to be".
PRESENT_FUTURE_LEADS: frozenset[str] = frozenset({"will", "shall", "'ll", "is", "are", "am", "'s", "'re"})

#: One-word cues ending in "s" that are no present tense: "was", "has" (its perfect).
PAST_LEADS_ENDING_IN_S: frozenset[str] = frozenset({"was", "has"})

#: Phrases naming a habit of the past ("took to walking at dawn"): a part of the day told of it is of
#: every day.
PAST_HABIT_LEADS: tuple[str, ...] = (" used to ", " would often ", " would usually ", " would always ")
#: Verbs and adjectives of a plan that take "to" ("plans to marry in the autumn", "is due to open in
#: June"): a month after them is the one planned for, not one of every year.
PRESENT_PLAN_WORDS: frozenset[str] = frozenset(
    {
        "plan",
        "plans",
        "hope",
        "hopes",
        "intend",
        "intends",
        "expect",
        "expects",
        "expected",
        "due",
        "aim",
        "aims",
    }
)
#: Words opening a part of the day that point at one day of a story ("that afternoon", "the next
#: morning"), which a simple present's habit does not make every day's.
POD_POINTING_DETERMINERS: frozenset[str] = frozenset(
    {"that", "this", "the", "next", "last", "same", "following", "previous", "yesterday", "tomorrow"}
)
#: The days of a month that are its middle ("mid-July", "the middle of July"): a story on one of them is
#: already in that middle, so naming it in passing does not move the story off its day.
MID_MONTH_DAYS: tuple[int, int] = (10, 20)
#: Adverbs of how often that make a past-tense verb a habit ("the fleet usually sailed in April", "flax was
#: generally sown in April"): the month it names is that of every year, not of the story's year.
PAST_HABIT_ADVERBS: frozenset[str] = frozenset(
    {
        "usually",
        "normally",
        "generally",
        "typically",
        "traditionally",
        "customarily",
        "ordinarily",
        "invariably",
    }
)
#: Adverbs of how often that make a past verb's clock time a habit besides `PAST_HABIT_ADVERBS` ("the mill
#: always opened at 6 a.m.", "he often rose at five"): every day has that hour, where a month or a season
#: a story's year holds may still be one ("always sailed in April 1588" is left to the year).
PAST_CLOCK_HABIT_ADVERBS: frozenset[str] = frozenset(
    {"always", "often", "frequently", "sometimes", "regularly", "habitually", "routinely", "seldom", "rarely"}
)
#: Adverbs of how often that, right before a part of the day, make it that of every such day ("often in
#: the middle of the night", "usually at dawn", "sometimes at night"); "mostly" tells how much, not how
#: often ("rained on Monday, mostly in the afternoon": that Monday's afternoon).
POD_HABIT_ADVERBS: frozenset[str] = frozenset(
    {
        "often",
        "always",
        "sometimes",
        "frequently",
        "regularly",
        "occasionally",
        "commonly",
        *PAST_HABIT_ADVERBS,
    }
)
#: Adverbs of how often between "is" and what a feast is like every year ("New Year's Eve is never quiet",
#: "Christmas is always busy on the wards"): the feast named before them is no one day.
FEAST_EVERY_YEAR_ADVERBS: frozenset[str] = frozenset(
    {"always", "never", "seldom", "rarely", "often", *PAST_HABIT_ADVERBS}
)
#: Words right before "in", "from" or "between" and a month or season that make it every year's ("is held
#: every year in late May", "the harvest, usually in late September", "always from June to August"): a
#: custom or a climate told of any year, not one coming month.
#: ("mostly in March" is "mainly in March", no habit: "the cuts take effect mostly in April").
#: A count of times a year leads the same way outside the simple present ("have sampled it twice a year, in
#: April and September", "met once a year in May"): the months it names are when the habit falls.
TIMES_A_YEAR_LEADS: tuple[str, ...] = (
    "once a year",
    "twice a year",
    "three times a year",
    "four times a year",
)
EVERY_YEAR_MONTH_LEADS: frozenset[str] = frozenset(
    {"every year", "each year", *TIMES_A_YEAR_LEADS, *FEAST_EVERY_YEAR_ADVERBS}
)
#: Words before "months of" that place the months named after it in time ("the last months of", "the
#: remaining months of"): with a count or an ordinal, one year's months, not a kind of month.
MONTHS_OF_POSITION_WORDS: frozenset[str] = frozenset(
    {"last", "past", "next", "coming", "final", "remaining", "few", "several", "recent", "opening", "closing"}
)
#: Participles between "is best" and "in" that give the season to come in ("is best visited in spring",
#: "are best seen in May"): advice on when to come, which holds for every year.
BEST_SEASON_PARTICIPLES: frozenset[str] = frozenset(
    {"visited", "seen", "explored", "enjoyed", "walked", "climbed", "done", "avoided", "planted", "sown"}
)
#: Words that make a clause tell a custom, not one occasion ("a new era began, by custom, at the Chinese new
#: year after the accession"): a feast named after them in the clause, with no year, is no one day.
HOLIDAY_CUSTOM_MARKERS: tuple[str, ...] = ("by custom", "by tradition", "traditionally", "customarily")
#: Words right before "fall"/"falls" that make it tell where a movable day lands in any year ("Easter can
#: fall as early as 22 March", "the new year always falls between 21 January and 20 February", "usually
#: falls in March"): a date without a year after it is that date of every year.
MOVABLE_DAY_FALL_LEADS: frozenset[str] = frozenset(
    {"can", "always", "never", "sometimes", "often", *PAST_HABIT_ADVERBS}
)
#: Past forms of acts that befall someone once ("was arrested", "died", "married"): a day of the month
#: in a simple past clause of one of them is one date, even in a sentence that names a month of every
#: year ("Every February he flew to Rome, and he was arrested there on 14 February").
ONE_OFF_PAST_VERBS: frozenset[str] = frozenset(
    {"arrested", "born", "died", "killed", "murdered", "assassinated", "executed", "married", "divorced",
     "buried", "crowned", "elected", "appointed", "sacked", "fired", "resigned", "retired", "founded",
     "abducted", "kidnapped", "shot", "stabbed", "jailed", "convicted", "sentenced", "charged", "deported",
     "expelled", "exiled", "baptised", "baptized", "knighted", "ordained", "inaugurated", "sworn",
     "detained", "extradited", "acquitted", "pardoned", "hanged", "drowned", "widowed", "engaged"}
)  # fmt: skip
#: Verbs that open the imperative of a recipe, a leaflet or a guide ("Cover and leave in the fridge
#: overnight", "Take one tablet at bedtime"): a step told to the reader, on no day of the calendar, so its
#: night or its part of the day is one of no known day (blind_instructions).
INSTRUCTION_VERBS: frozenset[str] = frozenset(
    {"cover", "leave", "put", "place", "thaw", "defrost", "take", "soak", "chill", "store", "rest", "let",
     "keep", "allow", "refrigerate", "marinate", "cool", "prove", "charge", "apply", "water", "freeze",
     "steep", "stand", "refresh", "wrap", "swallow", "use", "give", "drink"}
)  # fmt: skip
#: Words that open what follows an instruction's verb (its object, a particle or another verb: "Take one
#: tablet", "Thaw them", "Cover and leave", "Leave overnight"): after a verb of INSTRUCTION_VERBS they make
#: it an imperative, where "Water levels rose" or "Freeze warnings were issued" open with a noun.
IMPERATIVE_OBJECT_STARTS: frozenset[str] = frozenset(
    {"the", "a", "an", "it", "them", "this", "these", "that", "those", "your", "one", "two", "three", "half",
     "and", "or", "in", "on", "at", "for", "overnight", "up", "aside", "out", "down", "off", "to", "all",
     "each", "both", "some", "plenty", "well", "covered", "cool", "until", "with"}
)  # fmt: skip
#: Phrases that name a habit taken up when a gerund follows ("took to walking", not "took to the hills").
GERUND_HABIT_LEADS: tuple[str, ...] = (" took to ", " got into the habit of ")

#: Words telling a birth ("was born in Hull"): a life's article dates it once, in its lead.
BIRTH_WORDS: frozenset[str] = frozenset({"born"})

#: Past-tense verbs of a plan or a hope before an infinitive ("hoped to finish", "planned to send"): what
#: they look ahead to is seen from the story's past.
PAST_PLAN_VERBS: frozenset[str] = frozenset(
    {"hoped", "planned", "intended", "meant", "wanted", "wished", "expected", "promised", "aimed", "proposed"}
)

#: Past words of a worry before "about" ("were worried about the vote in November"): what was feared lay
#: ahead of the worrying.
PAST_WORRY_WORDS: frozenset[str] = frozenset(
    {"worried", "concerned", "anxious", "nervous", "fretted", "fearful", "uneasy", "apprehensive"}
)

#: Past verbs that fix a thing for a time after its noun ("promised elections for the following spring",
#: "called a referendum for May"): a season, a month or a year so looked to is not where the story is (a
#: day set for an event, "set for 12 December, and at 9:54 that day", is where the story goes next);
#: "confirmed kick-off at 3pm", told under a live page's stamp, announces a plan as "announced" does.
FIXED_FOR_VERBS: frozenset[str] = frozenset(
    {"promised", "pledged", "called", "fixed", "set", "scheduled", "announced", "proposed", "planned",
     "confirmed"}
)  # fmt: skip

#: Participles that open a programme listing's line on its repeat ("Repeated Sunday at 9pm", "Rebroadcast on
#: Friday"): with no subject or "was" before them they announce what is to come.
REPEAT_LISTING_PARTICIPLES: frozenset[str] = frozenset(
    {"repeated", "rebroadcast", "re-broadcast", "re-aired"}
)

#: Past verbs that announce or impose a measure "from" a time ("announced a ceasefire from midnight",
#: "imposed a curfew from midnight"): the measure starts after the announcing, so its midnight is to come.
MEASURE_ANNOUNCING_VERBS: frozenset[str] = FIXED_FOR_VERBS | frozenset(
    {"declared", "imposed", "ordered", "decreed", "introduced"}
)

#: Verbs that, with "for", call an event for a day: "leaflets called for a boycott on Monday, December 5",
#: "the union appealed for a general strike on 3 May" (a day looked to, not where the story has come).
CALL_FOR_VERBS: frozenset[str] = frozenset(
    {"call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing"}
)

#: Nouns of a report on a period that has closed: "fourth-quarter results", "first-half earnings".
CLOSED_PERIOD_REPORTS: frozenset[str] = frozenset(
    {"results", "earnings", "figures", "numbers", "report", "accounts"}
)

#: Nouns of a company's figures before "for" and a quarter or half with no year that make it the one just
#: closed while this year's is still to come: "warned that profit for the fourth quarter would fall
#: short", said in January, is last year's fourth quarter, whose figures are still to be reported.
CLOSED_PERIOD_FIGURES_BEFORE_FOR: frozenset[str] = frozenset(
    {"results", "earnings", "figures", "profit", "profits", "loss", "losses", "revenue", "revenues",
     "sales", "income"}
)  # fmt: skip

# Words the grammar's rules read beside a match.

#: Prepositions that make a day's name ("Black Friday") the day itself: "on Black Friday".
DAY_NAME_PREPOSITIONS: frozenset[str] = frozenset(
    {"on", "since", "before", "after", "until", "till", "by", "through", "between"}
)

#: Units after "the next" that count on from the story's time ("the next day", "the next decade").
NEXT_AFTER_STORY_UNITS: frozenset[str] = frozenset(
    {"day", "morning", "afternoon", "evening", "night", "week", "month", "year", "decade", "century"}
)

#: Words before "the next <unit>" that make it the length of one unit from the story's time: "For the
#: next month he burned the villages", "governed for the next decade".
NEXT_UNIT_LENGTH_OPENERS: frozenset[str] = frozenset({"for"})
#: Words before "two weeks from Monday" that make the weeks a length counted from the day ("runs for
#: two weeks from Monday", "within a week from Friday"), not the day that many weeks on.
WEEKS_FROM_DAY_LENGTH_LEADS: frozenset[str] = frozenset(
    {"for", "within", "over", "of", "in", "lasting", "lasts", "last", "runs", "run", "takes", "take",
     "took", "spend", "spent", "extra", "another", "further", "first", "next"}
)  # fmt: skip

#: TIMEX3 durations of one calendar unit, for "for the next <unit>" ("set for the next day" is a
#: plan's date, so the short units are left out; "shut for the next year or so" keeps its year).
ONE_UNIT_LENGTHS: dict[str, str] = {
    "month": "P1M",
    "decade": "P10Y",
    "century": "P100Y",
}

#: TIMEX3 durations of one unit after "within the next" ("within the next week", "within the next year"):
#: a bound on how soon, whatever the unit, so the week and the year as well.
WITHIN_NEXT_UNIT_LENGTHS: dict[str, str] = {"week": "P1W", "year": "P1Y", **ONE_UNIT_LENGTHS}

#: Words that may stand before "3 to 5 May" for it to be one range of days ("" is the start of the text).
RANGE_OPENING_WORDS: frozenset[str] = frozenset({"between", "from", "on", "during", ""})

#: Past participles that are also the present and never the simple past ("ran", "came" are): a lone one
#: read as a past tense may be a present after a long subject ("Boat trips round the harbour run ...").
PARTICIPLES_ALSO_PRESENT: frozenset[str] = frozenset({"run", "come", "become", "overcome", "outrun", "rerun"})

#: Words opening a clause of time whose present tense stands for the future when the clause hangs on a
#: verb with a future auxiliary ("crews will remove the pumps before the shafts are sealed in the
#: summer", "would stay open until the seams run out in the spring"): its season or month lies ahead.
FUTURATE_CLAUSE_OPENERS: frozenset[str] = frozenset({"before", "until", "till", "once", "after", "when"})
#: Auxiliaries of the verb such a clause hangs on that put it in the future (seen from now or from a report).
FUTURATE_MAIN_AUXILIARIES: frozenset[str] = frozenset({"will", "shall", "would", "won't"})
#: A contracted auxiliary written onto its subject that does the same ("they'll", "we'll").
FUTURATE_MAIN_CONTRACTIONS: tuple[str, ...] = ("'ll",)

#: Words that may follow "the March" or "the May" when it names a march, a person or a name rather than
#: the month qualifying a noun ("the March for Life", "the March on Rome", "the May of her youth"): "the
#: March rate" and "the May election" are the month.
AMBIGUOUS_MONTH_NOUN_BLOCKERS: frozenset[str] = frozenset(
    {"for", "on", "to", "of", "against", "across", "into", "through", "past", "in", "from", "and", "or",
     "was", "is", "had", "has", "will", "would", "said"}
)  # fmt: skip

#: Signals before a date that the act lies in the run-up to: a past act "before" a holiday a few weeks
#: ahead is in its run-up ("vendors rushed to sell before Easter", told ten days before it), and such a
#: date ahead of the time of writing is a bound, not the time the story is at.
LEAD_UP_SIGNALS: tuple[str, ...] = (
    "before ", "ahead of ", "in time for ",
    # a past act done for a feast a few weeks off ("made last-minute purchases for Diwali", "poured into the
    # towns for Holi"): its run-up, when a word of LEAD_UP_FOR_WORDS tells the act
    "for ",
    # a participle that looks ahead to the holiday from the act's time: "the defeat left them facing
    # Christmas in the relegation zone", "were heading into Easter in form", told days before it
    "facing ", "heading into ", "going into ",
)  # fmt: skip

#: Words of preparing or arranging, buying, travelling and decorating that make a past act "for" a feast a few weeks
#: off one in its run-up ("made last-minute purchases for Diwali", "shoppers queued for Christmas",
#: "poured into the towns for Holi"); without one ("the family gathered for Christmas", "sales for
#: Christmas fell") "for" tells no run-up.
LEAD_UP_FOR_WORDS: frozenset[str] = frozenset({
    "prepare", "prepared", "preparing", "preparation", "preparations", "ready", "readied", "readying",
    "geared", "gearing",
    # arranging ahead ("announced a truce for the Tet holiday")
    "announced", "declared", "planned", "arranged", "organised", "organized", "scheduled",
    # closing or paying ahead of it ("pre-poll voting closed on Friday for Anzac Day", "pensions paid early
    # for Easter")
    "closed", "shut", "paid", "early",
    "buy", "bought", "buying", "buyers", "purchase", "purchased", "purchases", "purchasing", "shop",
    "shopped", "shopping", "shoppers", "stock", "stocked", "stocking", "stockpiled", "stockpiling",
    "queue", "queued", "queues", "queuing", "queueing", "order", "ordered", "orders", "booked",
    # booking ahead ("passengers were rebooking on other carriers for Easter")
    "book", "booking", "bookings", "rebook", "rebooked", "rebooking", "reserve", "reserved", "reserving",
    "reservation", "reservations",
    "travel", "travelled", "traveled", "travelling", "traveling", "travellers", "travelers", "poured",
    "flocked", "flooded", "headed", "heading", "rushed", "thronged", "crowded",
    "decorate", "decorated", "decorating", "decorations", "lit", "painted", "cleaned", "baked", "cooked",
})  # fmt: skip

#: Nouns that make a bare number right after them a year when an article opens them: "the years 1863 to
#: 1966", "in the years 1914 and 1918", "the date 1474 cut over a door" (a year carved or painted).
YEAR_NAMING_NOUNS: frozenset[str] = frozenset({"years", "date", "dates"})

#: The only words joined by a hyphen to a unit after "a" that leave it a length ("a day-long march", "a
#: day-old calf", "a day-and-a-half"): any other makes a compound of the kind of hours, no length ("a
#: night-time curfew", "a day-time nap", "a night-shift nurse", "a day-trip", "a night-bus", "a year-end
#: review").
LENGTH_HYPHEN_TAILS: frozenset[str] = frozenset({"long", "old", "and", "or"})

#: Words before a hyphenated count of quarters that make it a length of time ("for three-quarters", "the
#: first three-quarters"); elsewhere the hyphenated word is a fraction ("fell by three-quarters",
#: "three-quarters full").
QUARTER_LENGTH_LEADS: frozenset[str] = frozenset(
    {"for", "over", "the", "first", "last", "next", "past", "within", "in", "after", "during", "previous",
     "following", "consecutive", "straight"}
)  # fmt: skip

#: Nouns naming a day kept by a calendar, one of which (or a feast's name) is what "can fall" or "usually
#: falls" on a date in its sentence ("The harvest festival usually falls in September"; "Prices can fall
#: in March" is no such day).
MOVABLE_DAY_NOUNS: frozenset[str] = frozenset(
    {"feast", "feasts", "festival", "festivals", "holiday", "holidays", "day", "days", "date", "dates",
     "new year", "anniversary", "celebration", "celebrations", "observance", "fast", "holy day"}
)  # fmt: skip

#: Words after "the" and a hyphenated count of quarters that make it a stretch of the calendar ("the
#: three-quarters to March"); any other ("the three-quarters lost", "the three-quarters that") is a fraction.
QUARTER_SPAN_CONTINUATIONS: frozenset[str] = frozenset({"to", "ended", "ending", "through", "until", "since"})

#: Verbs that open the date line of a review, a forum post or a comment ("Reviewed in the United Kingdom
#: on 3 March 2021", "dazza · Posted 12 November 2011", "Responded 28 June 2017"): the line heads the
#: post, whose "yesterday" and weekdays are counted from it.
BYLINE_VERBS: tuple[str, ...] = (
    "Posted", "Reviewed", "Responded", "Replied", "Commented", "Published", "Written", "Submitted", "Answered",
    "Asked",
)  # fmt: skip

#: Header fields of an email, and the attribution line's opener, before the date a quoted message was
#: sent ("Sent: Monday, March 2, 2020 4:51 PM", "Date: 3 July 2019", "On Tue, 3 Mar 2020 at 09:14, Dana
#: wrote:"), and the verb closing that attribution line.
EMAIL_DATE_OPENERS: tuple[str, ...] = ("Sent:", "Date:", "On")
EMAIL_ATTRIBUTION_VERBS: tuple[str, ...] = ("wrote", "writes", "sent")

#: Words that gather the days a list has just named before the clock time they share ("on Wednesday 11
#: May and Wednesday 6 July, all at 6pm", "Saturday and Sunday, both from 10am"): the time of each of
#: those days, as a standing time, not of the last day named.
SHARED_CLOCK_GATHERERS: tuple[str, ...] = ("all", "both", "each")

#: Words that open the heading line of a meeting's record ("Minutes of the meeting of the Parish Council
#: held on Tuesday 14 May 2019 in the Village Hall", "Notes of the Annual General Meeting, 5 June 2008"),
#: the nouns of the meeting it names, and the participles before its day: the heading dates the record as
#: a letter's heading does, so the meeting's clock times ("closed the meeting at 9.12 pm") and the
#: record's "next month" and past weekdays are the meeting day's, not those of the day it was issued.
RECORD_HEADING_OPENERS: tuple[str, ...] = ("minutes", "notes")
RECORD_MEETING_NOUNS: tuple[str, ...] = ("meeting", "agm", "egm", "assembly", "hearing")
RECORD_MEETING_PARTICIPLES: tuple[str, ...] = ("held", "convened")
#: Header fields whose full date and clock time, written with nothing between them, are one moment: when
#: a message was sent ("Sent: Monday, March 2, 2020 4:51 PM") or a meeting it invites to starts ("When:
#: Tuesday, February 10, 2026 3:00 PM-3:30 PM").
EMAIL_STAMP_FIELDS: tuple[str, ...] = ("Sent:", "Date:", "When:")

#: Words that may open a parenthesis restating a date in the other calendar before the restated date
#: ("on 19 July (Old Style; 29 July New Style)", "(Julian: 29 July)"): the restatement is an aside, and
#: the story stays on the date written first.
CALENDAR_STYLE_LABELS: frozenset[str] = frozenset(
    {"old", "new", "style", "julian", "gregorian", "calendar", "o.s.", "n.s.", "os", "ns"}
)

#: Verbs that take their object through "for" ("hope for", "ask for"): in a clause whose object has moved
#: away ("better terms than they had hoped for a year earlier", "what she had asked for two days before")
#: the "for" is the verb's, and the count after it is an offset to a date, not a length.
FOR_OBJECT_VERBS: frozenset[str] = frozenset(
    {"hoped", "hope", "hoping", "asked", "ask", "asking", "wished", "wish", "bargained"}
)  # fmt: skip

#: Present verbs by which writers give a past event its date ("most accounts place it in late July",
#: "historians date the fire to early May"), and the writers and records that do so: such a month is the
#: event's one month, not a habit of every year.
EVENT_DATING_VERBS: frozenset[str] = frozenset({"place", "places", "date", "dates", "put", "puts"})
HISTORY_SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "accounts", "historians", "sources", "chroniclers", "chronicles", "annals", "scholars", "writers",
        "records", "authorities", "biographers", "histories",
    }
)  # fmt: skip

#: Adverbs between such writers and their verb ("accounts usually place it", "historians now date it").
ADVERBS_BEFORE_DATING_VERBS: frozenset[str] = frozenset(
    {"now", "usually", "generally", "often", "still", "all"}
)

#: Section headings of what came before the story an article tells: the section after one goes on in time.
BACKGROUND_SECTION_HEADINGS: frozenset[str] = frozenset(
    {"background", "origins", "prelude", "antecedents", "historical background"}
)

#: Adverbs between "is" and "open" in the months a place is open ("The house is now open from April"), and
#: who it is open to ("open to the public from May to September").
OPEN_SEASON_ADVERBS: frozenset[str] = frozenset({"now", "still", "normally", "usually"})
OPEN_SEASON_VISITORS: frozenset[str] = frozenset({"the public", "visitors"})

#: Signals that put a day after "likely" in a clause with no verb ("showers likely on Friday", "a low likely
#: to bring gales by Tuesday").
LIKELY_DAY_SIGNALS: frozenset[str] = frozenset({"by", "on", "from", "until", "till", "before", "for"})
