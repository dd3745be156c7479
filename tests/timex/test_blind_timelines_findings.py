"""Rules added after the blind timelines set (`data/gold/timex/blind_timelines.jsonl`) was scored once:
each row is text of our own showing the general English usage behind one finding.

- A year that labels a line of a timeline or a chronology ("1801 – ...", "1922: ...", "- 1974 - ...")
  or stands alone on its line as a subheading ("2020") is a year, as the year of "in 1801" is; so is
  a span label ("1618–48 –"), however many years it covers, and an ambiguous month that labels a line
  of a review among other month labels ("April: ... May: Voters ..."). A number starting an ordinary
  sentence or a range of amounts ("2000 - 3000 people") is not, nor is a speaker "May:" in a transcript.
- A year after a possessive that closes its phrase ("Westbury's 1999, month by month") is a year.
- A yearless date that labels a line goes on from the label before it: "2020" ... "Jan. 12 -" ...
  "Feb. 3 -" are days of 2020, and labels run forward across a new year ("Sat 13 Dec", "Sat 3 Jan").
- A yearless date inside an entry ("1964: Shares are listed ... on 4 June", "Aug. 20 - ... doubled
  since January") is counted from that entry's label, not from the publication date; in a span label's
  entry the year the entry has just named wins ("1939–45 – ... 22 February 1945; ... 11 April").
- In a diary or log, "today", "tonight", "this afternoon", "yesterday", "tomorrow", "overnight" and a
  clock time in an entry labelled with its day ("Day 3 (Tuesday, 14 May): ...") are that day's; a
  fixed feast in an entry ("December: ... New Year's Eve") is the one of the entry's time.
- A clock time ending one line of a list is not joined to the day that opens the next line.
- A dated span in parentheses after a name ("(13 November 1312 - 21 June 1377) was") is not a label.
- "the past fortnight", "the next fortnight": no calendar divides time into fortnights, so with any
  determiner it is the two weeks up to or from now, a length (P2W), as "the past two weeks" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

EXPLAINER_DCT = date(2015, 11, 19)
DIARY_DCT = date(2023, 8, 4)
REVIEW_DCT = date(2008, 12, 27)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Chronology\n\n1683 – The mill burns down.\n\n1702: A stone mill replaces it.",
            None,
            [("1683", "DATE", "1683"), ("1702", "DATE", "1702")],
        ),
        (
            "How it happened\n\n2012\n\nThe pier is closed for repairs.",
            EXPLAINER_DCT,
            [("2012", "DATE", "2012")],
        ),
        (
            "Key dates\n\n- 1865 - The bridge opens.\n\n1756–63 – A long war empties the port.",
            None,
            [("1865", "DATE", "1865"), ("1756", "DATE", "1756"), ("63", "DATE", "1763")],
        ),
        (
            "Our club in 2007\n\nMay: The new clubhouse opens.\n\nJune: The bar is refitted.",
            REVIEW_DCT,
            [("2007", "DATE", "2007"), ("May", "DATE", "2007-05"), ("June", "DATE", "2007-06")],
        ),
        ("Interview\n\nMay: I think it went well.\n\nHost: Thank you.", REVIEW_DCT, []),
        ("Crowds\n\n2000 - 3000 people came to the rally.", REVIEW_DCT, []),
        ("1500 people marched to the town hall.", None, []),
        ("We may: it depends on the weather.", EXPLAINER_DCT, []),
    ],
)
def test_a_year_or_month_labelling_a_line_is_a_date(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_a_year_after_a_possessive_closing_its_phrase() -> None:
    assert typed("The Gazette's 2006, season by season", REVIEW_DCT) == [("2006", "DATE", "2006")]


def test_labels_run_on_from_the_year_subheading_and_the_label_before() -> None:
    text = (
        "Timeline\n\n2013\n\nNov. 4 - The plant is sold.\n\nDec. 12 - Workers strike.\n\n"
        "2014\n\nJan. 9 - The strike ends."
    )
    assert typed(text, EXPLAINER_DCT) == [
        ("2013", "DATE", "2013"),
        ("Nov. 4", "DATE", "2013-11-04"),
        ("Dec. 12", "DATE", "2013-12-12"),
        ("2014", "DATE", "2014"),
        ("Jan. 9", "DATE", "2014-01-09"),
    ]


def test_list_labels_run_forward_across_a_new_year() -> None:
    text = "Results\n\nSat 13 Dec: Ashby 12 Kirk 10\n\nSat 3 Jan: Kirk 7 Ashby 21\n\nSat 17 Jan: Ashby (H)"
    assert typed(text, date(2015, 1, 5)) == [
        ("Sat 13 Dec", "DATE", "2014-12-13"),
        ("Sat 3 Jan", "DATE", "2015-01-03"),
        ("Sat 17 Jan", "DATE", "2015-01-17"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Milestones\n\n1971: Shares are listed in Frankfurt on 2 March.",
            date(2014, 6, 3),
            [("1971", "DATE", "1971"), ("2 March", "DATE", "1971-03-02")],
        ),
        (
            "Timeline\n\nSept. 8, 2014: The pier is closed.\n\n"
            "March 2 - Visitor numbers have halved since October.",
            EXPLAINER_DCT,
            [
                ("Sept. 8, 2014", "DATE", "2014-09-08"),
                ("March 2", "DATE", "2015-03-02"),
                ("October", "DATE", "2014-10"),
            ],
        ),
        (
            "1939–45 – The works make shells. A raid hits them on 3 March 1944; troops arrive on 5 May.",
            None,
            [
                ("1939", "DATE", "1939"),
                ("45", "DATE", "1945"),
                ("3 March 1944", "DATE", "1944-03-03"),
                ("5 May", "DATE", "1944-05-05"),
            ],
        ),
    ],
)
def test_a_yearless_date_in_an_entry_is_counted_from_its_label(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_a_diary_entry_tells_its_own_day() -> None:
    text = (
        "Our diary\n\nDay 2 (Tuesday, 11 July): Rain again. We reached the hut this afternoon "
        "and will cross the pass tomorrow.\n\n"
        "Day 4 (Thursday, 13 July): The wind dropped overnight. Sorry for no news yesterday. "
        "We left at 7.10am and camped by 5pm tonight."
    )
    assert typed(text, DIARY_DCT) == [
        ("Tuesday, 11 July", "DATE", "2023-07-11"),
        ("this afternoon", "TIME", "2023-07-11TAF"),
        ("tomorrow", "DATE", "2023-07-12"),
        ("Thursday, 13 July", "DATE", "2023-07-13"),
        ("overnight", "TIME", "2023-07-12TNI"),
        ("yesterday", "DATE", "2023-07-12"),
        ("7.10am", "TIME", "2023-07-13T07:10"),
        ("5pm tonight", "TIME", "2023-07-13T17:00"),
    ]


def test_a_feast_in_an_entry_is_the_one_of_the_entry() -> None:
    text = "Our year in 2008\n\nDecember: The Christmas market opens on the green."
    assert typed(text, REVIEW_DCT) == [
        ("2008", "DATE", "2008"),
        ("December", "DATE", "2008-12"),
        ("Christmas", "DATE", "2008-12-25"),
    ]


def test_a_clock_time_ending_a_list_line_is_not_joined_to_the_next_line() -> None:
    text = "Fixtures\n\nSat 10 Jan: Kirk (A), kick-off 3pm\n\nSat 24 Jan: Ashby (H)"
    assert typed(text, date(2015, 1, 5)) == [
        ("Sat 10 Jan", "DATE", "2015-01-10"),
        ("3pm", "TIME", "2015-01-10T15:00"),
        ("Sat 24 Jan", "DATE", "2015-01-24"),
    ]


def test_a_dated_span_after_a_name_is_not_a_label() -> None:
    text = (
        "Anne Brook (3 May 1790 - 9 June 1861) was a printer. "
        "She opened a shop on 12 April 1815 and married on 2 July."
    )
    assert typed(text, None)[-1] == ("2 July", "DATE", "1815-07-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you to all who followed us over the past fortnight.",
            [("the past fortnight", "DURATION", "P2W")],
        ),
        ("The road will stay shut for the next fortnight.", [("the next fortnight", "DURATION", "P2W")]),
        ("Prices rose over the past week.", [("the past week", "DURATION", "P1W")]),
    ],
)
def test_a_fortnight_after_a_determiner_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DIARY_DCT) == expected
