"""Rules written after the first run of dev16 (session 14), each on hand-built documents: a Vietnamese cue after a
comma is the clause's next verb, a relative clause or a possessive aside between a subject and its verb, an
infinitive after an apposition, a body named as an organisation's force, boxes of related articles, and verbs that
declare something other than words."""
from __future__ import annotations

from kg.extract import extract
from kg.ingest.clean import clean_text

from conftest import S, make_doc, triples


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


# --- French and English: titles in the plural, names given, set phrases, occasions --------------------------------

def holders(doc, gaz):
    return {(s.subject.key or s.subject.text, s.object.key) for s in extract(doc, gaz) if s.relation == "holds_position"}


def test_fr_a_title_in_the_plural_gives_each_name_the_country_named_with_it(gaz):
    text = "Les présidents congolais Félix Tshisekedi et rwandais Paul Kagame ont signé un accord."
    doc = make_doc(text, "fr", [
        S("Les/DET/le|présidents/NOUN/président|congolais/ADJ|Félix/PROPN|Tshisekedi/PROPN|et/CCONJ|rwandais/ADJ|"
          "Paul/PROPN|Kagame/PROPN|ont/AUX/avoir|signé/VERB/signer|un/DET|accord/NOUN|./PUNCT")],
        ents=[("Félix Tshisekedi", "PER"), ("Paul Kagame", "PER")])
    assert holders(doc, gaz) == {("Félix Tshisekedi", "Democratic Republic of the Congo"), ("Paul Kagame", "Rwanda")}


def test_en_countries_before_a_plural_title_pair_with_the_names_after_it_and_an_odd_count_gives_nothing(gaz):
    text = "The Russian and Chinese foreign ministers, Sergei Lavrov and Wang Yi, met in Beijing."
    doc = make_doc(text, "en", [
        S("The/DET|Russian/ADJ|and/CCONJ|Chinese/ADJ|foreign/ADJ|ministers/NOUN/minister|,/PUNCT|Sergei/PROPN|"
          "Lavrov/PROPN|and/CCONJ|Wang/PROPN|Yi/PROPN|,/PUNCT|met/VERB/meet|in/ADP|Beijing/PROPN|./PUNCT")],
        ents=[("Sergei Lavrov", "PER"), ("Wang Yi", "PER"), ("Beijing", "GPE")])
    assert holders(doc, gaz) == {("Sergey Lavrov", "Russia"), ("Wang Yi", "China")}
    odd = make_doc("The Russian foreign ministers, Ivan Petrov and Oleg Sidorov, met.", "en", [
        S("The/DET|Russian/ADJ|foreign/ADJ|ministers/NOUN/minister|,/PUNCT|Ivan/PROPN|Petrov/PROPN|and/CCONJ|"
          "Oleg/PROPN|Sidorov/PROPN|,/PUNCT|met/VERB/meet|./PUNCT")], ents=[("Ivan Petrov", "PER"), ("Oleg Sidorov", "PER")])
    assert holders(odd, gaz) == set()


def test_a_cue_that_names_a_thing_says_the_name_given_and_nothing_without_it(gaz):
    fr = make_doc("Lawrence Kanyuka a qualifié l'accord de « mascarade ».", "fr", [
        S("Lawrence/PROPN|Kanyuka/PROPN|a/AUX/avoir|qualifié/VERB/qualifier|l'/DET/le|accord/NOUN|de/ADP|«/PUNCT|"
          "mascarade/NOUN|»/PUNCT|./PUNCT")], ents=[("Lawrence Kanyuka", "PER")])
    assert facts(fr, gaz) == {("Lawrence Kanyuka", "say", "mascarade", "speech.label")}
    en = make_doc('Dmytro Kuleba described the meeting as "difficult". Anna Dalton described the scene in detail.',
                  "en", [
        S('Dmytro/PROPN|Kuleba/PROPN|described/VERB/describe|the/DET|meeting/NOUN|as/ADP|"/PUNCT|difficult/ADJ|'
          '"/PUNCT|./PUNCT'),
        S("Anna/PROPN|Dalton/PROPN|described/VERB/describe|the/DET|scene/NOUN|in/ADP|detail/NOUN|./PUNCT")],
        ents=[("Dmytro Kuleba", "PER"), ("Anna Dalton", "PER")])
    assert facts(en, gaz) == {("Dmytro Kuleba", "say", "difficult", "speech.label")}


def test_fr_a_set_phrase_and_an_auxiliary_tagged_as_a_verb_stand_between_a_subject_and_its_verb(gaz):
    text = "M. Poutine a pour sa part remercié Pékin pour son soutien."
    doc = make_doc(text, "fr", [
        [("M.", "NOUN", "m.", 3, "nsubj"), ("Poutine", "PROPN", "Poutine", 1, "flat:name"),
         ("a", "VERB", "avoir", 7, "aux:tense"), ("pour", "ADP", "pour", 6, "case"), ("sa", "DET", "son", 6, "det"),
         ("part", "NOUN", "part", 7, "obl:mod"), ("remercié", "VERB", "remercier", 0, "root"),
         ("Pékin", "PROPN", "Pékin", 7, "obj"), ("pour", "ADP", "pour", 11, "case"), ("son", "DET", "son", 11, "det"),
         ("soutien", "NOUN", "soutien", 7, "obl:arg"), (".", "PUNCT", ".", 7, "punct")]],
        ents=[("Poutine", "PER"), ("Pékin", "GPE")])
    assert {f[:3] for f in facts(doc, gaz) if f[1] == "praise"} == {("Vladimir Putin", "praise",
                                                                     "Pékin pour son soutien")}


def test_the_occasion_of_a_quote_is_an_encounter_of_the_speaker_with_a_person_not_a_place(gaz):
    fr = make_doc("« La trêve tient », a déclaré Joseph Aoun lors d'un entretien avec Morgan Ortagus.", "fr", [
        S("«/PUNCT|La/DET/le|trêve/NOUN|tient/VERB/tenir|»/PUNCT|,/PUNCT|a/AUX/avoir|déclaré/VERB/déclarer|"
          "Joseph/PROPN|Aoun/PROPN|lors/ADV|d'/ADP/de|un/DET|entretien/NOUN|avec/ADP|Morgan/PROPN|Ortagus/PROPN|"
          "./PUNCT")], ents=[("Joseph Aoun", "PER"), ("Morgan Ortagus", "PER")])
    assert ("Joseph Aoun", "talk", "Morgan Ortagus", "nominal.occasion") in facts(fr, gaz)
    place = make_doc("Georgy Zinoviev a déclaré lors d'une réunion au ministère que la coopération continue.", "fr", [
        S("Georgy/PROPN|Zinoviev/PROPN|a/AUX/avoir|déclaré/VERB/déclarer|lors/ADV|d'/ADP/de|une/DET/un|"
          "réunion/NOUN|au/ADP/à|ministère/NOUN|que/SCONJ|la/DET/le|coopération/NOUN|continue/VERB/continuer|"
          "./PUNCT")], ents=[("Georgy Zinoviev", "PER"), ("ministère", "ORG")])
    assert not any(f[1] in ("meet", "talk") for f in facts(place, gaz))
    en = make_doc('"We need a ceasefire," Anna Dalton said during a meeting with Mark Hale.', "en", [
        S('"/PUNCT|We/PRON|need/VERB|a/DET|ceasefire/NOUN|,/PUNCT|"/PUNCT|Anna/PROPN|Dalton/PROPN|said/VERB/say|'
          'during/ADP|a/DET|meeting/NOUN|with/ADP|Mark/PROPN|Hale/PROPN|./PUNCT')],
        ents=[("Anna Dalton", "PER"), ("Mark Hale", "PER")])
    assert ("Anna Dalton", "meet", "Mark Hale", "nominal.occasion") in facts(en, gaz)


def test_fr_the_support_of_a_country_to_a_body_is_support_and_a_person_thanked_is_no_relative_clause(gaz):
    text = "Il a réaffirmé le soutien de la Norvège à l'armée libanaise. Ilham Aliev a remercié Donald Trump, qu'il a proposé pour le prix Nobel."
    doc = make_doc(text, "fr", [
        S("Il/PRON/il|a/AUX/avoir|réaffirmé/VERB/réaffirmer|le/DET|soutien/NOUN|de/ADP|la/DET/le|Norvège/PROPN|"
          "à/ADP|l'/DET/le|armée/NOUN|libanaise/ADJ/libanais|./PUNCT"),
        S("Ilham/PROPN|Aliev/PROPN|a/AUX/avoir|remercié/VERB/remercier|Donald/PROPN|Trump/PROPN|,/PUNCT|qu'/PRON/que|"
          "il/PRON|a/AUX/avoir|proposé/VERB/proposer|pour/ADP|le/DET|prix/NOUN|Nobel/PROPN|./PUNCT")],
        ents=[("Norvège", "GPE"), ("armée libanaise", "ORG"), ("Ilham Aliev", "PER"), ("Donald Trump", "PER")])
    got = facts(doc, gaz)
    assert ("Norway", "support", "armée libanaise", "nominal.possessive_owner") in got
    assert not any(f[1] == "request" for f in got)
    assert any(f[0] == "Ilham Aliev" and f[1] == "praise" and f[2].startswith("Donald Trump") for f in got)


def test_a_demonym_of_two_countries_names_the_one_the_article_names(gaz):
    def country(text, words, ents):
        doc = make_doc(text, "fr", [S(words)], ents=ents)
        return gaz.demonym("congolais", "fr", doc)
    assert country("La RDC accuse le Rwanda.", "La/DET|RDC/PROPN|accuse/VERB/accuser|le/DET|Rwanda/PROPN|./PUNCT",
                   [("RDC", "GPE"), ("Rwanda", "GPE")]) == "Democratic Republic of the Congo"
    assert country("La république du Congo est calme.",
                   "La/DET|république/NOUN|du/ADP|Congo/PROPN|est/AUX/être|calme/ADJ|./PUNCT",
                   [("république du Congo", "GPE")]) == "Republic of the Congo"


def test_en_an_organisations_office_holder_is_the_one_the_article_gave_the_post_else_the_body(gaz):
    text = ("EU top diplomat Kaja Kallas arrived in Pristina. "
            "The European Union's top diplomat met Albin Kurti on Thursday.")
    second = S("The/DET|European/PROPN|Union/PROPN|'s/PART|top/ADJ|diplomat/NOUN|met/VERB/meet|Albin/PROPN|"
               "Kurti/PROPN|on/ADP|Thursday/PROPN|./PUNCT")
    doc = make_doc(text, "en", [
        S("EU/PROPN|top/ADJ|diplomat/NOUN|Kaja/PROPN|Kallas/PROPN|arrived/VERB/arrive|in/ADP|Pristina/PROPN|./PUNCT"),
        second], ents=[("EU", "ORG"), ("Kaja Kallas", "PER"), ("Pristina", "GPE"), ("European Union", "ORG"),
                       ("Albin Kurti", "PER")])
    assert ("Kaja Kallas", "meet", "Albin Kurti") in {f[:3] for f in facts(doc, gaz)}
    alone = make_doc(text.split(". ", 1)[1], "en", [second], ents=[("European Union", "ORG"), ("Albin Kurti", "PER")])
    assert {f[:3] for f in facts(alone, gaz)} == {("European Union", "meet", "Albin Kurti")}  # (decision 0022)


# --- Vietnamese: a visit with "tới", "cho hay", an outlet's noun, the president's office ---------------------------

def test_vi_toi_is_a_visit_to_a_place_only_and_cho_hay_is_a_cue(gaz):
    text = ("Ông Tập Cận Bình tới Hàn Quốc. Ông Lý Văn Hải chuyển lời chào tới Thủ tướng Trần Văn Bình. "
            "Văn phòng Tổng thống Hàn Quốc cho hay hai bên đã ký sáu văn kiện.")
    doc = make_doc(text, "vi", [
        S("Ông/NOUN|Tập Cận Bình/PROPN|tới/VERB|Hàn Quốc/PROPN|./PUNCT"),
        S("Ông/NOUN|Lý Văn Hải/PROPN|chuyển/VERB|lời/NOUN|chào/VERB|tới/VERB|Thủ tướng/NOUN|Trần Văn Bình/PROPN|"
          "./PUNCT"),
        S("Văn phòng/NOUN|Tổng thống/NOUN|Hàn Quốc/PROPN|cho hay/VERB|hai/NUM|bên/NOUN|đã/ADV|ký/VERB|sáu/NUM|"
          "văn kiện/NOUN|./PUNCT")],
        ents=[("Tập Cận Bình", "PER"), ("Hàn Quốc", "GPE"), ("Lý Văn Hải", "PER"), ("Trần Văn Bình", "PER"),
              ("Hàn Quốc", "GPE")])
    got = {f[:3] for f in facts(doc, gaz)}
    assert ("Xi Jinping", "visit", "Hàn Quốc") in got
    assert not any(f[1] == "visit" and f[0] == "Lý Văn Hải" for f in got)
    assert ("Presidency of South Korea", "say", "hai bên đã ký sáu văn kiện") in got


def test_vi_an_outlets_noun_before_its_name_is_no_part_of_what_it_reported(gaz):
    text = "Vài giờ trước cuộc gặp, Triều Tiên phóng thử một tên lửa, hãng thông tấn KCNA đưa tin."
    doc = make_doc(text, "vi", [
        S("Vài/DET|giờ/NOUN|trước/ADP|cuộc/NOUN|gặp/VERB|,/PUNCT|Triều Tiên/PROPN|phóng/VERB|thử/VERB|một/NUM|"
          "tên lửa/NOUN|,/PUNCT|hãng/NOUN|thông tấn/NOUN|KCNA/PROPN|đưa tin/VERB|./PUNCT")],
        ents=[("Triều Tiên", "GPE"), ("KCNA", "ORG")])
    assert ("KCNA", "report", "Vài giờ trước cuộc gặp, Triều Tiên phóng thử một tên lửa") in {
        f[:3] for f in facts(doc, gaz)}


# --- dev17: transcripts, trailing attributions, briefings, boxes of key points ---------------------------------------

def test_en_a_transcripts_speaker_labels_say_who_answers_and_the_one_who_asks_says_nothing(gaz):
    text = ("Foreign Minister Ana Ruiz sat down with host Clara Benning on Wednesday.\n"
            "CLARA BENNING: You met the envoy last week. What did you ask him for?\n"
            "ANA RUIZ, FOREIGN MINISTER: We asked for fairness on tariffs.\n"
            "BENNING: And China? It is your largest partner.\n"
            "RUIZ: We will not choose between the two powers.")
    doc = make_doc(text, "en", [
        S("Foreign/PROPN|Minister/PROPN|Ana/PROPN|Ruiz/PROPN|sat/VERB/sit|down/ADP|with/ADP|host/NOUN|Clara/PROPN|"
          "Benning/PROPN|on/ADP|Wednesday/PROPN|./PUNCT"),
        S("CLARA/PROPN|BENNING/PROPN|:/PUNCT|You/PRON|met/VERB/meet|the/DET|envoy/NOUN|last/ADJ|week/NOUN|./PUNCT"),
        S("What/PRON|did/AUX/do|you/PRON|ask/VERB|him/PRON|for/ADP|?/PUNCT"),
        S("ANA/PROPN|RUIZ/PROPN|,/PUNCT|FOREIGN/PROPN|MINISTER/PROPN|:/PUNCT|We/PRON|asked/VERB/ask|for/ADP|"
          "fairness/NOUN|on/ADP|tariffs/NOUN/tariff|./PUNCT"),
        S("BENNING/PROPN|:/PUNCT|And/CCONJ|China/PROPN|?/PUNCT"),
        S("It/PRON|is/AUX/be|your/PRON|largest/ADJ|partner/NOUN|./PUNCT"),
        S("RUIZ/PROPN|:/PUNCT|We/PRON|will/AUX|not/PART|choose/VERB|between/ADP|the/DET|two/NUM|powers/NOUN/power|"
          "./PUNCT")],
        ents=[("Ana Ruiz", "PER"), ("Clara Benning", "PER"), ("China", "GPE")])
    got = {(f[0].lower(), *f[1:3]) for f in facts(doc, gaz)}  # (the label "ANA RUIZ" names her too)
    assert ("ana ruiz", "say", "We will not choose between the two powers.") in got
    assert ("ana ruiz", "request", "for fairness on tariffs") in got
    assert not any(f[0] == "clara benning" for f in got)


def test_en_a_trailing_attribution_with_a_day_keeps_the_clause_before_it(gaz):
    text = "Iran will limit inspections, Foreign Minister Ali Rahimi said on Sunday, in a blow to a deal struck in May."
    doc = make_doc(text, "en", [
        S("Iran/PROPN|will/AUX|limit/VERB|inspections/NOUN/inspection|,/PUNCT|Foreign/PROPN|Minister/PROPN|"
          "Ali/PROPN|Rahimi/PROPN|said/VERB/say|on/ADP|Sunday/PROPN|,/PUNCT|in/ADP|a/DET|blow/NOUN|to/ADP|a/DET|"
          "deal/NOUN|struck/VERB/strike|in/ADP|May/PROPN|./PUNCT")], ents=[("Iran", "GPE"), ("Ali Rahimi", "PER")])
    assert ("Ali Rahimi", "say", "Iran will limit inspections") in {f[:3] for f in facts(doc, gaz)}


def test_fr_a_capitalised_word_after_the_comma_of_an_apposition_is_the_first_name(gaz):
    text = "Un de ses responsables, Oussama Hamdane, a affirmé que les otages seraient libérés."
    doc = make_doc(text, "fr", [
        S("Un/PRON|de/ADP|ses/DET/son|responsables/NOUN/responsable|,/PUNCT|Oussama/NOUN|Hamdane/PROPN|,/PUNCT|"
          "a/AUX/avoir|affirmé/VERB/affirmer|que/SCONJ|les/DET/le|otages/NOUN/otage|seraient/AUX/être|"
          "libérés/VERB/libérer|./PUNCT")], ents=[("Hamdane", "PER")])
    assert [e.text for e in doc.entities] == ["Oussama Hamdane"]


def test_fr_a_title_with_no_country_is_the_one_untitled_person_named_just_before(gaz):
    text = ("Emmanuel Macron s'est entretenu avec le président égyptien, Abdel Fattah al-Sissi. "
            "Le chef de l'État a rappelé que la France était prête.")
    doc = make_doc(text, "fr", [
        S("Emmanuel/PROPN|Macron/PROPN|s'/PRON/se|est/AUX/être|entretenu/VERB/entretenir|avec/ADP|le/DET|"
          "président/NOUN|égyptien/ADJ|,/PUNCT|Abdel/PROPN|Fattah/PROPN|al-Sissi/PROPN|./PUNCT"),
        S("Le/DET|chef/NOUN|de/ADP|l'/DET/le|État/NOUN|a/AUX/avoir|rappelé/VERB/rappeler|que/SCONJ|la/DET/le|"
          "France/PROPN|était/AUX/être|prête/ADJ|./PUNCT")],
        ents=[("Emmanuel Macron", "PER"), ("Abdel Fattah al-Sissi", "PER"), ("France", "GPE")])
    assert ("Emmanuel Macron", "say", "la France était prête") in {f[:3] for f in facts(doc, gaz)}


def test_fr_reagir_says_a_quote_and_declines_only_when_negated(gaz):
    text = "« C'est un geste d'humanité », a réagi Emmanuel Macron. La Russie n'a pas réagi. Le Kremlin a réagi en convoquant l'ambassadeur."
    doc = make_doc(text, "fr", [
        S("«/PUNCT|C'/PRON/ce|est/AUX/être|un/DET|geste/NOUN|d'/ADP/de|humanité/NOUN|»/PUNCT|,/PUNCT|a/AUX/avoir|"
          "réagi/VERB/réagir|Emmanuel/PROPN|Macron/PROPN|./PUNCT"),
        S("La/DET/le|Russie/PROPN|n'/ADV/ne|a/AUX/avoir|pas/ADV|réagi/VERB/réagir|./PUNCT"),
        S("Le/DET/le|Kremlin/PROPN|a/AUX/avoir|réagi/VERB/réagir|en/ADP|convoquant/VERB/convoquer|l'/DET/le|"
          "ambassadeur/NOUN|./PUNCT")],
        ents=[("Emmanuel Macron", "PER"), ("Russie", "GPE"), ("Kremlin", "ORG")])
    got = {f[:2] for f in facts(doc, gaz)}
    assert got == {("Emmanuel Macron", "say"), ("Russia", "decline_comment")}


def test_vi_a_briefing_answer_where_the_country_speaks_is_the_spokespersons_words_and_a_caption_is_not(gaz):
    text = ("Người phát ngôn Bộ Ngoại giao Lê Thu Hà chủ trì họp báo.\n"
            "Phóng viên: Việt Nam phản ứng thế nào trước vụ việc?\n"
            "Trả lời: Việt Nam yêu cầu phía bên kia tôn trọng chủ quyền của Việt Nam.\n"
            "Người phát ngôn Bộ Ngoại giao Lê Thu Hà.\n"
            "Phóng viên: Xin cho biết thông tin về chuyến thăm?\n"
            "Trả lời: Hai bên sẽ ký một số văn kiện hợp tác về năng lượng.")
    doc = make_doc(text, "vi", [
        S("Người/NOUN|phát ngôn/VERB|Bộ/NOUN|Ngoại giao/NOUN|Lê Thu Hà/PROPN|chủ trì/VERB|họp báo/NOUN|./PUNCT"),
        S("Phóng viên/NOUN|:/PUNCT|Việt Nam/PROPN|phản ứng/VERB|thế nào/ADV|trước/ADP|vụ việc/NOUN|?/PUNCT"),
        S("Trả lời/VERB|:/PUNCT|Việt Nam/PROPN|yêu cầu/VERB|phía/NOUN|bên/NOUN|kia/DET|tôn trọng/VERB|"
          "chủ quyền/NOUN|của/ADP|Việt Nam/PROPN|./PUNCT"),
        S("Người/NOUN|phát ngôn/VERB|Bộ/NOUN|Ngoại giao/NOUN|Lê Thu Hà/PROPN|./PUNCT"),
        S("Phóng viên/NOUN|:/PUNCT|Xin/VERB|cho/VERB|biết/VERB|thông tin/NOUN|về/ADP|chuyến/NOUN|thăm/VERB|"
          "?/PUNCT"),
        S("Trả lời/VERB|:/PUNCT|Hai/NUM|bên/NOUN|sẽ/ADV|ký/VERB|một số/DET|văn kiện/NOUN|hợp tác/VERB|về/ADP|"
          "năng lượng/NOUN|./PUNCT")],
        ents=[("Bộ Ngoại giao", "ORG"), ("Lê Thu Hà", "PER"), ("Việt Nam", "GPE"), ("Việt Nam", "GPE"),
              ("Việt Nam", "GPE"), ("Bộ Ngoại giao", "ORG"), ("Lê Thu Hà", "PER")])
    said = {f[2] for f in facts(doc, gaz) if f[0] == "Lê Thu Hà" and f[1] == "say"}
    assert said == {"Việt Nam yêu cầu phía bên kia tôn trọng chủ quyền của Việt Nam.",
                    "Hai bên sẽ ký một số văn kiện hợp tác về năng lượng."}


def test_a_box_of_key_points_goes_with_its_bullets():
    from kg.extract.discourse import summary_sentences

    text = ('Iran says it will limit access\nIran will restrict access, the minister said.\nKEY POINTS\n'
            '- Europe triggers snapback\n- Tehran says deal "no longer relevant"\n'
            '"The Europeans have chosen confrontation," the minister said.')
    doc = make_doc(text, "en", [
        S("Iran/PROPN|says/VERB/say|it/PRON|will/AUX|limit/VERB|access/NOUN"),
        S("Iran/PROPN|will/AUX|restrict/VERB|access/NOUN|,/PUNCT|the/DET|minister/NOUN|said/VERB/say|./PUNCT"),
        S("KEY/ADJ|POINTS/NOUN"), S("-/PUNCT|Europe/PROPN|triggers/VERB/trigger|snapback/NOUN"),
        S('-/PUNCT|Tehran/PROPN|says/VERB/say|deal/NOUN|"/PUNCT|no/DET|longer/ADV|relevant/ADJ|"/PUNCT'),
        S('"/PUNCT|The/DET|Europeans/PROPN|have/AUX|chosen/VERB/choose|confrontation/NOUN|,/PUNCT|"/PUNCT|the/DET|'
          'minister/NOUN|said/VERB/say|./PUNCT')])
    assert summary_sentences(doc) == {2, 3, 4}  # (the box's line and its two bullets; not the quote after them)


def test_a_key_point_only_the_box_says_is_kept_and_one_the_body_says_again_is_left_out(gaz):
    text = ("Guerre en Ukraine\nL'ESSENTIEL\n- L'armée de l'air ukrainienne a indiqué que la Russie avait lancé 400 "
            "drones.\n- Le ministère ukrainien de l'Énergie a signalé des coupures.\nLe ministère ukrainien de "
            "l'Énergie a signalé samedi des coupures à Kiev.")
    doc = make_doc(text, "fr", [
        S("Guerre/NOUN|en/ADP|Ukraine/PROPN"), S("L'/DET/le|ESSENTIEL/NOUN"),
        S("-/PUNCT|L'/DET/le|armée/NOUN|de/ADP|l'/DET/le|air/NOUN|ukrainienne/ADJ|a/AUX/avoir|indiqué/VERB/indiquer|"
          "que/SCONJ|la/DET|Russie/PROPN|avait/AUX/avoir|lancé/VERB/lancer|400/NUM|drones/NOUN/drone|./PUNCT"),
        S("-/PUNCT|Le/DET|ministère/NOUN|ukrainien/ADJ|de/ADP|l'/DET/le|Énergie/NOUN/énergie|a/AUX/avoir|"
          "signalé/VERB/signaler|des/DET|coupures/NOUN/coupure|./PUNCT"),
        S("Le/DET|ministère/NOUN|ukrainien/ADJ|de/ADP|l'/DET/le|Énergie/NOUN/énergie|a/AUX/avoir|signalé/VERB/signaler|"
          "samedi/NOUN|des/DET|coupures/NOUN/coupure|à/ADP|Kiev/PROPN|./PUNCT")],
        ents=[("Ukraine", "GPE"), ("Russie", "GPE"), ("Kiev", "GPE")])
    said = {o for s, r, o in triples(doc, gaz) if r == "say"}
    assert said == {"la Russie avait lancé 400 drones", "des coupures à Kiev"}  # (the box's second point: left out)


def test_en_an_attribution_inside_a_clause_says_the_whole_clause_but_not_after_an_adverbial(gaz):
    text = ('Institutional recipients, said Anna Dalton, are required to exhibit the photographs. '
            'After the match, Mark Hale, the coach, said, "We have learned a lot."')
    doc = make_doc(text, "en", [
        S("Institutional/ADJ|recipients/NOUN/recipient|,/PUNCT|said/VERB/say|Anna/PROPN|Dalton/PROPN|,/PUNCT|"
          "are/AUX/be|required/VERB/require|to/PART|exhibit/VERB|the/DET|photographs/NOUN/photograph|./PUNCT"),
        S('After/ADP|the/DET|match/NOUN|,/PUNCT|Mark/PROPN|Hale/PROPN|,/PUNCT|the/DET|coach/NOUN|,/PUNCT|'
          'said/VERB/say|,/PUNCT|"/PUNCT|We/PRON|have/AUX|learned/VERB/learn|a/DET|lot/NOUN|./PUNCT|"/PUNCT')],
        ents=[("Anna Dalton", "PER"), ("Mark Hale", "PER")])
    got = {f[:3] for f in facts(doc, gaz)}
    assert ("Anna Dalton", "say", "Institutional recipients, said Anna Dalton, are required to exhibit the "
                                  "photographs") in got
    assert ("Mark Hale", "say", "We have learned a lot") in got


def test_en_a_short_place_name_in_a_speakers_words_is_the_speakers_own_country(gaz):
    text = 'South Korean President Kim Min-su met the envoy. "Korea and Japan are neighbours," Kim said.'
    doc = make_doc(text, "en", [
        S("South/ADJ|Korean/ADJ|President/NOUN|Kim/PROPN|Min-su/PROPN|met/VERB/meet|the/DET|envoy/NOUN|"
          "./PUNCT"),
        S('"/PUNCT|Korea/PROPN|and/CCONJ|Japan/PROPN|are/AUX/be|neighbours/NOUN/neighbour|,/PUNCT|"/PUNCT|'
          'Kim/PROPN|said/VERB/say|./PUNCT')],
        ents=[("Kim Min-su", "PER"), ("Korea", "MISC"), ("Japan", "GPE"), ("Kim", "PER")])
    said = next(s for s in extract(doc, gaz) if s.relation == "say")
    assert [(m.text, m.key) for m in said.mentions] == [("Korea", "South Korea"), ("Japan", "Japan")]


def test_en_a_person_told_before_that_is_no_relative_clause(gaz):
    text = "Anna Dalton told Mark Hale that prices would fall."
    doc = make_doc(text, "en", [
        S("Anna/PROPN|Dalton/PROPN|told/VERB/tell|Mark/PROPN|Hale/PROPN|that/SCONJ|prices/NOUN/price|would/AUX|"
          "fall/VERB|./PUNCT")], ents=[("Anna Dalton", "PER"), ("Mark Hale", "PER")])
    assert {f[:3] for f in facts(doc, gaz)} == {("Anna Dalton", "say", "prices would fall")}


def test_vi_a_name_after_the_verb_of_the_object_is_that_verbs_not_the_cues(gaz):
    text = "Kabul sẽ không ủng hộ bất kỳ nhóm vũ trang nào chống lại Pakistan. Nga gửi quân tới Belarus."
    doc = make_doc(text, "vi", [
        S("Kabul/PROPN|sẽ/ADV|không/ADV|ủng hộ/VERB|bất kỳ/ADJ|nhóm/NOUN|vũ trang/NOUN|nào/PRON|chống/VERB|"
          "lại/VERB|Pakistan/PROPN|./PUNCT"),
        S("Nga/PROPN|gửi/VERB|quân/NOUN|tới/VERB|Belarus/PROPN|./PUNCT")],
        ents=[("Kabul", "GPE"), ("Pakistan", "GPE"), ("Nga", "GPE"), ("Belarus", "GPE")])
    got = {f[:3] for f in facts(doc, gaz)}
    assert not any(f[1] == "support" for f in got)
    assert ("Russia", "deploy", "Belarus") in got


def test_a_key_point_is_left_out_when_one_who_holds_a_post_in_its_speaker_speaks_in_the_body(gaz):
    # (as for a headline: a box's point may be the page's only copy of what the speaker said, but it paraphrases the
    # body as often, in other words — the point is kept only when its speaker says nothing in the body)
    text = ("Grève à la SNCF\nCe qu'il faut retenir\n- La CGT annonce une nouvelle journée de mobilisation le 12 "
            "décembre.\nLa secrétaire générale de la CGT, Sophie Laurent, a déclaré que la direction méprisait les "
            "conducteurs.")
    doc = make_doc(text, "fr", [
        S("Grève/NOUN|à/ADP|la/DET|SNCF/PROPN"), S("Ce/PRON|qu'/PRON|il/PRON|faut/VERB/falloir|retenir/VERB"),
        S("-/PUNCT|La/DET|CGT/PROPN|annonce/VERB/annoncer|une/DET|nouvelle/ADJ|journée/NOUN|de/ADP|"
          "mobilisation/NOUN|le/DET|12/NUM|décembre/NOUN|./PUNCT"),
        S("La/DET|secrétaire/NOUN|générale/ADJ|de/ADP|la/DET|CGT/PROPN|,/PUNCT|Sophie Laurent/PROPN|,/PUNCT|"
          "a/AUX/avoir|déclaré/VERB/déclarer|que/SCONJ|la/DET|direction/NOUN|méprisait/VERB/mépriser|les/DET|"
          "conducteurs/NOUN/conducteur|./PUNCT")],
        ents=[("SNCF", "ORG"), ("CGT", "ORG"), ("CGT", "ORG"), ("Sophie Laurent", "PER")])
    said = {(s, o) for s, r, o in triples(doc, gaz) if r == "say"}
    assert said == {("Sophie Laurent", "la direction méprisait les conducteurs")}
