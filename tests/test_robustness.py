"""Bad input, crashes, determinism, no network, fuzzing."""
import json
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.config import Config
from kg.errors import InputError
from kg.extract import extract
from kg.gazetteer import load_gazetteer
from kg.ingest import article_from_text, read_file
from kg.nlp.doc import doc_from_annotation
from kg.pipeline import build

from conftest import _fake_load

BAD = Path(__file__).parent / "data" / "bad"
FAKE = Config(backends={"vi": "fake", "fr": "fake", "en": "fake"})
EXPECTED_ERRORS = {
    ("empty.txt", None, "file is empty"),
    ("whitespace.txt", None, "file is empty"),
    ("image.txt", None, "binary file"),
    ("invalid-utf8.txt", 1, "not valid UTF-8"),
    ("scripts.html", None, "no article text"),
    ("batch.jsonl", 2, "malformed JSON"),
    ("batch.jsonl", 3, "no 'text' field"),
    ("german.txt", None, "language 'de' is not supported"),
    ("chinese.txt", None, "language 'zh' is not supported"),
    ("same.txt", None, "duplicate article id 'same'"),
    ("folder.txt", None, "is a directory"),
    ("broken-link.txt", None, "cannot read"),
    ("long-line.txt", None, "article too long"),
}


@pytest.fixture
def bad_corpus(tmp_path):
    d = tmp_path / "bad"
    shutil.copytree(BAD, d, symlinks=True)
    (d / "long-line.txt").write_text("Nga " * 1_300_000, encoding="utf-8")  # a 5 MB single line
    return d


def _reason_matches(err, expected):
    name, line, reason = expected
    return Path(err["file"]).name == name and err["line"] == line and err["reason"].startswith(reason)


def test_every_fault_is_reported_once_and_the_rest_is_built(bad_corpus, tmp_path, fake_backend):
    rep = build([bad_corpus], tmp_path / "out", FAKE)
    for exp in EXPECTED_ERRORS:
        assert sum(_reason_matches(e, exp) for e in rep.errors) == 1, exp
    assert len(rep.errors) == len(EXPECTED_ERRORS)
    built = {json.loads(l)["article"] for l in (tmp_path / "out" / "statements.jsonl").read_text(encoding="utf-8").splitlines()}
    assert rep.articles == 5 and built <= {"jsonl-good", "same", "french-latin1", "mixed", "vietnamese-cp1258"}
    logged = [json.loads(l) for l in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert logged == rep.errors


def test_legacy_encodings_are_read_correctly():
    [vi] = read_file(BAD / "vietnamese-cp1258.txt")
    [fr] = read_file(BAD / "french-latin1.txt")
    assert vi.text.startswith("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết") and vi.lang == "vi"
    assert "a déclaré que la coopération" in fr.text and fr.lang == "fr"


def test_exit_codes_and_fail_fast(bad_corpus, tmp_path, fake_backend, capsys):
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[nlp.backend]\nvi = "fake"\nfr = "fake"\n', encoding="utf-8")
    assert main(["build", str(bad_corpus), "-o", str(tmp_path / "o1"), "--config", str(cfg), "-q"]) == 1
    assert main(["build", str(bad_corpus), "-o", str(tmp_path / "o3"), "--config", str(cfg), "-q", "--keep-going"]) == 1
    assert (tmp_path / "o3" / "graph.ttl").exists()
    assert main(["build", str(bad_corpus), "-o", str(tmp_path / "o2"), "--config", str(cfg), "-q", "--fail-fast"]) == 2
    assert "kg: error:" in capsys.readouterr().err
    assert not (tmp_path / "o2" / "graph.ttl").exists()


CRASH = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from conftest import _fake_load
    from kg.nlp import Backend, register_backend
    import kg.io as kio
    import pyoxigraph as ox
    from kg.config import Config
    from kg.pipeline import build
    register_backend(Backend("fake", ("vi", "fr", "en"), lambda l, s: (True, []), _fake_load, lambda l, s: "fake", lambda l: ""))
    real_text, real_ser, n, m = kio.StagedWrites.write_text, ox.serialize, [0], [0]
    def dying_text(self, path, text):  # statements.jsonl is the 1st text output, graph.html the 2nd
        n[0] += 1
        if {where!r} == "html" and n[0] == 2:  # die after a partial temp file of the HTML page
            tmp = path.parent / ("." + path.name + ".partial.tmp")
            tmp.write_text(text[: len(text) // 2])
            os.kill(os.getpid(), signal.SIGKILL)
        real_text(self, path, text)
    def dying_serialize(*a, **k):  # die while the RDF files are being streamed, some bytes already written
        m[0] += 1
        if {where!r} == "rdf" and m[0] == 4:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_ser(*a, **k)
    kio.StagedWrites.write_text = dying_text
    ox.serialize = dying_serialize
    build([{inp!r}], {out!r}, Config(backends={{"vi": "fake", "fr": "fake"}}))
""")


@pytest.mark.parametrize("where", ["rdf", "html"])
def test_sigkill_while_writing_leaves_previous_outputs_intact(tmp_path, fake_backend, where):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên trong mọi lĩnh vực.", encoding="utf-8")
    out = tmp_path / "out"
    build([inp], out, FAKE)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (inp / "b.txt").write_text("Bà Choe Son Hui nhấn mạnh rằng Triều Tiên sẽ hợp tác với Nga.", encoding="utf-8")
    script = CRASH.format(tests=str(Path(__file__).parent), inp=str(inp), out=str(out), where=where)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    import rdflib

    # the outputs are renamed into place together, once all are complete: killed before that, every output is
    # still the previous build's, none new, none half written
    assert {"graph.ttl", "graph.trig", "graph.nq", "graph.jsonld", "statements.jsonl", "graph.html"} <= set(before)
    for name, data in before.items():
        assert (out / name).read_bytes() == data, name
    assert len(rdflib.Dataset().parse(data=(out / "graph.nq").read_bytes(), format="nquads"))
    assert list(out.glob(".*.tmp"))  # the killed run left its temporary files behind
    rep = build([inp], out, FAKE)
    assert rep.articles == 2 and not list(out.glob(".*.tmp"))


def test_build_makes_no_network_request(tmp_path, monkeypatch, fake_backend):
    def refuse(*a, **k):
        raise AssertionError("network access during build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "p.html").write_text("<html><body><article><p>Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên trong "
                                "mọi lĩnh vực, kể cả những lĩnh vực nhạy cảm.</p></article>"
                                "<img src='https://example.org/x.png'></body></html>", encoding="utf-8")
    rep = build([inp, BAD / "french-latin1.txt"], tmp_path / "out", FAKE)
    assert rep.articles == 2 and not rep.errors


@pytest.mark.models
def test_real_backends_make_no_network_request(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("network access during build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    arts = Path(__file__).resolve().parents[1] / "data" / "articles"
    rep = build([arts / "003_522fb53f6a6fd6fe.txt", arts / "002_a7106049b9dd7f83.txt"], tmp_path, Config())
    assert rep.articles == 2 and not rep.errors and rep.statements > 10


# ---- fuzzing: nothing crashes, offsets stay inside the text

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
PIECES = list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐNTÔƠ áàảãạếềểễệ.,;:!?«»“”\"'()-–\n ") + [
    "Triều Tiên", "Nga", " cho biết ", " nói ", "Peskov", " a déclaré que ", "Kremlin", " không ", " ne pas ",
    "hôm 22/10", "le 21 octobre", "Tổng thống Nga Vladimir Putin", ", ông ", " rằng ", " gặp ", " Il ", "« ", " »"]
vi_fr_text = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
no_surrogates = st.characters(blacklist_categories=("Cs",))


@FUZZ
@given(vi_fr_text)
def test_fuzz_ingest_and_extract(text):
    try:
        art = article_from_text("f", text, "fuzz.txt")
    except InputError:
        return
    doc = doc_from_annotation(art, _fake_load(art.lang, None)(art))
    assert all(0 <= t.start <= t.end <= len(art.text) and art.text[t.start:t.end] == t.text for t in doc.tokens)
    for stmt in extract(doc, load_gazetteer()):
        assert 0 <= stmt.sent_start <= stmt.sent_end <= len(art.text)
        assert art.text[stmt.sent_start:stmt.sent_end] == stmt.sentence_text
        assert stmt.subject.start <= stmt.subject.end <= len(art.text)


@FUZZ
@given(st.lists(st.one_of(st.text(no_surrogates, max_size=80),
                          st.builds(lambda i, t: json.dumps({"id": i, "text": t}), st.text(no_surrogates, max_size=10),
                                    vi_fr_text)), max_size=6))
def test_fuzz_jsonl(tmp_path_factory, lines):
    p = tmp_path_factory.mktemp("j") / "x.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    for item in read_file(p):
        assert isinstance(item, InputError) or item.text


@FUZZ
@given(st.text(no_surrogates, max_size=300).map(lambda t: f"<html><body><p>{t}</p><script>{t}</script></body></html>"))
def test_fuzz_html(tmp_path_factory, page):
    p = tmp_path_factory.mktemp("h") / "x.html"
    p.write_text(page, encoding="utf-8")
    for item in read_file(p):
        assert isinstance(item, InputError) or ("<script>" not in item.text)


INTERRUPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from conftest import _fake_load
    from kg.nlp import Backend, register_backend
    from kg.cli import main
    def slow(lang, s):
        inner = _fake_load(lang, s)
        def annotate(art):
            Path({marker!r}).touch()
            time.sleep(0.5)
            return inner(art)
        return annotate
    register_backend(Backend("fake", ("vi", "fr", "en"), lambda l, s: (True, []), slow, lambda l, s: "fake", lambda l: ""))
    sys.exit(main(["build", {inp!r}, "--out", {out!r}, "--nlp", "fake", "-q"]))
""")


def test_ctrl_c_stops_cleanly_with_a_message(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(20):
        (inp / f"a{i}.txt").write_text(f"Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên lần thứ {i}.", encoding="utf-8")
    out, marker = tmp_path / "out", tmp_path / "started"
    script = INTERRUPT.format(tests=str(Path(__file__).parent), inp=str(inp), out=str(out), marker=str(marker))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(300):
        if marker.exists():
            break
        import time
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    assert not out.exists() or not list(out.glob("graph.*"))  # nothing half-built was written
