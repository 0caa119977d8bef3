"""Agreement quality on tests/data/agreements_dev.jsonl (hand-made dev gold).

    python benchmarks/agreements.py [--errors]

Prints precision/recall/F1 of (span, canonical name) matched exactly, of span alone,
and the share of matched spans with the right kind.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "agreements_dev.jsonl"


def prf(correct: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()

    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    lines = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    pred = gold = exact = spans = kinds = trap_hits = 0
    for line in lines:
        found = extractor.extract(line["text"]).agreements
        expected = line["agreements"]
        pred += len(found)
        gold += len(expected)
        trap_hits += len(found) if line.get("trap") else 0
        gold_spans = {(g["start"], g["end"]): g for g in expected}
        for item in found:
            match = gold_spans.get((item.start, item.end))
            if match:
                spans += 1
                exact += match["name"] == item.name
                kinds += match["kind"] == item.kind
        if args.errors and (
            len(found) != len(expected)
            or any(
                (f.start, f.end) not in gold_spans or gold_spans[(f.start, f.end)]["name"] != f.name
                for f in found
            )
        ):
            print("ERR", line["text"][:90])
            print("   gold:", [(g["text"], g["name"]) for g in expected])
            print("   ours:", [(f.text, f.name) for f in found])
    print(
        f"agreements dev gold: {len(lines)} sentences, {gold} agreements, "
        f"{sum(1 for line in lines if line.get('trap'))} traps"
    )
    p, r, f = prf(exact, pred, gold)
    print(f"  span + exact name  P={p:.3f} R={r:.3f} F1={f:.3f}")
    p, r, f = prf(spans, pred, gold)
    print(f"  span only          P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"  kind right on {kinds}/{spans} matched spans; agreements found in traps: {trap_hits}")


if __name__ == "__main__":
    main()
