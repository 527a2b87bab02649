"""graph.html opened in headless Chromium, as a person would: offline, complete, filterable, hover, no script injection."""
import json
import shutil

import pytest

from kg.config import Config
from kg.pipeline import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium; "
                                                         ".ci/run installs it)")

ARTICLE = ("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga sẽ hợp tác với Triều Tiên. "
           "Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại Moskva. "
           'Ông Peskov nói: “<script>window.kgPwned = 1</script> và </script><script>window.kgPwned = 2</script>”. '
           "Ngoại trưởng Nga Sergey Lavrov không gặp Ngoại trưởng Hàn Quốc Cho Tae-yul. "
           "Ông Peskov cho biết Triều Tiên là một đối tác.")  # a second statement from Peskov about North Korea


@pytest.fixture(scope="module")
def page_and_build(tmp_path_factory, request):
    from playwright.sync_api import sync_playwright

    from kg.nlp import BACKENDS

    from conftest import register_fake_backend

    register_fake_backend()
    request.addfinalizer(lambda: BACKENDS.pop("fake", None))
    d = tmp_path_factory.mktemp("html")
    (d / "in").mkdir()
    (d / "in" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    build([d / "in"], d / "out", Config(backends={"vi": "fake"}))
    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"])
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    seen = {"errors": [], "requests": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.goto((d / "out" / "graph.html").as_uri())
    page.wait_for_function("typeof network !== 'undefined' && window.kgView !== undefined")
    page.wait_for_timeout(1500)
    yield page, d / "out", seen
    browser.close()
    pw.stop()


def _records(out):
    return [json.loads(x) for x in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]


def test_no_console_errors_and_nothing_leaves_file_url(page_and_build):
    page, out, seen = page_and_build
    assert seen["errors"] == []
    assert [u for u in seen["requests"] if not u.startswith(("file:", "data:"))] == []


def test_drawn_nodes_are_the_graphs_entities(page_and_build):
    page, out, _ = page_and_build
    recs = _records(out)
    iris = {r["subject"]["iri"] for r in recs} | {r["object"]["iri"] for r in recs if "iri" in r["object"]} | \
        {m["iri"] for r in recs for m in r["mentions"]}
    assert page.evaluate("nodes.getIds().sort()") == sorted(iris)


def test_speech_is_drawn_as_said_about_edges(page_and_build):
    """Peskov's "Nga sẽ hợp tác với Triều Tiên" draws a dashed edge from Peskov to each entity it names."""
    page, out, _ = page_and_build
    edges = page.evaluate("edges.get().map(function (e) { return [e.from, e.kgRelations, e.to, e.dashes]; })")
    ent = "https://w3id.org/kg-news/id/entity/"
    assert [ent + "dmitry_peskov", ["say about"], ent + "north_korea", True] in edges
    assert [ent + "dmitry_peskov", ["say about"], ent + "russia", True] in edges


def test_relation_filter_hides_the_other_edges(page_and_build):
    page, out, _ = page_and_build
    expected = {(r["subject"]["iri"], r["object"]["iri"]) for r in _records(out)
                if r["relation"]["id"] == "holds_position"}
    assert expected
    page.select_option("#kg-rel", ["holds_position"])
    page.dispatch_event("#kg-rel", "change")
    visible = page.evaluate("edges.get({filter: function (e) { return !e.hidden; }})"
                            ".map(function (e) { return [e.from, e.to, e.kgRelations]; })")
    assert {(a, b) for a, b, _ in visible} == expected and all("holds_position" in r for _, _, r in visible)
    assert page.evaluate("edges.length") > len(expected)
    page.select_option("#kg-rel", [])
    page.dispatch_event("#kg-rel", "change")
    assert page.evaluate("edges.get({filter: function (e) { return !e.hidden; }}).length") == page.evaluate("edges.length")


def test_hovering_an_edge_shows_its_source_sentence(page_and_build):
    page, out, _ = page_and_build
    edge = page.evaluate("""(function () {
        var e = edges.get().filter(function (x) { return x.kgRelations.indexOf('meet') >= 0 && x.from.indexOf('vladimir_putin') > 0; })[0];
        var mid = network.body.edges[e.id].edgeType.getPoint(0.5);  // halfway along the drawn (curved) edge
        return network.canvasToDOM(mid);
    })()""")
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    page.mouse.move(box["x"] + edge["x"], box["y"] + edge["y"], steps=5)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tip = page.inner_text("div.vis-tooltip")
    assert "Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại Moskva." in tip


def test_script_in_article_text_does_not_run(page_and_build):
    page, out, _ = page_and_build
    assert page.evaluate("window.kgPwned") is None
    said = page.evaluate("""nodes.get().map(function (n) { return n.title && n.title.textContent || ''; })
                            .filter(function (t) { return t.indexOf('kgPwned') >= 0; })""")
    assert said and "<script>window.kgPwned = 1</script>" in said[0]  # shown as text, not run


def test_clicking_an_entity_opens_its_statements_and_the_url_fragment_reopens_them(page_and_build):
    """Click Peskov (as a person would, at the node's place on the canvas): the side panel lists what he said,
    grouped by relation, with the sentence; the page's URL fragment names him, and opening that URL opens the
    same panel. The quote holding markup is shown as text."""
    page, out, _ = page_and_build
    iri = "https://w3id.org/kg-news/id/entity/dmitry_peskov"
    pos = page.evaluate("(function (id) { var p = network.getPositions([id])[id]; "
                        "return network.canvasToDOM(p); })('%s')" % iri)
    box = page.query_selector("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#kg-entity", state="visible")
    text = page.inner_text("#kg-entity")
    assert "Dmitry Peskov" in text and "Said or did" in text and "Nga sẽ hợp tác với Triều Tiên" in text
    assert "<script>window.kgPwned" in text and page.evaluate("window.kgPwned === undefined")
    assert page.evaluate("location.hash") == "#entity=" + iri.replace(":", "%3A").replace("/", "%2F")
    url = page.evaluate("location.href")
    page.evaluate("document.getElementById('kg-entity-close').click()")
    assert not page.is_visible("#kg-entity")
    page.goto("about:blank")
    page.goto(url)
    page.wait_for_function("typeof network !== 'undefined' && window.kgView !== undefined")
    page.wait_for_selector("#kg-entity", state="visible")
    assert "Dmitry Peskov" in page.inner_text("#kg-entity h3")
    nk = page.evaluate("window.kgView.openEntity('https://w3id.org/kg-news/id/entity/north_korea')")
    assert nk and "Said about it" in page.inner_text("#kg-entity")  # what Peskov said about North Korea


def test_the_month_slider_keeps_only_the_edges_of_those_months(tmp_path_factory, request, page_and_build):
    """Two dated articles (October 2024, January 2025): with both month handles on January, only edges with a
    statement of January 2025 stay drawn; back to the full range, every edge is drawn again."""
    from conftest import fake_build

    lines = [{"id": "oct", "lang": "vi", "published": "2024-10-21",
              "text": "Ngày 21/10/2024, người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga sẽ tiếp tục hợp tác "
                      "với Triều Tiên."},
             {"id": "jan", "lang": "vi", "published": "2025-01-17",
              "text": "Ngày 17/1/2025, Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên Choe Son Hui tại "
                      "Moskva."}]
    out = fake_build(tmp_path_factory, request,
                     {"feed.jsonl": "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)}, "months")
    page = page_and_build[0].context.browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto((out / "graph.html").as_uri())
        page.wait_for_function("typeof network !== 'undefined' && window.kgView !== undefined")
        assert page.evaluate("window.kgView.months") == ["2024-10", "2025-01"]
        shown = "edges.get({filter: function (e) { return !e.hidden; }}).map(function (e) { return e.id; }).length"
        total = page.evaluate("edges.length")
        jan = page.evaluate("edges.get().filter(function (e) { return e.kgMembers.some(function (m) { "
                            "return m.date.slice(0, 7) === '2025-01'; }); }).length")
        assert 0 < jan < total
        page.evaluate("document.getElementById('kg-m0').value = 1; document.getElementById('kg-m1').value = 1; "
                      "window.kgView.byMonths()")
        assert page.evaluate(shown) == jan and page.inner_text("#kg-months-text") == "2025-01 – 2025-01"
        page.evaluate("document.getElementById('kg-m0').value = 0; window.kgView.byMonths()")
        assert page.evaluate(shown) == total
    finally:
        page.close()


def test_parallel_edges_are_one_edge_whose_width_counts_them(page_and_build):
    """Every statement from one entity to another (any relation, said-about included) is one drawn edge; its
    width is 1 + the number of statements (at most 7), and a relation filter narrows the width to what it keeps."""
    page, out, _ = page_and_build
    counts: dict[tuple[str, str], int] = {}
    for r in _records(out):
        targets = [r["object"]["iri"]] if "iri" in r["object"] else \
            list(dict.fromkeys(m["iri"] for m in r["mentions"] if m["iri"] != r["subject"]["iri"]))
        for t in targets:
            counts[(r["subject"]["iri"], t)] = counts.get((r["subject"]["iri"], t), 0) + 1
    drawn = page.evaluate("edges.get().map(function (e) { return [e.from, e.to, e.width, e.kgMembers.length]; })")
    assert len(drawn) == len({(a, b) for a, b, _, _ in drawn}) == len(counts)
    assert {(a, b): n for a, b, _, n in drawn} == counts
    assert all(w == 1 + min(n, 6) for _, _, w, n in drawn)
    peskov_nk = ("https://w3id.org/kg-news/id/entity/dmitry_peskov", "https://w3id.org/kg-news/id/entity/north_korea")
    assert counts[peskov_nk] == 2  # the two things he said about it: one edge, width 3


def test_a_speaker_wears_the_number_of_its_statements(page_and_build):
    page, out, _ = page_and_build
    iri = "https://w3id.org/kg-news/id/entity/dmitry_peskov"
    n = sum(1 for r in _records(out) if r["subject"]["iri"] == iri and "iri" not in r["object"])
    assert n > 1
    assert page.evaluate("nodes.get('%s').label" % iri) == f"Dmitry Peskov\n{n} said"


def test_edge_labels_appear_when_zoomed_in(page_and_build):
    page, out, _ = page_and_build
    size = "network.body.edges[edges.getIds()[0]].options.font.size"
    assert page.evaluate(size) == 0
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(15):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(30)
    page.wait_for_function("network.getScale() >= 1.5")
    assert page.evaluate(size) == 12
    page.evaluate("network.fit()")  # back to the whole graph for the tests after this one


def test_the_url_fragment_keeps_the_filters_and_reopens_them(page_and_build):
    """Filter on a relation and a language: the fragment names them; that URL, opened in a new page, shows the
    same selection and the same edges."""
    page, out, _ = page_and_build
    page.select_option("#kg-rel", ["holds_position"])
    page.select_option("#kg-lang", "vi")
    page.dispatch_event("#kg-rel", "change")
    visible = "edges.get({filter: function (e) { return !e.hidden; }}).map(function (e) { return e.id; }).sort()"
    shown = page.evaluate(visible)
    assert 0 < len(shown) < page.evaluate("edges.length")
    frag = page.evaluate("location.hash")
    assert "rel=holds_position" in frag and "lang=vi" in frag
    other = page.context.browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        other.goto(page.evaluate("location.href"))
        other.wait_for_function("typeof network !== 'undefined' && window.kgView !== undefined")
        assert other.evaluate("Array.from(document.getElementById('kg-rel').selectedOptions)"
                              ".map(function (o) { return o.value; })") == ["holds_position"]
        assert other.input_value("#kg-lang") == "vi" and other.evaluate(visible) == shown
    finally:
        other.close()
        page.select_option("#kg-rel", [])
        page.select_option("#kg-lang", "")
        page.dispatch_event("#kg-rel", "change")
    assert "rel=" not in page.evaluate("location.hash")
