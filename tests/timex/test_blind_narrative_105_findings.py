"""Rules added after the hundred-and-fifth blind narrative set (`data/gold/timex/blind_narrative_105.jsonl`,
histories of newspapers, printing and publishing: a provincial weekly that went daily, a printing works and
its presses, a national paper's strike, a magazine from its first number to its last) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "The Leek Times, a weekly founded in 1870 by two grocers": "weekly", "monthly" or "daily" after an article
  and before a participle of founding ("founded", "started", "launched", "established") is the periodical, a
  noun, as it is before "in", "of" or a comma; "published weekly from 1870" and "met weekly in 1917" stay
  sets. A frequency word before "issue" or "number" ("the last weekly issue", "the last monthly number")
  names one number of a periodical, a kind of thing, as "a weekly magazine" does.
- "By the 1890s the Echo printed two editions. The evening edition carried the racing results": a part of
  the day before "edition", "paper", "news", "bulletin" or "show", with the story on a year, a decade or a
  season, names a kind of edition, since no one evening has been told; on a day ("On 3 March 1952 the
  evening edition was late") it stays that day's evening, and "the morning" alone stays a morning.
- "on Whit Monday, 16 May 1864": "Whit" before a weekday makes it the feast, as "Easter" does, so the feast
  is found and the date after it restates it, instead of "Monday, 16 May 1864" swallowing the weekday.
- "Bread was baked on Mondays and Thursdays and delivered on Thursday afternoon": a weekday that its
  sentence has just named in the plural as a weekly habit, said again in the singular after "and" and a
  few words of a second verb, is that habit's day (SET), not one date; after "but", after a full stop or
  with a date of its own ("on Thursday 12 May") it is one day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Leek Times, a weekly founded in 1870 by two grocers, ran until 1931.",
            [("1870", "DATE", "1870"), ("1931", "DATE", "1931")],
        ),
        ("In 1902 a monthly launched by the cyclists' union reached every club.", [("1902", "DATE", "1902")]),
        ("In 1938 the last weekly issue carried a photograph of the mill.", [("1938", "DATE", "1938")]),
        ("In 1920 the last monthly number sold 4,000 copies.", [("1920", "DATE", "1920")]),
        # a frequency of publishing or meeting stays a set
        (
            "The journal was published weekly from 1870 and monthly after 1931.",
            [
                ("weekly", "SET", "P1W"),
                ("1870", "DATE", "1870"),
                ("monthly", "SET", "P1M"),
                ("1931", "DATE", "1931"),
            ],
        ),
        (
            "The committee met weekly in 1917 to plan the harvest.",
            [("weekly", "SET", "P1W"), ("1917", "DATE", "1917")],
        ),
    ],
)
def test_periodical_named_by_its_frequency(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the 1890s the Echo printed two editions. The evening edition carried the racing results.",
            [("the 1890s", "DATE", "189")],
        ),
        (
            "In the spring of 1941 the evening paper was cut to four pages.",
            [("the spring of 1941", "DATE", "1941-SP")],
        ),
        # on a day the story has told, the edition is that day's
        (
            "On 3 March 1952 the evening edition was late.",
            [("3 March 1952", "DATE", "1952-03-03"), ("evening", "TIME", "1952-03-03TEV")],
        ),
        # a part of the day that qualifies no publication is still a time of an unnamed day
        (
            "In 1952 the morning was foggy.",
            [("1952", "DATE", "1952"), ("the morning", "TIME", "1952-XX-XXTMO")],
        ),
    ],
)
def test_part_of_day_naming_a_kind_of_edition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


def test_part_of_day_edition_in_news_keeps_the_writers_day() -> None:
    assert typed("The minister spoke on the evening news.", FRIDAY) == [("evening", "TIME", "2024-05-10TEV")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The mill was opened in 1864. Its first dance was held on Whit Monday, 16 May 1864.",
            None,
            [
                ("1864", "DATE", "1864"),
                ("Whit Monday", "DATE", "1864-05-16"),
                ("16 May 1864", "DATE", "1864-05-16"),
            ],
        ),
        (
            "The regatta was held on Whit Monday, 20 May 2024, in bright sun.",
            FRIDAY,
            [("Whit Monday", "DATE", "2024-05-20"), ("20 May 2024", "DATE", "2024-05-20")],
        ),
        # a plain weekday before its date is still read with it
        (
            "The regatta was held on Monday, 20 May 2024, in bright sun.",
            FRIDAY,
            [("Monday, 20 May 2024", "DATE", "2024-05-20")],
        ),
    ],
)
def test_whit_monday_before_its_date(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shop opened on 2 May 1881. Bread was baked on Mondays and Thursdays and delivered on Thursday "
            "afternoon.",
            [
                ("2 May 1881", "DATE", "1881-05-02"),
                ("Mondays", "SET", "XXXX-WXX-1"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Thursday afternoon", "SET", "XXXX-WXX-4TAF"),
            ],
        ),
        # another weekday than the habit's is one day
        (
            "The shop opened on 2 May 1881. Bread was baked on Thursdays and sold on Friday.",
            [
                ("2 May 1881", "DATE", "1881-05-02"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Friday", "DATE", "1881-05-06"),
            ],
        ),
        # "but" sets the day against the habit
        (
            "The shop opened on 2 May 1881. Bread was baked on Thursdays, but on Thursday the oven failed.",
            [
                ("2 May 1881", "DATE", "1881-05-02"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Thursday", "DATE", "1881-05-05"),
            ],
        ),
        # a sentence of its own
        (
            "The shop opened on 2 May 1881. Bread was baked on Thursdays. On Thursday evening the oven failed.",
            [
                ("2 May 1881", "DATE", "1881-05-02"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Thursday evening", "TIME", "1881-05-05TEV"),
            ],
        ),
        # a date of its own
        (
            "The shop opened on 2 May 1881. Bread was baked on Thursdays and on Thursday 12 May the oven failed.",
            [
                ("2 May 1881", "DATE", "1881-05-02"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Thursday 12 May", "DATE", "1881-05-12"),
            ],
        ),
    ],
)
def test_weekday_restating_its_weekly_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
