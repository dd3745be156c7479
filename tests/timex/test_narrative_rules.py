"""How a story's dates move: they stay in the year the story is in, cross a year's end forward (or back
in a flashback), and a present-tense "today" is the writer's now. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import analyze_text

NARRATIVE = DocumentKind.NARRATIVE

STORY = (
    "The mill opened in September 1887. On December 2 the first bales arrived, and the next day the looms "
    "started. In March the owners had borrowed heavily. Early in 1890 the river flooded the yard. By the "
    "end of the decade the mill employed four hundred hands. Earlier in the year a strike had closed it."
)


def test_a_story_without_dct_is_a_narrative_that_moves_forward() -> None:
    analysis = analyze_text(STORY, None)
    assert analysis.kind == "narrative"
    found = [(e.text, e.value, e.mod) for e in analysis.expressions]
    assert found == [
        ("September 1887", "1887-09", None),
        ("December 2", "1887-12-02", None),
        ("the next day", "1887-12-03", None),
        ("March", "1887-03", None),  # "had borrowed": a flashback, before the reference time
        ("Early in 1890", "1890", "START"),
        ("the end of the decade", "189", "END"),
        ("Earlier in the year", "1890", "START"),
    ]


# (text, DCT, the expression, its value): a date without a year in a story
YEARLESS = [
    # the story stays in the year it is in, even for a date a little before the reference time
    ("The retreat of the autumn of 1812 was a disaster. The army had crossed the river on 24 June.",
     None, "24 June", "1812-06-24"),
    ("Few who lived through the autumn of 1812 forgot the army that crossed the river on 24 June.",
     date(2024, 3, 15), "24 June", "1812-06-24"),
    ("The colony was founded in May 1620. In November the first ship returned.", None, "November", "1620-11"),
    ("The colony was founded in May 1620. In April the first ship returned.", None, "April", "1620-04"),
    ("The colony was founded in May 1620. In April the settlers had sailed.", None, "April", "1620-04"),
    # over a year's end forward, and back over it in a past-perfect flashback
    ("The siege began on 30 December 1941. On 2 January the garrison surrendered.",
     None, "2 January", "1942-01-02"),
    ("The garrison surrendered on 2 January 1942. The siege had begun on 28 December.",
     None, "28 December", "1941-12-28"),
    ("They were back at base on 25 January 1912. The rival party had left on 1 November.",
     date(2025, 1, 10), "1 November", "1911-11-01"),
    ("The search party found the tent on 12 November 1912. The news had reached Hobart on 7 March.",
     date(2025, 1, 10), "7 March", "1912-03-07"),
    ("The army entered the city in November 1942. In February the last pocket surrendered.",
     None, "February", "1943-02"),
    # a year-only reference: the year itself
    ("In 1938 the factory opened, and in December it produced its first car.", None, "December", "1938-12"),
    ("The capital fell in 1453. In May the walls were breached.", date(2023, 1, 1), "May", "1453-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "value"), YEARLESS)
def test_a_date_without_year_follows_the_story(text: str, dct: date | None, surface: str, value: str) -> None:
    expressions = analyze_text(text, dct, kind=NARRATIVE).expressions
    assert [e.value for e in expressions if e.text == surface] == [value]


# (text, DCT, the expression, its value): periods relative to the story's reference time
RELATIVE = [
    ("He was admitted to the bar in 1836. The following spring he moved to the capital.",
     None, "The following spring", "1837-SP"),
    ("He was admitted to the bar in 1836. The previous winter he had studied alone.",
     None, "The previous winter", "1835-WI"),
    ("In 1832 he lost the election. That summer he served as a captain.", None, "That summer", "1832-SU"),
    ("The prize came in 1945. In his lecture that December he warned of resistance.",
     None, "that December", "1945-12"),
    ("In AD 800, on Christmas Day, the pope crowned the king.", None, "Christmas Day", "0800-12-25"),
    ("The treaty was signed in March 1919. On Christmas Day the delegates went home.",
     date(2020, 6, 1), "Christmas Day", "1919-12-25"),
    ("The fleet was attacked on 7 December 1941. On Thursday Germany declared war.",
     date(2022, 5, 1), "Thursday", "1941-12-11"),
    ("The fleet was attacked on 7 December 1941. On Thursday the envoys had met in Washington.",
     date(2022, 5, 1), "Thursday", "1941-12-04"),
    ("On Sunday, 7 December 1941, the fleet was attacked. The following Monday Congress declared war.",
     date(2022, 5, 1), "The following Monday", "1941-12-08"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "value"), RELATIVE)
def test_relative_periods_count_from_the_story(text: str, dct: date | None, surface: str, value: str) -> None:
    expressions = analyze_text(text, dct, kind=NARRATIVE).expressions
    assert [e.value for e in expressions if e.text == surface] == [value]


# (text, DCT, value of "today"/"now"): the writer's now in a present-tense clause
SPEAKER_NOW = [
    ("The explorer reached the lake in May 1871. Her letters are still read today.", date(2024, 5, 1), "2024-05-01"),
    ("The emperor died in 1821. Today historians still debate his legacy.", date(2024, 3, 15), "2024-03-15"),
    ("The emperor died in 1821. Today historians still debate his legacy.", None, "PRESENT_REF"),
    ("Gibbon published the last volume in 1788. Today the forum is a ruin that tourists visit.",
     None, "PRESENT_REF"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "value"), SPEAKER_NOW)
def test_a_present_tense_today_in_a_story_is_the_writers_now(text: str, dct: date | None, value: str) -> None:
    expressions = analyze_text(text, dct, kind=NARRATIVE).expressions
    assert [e.value for e in expressions if e.text.lower() == "today"] == [value]


def test_a_past_tense_today_in_a_story_stays_in_the_story() -> None:
    text = "The envoy arrived on 3 May 1805. Today, he wrote in his diary, the king received me."
    expressions = analyze_text(text, date(2024, 1, 1), kind=NARRATIVE).expressions
    assert [e.value for e in expressions if e.text == "Today"] == ["1805-05-03"]


# (text, every expression as (text, value)): the first day of a range takes the month and year of its end
RANGES = [
    ("At Leipzig, between 16 and 19 October 1813, the allies defeated the emperor.",
     [("16", "1813-10-16"), ("19 October 1813", "1813-10-19")]),
    ("The winter of 1812 was cruel. Between 26 and 29 November the survivors crossed the river.",
     [("The winter of 1812", "1812-WI"), ("26", "1812-11-26"), ("29 November", "1812-11-29")]),
    ("The congress met in 1815. From 3 to 7 May the delegates argued.",
     [("1815", "1815"), ("3", "1815-05-03"), ("7 May", "1815-05-07")]),
    ("The games were held 16-19 October 2001.", [("16", "2001-10-16"), ("19 October 2001", "2001-10-19")]),
    ("The battle was fought in 1863, on July 1-3.", [("1863", "1863"), ("July 1", "1863-07-01"), ("3", "1863-07-03")]),
    ("He scored 16 and 19 October was the date.", [("19 October", "XXXX-10-19")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_day_opening_a_range_takes_the_month_of_its_end(text: str, expected: list[tuple[str, str]]) -> None:
    expressions = analyze_text(text, None, kind=NARRATIVE).expressions
    assert [(e.text, e.value) for e in expressions] == expected


# (text, every expression as (text, value)): years before AD 1000 and before Christ
EARLY_YEARS = [
    ("According to legend, the city was founded on 21 April 753 BC.", [("21 April 753 BC", "BC0753-04-21")]),
    ("Caesar crossed the river in January 49 BC.", [("January 49 BC", "BC0049-01")]),
    ("In January 27 BC the Senate gave him a new name.", [("January 27 BC", "BC0027-01")]),
    ("The city fell in 146 BC. The following year the war ended, and in the same year a town burned.",
     [("146 BC", "BC0146"), ("The following year", "BC0145"), ("the same year", "BC0145")]),
    ("He was born in 4 BC. Five years later he moved to Egypt.", [("4 BC", "BC0004"), ("Five years later", "0002")]),
    ("Caesar crossed the river in 49 BC. In March he reached the coast.", [("49 BC", "BC0049"), ("March", "BC0049-03")]),
    ("The city was sacked on 24 August 410, and the last emperor was deposed in 476.",
     [("24 August 410", "0410-08-24"), ("476", "0476")]),
    ("A new capital was founded in 330, and in 395 the empire was divided.", [("330", "0330"), ("395", "0395")]),
    ("Alfred reoccupied the old city in 886.", [("886", "0886")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EARLY_YEARS)
def test_early_years_are_dates(text: str, expected: list[tuple[str, str]]) -> None:
    expressions = analyze_text(text, None, kind=NARRATIVE).expressions
    assert [(e.text, e.value) for e in expressions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in 300 stores last quarter.",
        "The team played in 886 games over its history.",
        "Prices rose in 150, 200 and 300 cases.",
        "On August 24 410 people came to the meeting.",
    ],
)
def test_three_digit_quantities_are_not_years(text: str) -> None:
    values = [e.value for e in analyze_text(text, date(2020, 1, 1)).expressions]
    assert not any(value.startswith("0") for value in values)


def test_a_year_followed_by_a_verb_is_a_year() -> None:
    text = "The invasion of the country in 1812 was the largest operation of its time."
    assert [(e.text, e.value) for e in analyze_text(text, None).expressions] == [("1812", "1812")]


# (text, DCT, the expression, its value): how far back a story's date may lie and keep its year
CLAUSES = [
    # the story's own clause: more than a season back means the next year
    ("In May 1428 she asked to see the prince and was sent home. She returned in January.",
     None, "January", "1429-01"),
    ("The town had been under siege since October 1428. Joan arrived there on 29 April.",
     None, "29 April", "1429-04-29"),
    ("The campaign reached its height in April 1428. In January the first troops had arrived.",
     None, "January", "1428-01"),
    # a relative clause describes background: the year holds unless half a year away
    ("In October 1812 the men remembered the army that crossed the river on 24 June.",
     None, "24 June", "1812-06-24"),
    ("In October 1812 the army crossed the river on 24 June.", None, "24 June", "1813-06-24"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "value"), CLAUSES)
def test_a_main_clause_moves_on_a_relative_clause_looks_back(
    text: str, dct: date | None, surface: str, value: str
) -> None:
    expressions = analyze_text(text, dct, kind=NARRATIVE).expressions
    assert [e.value for e in expressions if e.text == surface] == [value]


# (text, DCT, every expression as (text, value)): the writer's now and the story's
WRITERS_NOW = [
    ("The hall reopened in September 2009. Last year the library lent a million items.",
     date(2025, 2, 1), [("September 2009", "2009-09"), ("Last year", "2024")]),
    ("The hall reopened in 2009. A new wing was built two years ago, and by the end of the year the hall was full.",
     date(2025, 2, 1), [("2009", "2009"), ("two years ago", "2023"), ("the end of the year", "2009")]),
    ('The general wrote in 1862: "Last year we lost everything."', date(2025, 2, 1),
     [("1862", "1862"), ("Last year", "1861")]),
    ("The emperor died in 1821. Today his tomb is a museum. The following year his will was read.",
     date(2024, 3, 15), [("1821", "1821"), ("Today", "2024-03-15"), ("The following year", "1822")]),
    ("The hall reopened in 2009. Last year it lent a million items.", None,
     [("2009", "2009"), ("Last year", "2008")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), WRITERS_NOW)
def test_the_writers_now_is_an_aside_in_the_story(
    text: str, dct: date | None, expected: list[tuple[str, str]]
) -> None:
    expressions = analyze_text(text, dct, kind=NARRATIVE).expressions
    assert [(e.text, e.value) for e in expressions] == expected


def test_a_story_counts_on_from_the_day_a_week_later_lands_on() -> None:
    text = "The armistice was signed on 14 November 1918. A week later the army left. Two days later it crossed the river."
    expressions = analyze_text(text, None, kind=NARRATIVE).expressions
    assert [(e.text, e.value) for e in expressions] == [
        ("14 November 1918", "1918-11-14"),
        ("A week later", "1918-W47"),
        ("Two days later", "1918-11-23"),
    ]


# (text, every expression as (text, type, value, mod)): what history texts name
HISTORY_PHRASES = [
    ("She was born during the Hundred Years' War and he fought in the Seven Years\u2019 War.", []),
    ("The title survived until 1806, more than a thousand years after the coronation.",
     [("1806", "DATE", "1806", None), ("more than a thousand years", "DURATION", "P1L", "MORE_THAN")]),
    ("The first volume appeared in 1776 and the last twelve years later.",
     [("1776", "DATE", "1776", None), ("twelve years later", "DATE", "1788", None)]),
    ("Maria Lopez (born 1985) is an engineer. Her father (died 2001) was a miner.",
     [("1985", "DATE", "1985", None), ("2001", "DATE", "2001", None)]),
    ("In the early morning of 6 June 1944 paratroopers landed.", [("6 June 1944", "DATE", "1944-06-06", None)]),
    ("Over the winter of 1941\u201342 the army froze.", [("the winter of 1941\u201342", "DATE", "1941-WI", None)]),
    ("The great arc was completed in 1841. In 1847 observers noted a distant peak.",
     [("1841", "DATE", "1841", None), ("1847", "DATE", "1847", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HISTORY_PHRASES)
def test_history_phrases(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    expressions = analyze_text(text, None, kind=NARRATIVE).expressions
    assert [(e.text, str(e.type), e.value, e.mod) for e in expressions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lincoln was born on February 12, 1809. His mother died in the autumn of 1818. His father remarried "
        "the following year.",
        "The bridge was built between 1883 and 1887. It opened on 12 May and carried trams until 1950.",
        "The Fram left Norway in August 1910. Two weeks later it reached Madeira.",
    ],
)
def test_a_short_story_in_its_own_past_is_a_narrative(text: str) -> None:
    assert analyze_text(text, date(2024, 6, 1)).kind == "narrative"


@pytest.mark.parametrize(
    "text",
    [
        "The company, founded in 1998, said on Friday that profits rose.",
        "Officials said last week that the 1987 law would be changed next year.",
    ],
)
def test_news_that_recalls_the_past_stays_news(text: str) -> None:
    assert analyze_text(text, date(2024, 6, 1)).kind == "news"


# (text, every expression as (text, value)): a range's opening takes the year its end names
RANGE_YEARS = [
    ("Operation Barbarossa (22 June \u2013 5 December 1941) was the largest invasion in history.",
     [("22 June", "1941-06-22"), ("5 December 1941", "1941-12-05")]),
    ("Between June and August 1943 the island was taken.", [("June", "1943-06"), ("August 1943", "1943-08")]),
    ("The campaign (December \u2013 March 1942) failed.", [("December", "1941-12"), ("March 1942", "1942-03")]),
    ("The talks ran from June 22 to Dec. 5, 1998.", [("June 22", "1998-06-22"), ("Dec. 5, 1998", "1998-12-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANGE_YEARS)
def test_a_range_opening_takes_the_year_of_its_end(text: str, expected: list[tuple[str, str]]) -> None:
    expressions = analyze_text(text, date(2024, 6, 1), kind=NARRATIVE).expressions
    assert [(e.text, e.value) for e in expressions] == expected


# (text, value of the winter): a winter is named by the year of its December
WINTERS = [
    ("Between June and August 1943 the island was taken. The winter was hard.", "1943-WI"),
    ("The offensive stalled in February 1942. The winter was hard.", "1941-WI"),
    ("The offensive began in June 1942. The men had spent the winter in trenches.", "1941-WI"),
    ("The offensive began on 10 December 1942. The winter was hard.", "1942-WI"),
]


@pytest.mark.parametrize(("text", "value"), WINTERS)
def test_a_story_winter_is_the_one_it_is_in_or_the_next(text: str, value: str) -> None:
    expressions = analyze_text(text, None, kind=NARRATIVE).expressions
    assert [e.value for e in expressions if e.text.lower() == "the winter"] == [value]
