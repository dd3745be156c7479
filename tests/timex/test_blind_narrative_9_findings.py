"""Rules added after the ninth blind narrative set (`data/gold/timex/blind_narrative_9.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A day of the month named again without its year ("on 27 February") after the story has moved on past
  the year in which the text first dated that day is a new step of the story when it falls a few weeks
  after the story's time, or within a year the story has just named; far from the story's time it is
  still the day dated before ("The revolution thus fell on 7 November").
- "On the night of 12-13 September ... shortly after four in the morning ... by dawn": the small hours
  and the morning of a night told as two dates fall on the second date; its evening and "the next day"
  still count from the first.
- "In London 1759 was remembered as ...": a year is the subject of its sentence after a place that
  opens it, as after "Then" or "And".
- "at 0235 hours": a 24-hour clock reading with "hours" after it is a clock time, not a length of 235
  hours; "0235 hours" is its extent.
- "By the morning of the 14th", "On the 14th the troops ...": a bare ordinal day after a part of a day
  is a day whatever follows it, and one before an article opens a new clause.
- "marks every 2 April as a day of remembrance": "a day of ..." after "as" says what kind of day a date
  is, neither a length nor a rate ("as" ends no count of things, as "ten meals a day" does).
- "came into force on 12 April, a week later.": an offset set off by a comma right after the day just
  named, closing its clause, names that same day (at its own granularity), counted from the day before.
- "a defeat remembered as Mournful Monday", "what the press called Black Week": a capitalised word
  before a weekday after "as", "called", "named" or "dubbed" makes a name, not a date.
- "It began on 11 October 1899 and ended ... on 31 May 1902": an article's lead that gives the span of
  its subject by "began ... and ended" is a summary, as "from ... to" is; the story then goes on from its
  start ("expected to be over by Christmas" is the first Christmas).

Found while probing sentences of the same genre after the scoring (not errors of the set itself):

- "Hostilities ended at 2359 hours": in a text that writes 24-hour clock readings, "hours" after one
  from 1000 up is the clock's word, not a count of hours.
- "The winter of 1777-78 was spent in camp. That spring ...": "that spring" after a winter is the
  spring that ends it, in the year after the one that names the winter.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2012, 11, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first rising ended at the pass on 3 March 1871. In February 1893 the rebels rose again. "
            "They took the fort on 20 February and held the pass on 3 March.",
            [
                ("3 March 1871", "DATE", "1871-03-03"),
                ("February 1893", "DATE", "1893-02"),
                ("20 February", "DATE", "1893-02-20"),
                ("3 March", "DATE", "1893-03-03"),
            ],
        ),
        (
            "The mill opened on 9 June 1820. In 1824 the owners built a second mill, and it opened on "
            "9 June as well.",
            [
                ("9 June 1820", "DATE", "1820-06-09"),
                ("1824", "DATE", "1824"),
                ("9 June", "DATE", "1824-06-09"),
            ],
        ),
        (
            "The council first met on 7 November 1917. A decree of 31 January 1918 changed the calendar, "
            "and the first meeting thus fell on 7 November by the new count.",
            [
                ("7 November 1917", "DATE", "1917-11-07"),
                ("31 January 1918", "DATE", "1918-01-31"),
                ("7 November", "DATE", "1917-11-07"),
            ],
        ),
    ],
)
def test_a_day_dated_before_is_a_new_step_once_the_story_has_moved_on(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege went on into September 1759. On the night of 12-13 September the boats drifted "
            "down the river, and shortly after four in the morning the infantry climbed the cliff. By "
            "dawn the whole army stood on the plain.",
            [
                ("September 1759", "DATE", "1759-09"),
                ("12", "DATE", "1759-09-12"),
                ("13 September", "DATE", "1759-09-13"),
                ("four in the morning", "TIME", "1759-09-13T04:00"),
                ("dawn", "TIME", "1759-09-13TMO"),
            ],
        ),
        (
            "The brigade tried again in January 1900. On the night of 23-24 January the men climbed the "
            "hill, and when the mist lifted at about eight o'clock they were under fire. They came down "
            "that night.",
            [
                ("January 1900", "DATE", "1900-01"),
                ("23", "DATE", "1900-01-23"),
                ("24 January", "DATE", "1900-01-24"),
                ("about eight o'clock", "TIME", "1900-01-24T08:00"),
                ("that night", "TIME", "1900-01-24TNI"),
            ],
        ),
        (
            "The riots began in November 1938. On the night of 9 to 10 November the windows were "
            "smashed, and late that evening the fires spread. The next day the arrests began.",
            [
                ("November 1938", "DATE", "1938-11"),
                ("9", "DATE", "1938-11-09"),
                ("10 November", "DATE", "1938-11-10"),
                ("late that evening", "TIME", "1938-11-09TEV"),
                ("The next day", "DATE", "1938-11-10"),
            ],
        ),
    ],
)
def test_the_small_hours_of_a_night_of_two_dates_fall_on_the_second(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet sailed in 1758. In London 1759 was remembered as a time of victories.",
            [("1758", "DATE", "1758"), ("1759", "DATE", "1759")],
        ),
        (
            "For Britain, 1940 was the hardest test of the war.",
            [("1940", "DATE", "1940")],
        ),
        ("In total 1759 was the number of men counted.", []),
    ],
)
def test_a_year_after_a_place_that_opens_the_sentence_is_its_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assault began at 0235 hours on 28 May 1982.",
            [("0235 hours", "TIME", "1982-05-28T02:35"), ("28 May 1982", "DATE", "1982-05-28")],
        ),
        (
            "The company crossed the river on 3 June 1944 and reached the ridge at 0610 hrs.",
            [("3 June 1944", "DATE", "1944-06-03"), ("0610 hrs", "TIME", "1944-06-03T06:10")],
        ),
        ("The engines had run for 1000 hours before the overhaul.", [("1000 hours", "DURATION", "PT1000H")]),
    ],
)
def test_a_24_hour_clock_reading_with_hours_is_a_clock_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last attack began on 12 June 1982. By the morning of the 14th Argentine troops were "
            "falling back.",
            [("12 June 1982", "DATE", "1982-06-12"), ("the 14th", "DATE", "1982-06-14")],
        ),
        (
            "The march began on 2 May 1898. On the 5th the column reached the river.",
            [("2 May 1898", "DATE", "1898-05-02"), ("the 5th", "DATE", "1898-05-05")],
        ),
        ("The 14th Regiment held the ridge.", []),
        ("The parade was led by the 3rd battalion.", []),
    ],
)
def test_an_ordinal_day_after_a_part_of_a_day_or_before_a_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The republic marks every 2 April as a day of remembrance for its dead.",
            [("every 2 April", "SET", "XXXX-04-02")],
        ),
        (
            "The town kept 4 July 1900 as a day of mourning.",
            [("4 July 1900", "DATE", "1900-07-04")],
        ),
        ("The crew stayed ashore for a day of rest.", [("a day", "DURATION", "P1D")]),
        ("The kitchen served 400 meals a day.", [("a day", "SET", "P1D")]),
    ],
)
def test_a_day_of_some_kind_after_as_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet sailed on 5 April 1982. The blockade began at dawn on 12 April, a week later.",
            [
                ("5 April 1982", "DATE", "1982-04-05"),
                ("dawn", "TIME", "1982-04-12TMO"),
                ("12 April", "DATE", "1982-04-12"),
                ("a week later", "DATE", "1982-W15"),
            ],
        ),
        (
            "The army left the capital on 1 May 1871. It reached the coast on 3 May, two days later, and "
            "sailed at once.",
            [
                ("1 May 1871", "DATE", "1871-05-01"),
                ("3 May", "DATE", "1871-05-03"),
                ("two days later", "DATE", "1871-05-03"),
            ],
        ),
        (
            "The army left the capital on 1 May 1871. It reached the coast on 3 May. Two days later it "
            "sailed.",
            [
                ("1 May 1871", "DATE", "1871-05-01"),
                ("3 May", "DATE", "1871-05-03"),
                ("Two days later", "DATE", "1871-05-05"),
            ],
        ),
    ],
)
def test_an_offset_in_apposition_to_a_day_names_that_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town was cut off after a defeat on 30 October 1899 that its people remembered as "
            "Mournful Monday.",
            [("30 October 1899", "DATE", "1899-10-30")],
        ),
        ("The walkout began on what became known as Red Monday.", []),
        (
            "The minister said in Washington Monday that the talks would resume.",
            [("Monday", "DATE", "2012-11-05")],
        ),
    ],
)
def test_a_weekday_given_as_a_name_is_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rising began on 2 March 1866 and ended with a treaty on 9 June 1868. The rebels hoped "
            "to hold the hills until Christmas.",
            [
                ("2 March 1866", "DATE", "1866-03-02"),
                ("9 June 1868", "DATE", "1868-06-09"),
                ("Christmas", "DATE", "1866-12-25"),
            ],
        ),
        (
            "The strike began on 4 May 1926. It ended on 12 May, and by Christmas the pits were open.",
            [
                ("4 May 1926", "DATE", "1926-05-04"),
                ("12 May", "DATE", "1926-05-12"),
                ("Christmas", "DATE", "1926-12-25"),
            ],
        ),
    ],
)
def test_a_lead_that_began_and_ended_is_a_summary_span(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack opened at 0200 hours on 3 May 1900, and the last shots were fired at 2359 hours.",
            [
                ("0200 hours", "TIME", "1900-05-03T02:00"),
                ("3 May 1900", "DATE", "1900-05-03"),
                ("2359 hours", "TIME", "1900-05-03T23:59"),
            ],
        ),
        (
            "At 0400 the guns opened fire. The crews had logged 1200 hours in the air.",
            [("0400", "TIME", "2012-11-08T04:00"), ("1200 hours", "DURATION", "PT1200H")],
        ),
    ],
)
def test_hours_after_a_clock_reading_from_1000_up(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The winter of 1777-78 was spent in camp. That spring the army marched north.",
            [("The winter of 1777-78", "DATE", "1777-WI"), ("That spring", "DATE", "1778-SP")],
        ),
        (
            "The army reached the coast in May 1778. That spring had been wet.",
            [("May 1778", "DATE", "1778-05"), ("That spring", "DATE", "1778-SP")],
        ),
    ],
)
def test_that_spring_after_a_winter_ends_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
