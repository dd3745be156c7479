"""Rules added after the seventh blind colloquial set (`data/gold/timex/blind_colloquial_7.jsonl`, posts
from official and organisational social-media accounts) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "closed until approx 6pm", "approx. 20 mins": notices' shorthand for "approximately", with its mod.
- "ETA 2hrs", "back in 20mins", "a delay of 3hrs 15 mins": a short unit glued to its count is a length;
  "a 25yr-old" is still an age.
- "until 0400hrs": a 24-hour clock reading with its "hrs" glued on, as "0400 hrs" is.
- "Wed 07:30", "Fri 21:00": a weekday and a two-digit 24-hour clock time are one expression, as "Wed
  9am" is.
- "16 Aug · 21:40": a feed's post label puts a middle dot between the post's day and its clock time.
- "Updated 14:20: ...", "UPDATE (3.40pm): ...", "17:00 2,100 homes ...": a post's labelled stamp, a stamp in
  brackets after its label and a stamp before a count are the post's own time, on the page's day.
- "19:20 Tomorrow is ...": a stamp opening a line, then a sentence opening on a day word: two expressions.
- "Service resumed 0745", "Next update 1100", "the 1815 sailing": verbs and labels of service notices lead
  a 24-hour reading as a clock preposition does; a service named by its departure time is a clock time.
- "from 0700 to 1900, Mon-Sat": a timetable's hours in four-digit times make the weekday run after them a
  schedule's.
- "Real Christmas trees", "handmade Christmas cards": things named for a feast, in the plural, are not its
  day whatever the word before them ("a Christmas tree" already was not).
- "has been extended to include Saturday night": after a verb of deferring, "to include" or "to cover"
  gives the new reach, ahead of the extending, as "extended to Saturday" does.
- "Quiz on Friday 8pm. ... down tonight from 10pm", undated: "tonight" is the writer's own day, so the
  clock time after it no longer falls on the weekday named before.
- "Mon-Fri 7am-9pm, Sat and Sun 8am-6pm": two weekdays joined by "and" or "&" before their hours are a
  schedule's, as a run "Sat-Sun" is, and the clock time before them is not joined to the first.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2022, 3, 12)
WEDNESDAY = date(2024, 1, 17)
THURSDAY = date(2015, 12, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge will stay closed until approx 5pm.",
            [("approx 5pm", "TIME", "2022-03-12T17:00")],
        ),
        (
            "Expect queues of approx. 30 mins at the main gate.",
            [("approx. 30 mins", "DURATION", "PT30M")],
        ),
    ],
)
def test_approx_is_an_approximator(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lift engineer ETA 3hrs.", [("3hrs", "DURATION", "PT3H")]),
        ("Back in 20mins, sorry!", [("20mins", "DURATION", "PT20M")]),
        ("Flight BX12 has a delay of 3hrs 15 mins.", [("3hrs 15 mins", "DURATION", "PT3H15M")]),
        ("A 25yr-old man was arrested.", []),
    ],
)
def test_a_short_unit_glued_to_its_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_a_24_hour_clock_with_hrs_glued_on() -> None:
    assert typed("The slip road is shut until 0530hrs.", SATURDAY) == [
        ("0530hrs", "TIME", "2022-03-12T05:30")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu 06:45 Heavy rain is moving north.", [("Thu 06:45", "TIME", "2024-01-18T06:45")]),
        ("Gates open Fri 21:00 for the fun run.", [("Fri 21:00", "TIME", "2024-01-19T21:00")]),
    ],
)
def test_a_weekday_and_its_24_hour_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_a_post_label_dot_then_its_clock() -> None:
    assert typed("9 Dec · 22:10 Officers are at the scene of a fire.", THURSDAY) == [
        ("9 Dec", "DATE", "2015-12-09"),
        ("22:10", "TIME", "2015-12-09T22:10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flood alert for the valley.\n\nUpdated 15:05: the alert now covers the lower town.",
            [("15:05", "TIME", "2015-12-10T15:05"), ("now", "DATE", "PRESENT_REF")],
        ),
        (
            "Gates close on Saturday.\n\nUPDATE (4.10pm): the last train leaves tonight.",
            [
                ("Saturday", "DATE", "2015-12-12"),
                ("4.10pm", "TIME", "2015-12-10T16:10"),
                ("tonight", "TIME", "2015-12-10TNI"),
            ],
        ),
        (
            "Power cut in Eastgate.\n\n18:30 1,400 homes are still without power.",
            [("18:30", "TIME", "2015-12-10T18:30")],
        ),
    ],
)
def test_labelled_post_stamps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_a_stamp_then_a_sentence_opening_on_a_day_word() -> None:
    assert typed("Roads are icy.\n\n20:45 Tomorrow starts cold and bright.", THURSDAY) == [
        ("20:45", "TIME", "2015-12-10T20:45"),
        ("Tomorrow", "DATE", "2015-12-11"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blue Line: a good service resumed 0815.", [("0815", "TIME", "2015-12-10T08:15")]),
        (
            "We will review sailings at 0600. Next update 1200.",
            [("0600", "TIME", "2015-12-10T06:00"), ("1200", "TIME", "2015-12-10T12:00")],
        ),
        ("The 1740 sailing to Brodick is cancelled.", [("1740", "TIME", "2015-12-10T17:40")]),
        ("The 1805 war ended badly.", [("1805", "DATE", "1805")]),
    ],
)
def test_service_notices_lead_24_hour_clocks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_a_24_hour_timetable_before_its_weekdays() -> None:
    assert typed("Buses run from 0630 to 2330, Mon-Fri.", THURSDAY) == [
        ("0630", "TIME", "XXXX-XX-XXT06:30"),
        ("2330", "TIME", "XXXX-XX-XXT23:30"),
        ("Mon", "SET", "XXXX-WXX-1"),
        ("Fri.", "SET", "XXXX-WXX-5"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Real Christmas trees can go in the green bin.", []),
        ("Handmade Christmas cards and Easter eggs are on sale.", []),
        ("We are closed over Christmas.", [("Christmas", "DATE", "2015-12-25")]),
    ],
)
def test_things_named_for_a_feast_in_the_plural(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flood warning has been extended to include Saturday night.",
            [("Saturday night", "TIME", "2015-12-12TNI")],
        ),
        ("The parking ban was extended to cover Sunday.", [("Sunday", "DATE", "2015-12-13")]),
    ],
)
def test_extended_to_include_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_an_undated_tonight_moves_off_the_weekday_before() -> None:
    text = "Quiz night on Friday 8pm.\n\nOur website is down tonight from 10pm."
    assert typed(text, None) == [
        ("Friday 8pm", "TIME", "XXXX-WXX-5T20:00"),
        ("tonight", "TIME", "XXXX-XX-XXTNI"),
        ("10pm", "TIME", "XXXX-XX-XXT22:00"),
    ]


def test_two_weekdays_sharing_their_hours() -> None:
    assert typed("Pool hours: Mon-Fri 7am-9pm, Sat and Sun 8am-6pm.", None) == [
        ("Mon", "SET", "XXXX-WXX-1"),
        ("Fri", "SET", "XXXX-WXX-5"),
        ("7am", "TIME", "XXXX-XX-XXT07:00"),
        ("9pm", "TIME", "XXXX-XX-XXT21:00"),
        ("Sat", "SET", "XXXX-WXX-6"),
        ("Sun", "SET", "XXXX-WXX-7"),
        ("8am", "TIME", "XXXX-XX-XXT08:00"),
        ("6pm", "TIME", "XXXX-XX-XXT18:00"),
    ]
