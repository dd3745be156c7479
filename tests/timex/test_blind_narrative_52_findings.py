"""Rules added after the fifty-second blind narrative set (`data/gold/timex/blind_narrative_52.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A span of years left open to the present, as encyclopedia headings and lists of offices write it
  ("Later career (2012–present)", "Member of Parliament, 1998–present", "from 2012 to the present."),
  names the year and then the writer's now (PRESENT_REF); "in 2012 to present evidence" and "to the
  present government" are no such span.
- A bare "the decade" in the sentence that has just named a decade ("moved to the experiments of the
  late 1960s and became the best-known band of the decade") is that decade, not the DCT's, whatever tense
  the clause is read in.
- "Most weekends" keeps "most" in its extent, as "most Sundays" and "most mornings" do.
- A plural part of the day or season set aside for something ("keeps the afternoons for walking",
  "devoted the winters to writing", "kept the evenings free") is each such time, as "spent the afternoons
  writing" is.
- In a story, "today" right after a participle of naming or regard ("Remembered today for", "known today
  as") or a present copula ("what is today a museum") is the writer's now, not the story's day, whatever
  the tense of the main verb.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WRITTEN = date(2022, 9, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Later career (2012–present)",
            [("2012", "DATE", "2012"), ("present", "DATE", "PRESENT_REF")],
        ),
        (
            "Member of Parliament for Hexham, 1998-present.",
            [("1998", "DATE", "1998"), ("present", "DATE", "PRESENT_REF")],
        ),
        (
            "She has chaired the trust from 2012 to the present.",
            [("2012", "DATE", "2012"), ("the present", "DATE", "PRESENT_REF")],
        ),
        ("The board met in 2012 to present evidence.", [("2012", "DATE", "2012")]),
        ("They held power from 1990 to the present government.", [("1990", "DATE", "1990")]),
        ("Later career (2012–2015)", [("2012", "DATE", "2012"), ("2015", "DATE", "2015")]),
    ],
)
def test_a_span_of_years_open_to_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The band moved to the long studio experiments of the late 1960s, and became one of the most "
            "widely imitated British groups of the decade.",
            [("the late 1960s", "DATE", "196"), ("the decade", "DATE", "196")],
        ),
        (
            "Prices fell sharply in the 1990s. Inflation is at its highest of the decade.",
            [("the 1990s", "DATE", "199"), ("the decade", "DATE", "202")],
        ),
    ],
)
def test_the_decade_in_the_sentence_that_named_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They played most weekends in the pubs of Leeds.", [("most weekends", "SET", "XXXX-WXX-WE")]),
        ("The café is open weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
        ("The repairs took two weekends.", [("two weekends", "DURATION", "P2WE")]),
    ],
)
def test_most_weekends(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She writes in the mornings and keeps the afternoons for walking.",
            [("the mornings", "SET", "XXXX-XX-XXTMO"), ("the afternoons", "SET", "XXXX-XX-XXTAF")],
        ),
        (
            "He devoted the winters to painting and kept the evenings free.",
            [("the winters", "SET", "XXXX-WI"), ("the evenings", "SET", "XXXX-XX-XXTEV")],
        ),
        ("She kept the mornings she loved in a diary.", []),
    ],
)
def test_a_part_of_the_day_set_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "dct", "surface", "value"),
    [
        (
            "Ann Lee (3 May 1820 – 9 May 1881) was an English printer and poet. Remembered today chiefly for "
            "her songs, she was for a time the best-known writer in Leeds.",
            None,
            "today",
            "PRESENT_REF",
        ),
        (
            "He died on 9 May 1881. The village, known today as Little Orton, held a wake for him.",
            None,
            "today",
            "PRESENT_REF",
        ),
        (
            "He died on 9 May 1881. What is today a library was then his workshop.",
            WRITTEN,
            "today",
            "2022-09-05",
        ),
        (
            "On 3 May 1915 the men marched at dawn. Today the army is in good spirits, he wrote that night.",
            WRITTEN,
            "Today",
            "2022-09-05",
        ),
    ],
)
def test_today_after_a_participle_of_regard(text: str, dct: date | None, surface: str, value: str) -> None:
    found = [row for row in typed(text, dct, kind=DocumentKind.NARRATIVE) if row[0] == surface]
    assert found == [(surface, "DATE", value)]
