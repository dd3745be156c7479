"""The tense of a clause, read offline from a verb-form table and a few rules (no tagger, no model).

`governing_tense` tells which way a relative date points ("announced Thursday": the last Thursday;
"will meet Friday": the next one); `verb_tense` reads an event's own verb.
"""

from chronology.tense.reader import (
    Tense,
    TenseReading,
    governing_tense,
    never_a_verb,
    only_a_verb,
    past_verb_form,
    verb_tense,
)

__all__ = [
    "Tense",
    "TenseReading",
    "governing_tense",
    "never_a_verb",
    "only_a_verb",
    "past_verb_form",
    "verb_tense",
]
