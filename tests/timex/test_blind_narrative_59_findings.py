"""Rules added after the fifty-ninth blind narrative set (`data/gold/timex/blind_narrative_59.jsonl`,
histories of eighteenth-century wars and campaigns) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- A history told by a dozen dates without a year that closes on the writer's present ("The walls are
  today part of a park, and this weekend it marks the anniversary with a parade on Saturday") is still
  a history: now-words that all come after its last story date do not make it news. A report that
  opens on the days around its DCT stays news.
- "at three o'clock on the morning of 11 December": the morning of the date told right after a bare
  hour puts it before noon, as "in the morning" does.
- "fought in 1790 during the Russo-Turkish War of 1787-1792": a span of years naming an event that
  holds the story's own year frames it; the story stays in its year for the dates that follow.
- "Holwell's account, published in 1758, put the dead at 123": when a thing told of was made, later,
  said between commas, does not move the story on.
- "bombarded the town through the 10th", "throughout the 12th": "through", "throughout" and "during"
  lead a day of the month alone as "until" does; "through the 5th grade" is still no day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

FRIDAY = date(2019, 9, 13)
WRITTEN = date(2016, 4, 20)

HISTORY = (
    "The siege of Fort Carrick was fought in 1759 between a French garrison and a British army. The "
    "British landed on June 3 and opened their trenches on June 9. The first battery fired on June 14, "
    "and a sortie on June 20 destroyed two guns. Reinforcements arrived on July 2 and July 11. A mine "
    "was fired under the north bastion on July 19, and the breach was stormed on July 26. The governor "
    "asked for terms on July 28 and the garrison marched out on August 1. Its commander was exchanged "
    "in October and returned to France in December.\n\nThe walls are today part of a state park, and "
    "this weekend it marks the anniversary with a parade on Saturday."
)

REPORT = (
    "The town marks the anniversary of the siege this weekend with a parade on Saturday. The British "
    "landed on June 3 and opened their trenches on June 9. The first battery fired on June 14, and a "
    "sortie on June 20 destroyed two guns. Reinforcements arrived on July 2 and July 11. A mine was fired "
    "under the north bastion on July 19, and the breach was stormed on July 26 in 1759. The governor "
    "asked for terms on July 28 and the garrison marched out on August 1."
)


def test_a_history_closing_on_the_present_is_a_narrative() -> None:
    assert detect_document_kind(HISTORY, FRIDAY) == DocumentKind.NARRATIVE
    rows = {row[0]: row for row in typed(HISTORY, FRIDAY)}
    assert rows["July 26"] == ("July 26", "DATE", "1759-07-26")
    assert rows["Saturday"] == ("Saturday", "DATE", "2019-09-14")


def test_a_report_opening_on_its_week_stays_news() -> None:
    assert detect_document_kind(REPORT, FRIDAY) == DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The columns formed up in silence, and at four o'clock on the morning of 2 June 1799 they moved off.",
            [("four o'clock", "TIME", "1799-06-02T04:00"), ("2 June 1799", "DATE", "1799-06-02")],
        ),
        (
            "The first bombs fell at three o'clock in the early hours of 4 March 1945.",
            [("three o'clock", "TIME", "1945-03-04T03:00"), ("4 March 1945", "DATE", "1945-03-04")],
        ),
        (
            "The guns fell silent at three o'clock on the afternoon of 5 May 1821.",
            [("three o'clock", "TIME", "1821-05-05T15:00"), ("5 May 1821", "DATE", "1821-05-05")],
        ),
    ],
)  # fmt: skip
def test_a_bare_hour_on_the_morning_of_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The town was taken in 1711 during the War of the Spanish Succession of 1701-1714. The siege "
            "had opened on 3 March, and the garrison gave up on 30 April.",
            "30 April",
            "1711-04-30",
        ),
        (
            "Fought in 1863, midway through the American Civil War of 1861-65, the battle began on 1 July "
            "and ended two days later.",
            "two days later",
            "1863-07-03",
        ),
    ],
)
def test_a_named_span_of_years_frames_the_story_year(text: str, surface: str, value: str) -> None:
    found = [row for row in typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) if row[0] == surface]
    assert found == [(surface, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "The ship sank on 14 March 1857. The mate's account, published in 1861, blamed the captain. "
            "The survivors reached Lisbon on 2 April.",
            "2 April",
            "1857-04-02",
        ),
        (
            "The fort fell on 20 May 1703. A plan of the siege, drawn in 1710, shows the breach. The "
            "garrison marched out on 24 May.",
            "24 May",
            "1703-05-24",
        ),
    ],
)
def test_a_later_making_told_between_commas(text: str, surface: str, value: str) -> None:
    found = [row for row in typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) if row[0] == surface]
    assert found == [(surface, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm began on 8 March 1947 and the roads stayed shut through the 10th.",
            [("8 March 1947", "DATE", "1947-03-08"), ("the 10th", "DATE", "1947-03-10")],
        ),
        (
            "The fleet sailed on 9 May 1916, and the gale blew throughout the 12th.",
            [("9 May 1916", "DATE", "1916-05-09"), ("the 12th", "DATE", "1916-05-12")],
        ),
        ("She stayed at the village school through the 5th grade.", []),
    ],
)
def test_a_day_of_the_month_after_through(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected
