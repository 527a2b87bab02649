"""Reading a built graph back: load ``out/`` and explain an entity (its names, and every mention it was built from
with the reason it was linked).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from kg.errors import InputError
from kg.ontology import KG
from kg.resolve import normalise_name

__all__ = ["load_graph", "find_entities", "explain_entity"]


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
        elif p == RDF.type and normalise_name(str(s).rsplit("/", 1)[-1]) == want.replace(" ", " "):
            found.add(s)
    return sorted(e for e in found if (e, KG.mention, None) in g)


def explain_entity(g: Graph, iri: URIRef) -> dict:
    """Names, type, Wikidata id and mentions (article, offsets, text, link reason) of one entity."""
    mentions = []
    for m in g.objects(iri, KG.mention):
        art = g.value(m, KG.inArticle)
        mentions.append({"article": str(art).rsplit("/", 1)[-1], "start": int(g.value(m, KG.startOffset)),
                         "end": int(g.value(m, KG.endOffset)), "text": str(g.value(m, KG.mentionText)),
                         "reason": str(g.value(m, KG.linkReason))})
    mentions.sort(key=lambda m: (m["article"], m["start"]))
    types = sorted(str(t).rsplit("/", 1)[-1] for t in g.objects(iri, RDF.type))
    same = [str(o) for o in g.objects(iri, OWL.sameAs)]
    return {"iri": str(iri), "label": str(g.value(iri, SKOS.prefLabel)), "types": types,
            "wikidata": same[0].rsplit("/", 1)[-1] if same else None,
            "labels": sorted(f"{o} @{o.language}" for o in g.objects(iri, RDFS.label)),
            "aliases": sorted(str(o) for o in g.objects(iri, SKOS.altLabel)), "mentions": mentions}
