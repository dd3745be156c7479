"""Rules added after the nineteenth blind narrative set (`data/gold/timex/blind_narrative_19.jsonl`, articles
on recent disasters written a year or two after them) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- An article written a year or so after its story, opening on the story's dated past ("The 2013 flood
  began on 14 June 2013") and going on by dates without a year ("on 16 June", "until 2 July"), is told as
  history: those dates fall in the story's year, not in the year before the DCT, as long as nothing ties
  it to the days of the week it was published in. A story that ended only weeks before the DCT, or a
  report dated by the weekdays around its DCT, is still news. A dozen such dates outweigh a present-day
  figure ("In July 2014 the council counted") and a plan ("to be finished by 2017") among the years.
- "close to" before a length means nearly that long, as "nearly" and "almost" do (LESS_THAN).
- "waited days", "waited hours": a plural unit with no number after "waited" is a length, as after
  "spent" or "took".
- A unit of a radiation dose before "an hour" or "per hour" makes a dose rate, as a unit of length makes
  a speed: "0.8 millisieverts an hour" is not a recurring hour.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import only, typed

A_YEAR_ON = date(2014, 8, 11)

FLOOD_A_YEAR_ON = (
    "The 2013 Redvale flood began on 14 June 2013, when the river broke through an earth bank above the "
    "town after a week of rain. Water reached the market square on 16 June and did not drain away until "
    "2 July. Volunteers had cleared the main streets by 20 July, and the last families went home on 3 "
    "September."
)


def test_an_article_a_year_after_its_story_is_told_as_history() -> None:
    assert detect_document_kind(FLOOD_A_YEAR_ON, A_YEAR_ON) == DocumentKind.NARRATIVE
    assert typed(FLOOD_A_YEAR_ON, A_YEAR_ON) == [
        ("2013", "DATE", "2013"),
        ("14 June 2013", "DATE", "2013-06-14"),
        ("a week", "DURATION", "P1W"),
        ("16 June", "DATE", "2013-06-16"),
        ("2 July", "DATE", "2013-07-02"),
        ("20 July", "DATE", "2013-07-20"),
        ("3 September", "DATE", "2013-09-03"),
    ]


STORM_A_YEAR_ON = (
    "The Redvale storm struck in early June 2013. It formed on June 3 and reached the coast on June 5, "
    "when the river rose two metres. The dam was closed on June 6 and opened again on June 9. Power came "
    "back on June 12, schools reopened on June 17 and the last road was cleared on June 24. Insurers paid "
    "the first claims on July 1, and the army left on July 8. The town held a public inquiry from August 4 "
    "to August 15. In July 2014 the council counted 40 homes still empty, and the new flood wall is to be "
    "finished by 2017."
)


def test_a_dozen_story_dates_outweigh_a_present_day_figure_and_a_plan() -> None:
    assert detect_document_kind(STORM_A_YEAR_ON, A_YEAR_ON) == DocumentKind.NARRATIVE
    values = {surface: value for surface, _, value in typed(STORM_A_YEAR_ON, A_YEAR_ON)}
    assert values["June 3"] == "2013-06-03"
    assert values["July 8"] == "2013-07-08"
    assert values["August 4"] == "2013-08-04"
    assert values["July 2014"] == "2014-07"


@pytest.mark.parametrize(
    "text",
    [
        # the story ended weeks before the DCT: news of the recent past
        FLOOD_A_YEAR_ON.replace("2013", "2014"),
        # a report dated by the days of its own week stays news however far back it reaches
        "The council said on Friday that the 2013 flood, which began on 14 June 2013, had cost more than "
        "expected. Water reached the square on 16 June and drained away on 2 July; repairs end on 30 "
        "September.",
    ],
)
def test_a_recent_story_or_a_report_of_this_week_stays_news(text: str) -> None:
    assert detect_document_kind(text, A_YEAR_ON) == DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ground shook for close to ten minutes.", [("close to ten minutes", "PT10M", "LESS_THAN")]),
        ("The climb took close to three hours.", [("close to three hours", "PT3H", "LESS_THAN")]),
        ("The climb took nearly three hours.", [("nearly three hours", "PT3H", "LESS_THAN")]),
    ],
)
def test_close_to_before_a_length_is_nearly(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, A_YEAR_ON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Passengers waited days for a ferry.", [("days", "DURATION", "PXD")]),
        ("Relatives waited hours outside the gates.", [("hours", "DURATION", "PTXH")]),
        ("Relatives waited outside the gates.", []),
    ],
)
def test_a_bare_unit_after_waited_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, A_YEAR_ON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Readings near the gate reached 0.8 millisieverts an hour.", []),
        ("The meter showed 40 microsieverts per hour at the fence.", []),
        ("The guards were changed twice an hour.", [("twice an hour", "SET", "PT1H")]),
    ],
)
def test_a_dose_before_an_hour_is_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, A_YEAR_ON) == expected
