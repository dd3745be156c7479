"""Rules added after the fifty-fourth blind narrative set (`data/gold/timex/blind_narrative_54.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A day word capitalised inside a sentence and followed by a possessive and a capitalised word ("the
  serial Tomorrow's Children", "the film Yesterday's Heroes") is a title, not a day; a stray day counted
  from the DCT also made a film history read as news, so its yearless months took the DCT's year.
- Plural weekdays a show or a service is moved off ("was moved from Saturdays to Monday evenings") are a
  standing day, as those it is moved to ("after moving to Fridays") are.
- "On many days", "on some days": some of the days the story covers, not a length of time.
- A feast before a plural thing named for it, after "the" ("the first of the Christmas specials", "the
  Easter eggs"), names a kind of thing, as "a Christmas gift" does; "the Christmas holidays" is still the
  feast's time.
- A count set off by commas right after a date of its own unit ("announced in July 2017, two months
  later, with ...") restates that date rather than counting on from it.
- In a story told in the past, a month after "until" in a present or future clause ("The exhibition runs
  until January") is the writer's coming month, not one of the story's year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WRITTEN = date(2023, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opening serial, Tomorrow's Children, ran for four weeks.",
            [("four weeks", "DURATION", "P4W")],
        ),
        ("Her second film, Yesterday’s Heroes, was a failure.", []),
        ("The council said tomorrow's vote would go ahead.", [("tomorrow", "DATE", "2023-11-21")]),
    ],
)
def test_a_day_word_in_a_possessive_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


def test_a_possessive_title_leaves_a_history_told_in_its_own_years() -> None:
    text = (
        "In the spring of 1963 the head of drama asked a small team to devise a family serial, and a "
        "producer was appointed in June. The opening serial, Tomorrow's Children, ran for four weeks. "
        "The series was cancelled in 1989 and revived in 2005. It moved to colour in January 1970 and "
        "was followed in 1977 by a new lead. The last season ended last week, and the first of three "
        "specials is on Saturday."
    )
    found = {surface: value for surface, _type, value in typed(text, WRITTEN)}
    assert found["June"] == "1963-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1985 the series was moved from Saturdays to Monday evenings.",
            [
                ("1985", "DATE", "1985"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("Monday evenings", "SET", "XXXX-WXX-1TEV"),
            ],
        ),
        (
            "The market switched from Sundays to Friday mornings.",
            [("Sundays", "SET", "XXXX-WXX-7"), ("Friday mornings", "SET", "XXXX-WXX-5TMO")],
        ),
        ("Letters from Saturdays long gone filled the box.", []),
    ],
)
def test_a_standing_day_moved_from(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On many days this left the crew with little light.", []),
        ("On some days the ferry did not sail.", []),
        ("The boat was at sea for many days.", [("many days", "DURATION", "PXD")]),
        ("It took several days to rebuild the set.", [("several days", "DURATION", "PXD")]),
    ],
)
def test_some_of_the_days_is_no_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first of the Christmas specials followed in 2005.", [("2005", "DATE", "2005")]),
        ("The children hunted for the Easter eggs in the garden.", []),
        ("He went home for the Christmas holidays.", [("Christmas", "DATE", "2022-12-25")]),
        ("They were married at Christmas.", [("Christmas", "DATE", "2022-12-25")]),
    ],
)
def test_a_feast_naming_a_kind_of_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The network bought the rights in May 2017, and the series was announced in July 2017, two "
            "months later, with a large budget.",
            [
                ("May 2017", "DATE", "2017-05"),
                ("July 2017", "DATE", "2017-07"),
                ("two months later", "DATE", "2017-07"),
            ],
        ),
        (
            "She stood for the council in 1986 and was elected in 1990, four years later, on a second try.",
            [("1986", "DATE", "1986"), ("1990", "DATE", "1990"), ("four years later", "DATE", "1990")],
        ),
        (
            "She was elected in 1990. Four years later, she resigned.",
            [("1990", "DATE", "1990"), ("Four years later", "DATE", "1994")],
        ),
    ],
)
def test_a_count_in_apposition_restates_the_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


def test_a_present_run_until_a_month_in_a_story_told_in_the_past() -> None:
    story = (
        "The first episode was broadcast on 23 November 1963. The series was cancelled in 1989 and "
        "revived in 2005. A special was shown on 23 November 2013, and the prop appears on a 2013 stamp. "
    )
    assert typed(story + "The exhibition runs until January.", WRITTEN)[-1] == ("January", "DATE", "2024-01")
    assert typed(story + "He stayed with the show until January.", WRITTEN)[-1] == (
        "January",
        "DATE",
        "2013-01",
    )
