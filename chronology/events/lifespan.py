"""The birth and death dates a biography's lead gives in a parenthesis after the name.

"Ilse Marwood (9 March 1902 – 27 November 1979) was an English composer" dates her birth and her
death wherever the text tells them ("Marwood was born in Hull", "She died at her home two years
later"), even far from any date: the lead is where an encyclopedia puts them once for the whole
article. A birth or death told of someone else ("her husband died in 1951") keeps its own time. A living
person's "(born 9 March 1962)" gives the birth alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chronology.events import lexicon as lx
from chronology.events.dating import Placed
from chronology.events.mentions import Mention
from chronology.events.text import Sentence, Token
from chronology.model.expression import TimeExpression, TimexType


@dataclass(frozen=True, slots=True)
class Lifespan:
    born: TimeExpression
    died: TimeExpression | None  # None for a living person's "(born 9 March 1962)"
    names: frozenset[str]  # the words of the name before the parenthesis ("Ilse", "Marwood")


def lead_lifespan(
    text: str, tokens: Sequence[Token], sentences: Sequence[Sentence], placed: Sequence[Placed]
) -> Lifespan | None:
    """The lifespan a parenthesis right after the name in the first sentence gives, if it does."""
    if not sentences:
        return None
    lead = sentences[0]
    opening = next((i for i in range(lead.first, lead.stop) if tokens[i].text == "("), None)
    if opening is None or opening == lead.first:
        return None
    closing = next((i for i in range(opening + 1, lead.stop) if tokens[i].text == ")"), None)
    if closing is None:
        return None
    inside = [
        p.expression
        for p in placed
        if p.sentence == 0 and p.expression.type == TimexType.DATE and opening < p.first and p.stop <= closing
    ]
    died: TimeExpression | None
    if len(inside) == 1:
        # "(born 9 March 1962)": a living person's lead gives the birth alone
        born, died = inside[0], None
        if text[tokens[opening].end : born.start].strip().lower() not in lx.BIRTH_LEAD_WORDS:
            return None
        if text[born.end : tokens[closing].start].strip():
            return None
    elif len(inside) == 2:
        born, died = sorted(inside, key=lambda e: e.start)
        if text[tokens[opening].end : born.start].strip() or text[died.end : tokens[closing].start].strip():
            return None
        if text[born.end : died.start].strip().lower() not in lx.LIFESPAN_JOINERS:
            return None
    else:
        return None
    names: set[str] = set()
    position = opening - 1
    while position >= lead.first and tokens[position].capitalized:
        names.add(tokens[position].text)
        position -= 1
    if not names:
        return None
    return Lifespan(born=born, died=died, names=frozenset(names))


def _subject(tokens: Sequence[Token], mention: Mention, first: int) -> Token | None:
    position = mention.index - 1
    while position >= first and tokens[position].lower in lx.AUXILIARIES:
        position -= 1
    return tokens[position] if position >= first else None


def lifespan_date(
    lifespan: Lifespan, tokens: Sequence[Token], sentence: Sentence, mention: Mention
) -> TimeExpression | None:
    """The lead's date for a birth or death told of the lead's person ("Marwood was born", "She
    died"), or None when the mention is neither or is told of someone else."""
    if not mention.verbal:
        return None
    if mention.token.lower in lx.BIRTH_FORMS:
        date = lifespan.born
    elif mention.lemma in lx.DEATH_LEMMAS and lifespan.died is not None:
        date = lifespan.died
    else:
        return None
    subject = _subject(tokens, mention, sentence.first)
    if subject is None or not (subject.lower in lx.PERSONAL_SUBJECTS or subject.text in lifespan.names):
        return None
    return date


def refines(own: str | None, lifespan: TimeExpression) -> bool:
    """Whether the lead's date may replace a mention's own value: it has none, or a coarser one
    that holds the lead's ("died ... two years later" at 1979 holds 27 November 1979)."""
    if own is None:
        return True
    value = lifespan.value or ""
    return value != own and value.startswith(own) and value[len(own) : len(own) + 1] == "-"
