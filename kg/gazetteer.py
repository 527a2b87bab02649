"""The gazetteer: well-known entities with type, Wikidata id and names in vi, fr, en (plus demonyms).

The bundled file is ``kg/lang/gazetteer.json``; users add their own with ``--gazetteer FILE`` (same format).

>>> g = load_gazetteer()
>>> g.entry("North Korea").wikidata
'Q423'
>>> g.lookup("Bắc Hàn", "vi")
'North Korea'
>>> g.demonym("ukrainien", "fr")
'Ukraine'
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import ConfigError

__all__ = ["GazEntry", "Gazetteer", "load_gazetteer", "SUBDIVISION", "CITY"]


SUBDIVISION = "subdivision"  # the kind of a state or province (its country in "country")
CITY = "city"  # the kind of a city that is no capital (its country in "country"); it never stands for the country


@dataclass(frozen=True)
class GazEntry:
    key: str
    type: str
    wikidata: str | None
    names: dict[str, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]
    capital_of: str | None = None  # a capital stands for its country when it acts ("Bình Nhưỡng gửi quân")
    kind: str | None = None  # "media" for news outlets
    country: str | None = None  # the country a body belongs to (Kremlin -> Russia), a person's country
    posts_of: str | None = None  # the body whose posts this place's demonym names ("commissaire européen": the EU)

    @property
    def is_country(self) -> bool:
        """A country (or a territory that acts as one): a place that is no capital, state, province or city."""
        return self.type == "GPE" and not self.capital_of and self.kind not in (SUBDIVISION, CITY)

    @property
    def is_organisation(self) -> bool:
        """An organisation that can own bodies and members (not a news outlet)."""
        return self.type == "ORG" and self.kind != "media"


def _norm(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip()


class Gazetteer:
    def __init__(self, entries: list[GazEntry]):
        self.entries = {e.key: e for e in entries}
        self._by_name: dict[tuple[str, str], str] = {}  # (lang or "*", name) -> key
        self._demonyms: dict[tuple[str, str], str] = {}
        # a demonym of several countries ("congolais": the DRC and the Republic of the Congo), in entry order
        self._shared: dict[tuple[str, str], list[str]] = {}
        self._names: dict[str, dict[str, str]] = {}  # lang -> names(lang), made on first use
        self.match_index: dict[str, dict] = {}  # lang -> first word -> names, for kg.nlp.entities
        for e in entries:
            for lang, names in e.names.items():
                for n in (*names, e.key):
                    self._by_name.setdefault((lang, _norm(n)), e.key)
                    self._by_name.setdefault(("*", _norm(n)), e.key)
            for lang, dems in e.demonyms.items():
                for d in dems:
                    self._demonyms.setdefault((lang, d.lower()), e.key)
                    self._shared.setdefault((lang, d.lower()), []).append(e.key)
        self._shared = {k: v for k, v in self._shared.items() if len(v) > 1}
        self._named: tuple[object, set[str]] = (None, set())  # (the last document asked about, the keys it names)

    def entry(self, key: str) -> GazEntry:
        return self.entries[key]

    def lookup(self, name: str, lang: str | None = None) -> str | None:
        """Key of the entity this exact name denotes (the article's language first, then any language)."""
        n = _norm(name)
        return self._by_name.get((lang, n)) or self._by_name.get(("*", n))

    def names(self, lang: str) -> dict[str, str]:
        """name -> key for matching in text of ``lang`` (its own names first, then other languages' names).
        Made once per language; do not modify it."""
        out = self._names.get(lang)
        if out is None:
            out = {n: k for (lg, n), k in self._by_name.items() if lg == "*"}
            out.update({n: k for (lg, n), k in self._by_name.items() if lg == lang})
            self._names[lang] = out
        return out

    def demonym(self, word: str, lang: str, doc=None) -> str | None:
        """The country a demonym names, also inflected ("pakistanaise": the language's ``[names] demonym_endings``).
        A demonym of several countries ("congolais") names the first of them that ``doc`` names, else the first
        listed."""
        w = word.lower()
        found = self._demonyms.get((lang, w))
        if found is None and lang:
            from kg.errors import UnknownNameError
            from kg.lang import tables

            try:
                endings = tables(lang).demonym_endings
            except UnknownNameError:  # a language without tables has no endings
                return None
            w = next((w[:-len(e)] for e in endings if len(w) > len(e) + 3 and w.endswith(e) and
                      (lang, w[:-len(e)]) in self._demonyms), w)
            found = self._demonyms.get((lang, w))
        shared = self._shared.get((lang, w)) if found is not None and doc is not None else None
        if shared:
            if self._named[0] is not doc:  # (once per document, not once per demonym)
                self._named = (doc, {e.kb for e in doc.entities})
            found = next((k for k in shared if k in self._named[1]), found)
        return found


def _entries(raw: dict, where: str) -> list[GazEntry]:
    try:
        return [GazEntry(e["key"], e["type"], e.get("wikidata"),
                         {k: tuple(v) for k, v in e.get("names", {}).items()},
                         {k: tuple(v) for k, v in e.get("demonyms", {}).items()}, e.get("capital_of"),
                         e.get("kind"), e.get("country"), e.get("posts_of")) for e in raw["entities"]]
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{where}: each entity needs 'key', 'type' and 'names' ({exc})") from exc


def load_gazetteer(extra: list[str | Path] = ()) -> Gazetteer:
    """The bundled gazetteer plus user files; a user entry with the same key replaces the bundled one."""
    text = resources.files("kg.lang").joinpath("gazetteer.json").read_text(encoding="utf-8")
    entries = {e.key: e for e in _entries(json.loads(text), "gazetteer.json")}
    for path in extra:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read gazetteer: {exc}") from exc
        entries.update({e.key: e for e in _entries(raw, str(path))})
    return Gazetteer(list(entries.values()))
