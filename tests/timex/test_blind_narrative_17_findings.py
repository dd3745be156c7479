"""Rules added after the seventeenth blind narrative set (`data/gold/timex/blind_narrative_17.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A capitalised people's adjective after a number or a quantifier ("some 12,000 French troops", "many
  Dutch settlers") opens a noun phrase: the "-s" word after it is a plural noun, not a present-tense verb,
  so a month later in the clause takes the past tense of the verb before ("held off ... in March").
- After ", and" (or ", but") and a preposition, a date opens the next clause and takes that clause's
  verb, however long the clause before it ran ("could manage only a few miles a day, and on 20 January
  it made camp").
- A date word between a plural subject and a base form ("Official forms today ask", "Most historians
  today accept") is the time of that present-tense verb: in a story, the writer's now.
- "The next morning" after a small-hours clock time that the story reached by going through a night
  ("through the night ... by 4 a.m. ... The next morning") is the morning of that same date.
- "N to one" after words that measure a ratio ("outnumbered them by about ten to one", "a majority of
  three to one") is a ratio, not a clock time.
- A year of a Japanese era ("Meiji 6", "Showa 20", "the first year of Meiji") is counted from the
  Gregorian year the era began in.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2019, 4, 16)
STORY = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relief force landed in April 1746. The garrison and about 300 militiamen held off some "
            "4,000 Spanish soldiers for two weeks in May before the ships came.",
            [
                ("April 1746", "DATE", "1746-04"),
                ("two weeks", "DURATION", "P2W"),
                ("May", "DATE", "1746-05"),
            ],
        ),
        (
            "The colony was founded in 1652. Many Dutch settlers reached the cape in March.",
            [("1652", "DATE", "1652"), ("March", "DATE", "1652-03")],
        ),
    ],
)
def test_a_demonym_after_a_count_opens_a_noun_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The column set out on 3 June 1862. The mules could carry only a few loads a day over the "
            "passes, and on 19 June it reached the river.",
            [
                ("3 June 1862", "DATE", "1862-06-03"),
                ("a day", "SET", "P1D"),
                ("19 June", "DATE", "1862-06-19"),
            ],
        ),
        (
            "The expedition left Bergen in May 1910. The ice can close the strait in a day, but in August "
            "the ship got through.",
            [("May 1910", "DATE", "1910-05"), ("a day", "DURATION", "P1D"), ("August", "DATE", "1910-08")],
        ),
    ],
)
def test_a_date_after_comma_and_preposition_opens_the_next_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed on 4 May 1921. Local schools today teach its terms to every pupil.",
            [("4 May 1921", "DATE", "1921-05-04"), ("today", "DATE", "2019-04-16")],
        ),
        (
            "The bridge opened on 9 July 1931. Most engineers today accept that it was built too light.",
            [("9 July 1931", "DATE", "1931-07-09"), ("today", "DATE", "2019-04-16")],
        ),
    ],
)
def test_a_date_word_before_a_present_verb_is_the_writers_now(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The raid began on 14 March 1917. The guns fired through the night, and by about 3 a.m. "
            "they had fallen silent. The next morning the town was quiet.",
            [
                ("14 March 1917", "DATE", "1917-03-14"),
                ("the night", "TIME", "1917-03-14TNI"),
                ("about 3 a.m.", "TIME", "1917-03-15T03:00"),
                ("The next morning", "TIME", "1917-03-15TMO"),
            ],
        ),
        (
            "The arrests were made at about 2 a.m. on Saturday, 9 June 1984. The next morning the papers "
            "carried the story.",
            [
                ("about 2 a.m.", "TIME", "1984-06-09T02:00"),
                ("Saturday, 9 June 1984", "DATE", "1984-06-09"),
                ("The next morning", "TIME", "1984-06-10TMO"),
            ],
        ),
    ],
)
def test_the_next_morning_after_the_small_hours_of_a_night_told(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 1760s the planters were outnumbered by about ten to one.", [("the 1760s", "DATE", "176")]),
        ("The motion passed on Tuesday by a majority of three to one.", [("Tuesday", "DATE", "2019-04-16")]),
        ("The ferry leaves at ten to one.", [("ten to one", "TIME", "2019-04-16T12:50")]),
        # a cue opens its word: "devoted" holds "voted", and is no sign of a ratio
        ("Fans devoted to the band queued at ten to one.", [("ten to one", "TIME", "2019-04-16T12:50")]),
    ],
)
def test_n_to_one_after_a_ratio_word_is_no_clock_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The land tax was reformed in Meiji 6.", [("Meiji 6", "DATE", "1873")]),
        ("He was born in Showa 20, the year the war ended.", [("Showa 20", "DATE", "1945")]),
        ("The first year of Meiji began in the winter.", [("The first year of Meiji", "DATE", "1868")]),
        ("The Meiji government moved to Tokyo.", []),
    ],
)
def test_a_year_of_a_japanese_era(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, STORY)[: len(expected)] == expected
