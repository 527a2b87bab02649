"""Rules written after the first run of dev42 (session 22), on hand-built documents and on the model-free English
backend: a TASS English page ("MOSCOW, December 3. /TASS/. …", "According to Foreign Ministry spokeswoman X"), a
Pakistani briefing story ("He declined to give details of …", "remarks by an Indian minister about the … Treaty"), a
Senegalese page ("C'est ce qu'a déclaré lundi le ministre …, X", "Et X de conclure : « … »"), an RFI page ("», a
affirmé mardi soir le porte-parole du gouvernement, X", "doit recevoir jeudi l'envoyé spécial américain pour
l'Afrique, X") and a White House readout ("President Donald J. Trump")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples


def test_en_a_middle_initial_does_not_cut_a_persons_name(gaz):
    doc = english("President Donald J. Trump spoke today with President Lee Jae-myung of the Republic of Korea.", gaz)
    got = triples(doc, gaz)
    assert ("Donald Trump", "talk", "Lee Jae-myung") in got
    assert not [t for t in got if t[0].startswith("Donald J")]


def test_en_a_slashed_agency_after_the_dateline_is_not_said(gaz):
    doc = english("MOSCOW, December 3. /TASS/. Russia does not rule out resuming consultations with South Korea, "
                  "Russian Foreign Minister Sergey Lavrov told journalists.", gaz)
    said = {o for s, r, o in triples(doc, gaz) if r == "say" and s == "Sergey Lavrov"}
    assert said == {"Russia does not rule out resuming consultations with South Korea"}


def test_en_a_ministry_named_without_its_country_is_its_known_spokeswomans(gaz):
    doc = english("Russia will talk to Seoul. According to Foreign Ministry spokeswoman Maria Zakharova, the visit "
                  "will cover trade. The South Korean Foreign Ministry declined to comment.", gaz)
    assert ("Maria Zakharova", "holds_position", "Ministry of Foreign Affairs of Russia") in triples(doc, gaz)


def test_en_declining_to_give_details_is_declining_to_comment(gaz):
    doc = english("Foreign Office spokesperson Tahir Andrabi confirmed the visit. He declined to give details of the "
                  "agenda.", gaz)
    assert ("Tahir Andrabi", "decline_comment", "of the agenda") in triples(doc, gaz)


def test_en_a_name_after_a_preposition_is_no_holder_of_the_title_before_it(gaz):
    doc = english("Pakistan dismissed remarks by an Indian minister about the Indus Waters Treaty as irresponsible.",
                  gaz)
    assert not [t for t in triples(doc, gaz) if t[1] == "holds_position"]


def test_en_that_is_what_a_speaker_said_is_the_sentence_before(gaz):
    doc = english("Russia will not attend the summit. That is what Deputy Foreign Minister Andrey Rudenko told "
                  "reporters on Monday.", gaz)
    said = {(s, o) for s, r, o in triples(doc, gaz) if r == "say"}
    assert said == {("Andrey Rudenko", "Russia will not attend the summit")}


def _echo_doc():
    text = ("Le Sénégal souhaite des élections au Mali. C'est ce qu'a déclaré lundi le ministre des Affaires "
            "étrangères, Cheikh Niang, au sortir d'une audience.")
    return make_doc(text, "fr", [
        S("Le/DET|Sénégal/PROPN|souhaite/VERB/souhaiter|des/DET|élections/NOUN/élection|au/ADP/à|Mali/PROPN|"
          "./PUNCT"),
        S("C'/PRON/ce|est/AUX/être|ce/PRON|qu'/PRON/que|a/AUX/avoir|déclaré/VERB/déclarer|lundi/NOUN|le/DET|"
          "ministre/NOUN|des/ADP/de|Affaires/NOUN/affaire|étrangères/ADJ/étranger|,/PUNCT|Cheikh Niang/PROPN|,/PUNCT|"
          "au/ADP/à|sortir/VERB|d'/ADP/de|une/DET/un|audience/NOUN|./PUNCT")],
        ents=[("Sénégal", "GPE"), ("Mali", "GPE"), ("Cheikh Niang", "PER")])


def test_fr_cest_ce_qua_declare_x_says_the_sentence_before(gaz):
    said = {(s, o) for s, r, o in triples(_echo_doc(), gaz) if r == "say"}
    assert said == {("Cheikh Niang", "Le Sénégal souhaite des élections au Mali")}


def test_fr_a_narrative_infinitive_conclure_says_the_quote_and_signs_nothing(gaz):
    text = ("Et Cheikh Niang de conclure : « La CEDEAO doit rester une maison commune. » La France et l'Algérie ont "
            "conclu un accord.")
    doc = make_doc(text, "fr", [
        S("Et/CCONJ|Cheikh Niang/PROPN|de/ADP|conclure/VERB|:/PUNCT|«/PUNCT|La/DET|CEDEAO/PROPN|doit/VERB/devoir|"
          "rester/VERB|une/DET/un|maison/NOUN|commune/ADJ/commun|./PUNCT|»/PUNCT"),
        S("La/DET|France/PROPN|et/CCONJ|l'/DET/le|Algérie/PROPN|ont/AUX/avoir|conclu/VERB/conclure|un/DET|"
          "accord/NOUN|./PUNCT")],
        ents=[("Cheikh Niang", "PER"), ("CEDEAO", "ORG"), ("France", "GPE"), ("Algérie", "GPE")])
    got = triples(doc, gaz)
    assert ("Cheikh Niang", "say", "La CEDEAO doit rester une maison commune") in got
    assert [t for t in got if t[1] == "sign"] == [("France", "sign", "Algeria")]


def test_fr_an_inverted_spokesperson_after_a_day_and_its_part_of_the_government_named_before(gaz):
    text = ("Pour le gouvernement congolais, la situation est claire. « Le Rwanda déploie des troupes », a affirmé "
            "mardi soir le porte-parole du gouvernement, Patrick Muyaya.")
    doc = make_doc(text, "fr", [
        S("Pour/ADP|le/DET|gouvernement/NOUN|congolais/ADJ|,/PUNCT|la/DET|situation/NOUN|est/AUX/être|claire/ADJ/clair|"
          "./PUNCT"),
        S("«/PUNCT|Le/DET|Rwanda/PROPN|déploie/VERB/déployer|des/DET|troupes/NOUN/troupe|»/PUNCT|,/PUNCT|a/AUX/avoir|"
          "affirmé/VERB/affirmer|mardi/NOUN|soir/NOUN|le/DET|porte-parole/NOUN|du/ADP/de|gouvernement/NOUN|,/PUNCT|"
          "Patrick Muyaya/PROPN|./PUNCT")],
        ents=[("gouvernement congolais", "GPE"), ("Rwanda", "GPE"), ("Patrick Muyaya", "PER")])
    got = triples(doc, gaz)
    assert ("Patrick Muyaya", "say", "Le Rwanda déploie des troupes") in got
    assert ("Patrick Muyaya", "holds_position", "Democratic Republic of the Congo") in got


def test_fr_the_brief_of_a_post_is_neither_its_holder_nor_whom_was_met(gaz):
    text = "Le président Félix Tshisekedi doit recevoir jeudi l'envoyé spécial américain pour l'Afrique, Massad Boulos."
    doc = make_doc(text, "fr", [
        S("Le/DET|président/NOUN|Félix Tshisekedi/PROPN|doit/VERB/devoir|recevoir/VERB|jeudi/NOUN|l'/DET/le|"
          "envoyé/NOUN|spécial/ADJ|américain/ADJ|pour/ADP|l'/DET/le|Afrique/PROPN|,/PUNCT|Massad Boulos/PROPN|./PUNCT")],
        ents=[("Félix Tshisekedi", "PER"), ("Afrique", "MISC"), ("Massad Boulos", "PER")])
    got = triples(doc, gaz)
    assert ("Félix Tshisekedi", "meet", "Massad Boulos") in got
    assert ("Félix Tshisekedi", "holds_position", "Democratic Republic of the Congo") in got  # (the gazetteer's)
    assert {t for t in got if t[1] == "holds_position" and t[0] != "Félix Tshisekedi"} == {
        ("Massad Boulos", "holds_position", "United States")}


def test_fr_the_two_leaders_are_a_known_leader_named_again_by_his_surname_and_his_guest(gaz):
    text = ("Le président sénégalais Bassirou Diomaye Faye a reçu son homologue mauritanien Mohamed Ghazouani. « Nous "
            "sommes voisins », a déclaré le président Faye. Les deux dirigeants se sont dits préoccupés par la "
            "situation au Mali.")
    doc = make_doc(text, "fr", [
        S("Le/DET|président/NOUN|sénégalais/ADJ|Bassirou Diomaye Faye/PROPN|a/AUX/avoir|reçu/VERB/recevoir|son/DET|"
          "homologue/NOUN|mauritanien/ADJ|Mohamed Ghazouani/PROPN|./PUNCT"),
        S("«/PUNCT|Nous/PRON|sommes/AUX/être|voisins/NOUN/voisin|»/PUNCT|,/PUNCT|a/AUX/avoir|déclaré/VERB/déclarer|"
          "le/DET|président/NOUN|Faye/PROPN|./PUNCT"),
        S("Les/DET/le|deux/NUM|dirigeants/NOUN/dirigeant|se/PRON|sont/AUX/être|dits/VERB/dire|"
          "préoccupés/ADJ/préoccupé|par/ADP|la/DET|situation/NOUN|au/ADP/à|Mali/PROPN|./PUNCT")],
        ents=[("Bassirou Diomaye Faye", "PER"), ("Mohamed Ghazouani", "PER"), ("Faye", "PER"), ("Mali", "GPE")])
    concerned = {s for s, r, _ in triples(doc, gaz) if r == "express_concern"}
    assert concerned == {"Bassirou Diomaye Faye", "Mohamed Ghazouani"}


def test_fr_a_paragraph_ending_with_a_quotes_closing_mark_after_a_space_is_no_subhead(gaz):
    text = ("Le ministre Cheikh Niang a déclaré que le Mali va mieux.\n\nLe ministre a reçu la presse.\n\n"
            "Cheikh Niang a ajouté : « La CEDEAO doit rester unie. »")
    doc = make_doc(text, "fr", [
        S("Le/DET|ministre/NOUN|Cheikh Niang/PROPN|a/AUX/avoir|déclaré/VERB/déclarer|que/SCONJ|le/DET|Mali/PROPN|"
          "va/VERB/aller|mieux/ADV|./PUNCT"),
        S("Le/DET|ministre/NOUN|a/AUX/avoir|reçu/VERB/recevoir|la/DET|presse/NOUN|./PUNCT"),
        S("Cheikh Niang/PROPN|a/AUX/avoir|ajouté/VERB/ajouter|:/PUNCT|«/PUNCT|La/DET|CEDEAO/PROPN|doit/VERB/devoir|"
          "rester/VERB|unie/ADJ/uni|./PUNCT|»/PUNCT")],
        ents=[("Cheikh Niang", "PER"), ("Mali", "GPE"), ("Cheikh Niang", "PER"), ("CEDEAO", "ORG")])
    assert ("Cheikh Niang", "say", "La CEDEAO doit rester unie") in triples(doc, gaz)
