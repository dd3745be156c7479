"""Rules added after the blind forecasts set (`data/gold/timex/blind_forecasts.jsonl`: a weather page, a
shipping forecast, a tide table, a pollen outlook, a bank-holiday travel outlook, an economic forecast, a
harvest outlook and a seasonal outlook) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "Sunrise 06:12, sunset 18:09. Moon rises 21:30.", "High water 04:51 and 17:13. Low tide 11:02": an almanac
  or a tide table names the event and gives its 24-hour reading with no preposition; the sun word before
  the reading is then its label, not a time of its own ("at sunset" alone stays one).
- "Yesterday: wettest, Tiree ... to 6pm. || Sun and moon: Sunrise 07:55": a paper's almanac in a paragraph
  of its own that names no day gives the times of the day it is printed for, not of the day the paragraph
  before reached; a short date line heading it ("TUES 15 OCTOBER:") still dates it.
- "High water 04:51 (4.9m) and 17:13 (5.1m)": a short bracketed reading beside the first clock time of a
  pair does not part it from the second.
- "Traffic usually builds between 4pm and 6pm": an adverb of what is usual makes any present verb tell the
  hours of every day, as a timetable's verb does; a past verb, or a "so we need to" consequence, keeps
  one day's hours.
- "Tonight: clear at first. Mist forms in valleys overnight": "overnight" after a night its paragraph has
  named is that night, not the one before the DCT (and a dawn after it is the next morning).
- "Outlook: a cold front likely to reach the west by Thursday", "Showers likely on Thursday": in a clause
  with no verb of its own, what is likely lies ahead; "likely because of" is no prospect.
- "the first half of December", "the second half of March 2011", "the latter half of May last year": a
  month's halves are its start and end (START, END), as a century's are; a year's halves keep H1 and H2.
- "for the rest of the summer": the part of a season still to come is named by the season, as "the rest
  of the year" is by the year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

TUESDAY = date(2022, 3, 15)
SATURDAY = date(2010, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sun and moon: Sunrise 06:12, sunset 18:09. Moon rises 21:30.",
            [
                ("06:12", "TIME", "2022-03-15T06:12"),
                ("18:09", "TIME", "2022-03-15T18:09"),
                ("21:30", "TIME", "2022-03-15T21:30"),
            ],
        ),
        (
            "Tues 15: High water 04:51 (4.9m) and 17:13 (5.1m). Low tide 11:02.",
            [
                ("Tues 15", "DATE", "2022-03-15"),
                ("04:51", "TIME", "2022-03-15T04:51"),
                ("17:13", "TIME", "2022-03-15T17:13"),
                ("11:02", "TIME", "2022-03-15T11:02"),
            ],
        ),
        (
            "The ferry leaves at 07:40 (weather permitting) and returns at 18:10.",
            [("07:40", "TIME", "2022-03-15T07:40"), ("18:10", "TIME", "2022-03-15T18:10")],
        ),
        # not a clock: a count after the bracket; a sun word with no reading after it stays a time
        (
            "Boarding starts at 09:15 (gate 12) and 40 passengers are booked.",
            [("09:15", "TIME", "2022-03-15T09:15")],
        ),
        ("The water was 12:30 deep.", []),
        (
            "We set off at sunrise and reached the top by noon.",
            [
                ("sunrise", "TIME", "2022-03-15TMO"),
                ("noon", "TIME", "2022-03-15T12:00"),
            ],
        ),
    ],
)
def test_almanac_readings_after_their_labels(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yesterday: wettest, Lerwick, 22mm in the 24 hours to 6pm.\n\nSunrise 06:12, sunset 18:09.",
            [
                ("Yesterday", "DATE", "2022-03-14"),
                ("the 24 hours", "DURATION", "PT24H"),
                ("6pm", "TIME", "2022-03-14T18:00"),
                ("06:12", "TIME", "2022-03-15T06:12"),
                ("18:09", "TIME", "2022-03-15T18:09"),
            ],
        ),
        # a date line of its own heads the readings under it
        (
            "MON 14 MARCH:\n\nHigh water 04:51 and 17:13.",
            [
                ("MON 14 MARCH", "DATE", "2022-03-14"),
                ("04:51", "TIME", "2022-03-14T04:51"),
                ("17:13", "TIME", "2022-03-14T17:13"),
            ],
        ),
    ],
)
def test_almanac_paragraph_is_of_the_day_of_writing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traffic usually builds between 4pm and 6pm on the ring road.",
            [("4pm", "TIME", "XXXX-XX-XXT16:00"), ("6pm", "TIME", "XXXX-XX-XXT18:00")],
        ),
        ("The bakery typically opens at 7am.", [("7am", "TIME", "XXXX-XX-XXT07:00")]),
        # a past verb and a consequence for the speakers keep one day's hours
        (
            "Traffic built between 4pm and 6pm on the ring road.",
            [("4pm", "TIME", "2022-03-15T16:00"), ("6pm", "TIME", "2022-03-15T18:00")],
        ),
        (
            "Buses normally leave at 07:15, so we need to be at the stop early.",
            [("07:15", "TIME", "2022-03-15T07:15")],
        ),
    ],
)
def test_usual_present_tells_every_days_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tonight: Clear at first. Mist forms in valleys overnight, lifting slowly after daybreak.",
            [
                ("Tonight", "TIME", "2022-03-15TNI"),
                ("overnight", "TIME", "2022-03-15TNI"),
                ("daybreak", "TIME", "2022-03-16TMO"),
            ],
        ),
        (
            "Last night a gale struck the coast. Overnight, trees came down across the county.",
            [("Last night", "TIME", "2022-03-14TNI"), ("Overnight", "TIME", "2022-03-14TNI")],
        ),
        # no night named before it: the night before the DCT, as before
        ("Trees came down across the county overnight.", [("overnight", "TIME", "2022-03-14TNI")]),
    ],
)
def test_overnight_after_a_named_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outlook: rain at first, with a cold front likely to reach the west by Thursday.",
            [("Thursday", "DATE", "2022-03-17")],
        ),
        ("Showers likely on Thursday.", [("Thursday", "DATE", "2022-03-17")]),
        # a verb of its own, or "likely" giving a reason, keeps the clause's tense
        ("The river rose, likely because of the rain on Thursday.", [("Thursday", "DATE", "2022-03-10")]),
    ],
)
def test_likely_in_a_verbless_clause_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frosts are expected in the first half of December.",
            [("the first half of December", "2010-12", "START")],
        ),
        (
            "Lambing runs through the second half of March 2011.",
            [("the second half of March 2011", "2011-03", "END")],
        ),
        (
            "Sales fell in the latter half of May last year.",
            [("the latter half of May last year", "2009-05", "END")],
        ),
        # a year's halves keep their own value
        ("Growth slowed in the first half of 2010.", [("the first half of 2010", "2010-H1", None)]),
        ("The ban stays in place for the rest of the winter.", [("the rest of the winter", "2010-WI", None)]),
        ("The rest of the team stayed at home.", []),
    ],
)
def test_halves_of_a_month_and_the_rest_of_a_season(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, SATURDAY) == expected
