"""Where the pipeline's time goes: each stage's share of one run over the factRu dev texts.

    python benchmarks/stages.py [--passes 3]

Wraps the pipeline's stages in timers of CPU time (time.process_time: on a shared
machine wall time swings with the neighbours' load; a profiler's own cost would bend
the shares of the many small calls), with one BLAS thread (OPENBLAS_NUM_THREADS=1
unless set: a second thread's CPU time would count twice, and two threads fighting
other processes make every figure swing), and runs a fresh extractor over the texts,
`--passes` times, after a warm-up pass. Prints each stage's median seconds and share of
the whole, and natasha's Segmenter + NER + morph loop timed in the same process beside
it, so a stage's cost can be weighed against the margin over natasha that
`benchmarks/speed.py` measures. Stages nest (the NER runs inside "spans"); a nested
stage is indented under its parent and the parent's own figure includes it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads

from speed import natasha_seconds

from nlp_extract import pipeline, quotes
from nlp_extract.dates import DateExtractor
from nlp_extract.entities.grouping import Grouping
from nlp_extract.entities.names import NameParser
from nlp_extract.facts import clauses
from nlp_extract.morphology import Morphology
from nlp_extract.syntax import SyntaxParser
from nlp_extract.tagging import MorphTagger, NERTagger

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"
SPENT: dict[str, float] = defaultdict(float)

# (owner, attribute, label, depth): what is timed, in the order it is printed
STAGES: list[tuple[Any, str, str, int]] = [
    (pipeline.reading, "read", "reading the page", 0),
    (DateExtractor, "find", "dates: find", 0),
    (DateExtractor, "story_date", "dates: story date", 0),
    (DateExtractor, "resolve", "dates: resolve", 0),
    (pipeline.Extractor, "read_chunk", "chunks", 0),
    (pipeline, "tokenize_blocks", "tokenize", 1),
    (pipeline.Extractor, "find_spans", "spans", 1),
    (NERTagger, "__call__", "NER model", 2),
    (pipeline.Extractor, "tag", "morph", 1),
    (MorphTagger, "__call__", "morph model", 2),
    (pipeline.Extractor, "name_spans", "names", 1),
    (pipeline, "qualify_by_place", "qualify by place", 1),
    (pipeline, "propagate", "propagate", 1),
    (pipeline.Extractor, "agreements", "agreements", 1),
    (pipeline.roles, "read", "roles", 1),
    (pipeline, "find_meetings", "meetings", 1),
    (pipeline, "group", "grouping", 0),
    (Grouping, "entities", "entities", 0),
    (NameParser, "read", "name grammar", 1),
    (Morphology, "inflect_nominative", "nominatives (dictionary)", 0),
    (pipeline, "language", "language", 0),
    (pipeline.facts, "expect_parses", "facts: which sentences to parse", 0),
    (pipeline.facts, "occupations", "facts: occupations", 0),
    (clauses.Clauses, "expect", "facts: clauses", 0),
    (SyntaxParser, "__call__", "syntax model", 1),
    (pipeline.facts, "link_agreements", "agreements: link", 0),
    (pipeline.facts, "read", "facts: the rest", 0),
    (quotes, "read", "quotes", 0),
    (pipeline, "with_names", "readable names", 0),
]


def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - began

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    for owner, name, label, _ in STAGES:
        setattr(owner, name, timed(label, getattr(owner, name)))
    # pipeline.quotes is the package itself: its `read` is wrapped above
    texts = [json.loads(line)["text"] for line in DATA.open(encoding="utf-8")]
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    loop = (Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding))
    totals: list[float] = []
    natasha: list[float] = []
    shares: dict[str, list[float]] = defaultdict(list)
    for run in range(args.passes + 1):
        extractor = pipeline.Extractor().warm_up()
        SPENT.clear()
        began = time.process_time()
        for text in texts:
            extractor.extract(text)
        total = time.process_time() - began
        began = time.process_time()
        natasha_seconds(texts, *loop)
        base = time.process_time() - began
        if run == 0:
            continue  # the warm-up pass: imports, first calls
        totals.append(total)
        natasha.append(base)
        for label in SPENT:
            shares[label].append(SPENT[label] / total)
    total, base = statistics.median(totals), statistics.median(natasha)
    print(f"{len(texts)} texts, medians of {args.passes} passes")
    print(f"  pipeline {total:.2f} s; natasha seg+ner+morph {base:.2f} s; ratio {base / total:.2f}")
    for _, _, label, depth in STAGES:
        if label in shares:
            share = statistics.median(shares[label])
            print(f"  {'  ' * depth}{label:36} {share * total:6.2f} s {share:6.1%}")


if __name__ == "__main__":
    main()
