"""How expressions anchor: DCT and clause tense for news, the moving reference time for narratives,
nothing (underspecified, with a warning) without a DCT."""

from __future__ import annotations

from datetime import date

import pytest
from timex_support import find

from chronology.model.document import DocumentKind
from chronology.model.expression import AnchorKind
from chronology.timex import analyze_text, detect_document_kind, resolve_expressions

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("On October 23, the navy announced that the captain had died.", "October 23", "2021-10-23"),
        ("The committee will meet on October 23 to vote.", "October 23", "2022-10-23"),
        ("The ministers will meet on Friday in Geneva.", "Friday", "2022-02-04"),
        ("The ministers met on Monday in Geneva.", "Monday", "2022-01-31"),
        ("Rescue teams landed on the island Thursday, officials said.", "Thursday", "2022-02-03"),
        ("The law took effect in January, officials said.", "January", "2022-01"),
        ("The law will take effect in March, officials said.", "March", "2022-03"),
    ],
)
def test_tense_gives_the_direction(sentence: str, surface: str, value: str) -> None:
    expression = find(sentence, THURSDAY, surface)
    assert expression.value == value, expression.explanation
    assert expression.anchor.kind == AnchorKind.DCT
    assert expression.anchor.value == "2022-02-03"


def test_explanation_names_the_tense_cue() -> None:
    expression = find("On October 23, the navy announced that the captain had died.", THURSDAY, "October 23")
    assert "announced" in expression.explanation
    assert "2021-10-23" in expression.explanation


def test_a_far_side_yields_to_a_near_one() -> None:
    # written late in October: "was extended to Nov. 16" is the coming Nov. 16, past tense or not
    expression = find("The offer was extended to Nov. 16, the company said.", date(1999, 10, 28), "Nov. 16")
    assert expression.value == "1999-11-16"


NARRATIVE = (
    "In March 1911 a survey party left the coast to chart the river. On 14 March the boats reached the "
    "rapids. Two days later a canoe overturned. On 6 April the leader turned back, and the next day the "
    "party broke camp. They reached the coast in June."
)


def test_narrative_is_detected_and_anchors_to_the_reference_time() -> None:
    analysis = analyze_text(NARRATIVE, date(2021, 6, 1))
    assert analysis.kind == "narrative"
    found = [(e.text, e.value) for e in analysis.expressions]
    assert found == [
        ("March 1911", "1911-03"),
        ("14 March", "1911-03-14"),
        ("Two days later", "1911-03-16"),
        ("6 April", "1911-04-06"),
        ("the next day", "1911-04-07"),
        ("June", "1911-06"),
    ]
    later = analysis.expressions[2]
    assert later.anchor.kind == AnchorKind.EXPRESSION
    assert later.anchor.expression == 1
    assert later.anchor.value == "1911-03-14"


def test_narrative_without_dct_still_anchors_to_the_story() -> None:
    analysis = analyze_text(NARRATIVE, None)
    assert [e.value for e in analysis.expressions][:3] == ["1911-03", "1911-03-14", "1911-03-16"]


def test_kind_can_be_forced() -> None:
    text = "Officials met on Monday. Two days later they signed the deal."
    assert detect_document_kind(text, THURSDAY) == DocumentKind.NEWS
    analysis = analyze_text(text, THURSDAY, kind=DocumentKind.NARRATIVE)
    assert analysis.kind == "narrative"


def test_news_reference_time_for_relative_days() -> None:
    text = "The storm hit the coast on Jan. 10. Two days later the port reopened."
    expression = find(text, THURSDAY, "Two days later")
    assert expression.value == "2022-01-12"
    assert expression.anchor.kind == AnchorKind.EXPRESSION


def test_clock_time_takes_the_date_that_follows() -> None:
    expression = find("The polls close at 8 p.m. on Feb. 10, officials said.", THURSDAY, "8 p.m.")
    assert expression.value == "2022-02-10T20:00"


def test_without_dct_deictic_expressions_stay_underspecified() -> None:
    analysis = analyze_text(
        "On October 23 the committee met. It meets again next Tuesday. The pier was first proposed in 1998.",
        None,
    )
    found = {e.text: e for e in analysis.expressions}
    assert found["October 23"].value == "XXXX-10-23"
    assert found["October 23"].anchor.kind == AnchorKind.NONE
    assert found["October 23"].warnings
    assert found["next Tuesday"].value == "XXXX-WXX-2"
    assert found["1998"].value == "1998"
    assert found["1998"].anchor.kind == AnchorKind.ABSOLUTE
    assert any("no DCT" in warning for warning in analysis.warnings)


def test_every_expression_explains_itself() -> None:
    for expression in resolve_expressions(NARRATIVE + " The war ended last year.", THURSDAY):
        assert expression.explanation.startswith(expression.text + " -> " + expression.value)


def test_a_language_without_lexicon_is_read_by_dateparser() -> None:
    from chronology.settings import Settings

    text = "Am 3. Februar 2022 landeten Truppen. Gestern sagte der Minister nichts."
    analysis = analyze_text(text, THURSDAY, settings=Settings(language="de"))
    found = [(e.text, e.value) for e in analysis.expressions]
    assert ("Gestern", "2022-02-02") in found
    assert any(value == "2022-02-03" for _, value in found)
    for expression in analysis.expressions:
        assert text[expression.start : expression.end] == expression.text
    assert any("dateparser" in warning for warning in analysis.warnings)
    no_dct = analyze_text(text, None, settings=Settings(language="de"))
    assert [e.value for e in no_dct.expressions] == ["2022-02-03"]
