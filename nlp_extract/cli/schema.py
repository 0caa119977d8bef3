"""`nlp-extract schema`: the JSON Schema of the output, as bundled."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .app import Verbose, app, epilog
from .guard import guarded


@app.command(
    epilog=epilog(
        "nlp-extract schema > document.schema.json",
        "nlp-extract schema --corpus | jq '.properties | keys'",
    )
)
def schema(
    corpus: Annotated[
        bool, typer.Option("--corpus", help="The corpus report's JSON instead.")
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Print the JSON Schema of the output document (or of the corpus report)."""

    def run() -> None:
        from importlib.resources import files

        from ..render.files import writing

        # generated from schema.py (a test keeps it current): no pydantic import here
        name = "corpus_schema.json" if corpus else "schema.json"
        with writing():
            sys.stdout.write(files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8"))

    guarded(run)
