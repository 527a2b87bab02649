"""Command line: ``kg build``, ``kg models download``. Parses arguments, calls the library, prints."""
from __future__ import annotations

import argparse
import logging
import re
import sys

from kg.errors import KgError
from kg.lang import SUPPORTED_LANGS
from kg.serve import DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_RESULT_BYTES

__all__ = ["main", "EXIT_OK", "EXIT_REPORTED", "EXIT_USAGE", "EXIT_INTERNAL"]

# exit codes: every input built; some inputs reported (errors.jsonl) and the rest built; the command could not run
# (usage, configuration, an unusable --out); a bug in kg
EXIT_OK, EXIT_REPORTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _build(args) -> int:
    from dataclasses import replace

    from kg.config import load_config
    from kg.pipeline import build, summary_lines

    cfg = load_config(args.config)
    if args.nlp:
        from kg.nlp import BACKENDS

        if args.nlp != "auto" and args.nlp not in BACKENDS:
            from kg.errors import UnknownNameError

            raise UnknownNameError("NLP backend", args.nlp, ["auto", *BACKENDS])
        from kg.lang import SUPPORTED_LANGS

        cfg = replace(cfg, backends={lang: args.nlp for lang in SUPPORTED_LANGS})
    if args.models:
        cfg = replace(cfg, nlp=replace(cfg.nlp, stanza_dir=args.models))
    if args.min_confidence is not None:
        cfg = replace(cfg, min_confidence=args.min_confidence)
    if args.gazetteer:
        cfg = replace(cfg, gazetteers=cfg.gazetteers + tuple(args.gazetteer))
    factory = None
    if not args.quiet:
        from tqdm import tqdm

        def factory(n):
            return tqdm(total=n, unit="article", desc="NLP", file=sys.stderr)

    import os

    if args.dry_run:
        from kg.pipeline import dry_run

        print("\n".join(dry_run(args.inputs, args.out, cfg)))
        return EXIT_OK
    workers = args.workers if args.workers and args.workers > 0 else (os.cpu_count() or 1)
    report = build(args.inputs, args.out, cfg, factory, update=args.update, fail_fast=args.fail_fast, workers=workers,
                   cluster=args.cluster)
    print("\n".join(summary_lines(report)))
    return EXIT_REPORTED if report.failed else EXIT_OK


def _explain_statement(out_dir: str, statement_id: str) -> int:
    """Which rule made a statement, what the rule reads, and the evidence."""
    from kg.evaluate import load_statements
    from kg.extract import RULES

    found = [r for r in load_statements(out_dir) if r.get("id") == statement_id]
    if not found:
        print(f"kg: no statement {statement_id!r} in {out_dir}/statements.jsonl", file=sys.stderr)
        return 1
    r = found[0]
    obj = r["object"].get("label") or r["object"].get("text")
    print(f"{r['id']}  {r['subject']['label']} | {r['relation']['id']} ({r['relation']['text']!r}) | {obj}")
    print(f"  {r['polarity']}, {r['modality']}, date {r['date'] or 'none'}, confidence {r['confidence']}")
    rule = r.get("rule")
    print(f"  rule: {rule} — {RULES.get(rule, 'a rule this version of kg does not know')}")
    print(f"  article {r['article']} [{r['start']}:{r['end']}]: {r['sentence']}")
    return 0


def _explain(args) -> int:
    from kg.query import explain_entity, find_entities, load_graph

    if re.fullmatch(r"s[0-9a-f]{16}", args.entity):
        return _explain_statement(args.out_dir, args.entity)
    g = load_graph(args.out_dir)
    found = find_entities(g, args.entity)
    if not found:
        print(f"kg: no entity named {args.entity!r} in {args.out_dir}", file=sys.stderr)
        return 1
    for iri in found:
        e = explain_entity(g, iri)
        wikidata = f"  wikidata:{e['wikidata']}" if e["wikidata"] else ""
        print(f"{e['label']}  <{e['iri']}>  {', '.join(e['types'])}{wikidata}")
        print("  labels:  " + "; ".join(e["labels"]))
        print("  aliases: " + "; ".join(e["aliases"]))
        print(f"  {len(e['mentions'])} mentions:")
        for m in e["mentions"]:
            print(f"    {m['article']} [{m['start']}:{m['end']}] {m['text']!r} — {m['reason']}")
    return 0


def _query(args) -> int:
    from pathlib import Path

    from kg.query import format_results, named_queries, run_query

    if args.list:
        for q in named_queries().values():
            params = " ".join(f"--param {p}=..." for p, _ in q.params)
            print(f"{q.name:18} {q.description}" + (f"\n{'':18}   {params}" if params else ""))
        return 0
    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
    elif args.query:
        text = args.query
    else:
        print("kg: give a query (SPARQL text or a name from `kg query --list`) or --file", file=sys.stderr)
        return 2
    params = {}
    for p in args.param or []:
        if "=" not in p:
            print(f"kg: --param needs NAME=VALUE, not {p!r}", file=sys.stderr)
            return 2
        k, v = p.split("=", 1)
        params[k] = v
    if text in named_queries():  # a name the build does not have: say so, with the closest ones, not "(0 rows)"
        from kg.query import ENTITY_PARAMS, entities_named

        for key in ENTITY_PARAMS:
            if key in params:
                found = entities_named(args.out_dir, params[key])
                if len(found) > 1:
                    print(f"kg: {params[key]!r} names {len(found)} entities; the rows cover all of them: "
                          + "; ".join(f"{label} <{iri}>" for iri, label in found), file=sys.stderr)
    variables, rows = run_query(args.out_dir, text, params, engine=args.engine, allow_service=args.allow_service)
    sys.stdout.write(format_results(variables, rows, args.format))
    return 0


def _eval(args) -> int:
    import json

    from kg.evaluate import evaluate, format_evaluation, load_gold, load_statements

    ev = evaluate(load_gold(args.gold), load_statements(args.statements),
                  set(args.docs.split(",")) if args.docs else None)
    if args.json:
        print(json.dumps(ev.summary(), ensure_ascii=False))
    else:
        sys.stdout.write(format_evaluation(ev, show_misses=args.show_misses, by_rule=args.rules))
    return EXIT_OK


def _validate(args) -> int:
    from kg.query import load_graph
    from kg.validate import validate_graph

    ok, text = validate_graph(load_graph(args.out_dir))
    print(text.strip())
    return 0 if ok else 1


def _link(args) -> int:
    from kg.link import LINK_GRAPH as LINK_GRAPH_NAME
    from kg.link import link_build

    if not args.wikidata:
        print("kg link: say what to link to (--wikidata)", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = link_build(args.out_dir, api=args.api, threshold=args.threshold, min_interval=args.min_interval,
                            limit=args.limit)
    except OSError as exc:  # (URLError is an OSError) no network, a refused request, a timeout
        print(f"kg link: could not reach {args.api}: {exc}; what was fetched before is cached in "
              f"{args.out_dir}/cache/wikidata.json", file=sys.stderr)
        return EXIT_USAGE
    for r in report:
        print(f"{r['entity'].rsplit('/', 1)[-1]} -> {r['wikidata']} ({r['score']:.2f}, {r['label']}: "
              f"{r['description']})")
    print(f"{len(report)} entities linked; owl:sameAs written to graph.nq (graph <{LINK_GRAPH_NAME}>) and "
          f"wikidata.ttl, details in wikidata-links.jsonl")
    return EXIT_OK


def _stats(args) -> int:
    from kg.analytics import load_build, stats, write_graph_files

    sts, ents, _ = load_build(args.out_dir)
    res = stats(sts, ents, args.top)
    written = write_graph_files(sts, ents, args.graphml, args.gexf)
    print(f"entities: {res['entities']}   links: {res['links']}   statements: {res['statements']}")
    for key, title in (("degree", "degree centrality"), ("pagerank", "PageRank"), ("betweenness", "betweenness")):
        if key in res:
            print(f"\n{title}:")
            for name, v in res[key]:
                print(f"  {v:7.4f}  {name}")
    for k, comm in enumerate(res.get("communities", []), 1):
        print(f"\ncommunity {k}: " + ", ".join(comm))
    for key, title in (("relations_by_language", "relations per language"),
                       ("relations_by_month", "relations per month")):
        print(f"\n{title}:")
        for k, n in res[key].items():
            print(f"  {n:4d}  {k}")
    for path in written:
        print(f"\nwrote {path}")
    return 0


def _viz(args) -> int:
    from kg.analytics import load_build
    from kg.io import atomic_write_text
    from kg.query import find_entities, load_graph
    from kg.viz import generate_html

    sts, ents, arts = load_build(args.out_dir)
    around = None
    if args.around:
        around = [str(i) for i in find_entities(load_graph(args.out_dir), args.around)]
        if not around:
            print(f"kg: no entity named {args.around!r} in {args.out_dir}", file=sys.stderr)
            return 1
    atomic_write_text(args.output, generate_html(sts, ents, arts, max_nodes=args.max_nodes, around=around,
                                                 depth=args.depth))
    print(f"wrote {args.output}")
    return 0


def _timeline(args) -> int:
    from kg.analytics import load_build, timeline_counts, timeline_svg, undated_count
    from kg.io import atomic_write_text
    from kg.query import find_entities, load_graph

    sts, ents, _ = load_build(args.out_dir)
    found = [str(i) for i in find_entities(load_graph(args.out_dir), args.entity) if str(i) in ents]
    if not found:
        print(f"kg: no entity named {args.entity!r} in {args.out_dir}", file=sys.stderr)
        return 1
    e = ents[found[0]]
    for month, c in timeline_counts(sts, e.iri).items():
        print(f"{month}  " + ", ".join(f"{r} {n}" for r, n in sorted(c.items())))
    undated = undated_count(sts, e.iri)
    if undated:
        print(f"({undated} statement{'s' if undated != 1 else ''} of {e.label} left out: no date; give the articles a "
              "publication date (JSONL 'published', front matter in .txt) so relative dates resolve)")
    atomic_write_text(args.output, timeline_svg(sts, e))
    print(f"wrote {args.output}")
    return 0


def _serve(args) -> int:
    from kg.serve import serve

    return serve(args.out_dir, host=args.host, port=args.port, timeout_s=args.timeout,
                 max_result_bytes=args.max_result_bytes, max_concurrent=args.max_concurrent,
                 allowed_hosts=tuple(args.allow_host or ()))


def _models_download(args) -> int:
    from kg.nlp.stanza_backend import download

    root = download(args.langs, args.models)
    print(f"stanza models for {', '.join(args.langs)} are in {root}")
    return 0


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Every option's help ends with its default, unless it has none worth saying (None, False) or says it."""

    def _get_help_string(self, action):
        text = action.help or ""
        default = action.default
        if "default" in text or default in (None, False, argparse.SUPPRESS) or action.option_strings == [] or \
                isinstance(action, argparse._StoreTrueAction):
            return text
        return f"{text} (default: {default})"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"kg {version('kg')}"
    except PackageNotFoundError:
        return "kg (not installed: run from a source tree)"


CONFIG_HELP = ("TOML config file, sectioned by stage: [nlp] stanza_dir; [nlp.backend] a backend per language "
               "(vi = \"auto\"); [nlp.spacy_models] a spaCy package per language; [extract] extractors, "
               "min_confidence; [resolve] gazetteers. Options given on the command line win. See the README, "
               "section 'NLP backends and models'")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build a knowledge graph from news articles (vi, fr, en).",
                                formatter_class=_HelpFormatter)
    p.add_argument("--version", action="version", version=_version())
    p.add_argument("-v", "--verbose", action="store_true", help="log the NLP backend choices and more")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_subparser_class())
    b = sub.add_parser("build", help="articles in, statements + RDF graph + HTML out")
    b.add_argument("inputs", nargs="+", help="article files (.txt, .html, .jsonl) or folders of them")
    b.add_argument("--out", "-o", required=True, help="output folder")
    b.add_argument("--nlp",
                   help="NLP backend for every language: auto, stanza, spacy or underthesea (default: auto, or per "
                        "language in --config)")
    b.add_argument("--models", help="stanza resources directory (else $KG_STANZA_DIR, else stanza's default)")
    b.add_argument("--config", help=CONFIG_HELP)
    b.add_argument("--min-confidence", type=float,
                   help="drop statements below this confidence, 0..1 (default: 0, or [extract] min_confidence)")
    b.add_argument("--gazetteer", action="append", help="extra gazetteer JSON file (repeatable)")
    b.add_argument("--workers", "-j", type=int, default=0,
                   help="processes for NLP and extraction (default: 0, all cores; each loads its own models)")
    b.add_argument("--cluster", metavar="ADDRESS",
                   help="run NLP and extraction on a Dask distributed cluster (scheduler address, e.g. "
                        "tcp://10.0.0.5:8786); needs kg[cluster] on this machine and on the workers")
    b.add_argument("--update", action="store_true",
                   help="reuse the NLP and extraction of articles that did not change since the last build into --out;"
                        " after a rule change, only extraction runs again")
    keep = b.add_mutually_exclusive_group()
    keep.add_argument("--keep-going", dest="fail_fast", action="store_false", default=False,
                      help="the default: report each bad input in errors.jsonl, build the rest, exit 1")
    keep.add_argument("--fail-fast", dest="fail_fast", action="store_true",
                      help="stop at the first bad input, write nothing, exit 2")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    b.add_argument("--dry-run", action="store_true",
                   help="list what would be read (each article, its language and date) and the NLP backend per "
                        "language, then stop: no NLP, nothing written")
    b.set_defaults(func=_build)
    x = sub.add_parser("explain", help="an entity's names and every mention it was built from, with why; or which "
                                       "rule made a statement (give its id)")
    x.add_argument("out_dir", help="a folder written by kg build")
    x.add_argument("entity", help="a name, label or alias of an entity, or a statement id (s + 16 hex digits)")
    x.set_defaults(func=_explain)
    q = sub.add_parser("query", help="run SPARQL over a build: text, --file, or a named query (--list)")
    q.add_argument("out_dir", nargs="?", default="out", help="a folder written by kg build (default: out)")
    q.add_argument("query", nargs="?", help="SPARQL SELECT text, or the name of a named query")
    q.add_argument("--file", "-f", help="read the query from this .rq file")
    q.add_argument("--param", "-p", action="append", help="NAME=VALUE for a named query (repeatable)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table", help="how to print the rows")
    q.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph", help="the SPARQL engine")
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    q.add_argument("--allow-service", action="store_true",
                   help="run federated queries (SERVICE), which make this machine send HTTP requests to the "
                        "addresses the query names (default: refused)")
    q.set_defaults(func=_query)
    ev = sub.add_parser("eval", help="score a build's statements against hand-annotated facts (docs/evaluation.md)")
    ev.add_argument("gold", help="gold facts, a JSON file in the format of docs/evaluation.md")
    ev.add_argument("statements", help="a folder written by kg build, or a statements.jsonl file")
    ev.add_argument("--json", action="store_true",
                    help="print one JSON summary line (the keys of the reference scorer's --json, plus 'relations' "
                         "and 'rules')")
    ev.add_argument("--show-misses", action="store_true",
                    help="list the missed gold facts and the statements that match no fact")
    ev.add_argument("--rules", action="store_true",
                    help="also print the precision of each extraction rule (the statements' 'rule' field)")
    ev.add_argument("--docs", help="comma-separated article ids to score (default: every article of the gold file)")
    ev.set_defaults(func=_eval)
    va = sub.add_parser("validate", help="check a build against the SHACL shapes (ontologies/shapes.ttl)")
    va.add_argument("out_dir", help="a folder written by kg build")
    va.set_defaults(func=_validate)
    lk = sub.add_parser("link", help="Wikidata ids for a build's entities that have none (needs network access; "
                                     "kg build itself stays offline)")
    lk.add_argument("out_dir", help="a folder written by kg build")
    lk.add_argument("--wikidata", action="store_true", help="search Wikidata for each entity without an id")
    lk.add_argument("--api", default="https://www.wikidata.org/w/api.php",
                    help="the MediaWiki API to ask (default: %(default)s)")
    lk.add_argument("--threshold", type=float, default=0.9,
                    help="lowest score a link is accepted at (default: %(default)s)")
    lk.add_argument("--min-interval", type=float, default=1.0,
                    help="seconds between two requests (default: %(default)s)")
    lk.add_argument("--limit", type=int, default=None, help="link at most this many entities (default: all)")
    lk.set_defaults(func=_link)
    st = sub.add_parser("stats", help="central entities, communities, relation counts; GraphML / GEXF export")
    st.add_argument("out_dir", help="a folder written by kg build")
    st.add_argument("--top", type=int, default=10, help="how many entities to list per measure")
    st.add_argument("--graphml", help="write the entity graph as GraphML (Cytoscape, yEd)")
    st.add_argument("--gexf", help="write the entity graph as GEXF (Gephi)")
    st.set_defaults(func=_stats)
    vz = sub.add_parser("viz", help="draw the HTML view of a build: all of it, the most central nodes, or around one")
    vz.add_argument("out_dir", help="a folder written by kg build")
    vz.add_argument("--around", help="an entity name: draw its neighbourhood only")
    vz.add_argument("--depth", type=int, default=2, help="with --around: how many links out (default 2)")
    vz.add_argument("--max-nodes", type=int, default=None,
                    help="keep the most central nodes (default 5000, kg.viz.MAX_NODES: a first stable frame in about "
                         "1 s in Chromium, measured by bench/view.py)")
    vz.add_argument("--output", "-o", default="view.html", help="the HTML file to write")
    vz.set_defaults(func=_viz)
    tl = sub.add_parser("timeline", help="an entity's statements per month by relation, as text and an SVG chart")
    tl.add_argument("out_dir", help="a folder written by kg build")
    tl.add_argument("entity", help="a name of the entity")
    tl.add_argument("--output", "-o", default="timeline.svg", help="the SVG chart to write")
    tl.set_defaults(func=_timeline)
    sv = sub.add_parser("serve", help="serve a build over the SPARQL 1.1 Protocol (read-only, Oxigraph)")
    sv.add_argument("out_dir", help="a folder written by kg build")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    sv.add_argument("--port", type=int, default=7878, help="port to listen on")
    sv.add_argument("--timeout", type=int, default=30, help="query timeout in seconds (default: 30)")
    sv.add_argument("--max-result-bytes", type=int, default=DEFAULT_MAX_RESULT_BYTES, metavar="N",
                    help="refuse (HTTP 403) any answer larger than N bytes (default: 50 MiB)")
    sv.add_argument("--max-concurrent", type=int, default=DEFAULT_MAX_CONCURRENT, metavar="N",
                    help=f"queries run at once; the others wait (default: {DEFAULT_MAX_CONCURRENT})")
    sv.add_argument("--allow-host", action="append", metavar="NAME",
                    help="also answer requests addressed to this host name (repeatable; default: only "
                         "127.0.0.1, localhost, [::1] and the --host address)")
    sv.set_defaults(func=_serve)
    m = sub.add_parser("models", help="manage NLP models")
    msub = m.add_subparsers(dest="models_command", required=True)
    d = msub.add_parser("download", help="download stanza models (needs network access)")
    d.add_argument("langs", nargs="+", choices=SUPPORTED_LANGS, help="language codes")
    d.add_argument("--models", help="where to put them (default: $KG_STANZA_DIR or stanza's default)")
    d.set_defaults(func=_models_download)
    return p


def _subparser_class():
    class Parser(argparse.ArgumentParser):
        def __init__(self, *a, **k):
            k.setdefault("formatter_class", _HelpFormatter)
            super().__init__(*a, **k)

    return Parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("kg: interrupted; outputs already written are complete, the rest were not started", file=sys.stderr)
        return 130
    except Exception:  # a bug in kg, not bad input: say so, with what a bug report needs
        import traceback

        print("kg: internal error (a bug in kg, not a problem with your input); please report it with this "
              "traceback:", file=sys.stderr)
        traceback.print_exc()
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
