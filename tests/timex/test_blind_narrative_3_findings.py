"""Rules added after the third blind narrative set (`data/gold/timex/blind_narrative_3.jsonl`: a naval
battle, a civil war, a revolution told day by day, a dynasty, three centuries of a colony and a winter
campaign) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- A campaign told by a dozen dates without a year, every written year long past, stays a narrative
  when it says "By Sunday evening" once: the weekday is a day of the story, not of the DCT's week.
- An article's summary span ("was fought from 16 December 1944 to 25 January 1945") leaves the story
  at its start: the background and the days that follow are told from there, not from the span's end.
- A month before a capitalised event noun is part of a name ("the October Revolution", "the July Days",
  "the April Theses"), not a month the text dates anything to.
- "(r. 1402-1424)", "b. 1871", "d. 1932": years after the abbreviations of reigns and lives; a reign
  given in parentheses is an aside and does not move the story's time.
- "at 0430", "between 0710 and 0830", "from 0700 onwards": a 24-hour clock written in four digits. A
  leading zero never begins a year; from 1000 up ("shortly before 1000", "at about 1700") the number is
  a time only in a text that has already written such a time with its leading zero.
- A year that a past-perfect verb dates ("the forest his tanks had crossed in 1940", "the walls that had
  been pulled down in 1820") looks back from a story that is in a month, as it does from a day.
- "By Sunday evening the garrison had marched out": a deadline on the story's own Sunday, while "On
  Sunday the garrison had already marched out" looks back to the Sunday before.
- "in the third year of his reign, 1466", "In 1405, the third year of his reign": the ordinal year of a
  reign is the calendar year written beside it (and that year is tagged too); with no year beside it
  the ordinal alone names no calendar year and is left untagged.
- "in the depth of winter", "at the height of summer": the season itself.
- "On the night of 24 to 25 October": the first day of the night's range takes the month that follows,
  and the story stays on that first day ("late that evening", "the next day").
- "hoped for a night action", "a night march": a kind of action, not a night's length.
- "at about seven in the evening ... Two hours later": hours counted from a clock time just told are a
  clock time of that day (21:00); with no clock time before them they stay a length.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
SNAPSHOT = date(2024, 5, 6)


def _found(text: str, dct: date | None = SNAPSHOT) -> list[tuple[str, str, str]]:
    return typed(text, dct, NARRATIVE)


CAMPAIGN = (
    "The winter campaign was fought in the hills from 3 December 1870 to 28 January 1871. "
    "The army had crossed the river in August, and in October it had laid siege to the capital, "
    "much as its fathers had done in 1814. The attack opened on 3 December. On 4 December the "
    "first village fell, and by Sunday evening the bridges were taken. The defenders counterattacked "
    "on 6 December and on 8 December, and the snow stopped all movement on 10 December. The march "
    "resumed on 14 December. The town was taken on 19 December, the fort on 21 December and the "
    "harbour on 24 December. On 2 January the last sortie failed, on 9 January the guns fell silent, "
    "and the armistice was signed on 28 January."
)


def test_a_campaign_with_one_weekday_among_many_story_dates_is_a_narrative() -> None:
    assert detect_document_kind(CAMPAIGN, date(2025, 1, 20)) == NARRATIVE
    found = {text: value for text, _, value in _found(CAMPAIGN, date(2025, 1, 20))}
    assert found["Sunday evening"] == "1870-12-04TEV"
    assert found["August"] == "1870-08"
    assert found["2 January"] == "1871-01-02"


def test_a_text_that_ties_itself_to_the_week_stays_news() -> None:
    """Three weekdays and few story dates: the news of a week, even with old years in it."""
    text = (
        "Veterans gathered on Sunday to mark the battle of 1944. On Monday the mayor spoke, and on "
        "Tuesday the museum reopened its hall on the campaigns of 1940 and 1945."
    )
    assert detect_document_kind(text, date(2024, 12, 18)) == DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege of the port lasted from 12 November 1807 to 3 March 1808. In August the army had "
            "marched south. Its general decided in October to attack the port. On 14 November the guns "
            "opened fire.",
            [
                ("12 November 1807", "DATE", "1807-11-12"),
                ("3 March 1808", "DATE", "1808-03-03"),
                ("August", "DATE", "1807-08"),
                ("October", "DATE", "1807-10"),
                ("14 November", "DATE", "1807-11-14"),
            ],
        ),
        (
            "The February Revolution broke out in 1917. Lenin published the April Theses in April, and "
            "the July Days followed in July.",
            [("1917", "DATE", "1917"), ("April", "DATE", "1917-04"), ("July", "DATE", "1917-07")],
        ),
        (
            "Queen Mara (r. 1512-1540) built the bridge. The poet Ivo Lenz (b. 1871, d. 1932) praised it.",
            [
                ("1512", "DATE", "1512"),
                ("1540", "DATE", "1540"),
                ("1871", "DATE", "1871"),
                ("1932", "DATE", "1932"),
            ],
        ),
        (
            "The war began on 2 March 1795. The rebels, led by Osei (r. 1780-1800), retreated in June, "
            "and a year later they returned.",
            [
                ("2 March 1795", "DATE", "1795-03-02"),
                ("1780", "DATE", "1780"),
                ("1800", "DATE", "1800"),
                ("June", "DATE", "1795-06"),
                ("a year later", "DATE", "1796"),
            ],
        ),
        (
            "The raid began on 9 May 1941. At 0215 the first wave crossed the coast, and between 0300 and "
            "0345 the docks burned. At about 1130 the last bomber landed.",
            [
                ("9 May 1941", "DATE", "1941-05-09"),
                ("0215", "TIME", "1941-05-09T02:15"),
                ("0300", "TIME", "1941-05-09T03:00"),
                ("0345", "TIME", "1941-05-09T03:45"),
                ("about 1130", "TIME", "1941-05-09T11:30"),
            ],
        ),
        (
            "The convoy sailed on 2 June 1942 and from 0700 onwards was shadowed; shortly before 1000 "
            "it was attacked.",
            [
                ("2 June 1942", "DATE", "1942-06-02"),
                ("0700", "TIME", "1942-06-02T07:00"),
                ("1000", "TIME", "1942-06-02T10:00"),
            ],
        ),
        # no clock written with a leading zero: four digits from 1000 up stay years or counts
        ("The hall held 1700 people in 1880. The index closed at 1050.", [("1880", "DATE", "1880")]),
        (
            "In 1700 the town was founded, and by 1750 it had a market.",
            [("1700", "DATE", "1700"), ("1750", "DATE", "1750")],
        ),
        (
            "The town was besieged in March 1846. In September the council voted to rebuild the walls "
            "that had been pulled down in 1820. In November the work began.",
            [
                ("March 1846", "DATE", "1846-03"),
                ("September", "DATE", "1846-09"),
                ("1820", "DATE", "1820"),
                ("November", "DATE", "1846-11"),
            ],
        ),
        (
            "The fort fell on Friday 12 March 1762. By Sunday evening the garrison had marched out.",
            [("Friday 12 March 1762", "DATE", "1762-03-12"), ("Sunday evening", "TIME", "1762-03-14TEV")],
        ),
        (
            "The fort fell on 12 March 1762. On Sunday the garrison had already marched out.",
            [("12 March 1762", "DATE", "1762-03-12"), ("Sunday", "DATE", "1762-03-07")],
        ),
    ],
)
def test_blind_narrative_3_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was crowned in 1464 and pardoned the minister in the third year of his reign, 1466.",
            [("1464", "DATE", "1464"), ("the third year", "DATE", "1466"), ("1466", "DATE", "1466")],
        ),
        (
            "In 1405, the third year of her reign, she sent a fleet west.",
            [("1405", "DATE", "1405"), ("the third year", "DATE", "1405")],
        ),
        ("In the second year of her reign she married.", []),
        (
            "The army crossed the river in January 1644, in the depth of winter.",
            [("January 1644", "DATE", "1644-01"), ("winter", "DATE", "1643-WI")],
        ),
        (
            "They left in 1644 at the height of summer when the roads were dry.",
            [("1644", "DATE", "1644"), ("summer", "DATE", "1644-SU")],
        ),
        ("It was the heart of summer camp.", []),
        (
            "On the night of 24 to 25 October 1917 the bridges were taken.",
            [("24", "DATE", "1917-10-24"), ("25 October 1917", "DATE", "1917-10-25")],
        ),
        (
            "The raids began in November 1938. On the night of 9 to 10 November the windows were smashed, "
            "and late that evening the fires spread. The next day the arrests began.",
            [
                ("November 1938", "DATE", "1938-11"),
                ("9", "DATE", "1938-11-09"),
                ("10 November", "DATE", "1938-11-10"),
                ("late that evening", "TIME", "1938-11-09TEV"),
                ("The next day", "DATE", "1938-11-10"),
            ],
        ),
        (
            "The battle began on 2 July 1644 at about seven in the evening. Two hours later it was over.",
            [
                ("2 July 1644", "DATE", "1644-07-02"),
                ("about seven in the evening", "TIME", "1644-07-02T19:00"),
                ("Two hours later", "TIME", "1644-07-02T21:00"),
            ],
        ),
        (
            "The ship was hit on 4 June 1942 at 3 p.m. and sank forty minutes later.",
            [
                ("4 June 1942", "DATE", "1942-06-04"),
                ("3 p.m.", "TIME", "1942-06-04T15:00"),
                ("forty minutes later", "TIME", "1942-06-04T15:40"),
            ],
        ),
        # no clock time just before: a length, as "three hours ago" is read
        ("The relief column arrived 48 hours later.", [("48 hours", "DURATION", "PT48H")]),
        ("He hoped for a night action.", []),
        ("They stayed a night in Paris.", [("a night", "DURATION", "P1D")]),
    ],
)
def test_reigns_seasons_nights(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
