"""Fact status and deal roles on tests/data/status_dev.jsonl (hand-made dev gold, issue 25).

    python benchmarks/status.py [--errors]
    python benchmarks/status.py --check    # the gold's fields, types, classes, splits; no models
    python benchmarks/status.py --stats    # the gold's counts per split, type and status; no models

Runs `Extractor().extract(text)` on each line and compares `document.facts` with the
line's gold facts by the canonical names of their parties (lower case, ё as е, quote
marks, a final full stop and white space folded):
- occupation: the same person; when both give an org, the same org;
- meeting: at least two participants in common (all of them when the gold has one);
- deal: the same kind and at least two participants in common (all when one);
- ownership: the same owner and property.
Gold and found facts are paired one to one, the best pair first (more names in common,
then the same title stem), so one sentence may hold two facts of a person.

Per split (rules: for writing rules on; aside: kept for reporting; all) it prints:
- facts found P/R/F1, all types and per type (any status);
- status accuracy on matched facts, and a confusion table gold x found;
- "did not happen": of the lines with a planned, negated or hypothetical gold fact,
  the number whose found facts of that fact's type include no `stated` fact other than
  one matched to a stated gold fact, and whose stated gold facts of those types are
  found stated (issue 25's measure, "N of M"); the same count for the lines whose gold
  facts are all stated ("happened": the real ones beside them) and for those with a
  `former` occupation;
- purchases: buyer-seller pairs P/R (gold pairs are purchases that name both sides; a
  found pair is right when both names match in the right roles, in a line that has
  it), and on matched purchases the buyer, seller and object accuracy.
--errors lists each line's misses, false finds, wrong statuses and wrong roles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "status_dev.jsonl"
SPLITS = ("rules", "aside")
TYPES = ("occupation", "meeting", "deal", "ownership")
STATUSES = ("stated", "planned", "negated", "hypothetical", "former")
DID_NOT_HAPPEN = {"planned", "negated", "hypothetical"}
KINDS = ("purchase", "investment", "services", "sanctions", "fine", "loan", "other")
# the parties each type names, beside "type" and "status"
FIELDS = {
    "occupation": {"person", "title", "org"},
    "meeting": {"participants"},
    "deal": {"kind", "participants", "buyer", "seller", "object"},
    "ownership": {"owner", "property"},
}
QUOTES = str.maketrans("", "", "«»\"„“”'")


def fold(name: str | None) -> str:
    """A name as the scorer compares it: lower case, ё as е, no quote marks or final full
    stop ("Warner Bros."), spaces collapsed."""
    return " ".join((name or "").lower().replace("ё", "е").translate(QUOTES).split()).rstrip(".")


@dataclass(frozen=True)
class Fact:
    """A gold or found fact reduced to what is scored: folded names, raw names for display."""

    type: str
    status: str
    names: tuple[str, ...]  # the folded parties: person/org, participants, owner/property
    kind: str = ""
    title: str = ""
    buyer: str = ""
    seller: str = ""
    object: str = ""
    shown: str = ""

    def __str__(self) -> str:
        return f"{self.type}{'/' + self.kind if self.kind else ''} [{self.status}] {self.shown}"


def gold_fact(fact: dict[str, Any]) -> Fact:
    kind = fact.get("kind", "")
    if fact["type"] == "occupation":
        names: tuple[str, ...] = (fold(fact["person"]), fold(fact["org"]))
        shown = f"{fact['person']} | {fact['title']} | {fact['org']}"
    elif fact["type"] == "ownership":
        names = (fold(fact["owner"]), fold(fact["property"]))
        shown = f"{fact['owner']} owns {fact['property']}"
    else:
        names = tuple(sorted(fold(p) for p in fact["participants"]))
        shown = ", ".join(fact["participants"])
        if kind == "purchase":
            shown += f" (buyer {fact['buyer']}, seller {fact['seller']}, object {fact['object']})"
    return Fact(
        fact["type"],
        fact["status"],
        names,
        kind,
        fold(fact.get("title")),
        fold(fact.get("buyer")),
        fold(fact.get("seller")),
        fold(fact.get("object")),
        shown,
    )


def found_fact(fact: Any, names: dict[str, str]) -> Fact | None:
    """A fact of the pipeline's Document, its parties named by their entities."""

    def name(id_: str | None, given: str | None = None) -> str:
        return names.get(id_ or "", "") or given or ""

    status = getattr(fact, "status", "stated")
    if fact.type == "occupation":
        person, org = name(fact.person, fact.person_name), name(fact.org, fact.org_name)
        return Fact(
            "occupation",
            status,
            (fold(person), fold(org)),
            title=fold(fact.text or fact.title),
            shown=f"{person} | {fact.title} | {org or None}",
        )
    if fact.type == "ownership":
        owner = name(fact.owner, fact.owner_name)
        prop = name(fact.property, fact.property_name)
        return Fact("ownership", status, (fold(owner), fold(prop)), shown=f"{owner} owns {prop}")
    if fact.type not in ("meeting", "deal"):
        return None
    parties = [name(p) for p in fact.participants]
    kind = getattr(fact, "kind", "")
    shown = ", ".join(parties)
    roles = {"buyer": "", "seller": "", "object": ""}
    if fact.type == "deal":
        for role in roles:
            roles[role] = name(getattr(fact, role, None), getattr(fact, f"{role}_name", None))
        if kind == "purchase":
            shown += " (" + ", ".join(f"{r} {v or None}" for r, v in roles.items()) + ")"
    return Fact(
        fact.type,
        status,
        tuple(sorted(fold(p) for p in parties)),
        kind,
        buyer=fold(roles["buyer"]),
        seller=fold(roles["seller"]),
        object=fold(roles["object"]),
        shown=shown,
    )


def similarity(gold: Fact, found: Fact) -> float:
    """How well a found fact matches a gold one; 0 when it does not."""
    if gold.type != found.type or gold.kind != found.kind:
        return 0.0
    if gold.type == "occupation":
        (person, org), (f_person, f_org) = gold.names, found.names
        if person != f_person or (org and f_org and org != f_org):
            return 0.0
        same_title = bool(gold.title and found.title and gold.title[:4] in found.title)
        return 1.0 + (org == f_org) + 0.5 * same_title
    if gold.type == "ownership":
        return 1.0 if gold.names == found.names else 0.0
    common = len(set(gold.names) & set(found.names))
    return float(common) if common >= min(2, len(gold.names)) else 0.0


def pair(gold: list[Fact], found: list[Fact]) -> dict[int, int]:
    """Gold index -> found index, one to one, the best pair first."""
    scored = [
        (similarity(g, f), gi, fi)
        for gi, g in enumerate(gold)
        for fi, f in enumerate(found)
        if similarity(g, f) > 0
    ]
    matched: dict[int, int] = {}
    for _, gi, fi in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if gi not in matched and fi not in matched.values():
            matched[gi] = fi
    return matched


def passes(gold: list[Fact], found: list[Fact], matched: dict[int, int]) -> bool:
    """Issue 25's test of a line: no stated fact of the gold's types but the real ones,
    and the real (stated) ones found stated."""
    types = {g.type for g in gold}
    real = {matched[gi] for gi, g in enumerate(gold) if gi in matched and g.status == "stated"}
    for fi, f in enumerate(found):
        if f.type in types and f.status == "stated" and fi not in real:
            return False
    return all(
        gi in matched and found[matched[gi]].status == "stated"
        for gi, g in enumerate(gold)
        if g.status == "stated"
    )


@dataclass
class Scores:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    lines: Counter[str] = field(default_factory=Counter)
    passed: Counter[str] = field(default_factory=Counter)
    pairs_gold: int = 0
    pairs_found: int = 0
    pairs_right_found: int = 0
    pairs_right_gold: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    roles_right: Counter[str] = field(default_factory=Counter)

    def add(self, other: Scores) -> None:
        for name in ("gold", "found", "matched", "confusion", "lines", "passed"):
            getattr(self, name).update(getattr(other, name))
        for name in ("roles", "roles_right"):
            getattr(self, name).update(getattr(other, name))
        for name in ("pairs_gold", "pairs_found", "pairs_right_found", "pairs_right_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def group(gold: list[Fact]) -> str | None:
    """Which "N of M" count a line belongs to."""
    statuses = {g.status for g in gold}
    if statuses & DID_NOT_HAPPEN:
        return "did not happen"
    if "former" in statuses:
        return "held before (former)"
    return "happened (all stated)" if gold else None


def score(gold: list[Fact], found: list[Fact]) -> tuple[Scores, dict[int, int]]:
    """One line's counts."""
    matched = pair(gold, found)
    s = Scores()
    s.gold.update(g.type for g in gold)
    s.found.update(f.type for f in found)
    for gi, fi in matched.items():
        s.matched[gold[gi].type] += 1
        s.confusion[gold[gi].status, found[fi].status] += 1
    kind = group(gold)
    if kind:
        s.lines[kind] += 1
        s.passed[kind] += passes(gold, found, matched)
    gold_pairs = {
        (g.buyer, g.seller) for g in gold if g.kind == "purchase" and g.buyer and g.seller
    }
    found_pairs = {
        (f.buyer, f.seller) for f in found if f.kind == "purchase" and f.buyer and f.seller
    }
    s.pairs_gold, s.pairs_found = len(gold_pairs), len(found_pairs)
    s.pairs_right_gold = s.pairs_right_found = len(gold_pairs & found_pairs)
    for gi, fi in matched.items():
        g, f = gold[gi], found[fi]
        if g.kind != "purchase":
            continue
        for role in ("buyer", "seller", "object"):
            if getattr(g, role):
                s.roles[role] += 1
                s.roles_right[role] += getattr(g, role) == getattr(f, role)
    return s, matched


def prf(right: int, found: int, gold: int) -> str:
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (found {found}, gold {gold}, matched {right})"


def report(split: str, s: Scores) -> None:
    print(f"\n== {split} ==")
    print(
        f"  facts        {prf(sum(s.matched.values()), sum(s.found.values()), sum(s.gold.values()))}"
    )
    for kind in TYPES:
        print(f"    {kind:10} {prf(s.matched[kind], s.found[kind], s.gold[kind])}")
    total = sum(s.confusion.values())
    right = sum(n for (g, f), n in s.confusion.items() if g == f)
    print(
        f"  status accuracy on matched facts: {right}/{total} {right / total if total else 0:.3f}"
    )
    print("    gold \\ found " + "".join(f"{st:>13}" for st in STATUSES))
    for g in STATUSES:
        row = "".join(f"{s.confusion[g, f]:13}" for f in STATUSES)
        print(f"    {g:13} {row}")
    for kind in ("did not happen", "happened (all stated)", "held before (former)"):
        print(f"  {kind}: {s.passed[kind]} of {s.lines[kind]}")
    print(
        "  purchases: buyer-seller pairs "
        + prf(s.pairs_right_found, s.pairs_found, s.pairs_gold).replace("matched", "right")
    )
    shares = ", ".join(
        f"{role} {s.roles_right[role]}/{s.roles[role]}" for role in ("buyer", "seller", "object")
    )
    print(f"    on matched purchases that name them: {shares}")


def errors(
    number: int, line: dict[str, Any], gold: list[Fact], found: list[Fact], matched: dict[int, int]
) -> None:
    said = []
    for gi, g in enumerate(gold):
        if gi not in matched:
            said.append(f"    MISS   {g}")
            continue
        f = found[matched[gi]]
        if f.status != g.status:
            said.append(f"    STATUS {f.status} for {g}")
        if g.kind == "purchase" and (g.buyer, g.seller, g.object) != (f.buyer, f.seller, f.object):
            said.append(f"    ROLES  {f.shown} for {g.shown}")
    said += [f"    FALSE  {f}" for fi, f in enumerate(found) if fi not in matched.values()]
    if said:
        print(f"{number} [{line['split']}] {line['text']}")
        print("\n".join(said))


def load(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def problems(lines: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the gold's shape: fields, types, classes, splits."""
    said: list[str] = []
    texts: Counter[str] = Counter(line.get("text", "") for line in lines)
    for number, line in enumerate(lines, 1):
        where = f"line {number}"
        if set(line) != {"text", "source", "split", "facts"}:
            said.append(f"{where}: keys {sorted(line)}")
            continue
        if not isinstance(line["text"], str) or not line["text"].strip():
            said.append(f"{where}: empty text")
        if texts[line["text"]] > 1:
            said.append(f"{where}: the text is on another line too")
        if line["split"] not in SPLITS:
            said.append(f"{where}: split {line['split']!r}")
        source = line["source"]
        if source.startswith("factRuEval-2016 dev book_"):
            even = int(source.rsplit("_", 1)[1]) % 2 == 0
            if line["split"] != ("rules" if even else "aside"):
                said.append(f"{where}: {source} belongs to {'rules' if even else 'aside'}")
        elif source != "written for nlp-extract":
            said.append(f"{where}: source {source!r}")
        for fact in line["facts"]:
            said += [f"{where}: {p}" for p in fact_problems(fact, line["text"])]
    return said


def fact_problems(fact: dict[str, Any], text: str) -> list[str]:
    kind = fact.get("type")
    if kind not in FIELDS:
        return [f"type {kind!r}"]
    said = []
    if set(fact) != {"type", "status"} | FIELDS[kind]:
        said.append(f"{kind} keys {sorted(fact)}")
        return said
    status = fact["status"]
    if status not in STATUSES or (status == "former" and kind != "occupation"):
        said.append(f"{kind} status {status!r}")
    names: list[Any] = []
    if kind == "occupation":
        names = [fact["person"], fact["title"]] + ([fact["org"]] if fact["org"] is not None else [])
    elif kind == "ownership":
        names = [fact["owner"], fact["property"]]
    else:
        names = list(fact["participants"])
        if not names or len(set(map(fold, names))) != len(names):
            said.append(f"{kind} participants {names!r}")
    if kind == "deal":
        if fact["kind"] not in KINDS:
            said.append(f"deal kind {fact['kind']!r}")
        roles = [fact[r] for r in ("buyer", "seller", "object") if fact[r] is not None]
        if fact["kind"] != "purchase" and roles:
            said.append("buyer, seller and object are for purchases")
        if fact["kind"] == "purchase":
            if not roles:
                said.append("a purchase names no buyer, seller or object")
            if sorted(roles) != sorted(fact["participants"]):
                said.append("a purchase's participants are its buyer, seller and object")
    for name in names:
        if not isinstance(name, str) or not name.strip():
            said.append(f"{kind}: empty name {name!r}")
    return said


def stats(lines: list[dict[str, Any]]) -> None:
    """The gold's counts per split: lines, facts by type and status, deal kinds, roles."""
    for split in (*SPLITS, "all"):
        chosen = [line for line in lines if split in ("all", line["split"])]
        facts = [fact for line in chosen for fact in line["facts"]]
        counts: Counter[str] = Counter()
        counts.update(
            f"source: {'factRu' if 'factRu' in x['source'] else 'written'}" for x in chosen
        )
        counts["lines with no fact"] = sum(not x["facts"] for x in chosen)
        counts.update(f"{f['type']} {f['status']}" for f in facts)
        counts.update(f"deal kind: {f['kind']} {f['status']}" for f in facts if f["type"] == "deal")
        counts["purchases naming buyer and seller"] = sum(
            1 for f in facts if f.get("kind") == "purchase" and f["buyer"] and f["seller"]
        )
        counts.update(
            f"line group: {group([gold_fact(f) for f in x['facts']])}" for x in chosen if x["facts"]
        )
        print(f"\n{split}: {len(chosen)} lines, {len(facts)} facts")
        for name, n in sorted(counts.items()):
            print(f"  {n:4}  {name}")


def run(lines: list[dict[str, Any]], show: bool) -> None:
    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    totals = {split: Scores() for split in (*SPLITS, "all")}
    for number, line in enumerate(lines, 1):
        doc = extractor.extract(line["text"])
        names = {entity.id: entity.name for entity in doc.entities}
        gold = [gold_fact(f) for f in line["facts"]]
        found = [f for f in (found_fact(fact, names) for fact in doc.facts) if f is not None]
        s, matched = score(gold, found)
        totals[line["split"]].add(s)
        totals["all"].add(s)
        if show:
            errors(number, line, gold, found, matched)
    splits = Counter(line["split"] for line in lines)
    facts = sum(len(line["facts"]) for line in lines)
    print(
        f"status dev gold: {len(lines)} lines ({splits['rules']} rules, {splits['aside']} aside), "
        f"{facts} facts"
    )
    for split, s in totals.items():
        report(split, s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="list misses and false finds")
    parser.add_argument("--check", action="store_true", help="check the gold's shape only")
    parser.add_argument("--stats", action="store_true", help="count the gold only")
    args = parser.parse_args()
    lines = load(args.gold)
    if args.check:
        said = problems(lines)
        print("\n".join(said))
        print(
            f"{'ok' if not said else 'PROBLEMS'}: {len(lines)} lines checked, {len(said)} problems"
        )
        sys.exit(1 if said else 0)
    if args.stats:
        stats(lines)
        return
    run(lines, args.errors)


if __name__ == "__main__":
    main()
