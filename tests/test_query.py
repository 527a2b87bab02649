"""SPARQL over a build: named queries from rdflib, Oxigraph and the HTTP endpoint agree; SHACL shapes bite."""
import json
import socket
import subprocess
import sys
import time

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import ConfigError, UnknownNameError
from kg.ontology import KG
from kg.query import format_results, load_graph, named_queries, run_query
from kg.validate import validate_graph

from conftest import free_port

# the fake backend tags no verbs, so the inputs are Vietnamese, whose cues need no verb tag
VI1 = ("Ngày 21/10/2024, người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga sẽ tiếp tục hợp tác với Triều Tiên. "
       "Theo hãng tin Reuters, Triều Tiên đã bác bỏ các thông tin này.")
VI2 = "Ngày 17/1/2024, Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại Moskva."
PARAMS = {"who-said": {"entity": "Triều Tiên"}, "relations-between": {"a": "Russie", "b": "Triều Tiên"},
          "timeline": {"entity": "Dmitry Peskov"}}


@pytest.fixture(scope="module")
def built(tmp_path_factory, request):
    from conftest import fake_build

    return fake_build(tmp_path_factory, request, {"vi1.txt": VI1, "vi2.txt": VI2}, "q")


def test_named_queries_give_the_same_answers_from_both_engines(built):
    assert set(named_queries()) == {"who-said", "relations-between", "timeline", "denials", "by-source", "most-connected"}
    nonempty = 0
    for name in named_queries():
        a = run_query(built, name, PARAMS.get(name, {}), engine="oxigraph")
        b = run_query(built, name, PARAMS.get(name, {}), engine="rdflib")
        assert a == b, name
        nonempty += bool(a[1])
    assert nonempty >= 4


def test_a_large_graph_is_queried_through_the_on_disk_store_built_once(built, monkeypatch):
    import shutil

    import kg.query

    in_memory = {name: run_query(built, name, PARAMS.get(name, {})) for name in named_queries()}
    shutil.rmtree(built / "oxigraph", ignore_errors=True)
    monkeypatch.setattr(kg.query, "ON_DISK_BYTES", 0)  # every graph counts as large
    for name in named_queries():
        assert run_query(built, name, PARAMS.get(name, {})) == in_memory[name], name
    stamp = built / "oxigraph" / ".built-from"
    made = stamp.stat().st_mtime_ns
    run_query(built, "denials")
    assert stamp.stat().st_mtime_ns == made  # reused, not rebuilt
    assert not list(built.glob(".*.tmp"))


def test_relations_between_finds_both_directions_by_any_alias(built):
    _, rows = run_query(built, "relations-between", {"a": "North Korea", "b": "Nga"})  # English and Vietnamese names
    assert ("Russia", "cooperate", "North Korea") in {(r["subject"], r["relation"], r["object"]) for r in rows}


def test_parameters_cannot_change_the_query(built):
    evil = 'x" ) } } SELECT * WHERE { ?s ?p ?o } #'
    for engine in ("oxigraph", "rdflib"):
        assert run_query(built, "who-said", {"entity": evil}, engine)[1] == []


def test_parameter_errors(built):
    with pytest.raises(ConfigError, match="needs --param entity"):
        run_query(built, "timeline", {})
    with pytest.raises(ConfigError, match="takes no parameter 'x'"):
        run_query(built, "denials", {"x": "1"})
    with pytest.raises(ConfigError, match="bad SPARQL"):
        run_query(built, "SELECT WHERE {")
    with pytest.raises(UnknownNameError):
        format_results([], [], "xml")


def test_formats(built):
    v, rows = run_query(built, "by-source")
    assert json.loads(format_results(v, rows, "json")) == rows
    assert format_results(v, rows, "csv").splitlines()[0] == "source,language,articles,statements"
    assert format_results(v, rows).splitlines()[-1] == f"({len(rows)} rows)" or len(rows) == 1


def test_nquads_and_trig_load_into_oxigraph_and_match_turtle(built):
    import pyoxigraph as ox

    ttl = load_graph(built)
    for name, fmt in (("graph.nq", ox.RdfFormat.N_QUADS), ("graph.trig", ox.RdfFormat.TRIG),
                      ("graph.ttl", ox.RdfFormat.TURTLE), ("graph.jsonld", ox.RdfFormat.JSON_LD)):
        store = ox.Store()
        store.load(path=str(built / name), format=fmt)
        assert len(store) == len(ttl), name
    ds = rdflib.Dataset()
    ds.parse(built / "graph.nq", format="nquads")
    union = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, ttl)


def test_built_graph_conforms_and_a_broken_one_does_not(built):
    g = load_graph(built)
    ok, report = validate_graph(g)
    assert ok, report
    st = next(g.subjects(rdflib.RDF.type, KG.Statement))
    g.remove((st, KG.polarity, None))
    g.add((st, KG.relation, rdflib.URIRef(str(KG.say) + "x")))  # not a canonical relation
    g.add((st, KG.confidence, rdflib.Literal("1.5", datatype=rdflib.XSD.decimal)))
    ok, report = validate_graph(g)
    assert not ok
    assert "kg:polarity" in report or "polarity" in report
    assert "1.5" in report


def _start_endpoint(built, *extra):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(built), "--port", str(port), "--timeout", "10",
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("kg serve did not listen")


def test_endpoint_answers_like_the_library_and_refuses_updates(built):
    from SPARQLWrapper import JSON, SPARQLWrapper

    proc, url = _start_endpoint(built)
    try:
        client = SPARQLWrapper(f"{url}/query")
        client.setReturnFormat(JSON)
        for name, q in named_queries().items():
            if q.params:
                continue
            client.setQuery(q.text)
            res = client.query().convert()
            rows = [{v: b.get(v, {}).get("value") for v in res["head"]["vars"]} for b in res["results"]["bindings"]]
            assert rows == run_query(built, name)[1], name
        upd = SPARQLWrapper(f"{url}/update")
        upd.setMethod("POST")
        upd.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        with pytest.raises(Exception, match="403|Forbidden|refused|denied"):
            upd.query()
        assert run_query(built, "SELECT ?o WHERE { <urn:a> <urn:b> ?o }")[1] == []
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_endpoint_refuses_answers_over_the_size_limit(built):
    import urllib.error
    import urllib.parse
    import urllib.request

    proc, url = _start_endpoint(built, "--max-result-bytes", "3000")
    try:
        def ask(q):
            req = urllib.request.Request(f"{url}/query?" + urllib.parse.urlencode({"query": q}),
                                         headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(req, timeout=20) as r:
                return r.status, json.loads(r.read())

        status, small = ask("SELECT ?s WHERE { ?s a <%s> } LIMIT 2" % KG.Statement)
        assert status == 200 and len(small["results"]["bindings"]) == 2
        with pytest.raises(urllib.error.HTTPError) as err:
            ask("SELECT * WHERE { ?s ?p ?o }")
        assert err.value.code == 403
        assert "larger than this endpoint's limit of 3000 bytes" in err.value.read().decode()
        # the refusal closes nothing: the next small query is answered
        assert ask("ASK { ?s ?p ?o }")[1]["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_parameters_go_where_the_query_marks_them():
    from kg.query import prepare_query

    text = prepare_query("who-said", {"entity": "Nga"})
    assert text.count('VALUES (?entity) { ("Nga") }') == 1 and "#PARAMS" not in text  # in the one subquery
    plain = prepare_query("SELECT ?x WHERE { ?x ?p ?entity }", {"entity": "Nga"})
    assert plain.startswith('SELECT ?x WHERE {\n  VALUES (?entity) { ("Nga") }')


def test_an_unknown_entity_name_fails_with_the_closest_names(built, capsys):
    from kg.cli import main

    assert main(["query", str(built), "who-said", "--param", "entity=Trieu Tien"]) == 2
    err = capsys.readouterr().err
    assert "no entity named 'Trieu Tien'" in err and "did you mean: Triều Tiên" in err
    assert main(["query", str(built), "timeline", "--param", "entity=Peskv"]) == 2
    assert "did you mean: Peskov" in capsys.readouterr().err  # close to a name of his (the gazetteer's "Peskov")
    assert main(["query", str(built), "who-said", "--param", "entity=triều tiên"]) == 0
    out = capsys.readouterr().out
    assert "(0 rows)" not in out and "Triều Tiên" in out


def test_who_said_about_an_entity_gives_the_same_rows_for_each_of_its_names(built):
    """"About X" follows kg:mentions, the entities linked inside each content: every name of North Korea, in any
    language, finds Peskov's statement whose content names it "Triều Tiên" (and KCNA's denial, said by it)."""
    answers = {name: run_query(built, "who-said", {"entity": name}, "oxigraph")[1]
               for name in ("Triều Tiên", "North Korea", "Corée du Nord", "Bắc Hàn")}
    rows = answers["Triều Tiên"]
    assert all(a == rows for a in answers.values()), {k: len(v) for k, v in answers.items()}
    assert "Dmitry Peskov" in {r["speaker"] for r in rows} and any("Triều Tiên" in r["content"] for r in rows)
