"""No import cycle, not even one under TYPE_CHECKING or inside a function: read from the
source, every `import` of the package counts."""

import ast
from pathlib import Path

import nlp_extract

PACKAGE = Path(nlp_extract.__file__).parent
# the packages held to it so far; the whole package once tagging <-> tokens is gone
CHECKED = ("nlp_extract.dates", "nlp_extract.grammars", "nlp_extract.corpus")


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that a module imports, wherever in it the import stands."""
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    wanted: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            wanted += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            stem = ".".join([*base, *([node.module] if node.module else [])])
            wanted += [stem, *(f"{stem}.{alias.name}" for alias in node.names)]
    found = set()
    for target in wanted:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)
    return found


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while (member := stack.pop()) != node:
                group.add(member)
            if group:
                groups.append(group | {node})

    for node in graph:
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycle_touches_the_checked_packages():
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert len(graph) > 50 and graph["nlp_extract.corpus.whole"]  # the source was read
    touching = [
        sorted(group)
        for group in cycles(graph)
        if any(member.startswith(CHECKED) for member in group)
    ]
    assert touching == []
