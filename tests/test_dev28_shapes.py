"""Rules written after the first run of dev28 (session 18), each on hand-built documents or on the model-free English
backend: a central bank's decision ("Statistics Canada said last month"), floods ("declared a state of emergency"),
a company's earnings ("TOKYO — Nintendo lowered …, saying …", "X, chief executive of … consultancy Y") and a
Vietnamese banking conference ("Theo TS X, chuyên gia kinh tế trưởng BIDV, …", "Ngân hàng Nhà nước")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples

# --- English -----------------------------------------------------------------------------------------------------


def test_en_declaring_a_state_of_emergency_says_nothing_and_a_period_after_said_is_when(gaz):
    doc = english("Gov. Daniel Pruitt declared a state of emergency on Sunday. Inflation slowed to 2.1% in October, "
                  "Statistics Canada said last month.", gaz)
    got = triples(doc, gaz)
    assert not any(s == "Daniel Pruitt" and r == "say" for s, r, _ in got)
    assert ("Statistics Canada", "say", "Inflation slowed to 2.1% in October") in got
    # guard: a declaration with a clause is still said
    doc = english("The Health Ministry declared that the border would reopen.", gaz)
    assert any(r == "say" and o == "the border would reopen" for _, r, o in triples(doc, gaz))


def test_en_a_participle_after_a_dateline_is_the_subjects_and_a_title_of_a_body_after_of(gaz):
    doc = english("TOKYO — Nintendo lowered its sales forecast on Tuesday, saying memory prices had forced it to slow "
                  "production. \"Memory is the biggest risk,\" said Hiro Tanaka, chief executive of Tokyo-based "
                  "consultancy Pixel Insight.", gaz)
    got = triples(doc, gaz)
    assert ("Nintendo", "say", "memory prices had forced it to slow production") in got
    assert not any(s == "Tokyo" for s, _, _ in got)
    assert ("Hiro Tanaka", "holds_position", "Pixel Insight") in got
    assert not any(s == "Pixel Insight" and r == "holds_position" for s, r, _ in got)


# --- Vietnamese --------------------------------------------------------------------------------------------------


def test_vi_according_to_a_doctor_set_off_by_his_post_and_the_state_bank(gaz):
    text = ("Theo TS Cấn Văn Lực, chuyên gia kinh tế trưởng BIDV, mục tiêu là khả thi. Ngân hàng Nhà nước yêu cầu "
            "các ngân hàng giảm chi phí.")
    doc = make_doc(text, "vi", [
        S("Theo/VERB|TS/PROPN|Cấn Văn Lực/PROPN|,/PUNCT|chuyên gia/NOUN|kinh tế/NOUN|trưởng/NOUN|BIDV/PROPN|,/PUNCT|"
          "mục tiêu/NOUN|là/VERB|khả thi/ADJ|./PUNCT"),
        S("Ngân hàng/NOUN|Nhà nước/NOUN|yêu cầu/VERB|các/DET|ngân hàng/NOUN|giảm/VERB|chi phí/NOUN|./PUNCT")],
        ents=[("TS", "MISC"), ("Cấn Văn Lực", "PER"), ("BIDV", "PER")])
    got = triples(doc, gaz)
    assert ("Cấn Văn Lực", "say", "mục tiêu là khả thi") in got
    assert ("Cấn Văn Lực", "holds_position", "BIDV") in got
    assert ("State Bank of Vietnam", "request", "các ngân hàng giảm chi phí") in got


def test_en_two_companies_before_an_apposition_and_a_floating_both_both_warned(gaz):
    doc = english("Samsung Electronics and SK Hynix, the world's two largest memory makers, have both warned that "
                  "supply will stay tight until 2027.", gaz)
    got = triples(doc, gaz)
    assert ("Samsung Electronics", "warn", "supply will stay tight until 2027") in got
    assert ("SK Hynix", "warn", "supply will stay tight until 2027") in got
    # guard: "both" before a noun is still a determiner, and a cue word after it a noun
    doc = english("Samsung Electronics said both warnings were wrong.", gaz)
    assert ("Samsung Electronics", "say", "both warnings were wrong") in triples(doc, gaz)
