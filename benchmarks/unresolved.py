"""How many of our dates stay without calendar days: `benchmarks/dates.py --unresolved`.

Each text is read as the pipeline reads it (its page, its reference date: metadata,
timestamp, dateline, story, else none; no `--date`), and every date it writes is put in
one class:

- resolved: it has a start_date or an end_date;
- duration ("три года", `P3Y`) and set ("каждый день", `P1D`): by design no interval,
  they say how long or how often, not when; counted apart, in neither share;
- unresolved: no day at all; the reason is the mention's own `unresolved`
  (no_reference_date, from_the_story) or `no_interval` (a calendar date that does not
  exist, "31 июня", or a relative one whose amount is unknown, "несколько лет назад").

The share is unresolved / (resolved + unresolved). Texts that carry no date line
(reference source story or none) are the issue's "plain news" and are shown apart, split
into those that write out a full date (a story date) and those that give no date at all:
in the latter, "вчера" or "5 мая" has no year any rule could know.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nlp_extract import reading
from nlp_extract.dates import DateExtractor
from nlp_extract.dates.reference import reference_date
from nlp_extract.schema import DateMention

PLAIN = (None, "story")  # reference sources of a text with no date line


@dataclass
class Tally:
    """The classes of one set of texts, and the unresolved examples."""

    kinds: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def share(self) -> float:
        dated = self.kinds["resolved"] + self.kinds["unresolved"]
        return self.kinds["unresolved"] / dated if dated else 0.0

    def line(self) -> str:
        k = self.kinds
        return (
            f"unresolved {self.share():.3f} ({k['unresolved']} of "
            f"{k['resolved'] + k['unresolved']}); apart: {k['duration']} durations, "
            f"{k['set']} sets"
        )


def kind(mention: DateMention) -> str:
    if mention.start_date or mention.end_date:
        return "resolved"
    if mention.granularity in ("duration", "set"):
        return mention.granularity
    return "unresolved"


def context(text: str, mention: DateMention) -> str:
    left = text[max(0, mention.start - 70) : mention.start].replace("\n", " ")
    right = text[mention.end : mention.end + 30].replace("\n", " ")
    return f"{left}[{mention.text}]{right}"


def tally_texts(
    extractor: DateExtractor, docs: list[dict]
) -> tuple[dict[str, Tally], Counter[str]]:
    """The tallies of all texts, of the plain ones (no date line) and of those by their
    reference source, and how many texts took each source."""
    tallies, sources = defaultdict(Tally), Counter[str]()
    for doc in docs:
        page = reading.read(doc["text"])
        found = extractor.find(page.text, page.page.regions)
        reference = reference_date(
            page.text, page.page, extractor, None, extractor.story_date(found)
        )
        sources[str(reference.source)] += 1
        names = ["all", str(reference.source)] + (["plain"] if reference.source in PLAIN else [])
        for mention in extractor.resolve(
            page.text, found, reference.date, story=reference.source == "story"
        ):
            for tally in (tallies[name] for name in names):
                tally.kinds[kind(mention)] += 1
                if kind(mention) == "unresolved":
                    reason = mention.unresolved or "no_interval"
                    tally.reasons[reason] += 1
                    tally.examples.append(f"{doc['id']} {reason}: {context(page.text, mention)}")
    return tallies, sources


def halves(path: Path) -> dict[str, list[dict]]:
    """NEREL train (rules), NEREL dev (aside); factRu dev by even (rules) and odd books."""
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    if "factru" not in str(path):
        return {path.stem: docs}
    number: Callable[[dict], int] = lambda doc: int(doc["id"].rsplit("_", 1)[1])  # noqa: E731
    return {
        "factru dev even": [doc for doc in docs if number(doc) % 2 == 0],
        "factru dev odd": [doc for doc in docs if number(doc) % 2 == 1],
    }


def report(extractor: DateExtractor, paths: list[Path], show_errors: bool) -> None:
    """Print the unresolved share of each set of texts, all and plain, with the reasons."""
    print("\nunresolved dates (share of dates with no day; durations and sets apart)")
    for path in paths:
        if not path.exists():
            print(f"  {path}: not found, skipped")
            continue
        for name, docs in halves(path).items():
            tallies, sources = tally_texts(extractor, docs)
            plain = tallies["plain"]
            print(f"  {name}: {len(docs)} texts, reference from {dict(sorted(sources.items()))}")
            print(f"    all texts:         {tallies['all'].line()}")
            print(f"    no date line:      {plain.line()}")
            print(f"      reasons {dict(plain.reasons.most_common())}")
            print(f"      story date:      {tallies['story'].line()}")
            print(f"      no full date:    {tallies['None'].line()}")
            if show_errors:
                for example in plain.examples:
                    print("        ", example)
