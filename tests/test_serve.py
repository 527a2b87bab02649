"""The endpoint and `kg query` as an attacker would try them (issue #21, part B): no federated requests, no answers
to other sites, runaway queries stopped, no engine process outliving the server, bounded requests."""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.query import ServiceRefusedError, format_results, run_query
from kg.serve import engine_pids_of

from conftest import free_port

VI = ["Ngày 21/10/2024, người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga sẽ tiếp tục hợp tác với Triều Tiên.",
      "Ngày 17/1/2024, Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại Moskva.",
      "Bộ Ngoại giao Hàn Quốc cho biết Seoul quan ngại sâu sắc về việc Triều Tiên gửi binh lính tới Nga.",
      "Ông Peskov nói rằng Nga và Triều Tiên sẽ hợp tác trong mọi lĩnh vực."]
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
           "FILTER(REGEX(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l)), \"zz.*q\")) }")


@pytest.fixture(scope="module")
def built(tmp_path_factory, request):
    from conftest import fake_build

    files = {f"vi{k}.txt": text for k, text in enumerate(VI)}
    files["feed.jsonl"] = json.dumps({"id": "t", "text": VI[0], "title": "Tin \x1b[2J\x07 mới"}) + "\n"
    return fake_build(tmp_path_factory, request, files, "s")


class _Recorder(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        body = b"secret page of another service"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815

    def log_message(self, *a):
        pass


@pytest.fixture
def other_service():
    """A local HTTP service that records whether anything reached it."""
    _Recorder.hits = []
    srv = HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/sparql"
    srv.shutdown()
    srv.server_close()


def _start(built, *extra):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(built), "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the port listens before the engines start: wait for an answer
        if proc.poll() is not None:
            raise AssertionError(f"kg serve exited: {proc.stderr.read()}")
        try:
            if _request(port, "GET", _query_path("ASK {}"))[0] == 200:
                return proc, port
        except OSError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("kg serve did not answer within 60 s")


def _stop(proc):
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=20)


def _request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _query_path(q):
    return "/query?" + urllib.parse.urlencode({"query": q})


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_kg_query_refuses_service_on_both_engines(built, other_service):
    q = f"SELECT * WHERE {{ SERVICE <{other_service}> {{ ?s ?p ?o }} }}"
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(ServiceRefusedError, match="federated queries"):
            run_query(built, q, engine=engine)
    assert _Recorder.hits == []
    # the same query without SERVICE runs
    assert run_query(built, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")[1]


def test_table_output_escapes_control_characters(built):
    variables, rows = run_query(built, "SELECT ?t WHERE { ?s <https://schema.org/headline> ?t }")
    assert rows and "\x1b" in rows[0]["t"]
    table = format_results(variables, rows)
    assert "\x1b" not in table and "\x07" not in table and "\\x1b[2J\\x07" in table


def test_endpoint_refuses_service_foreign_hosts_and_cross_site_requests(built, other_service):
    proc, port = _start(built, "--timeout", "10")
    try:
        q = f"SELECT * WHERE {{ SERVICE <{other_service}> {{ ?s ?p ?o }} }}"
        status, _, text = _request(port, "GET", _query_path(q))
        assert status == 403 and "federated queries (SERVICE) are refused" in text
        status, _, _ = _request(port, "POST", "/query", q.encode(), {"Content-Type": "application/sparql-query"})
        assert status == 403
        status, _, _ = _request(port, "POST", "/query", urllib.parse.urlencode({"query": q}).encode(),
                                {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 403
        assert _Recorder.hits == []
        ok = _query_path("ASK { ?s ?p ?o }")
        status, headers, _ = _request(port, "GET", ok, headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and not any(k.lower().startswith("access-control-") for k in headers)
        # DNS rebinding: a page of evil.example resolved to 127.0.0.1 sends Host: evil.example
        assert _request(port, "GET", ok, headers={"Host": f"evil.example:{port}"})[0] == 403
        assert _request(port, "GET", ok, headers={"Host": f"localhost:{port}"})[0] == 200
        # a cross-origin form post, and what a browser form can send
        form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
        assert _request(port, "POST", "/query", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                       "Origin": "https://evil.example"})[0] == 403
        assert _request(port, "POST", "/query", form, {"Content-Type": "text/plain"})[0] == 415
        assert _request(port, "POST", "/query", form, {"Content-Type": "multipart/form-data; boundary=x"})[0] == 415
        assert _request(port, "GET", ok, headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
        assert _request(port, "POST", "/query", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                       "Origin": f"http://127.0.0.1:{port}"})[0] == 200
        assert _request(port, "GET", "/store")[0] == 403 and _request(port, "GET", "/")[0] == 404
    finally:
        _stop(proc)


def test_endpoint_bounds_bad_request_bodies(built):
    proc, port = _start(built, "--timeout", "10")
    try:
        for length, status in (("abc", 400), ("-5", 400), (str(10 ** 9), 413)):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                s.sendall(f"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                          f"Content-Length: {length}\r\n\r\nASK {{}}".encode())
                answer = s.recv(4096).decode()
                assert answer.startswith(f"HTTP/1.1 {status}"), (length, answer)
        # the server is still answering
        assert _request(port, "GET", _query_path("ASK { ?s ?p ?o }"))[0] == 200
    finally:
        _stop(proc)


def test_a_runaway_query_is_stopped_and_its_engine_replaced(built):
    proc, port = _start(built, "--timeout", "2", "--max-concurrent", "1")
    try:
        [engine] = engine_pids_of(proc.pid)
        t0 = time.monotonic()
        status, _, text = _request(port, "POST", "/query", RUNAWAY.encode(),
                                   {"Content-Type": "application/sparql-query"})
        took = time.monotonic() - t0
        assert status == 503 and "limit of 2 s and was stopped" in text and took < 2 + 5
        deadline = time.monotonic() + 5
        while _alive(engine) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(engine)  # the process that ran it is gone: no core kept busy
        time.sleep(1)
        [fresh] = engine_pids_of(proc.pid)
        before = _cpu_ticks(fresh)
        time.sleep(1)
        assert _cpu_ticks(fresh) - before < 20  # idle (< 0.2 s of CPU in 1 s)
        assert _request(port, "GET", _query_path("ASK { ?s ?p ?o }"))[0] == 200  # and it answers
    finally:
        _stop(proc)


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT", "SIGHUP", "SIGKILL"])
def test_no_engine_process_outlives_the_server(built, how):
    proc, port = _start(built, "--timeout", "10")
    engines = engine_pids_of(proc.pid)
    assert len(engines) == 2 and all(_alive(p) for p in engines)
    os.kill(proc.pid, getattr(signal, how))
    proc.wait(timeout=20)
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in engines) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in engines), how


def test_busy_port_is_a_one_line_error(built):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(built), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and f"cannot listen on 127.0.0.1:{port}" in proc.stderr


def test_store_of_a_read_only_build_goes_to_the_temporary_folder(built, monkeypatch, tmp_path):
    import shutil

    import kg.query

    copy = tmp_path / "ro"
    shutil.copytree(built, copy, ignore=shutil.ignore_patterns("oxigraph"))
    real = kg.query._load_store

    def read_only(src, location, mark):  # (tests run as root, who may write anywhere: the refusal is simulated)
        if location.parent == copy:
            raise PermissionError(13, "Permission denied")
        return real(src, location, mark)

    monkeypatch.setattr(kg.query, "_load_store", read_only)
    location = kg.query.prepare_store(copy)
    assert location.parent != copy and not (copy / "oxigraph").exists()
    assert run_query(copy, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", engine="oxigraph")[1]
    shutil.rmtree(location)


def test_check_no_service_reads_keywords_not_names():
    from kg.query import check_no_service

    for fine in ('SELECT ?service WHERE { ?service ?p "SERVICE <http://x/>" }',
                 "PREFIX service: <urn:s#> SELECT * WHERE { ?s service:p ?o }",
                 "SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE <http://x/> {}",
                 "SELECT * WHERE { ?s ?p '''multi\nSERVICE line''' }"):
        check_no_service(fine)
    for bad in ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                "select * where { service silent <http://127.0.0.1:1/> { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p \"x\" . SeRvIcE ?endpoint { ?s ?p ?o } }"):
        with pytest.raises(ConfigError):
            check_no_service(bad)


def test_answers_are_json_when_asked(built):
    proc, port = _start(built, "--timeout", "10")
    try:
        status, _, text = _request(port, "GET", _query_path("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"),
                                   headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and len(json.loads(text)["results"]["bindings"]) == 2
    finally:
        _stop(proc)
