"""Rules added after the eighteenth blind news set (`data/gold/timex/blind_news_18.jsonl`, news
explainers) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "figures for March", "its May meeting": after "for" or a possessive, a capitalised "March" or "May" is
  no verb or modal, so it is the month; "a vote for May" stays a surname.
- An attributive month after a possessive ("the minutes of its March meeting at 2 p.m.") names one of a
  series of things in passing; a clock time told after it stays on the day the story is on.
- A hyphenated length keeps its adjective alone after "a further", "another" or an ordinal: "a further
  [48-hour] strike", "the first [24-hour] walkout".
- "Ten years on" heading a story, with no time told before it, ends at the writer's now (the DCT's
  year): a count forward from now would be "ten years from now".
- "Here is what we know as of Saturday morning" gives the time a report stands at; the clock times of
  the events told after it stay on the day the story was on.
- In a question-and-answer explainer, "that morning" after a year named in passing points back to the
  day the story told, across paragraphs that only open or answer a question ("Who was the captain?").
- "The last time this happened, in 2019, the talks ran until November": a year set off by commas before
  the main clause frames that clause, so its yearless month is of that year, not the last before the DCT.
- "Today's strike began at midnight" in the past tense: the midnight already past is the one that opened
  the DCT's day, also when the text names that day ("March 8:").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2025, 4, 6)
WEDNESDAY = date(2023, 3, 8)
THURSDAY = date(2014, 3, 13)
SATURDAY = date(2019, 11, 30)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Factory orders for March come out next week.",
            SUNDAY,
            [("March", "DATE", "2025-03"), ("next week", "DATE", "2025-W15")],
        ),
        (
            "The board discussed its March figures.",
            SUNDAY,
            [("March", "DATE", "2025-03")],
        ),
        ("Most members voted for May in the first round.", SUNDAY, []),
        ("Their May Day rally drew thousands.", SUNDAY, []),
        (
            "The council meets on Tuesday. It approves the minutes of its February session at 10 a.m.",
            SUNDAY,
            [
                ("Tuesday", "DATE", "2025-04-08"),
                ("February", "DATE", "2025-02"),
                ("10 a.m.", "TIME", "2025-04-08T10:00"),
            ],
        ),
        (
            "Nurses plan a further 12-hour stoppage next month.",
            WEDNESDAY,
            [("12-hour", "DURATION", "PT12H"), ("next month", "DATE", "2023-04")],
        ),
        (
            "The second 72-hour closure ended on Monday.",
            WEDNESDAY,
            [("72-hour", "DURATION", "PT72H"), ("Monday", "DATE", "2023-03-06")],
        ),
        (
            "Twenty years on: how the valley recovered from the flood",
            THURSDAY,
            [("Twenty years on", "DATE", "2014")],
        ),
        (
            "The dam failed in 1990. Twenty years on, the valley had recovered.",
            THURSDAY,
            [("1990", "DATE", "1990"), ("Twenty years on", "DATE", "2010")],
        ),
        (
            "The bridge collapsed on Thursday evening. This is what we know as of Friday afternoon. The first"
            " call came at 6:12 p.m.",
            date(2019, 11, 29),
            [
                ("Thursday evening", "TIME", "2019-11-28TEV"),
                ("Friday afternoon", "TIME", "2019-11-29TAF"),
                ("6:12 p.m.", "TIME", "2019-11-28T18:12"),
            ],
        ),
        (
            "March 8: The stoppage, the third this year, started at midnight.",
            WEDNESDAY,
            [
                ("March 8", "DATE", "2023-03-08"),
                ("this year", "DATE", "2023"),
                ("midnight", "TIME", "2023-03-07T24:00"),
            ],
        ),
        (
            "The last time this happened, in 2019, the talks ran until November.",
            date(2022, 1, 10),
            [("2019", "DATE", "2019"), ("November", "DATE", "2019-11")],
        ),
        (
            "The ferry ran aground on Friday afternoon.\n\nWho was the captain?\n\nHe had been suspended in"
            " March 2015 after a collision in 2012. He took command that morning.",
            SATURDAY,
            [
                ("Friday afternoon", "TIME", "2019-11-29TAF"),
                ("March 2015", "DATE", "2015-03"),
                ("2012", "DATE", "2012"),
                ("that morning", "TIME", "2019-11-29TMO"),
            ],
        ),
    ],
)
def test_blind_news_18_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
