"""The build: ingest -> NLP -> extract -> resolve -> graph -> export, timed per stage.

:func:`build` returns a :class:`BuildReport` (data, no printing); the CLI prints it. A bad article is recorded in
``report.errors`` (and ``errors.jsonl``) and the rest of the batch is still built.
"""
from __future__ import annotations

import contextlib
import gc
import json
import logging
import shutil
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.cache import (
    COUNTS,
    ArticleResult,
    article_key,
    build_fingerprint,
    load_annotation,
    load_entry,
    load_manifest,
    manifest_path,
    nlp_key,
    prune,
    rules_fingerprint,
    save_annotation,
    save_entry,
    save_manifest,
)
from kg.config import Config
from kg.errors import ConfigError, InputError, KgError, OutputError
from kg.export import EXPORTERS, RDF_FORMATS, BuildOutput, write_outputs
from kg.extract import UNDATED, extract
from kg.extract.titles import CITY_ROLES
from kg.gazetteer import load_gazetteer
from kg.graph import LinkedStatement, statement_id
from kg.ingest import read_articles
from kg.io import staged_writes
from kg.model import Article
from kg.nlp import select_backend
from kg.nlp.doc import Annotation, doc_from_annotation
from kg.nlp.entities import apply_gazetteer
from kg.outdir import OutputDir
from kg.resolve import Resolver

__all__ = ["BuildReport", "build", "dry_run", "plan_articles", "process_articles", "summary_lines"]

log = logging.getLogger(__name__)

STAGES = ("ingest", "nlp", "extract", "resolve", "graph", "export")
# relations whose object is a place, not a party: a capital there stays the city
PLACE_OBJECT_RELATIONS = {"visit", "located_in"}
PLACE_RELATIONS = {"located_in"}  # relations whose subject is a place, never a government acting


@dataclass
class BuildReport:
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    statements: int = 0
    undated: int = 0  # event statements with no date (standing relations such as holds_position never have one)
    entities: int = 0
    backends: dict[str, str] = field(default_factory=dict)  # lang -> backend and model version
    timings: dict[str, float] = field(default_factory=lambda: {s: 0.0 for s in STAGES})
    errors: list[dict] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)  # ids of the articles that went through NLP + extraction
    reused: int = 0  # articles taken whole from the cache (--update)
    nlp_reused: int = 0  # articles re-extracted from their cached annotation (--update after a rule change)
    nlp_keys: set[str] = field(default_factory=set, repr=False)  # annotations the current input uses
    unchanged: bool = False  # --update found nothing changed since the last build: every stage skipped

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def _error_record(exc: Exception, path: str | None = None) -> dict:
    if isinstance(exc, InputError):
        return {"file": exc.path, "line": exc.line, "error": type(exc).__name__, "reason": exc.reason}
    return {"file": path, "line": None, "error": type(exc).__name__, "reason": str(exc)}


# per process, per configuration (by value): {"annotators": {lang: (Backend, annotate)}, "gaz": Gazetteer}. Workers
# fork from the main process and inherit what it holds; a backend re-registered under the same name is a new object,
# so its stale annotator is dropped (see _forget_replaced_backends).
_WORKER_STATE: dict = {}


def _state(config: Config) -> dict:
    key = repr(config)
    if key not in _WORKER_STATE:  # (not setdefault: that would load the gazetteer on every call)
        _WORKER_STATE[key] = {"annotators": {}, "gaz": load_gazetteer(list(config.gazetteers))}
    return _WORKER_STATE[key]


def _forget_replaced_backends(config: Config, chosen: dict[str, object]) -> None:
    anns = _state(config)["annotators"]
    for lang in [k for k, (be, _) in anns.items() if chosen.get(k) is not be]:
        del anns[lang]


def _annotate_and_extract(art: Article, config: Config, ann: Annotation | None = None
                          ) -> tuple[ArticleResult, Annotation | None, float, float]:
    """NLP (unless ``ann``, its cached annotation, is given) + extraction of one article, in this process or a
    worker; models load once per process, and only when an article needs them. Returns the annotation when it
    was made here, for the caller to cache."""
    state = _state(config)
    t0 = time.perf_counter()
    new = None
    if ann is None:
        if art.lang not in state["annotators"]:
            be = select_backend(art.lang, config.backend_for(art.lang), config.nlp)
            state["annotators"][art.lang] = (be, be.load(art.lang, config.nlp))
            # a model stays loaded as long as the process, and spaCy's French model alone is 580k objects: moved
            # out of the collector's reach, they are not walked again by every full collection (3 s -> 1 s per 1k)
            gc.freeze()
        ann = new = state["annotators"][art.lang][1](art)
    t1 = time.perf_counter()
    doc = apply_gazetteer(doc_from_annotation(art, ann), state["gaz"])
    statements = extract(doc, state["gaz"], config.extractors, config.disabled_rules)
    res = ArticleResult(art, statements, [e.text for e in doc.entities],
                        len(doc.sentences), len(doc.tokens))
    return res, new, t1 - t0, time.perf_counter() - t1


def _worker(job):
    art, config, ann = job
    try:
        try:
            return _annotate_and_extract(art, config, ann)
        except Exception:
            if ann is None:
                raise
            return _annotate_and_extract(art, config, None)  # the cached annotation is unusable: annotate again
    except KgError as exc:
        return _error_record(exc, art.path) | {"article": art.id}
    except Exception as exc:  # a backend crash on one article must not stop the batch
        return {"file": art.path, "line": None, "article": art.id, "error": type(exc).__name__,
                "reason": f"processing failed: {exc}", "internal": True}


def plan_articles(articles: list[Article], config: Config, report: BuildReport) -> tuple[list, dict]:
    """(article, cache key, NLP cache key) of each article whose language has a usable backend, and the backend
    chosen per language (or the error choosing it raised); articles without one are recorded in
    ``report.errors``. Choosing a backend checks it is installed; no model is loaded."""
    rules = rules_fingerprint(tuple(config.extractors) + tuple(f"-{r}" for r in sorted(config.disabled_rules)))
    plan, chosen = [], {}
    for art in articles:
        if art.lang not in chosen:
            try:
                chosen[art.lang] = select_backend(art.lang, config.backend_for(art.lang), config.nlp)
                # once per language: a version lookup reads package metadata (milliseconds each)
                report.backends[art.lang] = chosen[art.lang].version(art.lang, config.nlp)
            except KgError as exc:
                chosen[art.lang] = exc
        be = chosen[art.lang]
        if isinstance(be, Exception):
            report.errors.append(_error_record(be, art.path) | {"article": art.id})
            continue
        key = article_key(art, report.backends[art.lang], rules, tuple(config.gazetteers))
        nkey = nlp_key(art, report.backends[art.lang])
        report.nlp_keys.add(nkey)
        plan.append((art, key, nkey))
    return plan, chosen


def process_articles(articles: list[Article], config: Config, report: BuildReport, out_dir: Path,
                     update: bool = False, progress=None, workers: int = 1,
                     cluster: str | None = None, plan: tuple[list, dict] | None = None) -> list[ArticleResult]:
    """NLP and extraction per article, or the cached result when ``update`` and nothing it depends on changed;
    with ``update``, an article whose rules changed but whose text did not is re-extracted from its cached
    annotation, without NLP.

    A language without a usable model fails only its own articles. Models load on the first article that needs
    them, so an update that changes nothing loads none. With ``workers`` > 1 the articles to process are shared
    among that many processes; with ``cluster`` (a Dask scheduler address) they run on that cluster's workers. The
    results are the same either way, in the same order."""
    slots: list[ArticleResult | None] = []
    todo: list[tuple[int, Article, str, str]] = []
    planned, chosen = plan if plan is not None else plan_articles(articles, config, report)
    for art, key, nkey in planned:
        hit = load_entry(out_dir, art, key) if update else None
        slots.append(hit)
        if hit is not None:
            report.reused += 1
            if progress is not None:
                progress.update(1)
        else:
            todo.append((len(slots) - 1, art, key, nkey))
    if progress is not None:  # articles of a language without a model were counted as errors, not planned
        progress.update(len(articles) - len(slots))
    _forget_replaced_backends(config, chosen)

    def jobs():
        for _, art, _, nkey in todo:
            ann = load_annotation(out_dir, nkey) if update else None
            report.nlp_reused += ann is not None
            yield art, config, ann

    # Outcomes are consumed as they come: each new annotation is written to the cache and dropped, so the build
    # never holds every article's annotation at once (less memory, and less for the garbage collector to walk).
    with contextlib.ExitStack() as stack:
        if cluster and todo:
            outcomes = iter(_run_on_cluster(cluster, list(jobs()), progress))
        elif workers > 1 and len(todo) > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            pool = stack.enter_context(ProcessPoolExecutor(max_workers=min(workers, len(todo)),
                                                           mp_context=mp.get_context("fork")))
            outcomes = _progress(pool.map(_worker, jobs()), progress)
        else:
            outcomes = _progress(map(_worker, jobs()), progress)
        for (slot, art, key, nkey), out in zip(todo, outcomes):
            if isinstance(out, dict):
                report.errors.append(out)
                continue
            res, new_ann, t_nlp, t_extract = out
            if new_ann is not None:
                _try_cache(save_annotation, out_dir, nkey, new_ann)
            report.timings["nlp"] += t_nlp
            report.timings["extract"] += t_extract
            _try_cache(save_entry, out_dir, res, key)
            report.processed.append(art.id)
            slots[slot] = res
    return [r for r in slots if r is not None]


def _run_on_cluster(address: str, jobs: list, progress) -> list:
    """Run the jobs on a Dask distributed cluster; outcomes in job order. A job whose worker was lost is reported as
    that article's error, like any other failure. See docs/decisions/0006-distributed-builds-on-dask.md."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise ConfigError("--cluster needs Dask distributed: pip install 'kg[cluster]' "
                          "(on this machine and on every worker, with the same kg version)") from exc
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from exc
    try:
        futures = client.map(_worker, jobs, pure=False)
        index = {f.key: k for k, f in enumerate(futures)}
        outcomes: list = [None] * len(jobs)
        for fut in as_completed(futures):
            k = index[fut.key]
            try:
                outcomes[k] = fut.result()
            except Exception as exc:  # the worker process died (KilledWorker) or the job could not run there
                art = jobs[k][0]
                outcomes[k] = {"file": art.path, "line": None, "article": art.id, "error": type(exc).__name__,
                               "reason": f"failed on the cluster: {exc}", "internal": True}
            if progress is not None:
                progress.update(1)
        return outcomes
    finally:
        client.close()


def _progress(items, progress):
    for item in items:
        if progress is not None:
            progress.update(1)
        yield item


def build(inputs: Iterable[str | Path], out_dir: str | Path, config: Config | None = None,
          progress_factory=None, update: bool = False, fail_fast: bool = False, workers: int = 1,
          cluster: str | None = None) -> BuildReport:
    """Build every output in ``out_dir`` from the article files and folders in ``inputs``.

    With ``update``, articles whose cached NLP and extraction are still valid are not processed again; the result
    is the same as a full rebuild. Articles no longer in the input disappear from the outputs.

    ``out_dir`` is locked for the build and must be new, empty or written by kg (see :mod:`kg.outdir`); the outputs
    are renamed into place together once all are complete, so a build that fails leaves the last complete set."""
    inputs = list(inputs)
    with OutputDir(out_dir, inputs):
        return _build(inputs, Path(out_dir), config or Config(), progress_factory, update, fail_fast, workers,
                      cluster)


def dry_run(inputs: Iterable[str | Path], out_dir: str | Path, config: Config) -> list[str]:
    """What a build would do, as lines to print: each article read (file, id, language, publication date), each
    input that would be reported, and the NLP backend each language would use (or why it has none). Runs no NLP
    and writes nothing."""
    articles, errors = [], []
    for item in read_articles(list(inputs), exclude=[Path(out_dir)]):
        (errors if isinstance(item, InputError) else articles).append(item)
    lines = [f"{len(articles)} article{'s' if len(articles) != 1 else ''} would be built into {out_dir}:"]
    for a in articles:
        lines.append(f"  {a.path}  id={a.id!r}  lang={a.lang}  published={a.published or '(none)'}")
    if errors:
        lines.append(f"{len(errors)} input{'s' if len(errors) != 1 else ''} would be reported:")
        lines += [f"  {e}" for e in errors]
    lines.append("NLP backend per language:")
    report = BuildReport()
    _, chosen = plan_articles(articles, config, report)  # the choice a build makes; no model is loaded
    for lang, be in sorted(chosen.items()):
        lines.append(f"  {lang}: {report.backends[lang]}" if lang in report.backends else
                     f"  {lang}: none usable: " + str(be).replace("\n", "\n      "))
    return lines


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files and stores left by a run killed while writing: only the names kg itself gives them."""
    ours = {e.filename for e in EXPORTERS.values()} | {"errors.jsonl"}
    for stale in out_dir.glob(".*.tmp"):
        name = stale.name[1:]
        if stale.is_file() and any(name.startswith(f"{o}.") for o in ours):
            stale.unlink()
        elif stale.is_dir() and name.startswith("oxigraph."):
            shutil.rmtree(stale)


def _build(inputs: list, out_dir: Path, config: Config, progress_factory, update: bool, fail_fast: bool,
           workers: int, cluster: str | None) -> BuildReport:
    report = BuildReport()
    t0 = time.perf_counter()
    articles: list[Article] = []
    for item in read_articles(inputs, exclude=[out_dir]):
        if isinstance(item, InputError):
            report.errors.append(_error_record(item))
        else:
            articles.append(item)
    report.timings["ingest"] = time.perf_counter() - t0
    if fail_fast and report.errors:
        e = report.errors[0]
        raise InputError(e["file"], e["reason"], e.get("line"))
    _remove_stale_temporaries(out_dir)

    progress = progress_factory(len(articles)) if progress_factory else None
    plan = plan_articles(articles, config, report)
    fingerprint = build_fingerprint(plan[0], report.errors, config)
    if update and _unchanged_since_last_build(out_dir, fingerprint, report):
        if progress is not None:
            progress.update(len(articles))
            progress.close()
        return report
    manifest_path(out_dir).unlink(missing_ok=True)  # outputs are about to change: the manifest no longer holds
    results = process_articles(articles, config, report, out_dir, update, progress, workers, cluster, plan)
    if progress is not None:
        progress.close()
    prune(out_dir, {r.article.id for r in results}, report.nlp_keys)
    results.sort(key=lambda r: r.article.id)  # resolution sees articles in one order, whatever the input order
    report.articles = len(results)
    report.sentences = sum(r.sentences for r in results)
    report.tokens = sum(r.tokens for r in results)

    t0 = time.perf_counter()
    linked, resolver = _resolve(results, config)
    entities = resolver.entities
    report.timings["resolve"] = time.perf_counter() - t0

    out = BuildOutput(linked, entities, {r.article.id: r.article for r in results}, dict(report.backends),
                      resolver.mentions)
    try:
        with staged_writes() as stage:  # every output renamed into place together, once all are complete
            t0 = time.perf_counter()  # "graph": making the RDF graph and streaming it into its four files
            report.outputs = [str(p) for p in write_outputs(out, out_dir, list(RDF_FORMATS), stage)]
            report.timings["graph"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            report.outputs += [str(p) for p in write_outputs(out, out_dir, [n for n in EXPORTERS
                                                                            if n not in RDF_FORMATS], stage)]
            errors_path = Path(out_dir) / "errors.jsonl"
            stage.write_text(errors_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in report.errors))
            report.outputs.append(str(errors_path))
    except OSError as exc:
        raise OutputError(out_dir, f"could not write the outputs ({exc.strerror or exc}); the previous outputs "
                                   "are kept as they were") from exc
    report.timings["export"] = time.perf_counter() - t0
    report.statements = len(linked)
    report.undated = sum(1 for ls in linked if not ls.st.date and ls.st.relation not in UNDATED)
    used = {ls.subject_iri for ls in linked} | {ls.object_iri for ls in linked if ls.object_iri}
    report.entities = len(used)
    if not any(e.get("internal") for e in report.errors):
        # a build that lost articles to its own failures (not to bad input) must run them again next time
        _try_cache(save_manifest, out_dir, fingerprint, report)
    return report


def _resolve(results: list[ArticleResult], config: Config) -> tuple[list[LinkedStatement], Resolver]:
    """Link every statement's ends to canonical entities, across articles and languages."""
    gaz = load_gazetteer(list(config.gazetteers))
    per_doc = [(r, [s for s in r.statements if s.confidence >= config.min_confidence]) for r in results]
    resolver = Resolver(gaz)
    linked: list[LinkedStatement] = []
    for r, sts in per_doc:
        names, lang, art_id = r.names, r.article.lang, r.article.id
        for st in sts:
            obj_actor = st.relation not in PLACE_OBJECT_RELATIONS and not (
                st.relation == "holds_position" and st.role in CITY_ROLES)  # ("the Paris prosecutor": the city's)
            # a place located in another is the place, not its country's government ("Tirana (Albania)")
            subj = resolver.link(art_id, st.subject, lang, names, actor=st.relation not in PLACE_RELATIONS).iri
            obj = resolver.link(art_id, st.object, lang, names, actor=obj_actor).iri if st.object else None
            att = resolver.link(art_id, st.attributed_to, lang, names, actor=True).iri if st.attributed_to else None
            if obj is not None and obj == subj:
                continue  # "X holds a post in X" is a resolution artefact, not a fact
            about = tuple(resolver.link(art_id, m, lang, names, actor=True).iri for m in st.mentions)
            linked.append(LinkedStatement(statement_id(st), st, subj, obj, att, about))

    merges = resolver.merges()
    resolver.apply_merges(merges)
    linked = [LinkedStatement(ls.id, ls.st, merges.get(ls.subject_iri, ls.subject_iri),
                              merges.get(ls.object_iri, ls.object_iri) if ls.object_iri else None,
                              merges.get(ls.attributed_iri, ls.attributed_iri) if ls.attributed_iri else None,
                              tuple(merges.get(i, i) for i in ls.mention_iris))
              for ls in linked]
    return [ls for ls in linked if ls.subject_iri != ls.object_iri], resolver


def _try_cache(fn, *args) -> bool:
    """Write a cache entry; a failure (disk full, read-only cache) costs only the reuse, never the build."""
    try:
        fn(*args)
        return True
    except OSError as exc:
        log.warning("could not write to the cache: %s", exc)
        return False


def _unchanged_since_last_build(out_dir: Path, fingerprint: str, report: BuildReport) -> bool:
    """True when the last build of ``out_dir`` had the same inputs, settings and code and its outputs are still
    there as it wrote them; ``report`` is then filled from it. Resolution, graph and exports are skipped: they
    would write the same bytes (a full rebuild equals an update, tested)."""
    last = load_manifest(out_dir, fingerprint)
    if last is None:
        return False
    for key in COUNTS:
        setattr(report, key, last["counts"][key])
    report.reused = report.articles
    report.unchanged = True
    report.outputs = [str(out_dir / name) for name in last["outputs"]]
    return True


def summary_lines(report: BuildReport) -> list[str]:
    """The one-screen summary the CLI prints."""
    by_stage = "  ".join(f"{s} {report.timings[s]:.1f}s" for s in STAGES)
    lines = [f"articles: {report.articles}   sentences: {report.sentences}   tokens: {report.tokens}"
             + ("   (nothing changed since the last build: outputs kept as they are)" if report.unchanged else
                f"   (reused {report.reused}, re-extracted from cached NLP {report.nlp_reused}, "
                f"processed from scratch {len(report.processed) - report.nlp_reused})"
                if report.reused or report.nlp_reused else ""),
             f"statements: {report.statements}"
             + (f" ({report.undated} with no date: give articles a publication date so relative dates resolve)"
                if report.undated else "") + f"   entities: {report.entities}",
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


