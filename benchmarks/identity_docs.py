"""One entity per thing in documents where one organisation goes by several names.

    python benchmarks/identity_docs.py [--data tests/data/identity_dev.jsonl] [--show]

Each line of the data is a written text (`text`) or a factRuEval-2016 dev document
(`factru`: its id in ../shared/data/factru/dev.jsonl), and `things`: lists of
phrases of the text, each list one thing; a phrase stands for the first mention
inside its first occurrence ("ЦБ РФ" for the mention "ЦБ", "в ЦБ считают" for a bare
"ЦБ"). A document is right when every thing is
one entity holding all its mentions and different things are different entities.
Prints the documents right and the pairwise P/R/F1 of "same entity" over the listed
mentions (a mention not found counts as an entity of its own).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTRU = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"


def entity_of(doc, text: str, phrase: str) -> str | None:
    """The id of the entity of the first mention inside the phrase's first occurrence."""
    start = text.find(phrase)
    end = start + len(phrase)
    inside = [
        (m.start, e.id) for e in doc.entities for m in e.mentions if start <= m.start < m.end <= end
    ]
    return min(inside)[1] if start >= 0 and inside else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "identity_dev.jsonl")
    parser.add_argument("--show", action="store_true", help="print the documents got wrong")
    args = parser.parse_args()
    cases = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    texts = {}
    if FACTRU.exists():
        texts = {d["id"]: d["text"] for d in map(json.loads, FACTRU.open(encoding="utf-8"))}

    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    right, pairs = 0, {"pred": 0, "gold": 0, "both": 0}
    for number, case in enumerate(cases):
        text = case.get("text") or texts.get(case.get("factru", ""))
        if text is None:
            continue
        doc = extractor.extract(text)
        listed = [
            (thing, surface) for thing, group in enumerate(case["things"]) for surface in group
        ]
        ids = [
            entity_of(doc, text, surface) or f"missing{i}" for i, (_, surface) in enumerate(listed)
        ]
        for i in range(len(listed)):
            for j in range(i + 1, len(listed)):
                same_pred, same_gold = ids[i] == ids[j], listed[i][0] == listed[j][0]
                pairs["pred"] += same_pred
                pairs["gold"] += same_gold
                pairs["both"] += same_pred and same_gold
        entity_of_thing = {}
        ok = True
        for (thing, _), identifier in zip(listed, ids):
            ok &= entity_of_thing.setdefault(thing, identifier) == identifier
        ok &= len(set(entity_of_thing.values())) == len(entity_of_thing)
        right += ok
        if args.show and not ok:
            found = {s: i for (_, s), i in zip(listed, ids)}
            print(f"  wrong {case.get('factru', number)}: {found}")
    p = pairs["both"] / pairs["pred"] if pairs["pred"] else 0.0
    r = pairs["both"] / pairs["gold"] if pairs["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.data.name}: {right} of {len(cases)} documents right")
    print(f"  same-entity pairs  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
