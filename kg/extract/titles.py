"""Title appositions -> holds_position: "Tổng thống Nga Vladimir Putin", "le porte-parole du Kremlin, Dmitri
Peskov", "Kremlin spokesman Dmitry Peskov", "le président ukrainien Volodymyr Zelensky".

A title from the language's table is followed (within a short window of glue words, the organisation or country
and its demonym) by a name: the last name in the window is the holder, the first non-person entity or demonym the
body. The body may also stand right before the title ("Kremlin spokesman").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.extract.common import CLOSE_Q, DASHES, OPEN_Q, entity_index, find_phrases, span_mention
from kg.gazetteer import CITY, SUBDIVISION, Gazetteer
from kg.lang import tables
from kg.model import Doc, Mention, Span
from kg.nlp.entities import side_of_sentence

__all__ = ["TitleHit", "find_titles", "body_anaphor", "CITY_ROLES"]

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


def _demonym_mention(doc: Doc, k: int, gaz: Gazetteer, ending: bool = False) -> Mention | None:
    """The demonym at token ``k`` ("russe"), or of two tokens from ``k`` ("South Korean"; with ``ending``, the two
    tokens ending at ``k``), as the body of a post (the gazetteer's ``posts_of`` where the place has one)."""
    lang = doc.article.lang
    spans = [(k, k + 1), (k - 1, k + 1) if ending else (k, k + 2)]
    for a, b in reversed(spans):  # the longer form first
        if a < 0 or b > len(doc.tokens) or doc.tokens[a].sent != doc.tokens[b - 1].sent:
            continue
        text = doc.span_text(a, b)
        key = gaz.demonym(text, lang, doc)
        if key is not None:
            key = gaz.entry(key).posts_of or key  # ("le commissaire européen": a post of the EU, not of Europe)
            e = gaz.entry(key)
            return Mention(text, doc.tokens[a].start, doc.tokens[b - 1].end, e.type, "name", key)
    return None


def _possessor(doc: Doc, s, known: bool = False) -> Mention | None:
    """ "Le Kremlin a dénoncé cette rencontre. Son porte-parole, Dmitri Peskov, …": the owner of "son"/"its" is the
    subject of the previous sentence (its first name) when that is a body or a country, not a person (with
    ``known``, one the gazetteer or the institution rules named)."""
    if s.i == 0:
        return None
    prev = doc.sentences[s.i - 1]
    first = next((e for e in doc.entities if prev.tok_start <= e.start < prev.tok_end), None)
    if first is None or first.label == "PER" or first.start > prev.tok_start + 3 or (known and first.kb is None):
        return None
    return span_mention(doc, first)


def body_anaphor(doc: Doc, k: int, end: int | None, ents, before: int | None = None, bodies=()) -> Mention | None:
    """ "le président exécutif du groupe", "the company's chief executive": an organisation noun at token ``k``
    (ending at ``end`` when given) that names no one means the organisation the article named last."""
    tb = tables(doc.article.lang)
    at = before if before is not None else k
    heads = find_phrases(doc, doc.tokens[k].sent, tb.head_anaphors, start=k, end=min(len(doc.tokens), k + 3))
    head = next(((a, b) for a, b, _ in heads if a == k and (end is None or b == end)), None)
    if head is not None and head[1] not in ents:
        return _named_with_noun(doc, k, head[1] - k, at, own_head=True)  # "the Communist Party … the party"
    hits = find_phrases(doc, doc.tokens[k].sent, tb.body_anaphors, start=k, end=min(len(doc.tokens), k + 3))
    hit = next(((a, b) for a, b, _ in hits if a == k and (end is None or b == end)), None)
    if hit is None or hit[1] in ents:
        return None  # "Tập đoàn Samsung": the organisation is named right there
    return _named_with_noun(doc, k, hit[1] - k, at) or _named_with_noun(doc, k, hit[1] - k, at, any_noun=True) or \
        _topic_org(doc, at, bodies)


def _named_with_noun(doc: Doc, k: int, n: int, before: int, any_noun: bool = False,
                     own_head: bool = False) -> Mention | None:
    """The last organisation named right after the same noun before ``before`` ("đoàn công tác của Tập đoàn Hana
    Micron … ông X, Chủ tịch Tập đoàn": the group is Hana Micron, whatever body the text named since); with
    ``any_noun``, after any organisation noun ("Le groupe Renault … La CGT … Le constructeur": Renault); with
    ``own_head``, the last one whose own name holds it ("the Communist Party … the party", "the Israeli embassy in
    London … the embassy")."""
    noun = [t.text.lower() for t in doc.tokens[k:k + n]]
    nouns = tables(doc.article.lang).body_anaphors
    best = None
    for e in doc.entities:
        if e.end > before:
            break
        if e.label != "ORG" or e.start < 1:
            continue
        words = [t.text.lower() for t in doc.tokens[e.start:e.end]]  # ("the Israeli embassy in London")
        own = any(words[j:j + n] == noun for j in range(len(words) - n + 1))
        if own_head:
            best = e if own and e.end - e.start > n else best
        elif any_noun and any(b == e.start for _, b, _ in find_phrases(doc, doc.tokens[e.start].sent, nouns,
                                                                     start=max(0, e.start - 3), end=e.start)):
            best = e
        elif e.start >= n and [t.text.lower() for t in doc.tokens[e.start - n:e.start]] == noun or \
                [t.text.lower() for t in doc.tokens[e.end:e.end + n]] == noun:
            best = e  # (or the noun after the name: "the Industri Energi union … union leader X")
    return span_mention(doc, best) if best is not None else None


def _topic_org(doc: Doc, before: int, bodies=()) -> Mention | None:
    """The organisation the article is about at token ``before``: the last one that opened a sentence (its subject)
    or was the body of a post ("L'entraîneur du Paris Saint-Germain"), else the last one named (an organisation
    before a name of unknown type: "the St. Louis area")."""
    topical, last, last_org = None, None, None
    starts = {s.tok_start for s in doc.sentences}
    if doc.sentences and doc.tokens[doc.sentences[0].tok_end - 1].text not in ".!?»”\"":
        starts.discard(0)  # a headline's first word ("Boeing machinists vote …") is no subject the body goes on with
    for e in doc.entities:
        if e.end > before:
            break
        if 0 < e.start and e.end < len(doc.tokens) and doc.tokens[e.start - 1].text == "(" and \
                doc.tokens[e.end].text == ")":
            continue  # "STOCKHOLM, Dec 1 (Reuters) -": the dateline's agency is not what the page is about
        opens = e.start in starts or (e.start - 1 in starts and doc.tokens[e.start - 1].upos == "DET")
        if e.label in ("ORG", "MISC") or (e.kb is None and e.start in bodies):
            last = e
            last_org = e if e.label == "ORG" else last_org
            if opens or e.start in bodies:
                topical = e
    org = topical or last_org or last
    return span_mention(doc, org) if org is not None else None


def _apposed_holder(doc: Doc, s, ta: int, te: int, ents) -> Span | None:
    """ "Teresa Ribera, the Commission's executive vice-president, said", "Ông Dmitry Peskov, người phát ngôn Điện
    Kremlin, cho biết": a title in apposition after a name (past a determiner and a possessor) is that name's."""
    chained = _dash_chain_holder(doc, s, ta, ents)
    if chained is not None:
        return chained
    j = _before_joined_title(doc, s, ta) - 1
    while j > s.tok_start and _modifier(doc, j):
        j -= 1  # "the IAM's international president"
    if j - 3 > s.tok_start and doc.tokens[j].text == ")" and doc.tokens[j - 2].text == "(" and j - 3 in ents and \
            ents[j - 3].label != "PER":
        j = ents[j - 3].start - 1  # "X, the Philippine Coast Guard (PCG) spokesperson for …, said": past the body
    if j > s.tok_start and doc.tokens[j].text in tables(doc.article.lang).possessive_clitics and j - 1 in ents:
        j = ents[j - 1].start - 1
    if j - 1 > s.tok_start and doc.tokens[j].upos in ("NOUN", "ADJ") and doc.tokens[j].text.islower() and \
            doc.tokens[j - 1].upos == "DET":
        j -= 1  # "Marcus Webb, a fisheries scientist at …": a word qualifying the post
    while j > s.tok_start and doc.tokens[j].upos == "DET":
        j -= 1
    if j > s.tok_start and doc.tokens[j].text != ",":
        return _copula_subject(doc, s, j, ents)
    if j <= s.tok_start or doc.tokens[j].text != "," or j - 1 not in ents:
        return None
    if te < s.tok_end and doc.tokens[te].upos in ("VERB", "AUX"):
        return None  # "Tiếp Đại sứ Brazil X, Chủ tịch nước chúc mừng …": the title is the next clause's subject
    e = ents[j - 1]
    if e.end == j and e.label != "PER" and e.kb is not None:
        prev = next((a for a, b, _ in find_phrases(doc, s.i, tables(doc.article.lang).titles,
                                                   start=max(s.tok_start, e.start - 6), end=e.start) if b == e.start),
                    None)  # "X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Y, …": the post before is X's too
        return _apposed_holder(doc, s, prev, e.start, ents) if prev is not None and prev < ta else None
    if e.label != "PER" and e.start > s.tok_start and doc.tokens[e.start - 1].upos == "ADP":
        return None  # "Dans un entretien accordé au Figaro, la ministre des Armées …": the name a preposition governs
    return e if e.end == j and (e.label == "PER" or e.kb is None) else None


def _dash_chain_holder(doc: Doc, s, ta: int, ents, most: int = 24) -> Span | None:
    """ "Đại tướng Phan Văn Giang - Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng
    đã tiếp …": each post of a chain set off by a dash after a person's name is that person's; None when a verb or
    a sentence's end stands between."""
    j, glue = ta - 1, tables(doc.article.lang).titles_glue
    while j > s.tok_start and ta - j <= most and doc.tokens[j].text not in DASHES:
        t = doc.tokens[j]
        if t.text[:1].islower() and t.text.lower() not in glue or t.text in ".;:":
            return None  # a chain of posts is capitalised ("Bộ Chính trị" too, which the tagger took for a verb)
        j -= 1
    e = ents.get(j - 1) if j > s.tok_start and doc.tokens[j].text in DASHES else None
    # (a name the tagger gave another type, after a rank: "Thượng tướng [Hoàng Xuân Chiến]/LOC - …")
    return e if e is not None and e.end == j and (e.label == "PER" or e.kb is None and e.label != "ORG") else None


def _before_joined_title(doc: Doc, s, ta: int) -> int:
    """Where the titles joined to the title at ``ta`` start: "X, Trưởng phòng Tham mưu kiêm người phát ngôn …"
    (``[titles_glue] joiners``) -> "Trưởng phòng"; else ``ta``."""
    tb = tables(doc.article.lang)
    while ta - 1 > s.tok_start and doc.tokens[ta - 1].text.lower() in tb.title_joiners:
        before = [a for a, b, _ in find_phrases(doc, s.i, tb.titles, start=max(s.tok_start, ta - 6), end=ta - 1)]
        if not before:
            break
        ta = before[0]
    return ta


def _copula_subject(doc: Doc, s, j: int, ents) -> Span | None:
    """ "Lu was governor of Shanxi", "X từng là Thống đốc …": the person before a copula at token ``j`` (past an
    adverb) holds the title after it."""
    t, copulas = doc.tokens[j], tables(doc.article.lang).copulas
    if t.text.lower() not in copulas and t.lemma.lower() not in copulas:
        return None
    k = j - 1
    while k > s.tok_start and doc.tokens[k].upos == "ADV":
        k -= 1  # ("từng là", "was once")
    e = ents.get(k)
    return e if e is not None and e.end == k + 1 and e.label == "PER" else None


def _national_body(doc: Doc, s, ta: int, te: int, phrase: str, person: Span, ents, gaz: Gazetteer) -> Mention | None:
    """The country of a post that one country has in most news ("Chủ tịch nước", "Home Secretary"; ``[titles_glue]
    national_posts``), as a mention of that country spanning the title; for a person the gazetteer does not know,
    only where the sentence names no other country ("Chủ tịch nước Thonglun Sisoulith nhấn mạnh Lào …": Laos has
    the post too)."""
    key = tables(doc.article.lang).national_posts.get(phrase)
    if key is None:
        return None
    others = {ents[k].kb for k in range(s.tok_start, s.tok_end) if k in ents} - {None, key}
    if person.kb is None and any(gaz.entry(o).type == "GPE" and gaz.entry(o).kind != CITY and
                                 not gaz.entry(o).capital_of for o in others):
        return None  # (a city named, "in Paris", is no other country)
    return Mention(doc.span_text(ta, te), doc.tokens[ta].start, doc.tokens[te - 1].end, gaz.entry(key).type, "name",
                   key)


def _posted(person: Span, posted: set[str]) -> bool:
    """Was this person (or the one whose name has this one as a word: "Lee" for "Lee Jae-myung") given a post?"""
    return (person.kb or person.text) in posted or any(person.text in p.split() for p in posted)


def _national_role(role: str, person: Span | None = None, gaz: Gazetteer | None = None) -> bool:
    """A post of a country's government ("president", "prime minister", "health minister", "Secretary of State";
    not a state's "chief minister"); a counterpart the gazetteer knows ("son homologue Abdelmadjid Tebboune")."""
    if role == "counterpart" and person is not None and gaz is not None and person.kb in gaz.entries:
        return gaz.entry(person.kb).type == "PER"
    return role in ("president", "vice president", "prime minister", "deputy prime minister", "secretary of state",
                    "chancellor", "chief cabinet secretary") or \
        (role.endswith("minister") and role != "chief minister")


def _counterpart_country(doc: Doc, si: int, gaz: Gazetteer) -> str | None:
    """The country of a counterpart the sentence names ("un appel de son homologue italienne, X"): the other post
    named there is the other country's."""
    tb = tables(doc.article.lang)
    for _, te, phrase in find_phrases(doc, si, tb.titles):
        m = _demonym_mention(doc, te, gaz) if tb.titles[phrase] == "counterpart" else None
        if m is not None:
            return m.key
    return None


def _lead_end(doc: Doc, most: int = 8) -> int:
    """The token after the article's first three sentences, or after its first sentence of the body (eight words or
    more, ending with a full stop: headlines, bullet points and bylines do not) when that comes later, looking at
    its first ``most`` sentences."""
    end = doc.sentences[min(2, len(doc.sentences) - 1)].tok_end
    for s in doc.sentences[:most]:
        words = sum(t.upos != "PUNCT" for t in doc.tokens[s.tok_start:s.tok_end])
        if words >= 8 and doc.tokens[s.tok_end - 1].text in (".", "!", "?"):
            return max(end, s.tok_end)
    return end


def _article_country(doc: Doc, ta: int, te: int, person: Span, gaz: Gazetteer) -> Mention | None:
    """The country of a government post named with no country ("President Peter Banda", "le ministre de l'Économie,
    X", "Phó Thủ tướng X"): the one country the article's first three sentences name (the country the page is
    about), else, in a language whose press is one country's own, that country when those sentences name no other,
    or name it and the person has one of its family names (``[institutions] home_country``, ``home_surnames``: a
    Vietnamese page's "Thủ tướng" is Vietnam's, but not "Thủ tướng Christopher Luxon"'s); a person the gazetteer
    knows gets the country it gives that person ("President Xi Jinping", "le président Emmanuel Macron"), else only
    the latter (a known foreign leader is not the country of the page). As a mention of that country spanning the
    title."""
    if person.kb in gaz.entries and gaz.entry(person.kb).type == "PER" and gaz.entry(person.kb).country:
        key = gaz.entry(person.kb).country  # "President Xi Jinping": a person the gazetteer knows, of his country
        return Mention(doc.span_text(ta, te), doc.tokens[ta].start, doc.tokens[te - 1].end, gaz.entry(key).type,
                       "name", key)
    home = tables(doc.article.lang).home_country
    found, capitals, leaders = set(), set(), set()
    lead_end = _lead_end(doc)
    for e in doc.entities:
        if e.start >= lead_end:
            break  # (the entities are in text order)
        kb = e.kb.rsplit(" of ", 1)[-1] if e.kb and e.kb not in gaz.entries else e.kb  # ("Mexico's economy
        if kb in gaz.entries:  # ministry": Mexico is named too)
            entry = gaz.entry(kb)
            if entry.is_country or entry.capital_of:
                found.add(entry.capital_of or kb)
                capitals |= {entry.capital_of} if entry.capital_of and _dateline_at(doc, e) else set()
            elif (entry.is_organisation or entry.kind == SUBDIVISION) and entry.country:
                found.add(entry.country)  # "Grève à la SNCF": a body of one country
            elif entry.type == "PER" and entry.country and doc.tokens[e.start].sent != doc.tokens[ta].sent:
                leaders.add(entry.country)  # "Le Premier ministre Bart De Wever": a known leader's, if nothing else
                # (not in the post's own sentence: "Côté américain, Marco Rubio a reçu le ministre X")
    found = found or leaders
    if len(found) > 1 and len(capitals) == 1 and capitals <= found:
        found = capitals  # "December 3, 2026 - Ottawa, Ontario - … assistance … in Sudan": the capital's country
    if not found:  # "Le gouvernement fédéral belge s'accorde …": a lead that names its country by an adjective
        sides = tables(doc.article.lang).sides  # (not "Côté américain, X a reçu le ministre Y": one side of two)
        found = {k for t in doc.tokens[:lead_end] if t.text[:1].islower() and t.upos == "ADJ" and
                 not (t.i > 0 and doc.tokens[t.i - 1].text.lower() in sides)
                 for k in [gaz.demonym(t.text, doc.article.lang, doc)] if k is not None}
    found -= {_counterpart_country(doc, doc.tokens[ta].sent, gaz)} if len(found) > 1 else set()
    key = next(iter(found)) if len(found) == 1 and person.kb is None else None
    native = home in found and person.text.split()[0] in tables(doc.article.lang).home_surnames
    key = key or (home if home and (not found or found == {home} or native) else None)
    if key is None or key not in gaz.entries:
        return None
    return Mention(doc.span_text(ta, te), doc.tokens[ta].start, doc.tokens[te - 1].end, gaz.entry(key).type, "name",
                   key)


def _dateline_at(doc: Doc, e: Span) -> bool:
    """Is the place ``e`` a dateline's: first in its line or after a dash, then a comma or a dash ("December 3, 2026
    - Ottawa, Ontario - …", "BRUSSELS, Dec 4 (Reuters) -"), not a place inside a sentence ("tại Hà Nội, …")?"""
    text, a, b = doc.article.text, e.char_start, e.char_end
    before = text[max(0, a - 4):a].rstrip(" ")  # (a few characters, not the whole text before it: ingest keeps
    after = text[b:b + 2].lstrip(" ")  # one space between words)
    return (a == 0 or before[-1:] in ("\n", "-", "—", "–")) and after[:1] in (",", "-", "—", "–")


# posts of a city: with no city named, they are the city the article named last ("Springfield city council … Mayor X")
CITY_ROLES = frozenset({"mayor", "deputy mayor", "prosecutor"})


def _city_before(doc: Doc, before: int, gaz: Gazetteer) -> Mention | None:
    """The last city named before token ``before``: a place the gazetteer knows as a city, or one it does not know
    (a country or a region is no mayor's)."""
    city = None
    for e in doc.entities:
        if e.end > before:
            break
        entry = gaz.entry(e.kb) if e.kb in gaz.entries else None
        if e.label == "GPE" and (entry is None or entry.kind == CITY):
            city = e
    return Mention(city.text, city.char_start, city.char_end, "GPE", "name", city.kb) if city is not None else None


# posts of an organisation: with none named, they are the last organisation named before ("… according to U.N.
# figures. Secretary-General Antonio Guterres welcomed …")
ORGANISATION_ROLES = frozenset({"secretary general"})


def _organisation_before(doc: Doc, before: int, gaz: Gazetteer) -> Mention | None:
    """The last organisation of no country the gazetteer knows named before token ``before``, not a body of
    another one (the "UN Security Council" is the UN's: its name opens with one of the UN's names)."""
    best = None
    for e in doc.entities:
        if e.end > before:
            break
        entry = gaz.entry(e.kb) if e.kb in gaz.entries else None
        if entry is not None and entry.is_organisation and entry.country is None and not any(
                gaz.lookup(" ".join(e.kb.split()[:n])) not in (None, e.kb) for n in (1, 2) if n < len(e.kb.split())):
            best = e
    return span_mention(doc, best) if best is not None else None


def _organisation_before_comma(doc: Doc, s, ta: int, ents, gaz: Gazetteer) -> Mention | None:
    """ "tại họp báo thường kỳ của Bộ Ngoại giao, Người phát ngôn X": the organisation that ends the phrase set off
    before a spokesperson's title is the one he speaks for (not a news outlet: "Theo Reuters, người phát ngôn X")."""
    if ta - 2 < s.tok_start or doc.tokens[ta - 1].text != "," or ta - 2 not in ents:
        return None
    e = ents[ta - 2]
    entry = gaz.entry(e.kb) if e.kb in gaz.entries else None
    if e.label != "ORG" or e.end != ta - 1 or (entry is not None and not entry.is_organisation):
        return None
    return span_mention(doc, e)


# posts of a state or province: with none named, they are the one the sentence or the article's lead names, else the
# last one named ("SALEM, Ore. — Gov. X signed a bill … in Oregon's public schools")
STATE_ROLES = frozenset({"governor", "lieutenant governor", "state senator", "state representative"})


def _topic_post(doc: Doc, s, ta: int, phrase: str, person: Span) -> bool:
    """Is the title at ``ta`` a post in the organisation the article is about: a company's (``COMPANY_ROLES``) or
    one the language lists (``[titles_glue] topic_posts``), held by a person the gazetteer does not know, not after
    a possessive ("Sinner's coach": a person's)?"""
    tb = tables(doc.article.lang)
    if tb.titles[phrase] in COMPANY_ROLES:
        return True
    return phrase in tb.topic_posts and person.label == "PER" and person.kb is None and \
        not (ta > s.tok_start and doc.tokens[ta - 1].text in tb.possessive_clitics)


def _subdivisions(doc: Doc, gaz: Gazetteer) -> list[Span]:
    return [e for e in doc.entities if e.kb in gaz.entries and gaz.entry(e.kb).kind == SUBDIVISION]


def _subdivision_near(doc: Doc, s, ta: int, subs: list[Span]) -> Mention | None:
    """The state or province of a post named without one (``subs``: the states and provinces the article names):
    the one the title's sentence names, else the one the article's lead names, else the last one named before the
    title."""
    in_sentence = {e.kb for e in subs if s.tok_start <= e.start < s.tok_end}
    lead_end = _lead_end(doc)
    in_lead = {e.kb for e in subs if e.start < lead_end}
    before = [e for e in subs if e.end <= ta]
    key = next(iter(in_sentence)) if len(in_sentence) == 1 else next(iter(in_lead)) if len(in_lead) == 1 else \
        before[-1].kb if before else None
    if key is None:
        return None
    e = next(e for e in subs if e.kb == key)
    return Mention(e.text, e.char_start, e.char_end, "GPE", "name", key)


# posts held in a company: with no body named, they are the company's the article is about ("Nvidia said … Chief
# Executive Jensen Huang said …"); a language adds its own (``[titles_glue] topic_posts``: "Bristol Rovers have
# dismissed manager X … chairman Y said")
COMPANY_ROLES = frozenset({"chief executive", "chief financial officer", "chief operating officer",
                           "chief technology officer"})


def _role_body(doc: Doc, s, ta: int, role: str, ents, gaz: Gazetteer,
               subs: dict[str, list[Span]]) -> Mention | None:
    """The body of a post named with none, by its role: a state's or a province's ("Gov. X"), the organisation set
    off before a spokesperson, an organisation's ("Secretary-General X"), the last body of the role's kind named
    (``[titles_glue] role_bodies``: "Judge X", the last court), a city's ("Mayor X")."""
    if role in STATE_ROLES:
        if "subs" not in subs:
            subs["subs"] = _subdivisions(doc, gaz)
        return _subdivision_near(doc, s, ta, subs["subs"])
    if role == "spokesperson":
        return _organisation_before_comma(doc, s, ta, ents, gaz)
    if role in ORGANISATION_ROLES:
        return _organisation_before(doc, ta, gaz)
    heads = tables(doc.article.lang).role_bodies.get(role)
    if heads:  # "Leeds Crown Court heard … Judge X told him": the last court named
        e = next((e for e in reversed(doc.entities) if e.end <= ta and e.label == "ORG" and
                  {doc.tokens[e.end - 1].text.lower(), doc.tokens[e.start].text.lower()} & set(heads)), None)
        return span_mention(doc, e) if e is not None else None
    return _city_before(doc, ta, gaz) if role in CITY_ROLES else None


def _government_before(doc: Doc, s, ta: int, te: int, gaz: Gazetteer) -> Mention | None:
    """ "Pour le gouvernement congolais, … a affirmé le porte-parole du gouvernement, X": a post of the government
    named with no country (``[coref] state_nouns``) is in the last government named with its country."""
    tb = tables(doc.article.lang)
    k = te
    while k < s.tok_end and k - te < 2 and doc.tokens[k].upos in ("ADP", "DET"):
        k += 1
    if k == te or k >= s.tok_end or doc.tokens[k].text.lower() not in tb.state_nouns or \
            (k + 1 < s.tok_end and doc.tokens[k + 1].upos in ("ADJ", "PROPN")):
        return None  # (not "le porte-parole du gouvernement malien": its country is named)
    e = next((e for e in reversed(doc.entities) if e.end <= ta and doc.tokens[e.start].text.lower() in tb.state_nouns
              and e.kb in gaz.entries and gaz.entry(e.kb).is_country), None)
    return span_mention(doc, e) if e is not None else None


def _no_single_post(doc: Doc, s, ta: int, ents, tb) -> bool:
    """Does the title word at ``ta`` name no post of one holder: it ends a place's name ("tại Phủ Chủ tịch"; not
    "Communications Minister"), or a plural marker stands before it ("các bộ trưởng, chủ tịch UBND các tỉnh")?"""
    if ta in ents and ents[ta].start < ta and ents[ta].label not in ("PER", "MISC"):
        return True
    return ta > s.tok_start and doc.tokens[ta - 1].text.lower() in tb.plural_markers


def find_titles(doc: Doc, gaz: Gazetteer) -> Iterator[TitleHit]:
    """Each title with the person holding it and, when the text names it, the body: "Tổng thống Nga Vladimir
    Putin", "le porte-parole du Kremlin, Dmitri Peskov", "Kremlin spokesman Dmitry Peskov"."""
    tb = tables(doc.article.lang)
    ents = entity_index(doc)
    bodies: set[int] = set()  # first tokens of the bodies of the posts found so far
    first_token = {e.char_start: e.start for e in reversed(doc.entities)}  # (the first entity starting there)
    posted: set[str] = set()  # the persons given a post with its body so far
    subs: dict[str, list[Span]] = {}  # the states and provinces named (read once per article)
    for s in doc.sentences:
        last_end = -1
        for ta, te, phrase in find_phrases(doc, s.i, tb.titles):
            after_title, last_end = ta == last_end, te
            if after_title:
                continue  # "le directeur adjoint": a title word right after a title qualifies it
            if _no_single_post(doc, s, ta, ents, tb):
                continue
            body = _body_before_title(doc, s, ta, ents, gaz)
            if body is not None and ta > s.tok_start and doc.tokens[ta - 1].text.lower() in tb.title_possessives \
                    and te < s.tok_end:  # "Son homologue indien, X": India's, not the possessor's body
                body = _demonym_mention(doc, te, gaz) or body
            person, body = _holder_after_title(doc, s, ta, te, body, ents, gaz, bodies)
            apposed = _apposed_holder(doc, s, ta, te, ents)
            if apposed is not None and person is not None and body is None and _of_before(doc, te, person):
                body, person = span_mention(doc, person), apposed  # "X, chief executive of … consultancy Y": Y's
            if person is None or (apposed is not None and apposed.label == "PER" and person.label != "PER"):
                person = apposed  # "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said"
            if person is not None and body is None and _topic_post(doc, s, ta, phrase, person):
                body = _topic_org(doc, ta, bodies)
            if person is not None and body is None and te - ta > 1:
                body = body_anaphor(doc, ta, ta + 1, ents, before=ta)  # "Council member X": the council named
            if person is not None and body is None and tb.titles[phrase] == "spokesperson" and ta <= s.tok_start + 4 \
                    and not _posted(person, posted) and (ta == s.tok_start or doc.tokens[ta - 1].upos == "PUNCT"):
                body = _possessor(doc, s, known=True)  # "Điện Kremlin chưa bình luận … Tuần trước, người phát ngôn X"
            if person is not None and body is None:
                body = _side_body(doc, s, ta, ents, gaz) or _government_before(doc, s, ta, te, gaz) or \
                    _national_body(doc, s, ta, te, phrase, person, ents, gaz) or \
                    _role_body(doc, s, ta, tb.titles[phrase], ents, gaz, subs)
            if person is not None and body is None and _national_role(tb.titles[phrase], person, gaz) and \
                    not _posted(person, posted):  # (one given a post before keeps it)
                body = _article_country(doc, ta, te, person, gaz)
            if person is not None:
                if body is not None:
                    bodies.add(first_token.get(body.start, -1))
                    posted.add(person.kb or person.text)
                yield TitleHit(s.i, ta, te, doc.span_text(ta, te), tb.titles[phrase], person, body)
        for ta, te, phrase in _plural_titles(doc, s):
            for person, body in _plural_holders(doc, s, ta, te, ents, gaz):
                yield TitleHit(s.i, ta, te, doc.span_text(ta, te), tb.titles[phrase], person, body)


@cache
def _title_words(lang: str) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word of the language's titles -> (the title's words, where the word stands in it)."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in tables(lang).titles:
        words = tuple(phrase.split())
        for n, w in enumerate(words):
            out.setdefault(w, []).append((words, n))
    return out


def _plural_titles(doc: Doc, s) -> list[tuple[int, int, str]]:
    """Titles written in the plural, one word taking a plural ending ("présidents", "foreign ministers"):
    (start, end, the title in the singular), the longest at each start."""
    tb = tables(doc.article.lang)
    index = _title_words(doc.article.lang) if tb.plural_endings else {}
    found: dict[int, tuple[int, str]] = {}
    for t in doc.tokens[s.tok_start:s.tok_end]:
        low = t.text.lower()
        for ending in tb.plural_endings:
            stem = low[:-len(ending)]
            if not low.endswith(ending) or len(stem) < 3:
                continue
            for words, n in index.get(stem, ()):
                a = t.i - n
                got = [w.text.lower() for w in doc.tokens[max(a, 0):a + len(words)]]
                if a >= s.tok_start and a + len(words) <= s.tok_end and got[:n] + [stem] + got[n + 1:] == list(words):
                    if a + len(words) > found.get(a, (0, ""))[0]:
                        found[a] = (a + len(words), " ".join(words))
    return [(a, b, phrase) for a, (b, phrase) in sorted(found.items())]


def _plural_holders(doc: Doc, s, ta: int, te: int, ents, gaz: Gazetteer) -> list[tuple[Span, Mention]]:
    """The holders of a plural title, each with the country named in the same place: "les présidents congolais
    Félix Tshisekedi et rwandais Paul Kagame", "les ministres russe et chinois des Affaires étrangères, X et Y",
    "the Russian and Chinese foreign ministers, X and Y". Nothing unless the countries and the names pair up."""
    tb = tables(doc.article.lang)
    joins = tb.conjunctions | {","}
    countries: list[Mention] = []
    k = ta - 1
    while k >= s.tok_start and (doc.tokens[k].text.lower() in joins or gaz.demonym(doc.tokens[k].text,
                                                                                   doc.article.lang, doc)):
        m = _demonym_mention(doc, k, gaz)
        if m is not None:
            countries.insert(0, m)
        k -= 1
    persons: list[Span] = []
    k = te
    while k < min(s.tok_end, te + WINDOW):
        e = ents.get(k)
        if e is not None and e.start == k:
            if e.label != "PER":
                break
            persons.append(e)
            k = e.end
            continue
        m = _demonym_mention(doc, k, gaz) if e is None else None
        if m is not None:
            countries.append(m)
        elif doc.tokens[k].upos in STOP_UPOS:
            break
        k += 1
    if len(persons) < 2 or len(countries) != len(persons):
        return []
    return list(zip(persons, countries))


def _side_body(doc: Doc, s, ta: int, ents, gaz: Gazetteer) -> Mention | None:
    """The country of the side a sentence opens with ("Phía Tokyo, …", "Côté américain, …"), for a title after its
    comma that names no body of its own (:func:`kg.nlp.entities.side_of_sentence`)."""
    side = side_of_sentence(doc, s, ta, gaz, ents)
    if side is None:
        return None
    key, a, b = side
    return Mention(doc.span_text(a, b), doc.tokens[a].start, doc.tokens[b - 1].end, gaz.entry(key).type, "name", key)


def _modifier(doc: Doc, k: int) -> bool:
    """A word of the titles' glue that qualifies the post ("incoming", "acting", "nouveau"), not a determiner, a
    preposition or punctuation."""
    t = doc.tokens[k]
    return t.text.lower() in tables(doc.article.lang).titles_glue and t.text.isalpha() and \
        t.upos not in ("DET", "ADP", "PUNCT", "CCONJ", "PRON")


def _common_word(doc: Doc, word: str) -> bool:
    """Does the article also write ``word`` in lower case (a common noun: "Library director X", "the library
    board")?"""
    return re.search(rf"\b{re.escape(word.lower())}\b", doc.article.text) is not None


def _body_before_title(doc: Doc, s, ta: int, ents, gaz: Gazetteer) -> Mention | None:
    """The body named before the title: "Kremlin spokesman", "Japan's Chief Cabinet Secretary", "Russian
    President", "the company's chief executive"; or, for "Son porte-parole, X" opening the sentence, the previous
    sentence's subject."""
    tb = tables(doc.article.lang)
    body: Mention | None = None
    while ta - 1 > s.tok_start and _modifier(doc, ta - 1):
        ta -= 1  # "Greenland's incoming premier": a modifier of the title stands between
    ta = _past_portfolio(doc, s, ta, ents, gaz)
    if ta - 3 > s.tok_start and doc.tokens[ta - 1].text == ")" and doc.tokens[ta - 3].text == "(":
        ta -= 3  # "Department of Foreign Affairs (DFA) spokesperson": past the body's short name
    if ta - 1 >= s.tok_start:
        prev = ents.get(ta - 1)
        prev = None if prev is not None and prev.end > ta else prev  # ("Communications Minister"/MISC: no body)
        if prev is not None and prev.label == "MISC" and prev.kb is None and prev.start == s.tok_start and \
                prev.end == prev.start + 1 and _common_word(doc, prev.text):
            prev = None  # ("Library director Hannah Ortiz", "… branch libraries": a capital that only opens the
            # sentence names no body; "Rovers captain X", "Greens senator Y" do)
        if prev is not None and prev.label != "PER":
            body = span_mention(doc, prev)
        elif doc.tokens[ta - 1].text in tb.possessive_clitics and ta - 2 >= s.tok_start and \
                ents.get(ta - 2) is not None and ents[ta - 2].label != "PER":
            body = span_mention(doc, ents[ta - 2])  # "Japan's Chief Cabinet Secretary"
        elif doc.tokens[ta - 1].text in tb.possessive_clitics and ta - 2 >= s.tok_start:
            body = body_anaphor(doc, ta - 2, ta - 1, ents)  # "the company's chief executive"
        else:
            body = _demonym_mention(doc, ta - 1, gaz, ending=True) or (
                body_anaphor(doc, ta - 1, ta, ents) if doc.tokens[ta - 1].text.islower() else None)
            # ("union leader X": the union named before)
    # "Son porte-parole, X, …" opens the sentence: "son" is the previous sentence's subject; in "M. Barrot
    # a rencontré son homologue X" it is this sentence's
    if body is None and (ta - 1 == s.tok_start or _after_quote_and_cue(doc, s, ta - 1)) and \
            doc.tokens[ta - 1].text.lower() in tb.title_possessives:
        body = _possessor(doc, s)  # ("« … », a dénoncé son délégué, X": after a quote and its cue, the same)
    if body is None and ta - 1 > s.tok_start and doc.tokens[ta - 1].text.lower() in tb.title_possessives and \
            any(b == ta - 1 for _, b, _ in find_phrases(doc, s.i, tb.voice_of, start=max(s.tok_start, ta - 5),
                                                        end=ta - 1)):
        opener = next((e for e in doc.entities if s.tok_start <= e.start <= s.tok_start + 1), None)
        body = span_mention(doc, opener) if opener is not None and opener.label in ("ORG", "GPE") else None
        # ("Le Kremlin a jugé …, par la voix de son porte-parole X": the sentence's subject)
    return body


def _past_portfolio(doc: Doc, s, ta: int, ents, gaz: Gazetteer) -> int:
    """ "Egyptian Water Resources Minister", "Japan's Economy Minister": up to three capitalised words before the
    title that are no name (the post's brief; a name the tagger glued to the title is no name), when a demonym, a
    name or a possessive stands before them: where the body is read; else ``ta``."""
    j = ta
    while j - 1 > s.tok_start and ta - j < 3 and ((j - 1) not in ents or ents[j - 1].end > ta) and \
            doc.tokens[j - 1].text.isalpha() and \
            doc.tokens[j - 1].text[:1].isupper() and doc.tokens[j - 1].upos in ("NOUN", "PROPN", "ADJ"):
        j -= 1
    if j == ta:
        return ta
    before = doc.tokens[j - 1]
    named = ents.get(j - 1) is not None and ents[j - 1].label != "PER"
    clitic = before.text in tables(doc.article.lang).possessive_clitics
    return j if named or clitic or gaz.demonym(before.text, doc.article.lang, doc) is not None else ta


def _after_quote_and_cue(doc: Doc, s, k: int) -> bool:
    """Does token ``k`` follow a quotation that opens the sentence and the verb that attributes it ("« … », a
    dénoncé [son] délégué")?"""
    if doc.tokens[s.tok_start].text not in OPEN_Q:
        return False
    close = next((j for j in range(k - 1, s.tok_start, -1) if doc.tokens[j].text in CLOSE_Q), None)
    return close is not None and all(doc.tokens[j].upos in ("PUNCT", "AUX", "VERB") for j in range(close + 1, k))


def _holder_after_title(doc: Doc, s, ta: int, te: int, body: Mention | None, ents, gaz: Gazetteer,
                        bodies: set[int]) -> tuple[Span | None, Mention | None]:
    """(the person after the title, the body) reading the words after the title: a body's short name in brackets
    is skipped, "of X" names the body, a name the gazetteer does not know as a place or body is the holder."""
    tb = tables(doc.article.lang)
    if te < s.tok_end and doc.tokens[te].text in tb.possessive_clitics:
        return None, body  # "Prime Minister's Questions", "the Prime Minister's spokesman": no holder named
    k, person, brief = te, None, False
    other, briefs = _other_titles(doc, s, te, tb), _briefs(doc, s, te, tb)
    while k < min(s.tok_end, te + WINDOW):
        k = briefs.get(k, k)  # "ministre délégué chargé de l'Europe": the brief names no body
        tok, e = doc.tokens[k], ents.get(k)
        if k in other:
            break
        if e is not None and k > te and doc.tokens[k - 1].text == "(" and e.end < s.tok_end and \
                doc.tokens[e.end].text == ")":
            if body is None and e.label != "PER":  # "Le directeur général de l'Agence … (AIEA), Rafael Grossi"
                body = span_mention(doc, e)
            k = e.end + 1  # "Phòng Thương mại Mỹ tại Hà Nội (AmCham) Adam Sitkoff": the body's short name
            continue
        of = k - 2 if k - 2 >= te and doc.tokens[k - 1].upos == "DET" else k - 1  # "de la Commission"
        if e is not None and body is None and e.label != "PER" and k > te and \
                doc.tokens[of].text.lower() in tb.possessive:
            body = span_mention(doc, e)  # "L'entraîneur du Paris Saint-Germain, Luis Enrique": of X is the body
            k = e.end
            continue
        if e is not None:
            holds, brief = _name_holds(doc, te, k, e, of, body, brief, ents, tb)
            if holds:
                person = None if _subject_after_phrase(doc, s, ta, te, e, brief) or _governed(doc, tb, te, k, e) \
                    else e
                break
            if body is None:
                body = span_mention(doc, e)
            k = e.end
            continue
        if tok.upos in STOP_UPOS and tok.text.lower() not in tb.titles_glue and not (
                tok.deprel.startswith("acl") and tok.head in range(ta, te)):
            break  # ("La ministre française chargée de l'Espace, X": a participle qualifying the title goes on)
        if _apposition_ends(doc, s, k, tb):
            break
        if body is None:
            body = _demonym_mention(doc, k, gaz) or body_anaphor(doc, k, None, ents, ta, bodies)
        k += 1
    return person, body


def _name_holds(doc: Doc, te: int, k: int, e: Span, of: int, body: Mention | None, brief: bool, ents,
                tb) -> tuple[bool, bool]:
    """(whether the name ``e`` at ``k`` after the title ending at ``te`` holds the post, whether a brief was read
    before it). NER types are unreliable (underthesea tags many foreign names LOC): a name the gazetteer does not
    know as a place or body is the holder; a name of no person right after a preposition is the post's brief ("an
    Indian minister about the Indus Waters Treaty", "l'envoyé spécial pour l'Afrique, X"), and only a person's name
    after a brief holds it."""
    is_last_name = ents.get(e.end, e) is e  # (no name right after it, or the same one)
    # ("administrator of NASA's Exploration … Directorate": a name after a possessive is a body of the body)
    known_non_person = e.kb is not None and e.label != "PER" or (
        body is not None and k - 1 > te and doc.tokens[k - 1].text in tb.possessive_clitics)
    brief = brief or e.label != "PER" and of >= te and doc.tokens[of].upos == "ADP" and \
        doc.tokens[of].text.lower() not in tb.possessive and not known_non_person
    if brief:
        return e.label == "PER", brief
    return not known_non_person and (is_last_name and e.label != "ORG" or e.label == "PER"), brief


def _briefs(doc: Doc, s, te: int, tb) -> dict[int, int]:
    """Each word of ``[titles_glue] portfolios`` after the title ending at ``te`` -> the comma that ends the brief
    it opens ("chargé de l'Europe,"), or the sentence's last token."""
    out = {}
    for k in range(te, min(s.tok_end, te + WINDOW)):
        if doc.tokens[k].text.lower() in tb.portfolios:
            out[k] = next((j for j in range(k, s.tok_end) if doc.tokens[j].text == ","), s.tok_end - 1)
    return out


def _of_before(doc: Doc, te: int, e: Span) -> bool:
    """Does a possessive preposition ("of", "de", "của") stand between the title ending at ``te`` and the name ``e``:
    the name is the title's body, not its holder ("chief executive of … consultancy Pixel Insight"; not 'curator of
    "Andy Warhol: …"', a quoted title, nor "Director of the National Iodine Nutrition study", a name qualifying a
    noun)?"""
    between = doc.tokens[te:e.start]
    after = doc.tokens[e.end] if e.end < len(doc.tokens) else None
    return any(t.text.lower() in tables(doc.article.lang).possessive for t in between) and \
        not any(t.text in OPEN_Q or t.text in CLOSE_Q for t in between) and \
        not (after is not None and after.upos == "NOUN" and after.text.islower())


def _apposition_ends(doc: Doc, s, k: int, tb) -> bool:
    """Does the phrase after a title end at token ``k``: "X, director of A, and chair of B" (at ", and"); "son
    homologue arménien, pour le prix Nobel" (a phrase set off after the title, no name of its holder); "la visite du
    président chinois à Paris et le sort des otages …" (another thing: not "ministre de l'Économie et des
    Finances, X")?"""
    tok = doc.tokens[k]
    if tok.upos == "CCONJ" and k + 2 < s.tok_end and doc.tokens[k + 1].upos == "DET" and \
            doc.tokens[k + 2].upos == "NOUN" and doc.tokens[k + 2].text.islower():
        return True
    return tok.text == "," and k + 1 < s.tok_end and (doc.tokens[k + 1].upos == "CCONJ" or (
        doc.tokens[k + 1].upos == "ADP" and doc.tokens[k + 1].text.lower() not in tb.titles_glue))


def _other_titles(doc: Doc, s, te: int, tb) -> set[int]:
    """Where another title opens another phrase after the title ending at ``te``: after a preposition ("các lãnh đạo
    Việt Nam tới Tổng thống Lee": Lee is the president's name, not the leaders'), or past a phrase set off by commas
    ("Theo đặc phái viên TTXVN, chiều 2/12, tại Thủ đô Viêng Chăn, Thủ tướng Phạm Minh Chính"); not a second title
    of the same person after one comma ("spokesman, Lieutenant General X")."""
    return {a for a, _, _ in find_phrases(doc, s.i, tb.titles, start=te, end=min(s.tok_end, te + WINDOW))
            if a > te and (doc.tokens[a - 1].upos == "ADP" and doc.tokens[a - 1].text.lower() not in tb.titles_glue
                           or sum(doc.tokens[j].text == "," for j in range(te, a)) >= 2)}


def _subject_after_phrase(doc: Doc, s, ta: int, te: int, e: Span, brief: bool = False) -> bool:
    """ "Speaking … with his Pakistani counterpart, Cavusoglu said", "For X, a USI instructor in English, Warhol
    was …": a title inside a prepositional phrase (or with a brief after it), then a comma, then a name and its
    verb: the name is the sentence's subject, not the holder of the post."""
    comma = any(doc.tokens[k].text == "," for k in range(te, e.start))
    verb = e.end < s.tok_end and doc.tokens[e.end].upos in ("VERB", "AUX")
    in_phrase = brief or any(doc.tokens[k].upos == "ADP" for k in range(max(s.tok_start, ta - 3), ta))
    return comma and verb and in_phrase


def find_affiliations(doc: Doc) -> Iterator[tuple[int, int, Span, Span]]:
    """(sentence, preposition, person, organisation) for "Matthew Ingram of The Globe and Mail", "Mu Li, of the
    University of NSW", "Lydia Buchtmann for Food Standards Australia New Zealand": a person's name, (a comma,) one of
    ``[titles_glue] affiliations`` and an organisation's name — the person works for it."""
    tb, toks = tables(doc.article.lang), doc.tokens
    if not tb.affiliations:
        return
    ents = entity_index(doc)
    for e in doc.entities:
        k = e.end + 1 if e.end < len(toks) and toks[e.end].text == "," else e.end
        if e.label != "PER" or k >= len(toks) or toks[k].text.lower() not in tb.affiliations:
            continue
        j = k + 1
        while j < len(toks) and toks[j].upos == "DET":
            j += 1
        org = ents.get(j)
        if org is not None and org.start == j and org.label == "ORG" and toks[j].sent == toks[e.start].sent:
            yield toks[e.start].sent, k, e, org


def _governed(doc: Doc, tb, te: int, k: int, e: Span) -> bool:
    """ "a USI instructor in English": a name the tagger did not call a person, after a preposition that is no glue of
    titles, is what the post is about, not who holds it."""
    return k > te and doc.tokens[k - 1].upos == "ADP" and doc.tokens[k - 1].text.lower() not in tb.titles_glue and \
        e.label != "PER"
