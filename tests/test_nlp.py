import pytest

from kg.errors import ModelNotAvailableError, UnknownNameError
from kg.model import Article
from kg.nlp import NlpSettings, select_backend
from kg.nlp.doc import WordRec, align_words, build_doc

from conftest import make_doc


def test_align_words_handles_underscores_spacing_and_missing_words():
    text = "Triều Tiên  là đối tác."
    assert align_words(text, ["Triều_Tiên", "là", "XYZ", "đối tác", "."]) == [(0, 10), (12, 14), (14, 14), (15, 22), (22, 23)]


def _unparsed_doc(text: str, lang: str, sents: list[list[str]]):
    """build_doc over sentences of words as a splitter gave them (no tags, no parse)."""
    words, pos = [], 0
    for s in sents:
        spans = align_words(text, s, pos)
        words.append([WordRec(text[a:b], a, b, "X", text[a:b], -1, "dep") for a, b in spans])
        pos = spans[-1][1]
    return build_doc(Article("a", text, lang), words, [], "hand", has_parse=False)


def test_sentences_split_inside_a_quote_are_merged():
    text = "Ông nói: “Một. Hai.” Bà nói."
    sents = [["Ông", "nói", ":", "“", "Một", "."], ["Hai", "."], ["”", "Bà", "nói", "."]]
    doc = _unparsed_doc(text, "vi", sents)
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == ["Ông nói: “Một. Hai.”", "Bà nói."]
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))


def test_a_sentence_cut_before_the_comma_after_a_quote_is_rejoined():
    # what spaCy's French model does with '« … », a déclaré M. X …' at the start of a paragraph
    text = "Avant.\n\n« La France et le Maroc ont un avenir », a déclaré M. Macron devant le Parlement."
    sents = [["Avant", "."], ["«", "La", "France", "et", "le", "Maroc", "ont", "un", "avenir", "»"],
             [",", "a", "déclaré", "M.", "Macron", "devant", "le", "Parlement", "."]]
    doc = _unparsed_doc(text, "fr", sents)
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == ["Avant.", text.split("\n\n")[1]]


def test_heads_become_document_indexes():
    doc = make_doc("Peskov nói. Putin nói.", "vi",
                   [[("Peskov", "PROPN", None, 2, "nsubj"), ("nói", "VERB", None, 0, "root"), (".", "PUNCT", None, 2, "punct")],
                    [("Putin", "PROPN", None, 2, "nsubj"), ("nói", "VERB", None, 0, "root"), (".", "PUNCT", None, 2, "punct")]])
    assert [(t.text, t.head) for t in doc.tokens] == [("Peskov", 1), ("nói", -1), (".", 1), ("Putin", 4), ("nói", -1), (".", 4)]


def test_entity_spans_trimmed_to_proper_nouns_and_propn_runs_added():
    doc = make_doc("Bộ trưởng Lavrov gặp Choe Son-hui ngày 16/1.", "vi",
                   [[("Bộ trưởng", "NOUN"), ("Lavrov", "PROPN"), ("gặp", "VERB"), ("Choe Son-hui", "PROPN"),
                     ("ngày", "NOUN"), ("16/1", "NUM"), (".", "PUNCT")]],
                   ents=[("Bộ trưởng Lavrov", "LOC")], gazetteer=False)
    assert [(e.text, e.label) for e in doc.entities] == [("Lavrov", "LOC"), ("Choe Son-hui", "MISC")]


def test_gazetteer_splits_merged_span_and_fixes_type():
    # "Pak Chol-min" is an invented name, absent from the gazetteer
    doc = make_doc("Bộ trưởng Ngoại giao Triều Tiên Pak Chol-min phát biểu.", "vi",
                   [[("Bộ trưởng", "NOUN"), ("Ngoại giao", "NOUN"), ("Triều Tiên", "PROPN"), ("Pak Chol-min", "PROPN"),
                     ("phát biểu", "VERB"), (".", "PUNCT")]],
                   ents=[("Bộ trưởng Ngoại giao Triều Tiên Pak Chol-min", "LOC")])
    # the name after the title and its country is a person, whatever type the tagger gave the merged span
    assert [(e.text, e.label, e.kb) for e in doc.entities] == [("Triều Tiên", "GPE", "North Korea"),
                                                              ("Pak Chol-min", "PER", None)]


def test_glued_name_token_is_split_for_unparsed_docs():
    doc = make_doc("Người phát ngôn điện Kremlin Ivan Petrov nói.", "vi",
                   [[("Người phát ngôn", "NOUN"), ("điện", "NOUN"), ("Kremlin Ivan", "PROPN"), ("Petrov", "PROPN"),
                     ("nói", "VERB"), (".", "PUNCT")]], ents=[("Kremlin Ivan Petrov", "PER")])
    assert [t.text for t in doc.tokens] == ["Người phát ngôn", "điện", "Kremlin", "Ivan", "Petrov", "nói", "."]
    assert [(e.text, e.kb) for e in doc.entities] == [("điện Kremlin", "Kremlin"), ("Ivan Petrov", None)]


def test_lowercase_common_word_is_not_a_country():
    doc = make_doc("Anh ấy nói với đức tin.", "vi",
                   [[("Anh", "PRON"), ("ấy", "PRON"), ("nói", "VERB"), ("với", "ADP"), ("đức tin", "NOUN"), (".", "PUNCT")]])
    assert doc.entities == ()


def test_missing_models_error_says_what_and_how(tmp_path, monkeypatch):
    import dataclasses

    from kg.nlp import BACKENDS

    settings = NlpSettings(stanza_dir=str(tmp_path), spacy_models={"en": "no_such_model_xyz"})
    # English falls back to the model-free backend; without its packages too, nothing is left
    assert select_backend("en", "auto", settings).name == "rules"
    rules = BACKENDS["rules"]
    monkeypatch.setitem(BACKENDS, "rules", dataclasses.replace(rules, check=lambda lang, s: (False, ["spacy-lookups-data"])))
    with pytest.raises(ModelNotAvailableError) as info:
        select_backend("en", "auto", settings)
    msg = str(info.value)
    assert info.value.lang == "en"
    assert str(tmp_path) in msg and "no_such_model_xyz" in msg and "kg models download en" in msg
    assert "pip install spacy-lookups-data" in msg


def test_backend_that_does_not_serve_language():
    with pytest.raises(ModelNotAvailableError, match="serves only vi"):
        select_backend("fr", "underthesea", NlpSettings())


def test_unknown_backend_lists_known():
    with pytest.raises(UnknownNameError, match="known: auto, rules, spacy, stanza, underthesea"):
        select_backend("vi", "nope", NlpSettings())


def test_stanza_dir_lookup_order(tmp_path, monkeypatch):
    from kg.nlp.stanza_backend import stanza_dir

    monkeypatch.setenv("KG_STANZA_DIR", str(tmp_path / "env"))
    assert stanza_dir(NlpSettings(stanza_dir=str(tmp_path / "cli"))) == tmp_path / "cli"
    assert stanza_dir(NlpSettings()) == tmp_path / "env"
    monkeypatch.delenv("KG_STANZA_DIR")
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    assert stanza_dir(NlpSettings()).name == "stanza_resources"


def test_institutions_get_a_canonical_english_key():
    fr = make_doc("Le ministère sud-coréen des Affaires étrangères a convoqué l'ambassade de Russie en Corée du Sud.", "fr",
                  [[("Le", "DET"), ("ministère", "NOUN"), ("sud-coréen", "ADJ"), ("des", "ADP"), ("Affaires", "NOUN"),
                    ("étrangères", "ADJ"), ("a", "AUX"), ("convoqué", "VERB"), ("l'", "DET"), ("ambassade", "NOUN"),
                    ("de", "ADP"), ("Russie", "PROPN"), ("en", "ADP"), ("Corée du Sud", "PROPN"), (".", "PUNCT")]])
    assert [(e.text, e.label, e.kb) for e in fr.entities] == [
        ("ministère sud-coréen des Affaires étrangères", "ORG", "Ministry of Foreign Affairs of South Korea"),
        ("ambassade de Russie en Corée du Sud", "ORG", "Embassy of Russia in South Korea")]
    vi = make_doc("Bộ Ngoại giao Trung Quốc phản đối.", "vi",
                  [[("Bộ Ngoại giao", "NOUN"), ("Trung Quốc", "PROPN"), ("phản đối", "VERB"), (".", "PUNCT")]])
    assert [(e.text, e.kb) for e in vi.entities] == [("Bộ Ngoại giao Trung Quốc", "Ministry of Foreign Affairs of China")]
    en = make_doc("The Chinese foreign ministry and South Korea's defence ministry spoke.", "en",
                  [[("The", "DET"), ("Chinese", "ADJ"), ("foreign", "ADJ"), ("ministry", "NOUN"), ("and", "CCONJ"),
                    ("South Korea", "PROPN"), ("'s", "PART"), ("defence", "NOUN"), ("ministry", "NOUN"), ("spoke", "VERB"),
                    (".", "PUNCT")]])
    assert [e.kb for e in en.entities] == ["Ministry of Foreign Affairs of China", "Ministry of Defence of South Korea"]


def test_a_ministry_without_a_country_is_not_an_entity():
    doc = make_doc("Le ministère a réagi.", "fr", [[("Le", "DET"), ("ministère", "NOUN"), ("a", "AUX"), ("réagi", "VERB"),
                                                  (".", "PUNCT")]])
    assert doc.entities == ()


def test_splitting_glued_names_keeps_other_tokens_lemmas_and_known_full_names():
    doc = make_doc("Putin met Narendra Modi and Kremlin Ivan Petrov.", "en",
                   [[("Putin", "PROPN"), ("met", "VERB", "meet"), ("Narendra Modi", "PROPN"), ("and", "CCONJ"),
                     ("Kremlin Ivan", "PROPN"), ("Petrov", "PROPN"), (".", "PUNCT")]])
    assert [(t.text, t.lemma) for t in doc.tokens][:3] == [("Putin", "putin"), ("met", "meet"), ("Narendra Modi", "narendra modi")]
    assert [t.text for t in doc.tokens][4:6] == ["Kremlin", "Ivan"]


def test_entities_split_a_known_organisation_from_a_name_and_strip_a_title():
    from conftest import make_doc

    text = "Chủ tịch Tập đoàn Samsung Lee Jae-yong đến. Samsung đầu tư. Bộ trưởng Công Thương Nguyễn Hồng Diên nói."
    doc = make_doc(text, "vi", [
        [("Chủ tịch", "NOUN"), ("Tập đoàn", "NOUN"), ("Samsung", "PROPN"), ("Lee Jae-yong", "PROPN"), ("đến", "VERB"),
         (".", "PUNCT")],
        [("Samsung", "PROPN"), ("đầu tư", "VERB"), (".", "PUNCT")],
        [("Bộ trưởng", "NOUN"), ("Công Thương", "PROPN"), ("Nguyễn Hồng Diên", "PROPN"), ("nói", "VERB"),
         (".", "PUNCT")]],
        ents=[("Samsung Lee Jae-yong", "LOC"), ("Samsung", "ORG"), ("Công Thương Nguyễn Hồng Diên", "PER")])
    assert [(e.text, e.label) for e in doc.entities] == [
        ("Samsung", "ORG"), ("Lee Jae-yong", "PER"), ("Samsung", "ORG"), ("Nguyễn Hồng Diên", "PER")]


def test_a_capitalised_ministry_without_its_country_is_still_a_body():
    from conftest import make_doc

    text = "Theo Bộ Tài chính, vốn tăng."
    doc = make_doc(text, "vi", [[("Theo", "ADP"), ("Bộ", "NOUN"), ("Tài chính", "NOUN"), (",", "PUNCT"),
                                 ("vốn", "NOUN"), ("tăng", "VERB"), (".", "PUNCT")]])
    # on a Vietnamese page, Vietnam's ([institutions] home_country); French has no home country
    assert [(e.text, e.label, e.kb) for e in doc.entities] == [("Bộ Tài chính", "ORG", "Ministry of Finance of Vietnam")]
    text = "Selon le Ministère des Finances, le capital augmente."
    doc = make_doc(text, "fr", [[("Selon", "ADP"), ("le", "DET"), ("Ministère", "NOUN"), ("des", "ADP"),
                                 ("Finances", "PROPN"), (",", "PUNCT"), ("le", "DET"), ("capital", "NOUN"),
                                 ("augmente", "VERB"), (".", "PUNCT")]])
    assert [(e.text, e.label, e.kb) for e in doc.entities] == [("Ministère des Finances", "ORG", None)]
