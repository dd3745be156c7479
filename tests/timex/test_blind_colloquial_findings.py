"""Rules added after the blind colloquial set (`data/gold/timex/blind_colloquial.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- Texting spells the day words short ("tmrw", "tmr", "tonite", "2nite", "yday", "last nite", "this
  arvo"), and the units too ("2 wks", "3 yrs", "last wk", "next wknd", "for hrs").
- A short weekday that is also a word ("Mon", "Wed", "Thu", "Fri", "Sat") is the day when written with
  a capital inside a sentence before what ends or links a phrase ("closed Mon for", "Thu-Fri", "spent
  Sat pulling"), not after a determiner ("the Sun") nor as a name's part ("ethnic Mon rebels"); "sat on it",
  "Sun's out", "mon grand", "getting wed" stay words. A weekday in lower case that is no other word
  ("thurs", "friday") is still the day, and so are "tue", "thu", "fri" after a word that leads a day
  ("see u on fri"); "Sun" in running text is more often a name.
- Informal writing glues the day's date, clock time or half to the weekday: "Tues the 15th", "Tues
  1/21", "Sat 6:40am", "Fri AM"; the weekday tells which month's 15th ("Fri the 7th").
- A day of the month told without its month ("rent's due the 1st don't forget", "reopens on the 2nd")
  lies ahead of the writer in a clause pointing ahead, behind in one looking back ("we met on the
  20th"); a new clause may follow it without a comma in chat ("the 1st don't forget").
- "3pm" written as one word is a clock time wherever it stands; "8:30" is one after "@", "like", "til"
  as after "at".
- A bare hour is a clock time after "at", "until" or "@" when its clause ends there ("see you at 8!!"),
  after those or "from", "after", "by" right after a day ("Fri 13 Dec from 7"), or with "ish" ("8ish",
  "10ish this morning", mod APPROX). Seven to eleven are evening hours where the evening is spoken of,
  or where the same hour was told of the evening before ("Party 2nite from 8 ... see you at 8!!"). A
  level ("stood at 8"), an age ("At 8, she ..."), a margin ("won by 2."), a score ("level at 1-1") or a
  count ("cut to 5 from 8.", "up from 5 million", "lost about 9 percent") is no hour.
- In an undated notice a clock time right after a day of a month ("Fri 13 Dec from 7") is that day's.
- A month/day with a slash and no year is a date after a preposition of time ("since 1/10"), right
  after another such date, or after a copula when its day cannot be a denominator ("the flight is
  2/24"); a fraction ("cut by 1/3", "1/2 cup", "is 2/3"), a score ("was 9/20") and "9/11" are not.
- Informal spellings of units and holidays: "3 mos", "6 mths", "next wkend", "Xmas"; "a couple weeks
  ago" (without "of") counts two, as "a couple of weeks ago" does.
- An apostrophe year ("my '09 Civic", "that was '19") is a year.
- A short month without its dot ("in Nov", "mid-Aug") is a month after "in", "since", "mid-"; "Jan" may
  be a name.
- "EOD"/"COB" is the end of that working day (mod END); "closed Mondays" is every Monday; "just take a
  sec" is a moment, not a length; "on the 8th gen" is an ordinal before its noun; "called around this
  morning" is a phrasal verb, not an approximation; "rn" is right now.
- The present of an arrangement points ahead: "we fly out Sat", "first loaves go out Sat.", "we're
  closed Mon", "someone's coming to look at it thurs", "I have to be at work Wed", "will it come before
  the weekend?"; so does a hope: "the shed next, hopefully this wknd".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

TUESDAY = date(2023, 3, 14)
THURSDAY = date(2022, 11, 3)
FRIDAY = date(2018, 6, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "r u home tonite? the couch comes tmrw morning",
            [("tonite", "TIME", "2018-06-08TNI"), ("tmrw morning", "TIME", "2018-06-09TMO")],
        ),
        ("what time tmr", [("tmr", "DATE", "2018-06-09")]),
        (
            "I paid it yday, doing the rest 2nite",
            [("yday", "DATE", "2018-06-07"), ("2nite", "TIME", "2018-06-08TNI")],
        ),
        ("sent it last nite", [("last nite", "TIME", "2018-06-07TNI")]),
        ("the beds went in this arvo", [("this arvo", "TIME", "2018-06-08TAF")]),
        ("it's been fine for 4 yrs", [("4 yrs", "DURATION", "P4Y")]),
        ("they were here like 3 wks ago", [("3 wks ago", "DATE", "2018-W20")]),
        ("I saw him a couple weeks ago", [("a couple weeks ago", "DATE", "2018-W21")]),
        ("a new box every 2 wks", [("every 2 wks", "SET", "P2W")]),
        ("planted it last wk", [("last wk", "DATE", "2018-W22")]),
        ("dinner is next wknd", [("next wknd", "DATE", "2018-W24-WE")]),
        ("beats waiting at the dealer for hrs.", [("hrs", "DURATION", "PTXH")]),
        (
            "moved in 3 mos ago, lease is 6 mths",
            [("3 mos ago", "DATE", "2018-03"), ("6 mths", "DURATION", "P6M")],
        ),
        (
            "the party is next wkend and we will be home for Xmas",
            [("next wkend", "DATE", "2018-W24-WE"), ("Xmas", "DATE", "2018-12-25")],
        ),
    ],
)
def test_texting_spellings_of_day_words_and_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heads up, the shop is closed Mon for a private event.", [("Mon", "DATE", "2023-03-20")]),
        (
            "I'm OOO Thu-Fri so you'll have mine today.",
            [("Thu", "DATE", "2023-03-16"), ("Fri", "DATE", "2023-03-17"), ("today", "DATE", "2023-03-14")],
        ),
        ("A garage fixed the clutch for $180 Sat. Blowing cold since.", [("Sat.", "DATE", "2023-03-11")]),
        ("the plumber is coming round thurs", [("thurs", "DATE", "2023-03-16")]),
        ("see u on fri", [("fri", "DATE", "2023-03-17")]),
        ("See you next Sat then.", [("next Sat", "DATE", "2023-03-18")]),
        ("The plumber comes Weds morning.", [("Weds morning", "TIME", "2023-03-15TMO")]),
        ("He weds her in the spring.", [("the spring", "DATE", "2023-SP")]),
        ("Det er fri nu.", []),
        ("I sat on it for ages.", []),
        ("Sun's out and the soil is warm.", []),
        ("The Sun reported the story.", []),
        ("Sun shipped more systems than ever.", []),
        ("Félicitations mon grand !", []),
        ("They are getting wed in the chapel.", []),
        ("Nguyen Thi Thu said hello.", []),
        ("Ethnic Mon rebels attacked the post.", []),
        ("We spent Sat pulling weeds.", [("Sat", "DATE", "2023-03-11")]),
    ],
)
def test_short_weekdays_that_are_also_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The all-hands moved to Tues the 21st.", [("Tues the 21st", "DATE", "2023-03-21")]),
        ("The party is Fri the 7th.", [("Fri the 7th", "DATE", "2023-04-07")]),
        ("Delivery is estimated for Tues 3/21.", [("Tues 3/21", "DATE", "2023-03-21")]),
        ("we fly out Sat 6:40am", [("Sat 6:40am", "TIME", "2023-03-18T06:40")]),
        ("Mine might slip to Fri AM, sorry", [("Fri AM", "TIME", "2023-03-17TMO")]),
    ],
)
def test_a_weekday_with_its_date_or_time_glued_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Open 7am-2pm today.",
            [("7am", "TIME", "2023-03-14T07:00"), ("2pm today", "TIME", "2023-03-14T14:00")],
        ),
        ("we'll be live @ 3pm doing the icing", [("3pm", "TIME", "2023-03-14T15:00")]),
        (
            "I'm booked in Wed @ 8:30. Will report back.",
            [("Wed", "DATE", "2023-03-15"), ("8:30", "TIME", "2023-03-15T08:30")],
        ),
        ("we land like 9:15 so it's fine", [("9:15", "TIME", "2023-03-14T09:15")]),
    ],
)
def test_clock_times_written_informally(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see you at 8!!", [("8", "TIME", "2018-06-08T08:00", None)]),
        (
            "Party at ours 2nite from 8, bring cups.",
            [("2nite", "TIME", "2018-06-08TNI", None), ("8", "TIME", "2018-06-08T20:00", None)],
        ),
        (
            "The drop moves to Saturday, doors at 8 and coffee from 9.",
            [
                ("Saturday", "DATE", "2018-06-09", None),
                ("8", "TIME", "2018-06-09T08:00", None),
                ("9", "TIME", "2018-06-09T09:00", None),
            ],
        ),
        (
            "she said 8ish but prob 9",
            [("8ish", "TIME", "2018-06-08T08:00", "APPROX"), ("9", "TIME", "2018-06-08T09:00", None)],
        ),
        (
            "The buns were gone by 10ish this morning.",
            [("10ish this morning", "TIME", "2018-06-08T10:00", "APPROX")],
        ),
        ("the shop is open til 6.", [("6", "TIME", "2018-06-08T18:00", None)]),
        ("They won by 2.", []),
        ("The squad was cut to 5 from 8.", []),
        ("On Saturday they were level at 1-1 at the break.", [("Saturday", "DATE", "2018-06-02", None)]),
        (
            "Party at ours 2nite from 8, bring cups.\n\nAna: congrats!!\n\nDev: see you at 8!!",
            [
                ("2nite", "TIME", "2018-06-08TNI", None),
                ("8", "TIME", "2018-06-08T20:00", None),
                ("8", "TIME", "2018-06-08T20:00", None),
            ],
        ),
        ("Inflation stood at 8 and was still rising.", []),
        ("The score was tied at 2 when he left.", []),
        ("At 8, she could already read music.", []),
        ("They met 5 people at 9 venues.", []),
        ("It sold 8 million phones last year, up from 5 million.", [("last year", "DATE", "2017", None)]),
    ],
)
def test_bare_hours(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [
        (e[0], t[1], e[1], e[2]) for e, t in zip(only(text, FRIDAY), typed(text, FRIDAY), strict=True)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tracking hasn't moved since 1/10.", [("1/10", "DATE", "2023-01-10")]),
        (
            "It was placed on 3/2 and shipped 3/6.",
            [("3/2", "DATE", "2023-03-02"), ("3/6", "DATE", "2023-03-06")],
        ),
        ("Prices were cut by 1/3 overnight.", [("overnight", "TIME", "2023-03-13TNI")]),
        ("yes the return flight is 3/24.", [("3/24", "DATE", "2023-03-24")]),
        ("The ratio is 2/3 and the score was 9/20.", []),
        ("Mix 1/2 cup of flour.", []),
        ("Stir until 3/4 full.", []),
        ("Everything changed since 9/11.", []),
        ("My '09 Civic broke down.", [("'09", "DATE", "2009")]),
        ("that was '19, let it go", [("'19", "DATE", "2019")]),
        ("The lettuce should be ready in Nov if it rains.", [("Nov", "DATE", "2023-11")]),
        ("Seedlings started in mid-Aug are ready.", [("mid-Aug", "DATE", "2022-08")]),
        ("I believed in Jan completely.", []),
    ],
)
def test_informal_dates_and_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can everyone send slides by EOD Fri?", [("EOD Fri", "DATE", "2022-11-04", "END")]),
        ("Send it by EOD please.", [("EOD", "DATE", "2022-11-03", "END")]),
        ("Figures are due COB tomorrow.", [("COB tomorrow", "DATE", "2022-11-04", "END")]),
        ("We grilled corn on the cob.", []),
        (
            "From June we'll be closed Mondays for good.",
            [("June", "DATE", "2023-06", None), ("Mondays", "SET", "XXXX-WXX-1", None)],
        ),
        ("Let me check, this will just take a sec.", []),
        ("k. rent's due the 1st don't forget!!", [("the 1st", "DATE", "2022-12-01", None)]),
        ("The gallery reopens on the 2nd.", [("the 2nd", "DATE", "2022-12-02", None)]),
        ("We met on the 20th.", [("the 20th", "DATE", "2022-10-20", None)]),
        ("Honda has had this problem on the 8th gen.", []),
        ("I called around this morning and found one.", [("this morning", "TIME", "2022-11-03TMO", None)]),
        ("at the gym rn, will send later", [("rn", "DATE", "PRESENT_REF", None)]),
        ("She works as an RN in Leeds.", []),
    ],
)
def test_office_abbreviations_sets_and_idioms(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    dct = THURSDAY if "June" not in text else TUESDAY
    assert [
        (e[0], t[1], e[1], e[2]) for e, t in zip(only(text, dct), typed(text, dct), strict=True)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok flights booked, we fly out Sat", [("Sat", "DATE", "2022-11-05")]),
        (
            "First loaves go out Sat. and every week after that.",
            [("Sat.", "DATE", "2022-11-05"), ("every week", "SET", "P1W")],
        ),
        ("Heads up, we're closed Mon for a private event.", [("Mon", "DATE", "2022-11-07")]),
        (
            "The landlord texted, someone's coming to look at the boiler tues",
            [("tues", "DATE", "2022-11-08")],
        ),
        (
            "back Sunday right? I have to be at work Wed",
            [("Sunday", "DATE", "2022-11-06"), ("Wed", "DATE", "2022-11-09")],
        ),
        ("ok do it. will it come before the weekend?", [("the weekend", "DATE", "2022-W44-WE")]),
        ("He had to leave on Tuesday.", [("Tuesday", "DATE", "2022-11-01")]),
        ("Next job is the garden shed, hopefully this wknd.", [("this wknd", "DATE", "2022-W44-WE")]),
        ("We hopefully finished on Tuesday.", [("Tuesday", "DATE", "2022-11-01")]),
        ("The vote it has scheduled for Tuesday was moved.", [("Tuesday", "DATE", "2022-11-08")]),
    ],
)
def test_the_present_of_an_arrangement_points_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Club social Fri 13 Dec from 7 upstairs at the inn.",
            [("Fri 13 Dec", "XXXX-12-13"), ("7", "XXXX-12-13T19:00")],
        ),
        (
            "Prize-giving on 13 Dec from 7 p.m. in the hall.",
            [("13 Dec", "XXXX-12-13"), ("7 p.m.", "XXXX-12-13T19:00")],
        ),
        (
            "Prize-giving on 13 December. Doors open at 7 p.m. every night.",
            [("13 December", "XXXX-12-13"), ("7 p.m.", "XXXX-XX-XXT19:00"), ("every night", "XXXX-XX-XXTNI")],
        ),
    ],
)
def test_a_clock_time_after_a_day_of_an_undated_notice(text: str, expected: list[tuple[str, str]]) -> None:
    """An undated notice names a day without its year and then the hour it starts: the hour is that day's."""
    assert [(e[0], e[1]) for e in only(text, None)] == expected
