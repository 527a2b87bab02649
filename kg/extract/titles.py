"""Title appositions -> holds_position: "Tổng thống Nga Vladimir Putin", "le porte-parole du Kremlin, Dmitri
Peskov", "Kremlin spokesman Dmitry Peskov", "le président ukrainien Volodymyr Zelensky".

A title from the language's table is followed (within a short window of glue words, the organisation or country
and its demonym) by a name: the last name in the window is the holder, the first non-person entity or demonym the
body. The body may also stand right before the title ("Kremlin spokesman").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.common import entity_index, find_phrases, span_mention
from kg.gazetteer import Gazetteer
from kg.lang import tables
from kg.model import Doc, Mention, Span

__all__ = ["TitleHit", "find_titles"]

WINDOW = 14
STOP_UPOS = {"VERB", "AUX", "SCONJ", "PRON"}


@dataclass(frozen=True)
class TitleHit:
    sent: int
    title_start: int
    title_end: int
    title: str
    role: str
    person: Span
    body: Mention | None  # organisation or country the post belongs to


def _demonym_mention(doc: Doc, k: int, gaz: Gazetteer) -> Mention | None:
    t = doc.tokens[k]
    key = gaz.demonym(t.text, doc.article.lang)
    if key is None:
        return None
    e = gaz.entry(key)
    return Mention(t.text, t.start, t.end, e.type, "name", key)


def find_titles(doc: Doc, gaz: Gazetteer) -> Iterator[TitleHit]:
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    for s in doc.sentences:
        for ta, te, phrase in find_phrases(doc, s.i, tb.titles):
            body: Mention | None = None
            # body before the title: "Kremlin spokesman", "Russian President"
            if ta - 1 >= s.tok_start:
                prev = ents.get(ta - 1)
                if prev is not None and prev.label != "PER":
                    body = span_mention(doc, prev)
                else:
                    body = _demonym_mention(doc, ta - 1, gaz)
            k, person = te, None
            while k < min(s.tok_end, te + WINDOW):
                tok = doc.tokens[k]
                e = ents.get(k)
                if e is not None:
                    nxt = ents.get(e.end)
                    is_last_name = nxt is None or nxt is e
                    known_non_person = e.kb is not None and e.label != "PER"
                    # NER types are unreliable (underthesea tags many foreign names LOC): a name the gazetteer
                    # does not know as a place or body, right after a title, is the holder
                    if not known_non_person and (is_last_name or e.label == "PER"):
                        person = e
                        break
                    if body is None:
                        body = span_mention(doc, e)
                    k = e.end
                    continue
                if tok.upos in STOP_UPOS and tok.text.lower() not in tb.titles_glue:
                    break
                if body is None:
                    body = _demonym_mention(doc, k, gaz)
                k += 1
            if person is not None:
                yield TitleHit(s.i, ta, te, doc.span_text(ta, te), tb.titles[phrase], person, body)
