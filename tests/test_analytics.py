import json

import networkx as nx

from kg.analytics import entity_nx, load_build, stats, write_graph_files
from kg.config import Config
from kg.graph import LinkedStatement
from kg.model import Entity, Mention, Statement
from kg.pipeline import build
from kg.viz import entity_graph, select_nodes

E = {f"urn:{k}": Entity(f"urn:{k}", k, t) for k, t in [("A", "PER"), ("B", "GPE"), ("C", "ORG"), ("D", "PER"), ("Z", "PER")]}


def _ls(i, s, rel, o=None, date=None, lang="vi", pol="affirmed"):
    st = Statement("a1", lang, Mention(s, 0, 1, "PER"), rel, rel, Mention(o, 0, 1, "GPE") if o else None,
                   None if o else "text", 0, 0, 1, "s", polarity=pol, date=date)
    return LinkedStatement(f"s{i}", st, f"urn:{s}", f"urn:{o}" if o else None, None)


# A meets B twice, A talks to C, C supplies D; Z only speaks
STS = [_ls(1, "A", "meet", "B", "2024-10-21"), _ls(2, "A", "meet", "B", "2024-10-22"), _ls(3, "A", "talk", "C"),
       _ls(4, "C", "supply", "D", "2024-09-01", "fr"), _ls(5, "Z", "say"), _ls(6, "A", "meet", "B", pol="negated")]


def test_stats_by_hand():
    res = stats(STS, E, top=3)
    assert (res["entities"], res["links"], res["statements"]) == (5, 3, 6)
    # A and C have 2 neighbours of the 4 others: 0.5; B and D have 1: 0.25
    assert res["degree"] == [("A", 0.5), ("C", 0.5), ("B", 0.25)]
    # A-C is the bridge: A lies on B-C and B-D paths, C on A-D and B-D paths
    assert res["betweenness"][:2] == [("A", round(2 / 6, 4)), ("C", round(2 / 6, 4))]
    assert res["relations_by_language"] == {"fr supply": 1, "vi meet": 3, "vi say": 1, "vi talk": 1}
    assert res["relations_by_month"]["2024-10 meet"] == 2 and res["relations_by_month"]["undated meet"] == 1
    assert sorted(sum(res["communities"], [])) == ["A", "B", "C", "D"]


def test_edges_aggregate_per_relation_and_polarity():
    g, aggs, said = entity_graph(STS, E, {})
    counts = sorted((a.source[-1], a.relation, a.target[-1], a.negated, len(a.members)) for a in aggs)
    assert counts == [("A", "meet", "B", False, 2), ("A", "meet", "B", True, 1), ("A", "talk", "C", False, 1),
                      ("C", "supply", "D", False, 1)]
    assert list(said) == ["urn:Z"]


def test_node_selection_around_and_most_central():
    g, _, _ = entity_graph(STS, E, {})
    assert select_nodes(g, around=["urn:B"], depth=1) == {"urn:A", "urn:B"}
    assert select_nodes(g, around=["urn:B"], depth=2) == {"urn:A", "urn:B", "urn:C"}
    assert select_nodes(g, max_nodes=2) == {"urn:A", "urn:C"}


def test_graphml_gexf_and_reading_a_build_back(tmp_path, fake_backend):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "v.txt").write_text("Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại Moskva.",
                                           encoding="utf-8")
    rep = build([tmp_path / "in"], tmp_path / "out", Config(backends={"vi": "fake"}))
    sts, ents, arts = load_build(tmp_path / "out")
    assert len(sts) == rep.statements and set(arts) == {"v"}
    paths = write_graph_files(sts, ents, str(tmp_path / "g.graphml"), str(tmp_path / "g.gexf"))
    a, b = nx.read_graphml(paths[0]), nx.read_gexf(paths[1])
    assert a.number_of_nodes() == b.number_of_nodes() == entity_nx(sts, ents).number_of_nodes() > 2


def test_timeline_counts_by_hand_and_svg():
    from kg.analytics import timeline_counts, timeline_svg

    counts = timeline_counts(STS, "urn:B")  # B: meet on 2024-10-21 and 2024-10-22; the negated one is undated
    assert {m: dict(c) for m, c in counts.items()} == {"2024-10": {"meet": 2}}
    svg = timeline_svg(STS, E["urn:A"])
    assert svg.startswith("<?xml") and "A: statements per month" in svg and "<svg" in svg
    assert timeline_svg(STS, E["urn:A"]) == svg  # deterministic: no timestamp inside


def _star_build(n):
    """n - 1 people who each meet one hub: n entities, n - 1 edges."""
    ents = {f"urn:{k}": Entity(f"urn:{k}", k, "PER") for k in ["hub"] + [f"p{i}" for i in range(n - 1)]}
    sts = [_ls(i, f"p{i}", "meet", "hub") for i in range(n - 1)]
    return sts, ents


def _options_and_nodes(page):
    import re as re_
    nodes = json.loads(re_.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re_.S).group(1))
    options = json.loads(re_.search(r"var options = (\{.*?\});\n", page, re_.S).group(1))
    return options, nodes


def test_a_big_graph_is_laid_out_before_the_browser_and_drawn_still():
    from kg.viz import PHYSICS_MAX_NODES, generate_html

    small, big = _star_build(10), _star_build(PHYSICS_MAX_NODES + 20)
    opts, nodes = _options_and_nodes(generate_html(*small, {}))
    assert opts["physics"]["enabled"] is True and not any("x" in n for n in nodes)
    opts, nodes = _options_and_nodes(generate_html(*big, {}))
    assert opts["physics"]["enabled"] is False and opts["layout"]["improvedLayout"] is False
    assert len(nodes) == PHYSICS_MAX_NODES + 20 and all("x" in n and "y" in n and n["physics"] is False for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # no two nodes on one spot
    again = _options_and_nodes(generate_html(*big, {}))[1]
    assert [(n["x"], n["y"]) for n in again] == [(n["x"], n["y"]) for n in nodes]  # the same picture each time
