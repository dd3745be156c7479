"""Rules added after the thirteenth blind narrative set (`data/gold/timex/blind_narrative_13.jsonl`,
encyclopedia histories of wars and revolutions) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- A weekday before a day-first date ("in the morning of Wednesday, 1 July") belongs to that date, not
  to the clock time before it; the date is an expression of its own, and the clock time takes its day
  from it through "of" as it does through "on" ("at about 7.30 in the morning of Wednesday, 1 July").
- A time in a clause of "would" that looks past the story's year ("said Britain would leave no later
  than June 1948", "hoped a victory would sway the elections of the following year") is a plan or a hope
  seen from the story's past: the story stays in its own year for the dates that follow.
- "will" and "can" after a determiner are nouns ("the will of the North", "a can of fuel"), not the
  auxiliaries that make a clause future; "all will be well" keeps the auxiliary.
- "feed" and "weed" are base forms ("would draw the army north and feed his men"), though the verb
  tables also list them as the past of the rare verbs "to fee" and "to wee".
- "thanks to" (also "thanks partly to", "thanks in part to") is a preposition, not the verb "thanks":
  it gives the sentence no present tense.
- "the 28th" after "on" and before "with" or "without" is a day of the month ("entered the city on the
  28th without a fight"): a preposition, unlike a noun, never follows an ordinal that modifies it.
- "the dusk of 2 May", like "the morning of 6 June", leaves the date alone as the expression.
- A year written beside a count of years ("Seventy years later, in 2017,", "Two years later (1959)")
  restates it: the written year is the count's value, whatever the story's last date was.
- "at the stroke of midnight on 14-15 August" names the midnight between two days, as "the night of
  14-15 August" names their night: the story stays on the first day, so a "midnight" told again after it
  is the same one (T24:00 of the 14th).
- A night told in a past perfect after a dawn or morning ("found at dawn that the army had gone during
  the night") is the night that ended in that morning, the day before; after a day or an evening it
  stays the night of that day.
- A year after a quoted length and "to" ("counting back \"eighty-seven years\" to 1776") closes the
  period counted back, as it does without the quotation marks.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SUMMER_2009 = date(2009, 6, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege began in the spring of 1863. The first shots were fired at about 7.30 in the morning"
            " of Wednesday, 1 July, when the guns opened up.",
            [
                ("the spring of 1863", "DATE", "1863-SP"),
                ("about 7.30 in the morning", "TIME", "1863-07-01T07:30"),
                ("Wednesday, 1 July", "DATE", "1863-07-01"),
            ],
        ),
        (
            "The fair was held in 1850. It opened at ten in the morning of Friday, 3 May, to great crowds.",
            [
                ("1850", "DATE", "1850"),
                ("ten in the morning", "TIME", "1850-05-03T10:00"),
                ("Friday, 3 May", "DATE", "1850-05-03"),
            ],
        ),
    ],
)
def test_weekday_before_day_first_date_after_clock_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUMMER_2009, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 February 1947 the prime minister said Britain would leave no later than June 1948. The"
            " viceroy arrived on 22 March and announced his plan on 3 June.",
            [
                ("20 February 1947", "DATE", "1947-02-20"),
                ("June 1948", "DATE", "1948-06"),
                ("22 March", "DATE", "1947-03-22"),
                ("3 June", "DATE", "1947-06-03"),
            ],
        ),
        (
            # "will" after "the" is a noun, and "feed" a base form: the clause's verb is "would"
            "In May 1863 the general argued that an invasion would draw the enemy north, feed his men and"
            " weaken the will of the North before the elections of the following year. On 3 June his army"
            " marched.",
            [
                ("May 1863", "DATE", "1863-05"),
                ("the following year", "DATE", "1864"),
                ("3 June", "DATE", "1863-06-03"),
            ],
        ),
        (
            # a date of the same year after "would" is the story's next step
            "On 25 October 1950 the general launched what he hoped would be the last offensive on 24"
            " November; the next evening the enemy attacked.",
            [
                ("25 October 1950", "DATE", "1950-10-25"),
                ("24 November", "DATE", "1950-11-24"),
                ("the next evening", "TIME", "1950-11-25TEV"),
            ],
        ),
    ],
)
def test_time_looked_ahead_to_with_would_keeps_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUMMER_2009, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The border was drawn in August 1947. Bengal saw less killing, thanks partly to a long fast in"
            " Calcutta in September, but the crossings went on.",
            [("August 1947", "DATE", "1947-08"), ("September", "DATE", "1947-09")],
        ),
        (
            "The town was rebuilt in 1921. The harvest was saved, thanks in part to rain in October.",
            [("1921", "DATE", "1921"), ("October", "DATE", "1921-10")],
        ),
    ],
)
def test_thanks_to_is_no_present_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army crossed the river on 24 June 1812. It entered the city on the 28th without a fight.",
            [("24 June 1812", "DATE", "1812-06-24"), ("the 28th", "DATE", "1812-06-28")],
        ),
        (
            "The rearguard was cut off on 18 November 1812 and rejoined the army on the 21st with 900 men.",
            [("18 November 1812", "DATE", "1812-11-18"), ("the 21st", "DATE", "1812-11-21")],
        ),
        ("She finished the race in the 3rd with a cramp.", []),
    ],
)
def test_day_of_month_before_with_or_without(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUMMER_2009, DocumentKind.NARRATIVE) == expected


def test_dusk_of_a_date_tags_the_date() -> None:
    text = "The general was shot by his own sentries in the dusk of 2 May 1863. At dusk the firing stopped."
    assert typed(text, SUMMER_2009, DocumentKind.NARRATIVE) == [
        ("2 May 1863", "DATE", "1863-05-02"),
        ("dusk", "TIME", "1863-05-02TEV"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A novel about the crossing was published in 1956. Seventy years later, in 2017, a museum"
            " opened in the old town hall.",
            [
                ("1956", "DATE", "1956"),
                ("Seventy years later", "DATE", "2017"),
                ("2017", "DATE", "2017"),
            ],
        ),
        (
            "The bridge opened in 1932 and a film about it came out in 1950. Two years later (1934) the"
            " tolls were lifted.",
            [
                ("1932", "DATE", "1932"),
                ("1950", "DATE", "1950"),
                ("Two years later", "DATE", "1934"),
                ("1934", "DATE", "1934"),
            ],
        ),
    ],
)
def test_year_beside_a_count_of_years_restates_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, DocumentKind.NARRATIVE) == expected


def test_year_after_quoted_length_and_to() -> None:
    text = 'The speech began by counting back "eighty-seven years" to 1776, the year of the declaration.'
    assert typed(text, SUMMER_2009, DocumentKind.NARRATIVE) == [
        ("eighty-seven years", "DURATION", "P87Y"),
        ("1776", "DATE", "1776"),
    ]


def test_midnight_on_two_days_stays_on_the_first() -> None:
    text = (
        "The act was signed in July 1947. The country became free at the stroke of midnight on 14-15"
        " August. Shortly before midnight, the leader rose to speak. On 17 August the awards were published."
    )
    assert typed(text, None, DocumentKind.NARRATIVE) == [
        ("July 1947", "DATE", "1947-07"),
        ("midnight", "TIME", "1947-08-14T24:00"),
        ("14", "DATE", "1947-08-14"),
        ("15 August", "DATE", "1947-08-15"),
        ("midnight", "TIME", "1947-08-14T24:00"),
        ("17 August", "DATE", "1947-08-17"),
    ]


@pytest.mark.parametrize(
    ("text", "night"),
    [
        (
            "The rearguard was caught on 27 July 1812, but at dawn the next day the scouts found that the"
            " enemy had gone during the night.",
            "1812-07-27TNI",
        ),
        (
            "The rearguard was caught on 27 July 1812, and by nightfall two guns had been lost; through the"
            " night the enemy had kept up the fire.",
            "1812-07-27TNI",
        ),
        ("The fleet sailed on 27 July 1812, and during the night it reached the cape.", "1812-07-27TNI"),
    ],
)
def test_night_looked_back_to_from_a_morning(text: str, night: str) -> None:
    nights = [
        value
        for surface, _, value in typed(text, SUMMER_2009, DocumentKind.NARRATIVE)
        if surface == "the night"
    ]
    assert nights == [night]
