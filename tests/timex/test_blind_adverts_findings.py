"""Rules added after the blind adverts set (`data/gold/timex/blind_adverts.jsonl`, job adverts, a lettings
listing, an auction catalogue page, a course prospectus, a classified column, a holiday cottage and a gym offer)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "Bakery & Deli, Est. 1998 | Free delivery": a bar parts the fields of a letterhead's or a listing's line, so
  a founding year before it closes its field as a comma would.
- "A walnut bureau, restored 1992, on bracket feet": a participle of making or mending that opens an item of a
  list of a thing's attributes, set off by commas, dates the thing, as one opening a label's line does; a
  count after it ("restored 1500 years after") stays a count.
- "Peugeot 206 LX, 2003, 53 reg, 71,000 miles": a car advert's model year, set off by commas before the
  registration or the mileage; it dates the car, not the advert's own time, so "taxed till May" after it
  still lies ahead. Figures in a run ("£1,500, 1999, 2,000 miles") are not model years.
- "Offers by Friday", "Replies by Monday, please": a deadline set with "by" and no verb lies ahead, even a
  day after the writer's own weekday; "By Friday the river had risen" has its past.
- "LOST: ginger tom, answers to Sunday": the name a pet answers to is no day; "He answers to Monday's
  board" keeps the day.
- "nights, Sun-Thu": "Sun" opening a run of short weekdays is the day; "the Sun-Herald" stays a name.
- "shifts across the week, including weekends": "including" leads the weekends a rota or a rule takes in, as
  "except" leads those it leaves out; after "daily, including" they are inside the daily set and not tagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2005, 3, 12)
TUESDAY = date(2017, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fenwick Bakery & Deli, Est. 1998 | Free local delivery", [("1998", "DATE", "1998")]),
        ("Harlow Motors, est. 1976 | Free valeting", [("1976", "DATE", "1976")]),
        # a bar between figures of a table is no letterhead's field
        ("Crowd est 1500 | Gate receipts £4,000", []),
    ],
)
def test_founding_year_before_a_field_bar(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A walnut bureau, restored 1992, on bracket feet.", [("1992", "DATE", "1992")]),
        ("The rowing boat, rebuilt 1987, is for sale.", [("1987", "DATE", "1987")]),
        # a count after the participle stays a count
        (
            "The chapel, restored 1500 years after it was built, reopened.",
            [("1500 years", "DURATION", "P1500Y")],
        ),
    ],
)
def test_making_participle_opening_a_listed_item(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bikes wanted.\nPeugeot 206 LX, 2003, 53 reg, 71,000 miles, taxed till May. £1,450.",
            [("2003", "DATE", "2003"), ("May", "DATE", "2005-05")],
        ),
        ("Bikes wanted.\nRenault Clio 1.2, 1999, T-reg, one owner.", [("1999", "DATE", "1999")]),
        ("Bikes wanted.\nToyota Yaris, 2011, 38k miles, £4,995.", [("2011", "DATE", "2011")]),
        # a run of figures, priced or grouped, is no car's year
        ("Bikes wanted.\nWe paid £1,500, 1999, 2000 miles.", []),
    ],
)
def test_car_advert_model_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sofa, good condition. Offers by Friday.", [("Friday", "DATE", "2005-03-18")]),
        ("Replies by Monday, please.", [("Monday", "DATE", "2005-03-14")]),
        # a past tense keeps its day gone
        ("By Friday the river had risen.", [("Friday", "DATE", "2005-03-11")]),
    ],
)
def test_verbless_deadline_with_by(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LOST: ginger tom, answers to Sunday, Kingsway area.", []),
        ("A spaniel answering to the name of Friday went missing.", []),
        ("He answers to Monday's board.", [("Monday", "DATE", "2017-05-08")]),
    ],
)
def test_name_a_pet_answers_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cleaners work 10pm to 6am, Sun-Wed, 30 hours a week.",
            [
                ("10pm", "TIME", "XXXX-XX-XXT22:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
                ("Sun", "SET", "XXXX-WXX-7"),
                ("Wed", "SET", "XXXX-WXX-3"),
                ("30 hours a week", "SET", "P1W"),
            ],
        ),
        ("The Sun-Herald ran the story.", []),
    ],
)
def test_sun_opening_a_run_of_weekdays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shifts run across the week, including weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
        # after "daily" the weekends are inside its set, as the earlier sets leave them
        ("The library is open daily, including weekends.", [("daily", "SET", "P1D")]),
        # one named day keeps its date
        ("It rained all week, including Saturday.", [("Saturday", "DATE", "2017-05-06")]),
    ],
)
def test_including_leads_standing_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
