"""A leftovers pass on anchoring in stories, habits and finding: each row is a sentence of our own showing
the general English usage behind one finding, with the look-alikes that must stay as they are.

- "The ship reached Bergen in 1349. The river freezes in October.": a present "-s" form that is also a
  plural noun ("freezes", "floods") after a determiner and a singular noun that open the clause, with only a
  preposition between it and the date, is the clause's verb when no verb follows the date in its sentence;
  the present of what recurs then makes the month every year's (XXXX-10). "The river floods in April were
  the worst" has a verb after the date (there "floods" is the noun), and "leaving the harbour steps at
  10am" has the noun phrase as an object, not a subject.
- "The fair is held on the first Saturday of June every year", "every year on the last Monday of May": the
  day a yearly set falls on is that day of every year, as "every year on 8 September" is (XXXX-09-08); a
  weekday counted in a named month keeps the month (XXXX-06-XX), a fixed feast its day. Without the yearly
  set the day is the coming one.
- "All walks start at 9.30am unless stated", "Tours leave the gatehouse at 11.30am": a run of events named
  in the plural opening a sentence in the simple present (or after "all", in any tense but the past) has a
  standing time, that time of every day (as blind_itineraries tags it); "Talks start at 9.30am" (no
  event of a run), "Walks will start at 9.30am" and "All matches kicked off at 3pm" keep the day.
- "His cousin (he had arrived in 1840) found work": a bracket opening a past-perfect clause is an aside,
  as ", who had arrived in 1840," is; "The following January" counts from the story's year, not the aside's.
- "The subsidies the farmers asked for end this year": a preposition left at the close of a relative clause
  after its past verb belongs to that verb, so "end" is the main verb and "this year" carries no END; "The
  audit was scheduled for end this year" and "Figures for end this year" keep the modifier.
- "Pick up the Friday bags", "the Monday papers": what a weekly round brings or takes away, named by its
  weekday, is no date (as "Friday collections" is not); "Friday's papers" is one day's. After a preposition
  of dating that opens its clause the weekday is the date and the noun the subject ("On Friday buses were
  cancelled", "From Monday trains will run hourly"); "Fares on Sunday buses" stays the service.
- "A dry autumn ruined the harvest" in a story of 1901: weather told of a season that is the subject of a
  past verb makes it one lived through (1901-FA, as blind_news_97's "a dry [autumn]" is); "A dry autumn is
  bad for the vines" stays untagged, and "a hot summer job" is a kind of job.
- "won by a hundredth of a second": a hundredth or a thousandth of a unit is a length, as a tenth is.

Already right when checked: "The club, which meets annually, held its dinner on the Saturday after 1 May"
(the dinner dated, "annually" the set); a section under its own heading counts from the section's year;
"3.3.63" (1963-03-03); "The shop closes in January" in a past story (XXXX-01).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

SUNDAY = date(2024, 3, 10)
NARRATIVE = DocumentKind.NARRATIVE
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ship reached Bergen in 1349. The river freezes in October.",
            [("1349", "DATE", "1349"), ("October", "DATE", "XXXX-10")],
        ),
        (
            "The town was founded in 1702. In spring the snow melts, and the river floods in April.",
            [("1702", "DATE", "1702"), ("spring", "DATE", "1702-SP"), ("April", "DATE", "XXXX-04")],
        ),
        # a verb after the date: "floods" is the noun, and the month is the story's
        (
            "The ship reached Bergen in 1349. The river floods in April were the worst in memory.",
            [("1349", "DATE", "1349"), ("April", "DATE", "1349-04")],
        ),
        # the noun phrase is an object, not a subject opening its clause
        (
            "She sailed in 1905, leaving the harbour steps at 10am.",
            [("1905", "DATE", "1905"), ("10am", "TIME", "1905-XX-XXT10:00")],
        ),
    ],
)
def test_present_s_form_before_a_date_is_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


def test_present_s_form_in_news_is_the_coming_month() -> None:
    assert typed("The river floods in April.", SUNDAY, NEWS) == [("April", "DATE", "2024-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair is held on the first Saturday of June every year.",
            [("the first Saturday of June", "DATE", "XXXX-06-XX"), ("every year", "SET", "P1Y")],
        ),
        (
            "The rowing race is run on the last Sunday of September each year.",
            [("the last Sunday of September", "DATE", "XXXX-09-XX"), ("each year", "SET", "P1Y")],
        ),
        (
            "The village holds its show every year on the last Monday of May.",
            [("every year", "SET", "P1Y"), ("the last Monday of May", "DATE", "XXXX-05-XX")],
        ),
        (
            "They eat goose every year on Christmas Day.",
            [("every year", "SET", "P1Y"), ("Christmas Day", "DATE", "XXXX-12-25")],
        ),
        # no yearly set: the coming one
        (
            "The fair is held on the first Saturday of June.",
            [("the first Saturday of June", "DATE", "2024-06-01")],
        ),
    ],
)
def test_day_of_a_yearly_set_keeps_its_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All walks start at 9.30am unless stated.", [("9.30am", "TIME", "XXXX-XX-XXT09:30")]),
        ("Walks start at 9.30am. Bring boots.", [("9.30am", "TIME", "XXXX-XX-XXT09:30")]),
        ("Tours leave the gatehouse at 11.30am.", [("11.30am", "TIME", "XXXX-XX-XXT11:30")]),
        ("All classes begin at 7pm.", [("7pm", "TIME", "XXXX-XX-XXT19:00")]),
        # no run of events, a "will", a past: the day of the DCT
        ("Talks start at 9.30am.", [("9.30am", "TIME", "2024-03-10T09:30")]),
        ("Walks will start at 9.30am.", [("9.30am", "TIME", "2024-03-10T09:30")]),
        ("All matches kicked off at 3pm.", [("3pm", "TIME", "2024-03-10T15:00")]),
    ],
)
def test_standing_time_of_a_run_of_events(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The family settled in Ohio in 1845. His cousin (he had arrived in 1840) found work at the mill. "
            "The following January the mill burned.",
            [
                ("1845", "DATE", "1845"),
                ("1840", "DATE", "1840"),
                ("The following January", "DATE", "1846-01"),
            ],
        ),
        (
            "The war began in 1861. Her brother (who had left in 1850) returned. The following spring he enlisted.",
            [("1861", "DATE", "1861"), ("1850", "DATE", "1850"), ("The following spring", "DATE", "1862-SP")],
        ),
        # a past perfect outside brackets still moves the story
        (
            "Her father had left in 1902. A century later the house was sold.",
            [("1902", "DATE", "1902"), ("A century later", "DATE", "2002")],
        ),
    ],
)
def test_bracketed_past_perfect_is_an_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The subsidies the farmers asked for end this year.", [("this year", "2024", None)]),
        ("The curbs the union warned of end this month.", [("this month", "2024-03", None)]),
        ("The loans they paid for end next year.", [("next year", "2025", None)]),
        # "end" after a preposition of its own keeps the modifier
        ("The audit was scheduled for end this year.", [("end this year", "2024", "END")]),
        ("Figures for end this year are due.", [("end this year", "2024", "END")]),
        ("Delivery is planned for end next month.", [("end next month", "2024-04", "END")]),
    ],
)
def test_end_after_a_stranded_preposition_is_a_verb(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pick up the Friday bags at the door.", []),
        ("Leave the Monday papers in the hall.", []),
        ("Fares on Sunday buses are lower.", []),
        ("Friday's papers led on the vote.", [("Friday", "DATE", "2024-03-08")]),
        # after a preposition of dating that opens its clause, the weekday is the date
        ("On Friday buses were cancelled.", [("Friday", "DATE", "2024-03-08")]),
        ("On Friday bags of rice arrived.", [("Friday", "DATE", "2024-03-08")]),
        (
            "From Monday trains will run hourly.",
            [("Monday", "DATE", "2024-03-11"), ("hourly", "SET", "PT1H")],
        ),
    ],
)
def test_weekday_naming_a_weekly_round(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The vineyard was planted in 1901. A dry autumn ruined the harvest.",
            None,
            NARRATIVE,
            [("1901", "DATE", "1901"), ("autumn", "DATE", "1901-FA")],
        ),
        (
            "In 1901 a wet spring delayed the planting.",
            None,
            NARRATIVE,
            [("1901", "DATE", "1901"), ("spring", "DATE", "1901-SP")],
        ),
        ("A dry autumn cut the yield by a third.", SUNDAY, NEWS, [("autumn", "DATE", "2023-FA")]),
        # generic, or a kind of job
        ("A dry autumn is bad for the vines.", None, NARRATIVE, []),
        (
            "The vines were planted in 1901. A hot summer job paid for them.",
            None,
            NARRATIVE,
            [("1901", "DATE", "1901")],
        ),
    ],
)
def test_season_lived_through_as_a_subject(
    text: str, dct: date | None, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She won the sprint by a hundredth of a second.",
            [("a hundredth of a second", "DURATION", "PT0.01S")],
        ),
        ("He lost by a thousandth of a second.", [("a thousandth of a second", "DURATION", "PT0.001S")]),
        ("The index rose by a hundredth of a point.", []),
    ],
)
def test_a_hundredth_of_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1912 the club, which meets annually, held its dinner on the Saturday after 1 May.",
            [
                ("1912", "DATE", "1912"),
                ("annually", "SET", "P1Y"),
                ("the Saturday after 1 May", "DATE", "1912-05-04"),
            ],
        ),
        (
            "The mill was built in 1788. The shop closes in January and opens in March.",
            [("1788", "DATE", "1788"), ("January", "DATE", "XXXX-01"), ("March", "DATE", "XXXX-03")],
        ),
    ],
)
def test_already_right(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
