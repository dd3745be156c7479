"""How a story's dates move: forward from the reference time, back in a flashback, periods of the story."""

from __future__ import annotations

import pytest

from chronology.timex import analyze_text

STORY = (
    "The mill opened in September 1887. On December 2 the first bales arrived, and the next day the looms "
    "started. In March the owners had borrowed heavily. Early in 1890 the river flooded the yard. By the "
    "end of the decade the mill employed four hundred hands. Earlier in the year a strike had closed it."
)


def test_a_story_without_dct_is_a_narrative_that_moves_forward() -> None:
    analysis = analyze_text(STORY, None)
    assert analysis.kind == "narrative"
    found = [(e.text, e.value, e.mod) for e in analysis.expressions]
    assert found == [
        ("September 1887", "1887-09", None),
        ("December 2", "1887-12-02", None),  # after September, not the nearest December before it
        ("the next day", "1887-12-03", None),
        ("March", "1887-03", None),  # "had borrowed": a flashback, before the reference time
        ("Early in 1890", "1890", "START"),
        ("the end of the decade", "189", "END"),
        ("Earlier in the year", "1890", "START"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The colony was founded in May 1620. In November the first ship returned.", "November", "1620-11"),
        ("The colony was founded in May 1620. In April the first ship returned.", "April", "1621-04"),
        ("The colony was founded in May 1620. In April the settlers had sailed.", "April", "1620-04"),
    ],
)
def test_a_month_without_year_follows_the_story(text: str, surface: str, value: str) -> None:
    expressions = analyze_text(text, None).expressions
    assert [e.value for e in expressions if e.text == surface] == [value]


def test_a_present_tense_deictic_in_a_story_is_the_writers_now() -> None:
    from datetime import date

    from chronology.model.document import DocumentKind

    text = "The explorer reached the lake in May 1871. Her letters are still read today."
    analysis = analyze_text(text, date(2024, 5, 1), kind=DocumentKind.NARRATIVE)
    assert [(e.text, e.value) for e in analysis.expressions] == [
        ("May 1871", "1871-05"),
        ("today", "2024-05-01"),
    ]
