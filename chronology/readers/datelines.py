"""Datelines: the place and date a news story opens with ("WASHINGTON, Feb. 3 (Reuters) -").

Only the opening lines are searched, and only shapes that prose does not take: a place followed by a
date and a dash, or a date standing alone on its line. A dateline without a year ("Feb. 3") takes the
year of a coarser date known from elsewhere (metadata, file name), or, when it names the weekday
("Thursday, Feb. 3"), the one year mentioned in the text on which that day is that weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from chronology.pattern_cache import compile_pattern
from chronology.readers.dates import PartialDate
from chronology.readers.lexicon import AGENCIES, MONTHS, WEEKDAYS

#: How much of the opening text is searched: a headline, a byline and the dateline fit in it.
OPENING_CHARS = 600

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WORD = r"[A-Z][A-Za-z.'’\-]*"
_NOT_A_WEEKDAY = rf"(?!(?i:{_WEEKDAY_WORDS})\b)"
_PLACE = rf"(?P<place>{_WORD}(?:[ ]{_WORD}){{0,4}}(?:,[ ]{_NOT_A_WEEKDAY}{_WORD}(?:[ ]{_WORD}){{0,3}})?)"
_WEEKDAY = rf"(?:(?P<weekday>{_WEEKDAY_WORDS})\.?,?[ \t]+)?"
_YEAR = r"(?P<year>\d{4})"
_MONTH_DAY = rf"(?P<month>{_MONTH_WORDS})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month>{_MONTH_WORDS})\.?"
_AGENCY = r"(?:[ \t]*\((?P<agency>[A-Z][A-Za-z .&\-]{0,40})\))?"
_DASH = r"[ \t]*(?:--|-|–|—|_|:)"
_TIME = r"(?:,?[ \t]+\d{1,2}[:.]\d{2}[ \t]*(?:[aApP]\.?[mM]\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
_PUBLISHED = r"(?:(?:Published|Posted|Dated)(?:[ \t]+on)?:?[ \t]+)?"
_FLAGS = re.MULTILINE | re.IGNORECASE

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    compile_pattern(pattern, _FLAGS)
    for pattern in (
        # A place, then the date, an optional agency, and a dash: "WASHINGTON, Feb. 3 (Reuters) -".
        rf"^[ \t]*(?-i:{_PLACE}),?[ \t]+{_WEEKDAY}{_MONTH_DAY}(?:,?[ \t]+{_YEAR})?{_AGENCY}{_DASH}",
        rf"^[ \t]*(?-i:{_PLACE}),?[ \t]+{_WEEKDAY}{_DAY_MONTH}(?:,?[ \t]+{_YEAR})?{_AGENCY}{_DASH}",
        # A full date that opens a line and is followed by a dash or ends it: "February 3, 2022 -".
        rf"^[ \t]*{_PUBLISHED}{_WEEKDAY}{_MONTH_DAY},?[ \t]+{_YEAR}{_TIME}{_AGENCY}(?:{_DASH}|[ \t]*$)",
        rf"^[ \t]*{_PUBLISHED}{_WEEKDAY}{_DAY_MONTH},?[ \t]+{_YEAR}{_TIME}{_AGENCY}(?:{_DASH}|[ \t]*$)",
        rf"^[ \t]*{_PUBLISHED}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}}){_TIME}{_AGENCY}(?:{_DASH}|[ \t]*$)",
    )
)
_YEAR_IN_TEXT = compile_pattern(r"(?<![\d.,/-])(1[0-9]{3}|2[0-9]{3})(?![\d/-])")
_KNOWN_AGENCIES = {agency.lower() for agency in AGENCIES}


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: the date (when it can be completed), the matched text, the agency."""

    text: str
    published: date | None
    year_from: str | None = None
    agency: str | None = None
    warnings: tuple[str, ...] = ()


def find_dateline(
    text: str, *, year_hint: PartialDate | None = None, today: date | None = None
) -> Dateline | None:
    """The dateline in the opening of `text`, if there is one."""
    opening = text[:OPENING_CHARS]
    best: re.Match[str] | None = None
    for pattern in _PATTERNS:
        match = pattern.search(opening)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    return _interpret(best, text, year_hint)


def _interpret(match: re.Match[str], text: str, year_hint: PartialDate | None) -> Dateline:
    snippet = " ".join(match.group(0).split()).rstrip(" -–—_:")
    groups = match.groupdict()
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
    day = int(groups["day"])
    weekday = WEEKDAYS[groups["weekday"].lower()] if groups.get("weekday") else None
    agency_text = groups.get("agency")
    agency = agency_text.strip() if agency_text and agency_text.strip().lower() in _KNOWN_AGENCIES else None
    if groups.get("year"):
        year = int(groups["year"])
        published = _safe_date(year, month, day)
        if published is None:
            return Dateline(
                snippet, None, agency=agency, warnings=(f'dateline "{snippet}" is not a real date',)
            )
        warnings: tuple[str, ...] = ()
        if weekday is not None and published.weekday() != weekday:
            warnings = (f'dateline "{snippet}": {published.isoformat()} is a {published.strftime("%A")}',)
        return Dateline(snippet, published, agency=agency, warnings=warnings)
    if year_hint is not None:
        published = _nearest_to_hint(month, day, year_hint)
        if published is not None:
            return Dateline(snippet, published, year_from="year from a coarser date", agency=agency)
    if weekday is not None:
        years = {int(found) for found in _YEAR_IN_TEXT.findall(text[:20_000])}
        matching = sorted(
            year
            for year in years
            if (candidate := _safe_date(year, month, day)) and candidate.weekday() == weekday
        )
        if len(matching) == 1:
            published = _safe_date(matching[0], month, day)
            return Dateline(
                snippet, published, year_from="year from the weekday and a year in the text", agency=agency
            )
        reason = (
            "several years in the text fit its weekday"
            if matching
            else "no year in the text fits its weekday"
        )
        return Dateline(
            snippet, None, agency=agency, warnings=(f'dateline "{snippet}" has no year ({reason})',)
        )
    return Dateline(snippet, None, agency=agency, warnings=(f'dateline "{snippet}" has no year',))


def _nearest_to_hint(month: int, day: int, hint: PartialDate) -> date | None:
    """The month and day in the hinted year, or across the year boundary when the hint's month says so."""
    if hint.month is None:
        return _safe_date(hint.year, month, day)
    middle = date(hint.year, hint.month, 15)
    candidates = [
        d for year in (hint.year - 1, hint.year, hint.year + 1) if (d := _safe_date(year, month, day))
    ]
    return min(candidates, key=lambda d: abs((d - middle).days), default=None)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
