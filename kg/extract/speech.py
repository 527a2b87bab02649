"""Speech acts: speaker - say/confirm/deny/... - content, in any language, from the backend-neutral Doc.

Forms handled: "X cho biết (rằng) ...", "X a déclaré que ...", "X said ...", "X nói: “...”", "“...”, X cho biết",
"« ... », a rapporté X", "Theo X, ...", "..., selon X". The speaker is the subject (from the parse when the Doc
has one, else the nearest name, pronoun or title to the left within the clause); pronouns and titles resolve to
the person they refer to in the article.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.extract.common import (
    CLOSE_Q,
    OPEN_Q,
    blocked,
    entity_index,
    find_date,
    find_phrases,
    has_negator,
    joined,
    quote_spans,
    span_mention,
)
from kg.extract.titles import TitleHit, body_anaphor
from kg.gazetteer import CITY
from kg.lang import tables
from kg.model import Doc, Mention, Span

__all__ = ["SpeechAct", "find_speech", "Context", "find_subject", "is_passive", "conjoined_before"]

MAX_SPEAKER_DISTANCE = 25
# roles that name the same post: "le chef du gouvernement" after "le Premier ministre, X" (not "le chef de l'État":
# a president and a king are both heads of state on a state visit)
HEADS_OF = {"head of government": ("prime minister", "chancellor")}
# "le chef de l'État ghanéen": with its country named, the head of state is that country's president, monarch or
# the counterpart the text gave that country (with no country, a president and a king on a state visit are both)
STATE_HEADS = frozenset({"president", "king", "queen", "counterpart"})
# posts held near someone, not in their voice: "un conseiller du président X" is not X (a spokesperson for X is)
AIDE_ROLES = frozenset({"adviser", "aide", "diplomatic adviser", "official"})
PUNCT_SKIP = {":", ",", "-", "–"}


@dataclass(frozen=True)
class SpeechAct:
    sent: int
    cue_start: int
    cue_end: int
    relation: str
    cue_text: str
    speaker: Mention
    content: str
    content_start: int  # character offsets of the content in the article
    content_end: int
    negated: bool
    confidence: float
    rule: str = ""  # the rule that found it (docs/QUALITY.md, per-rule precision)


class Context:
    """What an article has said so far about who is who: title holders and the last person named."""

    def __init__(self, doc: Doc, titles: list[TitleHit], gaz=None):
        self.doc = doc
        self.gaz = gaz
        self.titles = titles
        self.persons = sorted((e for e in doc.entities if e.label == "PER"), key=lambda e: e.start)
        self.title_persons = {t.person.start for t in titles}
        self.title_tokens = {k for t in titles for k in range(t.title_start, t.title_end)}  # tokens inside a title
        self._titles_by_sent: dict[int, list[TitleHit]] = {}
        self._titles_by_name: dict[str, list[TitleHit]] = {}  # a holder's name, key or one word of the name -> titles
        for t in titles:
            self._titles_by_sent.setdefault(t.sent, []).append(t)
            for name in {t.person.text, t.person.kb, *t.person.text.split()} - {None}:
                self._titles_by_name.setdefault(name, []).append(t)
        self.speakers: list[tuple[int, int, str]] = []  # (token index, sentence, person name) of person speakers
        self.encounters: list = []  # interactions found so far (kg.extract.interactions), for "hai bên", "both sides"
        # posts learnt from a title anaphor ("a déclaré le président français" -> Macron): (sentence, title start,
        # title end, role, person, body)
        self.inferred_titles: list[tuple[int, int, int, str, Span, Mention]] = []
        self._acts: list[SpeechAct] | None = None
        self._acts_by_sent: dict[int, list[SpeechAct]] | None = None
        # speakers noted per sentence, with their place in self.speakers: look-ups stay linear in the article
        self._speakers_by_sent: dict[int, list[tuple[int, int, str]]] = {}
        self._last_speaker_sent = -1
        self._interview: dict[int, Span] | None = None
        self._by_tok = entity_index(doc)  # token -> its entity, read per sentence (not a scan of the article)

    def titles_in(self, sent: int) -> list[TitleHit]:
        """The titles found in sentence ``sent``."""
        return self._titles_by_sent.get(sent, [])

    def entity_at(self, tok: int) -> Span | None:
        """The entity covering token ``tok``, if any."""
        return self._by_tok.get(tok)

    @property
    def interview(self) -> dict[int, Span]:
        """Sentence -> the person answering, for the answers of an interview (kg.extract.discourse)."""
        if self._interview is None:
            from kg.extract.discourse import interviewee_by_sentence

            self._interview = interviewee_by_sentence(self.doc, frozenset(self.title_persons))
        return self._interview

    @property
    def acts(self) -> list[SpeechAct]:
        """The article's speech acts, found once and shared by the extractors."""
        if self._acts is None:
            from kg.extract.discourse import carried_acts

            acts = list(find_speech(self.doc, self))
            self._acts = acts + carried_acts(self.doc, self, acts)
        return self._acts

    @property
    def learnt_titles(self) -> tuple:
        """The posts learnt while resolving speakers ("a déclaré le président français" -> Macron, president,
        France): found with the speech acts, so asking for them finds the acts first."""
        if self._acts is None:
            _ = self.acts
        return tuple(self.inferred_titles)

    def acts_in(self, sent: int) -> list[SpeechAct]:
        """The speech acts of one sentence, in the order of :attr:`acts`."""
        if self._acts_by_sent is None:
            by_sent: dict[int, list[SpeechAct]] = {}
            for a in self.acts:
                by_sent.setdefault(a.sent, []).append(a)
            self._acts_by_sent = by_sent
        return self._acts_by_sent.get(sent, [])

    def enclosing_act(self, sent: int, char: int) -> SpeechAct | None:
        """The speech act whose content contains this position: what is there is reported speech."""
        return next((a for a in self.acts_in(sent) if a.content_start <= char < a.content_end), None)

    def note_speaker(self, tok: int, sent: int, m: Mention) -> None:
        if m.type == "PER":
            entry = (tok, sent, m.key if m.kind != "name" and m.key else m.text)
            self._speakers_by_sent.setdefault(sent, []).append((len(self.speakers), tok, entry[2]))
            self._last_speaker_sent = max(self._last_speaker_sent, sent)
            self.speakers.append(entry)

    def last_speaker_before(self, tok: int, sent: int, max_gap: int = 3) -> str | None:
        """The person last noted as a speaker before token ``tok``, at most ``max_gap`` sentences back."""
        best, best_at = None, -1
        for s in range(sent - max_gap, max(sent, self._last_speaker_sent) + 1):
            for at, k, name in self._speakers_by_sent.get(s, ()):
                if k < tok and at > best_at:
                    best, best_at = name, at
        return best

    def holder(self, role: str, body_key: str | None, body_text: str | None) -> Span | None:
        for t in self.titles:
            if t.role == role and t.body is not None and (
                    (body_key and t.body.key == body_key) or (body_text and t.body.text == body_text)):
                return t.person
        return None

    def speaker_country(self, speaker: Mention) -> str | None:
        """The country a speaker speaks for (the "we" of a quote): a country itself, a body's country (Kremlin ->
        Russia), or the country of the body in a person's title ("người phát ngôn Điện Kremlin Dmitry Peskov")."""
        if self.gaz is None:
            return None

        def country(key: str | None) -> str | None:
            if key is not None and key not in self.gaz.entries and " of " in key:
                key = key.rsplit(" of ", 1)[1]  # a country's body: "Ministry of Foreign Affairs of Vietnam"
            if key is None or key not in self.gaz.entries:
                return None
            e = self.gaz.entry(key)
            return e.capital_of or (key if e.type == "GPE" and e.kind != CITY else e.country)

        if speaker.type != "PER":
            return country(speaker.key or self.gaz.lookup(speaker.text, self.doc.article.lang))
        name = speaker.key or speaker.text
        # the titles given to that name, its key, or a name of which it is one word ("Lee": President Lee Jae-myung)
        for t in self._titles_by_name.get(name, ()):
            if t.body is not None:
                return country(t.body.key or self.gaz.lookup(t.body.text, self.doc.article.lang))
        return None

    def last_country_before(self, tok: int) -> Span | None:
        best = None
        for e in self.doc.entities:
            if e.end <= tok and e.label == "GPE" and (
                    self.gaz is None or e.kb is None or not (self.gaz.entry(e.kb).capital_of or
                                                             self.gaz.entry(e.kb).kind == CITY)):
                best = e
        return best

    def subject_person(self, sent: int) -> Span | None:
        """The person a sentence opens with, before its first verb ("M. Barrot a rencontré son homologue X"): its
        subject, whom a pronoun in the next sentence most likely means."""
        s = self.doc.sentences[sent]
        start = s.tok_start
        comma = next((k for k in range(s.tok_start, min(s.tok_end, s.tok_start + 5)) if self.doc.tokens[k].text == ","),
                     None)
        if comma is not None and not any(k in self._by_tok for k in range(s.tok_start, comma)):
            start = comma + 1  # "Theo kế hoạch, Tổng thống X …", "On Monday, X …": past a fronted phrase
        elif self.doc.tokens[s.tok_start].upos == "VERB":  # "Speaking at a news conference on …, Rutte made …"
            start = next((k + 1 for k in range(s.tok_start, min(s.tok_end, s.tok_start + 16))
                          if self.doc.tokens[k].text == ","), start)
        for k in range(start, s.tok_end):
            e = self._by_tok.get(k)
            e = e if e is not None and e.start >= s.tok_start else None
            if e is not None and (e.label == "PER" or e.start in self.title_persons):
                return e
            t = self.doc.tokens[k]
            if (t.upos in ("VERB", "AUX") and not t.deprel.startswith("acl")) or t.text in ("“", "«", '"', ";"):
                return None  # ("La ministre chargée de l'Espace, X, …": a participle that qualifies a noun goes on)
        return None

    def last_person_before(self, tok: int) -> Span | None:
        best = None
        for e in self.persons:
            if e.end <= tok:
                best = e
        for t in self.titles:
            if t.person.end <= tok and (best is None or t.person.start > best.start):
                best = t.person
        return best


def _title_before(doc: Doc, e: Span, title_hits: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    glue = tables(doc.article.lang).titles_glue - {","}  # "… là tổng thư ký, NATO sẽ …": a comma ends the title
    for ta, te, phrase in title_hits:
        k = te
        while k < e.start and doc.tokens[k].text.lower() in glue:
            k += 1
        if k == e.start:
            return ta, te, phrase
    return None


def _speaker_mention(doc: Doc, ctx: Context, e: Span, title_hits) -> tuple[Mention, float]:
    """A name found as the subject: a title's holder if it is the body of a title ("Tổng thư ký NATO")."""
    tb = tables(doc.article.lang)
    if e.start in ctx.title_persons or e.label == "PER":
        m = span_mention(doc, e, "PER" if e.start in ctx.title_persons else None)
        return m, 0.8
    tt = _title_before(doc, e, title_hits)
    if tt is not None:
        ta, te, phrase = tt
        role = tb.titles[phrase]
        text = doc.article.text[doc.tokens[ta].start:e.char_end]
        holder = ctx.holder(role, e.kb, e.text)
        if holder is not None:
            return Mention(text, doc.tokens[ta].start, e.char_end, "PER", "title", holder.text), 0.7
        # an anonymous office holder speaks for the body
        return span_mention(doc, e), 0.55
    return span_mention(doc, e), 0.75


def _pronoun_subject(doc: Doc, ctx: Context, sent: int, depth: int) -> str | None:
    """The person a sentence's subject pronoun means ("Elle s'est entretenue avec X et Y. « … », a-t-elle déclaré":
    the second "elle" is the first's), within ``depth`` sentences."""
    s = doc.sentences[sent]
    pronouns = tables(doc.article.lang).person_pronouns
    k = next((t.i for t in doc.tokens[s.tok_start:min(s.tok_end, s.tok_start + 4)]
              if t.upos not in ("ADV", "PUNCT", "CCONJ")), None)
    if k is None or doc.tokens[k].text.lower() not in pronouns or depth <= 0:
        return None
    got = _pronoun_mention(doc, ctx, k, depth - 1)
    return got[0].key if got else None


def _pronoun_mention(doc: Doc, ctx: Context, k: int, depth: int = 2) -> tuple[Mention, float] | None:
    """He / she / "ông" / "the official" refer to a person who spoke in this or the previous sentence, else to the
    person who was the previous sentence's subject ("Fidan hosted the talks. He urged …"), else to the last person
    who spoke, else to the last person named. Inside a sentence whose subject is a person named before it, the
    pronoun is that person ("Tổng thống X sẽ thăm Nhật Bản, chuyến đi thứ hai của ông tới Tokyo")."""
    t = doc.tokens[k]
    own = ctx.subject_person(t.sent)
    name = own.text if own is not None and own.end <= k and own.label == "PER" else None
    name = name or ctx.last_speaker_before(k, t.sent, max_gap=1)
    if name is None and t.sent > 0:
        subj = ctx.subject_person(t.sent - 1)
        name = subj.text if subj is not None else _pronoun_subject(doc, ctx, t.sent - 1, depth)
    if name is None and _unheld_title_before(doc, ctx, t.sent):
        return None  # "Avez-vous parlé au Premier ministre ? Oui … Il m'a promis …": he is that unnamed one
    if name is None:
        name = ctx.last_speaker_before(k, t.sent)
    if name is None:
        p = ctx.last_person_before(k)
        if p is None:
            return None
        name = p.text
    return Mention(t.text, t.start, t.end, "PER", "pronoun", name), 0.6


def _unheld_title_before(doc: Doc, ctx: Context, sent: int) -> bool:
    """Do the two sentences before ``sent`` name a post with no name, that nobody held before in the article ("le
    Premier ministre" on a page that gave no one that title)?"""
    tb = tables(doc.article.lang)
    inside = {k for e in doc.entities for k in range(e.start, e.end)}  # ("the Paris prosecutor's office")
    for i in range(max(0, sent - 2), sent):
        if doc.sentence_text(i).lstrip()[:1] in OPEN_Q:
            continue  # ('"The president has been very clear …': a quotation's post is the speaker's words)
        for ta, te, phrase in find_phrases(doc, i, tb.titles):
            if ta in inside or (te < len(doc.tokens) and doc.tokens[te].text in tb.possessive_clitics):
                continue
            if not any(th.role == tb.titles[phrase] and th.sent <= sent for th in ctx.titles):
                return True
    return False


def _roles_compatible(held: str, said: str) -> bool:
    """ "le ministre" may mean the foreign minister named earlier; "counterpart" says nothing about the post."""
    if "counterpart" in (held, said):
        return False
    if held in HEADS_OF.get(said, ()) or said in HEADS_OF.get(held, ()):
        return True  # "le chef du gouvernement" is the prime minister named before
    # ("the Secretary" is the Secretary of State named before)
    return held == said or held.endswith(" " + said) or said.endswith(" " + held) or held.startswith(said + " of ")


def _title_anaphor(doc: Doc, ctx: Context, s, ta: int, te: int, phrase: str, ents) -> tuple[Mention, float, int] | None:
    """ "Thủ tướng đề nghị …", "le ministre a refusé …", "a déclaré le chef de la diplomatie française": a title with
    no name after it means the person the article gave that title to before (of the same country, when one is
    named)."""
    tb = tables(doc.article.lang)
    if any(th.sent == s.i and th.title_start == ta for th in ctx.titles) or (te < s.tok_end and te in ents):
        return None  # it introduces a name, or it is a body's office holder ("Tổng thư ký NATO")
    role, end, country = tb.titles[phrase], te, None
    if ta > s.tok_start and doc.tokens[ta - 1].text.lower() in tb.indefinites:
        return None  # "…, a indiqué un porte-parole du gouvernement à Berlin": someone unnamed
    if role in AIDE_ROLES and te < s.tok_end and doc.tokens[te].upos == "ADP":
        return None  # "assure un conseiller du président X", "said an aide to X": someone of X's, unnamed (not X)
    if te < s.tok_end and ctx.gaz is not None:
        country = ctx.gaz.demonym(doc.tokens[te].text, doc.article.lang, doc)
        end = te + 1 if country else te
    at = te  # the demonym's token
    if country is None and ta - 1 >= s.tok_start and ctx.gaz is not None:
        country = ctx.gaz.demonym(doc.tokens[ta - 1].text, doc.article.lang, doc)  # "the French president"
        at = ta - 1
    best = _earlier_holder(doc, ctx, ta, role, phrase, country)
    a, b = (ta - 1 if country and at == ta - 1 else ta), end
    if best is not None and country and ctx.speaker_country(span_mention(doc, best.person, "PER")) is None:
        # "Côté bavarois, Vincent Kompany a reconnu … L'entraîneur belge a refusé …": the one person just named,
        # not an earlier coach whose country the text never said (the demonym may be a nationality: no post learnt)
        alt = _sole_recent_person(doc, ctx, s, ta, country)
        if alt is not None and (alt.kb or alt.text) != (best.person.kb or best.person.text):
            return Mention(doc.span_text(a, b), doc.tokens[a].start, doc.tokens[b - 1].end, "PER", "title",
                           alt.text), 0.5, end
        if alt is None:
            return None  # "Le ministre roumain de la Défense" is no minister named earlier whose country is unknown
    if best is None:
        # "Emmanuel Macron a annoncé … « … », a déclaré le président français": a title of a named country that no
        # one was given before means the one person the text has just been about, when that is unambiguous
        # "Macron s'est entretenu avec le président égyptien, X. Le chef de l'État a rappelé …": with no country,
        # the one person named there whom the text gave no post
        person = None if _owned(doc, s, ta) else _sole_recent_person(doc, ctx, s, ta, country) or (
            None if country or te >= s.tok_end or doc.tokens[te].upos == "ADP" else _untitled_last_speaker(ctx, s, ta))
        if person is None:  # ("the United Nations' top humanitarian official": someone of theirs, named next or never)
            return _next_holder(doc, ctx, s, ta, end, role)
        m = Mention(doc.span_text(a, b), doc.tokens[a].start, doc.tokens[b - 1].end, "PER", "title", person.text)
        if not country:
            return m, 0.5, end
        body = ctx.gaz.entry(country)
        ctx.inferred_titles.append((s.i, a, b, role, person, Mention(
            doc.tokens[at].text, doc.tokens[at].start, doc.tokens[at].end, body.type, "name", country)))
        return m, 0.5, end
    m = Mention(doc.span_text(a, b), doc.tokens[a].start, doc.tokens[b - 1].end, "PER", "title",
                best.person.text)
    return m, 0.6, end


def _owned(doc: Doc, s, ta: int) -> bool:
    """Does a possessive stand in the three words before ``ta`` ("Egypt's water minister", "the United Nations' top
    humanitarian official": a plural's bare apostrophe too)?"""
    clitics = tables(doc.article.lang).possessive_clitics
    return any(doc.tokens[j].text in clitics or (doc.tokens[j].text in "'’" and j > s.tok_start and
                                                 doc.tokens[j - 1].text.endswith("s"))
               for j in range(max(s.tok_start, ta - 3), ta))


def _next_holder(doc: Doc, ctx: Context, s, ta: int, end: int, role: str) -> tuple[Mention, float, int] | None:
    """ "X gathers that Egypt's water minister has disclosed that … Egyptian Water Resources Minister Hani Sewilam
    said …": a post of a country named by its possessive, that no one held before, is the person the next sentence
    gives a post of that role and country."""
    k = next((j for j in range(ta - 1, max(s.tok_start, ta - 4) - 1, -1)
              if doc.tokens[j].text in tables(doc.article.lang).possessive_clitics), None)
    owner = next((e for e in doc.entities if k is not None and e.end == k and e.label in ("GPE", "ORG")), None)
    if owner is None or owner.kb is None:
        return None
    country = ctx.speaker_country(span_mention(doc, owner))
    later = next((th for th in ctx.titles if th.sent == s.i + 1 and _roles_compatible(th.role, role) and
                  th.body is not None and country is not None and ctx.speaker_country(th.body) == country), None)
    if later is None:
        return None
    return Mention(doc.span_text(owner.start, end), owner.char_start, doc.tokens[end - 1].end, "PER", "title",
                   later.person.text), 0.5, end


def _untitled_last_speaker(ctx: Context, s, ta: int) -> Span | None:
    """ "Catherine Vautrin assure … « … », insiste-t-elle. La ministre reconnaît …": a bare title with no holder named
    is the person who spoke last (two sentences back at most), when the text gave that person no post at all."""
    name = ctx.last_speaker_before(ta, s.i, max_gap=2)
    person = next((e for e in reversed(ctx.persons) if e.start < ta and name in (e.kb, e.text)), None) if name else None
    if person is None or any(th.person.text == person.text or (th.person.kb and th.person.kb == person.kb)
                             for th in ctx.titles):
        return None
    return person


def _earlier_holder(doc: Doc, ctx: Context, ta: int, role: str, phrase: str, country: str | None):
    """The last title before token ``ta`` with a role compatible with ``role`` (of ``country``, when one is named;
    of the very post, for a national post: "Chủ tịch nước" is not any president), else None."""
    national = tables(doc.article.lang).national_posts.get(phrase)
    best = None
    for th in ctx.titles:
        if th.person.start >= ta or not (_roles_compatible(th.role, role) or (
                country and role == "head of state" and th.role in STATE_HEADS)):
            continue
        if national and th.title.lower() != phrase and (th.body is None or th.body.key != national):
            continue
        if country and ctx.speaker_country(span_mention(doc, th.person, "PER")) not in (None, country):
            continue
        if best is None or th.person.start > best.person.start:
            best = th
    return best


def _sole_recent_person(doc: Doc, ctx: Context, s, ta: int, country: str | None = None) -> Span | None:
    """The only person named in this sentence before ``ta`` and in the one before it, if there is exactly one and
    no title given to them says otherwise; a person the text gave a post of another country (with no ``country``,
    any post) is not counted ("Emmanuel Macron et le Premier ministre indien Narendra Modi … », a déclaré le chef
    de l'État français")."""
    first = doc.sentences[s.i - 1].tok_start if s.i > 0 else s.tok_start
    foreign = {th.person.start for th in ctx.titles if th.body is not None and (not country or (
        th.body.key and th.body.key != country))}
    names = {}
    for e in ctx.persons:
        if first <= e.start < ta and e.start not in foreign:
            names.setdefault(e.kb or e.text.split()[-1], e)
    if len(names) != 1:
        return None
    person = next(iter(names.values()))
    if any(th.person.text == person.text or (th.person.kb and th.person.kb == person.kb) for th in ctx.titles):
        return None  # a titled person keeps the post the text gave them
    return person


def _left_speaker(doc: Doc, ctx: Context, s, ca: int, ents, title_hits, cue_spans) -> tuple[Mention, float, int] | None:
    """The speaker before the cue at ``ca``: walking left word by word, each step may skip a stretch (a quoted word,
    an aside, a gloss), find the speaker (a name, a pronoun, a title, "the country"), or end the search (the start
    of another clause)."""
    coordinated = coordinated_verb(doc, s, ca)
    asides = tables(doc.article.lang).clause_asides
    k = ca - 1
    while k >= max(s.tok_start, ca - MAX_SPEAKER_DISTANCE):
        end = k if doc.tokens[k].text == "," else k + 1  # ("a, pour sa part, appelé": the aside set off by commas)
        aside = next((a for a, b, _ in find_phrases(doc, s.i, asides, start=max(s.tok_start, end - 4), end=end)
                      if b == end), None) if asides else None
        if aside is not None:  # "a pour sa part appelé": a set phrase, no clause of its own
            k = aside - 1 if end == k + 1 or doc.tokens[aside - 1].text != "," else aside - 2
            if doc.tokens[k].upos in ("AUX", "VERB") and k > s.tok_start:
                k -= 1  # (the auxiliary the aside cut from its participle: "a, pour sa part, appelé", "a de son
                # côté réclamé")
            continue
        step = _punctuation_step(doc, ctx, s, k, ca, ents, title_hits) or _name_step(doc, ctx, s, k, ents, title_hits) \
            or _anaphor_step(doc, ctx, s, k, ents, title_hits) or _state_step(doc, ctx, s, k)
        if step is not None:
            kind, value = step
            if kind == "jump":
                k = value
                continue
            return value  # the speaker found, or None: the search ends here
        if _clause_ends_at(doc, s, k, cue_spans, coordinated):
            return None
        k -= 1
    return None


def _state_step(doc: Doc, ctx: Context, s, k: int):
    """At a demonym after a state noun ("Les autorités de transition maliennes", ``[coref] state_nouns``) or at the
    noun after one ("Malian authorities"): ("found", the country)."""
    tb, lang = tables(doc.article.lang), doc.article.lang
    country = ctx.gaz.demonym(doc.tokens[k].text, lang, doc)
    noun = next((j for j in range(k - 1, max(s.tok_start, k - 4) - 1, -1)
                 if doc.tokens[j].text.lower() in tb.state_nouns), None) if country is not None else None
    if noun is None and k > s.tok_start and doc.tokens[k].text.lower() in tb.state_nouns:
        country, noun = ctx.gaz.demonym(doc.tokens[k - 1].text, lang, doc), k - 1
    if country is None or noun is None or not ctx.gaz.entry(country).is_country or (
            noun - 1 > s.tok_start and doc.tokens[noun - 1].text.lower() in tb.coordinators):
        return None  # ("U.S. and Ukrainian officials said": the name the coordination opens with speaks)
    a = noun - 1 if noun > s.tok_start and doc.tokens[noun - 1].upos == "DET" else noun
    return "found", (Mention(doc.span_text(a, k + 1), doc.tokens[a].start, doc.tokens[k].end, "GPE", "title",
                             country), 0.6, k + 1)


def _punctuation_step(doc: Doc, ctx: Context, s, k: int, ca: int, ents, title_hits):
    """At a quote, a comma or a bracket: ("jump", k) past a short quoted word, a passive aside or a gloss; ("stop",
    None) at a long quote or a source phrase; ("found", speaker) at an apposition; None otherwise."""
    tb = tables(doc.article.lang)
    tok = doc.tokens[k]
    if tok.text in CLOSE_Q:
        # a quoted word or two inside the clause ("sẽ “sớm” thăm") is skipped; a longer quote ends the clause (right
        # before the verb too: '"… in northern Europe, so …," said X' is said by X, after it)
        j = k - 1
        while j >= s.tok_start and doc.tokens[j].text not in OPEN_Q:
            j -= 1
        if k == ca - 1 and (j < s.tok_start or k - j <= 4):
            return None
        return ("jump", j - 1) if j >= s.tok_start and k - j <= 4 else ("stop", None)
    if tok.text == "," and k > s.tok_start and _opens_with_source(doc, s, k):
        return "stop", None  # "Theo hãng thông tấn Antara, hai nhà lãnh đạo thảo luận": the source is not the subject
    if tok.text == "," and k > s.tok_start:
        # ", được hãng TASS trích dẫn ngày 19/06, cho biết": a passive aside between subject and verb is skipped
        j = k - 1
        while j > s.tok_start and doc.tokens[j].text != "," and k - j <= 12:
            j -= 1
        if doc.tokens[j].text == "," and j + 1 < k and doc.tokens[j + 1].text.lower() in tb.passive:
            return "jump", j - 1
        app = _apposition_subject(doc, s, k, ca, ents)
        if app is not None:
            m, conf = _speaker_mention(doc, ctx, app, title_hits)
            return "found", (m, conf - 0.05, app.end)
        step = _pair_or_relative_before(doc, s, j, k)
        if step is not None:
            return step
        if doc.tokens[j].text == "," and _noun_phrase_with_relative(doc, j, k):
            return "jump", j - 1  # "Councillor X, one of the two members who voted against, warned …"
    if tok.text == ")":
        # "KCNA (Triều Tiên) xác nhận": a parenthetical gloss is not the subject; skip to before "("
        j = k - 1
        while j >= s.tok_start and doc.tokens[j].text != "(":
            j -= 1
        if j >= s.tok_start:
            return "jump", j - 1
    return None


def _pair_or_relative_before(doc: Doc, s, j: int, k: int):
    """At an aside (j, k) set off by commas that opens with a relative pronoun or a participle: ("found", the pair)
    when a pair anaphor stands before it ("The two leaders, who have tried to mediate …, said", "…, speaking at …,
    also condemned"); ("jump", j - 1) past a relative clause ("The RSF, which has fought the army since 2023, said")."""
    tb = tables(doc.article.lang)
    opener = doc.tokens[j + 1] if j + 1 < k else None
    if doc.tokens[j].text != "," or opener is None:
        return None
    relative = opener.text.lower() in tb.relatives
    participle = opener.upos == "VERB" and bool(tb.participle_suffixes) and \
        opener.text.lower().endswith(tb.participle_suffixes)
    pair = next(((a, b) for a, b, _ in find_phrases(doc, s.i, tb.pair_anaphors, start=max(s.tok_start, j - 5), end=j)
                 if b == j), None) if relative or participle else None
    if pair is not None:
        return "found", (Mention(doc.span_text(*pair), doc.tokens[pair[0]].start, doc.tokens[j - 1].end, "PER", "pair",
                                 None), 0.6, j)
    if relative and any(t.upos in ("VERB", "AUX") for t in doc.tokens[j + 2:k]):  # (", dont X," holds no clause)
        return "jump", j - 1
    return None


def _noun_phrase_with_relative(doc: Doc, j: int, k: int) -> bool:
    """Is tokens (j, k) an apposition whose noun phrase carries a relative clause ("one of the two members who voted
    against"): no verb before the relative pronoun, a verb after it?"""
    relatives = tables(doc.article.lang).relatives
    rel = next((i for i in range(j + 2, k) if doc.tokens[i].text.lower() in relatives), None)
    return rel is not None and not any(t.upos in ("VERB", "AUX") for t in doc.tokens[j + 1:rel]) and \
        any(t.upos in ("VERB", "AUX") for t in doc.tokens[rel + 1:k])


def _name_step(doc: Doc, ctx: Context, s, k: int, ents, title_hits):
    """At a name: the speaker, unless a preposition governs it ("à l'Ukraine": jump past it) or it is the object of
    the verb before it ("gửi thư lên ICJ đề nghị …": stop)."""
    if k not in ents:
        return None
    tb = tables(doc.article.lang)
    if any(ae == k + 1 for _, ae, _ in find_phrases(doc, s.i, joined(tb.anaphors, tb.speaker_anaphors),
                                                    start=max(s.tok_start, k - 3), end=k + 1)):
        return None  # "the Dutchman told BBC Sport": an anaphor the tagger took for a name
    e = ents[k]
    b = e.start - 1
    while b > s.tok_start and doc.tokens[b].upos == "DET" and doc.tokens[b - 1].upos == "ADP":
        b -= 1  # "à l'Ukraine": the preposition before the article
    before = doc.tokens[b] if b >= s.tok_start else None
    if before is not None and before.upos == "ADP" and before.text.lower() not in tb.titles_glue and not (
            e.end < s.tok_end and doc.tokens[e.end].upos == "VERB" and _participle(doc, e.end)):
        return "jump", e.start - 1  # (not "with Takaichi saying …": the participle's subject)
    if before is not None and _object_of_verb(doc, s, e.start - 1):
        return "stop", None
    marker = e.start - 1
    if e.label == "GPE" and marker > s.tok_start and doc.tokens[marker].text.lower() in tb.nationality_markers:
        title = next((h for h in title_hits if h[1] == marker), None)
        got = _title_anaphor(doc, ctx, s, *title, ents) if title is not None else None
        if got is not None:  # "Chiến lược gia người Hàn Quốc cho biết": the coach, of that nationality
            return "found", got
    if e.end < s.tok_end and doc.tokens[e.end].text in tb.possessive_clitics:
        title = next((h for h in title_hits if e.end < h[0] <= e.end + 2), None)
        got = _title_anaphor(doc, ctx, s, *title, ents) if title is not None else None
        if got is not None:  # "The European Union's top diplomat met …": the one the article gave that post
            return "found", got  # (else, as "Tổng thống Nga cho biết", the body speaks for its office holder)
        owned = doc.tokens[e.end + 1].text if e.end + 1 < s.tok_end else ""
        if e.label == "PER" and title is None and owned.islower() and owned not in tb.voice_nouns:
            return "stop", None  # "Idrissa Gueye's header denied …": the header, not the person (his statement is his)
    m, conf = _speaker_mention(doc, ctx, e, title_hits)
    return "found", (m, conf, e.end)


def _anaphor_step(doc: Doc, ctx: Context, s, k: int, ents, title_hits):
    """At a word that stands for someone named before: a personal pronoun, an anaphor ("the official"), a title
    ("le ministre"), "the country"; ("found", speaker) when it resolves, else None."""
    tb = tables(doc.article.lang)
    voice = ctx.interview.get(s.i)
    if voice is not None and _first_person_at(doc, s, k, tb.first_person):
        t = doc.tokens[k]  # "Chúng tôi lo ngại …" in an interview's answer: the person answering
        return "found", (Mention(t.text, t.start, t.end, "PER", "pronoun", voice.text), 0.6, k + 1)
    if doc.tokens[k].text.lower().lstrip("-") in tb.person_pronouns and (k + 1 not in ents):
        got = _pronoun_mention(doc, ctx, k)  # ("a-t-il lancé": the inverted pronoun is tokenised "-il")
        if got:
            return "found", (got[0], got[1], k + 1)
    for aa, ae, _ in find_phrases(doc, s.i, tb.pair_anaphors, start=max(s.tok_start, k - 4), end=k + 1):
        if ae == k + 1:  # "The two leaders … said": both speakers named before (kg.extract.speech._pair_speakers)
            return "found", (Mention(doc.span_text(aa, ae), doc.tokens[aa].start, doc.tokens[ae - 1].end, "PER",
                                     "pair", None), 0.6, ae)
    for aa, ae, _ in find_phrases(doc, s.i, tb.anaphors, start=max(s.tok_start, k - 3), end=k + 1):
        if ae == k + 1 and (aa == s.tok_start or doc.tokens[aa].text.lower() not in tb.possessive_pronouns):
            got = _pronoun_mention(doc, ctx, aa)  # ("his office" only opening a sentence: "…, his office said"
            # may be the office of anyone the clause names)
            if got:
                return "found", (got[0], got[1], ae)
    got = _speaker_anaphor(doc, ctx, s, k)
    if got is not None:
        return "found", got
    for ta, te, phrase in title_hits:
        if te == k + 1:
            got = _title_anaphor(doc, ctx, s, ta, te, phrase, ents)
            if got:
                return "found", got
    nouns = joined(tb.body_anaphors, tb.head_anaphors)
    for aa, ae, _ in find_phrases(doc, s.i, nouns, start=max(s.tok_start, k - 3), end=k + 1):
        voice = aa - 2 > s.tok_start and doc.tokens[aa - 2].text.lower() in tb.affiliations and any(
            te == aa - 2 and tb.titles[p] == "spokesperson" for _, te, p in title_hits)  # "A spokesperson for the
        if ae == k + 1 and aa > s.tok_start and doc.tokens[aa - 1].upos == "DET" and (  # department declined …"
                aa - 1 <= s.tok_start + 1 or doc.tokens[aa - 2].text == "," or voice):  # ("…, the company said")
            org = body_anaphor(doc, aa, ae, ents)  # "Le constructeur a confirmé …": the company named before
            if org is not None:
                m = Mention(doc.span_text(aa - 1, ae), doc.tokens[aa - 1].start, doc.tokens[ae - 1].end, "ORG",
                            "title", org.key or org.text)
                return "found", (m, 0.5, ae)
    for aa, ae, _ in find_phrases(doc, s.i, tb.country_anaphors, start=max(s.tok_start, k - 3), end=k + 1):
        if ae == k + 1:
            country = ctx.last_country_before(aa)
            if country is not None:
                m = Mention(doc.span_text(aa, ae), doc.tokens[aa].start, doc.tokens[ae - 1].end, "GPE", "pronoun",
                            country.kb or country.text)
                return "found", (m, 0.6, ae)
    return None


def _speaker_anaphor(doc: Doc, ctx: Context, s, k: int) -> tuple[Mention, float, int] | None:
    """ "the Dutchman told BBC Sport" (``[coref] speaker_anaphors`` ending at ``k``): the person who spoke last (the
    manager quoted before), not the last name."""
    tb = tables(doc.article.lang)
    for aa, ae, _ in find_phrases(doc, s.i, tb.speaker_anaphors, start=max(s.tok_start, k - 3), end=k + 1):
        name = ctx.last_speaker_before(aa, s.i) if ae == k + 1 else None
        if name is not None:
            return Mention(doc.span_text(aa, ae), doc.tokens[aa].start, doc.tokens[ae - 1].end, "PER", "pronoun",
                           name), 0.55, ae
    return None


def _first_person_at(doc: Doc, s, k: int, words: frozenset[str]) -> bool:
    """A first-person pronoun ends at token ``k`` ("tôi", "chúng tôi", "nous", "we")."""
    if doc.tokens[k].text.lower() in words:
        return True
    return k > s.tok_start and f"{doc.tokens[k - 1].text} {doc.tokens[k].text}".lower() in words


def _clause_ends_at(doc: Doc, s, k: int, cue_spans, coordinated: bool) -> bool:
    """Does another clause end at token ``k`` (a boundary word, a complementizer, a verb that is no cue): the
    speaker is not further left."""
    tb = tables(doc.article.lang)
    tok = doc.tokens[k]
    low = tok.text.lower().lstrip("-")
    if any(b == k + 1 and not _after_control_verb(doc, s, a)
           for a, b, _ in find_phrases(doc, s.i, tb.boundaries, start=max(s.tok_start, k - 2), end=k + 1)):
        return True
    if low in tb.complementizers or low == ";":
        return True
    return tok.upos == "VERB" and not any(a <= k < b for a, b, _ in cue_spans) and not coordinated and \
        not _is_control_verb(doc, s, k) and not tok.deprel.upper().startswith("AUX")  # ("a" tagged VERB, an auxiliary)


def _opens_with_source(doc: Doc, s, k: int) -> bool:
    """Does the clause that ends at the comma ``k`` open with "theo" / "selon" / "according to"?"""
    tb = tables(doc.article.lang)
    j = k - 1
    while j > s.tok_start and doc.tokens[j - 1].text not in (",", ";", ":"):
        j -= 1
    return any(a == j for a, _, _ in find_phrases(doc, s.i, tb.according_to, start=j,
                                                   end=min(k, j + 3)))


def _object_of_verb(doc: Doc, s, k: int) -> bool:
    """Is token ``k`` a verb that takes the name after it as its object: a plain verb, not a speech cue (which
    opens a clause: "cho biết Nga sẽ …"), nor a control or modal verb."""
    tb = tables(doc.article.lang)
    if doc.tokens[k].upos != "VERB" or _is_control_verb(doc, s, k):
        return False
    cues = find_phrases(doc, s.i, tb.all_speech_cues, use_lemma=tb.cues_on_lemmas, start=max(s.tok_start, k - 3),
                        end=k + 1)
    return not any(b == k + 1 for _, b, _ in cues)


_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][\w.]*")  # "R-Indiana", "D-Calif.": a party and a district after a name


def _apposition_subject(doc: Doc, s, k: int, ca: int, ents) -> Span | None:
    """ "Ishiba, who arrived in Seoul on Tuesday, held talks", "Malaysia, nước giữ ghế Chủ tịch ASEAN, cho biết",
    "Olaf Scholz, qui …, a déclaré": the comma at ``k`` (before the verb, past its auxiliaries) closes an apposition
    or relative clause that follows a name and its comma; that name is the subject."""
    tb = tables(doc.article.lang)
    if any(doc.tokens[i].upos not in ("AUX", "ADV", "PART") and not (doc.tokens[i].upos == "ADP" and i + 1 < ca and
                                                                  doc.tokens[i + 1].upos == "ADV")
           for i in range(k + 1, ca)):
        return None  # (an adverb of two words may stand there: "a par ailleurs confirmé")
    j = k - 1
    while j > s.tok_start and doc.tokens[j].text != "," and k - j <= 20:
        if doc.tokens[j].text in OPEN_Q or doc.tokens[j].text in CLOSE_Q:
            return None
        j -= 1
    if doc.tokens[j].text != "," or j + 1 >= k or j - 1 not in ents or ents[j - 1].end != j:
        return None
    first = doc.tokens[j + 1]
    if j + 1 in ents and ents[j + 1].end < k and doc.tokens[ents[j + 1].end].text in tb.possessive_clitics:
        return ents[j - 1]  # "Germany, NATO's largest European economy, said": the aside tells who Germany is
    if first.text.lower() in tb.honorifics or first.text.lower() in tb.person_pronouns or j + 1 in ents:
        return None  # "Tổng thống Nga, ông Putin, cho biết": the name inside is the subject
    if first.text.lower() in tb.relatives or first.upos in ("DET", "NOUN", "NUM") or first.text.lower() in tb.titles:
        e = ents[j - 1]  # (a title the tagger took for a verb: "X, Giám đốc điều hành Tài chính, thừa nhận"; "X, one
        # of two groups that sued, welcomed"; "Joe Pittman, R-Indiana, who …, said": past a party and district tag)
        before = ents.get(e.start - 2) if _PARTY_TAG.fullmatch(e.text) and doc.tokens[e.start - 1].text == "," else None
        return before if before is not None and before.end == e.start - 1 else e
    participles = tb.participle_suffixes + tb.past_participle_suffixes
    if first.upos == "VERB" and participles and first.text.lower().endswith(participles):
        return ents[j - 1]  # "Zelenskiy, speaking in Tirana, accused …", "X, interrogé par …, a déclaré"
    return None


def _after_control_verb(doc: Doc, s, a: int) -> bool:
    """ "would continue to cooperate", "wants to meet": after a control verb, "to" marks an infinitive, not a new
    clause."""
    if a - 1 > s.tok_start and _weekday(doc, a - 1):
        a -= 1  # "agreed Friday to speed up talks": the day between
    return a > s.tok_start and _is_control_verb(doc, s, a - 1)


def _participle(doc: Doc, k: int) -> bool:
    """Does token ``k`` end like the language's present participle ("leaving", "saying", "estimant")?"""
    return doc.tokens[k].text.lower().endswith(tables(doc.article.lang).participle_suffixes)


def _weekday(doc: Doc, k: int) -> bool:
    """Is token ``k`` a day of the week ("Friday", "mercredi")?"""
    return doc.tokens[k].text.lower() in tables(doc.article.lang).dates.get("weekdays", {})


def _past_when(doc: Doc, s, k: int) -> int:
    """ "», a affirmé mardi soir le porte-parole …", "…, a déclaré hier matin X": past the day, and the part of it,
    that stand between an inverted cue and its speaker; ``k`` when no day stands there."""
    dates = tables(doc.article.lang).dates
    j = k
    if j < s.tok_end and (_weekday(doc, j) or doc.tokens[j].text.lower() in dates.get("relative", {})):
        j += 1
        if j < s.tok_end and doc.tokens[j].text.lower() in dates.get("day_parts", ()):
            j += 1
    return j


def _is_control_verb(doc: Doc, s, k: int) -> bool:
    """Is token ``k`` a control verb ("muốn", "vouloir") or part of a multi-word one ("tìm" + "cách")?"""
    tb = tables(doc.article.lang)
    t = doc.tokens[k]
    return t.text.lower() in tb.control_verbs or t.lemma.lower() in tb.control_verbs or _in_control_phrase(doc, s, k)


@cache
def _control_phrases(lang: str) -> dict[str, int]:
    return {w: 1 for w in tables(lang).control_verbs if " " in w}


def _in_control_phrase(doc: Doc, s, k: int) -> bool:
    """Is token ``k`` part of a multi-word control verb ("tìm cách" split into "tìm" + "cách")?"""
    phrases = _control_phrases(doc.article.lang)
    return bool(phrases) and any(a <= k < b for a, b, _ in find_phrases(
        doc, s.i, phrases, start=max(s.tok_start, k - 3), end=min(s.tok_end, k + 4)))


def conjoined_before(doc: Doc, e: Span, ents, titled: frozenset[int] | set[int] = frozenset()) -> list[Span]:
    """Names coordinated before ``e``: "cả Nga và Triều Tiên" -> [Nga]; "Mỹ và các nước phương Tây" -> [Mỹ];
    "Anh, Pháp và Đức" -> [Anh, Pháp]; with ``titled`` (the tokens of titles), "Lula and Colombian President
    Petro" -> [Lula]."""
    tb = tables(doc.article.lang)
    out, k = [], e.start - 1
    while k > 0:
        j = k
        while j > 0 and (doc.tokens[j].upos == "DET" or doc.tokens[j].text.lower() in tb.conjoined_skip or
                         j in titled or (titled and doc.tokens[j].upos == "ADJ" and doc.tokens[j].text[:1].isupper())
                         or (titled and doc.tokens[j].upos == "VERB" and doc.tokens[j - 1].text.lower() in
                             tb.conjunctions)):  # ("and visiting Philippine President Y")
            j -= 1
        # "A, B và C": a comma links names once a conjunction has been crossed
        if doc.tokens[j].text.lower() in tb.conjunctions or (out and doc.tokens[j].text == ","):
            if j - 1 in ents:
                prev = ents[j - 1]
                out.insert(0, prev)
                k = prev.start - 1
                continue
        break
    return out


def conjoined_after(doc: Doc, e: Span, ents, cue: int) -> list[Span]:
    """Names coordinated after the subject ``e`` up to the verb at ``cue``: "la France, l'Allemagne et le Royaume-Uni
    ont appelé" -> [Allemagne, Royaume-Uni]; none unless the chain ends right before the verb (its auxiliaries)."""
    tb = tables(doc.article.lang)
    out, k = [], e.end
    while k < cue:
        j = k
        if doc.tokens[j].text != "," and doc.tokens[j].text.lower() not in tb.conjunctions:
            break
        j += 1
        while j < cue and (doc.tokens[j].upos == "DET" or doc.tokens[j].text.lower() in tb.conjunctions):
            j += 1
        nxt = ents.get(j)
        if nxt is None or nxt.start != j or nxt.end > cue:
            return []
        out.append(nxt)
        k = nxt.end
    rest = range(k, cue)
    return out if out and all(doc.tokens[t].upos in ("AUX", "ADV", "PART") for t in rest) else []


def is_passive(doc: Doc, s, ca: int, ce: int | None = None) -> bool:
    """ "được hỏi", "bị cáo buộc", "un diplomate cité par l'AFP", "a diplomat quoted by AFP": the verb's subject is
    its patient, not its agent."""
    tb = tables(doc.article.lang)
    b = ca - 1 if ca - 1 > s.tok_start and doc.tokens[ca - 1].text in OPEN_Q else ca  # ('had been "told …"')
    if b > s.tok_start and doc.tokens[b - 1].text.lower() in tb.passive and (
            not tb.past_participle_suffixes or doc.tokens[ca].text.lower().endswith(tb.past_participle_suffixes)):
        return True  # ("was provided with"; not "was visiting")
    if ce is not None and any(a == ce for a, _, _ in find_phrases(doc, s.i, tb.voice_of, start=ce,
                                                                   end=min(s.tok_end, ce + 4))):
        return False  # "a salué par la voix de sa porte-parole": who spoke for the subject, not an agent
    return ce is not None and ce + 1 < s.tok_end and doc.tokens[ce].text.lower() in tb.agent_preps and \
        (doc.tokens[ce + 1].upos in ("DET", "PROPN") or doc.tokens[ce + 1].text[:1].isupper())
    # ("par téléphone" is a manner, not an agent; "reçu par Macron" with the name tagged a noun is one)


def coordinated_verb(doc: Doc, s, ca: int, purpose: bool = False) -> bool:
    """Is the cue the second verb of a coordination ("..., đồng thời khẳng định", "et a ajouté")? With ``purpose``,
    also of a purpose clause ("thăm Nga để hội đàm"), whose subject is the main verb's only for actions: in
    "cử chuyên gia đến để thông báo" the ones who brief are the experts."""
    tb = tables(doc.article.lang)
    words = joined(tb.coordinators, tb.purpose if purpose else ())
    k = ca - 1
    while k >= s.tok_start:
        # a coordinator ending here ("đồng thời", tagged as an adverb, counts before the adverbs are skipped)
        if any(b == k + 1 for _, b, _ in find_phrases(doc, s.i, words, start=max(s.tok_start, k - 2), end=k + 1)):
            return True
        if doc.tokens[k].upos not in ("ADV", "AUX", "PART") and doc.tokens[k].text.lower() not in tb.reflexives \
                and doc.tokens[k].text.lower() not in tb.object_clitics:
            return False  # ("et se sont dits préoccupés", "et l'a exhortée": a clitic is part of the verb group)
        k -= 1
    return False


def _dep_speaker(doc: Doc, ctx: Context, ca: int, ce: int, ents, title_hits) -> tuple[Mention, float, int] | None:
    """The cue's nominal subject; a coordinated cue ("a refusé ..., mais a déclaré") takes its head's subject."""
    heads = set(range(ca, ce))
    verb = next((k for k in range(ca, ce) if doc.tokens[k].upos in ("VERB", "AUX")), ca)
    seen = set()
    tb = tables(doc.article.lang)
    # "a fourni … et pourrait envoyer": a coordinated verb takes its head's subject, and so does the verb after a
    # modal or control verb ("pourrait envoyer", "veut signer"), whose subject is the modal's
    sent = doc.sentences[doc.tokens[ca].sent]
    own = any(t.head == verb and t.deprel.startswith("nsubj") for t in doc.tokens[sent.tok_start:sent.tok_end])
    while doc.tokens[verb].head >= 0 and verb not in seen and not own:  # ("« … », a écrit le président": its own)
        t = doc.tokens[verb]
        head = doc.tokens[t.head]
        if t.deprel == "conj" or (t.deprel == "xcomp" and head.upos in ("VERB", "AUX") and
                                  (head.lemma.lower() in tb.control_verbs or head.text.lower() in tb.control_verbs)):
            seen.add(verb)
            verb = t.head
            heads.add(verb)
        else:
            break
    for t in sorted(doc.tokens[sent.tok_start:sent.tok_end], key=lambda t: (t.head not in range(ca, ce), t.i)):
        if t.head in heads and t.deprel.startswith("nsubj") and t.lemma.lower() in tb.relatives:
            # "..., Georgy Zinoviev, qui a déclaré": the subject is the name right before the relative pronoun
            k = t.i - 1
            while k >= sent.tok_start and doc.tokens[k].text == ",":
                k -= 1
            if k in ents:
                e = ents[k]
                m, conf = _speaker_mention(doc, ctx, e, title_hits)
                return m, conf, e.end
            return None
        if t.head in heads and (t.deprel.startswith("nsubj") or t.deprel == "expl:subj") and t.i < ca:
            if t.i in ents:
                m, conf = _speaker_mention(doc, ctx, ents[t.i], title_hits)
                return m, conf + 0.05, ents[t.i].end
            for th in ctx.titles_in(doc.tokens[ca].sent):  # (this sentence's titles, not the article's)
                if th.title_start <= t.i < th.title_end:
                    return span_mention(doc, th.person, "PER"), 0.8, th.person.end
            body = _unnamed_holders_body(doc, sent, t, ents, title_hits)
            if body is not None:
                return span_mention(doc, body), 0.7, body.end
            if t.upos == "PRON" and t.text.lower() in tables(doc.article.lang).person_pronouns:
                got = _pronoun_mention(doc, ctx, t.i)
                if got:
                    return got[0], got[1], t.i + 1
    return None


def _unnamed_holders_body(doc: Doc, sent, t, ents, title_hits) -> Span | None:
    """ "le directeur de BP pour la Mauritanie et le Sénégal n'a pas souhaité commenter": a subject that is a title
    with no name speaks for the body its first modifier names (the project's convention for unnamed office
    holders), not for a place named in a later modifier."""
    if not any(a <= t.i < b for a, b, _ in title_hits):
        return None
    first = next((c for c in doc.tokens[t.i + 1:sent.tok_end] if c.head == t.i and c.deprel.startswith("nmod")), None)
    e = ents.get(first.i) if first is not None else None
    return e if e is not None and e.label in ("ORG", "GPE") else None


def find_subject(doc: Doc, ctx: Context, s, ca: int, ce: int, ents, title_hits, cue_spans,
                 prev: tuple | None = None, purpose: bool = False) -> tuple[Mention, float, int] | None:
    """The subject of the verb at tokens [ca, ce): from the parse if any, a coordinated verb's subject, else the
    nearest name, pronoun or title to the left within the clause. Returns (mention, confidence, end token)."""
    found = _dep_speaker(doc, ctx, ca, ce, ents, title_hits) if doc.has_parse else None
    if found is None and doc.has_parse and _plural_pronoun_subject(doc, s, ca, ce):
        return None  # "En Syrie, ils ont dénoncé …": they, not Syria (which two, the pair rule may tell)
    if prev is not None and found is not None and found[0].start >= doc.tokens[prev[2] - 1].end and \
            coordinated_verb(doc, s, ca, purpose):
        return prev  # "X affirme que Bamako dispose de … et réclame …": not a name inside X's words
    if found is None and coordinated_verb(doc, s, ca, purpose):
        if prev is not None:
            return prev
        found = _main_verb_subject(doc, ctx, s, ca, ents, title_hits, cue_spans)
    found = found or _left_speaker(doc, ctx, s, ca, ents, title_hits, cue_spans)
    if found is not None and _in_participle_aside(doc, s, found, ca):
        return None  # "The army, led by General X, did not respond": X is not the one who did not respond
    aside = _prepositional_aside(doc, s, found, ca) if found is not None and not doc.has_parse else None
    if aside is not None:  # "X, on a three-day visit to China, met Y": X met Y, not China
        found = _left_speaker(doc, ctx, s, aside, ents, title_hits, cue_spans)
    found = _opening_person(doc, ctx, s, ca, found, ents) or _organisation_of_place(doc, s, found, ents) or found
    return _apposed_holder_of_body(doc, ctx, s, found, ca)


def _apposed_holder_of_body(doc: Doc, ctx: Context, s, found, ca: int):
    """ "Đại tướng Tea Seiha, Phó Thủ tướng, Bộ trưởng Quốc phòng Campuchia đang thăm …": a subject that is the body
    of the post set off after a person's name, right before the verb, stands for that person."""
    if found is None or found[0].kind != "name":
        return found
    th = next((th for th in ctx.titles_in(s.i) if th.body is not None and th.body.start == found[0].start and
               th.person.label == "PER" and th.person.end <= th.title_start < ca), None)
    if th is None or doc.tokens[found[2] - 1].end > doc.tokens[ca].start or \
            any(t.upos in ("VERB", "AUX") and t.text.islower() for t in doc.tokens[th.person.end:th.title_start]):
        return found
    return span_mention(doc, th.person, "PER"), found[1], found[2]


def _organisation_of_place(doc: Doc, s, found, ents) -> tuple[Mention, float, int] | None:
    """ "Researchers from the University of Canterbury in Christchurch, New Zealand, have reported …": a place
    found as the subject that only locates the organisation named before it leaves the subject to the
    organisation."""
    if found is None or found[0].type not in ("GPE", "LOC") or found[2] - 1 not in ents:
        return None
    e = ents[found[2] - 1]
    j = e.start - 1
    if j - 1 > s.tok_start and doc.tokens[j].text == "," and j - 1 in ents and \
            ents[j - 1].label in ("GPE", "LOC", "MISC"):
        j = ents[j - 1].start - 1  # "in Christchurch, New Zealand"
    if j - 1 < s.tok_start or doc.tokens[j].text.lower() not in tables(doc.article.lang).place_preps or \
            j - 1 not in ents or ents[j - 1].label != "ORG":
        return None
    org = ents[j - 1]
    return span_mention(doc, org), found[1], org.end


def _plural_pronoun_subject(doc: Doc, s, ca: int, ce: int) -> bool:
    """The parse gives the cue a pronoun subject that is no person pronoun nor relative ("ils", "elles", "on")."""
    tb = tables(doc.article.lang)
    known = tb.person_pronouns | tb.relatives | tb.first_person
    bare = [(t, re.sub(r"^-(?:t-)?", "", t.text.lower())) for t in doc.tokens[s.tok_start:ca]]  # "-t-il", "-il"
    return any(t.head in range(ca, ce) and t.deprel.startswith("nsubj") and t.upos == "PRON" and len(w) > 1 and
               w not in known for t, w in bare)  # ("-t": euphonic, no subject; the lemma of "ils" is "il")


def _main_verb_subject(doc: Doc, ctx: Context, s, ca: int, ents, title_hits, cue_spans):
    """ "X điện đàm với Y và kêu gọi …", "X visited Z in March and warned that …", "ông Lee sẽ tới Washington để
    gặp Y": a verb coordinated with an earlier one that said nothing (or its purpose) has that verb's subject, not the
    name nearest to it; the earlier verb is the nearest one before that is not itself coordinated."""
    tb = tables(doc.article.lang)
    k = ca - 1
    while k > s.tok_start and doc.tokens[k].upos in ("ADV", "AUX", "PART"):
        k -= 1
    # "to" also marks the infinitive after an object ("called on G20 leaders to back …": the leaders back): only a
    # verb that takes its own subject ("agree to meet", "hoped to visit") lends it; "để", "pour" always do
    infinitive = doc.tokens[k].text.lower() in tb.word_classes.get("INFINITIVE_MARKERS", ()) and \
        not coordinated_verb(doc, s, ca)
    for v in range(ca - 1, s.tok_start, -1):  # (a word of a name the tagger took for a verb is none: "Bảo an")
        if doc.tokens[v].upos == "VERB" and v not in ents and not coordinated_verb(doc, s, v, purpose=True):
            if any(b == v + 1 or a == v for a, b, _ in find_phrases(doc, s.i, tb.all_speech_cues, start=max(
                    s.tok_start, v - 2), end=v + 1)) or (infinitive and not _is_control_verb(doc, s, v)):
                return None  # (after "said", a clause with its own subject)
            found = _left_speaker(doc, ctx, s, v, ents, title_hits, cue_spans)
            serial = any(doc.tokens[j].upos == "VERB" for j in range(max(s.tok_start, v - 3), v))
            if found is not None or not serial:  # a serial verb ("gửi thư lên X"): the first verb's subject
                return found
    return None


def _closed_aside_start(doc: Doc, s, found, ca: int) -> int | None:
    """The first token of the name found when a comma closes its phrase before the verb at ``ca`` (the name may sit
    in an aside set off by commas), else None."""
    first = next((t.i for t in doc.tokens[s.tok_start:ca] if t.start >= found[0].start), None)
    return first if first is not None and found[2] < ca and doc.tokens[found[2]].text == "," else None


def _prepositional_aside(doc: Doc, s, found, ca: int) -> int | None:
    """The comma that opens an aside set off by commas, opened by a preposition, holding the name found and closing
    right before the verb (", on a three-day visit to China,"); None when the name is not in such an aside."""
    first = _closed_aside_start(doc, s, found, ca)
    if first is None or any(doc.tokens[k].upos not in ("ADV", "AUX", "PART") for k in range(found[2] + 1, ca)):
        return None
    for k in range(first - 1, max(s.tok_start, first - 10), -1):
        if doc.tokens[k].text == ",":
            return k if doc.tokens[k + 1].upos == "ADP" and k > s.tok_start else None
    return None


def _in_participle_aside(doc: Doc, s, found, ca: int) -> bool:
    """The speaker found sits in an aside that a past participle and its agent open (", led by X,", ", dirigée par
    X,") and that closes before the verb."""
    tb = tables(doc.article.lang)
    first = _closed_aside_start(doc, s, found, ca)
    if first is None:
        return False
    for k in range(first - 1, max(s.tok_start, first - 5), -1):
        t = doc.tokens[k]
        if t.text.lower() in tb.agent_preps and k - 2 >= s.tok_start and doc.tokens[k - 1].upos == "VERB" and \
                doc.tokens[k - 2].text == ",":
            return True
    return False


def _opening_person(doc: Doc, ctx: Context, s, ca: int, found, ents) -> tuple[Mention, float, int] | None:
    """ "Professor Cres Eastman, Director of …, and Chairman of the Australian Centre for …, says", "Lydia Buchtmann
    for Food Standards Australia New Zealand, says", "Bà Kim Yo-jong, em gái nhà lãnh đạo Kim Jong-un, lên án": the
    person a sentence opens with is the subject when only an apposition or a prepositional phrase (no verb) stands
    between them and the verb; the name found nearer the verb is inside that phrase."""
    if found is None:
        return None
    opening = ctx.subject_person(s.i)
    if opening is None or found[0].start <= opening.char_start or opening.end >= ca or (
            opening.start > s.tok_start and doc.tokens[opening.start - 1].upos == "ADP"):
        return None  # ("In a post on Truth Social, US President X wrote": a name a preposition governs)
    nxt = doc.tokens[opening.end]
    if not (nxt.text in (",", "(") or nxt.upos == "ADP"):
        return None
    if any((doc.tokens[k].upos in ("VERB", "AUX") and k not in ctx.title_tokens) or doc.tokens[k].text in OPEN_Q
           for k in range(opening.end, ca)):
        return None  # ("em gái nhà lãnh đạo Triều Tiên Kim Jong-un": "lãnh đạo" is a title's word, not a verb)
    k = next((t.i for t in doc.tokens[opening.end:ca] if t.start >= found[0].start), ca) - 1
    while k > opening.end and doc.tokens[k].upos == "DET":
        k -= 1
    tb = tables(doc.article.lang)
    if doc.tokens[k].text.lower() in tb.conjunctions or (k + 1 in ents and ents[k + 1].label == "PER" and
                                                        doc.tokens[k].text == ","):
        return None  # "Putin, Xi and Modi said", "A, B said": several speakers
    m, conf = _speaker_mention(doc, ctx, opening, [])
    return m, conf, found[2]


def _inverted_speaker(doc: Doc, ctx: Context, s, ca: int, ce: int, ents, title_hits) -> tuple | None:
    """ "“…”, said Peskov", "« … », a déclaré le porte-parole du Kremlin, Dmitri Peskov", "…, a rapporté Reuters":
    after a quote or a comma, the speaker follows the verb (past a title, its body and glue words)."""
    tb = tables(doc.article.lang)
    k = _token_before_verb(doc, s, ca)  # ("…», s'est félicité le président américain": a reflexive verb)
    if doc.tokens[k].text != "," and doc.tokens[k].text not in CLOSE_Q and not _echo_opener(doc, s, ca):
        return None
    if {doc.tokens[ce - 1].lemma.lower(), doc.tokens[ce - 1].text.lower()} & tb.addressee_cues:
        return None  # "…, who asked not to be named, told The Associated Press that …": who was told, not who spoke
    ce = _past_told_outlet(doc, s, ce, ents)  # "», a déclaré à l'AFP le ministre ukrainien …"
    for th in ctx.titles_in(s.i):
        if ce <= th.title_start <= ce + 2:
            if th.role in AIDE_ROLES and th.title_end < s.tok_end and doc.tokens[th.title_end].upos == "ADP":
                return None  # "…, assure un conseiller du président X": one of X's, unnamed
            return span_mention(doc, th.person, "PER"), 0.75, th.person.end
    j = ce
    while j < min(s.tok_end, ce + 3) and j not in ents and (doc.tokens[j].upos == "DET" or
                                                          doc.tokens[j].text.lower() in tb.honorifics):
        j += 1
    if j in ents:
        if ents[j].end < s.tok_end and doc.tokens[ents[j].end].text in tb.possessive_clitics:
            return None  # "…, saying India's position was well known": what was said opens with a possessive
        m, conf = _speaker_mention(doc, ctx, ents[j], title_hits)
        return m, conf, ents[j].end
    for ta, te, phrase in title_hits:
        if ta == j:
            return _title_anaphor(doc, ctx, s, ta, te, phrase, ents)
    for aa, ae, _ in find_phrases(doc, s.i, tb.anaphors, start=ce, end=min(s.tok_end, ce + 4)):
        got = _pronoun_mention(doc, ctx, aa) if aa == ce else None  # "», a précisé le magistrat"
        if got:
            return dataclasses.replace(got[0], text=doc.span_text(aa, ae), end=doc.tokens[ae - 1].end), got[1], ae
    p = ce + 1 if ce + 1 < s.tok_end and doc.tokens[ce].text.startswith("-") and len(doc.tokens[ce].text) <= 2 else ce
    if p < s.tok_end and doc.tokens[p].text[:1] == "-" and doc.tokens[p].text[1:].lower() in tb.person_pronouns:
        got = _pronoun_mention(doc, ctx, p)  # "», insiste-t-elle": the pronoun glued after the verb
        return (got[0], got[1], p + 1) if got else None
    return None


def _echo_opener(doc: Doc, s, ca: int) -> bool:
    """Does the sentence open with an echo opener before the cue ("C'est ce qu'a déclaré X", "That is what X told
    reporters", ``[speech] echo_openers``), so that what the cue says is the sentence before?"""
    words = doc.article.text[s.start:doc.tokens[ca].start].lower().replace(" '", "'").replace("' ", "'").split()
    if s.i == 0 or any(doc.tokens[k].upos == "VERB" for k in range(s.tok_start, ca)):
        return False  # ("C'est ce que pense X, qui a déclaré que …": the first verb's)
    return any(" ".join(words[:len(o.split())]).startswith(o) and (
        not o.endswith("'") or len(words[len(o.split()) - 1]) > len(o.split()[-1]) or len(words) > len(o.split()))
        for o in tables(doc.article.lang).echo_openers)


def _echoed(doc: Doc, s, ca: int) -> tuple[int, int] | None:
    """ "Le Sénégal souhaite que … . C'est ce qu'a déclaré le ministre X": the sentence before, which an echo opener
    says the cue's speaker said; else None."""
    if not _echo_opener(doc, s, ca):
        return None
    before = doc.sentences[s.i - 1]
    return _strip(doc, before.start, before.end)


def _past_told_outlet(doc: Doc, s, ce: int, ents) -> int:
    """Past the day (``_past_when``) and the organisation an inverted cue says it was told ("a déclaré à l'AFP le
    ministre …", "a indiqué mercredi à Belga"): a preposition, a determiner and an organisation's name followed by
    more words; else past the day only."""
    k = _past_when(doc, s, ce)
    j = k + 1
    while j < s.tok_end and doc.tokens[j].upos == "DET":
        j += 1
    e = ents.get(j)
    if k < s.tok_end and doc.tokens[k].upos == "ADP" and e is not None and e.start == j and e.label == "ORG" and \
            e.end + 1 < s.tok_end and doc.tokens[e.end].upos != "PUNCT":
        return e.end
    return k


def _token_before_verb(doc: Doc, s, ca: int) -> int:
    """The token before the verb group of the cue at ``ca``, past its auxiliaries and a reflexive pronoun ("…, a
    indiqué", "…», s'est félicité")."""
    refl = tables(doc.article.lang).reflexives
    k = ca - 1
    while k > s.tok_start and (doc.tokens[k].upos == "AUX" or doc.tokens[k].text.lower() in refl):
        k -= 1
    return k


def _document_after_inverted_cue(doc: Doc, s, ca: int, ce: int) -> bool:
    """ "Mme X a invité M. Y …, indique le communiqué, sans préciser …": a cue after a comma whose subject right
    after it is a document (``[speech] unnamed_sources``), not the name before the comma."""
    tb = tables(doc.article.lang)
    k = _token_before_verb(doc, s, ca)
    if not tb.unnamed_sources or doc.tokens[k].text != ",":
        return False
    hit = next((b for a, b, _ in find_phrases(doc, s.i, tb.unnamed_sources, start=ce, end=min(s.tok_end, ce + 4))
                if a == ce), None)
    return hit is not None and (hit >= s.tok_end or doc.tokens[hit].upos == "PUNCT")


def _name_after_inverted_cue(doc: Doc, s, ca: int, ce: int, ents) -> bool:
    """ "…, a rapporté Reuters.", "…, said Peskov,": a cue after a comma with a name right after it and nothing
    more in the clause is inverted; its subject is that name, not one before the comma."""
    k = _token_before_verb(doc, s, ca)
    if doc.tokens[k].text != ",":
        return False
    told = _past_told_outlet(doc, s, ce, ents)  # ("…, a indiqué mercredi à Belga le …, X.")
    j = told
    while j < s.tok_end and doc.tokens[j].upos == "DET":
        j += 1
    if told > ce and any(a == j for a, _, _ in find_phrases(doc, s.i, tables(doc.article.lang).titles, start=j,
                                                             end=min(s.tok_end, j + 4))):
        return True
    if j not in ents:
        return False
    end = ents[j].end
    if end < s.tok_end and any(a == end and (b >= s.tok_end or doc.tokens[b].upos == "PUNCT") for a, b, _ in
                               find_phrases(doc, s.i, tables(doc.article.lang).medium_phrases, start=end)):
        return True  # "…, Prak Sokhonn, a indiqué le DFAE dans un communiqué."
    return end >= s.tok_end or doc.tokens[end].upos == "PUNCT"


def _is_fronted(doc: Doc, s, ca: int, ce: int) -> bool:
    """A cue that opens the sentence and takes a clause ("Khẳng định hiện chưa có ...", "Affirmant que ...")."""
    tb = tables(doc.article.lang)
    k = s.tok_start
    while k < ca and doc.tokens[k].upos in ("ADV", "PUNCT", "CCONJ"):
        k += 1
    j = ce
    while j < s.tok_end and doc.tokens[j].text.lower() in tb.after_cue and \
            doc.tokens[j].text.lower() not in tb.complementizers:
        j += 1  # "Chia sẻ thêm về ...": "thêm" then a preposition is no clause
    if k != ca or j >= s.tok_end or doc.tokens[j].upos in ("ADP", "PUNCT"):
        return False
    # "Phát biểu sau lễ ký, ông X cho biết ...", "Speaking after the talks, X said ...": an adverbial participle
    adverbial = find_phrases(doc, s.i, tb.adverbial_after_cue, start=j, end=min(s.tok_end, j + 3))
    return not any(a == j for a, _, _ in adverbial)


def _clause_start_before(doc: Doc, s, char: int) -> int:
    """Index of the last comma before ``char`` and the connective words after it (", tuy nhiên, ông X")."""
    idx = max((t.i for t in doc.tokens[s.tok_start:s.tok_end] if t.end <= char), default=s.tok_start)
    k = idx
    while k > s.tok_start and doc.tokens[k].text != ",":
        k -= 1
    while k > s.tok_start and doc.tokens[k - 1].text == "," or (k > s.tok_start + 1 and doc.tokens[k - 2].text == ","
                                                               and doc.tokens[k - 1].upos in ("ADV", "CCONJ", "X")):
        k -= 1 if doc.tokens[k - 1].text == "," else 2
    return k


# a dateline opening a page's first sentence: "ANKARA (Reuters) - ", "GEORGETOWN, Guyana (AP) — ", "NUUK, Greenland — "
_DATELINE = re.compile(r"[A-ZÀ-Ỹ][A-ZÀ-Ỹ.'/ -]{2,40}(?:,[^()\n,.]{1,30}(?:,[^()\n,.]{1,20})?)?\s*(?:\([^()\n]{1,30}\))?"
                       r"\s*[-–—]\s+")
_SLASHED_AGENCY = re.compile(r"/[A-ZÀ-Ỹ][\w -]{1,20}/\.?\s+")  # "MOSCOW, December 3. /TASS/. Russia …"


def _strip(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Character range of text[a:b] without surrounding spaces, punctuation and quote marks (nor a dateline)."""
    text = doc.article.text
    while a < b and (text[a].isspace() or text[a] in OPEN_Q + CLOSE_Q + ":,;-–"):
        a += 1
    date = _DATELINE.match(text, a, b)
    if date is not None and ("(" in date.group() or "," in date.group() or date.group().rstrip()[-1:] in "—–") and \
            date.end() < b:
        a = date.end()  # ("OTTAWA — Le Canada enverra …": a place in capitals and a long dash)
    agency = _SLASHED_AGENCY.match(text, a, b)
    a = agency.end() if agency is not None and agency.end() < b else a
    end = b
    while b > a and (text[b - 1].isspace() or text[b - 1] in OPEN_Q + CLOSE_Q + ".,;:!?…-–"):
        b -= 1
    # a quote that opens inside keeps its closing mark: 'les « décisions souveraines »', 'là “một sự leo thang”'
    inner = text[a:b]
    for op, cl in (("«", "»"), ("“", "”")):
        if inner.count(op) > inner.count(cl):
            k = text.find(cl, b, end)
            if k != -1:
                b = k + 1
    if inner.count('"') % 2 == 1:
        k = text.find('"', b, end)
        if k != -1:
            b = k + 1
    return a, b


def _content_after(doc: Doc, s, ce: int, np_cut: bool = True) -> tuple[int, int] | None:
    """What the cue ending at ``ce`` says, after it: from where the content starts (past "that", an adverbial, a
    preposition of the object) to a whole quote, or to where it stops (a trailing attribution, a new clause, a
    participle that goes with the speaker, the subject's next verb when ``np_cut``)."""
    j = _content_start(doc, s, ce)
    if j is None or any(a == j for a, _, _ in find_phrases(doc, s.i, tables(doc.article.lang).anaphoric_contents,
                                                            start=j, end=min(s.tok_end, j + 3))):
        return None  # ("cho biết như vậy chiều 3/12": the words were reported before)
    quoted = _whole_quote_at(doc, s, j)
    if quoted is not None:
        return quoted
    a, b = _strip(doc, doc.tokens[j].start, _content_end(doc, s, j, np_cut))
    return (a, b) if b - a >= 3 else None


def _past_addressee(doc: Doc, s, ce: int, j: int) -> int | None:
    """ "told Wikinews the older samples were …": past the name of who was told, right after a cue of ``[speech]
    addressee_cues``, when more words follow it; None when nothing but punctuation does."""
    cue = doc.tokens[ce - 1]
    if j != ce or not ({cue.lemma.lower(), cue.text.lower()} & tables(doc.article.lang).addressee_cues):
        return j
    e = next((e for e in doc.entities if e.start == j), None)
    if e is None and doc.tokens[j].upos == "PRON" and j + 1 < s.tok_end and \
            doc.tokens[j + 1].upos in ("PRON", "DET", "NOUN", "PROPN"):
        return j + 1  # "told him he had shown …": who was told, then what
    if e is None:
        return j
    k = e.end
    for a, b, _ in find_phrases(doc, s.i, tables(doc.article.lang).after_cue, start=k, end=min(s.tok_end, k + 4)):
        k = b if a == k else k  # ("told Reuters by phone")
    if k >= s.tok_end or doc.tokens[k].upos == "PUNCT":
        return None  # "…, X told Reuters by phone, adding …": who was told, and nothing told after it
    rest = [t for t in doc.tokens[k:s.tok_end] if t.upos != "PUNCT"]
    if rest[0].upos == "ADP" and len(rest) <= 4 and not any(t.upos in ("VERB", "AUX") for t in rest):
        return None  # "…, Health Secretary X told MPs on Tuesday.": when, nothing told after it
    if e.end + 2 >= s.tok_end:
        return j
    that = doc.tokens[k].text.lower() in tables(doc.article.lang).complementizers
    return k + 1 if that else k  # ("told Reuters that …")


def _content_start(doc: Doc, s, ce: int) -> int | None:
    """The token where the content after a cue begins, or None (nothing follows, or an attribution does)."""
    tb = tables(doc.article.lang)
    j = ce
    skip = joined(tb.after_cue, tb.complementizers)
    while j < s.tok_end:
        if doc.tokens[j].text in PUNCT_SKIP or (j == ce and doc.tokens[j].text in "»”"):
            j += 1  # ("« très préoccupé » par X": the cue closes a quote)
            continue
        hit = find_phrases(doc, s.i, skip, start=j, end=min(s.tok_end, j + 4))
        if hit and hit[0][0] == j:
            j = hit[0][1]
            continue
        break
    if j >= s.tok_end:
        return None
    j = _past_addressee(doc, s, ce, j)
    if j is None:
        return None
    att = find_phrases(doc, s.i, tb.according_to, start=j, end=min(s.tok_end, j + 3))
    if att and att[0][0] == j:
        return None  # "X a démenti, selon Reuters": an attribution, not what was said
    # "a déclaré lors d'une réunion au ministère que ...", "said on Monday that ...": the content starts after
    # the complementizer when only an adverbial stands between it and the verb
    for k in range(j, min(s.tok_end, j + 15)):
        t = doc.tokens[k]
        if t.upos in ("VERB", "AUX") and not any(c.isdigit() for c in t.text) or t.text in OPEN_Q:
            break  # (not "Tư 2/12", a date the Vietnamese tagger took for a verb)
        if t.text.lower() in tb.complementizers and k > j:
            if k - 2 >= j and doc.tokens[k - 1].text == "," and doc.tokens[k - 2].upos == "PROPN" and tb.relatives:
                break  # "a remercié Donald Trump, qu'il a proposé …": a name, then a relative clause on it (not
                # "tại Hà Nội, rằng …": a language with no relative pronouns)
            j = k + 1
            break
    if j >= s.tok_end:
        return None
    j = _past_a_weekday(doc, s, j)
    if doc.tokens[j].text.lower() in tb.object_of and j + 1 < s.tok_end and \
            doc.tokens[j + 1].upos in ("DET", "PRON", "NOUN", "PROPN"):
        j += 1  # "s'est félicité de cette reconnaissance": what was praised follows the preposition
    return j


def _whole_quote_at(doc: Doc, s, j: int) -> tuple[int, int] | None:
    """A quote opening at token ``j`` that is the whole content: nothing follows it but punctuation, or the
    subject's next verb ("a salué « … » et a promis que …"). None when the clause goes on from the quote."""
    if doc.tokens[j].text not in OPEN_Q:
        return None
    tb = tables(doc.article.lang)
    text, start = doc.article.text, doc.tokens[j].start
    for qa, qb in _quotes(doc, s):
        if s.start + qa - 1 == start:
            after = text[s.start + qb + 1:s.end].lstrip()
            # a quoted phrase that the clause goes on from ("bác bỏ "những đồn đoán" rằng ...") is not the
            # whole content: take the clause
            if not after or after[0] in ".,;:!?…)»”":
                return _strip(doc, s.start + qa, s.start + qb)
            k = next((t.i for t in doc.tokens[j:s.tok_end] if t.start > s.start + qb), None)
            if k is not None and doc.tokens[k].text.lower() in tb.coordinators and _verb_follows(doc, s, k + 1):
                return _strip(doc, s.start + qa, s.start + qb)
            return None
    return None


def _past_a_weekday(doc: Doc, s, j: int) -> int:
    """ "said on Thursday the island would not be bought": a day the content opens with is when it was said (the
    statement's date), not part of it; the content starts after it."""
    dates = tables(doc.article.lang).dates
    days, markers = dates.get("weekdays", {}), set(dates.get("event_markers", ()))
    k = j
    while k < s.tok_end and k - j < 2 and doc.tokens[k].text.lower() in markers and \
            doc.tokens[k].text.lower() not in days:
        k += 1
    if k < s.tok_end and doc.tokens[k].text.lower() in days and k + 3 < s.tok_end and \
            doc.tokens[k + 1].upos not in ("PUNCT", "ADP", "SCONJ"):
        return k + 1
    return j


def _content_end(doc: Doc, s, j: int, np_cut: bool) -> int:
    """Where a content starting at token ``j`` ends: before a trailing attribution (", selon X") or a new clause
    (", sau khi ...", ", after ..."), a participle after a comma, or (``np_cut``) the subject's next verb."""
    tb = tables(doc.article.lang)
    end = s.end
    infinitive = tb.word_classes.get("INFINITIVE_MARKERS", ())
    for aa, ae, _ in find_phrases(doc, s.i, joined(tb.according_to, tb.boundaries), start=j):
        if aa > j and doc.tokens[aa - 1].text == "," and not _inside_quote(doc, s, doc.tokens[aa].start):
            if doc.tokens[aa].text.lower() in infinitive and any(t.text == "," for t in doc.tokens[j:aa - 1]):
                continue  # "called on KFOR, NATO's force in Kosovo, to investigate": that comma closes an aside
            end = doc.tokens[aa - 1].start
            break
    end = min(end, _trailing_attribution(doc, s, j), _comma_clause(doc, s, j))
    medium = next((a for a, _, _ in find_phrases(doc, s.i, tb.medium_phrases, start=j + 1)
                   if not _inside_quote(doc, s, doc.tokens[a].start)), None)
    if medium is not None:
        end = min(end, doc.tokens[medium].start)  # "… l'accord dans un communiqué publié à Washington": where said
    # "said it would appeal, calling the fine …", "a dit …, estimant …": a participle after a comma goes with the
    # speaker, not with what was said
    if tb.participle_suffixes:
        for k in range(j + 1, s.tok_end - 1):
            t, nxt = doc.tokens[k], doc.tokens[k + 1]
            if t.start >= end:
                break
            if t.text == "," and nxt.upos == "VERB" and nxt.text.lower().endswith(tb.participle_suffixes) and \
                    not _inside_quote(doc, s, nxt.start):
                end = t.start
                break
            if t.text == "," and not _inside_quote(doc, s, t.start) and _absolute_participle(doc, s, k + 1):
                end = t.start  # ", les États-Unis lui ayant refusé un visa": a clause of its own
                break
    # "criticised the talks and warned …", "a dénoncé une mesure … et a promis …": a noun phrase said, then the
    # subject's next verb; a content that is a clause ("said Russia would … and …") keeps its own coordination
    if doc.tokens[j].text not in OPEN_Q and np_cut and doc.tokens[j - 1].text.lower() not in tb.complementizers:
        for k in range(j, s.tok_end):  # (after "that" a clause: 'that Addis Ababa "values …" and would …')
            t = doc.tokens[k]
            if t.start >= end:
                break
            quoted_verb = t.upos == "VERB" and doc.tokens[k - 1].text in OPEN_Q and doc.tokens[k - 2].upos == "PROPN"
            if (t.text in OPEN_Q or t.text in CLOSE_Q or _inside_quote(doc, s, t.start)) and not quoted_verb:
                continue  # ("une décision « inacceptable » et a rappelé": not 'Beijing "welcomed" … and hoped')
            if t.upos in ("VERB", "AUX"):
                break
            if t.text.lower() in tb.coordinators and _verb_follows(doc, s, k + 1):
                end = min(end, t.start)
                break
    elif doc.tokens[j].text not in OPEN_Q:
        end = _before_next_cue(doc, s, j, end)
    return end


def _comma_clause(doc: Doc, s, j: int) -> int:
    """Where a clause that ``[clause] comma_clauses`` opens after a comma begins, past token ``j`` ("…, as both
    leaders voiced concern over …"): a verb follows within four words, no comma between; else the sentence's end."""
    words = tables(doc.article.lang).comma_clauses
    for k in range(j + 1, s.tok_end - 1):
        if doc.tokens[k].text == "," and doc.tokens[k + 1].text.lower() in words and \
                not _inside_quote(doc, s, doc.tokens[k].start):
            ahead = doc.tokens[k + 2:min(s.tok_end, k + 6)]
            stop = next((i for i, t in enumerate(ahead) if t.text == ","), len(ahead))
            if any(t.upos == "VERB" for t in ahead[:stop]):
                return doc.tokens[k].start
    return s.end


def _before_next_cue(doc: Doc, s, j: int, end: int) -> int:
    """What is urged is a verb phrase, to the coordinator before another verb of saying ("a appelé les syndicats à
    « reprendre le dialogue » et a jugé …"; "kêu gọi hai bên kiềm chế và giải quyết …" keeps both verbs)."""
    tb = tables(doc.article.lang)
    cues = {a for a, _, _ in find_phrases(doc, s.i, tb.all_speech_cues, use_lemma=tb.cues_on_lemmas, start=j)}
    return min([end] + [t.start for t in doc.tokens[j:s.tok_end] if t.start < end and t.text.lower() in
                        tb.coordinators and cues & set(range(t.i + 1, t.i + 4)) and not _inside_quote(doc, s, t.start)
                        and doc.tokens[t.i + 1].text.lower() not in tb.complementizers])  # ("and that …": one act)


def _trailing_attribution(doc: Doc, s, j: int) -> int:
    """Where a source named after a comma at the end of the sentence starts (", Tân Hoa xã đưa tin.", ", the
    agency reported.", ", a-t-on appris"): the content before it ends there; else the sentence's end."""
    tb = tables(doc.article.lang)
    seg = doc.article.text[doc.tokens[j].start:s.end].lower()  # "…, a-t-on appris de source diplomatique."
    at = min((i for i in (seg.find(", " + p) for p in tb.impersonal_sources) if i > 0), default=None)
    if at is not None:
        return doc.tokens[j].start + at
    cues = find_phrases(doc, s.i, tb.all_speech_cues, use_lemma=tb.cues_on_lemmas, start=j)
    for ca, ce, _ in cues:
        k = ca - 1
        while k > j and doc.tokens[k].text != "," and ca - k <= 6:
            k -= 1
        rest = [t for t in doc.tokens[ce:s.tok_end] if t.upos != "PUNCT"]
        named = any(k < e.start and e.end <= ca for e in doc.entities)  # (", bản tin của Nikkei Asia viết.")
        if doc.tokens[k].text == "," and named and not rest and not _inside_quote(doc, s, doc.tokens[k].start):
            return doc.tokens[k].start
    return s.end


def _absolute_participle(doc: Doc, s, k: int) -> bool:
    """A noun phrase and a present participle from ``k`` ("les États-Unis lui ayant refusé", "the talks having
    failed"): an absolute clause, no part of what was said."""
    tb = tables(doc.article.lang)
    seen_noun = False
    for j in range(k, min(s.tok_end, k + 6)):
        t = doc.tokens[j]
        if t.upos in ("VERB", "AUX"):
            return seen_noun and t.text.lower().endswith(tb.participle_suffixes) and len(t.text) > 4
        if t.upos in ("PROPN", "NOUN"):
            seen_noun = True
        elif t.upos not in ("DET", "PRON", "ADJ", "ADV", "NUM"):
            return False
    return False


def _tokens_in(doc: Doc, s, rng: tuple[int, int]) -> list:
    """The tokens of sentence ``s`` that start inside the character range ``rng``."""
    return [t for t in doc.tokens[s.tok_start:s.tok_end] if rng[0] <= t.start < rng[1]]


def _fronted_adverbial(doc: Doc, s, rng: tuple[int, int]) -> bool:
    """Is the text at ``rng`` a phrase with no verb that opens the sentence with a preposition or a conjunction
    ("Après une fusillade mortelle")?"""
    toks = _tokens_in(doc, s, rng)
    return bool(toks) and toks[0].i == s.tok_start and toks[0].upos in ("ADP", "SCONJ") and \
        not any(t.upos in ("VERB", "AUX") for t in toks)  # (not "At least 40 people have died …")


def _only_adverbial(doc: Doc, s, rng: tuple[int, int]) -> bool:
    """Is the text at ``rng`` only a prepositional phrase ending the sentence ("on Wednesday", "hôm 22/10"),
    with no verb in it?"""
    toks = _tokens_in(doc, s, rng)
    return bool(toks) and toks[0].upos == "ADP" and not any(
        t.upos in ("VERB", "AUX") and not _reduced_relative(doc, t.i) for t in toks) and toks[-1].i >= s.tok_end - 2


def _reduced_relative(doc: Doc, k: int) -> bool:
    """ "in a ruling carried by Xinhua": a past participle between a noun and a preposition qualifies the noun."""
    suffixes = tables(doc.article.lang).past_participle_suffixes
    return bool(suffixes) and 0 < k < len(doc.tokens) - 1 and doc.tokens[k - 1].upos == "NOUN" and \
        doc.tokens[k + 1].upos == "ADP" and doc.tokens[k].text.lower().endswith(suffixes)


def _when_only(doc: Doc, s, rng: tuple[int, int]) -> bool:
    """Is the text at ``rng``, ending the sentence, only a date the language's date patterns read ("last month",
    "on Monday")?"""
    toks = [t for t in _tokens_in(doc, s, rng) if t.upos != "PUNCT"]
    if not toks or toks[-1].i < s.tok_end - 2 or any(t.upos in ("VERB", "AUX", "PROPN") for t in toks):
        return False
    text = doc.article.text[rng[0]:rng[1]].lower().strip(" .,")
    return text in tables(doc.article.lang).dates.get("periods", ()) or \
        find_date(text, doc.article.lang, "2000-01-01") is not None


def _where_and_when(doc: Doc, s, ce: int, rng: tuple[int, int], phrase: str) -> bool:
    """ "X phát biểu tại quốc hội ngày 7/11.": after a verb of saying, an adverbial content of at most eight words
    that opens with a place preposition, outside any quote, says where and when, not what."""
    tb = tables(doc.article.lang)
    first = next((t for t in doc.tokens[ce:s.tok_end] if t.start >= rng[0]), None)
    return first is not None and first.text.lower() in tb.place_preps and tb.all_speech_cues[phrase] == "say" and \
        len(doc.article.text[rng[0]:rng[1]].split()) <= 8 and not _inside_quote(doc, s, rng[0])


def _words_before_quote(doc: Doc, s, char: int, most: int = 5) -> bool:
    """Does a clause stand before the quote whose content starts at ``char``: more than ``most`` words (a short
    lead-in, "We need to « … »", is the speaker's own framing of the quote)?"""
    return sum(t.upos not in ("PUNCT", "SYM") for t in doc.tokens[s.tok_start:s.tok_end] if t.end < char) > most


def _verb_follows(doc: Doc, s, k: int) -> bool:
    """Is there a verb at ``k``, after at most two auxiliaries, adverbs or object pronouns ("et a promis", "and then
    warned", "et l'a exhortée")?"""
    clitics = tables(doc.article.lang).object_clitics
    for j in range(k, min(s.tok_end, k + 3)):
        if doc.tokens[j].upos == "VERB":
            return True
        if doc.tokens[j].upos not in ("AUX", "ADV", "PART") and doc.tokens[j].text.lower() not in clitics:
            return False
    return False


def _quotes(doc: Doc, s) -> list[tuple[int, int]]:
    """The quotations of sentence ``s``, as offsets inside it (single marks too where the language quotes with them)."""
    return quote_spans(doc.article.text[s.start:s.end], tables(doc.article.lang).single_quotes)


def _inside_quote(doc: Doc, s, char: int) -> bool:
    return any(s.start + qa <= char < s.start + qb for qa, qb in _quotes(doc, s))


def _np_start(doc: Doc, ctx: Context, s, speaker: Mention) -> int:
    """Where the speaker's noun phrase starts: before its title and the title's body ("EU foreign policy chief
    Josep Borrell said")."""
    start = speaker.start
    for th in ctx.titles_in(s.i):  # (this sentence's: not every title of the article for each speaker)
        if th.person.char_start == speaker.start:
            start = min(start, doc.tokens[th.title_start].start, th.body.start if th.body else start)
    # its determiner and possessor: "the State Department said", "South Korea's Joint Chiefs of Staff said"
    k = next((t.i for t in doc.tokens[s.tok_start:s.tok_end] if t.start == start), None)
    tb = tables(doc.article.lang)
    while k is not None and k > s.tok_start:
        prev = doc.tokens[k - 1]
        marker = next((a for a, b, _ in find_phrases(doc, s.i, tb.media_markers, start=max(s.tok_start, k - 3),
                                                     end=k) if b == k), None)
        if marker is not None:  # "…, hãng thông tấn KCNA đưa tin": the outlet's noun
            k = marker
        elif prev.upos == "DET" or (prev.upos == "ADJ" and prev.text.islower()) or (
                prev.upos == "NOUN" and prev.text.islower() and k - 2 >= s.tok_start and doc.tokens[k - 2].text == ","):
            k -= 1  # ("the regional governor, X, wrote …", "…, presidential spokesperson X told": the title's word)
        elif prev.text in tb.possessive_clitics and k - 2 >= s.tok_start:
            owner = next((e for e in doc.entities if e.end == k - 1), None)
            if owner is None:
                break
            k = owner.start
        else:
            return doc.tokens[_capitals_after_comma(doc, s, k)].start
    return doc.tokens[k].start if k is not None else start


def _capitals_after_comma(doc: Doc, s, k: int) -> int:
    """ "…, State House spokesman X said": capitalised nouns between a comma and the noun phrase at ``k`` are part
    of it (a body the tagger did not name)."""
    j = k - 1
    while j > s.tok_start and doc.tokens[j].upos in ("NOUN", "PROPN") and doc.tokens[j].text[:1].isupper():
        j -= 1
    return j + 1 if j < k - 1 and doc.tokens[j].text == "," else k


def _content_before(doc: Doc, s, speaker_start: int) -> tuple[int, int] | None:
    """A quotation that ends before the speaker ("“...”, X cho biết")."""
    text = doc.article.text
    best = None
    for qa, qb in _quotes(doc, s):
        if s.start + qb <= speaker_start:
            best = (s.start + qa, s.start + qb)
    if best and not _words_before_quote(doc, s, best[0]):
        return _strip(doc, *best)
    begin = s.start
    first = doc.tokens[s.tok_start]
    if first.upos == "ADV" and s.tok_start + 1 < s.tok_end and doc.tokens[s.tok_start + 1].text == ",":
        begin = doc.tokens[s.tok_start + 1].end  # "Separately, …, the ministry said": the opener is not said
    a, b = _strip(doc, begin, speaker_start)
    opener = next((t for t in doc.tokens[s.tok_start:s.tok_end] if t.start >= a), None)
    fronted = opener is not None and opener.upos == "VERB"  # "Interrogée par l'AFP, l'ESA n'a pas souhaité réagir"
    if b - a >= 3 and text[b:speaker_start].strip().startswith(",") and not fronted:
        return a, b  # (a quote that ends a longer clause is part of what the clause says)
    return _strip(doc, *best) if best else None


def _quote_just_before(doc: Doc, s, anchor: int) -> tuple[int, int] | None:
    """A quotation that closes right before ``anchor`` (a comma and at most a short word or two between)."""
    text = doc.article.text
    for qa, qb in _quotes(doc, s):
        end = s.start + qb
        if end <= anchor:
            gap = text[end:anchor].strip(" ,\u00a0" + CLOSE_Q)
            comma = "," in text[end:anchor] or text[end - 1] == ","  # '"…," he said' puts it inside
            if comma and len(gap) <= 12 and not any(q in gap for q in OPEN_Q):
                return _strip(doc, s.start + qa, end)
    return _quote_of_sentence_before(doc, s, anchor)


def _quote_of_sentence_before(doc: Doc, s, anchor: int) -> tuple[int, int] | None:
    """ '"…"' as a paragraph, then ", a-t-il déclaré." on its own line: a sentence that opens with a comma and its
    cue says the quotation that the sentence before is made of."""
    text = doc.article.text
    if s.i == 0 or not text[s.start:anchor].lstrip().startswith(",") or len(text[s.start:anchor].strip()) > 12:
        return None
    prev = doc.sentences[s.i - 1]
    body = text[prev.start:prev.end].strip()
    if len(body) < 5 or body[0] not in OPEN_Q or body[-1] not in CLOSE_Q or \
            any(q in body[1:-1] for q in OPEN_Q if q not in CLOSE_Q):
        return None
    a = prev.start + text[prev.start:prev.end].index(body[0]) + 1
    return _strip(doc, a, a + len(body) - 2)


def _is_media(doc: Doc, e: Span, s, ctx: Context) -> bool:
    tb = tables(doc.article.lang)
    before = doc.article.text[doc.sentences[s].start:e.char_start].lower().split()
    lead = " ".join(before[-3:])
    known = ctx.gaz is not None and e.kb in ctx.gaz.entries and ctx.gaz.entry(e.kb).kind == "media"
    return any(lead.endswith(m) for m in tb.media_markers) or known


def _outlet_after_marker(doc: Doc, s, k: int) -> Span | None:
    """ "selon l'agence PAP", "according to the news agency Yonhap": a capitalised name right after a media word
    ("agence", "newspaper") names an outlet even when the NER missed it."""
    tb = tables(doc.article.lang)
    while k < s.tok_end and doc.tokens[k].upos == "DET":
        k += 1
    marks = find_phrases(doc, s.i, tb.media_markers, start=k, end=min(s.tok_end, k + 3))
    if not marks or marks[0][0] != k:
        return None
    a = j = marks[0][1]
    while j < s.tok_end and j - a < 3 and doc.tokens[j].text[:1].isupper() and doc.tokens[j].upos != "PUNCT":
        j += 1
    if j == a:
        return None
    return Span(a, j, "ORG", doc.tokens[a].start, doc.tokens[j - 1].end, doc.span_text(a, j))


def _according_to(doc: Doc, ctx: Context, s, ents, title_hits) -> Iterator[SpeechAct]:
    tb = tables(doc.article.lang)
    for aa, ae, phrase in find_phrases(doc, s.i, joined(tb.according_to, tb.according_to_persons)):
        if phrase in tb.according_to_persons and aa != s.tok_start:
            continue  # ("a voté pour X"; "Pour le chercheur X, …" opens the sentence)
        k = ae
        while k < min(s.tok_end, ae + 6) and (k not in ents or doc.tokens[k].text.lower() in tb.honorifics) and \
                doc.tokens[k].text != ",":
            k += 1  # (past an honorific the tagger took for a name: "Theo TS Cấn Văn Lực")
        e = (ents.get(k) if k < s.tok_end else None) or _outlet_after_marker(doc, s, ae)  # not the next sentence's
        if e is None or e.label != "PER":
            e = _apposed_name(doc, s, e.end if e is not None else k, ents) or _titled_after(ctx, s, e) or e
        if e is None or (phrase in tb.according_to_persons and e.label != "PER"):
            if phrase not in tb.according_to_persons:
                yield from _according_to_pronoun(doc, ctx, s, aa, ae)
            continue
        if aa > s.tok_start + 2 and doc.tokens[s.tok_start].text == "(" and \
                doc.span_text(s.tok_start + 1, s.tok_start + 2) == e.text:
            continue  # "(TTXVN) - Theo đặc phái viên TTXVN, …": the outlet's own byline, not a source it quotes
        e = _possessed_body(doc, s, e, ents)  # "according to Saudi Arabia's Civil Defense Authority"
        rel = "report" if _is_media(doc, e, s.i, ctx) else "say"
        speaker, conf = _speaker_mention(doc, ctx, e, title_hits)
        # at the start: opening the sentence, or after an opener ("Tuy nhiên, theo X, …"), not after a clause
        at_start = aa == s.tok_start or (doc.tokens[aa - 1].text in (",", "-", "–", "—") and
                                         aa - 1 - s.tok_start <= 4) or \
            doc.tokens[aa - 1].text.lower() in tables(doc.article.lang).sentence_connectives  # ("(Dân trí) - Theo")
        end = e.end + 3 if e.end + 2 < s.tok_end and doc.tokens[e.end].text == "(" and \
            doc.tokens[e.end + 2].text == ")" else e.end  # past the source's acronym: "Selon l'Organisation … (OIM),"
        if at_start and end < s.tok_end and doc.tokens[end].text == ",":
            end = _past_apposed_title(doc, ctx, s, e, end)  # "Theo TS X, chuyên gia … BIDV, …": past the post
            rng = _strip(doc, doc.tokens[end].end, s.end)
        elif at_start and aa == s.tok_start and s.tok_end - end >= 4 and \
                any(t.upos in ("VERB", "AUX") for t in doc.tokens[end:min(s.tok_end, end + 8)]):
            rng = _strip(doc, doc.tokens[end].start, s.end)  # "According to Rathbun the property was returned …"
        elif aa > s.tok_start + 1 and (doc.tokens[aa - 1].text == "," or (
                doc.tokens[aa - 1].text in CLOSE_Q and doc.tokens[aa - 2].text == ",")):  # ('… "remorse," according')
            rng = _strip(doc, s.start, doc.tokens[aa - 1].start)
            quoted = _attributed_quote(doc, rng)
            if quoted is not None:  # '"…", ông Motegi nói, theo thông cáo của Bộ Ngoại giao': the body reports
                rng, rel = quoted, "report"  # the quote its speaker said
        else:
            continue
        if rng[1] - rng[0] < 3:
            continue
        yield SpeechAct(s.i, aa, ae, rel, doc.span_text(aa, ae), speaker, doc.article.text[rng[0]:rng[1]],
                        rng[0], rng[1], False, conf - 0.05, rule="speech.according_to")


def _past_apposed_title(doc: Doc, ctx: Context, s, e: Span, comma: int) -> int:
    """The comma that closes a title set off after the source ``e`` ("Selon X, avocate de la famille, …"), else
    ``comma``."""
    th = next((t for t in ctx.titles_in(s.i) if t.title_start == comma + 1 and t.person.start == e.start), None)
    tb = tables(doc.article.lang)
    if th is None and comma + 1 < s.tok_end and doc.tokens[comma + 1].text.lower() in tb.affiliations:
        # "Pour le chercheur X, de l'Institut d'études de sécurité, …": past the organisation set off after him
        org = next((o for o in doc.entities if comma + 1 < o.start <= comma + 3 and o.label == "ORG"), None)
        if org is not None and org.end < s.tok_end and doc.tokens[org.end].text == ",":
            return org.end
    if th is None:
        return comma
    return next((k for k in range(th.title_end, min(s.tok_end - 1, th.title_end + 8)) if doc.tokens[k].text == ","),
                comma)


def _attributed_quote(doc: Doc, rng: tuple[int, int]) -> tuple[int, int] | None:
    """The quote of a range that is a quote and its attribution ('"…", ông X nói'), else None."""
    text = doc.article.text
    a = rng[0] + 1 if text[rng[0]:rng[0] + 1] in OPEN_Q else rng[0]  # (the range may start past the quote mark)
    if a == rng[0] and (a == 0 or text[a - 1] not in OPEN_Q):
        return None
    close = max(text.rfind(q, a, rng[1]) for q in CLOSE_Q)
    if close <= a or not text[close + 1:rng[1]].strip(" ,") or any(q in text[a:close] for q in "“«"):
        return None
    return a, close


def _titled_after(ctx: Context, s, e: Span | None) -> Span | None:
    """ "according to Paris prosecutor Laure Beccuau": the holder of a post whose body ``e`` names is the source."""
    if e is None:
        return None
    return next((th.person for th in ctx.titles_in(s.i) if th.title_start == e.end and th.person.start >= e.end),
                None)


def _apposed_name(doc: Doc, s, k: int, ents) -> Span | None:
    """ "D'après le ministre marocain des Affaires étrangères, Nasser Bourita, …", "Selon le procureur de la
    République de Lyon, Thierry Vasseur, …": the name set off by commas after the source's title is the source (not
    "According to court documents, Pennington moved …": no comma closes the name)."""
    e = ents.get(k + 1) if k + 2 < s.tok_end and doc.tokens[k].text == "," else None
    if e is None or e.start != k + 1 or e.label != "PER" or e.end >= s.tok_end or doc.tokens[e.end].text != ",":
        return None
    return e


def _according_to_pronoun(doc: Doc, ctx: Context, s, aa: int, ae: int) -> Iterator[SpeechAct]:
    """ "Selon lui, l'accord « ouvre un marché … »" at the start of a sentence: the person the pronoun means says
    the rest of it."""
    if aa != s.tok_start or ae + 1 >= s.tok_end or doc.tokens[ae + 1].text != "," or \
            doc.tokens[ae].text.lower() not in tables(doc.article.lang).according_to_pronouns:
        return
    found = _pronoun_mention(doc, ctx, ae)
    rng = _strip(doc, doc.tokens[ae + 1].end, s.end)
    if found is not None and rng[1] - rng[0] >= 3:
        yield SpeechAct(s.i, aa, ae, "say", doc.span_text(aa, ae), found[0], doc.article.text[rng[0]:rng[1]],
                        rng[0], rng[1], False, found[1] - 0.05, rule="speech.according_to")


def _possessed_body(doc: Doc, s, e: Span, ents) -> Span:
    """The body a possessive names after ``e`` ("Saudi Arabia's Civil Defense Authority"), else ``e``."""
    clitics = tables(doc.article.lang).possessive_clitics
    if e.end + 1 < s.tok_end and doc.tokens[e.end].text in clitics:
        nxt = ents.get(e.end + 1)
        if nxt is not None and nxt.start == e.end + 1 and nxt.label in ("ORG", "PER"):
            return nxt
    return e


def _is_clause(doc: Doc, s, rng: tuple[int, int]) -> bool:
    """Is the content at character range ``rng`` a quote or a clause (it has a verb)?"""
    if any(ch in OPEN_Q for ch in doc.article.text[max(s.start, rng[0] - 2):rng[0]]):
        return True
    cues = tables(doc.article.lang).all_speech_cues  # (", a rapporté Reuters" after a noun phrase is no clause)

    def reporting(k: int) -> bool:
        while k < s.tok_end and doc.tokens[k].upos == "AUX":
            k += 1
        return k < s.tok_end and (doc.tokens[k].lemma.lower() in cues or doc.tokens[k].text.lower() in cues)

    return any(t.upos in ("VERB", "AUX") and not reporting(t.i)
               for t in doc.tokens[s.tok_start:s.tok_end] if rng[0] <= t.start and t.end <= rng[1])


def _nominal_cue(doc: Doc, s, ca: int) -> bool:
    """Is the cue a noun here ("một số quan ngại", "những lời cảnh báo")?"""
    tb = tables(doc.article.lang)
    if not tb.speech_nominalisers:
        return False
    hits = find_phrases(doc, s.i, tb.speech_nominalisers, start=max(s.tok_start, ca - 2), end=ca)
    return any(b == ca for _, b, _ in hits)


def _nominal_act(doc: Doc, ctx: Context, s, ca: int, ce: int, phrase: str, ents, title_hits) -> SpeechAct | None:
    """ "một số quan ngại của Mỹ liên quan đến chuyến thăm": the owner of a nominal cue is the speaker, what the
    noun is about the content."""
    tb = tables(doc.article.lang)
    if ce + 1 >= s.tok_end or doc.tokens[ce].text.lower() not in tb.possessive or ce + 1 not in ents:
        return None
    e = ents[ce + 1]
    speaker, conf = _speaker_mention(doc, ctx, e, title_hits)
    j = e.end
    about = find_phrases(doc, s.i, tb.about, start=j, end=min(s.tok_end, j + 4))
    if not about or about[0][0] != j:
        return None
    j = about[0][1]
    end = next((t.start for t in doc.tokens[j:s.tok_end] if t.text in (",", ";")), s.end)
    a, b = _strip(doc, doc.tokens[j].start, end) if j < s.tok_end else (0, 0)
    if b - a < 3:
        return None
    return SpeechAct(s.i, ca, ce, tb.all_speech_cues[phrase], doc.span_text(ca, ce), speaker, doc.article.text[a:b],
                     a, b, False, conf - 0.15, rule="speech.nominal_cue")


def _content_ended_at(doc: Doc, act: SpeechAct, cut: int) -> SpeechAct:
    """The act with its content ending before character ``cut`` (where a second act of the same speaker begins)."""
    a, b = _strip(doc, act.content_start, cut)
    return dataclasses.replace(act, content=doc.article.text[a:b], content_start=a, content_end=b)


def _named_content_verb(doc: Doc, s, ca: int, act: SpeechAct) -> bool:
    """ "Người phát ngôn X cho biết, Việt Nam đã giao thiệp với phía Trung Quốc và yêu cầu …": a coordinated cue inside
    the last act's content, when that content is a clause a country opens after a comma or a colon, is that
    country's verb, part of what was said; not "affirme que Bamako dispose de … et réclame …" nor "khẳng định
    Campuchia luôn coi trọng … và cảm ơn Việt Nam …", where the speaker's second verb ends the content."""
    if not act.content_start < doc.tokens[ca].start < act.content_end:
        return False
    first = next((t for t in doc.tokens[s.tok_start:s.tok_end] if t.start >= act.content_start), None)
    if first is None or first.i == s.tok_start:
        return False
    before = doc.tokens[first.i - 1].text.lower()
    e = next((e for e in doc.entities if e.start == first.i), None)
    return e is not None and e.label == "GPE" and before in (",", ":")


def _end_content_before(doc: Doc, s, ca: int, acts: list[SpeechAct]) -> None:
    """The last act's content ends before the coordination that opens the cue at ``ca`` (", đồng thời", "et")."""
    k, tb = ca, tables(doc.article.lang)
    while k - 1 > s.tok_start and (doc.tokens[k - 1].upos in ("ADV", "AUX", "PART", "CCONJ") or
                                   doc.tokens[k - 1].text in (",", ";") or
                                   doc.tokens[k - 1].text.lower() in tb.coordinators or
                                   doc.tokens[k - 1].text.lower() in tb.participle_preps):  # ("tout en appelant")
        k -= 1
    cut = doc.tokens[k].start
    if acts[-1].content_start < cut < acts[-1].content_end:
        shorter = _content_ended_at(doc, acts[-1], cut)
        if shorter.content_end - shorter.content_start >= 3:
            acts[-1] = shorter


def _participle_speaker(doc: Doc, s, ca: int, acts: list[SpeechAct], ents, ctx: Context,
                        title_hits) -> tuple[Mention, float, int] | None:
    """ "X a appelé …, estimant que …", "X said …, adding that …": a participle cue after a comma was said by the
    clause's subject (the sentence's last speaker, else the name opening the sentence). The earlier act's content
    then ends at that comma."""
    tb = tables(doc.article.lang)
    word = doc.tokens[ca].text.lower()
    k = ca - 1
    while k > s.tok_start and doc.tokens[k].upos == "ADP" and doc.tokens[k].text.lower() in tb.participle_preps:
        k -= 1  # "en estimant"
    participle = tb.comma_verbs_share_subject or (tb.participle_suffixes and word.endswith(tb.participle_suffixes))
    marks = (",", ";") if tb.comma_verbs_share_subject else (",",)  # ("…; đề nghị …": a list of what X did)
    if not participle or doc.tokens[k].text not in marks or (tb.comma_verbs_share_subject and _closes_aside(doc, s, k)):
        return None  # (Vietnamese has no participle: "hoan nghênh …, khẳng định …" is the same shape)
    comma = doc.tokens[k].start
    for n in range(len(acts) - 1, -1, -1):
        act = acts[n]
        if act.content_start < comma < act.content_end:
            acts[n] = _content_ended_at(doc, act, comma)
        if act.cue_start < ca:
            return act.speaker, act.confidence - 0.05, act.cue_start
    if doc.tokens[k].text == ";":
        return _first_clause_speaker(doc, ctx, s, k, ents, title_hits)
    e = ctx.subject_person(s.i)  # (past a dateline: "ANKARA, Turkey — Turkish President X received …, calling …")
    opener = s.tok_start
    if e is None:
        e = ents.get(s.tok_start)
        if e is not None and e.end + 1 < s.tok_end and doc.tokens[e.end].text in "—–-":
            e = ents.get(e.end + 1)  # "TOKYO — Nintendo lowered …, saying …": the subject after the dateline
            opener = e.start if e is not None else opener
    if e is not None and (e.start == opener or e.label == "PER" or e.start in ctx.title_persons) and \
            (e.label in ("PER", "ORG", "GPE") or e.start != s.tok_start):
        m, conf = _speaker_mention(doc, ctx, e, title_hits)
        return m, conf - 0.1, e.end
    # "The party expelled him, saying …": an anaphor subject; "Thủ tướng ghi nhận, đánh giá cao …": a bare verb
    if e is None and (not tb.comma_verbs_share_subject or [t.i for t in doc.tokens[s.tok_start:k]
                                                           if t.upos == "VERB"] == [k - 1]):
        return _first_clause_speaker(doc, ctx, s, k, ents, title_hits)
    return None


def _first_clause_speaker(doc: Doc, ctx: Context, s, end: int, ents, title_hits) -> tuple[Mention, float, int] | None:
    """The subject of the clause before token ``end``, as the speaker of a participle or listed verb after it."""
    found = first_clause_subject(doc, ctx, s, s.tok_start, end, ents, title_hits)
    return (found[0], found[1] - 0.1, found[2]) if found is not None else None


def first_clause_subject(doc: Doc, ctx: Context, s, start: int, end: int, ents,
                         title_hits) -> tuple[Mention, float, int] | None:
    """The subject of the first verb in tokens [start, end) that has one to its left after ``start``: "Tiếp Đại sứ
    X, Chủ tịch nước chúc mừng …; đề nghị …" (the verbs listed after a semicolon, and the fronted "Tiếp X," share
    the subject of the sentence's main clause)."""
    for v in range(start, end):
        if doc.tokens[v].upos == "VERB" and v not in ents and v not in ctx.title_tokens:
            found = _left_speaker(doc, ctx, s, v, ents, title_hits, [])
            if found is not None and found[0].start >= doc.tokens[start].start:
                return found
    return None


def fronted_subject(doc: Doc, ctx: Context, s, ca: int, ents, title_hits) -> tuple[Mention, float, int] | None:
    """ "Tiếp Đại sứ Brazil X, Chủ tịch nước chúc mừng …", "Receiving X, the president said …": a verb that opens
    the sentence, with no subject of its own, has the subject of the clause after the comma that closes its phrase."""
    k = s.tok_start
    while k < ca and doc.tokens[k].upos in ("ADV", "PUNCT", "CCONJ"):
        k += 1
    comma = next((j for j in range(ca + 1, min(s.tok_end, ca + 15)) if doc.tokens[j].text == ","), None)
    if k != ca or comma is None or any(_inside_quote(doc, s, doc.tokens[j].start) for j in (ca, comma)):
        return None
    found = first_clause_subject(doc, ctx, s, comma + 1, s.tok_end, ents, title_hits)
    return (found[0], found[1] - 0.1, ca) if found is not None else None  # (its end: the verb, for what follows)


def _closes_aside(doc: Doc, s, comma: int) -> bool:
    """Does the comma at token ``comma`` close an aside in the passive or a relative clause ("X, được hãng TASS trích
    dẫn ngày 19/06, cho biết …": the verb after it is the subject's first, not a second one)?"""
    tb = tables(doc.article.lang)
    opening = next((k for k in range(comma - 1, s.tok_start - 1, -1) if doc.tokens[k].text == ","), None)
    return opening is not None and doc.tokens[opening + 1].text.lower() in tb.passive | tb.relatives


# relations whose content is a claim: "không thể xác nhận điều này" confirms (or not) what "điều này" stands for
ANAPHOR_RELATIONS = {"say", "confirm", "deny", "accuse", "warn"}


def _antecedent(doc: Doc, s, ca: int, rng: tuple[int, int], earlier: list[SpeechAct]) -> tuple[int, int] | None:
    """ "… nếu Triều Tiên gửi binh lính đến Ukraine … . Ông không thể xác nhận điều này": a content that is only an
    anaphor ("điều này", "cette information", "the reports") stands for the content of the last speech act before
    the clause, in this sentence or the one before."""
    tb = tables(doc.article.lang)
    said = doc.article.text[rng[0]:rng[1]].strip(" .,:;!?“”«»\"'").lower()
    if said not in tb.content_anaphors:
        return None
    clause = doc.tokens[_clause_start_before(doc, s, doc.tokens[ca].start)].start
    # an act whose content starts before this clause either ended before it or holds it ("Il a réaffirmé que X, mais
    # que le Pentagone … ne pas confirmer cette information": X, up to the clause)
    # "bác bỏ cáo buộc trên": an anaphor that names a kind of act ("cáo buộc", an accusation) stands for the last act
    # of that kind in this sentence or the two before, not the last act
    kind = next((tb.all_speech_cues[w] for w in (" ".join(said.split()[:n]) for n in (2, 1))
                 if w in tb.all_speech_cues), None)
    before = [a for a in earlier if a.relation == kind and a.sent >= s.i - 2 and a.content_start < clause] or \
        [a for a in earlier if a.sent in (s.i, s.i - 1) and a.content_start < clause]
    if not before:
        return None
    act = max(before, key=lambda a: a.content_start)
    a, b = _strip(doc, act.content_start, min(act.content_end, clause))
    return (a, b) if b - a >= 3 else None


def _says_concern(doc: Doc, rng: tuple[int, int]) -> bool:
    """A short content ("it was deeply concerned", "họ rất lo ngại") that is a word of concern."""
    words = tables(doc.article.lang).concern_words
    said = " " + " ".join(re.findall(r"\w+", doc.article.text[rng[0]:rng[1]].lower())) + " "
    return bool(words) and len(said.split()) <= 6 and any(f" {w} " in said for w in words)


def _judged(doc: Doc, s, ca: int, ce: int, spk_end: int, phrase: str, rng: tuple[int, int]):
    """(content, (relation, negated) or None): a content that opens with a word of concern is what the concern is
    about ("s'est dit « très préoccupé » par X": X, express_concern)."""
    judged = _relation_and_polarity(doc, s, ca, ce, spk_end, phrase, rng)
    concern = _concern_object(doc, s, rng)
    if concern is not None and judged is not None and judged[0] in ("say", "express_concern"):
        return concern, ("express_concern", judged[1])
    return rng, judged


def _names_an_event(doc: Doc, s, rng: tuple[int, int]) -> bool:
    """A content that is only a noun phrase headed by an event noun ("new sanctions against …", "sa visite")."""
    tb = tables(doc.article.lang)
    toks = _tokens_in(doc, s, rng)
    k = 0
    while k < len(toks) and toks[k].upos in ("DET", "ADJ", "NUM", "PRON"):
        k += 1
    if k >= len(toks) or toks[k].upos not in ("NOUN", "PROPN"):
        return False
    nouns = tb.nominal_cues
    return (toks[k].text.lower() in nouns or toks[k].lemma.lower() in nouns) and \
        not any(t.upos in ("VERB", "AUX") for t in toks[k + 1:k + 8])


def _concern_object(doc: Doc, s, rng: tuple[int, int]) -> tuple[int, int] | None:
    """What a content that opens with a word of concern is about: "mercredi « très préoccupé » par X" -> X, "s'est dit
    inquiet dimanche pour X" -> X."""
    tb = tables(doc.article.lang)
    toks = _tokens_in(doc, s, rng)
    for n, t in enumerate(toks[:6]):
        if t.text.lower() in tb.concern_words:
            rest = [u for u in toks[n + 1:] if u.text not in CLOSE_Q]
            rest = rest[1:] if rest and _weekday(doc, rest[0].i) else rest  # "inquiet dimanche pour X"
            if len(rest) >= 2 and rest[0].text.lower() in tb.object_of:
                return _strip(doc, rest[1].start, rng[1])
            return None
    return None


def _declined(doc: Doc, s, ca: int, ce: int) -> tuple[int, int] | None:
    """A refusal with nothing after it ("did not comment.", "n'a pas souhaité commenter."): what was declined is
    told by the words from the negation to the verb."""
    neg = tables(doc.article.lang).negators
    for k in range(ca - 1, max(s.tok_start, ca - 4) - 1, -1):
        if doc.tokens[k].text.lower() in neg or doc.tokens[k].lemma.lower() in neg:
            return doc.tokens[k].start, doc.tokens[ce - 1].end
    return None


def _asks(doc: Doc, s) -> bool:
    """A question with no quotation in it asks what someone says, it reports no saying: "Phóng viên: Xin Người
    Phát ngôn cho biết phản ứng của Việt Nam …?", "Will the minister confirm the deal?"."""
    text = doc.article.text[s.start:s.end].rstrip()
    return text.endswith("?") and not any(q in text for q in "“”«»\"„")  # (an apostrophe is no quotation)


def find_speech(doc: Doc, ctx: Context) -> Iterator[SpeechAct]:
    """The article's speech acts, sentence by sentence (attribution phrases first, then each cue's act)."""
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    acts: list[SpeechAct] = []
    older: list[SpeechAct] = []
    for s in doc.sentences:
        if _asks(doc, s):
            acts, older = [], acts
            continue
        title_hits = find_phrases(doc, s.i, tb.titles)
        yield from _according_to(doc, ctx, s, ents, title_hits)
        # the acts of the sentence before: an anaphoric content looks no further back (two sentences back for an
        # anaphor that names the kind of act: "bác bỏ cáo buộc trên")
        acts, older = _sentence_acts(doc, ctx, s, ents, title_hits, prev=acts, older=older), acts
        yield from acts


def _sentence_acts(doc: Doc, ctx: Context, s, ents, title_hits, prev: list[SpeechAct],
                   older: list[SpeechAct] = ()) -> list[SpeechAct]:
    """The speech acts of the cues of one sentence: for each cue, its speaker, its content, its relation and
    polarity; a fronted speech clause goes to the next speaker found."""
    tb = tables(doc.article.lang)
    cues = find_phrases(doc, s.i, tb.all_speech_cues, use_lemma=tb.cues_on_lemmas)
    acts: list[SpeechAct] = []
    prev_speaker = None
    fronted: list[tuple[int, int, str]] = []
    for ca, ce, phrase in cues:
        if _not_a_speech_cue(doc, ctx, s, ca, ce, phrase, cues) or (
                phrase not in tb.label_cues and _object_relative(doc, s, ca)):
            continue
        if _nominal_cue(doc, s, ca):
            nominal = _nominal_act(doc, ctx, s, ca, ce, phrase, ents, title_hits)
            if nominal is not None:
                acts.append(nominal)
            continue
        found, inverted, rule = _cue_speaker(doc, ctx, s, ca, ce, ents, title_hits, cues, prev_speaker, acts)
        if found is None:
            if _is_fronted(doc, s, ca, ce):
                fronted.append((ca, ce, phrase))
            continue
        speaker, conf, spk_end = found
        rng, rule = _act_content(doc, ctx, s, ca, ce, phrase, speaker, inverted, cues, rule)
        if rng is None:
            continue
        rng = _quote_after_colon_too(doc, s, rng)
        if not inverted and phrase in tb.light_verbs and _names_an_event(doc, s, rng):
            continue  # "Washington announced new sanctions against …": an event, told by the interaction rules
        if tb.all_speech_cues[phrase] in ANAPHOR_RELATIONS:
            rng = _antecedent(doc, s, ca, rng, [*older, *prev, *acts]) or rng
        if tb.all_speech_cues[phrase] in ("decline_comment", "deny", "confirm"):  # ("confirmed the dates at …")
            rng = _topic_only(doc, s, rng, tb.all_speech_cues[phrase] != "decline_comment")
        rng, judged = _judged(doc, s, ca, ce, spk_end, phrase, rng)
        prev_speaker = found
        ctx.note_speaker(ca, s.i, speaker)
        if judged is None:
            continue
        relation, negated = judged
        quoted = any(ch in OPEN_Q for ch in doc.article.text[max(s.start, rng[0] - 2):rng[0]])
        speakers, rng = _speakers(doc, ctx, s, (speaker, spk_end, inverted), ca, ce, rng, ents, prev + acts)
        for spk in speakers:
            acts.append(SpeechAct(s.i, ca, ce, relation, doc.span_text(ca, ce), spk,
                                  doc.article.text[rng[0]:rng[1]], rng[0], rng[1], negated,
                                  min(0.95, conf + (0.05 if quoted else 0.0)), rule=rule))
        acts += _fronted_acts(doc, s, [f for f in fronted if ca > f[1]], speaker, conf)
        fronted = []
    return acts


def _speakers(doc: Doc, ctx: Context, s, found: tuple, ca: int, ce: int, rng: tuple[int, int], ents,
              earlier: list[SpeechAct]) -> tuple[list[Mention], tuple[int, int]]:
    """Who said it, and what: the speaker found, with the names coordinated before and after it ("la France,
    l'Allemagne et le Royaume-Uni ont appelé"), the two of a pair anaphor, and the person through whose voice the
    subject spoke (what was said then starts after that name)."""
    speaker, spk_end, inverted = found
    speakers = [speaker] if speaker.kind != "pair" else (_pair_speakers(earlier, s.i) or _titled_pair(doc, ctx, s.i))
    if speaker.kind == "name" and spk_end - 1 in ents:
        speakers = [span_mention(doc, e) for e in conjoined_before(doc, ents[spk_end - 1], ents,
                                                                   ctx.title_tokens)] + speakers
        if not inverted:
            speakers += [span_mention(doc, e) for e in conjoined_after(doc, ents[spk_end - 1], ents, ca)]
    # the subject speaks through the voice named with it: both said it ("La Russie a salué par la voix de sa
    # porte-parole, X, « … »", "Le Kremlin, par la voix de son porte-parole X, a déclaré …")
    voice = _voice_of(doc, s, ce, ents)
    if voice is not None and doc.tokens[voice.end - 1].end < rng[1]:
        return speakers + [span_mention(doc, voice)], _strip(doc, max(rng[0], doc.tokens[voice.end - 1].end), rng[1])
    tail = next((a for a, _, _ in find_phrases(doc, s.i, tables(doc.article.lang).voice_of, start=ce)
                 if doc.tokens[a - 1].text == "," and rng[0] < doc.tokens[a].start < rng[1]), None)
    voice = _voice_of(doc, s, tail, ents) if tail is not None else None
    if voice is not None:  # "Le Kremlin a jugé « inacceptable » …, par la voix de son porte-parole X."
        return speakers + [span_mention(doc, voice)], _strip(doc, rng[0], doc.tokens[tail - 1].start)
    if not inverted and spk_end < ca:
        aside = next((a for a in range(spk_end, ca) if doc.tokens[a].text == ","), None)
        voice = _voice_of(doc, s, aside + 1, ents) if aside is not None else None
        if voice is not None and voice.end <= ca:
            return speakers + [span_mention(doc, voice)], rng
    return speakers, rng


def _voice_of(doc: Doc, s, ce: int, ents) -> Span | None:
    """ "La Russie a salué par la voix de sa porte-parole, Maria Zakharova, « … »": the person named after a voice
    phrase right after the cue speaks (for the subject); what was said comes after the name."""
    hits = find_phrases(doc, s.i, tables(doc.article.lang).voice_of, start=ce, end=min(s.tok_end, ce + 4))
    if not hits or hits[0][0] != ce:
        return None
    for k in range(hits[0][1], min(s.tok_end, hits[0][1] + 10)):
        e = ents.get(k)
        if e is not None and e.start == k and e.label == "PER":
            return e
    return None


def _titled_pair(doc: Doc, ctx: Context, sent: int, window: int = 4) -> list[Mention]:
    """ "Le président X a reçu son homologue Y … Les deux dirigeants se sont dits préoccupés …": with no pair of
    speakers before, the two people the text gave a post in this sentence or the ``window`` before it, when there
    are exactly two."""
    people: dict[str, TitleHit] = {}
    for th in (th for i in range(max(0, sent - window), sent + 1) for th in ctx.titles_in(i)):
        people.setdefault((th.person.kb or th.person.text).split()[-1], th)  # ("le président Faye", known or not)
    if len(people) != 2:
        return []
    return [span_mention(doc, th.person, "PER") for th in people.values()]


def _pair_speakers(earlier: list[SpeechAct], sent: int) -> list[Mention]:
    """The two who spoke together last ("Lula and Petro called on …. The two leaders said …"): the speakers of one
    cue in this sentence or the one before, when there are exactly two; else no one."""
    groups: dict[tuple[int, int], list[Mention]] = {}
    for a in earlier:
        if a.sent in (sent, sent - 1) and a.speaker.kind == "name":
            groups.setdefault((a.sent, a.cue_start), []).append(a.speaker)
    pairs = [g for _, g in sorted(groups.items()) if len({m.key or m.text for m in g}) == 2]
    return pairs[-1] if pairs else []


def _nickname_cue(doc: Doc, ctx: Context, ca: int, ce: int) -> bool:
    """The cue is a nickname marker between a person and the name kg.nlp.entities gave that person's key."""
    if doc.span_text(ca, ce).lower() not in tables(doc.article.lang).nickname_markers:
        return False
    after = next((e for k in (ce, ce + 1) for e in [ctx.entity_at(k)] if e is not None and e.start == k), None)
    before = next((e for k in (ca - 1, ca - 2) for e in [ctx.entity_at(k)]
                   if e is not None and e.end == k + 1 and e.label == "PER"), None)
    return after is not None and before is not None and after.kb is not None and after.kb in (before.kb, before.text)


def _not_a_speech_cue(doc: Doc, ctx: Context, s, ca: int, ce: int, phrase: str, cues) -> bool:
    """A cue word that says nothing here: not a verb (lemma-matched languages), inside a title, passive, followed by
    a word that makes it another verb ("condamné à cinq ans"), what a claim noun says ("thông tin cho rằng …"), or
    the object of the cue before it ("bác bỏ yêu cầu")."""
    tb = tables(doc.article.lang)
    if tb.cues_on_lemmas and not any(doc.tokens[k].upos in ("VERB", "AUX") for k in range(ca, ce)):
        return True
    if _nickname_cue(doc, ctx, ca, ce):
        return True  # "Jimmy Chérizier, dit « Barbecue »": the name he goes by
    if ca in ctx.title_tokens or (is_passive(doc, s, ca, ce) and tb.all_speech_cues[phrase] != "express_concern"):
        return True  # ("nous sommes préoccupés par …": concern is said in the passive)
    if ca > s.tok_start and doc.tokens[ca - 1].text == "," and ce == ca + 1 and ce < s.tok_end and \
            doc.tokens[ce].upos == "ADP" and tb.past_participle_suffixes and \
            doc.tokens[ca].text.lower().endswith(tb.past_participle_suffixes) and \
            not any(t.text.lower() in tb.complementizers for t in doc.tokens[ce:min(ce + 4, s.tok_end)]) and \
            not _aside_after_auxiliary(doc, s, ca - 1):
        return True  # "le coût du projet, estimé à 20 milliards": a participle qualifying the noun before it
        # (not "The mayor, Sadiq Khan, announced on Tuesday that …": a clause follows)
        # (not "The FBI, which …, declined to comment on …": a cue of several words is a verb)
    w = ca - 2 if ca - 2 >= s.tok_start and doc.tokens[ca - 1].upos == "PRON" else ca - 1  # (past a clitic)
    if blocked(doc, s, ce, tb.cue_blockers.get(phrase, ())) or (
            w >= s.tok_start and doc.tokens[w].text.lower() in tb.without and phrase not in tb.negated_cues):
        return True  # "condamné à …", "trả lời phỏng vấn", "répond à nos questions"; "sans (en) préciser si …"
    if _quoted_cue(doc, s, ca, cues):
        return True
    if tb.claim_nouns and any(b == ca for _, b, _ in find_phrases(doc, s.i, tb.claim_nouns,
                                                                  start=max(s.tok_start, ca - 3), end=ca)):
        return True
    # the object of the cue before it ("bác bỏ yêu cầu"); "se sont dits préoccupés": the concern is what the verb
    # before says
    return (not tb.cues_on_lemmas or tb.all_speech_cues[phrase] == "express_concern") and \
        any(e2 == ca for _, e2, _ in cues)


def _aside_after_auxiliary(doc: Doc, s, comma: int) -> bool:
    """Does the comma at ``comma`` close a short aside that follows an auxiliary ("Le chef de l'État a, pour sa
    part, appelé à …": the participle after it is the verb's own, not one qualifying a noun)?"""
    j = next((k for k in range(comma - 1, max(s.tok_start, comma - 6), -1) if doc.tokens[k].text == ","), None)
    return j is not None and j > s.tok_start and doc.tokens[j - 1].upos in ("AUX", "VERB")


def _quote_after_colon_too(doc: Doc, s, rng: tuple[int, int]) -> tuple[int, int]:
    """ "s'est dit « sous le choc » : « Toute une vallée dépend de cette usine. »": a content that ends at a quote
    the sentence follows with a colon and another quote, to its end, goes on through that quote."""
    text = doc.article.text
    rest = text[rng[1]:s.end]
    m = re.match(r"\s*[»”\"]\s*:\s*[«“\"]", rest)
    if m is None or rest.rstrip()[-1:] not in CLOSE_Q + ".!?":
        return rng
    return _strip(doc, rng[0], s.end)


def _quoted_cue(doc: Doc, s, ca: int, cues) -> bool:
    """ "“Teachers told us that …,” Marsh said": a cue inside a quotation that a cue after the quotation attributes
    is part of what the quoted speaker said, not an act of its own."""
    start = doc.tokens[ca].start - s.start
    quote = next(((qa, qb) for qa, qb in _quotes(doc, s) if qa <= start < qb), None)
    if quote is None:
        return False
    return any(doc.tokens[a].start - s.start > quote[1] and not _inside_quote(doc, s, doc.tokens[a].start)
               for a, _, _ in cues)


def _cue_speaker(doc: Doc, ctx: Context, s, ca: int, ce: int, ents, title_hits, cues, prev_speaker,
                 acts: list[SpeechAct]):
    """(speaker found, whether after the cue, the rule that found it) for the cue at [ca, ce): a participle clause's
    speaker, a name right after an inverted cue, the subject before the cue, else any speaker after it."""
    if _document_after_inverted_cue(doc, s, ca, ce):
        return None, False, "speech.subject"  # "…, indique le communiqué, sans préciser …": no one named spoke
    found = _participle_speaker(doc, s, ca, acts, ents, ctx, title_hits)
    inverted, rule = False, "speech.participle_speaker"
    if found is None and _name_after_inverted_cue(doc, s, ca, ce, ents):
        found = _inverted_speaker(doc, ctx, s, ca, ce, ents, title_hits)  # "…, a rapporté Reuters."
        inverted, rule = found is not None, "speech.inverted_speaker"
    if found is None:
        # "a convoqué l'ambassadeur pour exiger …": who asks in a purpose clause is the main verb's subject
        phrase = next((p for a, b, p in cues if (a, b) == (ca, ce)), "")
        purpose = tables(doc.article.lang).all_speech_cues.get(phrase) in ("request", "urge")
        found = find_subject(doc, ctx, s, ca, ce, ents, title_hits, cues, prev_speaker, purpose=purpose) or (
            _directive_signer(doc, ctx, s, ca, ents, title_hits, cues) if purpose else None)
        rule = "speech.subject"
        if found is not None and found is prev_speaker and acts:
            if _named_content_verb(doc, s, ca, acts[-1]):
                return None, False, rule  # "cho biết, Việt Nam đã giao thiệp … và yêu cầu …": Vietnam's, inside
            _end_content_before(doc, s, ca, acts)  # "bác bỏ …, đồng thời khẳng định …": two acts
            rule = "speech.shared_subject"
    if found is None and ca > s.tok_start:
        inv = _inverted_speaker(doc, ctx, s, ca, ce, ents, title_hits)
        if inv is not None:
            found, inverted, rule = inv, True, "speech.inverted_speaker"
    if found is None:
        found = _narrative_speaker(doc, ctx, s, ca)
        rule = "speech.narrative_infinitive" if found else rule
    return found, inverted, rule


def _directive_signer(doc: Doc, ctx: Context, s, ca: int, ents, title_hits, cues) -> tuple | None:
    """ "Chủ tịch UBND tỉnh X đã ký công điện yêu cầu …": a request right after a directive noun
    (``[speech] directive_nouns``) that a verb takes as object is that verb's subject's."""
    tb = tables(doc.article.lang)
    dn = next((a for a, b, _ in find_phrases(doc, s.i, tb.directive_nouns, start=max(s.tok_start, ca - 3), end=ca)
               if b == ca), None)
    if dn is None or dn - 1 < s.tok_start or doc.tokens[dn - 1].upos != "VERB":
        return None
    return find_subject(doc, ctx, s, dn - 1, dn, ents, title_hits, cues)


def _narrative_speaker(doc: Doc, ctx: Context, s, ca: int) -> tuple[Mention, float, int] | None:
    """ "Et d'ajouter que …": a sentence that opens with the language's narrative opener and a cue goes on with the
    words of the last speaker (of this sentence or the two before)."""
    opener = doc.article.text[s.start:doc.tokens[ca].start].strip().lower()
    opener = opener.replace(" '", "'").replace("' ", "'")
    if not opener or opener not in tables(doc.article.lang).narrative_openers:
        return None
    name = ctx.last_speaker_before(ca, s.i, max_gap=2)
    if name is None:
        return None
    t = doc.tokens[ca]
    return Mention(opener, s.start, t.start, "PER", "pronoun", name), 0.6, ca


def _cue_content(doc: Doc, ctx: Context, s, ca: int, ce: int, phrase: str, speaker: Mention, inverted: bool,
                 cues) -> tuple[int, int] | None:
    """The character range of what the cue at [ca, ce) says: the quote just before the speaker, what follows the
    cue, or what comes before the speaker."""
    tb = tables(doc.article.lang)
    rng = None if inverted else _quote_after_colon(doc, s, ce)
    if rng is not None:
        return rng
    if not inverted:
        # '"…", ông X nói với các phóng viên' / '« … », a déclaré M. X devant …': the quote is the content
        # unless the verb goes on with a clause of its own
        titled = next((doc.tokens[th.title_start].start for th in ctx.titles_in(s.i) if
                       th.person.char_start == speaker.start and th.title_end <= th.person.start), speaker.start)
        # ('"…," Health Minister X told …': the quote closes before the speaker's title)
        before = _quote_just_before(doc, s, min(titled, doc.tokens[ca].start))
        nxt = doc.tokens[ce].text.lower() if ce < s.tok_end else ""
        if before is not None and any(before[1] <= doc.tokens[a2].start and a2 < ca for a2, _, _ in cues):
            before = None  # "« … », a déclaré X, qui a appelé à …": the quote is the first verb's
        if before is not None and _words_before_quote(doc, s, before[0]):
            before = None  # "X triệu tập …, yêu cầu Tokyo "…", Tân Hoa xã đưa tin": the quote ends a longer clause
        if before is not None and nxt not in tb.complementizers and nxt not in OPEN_Q:
            rng = before
        else:
            # what is urged or asked is a verb phrase: "kêu gọi hai bên kiềm chế và giải quyết …" keeps both
            rng = _content_after(doc, s, ce, np_cut=tb.all_speech_cues[phrase] not in ("urge", "request"))
            if rng is not None and find_phrases(doc, s.i, tb.citing, start=ce, end=ce + 2):
                rng = None  # "…, AFP reports citing the presidency": what stands before was reported
            if rng is not None and ce + 1 < s.tok_end and doc.tokens[ce].text == "," and _participle(doc, ce + 1):
                rng = None  # "…, the ministry said, leaving 100,000 households without power": said before
            adverbial = rng is not None and _only_adverbial(doc, s, rng)
            short = rng is not None and len(doc.article.text[rng[0]:rng[1]].split()) <= 4  # ("tại phiên họp")
            if (adverbial or short) and _where_and_when(doc, s, ce, rng, phrase):
                rng = None
            elif rng is not None:
                aside = adverbial or _aside_after(doc, ctx, s, ce, speaker)
                earlier = _content_before(doc, s, _np_start(doc, ctx, s, speaker)) if short or aside else None
                if earlier is not None and short and _when_only(doc, s, rng):
                    rng = None  # "Inflation slowed to 2.1%, Statistics Canada said last month."
                elif earlier is not None and aside and not _fronted_adverbial(doc, s, earlier):
                    rng = None  # "Israel and Hamas have agreed …, Qatar's Prime Minister X said on Wednesday"
                    # (not "Après une fusillade …, X demande des renforts": what stands before is when, not what)
    if rng is None:
        verb = ca
        while verb - 1 > s.tok_start and doc.tokens[verb - 1].upos == "AUX":
            verb -= 1  # "…, a indiqué l'Élysée": the content ends before the auxiliary
        spk_start_char = _np_start(doc, ctx, s, speaker) if not inverted else doc.tokens[verb].start
        rng = _content_before(doc, s, min(spk_start_char, doc.tokens[ca].start))
    return rng


def _act_content(doc: Doc, ctx: Context, s, ca: int, ce: int, phrase: str, speaker: Mention, inverted: bool, cues,
                 rule: str) -> tuple[tuple[int, int] | None, str]:
    """(what the cue at [ca, ce) says, the rule that read it): the name a thing was given ("a qualifié l'accord de «
    mascarade »"), else the content, else what a refusal was about; None where a cue that needs a clause has none."""
    tb = tables(doc.article.lang)
    if phrase in tb.label_cues:
        rng, rule = _label_content(doc, s, ce, tb.label_cues[phrase]), "speech.label"
        return rng, rule
    rng = _interrupted_clause(doc, s, ca, ce, speaker) or _echoed(doc, s, ca) or \
        _cue_content(doc, ctx, s, ca, ce, phrase, speaker, inverted, cues)
    if rng is None and phrase in tb.negated_cues:
        rng, rule = _declined(doc, s, ca, ce), "speech.declined"  # "China's Commerce Ministry did not comment."
    if tb.all_speech_cues[phrase] == "decline_comment" and (rng is None and (
            ce >= s.tok_end - 1 or doc.tokens[ce].upos in ("PUNCT", "CCONJ")) or rng and _when_only(doc, s, rng)):
        # "TikTok declined to comment.", "Ortiz declined to comment, but said …", "a refusé de commenter dimanche"
        rng, rule = (doc.tokens[ca].start, doc.tokens[ce - 1].end), "speech.declined"
    if rng is not None and phrase in tb.clause_cues and rule != "speech.declined" and not _is_clause(doc, s, rng):
        rng = None  # ("added second-half goals": "add" says something only with a clause or a quote)
    if rule == "speech.declined":
        rng = _asked_topic(doc, s, ca) or rng  # "Asked about the refereeing, he declined to comment."
    return rng, rule


def _asked_topic(doc: Doc, s, ca: int) -> tuple[int, int] | None:
    """What the sentence's opener asked about (``[speech] asked_openers``), up to its comma, before the cue."""
    opener = next((b for a, b, _ in find_phrases(doc, s.i, tables(doc.article.lang).asked_openers,
                                                 end=min(ca, s.tok_start + 4)) if a == s.tok_start), None)
    comma = next((k for k in range(opener, ca) if doc.tokens[k].text == ","), None) if opener is not None else None
    return _strip(doc, doc.tokens[opener].start, doc.tokens[comma].start) if comma is not None else None


def _interrupted_clause(doc: Doc, s, ca: int, ce: int, speaker: Mention) -> tuple[int, int] | None:
    """ "Institutional recipients, said Mauer, are required to …", "The deal, he said, was done": an attribution set
    off by commas inside a clause says the whole clause (its subject before, its verb after)."""
    toks = doc.tokens[s.tok_start:s.tok_end]
    spk = [t.i for t in toks if speaker.start <= t.start < speaker.end]
    if not spk or doc.article.text[s.start:s.end].lstrip()[:1] in OPEN_Q:
        return None
    a, b = min(ca, spk[0]), max(ce, spk[-1] + 1)
    if a - 1 <= s.tok_start or b >= s.tok_end - 1 or doc.tokens[a - 1].text != "," or doc.tokens[b].text != ",":
        return None
    before, after = doc.tokens[s.tok_start:a - 1], doc.tokens[b + 1:s.tok_end]
    if before[0].upos in ("ADP", "SCONJ", "ADV") or after[0].text in OPEN_Q:
        return None  # ("After the match, X said, "…"": an adverbial before, the quote after)
    if _participle(doc, after[0].i):
        return None  # ("…, the ministry said, leaving 100,000 households without power": the clause has ended)
    if any(t.upos in ("VERB", "AUX") or t.text == "," or t.text in OPEN_Q for t in before) or \
            not any(t.upos in ("VERB", "AUX") for t in after):
        return None
    return _strip(doc, s.start, s.end)


def _object_relative(doc: Doc, s, ca: int) -> bool:
    """Is the cue at ``ca`` the verb of a relative clause whose object is the name before it ("Donald Trump, qu'il a
    proposé pour le prix Nobel", "the plan, which she proposed in May")? What it says is that name, no content."""
    tb = tables(doc.article.lang)
    k = ca - 1
    while k > s.tok_start and doc.tokens[k].upos in ("AUX", "ADV", "PART"):
        k -= 1
    if k - 2 < s.tok_start or doc.tokens[k].upos != "PRON":
        return False
    rel = doc.tokens[k - 1].text.lower()
    return (rel in tb.complementizers or rel in tb.relatives) and doc.tokens[k - 2].text == ","


def _quoted_after(doc: Doc, s, j: int) -> tuple[int, int] | None:
    """The words inside a quote that opens at token ``j`` and closes in the sentence ("là \"bước đi đầu tiên\" giữa
    hai nước": the name given ends with the quote, whatever follows it)."""
    if j >= s.tok_end or doc.tokens[j].text not in OPEN_Q:
        return None
    close = next((k for k in range(j + 1, s.tok_end) if doc.tokens[k].text in CLOSE_Q), None)
    return (doc.tokens[j + 1].start, doc.tokens[close - 1].end) if close is not None and close > j + 1 else None


def _noun_before_subject(doc: Doc, s, ca: int) -> bool:
    """Does a common noun stand right before the name or pronoun that is the subject of the cue at ``ca`` ("a move
    Mayor Angela Brooks called …"; not "what he called …")?"""
    j = ca - 1
    while j > s.tok_start and (doc.tokens[j].upos == "PROPN" or doc.tokens[j].text.istitle()):
        j -= 1
    if j == ca - 1 and doc.tokens[j].upos == "PRON":
        j -= 1
    return s.tok_start <= j < ca - 1 and doc.tokens[j].upos == "NOUN" and doc.tokens[j].text.islower()


def _label_content(doc: Doc, s, ce: int, word: str) -> tuple[int, int] | None:
    """What a thing was called: the words after ``word`` past the object of the cue ending at ``ce`` ("a qualifié
    l'accord de « mascarade »" -> "mascarade", "described the meeting as 'difficult'"); None when no such word
    follows the object before another verb."""
    if ce - 3 >= s.tok_start and doc.tokens[ce - 2].upos == "PRON" and doc.tokens[ce - 3].upos == "PRON":
        return None  # "… by what he described as a campaign …": the outer verb's act holds it
    # "mô tả việc Mỹ gia hạn trừng phạt … là "…"": an object made a noun by a nominaliser holds verbs of its own
    nominal = ce < s.tok_end and doc.tokens[ce].text.lower() in tables(doc.article.lang).nominalisers
    for k in range(ce, min(s.tok_end - 1, ce + (14 if nominal else 8))):
        t = doc.tokens[k]
        low = t.text.lower()
        if doc.tokens[k + 1].text in ("'", "’") and doc.tokens[k + 1].start == t.end:
            low, k = low + doc.tokens[k + 1].text, k + 1  # "d" "'" before a quote mark: one elided word
        if not word and t.text in OPEN_Q:  # 'calling it "a step toward …"': a cue with no label word takes a quote
            rng = _quoted_after(doc, s, k)  # (after an object; or, a few words, a noun before the subject: 'a move X
            short = rng is not None and len(doc.article.text[rng[0]:rng[1]].split()) <= 5
            return rng if k > ce or (short and _noun_before_subject(doc, s, ce - 1)) else None
            # called "painful but unavoidable"', not 'blaming what he called "…"' nor 'He called "…" a long sentence')
        same = bool(word) and (low == word or (low[-1:] in "'’" and len(low) == len(word) and
                                              word.startswith(low[:-1])))  # "d'"
        if not same and ((t.upos in ("VERB", "AUX") and not nominal) or t.text in (",", ";", ":")):
            return None  # (the word itself may be tagged a verb: "gọi văn kiện là …")
        if same:  # ("ce qu'il a qualifié de transfert …": the object before the cue)
            rng = _quoted_after(doc, s, k + 1) or _content_after(doc, s, k + 1)
            # a name given is short: a long stretch is a quote or a clause this reading cut wrongly
            return rng if rng is not None and len(doc.article.text[rng[0]:rng[1]].split()) <= 12 else None
    return None


def _quote_after_colon(doc: Doc, s, ce: int, most: int = 4) -> tuple[int, int] | None:
    """ "Trả lời câu hỏi của phóng viên, ông X nêu rõ:" and the quote as the next paragraph: a cue that ends its
    sentence with a colon (or a preposition) says the quote that opens the next sentence, to its closing mark (over a
    few sentences)."""
    rest = doc.tokens[ce:s.tok_end]  # ":", or a preposition the quote completes ("Lavrov a insisté sur" + "« … »")
    if not rest or len(rest) > 2 or not all(t.text == ":" or t.upos == "ADP" for t in rest) or \
            s.i + 1 >= len(doc.sentences):
        return None
    text, nxt = doc.article.text, doc.sentences[s.i + 1]
    a = nxt.start
    if text[a:a + 1] not in OPEN_Q and rest[-1].text == ":" and "\n" in text[s.end:a]:
        return _block_quote(doc, s.i + 1, most)  # a live blog's "X said:" and the words set off as a paragraph
    if text[a:a + 1] not in OPEN_Q or not text[s.end:a].strip() == "":
        return None
    last = doc.sentences[min(len(doc.sentences), s.i + 1 + most) - 1].end
    for b in range(a + 1, last):
        if text[b] in CLOSE_Q and text[b] != "'" and (b + 1 == len(text) or not text[b + 1].isalnum()):
            return _strip(doc, a + 1, b)
        if text[b] in OPEN_Q and text[b] not in CLOSE_Q:
            return None
    return None


def _block_quote(doc: Doc, first: int, most: int) -> tuple[int, int] | None:
    """The paragraph that opens at sentence ``first`` (over ``most`` sentences at most), as words set off without
    quote marks: five words or more, ending with a full stop, not a subhead."""
    text = doc.article.text
    last = first
    while last + 1 < min(len(doc.sentences), first + most) and \
            "\n" not in text[doc.sentences[last].end:doc.sentences[last + 1].start]:
        last += 1
    a, b = doc.sentences[first].start, doc.sentences[last].end
    para = text[a:b].strip()
    if len(para.split()) < 5 or para[-1:] not in ".!?":
        return None
    return _strip(doc, a, b)


def _topic_only(doc: Doc, s, rng: tuple[int, int], denied: bool = False) -> tuple[int, int]:
    """What was not commented on is a topic: "declined to comment on the dispute when asked by reporters" ends
    before the clause that opens at a boundary word ("when", "lorsque", "khi"), comma or not. With ``denied``, only
    where and when a thing denied (a noun phrase, no clause) was denied are cut ("rejected the criticism at a
    regular briefing in Beijing")."""
    tb = tables(doc.article.lang)
    for aa, _, _ in find_phrases(doc, s.i, tb.boundaries) if not denied else ():
        if rng[0] < doc.tokens[aa].start < rng[1] and not _inside_quote(doc, s, doc.tokens[aa].start) and \
                doc.tokens[aa - 1].upos not in ("VERB", "AUX"):  # ("not respond to a request": the verb's own)
            return _strip(doc, rng[0], doc.tokens[aa].start)
    # "declined to comment on the verdict at a regular briefing on Friday": where and when it was declined (not
    # "câu hỏi về sự hiện diện của binh lính ở Liên bang Nga": a place inside the topic has no article)
    toks = _tokens_in(doc, s, rng)
    cut = next((n for n, t in enumerate(toks[2:-1], 2) if t.text.lower() in tb.place_preps and
                toks[n + 1].upos == "DET" and not _inside_quote(doc, s, t.start)), None)
    if cut is None or (denied and any(t.upos in ("VERB", "AUX") for t in toks[:cut])):
        return rng
    return _strip(doc, rng[0], toks[cut].start)


def _aside_after(doc: Doc, ctx: Context, s, ce: int, speaker: Mention) -> bool:
    """ "A convoy reached the city, the UN office said, the first aid in months": a trailing attribution after a
    clause, then a comma; what follows the comma is an aside on the clause, not what was said."""
    if tables(doc.article.lang).comma_introduces_content:
        return False  # ("ông Y cho biết, Nga sẽ …": in Vietnamese a comma after the verb opens what was said)
    k = ce  # (past a short prepositional adverbial: "…, X said on Sunday, in a blow to …")
    while ce < s.tok_end and doc.tokens[ce].upos == "ADP" and k < min(s.tok_end, ce + 4) and \
            doc.tokens[k].text != "," and doc.tokens[k].upos in ("ADP", "NOUN", "PROPN", "NUM", "DET"):
        k += 1
    if k >= s.tok_end or doc.tokens[k].text != "," or k + 1 >= s.tok_end or doc.tokens[k + 1].text in OPEN_Q:
        return False
    rng = _content_before(doc, s, _np_start(doc, ctx, s, speaker))
    if rng is None or not _is_clause(doc, s, rng):
        return False
    first = next(t for t in doc.tokens[s.tok_start:s.tok_end] if t.end > rng[0])
    return first.upos not in ("ADP", "SCONJ", "ADV")  # (a fronted adverbial clause is no content)


def _relation_and_polarity(doc: Doc, s, ca: int, ce: int, spk_end: int, phrase: str,
                           rng: tuple[int, int]) -> tuple[str, bool] | None:
    """(relation, negated) of the act, or None when the cue says nothing as used (a declining cue not negated).
    The verb's negation is looked for before it, never inside the quote or clause before it."""
    tb = tables(doc.article.lang)
    window_start = max(s.tok_start, ca - 6) if spk_end > ca else max(spk_end, ca - 6)
    for k in range(ca - 1, window_start - 1, -1):
        if doc.tokens[k].text in CLOSE_Q or doc.tokens[k].text in (",", ":", ";"):
            window_start = k + 1
            break
    negated = has_negator(doc, window_start, ca) or (
        tb.cues_on_lemmas and has_negator(doc, ce, min(ce + 1, s.tok_end)))
    relation = tb.all_speech_cues[phrase]
    if relation == "say" and _says_concern(doc, rng):
        relation = "express_concern"  # "China said it was deeply concerned"
    if negated and relation == "decline_comment" and any(w in tb.negators for w in phrase.split()):
        negated = False  # "n'a fait aucun commentaire": the cue's own negation ("ne … aucun") is the declining
    if negated and phrase in tb.negated_as:  # "chưa trả lời yêu cầu bình luận": declined, affirmatively
        relation, negated = tb.negated_as[phrase], False
    if phrase in tb.negated_cues:  # "n'a pas souhaité commenter": declining, said affirmatively
        if not negated:  # ("« … », a réagi X": a cue of both kinds, used affirmatively, says a quote)
            quoted = any(ch in OPEN_Q for ch in doc.article.text[max(s.start, rng[0] - 2):rng[0]])
            words = doc.article.text[s.start:rng[0]].split()  # ("he replied that …": a clause after "that" too;
            said = quoted or bool(words) and words[-1].lower() in tb.complementizers  # not "a réagi en convoquant")
            return (tb.speech_cues[phrase], False) if phrase in tb.speech_cues and said else None
        negated = False
    return relation, negated


def _fronted_acts(doc: Doc, s, fronted: list[tuple[int, int, str]], speaker: Mention, conf: float) -> list[SpeechAct]:
    """Fronted speech clauses ("Khẳng định ..., ông Sullivan cho biết ...") said by this clause's speaker."""
    tb = tables(doc.article.lang)
    out = []
    for fa, fe, fphrase in fronted:
        end_char = doc.tokens[_clause_start_before(doc, s, speaker.start)].start
        a, b = _strip(doc, doc.tokens[fe].start, end_char)
        if b - a >= 3:
            out.append(SpeechAct(s.i, fa, fe, tb.all_speech_cues[fphrase], doc.span_text(fa, fe), speaker,
                                 doc.article.text[a:b], a, b, has_negator(doc, fe, fe + 1), conf - 0.1,
                                 rule="speech.fronted_clause"))
    return out
