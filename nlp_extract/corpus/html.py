"""The corpus report as one self-contained web page: the model as JSON inside the page,
its scripts and styles inline, nothing fetched."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

# Inside <script> the HTML parser still looks for "</script" and, after "<!--", for
# "<script" (a name "<!--<script>" made the data swallow the page's own script). As
# JSON escapes, "<", ">" and "&" read back the same and leave the parser nothing to see.
INERT = {ord(char): f"\\u{ord(char):04x}" for char in "<>&"}


def html_page(model: dict[str, Any]) -> str:
    """The page: the template with the model's JSON and Cytoscape.js (MIT, its licence in
    the package data beside it) written into it, so it opens offline."""
    data_folder = files("nlp_extract.data")
    template = data_folder.joinpath("report.html").read_text(encoding="utf-8")
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    library = data_folder.joinpath("cytoscape.min.js").read_text(encoding="utf-8")
    # the data goes in last, so a name that reads "/*CYTOSCAPE*/" stays a name
    page = template.replace("/*CYTOSCAPE*/", library, 1)
    return page.replace("/*DATA*/", data.translate(INERT), 1)
