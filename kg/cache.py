"""Caches of the expensive per-article stages, so ``kg build --update`` redoes only what changed.

Two levels, both under ``out/cache/``:

- **NLP** (``cache/nlp/<key>.json.gz``): the backend's raw :class:`~kg.nlp.doc.Annotation`, keyed by the text, its
  language and the backend with its model version, nothing else. Changing extraction rules, tables or the gazetteer
  does not touch it: only extraction runs again.
- **Article** (``cache/<id>.json``): the statements of one article, keyed by the article (id, text, language,
  metadata), the backend version and a fingerprint of everything extraction depends on (language tables,
  gazetteer, extractor code). Any change there makes it stale.

Resolution, graph and export run over all articles whenever anything changed, so an updated build equals a full
rebuild. When nothing changed (same articles and keys, same ingest errors, settings and kg code, and the outputs
still as the last build wrote them, per ``cache/build.json``), ``--update`` skips them too.
"""
from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

from kg.io import atomic_write_bytes, atomic_write_text
from kg.model import Article, Mention, Statement
from kg.nlp.doc import Annotation

__all__ = ["COUNTS", "ArticleResult", "article_key", "rules_fingerprint", "load_entry", "save_entry", "prune",
           "nlp_key",
           "load_annotation", "save_annotation", "build_fingerprint", "manifest_path", "load_manifest", "save_manifest"]

CACHE_DIR = "cache"
FORMAT = 1
COUNTS = ("articles", "sentences", "tokens", "statements", "undated", "entities")  # a build's counts, in its manifest
_ENTRY_NAME = re.compile(r"[0-9a-f]{20}\.json")  # the names _entry_path and _nlp_path give
_NLP_NAME = re.compile(r"[0-9a-f]{32}\.json\.gz")


@dataclasses.dataclass(frozen=True)
class ArticleResult:
    """What the pipeline keeps of one article after NLP and extraction."""

    article: Article
    statements: list[Statement]
    names: list[str]  # entity names of the article, for within-article resolution
    sentences: int
    tokens: int


@cache
def rules_fingerprint(extractors: tuple[str, ...] = ()) -> str:
    """Hash of the extraction rules: language tables, gazetteer and the extract/nlp-tidying code."""
    h = hashlib.sha256(f"format {FORMAT} {extractors}".encode())
    sources = (("kg.lang", (".toml", ".json")), ("kg.extract", (".py",)),
               ("kg.nlp", ("doc.py", "entities.py", "phrases.py")))
    for pkg, suffixes in sources:
        for f in sorted(resources.files(pkg).iterdir(), key=lambda p: p.name):
            if f.name.endswith(suffixes):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def article_key(article: Article, backend_version: str, rules: str, gazetteers: tuple[str, ...] = ()) -> str:
    raw = json.dumps([vars(article) | {"path": None}, backend_version, rules,
                      [Path(g).read_text(encoding="utf-8") for g in gazetteers]], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def nlp_key(article: Article, backend_version: str) -> str:
    """Key of an article's annotation: only what the NLP output depends on (text, language, backend + models)."""
    raw = json.dumps([article.text, article.lang, backend_version], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _nlp_path(out_dir: Path, key: str) -> Path:
    return Path(out_dir) / CACHE_DIR / "nlp" / f"{key}.json.gz"


def load_annotation(out_dir: Path, key: str) -> Annotation | None:
    try:
        return Annotation.from_json(json.loads(gzip.decompress(_nlp_path(out_dir, key).read_bytes())))
    except (OSError, ValueError, KeyError, TypeError, EOFError, AttributeError):
        return None  # missing, damaged or not an annotation: annotate again


def save_annotation(out_dir: Path, key: str, ann: Annotation) -> None:
    data = json.dumps(ann.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    # no fsync: an entry lost or damaged by a power cut fails to load and is made again
    atomic_write_bytes(_nlp_path(out_dir, key), gzip.compress(data, compresslevel=3, mtime=0), durable=False)


def _entry_path(out_dir: Path, art_id: str) -> Path:
    safe = hashlib.sha1(art_id.encode("utf-8")).hexdigest()[:20]
    return Path(out_dir) / CACHE_DIR / f"{safe}.json"


def _mention(d) -> Mention | None:
    if d is None:
        return None
    m = Mention(**d)  # (a TypeError for a missing or unknown field)
    if not (isinstance(m.text, str) and _is_int(m.start) and _is_int(m.end) and isinstance(m.type, str)):
        raise ValueError("bad mention")
    return m


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _statement(d) -> Statement:
    """A cached statement, checked field by field: a damaged entry must fail here, not in the graph stage."""
    from kg.model import MODALITIES, POLARITIES
    from kg.ontology import RELATIONS

    d = dict(d)
    for slot in ("subject", "object", "attributed_to"):
        d[slot] = _mention(d.get(slot))
    d["extra"] = tuple(tuple(x) for x in d.get("extra", ()))
    d["mentions"] = tuple(_mention(x) for x in d.get("mentions", ()))
    st = Statement(**d)
    if st.subject is None or st.relation not in RELATIONS or st.polarity not in POLARITIES or \
            st.modality not in MODALITIES or not all(_is_int(x) for x in (st.sentence, st.sent_start, st.sent_end)) \
            or not all(isinstance(x, str) for x in (st.article, st.lang, st.relation_text, st.sentence_text)) or \
            not isinstance(st.confidence, (int, float)) or not all(x is None or isinstance(x, str) for x in (
                st.object_text, st.role, st.date)):
        raise ValueError("bad statement")
    return st


def load_entry(out_dir: Path, article: Article, key: str) -> ArticleResult | None:
    """The cached result of ``article`` if it was made with the same key, else None (also when the entry is damaged
    or not of the shape :func:`save_entry` writes: it is then made again)."""
    path = _entry_path(out_dir, article.id)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("key") != key or raw.get("id") != article.id:
            return None
        sts = [_statement(d) for d in raw["statements"]]
        names = raw["names"]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or \
                not _is_int(raw["sentences"]) or not _is_int(raw["tokens"]):
            return None
        return ArticleResult(article, sts, list(names), raw["sentences"], raw["tokens"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _statement_dict(st: Statement) -> dict:
    """``dataclasses.asdict`` without its deep copies (the fields are strings, numbers, mentions and tuples)."""
    d = dict(vars(st))
    for slot in ("subject", "object", "attributed_to"):
        if d[slot] is not None:
            d[slot] = dict(vars(d[slot]))
    d["extra"] = [list(x) for x in d["extra"]]
    d["mentions"] = [dict(vars(m)) for m in d["mentions"]]
    return d


def save_entry(out_dir: Path, result: ArticleResult, key: str) -> None:
    data = {"key": key, "id": result.article.id, "names": result.names, "sentences": result.sentences,
            "tokens": result.tokens, "statements": [_statement_dict(s) for s in result.statements]}
    atomic_write_text(_entry_path(out_dir, result.article.id), json.dumps(data, ensure_ascii=False), durable=False)


def prune(out_dir: Path, keep_ids: set[str], keep_nlp: set[str] | None = None) -> int:
    """Remove entries of articles that are no longer in the input (and annotations of texts no longer in it, when
    ``keep_nlp`` is given); returns how many."""
    keep = {_entry_path(out_dir, i).name for i in keep_ids}
    removed = 0
    for f in (Path(out_dir) / CACHE_DIR).glob("*.json"):
        if f.name not in keep and _ENTRY_NAME.fullmatch(f.name):  # only the entries kg names: never a user's file
            f.unlink()
            removed += 1
    if keep_nlp is not None:
        keep = {_nlp_path(out_dir, k).name for k in keep_nlp}
        for f in (Path(out_dir) / CACHE_DIR / "nlp").glob("*.json.gz"):
            if f.name not in keep and _NLP_NAME.fullmatch(f.name):
                f.unlink()
                removed += 1
    return removed


@cache
def _code_fingerprint() -> str:
    """Hash of kg's own code and data files and of the serialiser's version: what resolution, graph and exports
    depend on besides the statements."""
    import pyoxigraph

    h = hashlib.sha256(f"pyoxigraph {pyoxigraph.__version__}".encode())
    root = resources.files("kg")
    stack = [root]
    files = []
    while stack:
        for f in stack.pop().iterdir():
            if f.is_dir():
                if f.name != "__pycache__":
                    stack.append(f)
            elif f.name.endswith((".py", ".toml", ".json", ".ttl", ".rq", ".html", ".js", ".css")):
                files.append(f)
    for f in sorted(files, key=str):
        h.update(str(f).removeprefix(str(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def build_fingerprint(plan: list[tuple[Article, str, str]], errors: list[dict], config) -> str:
    """One hash of everything a build's outputs depend on: each article's cache key (text, metadata, backend,
    rules, gazetteers), the errors to report, the settings and kg's code."""
    raw = json.dumps([[key for _, key, _ in plan], errors, repr(config), _code_fingerprint()], ensure_ascii=False,
                     sort_keys=True, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def manifest_path(out_dir: Path) -> Path:
    return Path(out_dir) / CACHE_DIR / "build.json"


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def save_manifest(out_dir: Path, fingerprint: str, report) -> None:
    """Record a finished build: its fingerprint, its outputs as written (size, mtime) and its counts."""
    outputs = {Path(p).name: _stat(Path(p)) for p in report.outputs}
    counts = {k: getattr(report, k) for k in COUNTS}
    atomic_write_text(manifest_path(out_dir), json.dumps({"format": FORMAT, "fingerprint": fingerprint,
                                                          "outputs": outputs, "counts": counts}))


def load_manifest(out_dir: Path, fingerprint: str) -> dict | None:
    """The last build's manifest if it had this fingerprint and every output it wrote is still untouched."""
    try:
        m = json.loads(manifest_path(out_dir).read_text(encoding="utf-8"))
        if not isinstance(m, dict) or m.get("format") != FORMAT or m.get("fingerprint") != fingerprint:
            return None
        if not all(_is_int(m["counts"][k]) for k in COUNTS):
            return None
        if any(_stat(Path(out_dir) / name) != st for name, st in m["outputs"].items()):
            return None
        return m
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
