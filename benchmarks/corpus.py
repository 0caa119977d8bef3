"""The corpus report: identity across documents, and streaming speed and memory.

    python benchmarks/corpus.py identity [--nerel FILE ...]
    python benchmarks/corpus.py stream [--documents 20000]

identity: NEREL train + dev documents are extracted, then read as one corpus. On the
gold PER/ORG/LOC mentions with a Wikidata id that we find with the exact span, pairwise
F1 of "same thing" over mentions of different documents: the report's corpus entity
beside the baseline that keys each mention by its document entity's (type, name).

stream: the factRu dev and NEREL dev documents, extracted once, are repeated under new
ids to make --documents JSON lines; `nlp-extract report --format sqlite` reads them in
a fresh process, timed, with its peak memory (targets: >= 500 documents/s, <= 1 GB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from names import f1, key, nerel_documents, pairs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
MEASURE = """
import resource, sys, time
from nlp_extract.corpus.report import ReportOptions, run_report
from pathlib import Path
began = time.perf_counter()
run_report(ReportOptions((sys.argv[1],), "sqlite", Path(sys.argv[2])))
print(time.perf_counter() - began, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def extracted(texts: list[tuple[str, str]]) -> list[dict]:
    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    return [json.loads(extractor.extract(text, id=doc_id).to_json()) for doc_id, text in texts]


def across(labels: list[tuple[str, object, object]]) -> Counter:
    """Pair counts over items of different documents: (doc, predicted, gold) per item."""
    totals = {k: Counter() for k in ("pred", "gold", "both")}
    inside = Counter()
    by_doc: dict[str, dict[str, Counter]] = {}
    for doc, pred, gold in labels:
        here = by_doc.setdefault(doc, {k: Counter() for k in totals})
        for kind, value in (("pred", pred), ("gold", gold), ("both", (pred, gold))):
            here[kind][value] += 1
            totals[kind][value] += 1
    for here in by_doc.values():
        for kind in totals:
            inside[kind] += pairs(here[kind].values())
    return Counter({k: pairs(totals[k].values()) - inside[k] for k in totals})


def identity(paths: list[Path], show_errors: bool = False) -> None:
    from nlp_extract.corpus.model import Corpus
    from nlp_extract.corpus.whole import finish
    from nlp_extract.entities.gazetteer import load

    gold = nerel_documents(paths)
    began = time.perf_counter()
    docs = extracted([(d.id, d.text) for d in gold])
    corpus = Corpus(load())
    for doc in docs:
        corpus.add(doc)
    model = finish(corpus).as_dict()
    corpus_id = {(m["doc"], m["entity"]): e["id"] for e in model["entities"] for m in e["members"]}
    ours, baseline = [], []
    for gold_doc, doc in zip(gold, docs):
        at = {(m["start"], m["end"]): e for e in doc["entities"] for m in e["mentions"]}
        for m in gold_doc.mentions:
            entity = at.get((m.start, m.end))
            if entity is None:
                continue
            ours.append((doc["id"], corpus_id[doc["id"], entity["id"]], m.thing))
            baseline.append((doc["id"], (entity["type"], key(entity["name"])), m.thing))
    print(
        f"NEREL {len(gold)} documents, {len(ours)} gold mentions found exactly ({time.perf_counter() - began:.0f} s)"
    )
    print("  pairs across documents     P      R      F1")
    for name, labels in (("keyed by (type, name)", baseline), ("report corpus entity", ours)):
        print("  {:24} {:.3f}  {:.3f}  {:.3f}".format(name, *f1(across(labels))))
    if show_errors:
        names = {e["id"]: e["name"] for e in model["entities"]}
        print_errors(ours, names)


def print_errors(labels: list[tuple[str, object, object]], names: dict[str, str]) -> None:
    """The things one corpus entity holds with another (wrong merges), and the things
    spread over several corpus entities (missed merges), most pairs lost first."""
    by_gold: dict[object, Counter] = {}
    by_pred: dict[object, Counter] = {}
    for _, pred, gold in labels:
        by_gold.setdefault(gold, Counter())[names.get(str(pred), str(pred))] += 1
        by_pred.setdefault(pred, Counter())[gold] += 1
    split = sorted(
        (g for g in by_gold.items() if len(g[1]) > 1),
        key=lambda item: -(sum(item[1].values()) ** 2 - sum(n * n for n in item[1].values())),
    )
    print(f"\n  things split over corpus entities: {len(split)}")
    for gold, parts in split:
        print(f"    {gold}: {dict(parts.most_common())}")
    merged = [(p, g) for p, g in by_pred.items() if len(g) > 1]
    print(f"\n  corpus entities holding several things: {len(merged)}")
    for pred, golds in merged:
        print(f"    {names.get(str(pred), pred)}: {dict(golds.most_common())}")


def stream(count: int) -> None:
    factru = [json.loads(line) for line in (SHARED / "factru" / "dev.jsonl").open(encoding="utf-8")]
    nerel = [json.loads(line) for line in (SHARED / "nerel" / "dev.jsonl").open(encoding="utf-8")]
    docs = extracted([(d["id"], d["text"]) for d in factru + nerel])
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "batch.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for number in range(count):
                doc = docs[number % len(docs)]
                out.write(
                    json.dumps({**doc, "id": f"{number}/{doc['id']}"}, ensure_ascii=False) + "\n"
                )
        size = source.stat().st_size / 2**20
        runs = []
        for _ in range(3):
            target = Path(folder) / "corpus.db"
            target.unlink(missing_ok=True)
            line = subprocess.run(
                [sys.executable, "-c", MEASURE, str(source), str(target)],
                capture_output=True, text=True, check=True,
            ).stdout.split()  # fmt: skip
            runs.append((float(line[0]), int(line[1])))
        seconds = sorted(r[0] for r in runs)[1]
        memory = max(r[1] for r in runs)
        print(f"{count} documents ({size:.0f} MiB of JSON lines) into SQLite, median of 3 runs:")
        print(f"  {count / seconds:.0f} documents/s ({seconds:.1f} s; target >= 500)")
        print(
            f"  peak memory {memory} MiB (target <= 1024); database {target.stat().st_size / 2**20:.0f} MiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    measure = commands.add_parser("identity")
    measure.add_argument(
        "--nerel",
        type=Path,
        nargs="*",
        default=[SHARED / "nerel" / f for f in ("train.jsonl", "dev.jsonl")],
    )
    measure.add_argument("--errors", action="store_true", help="list split and merged things")
    run = commands.add_parser("stream")
    run.add_argument("--documents", type=int, default=20_000)
    args = parser.parse_args()
    if args.command == "identity":
        identity(args.nerel, args.errors)
    else:
        stream(args.documents)


if __name__ == "__main__":
    main()
