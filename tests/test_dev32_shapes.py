"""Rules written after the first run of dev32 (session 19), each on hand-built documents or on the model-free English
backend: an obituary ("Taoiseach X"), a Reuters company story ("STOCKHOLM, Dec 1 (Reuters) - … Chief Executive X"),
a Swiss page ("le conseiller fédéral X"), a French 49.3 day ("a justifié le chef du gouvernement"), a Vietnamese
company abroad (VinFast) and a Vietnamese police page ("Cơ quan Cảnh sát điều tra Công an TP Hồ Chí Minh",
"khuyến cáo")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples

# --- English -----------------------------------------------------------------------------------------------------


def test_en_the_taoiseach_and_a_chief_executive_not_of_the_datelines_agency(gaz):
    doc = english("Taoiseach Micheál Martin described him as a national treasure.", gaz)
    assert ("Micheál Martin", "holds_position", "Ireland") in triples(doc, gaz)
    doc = english("STOCKHOLM, Dec 1 (Reuters) - Swedish battery maker Nordvolt said on Tuesday it would cut 1,200 "
                  "jobs. Chief Executive Lena Brandt told analysts that demand would recover in 2028.", gaz)
    got = triples(doc, gaz)
    assert ("Lena Brandt", "holds_position", "Nordvolt") in got
    assert ("Lena Brandt", "holds_position", "Reuters") not in got


# --- French ------------------------------------------------------------------------------------------------------


def test_fr_a_swiss_federal_councillor_and_the_head_of_government_named_before(gaz):
    text = ("Le projet a été annoncé par le conseiller fédéral Guy Parmelin à Berne. Le Premier ministre, Sébastien "
            "Lecornu, a engagé jeudi la responsabilité du gouvernement. « Le pays ne peut pas rester sans budget », a "
            "justifié le chef du gouvernement.")
    doc = make_doc(text, "fr", [
        S("Le/DET|projet/NOUN|a/AUX/avoir|été/AUX/être|annoncé/VERB/annoncer|par/ADP|le/DET|conseiller/NOUN|"
          "fédéral/ADJ|Guy Parmelin/PROPN|à/ADP|Berne/PROPN|./PUNCT"),
        S("Le/DET|Premier/ADJ|ministre/NOUN|,/PUNCT|Sébastien Lecornu/PROPN|,/PUNCT|a/AUX/avoir|engagé/VERB/engager|"
          "jeudi/NOUN|la/DET|responsabilité/NOUN|du/ADP|gouvernement/NOUN|./PUNCT"),
        S("«/PUNCT|Le/DET|pays/NOUN|ne/ADV|peut/VERB/pouvoir|pas/ADV|rester/VERB/rester|sans/ADP|budget/NOUN|»/PUNCT|"
          ",/PUNCT|a/AUX/avoir|justifié/VERB/justifier|le/DET|chef/NOUN|du/ADP|gouvernement/NOUN|./PUNCT")],
        ents=[("Guy Parmelin", "PER"), ("Berne", "LOC"), ("Sébastien Lecornu", "PER")])
    got = triples(doc, gaz)
    assert ("Guy Parmelin", "holds_position", "Swiss Federal Council") in got
    assert ("Sébastien Lecornu", "say", "Le pays ne peut pas rester sans budget") in got


# --- Vietnamese --------------------------------------------------------------------------------------------------


def test_vi_the_investigation_police_of_a_city_whose_name_holds_tp_and_a_warning(gaz):
    text = ("Cơ quan Cảnh sát điều tra Công an TP Hồ Chí Minh cho biết đã khởi tố vụ án. Thượng tá Lê Mạnh Hà khuyến "
            "cáo người dân kiểm tra kỹ pháp lý.")
    doc = make_doc(text, "vi", [
        S("Cơ quan/NOUN|Cảnh sát/NOUN|điều tra/VERB|Công an/NOUN|TP Hồ Chí Minh/PROPN|cho/VERB|biết/VERB|đã/ADV|"
          "khởi tố/VERB|vụ án/NOUN|./PUNCT"),
        S("Thượng tá/NOUN|Lê Mạnh Hà/PROPN|khuyến cáo/VERB|người dân/NOUN|kiểm tra/VERB|kỹ/ADJ|pháp lý/NOUN|./PUNCT")],
        ents=[("TP Hồ Chí Minh", "LOC"), ("Lê Mạnh Hà", "PER")])
    got = triples(doc, gaz)
    assert ("Police of Ho Chi Minh City", "say", "đã khởi tố vụ án") in got
    assert ("Lê Mạnh Hà", "warn", "người dân kiểm tra kỹ pháp lý") in got


def test_vi_a_vietnamese_company_the_gazetteer_knows(gaz):
    text = "Bà Nguyễn Thị Hồng Vân, Tổng giám đốc Vinfast Indonesia, cho biết nhà máy sẽ hoạt động từ năm 2027."
    doc = make_doc(text, "vi", [
        S("Bà/NOUN|Nguyễn Thị Hồng Vân/PROPN|,/PUNCT|Tổng giám đốc/NOUN|Vinfast/PROPN|Indonesia/PROPN|,/PUNCT|"
          "cho/VERB|biết/VERB|nhà máy/NOUN|sẽ/ADV|hoạt động/VERB|từ/ADP|năm/NOUN|2027/NUM|./PUNCT")],
        ents=[("Nguyễn Thị Hồng Vân", "PER"), ("Vinfast", "PER"), ("Indonesia", "LOC")])
    assert ("Nguyễn Thị Hồng Vân", "holds_position", "VinFast") in triples(doc, gaz)


def test_vi_an_acronym_in_brackets_after_an_acronym_is_not_its_name(gaz):
    text = "Bộ trưởng Lê Hoài Trung đề nghị Hungary sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam - EU (EVIPA)."
    doc = make_doc(text, "vi", [
        S("Bộ trưởng/NOUN|Lê Hoài Trung/PROPN|đề nghị/VERB|Hungary/PROPN|sớm/ADV|phê chuẩn/VERB|Hiệp định/NOUN|"
          "Bảo hộ/VERB|đầu tư/VERB|Việt Nam/PROPN|-/PUNCT|EU/PROPN|(/PUNCT|EVIPA/PROPN|)/PUNCT|./PUNCT")],
        ents=[("Lê Hoài Trung", "PER"), ("Hungary", "LOC"), ("Việt Nam", "LOC"), ("EU", "ORG"), ("EVIPA", "ORG")])
    assert not any(e.text == "EVIPA" and e.kb == "European Union" for e in doc.entities)
    # guard: an acronym in brackets after a body's full name is that body
    doc = english("The Joint Chiefs of Staff (JCS) said the drills would go ahead. The JCS added more.", gaz)
    assert ("JCS", "Joint Chiefs of Staff") in {(e.text, e.kb) for e in doc.entities}
