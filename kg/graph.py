"""RDF graph: one named graph per article (its metadata and statements) plus a graph of entities.

Each statement is a node with subject, relation, object (entity or language-tagged text), polarity, modality,
date, confidence and provenance; when both ends are entities a direct edge ``subject kg:<relation> object`` is added
too. IRIs are deterministic: statement ids hash the article id, offsets, relation and both ends.

The graph is made as Oxigraph terms, one :class:`GraphChunk` (named graph) at a time, so a build never holds the
whole graph in memory: the exports stream chunk by chunk (see :mod:`kg.export` and
docs/decisions/0007-streamed-graph-and-exports.md). :func:`build_dataset` gives the same graph as an rdflib
``Dataset`` for code that wants rdflib's API on a small graph.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Namespace
from rdflib.namespace import PROV

from kg.model import Article, Entity, Statement
from kg.ontology import DATA, KG

__all__ = ["LinkedStatement", "statement_id", "article_local_name", "article_iri", "article_graph", "GraphChunk",
           "graph_chunks", "build_dataset", "PREFIXES", "SCHEMA", "WD", "ENTITY_GRAPH", "TYPE_CLASS"]

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ENTITY_GRAPH = DATA["graph/entities"]
TYPE_CLASS = {"PER": SCHEMA.Person, "ORG": SCHEMA.Organization, "GPE": SCHEMA.Country, "LOC": SCHEMA.Place,
              "MISC": SCHEMA.Thing}
# prefixes of the Turtle / TriG exports; our own ids stay full IRIs
PREFIXES = {"kg": str(KG._NS), "schema": str(SCHEMA), "prov": str(PROV), "skos": str(SKOS), "owl": str(OWL),
            "wd": str(WD), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)}


# the predicates and classes written, as Oxigraph terms made once (attribute access on rdflib namespaces is slow)
P = SimpleNamespace(
    kg_Mention=ox.NamedNode(str(KG.Mention)),
    kg_Statement=ox.NamedNode(str(KG.Statement)),
    kg_attributedTo=ox.NamedNode(str(KG.attributedTo)),
    kg_confidence=ox.NamedNode(str(KG.confidence)),
    kg_date=ox.NamedNode(str(KG.date)),
    kg_endOffset=ox.NamedNode(str(KG.endOffset)),
    kg_extractor=ox.NamedNode(str(KG.extractor)),
    kg_inArticle=ox.NamedNode(str(KG.inArticle)),
    kg_linkReason=ox.NamedNode(str(KG.linkReason)),
    kg_mention=ox.NamedNode(str(KG.mention)),
    kg_mentionText=ox.NamedNode(str(KG.mentionText)),
    kg_modality=ox.NamedNode(str(KG.modality)),
    kg_nlpBackend=ox.NamedNode(str(KG.nlpBackend)),
    kg_object=ox.NamedNode(str(KG.object)),
    kg_objectText=ox.NamedNode(str(KG.objectText)),
    kg_polarity=ox.NamedNode(str(KG.polarity)),
    kg_relation=ox.NamedNode(str(KG.relation)),
    kg_relationText=ox.NamedNode(str(KG.relationText)),
    kg_role=ox.NamedNode(str(KG.role)),
    kg_rule=ox.NamedNode(str(KG.rule)),
    kg_mentions=ox.NamedNode(str(KG.mentions)),
    kg_sentenceText=ox.NamedNode(str(KG.sentenceText)),
    kg_startOffset=ox.NamedNode(str(KG.startOffset)),
    kg_subject=ox.NamedNode(str(KG.subject)),
    owl_sameAs=ox.NamedNode(str(OWL.sameAs)),
    prov_wasDerivedFrom=ox.NamedNode(str(PROV.wasDerivedFrom)),
    rdf_type=ox.NamedNode(str(RDF.type)),
    rdfs_label=ox.NamedNode(str(RDFS.label)),
    schema_NewsArticle=ox.NamedNode(str(SCHEMA.NewsArticle)),
    schema_datePublished=ox.NamedNode(str(SCHEMA.datePublished)),
    schema_headline=ox.NamedNode(str(SCHEMA.headline)),
    schema_identifier=ox.NamedNode(str(SCHEMA.identifier)),
    schema_inLanguage=ox.NamedNode(str(SCHEMA.inLanguage)),
    schema_publisher=ox.NamedNode(str(SCHEMA.publisher)),
    schema_url=ox.NamedNode(str(SCHEMA.url)),
    skos_altLabel=ox.NamedNode(str(SKOS.altLabel)),
    skos_prefLabel=ox.NamedNode(str(SKOS.prefLabel)),
)


# local names of graphs kg itself writes: an article's id never maps onto one of them
RESERVED_GRAPH_NAMES = frozenset({"entities"})


def _iri_safe(ch: str) -> bool:
    if ch.isascii():
        return ch.isalnum() or ch in "-_.~"
    return unicodedata.category(ch)[0] in "LNM"  # letters, digits, marks: all IRI "ucschar"s (RFC 3987)


def article_local_name(art_id: str) -> str:
    """The article id as one IRI path segment, so any id (a file name with a space, a JSONL id with ``<``, ``"``,
    a newline or NUL) gives a valid IRI: ASCII letters and digits, ``-_.~`` and non-ASCII letters, digits and
    marks are kept, every other character is percent-encoded (its UTF-8 bytes, RFC 3987). ``%`` itself is
    encoded, so two ids never share a name; the id is also kept as a literal (``schema:identifier``). An id that
    would name a graph kg writes itself (``entities``) or a dot segment (``.``, ``..``) has its first character
    encoded.

    >>> article_local_name("000_bea82d26"), article_local_name("my article"), article_local_name('x> . <y')
    ('000_bea82d26', 'my%20article', 'x%3E%20.%20%3Cy')
    >>> article_local_name("Bắc Hàn/2024"), article_local_name("entities"), article_local_name("..")
    ('Bắc%20Hàn%2F2024', '%65ntities', '%2E.')
    """
    out = "".join(ch if _iri_safe(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
                  for ch in art_id)
    if out in RESERVED_GRAPH_NAMES or not out.strip("."):
        out = f"%{ord(out[0]):02X}" + out[1:]
    return out


def article_iri(art_id: str) -> str:
    return str(DATA[f"article/{article_local_name(art_id)}"])


def article_graph(art_id: str) -> str:
    """The named graph holding one article's metadata and statements."""
    return str(DATA[f"graph/{article_local_name(art_id)}"])


@dataclass(frozen=True)
class LinkedStatement:
    """A statement with its ends linked to entity IRIs."""

    id: str
    st: Statement
    subject_iri: str
    object_iri: str | None
    attributed_iri: str | None
    mention_iris: tuple[str, ...] = ()  # the entities of st.mentions, in the same order


def statement_id(st: Statement) -> str:
    obj = f"{st.object.start}:{st.object.end}" if st.object else (st.object_text or "")
    raw = "|".join([st.article, str(st.sent_start), str(st.sent_end), st.relation, st.polarity,
                    f"{st.subject.start}:{st.subject.end}", obj])
    return "s" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


@dataclass
class GraphChunk:
    """One named graph: ``triples`` in the order written; ``union`` the same graph's share of the merged
    (union) graph, where each direct edge appears once, after its subject's own triples."""

    name: ox.NamedNode
    triples: list[ox.Triple] = field(default_factory=list)
    union: list[ox.Triple] = field(default_factory=list)


class _Terms:
    """Oxigraph terms, memoised where they repeat (entity IRIs, predicates, relation ids)."""

    def __init__(self):
        self._iris: dict[str, ox.NamedNode] = {}
        self._kg: dict[str, ox.NamedNode] = {}
        self.xsd_date, self.xsd_ym = ox.NamedNode(str(XSD.date)), ox.NamedNode(str(XSD.gYearMonth))
        self.xsd_int, self.xsd_dec = ox.NamedNode(str(XSD.integer)), ox.NamedNode(str(XSD.decimal))
        self.xsd_uri = ox.NamedNode(str(XSD.anyURI))

    def iri(self, value) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(str(value))
        return node

    def kg(self, name: str) -> ox.NamedNode:
        """A term of the kg vocabulary (relation, polarity, modality); an unknown name fails (closed namespace)."""
        node = self._kg.get(name)
        if node is None:
            node = self._kg[name] = ox.NamedNode(str(KG[name]))
        return node

    def date(self, d: str) -> ox.Literal:
        return ox.Literal(d, datatype=self.xsd_date if len(d) == 10 else self.xsd_ym)

    def int(self, n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=self.xsd_int)


def _entity_triples(t: _Terms, e: Entity, mentions: list[tuple]) -> tuple[list, list]:
    """(the entity's own triples, its mention nodes' triples)."""
    T = ox.Triple
    node = t.iri(e.iri)
    own = [T(node, P.rdf_type, t.iri(TYPE_CLASS.get(e.type, SCHEMA.Thing))),
           T(node, P.skos_prefLabel, ox.Literal(e.label))]
    own += [T(node, P.rdfs_label, ox.Literal(label, language=lang)) for lang, label in e.labels]
    own += [T(node, P.skos_altLabel, ox.Literal(alias)) for alias in e.aliases]
    if e.wikidata:
        own.append(T(node, P.owl_sameAs, t.iri(WD[e.wikidata])))
    ments = []
    for art_id, text, start, end, reason in sorted(set(mentions)):
        mn = ox.NamedNode(f"{e.iri}/mention/{article_local_name(art_id)}/{start}-{end}")
        own.append(T(node, P.kg_mention, mn))
        ments += [T(mn, P.rdf_type, P.kg_Mention), T(mn, P.kg_inArticle, t.iri(article_iri(art_id))),
                  T(mn, P.kg_mentionText, ox.Literal(text)), T(mn, P.kg_startOffset, t.int(start)),
                  T(mn, P.kg_endOffset, t.int(end)), T(mn, P.kg_linkReason, ox.Literal(reason))]
    return own, ments


def _article_triples(t: _Terms, art: Article, statements: list[LinkedStatement], backend: str | None
                     ) -> tuple[list, list]:
    """(the article's and its statements' triples, its direct entity-to-entity edges)."""
    T = ox.Triple
    a = t.iri(article_iri(art.id))
    out = [T(a, P.rdf_type, P.schema_NewsArticle), T(a, P.schema_identifier, ox.Literal(art.id)),
           T(a, P.schema_inLanguage, ox.Literal(art.lang))]
    if art.url:
        out.append(T(a, P.schema_url, ox.Literal(art.url, datatype=t.xsd_uri)))
    if art.title:
        out.append(T(a, P.schema_headline, ox.Literal(art.title, language=art.lang)))
    if art.published:
        out.append(T(a, P.schema_datePublished, t.date(art.published)))
    if art.source:
        out.append(T(a, P.schema_publisher, ox.Literal(art.source)))
    if backend:
        out.append(T(a, P.kg_nlpBackend, ox.Literal(backend)))
    edges = []
    for ls in sorted(statements, key=lambda x: x.id):
        st, s, subj = ls.st, ox.NamedNode(str(DATA[f"statement/{ls.id}"])), t.iri(ls.subject_iri)
        out += [T(s, P.rdf_type, P.kg_Statement), T(s, P.kg_subject, subj),
                T(s, P.kg_relation, t.kg(st.relation)),
                T(s, P.kg_relationText, ox.Literal(st.relation_text, language=st.lang))]
        if ls.object_iri:
            out.append(T(s, P.kg_object, t.iri(ls.object_iri)))
            edges.append(T(subj, t.kg(st.relation), t.iri(ls.object_iri)))
        if st.object_text:
            out.append(T(s, P.kg_objectText, ox.Literal(st.object_text, language=st.lang)))
        out += [T(s, P.kg_polarity, t.kg(st.polarity)), T(s, P.kg_modality, t.kg(st.modality))]
        if ls.attributed_iri:
            out.append(T(s, P.kg_attributedTo, t.iri(ls.attributed_iri)))
        for iri in sorted(set(ls.mention_iris)):
            out.append(T(s, P.kg_mentions, t.iri(iri)))
        if st.role:
            out.append(T(s, P.kg_role, ox.Literal(st.role, language="en")))
        if st.date:
            out.append(T(s, P.kg_date, t.date(st.date)))
        out += [T(s, P.kg_confidence, ox.Literal(f"{st.confidence:.3f}", datatype=t.xsd_dec)),
                T(s, P.prov_wasDerivedFrom, a),
                T(s, P.kg_sentenceText, ox.Literal(st.sentence_text, language=st.lang)),
                T(s, P.kg_startOffset, t.int(st.sent_start)), T(s, P.kg_endOffset, t.int(st.sent_end)),
                T(s, P.kg_extractor, ox.Literal(st.extractor))]
        rule = dict(st.extra).get("rule")
        if rule:
            out.append(T(s, P.kg_rule, ox.Literal(rule)))
    return out, sorted(set(edges), key=str)


def graph_chunks(articles: list[Article], statements: list[LinkedStatement], entities: dict[str, Entity],
                 backends: dict[str, str], mentions: dict[str, list[tuple]] | None = None) -> Iterator[GraphChunk]:
    """The build's graph, one named graph at a time: the entity graph, then each article's graph by article id.

    ``mentions``: entity IRI -> (article id, text, start, end, link reason), recorded so merges can be explained.
    Only the chunk being written is in memory; the order is fixed, so every export is byte-identical across runs."""
    t = _Terms()
    by_article: dict[str, list[LinkedStatement]] = defaultdict(list)
    edges_of: dict[str, set[tuple[str, str]]] = defaultdict(set)  # subject -> (relation, object), for the union
    for ls in statements:
        by_article[ls.st.article].append(ls)
        if ls.object_iri:
            edges_of[ls.subject_iri].add((ls.st.relation, ls.object_iri))
    chunk = GraphChunk(t.iri(ENTITY_GRAPH))
    for iri, e in sorted(entities.items()):
        own, ments = _entity_triples(t, e, (mentions or {}).get(iri, []))
        edges = [ox.Triple(t.iri(iri), t.kg(rel), t.iri(obj)) for rel, obj in sorted(edges_of.get(iri, ()))]
        chunk.triples += own + ments
        chunk.union += own + edges + ments
    yield chunk
    for art in sorted(articles, key=lambda a: a.id):
        triples, edges = _article_triples(t, art, by_article.get(art.id, []), backends.get(art.lang))
        yield GraphChunk(t.iri(article_graph(art.id)), triples + edges, triples)


def build_dataset(articles: list[Article], statements: list[LinkedStatement], entities: dict[str, Entity],
                  backends: dict[str, str], mentions: dict[str, list[tuple]] | None = None) -> Dataset:
    """The same graph as an rdflib ``Dataset`` (in memory: for small graphs and rdflib's API)."""
    quads = [ox.Quad(tr.subject, tr.predicate, tr.object, c.name)
             for c in graph_chunks(articles, statements, entities, backends, mentions) for tr in c.triples]
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    ds.bind("kgd", str(DATA))
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return ds
