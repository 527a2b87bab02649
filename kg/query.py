"""Reading a built graph back: SPARQL over ``out/`` with rdflib or Oxigraph, named queries, and explaining an entity
(its names, and every mention it was built from with the reason it was linked).

Named queries live in ``kg/queries/*.rq``; their header says what they do and which parameters they take
(``# param: entity — ...``). Parameters are bound by a ``VALUES`` block opening the ``WHERE`` group, each value
written as a SPARQL literal by rdflib (quotes and backslashes escaped), so a parameter can never change the
query's structure.
"""
from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef, Variable

from kg.errors import ConfigError, InputError, UnknownNameError
from kg.ontology import KG
from kg.resolve import normalise_name

__all__ = ["check_no_service", "ServiceRefusedError", "entities_named", "UnknownEntityError", "ENTITY_PARAMS",
           "load_graph", "find_entities", "explain_entity", "NamedQuery",
           "named_queries", "run_query", "prepare_query", "format_results", "ENGINES"]

ENGINES = ("oxigraph", "rdflib")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, help)
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The bundled named queries, by name."""
    out = {}
    for f in sorted(resources.files("kg.queries").iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".rq"):
            continue
        text = f.read_text(encoding="utf-8")
        name = f.name[:-3]
        m = re.match(r"#\s*[\w-]+:\s*(.*)", text)
        params = tuple((p, h) for p, h in re.findall(r"^#\s*param:\s*(\w+)\s*[—-]\s*(.*)$", text, re.M))
        out[name] = NamedQuery(name, m.group(1).strip() if m else "", params, text)
    return out


def _bindings(q: NamedQuery | None, params: dict[str, str]) -> dict[str, str]:
    if q is None:
        return dict(params)
    missing = [p for p, _ in q.params if p not in params]
    if missing:
        raise ConfigError(f"query {q.name!r} needs --param {missing[0]}=VALUE ({dict(q.params)[missing[0]]})")
    unknown = set(params) - {p for p, _ in q.params}
    if unknown:
        raise ConfigError(f"query {q.name!r} takes no parameter {sorted(unknown)[0]!r}; it takes: "
                          f"{', '.join(p for p, _ in q.params) or 'none'}")
    return dict(params)


def _term_str(t) -> str | None:
    """The lexical form of a result term (rdflib terms are str subclasses; pyoxigraph terms carry .value)."""
    if t is None:
        return None
    if isinstance(t, str):
        return str(t)
    return str(t.value)


class ServiceRefusedError(ConfigError):
    """A query asked for a federated SERVICE call, which kg refuses by default."""


# what is no keyword in a SPARQL text: long and short strings (with escapes), IRIs, comments
_NOT_KEYWORDS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                           r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
                           r'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)
_SERVICE = re.compile(r"(?<![\w:?$@-])service(?![\w:-])", re.I)


def check_no_service(query: str) -> None:
    """Refuse a query with a ``SERVICE`` clause: federated queries make the engine send HTTP requests to any
    address the query names (a way to reach other services on this machine or its network) and echo what they
    answer. The keyword is looked for outside strings, IRIs and comments, so ``?service``, ``ex:service`` or a
    literal "service" are fine.

    >>> check_no_service('SELECT ?service WHERE { ?service <urn:service> "SERVICE" } # SERVICE')
    >>> check_no_service("SELECT * WHERE { service <http://127.0.0.1:9/> { ?s ?p ?o } }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.query.ServiceRefusedError: federated queries (SERVICE) are refused: they would make this machine send ...
    """
    if _SERVICE.search(_NOT_KEYWORDS.sub(" ", query)):
        raise ServiceRefusedError("federated queries (SERVICE) are refused: they would make this machine send "
                                  "requests to other services")


PARAMS_MARK = "#PARAMS"


def prepare_query(query: str, params: dict[str, str] | None = None) -> str:
    """The SPARQL text of ``query`` (a named query or SPARQL itself) with ``params`` bound as literals in VALUES:
    at each line ``#PARAMS`` if the query has some, else at the start of its WHERE group."""
    nq = named_queries().get(query)
    text = nq.text if nq else query
    binds = _bindings(nq, params or {})
    if binds:
        names = sorted(binds)
        block = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + \
            " ".join(Literal(binds[n]).n3() for n in names) + ") }"
        if PARAMS_MARK in text:  # where the query wants them (inside a subquery that resolves names first)
            return text.replace(PARAMS_MARK, block)
        m = re.search(r"WHERE\s*\{", text, re.I)
        if m is None:
            raise ConfigError("parameters need a query with a WHERE { ... } group")
        text = text[:m.end()] + "\n  " + block + text[m.end():]
    return text


def run_query(out_dir: str | Path, query: str, params: dict[str, str] | None = None,
              engine: str = "oxigraph", allow_service: bool = False) -> tuple[list[str], list[dict[str, str | None]]]:
    """Run a SPARQL SELECT (text, or the name of a named query) over a build; returns (variables, rows).

    The default graph is the union of all named graphs. ``engine``: oxigraph (fast) or rdflib. A federated query
    (SERVICE) is refused unless ``allow_service``."""
    text = prepare_query(query, params)
    if not allow_service:
        check_no_service(text)
    if engine == "rdflib":
        g = load_graph(out_dir)
        try:
            res = g.query(text)
        except Exception as exc:  # rdflib raises pyparsing errors for bad syntax
            raise ConfigError(f"bad SPARQL query: {exc}") from exc
        variables = [str(v) for v in res.vars]
        rows = [{v: _term_str(row[Variable(v)]) for v in variables} for row in res]
        return variables, rows
    if engine != "oxigraph":
        raise UnknownNameError("query engine", engine, list(ENGINES))
    import pyoxigraph as ox

    store = open_store(out_dir)
    try:
        res = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise ConfigError(f"bad SPARQL query: {exc}") from exc
    if not isinstance(res, ox.QuerySolutions):
        raise ConfigError("only SELECT queries are supported here; use `kg serve` for ASK / CONSTRUCT")
    variables = [v.value for v in res.variables]
    rows = [{v: _term_str(sol[v]) for v in variables} for sol in res]
    return variables, rows


# past this size of graph.nq, queries go through the on-disk store instead of loading the graph into memory
ON_DISK_BYTES = 64 * 1024 * 1024


def open_store(out_dir: str | Path, on_disk: bool | None = None):
    """An Oxigraph store holding a build's dataset: loaded into memory for a small graph, or, for a large one
    (``graph.nq`` over ``ON_DISK_BYTES``, or ``on_disk=True``), the on-disk store of :func:`prepare_store`,
    opened read-only, so a query neither reloads the graph nor needs memory for it."""
    import pyoxigraph as ox

    out_dir = Path(out_dir)
    src = _dataset_file(out_dir)
    if on_disk is None:
        on_disk = src.stat().st_size > ON_DISK_BYTES
    if on_disk:
        return ox.Store.read_only(str(prepare_store(out_dir)))
    store = ox.Store()
    store.load(path=str(src), format=ox.RdfFormat.N_QUADS if src.suffix == ".nq" else ox.RdfFormat.TRIG)
    return store


def _dataset_file(out_dir: Path) -> Path:
    for name in ("graph.nq", "graph.trig"):
        if (out_dir / name).exists():
            return out_dir / name
    raise InputError(out_dir / "graph.nq", "no graph here; run `kg build ... --out DIR` first")


def prepare_store(out_dir: str | Path) -> Path:
    """The on-disk Oxigraph store of a build (``out/oxigraph/``), bulk-loaded from its dataset file when missing or
    older than it, and reused by every later query and by ``kg serve``. Built in a temporary folder, then renamed:
    a reader never sees half a store. When ``out/`` cannot be written (a read-only copy of a build), the store is
    made in the system's temporary folder instead."""
    out_dir = Path(out_dir)
    src = _dataset_file(out_dir)
    mark = f"{src.name} {src.stat().st_mtime_ns} {src.stat().st_size}"
    location = out_dir / "oxigraph"
    if _store_is_current(location, mark):
        return location
    try:
        return _load_store(src, location, mark)
    except PermissionError:
        pass
    except OSError as exc:
        if exc.errno != errno.EROFS:
            raise
    key = hashlib.sha256(str(src.resolve()).encode("utf-8")).hexdigest()[:16]
    location = Path(tempfile.gettempdir()) / f"kg-oxigraph-{key}"
    if _store_is_current(location, mark):
        return location
    return _load_store(src, location, mark)


def _store_is_current(location: Path, mark: str) -> bool:
    stamp = location / ".built-from"
    try:
        return stamp.read_text() == mark
    except OSError:
        return False


def _load_store(src: Path, location: Path, mark: str) -> Path:
    import pyoxigraph as ox

    tmp = Path(tempfile.mkdtemp(prefix=".oxigraph.", suffix=".tmp", dir=location.parent))
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(src), format=ox.RdfFormat.N_QUADS if src.suffix == ".nq" else ox.RdfFormat.TRIG)
        store.optimize()
        del store
        (tmp / ".built-from").write_text(mark)
        shutil.rmtree(location, ignore_errors=True)
        tmp.rename(location)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return location


ENTITY_PARAMS = ("entity", "a", "b")  # named-query parameters that name an entity


class UnknownEntityError(ConfigError):
    """A query named an entity the build does not have; says the closest names it has."""


def entities_named(out_dir: str | Path, name: str) -> list[tuple[str, str]]:
    """(IRI, preferred label) of the entities one of whose labels or aliases is ``name``, ignoring case: the rule
    the named queries match names by. Raises UnknownEntityError with the closest names when there is none.

    The check runs before the query, so a typo gives "did you mean" instead of an empty table."""
    import difflib

    _, rows = run_query(out_dir, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                                 "SELECT ?e ?n ?label WHERE { ?e skos:altLabel|skos:prefLabel ?n ; "
                                 "skos:prefLabel ?label }")
    want = name.lower()
    found = sorted({(r["e"], r["label"]) for r in rows if (r["n"] or "").lower() == want})
    if found:
        return found
    by_lower: dict[str, str] = {}
    for r in rows:
        by_lower.setdefault((r["n"] or "").lower(), r["n"])
    close = difflib.get_close_matches(want, list(by_lower), n=5, cutoff=0.6)
    if not close:  # "Putn": close to one word of a longer name ("Vladimir Putin")
        close = [n for n in sorted(by_lower) if any(difflib.SequenceMatcher(None, want, w).ratio() >= 0.75
                                                    for w in n.split())][:5]
    hint = f"; did you mean: {', '.join(by_lower[c] for c in close)}?" if close else \
        "; no name is close (kg stats lists the central entities)"
    raise UnknownEntityError(f"no entity named {name!r} in {out_dir} (names are matched, ignoring case, on an "
                             f"entity's labels and aliases){hint}")


# control characters (ESC, BEL, NUL, ...) and bidirectional overrides: printed raw, text from an article could
# move the cursor, ring the bell or reorder what the terminal shows
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    r"""Text with its control characters escaped, for a terminal.

    >>> _printable("a\x1b[2Jb\x07")
    'a\\x1b[2Jb\\x07'
    """
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else
                            f"\\u{ord(m.group()):04x}", text)


def format_results(variables: list[str], rows: list[dict], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV or JSON."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=variables, lineterminator="\n")
        w.writeheader()
        w.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
        return buf.getvalue()
    if fmt != "table":
        raise UnknownNameError("output format", fmt, ["table", "csv", "json"])
    cells = [[_printable(("" if r[v] is None else str(r[v]).replace("\n", " "))[:80]) for v in variables]
             for r in rows]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(variables)]
    line = lambda vals: "  ".join(x.ljust(w) for x, w in zip(vals, widths)).rstrip()
    return "\n".join([line(variables), line(["-" * w for w in widths]), *map(line, cells),
                      f"({len(rows)} row{'s' if len(rows) != 1 else ''})"]) + "\n"


def load_graph(out_dir: str | Path) -> Graph:
    """The merged graph of a build (``graph.ttl``)."""
    path = Path(out_dir) / "graph.ttl"
    if not path.exists():
        raise InputError(path, "no graph here; run `kg build ... --out DIR` first")
    return Graph().parse(path, format="turtle")


def find_entities(g: Graph, name: str) -> list[URIRef]:
    """Entities whose IRI, label or any alias equals ``name`` once normalised (case, hyphens, spacing)."""
    want = normalise_name(name)
    found = set()
    for s, p, o in g.triples((None, None, None)):
        if p in (SKOS.prefLabel, RDFS.label, SKOS.altLabel) and normalise_name(str(o)) == want:
            found.add(s)
        elif p == RDF.type and normalise_name(str(s).rsplit("/", 1)[-1]) == want:
            found.add(s)
    return sorted(e for e in found if (e, KG.mention, None) in g)


def explain_entity(g: Graph, iri: URIRef) -> dict:
    """Names, type, Wikidata id and mentions (article, offsets, text, link reason) of one entity."""
    mentions = []
    for m in g.objects(iri, KG.mention):
        art = g.value(m, KG.inArticle)
        mentions.append({"article": unquote(str(art).rsplit("/", 1)[-1]), "start": int(g.value(m, KG.startOffset)),
                         "end": int(g.value(m, KG.endOffset)), "text": str(g.value(m, KG.mentionText)),
                         "reason": str(g.value(m, KG.linkReason))})
    mentions.sort(key=lambda m: (m["article"], m["start"]))
    types = sorted(str(t).rsplit("/", 1)[-1] for t in g.objects(iri, RDF.type))
    same = [str(o) for o in g.objects(iri, OWL.sameAs)]
    return {"iri": str(iri), "label": str(g.value(iri, SKOS.prefLabel)), "types": types,
            "wikidata": same[0].rsplit("/", 1)[-1] if same else None,
            "labels": sorted(f"{o} @{o.language}" for o in g.objects(iri, RDFS.label)),
            "aliases": sorted(str(o) for o in g.objects(iri, SKOS.altLabel)), "mentions": mentions}
