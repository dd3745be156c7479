"""English words the readers need to find a publication date: month and weekday names, wire agencies.

Data only, so that another language is a new table rather than new logic.
"""

from __future__ import annotations

#: Month names and their usual news abbreviations (lower case, without the period) -> month number.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Weekday names and abbreviations (lower case, without the period) -> Monday=0 ... Sunday=6.
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

#: News agencies and wire services that appear in parentheses in a dateline: "BEIRUT, Feb. 3 (AFP) -".
#: A dateline does not need one of these; when one is present it also names the publisher.
AGENCIES: tuple[str, ...] = (
    "AP",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "Reuters",
    "UPI",
    "Bloomberg",
    "dpa",
    "DPA",
    "Xinhua",
    "Kyodo",
    "ANSA",
    "EFE",
    "Interfax",
    "TASS",
    "PTI",
    "IANS",
    "CNN",
    "BBC",
    "CP",
    "AAP",
    "Yonhap",
)

#: Dash-like separators that end a dateline: hyphen, en dash, em dash, doubled hyphen, the wire underscore.
DATELINE_SEPARATORS: tuple[str, ...] = ("--", "-", "–", "—", "_", ":")
