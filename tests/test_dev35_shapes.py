"""Rules written after the first run of dev35 (session 20), each on hand-built documents or on the model-free English
backend: a Canadian news release ("the Honourable X, Minister of Foreign Affairs, announced", a quotation signed "-
The Honourable X, …" below it, a dateline in the capital), a state-capitol story ("X, R-Indiana, who …, said"), an RFI
page ("Les autorités de transition maliennes ont accusé", "Côté algérien, le ministère des Affaires étrangères
rejette", "affirme que … et réclame"), a Le Figaro interview ("insiste-t-elle", "La ministre reconnaît"), and
Vietnamese pages ("Theo SCMP", "Cục Hàng không Việt Nam")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples

# --- English -----------------------------------------------------------------------------------------------------


def test_en_a_news_release_its_signed_quotation_and_the_capitals_country(gaz):
    text = ("Canada announces assistance for people affected by conflict in Sudan\n\n"
            "December 3, 2026 - Ottawa, Ontario - Global Affairs Canada\n\n"
            "Today, the Honourable Anita Anand, Minister of Foreign Affairs, announced $40 million in assistance.\n\n"
            "\"Millions of Sudanese civilians are facing famine. Canada is stepping up to help.\"\n\n"
            "- The Honourable Anita Anand, Minister of Foreign Affairs\n")
    got = triples(english(text, gaz), gaz)
    assert ("Anita Anand", "holds_position", "Canada") in got
    assert ("Anita Anand", "say", "Millions of Sudanese civilians are facing famine. Canada is stepping up to "
            "help.") in got


def test_en_a_party_and_district_tag_is_no_speaker(gaz):
    doc = english("Senate Majority Leader Joe Pittman, R-Indiana, who had opposed earlier versions of the plan, said "
                  "the final bill included real accountability. Malian authorities accused Algeria of backing armed "
                  "groups.", gaz)
    got = triples(doc, gaz)
    assert ("Joe Pittman", "say", "the final bill included real accountability") in got
    assert not {t for t in got if t[0] == "R-Indiana"}
    assert ("Mali", "accuse", "Algeria of backing armed groups") in got


# --- French ------------------------------------------------------------------------------------------------------


def test_fr_the_authorities_by_their_demonym_a_sides_ministry_and_a_second_verb_past_the_content(gaz):
    text = ("Les autorités de transition maliennes ont accusé l'Algérie de soutenir des groupes armés. Joint par RFI, "
            "le porte-parole Issa Coulibaly affirme que Bamako dispose de preuves et réclame une enquête. Côté "
            "algérien, le ministère des Affaires étrangères rejette des allégations sans fondement.")
    doc = make_doc(text, "fr", [
        S("Les/DET|autorités/NOUN/autorité|de/ADP|transition/NOUN|maliennes/ADJ/malien|ont/AUX/avoir|"
          "accusé/VERB/accuser|l'/DET|Algérie/PROPN|de/ADP|soutenir/VERB|des/DET|groupes/NOUN|armés/ADJ|./PUNCT"),
        S("Joint/VERB/joindre|par/ADP|RFI/PROPN|,/PUNCT|le/DET|porte-parole/NOUN|Issa Coulibaly/PROPN|"
          "affirme/VERB/affirmer|que/SCONJ|Bamako/PROPN|dispose/VERB/disposer|de/ADP|preuves/NOUN|et/CCONJ|"
          "réclame/VERB/réclamer|une/DET|enquête/NOUN|./PUNCT"),
        S("Côté/NOUN|algérien/ADJ|,/PUNCT|le/DET|ministère/NOUN|des/ADP|Affaires/NOUN|étrangères/ADJ|"
          "rejette/VERB/rejeter|des/DET|allégations/NOUN|sans/ADP|fondement/NOUN|./PUNCT")],
        ents=[("Algérie", "LOC"), ("RFI", "ORG"), ("Issa Coulibaly", "PER"), ("Bamako", "LOC")])
    got = triples(doc, gaz)
    assert ("Mali", "accuse", "l'Algérie de soutenir des groupes armés") in got
    assert ("Issa Coulibaly", "request", "une enquête") in got
    assert ("Ministry of Foreign Affairs of Algeria", "deny", "des allégations sans fondement") in got


def test_fr_a_pronoun_glued_after_the_verb_and_a_bare_title_for_the_last_speaker(gaz):
    text = ("Catherine Vautrin assure que le volontariat restera la règle. « Nous voulons 50 000 volontaires », "
            "insiste-t-elle. La ministre reconnaît que les délais restent trop longs.")
    doc = make_doc(text, "fr", [
        S("Catherine Vautrin/PROPN|assure/VERB/assurer|que/SCONJ|le/DET|volontariat/NOUN|restera/VERB/rester|la/DET|"
          "règle/NOUN|./PUNCT"),
        S("«/PUNCT|Nous/PRON|voulons/VERB/vouloir|50 000/NUM|volontaires/NOUN|»/PUNCT|,/PUNCT|"
          "insiste/VERB/insister|-t/PRON|-elle/PRON|./PUNCT"),
        S("La/DET|ministre/NOUN|reconnaît/VERB/reconnaître|que/SCONJ|les/DET|délais/NOUN|restent/VERB/rester|"
          "trop/ADV|longs/ADJ|./PUNCT")],
        ents=[("Catherine Vautrin", "PER")])
    got = triples(doc, gaz)
    assert ("Catherine Vautrin", "say", "Nous voulons 50 000 volontaires") in got
    assert ("Catherine Vautrin", "confirm", "les délais restent trop longs") in got


# --- Vietnamese --------------------------------------------------------------------------------------------------


def test_vi_an_aviation_authority_and_a_hong_kong_paper(gaz):
    text = "Cục Hàng không Việt Nam cho biết đã cấp phép. Theo SCMP, gói vũ khí gồm tên lửa phòng không."
    doc = make_doc(text, "vi", [
        S("Cục/NOUN|Hàng không/NOUN|Việt Nam/PROPN|cho/VERB|biết/VERB|đã/ADV|cấp phép/VERB|./PUNCT"),
        S("Theo/ADP|SCMP/PROPN|,/PUNCT|gói/NOUN|vũ khí/NOUN|gồm/VERB|tên lửa/NOUN|phòng không/NOUN|./PUNCT")],
        ents=[("Việt Nam", "LOC"), ("SCMP", "ORG")])
    got = triples(doc, gaz)
    assert ("Civil Aviation Authority of Vietnam", "say", "đã cấp phép") in got
    assert ("South China Morning Post", "report", "gói vũ khí gồm tên lửa phòng không") in got
