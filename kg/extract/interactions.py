"""Interactions between named parties: meet, talk, visit, sign, summon, cooperate, support, supply, deploy,
sanction — and partner_of from "X là đối tác của Y" / "X est un partenaire de Y" / "X is a partner of Y".

Forms: "A gặp B", "A hội đàm với B", "A cung cấp cho B <thing>", "A et B ont signé", "hội đàm giữa A và B",
"la coopération entre A et B". The subject is found like a speaker (parse, coordination, left scan); the object is
the next name in the clause. Supply and deploy also give the thing supplied as a text object.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.common import OPEN_Q, blocked, entity_index, find_phrases, has_negator, span_mention
from kg.extract.speech import (
    Context,
    conjoined_after,
    conjoined_before,
    coordinated_verb,
    find_subject,
    fronted_subject,
    is_passive,
)
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
    rule: str = ""  # the rule that found it (docs/QUALITY.md, per-rule precision)


def _modality(doc: Doc, a: int, b: int, s, subj_end: int | None = None) -> str:
    """conditional / possible / planned / considered from the words before the verb, else asserted. A condition
    may open the clause ("nếu X ...", "si X ..."); the other modals stand between the subject (ending at
    ``subj_end``) and the verb: "X có thể là ..., NATO sẽ hợp tác" is planned, not possible."""
    tb = tables(doc.article.lang)
    for mod in ("conditional", "considered", "possible", "planned"):
        lo = max(a, s.tok_start) if mod == "conditional" or subj_end is None else max(subj_end, s.tok_start)
        words = {doc.tokens[k].text.lower() for k in range(lo, b)} | {doc.tokens[k].lemma.lower() for k in range(lo, b)}
        text = " " + " ".join(doc.tokens[k].text.lower() for k in range(lo, b)) + " "
        for w in tb.modality.get(mod, ()):
            if w in words or f" {w} " in text:
                return mod
    return "asserted"


def _between(doc: Doc, s, ce: int, ents, title_hits=()) -> tuple[Span, Span] | None:
    """ "... giữa A và B" / "entre A et B" / "between A and B" right after the cue (a few words may stand between:
    "thỏa thuận đạt được giữa ..."); each side may carry a title ("giữa Tổng thống Nga Vladimir Putin và ...")."""
    tb = tables(doc.article.lang)
    for ba, be, _ in find_phrases(doc, s.i, tb.between, start=ce, end=min(s.tok_end, ce + 5)):
        if any(doc.tokens[k].text in CLAUSE_END or doc.tokens[k].text == "," for k in range(ce, ba)):
            return None
        a = ents[be] if be in ents else _np_last_name(doc, s, be, ents, title_hits)
        if a is None:
            continue
        k = a.end
        if k < s.tok_end and doc.tokens[k].text.lower() in tb.conjunctions:
            b = ents[k + 1] if k + 1 in ents else _np_last_name(doc, s, k + 1, ents, title_hits)
            if b is not None:
                return a, b
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
        if t.text.lower() in tb.coordinators and j + 1 < s.tok_end and \
                doc.tokens[j + 1].upos in ("VERB", "AUX", "PROPN"):
            break  # "plusieurs systèmes et pourrait envoyer": the subject's next verb; "… và Ba Lan": the next party
        j += 1
    return j


def _verb_of_thing(doc: Doc, k: int, ents, rel: str) -> bool:
    """Is token ``k``, after the noun the cue takes, a verb of that noun's own with a name right after it? (Not for
    what is sent or supplied: "gửi quân tới Belarus" goes on to the place.)"""
    return doc.tokens[k].upos == "VERB" and rel not in ("deploy", "supply", "visit") and \
        any(j in ents for j in (k + 1, k + 2)) and doc.tokens[k + 1].upos in ("VERB", "PROPN")


def _object(doc: Doc, s, ce: int, ents, subject_end: int, rel: str) -> tuple[Span | None, tuple[int, int] | None]:
    """The next name in the clause after the verb, and the text of the thing (for supply / deploy). A name after a
    place preposition ("tại", "in") is where it happened, not the other party, except for visit and deploy, whose
    object is a place."""
    tb, place_ok = tables(doc.article.lang), rel in ("visit", "deploy")
    k, obj, thing_start, thing_end = ce, None, None, None
    limit = min(s.tok_end, ce + OBJECT_WINDOW)
    while k < limit:
        t, low = doc.tokens[k], doc.tokens[k].text.lower()
        brief = ents.get(k + 2 if k + 2 < limit and doc.tokens[k + 1].upos == "DET" else k + 1)
        if brief is not None and brief.start > k and _brief_name(doc, s, brief, ce, tb):
            k = brief.end  # "a reçu l'envoyé spécial américain pour l'Afrique, Massad Boulos": the post's brief
            continue
        if low in CLAUSE_END or low in tb.complementizers or low in tb.boundaries or \
                _subordinate_clause(doc, s, k, ents) or _via(doc, s, k):
            break  # ("viện trợ lều bạt thông qua JICA": the channel, not the recipient)
        if low == "," and (_new_clause(doc, k + 1, limit) or any(a == k + 1 for a, _, _ in find_phrases(
                doc, s.i, tb.according_to, start=k + 1, end=min(s.tok_end, k + 4)))):
            break  # ", selon le quotidien X": the source; "…, và đánh giá cao … Malaysia": another verb's object
        if low in tb.place_preps and (low not in tb.object_preps or rel in SYMMETRIC) and not place_ok:
            past = _past_place(doc, k, ents, limit)
            if past is None:
                break  # ("talks in Jeddah": where, not with whom)
            k = past  # "a reçu à Paris son homologue …": where, then whom
            continue
        if k in ents and ents[k].start >= subject_end and _qualifies_noun(doc, s, k):
            break  # "hỗ trợ doanh nghiệp Việt Nam": Vietnamese businesses, not Vietnam
        if thing_start is not None and _verb_of_thing(doc, k, ents, rel):
            break  # "ủng hộ nhóm vũ trang nào chống lại Pakistan": the group's verb, and its object
        if k in ents and ents[k].start >= subject_end:
            obj = _possessed_person(doc, s, ents[k], ents) or (
                _titled_object(doc, s, ents[k], ents) if rel == "meet" else ents[k])
            if obj is None:
                break  # "đón tiếp Thủ tướng Pháp": the French prime minister, not France
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
    return obj, _thing_range(doc, s, obj, thing_start, thing_end, ents)


def _thing_range(doc: Doc, s, obj: Span | None, thing_start: int | None, thing_end: int | None,
                 ents) -> tuple[int, int] | None:
    """The tokens of the thing supplied or sent, from where it was seen to start and end around the object."""
    if obj is not None and (thing_start is None or not _thing_ok(doc, thing_start, thing_end or obj.start, ents)):
        # "cung cấp cho Seoul thông tin về ...", "a fourni à l'Ukraine plusieurs systèmes": the thing follows the
        # recipient (what stood before it was only a determiner)
        thing_start, thing_end = obj.end, _thing_end(doc, s, obj.end)
    elif thing_start is not None:
        thing_end = min(thing_end, _thing_end(doc, s, thing_start)) if thing_end else _thing_end(doc, s, thing_start)
    ok = thing_start is not None and thing_end and thing_end > thing_start and \
        _thing_ok(doc, thing_start, thing_end, ents)
    return (thing_start, thing_end) if ok else None


def _via(doc: Doc, s, k: int) -> bool:
    """Does a phrase of ``[interactions] via_preps`` ("thông qua", "through") start at token ``k``?"""
    tb = tables(doc.article.lang)
    return any(a == k for a, _, _ in find_phrases(doc, s.i, tb.via_preps, start=k, end=min(s.tok_end, k + 4)))


def _delegation_leader(doc: Doc, s, after: int, ents) -> Span | None:
    """ "tiếp đoàn Thượng nghị sĩ Hoa Kỳ do Thượng nghị sĩ X … dẫn đầu", "met a delegation led by X": the person
    leading the delegation named just after the object (or the verb: token ``after``) is the one met
    (``[interactions] led_by``)."""
    led_by = tables(doc.article.lang).led_by
    found = find_phrases(doc, s.i, led_by, start=after, end=min(s.tok_end, after + 6)) if led_by else ()
    for _, b, phrase in found:
        person = next((ents[k] for k in range(b, min(s.tok_end, b + 8)) if k in ents and (
            ents[k].label == "PER" or ents[k].kb is None and ents[k].label in ("LOC", "MISC"))), None)
        close = led_by[phrase]
        if person is None or (close and not find_phrases(doc, s.i, {close: close}, start=person.end, end=s.tok_end)):
            return None
        return person
    return None


def _subordinate_clause(doc: Doc, s, k: int, ents) -> bool:
    """A subordinator at ``k`` opening a clause with a named subject of its own ("sign … deal as Badenoch calls it
    …"): the name is that clause's, no object of the verb before."""
    return doc.tokens[k].upos == "SCONJ" and k + 1 in ents and ents[k + 1].end < s.tok_end and \
        doc.tokens[ents[k + 1].end].upos in ("VERB", "AUX")


def _new_clause(doc: Doc, k: int, limit: int) -> bool:
    """A verb right after a comma, past a conjunction or an adverb, opens another clause."""
    while k < limit and doc.tokens[k].upos in ("CCONJ", "ADV", "AUX", "PART"):
        k += 1
    return k < limit and doc.tokens[k].upos == "VERB"


def _past_place(doc: Doc, k: int, ents, limit: int) -> int | None:
    """Past the place named after the place preposition at ``k`` when the verb's object follows it ("a reçu à Paris
    son homologue"), else None."""
    place = ents.get(k + 1)
    if place is None and k + 3 < limit and doc.tokens[k + 1].upos == "DET" and doc.tokens[k + 2].upos == "NOUN":
        end = k + 3  # "a reçu à l'hôtel de ville l'ambassadeur …": a place named by a common noun (and "de X")
        if end + 1 < limit and doc.tokens[end].upos == "ADP" and doc.tokens[end + 1].upos == "NOUN":
            end += 2
        nxt = doc.tokens[end]
        return end if nxt.upos == "DET" and end + 1 < limit and (end + 1 in ents or doc.tokens[end + 1].upos ==
                                                                "NOUN") else None
    if place is None or place.start != k + 1 or place.label not in ("GPE", "LOC") or place.end >= limit:
        return None
    nxt = doc.tokens[place.end]
    return place.end if nxt.text not in (",", *CLAUSE_END) and nxt.upos in ("DET", "PRON", "NOUN", "PROPN") else None


def _party_subject(found):
    """A subject found for an interaction; "the two leaders" is left to the pair rule (interactions.pair_anaphor),
    which knows the two parties of the last encounter."""
    return None if found is not None and found[0].kind == "pair" else found


def _brief_name(doc: Doc, s, e: Span, ce: int, tb) -> bool:
    """Is ``e`` a name of no known kind after a preposition that is not the verb's (the brief of a post named before
    the holder: "l'envoyé spécial pour l'Afrique, X")?"""
    k = e.start - 1 if e.start - 1 > ce and doc.tokens[e.start - 1].upos == "DET" else e.start
    return e.label == "MISC" and e.kb is None and k - 1 > ce and doc.tokens[k - 1].upos == "ADP" and \
        doc.tokens[k - 1].text.lower() not in tb.object_preps and doc.tokens[k - 1].text.lower() not in tb.place_preps


def _titled_object(doc: Doc, s, e: Span, ents) -> Span | None:
    """A name after a title ("Thủ tướng Pháp", "le président français") is the title's body: the object is the
    person named after it, or no one the text names; otherwise the name itself."""
    tb = tables(doc.article.lang)
    at = e.start - 1 if e.start - 1 > s.tok_start and doc.tokens[e.start - 1].text.lower() in tb.possessive \
        else e.start  # "l'ambassadeur d'Algérie en France, X"
    while at - 1 > s.tok_start and doc.tokens[at - 1].text.lower() in tb.conjoined_skip:
        at -= 1  # "tiếp Đại sứ các nước Argentina, Phần Lan và Kenya": the ambassadors, not the countries
    titled = any(b == at for _, b, _ in find_phrases(doc, s.i, tb.titles, start=max(s.tok_start, at - 4), end=at))
    if not titled or e.kb is None or e.label != "GPE":
        return e  # (a name the gazetteer does not know as a country, after a title, is the person: "Thủ tướng Anwar")
    end = e.end
    host = ents.get(end + 1) if end + 1 < s.tok_end and doc.tokens[end].text.lower() in tb.host_preps else None
    if host is not None and host.start == end + 1 and host.label == "GPE":
        end = host.end  # "tiếp Đại sứ Ấn Độ tại Việt Nam Sandeep Arya": past the post's host country
    if end + 1 < s.tok_end and doc.tokens[end].text == "," and end + 1 in ents and ents[end + 1].label == "PER":
        end += 1  # the name set off by a comma after the post
    nxt = ents.get(end)
    return nxt if nxt is not None and nxt.start == end else None


def _possessed_person(doc: Doc, s, e: Span, ents) -> Span | None:
    """ "received Syria's interim president Ahmed al-Sharaa": the person a possessive names, not the possessor."""
    clitics = tables(doc.article.lang).possessive_clitics
    if e.end >= s.tok_end or doc.tokens[e.end].text not in clitics:
        return None
    for k in range(e.end + 1, min(s.tok_end, e.end + 6)):
        if k in ents:
            return ents[k] if ents[k].label == "PER" and ents[k].start == k else None
        if doc.tokens[k].upos in ("VERB", "AUX", "PUNCT", "ADP"):
            return None
    return None


def _qualifies_noun(doc: Doc, s, k: int) -> bool:
    """Does the name at ``k`` follow one of the language's modifier nouns ("doanh nghiệp", "máy bay"), with at
    most two more words between?"""
    tb = tables(doc.article.lang)
    if not tb.modifier_nouns:
        return False
    lo = max(s.tok_start, k - 4)
    return any(k - 3 <= b <= k and all(doc.tokens[j].upos in ("NOUN", "VERB", "ADJ") for j in range(b, k))
               for _, b, _ in find_phrases(doc, s.i, tb.modifier_nouns, start=lo, end=k))


def _titled_holder(doc: Doc, s, j: int, ents) -> Span | None:
    """ "met X and [U.S.] Commerce Secretary Howard Lutnick": a post (with its country or body before it) between
    the conjunction and a person names that person, not the country."""
    tb = tables(doc.article.lang)
    while j < s.tok_end and doc.tokens[j].upos == "DET":
        j += 1  # "et le ministre des Affaires étrangères, X"
    starts = {j}
    if j in ents and ents[j].start == j and ents[j].label != "PER":
        starts.add(ents[j].end)  # past the post's country or body ("U.S.")
    elif j < s.tok_end and doc.tokens[j].upos in ("ADJ", "PROPN") and doc.tokens[j].text[:1].isupper():
        starts.add(j + 1)  # past a demonym ("and Indian Prime Minister Narendra Modi")
    hit = next((b for a, b, _ in find_phrases(doc, s.i, tb.titles, start=j, end=min(s.tok_end, j + 7))
                if a in starts), None)
    if hit is not None and hit + 1 < s.tok_end and doc.tokens[hit].text == "," and hit + 1 in ents:
        hit += 1  # the name set off by a comma after its title
    holder = ents.get(hit) if hit is not None else None
    return holder if holder is not None and holder.start == hit and holder.label == "PER" else None


def _list_after(doc: Doc, s, e: Span, ents) -> list[Span]:
    """Names coordinated after ``e``: "Úc, New Zealand, Nam Hàn và Nhật Bản" -> the three after Úc."""
    tb = tables(doc.article.lang)
    out, k = [], e.end
    while k + 1 < s.tok_end:
        k = _after_gloss(doc, s, _after_amount(doc, s, k))
        sep = doc.tokens[k].text.lower()
        held = _titled_holder(doc, s, k + 1, ents) if k + 1 < s.tok_end else None
        if (sep == "," or sep in tb.conjunctions) and (held or (k + 1 in ents and ents[k + 1].start == k + 1)):
            nxt = held or ents[k + 1]
            out.append(nxt)
            k = nxt.end
            if sep in tb.conjunctions:
                break
            continue
        break
    return out if out and any(doc.tokens[j].text.lower() in tb.conjunctions
                              for j in range(max(e.end, out[-1].start - 8), out[-1].start)) else []


def _after_amount(doc: Doc, s, k: int) -> int:
    """Past an amount at ``k`` ("fined Apple 500 million euros and Meta …"), if there is one."""
    if k < s.tok_end and doc.tokens[k].upos == "NUM":
        j = k
        while j < min(s.tok_end, k + 5) and doc.tokens[j].upos in ("NUM", "NOUN", "SYM"):
            j += 1
        return j
    return k


def _after_gloss(doc: Doc, s, k: int) -> int:
    """Past a parenthetical gloss at ``k`` ("Nam Hàn (Nam Triều Tiên)"), if there is one."""
    if k < s.tok_end and doc.tokens[k].text == "(":
        j = k + 1
        while j < min(s.tok_end, k + 8) and doc.tokens[j].text != ")":
            j += 1
        if j < s.tok_end and doc.tokens[j].text == ")":
            return j + 1
    return k


def _listed_parties(doc: Doc, s, ce: int, ents) -> list[Span]:
    """ "hợp tác với các đối tác châu Á, gồm Úc, New Zealand và Nhật Bản": the parties named after a list marker."""
    tb = tables(doc.article.lang)
    for la, le, _ in find_phrases(doc, s.i, tb.list_markers, start=ce, end=min(s.tok_end, ce + OBJECT_WINDOW)):
        if any(doc.tokens[k].text in CLAUSE_END for k in range(ce, la)):
            return []
        if le in ents:
            return [ents[le], *_list_after(doc, s, ents[le], ents)]
    return []


def _holder_of_body(ctx: Context, s, obj: Span) -> Span:
    """ "met US President Joe Biden": a name that is the body of a title whose holder follows is not the party;
    the holder is."""
    for th in ctx.titles_in(s.i):
        if th.body is not None and th.body.start == obj.char_start and th.person.start > obj.start:
            return th.person
    return obj


def _act_before(doc: Doc, ctx: Context, s, ca: int) -> tuple | None:
    """The speaker of the last speech act of the sentence before token ``ca``, as a subject for a verb coordinated
    with it ("Iran denied … and summoned …")."""
    acts = [a for a in ctx.acts_in(s.i) if a.cue_end <= ca]
    if not acts:
        return None
    act = max(acts, key=lambda a: a.cue_start)
    end = next((t.i + 1 for t in doc.tokens[s.tok_start:s.tok_end] if t.end == act.speaker.end), None)
    return (act.speaker, act.confidence, end) if end is not None else None


def _pair_subject(doc: Doc, ctx: Context, e: Span, ents, title_hits) -> Span | None:
    """ "A và B ký" / "A et B ont signé": the first of two coordinated names before the verb. The second may carry
    a title with its body ("… và Thủ tướng Australia Anthony Albanese ký") or an honorific ("… và ông Albanese")."""
    tb = tables(doc.article.lang)
    k = e.start - 1
    for ta, te, _ in title_hits:  # skip a title in front of the second name
        if te == e.start:
            k = ta - 1
    for th in ctx.titles_in(doc.tokens[e.start].sent):  # … or a title and its body ("Thủ tướng Australia")
        if th.person.start == e.start and th.title_start <= k:
            k = min(k, th.title_start - 1)
    if k >= 0 and doc.tokens[k].text.lower() in tb.honorifics:
        k -= 1
    while k >= 0 and (doc.tokens[k].upos in ("DET", "ADJ") or doc.tokens[k].text.lower() in tb.possessive_pronouns):
        k -= 1  # "… and his Australian counterpart Anthony Albanese", "… et le premier ministre arménien, X"
    if k >= 0 and doc.tokens[k].text.lower() in tb.conjunctions:
        j = k - 1 if k >= 1 and doc.tokens[k - 1].text == "," and k - 2 in ents else k - 1
        return ents[j] if j in ents and j != e.start - 1 else None  # ("Ilham Aliev, et …": past the comma)
    return None


def _pair_after(doc: Doc, s, e: Span, ca: int, ents) -> Span | None:
    """ "Ilham Aliev, et le premier ministre arménien, Nikol Pachinian, ont signé": the parse makes the first of
    two coordinated names the subject; the second, after a conjunction and before the verb, is the other party."""
    tb = tables(doc.article.lang)
    conj = next((k for k in range(e.end, ca) if doc.tokens[k].text.lower() in tb.conjunctions), None)
    if conj is None or any(doc.tokens[k].upos in ("VERB", "AUX") for k in range(e.end, conj)):
        return None
    other = next((ents[k] for k in range(ca - 1, conj, -1) if k in ents and ents[k].start == k), None)  # the last
    if other is None or other.label not in ("PER", "ORG", "GPE") or \
            any(doc.tokens[k].upos == "VERB" for k in range(conj + 1, other.start)):
        return None
    return other


def _passive_interaction(doc: Doc, ctx: Context, s, ca: int, ce: int, rel: str, cue_text: str, ents,
                         title_hits) -> Interaction | None:
    """ "il a été reçu par le président X", "was summoned by the Foreign Ministry": the agent after the preposition
    is the subject, the passive verb's subject the object."""
    tb = tables(doc.article.lang)
    by = next((k for k in range(ce, min(s.tok_end, ce + 8)) if doc.tokens[k].text.lower() in tb.agent_preps), None)
    if by is None or any(t.upos in ("VERB", "AUX") or t.text == "," for t in doc.tokens[ce:by]):
        return None  # ("a été reçu lundi au Quai d'Orsay par …": when and where come before the agent)
    j = by + 1
    while j < s.tok_end and doc.tokens[j].upos == "DET":
        j += 1
    th = next((t for t in ctx.titles if t.sent == s.i and t.title_start == j), None)
    agent = th.person if th is not None else ents.get(j) if j in ents and ents[j].start == j else None
    if agent is None:
        return None
    found = _party_subject(find_subject(doc, ctx, s, ca, ce, ents, title_hits, []))
    if found is None:
        return None
    patient, conf, subj_end = found
    if (patient.start, patient.end) == (agent.char_start, agent.char_end):
        return None
    negated = has_negator(doc, max(subj_end, ca - 4), ca)
    return Interaction(s.i, ca, ce, rel, cue_text, span_mention(doc, agent, "PER" if th is not None else None),
                       patient, None, negated, _modality(doc, subj_end - 8, ca, s, subj_end), round(conf - 0.1, 3),
                       rule="interactions.passive_agent")


SYMMETRIC = {"meet", "talk", "sign", "cooperate"}


def _before_verb(doc: Doc, s, ca: int) -> int:
    """Where the verb group of the cue at ``ca`` begins: past auxiliaries, adverbs and a reflexive pronoun ("se sont
    rencontrées", "have also met")."""
    k = ca
    while k > s.tok_start and (doc.tokens[k - 1].upos in ("AUX", "ADV", "PART") or
                               doc.tokens[k - 1].text.lower() in tables(doc.article.lang).reflexives):
        k -= 1
    return k


def _demonym_group(doc: Doc, ctx: Context, s, ca: int) -> list[Mention]:
    """ "Russian and Ukrainian delegations met", "les délégations russe et ukrainienne ont signé": the countries of
    a group named by demonyms right before the verb."""
    tb = tables(doc.article.lang)
    if not tb.group_nouns or ctx.gaz is None:
        return []
    k = max(s.tok_start, _before_verb(doc, s, ca) - 1)

    def demonyms(indices) -> list[Mention]:
        out = []
        for j in indices:
            t = doc.tokens[j]
            low = t.text.lower()
            if low == "," or low in tb.conjunctions:
                continue
            key = ctx.gaz.demonym(t.text, doc.article.lang, doc)
            if key is None:
                break
            out.append(Mention(t.text, t.start, t.end, "GPE", "name", key))
        return out

    if doc.tokens[k].text.lower() in tb.group_nouns:  # "Russian and Ukrainian delegations"
        return demonyms(range(k - 1, max(s.tok_start, k - 5) - 1, -1))[::-1]
    j = k  # "les délégations russe et ukrainienne"
    while j > s.tok_start and doc.tokens[j].text.lower() not in tb.group_nouns and k - j < 4:
        j -= 1
    if doc.tokens[j].text.lower() in tb.group_nouns:
        found = demonyms(range(j + 1, k + 1))
        return found if len(found) == sum(1 for i in range(j + 1, k + 1) if doc.tokens[i].text != "," and
                                          doc.tokens[i].text.lower() not in tb.conjunctions) else []
    return []


def _pair_anaphor(doc: Doc, s, ca: int, earlier: list[Interaction]) -> tuple[Mention, Mention] | None:
    """The two named parties of the last encounter (meet, talk, sign …) in this or the four sentences before, when
    the verb's subject is "hai bên" / "les deux hommes" / "the two leaders"."""
    tb = tables(doc.article.lang)
    if not tb.pair_anaphors:
        return None
    k = _before_verb(doc, s, ca)
    while k - 1 > s.tok_start and (doc.tokens[k - 1].text.lower() in tb.control_verbs or
                                   doc.tokens[k - 1].lemma.lower() in tb.control_verbs):
        k = _before_verb(doc, s, k - 1)  # "Hai bên nhất trí tăng cường hợp tác", "the two sides agreed to cooperate"
    if not any(b == k for _, b, _ in find_phrases(doc, s.i, tb.pair_anaphors, start=max(s.tok_start, k - 5), end=k)):
        return None
    before = [it for it in earlier if it.relation in SYMMETRIC and it.object is not None and
              s.i - 4 <= it.sent and it.cue_start < ca]  # (a photo caption may stand in between)
    if not before:
        return None
    it = max(before, key=lambda it: it.cue_start)
    return it.subject, it.object


def find_interactions(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    for it in _find_interactions(doc, ctx):
        ctx.encounters.append(it)
        yield it


def _find_interactions(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    for s in doc.sentences:
        title_hits = find_phrases(doc, s.i, tb.titles)
        prev = None  # the last subject found in the sentence, for a coordinated verb ("Iran denied … and summoned")
        for ca, ce, phrase in find_phrases(doc, s.i, tb.interactions, use_lemma=tb.cues_on_lemmas):
            prev = yield from _cue_interactions(doc, ctx, s, ca, ce, phrase, ents, title_hits, prev)


def _modifies_title(doc: Doc, s, ca: int, ce: int, title_hits) -> bool:
    """ "X and visiting Philippine President Y agreed …": a participle after a determiner or a conjunction, right
    before a title (past a demonym), qualifies the title's holder; it is no verb of the sentence."""
    return ca > s.tok_start and doc.tokens[ca - 1].upos in ("DET", "CCONJ") and \
        any(ta == ce or (ta == ce + 1 and doc.tokens[ce].upos in ("ADJ", "PROPN")) for ta, _, _ in title_hits)
    # (not "chủ trì lễ đón và hội đàm với Tổng Bí thư X": a preposition between)


def _cue_interactions(doc: Doc, ctx: Context, s, ca: int, ce: int, phrase: str, ents, title_hits, prev):
    """The interactions of one cue: between two named parties, a passive with its agent, a pair anaphor, groups named
    by demonyms, else a subject, the verb and its objects. Returns the subject found (for a coordinated verb)."""
    tb = tables(doc.article.lang)
    rel, cue_text = tb.interactions[phrase], doc.span_text(ca, ce)
    if blocked(doc, s, ce, tb.cue_blockers.get(phrase, ())):
        return prev  # "Trao đổi với PV Tuổi Trẻ, …": speaking to a reporter is no talks
    if ce + 1 < s.tok_end and doc.tokens[ce].text == ":" and doc.tokens[ce + 1].text in OPEN_Q:
        return prev  # "Et Cheikh Niang de conclure : « … »": what follows the colon is said, not the verb's object
    pair = _between(doc, s, ce, ents, title_hits)
    if pair:
        a, b = pair
        yield Interaction(s.i, ca, ce, rel, cue_text, span_mention(doc, a), span_mention(doc, b), None,
                          False, "asserted", 0.7, rule="interactions.between_parties")
        return prev
    if tb.cues_on_lemmas and not any(doc.tokens[k].upos in ("VERB",) for k in range(ca, ce)):
        return prev
    if any(b == ca for _, b, _ in find_phrases(doc, s.i, tb.nominalisers, start=max(s.tok_start, ca - 2), end=ca)) \
            or _modifies_title(doc, s, ca, ce, title_hits):
        return prev  # "chuyến thăm", "cuộc hội đàm": a noun, its parties are not a subject and object
    if is_passive(doc, s, ca, ce):
        got = _passive_interaction(doc, ctx, s, ca, ce, rel, cue_text, ents, title_hits)
        if got is not None:
            yield got
        return prev
    if prev is None and coordinated_verb(doc, s, ca):  # "Iran denied … and summoned …"
        prev = _act_before(doc, ctx, s, ca)
    pair = _pair_anaphor(doc, s, ca, ctx.encounters) if rel in SYMMETRIC else None
    if pair is not None:  # "hai bên đã thảo luận", "les deux hommes ont discuté"
        yield Interaction(s.i, ca, ce, rel, cue_text, pair[0], pair[1], None, has_negator(doc, ca - 3, ca),
                          _modality(doc, ca - 4, ca, s), 0.55, rule="interactions.pair_anaphor")
        return prev
    groups = _demonym_group(doc, ctx, s, ca)
    if len(groups) >= 2 and rel in SYMMETRIC:
        yield Interaction(s.i, ca, ce, rel, cue_text, groups[0], groups[1], None,
                          has_negator(doc, ca - 3, ca), _modality(doc, ca - 4, ca, s), 0.6,
                          rule="interactions.demonym_groups")
        return prev
    found = _party_subject(find_subject(doc, ctx, s, ca, ce, ents, title_hits, [], prev, purpose=True))
    if found is None and groups:
        found = (groups[0], 0.6, ca)
    if found is None:  # "Tiếp Đại sứ Brazil X, Chủ tịch nước chúc mừng …": the fronted verb's subject comes after it
        found = fronted_subject(doc, ctx, s, ca, ents, title_hits)
    if found is None:
        return prev
    yield from _subject_verb_object(doc, ctx, s, ca, ce, phrase, found, ents, title_hits)
    return found


def _subject_verb_object(doc: Doc, ctx: Context, s, ca: int, ce: int, phrase: str, found, ents,
                         title_hits) -> Iterator[Interaction]:
    """The subject found, the cue and its objects: each coordinated subject with each listed party, the partners
    listed after a partner noun, and the thing supplied or deployed."""
    tb = tables(doc.article.lang)
    rel, cue_text = tb.interactions[phrase], doc.span_text(ca, ce)
    subject, conf, subj_end = found
    negated, modality = has_negator(doc, max(subj_end, ca - 4), ca), _modality(doc, subj_end - 8, ca, s, subj_end)
    obj, thing = _object(doc, s, ce, ents, subj_end, rel)
    obj = None if obj is not None and _a_topic(doc, phrase, obj) else _recipient_after(doc, s, obj, ents, rel)
    if phrase in tb.place_cues and (obj is None or obj.label not in ("GPE", "LOC", "FAC")):
        return  # "arriver à un accord", "arrive in time": a visit only to a place
    obj, rel = _party_and_relation(doc, ctx, s, ce, obj, rel)
    obj = (_delegation_leader(doc, s, obj.end if obj else ce, ents) or obj) if rel in ("meet", "talk") else obj
    subj_span = ents.get(subj_end - 1)
    partner = _pair_subject(doc, ctx, subj_span, ents, title_hits) if subj_span is not None else None
    paired = obj is None and partner is not None
    if paired:
        obj = subj_span
        subject = span_mention(doc, partner)
    elif obj is None and subj_span is not None and rel in SYMMETRIC:
        obj = _pair_after(doc, s, subj_span, ca, ents)
        paired = obj is not None
    # "Anh, Pháp và Đức đã triệu tập đại sứ Iran": each coordinated name is a subject
    subjects = [subject]
    if not paired and obj is not None and subj_span is not None and subject.kind == "name":
        subjects = [span_mention(doc, e) for e in conjoined_before(doc, subj_span, ents, ctx.title_tokens)] + subjects
    listed = _listed_parties(doc, s, ce, ents)
    parties = listed or ([obj, *_list_after(doc, s, obj, ents)] if obj is not None else [])
    # "hợp tác với các đối tác …, gồm Úc, …": the members listed after "partners" are the subject's partners
    pn = find_phrases(doc, s.i, tb.partner_nouns, start=ce, end=listed[0].start) if listed else []
    if pn and subject.kind == "name":
        for party in listed:
            yield Interaction(s.i, pn[0][0], pn[0][1], "partner_of", doc.span_text(pn[0][0], pn[0][1]),
                              span_mention(doc, party), subject, None, False, "asserted",
                              round(conf - 0.1, 3), rule="interactions.partners_listed")
    for subj in subjects:
        base = dict(sent=s.i, cue_start=ca, cue_end=ce, relation=rel, cue_text=cue_text, subject=subj,
                    negated=negated, modality=modality)
        for party in parties:
            if (party.char_start, party.char_end) != (subj.start, subj.end):
                yield Interaction(object=span_mention(doc, party), object_text=None,
                                  confidence=round(conf - 0.05, 3), rule="interactions.subject_verb_object", **base)
        if rel in THING_RELATIONS and thing is not None:
            text = doc.span_text(*thing).strip(" ,“”«»\"'")
            if len(text) >= 3:
                # the thing supplied / deployed: right 1 time in 5 on the seeds (bench/calibrate.py)
                yield Interaction(object=None, object_text=text, confidence=0.35,
                                  rule="interactions.thing_supplied", **base)


def _recipient_after(doc: Doc, s, thing: Span | None, ents, rel: str) -> Span | None:
    """The party of a verb that supplies or sends: for a product's name (MISC), the country, body or person named
    after it ("deux avions de combat F-16 supplémentaires en Roumanie"), within eight words and before any verb,
    else None; any other object is the party itself."""
    if thing is None or rel not in THING_RELATIONS or thing.label != "MISC":
        return thing
    for k in range(thing.end, min(s.tok_end, thing.end + 8)):
        if doc.tokens[k].upos in ("VERB", "AUX"):
            return None
        e = ents.get(k)
        if e is not None and e.start == k and e.label in ("GPE", "ORG", "PER", "LOC"):
            return e
    return None


def _party_and_relation(doc: Doc, ctx: Context, s, ce: int, obj: Span | None, rel: str) -> tuple[Span | None, str]:
    """The party (the holder of a body's post named as the object) and the relation: a meeting cue whose object is
    a call is a talk ("a reçu mardi un appel téléphonique de son homologue X", "received a phone call from X")."""
    if obj is None:
        return None, rel
    call = rel == "meet" and find_phrases(doc, s.i, tables(doc.article.lang).call_nouns, start=ce, end=obj.start)
    return _holder_of_body(ctx, s, obj), "talk" if call else rel


def _a_topic(doc: Doc, phrase: str, obj: Span) -> bool:
    """ "to discuss Syria", "thảo luận về Ukraine": after a cue of ``[interactions] topic_cues`` a name that no
    partner's preposition (``partner_with``: "with", "avec", "với") introduces is what was discussed, not the other
    party."""
    tb = tables(doc.article.lang)
    k = obj.start - 1
    while k > obj.start - 6 and doc.tokens[k].text[:1].isupper() and doc.tokens[k].upos in ("PROPN", "NOUN", "ADJ"):
        k -= 1  # "with Austrian Foreign Minister Lena Hofer": the preposition before the person's title
    return phrase in tb.topic_cues and doc.tokens[k].text.lower() not in tb.partner_with  # ("au Sahel": a topic)


def find_partners(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    """partner_of: "A là đối tác (của) B", "A est un partenaire de B", "A, an ally of B"."""
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    for s in doc.sentences:
        for pa, pe, phrase in find_phrases(doc, s.i, tb.partner_nouns):
            pair = _dashed_pair(doc, s, pe, ents)
            if pair is not None:  # "quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ"
                yield Interaction(s.i, pa, pe, "partner_of", doc.span_text(pa, pe), span_mention(doc, pair[0]),
                                  span_mention(doc, pair[1]), None, False, "asserted", 0.6,
                                  rule="interactions.partner_pair")
                continue
            left = next((ents[k] for k in range(pa - 1, max(s.tok_start, pa - 8) - 1, -1) if k in ents), None)
            if left is None:
                continue
            between = {doc.tokens[k].lemma.lower() for k in range(left.end, pa)} | \
                      {doc.tokens[k].text.lower() for k in range(left.end, pa)}
            if not (between & tb.copulas) and not (pa == left.end + 1 and doc.tokens[left.end].text == ","):
                other = _partner_with(doc, s, pe, ents)
                if other is not None and other.kb != left.kb and not any(k in ents for k in range(left.end, pa)):
                    yield Interaction(s.i, pa, pe, "partner_of", doc.span_text(pa, pe), span_mention(doc, left),
                                      span_mention(doc, other), None, False, "asserted", 0.5,
                                      rule="interactions.partnership_with")
                continue
            # "đối tác của chúng tôi", "our partner", "notre partenaire" in a quote: the speaker's country
            right = _we_country(doc, ctx, s, pe) or next(
                (m for k in range(max(left.end, pa - 4), pa) if (m := _we_country(doc, ctx, s, k, owner_only=True))),
                None)
            joint = conjoined_before(doc, left, ents, ctx.title_tokens)
            right = right or _partner_after(doc, s, pe, ents)
            if right is None:
                if len(joint) == 1 and between & tb.copulas:  # "Indonesia và Việt Nam là đối tác chiến lược"
                    yield Interaction(s.i, pa, pe, "partner_of", doc.span_text(pa, pe), span_mention(doc, joint[0]),
                                      span_mention(doc, left), None, False, "asserted", 0.55,
                                      rule="interactions.joint_partners")
                continue
            for one in (*joint, left):  # "Le Japon et les Philippines, alliés des États-Unis": each of them
                if right.key is None or right.key != one.kb:
                    yield Interaction(s.i, pa, pe, "partner_of", doc.span_text(pa, pe), span_mention(doc, one),
                                      right, None, False, "asserted", 0.6, rule="interactions.partner_noun")


def _dashed_pair(doc: Doc, s, pe: int, ents) -> tuple[Span, Span] | None:
    """Two countries or bodies joined by a dash right after a partner noun and its adjectives ("Đối tác chiến lược
    toàn diện Việt Nam - Hoa Kỳ", "le partenariat stratégique France - Inde"), else None."""
    k = pe
    while k < min(s.tok_end, pe + 5) and k not in ents and doc.tokens[k].upos in ("ADJ", "NOUN"):
        k += 1
    a = ents.get(k)
    if a is None or a.start != k or a.end + 1 >= s.tok_end or doc.tokens[a.end].text not in ("-", "–", "—"):
        return None
    b = ents.get(a.end + 1)
    ok = b is not None and b.start == a.end + 1 and a.label in ("GPE", "ORG") and b.label in ("GPE", "ORG")
    return (a, b) if ok and (a.kb or a.text) != (b.kb or b.text) else None


def _partner_with(doc: Doc, s, pe: int, ents) -> Span | None:
    """ "Việt Nam coi trọng quan hệ Đối tác chiến lược toàn diện với [Ấn Độ]", "its partnership with [India]": the
    name right after the language's ``partner_with`` word, a few words after the partner noun."""
    tb = tables(doc.article.lang)
    for k in range(pe, min(s.tok_end - 1, pe + 5)):
        low = doc.tokens[k].text.lower()
        if low in CLAUSE_END or k in ents:
            return None
        if low in tb.partner_with:
            j = k + 1
            while j < s.tok_end and doc.tokens[j].upos == "DET":
                j += 1
            e = ents.get(j)
            return e if e is not None and e.start == j and e.label in ("GPE", "ORG") else None
    return None


def _partner_after(doc: Doc, s, pe: int, ents) -> Mention | None:
    """The party after a partner noun, introduced by the possessive ("partenaire de X", "đối tác của X")."""
    tb = tables(doc.article.lang)
    k = pe
    while k < min(s.tok_end, pe + 4) and k not in ents:
        k += 1
    if k not in ents or not any(doc.tokens[j].text.lower() in tb.possessive for j in range(pe, ents[k].start)):
        return None
    return span_mention(doc, ents[k])


def _we_country(doc: Doc, ctx: Context, s, k: int, owner_only: bool = False) -> Mention | None:
    """ "của chúng tôi" / "notre" / "our" at ``k`` inside a quote: the speaker's country, as a resolved mention.
    ``owner_only``: only a possessive determiner ("our", "notre") at ``k``, no possessive preposition first."""
    tb = tables(doc.article.lang)
    j = k
    if owner_only and doc.tokens[k].upos not in ("DET", "PRON"):
        return None
    if not owner_only and j < s.tok_end and doc.tokens[j].text.lower() in tb.possessive:
        j += 1
    hit = find_phrases(doc, s.i, tb.we, start=j, end=min(s.tok_end, j + 3))
    if not hit or hit[0][0] != j:
        return None
    act = ctx.enclosing_act(s.i, doc.tokens[j].start)
    key = ctx.speaker_country(act.speaker) if act is not None else None
    if key is None:
        return None
    a, b = doc.tokens[hit[0][0]].start, doc.tokens[hit[0][1] - 1].end
    return Mention(doc.article.text[a:b], a, b, "GPE", "pronoun", key)


NP_POS = ("NOUN", "PROPN", "DET", "ADJ", "NUM")


def _np_last_name(doc: Doc, s, k: int, ents, title_hits) -> Span | None:
    """The last name of the noun phrase starting at ``k`` ("tổng thư ký NATO Jens Stoltenberg" -> Jens
    Stoltenberg): titles, their bodies and determiners are passed; a verb, preposition or punctuation ends it."""
    last, j, titled = None, k, False
    while j < s.tok_end and j - k < 10:
        hit = next((te for ta, te, _ in title_hits if ta == j), None)
        if hit is not None:
            j, titled = hit, True
            continue
        if titled and doc.tokens[j].text == "," and j + 1 in ents and ents[j + 1].label == "PER":
            return ents[j + 1]  # "with the US special envoy, Daniel Brooks, in Kyiv": the title's holder
        titled = False
        if j in ents:
            last = ents[j]
            j = last.end
            continue
        if doc.tokens[j].upos not in NP_POS or doc.tokens[j].text in CLAUSE_END or doc.tokens[j].text == ",":
            break
        j += 1
    return last


def _nominal_hits(doc: Doc, s, use_lemma: bool) -> list[tuple[int, int, str]]:
    """Interaction nouns of the sentence: the language's nominal cues, an interaction cue after a nominaliser
    ("chuyến thăm", "cuộc hội đàm"), or, where cues must be verbs, a cue word not tagged as one ("the visit")."""
    tb = tables(doc.article.lang)
    hits = [(a, b, tb.nominal_cues[p]) for a, b, p in find_phrases(doc, s.i, tb.nominal_cues, use_lemma=use_lemma)
            if not blocked(doc, s, b, tb.cue_blockers.get(p, ()))]  # ("échange de prisonniers": no talk)
    taken = {k for a, b, _ in hits for k in range(a, b)}
    noms = {b for _, b, _ in find_phrases(doc, s.i, tb.nominalisers)}
    for a, b, p in find_phrases(doc, s.i, tb.interactions, use_lemma=use_lemma):
        verbal = any(doc.tokens[k].upos == "VERB" for k in range(a, b))
        if a not in taken and (a in noms or (use_lemma and not verbal)):
            hits.append((a, b, tb.interactions[p]))
    return sorted(hits)


def _prep_object(doc: Doc, s, k: int, ents, title_hits, rel: str, skip: int = 0) -> Span | None:
    """The party introduced by a preposition at ``k`` (after up to ``skip`` modifiers): "với ngoại trưởng Mỹ Antony
    Blinken" -> Antony Blinken, "avec le roi Mohammed VI", "to Pyongyang" (a place only for visit)."""
    tb = tables(doc.article.lang)
    j = k
    while j < min(s.tok_end, k + skip) and doc.tokens[j].upos in ("ADJ", "NOUN") and j not in ents:
        j += 1
    if j >= s.tok_end:
        return None
    low = doc.tokens[j].text.lower()
    if rel == "visit" and j in ents and ents[j].start == j and ents[j].label in ("GPE", "LOC"):
        return ents[j]  # "chuyến thăm (chính thức) Lào": the country visited, with no preposition
    if low not in tb.object_preps and not (rel == "visit" and low in tb.place_preps):
        return None
    if rel in SYMMETRIC and low in tb.place_preps:
        return None  # "talks in Geneva": where, not with whom
    return _np_last_name(doc, s, j + 1, ents, title_hits)


@dataclass(frozen=True)
class _Nominal:
    """One event noun found in a sentence, with what its rules read of the sentence."""

    s: object  # the Sentence
    na: int  # the noun's tokens [na, ne)
    ne: int
    rel: str
    base: dict  # the Interaction fields every rule fills the same way
    title_hits: list
    light: list  # light verbs of the sentence ("có", "renforcer", "hold")
    fronted: list  # a fronted preposition opening the sentence ("Sau", "Après", "After")


def find_nominal_interactions(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    """Interactions named by a noun, the other party introduced by a preposition right after it:

    - its possessor: "chuyến thăm của Chủ tịch Kim Jong Un tới Nga", "la visite du président Macron au Maroc";
    - a light verb's subject: "ông đã có cuộc điện đàm với X", "Paris veut renforcer sa coopération avec Rabat",
      "X held talks with Y";
    - a fronted phrase and the main clause's subject: "Sau cuộc họp với X, Y khẳng định ...", "Après sa rencontre
      avec X, Y a déclaré ...", "After talks with X, Y said ...";
    - "thỏa thuận giữa A và B", "l'accord entre A et B".

    The rules are tried in that order (between, possessor before, possessor after, light verb, fronted); the first
    that applies to a noun decides.
    """
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    for s in doc.sentences:
        title_hits = find_phrases(doc, s.i, tb.titles)
        light = find_phrases(doc, s.i, tb.light_verbs, use_lemma=tb.cues_on_lemmas)
        fronted = [h for h in find_phrases(doc, s.i, tb.fronted_preps, start=s.tok_start,
                                           end=min(s.tok_end, s.tok_start + 6)) if h[0] <= s.tok_start + 1]
        for na, ne, rel in _nominal_hits(doc, s, tb.cues_on_lemmas):
            base = dict(sent=s.i, cue_start=na, cue_end=ne, relation=rel, cue_text=doc.span_text(na, ne),
                        object_text=None)
            hit = _Nominal(s, na, ne, rel, base, title_hits, light, fronted)
            for rule in (_nominal_between, _nominal_owner_before, _nominal_possessive, _nominal_appositive,
                         _nominal_light_verb, _nominal_fronted, _nominal_occasion):
                if (yield from rule(doc, ctx, hit, ents)):
                    break


def _nominal_between(doc: Doc, ctx: Context, h: _Nominal, ents):
    """ "thỏa thuận giữa A và B", "l'accord entre A et B"."""
    if h.base["cue_text"].lower() not in tables(doc.article.lang).nominal_cues:
        return False
    pair = _between(doc, h.s, h.ne, ents, h.title_hits)
    if not pair:
        return False
    yield Interaction(subject=span_mention(doc, pair[0]), object=span_mention(doc, pair[1]), negated=False,
                      modality="asserted", confidence=0.6, rule="nominal.between", **h.base)
    return True


def _pronoun_owner(doc: Doc, ctx: Context, s, na: int) -> Span | None:
    """The person a possessive pronoun before an event noun stands for ("his first meeting", "sa visite"): the
    person the sentence opens with, when the pronoun is the language's and such a person is there."""
    tb = tables(doc.article.lang)
    k = na - 1
    while k > s.tok_start and doc.tokens[k].upos in ("ADJ", "NUM"):
        k -= 1
    if k < s.tok_start or doc.tokens[k].text.lower() not in tb.possessive_pronouns:
        return None
    subject = ctx.subject_person(s.i)
    return subject if subject is not None and subject.end <= k else None  # ("Après sa rencontre avec X, Y …")


def _nominal_owner_before(doc: Doc, ctx: Context, h: _Nominal, ents):
    """The possessor before the noun: "Tehran's transfer of ballistic missiles to Russia"."""
    tb = tables(doc.article.lang)
    s, na, ne = h.s, h.na, h.ne
    owner = ents.get(na - 2) if na >= 2 else None
    owner = owner if owner is not None and owner.end == na - 1 else None
    if owner is None or doc.tokens[na - 1].text not in tb.possessive_clitics:
        owner = _pronoun_owner(doc, ctx, s, na)  # "his first meeting with X": the sentence's subject
        if owner is None:
            return False
    j = ne
    while j < min(s.tok_end, ne + 6) and doc.tokens[j].text.lower() not in tb.object_preps:
        j += 1  # past the thing: "of ballistic missiles"
    obj = _prep_object(doc, s, j, ents, h.title_hits, h.rel) if j < s.tok_end else None
    if obj is not None and obj.char_start != owner.char_start:
        yield Interaction(subject=span_mention(doc, owner), object=span_mention(doc, obj), negated=False,
                          modality="asserted", confidence=0.55, rule="nominal.owner_before", **h.base)
    return True


def _nominal_possessive(doc: Doc, ctx: Context, h: _Nominal, ents):
    """The possessor after the noun: "chuyến thăm của X tới Y", "la visite du président X au Maroc"."""
    tb = tables(doc.article.lang)
    s, ne = h.s, h.ne
    k = ne
    while k < s.tok_end and k - ne < 2 and doc.tokens[k].upos == "ADJ":
        k += 1
    place = ents.get(k) if h.rel == "visit" and k in ents and ents[k].start == k else None
    if place is not None:
        k = place.end  # "chuyến thăm chính thức Pháp của Tổng Bí thư X": the place, then the visitor
    if not (k < s.tok_end and doc.tokens[k].text.lower() in tb.possessive):
        return False
    owner = _np_last_name(doc, s, k + 1, ents, h.title_hits)
    obj = (place or _prep_object(doc, s, owner.end, ents, h.title_hits, h.rel)) if owner is not None else None
    if obj is not None and obj.char_start != owner.char_start:
        yield Interaction(subject=span_mention(doc, owner), object=span_mention(doc, obj), negated=False,
                          modality="asserted", confidence=0.6, rule="nominal.possessive_owner", **h.base)
    return True


def _joint_subjects(doc: Doc, ctx: Context, h: _Nominal, found, verb: int, ents) -> Iterator[Interaction]:
    """The coordinated subjects of a symmetric event noun with no other party, as its two parties."""
    subject, conf, subj_end = found
    last = ents.get(subj_end - 1)
    before = conjoined_before(doc, last, ents, ctx.title_tokens) if last is not None and subject.kind == "name" else []
    if not before and last is not None and subject.kind == "name":  # ("La France et l'Algérie ont repris les
        after = conjoined_after(doc, last, ents, verb)  # discussions": the parser's subject is the first of the two)
        before, subject = ([last], span_mention(doc, after[0])) if len(after) == 1 else ([], subject)
    if len(before) == 1:
        yield Interaction(subject=span_mention(doc, before[0]), object=subject,
                          negated=has_negator(doc, max(subj_end, verb - 4), verb),
                          modality=_modality(doc, subj_end - 8, verb, h.s, subj_end),
                          confidence=round(conf - 0.15, 3), rule="nominal.joint_subjects", **h.base)


def _nominal_appositive(doc: Doc, ctx: Context, h: _Nominal, ents):
    """A phrase set off after a name: "le Premier ministre haïtien X, en visite officielle au Kenya", "X, on a
    three-day visit to China": the name's owner of the event."""
    s, k = h.s, h.na - 1
    while k > s.tok_start and doc.tokens[k].upos in ("DET", "ADJ", "NUM"):
        k -= 1
    if k - 2 < s.tok_start or doc.tokens[k].upos != "ADP" or doc.tokens[k - 1].text != ",":
        return False
    owner = ents.get(k - 2)
    if owner is None or owner.end != k - 1 or owner.label not in ("PER", "ORG", "GPE"):
        return False
    obj = _prep_object(doc, s, h.ne, ents, h.title_hits, h.rel, skip=2)
    if obj is None or obj.char_start == owner.char_start:
        return False
    yield Interaction(subject=span_mention(doc, owner), object=span_mention(doc, obj), negated=False,
                      modality="asserted", confidence=0.55, rule="nominal.appositive", **h.base)
    return True


def _nominal_light_verb(doc: Doc, ctx: Context, h: _Nominal, ents):
    """A light verb a few words before: "có cuộc điện đàm với", "renforcer sa coopération avec", "held talks with";
    its subject is the one party, what follows the preposition the other."""
    s, na, ne = h.s, h.na, h.ne
    poss = tables(doc.article.lang).possessive
    lv = next(((la, le) for la, le, _ in h.light if le <= na and na - le <= 3 and
               all(doc.tokens[j].upos in ("DET", "ADJ", "PRON", "NUM", "NOUN") or doc.tokens[j].text.lower() in poss
                   for j in range(le, na))), None)  # ("wrapped up two days of talks")
    if lv is None:
        return False
    obj = _prep_object(doc, s, ne, ents, h.title_hits, h.rel, skip=2)
    parties = _listed_parties(doc, s, ne, ents) or ([obj, *_list_after(doc, s, obj, ents)] if obj else [])
    groups = _demonym_group(doc, ctx, s, lv[0]) if parties else []
    if len(groups) >= 2:  # "Egyptian and Qatari mediators held talks with Hamas": each country with the party
        for group in groups:
            for party in parties:
                yield Interaction(subject=group, object=span_mention(doc, party), negated=has_negator(
                    doc, lv[0] - 4, lv[0]), modality=_modality(doc, lv[0] - 4, lv[0], s), confidence=0.5,
                    rule="nominal.light_verb", **h.base)
        return True
    found = _party_subject(find_subject(doc, ctx, s, lv[0], lv[1], ents, h.title_hits, [], None, purpose=True)) \
        if parties or h.rel in SYMMETRIC else None
    if found is None:
        return True
    if not parties:  # "Bessent and He Lifeng wrapped up two days of talks": the joint subjects are the parties
        yield from _joint_subjects(doc, ctx, h, found, lv[0], ents)
        return True
    subject, conf, subj_end = found
    for party in parties:
        if (party.char_start, party.char_end) != (subject.start, subject.end):
            yield Interaction(subject=subject, object=span_mention(doc, party),
                              negated=has_negator(doc, max(subj_end, lv[0] - 4), lv[0]),
                              modality=_modality(doc, subj_end - 8, lv[0], s, subj_end),
                              confidence=round(conf - 0.1, 3), rule="nominal.light_verb", **h.base)
    return True


def _nominal_fronted(doc: Doc, ctx: Context, h: _Nominal, ents):
    """A fronted phrase and the main clause's subject: "Sau cuộc họp với X, Y …", "After talks with X, Y said …"."""
    s, na, ne = h.s, h.na, h.ne
    if not any(fe <= na and na - fe <= 3 for _, fe, _ in h.fronted):
        return False
    obj = _prep_object(doc, s, ne, ents, h.title_hits, h.rel, skip=2)
    if obj is None:
        return True
    comma = next((j for j in range(obj.end, s.tok_end) if doc.tokens[j].text == ","), None)
    if comma is None or comma - obj.end > 4:
        return True
    subj = _np_last_name(doc, s, comma + 1, ents, h.title_hits)
    if subj is not None and (subj.char_start, subj.char_end) != (obj.char_start, obj.char_end):
        yield Interaction(subject=span_mention(doc, subj), object=span_mention(doc, obj), negated=False,
                          modality="asserted", confidence=0.55, rule="nominal.fronted_event", **h.base)
    return True


def _nominal_occasion(doc: Doc, ctx: Context, h: _Nominal, ents):
    """The occasion of what someone said: "« … », a déclaré M. Aoun lors d'un entretien avec X", "Y said during a
    meeting with X": the speaker had the event with X (the noun stands outside what was said)."""
    tb = tables(doc.article.lang)
    s, na, ne = h.s, h.na, h.ne
    preps = find_phrases(doc, s.i, tb.fronted_preps, use_lemma=tb.cues_on_lemmas, start=max(s.tok_start, na - 4),
                         end=na)
    if not any(na - pe <= 2 and all(t.upos == "DET" for t in doc.tokens[pe:na]) for _, pe, _ in preps):
        return False
    char = doc.tokens[na].start
    act = next((a for a in reversed(ctx.acts_in(s.i)) if a.cue_start < na and not
                a.content_start <= char < a.content_end), None)
    obj = _prep_object(doc, s, ne, ents, h.title_hits, h.rel, skip=2) if act is not None else None
    if obj is None or obj.label != "PER" or act.speaker.type not in ("PER", "ORG", "GPE") or \
            obj.char_start == act.speaker.start:
        return False  # ("lors d'une réunion au ministère": where, not with whom)
    yield Interaction(subject=act.speaker, object=span_mention(doc, obj), negated=False, modality="asserted",
                      confidence=0.55, rule="nominal.occasion", **h.base)
    return True


def find_part_of(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    """part_of: a body named with the organisation it belongs to: "Hội đồng Bắc Đại Tây Dương của NATO", "le
    Conseil de l'Atlantique Nord de l'OTAN", "the North Atlantic Council of NATO". The owner must be an
    organisation the gazetteer knows (not a country, not a news outlet), the part an organisation name."""
    tb = tables(doc.article.lang)
    gaz = ctx.gaz
    if gaz is None:
        return
    ents = entity_index(doc)
    for e in doc.entities:
        if e.label != "ORG" or e.end >= doc.sentences[doc.tokens[e.start].sent].tok_end:
            continue
        k = e.end
        if doc.tokens[k].text.lower() not in tb.possessive:
            continue
        k += 1
        while k < len(doc.tokens) and doc.tokens[k].upos == "DET" and k not in ents:
            k += 1
        owner = ents.get(k)
        if owner is None or owner.start != k or owner.kb is None or owner.kb not in gaz.entries or owner.kb == e.kb:
            continue
        entry = gaz.entry(owner.kb)
        if not entry.is_organisation or (e.kb is not None and e.kb in gaz.entries and
                                                             gaz.entry(e.kb).type != "ORG"):
            continue
        yield Interaction(doc.tokens[e.start].sent, e.end, e.end + 1, "part_of", doc.span_text(e.end, e.end + 1),
                          span_mention(doc, e), span_mention(doc, owner), None, False, "asserted", 0.6,
                          rule="structure.body_of_body")
    yield from _bodies_named_with_their_organisation(doc, ctx)
    yield from _memberships(doc, ctx, ents)


def _bodies_named_with_their_organisation(doc: Doc, ctx: Context) -> Iterator[Interaction]:
    """ "la Commission de la Cédéao", "the ECOWAS Commission": kg.nlp.entities keyed the body "Commission of ECOWAS";
    it is part_of the organisation named inside it (the mention is that name where the text has it)."""
    heads = set(tables(doc.article.lang).body_heads.values())
    for e in doc.entities:
        head, _, owner = (e.kb or "").partition(" of ")
        if e.label != "ORG" or head not in heads or owner not in ctx.gaz.entries or \
                not ctx.gaz.entry(owner).is_organisation:
            continue  # ("Parliament of Morocco" is a country's body: no part_of)
        names = [n for ns in ctx.gaz.entry(owner).names.values() for n in ns if n in e.text]
        at = e.text.find(max(names, key=len)) if names else -1
        text = max(names, key=len) if names else e.text
        a = e.char_start + max(at, 0)
        owner_m = Mention(text, a, a + len(text), "ORG", "name", owner)
        yield Interaction(doc.tokens[e.start].sent, e.start, e.end, "part_of", e.text, span_mention(doc, e),
                          owner_m, None, False, "asserted", 0.6, rule="structure.body_of_body")


def _memberships(doc: Doc, ctx: Context, ents) -> Iterator[Interaction]:
    """ "Timor-Leste trở thành thành viên thứ 11 của ASEAN", "la Suède est devenue membre de l'OTAN", "Sweden became
    a member of NATO": the country or body named last before the member noun is part of the organisation after it
    (one the gazetteer knows as an organisation)."""
    tb = tables(doc.article.lang)
    if not tb.member_nouns:
        return
    for s in doc.sentences:
        for ma, me, _ in find_phrases(doc, s.i, tb.member_nouns):
            k = me
            while k < min(s.tok_end, me + 4) and doc.tokens[k].text.lower() not in tb.possessive:
                k += 1  # "thứ 11", "à part entière"
            if k >= s.tok_end or doc.tokens[k].text.lower() not in tb.possessive:
                continue
            k += 1
            while k < s.tok_end and doc.tokens[k].upos == "DET" and k not in ents:
                k += 1
            owner = ents.get(k)
            if owner is None or owner.kb is None or owner.kb not in ctx.gaz.entries or \
                    not ctx.gaz.entry(owner.kb).is_organisation:
                continue
            member = None
            for j in range(ma - 1, max(s.tok_start, ma - 8) - 1, -1):
                e = ents.get(j)
                if e is not None:
                    member = e if e.label in ("GPE", "ORG") and e.kb != owner.kb else None
                    break
                if doc.tokens[j].text in (",", ";") or doc.tokens[j].text.lower() in tb.possessive:
                    break
            if member is None:
                continue
            negated = has_negator(doc, member.end, ma)
            yield Interaction(s.i, ma, me, "part_of", doc.span_text(ma, me), span_mention(doc, member),
                              span_mention(doc, owner), None, negated, "asserted", 0.6, rule="structure.membership")
