"""One very long article: NLP, extraction and peak memory for a generated text of about 1M characters.

Extraction must stay linear in the length of an article (issue #21: a 900k-character French article took 86 s and
3.5 GB; 27k short lines took 84 s in extraction alone). Two shapes are generated, in your own words of the
language, each sentence different so that ingest keeps every paragraph:

- ``paragraphs``: 4-sentence paragraphs of speech and figures (the shape of a long report);
- ``lines``: one short sentence per line (a live blog, a list of wire headlines);
- ``transcript``: an interview transcript, a host's questions and a minister's answers under speaker labels, each
  answer naming a titled person and an agreement (the shape of session 14's transcript and nominal rules).

    python bench/long_article.py --lang fr --shape paragraphs --chars 1000000
    python bench/long_article.py --lang en --shape lines --chars 1000000

Prints the seconds of each stage and the process's peak resident memory. Figures: docs/BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = {
    "fr": dict(names=["Jean Martin", "Claire Dubois", "Marc Lefèvre", "Sophie Bernard", "Paul Girard"],
               places=["la Pologne", "le Japon", "la Roumanie", "le Chili", "la Norvège"],
               verbs=["a déclaré", "a affirmé", "a indiqué", "a estimé"],
               sentence="{name} {verb} le {day} mars que {place} recevrait {n} tonnes d'aide avant {year}.",
               line="{name} {verb} que le convoi d'aide numéro {n} avait quitté le port à destination de {place}.",
               intro="La ministre Ana Ruiz a répondu aux questions de Clara Benning.",
               question="CLARA BENNING : La question numéro {n} porte sur {place}. Qu'allez-vous faire ?",
               answer="ANA RUIZ, MINISTRE : Nous signerons l'accord numéro {n} avec {place}, et le président "
                      "{name} a dit que nos partenaires étaient d'accord."),
    "en": dict(names=["John Miller", "Sarah Collins", "Mark Evans", "Laura Price", "Paul Dupont"],
               places=["Poland", "Japan", "Romania", "Chile", "Norway"],
               verbs=["said", "told reporters", "stated", "added"],
               sentence="{name} {verb} on {day} March that {place} would receive {n} tonnes of aid before {year}.",
               line="{name} said the aid convoy number {n} had left the port for {place} on Monday.",
               intro="Foreign Minister Ana Ruiz sat down with host Clara Benning.",
               question="CLARA BENNING: Question number {n} is about {place}. What will you do?",
               answer="ANA RUIZ, FOREIGN MINISTER: We will sign agreement number {n} with {place}, and President "
                      "{name} said our partners agreed."),
}


def generate(lang: str, shape: str, chars: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    w = WORDS[lang]
    pieces, size = ([w["intro"] + "\n"], 0) if shape == "transcript" else ([], 0)
    while size < chars:
        fill = dict(name=rnd.choice(w["names"]), verb=rnd.choice(w["verbs"]), place=rnd.choice(w["places"]),
                    day=rnd.randint(1, 28), n=rnd.randint(1, 10 ** 6), year=rnd.randint(1990, 2030))
        if shape == "lines":
            piece = w["line"].format(**fill) + "\n"
        elif shape == "transcript":
            piece = w["question"].format(**fill) + "\n" + w["answer"].format(**fill) + "\n"
        else:
            piece = " ".join(w["sentence"].format(**(fill | {"n": rnd.randint(1, 10 ** 6)})) for _ in range(4)) + "\n\n"
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:chars]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=sorted(WORDS), default="fr")
    ap.add_argument("--shape", choices=["paragraphs", "lines", "transcript"], default="paragraphs")
    ap.add_argument("--chars", type=int, default=990_000)
    args = ap.parse_args()

    from kg.config import Config
    from kg.extract import extract
    from kg.gazetteer import load_gazetteer
    from kg.ingest import read_file
    from kg.nlp import select_backend
    from kg.nlp.doc import doc_from_annotation
    from kg.nlp.entities import apply_gazetteer

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"long-{args.lang}.txt"
        path.write_text(generate(args.lang, args.shape, args.chars), encoding="utf-8")
        t = time.perf_counter()
        [art] = read_file(path)
        t_ingest = time.perf_counter() - t
    cfg = Config()
    be = select_backend(art.lang, cfg.backend_for(art.lang), cfg.nlp)
    annotate = be.load(art.lang, cfg.nlp)
    t = time.perf_counter()
    ann = annotate(art)
    t_nlp = time.perf_counter() - t
    gaz = load_gazetteer([])
    t = time.perf_counter()
    doc = apply_gazetteer(doc_from_annotation(art, ann), gaz)
    t_doc = time.perf_counter() - t
    t = time.perf_counter()
    statements = extract(doc, gaz)
    t_extract = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.lang} {args.shape}: {len(art.text):,} characters, {len(doc.sentences):,} sentences, "
          f"{len(statements):,} statements; backend {be.name}")
    print(f"ingest {t_ingest:.1f} s   nlp {t_nlp:.1f} s   doc+gazetteer {t_doc:.1f} s   extract {t_extract:.1f} s   "
          f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
