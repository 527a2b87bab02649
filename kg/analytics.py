"""Graph analytics over a build with networkx: central entities, communities, relation counts, GraphML/GEXF.

A build is read back from ``statements.jsonl`` (the statements) and ``graph.ttl`` (entity types, labels and
article metadata), so analytics and views need no rebuild.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Namespace, URIRef

from kg.errors import InputError
from kg.graph import TYPE_CLASS, LinkedStatement
from kg.model import Article, Entity, Mention, Statement
from kg.query import load_graph

__all__ = ["load_build", "entity_nx", "stats", "write_graph_files", "timeline_counts", "timeline_svg"]

SCHEMA = Namespace("https://schema.org/")
CLASS_TYPE = {str(v): k for k, v in TYPE_CLASS.items()}


def _mention(slot: dict) -> Mention:
    return Mention(slot.get("text") or "", 0, 0, slot.get("type") or "MISC")


def _entity_from_graph(g, iri: str) -> Entity:
    from kg.graph import TYPE_CLASS

    node = URIRef(iri)
    label = next((str(o) for o in g.objects(node, SKOS.prefLabel)), iri.rsplit("/", 1)[-1])
    classes = {str(c): t for t, c in TYPE_CLASS.items()}
    typ = next((classes[str(o)] for o in g.objects(node, RDF.type) if str(o) in classes), "MISC")
    return Entity(iri, label, typ)


def load_build(out_dir: str | Path) -> tuple[list[LinkedStatement], dict[str, Entity], dict[str, Article]]:
    """Statements, entities and articles of a build folder."""
    path = Path(out_dir) / "statements.jsonl"
    if not path.exists():
        raise InputError(path, "no statements here; run `kg build ... --out DIR` first")
    g = load_graph(out_dir)
    entities: dict[str, Entity] = {}
    statements = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for slot in (r["subject"], r["object"]):
            if "iri" in slot and slot["iri"] not in entities:
                entities[slot["iri"]] = Entity(slot["iri"], slot["label"], slot["type"], slot.get("wikidata"))
        obj = r["object"]
        st = Statement(article=r["article"], lang=r["lang"], subject=_mention(r["subject"]),
                       relation=r["relation"]["id"],
                       relation_text=r["relation"]["text"], object=_mention(obj) if "iri" in obj else None,
                       object_text=None if "iri" in obj else obj["text"], sentence=0, sent_start=r["start"],
                       sent_end=r["end"], sentence_text=r["sentence"], polarity=r["polarity"], modality=r["modality"],
                       role=r["role"], date=r["date"], confidence=r["confidence"],
                       mentions=tuple(Mention(m["text"], m["start"], m["end"], "MISC") for m in r.get("mentions", ())))
        about = tuple(m["iri"] for m in r.get("mentions", ()))
        for iri in about:  # an entity only named inside contents: its label and type from the graph
            if iri not in entities:
                entities[iri] = _entity_from_graph(g, iri)
        statements.append(LinkedStatement(r["id"], st, r["subject"]["iri"], obj.get("iri"), r["attributed_to"],
                                          about))
    for iri in list(entities):  # richer labels from the graph
        labels = tuple(sorted((o.language, str(o)) for o in g.objects(URIRef(iri), RDFS.label) if o.language))
        aliases = tuple(sorted(str(o) for o in g.objects(URIRef(iri), SKOS.altLabel)))
        e = entities[iri]
        entities[iri] = Entity(e.iri, e.label, e.type, e.wikidata, labels, aliases)
    articles = {}
    for a in g.subjects(RDF.type, SCHEMA.NewsArticle):
        art_id = str(g.value(a, SCHEMA.identifier))
        val = lambda p: (str(g.value(a, p)) if g.value(a, p) is not None else None)
        articles[art_id] = Article(art_id, "", val(SCHEMA.inLanguage) or "", url=val(SCHEMA.url),
                                   title=val(SCHEMA.headline), published=val(SCHEMA.datePublished),
                                   source=val(SCHEMA.publisher))
    return statements, entities, articles


def entity_nx(statements: list[LinkedStatement], entities: dict[str, Entity]):
    """Undirected weighted graph of entities linked by statements (weight = number of statements)."""
    import networkx as nx

    g = nx.Graph()
    for ls in statements:
        for iri in (ls.subject_iri, ls.object_iri):
            if iri and iri not in g:
                e = entities[iri]
                g.add_node(iri, label=e.label, type=e.type)
        if ls.object_iri and ls.object_iri != ls.subject_iri:
            w = g.get_edge_data(ls.subject_iri, ls.object_iri, {"weight": 0})["weight"]
            rels = g.get_edge_data(ls.subject_iri, ls.object_iri, {"relations": ""})["relations"]
            rel_set = sorted(set(filter(None, rels.split(","))) | {ls.st.relation})
            g.add_edge(ls.subject_iri, ls.object_iri, weight=w + 1, relations=",".join(rel_set))
    return g


def stats(statements: list[LinkedStatement], entities: dict[str, Entity], top: int = 10) -> dict:
    """Central entities (degree, PageRank, betweenness), communities, relation counts per language and month."""
    import networkx as nx

    g = entity_nx(statements, entities)
    def label(n):
        return entities[n].label

    def rank(scores):
        return [(label(n), round(v, 4)) for n, v in sorted(scores.items(), key=lambda kv: (-kv[1], label(kv[0])))[:top]]
    out = {"entities": g.number_of_nodes(), "links": g.number_of_edges(), "statements": len(statements)}
    if g.number_of_nodes():
        out["degree"] = rank(nx.degree_centrality(g))
        out["pagerank"] = rank(nx.pagerank(g, weight="weight"))
        out["betweenness"] = rank(nx.betweenness_centrality(g, weight=None))
        comms = nx.community.louvain_communities(g, weight="weight", seed=0)
        out["communities"] = sorted((sorted(label(n) for n in c) for c in comms if len(c) > 1),
                                    key=lambda c: (-len(c), c))
    out["relations_by_language"] = {f"{lang} {rel}": n for (lang, rel), n in
                                    sorted(Counter((ls.st.lang, ls.st.relation) for ls in statements).items())}
    by_month = Counter(((ls.st.date or "undated")[:7], ls.st.relation) for ls in statements)
    out["relations_by_month"] = {f"{m} {rel}": n for (m, rel), n in sorted(by_month.items())}
    return out


def write_graph_files(statements: list[LinkedStatement], entities: dict[str, Entity], graphml: str | None = None,
                      gexf: str | None = None) -> list[str]:
    """GraphML (Cytoscape, yEd) and GEXF (Gephi) of the entity graph."""
    import networkx as nx

    from kg.io import atomic_write_text

    g = entity_nx(statements, entities)
    written = []
    for path, writer in ((graphml, nx.generate_graphml), (gexf, nx.generate_gexf)):
        if path:
            atomic_write_text(path, "\n".join(writer(g)) + "\n")
            written.append(path)
    return written


def timeline_counts(statements: list[LinkedStatement], iri: str) -> dict[str, Counter]:
    """month (YYYY-MM) -> Counter of relations, for the dated statements the entity takes part in."""
    out: dict[str, Counter] = {}
    for ls in statements:
        if ls.st.date and iri in (ls.subject_iri, ls.object_iri):
            out.setdefault(ls.st.date[:7], Counter())[ls.st.relation] += 1
    return dict(sorted(out.items()))


def undated_count(statements: list[LinkedStatement], iri: str) -> int:
    """How many of the entity's event statements have no date (their article gave none to resolve against), and so
    are left out of its timeline. Standing relations (holds_position, part_of, …) never have one and are not
    counted."""
    from kg.extract import UNDATED

    return sum(1 for ls in statements if not ls.st.date and ls.st.relation not in UNDATED
               and iri in (ls.subject_iri, ls.object_iri))


def timeline_svg(statements: list[LinkedStatement], entity: Entity) -> str:
    """A stacked bar chart (SVG) of the entity's statements per month by relation."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    counts = timeline_counts(statements, entity.iri)
    months = list(counts)
    relations = sorted({r for c in counts.values() for r in c})
    fig = Figure(figsize=(max(4, 0.8 * len(months) + 2), 3.2))
    ax = fig.subplots()
    bottom = [0] * len(months)
    for rel in relations:
        vals = [counts[m][rel] for m in months]
        ax.bar(months, vals, bottom=bottom, label=rel)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_title(f"{entity.label}: statements per month")
    ax.set_ylabel("statements")
    if relations:
        ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    buf = io.StringIO()
    # no timestamp and fixed element ids: the same input gives the same file
    with matplotlib.rc_context({"svg.hashsalt": "kg"}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()
