"""Quotation quality on tests/data/quotes_dev.jsonl (hand-made dev gold, issue 28).

    python benchmarks/quotes.py [--baseline] [--errors] [--texts ../shared/data/factru/devset]
    python benchmarks/quotes.py --check    # gold offsets against the real texts, no models
    python benchmarks/quotes.py --stats    # the gold's counts per split and shape, no models
    python benchmarks/quotes.py --gold nerel [--nerel-dir ../shared/data/nerel] [...]

--gold nerel scores tests/data/quotes_nerel.jsonl instead, a second gold on NEREL texts
(train documents are its rules split, dev documents aside). It is stand-off, with no
NEREL text: each line's text is read from --nerel-dir by id, and --check verifies each
span's sha1 against it (see quotes_nerel.py).

Runs `Extractor().extract(text)` on each gold document (factRuEval-2016 dev texts, read
from --texts) and reads `document.quotes`, records with `start`, `end`, `text`,
`speaker` (entity id), `speaker_name`, `cue` and `kind`. The pipeline has no quotes yet
(`getattr(doc, "quotes", [])` is empty), so today every figure of ours is 0.

Per split (rules: for writing rules on; aside: kept for reporting; all) it prints:
- quotes found P/R/F1: a found quote matches a gold one when their spans share at
  least half of the gold span (one to one, the largest share first);
- speaker: of the matched quotes whose gold speaker is named, the share whose
  speaker_name (or the name of the entity its `speaker` id points to) is the gold
  speaker_name, case and ё folded; entity: the share whose gold speaker_name is that
  name or any name of the speaker's entity (its aliases: the surface names the text
  gives it), i.e. the right person or organisation under another of its names;
- text>=.9: of the matched quotes, the share whose words overlap the gold's by at
  least .9 (shared word positions over the larger of the two word counts);
- traps: not_quotes wrongly found, i.e. covered for at least half of their length by
  a found quote that matches no gold quote;
- R direct / R indirect: recall of each kind.

--baseline scores a naive baseline in the same run: every «…», „…“, “…” or "…" span
of at least 3 words whose sentence has a verb of speech outside it, its speaker the
nearest PER or ORG mention of that sentence. --errors lists each rules document's misses
and false finds (never the aside's: it is for reporting only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_nerel

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "quotes_dev.jsonl"
TEXTS = ROOT.parent / "shared" / "data" / "factru" / "devset"
SPLITS = ("rules", "aside")
WORD = re.compile(r"\w+")
# one level of nesting inside «…» („…“ or «…» again), then the other quote styles
QUOTED = re.compile(r"«((?:[^«»]|«[^«»]*»)*)»|„([^„“]*)“|“([^“”]*)”|\"([^\"\n]+)\"")
# a sentence ends at . ! ? … before a capital, a quote or a dash, or at a line break
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"„“—–A-ZА-ЯЁ])|\n+")
PRONOUNS = {"он", "она", "они", "его", "её", "ее", "их", "ему", "ей", "им"}


@dataclass(frozen=True)
class Found:
    """One quote a system found: its span and the speaker's name, and every name of
    the speaker's entity (its canonical name and aliases) where it has one."""

    start: int
    end: int
    speaker_name: str | None
    entity_names: frozenset[str] = frozenset()


@dataclass
class Scores:
    gold: int = 0
    found: int = 0
    matched: int = 0
    named: int = 0
    speaker: int = 0
    entity: int = 0
    text: int = 0
    traps: int = 0
    trapped: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    kinds_found: Counter[str] = field(default_factory=Counter)

    def add(self, other: Scores) -> None:
        for name in (
            "gold",
            "found",
            "matched",
            "named",
            "speaker",
            "entity",
            "text",
            "traps",
            "trapped",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.kinds.update(other.kinds)
        self.kinds_found.update(other.kinds_found)


# typographic apostrophes, one letter of a name however typed ("L’Est", "L'Est")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def fold(name: str | None) -> str:
    """A name as the scorer compares it: lower case, ё as е, one apostrophe, white
    space collapsed."""
    return " ".join((name or "").lower().replace("ё", "е").translate(APOSTROPHES).split())


def share(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def word_overlap(text: str, gold: tuple[int, int], found: tuple[int, int]) -> float:
    """Shared word positions over the larger of the two word counts."""

    def words(span: tuple[int, int]) -> set[tuple[int, int]]:
        return {m.span() for m in WORD.finditer(text, *span)}

    g, f = words(gold), words(found)
    return len(g & f) / max(len(g), len(f)) if g or f else 1.0


def match(gold: list[dict[str, Any]], found: list[Found]) -> dict[int, int]:
    """Gold index -> found index, one to one, the largest share of the gold first."""
    pairs = []
    for gi, g in enumerate(gold):
        length = g["end"] - g["start"]
        for fi, f in enumerate(found):
            common = share((g["start"], g["end"]), (f.start, f.end))
            if common and common >= 0.5 * length:
                pairs.append((common / length, gi, fi))
    matched: dict[int, int] = {}
    for _, gi, fi in sorted(pairs, reverse=True):
        if gi not in matched and fi not in matched.values():
            matched[gi] = fi
    return matched


def score(text: str, line: dict[str, Any], found: list[Found]) -> tuple[Scores, dict[int, int]]:
    """One document's counts for one system."""
    gold = line["quotes"]
    matched = match(gold, found)
    s = Scores(gold=len(gold), found=len(found), matched=len(matched))
    s.kinds.update(g["kind"] for g in gold)
    for gi, fi in matched.items():
        g, f = gold[gi], found[fi]
        s.kinds_found[g["kind"]] += 1
        if g["speaker_name"]:
            s.named += 1
            s.speaker += fold(f.speaker_name) == fold(g["speaker_name"])
            s.entity += fold(g["speaker_name"]) in {
                fold(f.speaker_name),
                *map(fold, f.entity_names),
            }
        s.text += word_overlap(text, (g["start"], g["end"]), (f.start, f.end)) >= 0.9
    stray = [f for fi, f in enumerate(found) if fi not in matched.values()]
    s.traps = len(line["not_quotes"])
    for trap in line["not_quotes"]:
        span = (trap["start"], trap["end"])
        s.trapped += any(share(span, (f.start, f.end)) >= 0.5 * (span[1] - span[0]) for f in stray)
    return s, matched


def ours(doc: Any, text: str) -> list[Found]:
    """The pipeline's quotes, with the speaker's name from its entity when not given."""
    entities = {entity.id: entity for entity in doc.entities}
    found = []
    for quote in getattr(doc, "quotes", []):
        entity = entities.get(getattr(quote, "speaker", None))
        name = getattr(quote, "speaker_name", None) or (entity.name if entity else None)
        names = frozenset([entity.name, *entity.aliases]) if entity else frozenset()
        found.append(Found(quote.start, quote.end, name, names))
    return found


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding a span, sentence ends inside the span ignored."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next(SENTENCE_END.finditer(text, end), None)
    return left, right.start() if right else len(text)


def baseline(doc: Any, text: str) -> list[Found]:
    """Quoted spans of 3+ words with a verb of speech in their sentence; the speaker is
    the nearest PER or ORG mention of the sentence, outside the quotes."""
    from nlp_extract.lexicon.speech import SPEECH_STEMS

    speech = re.compile(r"\b(?:" + "|".join(SPEECH_STEMS) + r")\w*", re.IGNORECASE)
    mentions = [
        (m.start, m.end, e.name)
        for e in doc.entities
        if e.type in ("PER", "ORG")
        for m in e.mentions
    ]
    found = []
    for quote in QUOTED.finditer(text):
        group = next(i for i in range(1, 5) if quote.group(i) is not None)
        start, end = quote.span(group)
        if len(WORD.findall(text, start, end)) < 3:
            continue
        left, right = sentence_around(text, start, end)
        if not speech.search(text[left : start - 1] + " " + text[end + 1 : right]):
            continue
        near = [
            (start - m_end if m_end <= start else m_start - end, name)
            for m_start, m_end, name in mentions
            if left <= m_start and m_end <= right and (m_end <= start or m_start >= end)
        ]
        found.append(Found(start, end, min(near)[1] if near else None))
    return found


def report(name: str, scores: dict[str, Scores]) -> None:
    print(f"\n{name}")
    print(
        "  split  found  gold  P     R     F1    speaker       entity   text>=.9      traps    "
        "R direct/indirect"
    )
    for split, s in scores.items():
        p = s.matched / s.found if s.found else 0.0
        r = s.matched / s.gold if s.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        speaker = f"{s.speaker}/{s.named} {s.speaker / s.named if s.named else 0:.2f}"
        entity = f"{s.entity / s.named if s.named else 0:.2f}"
        text = f"{s.text}/{s.matched} {s.text / s.matched if s.matched else 0:.2f}"
        kinds = "/".join(
            f"{s.kinds_found[k] / s.kinds[k] if s.kinds[k] else 0:.2f}"
            for k in ("direct", "indirect")
        )
        print(
            f"  {split:6} {s.found:5} {s.gold:5}  {p:.3f} {r:.3f} {f:.3f} {speaker:13} "
            f"{entity:8} {text:13} {s.trapped:3}/{s.traps:<4} {kinds}"
        )


def errors(name: str, line: dict[str, Any], found: list[Found], matched: dict[int, int]) -> None:
    gold = line["quotes"]
    for gi, g in enumerate(gold):
        if gi not in matched:
            print(
                f"  {name} {line['id']} MISS {g['kind']}: {g['text'][:70]!r} ({g['speaker_name']})"
            )
        elif fold(found[matched[gi]].speaker_name) != fold(g["speaker_name"]) and g["speaker_name"]:
            said = found[matched[gi]].speaker_name
            print(
                f"  {name} {line['id']} SPEAKER {said!r} for {g['speaker_name']!r}: {g['text'][:50]!r}"
            )
    for fi, f in enumerate(found):
        if fi not in matched.values():
            print(f"  {name} {line['id']} FALSE [{f.start}:{f.end}] ({f.speaker_name})")


def load(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def read_text(texts: Path, id: str) -> str:
    path = texts / id
    if not path.is_file():
        sys.exit(f"Error: {path} not found; give the factRuEval-2016 devset with --texts")
    return path.read_text(encoding="utf-8")


def check(lines: list[dict[str, Any]], texts: Path) -> int:
    """Every gold span against the text it indexes; the number of mismatches."""
    bad = 0
    for line in lines:
        text = read_text(texts, line["id"])
        spans = [(q["start"], q["end"], q["text"]) for q in line["quotes"] + line["not_quotes"]]
        spans += [
            (q["speaker_start"], q["speaker_end"], q["speaker"])
            for q in line["quotes"]
            if q["speaker"] is not None
        ]
        for start, end, said in spans:
            if text[start:end] != said:
                bad += 1
                print(f"{line['id']} [{start}:{end}] is {text[start:end]!r}, not {said!r}")
    print(f"{'ok' if not bad else 'MISMATCHES'}: {len(lines)} documents checked, {bad} bad spans")
    return bad


def shape(quote: dict[str, Any]) -> str:
    """The attribution's shape, for counting."""
    cue = (quote["cue"] or "").lower()
    after = quote["speaker_start"] is not None and quote["speaker_start"] >= quote["end"]
    if quote["kind"] == "direct":
        if not cue:
            return "direct, no verb (interview line, byline, continuation)"
        return "direct, «…», — said X" if after else "direct, X said: «…»"
    if cue.startswith(("по ", "согласно", "в соответствии")):
        return "indirect, По словам X, …"
    if cue.startswith("как "):
        return "indirect, как сообщил X, …"
    if cue.startswith("об этом"):
        return "indirect, … . Об этом сообщил X"
    return "indirect, …, сообщил X" if after else "indirect, X заявил, что …"


def mention(quote: dict[str, Any]) -> str:
    """How the speaker is named where the quote is attributed."""
    said = quote["speaker"]
    if said is None:
        return "speaker: none in the text"
    if fold(said) in PRONOUNS:
        return "speaker: a pronoun"
    if quote["speaker_name"] is None:
        return "speaker: a description, no name"
    stems = {w[:4] for w in WORD.findall(fold(quote["speaker_name"]))}
    if stems & {w[:4] for w in WORD.findall(fold(said))}:
        return "speaker: by name"
    return "speaker: a title or description"


def stats(lines: list[dict[str, Any]]) -> None:
    """The gold's counts per split: shapes, speakers, traps."""
    for split in (*SPLITS, "all"):
        chosen = [line for line in lines if split in ("all", line["split"])]
        quotes = [q for line in chosen for q in line["quotes"]]
        traps = [t for line in chosen for t in line["not_quotes"]]
        print(f"\n{split}: {len(chosen)} documents, {len(quotes)} quotes, {len(traps)} not_quotes")
        counts: Counter[str] = Counter()
        for quote in quotes:
            counts.update([quote["kind"], shape(quote), mention(quote)])
            counts[f"speaker type: {quote['speaker_type']}"] += 1
            counts["nested quote marks inside"] += any(c in quote["text"][1:-1] for c in "«„“")
        counts.update(f"not_quote: {t['why']}" for t in traps)
        for name, n in sorted(counts.items()):
            print(f"  {n:4}  {name}")


def run(
    lines: list[dict[str, Any]],
    text_of: Callable[[dict[str, Any]], str],
    systems: dict[str, Callable[..., list[Found]]],
    show: bool,
    title: str = "quotes dev gold",
) -> None:
    from nlp_extract.pipeline import Extractor

    extractor = Extractor().warm_up()
    totals = {name: {split: Scores() for split in (*SPLITS, "all")} for name in systems}
    for line in lines:
        text = text_of(line)
        doc = extractor.extract(text, id=line["id"])
        for name, system in systems.items():
            found = system(doc, text)
            s, matched = score(text, line, found)
            totals[name][line["split"]].add(s)
            totals[name]["all"].add(s)
            if show and line["split"] == "rules":  # the aside is for reporting only
                errors(name, line, found, matched)
    documents = Counter(line["split"] for line in lines)
    print(
        f"{title}: {len(lines)} documents ({documents['rules']} rules, "
        f"{documents['aside']} aside), {sum(len(x['quotes']) for x in lines)} quotes, "
        f"{sum(len(x['not_quotes']) for x in lines)} not_quotes"
    )
    for name, scores in totals.items():
        report(name, scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=TEXTS, help="factRuEval-2016 devset folder")
    parser.add_argument("--baseline", action="store_true", help="also score the naive baseline")
    parser.add_argument(
        "--errors", action="store_true", help="list misses and false finds (rules split only)"
    )
    parser.add_argument("--check", action="store_true", help="check the gold's offsets only")
    parser.add_argument("--stats", action="store_true", help="count the gold only")
    parser.add_argument(
        "--gold", choices=("factru", "nerel"), default="factru", help="which gold to use"
    )
    parser.add_argument(
        "--nerel-dir", type=Path, default=quotes_nerel.NEREL, help="NEREL's JSON Lines folder"
    )
    parser.add_argument(
        "--documents",
        metavar="FIRST-LAST",
        help="score only the rules split's documents FIRST to LAST (from 1, in file order): "
        "a batch annotated later, scored before any rule is written on it",
    )
    args = parser.parse_args()
    if args.gold == "nerel":
        lines, texts = quotes_nerel.load(args.nerel_dir)
        title = "quotes NEREL gold"

        def text_of(line: dict[str, Any]) -> str:
            return texts[line["source"], line["id"]]

        if args.check:
            sys.exit(1 if quotes_nerel.check(lines, texts) else 0)
    else:
        lines, title = load(), "quotes dev gold"

        def text_of(line: dict[str, Any]) -> str:
            return read_text(args.texts, line["id"])

        if args.check:
            sys.exit(1 if check(lines, args.texts) else 0)
    if args.documents:
        first, _, last = args.documents.partition("-")
        rules = [line for line in lines if line["split"] == "rules"]
        lines = rules[int(first) - 1 : int(last or first)]
    if args.stats:
        stats(lines)
        return
    systems: dict[str, Callable[..., list[Found]]] = {"nlp_extract (document.quotes)": ours}
    if args.baseline:
        systems["baseline (quoted 3+ words, speech verb, nearest PER/ORG)"] = baseline
    run(lines, text_of, systems, args.errors, title)


if __name__ == "__main__":
    main()
