"""Each reader on small inputs written here: what text, id, title and metadata a Document gets."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from chronology.model.chronology import DocumentError, ErrorKind
from chronology.model.document import DctSource, Document
from chronology.readers import DocumentReadError, read_document, read_inputs, unique_ids
from chronology.settings import Settings


def read_all(*paths: Path | str, **kwargs: object) -> list[Document | DocumentError]:
    return list(read_inputs([str(path) for path in paths], **kwargs))  # type: ignore[arg-type]


def documents(items: list[Document | DocumentError]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def errors(items: list[Document | DocumentError]) -> list[DocumentError]:
    return [item for item in items if isinstance(item, DocumentError)]


ARTICLE = """<!DOCTYPE html>
<html><head><title>Ferry service resumes | Harbour Daily</title>
{meta}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<article>
<h1>Ferry service resumes</h1>
{time}
<p>The island ferry resumed its crossings on Thursday, two weeks after a strike by its crews ended.</p>
<p>The operator said the timetable agreed in March would apply until the end of the summer season, and that
extra sailings were planned for the holiday weekend in late May.</p>
<p>Passengers queued from early morning, and the first boat left the quay a few minutes after seven.</p>
</article>
<footer>Subscribe to our newsletter. All rights reserved.</footer>
</body></html>
"""


# --- plain text -------------------------------------------------------------------------------------


def test_plain_text_is_kept_as_written_with_line_ends_folded(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"\xef\xbb\xbf  The ferry resumed on Thursday.\r\nIt had stopped in March.\rEnd.  \n")
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert document.text == "  The ferry resumed on Thursday.\nIt had stopped in March.\nEnd.  \n"
    assert document.id == "note"
    assert document.source == str(path)
    assert document.warnings == ()


@pytest.mark.parametrize(
    ("encoding", "warned"),
    [("utf-8", False), ("utf-16", False), ("utf-8-sig", False), ("cp1252", True), ("latin-1", True)],
)
def test_plain_text_encodings_are_detected(tmp_path: Path, encoding: str, warned: bool) -> None:
    text = "The café on the quay reopened on Thursday; its owner’s résumé of the season was brief.\n"
    if encoding == "latin-1":
        text = text.replace("’", "'")
    path = tmp_path / "cafe.txt"
    path.write_bytes(text.encode(encoding))
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert document.text == text
    assert bool(document.warnings) is warned


def test_a_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "WIRE19990312.0042"
    path.write_text("The ferry resumed on Thursday.\n", encoding="utf-8")
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert document.id == "WIRE19990312.0042"
    assert document.text == "The ferry resumed on Thursday.\n"


# --- HTML -------------------------------------------------------------------------------------------


def test_html_article_main_text_title_and_meta_date(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    meta = '<meta property="article:published_time" content="2023-06-08T09:30:00+01:00">'
    path.write_text(ARTICLE.format(meta=meta, time=""), encoding="utf-8")
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert "resumed its crossings on Thursday" in document.text
    assert "Subscribe" not in document.text and "Sport" not in document.text
    assert document.title is not None and "Ferry service resumes" in document.title
    assert document.published == date(2023, 6, 8)
    assert document.published_source is DctSource.METADATA
    assert document.published_detail == "meta article:published_time"


@pytest.mark.parametrize(
    ("meta", "time", "detail"),
    [
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Ferry", "datePublished": "2023-06-08T09:30:00Z"}</script>',
            "",
            "JSON-LD datePublished",
        ),
        ("", '<time datetime="2023-06-08" pubdate>June 8</time>', "<time pubdate>"),
        ('<meta name="date" content="2023-06-08">', "", "meta date"),
    ],
)
def test_html_date_sources_are_recorded(tmp_path: Path, meta: str, time: str, detail: str) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(ARTICLE.format(meta=meta, time=time), encoding="utf-8")
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert document.published == date(2023, 6, 8)
    assert document.published_source is DctSource.METADATA
    assert document.published_detail == detail


def test_html_without_an_article_falls_back_to_the_page_text(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text("<html><body><p>The quay reopened on Monday.</p></body></html>", encoding="utf-8")
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert "The quay reopened on Monday." in document.text


def test_html_legacy_charset_declared_in_meta(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    page = ARTICLE.format(meta='<meta charset="windows-1252">', time="").replace("crews", "crews’ café")
    path.write_bytes(page.encode("cp1252"))
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert "crews’ café" in document.text


# --- JSON and JSONL ---------------------------------------------------------------------------------


def test_json_single_document_with_all_fields(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(
        json.dumps(
            {
                "id": "ferry-1",
                "title": "Ferry resumes",
                "url": "https://news.example/ferry",
                "published": "2023-06-08",
                "source": "Harbour Daily",
                "kind": "news",
                "text": "The ferry resumed on Thursday.",
            }
        ),
        encoding="utf-8",
    )
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert (document.id, document.title, document.url, document.publisher) == (
        "ferry-1",
        "Ferry resumes",
        "https://news.example/ferry",
        "Harbour Daily",
    )
    assert document.published == date(2023, 6, 8)
    assert document.published_detail == 'JSON "published"'
    assert document.source == str(path)


def test_json_list_and_container_give_one_document_per_item(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(
        json.dumps([{"text": "First item."}, {"id": "b", "text": "Second item."}]), encoding="utf-8"
    )
    contained = tmp_path / "box.json"
    contained.write_text(json.dumps({"documents": [{"text": "Third item."}]}), encoding="utf-8")
    items = read_all(listed, contained)
    assert [item.id for item in documents(items)] == ["list#1", "b", "box#1"]
    assert not errors(items)


def test_json_file_holding_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    assert [doc.text for doc in documents(read_all(path))] == ["One.", "Two."]


def test_jsonl_ids_lines_and_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Alpha.", "dct": "2021-10-23T22:00:00-05:00"}),
        json.dumps({"text": "Bravo."}),
        "",
        json.dumps({"id": "a", "text": "Charlie."}),
        "{broken",
        json.dumps({"id": 7, "text": "Delta."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [item.id if isinstance(item, Document) else item.kind for item in items] == [
        "a",
        "feed#2",
        "a-2",
        ErrorKind.MALFORMED,
        "7",
    ]
    first = items[0]
    assert isinstance(first, Document) and first.published == date(2021, 10, 23)
    assert first.source == f"{path}#1"
    broken = items[3]
    assert isinstance(broken, DocumentError)
    assert broken.source == str(path) and broken.document_id == "feed#5" and "line 5" in broken.message
    duplicate = items[2]
    assert isinstance(duplicate, Document) and any(
        "already used" in warning for warning in duplicate.warnings
    )


def test_jsonl_is_streamed_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"Item {n}."}) + "\n" for n in range(50)), encoding="utf-8")
    settings = Settings(max_document_bytes=200)  # far less than the file: only a line must fit
    iterator = read_inputs([str(path)], settings)
    first = next(iterator)
    assert isinstance(first, Document) and first.text == "Item 0."
    assert len(list(iterator)) == 49


# --- TimeML -----------------------------------------------------------------------------------------

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>HARBOUR20230608.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-08" temporalFunction="false" functionInDocument="CREATION_TIME">June 8, 2023</TIMEX3></DCT>
<TEXT>
The ferry <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2023-06-08">Thursday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_text_dct_and_docid(tmp_path: Path) -> None:
    path = tmp_path / "harbour.tml"
    path.write_text(TIMEML, encoding="utf-8")
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert document.id == "HARBOUR20230608.0001"
    assert document.text == "\nThe ferry resumed on Thursday.\n"
    assert document.published == date(2023, 6, 8)
    assert (document.published_source, document.published_detail) == (DctSource.METADATA, "TimeML <DCT>")


# --- folders, stdin, read_document --------------------------------------------------------------------


def test_folders_are_walked_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / "b" / "d.json").write_text('{"text": "D."}', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("X.", encoding="utf-8")
    assert [doc.text for doc in documents(read_all(tmp_path))] == ["A.", "C.", "D."]
    assert [doc.text for doc in documents(read_all(tmp_path, glob="*.txt"))] == ["A.", "C."]
    assert [doc.text for doc in documents(read_all(tmp_path, glob="b/*"))] == ["C.", "D."]


def test_an_ignore_file_keeps_answer_keys_and_notes_out_of_a_folder_build(tmp_path: Path) -> None:
    for folder in ("answers", "drafts", "drafts/old"):
        (tmp_path / folder).mkdir()
    (tmp_path / ".chronologyignore").write_text(
        "# answer keys and notes\nanswers/\n*.md  # notes\n\ndrafts/old/\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("N.", encoding="utf-8")
    (tmp_path / "answers" / "key.json").write_text('{"expected": []}', encoding="utf-8")
    (tmp_path / "drafts" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "drafts" / "c.md").write_text("C.", encoding="utf-8")  # "*.md" reaches below its folder
    (tmp_path / "drafts" / "old" / "d.txt").write_text("D.", encoding="utf-8")
    items = read_all(tmp_path)
    assert errors(items) == []
    assert [doc.text for doc in documents(items)] == ["A.", "B."]


def test_an_ignore_file_governs_only_its_own_folder(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "report").mkdir()
    (tmp_path / "inner" / ".chronologyignore").write_text("report.txt\n", encoding="utf-8")
    (tmp_path / "report.txt").write_text("Outer.", encoding="utf-8")
    (tmp_path / "inner" / "report.txt").write_text("Inner.", encoding="utf-8")
    (tmp_path / "inner" / "report" / "e.txt").write_text("E.", encoding="utf-8")
    assert [doc.text for doc in documents(read_all(tmp_path))] == ["E.", "Outer."]
    # a file named explicitly is read whatever the ignore file says
    assert [doc.text for doc in documents(read_all(tmp_path / "inner" / "report.txt"))] == ["Inner."]


def test_the_bundled_data_folder_builds_without_its_gold_files() -> None:
    data = Path(__file__).resolve().parents[2] / "data"
    items = read_all(data)
    assert errors(items) == []
    names = {Path(doc.source or "").name for doc in documents(items)}
    assert "gold.json" not in names and not any(name.endswith(".jsonl") for name in names)
    assert len(documents(items)) == len(list((data / "articles").iterdir())) + 3


def test_a_folder_with_nothing_to_read_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (error,) = read_all(tmp_path, glob="*.html")
    assert isinstance(error, DocumentError) and error.kind is ErrorKind.EMPTY and "*.html" in error.message


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"From {folder}.", encoding="utf-8")
    assert [doc.id for doc in documents(read_all(tmp_path))] == ["story", "story-2"]


@pytest.mark.parametrize(
    ("payload", "texts"),
    [
        (b"The ferry resumed on Thursday.\n", ["The ferry resumed on Thursday.\n"]),
        (b'{"text": "One."}\n{"text": "Two."}\n', ["One.", "Two."]),
        (b'[{"text": "One."}]', ["One."]),
        (TIMEML.encode(), ["\nThe ferry resumed on Thursday.\n"]),
        (ARTICLE.format(meta="", time="").encode(), None),
    ],
)
def test_stdin_format_is_sniffed(payload: bytes, texts: list[str] | None) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(payload)))
    found = documents(items)
    assert not errors(items)
    if texts is None:
        assert len(found) == 1 and "resumed its crossings" in found[0].text
    else:
        assert [doc.text for doc in found] == texts
    assert all(doc.source is not None and doc.source.startswith("<stdin>") for doc in found)


def test_read_document(tmp_path: Path) -> None:
    good = tmp_path / "one.txt"
    good.write_text("The ferry resumed.", encoding="utf-8")
    assert read_document(str(good)).text == "The ferry resumed."
    many = tmp_path / "many.jsonl"
    many.write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    with pytest.raises(DocumentReadError, match="several documents"):
        read_document(str(many))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentReadError) as caught:
        read_document(str(empty))
    assert caught.value.error.kind is ErrorKind.EMPTY


# --- JSON larger than one document's limit ------------------------------------------------------------


def test_a_large_json_list_is_read_item_by_item(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    items = [{"id": f"n{number}", "text": f"Notice {number}. " * 20} for number in range(40)]
    items[7] = {"id": "n7", "text": "x" * 2000}
    path.write_text(json.dumps(items, indent=2), encoding="utf-8")
    settings = Settings(max_document_bytes=1000)
    assert path.stat().st_size > 10 * settings.max_document_bytes
    found = read_all(path, settings=settings)
    assert [item.id for item in documents(found)] == [f"n{number}" for number in range(40) if number != 7]
    (refused,) = errors(found)
    assert refused.kind is ErrorKind.TOO_LARGE and "item 8" in refused.message


@pytest.mark.parametrize(
    ("payload", "kind", "kept"),
    [
        ('[{"text": "One."}, {"text": "Two."}, {"text": "Thr', ErrorKind.MALFORMED, 2),
        ('[{"text": "One."}, {"text": oops}, {"text": "Three."}]', ErrorKind.MALFORMED, 1),
        ('{"text": "' + "y" * 300 + '"}', ErrorKind.TOO_LARGE, 0),
    ],
)
def test_a_large_json_that_breaks_keeps_what_came_before(payload: str, kind: ErrorKind, kept: int) -> None:
    found = list(read_inputs(["-"], Settings(max_document_bytes=40), stdin=io.BytesIO(payload.encode())))
    assert len(documents(found)) == kept
    assert [error.kind for error in errors(found)] == [kind]


# --- reading split across processes -------------------------------------------------------------------


def test_list_inputs_then_unique_ids_matches_read_inputs(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"From {folder}.", encoding="utf-8")
    (tmp_path / "y" / "dangling.txt").symlink_to(tmp_path / "nowhere")
    from chronology.readers import list_inputs, unique_ids

    listed = list(list_inputs([tmp_path, tmp_path / "missing.txt"]))
    paths = [entry for entry in listed if isinstance(entry, str)]
    assert paths == [str(tmp_path / "x" / "story.txt"), str(tmp_path / "y" / "story.txt")]
    assert [entry.kind for entry in listed if isinstance(entry, DocumentError)] == [ErrorKind.UNREADABLE] * 2
    # Each path read on its own (as a worker would), then merged.
    merged = list(unique_ids(item for path in paths for item in read_inputs([path])))
    together = documents(read_all(tmp_path))
    assert [(doc.id, doc.text, doc.warnings) for doc in documents(merged)] == [
        (doc.id, doc.text, doc.warnings) for doc in together
    ]


def test_html_without_the_extractor_installed_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    path = tmp_path / "page.html"
    path.write_text(ARTICLE.format(meta="", time=""), encoding="utf-8")
    (error,) = read_all(path)
    assert isinstance(error, DocumentError) and error.kind is ErrorKind.UNREADABLE
    assert "pip install" in error.message


def test_reading_split_by_file_then_made_unique_gives_the_ids_of_one_read(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    second = tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "note-2", "text": "The depot closed on Monday."}) + "\n", "utf-8")
    second.write_text(
        "".join(json.dumps({"id": "note", "text": f"Pier {n} closed on Tuesday."}) + "\n" for n in range(3)),
        "utf-8",
    )
    together = [item for item in read_inputs([str(tmp_path)]) if isinstance(item, Document)]
    split = unique_ids(item for path in (first, second) for item in read_inputs([str(path)], unique=False))
    split_documents = [item for item in split if isinstance(item, Document)]
    assert [d.id for d in together] == ["note-2", "note", "note-3", "note-4"]
    assert [(d.id, d.warnings) for d in split_documents] == [(d.id, d.warnings) for d in together]


def test_a_read_document_equals_the_validated_model(tmp_path: Path) -> None:
    # the readers build documents without validation (`chronology.timex.construct.build`), which needs
    # every field given: the result must be the model pydantic would have validated, field for field
    path = tmp_path / "docs.jsonl"
    record = {
        "id": "a",
        "dct": "2022-02-03",
        "title": "Talks",
        "publisher": "AP",
        "text": "It ended on Friday.",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (document,) = documents(read_all(path))
    assert set(vars(document)) == set(Document.model_fields)
    assert Document.model_validate(document.model_dump()) == document
    assert document.model_dump_json() == Document.model_validate(vars(document)).model_dump_json()
