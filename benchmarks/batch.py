"""Batch throughput and memory: --workers 1 and 2 beside natasha's own loop, in one run.

    python benchmarks/batch.py [--replicate 1] [--runs 3]

Writes the factRuEval-2016 dev texts (replicated N times under distinct names) as
files, runs `nlp-extract batch` on them as a subprocess, and samples the resident
memory of the whole process tree. The baseline is a plain loop over natasha's
Segmenter + NewsNERTagger + NewsMorphTagger on the same files, also a subprocess.
Medians over the runs; all figures include loading the models.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"

BASELINE = """
import sys, pathlib
from natasha import Segmenter, NewsEmbedding, NewsNERTagger, NewsMorphTagger, Doc
emb = NewsEmbedding(); seg = Segmenter(); ner = NewsNERTagger(emb); morph = NewsMorphTagger(emb)
for path in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):
    doc = Doc(path.read_text(encoding='utf-8')); doc.segment(seg); doc.tag_ner(ner); doc.tag_morph(morph)
"""


def tree_rss(pid: int) -> dict[int, int]:
    """Resident KiB of a process and all its descendants."""
    sizes, todo = {}, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            sizes[current] = int(
                next(row.split()[1] for row in status.splitlines() if row.startswith("VmRSS:"))
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return sizes


def measure(command: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak total RSS (MiB) of the tree, peak RSS of its largest process (MiB)."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak_total = peak_one = 0
    while process.poll() is None:
        sizes = tree_rss(process.pid)
        if sizes:
            peak_total = max(peak_total, sum(sizes.values()))
            peak_one = max(peak_one, max(sizes.values()))
        time.sleep(0.2)
    if process.returncode not in (0, 3):
        sys.exit(f"{command} failed with {process.returncode}")
    return time.perf_counter() - began, peak_total // 1024, peak_one // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicate", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--only",
        choices=["natasha", "w1", "w2"],
        action="append",
        help="run only these (repeatable); e.g. --replicate 82 --only w2 for 10,000 documents",
    )
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in DATA.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for copy in range(args.replicate):
            for number, text in enumerate(texts):
                (corpus / f"{copy:04d}_{number:03d}.txt").write_text(text, encoding="utf-8")
        count = len(texts) * args.replicate
        megabytes = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(
            f"corpus: {count} documents, {megabytes:.2f} MB (factRu dev x{args.replicate}); medians of {args.runs} runs"
        )

        def batch(workers: int) -> list[str]:
            out = str(Path(tmp) / f"w{workers}.jsonl")
            return [
                sys.executable,
                "-m",
                "nlp_extract",
                "batch",
                str(corpus),
                "-o",
                out,
                "-q",
                "--workers",
                str(workers),
            ]

        systems = {
            "natasha loop (seg+ner+morph)": [sys.executable, "-c", BASELINE, str(corpus)],
            "batch --workers 1": batch(1),
            "batch --workers 2": batch(2),
        }
        keys = dict(zip(("natasha", "w1", "w2"), systems))
        if args.only:
            systems = {keys[k]: systems[keys[k]] for k in args.only}
        medians = {}
        for name, command in systems.items():
            runs = []
            for _ in range(args.runs):
                for stale in Path(tmp).glob("w*.jsonl"):
                    stale.unlink()
                runs.append(measure(command))
            wall = statistics.median(r[0] for r in runs)
            medians[name] = wall
            print(
                f"  {name:30} {wall:7.1f} s  {count / wall:6.1f} docs/s  {megabytes / wall:5.2f} MB/s  "
                f"peak RSS total {max(r[1] for r in runs)} MiB, largest process {max(r[2] for r in runs)} MiB"
            )
        if len(medians) == 3:
            one, two = medians["batch --workers 1"], medians["batch --workers 2"]
            base = medians["natasha loop (seg+ner+morph)"]
            print(f"  speed-up --workers 2 / --workers 1: {one / two:.2f}x")
            print(
                f"  --workers 1 throughput / natasha loop: {base / one:.2f}x; "
                f"--workers 2 / natasha loop: {base / two:.2f}x"
            )


if __name__ == "__main__":
    main()
