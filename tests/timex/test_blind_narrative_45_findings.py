"""Rules added after the forty-fifth blind narrative set (`data/gold/timex/blind_narrative_45.jsonl`,
histories of four epidemics and public-health campaigns) was scored once: each row is a sentence of our
own showing the general English usage behind one finding.

- A season before "wave" or "waves" with no year names a wave of an epidemic ("the autumn wave", "less
  severe than the spring wave"), as a season before "offensive" names an operation: the name of an
  event, not a time; a year after it still dates it ("the autumn wave of 1918").
- The year written once at the end of a coordination or a range belongs to its first part too when the
  closing month carries a part-of-month word ("in late August and early September 1854", "from June
  until the end of September 1921", "in June and mid-July 1854"), as it does without one ("June and
  July 1854").
- "every" before a range of counts ("every ten or twelve years", "every 5 to 10 years", "every two or
  three days") is a recurrence at an interval known only to its unit (SET PXY, PXD), as "every few
  years" is.
- A length followed by "earlier or later" ("about a week earlier or later from one town to the next")
  is a spread between two times, not an offset to one of them: the length alone is tagged.
- "the decade" or "the century" right after "in", "during", "over" or "throughout" and right before
  "after", "before" or "between" ("In the decade after the first epidemic", "in the decade between")
  is a length counted from an event (P10Y, P100Y), not the decade the story stands in.
- A frequency word before the statistics an office publishes ("the Registrar General's weekly return",
  "monthly figures on trade") names a kind of document, as "the daily reports" does, not a recurrence;
  the adverb after a verb ("filed its returns weekly") still is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2011, 10, 6)
LATER_DCT = date(2019, 3, 14)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "In the autumn wave nurses and doctors fell ill as often as their patients.",
            DCT,
            None,
            [],
        ),
        (
            "The third wave was milder than the spring waves had been.",
            DCT,
            None,
            [],
        ),
        (
            "The autumn wave of 1957 closed schools across the county.",
            DCT,
            None,
            [("autumn", "DATE", "1957-FA"), ("1957", "DATE", "1957")],
        ),
        (
            "Schools closed in the autumn, and the second wave killed thousands.",
            DCT,
            NARRATIVE,
            [("the autumn", "DATE", "2011-FA")],
        ),
        (
            "The fair was held in late August and early September 1867.",
            LATER_DCT,
            None,
            [("late August", "DATE", "1867-08"), ("early September 1867", "DATE", "1867-09")],
        ),
        (
            "The drought lasted from June until the end of September 1921.",
            LATER_DCT,
            None,
            [("June", "DATE", "1921-06"), ("the end of September 1921", "DATE", "1921-09")],
        ),
        (
            "Floods came in June and mid-July 1894.",
            LATER_DCT,
            None,
            [("June", "DATE", "1894-06"), ("mid-July 1894", "DATE", "1894-07")],
        ),
        (
            "Famine returned every ten or twelve years.",
            DCT,
            None,
            [("every ten or twelve years", "SET", "PXY")],
        ),
        ("The beeches fruit every 5 to 10 years.", DCT, None, [("every 5 to 10 years", "SET", "PXY")]),
        ("She wrote home every two or three days.", DCT, None, [("every two or three days", "SET", "PXD")]),
        ("The hut was used for two or three years.", DCT, None, [("two or three years", "DURATION", "PXY")]),
        (
            "The harvest begins about a week earlier or later from one valley to the next.",
            DCT,
            None,
            [("about a week", "DURATION", "P1W")],
        ),
        (
            "The ferry left on 3 May 1921 and the mail boat a week earlier.",
            DCT,
            None,
            [("3 May 1921", "DATE", "1921-05-03"), ("a week earlier", "DATE", "1921-W17")],
        ),
        (
            "In the decade after the famine, half the farms changed hands.",
            DCT,
            None,
            [("the decade", "DURATION", "P10Y")],
        ),
        (
            "The town had four mayors in the decade between the two fires.",
            DCT,
            None,
            [("the decade", "DURATION", "P10Y")],
        ),
        (
            "In the century after the conquest, the language of the court was French.",
            DCT,
            None,
            [("the century", "DURATION", "P100Y")],
        ),
        (
            "The mill closed in 1962, and throughout the decade the village shrank.",
            DCT,
            NARRATIVE,
            [("1962", "DATE", "1962"), ("the decade", "DATE", "196")],
        ),
        ("The Registrar General's weekly return listed 93 deaths.", DCT, None, []),
        ("The ministry publishes monthly figures on trade.", DCT, None, []),
        ("The office filed its returns weekly.", DCT, None, [("weekly", "SET", "P1W")]),
    ],
)
def test_blind_narrative_45_findings(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
