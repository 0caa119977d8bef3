"""The report page on a corpus of real news, as a reader opens it: headless Chromium at a
desktop's 1280 px and a phone's 390 px. Prints what the page must show (no script error,
nothing wider than the screen, every meeting pair of the report in a row of its table, no
two labels of the network on each other) and writes the screenshots the README shows:

    python benchmarks/page.py                 # factRu dev (MIT): docs/report*.png
    python benchmarks/page.py corpus.jsonl    # any batch's JSON Lines; no screenshots kept
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FACTRU = ROOT.parent / "shared" / "data" / "factru" / "devset"
READ = {
    "script": "document.body.dataset.ready",
    "page width": "document.documentElement.scrollWidth",
    "label overlaps": "Number(document.body.dataset.labelOverlaps)",
    "meeting rows": "[...document.querySelectorAll('#meetings tbody tr')].map((row) => row.dataset.id)",
    "network nodes": "network ? network.nodes().length : 0",
}


def factru_lines(folder: Path) -> Path:
    """factRu dev through the library, as `batch` writes it."""
    from nlp_extract.pipeline import Extractor

    extractor = Extractor()
    lines = folder / "factru-dev.jsonl"
    with lines.open("w", encoding="utf-8") as out:
        for path in sorted(FACTRU.glob("book_*.txt")):
            print(
                extractor.extract(path.read_text(encoding="utf-8"), id=path.name).to_json(),
                file=out,
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lines", nargs="?", type=Path, help="JSON Lines (default: factRu dev)")
    args = parser.parse_args()
    from tests.browser import open_page

    folder = Path(tempfile.mkdtemp(prefix="page-"))
    lines = args.lines or factru_lines(folder)
    page, model = folder / "report.html", folder / "report.json"
    for target in (page, model):
        command = [sys.executable, "-m", "nlp_extract", "report", str(lines), "-o", str(target)]
        subprocess.run(command, check=True)
    meetings = json.loads(model.read_text(encoding="utf-8"))["meetings"]
    pairs = sorted(" ".join(p["id"] for p in m["participants"]) for m in meetings)
    for width, height, name in ((1280, 900, "report.png"), (390, 844, "report-phone.png")):
        view = open_page(page, width, height, READ, screenshot=True)
        values = view.values
        print(f"{width} px: script {values['script']}, errors {view.errors or 'none'}, page width "
              f"{values['page width']} px, network {values['network nodes']} nodes, label overlaps "
              f"{values['label overlaps']}, meeting pairs in rows {len(values['meeting rows'])} of "
              f"{len(pairs)} (all: {sorted(values['meeting rows']) == pairs})")  # fmt: skip
        if args.lines is None and view.screenshot:
            (ROOT / "docs" / name).write_bytes(view.screenshot)
            print(f"  wrote docs/{name}")


if __name__ == "__main__":
    main()
