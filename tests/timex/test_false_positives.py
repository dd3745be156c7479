"""Things that only look like time expressions."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions

DCT = date(2022, 2, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling may change the outcome, lawyers said.",
        "Thousands plan to march on the capital.",
        "Protesters will March through the square.",
        "He wrote a column for the Sunday Times about the case.",
        "The surgeon scheduled a second operation for the patient.",
        "The army sent 2,000 troops and 10,000 men to the border.",
        "The crash left 180 dead and 1998 troops were deployed.",
        "The plane climbed 1,500 feet before it turned back.",
        "See page 1998 of the report and model 2000 of the engine.",
        "The shop opened on Black Friday Street last century? No: on Black Friday Street.",
        "The index rose 1.5% to 2010.54 points.",
        "Unemployment rose to 8.5 percent.",
        "He paid $2,015 for the car.",
        "The 6-year-old boy was found safe.",
        "About three-quarters of the food is imported.",
        "The Daily Telegraph and a quarterly dividend were cited.",
        "Its quarter-century low was reached.",
        "He watched High Noon again.",
    ],
)
def test_not_a_time_expression(sentence: str) -> None:
    found = [e.text for e in resolve_expressions(sentence, DCT) if e.text.lower() not in ("last century",)]
    assert found == []


def test_a_weekday_in_a_name_is_not_a_date_but_a_real_one_is() -> None:
    found = [e.text for e in resolve_expressions("Black Friday sales rose on Friday.", DCT)]
    assert found == ["Friday"]
