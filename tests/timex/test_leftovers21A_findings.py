"""Rules added in a pass over anchoring errors left by earlier rounds: each row is a sentence of our own
showing the general English usage behind one finding, with rows where the rule must not apply.

- "The ferry docked at 7 p.m. on 4 May 1950. She rose at 6:30 and left": a morning hour woken to (a
  rising, waking or dawn word in its sentence), in the plain past after an evening clock time, is the next
  morning's, not a p.m. hour glanced back to; a past perfect ("who had landed at 6:30") still glances back.
- "At 11 p.m. ... The crew fought it until dawn. The next morning": the dawn that ends a night is already
  the next morning; "the next morning" after it is that morning, not the one after ("At dawn on 4 June ...
  The next morning" still moves on a day).
- "In March 2023 the mayor said the bridge would reopen in December": a "would" future seen from the
  month or day a sentence opens on is the first such date after it ("In November 2023 she said she would
  step down in March": March 2024); "will" is still the writer's future. From a whole year ("Last year he
  said he would return on 12 November") the date may lie in either year and is left as it was.
- "On Friday, 3 June 1960, the board met. The vote had been set for Tuesday": the day a plan was fixed for,
  in the past perfect, lies ahead of the story's day, not behind it ("had been held on Tuesday" looks back).
- "Members were worried about their majorities in November", written in January: a worry looks ahead to
  the next such month, not the last ("were worried in November about" dates the worry, and a season
  worried over, "anxious about the winter", stays as blind_news_93 has it).
- "Prices will climb in the next decade. Wages will also rise in the next decade": news says the decade
  after its own day again; it does not count on from the first (a narrative's chain, or "the 1990s ... the
  next decade", still counts on).
- "The club opened its stand in March 2019. It hopes to open the stadium the next winter": the next season
  of a plan in the writer's present or future is the one after the time of writing ("hoped to", "opened
  ... the next winter" stay with the story).
- "In 1850 the surveyors reached the valley. Hunters had camped there 8,000 years ago", undated: "ago" in a
  story told in the past is the writer's, before an unknown now (PAST_REF, as "some 20,000 years ago" in an
  undated history is), not counted from the story's year; a story told in the present (a synopsis) still
  counts from its own time, and a dated text from its DCT.
- "On 2 October 1921 the crew hauled the boats ashore for the winter. The next day": a season ahead that an
  act is done for is not reached; the story stays on its day ("In the winter the ice closed it" moves on).
- Already working, checked: "the previous Friday" after "higher than on 3 March" counts from the story's
  day, and "A day earlier" after "On Friday the talks resumed" counts from that Friday.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The ferry docked at Oban at 7 p.m. on 4 May 1950. She rose at 6:30 and left for the hills.",
            None,
            NARRATIVE,
            [
                ("7 p.m.", "TIME", "1950-05-04T19:00"),
                ("4 May 1950", "DATE", "1950-05-04"),
                ("6:30", "TIME", "1950-05-05T06:30"),
            ],
        ),
        (
            "The mail coach reached Perth at 8 p.m. on 11 March 1871. The guard woke at 6:15 a.m. and fed the horses.",
            None,
            NARRATIVE,
            [
                ("8 p.m.", "TIME", "1871-03-11T20:00"),
                ("11 March 1871", "DATE", "1871-03-11"),
                ("6:15 a.m.", "TIME", "1871-03-12T06:15"),
            ],
        ),
        (
            "The ferry docked at Oban at 7 p.m. on 4 May 1950. The purser, who had landed at 6:30, waited on the quay.",
            None,
            NARRATIVE,
            [
                ("7 p.m.", "TIME", "1950-05-04T19:00"),
                ("4 May 1950", "DATE", "1950-05-04"),
                ("6:30", "TIME", "1950-05-04T18:30"),
            ],
        ),
        (
            "The ferry docked at Oban at 7 p.m. on 4 May 1950. The captain woke his mate at 8:30 and they dined ashore.",
            None,
            NARRATIVE,
            [
                ("7 p.m.", "TIME", "1950-05-04T19:00"),
                ("4 May 1950", "DATE", "1950-05-04"),
                ("8:30", "TIME", "1950-05-04T20:30"),
            ],
        ),
        (
            "The ferry docked at Oban at 7 p.m. on 4 May 1950. She had risen at 6:30 that morning.",
            None,
            NARRATIVE,
            [
                ("7 p.m.", "TIME", "1950-05-04T19:00"),
                ("4 May 1950", "DATE", "1950-05-04"),
                ("6:30", "TIME", "1950-05-04T06:30"),
                ("that morning", "TIME", "1950-05-04TMO"),
            ],
        ),
    ],
)
def test_morning_hour_woken_to_after_an_evening(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "At 11 p.m. on 3 June 1944 the fire reached the dock. The crew fought it until dawn. The next morning they counted the losses.",
            None,
            NARRATIVE,
            [
                ("11 p.m.", "TIME", "1944-06-03T23:00"),
                ("3 June 1944", "DATE", "1944-06-03"),
                ("dawn", "TIME", "1944-06-04TMO"),
                ("The next morning", "TIME", "1944-06-04TMO"),
            ],
        ),
        (
            "The storm broke at 10 p.m. on 8 March 1902 and raged until daybreak. The following morning the harbour master walked the quay.",
            None,
            NARRATIVE,
            [
                ("10 p.m.", "TIME", "1902-03-08T22:00"),
                ("8 March 1902", "DATE", "1902-03-08"),
                ("daybreak", "TIME", "1902-03-09TMO"),
                ("The following morning", "TIME", "1902-03-09TMO"),
            ],
        ),
        (
            "At dawn on 4 June 1944 the crew set out. The next morning they reached the pass.",
            None,
            NARRATIVE,
            [
                ("dawn", "TIME", "1944-06-04TMO"),
                ("4 June 1944", "DATE", "1944-06-04"),
                ("The next morning", "TIME", "1944-06-05TMO"),
            ],
        ),
    ],
)
def test_next_morning_after_a_night_ended_at_dawn(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "On 20 November 2023 the chief executive said she would step down on 4 March.",
            date(2024, 5, 10),
            NEWS,
            [("20 November 2023", "DATE", "2023-11-20"), ("4 March", "DATE", "2024-03-04")],
        ),
        (
            "In November 2023 the chief executive said she would step down in March.",
            date(2024, 5, 10),
            NEWS,
            [("November 2023", "DATE", "2023-11"), ("March", "DATE", "2024-03")],
        ),
        (
            "In March 2023 the mayor said the bridge would reopen in December.",
            date(2024, 5, 10),
            NEWS,
            [("March 2023", "DATE", "2023-03"), ("December", "DATE", "2023-12")],
        ),
        (
            "In March 2023 the mayor said the bridge will reopen in December.",
            date(2024, 5, 10),
            NEWS,
            [("March 2023", "DATE", "2023-03"), ("December", "DATE", "2024-12")],
        ),
        (
            "In November 2023 the chief executive said she stepped down in March.",
            date(2024, 5, 10),
            NEWS,
            [("November 2023", "DATE", "2023-11"), ("March", "DATE", "2023-03")],
        ),
    ],
)
def test_future_seen_from_the_past_year_a_sentence_opens_on(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "On Friday, 3 June 1960, the board met in Leeds. The vote had been set for Tuesday.",
            None,
            NARRATIVE,
            [("Friday, 3 June 1960", "DATE", "1960-06-03"), ("Tuesday", "DATE", "1960-06-07")],
        ),
        (
            "On Friday, 3 June 1960, the board met in Leeds. The hearing had been scheduled for Monday.",
            None,
            NARRATIVE,
            [("Friday, 3 June 1960", "DATE", "1960-06-03"), ("Monday", "DATE", "1960-06-06")],
        ),
        (
            "On Friday, 3 June 1960, the board met in Leeds. The vote had been held on Tuesday.",
            None,
            NARRATIVE,
            [("Friday, 3 June 1960", "DATE", "1960-06-03"), ("Tuesday", "DATE", "1960-05-31")],
        ),
    ],
)
def test_day_a_past_perfect_plan_was_fixed_for(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "Members were worried about their majorities in November.",
            date(2024, 1, 15),
            NEWS,
            [("November", "DATE", "2024-11")],
        ),
        (
            "Growers were anxious about the harvest in September, the co-operative said.",
            date(2024, 1, 15),
            NEWS,
            [("September", "DATE", "2024-09")],
        ),
        (
            "Members were worried in November about their majorities.",
            date(2024, 1, 15),
            NEWS,
            [("November", "DATE", "2023-11")],
        ),
        (
            "Members were worried about the vote held in November.",
            date(2024, 1, 15),
            NEWS,
            [("November", "DATE", "2023-11")],
        ),
    ],
)
def test_month_a_past_worry_was_about(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "Prices will climb in the next decade. Wages will also rise in the next decade, the bank said.",
            date(2024, 5, 10),
            NEWS,
            [("the next decade", "DATE", "203"), ("the next decade", "DATE", "203")],
        ),
        (
            "Output fell in the 1990s. It recovered in the next decade.",
            date(2024, 5, 10),
            NEWS,
            [("the 1990s", "DATE", "199"), ("the next decade", "DATE", "200")],
        ),
        (
            "In the 1950s the town grew. The next decade brought a railway. The next decade brought a motorway.",
            date(2020, 1, 1),
            NARRATIVE,
            [
                ("the 1950s", "DATE", "195"),
                ("The next decade", "DATE", "196"),
                ("The next decade", "DATE", "197"),
            ],
        ),
    ],
)
def test_next_decade_said_again_in_news(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The club opened its new stand in March 2019. It hopes to open the stadium the next winter.",
            date(2024, 5, 10),
            NEWS,
            [("March 2019", "DATE", "2019-03"), ("the next winter", "DATE", "2024-WI")],
        ),
        (
            "The firm built its first plant in 2018. It will open a second one the next summer.",
            date(2024, 5, 10),
            NEWS,
            [("2018", "DATE", "2018"), ("the next summer", "DATE", "2024-SU")],
        ),
        (
            "The club opened its new stand in March 2019 and hoped to open the stadium the next winter.",
            date(2024, 5, 10),
            NEWS,
            [("March 2019", "DATE", "2019-03"), ("the next winter", "DATE", "2019-WI")],
        ),
        (
            "The club opened its new stand in March 2019. It opened the stadium the next winter.",
            date(2024, 5, 10),
            NEWS,
            [("March 2019", "DATE", "2019-03"), ("the next winter", "DATE", "2019-WI")],
        ),
    ],
)
def test_next_season_of_a_plan_in_the_writers_present(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "In 1850 the surveyors reached the valley. Hunters had camped there 8,000 years ago.",
            None,
            NARRATIVE,
            [("1850", "DATE", "1850"), ("8,000 years ago", "DATE", "PAST_REF")],
        ),
        (
            "In 1850 the surveyors reached the valley. Hunters had camped there 8,000 years ago.",
            date(2013, 5, 10),
            NARRATIVE,
            [("1850", "DATE", "1850"), ("8,000 years ago", "DATE", "BC5988")],
        ),
        (
            "Act 1. The square, on the morning of 16 August 1848. At noon the band rehearses. In the afternoon Rosa tells Nina that Tonio left the town three years ago. At dusk the procession arrives.",
            None,
            NARRATIVE,
            [
                ("16 August 1848", "DATE", "1848-08-16"),
                ("noon", "TIME", "1848-08-16T12:00"),
                ("the afternoon", "TIME", "1848-08-16TAF"),
                ("three years ago", "DATE", "1845"),
                ("dusk", "TIME", "1848-08-16TEV"),
            ],
        ),
    ],
)
def test_ago_in_an_undated_story_told_in_the_past(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "On 2 October 1921 the crew hauled the boats ashore for the winter. The next day they sailed south.",
            None,
            NARRATIVE,
            [
                ("2 October 1921", "DATE", "1921-10-02"),
                ("the winter", "DATE", "1921-WI"),
                ("The next day", "DATE", "1921-10-03"),
            ],
        ),
        (
            "In September 1921 the family laid in coal for the winter. The following month the father found work.",
            None,
            NARRATIVE,
            [
                ("September 1921", "DATE", "1921-09"),
                ("the winter", "DATE", "1921-WI"),
                ("The following month", "DATE", "1921-10"),
            ],
        ),
        (
            "In June 1921 the family reached Graz. They stayed in the city for the winter. On 10 March they left for Trieste.",
            None,
            NARRATIVE,
            [
                ("June 1921", "DATE", "1921-06"),
                ("the winter", "DATE", "1921-WI"),
                ("10 March", "DATE", "1922-03-10"),
            ],
        ),
        (
            "On 2 October 1921 the crew reached the bay. In the winter the ice closed it. The next spring they left.",
            None,
            NARRATIVE,
            [
                ("2 October 1921", "DATE", "1921-10-02"),
                ("the winter", "DATE", "1921-WI"),
                ("The next spring", "DATE", "1922-SP"),
            ],
        ),
    ],
)
def test_season_an_act_is_done_for_is_not_reached(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "On Thursday, 12 April 1990, the shop's takings were higher than on 3 March. The previous Friday a rival had closed.",
            None,
            NARRATIVE,
            [
                ("Thursday, 12 April 1990", "DATE", "1990-04-12"),
                ("3 March", "DATE", "1990-03-03"),
                ("The previous Friday", "DATE", "1990-04-06"),
            ],
        ),
        (
            "On Wednesday the index stood higher than on 3 March. The previous Friday it had fallen.",
            date(2024, 5, 10),
            NEWS,
            [
                ("Wednesday", "DATE", "2024-05-08"),
                ("3 March", "DATE", "2024-03-03"),
                ("The previous Friday", "DATE", "2024-05-03"),
            ],
        ),
        (
            "On Friday the talks resumed. A day earlier the union had walked out.",
            date(2024, 5, 13),
            NEWS,
            [("Friday", "DATE", "2024-05-10"), ("A day earlier", "DATE", "2024-05-09")],
        ),
        (
            "On Friday, 6 April 1990, the talks resumed. A day earlier the union had walked out.",
            None,
            NARRATIVE,
            [("Friday, 6 April 1990", "DATE", "1990-04-06"), ("A day earlier", "DATE", "1990-04-05")],
        ),
    ],
)
def test_already_working_comparison_and_day_earlier(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
