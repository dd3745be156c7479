"""The tense of the clause around a span: which way a relative date points, and an event verb's tense."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.tense import Tense, TenseReading, governing_tense, verb_tense


def around(marked: str) -> tuple[str, int, int]:
    """The sentence without the brackets that mark a span, and the span's offsets."""
    start = marked.index("[")
    end = marked.index("]") - 1
    return marked.replace("[", "").replace("]", ""), start, end


GOVERNING = [
    # (sentence with the time expression in brackets, tense, cue)
    ("[On October 23], the army announced that its leader had died.", Tense.PAST, "announced"),
    ("The two ministers will meet on [Friday] in the capital.", Tense.FUTURE, "will meet"),
    ("The company said [Thursday] that sales had fallen.", Tense.PAST, "said"),
    ("Officials have been in the city since [Monday].", Tense.PAST, "have been"),
    ("The vote is expected to take place on [Tuesday].", Tense.FUTURE, "is expected"),
    ("The board has announced [Thursday] a new chief.", Tense.PAST, "has announced"),
    ("The hearing, scheduled for [next week], will be public.", Tense.FUTURE, "scheduled"),
    ("The council is going to decide on [Monday].", Tense.FUTURE, "is going"),
    ("Prices fell on [Monday] after the report.", Tense.PAST, "fell"),
    ("The union says the strike begins [tomorrow].", Tense.FUTURE, "begins"),
    ("The bridge was closed on [Sunday] for repairs.", Tense.PAST, "was closed"),
    ("The bridge will be closed on [Sunday] for repairs.", Tense.FUTURE, "will be closed"),
    ("The mayor would not comment on [Wednesday].", Tense.FUTURE, "would not comment"),
    ("He'll arrive on [Saturday].", Tense.FUTURE, "'ll arrive"),
    ("She won't travel before [June].", Tense.FUTURE, "wo n't travel"),
    ("The firm may have lost money in [March].", Tense.PAST, "may have lost"),
    ("Voters go to the polls on [Sunday].", Tense.FUTURE, "go"),
    ("Troops enter the city on [Tuesday].", Tense.PRESENT, "enter"),
    ("Prices rise in [December] as shoppers buy gifts.", Tense.PRESENT, "rise"),
    ("The ministry plans to hold talks in [March].", Tense.FUTURE, "plans"),
    ("The team planned to leave the city on [Thursday].", Tense.FUTURE, "planned"),
    ("The board agreed to sell the unit in [February].", Tense.PAST, "agreed"),
    ("The board agreed on the sale in [February].", Tense.PAST, "agreed"),
    ("The dividend is payable [Dec. 7] to holders of record.", Tense.FUTURE, "payable"),
    ("The rule took effect, effective as of [Feb. 1].", Tense.FUTURE, "effective"),
    ("The offer had been due to expire on [Friday].", Tense.PAST, "had been due"),
    ("The deadline was extended to [Nov. 20].", Tense.FUTURE, "was extended"),
    ("The council postponed the vote until [Tuesday].", Tense.FUTURE, "postponed"),
    # "as planned" is a reduced clause with no tense of its own: the main verb decides
    ("The offensive began as planned [Saturday] night.", Tense.PAST, "began"),
    ("The peace talks in [March] failed to settle it.", Tense.PAST, "failed"),
    ("Rescue teams found two more survivors [yesterday].", Tense.PAST, "found"),
    ("Nobody knew it then. The storm hit the coast on [Tuesday].", Tense.PAST, "hit"),
    ("Two hundred workers walk out on [Monday].", Tense.PRESENT, "walk"),
    ("The bank repurchased outstanding shares in [May].", Tense.PAST, "repurchased"),
]


@pytest.mark.parametrize(("marked", "tense", "cue"), GOVERNING)
def test_governing_tense_reads_the_nearest_verb_group(marked: str, tense: Tense, cue: str) -> None:
    text, start, end = around(marked)
    reading = governing_tense(text, start, end)
    assert reading.tense is tense
    assert reading.cue is not None and reading.cue_start is not None
    # The cue is quoted from the text at its offset ("wo n't" stands for the two words of "won't").
    assert reading.cue.replace(" n't", "n't") == cue.replace(" n't", "n't")
    assert text[reading.cue_start : reading.cue_start + len(reading.cue)] == reading.cue


def test_the_sentence_before_does_not_decide() -> None:
    text = "The strike ended last week. It takes effect on [May 1]."
    text, start, end = around(text)
    reading = governing_tense(text, start, end)
    assert reading.tense is Tense.FUTURE
    assert reading.cue == "takes"


MORE_GOVERNING = [
    ("The firm expects the deal to close by [Dec. 15].", Tense.FUTURE, "expects"),
    ("The dividend goes to holders of record [Nov. 22].", Tense.FUTURE, "record"),
    ("In heavy trading [Friday], Acme shares leaped $2.", Tense.PAST, "leaped"),
    ("The troops had left by [Monday].", Tense.PAST, "had left"),
    ("Officials said that on [Friday] the army will leave.", Tense.FUTURE, "will leave"),
    ("Officials said that on [Friday].", Tense.PAST, "said"),
]


@pytest.mark.parametrize(("marked", "tense", "cue"), MORE_GOVERNING)
def test_deadlines_record_dates_and_subjects(marked: str, tense: Tense, cue: str) -> None:
    text, start, end = around(marked)
    reading = governing_tense(text, start, end)
    assert (reading.tense, reading.cue) == (tense, cue)


CHAINS = [
    # A modal or auxiliary chain governs the participle or adjective after its linking verb.
    ("Engineers say the bridge will stay shut until [September].", Tense.FUTURE, "will stay"),
    ("The gallery would remain open through [June].", Tense.FUTURE, "would remain"),
    ("The museum is expected to remain closed until [March].", Tense.FUTURE, "is expected"),
    ("The store remained closed on [Monday].", Tense.PAST, "remained"),
    ("The pier will be closed until [September].", Tense.FUTURE, "will be closed"),
    ("The lanes will get resurfaced in [August].", Tense.FUTURE, "will get"),
    # An affirmative "could" gives no direction, and no verb further away takes over.
    ("Officials said the pier could be reopened in [September].", Tense.PRESENT, "could be reopened"),
    ("The minister could not be reached on [Friday].", Tense.PAST, "could not be reached"),
    # "is to" + verb is an arrangement ahead.
    ("The stock is to resume trading in Paris [Tuesday].", Tense.FUTURE, "is"),
    # Deferring verbs set a new date only as a deadline.
    ("The council postponed the vote [Tuesday].", Tense.PAST, "postponed"),
    ("The buyers extended their offers to acquire the mill [Friday].", Tense.PAST, "extended"),
    ("The buyers extended their offer to [Friday].", Tense.FUTURE, "extended"),
    # Letters glued to a number are no word: "10am" holds no verb "am".
    ("The ferry sailed at 10am [Friday].", Tense.PAST, "sailed"),
]


@pytest.mark.parametrize(("marked", "tense", "cue"), CHAINS)
def test_verb_chains_deadlines_and_arrangements(marked: str, tense: Tense, cue: str) -> None:
    text, start, end = around(marked)
    reading = governing_tense(text, start, end)
    assert (reading.tense, reading.cue) == (tense, cue)


@pytest.mark.parametrize(
    ("marked", "tense", "cue"),
    [
        ("Lawyers will appeal [Wednesday]'s ruling.", Tense.PAST, "ruling"),
        ("Police described [Friday]'s attack as planned.", Tense.PAST, "attack"),
        ("Shares rose ahead of [Sunday]'s vote.", Tense.FUTURE, "ahead of"),
    ],
)
def test_a_date_that_belongs_to_a_noun_reads_from_the_noun(marked: str, tense: Tense, cue: str) -> None:
    text, start, end = around(marked)
    reading = governing_tense(text, start, end)
    assert (reading.tense, reading.cue) == (tense, cue)


def test_a_time_expression_with_no_verb_in_its_sentence_is_unknown() -> None:
    text = "Monday, March 3. The weather."
    reading = governing_tense(text, 0, 6)
    assert reading == TenseReading(Tense.UNKNOWN, None, None)


def test_abbreviations_do_not_end_the_sentence() -> None:
    text = "The U.S. Army announced on Jan. 5 that Gen. Smith retired on [Friday]."
    plain, start, end = around(text)
    assert governing_tense(plain, start, end).cue == "retired"
    reading = governing_tense(plain, plain.index("Jan. 5"), plain.index("Jan. 5") + 6)
    assert reading.cue == "announced"


def test_a_short_word_before_a_period_still_ends_the_sentence() -> None:
    text = "Trade will suffer in the West. So the envoy on [Friday] tried again."
    plain, start, end = around(text)
    assert governing_tense(plain, start, end).cue == "tried"


def test_a_capitalized_name_is_not_read_as_a_verb() -> None:
    text = "Chancellor Will Marks spoke on Friday."
    start = text.index("Friday")
    assert governing_tense(text, start, start + 6).cue == "spoke"


def test_a_past_form_after_a_determiner_is_no_verb() -> None:
    text = "The planned merger collapsed in April."
    start = text.index("April")
    assert governing_tense(text, start, start + 5).cue == "collapsed"
    text = "Investors await the announced merger in April."
    start = text.index("April")
    assert governing_tense(text, start, start + 5).cue == "await"


VERBS = [
    # (sentence with the event's head in brackets, tense, perfect)
    ("The army has [announced] a new plan.", Tense.PRESENT, True),
    ("Troops will be [withdrawn] by spring.", Tense.FUTURE, False),
    ("The minister was [dead] by then.", Tense.PAST, False),
    ("Sales [rose] sharply.", Tense.PAST, False),
    ("The company [says] it will appeal.", Tense.PRESENT, False),
    ("Analysts [say] demand is weak.", Tense.PRESENT, False),
    ("They [expect] a deal soon.", Tense.PRESENT, False),
    ("The talks had [collapsed] before noon.", Tense.PAST, True),
    ("The plant is being [rebuilt].", Tense.PRESENT, False),
    ("The court hasn't [ruled] yet.", Tense.PRESENT, True),
    ("The minister would [resign] if asked.", Tense.PAST, False),
    ("The minister may [resign] soon.", Tense.PRESENT, False),
    ("Officials could not [confirm] it.", Tense.PAST, False),
    ("Police will close the road and [divert] traffic.", Tense.FUTURE, False),
    ("Police closed the road to [divert] traffic.", Tense.UNKNOWN, False),
    ("The sale raises cash and [boosts] its share.", Tense.PRESENT, False),
    ("Police are [investigating] the fire.", Tense.PRESENT, False),
    ("The vote is [expected] to pass.", Tense.PRESENT, False),
    ("The bank [repurchased] its shares.", Tense.PAST, False),
    ("The [attack] killed two people.", Tense.UNKNOWN, False),
    ("Leaders agreed to [meet] again.", Tense.UNKNOWN, False),
    ("The [injured] were taken away.", Tense.UNKNOWN, False),
    ("It is the most [advanced] design.", Tense.UNKNOWN, False),
]


@pytest.mark.parametrize(("marked", "tense", "perfect"), VERBS)
def test_verb_tense_reads_an_events_own_verb(marked: str, tense: Tense, perfect: bool) -> None:
    text, start, end = around(marked)
    reading = verb_tense(text, start, end)
    assert reading.tense is tense
    assert reading.perfect is perfect
    if tense is not Tense.UNKNOWN:
        assert reading.cue is not None and reading.cue_start is not None
        assert reading.cue_start <= start and reading.cue_start + len(reading.cue) >= end


def test_curly_apostrophes_read_like_straight_ones() -> None:
    text = "She’ll sign the deal on Monday."
    start = text.index("Monday")
    assert governing_tense(text, start, start + 6).tense is Tense.FUTURE


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.data())
def test_any_text_and_span_reads_without_error(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    for reading in (governing_tense(text, start, end), verb_tense(text, start, end)):
        if reading.cue is not None:
            assert reading.cue_start is not None
            assert text[reading.cue_start : reading.cue_start + len(reading.cue)] == reading.cue
        else:
            assert reading.tense is Tense.UNKNOWN


AFTER_PAST = [
    # (sentence, whether the date belongs to an act after a past one: no side of now follows)
    ("Residents were ordered to leave on [Tuesday].", True),
    ("The board agreed to sell the unit in [February].", True),
    ("The judge allowed him to stay until [March 6].", True),
    ("Residents are ordered to leave on [Tuesday].", False),
    ("The union has agreed to end the strike on [Monday].", False),
    ("The team planned to leave the city on [Thursday].", False),
    ("Workers threatened to strike on [Monday].", False),
    ("The minister wanted to visit the town on [Monday].", False),
    ("The offer had been scheduled to expire on [Friday].", False),
]


@pytest.mark.parametrize(("marked", "after_past"), AFTER_PAST)
def test_an_act_after_a_past_order_takes_no_side(marked: str, after_past: bool) -> None:
    text, start, end = around(marked)
    assert governing_tense(text, start, end).after_past is after_past
