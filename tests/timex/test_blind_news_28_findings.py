"""Rules added after the twenty-eighth blind news set (`data/gold/timex/blind_news_28.jsonl`, religious
festivals and holidays) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "sundown" is the evening's moment as "sunset" is ("at sundown", "before sundown").
- A part of the day set by the sun followed by a weekday is one time, as "noon Friday" is: "begins at
  sundown Friday", "ends at nightfall Wednesday", "attacked at dawn Tuesday".
- A counted length before "earlier"/"later" and "than" is a difference, also after a clock time: "leave
  at 10 p.m., an hour earlier than usual" tags the length, not a shifted clock time.
- A counted length before "earlier"/"later" and a rate ("each year", "every month", "per week") is a
  difference that recurs: "the fast comes 11 days earlier each year".
- In news, a sentence that opens on a year counted from the DCT ("Last year", "Next year") frames the
  dates it names without a year, as a sentence opening "In 2014" does: "Next year the first candle will
  be lit on Dec. 16".
- "the weekend" after a past "expected" is what was expected, so the weekend ahead ("officials expected
  the roads to be at their busiest over the weekend"), as a month after "expected" already is; a
  that-clause after it ("expected over the weekend that ...") leaves the weekend dating the expecting.
- The English names of Hebrew-calendar holidays that news copy puts in apposition are those holidays:
  "Yom Kippur, the Day of Atonement", "Rosh Hashanah, the Jewish New Year".
- A date inside the subject of a reported clause takes the tense of that clause's modal, not of the
  reporting verb: "She said the vote on Monday will decide it", "said the Seder on Friday night would be
  its first"; "would have" looks back, and a date right after "said" still dates the saying.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

MONDAY = date(2021, 6, 7)
WEDNESDAY = date(2022, 4, 13)
SATURDAY = date(2023, 11, 11)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The market will close at sundown on Monday.",
            MONDAY,
            [("sundown", "TIME", "2021-06-07TEV"), ("Monday", "DATE", "2021-06-07")],
        ),
        (
            "The first service begins at sundown Friday in the old hall.",
            WEDNESDAY,
            [("sundown Friday", "TIME", "2022-04-15TEV")],
        ),
        (
            "The ferry strike will end at nightfall Thursday, the union said.",
            MONDAY,
            [("nightfall Thursday", "TIME", "2021-06-10TEV")],
        ),
        (
            "Rebels attacked the garrison at dawn Saturday, officials said.",
            WEDNESDAY,
            [("dawn Saturday", "TIME", "2022-04-09TMO")],
        ),
    ],
)
def test_sun_parts_of_day(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum will shut at 4 p.m., two hours earlier than usual.",
            [("4 p.m.", "TIME", "2023-11-11T16:00"), ("two hours", "DURATION", "PT2H")],
        ),
        (
            "Buses will stop at 11 p.m., thirty minutes later than planned.",
            [("11 p.m.", "TIME", "2023-11-11T23:00"), ("thirty minutes", "DURATION", "PT30M")],
        ),
        (
            "Because the calendar follows the moon, the fast comes 11 days earlier each year.",
            [("11 days", "DURATION", "P11D"), ("each year", "SET", "P1Y")],
        ),
        (
            "The glacier's snout retreats a few metres, and the melt starts two weeks earlier every decade.",
            [("two weeks", "DURATION", "P2W"), ("every decade", "SET", "P10Y")],
        ),
    ],
)
def test_compared_lengths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_clock_shift_without_comparison_still_counts_from_the_clock() -> None:
    # the rule above is about comparisons only: a plain "two hours later" after a clock time moves it
    assert only("The count began at 4 p.m. Two hours later the result was read out.", SATURDAY)[-1] == (
        "Two hours later",
        "2023-11-11T18:00",
        None,
    )


def test_approximate_difference_keeps_its_modifier() -> None:
    assert only("The holiday falls about 11 days earlier each year.", SATURDAY)[0] == (
        "about 11 days",
        "P11D",
        "APPROX",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Next year the first candle will be lit on Dec. 16.",
            [("Next year", "DATE", "2014"), ("Dec. 16", "DATE", "2014-12-16")],
        ),
        (
            "Last year the parade was held on March 3.",
            [("Last year", "DATE", "2012"), ("March 3", "DATE", "2012-03-03")],
        ),
        (
            # the year must open the sentence: here it only qualifies a noun after the date
            "The shop reopens on Dec. 16, unlike last year.",
            [("Dec. 16", "DATE", "2013-12-16"), ("last year", "DATE", "2012")],
        ),
    ],
)
def test_relative_year_opening_frames_its_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2013, 11, 26)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials expected the roads to be at their most crowded over the weekend.", "2019-W22-WE"),
        ("The council said it expected a million visitors by the weekend.", "2019-W22-WE"),
        ("Police said the crowds grew over the weekend.", "2019-W21-WE"),
        ("Analysts had expected over the weekend that the bank would act.", "2019-W21-WE"),
    ],
)
def test_weekend_after_expected(text: str, expected: str) -> None:
    assert typed(text, date(2019, 5, 31)) == [("the weekend", "DATE", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jews will observe Yom Kippur, the Day of Atonement, on Wednesday.",
            [
                ("Yom Kippur", "DATE", "1998-09-30"),
                ("the Day of Atonement", "DATE", "1998-09-30"),
                ("Wednesday", "DATE", "1998-09-30"),
            ],
        ),
        (
            "The season opened with the Jewish New Year on Sept. 21.",
            [("the Jewish New Year", "DATE", "1998-09-21"), ("Sept. 21", "DATE", "1998-09-21")],
        ),
    ],
)
def test_english_names_of_hebrew_holidays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(1998, 9, 28)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the vote on Monday will decide the matter.", [("Monday", "DATE", "2022-04-18")]),
        (
            "He said the dinner on Friday night would be its first.",
            [("Friday night", "TIME", "2022-04-15TNI")],
        ),
        ("She said the meeting on Friday was the last.", [("Friday", "DATE", "2022-04-08")]),
        ("He said the talks on Monday would have failed without her.", [("Monday", "DATE", "2022-04-11")]),
        ("She said Friday that the sale would go ahead.", [("Friday", "DATE", "2022-04-08")]),
    ],
)
def test_date_in_a_reported_subject_takes_the_modal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
