"""Real backends on a seed paragraph, and the seed build scored by the shared scorer. Marked ``models``."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.config import Config
from kg.extract import extract
from kg.gazetteer import load_gazetteer
from kg.model import Article
from kg.nlp import NlpSettings, load_annotator
from kg.nlp.entities import apply_gazetteer
from kg.pipeline import build
from kg.resolve import translit_key

pytestmark = pytest.mark.models

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STANZA_DIR = SHARED / "models" / "stanza"
VI = ("Cũng trong ngày 21/10, phát biểu với báo giới, người phát ngôn Điện Kremlin Dmitry Peskov nói: “Triều Tiên "
      "là láng giềng gần gũi, đối tác của chúng tôi. Chúng tôi phát triển mối quan hệ trong mọi lĩnh vực”.")
FR = ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la question concernant les soldats nord-coréens "
      "devait être adressée au ministère russe de la Défense. Il a toutefois précisé que la coopération avec la "
      "Corée du Nord n'était dirigée contre aucun pays tiers.")


def _check_offsets(doc):
    text = doc.article.text
    assert doc.tokens and doc.sentences
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
    for e in doc.entities:
        assert text[e.char_start:e.char_end] == e.text
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))


def _annotate(lang, backend, text, settings=NlpSettings()):
    be, ann = load_annotator(lang, backend, settings)
    return apply_gazetteer(ann(Article("p", text, lang, published="2024-10-22")), load_gazetteer())


def test_underthesea_vietnamese_paragraph():
    doc = _annotate("vi", "underthesea", VI)
    _check_offsets(doc)
    assert len(doc.sentences) == 1  # the quote spans two sentences and is kept whole
    assert {"North Korea", "Kremlin"} <= {e.kb for e in doc.entities}
    facts = [(s.subject.text, s.relation, s.role, s.date) for s in extract(doc, load_gazetteer())]
    assert ("Dmitry Peskov", "holds_position", "spokesperson", None) in facts
    assert ("Dmitry Peskov", "say", None, "2024-10-21") in facts


def test_underthesea_dates_are_numbers_so_the_subject_before_them_is_found():
    # underthesea tags "3/9" a verb; the backend makes digits with separators numbers
    doc = _annotate("vi", "underthesea", "Bà Mao Ninh hôm 3/9 cho biết Bắc Kinh không phản đối.")
    assert [t.upos for t in doc.tokens if t.text == "3/9"] == ["NUM"]
    facts = [(s.subject.text, s.relation, s.object_text) for s in extract(doc, load_gazetteer())]
    assert ("Mao Ninh", "say", "Bắc Kinh không phản đối") in facts


def test_spacy_french_paragraph():
    doc = _annotate("fr", "spacy", FR)
    _check_offsets(doc)
    assert doc.has_parse and any(t.deprel.startswith("nsubj") for t in doc.tokens)
    sts = extract(doc, load_gazetteer())
    peskov = translit_key("Dmitry Peskov")  # the gazetteer key and the French spelling are one person
    facts = [(translit_key(s.subject.key or s.subject.text), s.relation, s.polarity) for s in sts]
    assert (peskov, "holds_position", "affirmed") in facts
    assert sum(1 for f in facts if f == (peskov, "say", "affirmed")) == 2  # "Il a toutefois précisé" is Peskov too


@pytest.mark.skipif(not (STANZA_DIR / "resources.json").exists(),
                    reason=f"no stanza models at {STANZA_DIR} (the shared small Vietnamese models)")
def test_stanza_vietnamese_with_shared_models():
    doc = _annotate("vi", "stanza", VI, NlpSettings(stanza_dir=str(STANZA_DIR)))
    _check_offsets(doc)
    assert doc.backend == "stanza" and doc.has_parse
    assert any(t.head >= 0 for t in doc.tokens)
    # the small shared tokenizer glues names together ("Điện Kremlin Dmitry Peskov" is one word), so only the
    # proper-noun span is checked here, not its gazetteer link
    assert any("Peskov" in e.text for e in doc.entities)


SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "gold_seeds.json"
SEED_F1_FLOOR = 0.80  # measured 0.835 with the offline default backends (see docs/QUALITY.md)


_BUILDS: dict[str, Path] = {}


def _built(name: str, tmp_path_factory) -> Path:
    """The statements of a seed or dev-set build, made once per test session."""
    if name not in _BUILDS:
        out = tmp_path_factory.mktemp(name)
        src = ROOT / "data" / "articles" if name == "seeds" else ROOT / "bench" / "quality" / f"{name}.jsonl"
        rep = build([src], out, Config())
        n_articles = 5 if name == "seeds" else DEV_SETS[name][0]
        assert rep.articles == n_articles and not rep.errors
        _BUILDS[name] = out / "statements.jsonl"
    return _BUILDS[name]


def _gold(name: str) -> Path:
    return GOLD if name == "seeds" else ROOT / "bench" / "quality" / f"gold_{name}.json"


# bench/quality: hand-annotated articles on other events. dev: 2 vi, 2 fr, 2 en (F1 0.871 at the end of session 4);
# dev2: 1 vi, 1 fr, 2 en incl. an off-topic sports report, written and annotated before the system ever ran on them
# (first run 0.740, 0.944 after the session-4 rules); dev3 (2 vi, 2 fr, 2 en, one business and one tech-regulation
# piece) and dev4 (2 vi, 2 fr incl. a rugby report, 2 en incl. a business piece), both also annotated before their first
# run (0.642 and 0.669; 0.951 and 0.793 after the session-5 rules). Floors sit below the measured figures
# (docs/QUALITY.md).
# dev5 (2 vi, 3 fr incl. a sports report, 2 en; session 6): first run 0.645, 0.985 after the session-6 rules.
# dev6 (vi), dev7 (fr), dev8 (en), 6 articles each, written like real pages (headlines, captions, boxes, datelines,
# Q&A, quotes over paragraphs; session 9): first runs 0.638, 0.512, 0.581; after the session-9 rules 0.881, 0.792,
# 0.793. dev9 (vi), dev10 (fr), dev11 (en), 3 articles each, written after those rules: first runs 0.792, 0.708, 0.842
# (dev10 0.824 after two French rules written from its misses). dev12 (2 vi, 2 fr, 2 en, entity-heavy: coast guards,
# juntas, a regional bloc and its commission; session 11): first run 0.719 (0.737 once two accusations followed the
# seed gold's text convention), 0.871 after the rules written from its misses.
# dev13 (2 vi, 2 fr, 2 en on topics new to the project, session 12): first run 0.835, 0.941 after its rules.
# dev14 and dev15 (2 vi, 2 fr, 2 en each, session 13): first runs 0.745 and 0.806; 0.915 and 0.867 after their rules.
# dev16 (2 vi, 2 fr, 2 en, session 14): first run 0.763, 0.940 after its rules. dev17 (2 vi, 2 fr, 2 en, written after
# dev16's rules): first run 0.766, 0.942 after its rules.
# dev18 and dev19 (2 vi, 2 fr, 2 en each, session 15; dev19 written after dev18's rules): first runs 0.600 and 0.824,
# 0.867 and 0.947 after their rules. dev20 (2 vi, 2 fr, 2 en on general topics: space, a city council, football, a
# car plant): first run 0.594, 0.800 after its rules. dev21 (2 vi, 2 fr, 2 en, session 16: a court sentencing, a
# science story, a justice page, a live blog, a provincial investor reception, foreign news): first run 0.750, 0.980
# after its rules. dev22 (2 vi, 2 fr, 2 en, written after dev21's rules: an election, an outbreak, job cuts, a foreign
# page, a National Assembly session, a storm): first run 0.655, 0.89 after its rules. dev23 (written after dev22's rules:
# a Senate vote, a tennis final, a city hall reception, an IMF accord, a leaders' phone call, a trade page): first
# run 0.725, 0.94 after its rules. dev24 (written after dev23's rules: a Quebec page, a court ruling with a capitals
# dateline, a museum theft, a market story, a sentencing, border talks): first run 0.701, 0.857 after its rules.
# dev25 (session 17, written after dev24's rules: a Reuters energy story with bullet points, London fares, an AFP
# diplomatic row, a mayor's interview, a foreign ministry briefing, a shareholders' meeting): first run 0.703, 0.926
# after its rules. dev26 (session 18: an AP court story, a state bill signing, a French radio interview in Q/R lines,
# a factory closure, ambassadors' credentials, a Vietnamese trial): first run 0.574, 0.95 after its rules. dev27 (written
# after dev26's rules: UK politics, a football club, a science story, a death in custody, a ministers' visit, a
# Vietnamese police page, a minister receiving an ambassador): first run 0.721, 0.935 after its rules. dev28 (written
# after dev27's rules: a central bank, floods, a company's earnings, Quebec politics, a signing in Dakar, a banking
# conference, a China-Japan row): first run 0.712, 0.856 after its rules. dev29 (written after dev28's rules: a
# syndicated wire, a city council, a UN Security Council vote, an Algerian agency's phone call, an AFP summons, a
# Vietnamese prime minister's phone call, a press conference in Q&A): first run 0.798, 0.956 after its rules. dev30
# (written after dev29's rules: a live blog, a court report, an AP story of long sentences, a French live page and an
# analysis, a Vietnamese world page, a National Assembly questioning): first run 0.753, 0.96 after its rules. dev31
# (written after dev30's rules, four English Wikinews-style pages far from geopolitics, a Belgian and an Ivorian page,
# a Vietnamese storm): first run 0.800, 0.941 after its rules. dev32 (written after dev31's rules: an obituary, a
# company story, a Swiss and a French political page, a Vietnamese company abroad, ministers' talks, a police page):
# first run 0.769, 0.880 after its rules. dev33 (written after dev32's rules: a call readout, an AP court story, an
# AFP phone-call story, a Quebec press-point transcript and news page, a Vietnamese reception, a world page): first
# run 0.722, 0.965 after its rules. dev34 (written after dev33's rules: a PMQs story, a derby report, an explainer
# with question subheads, a Senegalese page, a French court page, a Vietnamese provincial reception, a football
# page): first run 0.788, 0.942 after its rules. dev35 (written after dev34's rules: a government news release, a
# story of anonymous diplomats, a state-capitol story, an RFI page, a present-tense interview, two Vietnamese pages):
# first run 0.684, 0.918 after its rules. dev36 (written after dev35's rules, three French pages: Belgian, regional
# and 20 Minutes; an AP Tokyo story, a Guardian NHS story, two Vietnamese pages): first run 0.815, 0.938 after its
# rules. dev37 (written after dev36's rules: a UN briefing page, a CNN interview story, a state visit, a Swiss
# parliament vote, a Vietnamese foreign ministry answer, a world page, a commune's evacuation): first run 0.855, 0.896
# after its rules. dev38 (written after dev37's rules: a syndicated feed page, an aggregator page, a live page, an
# official interview transcript, a radio page, a Vietnamese spokesperson and a tag page): first run 0.725, 0.929.
# dev39 (written after dev38's rules: an Indian briefing story, a "sources said" story, a Kyodo lead, a French live
# page with a key-points box, an AFP dispatch, a VOA Vietnamese page, a Vietnamese quote page): first run 0.779, 0.949.
# dev40 (written after dev39's rules: a Chinese MFA press conference, UN meetings coverage, a list of key events, Le
# Monde, a Belgian page, a Vietnamese trade page, a VOV world page): first run 0.696, 0.867. dev41 (written after
# dev40's rules: a Reuters exclusive, a White House readout, Radio-Canada, RTS, Tuổi Trẻ, Dân trí): first run 0.847,
# no rules written from it (the session's closing estimate). dev42 (written after dev41 was recorded: a TASS English
# page, a Dawn briefing story, a Senegalese page, an RFI page, a TGVN briefing, a VnExpress world page): first run
# 0.791, 0.932. dev43 (written after dev42's rules: an AP story, an ABC page, France 24, Keystone-ATS, a QĐND
# reception, a Thanh Niên world page): first run 0.789, 0.931. dev44 (written after dev43's rules: an Inquirer page, a
# Korea Herald page, La Presse canadienne, Le Figaro, a Tuổi Trẻ reception, a VOV page): first run 0.780, 0.923.
# dev45 (written after dev44's rules: the Guardian, Hindustan Times, RTBF, Jeune Afrique, Nhân Dân, VietnamPlus): first
# run 0.876, no rules written from it (the session's closing estimate).
DEV_SETS = {"dev": (6, 0.85), "dev2": (4, 0.90), "dev3": (6, 0.90), "dev4": (6, 0.78), "dev5": (7, 0.93),
            "dev6": (6, 0.82), "dev7": (6, 0.78), "dev8": (6, 0.76), "dev9": (3, 0.75), "dev10": (3, 0.78),
            "dev11": (3, 0.80), "dev12": (6, 0.82), "dev13": (6, 0.86), "dev14": (6, 0.85), "dev15": (6, 0.80),
            "dev16": (6, 0.88), "dev17": (6, 0.86), "dev18": (6, 0.83), "dev19": (6, 0.90),
            "dev20": (6, 0.76), "dev21": (6, 0.93),
            "dev22": (6, 0.88), "dev23": (6, 0.90), "dev24": (6, 0.88),
            "dev25": (6, 0.88), "dev26": (6, 0.90), "dev27": (7, 0.88), "dev28": (7, 0.80),
            "dev29": (7, 0.90), "dev30": (7, 0.90),
            "dev31": (7, 0.88), "dev32": (7, 0.84), "dev33": (7, 0.92), "dev34": (7, 0.90), "dev35": (7, 0.88), "dev36": (7, 0.90), "dev37": (7, 0.86),
            "dev38": (7, 0.90), "dev39": (7, 0.90),
            "dev40": (7, 0.82), "dev41": (6, 0.80), "dev42": (6, 0.88),
            "dev43": (6, 0.88), "dev44": (6, 0.86),
            "dev45": (6, 0.82)}


@pytest.mark.skipif(not GOLD.exists(), reason=f"the seeds' gold facts are not in the repository: {GOLD}")
def test_seed_build_score_does_not_regress(tmp_path_factory):
    from kg.evaluate import evaluate, load_gold, load_statements

    score = evaluate(load_gold(GOLD), load_statements(_built("seeds", tmp_path_factory))).summary()
    assert score["all"]["F1"] >= SEED_F1_FLOOR, score
    assert score["entities_split"] == 0 and score["iris_merging_two_entities"] == 0, score


@pytest.mark.parametrize("name", sorted(DEV_SETS))
def test_dev_set_score_does_not_regress(tmp_path_factory, name):
    from kg.evaluate import evaluate, load_gold, load_statements

    score = evaluate(load_gold(_gold(name)), load_statements(_built(name, tmp_path_factory))).summary()
    assert score["all"]["F1"] >= DEV_SETS[name][1], score


@pytest.mark.skipif(not SCORER.exists(), reason=f"no reference scorer at {SCORER} (a clone without ../shared)")
@pytest.mark.parametrize("name", ["seeds", *sorted(DEV_SETS)])
def test_kg_eval_equals_the_reference_scorer(tmp_path_factory, name, capsys):
    """`kg eval --json` gives the reference scorer's summary, key for key, on the seeds and every dev set."""
    from kg.cli import main

    statements = _built(name, tmp_path_factory)
    ref = subprocess.run([sys.executable, str(SCORER), str(_gold(name)), str(statements), "--json"],
                         capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout)
    capsys.readouterr()
    assert main(["eval", str(_gold(name)), str(statements.parent), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    assert {k: v for k, v in ours.items() if k not in ("relations", "rules")} == expected
    assert ours["all"]["gold"] > 0 and sum(r["gold"] for r in ours["relations"].values()) == ours["all"]["gold"]


def test_seed_build_conforms_to_the_shapes(tmp_path):
    from kg.query import load_graph
    from kg.validate import validate_graph

    build([ROOT / "data" / "articles"], tmp_path, Config())
    ok, report = validate_graph(load_graph(tmp_path))
    assert ok, report


def test_who_said_gives_the_same_rows_for_every_name_of_north_korea_on_the_seeds(tmp_path_factory):
    """The issue's check: on the seed build, who-said about North Korea / Triều Tiên / Corée du Nord / Bắc Hàn gives
    the same rows (the issue measured 9, 28 and 14 rows for the first three before the mention links)."""
    from kg.query import run_query

    out = _built("seeds", tmp_path_factory).parent
    answers = {n: run_query(out, "who-said", {"entity": n}, "oxigraph")[1]
               for n in ("North Korea", "Triều Tiên", "Corée du Nord", "Bắc Hàn")}
    rows = answers["North Korea"]
    assert len(rows) > 20 and all(a == rows for a in answers.values())
    assert len({r["article"] for r in rows}) >= 4  # statements of Vietnamese and French articles alike
    between = {a: run_query(out, "relations-between", {"a": a, "b": "Corée du Nord"}, "oxigraph")[1]
               for a in ("Russia", "Nga", "Russie")}
    assert len(between["Russia"]) > 5 and all(b == between["Russia"] for b in between.values())
