"""Rules written after the first run of dev25 (session 17), each on hand-built documents or on the model-free English
backend: a Reuters energy story (bullet points, "the company said" after the content, "told Reuters by phone", a long
quote before "said", "union leader X"), a London fares story ("announced on Tuesday that" after an apposition, a
camel-cased name, "Asked …, he replied:"), a French diplomatic row ("le quotidien X … le journal", "un échange
entre", "le commissaire européen"), a French interview ("Après …, X demande …", "le préfet de police", a source line
after the answers, "Il" for a post nobody held) and a Vietnamese shareholders' meeting ("Trả lời cổ đông về …")."""
from __future__ import annotations

from kg.extract import extract
from kg.nlp.entities import apply_gazetteer

from conftest import S, english, make_doc, names, triples

# --- English -----------------------------------------------------------------------------------------------------

def test_en_the_company_said_after_the_content_and_who_was_told_by_phone(gaz):
    doc = english("Norwegian energy group Equinor shut its platform on Wednesday after a leak, the company said. No one "
                  "was hurt, Equinor spokesperson Magnus Eide told Reuters by phone, adding that it was too early to "
                  "say.", gaz)
    got = triples(doc, gaz)
    assert ("Equinor", "say", "Norwegian energy group Equinor shut its platform on Wednesday after a leak") in got
    assert ("Magnus Eide", "say", "No one was hurt") in got
    assert not any(o in ("phone", "Reuters") for _, _, o in got)


def test_en_a_long_quote_right_before_said_is_said_by_the_name_after_it(gaz):
    doc = english("\"The market was tight in northern Europe, so prices rise,\" said Tom Marzec-Manser, head of gas "
                  "analytics at ICIS.", gaz)
    got = triples(doc, gaz)
    assert ("Tom Marzec-Manser", "say", "The market was tight in northern Europe, so prices rise") in got
    assert not any(s == "Europe" for s, _, _ in got)


def test_en_announced_on_a_day_that_after_an_apposition_is_a_verb_not_a_participle(gaz):
    doc = english("The mayor of London, Sadiq Khan, announced on Tuesday that fares would rise by 4.6% from March.", gaz)
    assert ("Sadiq Khan", "say", "fares would rise by 4.6% from March") in triples(doc, gaz)


def test_en_a_name_before_an_organisation_noun_and_a_camel_cased_name_are_organisations(gaz):
    doc = english("The Industri Energi union demanded an independent inquiry. The watchdog London TravelWatch warned "
                  "that fares would hit workers. Kevin McCarthy said the vote would pass.", gaz)
    assert {("Industri Energi", "ORG"), ("London TravelWatch", "ORG"), ("Kevin McCarthy", "PER")} <= names(doc)
    got = triples(doc, gaz)
    assert ("Industri Energi", "request", "an independent inquiry") in got
    assert ("London TravelWatch", "warn", "fares would hit workers") in got


def test_en_a_participle_opening_a_sentence_is_no_name_and_he_replied_with_a_quote(gaz):
    doc = english("Speaking to BBC London, TfL commissioner Andy Lord defended the decision. Asked whether services "
                  "would improve, he replied: \"Yes. Every penny goes back into the network.\"", gaz)
    assert not {t for t, _ in names(doc)} & {"Speaking", "Asked", "Yes"}
    assert ("Andy Lord", "say", "Yes. Every penny goes back into the network") in triples(doc, gaz)


def test_en_union_leader_holds_a_post_in_the_union_named_before(gaz):
    doc = english("Norwegian energy group Equinor shut its platform. The Industri Energi union demanded an inquiry. "
                  "\"This is the third incident in a year,\" union leader Frode Alfheim said.", gaz)
    assert ("Frode Alfheim", "holds_position", "Industri Energi") in triples(doc, gaz)


def test_en_the_page_country_is_read_past_a_headline_bullets_and_a_byline(gaz):
    text = ("Equinor halts output\n• Output halted\n• No injuries\nBy Nora Lindqvist\nOSLO, Feb 11 (Reuters) - "
            "Norwegian group Equinor shut its platform in the North Sea on Wednesday.\nEnergy Minister Terje Aasland "
            "said Equinor would cooperate with the safety authority.")
    doc = make_doc(text, "en", [
        S("Equinor/PROPN|halts/VERB|output/NOUN"), S("•/PUNCT|Output/NOUN|halted/VERB"),
        S("•/PUNCT|No/DET|injuries/NOUN"), S("By/ADP|Nora Lindqvist/PROPN"),
        S("OSLO/PROPN|,/PUNCT|Feb/PROPN|11/NUM|(/PUNCT|Reuters/PROPN|)/PUNCT|-/PUNCT|Norwegian/ADJ|group/NOUN|"
          "Equinor/PROPN|shut/VERB|its/PRON|platform/NOUN|in/ADP|the/DET|North Sea/PROPN|on/ADP|Wednesday/PROPN|"
          "./PUNCT"),
        S("Energy/NOUN|Minister/NOUN|Terje Aasland/PROPN|said/VERB/say|Equinor/PROPN|would/AUX|cooperate/VERB|"
          "with/ADP|the/DET|safety/NOUN|authority/NOUN|./PUNCT")],
        ents=[("Equinor", "ORG"), ("Nora Lindqvist", "PER"), ("OSLO", "GPE"), ("Reuters", "ORG"), ("Equinor", "ORG"),
              ("North Sea", "LOC"), ("Terje Aasland", "PER"), ("Equinor", "ORG")])
    assert ("Terje Aasland", "holds_position", "Norway") in triples(doc, gaz)


# --- French ------------------------------------------------------------------------------------------------------

def test_fr_an_outlet_named_after_quotidien_is_an_organisation_and_le_journal_speaks_for_it(gaz):
    text = "Le texte a été publié par le quotidien La Repubblica. Le journal romain a affirmé que la Tunisie refusait."
    doc = make_doc(text, "fr", [
        S("Le/DET|texte/NOUN|a/AUX/avoir|été/AUX/être|publié/VERB/publier|par/ADP|le/DET|quotidien/NOUN|La/DET|"
          "Repubblica/NOUN|./PUNCT"),
        S("Le/DET|journal/NOUN|romain/ADJ|a/AUX/avoir|affirmé/VERB/affirmer|que/SCONJ|la/DET|Tunisie/PROPN|"
          "refusait/VERB/refuser|./PUNCT")],
        ents=[("Tunisie", "GPE")])
    doc = apply_gazetteer(doc, gaz)
    assert ("La Repubblica", "ORG") in names(doc)
    got = {(s.subject.key or s.subject.text, s.object_text) for s in extract(doc, gaz)
           if s.relation in ("say", "report")}
    assert ("La Repubblica", "la Tunisie refusait") in got


def test_fr_un_echange_entre_two_leaders_is_talk_but_an_exchange_of_prisoners_is_not(gaz):
    text = ("Un échange tendu entre Giorgia Meloni et Kaïs Saïed a eu lieu. Un échange de prisonniers entre la Russie "
            "et l'Ukraine a eu lieu.")
    doc = make_doc(text, "fr", [
        S("Un/DET|échange/NOUN|tendu/ADJ|entre/ADP|Giorgia Meloni/PROPN|et/CCONJ|Kaïs Saïed/PROPN|a/AUX/avoir|"
          "eu/VERB/avoir|lieu/NOUN|./PUNCT"),
        S("Un/DET|échange/NOUN|de/ADP|prisonniers/NOUN/prisonnier|entre/ADP|la/DET|Russie/PROPN|et/CCONJ|l'/DET|"
          "Ukraine/PROPN|a/AUX/avoir|eu/VERB/avoir|lieu/NOUN|./PUNCT")],
        ents=[("Giorgia Meloni", "PER"), ("Kaïs Saïed", "PER"), ("Russie", "GPE"), ("Ukraine", "GPE")])
    talks = {(s.subject.key or s.subject.text, s.object.key or s.object.text) for s in extract(doc, gaz)
             if s.relation == "talk"}
    assert ("Giorgia Meloni", "Kaïs Saïed") in talks
    assert not any("Russia" in pair or "Ukraine" in pair for pair in talks)


def test_fr_le_commissaire_europeen_is_a_post_of_the_eu_and_a_prefect_one_of_a_departement(gaz):
    text = ("Le commissaire européen, Magnus Brunner, a appelé au calme. Le préfet de police des Bouches-du-Rhône, "
            "Pierre Colliex, affirme que les effectifs ont augmenté.")
    doc = make_doc(text, "fr", [
        S("Le/DET|commissaire/NOUN|européen/ADJ|,/PUNCT|Magnus Brunner/PROPN|,/PUNCT|a/AUX/avoir|appelé/VERB/appeler|"
          "au/ADP|calme/NOUN|./PUNCT"),
        S("Le/DET|préfet/NOUN|de/ADP|police/NOUN|des/ADP|Bouches-du-Rhône/PROPN|,/PUNCT|Pierre Colliex/PROPN|,/PUNCT|"
          "affirme/VERB/affirmer|que/SCONJ|les/DET|effectifs/NOUN|ont/AUX/avoir|augmenté/VERB/augmenter|./PUNCT")],
        ents=[("Magnus Brunner", "PER"), ("Bouches-du-Rhône", "LOC"), ("Pierre Colliex", "PER")])
    got = triples(doc, gaz)
    assert ("Magnus Brunner", "holds_position", "European Union") in got
    assert ("Pierre Colliex", "holds_position", "Bouches-du-Rhône") in got


def test_fr_a_fronted_adverbial_clause_is_not_what_was_asked(gaz):
    text = "Après une fusillade mortelle, Benoît Payan demande des renforts au gouvernement."
    doc = make_doc(text, "fr", [
        S("Après/ADP|une/DET|fusillade/NOUN|mortelle/ADJ|,/PUNCT|Benoît Payan/PROPN|demande/VERB/demander|des/ADP|"
          "renforts/NOUN/renfort|au/ADP|gouvernement/NOUN|./PUNCT")],
        ents=[("Benoît Payan", "PER")])
    assert ("Benoît Payan", "request", "des renforts au gouvernement") in triples(doc, gaz)


def test_fr_an_interview_a_source_line_is_no_answer_and_il_is_the_unnamed_post_holder(gaz):
    text = ("Le maire Benoît Payan a répondu à nos questions.\nQuelle est votre réaction ?\nDe la colère, car les "
            "habitants vivent dans la peur.\nLe préfet, Pierre Colliex, affirme que les effectifs ont augmenté.\n"
            "Avez-vous parlé au Premier ministre ?\nOui, je lui ai parlé dimanche. Il m'a promis de venir.\nLe "
            "procureur Nicolas Bessone a ouvert une enquête, a-t-on appris mardi auprès du parquet.")
    doc = make_doc(text, "fr", [
        S("Le/DET|maire/NOUN|Benoît Payan/PROPN|a/AUX/avoir|répondu/VERB/répondre|à/ADP|nos/DET|questions/NOUN|"
          "./PUNCT"),
        S("Quelle/DET|est/AUX/être|votre/DET|réaction/NOUN|?/PUNCT"),
        S("De/ADP|la/DET|colère/NOUN|,/PUNCT|car/CCONJ|les/DET|habitants/NOUN|vivent/VERB/vivre|dans/ADP|la/DET|"
          "peur/NOUN|./PUNCT"),
        S("Le/DET|préfet/NOUN|,/PUNCT|Pierre Colliex/PROPN|,/PUNCT|affirme/VERB/affirmer|que/SCONJ|les/DET|"
          "effectifs/NOUN|ont/AUX/avoir|augmenté/VERB/augmenter|./PUNCT"),
        S("Avez/AUX/avoir|-vous/PRON/vous|parlé/VERB/parler|au/ADP|Premier ministre/NOUN|?/PUNCT"),
        S("Oui/ADV|,/PUNCT|je/PRON|lui/PRON|ai/AUX/avoir|parlé/VERB/parler|dimanche/NOUN|./PUNCT"),
        S("Il/PRON/il|m'/PRON/me|a/AUX/avoir|promis/VERB/promettre|de/ADP|venir/VERB|./PUNCT"),
        S("Le/DET|procureur/NOUN|Nicolas Bessone/PROPN|a/AUX/avoir|ouvert/VERB/ouvrir|une/DET|enquête/NOUN|,/PUNCT|"
          "a/AUX/avoir|-t-on/PRON/on|appris/VERB/apprendre|mardi/NOUN|auprès/ADP|du/ADP|parquet/NOUN|./PUNCT")],
        ents=[("Benoît Payan", "PER"), ("Pierre Colliex", "PER"), ("Nicolas Bessone", "PER")])
    sts = extract(doc, gaz)
    assert any((s.subject.key or s.subject.text) == "Benoît Payan" and "habitants vivent" in (s.object_text or "") for s in sts)
    assert not any((s.subject.key or s.subject.text) == "Pierre Colliex" and "venir" in (s.object_text or "") for s in sts)
    assert not any((s.subject.key or s.subject.text) == "Benoît Payan" and "enquête" in (s.object_text or "") for s in sts)


# --- Vietnamese --------------------------------------------------------------------------------------------------

def test_vi_answering_shareholders_is_no_content_and_a_title_tagged_as_a_verb_is_an_apposition(gaz):
    text = ("Trả lời cổ đông về việc giá sữa tăng mạnh, ông Lê Thành Liêm, Giám đốc điều hành Tài chính, thừa nhận "
            "biên lợi nhuận có thể giảm.")
    doc = make_doc(text, "vi", [
        S("Trả lời/VERB|cổ đông/VERB|về/ADP|việc/NOUN|giá/NOUN|sữa/NOUN|tăng/VERB|mạnh/ADJ|,/PUNCT|ông/NOUN|"
          "Lê Thành Liêm/PROPN|,/PUNCT|Giám đốc điều hành/VERB|Tài chính/NOUN|,/PUNCT|thừa nhận/VERB|"
          "biên lợi nhuận/NOUN|có thể/ADV|giảm/VERB|./PUNCT")],
        ents=[("Lê Thành Liêm", "PER")])
    got = triples(doc, gaz)
    assert ("Lê Thành Liêm", "confirm", "biên lợi nhuận có thể giảm") in got
    assert not any(o.startswith("cổ đông") for _, _, o in got)


def test_en_the_page_country_lead_stops_at_the_first_body_sentence_and_a_pronoun_passes_an_office_name(gaz):
    # guards: the lead stays the first three sentences when the body starts within them (Algeria, named after, is
    # no country of the page); a title inside a body's name ("the Paris prosecutor's office") is no unnamed post
    doc = english("Police arrest two after heist\nSunday, October 26, 2025\nFrench police have arrested two men in "
                  "Paris, the Paris prosecutor's office said on Sunday.\nOne suspect was caught at the airport before a "
                  "flight to Algeria, according to Paris prosecutor Laure Beccuau.\nShe said both men were being "
                  "questioned.\nCulture Minister Rachida Dati said security had been underestimated.", gaz)
    got = triples(doc, gaz)
    assert ("Rachida Dati", "holds_position", "France") in got
    assert ("Laure Beccuau", "say", "both men were being questioned") in got
    doc = english("Laure Beccuau confirmed the arrests. The Paris prosecutor's office said two men were held. She said "
                  "both men were being questioned.", gaz)
    assert ("Laure Beccuau", "say", "both men were being questioned") in triples(doc, gaz)


def test_en_a_content_opening_with_a_preposition_and_holding_a_verb_is_still_what_was_said(gaz):
    # guard of the fronted-adverbial rule: "At least 40 people have died …" is the content, not "on Wednesday"
    doc = english("At least 40 people have died of cholera in eastern Chad since August, the health ministry of Chad "
                  "said on Wednesday.", gaz)
    said = {o for _, r, o in triples(doc, gaz) if r == "say"}
    assert "At least 40 people have died of cholera in eastern Chad since August" in said


def test_en_a_colon_quote_after_a_fronted_participle_is_the_subjects_and_the_union_is_no_unknown_opening_name(gaz):
    # guards: "Speaking", now a verb, opens a phrase the subject comes after; "The union" is neither "Members" (the
    # organisation's people), nor the headline's first word, nor a place of unknown type named after the union
    doc = english("NATO Secretary General Mark Rutte urged allies to spend more.\nSpeaking at a news conference on the "
                  "eve of the summit, Rutte made three points:\n\"First, the threat has not gone away. Second, our "
                  "industry must produce more.\"", gaz)
    assert ("Mark Rutte", "say", "First, the threat has not gone away. Second, our industry must produce more.") in \
        triples(doc, gaz)
    doc = english("Boeing machinists vote to end strike\nMembers of the International Association of Machinists (IAM) "
                  "at Boeing's plants in the St. Louis area voted on Tuesday to accept a contract. The union said 68 "
                  "percent of members backed the deal.", gaz)
    speakers = {s for s, r, o in triples(doc, gaz) if r == "say" and o.startswith("68 percent")}
    assert speakers == {"International Association of Machinists"}


def test_en_a_line_opens_like_a_sentence_for_the_tagger(gaz):
    # "Shares of chipmaker X" after a date line the sentencizer joined to it is still a common noun, not a name
    doc = english("Nvidia shares slip\nThursday, November 20, 2025\nShares of chipmaker Nvidia fell 3 percent on "
                  "Thursday.\nChief executive Jensen Huang said demand was strong.", gaz)
    assert not any(t.startswith("Shares") for t, _ in names(doc))
    assert ("Jensen Huang", "holds_position", "Nvidia") in triples(doc, gaz)
    # "the company" is the chipmaker, not the analyst's firm named last
    doc = english("Nvidia shares slip\nShares of chipmaker Nvidia fell on Thursday.\n\"The numbers are great,\" said "
                  "Dan Ives, an analyst at Wedbush Securities.\nThe company said it had not received licenses.", gaz)
    assert ("Nvidia", "say", "it had not received licenses") in triples(doc, gaz)
