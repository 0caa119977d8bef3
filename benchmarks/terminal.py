"""The table view in a real terminal: tmux at 80 and 120 columns, the seed and the three
longest factRu dev texts. Prints, for each, whether any line runs past the width and
whether the header wraps only between its fields (never inside "date 2026-02-19").

    python benchmarks/terminal.py [--dev ../shared/data/factru/devset]
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SESSION = "nlp-extract-terminal"


def capture(path: Path, width: int) -> list[str]:
    """The pane's lines after `nlp-extract extract PATH` ran in a terminal `width` wide."""
    done = Path(f"/tmp/{SESSION}.done")
    done.unlink(missing_ok=True)
    command = f"nlp-extract extract {shlex.quote(str(path))}; touch {done}; sleep 60"
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", SESSION, "-x", str(width), "-y", "500", command],
        check=True,
    )
    deadline = time.monotonic() + 120
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    pane = subprocess.run(
        ["tmux", "capture-pane", "-t", SESSION, "-p", "-S", "-500"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    return pane.rstrip("\n").splitlines()


# the header's fields: the path, "3962 chars", the encoding, "date 2026-02-19", "2 people" …
FIELD = re.compile(r"\S+|\d+ chars|date \S+|\d+ [a-z]+")


def header_wraps_between_fields(lines: list[str]) -> bool:
    """Each header line (the lines with " · ") is whole fields joined by " · "."""
    header = [line for line in lines[:4] if " · " in line]
    pieces = [piece.strip() for line in header for piece in line.split(" · ")]
    return bool(header) and all(FIELD.fullmatch(piece) for piece in pieces)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared/data/factru/devset")
    args = parser.parse_args()
    if not shutil.which("tmux"):
        sys.exit("needs tmux (apt-get install tmux)")
    texts = [ROOT / "seeds" / "000_44bbe25897c09ec7.txt"]
    texts += sorted(args.dev.glob("book_*.txt"), key=lambda p: -p.stat().st_size)[:3]
    for path in texts:
        for width in (80, 120):
            lines = capture(path, width)
            longest = max(map(len, lines))
            whole = header_wraps_between_fields(lines)
            print(
                f"{path.name:32} {width:3} cols: {len(lines):4} lines, longest {longest:3}, "
                f"{'fits' if longest <= width else 'OVERFLOWS'}, header "
                f"{'wraps between fields' if whole else 'WRAPS INSIDE A FIELD'}"
            )


if __name__ == "__main__":
    main()
