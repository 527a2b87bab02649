"""Interactions between named parties: meet, talk, visit, sign, summon, cooperate, support, supply, deploy,
sanction — and partner_of from "X là đối tác của Y" / "X est un partenaire de Y" / "X is a partner of Y".

Forms: "A gặp B", "A hội đàm với B", "A cung cấp cho B <thing>", "A et B ont signé", "hội đàm giữa A và B",
"la coopération entre A et B". The subject is found like a speaker (parse, coordination, left scan); the object is
the next name in the clause. Supply and deploy also give the thing supplied as a text object.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.common import entity_index, find_phrases, has_negator, span_mention
from kg.extract.speech import Context, conjoined_before, find_subject, is_passive
from kg.lang import tables
from kg.model import Doc, Mention, Span

__all__ = ["Interaction", "find_interactions", "find_partners"]

OBJECT_WINDOW = 12
CLAUSE_END = {".", ";", "!", "?", "…"}
THING_RELATIONS = {"supply", "deploy"}


@dataclass(frozen=True)
class Interaction:
    sent: int
    cue_start: int
    cue_end: int
    relation: str
    cue_text: str
    subject: Mention
    object: Mention | None
    object_text: str | None
    negated: bool
    modality: str
    confidence: float


def _modality(doc: Doc, a: int, b: int, s) -> str:
    """conditional / possible / planned / considered from the words before the verb, else asserted."""
    tb = tables(doc.article.lang)
    words = {doc.tokens[k].text.lower() for k in range(max(a, s.tok_start), b)} | \
            {doc.tokens[k].lemma.lower() for k in range(max(a, s.tok_start), b)}
    text = " " + " ".join(doc.tokens[k].text.lower() for k in range(max(a, s.tok_start), b)) + " "
    for mod in ("conditional", "considered", "possible", "planned"):
        for w in tb.modality.get(mod, ()):
            if w in words or f" {w} " in text:
                return mod
    return "asserted"


def _between(doc: Doc, s, ce: int, ents) -> tuple[Span, Span] | None:
    """ "... giữa A và B" / "entre A et B" / "between A and B" right after the cue."""
    tb = tables(doc.article.lang)
    for ba, be, _ in find_phrases(doc, s.i, {w: 1 for w in tb.between}, start=ce, end=min(s.tok_end, ce + 4)):
        if be in ents:
            a = ents[be]
            k = a.end
            if k < s.tok_end and doc.tokens[k].text.lower() in tb.conjunctions and k + 1 in ents:
                return a, ents[k + 1]
    return None


def _thing_ok(doc: Doc, a: int, b: int, ents) -> bool:
    """A thing supplied or deployed is a noun phrase, not just a name."""
    return any(doc.tokens[k].upos in ("NOUN", "NUM") and k not in ents for k in range(a, b))


def _thing_end(doc: Doc, s, a: int) -> int:
    """End of a noun phrase starting at ``a``: before a verb, a clause word or punctuation."""
    tb = tables(doc.article.lang)
    stop = set(tb.complementizers) | set(tb.boundaries) | set(tb.modality.get("conditional", ())) | tb.object_preps
    j = a
    while j < s.tok_end and j - a < OBJECT_WINDOW:
        t = doc.tokens[j]
        if t.text in CLAUSE_END or t.text == "," or t.upos in ("VERB", "AUX", "SCONJ") or t.text.lower() in stop:
            break
        j += 1
    return j


def _object(doc: Doc, s, ce: int, ents, subject_end: int, rel: str) -> tuple[Span | None, tuple[int, int] | None]:
    """The next name in the clause after the verb, and the text of the thing (for supply / deploy).

    A name after a place preposition ("tại", "in") is where it happened, not the other party, except for visit and
    deploy, whose object is a place."""
    tb = tables(doc.article.lang)
    place_ok = rel in ("visit", "deploy")
    k, obj, thing_start, thing_end = ce, None, None, None
    limit = min(s.tok_end, ce + OBJECT_WINDOW)
    while k < limit:
        t = doc.tokens[k]
        low = t.text.lower()
        if low in CLAUSE_END or low in tb.complementizers or low in tb.boundaries:
            break
        if low in tb.place_preps and low not in tb.object_preps and not place_ok:
            break
        if k in ents and ents[k].start >= subject_end:
            obj = ents[k]
            k = obj.end
            if thing_start is not None and thing_end is None:
                thing_end = obj.start - 1 if doc.tokens[obj.start - 1].text.lower() in tb.object_preps else obj.start
            break
        if low in tb.object_preps or (place_ok and low in tb.place_preps):
            if thing_start is not None and thing_end is None:
                thing_end = k
        elif thing_start is None and t.upos in ("NOUN", "NUM", "ADJ", "DET") and low != ",":
            thing_start = k
        k += 1
    if thing_start is None and obj is not None:
        # "cung cấp cho Seoul thông tin về ..." : the thing follows the recipient
        thing_start, thing_end = obj.end, _thing_end(doc, s, obj.end)
    elif thing_start is not None:
        thing_end = min(thing_end, _thing_end(doc, s, thing_start)) if thing_end else _thing_end(doc, s, thing_start)
    ok = thing_start is not None and thing_end and thing_end > thing_start and _thing_ok(doc, thing_start, thing_end, ents)
    return obj, ((thing_start, thing_end) if ok else None)


def _list_after(doc: Doc, s, e: Span, ents) -> list[Span]:
    """Names coordinated after ``e``: "Úc, New Zealand, Nam Hàn và Nhật Bản" -> the three after Úc."""
    tb = tables(doc.article.lang)
    out, k = [], e.end
    while k + 1 < s.tok_end:
        sep = doc.tokens[k].text.lower()
        if (sep == "," or sep in tb.conjunctions) and k + 1 in ents and ents[k + 1].start == k + 1:
            nxt = ents[k + 1]
            out.append(nxt)
            k = nxt.end
            if sep in tb.conjunctions:
                break
            continue
        break
    return out if out and doc.tokens[out[-1].start - 1].text.lower() in tb.conjunctions else []


def _listed_parties(doc: Doc, s, ce: int, ents) -> list[Span]:
    """ "hợp tác với các đối tác châu Á, gồm Úc, New Zealand và Nhật Bản": the parties named after a list marker."""
    tb = tables(doc.article.lang)
    for la, le, _ in find_phrases(doc, s.i, {w: 1 for w in tb.list_markers}, start=ce, end=min(s.tok_end, ce + OBJECT_WINDOW)):
        if any(doc.tokens[k].text in CLAUSE_END for k in range(ce, la)):
            return []
        if le in ents:
            return [ents[le], *_list_after(doc, s, ents[le], ents)]
    return []


def _pair_subject(doc: Doc, ctx: Context, e: Span, ents, title_hits) -> Span | None:
    """ "A và B ký" / "A et B ont signé": the first of two coordinated names before the verb."""
    tb = tables(doc.article.lang)
    k = e.start - 1
    for ta, te, _ in title_hits:  # skip a title in front of the second name
        if te == e.start:
            k = ta - 1
    if k >= 0 and doc.tokens[k].text.lower() in tb.conjunctions and k - 1 in ents:
        return ents[k - 1]
    return None


def find_interactions(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    tb = tables(doc.article.lang)
    use_lemma = tb.cues_on_lemmas
    ents = entity_index(doc)
    for s in doc.sentences:
        title_hits = find_phrases(doc, s.i, tb.titles)
        cues = find_phrases(doc, s.i, tb.interactions, use_lemma=use_lemma)
        prev = None
        for ca, ce, phrase in cues:
            rel = tb.interactions[phrase]
            cue_text = doc.span_text(ca, ce)
            pair = _between(doc, s, ce, ents)
            if pair:
                a, b = pair
                yield Interaction(s.i, ca, ce, rel, cue_text, span_mention(doc, a), span_mention(doc, b), None,
                                  False, "asserted", 0.7)
                continue
            if use_lemma and not any(doc.tokens[k].upos in ("VERB",) for k in range(ca, ce)):
                continue
            if any(b == ca for _, b, _ in find_phrases(doc, s.i, {w: 1 for w in tb.nominalisers},
                                                       start=max(s.tok_start, ca - 2), end=ca)):
                continue  # "chuyến thăm", "cuộc hội đàm": a noun, its parties are not a subject and object
            if is_passive(doc, s, ca):
                continue
            found = find_subject(doc, ctx, s, ca, ce, ents, title_hits, [], prev, purpose=True)
            if found is None:
                continue
            prev = found
            subject, conf, subj_end = found
            negated = has_negator(doc, max(subj_end, ca - 4), ca)
            modality = _modality(doc, subj_end - 8, ca, s)
            obj, thing = _object(doc, s, ce, ents, subj_end, rel)
            subj_span = ents.get(subj_end - 1)
            partner = _pair_subject(doc, ctx, subj_span, ents, title_hits) if subj_span is not None else None
            paired = obj is None and partner is not None
            if paired:
                obj = subj_span
                subject = span_mention(doc, partner)
            # "Anh, Pháp và Đức đã triệu tập đại sứ Iran": each coordinated name is a subject
            subjects = [subject]
            if not paired and obj is not None and subj_span is not None and subject.kind == "name":
                subjects = [span_mention(doc, e) for e in conjoined_before(doc, subj_span, ents)] + subjects
            listed = _listed_parties(doc, s, ce, ents)
            parties = listed or ([obj, *_list_after(doc, s, obj, ents)] if obj is not None else [])
            for subj in subjects:
                base = dict(sent=s.i, cue_start=ca, cue_end=ce, relation=rel, cue_text=cue_text, subject=subj,
                            negated=negated, modality=modality)
                for party in parties:
                    if (party.char_start, party.char_end) != (subj.start, subj.end):
                        yield Interaction(object=span_mention(doc, party), object_text=None,
                                          confidence=round(conf - 0.05, 3), **base)
                if rel in THING_RELATIONS and thing is not None:
                    text = doc.span_text(*thing).strip(" ,“”«»\"'")
                    if len(text) >= 3:
                        # the thing supplied / deployed: right 1 time in 5 on the seeds (bench/calibrate.py)
                        yield Interaction(object=None, object_text=text, confidence=0.35, **base)


def find_partners(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    """partner_of: "A là đối tác (của) B", "A est un partenaire de B", "A, an ally of B"."""
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    for s in doc.sentences:
        for pa, pe, phrase in find_phrases(doc, s.i, {w: 1 for w in tb.partner_nouns}):
            left = next((ents[k] for k in range(pa - 1, max(s.tok_start, pa - 8) - 1, -1) if k in ents), None)
            if left is None:
                continue
            between = {doc.tokens[k].lemma.lower() for k in range(left.end, pa)} | \
                      {doc.tokens[k].text.lower() for k in range(left.end, pa)}
            if not (between & tb.copulas) and not (pa == left.end + 1 and doc.tokens[left.end].text == ","):
                continue
            k = pe
            while k < min(s.tok_end, pe + 4) and k not in ents:
                k += 1
            if k not in ents:
                continue
            right = ents[k]
            if not any(doc.tokens[j].text.lower() in tb.possessive for j in range(pe, right.start)):
                continue
            if right.kb is not None and right.kb == left.kb:
                continue
            yield Interaction(s.i, pa, pe, "partner_of", doc.span_text(pa, pe), span_mention(doc, left),
                              span_mention(doc, right), None, False, "asserted", 0.6)
