"""The kg vocabulary as a closed rdflib namespace mirroring ``ontologies/kg.ttl`` (a misspelt term fails).

>>> str(KG.say)
'https://w3id.org/kg-news/ontology#say'
>>> KG.sayy
Traceback (most recent call last):
...
AttributeError: term 'sayy' not in namespace 'https://w3id.org/kg-news/ontology#'
"""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["KG", "ONTOLOGY_IRI", "RELATIONS", "DATA"]

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
DATA = Namespace("https://w3id.org/kg-news/id/")


class KG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/kg-news/ontology#")
    _fail = True

    Statement: URIRef
    Relation: URIRef
    Polarity: URIRef
    Modality: URIRef
    subject: URIRef
    relation: URIRef
    object: URIRef
    objectText: URIRef
    relationText: URIRef
    polarity: URIRef
    modality: URIRef
    attributedTo: URIRef
    role: URIRef
    date: URIRef
    confidence: URIRef
    sentenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    rule: URIRef
    mentions: URIRef
    mentionText: URIRef
    nlpBackend: URIRef
    Mention: URIRef
    mention: URIRef
    inArticle: URIRef
    linkReason: URIRef
    affirmed: URIRef
    negated: URIRef
    asserted: URIRef
    reported: URIRef
    conditional: URIRef
    possible: URIRef
    planned: URIRef
    considered: URIRef
    say: URIRef
    confirm: URIRef
    deny: URIRef
    warn: URIRef
    urge: URIRef
    request: URIRef
    accuse: URIRef
    praise: URIRef
    express_concern: URIRef
    decline_comment: URIRef
    report: URIRef
    meet: URIRef
    talk: URIRef
    visit: URIRef
    sign: URIRef
    summon: URIRef
    cooperate: URIRef
    support: URIRef
    supply: URIRef
    deploy: URIRef
    sanction: URIRef
    holds_position: URIRef
    part_of: URIRef
    located_in: URIRef
    partner_of: URIRef


RELATIONS = ("say", "confirm", "deny", "warn", "urge", "request", "accuse", "praise", "express_concern",
             "decline_comment", "report", "meet", "talk", "visit", "sign", "summon", "cooperate", "support",
             "supply", "deploy", "sanction", "holds_position", "part_of", "located_in", "partner_of")
