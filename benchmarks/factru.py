"""Entity quality on factRuEval-2016 dev: our pipeline vs raw natasha NER, in one run.

    python benchmarks/factru.py [--data ../shared/data/factru/dev.jsonl] [--pred-out DIR]
                                [--half even|odd]

Prints per-type P/R/F1 under naeval's token-level metric and exact span match.
--half keeps the even book numbers (the rules half) or the odd ones (the aside half).
With --pred-out, writes ours.jsonl and natasha.jsonl for ../shared/tools/score_ner.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_metrics import TYPES, Scores, add_document, new_scores

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"


def our_spans(extractor, text):
    doc = extractor.extract(text)
    return [(e.type, m.start, m.end) for e in doc.entities for m in e.mentions]


def natasha_spans(ner, text):
    return [(s.type, s.start, s.stop) for s in ner(text).spans]


def report(title: str, columns: dict[str, Scores], metric: str) -> None:
    print(f"\n{title}")
    names = list(columns)
    print("  type " + "".join(f"| {n:^23} " for n in names))
    print("       " + "".join("|   P     R     F1      " for _ in names))
    for type in TYPES:
        row = f"  {type:4} "
        for name in names:
            p, r, f = getattr(columns[name], metric)[type].prf()
            row += f"| {p:.3f} {r:.3f} {f:.3f}     "
        print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pred-out", type=Path)
    parser.add_argument("--half", choices=("even", "odd"), help="one half of the books")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"no data at {args.data}")
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    if args.half:
        odd = args.half == "odd"
        docs = [doc for doc in docs if int(doc["id"].rsplit("_", 1)[-1]) % 2 == odd]

    from natasha import NewsEmbedding, NewsNERTagger

    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    ner = NewsNERTagger(NewsEmbedding())
    systems = {
        "natasha": lambda t: natasha_spans(ner, t),
        "nlp-extract": lambda t: our_spans(extractor, t),
    }
    scores = {name: new_scores() for name in systems}
    preds: dict[str, list[dict]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for doc in docs:
        gold = [(e["type"], e["start"], e["end"]) for e in doc["entities"]]
        for name, run in systems.items():
            began = time.perf_counter()
            spans = run(doc["text"])
            seconds[name] += time.perf_counter() - began
            add_document(scores[name], doc["text"], gold, spans)
            preds[name].append(
                {
                    "id": doc["id"],
                    "entities": [{"type": t, "start": s, "end": e} for t, s, e in spans],
                }
            )
    print(f"factRuEval-2016 dev: {len(docs)} documents, {args.data}")
    for name, value in seconds.items():
        print(f"  {name}: {value:.1f} s")
    report("naeval metric (token-level, razdel tokens)", scores, "naeval")
    report("exact span match", scores, "exact")
    if args.pred_out:
        args.pred_out.mkdir(parents=True, exist_ok=True)
        for name, lines in preds.items():
            with (args.pred_out / f"{name}.jsonl").open("w", encoding="utf-8") as out:
                for line in lines:
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"\npredictions in {args.pred_out}/ (score with ../shared/tools/score_ner.py)")


if __name__ == "__main__":
    main()
