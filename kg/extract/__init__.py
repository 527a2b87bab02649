"""Extraction: annotated Doc -> Statements with canonical relation ids (../shared/eval/RELATIONS.md).

Extractors are plain functions ``fn(doc, ctx) -> Iterable[Statement]`` registered by name; :func:`extract` runs
the configured ones and removes duplicates.

>>> sorted(EXTRACTORS)
['interactions', 'speech', 'title_anaphors', 'titles']
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import tomllib
from collections.abc import Callable, Iterable
from importlib import resources

from kg.errors import UnknownNameError
from kg.extract.common import find_date
from kg.extract.speech import Context
from kg.extract.titles import find_affiliations, find_titles
from kg.gazetteer import Gazetteer
from kg.model import Doc, Mention, Span, Statement

__all__ = ["EXTRACTORS", "DEFAULT_EXTRACTORS", "RULES", "DEFAULT_DISABLED_RULES", "register_extractor", "extract",
           "Context", "content_mentions", "rule_confidence",
           "check_extractors", "REQUIRES"]

Extractor = Callable[[Doc, Context], Iterable[Statement]]
EXTRACTORS: dict[str, Extractor] = {}


# extractor -> the extractors that must run before it (what it reads of the shared Context they fill)
REQUIRES: dict[str, tuple[str, ...]] = {}


def register_extractor(name: str, requires: tuple[str, ...] = ()):
    """Register an extractor; ``requires``: the extractors whose findings it reads, which must run before it."""

    def deco(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = fn
        REQUIRES[name] = tuple(requires)
        return fn

    return deco


def check_extractors(names: Iterable[str]) -> None:
    """Refuse an extractor list with an unknown name, or one that runs an extractor before what it requires (an
    order that would silently change the output), as stanza refuses processors whose requirements are not met.

    >>> check_extractors(["titles", "title_anaphors", "speech", "interactions"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: extractor 'title_anaphors' needs 'speech' and 'interactions' before it; the default ...
    """
    from kg.errors import ConfigError

    seen: list[str] = []
    for n in names:
        if n not in EXTRACTORS:
            raise UnknownNameError("extractor", n, list(EXTRACTORS))
        missing = [r for r in REQUIRES.get(n, ()) if r not in seen]
        if missing:
            raise ConfigError(f"extractor {n!r} needs {' and '.join(repr(m) for m in missing)} before it; the "
                              f"default order is {', '.join(DEFAULT_EXTRACTORS)}")
        seen.append(n)


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
                        object=t.body, object_text=None, role=t.role, confidence=0.9, extractor="titles",
                        extra=(("rule", "titles.apposition"),), **base)
    held = {(t.person.start, t.body.start) for t in ctx.titles if t.body is not None}
    for sent, k, person, org in find_affiliations(doc):
        if (person.start, org.char_start) not in held:
            yield Statement(subject=span_mention(doc, person, "PER"), relation="holds_position",
                            relation_text=doc.tokens[k].text, object=span_mention(doc, org), object_text=None,
                            role=None, confidence=0.6, extractor="titles", extra=(("rule", "titles.affiliation"),),
                            **_base(doc, sent))


# the relations whose content is what the speaker asks for: a speech act or talks between two parties inside it have
# not happened
ASKED = frozenset({"request", "urge"})
BETWEEN_RULES = frozenset({"nominal.between", "interactions.between_parties"})


@register_extractor("speech")
def speech_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """Speech acts; a speech act inside another's content is reported and attributed to the outer speaker."""
    acts = ctx.acts
    by_start = sorted(doc.entities, key=lambda e: e.char_start)
    for act in acts:
        cue_char = doc.tokens[act.cue_start].start
        outer = next((o for o in ctx.acts_in(act.sent) if o is not act
                      and o.content_start <= cue_char < o.content_end), None)
        if outer is not None and outer.relation in ASKED:
            continue  # "đề nghị Phần Lan chia sẻ kinh nghiệm": what is asked for is not said
        yield Statement(subject=act.speaker, relation=act.relation, relation_text=act.cue_text, object=None,
                        object_text=act.content, polarity="negated" if act.negated else "affirmed",
                        modality="reported" if outer else "asserted",
                        attributed_to=outer.speaker if outer else None, confidence=round(act.confidence, 3),
                        extractor="speech", extra=(("rule", act.rule),),
                        mentions=_own_country(ctx, act.speaker, content_mentions(doc, act.content_start,
                                                                                 act.content_end, by_start)),
                        **_base(doc, act.sent))


def _own_country(ctx: Context, speaker: Mention, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """ '"Korea and Japan are neighbours," Lee said': a place the gazetteer does not know, named in a speaker's words
    by the last word of the speaker's own country's name, is that country."""
    country = ctx.speaker_country(speaker) if any(m.key is None for m in mentions) else None
    if country is None:
        return mentions
    return tuple(dataclasses.replace(m, key=country) if m.key is None and m.type in ("GPE", "LOC", "MISC") and
                 country.endswith(" " + m.text) else m for m in mentions)


def content_mentions(doc: Doc, start: int, end: int, by_start: list[Span]) -> tuple[Mention, ...]:
    """The named entities inside a content ([start, end) in the article), as mentions, in text order: the links
    that let "who said what about X" find a quote whatever name or language it uses for X. ``by_start``: the
    document's entities sorted by their first character (sorted once per document, not per content: a long article
    has thousands of both)."""
    from kg.extract.common import span_mention

    out = []
    for i in range(bisect.bisect_left(by_start, start, key=lambda e: e.char_start), len(by_start)):  # (no slice)
        e = by_start[i]
        if e.char_start >= end:
            break
        if e.char_end <= end:
            out.append(span_mention(doc, e))
    return tuple(out)


@register_extractor("interactions")
def interaction_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """meet / talk / visit / sign / summon / cooperate / support / supply / deploy / sanction / partner_of / part_of."""
    from kg.extract.interactions import find_interactions, find_nominal_interactions, find_part_of, find_partners
    from kg.extract.structure import find_structure

    nominal = list(find_nominal_interactions(doc, ctx))
    ctx.encounters = list(nominal)  # "cuộc điện đàm với X … hai bên đã thảo luận": the pair "hai bên" means
    for it in (*find_interactions(doc, ctx), *nominal, *find_partners(doc, ctx), *find_part_of(doc, ctx),
               *find_structure(doc, ctx)):
        if it.rule.startswith(("interactions.", "nominal.")) and it.subject.type == "MISC":
            continue  # the one acting is a person, a body or a place: "Looking … support Space Shuttle Columbia" is not
        outer = ctx.enclosing_act(it.sent, doc.tokens[it.cue_start].start)
        if outer is not None and outer.speaker.start == it.subject.start:
            outer = None  # the speaker's own clause ("X cho biết X sẽ ...") is not reported by X
        if outer is not None and outer.relation in ASKED and it.rule in BETWEEN_RULES:
            continue  # "đề nghị … khởi động đàm phán … giữa Việt Nam và Mercosur": talks asked for, not held (a verb's
            # act may be presupposed: "kêu gọi Triều Tiên ngừng cung cấp vũ khí cho Nga")
        modality = "reported" if outer is not None and it.modality == "asserted" else it.modality
        yield Statement(subject=it.subject, relation=it.relation, relation_text=it.cue_text, object=it.object,
                        object_text=it.object_text, polarity="negated" if it.negated else "affirmed",
                        modality=modality, attributed_to=outer.speaker if outer else None,
                        confidence=it.confidence, extractor="interactions", extra=(("rule", it.rule),),
                        **_base(doc, it.sent))


@register_extractor("title_anaphors", requires=("speech", "interactions"))
def title_anaphor_statements(doc: Doc, ctx: Context) -> Iterable[Statement]:
    """holds_position learnt while resolving a title anaphor ("Emmanuel Macron a annoncé … », a déclaré le président
    français" -> Macron, president, France). Runs after the extractors that resolve speakers and parties."""
    seen = set()
    for sent, a, b, role, person, body in ctx.learnt_titles:
        if (person.text, role, body.key) in seen:
            continue
        seen.add((person.text, role, body.key))
        # a guess from context, not an apposition: below the titles extractor's 0.9
        subject = Mention(doc.span_text(a, b), doc.tokens[a].start, doc.tokens[b - 1].end, "PER", "title", person.text)
        yield Statement(subject=subject, relation="holds_position", relation_text=doc.span_text(a, b), object=body,
                        object_text=None, role=role, confidence=0.6, extractor="title_anaphors",
                        extra=(("rule", "titles.anaphor"),), **_base(doc, sent))


def _key(st: Statement) -> tuple:
    subj = st.subject.key or st.subject.text
    obj = (st.object.key or st.object.text) if st.object else st.object_text
    return st.article, st.sentence, subj, st.relation, obj, st.polarity


DEFAULT_EXTRACTORS = ("titles", "speech", "interactions", "title_anaphors")

# Every rule that makes statements, by id (the ``rule`` field of statements.jsonl, ``kg:rule`` in RDF), with what it
# reads. Precision per rule on the dev sets: docs/QUALITY.md (bench/rule_precision.py). A rule is switched off by
# naming it in ``[extract] disabled_rules``.
RULES = {
    "titles.affiliation": "a person's name, then 'of' / 'for' and an organisation: 'Matthew Ingram of The Globe and "
                          "Mail', 'Lydia Buchtmann for Food Standards Australia New Zealand'",
    "titles.apposition": "a title before or after a name, with its body: 'Tổng thống Nga Vladimir Putin', "
                         "'le porte-parole du Kremlin, Dmitri Peskov', 'Kremlin spokesman Dmitry Peskov'",
    "titles.anaphor": "a title standing for the person just named gives them the post: '…, a déclaré le "
                      "président français' after 'Emmanuel Macron'",
    "speech.subject": "the speaker before the cue: 'Peskov cho biết …', 'X a déclaré que …', 'X said …'",
    "speech.shared_subject": "a second cue of the same speaker: 'bác bỏ …, đồng thời khẳng định …', '…, and said …'",
    "speech.participle_speaker": "a participle clause said by the main clause's speaker: 'X said …, adding that …'",
    "speech.inverted_speaker": "the speaker after the cue: '« … », a déclaré X', '\"…,\" said X', "
                               "'…, a rapporté Reuters'",
    "speech.fronted_clause": "a fronted speech clause said by the sentence's speaker: 'Khẳng định …, ông X cho biết …'",
    "speech.according_to": "an attribution phrase: 'Theo hãng tin Reuters, …', 'Selon l'AFP, …', 'according to X'",
    "speech.nominal_cue": "a speech noun owned by the speaker: 'một số quan ngại của Mỹ liên quan đến …'",
    "speech.declined": "a refusal with nothing after it: 'did not comment.', 'n'a pas souhaité commenter.'",
    "speech.narrative_infinitive": "a narrative infinitive goes on with the last speaker: 'Et d'ajouter que …'",
    "speech.quote_continued": "the sentences of a quotation that goes on past its speaker's sentence, to its closing "
                              "mark: 'Gomez said, \"I think … game.' + 'It was a very emotional day. … first.\"'",
    "speech.carried_quote": "a quotation standing alone after its speaker's sentence: "
                            "'\"…,\" Lee said. \"We should …\"'",
    "speech.colon_quote": "a quotation after a sentence ending with a colon: 'Rutte made three points: \"First, …\"'",
    "speech.name_colon_quote": "a name, a colon and a quotation, nothing else: 'Claire Vautrin : « Nous ne … »'",
    "speech.signed_quote": "a paragraph that is only a quotation, signed by the next one (a dash and a name): "
                           "'\"Millions of … access.\"' + '- The Honourable X, Minister of …'",
    "speech.interview_answer": "an interview's answers, said by the person the introduction names: "
                                "'- Thưa Đại sứ, …? - Indonesia và Việt Nam là đối tác …'",
    "interactions.subject_verb_object": "a party, an interaction verb, the other party: 'Putin gặp Choe Son Hui'",
    "interactions.thing_supplied": "the thing supplied or deployed, as text: 'gửi binh lính tới Nga' -> 'binh lính'",
    "interactions.passive_agent": "a passive with its agent: 'reçu par le président X'",
    "interactions.between_parties": "an interaction between two named parties: 'hội đàm giữa A và B'",
    "interactions.pair_anaphor": "'hai bên', 'les deux hommes', 'both sides' as the parties of the last encounter",
    "interactions.demonym_groups": "groups named by demonyms act for their countries: 'Russian and Ukrainian "
                                   "delegations met'",
    "interactions.partners_listed": "partners listed after a partner noun: 'các đối tác …, gồm Úc, Nhật Bản'",
    "interactions.joint_partners": "joint subjects called partners: 'Indonesia và Việt Nam là đối tác chiến lược', "
                                   "'La France et l'Australie sont des partenaires'",
    "interactions.partner_pair": "a partner noun and two parties joined by a dash: 'quan hệ Đối tác chiến lược "
                                 "toàn diện Việt Nam - Hoa Kỳ'",
    "interactions.partner_noun": "a partner noun between two parties: 'Triều Tiên là đối tác của Nga'",
    "interactions.partnership_with": "a partnership with the other party: 'Việt Nam coi trọng quan hệ Đối tác chiến "
                                     "lược toàn diện với Ấn Độ', 'its partnership with the Philippines'",
    "nominal.between": "an event noun between two parties: 'la coopération entre A et B', 'talks between A and B'",
    "nominal.owner_before": "an event noun after its owner, the other party after a preposition: 'A's visit to B'",
    "nominal.possessive_owner": "an event noun with a possessive owner: 'chuyến thăm của A tới B', 'la visite de A "
                                "en B'",
    "nominal.light_verb": "a light verb with an event noun: 'có chuyến thăm Lào', 'a effectué une visite en Italie'",
    "nominal.appositive": "an event noun set off after a name: 'X, en visite officielle au Kenya', 'X, on a visit to "
                          "China'",
    "nominal.joint_subjects": "a symmetric event noun whose parties are the joint subjects: 'A and B wrapped up two "
                              "days of talks', 'A et B ont renforcé leur coopération'",
    "nominal.fronted_event": "a fronted event phrase before its subject: 'Lors de sa visite en Italie, X …'",
    "structure.body_of_body": "a body named inside another's name: 'Hội đồng … của NATO' -> part_of",
    "structure.place_bracket": "a place with a larger one in brackets: 'Tirana (Albania)', 'La Haye (Pays-Bas)'",
    "structure.place_comma": "a place, a comma, its country or region: 'Irving, Texas', 'huyện A, tỉnh B'",
    "structure.admin_in": "a place with its administrative noun in a country or region: 'Kunar province in "
                          "eastern Afghanistan'",
    "structure.located_phrase": "a place said to be located in another: 'Springfield is located in the Clarke "
                                "Valley region'",
    "structure.facility_in": "a facility with where it is: 'the Museum of Flight in Seattle', 'nhà tù Ofer ở Bờ Tây'",
    "structure.part_phrase": "a body said to be part of another: 'X, which is part of Y', 'Cục A thuộc Bộ B'",
    "speech.label": "the name a speaker gave a thing: 'a qualifié l'accord de « mascarade »', 'described the talks as "
                    "\"difficult\"'",
    "nominal.occasion": "the occasion of what someone said: '…, a déclaré X lors d'un entretien avec Y', 'X said "
                        "during a meeting with Y'",
    "structure.possessive_body": "a body set off by a comma as an organisation's force or agency: 'KFOR, NATO's "
                                 "peacekeeping force,'",
    "structure.membership": "a membership noun: 'thành viên thứ 11 của ASEAN', 'membre de l'OTAN' -> part_of",
}
# rules off unless a config turns them back on: measured under 0.5 precision on the dev sets and seeds
# (interactions.thing_supplied: 2 right, 8 wrong; switching it off raised dev F1 0.894 -> 0.913, dev4 0.835 -> 0.852,
# seeds 0.835 -> 0.836, dev2 0.944 -> 0.943)
DEFAULT_DISABLED_RULES = ("interactions.thing_supplied",)


def extract(doc: Doc, gaz: Gazetteer, names: Iterable[str] = DEFAULT_EXTRACTORS,
            disabled_rules: Iterable[str] = DEFAULT_DISABLED_RULES) -> list[Statement]:
    """Run the named extractors over one Doc, leaving out the statements of ``disabled_rules``; an unknown
    extractor or rule lists the known ones."""
    names = list(names)
    check_extractors(names)
    disabled = set(disabled_rules)
    for r in disabled:
        if r not in RULES:
            raise UnknownNameError("extraction rule", r, list(RULES))
    ctx = Context(doc, list(find_titles(doc, gaz)), gaz)
    dates = narrative_dates(doc)
    from kg.extract.discourse import headline_sentences, summary_sentences, title_lines

    heads = headline_sentences(doc) | title_lines(doc) | summary_sentences(doc)
    best: dict[tuple, Statement] = {}
    calibrated = rule_confidence()
    for n in names:
        for st in EXTRACTORS[n](doc, ctx):
            rule = dict(st.extra).get("rule")
            if rule in disabled:
                continue
            if rule in calibrated:
                st = dataclasses.replace(st, confidence=calibrated[rule])
            if st.relation not in UNDATED and st.date is None:
                st = dataclasses.replace(st, date=dates[st.sentence])
            k = _key(st)
            if k not in best or st.confidence > best[k].confidence or (
                    st.confidence == best[k].confidence and best[k].sentence in heads and st.sentence not in heads):
                best[k] = st  # (the body's copy of a headline's statement: the headline's may be left out)
    kept = _without_repeated_headline(doc, list(best.values()), ctx)
    return sorted(kept, key=lambda s: (s.sent_start, s.relation, s.subject.start, s.object_text or ""))


@functools.cache
def rule_confidence() -> dict[str, float]:
    """Rule id -> the confidence of its statements: the rule's precision calibrated on the annotated sets
    (``kg/extract/confidence.toml``, written by ``bench/calibrate.py``). A rule not listed keeps its extractor's."""
    from kg.errors import ConfigError

    raw = tomllib.loads(resources.files("kg.extract").joinpath("confidence.toml").read_text(encoding="utf-8"))
    table = raw.get("rules", {})
    unknown = sorted(set(table) - set(RULES))
    if unknown:
        raise ConfigError(f"kg/extract/confidence.toml: {unknown[0]!r} is no rule id; known: {', '.join(RULES)}")
    return {rule: float(c) for rule, c in table.items()}


def _without_repeated_headline(doc: Doc, statements: list[Statement], ctx: Context | None = None) -> list[Statement]:
    """A headline (a first line with no closing punctuation, before the body; or a box of key points) says again
    what the body says:
    its statements whose subject and relation the body also has are left out ("Lula, Petro urge talks on
    Venezuela" above "Lula and Petro called on …"); what only the headline says is kept. A country's speech in the
    headline paraphrases the body's speech of one who speaks for it ("Moscou dénonce …" above "Le porte-parole du
    Kremlin, Dmitri Peskov, a jugé …"). A headline that quotes its speaker ("X : « … »") is kept: the words are
    the speaker's own."""
    from kg.extract.discourse import headline_sentences, summary_sentences, title_lines

    first = headline_sentences(doc) | summary_sentences(doc)  # (a box of key points sums the page up like it)
    subheads = title_lines(doc) - first  # (the subheads and key-event lines inside the page)
    head = first | subheads
    if not head:
        return statements
    key = _subject_key
    body = {(key(st), st.relation) for st in statements if st.sentence not in head}
    # a subhead above the paragraph it sums up: whatever its subject does there, the paragraph tells it
    body_acts = {(key(st), st.extractor) for st in statements if st.sentence not in head}
    statements = [st for st in statements if st.sentence not in subheads or (key(st), st.extractor) not in body_acts]
    # a headline's speech paraphrases the body's speech of the same speaker, or of one who holds a post there ("FIFA
    # confirms …" above "FIFA said …", "le PS salue …" above "Le premier secrétaire du PS, X, a salué …")
    posts = {key(st): st.object.key or st.object.text for st in statements if st.relation == "holds_position"}
    voices = {v for st in statements if st.sentence not in head and st.extractor == "speech"
              for v in (key(st), posts.get(key(st)))}
    countries = {ctx.speaker_country(st.subject) for st in statements if ctx is not None and
                 st.sentence not in head and st.extractor == "speech"} - {None}
    quoted = {st for st in statements if dict(st.extra).get("rule") == "speech.name_colon_quote"}  # its own words
    return [st for st in statements if st.sentence not in head or st in quoted or (
        (key(st), st.relation) not in body and not (st.extractor == "speech" and (
            key(st) in voices or (ctx is not None and st.subject.type == "GPE" and
                                  ctx.speaker_country(st.subject) in countries))))]


def _subject_key(st: Statement) -> str:
    return st.subject.key or st.subject.text
