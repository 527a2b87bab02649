"""Phrase matching on token boundaries: where the multi-word phrases of a language table (cue words, titles,
institutions) are spelled in a document, by word or by lemma. Shared by the entity tidying (kg.nlp.entities) and
the extractors (kg.extract), so it lives below both.

>>> from kg.model import Article, Doc, Sentence, Token
>>> text = "Ông Peskov cho biết thêm"
>>> toks = tuple(Token(i, w, s, s + len(w), "X", w.lower(), -1, "dep", 0) for i, (w, s) in
...              enumerate([("Ông", 0), ("Peskov", 4), ("cho", 11), ("biết", 15), ("thêm", 20)]))
>>> doc = Doc(Article("a", text, "vi"), toks, (Sentence(0, 0, 24, 0, 5),), (), "hand", has_parse=False)
>>> find_phrases(doc, 0, {"cho biết": "say", "biết": "x"})
[(2, 4, 'cho biết')]
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from kg.model import Doc

__all__ = ["find_phrases", "joined"]


# Caches for find_phrases, which runs thousands of times per article: the phrase tables (long-lived dicts from the
# language tables) indexed by first word, and each document's words and phrase matches (keyed by its token tuple,
# which the entity ruler's copies of a document share). Entries hold a reference to their key object
# and are checked with ``is``, so a recycled id() can never return another object's entry.
_PHRASE_INDEX: dict[int, tuple[dict, dict[str, list[tuple[int, list[str], str]]]]] = {}
_PHRASE_BY_CONTENT: dict[tuple, dict[str, list[tuple[int, list[str], str]]]] = {}
_DOC_WORDS: dict[int, tuple[tuple, list[list[str]], list[list[str]], dict]] = {}


_ELISION = re.compile(r"(\b\w['’])(?=\w)")


def _phrase_index(phrases) -> dict[str, list[tuple[int, list[str], str]]]:
    hit = _PHRASE_INDEX.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    key = tuple(phrases)  # call sites that build a dict per call share the index of equal contents
    index = _PHRASE_BY_CONTENT.get(key)
    if index is None:
        split = {p: p.split() for p in key}
        order = sorted(key, key=lambda p: -len(split[p]))  # longest first, table order among equals
        index = {}
        for rank, p in enumerate(order):
            if split[p]:
                index.setdefault(split[p][0], []).append((rank, split[p], p))
            elided = _ELISION.sub(r"\1 ", p).split()  # "chef de l'état" also as the tokens "l'" "état"
            if elided != split[p]:
                index.setdefault(elided[0], []).append((rank, elided, p))
        if len(_PHRASE_BY_CONTENT) > 4096:
            _PHRASE_BY_CONTENT.clear()
        _PHRASE_BY_CONTENT[key] = index
    if len(_PHRASE_INDEX) > 512:
        _PHRASE_INDEX.clear()
    _PHRASE_INDEX[id(phrases)] = (phrases, index)
    return index


def _doc_words(doc: Doc) -> tuple[list[list[str]], list[list[str]], dict]:
    """(lemma words, text words) of every token, lower-cased, and the doc's cache of phrase matches per table."""
    toks = doc.tokens  # keyed by the token tuple: a Doc copied with other entities shares it, and its matches
    hit = _DOC_WORDS.get(id(toks))
    if hit is not None and hit[0] is toks:
        return hit[1], hit[2], hit[3]
    lem = [t.lemma.lower().split() for t in toks]
    txt = [t.text.lower().split() for t in toks]
    if len(_DOC_WORDS) > 8:
        _DOC_WORDS.clear()
    _DOC_WORDS[id(toks)] = (toks, lem, txt, {})
    return lem, txt, _DOC_WORDS[id(toks)][3]


def _first_words(doc_cache: dict, words: list[list[str]]) -> dict[str, list[int]]:
    """first word -> the tokens that begin with it, each preceded by the run of empty tokens just before it."""
    key = ("firsts", id(words))
    hit = doc_cache.get(key)
    if hit is not None and hit[0] is words:
        return hit[1]
    firsts: dict[str, list[int]] = {}
    pending: list[int] = []
    for i, w in enumerate(words):
        if not w:
            pending.append(i)
            continue
        at = firsts.setdefault(w[0], [])
        at += pending
        at.append(i)
        pending = []
    doc_cache[key] = (words, firsts)
    return firsts


def _candidates(words: list[list[str]], index: dict, i: int) -> list:
    """Phrases of ``index`` whose first word is the first word of the tokens from ``i``."""
    for j in range(i, len(words)):
        if words[j]:
            return index.get(words[j][0], ())
    return ()


def _starts(doc_cache: dict, words: list[list[str]], index: dict, also: list[list[str]] | None = None) -> list[int]:
    """Tokens where some phrase of ``index`` may start in ``words`` (or in ``also``): the token's first word begins
    a phrase, or the token is empty and the next one with a word starts one. A superset of where matches start."""
    starts: set[int] = set()
    for ws in (words, also or []):
        firsts = _first_words(doc_cache, ws) if ws else {}
        small, big = (firsts, index) if len(firsts) <= len(index) else (index, firsts)
        for w in small:
            if w in big:
                starts.update(firsts[w])
    return sorted(starts)


def _spells(words: list[list[str]], i: int, want: list[str]) -> int:
    """End token if the tokens from ``i`` spell exactly ``want``, else -1."""
    got: list[str] = []
    j, n = i, len(words)
    while j < n and len(got) < len(want):
        got += words[j]
        j += 1
    return j if got == want else -1


def _doc_matches(doc_cache: dict, lem: list[list[str]], txt: list[list[str]], index: dict,
                 use_lemma: bool) -> tuple[list[int], dict[int, list[tuple[int, str]]]]:
    """Every place in the doc where a phrase of ``index`` is spelled, computed once per doc and table: the sorted
    start tokens, and per start the (end token, phrase) of each phrase spelled there, best first (longest, then
    table order; with ``use_lemma`` a phrase's lemma spelling before its text spelling)."""
    key = (id(index), use_lemma)
    hit = doc_cache.get(key)
    if hit is not None and hit[0] is index:
        return hit[1], hit[2]
    primary = lem if use_lemma else txt
    matches: dict[int, list[tuple[int, str]]] = {}
    for i in _starts(doc_cache, primary, index, txt if use_lemma else None):
        cands = list(_candidates(primary, index, i))
        if use_lemma:
            cands += _candidates(txt, index, i)
            cands.sort(key=lambda c: c[0])
        found = []
        for _rank, want, p in cands:
            j = _spells(primary, i, want)
            if j >= 0:
                found.append((j, p))
            if use_lemma and (j2 := _spells(txt, i, want)) >= 0 and j2 != j:
                found.append((j2, p))
        if found:
            matches[i] = found
    doc_cache[key] = (index, sorted(matches), matches)
    return doc_cache[key][1], matches


_JOINED: dict[tuple[int, ...], tuple[tuple, tuple[str, ...]]] = {}


def joined(*tables_: Collection[str]) -> tuple[str, ...]:
    """The phrases of several tables as one table, in order, each once: made once per combination of tables (the
    entry holds them, so their ids stay theirs), so that :func:`find_phrases` indexes it once."""
    key = tuple(map(id, tables_))
    hit = _JOINED.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], tables_)):
        return hit[1]
    out = tuple(dict.fromkeys(p for t in tables_ for p in t))
    if len(_JOINED) > 512:
        _JOINED.clear()
    _JOINED[key] = (tables_, out)
    return out


def find_phrases(doc: Doc, sent: int, phrases: Collection[str], use_lemma: bool = False, start: int | None = None,
                 end: int | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping matches (first token, end token, phrase) of multi-word phrases, longest first.

    A phrase matches a run of tokens whose words (lemmas when ``use_lemma``) spell it exactly, so a phrase
    never starts or ends inside a token. With ``use_lemma`` the surface text is tried too (the lemma of an
    apostrophe form, "s'inquiéter" = "se" + "inquiéter", does not spell the phrase). ``phrases``: a table of the
    language (its keys if a dict) or any collection of phrases; a table that lives on is indexed once, so a
    combination of tables should come from :func:`joined`, not be built per call.
    """
    s = doc.sentences[sent]
    a0 = s.tok_start if start is None else start
    b0 = s.tok_end if end is None else end
    lem, txt, doc_cache = _doc_words(doc)
    key = ("table", id(phrases), use_lemma)  # the table's matches in this doc, found without re-indexing the table
    known = doc_cache.get(key)
    if known is not None and known[0] is phrases:
        starts, matches = known[1], known[2]
    else:
        starts, matches = _doc_matches(doc_cache, lem, txt, _phrase_index(phrases), use_lemma)
        doc_cache[key] = (phrases, starts, matches)
    found, cursor = [], a0
    for k in range(bisect.bisect_left(starts, a0), len(starts)):  # (no slice: it would copy the doc's tail)
        i = starts[k]
        if i >= b0:
            break
        if i < cursor:
            continue
        for j, p in matches[i]:
            if j <= b0:
                found.append((i, j, p))
                cursor = j
                break
    return found
