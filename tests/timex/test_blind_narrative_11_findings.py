"""Rules added after the eleventh blind narrative set (`data/gold/timex/blind_narrative_11.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "won" after a number is the Korean currency only as an amount ("costs 4000 won"); before an object
  ("in 1871 won them the forts", "the campaign of 1866-67 won it two provinces") it is the verb, and the
  number before it a year.
- "spent 1911 in talks", "spent 1887 at anchor": the year a subject spent somewhere or doing something, as
  "spent 1981 rebuilding" is; "spent 1500 on new kit" stays an amount.
- "At 1400 hours" is a 24-hour clock reading, "hours" being the clock's own word, as "at 0235 hours" is;
  "for 1400 hours", "after 1500 hours of flight" are lengths. Once a text writes its clock so, a bare
  "At 1420" is a clock reading too, while "since 1918" in the same text stays a year.
- A dotted time with a part of the day after it ("at about 11.55 in the morning", "at 9.40 in the
  evening") is a clock time, as "11:55 in the morning" is; without a clock's preposition before it
  ("rose 2.45 in the morning") it is an amount.
- "On the same day" repeats the day the story has told: a year named since in passing ("the largest
  battle since 1943") has no day to repeat.
- A year that bounds a negated expectation ("did not expect an attack before 1975", "Nobody foresaw
  its completion until 1930") is not where the story has come to; a month told next stays in the
  story's year. A fact bounded so ("It was not finished until 1930") still moves the story.
- A date subheading ("6 October") dates the paragraphs below it up to the next subheading, dated or not
  ("Aftermath"): after that, days follow the text's own years again.
- A capitalised month before "War" or "Offensive" ("the October War") is part of a name, as "the October
  Revolution" is, unless a month's preposition shows it dated ("In October War Minister Ruiz resigned");
  a capitalised hyphened length before a name's noun ("the Six-Day War") is part of the name.
- "the last hours of 5 October" are the end of that day, as "the early hours of" are its start: no length.
- A day of the month that a present-tense clause names as a yearly occasion ("celebrates 6 October as
  Armed Forces Day", "mark 15 February as a day of remembrance") is that day of every year, even after
  the text has dated it; "will mark 6 October as a day of mourning" is one day.
- A bare plural unit after a copula and before "from" or "away" ("the tanks were hours from the lake",
  "a deal is days away") is how far off something is in time: a length with no number.
- A holiday of the Hebrew calendar ("Yom Kippur", "Passover", "Rosh Hashanah", "Hanukkah") is a day whose
  Gregorian date moves from year to year, reckoned as Easter is; a holiday before a capitalised event
  noun ("the Yom Kippur War", "the Easter Rising", "the Christmas Truce") is part of a name.
- A day of the month just named in a past-perfect glance back ("had left the Baltic in October 1904. On
  the night of 21 October ...") goes on in that month and year, not in the story's later year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign of 1866–67 won it the two provinces.",
            [("1866", "DATE", "1866"), ("67", "DATE", "1867")],
        ),
        ("Its victory in 1871 won them the coastal forts.", [("1871", "DATE", "1871")]),
        ("A cup of coffee costs 4000 won in the capital.", []),
        ("The two delegations spent 1911 in talks over the border.", [("1911", "DATE", "1911")]),
        ("The squadron spent 1887 at anchor off the island.", [("1887", "DATE", "1887")]),
        ("The club spent 1500 on new kit.", []),
    ],
)
def test_a_year_before_a_verb_that_is_also_a_measure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 June 1944 the orders came. At 1400 hours the guns opened fire.",
            [("2 June 1944", "DATE", "1944-06-02"), ("1400 hours", "TIME", "1944-06-02T14:00")],
        ),
        (
            "On 2 June 1944 the orders came. At 1400 hours the guns opened fire. At 1420 the first boats "
            "pushed off.",
            [
                ("2 June 1944", "DATE", "1944-06-02"),
                ("1400 hours", "TIME", "1944-06-02T14:00"),
                ("1420", "TIME", "1944-06-02T14:20"),
            ],
        ),
        (
            "On 2 June 1944 the orders came. At 1400 hours the guns opened fire; it was the heaviest "
            "barrage since 1918.",
            [
                ("2 June 1944", "DATE", "1944-06-02"),
                ("1400 hours", "TIME", "1944-06-02T14:00"),
                ("1918", "DATE", "1918"),
            ],
        ),
        ("The engines had run for 1400 hours without a fault.", [("1400 hours", "DURATION", "PT1400H")]),
        ("The pilot was certified after 1500 hours of flight.", [("1500 hours", "DURATION", "PT1500H")]),
        ("The last train left at 1420.", []),
    ],
)
def test_a_four_digit_clock_with_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 15 February 1989 the general crossed the bridge at about 11.55 in the morning.",
            [
                ("15 February 1989", "DATE", "1989-02-15"),
                ("about 11.55 in the morning", "TIME", "1989-02-15T11:55"),
            ],
        ),
        (
            "On 3 May 1921 the mail boat docked at 9.40 in the evening.",
            [("3 May 1921", "DATE", "1921-05-03"), ("9.40 in the evening", "TIME", "1921-05-03T21:40")],
        ),
        ("The index fell 2.45 in the morning.", [("the morning", "TIME", "XXXX-XX-XXTMO")]),
    ],
)
def test_a_dotted_clock_with_its_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tanks crossed on 14 October 1973. It was the largest battle since 1943. On the same day "
            "the airlift began.",
            [
                ("14 October 1973", "DATE", "1973-10-14"),
                ("1943", "DATE", "1943"),
                ("the same day", "DATE", "1973-10-14"),
            ],
        ),
        (
            "In 1972 the two armies trained in secret. Their neighbours did not expect an attack before "
            "1975. Exercises in May were read as drills.",
            [("1972", "DATE", "1972"), ("1975", "DATE", "1975"), ("May", "DATE", "1972-05")],
        ),
        (
            "In 1912 the engineers began the dam. Nobody foresaw its completion until 1930. The first "
            "stone was laid in June.",
            [("1912", "DATE", "1912"), ("1930", "DATE", "1930"), ("June", "DATE", "1912-06")],
        ),
        (
            "In 1912 the engineers began the dam. It was not finished until 1930. The lake filled in June.",
            [("1912", "DATE", "1912"), ("1930", "DATE", "1930"), ("June", "DATE", "1930-06")],
        ),
        (
            "Mukden fell on 10 March 1905. The fleet had left the Baltic in October 1904 to sail east. On "
            "the night of 21 October it fired on trawlers.",
            [
                ("10 March 1905", "DATE", "1905-03-10"),
                ("October 1904", "DATE", "1904-10"),
                ("21 October", "DATE", "1904-10-21"),
            ],
        ),
        (
            "Mukden fell on 10 March 1905. The fleet had left the Baltic in October 1904. It reached "
            "Madagascar in January. On 21 October the treaty came into force.",
            [
                ("10 March 1905", "DATE", "1905-03-10"),
                ("October 1904", "DATE", "1904-10"),
                ("January", "DATE", "1905-01"),
                ("21 October", "DATE", "1905-10-21"),
            ],
        ),
    ],
)
def test_times_that_do_or_do_not_move_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


def test_a_date_subheading_dates_its_section_only() -> None:
    text = (
        "The war broke out in 1973.\n\n6 October\n\nThe attack began at dawn. On 8 October the "
        "counter-attack failed.\n\nAftermath\n\nA truce was signed on 18 January 1974, and a second on 31 May."
    )
    assert typed(text, None, kind=NARRATIVE) == [
        ("1973", "DATE", "1973"),
        ("6 October", "DATE", "1973-10-06"),
        ("dawn", "TIME", "1973-10-06TMO"),
        ("8 October", "DATE", "1973-10-08"),
        ("18 January 1974", "DATE", "1974-01-18"),
        ("31 May", "DATE", "1974-05-31"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The October War began in 1973.", None, [("1973", "DATE", "1973")]),
        ("In October War Minister Ruiz resigned.", date(1999, 12, 1), [("October", "DATE", "1999-10")]),
        (
            "In the Six-Day War of June 1967 the army took the plateau.",
            None,
            [("June 1967", "DATE", "1967-06")],
        ),
        ("The talks lasted six days.", None, [("six days", "DURATION", "P6D")]),
        (
            "In the last hours of 5 October 1973 a source sent the warning.",
            None,
            [("5 October 1973", "DATE", "1973-10-05")],
        ),
        ("The storm will last hours.", None, [("hours", "DURATION", "PTXH")]),
    ],
)
def test_names_and_ends_of_days_that_are_no_times(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Egypt celebrates 6 October as Armed Forces Day.",
            date(2023, 10, 5),
            [("6 October", "DATE", "XXXX-10-06")],
        ),
        (
            "The last soldier crossed on 15 February 1989. Three states mark 15 February as a day of "
            "remembrance.",
            None,
            [("15 February 1989", "DATE", "1989-02-15"), ("15 February", "DATE", "XXXX-02-15")],
        ),
        (
            "The government will mark 6 October as a day of mourning.",
            date(2023, 10, 2),
            [("6 October", "DATE", "2023-10-06")],
        ),
    ],
)
def test_a_day_kept_every_year(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By morning the tanks were hours from the lake.",
            [("morning", "TIME", "XXXX-XX-XXTMO"), ("hours", "DURATION", "PTXH")],
        ),
        ("The deal is days away.", [("days", "DURATION", "PXD")]),
        ("The rescue was only minutes away.", [("minutes", "DURATION", "PTXM")]),
        ("The days away from home were hard.", []),
    ],
)
def test_how_far_off_in_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The war began in October 1973. Because it was Yom Kippur the roads were empty.",
            None,
            [("October 1973", "DATE", "1973-10"), ("Yom Kippur", "DATE", "1973-10-06")],
        ),
        ("The family met at Passover.", date(2024, 5, 2), [("Passover", "DATE", "2024-04-23")]),
        ("Shops will close for Rosh Hashanah.", date(2023, 9, 1), [("Rosh Hashanah", "DATE", "2023-09-16")]),
        ("They lit the candles on Hanukkah.", date(2024, 1, 10), [("Hanukkah", "DATE", "2023-12-08")]),
        ("Purim was kept with a parade.", date(2024, 4, 1), [("Purim", "DATE", "2024-03-24")]),
        ("The Yom Kippur War ended in 1973.", None, [("1973", "DATE", "1973")]),
        ("The Easter Rising of 1916 failed.", None, [("1916", "DATE", "1916")]),
        ("The Christmas Truce held for a day.", None, [("a day", "DURATION", "P1D")]),
        ("At Christmas Smith resigned.", date(2023, 12, 28), [("Christmas", "DATE", "2023-12-25")]),
    ],
)
def test_holidays_of_the_hebrew_calendar_and_names(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind=NARRATIVE if dct is None else None) == expected
