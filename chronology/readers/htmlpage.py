"""HTML articles: the main text without navigation, the title, and the publication date from metadata.

trafilatura finds the article body and htmldate (through it) the publication date; both are imported
only when an HTML file is read. htmldate says which date, not where it found it, so the page's tagged
dates are looked up to record `published_detail` ("meta article:published_time", "JSON-LD
datePublished", "<time datetime>"). When trafilatura finds no body, its baseline extractor (article
element, paragraphs, JSON-LD articleBody, then the whole body) takes over.
"""

from __future__ import annotations

import json
import logging
import re
import warnings as warnings_module
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

from chronology.model.analysis import ErrorKind
from chronology.readers.assemble import Origin, RawDocument
from chronology.readers.dates import MAX_DCT_AHEAD, DateValueError, parse_date_text
from chronology.readers.dct import DateCandidate
from chronology.readers.decoding import decode_bytes, normalize_text
from chronology.readers.errors import ReadFailure

# lxml ships no type information; its trees are handled as Any.
HtmlElement = Any

#: Meta tags that carry a publication date (property, name or itemprop), in the order they are trusted.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "date",
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# lxml's HTML parser predates HTML5 and reports <article>, <time>, <nav>... as unknown tags: not a defect.
_UNKNOWN_TAG_ERROR = 801
_NOT_XML_CHARACTERS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MAX_JSON_LD_CHARS = 1_000_000


#: What to install when the HTML extractor is missing (it is an optional part of chronology).
INSTALL_HINT = "reading HTML needs trafilatura, which could not be loaded (reinstall: pip install chronology)"


def read_html(data: bytes, origin: Origin) -> Iterator[RawDocument]:
    try:
        import trafilatura  # noqa: F401  (it brings lxml)
    except ImportError as exc:
        raise ReadFailure(
            ErrorKind.UNREADABLE, f"{origin.label}: {INSTALL_HINT} ({exc})", origin.stem
        ) from None
    declared = _CHARSET.search(data[:4096])
    decoded = decode_bytes(
        data, origin.label, declared_encoding=declared.group(1).decode("ascii") if declared else None
    )
    markup, _ = normalize_text(decoded.text)
    warnings = list(decoded.warnings)
    markup, removed = _NOT_XML_CHARACTERS.subn("", markup)
    if removed:
        # Controls are not text in HTML, and lxml refuses strings holding them.
        warnings.append(f"{removed} control character{'s' if removed != 1 else ''} removed from the HTML")
    tree, problems = _parse(markup, origin)
    if problems:
        warnings.append(problems)

    _quiet_library_loggers()
    from trafilatura import bare_extraction, baseline

    try:
        with warnings_module.catch_warnings():
            # dateutil, under htmldate, warns about time zone names it does not know; not the user's concern.
            warnings_module.simplefilter("ignore")
            extracted: Any = bare_extraction(
                tree,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params=_date_params(),
            )
    except Exception as exc:  # a page the extractor cannot handle still has text worth reading
        warnings.append(
            f"article extraction failed ({type(exc).__name__}: {exc}); read the page's text instead"
        )
        extracted = None
    title = getattr(extracted, "title", None) if extracted is not None else None
    url = getattr(extracted, "url", None) if extracted is not None else None
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    found_date: str | None = getattr(extracted, "date", None) if extracted is not None else None
    if not text.strip():
        text = _baseline_text(tree, baseline, warnings)
        if text.strip():
            warnings.append("no article body recognised; read the page's main text instead")
    if extracted is None:
        found_date = _find_date(tree, warnings)
        title = _page_title(tree)
    if not text.strip():
        raise ReadFailure(ErrorKind.EMPTY, f"{origin.label}: no readable text in the HTML", origin.stem)
    yield RawDocument(
        text=text,
        default_id=origin.stem,
        source=origin.label,
        title=title,
        url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        dates=_date_candidates(tree, found_date),
        filename=origin.filename,
        warnings=warnings,
    )


def _find_date(tree: HtmlElement, warnings: list[str]) -> str | None:
    from htmldate import find_date

    try:
        with warnings_module.catch_warnings():
            warnings_module.simplefilter("ignore")
            found = find_date(tree, **_date_params())
    except Exception as exc:  # the page's tagged dates are still looked at
        warnings.append(f"publication date search failed ({type(exc).__name__})")
        return None
    return found if isinstance(found, str) else None


def _baseline_text(tree: HtmlElement, baseline: Any, warnings: list[str]) -> str:
    try:
        _, text, _ = baseline(tree)
    except Exception as exc:  # last resort: every text node of the page
        warnings.append(f"baseline extraction failed ({type(exc).__name__}); read all of the page's text")
        text = tree.text_content()
    return str(text)


def _parse(markup: str, origin: Origin) -> tuple[HtmlElement, str | None]:
    from lxml import etree, html

    parser = html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, collect_ids=False
    )
    source = _XML_DECLARATION.sub("", markup, count=1)
    try:
        tree = html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if "<" in markup:
            raise ReadFailure(
                ErrorKind.MALFORMED, f"{origin.label}: not HTML that can be parsed ({exc})", origin.stem
            ) from None
        raise ReadFailure(ErrorKind.EMPTY, f"{origin.label}: no HTML content", origin.stem) from None
    errors = [entry for entry in parser.error_log if entry.type != _UNKNOWN_TAG_ERROR and entry.level >= 2]
    if not errors:
        return tree, None
    first = errors[0]
    return tree, (
        f"HTML not well-formed ({len(errors)} problem{'s' if len(errors) != 1 else ''}, first at line "
        f"{first.line}: {first.message.strip()}); read leniently"
    )


def _date_params() -> dict[str, Any]:
    # Wider than htmldate's own window (1995 to today) so that archives keep their dates and a wrong
    # future date is seen and reported by our own check rather than silently dropped.
    return {
        "original_date": True,
        "extensive_search": False,
        "min_date": "1000-01-01",
        "max_date": (date.today() + MAX_DCT_AHEAD).isoformat(),
    }


def _date_candidates(tree: HtmlElement, found: str | None) -> list[DateCandidate]:
    """htmldate's date, labelled with the tag it came from, then every tagged date (for their warnings).

    When htmldate's date matches no tag but a tagged date of the same month exists, htmldate has
    repaired an impossible date ("2022-02-30" read as February 2022, then day 1): it is dropped, and
    the tagged value is rejected with a warning instead.
    """
    tagged = _tagged_dates(tree)
    candidates = [DateCandidate(value, where) for where, value in tagged]
    if not found:
        return candidates
    detail = next((where for where, value in tagged if _same_day(value, found)), None)
    if detail is not None:
        return [DateCandidate(found, detail), *candidates]
    if any(value.strip().startswith(found[:7]) for _, value in tagged):
        return candidates
    return [*candidates, DateCandidate(found, "htmldate")]


def _tagged_dates(tree: HtmlElement) -> list[tuple[str, str]]:
    found: list[tuple[int, str, str]] = []
    rank = {name: index for index, name in enumerate(PUBLISHED_META)}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key in rank:
                found.append((rank[key], f"meta {key}", content))
                break
    found.sort(key=lambda item: item[0])
    tagged = [(where, value) for _, where, value in found]
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        body = script.text or ""
        if len(body) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            continue
        tagged.extend(("JSON-LD datePublished", value) for value in _json_ld_published(data))
    for element in tree.iter("time"):
        value = (element.get("datetime") or "").strip()
        if value:
            where = "<time pubdate>" if element.get("pubdate") is not None else "<time datetime>"
            tagged.append((where, value))
            break
    return tagged


def _json_ld_published(data: Any, depth: int = 0) -> Iterator[str]:
    if depth > 8:
        return
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str) and value.strip():
            yield value.strip()
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                yield from _json_ld_published(data[key], depth + 1)
    elif isinstance(data, list):
        for item in data[:50]:
            yield from _json_ld_published(item, depth + 1)


def _same_day(value: str, found: str) -> bool:
    try:
        return parse_date_text(value).full() == parse_date_text(found).full()
    except DateValueError:
        return False


def _page_title(tree: HtmlElement) -> str | None:
    title = tree.find(".//title")
    text = title.text_content().strip() if title is not None else ""
    return text or None


@cache
def _quiet_library_loggers() -> None:
    # trafilatura logs "discarding data" at WARNING for pages it cannot use; without a handler Python
    # would print that to stderr. We report what matters ourselves, as document warnings.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).addHandler(logging.NullHandler())
