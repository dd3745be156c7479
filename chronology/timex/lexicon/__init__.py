"""Lexical data for the time-expression engine, one module per language.

`load_lexicon("en")` returns the tables of `chronology.timex.lexicon.en`; another language is a module
with the same table names. The engine's logic never names a word itself: it reads these tables.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

#: The tables every language module defines.
TABLES: tuple[str, ...] = (
    "MONTHS",
    "AMBIGUOUS_MONTHS",
    "MONTH_PREPOSITIONS",
    "WEEKDAYS",
    "AMBIGUOUS_WEEKDAYS",
    "UNITS",
    "UNIT_FORMS",
    "NUMBER_WORDS",
    "FRACTION_WORDS",
    "VAGUE_QUANTITIES",
    "ORDINALS",
    "SEASONS",
    "PARTS_OF_DAY",
    "REFERENCE_WORDS",
    "REFERENCE_PHRASES",
    "DAY_DEICTICS",
    "RELATIVE_DETERMINERS",
    "OFFSET_WORDS",
    "OFFSET_WORDS_BEFORE_PAUSE",
    "AGO_SAME_PERIOD",
    "PRE_MODIFIERS",
    "PERIOD_MODIFIERS",
    "AMOUNT_MODIFIERS",
    "SET_ADVERBS",
    "FREQUENCY_WORDS",
    "SET_QUANTIFIERS",
    "FIXED_HOLIDAYS",
    "NTH_WEEKDAY_HOLIDAYS",
    "EASTER_HOLIDAYS",
    "ERAS",
    "YEAR_PREPOSITIONS",
    "LABEL_WORDS",
    "YEAR_FRIENDLY_PLURALS",
    "TIME_ZONES",
    "CLOCK_PREPOSITIONS",
    "DECADE_WORDS",
    "NAME_CONTINUATIONS_OK",
    "WEEKDAY_NAME_MODIFIERS",
    "PERIOD_SUBJECT_VERBS",
    "AUXILIARIES",
    "YEAR_DETERMINERS",
    "MEASURE_NOUNS",
    "DISTANCE_UNITS",
    "ADJECTIVAL_SET_WORDS",
    "RATE_BEFORE_FREQUENCY",
    "FREQUENCY_KIND_NOUNS",
    "UNSCHEDULED_EVENT_NOUNS",
    "OUTSIDE_EXTENT_WORDS",
    "NOUN_DETERMINERS",
    "POST_MODIFIERS",
    "OVER_AS_MORE_THAN_AFTER",
    "DATE_APPROXIMATORS",
    "TIME_APPROXIMATORS",
    "YEAR_APPROXIMATOR_ABBREVIATIONS",
    "YEAR_APPROXIMATORS_AFTER_PREPOSITION",
    "APPROXIMATED_YEAR_PREPOSITIONS",
    "TEMPERATURE_WORDS",
    "WORKWEEK_DAY_WORDS",
    "PLURAL_SET_PREPOSITIONS",
    "CLOCK_HOUR_WORDS",
    "CLOCK_MINUTE_WORDS",
    "CLOCK_HEDGES",
    "SUBJECT_PRONOUNS",
    "UNIT_COUNT_WORDS",
    "SPORT_CONTEXT_WORDS",
    "REPORTING_PERIOD_WORDS",
    "WEATHER_ADJECTIVES",
    "WEATHER_ADJECTIVE_LINKS",
    "MONTH_NAMED_EVENT_NOUNS",
    "CURRENT_NOUN_FOLLOWERS",
    "YEAR_TRACING_VERBS",
    "YEAR_DATING_VERBS",
    "NIGHT_COMPOUND_HEADS",
    "REIGN_NOUNS",
    "YEAR_ABBREVIATIONS",
    "YEAR_FOLLOWING_ADVERBS",
    "FALL_SEASON_OPENERS",
    "YEAR_SPENDING_VERBS",
    "IRREGULAR_PLURALS",
    "POSSESSIVE_DETERMINERS",
    "NUMBER_SCALE_WORDS",
    "PLURAL_SEASONS",
    "PLURAL_SEASON_OPENERS",
    "STYLE_AFTER_MID_CENTURY",
    "PLURAL_PARTS_OF_DAY",
    "WEEKEND_IDIOM_PREPOSITIONS",
    "TIME_COMPARATIVES",
    "COMPARISON_WORD",
    "RACE_TIME_LEADS",
    "MARKET_SESSION_NOUNS",
    "QUALIFIED_BY_PART_OF_DAY",
    "NON_OBJECT_WORDS",
    "NOT_PLACE_NAMES",
    "INFORMAL_UNIT_WORDS",
    "LOWER_CASE_WEEKDAYS_OK",
    "BARE_HOUR_LEADS",
    "BARE_HOUR_HEDGES",
    "BARE_HOUR_AFTER_CLOCK_LEADS",
    "LEVEL_VERBS",
    "EVENING_CUE_WORDS",
    "NAME_LIKE_WEEKDAYS",
    "SLASH_DATE_LEADS",
    "SLASH_EVENT_NAMES",
    "COMMON_FRACTIONS",
    "END_OF_DAY_WORDS",
    "END_OF_DAY_WORDS_IN_CAPITALS",
    "PLURAL_WEEKDAY_LEADS",
    "MOMENT_UNIT_ABBREVIATIONS",
    "LOWER_CASE_ONLY_REFERENCE_WORDS",
    "BARE_HOUR_CLOSING_LEADS",
    "WORD_LIKE_WEEKDAYS",
    "LOWER_CASE_WEEKDAY_LEADS",
    "SLASH_DATE_COPULAS",
    "FRACTION_DENOMINATORS",
)


@cache
def load_lexicon(language: str = "en") -> ModuleType:
    """The lexicon module of `language`; raises LookupError when there is none or it lacks a table."""
    try:
        module = importlib.import_module(f"chronology.timex.lexicon.{language}")
    except ImportError as exc:
        raise LookupError(f"no time-expression lexicon for language {language!r}") from exc
    missing = [name for name in TABLES if not hasattr(module, name)]
    if missing:
        raise LookupError(f"lexicon {language!r} lacks tables: {', '.join(missing)}")
    return module
