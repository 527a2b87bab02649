"""located_in and part_of from the way pages write places and bodies, not from a verb.

Rules (``kg.extract.RULES``):

- ``structure.place_bracket``: a place with a larger one in brackets: "Tirana (Albania)", "La Haye (Pays-Bas)".
- ``structure.place_comma``: a place, a comma, the country or region it is in: "Irving, Texas", "huyện A, tỉnh B",
  "Lyon, France". The second must be a country or region the gazetteer knows, or follow an administrative noun
  ("tỉnh", "province", "state"); the first must not be a country; a list of places is no chain.
- ``structure.facility_in``: a facility named with where it is: "the Museum of Flight in Seattle", "le musée du
  Louvre à Paris", "nhà tù Ofer ở Bờ Tây".
- ``structure.part_phrase``: a body said to be part of another: "the program, which is part of the X Foundation",
  "Cục A thuộc Bộ B", "qui fait partie de l'OTAN".

The words are the language's ``[structure]`` table.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.common import entity_index, find_phrases, span_mention
from kg.gazetteer import SUBDIVISION
from kg.lang import tables
from kg.model import Doc, Span

__all__ = ["find_structure"]


def _interaction(doc: Doc, rel: str, a: Span, b: Span, conf: float, rule: str):
    from kg.extract.interactions import Interaction

    sent = doc.tokens[a.start].sent
    return Interaction(sent, a.end, b.start, rel, doc.span_text(a.end, b.start).strip() or ",", span_mention(doc, a),
                       span_mention(doc, b), None, False, "asserted", conf, rule=rule)


def _same(a: Span, b: Span) -> bool:
    """Two mentions of one entity (the same gazetteer key, or the same words)."""
    return (a.kb is not None and a.kb == b.kb) or a.text == b.text


def _gaz_entry(ctx, e: Span):
    gaz = ctx.gaz
    if gaz is None or e.kb is None or e.kb not in gaz.entries:
        return None
    return gaz.entry(e.kb)


def _is_country(ctx, e: Span) -> bool:
    entry = _gaz_entry(ctx, e)
    return entry is not None and entry.is_country


def _is_region_or_country(ctx, e: Span) -> bool:
    entry = _gaz_entry(ctx, e)
    return entry is not None and (entry.is_country or entry.kind == SUBDIVISION)


def _is_region(ctx, e: Span) -> bool:
    entry = _gaz_entry(ctx, e)
    return entry is not None and entry.kind == SUBDIVISION


def _place_like(ctx, e: Span) -> bool:
    """A place, or a name the tagger could not type that is no known person or body."""
    entry = _gaz_entry(ctx, e)
    if entry is not None:
        return entry.type in ("GPE", "LOC")
    return e.label in ("GPE", "LOC") or (e.label == "MISC" and len(e.text) > 2 and not e.text.isupper())


def _between(doc: Doc, a: Span, b: Span) -> list[str]:
    return [t.text.lower() for t in doc.tokens[a.end:b.start]]


def _admin_before(doc: Doc, e: Span, words: tuple[str, ...]) -> int:
    """How many tokens of an administrative noun ("tỉnh", "province of") stand right before ``e``."""
    for w in sorted(words, key=lambda x: -len(x.split())):
        n = len(w.split())
        if e.start - n >= 0 and " ".join(t.text.lower() for t in doc.tokens[e.start - n:e.start]) == w:
            return n
    return 0


def _listed(doc: Doc, ents: dict[int, Span], e: Span, conj: frozenset[str]) -> bool:
    """``e`` is followed by another name in a list (", B", "and B")."""
    k = e.end
    return k + 1 < len(doc.tokens) and doc.tokens[k].sent == e_sent(doc, e) and \
        (doc.tokens[k].text == "," or doc.tokens[k].text.lower() in conj) and k + 1 in ents


def _ends_phrase(doc: Doc, e: Span) -> bool:
    """Nothing but punctuation or a function word follows ``e`` ("…, Sweden defeated …" is a clause's subject)."""
    if e.end >= doc.sentences[e_sent(doc, e)].tok_end:
        return True
    t = doc.tokens[e.end]
    return t.upos in ("PUNCT", "ADP", "CCONJ", "SCONJ", "PART") or not t.text[:1].isalnum()


def e_sent(doc: Doc, e: Span) -> int:
    return doc.tokens[e.start].sent


def _brackets(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    for a, b in zip(order, order[1:]):
        if e_sent(doc, a) != e_sent(doc, b) or _between(doc, a, b) != ["("] or b.end >= len(doc.tokens) or \
                doc.tokens[b.end].text != ")":
            continue
        if _place_like(ctx, a) and _is_region_or_country(ctx, b) and not _same(a, b) and not _is_country(ctx, a):
            yield _interaction(doc, "located_in", a, b, 0.7, rule="structure.place_bracket")


def _commas(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    tb = tables(doc.article.lang)
    conj = tb.conjunctions
    units = tb.structure.get("admin_units", ())
    for i, (a, b) in enumerate(zip(order, order[1:])):
        if e_sent(doc, a) != e_sent(doc, b):
            continue
        unit = _admin_before(doc, b, units)
        if _between(doc, a, b)[:1] != [","] or b.start - a.end != 1 + unit:
            continue
        if not (_is_region_or_country(ctx, b) or unit) or _is_country(ctx, a) or a.start in ctx.title_persons:
            continue
        if not (_place_like(ctx, a) or (_gaz_entry(ctx, a) is None and _is_region(ctx, b))):
            continue  # (a name the tagger typed as a person is a town before a state: "Irving, Texas")
        if _same(a, b) or _listed(doc, ents, b, conj) or not _ends_phrase(doc, b):
            continue
        prev = order[i - 1] if i > 0 else None
        if prev is not None and e_sent(doc, prev) == e_sent(doc, a) and a.start - prev.end == 1 and \
                (doc.tokens[prev.end].text == "," or doc.tokens[prev.end].text.lower() in conj) and \
                not _facility(doc, prev, tb.structure.get("facility_words", ())):
            continue  # "Sweden, Belgium, England": a list
        yield _interaction(doc, "located_in", a, b, 0.65, rule="structure.place_comma")


def _facility(doc: Doc, e: Span, words: tuple[str, ...]) -> bool:
    low = f" {e.text.lower()} "
    return any(f" {w} " in low for w in words)


def _facilities(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    tb = tables(doc.article.lang)
    words, preps = tb.structure.get("facility_words", ()), tb.structure.get("located_preps", ())
    for a in order:
        k = a.end
        if k + 2 < len(doc.tokens) and doc.tokens[k].text == "(" and doc.tokens[k + 2].text == ")":
            k += 3  # "Kennedy Space Center (KSC) in …"
        hit = next((h for h in find_phrases(doc, e_sent(doc, a), preps, start=k, end=min(k + 4, len(doc.tokens)))
                    if h[0] == k), None)
        if hit is None or hit[1] not in ents or not _facility(doc, a, words) or len(a.text.split()) < 2:
            continue
        b = ents[hit[1]]
        if b.start == hit[1] and _place_like(ctx, b) and not _same(a, b):
            yield _interaction(doc, "located_in", a, b, 0.65, rule="structure.facility_in")


def _admin_units_in(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    """ "Kunar province in eastern Afghanistan", "Kherson region in southern Ukraine": a place named with the
    administrative noun after it, then "in", an adjective at most and the country or region it is in."""
    tb = tables(doc.article.lang)
    words, preps = tb.structure.get("admin_units", ()), tb.structure.get("located_preps", ())
    for a in order:
        k, sent = a.end, e_sent(doc, a)
        if k >= len(doc.tokens) or doc.tokens[k].text.lower() not in words or not _place_like(ctx, a):
            continue
        hit = next((h for h in find_phrases(doc, sent, preps, start=k + 1, end=min(k + 4, len(doc.tokens)))
                    if h[0] == k + 1), None)
        j = hit[1] if hit is not None else len(doc.tokens)
        while j < len(doc.tokens) and doc.tokens[j].upos == "DET" and j not in ents:
            j += 1
        if j + 1 < len(doc.tokens) and j not in ents and doc.tokens[j].text.isalpha() and doc.tokens[j].text.islower():
            j += 1  # "in eastern Afghanistan" (a lower-case word the model-free tagger may call a noun)
        b = ents.get(j)
        if b is not None and b.start == j and _is_region_or_country(ctx, b) and not _same(a, b):
            yield _interaction(doc, "located_in", a, b, 0.7, rule="structure.admin_in")


def _located_phrases(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    """ "Springfield is located in the Clarke Valley region", "Kunar lies in …": a place, a copula or nothing, a
    located phrase of two words or more (``[structure] located_preps``), then the place it is in."""
    tb = tables(doc.article.lang)
    phrases = [p for p in tb.structure.get("located_preps", ()) if len(p.split()) >= 2]
    for s in doc.sentences if phrases else ():
        for pa, pe, _ in find_phrases(doc, s.i, phrases):
            k = pa - 1 if pa - 1 > s.tok_start and doc.tokens[pa - 1].upos == "AUX" else pa
            a = ents.get(k - 1)
            j = pe
            while j < s.tok_end and doc.tokens[j].upos == "DET" and j not in ents:
                j += 1
            b = ents.get(j)
            if a is not None and b is not None and a.end == k and b.start == j and _place_like(ctx, a) and \
                    _place_like(ctx, b) and not _same(a, b):
                yield _interaction(doc, "located_in", a, b, 0.7, rule="structure.located_phrase")


def _part_phrases(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    tb = tables(doc.article.lang)
    phrases = tb.structure.get("part_of_phrases", ())
    for s in doc.sentences:
        for pa, pe, _ in find_phrases(doc, s.i, phrases):
            k = pe
            while k < s.tok_end and doc.tokens[k].upos == "DET" and k not in ents:
                k += 1
            owner = ents.get(k)
            part = next((e for e in reversed(order) if e.end <= pa and e_sent(doc, e) == s.i), None)
            if owner is None or owner.start != k or part is None or _same(part, owner):
                continue
            gap = [t.text for t in doc.tokens[part.end:pa]]
            glue = tb.structure.get("part_of_glue", ())
            if len(gap) > 3 or any(t != "," and t.lower() not in glue for t in gap):
                continue
            if owner.label == "ORG" and part.label in ("ORG", "MISC"):
                yield _interaction(doc, "part_of", part, owner, 0.6, rule="structure.part_phrase")


def _possessive_bodies(doc: Doc, ctx, ents, order: list[Span]) -> Iterator:
    """ "KFOR, NATO's peacekeeping force in Kosovo,": a body set off by a comma as the force, agency or arm of an
    organisation is part of it."""
    tb = tables(doc.article.lang)
    heads = set(tb.word_classes.get("ORG_HEADS", ()))
    for a, b in zip(order, order[1:]):
        if e_sent(doc, a) != e_sent(doc, b) or _between(doc, a, b) != [","] or b.end + 1 >= len(doc.tokens) or \
                doc.tokens[b.end].text not in tb.possessive_clitics:
            continue
        if a.label not in ("ORG", "MISC") or b.label != "ORG" or _same(a, b) or _gaz_entry(ctx, a) is not None:
            continue
        for t in doc.tokens[b.end + 1:min(b.end + 5, len(doc.tokens))]:
            if t.text.lower() in heads:
                yield _interaction(doc, "part_of", a, b, 0.6, rule="structure.possessive_body")
                break
            if t.upos in ("AUX", "PUNCT") or t.i in ents:  # (a verb form may be a modifier: "peacekeeping")
                break


def find_structure(doc: Doc, ctx) -> Iterator:
    """located_in and part_of said by the shape of the text (module docstring)."""
    if not tables(doc.article.lang).structure:
        return
    ents = entity_index(doc)
    order = sorted(doc.entities, key=lambda e: e.start)
    yield from _brackets(doc, ctx, ents, order)
    yield from _commas(doc, ctx, ents, order)
    yield from _facilities(doc, ctx, ents, order)
    yield from _admin_units_in(doc, ctx, ents, order)
    yield from _located_phrases(doc, ctx, ents, order)
    yield from _part_phrases(doc, ctx, ents, order)
    yield from _possessive_bodies(doc, ctx, ents, order)
