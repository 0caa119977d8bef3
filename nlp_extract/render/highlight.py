"""The text itself with every entity, date, agreement and quote marked by kind.

In colour on a terminal; as bracket markup ("[Азим Ахмедхаджаев]PER") when colour
is off (NO_COLOR, --no-color, or not a terminal), so the view survives a pipe.
Either way a control character of the text is shown as one sign (`terminal.visible`),
so the offsets of the marks still fit.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.text import Text

from ..schema import Document
from .terminal import plain, visible

STYLES = {
    "PER": "bold cyan",
    "ORG": "bold magenta",
    "LOC": "bold green",
    "DATE": "yellow",
    "AGREEMENT": "underline red",
    "QUOTE": "italic blue",
}
TRIMMED = "\n… ({} more characters; --max-chars to see more)"


def marks(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, label) of everything found, outer spans first."""
    found: list[tuple[int, int, str]] = [
        (m.start, m.end, e.type) for e in doc.entities for m in e.mentions
    ]
    found += [(d.start, d.end, "DATE") for d in doc.dates]
    found += [(a.start, a.end, "AGREEMENT") for a in doc.agreements]
    found += [(q.start, q.end, "QUOTE") for q in doc.quotes]
    return sorted(found, key=lambda item: (item[0], -item[1]))


def cut(text: str, max_chars: int | None) -> int:
    """Where to stop: the last paragraph break before max_chars, else max_chars."""
    if max_chars is None or len(text) <= max_chars:
        return len(text)
    paragraph = text.rfind("\n", 0, max_chars)
    return paragraph if paragraph > max_chars // 2 else max_chars


def brackets(text: str, doc: Document, max_chars: int | None = None) -> str:
    """Bracket markup; nested spans nest, a span crossing another is left unmarked."""
    stop = cut(text, max_chars)
    opened: list[tuple[int, str]] = []
    inserts: dict[int, list[str]] = {}
    for start, end, label in marks(doc):
        if end > stop:
            continue
        while opened and opened[-1][0] <= start:
            opened.pop()
        if opened and end > opened[-1][0]:
            continue  # crosses the span it starts in
        inserts.setdefault(start, []).append("[")
        inserts.setdefault(end, []).insert(0, "]" + label)
        opened.append((end, label))
    out, position = [], 0
    for offset in sorted(inserts):
        out.append(text[position:offset])
        closing = [piece for piece in inserts[offset] if piece.startswith("]")]
        opening = [piece for piece in inserts[offset] if piece == "["]
        out += closing + opening
        position = offset
    out.append(text[position:stop])
    tail = TRIMMED.format(len(text) - stop) if stop < len(text) else ""
    return visible("".join(out)) + tail


def coloured(text: str, doc: Document, max_chars: int | None = None) -> Text:
    """The text with rich styles, and a legend."""
    stop = cut(text, max_chars)
    # rich drops each "\r" (of CRLF line ends): a mark after one moves back by one
    returns = [at for at, char in enumerate(text[:stop]) if char == "\r"]
    view = plain(text[:stop].replace("\r", ""))
    for start, end, label in marks(doc):
        if end <= stop:
            view.stylize(
                STYLES[label], start - bisect_left(returns, start), end - bisect_left(returns, end)
            )
    if stop < len(text):
        view.append(TRIMMED.format(len(text) - stop), style="dim")
    view.append("\n\n")
    for label, style in STYLES.items():
        view.append(f" {label} ", style=style)
    return view
