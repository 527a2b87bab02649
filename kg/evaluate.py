"""``kg eval``: score a build's statements against hand-annotated facts (the gold format: docs/evaluation.md).

Matching is lenient on surface form and strict on meaning, with the rules of the project's reference scorer
(tested to give the same figures on the seeds and dev sets):

- an entity slot matches when one of the statement's names for it (label, text, or the last segment of its IRI)
  names the gold entity: once normalised (NFC, case-folded, punctuation removed) the name equals an alias, or holds
  one as whole words and holds no longer alias of another entity; short upper-case aliases (UN, US) match with
  their case; a Wikidata id given on both sides decides alone;
- the relation matches when the statement's id is one of the fact's ids; polarity must agree; symmetric facts match
  either way round;
- a text slot matches when at least half of the gold span's words are in the statement's text and at least a
  quarter of the statement's words are in the gold span (function words left out).

Recall = matched facts / facts. Precision = statements matching a fact / statements matching a fact or nothing
(those matching only an "acceptable" fact are not counted). Date accuracy = matched dated facts whose statement has
the same date (a month-only gold date accepts any day in it).

>>> gold = {"entities": {"Dmitry Peskov": {"type": "PER", "aliases": ["Peskov"]}}, "docs": [{"doc": "a1",
...         "lang": "en", "facts": [{"id": "f1", "subject": "Dmitry Peskov", "relation": ["say"],
...         "object": {"text": "talks will go on"}, "polarity": "affirmed"}]}]}
>>> st = {"article": "a1", "subject": {"text": "Peskov", "label": "Dmitry Peskov"}, "relation": {"id": "say"},
...       "object": {"text": "the talks will go on"}, "polarity": "affirmed"}
>>> evaluate(gold, [st]).summary()["all"]
{'P': 1.0, 'R': 1.0, 'F1': 1.0, 'gold': 1, 'statements': 1}
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

__all__ = ["evaluate", "Evaluation", "load_gold", "load_statements", "format_evaluation", "rule_precision"]

# words left out when comparing a content span: function words of the three languages (part of the matching rule)
STOP_WORDS = frozenset(
    "và của là các những này đó được cho với rằng thì mà đã đang sẽ một trong ở tại về để cũng ông bà "
    "le la les l de des du d un une et que qu à au aux en est a ne pas se s il elle ce cette qui "
    "the of and to in that is was be on for it an".split())
_PUNCT = re.compile(r"[\u2018\u2019\u201c\u201d\u00ab\u00bb\"'`().,;:!?\[\]{}«»–—-]+")
_COUNTS = ("gold", "hit", "sys", "tp", "fp", "dated", "date_ok")


def normalise(text: str | None, fold: bool = True) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("_", " ")
    text = text.casefold() if fold else text
    return re.sub(r"\s+", " ", _PUNCT.sub(" ", text)).strip()


def _words(text: str) -> set[str]:
    return {t for t in normalise(text).split() if t not in STOP_WORDS}


def _holds_words(hay: str, needle: str) -> bool:
    return bool(needle) and re.search(r"(?:^| )" + re.escape(needle) + r"(?: |$)", hay) is not None


def _is_acronym(alias: str) -> bool:
    bare = re.sub(r"[^\w]", "", alias)
    return 0 < len(bare) <= 4 and bare.isupper()


class GoldEntities:
    """The gold entities' aliases, to tell which gold entity a system name denotes."""

    def __init__(self, entities: dict):
        self.aliases: dict[str, set[str]] = {}
        self.acronyms: dict[str, set[str]] = {}
        self.by_qid: dict[str, str] = {}
        for key, ent in entities.items():
            names = [key, *ent.get("aliases", [])]
            self.aliases[key] = {normalise(a) for a in names if not _is_acronym(a) and normalise(a)}
            self.acronyms[key] = {normalise(a, fold=False) for a in names if _is_acronym(a)}
            if ent.get("wikidata"):
                self.by_qid[ent["wikidata"]] = key

    def resolve(self, names: list[str], wikidata: str | None = None) -> str | None:
        if wikidata and wikidata in self.by_qid:
            return self.by_qid[wikidata]
        best, best_len = None, 0
        for raw in names:
            folded, cased = normalise(raw), normalise(raw, fold=False)
            if not folded:
                continue
            for key in self.aliases:
                pairs = [(a, folded) for a in self.aliases[key]] + [(a, cased) for a in self.acronyms[key]]
                for alias, hay in pairs:
                    if hay == alias:
                        return key
                    if _holds_words(hay, alias) and len(alias) > best_len:
                        best, best_len = key, len(alias)
        return best


def _slot_names(slot) -> tuple[list[str], str | None]:
    if slot is None:
        return [], None
    if isinstance(slot, str):
        return [slot], None
    names = [slot[k] for k in ("label", "text", "name") if isinstance(slot.get(k), str)]
    for k in ("iri", "entity", "id"):
        v = slot.get(k)
        if isinstance(v, str) and v:
            names.append(re.sub(r"[_-]+", " ", re.split(r"[/#:]", v.rstrip("/"))[-1]))
    wd = slot.get("wikidata")
    if isinstance(wd, str) and wd:
        wd = wd.rsplit("/", 1)[-1]
    return names, wd or None


def _slot_text(slot) -> str:
    if slot is None:
        return ""
    if isinstance(slot, str):
        return slot
    return " ".join(str(slot.get(k) or "") for k in ("text", "label"))


def _text_matches(gold_span: str, text: str) -> bool:
    g, s = _words(gold_span), _words(text)
    if not g or not s:
        return False
    both = len(g & s)
    return both / len(g) >= 0.5 and both / len(s) >= 0.25


def _same_date(system, gold: str) -> bool:
    day = str(system or "")[:10]
    return day == gold or (len(gold) == 7 and day[:7] == gold)


def relation_of(st: dict) -> str:
    r = st.get("relation")
    if isinstance(r, dict):
        r = r.get("id") or r.get("label") or ""
    return re.split(r"[/#:]", str(r or "").rstrip("/"))[-1]


def _negated(st: dict) -> bool:
    return str(st.get("polarity", "affirmed")).lower() in {"negated", "negative", "neg", "false", "-"}


def fact_matches(fact: dict, st: dict, ents: GoldEntities) -> bool:
    """Does statement ``st`` (a statements.jsonl record) state gold ``fact``?"""
    if relation_of(st) not in fact["relation"]:
        return False
    if (fact.get("polarity", "affirmed") == "negated") != _negated(st):
        return False
    s_names, s_wd = _slot_names(st.get("subject"))
    o_names, o_wd = _slot_names(st.get("object"))
    subj, gobj = ents.resolve(s_names, s_wd), fact["object"]
    if "entity" in gobj:
        obj_ok = ents.resolve(o_names, o_wd) == gobj["entity"]
    else:
        obj_ok = _text_matches(gobj["text"], _slot_text(st.get("object")))
    if subj == fact["subject"] and obj_ok:
        return True
    return bool(fact.get("symmetric")) and "entity" in gobj and subj == gobj["entity"] and \
        ents.resolve(o_names, o_wd) == fact["subject"]


def article_of(st: dict) -> str:
    a = st.get("article")
    if isinstance(a, dict):
        a = a.get("id") or a.get("path") or ""
    return re.sub(r"\.[A-Za-z0-9]+$", "", str(a or "").rsplit("/", 1)[-1])


@dataclass
class Evaluation:
    """Counts per language and per relation, the misses, and how the entities were linked."""

    per_lang: dict[str, dict[str, int]] = field(default_factory=dict)
    per_relation: dict[str, dict[str, int]] = field(default_factory=dict)
    per_rule: dict[str, dict[str, int]] = field(default_factory=dict)  # statements' "rule" -> sys / tp / fp
    misses: list[tuple[str, dict]] = field(default_factory=list)
    false_positives: list[tuple[str, dict]] = field(default_factory=list)
    split: dict[str, list[str]] = field(default_factory=dict)  # gold entity -> the IRIs used for it (> 1)
    merged: dict[str, list[str]] = field(default_factory=dict)  # IRI -> the gold entities it stood for (> 1)
    coverage: tuple[int, int] = (0, 0)  # (gold entities in facts that got an IRI, gold entities in facts)

    def totals(self) -> dict[str, int]:
        return {k: sum(v[k] for v in self.per_lang.values()) for k in _COUNTS}

    def summary(self) -> dict:
        """The reference scorer's ``--json`` summary (same keys), plus ``relations`` (P/R/F1 per relation) and
        ``rules`` (precision per extraction rule)."""
        out: dict = {}
        for lang, v in sorted(self.per_lang.items()):
            out[lang] = _prf_record(v)
        tot = self.totals()
        out["all"] = _prf_record(tot)
        out["date_accuracy"] = round(tot["date_ok"] / tot["dated"], 3) if tot["dated"] else None
        out["entities_split"] = len(self.split)
        out["iris_merging_two_entities"] = len(self.merged)
        out["gold_entities_with_iri"], out["gold_entities_in_facts"] = self.coverage
        out["relations"] = {rel: _relation_record(v) for rel, v in sorted(self.per_relation.items())}
        out["rules"] = {rule: rule_precision(v) for rule, v in sorted(self.per_rule.items())}
        return out


def _prf(hit: int, gold: int, tp: int, fp: int) -> tuple[float, float, float]:
    r = hit / gold if gold else 0.0
    p = tp / (tp + fp) if tp + fp else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _prf_record(v: dict[str, int]) -> dict:
    p, r, f = _prf(v["hit"], v["gold"], v["tp"], v["fp"])
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "gold": v["gold"], "statements": v["sys"]}


def _relation_record(v: dict[str, int]) -> dict:
    """P/R/F1 of one relation: recall over the gold facts whose first relation it is, precision over the statements
    that carry it; None where there is nothing to measure (no such fact, or no such statement)."""
    rec = _prf_record(v)
    if not v["sys"]:
        rec["P"] = rec["F1"] = None
    if not v["gold"]:
        rec["R"] = rec["F1"] = None
    return rec


def rule_precision(v: dict[str, int]) -> dict:
    """One rule's statements: how many, right (match a fact), wrong (match nothing), and precision right / (right +
    wrong); statements matching only an acceptable fact are in neither."""
    judged = v["tp"] + v["fp"]
    return {"P": round(v["tp"] / judged, 3) if judged else None, "right": v["tp"], "wrong": v["fp"],
            "statements": v["sys"]}


def _counter() -> dict[str, int]:
    return dict.fromkeys(_COUNTS, 0)


def evaluate(gold: dict, statements: list[dict], docs: set[str] | None = None) -> Evaluation:
    """Score ``statements`` (statements.jsonl records) against ``gold`` (the gold format), on ``docs`` if given."""
    ents = GoldEntities(gold["entities"])
    by_doc = defaultdict(list)
    for st in statements:
        by_doc[article_of(st)].append(st)
    ev = Evaluation(per_lang=defaultdict(_counter), per_relation=defaultdict(_counter), per_rule=defaultdict(_counter))
    wanted = [d for d in gold["docs"] if not docs or d["doc"] in docs]
    for doc in wanted:
        lang, sts = doc.get("lang", "?"), by_doc.get(doc["doc"], [])
        acc = ev.per_lang[lang]
        for fact in doc["facts"]:
            rel = ev.per_relation[fact["relation"][0]]
            acc["gold"] += 1
            rel["gold"] += 1
            hits = [st for st in sts if fact_matches(fact, st, ents)]
            if not hits:
                ev.misses.append((doc["doc"], fact))
                continue
            acc["hit"] += 1
            rel["hit"] += 1
            if fact.get("date"):
                acc["dated"] += 1
                acc["date_ok"] += any(_same_date(st.get("date"), fact["date"]) for st in hits)
        for st in sts:
            rel, rule = ev.per_relation[relation_of(st)], ev.per_rule[str(st.get("rule") or "(none)")]
            acc["sys"] += 1
            rel["sys"] += 1
            rule["sys"] += 1
            if any(fact_matches(f, st, ents) for f in doc["facts"]):
                acc["tp"] += 1
                rel["tp"] += 1
                rule["tp"] += 1
            elif not any(fact_matches(f, st, ents) for f in doc.get("acceptable", [])):
                acc["fp"] += 1
                rel["fp"] += 1
                rule["fp"] += 1
                ev.false_positives.append((doc["doc"], st))
    ev.per_lang, ev.per_relation, ev.per_rule = dict(ev.per_lang), dict(ev.per_relation), dict(ev.per_rule)
    _link_check(ev, gold, statements, ents, {d["doc"] for d in wanted})
    return ev


def _link_check(ev: Evaluation, gold: dict, statements: list[dict], ents: GoldEntities, wanted: set[str]) -> None:
    iris_for, keys_for = defaultdict(set), defaultdict(set)
    for st in statements:
        if article_of(st) not in wanted:
            continue
        for slot in (st.get("subject"), st.get("object")):
            if not isinstance(slot, dict) or not (slot.get("iri") or slot.get("entity")):
                continue
            key = ents.resolve(*_slot_names(slot))
            if key:
                iri = slot.get("iri") or slot.get("entity")
                iris_for[key].add(iri)
                keys_for[iri].add(key)
    ev.split = {k: sorted(v) for k, v in iris_for.items() if len(v) > 1}
    ev.merged = {iri: sorted(v) for iri, v in keys_for.items() if len(v) > 1}
    needed = {f["subject"] for d in gold["docs"] if d["doc"] in wanted for f in d["facts"]}
    needed |= {f["object"].get("entity") for d in gold["docs"] if d["doc"] in wanted for f in d["facts"]}
    needed.discard(None)
    ev.coverage = (len(needed & set(iris_for)), len(needed))


def load_gold(path: str | Path) -> dict:
    """A gold file (docs/evaluation.md), checked enough to fail with the file and the problem, not a traceback."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(path, f"cannot read the gold file: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise InputError(path, f"not JSON: {exc}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), dict) or \
            not isinstance(gold.get("docs"), list):
        raise InputError(path, 'a gold file is {"entities": {...}, "docs": [...]} (see docs/evaluation.md)')
    for n, doc in enumerate(gold["docs"]):
        if not isinstance(doc, dict) or "doc" not in doc or not isinstance(doc.get("facts"), list):
            raise InputError(path, f"docs[{n}] needs a 'doc' id and a 'facts' list")
        for f in doc["facts"] + doc.get("acceptable", []):
            if not isinstance(f, dict) or not {"subject", "relation", "object"} <= set(f) or \
                    not isinstance(f["relation"], list) or not ({"entity", "text"} & set(f["object"])):
                raise InputError(path, f"a fact of {doc['doc']!r} needs subject, relation (a list) and an object "
                                       f"with 'entity' or 'text': {json.dumps(f, ensure_ascii=False)[:120]}")
    return gold


def load_statements(path: str | Path) -> list[dict]:
    """The records of a statements.jsonl file, or of the one in a build folder."""
    path = Path(path)
    if path.is_dir():
        path = path / "statements.jsonl"
    if not path.is_file():
        raise InputError(path, "no statements here; run `kg build ... --out DIR` first")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise InputError(path, f"not a JSON line: {exc}", line=n) from None
    return out


def format_evaluation(ev: Evaluation, show_misses: bool = False, by_rule: bool = False) -> str:
    """The report ``kg eval`` prints: misses (optional), entity linking, then P/R/F1 per language and relation."""
    lines = []
    if show_misses:
        lines.append("## missed gold facts")
        for doc, f in ev.misses:
            obj = f["object"].get("entity") or f["object"].get("text")
            neg = " (negated)" if f.get("polarity") == "negated" else ""
            lines.append(f"  {doc} {f.get('id', '?')}: {f['subject']} | {'/'.join(f['relation'])} | {obj}{neg}")
        lines.append("## statements matching no gold or acceptable fact")
        for doc, st in ev.false_positives:
            subj = _slot_names(st.get("subject"))[0]
            lines.append(f"  {doc}: {subj[:1]} | {relation_of(st)} | {_slot_text(st.get('object'))[:90]}")
    if ev.split:
        lines.append("## gold entities spread over several IRIs")
        lines += [f"  {k}: {v}" for k, v in sorted(ev.split.items())]
    if ev.merged:
        lines.append("## IRIs used for two different gold entities")
        lines += [f"  {k}: {v}" for k, v in sorted(ev.merged.items())]
    summary, tot = ev.summary(), ev.totals()
    lines.append(f"gold entities given an IRI: {ev.coverage[0]}/{ev.coverage[1]}")
    if tot["dated"]:
        lines.append(f"dates right on matched dated facts: {tot['date_ok']}/{tot['dated']}")
    lines.append(f"{'language':18} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'stmts':>6}   (then per relation)")
    rows = [(k, v) for k, v in summary.items() if isinstance(v, dict) and k not in ("relations", "rules")]
    rows += [(f"  {k}", v) for k, v in summary["relations"].items()]
    for name, v in rows:
        p, r, f = (f"{x:6.3f}" if x is not None else f"{'–':>6}" for x in (v["P"], v["R"], v["F1"]))
        lines.append(f"{name:18} {p} {r} {f} {v['gold']:5d} {v['statements']:6d}")
    if by_rule:
        lines.append(f"{'rule':34} {'P':>6} {'right':>6} {'wrong':>6} {'stmts':>6}")
        for rule, v in summary["rules"].items():
            p = f"{v['P']:6.3f}" if v["P"] is not None else f"{'–':>6}"
            lines.append(f"{rule:34} {p} {v['right']:6d} {v['wrong']:6d} {v['statements']:6d}")
    return "\n".join(lines) + "\n"
