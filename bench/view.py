"""Time to a first stable frame of the HTML view in headless Chromium, by graph size.

    python bench/view.py [--sizes 100,300,500,1000,2000,5000] [--edges-per-node 2] [--max-nodes N]

For each size a synthetic news graph (preferential attachment: a few hubs, many entities met once or twice, as in
real builds; one statement per edge, some speech) is turned into graph.html by kg.viz.generate_html, opened from
file:// in Chromium at 1400×900, and timed from navigation start to the first frame drawn with the physics off
(stabilised, or laid out beforehand for big graphs). Also prints the page size and the Python time to write it.
Needs Chromium on PATH and playwright (the test extra).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBE = """network = new vis.Network(container, data, options);
network.on("afterDrawing", function () {
  if (!network.physics.physicsEnabled && window.kgStable === undefined) window.kgStable = performance.now();
});"""


def synthetic(n: int, m: int):
    import networkx as nx

    from kg.graph import LinkedStatement
    from kg.model import Entity, Mention, Statement

    g = nx.barabasi_albert_graph(n, m, seed=1)
    types = ["PER", "ORG", "GPE", "LOC", "MISC"]
    ents = {f"urn:e{i}": Entity(f"urn:e{i}", f"Entity {i}", types[i % 5]) for i in range(n)}
    sts = []
    for k, (a, b) in enumerate(sorted(g.edges())):
        rel = ["meet", "say", "criticize", "visit"][k % 4]
        st = Statement(f"a{k % 200}", "en", Mention(f"Entity {a}", 0, 1, "PER"), rel, rel,
                       None if rel == "say" else Mention(f"Entity {b}", 0, 1, "PER"),
                       f"words about entity {b}" if rel == "say" else None, 0, 0, 1,
                       f"Entity {a} and Entity {b} in one sentence.", date=f"2025-{1 + k % 12:02d}-01")
        sts.append(LinkedStatement(f"s{k}", st, f"urn:e{a}", None if rel == "say" else f"urn:e{b}", None,
                                   (f"urn:e{b}",) if rel == "say" else ()))
    return sts, ents


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,300,500,1000,2000,5000")
    ap.add_argument("--edges-per-node", type=int, default=2)
    ap.add_argument("--max-nodes", type=int, default=None, help="kg viz --max-nodes (default: draw every node)")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no chromium on PATH (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from kg.viz import generate_html

    tmp = Path(tempfile.mkdtemp())
    print("nodes  edges  page MB  write s  first stable frame s")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for n in (int(x) for x in args.sizes.split(",")):
            sts, ents = synthetic(n, args.edges_per_node)
            t0 = time.perf_counter()
            page_html = generate_html(sts, ents, {}, max_nodes=args.max_nodes)
            write_s = time.perf_counter() - t0
            assert "network = new vis.Network(container, data, options);" in page_html
            path = tmp / f"view{n}.html"
            path.write_text(page_html.replace("network = new vis.Network(container, data, options);", PROBE, 1),
                            encoding="utf-8")
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(path.as_uri(), timeout=args.timeout * 1000)
            page.wait_for_function("window.kgStable !== undefined", timeout=args.timeout * 1000, polling=50)
            stable = page.evaluate("window.kgStable") / 1000
            page.close()
            print(f"{n:5d}  {len(sts):5d}  {len(page_html) / 1e6:7.1f}  {write_s:7.2f}  {stable:8.2f}", flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
