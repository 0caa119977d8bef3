"""A document's strings on a terminal: shown as the characters they are, never run.

A text, a name or a file name is data from strangers. In a rich view a string would be
read as markup ("[/]" stops the view, "[link=…]" plants a link) and an ESC in it would
reach the terminal (clear the screen, retitle the window). So every such string goes in
through `plain`, or through `visible` where a view is written as bare text.
"""

from __future__ import annotations

from rich.text import Text

# one sign for one character, so offsets into the text still point at the same place:
# C0 controls as their Unicode pictures (ESC as ␛), DEL as ␡, C1 controls (which have
# no pictures; U+009B is CSI to many terminals) as the replacement character
PICTURES = {
    **{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"},
    0x7F: 0x2421,
    **{code: 0xFFFD for code in range(0x80, 0xA0)},
}


def visible(text: str) -> str:
    """The text with each control character but tab and line ends as a visible sign."""
    return text.translate(PICTURES)


def plain(text: str, style: str = "") -> Text:
    """A document's string for a rich view: no markup read from it, no control character."""
    return Text(visible(text), style=style)
