"""One table row per construction: our own sentence, its DCT, and the expression it must yield."""

from __future__ import annotations

from datetime import date

import pytest
from timex_support import find

DCT = date(2022, 2, 3)  # a Thursday

ROWS: list[tuple[str, str, str, str | None]] = [
    # dates in every written form
    ("The treaty was signed on February 3, 2022 in Oslo.", "February 3, 2022", "2022-02-03", None),
    ("The treaty was signed on 3 February 2022 in Oslo.", "3 February 2022", "2022-02-03", None),
    ("The forms arrived on 2022-02-01, a day late.", "2022-02-01", "2022-02-01", None),
    ("The forms were filed on 1/28/2022 by the clerk.", "1/28/2022", "2022-01-28", None),
    ("The forms were filed on 2022/01/28 by the clerk.", "2022/01/28", "2022-01-28", None),
    ("The forms were filed on 28.01.2022 by the clerk.", "28.01.2022", "2022-01-28", None),
    ("Prices soared in the early 2000s.", "the early 2000s", "200", "START"),
    ("Steam mills spread in the 1800s.", "the 1800s", "18", None),
    ("The school opened in 1998 with forty pupils.", "1998", "1998", None),
    ("Caesar was killed in 44 BC in Rome.", "44 BC", "BC0044", None),
    ("Charlemagne was crowned in AD 800.", "AD 800", "0800", None),
    ("The plant closed in October 2019 after a fire.", "October 2019", "2019-10", None),
    ("Prices were lower in the 1990s than now.", "the 1990s", "199", None),
    ("The town grew fast in the '90s.", "the '90s", "199", None),
    ("Mills spread across the region in the 19th century.", "the 19th century", "18", None),
    ("Sales fell in the third quarter, the firm said.", "the third quarter", "2021-Q3", None),
    ("Its Q3 2021 results were weak.", "Q3 2021", "2021-Q3", None),
    ("The festival takes place in the summer of 2012.", "the summer of 2012", "2012-SU", None),
    ("Orders rose in fiscal 2021, the report said.", "fiscal 2021", "2021", None),
    # deictic and relative
    ("The minister resigned yesterday after the vote.", "yesterday", "2022-02-02", None),
    ("The minister will speak tomorrow.", "tomorrow", "2022-02-04", None),
    ("The ferry sank the day before yesterday.", "the day before yesterday", "2022-02-01", None),
    ("Turnout fell last year in the north.", "last year", "2021", None),
    ("The shop reopened last week.", "last week", "2022-W04", None),
    ("The vote is set for next month.", "next month", "2022-03", None),
    ("The mill closed three years ago.", "three years ago", "2019", None),
    ("Profits rose earlier this year, the bank said.", "earlier this year", "2022", "START"),
    ("The firm was founded in late 1998.", "late 1998", "1998", "END"),
    ("Rain is expected in mid-March.", "mid-March", "2022-03", "MID"),
    ("The results came out at the end of 1990.", "the end of 1990", "1990", "END"),
    ("We met last Friday near the port.", "last Friday", "2022-01-28", None),
    ("Prices rose last spring.", "last spring", "2021-SP", None),
    # times and parts of day
    ("The blast happened at 3 p.m. in the centre.", "3 p.m.", "2022-02-03T15:00", None),
    ("The ship docked at 15:30 GMT, the port said.", "15:30 GMT", "2022-02-03T15:30", None),
    ("The vote was held at noon yesterday.", "noon yesterday", "2022-02-02T12:00", None),
    ("Shots were heard this morning near the base.", "this morning", "2022-02-03TMO", None),
    ("The fire began late Wednesday night, firemen said.", "late Wednesday night", "2022-02-02TNI", "END"),
    # durations
    ("The hearing lasted two hours.", "two hours", "PT2H", None),
    ("The council approved a three-year plan.", "three-year", "P3Y", None),
    ("The road has been closed for several months.", "several months", "PXM", None),
    ("Net income rose in the first nine months.", "the first nine months", "P9M", None),
    ("The talks lasted more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
    ("The strike lasted at least 30 days.", "at least 30 days", "P30D", "EQUAL_OR_MORE"),
    ("The repair took less than a week.", "less than a week", "P1W", "LESS_THAN"),
    ("The crossing took about 20 minutes.", "about 20 minutes", "PT20M", "APPROX"),
    ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M", None),
    # sets
    ("The market opens every Monday.", "every Monday", "XXXX-WXX-1", None),
    ("The paper is printed daily.", "daily", "P1D", None),
    ("The board meets twice a week.", "twice a week", "P1W", None),
    ("Fees are reviewed annually.", "annually", "P1Y", None),
    # references
    ("The talks are now in their third week.", "now", "PRESENT_REF", None),
    ("Prices have risen recently.", "recently", "PAST_REF", None),
    ("No one knows what the future holds.", "the future", "FUTURE_REF", None),
    ("He left the band in '98.", "'98", "1998", None),
    ("Results for FY2021 were weak.", "FY2021", "2021", None),
    ("Sales rose in H1 2021.", "H1 2021", "2021-H1", None),
    ("They met on the 3rd of February.", "the 3rd of February", "2022-02-03", None),
    ("Wages rose in mid-2020.", "mid-2020", "2020", "MID"),
    ("He quit late last year.", "late last year", "2021", "END"),
    ("The plan covers the next five years.", "the next five years", "P5Y", None),
    ("Rents have doubled over the past decade.", "the past decade", "P10Y", None),
    ("It marked the end of a decades-long feud.", "decades-long", "PXDE", None),
    ("Its third-quarter profit fell.", "third-quarter", "2021-Q3", None),
    ("The firm announced a three-year plan.", "three-year", "P3Y", None),
    ("The rebels attacked at 4 in the morning.", "4 in the morning", "2022-02-03T04:00", None),
    # holidays
    ("The shops will close on Christmas Day.", "Christmas Day", "2022-12-25", None),
    ("The family met at Thanksgiving 2021.", "Thanksgiving 2021", "2021-11-25", None),
    ("The office reopens after New Year's Day.", "New Year's Day", "2022-01-01", None),
    ("The church was full on Easter Sunday 2019.", "Easter Sunday 2019", "2019-04-21", None),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "mod"), ROWS, ids=[row[1] for row in ROWS])
def test_construction(sentence: str, surface: str, value: str, mod: str | None) -> None:
    expression = find(sentence, DCT, surface)
    assert expression.value == value, expression.explanation
    assert expression.mod == mod
    assert expression.explanation.startswith(surface)


def test_sets_carry_quant_and_freq() -> None:
    assert find("The market opens every Monday.", DCT, "every Monday").quant == "EVERY"
    assert find("The board meets twice a week.", DCT, "twice a week").freq == "2X"


def test_day_first_setting_reads_day_before_month() -> None:
    from chronology.settings import Settings
    from chronology.timex import resolve_expressions

    text = "The forms were filed on 2/3/2022 by the clerk."
    assert resolve_expressions(text, DCT)[0].value == "2022-02-03"
    assert resolve_expressions(text, DCT, settings=Settings(day_first=True))[0].value == "2022-03-02"


def test_a_range_gives_two_expressions() -> None:
    from chronology.timex import resolve_expressions

    found = [(e.text, e.value) for e in resolve_expressions("The fair runs March 3-5 in the park.", DCT)]
    assert found == [("March 3", "2022-03-03"), ("5", "2022-03-05")]
    found = [(e.text, e.value) for e in resolve_expressions("He led the firm from 1998 to 2000.", DCT)]
    assert found == [("1998", "1998"), ("2000", "2000")]
    found = [
        (e.text, e.value)
        for e in resolve_expressions("Prices rose between May and July, it said.", date(1999, 10, 28))
    ]
    assert found == [("May", "1999-05"), ("July", "1999-07")]


def test_date_and_time_carry_granularity_and_interval() -> None:
    expression = find("The treaty was signed on February 3, 2022 in Oslo.", DCT, "February 3, 2022")
    assert expression.granularity is not None and expression.granularity.value == "day"
    assert expression.interval is not None and expression.interval.start.day == 3
