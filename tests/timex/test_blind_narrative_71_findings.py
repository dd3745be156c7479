"""Rules added after the seventy-first blind narrative set (`data/gold/timex/blind_narrative_71.jsonl`,
first-person memoirs moving between the writer's now and the story's past) was scored once: each row
is a sentence of our own showing the general English usage behind one finding.

- "That was 1962, and": a year as the complement of "that was" or "this was" pointing back at the
  time just told is a year, as after "it was".
- "born in March 1947, the winter the snow lay": a winter set off by a comma right after a date of
  its last month (January to March) is the winter closing then, named by its December's year; "the
  winter before we sailed", told at a sailing in May, is the last winter before the story's time.
- "That first spring", "that first winter": the first such season from the story's time on (the
  spring after an autumn just told, the winter after a May).
- "I remember the 22nd because it snowed": a day of the month after "remember" or "recall", and
  before a conjunction opening a clause, is a day.
- "ran the night desk": a newspaper's night desk is a kind of work, not a night.
- "My father retired in the summer of 1988. ... asked me about him last Christmas": a "last" or
  "next" feast in a dated narrative counts from the time of writing, as "last year" does.
- "docked in New York nine days later, on a Monday": "on a" weekday set off by a comma right after a
  day names that day's weekday, not any such day.
- A memoir that opens on the writer's coming day ("On Sunday it will be seventy years since the
  flood") and closes on it, with a story of a dozen dates without a year between, is a story, not
  news dated by its lead's weekday.
- "landed on the 10th. I slept for an hour on the 9th": a day of the month a day or two before the
  story's day steps back within its month, not four weeks on.
- "relieved on the last day of the month", "the last day of that year", "the last day of February
  1948": the first or last day of a month or year is that day, not the month or year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
MONDAY = date(2015, 5, 4)
FRIDAY = date(2019, 5, 10)
WEDNESDAY = date(2023, 1, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We moved north when I was six. That was 1962, and the pits were still open.",
            [("1962", "DATE", "1962")],
        ),
        (
            "My grandfather came home from the war. This was 1919, and there was no work.",
            [("1919", "DATE", "1919")],
        ),
    ],
)
def test_a_year_after_that_was(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was born in March 1947, the winter the snow lay until April.",
            [
                ("March 1947", "DATE", "1947-03"),
                ("the winter", "DATE", "1946-WI"),
                ("April", "DATE", "1947-04"),
            ],
        ),
        (
            "We sailed from Cork on 4 May 1848. The winter before we sailed was the worst of the famine.",
            [("4 May 1848", "DATE", "1848-05-04"), ("The winter", "DATE", "1847-WI")],
        ),
    ],
)
def test_a_winter_closing_at_the_story_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They reached the farm in the autumn of 1872. That first spring they planted wheat.",
            [("the autumn of 1872", "DATE", "1872-FA"), ("That first spring", "DATE", "1873-SP")],
        ),
        (
            "We arrived in Halifax on 20 May 1913. That first winter we lived in a boarding house.",
            [("20 May 1913", "DATE", "1913-05-20"), ("That first winter", "DATE", "1913-WI")],
        ),
    ],
)
def test_that_first_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


def test_a_day_remembered_before_because() -> None:
    text = "On 18 March 1917 we moved up to the line. I remember the 22nd because it snowed."
    assert typed(text, MONDAY, kind=NARRATIVE) == [
        ("18 March 1917", "DATE", "1917-03-18"),
        ("the 22nd", "DATE", "1917-03-22"),
    ]


def test_the_night_desk_is_no_night() -> None:
    text = "She joined the night desk in 1971 and ran the night desk for a decade."
    assert typed(text, MONDAY) == [("1971", "DATE", "1971"), ("a decade", "DURATION", "P10Y")]


def test_a_last_feast_in_a_story_is_the_writers() -> None:
    text = "My father retired in the summer of 1988. My daughter asked me about him last Christmas."
    assert typed(text, FRIDAY, kind=NARRATIVE) == [
        ("the summer of 1988", "DATE", "1988-SU"),
        ("last Christmas", "DATE", "2018-12-25"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We left Liverpool on 3 May 1890 and docked in New York nine days later, on a Monday.",
            [
                ("3 May 1890", "DATE", "1890-05-03"),
                ("nine days later", "DATE", "1890-05-12"),
                ("Monday", "DATE", "1890-05-12"),
            ],
        ),
        (
            "The ferry sailed on 2 June 1950, on a Friday, and the bins were emptied on a Thursday.",
            [
                ("2 June 1950", "DATE", "1950-06-02"),
                ("Friday", "DATE", "1950-06-02"),
                ("Thursday", "SET", "XXXX-WXX-4"),
            ],
        ),
    ],
)
def test_on_a_weekday_after_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


MEMOIR = (
    "On Sunday it will be seventy years since the flood, and the town has asked me to speak.\n\n"
    "In the winter of 1952-53 I was twelve. The rain began on 28 January and did not stop. "
    "On the 30th the river broke its banks, and on the 31st the school was shut. "
    "On 1 February we were taken off the roof by boat, and on the 3rd we were moved to the church hall. "
    "On the 5th the water began to fall, and on the 8th we went home to mud. "
    "On the 12th the army brought pumps, and on 20 February they left. "
    "By 2 March the shop was open again, and on the 9th we held a service.\n\n"
    "I go back every year. My wife died two years ago, and I shall go alone on Sunday."
)


def test_a_memoir_framed_by_the_writers_days_is_a_story() -> None:
    assert detect_document_kind(MEMOIR, WEDNESDAY) == NARRATIVE
    found = typed(MEMOIR, WEDNESDAY)
    assert found[0] == ("Sunday", "DATE", "2023-01-29")
    assert ("28 January", "DATE", "1953-01-28") in found
    assert ("the 9th", "DATE", "1953-03-09") in found
    assert found[-1] == ("Sunday", "DATE", "2023-01-29")


def test_a_day_or_two_back_stays_in_the_month() -> None:
    text = "We sailed on Thursday 8 June 1944 and landed on the 10th. I slept for an hour on the 9th, off the coast."
    assert typed(text, MONDAY, kind=NARRATIVE) == [
        ("Thursday 8 June 1944", "DATE", "1944-06-08"),
        ("the 10th", "DATE", "1944-06-10"),
        ("an hour", "DURATION", "PT1H"),
        ("the 9th", "DATE", "1944-06-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battalion landed on 12 May 1943 and was relieved on the last day of the month.",
            [("12 May 1943", "DATE", "1943-05-12"), ("the last day of the month", "DATE", "1943-05-31")],
        ),
        (
            "They married in 1921 and sailed on the last day of that year.",
            [("1921", "DATE", "1921"), ("the last day of that year", "DATE", "1921-12-31")],
        ),
        (
            "We left on the last day of February 1948.",
            [("the last day of February 1948", "DATE", "1948-02-29")],
        ),
    ],
)
def test_the_first_or_last_day_of_a_month_or_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected
