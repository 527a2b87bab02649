"""Latency of the named queries at 10k, 100k and 1M statements: rdflib vs Oxigraph.

    python bench/sparql.py OUT_DIR --sizes 10000,100000,1000000 [--rdflib-max 100000] [--memory-max 200000]

OUT_DIR is a build (its graph.nq). Larger graphs are made by copying its article graphs with new article and
statement IRIs until the size is reached; the entities graph is shared, so entities gain statements as a real corpus
would. rdflib loads the graph in memory (skipped above --rdflib-max statements: its memory grows by roughly 1 KB
per triple). Oxigraph bulk-loads it into an on-disk store and optimises it, as ``kg query`` does for a large graph
(``kg.query.prepare_store``), and, up to --memory-max statements, into an in-memory store too. Each query: median
of 3 runs after one warm-up (a query slower than 20 s: that one run), results counted. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
GRAPH_RE = re.compile(r"<([^>]*)> \.\s*$")


def scaled_nquads(src: Path, target: int, dest: Path) -> int:
    """Write ``dest`` with about ``target`` statements by copying the article graphs of ``src``; returns the count."""
    per_graph: dict[str, list[str]] = defaultdict(list)
    for line in src.read_text(encoding="utf-8").splitlines():
        m = GRAPH_RE.search(line)
        per_graph[m.group(1) if m else ""].append(line)
    entity_graphs = [g for g in per_graph if g.endswith("/graph/entities")]
    articles = sorted(g for g in per_graph if g not in entity_graphs)
    counts = {g: sum("ontology#Statement>" in ln and "rdf-syntax-ns#type" in ln for ln in per_graph[g])
              for g in articles}
    total = 0
    with dest.open("w", encoding="utf-8") as f:
        for g in entity_graphs:
            f.write("\n".join(per_graph[g]) + "\n")
        copy = 0
        while total < target:
            for g in articles:
                if total >= target:
                    break
                if copy == 0:
                    f.write("\n".join(per_graph[g]) + "\n")
                else:
                    sfx = f"-c{copy}"
                    for ln in per_graph[g]:
                        ln = re.sub(r"(/id/(?:article|graph)/[^>/]+)", rf"\1{sfx}", ln)
                        ln = re.sub(r"(/id/statement/s[0-9a-f]+)", rf"\1{sfx}", ln)
                        ln = re.sub(r"(/mention/[^>/]+)/", rf"\1{sfx}/", ln)
                        f.write(ln + "\n")
                total += counts[g]
            copy += 1
    return total


def _params(src_dir: Path) -> dict[str, dict[str, str]]:
    """Parameters for the named queries: the two entities with the most statements in the build."""
    from kg.query import run_query

    _, rows = run_query(src_dir, "most-connected")
    names = [r.get("label") or r.get("name") or next(iter(r.values())) for r in rows[:2]]
    a, b = (names + names)[:2]
    return {"who-said": {"entity": a}, "relations-between": {"a": a, "b": b}, "timeline": {"entity": a}}


def _time(fn, runs: int = 3, slow_s: float = 20.0) -> tuple[float, int]:
    t = time.perf_counter()
    n = fn()  # warm-up
    if time.perf_counter() - t > slow_s:  # a slow query is timed once (its warm-up): repeats would take minutes
        return time.perf_counter() - t, n
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        n = fn()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--rdflib-max", type=int, default=100_000)
    ap.add_argument("--memory-max", type=int, default=200_000, help="largest size also timed in an in-memory store")
    a = ap.parse_args(argv)
    import pyoxigraph as ox
    import rdflib

    from kg.query import named_queries, prepare_query

    src = Path(a.out_dir)
    params = _params(src)
    queries = {name: prepare_query(name, params.get(name)) for name in sorted(named_queries())}
    print("| statements | quads | engine | load s | " + " | ".join(queries) + " |")
    print("|---|---|---|---|" + "---|" * len(queries))
    work = Path(tempfile.mkdtemp(prefix="kg-sparql-"))
    try:
        for size in (int(x) for x in a.sizes.split(",")):
            nq = work / f"g{size}.nq"
            n = scaled_nquads(src / "graph.nq", size, nq)
            quads = sum(1 for _ in nq.open(encoding="utf-8"))
            for engine in ("oxigraph (disk)", "oxigraph (memory)"):
                in_memory = engine.endswith("(memory)")
                if in_memory and n > a.memory_max:
                    continue
                t = time.perf_counter()
                store = ox.Store() if in_memory else ox.Store(str(work / f"store{size}"))
                store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
                if not in_memory:
                    store.optimize()  # as kg.query.prepare_store does: fewer files to read per lookup
                load = time.perf_counter() - t
                cells = []
                for q in queries.values():
                    med, rows = _time(lambda store=store, q=q: sum(1 for _ in store.query(
                        q, use_default_graph_as_union=True)))
                    cells.append(f"{med * 1000:,.0f} ms ({rows})")
                print(f"| {n:,} | {quads:,} | {engine} | {load:.1f} | " + " | ".join(cells) + " |", flush=True)
                del store
            if n <= a.rdflib_max:
                t = time.perf_counter()
                ds = rdflib.Dataset(default_union=True)
                ds.parse(nq, format="nquads")
                load = time.perf_counter() - t
                cells = []
                for q in queries.values():
                    med, rows = _time(lambda: sum(1 for _ in ds.query(q)), runs=1)
                    cells.append(f"{med * 1000:,.0f} ms ({rows})")
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"| {n:,} | {quads:,} | rdflib | {load:.1f} | " + " | ".join(cells) +
                      f" |  <!-- peak RSS {rss:,.0f} MB -->", flush=True)
                del ds
            else:
                print(f"| {n:,} | {quads:,} | rdflib | – | " + " | ".join("not run" for _ in queries) + " |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    raise SystemExit(main())
