"""The stanza backend (vi, fr, en): the quality path wherever stanza's models are present.

Models are looked up in ``--models DIR``, else ``$KG_STANZA_DIR``, else stanza's own default
(``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``). Nothing is ever downloaded here: ``kg models download``
does that, on a connected machine.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

from kg.model import Article
from kg.nlp import Backend, NlpSettings, register_backend
from kg.nlp.doc import Annotation, WordRec

__all__ = ["stanza_dir", "available_processors", "download"]

REQUIRED = ("tokenize", "pos", "depparse")
OPTIONAL = ("mwt", "lemma", "ner")


def stanza_dir(settings: NlpSettings) -> Path:
    d = settings.stanza_dir or os.environ.get("KG_STANZA_DIR") or os.environ.get("STANZA_RESOURCES_DIR")
    return Path(d).expanduser() if d else Path.home() / "stanza_resources"


def available_processors(lang: str, root: Path) -> dict[str, str]:
    """processor -> package for the default processors of ``lang`` whose model files exist under ``root``."""
    try:
        res = json.loads((root / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entry = res.get(lang, {})
    if "alias" in entry:
        entry = res.get(entry["alias"], {})
    defaults = entry.get("default_processors", {})
    out = {}
    for proc, pkg in defaults.items():
        if proc not in REQUIRED + OPTIONAL:
            continue
        if isinstance(pkg, dict):  # some resources list {package: ...}
            pkg = pkg.get("package", "")
        if pkg == "identity" or (root / lang / proc / f"{pkg}.pt").exists():
            out[proc] = pkg
    return out


def _check(lang: str, settings: NlpSettings) -> tuple[bool, list[str]]:
    root = stanza_dir(settings)
    looked = [f"stanza models for {lang!r} (tokenize, pos, depparse) in {root}"]
    if importlib.util.find_spec("stanza") is None:
        return False, ["the stanza package (not installed)"]
    procs = available_processors(lang, root)
    return all(p in procs for p in REQUIRED), looked


def _fix(lang: str) -> str:
    if importlib.util.find_spec("stanza") is None:
        return ("install the stanza extra: pip install torch==2.13.0 --index-url "
                "https://download.pytorch.org/whl/cpu && pip install 'kg[stanza]' (the CPU build of torch; a plain "
                f"torch is a CUDA build of several GB), then `kg models download {lang}` on a connected machine")
    return (f"on a connected machine run `kg models download {lang}` (stanza's own download), "
            f"or point --models / $KG_STANZA_DIR at a stanza resources directory that holds '{lang}'")


def _version(lang: str, settings: NlpSettings) -> str:
    import stanza

    procs = available_processors(lang, stanza_dir(settings))
    return f"stanza {stanza.__version__} " + ",".join(f"{k}={v}" for k, v in sorted(procs.items()))


def _load(lang: str, settings: NlpSettings):
    import logging

    import stanza

    root = stanza_dir(settings)
    procs = available_processors(lang, root)
    order = [p for p in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner") if p in procs]
    logging.getLogger("stanza").setLevel(logging.WARNING)
    nlp = stanza.Pipeline(lang, dir=str(root), processors=",".join(order), download_method=None,
                          logging_level="WARN", use_gpu=False)
    has_ner = "ner" in procs

    def annotate(article: Article) -> Annotation:
        sd = nlp(article.text)
        sentences = []
        for sent in sd.sentences:
            words = []
            for tok in sent.tokens:
                for w in tok.words:
                    words.append(WordRec(w.text, tok.start_char, tok.end_char, w.upos or "X", w.lemma or w.text,
                                         w.head if w.head is not None else -1, w.deprel or "dep"))
            sentences.append(words)
        ents = [(e.start_char, e.end_char, e.type) for e in sd.ents] if has_ner else []
        return Annotation(sentences, ents, "stanza")

    return annotate


def download(langs: list[str], model_dir: str | None = None) -> Path:
    """Download stanza's default models for ``langs`` (needs network access and the stanza extra)."""
    if importlib.util.find_spec("stanza") is None:
        from kg.errors import ConfigError

        raise ConfigError("stanza is not installed: " + _fix(langs[0] if langs else "vi").split(", then")[0])
    import stanza

    root = stanza_dir(NlpSettings(stanza_dir=model_dir))
    for lang in langs:
        stanza.download(lang, model_dir=str(root), processors="tokenize,mwt,pos,lemma,depparse,ner")
    return root


register_backend(Backend("stanza", (), _check, _load, _version, _fix))
