"""The report page built from a hand-made corpus model: its bundled graph library, and a
network whose force layout alone would put names on each other."""

from importlib.resources import files

import pytest

from nlp_extract.corpus.html import html_page
from tests.browser import CHROMIUM, open_page


def star(size):
    """A corpus model whose network is one organisation and SIZE - 1 people with long names
    who hold a post in it: the layout sets them close around it."""
    entities = [
        {"id": f"c{i}", "type": "ORG" if i == 1 else "PER", "name": f"Сотрудник номер {i} Иванович",
         "aliases": [], "code": None, "documents": 1, "mentions": 1, "roles": [],
         "members": [{"doc": "a.txt", "entity": f"e{i}"}]}
        for i in range(1, size + 1)
    ]  # fmt: skip
    graph = [
        {"a": f"c{i}", "b": "c1", "kind": "post", "labels": ["глава"], "documents": 1}
        for i in range(2, size + 1)
    ]
    empty = ("agreements", "meetings", "deals", "ownership", "quotes", "timeline", "network")
    return {"schema_version": "1", "documents": 1, "documents_by_month": {},
            "entities": entities, "graph": graph, **{key: [] for key in empty}}  # fmt: skip


def test_the_graph_library_is_bundled_with_its_licence_and_written_into_the_page():
    data = files("nlp_extract.data")
    library = data.joinpath("cytoscape.min.js").read_text(encoding="utf-8")
    licence = data.joinpath("cytoscape.LICENSE").read_text(encoding="utf-8")
    assert "The Cytoscape Consortium" in licence and "Permission is hereby granted" in licence
    # inside <script> the parser ends the script at "</script" and changes state at "<!--"
    assert "</script" not in library.lower() and "<!--" not in library
    page = html_page(star(3))
    assert library in page and "<script src" not in page


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")
def test_no_two_names_of_the_network_overlap(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(html_page(star(40)), encoding="utf-8")
    read = {
        "ready": "document.body.dataset.ready",
        "overlaps": "document.body.dataset.labelOverlaps",
        "nodes": "network.nodes().length",
    }
    view = open_page(page, 1280, 900, read)
    assert view.errors == [] and view.values == {"ready": "yes", "overlaps": "0", "nodes": 40}
