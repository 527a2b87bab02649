"""Entity ruler: gazetteer names found on token boundaries override and split the backend's NER spans.

Backend NER is uneven (underthesea tags "Triều Tiên" as a person and merges "Kremlin Dmitry Peskov"); known
names fix both the span and the type. Works on any backend's Doc.

>>> from kg.model import Article, Doc, Sentence, Span, Token
>>> text = "Điện Kremlin Dmitry Peskov nói"
>>> toks = (Token(0, "Điện Kremlin", 0, 12, "PROPN", "điện kremlin", -1, "dep", 0),
...         Token(1, "Dmitry Peskov", 13, 26, "PROPN", "dmitry peskov", -1, "dep", 0),
...         Token(2, "nói", 27, 30, "VERB", "nói", -1, "dep", 0))
>>> doc = Doc(Article("a", text, "vi"), toks, (Sentence(0, 0, 30, 0, 3),), (Span(0, 2, "PER", 0, 26, text[:26]),), "hand")
>>> from kg.gazetteer import load_gazetteer
>>> [(e.text, e.label, e.kb) for e in apply_gazetteer(doc, load_gazetteer()).entities]
[('Điện Kremlin', 'ORG', 'Kremlin'), ('Dmitry Peskov', 'PER', None)]
"""
from __future__ import annotations

import dataclasses

from kg.gazetteer import Gazetteer
from kg.model import Doc, Span, Token

__all__ = ["apply_gazetteer", "split_glued_names"]


def _parts(tokens: tuple[Token, ...]) -> tuple[list[str], list[int], list[bool], list[bool]]:
    """Words of the doc (tokens split on spaces), each word's token, and whether it starts / ends its token."""
    words, owner, starts, ends = [], [], [], []
    for t in tokens:
        ps = t.text.split()
        for k, p in enumerate(ps):
            words.append(p)
            owner.append(t.i)
            starts.append(k == 0)
            ends.append(k == len(ps) - 1)
    return words, owner, starts, ends


def _matches(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(first token, end token, key) of gazetteer names, longest first, not overlapping."""
    names = gaz.names(doc.article.lang)
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for name, key in names.items():
        ws = name.split()
        by_first.setdefault(ws[0], []).append((ws, key))
    for v in by_first.values():
        v.sort(key=lambda x: -len(x[0]))
    words, owner, starts, ends = _parts(doc.tokens)
    found, used, k = [], set(), 0
    while k < len(words):
        hit = None
        if starts[k]:
            for ws, key in by_first.get(words[k], ()):
                j = k + len(ws)
                if j <= len(words) and words[k:j] == ws and ends[j - 1] and \
                        doc.tokens[owner[k]].sent == doc.tokens[owner[j - 1]].sent:
                    hit = (owner[k], owner[j - 1] + 1, key)
                    break
        if hit and not any(t in used for t in range(hit[0], hit[1])):
            found.append(hit)
            used.update(range(hit[0], hit[1]))
            k += sum(len(doc.tokens[t].text.split()) for t in range(hit[0], hit[1]))
        else:
            k += 1
    return found


def split_glued_names(doc: Doc, gaz: Gazetteer) -> Doc:
    """Split a multi-word proper-noun token that starts or ends with a known name ("Kremlin Dmitry").

    Only for Docs without a parse (a split would break the heads); the pieces keep the token's POS.
    """
    if doc.has_parse:
        return doc
    names = gaz.names(doc.article.lang)
    text = doc.article.text
    pieces: list[list[tuple[int, int]]] = []  # per old token: (start, end) char ranges
    for t in doc.tokens:
        ws = t.text.split()
        cut = None
        if t.upos == "PROPN" and len(ws) > 1:
            for k in range(len(ws) - 1, 0, -1):
                if " ".join(ws[:k]) in names or " ".join(ws[k:]) in names:
                    cut = k
                    break
        if cut is None:
            pieces.append([(t.start, t.end)])
            continue
        mid = t.start
        for _ in range(cut):
            mid = text.index(" ", mid) + 1 if " " in text[mid:t.end] else mid
        left_end = mid - 1
        while left_end > t.start and text[left_end - 1] == " ":
            left_end -= 1
        pieces.append([(t.start, left_end), (mid, t.end)])
    if all(len(p) == 1 for p in pieces):
        return doc
    new_index, tokens = [], []
    for t, ps in zip(doc.tokens, pieces):
        new_index.append(len(tokens))
        for a, b in ps:
            tokens.append(Token(len(tokens), text[a:b], a, b, t.upos, text[a:b].lower(), -1, t.deprel, t.sent))
    new_index.append(len(tokens))
    sents = tuple(dataclasses.replace(s, tok_start=new_index[s.tok_start], tok_end=new_index[s.tok_end])
                  for s in doc.sentences)
    ents = tuple(dataclasses.replace(e, start=new_index[e.start], end=new_index[e.end]) for e in doc.entities)
    return dataclasses.replace(doc, tokens=tuple(tokens), sentences=sents, entities=ents)


def apply_gazetteer(doc: Doc, gaz: Gazetteer) -> Doc:
    doc = split_glued_names(doc, gaz)
    toks, text = doc.tokens, doc.article.text
    gspans = []
    for a, b, key in _matches(doc, gaz):
        # a lower-case single word is a common noun here ("anh", "đức"), not the name
        if b - a == 1 and not toks[a].text[:1].isupper() and not toks[a].text.isupper():
            continue
        gspans.append(Span(a, b, gaz.entry(key).type, toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], key))
    covered = set()
    for s in gspans:
        covered.update(range(s.start, s.end))
    out = list(gspans)
    for s in doc.entities:
        # keep the parts of a backend span that no gazetteer name covers, trimmed to proper nouns
        k = s.start
        while k < s.end:
            if k in covered:
                k += 1
                continue
            j = k
            while j < s.end and j not in covered:
                j += 1
            a, b = k, j
            while a < b and toks[a].upos != "PROPN":
                a += 1
            while b > a and toks[b - 1].upos != "PROPN":
                b -= 1
            if a < b:
                label = s.label if (a, b) == (s.start, s.end) or s.label != "MISC" else "MISC"
                out.append(Span(a, b, label, toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end]))
            k = j
    out.sort(key=lambda s: s.start)
    return dataclasses.replace(doc, entities=tuple(out))
