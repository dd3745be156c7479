"""Rules added after the hundred-and-eleventh blind narrative set (`data/gold/timex/blind_narrative_111.jsonl`,
histories of public services: a city fire brigade, a town's post office, a county constabulary and a
lifeboat station) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "The doctor came within the hour": "the hour" after "within" is the hour from then, a bound on how soon,
  as "within an hour" is; "on the hour" and "the hour of his death" are no length.
- "The churchwardens were chosen each Easter", "sang every Whitsun": a feast whose day moves, after "each"
  or "every", recurs on a day of every year that no month and day can name (SET XXXX-XX-XX), as "every
  Christmas" recurs on XXXX-12-25; "at Easter in 1850" stays one feast.
- "after the last Sunday bus", "on her last Sunday collection": "last" between "the" or an owner and a
  weekday before a weekly service's noun is the final one of the service, not the Sunday before now ("We
  met him last Sunday" and "The last Sunday in May" keep their days).
- "The Sunday delivery was given up", "The Sunday post had been ended": a post office's round is a
  service run every such day, as "Sunday buses" are; "On Sunday delivery vans were stopped" opens its
  clause with the day and keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The doctor came within the hour.", [("the hour", "DURATION", "PT1H")]),
        ("Within the hour the last of the crew was ashore.", [("the hour", "DURATION", "PT1H")]),
        # a clock's hour and an occasion are no length
        ("The trains leave on the hour.", []),
        ("He did not know the hour of his death.", []),
    ],
)
def test_within_the_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The churchwardens were chosen each Easter by the vestry.", [("each Easter", "SET", "XXXX-XX-XX")]),
        (
            "The choir sang every Whitsun until 1914.",
            [("every Whitsun", "SET", "XXXX-XX-XX"), ("1914", "DATE", "1914")],
        ),
        ("Every Christmas the family went to church.", [("Every Christmas", "SET", "XXXX-12-25")]),
        # one feast of one year stays a date
        (
            "The fair was held at Easter in 1850.",
            [("Easter", "DATE", "1850-03-31"), ("1850", "DATE", "1850")],
        ),
    ],
)
def test_every_movable_feast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge closed after the last Sunday bus in 1961.", [("1961", "DATE", "1961")]),
        ("She cycled the route on her last Sunday collection before she retired.", []),
        # without the article or the owner, and before no service, the Sunday before now
        ("We met him last Sunday.", [("last Sunday", "DATE", "2024-05-05")]),
        ("The last Sunday in May is a holiday.", [("The last Sunday in May", "DATE", "2024-05-26")]),
    ],
)
def test_the_last_weekday_service(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sunday delivery was given up in 1921.", [("1921", "DATE", "1921")]),
        ("The Sunday post had been ended by then.", []),
        # the day opening its clause dates what follows
        ("On Sunday delivery vans were stopped at the border.", [("Sunday", "DATE", "2024-05-05")]),
    ],
)
def test_weekday_postal_service(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
