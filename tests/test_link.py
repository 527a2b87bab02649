"""`kg link --wikidata` against a stub of Wikidata's search API on 127.0.0.1 (never the real service in tests)."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from kg.link import LINK_GRAPH, choose, link_build, score_candidate

# what the stub answers, by searched name: a clear person, two namesakes, a place's name that is also a surname
ANSWERS = {
    "Dmitry Peskov": [{"id": "Q900001", "label": "Dmitry Peskov", "description": "Russian diplomat and spokesperson"},
                      {"id": "Q900002", "label": "Peskov", "description": "family name"}],
    "Choe Son Hui": [{"id": "Q900011", "label": "Choe Son Hui", "description": "North Korean politician"},
                     {"id": "Q900012", "label": "Choe Son Hui", "description": "North Korean diplomat"}],
}


class _Stub(BaseHTTPRequestHandler):
    calls: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        q = parse_qs(urlparse(self.path).query)
        assert q["action"] == ["wbsearchentities"] and q["format"] == ["json"]
        name = q["search"][0]
        type(self).calls.append(name)
        body = json.dumps({"search": ANSWERS.get(name, [])}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def stub():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    _Stub.calls = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    server.shutdown()


def test_scores_prefer_an_exact_label_of_the_right_type():
    person = score_candidate("PER", "Dmitry Peskov", ANSWERS["Dmitry Peskov"][0])
    surname = score_candidate("PER", "Dmitry Peskov", ANSWERS["Dmitry Peskov"][1])
    assert person.matched == "label" and person.score >= 1.0 and surname.score == 0.0
    place = score_candidate("GPE", "Dmitry Peskov", ANSWERS["Dmitry Peskov"][0])
    assert place.score < 0.9  # a person's description for a place: not accepted


def test_two_close_namesakes_are_not_linked():
    got = choose("PER", [("Choe Son Hui", "en")], lambda name, lang: ANSWERS.get(name, []))
    assert got is None
    got = choose("PER", [("Dmitry Peskov", "en")], lambda name, lang: ANSWERS.get(name, []))
    assert got is not None and got.qid == "Q900001"


def test_link_a_build_writes_same_as_links_queries_see_and_caches_answers(tmp_path_factory, request, stub):
    from kg.query import run_query

    from conftest import fake_build

    text = ("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga sẽ hợp tác. "
            "Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại Moskva.")
    out = fake_build(tmp_path_factory, request, {"a.txt": text}, "link")
    report = link_build(out, api=stub, min_interval=0)
    assert [(r["entity"].rsplit("/", 1)[-1], r["wikidata"]) for r in report] == [("dmitry_peskov", "Q900001")]
    assert "Vladimir Putin" not in _Stub.calls  # the gazetteer gave him an id already: nothing to ask
    _, rows = run_query(out, "SELECT ?e ?w WHERE { GRAPH <%s> { ?e <http://www.w3.org/2002/07/owl#sameAs> ?w } }"
                        % LINK_GRAPH)
    assert [(r["e"].rsplit("/", 1)[-1], r["w"]) for r in rows] == [
        ("dmitry_peskov", "http://www.wikidata.org/entity/Q900001")]
    assert (out / "wikidata.ttl").read_text(encoding="utf-8").count("owl#sameAs") == 1
    asked = len(_Stub.calls)
    again = link_build(out, api=stub, min_interval=0)  # cached answers, the links not written twice
    assert again == report and len(_Stub.calls) == asked
    assert (out / "graph.nq").read_text(encoding="utf-8").count(LINK_GRAPH) == 1


def test_no_network_is_a_clear_error_and_keeps_the_build(tmp_path_factory, request, capsys):
    from kg.cli import main

    from conftest import fake_build

    out = fake_build(tmp_path_factory, request, {"a.txt": "Dmitry Peskov cho biết Nga sẽ hợp tác."}, "nonet")
    before = (out / "graph.nq").read_bytes()
    assert main(["link", str(out), "--wikidata", "--api", "http://127.0.0.1:9/w/api.php"]) == 2
    assert "could not reach" in capsys.readouterr().err
    assert (out / "graph.nq").read_bytes() == before
