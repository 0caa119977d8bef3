"""Canonical names and identity: our entities vs natasha's span.normalize, in one run.

    python benchmarks/names.py [--factru DIR] [--nerel FILE ...] [--ours-only] [--show N]
                               [--half even|odd]

On the gold PER/ORG/LOC mentions each system finds with the exact span (type aside):
- found: the share of gold mentions found with the exact span;
- name: the share of found mentions whose entity's canonical name is a gold name of
  that thing (factRu: the `.coref` chain's normalised names, case and ё aside; for a
  person, its first, middle and last name in any order, or the last name alone when
  the chain has nothing else);
- within: pairwise F1 of "same entity" over the found mentions of each document
  (factRu: `.coref` chains; NEREL: Wikidata ids);
- across: pairwise F1 of "same thing" over mentions of different documents when
  each mention is keyed by (type, canonical name) — NEREL Wikidata ids.
natasha's entity is its normal form: mentions of one (type, normal form) are one.
--half keeps factRu's even book numbers (the rules half) or odd ones (the aside half).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
NEREL_TYPES = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "LOCATION": "LOC",
}

# a system's reading of one document: (start, end) -> (entity key, canonical name)
Reading = dict[tuple[int, int], tuple[str, str]]


def key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


@dataclass
class GoldMention:
    start: int
    end: int
    type: str
    thing: str  # chain or Wikidata id
    names: frozenset[str] = frozenset()  # acceptable canonical names, keyed; empty: unknown


@dataclass
class GoldDocument:
    id: str
    text: str
    mentions: list[GoldMention]


def person_names(attrs: dict[str, list[str]]) -> set[str]:
    first, middle, last = (attrs.get(k, []) for k in ("firstname", "patronymic", "lastname"))
    names = set()
    for f in first or [""]:
        for m in middle or [""]:
            for surname in last or [""]:
                words = [w for w in (f, m, surname) if w]
                names.update(" ".join(order) for order in permutations(words))
                if f and surname:
                    names.update(" ".join(order) for order in permutations([f, surname]))
    names.update(attrs.get("nickname", []))
    return {key(n) for n in names if n}


def read_coref(path: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """Object id -> (chain id, the chain's acceptable names)."""
    chains: dict[str, tuple[str, frozenset[str]]] = {}
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.strip().splitlines()
        if not lines:
            continue
        chain, *objects = lines[0].split()
        attrs: dict[str, list[str]] = defaultdict(list)
        for line in lines[1:]:
            name, _, value = line.strip().partition(" ")
            attrs[name].append(value)
        names = {key(n) for n in attrs.get("name", [])} | person_names(attrs)
        for obj in objects:
            chains[obj] = (chain, frozenset(names))
    return chains


def in_half(book: str, half: str | None) -> bool:
    """factRu's rules half (even book numbers) or aside half (odd); both when None."""
    return half is None or int(book.rsplit("_", 1)[-1]) % 2 == (half == "odd")


def factru_documents(folder: Path, half: str | None = None) -> list[GoldDocument]:
    docs = []
    for line in (SHARED / "factru" / "dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        if not in_half(doc["id"], half):
            continue
        chains = read_coref(folder / f"{doc['id']}.coref")
        mentions = []
        for e in doc["entities"]:
            chain, names = chains.get(e["object_id"], (f"o{e['object_id']}", frozenset()))
            mentions.append(GoldMention(e["start"], e["end"], e["type"], chain, names))
        docs.append(GoldDocument(doc["id"], doc["text"], mentions))
    return docs


def nerel_documents(paths: Iterable[Path]) -> list[GoldDocument]:
    docs = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            mentions = [
                GoldMention(e["start"], e["end"], NEREL_TYPES[e["type"]], e["wikidata"][0])
                for e in doc["entities"]
                if e["type"] in NEREL_TYPES and e.get("wikidata")
            ]
            docs.append(GoldDocument(doc["id"], doc["text"], mentions))
    return docs


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    named: int = 0
    nameable: int = 0
    within: Counter = field(default_factory=Counter)  # pred, gold, both pair counts
    wrong_names: list[tuple[str, str, str, str]] = field(default_factory=list)
    wrong_pairs: list[tuple[str, str, str, str]] = field(default_factory=list)


def pairs(groups: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in groups)


def score_document(tally: Tally, doc: GoldDocument, reading: Reading) -> None:
    found = [m for m in doc.mentions if (m.start, m.end) in reading]
    tally.gold += len(doc.mentions)
    tally.found += len(found)
    for m in found:
        if m.names:
            tally.nameable += 1
            name = reading[m.start, m.end][1]
            if key(name) in m.names:
                tally.named += 1
            else:
                tally.wrong_names.append((doc.id, doc.text[m.start : m.end], name, min(m.names)))
    entity = [reading[m.start, m.end][0] for m in found]
    thing = [m.thing for m in found]
    tally.within["pred"] += pairs(Counter(entity).values())
    tally.within["gold"] += pairs(Counter(thing).values())
    tally.within["both"] += pairs(Counter(zip(entity, thing)).values())
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            same_pred, same_gold = entity[i] == reading[b.start, b.end][0], a.thing == b.thing
            if same_pred != same_gold and len(tally.wrong_pairs) < 10_000:
                kind = "split" if same_gold else "merged"
                tally.wrong_pairs.append(
                    (doc.id, kind, doc.text[a.start : a.end], doc.text[b.start : b.end])
                )


def f1(counts: Counter) -> tuple[float, float, float]:
    p = counts["both"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["both"] / counts["gold"] if counts["gold"] else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def across(docs: list[GoldDocument], readings: list[Reading]) -> Counter:
    """Pair counts over mentions of different documents, keyed by (type, name)."""
    totals: dict[str, Counter] = {"pred": Counter(), "gold": Counter(), "both": Counter()}
    within: dict[str, Counter] = {"pred": Counter(), "gold": Counter(), "both": Counter()}
    for doc, reading in zip(docs, readings):
        here: dict[str, Counter] = {"pred": Counter(), "gold": Counter(), "both": Counter()}
        for m in doc.mentions:
            if (m.start, m.end) not in reading:
                continue
            name = (m.type, key(reading[m.start, m.end][1]))
            for kind, value in (("pred", name), ("gold", m.thing), ("both", (name, m.thing))):
                here[kind][value] += 1
        for kind in totals:
            totals[kind].update(here[kind])
            within[kind][0] += pairs(here[kind].values())
    return Counter({k: pairs(totals[k].values()) - within[k][0] for k in totals})


def ours() -> Callable[[str], Reading]:
    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()

    def read(text: str) -> Reading:
        doc = extractor.extract(text)
        return {(m.start, m.end): (e.id, e.name) for e in doc.entities for m in e.mentions}

    return read


def natasha() -> Callable[[str], Reading]:
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        Segmenter,
    )

    embedding = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)

    def read(text: str) -> Reading:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        reading = {}
        for span in doc.spans:
            span.normalize(vocab)
            normal = span.normal or span.text
            reading[span.start, span.stop] = (f"{span.type}:{key(normal)}", normal)
        return reading

    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factru", type=Path, default=SHARED / "factru" / "devset")
    parser.add_argument(
        "--nerel",
        type=Path,
        nargs="*",
        default=[SHARED / "nerel" / f for f in ("train.jsonl", "dev.jsonl")],
    )
    parser.add_argument("--ours-only", action="store_true", help="skip natasha (faster)")
    parser.add_argument("--show", type=int, default=0, help="print N of our errors of each kind")
    parser.add_argument("--half", choices=("even", "odd"), help="factRu: one half of the books")
    args = parser.parse_args()
    # factRu's chain ids are per document: only NEREL's Wikidata ids hold across documents
    corpora = {
        "factRu dev": (factru_documents(args.factru, args.half), False),
        "NEREL": (nerel_documents(args.nerel), True),
    }
    systems = (
        {"nlp-extract": ours()} if args.ours_only else {"natasha": natasha(), "nlp-extract": ours()}
    )
    for corpus, (docs, global_ids) in corpora.items():
        print(
            f"\n{corpus}: {len(docs)} documents, {sum(len(d.mentions) for d in docs)} gold mentions"
        )
        print("  system        found   name   within P/R/F1         across P/R/F1")
        for system, read in systems.items():
            tally = Tally()
            readings = [read(doc.text) for doc in docs]
            for doc, reading in zip(docs, readings):
                score_document(tally, doc, reading)
            name = f"{tally.named / tally.nameable:.3f}" if tally.nameable else "  -  "
            within = "{:.3f} {:.3f} {:.3f}".format(*f1(tally.within))
            cross = (
                "{:.3f} {:.3f} {:.3f}".format(*f1(across(docs, readings))) if global_ids else "  -"
            )
            print(f"  {system:12}  {tally.found / tally.gold:.3f}  {name}  {within}   {cross}")
            if args.show and system == "nlp-extract":
                for rows in (tally.wrong_names, tally.wrong_pairs):
                    for row, count in Counter(row[1:] for row in rows).most_common(args.show):
                        print(f"    {count:3} ", " | ".join(row))


if __name__ == "__main__":
    main()
