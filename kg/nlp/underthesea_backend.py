"""The underthesea backend (Vietnamese): word segmentation, POS tags and NER bundled with the package, offline.

underthesea has no bundled dependency parser, so Docs from it carry no heads (``has_parse=False``); the
extractors then work from word order, POS and entity spans.
"""
from __future__ import annotations

import importlib.util
import re

from kg.model import Article
from kg.nlp import Backend, NlpSettings, register_backend
from kg.nlp.doc import Annotation, WordRec, align_words

# underthesea (VLSP) tags -> Universal POS
UPOS = {"N": "NOUN", "Np": "PROPN", "Nc": "NOUN", "Nu": "NOUN", "Ny": "PROPN", "Nb": "NOUN", "V": "VERB",
        "Vb": "VERB", "Vy": "VERB", "A": "ADJ", "Ab": "ADJ", "P": "PRON", "R": "ADV", "L": "DET", "M": "NUM",
        "E": "ADP", "C": "CCONJ", "CC": "CCONJ", "I": "INTJ", "T": "PART", "Y": "PROPN", "S": "X", "X": "X",
        "Z": "X", "B": "X", "CH": "PUNCT"}
# Digits with separators ("3/9", "22/10/2024", "1,8", "4%") are numbers or dates; the tagger calls some of them
# verbs ("hôm 3/9/V cho biết"), which hides the subject from the verb after them.
_NUMERIC = re.compile(r"\d+(?:[/.,:-]\d+)*%?")
# bumped when _split_glued changes, so cached annotations made before are not reused
SPLIT_REVISION = 1


def _split_glued(words: list[WordRec], cues: frozenset[str]) -> list[WordRec]:
    """The segmenter sometimes glues the last syllable of a name to the verb after it ("Mao/Np Ninh cáo buộc/N"):
    a word whose first syllable is capitalised and the rest not is split there when it follows a name or when the
    rest is a cue word ("cáo buộc", "cho biết"). Titles ("Bộ trưởng") follow no name and are no cue: kept."""
    out: list[WordRec] = []
    for k, w in enumerate(words):
        parts = w.text.split(" ")
        if len(parts) > 1 and parts[0][:1].isupper() and not any(p[:1].isupper() for p in parts[1:]):
            tail = " ".join(parts[1:])
            after_name = k > 0 and out[-1].upos == "PROPN" and out[-1].text[:1].isupper()
            if after_name or tail.lower() in cues:
                cut = w.start + len(parts[0])
                out.append(WordRec(parts[0], w.start, cut, "PROPN", parts[0].lower(), -1, "dep"))
                out.append(WordRec(tail, cut + 1, w.end, "VERB" if tail.lower() in cues else w.upos, tail.lower(),
                                   -1, "dep"))
                continue
        out.append(w)
    return out


def _check(lang: str, settings: NlpSettings) -> tuple[bool, list[str]]:
    return importlib.util.find_spec("underthesea") is not None, ["the underthesea package and its bundled models"]


def _fix(lang: str) -> str:
    return "pip install underthesea"


def _version(lang: str, settings: NlpSettings) -> str:
    from importlib.metadata import version

    return f"underthesea {version('underthesea')} kg-split {SPLIT_REVISION}"


def _load(lang: str, settings: NlpSettings):
    from underthesea import ner, sent_tokenize

    from kg.lang import tables

    tb = tables(lang)
    cues = frozenset(tb.all_speech_cues) | frozenset(tb.interactions)

    def annotate(article: Article) -> Annotation:
        text = article.text
        sentences: list[list[WordRec]] = []
        ents: list[tuple[int, int, str]] = []
        line_start = 0
        for line in text.split("\n"):
            if line.strip():
                sent_strs = sent_tokenize(line)
                for (s0, s1) in align_words(text, sent_strs, line_start):
                    if s1 <= s0:
                        continue
                    tagged = ner(text[s0:s1])
                    spans = align_words(text, [t[0] for t in tagged], s0)
                    words, cur = [], None
                    for (w, pos, _chunk, tag), (a, b) in zip(tagged, spans):
                        if b <= a:
                            continue
                        upos = "NUM" if _NUMERIC.fullmatch(text[a:b]) else UPOS.get(pos, "X")
                        words.append(WordRec(text[a:b], a, b, upos, text[a:b].lower(), -1, "dep"))
                        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
                            if cur:
                                ents.append(tuple(cur))
                            cur = [a, b, tag[2:]]
                        elif tag.startswith("I-") and cur:
                            cur[1] = b
                        else:
                            if cur:
                                ents.append(tuple(cur))
                            cur = None
                    if cur:
                        ents.append(tuple(cur))
                    if words:
                        sentences.append(_split_glued(words, cues))
            line_start += len(line) + 1
        return Annotation(sentences, ents, "underthesea", has_parse=False)

    return annotate


register_backend(Backend("underthesea", (), _check, _load, _version, _fix))
