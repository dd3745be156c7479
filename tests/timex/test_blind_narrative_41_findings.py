"""Rules added after the forty-first blind narrative set (`data/gold/timex/blind_narrative_41.jsonl`,
histories of trials and legal cases) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- A history that dates a day with its weekday ("Friday, 3 June 1803") and then names bare weekdays
  ("closed it on Monday") is still a narrative when it closes in the present ("Today ...", "last year"):
  those weekdays are the story's days, not days of the week the text was published in.
- A date written with its weekday whose day does not fit the year the story has been carried to, but
  fits the year the text has just written out one year off, is in that year ("opened on 6 March 1765
  ... summed up on Friday, 15 March"), before the year of the DCT is tried.
- An hour told without a.m. or p.m. after "the night of" one day is that night's when it is a late
  hour ("On the night of 8 December ... at about half past ten" is 22:30); an earlier hour is left as
  it is, as after a night of two days.
- "a night watchman", "the night nurses": "night" naming a kind of worker is no length of time.
- The law terms of the English courts ("in Michaelmas term 1871", "Hilary Term 1872") are the courts'
  own sittings, so the year written after them is tagged alone, as after "Lent".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2019, 5, 2)


def test_bare_weekdays_after_a_dated_weekday_keep_a_history_narrative() -> None:
    text = (
        "The Ripon horse fair was first held on Friday, 3 June 1803, in a field outside the town. The "
        "magistrates closed it on Monday after a riot between dealers, and it reopened on Thursday under "
        "guard. A charter of 1811 renewed it, and a new ring was laid out in 1824. The fair moved to the "
        "market place in 1846, survived a cattle plague in 1866 and was last held in 1899, when the railway "
        "took the trade elsewhere. A history of it appeared in 1932. Today the field is a car park, and a "
        "plaque put up last year marks the spot."
    )
    found = typed(text, DCT)
    assert ("Monday", "DATE", "1803-06-06") in found
    assert ("Thursday", "DATE", "1803-06-09") in found
    assert ("Today", "DATE", "2019-05-02") in found
    assert ("last year", "DATE", "2018") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The session opened on 6 March 1765. A letter dated 18 October was read out. "
            "The judge summed up on Friday, 15 March.",
            ("Friday, 15 March", "DATE", "1765-03-15"),
        ),
        (
            "The hearing began on 4 March 1861. A receipt of 20 November was produced. "
            "The court rose on Wednesday, 13 March.",
            ("Wednesday, 13 March", "DATE", "1861-03-13"),
        ),
    ],
)
def test_a_dated_weekday_returns_to_the_year_just_written(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in typed(text, DCT, kind=DocumentKind.NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the night of 8 December 1870 the bridge fell. A goods train had crossed it at about half past ten.",
            ("about half past ten", "TIME", "1870-12-08T22:30"),
        ),
        (
            "On the night of 14 March 1902 the mill burned. The alarm was raised at eleven o'clock.",
            ("eleven o'clock", "TIME", "1902-03-14T23:00"),
        ),
        (
            "On the night of 14 March 1902 the mill burned. The mist lifted at about eight o'clock.",
            ("about eight o'clock", "TIME", "1902-03-14T08:00"),
        ),
    ],
)
def test_a_late_hour_after_the_night_of_a_day_is_that_night(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in typed(text, DCT, kind=DocumentKind.NARRATIVE)


@pytest.mark.parametrize(
    "text",
    [
        "The company employed a night watchman at the yard.",
        "The paper hired a night editor and two reporters.",
    ],
)
def test_night_naming_a_worker_is_no_length(text: str) -> None:
    assert typed(text, DCT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Michaelmas term 1871 the motion was argued.", [("1871", "DATE", "1871")]),
        ("The appeal came on in Hilary Term 1872 before four judges.", [("1872", "DATE", "1872")]),
        ("During term 1200 students live in college.", []),
    ],
)
def test_a_law_term_and_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
