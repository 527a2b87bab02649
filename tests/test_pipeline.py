"""The whole build on hand-made articles with the fake backend (no model needed)."""
import json

import pytest

from kg.cli import main
from kg.config import Config
from kg.errors import ConfigError
from kg.pipeline import build

FR = ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi que la coopération continuerait. "
      "Selon Reuters, Moscou ne confirme pas ces informations.")
VI = "Tổng thống Nga Vladimir Putin cho biết Nga sẽ tiếp tục hợp tác với Triều Tiên trong mọi lĩnh vực."

FAKE = Config(backends={"vi": "fake", "fr": "fake", "en": "fake"})


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "fr1.txt").write_text(FR, encoding="utf-8")
    (d / "vi1.txt").write_text(VI, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "batch.jsonl").write_text('{"id": "j1", "text": "' + FR.replace("Dmitri", "Dmitry") + '"}\n{oops\n',
                                   encoding="utf-8")
    return d


def test_build_writes_everything_and_reports_bad_input(corpus, tmp_path, fake_backend):
    out = tmp_path / "out"
    rep = build([corpus], out, FAKE)
    assert rep.articles == 3 and rep.failed
    assert sorted((e["file"].rsplit("/", 1)[-1], e["line"]) for e in rep.errors) == [("batch.jsonl", 2), ("empty.txt", None)]
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "statements.jsonl", "graph.html", "errors.jsonl"):
        assert (out / name).stat().st_size > 0, name
    lines = (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == rep.statements > 0
    recs = [json.loads(x) for x in lines]
    assert {r["article"] for r in recs} == {"fr1", "vi1", "j1"}
    assert not list(out.glob(".*.tmp"))
    assert rep.backends == {"fr": "fake 1.0", "vi": "fake 1.0"}


def test_two_builds_are_byte_identical(corpus, tmp_path, fake_backend):
    build([corpus], tmp_path / "a", FAKE)
    build([corpus], tmp_path / "b", FAKE)
    for name in ("graph.ttl", "graph.trig", "statements.jsonl", "graph.jsonld"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_language_without_model_fails_only_its_articles(corpus, tmp_path, fake_backend):
    cfg = Config(backends={"vi": "fake", "fr": "underthesea"})
    rep = build([corpus], tmp_path / "o", cfg)
    fr_errors = [e for e in rep.errors if e.get("article") in ("fr1", "j1")]
    assert len(fr_errors) == 2 and all("serves only vi" in e["reason"] for e in fr_errors)
    assert rep.articles == 1


def test_min_confidence_filters(corpus, tmp_path, fake_backend):
    every = build([corpus], tmp_path / "a", FAKE).statements
    none = build([corpus], tmp_path / "b", Config(backends=FAKE.backends, min_confidence=1.0)).statements
    assert every > 0 and none == 0


def test_cli_build_exit_codes_and_summary(corpus, tmp_path, fake_backend, capsys):
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[nlp.backend]\nvi = "fake"\nfr = "fake"\n', encoding="utf-8")
    code = main(["build", str(corpus), "--out", str(tmp_path / "o"), "--config", str(cfg), "-q"])
    out = capsys.readouterr().out
    assert code == 1  # the batch had bad files
    assert "articles: 3" in out and "NLP backends: fr=fake 1.0, vi=fake 1.0" in out and "empty.txt: file is empty" in out
    (corpus / "empty.txt").unlink()
    (corpus / "batch.jsonl").unlink()
    assert main(["build", str(corpus), "--out", str(tmp_path / "o2"), "--config", str(cfg), "-q"]) == 0


def test_bad_config_is_a_clear_error(tmp_path, capsys):
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[nlp.backend]\nvi = "nope"\n', encoding="utf-8")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "o"), "--config", str(cfg)]) == 2
    assert "unknown NLP backend 'nope'" in capsys.readouterr().err
    with pytest.raises(ConfigError, match="unknown section"):
        Config.from_dict({"nlpp": {}})


def test_outputs_get_the_usual_permissions(tmp_path):
    import os
    import stat

    from kg.io import atomic_write_text

    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "x.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.txt").stat().st_mode) == 0o644


def test_update_processes_only_new_articles_and_equals_a_full_rebuild(corpus, tmp_path, fake_backend):
    (corpus / "empty.txt").unlink()
    out = tmp_path / "out"
    first = build([corpus], out, FAKE)
    assert sorted(first.processed) == ["fr1", "j1", "vi1"] and first.reused == 0
    (corpus / "vi2.txt").write_text("Ngoại trưởng Nga Sergey Lavrov cho biết Nga sẽ hợp tác với Triều Tiên.", encoding="utf-8")
    upd = build([corpus], out, FAKE, update=True)
    assert upd.processed == ["vi2"] and upd.reused == 3
    full = build([corpus], tmp_path / "full", FAKE)
    assert sorted(full.processed) == ["fr1", "j1", "vi1", "vi2"]
    for name in ("graph.ttl", "graph.trig", "graph.nq", "statements.jsonl"):
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    # an article that is gone disappears, with its named graph
    (corpus / "vi1.txt").unlink()
    gone = build([corpus], out, FAKE, update=True)
    assert gone.processed == [] and gone.reused == 3
    assert "graph/vi1>" not in (out / "graph.trig").read_text(encoding="utf-8")
    assert '"article": "vi1"' not in (out / "statements.jsonl").read_text(encoding="utf-8")


def test_update_reprocesses_a_changed_article(corpus, tmp_path, fake_backend):
    out = tmp_path / "out"
    build([corpus], out, FAKE)
    (corpus / "vi1.txt").write_text(VI.replace("Triều Tiên", "Hàn Quốc"), encoding="utf-8")
    assert build([corpus], out, FAKE, update=True).processed == ["vi1"]


def test_update_with_nothing_changed_skips_every_stage_and_keeps_the_outputs(corpus, tmp_path, fake_backend):
    out = tmp_path / "out"
    first = build([corpus], out, FAKE)
    files = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file()}
    again = build([corpus], out, FAKE, update=True)
    assert again.reused == 3 and again.processed == [] and again.timings["graph"] == 0 == again.timings["resolve"]
    assert (again.statements, again.entities, again.tokens) == (first.statements, first.entities, first.tokens) > (0, 0, 0)
    assert len(again.errors) == len(first.errors) == 2  # the empty file and the bad JSON line, reported again
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir() if p.is_file()} == files
    # an output deleted or edited by hand is made again, whole
    (out / "graph.html").unlink()
    (out / "graph.ttl").write_text("edited", encoding="utf-8")
    fixed = build([corpus], out, FAKE, update=True)
    assert fixed.timings["graph"] > 0 and fixed.reused == 3
    assert (out / "graph.ttl").read_bytes() == files["graph.ttl"][0] and (out / "graph.html").exists()
    # a setting that changes the outputs is not skipped
    strict = build([corpus], out, Config(backends=FAKE.backends, min_confidence=0.99), update=True)
    assert strict.timings["graph"] > 0 and strict.statements < first.statements


def test_outputs_do_not_depend_on_input_order(corpus, tmp_path, fake_backend):
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".jsonl"))
    build(files, tmp_path / "a", FAKE)
    build(list(reversed(files)), tmp_path / "b", FAKE)
    for name in ("graph.ttl", "graph.trig", "graph.nq", "statements.jsonl", "graph.jsonld"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_worker_count_does_not_change_the_outputs(corpus, tmp_path, fake_backend):
    one = build([corpus], tmp_path / "one", FAKE, workers=1)
    two = build([corpus], tmp_path / "two", FAKE, workers=2)
    assert one.processed == two.processed and one.statements == two.statements > 0
    for name in ("graph.ttl", "graph.trig", "graph.nq", "statements.jsonl", "graph.jsonld"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_a_rule_change_reruns_extraction_but_not_nlp(corpus, tmp_path):
    from dataclasses import replace

    from kg.nlp import BACKENDS, Backend, register_backend

    from conftest import _fake_load

    calls = []

    def counting(lang, settings):
        inner = _fake_load(lang, settings)
        return lambda art: calls.append(art.id) or inner(art)

    register_backend(Backend("fake", ("vi", "fr", "en"), lambda l, s: (True, []), counting, lambda l, s: "fake 1",
                             lambda l: ""))
    try:
        out = tmp_path / "out"
        build([corpus], out, FAKE)
        assert sorted(calls) == ["fr1", "j1", "vi1"]
        calls.clear()
        fewer = replace(FAKE, extractors=("titles",))  # another rule set: every article's statements are stale
        upd = build([corpus], out, fewer, update=True)
        assert calls == [] and upd.reused == 0 and upd.nlp_reused == 3 and sorted(upd.processed) == ["fr1", "j1", "vi1"]
        build([corpus], tmp_path / "full", fewer)
        assert sorted(calls) == ["fr1", "j1", "vi1"]  # a build without --update annotates everything again
        for name in ("graph.trig", "statements.jsonl"):
            assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
        # a damaged annotation is made again, not trusted
        calls.clear()
        for f in (out / "cache" / "nlp").glob("*.json.gz"):
            f.write_bytes(b"not gzip")
        build([corpus], out, FAKE, update=True)
        assert sorted(calls) == ["fr1", "j1", "vi1"]
        # annotations of texts no longer in the input are pruned
        (corpus / "vi1.txt").unlink()
        build([corpus], out, FAKE, update=True)
        assert len(list((out / "cache" / "nlp").glob("*.json.gz"))) == 2
    finally:
        BACKENDS.pop("fake", None)


def test_an_interrupted_build_keeps_the_annotations_it_made(corpus, tmp_path):
    # each article's annotation and result are cached as soon as they are made, so a build stopped part way
    # (Ctrl-C, a killed machine) is resumed by --update without running NLP again on the articles it had done
    from kg.nlp import BACKENDS, Backend, register_backend

    from conftest import _fake_load

    calls, stop_at = [], [3]

    def counting(lang, settings):
        inner = _fake_load(lang, settings)

        def annotate(art):
            calls.append(art.id)
            if len(calls) == stop_at[0]:
                raise KeyboardInterrupt
            return inner(art)
        return annotate

    register_backend(Backend("fake", ("vi", "fr", "en"), lambda l, s: (True, []), counting, lambda l, s: "fake 1",
                             lambda l: ""))
    try:
        out = tmp_path / "out"
        with pytest.raises(KeyboardInterrupt):
            build([corpus], out, FAKE)
        assert len(calls) == 3 and len(list((out / "cache" / "nlp").glob("*.json.gz"))) == 2
        done, calls[:], stop_at[0] = calls[:2], [], 0
        upd = build([corpus], out, FAKE, update=True)
        assert upd.reused == 2 and len(calls) == 1 and calls[0] not in done
        build([corpus], tmp_path / "full", FAKE)
        for name in ("graph.trig", "statements.jsonl"):
            assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    finally:
        BACKENDS.pop("fake", None)
