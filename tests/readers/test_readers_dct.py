"""Where a document's creation time comes from: user, metadata, dateline, file name, or nowhere."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from chronology.model.document import DctSource, Document
from chronology.readers import read_inputs
from chronology.readers.datelines import find_dateline
from chronology.readers.dates import DateValueError, PartialDate, check_dct, parse_date_text
from chronology.settings import Settings


def read_one(path: Path, settings: Settings | None = None) -> Document:
    items = list(read_inputs([str(path)], settings or Settings()))
    assert len(items) == 1
    (document,) = items
    assert isinstance(document, Document), document
    return document


# --- metadata date strings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        ("2022-02-03", False, PartialDate(2022, 2, 3)),
        ("2022-02-03T23:30:00-05:00", False, PartialDate(2022, 2, 3)),
        ("2022-02-03T10:00:00.123Z", False, PartialDate(2022, 2, 3)),
        ("2022-02-03 10:00:00 +0000", False, PartialDate(2022, 2, 3)),
        ("20220203", False, PartialDate(2022, 2, 3)),
        ("2022/2/3", False, PartialDate(2022, 2, 3)),
        ("Thu, 03 Feb 2022 10:00:00 GMT", False, PartialDate(2022, 2, 3)),
        ("February 3, 2022", False, PartialDate(2022, 2, 3)),
        ("Feb. 3 2022", False, PartialDate(2022, 2, 3)),
        ("3rd February 2022", False, PartialDate(2022, 2, 3)),
        ("02/03/2022", False, PartialDate(2022, 2, 3)),
        ("02/03/2022", True, PartialDate(2022, 3, 2)),
        ("03.02.2022", False, PartialDate(2022, 2, 3)),
        ("February 2022", False, PartialDate(2022, 2)),
        ("2022-02", False, PartialDate(2022, 2)),
        ("2022", False, PartialDate(2022)),
    ],
)
def test_metadata_dates_parse(value: str, day_first: bool, expected: PartialDate) -> None:
    assert parse_date_text(value, day_first=day_first) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2022-02-30", "28 days"),
        ("2024-02-30", "29 days"),
        ("2022-13-01", "no month 13"),
        ("31/04/2022", "30 days"),
        ("soon", "not a date"),
        ("", "empty"),
        ("Feb 30, 2022", "28 days"),
    ],
)
def test_impossible_metadata_dates_say_why(value: str, reason: str) -> None:
    with pytest.raises(DateValueError, match=reason):
        parse_date_text(value, day_first=True)


def test_plausibility_window() -> None:
    today = date(2026, 1, 15)
    assert check_dct(date(1998, 1, 8), today=today) is None
    assert check_dct(today + timedelta(days=30), today=today) is None
    assert "before the year 1000" in (check_dct(date(999, 12, 31), today=today) or "")
    assert "future" in (check_dct(today + timedelta(days=400), today=today) or "")


# --- datelines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, Feb. 3, 2022 (Reuters) - Troops landed on Thursday.", date(2022, 2, 3)),
        ("SAN JUAN, Puerto Rico, March 14, 2019 (AP) — The storm weakened.", date(2019, 3, 14)),
        ("February 3, 2022 - Troops landed on Thursday.", date(2022, 2, 3)),
        ("Headline on its own line\n\nThursday, 3 February 2022\n\nTroops landed.", date(2022, 2, 3)),
        ("Published: Feb 3, 2022 10:15 a.m. EST\nTroops landed.", date(2022, 2, 3)),
        ("LONDON, 3 Feb 2022 (AFP) -- Talks resumed.", date(2022, 2, 3)),
        ("2022-02-03 — Talks resumed.", date(2022, 2, 3)),
    ],
)
def test_datelines_with_a_year(text: str, expected: date) -> None:
    found = find_dateline(text)
    assert found is not None and found.published == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed on February 3, 2022, in Geneva.",
        "In 2022 the troops landed, officials said.",
        "Officials met - and February 3, 2022 was chosen.",
    ],
)
def test_prose_is_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_without_year_takes_a_coarser_date() -> None:
    found = find_dateline("WASHINGTON, Feb. 3 (Reuters) - Troops landed.", year_hint=PartialDate(2022))
    assert found is not None and found.published == date(2022, 2, 3)
    across = find_dateline("WASHINGTON, Dec. 31 (Reuters) - Fireworks.", year_hint=PartialDate(2023, 1))
    assert across is not None and across.published == date(2022, 12, 31)


def test_dateline_weekday_picks_the_year_from_the_text() -> None:
    text = (
        "BEIRUT, Thursday, Feb. 3 (AFP) - Shelling resumed. A raid in October 2019 and talks in 2022 failed."
    )
    found = find_dateline(text)
    assert found is not None and found.published == date(2022, 2, 3) and found.agency == "AFP"


def test_dateline_without_any_year_is_a_warning() -> None:
    found = find_dateline("BEIRUT, Feb. 3 (AFP) - Shelling resumed.")
    assert found is not None and found.published is None and "has no year" in found.warnings[0]


# --- the order of sources, end to end -------------------------------------------------------------------


def test_user_dct_wins(tmp_path: Path) -> None:
    path = tmp_path / "2020-01-01-story.json"
    path.write_text(json.dumps({"text": "Talks resumed.", "published": "2021-05-05"}), encoding="utf-8")
    document = read_one(path, Settings(dct=date(2022, 2, 3)))
    assert (document.published, document.published_source, document.published_detail) == (
        date(2022, 2, 3),
        DctSource.USER,
        "--dct",
    )


def test_metadata_beats_dateline_and_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2020-01-01-story.json"
    text = "LONDON, March 9, 2021 (Reuters) - Talks resumed."
    path.write_text(json.dumps({"text": text, "dct": "2021-03-10"}), encoding="utf-8")
    document = read_one(path)
    assert (document.published, document.published_source) == (date(2021, 3, 10), DctSource.METADATA)


def test_dateline_beats_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2020-01-01-story.txt"
    path.write_text("LONDON, March 9, 2021 (Reuters) - Talks resumed.", encoding="utf-8")
    document = read_one(path)
    assert (document.published, document.published_source) == (date(2021, 3, 9), DctSource.DATELINE)
    assert document.published_detail == 'dateline "LONDON, March 9, 2021 (Reuters)"'
    assert document.publisher == "Reuters"


def test_dateline_year_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2022-02-story.txt"
    path.write_text("WASHINGTON, Feb. 3 (Reuters) - Troops landed on Thursday.", encoding="utf-8")
    document = read_one(path)
    assert (document.published, document.published_source) == (date(2022, 2, 3), DctSource.DATELINE)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2022-02-03-syria.txt", date(2022, 2, 3)),
        ("20220203_syria.txt", date(2022, 2, 3)),
        ("syria_2022_02_03.txt", date(2022, 2, 3)),
        ("WIRE19980807.0261.txt", date(1998, 8, 7)),
        ("AP900815-0044.txt", date(1990, 8, 15)),
        ("ea980120.1830.0071.txt", date(1998, 1, 20)),
    ],
)
def test_file_name_dates(tmp_path: Path, name: str, expected: date) -> None:
    path = tmp_path / name
    path.write_text("Troops landed on Thursday.", encoding="utf-8")
    document = read_one(path)
    assert (document.published, document.published_source) == (expected, DctSource.FILENAME)
    assert document.published_detail == f"file name {name}"


@pytest.mark.parametrize("name", ["story.txt", "2022-02-30-story.txt", "release-2022.txt", "12345678.txt"])
def test_no_dct(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Troops landed on Thursday.", encoding="utf-8")
    document = read_one(path)
    assert (document.published, document.published_source, document.published_detail) == (
        None,
        DctSource.NONE,
        None,
    )


def test_date_in_url_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    url = "https://news.example/world/2022/02/03/troops-land"
    path.write_text(json.dumps({"text": "Troops landed.", "url": url}), encoding="utf-8")
    document = read_one(path)
    assert (document.published, document.published_source, document.published_detail) == (
        date(2022, 2, 3),
        DctSource.METADATA,
        "date in url",
    )


@pytest.mark.parametrize(
    ("published", "reason"),
    [("2022-02-30", "not a real date"), ("2999-01-07", "future"), ("0999-05-01", "before the year 1000")],
)
def test_rejected_metadata_falls_through_with_a_warning(tmp_path: Path, published: str, reason: str) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"text": "Troops landed.", "published": published}), encoding="utf-8")
    document = read_one(path)
    assert document.published is None and document.published_source is DctSource.NONE
    assert any(reason in warning and published in warning for warning in document.warnings)
    with_dateline = tmp_path / "dated.json"
    text = "LONDON, March 9, 2021 (Reuters) - Talks resumed."
    with_dateline.write_text(json.dumps({"text": text, "published": published}), encoding="utf-8")
    fallback = read_one(with_dateline)
    assert (fallback.published, fallback.published_source) == (date(2021, 3, 9), DctSource.DATELINE)


def test_far_future_dateline_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("LONDON, March 9, 2999 (Reuters) - Talks resumed.", encoding="utf-8")
    document = read_one(path)
    assert document.published is None and any("future" in warning for warning in document.warnings)


def test_yearless_dateline_defers_to_a_full_file_name_date(tmp_path: Path) -> None:
    agreeing = tmp_path / "WIRE19990312.0031.txt"
    agreeing.write_text("BUDAPEST, March 12 (Xinhua) - Talks resumed.", encoding="utf-8")
    document = read_one(agreeing)
    assert (document.published, document.published_source) == (date(1999, 3, 12), DctSource.DATELINE)
    sent_next_day = tmp_path / "WIRE19990313.0031.txt"
    sent_next_day.write_text("BUDAPEST, March 12 (Xinhua) - Talks resumed.", encoding="utf-8")
    document = read_one(sent_next_day)
    assert (document.published, document.published_source) == (date(1999, 3, 13), DctSource.FILENAME)
    assert any("differs from the date in the file name" in warning for warning in document.warnings)
