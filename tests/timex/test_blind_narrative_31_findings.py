"""Rules added after the thirty-first blind narrative set (`data/gold/timex/blind_narrative_31.jsonl`,
lives of artists, composers and writers) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "married in June of that year; they had met eighteen months earlier": "of that year" only places the
  month just named, so the story stays at the month and a count goes on from it.
- "a picture that he hoped to finish by the end of the week": a plan made in the story's past ("hoped
  to", "planned to", "meant to") looks ahead from the story's time, not from the time of writing.
- A life's article dates the birth once, in its lead ("(4 May 1850 – 9 June 1901)"); a later sentence
  telling the birth without its date ("was born in Hull ... and baptised the next day") counts from it.
- "his Christmas cantata", "her Christmas album": a feast before a thing named for it, after a
  possessive, is a kind of thing, as "a Christmas gift" is; "his Christmas visit" is still the day.
- "her short Sunday Morning (1995)", "Last Summer (1999)": capitalised time words followed by a year in
  brackets are a work's title, given with its year.
- "By the end of 1890 he had finished it, and he planned to send it to the Salon in the spring": what
  a plan made as a year closes looks to (a month or season without a year) is in the year after.
- "is now counted among the best novelists of the middle of the century", written in 2024 of a life of
  1903-1978: the middle of the writer's century is still ahead, so a past period "of the middle of the
  century" is the story's century; "will rise by the middle of the century" is still the writer's.
- "took to walking along the cliffs at dawn", "used to swim at 6 a.m.": a part of the day or a clock
  time in a habit of the past is that time of every day; "took to the hills at dawn" (a journey) and
  "was used to ferry troops at dawn" (a purpose) are one day's.
- "paying her way by working nights": a bare plural part of the day after a verb of work is the shifts
  of a job, each such part of the day (a SET), as "in the evenings" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2016, 4, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm moved to Leeds in 1931, and she joined it in March of that year. They had first met "
            "eighteen months earlier.",
            [
                ("1931", "DATE", "1931"),
                ("March", "DATE", "1931-03"),
                ("that year", "DATE", "1931"),
                ("eighteen months earlier", "DATE", "1929-09"),
            ],
        ),
        (
            "The bridge opened in 1931. In May of that year a flood closed it, and it reopened three weeks later.",
            [
                ("1931", "DATE", "1931"),
                ("May", "DATE", "1931-05"),
                ("that year", "DATE", "1931"),
                ("three weeks later", "DATE", "1931-W21"),
            ],
        ),
    ],
)
def test_a_month_placed_by_of_that_year_stays_the_story_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His last letter is dated 9 March 1877. It speaks of a portrait he hoped to finish by the end "
            "of the week.",
            [("9 March 1877", "DATE", "1877-03-09"), ("the end of the week", "DATE", "1877-W10")],
        ),
        (
            "On 2 October 1902 the mayor wrote that he planned to open the hall by the end of the month.",
            [("2 October 1902", "DATE", "1902-10-02"), ("the end of the month", "DATE", "1902-10")],
        ),
        (
            "The archive is small. Its catalogue lists what the library bought by the end of the year.",
            [("the end of the year", "DATE", "2016")],
        ),
    ],
)
def test_a_plan_in_the_story_past_looks_ahead_from_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agnes Morrow (4 May 1850 – 9 June 1901) was a Scottish poet.\n\nEarly life\n\nShe was born in "
            "Leith, the third child of a sailmaker, and was baptised the next day.",
            [
                ("4 May 1850", "DATE", "1850-05-04"),
                ("9 June 1901", "DATE", "1901-06-09"),
                ("the next day", "DATE", "1850-05-05"),
            ],
        ),
        (
            "Agnes Morrow (4 May 1850 – 9 June 1901) was a Scottish poet.\n\nEarly life\n\nShe grew up in "
            "Leith and left school in 1864. She fell ill the next day.",
            [
                ("4 May 1850", "DATE", "1850-05-04"),
                ("9 June 1901", "DATE", "1901-06-09"),
                ("1864", "DATE", "1864"),
                ("the next day", "DATE", "1864"),
            ],
        ),
        (
            "Agnes Morrow (4 May 1850 – 9 June 1901) was a Scottish poet. Her son was born on 3 April 1880 "
            "and baptised two days later.",
            [
                ("4 May 1850", "DATE", "1850-05-04"),
                ("9 June 1901", "DATE", "1901-06-09"),
                ("3 April 1880", "DATE", "1880-04-03"),
                ("two days later", "DATE", "1880-04-05"),
            ],
        ),
    ],
)
def test_a_birth_told_without_its_date_goes_by_the_lead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1734 his Christmas cantata was sung in Leipzig.", [("1734", "DATE", "1734")]),
        ("Her Christmas album came out in 2001.", [("2001", "DATE", "2001")]),
        (
            "In 1734 his Christmas visit to Leipzig was cut short.",
            [("1734", "DATE", "1734"), ("Christmas", "DATE", "1734-12-25")],
        ),
    ],
)
def test_a_feast_after_a_possessive_before_a_thing_named_for_it_is_a_kind(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her graduation short, Sunday Morning (1995), won a prize in Oberhausen.",
            [("1995", "DATE", "1995")],
        ),
        ("His second film, Last Summer (1999), was shot in Galway.", [("1999", "DATE", "1999")]),
        (
            "In 1914 the guns fell silent on Christmas Day (1914) in places.",
            [("1914", "DATE", "1914"), ("Christmas Day", "DATE", "1914-12-25"), ("1914", "DATE", "1914")],
        ),
    ],
)
def test_capitalised_time_words_before_a_year_in_brackets_are_a_title(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1990 he studied law, paying his way by working nights at a bakery.",
            [("1990", "DATE", "1990"), ("nights", "SET", "XXXX-XX-XXTNI")],
        ),
        (
            "In 1962 she worked evenings in a hotel bar.",
            [("1962", "DATE", "1962"), ("evenings", "SET", "XXXX-XX-XXTEV")],
        ),
        ("In 1962 the nights were cold and long.", [("1962", "DATE", "1962")]),
    ],
)
def test_a_plural_part_of_day_after_a_verb_of_work_is_a_set(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the end of 1890 he had finished the canvas, and he planned to send it to the Salon in the spring.",
            [("the end of 1890", "DATE", "1890"), ("the spring", "DATE", "1891-SP")],
        ),
        (
            "Late in 1902 the firm moved to Hull, where it would open a second yard in April.",
            [("Late in 1902", "DATE", "1902"), ("April", "DATE", "1903-04")],
        ),
        (
            "In 1890 he finished the canvas, and he planned to show it in the spring.",
            [("1890", "DATE", "1890"), ("the spring", "DATE", "1890-SP")],
        ),
    ],
)
def test_a_plan_made_as_a_year_closes_looks_to_the_next_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rhoda Finch (1903 – 1978) wrote nine novels between 1929 and 1971. She is now counted among the "
            "best English novelists of the middle of the century.",
            [
                ("1903", "DATE", "1903"),
                ("1978", "DATE", "1978"),
                ("1929", "DATE", "1929"),
                ("1971", "DATE", "1971"),
                ("now", "DATE", "PRESENT_REF"),
                ("the middle of the century", "DATE", "19"),
            ],
        ),
        (
            "She wrote nine novels between 1929 and 1971. The sea will rise by the middle of the century.",
            [
                ("1929", "DATE", "1929"),
                ("1971", "DATE", "1971"),
                ("the middle of the century", "DATE", "20"),
            ],
        ),
    ],
)
def test_the_middle_of_a_century_still_ahead_said_of_the_past_is_the_story_century(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2024, 2, 8), NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the summer of 1890 he took to walking along the cliffs at dawn.",
            [("the summer of 1890", "DATE", "1890-SU"), ("dawn", "TIME", "XXXX-XX-XXTMO")],
        ),
        (
            "In 1931 she used to swim in the harbour at 6 a.m.",
            [("1931", "DATE", "1931"), ("6 a.m.", "TIME", "XXXX-XX-XXT06:00")],
        ),
        (
            "On 3 May 1890 he took to the hills at dawn.",
            [("3 May 1890", "DATE", "1890-05-03"), ("dawn", "TIME", "1890-05-03TMO")],
        ),
        (
            "On 3 May 1890 the ship was used to ferry troops at dawn.",
            [("3 May 1890", "DATE", "1890-05-03"), ("dawn", "TIME", "1890-05-03TMO")],
        ),
    ],
)
def test_a_time_of_day_in_a_past_habit_is_of_every_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected
