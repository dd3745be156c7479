"""Calendar arithmetic in TIMEX3 terms: shift a date by units and name the period it falls in."""

from __future__ import annotations

from calendar import IllegalMonthError, isleap
from datetime import date, timedelta
from functools import cache
from math import radians, sin

# by month number, February of a common year
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # fmt: skip


def _month_length(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]`, the same errors included, without the weekday it also
    works out (the resolver asks thousands of times per megabyte)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return _MONTH_DAYS[month] + 1 if month == 2 and isleap(year) else _MONTH_DAYS[month]


def days_in_month(year: int | None, month: int) -> int:
    """How many days the month has; February has 29 when the year is unknown (it may be a leap year)."""
    if year is None or not 1 <= year <= 9999:
        return 29 if month == 2 else _month_length(2001, month)
    return _month_length(year, month)


#: Units a relative expression can shift by, finest first.
UNIT_ORDER = ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century")

_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                    9: "FA", 10: "FA", 11: "FA"}  # fmt: skip
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def shift(day: date, unit: str, amount: int) -> date:
    """`day` moved by `amount` units (keeping its place in the unit where the calendar allows)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "month":
        return add_months(day, amount)
    if unit == "season":
        return add_months(day, 3 * amount)
    if unit == "quarter":
        return add_months(day, 3 * amount)
    if unit == "half":
        return add_months(day, 6 * amount)
    if unit == "year":
        return add_months(day, 12 * amount)
    if unit == "decade":
        return add_months(day, 120 * amount)
    if unit == "century":
        return add_months(day, 1200 * amount)
    raise ValueError(f"unknown unit {unit!r}")


def period_value(day: date, unit: str) -> str:
    """The TIMEX3 value of the `unit`-long period containing `day`."""
    if unit == "day":
        return day.isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "season":
        season = _SEASON_OF_MONTH[day.month]
        year = day.year - 1 if day.month in (1, 2) else day.year
        return f"{year:04d}-{season}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def iso_week_value(year: int, week: int) -> str:
    """The TIMEX3 value of the `week`-th ISO week counted from the first of `year`: a week 53 in a year
    of 52 weeks is the next year's first ("epi week 53 of 2014" runs into January 2015), never "2014-W53"."""
    monday = date.fromisocalendar(year, 1, 1) + timedelta(weeks=week - 1)
    iso_year, iso_week, _ = monday.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def season_start(year: int, season: str) -> date:
    return date(year, _SEASON_START[season], 1)


#: The first year of Easter by the Gregorian reckoning: the reform took effect in October 1582.
_FIRST_GREGORIAN_EASTER = 1583


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm); before the reform, Easter by the Julian
    reckoning, as a date of that age is written in the Julian calendar (Meeus's algorithm)."""
    if year < _FIRST_GREGORIAN_EASTER:
        golden = (19 * (year % 19) + 15) % 30
        weekday = (2 * (year % 4) + 4 * (year % 7) - golden + 34) % 7
        month, day = divmod(golden + weekday + 114, 31)
        return date(year, month, day + 1)
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


#: The day count (0001-01-01 is 1) of the Hebrew calendar's epoch, and the Hebrew year that opens in the
#: autumn of Gregorian year 0 (AM 5784 opens in the autumn of 2023).
_HEBREW_EPOCH = -1373427
_HEBREW_YEAR_OFFSET = 3761
#: Days from the first of a month (Nisan 1 ... Elul 6, the Adar before Nisan 12) to the next new year.
_HEBREW_MONTH_BEFORE_NEW_YEAR = {12: 206, 1: 177, 2: 147, 3: 118, 4: 88, 5: 59, 6: 29}


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the molad of Tishrei of `year`, moved by the rule that keeps Rosh
    Hashanah off Sunday, Wednesday and Friday (the arithmetic of Reingold and Dershowitz)."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year(year: int) -> date:
    before, this, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    # a year may be neither 356 days nor follow one of 382: the delays that keep lengths lawful
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return date.fromordinal(_HEBREW_EPOCH + this + delay)


def hebrew_calendar_day(year: int, month: int, day: int) -> date:
    """The Gregorian date in `year` of a day of the Hebrew calendar: months counted from Nisan (1), Tishrei
    (7) to Kislev (9) after the new year that falls in the autumn of `year`, Adar (12, Adar II in a leap
    year) to Elul (6) before it."""
    new_year = _hebrew_new_year(year + _HEBREW_YEAR_OFFSET)
    if month in _HEBREW_MONTH_BEFORE_NEW_YEAR:
        return new_year - timedelta(days=_HEBREW_MONTH_BEFORE_NEW_YEAR[month] - day + 1)
    if month not in (7, 8, 9):
        raise ValueError(f"Hebrew month {month} is not counted from the new year here")
    year_length = (_hebrew_new_year(year + _HEBREW_YEAR_OFFSET + 1) - new_year).days
    cheshvan = 30 if year_length % 10 == 5 else 29  # a full year (355, 385 days) has a long Cheshvan
    first = {7: 0, 8: 30, 9: 30 + cheshvan}[month]
    return new_year + timedelta(days=first + day - 1)


#: Periodic terms of the true new moon (Meeus, Astronomical Algorithms ch. 49): (coefficient, power of E,
#: multiples of M, M', F, Omega), and the planetary arguments (A0 + A1*k + A2*T^2, coefficient).
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1), (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0), (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0), (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)  # fmt: skip
_NEW_MOON_PLANETARY = (
    (299.77, 0.107408, -0.009173, 0.000325), (251.88, 0.016321, 0, 0.000165), (251.83, 26.651886, 0, 0.000164),
    (349.42, 36.412478, 0, 0.000126), (84.66, 18.206239, 0, 0.000110), (141.74, 53.303771, 0, 0.000062),
    (207.14, 2.453732, 0, 0.000060), (154.84, 7.306860, 0, 0.000056), (34.52, 27.261239, 0, 0.000047),
    (207.19, 0.121824, 0, 0.000042), (291.34, 1.844379, 0, 0.000040), (161.72, 24.198154, 0, 0.000037),
    (239.56, 25.513099, 0, 0.000035), (331.55, 3.592518, 0, 0.000023),
)  # fmt: skip
#: Julian day 0.5 (a midnight) less one as a proleptic Gregorian ordinal; China's standard time, UTC+8, in
#: days, less a ΔT of about a minute (terrestrial time runs ahead of universal time).
_ORDINAL_JD = 1721424.5
CHINA_OFFSET = 8 / 24 - 69 / 86400


def _new_moon_jde(k: int) -> float:
    """The Julian ephemeris day of the k-th true new moon after that of January 2000 (Meeus ch. 49)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    args = (
        radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3),
        radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4),
        radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4),
        radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3),
    )
    for coefficient, e_power, *multiples in _NEW_MOON_TERMS:
        jde += coefficient * e**e_power * sin(sum(n * a for n, a in zip(multiples, args, strict=True)))
    for start, rate, square, coefficient in _NEW_MOON_PLANETARY:
        jde += coefficient * sin(radians(start + rate * k + square * t**2))
    return jde


def _local_day(jde: float, offset: float = CHINA_OFFSET) -> date:
    """The day a clock `offset` days ahead of terrestrial time shows at the Julian ephemeris day `jde`."""
    return date.fromordinal(int(jde + offset - _ORDINAL_JD))


def _solar_longitude(jde: float) -> float:
    """The sun's apparent longitude in degrees at the Julian ephemeris day `jde` (Meeus ch. 25, to about
    0.01 degree)."""
    t = (jde - 2451545.0) / 36525
    mean = 280.46646 + 36000.76983 * t + 0.0003032 * t**2
    anomaly = radians(357.52911 + 35999.05029 * t - 0.0001537 * t**2)
    centre = (
        (1.914602 - 0.004817 * t - 0.000014 * t**2) * sin(anomaly)
        + (0.019993 - 0.000101 * t) * sin(2 * anomaly)
        + 0.000289 * sin(3 * anomaly)
    )
    node = radians(125.04 - 1934.136 * t)
    return (mean + centre - 0.00569 - 0.00478 * sin(node)) % 360


def _sun_reaches(longitude: float, jde: float) -> float:
    """The Julian ephemeris day, near `jde`, when the sun's apparent longitude is `longitude` degrees."""
    for _ in range(8):
        jde += 58.13 * sin(radians(longitude - _solar_longitude(jde)))
    return jde


def _december_solstice_jde(year: int) -> float:
    """The Julian ephemeris day of the December solstice of `year` (Meeus ch. 27)."""
    y = (year - 2000) / 1000
    return 2451900.05952 + 365242.74049 * y - 0.06223 * y**2 - 0.00823 * y**3 + 0.00032 * y**4


def _eleventh_month(solstice_jde: float, k: int, offset: float = CHINA_OFFSET) -> int:
    """The new moon, counted as `_new_moon_jde` counts them from `k` on, opening the month that holds the
    solstice at `solstice_jde` (the Chinese calendar's eleventh month)."""
    solstice = _local_day(solstice_jde, offset)
    while _local_day(_new_moon_jde(k + 1), offset) <= solstice:
        k += 1
    return k


#: Vietnam's standard time, UTC+7, in days, less ΔT: its calendar is China's reckoned an hour behind.
VIETNAM_OFFSET = 7 / 24 - 69 / 86400


@cache
def lunar_new_year(year: int, offset: float = CHINA_OFFSET) -> date:
    """The first day of the Chinese lunar year that opens in `year`: the month holding the December solstice
    is the eleventh, and the new year is the second new moon after that month's, all as days in China's
    time (UTC+8); but when thirteen months lie between that month and the next eleventh one, the first of
    them holding no principal term (the sun at a multiple of 30 degrees) is a leap month, and when that is
    the twelfth month or the leap eleventh ("the 2033 problem": 19 February 2034, not 20 January), the new
    year is the third new moon. Before the Gregorian reform the day as the Julian calendar writes it, as
    Easter's is. With `offset` (days ahead of UTC, less ΔT) another country's time: Vietnam's Tết
    (`VIETNAM_OFFSET`) falls a day before China's in years whose new moon comes between 11 p.m. and midnight
    in Hanoi (1968, 1985, 2007, 2030)."""
    solstice_jde = _december_solstice_jde(year - 1)
    k = _eleventh_month(solstice_jde, round((year - 2001 + 355 / 365) * 12.3685) - 2, offset)
    starts = [_local_day(_new_moon_jde(k + n), offset) for n in range(4)]
    if _eleventh_month(_december_solstice_jde(year), k + 12, offset) == k + 13:
        # the principal terms after the solstice: the sun at 300, 330 and 0 degrees
        terms = [
            _local_day(_sun_reaches(longitude, solstice_jde + days), offset)
            for longitude, days in ((300, 30), (330, 59), (0, 89))
        ]
        if not all(any(starts[n] <= term < starts[n + 1] for term in terms) for n in (1, 2)):
            starts = starts[1:]
    day = starts[2]
    if day < date(1582, 10, 15):
        # the days the Julian calendar lags in January and February, before a centurial year's 29 February
        day -= timedelta(days=(year - 1) // 100 - (year - 1) // 400 - 2)
    return day


#: 1 Meskerem of the Ethiopian calendar's year 1 (Julian day number 1724221) as a proleptic Gregorian ordinal.
_ETHIOPIAN_EPOCH_ORDINAL = 1724221 - 1721425


def ethiopian_calendar_day(year: int, month: int, day: int) -> date:
    """The Gregorian date of a day of the Ethiopian calendar: twelve months of thirty days from Meskerem (1)
    and Pagume (13) of five days, six in a year before one divisible by four; the day's Julian day number
    is counted from the calendar's epoch, 1 Meskerem of year 1 (JDN 1724221)."""
    return date.fromordinal(
        _ETHIOPIAN_EPOCH_ORDINAL + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    )


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` (1 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, _month_length(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


#: The holiday rule of "bank holiday Monday": any of the year's bank holiday Mondays in England and Wales,
#: which the resolver takes the nearest of on the side the tense says (`bank_holiday_mondays`).
BANK_HOLIDAY_MONDAYS: tuple[str, int, int, int] = ("bankmonday", 0, 0, 0)
#: The year the late May and late August bank holidays settled on the last Mondays of their months.
_LAST_MONDAY_BANK_HOLIDAYS_FROM = 1971
#: The year the early May bank holiday was first kept.
_EARLY_MAY_BANK_HOLIDAY_FROM = 1978


#: Years whose bank holiday Mondays were moved by proclamation (jubilees, anniversaries, a coronation):
#: the usual Monday and the day it moved to, None when it moved off a Monday (to a Friday or a Thursday);
#: a usual day of None adds a Monday ("the coronation bank holiday" of 8 May 2023).
_MOVED_BANK_HOLIDAY_MONDAYS: dict[int, tuple[tuple[date | None, date | None], ...]] = {
    1977: ((date(1977, 5, 30), date(1977, 6, 6)),),
    1995: ((date(1995, 5, 1), date(1995, 5, 8)),),
    2002: ((date(2002, 5, 27), date(2002, 6, 3)),),
    2012: ((date(2012, 5, 28), date(2012, 6, 4)),),
    2020: ((date(2020, 5, 4), None),),
    2022: ((date(2022, 5, 30), None),),
    2023: ((None, date(2023, 5, 8)),),
}


def bank_holiday_mondays(year: int) -> tuple[date, ...]:
    """The bank holiday Mondays of a year in England and Wales, in order: Easter Monday, the early May
    holiday (from 1978), the spring one (the last Monday in May, Whit Monday before 1971) and the summer
    one (the last Monday in August, the first before 1971), with the moves of `_MOVED_BANK_HOLIDAY_MONDAYS`."""
    easter_monday = easter(year) + timedelta(days=1)
    if year < _LAST_MONDAY_BANK_HOLIDAYS_FROM:
        return (easter_monday, easter(year) + timedelta(days=50), nth_weekday(year, 8, 1, 1))
    days = [easter_monday, nth_weekday(year, 5, 1, -1), nth_weekday(year, 8, 1, -1)]
    if year >= _EARLY_MAY_BANK_HOLIDAY_FROM:
        days.append(nth_weekday(year, 5, 1, 1))
    for usual, moved in _MOVED_BANK_HOLIDAY_MONDAYS.get(year, ()):
        if usual is not None:
            days.remove(usual)
        if moved is not None:
            days.append(moved)
    return tuple(sorted(days))


def weekday_near(anchor: date, weekday: int, direction: int | None) -> date:
    """The `weekday` on or before (direction -1), on or after (+1), or nearest to (None) `anchor`."""
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if direction is None:
        direction = -1 if back <= forward else 1
    return anchor - timedelta(days=back) if direction < 0 else anchor + timedelta(days=forward)


#: Tense yields to proximity when its side is farther than FAR_DAYS and the other nearer than NEAR_DAYS.
FAR_DAYS = 180
NEAR_DAYS = 90


def year_for(
    anchor: date, month: int, day: int | None, direction: int | None, *, strict: bool = False
) -> int:
    """The year putting month/day on or before (-1), on or after (+1), or nearest to (None) `anchor`.

    With a direction, a far side yields to a near other side (see FAR_DAYS) unless `strict`.
    """
    target_day = day or 1
    candidates = []
    # the last year (of the three, in order) whose month/day starts by the anchor; the first ending after it
    before: tuple[int, date, date] | None = None
    after: tuple[int, date, date] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            length = _month_length(year, month)
            first = date(year, month, min(target_day, length))
        except ValueError:
            continue
        last = first if day else date(year, month, length)
        candidate = (year, first, last)
        candidates.append(candidate)
        if first <= anchor:
            before = candidate
        if after is None and last >= anchor:
            after = candidate
    if strict and direction is not None:
        chosen = before if direction < 0 else after
        return chosen[0] if chosen is not None else anchor.year
    if direction is not None and before is not None and after is not None:
        # A clause's tense says which side of the anchor, unless that side is far and the other close:
        # "the offer was extended to Nov. 16" written in late October means the coming Nov. 16.
        back = (anchor - before[2]).days if before[2] < anchor else 0
        ahead = (after[1] - anchor).days if after[1] > anchor else 0
        if direction < 0:
            return after[0] if back > FAR_DAYS and ahead < NEAR_DAYS else before[0]
        return before[0] if ahead > FAR_DAYS and back < NEAR_DAYS else after[0]

    def distance(item: tuple[int, date, date]) -> int:
        _, first, last = item
        if first <= anchor <= last:
            return 0
        return min(abs((first - anchor).days), abs((last - anchor).days))

    return min(candidates, key=distance)[0]


#: The Julian day number of 1 Muharram AH 1 by the tabular (civil) Islamic calendar, as a proleptic Gregorian
#: ordinal, and the Gregorian years the Umm al-Qura table covers whole.
_ISLAMIC_EPOCH_ORDINAL = 1948440 - 1721425
_UMM_AL_QURA_YEARS = range(1925, 2077)


def _tabular_islamic_day(year: int, month: int, day: int) -> date:
    """A day of the tabular Islamic calendar (months of 30 and 29 days, eleven leap years in thirty)."""
    days = day + (59 * (month - 1) + 1) // 2 + 354 * (year - 1) + (3 + 11 * year) // 30 - 1
    return date.fromordinal(_ISLAMIC_EPOCH_ORDINAL + days)


@cache
def _umm_al_qura_days(month: int, day: int) -> tuple[date, ...]:
    # the generated table is read only when a text names an Islamic feast
    from chronology.timex.islamic_festivals import DAYS

    return tuple(date.fromisoformat(text) for text in DAYS[(month, day)])


@cache
def islamic_calendar_days(year: int, month: int, day: int) -> tuple[date, ...]:
    """The Gregorian days in `year` of a day of the Islamic calendar (a lunar year of 354 or 355 days, so a
    Gregorian year holds one and, about every 33 years, two): by the Umm al-Qura calendar where its table
    reaches (1925-2076), else by the tabular calendar, which keeps within a day or two of it. Countries
    that wait for the new moon to be seen may keep the feast a day later."""
    if year in _UMM_AL_QURA_YEARS:
        return tuple(d for d in _umm_al_qura_days(month, day) if d.year == year)
    guess = (year - 622) * 33 // 32
    return tuple(
        d
        for hijri_year in range(guess - 1, guess + 3)
        if hijri_year > 0
        and 1 <= (d := _tabular_islamic_day(hijri_year, month, day)).year <= 9999
        and d.year == year
    )


#: The moon's main periodic terms in longitude (Meeus ch. 47): (coefficient in millionths of a degree, power
#: of E, multiples of D, M, M', F); the terms left out move it by less than a hundredth of a degree.
_MOON_LONGITUDE_TERMS = (
    (6288774, 0, 0, 0, 1, 0), (1274027, 0, 2, 0, -1, 0), (658314, 0, 2, 0, 0, 0), (213618, 0, 0, 0, 2, 0),
    (-185116, 1, 0, 1, 0, 0), (-114332, 0, 0, 0, 0, 2), (58793, 0, 2, 0, -2, 0), (57066, 1, 2, -1, -1, 0),
    (53322, 0, 2, 0, 1, 0), (45758, 1, 2, -1, 0, 0), (-40923, 1, 0, 1, -1, 0), (-34720, 0, 1, 0, 0, 0),
    (-30383, 1, 0, 1, 1, 0), (15327, 0, 2, 0, 0, -2), (-12528, 0, 0, 0, 1, 2), (10980, 0, 0, 0, 1, -2),
    (10675, 0, 4, 0, -1, 0), (10034, 0, 0, 0, 3, 0), (8548, 0, 4, 0, -2, 0), (-7888, 1, 2, 1, -1, 0),
    (-6766, 1, 2, 1, 0, 0), (-5163, 0, 1, 0, -1, 0), (4987, 1, 1, 1, 0, 0), (4036, 1, 2, -1, 1, 0),
    (3994, 0, 2, 0, 2, 0), (3861, 0, 4, 0, 0, 0), (3665, 0, 2, 0, -3, 0), (-2689, 1, 0, 1, -2, 0),
    (-2602, 0, 2, 0, -1, 2), (2390, 1, 2, -1, -2, 0), (-2348, 0, 1, 0, 1, 0), (2236, 2, 2, -2, 0, 0),
    (-2120, 1, 0, 1, 2, 0), (-2069, 2, 0, 2, 0, 0), (2048, 2, 2, -2, -1, 0), (-1773, 0, 2, 0, 1, -2),
    (-1595, 0, 2, 0, 0, 2), (1215, 1, 4, -1, -1, 0), (-1110, 0, 0, 0, 2, 2), (-892, 0, 3, 0, -1, 0),
    (-810, 1, 2, 1, 1, 0), (759, 1, 4, -1, -2, 0), (-713, 2, 0, 2, -1, 0), (-700, 2, 2, 2, -1, 0),
    (691, 1, 2, 1, -2, 0), (596, 1, 2, -1, 0, -2), (549, 0, 4, 0, 1, 0), (537, 0, 0, 0, 4, 0),
)  # fmt: skip


def _moon_sun_elongation(jde: float) -> float:
    """How far (degrees, 0-360) the moon's longitude is ahead of the sun's at the Julian ephemeris day `jde`:
    a tithi of the Hindu calendar is each twelve degrees of it (nutation, common to both, left out)."""
    t = (jde - 2451545.0) / 36525
    moon = 218.3164477 + 481267.88123421 * t - 0.0015786 * t**2
    args = (
        radians(297.8501921 + 445267.1114034 * t - 0.0018819 * t**2),
        radians(357.5291092 + 35999.0502909 * t - 0.0001536 * t**2),
        radians(134.9633964 + 477198.8675055 * t + 0.0087414 * t**2),
        radians(93.2720950 + 483202.0175233 * t - 0.0036539 * t**2),
    )
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    for coefficient, e_power, *multiples in _MOON_LONGITUDE_TERMS:
        moon += coefficient / 1e6 * e**e_power * sin(sum(n * a for n, a in zip(multiples, args, strict=True)))
    node = radians(125.04 - 1934.136 * t)
    sun = _solar_longitude(jde) + 0.00478 * sin(node)  # the sun's, less the nutation the moon's lacks
    return (moon - sun) % 360


def _elongation_reaches(degrees: float, jde: float) -> float:
    """The Julian ephemeris day, within about a week of `jde`, when the elongation is `degrees`."""
    for _ in range(6):
        jde += ((degrees - _moon_sun_elongation(jde) + 180) % 360 - 180) / 12.19
    return jde


#: India's standard time, UTC+5:30, in days, less ΔT (about a minute); the Lahiri ayanamsa (degrees) at
#: J2000 and its yearly growth, which turn the tropical sun into the sidereal one the Hindu months follow.
_INDIA_OFFSET = 5.5 / 24 - 69 / 86400
_LAHIRI_J2000 = 23.853
_LAHIRI_PER_YEAR = 0.013969
#: The hours of Indian time a feast's day is read at: the evening worship (pradosh) of Diwali and Dhanteras,
#: the sunrise that gives a day its tithi (Bhai Dooj), and the hour by which a full moon must last for the
#: Holi fire to wait for its evening (see `holi_day`).
_PRADOSH_HOURS = 18
_SUNRISE_HOURS = 6.5
_HOLI_PURNIMA_UNTIL_HOURS = 16.5


def _india_day(jde: float, hours: float = 0) -> date:
    """The day in India whose `hours` o'clock (IST) is the last one by `jde`."""
    return _local_day(jde, _INDIA_OFFSET - hours / 24)


def _sidereal_sun_reaches(longitude: float, year: int, day_of_year: int) -> float:
    jde = 2451544.5 + 365.2422 * (year - 2000) + day_of_year
    return _sun_reaches((longitude + _LAHIRI_J2000 + _LAHIRI_PER_YEAR * (year - 2000)) % 360, jde)


@cache
def diwali_days(year: int) -> tuple[date, date, date, date]:
    """Dhanteras, Diwali (Lakshmi Puja), Govardhan Puja and Bhai Dooj of `year` in India: Diwali is the new
    moon (amavasya) that closes the lunar month holding the sun's entry into sidereal Libra (Lahiri), kept
    on the evening (6 p.m. IST) the amavasya tithi covers, the last before the new moon; Dhanteras
    the evening of the thirteenth tithi (trayodashi) before it; Bhai Dooj the first day whose sunrise falls
    in the second tithi of the new month, Govardhan Puja the day before it. Almanacs that read other hours
    of the day, or another city's sunrise, may differ by a day."""
    libra = _sidereal_sun_reaches(180, year, 290)
    new_moon = _elongation_reaches(360, libra + 29.53 * ((-_moon_sun_elongation(libra)) % 360) / 360)
    diwali = _india_day(new_moon, _PRADOSH_HOURS)
    dhanteras = _india_day(_elongation_reaches(336, new_moon - 2), _PRADOSH_HOURS)
    bhai_dooj = _india_day(_elongation_reaches(12, new_moon + 1), _SUNRISE_HOURS) + timedelta(days=1)
    return dhanteras, diwali, bhai_dooj - timedelta(days=1), bhai_dooj


@cache
def holi_day(year: int) -> date:
    """Holi (the day of colours) of `year` in India: the day after the bonfire of Holika, which is lit on
    the night of the full moon (purnima) of Phalguna, the lunar month holding the sun's entry into sidereal
    Pisces (Lahiri), once the first half of the purnima tithi (bhadra, astrologers avoid it) is over; that
    half ends at an elongation of 174 degrees. When it ends after midnight, the fire waits for the next
    evening if the full moon lasts until late afternoon (4.30 p.m. IST) of that day, and is lit in the tail
    of the night before if it does not."""
    pisces = _sidereal_sun_reaches(330, year, 74)
    new_moon = _elongation_reaches(360, pisces - 29.53 * _moon_sun_elongation(pisces) / 360)
    bhadra_ends = _elongation_reaches(174, new_moon + 15)
    bonfire = _india_day(bhadra_ends, _SUNRISE_HOURS)
    if (
        _india_day(bhadra_ends) != bonfire
        and _india_day(_elongation_reaches(180, bhadra_ends), _HOLI_PURNIMA_UNTIL_HOURS) > bonfire
    ):
        bonfire += timedelta(days=1)
    return bonfire + timedelta(days=1)
