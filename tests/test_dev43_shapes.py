"""Rules written after the first run of dev43 (session 22), on hand-built documents and on the model-free English
backend: an AP story (a quotation that runs into the next paragraph, "Secretary of State X said", 'said Beijing
"welcomed" the visit and hoped …'), a France 24 page ("a-t-il martelé" with the participle tagged an adjective,
"sans en préciser", "au lendemain d'un entretien téléphonique avec son homologue X", "son homologue X" whom the
gazetteer knows), a Keystone-ATS dispatch ("…, X, a indiqué le DFAE dans un communiqué.") and a QĐND reception (a
rank, a name, a dash and a chain of posts; "Đồng chí đề nghị …"; the body of a post set off after a name as the
verb's subject)."""
from __future__ import annotations

from conftest import S, english, make_doc, triples


def test_en_a_quotation_left_open_at_a_paragraphs_end_goes_on_in_the_next(gaz):
    doc = english('"We are not going to sign off on a deal," Rubio told reporters. "The president has been very '
                  'clear.\n\n"If Moscow is serious about peace, it knows exactly what it needs to do," he said.', gaz)
    said = {o for s, r, o in triples(doc, gaz) if r == "say" and s in ("Marco Rubio", "Rubio")}  # ("he": Rubio)
    assert said == {"We are not going to sign off on a deal", "The president has been very clear.",
                    "If Moscow is serious about peace, it knows exactly what it needs to do"}


def test_en_a_secretary_of_state_the_gazetteer_knows_holds_his_countrys_post(gaz):
    doc = english("WASHINGTON (AP) — Secretary of State Marco Rubio said Thursday that the talks would go on.", gaz)
    assert ("Marco Rubio", "holds_position", "United States") in triples(doc, gaz)


def test_en_a_names_quoted_verb_makes_what_was_said_a_clause(gaz):
    doc = english('A spokesperson for the Chinese embassy in Canberra said Beijing "welcomed" the visit and hoped it '
                  'would "inject new momentum" into the relationship.', gaz)
    said = {o for s, r, o in triples(doc, gaz) if r == "say"}
    assert said == {'Beijing "welcomed" the visit and hoped it would "inject new momentum" into the relationship'}


def test_fr_a_participle_tagged_as_an_adjective_after_avoir_is_a_cue_and_sans_en_preciser_is_none(gaz):
    text = ("Jean-Noël Barrot a parlé. « Rien ne se fera sans respect mutuel », a-t-il martelé. Le ministère algérien "
            "des Affaires étrangères a confirmé l'échange, sans en préciser le contenu.")
    doc = make_doc(text, "fr", [
        S("Jean-Noël Barrot/PROPN|a/AUX/avoir|parlé/VERB/parler|./PUNCT"),
        S("«/PUNCT|Rien/PRON|ne/ADV|se/PRON|fera/VERB/faire|sans/ADP|respect/NOUN|mutuel/ADJ|»/PUNCT|,/PUNCT|"
          "a/AUX/avoir|-t/PRON|-il/PRON/il|martelé/ADJ/martelé|./PUNCT"),
        S("Le/DET|ministère/NOUN|algérien/ADJ|des/ADP/de|Affaires/NOUN/affaire|étrangères/ADJ/étranger|"
          "a/AUX/avoir|confirmé/VERB/confirmer|l'/DET/le|échange/NOUN|,/PUNCT|sans/ADP|en/PRON|préciser/VERB|le/DET|"
          "contenu/NOUN|./PUNCT")],
        ents=[("Jean-Noël Barrot", "PER")])
    got = triples(doc, gaz)
    assert ("Jean-Noël Barrot", "say", "Rien ne se fera sans respect mutuel") in got
    assert [t for t in got if t[1] == "say" and t[0] != "Jean-Noël Barrot"] == []


def test_fr_the_talks_the_day_after_which_a_speaker_spoke_and_a_known_counterparts_country(gaz):
    text = ("Jean-Noël Barrot a appelé à la retenue, au lendemain d'un entretien téléphonique avec son homologue "
            "Ahmed Attaf.")
    doc = make_doc(text, "fr", [
        S("Jean-Noël Barrot/PROPN|a/AUX/avoir|appelé/VERB/appeler|à/ADP|la/DET|retenue/NOUN|,/PUNCT|au/ADP/à|"
          "lendemain/NOUN|d'/ADP/de|un/DET|entretien/NOUN|téléphonique/ADJ|avec/ADP|son/DET|homologue/NOUN|"
          "Ahmed Attaf/PROPN|./PUNCT")],
        ents=[("Jean-Noël Barrot", "PER"), ("Ahmed Attaf", "PER")])
    got = triples(doc, gaz)
    assert ("Jean-Noël Barrot", "talk", "Ahmed Attaf") in got
    assert ("Jean-Noël Barrot", "urge", "la retenue") in got
    assert ("Ahmed Attaf", "holds_position", "Algeria") in got  # (the gazetteer's country for a counterpart)


def test_fr_an_inverted_organisation_with_the_medium_after_it_is_the_speaker(gaz):
    text = ("Ignazio Cassis s'est entretenu avec le ministre cambodgien, Prak Sokhonn, a indiqué le DFAE dans un "
            "communiqué.")
    doc = make_doc(text, "fr", [
        S("Ignazio Cassis/PROPN|s'/PRON/se|est/AUX/être|entretenu/VERB/entretenir|avec/ADP|le/DET|ministre/NOUN|"
          "cambodgien/ADJ|,/PUNCT|Prak Sokhonn/PROPN|,/PUNCT|a/AUX/avoir|indiqué/VERB/indiquer|le/DET|DFAE/PROPN|"
          "dans/ADP|un/DET|communiqué/NOUN|./PUNCT")],
        ents=[("Ignazio Cassis", "PER"), ("Prak Sokhonn", "PER"), ("DFAE", "ORG")])
    said = {(s, o) for s, r, o in triples(doc, gaz) if r == "say"}
    assert said == {("DFAE", "Ignazio Cassis s'est entretenu avec le ministre cambodgien, Prak Sokhonn")}


def test_vi_a_chain_of_posts_after_a_dash_is_the_named_persons_and_so_is_the_verb(gaz):
    text = ("Sáng 5/12, Đại tướng Phan Văn Giang - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng đã tiếp Đại tướng "
            "Tea Seiha, Bộ trưởng Quốc phòng Campuchia đang thăm Việt Nam. Đồng chí đề nghị hai bên phối hợp chặt "
            "chẽ.")
    doc = make_doc(text, "vi", [
        S("Sáng/NOUN|5/12/NUM|,/PUNCT|Đại tướng/NOUN|Phan Văn Giang/PROPN|-/PUNCT|Ủy viên/NOUN|Bộ Chính trị/VERB|"
          ",/PUNCT|Bộ trưởng/NOUN|Bộ/NOUN|Quốc phòng/NOUN|đã/ADV|tiếp/VERB|Đại tướng/NOUN|Tea Seiha/PROPN|,/PUNCT|"
          "Bộ trưởng/NOUN|Quốc phòng/NOUN|Campuchia/PROPN|đang/ADV|thăm/VERB|Việt Nam/PROPN|./PUNCT"),
        S("Đồng chí/NOUN|đề nghị/VERB|hai/NUM|bên/NOUN|phối hợp/VERB|chặt chẽ/ADJ|./PUNCT")],
        ents=[("Phan Văn Giang", "PER"), ("Tea Seiha", "PER"), ("Campuchia", "GPE"), ("Việt Nam", "GPE")])
    got = triples(doc, gaz)
    assert ("Phan Văn Giang", "holds_position", "Ministry of Defence of Vietnam") in got
    assert ("Phan Văn Giang", "meet", "Tea Seiha") in got
    assert ("Tea Seiha", "visit", "Vietnam") in got and not [t for t in got if t[0] == "Cambodia"]
    assert ("Phan Văn Giang", "request", "hai bên phối hợp chặt chẽ") in got
