"""Rules added after the seventy-second blind narrative set (`data/gold/timex/blind_narrative_72.jsonl`,
histories of the 1600s-1800s quoting logs, letters and diaries in their own date forms) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "Sept'r 1st 1776", "Jan'y 12th 1775", "Oct'r", "Dec'r": the contracted months of old letters and logs
  are months (lexicon MONTHS).
- "the 3d of November", "the 22d", "Monday 3d": the old ordinals "2d", "3d", "22d", "23d" are "2nd",
  "3rd", "22nd", "23rd".
- "yours of the 28th ult.", "by the 3d prox.": "ultimo" is the month before the letter's, "proximo" the
  month after it, as "instant" is its own (lexicon LETTER_MONTH_STEPS); a letter's own month, not the
  last month the text named.
- 'wrote again on the 4th of April 1692:' and then a paragraph-long quotation: the letter speaks from
  its own day, so its "this day", "yesterday", "this evening", "Tuesday next" and "the 2d ult." count
  from that day, not from the historian's.
- 'dated "Sept'r 1st 1776", a Sunday': a weekday in apposition after a quoted date is that date.
- '"The 9th, at daybreak, the enemy opened"', "His entry for the 13th": a diary entry opening its line
  with its day, and a day something is "for", are days of the month.
- "At 2 P.M. crossed the Equator. At 6 the Commodore made the signal": in a log's run of sentences
  opening with "At" and an hour, a bare hour is the next such hour on the clock (not an age).
- "every thirty-three years": tens and units joined by a hyphen are one count, not a range.
- "The loss of the fort, coming five days before the surrender": "coming" without a determiner is a
  verb; the length stands alone.
- "half after two", "a quarter after four": the older and American "after" for "past" on the clock face.
- "this 10th day of May, Anno Domini 1692": a deed's year after its era is the date's year (lexicon
  DATE_YEAR_ERA_LEADS).
- 'headed "Boston, January 12th 1775"': a quotation closing on a day and a year is a letter's heading,
  not a title whose words are no times.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NOW = date(2021, 5, 12)
STORY = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The colonel's letter, dated Sept'r 1st 1776, is short.",
            [("Sept'r 1st 1776", "DATE", "1776-09-01")],
        ),
        (
            "The last entry is headed Dec'r 3d 1779, at sea.",
            [("Dec'r 3d 1779", "DATE", "1779-12-03")],
        ),
        (
            "Her reply of the 3d of November 1692 is the last. The enemy landed on the 22d of August 1776.",
            [
                ("the 3d of November 1692", "DATE", "1692-11-03"),
                ("the 22d of August 1776", "DATE", "1776-08-22"),
            ],
        ),
    ],
)
def test_old_months_and_ordinals(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, NOW, kind=STORY) == expected


def test_ultimo_and_proximo_count_from_the_letters_month() -> None:
    text = "Sir, I acknowledge yours of the 14th inst. and that of the 28th ult., and will reply fully by the 3d prox."
    assert typed(text, NOW) == [
        ("the 14th inst.", "DATE", "2021-05-14"),
        ("the 28th ult.", "DATE", "2021-04-28"),
        ("the 3d prox.", "DATE", "2021-06-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister wrote again on the 4th of April 1692:\n\n"
            '"Brother, yours of the 2d ult. came to my hand but this day. I preached yesterday upon charity."',
            [
                ("the 4th of April 1692", "DATE", "1692-04-04"),
                ("the 2d ult.", "DATE", "1692-03-02"),
                ("this day", "DATE", "1692-04-04"),
                ("yesterday", "DATE", "1692-04-03"),
            ],
        ),
        (
            "Howe's letter is dated 1 September 1776, a Sunday:\n\n"
            '"We have had no rest till this evening. We march on Tuesday next, and are to be discharged by '
            'the 5th prox."',
            [
                ("1 September 1776", "DATE", "1776-09-01"),
                ("Sunday", "DATE", "1776-09-01"),
                ("this evening", "TIME", "1776-09-01TEV"),
                ("Tuesday next", "DATE", "1776-09-03"),
                ("the 5th prox.", "DATE", "1776-10-05"),
            ],
        ),
    ],
)
def test_a_letter_quoted_whole_speaks_from_its_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, NOW, kind=STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The colonel's letter, dated \"Sept'r 1st 1776\", a Sunday, is short.",
            [("Sept'r 1st 1776", "DATE", "1776-09-01"), ("Sunday", "DATE", "1776-09-01")],
        ),
        (
            'One of his letters is headed "Boston, January 12th 1775" and complains of the troops.',
            [("January 12th 1775", "DATE", "1775-01-12")],
        ),
    ],
)
def test_quoted_dates_of_letters(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, NOW, kind=STORY) == expected


def test_diary_entries_opening_with_their_day() -> None:
    text = (
        "The siege opened on 3 September 1781.\n\n"
        '"The 9th, at daybreak, the enemy opened a battery."\n\n'
        "His entry for the 13th is short."
    )
    assert typed(text, NOW, kind=STORY) == [
        ("3 September 1781", "DATE", "1781-09-03"),
        ("The 9th", "DATE", "1781-09-09"),
        ("daybreak", "TIME", "1781-09-09TMO"),
        ("the 13th", "DATE", "1781-09-13"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saturday 11th February 1769. Light airs. At 2 P.M. crossed the Equator. At 6 the Commodore made "
            "the signal to close.",
            [
                ("Saturday 11th February 1769", "DATE", "1769-02-11"),
                ("2 P.M.", "TIME", "1769-02-11T14:00"),
                ("6", "TIME", "1769-02-11T18:00"),
            ],
        ),
        (
            "Wednesday 10th January 1770. At 7 A.M. weighed and ran down the river. At 11 the pagoda bore N.W.",
            [
                ("Wednesday 10th January 1770", "DATE", "1770-01-10"),
                ("7 A.M.", "TIME", "1770-01-10T07:00"),
                ("11", "TIME", "1770-01-10T11:00"),
            ],
        ),
        ("At 8 she could already read, and at 10 she was writing plays.", []),
    ],
)
def test_a_logs_run_of_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, NOW, kind=STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The comet returns every thirty-three years; the fair is held every ten or twelve years.",
            [("every thirty-three years", "SET", "P33Y"), ("every ten or twelve years", "SET", "PXY")],
        ),
        (
            "The loss of the fort, coming five days before the surrender, passed unnoticed.",
            [("five days", "DURATION", "P5D")],
        ),
        (
            "From half after two the sky was full of shooting stars.",
            [("half after two", "TIME", "2021-05-12T02:30")],
        ),
        (
            "Signed and sealed this 10th day of May, Anno Domini 1692, at Salem.",
            [("this 10th day of May, Anno Domini 1692", "DATE", "1692-05-10")],
        ),
    ],
)
def test_counts_clock_faces_and_deeds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, NOW, kind=STORY) == expected
