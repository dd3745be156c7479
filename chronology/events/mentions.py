"""Event mentions: the words that name a happening (TimeML EVENT heads), found without a parser.

A verb form is an event unless it is an auxiliary or a light verb; a form that is also a noun
("attack", "plans") is read as a verb or a noun from the words around it; a noun is an event when the
lexicon lists it, or when it nominalizes a verb and takes an argument or a date ("the ratification of
the treaty", "the March accession"). Each mention records
whether it is verbal, whether its verb group is finite, and whether it heads its sentence's main
clause, which is what dating by context needs.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from chronology.events import lexicon as lx
from chronology.events.text import Sentence, Token
from chronology.events.verbs import Form, is_verb_base, verb_form, verb_lemma, verb_table

_FINITE_FORMS = frozenset({Form.PAST, Form.THIRD_PERSON})
_PARTICIPLE_FORMS = frozenset({Form.PAST, Form.PARTICIPLE, Form.PAST_OR_PARTICIPLE})
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "(", ")", '"', "“", "”"})
_RELATIVES = frozenset({"that", "which", "who"})
_PREPOSITION_OR_SUBORDINATOR = frozenset({"as", "since", "before", "after", "until"})
#: Longest run of names and numbers between a determiner and its noun ("the Oct. 23, 1999, killing").
NAME_RUN = 6
_NEVER_TRIGGERS = lx.FUNCTION_WORDS | lx.AUXILIARIES | lx.NON_EVENT_HOMOGRAPHS
_BE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_FINITE_AUXILIARIES = frozenset(lx.AUXILIARIES - {"be", "been", "being", "having", "doing", "done"})


#: Per-word answers (lemma, nominalization) are cached: news vocabulary repeats.
WORD_CACHE_SIZE = 1 << 16


@dataclass(frozen=True, slots=True)
class Mention:
    index: int  # token index of the head word
    token: Token
    lemma: str
    event_class: str
    verbal: bool
    finite: bool
    main: bool  # heads a main clause (not after a subordinator in its clause)
    sentence: int


def event_class(lemma: str, verbal: bool) -> str:
    if lemma in lx.REPORTING_LEMMAS:
        return "REPORTING"
    if lemma in lx.ASPECTUAL_LEMMAS:
        return "ASPECTUAL"
    if lemma in lx.PERCEPTION_LEMMAS and verbal:
        return "PERCEPTION"
    if lemma in lx.I_STATE_LEMMAS and verbal:
        return "I_STATE"
    if lemma in lx.I_ACTION_LEMMAS:
        return "I_ACTION"
    if lemma in lx.STATE_LEMMAS and verbal:
        return "STATE"
    return "OCCURRENCE"


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=WORD_CACHE_SIZE)
def event_noun_lemma(word: str) -> str | None:
    """The lexicon form of an event noun ("raids" -> "raid"), or None when the noun names no happening."""
    singular = _singular(word)
    if word in lx.NON_EVENT_NOUNS:
        return None
    for candidate in (word, singular):
        if candidate in lx.EVENT_NOUNS:
            return candidate
    return None


@lru_cache(maxsize=WORD_CACHE_SIZE)
def nominalizes_a_verb(word: str) -> bool:
    """Whether a noun is a verb's nominalization ("ratification", "arrival", "completion")."""
    if word in lx.NON_EVENT_NOUNS:
        return False
    singular = _singular(word)
    for suffix, endings in lx.NOMINAL_SUFFIXES:
        if singular.endswith(suffix) and len(singular) >= len(suffix) + 3:
            stem = singular[: -len(suffix)]
            # "recapitalization": a prefixed verb the verb table may not list ("recapitalize")
            stems = [stem] + [
                stem[len(prefix) :]
                for prefix in lx.VERB_PREFIXES
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 4
            ]
            if any(is_verb_base(s + ending) for s in stems for ending in endings):
                return True
    return False


def _nominal_event(tokens: Sequence[Token], index: int, stop: int, blocked: frozenset[int]) -> bool:
    """A nominalization names a happening when it takes an argument or a date, or when a verb of
    occurring has it as subject: "the creation of NATO", "the March accession", "the
    recapitalization that took place"."""
    after = tokens[index + 1].lower if index + 1 < stop else ""
    return after in lx.NOMINAL_EVENT_CUES or (index - 1) in blocked or _occurs(tokens, index + 1, stop)


def _occurs(tokens: Sequence[Token], position: int, stop: int) -> bool:
    """Whether a verb of occurring opens here: "occurred", "that took place", "which was held"."""
    if position < stop and tokens[position].lower in ("that", "which"):
        position += 1
    passive = False
    while position < stop and tokens[position].lower in lx.AUXILIARIES:
        passive = passive or tokens[position].lower in ("is", "are", "was", "were", "be", "been")
        position += 1
    if position >= stop or verb_form(tokens[position].lower) is None:
        return False
    lemma = verb_lemma(tokens[position].lower)
    following = lx.OCCURRING_OBJECTS.get(lemma)
    if following is not None:
        return position + 1 < stop and tokens[position + 1].lower == following
    return lemma in lx.OCCURRING_LEMMAS or (passive and lemma in lx.SUPPORT_LEMMAS)


def _previous_word(tokens: Sequence[Token], index: int, first: int) -> Token | None:
    return tokens[index - 1] if index - 1 >= first else None


def _auxiliary_before(tokens: Sequence[Token], index: int, first: int) -> str | None:
    """The auxiliary that opens this word's verb group ("has not yet announced" -> "has")."""
    position = index - 1
    while position >= first:
        word = tokens[position].lower
        if word in ("'s", "'d") and (
            position == first or tokens[position - 1].lower not in lx.CONTRACTING_SUBJECTS
        ):
            return None  # "the boy's father": a possessive
        if word in lx.AUXILIARIES or word == "to":
            return word
        if word in ("not", "n't", "never", "also", "already", "just", "still", "yet", "ever", "only") or (
            word.endswith("ly") and len(word) > 4
        ):
            position -= 1
            continue
        return None
    return None


#: The forms an adjective shares with a verb: "safe" and "open" with the base, "missing" with the -ing form.
_COMPLEMENT_FORMS = frozenset({Form.BASE, Form.GERUND})


def _is_verbal(
    tokens: Sequence[Token], index: int, first: int, stop: int, form: Form, after_verb: bool = False
) -> bool:
    """Whether a verb form is used as a verb here, rather than as a noun or an adjective; `after_verb`
    tells that the word right before is a verb that takes an object."""
    token = tokens[index]
    table = verb_table()
    homograph = token.lower in table.also_noun or token.lower in table.also_adjective
    previous = _previous_word(tokens, index, first)
    before = previous.lower if previous is not None else ""
    after = tokens[index + 1].lower if index + 1 < stop else ""
    auxiliary = _auxiliary_before(tokens, index, first)
    if before == "to" and (
        form is Form.THIRD_PERSON
        or (form in (Form.PAST, Form.PAST_OR_PARTICIPLE) and not is_verb_base(token.lower))  # "to put"
    ):
        # "said to cheers", "listened to registered nurses": an infinitive takes the base form, so
        # this "to" is a preposition before a noun phrase
        return False
    if (
        form is Form.THIRD_PERSON
        and after_verb
        and index - 2 >= first
        and (tokens[index - 2].lower == "to" or tokens[index - 2].lower in lx.MODAL_WORDS)
    ):
        # "intent to supply drugs", "will sell arms": an infinitive takes no finite verb after it,
        # so the "-s" word is its object, a plural noun
        return False
    if (
        form is Form.BASE
        and auxiliary in _BE_AUXILIARIES
        and token.lower in table.also_adjective
        and not _comparative(tokens, index, stop)
    ):
        # "is ready to", "was not clear": "be" takes no base form, so this is an adjective; a
        # comparative ("were lower than a year ago") tells a change, an event of its own
        return False
    if (
        form in _COMPLEMENT_FORMS
        and token.lower in table.also_adjective
        and previous is not None
        and (
            (before in lx.OBJECT_PRONOUNS and _object_complement_verb(tokens, index - 2, first))
            or (
                index - 2 >= first
                and tokens[index - 2].lower in lx.DETERMINERS
                and _object_complement_verb(tokens, index - 3, first)
            )
        )
    ):
        # "declared it safe", "found him fit", "reported him missing", "reported the boy missing":
        # after a past verb and its object, a word that is an adjective too completes the object; only
        # a verb of perception or causing takes a bare infinitive there ("saw it fall", "made them wait")
        return False
    if before in lx.VERB_CONTEXT or auxiliary is not None:
        return True
    noun_cue = (
        before in lx.NOUN_CONTEXT
        or (previous is not None and (previous.text[0].isdigit() or previous.text == "%"))  # "a 51% stake"
        or (form is Form.THIRD_PERSON and _counted(tokens, index, first))
    )
    if form in _PARTICIPLE_FORMS:
        # "the injured man", "the flooded village": a participle between a determiner and its noun
        # ("an estimated 2%", "a reported 300 people": before a number too)
        if before in lx.DETERMINERS and (
            _premodifies(tokens, index, stop)
            or (index + 1 < stop and tokens[index + 1].text[0] in "0123456789$")
        ):
            return False
        if before in lx.CLAUSE_PREPOSITIONS and form is not Form.PAST and _premodifies(tokens, index, stop):
            # "a boom of chained logs", "with armed guards": a preposition takes no participle as a
            # verb, so this one modifies the noun after it
            return False
        return not (noun_cue and homograph)
    if form is Form.GERUND:
        if before in lx.CLAUSE_PREPOSITIONS and (after in lx.OBJECT_STARTERS or after in lx.PARTICLES):
            return True  # "charged with gunning down a doctor", "by selling the shares": it takes an object
        # "Operating income rose": a sentence-initial gerund before a plain noun modifies it
        return (
            not noun_cue
            and not (previous is None and _premodifies(tokens, index, stop))
            and not _determined(tokens, index, first)
            and not (token.lower in lx.NON_EVENT_NOUNS and _modified_noun(tokens, index, first))
        )
    if not homograph:
        # "swept away their wooden barrack": a base form after a singular determiner and its
        # modifiers is a noun even when the table knows the word only as a verb
        return not noun_cue and not (form is Form.BASE and _after_singular_phrase(tokens, index, first))
    if noun_cue:
        return False
    if form is Form.BASE and (
        (index - 2 >= first and tokens[index - 2].lower in ("a", "an"))
        or _after_singular_phrase(tokens, index, first)
    ):
        # "an official visit", "the trade minister", "his work crew": a singular subject takes no base
        # form, so it is a noun
        return False
    if after in lx.AUXILIARIES or (verb_form(after) in _FINITE_FORMS and after not in table.also_noun):
        # "the services concern said", "the plan was": a noun heading the subject of the next verb
        return False
    if form is Form.BASE and before in lx.SUBORDINATORS:
        if before not in lx.RELATIVE_SUBJECTS:
            # "when ash from the eruption reached", "until rain stopped": a clause needs a subject,
            # and no relative pronoun stands for one, so the word after the subordinator is it
            return False
        # "who say", "rules that apply to"; "that" and "which" are determiners too: "reviewing that
        # letter.", "at that price, the company"
        return before not in lx.DETERMINER_PRONOUNS or _takes_complement(tokens, index + 1, stop)
    if form is Form.BASE and len(before) > 3 and before.endswith("s") and before not in lx.FUNCTION_WORDS:
        # "relatives say he", "officials plan to": after a plural noun a verb goes on to its complement;
        # "the abrasives segment rose", "the services concern.": a noun ending a compound does not
        # ("analysts say," closes a parenthetical: a reporting verb needs no complement)
        return token.lower in lx.REPORTING_LEMMAS or _takes_complement(tokens, index + 1, stop)
    if (
        form is Form.BASE
        and index - 2 >= first
        and tokens[index - 2].lower in lx.NOUN_PHRASE_PREPOSITIONS
        and previous is not None
        and previous.is_word
        and not previous.capitalized
        and before not in lx.FUNCTION_WORDS
        and before not in lx.PLURAL_NOUNS
    ):
        # "at high tide the next morning", "on dry land": a preposition takes a noun phrase, and a
        # base form after one word of it is that phrase's noun, not a verb with no subject
        return False
    # "officials attack the plan", "he plans to": a following object or infinitive makes it a verb,
    # unless the word is itself a verb's object ("allocated funds to help", "raise funds to pay")
    return (
        after in lx.OBJECT_STARTERS
        and previous is not None
        and previous.lower not in lx.FUNCTION_WORDS
        and not after_verb
    )


def _after_verb_and_that(tokens: Sequence[Token], index: int, first: int, verbs: Collection[int]) -> bool:
    """Whether a word follows a verb and "that": "ended that work", "sold that land". A "that" opening
    a verb's clause is followed by the clause's subject, never its verb, so "that" is a determiner
    here and the base form after it is its noun; after a verb of causing or perceiving "that" may be
    the object a bare infinitive follows ("made that happen", "saw that fall")."""
    return (
        index - 2 >= first
        and tokens[index - 1].lower == "that"
        and index - 2 in verbs
        and verb_lemma(tokens[index - 2].lower) not in lx.BARE_INFINITIVE_LEMMAS
    )


def _comparative(tokens: Sequence[Token], index: int, stop: int) -> bool:
    word = tokens[index].lower
    return (
        word.endswith("er")
        or word in lx.IRREGULAR_COMPARATIVES
        or (index + 1 < stop and tokens[index + 1].lower == "than")
    )


#: Words that may stand between a determiner and the noun it determines: "the prime minister".
SINGULAR_PHRASE_REACH = 2


def _after_singular_phrase(tokens: Sequence[Token], index: int, first: int) -> bool:
    """Whether a determiner and singular modifiers come right before a word: "an official visit", "the
    trade minister", "its work crew" (a plural noun before it could be its subject: "the officials
    plan")."""
    position = index - 1
    homograph = False
    while position >= first and index - position <= SINGULAR_PHRASE_REACH:
        token = tokens[position]
        word = token.lower
        if word in lx.SINGULAR_DETERMINERS:
            # "helped the company keep its costs flat": after a verb of causing, a bare infinitive
            causing = position > first and verb_lemma(tokens[position - 1].lower) in lx.BARE_INFINITIVE_LEMMAS
            return (
                position < index - 1
                and not causing
                and not (homograph and not _noun_phrase_object(tokens, position, first))
            )
        if (
            not token.is_word
            or token.capitalized
            or word in lx.FUNCTION_WORDS
            or word in lx.AUXILIARIES
            or word in lx.PLURAL_NOUNS
            or (word.endswith("s") and not word.endswith("ss"))
            or (verb_form(word) is not None and not _noun_modifier_homograph(word))
        ):
            return False
        homograph = homograph or verb_form(word) is not None
        position -= 1
    return False


def _noun_modifier_homograph(word: str) -> bool:
    """Whether a word between a determiner and a base form may be a noun modifying it: "his back
    yard" (a base form that is a noun too; a finite form would be the verb)."""
    return verb_form(word) is Form.BASE and word in verb_table().also_noun


def _noun_phrase_object(tokens: Sequence[Token], determiner: int, first: int) -> bool:
    """Whether a determiner opens an object, of a preposition that takes no clause or of a verb that
    takes no clause, or a complement of "be": "in his back yard", "shattered the glass shell", "was the
    best tool" are noun phrases, while "The couple marry on Saturday", "The band play Leeds" are a
    collective subject (a noun that is a verb base too) and its verb."""
    if determiner <= first:
        return False
    before = tokens[determiner - 1].lower
    return (
        before in lx.NOUN_PHRASE_PREPOSITIONS
        or before in lx.AUXILIARIES
        or (verb_form(before) is not None and verb_lemma(before) not in lx.CLAUSE_LEMMAS)
    )


#: Words that may stand between a number and the noun it counts: "three foreign ministers".
COUNTED_REACH = 3


def _counted(tokens: Sequence[Token], index: int, first: int) -> bool:
    """ "the three foreign ministers", "12 senior officials": a form in "-s" that a number counts,
    past modifiers that are no plural noun themselves, is a plural noun."""
    position = index - 1
    while position >= first and index - position <= COUNTED_REACH:
        token = tokens[position]
        if token.text[0].isdigit() or token.lower in lx.NUMBER_WORDS:
            return True
        if (
            not token.is_word
            or token.capitalized
            or token.lower in lx.FUNCTION_WORDS
            or token.lower in lx.AUXILIARIES
            or token.lower.endswith("s")
            or verb_form(token.lower) is not None
        ):
            return False
        position -= 1
    return False


def _takes_complement(tokens: Sequence[Token], position: int, stop: int) -> bool:
    """Whether what follows a word can be a verb's complement rather than the end of its noun phrase:
    not a sentence or clause break, and not the finite verb of which the word's phrase is subject."""
    if position >= stop:
        return False
    after = tokens[position]
    if not after.is_word and not after.text[0].isdigit() and after.text not in ("$", "“", '"', "`", "'"):
        return False
    form = verb_form(after.lower)
    if form is Form.THIRD_PERSON:
        return after.lower in verb_table().also_noun  # "officials plan cuts"
    return form not in (Form.PAST, Form.PAST_OR_PARTICIPLE)


def _modified_noun(tokens: Sequence[Token], index: int, first: int) -> bool:
    """ "the federal building", "a crowded building": a determiner and modifiers before a word that is
    also a plain noun make it that noun ("stop building weapons", "the cost of building it" do not)."""
    position = index - 1
    while position >= first and index - position <= SINGULAR_PHRASE_REACH + 1:
        token = tokens[position]
        if token.lower in lx.DETERMINERS:
            return True
        if not token.is_word or token.lower in lx.FUNCTION_WORDS or token.lower in lx.AUXILIARIES:
            return False
        position -= 1
    return False


def _determined(tokens: Sequence[Token], index: int, first: int) -> bool:
    """ "the 1996 Olympic bombing", "the Oct. 23 killing", "his first hearing": a determiner before
    names, numbers and ordinals makes the word after them a noun."""
    position = index - 1
    while position >= first and index - position <= NAME_RUN:
        token = tokens[position]
        if token.lower in lx.DETERMINERS:
            return position < index - 1
        if not (
            token.capitalized
            or token.text[0].isdigit()
            or token.text in (".", ",")
            or token.lower in lx.ORDINAL_MODIFIERS
        ):
            return False
        position -= 1
    return False


def _finite_group(tokens: Sequence[Token], index: int, first: int) -> bool:
    """Whether a chain of auxiliaries before a verb opens with a finite one: "had been telling", "will
    have been sold" (the auxiliary next to the verb, "been", is not finite itself)."""
    position = index - 1
    while position >= first:
        word = tokens[position].lower
        if word in _FINITE_AUXILIARIES:
            return True
        if word not in lx.AUXILIARIES and not (
            word in ("not", "n't", "never", "also", "already", "just", "still", "yet", "ever", "only")
            or (word.endswith("ly") and len(word) > 4)
        ):
            return False
        position -= 1
    return False


def _is_finite(tokens: Sequence[Token], index: int, first: int, stop: int, form: Form) -> bool:
    auxiliary = _auxiliary_before(tokens, index, first)
    if auxiliary is not None:
        return auxiliary in _FINITE_AUXILIARIES or _finite_group(tokens, index, first)
    if form is Form.PAST_OR_PARTICIPLE:
        # "stay closed", "got married": a participle right after another verb is its complement
        previous = _previous_word(tokens, index, first)
        if previous is None:
            # "Suspected bombs exploded": a participle opening a sentence before its noun has no subject
            return not _premodifies(tokens, index, stop)
        # "was found abandoned", "were reported killed": a participle right after a participle is
        # its complement too
        return previous.lower not in lx.LINKING_VERB_FORMS and not (
            verb_form(previous.lower) in _PARTICIPLE_FORMS
            and _auxiliary_before(tokens, index - 1, first) in _BE_AUXILIARIES
        )
    if form in _FINITE_FORMS:
        return True
    if form is Form.BASE:
        previous = _previous_word(tokens, index, first)
        if previous is not None and verb_form(previous.lower) is Form.PAST:
            # "went bankrupt", "made sure": a past verb is the finite one, and a base form after it
            # is its complement
            return False
        return previous is not None and previous.lower not in lx.FUNCTION_WORDS - {"i", "we", "you", "they"}
    return False


def _subordinate(
    tokens: Sequence[Token], index: int, sentence: Sentence, blocked: frozenset[int], verbs: set[int]
) -> bool:
    """Whether a subordinator opens the clause this word is in."""
    opens_with_subordinator = tokens[sentence.first].lower in lx.SUBORDINATORS
    seen_comma = False
    coordinated = verb_seen = False
    # "who it said had run": a verb right before this verb group takes it as its complement
    group = index
    while group - 1 >= sentence.first and tokens[group - 1].lower in lx.AUXILIARIES:
        group -= 1
    # ("The flood that followed killed 214": an intransitive verb takes no clause, so the relative
    # clause has closed before the main verb)
    complement = group - 1 in verbs and verb_lemma(tokens[group - 1].lower) in lx.CLAUSE_LEMMAS
    position = index - 1
    while position >= sentence.first:
        if position in blocked:  # "that year" inside a time expression opens no clause
            position -= 1
            continue
        word = tokens[position].lower
        if word in _CLAUSE_BREAKS:
            return False
        if word == ",":
            if opens_with_subordinator and not seen_comma:
                # "When the storm hit, residents fled": the comma closes the fronted clause
                between = [t.lower for t in tokens[position + 1 : index]]
                if not any(w in lx.SUBORDINATORS for w in between):
                    return False
            seen_comma = True
        elif word in ("and", "or", "but"):
            # "burned the barns of the villages that had supplied it, and the villagers fled": after a
            # comma, a conjunction with a subject of its own opens a new clause, so the relative clause
            # before it has closed; without one ("who fled and hid") the verbs share its clause
            new_subject = (
                position > sentence.first
                and tokens[position - 1].text == ","
                and group > position + 1
                and not any(i in verbs for i in range(position + 1, group))
            )
            coordinated = coordinated or not new_subject
        elif word in _PREPOSITION_OR_SUBORDINATOR:
            # "after rocks fell" opens a clause, "after the meeting, they voted" does not
            # ("broke after the first volleys and fled": a phrase that ends at the conjunction is no
            # clause of this verb, which is joined to a predicate before it)
            if (
                not seen_comma
                and not verb_seen
                and not coordinated
                and position + 1 < index
                and not _fronted_phrase_then_subject(tokens, position, group, index, sentence, blocked)
            ):
                return True
        elif (
            word == "once"
            and position > sentence.first
            and tokens[position - 1].lower in lx.ADVERBIAL_ONCE_LEADS
        ):
            pass  # "The stern sank at once, and four men drowned": an adverb of the clause before
        elif word in lx.SUBORDINATORS:
            if (
                seen_comma
                and not opens_with_subordinator
                and position - 1 > sentence.first
                and tokens[position - 1].text == ","
                and not any(i in verbs for i in range(sentence.first, position - 1))
            ):
                # "The crew, when they reached the shore, lit a fire", "Joan, who was ten, and her
                # brother went": a clause set off by commas after the subject interrupts the main
                # clause, whose verb follows the closing comma
                return False
            # "The raid that killed him began at dawn": a relative clause with its own verb has closed
            return not (word in _RELATIVES and verb_seen and not complement)
        elif position in verbs:
            if coordinated and not verb_seen:
                # "The flood that followed killed 214 and destroyed 300 homes": a conjunct is in the
                # clause of the predicate it is joined to
                return _subordinate(tokens, position, sentence, blocked, verbs)
            verb_seen = True
        position -= 1
    return False


def _after_subject_pronoun(tokens: Sequence[Token], index: int, first: int, times: frozenset[int]) -> bool:
    """Whether a word follows a subject pronoun, perhaps past an adverb of the verb group: "she
    compared", "they then provided", "It based" opening a clause ("it" is an object pronoun too, so
    only where a clause opens: first, after a comma or after a fronted time, "In 1890 it provided")."""
    at = index - 1
    if at > first and tokens[at].lower in lx.GROUP_ADVERBS:
        at -= 1
    if at < first:
        return False
    word = tokens[at].lower
    if word in lx.NOMINATIVE_PRONOUNS:
        return True
    return word == "it" and (at == first or tokens[at - 1].text in (",", ";") or at - 1 in times)


def _after_subject_noun(
    tokens: Sequence[Token], index: int, sentence: Sentence, times: frozenset[int], verbs: set[int]
) -> bool:
    """Whether a past form that is often a preposition is the verb of a noun subject: the first
    verb of its sentence, after a noun, with an object after it ("The inspectors compared the
    figures", "The council provided 200 tents"). After a clause's verb it is a preposition or
    conjunction ("rose 4 per cent compared with", "will sail provided the weather holds")."""
    if index <= sentence.first or index + 1 >= sentence.stop:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    if not before.is_word or before.lower in lx.FUNCTION_WORDS or index - 1 in times:
        return False
    # a bare noun object too ("provided shelter", "compared records") or a pronoun one ("compared
    # them"); a function word after it makes it a preposition or conjunction ("compared with",
    # "provided that")
    if not (
        after.lower in lx.DETERMINERS
        or after.lower in lx.OBJECT_PRONOUNS
        or after.text[0].isdigit()
        or (after.is_word and after.lower not in lx.FUNCTION_WORDS)
    ):
        return False
    return not any(i in verbs for i in range(sentence.first, index))


def _object_complement_verb(tokens: Sequence[Token], position: int, first: int) -> bool:
    """Whether the word at `position` is a past verb that takes an object and its complement, not a
    bare infinitive ("declared", "found"; not "saw", "made", "let"), nor an auxiliary before its
    subject ("When did it open?")."""
    if position < first:
        return False
    word = tokens[position].lower
    return (
        word not in lx.AUXILIARIES
        and verb_form(word) in (Form.PAST, Form.PAST_OR_PARTICIPLE)
        and verb_lemma(word) not in lx.BARE_INFINITIVE_LEMMAS
        and verb_lemma(word) not in lx.PERCEPTION_LEMMAS
    )


def _fronted_phrase_then_subject(
    tokens: Sequence[Token],
    preposition: int,
    group: int,
    index: int,
    sentence: Sentence,
    blocked: frozenset[int],
) -> bool:
    """Whether a preposition opening the sentence (after a length at most: "Ten days after") takes a
    noun phrase and a second one starts the main clause's subject before the verb: "After her return
    she devised", "Two months after the fire the council passed" (without a comma; "after rocks fell"
    has one phrase, the subject of its own clause). A verb followed at once by a subject pronoun is in
    a relative clause of the fronted phrase, whose main clause that pronoun opens: "After the meal the
    cook prepared we left" (unless the verb takes a clause: "After the vote the mayor said she would
    resign"); the words of a time expression start no subject: "Before the storm this week hit the
    coast", but a subject starts after them when they are the whole phrase: "After ten days it
    reached"."""
    if (
        index + 1 < sentence.stop
        and tokens[index + 1].lower in lx.NOMINATIVE_PRONOUNS
        and verb_lemma(tokens[index].lower) not in lx.CLAUSE_LEMMAS  # "the mayor said she would"
    ):
        return False
    if any(
        i not in blocked and tokens[i].lower not in lx.NUMBER_WORDS and not tokens[i].text[0].isdigit()
        for i in range(sentence.first, preposition)
    ):
        return False
    for start in range(preposition + 2, group):
        if start not in blocked and all(i in blocked for i in range(preposition + 1, start)):
            return True  # "After ten days it reached Lisbon": a time is the whole phrase
        before = tokens[start - 1]
        if (
            tokens[start].lower in lx.FRONTED_SUBJECT_STARTERS
            and start not in blocked
            and before.is_word
            and before.lower not in lx.FUNCTION_WORDS
            and before.lower not in lx.DETERMINERS
        ):
            return True
    return False


def _premodifies(tokens: Sequence[Token], index: int, stop: int) -> bool:
    """A gerund right before a plain noun works as an adjective: "operating income", "the ruling party"."""
    if index + 1 >= stop:
        return False
    after = tokens[index + 1]
    return (
        after.is_word
        and not after.capitalized
        and after.lower not in lx.FUNCTION_WORDS
        and after.lower not in lx.AUXILIARIES
    )


def _before_noun(tokens: Sequence[Token], index: int, stop: int) -> bool:
    """Whether a word stands before the noun phrase it modifies: a plain noun, a name or an amount
    ("the remaining $40 million", "any remaining Erbamont holders", "neighboring countries")."""
    if index + 1 >= stop:
        return False
    after = tokens[index + 1]
    if after.text[0].isdigit() or after.text in ("$", "#"):
        return True
    return (
        after.is_word
        and after.lower not in lx.FUNCTION_WORDS
        and after.lower not in lx.AUXILIARIES
        and verb_form(after.lower) not in _FINITE_FORMS
        and not after.lower.endswith("ly")  # "lasting nearly an hour": an adverb opens no noun phrase
    )


def _gives_name(tokens: Sequence[Token], index: int, sentence: Sentence, verbs: set[int]) -> bool:
    """ "found an explosive called Semtex", "played with a puppy named Dolphin": a participle of naming
    right after its noun, before the name, tells what the thing is called. Before the clause has a
    verb it is the clause's own verb ("The council named Jo Park treasurer"), unless a comma sets it
    apart ("One of the computers, called Nova 1, sold well")."""
    if index == sentence.first or index + 1 >= sentence.stop:
        return False
    previous, after = tokens[index - 1], tokens[index + 1]
    names = after.capitalized or after.text in ('"', "“", "`", "'", "‘")
    if not names:
        return False
    if previous.text == ",":
        return True
    return (
        any(position in verbs for position in range(sentence.first, index))
        and previous.is_word
        and not previous.capitalized
        and previous.lower not in lx.AUXILIARIES
        and (previous.lower == "so" or previous.lower not in lx.FUNCTION_WORDS)
        and previous.lower not in lx.VERB_CONTEXT
        and not previous.lower.endswith("ly")  # "repeatedly called Bush a liar"
    )


def _measure_compound(tokens: Sequence[Token], index: int, first: int) -> bool:
    """ "a 16-bit chip", "a 61%-owned unit", "U.N.-run camps": a word hyphened to an amount or an
    abbreviation is the end of a compound adjective (hyphened words are otherwise one token)."""
    if index - 2 < first:
        return False
    hyphen, before = tokens[index - 1], tokens[index - 2]
    return (
        hyphen.text == "-"
        and hyphen.end == tokens[index].start
        and before.end == hyphen.start
        and (before.text[0].isdigit() or before.text == "%" or before.text.endswith("."))
    )


def _compound_modifier(tokens: Sequence[Token], index: int, sentence: Sentence, verbs: set[int]) -> bool:
    """A gerund that modifies the noun after it: "the thrift holding company", "higher operating
    profit", "in financing costs". Not after a verb ("began notifying customers"), and after a
    preposition only before a noun that names a thing ("by selling shares" stays an event)."""
    if not _premodifies(tokens, index, sentence.stop):
        return False
    after = tokens[index + 1].lower
    if after in lx.GERUND_COMPOUND_HEADS:
        # "had operating profit of": possessive "have" takes the compound as its object
        return index - 1 not in verbs or tokens[index - 1].lower in lx.POSSESSION_FORMS
    if index == sentence.first or verb_form(after) is not None:
        return False
    previous = tokens[index - 1]
    return (
        previous.is_word
        and index - 1 not in verbs
        and (previous.lower in lx.DETERMINERS or previous.lower not in lx.FUNCTION_WORDS)
        and previous.lower not in lx.AUXILIARIES
        and verb_form(previous.lower) is None
    )


def _date_follows(tokens: Sequence[Token], index: int, stop: int, blocked: frozenset[int]) -> bool:
    """Whether a time expression starts right after a word, or after "on" or "by" after it."""
    position = index + 1
    if position < stop and tokens[position].lower in ("on", "by"):
        position += 1
    return position < stop and position in blocked and (position - 1 not in blocked)


#: Words between a charge and the crime it names: "charged with attempted murder".
CHARGE_REACH = 4


def _margin(tokens: Sequence[Token], index: int, first: int) -> bool:
    """Whether a noun heads the margin a "by" phrase counts: "by seven votes", "by 3 points"."""
    if index - 2 < first or tokens[index - 2].lower != "by":
        return False
    count = tokens[index - 1]
    return count.text[0].isdigit() or count.lower in lx.NUMBER_WORDS


def _charge_named(tokens: Sequence[Token], index: int, first: int) -> bool:
    """ "charged with murder", "a charge of second-degree murder", "convicted of arson": a bare noun
    after a charge names a crime, not a happening (with a determiner it is one: "charged in the
    killing of")."""
    position = index - 1
    while position >= first and index - position <= CHARGE_REACH:
        word = tokens[position].lower
        if word in ("with", "of"):
            before = tokens[position - 1].lower if position > first else ""
            return verb_lemma(before) in lx.CASE_LEMMAS or _singular(before) in lx.CHARGE_NOUNS
        if not tokens[position].is_word or word in lx.FUNCTION_WORDS or word in lx.DETERMINERS:
            return False
        position -= 1
    return False


def _noun_modifier(tokens: Sequence[Token], index: int, stop: int) -> bool:
    """Whether a noun modifies a plain noun right after it: "the death penalty", "war crimes" (a word
    the verb table or the event lexicon knows may be a predicate or an event of its own)."""
    if index + 1 >= stop or verb_form(tokens[index].lower) in (Form.GERUND, Form.THIRD_PERSON):
        return False  # "warning competitors", "yields none": a verb form takes an object
    after = tokens[index + 1]
    word = after.lower
    return (
        word.isalpha()
        and not after.capitalized
        and word not in lx.FUNCTION_WORDS
        and word not in lx.AUXILIARIES
        and word not in lx.CALENDAR_WORDS
        and word not in lx.NON_EVENT_HOMOGRAPHS
        and word not in lx.ADVERBS_AFTER_NOUNS
        and verb_form(word) is None
        and event_noun_lemma(word) is None
        and not word.endswith("ly")
        and not word.endswith(lx.ADJECTIVE_ENDINGS)
    )


def _skip_word(token: Token, index: int, sentence: Sentence, tokens: Sequence[Token]) -> bool:
    if not token.is_word or len(token.lower) < 2 or token.lower in _NEVER_TRIGGERS:
        return True
    if token.capitalized and index > sentence.first:
        previous = tokens[index - 1].text
        # A capital mid-sentence is a name ("Congress", "March") unless the text is in capitals.
        return previous not in _CLAUSE_BREAKS and not token.text.isupper()
    if token.capitalized and not token.text.isupper() and index + 1 < sentence.stop:
        # "Peter Holland, 45, becomes ...": a capital before another one opens a name
        after = tokens[index + 1]
        return after.is_word and after.capitalized and not after.text.isupper() and after.lower != "i"
    return False


def _possession(tokens: Sequence[Token], index: int, sentence: Sentence) -> bool:
    """ "has 45 stores", "had a loss": "have" as the main verb, with an object rather than a participle
    ("had closed"), an infinitive ("have to") or "been"."""
    if index > sentence.first and tokens[index - 1].lower in ("'s", "'d", "to"):
        return False
    position = index + 1
    while position < sentence.stop and tokens[position].lower in ("not", "n't", "never", "also", "already"):
        position += 1
    if position >= sentence.stop:
        return False
    after = tokens[position]
    if after.lower in lx.POSSESSION_OBJECT_STARTERS or after.text[0] in "0123456789$":
        return True
    # "had sales of $9 million", "has had weak results", "had net income of": a bare noun phrase of
    # results (a participle would make "have" an auxiliary: "had closed", "had risen")
    return after.is_word and not after.capitalized and after.lower in lx.RESULT_OBJECT_WORDS


def find_mentions(
    tokens: Sequence[Token], sentences: Sequence[Sentence], blocked: frozenset[int]
) -> list[Mention]:
    """Every event mention; `blocked` holds token indexes inside time expressions."""
    mentions: list[Mention] = []
    verbs: set[int] = set()  # verbal mentions found so far
    for number, sentence in enumerate(sentences):
        for index in range(sentence.first, sentence.stop):
            if index in blocked:
                continue
            token = tokens[index]
            if token.lower in lx.POSSESSION_FORMS and _possession(tokens, index, sentence):
                # "had a loss of $2 million": a state that a date may place, never a main event alone
                verbs.add(index)
                mentions.append(Mention(index, token, "have", "STATE", True, True, False, number))
                continue
            if token.lower in lx.DATED_STATE_ADJECTIVES and _date_follows(
                tokens, index, sentence.stop, blocked
            ):
                # "debentures due March 1, 2011", "the dividend is payable Jan. 2": a state its date places
                mentions.append(Mention(index, token, token.lower, "STATE", False, False, False, number))
                continue
            if _skip_word(token, index, sentence, tokens):
                continue
            word = token.lower
            if word == "going" and index + 1 < sentence.stop and tokens[index + 1].lower == "to":
                continue  # "going to" marks the future, the event is the verb after it
            if word in lx.FIXED_PHRASES and index > sentence.first and index + 1 < sentence.stop:
                around = (tokens[index - 1].lower, tokens[index + 1].lower)
                if around in lx.FIXED_PHRASES[word]:
                    continue
            if _measure_compound(tokens, index, sentence.first):
                continue
            form = verb_form(word)
            # "the shareholders' meeting yesterday": a word of a time expression is no noun it modifies
            modifies = index + 1 not in blocked
            if form is Form.GERUND and modifies and _compound_modifier(tokens, index, sentence, verbs):
                continue
            if word in lx.NAMING_VERB_PARTICIPLES and _gives_name(tokens, index, sentence, verbs):
                continue
            if word in lx.PARTICIPIAL_ADJECTIVES and modifies and _before_noun(tokens, index, sentence.stop):
                continue
            if (
                word in lx.NAMING_PARTICIPLES
                and index + 1 < sentence.stop
                and tokens[index + 1].lower == "as"
            ):
                continue
            if form is not None:
                lemma = verb_lemma(word)
                if (
                    (lemma in lx.NON_EVENT_VERBS or word in lx.NON_EVENT_VERBS)
                    and not (
                        word in lx.AUXILIARY_EVENT_PARTICIPLES
                        and index > sentence.first
                        and tokens[index - 1].lower in lx.AUXILIARIES
                    )
                    and not (
                        word in lx.PREPOSITIONAL_PAST_FORMS
                        and (
                            _after_subject_pronoun(tokens, index, sentence.first, blocked)
                            or _after_subject_noun(tokens, index, sentence, blocked, verbs)
                        )
                    )
                ):
                    continue
                after_verb = (
                    index - 1 in verbs and verb_lemma(tokens[index - 1].lower) not in lx.CLAUSE_LEMMAS
                )
                if _is_verbal(tokens, index, sentence.first, sentence.stop, form, after_verb) and not (
                    form is Form.BASE and _after_verb_and_that(tokens, index, sentence.first, verbs)
                ):
                    verbs.add(index)
                    finite = _is_finite(tokens, index, sentence.first, sentence.stop, form)
                    mentions.append(
                        Mention(
                            index=index,
                            token=token,
                            lemma=lemma,
                            event_class=event_class(lemma, True),
                            verbal=True,
                            finite=finite,
                            main=finite and not _subordinate(tokens, index, sentence, blocked, verbs),
                            sentence=number,
                        )
                    )
                    continue
                if (
                    form is Form.GERUND
                    and word not in lx.NON_EVENT_NOUNS
                    and not (modifies and _premodifies(tokens, index, sentence.stop))
                ):
                    mentions.append(
                        Mention(index, token, lemma, event_class(lemma, False), False, False, False, number)
                    )
                    continue
            noun = event_noun_lemma(word)
            if (
                noun is None
                and nominalizes_a_verb(word)
                and _nominal_event(tokens, index, sentence.stop, blocked)
            ):
                noun = _singular(word)
            if noun is not None and _margin(tokens, index, sentence.first):
                noun = None  # "won by seven votes", "lost by 40 points": a margin, no happening
            if noun is not None and _charge_named(tokens, index, sentence.first):
                noun = None  # "charged with murder": the crime a charge names, no happening
            if noun is not None and modifies and _noun_modifier(tokens, index, sentence.stop):
                noun = None  # "the death penalty", "war crimes": the head after it names the thing
            if noun in lx.CONTENT_NOUNS and (
                index + 1 >= sentence.stop or tokens[index + 1].lower not in lx.CONTENT_NOUN_LINKS
            ):
                # "the shareholder-rights plan", "under the plan": a scheme, not the happening of
                # planning ("plans to sell the unit", "a plan for a merger" are)
                noun = None
            if noun is not None:
                lemma = verb_lemma(noun) if verb_form(noun) is not None else noun
                mentions.append(
                    Mention(index, token, lemma, event_class(lemma, False), False, False, False, number)
                )
    return mentions
