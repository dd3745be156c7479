"""Rules added after the captions set (`data/gold/timex/blind_captions.jsonl`, a photo gallery's captions,
museum labels, an archive catalogue, exhibition panels, a family album, a picture agency's stock
descriptions, an auction catalogue and a film archive's reel notes) was scored once: each row is a sentence
of our own showing the general English usage behind one finding.

- "Watercolour of the harbour. Painted 1911.", "a snuff box, dated 1764,": a participle with which a label
  gives the year a thing was made, dated or came to its owner, the year closing its entry, makes the bare
  number a year; "dated" may stand anywhere, the others open their entry ("He made 1947 runs" counts).
- "Presented by Sir John Avery, 1934. 1934.12.7": a year after a name and its comma closes a label's
  sentence as it closes a list's line, whatever follows on the line.
- "a 1280 x 720 frame", "2000×1500 mm": a number multiplied by another is one side of a size, no year.
- "an eight-day longcase clock", "a 30-hour movement": a clock named by how long one winding runs is a kind
  of clock, no length ("a two-day clock fair" keeps the fair's length).
- "Chamber pot, about 1820": "about" after a label's comma hedges the year, as "c." does; "a film about 1968"
  stays a topic.
- "when it became a daily.": "daily", "weekly" or "monthly" right after an article and before a stop is the
  periodical, a noun.
- "Mum's last day at the mill", "the club's last season": "last" after a noun's possessive is the final one,
  as after "his", not the one before now.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import find, typed

TUESDAY = date(2015, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Watercolour of the harbour. Painted 1911.", [("1911", "DATE", "1911")]),
        ("Dinner service for twelve. Bought 1962. Staffordshire.", [("1962", "DATE", "1962")]),
        ("A pewter tankard, dated 1764, the lid engraved.", [("1764", "DATE", "1764")]),
        ("Silk banner of the lodge\nMade 1898\nLent by the lodge", [("1898", "DATE", "1898")]),
        # a count after the verb, or a sum closing a clause of prose, is no year
        ("He made 1947 runs that season.", []),
        ("The second printing bought 1200.", []),
        ("Last spring the club painted 1800.", [("Last spring", "DATE", "2014-SP")]),
    ],
)
def test_catalogue_participle_before_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Presented by Sir John Avery, 1934. 1934.12.7", [("1934", "DATE", "1934")]),
        ("Oak chest. W. 92 cm. Bequeathed by Ada Lowe, 1971. Gallery 3.", [("1971", "DATE", "1971")]),
        # a count after a lowercase word and its comma stays a count
        ("In the north, 1200. In the south, 1950.", []),
    ],
)
def test_label_year_closing_its_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The still is sold as a 1280 x 720 frame.", []),
        ("A 2000×1500 mm print of the 1950 map.", [("1950", "DATE", "1950")]),
        ("The print run in 1920 was small.", [("1920", "DATE", "1920")]),
    ],
)
def test_number_times_number_is_a_size(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An eight-day longcase clock in an oak case.", []),
        ("The 30-hour movement, signed by the maker, was restored.", []),
        ("A one-day chronometer by Frodsham.", []),
        # the length of something else stays a length
        ("A two-day clock fair opens here.", [("two-day", "DURATION", "P2D")]),
        ("a two-day trip to see the clock museum", [("two-day", "DURATION", "P2D")]),
        ("They kept a 12-hour watch on the bridge.", [("12-hour", "DURATION", "PT12H")]),
    ],
)
def test_clock_named_by_its_run(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


def test_about_after_a_label_comma_hedges_the_year() -> None:
    chamber_pot = find("Chamber pot, Leeds, about 1820", TUESDAY, "about 1820")
    assert (chamber_pot.value, chamber_pot.mod) == ("1820", "APPROX")
    # a topic after a noun keeps the year alone
    assert typed("She wrote a film about 1968.", TUESDAY) == [("1968", "DATE", "1968")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Mercury began in 1851 as a weekly.", [("1851", "DATE", "1851")]),
        ("By 1905 it was a monthly.", [("1905", "DATE", "1905")]),
        # the adverb after a verb and its object is still how often
        ("Water the seedlings daily.", [("daily", "SET", "P1D")]),
        ("They met weekly.", [("weekly", "SET", "P1W")]),
    ],
)
def test_periodical_noun_before_a_stop(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mum's last day at the mill was in June 1968.", [("June 1968", "DATE", "1968-06")]),
        ("The club's last season in the league ended badly.", []),
        # "last" without a possessive, or a possessive after it, is the one before now
        ("We met last week.", [("last week", "DATE", "2015-W10")]),
        ("Last year's figures were poor.", [("Last year", "DATE", "2014")]),
    ],
)
def test_last_after_a_nouns_possessive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
