"""Rules added after the ninety-second blind narrative set (`data/gold/timex/blind_narrative_92.jsonl`,
encyclopedia histories of the Byzantine and medieval Mediterranean world) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "in the year 6550 of the world": a year of the Byzantine era, counted from the creation in 5509 BC and
  begun on 1 September, is the Julian year holding most of it (6550 - 5508 = 1042); the Hebrew calendar's
  years ("5784 of the world") are not read.
- "the treaty, signed at Worms two years earlier, was read aloud": a past participle set off by commas
  after a noun, its clause's verb after it, tells of the thing in passing; the story stays in its year.
- "murdered on the night of 4-5 March 873 by his guards": a range of days with a three-digit year before the
  agent or place of its verb, in a story of the first millennium, is dated by that year.
- "Alfred (c. 849 – 26 October 899) was king from 871 until his death": a life in brackets from a
  three-digit year to a day, and a reign "from" a three-digit year "until his death".
- "At dawn on the 14th Harald was wounded": after a part of the day and "on", an ordinal day followed by a
  name and a past auxiliary opens the clause ("pressure on the 5th Army was mounting" is a unit's).
- "in the 14th century and the early 15th": an ordinal coordinated after a century named in the
  singular, its noun left out, is a later century.
- "Today the bishop celebrates the Christmas mass": a feast in a present clause that has come to the
  writer's day ("today") is the writer's year, not the story's.
- "Ships sailed twice a year, in the spring and in September": the times told after a yearly count are
  those of every year (XXXX).
- "crowned on Easter Sunday 871, when": a feast and a three-digit year closing the phrase, in a story of the
  first millennium (the Julian Easter).
- "half a century before the fall", once the text has named "the fall of Antioch": the event, not autumn
  ("graduated in the fall" stays the season).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2014, 12, 15)
THURSDAY = date(2025, 12, 25)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chronicler dates the earthquake to the year 6550 of the world.",
            [("the year 6550 of the world", "DATE", "1042")],
        ),
        (
            "The charter is dated in the year 6961 from the creation of the world.",
            [("the year 6961 from the creation of the world", "DATE", "1453")],
        ),
        (
            "The Jewish year 5784 of the world began in September 2023.",
            [("September 2023", "DATE", "2023-09")],
        ),
    ],
)
def test_year_of_the_byzantine_era(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 1521 the treaty, signed at Worms two years earlier, was read aloud in the square. In"
            " late June the envoys left.",
            [
                ("3 May 1521", "DATE", "1521-05-03"),
                ("two years earlier", "DATE", "1519"),
                ("late June", "DATE", "1521-06"),
            ],
        ),
    ],
)
def test_participle_aside_told_in_passing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The count was born in 842. He was murdered on the night of 4-5 March 873 by his guards.",
            [("842", "DATE", "0842"), ("4", "DATE", "0873-03-04"), ("5 March 873", "DATE", "0873-03-05")],
        ),
        (
            "The town was founded in 658. From 10 to 12 December 300 runners trained there.",
            [("658", "DATE", "0658"), ("10", "DATE", "0658-12-10"), ("12 December", "DATE", "0658-12-12")],
        ),
    ],
)
def test_range_of_days_with_an_early_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alfred (c. 849 – 26 October 899) was king from 871 until his death.",
            [("c. 849", "DATE", "0849"), ("26 October 899", "DATE", "0899-10-26"), ("871", "DATE", "0871")],
        ),
        (
            "Otto (912 – 7 May 973) was king of the East Franks from 936 until his death.",
            [("912", "DATE", "0912"), ("7 May 973", "DATE", "0973-05-07"), ("936", "DATE", "0936")],
        ),
        ("The score went from 300 until his death in 1958.", [("1958", "DATE", "1958")]),
        ("The Corolla (300 – 400 kg) was light.", []),
    ],
)
def test_early_life_in_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assault was set for 14 October 1066. At dawn on the 14th Harald was wounded.",
            [
                ("14 October 1066", "DATE", "1066-10-14"),
                ("dawn", "TIME", "1066-10-14TMO"),
                ("the 14th", "DATE", "1066-10-14"),
            ],
        ),
        ("In May 1944 pressure on the 5th Army was mounting.", [("May 1944", "DATE", "1944-05")]),
    ],
)
def test_ordinal_day_before_a_name_and_auxiliary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its wool trade flourished in the 14th century and the early 15th.",
            [("the 14th century", "DATE", "13"), ("the early 15th", "DATE", "14")],
        ),
        (
            "From the 18th century to the 19th the town grew slowly.",
            [("the 18th century", "DATE", "17"), ("the 19th", "DATE", "18")],
        ),
        ("He served in the 5th century and the 6th legion.", [("the 5th century", "DATE", "04")]),
    ],
)
def test_century_with_its_noun_left_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chapel was restored in 2012. Today the bishop celebrates the Christmas mass there.",
            [("2012", "DATE", "2012"), ("Today", "DATE", "2025-12-25"), ("Christmas", "DATE", "2025-12-25")],
        ),
        (
            "In 1130 the king was crowned. He held court at Christmas and now rests in the cathedral.",
            [("1130", "DATE", "1130"), ("Christmas", "DATE", "1130-12-25"), ("now", "DATE", "PRESENT_REF")],
        ),
    ],
)
def test_feast_in_a_present_clause_of_today(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1150 the house had a warehouse in Acre. Ships sailed twice a year, in the spring and in"
            " September, and wintered in port.",
            [
                ("1150", "DATE", "1150"),
                ("twice a year", "SET", "P1Y"),
                ("the spring", "DATE", "XXXX-SP"),
                ("September", "DATE", "XXXX-09"),
            ],
        ),
    ],
)
def test_times_after_a_yearly_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alfred fled to the marshes in 878. His son was crowned on Easter Sunday 871, when he was a boy.",
            [("878", "DATE", "0878"), ("Easter Sunday 871", "DATE", "0871-04-15")],
        ),
        (
            "The church was built in 1958. At Easter 300 pilgrims came.",
            [("1958", "DATE", "1958"), ("Easter", "DATE", "1958-04-06")],
        ),
    ],
)
def test_feast_with_an_early_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fall of Antioch in 1268 ended the principality. Its trade had declined a decade before the"
            " fall.",
            [("1268", "DATE", "1268"), ("a decade", "DURATION", "P10Y")],
        ),
        (
            "After the fall of Saigon in 1975 he moved west. He enrolled in 1977 and graduated in the fall.",
            [("1975", "DATE", "1975"), ("1977", "DATE", "1977"), ("the fall", "DATE", "1977-FA")],
        ),
    ],
)
def test_the_fall_of_a_named_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected
