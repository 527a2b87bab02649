"""`kg eval`: the matching rules on hand-built gold facts and statements (figures worked out by hand)."""
import json
import re

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import evaluate, format_evaluation, load_gold

GOLD = {
    "entities": {
        "Dmitry Peskov": {"type": "PER", "aliases": ["Peskov", "Dmitri Peskov"]},
        "North Korea": {"type": "GPE", "aliases": ["Triều Tiên", "Corée du Nord"], "wikidata": "Q423"},
        "Russia": {"type": "GPE", "aliases": ["Nga", "Russie"]},
        "United Nations": {"type": "ORG", "aliases": ["UN", "ONU"]},
        "South Korea": {"type": "GPE", "aliases": ["Hàn Quốc"]},
    },
    "docs": [
        {"doc": "a1", "lang": "vi", "facts": [
            {"id": "f1", "subject": "Dmitry Peskov", "relation": ["say"],
             "object": {"text": "Triều Tiên là đối tác của chúng tôi"}, "polarity": "affirmed", "date": "2024-10-21"},
            {"id": "f2", "subject": "Russia", "relation": ["cooperate"], "object": {"entity": "North Korea"},
             "polarity": "affirmed", "symmetric": True},
            {"id": "f3", "subject": "Dmitry Peskov", "relation": ["confirm"], "object": {"text": "binh lính được gửi"},
             "polarity": "negated", "date": "2024-10"},
        ], "acceptable": [
            {"id": "x1", "subject": "Russia", "relation": ["partner_of"], "object": {"entity": "North Korea"}}]},
        {"doc": "a2", "lang": "en", "facts": [
            {"id": "f4", "subject": "United Nations", "relation": ["warn", "say"], "object": {"text": "famine looms"},
             "polarity": "affirmed"}]},
    ],
}


def _st(article, subj, rel, obj, polarity="affirmed", date=None):
    return {"article": article, "subject": subj, "relation": {"id": rel}, "object": obj, "polarity": polarity,
            "date": date}


STATEMENTS = [
    # f1: the name in the label, the content covers the gold span: a hit, with the right date
    _st("a1", {"text": "ông", "label": "Dmitri Peskov", "iri": "x/entity/dmitri_peskov"}, "say",
        {"text": "Triều Tiên là láng giềng gần gũi, đối tác của chúng tôi"}, date="2024-10-21"),
    # f2 stated the other way round: symmetric, a hit
    _st("a1", {"text": "Bình Nhưỡng", "wikidata": "Q423", "iri": "x/entity/north_korea"}, "cooperate",
        {"text": "Nga", "label": "Russia", "iri": "x/entity/russia"}),
    # f3 with the wrong polarity: no hit, and a false statement
    _st("a1", {"text": "Peskov", "label": "Dmitry Peskov", "iri": "x/entity/dmitri_peskov"}, "confirm",
        {"text": "binh lính được gửi tới Nga"}),
    # an acceptable fact: neither rewarded nor counted against precision
    _st("a1", {"text": "Nga", "iri": "x/entity/russia"}, "partner_of", {"text": "Triều Tiên", "iri": "x/entity/nk"}),
    # f4 under its second relation; "UN" matches only with its case
    _st("a2", {"text": "UN", "label": "UN", "iri": "x/entity/un"}, "say", {"text": "a famine looms in the region"}),
    # "un" in lower case is a word, not the UN: matches no fact
    _st("a2", {"text": "un", "iri": "x/entity/un2"}, "warn", {"text": "famine looms"}),
]


def test_matching_rules_give_the_hand_computed_figures():
    ev = evaluate(GOLD, STATEMENTS)
    s = ev.summary()
    # vi: facts f1, f2 hit, f3 missed -> R 2/3; statements: 2 right, 1 false, 1 acceptable (not counted) -> P 2/3
    assert s["vi"] == {"P": 0.667, "R": 0.667, "F1": 0.667, "gold": 3, "statements": 4}
    # en: f4 hit; the lower-case "un" statement is false -> P 1/2, R 1/1
    assert s["en"] == {"P": 0.5, "R": 1.0, "F1": 0.667, "gold": 1, "statements": 2}
    assert s["all"]["P"] == 0.6 and s["all"]["R"] == 0.75
    assert s["date_accuracy"] == 1.0  # f1 is the one dated fact matched, with its date
    assert [f["id"] for _, f in ev.misses] == ["f3"]
    # North Korea under two IRIs (north_korea, nk); Peskov under one
    assert s["entities_split"] == 1 and ev.split == {"North Korea": ["x/entity/nk", "x/entity/north_korea"]}
    assert s["iris_merging_two_entities"] == 0
    assert (s["gold_entities_with_iri"], s["gold_entities_in_facts"]) == (4, 4)
    # per relation: recall by the fact's first relation, precision by the statement's relation
    assert s["relations"]["warn"] == {"P": 0.0, "R": 1.0, "F1": 0.0, "gold": 1, "statements": 1}
    assert s["relations"]["confirm"]["R"] == 0.0 and s["relations"]["partner_of"]["R"] is None


def test_docs_filter_and_show_misses():
    ev = evaluate(GOLD, STATEMENTS, docs={"a2"})
    assert set(ev.per_lang) == {"en"}
    text = format_evaluation(evaluate(GOLD, STATEMENTS), show_misses=True)
    assert "a1 f3: Dmitry Peskov | confirm | binh lính được gửi (negated)" in text
    assert "a2: ['un'] | warn | famine looms" in text


def test_cli_reads_a_build_folder_or_a_file_and_prints_json(tmp_path, capsys):
    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "statements.jsonl").write_text("".join(json.dumps(s) + "\n" for s in STATEMENTS), encoding="utf-8")
    assert main(["eval", str(tmp_path / "gold.json"), str(out), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["eval", str(tmp_path / "gold.json"), str(out / "statements.jsonl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == first and first["all"]["gold"] == 4
    assert main(["eval", str(tmp_path / "gold.json"), str(out)]) == 0
    assert re.search(r"^all +0\.600 +0\.750 +0\.667 +4 +6$", capsys.readouterr().out, re.M)


@pytest.mark.parametrize("content, problem", [
    ("not json", "not JSON"),
    ('{"docs": []}', 'a gold file is {"entities"'),
    ('{"entities": {}, "docs": [{"doc": "a", "facts": [{"subject": "X", "relation": "say", "object": {}}]}]}',
     "needs subject, relation (a list)"),
])
def test_a_bad_gold_file_names_the_problem(tmp_path, content, problem, capsys):
    (tmp_path / "g.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="g.json"):
        load_gold(tmp_path / "g.json")
    (tmp_path / "s.jsonl").write_text("", encoding="utf-8")
    assert main(["eval", str(tmp_path / "g.json"), str(tmp_path / "s.jsonl")]) == 2
    assert problem in capsys.readouterr().err
