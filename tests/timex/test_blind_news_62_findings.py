"""Rules added after the sixty-second blind news set (`data/gold/timex/blind_news_62.jsonl`, cold cases
and reopened investigations) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "We were told he would come home one day.": a modal's clause closed by "one day" uses it as the adverb
  "some day" (FUTURE_REF), as "will one day" does; "will last one day" and "for one day" stay lengths.
- "Friends will mark what would have been her 80th birthday on Wednesday": "what would have been ..." is
  a noun phrase naming an occasion, so the date after it takes the tense of the clause's own verb.
- "killed in Leeds 25 years ago. / He was found on 2 November": news gives the year of a past date more
  than half a year old, so a bare one told in the past right after a story years back is in that story's
  year, and so is one within a week of a day the text named with its year.
- "last seen at about 9pm on 9 August 1971 ... Mum died in 2001 still blaming herself for letting him go
  out that night": "that night" points back to the night the text told by its clock, however many
  paragraphs and years lie between, not to a year named since nor to the writer's day.
- "set alight on June 4, 1991 ... a neighbour who called police the next day": a day counted on in the
  past tense cannot lie after the writer's day, so it goes on from the last past day told.
- "shot dead on 20 November 1964, a Friday ... The gunman, who had been seen at about 5.30pm": a clock
  time a past perfect looks back to is on the story's day, not the writer's.
- "each February they lay flowers at the junction on 12 February": a day of the month the sentence has
  named as recurring ("each February", "every June") is that day of every year, whatever the tense,
  unless another time is told between ("and this year it falls on 21 June").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2024, 2, 7)
SUNDAY = date(2024, 2, 4)

_PARAGRAPH = (
    "The coroner at the time heard no evidence from the two youths who had been with him, and the police file "
    "was closed within a month. In 2009 a man wrote to the family to say that one of the youths had told him "
    "the boy had been pushed. The Attorney General gave his consent to a fresh application in 2011, and the "
    "High Court heard it over two days in the spring. The judge said the first inquest had been wholly "
    "insufficient and that the coroner had not called witnesses the police had already traced."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We were told he would come home one day.", [("one day", "DATE", "FUTURE_REF")]),
        ("You'll understand one day, she told him.", [("one day", "DATE", "FUTURE_REF")]),
        ("The strike will last one day.", [("one day", "DURATION", "P1D")]),
        ("The court will sit for one day.", [("one day", "DURATION", "P1D")]),
    ],
)
def test_one_day_closing_a_modal_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Friends will mark what would have been her 80th birthday on Wednesday.",
            [("Wednesday", "DATE", "2024-02-07")],
        ),
        ("It would have been his birthday on Wednesday.", [("Wednesday", "DATE", "2024-01-31")]),
    ],
)
def test_what_would_have_been_names_an_occasion(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Police have reopened the killing of a taxi driver in Leeds 25 years ago.\n\n"
            "He was found in his cab on 2 November.",
            date(2016, 5, 10),
            [("25 years ago", "DATE", "1991"), ("2 November", "DATE", "1991-11-02")],
        ),
        (
            "A fresh inquest was ordered into the death of a man who fell from a cliff path near Whitby "
            "38 years ago. He was last seen at about 8pm on 14 July, walking his dog.",
            date(2015, 3, 10),
            [
                ("38 years ago", "DATE", "1977"),
                ("about 8pm", "TIME", "1977-07-14T20:00"),
                ("14 July", "DATE", "1977-07-14"),
            ],
        ),
        (
            "Detectives have reopened the case of a woman killed in Hull 30 years ago. Her former partner was "
            "questioned again on 2 March.",
            date(2015, 3, 10),
            [("30 years ago", "DATE", "1985"), ("2 March", "DATE", "2015-03-02")],
        ),
    ],
)
def test_a_stale_past_date_is_the_far_storys(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize("dct", [date(2012, 5, 21), None])
def test_that_night_is_the_night_told_by_its_clock(dct: date | None) -> None:
    text = (
        "A boy of 15 was last seen near the quarry at about 9pm on 9 August 1971.\n\n"
        + _PARAGRAPH
        + '\n\n"Mum died in 2001 still blaming herself for letting him go out that night," his brother said.'
    )
    assert typed(text, dct)[-1] == ("that night", "TIME", "1971-08-09TNI")


def test_the_next_day_in_the_past_goes_on_from_the_last_past_day() -> None:
    text = (
        "The bakery was set alight in the early hours of June 4, 1991. The podcast began in September 2024 "
        "and ran for ten weeks. A neighbour who called police the next day said she had seen a van."
    )
    assert typed(text, date(2025, 1, 15))[-1] == ("the next day", "DATE", "1991-06-05")


def test_a_past_perfect_clock_time_is_on_the_storys_day() -> None:
    text = (
        "The jeweller was shot dead behind his counter on 20 November 1964, a Friday, when the week's "
        "takings were still in the safe. The gunman, who had been seen in the street at about 5.30pm, "
        "escaped with the money."
    )
    assert typed(text, date(1994, 11, 18))[-1] == ("about 5.30pm", "TIME", "1964-11-20T17:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each March the village lights a bonfire on the hill on 5 March.",
            [("Each March", "SET", "XXXX-03"), ("5 March", "DATE", "XXXX-03-05")],
        ),
        (
            "Every June the school held its sports day on 21 June.",
            [("Every June", "SET", "XXXX-06"), ("21 June", "DATE", "XXXX-06-21")],
        ),
        (
            "Every June the school holds its sports day, and this year it falls on 21 June.",
            [
                ("Every June", "SET", "XXXX-06"),
                ("this year", "DATE", "2024"),
                ("21 June", "DATE", "2024-06-21"),
            ],
        ),
    ],
)
def test_a_day_of_a_recurring_month_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
