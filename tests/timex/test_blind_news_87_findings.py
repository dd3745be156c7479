"""Rules added after the eighty-seventh blind news set (`data/gold/timex/blind_news_87.jsonl`, wire and newspaper
copy of 1993-2015 about attacks, terrorism investigations and security trials) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "jurors heard hours of testimony", "commuters face weeks of disruption": a bare plural unit before "of"
  that a verb of hearing or facing takes as its object is a length, as after a past verb in "-ed";
  "Hours of opening" and "the hours of darkness" stay untagged.
- "the product of months of surveillance", "the result of years of neglect": a bare plural unit after a noun
  of what came of an effort and "of" is the length of that effort.
- "could face decades in prison", "is serving years behind bars": a bare plural unit after a verb of a prison
  term and before a place of custody is the term's length; "the years in prison changed him" names the stay.
- "bombed on 6 October 1995 ... The anniversary of the bombing, on 6 October, was marked": in news, a day
  without a year told after "anniversary" in its clause comes round in the news' own year, not the year of
  the day it recalls.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2016, 11, 17)
MONDAY = date(2014, 6, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over three days the jury heard hours of evidence from police officers.", [
            ("three days", "DURATION", "P3D"), ("hours", "DURATION", "PTXH")]),
        ("The panel will hear weeks of testimony before it rules.", [("weeks", "DURATION", "PXW")]),
        ("Rail commuters face weeks of disruption while the line is rebuilt.", [("weeks", "DURATION", "PXW")]),
        ("The arrests were the product of months of surveillance.", [("months", "DURATION", "PXM")]),
        ("Inspectors said the collapse was the result of years of neglect.", [("years", "DURATION", "PXY")]),
        ("The vaccine is the culmination of decades of research.", [("decades", "DURATION", "PXDE")]),
        ("Hours of opening are posted on the door.", []),
        ("Owls hunt during the hours of darkness.", []),
    ],
)  # fmt: skip
def test_bare_unit_of_an_effort(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If convicted, he could face decades in prison.", [("decades", "DURATION", "PXDE")]),
        ("Both men are serving years in jail for the robbery.", [("years", "DURATION", "PXY")]),
        ("She may spend months in custody before a trial.", [("months", "DURATION", "PXM")]),
        ("The years in prison changed him.", []),
    ],
)
def test_bare_unit_of_a_prison_term(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_anniversary_day_comes_round_in_the_news_year() -> None:
    text = (
        "The mine flooded on 4 March 2004, killing 12 men. On the tenth anniversary, on 4 March, relatives "
        "laid wreaths at the gate."
    )
    assert typed(text, MONDAY, kind=DocumentKind.NEWS) == [
        ("4 March 2004", "DATE", "2004-03-04"),
        ("4 March", "DATE", "2014-03-04"),
    ]
    # without the anniversary the day named again is the one dated
    text = "The mine flooded on 4 March 2004. Rescuers reached the shaft on 4 March at dusk."
    assert ("4 March", "DATE", "2004-03-04") in typed(text, MONDAY, kind=DocumentKind.NEWS)
