"""Bytes to text to regions: encodings, code pages, HTML, news-page metadata, language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the batch command imports reading.language at start-up: keep this light
    from .page import Page


@dataclass(frozen=True)
class PageText:
    """A decoded text as the pipeline reads it: the visible text (of the same length as
    the source, so every offset holds for both), its metadata and content regions."""

    source: str  # as decoded from the file
    text: str  # what is read: the source, or a web page's visible text
    markup: bool
    page: Page


def read(source: str) -> PageText:
    """The page of a decoded text; a web page is read by its visible text, its head
    giving the title, address and date where it has them."""
    from .markup import is_html, page_meta, visible
    from .page import parse_page

    markup = is_html(source)
    text = visible(source) if markup else source
    page = parse_page(text)
    if markup:
        head = page_meta(source)
        page.title, page.url = head.title or page.title, head.url or page.url
        if head.date:
            page.date, page.date_source = head.date, "metadata"
    return PageText(source, text, markup, page)
