"""HTML input: the visible text, of the same length as the page, so offsets need no map.

Saved web pages are common input. Read as plain text, a place is found inside
`<script>`, "РИА&nbsp" becomes an organisation and "5&nbsp;марта" loses its day. So
markup is blanked out character for character: tags and comments become spaces
(block tags a line break, so paragraphs stay apart), scripts, styles, the head and the
page's navigation become spaces, and an entity becomes its character followed by
spaces. The pipeline reads that text; every offset it finds indexes the page as
decoded, and the mentions' `text` is taken from the page itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..schema import Document

# Whole elements whose text is not the article: code, styling, the head, page chrome.
HIDDEN = "head|script|style|noscript|template|svg|iframe|nav|footer|aside|form|button|select"
HIDDEN_ELEMENT = re.compile(rf"<({HIDDEN})\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>")
BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header main "
    "blockquote figure figcaption hr dd dt dl pre body html title".split()
)
# `&nbsp;`, `&#171;`, `&#xAB;`, and the legacy names browsers take without `;` ("&nbsp")
ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};?)")
LOOKS_LIKE_HTML = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<(?:p|div|span|br)[\s/>]",
    re.IGNORECASE,
)
SNIFF = 4_000  # characters looked at to tell a page from a text


def is_html(text: str) -> bool:
    """Whether a text is a web page: a doctype, an html/head/body tag, or paragraph markup
    near its start, and more than one tag in it."""
    start = text[:SNIFF]
    return bool(LOOKS_LIKE_HTML.search(start)) and len(TAG.findall(start, 0, SNIFF)) > 1


def visible(page: str) -> str:
    """The page's visible text, character for character in the page's places."""
    chars = list(page)

    def blank(start: int, end: int, first: str = " ") -> None:
        for index in range(start, end):
            if chars[index] not in "\r\n":  # keep lines where the page has them
                chars[index] = " "
        if first != " " and start < end:
            chars[start] = first

    for match in COMMENT.finditer(page):
        blank(match.start(), match.end())
    for match in HIDDEN_ELEMENT.finditer(page):
        blank(match.start(), match.end(), "\n")
    for match in TAG.finditer(page):
        block = (match.group(1) or "").lower() in BLOCKS
        blank(match.start(), match.end(), "\n" if block else " ")
    text = "".join(chars)
    for match in ENTITY.finditer(text):
        written = match.group()
        meant = html.unescape(written)
        if meant != written and len(meant) <= len(written):
            chars[match.start() : match.end()] = meant.ljust(len(written))
    return "".join(chars)


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    url: str | None = None
    date: str | None = None


META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']?(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
ATTRIBUTE = re.compile(r"([a-zA-Z:_-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
TITLE_KEYS = ("og:title", "twitter:title")
URL_KEYS = ("og:url",)
DATE_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "dc.date")


def attributes(tag: str) -> dict[str, str]:
    return {
        match.group(1).lower(): html.unescape(match.group(2) or match.group(3) or match.group(4))
        for match in ATTRIBUTE.finditer(tag)
    }


def page_meta(page: str) -> PageMeta:
    """Title, address and publication day from a page's head: Open Graph and article
    meta tags, the canonical link, `<time datetime>`, `<title>`."""
    found: dict[str, str] = {}
    for tag in META_TAG.findall(page):
        attrs = attributes(tag)
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            found.setdefault(key, attrs["content"].strip())
    for tag in LINK_TAG.findall(page):
        attrs = attributes(tag)
        if attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
            found.setdefault("canonical", attrs["href"].strip())
    title = next((found[key] for key in TITLE_KEYS if found.get(key)), None)
    if title is None and (match := TITLE.search(page)):
        title = " ".join(html.unescape(match.group(1)).split()) or None
    url = next((found[key] for key in (*URL_KEYS, "canonical") if found.get(key)), None)
    day = None
    for key in DATE_KEYS:
        if found.get(key) and (iso := ISO_DAY.match(found[key])):
            day = iso.group()
            break
    if day is None and (match := TIME_TAG.search(page)):
        day = match.group(1)
    return PageMeta(title=title, url=url, date=day)


def with_page_texts(document: Document, page: str) -> Document:
    """The document with every `text` taken from the page, so `page[start:end] == text`
    holds for mentions, dates, agreements, facts and quotes (markup and entities included)."""

    def cut(span: Any) -> Any:
        return replace(span, text=page[span.start : span.end])

    entities = [replace(e, mentions=[cut(m) for m in e.mentions]) for e in document.entities]
    dates = [cut(d) for d in document.dates]
    agreements = [
        replace(cut(a), dates=[replace(d, text=dates[d.date].text) for d in a.dates])
        for a in document.agreements
    ]
    facts = [cut(fact) for fact in document.facts]
    quotes = [cut(quote) for quote in document.quotes]
    return replace(
        document,
        entities=entities,
        dates=dates,
        agreements=agreements,
        facts=facts,
        quotes=quotes,
    )
