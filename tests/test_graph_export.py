import json
import re

import rdflib
from rdflib.compare import isomorphic

from kg.export import EXPORTERS, BuildOutput, generate_html, generate_jsonl
from kg.graph import PREFIXES, LinkedStatement, build_dataset, statement_id
from kg.model import Article, Entity, Mention, Statement
from kg.ontology import DATA, KG

E = "https://w3id.org/kg-news/id/entity/"
ENTS = {E + "dmitry_peskov": Entity(E + "dmitry_peskov", "Dmitry Peskov", "PER", None, (("vi", "Dmitry Peskov"),), ("Dmitry Peskov",)),
        E + "kremlin": Entity(E + "kremlin", "Kremlin", "ORG", None, (("vi", "Điện Kremlin"),), ("Điện Kremlin",)),
        E + "russia": Entity(E + "russia", "Russia", "GPE", "Q159", (("vi", "Nga"),), ("Nga",))}
SENT = "Người phát ngôn Điện Kremlin Dmitry Peskov nói <script>alert(1)</script> Nga sẽ không dừng."
ART = Article("a1", SENT, "vi", url="https://example.org/a1", title="T", published="2024-01-17", source="VTC News")


def _statements():
    peskov = Mention("Dmitry Peskov", 29, 42, "PER")
    base = dict(article="a1", lang="vi", sentence=0, sent_start=0, sent_end=len(SENT), sentence_text=SENT)
    s1 = Statement(subject=peskov, relation="holds_position", relation_text="Người phát ngôn",
                   object=Mention("Điện Kremlin", 16, 28, "ORG"), object_text=None, role="spokesperson",
                   confidence=0.85, extractor="titles", **base)
    s2 = Statement(subject=peskov, relation="say", relation_text="nói", object=None,
                   object_text="<script>alert(1)</script> Nga sẽ không dừng", polarity="negated", date="2024-01-17",
                   confidence=0.8, extractor="speech", **base)
    return [LinkedStatement(statement_id(s1), s1, E + "dmitry_peskov", E + "kremlin", None),
            LinkedStatement(statement_id(s2), s2, E + "dmitry_peskov", None, None)]


def _out():
    sts = _statements()
    return BuildOutput(sts, ENTS, {ART.id: ART}, {"vi": "hand"})


def test_statement_ids_are_stable_and_distinct():
    a, b = _statements(), _statements()
    assert [x.id for x in a] == [x.id for x in b]
    assert len({x.id for x in a}) == 2 and all(re.fullmatch(r"s[0-9a-f]{16}", x.id) for x in a)


def test_dataset_has_statement_nodes_direct_edge_and_provenance():
    ds = build_dataset([ART], _statements(), ENTS, {"vi": "hand"})
    g = ds.graph(DATA["graph/a1"])
    stmts = set(g.subjects(rdflib.RDF.type, KG.Statement))
    assert len(stmts) == 2
    assert (rdflib.URIRef(E + "dmitry_peskov"), KG.holds_position, rdflib.URIRef(E + "kremlin")) in g
    for s in stmts:
        assert (s, rdflib.PROV.wasDerivedFrom, DATA["article/a1"]) in g
        assert g.value(s, KG.startOffset).toPython() == 0
    said = next(s for s in stmts if g.value(s, KG.relation) == KG.say)
    assert g.value(said, KG.polarity) == KG.negated
    assert g.value(said, KG.date) == rdflib.Literal("2024-01-17", datatype=rdflib.XSD.date)
    assert g.value(said, KG.objectText).language == "vi"
    eg = ds.graph(DATA["graph/entities"])
    assert (rdflib.URIRef(E + "russia"), rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q159")) in eg


def test_jsonl_follows_the_contract():
    recs = [json.loads(line) for line in generate_jsonl(_out()).splitlines()]
    assert len(recs) == 2
    keys = ["id", "article", "lang", "subject", "relation", "object", "polarity", "modality", "attributed_to", "role",
            "date", "sentence", "start", "end", "confidence", "rule", "mentions"]
    assert all(list(r) == keys for r in recs)
    hp = next(r for r in recs if r["relation"]["id"] == "holds_position")
    assert hp["subject"] == {"text": "Dmitry Peskov", "label": "Dmitry Peskov", "name": "Dmitry Peskov",
                             "iri": E + "dmitry_peskov", "type": "PER", "wikidata": None}
    assert hp["object"]["iri"] == E + "kremlin" and hp["role"] == "spokesperson"
    assert hp["object"]["label"] == "Kremlin" and hp["object"]["name"] == "Điện Kremlin"  # its name in the vi article
    say = next(r for r in recs if r["relation"]["id"] == "say")
    assert say["object"] == {"text": "<script>alert(1)</script> Nga sẽ không dừng"} and say["polarity"] == "negated"
    assert say["mentions"] == [] and hp["mentions"] == []  # (these hand-made statements link no mention)
    assert SENT[say["start"]:say["end"]] == say["sentence"]


def test_every_rdf_export_parses_back_to_the_same_graph():
    out = _out()
    ttl = rdflib.Graph().parse(data=EXPORTERS["turtle"].generate(out), format="turtle")
    jl = rdflib.Graph().parse(data=EXPORTERS["jsonld"].generate(out), format="json-ld")
    ds = rdflib.Dataset()
    ds.parse(data=EXPORTERS["trig"].generate(out), format="trig")
    union = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(ttl) > 30
    assert isomorphic(ttl, jl) and isomorphic(ttl, union)
    assert {str(c.identifier) for c in ds.graphs() if len(c)} == {str(DATA["graph/a1"]), str(DATA["graph/entities"])}


def test_nquads_file_holds_exactly_the_dataset_even_with_line_breaks_and_dots_in_literals():
    # graph.nq is written from N-Triples lines with the graph name added (kg.export._nquads): a literal holding
    # " .", a line feed or a quote must not be taken for the end of a line
    text = 'Peskov nói: "Nga sẽ không dừng .\nKhông ." .'
    art = Article("a2", text, "vi", title="dòng 1 .\ndòng 2")
    peskov = Mention("Peskov", 0, 6, "PER")
    st = Statement(subject=peskov, relation="say", relation_text="nói", object=None,
                   object_text='Nga sẽ không dừng .\nKhông .', article="a2", lang="vi", sentence=0, sent_start=0,
                   sent_end=len(text), sentence_text=text, confidence=0.8, extractor="speech")
    out = BuildOutput([LinkedStatement(statement_id(st), st, E + "dmitry_peskov", None, None)], ENTS, {"a2": art},
                      {"vi": "hand"})
    nq = rdflib.Dataset()
    nq.parse(data=EXPORTERS["nquads"].generate(out), format="nquads")
    expected = build_dataset([art], out.statements, ENTS, {"vi": "hand"})
    got = {q for q in nq.quads((None, None, None, None))}
    want = {q for q in expected.quads((None, None, None, None))}
    assert got == want and len(got) > 20
    said = next(nq.graph(DATA["graph/a2"]).subjects(KG.relation, KG.say))
    assert str(nq.graph(DATA["graph/a2"]).value(said, KG.objectText)) == 'Nga sẽ không dừng .\nKhông .'


def test_streamed_rdf_files_of_many_graphs_hold_the_dataset_and_declare_each_prefix_once():
    # each named graph is serialised on its own and the pieces are joined (kg.export._TurtleStream, _JsonLdStream):
    # a second article (a third graph), and literals that look like a directive, a block end or a JSON array end
    tricky = '"x" .\n@prefix evil: <http://evil.example/> .\n} ] [ '
    art2 = Article("a2", "Peskov nói: " + tricky, "vi", title=tricky)
    st = Statement(subject=Mention("Peskov", 0, 6, "PER"), relation="say", relation_text="nói", object=None,
                   object_text=tricky, article="a2", lang="vi", sentence=0, sent_start=0, sent_end=len(art2.text),
                   sentence_text=art2.text, confidence=0.8, extractor="speech")
    sts = _statements() + [LinkedStatement(statement_id(st), st, E + "dmitry_peskov", None, None)]
    out = BuildOutput(sts, ENTS, {ART.id: ART, "a2": art2}, {"vi": "hand"})
    want = build_dataset([ART, art2], sts, ENTS, {"vi": "hand"})
    trig_text, ttl_text = EXPORTERS["trig"].generate(out), EXPORTERS["turtle"].generate(out)
    trig = rdflib.Dataset()
    trig.parse(data=trig_text, format="trig")
    assert {q for q in trig.quads((None, None, None, None))} == {q for q in want.quads((None, None, None, None))}
    union = rdflib.Graph()
    for s, p, o, _ in want.quads((None, None, None, None)):
        union.add((s, p, o))
    ttl = rdflib.Graph().parse(data=ttl_text, format="turtle")
    jl = rdflib.Graph().parse(data=EXPORTERS["jsonld"].generate(out), format="json-ld")
    assert len(union) > 50 and isomorphic(ttl, union) and isomorphic(jl, union)
    for text in (trig_text, ttl_text):
        declared = re.findall(r"^@prefix (\w+):", text, flags=re.MULTILINE)
        assert sorted(declared) == sorted(PREFIXES)  # once each, and the literal's line is no directive
    assert trig_text.count(str(DATA["graph/a2"]) + "> {") == 1


def test_html_is_offline_and_escapes_article_text():
    page = generate_html(_out())
    assert not re.search(r'(?:src|href)="https?://', page)
    assert "<script>alert(1)</script>" not in page
    # html-escaped, then JSON-encoded by pyvis (ensure_ascii): "&lt;" becomes "\\u0026lt;"
    assert "\\u0026lt;script\\u0026gt;alert(1)\\u0026lt;/script\\u0026gt;" in page
    assert "vis-network" in page or "vis.Network" in page
