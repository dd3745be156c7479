"""Rules added after the hundred-and-tenth blind news set (`data/gold/timex/blind_news_110.jsonl`, fashion,
beauty and lifestyle news) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "The first range, launched that March, sold out": a month after "that" and a verb of saying or showing
  ("launched", "shown") is the month pointed back at when the month closes its phrase at a comma or a full
  stop, since no verb follows for it to be the subject of; "the survey showed that May was wet" and "showed
  that May, June and July were wet" keep "that" opening the clause.
- "every March and September", "each January, April or July": a month listed after a recurring month recurs
  too, as "every Tuesday and Thursday" does; a month in a clause of its own ("and fell in June") does not.
- "this year's October shows", "last year's March figures": a bare month after a relative year's possessive
  is that year's month, whatever the clause's tense says.
- "the spring/summer season has lost names": a slashed pair of seasons before "season" is the trade's selling
  season, written as its label is, and not tagged; a hyphened "spring-summer season" and a season alone stay.
- "the 1990s brow is back", "the Seventies revival": a decade qualifying a noun after a lower-case "the"
  leaves the article to the noun, as "the [1920s]-style bar" does; after a preposition ("In the 1970s
  inflation rose"), before a word that may be a verb or a closed-class word ("the 1980s were", "the 1990s
  abroad") and at a sentence's opening "The" the article stays the decade's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2022, 11, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shop opened in 1961. Its first range, launched that March, sold out in a day.",
            [("1961", "DATE", "1961"), ("that March", "DATE", "1961-03"), ("a day", "DURATION", "P1D")],
        ),
        (
            "The label was founded in 1974 and first shown that October.",
            [("1974", "DATE", "1974"), ("that October", "DATE", "1974-10")],
        ),
        # "that" opens a clause whose subject is the month, or the months listed
        ("The survey showed that May was the wettest month.", [("May", "DATE", "2022-05")]),
        (
            "The survey showed that May, June and July were wet.",
            [("May", "DATE", "2022-05"), ("June", "DATE", "2022-06"), ("July", "DATE", "2022-07")],
        ),
    ],
)
def test_that_before_a_month_closing_its_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ground rent falls due every March and September.",
            [("every March", "SET", "XXXX-03"), ("September", "SET", "XXXX-09")],
        ),
        (
            "The choir tours each January, April or July.",
            [("each January", "SET", "XXXX-01"), ("April", "SET", "XXXX-04"), ("July", "SET", "XXXX-07")],
        ),
        # a month in a clause of its own is one month
        (
            "Prices rise every March and fell sharply in June.",
            [("every March", "SET", "XXXX-03"), ("June", "DATE", "2022-06")],
        ),
    ],
)
def test_month_listed_after_a_recurring_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council said this year's December market would open early.",
            [("this year", "DATE", "2022"), ("December", "DATE", "2022-12")],
        ),
        (
            "Last year's March figures were revised on Monday.",
            [("Last year", "DATE", "2021"), ("March", "DATE", "2021-03"), ("Monday", "DATE", "2022-11-07")],
        ),
        # without the possessive the tense chooses the month
        ("The firm's March figures were revised.", [("March", "DATE", "2022-03")]),
    ],
)
def test_month_after_a_relative_years_possessive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milan has lost two labels from the autumn/winter season to Paris.", []),
        ("Buyers skipped the spring/summer seasons of both years.", []),
        # a hyphened pair and a season alone are seasons of the year
        ("Ticks are most active in the summer season.", [("summer", "DATE", "2022-SU")]),
        ("Ticks are active in the spring-summer season.", [("the spring", "DATE", "2023-SP")]),
    ],
)
def test_slashed_selling_season_before_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stylists say the 1980s mullet is back.", [("1980s", "DATE", "198")]),
        ("Nobody expected the Nineties revival to last.", [("Nineties", "DATE", "199")]),
        # after a preposition, before a verb or a closed-class word, and opening a sentence
        ("In the 1970s inflation rose.", [("the 1970s", "DATE", "197")]),
        ("She loved the 1980s, when money was easy.", [("the 1980s", "DATE", "198")]),
        ("She spent the 1990s abroad.", [("the 1990s", "DATE", "199")]),
        ("The 1970s episodes are long.", [("The 1970s", "DATE", "197")]),
    ],
)
def test_decade_qualifying_a_noun_leaves_the_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
