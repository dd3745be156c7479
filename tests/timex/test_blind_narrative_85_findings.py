"""Rules added after the eighty-fifth blind narrative set (`data/gold/timex/blind_narrative_85.jsonl`,
encyclopedia histories of twenty-first-century wars) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "got through on 9 February 1944, the first since November": a month after "since" reaches back to the
  last such month by the story's day, also when that month's name, in the story's own year, would lie
  after the day (not only when the story would have crossed into the next year); told from a month
  ("bought in June 2018 ... had been run from Leeds since July 4", test_review19D_findings) it goes on.
- "Talks with the rebels opened in September 1920 and had achieved nothing by the spring": a noun of
  dealings ("talks", "negotiations", "the truce") with "with" and its other party opens the clause, and the
  past form after them is its verb, not the participle of an absolute phrase ("officers with medals pinned
  on their coats paraded"); the spring then follows September 1920.
- "The strike began on 12 May 1926 and ... in November 1927. / Course / ... in late May": the first section
  after a lead that ran on to the story's end takes up the story again from the lead's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.tense import governing_tense
from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The garrison was cut off in May 1943. A relief column got through on 9 February 1944, the first"
            " since November.",
            None,
            [
                ("May 1943", "DATE", "1943-05"),
                ("9 February 1944", "DATE", "1944-02-09"),
                ("November", "DATE", "1943-11"),
            ],
        ),
        (
            "The road was cut in June 1862. Mail arrived on 3 March 1863 for the first time since December.",
            date(2015, 6, 2),
            [
                ("June 1862", "DATE", "1862-06"),
                ("3 March 1863", "DATE", "1863-03-03"),
                ("December", "DATE", "1862-12"),
            ],
        ),
        # a month before the story's day in its year stays in that year
        (
            "The talks broke down in May 1999. On 20 May the envoy flew home, the first time he had left since"
            " April.",
            None,
            [("May 1999", "DATE", "1999-05"), ("20 May", "DATE", "1999-05-20"), ("April", "DATE", "1999-04")],
        ),
        (
            "The ship left Hobart on 4 April 1902. She had been at sea since February.",
            None,
            [("4 April 1902", "DATE", "1902-04-04"), ("February", "DATE", "1902-02")],
        ),
    ],
)
def test_since_a_month_after_the_story_day(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The last troops left on 30 August 1921. Talks with the rebels opened only in September 1920 and"
            " had achieved nothing by the spring.",
            date(2019, 5, 1),
            [
                ("30 August 1921", "DATE", "1921-08-30"),
                ("September 1920", "DATE", "1920-09"),
                ("the spring", "DATE", "1921-SP"),
            ],
        ),
    ],
)
def test_noun_of_dealings_with_its_party(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The war went on. Talks with the rebels opened in September 1920.", "opened"),
        ("The war went on. Its own negotiations with Spain resumed in September 1920.", "resumed"),
        ("The war went on. The truce with Spain collapsed in September 1920.", "collapsed"),
        # an absolute phrase after a noun that takes no party: the clause's own verb decides
        ("The war went on. Officers with medals pinned on their coats in September 1920 paraded.", "paraded"),
        ("Later, with talks stalled in September 1920, the army moved.", "moved"),
        ("The bank kept rates unchanged, with decisions posted in September 1920.", "kept"),
    ],
)
def test_verb_after_a_noun_of_dealings(text: str, cue: str) -> None:
    start = text.index("September 1920")
    assert governing_tense(text, start, start + len("September 1920")).cue == cue


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The strike began on 12 May 1926 and the last miners went back in November 1927.\n\nCourse\n\nThe"
            " coalfields were quiet in late May, and on 3 June the first pits reopened.",
            date(2016, 5, 12),
            [
                ("12 May 1926", "DATE", "1926-05-12"),
                ("November 1927", "DATE", "1927-11"),
                ("late May", "DATE", "1926-05"),
                ("3 June", "DATE", "1926-06-03"),
            ],
        ),
        # a lead that stays in its year, and a background section after a lead, as before
        (
            "The blockade began on 24 June 1948 and ended in May 1949.\n\nBackground\n\nThe Western powers had"
            " introduced a new currency in early June.",
            None,
            [
                ("24 June 1948", "DATE", "1948-06-24"),
                ("May 1949", "DATE", "1949-05"),
                ("early June", "DATE", "1948-06"),
            ],
        ),
    ],
)
def test_first_section_after_a_lead_that_ran_to_the_end(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
