"""The syntax seam: agreement with natasha's parser, what parsing the sentences with a fact
trigger would cost, and memory with the parser loaded.

    python benchmarks/syntax.py [--runs 5]

The sentences are the pipeline's: the content regions of the factRu dev texts,
tokenised as the pipeline tokenises them.

1. Agreement: our `Models.syntax` against natasha's `NewsSyntaxParser` on the same
   words, per token: the same head, the same relation, both; and both "up to ties":
   where the heads differ only between two words the model cannot tell apart (the same
   word and shape ids three words either side: a repeated passage scores exactly the
   same, and float rounding picks the copy; natasha's own pick changes with the batch).
   And how often the heads make a tree: slovnet picks each word's head on its own.
2. Cost, medians of --runs interleaved passes: natasha's Segmenter + NER + morph loop
   (as benchmarks/speed.py times it); the full pipeline (a fresh extractor per pass,
   warmed on the seed); and, in the same pass right after each text is extracted, our
   parser on that text's sentences with a meeting, deal or ownership trigger, with a post
   word too, and on all of them; natasha's own parser on the event sentences beside.
   On a shared machine set OPENBLAS_NUM_THREADS=1, as the batch workers do: with two
   BLAS threads fighting other processes, the same pass varies fivefold.
3. Peak RSS of a process that loads one extractor and runs the texts, without and with
   the parser loaded and parsing every sentence (the issue's limit: 250 MB).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from speed import natasha_seconds  # the baseline loop, as speed.py times it

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_44bbe25897c09ec7.txt"
DATA = ROOT.parent / "shared" / "data" / "factru" / "dev.jsonl"
REACH = 3  # the encoder's three convolutions of width 3 see three words either side

RSS = """
import json, resource, sys
from nlp_extract import reading
from nlp_extract.pipeline import Extractor
from nlp_extract.tokens import sentence_tokens
extractor = Extractor().warm_up()
parse = sys.argv[2] == 'parse'
if parse:
    extractor.models.syntax
for line in open(sys.argv[1], encoding='utf-8'):
    text = json.loads(line)['text']
    extractor.extract(text)
    if parse:
        page = reading.read(text)
        extractor.models.syntax(sentence_tokens(page.text, page.page.regions))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def peak_rss(mode: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", RSS, str(DATA), mode], check=True, capture_output=True, text=True
    )
    return result.stdout.strip()


def sentences(text: str) -> list[list[Any]]:
    """The text's content regions' tokens, as the pipeline reads them; empty ones left out."""
    from nlp_extract import reading
    from nlp_extract.tokens import sentence_tokens

    page = reading.read(text)
    return [tokens for tokens in sentence_tokens(page.text, page.page.regions) if tokens]


def triggers(text: str, tokens: list[Any], morphology: Any) -> set[str]:
    """The kinds of fact trigger a sentence holds, from the lexicon's words."""
    from nlp_extract.lexicon.deals import DEAL, OWNER_TITLES, SAYS_OWNING
    from nlp_extract.lexicon.meetings import STEMS, TRIGGERS
    from nlp_extract.lexicon.posts import APPOINT, HEAD
    from nlp_extract.roles.posts import is_position_word

    span = text[tokens[0].start : tokens[-1].end]
    found = set()
    if DEAL.search(span):
        found.add("deal")
    if SAYS_OWNING.search(span):
        found.add("ownership")
    for token in tokens:
        if not token.text[:1].isalpha():
            continue
        lemmas = morphology.lemmas(token.text)
        if STEMS.match(token.text) and lemmas & TRIGGERS:
            found.add("meeting")
        if lemmas & OWNER_TITLES:
            found.add("ownership")
        if lemmas & (HEAD | APPOINT) or is_position_word(token.text, morphology):
            found.add("post")
    return found


def alike(codes: list[tuple[int, int]], a: int | None, b: int | None) -> bool:
    """Whether the model cannot tell words a and b apart (see the module's doc)."""
    if a is None or b is None:
        return a == b
    padded: list[Any] = [None] * REACH + codes + [None] * REACH
    return padded[a : a + 2 * REACH + 1] == padded[b : b + 2 * REACH + 1]


def shape(arcs: list[Any]) -> str:
    """ "tree" (one root, every word reaches it), "roots" (none or several) or "cycle"."""
    if sum(arc.head is None for arc in arcs) != 1:
        return "roots"
    for start in range(len(arcs)):
        seen, at = set(), start
        while arcs[at].head is not None:
            if at in seen:
                return "cycle"
            seen.add(at)
            at = arcs[at].head
    return "tree"


def trees(parser: Any, texts: list[list[list[Any]]]) -> None:
    """How often the greedy choice of heads makes a tree."""
    shapes = [shape(arcs) for text in texts for arcs in parser(text)]
    print(
        f"  of {len(shapes)} sentences, greedy heads make a tree in {shapes.count('tree')}, "
        f"no root or several in {shapes.count('roots')}, a cycle in {shapes.count('cycle')}"
    )


def agreement(parser: Any, natasha: Any, texts: list[list[list[Any]]]) -> None:
    """Share of tokens whose arc is natasha's, over every sentence of the texts."""
    from nlp_extract.syntax import Arc

    counts = dict.fromkeys(["tokens", "head", "rel", "both", "ties", "sentences", "same"], 0)
    for text in texts:
        words = [[token.text for token in sentence] for sentence in text]
        for sentence, ours, markup in zip(words, parser(text), natasha.map(words)):
            theirs = [
                Arc(int(t.head_id) - 1 if t.head_id != "0" else None, t.rel) for t in markup.tokens
            ]
            codes = list(zip(*parser.pack.item(sentence)))
            counts["sentences"] += 1
            counts["same"] += ours == theirs
            for arc, other in zip(ours, theirs):
                counts["tokens"] += 1
                counts["head"] += arc.head == other.head
                counts["rel"] += arc.rel == other.rel
                counts["both"] += arc == other
                counts["ties"] += arc.rel == other.rel and alike(codes, arc.head, other.head)
    tokens = counts["tokens"]
    print(
        f"  agreement with natasha's NewsSyntaxParser over {counts['sentences']} sentences, "
        f"{tokens} tokens: heads {counts['head'] / tokens:.4%}, relations "
        f"{counts['rel'] / tokens:.4%}, both {counts['both'] / tokens:.4%}, both up to ties "
        f"{counts['ties'] / tokens:.4%}; sentences identical {counts['same']}/{counts['sentences']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"medians of {args.runs} runs")
    # first, while this process is small: Linux carries ru_maxrss across fork and exec
    print(
        f"  peak RSS of one extractor over the factRu texts: {peak_rss('plain')} MiB; "
        f"with the parser loaded, parsing every sentence: {peak_rss('parse')} MiB (limit 250 MB)"
    )

    from natasha import (
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from nlp_extract.pipeline import Extractor

    texts = [json.loads(line)["text"] for line in DATA.open(encoding="utf-8")]
    embedding = NewsEmbedding()
    segmenter, ner, morph = Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding)
    natasha_parser = NewsSyntaxParser(embedding)

    def natasha_syntax(picked: list[list[Any]]) -> None:
        list(natasha_parser.map([[token.text for token in sentence] for sentence in picked]))

    seed = SEED.read_text(encoding="utf-8")

    reference = Extractor().warm_up()
    read = [sentences(text) for text in texts]
    agreement(reference.models.syntax, natasha_parser, read)
    trees(reference.models.syntax, read)
    kinds = [[triggers(t, s, reference.morphology) for s in ss] for t, ss in zip(texts, read)]
    wanted = {
        "events": lambda found: bool(found & {"meeting", "deal", "ownership"}),
        "events+posts": bool,
        "all": lambda found: True,
    }
    chosen = {
        name: [[s for s, k in zip(ss, ks) if keep(k)] for ss, ks in zip(read, kinds)]
        for name, keep in wanted.items()
    }
    for name, picked in chosen.items():
        count = sum(map(len, picked))
        size = sum(len(s) for ss in picked for s in ss)
        print(f"  {name:13} {count:5} sentences, {size:6} tokens")

    def natasha_loop() -> float:
        return natasha_seconds(texts, segmenter, ner, morph)

    def pipeline() -> dict[str, float]:
        extractor = Extractor().warm_up()
        syntax = extractor.models.syntax
        extractor.extract(seed)
        syntax(sentences(seed))
        parsers = {name: syntax for name in chosen}
        parsers["natasha's parser, events"] = natasha_syntax
        spent = dict.fromkeys(["pipeline", *parsers], 0.0)
        for number, text in enumerate(texts):
            began = time.perf_counter()
            extractor.extract(text)
            spent["pipeline"] += time.perf_counter() - began
            # the parse right after the text's extraction finds its words in the
            # caches; ours and natasha's take turns going first on the event sentences
            order = list(parsers) if number % 2 else list(parsers)[::-1]
            for name in order:
                picked = chosen[name.split(", ")[-1]][number]
                began = time.perf_counter()
                parsers[name](picked)
                spent[name] += time.perf_counter() - began
        return spent

    timings: dict[str, list[float]] = {}
    natasha_loop()
    for _ in range(args.runs):
        timings.setdefault("natasha", []).append(natasha_loop())
        for name, value in pipeline().items():
            timings.setdefault(name, []).append(value)
    report(timings, len(texts))


def report(timings: dict[str, list[float]], texts: int) -> None:
    median = {name: statistics.median(values) for name, values in timings.items()}
    base, full = median["natasha"], median["pipeline"]
    print(f"  steady state, {texts} factRu dev texts (seconds for all of them):")
    print(f"    natasha seg+ner+morph loop   {base:.3f}")
    print(f"    full pipeline                {full:.3f}   ratio to natasha {base / full:.2f}")
    for name in ("events", "events+posts", "all", "natasha's parser, events"):
        spent = median[name]
        print(
            f"    parse {name:22} {spent:.3f}   {spent / full:6.1%} of the pipeline; "
            f"pipeline + this: ratio to natasha {base / (full + spent):.2f}"
        )


if __name__ == "__main__":
    main()
