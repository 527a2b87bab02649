"""`kg link OUT --wikidata`: Wikidata ids for the entities of a build that have none, for users with a network.

`kg build` stays offline (its Wikidata ids come from the gazetteer). This optional step asks Wikidata's search API
(``wbsearchentities``) for each entity without an id, by its labels in each language, ranks the candidates — an
exact label beats an alias; a description that fits the entity's type (a person, an organisation, a country or
place) adds to the score, one that names another type takes from it — and accepts the best only above a
threshold and clearly ahead of the next one. Accepted links are written as ``owl:sameAs`` in a named graph of
their own, appended to the build's ``graph.nq`` (what `kg query` and `kg serve` read) and written to
``wikidata.ttl``, with a report (``wikidata-links.jsonl``: entity, id, score, the label and description matched).

Answers are cached in ``OUT/cache/wikidata.json``, so a second run asks nothing; requests are spaced by
``--min-interval`` seconds and carry a User-Agent, as Wikidata asks of API clients.
"""
from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.io import atomic_write_text

__all__ = ["DEFAULT_API", "WikidataSearch", "Candidate", "score_candidate", "choose", "link_build"]

DEFAULT_API = "https://www.wikidata.org/w/api.php"
LINK_GRAPH = "https://w3id.org/kg-news/id/graph/wikidata"
WD = "http://www.wikidata.org/entity/"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
# words of a Wikidata description (in English) that tell an entity's type
TYPE_WORDS = {
    "PER": ("politician", "diplomat", "president", "minister", "journalist", "businessman", "businesswoman",
            "official", "spokesperson", "spokesman", "lawyer", "general", "actor", "actress", "writer", "singer",
            "player", "footballer", "economist", "activist", "scientist", "born", "monarch", "king", "queen"),
    "ORG": ("organization", "organisation", "agency", "company", "newspaper", "ministry", "department", "party",
            "institution", "university", "council", "committee", "bank", "broadcaster", "news", "association",
            "alliance", "union", "armed forces", "army", "government", "office", "museum", "foundation"),
    "GPE": ("country", "city", "state", "capital", "province", "region", "municipality", "territory", "island"),
    "LOC": ("city", "river", "sea", "mountain", "region", "island", "peninsula", "strait", "building", "airport"),
}
TYPES_OF_CLASS = {"Person": "PER", "Organization": "ORG", "Country": "GPE", "Place": "LOC"}


@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    description: str
    matched: str  # "label" or "alias": how the searched name matched the candidate
    score: float


class WikidataSearch:
    """``wbsearchentities`` with a JSON cache on disk and a minimum interval between requests."""

    def __init__(self, api: str = DEFAULT_API, cache_file: Path | None = None, min_interval: float = 1.0,
                 timeout: float = 10.0, user_agent: str = "kg (https://w3id.org/kg-news)"):
        self.api, self.cache_file, self.min_interval, self.timeout = api, cache_file, min_interval, timeout
        self.user_agent = user_agent
        self.cache: dict[str, list[dict]] = {}
        if cache_file is not None and cache_file.exists():
            try:
                self.cache = json.loads(cache_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.cache = {}  # a damaged cache is asked again, not trusted
        self.requests = 0
        self._last = 0.0

    def search(self, name: str, lang: str) -> list[dict]:
        key = f"{lang}\t{name}"
        if key in self.cache:
            return self.cache[key]
        wait = self._last + self.min_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        query = urllib.parse.urlencode({"action": "wbsearchentities", "search": name, "language": lang,
                                        "uselang": "en", "type": "item", "limit": 7, "format": "json"})
        req = urllib.request.Request(f"{self.api}?{query}", headers={"User-Agent": self.user_agent})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (the API URL is the user's)
            data = json.loads(resp.read().decode("utf-8"))
        self._last = time.monotonic()
        self.requests += 1
        results = [r for r in data.get("search", []) if isinstance(r, dict) and r.get("id")]
        self.cache[key] = results
        return results

    def save(self) -> None:
        if self.cache_file is not None:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.cache_file, json.dumps(self.cache, ensure_ascii=False, sort_keys=True))


def score_candidate(entity_type: str, name: str, result: dict) -> Candidate:
    """The score of one search result for an entity of ``entity_type`` searched by ``name`` (0 to 1.2)."""
    label = str(result.get("label") or "")
    desc = str(result.get("description") or "").lower()
    match = result.get("match") or {}
    exact = label.casefold() == name.casefold()
    matched = "label" if exact else ("alias" if match.get("type") == "alias" and
                                     str(match.get("text", "")).casefold() == name.casefold() else "other")
    score = {"label": 0.8, "alias": 0.65, "other": 0.2}[matched]
    fits = any(w in desc for w in TYPE_WORDS.get(entity_type, ()))
    other = any(w in desc for t, words in TYPE_WORDS.items() if t != entity_type for w in words)
    if fits:
        score += 0.3
    elif other:
        score -= 0.3
    if "disambiguation" in desc or "family name" in desc or "given name" in desc:
        score = 0.0
    return Candidate(str(result["id"]), label, str(result.get("description") or ""), matched, round(score, 3))


def choose(entity_type: str, names: list[str], search, threshold: float = 0.9,
           margin: float = 0.2) -> Candidate | None:
    """The accepted candidate for an entity: the best over its names, at least ``threshold`` and ``margin`` ahead
    of the best other id; None when nothing is good or clear enough."""
    best: dict[str, Candidate] = {}
    for name, lang in names:
        for r in search(name, lang):
            c = score_candidate(entity_type, name, r)
            if c.qid not in best or c.score > best[c.qid].score:
                best[c.qid] = c
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.qid))
    if not ranked or ranked[0].score < threshold:
        return None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < margin:
        return None  # two people of one name, a city and its province: too close to call
    return ranked[0]


def _entities_without_id(out_dir: Path) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(IRI, type, [(label, lang)]) of the build's entities that have no owl:sameAs to Wikidata."""
    from kg.query import run_query

    _, rows = run_query(out_dir, """
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e ?class ?label (LANG(?label) AS ?lang) WHERE {
          ?e skos:prefLabel ?pref ; a ?class .
          { ?e rdfs:label ?label } UNION { ?e skos:prefLabel ?label }
          FILTER NOT EXISTS { GRAPH ?g { ?e owl:sameAs ?wd } FILTER(?g != <%s>)
                              FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
        }""" % LINK_GRAPH)  # (links an earlier run wrote are asked again, from the cache, and written again)
    out: dict[str, tuple[str, list]] = {}
    for r in rows:
        typ = TYPES_OF_CLASS.get(str(r["class"]).rsplit("/", 1)[-1], "MISC")
        names = out.setdefault(r["e"], (typ, []))[1]
        pair = (r["label"], r["lang"] or "en")
        if pair not in names:
            names.append(pair)
    return [(iri, typ, names) for iri, (typ, names) in sorted(out.items())]


def link_build(out_dir: str | Path, api: str = DEFAULT_API, threshold: float = 0.9, margin: float = 0.2,
               min_interval: float = 1.0, limit: int | None = None) -> list[dict]:
    """Link the build's entities without a Wikidata id (module docstring); returns the report's records."""
    out_dir = Path(out_dir)
    if not (out_dir / "graph.nq").exists():
        raise InputError(out_dir / "graph.nq", "no graph here; run `kg build ... --out DIR` first")
    client = WikidataSearch(api, out_dir / "cache" / "wikidata.json", min_interval)
    report = []
    try:
        for iri, typ, names in _entities_without_id(out_dir)[:limit]:
            if typ == "MISC":
                continue  # no type to check a candidate against
            c = choose(typ, names, client.search, threshold, margin)
            if c is not None:
                report.append({"entity": iri, "wikidata": c.qid, "score": c.score, "label": c.label,
                               "description": c.description, "matched": c.matched})
    finally:
        client.save()
    _write_links(out_dir, report)
    return report


def _write_links(out_dir: Path, report: list[dict]) -> None:
    from kg.io import staged_writes

    quads = "".join(f"<{r['entity']}> <{OWL_SAME_AS}> <{WD}{r['wikidata']}> <{LINK_GRAPH}> .\n" for r in report)
    ttl = "".join(f"<{r['entity']}> <{OWL_SAME_AS}> <{WD}{r['wikidata']}> .  # score {r['score']}\n"
                  for r in report)
    nq = (out_dir / "graph.nq").read_text(encoding="utf-8")
    kept = "".join(line + "\n" for line in nq.splitlines() if not line.endswith(f"<{LINK_GRAPH}> ."))
    files = {"graph.nq": kept + quads, "wikidata.ttl": ttl,
             "wikidata-links.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in report)}
    with staged_writes() as stage:  # all three renamed into place together, or none
        for name, text in files.items():
            with stage.writer(out_dir / name) as fh:
                fh.write(text.encode("utf-8"))
