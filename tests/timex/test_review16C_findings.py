"""Second reading of f9c5621 (international copy with numeric dates and 24-hour clocks, sportspeople's
careers): sentences of our own where the new rules overreached, each with the reading the engine gave
before or the one the rule's own docstring promises."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a dotted hour past noon before "tonight" is a clock after "at", an amount after a verb of change
        ("The price climbed to 21.30 tonight.", THURSDAY, [("tonight", "TIME", "2022-02-03TNI")]),
        ("The bus leaves at 20.00 tonight.", THURSDAY, [("20.00 tonight", "TIME", "2022-02-03T20:00")]),
        # a dotted range closed by the unit of an amount is no pair of clock readings
        ("The bond yield moved from 09.50 to 10.25 percent.", THURSDAY, []),
        (
            "The shop is open from 09.00 to 18.00 on weekdays.",
            THURSDAY,
            [
                ("09.00", "TIME", "XXXX-XX-XXT09:00"),
                ("18.00", "TIME", "XXXX-XX-XXT18:00"),
                ("weekdays", "SET", "P1D"),
            ],
        ),
        # a noun phrase in "year" inside a preposition's phrase is no subject naming the year
        ("Attendance in the first year was 1800.", None, []),
        ("Her best year was 2011.", None, [("2011", "DATE", "2011")]),
        # a length of centuries after "for" stays a length in a sentence of batting
        (
            "The batsmen had played on that green for two centuries.",
            None,
            [("two centuries", "DURATION", "P2CE")],
        ),
        ("He made eleven centuries in his career.", None, []),
    ],
)
def test_review16c_findings(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted figure with a short last part in a sentence of software is a release's number
        ("The driver has been in the kernel since 2.6.32 and works.", []),
        ("Users should upgrade from 1.4.12 to 1.5.0 before Friday.", [("Friday", "DATE", "2022-02-04")]),
        ("Since 25.1.97 the rule applies.", [("25.1.97", "DATE", "1997-01-25")]),
        ("The report was released on 30.6.97.", [("30.6.97", "DATE", "1997-06-30")]),
    ],
)
def test_a_release_number_is_no_dotted_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare hour in "h" is a clock after "at" or "from"; after "by" or before "after" it counts hours
        ("The flight was delayed by 3h.", []),
        ("Symptoms appear from 6h to 12h after exposure.", []),
        ("Doors open at 14h.", [("14h", "TIME", "2022-02-03T14:00")]),
        ("The match starts from 16h.", [("16h", "TIME", "2022-02-03T16:00")]),
    ],
)
def test_a_bare_hour_in_h_after_by_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each" after a dotted figure is a price apiece unless a day or a part of one follows it
        ("The tickets sold at 12.50 each.", []),
        ("The company sold 500 units at 10.25 each on Monday.", [("Monday", "DATE", "2022-01-31")]),
        (
            "The concert is at 19.30 each evening.",
            [("19.30", "TIME", "XXXX-XX-XXT19:30"), ("each evening", "SET", "XXXX-XX-XXTEV")],
        ),
    ],
)
def test_a_price_apiece_is_no_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
