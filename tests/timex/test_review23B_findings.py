"""Mends from a second reading of the rules added after the ninety-second blind narrative set: each row is
a sentence of our own that one of those rules read wrongly.

- "the fall" after "before", "after", "until" or "since" is the event of a "fall of <Name>" named earlier
  only after a length of years ("half a century before the fall"); American prose that named "the fall of
  Saigon" keeps its autumn ("arrived in 1977, just before the fall", "from spring until the fall").
- "the 14th century and the 15th was a time of decline": a verb, a pronoun or a preposition that only ends
  like a noun ("was", "its", "under", "after", "for") gives the elided century no noun of its own.
- "Stokes (120 – 135)", "Sales (300 – 15 March 2021)": a bracket after a capitalised word is a life only
  when its span is a lifetime's and it is dated to a day, hedged, or in a story of the first millennium.
- "crowned at Rome on Christmas Day 800." in a text that has named no year of the first millennium: the
  feast is still read, without the number after it (the rule had dropped the feast as well); "After
  Christmas 500 and more left" counts people.
- "It is winter now, and the children wait for Christmas" in a story of 1890: "now" in a present clause is
  a story's own now as often as the writer's; only "today" (or "nowadays") moves the feast to the writer's year.
- "The treaty, signed at Worms two years earlier, was read aloud": the aside told in passing also when its
  noun opens the sentence or takes another determiner; "the city, besieged a year later, was stormed on 17
  July" is the story's next step (an aside looking forward moves the story as before).
- "On the 29th Giustiniani was wounded", "Early on the 29th ...": "on" opening the sentence before an
  ordinal day, a name and a past auxiliary, as after a part of the day.
- "twice yearly, in the spring", "every year, in the spring", "four times a year: in March, June ...": the
  times told right after any set of years are those of every year.

Second reader's review of the rules that came with leftovers pass 23A and the blind sets blind_narrative_106
and blind_diaries (round 23): each row is a sentence of our own where a rule's trigger appears but its
reading was wrong, or a close variant it missed, with rows the mend must keep.

- Southern seasons: "LONDON - The minister flew to Sydney on Monday. Last winter was the wettest on
  record." took a southern winter because a southern city stood somewhere in the first 300 characters; so
  did "An Australian tourist was hurt in Scotland last winter" and "The Chile pepper harvest failed last
  summer in New Mexico". A season is now the south's only where the dateline names a southern place
  ("SYDNEY (Reuters) -", "Christchurch, New Zealand -", not "CHRISTCHURCH, Dorset -"), or the lead or the
  season's own sentence sets things there ("in New Zealand", "across Queensland", "Sydney's beaches"); a
  northern dateline over a sentence set in the south ("LONDON - Farmers in New Zealand say last winter
  was dry") is the south's.
- Last calls: the resolver's copy of the "last orders are at" test did not ask for a noun of a last call,
  so "My last exam is at 2pm" and "The last song is at 10pm" became every day's (XXXX-XX-XXT14:00); and a
  person's "Her last entry is at 9.15" was read as an evening cut-off. Both readers now share one helper
  (`last_call_at`), which asks for LAST_CALL_NOUNS and no person's possessive before "last" ("Its last
  admission is at 4.45" is still the museum's).
- Doors: "Doors open at 10.30, and the matinee begins at 11 a.m." put the doors at 22:30 (and "Doors open at
  9.45 and the morning show starts at 10.15am" moved the show to the next morning): a matinee, a lunchtime
  or a morning show near the doors keeps the morning (DAYTIME_SHOW_WORDS).
- Hedged early years: "circa" abbreviated was taken as a year whatever stood before it, so "a population
  of c. 640", "Numbers rose to c. 640", "The hoard held c. 350" and "Numbers fell from c. 900 to c. 450"
  were years; after "of", a verb of a level or a count, or "to"/"at"/"from" after one (and the end of a
  range whose opening is so), it is a count; "The abbey was founded c. 640", "(c. 800)" and "ruled from
  c. 900 to c. 950" stay years.
- The coming midnight of an announced measure: "Police said they had imposed a curfew from midnight" (a
  past perfect) is the midnight gone, not the coming one.
- "that June 1944": "I remember that June 1944 was wet" was missed (a verb ending in "s" after the year
  was taken for a plural noun of a count): 1944-06.
- The writer's "yesterday" after "Today": "Today the lighthouse is automated. In 1953 its keeper wrote
  that the lamp had failed last night." counted "last night" from the writer's day; once the story has
  named its own time again after the "today", the day word is the story's.
- "the night" in a past perfect told by day: "By 10 a.m. the crew had been told the night would be rough"
  and "At 2 p.m. the mate had already planned to sail during the night" were read as the night before;
  a plan's infinitive after the past perfect, or "would" after "the night", looks ahead to the coming
  night of the day told.
- Log watch times: the zero-led line that lets "1030 Reached the buoy" be a watch time was looked for only
  after a line break, so a log whose first line is "0930 Left the harbour." missed its later hours.
- "Day 7 - " leading a heading: "Day 7 \u2013 13 June 1989" (no weekday) read the count of days as the
  opening day of a range "7 \u2013 13 June 1989" (1989-06-07), and the entry's "Tonight" lost its day; a
  number after a journey's count noun (JOURNEY_PART_LABELS: day, stage, leg) opens no range, and the
  resolver's heading pattern takes its labels from the same table ("Stage 5 - 12 May 2019"), where
  "Day" had been written into the pattern.
- Roman-numeral months: "1.i. Scope of the rules / 1.ii. Definitions / 2.i. Duties" (an outline's parts)
  were read as 1 January, 1 February and 2 January; lines opened by the same number with another numeral,
  or a later higher number with a lower numeral, are an outline's ("2.v. / 9.v. / 3.vi." is a diary's).
- Code: `_MONTH_YEAR_AFTER` and `_LAST_CENTURY_NAMED` had been put between another pattern and its comment
  (the comments of `_POSTPOSED_RELATIVE_BLOCK` and `_CENTURY_OWNER` read as theirs); moved. The Roman
  months' alternation, written out twice by hand, is `words_regex(ROMAN_MONTHS)` (as the third use, the
  outline test, is); `_hedged_early_year` looked back for its lead before the cheap tests that may refuse
  it; `writers_month` carried its comment inside its brackets. Left for the reviewer of the news-lead
  rule: kind.py's `_FUTURE_AUXILIARIES` is lexical data outside en.py, beside WILL_AUXILIARIES.
- Left, with why:
  - "Rules / 1.i. Scope / 2.i. Duties" (no two parts under one number) cannot be told from 1-2 January.
  - "In 1890 the keeper wrote: 'We will light it again on Christmas Day.'" is read as the writer's next
    Christmas (as a month there already was): `_quoted` counts only double quotes, and teaching it single
    quotes (which are also apostrophes) touches every rule that asks it.
  - "Repeated Sunday, the same mistake cost them the game" (a participle clause, not a listing) reads the
    coming Sunday; telling it from "Repeated Sunday, 9pm, BBC Four" would be a guess.
  - "Until about 900 were counted, the census went on" reads a year: a verb right after the number does
    not make it a count ("the climate that had favoured farmers since about 950 was ending", "roads that
    had served since about 950 were failing").
  - "Units sold, 2000" on a first line is read as the text's year; a title's noun of quantity is not known.
  - "After repairs the new footbridge is open on weekdays from March" (in a story) is every year's March
    by the timetable rule; a one-off reopening cannot be told from a season's hours by the words.
  - "Its fame is due to a storm in the winter" ("due to" as "because of") is read as the writer's coming
    winter; that was so before this round (d73e5d8).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2014, 12, 15)
THURSDAY = date(2025, 12, 25)
NARRATIVE = DocumentKind.NARRATIVE
NEWS = DocumentKind.NEWS
JANUARY = date(2024, 1, 15)
FRIDAY = date(2024, 5, 10)
TUESDAY = date(2019, 4, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the fall of Saigon in 1975 the family moved to Ohio. They arrived in 1977, just before the"
            " fall.",
            [("1975", "DATE", "1975"), ("1977", "DATE", "1977"), ("the fall", "DATE", "1977-FA")],
        ),
        (
            "After the fall of Saigon in 1975 the family moved to Ohio. In 1980 he worked at the plant from"
            " spring until the fall.",
            [("1975", "DATE", "1975"), ("1980", "DATE", "1980"), ("the fall", "DATE", "1980-FA")],
        ),
    ],
)
def test_the_fall_stays_autumn_without_a_length_of_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town grew in the 14th century and the 15th was a time of decline.",
            [("the 14th century", "DATE", "13"), ("the 15th", "DATE", "14")],
        ),
        (
            "Its trade flourished in the 14th century and the early 15th under the Medici.",
            [("the 14th century", "DATE", "13"), ("the early 15th", "DATE", "14")],
        ),
    ],
)
def test_elided_century_before_a_function_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stokes (120 – 135) batted well.", []),
        ("Chapter Nine (300 – 450) covers the rest.", []),
        ("Sales (300 – 15 March 2021) grew.", [("15 March 2021", "DATE", "2021-03-15")]),
    ],
)
def test_bracketed_numbers_that_are_no_life(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Charlemagne was crowned at Rome on Christmas Day 800.", [("Christmas Day", "DATE", "2013-12-25")]),
        (
            "Alfred fled to the marshes in 878. After Christmas 500 and more left the city.",
            [("878", "DATE", "0878"), ("Christmas", "DATE", "0878-12-25")],
        ),
    ],
)
def test_feast_kept_before_an_unread_early_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1890 the family moved to Ohio. It is winter now, and the children wait for Christmas.",
            [("1890", "DATE", "1890"), ("now", "DATE", "PRESENT_REF"), ("Christmas", "DATE", "1890-12-25")],
        ),
    ],
)
def test_feast_after_now_in_a_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys arrived in 1521. The treaty, signed at Worms two years earlier, was read aloud in the"
            " square. In late June the envoys left.",
            [
                ("1521", "DATE", "1521"),
                ("two years earlier", "DATE", "1519"),
                ("late June", "DATE", "1521-06"),
            ],
        ),
        (
            "The envoys arrived in 1521. Their treaty, signed at Worms two years earlier, was read aloud. In"
            " late June the envoys left.",
            [
                ("1521", "DATE", "1521"),
                ("two years earlier", "DATE", "1519"),
                ("late June", "DATE", "1521-06"),
            ],
        ),
        (
            "In 1202 the fleet sailed. In the end the city, besieged a year later, was stormed on 17 July.",
            [("1202", "DATE", "1202"), ("a year later", "DATE", "1203"), ("17 July", "DATE", "1203-07-17")],
        ),
    ],
)
def test_participle_aside_looking_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege began on 2 April 1453. On the 29th Giustiniani was wounded.",
            [("2 April 1453", "DATE", "1453-04-02"), ("the 29th", "DATE", "1453-04-29")],
        ),
        (
            "The siege began on 2 April 1453. Early on the 29th Giustiniani was wounded.",
            [("2 April 1453", "DATE", "1453-04-02"), ("the 29th", "DATE", "1453-04-29")],
        ),
    ],
)
def test_ordinal_day_opening_a_sentence_before_a_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1150 convoys left twice yearly, in the spring and in September.",
            [
                ("1150", "DATE", "1150"),
                ("twice yearly", "SET", "P1Y"),
                ("the spring", "DATE", "XXXX-SP"),
                ("September", "DATE", "XXXX-09"),
            ],
        ),
        (
            "By 1150 convoys left four times a year: in March and in June.",
            [
                ("1150", "DATE", "1150"),
                ("four times a year", "SET", "P1Y"),
                ("March", "DATE", "XXXX-03"),
                ("June", "DATE", "XXXX-06"),
            ],
        ),
    ],
)
def test_times_right_after_a_set_of_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a southern place mentioned, not where the story is set: the northern season
        (
            "LONDON - The minister flew to Sydney on Monday. Last winter was the wettest on record.",
            [("Monday", "DATE", "2024-01-15"), ("Last winter", "DATE", "2022-WI")],
        ),
        ("An Australian tourist was hurt in Scotland last winter.", [("last winter", "DATE", "2022-WI")]),
        ("The Chile pepper harvest failed last summer in New Mexico.", [("last summer", "DATE", "2023-SU")]),
        ("CHRISTCHURCH, Dorset - Last winter was wet.", [("Last winter", "DATE", "2022-WI")]),
        # a southern dateline, setting or sentence: the southern season
        (
            "Heatwave\nSYDNEY, Australia (Reuters) - Last summer was hot.",
            [("Last summer", "DATE", "2022-SU")],
        ),
        ("Christchurch, New Zealand \u2014 Last winter was wet.", [("Last winter", "DATE", "2023-WI")]),
        ("LONDON - Farmers in New Zealand say last winter was dry.", [("last winter", "DATE", "2023-WI")]),
        (
            "Last winter was the driest across Queensland since 1902.",
            [("Last winter", "DATE", "2023-WI"), ("1902", "DATE", "1902")],
        ),
        (
            'Sydney\'s beaches were packed. "Last winter was long," one swimmer said.',
            [("Last winter", "DATE", "2023-WI")],
        ),
    ],
)
def test_southern_season_needs_a_southern_setting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, JANUARY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My last exam is at 2pm.", [("2pm", "TIME", "2024-05-10T14:00")]),
        ("The last song is at 10pm.", [("10pm", "TIME", "2024-05-10T22:00")]),
        ("Her last entry is at 9.15, when the diary stops.", []),
        # a place's last call keeps its reading
        ("Its last admission is at 4.45.", [("4.45", "TIME", "XXXX-XX-XXT16:45")]),
        ("Last orders are at 11pm.", [("11pm", "TIME", "XXXX-XX-XXT23:00")]),
    ],
)
def test_last_call_is_a_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doors open at 10.30, and the matinee begins at 11 a.m.",
            [("10.30", "TIME", "2024-05-10T10:30"), ("11 a.m.", "TIME", "2024-05-10T11:00")],
        ),
        (
            "Doors open at 9.45 and the morning show starts at 10.15am.",
            [
                ("9.45", "TIME", "2024-05-10T09:45"),
                ("morning", "TIME", "2024-05-10TMO"),
                ("10.15am", "TIME", "2024-05-10T10:15"),
            ],
        ),
        # an evening performance keeps the evening
        (
            "Doors open at 7.30 and the gig starts at 8.30.",
            [("7.30", "TIME", "2024-05-10T19:30"), ("8.30", "TIME", "2024-05-10T20:30")],
        ),
    ],
)
def test_doors_of_a_daytime_show(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The village had a population of c. 640.", []),
        ("Numbers rose to c. 640 by the end.", []),
        ("The hoard held c. 350, most of them silver.", []),
        ("Numbers fell from c. 900 to c. 450.", []),
        # years stay years
        ("The abbey was founded c. 640.", [("c. 640", "DATE", "0640")]),
        ("The cross (c. 800) stands in the nave.", [("c. 800", "DATE", "0800")]),
        ("The kings ruled from c. 900 to c. 950.", [("c. 900", "DATE", "0900"), ("c. 950", "DATE", "0950")]),
        ("Since about 950 the village has kept its charter.", [("about 950", "DATE", "0950")]),
        (
            "The dry spell that had troubled growers since about 950 was ending.",
            [("about 950", "DATE", "0950")],
        ),
    ],
)
def test_circa_before_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said they had imposed a curfew from midnight, and the streets were empty by dawn.",
            [("midnight", "TIME", "2024-05-09T24:00"), ("dawn", "TIME", "2024-05-10TMO")],
        ),
        # the simple past still announces the coming midnight
        (
            "At 11am the navy announced a blockade from midnight.",
            [("11am", "TIME", "2024-05-10T11:00"), ("midnight", "TIME", "2024-05-10T24:00")],
        ),
    ],
)
def test_measure_imposed_in_a_past_perfect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I remember that June 1944 was wet.", [("June 1944", "DATE", "1944-06")]),
        ("That June 1944 has stayed with me.", [("June 1944", "DATE", "1944-06")]),
        ("That June 1500 soldiers died.", [("That June", "DATE", "2024-06")]),
    ],
)
def test_that_month_and_year_before_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today the lighthouse is automated. In 1953 its keeper wrote that the lamp had failed last night.",
            [
                ("Today", "DATE", "2019-04-02"),
                ("1953", "DATE", "1953"),
                ("last night", "TIME", "1952-12-31TNI"),
            ],
        ),
        # with no story time after the writer's "today", the day word is still the writer's
        (
            "The tug was built in 1931. Today she is moored at Leith. She was towed out to sea yesterday.",
            [("1931", "DATE", "1931"), ("Today", "DATE", "2019-04-02"), ("yesterday", "DATE", "2019-04-01")],
        ),
    ],
)
def test_writers_yesterday_after_the_story_moves(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "0930 Left the harbour.\n1030 Reached the buoy.\n1415 Anchored off the point.",
            [
                ("0930", "TIME", "XXXX-XX-XXT09:30"),
                ("1030", "TIME", "XXXX-XX-XXT10:30"),
                ("1415", "TIME", "XXXX-XX-XXT14:15"),
            ],
        ),
        ("1066 Battle of Hastings\n1215 Magna Carta", []),
    ],
)
def test_log_opening_on_a_watch_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contents\n1.i. Scope of the rules\n1.ii. Definitions\n2.i. Duties of members", []),
        ("Contents\n1.ii. Definitions\n2.i. Duties of members", []),
        # a diary's dates move on
        (
            "Notes\n\n2.v. First cuckoo.\n9.v. Rain.\n3.vi. Hay cut.",
            [("2.v.", "DATE", "XXXX-05-02"), ("9.v.", "DATE", "XXXX-05-09"), ("3.vi.", "DATE", "XXXX-06-03")],
        ),
    ],
)
def test_outline_numbers_are_no_roman_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Day 7 \u2013 13 June 1989\nWalked twenty miles. Tonight we camp.",
            [("13 June 1989", "DATE", "1989-06-13"), ("Tonight", "TIME", "1989-06-13TNI")],
        ),
        (
            "Stage 5 - 12 May 2019\nA flat stage. Tomorrow the mountains.",
            [("12 May 2019", "DATE", "2019-05-12"), ("Tomorrow", "DATE", "2019-05-13")],
        ),
        # a range with no count noun before it is still a range
        (
            "The fair ran 7 - 13 June 1989.",
            [("7", "DATE", "1989-06-07"), ("13 June 1989", "DATE", "1989-06-13")],
        ),
    ],
)
def test_journey_count_before_a_dated_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "night"),
    [
        (
            "On 3 May 1921 the tug ran aground. By 10 a.m. the crew had been told the night would be rough.",
            "1921-05-03TNI",
        ),
        (
            "On 3 May 1921 the tug ran aground. At 2 p.m. the mate had already planned to sail during the night.",
            "1921-05-03TNI",
        ),
        # a past perfect that looks back keeps the night before
        (
            "On 3 May 1921 the tug ran aground. By 4 p.m. the crew were ashore. The cook had died during the night.",
            "1921-05-02TNI",
        ),
    ],
)
def test_night_ahead_of_a_past_perfect(text: str, night: str) -> None:
    assert [value for surface, _, value in typed(text, None, NARRATIVE) if surface == "the night"] == [night]
