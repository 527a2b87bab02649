"""Throughput, memory, overhead and cache figures of ``kg build`` on a generated corpus.

    python bench/corpus.py --articles 1000 --langs vi,fr --out bench/corpus-1k.jsonl
    python bench/run.py bench/corpus-1k.jsonl --work /tmp/kg-bench [--workers 2] [--nlp auto|fake]

Phases, each in its own process so peak memory is its own:
  bare     the NLP backends called directly on the same texts (load + annotate), nothing else
  cold     ``kg build`` from nothing, one process (compared with bare: the overhead of everything that is not NLP)
  parallel ``kg build`` from nothing with --workers N
  update   ``kg build --update`` with nothing changed
  rules    ``kg build --update`` after a rule change (another extractor set): extraction only, NLP from the cache
Prints a Markdown table (for docs/BENCHMARKS.md) and writes the raw figures to WORK/results.json.

``--nlp fake`` swaps the models for a whitespace tokenizer (no POS model, no NER) so the stages after NLP can be
measured at sizes whose real NLP would take hours on a small machine; its NLP figures mean nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _fake_backend():
    """The tests' model-free backend (whitespace words, capitalised = PROPN, no parse, no NER), registered as "fake"."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from conftest import register_fake_backend

    register_fake_backend()


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)  # Linux: KiB


def phase(name: str, corpus: str, work: str, nlp: str, workers: int) -> dict:
    """Run one phase in this process and return its figures."""
    from kg.config import Config

    if nlp == "fake":
        _fake_backend()
    cfg = Config(backends={lang: nlp for lang in ("vi", "fr", "en")})
    out = Path(work) / "out"
    t0 = time.perf_counter()
    if name == "bare":
        from kg.ingest import read_articles
        from kg.nlp import select_backend

        arts = [a for a in read_articles([corpus]) if not isinstance(a, Exception)]
        load_s, annotate_s, tokens, by_lang = 0.0, 0.0, 0, {}
        for lang in sorted({a.lang for a in arts}):
            t = time.perf_counter()
            be = select_backend(lang, cfg.backend_for(lang), cfg.nlp)
            annotate = be.load(lang, cfg.nlp)
            load_s += time.perf_counter() - t
            t = time.perf_counter()
            ntok = 0
            for a in arts:
                if a.lang == lang:
                    ntok += sum(len(s) for s in annotate(a).sentences)
            by_lang[lang] = {"articles": sum(a.lang == lang for a in arts), "tokens": ntok,
                             "seconds": round(time.perf_counter() - t, 2)}
            annotate_s += time.perf_counter() - t
            tokens += ntok
        return {"phase": name, "wall_s": round(time.perf_counter() - t0, 2), "load_s": round(load_s, 2),
                "annotate_s": round(annotate_s, 2), "tokens": tokens, "by_lang": by_lang, "peak_mb": _peak_mb()}
    from kg.pipeline import build

    if name in ("cold", "parallel"):
        shutil.rmtree(out, ignore_errors=True)
    if name == "rules":
        from dataclasses import replace

        cfg = replace(cfg, extractors=("titles", "speech"))
    report = build([corpus], out, cfg, workers=workers if name == "parallel" else 1,
                   update=name in ("update", "rules"))
    wall = time.perf_counter() - t0
    sizes = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}
    return {"phase": name, "wall_s": round(wall, 2), "timings": {k: round(v, 2) for k, v in report.timings.items()},
            "articles": report.articles, "sentences": report.sentences, "tokens": report.tokens,
            "statements": report.statements, "entities": report.entities, "errors": len(report.errors),
            "reused": report.reused, "nlp_reused": report.nlp_reused, "backends": report.backends,
            "peak_mb": _peak_mb(), "sizes": sizes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--work", required=True, help="a scratch folder (outputs and caches go there)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--nlp", default="auto")
    ap.add_argument("--phases", default="bare,cold,parallel,update,rules")
    ap.add_argument("--phase", help=argparse.SUPPRESS)  # internal: run one phase, print JSON
    a = ap.parse_args(argv)
    if a.phase:
        print(json.dumps(phase(a.phase, a.corpus, a.work, a.nlp, a.workers)))
        return 0
    Path(a.work).mkdir(parents=True, exist_ok=True)
    results = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') // 2**30} GiB, "
                          f"Python {platform.python_version()}",
               "corpus": a.corpus, "nlp": a.nlp, "workers": a.workers, "phases": {}}
    for name in a.phases.split(","):
        cmd = [sys.executable, str(Path(__file__).resolve()), a.corpus, "--work", a.work, "--nlp", a.nlp,
               "--workers", str(a.workers), "--phase", name]
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        r = json.loads(done.stdout.strip().splitlines()[-1])
        r["process_s"] = round(time.perf_counter() - t, 2)  # with interpreter start and imports
        results["phases"][name] = r
        print(f"{name}: {r['process_s']} s", file=sys.stderr)
    (Path(a.work) / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(table(results))
    return 0


def table(res: dict) -> str:
    ph = res["phases"]
    lines = [f"machine: {res['machine']}; corpus: {res['corpus']}; NLP: {res['nlp']}", ""]
    cold = ph.get("cold")
    if cold:
        n, tok = cold["articles"], cold["tokens"]
        lines += ["| stage | seconds | articles/s | tokens/s |", "|---|---|---|---|"]
        for stage, s in cold["timings"].items():
            rate = (f"{n / s:,.0f} | {tok / s:,.0f}" if s > 0 else "– | –")
            lines.append(f"| {stage} | {s:.2f} | {rate} |")
        lines += ["", f"articles {n}, sentences {cold['sentences']}, tokens {tok}, statements {cold['statements']}, "
                      f"entities {cold['entities']}, errors {cold['errors']}", ""]
    lines += ["| phase | wall s (process) | peak MB | note |", "|---|---|---|---|"]
    for name, r in ph.items():
        note = ""
        if name == "bare":
            note = f"load {r['load_s']} s + annotate {r['annotate_s']} s"
        elif name in ("update", "rules"):
            note = f"reused {r['reused']}, re-extracted from cached NLP {r['nlp_reused']}"
        lines.append(f"| {name} | {r['wall_s']} ({r['process_s']}) | {r['peak_mb']} | {note} |")
    if "bare" in ph and "cold" in ph:
        lines += ["", f"overhead: cold build / bare NLP = {ph['cold']['process_s'] / ph['bare']['process_s']:.2f} "
                      f"(whole processes, imports and model loading included)"]
    if "cold" in ph and "update" in ph:
        lines.append(f"unchanged rebuild / cold build = {ph['update']['process_s'] / ph['cold']['process_s']:.1%}")
    if "cold" in ph and "rules" in ph:
        lines.append(f"rule-change rebuild / cold build = {ph['rules']['process_s'] / ph['cold']['process_s']:.1%}")
    if cold:
        lines += ["", "outputs: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in cold["sizes"].items())]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    raise SystemExit(main())
