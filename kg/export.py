"""Exports: Turtle, TriG, JSON-LD, the flat ``statements.jsonl`` and the interactive HTML view.

Each exporter is registered under a name with its file name; ``generate_*`` functions return text and
:func:`write_outputs` writes every file atomically (temporary file, then rename).
"""
from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.graph import PREFIXES, LinkedStatement, graph_chunks
from kg.io import StagedWrites, staged_writes
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


# The RDF files are written in one streamed pass (docs/decisions/0007): each named graph is made, serialised by
# Oxigraph (Rust) into each format, appended to the files and dropped, so memory does not grow with the graph.
# N-Quads and TriG hold the dataset (one named graph per chunk), Turtle and JSON-LD the union graph (each direct
# edge once). Serialising with rdflib took 85 % of a build; re-parsing whole files to convert them took 60 % of
# what was left.
RDF_FORMATS = {"turtle": "TURTLE", "trig": "TRIG", "nquads": "N_QUADS", "jsonld": "JSON_LD"}


def _nquads(ntriples: bytes, graph) -> bytes:
    """Oxigraph's N-Triples lines as N-Quads lines of ``graph``: an N-Quads statement is an N-Triples one with the
    graph name before the final " ." (W3C N-Quads, section 2). Every raw line feed in N-Triples ends a statement
    (literals escape theirs), so each " .\\n" is a statement's end. Saves building a Quad object per triple."""
    return ntriples.replace(b" .\n", f" {graph} .\n".encode("utf-8"))


def _split_prefixes(doc: bytes) -> tuple[list[bytes], bytes]:
    """The ``@prefix`` lines Oxigraph's Turtle serialiser writes before the triples, and the triples."""
    i, lines = 0, []
    while doc.startswith(b"@prefix ", i):
        j = doc.index(b"\n", i) + 1
        lines.append(doc[i:j])
        i = j
    return lines, doc[i:]


class _TurtleStream:
    """One Turtle or TriG document from chunks serialised one at a time: each prefix is declared once, before the
    first triples that may use it (a Turtle directive may stand between any two statements, and in TriG between
    any two graph blocks). In TriG each chunk's triples are its named graph's block, ``<name> { ... }``, which holds
    Turtle's triples statements (TriG section 2.2)."""

    def __init__(self, fh: BinaryIO, trig: bool):
        self.fh, self.trig, self.declared = fh, trig, set()

    def write(self, doc: bytes, graph=None) -> None:
        if not doc:
            return
        prefixes, body = _split_prefixes(doc)
        self.fh.write(b"".join(p for p in prefixes if p not in self.declared))
        self.declared.update(prefixes)
        self.fh.write(f"{graph} {{\n".encode() + body + b"}\n" if self.trig else body)


class _JsonLdStream:
    """One JSON-LD document (a top-level array of node objects) from chunks serialised one at a time: the node
    objects of each chunk's array, in order, in one array."""

    def __init__(self, fh: BinaryIO):
        self.fh, self.first = fh, True
        fh.write(b"[")

    def write(self, doc: bytes) -> None:
        if not (doc.startswith(b"[") and doc.endswith(b"]")):
            raise ValueError(f"unexpected JSON-LD from the serialiser: {doc[:40]!r}")
        if len(doc) > 2:
            self.fh.write(doc[1:-1] if self.first else b"," + doc[1:-1])
            self.first = False

    def close(self) -> None:
        self.fh.write(b"]\n")


def write_rdf(out: BuildOutput, targets: dict[str, BinaryIO]) -> None:
    """Serialise the graph into ``targets`` (RDF format name -> binary file), one named graph at a time."""
    import pyoxigraph as ox

    nt, ttl = ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE
    turtle = _TurtleStream(targets["turtle"], trig=False) if "turtle" in targets else None
    trig = _TurtleStream(targets["trig"], trig=True) if "trig" in targets else None
    jsonld = _JsonLdStream(targets["jsonld"]) if "jsonld" in targets else None
    for c in out.chunks():
        if "nquads" in targets:
            targets["nquads"].write(_nquads(ox.serialize(c.triples, format=nt), c.name))
        if trig:
            trig.write(ox.serialize(c.triples, format=ttl, prefixes=PREFIXES), c.name)
        if turtle:
            turtle.write(ox.serialize(c.union, format=ttl, prefixes=PREFIXES))
        if jsonld:
            jsonld.write(ox.serialize(c.union, format=ox.RdfFormat.JSON_LD))
    if jsonld:
        jsonld.close()


def _rdf_text(name: str) -> Callable[[BuildOutput], str]:
    def generate(out: BuildOutput) -> str:
        buf = io.BytesIO()
        write_rdf(out, {name: buf})
        return buf.getvalue().decode("utf-8")

    generate.__name__ = f"generate_{name}"
    generate.__doc__ = f"The graph as {RDF_FORMATS[name].replace('_', '-')} text (small graphs; builds stream)."
    return generate


for _name, _file in (("turtle", "graph.ttl"), ("trig", "graph.trig"), ("nquads", "graph.nq"),
                     ("jsonld", "graph.jsonld")):
    register_exporter(_name, _file)(_rdf_text(_name))


def _slot(e: Entity, text: str, lang: str) -> dict:
    """``name`` is the entity's name in the article's language (its fullest, most used one), so a bare mention
    ("le porte-parole de l'armée") still shows which army it is ("armée soudanaise")."""
    return {"text": text, "label": e.label, "name": dict(e.labels).get(lang, e.label), "iri": e.iri, "type": e.type,
            "wikidata": e.wikidata}


def statement_record(ls: LinkedStatement, entities: dict[str, Entity]) -> dict:
    """One line of statements.jsonl, per ../shared/eval/STATEMENTS_FORMAT.md."""
    st = ls.st
    obj = _slot(entities[ls.object_iri], st.object.text, st.lang) if ls.object_iri else {"text": st.object_text}
    return {
        "id": ls.id,
        "article": st.article,
        "lang": st.lang,
        "subject": _slot(entities[ls.subject_iri], st.subject.text, st.lang),
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
        "rule": dict(st.extra).get("rule"),
        "mentions": [{"text": m.text, "iri": iri, "start": m.start, "end": m.end}
                     for m, iri in zip(st.mentions, ls.mention_iris)],
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


def write_outputs(out: BuildOutput, out_dir: str | Path, names: list[str] | None = None,
                  stage: StagedWrites | None = None) -> list[Path]:
    """Write the named exports (all by default) into ``out_dir``, the RDF files streamed (see :func:`write_rdf`).

    The files are staged in ``stage`` (its caller commits them with the rest of its outputs), or, without one,
    renamed into place together once every file is complete: a failure leaves the previous files as they were."""
    if stage is None:
        with staged_writes() as own:
            return write_outputs(out, out_dir, names, own)
    out_dir = Path(out_dir)
    names = names or list(EXPORTERS)
    rdf = [n for n in names if n in RDF_FORMATS]
    with contextlib.ExitStack() as stack:
        targets = {n: stack.enter_context(stage.writer(out_dir / EXPORTERS[n].filename)) for n in rdf}
        if targets:
            write_rdf(out, targets)
    for name in names:
        if name not in RDF_FORMATS:
            stage.write_text(out_dir / EXPORTERS[name].filename, EXPORTERS[name].generate(out))
    return [out_dir / EXPORTERS[n].filename for n in names]
