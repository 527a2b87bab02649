"""Per-rule confidence, calibrated on annotated sets: each rule's precision over the given builds (kg eval's
matching), smoothed as (right + 1) / (right + wrong + 2) so a rule seen twice is not given 1.0 or 0.0.

    python bench/calibrate.py GOLD:OUT [GOLD:OUT ...]          # print the table
    python bench/calibrate.py --write GOLD:OUT [GOLD:OUT ...]  # and write kg/extract/confidence.toml

A statement's confidence is its rule's entry (kg.extract.rule_confidence); a rule with no entry keeps the
confidence its extractor gave. The sets read here are the ones the rules were written on, so the figures rank the
rules more than they predict precision on new text (docs/QUALITY.md).
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import evaluate, load_gold, load_statements  # noqa: E402

TABLE = ROOT / "kg" / "extract" / "confidence.toml"


def calibrate(pairs: list[str]) -> dict[str, tuple[float, int, int]]:
    """rule -> (smoothed precision, right, wrong) over the GOLD:OUT pairs."""
    totals: dict[str, Counter] = defaultdict(Counter)
    for pair in pairs:
        gold, out = pair.split(":", 1)
        for rule, v in evaluate(load_gold(gold), load_statements(out)).per_rule.items():
            totals[rule].update(v)
    out = {}
    for rule, v in sorted(totals.items()):
        right, wrong = v.get("tp", 0), v.get("fp", 0)
        if rule != "(none)":
            out[rule] = (round((right + 1) / (right + wrong + 2), 2), right, wrong)
    return out


def main(argv: list[str]) -> int:
    write = "--write" in argv
    table = calibrate([a for a in argv if a != "--write"])
    lines = ["# Confidence per extraction rule: its precision over the annotated sets, smoothed as",
             "# (right + 1) / (right + wrong + 2). Written by `python bench/calibrate.py --write GOLD:OUT ...`",
             "# (docs/QUALITY.md lists the sets); a rule not listed keeps its extractor's confidence.", "", "[rules]"]
    for rule, (conf, right, wrong) in table.items():
        lines.append(f'"{rule}" = {conf}  # {right} right, {wrong} wrong')
        print(f"{rule:40} {conf:5.2f}  ({right} right, {wrong} wrong)")
    if write:
        TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
