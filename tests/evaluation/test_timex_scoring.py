"""TempEval-3 timex figures on small cases computed by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.evaluation.corpus import Timex
from chronology.evaluation.matching import align
from chronology.evaluation.timex_scoring import ErrorKind, score_timexes, spread

TEXT = "The council met on Friday, 3 March 2023, for two hours and will meet again next week."
#       0         1         2         3         4         5         6         7         8


def timex(phrase: str, type_: str, value: str, *, occurrence: int = 0, mod: str | None = None) -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return Timex(start, start + len(phrase), phrase, type_, value, mod)


GOLD = [
    timex("Friday, 3 March 2023", "DATE", "2023-03-03"),
    timex("two hours", "DURATION", "PT2H"),
    timex("next week", "DATE", "2023-W10"),
]


def test_three_gold_two_predicted_one_exact_one_overlapping() -> None:
    predicted = [
        timex("Friday, 3 March 2023", "DATE", "2023-03-03"),  # exact, right value
        timex("hours", "DURATION", "PT3H"),  # overlaps "two hours", wrong value
    ]
    score = score_timexes([("doc", TEXT, GOLD, predicted)])
    overall = score.overall
    assert (overall.gold, overall.predicted) == (3, 2)
    # strict: 1 of 2 predicted, 1 of 3 gold; F1 = 2 * 1/2 * 1/3 / (1/2 + 1/3) = 0.4
    assert overall.strict_precision == pytest.approx(1 / 2)
    assert overall.strict_recall == pytest.approx(1 / 3)
    assert overall.strict_f1 == pytest.approx(0.4)
    # relaxed: 2 of 2 predicted, 2 of 3 gold; F1 = 2 * 1 * 2/3 / (5/3) = 0.8
    assert overall.relaxed_precision == pytest.approx(1.0)
    assert overall.relaxed_recall == pytest.approx(2 / 3)
    assert overall.relaxed_f1 == pytest.approx(0.8)
    # value: 1 of the 2 relaxed matches is right; value F1 = 0.8 * 1/2
    assert overall.value_accuracy == pytest.approx(0.5)
    assert overall.value_f1 == pytest.approx(0.4)
    assert overall.type_accuracy == pytest.approx(1.0)
    assert overall.type_f1 == pytest.approx(0.8)
    kinds = sorted(str(error.kind) for error in score.errors)
    assert kinds == ["missed", "wrong value"]
    missed = score.errors_of(ErrorKind.MISSED)[0]
    assert missed.gold is not None and missed.gold.text == "next week"
    assert "[next week]" in missed.context


def test_one_long_prediction_over_two_gold_expressions_matches_only_one() -> None:
    # "two hours and will meet again next week" overlaps both "two hours" and "next week".
    start = TEXT.index("two hours")
    end = TEXT.index("next week") + len("next week")
    predicted = [Timex(start, end, TEXT[start:end], "DURATION", "PT2H")]
    score = score_timexes([("doc", TEXT, GOLD[1:], predicted)])
    assert score.overall.relaxed_gold == 1
    assert score.overall.relaxed_predicted == 1
    assert score.overall.relaxed_recall == pytest.approx(1 / 2)
    assert score.overall.strict_gold == 0
    # The larger overlap ("two hours", 9 characters) wins over "next week" (also 9): the earlier gold one.
    assert [str(e.kind) for e in score.errors] == ["wrong extent", "missed"]


def test_alignment_prefers_the_exact_partner() -> None:
    gold = [timex("Friday", "DATE", "2023-03-03"), timex("3 March 2023", "DATE", "2023-03-03")]
    predicted = [
        timex("Friday, 3 March 2023", "DATE", "2023-03-03"),
        timex("3 March 2023", "DATE", "2023-03-03"),
    ]
    alignment = align(gold, predicted)
    assert alignment.pairs == ((0, 0), (1, 1))
    assert alignment.missed == ()
    assert alignment.spurious == ()


def test_figures_by_type_count_precision_on_our_type_and_recall_on_the_gold_type() -> None:
    predicted = [
        timex("Friday, 3 March 2023", "TIME", "2023-03-03"),  # gold DATE, ours TIME
        timex("two hours", "DURATION", "PT2H"),
        timex("council", "DATE", "XXXX"),  # spurious
    ]
    score = score_timexes([("doc", TEXT, GOLD, predicted)])
    date, time, duration = score.by_type["DATE"], score.by_type["TIME"], score.by_type["DURATION"]
    assert (date.gold, date.predicted, date.relaxed_gold, date.relaxed_predicted) == (2, 1, 1, 0)
    assert (time.gold, time.predicted, time.relaxed_gold, time.relaxed_predicted) == (0, 1, 0, 1)
    assert (duration.gold, duration.predicted, duration.relaxed_gold, duration.relaxed_predicted) == (
        1,
        1,
        1,
        1,
    )
    assert date.relaxed_recall == pytest.approx(1 / 2)
    assert date.relaxed_precision == pytest.approx(0.0)
    assert time.relaxed_precision == pytest.approx(1.0)
    assert date.type_accuracy == pytest.approx(0.0)
    assert score.overall.type_accuracy == pytest.approx(1 / 2)
    assert score.overall.relaxed_precision == pytest.approx(2 / 3)


def test_documents_are_summed_before_dividing() -> None:
    first = [timex("two hours", "DURATION", "PT2H")]
    score = score_timexes([("a", TEXT, first, first), ("b", TEXT, GOLD, [])])
    # micro average: 1 matched of 4 gold, 1 of 1 predicted (a macro average would give recall 0.5)
    assert score.overall.relaxed_recall == pytest.approx(1 / 4)
    assert score.overall.relaxed_precision == pytest.approx(1.0)
    assert score.documents == 2


def test_nothing_predicted_and_nothing_gold_gives_zeros_not_errors() -> None:
    score = score_timexes([("doc", TEXT, [], [])])
    assert score.overall.relaxed_f1 == 0.0
    assert score.overall.value_f1 == 0.0


def test_mod_is_compared_on_relaxed_matches() -> None:
    gold = [timex("next week", "DATE", "2023-W10", mod="START")]
    predicted = [timex("next week", "DATE", "2023-W10")]
    score = score_timexes([("doc", TEXT, gold, predicted)])
    assert score.overall.mod_accuracy == 0.0
    assert score.overall.value_accuracy == 1.0


def test_spread_picks_evenly_and_never_more_than_there_are() -> None:
    score = score_timexes([("doc", TEXT, GOLD, [])])
    errors = score.errors_of(ErrorKind.MISSED)
    assert spread(errors, 10) == errors
    assert [e.gold.text for e in spread(errors, 2) if e.gold] == ["Friday, 3 March 2023", "two hours"]
    assert spread(errors, 0) == []


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(
        lambda pair: Timex(pair[0], pair[0] + pair[1], "", "DATE", "")
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(spans, spans)
def test_alignment_is_one_to_one_and_pairs_only_overlapping_spans(
    gold: list[Timex], predicted: list[Timex]
) -> None:
    alignment = align(gold, predicted)
    gold_paired = [g for g, _ in alignment.pairs]
    predicted_paired = [p for _, p in alignment.pairs]
    assert len(set(gold_paired)) == len(gold_paired)
    assert len(set(predicted_paired)) == len(predicted_paired)
    assert sorted(gold_paired + list(alignment.missed)) == list(range(len(gold)))
    assert sorted(predicted_paired + list(alignment.spurious)) == list(range(len(predicted)))
    for g, p in alignment.pairs:
        assert min(gold[g].end, predicted[p].end) > max(gold[g].start, predicted[p].start)
    # Nothing left unpaired could have been paired: every missed gold span overlaps no spurious one.
    for g in alignment.missed:
        for p in alignment.spurious:
            assert min(gold[g].end, predicted[p].end) <= max(gold[g].start, predicted[p].start)
