"""Rules written after the first run of dev36 (session 20), each on hand-built documents or on the model-free English
backend: a Belgian budget page ("Le Premier ministre Bart De Wever (N-VA)", "Le ministre des Finances, X (N-VA)"), a
regional page ("Contacté, le président de … n'a pas souhaité réagir"), an AP Tokyo story ("Tokyo will not back
down", "…, who asked not to be named, told The Associated Press that …"), and Vietnamese pages ("Bộ trưởng Bộ Xây
dựng X báo cáo …", "phát biểu của ông Macron", "Điện Kremlin … Tuần trước, người phát ngôn X")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples

# --- English -----------------------------------------------------------------------------------------------------


def test_en_back_down_is_no_support_and_who_was_told_is_no_speaker(gaz):
    doc = english("Japan's Takaichi says Tokyo will not back down in China dispute. A senior Japanese official, who "
                  "asked not to be named, told The Associated Press that the two governments had held talks.", gaz)
    got = triples(doc, gaz)
    assert not {t for t in got if t[1] == "support"}
    assert not {t for t in got if t[0] == "Associated Press"}


# --- French ------------------------------------------------------------------------------------------------------


def test_fr_a_known_prime_minister_gives_the_page_its_country_and_an_opening_participle_is_no_name(gaz):
    text = ("Le Premier ministre Bart De Wever (N-VA) a défendu mardi le budget. Le ministre des Finances, Jan Jambon "
            "(N-VA), a précisé que les pensions seraient épargnées. Contacté, le président de la métropole n'a pas "
            "souhaité réagir.")
    doc = make_doc(text, "fr", [
        S("Le/DET|Premier/ADJ|ministre/NOUN|Bart De Wever/PROPN|(/PUNCT|N-VA/PROPN|)/PUNCT|a/AUX/avoir|"
          "défendu/VERB/défendre|mardi/NOUN|le/DET|budget/NOUN|./PUNCT"),
        S("Le/DET|ministre/NOUN|des/ADP|Finances/NOUN|,/PUNCT|Jan Jambon/PROPN|(/PUNCT|N-VA/PROPN|)/PUNCT|,/PUNCT|"
          "a/AUX/avoir|précisé/VERB/préciser|que/SCONJ|les/DET|pensions/NOUN|seraient/AUX/être|"
          "épargnées/VERB/épargner|./PUNCT"),
        S("Contacté/PROPN|,/PUNCT|le/DET|président/NOUN|de/ADP|la/DET|métropole/NOUN|n'/ADV|a/AUX/avoir|pas/ADV|"
          "souhaité/VERB/souhaiter|réagir/VERB|./PUNCT")],
        ents=[("Bart De Wever", "PER"), ("N-VA", "ORG"), ("Jan Jambon", "PER"), ("N-VA", "ORG"), ("Contacté", "LOC")])
    got = triples(doc, gaz)
    assert ("Bart De Wever", "holds_position", "Belgium") in got
    assert ("Jan Jambon", "holds_position", "Belgium") in got
    assert not {t for t in got if t[0] == "Contacté"}


# --- Vietnamese --------------------------------------------------------------------------------------------------


def test_vi_a_ministers_report_a_statement_noun_and_a_spokesperson_of_the_body_before(gaz):
    text = ("Bộ trưởng Bộ Xây dựng Trần Hồng Minh báo cáo còn 3 dự án chậm tiến độ có nguy cơ. Điện Kremlin chưa bình luận về "
            "phát biểu của ông Macron. Tuần trước, người phát ngôn Dmitry Peskov cáo buộc phương Tây kéo dài chiến "
            "tranh.")
    doc = make_doc(text, "vi", [
        S("Bộ trưởng/NOUN|Bộ/NOUN|Xây dựng/NOUN|Trần Hồng Minh/PROPN|báo cáo/VERB|còn/ADV|3/NUM|dự án/NOUN|"
          "chậm/ADJ|tiến độ/NOUN|có/VERB|nguy cơ/NOUN|./PUNCT"),
        S("Điện Kremlin/PROPN|chưa/ADV|bình luận/VERB|về/ADP|phát biểu/VERB|của/ADP|ông/NOUN|Macron/PROPN|./PUNCT"),
        S("Tuần/NOUN|trước/ADJ|,/PUNCT|người/NOUN|phát ngôn/VERB|Dmitry Peskov/PROPN|cáo buộc/VERB|phương Tây/NOUN|"
          "kéo dài/VERB|chiến tranh/NOUN|./PUNCT")],
        ents=[("Trần Hồng Minh", "PER"), ("Điện Kremlin", "ORG"), ("Macron", "PER"), ("Dmitry Peskov", "PER")])
    got = triples(doc, gaz)
    assert ("Trần Hồng Minh", "holds_position", "Ministry of Construction of Vietnam") in got
    assert ("Trần Hồng Minh", "say", "còn 3 dự án chậm tiến độ có nguy cơ") in got
    assert not {t for t in got if t[1] == "say" and "Macron" in t[2]}
    assert ("Dmitry Peskov", "holds_position", "Kremlin") in got
