"""Rules added after the thirtieth blind narrative set (`data/gold/timex/blind_narrative_30.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A present-tense close opened by "Today" may name its subject with a participle and its phrase, bare
  or set off by commas ("Today a stone marked with the family's name stands", "Today the tower, first
  lit by oil lamps and converted in 1935, guides ships"): the participle tells of the subject, the
  present verb after it is the main one, and "Today" is the time of writing.
- A plural subject's bare present ("Scientists work at the base in summer", "shepherds drive their
  flocks over it in spring") says how every year goes, as "The river freezes in October" does, when
  the verb cannot also be a past ("cut", "set") and no plain past stands in the sentence ("beat").
- "almost overnight", "virtually overnight" is the idiom for "suddenly", not a night.
- A frequency word before a count ("the weekly death toll", "daily case counts") names the count's
  period, not a time that recurs, as "a daily allowance" does.
- "for about two weeks afterwards", "for three months later": "for" makes the length how long something went
  on; the adverb after it says when, and no date is counted.
- A dotted clock time before a day the story has told ("by 3.45 the next morning", "at 6.30 that
  evening") is a time of that day, as "at 11.55 in the morning" is; an amount stays an amount ("rose
  3.45 the next morning").
- A day word inside a quotation ('"Tomorrow we go for the top," he wrote') is the speaker's; the story
  stays on the day it told, so "the next day" after the quotation counts from that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

DCT = date(2020, 5, 4)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill burned down in 1902 and was never rebuilt. Today a stone marked with the family's "
            "name stands beside the road.",
            [("1902", "DATE", "1902"), ("Today", "DATE", "2020-05-04")],
        ),
        (
            "The lighthouse was finished in 1879. Today the tower, first lit by oil lamps and converted to "
            "electricity in 1935, guides ships into the harbour.",
            [("1879", "DATE", "1879"), ("Today", "DATE", "2020-05-04"), ("1935", "DATE", "1935")],
        ),
        (
            "The men reached the col on 3 May 1921. Today the wind dropped at last and we walked on to the ridge.",
            [("3 May 1921", "DATE", "1921-05-03"), ("Today", "DATE", "1921-05-03")],
        ),
    ],
)
def test_today_before_a_participle_phrase_takes_the_main_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hut was abandoned in 1917. Scientists work at the base in summer, and a few stay through "
            "the winter.",
            [("1917", "DATE", "1917"), ("summer", "DATE", "XXXX-SU"), ("the winter", "DATE", "XXXX-WI")],
        ),
        (
            "The pass was first crossed in 1847. Today shepherds drive their flocks over it in spring and "
            "bring them down in October.",
            [
                ("1847", "DATE", "1847"),
                ("Today", "DATE", "2020-05-04"),
                ("spring", "DATE", "XXXX-SP"),
                ("October", "DATE", "XXXX-10"),
            ],
        ),
        (
            "The hut was built in 1911. The men cut ice there in the winter.",
            [("1911", "DATE", "1911"), ("the winter", "DATE", "1911-WI")],
        ),
        (
            "The fort fell on 1 September 1449, and the general beat the raiders back from the walls in October.",
            [("1 September 1449", "DATE", "1449-09-01"), ("October", "DATE", "1449-10")],
        ),
    ],
)
def test_a_plural_subjects_bare_present_is_every_years_season(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The song made the band famous almost overnight.", []),
        ("Prices doubled virtually overnight after the harvest failed.", []),
        ("The ferry crossed overnight.", [("overnight", "TIME", "2020-05-03TNI")]),
    ],
)
def test_almost_overnight_is_an_idiom(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The weekly death toll in the city peaked in March.", [("March", "DATE", "2020-03")]),
        ("Officials publish daily case counts for each district.", []),
        ("The council meets weekly.", [("weekly", "SET", "P1W")]),
    ],
)
def test_a_frequency_word_before_a_count_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike ended on 11 November 1918, but trade stalled for about two weeks afterwards.",
            [("11 November 1918", "1918-11-11", None), ("about two weeks", "P2W", "APPROX")],
        ),
        (
            "The strike ended on 11 November 1918. Two weeks afterwards the mills reopened.",
            [("11 November 1918", "1918-11-11", None), ("Two weeks afterwards", "1918-W48", None)],
        ),
        (
            "The bridge opened on 2 May 1931, and the ferry kept running for three months later.",
            [("2 May 1931", "1931-05-02", None), ("three months", "P3M", None)],
        ),
    ],
)
def test_for_a_length_then_afterwards_is_a_length(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 25 May 1940 the mice were injected at 11 a.m., and by 3.45 the next morning four were dead.",
            [
                ("25 May 1940", "DATE", "1940-05-25"),
                ("11 a.m.", "TIME", "1940-05-25T11:00"),
                ("3.45", "TIME", "1940-05-26T03:45"),
                ("the next morning", "TIME", "1940-05-26TMO"),
            ],
        ),
        (
            "The ship docked on 2 June 1919. At 6.30 that evening the crew went ashore.",
            [
                ("2 June 1919", "DATE", "1919-06-02"),
                ("6.30", "TIME", "1919-06-02T18:30"),
                ("that evening", "TIME", "1919-06-02TEV"),
            ],
        ),
        (
            "The shares closed at 2.10 on 2 June 1919 and rose 3.45 the next morning.",
            [("2 June 1919", "DATE", "1919-06-02"), ("the next morning", "TIME", "1919-06-03TMO")],
        ),
    ],
)
def test_a_dotted_clock_before_a_told_day_is_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The climbers camped below the summit on 8 June 1924. That night Odell wrote: "Tomorrow we go '
            'for the top, whatever the weather." They set out the next day, and the weather broke the '
            "following day.",
            [
                ("8 June 1924", "DATE", "1924-06-08"),
                ("That night", "TIME", "1924-06-08TNI"),
                ("Tomorrow", "DATE", "1924-06-09"),
                ("the next day", "DATE", "1924-06-09"),
                ("the following day", "DATE", "1924-06-10"),
            ],
        ),
        (
            'The mayor spoke on 3 May 1921. "Tomorrow the bridge opens," he said. It opened the next day.',
            [
                ("3 May 1921", "DATE", "1921-05-03"),
                ("Tomorrow", "DATE", "1921-05-04"),
                ("the next day", "DATE", "1921-05-04"),
            ],
        ),
    ],
)
def test_a_day_word_in_a_quotation_leaves_the_story_on_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, NARRATIVE) == expected
