"""Entity resolution against a gold file's entity table: splits, merges, and how many needed entities got an IRI.

    python bench/entities.py GOLD:BUILD [GOLD:BUILD ...] [--show]

For each build (a folder written by kg build), every entity end of a statement (subject, object, mention) is read
with its surface text and IRI. A surface names a gold entity when it equals one of the entity's aliases (case and
spacing folded) — the gold file's alias lists are the truth. Then, per set:

- needed: the gold entities that the set's facts use (subjects and entity objects), and how many of them appear
  under some IRI in the articles that need them;
- split: gold entities whose surfaces went to two IRIs or more (one real-world entity, two nodes);
- merged: IRIs whose surfaces name two gold entities or more (two entities, one node).

A capital's name is left out of split and merged: the gold annotates it as the country where it acts ("Moscou a
le droit") and as the city elsewhere, which its alias list cannot tell apart; kg links it the same way.
Surfaces that name no gold entity are left out (the gold lists only the entities of its facts).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path


def fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"^(l['’]|the |le |la |les )", "", s)
    return re.sub(r"[\s\-‐‑]+", " ", s).strip()


def score(gold_path: str, build: str) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    alias_of: dict[str, set[str]] = defaultdict(set)
    for key, e in gold["entities"].items():
        for a in [key, *e.get("aliases", [])]:
            alias_of[fold(a)].add(key)
    docs = {d["doc"] for d in gold["docs"]}
    needed: dict[str, set[str]] = defaultdict(set)  # gold entity -> docs whose facts use it
    for d in gold["docs"]:
        for f in d["facts"]:
            needed[f["subject"]].add(d["doc"])
            if "entity" in f["object"]:
                needed[f["object"]["entity"]].add(d["doc"])
    iris_of: dict[str, set[str]] = defaultdict(set)  # gold entity -> IRIs its surfaces went to
    golds_of: dict[str, set[str]] = defaultdict(set)  # IRI -> gold entities its surfaces name
    seen_in: dict[str, set[str]] = defaultdict(set)  # gold entity -> docs where some IRI carries it
    path = Path(build) / "statements.jsonl" if Path(build).is_dir() else Path(build)
    for line in path.read_text(encoding="utf-8").splitlines():
        st = json.loads(line)
        if st["article"] not in docs:
            continue
        ends = [st["subject"], st["object"] if isinstance(st["object"], dict) else {}, *st.get("mentions", [])]
        for e in ends:
            if not e.get("iri"):
                continue
            keys = alias_of.get(fold(e["text"]), set())
            if len(keys) != 1:
                continue
            key = keys.pop()
            seen_in[key].add(st["article"])
            cap = gaz.lookup(e["text"], st["lang"])
            if cap is not None and gaz.entry(cap).capital_of:
                continue  # a capital: the city or its country's government, by the sentence (see above)
            iris_of[key].add(e["iri"])
            golds_of[e["iri"]].add(key)
    found = sum(1 for k, ds in needed.items() if ds & seen_in.get(k, set()))
    return {"needed": len(needed), "with_iri": found,
            "split": sorted(k for k, v in iris_of.items() if len(v) > 1),
            "merged": sorted(i for i, v in golds_of.items() if len(v) > 1),
            "missing": sorted(k for k, ds in needed.items() if not ds & seen_in.get(k, set())),
            "split_detail": {k: sorted(v) for k, v in iris_of.items() if len(v) > 1},
            "merged_detail": {i: sorted(v) for i, v in golds_of.items() if len(v) > 1}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", metavar="GOLD:BUILD")
    ap.add_argument("--show", action="store_true", help="list the split, merged and missing entities")
    args = ap.parse_args()
    tot = {"needed": 0, "with_iri": 0, "split": 0, "merged": 0}
    print(f"{'set':<28} {'needed':>6} {'with IRI':>9} {'split':>6} {'merged':>7}")
    for pair in args.pairs:
        gold, build = pair.rsplit(":", 1)
        r = score(gold, build)
        print(f"{Path(gold).stem:<28} {r['needed']:>6} {r['with_iri']:>9} {len(r['split']):>6} {len(r['merged']):>7}")
        for k in ("needed", "with_iri"):
            tot[k] += r[k]
        tot["split"] += len(r["split"])
        tot["merged"] += len(r["merged"])
        if args.show:
            for k in ("split_detail", "merged_detail"):
                for name, v in r[k].items():
                    print(f"   {k.split('_')[0]}: {name}: {v}")
            if r["missing"]:
                print(f"   missing: {r['missing']}")
    share = tot["with_iri"] / tot["needed"] if tot["needed"] else 0.0
    print(f"{'all':<28} {tot['needed']:>6} {tot['with_iri']:>9} {tot['split']:>6} {tot['merged']:>7}   "
          f"({share:.0%} of the needed entities with an IRI)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
