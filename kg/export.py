"""Exports: Turtle, TriG, JSON-LD, the flat ``statements.jsonl`` and the interactive HTML view.

Each exporter is registered under a name with its file name; ``generate_*`` functions return text and
:func:`write_outputs` writes every file atomically (temporary file, then rename).
"""
from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.graph import PREFIXES, LinkedStatement, graph_chunks
from kg.io import atomic_write_text, atomic_writer
from kg.model import Article, Entity

__all__ = ["Exporter", "EXPORTERS", "statement_record", "generate_jsonl", "generate_html", "write_outputs",
           "BuildOutput"]


@dataclass(frozen=True)
class BuildOutput:
    """What the exports are made from: the linked statements, entities and articles of a build."""

    statements: list[LinkedStatement]
    entities: dict[str, Entity]
    articles: dict[str, Article] = field(default_factory=dict)
    backends: dict[str, str] = field(default_factory=dict)  # lang -> NLP backend and model version
    mentions: dict[str, list[tuple]] = field(default_factory=dict)  # entity IRI -> mentions (see kg.graph)

    def chunks(self):
        return graph_chunks(list(self.articles.values()), self.statements, self.entities, self.backends,
                            self.mentions)


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


# The RDF files are written in one streamed pass (docs/decisions/0007): each named graph is made, appended to the
# N-Quads file (the dataset) and to an N-Triples file of the union graph (each direct edge once), then dropped.
# TriG is re-serialised from the N-Quads, Turtle and JSON-LD from the N-Triples, all by Oxigraph (Rust), reading
# and writing as they go, so memory does not grow with the graph. Serialising with rdflib took 85 % of a build.
RDF_FORMATS = {"turtle": "TURTLE", "trig": "TRIG", "nquads": "N_QUADS", "jsonld": "JSON_LD"}


def _nquads(ntriples: bytes, graph) -> bytes:
    """Oxigraph's N-Triples lines as N-Quads lines of ``graph``: an N-Quads statement is an N-Triples one with the
    graph name before the final " ." (W3C N-Quads, section 2). Every raw line feed in N-Triples ends a statement
    (literals escape theirs), so each " .\\n" is a statement's end. Saves building a Quad object per triple."""
    return ntriples.replace(b" .\n", f" {graph} .\n".encode("utf-8"))


def write_rdf(out: BuildOutput, targets: dict[str, BinaryIO], scratch: Path) -> None:
    """Serialise the graph into ``targets`` (RDF format name -> binary file); ``scratch``: a folder for the two
    intermediate files, removed afterwards."""
    import pyoxigraph as ox

    scratch.mkdir(parents=True, exist_ok=True)
    nq_path, nt_path = (Path(tempfile.mkstemp(prefix=f".{n}.", suffix=".tmp", dir=scratch)[1]) for n in ("dataset", "union"))
    try:
        with open(nq_path, "wb") as nq, open(nt_path, "wb") as nt:
            for c in out.chunks():
                union = ox.serialize(c.union, format=ox.RdfFormat.N_TRIPLES)
                nt.write(union)
                if c.union_is_head:
                    lines = union + ox.serialize(c.triples[len(c.union):], format=ox.RdfFormat.N_TRIPLES)
                else:
                    lines = ox.serialize(c.triples, format=ox.RdfFormat.N_TRIPLES)
                nq.write(_nquads(lines, c.name))
        for name, fh in targets.items():
            if name == "nquads":
                with open(nq_path, "rb") as src:
                    shutil.copyfileobj(src, fh, 1 << 20)
                continue
            src, fmt = (nq_path, ox.RdfFormat.N_QUADS) if name == "trig" else (nt_path, ox.RdfFormat.N_TRIPLES)
            ox.serialize(ox.parse(path=src, format=fmt), fh, format=getattr(ox.RdfFormat, RDF_FORMATS[name]),
                         prefixes=None if name == "jsonld" else PREFIXES)
            if name == "jsonld":
                fh.write(b"\n")
    finally:
        nq_path.unlink(missing_ok=True)
        nt_path.unlink(missing_ok=True)


def _rdf_text(name: str) -> Callable[[BuildOutput], str]:
    def generate(out: BuildOutput) -> str:
        buf = io.BytesIO()
        with tempfile.TemporaryDirectory() as scratch:
            write_rdf(out, {name: buf}, Path(scratch))
        return buf.getvalue().decode("utf-8")

    generate.__name__ = f"generate_{name}"
    generate.__doc__ = f"The graph as {RDF_FORMATS[name].replace('_', '-')} text (small graphs; builds stream)."
    return generate


for _name, _file in (("turtle", "graph.ttl"), ("trig", "graph.trig"), ("nquads", "graph.nq"), ("jsonld", "graph.jsonld")):
    register_exporter(_name, _file)(_rdf_text(_name))


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
    """Write the named exports (all by default) into ``out_dir``; each file is replaced atomically, and the RDF
    files are streamed (see :func:`write_rdf`)."""
    out_dir = Path(out_dir)
    names = names or list(EXPORTERS)
    rdf = [n for n in names if n in RDF_FORMATS]
    with contextlib.ExitStack() as stack:
        targets = {n: stack.enter_context(atomic_writer(out_dir / EXPORTERS[n].filename)) for n in rdf}
        if targets:
            write_rdf(out, targets, out_dir)
    for name in names:
        if name not in RDF_FORMATS:
            atomic_write_text(out_dir / EXPORTERS[name].filename, EXPORTERS[name].generate(out))
    return [out_dir / EXPORTERS[n].filename for n in names]
