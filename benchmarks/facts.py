"""Occupation and meeting facts against factRuEval-2016 dev, roles against NEREL dev.

    python benchmarks/facts.py [--factru PATH] [--nerel PATH]

factRu: a predicted occupation counts when its person overlaps a gold Who mention and
its title overlaps a gold Position span or its org overlaps a gold Where mention; a
meeting counts when two of its participants overlap two gold participants.
NEREL: a role counts when its person overlaps the gold person and its title overlaps
the gold title (NEREL links titles across sentences too; most of ours are local).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTRU = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"
NEREL = ROOT.parent / "shared" / "data" / "nerel" / "dev.jsonl"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    return any(overlaps(a, b) for a in spans for b in others)


def prf(correct_pred: int, pred: int, correct_gold: int, gold: int) -> str:
    p = correct_pred / pred if pred else 0.0
    r = correct_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (predicted {pred}, gold {gold})"


def values(fact: dict, role: str, kind: str) -> list:
    return [
        v for a in fact["args"] if a["role_norm"] == role for v in a["values"] if v["kind"] == kind
    ]


def mention_spans(values_: list) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for v in values_ for m in v["mentions"]]


def score_factru(path: Path, extractor) -> None:
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    counts = {"occupation": [0, 0, 0, 0], "meeting": [0, 0, 0, 0]}
    for doc in docs:
        result = extractor.extract(doc["text"])
        spans = {e.id: [(m.start, m.end) for m in e.mentions] for e in result.entities}
        gold_occ, gold_meet = [], []
        for fact in doc["facts"]:
            if fact["type"] == "Occupation":
                gold_occ.append(
                    (
                        mention_spans(values(fact, "who", "object")),
                        [(v["start"], v["end"]) for v in values(fact, "position", "span")],
                        mention_spans(values(fact, "where", "object")),
                    )
                )
            elif fact["type"] == "Meeting":
                gold_meet.append(
                    [
                        [(m["start"], m["end"]) for m in v["mentions"]]
                        for v in values(fact, "participant", "object")
                    ]
                )

        def occ_match(pred, gold, spans=spans) -> bool:
            who, titles, where = gold
            org = spans.get(pred.org, []) if pred.org else []
            return any_overlap(spans[pred.person], who) and (
                any_overlap([(pred.start, pred.end)], titles) or any_overlap(org, where)
            )

        def meet_match(pred, gold, spans=spans) -> bool:
            hits = sum(any(any_overlap(spans[p], g) for p in pred.participants) for g in gold)
            return hits >= min(2, len(gold))

        for kind, gold, match in (
            ("occupation", gold_occ, occ_match),
            ("meeting", gold_meet, meet_match),
        ):
            pred = [f for f in result.facts if f.type == kind]
            c = counts[kind]
            c[0] += sum(any(match(p, g) for g in gold) for p in pred)
            c[1] += len(pred)
            c[2] += sum(any(match(p, g) for p in pred) for g in gold)
            c[3] += len(gold)
    print(f"factRuEval-2016 dev facts ({len(docs)} documents)")
    for kind, c in counts.items():
        print(f"  {kind:11} {prf(*c)}")


def score_nerel(path: Path, extractor) -> None:
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    pred_total = correct_pred = gold_total = correct_gold = local_gold = correct_local = 0
    for doc in docs:
        result = extractor.extract(doc["text"])
        spans = {e.id: [(m.start, m.end) for m in e.mentions] for e in result.entities}
        ours = [f for f in result.facts if f.type == "occupation"]
        gold = [
            (
                (r["person"]["start"], r["person"]["end"]),
                (r["title"]["start"], r["title"]["end"]),
                r["gap_chars"],
            )
            for r in doc["roles"]
        ]

        def match(pred, g, spans=spans) -> bool:
            return any_overlap(spans[pred.person], [g[0]]) and overlaps(
                (pred.start, pred.end), g[1]
            )

        pred_total += len(ours)
        correct_pred += sum(any(match(p, g) for g in gold) for p in ours)
        gold_total += len(gold)
        correct_gold += sum(any(match(p, g) for p in ours) for g in gold)
        local = [g for g in gold if g[2] <= 3]
        local_gold += len(local)
        correct_local += sum(any(match(p, g) for p in ours) for g in local)
    print(f"NEREL {path.stem} roles ({len(docs)} documents)")
    print(f"  all roles   {prf(correct_pred, pred_total, correct_gold, gold_total)}")
    print(
        f"  recall of roles within 3 characters of the name (gap_chars <= 3): "
        f"{correct_local / local_gold if local_gold else 0:.3f} ({correct_local}/{local_gold})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factru", type=Path, default=FACTRU)
    parser.add_argument("--nerel", type=Path, default=NEREL)
    args = parser.parse_args()

    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    for path, score in ((args.factru, score_factru), (args.nerel, score_nerel)):
        if path.exists():
            score(path, extractor)
        else:
            print(f"no data at {path}: skipped")


if __name__ == "__main__":
    main()
