"""Rules added after the blind chats set (`data/gold/timex/blind_chats.jsonl`, text messages and group
chats written down with their time stamps) was scored once: each row is a text of our own showing the
general English usage behind one finding.

- "[18:42] Sam: ...", "Sophie [08:47]: ...", "19:41 - Amy (days): ...", a work chat's "Maya Patel  9:14 AM"
  above its message: a message's own time stamp beside its sender's name is the time it was sent, on
  the thread's day or on the day of the date line above it ("Mon 9 Feb"), not on a day a message talks of.
- "[16:05] happy hour til 8": a bare hour a message was sent after in the morning and before in the
  evening is the evening's, as plans look ahead; the hours of another day named first keep their reading.
- "ready by half 1", "til half 7", "like quarter to 7": British "half 6" is half past six, and the clock
  face is told with the hour in digits too, and "half four" with the spelled hour; "half 2 litres" is an
  amount.
- "every other mon", "every sat 10am": after "every" a short weekday that ends its phrase is the day,
  never the verb "sat".
- "lunch on Sun" closing its line, "back Sun nite": the day, while "Sun" alone stays a name.
- "obs 4-hourly": a frequency adverb with its interval counted before it.
- "the lease ends the 28th": a day of the month right after a verb of ending or starting.
- "theatre tmrw am", "tomorrow PM": the half of the day written as a clock's, as "Fri AM" is.
- "I work from home Thursdays": where one is on a standing day, every such day.
- "b there in 5": in a chat message, a count after "in" closing its clause with no unit is minutes.
- "won't come til about 7 anyway": a comment adverb after a bare hour closes its clause as a comma does.
- "nxt month", "nxt fri": texting's "nxt" is "next", as "tmrw" is "tomorrow".
- "we'd like to stay another year": a length after "stay" in any form, as after "stayed" and "wait".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2024, 4, 16)
FRIDAY = date(2018, 10, 12)
WEDNESDAY = date(2015, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[07:15] Nadia: anyone seen my keys\n\n[07:20] Omar: on the hook by the door",
            [("07:15", "TIME", "2024-04-16T07:15"), ("07:20", "TIME", "2024-04-16T07:20")],
        ),
        (
            "Nadia [21:03]: parcel came tmrw they said\n\nOmar [21:09]: nice",
            [
                ("21:03", "TIME", "2024-04-16T21:03"),
                ("tmrw", "DATE", "2024-04-17"),
                ("21:09", "TIME", "2024-04-16T21:09"),
            ],
        ),
        (
            "Lena Ford  10:02 AM\nthe review moved to Thursday\n\nRaj Iyer  10:05 AM\nnoted",
            [
                ("10:02 AM", "TIME", "2024-04-16T10:02"),
                ("Thursday", "DATE", "2024-04-18"),
                ("10:05 AM", "TIME", "2024-04-16T10:05"),
            ],
        ),
        (
            "Mon 15 Apr\n\n22:10 - Kim (nights): all quiet\n\nTue 16 Apr\n\n06:55 - Kim (nights): handing over",
            [
                ("Mon 15 Apr", "DATE", "2024-04-15"),
                ("22:10", "TIME", "2024-04-15T22:10"),
                ("Tue 16 Apr", "DATE", "2024-04-16"),
                ("06:55", "TIME", "2024-04-16T06:55"),
            ],
        ),
    ],
)
def test_chat_message_stamps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[15:40] Ben: quiz starts at 9 so come early",
            [("15:40", "TIME", "2018-10-12T15:40"), ("9", "TIME", "2018-10-12T21:00")],
        ),
        (
            "[11:20] Ben: I'll be home by 8 tonight",
            [("11:20", "TIME", "2018-10-12T11:20"), ("8 tonight", "TIME", "2018-10-12T20:00")],
        ),
        (
            "[18:30] Ben: the electrician comes Monday between 9 and 12",
            [
                ("18:30", "TIME", "2018-10-12T18:30"),
                ("Monday", "DATE", "2018-10-15"),
                ("9", "TIME", "2018-10-15T09:00"),
                ("12", "TIME", "2018-10-15T12:00"),
            ],
        ),
    ],
)
def test_bare_hour_after_the_message_stamp(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can you be ready by half 3?", [("half 3", "TIME", "2015-07-01T15:30")]),
        ("The garage said it would be done by half four.", [("half four", "TIME", "2015-07-01T16:30")]),
        ("The shop is open til half 5.", [("half 5", "TIME", "2015-07-01T17:30")]),
        (
            "[19:50] Ada: more like quarter to 9 sorry",
            [("19:50", "TIME", "2015-07-01T19:50"), ("quarter to 9", "TIME", "2015-07-01T20:45")],
        ),
        ("Add half 2 litres of stock and stir.", []),
    ],
)
def test_clock_face_with_digit_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paper recycling goes out every other wed btw.", [("every other wed", "SET", "XXXX-WXX-3")]),
        (
            "Swimming lessons every sat 9am.",
            [("every sat", "SET", "XXXX-WXX-6"), ("9am", "TIME", "XXXX-XX-XXT09:00")],
        ),
        ("He sat every other day by the window.", [("every other day", "SET", "P2D")]),
    ],
)
def test_short_weekday_after_every(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will go for a walk on Sun\nlet me know", [("Sun", "DATE", "2015-07-05")]),
        ("we fly home Sun night", [("Sun night", "TIME", "2015-07-05TNI")]),
        ("Sun shipped more servers than anyone.", []),
    ],
)
def test_sun_as_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blood sugar checks 4-hourly please.", [("4-hourly", "SET", "PT4H")]),
        ("The bins are emptied 2-weekly.", [("2-weekly", "SET", "P2W")]),
    ],
)
def test_counted_frequency_adverb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gym membership ends the 20th, so cancel it.", [("the 20th", "DATE", "2015-07-20")]),
        (
            "Summer school starts the 13th and runs a fortnight.",
            [("the 13th", "DATE", "2015-07-13"), ("a fortnight", "DURATION", "P2W")],
        ),
    ],
)
def test_day_of_month_after_ends_or_starts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dentist tmrw am, then work.", [("tmrw am", "TIME", "2015-07-02TMO")]),
        ("Can we talk tomorrow PM instead?", [("tomorrow PM", "TIME", "2015-07-02TAF")]),
    ],
)
def test_deictic_day_with_am_or_pm(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She works from home Mondays, so ring her then.", [("Mondays", "SET", "XXXX-WXX-1")]),
    ],
)
def test_plural_weekday_after_home(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[08:10] Jo: leaving in 2!", [("08:10", "TIME", "2015-07-01T08:10"), ("2", "DURATION", "PT2M")]),
        ("[08:12] Jo: outside in 10.", [("08:12", "TIME", "2015-07-01T08:12"), ("10", "DURATION", "PT10M")]),
        ("[21:40] Jo: we won in 5.", [("21:40", "TIME", "2015-07-01T21:40")]),
    ],
)
def test_minutes_left_unsaid_in_a_message(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bus won't come til about 7 anyway.", [("about 7", "TIME", "2015-07-01T07:00")]),
        ("The team scored at 9 again.", []),
    ],
)
def test_bare_hour_before_a_comment_adverb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rent goes up nxt month.", [("nxt month", "DATE", "2015-08")]),
        ("Same again nxt fri?", [("nxt fri", "DATE", "2015-07-03")]),  # as "next fri" is read
    ],
)
def test_texting_nxt_is_next(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They'd like to stay another year in the flat.", [("another year", "DURATION", "P1Y")]),
        ("She is staying another week with us.", [("another week", "DURATION", "P1W")]),
    ],
)
def test_another_unit_after_stay(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
