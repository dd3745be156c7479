"""Rules added after the forty-second blind narrative set (`data/gold/timex/blind_narrative_42.jsonl`,
histories of war at sea and in the air) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- A story told day by day moves forward: a bare day of the month lower than the story's day ("sailed
  on 28 April ... On the 4th") is in the next month; a higher one in a past-perfect clause ("reached
  port on 2 July with word that it had anchored on the 25th") is in the month before.
- "On the 20th Nelson sailed": after "on", a day of the month followed by a name and its verb opens a
  clause; the capital does not make the day part of a name as in "the 11th Circuit".
- British writers join the two days of a night with a slash ("the night of 14/15 November"), as with
  a hyphen: the evening's clock times belong to the first day and the small hours to the second.
- "at 5.40 a.m. Eleven days later": the stop of "a.m." also ends its sentence; a capitalised count of
  days after it opens the next one and gives the clock time no day.
- A story told by the clock writes dotted times without a.m. or p.m. when a clause follows ("At 6.11
  the cruiser opened fire", "by 7.30 she was burning"); an amount ("at 1.18 the previous day") is not.
- "a quarter of an hour later" and "half an hour later" after a clock time are the clock times they
  reach, as "an hour later" is.
- Four digits after a date told no finer than a month ("repaired over the following winter and served
  until 2004") are a year, even in a text that writes 24-hour clock times.
- "the next dawn" and "the following daybreak" are the next morning; "the summer months" is the summer.
- A frequency word before a document ("the daily reports", "a weekly briefing") names a kind of
  document, as before "paper"; a season before an operation ("The spring raids", "the summer
  offensive") is part of its name unless a year dates it.
- "The names are read aloud every year on 14 November": a day of the month a yearly habit in the
  present is kept on is that day of every year, even where the story has dated it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2016, 9, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brig left Leith on 27 August 1803 and met a gale the next morning. "
            "On the 3rd she sighted Shetland, and she anchored at Lerwick two days later.",
            [("the 3rd", "DATE", "1803-09-03"), ("two days later", "DATE", "1803-09-05")],
        ),
        (
            "The column marched out on 26 March 1880 and crossed the river on the 29th. "
            "On the 2nd the scouts found the enemy.",
            [("the 29th", "DATE", "1880-03-29"), ("the 2nd", "DATE", "1880-04-02")],
        ),
        (
            "The yacht sailed on 12 June 1904. She reached Bergen on 2 July with word that her tender "
            "had arrived there on the 25th.",
            [("the 25th", "DATE", "1904-06-25")],
        ),
        (
            "The siege ended on 28 March 1799. The garrison had surrendered its outworks on the 3rd.",
            [("the 3rd", "DATE", "1799-03-03")],
        ),
        (
            "The army reached the town on 19 October 1935. On the 16th, three days before they arrived, "
            "a rear guard had beaten off the cavalry.",
            [("the 16th", "DATE", "1935-10-16")],
        ),
    ],
)
def test_a_day_of_the_month_follows_the_story_across_a_month(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = typed(text, DCT)
    for item in expected:
        assert item in found


def test_a_day_of_the_month_before_a_name_and_its_verb() -> None:
    found = typed("The squadrons ran west in June 1781. On the 20th Nelson sent the frigates ahead.", DCT)
    assert ("the 20th", "DATE", "1781-06-20") in found
    named = typed("The appeal went in June 1981 to the 11th Circuit, which heard it.", DCT)
    assert [t for t in named if t[0].startswith("the 11th")] == []


@pytest.mark.parametrize("joint", ["/", "-"])
def test_clock_times_on_a_night_of_two_days(joint: str) -> None:
    text = (
        f"The port was bombed in the autumn of 1940. On the night of 14{joint}15 November some 150 "
        "bombers attacked the docks. The sirens sounded at 6.58 p.m., the fires were out of control "
        "by midnight, and the all-clear sounded at 5.40 a.m. Eleven days later the King came."
    )
    found = typed(text, DCT)
    assert ("6.58 p.m.", "TIME", "1940-11-14T18:58") in found
    assert ("midnight", "TIME", "1940-11-14T24:00") in found
    assert ("5.40 a.m.", "TIME", "1940-11-15T05:40") in found


def test_dotted_clock_times_before_a_clause() -> None:
    text = (
        "The convoy sailed at 7.30 a.m. on 2 November 1916. At 6.11 the cruiser opened fire, "
        "and by 7.30 she was burning."
    )
    found = typed(text, DCT)
    assert ("6.11", "TIME", "1916-11-02T06:11") in found
    assert ("7.30", "TIME", "1916-11-02T07:30") in found
    amounts = typed("The euro stood at 1.18 the previous day and rose by 2.50 the next.", DCT)
    assert [t for t in amounts if t[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("later", "clock"),
    [
        ("a quarter of an hour later", "1916-11-03T07:45"),
        ("half an hour later", "1916-11-03T08:00"),
        ("an hour later", "1916-11-03T08:30"),
    ],
)
def test_fractions_of_an_hour_after_a_clock_time(later: str, clock: str) -> None:
    found = typed(f"She was hit at 7.30 a.m. on 3 November 1916 and went down {later}.", DCT)
    assert (later, "TIME", clock) in found


def test_a_year_after_a_season_in_a_text_of_24_hour_times() -> None:
    found = typed(
        "The convoy entered the channel at 0600 on 1 April 1987. The frigate was repaired over the "
        "following winter and served until 2004.",
        DCT,
    )
    assert ("2004", "DATE", "2004") in found
    clocks = typed("The attack began at 0430 on 6 June 1944. The guns fired until 1100.", DCT)
    assert ("1100", "TIME", "1944-06-06T11:00") in clocks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet sailed on 28 April 1781, followed through the night, and the next dawn found the "
            "enemy nine miles off.",
            ("the next dawn", "TIME", "1781-04-29TMO"),
        ),
        (
            "They rode out on 3 May 1645 and by the following daybreak had reached the river.",
            ("the following daybreak", "TIME", "1645-05-04TMO"),
        ),
        (
            "The raids began in July 1940. Damage was light in the summer months, when nights were short.",
            ("the summer months", "DATE", "1940-SU"),
        ),
    ],
)
def test_next_dawn_and_the_summer_months(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in typed(text, DCT)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's daily reports were released in 2017.",
        "The spring raids began in March 1941.",
        "The Germans opened the summer offensive in June 1942.",
    ],
)
def test_frequency_and_season_words_naming_a_kind_of_thing(text: str) -> None:
    found = typed(text, DCT)
    assert [t for t in found if t[1] == "SET" or t[2].endswith(("-SP", "-SU"))] == []
    assert len(found) == 1  # the year or month alone


def test_a_season_dated_by_its_year_stays_tagged() -> None:
    found = typed("The raids resumed in the spring of 1941.", DCT)
    assert ("the spring of 1941", "DATE", "1941-SP") in found


@pytest.mark.parametrize(
    ("habit", "value"),
    [
        ("Today the names are read aloud every year on 14 November.", "XXXX-11-14"),
        ("A wreath is laid each year on the Monday after 14 November.", "XXXX-11-14"),
        ("The names were read aloud on 14 November.", "1940-11-14"),
    ],
)
def test_a_day_kept_every_year(habit: str, value: str) -> None:
    found = typed(f"The raid came on 14 November 1940. {habit}", DCT)
    assert ("14 November", "DATE", value) in found
