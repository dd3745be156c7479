"""The TimeML parser: offsets into the tag-free text, annotations, and refusal of dangerous XML."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.readers.timeml import MAX_DEPTH, TimeMLError, parse_timeml

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo-001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-03" temporalFunction="false" functionInDocument="CREATION_TIME">February 3, 2022</TIMEX3></DCT>
<TEXT>
Troops <EVENT eid="e1" class="OCCURRENCE">landed</EVENT> in the north <TIMEX3 tid="t1" type="DATE" value="2022-02-03" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> &amp; <EVENT eid="e2" class="OCCURRENCE">stayed</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="PT2H" mod="APPROX">about two hours</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" timeID="t1" relatedToEventInstance="ei2"/>
</TimeML>
"""


def test_text_is_the_text_element_without_tags_and_offsets_point_into_it() -> None:
    doc = parse_timeml(DOCUMENT, "demo.tml")
    assert doc.id == "demo-001"
    assert doc.dct == date(2022, 2, 3)
    assert doc.dct_value == "2022-02-03"
    assert doc.text == "\nTroops landed in the north Thursday & stayed for about two hours.\n"
    assert [(t.tid, t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("t1", "Thursday", "DATE", "2022-02-03", None),
        ("t2", "about two hours", "DURATION", "PT2H", "APPROX"),
    ]
    for item in (*doc.timexes, *doc.events):
        assert doc.text[item.start : item.end] == item.text
    assert doc.timexes[0].anchor_tid == "t0"
    assert doc.timexes[0].temporal_function is True


def test_events_take_tense_and_aspect_from_their_instance() -> None:
    doc = parse_timeml(DOCUMENT.encode("utf-8"), "demo.tml")
    assert [(e.eid, e.eiid, e.text, e.event_class, e.tense, e.aspect) for e in doc.events] == [
        ("e1", "ei1", "landed", "OCCURRENCE", "PAST", "NONE"),
        ("e2", "ei2", "stayed", "OCCURRENCE", "PAST", "NONE"),
    ]
    assert doc.event_by_instance("ei2") == doc.events[1]
    assert doc.event_by_instance("ei9") is None


def test_links_say_which_end_is_an_event_and_which_a_time() -> None:
    doc = parse_timeml(DOCUMENT, "demo.tml")
    assert [
        (link.lid, link.rel_type, link.source, link.source_kind, link.target, link.target_kind)
        for link in doc.tlinks
    ] == [
        ("l1", "IS_INCLUDED", "ei1", "event", "t1", "timex"),
        ("l2", "BEFORE", "t1", "timex", "ei2", "event"),
    ]


def test_crlf_line_ends_fold_to_lf_so_offsets_match_the_flattened_corpus() -> None:
    crlf = DOCUMENT.replace("\n", "\r\n").encode("utf-8")
    doc = parse_timeml(crlf, "demo.tml")
    assert "\r" not in doc.text
    assert doc.text == parse_timeml(DOCUMENT, "demo.tml").text
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text


def test_without_docid_the_file_stem_is_the_id() -> None:
    text = DOCUMENT.replace("<DOCID>demo-001</DOCID>\n", "")
    assert parse_timeml(text, "/corpus/APW1998.0001.tml").id == "APW1998.0001"


def test_declared_encoding_is_honoured_for_bytes() -> None:
    latin = DOCUMENT.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>')
    latin = latin.replace("in the north", "in the café district")
    doc = parse_timeml(latin.encode("latin-1"), "latin.tml")
    assert "café" in doc.text
    assert doc.timexes[0].text == "Thursday"


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE TimeML [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<TimeML><TEXT>&lol3;</TEXT></TimeML>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<TimeML><TEXT>&secret;</TEXT></TimeML>
"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE TimeML SYSTEM "http://example.invalid/timeml.dtd">
<TimeML><TEXT>On &day; it rained.</TEXT></TimeML>
"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE TimeML [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<TimeML><TEXT>Nothing.</TEXT></TimeML>
"""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BILLION_LAUGHS, "entity declarations are refused"),
        (EXTERNAL_ENTITY, "entity declarations are refused"),
        (PARAMETER_ENTITY, "entity declarations are refused"),
        (EXTERNAL_DTD, "entity &day; is not defined"),  # the DTD is never fetched
    ],
)
def test_dangerous_xml_is_refused_with_a_clear_message(data: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message) as caught:
        parse_timeml(data, "evil.tml")
    assert str(caught.value).startswith("evil.tml")


def test_deep_nesting_is_refused() -> None:
    depth = MAX_DEPTH + 10
    data = "<TimeML><TEXT>" + "<s>" * depth + "x" + "</s>" * depth + "</TEXT></TimeML>"
    with pytest.raises(TimeMLError, match="nested deeper"):
        parse_timeml(data, "deep.tml")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("<TimeML><TEXT>Friday</TimeML>", "not well-formed"),
        ("", "not well-formed"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT> element"),
        ("<TimeML><TEXT>On &nbsp; Friday</TEXT></TimeML>", "undefined entity"),
    ],
)
def test_malformed_or_incomplete_documents_are_refused(data: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message):
        parse_timeml(data, "bad.tml")


def test_text_without_annotations_parses() -> None:
    doc = parse_timeml("<TimeML><TEXT>Nothing dated here.</TEXT></TimeML>", "plain.tml")
    assert doc.text == "Nothing dated here."
    assert doc.timexes == () and doc.events == () and doc.tlinks == ()
    assert doc.dct is None


def test_a_doctype_naming_an_external_dtd_is_accepted_but_never_fetched() -> None:
    data = DOCUMENT.replace(
        "<TimeML>", '<!DOCTYPE TimeML SYSTEM "http://example.invalid/TimeML.dtd">\n<TimeML>', 1
    )
    assert parse_timeml(data, "demo.tml").timexes[0].text == "Thursday"


def test_a_decoded_string_ignores_its_original_encoding_declaration() -> None:
    latin = DOCUMENT.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>')
    doc = parse_timeml(latin.replace("in the north", "in the café district"), "latin.tml")
    assert "café" in doc.text


def test_nested_and_unknown_tags_inside_text_keep_their_words() -> None:
    data = (
        "<TimeML><TEXT><s>Talks <SIGNAL sid='s1'>on</SIGNAL> <TIMEX3 tid='t1' type='DATE' value='2022-02-04'>"
        "<EVENT eid='e1'>Friday</EVENT></TIMEX3></s> ended.</TEXT></TimeML>"
    )
    doc = parse_timeml(data, "nested.tml")
    assert doc.text == "Talks on Friday ended."
    assert (doc.timexes[0].text, doc.events[0].text) == ("Friday", "Friday")


def test_a_file_without_text_element_reads_its_root_as_the_text() -> None:
    data = (
        '<?xml version="1.0"?>\n<TimeML><DOCID>memo-7</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2011-05-04" functionInDocument="CREATION_TIME">'
        "May 4, 2011</TIMEX3></DCT>\n"
        'The board met on <TIMEX3 tid="t1" type="DATE" value="2011-05-02">Monday</TIMEX3> and '
        '<EVENT eid="e1" class="OCCURRENCE">adjourned</EVENT>.\n'
        '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE"/>'
        "</TimeML>"
    )
    doc = parse_timeml(data, "memo.tml")
    assert doc.id == "memo-7"
    assert doc.dct == date(2011, 5, 4)
    assert "memo-7" not in doc.text and "May 4, 2011" not in doc.text
    assert [(t.text, t.value) for t in doc.timexes] == [("Monday", "2011-05-02")]
    assert [doc.text[t.start : t.end] for t in doc.timexes] == ["Monday"]
    assert [e.text for e in doc.events] == ["adjourned"]


def test_a_creation_time_timex_gives_the_date_when_there_is_no_dct_element() -> None:
    data = (
        "<TimeML><TEXT>"
        '<TIMEX3 tid="t0" type="DATE" value="1999-03-12" functionInDocument="CREATION_TIME">'
        "March 12, 1999</TIMEX3>\nThe treaty was signed "
        '<TIMEX3 tid="t1" type="DATE" value="1999-03-11">yesterday</TIMEX3>.'
        "</TEXT></TimeML>"
    )
    doc = parse_timeml(data, "wire.tml")
    assert doc.dct == date(1999, 3, 12)
    assert [t.text for t in doc.timexes] == ["March 12, 1999", "yesterday"]


def test_a_dct_element_wins_over_a_creation_time_timex_in_the_text() -> None:
    data = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-01-02">x</TIMEX3></DCT><TEXT>'
        '<TIMEX3 tid="t1" type="DATE" value="2001-01-01" functionInDocument="CREATION_TIME">'
        "New Year's Day</TIMEX3> was quiet.</TEXT></TimeML>"
    )
    assert parse_timeml(data, "w.tml").dct == date(2001, 1, 2)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("1998-08-07", date(1998, 8, 7)),
        ("19980807", date(1998, 8, 7)),
        ("1998-08-07T10:30:00", date(1998, 8, 7)),
    ],
)
def test_a_dct_value_is_read_in_each_form_metadata_writes(written: str, day: date) -> None:
    data = f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{written}">x</TIMEX3></DCT><TEXT>Quiet.</TEXT></TimeML>'
    assert parse_timeml(data, "d.tml").dct == day


@pytest.mark.parametrize("written", ["1998-08", "1998-02-30", "soon"])
def test_a_dct_value_that_names_no_single_day_gives_no_dct(written: str) -> None:
    data = f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{written}">x</TIMEX3></DCT><TEXT>Quiet.</TEXT></TimeML>'
    assert parse_timeml(data, "d.tml").dct is None
