"""RDF graph: one named graph per article (its metadata and statements) plus a default graph of entities.

Each statement is a node with subject, relation, object (entity or language-tagged text), polarity, modality,
date, confidence and provenance; when both ends are entities a direct edge ``subject kg:<relation> object`` is added
too. IRIs are deterministic: statement ids hash the article id, offsets, relation and both ends.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from kg.model import Article, Entity, Statement
from kg.ontology import DATA, KG

__all__ = ["LinkedStatement", "statement_id", "build_dataset", "SCHEMA", "WD", "ENTITY_GRAPH", "TYPE_CLASS"]

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ENTITY_GRAPH = DATA["graph/entities"]
TYPE_CLASS = {"PER": SCHEMA.Person, "ORG": SCHEMA.Organization, "GPE": SCHEMA.Country, "LOC": SCHEMA.Place,
              "MISC": SCHEMA.Thing}


@dataclass(frozen=True)
class LinkedStatement:
    """A statement with its ends linked to entity IRIs."""

    id: str
    st: Statement
    subject_iri: str
    object_iri: str | None
    attributed_iri: str | None


def statement_id(st: Statement) -> str:
    obj = f"{st.object.start}:{st.object.end}" if st.object else (st.object_text or "")
    raw = "|".join([st.article, str(st.sent_start), str(st.sent_end), st.relation, st.polarity,
                    f"{st.subject.start}:{st.subject.end}", obj])
    return "s" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def article_iri(art_id: str) -> URIRef:
    return DATA[f"article/{art_id}"]


def _date_literal(d: str) -> Literal:
    return Literal(d, datatype=XSD.date if len(d) == 10 else XSD.gYearMonth)


def build_dataset(articles: list[Article], statements: list[LinkedStatement], entities: dict[str, Entity],
                  backends: dict[str, str], mentions: dict[str, list[tuple]] | None = None) -> Dataset:
    """``mentions``: entity IRI -> (article id, text, start, end, link reason), recorded so merges can be explained."""
    ds = Dataset()
    for prefix, ns in (("kg", KG._NS), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS), ("owl", OWL),
                       ("wd", WD), ("kgd", DATA)):
        ds.bind(prefix, ns)
    eg = ds.graph(ENTITY_GRAPH)
    for iri, e in sorted(entities.items()):
        node = URIRef(iri)
        eg.add((node, RDF.type, TYPE_CLASS.get(e.type, SCHEMA.Thing)))
        eg.add((node, SKOS.prefLabel, Literal(e.label)))
        for lang, label in e.labels:
            eg.add((node, RDFS.label, Literal(label, lang=lang)))
        for alias in e.aliases:
            eg.add((node, SKOS.altLabel, Literal(alias)))
        if e.wikidata:
            eg.add((node, OWL.sameAs, WD[e.wikidata]))
        for art_id, text, start, end, reason in sorted(set((mentions or {}).get(iri, []))):
            mn = URIRef(f"{iri}/mention/{art_id}/{start}-{end}")
            eg.add((node, KG.mention, mn))
            eg.add((mn, RDF.type, KG.Mention))
            eg.add((mn, KG.inArticle, article_iri(art_id)))
            eg.add((mn, KG.mentionText, Literal(text)))
            eg.add((mn, KG.startOffset, Literal(start)))
            eg.add((mn, KG.endOffset, Literal(end)))
            eg.add((mn, KG.linkReason, Literal(reason)))
    by_article: dict[str, list[LinkedStatement]] = {}
    for ls in statements:
        by_article.setdefault(ls.st.article, []).append(ls)
    for art in sorted(articles, key=lambda a: a.id):
        g = ds.graph(DATA[f"graph/{art.id}"])
        a = article_iri(art.id)
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, SCHEMA.identifier, Literal(art.id)))
        g.add((a, SCHEMA.inLanguage, Literal(art.lang)))
        if art.url:
            g.add((a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.title:
            g.add((a, SCHEMA.headline, Literal(art.title, lang=art.lang)))
        if art.published:
            g.add((a, SCHEMA.datePublished, _date_literal(art.published)))
        if art.source:
            g.add((a, SCHEMA.publisher, Literal(art.source)))
        if art.lang in backends:
            g.add((a, KG.nlpBackend, Literal(backends[art.lang])))
        for ls in sorted(by_article.get(art.id, []), key=lambda x: x.id):
            st, s = ls.st, DATA[f"statement/{ls.id}"]
            g.add((s, RDF.type, KG.Statement))
            g.add((s, KG.subject, URIRef(ls.subject_iri)))
            g.add((s, KG.relation, KG[st.relation]))
            g.add((s, KG.relationText, Literal(st.relation_text, lang=st.lang)))
            if ls.object_iri:
                g.add((s, KG.object, URIRef(ls.object_iri)))
                g.add((URIRef(ls.subject_iri), KG[st.relation], URIRef(ls.object_iri)))
            if st.object_text:
                g.add((s, KG.objectText, Literal(st.object_text, lang=st.lang)))
            g.add((s, KG.polarity, KG[st.polarity]))
            g.add((s, KG.modality, KG[st.modality]))
            if ls.attributed_iri:
                g.add((s, KG.attributedTo, URIRef(ls.attributed_iri)))
            if st.role:
                g.add((s, KG.role, Literal(st.role, lang="en")))
            if st.date:
                g.add((s, KG.date, _date_literal(st.date)))
            g.add((s, KG.confidence, Literal(f"{st.confidence:.3f}", datatype=XSD.decimal)))
            g.add((s, PROV.wasDerivedFrom, a))
            g.add((s, KG.sentenceText, Literal(st.sentence_text, lang=st.lang)))
            g.add((s, KG.startOffset, Literal(st.sent_start)))
            g.add((s, KG.endOffset, Literal(st.sent_end)))
            g.add((s, KG.extractor, Literal(st.extractor)))
    return ds
