"""Test helpers: build annotated documents by hand, and a tiny registered backend so the pipeline runs without
any model."""
from __future__ import annotations

import re

import pytest

from kg.gazetteer import load_gazetteer
from kg.model import Article
from kg.nlp import BACKENDS, Backend, register_backend
from kg.nlp.doc import Annotation, WordRec, align_words, build_doc
from kg.nlp.entities import apply_gazetteer


def S(spec: str) -> list[tuple]:
    """One sentence from "word/UPOS[/lemma]|word/UPOS|…" ("|" separates words, which may hold spaces)."""
    out = []
    for w in spec.split("|"):
        parts = w.rsplit("/", 2) if w.count("/") >= 2 and not w.startswith("/") else w.rsplit("/", 1)
        out.append(tuple(parts))
    return out



def triples(doc, gaz) -> set[tuple]:
    """(subject, relation, object) of every statement extracted from ``doc`` (keys where linked, else texts)."""
    from kg.extract import extract

    return {(st.subject.key or st.subject.text, st.relation, st.object.key or st.object.text if st.object else
             st.object_text) for st in extract(doc, gaz)}


def english(text: str, gaz):
    """``text`` annotated by the model-free English backend, gazetteer applied."""
    from kg.nlp import NlpSettings, load_annotator

    _, annotate = load_annotator("en", "rules", NlpSettings())
    return apply_gazetteer(annotate(Article("t", text, "en")), gaz)


def names(doc) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in doc.entities}

def make_doc(text: str, lang: str, sentences: list[list[tuple]], ents=(), has_parse=None, published=None,
             gazetteer=True):
    """Build a Doc from hand annotations.

    ``sentences``: per sentence a list of (word, upos) or (word, upos, lemma) or (word, upos, lemma, head, deprel),
    heads 1-based within the sentence as in CoNLL-U. ``ents``: (surface text, label) pairs, found in order.
    """
    art = Article("t1", text, lang, published=published)
    out, pos = [], 0
    parsed = False
    for sent in sentences:
        spans = align_words(text, [w[0] for w in sent], pos)
        words = []
        for w, (a, b) in zip(sent, spans):
            assert b > a, f"word {w[0]!r} not found in text"
            lemma = w[2] if len(w) > 2 and w[2] else w[0].lower()
            head, dep = (w[3], w[4]) if len(w) > 4 else (-1, "dep")
            parsed = parsed or head != -1
            words.append(WordRec(text[a:b], a, b, w[1], lemma, head, dep))
        out.append(words)
        pos = spans[-1][1]
    cs, found = 0, []
    for surface, label in ents:
        i = text.index(surface, cs)
        found.append((i, i + len(surface), label))
        cs = i + len(surface)
    doc = build_doc(art, out, found, "hand", has_parse=parsed if has_parse is None else has_parse)
    return apply_gazetteer(doc, load_gazetteer()) if gazetteer else doc


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()


_WORD = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]", re.UNICODE)


def _fake_load(lang, settings):
    """Whitespace-and-punctuation tokens; capitalised words (not sentence-initial) are PROPN, the rest NOUN;
    no parse, no NER."""

    def annotate(article):
        sents, cur = [], []
        for m in _WORD.finditer(article.text):
            w = m.group(0)
            upos = "PUNCT" if not w[0].isalnum() else ("PROPN" if w[0].isupper() and cur else "NOUN")
            cur.append(WordRec(w, m.start(), m.end(), upos, w.lower(), -1, "dep"))
            if w in ".!?":
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
        return Annotation(sents, [], "fake", has_parse=False)

    return annotate


def register_fake_backend() -> Backend:
    """Register the model-free backend as "fake"; remove it with ``BACKENDS.pop("fake")``."""
    return register_backend(Backend("fake", ("vi", "fr", "en"), lambda lang, s: (True, ["nothing"]), _fake_load,
                                    lambda lang, s: "fake 1.0", lambda lang: "nothing to fix"))


@pytest.fixture
def fake_backend():
    yield register_fake_backend()
    BACKENDS.pop("fake", None)


def fake_build(tmp_path_factory, request, files: dict[str, str], prefix: str = "b"):
    """A build of ``files`` (name -> text) with the "fake" backend, for module-scoped fixtures; returns its out/."""
    from kg.config import Config
    from kg.pipeline import build

    register_fake_backend()
    request.addfinalizer(lambda: BACKENDS.pop("fake", None))
    d = tmp_path_factory.mktemp(prefix)
    (d / "in").mkdir()
    for name, text in files.items():
        (d / "in" / name).write_text(text, encoding="utf-8")
    build([d / "in"], d / "out", Config(backends={"vi": "fake", "fr": "fake"}))
    return d / "out"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
