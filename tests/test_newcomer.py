"""What a new user meets first (issue #22): dated .txt inputs, undated counts, the CLI's help, version and dry run,
and an `auto` backend choice that prefers the measured path."""
import json
import re

import pytest

from kg.cli import _parser, main
from kg.config import Config
from kg.errors import InputError
from kg.ingest import read_file, split_front_matter
from kg.nlp import NlpSettings, auto_order, select_backend
from kg.pipeline import build

EN = "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would cooperate with North Korea."
FAKE = Config(backends={"vi": "fake", "fr": "fake", "en": "fake"})


def test_front_matter_gives_a_txt_article_its_date_and_metadata(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\npublished: 2024-10-21\nurl: https://news.example/a\ntitle: Kremlin on Pyongyang\n"
                 "source: Example News\n---\n" + EN, encoding="utf-8")
    [art] = read_file(f)
    assert (art.published, art.url, art.title, art.source) == ("2024-10-21", "https://news.example/a",
                                                              "Kremlin on Pyongyang", "Example News")
    assert art.text == EN  # the front matter is not article text


def test_front_matter_problems_are_reported_and_the_article_kept(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\ndate: 2024-10-21T08:30:00+07:00\nauthor: someone\npublished_x: 1\n---\n" + EN,
                 encoding="utf-8")
    items = list(read_file(f))
    arts = [i for i in items if not isinstance(i, InputError)]
    problems = [i.reason for i in items if isinstance(i, InputError)]
    assert arts[0].published == "2024-10-21"  # `date` is taken for `published`; the time dropped
    assert len(problems) == 2 and all("front matter key" in p and "ignored" in p for p in problems)
    f.write_text("---\npublished: [2024\n---\n" + EN, encoding="utf-8")
    [err] = read_file(f)
    assert isinstance(err, InputError) and "not valid YAML" in err.reason
    f.write_text("---\npublished: 2024-10-21\n" + EN, encoding="utf-8")
    [err] = read_file(f)
    assert "never closed" in err.reason
    assert split_front_matter(EN, "a.txt") == ({}, EN, [])  # no block: the text whole


@pytest.mark.parametrize("head, lang, date", [
    ("WASHINGTON, Oct. 21, 2024 (Reuters) - ", "en", "2024-10-21"),
    ("PARIS, 21 octobre 2024 (AFP) - ", "fr", "2024-10-21"),
    ("HÀ NỘI, 21/10/2024 - ", "vi", "2024-10-21"),
    ("2024-10-21\n", "en", "2024-10-21"),
])
def test_a_dateline_at_the_top_dates_the_article(tmp_path, head, lang, date):
    body = {"en": EN, "fr": "Le porte-parole du Kremlin a déclaré mardi que la Russie coopérerait avec la Corée du "
                            "Nord.",
            "vi": "Người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga sẽ hợp tác với Triều Tiên."}[lang]
    (tmp_path / "a.txt").write_text(head + body, encoding="utf-8")
    [art] = read_file(tmp_path / "a.txt")
    assert art.lang == lang and art.published == date


def test_summary_and_timeline_say_how_many_statements_have_no_date(tmp_path, fake_backend, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    vi = "Ông Peskov cho biết Nga sẽ hợp tác với Triều Tiên trong mọi lĩnh vực."
    (inp / "undated.txt").write_text(vi, encoding="utf-8")
    (inp / "dated.txt").write_text("---\npublished: 2024-10-21\n---\nNgày 21/10/2024, " + vi, encoding="utf-8")
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[nlp.backend]\nvi = "fake"\n', encoding="utf-8")
    rep = build([inp], tmp_path / "o", FAKE)
    sts = [json.loads(x) for x in (tmp_path / "o" / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    undated = [s for s in sts if s["date"] is None and s["relation"]["id"] != "holds_position"]
    assert rep.undated == len(undated) >= 1 and any(s["date"] == "2024-10-21" for s in sts)
    capsys.readouterr()
    assert main(["build", str(inp), "-o", str(tmp_path / "o"), "-q", "--config", str(cfg)]) == 0
    assert f"({rep.undated} with no date" in capsys.readouterr().out
    assert main(["timeline", str(tmp_path / "o"), "Peskov", "-o", str(tmp_path / "t.svg")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2024-10  say 1") and re.search(r"\(\d+ statements? of .* left out: no date", out)


def test_version_help_defaults_and_dry_run(tmp_path, fake_backend, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and re.fullmatch(r"kg \d+\.\d+\.\d+\n", capsys.readouterr().out)
    parser = _parser()
    sub = parser._subparsers._group_actions[0].choices
    for name, p in sub.items():  # every option of every command says its default, when it has one worth saying
        for action in p._actions:
            if action.option_strings and action.default not in (None, False, "==SUPPRESS==") and \
                    action.dest != "help":
                assert "default" in p.formatter_class("kg")._get_help_string(action), (name, action.dest)
    viz_help = sub["viz"].format_help()
    assert "view.html" in viz_help and "see kg/config.py" not in sub["build"].format_help()
    (tmp_path / "a.txt").write_text("---\npublished: 2024-10-21\n---\n" + EN, encoding="utf-8")
    (tmp_path / "bad.txt").write_text("", encoding="utf-8")
    cfg = tmp_path / "kg.toml"
    cfg.write_text('[nlp.backend]\nen = "fake"\n', encoding="utf-8")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "o"), "--dry-run", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "1 article would be built" in out and "id='a'  lang=en  published=2024-10-21" in out
    assert "bad.txt: file is empty" in out and "en: fake 1.0" in out
    assert not (tmp_path / "o").exists()  # nothing written


def test_auto_prefers_the_backend_whose_quality_was_measured(tmp_path, monkeypatch):
    import kg.nlp.stanza_backend as sb

    # even with stanza models present, auto keeps the measured path
    monkeypatch.setattr(sb, "available_processors", lambda lang, root: {"tokenize": "x", "pos": "x", "depparse": "x"})
    assert [auto_order(lang) for lang in ("vi", "fr", "en")] == [("underthesea", "stanza"), ("spacy", "stanza"),
                                                                 ("rules", "spacy", "stanza")]
    assert select_backend("vi", "auto", NlpSettings()).name == "underthesea"
    assert select_backend("fr", "auto", NlpSettings()).name == "spacy"
    assert select_backend("en", "auto", NlpSettings()).name == "rules"
    assert select_backend("vi", "stanza", NlpSettings()).name == "stanza"  # named, it is used
