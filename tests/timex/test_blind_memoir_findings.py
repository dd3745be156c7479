"""Rules added after the blind memoir set (`data/gold/timex/blind_memoir.jsonl`) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- A letter or a diary entry is headed by the day it is written ("Calais, 3rd March 1916", "Thursday 14
  May, Coimbra", "No. 2 General Hospital, Rouen, 10th November 1916"): its "yesterday", "this
  morning", "last night", weekdays and bare days of the month ("on the 28th") are counted from that
  day, through all the paragraphs below it until the next heading, not from the last date told in it.
- A letter's "the 14th inst." is a day of the month the letter is written in; "the morning of the 2nd"
  and "your letter of the 14th" take a bare day of the month after "of".
- A verb that moves an arrangement ("changed our flights to Thursday", "moved the hearing to Monday")
  puts the day after "to" ahead of the change, whatever the verb's tense.
- A year can open a sentence as its subject after a connective ("Then 2020 happened", "And 1984
  came"), and a year a writer moves the story to that way holds the yearless months and seasons told
  right after it in the paragraph, in a dated essay as in a narrative.
- "the last quarter of a mile" is a part of a measure, not a quarter of a year.
- A habit's plural part of the day or season keeps its "most" ("most mornings", "most summers"), as
  the gold sets annotate it, and "spent the afternoons writing" is a habit as "in the afternoons" is.
- "I shall be here another fortnight": a length after a place adverb, as after "for" or "stayed";
  "for the whole week", "for the entire month" tell how long, not which week or month.
- "arrived at one o'clock instead of noon", "landed just after two o'clock": one to five o'clock told
  with no part of the day are afternoon hours, as bare hours ("at 3") already are; the small hours
  need a cue ("woke at four o'clock", "three o'clock in the morning").
- "no plan beyond March": "beyond" before a month name makes it the month, as "until" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ypres Barracks, 9th October 1917\n\nDear Tom,\n\nWe had rain on Sunday and most of Monday"
            " night. The post came yesterday and I read your news twice. This evening there is a"
            " concert in the canteen, and on Thursday we move up.",
            [
                ("9th October 1917", "DATE", "1917-10-09"),
                ("Sunday", "DATE", "1917-10-07"),
                ("Monday night", "TIME", "1917-10-08TNI"),
                ("yesterday", "DATE", "1917-10-08"),
                ("This evening", "TIME", "1917-10-09TEV"),
                ("Thursday", "DATE", "1917-10-11"),
            ],
        ),
        (
            "Base Hospital No. 4, Étaples, 2nd May 1918\n\nDear Mother,\n\nThey operated on the 28th"
            " and I was sitting up by yesterday afternoon.",
            [
                ("2nd May 1918", "DATE", "1918-05-02"),
                ("the 28th", "DATE", "1918-04-28"),
                ("yesterday afternoon", "TIME", "1918-05-01TAF"),
            ],
        ),
        (
            "Friday 3 August 1990, Oban\n\nThe ferry left at noon on the dot. Tomorrow we cross to"
            " Iona.\n\nSunday 5 August, Mull\n\nRained all of Saturday. This morning the cloud lifted,"
            " and tonight we eat at the inn.",
            [
                ("Friday 3 August 1990", "DATE", "1990-08-03"),
                ("noon", "TIME", "1990-08-03T12:00"),
                ("Tomorrow", "DATE", "1990-08-04"),
                ("Sunday 5 August", "DATE", "1990-08-05"),
                ("Saturday", "DATE", "1990-08-04"),
                ("This morning", "TIME", "1990-08-05TMO"),
                ("tonight", "TIME", "1990-08-05TNI"),
            ],
        ),
    ],
)
def test_a_dated_heading_anchors_the_letter_or_entry_below_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arras, 20th June 1916\n\nYour parcel of the 11th inst. came with the rations.",
            [("20th June 1916", "DATE", "1916-06-20"), ("the 11th inst.", "DATE", "1916-06-11")],
        ),
        (
            "Le Havre, 9th July 1916\n\nWe were in the line until the night of the 5th and slept all day.",
            [("9th July 1916", "DATE", "1916-07-09"), ("the 5th", "DATE", "1916-07-05")],
        ),
        ("Two of the 3rd battalion were missing.", []),
    ],
)
def test_a_letters_bare_day_of_the_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [row for row in typed(text, None) if row[1] == "DATE"] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The airline has moved our flight to Thursday.",
            date(2023, 6, 6),
            [("Thursday", "DATE", "2023-06-08")],
        ),
        (
            "The council changed the hearing to Monday after the lawyers objected.",
            date(2023, 6, 7),
            [("Monday", "DATE", "2023-06-12")],
        ),
        ("Share prices changed little on Monday.", date(2023, 6, 7), [("Monday", "DATE", "2023-06-05")]),
    ],
)
def test_a_rescheduled_day_lies_ahead_of_the_change(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Then 1984 came, and the pit closed.", date(2010, 1, 1), [("1984", "DATE", "1984")]),
        (
            "I was promoted last week. And 2008 happened. The bank failed in September and by the"
            " winter the street was half empty. On Christmas Eve the last shop shut.",
            date(2025, 3, 1),
            [
                ("last week", "DATE", "2025-W08"),
                ("2008", "DATE", "2008"),
                ("September", "DATE", "2008-09"),
                ("the winter", "DATE", "2008-WI"),
                ("Christmas Eve", "DATE", "2008-12-24"),
            ],
        ),
    ],
)
def test_a_year_opening_a_sentence_holds_the_months_after_it(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She walked the last quarter of a mile barefoot.", []),
        ("They had ploughed the first quarter of an acre.", []),
        ("Sales fell in the last quarter.", [("the last quarter", "DATE", "2019-Q4")]),
    ],
)
def test_a_quarter_of_a_measure_is_no_quarter_of_a_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2020, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He fished most evenings.", [("most evenings", "SET", "XXXX-XX-XXTEV")]),
        ("Most mornings she walked to the bridge.", [("Most mornings", "SET", "XXXX-XX-XXTMO")]),
        ("They sailed most summers.", [("most summers", "SET", "XXXX-SU")]),
        ("She spent the evenings mending nets.", [("the evenings", "SET", "XXXX-XX-XXTEV")]),
        ("We spent the evenings of that week indoors.", []),
    ],
)
def test_a_habits_plural_part_of_the_day_keeps_most(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [row for row in typed(text, date(2020, 1, 1)) if row[1] == "SET"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I shall be here another fortnight at least.", [("another fortnight", "DURATION", "P2W")]),
        ("They mean to stay there another week.", [("another week", "DURATION", "P1W")]),
        ("She baked bread for the whole week.", [("the whole week", "DURATION", "P1W")]),
        ("The road was shut for the entire month.", [("the entire month", "DURATION", "P1M")]),
        ("Sales for the full year were up.", [("the full year", "DATE", "2019")]),
        ("The whole week was wet.", [("The whole week", "DATE", "2019-W22")]),
    ],
)
def test_lengths_after_a_place_adverb_or_for_the_whole(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2019, 5, 28)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We landed just after two o'clock.", [("two o'clock", "TIME", "1990-05-05T14:00")]),
        ("It was 4 o'clock when we left.", [("4 o'clock", "TIME", "1990-05-05T16:00")]),
        ("She woke at four o'clock and lay listening.", [("four o'clock", "TIME", "1990-05-05T04:00")]),
        (
            "At three o'clock in the morning the phone rang.",
            [("three o'clock in the morning", "TIME", "1990-05-05T03:00")],
        ),
        ("The meeting ended at eleven o'clock.", [("eleven o'clock", "TIME", "1990-05-05T11:00")]),
    ],
)
def test_one_to_five_oclock_are_afternoon_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(1990, 5, 5)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have no plan beyond March.", [("March", "DATE", "2025-03")]),
        ("We cannot book anything beyond May, she said.", [("May", "DATE", "2025-05")]),
        ("The troops march beyond the river.", []),
    ],
)
def test_a_month_after_beyond(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2025, 1, 9)) == expected
