"""The interactive HTML view (pyvis, self-contained, works from file:// with no network).

Entities are nodes (colour and shape by type, size by degree centrality); statements between two entities are
edges, aggregated per (subject, relation, object, polarity) with a count; negated ones are red and dashed. Speech
acts and other statements with a text object are listed in their subject's tooltip, and draw a dashed "said about"
edge ("say about", "deny about", …) to each entity their content names, with the quote in the edge's tooltip.
Controls filter edges by relation, language, article, date range and minimum confidence, and find an entity by
name; physics stops once the layout is stable. All article text is HTML-escaped in the page's data and shown as
text, never as markup.

>>> sorted(TYPE_STYLE)
['GPE', 'LOC', 'MISC', 'ORG', 'PER']
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from kg.graph import LinkedStatement
from kg.model import Article, Entity

__all__ = ["MAX_NODES", "TYPE_STYLE", "entity_graph", "generate_html", "select_nodes"]

TYPE_STYLE = {  # type -> (colour, vis-network shape, legend name)
    "PER": ("#e4572e", "dot", "person"),
    "ORG": ("#2e86ab", "square", "organisation"),
    "GPE": ("#17a398", "diamond", "country / city"),
    "LOC": ("#8fbc5a", "triangle", "place"),
    "MISC": ("#a0a0a0", "dot", "other"),
}
MAX_TIP_SENTENCES = 4
MAX_SAID = 8
ABOUT = " about"  # "say about": an edge from a speaker to an entity its content names
# said-about edges by relation: denials and negated speech red, warnings and accusations orange, the rest blue
ABOUT_COLOURS = {"deny": "#d62728", "warn": "#ff7f0e", "accuse": "#ff7f0e", "express_concern": "#ff7f0e"}


@dataclass
class EdgeAgg:
    source: str
    target: str
    relation: str
    negated: bool
    members: list[dict] = field(default_factory=list)  # per statement: lang, article, date, conf, sentence ...


def _article_line(a: Article | None, art_id: str) -> str:
    if a is None:
        return art_id
    bits = [a.title or art_id, a.source or "", a.published or "", a.url or ""]
    return " — ".join(b for b in bits if b)


def entity_graph(statements: list[LinkedStatement], entities: dict[str, Entity], articles: dict[str, Article]):
    """(networkx MultiDiGraph of entity edges, aggregated edges, text statements per subject)."""
    import networkx as nx

    aggs: dict[tuple, EdgeAgg] = {}
    said: dict[str, list[str]] = defaultdict(list)
    g = nx.MultiDiGraph()
    for ls in sorted(statements, key=lambda x: x.id):
        st = ls.st
        member = {"lang": st.lang, "article": st.article, "date": st.date or "", "conf": st.confidence,
                  "sentence": st.sentence_text, "source": _article_line(articles.get(st.article), st.article),
                  "modality": st.modality, "role": st.role or ""}
        g.add_node(ls.subject_iri)
        if ls.object_iri:
            g.add_node(ls.object_iri)
            g.add_edge(ls.subject_iri, ls.object_iri, relation=st.relation)
            key = (ls.subject_iri, st.relation, ls.object_iri, st.polarity)
            aggs.setdefault(key, EdgeAgg(ls.subject_iri, ls.object_iri, st.relation, st.polarity == "negated"))
            aggs[key].members.append(member)
        else:
            neg = " (negated)" if st.polarity == "negated" else ""
            said[ls.subject_iri].append(f"{st.relation}{neg}: {st.object_text[:160]} — {st.article}")
            # a speech act is drawn too: an edge to each entity its content names ("said about"), with the quote
            for about in dict.fromkeys(ls.mention_iris):
                if about == ls.subject_iri:
                    continue
                g.add_node(about)
                g.add_edge(ls.subject_iri, about, relation=st.relation + ABOUT)
                key = (ls.subject_iri, st.relation + ABOUT, about, st.polarity)
                aggs.setdefault(key, EdgeAgg(ls.subject_iri, about, st.relation + ABOUT, st.polarity == "negated"))
                aggs[key].members.append(dict(member, quote=st.object_text[:200]))
    return g, list(aggs.values()), said


def select_nodes(g, max_nodes: int | None = None, around: list[str] | None = None, depth: int = 2) -> set[str]:
    """The nodes to draw: all; the ``max_nodes`` most central; or the ego graph of ``around`` to ``depth``."""
    import networkx as nx

    und = nx.Graph(g)
    if around:
        keep: set[str] = set()
        for center in around:
            if center in und:
                keep |= set(nx.ego_graph(und, center, radius=depth))
        return keep
    if max_nodes is None or und.number_of_nodes() <= max_nodes:
        return set(und.nodes)
    cent = nx.degree_centrality(und)
    return set(sorted(cent, key=lambda n: (-cent[n], n))[:max_nodes])


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def generate_html(statements: list[LinkedStatement], entities: dict[str, Entity], articles: dict[str, Article],
                  max_nodes: int | None = None, around: list[str] | None = None, depth: int = 2) -> str:
    import networkx as nx
    from pyvis.network import Network

    g, aggs, said = entity_graph(statements, entities, articles)
    keep = select_nodes(g, MAX_NODES if max_nodes is None else max_nodes, around, depth)
    und = nx.Graph(g)
    cent = nx.degree_centrality(und) if und.number_of_nodes() > 1 else {n: 0.0 for n in und}
    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    for iri in sorted(keep):
        e = entities[iri]
        colour, shape, kind = TYPE_STYLE.get(e.type, TYPE_STYLE["MISC"])
        lines = [f"{e.label} ({kind})"] + [f"{lang}: {lab}" for lang, lab in e.labels if lab != e.label][:3]
        items = said.get(iri, [])
        lines += items[:MAX_SAID] + ([f"… and {len(items) - MAX_SAID} more"] if len(items) > MAX_SAID else [])
        badge = f"\n{len(items)} said" if items else ""  # a speaker's statements, drawn or not
        net.add_node(iri, label=e.label + badge, title=_esc("\n".join(lines)), color=colour, shape=shape,
                     size=10 + 40 * cent.get(iri, 0.0), kgType=e.type, kgSearch=_esc(" | ".join((e.label, *e.aliases))))
    for k, (pair, group) in enumerate(_pairs(aggs, keep)):
        net.add_edge(*pair, id=f"e{k}", **_pair_edge(group, entities))
    big = len(keep) > PHYSICS_MAX_NODES
    if big:  # a big graph is laid out here (igraph, in C) and drawn still: a first frame in seconds, not minutes
        pos = _layout(g, keep)
        for node in net.nodes:
            node.update(pos[node["id"]], physics=False)
    net.set_options(json.dumps({
        # hubs kept apart: strong repulsion, long springs, overlap avoided (chosen by looking at the seed build's
        # picture, bench/screenshot.py); edge labels are not drawn, an edge's tooltip holds its relation and sentences
        "physics": {"enabled": not big, "stabilization": {"iterations": 600},
                    "barnesHut": {"gravitationalConstant": -12000, "springLength": 220, "avoidOverlap": 0.6}},
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": not big},  # the same picture at each opening
        "interaction": {"hover": True, "tooltipDelay": 120},
        "edges": {"font": {"size": 0, "align": "middle"}, "smooth": {"type": "continuous"},
                  "chosen": {"label": True}},
        "nodes": {"font": {"size": 24, "strokeWidth": 4, "strokeColor": "#ffffff"}},  # legible at the fitted scale
    }))
    page = net.generate_html()
    page = re.sub(r'<(?:link|script)[^>]+(?:href|src)="https?://[^"]*"[^>]*>(?:</script>)?\s*', "", page)
    filters = _controls(aggs, articles, keep) + _entity_panel(statements, entities, articles, keep)
    return page.replace("</body>", filters + "\n</body>", 1)


LAYOUT_SEED = 3  # vis-network's layout seed, chosen by looking at the seed build's picture (bench/screenshot.py)
# past this many nodes the layout is computed in Python and the browser's physics is off (bench/view.py measured
# the time to a first stable frame: docs/BENCHMARKS.md)
PHYSICS_MAX_NODES = 300
# nodes drawn by default: 5,000 open to a first stable frame in about 1 s in headless Chromium, the page written
# in 1.5 s (bench/view.py, docs/BENCHMARKS.md); past that the Python side grows fastest (20,000: 19 s)
MAX_NODES = 5000
LABEL_ZOOM = 1.5  # edge labels are drawn from this zoom on


def _pairs(aggs: list[EdgeAgg], keep: set[str]) -> list[tuple[tuple[str, str], list[EdgeAgg]]]:
    """Parallel edges merged: every statement from one entity to another is one drawn edge."""
    by_pair: dict[tuple[str, str], list[EdgeAgg]] = defaultdict(list)
    for a in sorted(aggs, key=lambda a: (a.source, a.target, a.relation, a.negated)):
        if a.source in keep and a.target in keep:
            by_pair[(a.source, a.target)].append(a)
    return sorted(by_pair.items())


def _pair_edge(group: list[EdgeAgg], entities: dict[str, Entity]) -> dict:
    """The drawn edge of one pair: width by the number of statements, style by its main relation, a label listing
    the relations with their counts (drawn when zoomed in or pointed at), a tooltip with the sentences."""
    main = max(group, key=lambda a: (len(a.members), not a.negated, a.relation))
    n = sum(len(a.members) for a in group)
    src, dst = entities[group[0].source].label, entities[group[0].target].label
    tip = [f"{src} → {dst}" + (f"  ({n} statements)" if n > 1 else "")]
    for a in group:
        neg = " (negated)" if a.negated else ""
        tip.append(f"\n— {a.relation}{neg}" + (f" ×{len(a.members)}" if len(a.members) > 1 else ""))
        for m in a.members[:MAX_TIP_SENTENCES]:
            role = f" [{m['role']}]" if m["role"] else ""
            said_it = f"« {m['quote']} »\n" if m.get("quote") else ""
            tip.append(f"{said_it}“{m['sentence']}”{role}\n{m['source']}{' · ' + m['date'] if m['date'] else ''}")
    label = ", ".join(a.relation + (" (negated)" if a.negated else "") + (f" ×{len(a.members)}" if len(a.members) > 1
                                                                          else "") for a in group)
    members = [{"lang": m["lang"], "article": m["article"], "date": m["date"], "conf": m["conf"], "rel": a.relation}
               for a in group for m in a.members]
    about = main.relation.endswith(ABOUT)
    colour = "#d62728" if main.negated else (
        ABOUT_COLOURS.get(main.relation[:-len(ABOUT)], "#4c78a8") if about else "#888888")
    dashed = all(a.negated or a.relation.endswith(ABOUT) for a in group)
    return {"label": label, "title": _esc("\n".join(tip)), "width": 1 + min(n, 6), "color": colour,
            "dashes": dashed, "arrows": "to", "kgRelations": sorted({a.relation for a in group}), "kgMembers": members}


def _layout(g, keep: set[str]) -> dict[str, dict]:
    """Node positions for a big graph: igraph's Fruchterman-Reingold on a grid (seeded, so the same picture each
    time), scaled so that an edge is about a node's label long."""
    import random

    import igraph as ig

    nodes = sorted(keep)
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted({(index[u], index[v]) for u, v in g.edges() if u in index and v in index and u != v})
    ig.set_random_number_generator(random.Random(LAYOUT_SEED))
    coords = ig.Graph(n=len(nodes), edges=edges).layout_fruchterman_reingold(grid=True, niter=300).coords
    return {n: {"x": round(x * 60, 1), "y": round(y * 60, 1)} for n, (x, y) in zip(nodes, coords)}
MAX_PANEL = 60  # statements listed per entity and side (said by it / about it)


def panel_data(statements: list[LinkedStatement], entities: dict[str, Entity], articles: dict[str, Article],
               keep: set[str]) -> dict[str, dict]:
    """Per drawn entity: the statements it made ("said", with their content or object) and those whose content
    names it ("about"), each with its relation, polarity, modality, date, outlet, article URL and sentence."""
    out: dict[str, dict] = {iri: {"label": entities[iri].label, "said": [], "about": []} for iri in keep}
    for ls in sorted(statements, key=lambda x: (x.st.date or "", x.st.article, x.st.sent_start, x.id)):
        st, art = ls.st, articles.get(ls.st.article)
        item = {"rel": st.relation, "pol": st.polarity, "mod": st.modality, "date": st.date or "",
                "who": entities[ls.subject_iri].label,
                "what": st.object_text if st.object_text else entities[ls.object_iri].label if ls.object_iri else "",
                "source": (art.source or art.title or st.article) if art else st.article,
                "url": (art.url or "") if art else "", "sentence": st.sentence_text}
        if ls.subject_iri in out and len(out[ls.subject_iri]["said"]) < MAX_PANEL:
            out[ls.subject_iri]["said"].append(item)
        for iri in dict.fromkeys(ls.mention_iris):
            if iri in out and iri != ls.subject_iri and len(out[iri]["about"]) < MAX_PANEL:
                out[iri]["about"].append(item)
    return out


def _entity_panel(statements, entities, articles, keep) -> str:
    """The reading view: click an entity (or open the page with #entity=IRI) to list what it said and what was
    said about it, grouped by relation, with links to the articles. All text is set as text, never as markup."""
    data = json.dumps(panel_data(statements, entities, articles, keep), ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return PANEL_TEMPLATE.replace("__DATA__", data)


PANEL_TEMPLATE = """
<style>
 #kg-entity { position:fixed; top:8px; left:8px; width:380px; max-height:calc(100vh - 24px); overflow:auto;
   background:#fff; border:1px solid #ccc; padding:8px; font:12px sans-serif; z-index:11; display:none;
   box-shadow:0 1px 4px rgba(0,0,0,.2) }
 #kg-entity h3 { margin:0 0 4px 0; font-size:14px } #kg-entity h4 { margin:8px 0 2px 0 }
 #kg-entity .kg-item { margin:4px 0 6px 0; border-left:3px solid #4c78a8; padding-left:6px }
 #kg-entity .kg-neg { border-left-color:#d62728 } #kg-entity .kg-meta { color:#555 }
 #kg-entity .kg-sent { color:#333; font-style:italic }
</style>
<div id="kg-entity" role="dialog" aria-label="statements of the selected entity" tabindex="-1">
 <button id="kg-entity-close" aria-label="close" style="float:right">×</button><div id="kg-entity-body"></div>
</div>
<script type="application/json" id="kg-entity-data">__DATA__</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById("kg-entity-data").textContent);
  var box = document.getElementById("kg-entity"), body = document.getElementById("kg-entity-body");
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text;
    if (cls) e.className = cls; return e; }
  function item(s, side) {
    var d = el("div", null, "kg-item" + (s.pol === "negated" ? " kg-neg" : ""));
    var head = (side === "about" ? s.who + " — " : "") + s.rel + (s.pol === "negated" ? " (negated)" : "") +
      (s.mod !== "asserted" ? " [" + s.mod + "]" : "");
    d.appendChild(el("div", head));
    if (s.what) d.appendChild(el("div", "« " + s.what + " »"));
    var meta = el("div", (s.date ? s.date + " · " : ""), "kg-meta");
    if (s.url && /^https?:/.test(s.url)) {
      var a = el("a", s.source); a.href = s.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      meta.appendChild(a);
    } else { meta.appendChild(document.createTextNode(s.source)); }
    d.appendChild(meta);
    d.appendChild(el("div", s.sentence, "kg-sent"));
    return d;
  }
  function section(title, list, side) {
    if (!list.length) return;
    body.appendChild(el("h4", title + " (" + list.length + ")"));
    var byRel = {};
    list.forEach(function (s) { (byRel[s.rel] = byRel[s.rel] || []).push(s); });
    Object.keys(byRel).sort().forEach(function (r) {
      body.appendChild(el("div", r, "kg-meta"));
      byRel[r].forEach(function (s) { body.appendChild(item(s, side)); });
    });
  }
  function open(iri) {
    var e = data[iri]; if (!e) return false;
    body.textContent = "";
    body.appendChild(el("h3", e.label));
    section("Said or did", e.said, "said");
    section("Said about it", e.about, "about");
    if (!e.said.length && !e.about.length) body.appendChild(el("div", "no statement of its own", "kg-meta"));
    box.style.display = "block"; box.focus();
    var p = window.kgView.state(); p.set("entity", iri); window.kgView.setState(p);
    network.selectNodes([iri]);
    return true;
  }
  function close() {
    box.style.display = "none";
    var p = window.kgView.state(); p.delete("entity"); window.kgView.setState(p);
  }
  document.getElementById("kg-entity-close").addEventListener("click", close);
  box.addEventListener("keydown", function (ev) { if (ev.key === "Escape") close(); });
  network.on("click", function (p) { if (p.nodes.length) open(p.nodes[0]); });
  function fromHash() { var iri = window.kgView.state().get("entity"); if (iri) open(iri); }
  window.addEventListener("hashchange", fromHash);
  window.kgView.openEntity = open;
  fromHash();
})();
</script>"""


def _controls(aggs: list[EdgeAgg], articles: dict[str, Article], keep: set[str]) -> str:
    relations = sorted({a.relation for a in aggs if a.source in keep and a.target in keep})
    langs = sorted({m["lang"] for a in aggs for m in a.members})
    arts = sorted({m["article"] for a in aggs for m in a.members})
    months = sorted({m["date"][:7] for a in aggs for m in a.members if m["date"]})
    opt = lambda vals, label=lambda v: v: "".join(f'<option value="{_esc(v)}">{_esc(label(v))}</option>' for v in vals)
    art_label = lambda i: (f"{i} — {articles[i].source}" if i in articles and articles[i].source else i)
    legend = "".join(f'<span class="kg-key"><span class="kg-sw" style="background:{c}"></span>{_esc(n)} ({s})</span>'
                     for c, s, n in TYPE_STYLE.values())
    return f"""
<style>
 #kg-panel {{ position:fixed; top:8px; right:8px; width:250px; background:#fff; border:1px solid #ccc; padding:8px;
   font:12px sans-serif; z-index:10; box-shadow:0 1px 4px rgba(0,0,0,.2) }}
 #kg-panel label {{ display:block; margin-top:6px }} #kg-panel select, #kg-panel input {{ width:100% }}
 .kg-key {{ display:inline-block; margin:2px 6px 2px 0 }}
 .kg-sw {{ display:inline-block; width:10px; height:10px; margin-right:3px }}
 div.vis-tooltip {{ white-space:pre-wrap; max-width:520px }}
</style>
<div id="kg-panel">
 <b>Filter</b>
 <label>Relation <select id="kg-rel" multiple size="5">{opt(relations)}</select></label>
 <label>Language <select id="kg-lang"><option value="">all</option>{opt(langs)}</select></label>
 <label>Article / outlet <select id="kg-art"><option value="">all</option>{opt(arts, art_label)}</select></label>
 <label>Date from <input id="kg-from" type="date"></label><label>to <input id="kg-to" type="date"></label>
 <label>Months <span id="kg-months-text">all</span>
  <input id="kg-m0" type="range" min="0" max="{max(len(months) - 1, 0)}" value="0" aria-label="first month">
  <input id="kg-m1" type="range" min="0" max="{max(len(months) - 1, 0)}" value="{max(len(months) - 1, 0)}"
   aria-label="last month"></label>
 <button id="kg-play" type="button">▶ month by month</button>
 <label>Minimum confidence <input id="kg-conf" type="range" min="0" max="1" step="0.05" value="0"></label>
 <label>Find entity <input id="kg-find" type="search" placeholder="name, any language"></label>
 <div id="kg-count"></div>
 <hr><b>Legend</b><br>{legend}<br><span class="kg-key" style="color:#d62728">- - - negated</span>
</div>
<script>
(function () {{
  var months = {json.dumps(months)}, monthRange = ["", ""];
  function decode(s) {{ var t = document.createElement("textarea"); t.innerHTML = s; return t.value; }}
  function asText(s) {{ var d = document.createElement("div"); d.textContent = decode(s); return d; }}
  nodes.update(nodes.get().map(function (n) {{ return {{id: n.id, title: asText(n.title || "")}}; }}));
  edges.update(edges.get().map(function (e) {{ return {{id: e.id, title: asText(e.title || "")}}; }}));
  network.once("stabilizationIterationsDone", function () {{ network.setOptions({{physics: false}}); }});
  // edge labels: drawn when zoomed in, or on the edge pointed at or selected
  var labelsOn = false;
  network.setOptions({{edges: {{chosen: {{label: function (v) {{ v.size = 12; }}}}}}}});
  network.on("zoom", function () {{
    var on = network.getScale() >= {LABEL_ZOOM};
    if (on !== labelsOn) {{ labelsOn = on; network.setOptions({{edges: {{font: {{size: on ? 12 : 0}}}}}}); }}
  }});
  function memberOk(m, f) {{
    return (!f.lang || m.lang === f.lang) && (!f.art || m.article === f.art) && m.conf >= f.conf &&
           (!f.from || (m.date && m.date >= f.from)) && (!f.to || (m.date && m.date.slice(0, f.to.length) <= f.to)) &&
           (!f.m0 || (m.date && m.date.slice(0, 7) >= f.m0 && m.date.slice(0, 7) <= f.m1));
  }}
  function apply() {{
    var rel = Array.from(document.getElementById("kg-rel").selectedOptions).map(function (o) {{ return o.value; }});
    var f = {{lang: document.getElementById("kg-lang").value, art: document.getElementById("kg-art").value,
             from: document.getElementById("kg-from").value, to: document.getElementById("kg-to").value,
             conf: parseFloat(document.getElementById("kg-conf").value), m0: monthRange[0], m1: monthRange[1]}};
    var shown = 0;
    edges.update(edges.get().map(function (e) {{
      var n = e.kgMembers.filter(function (m) {{
        return (!rel.length || rel.indexOf(m.rel) >= 0) && memberOk(m, f); }}).length;
      shown += n ? 1 : 0;
      return {{id: e.id, hidden: !n, width: 1 + Math.min(n, 6)}};  // the width counts what the filters keep
    }}));
    document.getElementById("kg-count").textContent = shown + " of " + edges.length + " edges shown";
    if (restored) saveState(rel, f);
  }}
  // the view's state in the URL fragment (#entity=…&rel=…&lang=…&m=…): a copied link reopens the same view
  function state() {{ return new URLSearchParams(location.hash.slice(1)); }}
  function setState(p) {{
    var h = p.toString();
    if (h !== location.hash.slice(1)) history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }}
  function saveState(rel, f) {{
    var p = state();
    [["rel", rel.join(",")], ["lang", f.lang], ["art", f.art], ["from", f.from], ["to", f.to],
     ["conf", f.conf > 0 ? String(f.conf) : ""], ["m", f.m0 ? f.m0 + "," + f.m1 : ""]].forEach(function (kv) {{
      if (kv[1]) p.set(kv[0], kv[1]); else p.delete(kv[0]);
    }});
    setState(p);
  }}
  var restored = false;
  function restore() {{
    var p = state(), rel = (p.get("rel") || "").split(",");
    Array.from(document.getElementById("kg-rel").options).forEach(function (o) {{
      o.selected = rel.indexOf(o.value) >= 0; }});
    [["lang", "kg-lang"], ["art", "kg-art"], ["from", "kg-from"], ["to", "kg-to"], ["conf", "kg-conf"]]
      .forEach(function (kv) {{ if (p.get(kv[0])) document.getElementById(kv[1]).value = p.get(kv[0]); }});
    var m = (p.get("m") || "").split(",");
    if (m.length === 2 && months.indexOf(m[0]) >= 0 && months.indexOf(m[1]) >= 0) {{
      document.getElementById("kg-m0").value = months.indexOf(m[0]);
      document.getElementById("kg-m1").value = months.indexOf(m[1]);
      monthRange = [m[0], m[1]];
      document.getElementById("kg-months-text").textContent = m[0] + " – " + m[1];
    }}
    restored = true;
  }}
  ["kg-rel", "kg-lang", "kg-art", "kg-from", "kg-to", "kg-conf"].forEach(function (id) {{
    document.getElementById(id).addEventListener("input", apply);
    document.getElementById(id).addEventListener("change", apply);
  }});
  document.getElementById("kg-find").addEventListener("change", function () {{
    var q = this.value.trim().toLowerCase(); if (!q) return;
    var hit = nodes.get().filter(function (n) {{ return decode(n.kgSearch).toLowerCase().indexOf(q) >= 0; }});
    if (hit.length) {{
      network.selectNodes(hit.map(function (n) {{ return n.id; }}));
      network.focus(hit[0].id, {{scale: 1.2}});
    }}
  }});
  function byMonths() {{
    if (!months.length) return;
    var a = +document.getElementById("kg-m0").value, b = +document.getElementById("kg-m1").value;
    if (a > b) {{ var t = a; a = b; b = t; }}
    var all = a === 0 && b === months.length - 1;
    monthRange = all ? ["", ""] : [months[a], months[b]];  // (the full range keeps undated edges)
    document.getElementById("kg-months-text").textContent = all ? "all" : months[a] + " – " + months[b];
    apply();
  }}
  ["kg-m0", "kg-m1"].forEach(function (id) {{ document.getElementById(id).addEventListener("input", byMonths); }});
  var timer = null;
  document.getElementById("kg-play").addEventListener("click", function () {{
    if (timer) {{ clearInterval(timer); timer = null; return; }}
    var k = 0;
    timer = setInterval(function () {{
      if (k >= months.length) {{ clearInterval(timer); timer = null; return; }}
      document.getElementById("kg-m0").value = k; document.getElementById("kg-m1").value = k; k += 1; byMonths();
    }}, 1200);
  }});
  window.kgView = {{apply: apply, months: months, byMonths: byMonths, state: state, setState: setState}};
  restore();
  apply();
}})();
</script>"""
