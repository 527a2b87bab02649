"""Rules written after the first run of dev16 (session 14), each on hand-built documents: a Vietnamese cue after a
comma is the clause's next verb, a relative clause or a possessive aside between a subject and its verb, an
infinitive after an apposition, a body named as an organisation's force, boxes of related articles, and verbs that
declare something other than words."""
from __future__ import annotations

from kg.extract import extract
from kg.ingest.clean import clean_text

from conftest import make_doc


def S(spec: str) -> list[tuple]:
    """One sentence from "word/UPOS[/lemma]|word/UPOS|…" ("|" separates words, which may hold spaces)."""
    return [tuple(w.rsplit("/", 2) if w.count("/") >= 2 else w.rsplit("/", 1)) for w in spec.split("|")]


def facts(doc, gaz):
    return {(s.subject.key or s.subject.text, s.relation, s.object.text if s.object else s.object_text,
             dict(s.extra)["rule"]) for s in extract(doc, gaz)}


# --- Vietnamese: a cue after a comma -----------------------------------------------------------------------------

def test_vi_a_cue_after_a_comma_is_said_by_the_clause_subject_and_ends_the_first_content(gaz):
    text = ("Thủ tướng Lê Văn An hoan nghênh chuyến thăm của Bộ trưởng Trần Văn Bình, khẳng định Việt Nam coi trọng "
            "hợp tác.")
    doc = make_doc(text, "vi", [
        S("Thủ tướng/NOUN|Lê Văn An/PROPN|hoan nghênh/VERB|chuyến/NOUN|thăm/VERB|của/ADP|Bộ trưởng/NOUN|"
          "Trần Văn Bình/PROPN|,/PUNCT|khẳng định/VERB|Việt Nam/PROPN|coi trọng/VERB|hợp tác/VERB|./PUNCT")],
        ents=[("Lê Văn An", "PER"), ("Trần Văn Bình", "PER"), ("Việt Nam", "GPE")])
    got = facts(doc, gaz)
    assert ("Lê Văn An", "praise", "chuyến thăm của Bộ trưởng Trần Văn Bình", "speech.subject") in got
    assert ("Lê Văn An", "say", "Việt Nam coi trọng hợp tác", "speech.participle_speaker") in got
    assert not any(f[0] == "Trần Văn Bình" and f[1] == "say" for f in got)


def test_vi_a_cue_after_a_passive_aside_keeps_the_subject_before_the_aside(gaz):
    text = "Thứ trưởng Nguyễn Văn Hà, được hãng thông tấn TASS trích dẫn, cho biết Nga sẽ đáp trả."
    doc = make_doc(text, "vi", [
        S("Thứ trưởng/NOUN|Nguyễn Văn Hà/PROPN|,/PUNCT|được/AUX|hãng/NOUN|thông tấn/NOUN|TASS/PROPN|trích dẫn/VERB|"
          ",/PUNCT|cho biết/VERB|Nga/PROPN|sẽ/AUX|đáp trả/VERB|./PUNCT")],
        ents=[("Nguyễn Văn Hà", "PER"), ("TASS", "ORG"), ("Nga", "GPE")])
    said = {f for f in facts(doc, gaz) if f[1] == "say"}
    assert said == {("Nguyễn Văn Hà", "say", "Nga sẽ đáp trả", "speech.subject")}


# --- English: asides between a subject and its verb --------------------------------------------------------------

def test_en_a_relative_clause_before_the_verb_leaves_the_name_before_it_the_speaker_of_a_nested_cue(gaz):
    text = "The Delta Front, which has fought the Lakeside Guard since 2023, said it welcomed the plan."
    doc = make_doc(text, "en", [
        S("The/DET|Delta/PROPN|Front/PROPN|,/PUNCT|which/PRON|has/AUX|fought/VERB/fight|the/DET|Lakeside/PROPN|"
          "Guard/PROPN|since/ADP|2023/NUM|,/PUNCT|said/VERB/say|it/PRON|welcomed/VERB/welcome|the/DET|plan/NOUN|"
          "./PUNCT")],
        ents=[("Delta Front", "ORG"), ("Lakeside Guard", "ORG")])
    got = {f[:3] for f in facts(doc, gaz)}
    assert ("Delta Front", "praise", "the plan") in got
    assert not any(f[0] == "Lakeside Guard" for f in got)


def test_en_an_aside_naming_what_a_country_is_to_an_organisation_leaves_the_country_the_speaker(gaz):
    text = "Freedonia, NATO's largest economy, said it would raise spending."
    doc = make_doc(text, "en", [
        S("Freedonia/PROPN|,/PUNCT|NATO/PROPN|'s/PART|largest/ADJ|economy/NOUN|,/PUNCT|said/VERB/say|it/PRON|"
          "would/AUX|raise/VERB|spending/NOUN|./PUNCT")],
        ents=[("Freedonia", "GPE"), ("NATO", "ORG")])
    got = {f[:3] for f in facts(doc, gaz)}
    assert ("Freedonia", "say", "it would raise spending") in got
    assert not any(f[0] == "NATO" for f in got)


def test_en_a_call_on_a_body_with_an_apposition_keeps_the_infinitive_and_the_body_is_part_of_its_owner(gaz):
    text = "Albin Kurti called on KFOR, NATO's peacekeeping force in Kosovo, to investigate the attack."
    doc = make_doc(text, "en", [
        S("Albin/PROPN|Kurti/PROPN|called/VERB/call|on/ADP|KFOR/PROPN|,/PUNCT|NATO/PROPN|'s/PART|"
          "peacekeeping/VERB|force/NOUN|in/ADP|Kosovo/PROPN|,/PUNCT|to/ADP|investigate/VERB|the/DET|attack/NOUN|"
          "./PUNCT")],
        ents=[("Albin Kurti", "PER"), ("KFOR", "ORG"), ("NATO", "ORG"), ("Kosovo", "GPE")])
    got = facts(doc, gaz)
    assert ("Albin Kurti", "urge", "KFOR, NATO's peacekeeping force in Kosovo, to investigate the attack",
            "speech.subject") in got
    assert ("KFOR", "part_of", "NATO", "structure.possessive_body") in got


def test_en_a_purpose_infinitive_after_a_comma_still_ends_what_was_said(gaz):
    text = "Mark Hale said prices would fall, to the relief of traders."
    doc = make_doc(text, "en", [
        S("Mark/PROPN|Hale/PROPN|said/VERB/say|prices/NOUN|would/AUX|fall/VERB|,/PUNCT|to/ADP|the/DET|relief/NOUN|"
          "of/ADP|traders/NOUN|./PUNCT")], ents=[("Mark Hale", "PER")])
    assert {f[:3] for f in facts(doc, gaz)} == {("Mark Hale", "say", "prices would fall")}


# --- verbs that declare no words ---------------------------------------------------------------------------------

def test_en_and_fr_declaring_independence_or_war_is_no_speech(gaz):
    en = make_doc("Freedonia declared independence in 2008.", "en", [
        S("Freedonia/PROPN|declared/VERB/declare|independence/NOUN|in/ADP|2008/NUM|./PUNCT")],
        ents=[("Freedonia", "GPE")])
    fr = make_doc("La Freedonie a déclaré la guerre en 2008.", "fr", [
        S("La/DET|Freedonie/PROPN|a/AUX/avoir|déclaré/VERB/déclarer|la/DET|guerre/NOUN|en/ADP|2008/NUM|./PUNCT")],
        ents=[("Freedonie", "GPE")])
    said = make_doc("Freedonia declared that the talks had failed.", "en", [
        S("Freedonia/PROPN|declared/VERB/declare|that/SCONJ|the/DET|talks/NOUN/talk|had/AUX|failed/VERB/fail|"
          "./PUNCT")], ents=[("Freedonia", "GPE")])
    assert facts(en, gaz) == set() and facts(fr, gaz) == set()
    assert {f[:3] for f in facts(said, gaz)} == {("Freedonia", "say", "the talks had failed")}


# --- boxes of related articles -----------------------------------------------------------------------------------

def test_the_headlines_of_a_related_box_go_with_it_and_the_body_after_them_stays():
    raw = ("Leaders meet in Brussels\nThe envoy met both leaders on Thursday.\nRELATED COVERAGE\n"
           "EU threatens new measures over unrest\nTalks to resume next month\n"
           "Kurti said his government would not withdraw.")
    text, _ = clean_text(raw, "en")
    assert text.split("\n") == ["Leaders meet in Brussels", "The envoy met both leaders on Thursday.",
                                "Kurti said his government would not withdraw."]
    vi, _ = clean_text("Hai bên ký thỏa thuận.\nTin liên quan\nViệt Nam nâng cấp quan hệ\nThúc đẩy hợp tác số", "vi")
    assert vi == "Hai bên ký thỏa thuận."
    fr, _ = clean_text("Le président a parlé.\nÀ lire aussi :\nLe désarmement divise\nIl a ajouté qu'il partait.",
                       "fr")
    assert fr.split("\n") == ["Le président a parlé.", "Il a ajouté qu'il partait."]
