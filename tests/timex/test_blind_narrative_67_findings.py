"""Rules added after the sixty-seventh blind narrative set (`data/gold/timex/blind_narrative_67.jsonl`,
fiction told in the past tense with its own calendar, letters and diary entries) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "12th March. — Rain again today.": a printed diary closes an entry's date with a full stop before
  the dash; the date heads its entry (its year the story's, not every year's), and the entry's "today"
  and "yesterday" count from it.
- "Aldershot, 2nd March 1916." on its own line: a letter's heading may end with a full stop; a future
  weekday in the letter counts from the heading, not from a past day the letter has just told.
- An undated story that quotes dated letters and diary entries is still a story: their "yesterday",
  "this morning" and weekdays are the entries' days, not the writer's now.
- "on the Saturday", "a Tuesday", "the last Sunday of the holidays": a weekday after an article is a
  day of the story, not of the week a dated text was written in; a present-day close after a story
  dated by many days without a year ("I went back last summer ... This morning I read them") stays the
  writer's even with one "next summer" told among the story's days.
- "at eleven minutes past four", "three minutes to nine": minutes counted with their unit before
  "past" or "to" an hour are a clock face.
- "on Sunday the sixteenth ... on Friday the twenty-fifth": the weekday said before a day in words
  belongs to it; a story told in the simple past moves on, so the month is the next with that day on
  that weekday.
- "not found in print until a century later": an offset counted on with "later" is the story's, even
  in a present-tense clause of a history.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

THURSDAY = date(2016, 7, 21)

DIARY = (
    "Anna went to Bergen in May 1902 and kept a diary.\n\n"
    "3rd June. — It rained again today. Yesterday we walked to the harbour.\n\n"
    "9th June. — Father left us this morning."
)


def test_a_diary_entry_dated_inline() -> None:
    assert typed(DIARY, None) == [
        ("May 1902", "DATE", "1902-05"),
        ("3rd June", "DATE", "1902-06-03"),
        ("today", "DATE", "1902-06-03"),
        ("Yesterday", "DATE", "1902-06-02"),
        ("9th June", "DATE", "1902-06-09"),
        ("this morning", "TIME", "1902-06-09TMO"),
    ]


def test_a_letter_heading_closed_by_a_full_stop() -> None:
    text = (
        "Tom joined the regiment in 1915.\n\n"
        "Aldershot, 2nd March 1916.\n\n"
        "Dear Mother, — We went to church on Sunday last, and I shall write again on Sunday."
    )
    assert typed(text, None) == [
        ("1915", "DATE", "1915"),
        ("2nd March 1916", "DATE", "1916-03-02"),
        ("Sunday last", "DATE", "1916-02-27"),
        ("Sunday", "DATE", "1916-03-05"),
    ]


def test_an_undated_story_with_letters_is_a_story() -> None:
    text = (
        "Ellen went to Scarth Hall in February 1884. She left in 1891 to marry, and she died in 1932.\n\n"
        "Scarth Hall, 20th March 1884.\n\n"
        "Dear Kitty, — Yesterday Mr S. went to York. He comes back on Saturday, and on Monday we go "
        "to Whitby. I saw her at church on Sunday last, and this morning she was gone.\n\n"
        "Tuesday night. — Nobody will say where she is. She was in her room last night.\n\n"
        "At Easter Ellen took the girls to Pickering."
    )
    assert detect_document_kind(text, None) == DocumentKind.NARRATIVE
    assert ("Easter", "DATE", "1884-04-13") in typed(text, None)


SUMMER = (
    "The summer we sold the farm was the summer of 1979. My grandfather had bought it in 1951, "
    "after the war, and he had worked it since 1944.\n\n"
    "In May my father wrote to say we would spend the holidays there. We arrived on the last Saturday "
    "of June. In July the buyers came, and on the fourth of July "
    "they measured the barns. The auction was held on the Saturday, and on the ninth of July the "
    "cattle went. In August it rained, and on the twentieth of August the roof of the byre fell in. "
    "The buyers said that next summer they would pull it down. By the end of August the house was "
    "empty, and school started again on the fourth of September, a Tuesday, so on the last Sunday "
    "of the holidays we walked the fields for the last time. In September we drove south. My "
    "grandfather died in 1990.\n\n"
    "I went back last summer. This morning I found the photographs again."
)


def test_a_dated_story_with_a_present_close_is_a_story() -> None:
    assert detect_document_kind(SUMMER, THURSDAY) == DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 1990 the alarm went at eleven minutes past four in the morning.",
            [
                ("3 May 1990", "DATE", "1990-05-03"),
                ("eleven minutes past four in the morning", "TIME", "1990-05-03T04:11"),
            ],
        ),
        (
            "On 3 May 1990 the train left at three minutes to nine.",
            [("3 May 1990", "DATE", "1990-05-03"), ("three minutes to nine", "TIME", "1990-05-03T08:57")],
        ),
    ],
)
def test_minutes_counted_past_an_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


def test_a_weekday_said_before_a_day_in_words() -> None:
    text = (
        "In July 1989 my father drove home on Sunday the sixteenth, and came back on Friday the twenty-fifth."
    )
    assert typed(text, None) == [
        ("July 1989", "DATE", "1989-07"),
        ("Sunday the sixteenth", "DATE", "1989-07-16"),
        ("Friday the twenty-fifth", "DATE", "1989-08-25"),
    ]


def test_an_offset_later_in_a_present_clause_of_a_history() -> None:
    text = (
        "The siege was lifted in September 1683. The pastry is said to have been baked that year, though "
        "the story is not found in print until a century later."
    )
    assert typed(text, date(2023, 9, 12), kind=DocumentKind.NARRATIVE)[-1] == (
        "a century later",
        "DATE",
        "1783",
    )
