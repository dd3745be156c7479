"""Languages without a lexicon of ours: dateparser finds and reads the dates.

dateparser's locale data covers some 200 languages, which is where it is strong. It is slow
(about 0.1 MB/s) and knows no TIMEX3, so this path serves only texts in a language the engine has
no lexicon for; English never comes here. Relative dates are read against the DCT; without a DCT
only dates that carry their year are kept, never a guess against today.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from chronology.model.expression import Anchor, AnchorKind, TimeExpression, TimexType
from chronology.timex.construct import build
from chronology.timex.values import granularity_and_interval

_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _value(moment: datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return f"{moment:%Y-%m-%dT%H:%M}"
    return moment.date().isoformat()


def dateparser_expressions(
    text: str, dct: date | None, language: str
) -> tuple[list[TimeExpression], list[str]]:
    """The dates dateparser finds in `text` (a language we have no lexicon for), as TimeExpressions."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return [], [f"no lexicon for language {language!r} and dateparser is not installed: no expressions"]
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if dct is not None:
        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    warnings = [f"no lexicon for language {language!r}: dates read by dateparser"]
    try:
        found = search_dates(text, languages=[language], settings=settings) or []
        parser = DateDataParser(languages=[language], settings=settings)
    except Exception as exc:  # an unknown language code or a dateparser defect
        return [], [*warnings, f"dateparser failed: {type(exc).__name__}: {exc}"]
    expressions: list[TimeExpression] = []
    position = 0
    for surface, moment in found:
        start = text.find(surface, position)
        if start < 0:
            continue
        position = start + len(surface)
        if dct is None and not _YEAR.search(surface):
            warnings.append(f"{surface!r} skipped: relative, and there is no DCT to read it against")
            continue
        try:
            period = parser.get_date_data(surface).period or "day"
        except Exception:
            period = "day"
        value = _value(moment, period)
        granularity, interval = granularity_and_interval(value)
        anchor = (
            Anchor(kind=AnchorKind.DCT, value=dct.isoformat()) if dct else Anchor(kind=AnchorKind.ABSOLUTE)
        )
        relative_to = f" (relative ones against the DCT {dct.isoformat()})" if dct else ""
        expressions.append(
            build(
                TimeExpression,
                {
                    "start": start,
                    "end": position,
                    "text": surface,
                    "type": TimexType.TIME if period == "time" else TimexType.DATE,
                    "value": value,
                    "mod": None,
                    "quant": None,
                    "freq": None,
                    "granularity": granularity,
                    "interval": interval,
                    "anchor": anchor,
                    "explanation": f"{surface} -> {value}: read by dateparser ({language}){relative_to}",
                    "warnings": (),
                },
            )
        )
    return expressions, warnings
