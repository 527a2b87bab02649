"""Rules written after the first run of dev37 (session 20), on hand-built documents and on the model-free English
backend: a state visit ("son homologue ghanéen, X, … Le chef de l'État ghanéen a, pour sa part, appelé à …") and a
CNN story ("In a post on Truth Social, US President X wrote …")."""
from __future__ import annotations

from conftest import S, english, make_doc, triples


def test_en_a_name_a_preposition_governs_is_not_the_sentences_subject(gaz):
    doc = english("In a post on Truth Social, US President Donald Trump wrote that both leaders must stop the "
                  "killing now.", gaz)
    said = {(s, o) for s, r, o in triples(doc, gaz) if r == "say"}
    assert said == {("Donald Trump", "both leaders must stop the killing now")}


def test_fr_the_head_of_state_of_a_named_country_and_an_aside_after_the_auxiliary(gaz):
    text = ("Alassane Ouattara a reçu son homologue ghanéen, John Dramani Mahama. Le chef de l'État ghanéen a, pour "
            "sa part, appelé à une intégration plus rapide.")
    doc = make_doc(text, "fr", [
        S("Alassane Ouattara/PROPN|a/AUX/avoir|reçu/VERB/recevoir|son/DET|homologue/NOUN|ghanéen/ADJ|,/PUNCT|"
          "John Dramani Mahama/PROPN|./PUNCT"),
        S("Le/DET|chef/NOUN|de/ADP|l'/DET|État/NOUN/état|ghanéen/ADJ|a/VERB/avoir|,/PUNCT|pour/ADP|sa/DET|part/NOUN|"
          ",/PUNCT|appelé/VERB/appeler|à/ADP|une/DET|intégration/NOUN|plus/ADV|rapide/ADJ|./PUNCT")],
        ents=[("Alassane Ouattara", "PER"), ("John Dramani Mahama", "PER")])
    got = triples(doc, gaz)
    assert ("John Dramani Mahama", "urge", "une intégration plus rapide") in got
