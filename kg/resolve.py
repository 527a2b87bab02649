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

from kg.gazetteer import Gazetteer
from kg.lang import tables
from kg.model import Entity, Mention
from kg.ontology import DATA

__all__ = ["normalise_name", "Resolver", "slug"]


def normalise_name(name: str) -> str:
    """NFC, case-folded, hyphens and underscores as spaces, punctuation dropped, spaces collapsed."""
    n = unicodedata.normalize("NFC", name).casefold()
    n = re.sub(r"[-_‐‑–—.'’`]+", " ", n)
    n = re.sub(r"[^\w\s]", "", n)
    return re.sub(r"\s+", " ", n).strip()


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


class Resolver:
    """Links mentions to entities; call :meth:`link` for every mention, then read :attr:`entities`."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._labels: dict[str, Counter] = defaultdict(Counter)  # iri -> (lang, surface) counts
        self._types: dict[str, Counter] = defaultdict(Counter)
        self._wikidata: dict[str, str | None] = {}
        self._canon: dict[str, str] = {}

    def _full_name(self, name: str, article_names: list[str]) -> str:
        """The longest name of the article that ends or starts with ``name`` on word boundaries."""
        n = normalise_name(name)
        best = name
        for cand in article_names:
            c = normalise_name(cand)
            if c != n and (c.endswith(" " + n) or c.startswith(n + " ")) and len(cand) > len(best):
                best = cand
        return best

    def link(self, article: str, m: Mention, lang: str, article_names: list[str], actor: bool = False) -> Entity:
        """The entity of mention ``m``; ``actor`` when it is the one acting or speaking, where a capital stands for
        its country's government (metonymy: "Moscou a le droit", "Washington warns")."""
        canonical = m.key is not None and m.kind == "name" and m.key not in self.gaz.entries
        name = m.key if canonical else _strip_honorific(m.key if m.key and m.kind != "name" else m.text, lang)
        key = m.key if m.key and m.key in self.gaz.entries else (None if canonical else self.gaz.lookup(name, lang))
        if key is None and not canonical:
            name = self._full_name(name, article_names)
            key = self.gaz.lookup(name, lang)
        if key is not None and actor and self.gaz.entry(key).capital_of:
            key = self.gaz.entry(key).capital_of
        if key is not None:
            e = self.gaz.entry(key)
            iri = str(DATA[f"entity/{slug(key)}"])
            self._canon[iri] = key
            self._wikidata[iri] = e.wikidata
            self._types[iri][e.type] += 100
        else:
            iri = str(DATA[f"entity/{slug(name)}"])
            self._canon.setdefault(iri, name)
            self._wikidata.setdefault(iri, None)
            self._types[iri][m.type] += 1
        self._labels[iri][(lang, m.text if m.kind == "name" or canonical else name)] += 1
        return self.entity(iri)

    def entity(self, iri: str) -> Entity:
        types = self._types[iri]
        # an explicit PER (a title holder, a speaker) beats the backend's guesses of other types
        typ = "PER" if types.get("PER", 0) >= 1 and max(types.values()) < 100 else types.most_common(1)[0][0]
        if typ == "MISC" and len(types) > 1:
            typ = next(t for t, _ in types.most_common() if t != "MISC")
        by_lang: dict[str, str] = {}
        for (lang, surface), _ in sorted(self._labels[iri].items(), key=lambda kv: (-kv[1], -len(kv[0][1]), kv[0])):
            by_lang.setdefault(lang, surface)
        aliases = tuple(sorted({s for (_, s) in self._labels[iri]}))
        return Entity(iri, self._canon[iri], typ, self._wikidata[iri], tuple(sorted(by_lang.items())), aliases)

    @property
    def entities(self) -> dict[str, Entity]:
        return {iri: self.entity(iri) for iri in sorted(self._canon)}

