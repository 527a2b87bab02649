"""Precision of a build's statements per relation family and confidence level, measured with the shared scorer.

    python bench/calibrate.py ../shared/eval/gold_seeds.json out/statements.jsonl

Statements matching only "acceptable" gold facts are left out, as the scorer does. Used to set the confidence each
extractor gives (docs/QUALITY.md); it reads gold only to measure, never to extract.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

SPEECH = {"say", "confirm", "deny", "warn", "urge", "request", "accuse", "praise", "express_concern",
          "decline_comment", "report"}


def family(relation: str) -> str:
    if relation == "holds_position":
        return "titles"
    return "speech" if relation in SPEECH else "interactions"


def main(gold_path: str, statements_path: str) -> int:
    sys.path.insert(0, str(Path(gold_path).resolve().parent))
    import score  # the shared scorer: its matching is the measure

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    idx = score.EntityIndex(gold["entities"])
    docs = {d["doc"]: d for d in gold["docs"]}
    cells: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    for st in score.load_statements(statements_path):
        d = docs.get(score.article_id(st))
        if d is None:
            continue
        hit = any(score.fact_matches(f, st, idx) for f in d["facts"])
        if not hit and any(score.fact_matches(f, st, idx) for f in d.get("acceptable", [])):
            continue
        cell = cells[(family(score.relation_id(st)), round(float(st.get("confidence", 0)), 2))]
        cell[0] += hit
        cell[1] += 1
    print(f"{'family':13} {'confidence':>10} {'correct':>8} {'counted':>8} {'precision':>9}")
    for (fam, conf), (ok, n) in sorted(cells.items()):
        print(f"{fam:13} {conf:10.2f} {ok:8d} {n:8d} {ok / n:9.2f}")
    for fam in sorted({f for f, _ in cells}):
        ok = sum(v[0] for (f, _), v in cells.items() if f == fam)
        n = sum(v[1] for (f, _), v in cells.items() if f == fam)
        print(f"{fam:13} {'all':>10} {ok:8d} {n:8d} {ok / n:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
