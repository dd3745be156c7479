"""A yearless date in the sentence of a past-perfect glance back of whole years ("Two years earlier, he
had reached the cape on 20 March") lies in the year glanced to, and the story then goes on from the day
it was on, not from the glance's date."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
LATER = date(2020, 5, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 1941 the army crossed the river. Two years earlier, he had reached the cape on"
            " 20 March and had sailed on 2 April. On 6 April the town fell.",
            [
                ("3 March 1941", "DATE", "1941-03-03"),
                ("Two years earlier", "DATE", "1939"),
                ("20 March", "DATE", "1939-03-20"),
                ("2 April", "DATE", "1939-04-02"),
                ("6 April", "DATE", "1941-04-06"),
            ],
        ),
        (
            "In March 1941 the army crossed the river. Two years earlier he had reached the cape in May."
            " On 6 April the town fell. Two days later the fort surrendered.",
            [
                ("March 1941", "DATE", "1941-03"),
                ("Two years earlier", "DATE", "1939"),
                ("May", "DATE", "1939-05"),
                ("6 April", "DATE", "1941-04-06"),
                ("Two days later", "DATE", "1941-04-08"),
            ],
        ),
        (
            "On 3 March 1941 the army crossed the river. The fort had fallen the previous year, in June."
            " On 6 April the town fell.",
            [
                ("3 March 1941", "DATE", "1941-03-03"),
                ("the previous year", "DATE", "1940"),
                ("June", "DATE", "1940-06"),
                ("6 April", "DATE", "1941-04-06"),
            ],
        ),
        (
            # a simple past moves the story itself back: the date is in the year it moved to
            "On 3 March 1941 the army crossed the river. Two years earlier, he reached the cape on 20 March.",
            [
                ("3 March 1941", "DATE", "1941-03-03"),
                ("Two years earlier", "DATE", "1939"),
                ("20 March", "DATE", "1939-03-20"),
            ],
        ),
    ],
)
def test_a_date_in_a_glance_back_of_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, LATER, NARRATIVE) == expected


def test_news_gone_back_to_a_story_glances_back_from_it() -> None:
    text = (
        "The plant exploded on Tuesday, March 3, 1998. A year earlier, inspectors had found cracks on"
        " May 12. Two days later the plant closed."
    )
    assert typed(text, LATER) == [
        ("Tuesday, March 3, 1998", "DATE", "1998-03-03"),
        ("A year earlier", "DATE", "1997"),
        ("May 12", "DATE", "1997-05-12"),
        ("Two days later", "DATE", "1998-03-05"),
    ]
