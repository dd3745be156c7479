"""Tell news from narrative: news talks about days around its DCT, narrative about its own past."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from chronology.model.document import DocumentKind
from chronology.timex.finder import Candidate

_FAR_YEARS = 3
_STORY_DATES_OUTWEIGHING_A_WEEKDAY = 10
_LEAD_LENGTH = 400  # a news lead's first sentence, dateline included
_STORY_PAST_DAYS = 180  # a story that ended half a year before the DCT is told as history
_SETS_OF_A_PRESENT_GUIDE = 5  # habits and opening hours enough to make an undated text a present guide
_PREHISTORIC_YEARS_AGO = 1000  # "some 11,700 years ago": a count back into prehistory, no tie to the DCT


def detect_kind(candidates: list[Candidate], dct: date | None) -> DocumentKind:
    """Narrative when most dates with a year lie far from the DCT (or there is no DCT) and few
    expressions point at the speaker's now; news otherwise. "The year" or "the decade" point at
    whatever time the text is in, so they do not count as the speaker's now."""
    years = [c.spec.year for c in candidates if c.spec.year is not None and c.spec.kind == "calendar"]
    # "the following Monday", "the Friday after": a weekday counted from the story's own day is a step
    # of the story, like "the next day", not a day of the week the text was published in
    deictic = sum(1 for c in candidates if _points_at_now(c))
    # weekdays, "yesterday", "next week": words that tie events to the days around the DCT, as news
    # does; "today" alone is also an encyclopedia's ("Today the fort is a museum")
    news_days = sum(1 for c in candidates if _news_day(c))
    if not years:
        return DocumentKind.NEWS
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
            deictic -= _weekdays_after_a_dated_weekday(candidates)
        return DocumentKind.NARRATIVE if deictic <= len(years) // 2 else DocumentKind.NEWS
    for lead in candidates:
        spec = lead.spec
        if lead.start >= _LEAD_LENGTH:
            break
        if spec.kind == "weekday" and spec.amount is None:
            # "Tom Hallam announced his retirement on Wednesday, ...", "OSLO, Aug 9 - ... warmed since
            # records began in 1880, the institute said on Monday": a lead dated by a day of the
            # publication's week is news, however far back the story then recounts
            return DocumentKind.NEWS
        if (
            spec.kind == "calendar"
            and spec.day is not None
            and (spec.month, spec.day) != (dct.month, dct.day)
        ):
            break  # "fought from 3 December 1870 ... by Sunday evening": a weekday after a story's own days
    far = sum(1 for year in years if abs(year - dct.year) > _FAR_YEARS)
    near = sum(1 for year in years if abs(year - dct.year) <= 1)
    yearless = sum(
        1 for c in candidates if c.spec.kind == "calendar" and c.spec.year is None and c.spec.amount is None
    )
    # "the next day", "two years later", "the following spring": time counted from the story's own dates
    story_steps = sum(1 for c in candidates if c.spec.kind == "shift" and c.spec.base == "ref")
    # "On the evening of Friday, 2 November 1764 ... the inquest, held on Monday": a bare weekday after
    # a date written with its weekday is one of the story's days, not of the week the text came out in
    story_weekdays = _weekdays_after_a_dated_weekday(candidates)
    # "... surrendered on October 17 ... The battlefield is today part of a park, and this weekend it
    # marks the anniversary with tours on Saturday": a history told by a dozen dates without a year that
    # says nothing of the writer's days until after its last one closes on the present; that close
    # does not make the story news
    closing_now, closing_days = _closing_present(candidates, yearless)
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
    """The now-words and news days of a history's closing present, when every one of them comes after
    the last of a dozen or more story dates without a year; (0, 0) when any comes before it."""
    if yearless < _STORY_DATES_OUTWEIGHING_A_WEEKDAY:
        return 0, 0
    last_story = max(
        c.start
        for c in candidates
        if c.spec.kind == "calendar" and c.spec.year is None and c.spec.amount is None
    )
    now_words = [c for c in candidates if _points_at_now(c)]
    if not now_words or any(c.start < last_story for c in now_words):
        return 0, 0
    days = [c for c in candidates if _news_day(c)]
    if any(c.start < last_story for c in days):
        return 0, 0
    return len(now_words), len(days)


def _weekdays_after_a_dated_weekday(candidates: list[Candidate]) -> int:
    """Bare weekdays that follow a date written with its weekday ("Tuesday, 20 August")."""
    dated = False
    count = 0
    for candidate in candidates:
        spec = candidate.spec
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
