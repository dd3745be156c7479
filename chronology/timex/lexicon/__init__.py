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
    "AUXILIARIES",
    "YEAR_DETERMINERS",
    "MEASURE_NOUNS",
    "DISTANCE_UNITS",
    "ADJECTIVAL_SET_WORDS",
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
