"""Rules added after the eighty-ninth blind narrative set (`data/gold/timex/blind_narrative_89.jsonl`,
encyclopedia histories of the medieval Islamic world, 622-1517) was scored once: each row is a sentence of
our own showing the general English usage behind one finding.

- "583 AH", "(AH 201)", "in AH 422", "the year 656 of the Hijra": a year of the Islamic lunar calendar is
  named, as README.md names a year of another calendar, by the Western year in which most of its 354 or 355
  days fall (worked out from the calendar's epoch and mean year, not looked up); "AH" only in capitals and,
  before the number, only after a preposition or a bracket ("the AH 64 helicopter" is a model); "a 12V 100
  AH battery" counts ampere-hours.
- "in 750 (132 AH)": a three-digit year restated in the Hijri calendar in brackets closes its phrase.
- "(r. 788-796)", "(d. 871)", "(c. 775-840)": the years of a life or reign in brackets after a name are
  years, even below 1000; "section (d. 923)" is no life.
- "in June 793", "in the 730s", "in 743 its chief", "from 945 the caliphs", "From about 718,": once a story
  has reached a year of the first millennium (the latest year it named), its months and years are written
  with three digits; "In May 300 people fled", "rose from 300 to 450" and "in 300 troops" stay counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2021, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The great mosque was enlarged in 1187 (583 AH).",
            [("1187", "DATE", "1187"), ("583 AH", "DATE", "1187")],
        ),
        ("The governor was recalled in AH 201 and died in prison.", [("AH 201", "DATE", "0817")]),
        ("A new mint opened at Fez (AH 422).", [("AH 422", "DATE", "1031")]),
        (
            "The citadel was rebuilt in the year 583 of the Hijra.",
            [("the year 583 of the Hijra", "DATE", "1187")],
        ),
        ("The coins are dated 1445 AH.", [("1445 AH", "DATE", "2024")]),
        ("The AH 64 helicopter flew low over the base.", []),
        ("He scored 132 runs, ah well.", []),
        ("The caliph died in 193 AH, and his sons fought.", [("193 AH", "DATE", "0809")]),
        ("Fit a 12V 100 AH battery to the van.", []),
        ("The pack holds 200 AH at full charge.", []),
    ],
)
def test_hijri_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The emirate was founded in 756 (139 AH) by a refugee prince.",
            [("756", "DATE", "0756"), ("139 AH", "DATE", "0756")],
        ),
    ],
)
def test_year_restated_in_hijri_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The emir Sulayman (r. 788-796) built the bridge over the river.",
            [("788", "DATE", "0788"), ("796", "DATE", "0796")],
        ),
        ("The poet Ibn Zaydun (d. 871) wrote the elegy.", [("871", "DATE", "0871")]),
        ("Gregory of Tours (b. 538) was a bishop's nephew.", [("538", "DATE", "0538")]),
        (
            "Einhard (c. 775-840) wrote the life of the emperor.",
            [("c. 775", "DATE", "0775"), ("840", "DATE", "0840")],
        ),
        ("See section (d. 923) of the code.", []),
    ],
)
def test_life_or_reign_in_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The abbey was founded in 703. The monks fled in June 793 when the raiders came.",
            [("703", "DATE", "0703"), ("June 793", "DATE", "0793-06")],
        ),
        (
            "King Wihtred (r. 690-725) endowed the abbey. For several decades it grew, and in the 740s it was rebuilt.",
            [
                ("690", "DATE", "0690"),
                ("725", "DATE", "0725"),
                ("several decades", "DURATION", "PXDE"),
                ("the 740s", "DATE", "074"),
            ],
        ),
        (
            "The abbey was founded in 703. Its first abbot ruled for twenty years, and in 724 his nephew succeeded him.",
            [("703", "DATE", "0703"), ("twenty years", "DURATION", "P20Y"), ("724", "DATE", "0724")],
        ),
        (
            "The abbey was founded in 703. Its estates grew for a century, and from 810 the abbots were bishops.",
            [("703", "DATE", "0703"), ("a century", "DURATION", "P100Y"), ("810", "DATE", "0810")],
        ),
        (
            "The abbey was founded in 703. In May 300 people fled to the hills.",
            [("703", "DATE", "0703"), ("May", "DATE", "0703-05")],
        ),
        ("In May 300 workers walked out of the plant.", [("May", "DATE", "2020-05")]),
        (
            "The abbey was founded in 703. Its monks rose from 300 to 450 within a century.",
            [("703", "DATE", "0703"), ("a century", "DURATION", "P100Y")],
        ),
    ],
)
def test_three_digit_years_in_a_first_millennium_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, DCT) == expected
