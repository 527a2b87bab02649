"""Rules written after the first run of dev31 (session 19), each on hand-built documents or on the model-free English
backend: Wikinews-style science and sport pages ("Researchers from the University of X in City, Country, have
reported …", "A spokesperson for the department declined to say …", "Asked about the refereeing, he declined to
comment."), an interview ("by what he described as …", "Nato Secretary General"), a Belgian page ("Le gouvernement
fédéral belge …"), an Ivorian page (", Téné Birahima Ouattara,") and a Vietnamese storm page ("đã ký công điện yêu
cầu …", "Sở Nông nghiệp và Môi trường tỉnh X")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples

# --- English -----------------------------------------------------------------------------------------------------


def test_en_researchers_from_an_organisation_in_a_place_and_its_spokesperson(gaz):
    doc = english("Researchers from the University of Canterbury in Christchurch, New Zealand, have reported that "
                  "kea parrots use sticks. The Department of Conservation welcomed the research. A spokesperson for "
                  "the department declined to say how much the new bins would cost.", gaz)
    got = triples(doc, gaz)
    assert ("University of Canterbury", "report", "kea parrots use sticks") in got
    assert not any(s == "New Zealand" for s, r, _ in got if r in ("report", "say"))
    assert ("Department of Conservation", "decline_comment", "how much the new bins would cost") in got


def test_en_a_refusal_after_asked_about_and_what_he_described_as(gaz):
    doc = english("Rui Mendes said Portugal had given everything. Asked about the refereeing, he declined to "
                  "comment.", gaz)
    assert ("Rui Mendes", "decline_comment", "the refereeing") in triples(doc, gaz)
    doc = english("Alexander Stubb said his country would not be intimidated by what he described as a campaign of "
                  "hybrid attacks.", gaz)
    got = triples(doc, gaz)
    assert not any(o == "a campaign of hybrid attacks" for _, _, o in got)
    assert any(s == "Alexander Stubb" and r == "say" for s, r, _ in got)


def test_en_nato_spelt_as_a_word(gaz):
    doc = english("Nato Secretary General Mark Rutte said the alliance stood with Finland.", gaz)
    assert ("Mark Rutte", "holds_position", "NATO") in triples(doc, gaz)


# --- French ------------------------------------------------------------------------------------------------------


def test_fr_the_pages_country_named_by_an_adjective_and_a_first_name_tagged_an_adjective(gaz):
    text = ("Le gouvernement fédéral belge s'accorde sur les pensions\n\nLe Premier ministre Bart De Wever a annoncé "
            "un accord.")
    doc = make_doc(text, "fr", [
        S("Le/DET|gouvernement/NOUN|fédéral/ADJ|belge/ADJ|s'/PRON|accorde/VERB/accorder|sur/ADP|les/DET|"
          "pensions/NOUN"),
        S("Le/DET|Premier/ADJ|ministre/NOUN|Bart De Wever/PROPN|a/AUX/avoir|annoncé/VERB/annoncer|un/DET|"
          "accord/NOUN|./PUNCT")], ents=[("Bart De Wever", "PER")])
    assert ("Bart De Wever", "holds_position", "Belgium") in triples(doc, gaz)
    text = "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, doit se rendre à Accra."
    doc = make_doc(text, "fr", [
        S("Le/DET|ministre/NOUN|ivoirien/ADJ|de/ADP|la/DET|Défense/NOUN|,/PUNCT|Téné/ADJ|Birahima/PROPN|Ouattara/ADJ|"
          ",/PUNCT|doit/VERB/devoir|se/PRON|rendre/VERB/rendre|à/ADP|Accra/PROPN|./PUNCT")],
        ents=[("Birahima", "LOC"), ("Accra", "LOC")])
    assert any(e.text == "Téné Birahima Ouattara" for e in doc.entities)
    assert ("Téné Birahima Ouattara", "holds_position", "Ivory Coast") in triples(doc, gaz)


# --- Vietnamese --------------------------------------------------------------------------------------------------


def test_vi_a_dispatch_signed_to_request_and_a_provincial_department(gaz):
    text = ("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng đã ký công điện yêu cầu các địa phương sơ tán người dân. "
            "Theo ông Nguyễn Hữu Tài, Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Nam, hơn 3.000 người đã được "
            "đưa đến nơi an toàn.")
    doc = make_doc(text, "vi", [
        S("Chủ tịch/NOUN|UBND/PROPN|tỉnh/NOUN|Quảng Nam/PROPN|Lê Văn Dũng/PROPN|đã/ADV|ký/VERB|công điện/NOUN|"
          "yêu cầu/VERB|các/DET|địa phương/NOUN|sơ tán/VERB|người dân/NOUN|./PUNCT"),
        S("Theo/VERB|ông/NOUN|Nguyễn Hữu Tài/PROPN|,/PUNCT|Giám đốc/NOUN|Sở/NOUN|Nông nghiệp/NOUN|và/CCONJ|"
          "Môi trường/NOUN|tỉnh/NOUN|Quảng Nam/PROPN|,/PUNCT|hơn/ADV|3.000/NUM|người/NOUN|đã/ADV|được/AUX|"
          "đưa/VERB|đến/ADP|nơi/NOUN|an toàn/ADJ|./PUNCT")],
        ents=[("UBND tỉnh Quảng Nam", "ORG"), ("Lê Văn Dũng", "PER"), ("Nguyễn Hữu Tài", "PER"), ("Quảng Nam", "LOC")])
    got = triples(doc, gaz)
    assert ("Lê Văn Dũng", "request", "các địa phương sơ tán người dân") in got
    assert ("Nguyễn Hữu Tài", "holds_position", "Department of Agriculture and Environment of Quang Nam") in got
