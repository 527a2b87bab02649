"""Extraction: annotated Doc -> Statements with canonical relation ids (../shared/eval/RELATIONS.md).

Extractors are plain functions ``fn(doc, ctx) -> Iterable[Statement]`` registered by name; :func:`extract` runs
the configured ones and removes duplicates.

>>> sorted(EXTRACTORS)
['interactions', 'speech', 'title_anaphors', 'titles']
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from kg.errors import UnknownNameError
from kg.extract.common import find_date
from kg.extract.speech import Context
from kg.extract.titles import find_titles
from kg.gazetteer import Gazetteer
from kg.model import Doc, Mention, Statement

__all__ = ["EXTRACTORS", "DEFAULT_EXTRACTORS", "register_extractor", "extract", "Context"]

Extractor = Callable[[Doc, Context], Iterable[Statement]]
EXTRACTORS: dict[str, Extractor] = {}


def register_extractor(name: str):
    def deco(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = fn
        return fn

    return deco


# relations that hold over a period rather than happen on a day: they get no date
UNDATED = {"holds_position", "part_of", "located_in", "partner_of"}


def narrative_dates(doc: Doc) -> list[str | None]:
    """Per sentence, the date the narrative is at: the sentence's own date, else the last one stated before it."""
    out, current = [], None
    for i in range(len(doc.sentences)):
        d = find_date(doc.sentence_text(i), doc.article.lang, doc.article.published, events_only=True)
        current = d or current
        out.append(current)
    return out


def _base(doc: Doc, sent: int) -> dict:
    s = doc.sentences[sent]
    text = doc.sentence_text(sent)
    return dict(article=doc.article.id, lang=doc.article.lang, sentence=sent, sent_start=s.start, sent_end=s.end,
                sentence_text=text, date=None)


@register_extractor("titles")
def title_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """holds_position from title appositions that name the body ("Tổng thống Nga Vladimir Putin")."""
    from kg.extract.common import span_mention

    for t in ctx.titles:
        if t.body is None:
            continue
        base = _base(doc, t.sent)
        # measured on the seeds: 22 of 22 right (bench/calibrate.py); 0.9 leaves room for unseen text
        yield Statement(subject=span_mention(doc, t.person, "PER"), relation="holds_position", relation_text=t.title,
                        object=t.body, object_text=None, role=t.role, confidence=0.9, extractor="titles", **base)


@register_extractor("speech")
def speech_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """Speech acts; a speech act inside another's content is reported and attributed to the outer speaker."""
    acts = ctx.acts
    for act in acts:
        cue_char = doc.tokens[act.cue_start].start
        outer = next((o for o in ctx.acts_in(act.sent) if o is not act
                      and o.content_start <= cue_char < o.content_end), None)
        yield Statement(subject=act.speaker, relation=act.relation, relation_text=act.cue_text, object=None,
                        object_text=act.content, polarity="negated" if act.negated else "affirmed",
                        modality="reported" if outer else "asserted",
                        attributed_to=outer.speaker if outer else None, confidence=round(act.confidence, 3),
                        extractor="speech", **_base(doc, act.sent))


@register_extractor("interactions")
def interaction_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """meet / talk / visit / sign / summon / cooperate / support / supply / deploy / sanction / partner_of / part_of."""
    from kg.extract.interactions import find_interactions, find_nominal_interactions, find_part_of, find_partners

    nominal = list(find_nominal_interactions(doc, ctx))
    ctx.encounters = list(nominal)  # "cuộc điện đàm với X … hai bên đã thảo luận": the pair "hai bên" means
    for it in (*find_interactions(doc, ctx), *nominal, *find_partners(doc, ctx), *find_part_of(doc, ctx)):
        outer = ctx.enclosing_act(it.sent, doc.tokens[it.cue_start].start)
        if outer is not None and outer.speaker.start == it.subject.start:
            outer = None  # the speaker's own clause ("X cho biết X sẽ ...") is not reported by X
        modality = "reported" if outer is not None and it.modality == "asserted" else it.modality
        yield Statement(subject=it.subject, relation=it.relation, relation_text=it.cue_text, object=it.object,
                        object_text=it.object_text, polarity="negated" if it.negated else "affirmed",
                        modality=modality, attributed_to=outer.speaker if outer else None,
                        confidence=it.confidence, extractor="interactions", **_base(doc, it.sent))


@register_extractor("title_anaphors")
def title_anaphor_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """holds_position learnt while resolving a title anaphor ("Emmanuel Macron a annoncé … », a déclaré le président
    français" -> Macron, president, France). Runs after the extractors that resolve speakers and parties."""
    ctx.acts  # noqa: B018 - resolves the speakers, filling ctx.inferred_titles
    seen = set()
    for sent, a, b, role, person, body in ctx.inferred_titles:
        if (person.text, role, body.key) in seen:
            continue
        seen.add((person.text, role, body.key))
        # a guess from context, not an apposition: below the titles extractor's 0.9
        subject = Mention(doc.span_text(a, b), doc.tokens[a].start, doc.tokens[b - 1].end, "PER", "title", person.text)
        yield Statement(subject=subject, relation="holds_position", relation_text=doc.span_text(a, b), object=body,
                        object_text=None, role=role, confidence=0.6, extractor="title_anaphors", **_base(doc, sent))


def _key(st: Statement) -> tuple:
    subj = st.subject.key or st.subject.text
    obj = (st.object.key or st.object.text) if st.object else st.object_text
    return st.article, st.sentence, subj, st.relation, obj, st.polarity


DEFAULT_EXTRACTORS = ("titles", "speech", "interactions", "title_anaphors")


def extract(doc: Doc, gaz: Gazetteer, names: Iterable[str] = DEFAULT_EXTRACTORS) -> list[Statement]:
    """Run the named extractors over one Doc; an unknown name lists the known ones."""
    names = list(names)
    for n in names:
        if n not in EXTRACTORS:
            raise UnknownNameError("extractor", n, list(EXTRACTORS))
    ctx = Context(doc, list(find_titles(doc, gaz)), gaz)
    dates = narrative_dates(doc)
    best: dict[tuple, Statement] = {}
    for n in names:
        for st in EXTRACTORS[n](doc, ctx):
            if st.relation not in UNDATED and st.date is None:
                st = dataclasses.replace(st, date=dates[st.sentence])
            k = _key(st)
            if k not in best or st.confidence > best[k].confidence:
                best[k] = st
    return sorted(best.values(), key=lambda s: (s.sent_start, s.relation, s.subject.start, s.object_text or ""))
