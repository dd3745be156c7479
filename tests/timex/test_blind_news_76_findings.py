"""Rules added after the seventy-sixth blind news set (`data/gold/timex/blind_news_76.jsonl`, newspaper
copy of 1884-1954 as the papers of the time printed it) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "to-day", "to-morrow", "to-night": the old hyphenated spellings are the words without the hyphen, in
  every construction those words make ("at 9 o'clock to-night", "to-morrow morning"); "day-to-day" is
  another word.
- "last evening": the evening before the writer's day, as "last night" is; "his last evening in Rome" is
  the final one.
- "this forenoon", "yesterday forenoon": the forenoon is the morning.
- "half-past seven": the clock face's half joined to "past" by a hyphen.
- "since June last", "in October next": the older order of "last June" and "next October".
- "tomorrow at 10 a.m.": the day and the time on it are two expressions, as "[Friday] at [9]" is.
- "of late": recently (PAST_REF), as an adverb only ("a man of late middle age" is no time).
- "broke out yesterday morning about 3 o'clock": an hour right after the morning it is told in is that
  morning's hour, not the afternoon's.
- a statement quoted as a paragraph of its own after "was issued at 9 p.m. last night:" speaks from that
  day: its "this afternoon" and "yesterday" are counted from it.
- "5.58 p.m. Sun rises 7.29 a.m.": "Sun" before "rises" or "sets" is the sun, not Sunday.
- "Up to 6 p.m. four were found": "up to" before a clock time bounds a point, a signal outside it.
- "at an early hour this morning", "till a late hour last night": the start or the end of that part of
  the day, as "early this morning" is.
- "the next week or so": a span from now whose end is approximated, a length.
- "shortly after midnight ... at 6 a.m.": a morning hour after a midnight that closed a day is on the next
  day.
- "wheat for December delivery was quoted": a month of delivery is still ahead (or the current one),
  whatever the tense; "for May delivery" is no name, and "... and for July" leaves the noun out.
- a programme listing's "9.30 a.m., Service. 10.45, Talk. 1.0, News.": entries opening with the hour and
  minutes and a comma are clock times, each on from the one above.
- "FORECAST FOR TODAY": a day word in a heading set in capitals after "for" is the day, not a title.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

TUESDAY = date(1931, 3, 10)
SATURDAY = date(1912, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The poll closes at 9 o'clock to-night, and the count begins to-morrow morning.",
            [
                ("9 o'clock to-night", "TIME", "1931-03-10T21:00"),
                ("to-morrow morning", "TIME", "1931-03-11TMO"),
            ],
        ),
        ("The weather has been fine to-day.", [("to-day", "DATE", "1931-03-10")]),
        ("Day-to-day loans were plentiful.", []),
    ],
)
def test_old_hyphenated_day_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee met last evening at the Town Hall.", [("last evening", "TIME", "1931-03-09TEV")]),
        ("On his last evening in Rome he dined alone.", []),
        ("The Mayor will open the bazaar this forenoon.", [("this forenoon", "TIME", "1931-03-10TMO")]),
        ("The doors were opened at half-past seven.", [("half-past seven", "TIME", "1931-03-10T07:30")]),
        ("Bank rate has stood at 5 per cent. since June last.", [("June last", "DATE", "1930-06")]),
        ("The new bridge will be opened in October next.", [("October next", "DATE", "1931-10")]),
    ],
)
def test_older_forms_of_days_and_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vicar will preach tomorrow at 10 a.m. in the chapel.",
            [("tomorrow", "DATE", "1931-03-11"), ("10 a.m.", "TIME", "1931-03-11T10:00")],
        ),
        (
            "The train leaves today at 6:30 from the east platform.",
            [("today", "DATE", "1931-03-10"), ("6:30", "TIME", "1931-03-10T06:30")],
        ),
    ],
)
def test_a_day_word_and_the_time_at_it_are_two(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burglaries have been very frequent of late.", [("of late", "PAST_REF", None)]),
        ("The Colonel has of late been in poor health.", [("of late", "PAST_REF", None)]),
        ("A man of late middle age was seen near the mill.", []),
    ],
)
def test_of_late(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, TUESDAY) == expected


def test_an_hour_right_after_the_morning_it_is_told_in() -> None:
    text = "The fire broke out yesterday morning about 3 o'clock, and was put out by six."
    assert typed(text, TUESDAY)[:2] == [
        ("yesterday morning", "TIME", "1931-03-09TMO"),
        ("about 3 o'clock", "TIME", "1931-03-09T03:00"),
    ]


def test_a_statement_quoted_after_the_time_it_was_issued() -> None:
    text = (
        "The following bulletin was issued from the Palace at 9 p.m. last night:\n\n"
        '"His Majesty passed a quiet day. The temperature rose slightly this afternoon, and yesterday'
        ' the King took a little nourishment."'
    )
    assert typed(text, TUESDAY) == [
        ("9 p.m. last night", "TIME", "1931-03-09T21:00"),
        ("this afternoon", "TIME", "1931-03-09TAF"),
        ("yesterday", "DATE", "1931-03-08"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "High water today: 4.12 p.m. Sun sets 6.01 p.m.",
            [
                ("today", "DATE", "1931-03-10"),
                ("4.12 p.m.", "TIME", "1931-03-10T16:12"),
                ("6.01 p.m.", "TIME", "1931-03-10T18:01"),
            ],
        ),
        (
            "Up to 6 p.m. eleven boats had come in.",
            [("6 p.m.", "TIME", "1931-03-10T18:00")],
        ),
        (
            "The House sat until a late hour last night.",
            [("a late hour last night", "TIME", "1931-03-09TNI")],
        ),
    ],
)
def test_the_sun_up_to_and_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


def test_an_early_hour_is_the_start_of_its_part_of_the_day() -> None:
    assert only("At an early hour this morning the streets were empty.", TUESDAY) == [
        ("an early hour this morning", "1931-03-10TMO", "START")
    ]


def test_the_next_week_or_so_is_a_length() -> None:
    assert only("He warned that the next week or so would decide the matter.", TUESDAY) == [
        ("the next week or so", "P1W", "APPROX")
    ]


def test_a_morning_hour_after_midnight() -> None:
    text = "The frost was hardest shortly after midnight, and at 5 a.m. the glass stood at 12 degrees."
    assert typed(text, TUESDAY) == [
        ("midnight", "TIME", "1931-03-09T24:00"),
        ("5 a.m.", "TIME", "1931-03-10T05:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wheat for December delivery was quoted at 98 cents.", [("December", "DATE", "1931-12")]),
        (
            "Cotton closed at 10.40 for May delivery, and at 10.65 for July.",
            [("May", "DATE", "1931-05"), ("July", "DATE", "1931-07")],
        ),
    ],
)
def test_a_month_of_delivery_is_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


def test_a_programme_listing() -> None:
    text = (
        "REGIONAL.—10.15 a.m., Service. 11.0, Organ Recital. 12.30 p.m., The Dance Band. 2.5, Talk: "
        '"Old Inns." 6.40, News. 8.0, "The Mikado."'
    )
    assert typed(text, SATURDAY) == [
        ("10.15 a.m.", "TIME", "1912-06-15T10:15"),
        ("11.0", "TIME", "1912-06-15T11:00"),
        ("12.30 p.m.", "TIME", "1912-06-15T12:30"),
        ("2.5", "TIME", "1912-06-15T14:05"),
        ("6.40", "TIME", "1912-06-15T18:40"),
        ("8.0", "TIME", "1912-06-15T20:00"),
    ]


def test_a_day_word_in_a_heading_in_capitals() -> None:
    assert typed("RACING CARDS FOR TO-DAY.\n\nNewmarket: 2.0.", SATURDAY)[:1] == [
        ("TO-DAY", "DATE", "1912-06-15")
    ]
