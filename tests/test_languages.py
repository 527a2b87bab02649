"""Languages are data: every table key is checked at load, no language word is written in kg/extract or kg/nlp,
and Spanish, added as a table file alone, gives speech acts and titles (issue #18)."""
import ast
import re
import tomllib
from pathlib import Path

import pytest

from kg.config import Config
from kg.errors import ConfigError
from kg.extract import extract
from kg.lang import SCHEMA, SUPPORTED_LANGS, check_tables, tables
from kg.nlp import auto_order
from kg.ontology import RELATIONS

from conftest import make_doc

ROOT = Path(__file__).resolve().parents[1]
LANG_DIR = ROOT / "kg" / "lang"
# words of kg's own closed vocabularies that are also English words in the tables: not language literals
VOCABULARY = {"media",  # a gazetteer entry's kind
              "possible",  # a modality id
              "counterpart", "chief executive",  # role ids (the English values of [titles])
              "government", "armed forces", "parliament", "presidency",  # canonical institution names ([institutions])
              "expand"}  # spaCy's char_span alignment mode


def test_every_bundled_table_file_passes_its_schema():
    assert SUPPORTED_LANGS[:3] == ("vi", "fr", "en") and "es" in SUPPORTED_LANGS
    for lang in SUPPORTED_LANGS:
        raw = tomllib.loads((LANG_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
        check_tables(raw, f"{lang}.toml", lang)
        assert tables(lang).speech_cues and auto_order(lang)


@pytest.mark.parametrize("raw, problem", [
    ({"speech": {"complementisers": ["que"]}}, "unknown key 'complementisers' in [speech]"),
    ({"speeches": {}}, "unknown top-level key or section 'speeches'"),
    ({"lang": "fr"}, "lang = 'fr', but the file is the tables of 'es'"),
    ({"speech": {"cues": {"decir": "sai"}}}, "[speech] cues: 'decir' maps to 'sai', which is no relation id"),
    ({"interactions": {"nominal_cues": {"cumbre": "meeting"}}},
     "[interactions] nominal_cues: 'cumbre' maps to 'meeting', which is no relation id"),
    ({"rules_tagger": {"NOUNS": []}}, "unknown key 'NOUNS' in [rules_tagger]"),
])
def test_a_misspelt_key_or_relation_fails_loudly_naming_file_and_key(raw, problem):
    with pytest.raises(ConfigError, match=re.escape(f"es.toml: {problem}") if "lang =" not in problem else "es.toml"):
        check_tables(raw, "es.toml", "es")
    # and the schema knows the real keys
    assert "complementizers" in SCHEMA["speech"] and "nominal_cues" in SCHEMA["interactions"]


def _language_words() -> set[str]:
    """Every word or phrase of the language tables: list entries and the keys of phrase tables (not the values,
    which are relation ids, roles and canonical names; not the keys of [modality], [dates], [rules_tagger])."""
    words: set[str] = set()

    def add(x):
        if isinstance(x, list):
            for v in x:
                add(v)
        elif isinstance(x, str) and not x.isupper():  # ("PER", "ORG": entity labels, not words)
            words.add(x.lower())

    for f in LANG_DIR.glob("*.toml"):
        raw = tomllib.loads(f.read_text(encoding="utf-8"))
        for section, body in raw.items():
            if section in ("furniture", "metadata", "nlp", "dates", "modality") or not isinstance(body, dict):
                continue
            for name, value in body.items():
                if name.endswith(("_SUFFIXES", "_ENDINGS")):
                    continue  # word endings ("ly", "ents"), not words
                add(value)
                if isinstance(value, dict):  # a phrase table: its keys are words, its values ids or word lists
                    add(list(value))
                    for v in value.values():
                        if isinstance(v, list):
                            add(v)
            if section == "titles":
                add(list(body))
    return {w for w in words if len(w) >= 2 and any(c.isalpha() for c in w)}


def test_no_language_word_is_written_in_extraction_or_nlp_code():
    # relation ids and role ids (the values of the title tables: "chief executive") are kg's vocabulary, not words
    roles = {r for lang in SUPPORTED_LANGS for r in tables(lang).titles.values()}
    words = _language_words() - VOCABULARY - set(RELATIONS) - roles
    assert {"cho biết", "déclarer", "các", "'s", "tuy nhiên", "se"} <= words  # the literals that were in the code
    found = []
    for py in sorted([*(ROOT / "kg" / "extract").glob("*.py"), *(ROOT / "kg" / "nlp").glob("*.py")]):
        source = py.read_text(encoding="utf-8")
        tree = ast.parse(source)
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                      and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                    and not node.value.isupper() and node.value.lower() in words:  # ("PER", "AUX": labels)
                found.append(f"{py.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
        found += [f"{py.relative_to(ROOT)}: {m.group()}" for m in re.finditer(r"lang\s*==\s*[\"']\w+[\"']", source)]
    assert found == []


def _facts(doc, gaz):
    return {(s.subject.key or s.subject.text, s.relation, s.object.text if s.object else s.object_text, s.role,
             dict(s.extra)["rule"]) for s in extract(doc, gaz)}


def test_spanish_speech_and_titles_from_hand_built_documents(gaz):
    text = "El portavoz del Kremlin, Dmitri Peskov, dijo que Rusia cooperará con Corea del Norte."
    doc = make_doc(text, "es", [[("El", "DET"), ("portavoz", "NOUN"), ("del", "ADP"), ("Kremlin", "PROPN"),
                                 (",", "PUNCT"), ("Dmitri Peskov", "PROPN"), (",", "PUNCT"),
                                 ("dijo", "VERB", "decir"), ("que", "SCONJ"), ("Rusia", "PROPN"),
                                 ("cooperará", "VERB", "cooperar"), ("con", "ADP"), ("Corea del Norte", "PROPN"),
                                 (".", "PUNCT")]],
                   ents=[("Kremlin", "ORG"), ("Dmitri Peskov", "PER"), ("Rusia", "GPE"), ("Corea del Norte", "GPE")])
    facts = _facts(doc, gaz)
    assert ("Dmitry Peskov", "holds_position", "Kremlin", "spokesperson", "titles.apposition") in facts
    assert ("Dmitry Peskov", "say", "Rusia cooperará con Corea del Norte", None, "speech.subject") in facts


def test_spanish_quote_before_an_inverted_speaker_and_a_negated_confirm(gaz):
    text = "«No enviamos tropas», afirmó Margarita Robles. Robles no confirmó la información."
    doc = make_doc(text, "es", [
        [("«", "PUNCT"), ("No", "ADV"), ("enviamos", "VERB", "enviar"), ("tropas", "NOUN"), ("»", "PUNCT"),
         (",", "PUNCT"), ("afirmó", "VERB", "afirmar"), ("Margarita Robles", "PROPN"), (".", "PUNCT")],
        [("Robles", "PROPN"), ("no", "ADV"), ("confirmó", "VERB", "confirmar"), ("la", "DET"),
         ("información", "NOUN"), (".", "PUNCT")]],
        ents=[("Margarita Robles", "PER"), ("Robles", "PER")])
    said = {(s.subject.key or s.subject.text, s.relation, s.object_text, s.polarity, dict(s.extra)["rule"])
            for s in extract(doc, gaz)}
    assert ("Margarita Robles", "say", "No enviamos tropas", "affirmed", "speech.inverted_speaker") in said
    # "la información" is a content anaphor ([speech] content_anaphors): it stands for what was said before
    assert ("Robles", "confirm", "No enviamos tropas", "negated", "speech.subject") in said


@pytest.mark.models
def test_spanish_articles_build_with_the_model_free_backend(tmp_path):
    from kg.pipeline import build

    (tmp_path / "es.txt").write_text(
        "MADRID, 21 de octubre de 2024 (EFE) - El portavoz del Kremlin, Dmitri Peskov, dijo que Rusia seguirá "
        "cooperando con Corea del Norte en todos los ámbitos.", encoding="utf-8")
    rep = build([tmp_path / "es.txt"], tmp_path / "o", Config())
    assert rep.errors == [] and rep.backends["es"].startswith("rules ")
    text = (tmp_path / "o" / "statements.jsonl").read_text(encoding="utf-8")
    assert '"relation": {"id": "say", "text": "dijo"}' in text and '"date": "2024-10-21"' in text
    assert '"relation": {"id": "holds_position", "text": "portavoz"}' in text and '"role": "spokesperson"' in text
