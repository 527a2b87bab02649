"""NLP backends behind one interface: ``load(lang, settings) -> annotate(article) -> Annotation``.

An :class:`~kg.nlp.doc.Annotation` is the backend's raw output (what the NLP cache keeps); ``load_annotator``
wraps it into a function that returns the tidied :class:`~kg.model.Doc`.

Each backend registers under a name with the languages it serves and a check that says whether its models are
present (and what it looked for). ``auto`` picks, per language, the first usable backend of :data:`AUTO_ORDER`: the
one with a measured extraction figure first.

>>> sorted(BACKENDS)
['rules', 'spacy', 'stanza', 'underthesea']
>>> [lang for lang in ("vi", "fr", "en") if serves(BACKENDS["underthesea"], lang)]
['vi']
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.errors import ModelNotAvailableError, UnknownNameError
from kg.model import Article, Doc
from kg.nlp.doc import Annotation, doc_from_annotation

__all__ = ["Backend", "BACKENDS", "register_backend", "select_backend", "load_annotator", "auto_order", "serves",
           "NlpSettings"]

log = logging.getLogger(__name__)

Annotator = Callable[[Article], Annotation]


@dataclass(frozen=True)
class NlpSettings:
    """What the backends need to find their models."""

    stanza_dir: str | None = None  # --models DIR, else $KG_STANZA_DIR, else stanza's default
    # lang -> spaCy pipeline, over the language tables' [nlp] spacy_model ([nlp.spacy_models] in the config)
    spacy_models: dict[str, str] = field(default_factory=dict)

    def spacy_model(self, lang: str) -> str | None:
        from kg.lang import SUPPORTED_LANGS, tables

        return self.spacy_models.get(lang) or (tables(lang).spacy_model if lang in SUPPORTED_LANGS else None)


@dataclass(frozen=True)
class Backend:
    name: str
    langs: tuple[str, ...]  # languages it serves besides those whose tables name it in [nlp] auto
    check: Callable[[str, NlpSettings], tuple[bool, list[str]]]  # -> (available, what was looked for)
    load: Callable[[str, NlpSettings], Annotator]
    version: Callable[[str, NlpSettings], str]
    fix: Callable[[str], str]


BACKENDS: dict[str, Backend] = {}

def auto_order(lang: str) -> tuple[str, ...]:
    """The backends ``auto`` tries for ``lang``, in order: ``[nlp] auto`` of the language's tables, the path whose
    extraction quality was measured first (the rules were developed and measured on underthesea, spaCy
    fr_core_news_md and the model-free English backend; the official stanza models could not be measured here, the
    small offline Vietnamese ones scored 0.506 on the seeds against 0.846). docs/decisions/0001.

    >>> auto_order("vi"), auto_order("en")
    (('underthesea', 'stanza'), ('rules', 'spacy', 'stanza'))
    """
    from kg.lang import SUPPORTED_LANGS, tables

    return tables(lang).nlp_auto if lang in SUPPORTED_LANGS else ()


def serves(be: "Backend", lang: str) -> bool:
    """Does ``be`` serve ``lang``: registered for it, or named in the language's ``[nlp] auto`` (how a language
    added by its tables alone, such as Spanish, gets the model-free and stanza backends)."""
    return lang in be.langs or be.name in auto_order(lang)


def register_backend(backend: Backend) -> Backend:
    BACKENDS[backend.name] = backend
    return backend


def select_backend(lang: str, choice: str, settings: NlpSettings) -> Backend:
    """Resolve ``auto`` or a backend name to a backend whose models are present, or raise a fixable error."""
    if choice != "auto":
        if choice not in BACKENDS:
            raise UnknownNameError("NLP backend", choice, ["auto", *BACKENDS])
        be = BACKENDS[choice]
        if not serves(be, lang):
            from kg.lang import SUPPORTED_LANGS

            served = [code for code in SUPPORTED_LANGS if serves(be, code)]
            raise ModelNotAvailableError(lang, [f"backend {choice!r} serves only {', '.join(served)}"],
                                         "use --nlp auto or one of: "
                                         + ", ".join(n for n, b in BACKENDS.items() if serves(b, lang)))
        ok, looked = be.check(lang, settings)
        if not ok:
            raise ModelNotAvailableError(lang, looked, be.fix(lang))
        return be
    looked_all: list[str] = []
    fixes: list[str] = []
    for name in auto_order(lang):
        be = BACKENDS[name]
        ok, looked = be.check(lang, settings)
        if ok:
            log.info("NLP backend for %s: %s", lang, name)
            return be
        looked_all += [f"{name}: {item}" for item in looked]
        fixes.append(be.fix(lang))
    raise ModelNotAvailableError(lang, looked_all or ["no backend serves this language"], " or ".join(fixes))


def load_annotator(lang: str, choice: str, settings: NlpSettings) -> tuple[Backend, Callable[[Article], Doc]]:
    """The chosen backend and a function article -> tidied Doc (no gazetteer; see kg.nlp.entities)."""
    be = select_backend(lang, choice, settings)
    raw = be.load(lang, settings)
    return be, lambda article: doc_from_annotation(article, raw(article))


# registration of the bundled backends (their heavy imports stay inside their load functions)
from kg.nlp import rules_backend, spacy_backend, stanza_backend, underthesea_backend  # noqa: E402,F401
