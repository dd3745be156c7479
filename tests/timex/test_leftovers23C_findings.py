"""Rules added in a leftovers pass over errors earlier rounds left alone: each row is a sentence of our own
showing the general English usage behind one finding.

- "The village fete is on Saturday", "the auction is on Saturday": a present "be" that puts a thing held at
  a set time on a weekday tells what is coming, for a fair, a sale, a parade or a hearing as for a party;
  "The fete was on Saturday" keeps the past, "The damage is on Saturday's front page" names no such thing.
- "We met on the twenty fourth of May", "the thirty first of March": a compound ordinal written open is
  the one day, as "the twenty-fourth" is, never its last word alone.
- "the eighteenth and nineteenth centuries", "the third, fourth and fifth centuries": the first ordinals of
  such a list are centuries in words as in figures ("the Fourth" stays a holiday's word).
- "the 21st century and the early 22nd": an ordinal after a century named in full, its noun left out, is
  a later century past the 21st too.
- "Our last day together is Friday", "his first day back is Monday", "her last day at the bank is
  Friday": a day a plan sets, told with the words that say whose or where it is, is still to come.
- "The bar stops serving at 11.15": a pub's or a kitchen's last call said with a verb is its hour of every
  day, late in its day, as "Last orders are at 11.15" is; "stopped serving at" is not.
- "Family butchers, est. 1934\\nSausages made daily": a capitalised word opening the next line is no
  plural the year counts; a count wrapped onto the next line ("employed 1200\\nminers") still counts.
- "MOT till May", "Offer valid until November", "Closed until March": a verbless notice or a participle
  of a state opening its clause, bounded by "till" or "until" a month, lies ahead however far; "He
  worked until March" keeps the past.
- "Sales rose 4 per cent in March", said in February: a change in figures told in the past with its size
  right before the month is measured, so the month is over; "rose 4 per cent on hopes of a deal in March"
  dates the deal, and a past act setting a time ahead ("was moved to March") keeps the near side.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2026, 3, 2)
MID_FEBRUARY = date(2026, 2, 14)
MID_JANUARY = date(2026, 1, 10)
MID_JUNE = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The village fete is on Saturday.", [("Saturday", "DATE", "2026-03-07")]),
        (
            "The auction is on Saturday, the parade is on Sunday.",
            [
                ("Saturday", "DATE", "2026-03-07"),
                ("Sunday", "DATE", "2026-03-08"),
            ],
        ),
        ("The craft fair's on Thursday.", [("Thursday", "DATE", "2026-03-05")]),
        # the past keeps its side; a page of a paper is no thing held
        ("The fete was on Saturday.", [("Saturday", "DATE", "2026-02-28")]),
        ("The flood damage is on Saturday's front page.", [("Saturday", "DATE", "2026-02-28")]),
    ],
)
def test_event_said_to_be_on_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met on the twenty fourth of May.", [("the twenty fourth of May", "DATE", "2025-05-24")]),
        (
            "The lease ends on the thirty first of March.",
            [("the thirty first of March", "DATE", "2026-03-31")],
        ),
        ("The ferry sails again on the twenty second.", [("the twenty second", "DATE", "2026-01-22")]),
        (
            "The hyphen still reads: the twenty-fourth of May.",
            [("the twenty-fourth of May", "DATE", "2026-05-24")],
        ),
    ],
)
def test_compound_ordinal_day_written_open(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MID_JANUARY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mills spread in the eighteenth and nineteenth centuries.",
            [
                ("the eighteenth", "DATE", "17"),
                ("nineteenth centuries", "DATE", "18"),
            ],
        ),
        (
            "Coins of the third, fourth and fifth centuries were found.",
            [
                ("the third", "DATE", "02"),
                ("fourth", "DATE", "03"),
                ("fifth centuries", "DATE", "04"),
            ],
        ),
        (
            "Sea levels will rise through the 21st century and into the early 22nd.",
            [
                ("the 21st century", "DATE", "20"),
                ("the early 22nd", "DATE", "21"),
            ],
        ),
        # an ordinal with a noun of its own is no century
        ("It was his fourth goal.", []),
        ("Fireworks lit the sky on the Fourth of July.", [("the Fourth of July", "DATE", "2025-07-04")]),
    ],
)
def test_centuries_in_a_list(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MID_JANUARY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our last day together is Friday.", [("Friday", "DATE", "2026-03-06")]),
        ("His first day back is Thursday.", [("Thursday", "DATE", "2026-03-05")]),
        ("Her last day at the bank is Friday.", [("Friday", "DATE", "2026-03-06")]),
        ("Our last day together was Friday.", [("Friday", "DATE", "2026-02-27")]),
    ],
)
def test_plan_day_with_words_after_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bar stops serving at 11.15.", [("11.15", "TIME", "XXXX-XX-XXT23:15")]),
        ("The kitchen finishes serving at 9.45.", [("9.45", "TIME", "XXXX-XX-XXT21:45")]),
        ("The cafe stopped serving at 3.15 yesterday.", [("yesterday", "DATE", "2026-03-01")]),
    ],
)
def test_last_call_said_with_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Family butchers, est. 1934\nSausages made daily",
            [
                ("1934", "DATE", "1934"),
                ("daily", "SET", "P1D"),
            ],
        ),
        ("Built 1897\nRooms let weekly", [("1897", "DATE", "1897"), ("weekly", "SET", "P1W")]),
        # a count wrapped onto the next line, and one on a line of its own, still count
        ("At its height the pit employed 1200\nminers and their sons.", []),
        ("The depot filled 1934 orders.", []),
    ],
)
def test_year_before_a_new_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vauxhall Astra, low mileage, MOT till May.", [("May", "DATE", "2027-05")]),
        ("Offer valid until November.", [("November", "DATE", "2026-11")]),
        ("Closed until March for repairs.", [("March", "DATE", "2027-03")]),
        ("Estate car, taxed till April.", [("April", "DATE", "2027-04")]),
        # a subject makes the participle a past verb
        ("He worked until March.", [("March", "DATE", "2026-03")]),
        ("The shop was closed until March.", [("March", "DATE", "2026-03")]),
    ],
)
def test_state_bounded_by_a_month_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MID_JUNE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 4 per cent in March.", [("March", "DATE", "2025-03")]),
        ("Rents fell by 1.5% in April.", [("April", "DATE", "2025-04")]),
        ("The index slumped 40 points in March.", [("March", "DATE", "2025-03")]),
        # the month of something else, or a time a past act set ahead, keeps the near side
        ("Shares rose 4 per cent on hopes of a deal in March.", [("March", "DATE", "2026-03")]),
        ("The vote was moved to March.", [("March", "DATE", "2026-03")]),
    ],
)
def test_measured_change_in_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MID_FEBRUARY) == expected
