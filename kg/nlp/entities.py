"""Entity ruler: gazetteer names found on token boundaries override and split the backend's NER spans.

Backend NER is uneven (underthesea tags "Triều Tiên" as a person and merges "Kremlin Dmitry Peskov"); known
names fix both the span and the type. Works on any backend's Doc.

>>> from kg.model import Article, Doc, Sentence, Span, Token
>>> text = "Điện Kremlin Dmitry Peskov nói"
>>> toks = (Token(0, "Điện Kremlin", 0, 12, "PROPN", "điện kremlin", -1, "dep", 0),
...         Token(1, "Dmitry Peskov", 13, 26, "PROPN", "dmitry peskov", -1, "dep", 0),
...         Token(2, "nói", 27, 30, "VERB", "nói", -1, "dep", 0))
>>> doc = Doc(Article("a", text, "vi"), toks, (Sentence(0, 0, 30, 0, 3),), (Span(0, 2, "PER", 0, 26, text[:26]),),
...           "hand")
>>> from kg.gazetteer import load_gazetteer
>>> [(e.text, e.label, e.kb) for e in apply_gazetteer(doc, load_gazetteer()).entities]
[('Điện Kremlin', 'ORG', 'Kremlin'), ('Dmitry Peskov', 'PER', 'Dmitry Peskov')]
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator

from kg.gazetteer import CITY, SUBDIVISION, Gazetteer
from kg.lang import tables
from kg.model import Doc, Span, Token
from kg.nlp.phrases import find_phrases, joined

__all__ = ["apply_gazetteer", "split_glued_names", "add_institutions", "bracket_acronyms"]


_APOS = re.compile(r"(\b\w['’])(?=\w)")
_POSSESSIVE_S = re.compile(r"(?<=\w)(?=['’]s\b)")  # "People's" -> "People" "'s", as English tokenizers cut it
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _name_words(text: str) -> list[str]:
    """Words for gazetteer matching: "d'État" is "d'" "État", "People's" is "People" "'s" and "Pays-Bas" is "Pays"
    "-" "Bas", whichever way the backend tokenised them."""
    if "-" in text and len(text) > 1:
        text = _HYPHEN.sub(" - ", text)
    if "'" not in text and "’" not in text:
        return text.split()
    return _POSSESSIVE_S.sub(" ", _APOS.sub(r"\1 ", text)).split()


def _parts(tokens: tuple[Token, ...]) -> tuple[list[str], list[int], list[bool], list[bool]]:
    """Words of the doc (tokens split on spaces and elisions), each word's token, and whether it starts / ends its
    token."""
    words, owner, starts, ends = [], [], [], []
    for t in tokens:
        ps = _name_words(t.text)
        for k, p in enumerate(ps):
            words.append(p)
            owner.append(t.i)
            starts.append(k == 0)
            ends.append(k == len(ps) - 1)
    return words, owner, starts, ends


def _lower(words) -> list[str]:
    return [w.lower() for w in words]


def _matches(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(first token, end token, key) of gazetteer names, longest first, not overlapping."""
    by_first = gaz.match_index.get(doc.article.lang)
    if by_first is None:  # made once per gazetteer and language
        by_first = gaz.match_index[doc.article.lang] = {}
        for name, key in gaz.names(doc.article.lang).items():
            ws = _name_words(name)
            by_first.setdefault(ws[0], []).append((ws, key))
        for v in by_first.values():
            v.sort(key=lambda x: -len(x[0]))
    words, owner, starts, ends = _parts(doc.tokens)
    # a dateline or a headline in capitals ("NUUK, Greenland —") names what the gazetteer writes "Nuuk"
    titled = [w.title() if w.isupper() and len(w) >= 4 else w for w in words]
    found, used, k = [], set(), 0
    while k < len(words):
        hit = None
        for ws_of in ((words, titled) if titled[k] != words[k] else (words,)):
            if not starts[k] or hit:
                break
            for ws, key in by_first.get(ws_of[k], ()):
                j = k + len(ws)
                # a name of three words or more matches whatever the case of its later words ("Diễn đàn Hợp tác
                # kinh tế châu Á - Thái Bình Dương" is the gazetteer's "… Kinh tế …")
                if j <= len(words) and (ws_of[k:j] == ws or (len(ws) >= 3 and _lower(ws_of[k:j]) == _lower(ws))) \
                        and ends[j - 1] and doc.tokens[owner[k]].sent == doc.tokens[owner[j - 1]].sent:
                    hit = (owner[k], owner[j - 1] + 1, key)
                    break
        if hit and not any(t in used for t in range(hit[0], hit[1])):
            found.append(hit)
            used.update(range(hit[0], hit[1]))
            k += sum(len(_name_words(doc.tokens[t].text)) for t in range(hit[0], hit[1]))
        else:
            k += 1
    return found


def split_glued_names(doc: Doc, gaz: Gazetteer) -> Doc:
    """Split a multi-word proper-noun token that starts or ends with a known name ("Kremlin Dmitry").

    Only for Docs without a parse (a split would break the heads); the pieces keep the token's POS. A verb or a
    noun glued to a name that follows it ("thăm Nga", "ban ECOWAS") is split too; the name becomes PROPN.
    """
    if doc.has_parse:
        return doc
    names = gaz.names(doc.article.lang)
    text = doc.article.text
    pieces: list[list[tuple[int, int]]] = []  # per old token: (start, end) char ranges
    for t in doc.tokens:
        ws = t.text.split()
        cut = None
        if t.upos == "PROPN" and len(ws) > 1 and t.text not in names:
            for k in range(len(ws) - 1, 0, -1):
                if " ".join(ws[:k]) in names or " ".join(ws[k:]) in names:
                    cut = k
                    break
        elif t.upos in ("VERB", "NOUN") and len(ws) > 1:
            # a verb or noun glued to the name after it ("thăm Nga", "ban ECOWAS"): the name is split off, PROPN
            for k in range(1, len(ws)):
                if ws[k][:1].isupper() and " ".join(ws[k:]) in names and " ".join(ws[:k]) not in names:
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
        for n, (a, b) in enumerate(ps):
            lemma = t.lemma if len(ps) == 1 else text[a:b].lower()  # a token left whole keeps its lemma
            upos = "PROPN" if t.upos in ("VERB", "NOUN") and n > 0 else t.upos
            tokens.append(Token(len(tokens), text[a:b], a, b, upos, lemma, -1, t.deprel, t.sent))
    new_index.append(len(tokens))
    sents = tuple(dataclasses.replace(s, tok_start=new_index[s.tok_start], tok_end=new_index[s.tok_end])
                  for s in doc.sentences)
    ents = tuple(dataclasses.replace(e, start=new_index[e.start], end=new_index[e.end]) for e in doc.entities)
    return dataclasses.replace(doc, tokens=tuple(tokens), sentences=sents, entities=ents)


def _opens_longer_body(doc: Doc, e: Span, a: int, b: int) -> bool:
    """Does the organisation name at [a, b) open the longer organisation name ``e`` whose own head word ("Office",
    "Department") comes after it?"""
    heads = tables(doc.article.lang).word_classes.get("ORG_HEADS", ())
    return e.start == a and e.end > b + 1 and any(t.text.lower() in heads for t in doc.tokens[b:e.end])


def _qualified_body(doc: Doc, gaz: Gazetteer, a: int, b: int) -> Span | None:
    """A known body's name at [a, b) with a word that qualifies it and names no country right before ("National
    Security Council") or after it ("Conseil de sécurité nationale"): another body, whose name holds both (a country's
    body, "Russian Security Council", is left to the institution rules)."""
    toks, lang = doc.tokens, doc.article.lang
    start, end = a, b
    if a > 0 and toks[a - 1].sent == toks[a].sent and toks[a - 1].upos in ("ADJ", "PROPN") and \
            toks[a - 1].text[:1].isupper() and gaz.demonym(toks[a - 1].text, lang, doc) is None and \
            gaz.lookup(toks[a - 1].text, lang) is None:
        start = a - 1
    if b < len(toks) and toks[b].sent == toks[a].sent and toks[b].upos == "ADJ" and toks[b].text.islower() and \
            gaz.demonym(toks[b].text, lang, doc) is None:
        end = b + 1
    if (start, end) == (a, b):
        return None
    ca, cb = toks[start].start, toks[end - 1].end
    return Span(start, end, "ORG", ca, cb, doc.article.text[ca:cb])


def _names_company(toks, e: Span, a: int, b: int, joiners: frozenset[str] = frozenset()) -> bool:
    """Is the country name at tokens [a, b) part of the organisation name ``e``: the organisation's span holds it
    at one end, and the rest of the span is capitalised proper nouns ("Air India", "Iran Air") or, with
    ``joiners``, the words that join a name ("University of Southern [Indiana]")?"""
    if not (e.start <= a and b <= e.end and (e.start, e.end) != (a, b) and (e.start == a or e.end == b)):
        return False
    rest = [toks[k] for k in range(e.start, e.end) if not a <= k < b]
    # ("Attorney's Office for the Eastern District of [California]": an article and a possessive inside the name)
    inner = joiners and all(t.upos in ("PROPN", "DET", "PART", "ADP") or t.text.lower() in joiners for t in rest)
    return all((t.upos == "PROPN" and t.text[:1].isupper()) or t.text.lower() in joiners for t in rest) or \
        bool(inner and rest[0].upos == "PROPN" and e.end == b)


def _extend_companies(doc: Doc, gaz: Gazetteer, matches) -> Doc:
    """An organisation name the backend cut before or after a country name ("Air/ORG India") is extended over it."""
    toks, ents, changed = doc.tokens, list(doc.entities), False
    # organisations by where they end and start, so each country name looks at its neighbours only
    by_end: dict[int, set[int]] = {}
    by_start: dict[int, set[int]] = {}
    for n, e in enumerate(ents):
        if e.label == "ORG":
            by_end.setdefault(e.end, set()).add(n)
            by_start.setdefault(e.start, set()).add(n)
    for a, b, key in matches:
        if gaz.entry(key).type != "GPE":
            continue
        for n in sorted(by_end.get(a, set()) | by_start.get(b, set())):  # the first such span, as before
            e = ents[n]
            if toks[e.start].sent == toks[a].sent and \
                    all(toks[k].upos == "PROPN" and toks[k].text[:1].isupper() for k in range(e.start, e.end)):
                lo, hi = min(e.start, a), max(e.end, b)
                ca, cb = toks[lo].start, toks[hi - 1].end
                ents[n] = Span(lo, hi, "ORG", ca, cb, doc.article.text[ca:cb])
                by_end[e.end].discard(n)
                by_start[e.start].discard(n)
                by_end.setdefault(hi, set()).add(n)
                by_start.setdefault(lo, set()).add(n)
                changed = True
                break
    return dataclasses.replace(doc, entities=tuple(ents)) if changed else doc


def _given_names_like_places(doc: Doc, matches) -> list:
    """ "Luật sư Nguyễn Minh Đức": a one-word country name that ends a person's name (the backend's span) opening
    with one of the language's family names (``[institutions] home_surnames``) is a given name here, not Germany:
    the gazetteer match is dropped."""
    surnames = tables(doc.article.lang).home_surnames
    if not surnames:
        return matches
    toks = doc.tokens
    by_end = {e.end: e for e in doc.entities if e.label == "PER"}
    kept = []
    for a, b, key in matches:
        e = by_end.get(b)
        if e is not None and b - a == 1 and e.start < a and toks[e.start].text.split()[0] in surnames and \
                e.end - e.start <= 3:
            continue  # (the backend's person span holds it already)
        kept.append((a, b, key))
    return kept


def _local_names_like_countries(doc: Doc, matches) -> tuple[Doc, list]:
    """ "huyện Nga Sơn": a one-word country name after a word for an administrative unit (``[structure]
    admin_units``), followed by a capitalised word, opens a local place's name (not Russia): the gazetteer match is
    dropped and the place's name is one span."""
    units = frozenset(tables(doc.article.lang).structure.get("admin_units", ()))
    toks, text = doc.tokens, doc.article.text
    places, kept = [], []
    for a, b, key in matches:
        k = b
        while k < len(toks) and k < b + 2 and toks[k].sent == toks[a].sent and toks[k].text[:1].isupper() and \
                toks[k].start - toks[k - 1].end == 1 and toks[k].text.replace(" ", "").isalpha():
            k += 1
        if b - a == 1 and a > 0 and toks[a - 1].text.lower() in units and k > b:
            places.append(Span(a, k, "GPE", toks[a].start, toks[k - 1].end, text[toks[a].start:toks[k - 1].end]))
            continue
        kept.append((a, b, key))
    if not places:
        return doc, matches
    held = {t for p in places for t in range(p.start, p.end)}
    ents = [e for e in doc.entities if not any(t in held for t in range(e.start, e.end))] + places
    return dataclasses.replace(doc, entities=tuple(sorted(ents, key=lambda e: e.start))), kept


def apply_gazetteer(doc: Doc, gaz: Gazetteer) -> Doc:
    """Gazetteer names over the backend's entities (typed and keyed), the rest of the backend's spans kept where no
    gazetteer name covers them; then titles stripped, known prefixes split, "X de la Y" names extended and
    institutions of a named country added."""
    doc = split_glued_names(doc, gaz)
    toks, text = doc.tokens, doc.article.text
    gspans = []
    doc, matches = _local_names_like_countries(doc, _given_names_like_places(doc, _matches(doc, gaz)))
    first_names = tables(doc.article.lang).first_names
    doc = _extend_companies(doc, gaz, matches)
    spans_at: dict[int, list[Span]] = {}  # token -> the backend's spans covering it
    for e in doc.entities:
        for k in range(e.start, e.end):
            spans_at.setdefault(k, []).append(e)
    joiners = frozenset(tables(doc.article.lang).possessive)
    orgs_at: dict[int, list[Span]] = {}  # token -> the organisation spans covering it
    for e in doc.entities:
        if e.label == "ORG":
            for k in range(e.start, e.end):
                orgs_at.setdefault(k, []).append(e)
    for a, b, key in matches:
        # a lower-case single word is a common noun here ("anh", "đức"), not the name
        if (b - a == 1 and not toks[a].text[:1].isupper() and not toks[a].text.isupper()) or _hyphen_glued(toks, b):
            continue  # ("CGT-Cheminots": a longer name glued by a hyphen, not the CGT)
        if gaz.entry(key).type == "GPE" and any(_names_company(toks, e, a, b) for e in orgs_at.get(a, ())):
            continue  # "Air India", "Iran Air": a company named after a country
        if gaz.entry(key).kind in (SUBDIVISION, CITY) and any(_names_company(toks, e, a, b, joiners)
                                                               for e in spans_at.get(a, ())):
            continue  # "New York City", "University of Southern Indiana", "Chicago Tribune": a state's or a
            # city's name inside a longer name
        if gaz.entry(key).type == "ORG" and any(_opens_longer_body(doc, e, a, b) for e in orgs_at.get(a, ())):
            continue  # "United Nations Office for the Coordination of …": a body of the UN, named in full
        wider = _qualified_body(doc, gaz, a, b) if gaz.entry(key).type == "ORG" and b - a >= 2 else None
        if wider is not None:
            gspans.append(wider)  # "National Security Council", "Conseil de sécurité nationale": not the UN's
            continue
        if b - a == 1 and toks[a].text in first_names and b < len(toks) and toks[b].sent == toks[a].sent and \
                toks[b].upos == "PROPN" and toks[b].text[:1].isupper():
            continue  # "Jordan Bardella": a first name
        ca, cb = toks[a].start, toks[b - 1].end
        gspans.append(Span(a, b, gaz.entry(key).type, ca, cb, text[ca:cb], key))
    covered = set()
    for s in gspans:
        covered.update(range(s.start, s.end))
    out = list(gspans)
    for s in doc.entities:
        out += _uncovered_parts(doc, s, covered)
    out.sort(key=lambda s: s.start)
    return _names_and_bodies(doc, out, gaz)


def _lowercase_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "l'Institut d'études de sécurité": a capitalised head of ``[institutions] lowercase_name_heads`` (not opening
    its sentence) and the lower-case adjectives and "de" + nouns after it are one organisation's name, over the
    spans the backend found there; a name the gazetteer knows is left alone."""
    heads = tables(doc.article.lang).lowercase_name_heads
    if not heads:
        return spans
    toks, text, out = doc.tokens, doc.article.text, list(spans)
    for k, t in enumerate(toks):
        if t.text.lower() not in heads or not t.text[:1].isupper() or k == 0 or toks[k - 1].sent != t.sent:
            continue
        b = _lowercase_name_end(doc, k)
        if b is None or any(e.start < b and e.end > k and (e.start < k or e.end > b or (
                e.kb is not None and e.label not in ("GPE", "LOC"))) for e in out):
            continue  # (a name read longer stays: "Fédération des intervenantes en petite enfance du Québec (…)")
        out = [e for e in out if e.end <= k or e.start >= b]
        out.append(Span(k, b, "ORG", t.start, toks[b - 1].end, text[t.start:toks[b - 1].end]))
    return sorted(out, key=lambda e: e.start)


def _lowercase_name_end(doc: Doc, k: int, most: int = 7) -> int | None:
    """The end of a lower-case name after the head at ``k``: adjectives, and "de"/"du"/"d'" with a determiner and
    a noun; None when nothing of the kind follows."""
    toks, possessive = doc.tokens, tables(doc.article.lang).possessive
    j, end = k + 1, None
    while j < len(toks) and j - k <= most and toks[j].sent == toks[k].sent and toks[j].text[:1].islower():
        if toks[j].upos == "ADJ":
            j, end = j + 1, j + 1
        elif toks[j].upos == "ADP":  # "des intervenantes en petite enfance", and a place last: "du Québec"
            n = j + 1 + (j + 1 < len(toks) and toks[j + 1].upos == "DET")
            while n < len(toks) and toks[n].upos == "ADJ" and toks[n].text[:1].islower():
                n += 1
            if n < len(toks) and end is not None and toks[j].text.lower() in possessive and \
                    toks[n].upos == "PROPN" and toks[n].text[:1].isupper():
                return n + 1
            if n >= len(toks) or toks[n].upos != "NOUN" or not toks[n].text[:1].islower():
                break
            j, end = n + 1, n + 1
        else:
            break
    return end


def _hyphen_glued(toks, b: int) -> bool:
    """Does a hyphen glued to the token before ``b`` go on with a capitalised word ("CGT-Cheminots", cut "CGT" "-"
    "Cheminots" or "CGT" "-Cheminots")?"""
    if b >= len(toks) or toks[b].start != toks[b - 1].end or toks[b].text[:1] != "-":
        return False
    rest = toks[b].text[1:] or (toks[b + 1].text if b + 1 < len(toks) and toks[b + 1].start == toks[b].end else "")
    return rest[:1].isupper()


def _names_and_bodies(doc: Doc, out: list[Span], gaz: Gazetteer) -> Doc:
    """The spans tidied (titles stripped, persons typed by their title or a name part, prefixes split, "X de la Y"
    extended, name parts joined), then institutions, bodies of organisations and bracketed acronyms added."""
    out = _extend_of_names(doc, _split_known_prefix(doc, _persons_after_titles(doc, _strip_titles(doc, out))))
    out = _names_before_acronyms(doc, _named_organisations(doc, _outlet_names(doc, out)), gaz)
    out = _dateline_places(doc, _nicknames(doc, join_name_parts(doc, _persons_by_name_part(doc, out), gaz)))
    out = _without_opening_participles(doc, out)
    doc = add_local_bodies(add_institutions(dataclasses.replace(doc, entities=tuple(out)), gaz), gaz)
    doc = add_bodies_of_organisations(doc, gaz)
    spans = bracket_acronyms(doc, _lowercase_names(doc, list(doc.entities)), gaz)
    return dataclasses.replace(doc, entities=tuple(_persons_after_titles(doc, spans)))  # now the bodies are known


def _without_opening_participles(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Contacté, le président de Brest métropole n'a pas souhaité réagir": a capitalised past participle opening
    its sentence before a comma and a determiner (a word of six letters or more ending in one of ``[speech]
    past_participle_suffixes``) is no name the gazetteer does not know."""
    ends = tables(doc.article.lang).past_participle_suffixes
    toks = doc.tokens
    return [e for e in spans if not (
        ends and e.kb is None and e.end - e.start == 1 and len(e.text) >= 6 and
        e.start == doc.sentences[toks[e.start].sent].tok_start and
        e.end + 1 < len(toks) and toks[e.end].text == "," and toks[e.end + 1].upos == "DET" and
        e.text.lower().endswith(ends))]


# a dateline's place in capitals opening a line, before its state or agency and a dash: "DAYTON, Ohio — ",
# "HAZARD, Ky. — ", "SAN JUAN (AP) — "
_DATELINE_REST = re.compile(r"\s*(?:,[^\n,()]{1,30})?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s")


def _dateline_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """The place of a dateline is a place, whatever a backend typed it ("DAYTON" as an acronym's organisation)."""
    return [dataclasses.replace(e, label="GPE") if _dateline_place(doc.article.text, e) else e for e in spans]


def _dateline_place(text: str, e: Span) -> bool:
    """A name the gazetteer does not know, in capitals (three letters or more: not the initials "R. G. –"), that
    opens a line before its state or agency and a dash."""
    return e.kb is None and e.label in ("ORG", "MISC") and e.text.isupper() and \
        e.text.replace(" ", "").isalpha() and len(e.text) >= 3 and \
        (e.char_start == 0 or text[e.char_start - 1] == "\n") and _DATELINE_REST.match(text, e.char_end) is not None


def _nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Jimmy Chérizier, dit « Barbecue »", "Jimmy Cherizier, known as "Barbecue"": the name after a nickname marker
    right after a person's name is that person (its key is the person's), whatever the tagger made of it."""
    markers, toks = tables(doc.article.lang).nickname_markers, doc.tokens
    out, drop = list(spans), set()
    for e in spans:
        if e.label != "PER" or e.end >= len(toks):
            continue
        k = e.end + (toks[e.end].text == ",")
        hit = [b for a, b, _ in find_phrases(doc, toks[e.start].sent, markers, start=k, end=min(len(toks), k + 3))
               if a == k] if k < len(toks) and toks[k].sent == toks[e.start].sent else []
        if not hit:
            continue
        a = hit[0] + (hit[0] < len(toks) and toks[hit[0]].text in "«“\"")
        b = a
        while b < min(len(toks), a + 4) and toks[b].sent == toks[a].sent and toks[b].text[:1].isupper():
            b += 1
        if b > a:
            drop.update(i for i, x in enumerate(out) if x.start < b and x.end > a)
            out.append(Span(a, b, "PER", toks[a].start, toks[b - 1].end, doc.span_text(a, b), e.kb or e.text))
    return sorted((x for i, x in enumerate(out) if i not in drop), key=lambda x: x.start)


_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]{1,9}")


def bracket_acronyms(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """ "Bộ Tham mưu Liên quân Hàn Quốc (JCS)", "the Joint Chiefs of Staff (JCS)": an acronym in brackets right
    after a body's name is that body, there and wherever the article uses it again; its key is the body's (its
    canonical name, or its words when it has none), so both link to one entity. A known acronym (NATO) keeps its
    own gazetteer entry, and a person or a place does not take an acronym."""
    toks = doc.tokens
    spans = _defined_acronyms(doc, spans, gaz)
    by_start = {e.start: e for e in spans}
    body_of: dict[str, str] = {}  # acronym -> the key of the body it abbreviates
    for e in spans:
        k = e.end
        if e.label != "ORG" or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")" or \
                toks[k + 1].sent != toks[e.start].sent or not _ACRONYM.fullmatch(toks[k + 1].text):
            continue
        acr = toks[k + 1].text
        inner = by_start.get(k + 1)
        if (inner is not None and inner.kb in gaz.entries) or gaz.lookup(acr, doc.article.lang) is not None or \
                _ACRONYM.fullmatch(e.text):
            continue  # ("Hiệp định … Việt Nam - EU (EVIPA)": an acronym before it ends a longer name, not this one)
        body_of.setdefault(acr, e.kb or e.text)
    body_of.update(_initials(doc, spans, gaz, body_of))
    if not body_of:
        return spans
    out = []
    for e in spans:
        if e.text in body_of and e.kb not in gaz.entries:
            e = dataclasses.replace(e, label="ORG", kb=body_of[e.text])
        out.append(e)
    for t in toks:  # the acronym where the backend did not tag it
        if t.text in body_of and not any(e.start <= t.i < e.end for e in spans):
            out.append(Span(t.i, t.i + 1, "ORG", t.start, t.end, t.text, body_of[t.text]))
    return sorted(out, key=lambda e: e.start)


def _bare_initial(word: str) -> str:
    """A word's first letter in lower case with its accent taken off ("études" -> "e")."""
    return unicodedata.normalize("NFD", word[:1].lower())[:1]


def _capital_initials(text: str) -> str:
    """The initials of the capitalised words of a name: "University of Southern Indiana" -> "USI"."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[0].isupper())


def _defined_acronyms(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """ "les Forces de soutien rapide (FSR)", "the Rapid Support Forces (RSF)": words no entity covers, whose
    initials spell the unknown acronym in brackets right after them (function words skipped, the first word
    capitalised), are an organisation the backend did not tag (the definition of an abbreviation)."""
    toks, text = doc.tokens, doc.article.text
    covered = {i for e in spans for i in range(e.start, e.end)}
    places = {i: e for e in spans if e.kb is not None and e.label in ("GPE", "LOC", "ORG")
              for i in range(e.start, e.end)}
    ends = {e.end: e for e in spans}
    out = list(spans)
    for k in range(1, len(toks) - 2):
        m = ends.get(k)
        if m is not None and m.label == "MISC" and toks[k].text == "(" and toks[k + 2].text == ")" and \
                _capital_initials(m.text) == toks[k + 1].text and m in out:  # (the list test last: it is linear)
            out[out.index(m)] = dataclasses.replace(m, label="ORG")  # "Rapid Support Forces (RSF)", tagged MISC
            continue
        owner = _place_before_acronym_name(doc, m, k, ends)
        if owner is not None and owner in out and m in out:  # "the United States Geological Survey (USGS)"
            out.remove(owner)
            out[out.index(m)] = Span(owner.start, k, "ORG", owner.char_start, m.char_end,
                                     text[owner.char_start:m.char_end])
            continue
        acr = toks[k + 1].text
        if toks[k].text != "(" or toks[k + 2].text != ")" or not _ACRONYM.fullmatch(acr) or len(acr) < 3 or \
                k - 1 in covered and not places.get(k - 1) or gaz.lookup(acr, doc.article.lang) is not None:
            continue
        need, j = [c for c in acr.lower() if c.isalpha()], k - 1
        # (a known place or body may be part of the name: "Bureau intégré des Nations unies en Haïti (BINUH)")
        while need and j >= doc.sentences[toks[k].sent].tok_start and (j not in covered or places.get(j)):
            w = toks[j].text
            if _bare_initial(w) == need[-1] and w[:1].isalpha():  # ("d'études spatiales (CNES)": é is e)
                need.pop()
            elif toks[j].upos not in ("ADP", "DET", "CCONJ") or not w.islower():
                break
            j -= 1
        start = j + 1
        if not need and toks[start].text[:1].isupper() and k - start >= 2 and \
                not any(e.start <= start and e.end >= k for e in places.values()):
            out = [e for e in out if not (start <= e.start and e.end <= k)]  # the names inside it are its words
            out.append(Span(start, k, "ORG", toks[start].start, toks[k - 1].end,
                            text[toks[start].start:toks[k - 1].end]))
            covered.update(range(start, k))
    return sorted(out, key=lambda e: e.start)


def _place_before_acronym_name(doc: Doc, m: Span | None, k: int, ends: dict[int, Span]) -> Span | None:
    """The place whose name opens a body's name that the backend cut after it: "[United States] [Geological Survey]
    (USGS)" — the acronym in brackets spells the initials of both; the place's span, else None."""
    toks = doc.tokens
    if m is None or m.kb is not None or m.label not in ("MISC", "ORG") or k + 2 >= len(toks) or \
            toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    owner = ends.get(m.start)
    acr = toks[k + 1].text
    if owner is None or owner.label not in ("GPE", "LOC", "ORG") or toks[owner.start].sent != toks[k].sent:
        return None
    return owner if _capital_initials(owner.text) + _capital_initials(m.text) == acr else None


def _capital_article(doc: Doc, a: int, b: int, label: str) -> bool:
    """A capitalised article inside a sentence that opens a place's name: "La Haye", "Le Caire"."""
    t = doc.tokens[a]
    return label in ("LOC", "GPE") and t.upos == "DET" and t.text[:1].isupper() and b - a >= 2 and \
        a > doc.sentences[t.sent].tok_start and doc.tokens[a + 1].upos == "PROPN"


def _uncovered_parts(doc: Doc, s: Span, covered: set[int]) -> list[Span]:
    """The parts of a backend span that no gazetteer name covers, trimmed to proper nouns."""
    toks, text, out = doc.tokens, doc.article.text, []
    k = s.start
    while k < s.end:
        if k in covered:
            k += 1
            continue
        j = k
        while j < s.end and j not in covered:
            j += 1
        a, b = k, j
        while a < b and toks[a].upos != "PROPN" and not (a == s.start and s.label == "PER") and \
                not _capital_article(doc, a, b, s.label):
            a += 1  # (a person's span starts where kg.nlp.doc let it: "Nasser/VERB Bourita")
        while b > a and toks[b - 1].upos != "PROPN" and not (
                toks[b - 1].upos == "X" and toks[b - 1].text[:1].isupper()):
            b -= 1  # (a capitalised word of unknown class stays: "Air India/X")
        if a < b and any(ch.isalnum() for ch in text[toks[a].start:toks[b - 1].end]):  # ("Arménie[-]Azerbaïdjan")
            label = s.label if (a, b) == (s.start, s.end) or s.label != "MISC" else "MISC"
            out.append(Span(a, b, label, toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end]))
        k = j
    return out


_NAME_PART = re.compile(r"^(?:(?:al|el|ul|ad|as|ibn|bin|ben|abu|de|da|van|von|di|du)-)?[A-ZÀ-ÖØ-ÞĐ][\w'’-]*\.?$")
NAME_PART_POS = ("PROPN", "X", "VERB", "NOUN", "PRON", "ADJ")  # (a first name tagged an adjective: "Téné")
_REGNAL = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"})


def _name_part(doc: Doc, k: int, spans_at: dict[int, Span], person: bool) -> int | None:
    """The end of the name part at token ``k`` that a person's name goes on over ("Kishida [Fumio]", "Majed
    [al-Ansari]", "Marcos [Jr.]", "Mohammed [VI]"), or None."""
    t = doc.tokens[k]
    if person and (t.text in _REGNAL or t.text in tables(doc.article.lang).name_suffixes):
        return k + 1
    other = spans_at.get(k)
    if other is not None:
        if other.start == k and other.kb is None and other.label in ("LOC", "MISC") and \
                all(_NAME_PART.match(p) for j in range(other.start, other.end) for p in doc.tokens[j].text.split()):
            return other.end
        return None
    if _NAME_PART.match(t.text) and t.upos in NAME_PART_POS and t.text[:1].isupper() or \
            re.match(r"^(?:al|el)-[A-Z]", t.text):
        return k + 1 if not t.text.isupper() or len(t.text) > 4 else None
    return None


def _particle_join(doc: Doc, e: Span, k: int, spans_at: dict[int, Span], full: set[str]) -> int | None:
    """ "[Bart] De [Wever]": two parts of a person's name on either side of a capitalised particle the tagger left
    out are one name when the article spells that whole name elsewhere; the end of the second part, else None."""
    nxt = spans_at.get(k + 1)
    if k in spans_at or nxt is None or nxt.start != k + 1 or nxt.label != "PER" or not doc.tokens[k].text[:1].isupper():
        return None
    return nxt.end if doc.article.text[e.char_start:nxt.char_end] in full else None


def _after_initial(doc: Doc, k: int, spans_at: dict[int, Span]) -> int | None:
    """ "[Donald J.] [Trump]": a name the tagger cut after a middle initial goes on over the person's name right
    after the initial; the end of that name, else None."""
    nxt = spans_at.get(k)
    if k < 1 or nxt is None or nxt.start != k or nxt.label != "PER" or \
            not re.match(r"^[A-Z]\.$", doc.tokens[k - 1].text):
        return None
    return nxt.end


def _after_abbreviation(doc: Doc, e: Span, k: int, spans_at: dict[int, Span]) -> int | None:
    """ "[Ma]. [Teresita Daza]": a one-word name of three letters or fewer, a full stop glued to it and a person's
    name right after is one name (an abbreviated first name); the end of that name, else None."""
    toks = doc.tokens
    nxt = spans_at.get(k + 1)
    if e.end != k or e.end - e.start != 1 or k + 1 >= len(toks) or toks[k].text != "." or \
            toks[k].start != toks[k - 1].end or nxt is None or nxt.start != k + 1 or nxt.label != "PER":
        return None
    word = toks[e.start].text
    return nxt.end if len(word) <= 3 and word[:1].isupper() and word[1:].islower() else None


def _adjective_first_name(doc: Doc, e: Span, spans_at: dict[int, Span]) -> Span:
    """ ", Téné Birahima Ouattara,": a first name the tagger took for an adjective, right after a comma, opens the
    person's name."""
    toks, text = doc.tokens, doc.article.text
    if e.start >= 2 and e.start - 1 not in spans_at and toks[e.start - 2].text == "," and \
            _NAME_PART.match(toks[e.start - 1].text) and toks[e.start - 1].upos in ("ADJ", "PROPN") and \
            toks[e.start - 1].text[:1].isupper() and toks[e.start - 1].sent == toks[e.start].sent:
        a = toks[e.start - 1]
        return Span(e.start - 1, e.end, e.label, a.start, e.char_end, text[a.start:e.char_end], e.kb)
    return e


def join_name_parts(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """A person's name cut by the tagger or by a gazetteer match goes on over the name parts right after it: a
    second given name, an Arabic "al-" name, "Jr.", a regnal number ("Mohammed VI")."""
    toks, text = doc.tokens, doc.article.text
    spans_at = {k: e for e in spans for k in range(e.start, e.end)}
    full = {e.text for e in spans if e.label == "PER" and len(e.text.split()) >= 3}  # "Bart De Wever" somewhere
    out, absorbed = [], set()
    for e in spans:
        if id(e) in absorbed:
            continue
        person = (e.label == "PER" and (e.kb is None or gaz.entry(e.kb).type == "PER")) or (
            e.kb is None and e.label in ("LOC", "MISC") and
            all(_NAME_PART.match(p) for t in toks[e.start:e.end] for p in t.text.split()))
        if person:
            e = _adjective_first_name(doc, e, spans_at)
        end, kb = e.end, e.kb
        while person and end < len(toks) and toks[end].sent == toks[e.start].sent and end - e.end < 3:
            nxt = _particle_join(doc, e, end, spans_at, full) or _after_initial(doc, end, spans_at) or \
                _after_abbreviation(doc, e, end, spans_at) or _name_part(doc, end, spans_at, person)
            if nxt is None:
                break
            absorbed.update(id(spans_at[k]) for k in range(end, nxt) if k in spans_at)
            kb = kb or next((spans_at[k].kb for k in range(end, nxt) if k in spans_at and spans_at[k].label == "PER"
                             and spans_at[k].kb), None)
            end = nxt
        if end > e.end:
            e = Span(e.start, end, e.label, e.char_start, toks[end - 1].end, text[e.char_start:toks[end - 1].end], kb)
        out.append(e)
    return [e for e in out if id(e) not in absorbed]


def _extend_of_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "[Amis] de la Terre", "[Friends] of the Earth": an organisation's name the backend cut before "de la" / "of
    the" goes on over the capitalised words after it, unless they are a name of their own (a country, a person)."""
    tb = tables(doc.article.lang)
    if not tb.of_names:
        return spans  # (Vietnamese names do not go on over "của")
    toks, text = doc.tokens, doc.article.text
    starts = {e.start: e for e in spans}
    out, skip = [], set()
    for e in spans:
        if id(e) in skip:
            continue
        k = e.end
        if e.label in ("ORG", "MISC") and e.kb is None and k < len(toks) and toks[k].sent == toks[e.start].sent and \
                toks[k].text.lower() in tb.possessive:
            j = k + 1
            while j < len(toks) and toks[j].upos == "DET" and toks[j].sent == toks[k].sent:
                j += 1
            b = j
            while b < len(toks) and toks[b].sent == toks[k].sent and toks[b].text[:1].isupper() and \
                    toks[b].upos in ("PROPN", "NOUN") and (b not in starts or starts[b].kb is None) and \
                    not (b in starts and starts[b].label == "PER"):
                b += 1
            opener = e.label == "MISC" and e.end - e.start == 1 and (e.start == 0 or toks[e.start - 1].sent != toks[
                e.start].sent)  # "Members of the [International Association …]": a capital only for the sentence
            if b > j and not (opener and j in starts and starts[j].label == "ORG"):
                for t in range(j, b):
                    if t in starts:
                        skip.add(id(starts[t]))
                e = Span(e.start, b, e.label, e.char_start, toks[b - 1].end, text[e.char_start:toks[b - 1].end], e.kb)
        out.append(e)
    return [e for e in out if id(e) not in skip]


def _strip_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's span that starts with (the end of) a title loses it: "Bộ trưởng [Công Thương Nguyễn Hồng Diên]"
    -> "Nguyễn Hồng Diên" (the title is "bộ trưởng công thương"); a span that is only the end of a title goes."""

    tb, toks, text = tables(doc.article.lang), doc.tokens, doc.article.text
    heads = tb.title_heads  # "Bộ trưởng Bộ [Công Thương Nguyễn Hồng Diên]": a ministry's name too
    out = []
    for e in spans:
        if e.kb is None and e.label != "ORG" and any(
                a < e.start and b >= e.end for a, b, _ in find_phrases(
                    doc, toks[e.start].sent, tb.titles, start=max(0, e.start - 3), end=e.end)):
            continue  # "Bộ trưởng [Công Thương] Nguyễn Hồng Diên": the rest of a title, once the gazetteer took the
            # person's name out of the tagger's span
        if e.label == "PER" and e.kb is None:
            cut = max((b for a, b, _ in find_phrases(doc, toks[e.start].sent, heads, start=max(0, e.start - 3),
                                                     end=e.end - 1) if a < e.start < b or a == e.start), default=None)
            if cut is not None and cut < e.end and toks[cut].upos == "PROPN":
                e = Span(cut, e.end, e.label, toks[cut].start, e.char_end, text[toks[cut].start:e.char_end])
        out.append(e)
    return out


def _persons_after_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Thủ tướng [Anwar]/LOC", "đồng chí [Nguyễn Hữu Thắng]/LOC": an unknown name right after a person's title
    (or a lower-case honorific) is a person, whatever type the tagger gave it (a place or a misc name); known
    names (the gazetteer's "Mỹ" in "Tổng thống Mỹ") keep theirs. The title's body may stand between them:
    "Người phát ngôn Lực lượng Bảo vệ Bờ biển Philippines (PCG) [Jay Tarriela]"."""
    titles, toks = tables(doc.article.lang).titles, doc.tokens
    host_preps, honorifics = tables(doc.article.lang).host_preps, tables(doc.article.lang).honorifics
    ends = {e.end: e for e in spans}
    out = []
    for e in spans:
        j = e.start
        if j >= 3 and toks[j - 1].text == ")" and toks[j - 3].text == "(":
            j -= 3  # an acronym in brackets after the body
        body = ends.get(j)
        if body is not None and body.kb is not None and body.label in ("ORG", "GPE"):
            j = body.start
            host = ends.get(j - 1) if j >= 2 and toks[j - 1].text.lower() in host_preps else None
            if host is not None and host.kb is not None and host.label in ("ORG", "GPE"):
                j = host.start  # "Đại sứ [Ấn Độ] tại [Việt Nam] Sandeep Arya": the post's country and its host
        if e.kb is None and (e.label in ("LOC", "GPE", "MISC") or _unheaded_org(doc, e, j)) and j > 0 and (
                any(b == j for _, b, _ in find_phrases(doc, toks[e.start].sent, titles, start=max(0, j - 6), end=j))
                or (e.start == j and toks[j - 1].text.lower() in honorifics and toks[j - 1].text[:1].islower())):
            e = dataclasses.replace(e, label="PER")  # ("đồng chí [Nguyễn Hữu Thắng]/LOC": an honorific's person)
        out.append(_first_name_before(doc, e, titles, ends))
    return out


def _unheaded_org(doc: Doc, e: Span, j: int) -> bool:
    """An organisation the tagger found right after a title (``j``: no body between) whose words hold no
    organisation's head ("US Ambassador [MaryKay Carlson]/ORG"): a person's name."""
    if e.label != "ORG" or e.start != j or not 2 <= e.end - e.start <= 3:
        return False
    heads = tables(doc.article.lang).word_classes.get("ORG_HEADS", ())
    return all(t.text[:1].isupper() and t.text.isalpha() and t.text.lower() not in heads
               for t in doc.tokens[e.start:e.end])


def _capitalised_runs_after(doc: Doc, spans: list[Span], markers, word_ok) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of capitalised words that no span holds right after one of ``markers`` (a word for an
    outlet, an organisation noun), each word accepted by ``word_ok(token, its place in the run)``."""
    toks = doc.tokens
    taken = {k for e in spans for k in range(e.start, e.end)}
    for s in doc.sentences:
        for _, b, _ in find_phrases(doc, s.i, markers):
            j = b
            while j < s.tok_end and j not in taken and toks[j].text[:1].isupper() and word_ok(toks[j], j - b):
                j += 1
            if j > b:
                yield b, j


def _unnamed_after_nouns(doc: Doc, spans: list[Span], nouns) -> list[Span]:
    """ "le groupe Valmetal", "l'usine Valmetal": a capitalised word inside a sentence, right after an organisation
    noun, that no span holds and the tagger took for a common word, is an organisation's name."""
    toks = doc.tokens
    return [Span(b, k, "ORG", toks[b].start, toks[k - 1].end, doc.span_text(b, k))
            for b, k in _capitalised_runs_after(doc, spans, nouns,
                                                lambda t, _: t.text.isalpha() and t.upos in ("ADJ", "NOUN", "X"))
            if k - b <= 3]


def _glued_company_names(doc: Doc, spans: list[Span], nouns) -> list[Span]:
    """ "Công ty CP Thép Đông Á Sơn": a capitalised organisation noun and a legal form (``[institutions]
    company_forms``) followed, with no gap, by two or more names the tagger cut apart ("CP Thép"/ORG, "Đông Á
    Sơn"/PER), none of them known, is one organisation's full name, the noun included (not "Tập đoàn Samsung Lee
    Jae-yong": no legal form, a company and its chairman)."""
    toks, forms = doc.tokens, tables(doc.article.lang).company_forms
    if not forms:
        return spans
    by_start = {e.start: e for e in spans}
    drop: set[int] = set()
    new: list[Span] = []
    for s in doc.sentences:
        for a, b, _ in find_phrases(doc, s.i, nouns):
            if not toks[a].text[:1].isupper():
                continue
            if b >= s.tok_end or toks[b].text.split()[0] not in forms:
                continue
            k, parts = b, []
            while k < s.tok_end and k in by_start and by_start[k].kb is None:
                parts.append(by_start[k])
                k = by_start[k].end
            if len(parts) >= 2:
                drop.update(id(e) for e in parts)
                new.append(Span(a, k, "ORG", toks[a].start, toks[k - 1].end, doc.span_text(a, k)))
    if not new:
        return spans
    return sorted([e for e in spans if id(e) not in drop] + new, key=lambda e: e.start)


def _named_organisations(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Tập đoàn [Hana Micron]/LOC", "le groupe [Stellantis]": an unknown name right after an organisation noun
    (``[titles_glue] body_anaphors``) is that organisation, whatever type the tagger gave it."""
    nouns, toks = tables(doc.article.lang).body_anaphors, doc.tokens
    if not nouns:
        return spans
    facilities = {w: 1 for w in tables(doc.article.lang).structure.get("facility_words", ())}
    spans = sorted(spans + _unnamed_after_nouns(doc, spans, joined(nouns, facilities)), key=lambda e: e.start)
    spans = _glued_company_names(doc, spans, nouns)
    out = []
    for e in spans:
        if e.kb is None and e.label != "ORG" and e.start > 0 and any(
                b == e.start for _, b, _ in find_phrases(doc, toks[e.start].sent, nouns, start=max(0, e.start - 3),
                                                          end=e.start)):
            e = dataclasses.replace(e, label="ORG")
        out.append(e)
    return out


def _outlet_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "le quotidien La Repubblica", "the newspaper Le Temps": capitalised words no span holds, right after a word
    for an outlet (``[speech] media_markers``), with a capitalised article, are the outlet's name (an ORG)."""
    markers, toks = tables(doc.article.lang).media_markers, doc.tokens
    if not markers:
        return spans
    added = [Span(b, j, "ORG", toks[b].start, toks[j - 1].end, doc.span_text(b, j), None)
             for b, j in _capitalised_runs_after(doc, spans, markers, lambda t, n: t.upos in (
                 "DET", "NOUN", "PROPN", "ADJ") and (n > 0 or t.text.isalpha()))
             if not (j - b == 1 and toks[b].upos == "DET")]
    return sorted(spans + added, key=lambda e: e.start) if added else spans


def _names_before_acronyms(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """ "Hiệp hội Dệt may Việt Nam (VITAS)", "Tập đoàn Dệt may Việt Nam (Vinatex)": a capitalised organisation noun
    (``[titles_glue] body_anaphors``), up to six more words and a short name in brackets that is no place the
    gazetteer knows is one organisation, whatever the tagger made of its words (a country inside it is part of it)."""
    nouns, toks, text = tables(doc.article.lang).body_anaphors, doc.tokens, doc.article.text
    if not nouns:
        return spans
    out, short = list(spans), {}
    for s in doc.sentences:
        for a, b, _ in find_phrases(doc, s.i, nouns):
            j = b
            while j < min(s.tok_end, b + 6) and toks[j].upos != "PUNCT":
                j += 1
            if not toks[a].text[:1].isupper() or j == b or j + 2 >= s.tok_end or toks[j].text != "(" or \
                    toks[j + 2].text != ")" or not _bracket_name(toks[j + 1].text, doc.article.lang, gaz) or \
                    any(e.kb and e.label == "ORG" and a <= e.start < j for e in out):
                continue  # (a body the gazetteer knows keeps its entry: "Ngân hàng Thế giới (WB)")
            out = [e for e in out if e.end <= a or e.start >= j]
            out.append(Span(a, j, "ORG", toks[a].start, toks[j - 1].end, text[toks[a].start:toks[j - 1].end]))
            short.setdefault(toks[j + 1].text, text[toks[a].start:toks[j - 1].end])
    # the short name, there and wherever else it stands alone, is that organisation ("Tổng giám đốc Vinatex")
    out = [dataclasses.replace(e, label="ORG", kb=short[e.text]) if e.text in short and e.kb is None else e
           for e in out]
    return sorted(out, key=lambda e: e.start)


def _bracket_name(word: str, lang: str, gaz: Gazetteer) -> bool:
    """A short name in brackets after an organisation's name ("VITAS", "Vinatex") that the gazetteer does not know
    (a place, "Mỹ", is where the body is from; a known body, "ASEAN", "KCNA", keeps its entry)."""
    return word[:1].isupper() and word.isalpha() and len(word) <= 10 and gaz.lookup(word, lang) is None


def _first_name_before(doc: Doc, e: Span, titles, ends) -> Span:
    """ "du général Mohamed [Hamdane Daglo]", "Un de ses responsables, Oussama [Hamdane],": a capitalised word
    between a person's title (or the comma opening an apposition) and the name the tagger found is the first word
    of that name."""
    toks, k = doc.tokens, e.start - 1
    if e.label != "PER" or e.kb is not None or k < 1 or not toks[k].text[:1].isupper() or \
            not toks[k].text.isalpha() or k + 1 in ends or toks[k].sent != toks[e.start].sent or \
            toks[k].text.lower() in titles:
        return e
    apposed = toks[k - 1].text == "," and toks[k].upos in ("PROPN", "NOUN") and toks[k - 1].sent == toks[k].sent
    if not apposed and not any(b == k for _, b, _ in find_phrases(doc, toks[k].sent, titles, start=max(0, k - 6),
                                                                   end=k)):
        return e
    return dataclasses.replace(e, start=k, char_start=toks[k].start,
                               text=doc.article.text[toks[k].start:e.char_end])


def _persons_by_name_part(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mohamed"/MISC in an article about "Ahmed Mohamed"/PER: a one-word name the tagger could not type that is
    the first or last word of a person's name in the article is a person's name too (which person is the resolver's
    question) — unless a title follows it ("City manager Pep Guardiola": the body of the title)."""
    tb = tables(doc.article.lang)
    titles, toks = tb.titles, doc.tokens
    parts = {w for e in spans if e.label == "PER" and " " in e.text for w in (e.text.split()[0], e.text.split()[-1])}
    # "bị cáo Khải"/LOC after "Trần Văn Khải": the given name of a name with the language's family name (whatever
    # type the tagger gave the full name) is a person's
    given = {e.text.split()[-1] for e in spans if e.label != "ORG" and len(e.text.split()) >= 2 and
             e.text.split()[0] in tb.home_surnames}

    def before_title(e: Span) -> bool:
        return e.end < len(toks) and any(a == e.end for a, _, _ in find_phrases(
            doc, toks[e.start].sent, titles, start=e.end, end=min(len(toks), e.end + 4)))
    return [dataclasses.replace(e, label="PER") if e.kb is None and not before_title(e) and (
        e.label == "MISC" and e.text in parts or e.label in ("LOC", "GPE", "MISC") and e.text in given) else e
        for e in spans]


def _split_known_prefix(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Chủ tịch Tập đoàn [Samsung Lee Jae-yong]": a span that starts with a name the article also uses on its own
    for an organisation or place, followed by a name of two words or more, is two names — unless the rest holds a
    facility word ("California Science Center", beside "California" alone, is one name)."""
    toks, text = doc.tokens, doc.article.text
    alone: dict[str, Span] = {}  # the first one-word organisation or place of each name
    for e in spans:
        if e.label in ("ORG", "GPE", "LOC") and e.end - e.start == 1:
            alone.setdefault(e.text, e)
    out = []
    tb = tables(doc.article.lang)
    # a facility or organisation word in the rest: "California Science Center", "Oregon Education Association"
    facility = frozenset(tb.structure.get("facility_words", ())) | frozenset(tb.word_classes.get("ORG_HEADS", ()))
    for e in spans:
        k = e.start + 1
        if e.end - e.start >= 2 and e.kb is None and toks[e.start].text in alone and \
                sum(len(toks[j].text.split()) for j in range(k, e.end)) >= 2 and \
                all(toks[j].upos == "PROPN" for j in range(e.start, e.end)) and \
                not any(w in facility for w in _words(doc, k, e.end)):  # "California Science Center" is one name
            first = alone[toks[e.start].text]
            head = toks[e.start]
            out.append(Span(e.start, k, first.label, head.start, head.end, head.text, first.kb))
            out.append(Span(k, e.end, "PER", toks[k].start, e.char_end, text[toks[k].start:e.char_end]))
            continue
        out.append(e)
    return out


def _words(doc: Doc, a: int, b: int) -> list[str]:
    return [w for k in range(a, b) for w in doc.tokens[k].text.lower().split()]


def _country_at(doc: Doc, k: int, gaz: Gazetteer, by_tok: dict[int, Span]) -> tuple[str, int] | None:
    """(country key, end token) for a demonym or a country name starting at token k."""
    if k >= len(doc.tokens):
        return None
    key = gaz.demonym(doc.tokens[k].text, doc.article.lang, doc)
    if key:
        return key, k + 1
    e = by_tok.get(k)
    if e is not None and e.start == k and e.kb in gaz.entries and gaz.entry(e.kb).type == "GPE" and \
            gaz.entry(e.kb).kind != CITY:
        return gaz.entry(e.kb).capital_of or e.kb, e.end
    key = gaz.lookup(doc.tokens[k].text, doc.article.lang) if doc.tokens[k].text[:1].isupper() else None
    if key is not None and gaz.entry(key).is_country and (e is None or e.kb is None):
        return key, k + 1  # "China Coast Guard": the backend's one name holds the country's
    return None


def _hosted(spans: list[Span]) -> list[Span]:
    """ "Israeli embassy responds …" then "The Israeli embassy in London has responded …": a body named without its
    host country is the one of that country the article names with its host, when it names exactly one."""
    hosts: dict[str, set[str]] = {}
    for sp in spans:
        if sp.kb and " in " in sp.kb:
            hosts.setdefault(sp.kb.split(" in ", 1)[0], set()).add(sp.kb)
    return [dataclasses.replace(sp, kb=next(iter(hosts[sp.kb]))) if sp.kb in hosts and len(hosts[sp.kb]) == 1
            else sp for sp in spans]


def add_institutions(doc: Doc, gaz: Gazetteer) -> Doc:
    """Ministries, embassies, armed forces of a named country as ORG spans with a canonical English key:
    "ministère sud-coréen des Affaires étrangères" -> "Ministry of Foreign Affairs of South Korea",
    "Đại sứ quán Nga tại Hàn Quốc" -> "Embassy of Russia in South Korea"."""
    tb = tables(doc.article.lang)
    if not tb.institutions:
        return doc
    doc = _trim_institution_tails(doc)
    by_tok = {k: e for e in doc.entities for k in range(e.start, e.end)}
    new: list[Span] = []
    first_known: dict[str, int] = {}  # head phrase -> where the first known body named with it ends
    home_page = _home_page(doc, gaz, tb.home_country)
    for s in doc.sentences:
        for ha, he, phrase in find_phrases(doc, s.i, tb.institutions):
            known = by_tok.get(ha) if ha in by_tok and by_tok[ha].kb is not None else None
            if known is not None and (known.start, known.end) != (ha, he):
                continue  # a known body ("Bộ Ngoại giao Mỹ" = State Department) keeps its gazetteer entry
            span = _institution_span(doc, s, ha, he, phrase, gaz, by_tok)
            if span is None and known is None and ha not in by_tok:
                # ("Chủ tịch Quốc hội X" on a Vietnamese page: the home country's, a capitalised head alone)
                home = tb.home_country if home_page and doc.tokens[ha].text[:1].isupper() and \
                    tb.institutions[phrase] not in ("Government", "Armed Forces") else None
                span = _body_named_before(doc, ha, he, tb.institutions[phrase], new, by_tok, home)
            elif span is not None and span.kb is None and span.label == "ORG" and known is None:  # no country
                # (not the home country's when a known body of that name was named: "Bộ Ngoại giao Mỹ … Bộ Ngoại
                # giao cho biết" is the State Department again, which the text does not say in so many words)
                if phrase not in first_known:  # (once per head phrase: the article's entities are read once each)
                    first_known[phrase] = min((e.end for e in doc.entities if e.kb is not None and
                                               e.text.lower().startswith(phrase)), default=len(doc.tokens) + 1)
                span = _body_named_before(doc, ha, he, tb.institutions[phrase], new, by_tok,
                                          None if first_known[phrase] <= ha else tb.home_country) or span
            if known is not None and (span is None or span.kb is None):
                continue  # "the Security Council" alone is the known one; "Russia's Security Council" is not
            if span is not None:
                new.append(span)
    if not new:
        return doc
    new = _hosted(new)
    covered = {t for sp in new for t in range(sp.start, sp.end)}
    kept = [e for e in doc.entities if not any(t in covered for t in range(e.start, e.end))]
    return dataclasses.replace(doc, entities=tuple(sorted(kept + new, key=lambda e: e.start)))


def _trim_institution_tails(doc: Doc) -> Doc:
    """ "Bộ trưởng Bộ [Công Thương Trần Văn Hải]": a span a backend opened inside an institution's name and ran on
    over a name after it is that name alone, a person's."""
    tb, text = tables(doc.article.lang), doc.article.text
    tails = {}  # entity start -> where the institution's name that it opens inside ends
    for s in doc.sentences:
        for ha, he, _ in find_phrases(doc, s.i, tb.institutions):
            tails[he - 1] = he
    out = []
    for e in doc.entities:
        he = tails.get(e.start)
        if he is not None and e.start < he < e.end and e.kb is None and doc.tokens[e.start].text[:1].isupper() and \
                all(t.upos == "PROPN" for t in doc.tokens[he:e.end]) and doc.tokens[e.start - 1].end <= e.char_start:
            a = doc.tokens[he].start
            e = Span(he, e.end, "PER", a, e.char_end, text[a:e.char_end])
        out.append(e)
    return dataclasses.replace(doc, entities=tuple(out))


def add_local_bodies(doc: Doc, gaz: Gazetteer) -> Doc:
    """A body of a province or a city named with it ("UBND tỉnh Bắc Ninh", "le parquet de Lyon") as one ORG span
    keyed "People's Committee of Bac Ninh" (``[institutions] local_heads``); named by its head and a glue word
    alone ("Chủ tịch UBND tỉnh X"), the one of that kind the article named before, when it named one only. What a
    backend's span held past the body stays its own ("UBND tỉnh [Nguyễn Văn Phong]": the person)."""
    tb = tables(doc.article.lang)
    if not tb.local_heads:
        return doc
    by_tok = {k: e for e in doc.entities for k in range(e.start, e.end)}
    new: list[Span] = []
    for s in doc.sentences:
        for ha, he, phrase in find_phrases(doc, s.i, tb.local_heads):
            inside = by_tok.get(ha)
            if inside is not None and inside.kb is not None:
                continue  # a known name holds the head ("Bộ Công an")
            span = _local_body(doc, s, ha, he, tb.local_heads[phrase], new, by_tok, gaz)
            if span is not None:
                new.append(span)
    if not new:
        return doc
    covered = {t for sp in new for t in range(sp.start, sp.end)}
    kept = []
    for e in doc.entities:
        if not any(t in covered for t in range(e.start, e.end)):
            kept.append(e)
            continue
        k = e.start
        while k < e.end and k in covered:
            k += 1
        if k < e.end and k > e.start and doc.tokens[k].upos == "PROPN":  # the name after the body
            kept.append(Span(k, e.end, e.label, doc.tokens[k].start, e.char_end,
                             doc.article.text[doc.tokens[k].start:e.char_end]))
    return dataclasses.replace(doc, entities=tuple(sorted(kept + new, key=lambda e: e.start)))


def _local_body(doc: Doc, s, ha: int, he: int, head: str, before: list[Span], by_tok, gaz: Gazetteer) -> Span | None:
    """The local body whose head is at [ha, he): with the place after the glue words, or the one named before."""
    tb = tables(doc.article.lang)
    k = he
    while k < s.tok_end and doc.tokens[k].text.lower() in tb.local_glue and not (
            k in by_tok and by_tok[k].start == k and _a_place(by_tok[k], gaz)):
        k += 1  # (a place whose name holds the glue word stops it: "Công an [TP Hồ Chí Minh]")
    place = by_tok.get(k)
    city = by_tok.get(ha - 1) if tb.country_first and ha > s.tok_start else None  # "the Paris prosecutor's office"
    if city is not None and city.end == ha and _a_place(city, gaz):
        a, b = doc.tokens[city.start].start, doc.tokens[he - 1].end
        return Span(city.start, he, "ORG", a, b, doc.article.text[a:b], f"{head} of {city.kb or city.text}")
    if place is not None and place.start == k and _a_place(place, gaz):
        key, end = f"{head} of {place.kb or place.text}", place.end
    else:
        keys = {sp.kb for sp in before if sp.kb and sp.kb.startswith(f"{head} of ")}
        if k == he or len(keys) != 1:
            return None  # "la mairie a annoncé": no place, no glue word; or two such bodies named before
        key, end = keys.pop(), k
    a, b = doc.tokens[ha].start, doc.tokens[end - 1].end
    return Span(ha, end, "ORG", a, b, doc.article.text[a:b], key)


def _home_page(doc: Doc, gaz: Gazetteer, home: str | None) -> bool:
    """Is the page about the home country of its language: the first three sentences name no other country?"""
    if home is None or not doc.sentences:
        return False
    lead_end = doc.sentences[min(2, len(doc.sentences) - 1)].tok_end
    return all(e.kb == home or not (e.kb in gaz.entries and gaz.entry(e.kb).is_country)
               for e in doc.entities if e.start < lead_end)


def _a_place(e: Span, gaz: Gazetteer) -> bool:
    return e.label in ("GPE", "LOC") or (e.kb in gaz.entries and gaz.entry(e.kb).type == "GPE")


def _body_named_before(doc: Doc, ha: int, he: int, head: str, before: list[Span], by_tok: dict[int, Span],
                       home: str | None = None) -> Span | None:
    """ "Le porte-parole de l'armée" after "L'armée soudanaise a annoncé": a body named without its country is the
    one of that kind the article named before with its country, when it named one only (two armies: which one, the
    text does not say); with none named before, the ``home`` country's, if the language has one ("Bộ Ngoại giao"
    alone on a Vietnamese page is Vietnam's)."""
    keys = {sp.kb for sp in before if sp.kb and sp.label == "ORG" and sp.kb.startswith(f"{head} of ")}
    if not keys and home is not None:
        keys = {f"{head} of {home}"}
    nxt = doc.tokens[he] if he < len(doc.tokens) else None
    after = by_tok.get(he) if he in by_tok and by_tok[he].start == he else None
    if len(keys) != 1 or (nxt is not None and (nxt.upos == "ADJ" or nxt.upos == "PROPN" and (
            after is None or after.label == "GPE"))):
        return None  # "l'armée [pakistanaise]": its own country; not "Bộ Ngoại giao [Đoàn Khắc Việt]", a name
    a, b = doc.tokens[ha].start, doc.tokens[he - 1].end
    return Span(ha, he, "ORG", a, b, doc.article.text[a:b], keys.pop())


def _organisation(e: Span | None, gaz: Gazetteer) -> bool:
    return e is not None and e.kb in gaz.entries and gaz.entry(e.kb).is_organisation


def add_bodies_of_organisations(doc: Doc, gaz: Gazetteer) -> Doc:
    """A body of an organisation the gazetteer knows, named with it: "la Commission de la Cédéao", "the ECOWAS
    Commission", "Ủy ban ECOWAS", "the Security Council's sanctions committee" -> one ORG span keyed "Commission of
    ECOWAS" (the ``[institutions] body_heads`` table gives the English head), so its names in each language meet;
    kg.extract's part_of rule links it to the organisation. A head inside a known name ("Conseil de l'Europe")
    stays that name."""
    tb = tables(doc.article.lang)
    if not tb.body_heads:
        return doc
    toks, text = doc.tokens, doc.article.text
    by_tok = {k: e for e in doc.entities for k in range(e.start, e.end)}
    new: list[Span] = []
    for s in doc.sentences:
        for ha, he, phrase in find_phrases(doc, s.i, tb.body_heads):
            inside = by_tok.get(ha)
            if inside is not None and inside.kb is not None:
                continue
            k = he
            while k < s.tok_end and k - he < 3 and (toks[k].text.lower() in tb.name_glue or toks[k].upos == "DET") \
                    and not _organisation(by_tok.get(k), gaz):
                k += 1
            owner, a, b = by_tok.get(k), ha, None
            if _organisation(owner, gaz) and owner.start == k:
                b = owner.end  # "Commission de la Cédéao"
            elif tb.country_first and ha > s.tok_start:
                j = ha - 1 if _organisation(by_tok.get(ha - 1), gaz) else \
                    ha - 2 if ha - 2 >= s.tok_start and toks[ha - 1].text in tb.possessive_clitics else None
                owner = by_tok.get(j) if j is not None else None
                if _organisation(owner, gaz) and owner.end == j + 1:
                    a, b = owner.start, he  # "the ECOWAS Commission", "the Security Council's sanctions committee"
            if b is not None:
                ca, cb = toks[a].start, toks[b - 1].end
                new.append(Span(a, b, "ORG", ca, cb, text[ca:cb], f"{tb.body_heads[phrase]} of {owner.kb}"))
    if not new:
        return doc
    covered = {t for sp in new for t in range(sp.start, sp.end)}
    kept = [e for e in doc.entities if not any(t in covered for t in range(e.start, e.end))]
    return dataclasses.replace(doc, entities=tuple(sorted(kept + new, key=lambda e: e.start)))


def _known_member_country(doc: Doc, s, k: int, gaz: Gazetteer, by_tok) -> str | None:
    """ "Foreign Ministry spokeswoman Maria Zakharova": a body named without its country, right before a title and
    a person the gazetteer gives a country, is that country's; else None."""
    if k >= s.tok_end:
        return None
    te = next((b for a, b, _ in find_phrases(doc, s.i, tables(doc.article.lang).titles, start=k,
                                             end=min(s.tok_end, k + 4)) if a == k), None)
    e = by_tok.get(te) if te is not None else None
    if e is None or e.start != te or e.label != "PER" or e.kb not in gaz.entries:
        return None
    return gaz.entry(e.kb).country


def _institution_span(doc: Doc, s, ha: int, he: int, phrase: str, gaz: Gazetteer, by_tok) -> Span | None:
    """The span of the institution whose head phrase is at [ha, he), with its country (before or after it) and the
    host country of an embassy; a capitalised ministry without a country keeps its words as its name."""
    start, country = _country_before_institution(doc, s, ha, gaz, by_tok)
    k, head, country, host = _institution_tail(doc, s, he, phrase, country, gaz, by_tok)
    side = side_of_sentence(doc, s, ha, gaz, by_tok) if country is None else None
    country = country or (side[0] if side else None) or _known_member_country(doc, s, k, gaz, by_tok)
    if country is None:
        # "Theo Bộ Tài chính, …": a ministry written as a name (capitalised) without its country is still
        # a body; it keeps its words as its name (which country it is, the text does not say)
        # (a name the backend found inside the phrase, "Bộ [Công Thương]", gives way to the whole)
        if head not in ("Government", "Armed Forces", "Parliament") and doc.tokens[ha].text[:1].isupper() \
                and not any((ha <= e.start < he and e.end > he) or e.start < ha < e.end for e in doc.entities):
            return Span(ha, he, "ORG", doc.tokens[ha].start, doc.tokens[he - 1].end,
                        doc.article.text[doc.tokens[ha].start:doc.tokens[he - 1].end])
        return None
    a, b = doc.tokens[start].start, doc.tokens[k - 1].end
    if head == "Government" or (head == "Presidency" and _chairs_a_body(doc, k, gaz, by_tok)):
        # "chính phủ Hàn Quốc", "le gouvernement russe", "Russia's presidency of the G20": the country acting
        return Span(start, k, "GPE", a, b, doc.article.text[a:b], country)
    key = f"{head} of {country}" + (f" in {host}" if host else "")
    return Span(start, k, "ORG", a, b, doc.article.text[a:b], key)


def side_of_sentence(doc: Doc, s, before: int, gaz: Gazetteer, by_tok) -> tuple[str, int, int] | None:
    """(country, start, end token) of the side a sentence opens with (``[titles_glue] sides``: "Côté algérien,",
    "Phía Tokyo,", "À Dakar," — a capital stands for its country), for a post or an institution after its comma
    and before token ``before``, with no verb between (a post after the verb may be the other side's: "Côté
    américain, Rubio a reçu le ministre X")."""
    sides = tables(doc.article.lang).sides
    hit = next((b for a, b, _ in find_phrases(doc, s.i, sides, start=s.tok_start, end=min(s.tok_end, s.tok_start + 4))
                if a <= s.tok_start + 1), None) if sides else None
    if hit is None or hit >= before:
        return None
    e = by_tok.get(hit)
    key, end = (e.kb, e.end) if e is not None and e.start == hit and e.kb and e.label == "GPE" else \
        (gaz.demonym(doc.tokens[hit].text, doc.article.lang, doc), hit + 1)
    key = gaz.entry(key).capital_of or key if key in gaz.entries else None
    if key is None or not gaz.entry(key).is_country or end >= before or doc.tokens[end].text != "," or \
            any(doc.tokens[k].upos in ("VERB", "AUX") for k in range(end, before)):
        return None
    return key, hit, end


def _initials(doc: Doc, spans: list[Span], gaz: Gazetteer, known: dict[str, str]) -> dict[str, str]:
    """ "USI" in an article that names the "University of Southern Indiana": an acronym of three letters or more
    made of the initials of the capitalised words of one organisation of the article is that organisation."""
    bodies: dict[str, set[str]] = {}
    for e in spans:
        if e.label == "ORG":
            letters = _capital_initials(e.text)
            if len(letters) >= 3:
                bodies.setdefault(letters, set()).add(e.kb or e.text)
    out = {}
    for e in spans:
        acr = e.text
        if acr not in known and e.kb is None and _ACRONYM.fullmatch(acr) and len(acr) >= 3 and \
                len(bodies.get(acr, ())) == 1 and gaz.lookup(acr, doc.article.lang) is None:
            out[acr] = next(iter(bodies[acr]))
    return out


def _chairs_a_body(doc: Doc, k: int, gaz: Gazetteer, by_tok) -> bool:
    """ "[la présidence russe] du G20", "[Russia's presidency] of the BRICS": a presidency of a body is the country
    chairing it (the state acting), not the office of a president."""
    toks, tb = doc.tokens, tables(doc.article.lang)
    if k >= len(toks) or toks[k].text.lower() not in tb.possessive:
        return False
    j = k + 1
    while j < len(toks) and toks[j].upos == "DET":
        j += 1
    e = by_tok.get(j)
    return e is not None and e.start == j and e.label == "ORG"


def _country_before_institution(doc: Doc, s, ha: int, gaz: Gazetteer, by_tok) -> tuple[int, str | None]:
    """(where the span starts, the country) for a language that names the country first ("the Chinese foreign
    ministry", "Japan's foreign ministry")."""
    tb = tables(doc.article.lang)
    start = ha
    found = _country_at(doc, ha - 1, gaz, by_tok) if tb.country_first and ha > s.tok_start else None
    two = gaz.demonym(f"{doc.tokens[ha - 2].text} {doc.tokens[ha - 1].text}", doc.article.lang, doc) \
        if tb.country_first and ha - 2 >= s.tok_start else None
    if two:  # "the South Korean military": a demonym of two words
        return ha - 2, two
    anaphor = _country_anaphor_before(doc, s, ha, gaz) if tb.country_first else None
    if anaphor is not None:  # "the country's electoral commission": the country named last
        return anaphor
    if found is None and tb.country_first and ha - 2 >= s.tok_start and \
            doc.tokens[ha - 1].text in tb.possessive_clitics:
        owner = by_tok.get(ha - 2)  # "South Korea's Joint Chiefs of Staff": the country may be two words
        k = owner.start if owner is not None and owner.end == ha - 1 and owner.start >= s.tok_start else ha - 2
        found = _country_at(doc, k, gaz, by_tok)
        if found and found[1] == ha - 1:
            start = k
        else:
            found = None
    elif found:
        start = ha - 1
    return start, (found[0] if found else None)


def _country_anaphor_before(doc: Doc, s, ha: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """(start, country) for "the country's" before an institution's head at ``ha``: the last country named before
    it in the article."""
    tb = tables(doc.article.lang)
    if ha - 2 < s.tok_start or doc.tokens[ha - 1].text not in tb.possessive_clitics:
        return None
    hit = next((a for a, b, _ in find_phrases(doc, s.i, tb.country_anaphors, start=max(s.tok_start, ha - 4),
                                              end=ha - 1) if b == ha - 1), None)
    if hit is None:
        return None
    last = None
    for e in doc.entities:
        if e.end > hit:
            break
        if e.kb in gaz.entries and gaz.entry(e.kb).is_country:
            last = e.kb
    return (hit, last) if last is not None else None


def _elided(phrase: str) -> list[str]:
    """The words of a phrase as the tokenizers split them: an elided article is a word of its own ("de l'énergie" ->
    "de", "l'", "énergie")."""
    return re.findall(r"[^\s'’]+['’]?", phrase)


def _institution_tail(doc: Doc, s, he: int, phrase: str, country: str | None, gaz: Gazetteer, by_tok):
    """(end token, head, country, host) reading after the head phrase: the country after it, a longer head split by
    a demonym ("ministère [sud-coréen] des Affaires étrangères"), glue words, an embassy's host country."""
    tb = tables(doc.article.lang)
    head, words, k, host = tb.institutions[phrase], _elided(phrase), he, None
    while k < min(s.tok_end, he + 10):
        got = _country_at(doc, k, gaz, by_tok)
        if got and country is None:
            country, k = got
            continue
        # a longer head split by the demonym: "ministère [sud-coréen] des Affaires étrangères"
        longer = [p for p in tb.institutions if p.startswith(phrase + " ") and
                  _words(doc, k, min(s.tok_end, k + 6))[:len(_elided(p)) - len(words)] == _elided(p)[len(words):]]
        if longer:
            best = max(longer, key=len)
            need, j = len(_elided(best)) - len(words), k
            while need > 0:
                need -= len(doc.tokens[j].text.split())
                j += 1
            head, k = tb.institutions[best], j
            continue
        low = doc.tokens[k].text.lower()
        if low in tb.name_glue and country is None and _country_at(doc, k + 1, gaz, by_tok):
            k += 1
            continue
        if low in tb.host_preps and country is not None and host is None:
            got = _country_at(doc, k + 1, gaz, by_tok)
            if got:
                host, k = got[0], got[1]
                continue
        break
    return k, head, country, host
