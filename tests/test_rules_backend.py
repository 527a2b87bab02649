"""The model-free English backend end to end: spaCy's blank English tokenizer and lookup lemmas (real packages, no
model weights) through extraction. Expected statements checked by hand against the text."""
import json

from kg.config import Config
from kg.pipeline import build

TEXT = ('Kremlin spokesman Dmitry Peskov said on Monday that Russia would continue to cooperate with North Korea in '
        'all areas. "North Korea is our close neighbour and partner," he told reporters. US Secretary of State '
        'Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Tuesday. The Pentagon could not confirm '
        'the reports. The Kremlin declined to comment on the report.')


def test_english_without_a_model_goes_through_the_rules_backend(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "en1.jsonl").write_text(json.dumps({"id": "en1", "text": TEXT, "lang": "en",
                                                            "published": "2024-10-22"}) + "\n", encoding="utf-8")
    rep = build([tmp_path / "in"], tmp_path / "out", Config(backends={"en": "rules"}))
    assert rep.backends["en"].startswith("rules spacy") and not rep.errors
    recs = [json.loads(line) for line in (tmp_path / "out" / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    facts = {(r["subject"]["label"], r["relation"]["id"], r["object"].get("label") or r["object"]["text"],
              r["polarity"], r["modality"]) for r in recs}
    assert ("Dmitry Peskov", "holds_position", "Kremlin", "affirmed", "asserted") in facts
    assert ("Dmitry Peskov", "say", "Russia would continue to cooperate with North Korea in all areas", "affirmed",
            "asserted") in facts
    assert ("Dmitry Peskov", "say", "North Korea is our close neighbour and partner", "affirmed", "asserted") in facts
    assert ("North Korea", "partner_of", "Russia", "affirmed", "reported") in facts
    assert ("Russia", "cooperate", "North Korea", "affirmed", "planned") in facts
    assert ("Antony Blinken", "meet", "Wang Yi", "affirmed", "asserted") in facts
    assert ("Pentagon", "confirm", "the reports", "negated", "asserted") in facts
    assert ("Kremlin", "decline_comment", "on the report", "affirmed", "asserted") in facts
    said = next(r for r in recs if r["relation"]["id"] == "say")
    assert said["date"] == "2024-10-21"  # "on Monday" before Tuesday 22 October 2024


def _annotate(text):
    from kg.model import Article
    from kg.nlp import NlpSettings, select_backend

    annotate = select_backend("en", "rules", NlpSettings()).load("en", NlpSettings())
    ann = annotate(Article("t", text, "en"))  # the backend's raw annotation, before any tidying
    words = [(w.text, w.upos) for sent in ann.sentences for w in sent]
    ents = [(text[a:b], label) for a, b, label in ann.ents]
    return words, ents


def test_rules_tagger_keeps_hyphenated_names_whole_and_demonyms_as_adjectives():
    words, ents = _annotate("South Korean President Lee Jae-myung met Władysław Kosiniak-Kamysz for two-day talks.")
    assert ("Jae-myung", "PROPN") in words and ("Kosiniak-Kamysz", "PROPN") in words and ("two-day", "NOUN") in words
    assert ("South", "ADJ") in words and ("Korean", "ADJ") in words  # "South Korean" is a demonym, not a name
    assert ("Lee Jae-myung", "PER") in ents and ("Władysław Kosiniak-Kamysz", "PER") in ents
    assert not any(e[0].startswith("South") for e in ents)


def test_rules_tagger_names_organisations_and_stops_at_titles():
    words, ents = _annotate("Separately, South Korea's Joint Chiefs of Staff said the State Department and "
                            "Sky Sports were told. U.S. Secretary of State Marco Rubio would resume talks.")
    assert ("Separately", "ADV") in words  # a sentence-opening adverb is no name
    assert ("Joint Chiefs of Staff", "ORG") in ents and ("State Department", "ORG") in ents
    assert ("Sky Sports", "ORG") in ents
    assert ("Marco Rubio", "PER") in ents and not any("Secretary" in e[0] for e in ents)
    assert ("resume", "VERB") in words and ("talks", "NOUN") in words  # after a modal, a verb; after it, its object


def test_rules_tagger_keeps_days_out_of_names_and_laws_out_of_persons():
    words, ents = _annotate("The European Commission on Wednesday fined Apple for breaching the Digital Markets Act.")
    assert ("European Commission", "ORG") in ents
    assert not any("Wednesday" in e[0] for e in ents)  # "Commission on Wednesday" is no organisation
    assert ("Digital Markets Act", "MISC") in ents  # a law, not a person


def test_rules_tagger_keeps_name_particles_inside_persons():
    words, ents = _annotate("Sheikh Mohammed bin Abdulrahman Al Thani met Hamas official Khalil al-Hayya and "
                            "Ursula von der Leyen.")
    assert ("Mohammed bin Abdulrahman Al Thani", "PER") in ents
    assert ("Khalil al-Hayya", "PER") in ents and ("Ursula von der Leyen", "PER") in ents


def test_rules_tagger_names_companies_by_their_legal_or_trade_word():
    _, ents = _annotate("Toyota Motor said on Tuesday it would invest. Singapore Airlines and Acme Holdings agreed.")
    assert ("Toyota Motor", "ORG") in ents and ("Acme Holdings", "ORG") in ents
    assert not any(e[1] == "PER" for e in ents)  # two capitalised words with a company word are no person


def test_rules_tagger_reads_an_adjective_made_from_a_name_as_no_name():
    words, ents = _annotate("Montalvo left Scientology-related employment after the US-led talks with Kim Yo-jong.")
    assert ("Scientology-related", "ADJ") in words and ("US-led", "ADJ") in words
    assert not any("Scientology" in e[0] or "US" in e[0] for e in ents)
    assert ("Kim Yo-jong", "PER") in ents  # a hyphenated given name stays a name


def test_rules_tagger_keeps_yesterday_and_today_out_of_names():
    words, ents = _annotate("Yesterday Mohamed met the press. Today Obama said so.")
    assert ("Yesterday", "NOUN") in words and ("Mohamed", "PROPN") in words and ("Today", "NOUN") in words
    assert not any(e[0].startswith(("Yesterday", "Today")) for e in ents)


def test_rules_tagger_keeps_and_inside_a_bodys_name_and_a_titles_first_word_before_its_organisation_word():
    words, ents = _annotate("Rustem Umerov, secretary of the National Security and Defense Council, spoke. "
                            "The Senate and House voted. Defense Secretary Pete Hegseth agreed.")
    assert ("National Security and Defense Council", "ORG") in ents
    assert not any(e[0].startswith("Senate and") for e in ents)  # two bodies, not one
    assert ("Pete Hegseth", "PER") in ents and not any(e[0].startswith("Defense") for e in ents)
