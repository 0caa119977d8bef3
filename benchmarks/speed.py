"""Start-up, cold extraction, steady-state throughput and memory, against natasha in one run.

    python benchmarks/speed.py [--runs 5] [--pairs N]

1. `nlp-extract --help` and `nlp-extract schema`: wall time of the whole process.
2. `nlp-extract extract seeds/…` cold, whole process, beside a bare script that loads
   natasha's Segmenter + NewsNERTagger and tags the same file: ratio of medians.
3. Steady state on the factRu dev texts in this process: the full pipeline vs natasha's
   Segmenter + NewsNERTagger + NewsMorphTagger loop (models loaded before timing; a
   fresh extractor per pass, so no pass finds its own texts in the word caches).
4. Peak RSS of a process that loads one Extractor and runs the factRu texts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_44bbe25897c09ec7.txt"
DATA = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"
BARE = """
import sys
from natasha import Segmenter, NewsEmbedding, NewsNERTagger, Doc
doc = Doc(open(sys.argv[1], encoding='utf-8').read())
doc.segment(Segmenter()); doc.tag_ner(NewsNERTagger(NewsEmbedding()))
print(len(doc.spans))
"""
RSS = """
import json, resource, sys
from nlp_extract.pipeline import Extractor
extractor = Extractor().warm_up()
for line in open(sys.argv[1], encoding='utf-8'):
    extractor.extract(json.loads(line)['text'])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def wall(command: list[str], runs: int) -> float:
    return statistics.median(walls([command], runs)[0])


def walls(commands: list[list[str]], runs: int) -> list[list[float]]:
    """Wall times of each command, run in turn (a, b, a, b, ...) so that both see the
    same load on a shared machine."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, spent in zip(commands, times):
            began = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            spent.append(time.perf_counter() - began)
    return times


def natasha_seconds(texts: list[str], segmenter: Any, ner: Any, morph: Any) -> float:
    """natasha's own loop over the texts (segment, NER, morphology): the baseline."""
    from natasha import Doc

    began = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        doc.tag_morph(morph)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--pairs",
        type=int,
        default=0,
        help="steady-state passes of each, natasha and ours back to back (default: runs // 2);"
        " a pair's ratio cancels the machine's slower drifts",
    )
    args = parser.parse_args()
    cli = [sys.executable, "-m", "nlp_extract"]

    # pip byte-compiles an installed package; an editable checkout under
    # PYTHONDONTWRITEBYTECODE would compile every module on every start instead
    import compileall

    import nlp_extract

    compileall.compile_dir(Path(nlp_extract.__file__).parent, quiet=1)

    print(f"medians of {args.runs} runs")
    # first, while this process is small: Linux carries ru_maxrss across fork and exec
    peak = subprocess.run(
        [sys.executable, "-c", RSS, str(DATA)], check=True, capture_output=True, text=True
    )
    print(
        f"  peak RSS of one extractor over the factRu texts: {peak.stdout.strip()} MiB (target <= 400)"
    )
    for name in ("--help", "schema"):
        print(f"  nlp-extract {name:8} {wall([*cli, name], args.runs):.3f} s (target < 0.3 s)")

    ours, bare = walls(
        [[*cli, "extract", str(SEED), "--format", "json"], [sys.executable, "-c", BARE, str(SEED)]],
        args.runs,
    )
    ratios = [a / b for a, b in zip(ours, bare)]
    print(
        f"  cold extract of the seed: nlp-extract {statistics.median(ours):.2f} s, bare natasha NER "
        f"script {statistics.median(bare):.2f} s, ratio of medians "
        f"{statistics.median(ours) / statistics.median(bare):.2f}, median of paired ratios "
        f"{statistics.median(ratios):.2f} (target <= 1.3)"
    )

    texts = [json.loads(line)["text"] for line in DATA.open(encoding="utf-8")]
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    from nlp_extract.pipeline import Extractor

    embedding = NewsEmbedding()
    segmenter, ner, morph = Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding)
    seed = SEED.read_text(encoding="utf-8")

    def natasha_loop() -> float:
        return natasha_seconds(texts, segmenter, ner, morph)

    def pipeline() -> float:
        # A fresh extractor each pass, warmed on another text: the word caches hold
        # only what earlier texts of the same pass put there, as in a real batch.
        extractor = Extractor().warm_up()
        extractor.extract(seed)
        began = time.perf_counter()
        for text in texts:
            extractor.extract(text)
        return time.perf_counter() - began

    timings: dict[str, list[float]] = {"natasha": [], "pipeline": []}
    natasha_loop()
    for _ in range(args.pairs or max(1, args.runs // 2)):
        timings["natasha"].append(natasha_loop())
        timings["pipeline"].append(pipeline())
    base, full = statistics.median(timings["natasha"]), statistics.median(timings["pipeline"])
    paired = statistics.median(n / p for n, p in zip(timings["natasha"], timings["pipeline"]))
    print(
        f"  steady state, {len(texts)} factRu dev texts: natasha seg+ner+morph {len(texts) / base:.1f} docs/s, "
        f"full pipeline {len(texts) / full:.1f} docs/s, ratio {base / full:.2f}, median of "
        f"{len(timings['natasha'])} paired ratios {paired:.2f} (target >= 1.0)"
    )


if __name__ == "__main__":
    main()
