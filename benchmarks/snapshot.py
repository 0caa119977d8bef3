"""Every output of the tool on the seed, factRu dev and NEREL dev, written to one folder,
so a refactoring can be checked byte for byte:

    python benchmarks/snapshot.py /tmp/before      # on the old code
    python benchmarks/snapshot.py /tmp/after       # on the new code
    diff -r /tmp/before /tmp/after                 # no output: nothing changed

Written: the seed in every `extract` format, the JSON Lines of factRu dev and NEREL dev
(one document a line, through the library as batch does), and the corpus report of all
of them as JSON, HTML and a SQL dump of the SQLite database.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
FORMATS = ["json", "jsonl", "table", "highlight", "csv", "tsv", "conll", "brat"]


def cli(*args: str, output: Path) -> None:
    """Run `python -m nlp_extract ARGS` with its stdout into OUTPUT (no colour, wide)."""
    env = {"NO_COLOR": "1", "COLUMNS": "160", "PATH": "/usr/bin:/bin"}
    with output.open("wb") as out:
        subprocess.run([sys.executable, "-m", "nlp_extract", *args], stdout=out, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    seed = next((ROOT / "seeds").glob("*.txt"))
    for name in FORMATS:
        cli("extract", str(seed), "-f", name, output=folder / f"seed.{name}")
    for example in sorted((ROOT / "examples").glob("*.*")):
        if example.suffix in (".txt", ".html"):
            cli("extract", str(example), "-f", "jsonl", output=folder / f"{example.name}.jsonl")

    from nlp_extract.pipeline import Extractor

    extractor = Extractor()
    devset = SHARED / "factru" / "devset"
    texts = [
        (path.name, path.read_text(encoding="utf-8")) for path in sorted(devset.glob("book_*.txt"))
    ]
    nerel = SHARED / "nerel" / "dev.jsonl"
    texts += [(d["id"], d["text"]) for d in map(json.loads, nerel.open(encoding="utf-8"))]
    lines = folder / "corpus.jsonl"
    with lines.open("w", encoding="utf-8") as out:
        for id, text in texts:
            print(extractor.extract(text, id=id).to_json(), file=out)
    cli("report", str(lines), "-f", "json", output=folder / "report.json")
    cli("report", str(lines), "-f", "table", output=folder / "report.table")
    cli("report", str(lines), "-f", "html", output=folder / "report.html")
    database = folder / "report.db"
    database.unlink(missing_ok=True)
    cli("report", str(lines), "-o", str(database), output=folder / "report.db.stdout")
    with (folder / "report.sql").open("w", encoding="utf-8") as out:
        connection = sqlite3.connect(database)
        out.writelines(line + "\n" for line in connection.iterdump())
        connection.close()
    database.unlink()


if __name__ == "__main__":
    main()
