"""Which words are verb forms, of what kind, and their base form.

The forms come from the tense reader's generated table (`chronology.tense.verb_forms`); this module
only indexes it and derives base forms (regular morphology checked against the table, irregular forms
from the events lexicon).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache

from chronology.events.lexicon import AGAIN_PREFIX, AGAIN_STEM_LENGTH, IRREGULAR_LEMMAS


class Form(StrEnum):
    PAST = "past"  # went
    PAST_OR_PARTICIPLE = "past_or_participle"  # announced
    PARTICIPLE = "participle"  # gone
    THIRD_PERSON = "third_person"  # announces
    BASE = "base"  # announce
    GERUND = "gerund"  # announcing


@dataclass(frozen=True)
class VerbTable:
    forms: dict[str, Form]
    bases: frozenset[str]
    also_noun: frozenset[str]
    also_adjective: frozenset[str]


_TABLE_NAMES: tuple[tuple[str, Form], ...] = (
    ("BASE", Form.BASE),
    ("THIRD_PERSON", Form.THIRD_PERSON),
    ("GERUND", Form.GERUND),
    ("PARTICIPLE_ONLY", Form.PARTICIPLE),
    ("PAST_OR_PARTICIPLE", Form.PAST_OR_PARTICIPLE),
    ("PAST_ONLY", Form.PAST),
)


@cache
def verb_table() -> VerbTable:
    from chronology.tense import verb_forms

    forms: dict[str, Form] = {}
    # Later tables win: "read" is listed as base and as past; its past reading is kept for -ed-like forms.
    for name, form in _TABLE_NAMES:
        for word in str(getattr(verb_forms, name, "")).split():
            forms[word] = form
    bases = frozenset(str(getattr(verb_forms, "BASE", "")).split())
    return VerbTable(
        forms=forms,
        bases=bases,
        also_noun=frozenset(str(getattr(verb_forms, "ALSO_NOUN", "")).split()),
        also_adjective=frozenset(str(getattr(verb_forms, "ALSO_ADJECTIVE", "")).split()),
    )


def verb_form(word: str) -> Form | None:
    form = verb_table().forms.get(word)
    if form is None and word.startswith(AGAIN_PREFIX):
        return _again_form(word)
    return form


@lru_cache(maxsize=1 << 16)
def _again_form(word: str) -> Form | None:
    """The form of "re" + an inflected verb form the table lacks: "refloated" is "floated". Not an "-s"
    form, which after "re" is as often a plural noun ("resins", "revisions") as a verb."""
    stem = word[len(AGAIN_PREFIX) :]
    if len(stem) < AGAIN_STEM_LENGTH:
        return None
    form = verb_table().forms.get(stem)
    return None if form in (Form.BASE, Form.THIRD_PERSON) else form


def _regular_bases(word: str) -> list[str]:
    candidates: list[str] = []
    if word.endswith(("ied", "ies")):
        candidates.append(word[:-3] + "y")
    if word.endswith("ing"):
        stem = word[:-3]
        candidates += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    if word.endswith("ed"):
        stem = word[:-2]
        candidates += [stem, word[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s"):
        candidates.append(word[:-1])
    return candidates


@lru_cache(maxsize=1 << 16)
def verb_lemma(word: str) -> str:
    """The base form of a verb form ("announced" -> "announce", "said" -> "say"); the word if unknown."""
    word = word.lower()
    irregular = IRREGULAR_LEMMAS.get(word)
    if irregular is not None:
        return irregular
    table = verb_table()
    if word in table.bases:
        return word
    if word not in table.forms and _again_form(word) is not None:
        return AGAIN_PREFIX + verb_lemma(word[len(AGAIN_PREFIX) :])
    for candidate in _regular_bases(word):
        if candidate in table.bases:
            return candidate
    return word


def is_verb_base(word: str) -> bool:
    return word in verb_table().bases
