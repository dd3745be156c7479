"""How today's news and business articles write times: one row per construction, each our own sentence.

Expectations follow the TimeML 1.2.1 guidelines and TempEval-3 practice where they decide a value,
and plain English date usage elsewhere. Decisions worth stating:

- Fiscal years ("fiscal 2024", "FY2023", "fiscal year 2024") take the plain year as value. TIMEX3 has
  no fiscal-year notation (the "FY1989" form belongs to the older TIMEX2 guidelines), and TimeML
  annotators give "fiscal 1989" the value 1989; a fiscal quarter likewise is written 2022-Q3.
- A half named with its year ("the first half of 2022", "H1 2022", "first-half") is a half-year,
  2022-H1, not the year with a START mod: TIMEX3 has a value for it.
- A span of years or days written with a dash or "to" ("2019-2021", "March 3-5", "from 1998 to
  2000") is two expressions, as TimeML leaves the connective outside both; an abbreviated second
  year ("1939-45") still names its full year (1945). A sports season named by its years ("the
  2022-23 season") is not tagged, as the project's gold sets leave it; a school year is named by the
  year it ends in, as a financial year is.
- A year that only modifies a noun ("the 2020 election", "the 2024 Olympics") is tagged alone.
- "the past 12 months", "in recent days": spans up to now, durations; so is "the past week" with a
  single unit, as "the past decade" is (the project's gold sets tag it so; "last week" and "the last
  week" are the calendar week before the DCT's).
- "year-to-date" is the current year, as "so far this year" tags "this year".
- A part of a day ("Wednesday morning", "last night") is a TIME (TimeML types a day's part as a time).
- A relative date takes the granularity of its unit: "two weeks from now" is a week; "this time
  last year" counts from the DCT's day and stays a day.
- "in two weeks": the tagged expression is the duration "two weeks" ("in" is a signal), while
  "two weeks from now" names a date.
- A clock time followed by "on Monday": the preposition splits it into a time and a date; "the
  night of Nov. 8" tags the date alone, as TimeML annotators do.
- A weekday written with a date ("Monday, Jan. 9") picks the year in which that day is that weekday.
- A bare season names a time after a preposition ("in winter"); before a noun ("a summer job",
  "winter coats") it names a kind of thing and is left alone.
- A time restated in parentheses in another zone ("10:35 a.m. (0735 GMT)") takes its day from the first.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions

NEWS = date(2022, 2, 3)  # a Thursday
EARNINGS = date(2021, 10, 28)  # a Thursday in the third-quarter reporting season
SUMMER = date(2022, 8, 1)  # a Monday after the first half closed

# (sentence, DCT, extent, type, value, mod)
Row = tuple[str, date, str, str, str, str | None]

FINANCE: list[Row] = [
    ("The company reported a loss for Q3 2021.", EARNINGS, "Q3 2021", "DATE", "2021-Q3", None),
    ("Revenue fell 4% in Q3, the company said.", EARNINGS, "Q3", "DATE", "2021-Q3", None),
    ("Net income rose 8% in the third quarter.", EARNINGS, "the third quarter", "DATE", "2021-Q3", None),
    ("Earnings for 3Q21 beat analysts' estimates.", EARNINGS, "3Q21", "DATE", "2021-Q3", None),
    ("Sales in Q3'21 were flat.", EARNINGS, "Q3'21", "DATE", "2021-Q3", None),
    ("The retailer expects growth in Q4 2021.", EARNINGS, "Q4 2021", "DATE", "2021-Q4", None),
    ("Results for FY2023 will be published in May.", NEWS, "FY2023", "DATE", "2023", None),
    ("The chain lost money in FY22.", NEWS, "FY22", "DATE", "2022", None),
    ("The agency expects a deficit in fiscal 2024.", NEWS, "fiscal 2024", "DATE", "2024", None),
    ("Congress passed the budget for fiscal year 2024.", NEWS, "fiscal year 2024", "DATE", "2024", None),
    ("Margins improved in H1 2022.", SUMMER, "H1 2022", "DATE", "2022-H1", None),
    ("Profit doubled in the first half of 2022.", SUMMER, "the first half of 2022", "DATE", "2022-H1", None),
    ("Orders slowed in the second half of 2021.", SUMMER, "the second half of 2021", "DATE", "2021-H2", None),
    ("The bank's first-half profit fell 10%.", SUMMER, "first-half", "DATE", "2022-H1", None),
    ("Profit fell in the first half, the bank said.", SUMMER, "the first half", "DATE", "2022-H1", None),
    (
        "Revenue over the past 12 months reached $4 billion.",
        NEWS,
        "the past 12 months",
        "DURATION",
        "P12M",
        None,
    ),
    (
        "Revenue over the trailing twelve months reached $4 billion.",
        NEWS,
        "the trailing twelve months",
        "DURATION",
        "P12M",
        None,
    ),
    ("Sales rose 5% from the year-ago quarter.", EARNINGS, "the year-ago quarter", "DATE", "2020-Q3", None),
    (
        "Sales rose 5% from the year-earlier quarter.",
        EARNINGS,
        "the year-earlier quarter",
        "DATE",
        "2020-Q3",
        None,
    ),
    # a sports season named by its years is not tagged (in LURES); its month is
    ("Tickets for the 2022-23 season go on sale in June.", NEWS, "June", "DATE", "2022-06", None),
    # a slash joins two years into one year of account, named by the year it ends in
    ("The 2021/22 budget was approved last spring.", NEWS, "2021/22", "DATE", "2022", None),
    ("Rates will stay low through the 2020s.", NEWS, "the 2020s", "DATE", "202", None),
    ("Deliveries should start by the mid-2020s.", NEWS, "the mid-2020s", "DATE", "202", "MID"),
    ("Deliveries should start in the late 2020s.", NEWS, "the late 2020s", "DATE", "202", "END"),
    ("Prices soared in the early 2000s.", NEWS, "the early 2000s", "DATE", "200", "START"),
    ("Growth was slow in the 2010s.", NEWS, "the 2010s", "DATE", "201", None),
    ("The company expects growth in Q1.", EARNINGS, "Q1", "DATE", "2022-Q1", None),
    (
        "Profit fell in the fourth quarter of 2021.",
        NEWS,
        "the fourth quarter of 2021",
        "DATE",
        "2021-Q4",
        None,
    ),
    ("Profit fell in the last quarter of 2021.", NEWS, "the last quarter of 2021", "DATE", "2021-Q4", None),
    ("Year-to-date sales are up 12%.", NEWS, "Year-to-date", "DATE", "2022", None),
    ("Sales are up 12% year-to-date.", NEWS, "year-to-date", "DATE", "2022", None),
    ("The stock hit a 52-week high.", NEWS, "52-week", "DURATION", "P52W", None),
    ("Profit for the nine-month period rose.", NEWS, "nine-month", "DURATION", "P9M", None),
    # a school year is named by the year it ends in, as a financial year is
    ("The 2020-21 school year was disrupted.", NEWS, "2020-21", "DATE", "2021", None),
    ("Rates are the highest since 2001-02.", NEWS, "02", "DATE", "2002", None),
    ("The mid-1990s boom ended.", NEWS, "The mid-1990s", "DATE", "199", "MID"),
    ("Sales in 1H22 rose.", SUMMER, "1H22", "DATE", "2022-H1", None),
    ("Sales in Q3 FY22 rose.", NEWS, "Q3 FY22", "DATE", "2022-Q3", None),
    ("Growth will return in Q1.", EARNINGS, "Q1", "DATE", "2022-Q1", None),
    (
        "The company expects to report a third-quarter loss.",
        EARNINGS,
        "third-quarter",
        "DATE",
        "2021-Q3",
        None,
    ),
    ("2022's first quarter was weak.", SUMMER, "2022's first quarter", "DATE", "2022-Q1", None),
    ("Profit will rise next quarter.", NEWS, "next quarter", "DATE", "2022-Q2", None),
    ("Profit fell last quarter.", NEWS, "last quarter", "DATE", "2021-Q4", None),
    ("Sales are up 12% YTD.", NEWS, "YTD", "DATE", "2022", None),
    ("Sales are up 12% year to date.", NEWS, "year to date", "DATE", "2022", None),
    ("The council meets each quarter.", NEWS, "each quarter", "SET", "P1Q", None),
    ("The yield on the 10-year note rose.", NEWS, "10-year", "DURATION", "P10Y", None),
    ("The war of 1939-45 ended.", NEWS, "45", "DATE", "1945", None),
    ("The war of 1999-00 was long.", NEWS, "00", "DATE", "2000", None),
    (
        "Profit rose in the October-December quarter.",
        NEWS,
        "the October-December quarter",
        "DATE",
        "2021-Q4",
        None,
    ),
    ("Exports fell in the April-June period.", EARNINGS, "the April-June period", "DATE", "2021-Q2", None),
    (
        "Output fell in the July-September 2021 quarter.",
        NEWS,
        "the July-September 2021 quarter",
        "DATE",
        "2021-Q3",
        None,
    ),
    # a year of account with both its years is one expression, named by the year it ends in
    ("Spending rose in fiscal 2021-22.", NEWS, "fiscal 2021-22", "DATE", "2022", None),
    ("In FY2021-22 sales rose.", NEWS, "FY2021-22", "DATE", "2022", None),
    ("The deal closes by the end of Q3 2022.", NEWS, "the end of Q3 2022", "DATE", "2022-Q3", "END"),
    ("Shipments resumed in late Q4.", NEWS, "late Q4", "DATE", "2021-Q4", "END"),
    (
        "Margins will improve in the back half of the year.",
        NEWS,
        "the back half of the year",
        "DATE",
        "2022-H2",
        None,
    ),
    ("Revenue rose in the September quarter.", EARNINGS, "the September quarter", "DATE", "2021-Q3", None),
    ("Sales in the June 2021 quarter rose.", NEWS, "the June 2021 quarter", "DATE", "2021-Q2", None),
    ("Results for fiscal '23 were weak.", NEWS, "fiscal '23", "DATE", "2023", None),
    ("Sales peaked in the '90s.", NEWS, "the '90s", "DATE", "199", None),
    ("The brand was popular in the 90s.", NEWS, "the 90s", "DATE", "199", None),
]

CLOCK: list[Row] = [
    ("The market closed at 3 p.m. ET.", NEWS, "3 p.m. ET", "TIME", "2022-02-03T15:00", None),
    ("The index closed at 4 p.m. EST.", NEWS, "4 p.m. EST", "TIME", "2022-02-03T16:00", None),
    ("The ship docked at 15:30 GMT, the harbour said.", NEWS, "15:30 GMT", "TIME", "2022-02-03T15:30", None),
    ("Trading halted at 9:30 a.m. EDT on Monday.", NEWS, "9:30 a.m. EDT", "TIME", "2022-01-31T09:30", None),
    ("Trading halted at 9:30 a.m. EDT on Monday.", NEWS, "Monday", "DATE", "2022-01-31", None),
    ("The attack began at 0800 GMT, officials said.", NEWS, "0800 GMT", "TIME", "2022-02-03T08:00", None),
    ("Polls closed at 2100 GMT.", NEWS, "2100 GMT", "TIME", "2022-02-03T21:00", None),
    ("The deadline expires at noon Friday.", NEWS, "noon Friday", "TIME", "2022-02-04T12:00", None),
    ("The curfew ended at midnight Tuesday.", NEWS, "midnight Tuesday", "TIME", "2022-02-01T24:00", None),
    ("The fire began late Wednesday night.", NEWS, "late Wednesday night", "TIME", "2022-02-02TNI", "END"),
    (
        "The quake struck early Thursday, residents said.",
        NEWS,
        "early Thursday",
        "DATE",
        "2022-02-03",
        "START",
    ),
    ("Police arrived early Tuesday.", NEWS, "early Tuesday", "DATE", "2022-02-01", "START"),
    ("The vote ends at 5 p.m. Friday.", NEWS, "5 p.m. Friday", "TIME", "2022-02-04T17:00", None),
    (
        "Troops crossed the border at 4 a.m. local time.",
        NEWS,
        "4 a.m. local time",
        "TIME",
        "2022-02-03T04:00",
        None,
    ),
    ("The meeting ended at 11:45 p.m. on Tuesday.", NEWS, "11:45 p.m.", "TIME", "2022-02-01T23:45", None),
    ("Talks resumed Wednesday morning.", NEWS, "Wednesday morning", "TIME", "2022-02-02TMO", None),
    ("The speech is at 8 p.m. Eastern.", NEWS, "8 p.m. Eastern", "TIME", "2022-02-03T20:00", None),
    ("The vote ended at 8 p.m. Eastern time.", NEWS, "8 p.m. Eastern time", "TIME", "2022-02-03T20:00", None),
    ("The strike began at 1430 local time.", NEWS, "1430 local time", "TIME", "2022-02-03T14:30", None),
    ("The event starts at 3pm.", NEWS, "3pm", "TIME", "2022-02-03T15:00", None),
    ("It happened on Monday night.", NEWS, "Monday night", "TIME", "2022-01-31TNI", None),
    ("It was 10:30 in the morning.", NEWS, "10:30 in the morning", "TIME", "2022-02-03T10:30", None),
    ("The blast came at 9:15 in the evening.", NEWS, "9:15 in the evening", "TIME", "2022-02-03T21:15", None),
    ("Prices fell 2% by 0830 GMT.", NEWS, "0830 GMT", "TIME", "2022-02-03T08:30", None),
    ("The blast was at 10:35 a.m. (0735 GMT) Friday.", NEWS, "Friday", "DATE", "2022-01-28", None),
    ("Markets opened at 8.30 BST.", NEWS, "8.30 BST", "TIME", "2022-02-03T08:30", None),
    (
        "Updated 3:45 PM EST, Thu February 3, 2022",
        NEWS,
        "3:45 PM EST, Thu February 3, 2022",
        "TIME",
        "2022-02-03T15:45",
        None,
    ),
    ("Published Thu 3 Feb 2022 09.15 GMT", NEWS, "09.15 GMT", "TIME", "2022-02-03T09:15", None),
    ("The meeting starts at 14:30 CET.", NEWS, "14:30 CET", "TIME", "2022-02-03T14:30", None),
    ("WASHINGTON, Feb 3 (Reuters) - The Senate voted.", NEWS, "Feb 3", "DATE", "2022-02-03", None),
    ("Shops will reopen Monday at 9 a.m.", NEWS, "Monday", "DATE", "2022-02-07", None),
]

WRITTEN: list[Row] = [
    ("Rioters stormed the building on Jan. 6.", NEWS, "Jan. 6", "DATE", "2022-01-06", None),
    ("He recalled the attacks of Sept. 11, 2001.", NEWS, "Sept. 11, 2001", "DATE", "2001-09-11", None),
    ("The memorial will open on Sept. 11.", NEWS, "Sept. 11", "DATE", "2022-09-11", None),
    ("The memorial will open on Sep 11.", NEWS, "Sep 11", "DATE", "2022-09-11", None),
    ("The vote is due on the 14th.", NEWS, "the 14th", "DATE", "2022-02-14", None),
    ("Payment is due by 3rd of March.", NEWS, "3rd of March", "DATE", "2022-03-03", None),
    ("The plant shut on 2021-12-24.", NEWS, "2021-12-24", "DATE", "2021-12-24", None),
    ("The notice is dated 2/3/2022.", NEWS, "2/3/2022", "DATE", "2022-02-03", None),
    ("The notice is dated Feb 3rd, 2022.", NEWS, "Feb 3rd, 2022", "DATE", "2022-02-03", None),
    ("The notice is dated Feb. 3rd 2022.", NEWS, "Feb. 3rd 2022", "DATE", "2022-02-03", None),
    ("The hearing was held Tuesday, Feb. 1.", NEWS, "Tuesday, Feb. 1", "DATE", "2022-02-01", None),
    (
        "The hearing is set for Monday, March 7, 2022.",
        NEWS,
        "Monday, March 7, 2022",
        "DATE",
        "2022-03-07",
        None,
    ),
    ("He left the band in '98.", NEWS, "'98", "DATE", "1998", None),
    ("Caesar was killed in 44 BC.", NEWS, "44 BC", "DATE", "BC0044", None),
    ("Charlemagne was crowned in AD 800.", NEWS, "AD 800", "DATE", "0800", None),
    ("Prices were lower in the 1990s.", NEWS, "the 1990s", "DATE", "199", None),
    ("The fair runs March 3-5.", NEWS, "March 3", "DATE", "2022-03-03", None),
    ("The fair runs March 3-5.", NEWS, "5", "DATE", "2022-03-05", None),
    ("Output fell in 2019-2021.", NEWS, "2019", "DATE", "2019", None),
    ("Output fell in 2019-2021.", NEWS, "2021", "DATE", "2021", None),
    ("He served as mayor 1998-2003.", NEWS, "1998", "DATE", "1998", None),
    ("He served as mayor 1998-2003.", NEWS, "2003", "DATE", "2003", None),
    ("The plan covers the years 2010-2015.", NEWS, "2015", "DATE", "2015", None),
    ("He worked there from 1998 to 2000.", NEWS, "1998", "DATE", "1998", None),
    ("He worked there from 1998 to 2000.", NEWS, "2000", "DATE", "2000", None),
    ("The road works run between May and July.", NEWS, "May", "DATE", "2022-05", None),
    ("The road works run between May and July.", NEWS, "July", "DATE", "2022-07", None),
    ("Prices have doubled since 2015.", NEWS, "2015", "DATE", "2015", None),
    ("The city aims to be carbon neutral by 2030.", NEWS, "2030", "DATE", "2030", None),
    ("He lost the 2020 election.", NEWS, "2020", "DATE", "2020", None),
    ("She will compete in the 2024 Olympics.", NEWS, "2024", "DATE", "2024", None),
    ("The 2020 census counted 331 million people.", NEWS, "2020", "DATE", "2020", None),
    ("The offer expires Dec. 31.", NEWS, "Dec. 31", "DATE", "2022-12-31", None),
    ("The plant opened in Aug. 2021.", NEWS, "Aug. 2021", "DATE", "2021-08", None),
    ("The plant opened in Sept 2021.", NEWS, "Sept 2021", "DATE", "2021-09", None),
    ("Rain is expected in mid-January.", NEWS, "mid-January", "DATE", "2023-01", "MID"),
    ("Rain fell in mid-January.", NEWS, "mid-January", "DATE", "2022-01", "MID"),
    ("Prices jumped late last month.", NEWS, "late last month", "DATE", "2022-01", "END"),
    ("Trading resumes Friday 4 February.", NEWS, "Friday 4 February", "DATE", "2022-02-04", None),
    ("Sales rose in winter 2022.", NEWS, "winter 2022", "DATE", "2022-WI", None),
    ("He died on Christmas Day 2021.", NEWS, "Christmas Day 2021", "DATE", "2021-12-25", None),
    ("The strike began Jan. 31 and ended Feb. 2.", NEWS, "Feb. 2", "DATE", "2022-02-02", None),
    ("It happened on the night of Nov. 8.", NEWS, "Nov. 8", "DATE", "2021-11-08", None),
    ("The trial opens Monday, Jan. 9.", NEWS, "Monday, Jan. 9", "DATE", "2023-01-09", None),
    (
        "Sales data are due Thursday, Sept. 15.",
        date(2022, 9, 21),
        "Thursday, Sept. 15",
        "DATE",
        "2022-09-15",
        None,
    ),
    # said on 3 February 2022, the nearest winter is the one in progress (named by its December)
    ("Roads close in winter.", NEWS, "winter", "DATE", "2021-WI", None),
    ("Rallies were held on Earth Day.", NEWS, "Earth Day", "DATE", "2021-04-22", None),
    ("He will be sworn in on Inauguration Day.", NEWS, "Inauguration Day", "DATE", "2023-01-20", None),
    ("Monday's vote was close.", NEWS, "Monday", "DATE", "2022-01-31", None),
    ("The vote is at 5 p.m. on Friday.", NEWS, "Friday", "DATE", "2022-02-04", None),
    (
        "The company reported results on Tuesday, Feb. 1, 2022.",
        NEWS,
        "Tuesday, Feb. 1, 2022",
        "DATE",
        "2022-02-01",
        None,
    ),
    ("In June Congress passed the bill.", NEWS, "June", "DATE", "2021-06", None),
    ("2021's record harvest lowered prices.", NEWS, "2021", "DATE", "2021", None),
    ("The rules took effect on January 1.", NEWS, "January 1", "DATE", "2022-01-01", None),
]

RELATIVE: list[Row] = [
    ("Prices rose earlier this month.", NEWS, "earlier this month", "DATE", "2022-02", "START"),
    ("The minister will speak later this week.", NEWS, "later this week", "DATE", "2022-W05", None),
    ("Prices rose sharply over the past week.", NEWS, "the past week", "DURATION", "P1W", None),
    ("Fighting has intensified in recent days.", NEWS, "recent days", "DURATION", "PXD", None),
    ("Three people were arrested over the weekend.", NEWS, "the weekend", "DATE", "2022-W04-WE", None),
    ("The museum reopened last weekend.", NEWS, "last weekend", "DATE", "2022-W04-WE", None),
    ("The show opens this weekend.", NEWS, "this weekend", "DATE", "2022-W05-WE", None),
    ("More rain is expected in the coming days.", NEWS, "the coming days", "DURATION", "PXD", None),
    ("The report is due in two weeks.", NEWS, "two weeks", "DURATION", "P2W", None),
    ("The report is due two weeks from now.", NEWS, "two weeks from now", "DATE", "2022-W07", None),
    ("Talks will continue for 48 hours.", NEWS, "48 hours", "DURATION", "PT48H", None),
    ("He resigned a day after the vote.", NEWS, "a day", "DURATION", "P1D", None),
    ("The ship had sailed the day before.", NEWS, "the day before", "DATE", "2022-02-02", None),
    ("The plant will be built within a year.", NEWS, "a year", "DURATION", "P1Y", None),
    ("The deal should close by year-end.", NEWS, "year-end", "DATE", "2022", "END"),
    ("Payments are due at the end of the month.", NEWS, "the end of the month", "DATE", "2022-02", "END"),
    ("Prices were lower this time last year.", NEWS, "this time last year", "DATE", "2021-02-03", None),
    ("Sales rose in the past 24 hours.", NEWS, "the past 24 hours", "DURATION", "PT24H", None),
    ("The talks collapsed last night.", NEWS, "last night", "TIME", "2022-02-02TNI", None),
    ("The strike began two days ago.", NEWS, "two days ago", "DATE", "2022-02-01", None),
    ("Shares fell earlier this week.", NEWS, "earlier this week", "DATE", "2022-W05", "START"),
    ("The law passed late last year.", NEWS, "late last year", "DATE", "2021", "END"),
    ("Prices have risen so far this year.", NEWS, "this year", "DATE", "2022", None),
    (
        "Sales were weak at the same time last year.",
        NEWS,
        "the same time last year",
        "DATE",
        "2021-02-03",
        None,
    ),
    ("The show will open this weekend.", NEWS, "this weekend", "DATE", "2022-W05-WE", None),
    ("The deal closes by the end of the decade.", NEWS, "the end of the decade", "DATE", "202", "END"),
    ("Rates will rise by the end of next year.", NEWS, "the end of next year", "DATE", "2023", "END"),
    ("Shares rose at the start of 2022.", NEWS, "the start of 2022", "DATE", "2022", "START"),
    ("Talks resume early next week.", NEWS, "early next week", "DATE", "2022-W06", "START"),
    ("A deal is expected within 24 hours.", NEWS, "24 hours", "DURATION", "PT24H", None),
    ("Rain is expected in the next 24 hours.", NEWS, "the next 24 hours", "DURATION", "PT24H", None),
    ("He served two-and-a-half years in prison.", NEWS, "two-and-a-half years", "DURATION", "P2Y6M", None),
    ("He spent one and a half years abroad.", NEWS, "one and a half years", "DURATION", "P1Y6M", None),
    ("The dispute dragged on for half a century.", NEWS, "half a century", "DURATION", "P50Y", None),
    ("The meeting lasted half an hour.", NEWS, "half an hour", "DURATION", "PT30M", None),
    ("Workers staged a half-day strike.", NEWS, "half-day", "DURATION", "PT12H", None),
    ("The firm moved half a year ago.", NEWS, "half a year ago", "DATE", "2021-08", None),
    ("They met a year and a half ago.", NEWS, "a year and a half ago", "DATE", "2020-08", None),
    ("Unemployment fell last month.", NEWS, "last month", "DATE", "2022-01", None),
    ("Elections are due next year.", NEWS, "next year", "DATE", "2023", None),
    ("The mine closed a decade ago.", NEWS, "a decade ago", "DATE", "2012", None),
]

CONSTRUCTIONS = FINANCE + CLOCK + WRITTEN + RELATIVE


@pytest.mark.parametrize(
    ("sentence", "dct", "extent", "timex_type", "value", "mod"),
    CONSTRUCTIONS,
    ids=[f"{row[2]}|{row[0][:30]}" for row in CONSTRUCTIONS],
)
def test_modern_news_construction(
    sentence: str, dct: date, extent: str, timex_type: str, value: str, mod: str | None
) -> None:
    found = resolve_expressions(sentence, dct)
    by_text = {e.text: e for e in found}
    assert extent in by_text, f"{extent!r} not found in {[e.text for e in found]}"
    expression = by_text[extent]
    assert (expression.type.value, expression.value, expression.mod) == (timex_type, value, mod)


# (sentence, the part of it that only looks like a time and must be left alone)
LURES: list[tuple[str, str]] = [
    ("Cases of COVID-19 rose in the city.", "COVID-19"),
    ("A Boeing 737 landed safely.", "737"),
    ("The laptop still runs Windows 10.", "10"),
    ("The laptop still runs Windows 95.", "95"),
    ("She bought an iPhone 12 for her son.", "12"),
    ("Article 5 of the treaty was invoked.", "5"),
    ("They drove along Route 66.", "66"),
    ("The airline filed for Chapter 11 protection.", "11"),
    ("Leaders of the G20 met in Rome.", "G20"),
    ("The crew of Apollo 11 was honoured.", "11"),
    ("He works at a 7-Eleven store.", "7-Eleven"),
    ("The court ruled in a 2-1 vote.", "2-1"),
    ("The home side won 4-3 in extra time.", "4-3"),
    ("The pharmacy is open 24/7.", "24/7"),
    ("The Formula 1 season was cancelled.", "Formula 1"),
    ("Lawmakers want to repeal Section 230.", "230"),
    ("The 49ers won the game.", "49ers"),
    ("The army sent 2,000 troops to the border.", "2,000"),
    ("The plane climbed 1,500 feet.", "1,500"),
    ("The plane climbed 1500 feet.", "1500"),
    ("He paid $2020 for the bike.", "2020"),
    ("The meeting was held in Room 1998.", "1998"),
    ("He wrote for the Sunday Times.", "Sunday"),
    ("The band played Friday's Child to close the show.", "Friday"),
    ("The ruling may change the outcome.", "may"),
    ("Thousands will march on the capital.", "march"),
    ("Protesters will March through the square.", "March"),
    ("The surgeon scheduled a second operation.", "second"),
    ("For details call 555-0123 or (212) 555-0199.", "555-0199"),
    ("For details call 555-0123 or (212) 555-0199.", "212"),
    ("For details call 020 7946 0958.", "7946"),
    ("The book has ISBN 978-0-306-40615-7.", "978-0-306-40615-7"),
    ("Tickets for Super Bowl LVII sold out.", "Super Bowl LVII"),
    ("The suspect was seen in the 1900 block of Elm Street.", "1900"),
    ("Prime Minister Theresa May resigned.", "May"),
    ("The H1N1 virus spread quickly.", "H1N1"),
    ("The ratio rose to 1.2 million.", "1.2"),
    ("A 30-year-old man was arrested.", "30-year-old"),
    ("The S&P 500 fell 2%.", "500"),
    ("The Fortune 500 list was published.", "500"),
    ("One in 5 adults smoke.", "5"),
    ("Voters backed Proposition 8.", "8"),
    ("The Xbox 360 sold well.", "360"),
    ("The team scored 21-14 in the final.", "21-14"),
    ("The Sun reported the story.", "Sun"),
    ("The index rose 2.30 GMT traders said.", "2.30"),
    ("The 1200-1500 range is wide.", "1200-1500"),
    ("He hurt his back half a year ago.", "back"),
    ("He came back half an hour later.", "back"),
    ("She took a summer job at the mill.", "summer"),
    ("Stores sold out of winter coats.", "winter"),
    ("Donna Summer sang the hit.", "Summer"),
    ("Euro 2024 tickets and the RTX 3080 sold out.", "3080"),
    ("Fans tweeted #2022 at info2022@example.com.", "2022"),
    ("The 2,500-year-old temple reopened.", "2,500-year-old"),
    ("He lives at 1600 Pennsylvania Avenue.", "1600"),
    ("The Catch-22 rule applies.", "22"),
    ("Singer June Carter performed.", "June"),
    ("August Wilson wrote plays about Pittsburgh.", "August"),
    ("The Boeing 737 Max 8 was grounded.", "8"),
    ("The Windows 11 update shipped.", "11"),
    ("Scores of 1990-1995 points were posted.", "1990-1995"),
    ("Jan Egeland said 12 people died.", "Jan"),
    ("She won gold at the Summer Olympics.", "Summer"),
    ("Summer Olympics tickets sold out.", "Summer"),
    ("Crowds gathered for the Spring Festival.", "Spring"),
    ("He hosted Saturday Night Live for years.", "Saturday Night"),
    ("He appeared on The Tonight Show.", "Tonight"),
    ("USA Today reported the story.", "Today"),
    ("He told the Today show about it.", "Today"),
    ("Fill in Form 1040 by hand.", "1040"),
    ("Flights to 10 Downing Street? No, cars to No. 10 Downing Street.", "10"),
    ("The sale of 80/20 ground beef rose.", "80/20"),
    ("The case went to the 8th Circuit.", "8th"),
    ("The store is on the 1st floor.", "1st"),
    ("The 1990-1995 points table was wrong.", "1990-1995"),
    ("He scored 1998-2000 runs in his career.", "1998-2000"),
    ("He paid 1500-2000 dollars.", "1500-2000"),
    ("The 2010-12 figure was revised.", "2010-12"),
    ("A Category 5 hurricane hit.", "5"),
    ("The Phase 3 trial began.", "3"),
    ("She sat down next to him.", "sat"),
    ("Tickets for the 2022-23 season go on sale in June.", "2022-23 season"),
    ("The 1999-00 season was long.", "1999-00"),
]


@pytest.mark.parametrize(("sentence", "lure"), LURES, ids=[f"{row[1]}|{row[0][:30]}" for row in LURES])
def test_modern_lure_is_not_a_time(sentence: str, lure: str) -> None:
    start = sentence.index(lure)
    end = start + len(lure)
    overlapping = [e.text for e in resolve_expressions(sentence, NEWS) if e.start < end and e.end > start]
    assert overlapping == []
