"""Tense readings that once went wrong, next to the near sentences that must keep their reading.

Each row is a sentence of our own with its time expression in brackets. The groups: a verb that agrees
with the head of a subject across a prepositional phrase ("the companies in the country own"); an
ambiguous "-s" form before a bare noun object ("the suspect leaves prison"); a past perfect with a "by"
adjunct (a deadline on the story's own day, not a flashback); a present with an adverb of frequency (a
habit, no direction); and schedules with generic or definite plural subjects.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.tense import Tense, governing_tense
from chronology.timex import resolve_expressions
from chronology.timex.tense_bridge import TenseOracle


def around(marked: str) -> tuple[str, int, int]:
    """The sentence without the brackets that mark a span, and the span's offsets."""
    start = marked.index("[")
    end = marked.index("]") - 1
    return marked.replace("[", "").replace("]", ""), start, end


# (sentence with the time expression in brackets, tense, cue, mark: "by_deadline", "habitual" or "")
ROWS: list[tuple[str, Tense, str | None, str]] = [
    # --- a subject whose phrase ends the sentence with an "-s" verb, and a fragment with no verb
    ("[Today] the rest of the country waits.", Tense.PRESENT, "waits", ""),
    ("[Today] the workers in the auto plant.", Tense.UNKNOWN, None, ""),
    # --- a plural verb after a subject whose phrase ends in a singular noun: it agrees with the head
    ("[Today] the companies in the country own them.", Tense.PRESENT, "own", ""),
    ("[Today] two of the largest phone firms in the region descend from them.", Tense.PRESENT, "descend", ""),
    ("[Today] the people of the valley own the old mill.", Tense.PRESENT, "own", ""),
    ("[Now] the farmers in the district grow wheat instead.", Tense.PRESENT, "grow", ""),
    ("[This year] the banks in the capital lend more to builders.", Tense.PRESENT, "lend", ""),
    ("[Today] most of the families on the island rely on tourism.", Tense.PRESENT, "rely", ""),
    ("[These days] the children of the village walk to school.", Tense.PRESENT, "walk", ""),
    # ... and a singular "-s" form after a singular head with a plural phrase
    ("[Today] the head of the unions plans to speak.", Tense.PRESENT, "plans", ""),
    # ... but a plural noun that is an object, or a noun-like verb with no object, is no subject
    ("Police arrested workers in the auto plant on [Monday].", Tense.PAST, "arrested", ""),
    ("The workers in the auto plant on [Monday] voted to strike.", Tense.PAST, "voted", ""),
    ("The firm sold shares in the bank on [Friday].", Tense.PAST, "sold", ""),
    ("Rebels in the north seized the town on [Sunday].", Tense.PAST, "seized", ""),
    ("The companies in the country owned them until [1990].", Tense.PAST, "owned", ""),
    ("The owners of the farm will sell it in [May].", Tense.FUTURE, "will sell", ""),
    # --- an ambiguous "-s" form before a bare noun object is the verb
    ("The suspect leaves prison on [Sunday].", Tense.FUTURE, "leaves", ""),
    ("The minister visits troops on [Friday].", Tense.FUTURE, "visits", ""),
    ("The company opens offices in [March].", Tense.FUTURE, "opens", ""),
    ("The bank raises rates on [Thursday].", Tense.PRESENT, "raises", ""),
    ("The rebel leader controls territory in the north since [May].", Tense.PRESENT, "controls", ""),
    ("[Today] the cost of the new line exceeds the budget.", Tense.PRESENT, "exceeds", ""),
    ("[Today] the owners of the land want it back.", Tense.PRESENT, "want", ""),
    # ... but not inside a longer subject, after a possessive marker, or before a function word
    ("The car parts industry said on [Monday] that orders fell.", Tense.PAST, "said", ""),
    ("The tree leaves fell on [Sunday].", Tense.PAST, "fell", ""),
    ("His visits abroad ended in [March].", Tense.PAST, "ended", ""),
    ("The talks ended on [Friday].", Tense.PAST, "ended", ""),
    ("Holders tendered all common shares outstanding by the [Tuesday] deadline.", Tense.PAST, "tendered", ""),
    ("It kept its home products business profitable [last year].", Tense.PAST, "kept", ""),
    # --- "over" and "near" after a plural noun are prepositions, not verbs
    ("The killings of six women over the [past year] shocked the town.", Tense.PAST, "shocked", ""),
    ("Sales have grown over the [past three years].", Tense.PAST, "have grown", ""),
    ("Troops near the border withdrew on [Monday].", Tense.PAST, "withdrew", ""),
    # --- a past perfect with a "by" adjunct: the deadline it was done by
    ("By [Sunday evening] he had released the prisoners.", Tense.PAST, "had released", "by_deadline"),
    ("He had released the prisoners by [Sunday].", Tense.PAST, "had released", "by_deadline"),
    ("By [noon] the crowd had left the square.", Tense.PAST, "had left", "by_deadline"),
    ("By the [end of March] the army had withdrawn.", Tense.PAST, "had withdrawn", "by_deadline"),
    # ... while a past perfect without "by", or a simple past with it, stays as it was
    ("On [Sunday] he had released the prisoners.", Tense.PAST, "had released", ""),
    ("He had released the prisoners on [Sunday].", Tense.PAST, "had released", ""),
    ("By [Sunday] he released the prisoners.", Tense.PAST, "released", ""),
    ("He has released the prisoners by [Sunday].", Tense.PAST, "has released", ""),
    ("He had told staff that by [1995] the firm would double.", Tense.PAST, "had told", ""),
    ("The loan must be repaid by [February].", Tense.FUTURE, "must be repaid", ""),
    # --- a present with an adverb of frequency: a habit, no direction
    ("It is open daily from [June] to September.", Tense.PRESENT, "is open", "habitual"),
    ("The museum usually opens in [June].", Tense.PRESENT, "opens", "habitual"),
    ("The museum opens in [June] every year.", Tense.PRESENT, "opens", "habitual"),
    ("The ferry runs daily until [September].", Tense.PRESENT, "runs", "habitual"),
    ("Each summer the fair opens in [July].", Tense.PRESENT, "opens", "habitual"),
    ("The market normally closes on [Sunday].", Tense.PRESENT, "closes", "habitual"),
    ("The bus runs every hour from [May] to September.", Tense.PRESENT, "runs", "habitual"),
    ("The castle is open year-round except in [January].", Tense.PRESENT, "is open", "habitual"),
    ("He usually arrives on [Monday].", Tense.PRESENT, "arrives", "habitual"),
    # ... but without one, or with "each" before a noun that is no time, the schedule looks ahead
    ("The museum opens in [June].", Tense.FUTURE, "opens", ""),
    ("It is open from [June].", Tense.FUTURE, "is open", ""),
    ("Each side leaves on [Friday].", Tense.FUTURE, "leaves", ""),
    ("The show runs until [September].", Tense.FUTURE, "runs", ""),
    ("The museum usually opened in [June].", Tense.PAST, "opened", ""),
    ("The museum will open daily from [June].", Tense.FUTURE, "will open", ""),
    # --- schedule verbs with plural subjects and a month
    ("Elections take place in [September].", Tense.PRESENT, "take", ""),
    ("The elections take place in [September].", Tense.FUTURE, "take", ""),
    ("Local elections take place on [Sunday].", Tense.FUTURE, "take", ""),
    ("The elections took place in [September].", Tense.PAST, "took", ""),
    ("Elections usually take place in [September].", Tense.PRESENT, "take", "habitual"),
    # ... and with a phrase after the subject, the noun it hangs on decides
    ("Elections in the region take place in [September].", Tense.PRESENT, "take", ""),
    ("The elections in the region take place in [September].", Tense.FUTURE, "take", ""),
    ("Schools in the city open in [September].", Tense.PRESENT, "open", ""),
    ("The schools in the city open in [September].", Tense.FUTURE, "open", ""),
    ("Schools in the city open on [Monday].", Tense.FUTURE, "open", ""),
]


@pytest.mark.parametrize(("marked", "tense", "cue", "mark"), ROWS)
def test_leftover_readings(marked: str, tense: Tense, cue: str | None, mark: str) -> None:
    text, start, end = around(marked)
    reading = governing_tense(text, start, end)
    assert (reading.tense, reading.cue) == (tense, cue)
    assert reading.by_deadline is (mark == "by_deadline")
    assert reading.habitual is (mark == "habitual")


@pytest.mark.parametrize(
    ("marked", "direction", "looks_back"),
    [
        ("By [Sunday evening] he had released the prisoners.", -1, False),
        ("On [Sunday] he had released the prisoners.", -1, True),
        ("It is open daily from [June] to September.", None, False),
        ("The museum opens in [June].", 1, False),
        ("[Today] the companies in the country own them.", None, False),
    ],
)
def test_the_bridge_carries_the_marks(marked: str, direction: int | None, looks_back: bool) -> None:
    text, start, end = around(marked)
    clause = TenseOracle(text)(start, end)
    assert clause.direction == direction
    assert clause.looks_back is looks_back
    assert clause.by_deadline is ("By " in text)


# A Wednesday: the last October is four months back (the nearest), the next one eight months ahead.
WEDNESDAY = date(2022, 2, 2)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a habit takes the nearest October (every year's with an adverb of what is usual); an arranged
        # opening the next one
        ("The gallery is open daily from October.", "October", "2021-10"),
        ("The gallery usually opens in October.", "October", "XXXX-10"),
        ("The gallery opens in October.", "October", "2022-10"),
        ("The suspect leaves prison on Sunday.", "Sunday", "2022-02-06"),
    ],
)
def test_habits_and_schedules_land_on_their_side(text: str, expression: str, value: str) -> None:
    found = [e for e in resolve_expressions(text, WEDNESDAY) if e.text == expression]
    assert [e.value for e in found] == [value]


STORY = "On 3 May 1944 the raid began. "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a present clause after "Today" speaks from the time of writing, a past one from the story's day
        ("Today the families in the valley own the land.", "2022-02-02"),
        ("Today two of the largest firms in the region descend from it.", "2022-02-02"),
        ("Today the men of the village remember it.", "2022-02-02"),
        ("Today the town was quiet.", "1944-05-03"),
        ("Today the families in the valley owned nothing.", "1944-05-03"),
    ],
)
def test_a_story_tells_the_writers_today_by_the_verb_after_a_phrase(sentence: str, value: str) -> None:
    found = [
        e
        for e in resolve_expressions(STORY + sentence, WEDNESDAY, kind=DocumentKind.NARRATIVE)
        if e.text == "Today"
    ]
    assert [e.value for e in found] == [value]
