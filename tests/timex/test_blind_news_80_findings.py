"""Rules added after the eightieth blind news set (`data/gold/timex/blind_news_80.jsonl`, daily stock,
bond, currency and commodity market wraps) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "ahead of Thursday's European Central Bank meeting": "ahead of" looks forward to the day's event even
  when a name stands between the possessive and its noun, and whatever the tense of the clause before.
- "Ten-year Treasury yields rose": a hyphenated length opening a sentence is capitalised as the sentence's
  first word, not as a name's, when its unit is written in lower case ("the Six-Day War" capitalises both).
- "price a rate cut by September": "cut" after the noun it compounds with ("rate cut", "tax cut", "pay
  cut", "job cuts") is a noun, not a past verb; the clause's own verb gives the tense.
- "a plunge on Wall Street overnight sent investors scrambling": "overnight" before a past verb closes the
  subject as an adverb (the night before), where before a noun it is an adjective ("an overnight stay");
  a daytime clock told after "overnight" ("by midday") falls on the morning after the night.
- "the weekly jobless claims report": a frequency word before a report or figures that its own modifiers
  name is the kind of document, not a time that recurs.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2026, 1, 27)
THURSDAY = date(2008, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares slipped as traders cut positions ahead of Thursday's European Central Bank meeting.",
            [("Thursday", "DATE", "2026-01-29")],
        ),
        (
            "Bonds edged lower as dealers squared books ahead of Friday's Commerce Department report.",
            [("Friday", "DATE", "2026-01-30")],
        ),
        ("Shares fell after Monday's Fed announcement.", [("Monday", "DATE", "2026-01-26")]),
    ],
)
def test_ahead_of_named_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten-year Treasury yields rose to 4.1 percent.", [("Ten-year", "DURATION", "P10Y")]),
        ("Two-year Bund yields fell.", [("Two-year", "DURATION", "P2Y")]),
        ("Thirty-year Treasury bonds rallied.", [("Thirty-year", "DURATION", "P30Y")]),
        ("Critics still argue about the Six-Day War.", []),
    ],
)
def test_sentence_case_length_before_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investors now price a rate cut by September.",
            [("now", "DATE", "PRESENT_REF"), ("September", "DATE", "2026-09")],
        ),
        ("Most economists expect a pay cut in April.", [("April", "DATE", "2026-04")]),
        ("The bank cut rates in September.", [("September", "DATE", "2025-09")]),
    ],
)
def test_compound_noun_cut(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The weekly jobless claims report is due on Thursday.", [("Thursday", "DATE", "2026-01-29")]),
        ("The government's weekly crude inventory figures showed a build.", []),
        ("The committee meets weekly in the town hall.", [("weekly", "SET", "P1W")]),
        ("Supporters meet weekly to plan the campaign.", [("weekly", "SET", "P1W")]),
    ],
)
def test_frequency_word_before_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A storm overnight knocked out power.", [("overnight", "TIME", "2008-10-15TNI")]),
        ("Heavy selling overnight pushed the yen higher.", [("overnight", "TIME", "2008-10-15TNI")]),
        ("An overnight stay costs more.", []),
        ("The overnight rate eased.", []),
        (
            "Stocks fell overnight. By midday futures had recovered.",
            [("overnight", "TIME", "2008-10-15TNI"), ("midday", "TIME", "2008-10-16T12:00")],
        ),
    ],
)
def test_overnight_before_past_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
