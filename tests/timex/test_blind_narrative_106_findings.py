"""Rules added after the hundred-and-sixth blind narrative set (`data/gold/timex/blind_narrative_106.jsonl`,
histories of a rock lighthouse, a lifeboat station and its great rescue, a shipwreck and its inquiry, and a
lightship) was scored once: each row is a sentence of our own showing the general English usage behind one
finding, with rows where the rule must not apply.

- "A guide to the pier is due to be published in the spring": a schedule's "is due to" (or "is set to",
  "is scheduled to") before the date's infinitive is the writer's present plan, ahead of the time of
  writing, though the infinitive is the verb nearest the date; "was due to" is the story's own plan.
- "The mill is open from Thursday to Monday, 11 a.m. to 5 p.m., from April to September": a timetable's
  months after its set of days and its hours, joined only by commas and words of a range, are every year's
  (XXXX), as after "daily"; so are they after a set of days in a present read as scheduled ("is open on
  Sundays from May"), while "will be open" still plans one month.
- "... at 5 a.m.\n\nThe quay today\n\n": a word of the writer's now on a subheading has no verb of its own;
  the tense read past the "a.m." that closes the sentence before it is not the heading's.
- "Today the tug is moored at Leith. ... She was towed out to sea yesterday": the day before or after the
  writer's "today" in its paragraph ("yesterday", "last night", "tomorrow") counts from the writer's day,
  as "this morning" does there; a new paragraph back in the story, or a quotation, keeps the story's day.
- "The beacon will be lit on the first Sunday of December": a named day (a feast, a weekday of a month) in a
  future the writer tells is the next one after the time of writing, as a month there is; "would" keeps
  the story's year.
- "By 3 p.m. the last of the crew were ashore. The cook had died in the night": "the night" in a past
  perfect told on a day's morning or afternoon is the night before that day, and it is told in passing, so
  "the following morning" is still the day after the day told; in the simple past, or told in the evening,
  it stays that day's night.
- "The inquiry sat on 11 January 1924. The engineer said the pumps had failed on the 23rd", after "Thursday,
  23 August 1923": a day of the month in a past perfect looks back to the day of that number the text has
  dated within the year before; with none, it is still the month before.
- "The regatta is held every June, when the crew row round the bay at 3 p.m.": a form that is only ever a
  past verb ("crew", the past of "crow") is a noun right after an article or a possessive, so it does not
  make the present of a habit past; "The crew rose at 6 a.m." is still told in the past.
- "The society said last month that the survey would be finished by the end of the year": the current year
  in a sentence that has named the writer's month is that month's year, not the story's; a clause joined on
  after the writer's month ("as the society recalled last month, and by the end of the year") goes back to
  the story.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2019, 4, 2)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier opened on 9 June 1871. A guide to the pier is due to be published in the spring.",
            [("9 June 1871", "DATE", "1871-06-09"), ("the spring", "DATE", "2019-SP")],
        ),
        (
            "The pier opened on 9 June 1871. The new café is scheduled to open in October.",
            [("9 June 1871", "DATE", "1871-06-09"), ("October", "DATE", "2019-10")],
        ),
        # the story's own plan, the spring after its June
        (
            "The pier opened on 9 June 1871. A guide to the pier was due to be published in the spring.",
            [("9 June 1871", "DATE", "1871-06-09"), ("the spring", "DATE", "1872-SP")],
        ),
    ],
)
def test_present_schedule_before_an_infinitive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill stopped grinding in 1961. It is open from Thursday to Monday, 11 a.m. to 5 p.m., from "
            "April to September.",
            [
                ("1961", "DATE", "1961"),
                ("Thursday", "SET", "XXXX-WXX-4"),
                ("Monday", "SET", "XXXX-WXX-1"),
                ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
                ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
                ("April", "DATE", "XXXX-04"),
                ("September", "DATE", "XXXX-09"),
            ],
        ),
        (
            "The mill stopped grinding in 1961. It is open on Sundays from May.",
            [("1961", "DATE", "1961"), ("Sundays", "SET", "XXXX-WXX-7"), ("May", "DATE", "XXXX-05")],
        ),
        # "will" plans one month
        (
            "The mill stopped grinding in 1961. It will be open on Sundays from May.",
            [("1961", "DATE", "1961"), ("Sundays", "SET", "XXXX-WXX-7"), ("May", "DATE", "2019-05")],
        ),
    ],
)
def test_timetable_months_after_days_and_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On 4 March 1902 the schooner was towed in at 5 a.m.\n\nThe quay today\n\nThe quay holds forty "
            "yachts.",
            None,
            [
                ("4 March 1902", "DATE", "1902-03-04"),
                ("5 a.m.", "TIME", "1902-03-04T05:00"),
                ("today", "DATE", "PRESENT_REF"),
            ],
        ),
        (
            "On 4 March 1902 the schooner was towed in at 5 a.m.\n\nThe quay today\n\nThe quay holds forty "
            "yachts.",
            TUESDAY,
            [
                ("4 March 1902", "DATE", "1902-03-04"),
                ("5 a.m.", "TIME", "1902-03-04T05:00"),
                ("today", "DATE", "2019-04-02"),
            ],
        ),
        # in a sentence of the story, its day
        (
            "On 4 March 1902 the schooner was towed in at 5 a.m., and the pilot went home today, the log says.",
            None,
            [
                ("4 March 1902", "DATE", "1902-03-04"),
                ("5 a.m.", "TIME", "1902-03-04T05:00"),
                ("today", "DATE", "1902-03-04"),
            ],
        ),
    ],
)
def test_now_on_a_subheading(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tug was laid up on 2 May 1968. Today the tug is moored at Leith. She was towed out to sea "
            "yesterday for a trial, and her engine will be run again tomorrow.",
            [
                ("2 May 1968", "DATE", "1968-05-02"),
                ("Today", "DATE", "2019-04-02"),
                ("yesterday", "DATE", "2019-04-01"),
                ("tomorrow", "DATE", "2019-04-03"),
            ],
        ),
        # a new paragraph back in the story, and a quotation, keep the story's day
        (
            "Today the tug is moored at Leith.\n\nOn 2 May 1968 the skipper wrote that she had been towed in "
            "yesterday.",
            [
                ("Today", "DATE", "2019-04-02"),
                ("2 May 1968", "DATE", "1968-05-02"),
                ("yesterday", "DATE", "1968-05-01"),
            ],
        ),
        (
            'The tug was laid up on 2 May 1968. Today the tug is moored at Leith. The skipper wrote: "We '
            'came in yesterday."',
            [
                ("2 May 1968", "DATE", "1968-05-02"),
                ("Today", "DATE", "2019-04-02"),
                ("yesterday", "DATE", "1968-05-01"),
            ],
        ),
    ],
)
def test_day_beside_the_writers_today(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The beacon was first lit on 30 November 1932. It will be lit again on the first Sunday of "
            "December.",
            [
                ("30 November 1932", "DATE", "1932-11-30"),
                ("the first Sunday of December", "DATE", "2019-12-01"),
            ],
        ),
        # "would" keeps the story's year
        (
            "The beacon was first lit on 30 November 1932. The keeper said it would be lit again on the first "
            "Sunday of December.",
            [
                ("30 November 1932", "DATE", "1932-11-30"),
                ("the first Sunday of December", "DATE", "1932-12-04"),
            ],
        ),
    ],
)
def test_named_day_in_the_writers_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 8 February 1899 the coble went out at dawn. By 3 p.m. the last of the crew were ashore. The "
            "cook had died in the night. The following morning the coble was found.",
            [
                ("8 February 1899", "DATE", "1899-02-08"),
                ("dawn", "TIME", "1899-02-08TMO"),
                ("3 p.m.", "TIME", "1899-02-08T15:00"),
                ("the night", "TIME", "1899-02-07TNI"),
                ("The following morning", "TIME", "1899-02-09TMO"),
            ],
        ),
        # the simple past, and a past perfect told in the evening, keep that day's night
        (
            "On 8 February 1899 the coble went out at dawn. By 3 p.m. the last of the crew were ashore. They "
            "slept in the boathouse during the night.",
            [
                ("8 February 1899", "DATE", "1899-02-08"),
                ("dawn", "TIME", "1899-02-08TMO"),
                ("3 p.m.", "TIME", "1899-02-08T15:00"),
                ("the night", "TIME", "1899-02-08TNI"),
            ],
        ),
        (
            "On 8 February 1899 the coble came ashore at 10 p.m. The cook had died in the night.",
            [
                ("8 February 1899", "DATE", "1899-02-08"),
                ("10 p.m.", "TIME", "1899-02-08T22:00"),
                ("the night", "TIME", "1899-02-08TNI"),
            ],
        ),
    ],
)
def test_night_in_a_past_perfect_told_by_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry caught fire on Thursday, 23 August 1923. The inquiry sat on 11 January 1924. The "
            "engineer said the pumps had failed on the 23rd.",
            [
                ("Thursday, 23 August 1923", "DATE", "1923-08-23"),
                ("11 January 1924", "DATE", "1924-01-11"),
                ("the 23rd", "DATE", "1923-08-23"),
            ],
        ),
        # no day of that number dated before: the month before
        (
            "The inquiry sat on 11 January 1924. The engineer said the pumps had failed on the 20th.",
            [("11 January 1924", "DATE", "1924-01-11"), ("the 20th", "DATE", "1923-12-20")],
        ),
    ],
)
def test_day_of_month_looked_back_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The wreck was found on 6 July 2008. The society said last month that the survey would be "
            "finished by the end of the year.",
            [
                ("6 July 2008", "DATE", "2008-07-06"),
                ("last month", "DATE", "2019-03"),
                ("the end of the year", "DATE", "2019"),
            ],
        ),
        # a clause joined on after the writer's month goes back to the story
        (
            "The wreck was found on 6 July 2008, as the society recalled last month, and by the end of the "
            "year it had been surveyed.",
            [
                ("6 July 2008", "DATE", "2008-07-06"),
                ("last month", "DATE", "2019-03"),
                ("the end of the year", "DATE", "2008"),
            ],
        ),
    ],
)
def test_current_year_after_the_writers_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first boat went out on 4 May 1850. The regatta is held every June, when the crew row round "
            "the bay at 3 p.m.",
            [
                ("4 May 1850", "DATE", "1850-05-04"),
                ("every June", "SET", "XXXX-06"),
                ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ],
        ),
        # a past verb after its subject is still the story's
        (
            "The first boat went out on 4 May 1850. The crew rose at 6 a.m.",
            [("4 May 1850", "DATE", "1850-05-04"), ("6 a.m.", "TIME", "1850-05-04T06:00")],
        ),
    ],
)
def test_past_form_after_an_article_is_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
