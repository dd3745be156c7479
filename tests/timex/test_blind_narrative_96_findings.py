"""Rules added after the ninety-sixth blind narrative set (`data/gold/timex/blind_narrative_96.jsonl`,
encyclopedia and popular-science histories of a printing telegraph, an early aeroplane, a cream separator and
a film projector) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "cut loose at 3:10 p.m. It hung in the air for 45 seconds. Forty minutes later": a length of seconds
  between a clock time and a count of minutes or hours "later" is how long what began at the clock time
  went on; the count goes on from the clock time (across a blank line it stays a length).
- "The road to the coast / By the spring of 1863 the road was open": a "by" opening its sentence is where
  the story has come to; the "to" of a heading before it is no aim whose deadline the date would be.
- "Gray's report, delivered to the board a week earlier, was read that afternoon": a past participle set
  off by commas after a noun a possessive name opens tells of the thing in passing, as after "the"; the
  story stays on its day.
- "Its looms were copied in the 1890s. Mills today use them": the period after a decade's "s" ends the
  sentence (it is no initial), so the present verb after it governs "today".
- "Every year since 1957, on the Sunday nearest 12 May, walkers cross it": the year a habit began may
  stand between the yearly set and its day, and a day with no verb read for it, or one in a present
  perfect after "since", is that day of every year.
- "The engineers who had inspected it the day before blamed the frost": "the day before" closing a
  relative clause in the past perfect, the main verb right after it, is the day before the story's day,
  not a day before that verb.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.tense.sentences import crosses_sentence
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The balloon was cut loose at 3:10 p.m. on 9 June 1911. It hung in the air for 45 seconds. Forty "
            "minutes later the crew tried again.",
            [
                ("3:10 p.m.", "TIME", "1911-06-09T15:10"),
                ("9 June 1911", "DATE", "1911-06-09"),
                ("45 seconds", "DURATION", "PT45S"),
                ("Forty minutes later", "TIME", "1911-06-09T15:50"),
            ],
        ),
        (
            "On 2 August 1930 the car left the line at 11:20 a.m., lasting 38 seconds in all. Three hours later "
            "it was back in the shed.",
            [
                ("2 August 1930", "DATE", "1930-08-02"),
                ("11:20 a.m.", "TIME", "1930-08-02T11:20"),
                ("38 seconds", "DURATION", "PT38S"),
                ("Three hours later", "TIME", "1930-08-02T14:20"),
            ],
        ),
        # no clock time told before the seconds: the hours stay a length
        (
            "She held her breath for 50 seconds. Two hours later she swam again.",
            [("50 seconds", "DURATION", "PT50S"), ("Two hours", "DURATION", "PT2H")],
        ),
        # the clock time is in the paragraph before: the hours stay a length
        (
            "The race began at 2 p.m. on 5 May 1925.\n\nThe winner was timed at 58 seconds. An hour later the "
            "crowd had gone.",
            [
                ("2 p.m.", "TIME", "1925-05-05T14:00"),
                ("5 May 1925", "DATE", "1925-05-05"),
                ("58 seconds", "DURATION", "PT58S"),
                ("An hour", "DURATION", "PT1H"),
            ],
        ),
    ],
)
def test_hours_later_after_a_length_of_seconds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the summer of 1861 the engineers drew up plans.\n\nThe road to the coast\n\nBy the spring of "
            "1863 the road was open, and in May the first coach ran.",
            [
                ("the summer of 1861", "DATE", "1861-SU"),
                ("the spring of 1863", "DATE", "1863-SP"),
                ("May", "DATE", "1863-05"),
            ],
        ),
        # an aim's deadline inside its sentence stays an aside
        (
            "The army landed on 17 September 1944 in an attempt to end the war by Christmas. On 25 September it "
            "withdrew.",
            [
                ("17 September 1944", "DATE", "1944-09-17"),
                ("Christmas", "DATE", "1944-12-25"),
                ("25 September", "DATE", "1944-09-25"),
            ],
        ),
    ],
)
def test_by_opening_a_sentence_after_a_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ship sailed on Friday, 9 March 1798. Nelson's letter, posted at Gibraltar three days earlier, "
            "was read in London that same evening.",
            [
                ("Friday, 9 March 1798", "DATE", "1798-03-09"),
                ("three days earlier", "DATE", "1798-03-06"),
                ("that same evening", "TIME", "1798-03-09TEV"),
            ],
        ),
        (
            "On 4 June 1880 the board met. Gray's report, delivered to the board a week earlier, was read that "
            "afternoon.",
            [
                ("4 June 1880", "DATE", "1880-06-04"),
                ("a week earlier", "DATE", "1880-W22"),
                ("that afternoon", "TIME", "1880-06-04TAF"),
            ],
        ),
        # no aside: the story moves to the day told
        (
            "On 4 June 1880 the board met. Gray's report was sent three days later, and that afternoon the vote "
            "was taken.",
            [
                ("4 June 1880", "DATE", "1880-06-04"),
                ("three days later", "DATE", "1880-06-07"),
                ("that afternoon", "TIME", "1880-06-07TAF"),
            ],
        ),
    ],
)
def test_participle_aside_on_a_possessive_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm was sold in 1931. Its looms were copied in the 1890s. Mills today use looms of the same "
            "kind.",
            [("1931", "DATE", "1931"), ("the 1890s", "DATE", "189"), ("today", "DATE", "PRESENT_REF")],
        ),
        (
            "The firm was sold in 1931. Its looms were copied in 1895. Mills today use looms of the same kind.",
            [("1931", "DATE", "1931"), ("1895", "DATE", "1895"), ("today", "DATE", "PRESENT_REF")],
        ),
    ],
)
def test_present_today_after_a_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "crosses"),
    [
        ("copied in the 1890s. Mills use them", True),
        # an initial and a clock's "a.m." still end no sentence
        ("copied by J. Smith in Leeds", False),
        ("open at 9 a.m. Doors close", False),
    ],
)
def test_period_after_a_decade_ends_a_sentence(text: str, crosses: bool) -> None:
    assert crosses_sentence(text, 0, len(text)) is crosses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge opened in 1932. Every year since 1957, on the Sunday nearest 12 May, walkers cross it "
            "at dawn.",
            [
                ("1932", "DATE", "1932"),
                ("Every year", "SET", "P1Y"),
                ("1957", "DATE", "1957"),
                ("12 May", "DATE", "XXXX-05-12"),
                ("dawn", "TIME", "XXXX-05-12TMO"),
            ],
        ),
        (
            "The mill opened in 1950. Every year since 1962, on the Sunday before 3 June, the town has held a "
            "fair.",
            [
                ("1950", "DATE", "1950"),
                ("Every year", "SET", "P1Y"),
                ("1962", "DATE", "1962"),
                ("3 June", "DATE", "XXXX-06-03"),
            ],
        ),
        # a day with its year in the same sentence is that day only
        (
            "The mill opened in 1950. Every year since 1962 the fair grew, and on 3 June 1970 the mill burned.",
            [
                ("1950", "DATE", "1950"),
                ("Every year", "SET", "P1Y"),
                ("1962", "DATE", "1962"),
                ("3 June 1970", "DATE", "1970-06-03"),
            ],
        ),
    ],
)
def test_yearly_day_after_every_year_since(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frost came on 3 February 1895. The next morning the bridge cracked. The engineers who had "
            "inspected it the day before blamed the frost.",
            [
                ("3 February 1895", "DATE", "1895-02-03"),
                ("The next morning", "TIME", "1895-02-04TMO"),
                ("the day before", "DATE", "1895-02-03"),
            ],
        ),
        (
            "On 9 April 1912 the liner sailed. The officers that had joined the crew the day before signed on "
            "again.",
            [("9 April 1912", "DATE", "1912-04-09"), ("the day before", "DATE", "1912-04-08")],
        ),
        # "the day before" an event named after it is no date
        (
            "On 9 April 1912 the liner sailed. The officers signed on the day before the voyage.",
            [("9 April 1912", "DATE", "1912-04-09")],
        ),
    ],
)
def test_day_before_closing_a_pluperfect_relative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
