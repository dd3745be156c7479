"""Tell news from narrative: news talks about days around its DCT, narrative about its own past."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from itertools import pairwise

from chronology.model.document import DocumentKind
from chronology.pattern_cache import compile_pattern
from chronology.timex.finder import Candidate
from chronology.timex.grammar import REPORTED_TODAY_CLOSE, REPORTED_TODAY_REACH
from chronology.timex.lexicon import en as _LEX
from chronology.timex.tense_bridge import TenseOracle, in_quoted_sentence

_FAR_YEARS = 3
_STORY_DATES_OUTWEIGHING_A_WEEKDAY = 10
_LEAD_LENGTH = 400  # a news lead's first sentence, dateline included
_STORY_PAST_DAYS = 180  # a story that ended half a year before the DCT is told as history
_SETS_OF_A_PRESENT_GUIDE = 5  # habits and opening hours enough to make an undated text a present guide
#: How many now-words of a closing present outweigh one told among the story's days before it.
_CLOSING_NOW_OUTWEIGHING_ONE_BEFORE = 2
_PREHISTORIC_YEARS_AGO = 1000  # "some 11,700 years ago": a count back into prehistory, no tie to the DCT
#: Years written far from the DCT that make a history whose every now-word comes after the last of them.
_FAR_YEARS_BEFORE_A_CLOSING_PRESENT = 8
#: An article right before a weekday's extent.
_ARTICLE_BEFORE = compile_pattern(r"(?<![A-Za-z])(?:[Tt]he|a)[ \t]+$")
#: A verb of saying or of publishing right before a lead's "today" ("the society said today", "figures
#: published today"): the report is the writer's news of the day, as a lead's weekday is.
_REPORTED_TODAY = compile_pattern(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(_LEX.REPORTED_TODAY_VERBS)) + r")[ \t]+$"
)
#: What may stand before a letter's or a diary entry's date on its heading line: nothing, or a place.
_HEADING_PLACE = compile_pattern(r"(?:[A-Z][A-Za-z'.-]*(?:[ \t]+[A-Z][A-Za-z'.-]*){0,3},[ \t]+)?")
#: What closes such a heading: the line's end, a full stop ending it, or a dash opening the entry.
_HEADING_CLOSE = compile_pattern(r"[ \t]*(?:\.?[ \t]*(?:\n|$)|\.?[ \t]*[\u2013\u2014][ \t])")


def detect_kind(candidates: list[Candidate], dct: date | None, text: str | None = None) -> DocumentKind:
    """Narrative when most dates with a year lie far from the DCT (or there is no DCT) and few
    expressions point at the speaker's now; news otherwise. "The year" or "the decade" point at
    whatever time the text is in, so they do not count as the speaker's now."""
    dated_from = None
    if text is not None:
        dated_from = _weekday_in_apposition(candidates, text)
        # "The men came on the Saturday", "the last Sunday of the holidays", "the fifth of September, a
        # Tuesday": a weekday after an article is a day of the story, not of the writer's week
        candidates = [c for c in candidates if not _weekday_after_article(c, text)]
    years = [c.spec.year for c in candidates if c.spec.year is not None and c.spec.kind == "calendar"]
    if not years:
        return DocumentKind.NEWS  # (before the counts below, which only a text with years needs)
    # "the following Monday", "the Friday after": a weekday counted from the story's own day is a step
    # of the story, like "the next day", not a day of the week the text was published in
    deictic = sum(1 for c in candidates if _points_at_now(c))
    # weekdays, "yesterday", "next week": words that tie events to the days around the DCT, as news
    # does; "today" alone is also an encyclopedia's ("Today the fort is a museum")
    news_days = sum(1 for c in candidates if _news_day(c))
    if dct is None:
        # "Open daily 10am-6pm ... closed Mondays ... a market every Wednesday morning": an undated guide
        # that says how often things happen far more than it dates a past tells how things are now; the
        # history it opens with is background, not a story whose time its hours and seasons fall in
        sets = sum(1 for c in candidates if c.spec.type == "SET")
        if sets >= _SETS_OF_A_PRESENT_GUIDE and sets > 2 * len(years):
            return DocumentKind.NEWS
        # "On the evening of Friday 13 November 1998 ... to sail at noon on Monday": with no day of
        # writing, a weekday after a date written with its weekday is one of the story's days
        if deictic > len(years) // 2:
            deictic -= _weekdays_after_a_dated_weekday(candidates, dated_from)
        if deictic > len(years) // 2 and text is not None:
            # "Scarth Hall, 20th March 1884. ... Yesterday ...", "12th March. — Rain again today": the
            # "yesterday" and weekdays of a letter or diary entry quoted in a story are its heading's
            deictic -= sum(1 for c in _in_dated_entries(candidates, text) if _points_at_now(c))
        return DocumentKind.NARRATIVE if deictic <= len(years) // 2 else DocumentKind.NEWS
    yearless = sum(
        1 for c in candidates if c.spec.kind == "calendar" and c.spec.year is None and c.spec.amount is None
    )
    # "On Saturday it will be sixty-five years since we went ashore ... On the morning of 6 June ... We
    # cross from Portsmouth tomorrow night": a memoir's present frames a story told by its own dates
    closing_now, closing_days = _closing_present(candidates, yearless)
    opening_frame: set[int] = set()
    if closing_now == 0:
        closing_now, closing_days, opening_frame = _framed_story(candidates, yearless)
    if closing_now == 0:
        closing_now, closing_days = _present_after_far_years(candidates, dct)
    for lead in candidates:
        spec = lead.spec
        if lead.start >= _LEAD_LENGTH:
            break
        if spec.kind == "weekday" and spec.amount is None and lead.start not in opening_frame:
            # "Tom Hallam announced his retirement on Wednesday, ...", "OSLO, Aug 9 - ... warmed since
            # records began in 1880, the institute said on Monday": a lead dated by a day of the
            # publication's week is news, however far back the story then recounts
            return DocumentKind.NEWS
        if (
            spec.kind == "shift"
            and spec.base == "dct"
            and spec.unit == "day"
            and spec.amount == 0
            and spec.pod is None
            and text is not None
            and _REPORTED_TODAY.search(text, max(0, lead.start - REPORTED_TODAY_REACH), lead.start)
            # "My mother said today is the day you start school": "today" the subject of the words reported
            and REPORTED_TODAY_CLOSE.match(text, lead.end) is not None
        ):
            # "took back 1,070 homes ..., according to figures published today": a lead reporting what
            # was said or published on the day of writing is news, however many old years follow it
            # ("Today the fort is a museum" is an encyclopedia's present, and stays out)
            return DocumentKind.NEWS
        if (
            spec.kind == "calendar"
            and spec.day is not None
            and (spec.month, spec.day) != (dct.month, dct.day)
        ):
            if spec.year is None and text is not None and _told_in_the_future(lead, text):
                # "The lido will reopen on Saturday 2 July", "Roads will close over the weekend of 5-6
                # April": a lead announcing a coming day of the publication's calendar is news, however
                # many old years its background then gives
                return DocumentKind.NEWS
            break  # "fought from 3 December 1870 ... by Sunday evening": a weekday after a story's own days
    far = sum(1 for year in years if abs(year - dct.year) > _FAR_YEARS)
    near = sum(1 for year in years if abs(year - dct.year) <= 1)
    # "the next day", "two years later", "the following spring": time counted from the story's own dates
    story_steps = sum(1 for c in candidates if c.spec.kind == "shift" and c.spec.base == "ref")
    # "On the evening of Friday, 2 November 1764 ... the inquest, held on Monday": a bare weekday after
    # a date written with its weekday is one of the story's days, not of the week the text came out in
    story_weekdays = _weekdays_after_a_dated_weekday(candidates, dated_from)
    # "... surrendered on October 17 ... The battlefield is today part of a park, and this weekend it
    # marks the anniversary with tours on Saturday": a history told by a dozen dates without a year that
    # says nothing of the writer's days until after its last one closes on the present; that close
    # does not make the story news
    deictic -= closing_now
    news_days -= closing_days
    if (
        far >= 3
        and far >= 0.6 * len(years)
        and (deictic - story_weekdays) * 3 < far
        and news_days - story_weekdays <= 2
    ):
        return DocumentKind.NARRATIVE
    # a story told entirely in its own past: far years, dates without a year or counted from the
    # story's dates, nothing said of "now"
    if far >= 1 and near == 0 and deictic == 0 and far + yearless + story_steps >= 2:
        return DocumentKind.NARRATIVE
    # "By Sunday evening" once in a campaign told by a dozen dates without a year, every written year
    # long past: the weekday is a day of the story, not of the week the text was published in
    if (
        near == 0
        and far >= 3
        and far >= 0.6 * len(years)
        and deictic <= 1
        and news_days <= 1
        and yearless >= _STORY_DATES_OUTWEIGHING_A_WEEKDAY
    ):
        return DocumentKind.NARRATIVE
    # "The 2010 Copiapó mining accident began on 5 August 2010 ... brought to the surface on 13
    # October": an article written a year or so after its story opens on the story's dated past and
    # goes on by dates without a year, never by the days of the week it was published in.
    # "on the morning of Monday, 19 August ... by Wednesday": once the story dates its days with their
    # weekdays, a bare weekday after them is one of the story's days; one stray "overnight" does not
    # outweigh a story told by a dozen dates without a year
    if (
        news_days - story_weekdays <= (1 if yearless >= _STORY_DATES_OUTWEIGHING_A_WEEKDAY else 0)
        and deictic - story_weekdays <= 1
        and yearless + story_steps >= 3
        and (
            sum(1 for year in years if year < dct.year) >= 0.6 * len(years)
            # "struck in late August 2005 ... on August 23 ... by September 4": a dozen dates without
            # a year outweigh a present-day figure ("in July 2006") and a plan ("until 2010")
            or yearless >= _STORY_DATES_OUTWEIGHING_A_WEEKDAY
        )
    ):
        opening = next(c for c in candidates if c.spec.kind == "calendar" and c.spec.year is not None)
        if opening.spec.month is None:
            # "The 2010 Haiti earthquake ... struck on Tuesday, 12 January 2010": the lead's own date
            # of the story says how far back it lies, not the year in the event's name
            opening = next(
                (
                    c
                    for c in candidates
                    if c.start < _LEAD_LENGTH
                    and c.spec.kind == "calendar"
                    and c.spec.year is not None
                    and c.spec.month is not None
                ),
                opening,
            )
        if (
            opening.start < _LEAD_LENGTH
            and _days_past(opening.spec.year, opening.spec.month, dct) > _STORY_PAST_DAYS
        ):
            return DocumentKind.NARRATIVE
    return DocumentKind.NEWS


def _told_in_the_future(c: Candidate, text: str) -> bool:
    """Whether the clause of `c` is in the writer's future tense with "will" or "shall" ("will reopen on
    Saturday 2 July"), not a future seen from the past ("would sail on 3 June") nor one quoted from a
    speaker ('"We shall march on 3 June," the colonel wrote': his time, not the writer's)."""
    if in_quoted_sentence(text, c.start, c.end):
        return False
    tense = TenseOracle(text)(c.start, c.end)
    # the plain future's auxiliary, as opposed to "would" of a future seen from a past day
    words = (tense.cue or "").lower().replace("\u2019", "'").split()
    return tense.tense == "future" and bool(words) and words[0] in _LEX.WILL_AUXILIARIES


def _weekday_after_article(c: Candidate, text: str) -> bool:
    """A weekday said with "the" or "a" before it, outside its extent ("on the Saturday", "a Tuesday")."""
    return c.spec.kind == "weekday" and _ARTICLE_BEFORE.search(text, max(0, c.start - 4), c.start) is not None


def _in_dated_entries(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates written inside a letter or a diary entry that a dated heading opens: a day or a
    weekday opening its line, after a place at most ("Scarth Hall, 20th March 1884.", "Tuesday night.
    — ..."), its entry being the rest of that line or, for a heading alone on its line, the paragraph
    below it; a weekday heading is itself the entry's day, counted among them."""
    inside: list[Candidate] = []
    entry_end = -1
    for c in candidates:
        heading = _is_entry_heading(c, text)
        if c.start < entry_end and not heading:
            inside.append(c)
            continue
        if not heading:
            continue
        if c.spec.kind == "weekday":
            inside.append(c)  # "Tuesday night. — ...", "Pickering, Thursday.": the entry's own day
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[c.end : line_end].strip(" \t.") == "":
            below = line_end
            while text.startswith("\n", below):
                below += 1
            paragraph_end = text.find("\n", below)
            entry_end = len(text) if paragraph_end < 0 else paragraph_end
        else:
            entry_end = line_end
    return inside


def _is_entry_heading(c: Candidate, text: str) -> bool:
    spec = c.spec
    if not (
        (spec.kind == "calendar" and spec.day is not None) or (spec.kind == "weekday" and spec.amount is None)
    ):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    return (
        _HEADING_PLACE.fullmatch(text, line_start, c.start) is not None
        and _HEADING_CLOSE.match(text, c.end) is not None
    )


def _points_at_now(c: Candidate) -> bool:
    """An expression counted from the speaker's now: a weekday, "yesterday", "next week", "this spring"."""
    spec = c.spec
    return (
        (spec.kind == "weekday" and spec.base != "ref")
        or (
            spec.kind == "shift"
            and spec.base == "dct"
            and spec.type != "TIME"
            and c.rule != "the_unit"
            # "the ice age ended some 11,700 years ago": prehistory, told alike by history and news
            and not (spec.unit == "year" and abs(spec.amount or 0) >= _PREHISTORIC_YEARS_AGO)
        )
        # "this spring", "last October", "next April": a month or season counted from the DCT
        or (spec.kind == "calendar" and spec.base == "dct" and spec.amount is not None)
    )


def _news_day(c: Candidate) -> bool:
    """A day around the DCT: a weekday, "yesterday", "next week", "this weekend" ("today" is not)."""
    spec = c.spec
    return (spec.kind == "weekday" and spec.base != "ref") or (
        spec.kind == "shift"
        and spec.base == "dct"
        and spec.unit in ("day", "week", "weekend")
        and spec.amount != 0
    )


def _closing_present(candidates: list[Candidate], yearless: int) -> tuple[int, int]:
    """The now-words and news days of a history's closing present, those coming after the last of a
    dozen or more story dates without a year; (0, 0) when a news day comes before it, or when the
    now-words before it are more than half as many as those after."""
    if yearless < _STORY_DATES_OUTWEIGHING_A_WEEKDAY:
        return 0, 0
    last_story = max(
        c.start
        for c in candidates
        if c.spec.kind == "calendar" and c.spec.year is None and c.spec.amount is None
    )
    now_words = [c for c in candidates if _points_at_now(c)]
    if not now_words:
        return 0, 0
    days = [c for c in candidates if _news_day(c)]
    if any(c.start < last_story for c in days):
        return 0, 0
    closing = [c for c in now_words if c.start > last_story]
    if len(closing) < _CLOSING_NOW_OUTWEIGHING_ONE_BEFORE * (len(now_words) - len(closing)):
        return 0, 0
    # "... said that next summer they would knock the kitchen through ... I went back last summer":
    # one now-word among the story's days does not stop a closing present from being the writer's
    return len(closing), len(days)


def _present_after_far_years(candidates: list[Candidate], dct: date) -> tuple[int, int]:
    """The now-words and news days of a history's closing present told by its written years ("The
    earthquake struck on 1 November 1755 ... rebuilt by 1775 ... Today marks 265 years since the disaster;
    this year's ceremony was held this morning"): every now-word after the last of eight or more years far
    from the DCT, and no news day before it; (0, 0) otherwise."""
    far = [
        c.start
        for c in candidates
        if c.spec.kind == "calendar" and c.spec.year is not None and abs(c.spec.year - dct.year) > _FAR_YEARS
    ]
    if len(far) < _FAR_YEARS_BEFORE_A_CLOSING_PRESENT:
        return 0, 0
    last_far = max(far)
    now_words = [c for c in candidates if _points_at_now(c)]
    days = [c for c in candidates if _news_day(c)]
    if not now_words or any(c.start < last_far for c in now_words + days):
        return 0, 0
    return len(now_words), len(days)


def _framed_story(candidates: list[Candidate], yearless: int) -> tuple[int, int, set[int]]:
    """A story of a dozen or more dates without a year set in the writer's present at both ends, as a
    memoir opens and closes on the time of writing ("On Saturday it will be sixty-five years since we
    went ashore. ... On the 7th we went forward ... We cross tomorrow night"): the now-words and news
    days of the opening and closing frame, and where the opening's now-words start; nothing when a news
    day falls among the story's dates, when no now-word stands before the first of them or after the
    last, or when the now-words among them are more than half as many as those of the frame."""
    if yearless < _STORY_DATES_OUTWEIGHING_A_WEEKDAY:
        return 0, 0, set()
    story = [
        c.start
        for c in candidates
        if c.spec.kind == "calendar" and c.spec.year is None and c.spec.amount is None
    ]
    first_story, last_story = min(story), max(story)
    now_words = [c for c in candidates if _points_at_now(c)]
    opening = [c for c in now_words if c.start < first_story]
    if not opening or not any(c.start > last_story for c in now_words):
        # "The town marks the anniversary this weekend ... The British landed on June 3": a report that
        # opens on its week and never comes back to it stays news
        return 0, 0, set()
    days = [c for c in candidates if _news_day(c)]
    if any(first_story < c.start < last_story for c in days):
        return 0, 0, set()
    frame = [c for c in now_words if not first_story <= c.start <= last_story]
    if len(frame) < _CLOSING_NOW_OUTWEIGHING_ONE_BEFORE * (len(now_words) - len(frame)):
        return 0, 0, set()
    return len(frame), len(days), {c.start for c in opening}


def _weekday_in_apposition(candidates: list[Candidate], text: str) -> int | None:
    """Where the first weekday set after a date as its own ("On 14 May 1968, a Tuesday,") ends, if any."""
    for before, weekday in pairwise(candidates):
        if (
            weekday.spec.kind == "weekday"
            and before.spec.kind == "calendar"
            and before.spec.day is not None
            and text[before.end : weekday.start] == ", a "
        ):
            return weekday.end
    return None


def _weekdays_after_a_dated_weekday(candidates: list[Candidate], dated_from: int | None = None) -> int:
    """Bare weekdays that follow a date written with its weekday ("Tuesday, 20 August"), or given it in
    apposition ("14 May 1968, a Tuesday") when `dated_from` says where that weekday ends."""
    dated = False
    count = 0
    for candidate in candidates:
        spec = candidate.spec
        if dated_from is not None and candidate.start >= dated_from:
            dated = True
        if spec.kind == "calendar" and spec.weekday is not None and spec.day is not None:
            dated = True
        elif dated and spec.kind == "weekday" and spec.amount is None:
            count += 1
    return count


def _days_past(year: int | None, month: int | None, dct: date) -> int:
    """Days from the end of the year or month named to the DCT (negative when it ends after it)."""
    if year is None or not 1 <= year < dct.year + 1:
        return -1
    if month is None or not 1 <= month <= 12:
        end = date(year, 12, 31)
    else:
        end = date(year, month, monthrange(year, month)[1])
    return (dct - end).days
