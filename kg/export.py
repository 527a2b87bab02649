"""Exports: Turtle, TriG, JSON-LD, the flat ``statements.jsonl`` and the interactive HTML view.

Each exporter is registered under a name with its file name; ``generate_*`` functions return text and
:func:`write_outputs` writes every file atomically (temporary file, then rename).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, plugin
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.serializer import Serializer

from kg.graph import LinkedStatement
from kg.io import atomic_write_text
from kg.model import Article, Entity

__all__ = ["Exporter", "EXPORTERS", "statement_record", "generate_jsonl", "generate_html", "write_outputs",
           "BuildOutput"]


@dataclass(frozen=True)
class BuildOutput:
    dataset: Dataset
    statements: list[LinkedStatement]
    entities: dict[str, Entity]
    articles: dict[str, Article] = field(default_factory=dict)


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    generate: Callable[[BuildOutput], str]


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(name: str, filename: str):
    def deco(fn: Callable[[BuildOutput], str]):
        EXPORTERS[name] = Exporter(name, filename, fn)
        return fn

    return deco


class SortedTrigSerializer(TrigSerializer):
    """TriG with named graphs in IRI order (rdflib's own order follows its store's hashing), for byte-identical
    output across runs."""

    def __init__(self, store):
        super().__init__(store)
        self.contexts.sort(key=lambda c: str(c.identifier))


plugin.register("trig-sorted", Serializer, "kg.export", "SortedTrigSerializer")


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@register_exporter("turtle", "graph.ttl")
def generate_turtle(out: BuildOutput) -> str:
    return _union(out.dataset).serialize(format="turtle")


@register_exporter("trig", "graph.trig")
def generate_trig(out: BuildOutput) -> str:
    return out.dataset.serialize(format="trig-sorted")


@register_exporter("nquads", "graph.nq")
def generate_nquads(out: BuildOutput) -> str:
    """N-Quads, one quad per line, lines sorted (the format is line-based, so sorting keeps it valid)."""
    text = out.dataset.serialize(format="nquads")
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))


@register_exporter("jsonld", "graph.jsonld")
def generate_jsonld(out: BuildOutput) -> str:
    ctx = {prefix: str(ns) for prefix, ns in out.dataset.namespaces() if prefix in
           ("kg", "schema", "prov", "skos", "owl", "wd", "kgd", "rdfs", "xsd")}
    doc = json.loads(_union(out.dataset).serialize(format="json-ld", context=ctx))
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda node: str(node.get("@id", "")))
        for node in doc["@graph"]:
            for k, v in node.items():
                if isinstance(v, list):
                    v.sort(key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _slot(e: Entity, text: str) -> dict:
    return {"text": text, "label": e.label, "iri": e.iri, "type": e.type, "wikidata": e.wikidata}


def statement_record(ls: LinkedStatement, entities: dict[str, Entity]) -> dict:
    """One line of statements.jsonl, per ../shared/eval/STATEMENTS_FORMAT.md."""
    st = ls.st
    obj = _slot(entities[ls.object_iri], st.object.text) if ls.object_iri else {"text": st.object_text}
    return {
        "id": ls.id,
        "article": st.article,
        "lang": st.lang,
        "subject": _slot(entities[ls.subject_iri], st.subject.text),
        "relation": {"id": st.relation, "text": st.relation_text},
        "object": obj,
        "polarity": st.polarity,
        "modality": st.modality,
        "attributed_to": ls.attributed_iri,
        "role": st.role,
        "date": st.date,
        "sentence": st.sentence_text,
        "start": st.sent_start,
        "end": st.sent_end,
        "confidence": st.confidence,
    }


@register_exporter("jsonl", "statements.jsonl")
def generate_jsonl(out: BuildOutput) -> str:
    lines = [json.dumps(statement_record(ls, out.entities), ensure_ascii=False, sort_keys=False)
             for ls in sorted(out.statements, key=lambda x: (x.st.article, x.st.sent_start, x.id))]
    return "".join(line + "\n" for line in lines)


@register_exporter("html", "graph.html")
def generate_html(out: BuildOutput) -> str:
    """The interactive entity graph (see kg.viz)."""
    from kg.viz import generate_html as page

    return page(out.statements, out.entities, out.articles)


def write_outputs(out: BuildOutput, out_dir: str | Path, names: list[str] | None = None) -> list[Path]:
    """Write the named exports (all by default) into ``out_dir``; each file is replaced atomically."""
    out_dir = Path(out_dir)
    written = []
    for name in names or list(EXPORTERS):
        ex = EXPORTERS[name]
        path = out_dir / ex.filename
        atomic_write_text(path, ex.generate(out))
        written.append(path)
    return written

