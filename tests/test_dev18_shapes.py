"""Rules written after the first run of dev18 (session 15), each on hand-built documents: a Vietnamese reception page
(a fronted "Tiếp X," and verbs listed after a semicolon, a post only one country has, a title that ends a place's
name), a name given with "gọi … là", a French interview set as dialogue with a photographer's credit, French cues
("faire savoir", "rassurer que", "parler avec"), an English clause opened by "as", a modifier inside a possessive
title, and an English organisation named after "Members of the"."""
from __future__ import annotations

from kg.extract import extract
from kg.ingest.clean import clean_text

from conftest import S, make_doc


def facts(doc, gaz):
    return {(s.subject.key or s.subject.text, s.relation, s.object.key or s.object.text if s.object else
             s.object_text, dict(s.extra)["rule"]) for s in extract(doc, gaz)}


def positions(doc, gaz):
    return {(s.subject.key or s.subject.text, s.object.key or s.object.text, s.role) for s in extract(doc, gaz)
            if s.relation == "holds_position"}


# --- Vietnamese: a reception page ------------------------------------------------------------------------------

RECEPTION = ("Chủ tịch nước Trần Văn Nam đã tiếp các Đại sứ. Tiếp Đại sứ Chile Pablo Rojas, Chủ tịch nước chúc mừng "
             "Đại sứ; đề nghị hai bên tăng cường hợp tác nông nghiệp.")


def reception_doc():
    return make_doc(RECEPTION, "vi", [
        S("Chủ tịch/NOUN|nước/NOUN|Trần Văn Nam/PROPN|đã/ADV|tiếp/VERB|các/DET|Đại sứ/NOUN|./PUNCT"),
        S("Tiếp/VERB|Đại sứ/NOUN|Chile/PROPN|Pablo Rojas/PROPN|,/PUNCT|Chủ tịch/NOUN|nước/NOUN|chúc mừng/VERB|"
          "Đại sứ/NOUN|;/PUNCT|đề nghị/VERB|hai/NUM|bên/NOUN|tăng cường/VERB|hợp tác/VERB|nông nghiệp/NOUN|./PUNCT")],
        ents=[("Trần Văn Nam", "PER"), ("Chile", "GPE"), ("Pablo Rojas", "PER")])


def test_vi_a_fronted_reception_verb_has_the_subject_of_the_clause_after_its_comma(gaz):
    got = facts(reception_doc(), gaz)
    assert ("Trần Văn Nam", "meet", "Pablo Rojas", "interactions.subject_verb_object") in got


def test_vi_a_verb_listed_after_a_semicolon_has_the_sentence_subject(gaz):
    got = facts(reception_doc(), gaz)
    assert ("Trần Văn Nam", "request", "hai bên tăng cường hợp tác nông nghiệp", "speech.participle_speaker") in got


def test_vi_a_national_post_gives_its_country_and_a_title_opening_the_next_clause_is_not_an_apposition(gaz):
    got = positions(reception_doc(), gaz)
    assert ("Trần Văn Nam", "Vietnam", "president") in got
    assert ("Pablo Rojas", "Chile", "ambassador") in got
    assert not any(p == "Pablo Rojas" and role == "president" for p, _, role in got)


def test_vi_a_national_post_of_an_unknown_person_beside_another_country_gives_no_country(gaz):
    text = "Chủ tịch nước Sonexay Vongkham nhấn mạnh Lào luôn coi trọng hợp tác."
    doc = make_doc(text, "vi", [
        S("Chủ tịch/NOUN|nước/NOUN|Sonexay Vongkham/PROPN|nhấn mạnh/VERB|Lào/PROPN|luôn/ADV|coi trọng/VERB|"
          "hợp tác/VERB|./PUNCT")],
        ents=[("Sonexay Vongkham", "PER"), ("Lào", "GPE")])
    assert not any(body == "Vietnam" for _, body, _ in positions(doc, gaz))


def test_vi_a_title_word_that_ends_a_place_name_is_no_post(gaz):
    text = "Chiều 6/11, tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Nam đã tiếp đoàn."
    doc = make_doc(text, "vi", [
        S("Chiều/NOUN|6/11/NUM|,/PUNCT|tại/ADP|Phủ/PROPN|Chủ/PROPN|tịch/NOUN|,/PUNCT|Chủ tịch/NOUN|nước/NOUN|"
          "Trần Văn Nam/PROPN|đã/ADV|tiếp/VERB|đoàn/NOUN|./PUNCT")],
        ents=[("Phủ Chủ", "LOC"), ("Trần Văn Nam", "PER")])
    assert positions(doc, gaz) == {("Trần Văn Nam", "Vietnam", "president")}


def test_vi_a_bare_national_title_means_the_holder_of_that_post_not_a_later_president(gaz):
    text = ("Chủ tịch nước Trần Văn Nam tiếp Đại sứ. Đại sứ cho biết Tổng thống Luiz Lula mong sớm thăm Hà Nội. "
            "Chủ tịch nước khẳng định Việt Nam coi trọng quan hệ với Brazil.")
    doc = make_doc(text, "vi", [
        S("Chủ tịch/NOUN|nước/NOUN|Trần Văn Nam/PROPN|tiếp/VERB|Đại sứ/NOUN|./PUNCT"),
        S("Đại sứ/NOUN|cho biết/VERB|Tổng thống/NOUN|Luiz Lula/PROPN|mong/VERB|sớm/ADJ|thăm/VERB|Hà Nội/PROPN|"
          "./PUNCT"),
        S("Chủ tịch/NOUN|nước/NOUN|khẳng định/VERB|Việt Nam/PROPN|coi trọng/VERB|quan hệ/NOUN|với/ADP|Brazil/PROPN|"
          "./PUNCT")],
        ents=[("Trần Văn Nam", "PER"), ("Luiz Lula", "PER"), ("Hà Nội", "GPE"), ("Việt Nam", "GPE"),
              ("Brazil", "GPE")])
    said = {(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "say"}
    assert ("Trần Văn Nam", "Việt Nam coi trọng quan hệ với Brazil") in said


def test_vi_goi_la_gives_the_quoted_name_whatever_follows_the_quote(gaz):
    text = 'Ông Lim Wei gọi văn kiện là "bước đi đầu tiên để khôi phục lòng tin" giữa hai nước láng giềng.'
    doc = make_doc(text, "vi", [
        S('Ông/NOUN|Lim Wei/PROPN|gọi/VERB|văn kiện/ADJ|là/CCONJ|"/PUNCT|bước đi/NOUN|đầu tiên/ADJ|để/ADP|'
          'khôi phục/VERB|lòng/NOUN|tin/NOUN|"/PUNCT|giữa/ADP|hai/NUM|nước/NOUN|láng giềng/ADJ|./PUNCT')],
        ents=[("Lim Wei", "PER")])
    assert ("Lim Wei", "say", "bước đi đầu tiên để khôi phục lòng tin", "speech.label") in facts(doc, gaz)


def test_vi_goi_without_la_names_nothing(gaz):
    text = "Ông Lim Wei gọi điện cho đối tác."
    doc = make_doc(text, "vi", [S("Ông/NOUN|Lim Wei/PROPN|gọi/VERB|điện/NOUN|cho/ADP|đối tác/NOUN|./PUNCT")],
                   ents=[("Lim Wei", "PER")])
    assert not any(f[1] == "say" for f in facts(doc, gaz))


# --- French: an interview set as dialogue ----------------------------------------------------------------------

def test_fr_a_photographers_credit_and_the_interviewers_byline_are_furniture():
    raw = ("Propos recueillis par Claire Dufresne\n"
           "Le ministre Paul Girard, à Paris, le 17 octobre. JULIEN MARTIN / HANS LUCAS\n"
           "— Les sanctions vont-elles passer ?")
    text, _ = clean_text(raw, "fr")
    assert "Dufresne" not in text and "HANS LUCAS" not in text and "JULIEN" not in text
    assert "Le ministre Paul Girard, à Paris, le 17 octobre." in text


def test_fr_a_dialogue_turn_that_trails_off_is_a_question_and_the_next_turn_the_interviewees_answer(gaz):
    text = ("Paul Girard au ministère.\n— Les sanctions vont-elles passer ?\n— Je le crois, et nous les voterons "
            "mardi prochain.\n— La Hongrie bloque encore le texte…\n— Nous discutons avec Budapest depuis des semaines "
            "déjà.")
    doc = make_doc(text, "fr", [
        S("Paul/PROPN|Girard/PROPN|au/ADP|ministère/NOUN|./PUNCT"),
        S("—/PUNCT|Les/DET|sanctions/NOUN|vont/VERB/aller|-elles/PRON/elle|passer/VERB|?/PUNCT"),
        S("—/PUNCT|Je/PRON|le/PRON|crois/VERB/croire|,/PUNCT|et/CCONJ|nous/PRON|les/PRON|voterons/VERB/voter|"
          "mardi/NOUN|prochain/ADJ|./PUNCT"),
        S("—/PUNCT|La/DET|Hongrie/PROPN|bloque/VERB/bloquer|encore/ADV|le/DET|texte/NOUN|…/PUNCT"),
        S("—/PUNCT|Nous/PRON|discutons/VERB/discuter|avec/ADP|Budapest/PROPN|depuis/ADP|des/DET|semaines/NOUN|"
          "déjà/ADV|./PUNCT")],
        ents=[("Paul Girard", "PER"), ("Hongrie", "GPE"), ("Budapest", "GPE")])
    answers = {f[2] for f in facts(doc, gaz) if f[0] == "Paul Girard" and f[3] == "speech.interview_answer"}
    assert any(a.startswith("Nous discutons avec Budapest") for a in answers)
    assert not any("Hongrie bloque" in a for a in answers)


# --- French: cues -------------------------------------------------------------------------------------------------

def test_fr_faire_savoir_and_rassurer_que_say_and_rassurer_with_an_object_does_not(gaz):
    text = ("Le ministre Jean Valois a fait savoir que le contrat ne serait pas renégocié. Le ministre Marc Doré a "
            "rassuré que la production démarrerait en 2028. Marc Doré a rassuré les marchés.")
    doc = make_doc(text, "fr", [
        S("Le/DET|ministre/NOUN|Jean/PROPN|Valois/PROPN|a/AUX/avoir|fait/VERB/faire|savoir/VERB|que/SCONJ|le/DET|"
          "contrat/NOUN|ne/ADV|serait/AUX/être|pas/ADV|renégocié/VERB/renégocier|./PUNCT"),
        S("Le/DET|ministre/NOUN|Marc/PROPN|Doré/PROPN|a/AUX/avoir|rassuré/VERB/rassurer|que/SCONJ|la/DET|"
          "production/NOUN|démarrerait/VERB/démarrer|en/ADP|2028/NUM|./PUNCT"),
        S("Marc/PROPN|Doré/PROPN|a/AUX/avoir|rassuré/VERB/rassurer|les/DET|marchés/NOUN/marché|./PUNCT")],
        ents=[("Jean Valois", "PER"), ("Marc Doré", "PER"), ("Marc Doré", "PER")])
    said = {(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "say"}
    assert said == {("Jean Valois", "le contrat ne serait pas renégocié"),
                    ("Marc Doré", "la production démarrerait en 2028")}


def test_fr_parler_avec_a_named_person_is_a_talk(gaz):
    text = "Paul Girard a parlé avec son homologue slovaque Juraj Novak mardi."
    doc = make_doc(text, "fr", [
        S("Paul/PROPN|Girard/PROPN|a/AUX/avoir|parlé/VERB/parler|avec/ADP|son/DET|homologue/NOUN|slovaque/ADJ|"
          "Juraj/PROPN|Novak/PROPN|mardi/NOUN|./PUNCT")],
        ents=[("Paul Girard", "PER"), ("Juraj Novak", "PER")])
    assert ("Paul Girard", "talk", "Juraj Novak", "interactions.subject_verb_object") in facts(doc, gaz)


# --- English ------------------------------------------------------------------------------------------------------

def test_en_a_name_opening_a_clause_after_as_is_no_object_of_the_verb_before(gaz):
    text = "Starmer and Macron sign returns deal as Badenoch calls it a gimmick"
    doc = make_doc(text, "en", [
        S("Starmer/PROPN|and/CCONJ|Macron/PROPN|sign/VERB|returns/VERB/return|deal/NOUN|as/SCONJ|Badenoch/PROPN|"
          "calls/VERB/call|it/PRON|a/DET|gimmick/NOUN")],
        ents=[("Starmer", "PER"), ("Macron", "PER"), ("Badenoch", "MISC")])
    got = facts(doc, gaz)
    assert not any(f[1] == "sign" and f[2] == "Badenoch" for f in got)


def test_en_a_modifier_inside_a_possessive_title_in_apposition(gaz):
    text = '"We held the line," said Brian Hale, the IAM\'s international president, in a statement.'
    doc = make_doc(text, "en", [
        S('"/PUNCT|We/PRON|held/VERB/hold|the/DET|line/NOUN|,/PUNCT|"/PUNCT|said/VERB/say|Brian/PROPN|Hale/PROPN|'
          ",/PUNCT|the/DET|IAM/PROPN|'s/PART|international/ADJ|president/NOUN|,/PUNCT|in/ADP|a/DET|"
          "statement/NOUN|./PUNCT")],
        ents=[("Brian Hale", "PER"), ("IAM", "ORG")])
    assert ("Brian Hale", "IAM", "president") in positions(doc, gaz)


def test_en_the_home_secretary_is_britains_unless_another_country_is_named(gaz):
    text = "The Home Secretary, Jane Doe, is due to meet officials in Paris next week."
    doc = make_doc(text, "en", [
        S("The/DET|Home/PROPN|Secretary/PROPN|,/PUNCT|Jane/PROPN|Doe/PROPN|,/PUNCT|is/AUX/be|due/ADJ|to/PART|"
          "meet/VERB|officials/NOUN|in/ADP|Paris/PROPN|next/ADJ|week/NOUN|./PUNCT")],
        ents=[("Jane Doe", "PER"), ("Paris", "GPE")])
    assert ("Jane Doe", "United Kingdom", "home secretary") in positions(doc, gaz)


def test_en_members_of_an_organisation_are_not_part_of_its_name(gaz):
    from kg.model import Article
    from kg.nlp import NlpSettings, load_annotator
    from kg.nlp.entities import apply_gazetteer

    _, annotate = load_annotator("en", "rules", NlpSettings())  # the model-free English backend
    doc = apply_gazetteer(annotate(Article("t", "Members of the International Association of Machinists voted. "
                                                "Friends of the Earth said no.", "en")), gaz)
    names = {e.text for e in doc.entities}
    assert "International Association of Machinists" in names
    assert not any(n.startswith("Members") and "Association" in n for n in names)
    assert "Friends of the Earth" in names


# --- French: the two leaders, and an unnamed office holder ----------------------------------------------------

def test_fr_the_two_leaders_are_the_two_titled_people_and_se_dire_preoccupe_is_one_concern(gaz):
    text = ("Le président valdorien Paul Girard a reçu son homologue estonien Jaan Tamm. Selon la présidence, les deux "
            "dirigeants ont évoqué la situation au Mali et se sont dits préoccupés par le blocus de Bamako.")
    doc = make_doc(text, "fr", [
        S("Le/DET|président/NOUN|valdorien/ADJ|Paul/PROPN|Girard/PROPN|a/AUX/avoir|reçu/VERB/recevoir|son/DET|"
          "homologue/NOUN|estonien/ADJ|Jaan/PROPN|Tamm/PROPN|./PUNCT"),
        S("Selon/ADP|la/DET|présidence/NOUN|,/PUNCT|les/DET|deux/NUM|dirigeants/NOUN/dirigeant|ont/AUX/avoir|"
          "évoqué/VERB/évoquer|la/DET|situation/NOUN|au/ADP|Mali/PROPN|et/CCONJ|se/PRON|sont/AUX/être|dits/VERB/dire|"
          "préoccupés/VERB/préoccuper|par/ADP|le/DET|blocus/NOUN|de/ADP|Bamako/PROPN|./PUNCT")],
        ents=[("Paul Girard", "PER"), ("Jaan Tamm", "PER"), ("Mali", "GPE"), ("Bamako", "GPE")])
    concern = {f[0] for f in facts(doc, gaz) if f[1] == "express_concern"}
    assert concern == {"Paul Girard", "Jaan Tamm"}


def test_fr_an_unnamed_holder_speaks_for_the_body_of_the_title_not_a_place_after_it(gaz):
    text = "Le directeur de Petrogaz pour la Mauritanie n'a pas souhaité commenter le calendrier."
    doc = make_doc(text, "fr", [[
        ("Le", "DET", "le", 2, "det"), ("directeur", "NOUN", "directeur", 11, "nsubj"),
        ("de", "ADP", "de", 4, "case"), ("Petrogaz", "PROPN", "Petrogaz", 2, "nmod"), ("pour", "ADP", "pour", 7, "case"),
        ("la", "DET", "le", 7, "det"), ("Mauritanie", "PROPN", "Mauritanie", 2, "nmod"),
        ("n'", "ADV", "ne", 11, "advmod"), ("a", "AUX", "avoir", 11, "aux:tense"), ("pas", "ADV", "pas", 11, "advmod"),
        ("souhaité", "VERB", "souhaiter", 0, "root"), ("commenter", "VERB", "commenter", 11, "xcomp"),
        ("le", "DET", "le", 14, "det"), ("calendrier", "NOUN", "calendrier", 12, "obj"),
        (".", "PUNCT", ".", 11, "punct")]],
        ents=[("Petrogaz", "ORG"), ("Mauritanie", "GPE")])
    declined = {f[0] for f in facts(doc, gaz) if f[1] == "decline_comment"}
    assert declined == {"Petrogaz"}


# --- Rules written after the first run of dev19 ------------------------------------------------------------------

def test_vi_the_leader_of_a_delegation_received_is_the_one_met_and_hai_ben_nhat_tri_is_the_pair(gaz):
    text = ("Thủ tướng Trần Văn Nam tiếp đoàn Thượng nghị sĩ Hoa Kỳ do Thượng nghị sĩ John Miller dẫn đầu. Hai bên "
            "nhất trí tăng cường hợp tác.")
    doc = make_doc(text, "vi", [
        S("Thủ tướng/NOUN|Trần Văn Nam/PROPN|tiếp đoàn/VERB|Thượng nghị sĩ/NOUN|Hoa Kỳ/PROPN|do/ADP|"
          "Thượng nghị sĩ/NOUN|John Miller/PROPN|dẫn đầu/NOUN|./PUNCT"),
        S("Hai/NUM|bên/NOUN|nhất trí/NOUN|tăng cường/VERB|hợp tác/VERB|./PUNCT")],
        ents=[("Trần Văn Nam", "PER"), ("Hoa Kỳ", "GPE"), ("John Miller", "PER")])
    got = {f[:3] for f in facts(doc, gaz)}
    assert ("Trần Văn Nam", "meet", "John Miller") in got
    assert ("Trần Văn Nam", "cooperate", "John Miller") in got


def test_en_a_delegation_led_by_a_person_is_that_person_met(gaz):
    text = "Macron met a Kerrova delegation led by Senator John Miller on Monday."
    doc = make_doc(text, "en", [
        S("Macron/PROPN|met/VERB/meet|a/DET|Kerrova/PROPN|delegation/NOUN|led/VERB/lead|by/ADP|Senator/NOUN|"
          "John/PROPN|Miller/PROPN|on/ADP|Monday/PROPN|./PUNCT")],
        ents=[("Macron", "PER"), ("Kerrova", "ORG"), ("John Miller", "PER")])
    got = {f[:3] for f in facts(doc, gaz) if f[1] == "meet"}
    assert got == {("Emmanuel Macron", "meet", "John Miller")}


def test_vi_a_partnership_of_two_countries_joined_by_a_dash(gaz):
    text = "Thủ tướng ca ngợi quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ."
    doc = make_doc(text, "vi", [
        S("Thủ tướng/NOUN|ca ngợi/VERB|quan hệ/NOUN|Đối tác/NOUN|chiến lược/NOUN|toàn diện/ADJ|Việt Nam/PROPN|-/PUNCT|"
          "Hoa Kỳ/PROPN|./PUNCT")],
        ents=[("Việt Nam", "GPE"), ("Hoa Kỳ", "GPE")])
    assert ("Vietnam", "partner_of", "United States", "interactions.partner_pair") in facts(doc, gaz)


def test_en_a_province_in_a_country_is_located_there(gaz):
    text = "The earthquake struck Kunar province in eastern Afghanistan on Sunday."
    doc = make_doc(text, "en", [
        S("The/DET|earthquake/NOUN|struck/VERB/strike|Kunar/PROPN|province/NOUN|in/ADP|eastern/NOUN|"
          "Afghanistan/PROPN|on/ADP|Sunday/PROPN|./PUNCT")],
        ents=[("Kunar", "MISC"), ("Afghanistan", "GPE")])
    assert ("Kunar", "located_in", "Afghanistan", "structure.admin_in") in facts(doc, gaz)


def test_vi_a_source_after_a_comma_ends_the_content_and_reports_the_whole_clause_before_it(gaz):
    text = 'Thứ trưởng Lý Minh triệu tập đại sứ, yêu cầu Tokyo "rút lại phát biểu", Tân Hoa xã đưa tin.'
    doc = make_doc(text, "vi", [
        S('Thứ trưởng/NOUN|Lý Minh/PROPN|triệu tập/VERB|đại sứ/NOUN|,/PUNCT|yêu cầu/VERB|Tokyo/PROPN|"/PUNCT|'
          'rút/VERB|lại/ADV|phát biểu/VERB|"/PUNCT|,/PUNCT|Tân Hoa xã/PROPN|đưa tin/VERB|./PUNCT')],
        ents=[("Lý Minh", "PER"), ("Tokyo", "GPE"), ("Tân Hoa xã", "ORG")])
    got = {(f[0], f[1], f[2]) for f in facts(doc, gaz)}
    assert ("Lý Minh", "request", 'Tokyo "rút lại phát biểu"') in got
    assert ("Xinhua", "report", 'Thứ trưởng Lý Minh triệu tập đại sứ, yêu cầu Tokyo "rút lại phát biểu"') in got


def test_vi_a_speech_verb_followed_only_by_where_and_when_says_nothing(gaz):
    text = "Thủ tướng Takaichi Sanae phát biểu tại quốc hội ngày 7/11."
    doc = make_doc(text, "vi", [
        S("Thủ tướng/NOUN|Takaichi Sanae/PROPN|phát biểu/VERB|tại/ADP|quốc hội/NOUN|ngày/NOUN|7/11/NUM|./PUNCT")],
        ents=[("Takaichi Sanae", "PER")])
    assert not any(f[1] == "say" for f in facts(doc, gaz))


def test_fr_a_key_points_box_of_short_sentences_sums_the_page_up_and_the_body_after_it_is_body():
    from kg.extract.discourse import summary_sentences

    text = ("Budget : le gouvernement renonce au 49.3\nL'ESSENTIEL\nLe Premier ministre a promis de laisser le dernier "
            "mot aux députés.\nLe RN dénonce un marchandage.\nSébastien Lecornu a annoncé vendredi à Matignon qu'il "
            "n'utiliserait pas l'article 49.3 de la Constitution pour faire adopter le budget de l'an prochain, une "
            "phrase longue comme un paragraphe de corps d'article.")
    assert clean_text(text, "fr")[0] == text  # (kept: session 21 reads the box like a headline)
    doc = make_doc(text, "fr", [
        S("Budget/NOUN|:/PUNCT|le/DET|gouvernement/NOUN|renonce/VERB/renoncer|au/ADP|49.3/NUM"),
        S("L'/DET/le|ESSENTIEL/NOUN"),
        S("Le/DET|Premier/ADJ|ministre/NOUN|a/AUX/avoir|promis/VERB/promettre|de/ADP|laisser/VERB|le/DET|"
          "dernier/ADJ|mot/NOUN|aux/ADP|députés/NOUN|./PUNCT"),
        S("Le/DET|RN/PROPN|dénonce/VERB/dénoncer|un/DET|marchandage/NOUN|./PUNCT"),
        S("Sébastien Lecornu/PROPN|a/AUX/avoir|annoncé/VERB/annoncer|vendredi/NOUN|à/ADP|Matignon/PROPN|qu'/SCONJ|"
          "il/PRON|n'/ADV|utiliserait/VERB/utiliser|pas/ADV|l'/DET|article/NOUN|49.3/NUM|de/ADP|la/DET|"
          "Constitution/NOUN|pour/ADP|faire/VERB|adopter/VERB|le/DET|budget/NOUN|de/ADP|l'/DET|an/NOUN|"
          "prochain/ADJ|,/PUNCT|une/DET|phrase/NOUN|longue/ADJ|comme/ADP|un/DET|paragraphe/NOUN|de/ADP|corps/NOUN|"
          "d'/ADP|article/NOUN|./PUNCT")],
        ents=[("Sébastien Lecornu", "PER"), ("Matignon", "LOC")])
    assert summary_sentences(doc) == {1, 2, 3}


def test_a_headline_speech_of_a_speaker_the_body_quotes_otherwise_is_left_out(gaz):
    text = "Kerrova confirms the deal will hold\nKerrova said on Thursday that the deal remained in force."
    doc = make_doc(text, "en", [
        S("Kerrova/PROPN|confirms/VERB/confirm|the/DET|deal/NOUN|will/AUX|hold/VERB"),
        S("Kerrova/PROPN|said/VERB/say|on/ADP|Thursday/PROPN|that/SCONJ|the/DET|deal/NOUN|remained/VERB/remain|"
          "in/ADP|force/NOUN|./PUNCT")],
        ents=[("Kerrova", "ORG"), ("Kerrova", "ORG")])
    got = {f[1] for f in facts(doc, gaz)}
    assert "say" in got and "confirm" not in got


def test_a_line_goes_on_past_a_sentence_split_after_a_word_and_a_name_is_joined_over_its_particle(gaz):
    from kg.model import Article
    from kg.nlp.doc import WordRec, build_doc
    from kg.nlp.entities import apply_gazetteer

    text = "Bart De Wever parle\nLe Premier ministre belge Bart De Wever a averti jeudi."
    words = [[("Bart", "PROPN"), ("De", "PROPN"), ("Wever", "PROPN"), ("parle", "VERB")],
             [("Le", "DET"), ("Premier", "ADJ"), ("ministre", "NOUN"), ("belge", "ADJ")], [("Bart", "PROPN")],
             [("De", "DET"), ("Wever", "PROPN"), ("a", "AUX"), ("averti", "VERB"), ("jeudi", "NOUN"), (".", "PUNCT")]]
    sents, pos = [], 0
    for sent in words:
        out = []
        for w, upos in sent:
            a = text.index(w, pos)
            out.append(WordRec(w, a, a + len(w), upos, w.lower(), -1, "dep"))
            pos = a + len(w)
        sents.append(out)
    ents = [(0, 13, "PER"), (text.index("Bart", 20), text.index("Bart", 20) + 4, "PER"),
            (text.index("Wever", 30), text.index("Wever", 30) + 5, "PER")]
    doc = apply_gazetteer(build_doc(Article("t", text, "fr"), sents, ents, "hand", has_parse=False), gaz)
    assert len(doc.sentences) == 2
    assert [e.text for e in doc.entities] == ["Bart De Wever", "Bart De Wever"]


def test_a_place_and_a_body_name_cut_apart_before_their_acronym_are_one_body(gaz):
    text = "The quake hit near the city, the United States Geological Survey (USGS) said."
    doc = make_doc(text, "en", [
        S("The/DET|quake/NOUN|hit/VERB|near/ADP|the/DET|city/NOUN|,/PUNCT|the/DET|United/PROPN|States/PROPN|"
          "Geological/PROPN|Survey/PROPN|(/PUNCT|USGS/PROPN|)/PUNCT|said/VERB/say|./PUNCT")],
        ents=[("United States", "GPE"), ("Geological Survey", "MISC"), ("USGS", "ORG")])
    assert "United States Geological Survey" in {e.text for e in doc.entities}
    said = {f[0] for f in facts(doc, gaz) if f[1] == "say"}
    assert said == {"United States Geological Survey"}


# --- Rules written after the first run of dev20 (general topics) ---------------------------------------------

def test_en_an_apposition_holding_a_relative_clause_lies_between_a_councillor_and_his_verb(gaz):
    text = "Councillor Mark Ellison, one of the two members who voted against, warned that the cost could rise."
    doc = make_doc(text, "en", [
        S("Councillor/NOUN|Mark/PROPN|Ellison/PROPN|,/PUNCT|one/NUM|of/ADP|the/DET|two/NUM|members/NOUN|who/PRON|"
          "voted/VERB/vote|against/ADP|,/PUNCT|warned/VERB/warn|that/SCONJ|the/DET|cost/NOUN|could/AUX|rise/VERB|"
          "./PUNCT")],
        ents=[("Mark Ellison", "PER")])
    assert ("Mark Ellison", "warn", "the cost could rise", "speech.subject") in facts(doc, gaz)


def test_en_a_body_after_a_possessive_in_a_title_is_no_holder_and_the_apposed_name_holds_the_post(gaz):
    text = "Lori Glaze, acting associate administrator of NASA's Exploration Systems Directorate, spoke on Monday."
    doc = make_doc(text, "en", [
        S("Lori/PROPN|Glaze/PROPN|,/PUNCT|acting/NOUN|associate/NOUN|administrator/NOUN|of/ADP|NASA/PROPN|'s/PART|"
          "Exploration/PROPN|Systems/PROPN|Directorate/PROPN|,/PUNCT|spoke/VERB/speak|on/ADP|Monday/PROPN|./PUNCT")],
        ents=[("Lori Glaze", "PER"), ("NASA", "ORG"), ("Exploration Systems Directorate", "MISC")])
    got = positions(doc, gaz)
    assert ("Lori Glaze", "NASA", "administrator") in got
    assert not any(p.startswith("Exploration") for p, _, _ in got)


def test_fr_a_participle_qualifying_a_title_goes_on_to_the_name_and_elle_is_that_sentences_subject(gaz):
    text = ("Son homologue, Paul Girard, a souligné que la coopération durait. La ministre française chargée de "
            "l'Espace, Claire Valois, a assisté à la signature. Elle a rappelé que la France tenait à ce partenariat.")
    doc = make_doc(text, "fr", [
        [("Son", "DET", "son", 2, "det"), ("homologue", "NOUN", "homologue", 7, "nsubj"), (",", "PUNCT", ",", 4,
         "punct"), ("Paul", "PROPN", "Paul", 2, "appos"), ("Girard", "PROPN", "Girard", 4, "flat:name"),
         (",", "PUNCT", ",", 4, "punct"), ("a", "AUX", "avoir", 7, "aux:tense"), ("souligné", "VERB", "souligner", 0,
         "root"), ("que", "SCONJ", "que", 11, "mark"), ("la", "DET", "le", 10, "det"), ("coopération", "NOUN",
         "coopération", 11, "nsubj"), ("durait", "VERB", "durer", 8, "ccomp"), (".", "PUNCT", ".", 8, "punct")],
        [("La", "DET", "le", 2, "det"), ("ministre", "NOUN", "ministre", 13, "nsubj"), ("française", "ADJ",
         "français", 2, "amod"), ("chargée", "VERB", "charger", 2, "acl"), ("de", "ADP", "de", 7, "case"),
         ("l'", "DET", "le", 7, "det"), ("Espace", "NOUN", "espace", 4, "obl:arg"), (",", "PUNCT", ",", 9, "punct"),
         ("Claire", "PROPN", "Claire", 2, "appos"), ("Valois", "PROPN", "Valois", 9, "flat:name"),
         (",", "PUNCT", ",", 9, "punct"), ("a", "AUX", "avoir", 13, "aux:tense"), ("assisté", "VERB", "assister", 0,
         "root"), ("à", "ADP", "à", 16, "case"), ("la", "DET", "le", 16, "det"), ("signature", "NOUN", "signature",
         13, "obl:arg"), (".", "PUNCT", ".", 13, "punct")],
        [("Elle", "PRON", "elle", 3, "nsubj"), ("a", "AUX", "avoir", 3, "aux:tense"), ("rappelé", "VERB", "rappeler",
         0, "root"), ("que", "SCONJ", "que", 7, "mark"), ("la", "DET", "le", 6, "det"), ("France", "PROPN", "France",
         7, "nsubj"), ("tenait", "VERB", "tenir", 3, "ccomp"), ("à", "ADP", "à", 10, "case"), ("ce", "DET", "ce", 10,
         "det"), ("partenariat", "NOUN", "partenariat", 7, "obl:arg"), (".", "PUNCT", ".", 3, "punct")]],
        ents=[("Paul Girard", "PER"), ("Claire Valois", "PER"), ("France", "GPE")])
    got = facts(doc, gaz)
    assert ("Claire Valois", "say", "la France tenait à ce partenariat", "speech.subject") in got
    assert ("Claire Valois", "France", "minister") in positions(doc, gaz)


def test_fr_a_title_with_a_demonym_means_the_person_just_named_not_an_earlier_holder_of_unknown_country(gaz):
    text = ("L'entraîneur Luis Romero a salué le match. Côté bavarois, Jan Kowalski a reconnu une défaite. "
            "L'entraîneur belge a refusé de commenter l'arbitrage.")
    doc = make_doc(text, "fr", [
        S("L'/DET/le|entraîneur/NOUN|Luis/PROPN|Romero/PROPN|a/AUX/avoir|salué/VERB/saluer|le/DET|match/NOUN|"
          "./PUNCT"),
        S("Côté/NOUN|bavarois/ADJ|,/PUNCT|Jan/PROPN|Kowalski/PROPN|a/AUX/avoir|reconnu/VERB/reconnaître|une/DET|"
          "défaite/NOUN|./PUNCT"),
        S("L'/DET/le|entraîneur/NOUN|belge/ADJ|a/AUX/avoir|refusé/VERB/refuser|de/ADP|commenter/VERB|l'/DET/le|"
          "arbitrage/NOUN|./PUNCT")],
        ents=[("Luis Romero", "PER"), ("Jan Kowalski", "PER")])
    declined = {f[0] for f in facts(doc, gaz) if f[1] == "decline_comment"}
    assert declined == {"Jan Kowalski"}
    assert not any(p == "Jan Kowalski" for p, _, _ in positions(doc, gaz))  # (belge: a nationality, no post)


def test_vi_a_football_federation_named_with_its_country_is_the_federation_not_the_country(gaz):
    text = "Liên đoàn Bóng đá Thái Lan (FAT) xác nhận giải đấu sẽ diễn ra tại Bangkok."
    doc = make_doc(text, "vi", [
        S("Liên đoàn/NOUN|Bóng đá/NOUN|Thái Lan/PROPN|(/PUNCT|FAT/PROPN|)/PUNCT|xác nhận/VERB|giải đấu/NOUN|sẽ/ADV|"
          "diễn/VERB|ra/VERB|tại/ADP|Bangkok/PROPN|./PUNCT")],
        ents=[("Thái Lan", "GPE"), ("FAT", "LOC"), ("Bangkok", "GPE")])
    confirmed = {f[0] for f in facts(doc, gaz) if f[1] == "confirm"}
    assert confirmed == {"Football Federation of Thailand"}


def test_vi_a_nationality_after_a_title_is_not_the_speaker(gaz):
    text = "Huấn luyện viên Park Min-ho công bố danh sách. Chiến lược gia người Hàn Quốc cũng cho biết đội sẽ đá giao hữu."
    doc = make_doc(text, "vi", [
        S("Huấn luyện viên/NOUN|Park Min-ho/PROPN|công bố/VERB|danh sách/NOUN|./PUNCT"),
        S("Chiến lược gia/NOUN|người/NOUN|Hàn Quốc/PROPN|cũng/ADV|cho biết/VERB|đội/NOUN|sẽ/ADV|đá/VERB|"
          "giao hữu/VERB|./PUNCT")],
        ents=[("Park Min-ho", "PER"), ("Hàn Quốc", "GPE")])
    said = {f[0] for f in facts(doc, gaz) if f[1] == "say"}
    assert said == {"Park Min-ho"}


def test_vi_danh_gia_says_what_it_judges(gaz):
    text = "Đại sứ Nguyễn Văn Hải đánh giá nhà máy là biểu tượng của quan hệ hai nước."
    doc = make_doc(text, "vi", [
        S("Đại sứ/NOUN|Nguyễn Văn Hải/PROPN|đánh giá/VERB|nhà máy/NOUN|là/VERB|biểu tượng/NOUN|của/ADP|quan hệ/NOUN|"
          "hai/NUM|nước/NOUN|./PUNCT")],
        ents=[("Nguyễn Văn Hải", "PER")])
    assert ("Nguyễn Văn Hải", "say", "nhà máy là biểu tượng của quan hệ hai nước", "speech.subject") in facts(doc, gaz)


def test_fr_his_counterpart_with_a_demonym_is_that_countrys_not_the_possessors_body(gaz):
    text = "Le président de Spacelab, Marc Dubois, a parlé. Son homologue indien, Ravi Kumar, a souligné la coopération."
    doc = make_doc(text, "fr", [
        S("Le/DET|président/NOUN|de/ADP|Spacelab/PROPN|,/PUNCT|Marc/PROPN|Dubois/PROPN|,/PUNCT|a/AUX/avoir|"
          "parlé/VERB/parler|./PUNCT"),
        S("Son/DET/son|homologue/NOUN|indien/ADJ|,/PUNCT|Ravi/PROPN|Kumar/PROPN|,/PUNCT|a/AUX/avoir|"
          "souligné/VERB/souligner|la/DET|coopération/NOUN|./PUNCT")],
        ents=[("Spacelab", "ORG"), ("Marc Dubois", "PER"), ("Ravi Kumar", "PER")])
    got = positions(doc, gaz)
    assert ("Ravi Kumar", "India", "counterpart") in got and not any(p == "Ravi Kumar" and b == "Spacelab"
                                                                     for p, b, _ in got)


def test_fr_accents_do_not_hide_an_acronyms_initials(gaz):
    text = "Le Centre national d'études spatiales (CNES) a signé l'accord. Le CNES a précisé que le satellite partirait."
    doc = make_doc(text, "fr", [
        S("Le/DET|Centre/NOUN|national/ADJ|d'/ADP/de|études/NOUN/étude|spatiales/ADJ/spatial|(/PUNCT|CNES/PROPN|"
          ")/PUNCT|a/AUX/avoir|signé/VERB/signer|l'/DET/le|accord/NOUN|./PUNCT"),
        S("Le/DET|CNES/PROPN|a/AUX/avoir|précisé/VERB/préciser|que/SCONJ|le/DET|satellite/NOUN|"
          "partirait/VERB/partir|./PUNCT")],
        ents=[("CNES", "ORG"), ("CNES", "ORG")])
    assert "Centre national d'études spatiales" in {e.text for e in doc.entities}
    assert {e.kb for e in doc.entities if e.text == "CNES"} == {"Centre national d'études spatiales"}


def test_fr_a_fronted_participle_is_not_what_a_refusal_was_about(gaz):
    text = "Interrogée par la presse, Orbis n'a pas souhaité réagir."
    doc = make_doc(text, "fr", [
        S("Interrogée/VERB/interroger|par/ADP|la/DET|presse/NOUN|,/PUNCT|Orbis/PROPN|"
          "n'/ADV/ne|a/AUX/avoir|pas/ADV|souhaité/VERB/souhaiter|réagir/VERB|./PUNCT")],
        ents=[("Orbis", "ORG")])
    got = {(f[0], f[1], f[2]) for f in facts(doc, gaz)}
    assert not any("Interrogée" in (f[2] or "") for f in got)
    assert any(f[0] == "Orbis" and f[1] == "decline_comment" for f in got)


def test_en_a_place_said_to_be_located_in_another_and_a_name_after_the_is_no_person(gaz):
    from kg.model import Article
    from kg.nlp import NlpSettings, load_annotator
    from kg.nlp.entities import apply_gazetteer

    _, annotate = load_annotator("en", "rules", NlpSettings())
    doc = apply_gazetteer(annotate(Article("t", "Springfield is located in the Clarke Valley region.", "en")), gaz)
    assert ("Clarke Valley", "MISC") in {(e.text, e.label) for e in doc.entities}
    assert ("Springfield", "located_in", "Clarke Valley", "structure.located_phrase") in facts(doc, gaz)
