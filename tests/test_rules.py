"""Rules are named: every statement says which rule made it, every rule id is registered and documented, and a rule
can be switched off by id (issue #18, first part)."""
import json
import re
from pathlib import Path

import pytest
import rdflib

from kg.config import Config
from kg.errors import ConfigError, UnknownNameError
from kg.extract import DEFAULT_DISABLED_RULES, RULES, extract

from conftest import make_doc

ROOT = Path(__file__).resolve().parents[1]


def test_every_rule_id_in_the_code_is_registered_and_every_registered_rule_is_used():
    code = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "kg" / "extract").glob("*.py"))
    used = set(re.findall(r'rule="([a-z_]+\.[a-z_]+)"', code))
    used |= set(re.findall(r'rule = "([a-z_]+\.[a-z_]+)"', code))
    used |= set(re.findall(r'rule(?:s)? *= *\(?[^\n]*?"([a-z_]+\.[a-z_]+)"', code))
    used |= set(re.findall(r'\("rule", "([a-z_]+\.[a-z_]+)"\)', code))
    assert used - set(RULES) == set(), "rule ids made in the code but not in kg.extract.RULES"
    assert set(RULES) - used == set(), "registered rules no code makes"
    assert all(len(doc) > 20 and "'" in doc for doc in RULES.values())  # each says what it reads, with an example


def _doc():
    text = "Nga đã cung cấp cho Triều Tiên tên lửa. Tổng thống Nga Vladimir Putin cho biết rằng Nga sẽ hợp tác."
    return make_doc(text, "vi", [
        [("Nga", "PROPN"), ("đã", "ADV"), ("cung cấp", "VERB"), ("cho", "ADP"), ("Triều Tiên", "PROPN"),
         ("tên lửa", "NOUN"), (".", "PUNCT")],
        [("Tổng thống", "NOUN"), ("Nga", "PROPN"), ("Vladimir Putin", "PROPN"), ("cho", "VERB"),
         ("biết", "VERB"), ("rằng", "SCONJ"), ("Nga", "PROPN"), ("sẽ", "ADV"), ("hợp tác", "VERB"), (".", "PUNCT")]])


def test_statements_carry_their_rule_and_disabled_rules_make_none(gaz):
    every = {(s.relation, s.object_text or s.object.text): dict(s.extra)["rule"]
             for s in extract(_doc(), gaz, disabled_rules=())}
    assert every == {("supply", "Triều Tiên"): "interactions.subject_verb_object",
                     ("supply", "tên lửa"): "interactions.thing_supplied",
                     ("holds_position", "Nga"): "titles.apposition",
                     ("say", "Nga sẽ hợp tác"): "speech.subject"}
    default = {(s.relation, s.object_text or s.object.text) for s in extract(_doc(), gaz)}
    assert DEFAULT_DISABLED_RULES == ("interactions.thing_supplied",)
    assert default == set(every) - {("supply", "tên lửa")}
    no_titles = {dict(s.extra)["rule"] for s in extract(_doc(), gaz, disabled_rules=["titles.apposition"])}
    assert "titles.apposition" not in no_titles and "speech.subject" in no_titles
    with pytest.raises(UnknownNameError, match="unknown extraction rule 'speech.subjekt'"):
        extract(_doc(), gaz, disabled_rules=["speech.subjekt"])


def test_config_names_rules_to_switch_off_and_refuses_unknown_ones():
    assert Config().disabled_rules == ("interactions.thing_supplied",)
    assert Config.from_dict({"extract": {"disabled_rules": []}}).disabled_rules == ()
    with pytest.raises(ConfigError, match=r"unknown rule\(s\) \['titles.apositon'\]"):
        Config.from_dict({"extract": {"disabled_rules": ["titles.apositon"]}})


def test_rule_is_in_statements_jsonl_and_rdf(tmp_path, fake_backend):
    from kg.pipeline import build

    (tmp_path / "a.txt").write_text("Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên trong mọi lĩnh vực.",
                                    encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "o", Config(backends={"vi": "fake"}))
    records = [json.loads(x) for x in (tmp_path / "o" / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records and all(r["rule"] in RULES for r in records) and list(records[0])[-2:] == ["rule", "mentions"]
    g = rdflib.Graph().parse(tmp_path / "o" / "graph.ttl")
    kg_rule = rdflib.URIRef("https://w3id.org/kg-news/ontology#rule")
    assert sorted(str(o) for o in g.objects(None, kg_rule)) == sorted(r["rule"] for r in records)


def test_an_extractor_order_that_breaks_a_requirement_fails_loudly(gaz):
    from kg.extract import check_extractors

    check_extractors(["titles", "speech", "interactions", "title_anaphors"])  # the default order
    check_extractors(["speech", "interactions", "titles"])  # leaving one out that nothing needs is fine
    with pytest.raises(ConfigError, match="extractor 'title_anaphors' needs 'interactions' before it"):
        extract(_doc(), gaz, ["speech", "title_anaphors", "interactions"])
    with pytest.raises(ConfigError, match=r"kg.toml: \[extract\] extractors: extractor 'title_anaphors' needs"):
        Config.from_dict({"extract": {"extractors": ["title_anaphors", "speech", "interactions"]}}, "kg.toml")
    with pytest.raises(ConfigError, match="unknown extractor 'speach'"):
        Config.from_dict({"extract": {"extractors": ["speach"]}})
    assert {dict(s.extra)["rule"] for s in extract(_doc(), gaz, ["speech", "interactions", "titles"])} >= {
        "speech.subject", "titles.apposition"}


def test_no_extraction_or_nlp_function_is_longer_than_50_lines():
    import ast

    longest = []
    for py in sorted([*(ROOT / "kg" / "extract").glob("*.py"), *(ROOT / "kg" / "nlp").glob("*.py")]):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                longest.append((node.end_lineno - node.lineno + 1, f"{py.name}:{node.name}"))
    assert len(longest) > 100 and max(longest)[0] < 50, sorted(longest)[-3:]


def test_kg_explain_says_which_rule_made_a_statement(tmp_path, fake_backend, capsys):
    from kg.cli import main
    from kg.pipeline import build

    (tmp_path / "a.txt").write_text("Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên trong mọi lĩnh vực.",
                                    encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "o", Config(backends={"vi": "fake"}))
    rec = next(json.loads(x) for x in (tmp_path / "o" / "statements.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(x)["relation"]["id"] == "say")
    assert main(["explain", str(tmp_path / "o"), rec["id"]]) == 0
    out = capsys.readouterr().out
    assert f"rule: {rec['rule']} — {RULES[rec['rule']]}" in out and rec["sentence"] in out
    assert main(["explain", str(tmp_path / "o"), "s0000000000000000"]) == 1
    assert "no statement 's0000000000000000'" in capsys.readouterr().err


def test_a_statements_confidence_is_its_rules_calibrated_precision(gaz):
    """kg/extract/confidence.toml (bench/calibrate.py) sets each rule's confidence; every id in it is a rule."""
    from kg.extract import rule_confidence

    table = rule_confidence()
    assert set(table) <= set(RULES) and 0 < min(table.values()) and max(table.values()) <= 1
    sts = extract(_doc(), gaz)
    assert sts and all(s.confidence == table[dict(s.extra)["rule"]] for s in sts)
    assert table["titles.apposition"] > table["nominal.owner_before"]  # (0.95 and 0.50 when measured)
