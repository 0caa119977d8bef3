"""natasha's packaged models, loaded once per process and only when first needed.

Nothing here downloads: the embeddings and the NER/morph weights ship inside
the natasha and slovnet wheels.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .errors import ModelError
from .tagging import MorphTagger, NERTagger


class Models:
    """Lazily loaded natasha components shared by every stage of the pipeline."""

    @cached_property
    def embedding(self) -> Any:
        return load(lambda natasha: natasha.NewsEmbedding())

    @cached_property
    def ner(self) -> NERTagger:
        return NERTagger(load(lambda natasha: natasha.NewsNERTagger(self.embedding)))

    @cached_property
    def morph(self) -> MorphTagger:
        return MorphTagger(load(lambda natasha: natasha.NewsMorphTagger(self.embedding)))

    @cached_property
    def vocab(self) -> Any:
        """pymorphy2 analyser with natasha's UD tags and a parse cache."""
        return load(lambda natasha: natasha.MorphVocab())

    def warm_up(self) -> None:
        """Load everything now (worker start-up) instead of on the first document."""
        for name in ("ner", "morph", "vocab"):
            getattr(self, name)


def load(build: Any) -> Any:
    try:
        import natasha

        return build(natasha)
    except Exception as error:  # any failure here means a broken install
        raise ModelError(f"cannot load natasha models: {error}") from error


def check_installed() -> None:
    """Fail fast, without loading anything, when natasha's model files are missing."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("natasha is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for folder in ("emb", "model"):
        if not any((data / folder).glob("*.tar")):
            raise ModelError(f"natasha's model files are missing from {data / folder}")
