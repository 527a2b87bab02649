"""Faults a careless user or an attacker brings (issue #21, part A and C): ids that are no IRI, fields of the wrong
type, broken encodings, output folders that are not kg's, two builds at once, a full disk, a damaged cache. Each test
failed before its fix."""
import errno
import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import EXIT_INTERNAL, main
from kg.config import Config
from kg.errors import OutputError
from kg.graph import article_graph, article_iri, article_local_name
from kg.io import StagedWrites
from kg.outdir import MARKER, OutputDir
from kg.pipeline import build

FAKE = Config(backends={"vi": "fake", "fr": "fake", "en": "fake"})
EN = "Kremlin spokesman Dmitry Peskov said on Monday that Russia would cooperate with North Korea."
VI = "Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên trong mọi lĩnh vực, kể cả những lĩnh vực nhạy cảm."
SCHEMA = rdflib.Namespace("https://schema.org/")


def _jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def _identifiers(out: Path) -> dict[str, str]:
    """article id -> its named graph, read back from graph.nq."""
    ds = rdflib.Dataset().parse(out / "graph.nq", format="nquads")
    found = {}
    for g in ds.graphs():
        for _, _, ident in g.triples((None, SCHEMA.identifier, None)):
            found[str(ident)] = str(g.identifier)
    return found


# --- A. one input never kills the build -------------------------------------------------------------------------

NASTY_IDS = ["a b c", "<", '"', "x> . <y", "a\nb", "a\x00b", "entities", "..", "50%", "Bắc Hàn/tin 1", "a#b?c"]


def test_ids_that_are_no_iri_build_with_the_id_kept_as_a_literal(tmp_path, fake_backend):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "my article.txt").write_text(EN, encoding="utf-8")
    _jsonl(inp / "feed.jsonl", [{"id": i, "text": EN.replace("Monday", f"day {n}")} for n, i in enumerate(NASTY_IDS)])
    rc = main(["build", str(inp), "-o", str(tmp_path / "o"), "-q", "--config", str(_fake_config(tmp_path))])
    assert rc == 0
    ids = _identifiers(tmp_path / "o")
    assert set(ids) == {"my article", *NASTY_IDS}
    # one graph per article, none of them the entity graph, every name distinct
    assert len(set(ids.values())) == len(ids)
    assert "https://w3id.org/kg-news/id/graph/entities" not in ids.values()
    assert ids["my article"] == article_graph("my article") == "https://w3id.org/kg-news/id/graph/my%20article"
    # every RDF file parses, with Oxigraph as well
    for name, fmt in (("graph.nq", ox.RdfFormat.N_QUADS), ("graph.trig", ox.RdfFormat.TRIG),
                      ("graph.ttl", ox.RdfFormat.TURTLE), ("graph.jsonld", ox.RdfFormat.JSON_LD)):
        assert len(list(ox.parse(path=str(tmp_path / "o" / name), format=fmt))) > 0, name


def _fake_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[nlp.backend]\nvi = "fake"\nfr = "fake"\nen = "fake"\n', encoding="utf-8")
    return cfg


def test_article_names_are_percent_encoded_injectively():
    assert article_local_name("a b") == "a%20b" and article_local_name("a%20b") == "a%2520b"
    assert article_local_name("entities") != "entities" and article_local_name("%65ntities") != "%65ntities"
    assert article_iri("x") == "https://w3id.org/kg-news/id/article/x"
    names = [article_local_name(i) for i in NASTY_IDS]
    assert len(set(names)) == len(names)
    assert all(rdflib.URIRef(article_iri(i)).n3() for i in NASTY_IDS)


def test_bad_fields_are_reported_on_their_line_and_the_article_is_kept(tmp_path, fake_backend):
    feed = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "t1", "text": EN, "title": ["x"]},
        {"id": "t2", "text": EN, "url": {}},
        {"id": "t3", "text": EN, "published": 20241021},
        {"id": "t4", "text": EN, "published": "not-a-date"},
        {"id": "t5", "text": EN, "published": "2024-10-21T10:00:00Z", "source": "AFP"},
        {"id": "t6", "text": EN, "lang": 7},
        '{"id": "t7", "text": "' + EN + ' \\ud800"}',   # a lone surrogate in the text: replaced, reported
        '{"id": "\\ud800", "text": "' + EN + '"}',      # ... in the id: the line is refused
        {"id": True, "text": EN},
    ])
    rep = build([feed], tmp_path / "o", FAKE)
    by_line = {e["line"]: e["reason"] for e in rep.errors}
    assert "field 'title' ignored: expected a string, got a list" in by_line[1]
    assert "field 'url' ignored: expected a string, got an object" in by_line[2]
    assert "field 'published' ignored: expected an ISO date string" in by_line[3]
    assert "'not-a-date' is not an ISO date" in by_line[4]
    assert 5 not in by_line
    assert "field 'lang' ignored" in by_line[6]
    assert "lone surrogates" in by_line[7]
    assert "'id' is not valid Unicode" in by_line[8]
    assert "no 'id' field" in by_line[9]
    assert set(_identifiers(tmp_path / "o")) == {"t1", "t2", "t3", "t4", "t5", "t6", "t7"}
    g = rdflib.Graph().parse(tmp_path / "o" / "graph.ttl")
    dates = {str(g.value(a, SCHEMA.identifier)): g.value(a, SCHEMA.datePublished)
             for a in g.subjects(SCHEMA.identifier, None)}
    assert dates["t5"] == rdflib.Literal("2024-10-21", datatype=rdflib.XSD.date)
    assert dates["t3"] is None and dates["t4"] is None
    assert main(["validate", str(tmp_path / "o")]) == 0


def test_shacl_catches_an_ill_typed_publication_date():
    from kg.validate import validate_graph

    def article(date_literal):
        return rdflib.Graph().parse(data=textwrap.dedent(f"""
            @prefix schema: <https://schema.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <urn:a> a schema:NewsArticle ; schema:identifier "a" ; schema:inLanguage "en" ;
                schema:datePublished {date_literal} ."""), format="turtle")

    assert validate_graph(article('"2024-10"^^xsd:gYearMonth'))[0]
    assert validate_graph(article('"2024-10-21"^^xsd:date'))[0]
    ok, report = validate_graph(article('"2024-10-21T10:00:00Z"^^xsd:gYearMonth'))
    assert not ok and "datePublished" in report


def test_truncated_utf16_file_is_reported_and_the_rest_built(tmp_path, fake_backend):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "u16.txt").write_bytes(b"\xff\xfe" + EN.encode("utf-16-le") + b"\x41")  # an odd number of bytes
    (inp / "ok.txt").write_text(EN, encoding="utf-8")
    rep = build([inp], tmp_path / "o", FAKE)
    assert [(Path(e["file"]).name, e["reason"][:24]) for e in rep.errors] == [("u16.txt", "not valid UTF-16 (it sta")]
    assert set(_identifiers(tmp_path / "o")) == {"ok"}


def test_a_bug_exits_with_its_own_code_not_the_reported_inputs_one(tmp_path, monkeypatch, capsys, fake_backend):
    import kg.pipeline

    def broken(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.pipeline, "_resolve", broken)
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    rc = main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "-q", "--config",
               str(_fake_config(tmp_path))])
    err = capsys.readouterr().err
    assert rc == EXIT_INTERNAL == 3 and "internal error (a bug in kg" in err and "RuntimeError: boom" in err


# --- C. outputs and caches --------------------------------------------------------------------------------------

def test_out_refuses_a_folder_that_kg_did_not_write_and_deletes_nothing(tmp_path, fake_backend, capsys):
    out = tmp_path / "o"
    (out / ".x.tmp").mkdir(parents=True)
    (out / ".x.tmp" / "data").write_text("d")
    (out / "cache").mkdir()
    (out / "cache" / "important.json").write_text("m")
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    rc = main(["build", str(tmp_path / "a.txt"), "-o", str(out), "-q", "--config", str(_fake_config(tmp_path))])
    assert rc == 2 and "was not written by kg build" in capsys.readouterr().err
    assert (out / ".x.tmp" / "data").read_text() == "d" and (out / "cache" / "important.json").read_text() == "m"
    assert not (out / "graph.nq").exists()


def test_a_kg_folder_keeps_the_files_kg_did_not_name(tmp_path, fake_backend):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "o"
    build([tmp_path / "a.txt"], out, FAKE)
    assert (out / MARKER).is_file()
    (out / ".notes.tmp").write_text("mine")
    (out / "cache" / "important.json").write_text("mine")
    (out / ".graph.nq.abc.tmp").write_text("left by a killed build")
    build([tmp_path / "a.txt"], out, FAKE)
    assert (out / ".notes.tmp").read_text() == "mine" and (out / "cache" / "important.json").read_text() == "mine"
    assert not (out / ".graph.nq.abc.tmp").exists()


def test_out_inside_the_input_folder_is_not_read_back(tmp_path, fake_backend):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(EN, encoding="utf-8")
    first = build([inp], inp / "out", FAKE)
    second = build([inp], inp / "out", FAKE)
    assert first.articles == second.articles == 1 and first.errors == second.errors == []
    # another build's output folder inside the input is skipped too
    build([inp / "a.txt"], inp / "other", FAKE)
    assert build([inp], inp / "out", FAKE).articles == 1
    with pytest.raises(OutputError, match="is also an input folder"):
        build([inp], inp, FAKE)
    with pytest.raises(OutputError, match="holds the input"):
        build([inp / "a.txt"], inp, FAKE)


def test_a_second_build_into_a_locked_folder_fails_clearly(tmp_path, fake_backend):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "o"
    build([tmp_path / "a.txt"], out, FAKE)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    with OutputDir(out):
        with pytest.raises(OutputError, match="another kg build is writing to this folder"):
            build([tmp_path / "a.txt"], out, FAKE)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


CONCURRENT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from conftest import register_fake_backend
    from kg.cli import main
    register_fake_backend()
    sys.exit(main(["build", {inp!r}, "-o", {out!r}, "-q", "-j", "1", "--config", {cfg!r}]))
""")


def test_two_concurrent_builds_into_one_folder_give_one_builds_whole_outputs(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(40):
        (inp / f"a{k}.txt").write_text(EN.replace("Monday", f"day {k}"), encoding="utf-8")
    out = tmp_path / "o"
    script = CONCURRENT.format(tests=str(Path(__file__).parent), inp=str(inp), out=str(out),
                               cfg=str(_fake_config(tmp_path)))
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    codes = sorted(rc for rc, _ in results)
    if codes == [0, 0]:  # the first finished before the second took the lock: both whole builds, one after the other
        pass
    else:
        assert codes == [0, 2], results
        assert any("another kg build is writing to this folder" in err for _, err in results)
    assert "Traceback" not in "".join(err for _, err in results)
    assert len(_identifiers(out)) == 40
    lines = (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line) for line in lines)


def test_disk_full_keeps_the_previous_outputs_whole(tmp_path, monkeypatch, fake_backend):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "o"
    build([tmp_path / "a.txt"], out, FAKE)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "b.txt").write_text(EN.replace("Monday", "Tuesday"), encoding="utf-8")
    real, n = StagedWrites.write_text, [0]

    def full(self, path, text):  # statements.jsonl is written; the disk fills up on graph.html
        n[0] += 1
        if n[0] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, path, text)

    monkeypatch.setattr(StagedWrites, "write_text", full)
    with pytest.raises(OutputError, match="No space left on device.*previous outputs are kept"):
        build([tmp_path / "a.txt", tmp_path / "b.txt"], out, FAKE)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".*.tmp"))


def test_damaged_cache_entries_are_made_again(tmp_path, fake_backend):
    import gzip

    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(3):
        (inp / f"a{k}.txt").write_text(EN.replace("Monday", f"day {k}"), encoding="utf-8")
    out = tmp_path / "o"
    full = build([inp], out, FAKE)
    reference = (out / "statements.jsonl").read_bytes()
    entries = sorted((out / "cache").glob("*.json"))
    entries = [e for e in entries if e.name != "build.json"]
    anns = sorted((out / "cache" / "nlp").glob("*.json.gz"))
    assert len(entries) == len(anns) == 3
    entries[0].write_text("[1, 2, 3]")
    first = json.loads(entries[1].read_text())
    entries[1].write_text(json.dumps(first | {"statements": None}))
    for a in anns:  # every annotation damaged: a shape the code would crash on
        d = json.loads(gzip.decompress(a.read_bytes()))
        a.write_bytes(gzip.compress(json.dumps(d | {"ents": [[1]]}).encode()))
    (out / "cache" / "build.json").write_text('["not", "a", "manifest"]')
    again = build([inp], out, FAKE, update=True)
    assert again.errors == [] and again.articles == full.articles == 3 and not again.unchanged
    assert (out / "statements.jsonl").read_bytes() == reference
    assert build([inp], out, FAKE, update=True).unchanged  # and now the update knows nothing changed


def test_a_build_that_lost_articles_to_its_own_failures_is_not_marked_up_to_date(tmp_path, monkeypatch,
                                                                                  fake_backend):
    import kg.pipeline

    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    real = kg.pipeline._annotate_and_extract

    def crash(art, config, ann=None):
        raise RuntimeError("a bug")

    monkeypatch.setattr(kg.pipeline, "_annotate_and_extract", crash)
    rep = build([tmp_path / "a.txt"], tmp_path / "o", FAKE)
    assert rep.articles == 0 and rep.errors[0]["internal"] is True
    monkeypatch.setattr(kg.pipeline, "_annotate_and_extract", real)
    rep = build([tmp_path / "a.txt"], tmp_path / "o", FAKE, update=True)
    assert not rep.unchanged and rep.articles == 1 and rep.errors == []


def test_speaker_lookup_index_gives_what_a_scan_gives():
    """Context.last_speaker_before reads a per-sentence index (it scanned every speaker before: quadratic)."""
    from kg.extract.speech import Context
    from kg.model import Article, Doc, Mention

    doc = Doc(Article("a", "x", "en"), (), (), (), "hand")

    @given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=30),
           st.integers(0, 70), st.integers(0, 14), st.integers(0, 4))
    @settings(max_examples=300, deadline=None)
    def check(noted, tok, sent, gap):
        ctx = Context(doc, [])
        for k, (t, s) in enumerate(noted):
            ctx.note_speaker(t, s, Mention(f"P{k}", 0, 1, "PER"))
        expected = None
        for k, s, name in ctx.speakers:  # the scan it replaced
            if k < tok and sent - s <= gap:
                expected = name
        assert ctx.last_speaker_before(tok, sent, gap) == expected

    check()


# --- the batch as a whole: random JSONL fields never break it ---------------------------------------------------

_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12),
                    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                    st.sampled_from(["2024-10-21", "2024-10-21T10:00:00+07:00", "2024-13-01", "fr", "de", "\ud800"]))


@given(st.lists(st.tuples(st.booleans(), st.dictionaries(st.sampled_from(["id", "text", "url", "title", "published",
                                                                            "source", "lang", "extra"]), _VALUES,
                                                           max_size=5)), min_size=1, max_size=6))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_jsonl_batches_build_every_good_article_and_report_every_bad_line(tmp_path_factory, fake_backend, batch):
    d = tmp_path_factory.mktemp("fuzz")
    lines, good = [], set()
    for n, (is_good, rec) in enumerate(batch):
        if is_good:  # a good article: the fields it needs, plus random optional ones
            rec = {k: v for k, v in rec.items() if k not in ("id", "text", "lang")} | {"id": f"good{n}", "text": EN}
            good.add(f"good{n}")
        elif "id" in rec and isinstance(rec["id"], str) and rec["id"].startswith("good"):
            rec["id"] = "x" + rec["id"]
        lines.append(json.dumps(rec, ensure_ascii=True))
    feed = d / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = d / "o"
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(feed), "-o", str(out), "-q", "--config",
                           str(_fake_config(d))], capture_output=True, text=True,
                          env=_env_with_fake_backend())
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    built = set(_identifiers(out))
    assert good <= built
    reported = {e["line"] for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    for n, (is_good, rec) in enumerate(batch, start=1):
        if not is_good and not (isinstance(rec.get("id"), (str, int)) and f"{rec.get('id')}" in built):
            assert n in reported, (n, rec)  # every line not built is in errors.jsonl


def _env_with_fake_backend() -> dict:
    """Environment for a `python -m kg` child that registers the fake backend (tests/sitecustomize.py)."""
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).parent / "fake_site") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_fuzz_helper_registers_the_fake_backend(tmp_path):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
                           "-q", "--config", str(_fake_config(tmp_path))], capture_output=True, text=True,
                          env=_env_with_fake_backend())
    assert proc.returncode == 0, proc.stderr
    assert "en=fake 1.0" in proc.stdout


def test_staged_writes_commit_together_or_not_at_all(tmp_path):
    from kg.io import staged_writes

    (tmp_path / "a").write_text("old a")
    with pytest.raises(RuntimeError):
        with staged_writes() as stage:
            stage.write_text(tmp_path / "a", "new a")
            stage.write_text(tmp_path / "b", "new b")
            raise RuntimeError("fails before the end")
    assert (tmp_path / "a").read_text() == "old a" and not (tmp_path / "b").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
    with staged_writes() as stage:
        stage.write_text(tmp_path / "a", "new a")
        stage.write_text(tmp_path / "b", "new b")
        assert (tmp_path / "a").read_text() == "old a"  # nothing renamed before the block completes
    assert (tmp_path / "a").read_text() == "new a" and (tmp_path / "b").read_text() == "new b"


def test_lock_is_released_after_a_build(tmp_path, fake_backend):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "o"
    build([tmp_path / "a.txt"], out, FAKE)
    done = threading.Event()
    with OutputDir(out):
        done.set()
    assert done.is_set()


def test_a_folder_another_build_has_just_locked_is_refused_for_the_lock_not_as_foreign(tmp_path, fake_backend):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    with open(out / ".kg-lock", "a+") as fh:  # a build that has locked the folder but not yet marked it
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(OutputError, match="another kg build is writing to this folder"):
            build([tmp_path / "a.txt"], out, FAKE)
