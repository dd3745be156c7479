"""Rules added after the seventy-eighth blind news set (`data/gold/timex/blind_news_78.jsonl`, international
wire and newspaper copy that writes dates and times the European, Asian and Latin American way) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "at 14h30", "from 16h", "between 18h00 and 02h00": the French and Latin American 24-hour clock is a clock
  time after a clock's preposition; "finished in 2h30" and "after 2h30 of talks" stay lengths.
- "at 20.00 tonight": a dotted reading with a two-digit hour past noon is a 24-hour clock, as "9.30 tonight"
  is a clock in the evening.
- "from 09.00 to 18.00", "at 11.30 on Sunday", "at 19.30 each evening": a dotted two-digit reading after a
  clock's preposition is a 24-hour clock with a leading zero, a day after it or another such reading across
  a range; "shares rose to 18.00" and "fell from 10.50 to 12.30 euros" stay amounts.
- "since 25.1.97", "on 30.6.97": a dotted date with a two-digit year after a preposition of time is a day;
  "version 2.1.97" is not.
- "from 28.02. to 02.03.": a day and a month each closed by a dot, day first, with no year.
- "on Wed 13/3", "on 13/3": a slashed day and month whose first number cannot be a month is day first;
  "Tue 12/3" in a text that writes "15 March" is day first too.
- "on the 28th and 29th of March", "from the 3rd to the 7th of May": an ordinal day opening a pair or a
  range takes the month the pair closes with.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2026, 2, 27)
THURSDAY = date(2019, 2, 28)
TUESDAY = date(1997, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parade began at 10h00 on Saturday.",
            [("10h00", "TIME", "2026-02-21T10:00"), ("Saturday", "DATE", "2026-02-21")],
        ),
        (
            "The square is closed to cars between 18h00 and 02h00.",
            [("18h00", "TIME", "2026-02-27T18:00"), ("02h00", "TIME", "2026-02-28T02:00")],
        ),
        (
            "Free concerts run from 16h on Sunday.",
            [("16h", "TIME", "2026-03-01T16:00"), ("Sunday", "DATE", "2026-03-01")],
        ),
        ("She finished the half marathon in 2h30.", []),
        ("After 2h30 of talks the ministers left.", []),
    ],
)
def test_clock_written_with_h(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opening gala begins at 20.00 tonight in the town hall.",
            [("20.00 tonight", "TIME", "2026-02-27T20:00")],
        ),
        ("Doors close at 22.15 tonight.", [("22.15 tonight", "TIME", "2026-02-27T22:15")]),
    ],
)
def test_dotted_hour_past_noon_tonight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum is open from 09.00 to 17.30 on Saturday.",
            [
                ("09.00", "TIME", "2026-02-28T09:00"),
                ("17.30", "TIME", "2026-02-28T17:30"),
                ("Saturday", "DATE", "2026-02-28"),
            ],
        ),
        (
            "The medals will be presented at 11.30 on Sunday.",
            [("11.30", "TIME", "2026-03-01T11:30"), ("Sunday", "DATE", "2026-03-01")],
        ),
        ("The ferry leaves at 07.45.", [("07.45", "TIME", "2026-02-27T07:45")]),
        ("Shares in the group rose to 18.00 on Friday.", [("Friday", "DATE", "2026-02-27")]),
        ("Prices fell from 10.50 to 12.30 euros.", []),
    ],
)
def test_dotted_24_hour_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee has met in Geneva since 25.1.97.", [("25.1.97", "DATE", "1997-01-25")]),
        ("The lease runs out on 30.6.97, the council said.", [("30.6.97", "DATE", "1997-06-30")]),
        ("Users should update to version 2.1.97 at once.", []),
    ],
)
def test_dotted_date_with_a_two_digit_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trade show runs from 06.03. to 09.03., the organisers said.",
            [("06.03.", "DATE", "2026-03-06"), ("09.03.", "DATE", "2026-03-09")],
        ),
        ("The shop is closed until 14.04. for stocktaking.", [("14.04.", "DATE", "2026-04-14")]),
        ("The index rose to 12.03. Traders were relieved.", []),
    ],
)
def test_dotted_day_and_month_without_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing was moved to Wed 13/3.", [("Wed 13/3", "DATE", "2019-03-13")]),
        ("The vote is on 14/3.", [("14/3", "DATE", "2019-03-14")]),
        (
            "Flights on Tue 12/3 will leave from Terminal 2 until 15 March.",
            [("Tue 12/3", "DATE", "2019-03-12"), ("15 March", "DATE", "2019-03-15")],
        ),
    ],
)
def test_slashed_day_first(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guests who booked rooms for the 28th and 29th of March will be moved.",
            [("the 28th", "DATE", "2026-03-28"), ("29th of March", "DATE", "2026-03-29")],
        ),
        (
            "The fair runs from the 3rd to the 7th of May.",
            [("the 3rd", "DATE", "2026-05-03"), ("the 7th of May", "DATE", "2026-05-07")],
        ),
    ],
)
def test_ordinal_day_takes_the_month_of_its_pair(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
