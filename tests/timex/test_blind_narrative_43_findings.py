"""Rules added after the forty-third blind narrative set (`data/gold/timex/blind_narrative_43.jsonl`,
histories of four wars of 1955-2021) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- A year followed by the possessive "its" ("In 1991 its people were ...") is a date: "its" opens the
  clause's subject, it is no plural noun counted by the number ("1991 items").
- A part of the day opening its clause ("; in the afternoon marines pulled down ...") is a time even when
  a plural noun follows it, if a verb follows that noun: the noun is the clause's subject, not a kind of
  event held at that part of any day ("tickets for the evening galas").
- Plural scale words count things without a number ("thousands of men a year", "hundreds of ships a
  month"): the period after them is a rate (SET), as after "5,000 men".
- A length of some activity or supply, then the period it recurs in, closing the phrase ("four hours of
  electricity a day", "two hours of homework a day."), is a rate (SET) after a length (DURATION); "a day
  of peace" after "three years of war" and "a month before the launch" stay lengths.
- A year long before the story's, told in a participle aside on a noun ("the bridge, built by the
  Ottomans in 1566, was brought down on 9 November"), is the thing's origin told in passing: the story
  stays in its own year. A main verb after an aside ("Iraq, burdened with debt, invaded Kuwait on 2
  August 1990") still moves it.
- A time of comparison after "than in" ("larger than in 1992") is not where the story goes on.
- A future told from the writer's present at the close of a history ("Inquiries are expected to report
  over the next year") counts from the DCT, not from the story's last date; a future seen from the past
  ("would attack the next year") still counts from the story.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2019, 7, 8)
LATER_DCT = date(2024, 8, 26)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "In 1991 its population was still growing.",
            DCT,
            None,
            [("1991", "DATE", "1991")],
        ),
        (
            "By the census of 1881 its mills employed half the town.",
            DCT,
            None,
            [("1881", "DATE", "1881")],
        ),
        (
            "On 4 June 1944 the city fell; in the afternoon marines hoisted a flag over the town hall.",
            DCT,
            NARRATIVE,
            [("4 June 1944", "DATE", "1944-06-04"), ("the afternoon", "TIME", "1944-06-04TAF")],
        ),
        (
            "The port was taken on 12 May 1860, and in the evening sailors raised the flag.",
            DCT,
            NARRATIVE,
            [("12 May 1860", "DATE", "1860-05-12"), ("the evening", "TIME", "1860-05-12TEV")],
        ),
        ("Tickets for the evening galas sold out at once.", DCT, None, []),
        ("The fever killed thousands of sailors a year.", DCT, None, [("a year", "SET", "P1Y")]),
        ("The yard launched hundreds of ships a month.", DCT, None, [("a month", "SET", "P1M")]),
        (
            "The town now gets only a few hours of electricity a day.",
            DCT,
            None,
            [("now", "DATE", "PRESENT_REF"), ("a few hours", "DURATION", "PTXH"), ("a day", "SET", "P1D")],
        ),
        (
            "Pupils did two hours of homework a day, then went to bed.",
            DCT,
            None,
            [("two hours", "DURATION", "PT2H"), ("a day", "SET", "P1D")],
        ),
        (
            "After three years of war a day of peace seemed a miracle.",
            DCT,
            None,
            [("three years", "DURATION", "P3Y"), ("a day", "DURATION", "P1D")],
        ),
        (
            "The crew spent three days of work a month before the launch.",
            DCT,
            None,
            [("three days", "DURATION", "P3D"), ("a month", "DURATION", "P1M")],
        ),
        (
            "The rebels entered the valley in 1921. In Kovno the old mill, built by a merchant in 1788, "
            "burned down on 3 March. By 10 April the rebels had gone.",
            DCT,
            NARRATIVE,
            [
                ("1921", "DATE", "1921"),
                ("1788", "DATE", "1788"),
                ("3 March", "DATE", "1921-03-03"),
                ("10 April", "DATE", "1921-04-10"),
            ],
        ),
        (
            "The prisoners were exchanged over many years, the last of them in 2003. Spain, short of money, "
            "sold the colony on 2 August 1899, and two days later the flag came down.",
            DCT,
            NARRATIVE,
            [
                ("many years", "DURATION", "PXY"),
                ("2003", "DATE", "2003"),
                ("2 August 1899", "DATE", "1899-08-02"),
                ("two days later", "DATE", "1899-08-04"),
            ],
        ),
        (
            "In May 1917 the regiment, now stronger than in 1915, attacked the ridge in mid-June.",
            DCT,
            NARRATIVE,
            [
                ("May 1917", "DATE", "1917-05"),
                ("now", "DATE", "PRESENT_REF"),
                ("1915", "DATE", "1915"),
                ("mid-June", "DATE", "1917-06"),
            ],
        ),
        (
            "The last troops left in December 2022. Two inquiries into the war are expected to report "
            "over the next year.",
            LATER_DCT,
            NARRATIVE,
            [("December 2022", "DATE", "2022-12"), ("the next year", "DATE", "2025")],
        ),
        (
            "The last troops left in December 2022. The commission will publish its findings in the "
            "next month.",
            LATER_DCT,
            NARRATIVE,
            [("December 2022", "DATE", "2022-12"), ("the next month", "DATE", "2024-09")],
        ),
        (
            "In 1940 the general decided that the army would attack the next year.",
            LATER_DCT,
            NARRATIVE,
            [("1940", "DATE", "1940"), ("the next year", "DATE", "1941")],
        ),
    ],
)
def test_blind_narrative_43_findings(
    text: str, dct: date, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
