"""A possessive day's noun with a phrase on where or between whom it is held, before the verb of the
clause the noun is subject of: the verb decides the side of now ("Tuesday's vote in the Senate is
expected to be close" is ahead), as it does after a phrase on what the noun is about."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tuesday's vote in the Senate is expected to be close.", "2022-02-08"),
        ("Sunday's game at the stadium will start an hour late.", "2022-02-06"),
        ("Saturday's match between the two leaders is sold out.", "2022-02-05"),
        ("Tuesday's vote on the budget is expected to be close.", "2022-02-08"),
        # the noun names a happening over once its clause is in the past
        ("Monday's attack in the city killed four people.", "2022-01-31"),
        ("Tuesday's vote in the Senate was close.", "2022-02-01"),
    ],
)
def test_the_clause_after_a_possessive_days_phrase_decides(text: str, value: str) -> None:
    day = text.split("'")[0]
    assert [v for surface, _, v in typed(text, THURSDAY) if surface == day] == [value]
