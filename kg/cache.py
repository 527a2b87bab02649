"""Per-article cache of the expensive stages (NLP and extraction), so ``kg build --update`` redoes only what changed.

An entry is keyed by the article (id, text, language, metadata), the NLP backend and its model version, and a
fingerprint of everything extraction depends on (the per-language tables, the gazetteer, the extractor code). Any
change to one of those makes the entry stale, and the article is processed again. Resolution, graph and export
always run over all articles, so an updated build equals a full rebuild.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from kg.io import atomic_write_text
from kg.model import Article, Mention, Statement

__all__ = ["ArticleResult", "article_key", "rules_fingerprint", "load_entry", "save_entry", "prune"]

CACHE_DIR = "cache"
FORMAT = 1


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
    for pkg, suffixes in (("kg.lang", (".toml", ".json")), ("kg.extract", (".py",)), ("kg.nlp", ("doc.py", "entities.py"))):
        for f in sorted(resources.files(pkg).iterdir(), key=lambda p: p.name):
            if f.name.endswith(suffixes):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def article_key(article: Article, backend_version: str, rules: str, gazetteers: tuple[str, ...] = ()) -> str:
    raw = json.dumps([dataclasses.asdict(article) | {"path": None}, backend_version, rules,
                      [Path(g).read_text(encoding="utf-8") for g in gazetteers]], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _entry_path(out_dir: Path, art_id: str) -> Path:
    safe = hashlib.sha1(art_id.encode("utf-8")).hexdigest()[:20]
    return Path(out_dir) / CACHE_DIR / f"{safe}.json"


def _mention(d: dict | None) -> Mention | None:
    return Mention(**d) if d else None


def load_entry(out_dir: Path, article: Article, key: str) -> ArticleResult | None:
    """The cached result of ``article`` if it was made with the same key, else None."""
    path = _entry_path(out_dir, article.id)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if raw.get("key") != key or raw.get("id") != article.id:
        return None
    sts = []
    for d in raw["statements"]:
        d = dict(d)
        for slot in ("subject", "object", "attributed_to"):
            d[slot] = _mention(d.get(slot))
        d["extra"] = tuple(tuple(x) for x in d.get("extra", ()))
        sts.append(Statement(**d))
    return ArticleResult(article, sts, list(raw["names"]), raw["sentences"], raw["tokens"])


def save_entry(out_dir: Path, result: ArticleResult, key: str) -> None:
    data = {"key": key, "id": result.article.id, "names": result.names, "sentences": result.sentences,
            "tokens": result.tokens, "statements": [dataclasses.asdict(s) for s in result.statements]}
    atomic_write_text(_entry_path(out_dir, result.article.id), json.dumps(data, ensure_ascii=False))


def prune(out_dir: Path, keep_ids: set[str]) -> int:
    """Remove entries of articles that are no longer in the input; returns how many."""
    keep = {_entry_path(out_dir, i).name for i in keep_ids}
    removed = 0
    for f in (Path(out_dir) / CACHE_DIR).glob("*.json"):
        if f.name not in keep:
            f.unlink()
            removed += 1
    return removed
