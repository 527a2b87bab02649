"""Exports: Turtle, TriG, JSON-LD, the flat ``statements.jsonl`` and the interactive HTML view.

Each exporter is registered under a name with its file name; ``generate_*`` functions return text and
:func:`write_outputs` writes every file atomically (temporary file, then rename).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, URIRef

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


def _ox_converter():
    """rdflib term -> pyoxigraph term, memoised (IRIs repeat thousands of times)."""
    import pyoxigraph as ox

    memo: dict = {}

    def conv(t):
        hit = memo.get(t)
        if hit is not None:
            return hit
        if isinstance(t, URIRef):
            o = ox.NamedNode(str(t))
        elif isinstance(t, BNode):
            o = ox.BlankNode(str(t))
        elif t.language:
            o = ox.Literal(str(t), language=t.language)
        elif t.datatype is not None:
            o = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        else:
            o = ox.Literal(str(t))
        if len(memo) < 1_000_000:
            memo[t] = o
        return o

    return conv


def _ox_quads(out: BuildOutput) -> list:
    """The dataset as pyoxigraph quads in one fixed order (graph, subject, predicate, object as N-Quads terms), so
    every serialisation is byte-identical across runs. Computed once per build output."""
    cached = out.__dict__.get("_ox_quads")
    if cached is None:
        import pyoxigraph as ox

        conv = _ox_converter()
        cached = [ox.Quad(conv(s), conv(p), conv(o), conv(g)) for s, p, o, g in out.dataset.quads((None, None, None, None))]
        cached.sort(key=lambda q: (str(q.graph_name), str(q)))  # graph first, so TriG writes each graph once
        out.__dict__["_ox_quads"] = cached
    return cached


def _ox_triples(out: BuildOutput) -> list:
    """The union of all named graphs as triples, each once, in a fixed order."""
    triples = {q.triple for q in _ox_quads(out)}
    return sorted(triples, key=str)


def _prefixes(out: BuildOutput) -> dict[str, str]:
    return {p: str(ns) for p, ns in sorted(out.dataset.namespaces()) if p in PREFIXES}


# Serialisation is Oxigraph's (Rust): rdflib's serializers took 85 % of a 1k-article build (docs/BENCHMARKS.md).
PREFIXES = ("kg", "schema", "prov", "skos", "owl", "wd", "rdf", "rdfs", "xsd")  # our own ids stay full IRIs


@register_exporter("turtle", "graph.ttl")
def generate_turtle(out: BuildOutput) -> str:
    import pyoxigraph as ox

    return ox.serialize(_ox_triples(out), format=ox.RdfFormat.TURTLE, prefixes=_prefixes(out)).decode("utf-8")


@register_exporter("trig", "graph.trig")
def generate_trig(out: BuildOutput) -> str:
    import pyoxigraph as ox

    return ox.serialize(_ox_quads(out), format=ox.RdfFormat.TRIG, prefixes=_prefixes(out)).decode("utf-8")


@register_exporter("nquads", "graph.nq")
def generate_nquads(out: BuildOutput) -> str:
    """N-Quads, one quad per line, lines sorted (the format is line-based, so sorting keeps it valid)."""
    import pyoxigraph as ox

    text = ox.serialize(_ox_quads(out), format=ox.RdfFormat.N_QUADS).decode("utf-8")
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))


@register_exporter("jsonld", "graph.jsonld")
def generate_jsonld(out: BuildOutput) -> str:
    """The merged graph as JSON-LD in expanded form (full IRIs, every value an object): the form every JSON-LD
    processor reads without a context; compact it with your own context if you want short keys."""
    import pyoxigraph as ox

    return ox.serialize(_ox_triples(out), format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"


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

