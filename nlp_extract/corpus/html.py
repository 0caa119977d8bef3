"""The corpus report as one self-contained web page: the model as JSON inside the page,
its scripts and styles inline, nothing fetched."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any


def html_page(model: dict[str, Any]) -> str:
    template = files("nlp_extract.data").joinpath("report.html").read_text(encoding="utf-8")
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    # inside <script>, "</" would end the element: JSON allows "<\/" for it
    return template.replace("/*DATA*/", data.replace("</", "<\\/"))
