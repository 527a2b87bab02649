"""Canonical entities: each mention is linked to one :class:`kg.model.Entity` shared across articles and languages.

First pass (issue 4 deepens it): a gazetteer match wins; otherwise, within an article a short form ("Peskov",
"ông Lavrov") links to the fuller name that contains it, and across articles names are merged when their
normalised forms are equal. IRIs are minted from the gazetteer key or the normalised name, so the same input
always gives the same IRIs.

>>> normalise_name("Kim Jong-un")
'kim jong un'
>>> from kg.gazetteer import load_gazetteer
>>> r = Resolver(load_gazetteer())
>>> r.link("a1", Mention("Bắc Hàn", 0, 7, "LOC"), "vi", ["Bắc Hàn"]).label
'North Korea'
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from kg.gazetteer import Gazetteer
from kg.lang import tables
from kg.model import Entity, Mention
from kg.ontology import DATA

__all__ = ["normalise_name", "Resolver", "slug"]


@lru_cache(maxsize=1)
def _suffix_keys() -> frozenset[str]:
    """The folded name suffixes of every language ("Jr.", "Sr."): no surname."""
    from kg.lang import SUPPORTED_LANGS

    return frozenset(translit_key(x) for lang in SUPPORTED_LANGS for x in tables(lang).name_suffixes)


def _without_suffix(full: str) -> str:
    """A folded full name without its suffix ("ferdinand marcos jr" -> "ferdinand marcos"): "Marcos" is his surname."""
    words = full.split()
    while len(words) > 2 and words[-1] in _suffix_keys():
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=200_000)
def normalise_name(name: str) -> str:
    """NFC, case-folded, hyphens and underscores as spaces, punctuation dropped, spaces collapsed."""
    n = unicodedata.normalize("NFC", name).casefold()
    n = re.sub(r"[-_‐‑–—.'’`]+", " ", n)
    n = re.sub(r"[^\w\s]", "", n)
    return re.sub(r"\s+", " ", n).strip()


_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]")


def translit_key(name: str) -> str:
    """A key that ignores common transliteration variants of foreign names:
    Dmitri/Dmitry, Sergueï/Sergei/Sergey, Kim Jong-un/Kim Jong Un, Choe Son-hui/Choe Son Hui.

    >>> translit_key("Dmitri Peskov") == translit_key("Dmitry Peskov")
    True
    >>> translit_key("Sergueï Ryabkov") == translit_key("Sergey Ryabkov")
    True
    >>> translit_key("North Korea") == translit_key("South Korea")
    False

    Vietnamese diacritics are distinctive (Lê is not Lệ), so names written with them keep them.

    >>> translit_key("Lê Văn Thành") == translit_key("Lệ Văn Thành")
    False
    """
    n = normalise_name(name)
    if _VIETNAMESE.search(n):
        return n
    s = unicodedata.normalize("NFKD", n.replace("đ", "d"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"gu(?=[ei])", "g", s)
    s = s.replace("ou", "u").replace("y", "i")
    return re.sub(r"(\w)\1", r"\1", s)


@lru_cache(maxsize=200_000)
def slug(name: str) -> str:
    """An IRI-safe local name: ASCII letters, digits and underscores (diacritics folded)."""
    s = unicodedata.normalize("NFKD", normalise_name(name).replace("đ", "d"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "x"


def _strip_honorific(name: str, lang: str) -> str:
    words = name.split()
    hon = tables(lang).honorifics
    while len(words) > 1 and words[0].lower() in hon:
        words = words[1:]
    return " ".join(words)


_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){2,3}")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")


@lru_cache(maxsize=None)
def _org_words(lang: str) -> frozenset[str]:
    """The organisation words of ``lang`` ("council", "district": the model-free tagger's ``ORG_HEADS``)."""
    return frozenset(w.lower() for w in tables(lang).word_classes.get("ORG_HEADS", ()))


def _acronym_first(name: str) -> bool:
    """ "NHS England", "BBC London": a name opening with an acronym of three letters or more is a body named after
    what follows, not that place's or person's full name."""
    first = name.split()[0] if " " in name else ""
    return len(first) >= 3 and first.isalpha() and first.isupper()


def _initials_name(name: str, article_names: list[str]) -> str | None:
    """The one name of the article that ``name`` abbreviates: its initials alone ("R. G." in an interview with Rafael
    Grossi), or the name written with an initial ("S. Jaishankar" for Subrahmanyam Jaishankar, "Antony J. Blinken" for
    Antony Blinken, a middle initial the other spelling leaves out); else None (no name of the article, or two of
    them, fit)."""
    words = name.split()
    initial = [bool(_INITIAL.fullmatch(w)) for w in words]
    if _INITIALS.fullmatch(name.strip()):
        want = [c for c in name if c.isalpha()]
        found = {n for n in article_names if [w[0] for w in n.split()] == want and not _INITIALS.fullmatch(n.strip())}
    elif len(words) >= 2 and any(initial) and not all(initial):
        full = [w for w, i in zip(words, initial) if not i]
        found = {other for other in article_names if not any(_INITIAL.fullmatch(w) for w in other.split()) and (
            (len(full) >= 2 and other.split() == full) or (len(other.split()) == len(words) and all(
                v[0] == w[0] if i else v == w for w, v, i in zip(words, other.split(), initial))))}
    else:
        return None
    return found.pop() if len(found) == 1 else None


class Resolver:
    """Links mentions to entities; call :meth:`link` for every mention, then read :attr:`entities`."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._labels: dict[str, Counter] = defaultdict(Counter)  # iri -> (lang, surface) counts
        self._types: dict[str, Counter] = defaultdict(Counter)
        self._wikidata: dict[str, str | None] = {}
        self._canon: dict[str, str] = {}
        # iri -> (article, text, start, end, reason)
        self.mentions: dict[str, list[tuple[str, str, int, int, str]]] = defaultdict(list)
        self._known: set[str] = set()  # IRIs from the gazetteer
        self._names_of: list[str] | None = None
        self._normalised: list[tuple[str, str]] = []
        self._counts: Counter = Counter()  # how often the article names each name
        self._spelling: dict[tuple[str, bool], str | None] = {}
        self._why: dict[str, str] = {}  # IRI -> why merges() merges it (kept in its mentions' link reasons)
        self._gaz_keys: tuple[list[str], list[str]] | None = None  # (translit keys of every name, entry keys)
        self._institution_of: dict[tuple[str, str], str] = {}  # (article, surface) -> the institution it names

    def _full_name(self, name: str, article_names: list[str], bodies: frozenset[str] = frozenset()) -> str:
        """The longest name of the article that ends or starts with ``name`` on word boundaries; ``name`` itself
        when two different names do ("Korea" beside "North Korea" and "South Korea": which one, it does not say).
        A longer name that starts with ``name`` and goes on with an organisation word (``bodies``: "Springfield City
        Council", "Irving Independent School District") is a body of that place, not its full name."""
        n = normalise_name(name)
        if self._names_of is not article_names:  # normalised once per article, not once per mention
            self._names_of, self._normalised = article_names, [(c, normalise_name(c)) for c in article_names]
            self._counts = Counter(k for _, k in self._normalised)
        tail, head = " " + n, n + " "
        # an acronym and one word name another thing ("ATP" beside "ATP Finals", "NHS" beside "NHS England"; not
        # "VKSND" beside "VKSND TP Hà Nội")
        acronym = name.isupper() and " " not in name
        found = {c: cand for cand, c in self._normalised if c != n and (
            (c.endswith(tail) and not _acronym_first(cand)) or (  # ("England" is not "NHS England")
                c.startswith(head) and not bodies.intersection(c[len(head):].split()) and
                not (acronym and len(c[len(head):].split()) == 1)))}
        if not found:
            return name
        best = max(found, key=lambda c: (len(c), c))
        others = [c for c in found if c not in best and translit_key(c) != translit_key(best)]
        if others:
            # "Mohamed" in an article about Ahmed Mohamed that names his father Mohamed El-Hassan Mohamed once: the
            # one the article names over and over, when it names him three times as often as any other
            count = self._counts
            top = max(found, key=lambda c: count[c])
            if count[top] >= 3 and all(count[top] >= 3 * count[c] for c in found if c != top and c not in top):
                return found[top]
            return name
        return found[best]

    def spelling_variant(self, name: str, person: bool) -> str | None:
        """The gazetteer entry of which ``name`` is a spelling variant ("Moskow" -> Moscow, "Dimitri Peskov" ->
        Dmitry Peskov): one edit away from one of its names once transliteration variants are folded, for names of
        six letters or more (a person's: a first name and a surname, never a surname alone), with the same first
        letter, and only when no other entry is as close (Gambia and Zambia, Austria and Australia stay apart).
        People match people only, places and bodies the rest; names written with Vietnamese diacritics never match
        this way (Lê is not Lệ).

        >>> from kg.gazetteer import load_gazetteer
        >>> r = Resolver(load_gazetteer())
        >>> r.spelling_variant("Moskow", False), r.spelling_variant("Kim Jong Il", True)
        ('Moscow', None)
        """
        got = self._spelling.get((name, person), "")
        if got != "":
            return got
        if self._gaz_keys is None:
            pairs = sorted({(translit_key(n), e.key) for e in self.gaz.entries.values()
                            for names in e.names.values() for n in (*names, e.key)})
            self._gaz_keys = ([k for k, _ in pairs], [key for _, key in pairs])
        k, found = translit_key(name), None
        if len(k.replace(" ", "")) >= 6 and not _VIETNAMESE.search(k) and (not person or " " in k):
            near = extract(k, self._gaz_keys[0], scorer=Levenshtein.distance, score_cutoff=1, limit=None)
            keys = {self._gaz_keys[1][i] for cand, _, i in near if cand[:1] == k[:1] and
                    (self.gaz.entry(self._gaz_keys[1][i]).type == "PER") == person}
            found = keys.pop() if len(keys) == 1 else None
        self._spelling[(name, person)] = found
        return found

    def link(self, article: str, m: Mention, lang: str, article_names: list[str], actor: bool = False) -> Entity:
        """The entity of mention ``m``; ``actor`` when it is the one acting or speaking, where a capital stands for
        its country's government (metonymy: "Moscou a le droit", "Washington warns")."""
        canonical = m.key is not None and m.kind == "name" and m.key not in self.gaz.entries
        name = m.key if canonical else _strip_honorific(m.key if m.key and m.kind != "name" else m.text, lang)
        key = m.key if m.key and m.key in self.gaz.entries else (None if canonical else self.gaz.lookup(name, lang))
        if key is None and not canonical and m.type not in ("GPE", "LOC"):  # "Irving" is no school district
            name = _initials_name(name, article_names) or self._full_name(name, article_names, _org_words(lang))
            key = self.gaz.lookup(name, lang)
            if key is None and (article, name) in self._institution_of:  # "VKSND" after "VKSND TP Hà Nội": the
                name, canonical = self._institution_of[(article, name)], True  # institution that name stood for
        elif canonical:
            self._institution_of[(article, m.text)] = m.key
        reason = "gazetteer" if key is not None else ("institution" if canonical else "name")
        if key is None and not canonical and name != (m.key or m.text):
            reason = "longer name in the article"
        if key is None and not canonical and m.kind == "name":
            key = self.spelling_variant(name, m.type == "PER")
            reason = "spelling variant of a gazetteer name" if key is not None else reason
        if m.kind in ("pronoun", "title"):
            reason = f"{m.kind} resolved in the article to {m.key}"
        if key is not None and actor and self.gaz.entry(key).capital_of:
            key = self.gaz.entry(key).capital_of
            reason = "capital acting for its country"
        if key is not None:
            e = self.gaz.entry(key)
            iri = str(DATA[f"entity/{slug(key)}"])
            self._canon[iri] = key
            self._wikidata[iri] = e.wikidata
            self._types[iri][e.type] += 100
            self._known.add(iri)
        else:
            iri = str(DATA[f"entity/{slug(name)}"])
            self._canon.setdefault(iri, name)
            self._wikidata.setdefault(iri, None)
            self._types[iri][m.type] += 1
        if reason != "capital acting for its country":  # the capital's name is not a name of the country
            self._labels[iri][(lang, m.text if m.kind == "name" or canonical else name)] += 1
        self.mentions[iri].append((article, m.text, m.start, m.end, reason))
        return self.entity(iri)

    def merges(self) -> dict[str, str]:
        """Merges decided once every mention is seen: IRI -> IRI it is merged into.

        Names not in the gazetteer merge when their transliteration keys are equal (Dmitri / Dmitry Peskov); a
        shorter person name merges into the single person whose name ends with it (Peskov -> Dmitry Peskov),
        never when two people share it (Kim)."""
        out: dict[str, str] = {}
        self._why = {}
        by_key: dict[str, list[str]] = defaultdict(list)
        known_keys = {translit_key(self._canon[i]): i for i in sorted(self._known)}
        for iri in sorted(self._canon):
            if iri in self._known:
                continue
            k = translit_key(self._canon[iri])
            if k in known_keys:
                out[iri] = known_keys[k]
            else:
                by_key[k].append(iri)
        for k, iris in by_key.items():
            if len(iris) > 1:
                keep = max(iris, key=lambda i: (len(self.mentions[i]), -len(i), i))
                for i in iris:
                    if i != keep:
                        out[i] = keep
        persons = {i: translit_key(self._canon[i]) for i in self._canon if i not in out and
                   self.entity(i).type == "PER" and len(self._canon[i].split()) > 1}
        near = self._near_namesakes(persons)
        out.update(near)
        self._why.update(dict.fromkeys(near, "spelling variant (one edit apart, same surname)"))
        for iri in sorted(self._canon):
            if iri in out or iri in self._known or self.entity(iri).type not in ("PER", "MISC"):
                continue
            k = translit_key(self._canon[iri])
            free = {i: f for i, f in persons.items() if i not in out}
            why, cands = "surname of the only person with that name", {
                i for i, full in free.items() if i != iri and _without_suffix(full).endswith(" " + k)}
            if not cands and " " not in k:
                why, cands = "first name of the only person with that name", self._first_name_of(iri, k, free)
            if not cands and " " not in k and len(k) >= 5:
                why, cands = "surname one letter off the only person of the article that close", \
                    self._surname_variant_of(iri, k, free)
            if len(cands) == 1:
                out[iri] = cands.pop()
                self._why[iri] = why
        out.update(self._short_place_names(out))
        return out

    def _short_place_names(self, out: dict[str, str]) -> dict[str, str]:
        """An unknown place named by the last word of a longer name the gazetteer knows ("Korea" in "South Korea",
        "North Korea") is the one of those its articles name, when they name only one ('"Korea and Japan are
        neighbours," Lee said' in an article about South Korea); with both named, it stays itself."""
        found: dict[str, str] = {}
        for iri in sorted(self._canon):
            if iri in out or iri in self._known or self.entity(iri).type not in ("GPE", "LOC"):
                continue
            name = self._canon[iri]
            arts = {a for a, *_ in self.mentions[iri]}
            cands = {j for j in self._known if self._canon[j].endswith(" " + name) and
                     any(a in arts for a, *_ in self.mentions[j])}
            if len(cands) == 1:
                found[iri] = cands.pop()
                self._why[iri] = "short name of the only place with that name in its articles"
        return found

    def _near_namesakes(self, persons: dict[str, str]) -> dict[str, str]:
        """Two unknown people whose names are one edit apart once transliteration is folded, with the same surname
        and eight letters or more ("Dimitri Peskov" / "Dmitri Peskov"), or the same first name and a surname of six
        letters or more ("Sonexay Siphandone" / "Siphandon"): one person, written two ways. Kim Jong Un and Kim Jong
        Il (two edits) stay two; Vietnamese names, whose diacritics and short given names tell people apart, never
        merge on a surname."""
        out: dict[str, str] = {}
        by_surname: dict[tuple[int, str], list[str]] = defaultdict(list)
        for iri, k in sorted(persons.items()):
            if iri not in self._known:
                by_surname[(k.count(" "), k.rsplit(" ", 1)[-1])].append(iri)
                if " " in k and len(k.rsplit(" ", 1)[-1]) >= 6 and not _VIETNAMESE.search(k):
                    # "Sonexay Siphandone" / "Sonexay Siphandon": the same first name, a long surname one letter off
                    by_surname[(k.count(" "), "first:" + k.split(" ", 1)[0])].append(iri)
        for iris in by_surname.values():
            for a in iris:
                for b in iris:
                    if a < b and a not in out and b not in out and len(persons[a]) >= 8 and \
                            Levenshtein.distance(persons[a], persons[b]) == 1:
                        keep, drop = sorted((a, b), key=lambda i: (-len(self.mentions[i]), i))
                        out[drop] = keep
        return out

    def _surname_variant_of(self, iri: str, k: str, persons: dict[str, str]) -> set[str]:
        """A surname alone written one letter off the surname of the one person of its article who is that close
        ("Mauer" after "K.C. Maurer"): a typing or transliteration slip, never across articles."""
        here = {a for a, *_ in self.mentions[iri]}
        return {i for i, full in persons.items() if i != iri and any(a in here for a, *_ in self.mentions[i]) and
                Levenshtein.distance(full.rsplit(" ", 1)[-1], k) == 1}

    def _first_name_of(self, iri: str, k: str, persons: dict[str, str]) -> set[str]:
        """The person a first name alone refers to ("Dmitry added …" after "Dmitry Peskov"): the one person of its
        articles with that first name (up to one edit for five letters or more), else the one person of the whole
        build; none when two people share it, so a first name never merges two people."""
        def first_matches(full: str) -> bool:
            first = full.split(" ", 1)[0]
            return first == k or (len(k) >= 5 and Levenshtein.distance(first, k) <= 1)
        cands = {i for i, full in persons.items() if i != iri and first_matches(full)}
        here = {a for a, *_ in self.mentions[iri]}
        local = {i for i in cands if any(a in here for a, *_ in self.mentions[i])}
        return local if local else cands

    def apply_merges(self, merges: dict[str, str]) -> None:
        for old, new in merges.items():
            for lab, n in self._labels.pop(old, {}).items():
                self._labels[new][lab] += n
            for t, n in self._types.pop(old, {}).items():
                self._types[new][t] += n
            reason = self._why.get(old, "same name up to transliteration")
            self.mentions[new] += [(a, t, s, e, f"{r}; merged: {reason}")
                                   for a, t, s, e, r in self.mentions.pop(old, [])]
            self._canon.pop(old, None)
            self._wikidata.pop(old, None)

    def _fuller(self, iri: str, lang: str, surface: str) -> str:
        """The most used name of the entity in ``lang`` that holds ``surface`` as its words, so a short form
        ("army", "Putin") gives way to the full one the articles also use ("Sudanese army", "Vladimir Putin")."""
        pat = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
        fuller = [(n, s) for (lg, s), n in self._labels[iri].items() if lg == lang and s != surface and pat.search(s)]
        return max(fuller, key=lambda ns: (ns[0], len(ns[1]), ns[1]))[1] if fuller else surface

    def entity(self, iri: str) -> Entity:
        types = self._types[iri]
        # an explicit PER (a title holder, a speaker) beats the backend's guesses of other types
        typ = "PER" if types.get("PER", 0) >= 1 and max(types.values()) < 100 else types.most_common(1)[0][0]
        if typ == "MISC" and len(types) > 1:
            typ = next(t for t, _ in types.most_common() if t != "MISC")
        by_lang: dict[str, str] = {}
        canon = self._canon[iri]
        if canon in self.gaz.entries:  # a known entity has its own name in each language
            for lang, names in self.gaz.entry(canon).names.items():
                if names:
                    by_lang[lang] = canon if lang == "en" else names[0]  # gazetteer keys are English names
        for (lang, surface), _ in sorted(self._labels[iri].items(), key=lambda kv: (-kv[1], -len(kv[0][1]), kv[0])):
            by_lang.setdefault(lang, self._fuller(iri, lang, surface))
        aliases = {s for (_, s) in self._labels[iri]}
        if canon in self.gaz.entries:  # every name the gazetteer knows, so a query may use any of them
            aliases |= {n for names in self.gaz.entry(canon).names.values() for n in names}
        aliases = tuple(sorted(aliases))
        return Entity(iri, self._canon[iri], typ, self._wikidata[iri], tuple(sorted(by_lang.items())), aliases)

    @property
    def entities(self) -> dict[str, Entity]:
        return {iri: self.entity(iri) for iri in sorted(self._canon)}

