"""Rules added in a leftovers pass over known errors of anchoring and finding: each row is a sentence of our
own showing the general English usage behind one finding.

- "The family sailed in the autumn of 1846. In '47 they reached Oregon": a year clipped to two digits after
  an apostrophe leaves its century to the story's time (the one nearest it), or in a text read from its
  DCT to the DCT's: the last such year up to a decade after it ("the class of '52" in 2020 is 1952, "by
  '29" in 2020 is 2029, "in '05" in 1998 is 2005).
- "Pilgrims will gather for the fair, a festival held every 12 years, on Friday morning": a participle in
  a noun's aside set off by commas has no tense of its own; a date right after the aside closes takes the
  tense of the verb before it ("Traders gathered ..." stays in the past).
- "In spring the snow melts", "The lake freezes over in January", "In January the lake freezes over": a
  simple present in a story told in the past says how every year goes, when the verb follows the date
  that opens the sentence or a particle closes it ("In spring the snow melted" is the story's spring).
- "fireworks at ten o'clock on the last night", "On the last day of racing": after "on the", the last day
  or night is the final one of the occasion told, as "on the third day" counts its days, and is not
  tagged; yesterday is "last night" without "on the".
- "It cited the 1549 order", "compared the 1761 timings with the 1769 results": in a story of those very
  years, a number after "the" before a noun is a year ("the 1500 workers" in a story of 1760 stays a
  count).
- "Comets came back in 1835 and 1910. The next is 2061; the last, 1986.": one of a run of occasions with
  its noun left out, before a copula or a comma, names its year, once the text dates in years ("Bids came
  in; the last was 1500" is an amount).
- "Famines in Bengal, 1770 and 1943" as a title: the first of two years closing it is a year as the
  second is, when the text below restates it.
- "That evening, at eight, the guests arrived", "That night, by eleven, the hall was empty": an hour
  spelled as a word after "at" or "by" right after "that evening" or "that night" (a comma between them
  allowed) is a clock time on the story's day, in the half of the clock the part of the day says, as
  "tonight at eight" is on the day of writing; "at four of the inns" is a count, and "that night at one"
  is past midnight, on the next day, so left.
- Already working, kept: "On Saturday parking was free" and "On Sunday charges were laid" (the last such
  day, in the past), "After a fortnight at Obo" (the length).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WEDNESDAY = date(2024, 5, 8)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The family sailed from Liverpool in the autumn of 1846. In '47 they reached Oregon.",
            None,
            NARRATIVE,
            [("the autumn of 1846", "DATE", "1846-FA"), ("'47", "DATE", "1847")],
        ),
        (
            "The mill burned in the winter of 1891. By '93 it was rebuilt.",
            None,
            NARRATIVE,
            [("the winter of 1891", "DATE", "1891-WI"), ("'93", "DATE", "1893")],
        ),
        (
            "She was in the class of '52 and still lives in Leeds.",
            date(2020, 5, 1),
            None,
            [("'52", "DATE", "1952")],
        ),
        # a clipped year may look a decade past the DCT, and a 1998 text's '05 is the coming one
        ("The club's target is promotion by '29.", date(2020, 5, 1), None, [("'29", "DATE", "2029")]),
        ("He will open a second shop in '05, he says.", date(1998, 5, 1), None, [("'05", "DATE", "2005")]),
    ],
)
def test_clipped_year_takes_the_story_or_dct_century(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pilgrims will gather for the Kumbh Mela, a festival held at temples every 12 years, on Friday morning.",
            [("every 12 years", "SET", "P12Y"), ("Friday morning", "TIME", "2024-05-10TMO")],
        ),
        (
            "Traders are expected at the fair, a market held in the square since 1850, on Saturday.",
            [("1850", "DATE", "1850"), ("Saturday", "DATE", "2024-05-11")],
        ),
        # the verb before the aside in the past: the day stays the last one
        (
            "Traders gathered at the fair, a market held in the square since 1850, on Saturday.",
            [("1850", "DATE", "1850"), ("Saturday", "DATE", "2024-05-04")],
        ),
    ],
)
def test_participle_aside_lends_no_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The village was founded in 1820. In spring the snow melts and the river floods.",
            [("1820", "DATE", "1820"), ("spring", "DATE", "XXXX-SP")],
        ),
        (
            "The village was founded in 1820. The lake freezes over in January.",
            [("1820", "DATE", "1820"), ("January", "DATE", "XXXX-01")],
        ),
        (
            "The village was founded in 1820. In January the lake freezes over.",
            [("1820", "DATE", "1820"), ("January", "DATE", "XXXX-01")],
        ),
        # the past: the story's own spring
        (
            "The village was founded in 1820. In spring the snow melted.",
            [("1820", "DATE", "1820"), ("spring", "DATE", "1820-SP")],
        ),
    ],
)
def test_present_general_truth_in_a_past_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regatta closed with fireworks on the last night.", []),
        ("On the last day of racing the wind dropped.", []),
        ("On the last evening we dined on the quay.", []),
        # yesterday's night is told without "on the"
        ("He left the harbour last night.", [("last night", "TIME", "2024-05-07TNI")]),
    ],
)
def test_last_night_of_an_occasion(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The council met in 1550. It cited the 1549 order.",
            NARRATIVE,
            [("1550", "DATE", "1550"), ("1549", "DATE", "1549")],
        ),
        (
            "The transit of 1769 was watched from Tahiti. Astronomers compared the 1761 timings with the 1769 results.",
            NARRATIVE,
            [("1769", "DATE", "1769"), ("1761", "DATE", "1761"), ("1769", "DATE", "1769")],
        ),
        # no year of the story that near: a count
        ("In 1760 the 1500 workers struck.", NARRATIVE, [("1760", "DATE", "1760")]),
        (
            "Comets came back in 1835 and 1910. The next is 2061; the last, 1986.",
            NARRATIVE,
            [
                ("1835", "DATE", "1835"),
                ("1910", "DATE", "1910"),
                ("2061", "DATE", "2061"),
                ("1986", "DATE", "1986"),
            ],
        ),
        # a text that has dated nothing in years: amounts
        ("Bids came in; the last was 1500, and the first, 1200.", NARRATIVE, []),
        (
            "Famines in Bengal, 1770 and 1943\n\nThe famine of 1770 killed millions.",
            None,
            [("1770", "DATE", "1770"), ("1943", "DATE", "1943"), ("1770", "DATE", "1770")],
        ),
    ],
)
def test_bare_years_found(text: str, kind: DocumentKind | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        ("On Saturday parking was free.", WEDNESDAY, None, [("Saturday", "DATE", "2024-05-04")]),
        ("On Sunday charges were laid against two men.", WEDNESDAY, None, [("Sunday", "DATE", "2024-05-05")]),
        (
            "In May 1870 the party reached Obo. After a fortnight at Obo they marched north.",
            None,
            NARRATIVE,
            [("May 1870", "DATE", "1870-05"), ("a fortnight", "DURATION", "P2W")],
        ),
    ],
)
def test_already_working(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May 1870 they dined late. That evening, at eight, the guests arrived. "
            "That night, by eleven, the hall was empty.",
            [
                ("4 May 1870", "DATE", "1870-05-04"),
                ("That evening", "TIME", "1870-05-04TEV"),
                ("eight", "TIME", "1870-05-04T20:00"),
                ("That night", "TIME", "1870-05-04TNI"),
                ("eleven", "TIME", "1870-05-04T23:00"),
            ],
        ),
        (
            "On 4 May 1870 they rode out. That morning at nine the rain stopped.",
            [
                ("4 May 1870", "DATE", "1870-05-04"),
                ("That morning", "TIME", "1870-05-04TMO"),
                ("nine", "TIME", "1870-05-04T09:00"),
            ],
        ),
        # a count of a whole, and an hour past midnight: no clock time on the story's day
        (
            "On 4 May 1870 they rode out. That evening, at four of the inns, the lamps were lit.",
            [("4 May 1870", "DATE", "1870-05-04"), ("That evening", "TIME", "1870-05-04TEV")],
        ),
        (
            "On 4 May 1870 they rode out. That night at one the alarm rang.",
            [("4 May 1870", "DATE", "1870-05-04"), ("That night", "TIME", "1870-05-04TNI")],
        ),
    ],
)
def test_spelled_hour_after_a_told_part_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


def test_spelled_hour_after_tonight_keeps_the_day_of_writing() -> None:
    assert typed("The mayor speaks tonight at eight.", WEDNESDAY) == [
        ("tonight", "TIME", "2024-05-08TNI"),
        ("eight", "TIME", "2024-05-08T20:00"),
    ]
