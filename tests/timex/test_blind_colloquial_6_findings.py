"""Rules added after the sixth blind colloquial set (`data/gold/timex/blind_colloquial_6.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- An email thread quotes earlier messages under their own date lines ("On Tue, 3 Mar 2020 at 09:14, Dana
  wrote:", "Sent: Monday, March 2, 2020 4:51 PM", a quoted "> On 31/10/2006, Helen wrote:"): the
  quoted message's "yesterday", "tomorrow", "this morning" and "next week" count from its own date, not
  from the date of the newest message.
- An email header's full date and clock time written together with nothing between them ("Sent: Monday,
  March 2, 2020 4:51 PM", "Date: 03 July 2019 11:05", an invitation's "When: ...") are one moment, the
  one the message was sent or the meeting starts; "4 May 2019 at 10:30" and a news page's "Published Thu 3 Feb 2022 09.15 GMT" stay two.
- A slashed date that could be read either way ("12/05/2019") follows the order the text writes its
  other dates in: a writer of "2 July" and "31/10/2006" puts the day first, one of "July 2" the month.
- "no longer than" a length is that length at most, as "no more than" is.
- A class, lesson or session named by its day with a present copula ("Sunday's session is back on") is
  the arrangement still ahead, as "Saturday's concert is sold out" is.
- "this Friday" written on a Sunday, outside the past tense, is the Friday of the week the Sunday leads
  into: a Sunday closes one week and faces the next.
- "12 noon" and "12 midnight" say the hour again with its name: one clock time.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

WEDNESDAY = date(2021, 6, 9)
FRIDAY = date(2017, 11, 24)
SUNDAY = date(2015, 3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fine by me.\n\nOn Mon, 7 Jun 2021 at 16:20, Priya Shah wrote:\n\n"
            "The printer broke yesterday, so I'll bring the copies tomorrow.",
            [
                ("Mon, 7 Jun 2021", "DATE", "2021-06-07"),
                ("16:20", "TIME", "2021-06-07T16:20"),
                ("yesterday", "DATE", "2021-06-06"),
                ("tomorrow", "DATE", "2021-06-08"),
            ],
        ),
        (
            "Thanks, will do.\n\nFrom: Sam Ortiz\nSent: Friday, June 4, 2021 9:05 AM\nTo: Team\n\n"
            "I called the landlord this morning and the keys arrive next week.",
            [
                ("Friday, June 4, 2021 9:05 AM", "TIME", "2021-06-04T09:05"),
                ("this morning", "TIME", "2021-06-04TMO"),
                ("next week", "DATE", "2021-W23"),
            ],
        ),
        (
            "See below.\n\n> On 03/06/2021, Ana wrote:\n> The van came yesterday.",
            [("03/06/2021", "DATE", "2021-03-06"), ("yesterday", "DATE", "2021-03-05")],
        ),
        (
            "I spoke to him yesterday.",
            [("yesterday", "DATE", "2021-06-08")],
        ),
    ],
)
def test_a_quoted_message_counts_from_its_own_date_line(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Date: 14 March 2017 08:42\nSubject: Keys",
            [("14 March 2017 08:42", "TIME", "2017-03-14T08:42")],
        ),
        (
            "When: Tuesday, March 21, 2017 2:00 PM-2:30 PM (UTC+00:00) London",
            [
                ("Tuesday, March 21, 2017 2:00 PM", "TIME", "2017-03-21T14:00"),
                ("2:30 PM", "TIME", "2017-03-21T14:30"),
            ],
        ),
        (
            "Logged: 14 March 2017 08:42",
            [("14 March 2017", "DATE", "2017-03-14"), ("08:42", "TIME", "2017-03-14T08:42")],
        ),
        (
            "We met on 4 May 2017 at 10:30 to sign it.",
            [("4 May 2017", "DATE", "2017-05-04"), ("10:30", "TIME", "2017-05-04T10:30")],
        ),
    ],
)
def test_an_email_headers_date_and_clock_time_are_one_moment(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The order dated 04/09/2017 arrived broken. We phoned on 6 October about it.",
            [("04/09/2017", "DATE", "2017-09-04"), ("6 October", "DATE", "2017-10-06")],
        ),
        (
            "The order dated 04/09/2017 arrived broken. We phoned on October 6 about it.",
            [("04/09/2017", "DATE", "2017-04-09"), ("October 6", "DATE", "2017-10-06")],
        ),
        ("Your payment of 04/09/2017 is late.", [("04/09/2017", "DATE", "2017-04-09")]),
        (
            "The first visit was on 23/08/2017 and the second on 04/09/2017.",
            [("23/08/2017", "DATE", "2017-08-23"), ("04/09/2017", "DATE", "2017-09-04")],
        ),
    ],
)
def test_an_ambiguous_slashed_date_follows_the_texts_own_order(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inspection should take no longer than 20 minutes.",
            [("no longer than 20 minutes", "PT20M", "EQUAL_OR_LESS")],
        ),
        ("The repair took longer than two days.", [("longer than two days", "P2D", "MORE_THAN")]),
    ],
)
def test_no_longer_than_is_an_upper_bound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert only(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hall is free again, so Sunday's session is back on.", "2017-11-26"),
        ("Good news: Tuesday's class is going ahead.", "2017-11-28"),
        ("Monday's session was cancelled at the last minute.", "2017-11-20"),
    ],
)
def test_a_session_named_by_its_day_with_a_present_copula_is_ahead(text: str, value: str) -> None:
    (found,) = typed(text, FRIDAY)
    assert found[2] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send the forms back by this Friday.", [("this Friday", "DATE", "2015-03-13")]),
        ("The plumber is coming this Tuesday morning.", [("this Tuesday morning", "TIME", "2015-03-10TMO")]),
        ("We finally met this Friday at the station.", [("this Friday", "DATE", "2015-03-06")]),
        ("The fair is on this Sunday.", [("this Sunday", "DATE", "2015-03-08")]),
    ],
)
def test_this_weekday_written_on_a_sunday_faces_the_coming_week(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bids close at 12 noon on Friday.",
            [("12 noon", "TIME", "2017-11-24T12:00"), ("Friday", "DATE", "2017-11-24")],
        ),
        ("The market stays open until 12 midnight.", [("12 midnight", "TIME", "2017-11-24T24:00")]),
        ("We stopped for lunch at noon.", [("noon", "TIME", "2017-11-24T12:00")]),
    ],
)
def test_twelve_noon_is_one_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
