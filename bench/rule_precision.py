"""Precision of each extraction rule over several annotated sets: the statements' ``rule`` field scored with
`kg eval`'s matching (docs/evaluation.md), summed over the sets.

    python bench/rule_precision.py bench/quality/gold_dev.json:out-dev/ bench/quality/gold_dev5.json:out-dev5/ ...

Prints a Markdown table (rule, statements, right, wrong, precision), lowest precision first; docs/QUALITY.md keeps
the latest one.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.evaluate import evaluate, load_gold, load_statements, rule_precision  # noqa: E402


def main(pairs: list[str]) -> None:
    totals: dict[str, Counter] = defaultdict(Counter)
    for pair in pairs:
        gold, out = pair.split(":", 1)
        for rule, v in evaluate(load_gold(gold), load_statements(out)).per_rule.items():
            totals[rule].update(v)
    rows = sorted(((rule, rule_precision(v)) for rule, v in totals.items()),
                  key=lambda r: (r[1]["P"] if r[1]["P"] is not None else 2, r[0]))
    print("| rule | statements | right | wrong | precision |")
    print("|---|---|---|---|---|")
    for rule, r in rows:
        p = f"{r['P']:.2f}" if r["P"] is not None else "–"
        print(f"| `{rule}` | {r['statements']} | {r['right']} | {r['wrong']} | {p} |")


if __name__ == "__main__":
    main(sys.argv[1:])
