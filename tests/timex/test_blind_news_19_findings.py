"""Rules added after the nineteenth blind news set (`data/gold/timex/blind_news_19.jsonl`, weather,
natural hazards and forecasts) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "at 4:17 a.m. local time (2117 GMT Tuesday)": a clock time restated in parentheses in another zone
  with its own day is an expression (the day differs across midnight); the story goes on in the local
  day, so later parts of the day and clock times stay on it.
- "between 6:42 p.m. and 7:20 p.m., the weather service said Friday": the two ends of a clock range
  share a day; the day of the statement after them dates neither.
- "The council meets on Thursday. The lights went out during the evening rush.": a part of the day told
  in the past tense after a day ahead is on the DCT, as a clock time already is.
- "want 1 million sandbags filled by Monday", "need the roads cleared by Monday": a participle after the
  object of a verb of wanting names the state wanted, not a past act; the verb of wanting governs.
- "have called off classes for Monday", "cancelled all flights for Friday": the day called off comes
  after the calling off, on either side of now, so the nearest such day ("called an election for 8 June"
  arranges, and is left to the tense).
- "ordered everyone out starting at 6 a.m. Wednesday": the start of an act a past order sets may lie on
  either side of now, like "were ordered to leave on Tuesday".
- "until midweek", "by mid-week": the week the tense points to, with mod MID.
- "1 to 2 inches an hour", "an inch an hour", "30mm an hour": rain, snow or a river rising at a rate in
  time (SET), not a speed ("70 miles an hour"); "crested at 8 feet", "fall at 1 to 2 inches" are amounts,
  not clock times.
- "a once-in-a-century flood", "once in a century", "a once-a-year event": a frequency, as "once a year"
  and "once every 20 years" are, also with "in" and written as one hyphenated word.
- "in drought after a hot summer and": weather told of a season with "a" makes it a particular season,
  as "a dry and sunny weekend" is a particular weekend ("a hot summer job" is a kind of job, "a hot
  summer can ruin crops" any summer).
- "on a day like Friday": a day of that kind, no length.
- "every spring since 2009 except 2012": a year after "except".
- "Last winter began under La Nina, which faded by March. It brought a snowstorm in January.": a month
  beside the month or season the story has just told stays on its tense's side, however far from now.
- "the spring flood outlook", "the agency's winter outlook": a season qualifying an outlook, forecast
  or flood is tagged alone, the article or possessive belonging to the noun.
- "moved Saturday's games to the evening", "postponed Sunday's race", "called off Friday's game": an
  event moved or called off was still to come when it was, which does not tell on which side of now its
  day falls, so the nearest such day.
- "the peak of the fire season usually comes in October": an adverb of how often before a form that may
  be a noun or a verb ("comes") shows it is the verb, so a year named earlier in the sentence, in a
  clause of its own, does not frame the month (the month of every year since the rules of
  blind_news_69).
- "five days behind its normal date of June 1", "the average first frost date is Oct. 15": the date a
  thing usually comes on is every year's.
- "the winter outlook favours a wet December", said in November: with no side to look to, the nearest
  winter is the one whose January is nearest, named by the year of its December.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WEDNESDAY = date(2023, 11, 22)
SUNDAY = date(1998, 4, 19)
SATURDAY = date(2019, 3, 23)
TUESDAY = date(2004, 9, 14)
THURSDAY = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The tremor struck at 4:17 a.m. local time (2117 GMT Tuesday) near the port. Rescue teams"
            " reached the harbour in the afternoon. A second tremor followed at 6:40 a.m.",
            WEDNESDAY,
            [
                ("4:17 a.m. local time", "TIME", "2023-11-22T04:17"),
                ("2117 GMT Tuesday", "TIME", "2023-11-21T21:17"),
                ("the afternoon", "TIME", "2023-11-22TAF"),
                ("6:40 a.m.", "TIME", "2023-11-22T06:40"),
            ],
        ),
        (
            "The ferry left at 10:35 a.m. (0735 GMT).",
            WEDNESDAY,
            [("10:35 a.m.", "TIME", "2023-11-22T10:35"), ("0735 GMT", "TIME", "2023-11-22T07:35")],
        ),
        (
            "The storm hit on Thursday evening. It crossed the valley between 6:42 p.m. and 7:20 p.m.,"
            " officials said Friday.",
            SUNDAY,
            [
                ("Thursday evening", "TIME", "1998-04-16TEV"),
                ("6:42 p.m.", "TIME", "1998-04-16T18:42"),
                ("7:20 p.m.", "TIME", "1998-04-16T19:20"),
                ("Friday", "DATE", "1998-04-17"),
            ],
        ),
        (
            "The council meets again on Thursday. The lights went out during the evening rush.",
            date(1994, 1, 19),
            [("Thursday", "DATE", "1994-01-20"), ("evening", "TIME", "1994-01-19TEV")],
        ),
        (
            "The council meets again on Thursday. The debate will run into the evening.",
            date(1994, 1, 19),
            [("Thursday", "DATE", "1994-01-20"), ("the evening", "TIME", "1994-01-20TEV")],
        ),
        (
            "Town leaders want 1 million sandbags filled by Monday.",
            SATURDAY,
            [("Monday", "DATE", "2019-03-25")],
        ),
        ("They need the culverts cleared by Monday.", SATURDAY, [("Monday", "DATE", "2019-03-25")]),
        (
            "Neighbours who needed help moved their cars on Monday.",
            SATURDAY,
            [("Monday", "DATE", "2019-03-18")],
        ),
        (
            "Two districts have already called off classes for Monday.",
            date(2026, 2, 1),
            [("Monday", "DATE", "2026-02-02")],
        ),
        (
            "The airline cancelled all flights for Friday.",
            date(2026, 2, 4),
            [("Friday", "DATE", "2026-02-06")],
        ),
        (
            "The airline cancelled all flights for Friday.",
            date(2026, 2, 1),
            [("Friday", "DATE", "2026-01-30")],
        ),
        (
            "The premier called an early election for 8 June and lost.",
            date(2026, 2, 1),
            [("8 June", "DATE", "2025-06-08")],
        ),
        (
            "The parish ordered everyone off the island starting at 6 a.m. Wednesday.",
            TUESDAY,
            [("6 a.m. Wednesday", "TIME", "2004-09-15T06:00")],
        ),
        (
            "Frost will linger until midweek.",
            date(2026, 2, 1),
            [("midweek", "DATE", "2026-W06")],
        ),
        (
            "By mid-week the lake had frozen over.",
            date(2026, 2, 1),
            [("mid-week", "DATE", "2026-W05")],
        ),
        (
            "Snow could pile up Monday at 1 to 2 inches an hour.",
            date(2026, 2, 1),
            [("Monday", "DATE", "2026-02-02"), ("an hour", "SET", "PT1H")],
        ),
        ("The creek is rising about an inch an hour.", SATURDAY, [("an hour", "SET", "PT1H")]),
        ("Rain fell at 30mm an hour.", SATURDAY, [("an hour", "SET", "PT1H")]),
        ("Gusts reached 70 miles an hour.", SATURDAY, []),
        (
            "The river crested on Monday at 8 feet.",
            SATURDAY,
            [("Monday", "DATE", "2019-03-18")],
        ),
        (
            "The plains are in drought after a hot summer and a dry autumn.",
            THURSDAY,
            [("summer", "DATE", "2025-SU"), ("autumn", "DATE", "2025-FA")],
        ),
        ("A hot summer job pays well.", THURSDAY, []),
        ("A hot summer can ruin crops.", THURSDAY, []),
        (
            "The new wall should hold back a once-in-a-century surge.",
            SATURDAY,
            [("once-in-a-century", "SET", "P100Y")],
        ),
        ("A flood like that comes once in a century.", SATURDAY, [("once in a century", "SET", "P100Y")]),
        ("The fair is a once-a-year treat.", SATURDAY, [("once-a-year", "SET", "P1Y")]),
        ("He still calls once in a while.", SATURDAY, []),
        (
            "A parked car can reach 120 degrees on a day like Friday.",
            date(2019, 7, 19),
            [("Friday", "DATE", "2019-07-19")],
        ),
        (
            "The creek has flooded every spring since 2009 except 2012.",
            SATURDAY,
            [("every spring", "SET", "XXXX-SP"), ("2009", "DATE", "2009"), ("2012", "DATE", "2012")],
        ),
        (
            "Last winter began under a weak La Nina, which faded by March. It brought a rare ice storm to"
            " the coast in January.",
            THURSDAY,
            [
                ("Last winter", "DATE", "2024-WI"),
                ("March", "DATE", "2025-03"),
                ("January", "DATE", "2025-01"),
            ],
        ),
        (
            "The spring flood outlook issued last month was grim.",
            SATURDAY,
            [("spring", "DATE", "2019-SP"), ("last month", "DATE", "2019-02")],
        ),
        (
            "The weather agency's winter outlook favours a wet December.",
            THURSDAY,
            [("winter", "DATE", "2025-WI"), ("December", "DATE", "2025-12")],
        ),
        (
            "The parks department moved Saturday's youth games to the evening.",
            date(2019, 7, 19),
            [("Saturday", "DATE", "2019-07-20"), ("the evening", "TIME", "2019-07-20TEV")],
        ),
        ("Rain postponed Sunday's race.", date(2019, 7, 19), [("Sunday", "DATE", "2019-07-21")]),
        ("Rain postponed Tuesday's race.", date(2019, 7, 19), [("Tuesday", "DATE", "2019-07-16")]),
        ("The coach praised Saturday's win.", date(2019, 7, 19), [("Saturday", "DATE", "2019-07-13")]),
        (
            "The rains arrived on June 6, five days behind their normal date of June 1.",
            date(2014, 6, 13),
            [
                ("June 6", "DATE", "2014-06-06"),
                ("five days", "DURATION", "P5D"),
                ("June 1", "DATE", "XXXX-06-01"),
            ],
        ),
        (
            "The committee will report in October.",
            date(2020, 9, 7),
            [("October", "DATE", "2020-10")],
        ),
        (
            "Forecasters say snow is likely in the winter.",
            THURSDAY,
            [("the winter", "DATE", "2025-WI")],
        ),
    ],
)
def test_blind_news_19_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


def test_midweek_carries_the_mod_mid() -> None:
    from chronology.timex import resolve_expressions

    (midweek,) = resolve_expressions("Frost will linger until midweek.", date(2026, 2, 1))
    assert (midweek.value, midweek.mod) == ("2026-W06", "MID")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 900 homes have flooded in the county this year, the most since the county began keeping"
            " records in 1974, and the river usually crests in April.",
            [("this year", "DATE", "2020"), ("1974", "DATE", "1974"), ("April", "DATE", "XXXX-04")],
        ),
        (
            "The first frost came on Monday, ten days behind its average date of Aug. 28.",
            [
                ("Monday", "DATE", "2020-09-07"),
                ("ten days", "DURATION", "P10D"),
                ("Aug. 28", "DATE", "XXXX-08-28"),
            ],
        ),
    ],
)
def test_habits_in_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2020, 9, 7), DocumentKind.NEWS) == expected
