"""A second reader's review (review27A) of the rules of the third round: farming news, histories of sport,
captions, the leftovers pass and review26A's mends. Each row is a sentence of our own where a new rule's
trigger appears but its reading was wrong, with rows the mend must leave alone.

Mended here:

- "The stadium was built in 1921-22 at a cost of 40,000 pounds.", "Striker Jones scored twice in the match on
  Saturday. Separately, the town hall was restored in 1997-98": a span of two running years after "in" left
  untagged as a season of play whenever a sport word stood within 300 characters, so the two years of a work
  built, restored or founded were lost. After a participle of making or coming (the catalogue's table: built,
  restored, founded, completed, ...) before "in" the span keeps its two years; "won the league in 1921-22"
  stays a season.
- "Tickets start at 7.50, and children go free.", "Fares begin at 2.15 and rise.": a dotted hour closing its
  clause after a verb of starting was a clock time even when what starts is a thing sold, whose figure after
  "at" is its price (PRICED_AT_NOUNS). "Ticket sales open at 9.30, and" stays a time.
- "A talk, about 1990s music, was given.": the caption's hedged year after a comma ("Dressing case, about
  1890") took "about 1990" out of a decade, and "Letters, about 1968 and its riots, were found" a topic for a
  hedged year. The year must now close its phrase (a stop, a comma or a line's end after it).
- "Shares closed at 1450, down from 1520.", "Output was 1450 tonnes, down from 1520.": the figure before "down
  from" was no longer a clock, but the earlier level after it was read as the year 1520. A number after "up
  from" or "down from" that follows a figure given with "at", "to" or a copula is that figure's earlier
  level; "Sales were 2,000 in 2023, down from 2019" and "Visitor numbers are still down from 2019" keep years.
- Code: CROP_SEASON_WORDS had been inserted between ACCOUNT_FIGURE_WORDS and its comment, which then described
  the crop table; the comment is back on its table. `_dotted_time_closing_a_clause` returned a parenthesised
  `False` wrapped around its comment; it is a plain return with the comment above.

Left (a mend would be a guess): "Rooms start at 9.50 and include breakfast", "The shares began at 2.15 and
fell", "Bidding opens at 5.00 and rises" still read a price or a level as a clock (rooms are also given times,
"rooms at 11.00 must be vacated"; a table of market subjects would be a list of guesses). "Dinner is at 8.15."
is read 08:15 (a meal's half of the day is not known to the resolver). "Lunch is at 12.30." and "They left the
inn at 7.30, and walked north" are missed (a noun between the verb and "at"). "The bridge, built 1887, is
closing" is missed ("built" only counts opening its entry, as "He made 1947 runs" must not). "The famine
struck in 1921-22; the stadium was later built on the site" still loses its years to a sport word nearby (the
300-character window crosses sentences, which the gold's "relegated in 1953-54, promoted in 1958-59" needs).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NEWS = DocumentKind.NEWS
SUNDAY = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work's two years, not a season of play
        (
            "The stadium was built in 1921-22 at a cost of 40,000 pounds.",
            [("1921", "DATE", "1921"), ("22", "DATE", "1922")],
        ),
        (
            "Striker Jones scored twice in the match. Separately, the town hall was restored in 1997-98 with a "
            "lottery grant.",
            [("1997", "DATE", "1997"), ("98", "DATE", "1998")],
        ),
        # a season of play stays untagged
        ("He won the league in 1921-22 and scored 38 goals.", []),
        # a price after a verb of starting
        ("Tickets start at 7.50, and children go free.", []),
        ("Fares begin at 2.15 and rise.", []),
        # a time still
        ("Ticket sales open at 9.30, and queues formed.", [("9.30", "TIME", "2024-03-10T09:30")]),
        (
            "The ferry leaves Oban at 7.15 and takes five hours.",
            [("7.15", "TIME", "2024-03-10T07:15"), ("five hours", "DURATION", "PT5H")],
        ),
        # a hedged year after a comma must close its phrase
        ("A talk, about 1990s music, was given.", [("1990s", "DATE", "199")]),
        ("Letters, about 1968 and its riots, were found.", [("1968", "DATE", "1968")]),
        ("Portrait of a woman, about 1890.", [("about 1890", "DATE", "1890")]),
        ("Dressing case, about 1890, walnut.", [("about 1890", "DATE", "1890")]),
        # the earlier level of a figure
        ("Shares closed at 1450, down from 1520.", []),
        ("Output was 1450 tonnes, down from 1520.", []),
        ("Sales were 2,000 in 2023, down from 2019.", [("2023", "DATE", "2023"), ("2019", "DATE", "2019")]),
        ("Visitor numbers are still down from 2019.", [("2019", "DATE", "2019")]),
    ],
)
def test_review27a_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, NEWS) == expected
