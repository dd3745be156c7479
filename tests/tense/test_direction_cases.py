"""Which side of the DCT an underspecified date lands on, end to end: the tense reader's direction as
the resolver turns it into a value.

Each row is a sentence of our own, its DCT, one expression in it and the value that expression must
get. The rows cover the constructions whose tense decides the side (schedules in the present simple,
infinitives after past verbs, deferrals, reported speech, the past perfect) and, next to each, the
near constructions that must keep their reading (past forms, habits, the historical present).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions

# A Wednesday: the last Monday is 2022-01-31, the next one 2022-02-07; the last September is five
# months back, the next one seven months ahead, so only a direction brings the later one.
WEDNESDAY = date(2022, 2, 2)
THURSDAY = date(2022, 2, 3)

ROWS: list[tuple[str, date, str, str]] = [
    # --- an order, permission or request given in the past: the act it asks for follows it, on either
    # side of the DCT, so the nearest date (not the next one)
    ("Residents were ordered to leave on Tuesday.", WEDNESDAY, "Tuesday", "2022-02-01"),
    ("The army ordered residents to leave on Tuesday.", WEDNESDAY, "Tuesday", "2022-02-01"),
    ("Staff were told to return to the office on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The crew was asked to report for duty on Sunday.", WEDNESDAY, "Sunday", "2022-01-30"),
    ("The ship was allowed to dock on Sunday.", WEDNESDAY, "Sunday", "2022-01-30"),
    ("Residents were ordered to leave on Thursday.", WEDNESDAY, "Thursday", "2022-02-03"),
    ("The judge ordered that the files be released on Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("The judge ordered the files released on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
    # --- ... while a present or perfect one still looks ahead
    ("Residents are urged to leave on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The government plans to hold the vote on Sunday.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("The union has agreed to end the strike on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The company wants to reopen the plant in September.", WEDNESDAY, "September", "2022-09"),
    ("The team planned to leave the city on Thursday.", WEDNESDAY, "Thursday", "2022-02-03"),
    ("Workers threatened to strike on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The minister vowed to return to the town in September.", WEDNESDAY, "September", "2022-09"),
    # --- the present simple of a scheduled event: ahead
    ("The autumn round opens in September.", WEDNESDAY, "September", "2022-09"),
    ("The museum reopens on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The festival begins on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The exhibition closes on Sunday.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("The talks resume on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The ceremony takes place on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("Her flight leaves on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The delegation arrives on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The company launches its new phone in October.", WEDNESDAY, "October", "2022-10"),
    ("Schools close for the holiday on Sunday.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("The season ends in September.", WEDNESDAY, "September", "2022-09"),
    ("The new law takes effect in September.", WEDNESDAY, "September", "2022-09"),
    ("Trading starts Monday on the new exchange.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The committee meets on Monday to review the budget.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The trial begins in October, the court said.", WEDNESDAY, "October", "2022-10"),
    ("Voters go to the polls on Sunday.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("The offer expires on Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("The show runs until September.", WEDNESDAY, "September", "2022-09"),
    ("The trial starts next week.", WEDNESDAY, "next week", "2022-W06"),
    ("The ban comes into force on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The new rules go into effect in September.", WEDNESDAY, "September", "2022-09"),
    (
        "The referendum takes place in September, the minister said on Sunday.",
        WEDNESDAY,
        "September",
        "2022-09",
    ),
    (
        "The referendum takes place in September, the minister said on Sunday.",
        WEDNESDAY,
        "Sunday",
        "2022-01-30",
    ),
    ("On Monday the museum reopens with a new wing.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The strike began on Monday and ends on Friday.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The strike began on Monday and ends on Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("The talks broke off on Monday and resume on Thursday.", WEDNESDAY, "Thursday", "2022-02-03"),
    ("The bridge reopened on Sunday and closes again on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The museum, which reopens on Monday, was closed for two years.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The new season kicks off on Saturday.", WEDNESDAY, "Saturday", "2022-02-05"),
    ("Tickets go on sale on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    (
        "The plant closes for good in September, the company said on Tuesday.",
        WEDNESDAY,
        "September",
        "2022-09",
    ),
    ("The government said last week that the border reopens on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The store was open on Sunday.", WEDNESDAY, "Sunday", "2022-01-30"),
    ("The team plays the league leaders on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("Parliament is voting on the bill on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The minister travels to Paris on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The city hosts the final on Sunday.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("The trial is starting on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    # --- a date owned by a noun: behind, unless the noun's own clause looks ahead
    ("Sunday's vote will decide the race.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("Monday's vote was close.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The votes on Monday were close.", WEDNESDAY, "Monday", "2022-01-31"),
    ("Friday's blast might be linked to the feud.", WEDNESDAY, "Friday", "2022-01-28"),
    # --- the present simple of other verbs: a habit or the historical present, so the nearest date
    ("Sales rise in December as shoppers buy gifts.", WEDNESDAY, "December", "2021-12"),
    ("Troops enter the city on Tuesday.", WEDNESDAY, "Tuesday", "2022-02-01"),
    ("Rebels seize the airport on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
    # ... but an adverb of what is usual makes the month every year's (blind_news_19, 28, 51, 69)
    ("Prices usually fall in December.", WEDNESDAY, "December", "XXXX-12"),
    ("The market closes early on Fridays.", WEDNESDAY, "Fridays", "XXXX-WXX-5"),
    # --- ... and so does a schedule verb with a generic subject and a month, or a day it only follows
    ("Schools open in September after the summer break.", WEDNESDAY, "September", "2021-09"),
    ("Mountain roads close in December.", WEDNESDAY, "December", "2021-12"),
    ("The office reopens after New Year's Day.", WEDNESDAY, "New Year's Day", "2022-01-01"),
    ("The schools open in September.", WEDNESDAY, "September", "2022-09"),
    # --- past forms of the same schedule verbs: behind
    ("The ban came into force on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The museum reopened on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The trial started on Tuesday.", WEDNESDAY, "Tuesday", "2022-02-01"),
    ("The festival opened in September.", WEDNESDAY, "September", "2021-09"),
    ("The season ended in December.", WEDNESDAY, "December", "2021-12"),
    ("The talks were resumed on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The exhibition has closed since Sunday.", WEDNESDAY, "Sunday", "2022-01-30"),
    # --- deferring: a new date set in the past lies ahead; the act of deferring is dated behind
    ("The council postponed the vote until Tuesday.", WEDNESDAY, "Tuesday", "2022-02-08"),
    ("The hearing was postponed until Tuesday.", WEDNESDAY, "Tuesday", "2022-02-08"),
    ("The deadline was extended to Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("The council postponed the vote on Tuesday.", WEDNESDAY, "Tuesday", "2022-02-01"),
    # --- reported speech: the reporting verb dates its own date, the reported clause its own
    ("The company said on Monday it will close the plant on Friday.", WEDNESDAY, "Monday", "2022-01-31"),
    ("The company said on Monday it will close the plant on Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("The mayor said Tuesday that the bridge would reopen on Saturday.", WEDNESDAY, "Tuesday", "2022-02-01"),
    ("The mayor said Tuesday that the bridge would reopen on Saturday.", WEDNESDAY, "Saturday", "2022-02-05"),
    ("Officials said it would meet Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("He told reporters on Monday that talks would resume in September.", WEDNESDAY, "Monday", "2022-01-31"),
    ("He told reporters on Monday that talks would resume in September.", WEDNESDAY, "September", "2022-09"),
    ("The ministry said on Sunday the museum reopens on Monday.", WEDNESDAY, "Sunday", "2022-01-30"),
    ("The ministry said on Sunday the museum reopens on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The agency announced Tuesday it would open an office in October.", WEDNESDAY, "October", "2022-10"),
    (
        "The firm said Monday that it expects to close the deal in September.",
        WEDNESDAY,
        "Monday",
        "2022-01-31",
    ),
    (
        "The firm said Monday that it expects to close the deal in September.",
        WEDNESDAY,
        "September",
        "2022-09",
    ),
    # --- the past perfect of a schedule: the plan was overtaken, so the date is behind
    (
        "The agreement had been scheduled to expire at midnight Friday.",
        WEDNESDAY,
        "midnight Friday",
        "2022-01-28T24:00",
    ),
    ("The talks had been due to end on Friday.", WEDNESDAY, "Friday", "2022-01-28"),
    ("The vote had been planned for September.", WEDNESDAY, "September", "2021-09"),
    # --- futures, arrangements and expectations in the present: ahead
    ("The two leaders will meet on Friday.", WEDNESDAY, "Friday", "2022-02-04"),
    ("The court is expected to rule on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The vote is scheduled for Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The board is to meet on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The team is going to travel on Sunday.", WEDNESDAY, "Sunday", "2022-02-06"),
    ("The museum is reopening on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("The talks are due to resume on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    ("It was not clear whether the talks would resume on Monday.", WEDNESDAY, "Monday", "2022-02-07"),
    # --- the simple past: behind
    ("On October 23, the military announced the killing.", THURSDAY, "October 23", "2021-10-23"),
    ("Prices fell on Friday after the report.", WEDNESDAY, "Friday", "2022-01-28"),
    ("The storm hit the coast on Thursday.", WEDNESDAY, "Thursday", "2022-01-27"),
    ("The minister resigned in September.", WEDNESDAY, "September", "2021-09"),
    ("Police arrested two men on Saturday.", WEDNESDAY, "Saturday", "2022-01-29"),
    ("The minister has resigned, officials said on Monday.", WEDNESDAY, "Monday", "2022-01-31"),
]


def _value(sentence: str, dct: date, surface: str) -> tuple[str, str]:
    for expression in resolve_expressions(sentence, dct):
        if expression.text == surface:
            return expression.value, expression.explanation or ""
    found = [expression.text for expression in resolve_expressions(sentence, dct)]
    raise AssertionError(f"{surface!r} not found in {found}")


@pytest.mark.parametrize(
    ("sentence", "dct", "surface", "value"), ROWS, ids=[f"{row[0]} [{row[2]}]" for row in ROWS]
)
def test_the_tense_puts_the_date_on_its_side(sentence: str, dct: date, surface: str, value: str) -> None:
    found, explanation = _value(sentence, dct, surface)
    assert found == value, explanation
