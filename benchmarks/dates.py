"""Date quality: our grammar vs natasha's DatesExtractor, in one run.

    python benchmarks/dates.py [--nerel ../shared/data/nerel/dev.jsonl] [--errors]
    python benchmarks/dates.py --unresolved [--errors]

1. tests/data/dates_dev.jsonl (hand-made gold): a found date counts only when it
   overlaps a gold expression and has exactly its start_date and end_date.
2. NEREL dev DATE spans (outermost): detection only, a found span counts when it
   overlaps a gold span (precision over found, recall over gold).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from natasha_dates import natasha_dates
from unresolved import report

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "dates_dev.jsonl"
DATA = ROOT.parent / "shared" / "data"
NEREL = DATA / "nerel" / "dev.jsonl"
UNRESOLVED = [DATA / "nerel" / "train.jsonl", NEREL, DATA / "factru" / "dev.jsonl"]


def prf(correct_pred: int, pred: int, correct_gold: int, gold: int) -> tuple[float, float, float]:
    p = correct_pred / pred if pred else 0.0
    r = correct_gold / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def same_interval(a: dict, b: dict) -> bool:
    return (a["start_date"], a["end_date"]) == (b["start_date"], b["end_date"])


def score_gold(lines: list[dict], systems: dict, show_errors: bool) -> None:
    print(
        f"dev gold: {GOLD.relative_to(ROOT)}: {len(lines)} sentences, "
        f"{sum(len(line['dates']) for line in lines)} dates, {sum(1 for line in lines if line.get('trap'))} traps"
    )
    for name, run in systems.items():
        pred = correct_pred = correct_gold = gold = trap_hits = 0
        for line in lines:
            reference = date.fromisoformat(line["reference"]) if line["reference"] else None
            found = run(line["text"], reference)
            pred += len(found)
            gold += len(line["dates"])
            trap_hits += len(found) if line.get("trap") else 0
            good = [
                f
                for f in found
                if any(overlaps(f, g) and same_interval(f, g) for g in line["dates"])
            ]
            correct_pred += len(good)
            hit = [
                g
                for g in line["dates"]
                if any(overlaps(f, g) and same_interval(f, g) for f in found)
            ]
            correct_gold += len(hit)
            if (
                show_errors
                and name == "nlp-extract"
                and (len(good) < len(found) or len(hit) < len(line["dates"]))
            ):
                print("  ERR", line["text"][:100], "| ref", line["reference"])
                print(
                    "      gold:",
                    [(g["text"], g["start_date"], g["end_date"]) for g in line["dates"]],
                )
                print(
                    "      ours:",
                    [
                        (line["text"][f["start"] : f["end"]], f["start_date"], f["end_date"])
                        for f in found
                    ],
                )
        p, r, f = prf(correct_pred, pred, correct_gold, gold)
        print(
            f"  {name:12} P={p:.3f} R={r:.3f} F1={f:.3f}  (found {pred}, correct {correct_pred}; "
            f"gold {gold}, recalled {correct_gold}; dates found in traps {trap_hits})"
        )


def score_nerel(path: Path, systems: dict) -> None:
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    gold_spans = {d["id"]: [x for x in d["dates"] if x["outermost"]] for d in docs}
    print(
        f"\nNEREL {path.stem}: {len(docs)} documents, {sum(map(len, gold_spans.values()))} outermost DATE spans "
        "(overlap match, detection only)"
    )
    for name, run in systems.items():
        pred = correct_pred = correct_gold = gold = 0
        for doc in docs:
            found = run(doc["text"], None)
            spans = gold_spans[doc["id"]]
            pred += len(found)
            gold += len(spans)
            correct_pred += sum(any(overlaps(f, g) for g in spans) for f in found)
            correct_gold += sum(any(overlaps(f, g) for f in found) for g in spans)
        p, r, f = prf(correct_pred, pred, correct_gold, gold)
        print(f"  {name:12} P={p:.3f} R={r:.3f} F1={f:.3f}  (found {pred}, gold {gold})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=NEREL)
    parser.add_argument("--errors", action="store_true", help="print our misses and wrong dates")
    parser.add_argument(
        "--unresolved", action="store_true", help="the share of dates with no calendar day"
    )
    args = parser.parse_args()

    from natasha import DatesExtractor, MorphVocab

    from nlp_extract.dates import DateExtractor
    from nlp_extract.morphology import Morphology

    vocab = MorphVocab()
    ours, baseline = DateExtractor(Morphology(vocab)), DatesExtractor(vocab)
    if args.unresolved:
        report(ours, UNRESOLVED, args.errors)
        return

    def run_ours(text: str, reference: date | None) -> list[dict]:
        return [d.to_dict() for d in ours(text, [(0, len(text))], reference)]

    systems = {"natasha": lambda t, r: natasha_dates(baseline, t, r), "nlp-extract": run_ours}
    score_gold([json.loads(line) for line in GOLD.open(encoding="utf-8")], systems, args.errors)
    if args.nerel.exists():
        score_nerel(args.nerel, systems)
    else:
        print(f"\nNEREL not found at {args.nerel}: skipped")


if __name__ == "__main__":
    main()
