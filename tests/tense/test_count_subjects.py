"""A count can be a clause's subject ("Two died in the crash on Saturday", "Three killed in blast
Saturday", "Crew of four set for Saturday launch"): a past form right after it, before a preposition,
an article or a pause, is the clause's verb and gives its tense. Before a noun the count still makes a
noun phrase ("The four wounded soldiers will fly home on Saturday"). "Crew" is a noun, not the past of
"to crow"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2021, 10, 20)  # the Saturday before is 10-16, the one after 10-23 (nearer)

CASES = [
    ("Two died in the crash on Saturday.", [("Saturday", "DATE", "2021-10-16")]),
    ("Three killed in blast on Saturday", [("Saturday", "DATE", "2021-10-16")]),
    ("Two left the party on Saturday.", [("Saturday", "DATE", "2021-10-16")]),
    ("Crew of four set for Saturday launch", [("Saturday", "DATE", "2021-10-23")]),
    ("The four wounded soldiers will fly home on Saturday.", [("Saturday", "DATE", "2021-10-23")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_count_as_the_subject_of_a_past_form(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
