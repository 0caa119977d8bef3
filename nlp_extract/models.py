"""natasha's packaged models, loaded once per process and only when first needed.

Nothing here downloads: the embeddings and the NER, morph and syntax weights ship inside
the natasha and slovnet wheels.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:  # tagging imports numpy, which must not load before a worker sets BLAS
    from .morphology import Morphology
    from .syntax import SyntaxParser
    from .tagging import MorphTagger, NERTagger


class Models:
    """Lazily loaded natasha components shared by every stage of the pipeline."""

    def __init__(self) -> None:
        self.vocabularies: dict[Any, Any] = {}  # read once, shared by the model packs

    @cached_property
    def embedding(self) -> Any:
        return load(lambda natasha: news_embedding())

    @cached_property
    def ner(self) -> NERTagger:
        from .tagging import NERTagger

        return load(
            lambda natasha: NERTagger(natasha.data.NEWS_NER, self.embedding, self.vocabularies)
        )

    @cached_property
    def morph(self) -> MorphTagger:
        from .tagging import MorphTagger

        return load(
            lambda natasha: MorphTagger(natasha.data.NEWS_MORPH, self.embedding, self.vocabularies)
        )

    @cached_property
    def syntax(self) -> SyntaxParser:
        """natasha's dependency parser; it shares the taggers' embedding and vocabulary."""
        from .syntax import SyntaxParser

        return load(
            lambda natasha: SyntaxParser(
                natasha.data.NEWS_SYNTAX, self.embedding, self.vocabularies
            )
        )

    @cached_property
    def morphology(self) -> Morphology:
        """pymorphy2's dictionary with natasha's UD tags and a parse cache."""
        from .morphology import Morphology

        return Morphology(load(morph_vocab))

    def warm_up(self) -> None:
        """Load everything now (worker start-up) instead of on the first document."""
        for name in ("ner", "morph", "morphology"):
            getattr(self, name)


def load(build: Any) -> Any:
    try:
        import natasha

        return build(natasha)
    except Exception as error:  # any failure here means a broken install
        raise ModelError(f"cannot load natasha models: {error}") from error


def morph_vocab(natasha: Any) -> Any:
    """natasha's MorphVocab, told where pymorphy's Russian dictionary is: found
    through package entry points, it costs an import of pkg_resources and a scan of
    every installed package, a tenth of a second at start."""
    import pymorphy2_dicts_ru
    from natasha.morph.vocab import MorphForm
    from pymorphy2 import MorphAnalyzer

    class MorphVocab(natasha.MorphVocab):  # type: ignore[misc]
        def __init__(self) -> None:
            path = pymorphy2_dicts_ru.get_path()
            MorphAnalyzer.__init__(self, path=path, result_type=MorphForm)

    return MorphVocab()


def news_embedding() -> Any:
    """natasha's news embedding with just what the taggers read: its id and the
    quantised vectors. navec's own loader also reads the 500k-word index and builds
    similarity tables, which the taggers never use: a third of a second at start."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class VectorsOnly(PQ):  # type: ignore[misc]
        def precompute(self) -> None:
            pass

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vectors = VectorsOnly.from_file(tar.load(PQ_))
    return Navec(meta, None, vectors)


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
