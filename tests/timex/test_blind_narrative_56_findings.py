"""Rules added after the fifty-sixth blind narrative set (`data/gold/timex/blind_narrative_56.jsonl`, three
encyclopedia articles on protected landscapes) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- A count back into prehistory ("some 12,000 years ago", "about 5,000 years ago") ties a text to no day
  near its publication: history and news tell it alike, so it does not make a history read as news.
- In a history told in the past, a part of the day or a clock time with no day of its own in a clause
  plainly in the simple present ("hares feed on the meadows at dawn and dusk", "guides take visitors out
  at 5:30 a.m.") says how every day goes (XXXX-XX-XXTMO), not a day of the story's past; a later part of
  the day in the same sentence ("..., returning at dusk") goes on as the habit's. A date or a year named
  before it in its sentence still fixes its day.
- In a history, a simple present that reads as a timetable ("The wet season runs from November to
  March") and a present passive ("the fields are flooded in November") tell how every year goes: the
  participle of "are flooded" is no past form.
- "within a few thousand years", "over the last few thousand years", "several thousand years": an
  uncounted number of millennia (PXL), as "thousands of years" is.
- A year after a participle and its "in" ("A treaty signed in 1921 sets the border"): a word in -s before
  a determiner is the subject's verb, not the noun of a count of 1921 things.
- "a quarter of its income" is a fraction, not a rate ("£40 a quarter" is one).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

DCT = date(2015, 6, 2)
NARRATIVE = DocumentKind.NARRATIVE


def test_prehistoric_years_ago_leave_a_history_narrative() -> None:
    text = (
        "The glaciers retreated some 12,000 years ago, and farmers settled the valley about 5,000 years "
        "ago. Today the valley is a national park. A priory was founded there in 1140, it was closed in "
        "1536, and the estate was sold in 1780. A railway arrived in 1862 and the park was created in 1957."
    )
    assert detect_document_kind(text, DCT) == NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The abbey was founded in 1132. Brown hares graze the meadows at dawn and dusk.",
            [("1132", "DATE", "1132"), ("dawn", "TIME", "XXXX-XX-XXTMO"), ("dusk", "TIME", "XXXX-XX-XXTEV")],
        ),
        (
            "The lodge opened in 1978. Guides take visitors out at 5:30 a.m. and again at 3 p.m.",
            [
                ("1978", "DATE", "1978"),
                ("5:30 a.m.", "TIME", "XXXX-XX-XXT05:30"),
                ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ],
        ),
        (
            "The heronry was first recorded in 1845. The herons nest on the island and fly out at dawn to "
            "fish the estuary, returning at dusk.",
            [("1845", "DATE", "1845"), ("dawn", "TIME", "XXXX-XX-XXTMO"), ("dusk", "TIME", "XXXX-XX-XXTEV")],
        ),
        (
            "The mill was built in 1820. The wet season runs from November to March.",
            [("1820", "DATE", "1820"), ("November", "DATE", "XXXX-11"), ("March", "DATE", "XXXX-03")],
        ),
        (
            "The sea wall was rebuilt in 1957. The fields behind it are flooded in November to shelter ducks.",
            [("1957", "DATE", "1957"), ("November", "DATE", "XXXX-11")],
        ),
    ],
)
def test_simple_present_of_a_history_is_every_days_or_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, kind=NARRATIVE) == expected


def test_day_named_before_a_part_of_the_day_still_fixes_it() -> None:
    text = "The army crossed the river in 1809. On 4 May 1809 it rests at dawn."
    assert typed(text, DCT, kind=NARRATIVE)[-1] == ("dawn", "TIME", "1809-05-04TMO")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Within a few thousand years the lake had filled with silt.",
            [("a few thousand years", "DURATION", "PXL")],
        ),
        (
            "The dunes have moved inland over the last few thousand years.",
            [("the last few thousand years", "DURATION", "PXL")],
        ),
        (
            "The forest took several thousand years to return.",
            [("several thousand years", "DURATION", "PXL")],
        ),
        ("A treaty signed in 1921 sets the border along the river.", [("1921", "DATE", "1921")]),
        ("The fund pays a quarter of its income to the parish.", []),
        ("Members pay £40 a quarter.", [("a quarter", "SET", "P1Q")]),
    ],
)
def test_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
