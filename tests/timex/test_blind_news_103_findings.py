"""Rules added after the hundred-and-third blind news set (`data/gold/timex/blind_news_103.jsonl`, zoo, pet
and animal news) was scored once: each row is a sentence of our own showing the general English usage
behind one finding, with rows where the rule must not apply.

- "The vet examined her last month", "I met her last night": "her" after a verb of meeting or dealing
  with a person is its object, so the "last" after it names the time gone by; "spent her last month in a
  hospice" and "on her last evening in Paris" keep the final one of a life or a stay.
- "a puppy aged 12 weeks", "kittens under 8 weeks": a count of weeks or days after "aged" or "under" that
  follows a young animal (or a pet, a dog, a cat) is its age, as a child's is; "steaks aged 35 days" and
  "whisky aged 12 years" stay lengths.
- "until noon next Monday", "at 5pm last Friday": a clock time before a weekday counted from now is one
  expression, as "noon tomorrow" and "noon Monday" are.
- "is open every day except Christmas Day": a fixed feast a standing rule leaves out is that day of any
  year (XXXX-12-25), as "daily except Sundays" is every Sunday, and so is a feast listed after it ("and New
  Year's Day"); "will be open every day except Christmas Day" over one season keeps this year's.
- "hoped to open a new unit, with 80 heated pens, by the summer": a past form after a count in figures
  before a noun is an adjective ("four wounded soldiers"), not the clause's verb; a year ("in 2019
  launched") or a count that is the subject ("11 died in June") is left to it.
- "\"Five years ago we took in 900 animals between June and August,\" she said": a quotation opening on a
  year counted from now sets the year of the months it names, as a sentence opening on it does; the
  sentence after the quotation closes is not framed by it.
- "In a normal August we would expect 15": a month after "a normal", "a typical", "an average" is that month
  of any year (XXXX-08); "the normal August rush" is not after "a".
- "She hopes to open the unit by the summer", said in September: the deadline of an act still to come lies
  ahead, the next summer, not the one just gone; "he said he would be home by the summer" reports a plan
  and is left to the nearest.
- "sailed on the evening tide last night", "in the morning session yesterday": a part of the day qualifying
  a noun falls on the day named right after the noun.
- "Anyone who finds an injured animal after 6pm should ring": the hour in a rule for whoever does something
  is of any day; "anyone who saw the car at 6pm" (past) and a time given its own day stay one day's.
- "We had 61 admissions on the bank holiday Monday", said on a Friday in September: "bank holiday Monday"
  is one of the year's bank holiday Mondays in England and Wales (Easter Monday, early May, spring, summer,
  with the years they were moved), the nearest on the side the tense says, not the last Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only

WEDNESDAY = date(2021, 3, 10)
FRIDAY_SEPTEMBER = date(2025, 9, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vet examined her last month and found nothing.", [("last month", "2021-02", None)]),
        ("I met her last night at the station.", [("last night", "2021-03-09TNI", None)]),
        ("Police interviewed her last week.", [("last week", "2021-W09", None)]),
        # a possessive "her" keeps the final one of a life or a stay
        ("She spent her last month in a hospice.", []),
        ("On her last evening in Paris we ate out.", []),
    ],
)
def test_her_after_a_verb_of_meeting_is_its_object(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A puppy aged 12 weeks was seized at the port.", []),
        ("Kittens under 8 weeks may not be sold.", []),
        ("The foal aged ten days was moved to a paddock.", []),
        # the ageing of a food or a drink is a length
        ("Steaks aged 35 days are on the menu.", [("35 days", "P35D", None)]),
        ("The whisky aged 12 years in oak.", [("12 years", "P12Y", None)]),
    ],
)
def test_count_after_aged_and_a_young_animal_is_its_age(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Places can be booked until noon next Monday.", [("noon next Monday", "2021-03-15T12:00", None)]),
        ("Bids closed at 5pm last Friday.", [("5pm last Friday", "2021-03-05T17:00", None)]),
        ("Bids close at noon this Friday.", [("noon this Friday", "2021-03-12T12:00", None)]),
        # a week is no weekday: the clock time and the week stay apart
        ("We meet at 9am next week.", [("9am", "2021-03-10T09:00", None), ("next week", "2021-W11", None)]),
    ],
)
def test_clock_time_before_a_weekday_counted_from_now(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The zoo opens every day except Christmas Day.",
            [("every day", "P1D", None), ("Christmas Day", "XXXX-12-25", None)],
        ),
        (
            "The museum is open daily except Christmas Day and New Year's Day.",
            [
                ("daily", "P1D", None),
                ("Christmas Day", "XXXX-12-25", None),
                ("New Year's Day", "XXXX-01-01", None),
            ],
        ),
        # over one season to come the feast is this year's
        (
            "The tip will be open every day except Christmas Day.",
            [("every day", "P1D", None), ("Christmas Day", "2021-12-25", None)],
        ),
        (
            "Closed on 4 July and Christmas Day.",
            [("4 July", "2020-07-04", None), ("Christmas Day", "2020-12-25", None)],
        ),
    ],
)
def test_feast_left_out_of_a_standing_rule(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council hoped to open the 40 heated pools by the summer.", [("the summer", "2021-SU", None)]),
        (
            "She said the centre hoped to open a unit, with 80 heated pens, by the summer.",
            [("the summer", "2021-SU", None)],
        ),
        # a year and a count that is the subject are left to the verb after them
        ("The firm in 2019 launched a phone in June.", [("2019", "2019", None), ("June", "2020-06", None)]),
        ("Of the crew, 11 died in June.", [("June", "2020-06", None)]),
    ],
)
def test_past_form_after_a_count_in_figures_is_an_adjective(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Ten years ago we sold 400 cars between May and July," he said.',
            [("Ten years ago", "2015", None), ("May", "2015-05", None), ("July", "2015-07", None)],
        ),
        (
            "\u201cLast year we opened in March,\u201d he said.",
            [("Last year", "2024", None), ("March", "2024-03", None)],
        ),
        # the sentence after the quotation is not framed by it
        (
            '"This year, nobody wants it." Dealers will show new models, due in showrooms in the spring.',
            [("This year", "2025", None), ("the spring", "2026-SP", None)],
        ),
    ],
)
def test_quotation_opening_on_a_year_counted_from_now(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, FRIDAY_SEPTEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a normal August we would expect 15 calls.", [("August", "XXXX-08", None)]),
        ("A typical January brings snow to the hills.", [("January", "XXXX-01", None)]),
        # without "a" the month is one month
        ("The normal August rush began.", [("August", "2020-08", None)]),
    ],
)
def test_month_after_a_normal_is_any_such_month(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She hopes to open the unit by the summer.", [("the summer", "2026-SU", None)]),
        ("The rangers hoped to finish the fence by the summer.", [("the summer", "2026-SU", None)]),
        # a plan reported with "would" is left to the nearest
        ("He said he would be home by the summer.", [("the summer", "2025-SU", None)]),
    ],
)
def test_deadline_of_an_act_to_come_lies_ahead(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, FRIDAY_SEPTEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry sailed on the evening tide last night.",
            [("evening", "2025-09-04TEV", None), ("last night", "2025-09-04TNI", None)],
        ),
        (
            "Shares fell in the morning session yesterday.",
            [("morning", "2025-09-04TMO", None), ("yesterday", "2025-09-04", None)],
        ),
        # with no day after its noun the part of the day stays the day's in context
        ("The evening rush was bad.", [("evening", "2025-09-05TEV", None)]),
    ],
)
def test_part_of_day_before_a_noun_and_a_day(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, FRIDAY_SEPTEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anyone who finds an injured hedgehog after 6pm should ring the emergency line.",
            [("6pm", "XXXX-XX-XXT18:00", None)],
        ),
        ("Whoever arrives after 10pm must sign in at the gate.", [("10pm", "XXXX-XX-XXT22:00", None)]),
        # a witness appeal and a time given its own day are one day's
        ("Police want to hear from anyone who saw the van at 6pm.", [("6pm", "2025-09-05T18:00", None)]),
        (
            "Anyone who arrives after 10pm on Friday must sign in.",
            [("10pm", "2025-09-05T22:00", None), ("Friday", "2025-09-05", None)],
        ),
    ],
)
def test_hour_in_a_rule_for_whoever_does_something(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, FRIDAY_SEPTEMBER) == expected


@pytest.mark.parametrize(
    ("dct", "text", "value"),
    [
        (FRIDAY_SEPTEMBER, "We had 61 calls on the bank holiday Monday.", "2025-08-25"),
        (FRIDAY_SEPTEMBER, "The road will reopen on bank holiday Monday.", "2026-04-06"),
        (date(2024, 5, 1), "The road will reopen on bank holiday Monday.", "2024-05-06"),
        (date(2021, 4, 10), "We had 61 calls on the bank holiday Monday.", "2021-04-05"),
        # a year whose spring bank holiday was moved for a jubilee
        (date(2012, 5, 31), "The bank holiday Monday will end with a concert.", "2012-06-04"),
    ],
)
def test_bank_holiday_monday_is_one_of_the_years_bank_holidays(dct: date, text: str, value: str) -> None:
    [(surface, found, _)] = only(text, dct)
    assert surface.lower().endswith("bank holiday monday")
    assert found == value
