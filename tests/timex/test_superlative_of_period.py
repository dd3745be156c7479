"""In a story, "one of the finest films of the decade" ranks the story's thing among those of its own
period, even in a present-tense judgement told from the time of writing; other present-tense periods
stay the writer's."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2021, 5, 5)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is one of the finest films of the decade.", ("the decade", "DATE", "196")),
        ("It remains the best-loved film of the year.", ("the year", "DATE", "1962")),
        ("The flood is still counted the worst of the century.", ("the century", "DATE", "19")),
        ("Critics call it the most daring score of the decade.", ("the decade", "DATE", "196")),
        # no superlative: a present-tense period is the writer's
        ("The harvest of the year is large.", ("the year", "DATE", "2021")),
        ("Its interest of the year is paid in June.", ("the year", "DATE", "2021")),
    ],
)
def test_a_superlatives_period_in_a_story(sentence: str, expected: tuple[str, str, str]) -> None:
    text = "The film opened in March 1962. " + sentence
    assert typed(text, WRITTEN, NARRATIVE)[1] == expected
