"""The build: ingest -> NLP -> extract -> resolve -> graph -> export, timed per stage.

:func:`build` returns a :class:`BuildReport` (data, no printing); the CLI prints it. A bad article is recorded in
``report.errors`` (and ``errors.jsonl``) and the rest of the batch is still built.
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import Config
from kg.errors import InputError, KgError
from kg.export import BuildOutput, write_outputs
from kg.extract import extract
from kg.gazetteer import load_gazetteer
from kg.graph import LinkedStatement, build_dataset, statement_id
from kg.ingest import read_articles
from kg.io import atomic_write_text
from kg.model import Article, Doc
from kg.nlp import load_annotator
from kg.nlp.entities import apply_gazetteer
from kg.resolve import Resolver

__all__ = ["BuildReport", "build", "annotate_articles", "summary_lines"]

STAGES = ("ingest", "nlp", "extract", "resolve", "graph", "export")
# relations whose object is a place, not a party: a capital there stays the city
PLACE_OBJECT_RELATIONS = {"visit", "located_in"}


@dataclass
class BuildReport:
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    statements: int = 0
    entities: int = 0
    backends: dict[str, str] = field(default_factory=dict)  # lang -> backend and model version
    timings: dict[str, float] = field(default_factory=lambda: {s: 0.0 for s in STAGES})
    errors: list[dict] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def _error_record(exc: Exception, path: str | None = None) -> dict:
    if isinstance(exc, InputError):
        return {"file": exc.path, "line": exc.line, "error": type(exc).__name__, "reason": exc.reason}
    return {"file": path, "line": None, "error": type(exc).__name__, "reason": str(exc)}


def annotate_articles(articles: list[Article], config: Config, report: BuildReport, progress=None) -> list[Doc]:
    """Run the NLP backend of each article's language; a language without a model fails only its articles."""
    gaz = load_gazetteer(list(config.gazetteers))
    annotators: dict[str, object] = {}
    docs = []
    for art in articles:
        t0 = time.perf_counter()
        try:
            if art.lang not in annotators:
                try:
                    be, ann = load_annotator(art.lang, config.backend_for(art.lang), config.nlp)
                    annotators[art.lang] = ann
                    report.backends[art.lang] = be.version(art.lang, config.nlp)
                except KgError as exc:
                    annotators[art.lang] = exc
            ann = annotators[art.lang]
            if isinstance(ann, Exception):
                raise ann
            docs.append(apply_gazetteer(ann(art), gaz))
        except KgError as exc:
            report.errors.append(_error_record(exc, art.path) | {"article": art.id})
        except Exception as exc:  # a backend crash on one article must not stop the batch
            report.errors.append({"file": art.path, "line": None, "article": art.id, "error": type(exc).__name__,
                                  "reason": f"NLP failed: {exc}"})
        finally:
            report.timings["nlp"] += time.perf_counter() - t0
            if progress is not None:
                progress.update(1)
    return docs


def build(inputs: Iterable[str | Path], out_dir: str | Path, config: Config | None = None,
          progress_factory=None) -> BuildReport:
    """Build every output in ``out_dir`` from the article files and folders in ``inputs``."""
    config = config or Config()
    report = BuildReport()
    t0 = time.perf_counter()
    articles: list[Article] = []
    for item in read_articles(inputs):
        if isinstance(item, InputError):
            report.errors.append(_error_record(item))
        else:
            articles.append(item)
    report.timings["ingest"] = time.perf_counter() - t0

    progress = progress_factory(len(articles)) if progress_factory else None
    docs = annotate_articles(articles, config, report, progress)
    if progress is not None:
        progress.close()
    report.articles = len(docs)
    report.sentences = sum(len(d.sentences) for d in docs)
    report.tokens = sum(len(d.tokens) for d in docs)

    t0 = time.perf_counter()
    gaz = load_gazetteer(list(config.gazetteers))
    per_doc = []
    for d in docs:
        sts = [s for s in extract(d, gaz, config.extractors) if s.confidence >= config.min_confidence]
        per_doc.append((d, sts))
    report.timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    resolver = Resolver(gaz)
    linked: list[LinkedStatement] = []
    for d, sts in per_doc:
        names = [e.text for e in d.entities]
        lang = d.article.lang
        for st in sts:
            obj_actor = st.relation not in PLACE_OBJECT_RELATIONS
            subj = resolver.link(d.article.id, st.subject, lang, names, actor=True).iri
            obj = resolver.link(d.article.id, st.object, lang, names, actor=obj_actor).iri if st.object else None
            att = resolver.link(d.article.id, st.attributed_to, lang, names, actor=True).iri if st.attributed_to else None
            if obj is not None and obj == subj:
                continue  # "X holds a post in X" is a resolution artefact, not a fact
            linked.append(LinkedStatement(statement_id(st), st, subj, obj, att))
    merges = resolver.merges()
    resolver.apply_merges(merges)
    linked = [LinkedStatement(ls.id, ls.st, merges.get(ls.subject_iri, ls.subject_iri),
                              merges.get(ls.object_iri, ls.object_iri) if ls.object_iri else None,
                              merges.get(ls.attributed_iri, ls.attributed_iri) if ls.attributed_iri else None)
              for ls in linked]
    linked = [ls for ls in linked if ls.subject_iri != ls.object_iri]
    entities = resolver.entities
    report.timings["resolve"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    backends_by_lang = dict(report.backends)
    ds = build_dataset([d.article for d in docs], linked, entities, backends_by_lang, resolver.mentions)
    report.timings["graph"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    out = BuildOutput(ds, linked, entities)
    report.outputs = [str(p) for p in write_outputs(out, out_dir)]
    errors_path = Path(out_dir) / "errors.jsonl"
    atomic_write_text(errors_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in report.errors))
    report.outputs.append(str(errors_path))
    report.timings["export"] = time.perf_counter() - t0
    report.statements = len(linked)
    used = {ls.subject_iri for ls in linked} | {ls.object_iri for ls in linked if ls.object_iri}
    report.entities = len(used)
    return report


def summary_lines(report: BuildReport) -> list[str]:
    """The one-screen summary the CLI prints."""
    by_stage = "  ".join(f"{s} {report.timings[s]:.1f}s" for s in STAGES)
    lines = [f"articles: {report.articles}   sentences: {report.sentences}   tokens: {report.tokens}",
             f"statements: {report.statements}   entities: {report.entities}",
             "NLP backends: " + (", ".join(f"{k}={v}" for k, v in sorted(report.backends.items())) or "(none)"),
             f"time: {by_stage}"]
    if report.errors:
        lines.append(f"errors: {len(report.errors)} (see errors.jsonl)")
        grouped = defaultdict(list)
        for e in report.errors:
            where = e["file"] + (f":{e['line']}" if e.get("line") else "")
            grouped[e["reason"]].append(where)
        for reason, wheres in grouped.items():
            lines.append(f"  {', '.join(wheres[:3])}{' …' if len(wheres) > 3 else ''}: {reason}")
    lines.append("outputs: " + ", ".join(Path(p).name for p in report.outputs))
    return lines


